//! Browser glue the UI needs and the core must not know about: the location hash.

pub mod hash;
