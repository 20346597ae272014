//! The parser on the real seeds: the exact title, date, byline, source and block kinds of each.

use lede::core::{Article, BlockKind, corpus};

use BlockKind::*;

struct Expected {
    file: &'static str,
    title: Option<&'static str>,
    published: Option<&'static str>,
    byline: Option<&'static str>,
    source: Option<(&'static str, &'static str)>,
    mentioned_dates: Option<(&'static str, &'static str)>,
    kinds: &'static [BlockKind],
}

const EXPECTED: &[Expected] = &[
    // A photo gallery: every paragraph is a caption; nothing says who published it or when.
    Expected {
        file: "000_9ef5ad5f0c065b89.txt",
        title: Some("Tears And Relief As Liberated Towns Are Freed From Russian Occupation"),
        published: None,
        byline: None,
        source: None,
        mentioned_dates: Some(("--09-14", "--09-14")),
        kinds: &[
            Headline, Caption, Caption, Caption, Caption, Caption, Caption, Caption, Caption,
            Caption, Caption, Caption, Caption, Caption, Caption, Caption, Caption,
        ],
    },
    // UPI: dateline, headline, byline, a photo caption with its credit split off.
    Expected {
        file: "001_7b244cf315c26bef.txt",
        title: Some("Ukrainian troops advance, forcing Russian withdrawal from key areas"),
        published: Some("2022-09-10T12:38"),
        byline: Some("Simon Druker"),
        source: Some(("UPI", "Sept. 10 (UPI) --")),
        mentioned_dates: Some(("2022-09-10", "2022-09-10")),
        kinds: &[
            Dateline,
            Headline,
            Byline,
            Caption,
            Boilerplate,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Quote,
            Quote,
            Paragraph,
            Quote,
            Quote,
            Paragraph,
            Paragraph,
            Paragraph,
            Quote,
            Paragraph,
            Paragraph,
        ],
    },
    // RFE/RL: no headline line, promo lines, and a promo headline glued to a sentence.
    Expected {
        file: "002_2de072fd7b9da36a.txt",
        title: None,
        published: None,
        byline: None,
        source: Some((
            "RFE/RL",
            "RFE/RL's Ukraine Live Briefing gives you the latest developments on Russia's invasion, Western military aid, the plight…",
        )),
        mentioned_dates: Some(("--09-10", "--09-11")),
        kinds: &[
            Paragraph,
            Paragraph,
            Boilerplate,
            Boilerplate,
            Quote,
            Paragraph,
            Paragraph,
            Paragraph,
            Quote,
            Paragraph,
            Boilerplate,
            Boilerplate,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Paragraph,
            Boilerplate,
            Paragraph,
            Paragraph,
            Paragraph,
        ],
    },
];

fn article(file: &str) -> (&'static str, &'static Article) {
    let doc = corpus::embedded()
        .iter()
        .find(|d| d.article.file == file)
        .unwrap_or_else(|| panic!("seed {file} is not embedded"));
    (doc.raw, &doc.article)
}

#[test]
fn the_three_seeds_are_embedded_in_order() {
    let files: Vec<&str> = corpus::seeds().iter().map(|s| s.file).collect();
    assert_eq!(files, EXPECTED.iter().map(|e| e.file).collect::<Vec<_>>());
}

#[test]
fn seeds_are_embedded_byte_for_byte() {
    for seed in corpus::seeds() {
        let on_disk = std::fs::read(format!(
            "{}/seeds/{}",
            env!("CARGO_MANIFEST_DIR"),
            seed.file
        ))
        .unwrap();
        assert_eq!(seed.text.as_bytes(), on_disk.as_slice(), "{}", seed.file);
    }
}

#[test]
fn each_seed_parses_exactly() {
    for e in EXPECTED {
        let (_, a) = article(e.file);
        assert_eq!(a.title.as_deref(), e.title, "{} title", e.file);
        assert_eq!(
            a.published.map(|p| p.iso()).as_deref(),
            e.published,
            "{} published",
            e.file
        );
        assert_eq!(a.byline.as_deref(), e.byline, "{} byline", e.file);
        assert_eq!(
            a.source
                .as_ref()
                .map(|s| (s.name.as_str(), s.evidence.as_str())),
            e.source,
            "{} source",
            e.file
        );
        assert_eq!(
            a.mentioned_dates.map(|r| (r.from.iso(), r.to.iso())),
            e.mentioned_dates
                .map(|(f, t)| (f.to_string(), t.to_string())),
            "{} mentioned dates",
            e.file
        );
        let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, e.kinds, "{} block kinds", e.file);
        assert!(a.warnings.is_empty(), "{}: {:?}", e.file, a.warnings);
    }
}

#[test]
fn blocks_slice_the_raw_text_in_order_and_lose_nothing() {
    for doc in corpus::embedded() {
        let raw = doc.raw;
        let mut last_end = 0;
        for b in &doc.article.blocks {
            assert_eq!(&raw[b.start..b.end], b.text, "{}", doc.article.file);
            assert!(b.start >= last_end, "blocks overlap or are out of order");
            // Only white space lies between blocks: no text is dropped.
            assert!(
                raw[last_end..b.start].trim().is_empty(),
                "{}: text lost before block at {}: {:?}",
                doc.article.file,
                b.start,
                &raw[last_end..b.start]
            );
            last_end = b.end;
        }
        assert!(raw[last_end..].trim().is_empty());
    }
}

#[test]
fn glued_promo_headline_is_split_from_the_sentence() {
    let (_, a) = article("002_2de072fd7b9da36a.txt");
    let i = a
        .blocks
        .iter()
        .position(|b| b.text.starts_with("SEE ALSO:"))
        .unwrap();
    assert_eq!(
        a.blocks[i].text,
        "SEE ALSO: Dnipro Diary: Not Far From The Front Line, A Ukrainian Outpost City Digs In"
    );
    assert_eq!(a.blocks[i].kind, Boilerplate);
    assert!(
        a.blocks[i + 1]
            .text
            .starts_with("An adviser to the head of the regional council")
    );
    assert_eq!(a.blocks[i + 1].kind, Paragraph);
    assert_eq!(a.blocks[i].end, a.blocks[i + 1].start, "split at the glue");
}

#[test]
fn boilerplate_is_kept_not_deleted() {
    let (_, a) = article("002_2de072fd7b9da36a.txt");
    let furniture: Vec<&str> = a
        .blocks
        .iter()
        .filter(|b| b.kind == Boilerplate)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(furniture.len(), 5);
    assert!(furniture.contains(&"Your browser doesn\u{2019}t support HTML5"));
    let (_, a) = article("001_7b244cf315c26bef.txt");
    assert!(
        a.blocks.iter().any(|b| b.kind == Boilerplate
            && b.text == "Photo courtesy of Ukraine Defense Ministry/EPA-EFE")
    );
}

#[test]
fn date_labels() {
    let labels: Vec<String> = corpus::embedded()
        .iter()
        .map(|d| d.article.date_label())
        .collect();
    assert_eq!(
        labels,
        [
            "Mentions 14 Sep · year not stated",
            "Sat 10 Sep 2022, 12:38",
            "Mentions 10 Sep – 11 Sep · year not stated",
        ]
    );
}

#[test]
fn list_view_fields() {
    let (_, a) = article("002_2de072fd7b9da36a.txt");
    assert_eq!(
        a.display_title(),
        "Ukraine's military counteroffensive continued in the east of the country as Russia's…"
    );
    assert_eq!(
        a.first_line(200).as_deref(),
        Some(
            "The Ukrainian military said its forces had entered Kupyansk and that operations to liberate villages and towns in that district and nearby Izyum were ongoing."
        )
    );
    let (_, a) = article("001_7b244cf315c26bef.txt");
    assert_eq!(a.id(), "001_7b244cf315c26bef");
    assert!(a.first_line(80).unwrap().starts_with("An image taken from"));
}
