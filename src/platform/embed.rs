//! Embedding: `?embed` (or an `embed` key in the hash) asks for the compact view, and the
//! embedded page tells its parent how tall its content is.
//!
//! The height goes to the parent as `{type: "lede:height", height}` (CSS pixels, measured from
//! the app's own box, never the viewport, so setting the iframe's height cannot make the
//! content grow), and only when it changes. The one message accepted from the parent is
//! `{type: "lede:measure"}` ("post your height again"), and only from the parent window — and
//! from the origin named by `?origin=…` when the embed code names one; anything else is
//! ignored.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{Element, MessageEvent, ResizeObserver, UrlSearchParams, Window};

fn search_params(window: &Window) -> Option<UrlSearchParams> {
    UrlSearchParams::new_with_str(&window.location().search().ok()?).ok()
}

/// Whether the page was opened as an embed. An `embed` key in the hash is moved to the query
/// string, where links inside the embed (which set only the hash) cannot drop it.
pub fn requested() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    if search_params(&window).is_some_and(|p| p.has("embed")) {
        return true;
    }
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    let pairs: Vec<&str> = hash.trim_start_matches('#').split('&').collect();
    if !pairs
        .iter()
        .any(|p| *p == "embed" || p.starts_with("embed="))
    {
        return false;
    }
    let rest: Vec<&str> = pairs
        .into_iter()
        .filter(|p| !p.is_empty() && *p != "embed" && !p.starts_with("embed="))
        .collect();
    let search = location.search().unwrap_or_default();
    let query = if search.len() > 1 {
        format!("{search}&embed")
    } else {
        "?embed".to_string()
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{query}#{}", rest.join("&"))),
        );
    }
    true
}

/// This page's folder, e.g. `https://example.org/tools/lede/`.
pub fn base_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}")
}

/// The full reader (no `?embed`) at the current view.
pub fn full_reader_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    )
}

/// Report `root`'s height to the parent window whenever it changes, and answer the parent's
/// `lede:measure`. Does nothing when the page is not in a frame.
pub fn report_height(root: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    // "*" unless the embed code named the host's origin: the height is not a secret, and the
    // host's origin is otherwise unknown.
    let origin = search_params(&window)
        .and_then(|p| p.get("origin"))
        .filter(|o| !o.is_empty());
    let target = origin.clone().unwrap_or_else(|| "*".into());
    let last = Rc::new(Cell::new(-1.0_f64));
    let post = {
        let root = root.clone();
        let parent = parent.clone();
        let last = last.clone();
        Rc::new(move |force: bool| {
            let rect = root.get_bounding_client_rect();
            let scroll = web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0);
            let height = (rect.bottom() + scroll).max(0.0).ceil();
            if !force && height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"lede:height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, &target);
        })
    };

    let on_resize = {
        let post = post.clone();
        Closure::<dyn Fn()>::new(move || post(false))
    };
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        // Lives as long as the page: the observer and its callback are never released.
        std::mem::forget(observer);
    }
    on_resize.forget();
    post(false);

    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        let origin_ok = origin.as_deref().is_none_or(|o| ev.origin() == o);
        if from_parent && origin_ok && is_measure(&ev.data()) {
            post(true);
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// Exactly `{type: "lede:measure"}`: a plain object whose only key is `type`.
fn is_measure(data: &JsValue) -> bool {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return false;
    }
    let keys = js_sys::Object::keys(data.unchecked_ref::<js_sys::Object>());
    keys.length() == 1
        && js_sys::Reflect::get(data, &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == "lede:measure")
}
