//! Bad input gets a clear result, never a panic: empty, white space only, binary, invalid UTF-8,
//! Windows line endings, a 5 MB single line.

use lede::core::{BlockKind, ParseError, parse, parse_bytes};

#[test]
fn empty_file_is_an_article_with_a_warning() {
    let a = parse("empty.txt", "");
    assert!(a.blocks.is_empty());
    assert_eq!(a.warnings, ["the file is empty"]);
    assert_eq!(a.display_title(), "Untitled (empty.txt)");
}

#[test]
fn whitespace_only_file() {
    for raw in [" ", "\n\n\n", "\r\n\t \u{a0}\r\n"] {
        let a = parse("ws.txt", raw);
        assert!(a.blocks.is_empty(), "{raw:?}");
        assert_eq!(a.warnings, ["the file holds only white space"]);
    }
}

#[test]
fn binary_data_is_refused_with_the_file_name() {
    let err = parse_bytes("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00").unwrap_err();
    assert_eq!(
        err,
        ParseError::Binary {
            file: "photo.jpg".into()
        }
    );
    assert!(err.to_string().contains("photo.jpg"));
}

#[test]
fn invalid_utf8_is_refused_with_where() {
    let err = parse_bytes("latin1.txt", b"Kyiv caf\xe9 reopened.").unwrap_err();
    assert_eq!(
        err,
        ParseError::InvalidUtf8 {
            file: "latin1.txt".into(),
            offset: 8
        }
    );
    assert_eq!(
        err.to_string(),
        "latin1.txt: not UTF-8 text (invalid byte at offset 8); save it as UTF-8 and try again"
    );
}

#[test]
fn windows_line_endings_parse_like_unix() {
    let unix = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/001_7b244cf315c26bef.txt"
    ))
    .unwrap();
    let windows = unix.replace('\n', "\r\n");
    let (a, b) = (parse("u.txt", &unix), parse("w.txt", &windows));
    assert_eq!(a.title, b.title);
    assert_eq!(a.published, b.published);
    assert_eq!(a.byline, b.byline);
    let kinds = |x: &lede::core::Article| {
        x.blocks
            .iter()
            .map(|b| (b.kind, b.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&a), kinds(&b));
    for blk in &b.blocks {
        assert_eq!(&windows[blk.start..blk.end], blk.text);
        assert!(!blk.text.contains('\r'));
    }
}

#[test]
fn five_megabyte_single_line() {
    let sentence = "Ukrainian forces advanced near Kupiansk on Saturday, officials said. ";
    let raw = sentence.repeat(5 * 1024 * 1024 / sentence.len() + 1);
    assert!(raw.len() >= 5 * 1024 * 1024);
    let start = std::time::Instant::now();
    let a = parse("big.txt", &raw);
    // Not a timing assertion on performance: only a guard against quadratic blow-up hanging CI.
    assert!(start.elapsed().as_secs() < 30);
    assert_eq!(a.blocks.len(), 1);
    assert_eq!(a.blocks[0].kind, BlockKind::Paragraph);
    assert_eq!(a.blocks[0].end - a.blocks[0].start, raw.trim_end().len());
    // Annotating it stays linear: every repetition's place and weekday is found.
    let ann = lede::core::annotate::annotate(&raw, &a);
    assert!(start.elapsed().as_secs() < 60);
    let places = ann
        .mentions
        .iter()
        .filter(|m| &*m.text == "Kupiansk")
        .count();
    assert_eq!(places, raw.matches("Kupiansk").count());
}

#[test]
fn a_bom_is_not_part_of_the_title() {
    let raw = "\u{feff}A Title Line Here\n\nBody text follows here.\n";
    let a = parse("bom.txt", raw);
    assert_eq!(a.title.as_deref(), Some("A Title Line Here"));
    assert_eq!(a.blocks[0].start, 3);
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap deterministic fuzz: every slice boundary of a mixed seed-like text.
    let raw = "Sept. 10, 2022 / 12:38 PM\r\n\r\nTitle\nBy X\n\u{201C}Q\u{201D} SEE ALSO: A InB c d e f g h.\n(UPI) -- Київ, 25:99 Photo: x";
    for (i, _) in raw.char_indices() {
        for (j, _) in raw[i..].char_indices() {
            let a = parse("f.txt", &raw[i..i + j]);
            for b in &a.blocks {
                assert_eq!(&raw[i..i + j][b.start..b.end], b.text);
            }
        }
    }
}
