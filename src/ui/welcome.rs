//! What the reading pane shows before an article is chosen.

use super::CollectAny;
use crate::core::corpus::Document;
use crate::core::entity::EntityType;
use crate::core::filter::Query;
use crate::core::route::Route;
use crate::core::sort;
use leptos::prelude::*;

#[component]
pub fn Welcome(docs: &'static [Document]) -> impl IntoView {
    let mut sources: Vec<&str> = docs
        .iter()
        .filter_map(|d| d.article.source.as_ref().map(|s| s.name.as_str()))
        .collect();
    sort::sort_dedup(&mut sources);
    let unknown = docs.iter().filter(|d| d.article.source.is_none()).count();
    let mut summary = format!("{} dispatches", docs.len());
    if !sources.is_empty() {
        summary.push_str(&format!(" from {}", sources.join(", ")));
    }
    if unknown > 0 {
        summary.push_str(&format!(" ({unknown} with no stated source)"));
    }
    view! {
        <section class="welcome" data-testid="welcome">
            <h1>"Read the dispatches"</h1>
            <p class="lead">{summary} "."</p>
            <p>
                "Choose one from the list. Lede keeps photo captions, quotations and page furniture "
                "(promos, credits, player notices) apart from the story, so it reads cleanly; the "
                "furniture is one click away, never deleted."
            </p>
            <p data-testid="browse-types">
                "Or read every paragraph that names "
                {EntityType::ALL.into_iter().enumerate().map(|(i, t)| {
                    let href = Route {
                        query: Query { types: vec![t], ..Query::default() },
                        ..Route::default()
                    }
                    .to_hash();
                    let sep = match i {
                        0 => "",
                        4 => " or ",
                        _ => ", ",
                    };
                    view! { {sep}<a href=href>{t.plural()}</a> }
                }).collect_any()}
                "."
            </p>
        </section>
    }
}
