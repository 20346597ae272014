//! The benchmark's two workloads once each, for instruction counts that a busy machine cannot
//! skew (criterion's timings can be): the bare aho-corasick scan and the full annotate pipeline
//! over the same 300 synthetic dispatches (benches/annotate.rs). Annotate runs once before it
//! is counted, as criterion's warm-up does: what is made once a process (the tables of names,
//! the kept whys) is not counted against every pass.
//!
//!     cargo build --release --example annotate_vs_bare
//!     valgrind --tool=callgrind --toggle-collect='annotate_vs_bare::bare_scan*' target/release/examples/annotate_vs_bare
//!     valgrind --tool=callgrind --toggle-collect='annotate_vs_bare::annotate_all*' target/release/examples/annotate_vs_bare

use aho_corasick::AhoCorasick;
use lede::core::{annotate::annotate, article::Article, gazetteer::Gazetteer, synth};
#[inline(never)]
fn bare_scan(ac: &AhoCorasick, texts: &[&str]) -> usize {
    texts.iter().map(|t| ac.find_iter(*t).count()).sum()
}
#[inline(never)]
fn annotate_all(parsed: &[(String, Article)]) -> usize {
    parsed
        .iter()
        .map(|(t, a)| annotate(t, a).mentions.len())
        .sum()
}
/// The pass before: what annotate makes once a process, made.
#[inline(never)]
fn warm_up(parsed: &[(String, Article)]) -> usize {
    parsed.iter().map(|(t, a)| annotate(t, a).found.len()).sum()
}
fn main() {
    let parsed = synth::parsed(300, 42);
    let ac = Gazetteer::get().bare_matcher();
    let texts: Vec<&str> = parsed.iter().map(|(t, _)| t.as_str()).collect();
    println!("{}", bare_scan(&ac, &texts));
    println!("{}", warm_up(&parsed));
    println!("{}", annotate_all(&parsed));
}
