//! The full annotate pipeline against a bare aho-corasick scan with the same patterns over the
//! same text (issue goal: at most 3× the bare scan).
//!
//!     cargo bench --bench annotate

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lede::core::{annotate::annotate, gazetteer::Gazetteer, synth};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let parsed = synth::parsed(300, 42);
    let bytes: usize = parsed.iter().map(|(t, _)| t.len()).sum();
    let bare = Gazetteer::get().bare_matcher();

    let mut group = c.benchmark_group("corpus-300");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("bare aho-corasick scan", |b| {
        b.iter(|| {
            let mut n = 0;
            for (t, _) in &parsed {
                n += bare.find_iter(black_box(t.as_str())).count();
            }
            n
        })
    });
    group.bench_function("annotate (recognise + normalise + dates + figures)", |b| {
        b.iter(|| {
            let mut n = 0;
            for (t, a) in &parsed {
                n += annotate(black_box(t), a).mentions.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
