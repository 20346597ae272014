//! `Kryvyi Rih` → `kryvyi-rih`: the slug in entity ids. A file of its own, with no imports, so
//! that `build.rs` (which packs the tables and leaves out ids it can derive) uses this very
//! function rather than a copy.

/// ASCII, lower case, one dash for each run of anything else, none at the ends.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
