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

    /// One step of [`Hasher::write`] (the same hash), without the call and loop the default
    /// makes of it: string keys end with one (`str`'s hash writes a 0xff after the bytes).
    #[inline]
    fn write_u8(&mut self, b: u8) {
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }

    /// An integer in one step, not a step a byte (keys hold pattern numbers and entities'
    /// addresses): the multiply carries its low bits, where they differ, into the rest.
    #[inline]
    fn write_u64(&mut self, n: u64) {
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = (h ^ n).wrapping_mul(0x0100_0000_01b3);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

pub type FnvMap<K, V> = hashbrown::HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FnvSet<K> = hashbrown::HashSet<K, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_u8_hashes_as_a_one_byte_write() {
        for prefix in [&b""[..], b"kyiv", b"\xff"] {
            for b in [0u8, 7, 0xff] {
                let (mut one, mut bytes) = (Fnv::default(), Fnv::default());
                one.write(prefix);
                bytes.write(prefix);
                one.write_u8(b);
                bytes.write(&[b]);
                assert_eq!(one.finish(), bytes.finish());
            }
        }
    }
}
