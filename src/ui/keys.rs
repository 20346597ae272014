//! Keyboard shortcuts: `/` focuses search; `j`/`k` move to the next/previous mention of the
//! entity in focus (or the one the view is filtered by); `Esc` closes the entity card, or else
//! clears the filter.

use super::entity_card::CardState;
use crate::core::route::Route;
use crate::platform::hash;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

pub fn handle(ev: &KeyboardEvent, route: RwSignal<Route>, card: CardState) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    match ev.key().as_str() {
        "Escape" if card.at.get_untracked().is_some() => card.at.set(None),
        "Escape" if !route.with_untracked(|r| r.query.is_empty()) => {
            hash::navigate(&Route::default());
        }
        "/" if !typing => {
            if let Some(input) = focusable(document().get_element_by_id("search")) {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
        "j" | "k" if !typing && step_mention(route, ev.key() == "j") => ev.prevent_default(),
        _ => {}
    }
}

fn focusable(el: Option<Element>) -> Option<HtmlElement> {
    el?.dyn_into::<HtmlElement>().ok()
}

/// Focus the next (or previous) mention of the current entity in the page. Returns whether
/// there was one.
fn step_mention(route: RwSignal<Route>, forward: bool) -> bool {
    let doc = document();
    let active = doc.active_element();
    let entity = active
        .as_ref()
        .and_then(|el| el.get_attribute("data-entity"))
        .or_else(|| route.with_untracked(|r| r.query.entities.first().cloned()));
    let Some(entity) = entity.filter(|e| !e.contains(['"', '\\'])) else {
        return false;
    };
    let Ok(list) = doc.query_selector_all(&format!("#main [data-entity=\"{entity}\"]")) else {
        return false;
    };
    let all: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect();
    if all.is_empty() {
        return false;
    }
    let here = active.and_then(|a| all.iter().position(|e| *e == a));
    let next = match (here, forward) {
        (Some(i), true) => (i + 1) % all.len(),
        (Some(i), false) => (i + all.len() - 1) % all.len(),
        (None, true) => 0,
        (None, false) => all.len() - 1,
    };
    match focusable(Some(all[next].clone())) {
        Some(el) => {
            let _ = el.focus();
            true
        }
        None => false,
    }
}
