//! The names index: every entity the corpus mentions, by type, with how often and in how many
//! dispatches, and — the comparison no peer shows — the spelling each source used. Sortable by
//! count or name; a variant-aware filter narrows it ("kupyansk" finds Kupiansk).

use super::CollectAny;
use super::block_view::type_label;
use super::listen;
use crate::core::corpus;
use crate::core::entity::EntityType;
use crate::core::filter::UNKNOWN_SOURCE;
use crate::core::fold;
use crate::core::route::Route;
use crate::core::sort;
use leptos::prelude::*;

#[component]
pub fn NamesIndex() -> impl IntoView {
    let ann = corpus::annotated();
    let index = corpus::index();
    // The sources, as columns: named ones first, then "source unknown".
    let sources: Vec<String> = {
        let mut v: Vec<String> = corpus::embedded()
            .iter()
            .filter_map(|d| d.article.source.as_ref().map(|s| s.name.clone()))
            .collect();
        sort::sort_dedup(&mut v);
        if corpus::embedded()
            .iter()
            .any(|d| d.article.source.is_none())
        {
            v.push(UNKNOWN_SOURCE.into());
        }
        v
    };
    let by_count = RwSignal::new(true);
    let filter = RwSignal::new(String::new());
    let sources_for_rows = sources.clone();
    let rows = move || {
        let key = fold::key(&filter.get());
        let mut list: Vec<_> = ann
            .entities
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EntityType::Person | EntityType::Place | EntityType::Org
                )
            })
            .filter(|e| {
                key.is_empty()
                    || fold::key(&e.name).contains(&key)
                    || e.aliases.iter().any(|a| fold::key(a).contains(&key))
            })
            .collect();
        if by_count.get() {
            sort::sort_by(&mut list, |a, b| {
                b.mentions
                    .cmp(&a.mentions)
                    .then_with(|| a.name.cmp(&b.name))
            });
        } else {
            sort::sort_by(&mut list, |a, b| a.name.cmp(&b.name));
        }
        let shown = list.len();
        let rows = list
            .into_iter()
            .map(|e| {
                let kind = e.kind.as_str().to_ascii_lowercase();
                let spellings = index.spellings(&e.id);
                let cells = sources_for_rows
                    .iter()
                    .map(|src| {
                        let used: Vec<&str> = spellings
                            .iter()
                            .filter(|(_, s)| s.contains(src))
                            .map(|(sp, _)| sp.as_str())
                            .collect();
                        view! { <td>{used.join(", ")}</td> }
                    })
                    .collect_any();
                view! {
                    <tr data-testid="name-row">
                        <th scope="row">
                            <a class=format!("m m-{kind}") href=Route::entity(&e.id).to_hash()>{e.name.clone()}</a>
                        </th>
                        <td>{type_label(&kind)}</td>
                        <td class="num">{e.mentions.to_string()}</td>
                        <td class="num">{e.articles.to_string()}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_any();
        (shown, rows)
    };
    let heads = move || {
        sources
            .iter()
            .map(|s| view! { <th scope="col">{format!("Spelling: {s}")}</th> })
            .collect_any()
    };
    view! {
        <section class="names-index" data-testid="names-index" aria-labelledby="names-heading">
            <h1 id="names-heading">"Names in the dispatches"</h1>
            <div class="names-controls">
                <label for="names-filter">"Filter names"</label>
                <input
                    id="names-filter"
                    type="search"
                    data-testid="names-filter"
                    placeholder="e.g. kupyansk"
                    prop:value=move || filter.get()
                    {..listen("input", move |ev| filter.set(event_target_value(&ev)))}
                />
                <button
                    type="button"
                    data-testid="names-sort"
                    aria-pressed=move || by_count.get().to_string()
                    {..listen("click", move |_| by_count.update(|b| *b = !*b))}
                >
                    {move || String::from(if by_count.get() { "Sorted by mentions" } else { "Sorted by name" })}
                </button>
            </div>
            {move || {
                let (shown, rows) = rows();
                view! {
                    <p class="filter-summary" role="status">{format!("{shown} names")}</p>
                    <div class="table-wrap">
                        <table class="names-table">
                            <thead>
                                <tr>
                                    <th scope="col">"Name"</th>
                                    <th scope="col">"Type"</th>
                                    <th scope="col" class="num">"Mentions"</th>
                                    <th scope="col" class="num">"Dispatches"</th>
                                    {heads()}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}
