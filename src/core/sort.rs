//! One stable sort for the whole app. The standard library's sort is generic, so every call
//! site with its own element type or comparison got its own copy of it (a few KB each in the
//! wasm build); here each call site only orders indices through one shared, non-generic merge
//! sort and then moves its elements into place.

use std::cmp::Ordering;

/// Sort `v` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    // (Most lists sorted are short and already in order: nothing to allocate or move.)
    if v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &mut order);
}

/// Sort `v` and drop repeated elements, as `sort` then `dedup` do.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

/// A bottom-up merge sort: stable, O(n log n), and a few hundred bytes of code.
#[inline(never)]
fn sort_indices(order: &mut Vec<u32>, cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    let n = order.len();
    let mut from = std::mem::take(order);
    let mut to = from.clone();
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut to[lo..hi] {
                // The right run's element goes first only when strictly less: stable.
                let right = j < hi
                    && (i == mid || cmp(from[j] as usize, from[i] as usize) == Ordering::Less);
                if right {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    *order = from;
}

/// Rearrange `v` so that `v[i]` is what was at `order[i]`, following each cycle of the
/// permutation once (`order` is used up as the record of what is done).
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..v.len() {
        let mut at = start;
        while order[at] as usize != start {
            let from = order[at] as usize;
            v.swap(at, from);
            order[at] = at as u32;
            at = from;
        }
        order[at] = at as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut x: u32 = 12345;
        for n in [0, 1, 2, 3, 7, 20, 100, 1000] {
            let v: Vec<(u32, u32)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 10, i)
                })
                .collect();
            let (mut a, mut b) = (v.clone(), v);
            a.sort_by_key(|p| p.0);
            sort_by(&mut b, |p, q| p.0.cmp(&q.0));
            assert_eq!(a, b);
        }
        // Already in order, with ties: left as it is.
        let mut sorted = vec![(1, 'a'), (1, 'b'), (2, 'c'), (2, 'a')];
        sort_by(&mut sorted, |p, q| p.0.cmp(&q.0));
        assert_eq!(sorted, [(1, 'a'), (1, 'b'), (2, 'c'), (2, 'a')]);
        let mut words = vec!["b", "a", "c", "a", "b"];
        sort_dedup(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
    }
}
