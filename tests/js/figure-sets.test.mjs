// Figure sets through the wasm boundary (pkg/): a set checked as a page loads
// it (line and column of each bad row), used by calculate(), typed figures
// saved as a set, and the coverage the coverage page renders.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { initSync, calculate, checkFigureSet, saveFigures, coverage } from "../../pkg/hoshu.js";

initSync({ module: fs.readFileSync(new URL("../../pkg/hoshu_bg.wasm", import.meta.url)) });

const CELL = "seikatsu_kaigo.basic.cap-11-20.kubun4.6-7h";
const HEAD = "# title: 当事業所の表\n# publisher: A事業所\n# date: 2026-11-01\nkey\tfrom\tto\tvalue\tunit\tstatus\tsource\tlocator\tnote\n";
const row = (v) => `${CELL}\t2024-04\t\t${v}\tunits_per_day\tsecondary\tサービスコード表\t区分4 6時間以上7時間未満\t生活介護サービス費`;
const day = (sets) => ({
  calculator: "seikatsu_kaigo.day", service_date: "2026-11-04",
  office: { capacity: 20 }, user: { kubun: "4" }, plan: { service_minutes: "6:30" }, day: {},
  figure_sets: sets,
});

test("checkFigureSet: a good set is summarised, a bad one answered by line and column", () => {
  const ok = checkFigureSet(HEAD + row("620") + "\n");
  assert.equal(ok.ok, true, JSON.stringify(ok.problems));
  assert.equal(ok.set.title, "当事業所の表");
  assert.equal(ok.set.rows, 1);
  const bad = checkFigureSet(HEAD + row("６２０") + "\n" + row("1e3").replace("2024-04", "2025-04") + "\n", "壊れた表");
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.problems.map((p) => [p.at.line, p.at.column]), [[5, 4], [6, 4]]);
  assert.match(bad.problems[0].message, /^資料セット「壊れた表」5行目・4列目（値）/);
  // Anything at all is answered, never thrown.
  for (const junk of ["", "\u0000", "#".repeat(10000), "key\tfrom\n\t\t\t\t\t\t\t\t"]) {
    assert.equal(checkFigureSet(junk).ok, false);
  }
});

test("calculate(): the set fills the missing cell; the headline's basis is flagged", () => {
  assert.equal(calculate(day(null)).ok, false);
  const r = calculate(day([{ text: HEAD + row("620") }]));
  assert.equal(r.ok, true, JSON.stringify(r.problems));
  assert.equal(r.result.day.basic_units, 620);
  assert.equal(r.basis.set, 1);
  assert.equal(r.basis.flagged, true);
});

test("saveFigures(): typed figures become a set's text that loads again", () => {
  const saved = saveFigures({ header: { title: "この端末の値", publisher: "利用者", date: "2026-11-29" },
    figures: [{ key: CELL, value: "620", month: "2026-11" }] });
  assert.equal(saved.ok, true, JSON.stringify(saved.problems));
  assert.equal(checkFigureSet(saved.text).ok, true);
  assert.equal(calculate(day([{ text: saved.text }])).result.day.basic_units, 620);
  const bad = saveFigures({ figures: [{ key: "no.such.key", value: "1", month: "2026-11" }] });
  assert.equal(bad.ok, false);
});

test("coverage(): per calculator and 年度, and what a set fills", () => {
  const c = coverage();
  const years = c.fiscal_years.map((y) => y.label);
  assert.ok(years.includes("令和8年度"));
  const sk = c.calculators.find((x) => x.name === "seikatsu_kaigo.day");
  const y = years.indexOf("令和8年度");
  assert.ok(sk.years[y].missing > 0);
  const gh = c.calculators.find((x) => x.name === "yokohama_gh.month");
  assert.ok(gh.years[y].ended > 0 && gh.years[y].official === 0);
  const with_ = coverage([{ text: HEAD + row("620") }]);
  assert.equal(with_.calculators.find((x) => x.name === "seikatsu_kaigo.day").years[y].by_sets, 1);
});
