//! The filtered view: every paragraph in the corpus that mentions the chosen entities or
//! matches the search, with its article, source and date, and the mentions highlighted —
//! narrowed by source, by the types of thing a paragraph names, and by the dispatches' dates.

use super::CollectAny;
use super::block_view::{MentionArea, highlighted};
use super::legend::Legend;
use super::listen;
use crate::core::corpus;
use crate::core::dates::Date;
use crate::core::entity::EntityType;
use crate::core::filter::{Query, filter, toggled};
use crate::core::route::Route;
use crate::platform::hash;
use leptos::prelude::*;

/// How many results show at first, and how many more each "Show more" adds: a search engine's
/// first page, which keeps each keystroke's update within a frame at a thousand dispatches
/// (scripts/bench-browser.mjs).
const PAGE: usize = 10;

#[component]
pub fn FilterView(query: Query) -> impl IntoView {
    let docs = corpus::embedded();
    let ann = corpus::annotated();
    let hidden = super::app::shared().hidden;
    let results = filter(corpus::index(), &query);
    let in_docs = {
        let mut d: Vec<u32> = results.iter().map(|p| p.doc).collect();
        d.dedup();
        d.len()
    };
    let names: Vec<String> = query
        .entities
        .iter()
        .map(|id| {
            ann.entity(id)
                .map_or_else(|| id.clone(), |e| e.name.clone())
        })
        .collect();
    let heading = query.describe(&names);
    let mut summary = match results.len() {
        0 => format!("Nothing in the {} dispatches matches.", docs.len()),
        1 => "1 paragraph in 1 dispatch".to_string(),
        n => format!(
            "{n} paragraphs in {in_docs} dispatch{}",
            if in_docs == 1 { "" } else { "es" }
        ),
    };
    // The undated dispatches the date range left out of what the rest of the filter finds.
    let undated = if query.has_dates() {
        let without_dates = Query {
            from: None,
            to: None,
            ..query.clone()
        };
        let mut docs: Vec<u32> = filter(corpus::index(), &without_dates)
            .iter()
            .map(|p| p.doc)
            .filter(|&d| corpus::index().is_undated(d))
            .collect();
        docs.dedup();
        docs.len()
    } else {
        0
    };
    if undated > 0 {
        summary.push_str(&format!(
            " ({undated} dispatch{} with no known date left out)",
            if undated == 1 { "" } else { "es" }
        ));
    }
    // With several names: each can be removed, and they combine as all of them or any.
    let chips = (query.entities.len() > 1).then(|| {
        let with = |entities: Vec<String>, any: bool| {
            Route {
                query: Query {
                    entities,
                    any,
                    ..query.clone()
                },
                ..Route::default()
            }
            .to_hash()
        };
        let removes = query
            .entities
            .iter()
            .zip(&names)
            .map(|(id, name)| {
                let rest: Vec<String> = query
                    .entities
                    .iter()
                    .filter(|e| *e != id)
                    .cloned()
                    .collect();
                view! {
                    <a class="chip" href=with(rest, query.any) data-testid="remove-entity"
                        aria-label=format!("Remove {name} from the filter")>
                        {name.clone()} " ×"
                    </a>
                }
            })
            .collect_any();
        let toggle = with(query.entities.clone(), !query.any);
        let label = if query.any {
            "Any of these — show all of them together"
        } else {
            "All of these — show any of them"
        };
        view! {
            <p class="chips">
                {removes}
                <a class="combine" href=toggle data-testid="combine">{label}</a>
            </p>
        }
        .into_any()
    });
    // Narrow to some sources: one toggle per source in the corpus.
    let all_sources = corpus::index().source_names();
    let toggle = |on: bool, next: Query, testid: &'static str, label: AnyView| {
        let target = Route {
            query: next,
            ..Route::default()
        };
        view! {
            <button
                type="button"
                class="legend-item"
                aria-pressed=on.to_string()
                {..listen("click", move |_| hash::navigate(&target))}
                data-testid=testid
            >
                {label}
            </button>
        }
    };
    let source_toggles = all_sources
        .iter()
        .map(|src| {
            let on = query.sources.is_empty() || query.sources.contains(src);
            let next = Query {
                sources: toggled(&query.sources, all_sources, src),
                ..query.clone()
            };
            toggle(on, next, "source-toggle", src.clone().into_any())
        })
        .collect_any();
    // Only paragraphs that name something of the pressed types: like the sources, all pressed
    // (no type chosen) means any paragraph.
    let type_toggles = EntityType::ALL
        .into_iter()
        .map(|t| {
            let on = query.types.is_empty() || query.types.contains(&t);
            let mut next = Query {
                types: toggled(&query.types, &EntityType::ALL, &t),
                ..query.clone()
            };
            // Switching off the last type of a filter by types alone keeps a filter: every
            // paragraph that names anything, rather than no filter at all.
            if next.is_empty() {
                next.types = EntityType::ALL.to_vec();
            }
            let label = view! { <span class=format!("m m-{}", t.slug())>{t.plural()}</span> };
            toggle(on, next, "type-toggle", label.into_any())
        })
        .collect_any();
    let dates = date_range(&query);
    let selected = query.entities.clone();
    // The first results at once, more on request: a search that matches thousands of
    // paragraphs must not render thousands per keystroke.
    let total = results.len();
    let results = std::sync::Arc::new(results);
    let shown = RwSignal::new(PAGE);
    let items = super::dynamic(move || {
        results
            .iter()
            .take(shown.get())
            .map(|p| {
                let doc = &docs[p.doc as usize];
                let a = &doc.article;
                let block = &a.blocks[p.block as usize];
                let annotation = &ann.annotations[p.doc as usize];
                view! {
                    <li class="result" data-testid="result">
                        <p class="result-meta">
                            <a href=Route::article(a.id()).to_hash()>{a.display_title()}</a>
                            " · " {a.source_label()} " · " {annotation.date_label(a)}
                        </p>
                        <p class="result-text">{highlighted(block, annotation, &selected)}</p>
                    </li>
                }
            })
            .collect_any()
    });
    let more = super::dynamic(move || {
        let left = total.saturating_sub(shown.get());
        (left > 0).then(|| {
            view! {
                <button
                    type="button"
                    class="quiet show-more"
                    data-testid="show-more"
                    {..listen("click", move |_| shown.update(|s| *s += PAGE))}
                >
                    {format!("Show {} more ({left} not shown)", PAGE.min(left))}
                </button>
            }
            .into_any()
        })
    });
    view! {
        <section class="filter-view" data-testid="filter-view" aria-labelledby="filter-heading">
            <h1 id="filter-heading" tabindex="-1">{heading}</h1>
            {chips}
            <div class="legend" role="group" aria-label="Sources">{source_toggles}</div>
            <div class="legend" role="group" aria-label="Only paragraphs that name">
                <span class="legend-label" aria-hidden="true">"Only paragraphs that name:"</span>
                {type_toggles}
            </div>
            {dates}
            <p class="filter-summary" role="status" data-testid="filter-summary">
                {summary} " "
                <a href="#" class="clear-filter" data-testid="clear-filter">"Clear filter"</a>
            </p>
            <Legend/>
            <MentionArea>
                <ol class=move || format!("results {}", hidden.classes())>{items}</ol>
            </MentionArea>
            {more}
        </section>
    }
}

/// "Dispatches from … to …": two date inputs bounded by the corpus's dates; a change is a new
/// history entry, like every other filter change.
fn date_range(query: &Query) -> impl IntoView + use<> {
    let (first, last) = corpus::index().date_extent()?;
    let set = {
        let query = query.clone();
        move |from: Option<Date>, to: Option<Date>| {
            let mut next = query.clone();
            next.from = from;
            next.to = to;
            hash::navigate(&Route {
                query: next,
                ..Route::default()
            });
        }
    };
    let (from, to) = (query.from, query.to);
    let (min, max) = (first.iso(), last.iso());
    let set_day = set.clone();
    let input = move |label: &'static str, testid: &'static str, value: Option<Date>, end: bool| {
        let set = set_day.clone();
        view! {
            <label>
                {label}
                <input
                    type="date"
                    data-testid=testid
                    min=min.clone()
                    max=max.clone()
                    prop:value=move || value.map(Date::iso).unwrap_or_default()
                    {..listen("change", move |ev| {
                        let day = Date::parse_iso(&event_target_value(&ev));
                        if end { set(from, day) } else { set(day, to) }
                    })}
                />
            </label>
        }
    };
    let clear = query.has_dates().then(|| {
        let set = set.clone();
        view! {
            <button type="button" class="quiet" data-testid="any-date" {..listen("click", move |_| set(None, None))}>
                "Any date"
            </button>
        }
        .into_any()
    });
    Some(
        view! {
            <div class="date-range" role="group" aria-label="Dispatches dated">
                {input("Dispatches from ", "date-from", from, false)}
                {input(" to ", "date-to", to, true)}
                {clear}
            </div>
        }
        .into_any(),
    )
}
