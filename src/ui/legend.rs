//! The highlight key, with a toggle per entity type. Which types are hidden persists in the
//! browser's local storage and applies wherever highlights are shown.

use super::CollectAny;
use super::listen;
use crate::platform::storage;
use leptos::prelude::*;

/// The entity types, as (CSS kind, label).
pub const TYPES: &[(&str, &str)] = &[
    ("person", "People"),
    ("place", "Places"),
    ("org", "Organisations"),
    ("date", "Dates"),
    ("quantity", "Figures"),
];

const KEY: &str = "lede.hiddenTypes";

/// Which highlight types are switched off (in the app's [`crate::ui::app::AppContext`]).
#[derive(Clone, Copy)]
pub struct Hidden(pub RwSignal<Vec<String>>);

impl Hidden {
    /// Read the saved choice and save every change.
    pub fn load() -> Hidden {
        let saved = storage::get(KEY).unwrap_or_default();
        let hidden = RwSignal::new(
            saved
                .split(',')
                .filter(|k| TYPES.iter().any(|(t, _)| t == k))
                .map(str::to_string)
                .collect::<Vec<_>>(),
        );
        super::effect(move || storage::set(KEY, &hidden.get().join(",")));
        Hidden(hidden)
    }

    /// Classes for a container: `hide-person` etc., which switch those highlights off.
    pub fn classes(&self) -> String {
        self.0
            .get()
            .iter()
            .map(|k| format!("hide-{k}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let hidden = super::app::shared().hidden;
    let items = TYPES
        .iter()
        .map(|&(kind, label)| {
            let on = move || !hidden.0.get().iter().any(|k| k == kind);
            view! {
                <button
                    type="button"
                    class="legend-item"
                    aria-pressed=move || on().to_string()
                    data-testid=format!("toggle-{kind}")
                    {..listen("click", move |_| {
                        hidden.0.update(|h| {
                            if let Some(i) = h.iter().position(|k| k == kind) {
                                h.remove(i);
                            } else {
                                h.push(kind.to_string());
                            }
                        })
                    })}
                >
                    <span class=format!("m m-{kind}")>{label}</span>
                </button>
            }
        })
        .collect_any();
    view! {
        <div class="legend" role="group" aria-label="Highlight these">
            {items}
        </div>
    }
}
