//! The embedded articles read at build time: `build.rs` compiles the engine, parses and
//! annotates every seed, and writes what the reader needs as Rust statics
//! ([`source`]), which [`super::compiled`] turns back into articles, annotations and entities.
//! The browser app then ships the reading and not the engine (the gazetteer, its matcher and
//! the rules), so its first load is a fraction of the size, and it starts without work.
//!
//! What is written: the entities the articles mention (as `lede extract` lists them, with
//! their descriptions), each article with its blocks, its mentions (entity and why by number;
//! the text is the raw text's at the offsets) and the entities its rules found, and every
//! folded spelling the gazetteer knows for those entities, so that a search in any listed
//! spelling finds them.

use super::annotate::{Annotation, annotate};
use super::article::{Article, parse};
use super::export::{self, Value};
use super::fnv::FnvMap;
use super::gazetteer::Gazetteer;
use std::fmt::Write as _;

/// Rust source for [`super::compiled`]: `ENTITIES`, `WHYS`, `DOCS` and `NAMES`, from the seeds
/// (file name, text) in the order the corpus lists them.
pub fn source(seeds: &[(&str, &str)]) -> String {
    let articles: Vec<Article> = seeds.iter().map(|(file, raw)| parse(file, raw)).collect();
    let annotations: Vec<Annotation> = seeds
        .iter()
        .zip(&articles)
        .map(|((_, raw), a)| annotate(raw, a))
        .collect();
    write(seeds, &articles, &annotations)
}

fn write(seeds: &[(&str, &str)], articles: &[Article], annotations: &[Annotation]) -> String {
    let entities = export::entities(annotations);
    assert!(entities.len() < u16::MAX as usize, "too many entities");
    let number: FnvMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut out = String::new();

    out.push_str("static ENTITIES: &[Ent] = &[\n");
    for e in &entities {
        let value = match &e.value {
            None => "None".to_string(),
            Some(Value::Text(t)) => format!("Some(Val::Text({t:?}))"),
            Some(Value::Number(n)) => format!("Some(Val::Number({n:?}))"),
        };
        writeln!(
            out,
            "Ent {{ id: {:?}, name: {:?}, kind: EntityType::{:?}, aliases: &{:?}, why: &{:?}, \
             value: {value}, unit: {:?}, lat: {:?}, lon: {:?}, oblast: {:?}, \
             description: {:?}, mentions: {}, articles: {} }},",
            e.id,
            e.name,
            e.kind,
            e.aliases,
            e.why,
            e.unit,
            e.lat,
            e.lon,
            e.oblast.as_deref(),
            e.description,
            e.mentions,
            e.articles,
        )
        .unwrap();
    }
    out.push_str("];\n");

    // The whys, each once: many mentions share one.
    let mut whys: Vec<&str> = Vec::new();
    let mut why_number: FnvMap<&str, usize> = FnvMap::default();
    for m in annotations.iter().flat_map(|a| &a.mentions) {
        why_number.entry(&m.why).or_insert_with(|| {
            whys.push(&m.why);
            whys.len() - 1
        });
    }
    assert!(whys.len() < u16::MAX as usize, "too many reasons");
    writeln!(out, "static WHYS: &[&str] = &{whys:?};").unwrap();

    out.push_str("static DOCS: &[Doc] = &[\n");
    for (((file, raw), a), ann) in seeds.iter().zip(articles).zip(annotations) {
        assert_eq!(a.file, *file);
        let blocks: Vec<String> = a
            .blocks
            .iter()
            .map(|b| {
                // The text, where it is not the raw text at its offsets.
                let text = (raw.get(b.start..b.end) != Some(b.text.as_str())).then_some(&b.text);
                format!(
                    "(BlockKind::{:?}, {}, {}, {:?})",
                    b.kind, b.start, b.end, text
                )
            })
            .collect();
        let mentions: Vec<String> = ann
            .mentions
            .iter()
            .map(|m| {
                assert_eq!(
                    raw.get(m.start..m.end),
                    Some(&*m.text),
                    "a mention's offsets"
                );
                assert_eq!(
                    m.kind, entities[number[&*m.entity]].kind,
                    "a mention's type"
                );
                format!(
                    "({}, {}, {}, {})",
                    m.start, m.end, number[&*m.entity], why_number[&*m.why]
                )
            })
            .collect();
        let found: Vec<String> = ann
            .found
            .iter()
            .map(|f| {
                format!(
                    "Fnd {{ id: {:?}, name: {:?}, kind: EntityType::{:?}, value: {:?}, \
                     unit: {:?}, description: {:?} }}",
                    f.id,
                    f.name,
                    f.kind,
                    f.value.as_deref(),
                    f.unit,
                    f.description
                )
            })
            .collect();
        writeln!(
            out,
            "Doc {{ title: {:?}, published: {:?}, updated: {:?}, byline: {:?}, source: {:?}, \
             blocks: &[{}], mentioned_dates: {:?}, warnings: &{:?}, mentions: &[{}], \
             found: &[{}] }},",
            a.title.as_deref(),
            a.published,
            a.updated,
            a.byline.as_deref(),
            a.source
                .as_ref()
                .map(|s| (s.name.as_str(), s.evidence.as_str())),
            blocks.join(", "),
            a.mentioned_dates,
            a.warnings,
            mentions.join(", "),
            found.join(", "),
        )
        .unwrap();
    }
    out.push_str("];\n");

    // Every folded spelling the gazetteer has for these entities, sorted for a binary search.
    let g = Gazetteer::get();
    let mut names: Vec<(&str, Vec<usize>)> = (0..g.pattern_count())
        .filter_map(|p| {
            let mut named: Vec<usize> = g
                .candidates(p)
                .filter_map(|e| number.get(e.id.as_str()).copied())
                .collect();
            named.sort_unstable();
            named.dedup();
            (!named.is_empty()).then(|| (g.key(p), named))
        })
        .collect();
    names.sort_unstable();
    out.push_str("static NAMES: &[(&str, &[u16])] = &[\n");
    for (key, named) in names {
        writeln!(out, "({key:?}, &{named:?}),").unwrap();
    }
    out.push_str("];\n");
    out
}
