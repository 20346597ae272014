//! The Leptos reader: a thin layer over [`crate::core`], one component per file.
//!
//! The URL hash is the source of truth for what is open ([`crate::platform::hash`]); components
//! read the parsed corpus and render its text as text nodes, never as HTML.

pub mod app;
pub mod article_list;
pub mod block_view;
pub mod embed_code;
pub mod entity_card;
pub mod filter_view;
pub mod keys;
pub mod legend;
pub mod names_index;
pub mod offline_notice;
pub mod reader;
pub mod welcome;

use leptos::prelude::{AnyView, IntoAny};
use leptos::tachys::html::event::{Custom, On, on};
use leptos::tachys::reactive_graph::SharedReactiveFunction;
use std::sync::{Arc, Mutex};

/// A reactive view as the one shared type the `view!` macro gives `{move || …}` blocks under
/// `erase_components`, returning [`AnyView`]: the rendering and effect code is compiled once
/// for all of them rather than once per closure (a closure held in a variable or returned from
/// a component would otherwise be its own type). Reactive text is likewise always a `String`
/// (`{move || String::from(if … { "a" } else { "b" })}`): a `&str` closure is a second type.
pub fn dynamic<V: IntoAny>(
    mut f: impl FnMut() -> V + Send + 'static,
) -> SharedReactiveFunction<AnyView> {
    Arc::new(Mutex::new(move || f().into_any()))
}

/// `collect_view` with every item as an [`AnyView`]: all lists are then one type, whose
/// rendering code is compiled once, rather than one per kind of item. (Optional parts end in
/// `.into_any()` inside the `Option` for the same reason: `Option<AnyView>` is one type.)
pub trait CollectAny {
    fn collect_any(self) -> Vec<AnyView>;
}

impl<I: Iterator<Item: IntoAny>> CollectAny for I {
    fn collect_any(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).collect()
    }
}

/// `Effect::new` for an effect that needs no previous value, as one shared type: the effect
/// code is compiled once for all of them rather than once per closure.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    leptos::prelude::Effect::new(move |_| f());
}

/// An event listener, attached in `view!` with `{..listen("click", …)}`, as one type for every
/// event: each event `on:` names (`on:click`, `on:input`, …) is a type of its own with its own
/// copy of the listener code, and `on:` hands bubbling events to a delegating listener on the
/// document, which is more code again. The handler gets the plain `Event`; the listener is on
/// the element itself (a mention area listens once for all the mentions in it).
pub fn listen(
    name: &'static str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> On<Custom, Box<dyn FnMut(web_sys::Event)>> {
    let handler: Box<dyn FnMut(web_sys::Event)> = Box::new(handler);
    on(Custom::new(name), handler)
}
