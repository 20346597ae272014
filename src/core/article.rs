//! Raw dispatch text → [`Article`]: title, dateline, byline, source, and ordered blocks.
//!
//! News text arrives with the page around it: photo captions and credits, promo lines ("SEE
//! ALSO: …", "Your browser doesn't support HTML5"), wire datelines ("Sept. 10 (UPI) --"), and
//! sometimes a promo headline glued to the next sentence by a lost line break. The parser keeps
//! every byte of it: each block carries its kind and its byte span in the raw text, so
//! `raw[block.start..block.end] == block.text`, and page furniture is classified as
//! [`BlockKind::Boilerplate`] rather than deleted.
//!
//! Facts about the article (published date, byline, source) are set only from evidence in the
//! text; the evidence is kept beside the fact. Where there is none the field stays `None`.

use super::dates::{self, Date, DateRange, DateRole, DateTime, PartialDate};
use super::error::ParseError;
use super::text::{self, Span};
use super::{caption, furniture, meta};
use serde::Serialize;

/// What a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The article's own title.
    Headline,
    /// A line that is only the publication date (and time).
    Dateline,
    /// "By …".
    Byline,
    /// Running text.
    Paragraph,
    /// A photo caption.
    Caption,
    /// A paragraph that opens with a quotation.
    Quote,
    /// Page furniture: promos, credits, player fallbacks. Kept, hidden by default.
    Boilerplate,
}

impl BlockKind {
    /// Running text a reader reads: paragraphs, captions and quotes.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::Caption | BlockKind::Quote
        )
    }

    /// What the entity engine reads: the body and the headline (not page furniture, bylines
    /// or datelines).
    pub fn is_annotated(self) -> bool {
        self.is_body() || self == BlockKind::Headline
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Headline => "headline",
            BlockKind::Dateline => "dateline",
            BlockKind::Byline => "byline",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Caption => "caption",
            BlockKind::Quote => "quote",
            BlockKind::Boilerplate => "boilerplate",
        }
    }
}

/// One block of an article, with its byte span in the raw text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Whether a list of names holds two or more people, each named by two words or more ("Gregor
/// Haskell and Nadia Borysenko").
fn two_full_names(names: &str) -> bool {
    let people: Vec<&str> = names
        .split(',')
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    people.len() >= 2 && people.iter().all(|p| p.split_whitespace().count() >= 2)
}

/// The date a wire dateline states in full ("KYIV, March 3, 2023 (Reuters) -"): the article's
/// when nothing else dates it. (Without its year, "LONDON, Sept 12 (Reuters) -" dates nothing.)
fn wire_date(source: &Source) -> Option<DateTime> {
    meta::wire_dateline(&source.evidence)?;
    dates::scan_dates(&source.evidence)
        .into_iter()
        .find_map(|m| Date::new(m.date.year?, m.date.month, m.date.day?))
        .map(DateTime::day)
}

/// Who published the article, and the text that shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub name: String,
    /// The words in the article that name the source ("Sept. 10 (UPI) --").
    pub evidence: String,
}

/// The source name of an article that states none, as filters and tables show it.
pub const UNKNOWN_SOURCE: &str = "source unknown";

/// A parsed dispatch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The file name it came from.
    pub file: String,
    pub title: Option<String>,
    pub published: Option<DateTime>,
    /// When the article says it was last updated.
    pub updated: Option<DateTime>,
    pub byline: Option<String>,
    pub source: Option<Source>,
    pub blocks: Vec<Block>,
    /// The earliest and latest dates the body text mentions.
    pub mentioned_dates: Option<DateRange>,
    /// What the parser noticed about the input (empty file, binary data …).
    pub warnings: Vec<String>,
}

impl Article {
    /// A stable id for links: the file's name without folders or extension.
    pub fn id(&self) -> &str {
        let name = self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file);
        name.rsplit_once('.').map_or(name, |(stem, _)| stem)
    }

    /// The outlet's name, or [`UNKNOWN_SOURCE`] when the article does not say: how filters
    /// and tables group articles by source.
    pub fn source_name(&self) -> &str {
        self.source
            .as_ref()
            .map_or(UNKNOWN_SOURCE, |s| s.name.as_str())
    }

    /// The source as a reader sees it in a byline or a list: "UPI", or "Source unknown".
    pub fn source_label(&self) -> String {
        self.source
            .as_ref()
            .map_or_else(|| "Source unknown".to_string(), |s| s.name.clone())
    }

    /// The title, or when the article states none, its first sentence (shortened).
    pub fn display_title(&self) -> String {
        match &self.title {
            Some(t) => t.clone(),
            None => self
                .body()
                .next()
                .map(|b| text::first_sentence(&b.text, 90))
                .unwrap_or_else(|| format!("Untitled ({})", self.file)),
        }
    }

    /// The blocks a reader reads, in order.
    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind.is_body())
    }

    /// The opening of the body: its first sentence, shortened for a list.
    pub fn first_line(&self, max_chars: usize) -> Option<String> {
        // Skip the block that already serves as the display title.
        let mut body = self.body();
        if self.title.is_none() {
            body.next();
        }
        body.next()
            .or_else(|| self.body().next())
            .map(|b| text::first_sentence(&b.text, max_chars))
    }

    /// When the article is from, for a list or a byline: the stated publication date, or else
    /// the dates its text mentions, saying that the year is not stated where it is not.
    pub fn date_label(&self) -> String {
        let show = |p: DateTime| match p.time_label() {
            Some(time) => format!("{}, {time}", p.date),
            None => p.date.to_string(),
        };
        if let Some(p) = self.published {
            return show(p);
        }
        if let Some(u) = self.updated {
            return format!("Updated {}", show(u));
        }
        match self.mentioned_dates {
            Some(r) if r.from.year.is_none() => format!("Mentions {r} · year not stated"),
            Some(r) => format!("Mentions {r}"),
            None => "Date not stated".into(),
        }
    }

    pub fn count(&self, kind: BlockKind) -> usize {
        self.blocks.iter().filter(|b| b.kind == kind).count()
    }
}

/// Parse a file's bytes: like [`parse`], but refuses data that is not UTF-8 text.
pub fn parse_bytes(file_name: &str, bytes: &[u8]) -> Result<Article, ParseError> {
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(ParseError::Binary {
            file: file_name.to_string(),
        });
    }
    let raw = std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
        file: file_name.to_string(),
        offset: e.valid_up_to(),
    })?;
    Ok(parse(file_name, raw))
}

/// Parse raw dispatch text. Never fails: odd input gives an article with fewer blocks and a
/// warning saying why.
pub fn parse(file_name: &str, raw: &str) -> Article {
    let mut article = Article {
        file: file_name.to_string(),
        title: None,
        published: None,
        updated: None,
        byline: None,
        source: None,
        blocks: Vec::new(),
        mentioned_dates: None,
        warnings: Vec::new(),
    };
    if raw.is_empty() {
        article.warnings.push("the file is empty".into());
        return article;
    }
    if text::trim(raw, (0, raw.len())).0 == raw.len() {
        article
            .warnings
            .push("the file holds only white space".into());
        return article;
    }

    let mut p = Parser {
        raw,
        blocks: Vec::new(),
        in_header: true,
        caption_next: false,
        byline_next: false,
        labels_after_title: false,
        links_next: 0,
        in_trailer: false,
        published_role: None,
        published: None,
        updated: None,
        title: None,
        byline: None,
    };
    for unit in units(raw) {
        p.unit(unit);
    }
    let has_meta = p.byline.is_some() || p.published.is_some() || p.updated.is_some();
    caption::mark_captions(&mut p.blocks, has_meta);

    let byline_text = p
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Byline)
        .map_or("", |b| b.text.as_str());
    article.source = meta::detect_source(&p.blocks, p.byline.as_ref(), byline_text);
    article.title = p.title.map(|i| p.blocks[i].text.clone());
    article.published = p.published.or_else(|| wire_date(article.source.as_ref()?));
    // The dates the text mentions; those without a year take the nearest fitting one when the
    // article's date is known (as the reader's mentions do).
    let anchor = article.published.or(p.updated).map(|d| d.date);
    article.mentioned_dates = dates::mentioned_range(
        p.blocks
            .iter()
            .filter(|b| b.kind.is_body())
            .flat_map(|b| dates::scan_dates(&b.text).into_iter().map(|m| m.date))
            .map(|d| match (d.year, d.day, anchor) {
                (None, Some(day), Some(a)) => {
                    dates::year_near(a, d.month, day).map_or(d, |n| PartialDate {
                        year: Some(n.year),
                        ..d
                    })
                }
                _ => d,
            }),
    );
    article.updated = p.updated;
    article.byline = p.byline.map(|b| b.names);
    article.blocks = p.blocks;
    if !article.blocks.iter().any(|b| b.kind.is_body()) {
        article
            .warnings
            .push("no running text was found in the file".into());
    }
    article
}

/// The links a list under a "Related Topics" heading may have.
const LINKS_AT_MOST: u8 = 8;

struct Parser<'a> {
    raw: &'a str,
    blocks: Vec<Block>,
    /// Before the first unit of running text: where titles, bylines and labels live.
    in_header: bool,
    /// The previous line was a caption label ("Image caption,"): this one is the caption.
    caption_next: bool,
    /// The previous line was an author label ("Author"): this one may be the byline.
    byline_next: bool,
    /// Section labels came after the short line taken for the title: it was a masthead's or a
    /// slogan, if a headline follows.
    labels_after_title: bool,
    /// After a heading over links to other stories: how many more short lines may be links.
    links_next: u8,
    /// After the heading of the author's note or box: the rest is furniture.
    in_trailer: bool,
    /// How the published date was stated: an explicit "Published …" beats a bare date.
    published_role: Option<DateRole>,
    published: Option<DateTime>,
    updated: Option<DateTime>,
    /// Index of the headline block.
    title: Option<usize>,
    byline: Option<meta::Byline>,
}

impl Parser<'_> {
    /// How many paragraphs so far of `min_words` words or more.
    fn paragraphs(&self, min_words: usize) -> usize {
        self.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph && words(&b.text) >= min_words)
            .count()
    }

    fn push(&mut self, kind: BlockKind, span: Span) {
        let (start, end) = text::trim(self.raw, span);
        if start == end {
            return;
        }
        self.blocks.push(Block {
            kind,
            start,
            end,
            text: self.raw[start..end].to_string(),
        });
    }

    /// Classify one unit (a line, or a hard-wrapped paragraph), splitting it where it holds two
    /// things (a promo glued to a sentence; a caption and its photo credit).
    fn unit(&mut self, span: Span) {
        let (start, end) = span;
        let s = &self.raw[start..end];

        if let Some(cut) = furniture::glued_promo_split(s) {
            self.push(BlockKind::Boilerplate, (start, start + cut));
            self.body((start + cut, end));
            return;
        }
        if let Some(cut) = furniture::trailing_credit_split(s) {
            self.unit((start, start + s[..cut].trim_end().len()));
            self.push(BlockKind::Boilerplate, (start + cut, end));
            return;
        }
        if std::mem::take(&mut self.caption_next) && !furniture::is_furniture(s) {
            // (Its credit apart: "… in Kharkiv. Pic: Reuters".)
            match furniture::credit_start(s) {
                Some(cut) if cut > 0 => self.caption_then_credit((start, end), cut),
                _ => self.push(BlockKind::Caption, span),
            }
            return;
        }
        // "Author" / "Lisa Brenner with Reuters, AP, dpa" (Deutsche Welle).
        if std::mem::take(&mut self.byline_next)
            && let Some(b) = meta::byline(s).or_else(|| meta::names_only(s))
            && names_people(&b.names)
        {
            self.byline.get_or_insert(b);
            self.push(BlockKind::Byline, span);
            return;
        }
        // "Author: Olha Bondarenko".
        if self.byline.is_none()
            && let Some(names) = ["Author:", "Authors:"]
                .iter()
                .find_map(|l| s.trim().strip_prefix(l))
            && let Some(b) = meta::names_only(names)
            && names_people(&b.names)
        {
            self.byline = Some(b);
            self.push(BlockKind::Byline, span);
            return;
        }
        if self.byline.is_none() && matches!(s.trim(), "Author" | "Authors" | "Written by") {
            self.byline_next = true;
            self.push(BlockKind::Boilerplate, span);
            return;
        }
        if let Some(line) = dates::parse_dateline(s) {
            // (A bare date deep in the body dates a promo's story, not this one: "Related
            // articles" / "Other story" / "November 12 2023, 6.00pm".)
            let body_begun = self.paragraphs(12) >= 3;
            if line.role != DateRole::Unlabelled || self.in_header || !body_begun {
                self.dateline(line);
            }
            self.push(BlockKind::Dateline, span);
            return;
        }
        if let Some(lines) = dates::parse_glued_datelines(s) {
            for line in lines {
                self.dateline(line);
            }
            self.push(BlockKind::Dateline, span);
            return;
        }
        // (After the header too, among the first paragraphs, if it names people or an
        // outlet: "By Oksana Hrytsai, Kyiv Post | October 5, 2023, 9:12 pm" or "By Kyiv Post |
        // January 3, 2024, 6:21 pm" under a standfirst.)
        if (self.in_header || self.byline.is_none() && self.paragraphs(0) <= 3)
            && let Some((b, lines)) = meta::header_byline(s, self.title.is_some())
            && (self.in_header || names_people(&b.names) || meta::outlet_named(&b.names).is_some())
        {
            for line in lines {
                self.dateline(line);
            }
            self.byline.get_or_insert(b);
            self.push(BlockKind::Byline, span);
            return;
        }
        // The links under a "Related Topics" or "Read more:" heading, until real text.
        // (Only once the body has begun: a box at the top of a page is not its end.)
        if self.in_trailer || (!self.in_header && furniture::opens_trailer(s)) {
            self.in_trailer = true;
            self.push(BlockKind::Boilerplate, span);
            return;
        }
        if self.links_next > 0 {
            if furniture::is_link_item(s) {
                self.links_next -= 1;
                self.push(BlockKind::Boilerplate, span);
                return;
            }
            self.links_next = 0;
        }
        if furniture::opens_link_list(s) {
            self.links_next = LINKS_AT_MOST;
            self.push(BlockKind::Boilerplate, span);
            return;
        }
        if furniture::is_caption_label(s) {
            self.caption_next = true;
            self.push(BlockKind::Boilerplate, span);
            return;
        }
        if dates::is_time_line(s) {
            self.push(BlockKind::Dateline, span);
            return;
        }
        if furniture::is_furniture(s) || self.is_author_bio(s) {
            self.push(BlockKind::Boilerplate, span);
            return;
        }
        if dates::is_date_lead_line(s) {
            // "Issued on: 12/09/2022 - 15:40": a date line whose date is ambiguous or unread.
            self.push(BlockKind::Dateline, span);
            return;
        }
        // A byline under the standfirst or a photo ("By Jane Roe and John Doe" after the
        // header's end): a short line of names only, among the first paragraphs, that opens
        // with a given name or names two people in full ("By Air and Sea", "By Popular Demand"
        // are headlines).
        if !self.in_header
            && self.byline.is_none()
            && words(s) <= 12
            && !s.trim_end().ends_with(['.', '!', '?'])
            && self.paragraphs(0) <= 3
            && let Some(b) = meta::byline(s)
            && names_people(&b.names)
        {
            self.byline = Some(b);
            self.push(BlockKind::Byline, span);
            return;
        }
        if self.in_header {
            if furniture::is_section_path(s) {
                self.push(BlockKind::Boilerplate, span);
                return;
            }
            // "By Jane Roe", or under the headline a line of people's names only ("Luke
            // Harding and Shaun Walker").
            // (Not topic tags naming listed people: "Vladimir Putin and Donald Trump".)
            let names_only = || {
                meta::names_only(s).filter(|b| {
                    self.title.is_some()
                        && names_people(&b.names)
                        && !b
                            .names
                            .split([',', '&'])
                            .flat_map(|n| n.split(" and "))
                            .any(super::gazetteer::is_listed_person)
                })
            };
            if self.byline.is_none()
                && let Some(b) = meta::byline(s).or_else(names_only)
            {
                self.byline = Some(b);
                self.push(BlockKind::Byline, span);
                return;
            }
            if self.byline.is_none() && meta::is_headline(s) {
                // A short label before the real headline ("Russia-Ukraine war", "KYIV POST",
                // a slogan: "Democracy Dies in Darkness") gives way to it; another short line
                // after the label is one too ("Ukraine's Global Voice", "War in Ukraine").
                match self.title {
                    None => {}
                    Some(i)
                        if self.labels_after_title
                            || label_before_headline(&self.blocks[i].text, s) =>
                    {
                        self.blocks[i].kind = BlockKind::Boilerplate;
                    }
                    Some(i) if words(&self.blocks[i].text) <= 3 && words(s) <= 3 => {
                        self.push(BlockKind::Boilerplate, span);
                        return;
                    }
                    Some(_) => return self.body(span),
                }
                self.title = Some(self.blocks.len());
                self.labels_after_title = false;
                self.push(BlockKind::Headline, span);
                return;
            }
            if words(s) == 1 && !is_sentence(s) {
                // A section label ("Ukraine", "World") above the headline; so a short line
                // taken for the headline before it was a masthead's or a slogan
                // ("Democracy Dies in Darkness").
                // (Known only when a headline follows: "… Bakhmut / Exclusive / By …" keeps
                // its title.)
                let label = !s.ends_with(['.', '!', '?', ':']);
                if self
                    .title
                    .is_some_and(|i| label && words(&self.blocks[i].text) <= 5)
                {
                    self.labels_after_title = true;
                }
                self.push(BlockKind::Boilerplate, span);
                return;
            }
        }
        self.body(span);
    }

    /// A note on one of the byline's authors: "Henry Austin is a senior editor for NBC News
    /// Digital based in London." (one or two sentences, opening with the name in full).
    fn is_author_bio(&self, s: &str) -> bool {
        let Some(b) = &self.byline else {
            return false;
        };
        let s = s.trim();
        s.len() <= 400
            && b.names
                .split([','])
                .flat_map(|n| n.split(" and "))
                .map(str::trim)
                .filter(|n| n.contains(' '))
                .any(|n| {
                    s.strip_prefix(n).is_some_and(|rest| {
                        [
                            " is a ",
                            " is an ",
                            " is the ",
                            " was a ",
                            " covers ",
                            " reports ",
                        ]
                        .iter()
                        .any(|v| rest.starts_with(v))
                    })
                })
    }

    /// Record a date line: updates apart; an explicit "Published" beats a bare date, and the
    /// first of equals wins.
    fn dateline(&mut self, line: dates::Dateline) {
        match line.role {
            DateRole::Updated => {
                self.updated.get_or_insert(line.at);
            }
            role => {
                // (But not one that only states the same day less precisely: "Sat 17 Feb 2024
                // at 5:42pm" … "Posted 17 Feb 2024, updated 17 Feb 2024".)
                let explicit_over_bare = role == DateRole::Published
                    && self.published_role == Some(DateRole::Unlabelled)
                    && !self.published.is_some_and(|p| {
                        p.date == line.at.date && p.time.is_some() && line.at.time.is_none()
                    });
                if self.published.is_none() || explicit_over_bare {
                    self.published = Some(line.at);
                    self.published_role = Some(role);
                }
            }
        }
    }

    /// A caption whose photo credit starts `cut` bytes in: the caption, then the credit as
    /// furniture.
    fn caption_then_credit(&mut self, (start, end): Span, cut: usize) {
        self.push(BlockKind::Caption, (start, start + cut));
        self.push(BlockKind::Boilerplate, (start + cut, end));
    }

    /// A unit of running text: a caption (with its credit split off), a quote or a paragraph.
    fn body(&mut self, span: Span) {
        let (start, end) = text::trim(self.raw, span);
        let s = &self.raw[start..end];
        match furniture::credit_start(s) {
            Some(0) if furniture::is_bare_credit(s) => {
                self.push(BlockKind::Boilerplate, (start, end));
                return;
            }
            Some(cut) if cut > 0 => {
                self.caption_then_credit((start, end), cut);
                return;
            }
            Some(_) => {
                // "Photo: Residents of Izium queue for water…": a caption introduced by a label,
                // perhaps with a credit after it ("… Credit: OCHA/…").
                match furniture::credit_start_from(s, 1) {
                    Some(cut) => self.caption_then_credit((start, end), cut),
                    None => self.push(BlockKind::Caption, (start, end)),
                }
                return;
            }
            None => {}
        }
        let kind = if caption::is_caption_opening(s) {
            BlockKind::Caption
        } else if meta::opens_with_quote(s) || s.starts_with("Quote: ") {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        };
        if kind != BlockKind::Caption && ends_header(s) {
            self.in_header = false;
        }
        self.push(kind, (start, end));
    }
}

/// Whether a byline's names are people's: it opens with a given name, or names two people in
/// full ("By Air and Sea", "By Popular Demand" are headlines).
fn names_people(names: &str) -> bool {
    names
        .split_whitespace()
        .next()
        .is_some_and(super::annotate::is_given_name)
        || two_full_names(names)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether `title`, taken for the headline, is rather a label above `next`, the real one: a
/// line of up to 3 words before a longer one, or of up to 5 before one of 3 words more and
/// more. (A standfirst after a short headline is a sentence, and no headline; and a quotation
/// is no label: "‘They dropped everything and ran’" keeps its place before Meduza's subtitle.)
fn label_before_headline(title: &str, next: &str) -> bool {
    let (t, n) = (words(title), words(next));
    !meta::opens_with_quote(title) && ((t <= 3 && n > 3) || (t <= 5 && n >= t + 3))
}

/// Running text: a sentence of some length, not a label or a headline.
fn is_sentence(s: &str) -> bool {
    let n = words(s);
    n >= 10 || (n >= 4 && ends_like_sentence(s))
}

fn ends_like_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}'])
}

/// The first sentence of the story proper ends the header. A standfirst under the headline
/// ("Kyiv says 6,000 sq km recaptured…", no full stop) does not, so a byline may follow it.
fn ends_header(s: &str) -> bool {
    let n = words(s);
    (n >= 4 && ends_like_sentence(s)) || n >= 30
}

/// Split raw text into units: each non-empty line, or, when the text is hard-wrapped (short
/// lines, paragraphs separated by blank lines, sentences running on across line ends), each
/// blank-line-separated paragraph. List items and stand-alone lines (datelines, bylines) stay
/// units of their own.
fn units(raw: &str) -> Vec<Span> {
    let lines: Vec<Span> = text::lines(raw)
        .into_iter()
        .map(|l| text::trim(raw, l))
        .collect();
    if !is_hard_wrapped(raw, &lines) {
        return lines.into_iter().filter(|(s, e)| s < e).collect();
    }
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    for (s, e) in lines {
        let line = &raw[s..e];
        if s == e || stands_alone(line) {
            out.extend(current.take());
            if s < e {
                out.push((s, e));
            }
            continue;
        }
        if is_list_item(line) {
            out.extend(current.take());
        }
        current = Some(match current {
            Some((cs, _)) => (cs, e),
            None => (s, e),
        });
    }
    out.extend(current);
    out
}

/// Lines that are never part of a wrapped paragraph.
fn stands_alone(line: &str) -> bool {
    !line.chars().any(char::is_alphabetic)
        || dates::parse_dateline(line).is_some()
        || meta::byline(line).is_some()
}

/// "* item", "- item", "• item", "1. item".
fn is_list_item(line: &str) -> bool {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    ["* ", "- ", "• ", "\u{2013} "]
        .iter()
        .any(|p| line.starts_with(p))
        || (digits > 0 && digits <= 2 && line[digits..].starts_with(". "))
}

fn is_hard_wrapped(raw: &str, lines: &[Span]) -> bool {
    // Lines without spaces (URLs, rules) say nothing about wrapping.
    let content: Vec<&str> = lines
        .iter()
        .filter(|(s, e)| s < e)
        .map(|&(s, e)| &raw[s..e])
        .filter(|l| l.contains(' '))
        .collect();
    let has_blank = lines.iter().any(|(s, e)| s == e);
    let long = content.iter().filter(|l| l.chars().count() > 100).count();
    if content.len() < 4 || !has_blank || long * 10 > content.len() {
        return false;
    }
    // A line that runs on: the next line is not separated by a blank, and this line does not
    // end a sentence.
    let mut run_on = 0;
    for pair in lines.windows(2) {
        let ((s0, e0), (s1, e1)) = (pair[0], pair[1]);
        if s0 < e0 && s1 < e1 {
            let prev = &raw[s0..e0];
            if !stands_alone(prev) && !prev.ends_with(['.', '!', '?', '"', '\u{201D}', ':']) {
                run_on += 1;
            }
        }
    }
    run_on >= 2 && run_on * 4 >= content.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(a: &Article) -> Vec<(BlockKind, String)> {
        a.blocks
            .iter()
            .map(|b| (b.kind, text::first_sentence(&b.text, 30)))
            .collect()
    }

    #[test]
    fn every_block_slices_the_raw_text() {
        let raw =
            "Title Here\r\n\r\nBy Jane Roe\r\nA paragraph.\u{a0}\r\n\"A quote,\" she said.\r\n";
        let a = parse("x.txt", raw);
        for b in &a.blocks {
            assert_eq!(&raw[b.start..b.end], b.text);
        }
        assert_eq!(a.title.as_deref(), Some("Title Here"));
        assert_eq!(a.byline.as_deref(), Some("Jane Roe"));
        let ks: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            ks,
            [
                BlockKind::Headline,
                BlockKind::Byline,
                BlockKind::Paragraph,
                BlockKind::Quote
            ]
        );
    }

    #[test]
    fn hard_wrapped_text_joins_into_paragraphs() {
        let raw = "A Headline For The Story\n\nBy Jane Roe\n\nUkrainian forces advanced on\nthe town of Izium on Saturday,\nofficials said.\n\nThe second paragraph runs\nover two lines.\n";
        let a = parse("w.txt", raw);
        assert_eq!(
            kinds(&a),
            vec![
                (BlockKind::Headline, "A Headline For The Story".into()),
                (BlockKind::Byline, "By Jane Roe".into()),
                (BlockKind::Paragraph, "Ukrainian forces advanced on…".into()),
                (BlockKind::Paragraph, "The second paragraph runs…".into()),
            ]
        );
        assert_eq!(
            a.blocks[2].text,
            "Ukrainian forces advanced on\nthe town of Izium on Saturday,\nofficials said."
        );
    }

    #[test]
    fn a_byline_under_the_standfirst_is_read() {
        let raw = "Ukraine Ends Combat Mission in Mariupol\nMore than 260 fighters were taken \
                   from the plant to territory held by Russian forces.\n\nBy Jane Roe and John \
                   Doe\nReporting from Kyiv and Zaporizhzhia, Ukraine\n\nThe military said \
                   early Tuesday that the garrison had fulfilled its mission.\n\nBy Saturday \
                   Ukrainian forces had moved on\n";
        let a = parse("nyt.txt", raw);
        assert_eq!(a.byline.as_deref(), Some("Jane Roe and John Doe"));
        let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Headline,
                BlockKind::Paragraph,
                BlockKind::Byline,
                BlockKind::Boilerplate,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
            ]
        );
    }

    #[test]
    fn an_image_label_alone_labels_the_caption_after_it() {
        let raw = "Headline of the story is here today\n\nThe first paragraph of the story, long \
                   enough to read as running text here.\n\nImage:\nFirefighters work at the site \
                   in Kharkiv. Pic: Reuters\n\nThe second paragraph follows the picture.\n";
        let a = parse("sky.txt", raw);
        let kinds: Vec<(BlockKind, &str)> = a.blocks.iter().map(|b| (b.kind, &*b.text)).collect();
        assert_eq!(
            kinds[1..],
            [
                (
                    BlockKind::Paragraph,
                    "The first paragraph of the story, long enough to read as running text here."
                ),
                (BlockKind::Boilerplate, "Image:"),
                (
                    BlockKind::Caption,
                    "Firefighters work at the site in Kharkiv."
                ),
                (BlockKind::Boilerplate, "Pic: Reuters"),
                (
                    BlockKind::Paragraph,
                    "The second paragraph follows the picture."
                ),
            ]
        );
    }

    #[test]
    fn a_bare_date_deep_in_the_body_dates_a_promo_not_the_article() {
        let body = "Russian troops shelled the bridgehead again on Friday, the army said today.";
        let raw = format!(
            "Headline of the story is here today\n\n{body}\n\n{body}\n\n{body}\n\n\
             Related articles\n\nOther story here\n\nNovember 12 2023, 6.00pm\n"
        );
        assert_eq!(parse("t.txt", &raw).published, None);
        // Under the standfirst it is the article's.
        let raw = format!(
            "Headline of the story is here today\n\n{body}\n\nNovember 12 2023\n\n{body}\n"
        );
        assert!(parse("t.txt", &raw).published.is_some());
    }

    #[test]
    fn a_line_of_names_under_the_headline_is_a_byline() {
        for (line, want) in [
            (
                "Luke Harding and Shaun Walker",
                Some("Luke Harding and Shaun Walker"),
            ),
            ("Hannah Whitcombe", Some("Hannah Whitcombe")),
            ("By Tamara Novak with AP, AFP", Some("Tamara Novak")),
            ("Author: Olha Bondarenko", Some("Olha Bondarenko")),
            // Under an author label (Deutsche Welle).
            (
                "Author\nLisa Brenner with Reuters, AP, dpa",
                Some("Lisa Brenner"),
            ),
            // A listed person is a topic's tag, a place no name.
            ("Vladimir Putin", None),
            ("Vladimir Putin and Donald Trump", None),
            ("Kharkiv Oblast", None),
            ("Ukraine Live Updates", None),
        ] {
            let raw = format!(
                "Headline of the story is here today\n\n{line}\n\nMarch 1, 2023\n\nThe \
                 strike came on Saturday, officials said.\n"
            );
            assert_eq!(parse("x.txt", &raw).byline.as_deref(), want, "{line}");
        }
    }

    #[test]
    fn a_byline_with_its_date_under_the_standfirst() {
        let raw = "Russian Missile Kills 51 at Wake in Kharkiv Oblast Village\n\nAlmost one in \
                   six residents were killed.\n\nBy Oksana Hrytsai, Kyiv Post | October 5, 2023, \
                   9:12 pm\n\nRescuers searched the rubble on Thursday.\n";
        let a = parse("kp.txt", raw);
        assert_eq!(a.byline.as_deref(), Some("Oksana Hrytsai"));
        assert_eq!(
            a.published.map(|d| d.iso()).as_deref(),
            Some("2023-10-05T21:12")
        );
        // Or the outlet's name alone.
        let raw = "Ukraine Brings Home 230 POWs\n\nDefenders of Mariupol are among those \
                   released.\n\nBy Kyiv Post | January 3, 2024, 6:21 pm\n\nThe exchange came on \
                   Wednesday.\n";
        let a = parse("kp.txt", raw);
        assert_eq!(a.byline.as_deref(), Some("Kyiv Post"));
        assert_eq!(
            a.published.map(|d| d.iso()).as_deref(),
            Some("2024-01-03T18:21")
        );
        // Not a headline's words after "By".
        let raw = "Headline of the story is here\n\nA standfirst sentence here.\n\nBy Air and \
                   Sea | October 5, 2023\n\nThe strike came on Saturday.\n";
        assert_eq!(parse("x.txt", raw).byline, None);
    }

    #[test]
    fn mastheads_slogans_and_rubrics_give_way_to_the_headline() {
        let headline = "Russian bomb hits theatre where hundreds sheltered";
        for top in [
            // A slogan, then section labels.
            "Democracy Dies in Darkness\n\nEurope\nUkraine\n",
            // A masthead, its tagline and a rubric.
            "KYIV POST\nUkraine's Global Voice\n\nWar in Ukraine\n",
            // A rubric with a dash.
            "Europe\nUkraine invasion \u{2014} explained\n",
        ] {
            for title in [
                headline,
                "'Every Family Lost Someone': Missile Kills 51 at Wake",
            ] {
                let raw = format!(
                    "{top}\n{title}\n\nBy Jane Roe\nMarch 17, 2022\n\nThe strike came at dawn, \
                     officials said on Thursday.\n"
                );
                let a = parse("page.txt", &raw);
                assert_eq!(a.title.as_deref(), Some(title), "{raw}");
                assert_eq!(a.byline.as_deref(), Some("Jane Roe"), "{raw}");
            }
        }
        // A short headline keeps its place before a label when no headline follows.
        let raw = "Zelensky visits frontline Bakhmut\n\nExclusive\n\nBy Jane Roe\n\nThe \
                   troops arrived at dawn.\n";
        assert_eq!(
            parse("x.txt", raw).title.as_deref(),
            Some("Zelensky visits frontline Bakhmut")
        );
        // A short headline keeps its place before a standfirst.
        let raw = "Ukraine war: Kupiansk retaken\nThe town's recapture cuts a supply line.\n\
                   By Jane Roe\nThe troops arrived at dawn.\n";
        assert_eq!(
            parse("bbc.txt", raw).title.as_deref(),
            Some("Ukraine war: Kupiansk retaken")
        );
    }

    #[test]
    fn a_title_case_line_after_the_header_is_no_byline() {
        let raw = "Ukraine Ends Combat Mission in Mariupol\nMore than 260 fighters were taken \
                   from the plant to territory held by Russian forces.\n\nBy Air and Sea\n\nBy \
                   Popular Demand\n";
        assert_eq!(parse("h.txt", raw).byline, None);
    }

    #[test]
    fn a_wire_dateline_with_its_year_dates_the_article() {
        let date = |raw: &str| parse("w.txt", raw).published.map(|d| d.iso());
        assert_eq!(
            date(
                "Talks stall\n\nKYIV, March 3, 2023 (Reuters) - Russian forces shelled the city.\n"
            )
            .as_deref(),
            Some("2023-03-03")
        );
        // Without its year, the dateline dates nothing; a stated date beats it.
        assert_eq!(
            date("Talks stall\n\nKYIV, March 3 (Reuters) - Russian forces shelled the city.\n"),
            None
        );
        assert_eq!(
            date("Talks stall\nPublished March 4, 2023\n\nKYIV, March 3, 2023 (Reuters) - Russian forces shelled the city.\n")
                .as_deref(),
            Some("2023-03-04")
        );
    }

    #[test]
    fn unwrapped_lines_stay_separate() {
        let raw = "Short line one.\nShort line two.\n\nShort line three.\nShort line four.\n";
        assert_eq!(parse("u.txt", raw).body().count(), 4);
    }
    #[test]
    fn header_labels_give_way_to_the_headline_and_byline() {
        let raw = "Ukraine\nPublished\nShare\nUkraine war: Russian lines collapse near Izium\nBy Hugo Bachega\nBBC News, Kharkiv region\nUkrainian troops have pushed into the town of Izium, officials said on Monday.\n";
        let a = parse("bbc.txt", raw);
        assert_eq!(
            a.title.as_deref(),
            Some("Ukraine war: Russian lines collapse near Izium")
        );
        assert_eq!(a.byline.as_deref(), Some("Hugo Bachega"));
        let ks: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(
            ks,
            [
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Headline,
                Byline,
                Paragraph,
                Paragraph
            ]
        );
    }

    #[test]
    fn published_beats_updated_whatever_the_order() {
        let raw = "Headline Of The Story Here\nUpdated September 13, 2022 at 9:00 a.m. EDT\nPublished September 12, 2022 at 6:14 p.m. EDT\nBy Isabelle Khurshudyan, Mary Ilyushina and Kostiantyn Khudov\nKHARKIV REGION, Ukraine \u{2014} The troops arrived at dawn, residents said.\n";
        let a = parse("wapo.txt", raw);
        assert_eq!(
            a.published.map(|d| d.iso()).as_deref(),
            Some("2022-09-12T18:14-04:00")
        );
        assert_eq!(
            a.updated.map(|d| d.iso()).as_deref(),
            Some("2022-09-13T09:00-04:00")
        );
        assert_eq!(
            a.byline.as_deref(),
            Some("Isabelle Khurshudyan, Mary Ilyushina and Kostiantyn Khudov")
        );
    }

    /// Header lines as more outlets print them: a byline and its dates after a bar
    /// (Anadolu), a credit line naming the outlet with its agencies (Le Monde), a date line
    /// ending with the outlet after the standfirst (CBS News), a reading time, a link to the
    /// French edition, and authors' notes at the foot.
    #[test]
    fn more_outlets_headers() {
        let kinds = |a: &Article| -> Vec<(BlockKind, String)> {
            a.blocks.iter().map(|b| (b.kind, b.text.clone())).collect()
        };
        let raw = "Russia, Ukraine agree to prisoner swap\n\nBurak Bir and Gizem Nisa Cebi   |16.05.2025 - Update : 17.05.2025\n\nISTANBUL\n\nThe delegations met on Friday, a day after talks in Ankara, officials said.\n";
        let a = parse("aa.txt", raw);
        assert_eq!(a.byline.as_deref(), Some("Burak Bir and Gizem Nisa Cebi"));
        assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2025-05-16"));
        assert_eq!(a.updated.map(|d| d.iso()).as_deref(), Some("2025-05-17"));

        let raw = "Russian missile hits Kyiv children's hospital\n\nOkhmatdyt hospital, where children undergo cancer treatment, was partially destroyed on Monday, officials said.\n\nLe Monde with AFP\nPublished on July 8, 2024, at 6:12 pm (Paris), updated on July 9, 2024, at 10:05 am\nTime to 4 min.\nLire en français\n\nRescuers cleared the rubble of the hospital in Kyiv on Monday as the city mourned.\n";
        let a = parse("lm.txt", raw);
        assert_eq!(a.source.as_ref().map(|s| s.name.as_str()), Some("Le Monde"));
        assert_eq!(
            a.published.map(|d| d.iso()).as_deref(),
            Some("2024-07-08T18:12+02:00")
        );
        let k = kinds(&a);
        for furniture in ["Le Monde with AFP", "Time to 4 min.", "Lire en français"] {
            assert!(
                k.contains(&(BlockKind::Boilerplate, furniture.to_string())),
                "{furniture}: {k:?}"
            );
        }

        // A "Posted" line at the foot that states the same day without the time keeps it.
        let raw = "Ukraine pulls troops out of Avdiivka\n\nSat 17 Feb 2024 at 5:42pm\n\nUkraine's top commander says troops have withdrawn from the town to avoid encirclement.\n\nPosted 17 Feb 2024, updated 17 Feb 2024\n";
        let a = parse("abc.txt", raw);
        assert_eq!(
            a.published.map(|d| d.iso()).as_deref(),
            Some("2024-02-17T17:42")
        );

        let raw = "Missile strike on Kramatorsk train station kills at least 50\n\nUkrainian officials say thousands of people were waiting for evacuation trains when the missile hit.\n\nBy Haley Ott, Tucker Reals\n\nUpdated on: April 8, 2022 / 7:41 PM EDT / CBS News\n\nKramatorsk, Ukraine — A missile hit the station on Friday.\n\nHaley Ott is a London-based international reporter for CBS News.\n\nThe Hague tribunal is a court.\n";
        let a = parse("cbs.txt", raw);
        assert_eq!(a.source.as_ref().map(|s| s.name.as_str()), Some("CBS News"));
        assert_eq!(
            a.updated.map(|d| d.iso()).as_deref(),
            Some("2022-04-08T19:41-04:00")
        );
        let k = kinds(&a);
        assert!(k.contains(&(
            BlockKind::Boilerplate,
            "Haley Ott is a London-based international reporter for CBS News.".into()
        )));
        assert!(k.contains(&(
            BlockKind::Paragraph,
            "The Hague tribunal is a court.".into()
        )));
    }

    #[test]
    fn links_under_a_heading_are_furniture_until_real_text() {
        let raw = "A Headline About Bakhmut\n\nFighting went on near Bakhmut, officials said.\n\nRead more:\n\nWhy Bakhmut matters to Russia\n\nThe governor said shelling hit Kramatorsk overnight and two people were hurt.\n\nRelated Topics\n\nRussia-Ukraine war\n\nUkraine\n\nMore on this story\n\nWho are Russia's Wagner Group?\n";
        let a = parse("l.txt", raw);
        let body: Vec<&str> = a.body().map(|b| &b.text[..12]).collect();
        assert_eq!(body, ["Fighting wen", "The governor"], "{:?}", kinds(&a));
        let hidden = a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Boilerplate)
            .count();
        assert_eq!(hidden, 7, "{:?}", kinds(&a));
    }

    #[test]
    fn the_authors_note_ends_the_body_but_a_box_at_the_top_does_not() {
        let end = "A Headline About Avdiivka\n\nTroops left Avdiivka on Saturday, the army said.\n\nNote from the author:\n\nHi, this is Daria Lytvyn. I wrote this story for you.\n\nDaria Lytvyn is a news editor at the Kyiv Independent.\n";
        let a = parse("n.txt", end);
        let body: Vec<&str> = a.body().map(|b| &b.text[..12]).collect();
        assert_eq!(body, ["Troops left "], "{:?}", kinds(&a));
        let top = "A Headline About Avdiivka\n\nAbout the author\n\nTroops left Avdiivka on Saturday, the army said.\n";
        let a = parse("t.txt", top);
        let body: Vec<&str> = a.body().map(|b| &b.text[..12]).collect();
        assert!(body.contains(&"Troops left "), "{:?}", kinds(&a));
    }

    #[test]
    fn real_sentences_are_never_hidden_as_furniture() {
        let raw = "A Headline About Recruitment\n\nAdvertisements offering contract soldiers 200,000 rubles a month have appeared across Russia.\nSubscribers to Rybar, a pro-war Telegram channel, were told the retreat was planned.\nBy Saturday, Ukrainian forces had entered Balakliia, officials said.\n";
        let a = parse("m.txt", raw);
        assert_eq!(a.byline, None);
        assert_eq!(a.body().count(), 3, "{:?}", kinds(&a));
    }

    #[test]
    fn a_stand_alone_credit_makes_the_line_above_a_caption() {
        let raw = "Gallery: Izium After The Retreat\nSept. 12, 2022\nResidents walk past a destroyed Russian tank near the city.\nREUTERS/Gleb Garanich\nUkrainian forces entered the city on Saturday, officials said in a statement.\n";
        let a = parse("g.txt", raw);
        let ks: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(ks, [Headline, Dateline, Caption, Boilerplate, Paragraph]);
    }

    #[test]
    fn wrapped_list_items_stay_apart() {
        let raw = "Morning briefing for subscribers\n\nGood morning. Here is what happened\novernight in Ukraine and beyond it.\n\n* Ukrainian troops entered Izium and\n  raised the flag over the city hall.\n* Russia said it was regrouping its\n  forces near Balakliia.\n";
        let a = parse("n.txt", raw);
        assert_eq!(a.body().count(), 3, "{:?}", kinds(&a));
    }
}
