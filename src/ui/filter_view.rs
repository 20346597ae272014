//! The filtered view: every paragraph in the corpus that mentions the chosen entities or
//! matches the search, with its article, source and date, and the mentions highlighted.

use super::block_view::highlighted;
use super::legend::{Hidden, Legend};
use crate::core::corpus;
use crate::core::filter::{Query, UNKNOWN_SOURCE, filter};
use crate::core::route::Route;
use crate::core::sort;
use crate::platform::hash;
use leptos::prelude::*;

#[component]
pub fn FilterView(query: Query) -> impl IntoView {
    let docs = corpus::embedded();
    let ann = corpus::annotated();
    let hidden = expect_context::<Hidden>();
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
    let heading = match (names.is_empty(), query.text.trim().is_empty()) {
        (false, true) => format!(
            "Mentions of {}",
            names.join(if query.any { " or " } else { " and " })
        ),
        (true, false) => format!("Search: “{}”", query.text.trim()),
        _ => format!(
            "Mentions of {} matching “{}”",
            names.join(", "),
            query.text.trim()
        ),
    };
    let summary = match results.len() {
        0 => format!("Nothing in the {} dispatches matches.", docs.len()),
        1 => "1 paragraph in 1 dispatch".to_string(),
        n => format!(
            "{n} paragraphs in {in_docs} dispatch{}",
            if in_docs == 1 { "" } else { "es" }
        ),
    };
    // With several names: each can be removed, and they combine as all of them or any.
    let chips = (query.entities.len() > 1).then(|| {
        let with = |entities: Vec<String>, any: bool| {
            Route {
                query: Query {
                    entities,
                    any,
                    text: query.text.clone(),
                    sources: query.sources.clone(),
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
            .collect_view();
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
    });
    // Narrow to some sources: one toggle per source in the corpus.
    let all_sources: Vec<String> = {
        let mut v: Vec<String> = docs
            .iter()
            .map(|d| d.article.source_name().to_string())
            .collect();
        sort::sort_by(&mut v, |a, b| {
            (a == UNKNOWN_SOURCE, a).cmp(&(b == UNKNOWN_SOURCE, b))
        });
        v.dedup();
        v
    };
    let source_toggles = all_sources
        .into_iter()
        .map(|src| {
            let on = query.sources.is_empty() || query.sources.contains(&src);
            let mut next = query.clone();
            next.sources = if query.sources.is_empty() {
                // From "all sources", a click keeps only the others.
                docs.iter()
                    .map(|d| d.article.source_name().to_string())
                    .filter(|s| *s != src)
                    .collect()
            } else if on {
                query
                    .sources
                    .iter()
                    .filter(|s| **s != src)
                    .cloned()
                    .collect()
            } else {
                let mut v = query.sources.clone();
                v.push(src.clone());
                v
            };
            sort::sort_dedup(&mut next.sources);
            let target = Route {
                query: next,
                ..Route::default()
            };
            view! {
                <button
                    type="button"
                    class="legend-item"
                    aria-pressed=on.to_string()
                    data-testid="source-toggle"
                    on:click=move |_| hash::navigate(&target)
                >
                    {src}
                </button>
            }
        })
        .collect_view();
    let selected = query.entities.clone();
    let items = results
        .into_iter()
        .map(|p| {
            let doc = &docs[p.doc as usize];
            let a = &doc.article;
            let block = &a.blocks[p.block as usize];
            let mentions = ann.annotations[p.doc as usize].mentions.as_slice();
            let source = a.source_label();
            view! {
                <li class="result" data-testid="result">
                    <p class="result-meta">
                        <a href=Route::article(a.id()).to_hash()>{a.display_title()}</a>
                        " · " {source} " · " {ann.annotations[p.doc as usize].date_label(a)}
                    </p>
                    <p class="result-text">{highlighted(block, mentions, &selected)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="filter-view" data-testid="filter-view" aria-labelledby="filter-heading">
            <h1 id="filter-heading" tabindex="-1">{heading}</h1>
            {chips}
            <div class="legend" role="group" aria-label="Sources">{source_toggles}</div>
            <p class="filter-summary" role="status" data-testid="filter-summary">
                {summary} " "
                <a href="#" class="clear-filter" data-testid="clear-filter">"Clear filter"</a>
            </p>
            <Legend/>
            <ol class=move || format!("results {}", hidden.classes())>{items}</ol>
        </section>
    }
}
