//! Where annotate's time goes, stage by stage, over the synthetic corpus:
//! `cargo run --release --example stages`.
use lede::core::{annotate::annotate, dates, fold, gazetteer::Gazetteer, quantity, synth};
use std::time::Instant;

fn time<T>(label: &str, reps: u32, mut f: impl FnMut() -> T) {
    let t = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(f());
    }
    println!(
        "{label:<28} {:>8.2} ms",
        t.elapsed().as_secs_f64() * 1000.0 / f64::from(reps)
    );
}

fn main() {
    let parsed = synth::parsed(300, 42);
    let g = Gazetteer::get();
    let blocks: Vec<&str> = parsed
        .iter()
        .flat_map(|(t, a)| {
            a.blocks
                .iter()
                .filter(|b| b.kind.is_body())
                .map(|b| &t[b.start..b.end])
        })
        .collect();
    let folded: Vec<_> = blocks.iter().map(|b| fold::fold(b)).collect();
    let reps = 20;
    time("fold", reps, || {
        blocks
            .iter()
            .map(|b| fold::fold(b).text.len())
            .sum::<usize>()
    });
    time("gazetteer find (folded)", reps, || {
        folded.iter().map(|f| g.find(&f.text).len()).sum::<usize>()
    });
    time("dates", reps, || {
        blocks
            .iter()
            .map(|b| dates::scan_dates(b).len())
            .sum::<usize>()
    });
    time("quantities", reps, || {
        blocks
            .iter()
            .map(|b| quantity::scan(b).len())
            .sum::<usize>()
    });
    time("annotate (all)", reps, || {
        parsed
            .iter()
            .map(|(t, a)| annotate(t, a).mentions.len())
            .sum::<usize>()
    });
}
