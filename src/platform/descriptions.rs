//! The gazetteer's one-line descriptions ("President of Ukraine since 2019"), which only the
//! entity card shows: fetched from `descriptions.txt` beside the app the first time a card
//! opens, so that they are not part of the first load (the service worker keeps the file for
//! offline use like every other). The native build has them compiled in.

use crate::core::gazetteer;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the descriptions are.
#[derive(Clone, Debug, PartialEq)]
pub enum Descriptions {
    NotAsked,
    Loading,
    Ready,
    /// Why they could not be had.
    Failed(String),
}

/// Fetch the descriptions and give them to the gazetteer.
pub async fn fetch() -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str("descriptions.txt"))
        .await
        .map_err(|e| error_text(&e, "the network request failed"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| error_text(&e, "no body"))?)
        .await
        .map_err(|e| error_text(&e, "the download broke off"))?
        .as_string()
        .ok_or("the answer was not text")?;
    if gazetteer::set_descriptions(text) {
        Ok(())
    } else {
        Err("the file is not this version's".into())
    }
}

fn error_text(e: &wasm_bindgen::JsValue, otherwise: &str) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| otherwise.to_string())
}
