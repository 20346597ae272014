//! A synthetic corpus for benchmarks and load tests: the seeds repeated and mutated — names
//! respelled the ways real sources spell them, paragraphs shuffled — to any number of
//! articles, deterministically from a seed number.

use super::corpus;

/// Spelling variants that sources really use; each occurrence of one is replaced by a random
/// member of its group.
const VARIANTS: &[&[&str]] = &[
    &["Kupyansk", "Kupiansk", "Kup'yansk", "Kupjansk"],
    &["Izyum", "Izium", "Izjum"],
    &["Balakliya", "Balakliia", "Balaklia", "Balakleya"],
    &["Zelenskiy", "Zelensky", "Zelenskyy"],
    &["Zaluzhniy", "Zaluzhnyi", "Zaluzhny"],
    &["Syrskyi", "Syrsky", "Syrskiy"],
    &["Kharkiv region", "Kharkiv oblast", "Kharkov region"],
    &["Kryviy Rih", "Kryvyi Rih", "Krivoy Rog"],
    &["Poddubny", "Poddubnyy", "Podubny"],
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// [`corpus`] parsed: each article's text and its parse (benchmarks and profiling examples).
pub fn parsed(n: usize, seed: u64) -> Vec<(String, super::Article)> {
    corpus(n, seed)
        .into_iter()
        .map(|(f, t)| {
            let a = super::parse(&f, &t);
            (t, a)
        })
        .collect()
}

/// `n` articles as (file name, text), built from the embedded seeds.
pub fn corpus(n: usize, seed: u64) -> Vec<(String, String)> {
    let seeds = corpus::seeds();
    let mut rng = Rng(seed.max(1));
    (0..n)
        .map(|i| {
            let base = seeds[i % seeds.len()];
            let mut lines: Vec<&str> = base.text.lines().collect();
            // Keep the head (title, dateline, byline) and shuffle a few body lines.
            for _ in 0..3 {
                if lines.len() > 6 {
                    let a = 4 + rng.below(lines.len() - 4);
                    let b = 4 + rng.below(lines.len() - 4);
                    lines.swap(a, b);
                }
            }
            let mut text = lines.join("\n");
            for group in VARIANTS {
                for from in group.iter() {
                    if text.contains(from) {
                        let to = group[rng.below(group.len())];
                        text = text.replace(from, to);
                        break;
                    }
                }
            }
            (format!("synth_{i:05}_{}", base.file), text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let a = corpus(10, 7);
        assert_eq!(a.len(), 10);
        assert_eq!(a, corpus(10, 7));
        assert_ne!(a, corpus(10, 8));
    }
}
