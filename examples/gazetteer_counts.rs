//! Count the gazetteer's entries by type and kind: `cargo run --release --example gazetteer_counts`.
use std::collections::BTreeMap;

fn main() {
    let g = lede::core::gazetteer::Gazetteer::get();
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for e in &g.entities {
        *counts
            .entry((e.kind.as_str().to_string(), e.subtype.clone()))
            .or_default() += 1;
    }
    for ((kind, sub), n) in &counts {
        println!(
            "{kind:<8} {:<16} {n}",
            if sub.is_empty() { "-" } else { sub }
        );
    }
    let aliases: usize = g.entities.iter().map(|e| e.aliases.len()).sum();
    println!(
        "entities {}, listed aliases {aliases}, folded patterns {}",
        g.entities.len(),
        g.pattern_count()
    );
}
