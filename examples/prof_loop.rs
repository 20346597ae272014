//! The benchmark's corpus annotated again and again (for a time profiler: `perf record
//! target/release/examples/prof_loop 40`), or once with every mention and found entity printed
//! (`prof_loop dump`): two builds whose dumps are the same annotate the same.
use lede::core::{annotate::annotate, synth};
fn main() {
    let parsed = synth::parsed(300, 42);
    let arg = std::env::args().nth(1).unwrap_or_default();
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
