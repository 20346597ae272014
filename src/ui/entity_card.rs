//! The entity card: what a highlighted name is, shown on hover and keyboard focus next to the
//! name — canonical name and type, a one-line description, the spellings each source used,
//! why they were merged, how often the corpus names it, and a link to every mention.

use super::block_view::type_label;
use crate::core::corpus;
use crate::core::export::Value;
use crate::core::num::fixed;
use crate::core::route::Route;
use leptos::prelude::*;

/// Which entity the card shows, the mention's text, and where to put the card (page
/// coordinates of the mention's bottom-left corner).
#[derive(Clone, Debug, PartialEq)]
pub struct CardAt {
    pub entity: String,
    pub spelling: String,
    pub top: f64,
    pub left: f64,
    /// Near the bottom of the window the card opens above the name.
    pub above: bool,
    /// The room on that side (px): a short window (an embed) scrolls the card within it
    /// rather than cutting it off.
    pub room: f64,
}

/// The card's state (in the app's [`super::app::AppContext`]): the mention links set it, the
/// card reads it.
#[derive(Clone, Copy)]
pub struct CardState {
    pub at: RwSignal<Option<CardAt>>,
    /// The pointer is over the card: leaving the mention for the card keeps it open.
    pub hovered: RwSignal<bool>,
}

impl CardState {
    pub fn new() -> Self {
        CardState {
            at: RwSignal::new(None),
            hovered: RwSignal::new(false),
        }
    }

    /// Show the card for a mention element.
    pub fn show(&self, el: &web_sys::Element, entity: &str) {
        let rect = el.get_bounding_client_rect();
        let window = web_sys::window();
        let (sx, sy) = window
            .as_ref()
            .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
            .unwrap_or_default();
        let height = window
            .and_then(|w| w.inner_height().ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(f64::MAX);
        // A card is about 260 px tall: open it upwards when there is no room below and more
        // room above.
        let (below, over) = (height - rect.bottom() - 12.0, rect.top() - 12.0);
        let above = below < 260.0 && over > below;
        self.at.set(Some(CardAt {
            entity: entity.to_string(),
            spelling: el.text_content().unwrap_or_default(),
            top: if above {
                rect.top() + sy - 6.0
            } else {
                rect.bottom() + sy + 6.0
            },
            left: rect.left() + sx,
            above,
            room: if above { over } else { below },
        }));
    }

    /// Hide the card soon, unless the pointer moves onto it.
    pub fn hide_soon(&self) {
        let state = *self;
        gloo::timers::callback::Timeout::new(250, move || {
            if !state.hovered.get_untracked() {
                state.at.set(None);
            }
        })
        .forget();
    }
}

impl Default for CardState {
    fn default() -> Self {
        Self::new()
    }
}

/// The link that adds an entity to the filter on screen, if one is and it lacks that entity.
fn add_to_filter(route: RwSignal<Route>, id: &str) -> Option<String> {
    route.with_untracked(|r| {
        let q = &r.query;
        (!q.is_empty() && !q.entities.iter().any(|e| e == id)).then(|| {
            let mut next = r.clone();
            next.query.entities.push(id.to_string());
            next.to_hash()
        })
    })
}

#[component]
pub fn EntityCard(route: RwSignal<Route>) -> impl IntoView {
    let state = super::app::shared().card;
    super::dynamic(move || {
        let at = state.at.get()?;
        let ann = corpus::annotated();
        let e = ann.entity(&at.entity)?;
        let kind = e.kind.as_str().to_ascii_lowercase();
        let description = (!e.description.is_empty()).then(|| e.description.clone());
        let spellings = corpus::index().spellings(&e.id);
        let also: Vec<String> = spellings
            .iter()
            .filter(|(s, _)| *s != e.name)
            .map(|(s, sources)| format!("{s} ({})", sources.join(", ")))
            .collect();
        let why = e
            .why
            .iter()
            .find(|w| w.starts_with(&format!("{}:", at.spelling)))
            .or(e.why.first())
            .cloned();
        let detail = match (&e.value, e.unit, e.oblast.as_ref(), e.lat.zip(e.lon)) {
            (Some(Value::Text(iso)), _, _, _) => Some(format!("{iso} · from “{}”", at.spelling)),
            (Some(Value::Number(_)), Some(unit), _, _) => Some(format!(
                "“{}” ≈ {} ({unit})",
                at.spelling,
                e.name.trim_start_matches('≈')
            )),
            (_, _, Some(oblast), Some((lat, lon))) => Some(format!(
                "{oblast} · {}°N, {}°E",
                fixed(lat, 2),
                fixed(lon, 2)
            )),
            (_, _, None, Some((lat, lon))) => {
                Some(format!("{}°N, {}°E", fixed(lat, 2), fixed(lon, 2)))
            }
            _ => None,
        };
        let counts = format!(
            "{} mention{} in {} dispatch{}",
            e.mentions,
            if e.mentions == 1 { "" } else { "s" },
            e.articles,
            if e.articles == 1 { "" } else { "es" }
        );
        let width = 320.0;
        let max_left = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .map_or(at.left, |w| (w - width - 8.0).max(8.0));
        // Positioned through the CSS object model (`style:`), not a style attribute, so a
        // Content-Security-Policy without 'unsafe-inline' allows it.
        let top = format!("{}px", fixed(at.top, 0));
        let left = format!("{}px", fixed(at.left.min(max_left).max(8.0), 0));
        Some(view! {
            <aside
                id="entity-card"
                class=format!("entity-card card-{kind}{}", if at.above { " above" } else { "" })
                style:top=top
                style:left=left
                style:max-height=format!("{}px", fixed(at.room.max(48.0), 0))
                role="region"
                aria-label=format!("About {}", e.name)
                data-testid="entity-card"
                {..super::listen("mouseenter", move |_| state.hovered.set(true))}
                {..super::listen("mouseleave", move |_| {
                    state.hovered.set(false);
                    state.at.set(None);
                })}
            >
                <p class="card-type">{type_label(&kind)}</p>
                <p class="card-name">{e.name.clone()}</p>
                {description.map(|d| view! { <p class="card-desc">{d}</p> }.into_any())}
                {detail.map(|d| view! { <p class="card-detail">{d}</p> }.into_any())}
                {(!also.is_empty()).then(|| view! {
                    <p class="card-also"><span class="card-label">"Also spelled: "</span>{also.join(" · ")}</p>
                }.into_any())}
                {why.map(|w| view! { <p class="card-why"><span class="card-label">"Why: "</span>{w}</p> }.into_any())}
                <p class="card-counts">
                    {counts} " · "
                    <a href=Route::entity(&e.id).to_hash()>"Show every mention"</a>
                </p>
                {add_to_filter(route, &e.id).map(|href| view! {
                    <p class="card-counts">
                        <a href=href data-testid="add-to-filter">"Add to this filter"</a>
                    </p>
                }.into_any())}
            </aside>
        }
        .into_any())
    })
}
