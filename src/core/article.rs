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

use super::dates::{self, DateRange, DateTime};
use super::error::ParseError;
use super::text::{self, Span};
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

/// Who published the article, and the text that shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub name: String,
    /// The words in the article that name the source ("Sept. 10 (UPI) --").
    pub evidence: String,
}

/// A parsed dispatch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The file name it came from.
    pub file: String,
    pub title: Option<String>,
    pub published: Option<DateTime>,
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
        if let Some(p) = self.published {
            return match p.time {
                Some((h, m)) => format!("{}, {h:02}:{m:02}", p.date),
                None => p.date.to_string(),
            };
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
        seen_body: false,
        published: None,
        title: None,
        byline: None,
    };
    for unit in units(raw) {
        p.unit(unit);
    }
    mark_gallery(&mut p.blocks, p.byline.is_some() || p.published.is_some());

    article.source = detect_source(&p.blocks);
    article.mentioned_dates = dates::mentioned_range(
        p.blocks
            .iter()
            .filter(|b| b.kind.is_body())
            .flat_map(|b| dates::scan_dates(&b.text).into_iter().map(|m| m.date)),
    );
    article.title = p.title;
    article.published = p.published;
    article.byline = p.byline;
    article.blocks = p.blocks;
    if !article.blocks.iter().any(|b| b.kind.is_body()) {
        article
            .warnings
            .push("no running text was found in the file".into());
    }
    article
}

struct Parser<'a> {
    raw: &'a str,
    blocks: Vec<Block>,
    seen_body: bool,
    published: Option<DateTime>,
    title: Option<String>,
    byline: Option<String>,
}

impl Parser<'_> {
    fn push(&mut self, kind: BlockKind, span: Span) {
        let (start, end) = text::trim(self.raw, span);
        if start == end {
            return;
        }
        if kind.is_body() {
            self.seen_body = true;
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

        if let Some(cut) = glued_promo_split(s) {
            self.push(BlockKind::Boilerplate, (start, start + cut));
            self.body((start + cut, end));
            return;
        }
        if is_boilerplate(s) {
            self.push(BlockKind::Boilerplate, span);
            return;
        }
        if self.published.is_none()
            && let Some(dt) = dates::parse_dateline(s)
        {
            self.published = Some(dt);
            self.push(BlockKind::Dateline, span);
            return;
        }
        if !self.seen_body {
            if self.byline.is_none()
                && let Some(name) = byline(s)
            {
                self.byline = Some(name);
                self.push(BlockKind::Byline, span);
                return;
            }
            if self.title.is_none() && self.byline.is_none() && is_headline(s) {
                self.title = Some(s.to_string());
                self.push(BlockKind::Headline, span);
                return;
            }
        }
        self.body(span);
    }

    /// A unit of running text: a caption (with its credit split off), a quote or a paragraph.
    fn body(&mut self, span: Span) {
        let (start, end) = text::trim(self.raw, span);
        let s = &self.raw[start..end];
        if let Some(cut) = credit_start(s) {
            if cut == 0 {
                self.push(BlockKind::Boilerplate, (start, end));
            } else {
                self.push(BlockKind::Caption, (start, start + cut));
                self.push(BlockKind::Boilerplate, (start + cut, end));
            }
            return;
        }
        let kind = if is_caption_opening(s) {
            BlockKind::Caption
        } else if opens_with_quote(s) {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        };
        self.push(kind, (start, end));
    }
}

/// Split raw text into units: each non-empty line, or, when the text is hard-wrapped (short
/// lines, paragraphs separated by blank lines, sentences running on across line ends), each
/// blank-line-separated paragraph.
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
        // Lines that stand alone even inside a wrapped paragraph.
        let standalone = s < e && (dates::parse_dateline(line).is_some() || byline(line).is_some());
        if s == e || standalone {
            out.extend(current.take());
            if standalone {
                out.push((s, e));
            }
            continue;
        }
        current = Some(match current {
            Some((cs, _)) => (cs, e),
            None => (s, e),
        });
    }
    out.extend(current);
    out
}

fn is_hard_wrapped(raw: &str, lines: &[Span]) -> bool {
    let content: Vec<&str> = lines
        .iter()
        .filter(|(s, e)| s < e)
        .map(|&(s, e)| &raw[s..e])
        .collect();
    let has_blank = lines.iter().any(|(s, e)| s == e);
    if content.len() < 4 || !has_blank || content.iter().any(|l| l.chars().count() > 100) {
        return false;
    }
    // A line that runs on: the next line is not separated by a blank, and this line does not
    // end a sentence.
    let mut run_on = 0;
    for pair in lines.windows(2) {
        let ((s0, e0), (s1, e1)) = (pair[0], pair[1]);
        if s0 < e0 && s1 < e1 {
            let prev = &raw[s0..e0];
            let standalone = byline(prev).is_some() || dates::parse_dateline(prev).is_some();
            if !standalone && !prev.ends_with(['.', '!', '?', '"', '\u{201D}', ':']) {
                run_on += 1;
            }
        }
    }
    run_on >= 2 && run_on * 4 >= content.len()
}

/// Lines that are page furniture whatever their position.
fn is_boilerplate(s: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "live briefing:",
        "watch:",
        "watch live:",
        "watch more:",
        "see also:",
        "read more:",
        "read also:",
        "also read:",
        "related:",
        "related coverage:",
        "listen:",
        "more:",
        "photo courtesy of",
        "photo:",
        "photos:",
        "video:",
        "advertisement",
        "sponsored",
        "subscribe",
        "sign up",
        "follow us",
        "share this",
        "copyright",
        "©",
        "(c) ",
        "your browser doesn't support",
        "your browser does not support",
        "this video is no longer available",
        "skip advertisement",
    ];
    const PHRASES: &[&str] = &[
        "click here",
        "gives you the latest",
        "support html5",
        "all rights reserved",
        "sign up for our",
        "subscribe to our",
        "download our app",
        "follow us on",
    ];
    let head = text::fold_phrase(text::prefix_at_most(s, 420));
    if PREFIXES.iter().any(|p| head.starts_with(p)) {
        return true;
    }
    s.len() <= 420 && PHRASES.iter().any(|p| head.contains(p))
}

/// Promo prefixes after which a headline may be glued to the next sentence.
const PROMO_PREFIXES: &[&str] = &[
    "see also:",
    "read more:",
    "read also:",
    "also read:",
    "related:",
    "watch:",
    "listen:",
    "more:",
];

/// "SEE ALSO: … Outpost City Digs InAn adviser to the head …": a promo headline whose line break
/// was lost. Returns the byte offset where the glued sentence starts.
fn glued_promo_split(s: &str) -> Option<usize> {
    let head = text::fold_phrase(text::prefix_at_most(s, 16));
    let prefix = PROMO_PREFIXES.iter().find(|p| head.starts_with(*p))?;
    let bytes = s.as_bytes();
    // A lower-case letter (or a headline's closing ?/!) directly followed by a capital that
    // begins a word: "InAn", "Why?The".
    let mut i = prefix.len() + 1;
    while i + 1 < bytes.len() {
        let (prev, cur, next) = (bytes[i - 1], bytes[i], bytes[i + 1]);
        let joint = (prev.is_ascii_lowercase() || prev == b'?' || prev == b'!')
            && cur.is_ascii_uppercase()
            && (next.is_ascii_lowercase() || next == b' ');
        if joint && !is_name_prefix(s, i) && looks_like_sentence(&s[i..]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// "McDonald", "MacArthur", "DeSantis", "LaGuardia", "iPhone": capitals inside real words.
fn is_name_prefix(s: &str, i: usize) -> bool {
    let word_start = s[..i]
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |p| p + 1);
    let stem = &s[word_start..i];
    matches!(
        stem,
        "Mc" | "Mac" | "De" | "Di" | "Da" | "La" | "Le" | "Van" | "Von" | "O" | "i" | "e" | "You"
    )
}

/// Text that reads as a sentence: several words, ending with a sentence's punctuation.
fn looks_like_sentence(s: &str) -> bool {
    let s = s.trim_end();
    s.split_whitespace().count() >= 6 && s.ends_with(['.', '!', '?', '"', '\u{201D}', ')'])
}

/// "By Simon Druker" → "Simon Druker".
fn byline(s: &str) -> Option<String> {
    let rest = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY "))?;
    // "By Simon Druker, UPI" / "By Jane Doe | Reuters": the name is what precedes the outlet.
    let name = rest.split([',', '|']).next()?.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let name_like = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                *w,
                "and" | "&" | "de" | "van" | "von" | "der" | "al" | "bin" | "la" | "le"
            )
    });
    // A sentence ("By Saturday the town was free.") ends with a full stop; a name does not,
    // unless it ends with an initial ("By John Q.").
    let last = words[words.len() - 1];
    let sentence_end = name.ends_with(['!', '?'])
        || (name.ends_with('.') && last.trim_end_matches('.').chars().count() > 1);
    (name_like && !sentence_end).then(|| name.to_string())
}

/// A line that can be the article's title: short, not a sentence, not a quotation.
fn is_headline(s: &str) -> bool {
    let chars = s.chars().count();
    let words = s.split_whitespace().count();
    (3..=220).contains(&chars)
        && (2..=30).contains(&words)
        && !s.ends_with(['.', ',', ';', ':'])
        && !opens_with_quote(s)
        && s.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
}

fn opens_with_quote(s: &str) -> bool {
    s.starts_with(['"', '\u{201C}', '\u{201E}', '«', '\u{2018}'])
}

/// Where a photo credit starts inside a unit ("… on Saturday. Photo courtesy of X"), if it does
/// at a sentence boundary.
fn credit_start(s: &str) -> Option<usize> {
    const CREDITS: &[&str] = &[
        "photo courtesy of",
        "photo by",
        "photo:",
        "photos:",
        "photograph:",
        "photograph by",
        "image courtesy of",
        "image:",
        "picture:",
        "credit:",
        "(photo",
        "(ap photo",
    ];
    let lower = s.to_ascii_lowercase();
    CREDITS
        .iter()
        .filter_map(|c| {
            lower.match_indices(c).map(|(i, _)| i).find(|&i| {
                let before = lower[..i].trim_end();
                before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201D}', ')'])
            })
        })
        .min()
}

/// Captions that say so: "An image taken from …", "Pictured: …".
fn is_caption_opening(s: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "an image ",
        "a photo ",
        "a photograph ",
        "a picture ",
        "a handout ",
        "this photo ",
        "this image ",
        "in this photo",
        "in this image",
        "pictured:",
        "pictured ",
        "a still ",
        "a screenshot ",
        "a screen grab ",
    ];
    let head = text::fold_phrase(text::prefix_at_most(s, 24));
    OPENINGS.iter().any(|o| head.starts_with(o))
}

/// Does a paragraph read like a photo caption: a present-tense description of what the picture
/// shows ("A woman kisses …", "Soldiers take a break …", "… such as this tank")?
fn caption_like(s: &str) -> bool {
    const VERBS: &[&str] = &[
        "reacts",
        "react",
        "embraces",
        "embrace",
        "hugs",
        "hug",
        "kisses",
        "kiss",
        "exits",
        "walks",
        "walk",
        "stands",
        "stand",
        "sits",
        "sit",
        "holds",
        "hold",
        "carries",
        "carry",
        "looks",
        "look",
        "waits",
        "wait",
        "crowd",
        "crowds",
        "gather",
        "gathers",
        "show",
        "shows",
        "take",
        "takes",
        "burns",
        "burn",
        "flutters",
        "flies",
        "poses",
        "pose",
        "gestures",
        "cries",
        "cry",
        "mourns",
        "mourn",
        "prays",
        "pray",
        "rides",
        "ride",
        "inspects",
        "inspect",
        "lies",
        "lie",
        "passes",
        "pass",
        "rest",
        "rests",
        "clear",
        "clears",
        "fires",
        "fire",
        "patrol",
        "patrols",
        "attends",
        "attend",
        "cross",
        "crosses",
        "sweeps",
        "repair",
        "repairs",
        "collect",
        "collects",
        "is seen",
        "are seen",
        "are chalked",
        "is pictured",
        "are pictured",
    ];
    let folded = text::fold_phrase(text::prefix_at_most(s, 160));
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(16)
        .collect();
    let verb = words.iter().enumerate().any(|(i, w)| {
        VERBS.contains(w)
            || words
                .get(i + 1)
                .is_some_and(|n| VERBS.contains(&format!("{w} {n}").as_str()))
    });
    verb || folded.contains("(center)")
        || folded.contains("(left)")
        || folded.contains("(right)")
        || s.contains("such as this ")
}

/// A photo gallery: an article with no byline or dateline whose text is mostly captions. Its
/// paragraphs are captions.
fn mark_gallery(blocks: &mut [Block], has_meta: bool) {
    if has_meta {
        return;
    }
    let candidates: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Paragraph | BlockKind::Caption))
        .map(|(i, _)| i)
        .collect();
    if candidates.len() < 3 {
        return;
    }
    let captions = candidates
        .iter()
        .filter(|&&i| blocks[i].kind == BlockKind::Caption || caption_like(&blocks[i].text))
        .count();
    if captions * 3 >= candidates.len() * 2 {
        for i in candidates {
            blocks[i].kind = BlockKind::Caption;
        }
    }
}

/// The outlet that published the article, from evidence only: a wire dateline ("Sept. 10 (UPI)
/// --", "KYIV (Reuters) -") at the start of the body, or the outlet's own promo lines.
fn detect_source(blocks: &[Block]) -> Option<Source> {
    for b in blocks.iter().filter(|b| b.kind.is_body()).take(3) {
        if let Some(src) = wire_dateline(&b.text) {
            return Some(src);
        }
    }
    const OUTLETS: &[(&str, &[&str])] = &[
        ("RFE/RL", &["rfe/rl", "radio free europe"]),
        ("Reuters", &["reuters"]),
        ("AP", &["associated press"]),
        ("BBC", &["bbc"]),
        ("CNN", &["cnn"]),
        ("UPI", &["upi"]),
        ("The Kyiv Independent", &["kyiv independent"]),
        ("Kyiv Post", &["kyiv post"]),
        ("Ukrainska Pravda", &["ukrainska pravda"]),
        ("Meduza", &["meduza"]),
        ("Al Jazeera", &["al jazeera"]),
        ("The Guardian", &["the guardian"]),
        ("Voice of America", &["voice of america"]),
        ("DW", &["deutsche welle"]),
    ];
    const SELF_PROMO: &[&str] = &[
        "gives you",
        "our coverage",
        "'s coverage",
        "subscribe",
        "newsletter",
        "sign up",
        "follow",
        "click here",
        "live briefing",
        "download",
    ];
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Boilerplate) {
        let folded = text::fold_phrase(&b.text);
        if !SELF_PROMO.iter().any(|p| folded.contains(p)) {
            continue;
        }
        for (name, marks) in OUTLETS {
            if marks.iter().any(|m| contains_word(&folded, m)) {
                return Some(Source {
                    name: name.to_string(),
                    evidence: text::first_sentence(&b.text, 120),
                });
            }
        }
    }
    None
}

/// `needle` in `hay` with no letter on either side.
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// "Sept. 10 (UPI) --", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -".
fn wire_dateline(s: &str) -> Option<Source> {
    let head = text::prefix_at_most(s, 100);
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let agency = head[open + 1..close].trim();
    let after = head[close + 1..].trim_start();
    let dash = ["--", "—", "–", "-"].iter().any(|d| after.starts_with(d));
    let agency_ok = (2..=30).contains(&agency.len())
        && agency.starts_with(|c: char| c.is_uppercase())
        && agency
            .chars()
            .all(|c| c.is_alphanumeric() || " /&.-".contains(c));
    (dash && agency_ok && open <= 60).then(|| {
        let dash_len = ["--", "—", "–", "-"]
            .iter()
            .find(|d| after.starts_with(**d))
            .map_or(0, |d| d.len());
        let evidence_end = close + 1 + (head[close + 1..].len() - after.len()) + dash_len;
        Source {
            name: agency.to_string(),
            evidence: head[..evidence_end].to_string(),
        }
    })
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
    fn glued_promo_splits_at_the_lost_break() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "SEE ALSO: Dnipro Diary: A Ukrainian Outpost City Digs InAn adviser to the head of the council said more today.",
                Some("An adviser"),
            ),
            (
                "READ MORE: Why Now?The offensive began on a Tuesday morning in the east.",
                Some("The offensive"),
            ),
            ("SEE ALSO: The McDonald Family Returns Home", None),
            (
                "SEE ALSO: Talks With McDonald Resume After Long Pause For Now",
                None,
            ),
            (
                "Digs InAn adviser to the head of the council said so.",
                None,
            ),
        ];
        for (s, want) in cases {
            let got = glued_promo_split(s).map(|i| &s[i..i + want.map_or(0, str::len)]);
            assert_eq!(got, *want, "{s}");
        }
    }

    #[test]
    fn bylines() {
        for (s, want) in [
            ("By Simon Druker", Some("Simon Druker")),
            ("By Simon Druker, UPI", Some("Simon Druker")),
            (
                "By Jane Doe and John Roe | Reuters",
                Some("Jane Doe and John Roe"),
            ),
            ("By the end of the week, troops had advanced.", None),
            ("By Saturday the town was free.", None),
            ("Bystanders watched", None),
        ] {
            assert_eq!(byline(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn boilerplate_lines() {
        for (s, want) in [
            ("Live Briefing: Russia's Invasion Of Ukraine", true),
            ("Your browser doesn\u{2019}t support HTML5", true),
            ("WATCH: 'Many Russian Soldiers Flee'", true),
            ("Photo courtesy of Ukraine Defense Ministry/EPA-EFE", true),
            ("For the latest, click here.", true),
            ("Soldiers posted video on social media.", false),
            ("Watch the skies, he said.", false),
        ] {
            assert_eq!(is_boilerplate(s), want, "{s}");
        }
    }

    #[test]
    fn credits_split_from_captions() {
        let s = "Flags flown in Balakliya on Saturday. Photo courtesy of Ukraine Defense Ministry/EPA-EFE";
        let cut = credit_start(s).unwrap();
        assert_eq!(
            &s[cut..],
            "Photo courtesy of Ukraine Defense Ministry/EPA-EFE"
        );
        assert_eq!(credit_start("He described the photo: grim."), None);
        assert_eq!(credit_start("Photo: AP"), Some(0));
    }

    #[test]
    fn wire_datelines() {
        for (s, want) in [
            (
                "Sept. 10 (UPI) -- Ukrainian forces",
                Some(("UPI", "Sept. 10 (UPI) --")),
            ),
            (
                "KYIV, Ukraine (AP) — Russia",
                Some(("AP", "KYIV, Ukraine (AP) —")),
            ),
            (
                "LONDON (Reuters) - Britain",
                Some(("Reuters", "LONDON (Reuters) -")),
            ),
            ("The SBU (security service) said", None),
            ("Troops (about 200) - mostly", None),
        ] {
            let got = wire_dateline(s);
            assert_eq!(
                got.as_ref().map(|s| (s.name.as_str(), s.evidence.as_str())),
                want,
                "{s}"
            );
        }
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
    fn unwrapped_lines_stay_separate() {
        let raw = "Short line one.\nShort line two.\n\nShort line three.\nShort line four.\n";
        assert_eq!(parse("u.txt", raw).body().count(), 4);
    }
}
