//! Lede: a news reader that shows who did what where across sources that spell everything
//! differently.
//!
//! ```text
//! seeds/*.txt ──(compile time)──► corpus ─► parse ─► recognise ─► normalise ─► index ─► filter ─► view
//! ```
//!
//! [`core`] is the pipeline in plain Rust (no web imports; tested natively and used by the
//! `lede` CLI). `ui` and `platform` are the Leptos app and its browser glue, compiled for
//! wasm32 only.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
