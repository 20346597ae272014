//! One block of an article, rendered by kind as text nodes, with its mentions highlighted.

use crate::core::annotate::{Annotation, segments};
use crate::core::corpus;
use crate::core::route::Route;
use crate::core::{Block, BlockKind};
use crate::ui::listen;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;

#[component]
pub fn BlockView(
    block: &'static Block,
    annotation: &'static Annotation,
    show_furniture: RwSignal<bool>,
) -> impl IntoView {
    match block.kind {
        BlockKind::Paragraph => {
            view! { <p class="para">{highlighted(block, annotation, &[])}</p> }.into_any()
        }
        BlockKind::Caption => view! {
            <p class="caption" data-testid="caption">{highlighted(block, annotation, &[])}</p>
        }
        .into_any(),
        BlockKind::Quote => view! {
            <blockquote class="quote">
                <p>{highlighted(block, annotation, &[])}</p>
            </blockquote>
        }
        .into_any(),
        BlockKind::Boilerplate => {
            let text = block.text.as_str();
            super::dynamic(move || {
                show_furniture.get().then(|| {
                    view! { <p class="furniture" data-testid="furniture">{text}</p> }.into_any()
                })
            })
            .into_any()
        }
        // Shown in the article header instead.
        BlockKind::Headline | BlockKind::Dateline | BlockKind::Byline => ().into_any(),
    }
}

/// The block's text as plain runs and highlighted mentions, each a link to the paragraphs that
/// mention its entity. The type is shown by colour and by the underline's style (CSS), never by
/// words inside the text, so copying the text copies the article's words only. Mentions of
/// `selected` entities are marked as such. Needs only the block's own document's annotation.
pub fn highlighted(
    block: &'static Block,
    annotation: &'static Annotation,
    selected: &[String],
) -> Vec<AnyView> {
    segments(block, &annotation.mentions)
        .into_iter()
        .map(|seg| match seg.mention {
            None => seg.text.into_any(),
            Some(m) => {
                let kind = m.kind.as_str().to_ascii_lowercase();
                let title = corpus::entity_name(&m.entity, annotation)
                    .map(|name| format!("{name} ({})", type_label(&kind)))
                    .unwrap_or_default();
                let class = if selected.iter().any(|s| *s == *m.entity) {
                    format!("m m-{kind} m-selected")
                } else {
                    format!("m m-{kind}")
                };
                view! {
                    <a
                        class=class
                        href=Route::entity(&m.entity).to_hash()
                        data-entity=m.entity.clone()
                        title=title
                        aria-describedby="entity-card"
                    >
                        {seg.text}
                    </a>
                }
                .into_any()
            }
        })
        .collect()
}

/// A container of highlighted text: the mentions in it open the entity card on hover, keyboard
/// focus and a first tap on a touch screen (the card has the link to every mention), and close
/// it when left. One listener per event on the container, not six per mention, so a view with
/// hundreds of mentions renders quickly.
#[component]
pub fn MentionArea(children: Children) -> impl IntoView {
    let card = super::app::shared().card;
    // Whether the pointer that went down was a first tap on a mention whose card is not open
    // (read at pointerdown: the focus that comes with the tap opens the card before the click).
    let first_tap = std::rc::Rc::new(std::cell::Cell::new(false));
    let tap_click = first_tap.clone();
    let show = move |el: &web_sys::Element, id: &str| card.show(el, id);
    let enter = move |ev: Event| {
        if let Some((el, id)) = mention_of(&ev) {
            show(&el, &id);
        }
    };
    let leave = move |ev: Event| {
        if mention_of(&ev).is_some() {
            card.hide_soon();
        }
    };
    view! {
        <div
            class="mention-area"
            {..listen("pointerdown", move |ev| {
                let open = |id: &str| card.at.get_untracked().is_some_and(|a| a.entity == id);
                let touch = ev
                    .dyn_ref::<web_sys::PointerEvent>()
                    .is_some_and(|p| p.pointer_type() == "touch");
                first_tap.set(touch && mention_of(&ev).is_some_and(|(_, id)| !open(&id)));
            })}
            {..listen("mouseover", enter)}
            {..listen("focusin", enter)}
            {..listen("mouseout", leave)}
            {..listen("focusout", leave)}
            {..listen("click", move |ev| {
                if tap_click.replace(false)
                    && let Some((el, id)) = mention_of(&ev)
                {
                    ev.prevent_default();
                    show(&el, &id);
                }
            })}
        >
            {children()}
        </div>
    }
}

/// The highlighted mention an event happened on, and its entity id.
fn mention_of(ev: &Event) -> Option<(web_sys::Element, String)> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let a = target.closest("a.m").ok()??;
    let id = a.get_attribute("data-entity")?;
    Some((a, id))
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
