//! Any bytes through `parse_bytes` and `annotate`: no panic, and every block and mention
//! slices the input exactly, in order, without overlaps.
#![no_main]

use lede::core::{annotate::annotate, parse_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(article) = parse_bytes("fuzz.txt", data) else {
        return;
    };
    let raw = std::str::from_utf8(data).expect("parse_bytes accepted it");
    let mut last = 0;
    for b in &article.blocks {
        assert_eq!(&raw[b.start..b.end], b.text);
        assert!(b.start >= last);
        last = b.end;
    }
    let mut last = 0;
    for m in annotate(raw, &article).mentions {
        assert_eq!(&raw[m.start..m.end], &*m.text);
        assert!(m.start >= last && m.start < m.end);
        last = m.end;
    }
});
