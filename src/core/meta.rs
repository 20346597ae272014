//! Facts about an article from its own words: the byline, whether a line is a headline, and
//! the outlet that published it (from a wire dateline, the outlet named after the byline, or
//! the outlet's own promo lines). Each fact comes with the text that shows it.

use super::article::{Block, BlockKind, Source};
use super::dates::{
    Dateline, month_from_word, parse_dateline, parse_glued_datelines, weekday_from_word,
};
use super::text;

/// A byline: the names, and the outlet or role that follows them, if any ("By Jane Doe and
/// John Roe, Associated Press").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Byline {
    pub names: String,
    pub outlet: Option<String>,
}

/// News outlets: canonical short name and the lower-case forms that name it.
const OUTLETS: &[(&str, &[&str])] = &[
    ("RFE/RL", &["rfe/rl", "radio free europe"]),
    ("Reuters", &["reuters"]),
    ("AP", &["associated press", "ap"]),
    ("AFP", &["agence france-presse", "afp"]),
    ("BBC", &["bbc", "bbc news"]),
    ("CNN", &["cnn"]),
    ("UPI", &["upi", "united press international"]),
    (
        "The Kyiv Independent",
        &["kyiv independent", "the kyiv independent"],
    ),
    ("Kyiv Post", &["kyiv post"]),
    ("Ukrainska Pravda", &["ukrainska pravda"]),
    ("Ukrinform", &["ukrinform"]),
    ("Interfax-Ukraine", &["interfax-ukraine"]),
    ("Meduza", &["meduza"]),
    ("Al Jazeera", &["al jazeera"]),
    ("The Guardian", &["the guardian", "guardian"]),
    (
        "The Washington Post",
        &["the washington post", "washington post"],
    ),
    (
        "The New York Times",
        &["the new york times", "new york times"],
    ),
    ("Voice of America", &["voice of america", "voa"]),
    ("DW", &["deutsche welle", "dw"]),
    ("France 24", &["france 24"]),
    ("Euronews", &["euronews"]),
    ("NPR", &["npr"]),
    ("TASS", &["tass", "itar-tass"]),
    ("Politico", &["politico"]),
    ("UNIAN", &["unian"]),
    ("dpa", &["dpa", "deutsche presse-agentur"]),
    ("RT", &["rt", "russia today"]),
    (
        "The Times",
        &["the times", "times media limited", "times media"],
    ),
    (
        "The Telegraph",
        &[
            "the telegraph",
            "telegraph media group limited",
            "telegraph media group",
        ],
    ),
    ("Suspilne", &["suspilne", "suspilne news"]),
    ("RBC-Ukraine", &["rbc-ukraine"]),
    ("Sputnik", &["sputnik"]),
    ("RIA Novosti", &["ria novosti"]),
    ("Novaya Gazeta Europe", &["novaya gazeta europe"]),
    ("Novaya Gazeta", &["novaya gazeta"]),
    ("The Moscow Times", &["the moscow times", "moscow times"]),
    ("The Independent", &["the independent"]),
    ("Interfax", &["interfax"]),
    ("Hromadske", &["hromadske"]),
    ("Sky News", &["sky news"]),
    ("Bloomberg", &["bloomberg", "bloomberg news"]),
    (
        "Financial Times",
        &["financial times", "the financial times"],
    ),
    (
        "The Wall Street Journal",
        &[
            "the wall street journal",
            "wall street journal",
            "dow jones",
        ],
    ),
    ("CBS News", &["cbs news"]),
    ("Le Monde", &["le monde"]),
    ("Anadolu Agency", &["anadolu agency", "anadolu"]),
    ("Newsweek", &["newsweek"]),
    ("The Economist", &["the economist"]),
    ("TVP World", &["tvp world"]),
    ("Militarnyi", &["militarnyi"]),
    ("PAP", &["polish press agency"]),
    ("Xinhua", &["xinhua"]),
    ("Axios", &["axios"]),
    ("Fox News", &["fox news"]),
    ("CNBC", &["cnbc"]),
    ("The Hill", &["the hill"]),
    ("ERR News", &["err news", "eesti rahvusringhääling"]),
    ("Babel", &["babel", "babel'"]),
    (
        "The Globe and Mail",
        &["the globe and mail", "globe and mail"],
    ),
    ("The Japan Times", &["the japan times", "japan times"]),
    ("Kyodo News", &["kyodo news", "kyodo"]),
    (
        "LRT",
        &[
            "lrt",
            "lrt english",
            "lietuvos nacionalinis radijas ir televizija",
        ],
    ),
    (
        "NV",
        &["nv", "the new voice of ukraine", "new voice of ukraine"],
    ),
    ("IAEA", &["iaea"]),
    ("NBC News", &["nbc news"]),
    ("ABC News", &["abc news"]),
    (
        "Institute for the Study of War",
        &["institute for the study of war"],
    ),
];

/// The outlet a short phrase names exactly ("Associated Press" → AP).
pub fn outlet_named(phrase: &str) -> Option<&'static str> {
    let f = text::fold_phrase(phrase.trim());
    OUTLETS
        .iter()
        .find(|(_, forms)| forms.contains(&f.as_str()))
        .map(|(name, _)| *name)
}

/// "By Simon Druker" → Simon Druker; "By Isabelle Khurshudyan, Mary Ilyushina and Kostiantyn
/// Khudov"; "By Jane Doe and John Roe, Associated Press" (outlet AP). A sentence that happens to
/// start with "By" ("By Saturday, Ukrainian forces…", "By Air And Sea: How…") is not a byline.
pub fn byline(s: &str) -> Option<Byline> {
    let rest = ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| s.strip_prefix(p))?
        .trim();
    if rest.is_empty() || rest.chars().count() > 160 || rest.contains([':', ';', '"', '“']) {
        return None;
    }
    let (rest, bar_outlet) = match rest.split_once('|') {
        Some((names, outlet)) => (names.trim(), Some(outlet.trim())),
        None => (rest, None),
    };
    let rest = without_agencies(rest);
    // "SAMIRA HOLUB and PETER ADAMSKI Associated Press": the outlet after the names without a
    // comma.
    let (rest, tail_outlet) = match outlet_at_end(rest) {
        Some((names, outlet)) => (names, Some(outlet)),
        None => (rest, None),
    };
    let mut names: Vec<String> = Vec::new();
    let mut outlet = tail_outlet.map(str::to_string);
    for (i, part) in rest.split(',').enumerate() {
        let trimmed = part.trim();
        let open = outlet.is_none() || tail_outlet.is_some();
        if i > 0 && outlet.is_none() && (outlet_named(trimmed).is_some() || is_role(trimmed)) {
            outlet = Some(outlet_named(trimmed).unwrap_or(trimmed).to_string());
        } else if i > 0 && !names.is_empty() && is_one_capitalised_word(trimmed) {
            // "By Jane Doe, Moscow": where the writer filed from (a name has two words at
            // least).
        } else if open && is_name_list(trimmed) {
            names.push(trimmed.to_string());
        } else if let Some(people) = open.then(|| without_places(trimmed)).flatten() {
            names.push(people);
        } else {
            return None;
        }
    }
    let outlet = outlet.or_else(|| bar_outlet.map(|o| outlet_named(o).unwrap_or(o).to_string()));
    (!names.is_empty()).then(|| Byline {
        names: names.join(", "),
        outlet,
    })
}

/// One capitalised word of letters ("Moscow", "Kyiv", "Dnipro").
fn is_one_capitalised_word(s: &str) -> bool {
    s.starts_with(char::is_uppercase)
        && s.chars().count() > 1
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
}

/// The names and the outlet of "… Associated Press" (one to three words at the end naming an
/// outlet), if it ends so.
fn outlet_at_end(s: &str) -> Option<(&str, &'static str)> {
    let starts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| c == ' ' && i > 0)
        .map(|(i, _)| i)
        .collect();
    starts.iter().rev().take(3).find_map(|&i| {
        let names = s[..i].trim_end_matches([' ', ',']);
        outlet_named(&s[i + 1..])
            .filter(|_| !names.is_empty())
            .map(|o| (names, o))
    })
}

/// "by Oksana Hrytsenko and Dmytro Lytvyn August 12, 2024 11:46 PM 4 min read": a byline with
/// its date line (and a reading time) on one line.
fn byline_with_date(s: &str) -> Option<(Byline, Dateline)> {
    let rest = ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
    if rest.chars().count() > 200 {
        return None;
    }
    // Without a reading time at the end ("4 min read").
    let words: Vec<&str> = rest.split_whitespace().collect();
    let n = match words[..] {
        [.., num, "min" | "mins", "read"] if num.bytes().all(|b| b.is_ascii_digit()) => {
            words.len() - 3
        }
        _ => words.len(),
    };
    (2..n).find_map(|k| {
        let names = words[..k].join(" ");
        // ("by Brad Dress - 06/01/25 4:56 PM ET": a dash between them.)
        let date = words[k..n].join(" ");
        let date = date
            .strip_prefix("- ")
            .or_else(|| date.strip_prefix("\u{2013} "))
            .unwrap_or(&date);
        let line = parse_dateline(date)?;
        let b = byline(&format!("By {names}"))?;
        Some((b, line))
    })
}

/// "Pjotr Sauer in Kyiv and Luke Harding in Balakliia" → "Pjotr Sauer and Luke Harding": a
/// list of names each with where they report from (one to four capitalised words), if it is
/// one.
fn without_places(s: &str) -> Option<String> {
    let mut people = Vec::new();
    let mut any = false;
    for part in s.split(" and ") {
        let name = match part.split_once(" in ") {
            Some((name, place)) => {
                let words: Vec<&str> = place.split_whitespace().collect();
                if words.is_empty()
                    || words.len() > 4
                    || !words.iter().all(|w| w.starts_with(char::is_uppercase))
                {
                    return None;
                }
                any = true;
                name.trim()
            }
            None => part.trim(),
        };
        if !is_name(name) || name.split_whitespace().count() < 2 {
            return None;
        }
        people.push(name);
    }
    any.then(|| people.join(" and "))
}

/// Bylines without "By" that news pages print under the headline: "Luke Harding in Kharkiv",
/// "Léonie Chao-Fong (now) and Tom Ambrose (earlier)", "Iryna Kutielieva — Monday, 12 September
/// 2022, 14:25" (with its date line). Only for the header, where such a line can be nothing
/// else; the forms without a date only once the headline is known (a title-case headline can
/// read "Ukrainian Forces Advance in Kharkiv").
pub fn header_byline(s: &str, after_title: bool) -> Option<(Byline, Vec<Dateline>)> {
    if let Some((b, line)) = byline_with_date(s) {
        return Some((b, vec![line]));
    }
    // "Name | date", perhaps with its update ("Burak Bir and Gizem Nisa Cebi |16.05.2025 -
    // Update : 17.05.2025", as Anadolu prints it).
    if s.chars().count() <= 160
        && let Some((name, rest)) = s.split_once('|')
        && is_name_list(&strip_notes(name.trim()))
    {
        let lines = match parse_dateline(rest) {
            Some(line) => Some(vec![line]),
            None => parse_glued_datelines(rest).map(Vec::from),
        };
        if let Some(lines) = lines {
            let b = Byline {
                names: strip_notes(name.trim()),
                outlet: None,
            };
            return Some((b, lines));
        }
    }
    if s.chars().count() > 120 || s.contains([':', ';', '"', '“', '.']) && !s.contains(" — ") {
        return None;
    }
    // "Name — date" (after a bar, above)
    for sep in [" — ", " – ", " - "] {
        if let Some((name, rest)) = s.split_once(sep)
            && let Some(line) = parse_dateline(rest)
            && is_name_list(&strip_notes(name))
        {
            let b = Byline {
                names: strip_notes(name),
                outlet: None,
            };
            return Some((b, vec![line]));
        }
    }
    if !after_title {
        return None;
    }
    // "Name in Place and Name", "Name in Place and Name in Place"
    if let Some(names) = without_places(s) {
        let b = Byline {
            names,
            outlet: None,
        };
        return Some((b, Vec::new()));
    }
    // "Name in Place"
    if let Some((name, place)) = s.split_once(" in ")
        && is_name_list(name)
        && (2..=3).contains(&name.split_whitespace().count())
        && place.split_whitespace().count() <= 4
        && place.starts_with(char::is_uppercase)
    {
        let b = Byline {
            names: name.trim().to_string(),
            outlet: None,
        };
        return Some((b, Vec::new()));
    }
    // "Name (now) and Name (earlier)": live-blog bylines with their shifts.
    let stripped = strip_notes(s);
    if stripped != s.trim() && is_name_list(&stripped) && stripped.split_whitespace().count() >= 2 {
        let b = Byline {
            names: stripped,
            outlet: None,
        };
        return Some((b, Vec::new()));
    }
    None
}

/// A line of names only, without "By" ("Luke Harding and Shaun Walker", "Jane Roe, John Doe
/// and Ann Poe"): one to four names of two words or more. Whether they are people's the
/// caller decides.
pub fn names_only(s: &str) -> Option<Byline> {
    let s = without_agencies(s.trim());
    if s.chars().count() > 100 || s.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let parts: Vec<&str> = s
        .split(',')
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let ok = (1..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|p| is_name(p) && p.split_whitespace().count() >= 2);
    ok.then(|| Byline {
        names: s.to_string(),
        outlet: None,
    })
}

/// Names without the agencies the reporter drew on: "Tamara Novak with AP, AFP" → "Tamara
/// Novak" (no outlet's byline).
/// "Le Monde with AFP": a credit line naming the outlet and the agencies it drew on, whose
/// outlet it returns.
pub fn outlet_credit(s: &str) -> Option<&'static str> {
    let s = s.trim();
    let (outlet, _) = s.split_once(" with ")?;
    (s.len() <= 80 && without_agencies(s) == outlet.trim())
        .then(|| outlet_named(outlet))
        .flatten()
}

fn without_agencies(s: &str) -> &str {
    match s.split_once(" with ") {
        Some((names, agencies))
            if agencies
                .split([',', '&'])
                .flat_map(|a| a.split(" and "))
                .all(|a| outlet_named(a).is_some()) =>
        {
            names.trim()
        }
        _ => s,
    }
}

/// Remove parenthetical notes: "Léonie Chao-Fong (now)" → "Léonie Chao-Fong".
fn strip_notes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Jane Doe", "HANNA ARHIROVA and JOHN LEICESTER", "Jane Doe & J. R. Roe".
fn is_name_list(s: &str) -> bool {
    let names: Vec<&str> = s
        .split(" and ")
        .flat_map(|p| p.split(" & "))
        .map(str::trim)
        .collect();
    !names.is_empty() && names.iter().all(|n| is_name(n))
}

/// One person's name: 1–5 capitalised words (particles allowed), no weekday or month, no "The".
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let first = words[0].trim_end_matches('.');
    if matches!(first, "The" | "A" | "An" | "THE" | "By" | "BY")
        || weekday_from_word(first).is_some()
        || month_from_word(first).is_some()
    {
        return false;
    }
    const PARTICLES: &[&str] = &[
        "de", "van", "von", "der", "den", "al", "bin", "la", "le", "da", "di", "du", "el",
    ];
    words.iter().all(|w| {
        let w = w.trim_end_matches(['.', ',']);
        PARTICLES.contains(&w)
            || (w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
    }) && !s.ends_with(['!', '?'])
}

/// "staff writer", "Kyiv correspondent", "in Kharkiv", "special to the Post".
fn is_role(s: &str) -> bool {
    const ROLES: &[&str] = &[
        "staff",
        "correspondent",
        "reporter",
        "writer",
        "editor",
        "special",
        "contributor",
    ];
    let f = s.to_ascii_lowercase();
    let words: Vec<&str> = f.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && (words[0] == "in" || words.iter().any(|w| ROLES.contains(w)))
}

/// A line that can be the article's title: short, not a sentence.
pub fn is_headline(s: &str) -> bool {
    let chars = s.chars().count();
    let words = s.split_whitespace().count();
    let quoted_title = opens_with_quote(s) && words <= 16 && !s.trim_end().ends_with('.');
    (3..=220).contains(&chars)
        && (2..=30).contains(&words)
        && !s.ends_with(['.', ',', ';', ':'])
        && (quoted_title || !opens_with_quote(s))
        && (opens_with_quote(s) || s.starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
}

pub fn opens_with_quote(s: &str) -> bool {
    s.starts_with(['"', '\'', '\u{201C}', '\u{201E}', '«', '\u{2018}'])
}

/// The outlet that published the article, from evidence only, in order of strength: a wire
/// dateline opening one of the first five paragraphs; the outlet named in the byline; the outlet's
/// own promo lines.
pub fn detect_source(
    blocks: &[Block],
    byline: Option<&Byline>,
    byline_text: &str,
) -> Option<Source> {
    let running = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote))
        .take(5);
    for b in running {
        if let Some(src) = wire_dateline(&b.text) {
            return Some(src);
        }
    }
    if let Some(outlet) = byline.and_then(|b| b.outlet.as_deref())
        && let Some(name) = outlet_named(outlet)
    {
        return Some(Source {
            name: name.to_string(),
            evidence: byline_text.to_string(),
        });
    }
    // A short line in the header or the furniture that starts with an outlet's name: "BBC
    // News, Kharkiv region", "Story by Meduza".
    let first_running = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Paragraph && b.text.split_whitespace().count() >= 10)
        .unwrap_or(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let in_header = i < first_running && b.kind != BlockKind::Headline;
        let short = b.text.split_whitespace().count() <= 6 || b.kind == BlockKind::Dateline;
        // (A date line may come after the standfirst: "… / CBS News".)
        let dateline = b.kind == BlockKind::Dateline && i < 12;
        if !(in_header || dateline || b.kind == BlockKind::Boilerplate) || !short {
            continue;
        }
        let lead = b.text.split(',').next().unwrap_or("");
        let lead = ["Story by ", "story by ", "Source: "]
            .iter()
            .find_map(|p| lead.strip_prefix(p))
            .unwrap_or(lead);
        // "Le Monde with AFP": the outlet, with the agencies it drew on.
        let lead = lead.split_once(" with ").map_or(lead, |(o, _)| o);
        // A date line that ends with the outlet: "Updated on: April 8, 2022 / 7:41 PM EDT /
        // CBS News".
        let lead = match b.kind {
            BlockKind::Dateline => b.text.rsplit(['/', '|', ',']).next().unwrap_or("").trim(),
            _ => lead,
        };
        if let Some(name) =
            outlet_named(lead).or_else(|| lead.strip_suffix(" News").and_then(outlet_named))
            && name.len() > 2
        {
            return Some(Source {
                name: name.to_string(),
                evidence: b.text.clone(),
            });
        }
    }
    // A copyright notice, a "Source:" line or a desk's byline, anywhere.
    for b in blocks {
        if b.text.split_whitespace().count() <= 30
            && let Some(name) = notice_outlet(&b.text)
        {
            return Some(Source {
                name: name.to_string(),
                evidence: text::first_sentence(&b.text, 120),
            });
        }
    }
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
        "support",
        "member",
        "patron",
        "donate",
        "on telegram",
    ];
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Boilerplate) {
        let folded = text::fold_phrase(text::prefix_at_most(&b.text, 600));
        if !SELF_PROMO.iter().any(|p| folded.contains(p)) {
            continue;
        }
        for (name, forms) in OUTLETS {
            // Two-letter forms ("ap", "dw") are too easy to meet by chance in a promo.
            if forms
                .iter()
                .any(|m| m.len() > 3 && contains_word(&folded, m))
            {
                return Some(Source {
                    name: name.to_string(),
                    evidence: text::first_sentence(&b.text, 120),
                });
            }
        }
    }
    None
}

/// The outlet a copyright notice, a "Source:" line or a desk's byline names first: "© 2024
/// TASS", "Copyright 2022 The Associated Press", "Copyright (c) 2022. RFE/RL, Inc.", "Source:
/// Al Jazeera and news agencies", "By RFE/RL's Ukrainian Service". Not a photographer's
/// credit ("© Roman Pilipey, AFP"): the outlet must come first.
fn notice_outlet(line: &str) -> Option<&'static str> {
    let line = line.trim();
    // A notice inside a line: read from its sign ("… redistributed. ©2025 FOX News Network,
    // LLC."), after the outlet it may follow ("ERR News © 2022 Eesti Rahvusringhääling").
    if let Some(at) = line.find('\u{a9}').filter(|&at| at > 0) {
        let before = line[..at].trim();
        if before.len() <= 40
            && let Some(outlet) = outlet_named(before)
        {
            return Some(outlet);
        }
        // (With its year: a photo's credit inside a caption, "Photo: © Reuters", is no
        // notice of the page's.)
        let notice = &line[at..];
        let after = notice['\u{a9}'.len_utf8()..].trim_start();
        let after = after.strip_prefix("Copyright ").unwrap_or(after);
        if !line.starts_with("Copyright")
            && after.bytes().take_while(u8::is_ascii_digit).count() == 4
        {
            return notice_outlet(notice);
        }
    }
    let rest = [
        "Copyright \u{a9}",
        "Copyright (c)",
        "Copyright (C)",
        "Copyright",
        "\u{a9}",
        "(c)",
        "Source:",
        "Sources:",
        "By",
    ]
    .iter()
    .find_map(|lead| line.strip_prefix(lead))?;
    // A space after the lead word (after "©" not always: "©2023 Bloomberg L.P."), then
    // perhaps a year ("© 2024 TASS", "(c) 2022. RFE/RL").
    let rest = match rest.strip_prefix(' ') {
        Some(r) => r.trim_start(),
        None if line[..line.len() - rest.len()].ends_with('\u{a9}')
            && rest.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest
        }
        None => return None,
    };
    // "© Copyright 2023 The Globe and Mail Inc."
    let rest = rest.strip_prefix("Copyright ").unwrap_or(rest).trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits == 4 {
        // Perhaps a span of years ("© 1998–2024 IAEA", "© 2012-2024 …").
        let after = rest[4..]
            .strip_prefix('-')
            .or_else(|| rest[4..].strip_prefix('\u{2013}'))
            .filter(|r| r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit))
            .map_or(&rest[4..], |r| &r[4..]);
        after.trim_start_matches(['.', ',']).trim_start()
    } else {
        rest
    };
    let folded = text::fold_phrase(text::prefix_at_most(rest, 60));
    // With "the" or without ("© 2023 The Independent", "© The Associated Press").
    let bare = folded.strip_prefix("the ").unwrap_or(&folded);
    let by = line.starts_with("By");
    OUTLETS.iter().find_map(|(name, forms)| {
        forms
            .iter()
            .any(|form| {
                let Some(after) = bare
                    .strip_prefix(form)
                    .or_else(|| folded.strip_prefix(form))
                else {
                    return false;
                };
                // The outlet's name whole; a desk's byline says whose desk ("RFE/RL's").
                let whole = !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
                let desk = after.starts_with("'s ");
                // Two-letter forms ("ap", "dw") only standing alone.
                // ("© 2025 NV. All rights reserved.": a notice with its year, ending there.)
                let short_ok = form.len() > 2
                    || after.trim_start_matches(['.', ',']).is_empty()
                    || digits == 4 && (after.starts_with('.') || after.starts_with(','));
                // "© Sputnik / Anton Vergun": a photo's credit, without a year, naming its
                // photographer after the agency.
                let photo = digits != 4 && after.trim_start().starts_with('/');
                whole && short_ok && (!by || desk) && !photo
            })
            .then_some(*name)
    })
}

/// `needle` in `hay` with no letter on either side.
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// "Sept. 10 (UPI) --", "KYIV, Ukraine (AP) —", "LONDON, Sept 12 (Reuters) -": a place or date
/// in capitals, the agency in parentheses, a dash.
pub fn wire_dateline(s: &str) -> Option<Source> {
    let head = text::prefix_at_most(s, 100);
    // TASS: "MOSCOW, May 12. /TASS/."
    if let Some(src) = slashed_dateline(head) {
        return Some(src);
    }
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let agency = head[open + 1..close].trim();
    let after = head[close + 1..].trim_start();
    let dash = ["--", "—", "–", "-"]
        .iter()
        .find(|d| after.starts_with(**d))?;
    let agency_ok = (2..=30).contains(&agency.len())
        && agency.starts_with(|c: char| c.is_uppercase())
        && agency
            .chars()
            .all(|c| c.is_alphanumeric() || " /&.-".contains(c));
    // What precedes the agency reads as a dateline: a few words, each capitalised or a number,
    // not a sentence's subject ("The Security Service of Ukraine (SBU) –").
    let place = head[..open].trim();
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let place_ok = !place_words.is_empty()
        && place_words.len() <= 6
        && !matches!(place_words[0], "The" | "A" | "An")
        && place_words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    (agency_ok && place_ok).then(|| {
        let evidence_end = close + 1 + (head[close + 1..].len() - after.len()) + dash.len();
        Source {
            name: outlet_named(agency).unwrap_or(agency).to_string(),
            evidence: head[..evidence_end].to_string(),
        }
    })
}

/// "MOSCOW, May 12. /TASS/.": a place in capitals and a date, then the agency between slashes.
fn slashed_dateline(head: &str) -> Option<Source> {
    let open = head.find(" /")? + 1;
    let close = open + 1 + head[open + 1..].find('/')?;
    let agency = &head[open + 1..close];
    let place = head[..open].trim().trim_end_matches('.');
    let first = place.split([',', ' ']).next().unwrap_or_default();
    let ok = (2..=12).contains(&agency.len())
        && agency.bytes().all(|b| b.is_ascii_uppercase())
        && first.len() >= 3
        && first.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
        && place.split_whitespace().count() <= 6;
    ok.then(|| {
        let end = close + 1 + usize::from(head[close + 1..].starts_with('.'));
        Source {
            name: outlet_named(agency).unwrap_or(agency).to_string(),
            evidence: head[..end].to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        let b = |s| byline(s).map(|b| (b.names, b.outlet));
        let some = |n: &str, o: Option<&str>| Some((n.to_string(), o.map(str::to_string)));
        for (s, want) in [
            ("By Simon Druker", some("Simon Druker", None)),
            ("By Simon Druker, UPI", some("Simon Druker", Some("UPI"))),
            (
                "By Jane Doe and John Roe | Reuters",
                some("Jane Doe and John Roe", Some("Reuters")),
            ),
            (
                "By Jane Doe and John Roe, Associated Press",
                some("Jane Doe and John Roe", Some("AP")),
            ),
            (
                "By Isabelle Khurshudyan, Mary Ilyushina and Kostiantyn Khudov",
                some(
                    "Isabelle Khurshudyan, Mary Ilyushina and Kostiantyn Khudov",
                    None,
                ),
            ),
            (
                "By HANNA ARHIROVA and JOHN LEICESTER",
                some("HANNA ARHIROVA and JOHN LEICESTER", None),
            ),
            ("by Asami Terajima", some("Asami Terajima", None)),
            (
                "By Pjotr Sauer in Kyiv and Luke Harding in Balakliia",
                some("Pjotr Sauer and Luke Harding", None),
            ),
            (
                "By Jane Doe in New York and John Roe, Reuters",
                some("Jane Doe and John Roe", Some("Reuters")),
            ),
            (
                "By SAMIRA HOLUB and PETER ADAMSKI Associated Press",
                some("SAMIRA HOLUB and PETER ADAMSKI", Some("AP")),
            ),
            // Where they filed from, after a comma.
            (
                "By Jane Doe in Kyiv and John Roe, Moscow",
                some("Jane Doe and John Roe", None),
            ),
            ("By Jane Doe, Kyiv", some("Jane Doe", None)),
            (
                "By Jane Doe, Kharkiv, Reuters",
                some("Jane Doe", Some("Reuters")),
            ),
            ("By Saturday in Kharkiv the guns fell silent", None),
            ("By Jane Doe in the morning", None),
            ("By the end of the week, troops had advanced.", None),
            ("By Saturday the town was free.", None),
            ("By Saturday, Ukrainian forces had entered Balakliia.", None),
            ("By Air And Sea: How Ukraine Retook Snake Island", None),
            ("Bystanders watched", None),
        ] {
            assert_eq!(b(s), want, "{s}");
        }
    }

    #[test]
    fn header_bylines() {
        let hb = |s| header_byline(s, true).map(|(b, d)| (b.names, d.first().map(|d| d.at.iso())));
        for (s, want) in [
            ("Luke Harding in Kharkiv", Some(("Luke Harding", None))),
            (
                "Léonie Chao-Fong (now) and Tom Ambrose (earlier)",
                Some(("Léonie Chao-Fong and Tom Ambrose", None)),
            ),
            (
                "Iryna Kutielieva — Monday, 12 September 2022, 14:25",
                Some(("Iryna Kutielieva", Some("2022-09-12T14:25"))),
            ),
            (
                "Ruth Marlowe in Kherson and Pyotr Zinchenko",
                Some(("Ruth Marlowe and Pyotr Zinchenko", None)),
            ),
            (
                "by Oksana Hrytsenko and Dmytro Lytvyn August 12, 2024 11:46 PM 4 min read",
                Some((
                    "Oksana Hrytsenko and Dmytro Lytvyn",
                    Some("2024-08-12T23:46"),
                )),
            ),
            (
                "By Jane Doe September 10, 2022",
                Some(("Jane Doe", Some("2022-09-10"))),
            ),
            (
                "by Brad Dress - 06/01/25 4:56 PM ET",
                Some(("Brad Dress", Some("2025-06-01T16:56-04:00"))),
            ),
            ("By Saturday September 10, 2022 the town was free", None),
            ("Fighting in Kharkiv", None),
            ("Ukrainian troops advance in Kharkiv", None),
            ("Russia-Ukraine war", None),
        ] {
            assert_eq!(header_byline("Luke Harding in Kharkiv", false), None);
            let want =
                want.map(|(n, d): (&str, Option<&str>)| (n.to_string(), d.map(str::to_string)));
            assert_eq!(hb(s), want, "{s}");
        }
    }

    #[test]
    fn headlines() {
        for (s, want) in [
            ("Ukrainian troops advance, forcing Russian withdrawal", true),
            ("\u{2018}They dropped everything and ran\u{2019}", true),
            ("Kupiansk is a town of about 27,000 people.", false),
            (
                "\"Russian forces were likely taken by surprise,\" the ministry said.",
                false,
            ),
            ("Ukraine", false),
        ] {
            assert_eq!(is_headline(s), want, "{s}");
        }
    }

    #[test]
    fn outlets_of_notices_and_credit_lines() {
        for (line, want) in [
            ("\u{a9} 2024 TASS. All rights reserved.", Some("TASS")),
            (
                "Copyright 2022 The Associated Press. All Rights Reserved.",
                Some("AP"),
            ),
            (
                "Copyright (c) 2022. RFE/RL, Inc. Used with the permission of Radio Free Europe",
                Some("RFE/RL"),
            ),
            ("Source: Al Jazeera and news agencies", Some("Al Jazeera")),
            ("By RFE/RL's Ukrainian Service", Some("RFE/RL")),
            ("\u{a9} 2025 AFP", Some("AFP")),
            ("\u{a9} 2024 UNIAN", Some("UNIAN")),
            (
                "\u{a9} 2025 Novaya Gazeta Europe",
                Some("Novaya Gazeta Europe"),
            ),
            ("\u{a9} 2023 The Independent", Some("The Independent")),
            (
                "This material may not be published. \u{a9}2025 FOX News Network, LLC.",
                Some("Fox News"),
            ),
            (
                "\u{a9} Copyright 2023 The Globe and Mail Inc. All rights reserved.",
                Some("The Globe and Mail"),
            ),
            (
                "\u{a9} 1998\u{2013}2024 IAEA, All rights reserved.",
                Some("IAEA"),
            ),
            (
                "\u{a9} 2012-2024 Lietuvos nacionalinis radijas ir televizija",
                Some("LRT"),
            ),
            (
                "ERR News \u{a9} 2022 Eesti Rahvusringh\u{e4}\u{e4}ling",
                Some("ERR News"),
            ),
            (
                "Copyright \u{a9}2023 Dow Jones & Company, Inc. All Rights Reserved.",
                Some("The Wall Street Journal"),
            ),
            ("\u{a9} 2025 Babel'. All rights reserved.", Some("Babel")),
            ("\u{a9} 2025 NV. All rights reserved.", Some("NV")),
            // A photo's credit in the middle of a line is still no notice.
            ("Firefighters at work. \u{a9} Sputnik / Anton Vergun", None),
            ("Rescuers at the site. Photo: \u{a9} Reuters", None),
            ("\u{a9} 2023 Independent Media Group", None),
            // A photographer's credit, a person as the source, a reporter's byline: none.
            ("\u{a9} Roman Pilipey, AFP", None),
            ("\u{a9} Sputnik / Anton Vergun", None),
            ("\u{a9}2023 Bloomberg L.P.", Some("Bloomberg")),
            (
                "Source: Serhii Haidai, Head of Luhansk Oblast Military Administration",
                None,
            ),
            ("By Reuters staff", None),
            ("Copyrights of apples", None),
            ("\u{a9} 2024 APPLE", None),
        ] {
            assert_eq!(notice_outlet(line), want, "{line}");
        }
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
                "KYIV/LONDON, Sept 12 (Reuters) - Ukraine",
                Some(("Reuters", "KYIV/LONDON, Sept 12 (Reuters) -")),
            ),
            ("Kyiv (AFP) – Ukraine", Some(("AFP", "Kyiv (AFP) –"))),
            ("The SBU (security service) said", None),
            (
                "The Security Service of Ukraine (SBU) – the country's",
                None,
            ),
            ("Troops (about 200) - mostly", None),
            (
                "MOSCOW, May 12. /TASS/. Units of Russia's",
                Some(("TASS", "MOSCOW, May 12. /TASS/.")),
            ),
            ("Prices rose 3 /KG/ in Kyiv", None),
            ("The ratio is 1 /AB/ two", None),
        ] {
            let got = wire_dateline(s);
            assert_eq!(
                got.as_ref().map(|s| (s.name.as_str(), s.evidence.as_str())),
                want,
                "{s}"
            );
        }
    }
}
