//! The location hash as a [`Route`]: read it, and follow it as it changes (links, Back, Forward).

use crate::core::route::Route;

/// The route the current location hash names.
pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_hash(&hash)
}

/// Go to `route` as a new history entry (so Back returns), unless it is already current.
pub fn navigate(route: &Route) {
    if current_route() == *route {
        return;
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}

/// Show `route` in the address bar without a new history entry (and without a hashchange).
pub fn replace(route: &Route) {
    if let Some(w) = web_sys::window()
        && let Ok(history) = w.history()
    {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.to_hash()),
        );
    }
}
