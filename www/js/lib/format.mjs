// Numbers, dates and 和暦 for display. The 和暦 itself always comes from the
// core (`core.wareki`), so the page and the results never disagree.

let intl = null;

/**
 * Numbers as ja-JP writes them (1,234). A whole number is grouped here; any
 * other goes to Intl.NumberFormat, made on first use (making it costs
 * milliseconds before a page's first result).
 */
export const fmt = {
  format(n) {
    if (Number.isSafeInteger(n)) {
      const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return n < 0 ? `-${digits}` : digits;
    }
    intl ??= new Intl.NumberFormat("ja-JP");
    return intl.format(n);
  },
};

/** 1234 → "1,234円"; null → "—". */
export const yen = (n) => (n === null || n === undefined ? "—" : `${fmt.format(n)}円`);

/** 1234 → "1,234単位". */
export const units = (n) => `${fmt.format(n)}単位`;

/** A difference in yen with its sign: "+1,234円", "-56円", "0円". */
export const signedYen = (n) => `${n > 0 ? "+" : ""}${fmt.format(n)}円`;

/** A decimal rate as text ("0.1", "0.105") → percent text ("10", "10.5"), without binary floating point. */
export function percentText(rate) {
  const [i, f = ""] = String(rate).split(".");
  const digits = f.padEnd(2, "0");
  const whole = (i + digits.slice(0, 2)).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

/** 390 → "6時間30分". */
export function hm(minutes) {
  return `${Math.floor(minutes / 60)}時間${String(minutes % 60).padStart(2, "0")}分`;
}

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"];
export function weekday(y, m, d) {
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** This month as a month control's value ("2025-06"). */
export function thisMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The 年度 typed in a field (2024, "2024年度", "令和6年度", "R6", "平成30年度"), or null. */
export function parseFiscalYear(typed) {
  const t = (typed || "").trim().normalize("NFKC").replace(/年度?$/, "");
  let m = /^(\d{4})$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(?:令和|R|r)(\d{1,2}|元)$/.exec(t);
  if (m) return 2018 + (m[1] === "元" ? 1 : Number(m[1]));
  m = /^(?:平成|H|h)(\d{1,2}|元)$/.exec(t);
  if (m) return 1988 + (m[1] === "元" ? 1 : Number(m[1]));
  return null;
}

/** `2024年度（令和6年度）`, with the era from the core (the same rule as the results). */
export function fiscalYearLabel(core, y) {
  if (y === null) return "";
  const w = core ? core.wareki(`${y}-04`).replace(/年4月$/, "年度") : "";
  return w ? `${y}年度（${w}）` : `${y}年度`;
}

/**
 * The 和暦 shown beside a date, month or 年度 field: `kind` is "fiscal-year"
 * for a 年度 field, anything else for a date or month control's value.
 */
export function warekiText(core, kind, typed) {
  if (!core || !typed) return "";
  if (kind === "fiscal-year") return fiscalYearLabel(core, parseFiscalYear(typed));
  return core.wareki(typed);
}
