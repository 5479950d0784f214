//! The one entry point shared by the wasm facade, the command line and tests:
//! a JSON request `{"calculator": "…", …}` in, a [`Response`] out.
//!
//! Requests are decoded in two steps so that every decoding problem names its
//! field: the envelope is read as a JSON value, then the calculator's request
//! type is decoded from it by [`crate::engine::decode`] (which keeps the path
//! of the field it is in), and the serde message is turned into a Japanese one.

// An area module holds some calculators only (see `engine::areas`): what the
// others alone use is left unused there, and dropped by the linker.
#![cfg_attr(not(feature = "full"), allow(dead_code))]

use crate::engine::limits;
use crate::engine::map::KeySet;
use crate::engine::params::{with_layers, Layers};
use crate::engine::problem::{Code, Outcome, Problem};
use crate::engine::rows::has_text;
use crate::engine::sets::FigureSet;
use serde::Serialize;
use serde_json::Value;
use std::rc::Rc;

/// What every call answers.
#[derive(Clone, Debug, Serialize)]
pub struct Response {
    /// True when `result` holds an answer; false when `problems` says why not.
    pub ok: bool,
    /// The calculator that answered (`seikatsu_kaigo.month`).
    pub calculator: String,
    /// The calculator's output (with its `steps`), when `ok`. (Written by
    /// `limits::Plain` in the area modules: no float printer there.)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "full"), serde(serialize_with = "plain_result"))]
    pub result: Option<Value>,
    /// Every problem found, each naming its field, in Japanese.
    pub problems: Vec<Problem>,
    /// Version of the product that answered.
    pub version: &'static str,
    /// What the result rests on (when `ok`): the citations of its steps by status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<crate::engine::basis::Basis>,
    /// What the reader should know though the answer stands: a figure set's
    /// value refused because an official one exists, two sets that disagree.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Problem>,
}

/// `result` as `limits::Plain` writes it (the area modules).
#[cfg(not(feature = "full"))]
fn plain_result<S: serde::Serializer>(v: &Option<Value>, s: S) -> Result<S::Ok, S::Error> {
    v.as_ref().map(limits::Plain).serialize(s)
}

impl Response {
    /// A request refused as a whole before it reached a calculator.
    pub fn refuse(p: Problem) -> Self {
        Self::fail("", vec![p])
    }
    fn fail(calculator: &str, problems: Vec<Problem>) -> Self {
        Self {
            ok: false,
            calculator: calculator.to_string(),
            result: None,
            problems,
            version: VERSION,
            basis: None,
            notices: Vec::new(),
        }
    }
}

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

type Handler = fn(Value, &Envelope) -> Response;

/// What a request brings beside its calculator's own fields: the figure sets
/// (`figure_sets: [{ name?, text }]`) and whether the previous 年度's figures
/// may be carried forward (`carry_forward: true`; never by default).
#[derive(Default)]
pub struct Envelope {
    pub sets: Rc<Vec<FigureSet>>,
    pub carry_forward: bool,
}

/// A calculator: its name, a Japanese title, and its handler (`None` in an
/// area module that does not hold it: see [`crate::engine::areas`]).
pub struct Calculator {
    pub name: &'static str,
    pub title: &'static str,
    handler: Option<Handler>,
}

impl Calculator {
    /// Whether this build answers it (every one does in the default `full`).
    pub fn here(&self) -> bool {
        self.handler.is_some()
    }
}

/// One calculator, held by the builds of the areas listing it in
/// `engine::areas` (cfg `calculator`, set by build.rs from that one list);
/// the others keep its name (and its title in the coverage page's build,
/// which lists every calculator).
macro_rules! calculator {
    ($name:literal, $title:literal, $f:path) => {
        Calculator {
            name: $name,
            // Another area's title is shown only by the coverage page's build.
            title: if cfg!(any(calculator = $name, feature = "area-coverage")) { $title } else { "" },
            handler: {
                // cfg `calculator` is set by build.rs for the calculators
                // this build's areas list (src/engine/areas.rs).
                #[cfg(calculator = $name)]
                let h: Option<Handler> = Some(|v, env| call($name, v, env, $f));
                #[cfg(not(calculator = $name))]
                let h: Option<Handler> = None;
                h
            },
        }
    };
}

/// Every calculator the product offers (one line each).
#[rustfmt::skip]
pub static CALCULATORS: &[Calculator] = &[
    calculator!("seikatsu_kaigo.day", "生活介護: 1日の標準的な時間と基本報酬", crate::national::seikatsu_kaigo::day),
    calculator!("seikatsu_kaigo.month", "生活介護: 1か月の基本報酬", crate::national::seikatsu_kaigo::month),
    calculator!("money.office_month", "事業所の1か月: 単位数→円、処遇改善加算、利用者負担、給付費", crate::money::office_month),
    calculator!("money.burden_management", "利用者負担上限額管理: 複数の事業所を利用した月の利用者負担（管理結果1・2・3）", crate::money::burden_management),
    calculator!("money.compare", "事業所の1か月: シナリオの比較", crate::money::compare),
    calculator!("kaikei.ledger", "就労支援事業会計: 積立金の年度ごとの積立て・取崩し", crate::national::kaikei::ledger),
    calculator!("shuro.b.month", "就労継続支援B型: 1か月の基本報酬・加算・減算", crate::national::shuro::b_month),
    calculator!("shuro.a.month", "就労継続支援A型: 1か月の基本報酬・加算・減算", crate::national::shuro::a_month),
    calculator!("shuro.ikou.month", "就労移行支援: 1か月の基本報酬・加算・減算", crate::national::shuro::ikou_month),
    calculator!("shuro.teichaku.month", "就労定着支援: 1か月の基本報酬・加算・減算", crate::national::shuro::teichaku_month),
    calculator!("shuro.sentaku.month", "就労選択支援: 1か月の基本報酬・加算・減算", crate::national::shuro::sentaku_month),
    calculator!("shuro.eligibility", "就労系サービス: 利用できるか（就労選択支援を先に利用するか）", crate::national::shuro::eligibility),
    calculator!("soudan.month", "計画相談支援・障害児相談支援: 事業所の1か月の給付費（単位数）", crate::national::soudan::month),
    calculator!("soudan.monitoring", "計画相談支援: モニタリング期間（国の標準期間）とモニタリング月", crate::national::soudan::monitoring),
    calculator!("kaikei.price", "就労支援事業会計: 損益分岐点の販売価格と賃金・工賃の予算", crate::national::kaikei::price),
    calculator!("yokohama_gh.month", "横浜市 障害者グループホーム: 市単独加算・運営費補助（ホームの1か月）", crate::local::yokohama::gh::month),
    calculator!("yokohama_gh.setup", "横浜市 障害者グループホーム: 設置費等補助金（整備費・初度調弁費・改修費・スプリンクラー）", crate::local::yokohama::gh::setup),
];

/// The most reruns spent gathering every missing figure of one request.
pub const MAX_PROBE_ROUNDS: usize = 8;

/// One run of the calculator under the request's layers (and `probe`
/// placeholders): its outcome and the notices met.
fn run_once<R, O>(req: &R, env: &Envelope, f: fn(&R) -> Outcome<O>, probe: KeySet) -> (Outcome<O>, Vec<Problem>) {
    let layers = Rc::new(Layers::new(env.sets.clone(), env.carry_forward, probe));
    let out = with_layers(layers.clone(), || f(req));
    (out, layers.notices())
}

fn missing_key(p: &Problem) -> Option<&str> {
    match (&p.code, &p.figure) {
        (Code::MissingFigure, Some(f)) => Some(f.key.as_str()),
        _ => None,
    }
}

/// The calculator's answer; when it lacks figures, every figure it would need
/// (not only the first): it is rerun with a placeholder for each missing one
/// (never shown) until no new one appears, and only the missing figures of
/// those reruns are added to the first run's problems.
fn answer<R, O>(req: &R, env: &Envelope, f: fn(&R) -> Outcome<O>) -> (Outcome<O>, Vec<Problem>) {
    let (first, notices) = run_once(req, env, f, KeySet::new());
    let Err(mut all) = first else {
        return (first, notices);
    };
    let mut probe = KeySet::new();
    for k in all.iter().filter_map(missing_key) {
        probe.add(k.to_string());
    }
    if probe.is_empty() {
        return (Err(all), notices);
    }
    for _ in 0..MAX_PROBE_ROUNDS {
        let Err(ps) = run_once(req, env, f, probe.clone()).0 else {
            break;
        };
        let new: Vec<Problem> =
            ps.into_iter().filter(|p| missing_key(p).is_some_and(|k| !probe.contains_key(k))).collect();
        if new.is_empty() {
            break;
        }
        for p in new {
            if let Some(k) = missing_key(&p) {
                if probe.add(k.to_string()) {
                    all.push(p);
                }
            }
        }
    }
    (Err(all), notices)
}

fn call<R: crate::engine::decode::Decode, O: Serialize>(
    name: &str,
    v: Value,
    env: &Envelope,
    f: fn(&R) -> Outcome<O>,
) -> Response {
    let req: R = match crate::engine::decode::from_value(v) {
        Ok(r) => r,
        Err(e) => {
            return Response::fail(name, vec![decode_problem(&e)]);
        }
    };
    let (outcome, notices) = answer(&req, env, f);
    let mut resp = respond(name, outcome);
    resp.notices = notices;
    resp
}

/// The response of an outcome: the result (with what it rests on) or the problems.
fn respond<O: Serialize>(name: &str, outcome: Outcome<O>) -> Response {
    match outcome {
        Ok(out) => match serde_json::to_value(&out) {
            Ok(mut result) => match limits::unsafe_integer(&result, "result") {
                None => Response {
                    ok: true,
                    calculator: name.to_string(),
                    basis: Some(basis_marked(&mut result)),
                    result: Some(result),
                    problems: vec![],
                    version: VERSION,
                    notices: Vec::new(),
                },
                Some(path) => Response::fail(name, vec![Problem::overflow(path, "結果の数値")]),
            },
            Err(_) => Response::fail(
                name,
                vec![Problem::new(
                    Code::DataError,
                    "",
                    "結果を出力できませんでした（本製品の誤りです。開発者に連絡してください）。",
                )],
            ),
        },
        // A refusal always says why: never `ok: false` with no problem.
        Err(problems) if problems.is_empty() => Response::fail(
            name,
            vec![Problem::new(
                Code::DataError,
                "",
                "計算できませんでしたが、理由を特定できませんでした（本製品の誤りです。開発者に連絡してください）。",
            )],
        ),
        Err(problems) => Response::fail(name, problems),
    }
}

/// What `result` rests on; a result resting on a carried-forward figure has
/// every step marked (前年度の単価による試算).
fn basis_marked(result: &mut Value) -> crate::engine::basis::Basis {
    use crate::engine::basis::{basis, mark_steps, PROVISIONAL_NOTE};
    let b = basis(result);
    if b.provisional > 0 {
        mark_steps(result, PROVISIONAL_NOTE);
    }
    b
}

/// The request's figure sets, each read and validated (`figure_sets[i]`).
fn read_sets(v: Option<Value>) -> Result<Vec<FigureSet>, Vec<Problem>> {
    let items = match v {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        Some(_) => {
            return Err(vec![Problem::invalid(
                "figure_sets",
                "figure_sets は資料セット（名前と本文）の配列で指定してください。",
            )])
        }
    };
    let mut sets = Vec::new();
    let mut problems = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let field = format!("figure_sets[{i}]");
        let name = item.get("name").and_then(Value::as_str).map(str::to_string);
        let Some(text) = item.get("text").and_then(Value::as_str) else {
            problems.push(Problem::required(format!("{field}.text"), "資料セットの本文（TSV）"));
            continue;
        };
        match FigureSet::parse(name.as_deref(), text, &format!("{field}.text")) {
            Ok(s) => sets.push(s),
            Err(ps) => problems.extend(ps),
        }
    }
    if problems.is_empty() {
        Ok(sets)
    } else {
        Err(problems)
    }
}

/// The request's own fields (`figure_sets`, `carry_forward`), as taken out of it.
fn read_envelope(carry_forward: Option<Value>, figure_sets: Option<Value>) -> Result<Envelope, Vec<Problem>> {
    let carry_forward = match carry_forward {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(_) => {
            return Err(vec![Problem::invalid("carry_forward", "carry_forward は true か false で指定してください。")])
        }
    };
    let sets = read_sets(figure_sets)?;
    Ok(Envelope { sets: Rc::new(sets), carry_forward })
}

/// What a serde type word means to a user: `sequence` → 配列.
fn kind_ja(word: &str) -> &'static str {
    let w = word.trim();
    if w.starts_with("string") || w.starts_with("a string") {
        "文字列"
    } else if w.starts_with("integer") || w.starts_with("a number") || w.starts_with("u64") || w.starts_with("i64") {
        "数値"
    } else if w.starts_with("floating point") {
        "小数"
    } else if w.starts_with("boolean") || w.starts_with("a boolean") {
        "真偽値（true / false）"
    } else if w.starts_with("null") || w.starts_with("unit") {
        "null"
    } else if w.starts_with("sequence") || w.starts_with("a sequence") || w.starts_with("tuple") {
        "配列（[…]）"
    } else if w.starts_with("map")
        || w.starts_with("a map")
        || w.starts_with("struct")
        || has_text(w, "Input")
        || has_text(w, "Request")
    {
        "オブジェクト（{…}）"
    } else {
        "別の形"
    }
}

/// Turns a serde decoding error into a Japanese problem naming the field;
/// serde's English never reaches the user.
fn decode_problem(e: &crate::engine::decode::Error) -> Problem {
    let msg = e.message.as_str();
    let field = e.path.clone().unwrap_or_default();
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        if let Some((got, want)) = crate::engine::rows::split_text(rest, ", expected ") {
            let want = if want.starts_with("a number, a string") {
                "数値・文字列・真偽値のいずれか"
            } else {
                kind_ja(want)
            };
            return Problem::invalid(
                field,
                format!("この項目は{want}で指定してください（{}が指定されました）。", kind_ja(got)),
            );
        }
    }
    if msg.starts_with("invalid length") {
        return Problem::invalid(field, "この項目の要素の数が正しくありません。");
    }
    if has_text(msg, "number too large") || has_text(msg, "out of range") {
        return Problem::out_of_range(field, "この項目の数値が大きすぎます。");
    }
    if msg.starts_with("missing field") {
        return Problem::invalid(field, "この項目を指定してください。");
    }
    if msg.starts_with("unknown variant") {
        return Problem::invalid(field, "この項目の値は選べる値のいずれかで指定してください。");
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or("");
        let field = if field.is_empty() { name.to_string() } else { field };
        return Problem::bad_request(field, format!("「{name}」という項目はありません（綴りを確認してください）。"));
    }
    Problem::bad_request(field, "この項目の形式が正しくありません。")
}

/// Answers one request given as a JSON value: its limits are checked first
/// (size, nesting, lists, texts: refused by name before any work), numbers
/// that are not whole become their exact text, then the calculator answers.
pub fn run_value(v: Value) -> Response {
    if let Err(problems) = limits::check(&v) {
        let name = v.get("calculator").and_then(Value::as_str).unwrap_or("");
        return Response::fail(name, problems);
    }
    let Value::Object(mut obj) = limits::numbers_as_text(v) else {
        return Response::fail(
            "",
            vec![Problem::bad_request("", "リクエストはオブジェクト（{…}）で指定してください。")],
        );
    };
    // The envelope's fields taken, each left as null, which decoding skips
    // (`decode::ENVELOPE`): `BTreeMap::remove`'s rebalancing was ~1.5 KB
    // gzip of every module.
    let mut take = |k: &str| obj.get_mut(k).map(std::mem::take);
    let (calculator, carry_forward, figure_sets) = (take("calculator"), take("carry_forward"), take("figure_sets"));
    let name = match calculator {
        Some(Value::String(s)) => s,
        Some(_) => {
            return Response::fail("", vec![Problem::invalid("calculator", "calculator は文字列で指定してください。")])
        }
        None => {
            return Response::fail(
                "",
                vec![Problem::new(
                    Code::Required,
                    "calculator",
                    format!("calculator を指定してください（{}）。", NAMES_HINT),
                )],
            )
        }
    };
    let env = match read_envelope(carry_forward, figure_sets) {
        Ok(env) => env,
        Err(problems) => return Response::fail(&name, problems),
    };
    match CALCULATORS.iter().find(|c| c.name == name) {
        Some(Calculator { handler: Some(h), .. }) => h(Value::Object(obj), &env),
        Some(_) => Response::fail(&name, vec![elsewhere(&name)]),
        None => Response::fail(
            &name,
            vec![Problem::invalid("calculator", format!("「{name}」という計算はありません（{}）。", NAMES_HINT))],
        ),
    }
}

/// A calculator of another area module (see [`crate::engine::areas`]).
fn elsewhere(name: &str) -> Problem {
    Problem::invalid(
        "calculator",
        format!(
            "「{name}」はこのモジュールでは計算できません。pkg/areas/{}/ のモジュールか、pkg/hoshu.js を使ってください。",
            crate::engine::areas::area_of(name).map_or("", |a| a.name)
        ),
    )
}

/// Where a caller finds the calculators' names (a message never lists codes).
const NAMES_HINT: &str =
    "計算の名前は README の「Calculators」の表、またはコマンド hoshu --list・関数 calculators() の一覧のとおりです";

/// The answer when a JavaScript value cannot be read as JSON at all (a
/// function, a symbol, a BigInt, a cyclic object). `detail` is the decoder's
/// own (English) text: only its gist reaches the user, in Japanese.
pub fn unreadable(detail: &str) -> Response {
    let what = if has_text(detail, "unknown variant") || has_text(detail, "invalid type") {
        "数値・文字列・真偽値・配列・オブジェクト以外の値（関数、Symbol など）が含まれています"
    } else {
        "JSONとして表せない値が含まれています"
    };
    Response::fail("", vec![Problem::bad_request("", format!("リクエスト全体を読み取れません（{what}）。"))])
}

/// The problem for text that is not JSON: where it stops being JSON, in Japanese.
fn not_json(e: &serde_json::Error) -> Problem {
    let why = if e.classify() == serde_json::error::Category::Eof {
        "途中で終わっています"
    } else if has_text(&e.to_string(), "recursion limit") {
        "入れ子が深すぎます"
    } else {
        "書式が正しくありません"
    };
    Problem::bad_request("", format!("JSONとして読めません（{}行{}列目: {why}）。", e.line(), e.column()))
}

/// Parses request text: refused by size first, then as JSON.
fn parse(text: &str) -> Result<Value, Problem> {
    limits::check_text(text)?;
    serde_json::from_str::<Value>(text).map_err(|e| not_json(&e))
}

/// Answers one request given as JSON text.
pub fn run_json(text: &str) -> Response {
    match parse(text) {
        Ok(v) => run_value(v),
        Err(p) => Response::fail("", vec![p]),
    }
}

/// Answers a batch: a JSON array of requests gives an array of responses; a
/// single object gives a single response.
pub fn run_batch_json(text: &str) -> Value {
    match parse(text) {
        Ok(Value::Array(items)) => Value::Array(items.into_iter().map(|v| to_value(&run_value(v))).collect()),
        Ok(v) => to_value(&run_value(v)),
        Err(p) => to_value(&Response::fail("", vec![p])),
    }
}

/// Adds figure sets (`(name, text)`; an empty name: the set's own title) and the carry-forward choice to a request
/// or to each request of a batch (the command line's `--figures`, `--carry-forward`).
pub fn add_options(v: &mut Value, sets: &[(String, String)], carry_forward: bool) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(|x| add_options(x, sets, carry_forward)),
        Value::Object(obj) => {
            if !sets.is_empty() {
                let list = obj.entry("figure_sets").or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = list {
                    for (name, text) in sets {
                        let mut set = serde_json::json!({ "text": text });
                        if !name.is_empty() {
                            set["name"] = Value::String(name.clone());
                        }
                        list.push(set);
                    }
                }
            }
            if carry_forward {
                obj.insert("carry_forward".into(), Value::Bool(true));
            }
        }
        _ => {}
    }
}

/// As [`run_batch_json`], with figure sets and the carry-forward choice added
/// to every request.
pub fn run_batch_json_with(text: &str, sets: &[(String, String)], carry_forward: bool) -> Value {
    match parse(text) {
        Ok(mut v) => {
            add_options(&mut v, sets, carry_forward);
            match v {
                Value::Array(items) => Value::Array(items.into_iter().map(|v| to_value(&run_value(v))).collect()),
                v => to_value(&run_value(v)),
            }
        }
        Err(p) => to_value(&Response::fail("", vec![p])),
    }
}

pub fn to_value(r: &Response) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

/// A registered figure, for pages that offer choices from the data (e.g. the
/// municipalities whose 級地 is known).
#[derive(Clone, Debug, Serialize)]
pub struct FigureInfo {
    pub key: &'static str,
    pub label: &'static str,
    pub value: Option<String>,
    pub unit: &'static str,
    pub status: crate::engine::trace::Status,
    pub from: String,
    pub to: Option<String>,
}

/// Every figure row whose key starts with `prefix.` (all periods).
pub fn figures(prefix: &str) -> Vec<FigureInfo> {
    crate::engine::params::rows_under(prefix)
        .iter()
        .map(|r| FigureInfo {
            key: r.key,
            label: r.note,
            value: r.value.map(|v| v.to_decimal().to_string()),
            unit: r.unit,
            status: r.status,
            from: r.from.to_string(),
            to: r.to.map(|t| t.to_string()),
        })
        .collect()
}

/// Checks a figure set's text when a page loads it (see [`crate::engine::set_text::check`]).
pub fn check_set(text: &str, name: Option<&str>) -> crate::engine::set_text::SetCheck {
    crate::engine::set_text::check(name, text)
}

/// What saving typed figures answers: the set's new text, or why not.
#[derive(Clone, Debug, Serialize)]
pub struct Saved {
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub problems: Vec<Problem>,
}

/// Saves the figures a user typed into a set: `{ existing?, header, figures:
/// [{ key, value, month }] }` → the set's text (see [`crate::engine::set_text::save`]).
pub fn save_figures(v: Value) -> Saved {
    #[derive(Default)]
    struct Req {
        existing: Option<String>,
        header: crate::engine::set_text::SetHeader,
        figures: Vec<crate::engine::set_text::TypedFigure>,
    }
    crate::decode_fields! { Req lenient { existing, header, figures } }
    let fail = |problems| Saved { ok: false, text: None, problems };
    if let Err(ps) = limits::check(&v) {
        return fail(ps);
    }
    let req: Req = match crate::engine::decode::from_value(limits::numbers_as_text(v)) {
        Ok(r) => r,
        Err(e) => return fail(vec![decode_problem(&e)]),
    };
    match crate::engine::set_text::save(req.existing.as_deref(), &req.header, &req.figures) {
        Ok(text) => Saved { ok: true, text: Some(text), problems: Vec::new() },
        Err(problems) => fail(problems),
    }
}

/// The coverage of every calculator (see [`crate::coverage`]), with what the
/// given sets (`[{ name?, text }]`; those that cannot be read are left out) fill.
pub fn coverage(sets: Value) -> crate::coverage::Coverage {
    let sets: Vec<FigureSet> = match sets {
        Value::Array(items) => items
            .iter()
            .filter_map(|item| {
                let text = item.get("text")?.as_str()?;
                let name = item.get("name").and_then(Value::as_str);
                FigureSet::parse(name, text, "text").ok()
            })
            .collect(),
        _ => Vec::new(),
    };
    let offered: Vec<_> = CALCULATORS.iter().map(|c| (c.name, c.title)).collect();
    crate::coverage::coverage(&sets, &offered)
}

/// The list of calculators, for pages and the command line.
pub fn catalog() -> Vec<(&'static str, &'static str)> {
    CALCULATORS.iter().filter(|c| c.here()).map(|c| (c.name, c.title)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_calculator_and_field_are_named() {
        let r = run_value(json!({"calculator": "nope"}));
        assert!(!r.ok);
        assert_eq!(r.problems[0].field, "calculator");
        let r = run_value(json!({"calculator": "seikatsu_kaigo.day", "offise": {}}));
        assert_eq!(r.problems[0].field, "offise");
        assert!(r.problems[0].message.contains("offise"));
        let r = run_value(json!({"calculator": "seikatsu_kaigo.day", "office": {"capasity": 1}}));
        assert_eq!(r.problems[0].field, "office.capasity");
    }

    #[test]
    fn float_numbers_are_refused_with_a_named_field() {
        let r = run_value(json!({"calculator": "seikatsu_kaigo.day", "office": {"capacity": 20.5}}));
        // Read exactly (never through binary floating point) and answered on its field.
        let p = r.problems.iter().find(|p| p.field == "office.capacity");
        assert_eq!(p.map(|p| p.code), Some(Code::Invalid));
        assert!(p.is_some_and(|p| p.message.contains("20.5")));
    }

    #[test]
    fn not_an_object() {
        assert!(!run_json("[1]").ok);
        assert!(!run_json("{").ok);
        assert_eq!(run_batch_json("[{}, {}]").as_array().map(|a| a.len()), Some(2));
    }
}
