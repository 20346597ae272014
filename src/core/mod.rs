//! Lede's core: plain Rust with no web imports, compiled and tested natively and shared by the
//! browser app and the `lede` CLI.
//!
//! parse (raw text → [`Article`]) → recognise and normalise ([`annotate`], over the
//! [`gazetteer`]) → index and filter ([`filter`]); the URL's view state ([`route`]) and the
//! embed code ([`embed`]) are plain data too.

pub mod annotate;
pub mod article;
pub mod caption;
pub mod compile;
#[cfg(any(lede_compiled, test))]
pub mod compiled;
pub mod corpus;
pub mod dates;
pub mod embed;
pub mod entity;
pub mod error;
pub mod export;
pub mod filter;
pub mod fnv;
pub mod fold;
pub mod furniture;
pub mod gazetteer;
pub mod meta;
pub mod num;
pub mod packed;
pub mod quantity;
pub mod route;
pub mod slug;
pub mod sort;
pub mod synth;
pub mod text;

pub use article::{Article, Block, BlockKind, Source, parse, parse_bytes};
pub use error::ParseError;
