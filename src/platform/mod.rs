//! Browser glue the UI needs and the core must not know about: the location hash, local
//! storage.

pub mod hash;
pub mod storage;
