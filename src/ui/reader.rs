//! The reading view of one article: headline, byline and date, then its blocks, with page
//! furniture behind a toggle.

use super::CollectAny;
use super::block_view::{BlockView, MentionArea};
use super::legend::Legend;
use super::listen;
use crate::core::annotate::Annotation;
use crate::core::{BlockKind, corpus::Document};
use leptos::prelude::*;

#[component]
pub fn Reader(
    doc: &'static Document,
    annotation: &'static Annotation,
    show_furniture: RwSignal<bool>,
) -> impl IntoView {
    let a = &doc.article;
    let shared = super::app::shared();
    let hidden = shared.hidden;
    let furniture = a.count(BlockKind::Boilerplate);
    // Bring keyboard and screen-reader users to the article they opened — but an embed takes
    // focus only once the reader is using it, or it would scroll the host page to itself. (By
    // id rather than a NodeRef: the effect runs once the view is in the document, and a NodeRef
    // costs more code.)
    let embedded = shared.embedded;
    super::effect(move || {
        if embedded && !document().has_focus().unwrap_or(false) {
            return;
        }
        if let Some(h) = document().get_element_by_id("article-title")
            && let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h)
        {
            let _ = h.focus();
        }
    });

    let mut meta: Vec<String> = Vec::new();
    if let Some(b) = &a.byline {
        meta.push(format!("By {b}"));
    }
    meta.push(a.source_label());
    meta.push(annotation.date_label(a));
    if let (Some(_), Some(u)) = (a.published, a.updated) {
        meta.push(format!("Updated {}", u.date));
    }
    let source_note = a
        .source
        .as_ref()
        .map(|s| format!("Source identified from: “{}”", s.evidence));

    let toggle = (furniture > 0).then(|| {
        view! {
            <button
                type="button"
                class="furniture-toggle"
                aria-pressed=move || show_furniture.get().to_string()
                data-testid="furniture-toggle"
                {..listen("click", move |_| show_furniture.update(|v| *v = !*v))}
            >
                {move || String::from(if show_furniture.get() { "Hide page furniture" } else { "Show page furniture" })}
                <span class="count">{format!(" ({furniture})")}</span>
            </button>
        }
        .into_any()
    });

    let gallery = a.count(BlockKind::Caption) > a.count(BlockKind::Paragraph);
    view! {
        <article class=if gallery { "reader gallery" } else { "reader" } data-testid="reader">
            <a class="back-link" href="#">"← All dispatches"</a>
            <header class="article-header">
                <h1 id="article-title" tabindex="-1" class=if a.title.is_none() { "derived" } else { "" } data-testid="article-title">
                    {a.display_title()}
                </h1>
                {a.title.is_none().then(|| view! {
                    <p class="derived-note">"No headline in the source; showing its first sentence."</p>
                }.into_any())}
                <p class="article-meta" title=source_note>{meta.join(" · ")}</p>
            </header>
            <Legend/>
            {toggle}
            <MentionArea>
                <div class=move || format!("article-body {}", hidden.classes())>
                    {a.blocks.iter().map(|b| view! { <BlockView block=b annotation=annotation show_furniture=show_furniture/> }).collect_any()}
                </div>
            </MentionArea>
        </article>
    }
}
