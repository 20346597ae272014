//! Browser tests: the real app mounted in headless Chromium by `wasm-bindgen-test`.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use lede::ui::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn set_hash(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// Mount the app in a fresh container; the handle unmounts it when dropped.
fn mount() -> (Element, impl Drop) {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone().unchecked_into(), App);
    (container, handle)
}

/// The first element matching `selector`, which the test expects to exist.
fn element(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// A toggle button's `aria-pressed`.
fn pressed(button: &Element) -> Option<&'static str> {
    match button.get_attribute("aria-pressed")?.as_str() {
        "true" => Some("true"),
        "false" => Some("false"),
        _ => None,
    }
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Wait (up to ~5 s) for the DOM to satisfy `cond`: hash changes and Leptos updates are async.
/// The engine's mentions in the document's body blocks (what the reader highlights).
fn body_mentions<'a>(
    doc: &'a lede::core::corpus::Document,
    annotation: &'a lede::core::annotate::Annotation,
) -> impl Iterator<Item = &'a lede::core::annotate::Mention> {
    annotation.mentions.iter().filter(|m| {
        doc.article
            .blocks
            .iter()
            .any(|b| b.kind.is_body() && b.start <= m.start && m.end <= b.end)
    })
}

async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        leptos::task::tick().await;
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for: {what}");
}

#[wasm_bindgen_test]
async fn mounts_and_lists_the_three_seeds() {
    set_hash("");
    let (root, _handle) = mount();
    until("article list", || {
        count(&root, "[data-testid=article-item]") == 3
    })
    .await;
    assert_eq!(count(&root, "[data-testid=welcome]"), 1);
    until("page title", || document().title() == "Lede — news reader").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn opening_an_article_shows_its_captions() {
    set_hash("");
    let (root, _handle) = mount();
    until("article list", || {
        count(&root, "[data-testid=article-item]") == 3
    })
    .await;
    let first: HtmlElement = element(&root, "[data-testid=article-item]");
    first.click();
    until("reader", || count(&root, "[data-testid=reader]") == 1).await;
    assert_eq!(count(&root, "[data-testid=caption]"), 16);
    let title = root
        .query_selector("[data-testid=article-title]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(
        title,
        "Tears And Relief As Liberated Towns Are Freed From Russian Occupation"
    );
    assert_eq!(first.get_attribute("aria-current").as_deref(), Some("page"));
    // Highlights come from the engine's spans: one <mark> per mention in the body.
    let engine = &lede::core::corpus::annotated().annotations[0];
    let doc = &lede::core::corpus::embedded()[0];
    let in_body = body_mentions(doc, engine).count();
    assert_eq!(count(&root, ".article-body .m") as usize, in_body);
    until("page title", || {
        document().title().starts_with("Tears And Relief")
    })
    .await;
    // Clicking a name filters the corpus to the paragraphs that mention it.
    let izium: HtmlElement = element(&root, ".article-body .m-place[data-entity^='place:izium']");
    izium.click();
    let expected = lede::core::corpus::index().count("place:izium.07.6304") as u32;
    // The count says them all; the first ten are shown ("Show more" adds the rest).
    until("filter view", || {
        count(&root, "[data-testid=result]") == expected.min(10)
    })
    .await;
    assert!(expected > 5);
    let summary = element(&root, "[data-testid=filter-summary]")
        .text_content()
        .unwrap();
    assert!(
        summary.starts_with(&format!("{expected} paragraphs")),
        "{summary}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn page_furniture_is_hidden_until_toggled() {
    set_hash("article=002_2de072fd7b9da36a");
    let (root, _handle) = mount();
    until("reader", || count(&root, "[data-testid=reader]") == 1).await;
    assert_eq!(count(&root, "[data-testid=furniture]"), 0);
    let toggle: HtmlElement = element(&root, "[data-testid=furniture-toggle]");
    assert_eq!(pressed(&toggle), Some("false"));
    toggle.click();
    until("furniture shown", || {
        count(&root, "[data-testid=furniture]") == 5
    })
    .await;
    assert_eq!(pressed(&toggle), Some("true"));
    root.remove();
    set_hash("");
}

#[wasm_bindgen_test]
async fn type_toggles_hide_highlights_and_persist() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("lede.hiddenTypes").unwrap();
    set_hash("article=001_7b244cf315c26bef");
    let (root, handle) = mount();
    until("reader", || count(&root, "[data-testid=reader]") == 1).await;
    let toggle: HtmlElement = element(&root, "[data-testid=toggle-place]");
    assert_eq!(pressed(&toggle), Some("true"));
    toggle.click();
    until("places hidden", || {
        count(&root, ".article-body.hide-place") == 1
    })
    .await;
    assert_eq!(pressed(&toggle), Some("false"));
    assert_eq!(
        storage.get_item("lede.hiddenTypes").unwrap().as_deref(),
        Some("place")
    );
    // A new app (a reload) keeps the choice.
    drop(handle);
    root.remove();
    let (root, _handle) = mount();
    until("places still hidden", || {
        count(&root, ".article-body.hide-place") == 1
    })
    .await;
    storage.remove_item("lede.hiddenTypes").unwrap();
    root.remove();
    set_hash("");
}

/// Every seed: the highlighted names in the reading view are exactly the engine's mentions in
/// the body, in order, with the same text and entity.
#[wasm_bindgen_test]
async fn highlights_match_the_engine_spans_on_every_seed() {
    for (i, doc) in lede::core::corpus::embedded().iter().enumerate() {
        set_hash(&format!("article={}", doc.article.id()));
        let (root, handle) = mount();
        until("reader", || count(&root, "[data-testid=reader]") == 1).await;
        let engine = lede::core::corpus::annotation(i);
        let want: Vec<(String, String)> = body_mentions(doc, engine)
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect();
        let shown = root.query_selector_all(".article-body .m").unwrap();
        let got: Vec<(String, String)> = (0..shown.length())
            .map(|k| {
                let el: Element = shown.item(k).unwrap().unchecked_into();
                (
                    el.text_content().unwrap_or_default(),
                    el.get_attribute("data-entity").unwrap_or_default(),
                )
            })
            .collect();
        assert!(!want.is_empty(), "{}", doc.article.id());
        assert_eq!(got, want, "{}", doc.article.id());
        drop(handle);
        root.remove();
    }
    set_hash("");
}

/// A search in any spelling finds the same paragraphs, with the matched names highlighted.
#[wasm_bindgen_test]
async fn variant_search_finds_every_spelling() {
    // What each search shows: the count of all matches, and the paragraphs on screen.
    let mut seen = Vec::new();
    for q in ["kupyansk", "KUPIANSK", "Kup%27yansk", "Kupjansk"] {
        set_hash(&format!("q={q}"));
        let (root, handle) = mount();
        until("results", || count(&root, "[data-testid=result]") > 0).await;
        let summary = element(&root, "[data-testid=filter-summary]")
            .text_content()
            .unwrap();
        let shown = root.query_selector_all(".result-text").unwrap();
        let texts: Vec<String> = (0..shown.length())
            .map(|k| shown.item(k).unwrap().text_content().unwrap_or_default())
            .collect();
        assert!(count(&root, ".results .m-place") > 0, "{q}");
        seen.push((summary, texts));
        drop(handle);
        root.remove();
    }
    assert!(seen.iter().all(|s| *s == seen[0]), "{seen:#?}");
    assert!(seen[0].0.starts_with("9 paragraphs"), "{}", seen[0].0);
    set_hash("");
}

/// The hash is the state: a filter read from it shows as described, and a change made in the
/// view is written back as the route's own hash.
#[wasm_bindgen_test]
async fn filter_state_round_trips_through_the_hash() {
    use lede::core::route::Route;
    let start = "entity=place%3Akupiansk.07.6308&types=quantity&source=UPI";
    set_hash(start);
    let (root, _handle) = mount();
    until("filter view", || {
        count(&root, "[data-testid=filter-view]") == 1
    })
    .await;
    let route = Route::from_hash(start);
    let heading = element(&root, "#filter-heading").text_content().unwrap();
    assert_eq!(heading, route.query.describe(&["Kupiansk".to_string()]));
    // Add dates to the types: the address becomes that route's hash.
    let dates: HtmlElement = root
        .query_selector_all("[data-testid=type-toggle]")
        .unwrap()
        .item(3)
        .unwrap()
        .unchecked_into();
    dates.click();
    let mut want = route.clone();
    want.query.types.push(lede::core::entity::EntityType::Date);
    want.query.types.sort();
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    until("hash updated", || hash() == want.to_hash()).await;
    assert_eq!(Route::from_hash(&hash()), want);
    root.remove();
    set_hash("");
}
