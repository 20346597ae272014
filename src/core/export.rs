//! The JSON shape of `lede extract`: a public interface, kept stable.
//!
//! `{"articles":[{"file","title","source","published","byline","blocks":[{"kind","start","end",
//! "text"}],"mentions":[]}],"entities":[]}`, with `start`/`end` UTF-8 byte offsets into the file.
//! Extra fields (`source_evidence`, `mentioned_dates`, `warnings`) add detail without changing
//! the names above.

use super::article::{Article, Block};
use super::dates::DateRange;
use serde::Serialize;

#[derive(Serialize)]
pub struct Extract<'a> {
    pub articles: Vec<ArticleOut<'a>>,
    /// Filled by the entity engine; empty until then.
    pub entities: Vec<()>,
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
    pub mentions: Vec<()>,
    pub warnings: &'a [String],
}

impl<'a> ArticleOut<'a> {
    pub fn new(a: &'a Article) -> Self {
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
            mentions: Vec::new(),
            warnings: &a.warnings,
        }
    }
}

impl<'a> Extract<'a> {
    pub fn new(articles: impl IntoIterator<Item = &'a Article>) -> Self {
        Extract {
            articles: articles.into_iter().map(ArticleOut::new).collect(),
            entities: Vec::new(),
        }
    }
}
