//! The gazetteer's tables as `build.rs` packs them (column by column, see there): the same rows
//! in fewer bytes, compiled in. `build.rs` compiles the engine itself to read the embedded
//! articles at build time, and gives it the tables through a module of the same shape.

/// GeoNames places and raions.
pub fn places() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/places.packed"))
}

/// The places' latitudes and longitudes (see `build.rs`).
pub fn places_lat() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/places.lat"))
}

pub fn places_lon() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/places.lon"))
}

pub fn place_aliases() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/place_aliases.packed"))
}

pub fn regions() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/regions.packed"))
}

pub fn actors() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/actors.packed"))
}

/// The descriptions of the rows of the last three tables, one a line, in that order.
pub fn descriptions() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/descriptions.txt"))
}
