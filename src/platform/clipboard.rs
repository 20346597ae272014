//! Copying text for the reader. The asynchronous clipboard needs a secure context and the
//! reader's permission; when it is missing or refuses, say why, so the UI can show the text to
//! copy by hand instead.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub async fn copy(text: &str) -> Result<(), String> {
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or("this browser gives pages no clipboard here")?;
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "the browser refused".into())
        })
}
