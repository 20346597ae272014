use aho_corasick::{AhoCorasick, MatchKind};
use lede::core::{annotate::annotate, gazetteer::Gazetteer, synth};
fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let parsed = synth::parsed(300, 42);
    let g = Gazetteer::get();
    let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).ascii_case_insensitive(true).build(g.patterns()).unwrap();
    let mut n = 0;
    if which == "bare" {
        for _ in 0..150 { for (t, _) in &parsed { n += ac.find_iter(std::hint::black_box(t.as_str())).count(); } }
    } else if which == "ann" {
        for _ in 0..50 { for (t, a) in &parsed { n += annotate(std::hint::black_box(t), a).mentions.len(); } }
    }
    println!("{n}");
}
