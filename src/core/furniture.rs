//! Page furniture: the promos, credits, labels and player notices that come with text copied
//! from a news page, and the photo credits inside captions.
//!
//! Hiding real text is worse than showing furniture, so bare words that also begin sentences
//! ("Advertisements offering…", "Subscribers to…", "Photo: Residents queue…") count as furniture
//! only on short lines, and every test reads a bounded prefix so long lines stay cheap.

use super::text;

/// Promo prefixes (with their colon): always furniture; a headline may be glued after them.
pub const PROMO_PREFIXES: &[&str] = &[
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
    "video:",
];

/// How a wire service's credit opens: furniture as a line of its own, or in brackets closing a
/// paragraph ([`trailing_credit_split`]).
const CREDIT_OPENINGS: &[&str] = &[
    "reporting by ",
    "additional reporting by ",
    "writing by ",
    "editing by ",
];

/// Line openings that are furniture whatever follows (and [`CREDIT_OPENINGS`]).
const LINE_PREFIXES: &[&str] = &[
    "your browser doesn't support",
    "your browser does not support",
    "this video is no longer available",
    "skip advertisement",
    "please turn on javascript",
    "please enable javascript",
    "image source,",
    "compiled by ",
    "translated by ",
    "translation by ",
    "our standards:",
    "read in browser",
    "view in browser",
    "view this email in",
    "unsubscribe",
    "follow ap's coverage",
    "follow our coverage",
    "©",
    "(c) ",
    "copyright ",
    "photo courtesy of",
    "story by ",
    "sign up to ",
    "sign up for ",
    "read more about:",
    "explore more on these topics",
    "editor's note:",
    "a version of this article appears in print",
    "appeared in the print edition",
    "get short url",
    "--with assistance from",
    "(updates with",
    "(adds ",
    "you can share this story",
    "share this story",
    "share this article",
];

/// Labels that are furniture only as a short line (eight words at most): the same words open
/// real sentences ("Advertisements offering contract soldiers…").
const SHORT_LABELS: &[&str] = &[
    "advertisement",
    "sponsored",
    "subscribe",
    "sign up",
    "follow us",
    "share",
    "share this",
    "related topics",
    "more on this story",
    "more on this",
    "key events",
    "show key events only",
    "comment on this story",
    "comments",
    "gift article",
    "gift this article",
    "published",
    "updated",
    "listen to this article",
    "image caption",
    "media caption",
    "caption:",
    "photo:",
    "photos:",
    "photograph:",
    "credit:",
    "image:",
    "getty images",
    "a message from ",
    "this article is more than",
    "video ad feedback",
    "ad feedback",
    "editor:",
];

/// Labels that are furniture only as the whole line (a full stop or colon aside): "Loading
/// resumed at Odesa port" is news.
const WHOLE_LINE_LABELS: &[&str] = &[
    "lire en français",
    "read in ukrainian",
    "read in russian",
    "reuse this content",
    "loading",
    "loading...",
    "request reprint & licensing",
    "request reprint",
    "submit correction",
    "view editorial guidelines",
    "about the writer",
    "about the author",
    "explore more",
];

/// Headings of a list of links to other stories: the short lines after one are links too
/// ([`is_link_item`]).
const LINK_LIST_HEADINGS: &[&str] = &[
    "follow the topics in this article",
    "related topics",
    "related",
    "related coverage",
    "related stories",
    "related articles",
    "related content",
    "more on this story",
    "more on this",
    "more stories",
    "more from",
    "explore more on these topics",
    "read more",
    "read also",
    "also read",
    "see also",
    "most read",
    "top stories",
    "you may also like",
    "recommended",
    "related article",
    "related articles",
    "more news",
    "tags",
    "explore more",
];

/// Phrases that mark a promo or appeal anywhere in a line of moderate length.
const PHRASES: &[&str] = &[
    "click here",
    "gives you the latest",
    "support html5",
    "all rights reserved",
    "sign up for our",
    "subscribe to our",
    "download our app",
    "follow us on",
    "become a member",
    "become a patron",
    "become our patron",
    "support our journalism",
    "support independent journalism",
    "support the guardian",
    "donate now",
];

/// Is this whole line page furniture?
pub fn is_furniture(s: &str) -> bool {
    if !s.chars().any(char::is_alphabetic) {
        // Rules ("___", "* * *"), counters ("1/6").
        return true;
    }
    if is_source_note(s) || is_desk_signoff(s) || super::meta::outlet_credit(s).is_some() {
        return true;
    }
    // A link alone ("https://p.dw.com/p/4HuV4"), a "Date" label.
    let trimmed = s.trim();
    if (trimmed.starts_with("http://") || trimmed.starts_with("https://")) && !trimmed.contains(' ')
        || trimmed == "Date"
    {
        return true;
    }
    // "[Ukraine live briefing: Russia steps up bombardment of Mariupol]": a promo in brackets.
    if trimmed.len() <= 240
        && trimmed.starts_with('[')
        && trimmed.ends_with(']')
        && !trimmed[1..].contains('[')
    {
        return true;
    }
    // Al Jazeera's closing credit ("Source: Al Jazeera and news agencies"); Ukrainska Pravda's
    // "Source: SBU press service" is the story's own attribution, and stays.
    let t = s.trim_end_matches([' ', '.']);
    if t.len() < 120
        && t.get(..7)
            .is_some_and(|h| h.eq_ignore_ascii_case("source:"))
        && t.to_ascii_lowercase().ends_with("news agencies")
    {
        return true;
    }
    let head = text::fold_phrase(text::prefix_at_most(s, 420));
    let starts = |p: &&str| starts_with_word(&head, p);
    if [PROMO_PREFIXES, LINE_PREFIXES, CREDIT_OPENINGS]
        .iter()
        .any(|list| list.iter().any(starts))
    {
        return true;
    }
    // "Tags: Sumy, Sumy Oblast, missile strike, …": a list of any length, no sentence; in
    // capitals without the colon too ("TAGS ADAM SMITH DONALD TRUMP …").
    let tags = starts(&"tags:")
        || starts(&"topics:")
        || trimmed.starts_with("TAGS ") && !trimmed.chars().any(char::is_lowercase);
    if tags && !s.trim_end().ends_with(['.', '!', '?']) {
        return true;
    }
    // "Appeared in the June 26, 2023, print edition as '…'"; "Write to Ann Simmons at
    // ann.simmons@wsj.com": the print edition's line, the writers' addresses.
    if s.len() <= 300
        && (head.starts_with("appeared in the ") && head.contains(" print edition")
            || head.starts_with("write to ") && head.contains('@'))
    {
        return true;
    }
    let words = head.split_whitespace().take(9).count();
    let whole = head.trim_end().trim_end_matches(['.', ':', '…']);
    if WHOLE_LINE_LABELS.contains(&whole) {
        return true;
    }
    if words <= 8 && (SHORT_LABELS.iter().any(starts) || is_reading_time(&head)) {
        return true;
    }
    if head.starts_with("updated ") && head.ends_with(" ago") && words <= 6 {
        return true;
    }
    // "CNN's Jane Roe and John Doe contributed to this report.", "02:11 - Source: CNN" (a
    // video's running time and source).
    // "NPR's Tamsin Reed contributed reporting from Kyiv."
    let closing = head.trim_end_matches(['.', ' ']);
    if s.len() <= 300
        && [
            "contributed to this report",
            "contributed reporting",
            "contributed to this story",
            "contributed to this article",
        ]
        .iter()
        .any(|c| closing.ends_with(c) || head.contains(&format!("{c} from ")))
    {
        return true;
    }
    // "Join Kyiv Post on Telegram", "Subscribe to UNIAN on Telegram".
    if words <= 10
        && ["join ", "subscribe to ", "follow "]
            .iter()
            .any(|p| head.starts_with(p))
        && [
            " on telegram",
            " on whatsapp",
            " on facebook",
            " on x",
            " on youtube",
        ]
        .iter()
        .any(|p| head.contains(p))
    {
        return true;
    }
    if words <= 6 && is_video_time(&head) {
        return true;
    }
    // "Reporting from Kyiv and Zaporizhzhia, Ukraine" (NYT): a short line, no sentence.
    if words <= 8 && head.starts_with("reporting from ") && !s.trim_end().ends_with('.') {
        return true;
    }
    // "Skip to contentSkip to site index": a page's accessibility links, often run together.
    if words <= 8 && head.starts_with("skip to ") {
        return true;
    }
    s.len() <= 420 && PHRASES.iter().any(|p| head.contains(p))
}

/// "02:11 - source: cnn": a video's running time, then its source (folded text).
fn is_video_time(head: &str) -> bool {
    let b = head.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && b.get(digits) == Some(&b':')
        && head[digits + 1..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches([' ', '-', '–', '—'])
            .starts_with("source:")
}

/// A line that is only a heading over links to other stories ("Related Topics", "More on this
/// story", "Read more:").
pub fn opens_link_list(s: &str) -> bool {
    let head = text::fold_phrase(text::prefix_at_most(s, 60));
    let head = head.trim_end_matches([':', ' ']);
    // And those that name what the links are about: "More Stories From NPR", "More on the war
    // in Ukraine", "More about", "You may also be interested in the news".
    const OPENINGS: &[&str] = &[
        "most read from ",
        "more stories from ",
        "more on ",
        "more about",
        "other topics of interest",
        "you may also be interested",
        "you might also like",
        "you may also like",
    ];
    LINK_LIST_HEADINGS.contains(&head)
        || (s.split_whitespace().nth(8).is_none()
            && !s.trim_end().ends_with(['.', '!', '?'])
            && OPENINGS.iter().any(|o| starts_with_word(head, o)))
}

/// A heading after which the page holds only furniture: the author's note and box under a
/// Kyiv Independent story ("Note from the author:", then a plea to join and the author's
/// bio), "About the author".
pub fn opens_trailer(s: &str) -> bool {
    let head = text::fold_phrase(text::prefix_at_most(s, 40));
    matches!(
        head.trim_end_matches([':', ' ']),
        "note from the author"
            | "a note from the author"
            | "about the author"
            | "about the authors"
    )
}

/// A line that may be a link under such a heading: a headline or a topic ("Who are Russia's
/// Wagner Group?", "Russia-Ukraine war"), a dozen words at most and not a sentence closed by a
/// full stop.
pub fn is_link_item(s: &str) -> bool {
    let t = s.trim();
    let closed = t.trim_end_matches(['"', '”', '’', '\'', ')']);
    // A colon only after a running head of a few words ("Russia-Ukraine war: List of key
    // events, day 866").
    let colon_ok = t
        .split_once(':')
        .is_none_or(|(head, _)| head.split_whitespace().count() <= 3);
    !t.is_empty()
        && t.split_whitespace().nth(12).is_none()
        && !closed.ends_with(['.', '!'])
        && colon_ok
        && !t.contains(['“', '"'])
        && !t.contains(" said")
}

/// "News|Russia-Ukraine war", "World › Europe": a section path over a headline, its parts a
/// few words each.
pub fn is_section_path(s: &str) -> bool {
    let t = s.trim();
    let Some(sep) = ['|', '›', '»'].into_iter().find(|c| t.contains(*c)) else {
        return false;
    };
    !t.contains(['.', '?', '!', ':', ','])
        && t.split_whitespace().count() <= 6
        && t.split(sep)
            .all(|part| (1..=3).contains(&part.split_whitespace().count()))
}

/// "mb/rs (Reuters, AP, dpa, AFP)": a desk's sign-off, its editors' initials and its
/// agencies (Deutsche Welle's).
fn is_desk_signoff(s: &str) -> bool {
    let t = s.trim();
    let Some((initials, rest)) = t.split_once(' ') else {
        return false;
    };
    let initials_ok = initials.contains('/')
        && initials
            .split('/')
            .all(|i| (1..=4).contains(&i.len()) && i.bytes().all(|b| b.is_ascii_lowercase()));
    initials_ok && rest.starts_with('(') && rest.ends_with(')') && rest.len() <= 80
}

/// "[1] https://t.me/…": a numbered source note.
fn is_source_note(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('[') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with(']') && s.len() <= 420 && s.contains("http")
}

/// `s` starts with `p`, and `p` ends a word there ("share" in "Share:" but not "Shareholders").
fn starts_with_word(s: &str, p: &str) -> bool {
    s.starts_with(p)
        && (p.ends_with([' ', ':', ','])
            || !s[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// "3 min read", "5 min".
fn is_reading_time(head: &str) -> bool {
    // (Perhaps labelled: "Time to 4 min.", "Reading time: 5 min".)
    let head = ["time to ", "reading time ", "read time "]
        .iter()
        .find_map(|l| head.strip_prefix(l))
        .unwrap_or(head)
        .trim_end_matches('.');
    let mut words = head.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some(n), Some("min" | "mins" | "minutes"), None | Some("read"), None)
            if n.chars().all(|c| c.is_ascii_digit())
    )
}

/// "SEE ALSO: … Outpost City Digs InAn adviser to the head …": a promo headline whose line break
/// was lost. Returns the byte offset where the glued sentence starts.
pub fn glued_promo_split(s: &str) -> Option<usize> {
    let head = text::fold_phrase(text::prefix_at_most(s, 24));
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

/// Where a wire service's credit, in brackets at the end of a paragraph, begins: "… would not be
/// deterred. (Reporting by Max Hunder in Kyiv; Editing by Frances Kerry)". The credit is
/// furniture; the text before it is not.
pub fn trailing_credit_split(s: &str) -> Option<usize> {
    let t = s.trim_end();
    // Al Jazeera's "… in Kyiv [Gleb Garanich/Reuters]": a name and an agency in brackets.
    // And "… the building. (Maxar Technologies/AP)", "… at dawn. (Reuters)" in parentheses.
    let (open_mark, close) = match t.chars().last()? {
        ']' => ('[', ']'),
        ')' => ('(', ')'),
        _ => return None,
    };
    let open = t.rfind(open_mark)?;
    let inside = &t[open + 1..t.len() - close.len_utf8()];
    let parts = || inside.split('/').map(str::trim);
    let agency_credit = inside.split_whitespace().count() <= 8
        && (parts().count() >= 2 && parts().any(|part| AGENCIES.contains(&part))
            || AGENCIES.contains(&inside) && t[..open].trim_end().ends_with('.'));
    let head = text::fold_phrase(text::prefix_at_most(inside, 32));
    let credit =
        agency_credit || close == ')' && CREDIT_OPENINGS.iter().any(|p| head.starts_with(p));
    (credit && !t[..open].trim().is_empty()).then_some(open)
}

/// "McDonald", "MacArthur", "DeSantis", "LaGuardia", "iPhone": capitals inside real words.
fn is_name_prefix(s: &str, i: usize) -> bool {
    let word_start = s[..i]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let stem = &s[word_start..i];
    matches!(
        stem,
        "Mc" | "Mac" | "De" | "Di" | "Da" | "La" | "Le" | "Van" | "Von" | "O" | "i" | "e" | "You"
    )
}

/// Text that reads as a sentence: several words, ending with a sentence's punctuation.
pub fn looks_like_sentence(s: &str) -> bool {
    let s = s.trim_end();
    s.split_whitespace().count() >= 6 && s.ends_with(['.', '!', '?', '"', '\u{201D}', ')'])
}

/// Photo credits, as they open a credit (lower-cased).
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
    "pic:",
    "credit...",
    "credit…",
    "(photo",
    "(ap photo",
    "©",
    "reuters/",
    "afp/",
    "afp via getty",
    "epa/",
    "epa-efe/",
    "getty images",
    "copyright ",
];

/// Where a photo credit starts inside a unit ("… on Saturday. Photo courtesy of X", "…
/// REUTERS/Gleb Garanich", "… (Heidi Levine for The Washington Post)"), if it starts at a
/// sentence boundary. `Some(0)`: the unit opens with a credit.
pub fn credit_start(s: &str) -> Option<usize> {
    credit_start_from(s, 0)
}

/// [`credit_start`], for a credit that starts at `from` or later ("Photo: … Credit: …": the
/// credit after the caption's label).
pub fn credit_start_from(s: &str, from: usize) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let at_boundary = |i: usize| {
        let before = lower[..i].trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201D}', ')'])
    };
    let listed = CREDITS
        .iter()
        .filter_map(|c| {
            lower
                .match_indices(c)
                .map(|(i, _)| i)
                .find(|&i| i >= from && at_boundary(i))
        })
        .min();
    listed
        .or_else(|| trailing_for_credit(s).filter(|&i| at_boundary(i)))
        .or_else(|| trailing_agencies(s))
        .or_else(|| trailing_via_agency(s))
        .or_else(|| trailing_slash_credit(s))
        .filter(|&i| i >= from)
}

/// Where a credit of capitalised words about a slash, with an agency or a platform among
/// them, closes a caption after its last sentence or a "|": "… Pokrovsk. | Roman
/// Pilipey/AFP via Getty Images" (from the "|"), "… Grayvoron. Vyacheslav Gladkov / Telegram".
fn trailing_slash_credit(s: &str) -> Option<usize> {
    const PLATFORMS: &[&str] = &[
        "Telegram",
        "Facebook",
        "X",
        "Twitter",
        "Instagram",
        "Handout",
        "Pool",
        "Photo",
        "Images",
        "NurPhoto",
        "Shutterstock",
    ];
    let t = s.trim_end();
    if !t.contains('/') {
        return None;
    }
    // (Bytes looked at from the end, as in `trailing_agencies`.)
    let b = t.as_bytes();
    let sentence = b.windows(2).rposition(|w| w == b". ").map(|i| i + 2);
    let pipe = b.windows(2).rposition(|w| w == b"| ");
    let (start, words_at) = match (sentence, pipe) {
        (_, Some(p)) if sentence.is_none_or(|s| p >= s) => (p, p + 2),
        (Some(s), _) => (s, s),
        _ => return None,
    };
    let words: Vec<&str> = t[words_at..]
        .split([' ', '/'])
        .filter(|w| !w.is_empty())
        .collect();
    let credit = t[words_at..].contains('/')
        && words.len() <= 8
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || *w == "via")
        && words
            .iter()
            .any(|w| AGENCIES.contains(w) || PLATFORMS.contains(w));
    credit.then_some(start)
}

/// Where a credit "<source> via <agency>" closes a caption (or is all of it): "… on Thursday.
/// Russian Defense Ministry Press Service via AP", "Handout via Reuters".
fn trailing_via_agency(s: &str) -> Option<usize> {
    let t = s.trim_end();
    let (before, agency) = t.rsplit_once(" via ")?;
    if !(AGENCIES.contains(&agency) || agency == "Getty Images") {
        return None;
    }
    let start = before
        .as_bytes()
        .windows(2)
        .rposition(|w| w == b". ")
        .map_or(0, |i| i + 2);
    // A name's words: capitalised, or small words ("Ministry of Defence").
    let named = before[start..].split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the" | "and" | "for")
    });
    (named && t[start..].split_whitespace().count() <= 10).then_some(start)
}

/// Photo agencies, as credits name them after a photographer's name and a slash.
const AGENCIES: &[&str] = &[
    "EPA",
    "AFP",
    "AP",
    "LETA",
    "Scanpix",
    "Reuters",
    "Getty",
    "Getty Images",
    "TASS",
    "Sputnik",
    "Anadolu",
    "Ukrinform",
    "RIA",
];

/// Where a credit of a photographer and agencies apart by slashes closes a caption: "… on May
/// 30, 2023. Yuri Kochetkov / EPA / Scanpix / LETA".
fn trailing_agencies(s: &str) -> Option<usize> {
    let t = s.trim_end();
    // (Bytes looked at from the end: a reverse search for ". " links a large string searcher
    // into the browser build.)
    let start = t.as_bytes().windows(2).rposition(|w| w == b". ")? + 2;
    let tail = &t[start..];
    // An agency among them: "Kyiv / Kharkiv / Odesa regions" is no credit.
    let agency = tail
        .split(" / ")
        .any(|part| AGENCIES.contains(&part.trim()));
    (agency
        && tail.matches(" / ").count() >= 2
        && tail.split_whitespace().count() <= 12
        && !tail.contains(['.', ',']))
    .then_some(start)
}

/// A closing parenthesis that credits a photographer: "(Heidi Levine for The Washington Post)".
fn trailing_for_credit(s: &str) -> Option<usize> {
    let t = s.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    let inner = &t[open + 1..t.len() - 1];
    let words = inner.split_whitespace().count();
    ((3..=10).contains(&words) && (inner.contains(" for The ") || inner.contains(" for the ")))
        .then_some(open)
}

/// Does a unit that opens with a credit word really hold only a credit ("Photo: AP", "Photo:
/// Yevhen Titov / AFP / Scanpix / LETA"), rather than a caption introduced by one ("Photo:
/// Residents of Izium queue for water…")?
pub fn is_bare_credit(s: &str) -> bool {
    let words = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    words.count() <= 10 && !s.trim_end().ends_with(['.', '!', '?'])
}

/// A line that is only a photo credit: it marks the line above as a caption. A copyright line
/// ("© 2022 AFP") is not a photo credit.
pub fn is_credit_line(s: &str) -> bool {
    let f = text::fold_phrase(text::prefix_at_most(s, 40));
    let copyright = f.starts_with("copyright")
        || f.starts_with("(c)")
        || (f.starts_with('©')
            && f['©'.len_utf8()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit()));
    // (A label alone, "Image:", labels the line after it: see is_caption_label.)
    credit_start(s) == Some(0) && is_bare_credit(s) && !copyright && !is_caption_label(s)
}

/// A line that only labels the next one as a caption ("Image caption,").
pub fn is_caption_label(s: &str) -> bool {
    let f = text::fold_phrase(s.trim());
    matches!(
        f.trim_end_matches([',', ':']),
        "image caption" | "media caption" | "caption" | "photo caption"
    ) || matches!(f.as_str(), "image:" | "photo:" | "picture:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_paths() {
        for (s, want) in [
            ("News|Russia-Ukraine war", true),
            ("World › Europe", true),
            ("News | Ukraine", true),
            ("Kyiv | Kharkiv | Izium", true),
            ("Zelenskyy: 'We will return' | Opinion", false),
            (
                "Ukraine retakes Izium as Russian lines collapse | Reuters analysis",
                false,
            ),
            ("Russia-Ukraine war", false),
        ] {
            assert_eq!(is_section_path(s), want, "{s}");
        }
    }

    #[test]
    fn links_under_a_heading_are_furniture_until_real_text() {
        for (s, want) in [
            ("Related Topics", true),
            ("More on this story", true),
            ("Read more:", true),
            ("Explore more on these topics", true),
            ("Related", true),
            ("Related Topics in Ukraine", false),
            ("Read more: Russia shells Kharkiv", false),
            // Headings that say what the links are about.
            ("More Stories From NPR", true),
            ("Most Read from Bloomberg", true),
            ("Follow the topics in this article", true),
            ("More on the war in Ukraine", true),
            ("More about", true),
            ("Other Topics of Interest", true),
            ("You may also be interested in the news:", true),
            ("More on that later, he said.", false),
            ("Moreover the shelling continued", false),
        ] {
            assert_eq!(opens_link_list(s), want, "{s}");
        }
        for (s, want) in [
            ("Note from the author:", true),
            ("About the author", true),
            ("A note from the author on sources in this story", false),
        ] {
            assert_eq!(opens_trailer(s), want, "{s}");
        }
        for (s, want) in [
            ("Russia-Ukraine war", true),
            ("Who are Russia's Wagner Group?", true),
            ("Ukraine", true),
            ("Russia-Ukraine war: List of key events, day 866", true),
            ("Explainer: Why Snake Island Matters", true),
            ("Shelling continued overnight, officials said.", false),
            (
                "Zelenskyy told reporters in Kharkiv: “We will return.”",
                false,
            ),
            ("“We will return,” he said", false),
            (
                "The governor said on Monday that the shelling of the city had continued for a week",
                false,
            ),
        ] {
            assert_eq!(is_link_item(s), want, "{s}");
        }
    }

    #[test]
    fn furniture_lines() {
        for (s, want) in [
            ("Live Briefing: Russia's Invasion Of Ukraine", true),
            ("Your browser doesn\u{2019}t support HTML5", true),
            ("WATCH: 'Many Russian Soldiers Flee'", true),
            ("Photo courtesy of Ukraine Defense Ministry/EPA-EFE", true),
            ("For the latest, click here.", true),
            ("___", true),
            ("1/6", true),
            ("Share", true),
            ("Share:", true),
            ("Advertisement", true),
            ("Related Topics", true),
            ("Image source, Getty Images", true),
            ("Reporting by Max Hunder; Editing by Tom Balmforth", true),
            ("3 min read", true),
            ("Updated 3 months ago", true),
            ("Read more about: Crimea, Grain deal, Ukraine war", true),
            ("Explore more on these topics", true),
            ("A Message from The Moscow Times:", true),
            ("Source: Al Jazeera and news agencies", true),
            (
                "Editor's note: This article was updated to include comments.",
                true,
            ),
            ("[1] https://t.me/annamaliar/1060", true),
            ("Skip to contentSkip to site index", true),
            ("This article is more than 5 months old", true),
            ("Video Ad Feedback", true),
            ("02:11 - Source: CNN", true),
            (
                "CNN’s Uliana Petrova and Josh Benning contributed to this report.",
                true,
            ),
            (
                "A version of this article appears in print on May 18, 2022, Section A, Page 1.",
                true,
            ),
            (
                "This article is more than a list of losses, he said in a long interview.",
                false,
            ),
            ("At 02:11 the sirens sounded across the city.", false),
            ("Reporting from Kyiv and Zaporizhzhia, Ukraine", true),
            (
                "\u{2014}Matthew Luxmoore and Isabel Coles contributed to this article.",
                true,
            ),
            (
                "Write to Ann M. Simmons at ann.simmons@wsj.com and Thomas Grove at \
                 thomas.grove@wsj.com",
                true,
            ),
            (
                "Appeared in the June 26, 2023, print edition as 'Mercenary Boss Calls Off \
                 March on Moscow'.",
                true,
            ),
            (
                "TAGS ADAM SMITH DONALD TRUMP KEITH KELLOGG LINDSEY GRAHAM RUSSIA UKRAINE",
                true,
            ),
            ("Editor: Helen Wright", true),
            ("Write to your MP, the campaign urged.", false),
            (
                "Tags on the shells showed they were made in North Korea, he said.",
                false,
            ),
            ("Reporting from the front is deadly work.", false),
            ("Source: SBU press service", false),
            (
                "The toll, compiled from regional officials and news agencies, rose to 40.",
                false,
            ),
            (
                "A Message from the mayor of Kharkiv was read aloud at the ceremony on Friday.",
                false,
            ),
            ("[1] The figure is disputed, see below.", false),
            (
                "Please support our journalism: become a member today.",
                true,
            ),
            ("Soldiers posted video on social media.", false),
            ("Watch the skies, he said.", false),
            (
                "Advertisements offering contract soldiers 200,000 rubles a month have appeared across Russia.",
                false,
            ),
            (
                "Subscribers to Rybar, a pro-war Telegram channel, were told the retreat was planned.",
                false,
            ),
            ("Shareholders of the company met in Kyiv on Monday.", false),
            (
                "Photo: Residents of Izium queue for water at a distribution point on Monday.",
                false,
            ),
            // A promo in brackets, a desk's sign-off, an appeal to follow a channel, a
            // colleague's credit.
            (
                "[Ukraine live briefing: Russia steps up bombardment of Mariupol as talks stall]",
                true,
            ),
            ("[Editor's note]: the ceasefire held", false),
            ("mb/rs (Reuters, AP, dpa, AFP)", true),
            ("https://p.dw.com/p/4HuV4", true),
            (
                "Tags: Sumy, Sumy Oblast, missile strike, Russian attack, Palm Sunday",
                true,
            ),
            (
                "--With assistance from Sergei Chernov, Elena Korsunskaya-Berg and Jack Wittels.",
                true,
            ),
            (
                "With assistance from the United States and Germany, Ukraine has rebuilt its grid.",
                false,
            ),
            (
                "Topics: the war is about land, he said, and about who lives on it.",
                false,
            ),
            (
                "(Updates with tanker attack in Kerch Strait from eighth paragraph.)",
                true,
            ),
            ("Video: Zelenskyy and Trump clash in the Oval Office", true),
            ("Date", true),
            ("https://example.org/a says the ministry", false),
            ("Join Kyiv Post on Telegram for the latest news", true),
            ("Subscribe to UNIAN on Telegram", true),
            ("Join the army, the posters said.", false),
            ("NPR's Tamsin Reed contributed reporting from Kyiv.", true),
        ] {
            assert_eq!(is_furniture(s), want, "{s}");
        }
    }

    #[test]
    fn a_wire_credit_at_a_paragraphs_end_splits_off() {
        for (s, want) in [
            (
                "The alliance would not be deterred. (Reporting by Max Hunder in Kyiv and Tom Balmforth in London; Editing by Frances Kerry)",
                Some("(Reporting by"),
            ),
            (
                "Talks went on. (Additional reporting by Pavel Polityuk; Writing by Tom Balmforth)\n",
                Some("(Additional"),
            ),
            // Brackets that are not a credit, and a credit with nothing before it (the whole
            // line is furniture already).
            ("Shelling hit Izium (a city in Kharkiv Oblast)", None),
            ("(Reporting by Max Hunder; Editing by Tom Balmforth)", None),
            ("He said (reporting by the BBC was wrong) and left.", None),
            // A photographer and an agency in brackets (Al Jazeera).
            (
                "Rescuers clear the rubble of the hospital in Kyiv [Gleb Garanich/Reuters]",
                Some("[Gleb Garanich/Reuters]"),
            ),
            ("Talks in Kyiv [in Ukrainian/Russian]", None),
            // In parentheses too, and an agency alone after a sentence.
            (
                "The word is painted in front of the theatre. (Maxar Technologies/AP)",
                Some("(Maxar Technologies/AP)"),
            ),
            (
                "Prigozhin's jet came down near Tver. (Reuters)",
                Some("(Reuters)"),
            ),
            ("The deal was first reported by Reuters (Reuters)", None),
            ("Fighting in Kharkiv/Sumy (two regions)", None),
        ] {
            let got = trailing_credit_split(s).map(|i| &s[i..i + want.map_or(0, str::len)]);
            assert_eq!(got, want, "{s}");
        }
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
    fn credits_split_from_captions() {
        for (s, want) in [
            (
                "Flags flown in Balakliya on Saturday. Photo courtesy of Ukraine Defense Ministry/EPA-EFE",
                Some("Photo courtesy of Ukraine Defense Ministry/EPA-EFE"),
            ),
            (
                "[1/3] Servicemen ride a vehicle near Izium, September 12. REUTERS/Gleb Garanich",
                Some("REUTERS/Gleb Garanich"),
            ),
            (
                "A destroyed tank near Izium. © Juan Barreto, AFP",
                Some("© Juan Barreto, AFP"),
            ),
            (
                "Residents walk past a shelled school in Balakliia. (Heidi Levine for The Washington Post)",
                Some("(Heidi Levine for The Washington Post)"),
            ),
            ("He described the photo: grim.", None),
            ("Photo: AP", Some("Photo: AP")),
            ("Troops returned (for the first time in months).", None),
            (
                "Marines leave the plant on Monday night.Credit...Alexander Ermochenko/Reuters",
                Some("Credit...Alexander Ermochenko/Reuters"),
            ),
            (
                "A damaged building in Moscow. Yuri Kochetkov / EPA / Scanpix / LETA",
                Some("Yuri Kochetkov / EPA / Scanpix / LETA"),
            ),
            ("Strikes hit. Kyiv / Kharkiv / Odesa regions", None),
            (
                "POWs at the prison on Friday. Russian Defense Ministry Press Service via AP",
                Some("Russian Defense Ministry Press Service via AP"),
            ),
            ("Handout via Reuters", Some("Handout via Reuters")),
            // A slash with an agency or a platform, after a sentence or a "|"; "Copyright".
            (
                "Residents wait in Pokrovsk. | Roman Pilipey/AFP via Getty Images",
                Some("| Roman Pilipey/AFP via Getty Images"),
            ),
            (
                "A damaged house in Grayvoron. Vyacheslav Gladkov / Telegram",
                Some("Vyacheslav Gladkov / Telegram"),
            ),
            (
                "Firefighters in Odesa, July 20, 2023. Copyright AP Photo/Libkos",
                Some("Copyright AP Photo/Libkos"),
            ),
            (
                "Trains ran on the Kyiv/Kharkiv line. The Kyiv/Kharkiv Line",
                None,
            ),
            ("Aid arrived via Poland. Trucks crossed via AP", None),
            (
                "Talks ended. Kyiv / Moscow / Ankara / Istanbul talks, he said.",
                None,
            ),
        ] {
            assert_eq!(credit_start(s).map(|i| &s[i..]), want, "{s}");
        }
    }
}
