//! The JSON shape of `lede extract`: a public interface, kept stable.
//!
//! `{"articles":[{"file","title","source","published","byline","blocks":[{"kind","start","end",
//! "text"}],"mentions":[{"start","end","text","entity"}]}],"entities":[{"id","name","type",
//! "aliases","why", …}]}`, with `start`/`end` UTF-8 byte offsets into the file. Extra fields
//! (`source_evidence`, `updated`, `mentioned_dates`, `warnings`; per entity `value`, `unit`,
//! `lat`, `lon`, `oblast`, `description`, `mentions`, `articles`) add detail without changing
//! the names above.

use super::annotate::{Annotation, Found, Mention, Spellings, annotate};
use super::article::{Article, Block};
use super::dates::DateRange;
use super::entity::{Entity, EntityType};
use super::fnv::FnvMap;
use super::gazetteer::Gazetteer;
use super::num::parse_decimal;
use super::sort;
use serde::Serialize;

#[derive(Serialize)]
pub struct Extract<'a> {
    pub articles: Vec<ArticleOut<'a>>,
    pub entities: Vec<EntityOut>,
}

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub file: &'a str,
    pub title: Option<&'a str>,
    pub source: Option<&'a str>,
    pub source_evidence: Option<&'a str>,
    /// ISO 8601 (`2022-09-10T12:38`), as printed in the article.
    pub published: Option<String>,
    /// When the article says it was last updated (ISO 8601).
    pub updated: Option<String>,
    pub byline: Option<&'a str>,
    pub mentioned_dates: Option<DateRange>,
    pub blocks: &'a [Block],
    pub mentions: Vec<MentionOut>,
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct MentionOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entity: String,
    /// Why this text names that entity.
    pub why: String,
}

/// A date's ISO value or a figure's number.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    Number(f64),
}

#[derive(Serialize, Clone, Debug)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Spellings the text used other than the canonical name.
    pub aliases: Vec<String>,
    /// One line per spelling seen: why it names this entity.
    pub why: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oblast: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// How many mentions across the corpus, and in how many articles.
    pub mentions: usize,
    pub articles: usize,
}

impl<'a> Extract<'a> {
    /// Annotate each (raw text, parsed article) pair and gather the entities they mention.
    pub fn new(docs: &'a [(&'a str, &'a Article)]) -> Self {
        let annotations: Vec<Annotation> = docs.iter().map(|(raw, a)| annotate(raw, a)).collect();
        let entities = entities(&annotations);
        let articles = docs
            .iter()
            .zip(annotations)
            .map(|(&(_, a), ann)| ArticleOut::new(a, ann.mentions))
            .collect();
        Extract { articles, entities }
    }
}

impl<'a> ArticleOut<'a> {
    pub fn new(a: &'a Article, mentions: Vec<Mention>) -> Self {
        ArticleOut {
            file: &a.file,
            title: a.title.as_deref(),
            source: a.source.as_ref().map(|s| s.name.as_str()),
            source_evidence: a.source.as_ref().map(|s| s.evidence.as_str()),
            published: a.published.map(|p| p.iso()),
            updated: a.updated.map(|p| p.iso()),
            byline: a.byline.as_deref(),
            mentioned_dates: a.mentioned_dates,
            blocks: &a.blocks,
            mentions: mentions
                .into_iter()
                .map(|m| MentionOut {
                    start: m.start,
                    end: m.end,
                    text: m.text.to_string(),
                    entity: m.entity.to_string(),
                    why: m.why.to_string(),
                })
                .collect(),
            warnings: &a.warnings,
        }
    }
}

/// Every entity the annotations mention, once, sorted by type then name.
pub fn entities(annotations: &[Annotation]) -> Vec<EntityOut> {
    let g = Gazetteer::get();
    let mut spellings = Spellings::default();
    let mut counts: FnvMap<&str, (usize, usize)> = FnvMap::default();
    let mut found: FnvMap<&str, &Found> = FnvMap::default();
    for ann in annotations {
        let mut seen_here: Vec<&str> = Vec::new();
        for m in &ann.mentions {
            spellings.add(m);
            let c = counts.entry(&m.entity).or_default();
            c.0 += 1;
            if !seen_here.contains(&&*m.entity) {
                seen_here.push(&m.entity);
                c.1 += 1;
            }
        }
        for f in &ann.found {
            found.entry(&f.id).or_insert(f);
        }
    }
    let mut out: Vec<EntityOut> = counts
        .iter()
        .map(|(&id, &(mentions, articles))| {
            let seen = spellings.seen.get(id).map(Vec::as_slice).unwrap_or(&[]);
            let base = match (g.entity(id), found.get(id)) {
                (Some(e), _) => from_gazetteer(e, g),
                (None, Some(f)) => from_found(f),
                (None, None) => unreachable!("every mention names a known or found entity"),
            };
            let aliases = seen
                .iter()
                .filter(|(s, _)| **s != base.name)
                .map(|(s, _)| s.to_string())
                .collect();
            let why = seen.iter().map(|(s, w)| format!("{s}: {w}")).collect();
            EntityOut {
                aliases,
                why,
                mentions,
                articles,
                ..base
            }
        })
        .collect();
    sort::sort_by(&mut out, |a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

fn from_gazetteer(e: &Entity, g: &Gazetteer) -> EntityOut {
    EntityOut {
        id: e.id.clone(),
        name: e.name.clone(),
        kind: e.kind,
        aliases: Vec::new(),
        why: Vec::new(),
        value: None,
        unit: None,
        lat: e.lat,
        lon: e.lon,
        oblast: g.oblast_of(e).map(|o| o.name.clone()),
        description: e.description.clone(),
        mentions: 0,
        articles: 0,
    }
}

fn from_found(f: &Found) -> EntityOut {
    let value = f.value.as_ref().map(|v| match (f.kind, parse_decimal(v)) {
        (EntityType::Quantity, Some(n)) => Value::Number(n),
        _ => Value::Text(v.clone()),
    });
    EntityOut {
        id: f.id.clone(),
        name: f.name.clone(),
        kind: f.kind,
        aliases: Vec::new(),
        why: Vec::new(),
        value,
        unit: f.unit,
        lat: None,
        lon: None,
        oblast: None,
        description: f.description.clone(),
        mentions: 0,
        articles: 0,
    }
}
