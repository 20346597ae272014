//! The benchmark's corpus annotated again and again (for a time profiler: `perf record
//! target/release/examples/prof_loop 40`), or once with every mention and found entity printed
//! (`prof_loop dump`): two builds whose dumps are the same annotate the same. `prof_loop
//! ratio [N]` times the benchmark's two workloads in turn, N times each (40 by default), and
//! prints the fastest and the mean of each and their ratios: a quick look between two
//! criterion runs, steadier than one pass on a busy machine.
use lede::core::{annotate::annotate, gazetteer::Gazetteer, synth};
use std::{hint::black_box, time::Instant};
fn main() {
    let parsed = synth::parsed(300, 42);
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg == "ratio" {
        let bare = Gazetteer::get().bare_matcher();
        let (mut fastest_bare, mut fastest_annotate) = (f64::MAX, f64::MAX);
        let (mut all_bare, mut all_annotate) = (0.0, 0.0);
        let rounds: u32 = std::env::args()
            .nth(2)
            .and_then(|n| n.parse().ok())
            .unwrap_or(40);
        for _ in 0..rounds {
            let t = Instant::now();
            for (text, _) in &parsed {
                black_box(bare.find_iter(black_box(text.as_str())).count());
            }
            let took = t.elapsed().as_secs_f64() * 1e3;
            fastest_bare = fastest_bare.min(took);
            all_bare += took;
            let t = Instant::now();
            for (text, article) in &parsed {
                black_box(annotate(black_box(text), article).mentions.len());
            }
            let took = t.elapsed().as_secs_f64() * 1e3;
            fastest_annotate = fastest_annotate.min(took);
            all_annotate += took;
        }
        println!(
            "fastest: bare {fastest_bare:.2} ms, annotate {fastest_annotate:.2} ms: {:.2}×",
            fastest_annotate / fastest_bare
        );
        let (bare, annotate) = (
            all_bare / f64::from(rounds),
            all_annotate / f64::from(rounds),
        );
        println!(
            "mean:    bare {bare:.2} ms, annotate {annotate:.2} ms: {:.2}×",
            annotate / bare
        );
        return;
    }
    if arg == "dump" {
        for (t, a) in &parsed {
            let an = annotate(t, a);
            for m in &an.mentions {
                println!("{} {} {} {:?} {}", m.start, m.end, m.entity, m.kind, m.why);
            }
            for f in &an.found {
                println!("{f:?}");
            }
        }
        return;
    }
    let reps: usize = arg.parse().unwrap_or(30);
    let mut n = 0;
    for _ in 0..reps {
        n += parsed
            .iter()
            .map(|(t, a)| annotate(t, a).mentions.len())
            .sum::<usize>();
    }
    println!("{n}");
}
