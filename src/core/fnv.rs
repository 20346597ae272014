//! A small, fast hasher (FNV-1a) for the short string keys of the hot maps: given names, cue
//! words, per-article caches. Not for untrusted keys an attacker could choose to collide; these
//! maps hold words of the article being read, at worst slowing that one article.
//!
//! The maps are hashbrown's, the table Leptos's dependencies already bring to the wasm build:
//! std's `HashMap` is the same table in a second copy.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FnvMap<K, V> = hashbrown::HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FnvSet<K> = hashbrown::HashSet<K, BuildHasherDefault<Fnv>>;
