//! The application shell: masthead, the dispatch list, and the reading pane for the article the
//! URL hash names — or, embedded in another site (`?embed`), the reading pane alone with a link
//! out to the full reader.

use super::embed_code::EmbedCode;
use super::entity_card::{CardState, EntityCard};
use super::keys;
use super::legend::Hidden;
use super::listen;
use super::names_index::NamesIndex;
use super::offline_notice::{OfflineStatus, UpdateNotice};
use super::{article_list::ArticleList, filter_view::FilterView, reader::Reader, welcome::Welcome};
use crate::core::corpus;
use crate::core::route::Route;
use crate::platform::offline::OfflineState;
use crate::platform::{embed, hash};
use leptos::prelude::*;

/// What the app shares with its components, as one context: each type of context is its own
/// copy of the lookup code.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// Whether the app runs as an embed (`?embed`).
    pub embedded: bool,
    pub offline: OfflineState,
    pub card: CardState,
    pub hidden: Hidden,
}

/// The app's [`AppContext`].
pub fn shared() -> AppContext {
    expect_context::<AppContext>()
}

#[component]
pub fn App() -> impl IntoView {
    #[cfg(feature = "synthetic-corpus")]
    if let Some(n) = synthetic_size() {
        corpus::use_synthetic(n);
    }
    let docs = corpus::embedded();
    // Before reading the route: an `embed` key in the hash moves to the query string.
    let embedded = embed::requested();
    let route = RwSignal::new(hash::current_route());
    let card = CardState::new();
    provide_context(AppContext {
        embedded,
        offline: OfflineState::start(),
        card,
        hidden: Hidden::load(),
    });
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(hash::current_route());
    });
    super::effect(move || {
        route.track();
        card.at.set(None);
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        keys::handle(&ev, route, card)
    });
    let warm = warm_up_on_intent();
    on_cleanup(move || {
        listener.remove();
        keys.remove();
        for w in warm {
            w.remove();
        }
    });

    // The filter, when one is set: it takes the reading pane.
    let query = Memo::new(move |_| route.with(|r| (!r.query.is_empty()).then(|| r.query.clone())));
    // The open article: its index in `docs`, or the id that matched nothing.
    let open = Memo::new(move |_| {
        route.with(|r| {
            r.article.as_ref().filter(|_| r.query.is_empty()).map(|id| {
                docs.iter()
                    .position(|d| d.article.id() == id)
                    .ok_or_else(|| id.clone())
            })
        })
    });
    let show_furniture = RwSignal::new(false);

    // What the view shows: the page title, and the embed code's name for it.
    let view_title = Memo::new(move |_| {
        if query.with(Option::is_some) {
            return "Filtered dispatches".to_string();
        }
        if route.with(|r| r.names) {
            return "Names and spellings".to_string();
        }
        match open.get() {
            Some(Ok(i)) => docs[i].article.display_title(),
            Some(Err(_)) => "Not found".to_string(),
            None => "All dispatches".to_string(),
        }
    });
    super::effect(move || {
        let title = match open.get() {
            None if query.with(Option::is_none) && route.with(|r| !r.names) => {
                "Lede — news reader".to_string()
            }
            _ => format!("{} — Lede", view_title.get()),
        };
        // (Re-run by every change of the route; the title is written only when it changes.)
        let page = document();
        if page.title() != title {
            page.set_title(&title);
        }
    });

    let skip_to_main = move |ev: web_sys::Event| {
        // A plain `href="#main"` would replace the route in the hash.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main")
            && let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main)
        {
            let _ = main.focus();
        }
    };

    // The reading pane: the names index, a filter, an article, or the welcome.
    let content = super::dynamic(move || {
        match (query.get(), open.get()) {
        _ if route.with(|r| r.names) => view! { <NamesIndex/> }.into_any(),
        (Some(q), _) => view! { <FilterView query=q/> }.into_any(),
        (None, Some(Ok(i))) => {
            // This dispatch's annotation alone: the rest of the corpus can wait.
            let annotation = corpus::annotation(i);
            view! { <Reader doc=&docs[i] annotation=annotation show_furniture=show_furniture/> }
                .into_any()
        }
        (None, Some(Err(id))) => view! {
            <section class="not-found" data-testid="not-found">
                <h1>"No such dispatch"</h1>
                <p>"Nothing here is called “" {id} "”. It may have been removed or the link mistyped."</p>
                <p><a href="#">"See all dispatches"</a></p>
            </section>
        }
        .into_any(),
        (None, None) if embedded => {
            // Nothing is open here, and when something is this list goes.
            view! { <ArticleList docs=docs open=open/> }.into_any()
        }
        (None, None) => view! { <Welcome docs=docs/> }.into_any(),
    }
    });
    let share = super::dynamic(move || {
        let title = view_title.get();
        view! { <EmbedCode title=title/> }
    });

    if embedded {
        // The effect runs once the view is in the document (found by id: a NodeRef costs more
        // code).
        super::effect(move || {
            if let Some(el) = document().get_element_by_id("app") {
                embed::report_height(&el);
            }
        });
        return view! {
            <div id="app" class="app embed" data-testid="app">
                <header class="embed-bar">
                    <span class="brand"><span class="brand-mark" aria-hidden="true"></span>"Lede"</span>
                    <a
                        class="open-full"
                        href=move || { route.track(); embed::full_reader_url() }
                        target="_blank"
                        rel="noopener"
                        data-testid="open-full"
                    >
                        "Open in the full reader"
                        <span class="visually-hidden">" (opens a new tab)"</span>
                    </a>
                </header>
                <main id="main" class="reader-pane" tabindex="-1">{content}</main>
                <EntityCard route=route/>
            </div>
        }
        .into_any();
    }

    view! {
        <div
            // One class string rather than `class:reading`: a reactive class toggle would be
            // the only one in the app, and its code is not needed elsewhere.
            class=move || {
                let reading = open.get().is_some() || query.with(Option::is_some) || route.with(|r| r.names);
                String::from(if reading { "app reading" } else { "app" })
            }
            data-testid="app"
        >
            <a class="skip-link" href="#main" {..listen("click", skip_to_main)}>"Skip to the article"</a>
            <header class="masthead">
                <a class="brand" href="#">
                    <span class="brand-mark" aria-hidden="true"></span>
                    "Lede"
                    <span class="visually-hidden">", all dispatches"</span>
                </a>
                <p class="tagline">"Who did what where, across sources that spell it differently"</p>
                <form class="search" role="search" {..listen("submit", |ev: web_sys::Event| ev.prevent_default())}>
                    <label for="search" class="visually-hidden">"Search names and words"</label>
                    <input
                        id="search"
                        type="search"
                        placeholder="Search names and words  ( / )"
                        autocomplete="off"
                        spellcheck="false"
                        data-testid="search"
                        prop:value=move || route.with(|r| r.query.text.clone())
                        {..listen("input", move |ev| {
                            let text = event_target_value(&ev);
                            let next = if text.trim().is_empty() { Route::default() } else { Route::search(&text) };
                            route.set(next.clone());
                            // Typing refines one history entry rather than adding one per key,
                            // and the address catches up once typing pauses (writing it costs
                            // more than filtering) — unless the reader has gone elsewhere.
                            hash::replace_soon(next);
                        })}
                    />
                </form>
            </header>
            <nav class="list-pane" aria-label="Dispatches">
                <p class="names-link"><a href=Route::names().to_hash() data-testid="names-link">"All names and their spellings"</a></p>
                <ArticleList docs=docs open=open/>
            </nav>
            <main id="main" class="reader-pane" tabindex="-1">
                {content}
                <div class="share">{share}</div>
            </main>
            <EntityCard route=route/>
            <UpdateNotice/>
            <footer class="site-footer">
                <OfflineStatus/>
                <p>"Lede runs entirely in your browser: nothing you read is sent anywhere."</p>
                <p>
                    "Place names and coordinates: "
                    <a href="https://www.geonames.org/" rel="noopener">"GeoNames"</a>
                    " ("<a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener">"CC BY 4.0"</a>")."
                </p>
            </footer>
        </div>
    }
    .into_any()
}

/// The list and the welcome need no index, so the first screen does not wait for it (with the
/// engine in the app, as in the synthetic benchmark corpus, building the gazetteer's automaton
/// is the longest piece of start-up work). They are built as soon as the reader shows any
/// intent — a pointer over the page, a touch, a key, focus — or after a few idle seconds, in
/// separate tasks so the page stays responsive; a deep link to an article or a filter builds
/// them at once, as that view needs them.
fn warm_up_on_intent() -> Vec<WindowListenerHandle> {
    use std::sync::atomic::{AtomicBool, Ordering};
    static STARTED: AtomicBool = AtomicBool::new(false);
    fn start() {
        if STARTED.swap(true, Ordering::Relaxed) {
            return;
        }
        set_timeout(
            || {
                #[cfg(not(lede_compiled))]
                let _ = crate::core::gazetteer::Gazetteer::get();
                set_timeout(
                    || {
                        let _ = corpus::index();
                    },
                    std::time::Duration::ZERO,
                );
            },
            std::time::Duration::ZERO,
        );
    }
    set_timeout(start, std::time::Duration::from_secs(3));
    vec![
        window_event_listener(leptos::ev::pointerover, |_| start()),
        window_event_listener(leptos::ev::touchstart, |_| start()),
        window_event_listener(leptos::ev::focusin, |_| start()),
        window_event_listener(leptos::ev::keydown, |_| start()),
    ]
}

/// Benchmarks only: `?synthetic=N`.
#[cfg(feature = "synthetic-corpus")]
fn synthetic_size() -> Option<usize> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("synthetic")?
        .parse()
        .ok()
}
