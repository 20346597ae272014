//! One block of an article, rendered by kind as text nodes, with its mentions highlighted.

use crate::core::annotate::{Annotation, segments};
use crate::core::corpus;
use crate::core::route::Route;
use crate::core::{Block, BlockKind};
use crate::ui::entity_card::CardState;
use leptos::prelude::*;

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
/// `selected` entities are marked as such. Needs only the block's own document's annotation.
pub fn highlighted(
    block: &'static Block,
    annotation: &'static Annotation,
    selected: &[String],
) -> Vec<AnyView> {
    let card = use_context::<CardState>();
    segments(block, &annotation.mentions)
        .into_iter()
        .map(|seg| match seg.mention {
            None => seg.text.into_any(),
            Some(m) => {
                let kind = m.kind.as_str().to_ascii_lowercase();
                let title = corpus::entity_name(&m.entity, annotation)
                    .map(|name| format!("{name} ({})", type_label(&kind)))
                    .unwrap_or_default();
                let class = if selected.contains(&m.entity) {
                    format!("m m-{kind} m-selected")
                } else {
                    format!("m m-{kind}")
                };
                let id = m.entity.clone();
                let show = move |ev: &leptos::ev::Event, id: &str| {
                    if let (Some(card), Some(el)) = (card, ev.current_target()) {
                        card.show(&wasm_bindgen::JsCast::unchecked_into(el), id);
                    }
                };
                let hide = move || {
                    if let Some(c) = card {
                        c.hide_soon()
                    }
                };
                // A first tap on a touch screen opens the card (it has the link to every
                // mention); hover and keyboard focus open it without a click.
                // (Whether the card was already open is read at pointerdown: the focus that
                // comes with the tap opens it before the click arrives.)
                let first_tap = std::rc::Rc::new(std::cell::Cell::new(false));
                let (tap_down, tap_click) = (first_tap.clone(), first_tap);
                let (on_down, on_enter, on_focus, on_click) =
                    (id.clone(), id.clone(), id.clone(), id);
                view! {
                    <a
                        class=class
                        href=Route::entity(&m.entity).to_hash()
                        data-entity=m.entity.clone()
                        title=title
                        aria-describedby="entity-card"
                        on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                            let open = card
                                .and_then(|c| c.at.get_untracked())
                                .is_some_and(|a| a.entity == on_down);
                            tap_down.set(ev.pointer_type() == "touch" && !open)
                        }
                        on:mouseenter=move |ev| show(&ev, &on_enter)
                        on:focus=move |ev| show(&ev, &on_focus)
                        on:mouseleave=move |_| hide()
                        on:blur=move |_| hide()
                        on:click=move |ev: leptos::ev::MouseEvent| {
                            if tap_click.replace(false) {
                                ev.prevent_default();
                                show(&ev, &on_click);
                            }
                        }
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
