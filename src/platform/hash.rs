//! The location hash as a [`Route`]: read it, and follow it as it changes (links, Back, Forward).

use crate::core::route::Route;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;

thread_local! {
    /// An address update waiting for typing to pause: the route, the hash it replaces, the timer.
    static PENDING: RefCell<Option<(Route, String, Timeout)>> = const { RefCell::new(None) };
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The route the current location hash names.
pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_hash(&hash)
}

/// Show `route` in the address bar (as [`replace`]) once 250 ms pass without another call:
/// writing the address costs more than a keystroke's filtering. Dropped if the address changes
/// meanwhile (a link, Back); written at once by [`navigate`], which compares with it.
pub fn replace_soon(route: Route) {
    let under = location_hash();
    let timer = Timeout::new(250, flush);
    PENDING.with(|p| *p.borrow_mut() = Some((route, under, timer)));
}

/// Write the pending address update now, unless the address changed since it was asked for.
fn flush() {
    if let Some((route, under, _timer)) = PENDING.with(|p| p.borrow_mut().take())
        && location_hash() == under
    {
        replace(&route);
    }
}

/// Go to `route` as a new history entry (so Back returns), unless it is already current.
pub fn navigate(route: &Route) {
    flush();
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
