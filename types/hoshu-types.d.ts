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

/**
 * Where a figure comes from: `official` (MHLW/こども家庭庁 or the
 * municipality's own document), `secondary` (a third-party page), `missing`,
 * `user` (typed by the user), `reading` (the product's reading), `set` (a
 * figure set a city or an office brought in), `provisional` (the previous
 * 年度's figure carried forward on request).
 */
export type Status = "official" | "secondary" | "missing" | "user" | "reading" | "set" | "provisional";

/** Where a rule or figure is written. */
export interface Citation {
  /** Document id (data/sources.tsv) or a URL for secondary sources. */
  document: string;
  title: string;
  /** Section, page or row. */
  locator: string;
  url: string;
  status: Status;
  /** What the reader must know: the secondary value a set replaced, a set's value refused for an official one, the year a provisional figure was carried from. */
  remark?: string;
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
  | "bad_request"
  | "data_error";

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
  /** A problem of a figure set's text: its line and column (column 0: the whole line). */
  at?: { line: number; column: number };
  /** Past a table's last month: the label of the offer to compute with the previous 年度's figures (send `carry_forward: true`). */
  carry_forward?: string;
}

/** What a result rests on: its distinct citations by status. */
export interface Basis {
  official: number;
  secondary: number;
  user: number;
  set: number;
  provisional: number;
  reading: number;
  /** True when any figure behind the result is not official. */
  flagged: boolean;
  /** What the headline says (empty when every figure is official). */
  label: string;
}

/** A figure set (資料セット) sent with a request: TSV text in the shape of data/*.tsv, with a `# title:` / `# publisher:` / `# date:` header. */
export interface FigureSetInput {
  /** How citations name it (its title when absent). */
  name?: string | null;
  text: string;
}

/** What every request may carry besides its calculator's fields. */
export interface RequestOptions {
  figure_sets?: FigureSetInput[] | null;
  /** Past a table's last month, use the previous 年度's figures, marked provisional. Never by default. */
  carry_forward?: boolean | null;
}

/** A figure set as a page shows it (see `checkFigureSet`). */
export interface SetSummary {
  name: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  rows: number;
  keys: number;
  from: MonthText | null;
  to: MonthText | null;
  fiscal_years: string[];
}

/** What `checkFigureSet(text, name)` answers. */
export interface FigureSetCheck {
  ok: boolean;
  set?: SetSummary;
  problems: Problem[];
  /** Rows an official figure overrides (they are not used). */
  notices: Problem[];
}

/** A figure the user typed, saved into a set (see `saveFigures`). */
export interface TypedFigure {
  key: string;
  value: Dec;
  /** The service month it was asked for. */
  month: MonthText;
}

export interface SaveFiguresRequest {
  /** The set to add to (its rows of the same key and period are replaced). */
  existing?: string | null;
  header?: { title?: string; publisher?: string; date?: string; url?: string };
  figures: TypedFigure[];
}

/** What `saveFigures(request)` answers: the set's new text. */
export interface SavedFigures {
  ok: boolean;
  text?: string;
  problems: Problem[];
}

/** Counts of a calculator's figures in one 年度 (see `coverage()`). */
export interface CoverageCounts {
  official: number;
  secondary: number;
  missing: number;
  /** Past the end of a table renewed every 年度. */
  ended: number;
  /** Of the others: filled by the figure sets given. */
  by_sets: number;
}

export interface Coverage {
  horizon: MonthText;
  horizon_label: string;
  fiscal_years: { year: number; label: string }[];
  calculators: { name: string; title: string; years: CoverageCounts[]; figures: number[] }[];
  /** Each figure's state by 年度: "official", "secondary", "missing", "ended", "" (not applicable), with "+set" when a set fills it. */
  figures: { key: string; label: string; unit: string; years: string[] }[];
}

interface ResponseBase<C extends string> {
  /** The calculator that answered. */
  calculator: C;
  problems: Problem[];
  version: string;
  /** Reported though the answer stands: a set's value refused for an official one, two sets that disagree. */
  notices?: Problem[];
}

/** An answer: `result` holds the calculator's output. */
export interface ResponseOk<R = unknown, C extends string = string> extends ResponseBase<C> {
  ok: true;
  result: R;
  /** What the result rests on (flag the headline when `flagged`). */
  basis: Basis;
}

/** No answer: `problems` says why; there is no `result`. */
export interface ResponseFailed<C extends string = string> extends ResponseBase<C> {
  ok: false;
  result?: undefined;
}

/** What `calculate()` answers (it never throws): check `ok` before reading `result`. */
export type Response<R = unknown, C extends string = string> = ResponseOk<R, C> | ResponseFailed<C>;

/** A registered figure (see `figures(prefix)`). */
export interface FigureInfo {
  key: string;
  label: string;
  value: string | null;
  unit: string;
  status: Status;
  from: MonthText;
  to: MonthText | null;
}

/** A 祝日 or 休日 of a month (see `holidays(month)`): 国民の祝日, 振替休日, 国民の休日. */
export interface Holiday {
  /** `2026-11-03` */
  date: DateText;
  /** `文化の日`, `振替休日`, `国民の休日` */
  name: string;
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

// ---------------------------------------------------------------- 単位→円（事業所の1か月）

/** One line of a user's month in units (基本報酬, 加算, 減算). */
export interface UnitLine {
  rule: string;
  item: string;
  per: number;
  count: number;
  units: number;
  kind: "basic" | "addition" | "reduction";
}

/** One user's month in units. */
export interface UserMonth {
  label: string;
  lines: UnitLine[];
  total_units: number;
  steps: Step[];
}

export type BurdenCategory = "seikatsu-hogo" | "low-income" | "general-1" | "general-2";
export type PriceServiceId = "seikatsu-kaigo" | "shuro-a" | "shuro-b" | "shuro-ikou" | "shuro-teichaku" | "shuro-sentaku" | "kyodo-seikatsu" | "keikaku-soudan";
export type TreatmentLevel =
  | "none" | "i" | "ii" | "iii" | "iv"
  | "v-1" | "v-2" | "v-3" | "v-4" | "v-5" | "v-6" | "v-7" | "v-8" | "v-9" | "v-10" | "v-11" | "v-12" | "v-13" | "v-14"
  | "i-i" | "i-ro" | "ii-i" | "ii-ro"
  /** 相談支援系 (計画相談支援・地域相談支援): the single rate, from 令和8年6月 */
  | "single";

export interface MoneyOfficeInput {
  capacity?: Num;
  staffing_addition?: "none" | "i" | "ii" | "iii" | "iv" | null;
  welfare_professional?: "none" | "i" | "ii" | "iii" | null;
  nurses?: Num;
  transport_addition?: "none" | "i" | "ii" | null;
  transport_severe?: Flag;
  transport_same_site?: Flag;
  newly_designated_r8?: Flag;
  night_support?: "none" | "i" | null;
  night_support_persons?: Num;
}

export interface MoneyUserInput {
  label?: string | null;
  burden_category?: BurdenCategory | "生活保護" | "低所得" | "一般1" | "一般2" | null;
  kubun?: Num;
  standard_minutes?: Minutes;
  days?: Num;
  facility_resident?: Flag;
  meal_days?: Num;
  transport_one_ways?: Num;
  absence_responses?: Num;
  initial_days?: Num;
  trial?: Flag;
  /** グループホーム: 家賃（月額）: 60000, "6万円", "60,000円" */
  rent?: Num;
  units?: Num;
  /** 就労系: 個別支援計画未作成減算が何か月目か (0 = なし) */
  plan_missing_month?: Num;
  /** B型一律評価型: ピアサポート実施加算の対象 */
  peer_support?: Flag;
  /** 就労選択支援: 他の日中活動サービスを同じ日に利用した日数 */
  same_day_other_days?: Num;
  /** 受給者証の負担上限月額（円、区分の上限以下） */
  burden_cap?: Num;
  /** 上限額管理後の利用者負担額（円、上限額管理事業所が決めた額） */
  managed_burden?: Num;
  /** 就労定着支援: 就職日 */
  employment_date?: DateText | null;
  /** 就労選択支援: 同じ日に利用した他のサービスと日数 */
  same_day_services?: ShuroSameDay[];
  /** 就労選択支援: 現在通所している事業所と同じ法人 */
  same_operator?: Flag;
  /** 就労選択支援: 近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない */
  no_other_operator_nearby?: Flag;
}

export type MoneyService =
  | "seikatsu_kaigo" | "group_home"
  | "shuro_b" | "shuro_a" | "shuro_ikou" | "shuro_teichaku" | "shuro_sentaku"
  | "soudan"
  | "units";

/**
 * A month in units carried from its own calculator's page (「円で見る」): that
 * calculator's request, run by money and priced. The service follows from it;
 * a field the service does not read is refused by name.
 */
export type MoneyUnitsRequest =
  | SeikatsuKaigoMonthRequest
  | ShuroBMonthRequest
  | ShuroAMonthRequest
  | ShuroIkouMonthRequest
  | ShuroTeichakuMonthRequest
  | ShuroSentakuMonthRequest
  | SoudanMonthRequest
  | YokohamaGhMonthRequest;

export interface MoneyOfficeMonthRequest {
  calculator: "money.office_month";
  service_month?: MonthText | null;
  service?: MoneyService | null;
  price_service?: PriceServiceId | null;
  region?: { municipality?: string | null; grade?: Num };
  treatment?: { level?: TreatmentLevel | null; facility?: Flag };
  office?: MoneyOfficeInput;
  /** 就労系: the office as the shuro.*.month calculators read it */
  shuro_office?: ShuroOffice;
  users?: MoneyUserInput[];
  /** The month in units as its own calculator computes it (see MoneyUnitsRequest). */
  units_request?: MoneyUnitsRequest | null;
  user_figures?: UserFigures;
}

export interface MoneyCompareRequest {
  calculator: "money.compare";
  scenarios?: { name?: string | null; request?: Omit<MoneyOfficeMonthRequest, "calculator"> & { calculator?: "money.office_month" } }[];
}

export interface UserYen {
  label: string;
  lines: UnitLine[];
  base_units: number;
  treatment_units: number;
  total_units: number;
  /** 総費用額 */
  total_yen: number;
  /** 1割相当額 */
  tenth_yen: number;
  burden_category: string;
  burden_cap_yen: number;
  /** 利用者負担額（上限額管理後の額を入力したときはその額） */
  burden_yen: number;
  /** 上限額管理前の利用者負担額（上限額管理後の額を入力したときだけ） */
  burden_before_management_yen?: number;
  /** 給付費 */
  benefit_yen: number;
  /** グループホーム家賃助成（利用者の収入） */
  rent_subsidy_yen?: number;
  steps: Step[];
}

export interface MoneyTotals {
  base_units: number;
  treatment_units: number;
  total_units: number;
  total_yen: number;
  burden_yen: number;
  benefit_yen: number;
  rent_subsidy_yen: number;
}

export interface MoneyOfficeMonthOutput {
  service_month: MonthText;
  month_label: string;
  month_wareki: string;
  service: MoneyService;
  service_label: string;
  grade_label: string;
  unit_price: string;
  treatment_label: string;
  treatment_rate: string | null;
  /** 就労系: the office's 基本報酬 band */
  shuro_basic?: ShuroBasic;
  /** Where a carried month comes from (units_request). */
  carried?: MoneyCarried;
  /** A 横浜市 home: the national 報酬 and the city's amounts side by side. */
  home?: MoneyHomeMonth;
  users: UserYen[];
  totals: MoneyTotals;
  steps: Step[];
}

export interface MoneyCarried {
  calculator: "seikatsu_kaigo.month" | "shuro.b.month" | "shuro.a.month" | "shuro.ikou.month" | "shuro.teichaku.month" | "shuro.sentaku.month" | "soudan.month" | "yokohama_gh.month";
  /** The page to go back to (`seikatsu-kaigo.html`). */
  page: string;
  title: string;
}

export interface MoneyHomePart {
  by: "national" | "city";
  label: string;
  /** How it is claimed (国保連, 利用者, かながわシステム, 請求書, 交付申請). */
  route: string;
  amount: number;
}

export interface MoneyHomeMonth {
  /** The parts; `total` is their sum. */
  parts: MoneyHomePart[];
  total: number;
  city: YokohamaGhMonthOutput;
}

/** 利用者負担上限額管理: one office the user used in the month. */
export interface ManagedOfficeInput {
  label?: string | null;
  /** 上限額管理事業所（1か所だけ） */
  manager?: Flag;
  /** 総費用額（円） */
  total_yen?: Num;
  /** 1割相当額（円）。空欄なら総費用額から計算 */
  tenth_yen?: Num;
}

export interface BurdenManagementRequest {
  calculator: "money.burden_management";
  service_month?: MonthText | null;
  burden_category?: BurdenCategory | "生活保護" | "低所得" | "一般1" | "一般2" | null;
  /** 受給者証の負担上限月額（円、区分の上限以下） */
  burden_cap?: Num;
  offices?: ManagedOfficeInput[];
  user_figures?: UserFigures;
}

export interface ManagedOfficeOutput {
  label: string;
  manager: boolean;
  total_yen: number;
  tenth_yen: number;
  /** この事業所だけの利用者負担額（1割相当額、負担上限月額まで） */
  burden_yen: number;
  /** 管理結果後利用者負担額 */
  managed_burden_yen: number;
  /** 給付費（総費用額 − 管理結果後利用者負担額） */
  benefit_yen: number;
}

export interface BurdenManagementOutput {
  service_month: MonthText;
  month_label: string;
  burden_category: string;
  cap_yen: number;
  /** 管理結果: 1 管理事業所で充当 / 2 調整なし / 3 調整した */
  result: 1 | 2 | 3;
  result_label: string;
  offices: ManagedOfficeOutput[];
  burden_total_yen: number;
  managed_total_yen: number;
  steps: Step[];
}

export interface MoneyCompareOutput {
  scenarios: { name: string; result: MoneyOfficeMonthOutput }[];
  differences: { name: string; against: string; total_units: number; total_yen: number; benefit_yen: number; burden_yen: number }[];
}

// ---------------------------------------------------------------- 就労支援事業会計

/** A 年度 (April–March) by its starting 西暦 year, or as typed: 2024, "2024年度", "令和6年度", "R6". */
export type FiscalYear = number | string | null;

/** Balances at the start of the first 年度 (前期繰越額). */
export interface KaikeiOpeningInput {
  wage_reserve?: Num;
  equipment_reserve?: Num;
  /** 一時繰替使用の未補填額 */
  temporary_outstanding?: Num;
}

/** A 年度 before the first year of the ledger (oldest first; the last is 前年度). */
export interface KaikeiHistoryInput {
  /** 賃金・工賃の支払実績額（補填を含む）; blank = no record. */
  wages_paid?: Num;
  /** 天災等により工賃が大幅に減少した年度 */
  disaster?: Flag;
}

export interface KaikeiYearInput {
  /** 賃金・工賃の支払額（工賃変動積立金からの補填を除く） */
  wages_paid?: Num;
  disaster?: Flag;
  /** 当期末繰越活動増減差額（別紙1 (13)）; may be negative. */
  surplus?: Num;
  /** 就労支援事業収入 */
  production_income?: Num;
  /** 就労支援事業資産の取得価額 */
  asset_cost?: Num;
  wage_draw?: Num;
  equipment_purchase?: Num;
  equipment_draw?: Num;
  /** Blank = as much as allowed. */
  wage_reserve_request?: Num;
  equipment_reserve_request?: Num;
  benefit_delay_months?: Num;
  temporary_use?: Num;
  temporary_repaid?: Num;
}

export interface KaikeiLedgerRequest {
  calculator: "kaikei.ledger";
  first_fiscal_year?: FiscalYear;
  opening?: KaikeiOpeningInput;
  history?: KaikeiHistoryInput[];
  years?: KaikeiYearInput[];
}

export interface KaikeiPriceRequest {
  calculator: "kaikei.price";
  fiscal_year?: FiscalYear;
  volume?: Num;
  operating_days?: Num;
  daily_output?: Num;
  manufacturing_cost_total?: Num;
  manufacturing_cost_per_item?: Num;
  sga_cost?: Num;
  price?: Num;
  users?: Num;
  target_monthly_wage?: Num;
}

export type KaikeiLimitedBy = "request" | "yearly_limit" | "ceiling" | "surplus" | "wages_fell" | "no_history";

/** One reserve in one year (別紙3: 前期繰越額・当期積立額・当期取崩額・当期末残高). */
export interface KaikeiReserveYear {
  opening: number;
  draw_requested: number;
  draw_allowed: number;
  draw_max: number;
  draw_note: string | null;
  yearly_limit: number | null;
  ceiling: number | null;
  room: number | null;
  reserve_requested: number | null;
  reserve_allowed: number;
  limited_by: KaikeiLimitedBy;
  limited_by_label: string;
  closing: number;
  over_ceiling: boolean;
}

export interface KaikeiYearResult {
  fiscal_year: number;
  label: string;
  wages_paid: number;
  wage_top_up: number;
  wages_total: number;
  previous_wages_total: number;
  wages_not_below_previous: boolean;
  disaster: boolean;
  past_years: { fiscal_year: number; label: string; wages_total: number | null; disaster: boolean }[];
  average_wages: number | null;
  guaranteed_level: number | null;
  surplus: number;
  reserves_drawn: number;
  available: number;
  production_income: number;
  asset_cost: number;
  equipment_purchase: number;
  wage_reserve: KaikeiReserveYear;
  equipment_reserve: KaikeiReserveYear;
  reserves_added: number;
  carried_forward: number;
  temporary: {
    opening_outstanding: number;
    delay_months: number | null;
    requested: number;
    allowed: number;
    note: string | null;
    repaid: number;
    closing_outstanding: number;
  };
  reserve_assets_required: number;
  reserve_assets_held: number;
  steps: Step[];
}

export interface KaikeiLedgerOutput {
  first_fiscal_year: number;
  last_fiscal_year: number;
  years: KaikeiYearResult[];
  steps: Step[];
}

export interface KaikeiPriceOutput {
  fiscal_year: number;
  label: string;
  volume: number;
  manufacturing_cost: number;
  sga_cost: number;
  total_cost: number;
  /** Exact decimal text. */
  cost_per_item: string;
  break_even_price: number;
  price: number | null;
  sales: number | null;
  margin_per_item: string | null;
  surplus: number | null;
  wage_fund: number | null;
  months: number;
  users: number | null;
  wage_per_user_year: number | null;
  wage_per_user_month: number | null;
  target_monthly_wage: number | null;
  target_wage_fund: number | null;
  target_price: number | null;
  steps: Step[];
}

// ---------------------------------------------------------------- 就労系 (shuro.*)

/** 特定事業所集中減算 (就労選択支援): 前6月間の提供総数と、うち同一事業者の数. */
export interface ShuroConcentration {
  ikou_total?: Num; ikou_top?: Num;
  a_total?: Num; a_top?: Num;
  b_total?: Num; b_top?: Num;
  justified?: Flag;
}

/** The office; fields that do not concern the service are ignored. */
export interface ShuroOffice {
  capacity?: Num;
  /** B型 "6" | "7.5" | "10"; A型 "7.5" | "10". */
  staffing?: "6" | "7.5" | "10" | "6:1" | "7.5:1" | "10:1" | string | null;
  b_system?: "wage" | "participation" | null;
  average_wage?: Num;
  wage_total?: Num;
  wage_user_days?: Num;
  wage_open_days?: Num;
  new_designation?: Flag;
  designated_r8_or_later?: Flag;
  r8_target?: Flag;
  regional_collab?: Flag;
  score?: Num;
  work_minutes?: Minutes;
  other_points?: Num;
  ikou_type?: "i" | "ii" | null;
  settled?: Num;
  settled_base?: Num;
  retained?: Num;
  retained_base?: Num;
  staff_total?: Num;
  staff_fulltime?: Num;
  staff_qualified?: Num;
  staff_tenure3?: Num;
  over_capacity?: Flag;
  staff_shortage_month?: Num;
  transport?: "none" | "i" | "ii" | null;
  /** 送迎加算: 同一敷地内の送迎 */
  transport_same_site?: Flag;
  /** B型: 目標工賃達成指導員配置加算の届出 */
  target_wage_instructor?: Flag;
  /** B型（一律評価型）短時間利用減算: 算定利用時間4時間未満の利用者の数 / 利用者の数 */
  short_time_users?: Num;
  short_time_base?: Num;
  /** B型 就労移行支援体制加算: 前年度に一般就労へ移行し6月以上定着した者の数 */
  transition_settled?: Num;
  concentration?: ShuroConcentration;
}

/** 就労選択支援と同じ日に利用したサービス: 放課後等デイサービス・障害児入所支援は算定可、日中活動サービスは不可。 */
export type ShuroSameDayService = "hokago-day" | "ji-nyusho" | "seikatsu-kaigo" | "jiritsu-kunren" | "ikou" | "a" | "b";

export interface ShuroSameDay {
  service?: ShuroSameDayService | "放課後等デイサービス" | "障害児入所支援" | "生活介護" | null;
  days?: Num;
}

export interface ShuroUser {
  label?: string | null;
  days?: Num;
  meal_days?: Num;
  transport_one_ways?: Num;
  absence_responses?: Num;
  plan_missing_month?: Num;
  peer_support?: Flag;
  same_day_other_days?: Num;
  /** A型・B型・就労移行支援: 初期加算の日数 */
  initial_days?: Num;
  /** 就労定着支援: 就職日 */
  employment_date?: DateText | null;
  /** 就労選択支援: 同じ日に利用した他のサービスと日数 */
  same_day_services?: ShuroSameDay[];
  /** 就労選択支援: 現在通所している就労継続支援・就労移行支援の事業所と同じ法人 */
  same_operator?: Flag;
  /** 就労選択支援: 近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない */
  no_other_operator_nearby?: Flag;
}

interface ShuroMonthRequestBase {
  service_month?: MonthText | null;
  office?: ShuroOffice;
  users?: ShuroUser[];
  user_figures?: UserFigures;
}
export interface ShuroBMonthRequest extends ShuroMonthRequestBase { calculator: "shuro.b.month"; }
export interface ShuroAMonthRequest extends ShuroMonthRequestBase { calculator: "shuro.a.month"; }
export interface ShuroIkouMonthRequest extends ShuroMonthRequestBase { calculator: "shuro.ikou.month"; }
export interface ShuroTeichakuMonthRequest extends ShuroMonthRequestBase { calculator: "shuro.teichaku.month"; }
export interface ShuroSentakuMonthRequest extends ShuroMonthRequestBase { calculator: "shuro.sentaku.month"; }

export type ShuroService = "b" | "a" | "ikou" | "teichaku" | "sentaku";

export interface ShuroBasic {
  rule: string;
  item: string;
  band: string;
  band_label: string;
  measure: string;
  table?: "r6" | "r8";
  average_wage?: number;
  daily_average_users?: string;
  score?: number;
  units: number;
  per: "day" | "month";
  citation: Citation;
}

export interface ShuroMonthOutput {
  service: ShuroService;
  service_label: string;
  service_month: MonthText;
  month_label: string;
  basic: ShuroBasic;
  welfare_professional?: "i" | "ii" | "iii";
  concentration_reduction: boolean;
  users: UserMonth[];
  total_units: number;
  steps: Step[];
}

export interface ShuroEligibilityRequest {
  calculator: "shuro.eligibility";
  date?: DateText | null;
  service?: "b" | "a" | "ikou" | "sentaku" | null;
  currently_using?: Flag;
  work_experience?: Flag;
  age?: Num;
  pension_grade1?: Flag;
  assessed?: Flag;
  beyond_standard_period?: Flag;
  other_day_service_same_day?: Flag;
  /** 就労選択支援: その日に利用する他のサービス */
  same_day_service?: ShuroSameDayService | null;
  /** 就労選択支援: 現在通所している事業所と同じ法人 */
  same_operator?: Flag;
  /** 就労選択支援: 近隣に別の法人の事業所がない */
  no_other_operator_nearby?: Flag;
}

export interface ShuroEligibilityOutput {
  date: DateText;
  date_label: string;
  service: "b" | "a" | "ikou" | "sentaku";
  service_label: string;
  verdict: "direct" | "after_assessment" | "needs_sentaku" | "needs_assessment" | "may_use" | "not_same_day" | "same_operator";
  message: string;
  steps: Step[];
}

// ---------------------------------------------------------------- 横浜市 障害者グループホーム

export type YokohamaArea = "urban" | "adjustment" | "市街化区域" | "市街化調整区域";
export type YokohamaBuilding = "rented" | "owned" | "賃借" | "法人所有";
/** 障害支援区分 on the first day of the month: "none" (非該当), "1"–"6". */
export type YokohamaKubun = "none" | "非該当" | "0" | "1" | "2" | "3" | "4" | "5" | "6" | number;

export interface YokohamaGhHomeInput {
  /** 定員 (4–10人). */
  capacity?: Num;
  /** 区域 of the main dwelling (本体住居). */
  area?: YokohamaArea;
  /** 設置年度 (needed for 市街化調整区域): 2006, "平成18年度". */
  established_fiscal_year?: FiscalYear;
  building?: YokohamaBuilding;
  /** 月額家賃 (本体住居及びサテライト型住居を含む). */
  monthly_rent?: Num;
  /** 水道料金の実費（1人月額）; blank = at least the cap. */
  water_cost_per_resident?: Num;
  /** 援助体制. */
  support?: "weekdays" | "all_year" | "平日運営" | "365日運営";
  /** 夜勤または宿直体制あり. */
  night_support?: Flag;
  /** 月の初日に利用契約（体験利用を除く）がない居室の数. */
  empty_rooms?: Num;
  satellite_vacancies?: { rent?: Num; start_month?: MonthText }[];
}

export interface YokohamaGhResidentInput {
  name?: string | null;
  kubun?: YokohamaKubun;
  /** 援護の実施機関. */
  authority?: "yokohama" | "other" | "横浜市" | "市外";
  other_rent_subsidy?: Flag;
  other_staff_subsidy?: Flag;
  move_in?: DateText | null;
  move_out?: DateText | null;
  trial?: Flag;
  /** 国への請求: 本体請求あり / 入院等で加算のみ / 請求なし. */
  national_claim?: "basic" | "additions_only" | "none";
  plan_missing_reduction?: Flag;
  kubun_change_date?: DateText | null;
  new_kubun?: YokohamaKubun | null;
}

export interface YokohamaGhMonthRequest {
  calculator: "yokohama_gh.month";
  service_month?: MonthText;
  home?: YokohamaGhHomeInput;
  residents?: YokohamaGhResidentInput[];
  user_figures?: UserFigures;
}

export type YokohamaGhRoute = "monthly_kanagawa" | "quarterly_invoice" | "yearly_grant";
export type YokohamaGhItem =
  | "rent_addition"
  | "water_addition"
  | "care_addition"
  | "basic_operation"
  | "service_management"
  | "vacancy_rent"
  | "satellite_vacancy_rent"
  | "vacancy_care";

export interface YokohamaGhItemAmount {
  item: YokohamaGhItem;
  label: string;
  eligible: boolean;
  amount: number;
  route?: YokohamaGhRoute;
  reason: string;
}

export interface YokohamaGhResidentResult {
  index: number;
  name: string;
  on_first_day: boolean;
  days_enrolled: number;
  month_days: number;
  rent_addition: YokohamaGhItemAmount;
  water_addition: YokohamaGhItemAmount;
  care_addition: YokohamaGhItemAmount;
  basic_operation: YokohamaGhItemAmount;
  service_management: YokohamaGhItemAmount;
  total: number;
}

export interface YokohamaGhMonthOutput {
  service_month: string;
  month_label: string;
  rent_share?: number;
  rent_unit: number;
  rent_cap: number;
  water_unit: number;
  care_unit: number;
  home_has_kubun2_plus: boolean;
  residents: YokohamaGhResidentResult[];
  vacancy: {
    empty_rooms: number;
    rent_per_room: number;
    rent: number;
    care_per_room: number;
    care: number;
    satellite: number[];
    satellite_total: number;
    total: number;
  };
  item_totals: { item: YokohamaGhItem; label: string; amount: number }[];
  route_totals: { route: YokohamaGhRoute; label: string; amount: number }[];
  total: number;
  steps: Step[];
}

export interface YokohamaGhSetupRequest {
  calculator: "yokohama_gh.setup";
  /** 交付の年度. */
  fiscal_year?: FiscalYear;
  building?: YokohamaBuilding;
  purpose?: "new" | "move" | "新規設置" | "移転";
  maintenance?: {
    /** 設置費補助金①〜④. */
    kind?: "1" | "2" | "3" | "4" | null;
    sprinkler?: Flag;
    rights_cost?: Num;
    remodel_cost?: Num;
    facility_cost?: Num;
  };
  /** 初度調弁費: each item's 税込単価. */
  furnishing_items?: Num[];
  /** 改修費: each work's cost (税込). */
  renovation_works?: Num[];
  sprinkler?: { area_m2?: Dec; pump_unit?: Flag; works_cost?: Num; office_cost?: Num };
  user_figures?: UserFigures;
}

export interface YokohamaGhGrant {
  eligible_cost: number;
  cap: number;
  grant: number;
  limited_by: "cost" | "cap" | "share" | "rate" | "excluded";
  reason: string;
}

export interface YokohamaGhSetupOutput {
  fiscal_year: number;
  fiscal_year_label: string;
  maintenance?: YokohamaGhGrant;
  furnishing?: YokohamaGhGrant;
  renovation?: YokohamaGhGrant;
  sprinkler?: YokohamaGhGrant;
  total: number;
  steps: Step[];
}

// ---------------------------------------------------------------- 計画相談支援・障害児相談支援

export type SoudanOfficeKind = "none" | "kyoka-1" | "kyoka-2" | "kyoka-3" | "kyoka-4";
export type SoudanLevel = "none" | "i" | "ii";
export type SoudanCaseKind = "keikaku" | "ji";
export type SoudanService = "plan" | "monitoring" | "both" | "none";

/** The office: 機能強化型, 員数 (常勤換算), 体制加算 held. */
export interface SoudanOffice {
  kind?: SoudanOfficeKind | null;
  /** 相談支援専門員の員数（常勤換算）, e.g. "2.5". */
  staff_fte?: Dec;
  chief?: SoudanLevel | null;
  behavior?: SoudanLevel | null;
  medical_care?: SoudanLevel | null;
  mental?: SoudanLevel | null;
  brain?: SoudanLevel | null;
  peer_support?: Flag;
  hub?: Flag;
  community_system?: Flag;
}

/** The 加算 events of one case in the month (counts; blank is 0). */
export interface SoudanAdditions {
  upper_limit_management?: Num;
  first?: Flag;
  /** 初回加算: この月の計画 — new（新規）| change（変更・更新）| office_change（事業所の変更） */
  plan_basis?: "new" | "change" | "office_change" | null;
  /** 初回加算: この月より前に障害福祉サービス又は地域相談支援を利用した直近の月（空欄 = なし） */
  prior_use_month?: MonthText | null;
  first_extra_months?: Num;
  prior_transition?: Flag;
  hospital_info_i?: Num;
  hospital_info_ii?: Num;
  discharge?: Num;
  discharge_prior?: Num;
  transition_visit?: Num;
  transition_meeting?: Num;
  transition_info?: Num;
  services_ended?: Flag;
  medical_meeting?: Flag;
  medical_meeting_discharge_only?: Flag;
  medical_accompany?: Num;
  medical_accompany_hospitals?: Num;
  medical_info_hospital?: Num;
  medical_info_other?: Num;
  medical_info_same_hospital?: Flag;
  intensive_visit?: Num;
  intensive_meeting_held?: Num;
  intensive_meeting_attend?: Num;
  intensive_meeting_same_as_transition?: Flag;
  intensive_accompany?: Num;
  intensive_accompany_hospitals?: Num;
  intensive_info_hospital?: Num;
  intensive_info_other?: Num;
  conference?: Num;
  conference_plan_changed?: Flag;
  service_monitoring?: Num;
  hub_emergency?: Num;
  community_joint?: Num;
}

/** One case, listed oldest contract first. */
export interface SoudanCase {
  label?: string | null;
  kind?: SoudanCaseKind | null;
  service?: SoudanService | null;
  /** 受給者証に記載されたモニタリング実施予定月（空 = 確認しない） */
  monitoring_months?: (MonthText | null)[];
  /** 市町村が同じ月にサービス利用支援と継続サービス利用支援を行うと決定した（service: both） */
  both_decided?: Flag;
  staff?: string | null;
  staff_role?: "specialist" | "assistant" | null;
  additions?: SoudanAdditions;
}

export interface SoudanMonthRequest {
  calculator: "soudan.month";
  service_month?: MonthText | null;
  office?: SoudanOffice;
  cases?: SoudanCase[];
  user_figures?: UserFigures;
}

export interface SoudanExcluded {
  rule: string;
  item: string;
  count: number;
  reason: string;
}

export interface SoudanCaseOutput extends UserMonth {
  kind: SoudanCaseKind;
  kind_label: string;
  /** The support entered. */
  service: SoudanService;
  service_label: string;
  /** The support billed (受給者証のモニタリング月・同じ月の二つの支援を適用した後). */
  billed_service: SoudanService;
  billed_service_label: string;
  position: number | null;
  band: string | null;
  basic_units: number;
  addition_units: number;
  excluded: SoudanExcluded[];
}

export interface SoudanMonthOutput {
  service_month: string;
  month_label: string;
  office_kind: SoudanOfficeKind;
  office_kind_label: string;
  staff_fte: string;
  threshold: string;
  basic_case_count: number;
  band_ii_count: number;
  cases: SoudanCaseOutput[];
  basic_units_total: number;
  addition_units_total: number;
  total_units: number;
  steps: Step[];
}

export type SoudanServiceId =
  | "kyotaku" | "kodo" | "doko" | "jyudo-homon" | "tanki" | "gh-nichu" | "iko" | "teichaku" | "kunren" | "jiritsu-seikatsu"
  | "seikatsu-kaigo" | "keizoku" | "gh" | "chiiki-teichaku" | "jido-tsusho"
  | "shisetsu" | "ryoyo" | "hokatsu" | "chiiki-iko";

export interface SoudanMonitoringRequest {
  calculator: "soudan.monitoring";
  services?: SoudanServiceId[];
  new_user?: Flag;
  intensive?: Flag;
  elderly_no_care_management?: Flag;
  start_month?: MonthText | null;
  end_month?: MonthText | null;
  count_from?: "start_month" | "next_month" | null;
  /** national（国のQ&A: 終期月から遡る、既定）| municipal（市町の運用: 開始から順に） */
  reading?: "national" | "municipal" | null;
  user_figures?: UserFigures;
}

export interface SoudanScheduleMonth {
  month: string;
  label: string;
  index: number;
  kind: "monitoring" | "final" | "none";
  mark: "モ" | "モ案" | "";
  /** 継続サービス利用支援を請求できる月 */
  billable: boolean;
  billing: string;
}

export interface SoudanMonitoringOutput {
  period_months: number;
  period_label: string;
  new_months: number;
  reading: "national" | "municipal";
  reading_label: string;
  schedule: SoudanScheduleMonth[];
  monitoring_months: string[];
  steps: Step[];
}

// ---------------------------------------------------------------- all calculators

/** Every request, discriminated by `calculator`, with the options every request may carry. */
export type Request = CalculatorRequest & RequestOptions;

/** The calculators' own requests. */
export type CalculatorRequest =
  | SeikatsuKaigoDayRequest
  | SeikatsuKaigoMonthRequest
  | MoneyOfficeMonthRequest
  | MoneyCompareRequest
  | BurdenManagementRequest
  | KaikeiLedgerRequest
  | KaikeiPriceRequest
  | ShuroBMonthRequest
  | ShuroAMonthRequest
  | ShuroIkouMonthRequest
  | ShuroTeichakuMonthRequest
  | ShuroSentakuMonthRequest
  | ShuroEligibilityRequest
  | YokohamaGhMonthRequest
  | YokohamaGhSetupRequest
  | SoudanMonthRequest
  | SoudanMonitoringRequest;

/** The output type of each calculator. */
export interface Outputs {
  "seikatsu_kaigo.day": SeikatsuKaigoDayOutput;
  "seikatsu_kaigo.month": SeikatsuKaigoMonthOutput;
  "money.office_month": MoneyOfficeMonthOutput;
  "money.compare": MoneyCompareOutput;
  "money.burden_management": BurdenManagementOutput;
  "kaikei.ledger": KaikeiLedgerOutput;
  "kaikei.price": KaikeiPriceOutput;
  "shuro.b.month": ShuroMonthOutput;
  "shuro.a.month": ShuroMonthOutput;
  "shuro.ikou.month": ShuroMonthOutput;
  "shuro.teichaku.month": ShuroMonthOutput;
  "shuro.sentaku.month": ShuroMonthOutput;
  "shuro.eligibility": ShuroEligibilityOutput;
  "yokohama_gh.month": YokohamaGhMonthOutput;
  "yokohama_gh.setup": YokohamaGhSetupOutput;
  "soudan.month": SoudanMonthOutput;
  "soudan.monitoring": SoudanMonitoringOutput;
}

/** The response of a given request type: its calculator's output, under its calculator's name. */
export type ResponseOf<Q extends Request> = Response<Outputs[Q["calculator"]], Q["calculator"]>;
