// The host's theme: the custom properties of css/theme.css (which a city may
// edit in its copy of the folder) or, for a frame, embed.js's data-theme-*
// attributes passed in the URL (`theme.accent=#0b5cad`). Text keeps a contrast
// ratio of at least 4.5:1 against its background (WCAG 1.4.3): a colour that
// would break it is not used (the default comes back) and the console says why.

/** The URL's theme settings and the custom properties they set. */
export const THEME = {
  accent: "--theme-accent",
  "accent-dark": "--theme-accent-dark",
  text: "--theme-text",
  background: "--theme-background",
  "font-size": "--theme-font-size",
};

/** Which theme property each colour of the site's stylesheet comes from. */
const SOURCE = { "--accent": "--theme-accent", "--accent-dark": "--theme-accent-dark", "--fg": "--theme-text", "--bg": "--theme-background" };

/** Pairs of [text, background] that must keep 4.5:1 (the site's own colours and a few fixed ones). */
const PAIRS = [
  ["--fg", "--bg"], ["--fg", "--panel"], ["--fg", "#ffffff"], ["--fg", "--ok-bg"], ["--fg", "--error-bg"], ["--fg", "--warn-bg"],
  ["--muted", "--bg"], ["--muted", "--panel"], ["--error", "--bg"], ["--error", "--error-bg"], ["--warn-fg", "--warn-bg"],
  ["--accent", "--bg"], ["--accent", "--panel"], ["--accent", "#ffffff"], ["#ffffff", "--accent-dark"], ["--accent-dark", "--bg"],
];

const COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT_SIZE = /^(\d{3})%$/;

/** Whether a URL theme value is usable: a colour as #rgb or #rrggbb; a font size 100%–200%. */
function valid(name, v) {
  if (name === "font-size") {
    const m = FONT_SIZE.exec(v);
    return Boolean(m) && Number(m[1]) >= 100 && Number(m[1]) <= 200;
  }
  return COLOUR.test(v);
}

/** [r, g, b] of a colour as the browser computes it ("rgb(11, 92, 173)"). */
function rgb(probe, colour) {
  probe.style.color = colour.startsWith("--") ? `var(${colour})` : colour;
  return getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance([r, g, b]) {
  const f = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Drops theme colours that break a pair's contrast (the default comes back); returns the warnings. */
function guardContrast(root) {
  const probe = document.createElement("span");
  probe.hidden = true;
  document.body.append(probe);
  const warnings = [];
  try {
    for (let round = 0; round < PAIRS.length; round++) {
      const bad = PAIRS.map(([fg, bg]) => [fg, bg, contrastRatio(rgb(probe, fg), rgb(probe, bg))]).find(([, , r]) => r < 4.5);
      if (!bad) break;
      const [fg, bg, ratio] = bad;
      const props = [SOURCE[fg], SOURCE[bg]].filter((p) => p && getComputedStyle(root).getPropertyValue(p).trim() !== "");
      if (!props.length) break; // the site's own colours: nothing a theme can undo
      const message = `hoshu: テーマの色 ${props.join(", ")} は、文字（${fg}）と背景（${bg}）のコントラスト比が ${ratio.toFixed(2)}:1（4.5:1 未満）になるため使いません`;
      warnings.push(message);
      console.warn(message);
      for (const p of props) root.style.setProperty(p, "initial");
    }
  } finally {
    probe.remove();
  }
  return warnings;
}

/** The site's own style sheets, which set no theme property (css/theme.css is the city's). */
const OWN_SHEETS = /\/css\/(site|present)\.css$/;

/** Whether a rule of `rules` (nested rules too) sets a --theme-* property. */
function setsTheme(rules) {
  for (const r of rules) {
    if (r.style) for (let i = 0; i < r.style.length; i++) if (r.style[i].startsWith("--theme-")) return true;
    if (r.cssRules && setsTheme(r.cssRules)) return true;
  }
  return false;
}

/**
 * Whether any theme property is set: by the URL (on the root's style) or by
 * a stylesheet (css/theme.css as a city edited it, or any other). Read from
 * the style sheets' rules, without computing a style: with no theme the
 * site's own colours need no check, and the page's first layout is not
 * forced early (README「性能」).
 */
function themeInUse(root) {
  if (root.style.cssText.includes("--theme-")) return true;
  for (const sheet of document.styleSheets) {
    // The site's own sheets only read the theme (var(--theme-…, default)).
    if (OWN_SHEETS.test(sheet.href || "")) continue;
    try {
      if (setsTheme(sheet.cssRules)) return true;
    } catch {
      return true; // a sheet whose rules cannot be read (another origin's): check
    }
  }
  return false;
}

/** Applies the URL's theme (`theme.<name>=<value>`) and keeps every text/background pair at 4.5:1 or more. */
export function applyTheme(params = new URLSearchParams(location.search)) {
  const root = document.documentElement;
  for (const [name, prop] of Object.entries(THEME)) {
    const v = params.get(`theme.${name}`);
    if (v === null) continue;
    if (valid(name, v)) root.style.setProperty(prop, v);
    else console.warn(`hoshu: theme.${name}=${v} は使えない値です（色は #rrggbb、文字の大きさは 100%〜200%）`);
  }
  return themeInUse(root) ? guardContrast(root) : [];
}
