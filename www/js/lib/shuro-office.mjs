// The 就労系 office's fields (利用定員, 人員配置, 平均工賃月額 or スコア or 定着率,
// 福祉専門職員配置等加算 from staff counts, 減算 …), shared by the 就労系 page
// (`office.*`) and the money page (`shuro_office.*`), and the office object the
// `shuro.*.month` calculators read. One source for both pages.

import { duration, text, value } from "./form.mjs";

/**
 * The fieldsets, as HTML. `p` prefixes the field names (`office.`), `i` the
 * element ids, and `start` numbers the legends (null: no numbers).
 * Static markup only: nothing typed by a user goes into it.
 */
/** A 福祉専門職員配置等加算 ratio, filled from data/ by `showFigureValues` (prefix `shuro.welfare_professional`). */
const pct = (k) => `<span data-figure-value="shuro.welfare_professional.${k}" data-figure-as="percent">…</span>%`;

export function officeFieldsHtml(p = "office.", i = "", start = 2) {
  const n = (k) => (start == null ? "" : `${start + k}. `);
  return `
<fieldset data-services="b a ikou">
  <legend>${n(0)}事業所の利用定員と人員配置</legend>
  <div class="field" data-field="${p}capacity">
    <label for="${i}capacity">利用定員</label>
    <input id="${i}capacity" name="${p}capacity" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">人</span>
  </div>
  <div class="field" data-field="${p}staffing" data-services="b">
    <label for="${i}staffing_b">人員配置（職業指導員・生活支援員）</label>
    <select id="${i}staffing_b" name="${p}staffing_b">
      <option value="6">6:1 以上（サービス費(Ⅰ)・(Ⅳ)）</option>
      <option value="7.5">7.5:1 以上（サービス費(Ⅱ)・(Ⅴ)）</option>
      <option value="10">10:1 以上（サービス費(Ⅲ)・(Ⅵ)）</option>
    </select>
  </div>
  <div class="field" data-field="${p}staffing" data-services="a">
    <label for="${i}staffing_a">人員配置（職業指導員・生活支援員）</label>
    <select id="${i}staffing_a" name="${p}staffing_a">
      <option value="7.5">7.5:1 以上（サービス費(Ⅰ)）</option>
      <option value="10">10:1 以上（サービス費(Ⅱ)）</option>
    </select>
  </div>
  <div class="field" data-field="${p}ikou_type" data-services="ikou">
    <label for="${i}ikou_type">サービス費の種類</label>
    <select id="${i}ikou_type" name="${p}ikou_type">
      <option value="i">就労移行支援サービス費(Ⅰ)</option>
      <option value="ii">就労移行支援サービス費(Ⅱ)（あん摩マッサージ指圧師等養成施設）</option>
    </select>
  </div>
</fieldset>

<fieldset data-services="b">
  <legend>${n(1)}B型の報酬体系と平均工賃月額</legend>
  <div class="field" data-field="${p}b_system" role="radiogroup" aria-labelledby="${i}bsys-label">
    <span class="label" id="${i}bsys-label">報酬体系</span>
    <span class="radio"><input type="radio" id="${i}bsys-wage" name="${p}b_system" value="wage" checked><label for="${i}bsys-wage">「平均工賃月額」に応じた報酬体系（サービス費(Ⅰ)〜(Ⅲ)）</label></span>
    <span class="radio"><input type="radio" id="${i}bsys-part" name="${p}b_system" value="participation"><label for="${i}bsys-part">「利用者の就労や生産活動等への参加等」をもって一律に評価（サービス費(Ⅳ)〜(Ⅵ)）</label></span>
  </div>
  <div class="field check" data-field="${p}r8_target">
    <input id="${i}r8_target" name="${p}r8_target" type="checkbox" aria-describedby="${i}r8_target-hint">
    <label for="${i}r8_target">令和8改定対象の事業所である（令和8年6月からの12区分で算定）</label>
    <p class="hint" id="${i}r8_target-hint">令和8年6月以降、対象の事業所は平均工賃月額を細かい12区分で算定します。対象でない事業所は令和6年の区分のままです。計算機は平均工賃月額から対象かどうかを判断しません。</p>
  </div>
  <div class="field check" data-field="${p}new_designation">
    <input id="${i}new_designation" name="${p}new_designation" type="checkbox">
    <label for="${i}new_designation">新規指定から1年未満（平均工賃月額1万円未満として算定）</label>
  </div>
  <div class="field check" data-field="${p}designated_r8_or_later">
    <input id="${i}designated_r8" name="${p}designated_r8_or_later" type="checkbox">
    <label for="${i}designated_r8">令和8年6月以降に新規指定された事業所</label>
  </div>
  <div class="field" data-field="${p}average_wage">
    <label for="${i}average_wage">平均工賃月額（わかっている場合）</label>
    <input id="${i}average_wage" name="${p}average_wage" inputmode="numeric" autocomplete="off" size="9"> <span class="unit">円</span>
  </div>
  <fieldset class="sub">
    <legend>平均工賃月額を前年度の実績から計算する</legend>
    <p class="hint">平均工賃月額＝工賃支払総額÷（延べ利用者数÷開所日数）÷12。1日当たりの平均利用者数は小数点第2位を切り上げ、結果は円未満を四捨五入します（Q&amp;A VOL.2 問24）。入力すると上の欄より優先します。</p>
    <div class="field" data-field="${p}wage_total">
      <label for="${i}wage_total">前年度の工賃支払総額</label>
      <input id="${i}wage_total" name="${p}wage_total" inputmode="numeric" autocomplete="off" size="12"> <span class="unit">円</span>
    </div>
    <div class="field" data-field="${p}wage_user_days">
      <label for="${i}wage_user_days">前年度の延べ利用者数</label>
      <input id="${i}wage_user_days" name="${p}wage_user_days" inputmode="numeric" autocomplete="off" size="8"> <span class="unit">人</span>
    </div>
    <div class="field" data-field="${p}wage_open_days">
      <label for="${i}wage_open_days">前年度の開所日数</label>
      <input id="${i}wage_open_days" name="${p}wage_open_days" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">日</span>
    </div>
  </fieldset>
  <div class="field check" data-field="${p}regional_collab">
    <input id="${i}regional_collab" name="${p}regional_collab" type="checkbox">
    <label for="${i}regional_collab">地域協働加算を算定する（一律評価型のみ）</label>
  </div>
</fieldset>

<fieldset data-services="a">
  <legend>${n(1)}A型のスコア</legend>
  <div class="field" data-field="${p}score">
    <label for="${i}score">スコアの合計点</label>
    <input id="${i}score" name="${p}score" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">点</span>
  </div>
  <fieldset class="sub">
    <legend>労働時間の点数から計算する場合</legend>
    <div class="field" data-field="${p}work_minutes" role="group" aria-labelledby="${i}work-label">
      <span class="label" id="${i}work-label">1日の平均労働時間</span>
      <input id="${i}work-h" name="${p}work_minutes.h" inputmode="numeric" size="3" autocomplete="off" aria-label="1日の平均労働時間（時間）"> 時間
      <input id="${i}work-m" name="${p}work_minutes.m" inputmode="numeric" size="3" autocomplete="off" aria-label="1日の平均労働時間（分）"> 分
    </div>
    <div class="field" data-field="${p}other_points">
      <label for="${i}other_points">労働時間以外の項目の点数の合計</label>
      <input id="${i}other_points" name="${p}other_points" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">点</span>
      <p class="hint">生産活動・多様な働き方・支援力向上・地域連携活動・経営改善計画・利用者の知識及び能力の向上（この計算機には点数表が未登録です）。</p>
    </div>
  </fieldset>
</fieldset>

<fieldset data-services="ikou">
  <legend>${n(1)}就職後6月以上定着率</legend>
  <div class="field" data-field="${p}settled">
    <label for="${i}settled">就職後6月以上定着した人数</label>
    <input id="${i}settled" name="${p}settled" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">人</span>
  </div>
  <div class="field" data-field="${p}settled_base">
    <label for="${i}settled_base">定着率の分母（人数）</label>
    <input id="${i}settled_base" name="${p}settled_base" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">人</span>
    <p class="hint">指定権者の定める算定方法による分母を入力します。割合は分子÷分母をそのまま区分と比べます（5割ちょうどは「5割以上」）。</p>
  </div>
</fieldset>

<fieldset data-services="teichaku">
  <legend>${n(1)}就労定着率</legend>
  <div class="field" data-field="${p}retained">
    <label for="${i}retained">前年度末時点の就労定着者数</label>
    <input id="${i}retained" name="${p}retained" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">人</span>
  </div>
  <div class="field" data-field="${p}retained_base">
    <label for="${i}retained_base">過去3年間の就労定着支援の総利用者数</label>
    <input id="${i}retained_base" name="${p}retained_base" inputmode="numeric" autocomplete="off" size="5"> <span class="unit">人</span>
  </div>
</fieldset>

<fieldset data-services="sentaku">
  <legend>${n(1)}特定事業所集中減算（前6月間のアセスメント後の利用先）</legend>
  <p class="hint">同一の事業者が提供した割合が80%を超えるサービスがあると、1日200単位を減算します（ちょうど80%は減算しません）。該当するサービスだけ入力してください。</p>
  <div class="field" data-field="${p}concentration.ikou_total"><label for="${i}c-ikou-total">就労移行支援の提供総数</label> <input id="${i}c-ikou-total" name="${p}concentration.ikou_total" inputmode="numeric" size="5" autocomplete="off"></div>
  <div class="field" data-field="${p}concentration.ikou_top"><label for="${i}c-ikou-top">うち同一の事業者が最も多く提供した数</label> <input id="${i}c-ikou-top" name="${p}concentration.ikou_top" inputmode="numeric" size="5" autocomplete="off"></div>
  <div class="field" data-field="${p}concentration.a_total"><label for="${i}c-a-total">就労継続支援A型の提供総数</label> <input id="${i}c-a-total" name="${p}concentration.a_total" inputmode="numeric" size="5" autocomplete="off"></div>
  <div class="field" data-field="${p}concentration.a_top"><label for="${i}c-a-top">うち同一の事業者が最も多く提供した数</label> <input id="${i}c-a-top" name="${p}concentration.a_top" inputmode="numeric" size="5" autocomplete="off"></div>
  <div class="field" data-field="${p}concentration.b_total"><label for="${i}c-b-total">就労継続支援B型の提供総数</label> <input id="${i}c-b-total" name="${p}concentration.b_total" inputmode="numeric" size="5" autocomplete="off"></div>
  <div class="field" data-field="${p}concentration.b_top"><label for="${i}c-b-top">うち同一の事業者が最も多く提供した数</label> <input id="${i}c-b-top" name="${p}concentration.b_top" inputmode="numeric" size="5" autocomplete="off"></div>
  <div class="field check" data-field="${p}concentration.justified">
    <input id="${i}c-justified" name="${p}concentration.justified" type="checkbox">
    <label for="${i}c-justified">正当な理由がある</label>
  </div>
</fieldset>

<fieldset>
  <legend>${n(2)}事業所の加算・減算</legend>
  <fieldset class="sub">
    <legend>福祉専門職員配置等加算（職員の人数から区分を判定）</legend>
    <p class="hint">(Ⅰ) 常勤の生活支援員等のうち社会福祉士等が${pct("qualified_ratio.i")}以上、(Ⅱ) ${pct("qualified_ratio.ii")}以上、(Ⅲ) 常勤職員が${pct("fulltime_ratio.iii")}以上又は勤続3年以上が${pct("tenure_ratio.iii")}以上。算定しない場合は空欄のままにします。</p>
    <div class="field" data-field="${p}staff_total"><label for="${i}staff_total">生活支援員等の総数</label> <input id="${i}staff_total" name="${p}staff_total" inputmode="numeric" size="4" autocomplete="off"> <span class="unit">人</span></div>
    <div class="field" data-field="${p}staff_fulltime"><label for="${i}staff_fulltime">うち常勤の職員数</label> <input id="${i}staff_fulltime" name="${p}staff_fulltime" inputmode="numeric" size="4" autocomplete="off"> <span class="unit">人</span></div>
    <div class="field" data-field="${p}staff_qualified"><label for="${i}staff_qualified">常勤のうち社会福祉士・介護福祉士・精神保健福祉士・公認心理師</label> <input id="${i}staff_qualified" name="${p}staff_qualified" inputmode="numeric" size="4" autocomplete="off"> <span class="unit">人</span></div>
    <div class="field" data-field="${p}staff_tenure3"><label for="${i}staff_tenure3">常勤のうち勤続3年以上</label> <input id="${i}staff_tenure3" name="${p}staff_tenure3" inputmode="numeric" size="4" autocomplete="off"> <span class="unit">人</span></div>
  </fieldset>
  <div class="field" data-field="${p}transport" data-services="b a ikou">
    <label for="${i}transport">送迎加算</label>
    <select id="${i}transport" name="${p}transport">
      <option value="none">算定しない</option>
      <option value="i">送迎加算(Ⅰ)</option>
      <option value="ii">送迎加算(Ⅱ)</option>
    </select>
  </div>
  <div class="field check" data-field="${p}transport_same_site" data-services="b a ikou">
    <input id="${i}transport_same_site" name="${p}transport_same_site" type="checkbox">
    <label for="${i}transport_same_site">送迎は同一敷地内の事業所等との間（送迎加算の100分の70）</label>
  </div>
  <div class="field check" data-field="${p}target_wage_instructor" data-services="b">
    <input id="${i}target_wage_instructor" name="${p}target_wage_instructor" type="checkbox" aria-describedby="${i}twi-hint">
    <label for="${i}target_wage_instructor">目標工賃達成指導員配置加算を算定する</label>
    <p class="hint" id="${i}twi-hint">人員配置6:1（サービス費(Ⅰ)・(Ⅳ)）の事業所が、目標工賃達成指導員を配置して届け出た場合。利用定員に応じた単位数を利用日ごとに加算します。</p>
  </div>
  <div class="field" data-field="${p}transition_settled" data-services="b">
    <label for="${i}transition_settled">就労移行支援体制加算：前年度に一般就労へ移行し6月以上定着した人数（なければ空欄）</label>
    <input id="${i}transition_settled" name="${p}transition_settled" inputmode="numeric" size="4" autocomplete="off" aria-describedby="${i}ts-hint"> <span class="unit">人</span>
    <p class="hint" id="${i}ts-hint">単位数は、ほとんどの区分がこの計算機に未登録です。未登録の区分では、計算すると入力欄が表示されるので、サービスコード表の単位数を入力してください。</p>
  </div>
  <fieldset class="sub" data-services="b">
    <legend>短時間利用減算（一律評価型のみ）</legend>
    <p class="hint">算定利用時間が4時間未満の利用者が全体の5割以上のとき、所定単位数の100分の70で算定します。</p>
    <div class="field" data-field="${p}short_time_users"><label for="${i}short_time_users">算定利用時間が4時間未満の利用者の数</label> <input id="${i}short_time_users" name="${p}short_time_users" inputmode="numeric" size="4" autocomplete="off"> <span class="unit">人</span></div>
    <div class="field" data-field="${p}short_time_base"><label for="${i}short_time_base">利用者の数</label> <input id="${i}short_time_base" name="${p}short_time_base" inputmode="numeric" size="4" autocomplete="off"> <span class="unit">人</span></div>
  </fieldset>
  <div class="field check" data-field="${p}over_capacity">
    <input id="${i}over_capacity" name="${p}over_capacity" type="checkbox">
    <label for="${i}over_capacity">定員超過利用減算に該当する（所定単位数の100分の70）</label>
  </div>
  <div class="field" data-field="${p}staff_shortage_month">
    <label for="${i}staff_shortage_month">人員欠如減算が適用される月（何か月目か。なければ空欄）</label>
    <input id="${i}staff_shortage_month" name="${p}staff_shortage_month" inputmode="numeric" size="3" autocomplete="off" aria-describedby="${i}ssm-hint"> <span class="unit">か月目</span>
    <p class="hint" id="${i}ssm-hint">定員超過利用と人員欠如の両方に該当するときは、減算となる単位数が大きい方だけを適用します。</p>
  </div>
</fieldset>
`;
}

/** Shows the fieldsets of the 就労系 service `s` (b, a, ikou, teichaku, sentaku; null: none) and disables the others' controls. */
export function applyShuroService(root, s) {
  for (const e of root.querySelectorAll("[data-services]")) e.hidden = !s || !e.dataset.services.split(" ").includes(s);
  for (const c of root.querySelectorAll("[data-services] input, [data-services] select")) {
    c.disabled = !!c.parentElement.closest("[data-services][hidden]");
  }
}

/** The office object of the `shuro.*.month` request for service `s`, read from fields named with prefix `p`. */
export function readShuroOffice(form, s, p = "office.") {
  const v = (n) => {
    const c = form.elements.namedItem(p + n);
    return c && !c.disabled ? text(form, p + n) : null;
  };
  const f = (n) => {
    const c = form.elements.namedItem(p + n);
    return c && !c.disabled ? value(form, p + n) : false;
  };
  const office = {};
  if (["b", "a", "ikou"].includes(s)) office.capacity = v("capacity");
  if (s === "b") {
    Object.assign(office, {
      staffing: v("staffing_b"), b_system: value(form, p + "b_system"), r8_target: f("r8_target"),
      new_designation: f("new_designation"), designated_r8_or_later: f("designated_r8_or_later"),
      average_wage: v("average_wage"), wage_total: v("wage_total"), wage_user_days: v("wage_user_days"),
      wage_open_days: v("wage_open_days"), regional_collab: f("regional_collab"),
      target_wage_instructor: f("target_wage_instructor"), transition_settled: v("transition_settled"),
      short_time_users: v("short_time_users"), short_time_base: v("short_time_base"),
    });
  }
  if (s === "a") Object.assign(office, { staffing: v("staffing_a"), score: v("score"), work_minutes: duration(form, p + "work_minutes"), other_points: v("other_points") });
  if (s === "ikou") Object.assign(office, { ikou_type: v("ikou_type"), settled: v("settled"), settled_base: v("settled_base") });
  if (s === "teichaku") Object.assign(office, { retained: v("retained"), retained_base: v("retained_base") });
  if (s === "sentaku") {
    office.concentration = {};
    for (const k of ["ikou_total", "ikou_top", "a_total", "a_top", "b_total", "b_top"]) office.concentration[k] = v(`concentration.${k}`);
    office.concentration.justified = f("concentration.justified");
  }
  for (const k of ["staff_total", "staff_fulltime", "staff_qualified", "staff_tenure3", "staff_shortage_month"]) office[k] = v(k);
  office.over_capacity = f("over_capacity");
  if (["b", "a", "ikou"].includes(s)) Object.assign(office, { transport: v("transport"), transport_same_site: f("transport_same_site") });
  return office;
}

/**
 * A user row as the 就労系 calculators read it: the UI's one column of days
 * with 放課後等デイサービス・障害児入所支援 (which stay billed) becomes the
 * request's `same_day_services`.
 */
export function shuroUser(u) {
  const { same_day_hokago_days: hokago, ...rest } = u;
  if (typeof hokago === "string" && hokago.trim() !== "" && hokago.trim() !== "0") {
    rest.same_day_services = [{ service: "hokago-day", days: hokago }];
  }
  return rest;
}
