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
