//! The WebAssembly facade: converts between JavaScript values and the core's
//! JSON values, and nothing else. All rules live in the core.
//!
//! A request is read by a bounded walk of the JavaScript value (depth, number
//! of values and list lengths are limited before anything deep is touched), so
//! a cyclic or 10,000-deep object, a Symbol, a function, a BigInt, NaN or
//! Infinity is answered with a named problem and the instance keeps working.
//! Responses cross the boundary as JSON text parsed by the browser
//! (`JSON.parse`, no eval): measured faster than converting object by object.

use crate::api::{self, Response};
use crate::engine::input::{item_field, key_field};
use crate::engine::limits::{list_limit, MAX_DEPTH, MAX_NODES};
use crate::engine::problem::{Code, Problem};
use js_sys::{Array, Object, Reflect, JSON};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../types/hoshu-types.d.ts");

/// A value serialised to JSON text and parsed by the browser.
fn to_js<T: Serialize>(v: &T) -> JsValue {
    // Serialising plain data (strings, integers, lists, maps) cannot fail,
    // and JSON.parse of serde_json's own output cannot either.
    match serde_json::to_string(v) {
        Ok(text) => JSON::parse(&text).unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

struct Walk {
    nodes: usize,
}

fn refuse(field: &str, message: &str) -> Problem {
    Problem::new(Code::Invalid, field, message)
}

impl Walk {
    /// One JavaScript value as JSON, or the problem that names where it is not data.
    fn value(&mut self, v: &JsValue, field: &str, name: &str, depth: usize) -> Result<Value, Problem> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Problem::new(Code::OutOfRange, "", "リクエスト全体が大きすぎます。分けて計算してください。"));
        }
        if depth > MAX_DEPTH {
            return Err(Problem::new(
                Code::BadRequest,
                field,
                format!("入れ子が深すぎます（{MAX_DEPTH}段まで）。循環する参照がないかも確認してください。"),
            ));
        }
        if v.is_null() || v.is_undefined() {
            return Ok(Value::Null);
        }
        if let Some(b) = v.as_bool() {
            return Ok(Value::Bool(b));
        }
        if let Some(s) = v.as_string() {
            return Ok(Value::String(s));
        }
        match v.js_typeof().as_string().as_deref() {
            Some("number") => self.number(v, field),
            Some("bigint") => Err(refuse(field, "BigInt は使えません。数値か文字列で指定してください。")),
            Some("symbol") => Err(refuse(field, "Symbol は使えません。数値か文字列で指定してください。")),
            Some("function") => Err(refuse(field, "関数は使えません。値を指定してください。")),
            _ if Array::is_array(v) => self.array(v.unchecked_ref(), field, name, depth),
            _ => self.object(v, field, depth),
        }
    }

    fn number(&mut self, v: &JsValue, field: &str) -> Result<Value, Problem> {
        if !js_sys::Number::is_finite(v) {
            return Err(refuse(field, "数値でない値（NaN・Infinity）は使えません。"));
        }
        let n: &js_sys::Number = v.unchecked_ref();
        let text = n.to_string_with_radix(10).map(String::from).unwrap_or_default();
        // A whole number as such; `1e+21`, `0.1` as their exact text, which
        // the core reads exactly (never as a binary float).
        Ok(match text.parse::<i64>() {
            Ok(i) => Value::from(i),
            Err(_) => Value::String(text),
        })
    }

    fn array(&mut self, a: &Array, field: &str, name: &str, depth: usize) -> Result<Value, Problem> {
        let (max, ja) = list_limit(name);
        let n = a.length() as usize;
        if n > max {
            return Err(Problem::new(
                Code::OutOfRange,
                field,
                format!("{ja}は{max}件までです（{n}件）。分けて計算してください。"),
            ));
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            out.push(self.value(&a.get(i as u32), &item_field(field, i), name, depth + 1)?);
        }
        Ok(Value::Array(out))
    }

    fn object(&mut self, v: &JsValue, field: &str, depth: usize) -> Result<Value, Problem> {
        let Some(obj) = v.dyn_ref::<Object>() else {
            return Err(refuse(field, "この値は使えません。"));
        };
        let proto = Object::get_prototype_of(v);
        if !(proto.is_null() || proto == Object::get_prototype_of(&Object::new())) {
            return Err(refuse(
                field,
                "オブジェクト（{…}）・配列・数値・文字列・真偽値で指定してください（日付は「2024-06-03」のような文字列で）。",
            ));
        }
        let keys = Object::keys(obj);
        let mut out = Map::new();
        for k in keys.iter() {
            let key = k.as_string().unwrap_or_default();
            let f = key_field(field, &key);
            let x = Reflect::get(v, &k).map_err(|_| refuse(&f, "この項目の値を読み取れません。"))?;
            if x.is_undefined() {
                continue;
            }
            let val = self.value(&x, &f, &key, depth + 1)?;
            out.insert(key, val);
        }
        Ok(Value::Object(out))
    }
}

/// Answers one request (`{ calculator: "seikatsu_kaigo.month", … }`).
/// Never throws: every problem is in the response's `problems`, and no input
/// can leave the instance unable to answer the next call.
#[wasm_bindgen(js_name = calculate, unchecked_return_type = "Response")]
pub fn calculate(#[wasm_bindgen(unchecked_param_type = "Request")] request: JsValue) -> JsValue {
    begin_call();
    let resp = match (Walk { nodes: 0 }).value(&request, "", "", 0) {
        Ok(v) => api::run_value(v),
        Err(p) => Response::refuse(p),
    };
    to_js(&resp)
}

/// A call's memory begins here (the area modules' allocator: `heap`).
fn begin_call() {
    #[cfg(not(feature = "full"))]
    {
        crate::engine::params::warm();
        heap::epoch();
    }
}

/// Answers one request given as JSON text, as JSON text (the fastest path for
/// callers that already hold JSON). Only in `pkg/hoshu.js` (the site's area
/// modules pass objects, and leave the JSON text parser out).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = calculateJson)]
pub fn calculate_json(request: &str) -> String {
    serde_json::to_string(&api::run_json(request)).unwrap_or_default()
}

/// The calculators offered: `[[name, title], …]`.
#[wasm_bindgen(js_name = calculators, unchecked_return_type = "Array<[string, string]>")]
pub fn calculators() -> JsValue {
    to_js(&api::catalog())
}

/// The product version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    api::VERSION.to_string()
}

/// `"2024-06"` → `"令和6年6月"`; `"2024-06-03"` → `"令和6年6月3日"`; anything else → `""`.
#[wasm_bindgen(js_name = wareki)]
pub fn wareki(text: &str) -> String {
    crate::engine::date::wareki_text(text)
}

/// The registered figures under a key prefix (`"money.grade"`): key, label,
/// value, unit, status and period of each row.
#[wasm_bindgen(js_name = figures, unchecked_return_type = "FigureInfo[]")]
pub fn figures(prefix: &str) -> JsValue {
    to_js(&api::figures(prefix))
}

/// Checks a figure set (資料セット) a page loaded: its summary, or each bad
/// row by line and column; the rows an official figure overrides.
#[wasm_bindgen(js_name = checkFigureSet, unchecked_return_type = "FigureSetCheck")]
pub fn check_figure_set(text: &str, name: Option<String>) -> JsValue {
    to_js(&api::check_set(text, name.as_deref()))
}

/// Saves the figures a user typed into a figure set's text
/// (`{ existing?, header, figures: [{ key, value, month }] }`). Only in the
/// modules holding every table (`pkg/hoshu.js` and the coverage area, which
/// a page loads when the user saves).
#[cfg(feature = "area-coverage")]
#[wasm_bindgen(js_name = saveFigures, unchecked_return_type = "SavedFigures")]
pub fn save_figures(#[wasm_bindgen(unchecked_param_type = "SaveFiguresRequest")] request: JsValue) -> JsValue {
    begin_call();
    match (Walk { nodes: 0 }).value(&request, "", "", 0) {
        Ok(v) => to_js(&api::save_figures(v)),
        Err(p) => to_js(&api::Saved { ok: false, text: None, problems: vec![p] }),
    }
}

/// Which figures each calculator reads are official, secondary, missing or
/// past their table's end, by 年度; and what the given sets fill. (Only in
/// the modules holding every table: `pkg/hoshu.js` and the coverage area.)
#[cfg(feature = "area-coverage")]
#[wasm_bindgen(js_name = coverage, unchecked_return_type = "Coverage")]
pub fn coverage(#[wasm_bindgen(unchecked_param_type = "FigureSetInput[] | undefined")] sets: JsValue) -> JsValue {
    begin_call();
    let v = (Walk { nodes: 0 }).value(&sets, "figure_sets", "figure_sets", 0).unwrap_or(Value::Null);
    to_js(&api::coverage(v))
}

/// The 祝日・休日 of a month (`"2026-11"`): `[{ date, name }]`; `[]` for text
/// that is not a month. Only in the modules whose page shows them (生活介護's
/// days) and `pkg/hoshu.js`.
#[cfg(feature = "area-seikatsu_kaigo")]
#[wasm_bindgen(js_name = holidays, unchecked_return_type = "Holiday[]")]
pub fn holidays(month: &str) -> JsValue {
    let list =
        crate::engine::date::YearMonth::parse(month).map(crate::engine::holidays::holidays_in).unwrap_or_default();
    to_js(&list)
}

/// The site's area modules' memory allocator (`crate::heap`: blocks of a
/// power of two bytes, in place of dlmalloc, ~3 KB gzip less) over this
/// module's memory. (WebAssembly here runs one thread: no locking.) Not in
/// the whole core (`full`, pkg/hoshu.js, built for speed), which keeps
/// dlmalloc (README「性能」).
#[cfg(not(feature = "full"))]
mod heap {
    use crate::heap::{Heap, Memory};
    use std::alloc::{GlobalAlloc, Layout};
    use std::cell::UnsafeCell;
    use std::ptr::null_mut;

    /// WebAssembly's memory 0.
    struct Wasm;

    impl Memory for Wasm {
        fn grow(&mut self, pages: usize) -> Option<usize> {
            match core::arch::wasm32::memory_grow(0, pages) {
                usize::MAX => None,
                prev => prev.checked_mul(crate::heap::PAGE),
            }
        }
    }

    struct Global(UnsafeCell<Heap<Wasm>>);

    // SAFETY: wasm32-unknown-unknown without threads: one thread only.
    unsafe impl Sync for Global {}

    #[global_allocator]
    static HEAP: Global = Global(UnsafeCell::new(Heap::new(Wasm)));

    /// Begins an epoch: see `crate::heap`.
    pub fn epoch() {
        // SAFETY: one thread; no allocation is under way.
        unsafe { (*HEAP.0.get()).epoch() }
    }

    fn ptr(p: Option<usize>) -> *mut u8 {
        p.map_or(null_mut(), |p| p as *mut u8)
    }

    // SAFETY: `Heap` hands out blocks of at least the layout's size, at its
    // alignment, each once until it is given back (src/heap.rs, tested on
    // the host); the standard library gives back each block with its layout.
    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            ptr((*self.0.get()).alloc(layout.size(), layout.align()))
        }

        unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
            (*self.0.get()).dealloc(p as usize, layout.size(), layout.align())
        }

        unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            ptr((*self.0.get()).realloc(p as usize, layout.size(), layout.align(), new_size))
        }
    }
}
