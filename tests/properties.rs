//! Properties over arbitrary text: parsing and annotating never panic, and every block and
//! mention slices the raw text exactly, in order, without overlaps.
#![cfg(not(target_arch = "wasm32"))]

use lede::core::{annotate::annotate, fold, parse, quantity};
use proptest::prelude::*;

/// Text that looks enough like news to reach the rules: names in several spellings, dates,
/// figures, promo lines, quotes, odd white space and non-Latin letters, in any order.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Kupyansk",
        "Kup'yansk",
        "Kupiansk-Vuzlovyi",
        "Izyum's",
        "Kharkiv region",
        "Donetsk regions",
        "Zelenskiy",
        "Volodymyr Zelensky",
        "Nina Honchar",
        "Oleksandr",
        "Taras Shevchenko",
        "Sept. 10, 2022 / 12:38 PM",
        "September 14",
        "on Saturday",
        "400 square miles",
        "2,000 square kilometers",
        "six months",
        "SEE ALSO: A Headline InAn adviser said so.",
        "By Simon Druker",
        "\"Quote,\" he said.",
        "Photo courtesy of X",
        "Київ",
        "🙂",
        "\u{a0}",
        "\r\n",
        "\n",
        "\n\n",
        " ",
        ",",
        ".",
        "(UPI) --",
        "'",
        "\u{2019}",
        "-",
        "é",
        "ß",
        "İ",
        // Words the fold's word cache takes or must not: long ones, ones an apostrophe, a
        // hyphen or a letter beyond ASCII joins to the next, capitals, digits, initials.
        "Counteroffensives",
        "internationally",
        "KUPIANSK",
        "Kyivska`s",
        "Dmitri S. Peskov",
        "2022",
        "11km",
        "Iahotyn",
        "Zaporizhzhia",
        "Kharkiv-based",
        "Zé",
        "Kup\u{2019}yansk",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check(raw: &str) {
    let a = parse("p.txt", raw);
    let mut last = 0;
    for b in &a.blocks {
        assert_eq!(&raw[b.start..b.end], b.text);
        assert!(b.start >= last);
        last = b.end;
    }
    let ann = annotate(raw, &a);
    let mut last = 0;
    for m in &ann.mentions {
        assert_eq!(&raw[m.start..m.end], &*m.text, "{m:?}");
        assert!(m.start >= last, "mentions overlap or are unsorted: {m:?}");
        assert!(m.start < m.end);
        last = m.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_parses_and_annotates(raw in any::<String>()) {
        check(&raw);
    }

    #[test]
    fn newsish_text_parses_and_annotates(raw in newsish()) {
        check(&raw);
    }

    #[test]
    fn a_fold_that_keeps_its_words_folds_the_same(raw in newsish(), other in any::<String>()) {
        // One buffer for every case, as the annotator keeps one: its words come back.
        thread_local! {
            static KEPT: std::cell::RefCell<fold::Folded> = std::cell::RefCell::new({
                let mut f = fold::Folded::default();
                f.keep_words();
                f
            });
        }
        for text in [&raw, &other, &raw] {
            let plain = fold::fold(text);
            KEPT.with(|kept| {
                let mut kept = kept.borrow_mut();
                fold::fold_into(text, &mut kept);
                assert_eq!(kept.text, plain.text);
                assert!(kept.words().eq(plain.words()));
                // And the figures it lists where they may start are the ones the text has.
                assert_eq!(quantity::scan_from(text, kept.figures()), quantity::scan(text));
            });
        }
    }

    #[test]
    fn every_folded_word_maps_back_to_text_with_its_key(raw in newsish()) {
        let f = fold::fold(&raw);
        for (word, s, e) in f.words() {
            prop_assert!(raw.is_char_boundary(s) && raw.is_char_boundary(e) && s < e);
            // Folding the original slice again gives the same word: the map is exact.
            prop_assert_eq!(fold::key(&raw[s..e]), word);
        }
    }
}
