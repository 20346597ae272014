//! What the reader is told about the offline copy: a line in the footer ("Available offline",
//! or why not), and a notice when a new version is ready, which reloads only when accepted.

use super::listen;
use crate::platform::offline::Offline;
use leptos::prelude::*;

/// The footer's line about the offline copy.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let state = crate::ui::app::shared().offline;
    view! {
        <p class="offline-status" role="status" data-testid="offline-status">
            {move || match state.status.get() {
                Offline::Saving => "Saving a copy for offline use…".to_string(),
                Offline::Ready => "Available offline: this page, every dispatch and every feature work without a network.".to_string(),
                Offline::Unavailable(why) => format!("Not available offline: {why}. Lede still works while you are online."),
            }}
        </p>
    }
}

/// "A new version is ready — reload", until the reader reloads or dismisses it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = crate::ui::app::shared().offline;
    let dismissed = RwSignal::new(false);
    let reloading = RwSignal::new(false);
    super::dynamic(move || {
        (state.update.get() && !dismissed.get()).then(|| {
            view! {
                <div class="update-notice" role="status" data-testid="update-notice">
                    <p>"A new version of Lede is ready."</p>
                    <button
                        type="button"
                        data-testid="update-reload"
                        // `Some("")` sets it, `None` removes it: the same code as aria-current's,
                        // where a bool would need its own.
                        disabled=move || reloading.get().then_some("")
                        {..listen("click", move |_| {
                            reloading.set(true);
                            state.accept_update();
                        })}
                    >
                        {move || String::from(if reloading.get() { "Reloading…" } else { "Reload" })}
                    </button>
                    <button type="button" class="quiet" {..listen("click", move |_| dismissed.set(true))}>
                        "Later"
                    </button>
                </div>
            }
            .into_any()
        })
    })
}
