//! The list of dispatches: title, source, date and opening line of each, as links.

use super::CollectAny;
use crate::core::{corpus, corpus::Document, route::Route};
use leptos::prelude::*;

/// How many dispatches show at once; a longer list fills in right after the first paint.
const FIRST: usize = 60;

#[component]
pub fn ArticleList(
    docs: &'static [Document],
    /// The open dispatch (the app's `open`): its index, or the id that matched nothing.
    open: Memo<Option<Result<usize, String>>>,
) -> impl IntoView {
    let item = move |i: usize| {
        let d = &docs[i];
        let a = &d.article;
        let current = move || open.with(|o| *o == Some(Ok(i))).then_some("page");
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
                        <span class=unknown(a.source.is_none())>{a.source_label()}</span>
                        " · "
                        <span class=unknown(a.published.is_none())>{corpus::date_label(i)}</span>
                    </span>
                    {a.first_line(140).map(|l| view! { <span class="card-snippet">{l}</span> }.into_any())}
                </a>
            </li>
        }
    };
    let first = (0..docs.len().min(FIRST)).map(item).collect_any();
    let rest_ready = RwSignal::new(docs.len() <= FIRST);
    if !rest_ready.get_untracked() {
        set_timeout(move || rest_ready.set(true), std::time::Duration::ZERO);
    }
    let rest = super::dynamic(move || {
        rest_ready
            .get()
            .then(|| (FIRST..docs.len()).map(item).collect_any().into_any())
    });
    view! {
        <h2 class="list-heading">{format!("{} dispatches", docs.len())}</h2>
        <ul class="article-list" data-testid="article-list">{first}{rest}</ul>
    }
}

/// The class of a card's source or date: `unknown` when there is none. (A class string, as
/// everywhere in the app: `class:unknown` would need code of its own.)
fn unknown(missing: bool) -> &'static str {
    if missing { "unknown" } else { "" }
}
