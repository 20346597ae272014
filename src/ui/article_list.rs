//! The list of dispatches: title, source, date and opening line of each, as links. It needs
//! no gazetteer, so it is on screen before the entity engine has started.

use crate::core::{annotate, corpus::Document, route::Route};
use leptos::prelude::*;

#[component]
pub fn ArticleList(docs: &'static [Document], open: Signal<Option<usize>>) -> impl IntoView {
    let items = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let a = &d.article;
            let current = move || (open.get() == Some(i)).then_some("page");
            let source = a.source_label();
            view! {
                <li>
                    <a
                        class="article-card"
                        href=Route::article(a.id()).to_hash()
                        aria-current=current
                        data-testid="article-item"
                    >
                        <span class="card-title">{a.display_title()}</span>
                        <span class="card-meta">
                            <span class:unknown=a.source.is_none()>{source}</span>
                            " · "
                            <span class:unknown=a.published.is_none()>{annotate::date_label(d.raw, a)}</span>
                        </span>
                        {a.first_line(140).map(|l| view! { <span class="card-snippet">{l}</span> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="list-heading">{format!("{} dispatches", docs.len())}</h2>
        <ul class="article-list" data-testid="article-list">{items}</ul>
    }
}
