// ---- Request and response types of `calculate()` (hand-written; checked by
// ---- tests/ts/*.ts against the same JSON cases the Rust tests use).

/** A number, or text as the user typed it ("20", "２０", "1,210"). Blank or null means "not given". */
export type Num = number | string | null;
/** Exact decimals travel as text ("10.91"); integers may be numbers. */
export type Dec = string | number | null;
/** A duration: minutes as a number, or text "4:30", "4時間30分", "30分". */
export type Minutes = number | string | null;
/** A yes/no: true/false, or "はい"/"いいえ". Absent means no. */
export type Flag = boolean | "はい" | "いいえ" | "true" | "false" | null;
/** "YYYY-MM". */
export type MonthText = string;
/** "YYYY-MM-DD". */
export type DateText = string;
/** Figures the user supplies for figures the product lacks, by key (see `Problem.figure`). */
export type UserFigures = Record<string, Dec>;

export type Status = "official" | "secondary" | "missing" | "user";

/** Where a rule or figure is written. */
export interface Citation {
  /** Document id (data/sources.tsv) or a URL for secondary sources. */
  document: string;
  title: string;
  /** Section, page or row. */
  locator: string;
  url: string;
  status: Status;
}

/** One step of the explanation. */
export interface Step {
  rule: string;
  title: string;
  inputs: { name: string; value: string }[];
  value: string;
  sources: Citation[];
  notes?: string[];
}

export type ProblemCode =
  | "required"
  | "invalid"
  | "out_of_range"
  | "inconsistent"
  | "not_in_force"
  | "missing_figure"
  | "bad_request";

/** A figure the product lacks; send its value back in `user_figures[key]`. */
export interface MissingFigure {
  key: string;
  label: string;
  unit: string;
  where_to_find: string;
}

/** A problem with the request, naming its field (a path such as `days[2].actual_minutes`). */
export interface Problem {
  code: ProblemCode;
  field: string;
  message: string;
  figure?: MissingFigure;
}

/** What `calculate()` answers. It never throws. */
export interface Response<R = unknown> {
  ok: boolean;
  calculator: string;
  result?: R;
  problems: Problem[];
  version: string;
}

// ---------------------------------------------------------------- 生活介護

export interface SeikatsuKaigoOffice {
  /** 利用定員 */
  capacity?: Num;
  /** 延長支援加算の届出 */
  extension_addition?: Flag;
}

export interface SeikatsuKaigoUser {
  /** 障害支援区分 "6" … "1" */
  kubun?: Num;
  /** 同一の障害者支援施設で施設入所支援を利用 */
  facility_resident?: Flag;
}

export type TraitReason = "none" | "medical_care" | "severe_multiple" | "behavior" | "deafblind" | "other_accepted";

export interface SeikatsuKaigoPlan {
  /** サービス提供時間 */
  service_minutes?: Minutes;
  /** 送迎に要する時間（往復） */
  transport_round_trip_minutes?: Minutes;
  /** 必要なサービスの事業所が居住地域にない等 */
  transport_service_not_local?: Flag;
  /** 複数人同乗の送迎ルート (Q&A VOL.4 問2) */
  transport_shared_route?: Flag;
  trait_reason?: TraitReason | null;
  /** 行動関連項目の合計点数 */
  behavior_score?: Num;
  /** 障害特性に係る配慮に実際に要した時間 */
  trait_minutes?: Minutes;
  /** 送迎時の居宅内介助等 */
  in_home_care_minutes?: Minutes;
}

export type Situation =
  | "as_planned"
  | "shorter_unavoidable"
  | "clinic_visit"
  | "shorter_other"
  | "longer_caregiver"
  | "short_business_day";

export interface SeikatsuKaigoDayInput {
  date?: DateText | null;
  situation?: Situation | null;
  actual_minutes?: Minutes;
}

export interface SeikatsuKaigoDayRequest {
  calculator: "seikatsu_kaigo.day";
  service_date?: DateText | null;
  office?: SeikatsuKaigoOffice;
  user?: SeikatsuKaigoUser;
  plan?: SeikatsuKaigoPlan;
  day?: SeikatsuKaigoDayInput;
  user_figures?: UserFigures;
}

export interface SeikatsuKaigoMonthRequest {
  calculator: "seikatsu_kaigo.month";
  service_month?: MonthText | null;
  office?: SeikatsuKaigoOffice;
  user?: SeikatsuKaigoUser;
  plan?: SeikatsuKaigoPlan;
  days?: SeikatsuKaigoDayInput[];
  user_figures?: UserFigures;
}

export interface StandardTime {
  service_minutes: number;
  transport_minutes: number;
  trait_minutes: number;
  in_home_care_minutes: number;
  total_minutes: number;
  /** 実績記録票の算定時間数 */
  santei_jikan: string;
  /** Q&A VOL.1 問29 の記載イメージ */
  layout: { label: string; minutes: number; text: string }[];
}

export interface SeikatsuKaigoDayResult {
  date: DateText;
  date_label: string;
  situation: Situation;
  situation_label: string;
  basis: "standard" | "actual";
  basis_minutes: number;
  band: string;
  band_label: string;
  capped_for_resident: boolean;
  basic_units: number;
  extension_units: number;
  total_units: number;
  steps: Step[];
}

export interface SeikatsuKaigoDayOutput {
  service_month: MonthText;
  month_label: string;
  standard_time: StandardTime;
  capacity_tier: string;
  kubun: string;
  day: SeikatsuKaigoDayResult;
  total_units: number;
  steps: Step[];
}

export interface SeikatsuKaigoMonthOutput {
  service_month: MonthText;
  month_label: string;
  standard_time: StandardTime;
  capacity_tier: string;
  kubun: string;
  days: SeikatsuKaigoDayResult[];
  day_count: number;
  basic_units_total: number;
  extension_units_total: number;
  total_units: number;
  steps: Step[];
}

// ---------------------------------------------------------------- all calculators

/** Every request, discriminated by `calculator`. */
export type Request = SeikatsuKaigoDayRequest | SeikatsuKaigoMonthRequest;

/** The output type of each calculator. */
export interface Outputs {
  "seikatsu_kaigo.day": SeikatsuKaigoDayOutput;
  "seikatsu_kaigo.month": SeikatsuKaigoMonthOutput;
}

/** The response of a given request type. */
export type ResponseOf<Q extends Request> = Response<Outputs[Q["calculator"]]>;
