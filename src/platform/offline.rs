//! The offline copy: register the service worker (`sw.js`, written into `dist/` by
//! `scripts/postbuild.mjs`) and tell the reader what they need to know — the copy is being
//! saved, it is saved, the browser refused it, or a new version is ready.
//!
//! A new version never replaces the running one by itself: it waits until the reader accepts,
//! then the page reloads once the new worker has taken over.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// What the reader is told about the offline copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offline {
    /// Registering, or saving the first copy.
    Saving,
    /// Every file of this version is saved: the app works with the network off.
    Ready,
    /// No offline copy, and why, in plain words.
    Unavailable(String),
}

/// In the app's [`crate::ui::app::AppContext`]: the footer shows `status`, the update notice
/// shows `update`.
#[derive(Clone, Copy)]
pub struct OfflineState {
    pub status: RwSignal<Offline>,
    /// A new version is saved and waits for the reader to accept it.
    pub update: RwSignal<bool>,
}

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

impl OfflineState {
    /// Start registering the service worker; the signals follow what happens.
    pub fn start() -> OfflineState {
        let state = OfflineState {
            status: RwSignal::new(Offline::Saving),
            update: RwSignal::new(false),
        };
        state.register();
        state
    }

    fn register(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
            self.status
                .set(Offline::Unavailable(if window.is_secure_context() {
                    "this browser cannot keep an offline copy".into()
                } else {
                    "an offline copy needs the page served over HTTPS".into()
                }));
            return;
        }
        let options = web_sys::RegistrationOptions::new();
        // Always ask the server for sw.js itself, whatever HTTP caching says: updates arrive.
        options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
        let promise = navigator
            .service_worker()
            .register_with_options("./sw.js", &options);
        leptos::task::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(registration) => self.watch(registration.unchecked_into()),
                Err(e) => self.status.set(Offline::Unavailable(format!(
                    "the browser refused to store it ({})",
                    describe(&e)
                ))),
            }
        });
    }

    fn watch(self, registration: ServiceWorkerRegistration) {
        let controlled = has_controller();
        if registration.active().is_some() {
            self.status.set(Offline::Ready);
        }
        if registration.waiting().is_some() && controlled {
            self.update.set(true);
        }
        if let Some(worker) = registration.installing() {
            self.follow(worker);
        }
        let reg = registration.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = reg.installing() {
                self.follow(worker);
            }
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
        check_for_updates();
    }

    /// Follow one installing worker to the end of its installation.
    fn follow(self, worker: ServiceWorker) {
        let w = worker.clone();
        let on_state = Closure::<dyn Fn()>::new(move || match w.state() {
            // Saved while an older version runs this page: offer the new one.
            ServiceWorkerState::Installed if has_controller() => self.update.set(true),
            ServiceWorkerState::Activated => self.status.set(Offline::Ready),
            ServiceWorkerState::Redundant if self.status.get_untracked() != Offline::Ready => {
                self.status.set(Offline::Unavailable(
                    "saving it failed: the browser may be out of storage space or refusing it"
                        .into(),
                ))
            }
            _ => {}
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    }

    /// The reader accepted the new version: let it take over, then reload into it.
    pub fn accept_update(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
        let Some(waiting) = waiting else {
            // Nothing waits any more (another tab accepted it): a reload shows the new version.
            let _ = window.location().reload();
            return;
        };
        let reload = Closure::<dyn Fn()>::new(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        window
            .navigator()
            .service_worker()
            .set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"lede:skip-waiting".into());
        let _ = waiting.post_message(&message);
    }
}

/// The browser looks for a new `sw.js` only when a page loads, and Lede's views change only the
/// hash: so look again whenever the reader comes back to the tab, and every half hour.
fn check_for_updates() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let check = Closure::<dyn Fn()>::new(|| {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| !d.hidden());
        let registration = REGISTRATION.with(|r| r.borrow().clone());
        if let (true, Some(reg)) = (visible, registration)
            && let Ok(promise) = reg.update()
        {
            // Offline, the check fails: that is expected, and nothing to report.
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    });
    if let Some(document) = window.document() {
        let _ = document
            .add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
    }
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        check.as_ref().unchecked_ref(),
        30 * 60 * 1000,
    );
    check.forget();
}

fn has_controller() -> bool {
    web_sys::window()
        .map(|w| w.navigator().service_worker().controller().is_some())
        .unwrap_or(false)
}

/// A JavaScript error as "Name: message" (without a closing full stop, as it goes inside a
/// sentence), or whatever it says of itself.
fn describe(e: &JsValue) -> String {
    let text = match e.dyn_ref::<js_sys::Error>() {
        Some(err) => format!(
            "{}: {}",
            String::from(err.name()),
            String::from(err.message())
        ),
        None => e.as_string().unwrap_or_else(|| "unknown error".into()),
    };
    text.trim_end_matches('.').to_string()
}
