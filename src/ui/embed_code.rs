//! "Copy embed code": the `<iframe>` + `embed.js` snippet for the view on screen, copied to the
//! clipboard — and shown, selected, so it can be copied by hand when the clipboard refuses.

use super::listen;
use crate::core::embed::snippet;
use crate::platform::{clipboard, embed, hash};
use leptos::prelude::*;

#[component]
pub fn EmbedCode(
    /// What the view shows, for the iframe's accessible name.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    let code = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let text = snippet(&embed::base_url(), &hash::current_route().to_hash(), &title);
        code.set(Some(text.clone()));
        status.set(String::new());
        leptos::task::spawn_local(async move {
            match clipboard::copy(&text).await {
                Ok(()) => status.set("Embed code copied: paste it into your page's HTML.".into()),
                Err(why) => {
                    status.set(format!(
                        "Could not copy ({why}): select the code below and copy it."
                    ));
                    // Found by id (one "Copy embed code" is on screen at a time).
                    if let Some(a) = document().get_element_by_id("embed-snippet")
                        && let Ok(a) =
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(a)
                    {
                        a.select();
                        let _ = a.focus();
                    }
                }
            }
        });
    };
    view! {
        <div class="embed-code">
            <button type="button" class="quiet" data-testid="copy-embed" {..listen("click", copy)}>
                "Copy embed code"
            </button>
            <span class="embed-status" role="status" data-testid="embed-status">{move || status.get()}</span>
            {super::dynamic(move || code.get().map(|c| view! {
                <label class="embed-snippet">
                    <span class="visually-hidden">"Embed code for this view"</span>
                    <textarea id="embed-snippet" readonly rows="4" data-testid="embed-snippet" prop:value=move || c.clone()></textarea>
                </label>
            }.into_any()))}
        </div>
    }
}
