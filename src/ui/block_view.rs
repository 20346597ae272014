//! One block of an article, rendered by kind as text nodes.

use crate::core::{Block, BlockKind};
use leptos::prelude::*;

#[component]
pub fn BlockView(block: &'static Block, show_furniture: RwSignal<bool>) -> impl IntoView {
    let text = block.text.as_str();
    match block.kind {
        BlockKind::Paragraph => view! { <p class="para">{text}</p> }.into_any(),
        BlockKind::Caption => {
            view! { <p class="caption" data-testid="caption">{text}</p> }.into_any()
        }
        BlockKind::Quote => view! {
            <blockquote class="quote">
                <p>{text}</p>
            </blockquote>
        }
        .into_any(),
        BlockKind::Boilerplate => view! {
            <Show when=move || show_furniture.get()>
                <p class="furniture" data-testid="furniture">{text}</p>
            </Show>
        }
        .into_any(),
        // Shown in the article header instead.
        BlockKind::Headline | BlockKind::Dateline | BlockKind::Byline => ().into_any(),
    }
}
