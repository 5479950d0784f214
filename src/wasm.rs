//! The WebAssembly facade: converts between JavaScript values and the core's
//! JSON values, and nothing else. All rules live in the core.

use crate::api;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../types/hoshu-types.d.ts");

fn to_js<T: Serialize>(v: &T) -> JsValue {
    // Serialising plain data (strings, integers, arrays, maps) cannot fail.
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// Answers one request (`{ calculator: "seikatsu_kaigo.month", … }`).
/// Never throws: every problem is in the response's `problems`.
#[wasm_bindgen(js_name = calculate, unchecked_return_type = "Response")]
pub fn calculate(#[wasm_bindgen(unchecked_param_type = "Request")] request: JsValue) -> JsValue {
    let resp = match serde_wasm_bindgen::from_value::<serde_json::Value>(request) {
        Ok(v) => api::run_value(v),
        // The value cannot be read as JSON data at all (a function, a symbol,
        // a BigInt…): answered as such, never as an unknown calculator.
        Err(e) => api::unreadable(&e.to_string()),
    };
    to_js(&resp)
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
