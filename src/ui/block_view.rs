//! One block of an article, rendered by kind as text nodes, with its mentions highlighted.

use crate::core::annotate::{Mention, segments};
use crate::core::corpus;
use crate::core::route::Route;
use crate::core::{Block, BlockKind};
use crate::ui::entity_card::CardState;
use leptos::prelude::*;

#[component]
pub fn BlockView(
    block: &'static Block,
    mentions: &'static [Mention],
    show_furniture: RwSignal<bool>,
) -> impl IntoView {
    match block.kind {
        BlockKind::Paragraph => {
            view! { <p class="para">{highlighted(block, mentions, &[])}</p> }.into_any()
        }
        BlockKind::Caption => view! {
            <p class="caption" data-testid="caption">{highlighted(block, mentions, &[])}</p>
        }
        .into_any(),
        BlockKind::Quote => view! {
            <blockquote class="quote">
                <p>{highlighted(block, mentions, &[])}</p>
            </blockquote>
        }
        .into_any(),
        BlockKind::Boilerplate => {
            let text = block.text.as_str();
            view! {
                <Show when=move || show_furniture.get()>
                    <p class="furniture" data-testid="furniture">{text}</p>
                </Show>
            }
            .into_any()
        }
        // Shown in the article header instead.
        BlockKind::Headline | BlockKind::Dateline | BlockKind::Byline => ().into_any(),
    }
}

/// The block's text as plain runs and highlighted mentions, each a link to the paragraphs that
/// mention its entity. The type is shown by colour and by the underline's style (CSS), never by
/// words inside the text, so copying the text copies the article's words only. Mentions of
/// `selected` entities are marked as such.
pub fn highlighted(
    block: &'static Block,
    mentions: &'static [Mention],
    selected: &[String],
) -> Vec<AnyView> {
    let ann = corpus::annotated();
    let card = use_context::<CardState>();
    segments(block, mentions)
        .into_iter()
        .map(|seg| match seg.mention {
            None => seg.text.into_any(),
            Some(m) => {
                let kind = m.kind.as_str().to_ascii_lowercase();
                let title = ann
                    .entity(&m.entity)
                    .map(|e| format!("{} ({})", e.name, type_label(&kind)))
                    .unwrap_or_default();
                let class = if selected.contains(&m.entity) {
                    format!("m m-{kind} m-selected")
                } else {
                    format!("m m-{kind}")
                };
                let id = m.entity.clone();
                let id2 = m.entity.clone();
                let show = move |ev: leptos::ev::Event, id: &str| {
                    if let (Some(card), Some(el)) = (card, ev.current_target()) {
                        card.show(&wasm_bindgen::JsCast::unchecked_into(el), id);
                    }
                };
                view! {
                    <a
                        class=class
                        href=Route::entity(&m.entity).to_hash()
                        data-entity=m.entity.clone()
                        title=title
                        aria-describedby="entity-card"
                        on:mouseenter=move |ev| show(ev.into(), &id)
                        on:focus=move |ev| show(ev.into(), &id2)
                        on:mouseleave=move |_| { if let Some(c) = card { c.hide_soon() } }
                        on:blur=move |_| { if let Some(c) = card { c.hide_soon() } }
                    >
                        {seg.text}
                    </a>
                }
                .into_any()
            }
        })
        .collect()
}

pub fn type_label(kind: &str) -> &'static str {
    match kind {
        "person" => "person",
        "place" => "place",
        "org" => "organisation",
        "date" => "date",
        "quantity" => "figure",
        _ => "entity",
    }
}
