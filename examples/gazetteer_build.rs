//! Time the gazetteer's one-off start-up cost: `cargo run --release --example gazetteer_build`.
fn main() {
    let t = std::time::Instant::now();
    let entities = lede::core::gazetteer::load_entities();
    let loaded = t.elapsed();
    let g = lede::core::gazetteer::Gazetteer::build(&entities);
    println!(
        "{} entities, {} patterns: load {:?}, build {:?}",
        g.entities.len(),
        g.pattern_count(),
        loaded,
        t.elapsed() - loaded
    );
}
