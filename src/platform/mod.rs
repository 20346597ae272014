//! Browser glue the UI needs and the core must not know about: the location hash, local
//! storage, the clipboard, the service worker (offline copy and updates) and embedding.

pub mod clipboard;
pub mod embed;
pub mod hash;
pub mod offline;
pub mod storage;
