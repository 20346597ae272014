//! Recognise and normalise: every mention of a person, place, organisation, date or figure in
//! an article, with its byte span in the raw text and the entity it resolves to — and why.
//!
//! Recognition runs per block (headline and running text; page furniture is skipped) on the
//! folded text ([`super::fold`]), so spellings the tables never listed still match, and maps
//! every match back to an exact slice of the original. Then:
//! - names that several gazetteer entries share (three Lymans) are resolved by context: an
//!   oblast the article names, nearness to the other places it names, prominence;
//! - people no table lists are found by their given names ("Nina Honchar", "Maria"), and a
//!   person's name beats a village that happens to share it ("Taras Shevchenko");
//! - a given name alone stays local to its paragraph: two Oleksandrs in two captions are two
//!   people until the text says otherwise;
//! - dates resolve against the article's own date ("Saturday" in a dispatch of Saturday 10
//!   September is 2022-09-10), figures to SI units.

use super::article::{Article, Block};
use super::dates::{self, Date};
use super::entity::{Entity, EntityType, Prominence, distance_km, slug};
use super::fnv::{FnvMap, FnvSet};
use super::fold::{self, WordSpan};
use super::gazetteer::{Gazetteer, Hit};
use super::text::{self, WordSet, ends_like_nationality};
use super::{num, quantity, sort};

pub use super::entity::Shared;

/// One mention in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Byte offsets into the raw text: `raw[start..end] == text`.
    pub start: usize,
    pub end: usize,
    pub text: Shared,
    /// The entity id.
    pub entity: Shared,
    pub kind: EntityType,
    /// Why this text names that entity.
    pub why: Shared,
}

/// An entity found in the text and not in the gazetteer (a person by given name, a date, a
/// figure), described well enough to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    /// ISO date for dates; SI value for figures.
    pub value: Option<String>,
    pub unit: Option<&'static str>,
    pub description: String,
}

impl Annotation {
    /// An annotation from its mentions and the entities its rules found (as
    /// [`super::compiled`] keeps them).
    pub fn from_parts(mentions: Vec<Mention>, found: Vec<Found>) -> Annotation {
        let found_ids = found.iter().map(|f| Shared::from(f.id.as_str())).collect();
        Annotation {
            mentions,
            found,
            found_ids,
        }
    }

    /// When the article is from, for lists and headers: its stated date; or, without one, the
    /// dates its text mentions — with the year when the text evidences it (see `why` on those
    /// mentions), else saying that it is not stated.
    pub fn date_label(&self, article: &Article) -> String {
        if article.published.is_some() || article.updated.is_some() {
            return article.date_label();
        }
        match self.date_span(article) {
            Some((a, b)) if a == b => format!("Mentions {a}"),
            Some((a, b)) => format!("Mentions {a} – {b}"),
            None => article.date_label(),
        }
    }

    /// The days an article is about: its publication (or update) day; for an undated article,
    /// the first to the last full date it mentions; `None` when neither is known.
    pub fn date_span(&self, article: &Article) -> Option<(Date, Date)> {
        if let Some(d) = article.published.or(article.updated) {
            return Some((d.date, d.date));
        }
        let full: Vec<Date> = self
            .found
            .iter()
            .filter(|f| f.kind == EntityType::Date)
            .filter_map(|f| Date::parse_iso(f.value.as_deref()?))
            .collect();
        Some((*full.iter().min()?, *full.iter().max()?))
    }
}

/// The dispatch list's date line for an article, from its dates alone: the same as
/// [`Annotation::date_label`] of its full annotation, without the gazetteer (which the list,
/// shown first, need not wait for).
pub fn date_label(raw: &str, article: &Article) -> String {
    let mut dates = Annotation::default();
    dates_and_figures(raw, article, None, &mut dates);
    dates.date_label(article)
}

impl Found {
    fn new(id: String, name: String, kind: EntityType, description: &str) -> Found {
        Found {
            id,
            name,
            kind,
            value: None,
            unit: None,
            description: description.to_string(),
        }
    }
}

/// What annotating an article gives: its mentions, and the entities the rules created.
#[derive(Clone, Debug, Default)]
pub struct Annotation {
    pub mentions: Vec<Mention>,
    pub found: Vec<Found>,
    /// The ids of `found`, shared with their mentions.
    found_ids: FnvSet<Shared>,
}

/// A candidate span before resolution.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    what: What,
}

#[derive(Clone, Copy)]
enum What {
    /// A gazetteer pattern.
    Known(usize),
    /// A person found by given name; `local` when it is a given name alone.
    Person { local: bool },
    /// A name no table lists, typed by the word before it ("the village of X").
    Cue { kind: EntityType, cue: &'static str },
}

/// Annotate one article. `raw` is the text its block offsets point into.
pub fn annotate(raw: &str, article: &Article) -> Annotation {
    let g = Gazetteer::get();
    // The buffers recognition reuses, kept from one article to the next: they are sized for
    // the longest paragraph seen, not grown again for each article; and the article's own,
    // sized for the longest article.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::default();
    }
    let mut scratch = SCRATCH.with(|s| s.take());
    let mut buffers = BUFFERS.with(|b| b.take());
    // (block index, span).
    let mut spans = std::mem::take(&mut buffers.spans);
    // Capitalised words no rule took, where a surname alone may be (see surnames_alone).
    let mut loose = std::mem::take(&mut buffers.loose);
    // Each annotated block's word starts where a figure may begin, one after another.
    let mut figures = std::mem::take(&mut buffers.figures);
    let mut figure_blocks = std::mem::take(&mut buffers.figure_blocks);
    // The annotated blocks' texts, sliced before any is read. Slicing reads the byte at each
    // block's end (to check it is a character's start), which is seldom in the cache yet: read
    // in one short loop, those reads wait on memory together rather than one per block.
    let texts: Vec<(usize, &str)> = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind.is_annotated())
        .map(|(bi, b)| (bi, &raw[b.start..b.end]))
        .collect();
    for &(bi, text) in &texts {
        let b = &article.blocks[bi];
        for s in recognise(g, text, &mut scratch) {
            spans.push((
                bi,
                Span {
                    start: s.start + b.start,
                    end: s.end + b.start,
                    what: s.what,
                },
            ));
        }
        loose.extend(
            scratch
                .loose
                .iter()
                .map(|&(s, e)| (s + b.start, e + b.start)),
        );
        // Where figures may start in the block, as its fold found them (for the figures'
        // scan: see dates_and_figures).
        let from = figures.len();
        figures.extend_from_slice(scratch.folded.figures());
        figure_blocks.push(from..figures.len());
    }
    // (Not a buffer sized for a paragraph of megabytes, though: that one goes.)
    if scratch.folded.text.capacity() <= 1 << 20 {
        SCRATCH.with(|s| s.replace(scratch));
    }

    // Context for places named by more than one entity: the oblasts the article names and the
    // places it names unambiguously.
    let mut oblasts: Vec<&str> = Vec::new();
    // (Sized for a dozen or so: most articles name that many places, and grow no further.)
    let mut anchors: Vec<&Entity> = Vec::with_capacity(16);
    // And each such place with each paragraph it is named in.
    let mut placed: Vec<(&Entity, usize)> = Vec::with_capacity(32);
    // And where each oblast is named: (start, end, the oblast).
    let mut oblasts_at: Vec<(usize, usize, &Entity)> = Vec::new();
    // The region word after each name ([`region_word`]), read once.
    let mut regions: Vec<Option<&str>> = Vec::with_capacity(spans.len());
    for (bi, s) in &spans {
        let region = match s.what {
            What::Known(_) => region_word(&raw[s.end..]),
            _ => None,
        };
        regions.push(region);
        if let What::Known(p) = s.what {
            let mut cands = g.candidates(p);
            if let (Some(e), None) = (cands.next(), cands.next()) {
                // "Kharkiv Oblast", or "Kharkiv" with "region" after it.
                let oblast = if e.subtype == "oblast" {
                    Some(e)
                } else if e.subtype == "place" && region.is_some() {
                    g.oblast_named_for(e, &raw[s.start..s.end])
                } else {
                    None
                };
                if let Some(o) = oblast.filter(|o| o.subtype == "oblast") {
                    oblasts_at.push((s.start, s.end, o));
                }
                if e.subtype == "oblast"
                    && let Some(a) = &e.admin1
                    && !oblasts.contains(&a.as_str())
                {
                    oblasts.push(a);
                }
                if e.lat.is_some() && e.lon.is_some() && e.admin1.is_some() {
                    if !anchors.iter().any(|a| a.name == e.name) {
                        anchors.push(e);
                    }
                    if !placed.iter().any(|(a, b)| a.name == e.name && b == bi) {
                        placed.push((e, *bi));
                    }
                }
            }
        }
    }

    let mut out = Annotation::default();
    let article_id = article.id().to_string();
    // One article names the same things many times: choose and explain each spelling once,
    // and work out the id and why of each name the rules found once.
    // Sized for the spans up front: growing a map rehashes its keys, strings byte by byte.
    let known = spans
        .iter()
        .filter(|(_, s)| matches!(s.what, What::Known(_)))
        .count();
    let by_rule = spans.len() - known;
    let mut chosen: FnvMap<usize, (&Entity, Option<String>)> = with_capacity(known);
    // (pattern, spelling, the name's own place (0), its region (1) or its river (2), the entity
    // chosen (by address)) → (the spelling, the entity's id, why)
    // (Most are made once a thread instead: see explained_anywhere.)
    let mut explained: FnvMap<(usize, &str, u8, usize), [Shared; 3]> = FnvMap::default();
    let mut people: FnvMap<(&str, Option<usize>), (Shared, Shared, bool)> = with_capacity(by_rule);
    let mut cued: FnvMap<(&str, &str), (Shared, Shared, bool)> = with_capacity(by_rule);
    // A buffer for the ids of given names alone.
    let mut id_buf = String::new();
    // Offices both sides have, by pattern, with their countries; and how often the article
    // names each country (counted when first needed).
    let mut offices: FnvMap<usize, Option<Vec<(&Entity, &str)>>> = FnvMap::default();
    let mut country_counts: Option<[usize; COUNTRY_WORDS.len()]> = None;
    out.mentions = std::mem::take(&mut buffers.names);
    for ((bi, s), region_after) in spans.drain(..).zip(regions) {
        let text = &raw[s.start..s.end];
        match s.what {
            What::Known(p) => {
                let office;
                let cands = maybe_office(g, p).then(|| {
                    offices
                        .entry(p)
                        .or_insert_with(|| offices_of_countries(g, p))
                        .as_deref()
                });
                let cands = cands.flatten();
                // "Krasnoye … in the Kharkov Region": an oblast named beside a name several
                // places share decides it, mention by mention.
                let mut local = None;
                // (Only for a settlement's name, in a paragraph that names an oblast.)
                let block = &article.blocks[bi];
                let first = oblasts_at.partition_point(|o| o.0 < block.start);
                let may_be_beside = cands.is_none()
                    && oblasts_at.get(first).is_some_and(|o| o.1 <= block.end)
                    && g.candidates(p).any(is_settlement)
                    && region_after.is_none();
                if may_be_beside {
                    let beside =
                        oblast_beside(raw, (block.start, block.end), (s.start, s.end), &oblasts_at);
                    if let Some((o, next_to)) = beside {
                        match choose_in_oblast(g, p, o, next_to) {
                            Some(Ok(chosen)) => local = Some(chosen),
                            Some(Err(n)) => {
                                let why = format!(
                                    "none of the {n} places so named in Lede's tables lies in {}, \
                                     named beside it",
                                    o.name
                                );
                                let description =
                                    format!("A place in {} that Lede's tables lack", o.name);
                                push_unlisted_place(
                                    &mut out,
                                    raw,
                                    (s.start, s.end),
                                    &why,
                                    &description,
                                );
                                continue;
                            }
                            None => {}
                        }
                    }
                }
                let own_why = cands.is_some() || local.is_some();
                let (e, context) = match cands {
                    _ if local.is_some() => {
                        let (e, why) = local.as_ref().expect("checked");
                        (*e, Some(why.as_str()))
                    }
                    // "Japan's Defense Ministry", "the Defense Ministry in Tokyo": another
                    // country's office, which the tables do not list.
                    Some(cands)
                        if let Some(owner) = foreign_owner(g, cands, raw, s.start, s.end) =>
                    {
                        let text = &raw[s.start..s.end];
                        let key = fold::key(&format!("{owner} {text}"));
                        let id = format!("org:~{}", slug(&key));
                        let why = format!(
                            "“{owner}” beside it: not the office of {} that Lede's tables list",
                            cands
                                .iter()
                                .map(|(_, c)| *c)
                                .collect::<Vec<_>>()
                                .join(" or ")
                        );
                        push_found(
                            &mut out,
                            raw,
                            (s.start, s.end),
                            (&id, EntityType::Org),
                            why.into(),
                            |id| {
                                Found::new(
                                    id,
                                    format!("{text} ({owner})"),
                                    EntityType::Org,
                                    &format!("An office of {owner} that Lede's tables lack"),
                                )
                            },
                        );
                        continue;
                    }
                    // "the Defense Ministry": whose, mention by mention.
                    Some(cands) => {
                        let block_start = article.blocks[bi].start;
                        let at = (block_start, s.start, s.end);
                        office = choose_office(g, cands, raw, at, &out, &mut country_counts);
                        (office.0, Some(office.1.as_str()))
                    }
                    None => {
                        let (e, context) = chosen.entry(p).or_insert_with(|| {
                            let mut cands = g.candidates(p);
                            if let (Some(only), None) = (cands.next(), cands.next()) {
                                return (only, None);
                            }
                            let cands: Vec<&Entity> = g.candidates(p).collect();
                            let here = in_paragraph(&placed, bi);
                            choose(&cands, &oblasts, &anchors, &here, g)
                        });
                        (*e, context.as_deref())
                    }
                };
                // A village the tables give, far from every place its paragraph names: another
                // of that name, which the tables lack ("Toshkivka and Ustynivka": not the
                // Ustynivka 450 km away).
                if local.is_none()
                    && region_after.is_none()
                    && e.is_geonames_only()
                    && let Some((near, d)) = far_from_its_paragraph(e, &placed, bi)
                {
                    let why = format!(
                        "the {} Lede's tables give lies {} km from {near}, the nearest place its \
                         paragraph names",
                        e.name,
                        num::fixed(d, 0)
                    );
                    let description = format!("A place near {near} that Lede's tables lack");
                    push_unlisted_place(&mut out, raw, (s.start, s.end), &why, &description);
                    continue;
                }
                // "Borysivka", spelled the Ukrainian way, is not Russia's Borisovka: the fold
                // reads a Russian "-ovka" as "-ivka" to find Ukraine's places under Russian
                // spellings, and a town abroad is not written the Ukrainian way.
                if local.is_none() && e.subtype == "foreign-city" {
                    let text = &raw[s.start..s.end];
                    // (As bytes: a name's last letters may not be ASCII.)
                    let ends = |w: &str, end: &str| {
                        w.len() >= end.len()
                            && w.as_bytes()[w.len() - end.len()..]
                                .eq_ignore_ascii_case(end.as_bytes())
                    };
                    if ends(text, "ivka") && ends(&e.name, "ovka") {
                        let why = format!(
                            "spelled the Ukrainian way, not as {}, the town abroad Lede's \
                             tables give",
                            e.name
                        );
                        let description = "A place Lede's tables lack";
                        push_unlisted_place(&mut out, raw, (s.start, s.end), &why, description);
                        continue;
                    }
                }
                let town = matches!(e.subtype.as_str(), "place" | "foreign-city");
                // "the Kharkiv and Donetsk regions", "the Kursk governor": a city's name with a
                // word for its region after it is the region.
                let region = town.then_some(region_after).flatten();
                let oblast = region.and_then(|r| {
                    if r == PEOPLES_REPUBLICS {
                        let republic = fold::key(&format!("{} People's Republic", e.name));
                        g.lookup_key(&republic).into_iter().next()
                    } else {
                        g.oblast_named_for(e, text)
                    }
                });
                // "along the lower Dnipro", "crossed the Donets": a town's name, said of a
                // river, is the river of that name, if there is one.
                let river =
                    (town && oblast.is_none() && river_named_here(&raw[..s.start], &raw[s.end..]))
                        .then(|| g.river_named(&e.name))
                        .flatten();
                let (instead, kind) = match (oblast, river) {
                    (Some(o), _) => (Some(o), 1),
                    (None, Some(r)) => (Some(r), 2),
                    (None, None) => (None, 0),
                };
                let make = || {
                    let (e, why) = match instead {
                        Some(o) if kind == 1 => (
                            o,
                            format!(
                                "“{text}” with “{}” after it: {}, not the city",
                                region.unwrap_or_default(),
                                o.name
                            ),
                        ),
                        Some(r) => (
                            r,
                            format!("“the {text}”: the river, {}, not the town", r.name),
                        ),
                        None => (e, explain(g, p, e, text, context)),
                    };
                    [shared_text(text), g.shared_id(e), why.into()]
                };
                // (An office's why, or one an oblast beside it decided, is its mention's own:
                // not kept for the next.)
                let [text, entity, why] = if own_why {
                    make()
                } else if context.is_none() && instead.is_none() {
                    explained_anywhere((p, std::ptr::from_ref(e) as usize), text, make)
                } else {
                    explained
                        .entry((p, text, kind, std::ptr::from_ref(e) as usize))
                        .or_insert_with(make)
                        .clone()
                };
                out.mentions.push(Mention {
                    start: s.start,
                    end: s.end,
                    text,
                    entity,
                    kind: instead.map_or(e.kind, |o| o.kind),
                    why,
                });
            }
            What::Person { local } => {
                let (id, why, known) = people
                    .entry((text, local.then_some(bi)))
                    .or_insert_with(|| {
                        if local {
                            let id = given_alone_id(&mut id_buf, text, &article_id, bi);
                            return (id, given_alone_why(), false);
                        }
                        // (The same in every article: made once a thread.)
                        person_anywhere(text, || {
                            let key = fold::key(text);
                            // "Alexei Kuleba": a listed person's name with another spelling of
                            // the given name (one person only).
                            if let [e] = people_by_other_given_name(g, &key)[..] {
                                let given = text.split(' ').next().unwrap_or_default();
                                return (
                                    g.shared_id(e),
                                    format!(
                                        "“{given}”: another spelling of {}'s given name, and the \
                                     rest of the name as the tables list it",
                                        e.name
                                    )
                                    .into(),
                                    true,
                                );
                            }
                            (
                                format!("person:~{}", slug(&key)).into(),
                                format!(
                                    "a person by given name; spellings cluster on the key “{key}”"
                                )
                                .into(),
                                false,
                            )
                        })
                    })
                    .clone();
                if known {
                    push_mention(&mut out, raw, (s.start, s.end), id, EntityType::Person, why);
                    continue;
                }
                let description = if local {
                    "Named by a given name only"
                } else {
                    "A person named in the text"
                };
                push_found(
                    &mut out,
                    raw,
                    (s.start, s.end),
                    (&id, EntityType::Person),
                    why,
                    |id| Found::new(id, text.to_string(), EntityType::Person, description),
                );
            }
            What::Cue { kind, cue } => {
                let (prefix, noun) = match kind {
                    EntityType::Place => ("place", "a place"),
                    EntityType::Org => ("org", "an organisation"),
                    _ => ("person", "a person"),
                };
                let (id, why, known) = cued
                    .entry((text, cue))
                    .or_insert_with(|| {
                        let key = fold::key(text);
                        // A place no table lists by this spelling may be a Russian-derived
                        // spelling of one that is listed ("the village of Pechenegi").
                        if kind == EntityType::Place
                            && cue != ABROAD
                            && let Some((cands, rules)) = g.lookup_russian(&key)
                        {
                            let here = in_paragraph(&placed, bi);
                            let e = choose(&cands, &oblasts, &anchors, &here, g).0;
                            return (
                                e.id.as_str().into(),
                                format!(
                                    "{text}: a Russian-derived spelling of {} ({rules})",
                                    e.name
                                )
                                .into(),
                                true,
                            );
                        }
                        let said = match cue {
                            LISTED => {
                                "listed with a known place (“… and …”, “…, … and …”)".to_string()
                            }
                            NAMED_FOR_PLACE => {
                                "a place's name with an office's, a body's or a works' words \
                                 after it"
                                    .to_string()
                            }
                            AGE => "an age after it (“…, 64,”)".to_string(),
                            ROLE_AFTER => {
                                "a role after it (“…, the governor”, “…, a resident”)".to_string()
                            }
                            KIND_AFTER => {
                                "a kind of place after it (“…, a small village”)".to_string()
                            }
                            UNIT => "a number and a unit's name (“42nd … Division”)".to_string(),
                            BODY => "capitalised words ending in a body's (“… Council”, \
                                     “… Service”)"
                                .to_string(),
                            ABROAD => {
                                "put in Russia or Belarus (“the Russian village of …”)".to_string()
                            }
                            GOES_ON => "a longer name than the village of its first word that \
                                        the tables give"
                                .to_string(),
                            _ => format!("“{cue}” before it"),
                        };
                        (
                            format!("{prefix}:~{}", slug(&key)).into(),
                            format!(
                                "{said}: {noun} no table lists; its spellings cluster on “{key}”"
                            )
                            .into(),
                            false,
                        )
                    })
                    .clone();
                if known {
                    push_mention(&mut out, raw, (s.start, s.end), id, kind, why);
                    continue;
                }
                push_found(&mut out, raw, (s.start, s.end), (&id, kind), why, |id| {
                    let description = match cue {
                        LISTED => "Listed in the text with a known place".to_string(),
                        NAMED_FOR_PLACE => "An office, body or works named for a place".to_string(),
                        AGE => "A person named with their age".to_string(),
                        ROLE_AFTER => "A person named with their role".to_string(),
                        KIND_AFTER => "A place named with its kind".to_string(),
                        UNIT => "A military unit named in the text".to_string(),
                        BODY => "A body named in the text".to_string(),
                        ABROAD => "A place in Russia or Belarus named in the text".to_string(),
                        _ => format!("Named in the text after “{cue}”"),
                    };
                    Found::new(id, text.to_string(), kind, &description)
                });
            }
        }
    }

    // The names' mentions are in text order already (each block's spans are sorted and apart,
    // and blocks come in order): only the dates' and figures' need sorting, and the two lists
    // are merged rather than sorted together.
    let mut names = std::mem::take(&mut out.mentions);
    debug_assert!(names.windows(2).all(|w| w[0].end <= w[1].start));
    // Surnames alone, dates and figures: the rules' mentions, sorted and merged in below.
    other_names_in_parentheses(raw, &mut names);
    out.mentions = std::mem::take(&mut buffers.rules);
    surnames_alone(raw, &loose, &mut names, &mut out);
    places_again(raw, article, &names, &mut out);
    dates_and_figures(raw, article, Some((&figures, &figure_blocks)), &mut out);
    let mut rules = std::mem::take(&mut out.mentions);
    sort::sort_by(&mut rules, in_text_order);
    // Keep mentions apart: on overlap the earlier, longer one wins (on a tie, the name: as a
    // stable sort of the names followed by the rules' mentions would have it). The order is
    // worked out on the lists in place (whether each next mention is a rule's), then each
    // mention is moved once.
    let mut from_rules = std::mem::take(&mut buffers.from_rules);
    let (mut i, mut j) = (0, 0);
    while i < names.len() || j < rules.len() {
        let rule =
            j < rules.len() && (i == names.len() || in_text_order(&rules[j], &names[i]).is_lt());
        from_rules.push(rule);
        if rule {
            j += 1;
        } else {
            i += 1;
        }
    }
    out.mentions = Vec::with_capacity(from_rules.len());
    let mut dropped: Vec<Mention> = Vec::new();
    let (mut names_in, mut rules_in) = (names.drain(..).peekable(), rules.drain(..));
    for &rule in &from_rules {
        let Some(m) = (if rule {
            rules_in.next()
        } else {
            names_in.next()
        }) else {
            break;
        };
        // A figure whose describing words hold a name gives way to it ("300 Wagner
        // fighters": the Wagner Group is named; the count goes).
        let holds_name = rule
            && m.kind == EntityType::Quantity
            && names_in
                .peek()
                .is_some_and(|n| n.start > m.start && n.start < m.end);
        if !holds_name && out.mentions.last().is_none_or(|k| m.start >= k.end) {
            out.mentions.push(m);
        } else {
            dropped.push(m);
        }
    }
    drop((names_in, rules_in));
    from_rules.clear();
    loose.clear();
    figures.clear();
    figure_blocks.clear();
    buffers = Buffers {
        spans,
        loose,
        names,
        rules,
        from_rules,
        figures,
        figure_blocks,
    };
    // (Not buffers sized for an article of megabytes, though: those go.)
    if buffers.spans.capacity() <= 1 << 16 && buffers.names.capacity() <= 1 << 16 {
        BUFFERS.with(|b| b.replace(buffers));
    }
    // A found entity whose every mention was dropped goes too. Each has at least one mention,
    // so only the ids of dropped mentions need checking (most articles drop none).
    if !dropped.is_empty() {
        let mut gone: FnvSet<&str> = dropped.iter().map(|m| &*m.entity).collect();
        for m in &out.mentions {
            gone.remove(&*m.entity);
        }
        out.found.retain(|f| !gone.contains(f.id.as_str()));
    }
    out
}

/// "Hryhoriy Tkachenko … Tkachenko said": a surname alone, capitalised, is the person named
/// in full with it in the same article — found by the rules, or a listed person whose
/// surname alone the alias table does not hold ("Alexei Smirnov … Smirnov said") — when
/// exactly one such person has that surname (after folding, so "Tkachenko" and "Tkachenka"
/// are one), else it names nobody for sure and is left alone. Not after "in" or "near",
/// which say place; and where a table's name covers the same word, the table's match stands.
/// "the villages of Kotlyne and Udachne … pushed Russian forces out of part of Kotlyne": a
/// place no table lists, found once by a cue, is that place wherever its name comes again in
/// the article (whole words, where no other name is).
/// A place's other name in parentheses after it is the same place: "Ivanivske (also known as
/// Krasne)", "Pivnichne (Severnoye)", "Niu-York (New York)" (the village, not the city). The
/// name in parentheses is taken when nothing else named it, when the words before it say it
/// is another name ("also known as", "formerly", "Russian:"), when only a cue found it (a
/// place no table lists), or when it is a town abroad after a Ukrainian place; never a
/// country or region ("Kharkiv (Ukraine)"), an outlet ("Kyiv (Reuters)"), or a word of a
/// photo's ("(File)").
fn other_names_in_parentheses(raw: &str, names: &mut Vec<Mention>) {
    const LEADS: [&str; 9] = [
        "also known as ",
        "also called ",
        "known as ",
        "formerly ",
        "previously ",
        "now ",
        "Russian: ",
        "Ukrainian: ",
        "or ",
    ];
    const NOT_NAMES: [&str; 8] = [
        "Photo", "File", "Video", "Map", "Updated", "Archive", "Pictured", "Source",
    ];
    let mut k = 0;
    while k < names.len() {
        let m = &names[k];
        k += 1;
        if m.kind != EntityType::Place || !raw[m.end..].starts_with(" (") {
            continue;
        }
        let open = m.end + 2;
        let Some(close) = raw[open..]
            .bytes()
            .take(60)
            .position(|b| matches!(b, b')' | b'\n' | b'('))
            .filter(|&c| raw.as_bytes()[open + c] == b')')
            .map(|c| open + c)
        else {
            continue;
        };
        let inner = &raw[open..close];
        let lead = LEADS.iter().find(|l| inner.starts_with(*l));
        let start = open + lead.map_or(0, |l| l.len());
        let name = &raw[start..close];
        let words: Vec<&str> = name.split(' ').collect();
        let name_like = !name.is_empty()
            && words.len() <= 3
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().any(char::is_lowercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            });
        if !name_like || NOT_NAMES.contains(&name) || super::meta::outlet_named(name).is_some() {
            continue;
        }
        let (id, said) = (m.entity.clone(), m.text.clone());
        let why: Shared = format!("given in parentheses as another name of “{said}”").into();
        match names.get(k) {
            // Named already: the same place when it can only be that.
            Some(n) if n.start == start && n.end == close => {
                let foreign_town = n.entity.starts_with("city:") && id.starts_with("place:");
                let settlement = n.entity.starts_with("place:") || n.entity.starts_with("city:");
                if n.kind == EntityType::Place
                    && n.entity != id
                    && settlement
                    && (lead.is_some() || n.entity.starts_with("place:~") || foreign_town)
                {
                    let n = &mut names[k];
                    n.entity = id;
                    n.why = why;
                }
            }
            Some(n) if n.start < close => {}
            _ => {
                names.insert(
                    k,
                    Mention {
                        start,
                        end: close,
                        text: name.into(),
                        entity: id,
                        kind: EntityType::Place,
                        why,
                    },
                );
                k += 1;
            }
        }
    }
}

fn places_again(raw: &str, article: &Article, names: &[Mention], out: &mut Annotation) {
    // (name, id): a few an article at most.
    let mut found: Vec<(&str, &Shared)> = Vec::new();
    for m in names {
        if m.kind == EntityType::Place
            && m.entity.starts_with("place:~")
            && !found.iter().any(|(t, _)| *t == &*m.text)
        {
            found.push((&raw[m.start..m.end], &m.entity));
        }
    }
    if found.is_empty() {
        return;
    }
    let why: Shared = "the name of a place no table lists, found before in this article by \
                       its cue"
        .into();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for b in article.blocks.iter().filter(|b| b.kind.is_annotated()) {
        let text = &raw[b.start..b.end];
        for &(name, id) in &found {
            if !text.contains(name) {
                continue;
            }
            for (at, _) in text.match_indices(name) {
                let (start, end) = (b.start + at, b.start + at + name.len());
                let free = {
                    let k = names.partition_point(|m| m.end <= start);
                    names.get(k).is_none_or(|m| m.start >= end)
                };
                if free
                    && !alnum(raw[..start].chars().next_back())
                    && !alnum(raw[end..].chars().next())
                {
                    push_mention(
                        out,
                        raw,
                        (start, end),
                        id.clone(),
                        EntityType::Place,
                        why.clone(),
                    );
                }
            }
        }
    }
}

fn surnames_alone(
    raw: &str,
    loose: &[(usize, usize)],
    names: &mut [Mention],
    out: &mut Annotation,
) {
    // (surname's key, the one person of the article with it: id and why a surname alone is
    // them), or None when two have it. A few per article: a list, not a hash map.
    let mut by_surname: Vec<(Shared, Option<(Shared, Shared)>)> = Vec::new();
    let mut looks = SurnameLooks::default();
    let mut note = |full: &str, id: &str, shared: Option<&Shared>| {
        // (The last word, when there are two or more.)
        let surname = text::words_back(full).next().unwrap_or_default();
        if surname.len() == full.len() {
            return;
        }
        let (key, why) = surname_of(full, surname);
        if key.len() < 3 {
            return;
        }
        looks.note(surname);
        match by_surname.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => {
                if v.as_ref().is_some_and(|(other, _)| **other != *id) {
                    *v = None;
                }
            }
            None => {
                let id = shared.cloned().unwrap_or_else(|| id.into());
                by_surname.push((key, Some((id, why))));
            }
        }
    };
    for f in &out.found {
        // Rule-found people named in full ("person:~…"); not a given name kept to a paragraph.
        if f.kind == EntityType::Person && f.id.starts_with("person:~") && !f.id.contains('@') {
            note(&f.name, &f.id, out.found_ids.get(f.id.as_str()));
        }
    }
    // Listed people, as the article names them in full ("Alexei Smirnov", "Dmitri S. Peskov").
    for m in names.iter() {
        if m.kind == EntityType::Person && !m.entity.starts_with("person:~") {
            note(&m.text, &m.entity, Some(&m.entity));
        }
    }
    by_surname.retain(|(_, v)| v.is_some());
    if by_surname.is_empty() {
        return;
    }
    let person = |key: &str| {
        by_surname
            .iter()
            .find(|(k, _)| **k == *key)
            .and_then(|(_, v)| v.as_ref())
    };
    // A surname the rules already took for a person of its own ("Bondar, 64, said") is the
    // one named in full too.
    // (A few per article at most: lists, not hash sets.)
    let one_word: Vec<String> = out
        .found
        .iter()
        .filter(|f| f.kind == EntityType::Person && !f.name.contains(' ') && !f.id.contains('@'))
        .map(|f| f.id.clone())
        .collect();
    if !one_word.is_empty() {
        let mut retargeted: Vec<Shared> = Vec::new();
        for m in names.iter_mut() {
            // (Only rule-found people's ids have "~" after "person:".)
            if !m.entity.starts_with("person:~") || !one_word.iter().any(|id| **id == *m.entity) {
                continue;
            }
            if let Some((id, why)) = person(&fold::key(&m.text)) {
                retargeted.push(std::mem::replace(&mut m.entity, id.clone()));
                m.why = why.clone();
            }
        }
        // A person the rules found only by that surname is gone with their last mention.
        retargeted.retain(|id| !names.iter().any(|m| m.entity == *id));
        out.found
            .retain(|f| !retargeted.iter().any(|id| **id == f.id));
    }
    for &(start, end) in loose {
        let word = &raw[start..end];
        if !looks.may_be(word) {
            continue;
        }
        // "in Zoria", "near Zoria": a place's preposition, not a person's.
        let before = raw[..start].trim_end();
        let word_before = text::words_back(before).next().unwrap_or_default();
        if word_before.eq_ignore_ascii_case("in") || word_before.eq_ignore_ascii_case("near") {
            continue;
        }
        if let Some((id, why)) = person(&key_anywhere(word)) {
            out.mentions.push(Mention {
                start,
                end,
                text: word.into(),
                entity: id.clone(),
                kind: EntityType::Person,
                why: why.clone(),
            });
        }
    }
}

/// What the surnames look like before folding, to pass over most capitalised words without
/// folding them: their first letters (with the letters a transliteration may put there
/// instead: I/Y/J/E, H/G/K) and the range of their lengths, a little widened.
#[derive(Default)]
struct SurnameLooks {
    initials: u32,
    shortest: usize,
    longest: usize,
}

impl SurnameLooks {
    const SWAPS: [&'static [u8]; 2] = [b"IYJE", b"HGK"];

    fn note(&mut self, surname: &str) {
        let first = surname.as_bytes()[0].to_ascii_uppercase();
        let same: &[u8] = Self::SWAPS
            .iter()
            .find(|g| g.contains(&first))
            .copied()
            .unwrap_or(std::slice::from_ref(&first));
        for &b in same {
            if b.is_ascii_uppercase() {
                self.initials |= 1 << (b - b'A');
            }
        }
        let n = surname.len();
        if self.longest == 0 {
            (self.shortest, self.longest) = (n, n);
        }
        self.shortest = self.shortest.min(n);
        self.longest = self.longest.max(n);
    }

    /// Whether a capitalised `word` may fold to one of the surnames.
    fn may_be(&self, word: &str) -> bool {
        let first = word.as_bytes()[0];
        let initial = !first.is_ascii_uppercase() || self.initials >> (first - b'A') & 1 == 1;
        initial && word.len() + 3 >= self.shortest && word.len() <= self.longest + 3
    }
}

/// An empty map with room for `n` entries.
fn with_capacity<K, V>(n: usize) -> FnvMap<K, V> {
    FnvMap::with_capacity_and_hasher(n, Default::default())
}

/// The spelling, id and why of a name the tables list, for a why that needs nothing from its
/// article (no choice among namesakes, no region or river word after it): the same in every
/// article, so made once a thread, not once an article. By pattern and entity (by address),
/// then spelling. Made by `make` the first time; forgotten all at once past [`EXPLAINED_MAX`]
/// spellings (a corpus names far fewer).
fn explained_anywhere(
    key: (usize, usize),
    text: &str,
    make: impl FnOnce() -> [Shared; 3],
) -> [Shared; 3] {
    /// The spellings kept, by pattern and entity, each with its first 16 bytes and length
    /// (compared before the spelling itself, which lies elsewhere in memory); and how many.
    type Kept = (
        FnvMap<(usize, usize), Vec<(u128, usize, [Shared; 3])>>,
        usize,
    );
    thread_local! {
        static EXPLAINED: std::cell::RefCell<Kept> = std::cell::RefCell::default();
    }
    let head = {
        let mut head = [0u8; 16];
        let n = text.len().min(16);
        head[..n].copy_from_slice(&text.as_bytes()[..n]);
        u128::from_le_bytes(head)
    };
    let kept = EXPLAINED.with(|c| {
        let c = c.borrow();
        let (.., kept) = c.0.get(&key)?.iter().find(|(h, len, k)| {
            *h == head && *len == text.len() && (text.len() <= 16 || &*k[0] == text)
        })?;
        Some(kept.clone())
    });
    if let Some(kept) = kept {
        return kept;
    }
    let made = make();
    EXPLAINED.with(|c| {
        let (map, len) = &mut *c.borrow_mut();
        if *len >= EXPLAINED_MAX {
            map.clear();
            *len = 0;
        }
        *len += 1;
        map.entry(key)
            .or_default()
            .push((head, text.len(), made.clone()));
    });
    made
}

/// The id, why and whether it is listed of a person named by given name and more (not a
/// given name alone, which stays in its paragraph): the same in every article, so made once
/// a thread by `make`, like [`explained_anywhere`]'s.
fn person_anywhere(
    text: &str,
    make: impl FnOnce() -> (Shared, Shared, bool),
) -> (Shared, Shared, bool) {
    thread_local! {
        static PEOPLE: std::cell::RefCell<FnvMap<Shared, (Shared, Shared, bool)>> =
            std::cell::RefCell::default();
    }
    kept_by_text(&PEOPLE, text, make).1
}

/// The id of a given name alone, kept to paragraph `bi` of article `article_id`
/// ("person:~oleksandr@000_9ef5ad5f0c065b89.4"), written in `buf` and copied once.
fn given_alone_id(buf: &mut String, name: &str, article_id: &str, bi: usize) -> Shared {
    buf.clear();
    for part in ["person:~", &key_slug(name), "@", article_id, "."] {
        buf.push_str(part);
    }
    num::push_digits(buf, bi as u64);
    buf.as_str().into()
}

/// Why a given name alone is its own person: one copy a thread.
fn given_alone_why() -> Shared {
    thread_local! {
        static ALONE: Shared = "a given name alone: kept to its own paragraph".into();
    }
    ALONE.with(Shared::clone)
}

/// The fold key of `surname`, the last word of a person's name `full`, and why the surname
/// alone names them: the same in every article, so made once a thread.
fn surname_of(full: &str, surname: &str) -> (Shared, Shared) {
    thread_local! {
        static SURNAMES: std::cell::RefCell<FnvMap<Shared, (Shared, Shared)>> =
            std::cell::RefCell::default();
    }
    kept_by_text(&SURNAMES, full, || {
        let why = format!("the surname of “{full}”, named in full in this article");
        (key_anywhere(surname), why.into())
    })
    .1
}

/// The fold key of `word` ([`fold::key`]), made once a thread: capitalised words recur from
/// article to article.
fn key_anywhere(word: &str) -> Shared {
    thread_local! {
        static KEYS: std::cell::RefCell<FnvMap<Shared, Shared>> = std::cell::RefCell::default();
    }
    kept_by_text(&KEYS, word, || fold::key(word).into()).1
}

/// The slug of the fold key of a name, made once a thread (a given name alone's, the same in
/// every paragraph that names it).
fn key_slug(name: &str) -> Shared {
    thread_local! {
        static SLUGS: std::cell::RefCell<FnvMap<Shared, Shared>> = std::cell::RefCell::default();
    }
    kept_by_text(&SLUGS, name, || slug(&fold::key(name)).into()).1
}

/// What `table`, a thread's, holds for `text`, with the text as a [`Shared`] string: made by
/// `make` the first time (forgotten all at once past [`EXPLAINED_MAX`] texts).
fn kept_by_text<V: Clone>(
    table: &'static std::thread::LocalKey<std::cell::RefCell<FnvMap<Shared, V>>>,
    text: &str,
    make: impl FnOnce() -> V,
) -> (Shared, V) {
    let kept = table.with(|t| {
        let t = t.borrow();
        t.get_key_value(text).map(|(k, v)| (k.clone(), v.clone()))
    });
    if let Some(kept) = kept {
        return kept;
    }
    // (Made with the table not borrowed: `make` may keep texts of its own.)
    let made = make();
    let text: Shared = text.into();
    table.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() >= EXPLAINED_MAX {
            t.clear();
        }
        t.insert(text.clone(), made.clone());
    });
    (text, made)
}

/// How many spellings [`explained_anywhere`] keeps at most, and how many texts [`kept_by_text`]'s
/// tables do.
const EXPLAINED_MAX: usize = 1 << 14;

/// Mentions in the order of the text: by start, the longer first.
fn in_text_order(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    a.start.cmp(&b.start).then(b.end.cmp(&a.end))
}

/// Resolve a list of names (a spreadsheet column): each to the entity it names, if known,
/// with its fold key. The other names in the list are the context for ambiguous ones, as an
/// article's other places are.
pub fn normalise_names(names: &[&str]) -> Vec<(String, Option<&'static Entity>)> {
    let g = Gazetteer::get();
    let keys: Vec<String> = names.iter().map(|n| fold::key(n)).collect();
    // A name that folds to nothing known may be a listed person's with another spelling of
    // the given name, or a Russian-derived spelling of a place.
    let cands: Vec<Vec<&Entity>> = keys
        .iter()
        .zip(names)
        .map(|(k, name)| {
            let mut found = g.lookup_spelled(name, k);
            if found.is_empty() {
                found = people_by_other_given_name(g, k);
            }
            if found.is_empty() {
                found = g.lookup_russian(k).map(|(c, _)| c).unwrap_or_default();
            }
            found
        })
        .collect();
    let mut oblasts: Vec<&str> = Vec::new();
    let mut anchors = Vec::new();
    for c in &cands {
        if let [e] = c[..] {
            if e.subtype == "oblast"
                && let Some(a) = &e.admin1
                && !oblasts.contains(&a.as_str())
            {
                oblasts.push(a);
            }
            if e.lat.is_some() && e.lon.is_some() {
                anchors.push(e);
            }
        }
    }
    keys.into_iter()
        .zip(cands)
        .map(|(k, c)| {
            let e = (!c.is_empty()).then(|| choose(&c, &oblasts, &anchors, &[], g).0);
            (k, e)
        })
        .collect()
}

/// Whether "the <town>" names the river of that name: "the" with a word of a river's before
/// it ("crossed the", "along the", "bank of the", "the lower") or after the name ("the Dnipro
/// delta"). "The Dnipro strike", "the Dnipro apartment block" are the town's. Read over the
/// last 40 bytes, as bytes.
fn river_named_here(before: &str, after: &str) -> bool {
    const BEFORE_THE: &[&str] = &[
        "crossed",
        "cross",
        "crossing",
        "across",
        "along",
        "over",
        "beyond",
        "behind",
        "up",
        "down",
        "into",
        "on",
        "downstream",
        "upstream",
    ];
    const BEFORE_OF: &[&str] = &[
        "bank", "banks", "side", "shore", "shores", "mouth", "east", "west", "north", "south",
    ];
    const AFTER: &[&str] = &[
        "bank",
        "banks",
        "delta",
        "reservoir",
        "estuary",
        "waters",
        "floodplain",
    ];
    // "on the Dnipro strike", "the Kherson offensive": the town's, not the river's.
    const TOWNS_AFTER: &[&str] = &[
        "strike",
        "strikes",
        "attack",
        "attacks",
        "offensive",
        "counteroffensive",
        "tragedy",
        "bombing",
        "shelling",
        "blast",
        "explosion",
        "direction",
        "axis",
        "sector",
        "front",
        "airport",
        "station",
        "mayor",
        "residents",
        "authorities",
    ];
    let is = |list: &[&str], w: &str| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // (The word before first: most names have neither "the" nor "lower" and the like there.)
    let before = text::suffix_at_most(before, 40);
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let mut words = text::words_back(rest);
    let mut word = words.next().unwrap_or("");
    let part = is(&["lower", "upper", "middle"], word);
    if !part && !word.eq_ignore_ascii_case("the") {
        return false;
    }
    let next = after.strip_prefix(' ').unwrap_or("");
    let next = &next[..next
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    if is(TOWNS_AFTER, next) {
        return false;
    }
    if part {
        return words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    }
    word = words.next().unwrap_or("");
    if is(BEFORE_THE, word) || (word == "of" && words.next().is_some_and(|w| is(BEFORE_OF, w))) {
        return true;
    }
    is(AFTER, next)
}

/// The region word after a place name, if one follows: "… region", "… oblast", "… regional
/// council", "… governor", or "… and Donetsk regions".
fn region_word(after: &str) -> Option<&str> {
    const WORDS: &[&str] = &[
        "region",
        "regions",
        "regional",
        "oblast",
        "oblasts",
        "province",
        "provinces",
        "governor",
        // "Luhansk Gov. Serhiy Haidai" (AP, CBS).
        "gov",
    ];
    // Compared ignoring ASCII case, without allocating: no non-ASCII letter lower-cases into
    // these words.
    fn word_at(s: &str) -> Option<&str> {
        if !matches!(
            s.as_bytes().first(),
            Some(b'r' | b'R' | b'o' | b'O' | b'p' | b'P' | b'g' | b'G')
        ) {
            return None;
        }
        let w = &s[..s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len())];
        WORDS
            .iter()
            .any(|word| w.eq_ignore_ascii_case(word))
            .then_some(w)
    }
    // "Kursk's governor", "Belgorod's acting governor", "Kharkiv's regional administration":
    // the region's, by a possessive.
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    {
        let rest = ["acting ", "former ", "new "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        return word_at(rest).filter(|w| {
            ["governor", "gov", "regional"]
                .iter()
                .any(|g| w.eq_ignore_ascii_case(g))
        });
    }
    // Most names are followed by a lower-case word or punctuation: neither a region word (r, o,
    // p, g) nor a list ("and", or a capital) can start there.
    let next = match after.as_bytes() {
        [b' ', b, ..] | [b',', b' ', b, ..] => *b,
        _ => return None,
    };
    if next < 0x80
        && !next.is_ascii_uppercase()
        && !matches!(next, b'r' | b'o' | b'p' | b'g' | b'a')
    {
        return None;
    }
    let (rest, listed) = match (after.strip_prefix(' '), after.strip_prefix(", ")) {
        (Some(r), _) => (r, false),
        (None, Some(r)) => (r, true),
        _ => return None,
    };
    if !listed && let Some(w) = word_at(rest) {
        return Some(w);
    }
    if !rest.starts_with(|c: char| c == 'a' || c == 'o' || c.is_uppercase()) {
        return None;
    }
    // "X and Y regions" / "X, Y and Z Regions": the plural after a list of capitalised names;
    // "the Donetsk and Luhansk People's Republics"; "the Kursk or Belgorod region", each one
    // a region. (Within the line: `after` runs on to the end of the text. The line's words,
    // split at spaces, one by one: the line is not searched to its end for them.)
    let mut line = Some(rest);
    let words = std::iter::from_fn(|| {
        let r = line?;
        let k = r.bytes().position(|b| b == b' ' || b == b'\n');
        line = k.filter(|&k| r.as_bytes()[k] == b' ').map(|k| &r[k + 1..]);
        Some(&r[..k.unwrap_or(r.len())])
    });
    let mut words = words.take(7).peekable();
    let mut or = false;
    while let Some(w) = words.next() {
        let w = w.trim_end();
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        let ends = if or {
            &["region", "oblast", "province"][..]
        } else {
            &["regions", "oblasts", "provinces"][..]
        };
        if ends.iter().any(|word| bare.eq_ignore_ascii_case(word)) {
            return Some(bare);
        }
        or |= bare == "or";
        if matches!(bare, "People's" | "People’s")
            && words
                .peek()
                .is_some_and(|n| n.trim_end().trim_end_matches([',', '.', ';', ':']) == "Republics")
        {
            return Some(PEOPLES_REPUBLICS);
        }
        // (A list goes on past commas, not past a sentence's or a clause's end.)
        if !(bare == "and" || bare == "or" || bare.starts_with(char::is_uppercase))
            || w.ends_with(['.', ';', ':', '?', '!', '"', '”', ')'])
        {
            return None;
        }
    }
    None
}

/// What [`region_word`] says after "the Donetsk and Luhansk …": each name is its People's
/// Republic.
const PEOPLES_REPUBLICS: &str = "People's Republics";

/// Buffers [`annotate`] reuses from article to article, empty between.
#[derive(Default)]
struct Buffers {
    spans: Vec<(usize, Span)>,
    loose: Vec<(usize, usize)>,
    /// The names' mentions, then the rules' (dates, figures, surnames alone …).
    names: Vec<Mention>,
    rules: Vec<Mention>,
    /// Whether each mention, in text order, is a rule's.
    from_rules: Vec<bool>,
    /// Where figures may start, block after block ([`fold::Folded::figures`]); each
    /// annotated block's range of them.
    figures: Vec<u32>,
    figure_blocks: Vec<std::ops::Range<usize>>,
}

/// Buffers [`recognise`] reuses from block to block.
#[derive(Default)]
struct Scratch {
    folded: fold::Folded,
    hits: Vec<Hit>,
    known: Vec<Span>,
    /// Where names and figures may start ([`fold::Folded::capitals`]).
    leads: fold::Leads,
    kept: Vec<Span>,
    out: Vec<Span>,
    /// People by given name, then each later rule's finds (kept to be reused).
    people: Vec<Span>,
    found: Vec<Span>,
    /// The block's capitalised words no span covers (for [`surnames_alone`]).
    loose: Vec<(usize, usize)>,
}

/// Find candidate spans in one block's text: gazetteer names and people by given name.
fn recognise<'s>(g: &Gazetteer, text: &str, scratch: &'s mut Scratch) -> &'s [Span] {
    let Scratch {
        folded,
        hits,
        known,
        leads,
        kept,
        out,
        people,
        found,
        loose,
    } = scratch;
    folded.keep_words();
    fold::fold_into(text, folded);
    let folded = &*folded;
    known.clear();
    folded.capitals(text, leads);
    let (caps, capitalised) = (&leads.caps[..], &leads.capitalised[..]);
    g.find_into(&folded.text, Some(&leads.starts), hits);
    // Names are capitalised ("bar" or "lyman" in lower case is a word, not a place): the walk
    // starts only where `starts` marks a capital or a digit, so every hit is one.
    for h in hits.iter() {
        let (s, mut e) = folded.original(h.start, h.end);
        if !g.fits(h.pattern, &text[s..e]) {
            continue;
        }
        // An abbreviation's last full stop is its own ("the U.S.", "U.N."), though the fold
        // reads the letters only.
        if text[s..e].contains('.')
            && text.as_bytes().get(e) == Some(&b'.')
            && text.as_bytes()[e - 2] == b'.'
        {
            e += 1;
        }
        known.push(Span {
            start: s,
            end: e,
            what: What::Known(h.pattern),
        });
    }
    let words = folded.spans();
    people.clear();
    people_by_given_name(text, folded, caps, capitalised, people);
    // A person beats a GeoNames place that merely shares a word of their name (Taras Shevchenko
    // vs the villages called Shevchenko); a listed person, organisation or curated place beats
    // the given-name rule. Both lists are sorted and free of overlaps, so one pass merges them.
    kept.clear();
    let mut pi = 0;
    for mut k in known.drain(..) {
        while pi < people.len() && people[pi].end <= k.start {
            pi += 1;
        }
        let overlaps_person = pi < people.len() && people[pi].start < k.end;
        let curated = match k.what {
            What::Known(p) => {
                let before = overlaps_person && people[pi].start < k.start;
                let given = if before {
                    given_before(g, p, &text[people[pi].start..k.start])
                } else {
                    None
                };
                // "Sergei Lysak": a listed person's name after another spelling of their given
                // name is all theirs.
                if given == Some(true) && people[pi].end == k.end {
                    k.start = people[pi].start;
                }
                // "Sergei Kirov", "Bohdan Khmelnytskyi": a place's name as a surname after a
                // given name is the person's.
                let surname = before
                    && people[pi].end >= k.end
                    && g.candidates(p).all(|e| e.kind == EntityType::Place);
                g.curated(p) && given != Some(false) && !surname
            }
            What::Person { .. } | What::Cue { .. } => false,
        };
        if !overlaps_person || curated {
            kept.push(k);
        }
    }
    out.clear();
    let mut kept = kept.drain(..).peekable();
    for p in people.drain(..) {
        while let Some(k) = kept.next_if(|k| k.start < p.start) {
            out.push(k);
        }
        let clash = out.last().is_some_and(|k| k.end > p.start)
            || kept.peek().is_some_and(|k| k.start < p.end);
        if !clash {
            out.push(p);
        }
    }
    out.extend(kept);
    // Names found by cues fill the gaps the names above leave, in this order.
    // (`found` holds one rule's names at a time; each fill empties it.)
    let fill = |out: &mut Vec<Span>, found: &mut Vec<Span>| {
        for c in found.drain(..) {
            let at = out.partition_point(|o| o.end <= c.start);
            if out.get(at).is_none_or(|o| o.start >= c.end) {
                out.insert(at, c);
            }
        }
    };
    cued_names(text, folded, leads, found);
    fill(out, found);
    listed_with_places(g, text, folded, caps, out, found);
    fill(out, found);
    // (Not in a title-case headline, whose capitals say nothing of names: "Russia Strikes
    // Ukraine Military Institute", "Mission in Mariupol, Ceding the Steel Plant".)
    let headline = title_case(text, words, caps);
    if !headline {
        listed_in_runs(g, text, folded, caps, out, found);
        fill(out, found);
    }
    people_by_age(text, words, caps, folded.figures(), found);
    fill(out, found);
    named_in_apposition(text, folded, caps, found);
    fill(out, found);
    if !headline {
        bodies_named_for_places(g, text, words, caps, out);
        bodies_by_name(text, words, caps, capitalised, found);
        fill(out, found);
    }
    sites_named_for_places(g, text, out);
    numbered_units(text, folded, caps, &leads.numbered, out);
    places_abroad(g, text, out);
    names_that_go_on(g, text, words, caps, out);
    // "the frigate Admiral Makarov", "the landing ship Minsk": a ship's name, neither the place
    // nor the person it is named for.
    // "the Geneva Conventions", "the Budapest Memorandum", "the Surovikin line": a document or
    // a work named for a place or a person, neither of them.
    // "(REUTERS/Sofiia Gatilova)", "(Photo: 100th Brigade / Facebook)": a photo's credit
    // names its photographer and source, nothing the text is about.
    // (Only a name within 80 bytes after an opening parenthesis, with no parenthesis between,
    // may be in one: the spans come in the text's order, so the last parenthesis before each
    // is found by one pass over the block's parentheses, and most blocks have none.)
    let mut parens = memchr::memchr2_iter(b'(', b')', text.as_bytes()).peekable();
    let (mut last_paren, mut read_to) = (None, 0);
    let mut credited = |at: usize| {
        // (A span out of the text's order, were there one, is read back from.)
        if at < read_to {
            return in_photo_credit(&text[..at]);
        }
        read_to = at;
        while let Some(p) = parens.next_if(|&p| p < at) {
            last_paren = Some(p);
        }
        last_paren.is_some_and(|p| at - p <= 80 && text.as_bytes()[p] == b'(')
            && in_photo_credit(&text[..at])
    };
    out.retain(|s| {
        !after_vessel_noun(&text[..s.start])
            && !credited(s.start)
            && match s.what {
                What::Known(p) => match names_a_work(&text[s.end..]) {
                    // (A place's: "the UN Convention on the Law of the Sea" keeps the UN.)
                    Some(Work::Document) => !g.candidates(p).all(|e| e.kind == EntityType::Place),
                    // (A line named for a person; "the Kreminna–Svatove line" is a front's.)
                    Some(Work::Line) => !g.candidates(p).any(|e| e.kind == EntityType::Person),
                    None => true,
                },
                _ => true,
            }
    });
    scratch_loose(words, capitalised, out, loose);
    out
}

/// Whether `before` ends inside a photo's credit in parentheses: "(REUTERS/", "(AP Photo/Efrem
/// Lukatsky", "(Photo: …". At most 80 bytes back, with no closing parenthesis between.
fn in_photo_credit(before: &str) -> bool {
    let b = before.as_bytes();
    let from = b.len().saturating_sub(80);
    let Some(open) = b[from..].iter().rposition(|&c| c == b'(' || c == b')') else {
        return false;
    };
    let open = from + open;
    if b[open] == b')' {
        return false;
    }
    let inner = &before[open + 1..];
    if inner.starts_with("Photo:") || inner.starts_with("Photo by ") {
        return true;
    }
    // An agency in capitals, or one's photo desk, before a slash.
    let Some((head, _)) = inner.split_once('/') else {
        return false;
    };
    let head = head.trim();
    !head.is_empty()
        && (head.ends_with("Photo")
            || head.ends_with("Images")
            || head
                .bytes()
                .all(|c| c.is_ascii_uppercase() || matches!(c, b' ' | b'-')))
}

/// Whether `before` ends with a ship's kind and a space ("… the frigate "), perhaps with the
/// first capitalised words of the ship's name after it ("… the frigate Admiral ").
fn after_vessel_noun(before: &str) -> bool {
    let mut rest = before;
    for _ in 0..3 {
        if ends_with_vessel_noun(rest) {
            return true;
        }
        // The word before (bytes: a space is one, and the words are short).
        let b = rest.as_bytes();
        let trimmed = b.len() - b.iter().rev().take_while(|&&c| c == b' ').count();
        let word_start = b[..trimmed]
            .iter()
            .rposition(|&c| c == b' ')
            .map_or(0, |i| i + 1);
        if word_start == 0 || !rest[word_start..trimmed].starts_with(char::is_uppercase) {
            return false;
        }
        rest = &rest[..word_start];
    }
    false
}

/// What a name is part of when a word of [`names_a_work`] follows it.
enum Work {
    /// "the Geneva Conventions", "the Minsk agreements".
    Document,
    /// "the Surovikin line".
    Line,
}

/// What `after` (the text after a name) says the name is part of, if it opens with a word
/// that makes the name a document's or a work's ("… Convention", "… agreements", "… line").
fn names_a_work(after: &str) -> Option<Work> {
    const WORKS: WordSet<14> = WordSet::new([
        "Convention",
        "Conventions",
        "Memorandum",
        "Protocol",
        "Protocols",
        "Accords",
        "Agreement",
        "Agreements",
        "Statute",
        "Declaration",
        "Communique",
        "Treaty",
        "Format",
        "line",
    ]);
    let rest = after.strip_prefix(' ')?;
    // (Most words after a name start with a letter none of these does.)
    if !WORKS.may_start(*rest.as_bytes().first()?) {
        return None;
    }
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, then) = rest.split_at(len);
    // (The length first: most words after a name are shorter or longer than these.)
    if !(4..=11).contains(&len) || !WORKS.contains(word) {
        return None;
    }
    // (Not a longer name: "the Kyiv Convention Centre".)
    if then.starts_with(|c: char| c.is_alphanumeric())
        || then
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    Some(if word.eq_ignore_ascii_case("line") {
        Work::Line
    } else {
        Work::Document
    })
}

/// The kinds of ship a ship's name follows ("the frigate Admiral Makarov").
const VESSELS: &[&str] = &[
    "frigate",
    "cruiser",
    "corvette",
    "destroyer",
    "submarine",
    "warship",
    "tanker",
    "flagship",
    "minesweeper",
    "landing ship",
    "patrol ship",
    "patrol boat",
    "missile boat",
    "research vessel",
    "cargo ship",
];

/// Whether `before` ends with a ship's kind and a space ("… the frigate ").
fn ends_with_vessel_noun(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    // Most spans follow no kind of ship: rule them out by the last word alone (each kind's
    // last word, in lower case), before comparing whole phrases; most by its last letter.
    let bytes = rest.as_bytes();
    if !bytes
        .last()
        .is_some_and(|b| matches!(b | 0x20, b'e' | b'r' | b'p' | b't' | b'l'))
    {
        return false;
    }
    let letters = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let mut last = [0u8; 12];
    if letters > last.len() {
        return false;
    }
    for (l, b) in last.iter_mut().zip(&bytes[bytes.len() - letters..]) {
        *l = b.to_ascii_lowercase();
    }
    if !matches!(
        &last[..letters],
        b"frigate"
            | b"cruiser"
            | b"corvette"
            | b"destroyer"
            | b"submarine"
            | b"warship"
            | b"tanker"
            | b"flagship"
            | b"minesweeper"
            | b"ship"
            | b"boat"
            | b"vessel"
    ) {
        return false;
    }
    // After "the" or a capitalised word ("the frigate", "Russia's flagship", "Russian
    // cruiser"): "hit a landing ship Kyiv said was carrying troops" names Kyiv.
    VESSELS.iter().any(|v| {
        let Some(head) = rest.len().checked_sub(v.len()) else {
            return false;
        };
        // (ASCII bytes matched first: `head` is then a character's start.)
        if !rest.as_bytes()[head..].eq_ignore_ascii_case(v.as_bytes()) {
            return false;
        }
        let word_before = text::words_back(rest[..head].trim_end())
            .next()
            .unwrap_or_default();
        !rest[..head].ends_with(|c: char| c.is_alphanumeric())
            && (word_before.eq_ignore_ascii_case("the")
                || word_before.starts_with(|c: char| c.is_uppercase()))
    })
}

/// A walk over a block's capitalised words ([`fold::Leads::capitalised`]), for the rules
/// that start only at one: the words between are passed over unread.
struct Capitals<'a> {
    capitalised: &'a [u32],
    at: usize,
}

impl<'a> Capitals<'a> {
    fn new(capitalised: &'a [u32]) -> Capitals<'a> {
        Capitals { capitalised, at: 0 }
    }

    /// The first capitalised word at or after word `i` (none: no more). Words before it are
    /// not asked for again: `i` only grows.
    fn from(&mut self, i: usize) -> Option<usize> {
        while self
            .capitalised
            .get(self.at)
            .is_some_and(|&c| (c as usize) < i)
        {
            self.at += 1;
        }
        self.capitalised.get(self.at).map(|&c| c as usize)
    }
}

/// The capitalised words no span covers, into `loose`.
fn scratch_loose(
    words: &[WordSpan],
    capitalised: &[u32],
    spans: &[Span],
    loose: &mut Vec<(usize, usize)>,
) {
    loose.clear();
    let mut k = 0;
    for &i in capitalised {
        let w = &words[i as usize];
        let (s, e) = (w.start(), w.end());
        while k < spans.len() && spans[k].end <= s {
            k += 1;
        }
        if spans.get(k).is_none_or(|sp| sp.start >= e) {
            loose.push((s, e));
        }
    }
}

/// Whether word `i` may be (part of) a name: capitalised, and not a common capitalised word, a
/// title, a month or a day.
fn name_like(text: &str, words: &[WordSpan], caps: &[bool], i: usize) -> bool {
    let w = &text[words[i].start()..words[i].end()];
    caps[i]
        && !STOP_CAPS.contains(&w)
        && !TITLES.contains(&w)
        && dates::month_from_word(w).is_none()
        && dates::weekday_from_word(w).is_none()
}

/// The cue of a person named with their age.
const AGE: &str = "an age";

/// "Bondar, 64, said": one to three capitalised words with an age after them, between
/// commas, name a person — news writes ages so and little else.
/// `figures` are the block's word starts where a figure may begin ([`fold::Folded::figures`]):
/// every run of digits after ", " is one.
fn people_by_age(
    text: &str,
    words: &[WordSpan],
    caps: &[bool],
    figures: &[u32],
    out: &mut Vec<Span>,
) {
    let bytes = text.as_bytes();
    // An age is a run of digits after a comma and a space: a word start, so the fold has
    // listed it among the figures' (news text has few), and no need to read the text for it.
    debug_assert!(
        (2..bytes.len())
            .filter(|&at| bytes[at].is_ascii_digit() && bytes[at - 2..at] == *b", ")
            .all(|at| figures.contains(&(at as u32))),
        "every run of digits after \", \" is a figure's start"
    );
    for &at in figures {
        let at = at as usize;
        if !bytes[at].is_ascii_digit() || at < 2 || bytes[at - 2..at] != *b", " {
            continue;
        }
        let digits = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = at - 2;
        let rest = &text[at..];
        // (", 2,000 people" is a figure: the age's comma is not a thousands separator.)
        if !(1..=3).contains(&digits)
            || rest.as_bytes().get(digits) != Some(&b',')
            || rest
                .as_bytes()
                .get(digits + 1)
                .is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        // The word that ends at the comma.
        let e = words.partition_point(|w| w.end() < end);
        if e >= words.len() || words[e].end() != end {
            continue;
        }
        if !name_like(text, words, caps, e) {
            continue;
        }
        let start = name_start(text, words, e, |k| name_like(text, words, caps, k));
        out.push(Span {
            start: words[start].start(),
            end,
            what: What::Cue {
                kind: EntityType::Person,
                cue: AGE,
            },
        });
    }
}

/// The cue of a person named with their role after them ([`named_in_apposition`]).
const ROLE_AFTER: &str = "a role after the name";

/// Roles that name a person in apposition: "Filip Pronin, the governor of …", "Mariana
/// Bezuhla, a lawmaker …".
const ROLES: WordSet<44> = WordSet::new([
    "governor",
    "mayor",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawmaker",
    "legislator",
    "deputy",
    "resident",
    "commander",
    "minister",
    "chief",
    "director",
    "official",
    "adviser",
    "advisor",
    "analyst",
    "expert",
    "professor",
    "researcher",
    "journalist",
    "photographer",
    "volunteer",
    "soldier",
    "chairman",
    "chairwoman",
    "founder",
    "leader",
    "ambassador",
    "envoy",
    "secretary",
    "ombudsman",
    "officer",
    "doctor",
    "surgeon",
    "nurse",
    "teacher",
    "priest",
    "pensioner",
    "mother",
    "father",
    "widow",
    "daughter",
]);

/// Words that open a phrase rather than a name, in either case ("In Khan Younis", "near
/// Severnyi Kordon", "Last Christmas", "Like Mother Teresa").
const PHRASE_OPENERS: WordSet<22> = WordSet::new([
    "in", "near", "at", "on", "from", "to", "of", "outside", "inside", "around", "across", "like",
    "last", "next", "during", "after", "before", "since", "until", "despite", "by", "with",
]);

/// Where a name ending with word `e` starts: up to two words back, each taken by `ok` and a
/// single space from the next.
fn name_start(text: &str, words: &[WordSpan], e: usize, ok: impl Fn(usize) -> bool) -> usize {
    let mut start = e;
    while start > 0
        && e - start < 2
        && text[words[start - 1].end()..words[start].start()] == *" "
        && ok(start - 1)
    {
        start -= 1;
    }
    start
}

/// The text of word `k`.
fn word_at<'t>(text: &'t str, words: &[WordSpan], k: usize) -> &'t str {
    &text[words[k].start()..words[k].end()]
}

/// The cue of a place named with its kind after it ([`named_in_apposition`]).
const KIND_AFTER: &str = "a kind of place after the name";

/// Kinds of place that name a place in apposition: "Rivnopil, a small village on the border".
/// (Folded, as the words they are compared with: "village" is "vilage".)
const PLACE_KINDS: WordSet<6> =
    WordSet::new(["vilage", "town", "setlement", "hamlet", "citi", "township"]);

/// Capitalised words, a comma, an article and a role or a kind of place (perhaps after one
/// word): a name in apposition. "Filip Pronin, the governor of the Poltava region, said",
/// "Mariana Bezuhla, a lawmaker", "Yevhenia Bazylevych, a local resident" name people (two or
/// three words); "Ukraine retook Rivnopil, a small village on the border" a place (one word
/// alone only inside a sentence: "Overnight, a village was hit" names none). One pass over the
/// words for both.
fn named_in_apposition(text: &str, folded: &fold::Folded, caps: &[bool], out: &mut Vec<Span>) {
    let words = folded.spans();
    let bytes = text.as_bytes();
    // Each word two bytes after a comma (found by `memchr`: most words follow none), in the
    // text's order.
    for comma in memchr::memchr_iter(b',', bytes) {
        let at = comma + 2;
        let i = words.partition_point(|w| w.start() < at);
        if i < 2
            || words.get(i).is_none_or(|w| w.start() != at)
            || words[i - 1].end() != comma
            || !matches!(folded.word(&words[i]), "the" | "a" | "an")
        {
            continue;
        }
        // A role's word or a place's kind at word `k`: what it names, and by which cue.
        let noun = |k: usize| {
            if k >= words.len() || caps[k] || text[words[k - 1].end()..words[k].start()] != *" " {
                return None;
            }
            let w = folded.word(&words[k]);
            if ROLES.contains(w) {
                Some((EntityType::Person, ROLE_AFTER))
            } else if PLACE_KINDS.contains(w) {
                Some((EntityType::Place, KIND_AFTER))
            } else {
                None
            }
        };
        let found = noun(i + 1).or_else(|| {
            (i + 1 < words.len() && !caps[i + 1])
                .then(|| noun(i + 2))
                .flatten()
        });
        let Some((kind, cue)) = found else {
            continue;
        };
        // The name before the comma: two or three words, none of them a word that opens a
        // phrase ("Near Severnyi Kordon, a soldier", "Last Christmas, a soldier"), and not
        // after a preposition ("In Khan Younis, a resident").
        let e = i - 1;
        let ok = |k: usize| {
            name_like(text, words, caps, k) && !PHRASE_OPENERS.contains(word_at(text, words, k))
        };
        let start = name_start(text, words, e, ok);
        let after_preposition = start > 0
            && PHRASE_OPENERS.contains(word_at(text, words, start - 1))
            && text[words[start - 1].end()..words[start].start()] == *" ";
        // One word: a place's, inside a sentence.
        let one_word_ok = kind == EntityType::Place && !opens_sentence(text, words[start].start());
        if (start == e && !one_word_ok) || !ok(e) || after_preposition {
            continue;
        }
        out.push(Span {
            start: words[start].start(),
            end: words[e].end(),
            what: What::Cue { kind, cue },
        });
    }
}

/// The cue of a place the text puts in Russia or Belarus.
const ABROAD: &str = "a place abroad";

/// "the Russian village of Oleksandrivka": a name every reading of which is a Ukrainian village
/// or town (no city: "the predominantly Russian city of Kharkiv" is Kharkiv), after words that
/// put it in Russia or Belarus, is some other place no table lists (Kursk Oblast has its own
/// Oleksandrivkas), not a Ukrainian one.
fn places_abroad(g: &Gazetteer, text: &str, out: &mut [Span]) {
    const LEADS: &[&str] = &["russian", "belarusian"];
    const KINDS: &[&str] = &["village", "town", "settlement", "hamlet"];
    for span in out.iter_mut() {
        let What::Known(p) = span.what else { continue };
        // (Most names have no " of " before them: ruled out on the bytes first.)
        if !matches!(text.as_bytes()[..span.start], [.., b' ', b'o', b'f', b' ']) {
            continue;
        }
        // "… Russian village of " right before the name (over the last 40 bytes).
        let before = text::suffix_at_most(&text[..span.start], 40);
        let Some(rest) = before.strip_suffix(" of ") else {
            continue;
        };
        let mut words = text::words_back(rest);
        let (Some(kind), Some(lead)) = (words.next(), words.next()) else {
            continue;
        };
        let border = lead.eq_ignore_ascii_case("border");
        let lead = if border {
            words.next().unwrap_or("")
        } else {
            lead
        };
        if !KINDS.iter().any(|k| kind.eq_ignore_ascii_case(k))
            || !LEADS.iter().any(|l| lead.eq_ignore_ascii_case(l))
            || !g
                .candidates(p)
                .all(|e| e.subtype == "place" && e.prominence < Prominence::City)
        {
            continue;
        }
        span.what = What::Cue {
            kind: EntityType::Place,
            cue: ABROAD,
        };
    }
}

/// The cue of a place whose name goes on past a village's the tables give.
const GOES_ON: &str = "a longer name";

/// "near Vovchoiarivka, Syrotyne and Bila Hora": a village only GeoNames gives ("Bila"), with a
/// capitalised word right after it that no rule takes, is part of a longer name the tables
/// lack, not that village. Not a word of nationality, a title, a month or a day ("near Verbivka
/// Ukrainian forces").
fn names_that_go_on(
    g: &Gazetteer,
    text: &str,
    words: &[WordSpan],
    caps: &[bool],
    out: &mut [Span],
) {
    for k in 0..out.len() {
        let What::Known(p) = out[k].what else {
            continue;
        };
        let Some(j) = capitalised_word_after(text, words, out[k].end) else {
            continue;
        };
        if !g.candidates(p).all(Entity::is_geonames_only) || !name_like(text, words, caps, j) {
            continue;
        }
        let w = &text[words[j].start()..words[j].end()];
        let free = out.get(k + 1).is_none_or(|n| n.start >= words[j].end());
        if w.len() < 3 || !free || ends_like_nationality(&w.to_ascii_lowercase()) {
            continue;
        }
        out[k].end = words[j].end();
        out[k].what = What::Cue {
            kind: EntityType::Place,
            cue: GOES_ON,
        };
    }
}

/// The cue of a numbered military unit.
const UNIT: &str = "a numbered unit";

/// The cue of a body's name no table lists ([`bodies_by_name`]).
const BODY: &str = "a body's name";

/// The words a body's name ends on, or turns on ("the Coordination Headquarters for the
/// Treatment of Prisoners of War"), when no place's name opens it.
const BODY_NAME_HEADS: WordSet<28> = WordSet::new([
    "Administration",
    "Agency",
    "Authority",
    "Bureau",
    "Command",
    "Commission",
    "Committee",
    "Corps",
    "Council",
    "Court",
    "Department",
    "Directorate",
    "Fleet",
    "Forces",
    "Foundation",
    "Fund",
    "Guard",
    "Headquarters",
    "Hospital",
    "Inspectorate",
    "Institute",
    "Ministry",
    "Office",
    "Organization",
    "Organisation",
    "Plant",
    "Service",
    "Works",
]);

/// Whether a block is written in title case, as headlines may be ("Russia Strikes Ukraine
/// Military Institute"): no lower-case word of four letters or more among four words or more,
/// and no full stop at the end. Its capitals then say nothing of names.
fn title_case(text: &str, words: &[WordSpan], caps: &[bool]) -> bool {
    words.len() >= 4
        && !text.trim_end().ends_with('.')
        && !words
            .iter()
            .zip(caps)
            .any(|(w, &c)| !c && w.end() - w.start() >= 4)
}

/// Capitalised words that open sentences but no body's name.
const SENTENCE_OPENERS: WordSet<38> = WordSet::new([
    "When",
    "Where",
    "While",
    "If",
    "After",
    "Before",
    "Since",
    "Until",
    "Although",
    "Though",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Then",
    "Now",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "All",
    "Several",
    "Few",
    "Other",
    "Former",
    "Every",
    "Each",
    "No",
    "This",
    "That",
    "These",
    "Those",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Eight",
    "Ten",
]);

/// Titles that may follow a body's name ("European Council President …").
const TITLES_AFTER_BODY: &[&str] = &[
    "President",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Head",
    "Chief",
    "Commander",
    "Secretary",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
];

/// "the State Special Transport Service", "the Pacific Fleet", "the Coordination Headquarters
/// for the Treatment of Prisoners of War", "the European Council": capitalised words ending in
/// a body's word ([`BODY_NAME_HEADS`]), perhaps with "of"/"for" and more capitalised words
/// after it, name a body no table lists. Two words at least. (Not for a title-case line,
/// where every word is capitalised: [`recognise`] leaves those out.)
fn bodies_by_name(
    text: &str,
    words: &[WordSpan],
    caps: &[bool],
    capitalised: &[u32],
    out: &mut Vec<Span>,
) {
    let word = |i: usize| word_at(text, words, i);
    let spaced =
        |a: usize| a + 1 < words.len() && &text[words[a].end()..words[a + 1].start()] == " ";
    let mut capitals = Capitals::new(capitalised);
    let mut i = 0;
    while let Some(c) = capitals.from(i) {
        i = c;
        if !BODY_NAME_HEADS.contains(word(i)) {
            i += 1;
            continue;
        }
        // Back over capitalised words (not "The", a title, a weekday), a hyphen between two
        // ("National Anti-Terrorism Committee").
        let joined = |a: usize| {
            spaced(a) || &text[words[a].end()..words[a + 1].start()] == "-" && caps[a + 1]
        };
        // (Six words at most; not a word that opens a sentence: "When Council members met",
        // "Eight Service members".)
        let mut first = i;
        while first > 0
            && i - first < 6
            && caps[first - 1]
            && joined(first - 1)
            && !STOP_CAPS.contains(&word(first - 1))
            && !SENTENCE_OPENERS.contains(word(first - 1))
        {
            first -= 1;
        }
        // (Not part of a longer name: "the Grand Service Express" is a train's; but a title
        // may follow, "European Council President Charles Michel".)
        let longer = i + 1 < words.len()
            && caps[i + 1]
            && spaced(i)
            && !TITLES_AFTER_BODY.contains(&word(i + 1));
        if first == i || longer {
            i += 1;
            continue;
        }
        // On over "of"/"for" ("the"), and capitalised words joined by "of"/"and".
        let mut last = i;
        let mut k = i;
        // ("and" only within the tail: "the Pacific Fleet and Northern Fleet" are two.)
        while k + 2 < words.len()
            && spaced(k)
            && (matches!(word(k + 1), "of" | "for") || k > i && word(k + 1) == "and")
        {
            let mut n = k + 2;
            // ("the" after "of" or "for" only: "… Service and the National Guard" are two.)
            if word(n) == "the" && word(k + 1) != "and" && n + 1 < words.len() && spaced(k + 1) {
                n += 1;
            }
            if !(caps[n] && spaced(n - 1)) || STOP_CAPS.contains(&word(n)) {
                break;
            }
            while n + 1 < words.len()
                && caps[n + 1]
                && spaced(n)
                && !STOP_CAPS.contains(&word(n + 1))
            {
                n += 1;
            }
            last = n;
            k = n;
        }
        out.push(Span {
            start: words[first].start(),
            end: words[last].end(),
            what: What::Cue {
                kind: EntityType::Org,
                cue: BODY,
            },
        });
        i = last + 1;
    }
}

/// The words a military unit's name ends on.
const UNIT_HEADS: &[&str] = &[
    "division",
    "brigade",
    "regiment",
    "battalion",
    "army",
    "corps",
    "company",
    "squadron",
    "detachment",
    "flotilla",
];

/// Unit words that name a unit in lower case too.
const LOWER_CASE_HEADS: &[&str] = &["division", "brigade", "regiment", "battalion"];

/// "the 42nd Motorized Rifle Division", "the 7th Guards Airborne (VDV) Division", "the 92nd
/// brigade": an ordinal, up to five capitalised words (an acronym in brackets among them) and
/// a unit's word name a military unit, whatever names lie inside it ("VDV"). Units a table
/// lists are found whole before this; names that reach outside the unit's words stay.
fn numbered_units(
    text: &str,
    folded: &fold::Folded,
    caps: &[bool],
    numbered: &[u32],
    out: &mut Vec<Span>,
) {
    let words = folded.spans();
    // An ordinal: digits, then st/nd/rd/th (read only at the words that start with a digit).
    for i in numbered.iter().map(|&i| i as usize) {
        let (w, s, e) = (folded.word(&words[i]), words[i].start(), words[i].end());
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !matches!(&w[digits..], "st" | "nd" | "rd" | "th") {
            continue;
        }
        let mut end = None;
        let mut last = e;
        for j in i + 1..words.len().min(i + 8) {
            let (ws, we) = (words[j].start(), words[j].end());
            if !text[last..ws]
                .bytes()
                .all(|b| matches!(b, b' ' | b'(' | b')'))
                || ws == last
            {
                break;
            }
            let word = &text[ws..we];
            // The last unit's word of a capitalised run ("2nd Army Corps"); in lower case only
            // the words that name nothing else ("the 92nd brigade", not "the 1st company").
            let head = UNIT_HEADS.iter().any(|h| word.eq_ignore_ascii_case(h));
            if head && (caps[j] || LOWER_CASE_HEADS.contains(&word)) {
                end = Some(we);
            }
            if !caps[j] {
                break;
            }
            last = we;
        }
        let Some(end) = end else { continue };
        // Names inside the unit's words give way; one reaching outside them keeps its place,
        // and one from the number on is the unit itself, listed.
        let first = out.partition_point(|o| o.end <= s);
        let past = out.partition_point(|o| o.start < end);
        if out[first..past].iter().any(|o| o.start <= s || o.end > end) {
            continue;
        }
        out.splice(
            first..past,
            [Span {
                start: s,
                end,
                what: What::Cue {
                    kind: EntityType::Org,
                    cue: UNIT,
                },
            }],
        );
    }
}

/// The word that starts one space after byte `end`, if it starts with a capital: its index in
/// `words`.
fn capitalised_word_after(text: &str, words: &[WordSpan], end: usize) -> Option<usize> {
    let next = text.as_bytes().get(end..end + 2)?;
    if next[0] != b' ' || !next[1].is_ascii_uppercase() {
        return None;
    }
    let j = words.partition_point(|w| w.start() <= end);
    (words.get(j)?.start() == end + 1).then_some(j)
}

/// The cue of a body named for a place.
const NAMED_FOR_PLACE: &str = "named for a place";

/// "the Kharkiv Regional Military Administration", "Kyiv City Council": a place's name with
/// the words of an office or body after it names that body, not the place. The words after are
/// capitalised, from [`BODY_WORDS`], and end on one of [`BODY_HEADS`].
fn bodies_named_for_places(
    g: &Gazetteer,
    text: &str,
    words: &[WordSpan],
    caps: &[bool],
    spans: &mut Vec<Span>,
) {
    // (Names a body's tail takes over are emptied, and go at the end.)
    let mut emptied = false;
    for k in 0..spans.len() {
        let What::Known(p) = spans[k].what else {
            continue;
        };
        // A capitalised word right after, or no body's name.
        let Some(j) = capitalised_word_after(text, words, spans[k].end) else {
            continue;
        };
        let mut last_head = None;
        let mut i = j;
        while i < words.len() && (i == j || text[words[i - 1].end()..words[i].start()] == *" ") {
            // A possessive "'s" stays with its word ("Prosecutor's Office").
            let possessive = i + 1 < words.len()
                && matches!(&text[words[i].end()..words[i + 1].start()], "'" | "’")
                && &text[words[i + 1].start()..words[i + 1].end()] == "s";
            let w = &text[words[i].start()..words[i].end()];
            let known =
                BODY_WORDS.contains(&w) || (possessive && POSSESSIVE_BODY_WORDS.contains(&w));
            if !caps[i] || (!known && !BODY_HEADS.contains(&w)) {
                break;
            }
            if BODY_HEADS.contains(&w) && !possessive {
                last_head = Some(words[i].end());
            }
            i += if possessive { 2 } else { 1 };
        }
        let Some(mut body_end) = last_head else {
            continue;
        };
        // "… Institute of Sociology", "Kyiv School of Economics": "of" and capitalised words
        // no listed name takes (a name a cue found, "Economics and Kharkiv …", yields), and
        // perhaps "and" and one more ("… of Physics and Technology", not "… and Kharkiv
        // National University").
        let listed_at = |spans: &[Span], n: usize| {
            spans[k + 1..]
                .iter()
                .take_while(|sp| sp.start < words[n].end())
                .any(|sp| {
                    sp.end > words[n].start()
                        && matches!(sp.what, What::Known(_) | What::Person { .. })
                })
        };
        let word = |n: usize| &text[words[n].start()..words[n].end()];
        if i < words.len()
            && body_end == words[i - 1].end()
            && word(i) == "of"
            && text[body_end..].starts_with(" of ")
        {
            let mut n = i + 1;
            let spaced = |n: usize| text[words[n - 1].end()..words[n].start()] == *" ";
            while n < words.len()
                && caps[n]
                && spaced(n)
                && !listed_at(spans, n)
                && !STOP_CAPS.contains(&word(n))
            {
                body_end = words[n].end();
                n += 1;
            }
            if n + 1 < words.len()
                && body_end == words[n - 1].end()
                && word(n) == "and"
                && spaced(n)
                && spaced(n + 1)
                && caps[n + 1]
                && !listed_at(spans, n + 1)
                && !STOP_CAPS.contains(&word(n + 1))
                && (n + 2 >= words.len() || !caps[n + 2] || !spaced(n + 2))
            {
                body_end = words[n + 1].end();
            }
        }
        // Names a cue found inside the body's words are the body's; any other name there
        // keeps them.
        let inside = |sp: &Span| matches!(sp.what, What::Cue { .. }) && sp.end <= body_end;
        let free = spans[k + 1..]
            .iter()
            .find(|sp| !inside(sp))
            .is_none_or(|sp| sp.start >= body_end);
        if free && g.candidates(p).all(|e| e.kind == EntityType::Place) {
            for sp in spans[k + 1..].iter_mut() {
                if sp.start >= body_end {
                    break;
                }
                (sp.start, sp.end) = (body_end, body_end);
                emptied = true;
            }
            spans[k].end = body_end;
            spans[k].what = What::Cue {
                kind: EntityType::Org,
                cue: NAMED_FOR_PLACE,
            };
        }
    }
    if emptied {
        spans.retain(|s| s.start < s.end);
    }
}

/// "the Pokrovske coal mine", "the Ilyich steelworks": a place's name (or a name found as a
/// place) with the lower-case words of a works after it names the works, not a town: the
/// mine by Pokrovsk is not the village Pokrovske by Mariupol.
fn sites_named_for_places(g: &Gazetteer, text: &str, spans: &mut [Span]) {
    for k in 0..spans.len() {
        let rest = &text[spans[k].end..];
        // (The words' first letters rule out most names at once.)
        if !matches!(rest.as_bytes(), [b' ', b'c' | b'i' | b'o' | b's', ..]) {
            continue;
        }
        let place = match spans[k].what {
            What::Known(p) => g.candidates(p).all(is_settlement),
            What::Cue { kind, .. } => kind == EntityType::Place,
            What::Person { .. } => false,
        };
        if !place {
            continue;
        }
        let Some(site) = SITE_WORDS.iter().find(|w| {
            rest[1..].starts_with(**w)
                && !rest[1 + w.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) else {
            continue;
        };
        let end = spans[k].end + 1 + site.len();
        if spans.get(k + 1).is_none_or(|n| n.start >= end) {
            spans[k].end = end;
            spans[k].what = What::Cue {
                kind: EntityType::Org,
                cue: NAMED_FOR_PLACE,
            };
        }
    }
}

/// The works a place's name may name ([`sites_named_for_places`]), longest first.
const SITE_WORDS: &[&str] = &[
    "iron and steel works",
    "coal mine",
    "steelworks",
    "steel works",
    "steel plant",
    "chemical plant",
    "coke plant",
    "oil refinery",
];

/// Words of the names of offices and bodies, after a place's name ("Regional Military …").
const BODY_WORDS: &[&str] = &[
    "Regional",
    "Oblast",
    "City",
    "District",
    "Raion",
    "Military",
    "Civil",
    "Civil-Military",
    "State",
    "Main",
    "National",
    "Police",
    "Prosecutor",
    "Emergency",
    "Territorial",
    "Defence",
    "Defense",
    "Public",
    "Health",
    "Railway",
    "Security",
    "Grain",
    "Economic",
    "Peace",
    "International",
    "Higher",
    "Medical",
    "Technical",
    "Polytechnic",
    "Pedagogical",
    "Agrarian",
    "Clinical",
    "Combined",
    "Arms",
    "Academic",
    "Drama",
    "Opera",
    "Ballet",
    "Puppet",
    "Music",
    "Musical",
    "Art",
    "Arts",
    "Fine",
    "Historical",
    "History",
    "Local",
    "Lore",
    "Children's",
    "Research",
    "Scientific",
    "Mercantile",
    "Stock",
    "Commodity",
    "Philharmonic",
];

/// Capitalised words after a person's cue ("general", "minister") that begin the name of an
/// office or body rather than a person's ("the General Staff"), or of a paper ("the IAEA
/// Director General Statement").
const NOT_NAMES: &[&str] = &[
    "Staff",
    "Statement",
    "Statements",
    "Report",
    "Update",
    "Decree",
    "Directive",
    "Resolution",
    "Prosecutor",
    "Assembly",
    "Secretary",
    "Secretariat",
    "Headquarters",
    "Inspector",
    "Intelligence",
    "Mobilisation",
    "Mobilization",
];

/// Words with a possessive in such names ("… Prosecutor's Office").
const POSSESSIVE_BODY_WORDS: &[&str] = &["Prosecutor", "Governor", "Mayor", "Children"];

/// The words such a name ends on ("… Administration", "… Council").
const BODY_HEADS: &[&str] = &[
    "Administration",
    "Council",
    "Police",
    "Office",
    "Department",
    "Court",
    "Directorate",
    "Service",
    "University",
    "Hospital",
    "Garrison",
    "Command",
    "Brigade",
    // Papers, meetings and pacts named for a place ("The Moscow Times", "the Black Sea Grain
    // Initiative", "the Munich Security Conference").
    "Times",
    "Post",
    "Conference",
    "Forum",
    "Summit",
    "Initiative",
    "Institute",
    "College",
    "Academy",
    "School",
    "Lyceum",
    "Museum",
    "Theatre",
    "Theater",
    "Library",
    "Clinic",
    "Centre",
    "Center",
    "Army",
    "Exchange",
    "Philharmonic",
    "Orchestra",
    "Zoo",
    "Circus",
];

/// The cue of a name listed with a known place.
const LISTED: &str = "and";

/// "teams went to Shevchenkove and Chkalovske", "Hrakove or Izium": a capitalised name no
/// table lists, joined by "and"/"or" to a name every reading of which is a place, is a place
/// too. One or two capitalised words, not a title, a month or a day, nor a word of nationality
/// ("Ukrainian", "European"); before the place, only within a sentence (not its first word).
fn listed_with_places(
    g: &Gazetteer,
    text: &str,
    folded: &fold::Folded,
    caps: &[bool],
    spans: &[Span],
    out: &mut Vec<Span>,
) {
    let words = folded.spans();
    let plain = |i: usize| {
        let w = &text[words[i].start()..words[i].end()];
        name_like(text, words, caps, i)
            && !ends_like_nationality(w)
            && !spans
                .iter()
                .any(|s| s.start < words[i].end() && words[i].start() < s.end)
    };
    // Word `i` is "and"/"or" with a single space either side.
    let joins = |i: usize| {
        matches!(folded.word(&words[i]), "and" | "or")
            && i > 0
            && i + 1 < words.len()
            && text[words[i - 1].end()..words[i].start()] == *" "
            && text[words[i].end()..words[i + 1].start()] == *" "
    };
    let spaced = |a: usize, b: usize| text[words[a].end()..words[b].start()] == *" ";
    let bytes = text.as_bytes();
    for k in spans {
        let What::Known(p) = k.what else { continue };
        // Most names have no "and"/"or" beside them: ruled out on the bytes first.
        let beside = matches!(
            &bytes[k.end..],
            [b' ', b'a', b'n', b'd', b' ', ..] | [b' ', b'o', b'r', b' ', ..]
        ) || matches!(
            &bytes[..k.start],
            [.., b' ', b'a', b'n', b'd', b' '] | [.., b' ', b'o', b'r', b' ']
        );
        if !beside || g.candidates(p).any(|e| e.kind != EntityType::Place) {
            continue;
        }
        // After: "Shevchenkove and Chkalovske", the run ending where capitals do.
        let j = words.partition_point(|w| w.start() < k.end);
        if j + 1 < words.len() && words[j].start() - k.end == 1 && joins(j) && plain(j + 1) {
            let mut end = j + 1;
            if end + 1 < words.len() && spaced(end, end + 1) && plain(end + 1) {
                end += 1;
            }
            let next_capital = end + 1 < words.len() && caps[end + 1] && spaced(end, end + 1);
            if !next_capital {
                out.push(Span {
                    start: words[j + 1].start(),
                    end: words[end].end(),
                    what: What::Cue {
                        kind: EntityType::Place,
                        cue: LISTED,
                    },
                });
            }
        }
        // Before: "to Chkalovske and Shevchenkove", after a lower-case word of the sentence.
        let i = words.partition_point(|w| w.end() <= k.start);
        if i >= 2 && k.start - words[i - 1].end() == 1 && joins(i - 1) && plain(i - 2) {
            let mut start = i - 2;
            if start > 0 && spaced(start - 1, start) && plain(start - 1) {
                start -= 1;
            }
            let lower_before = start > 0 && !caps[start - 1] && spaced(start - 1, start);
            if lower_before {
                out.push(Span {
                    start: words[start].start(),
                    end: words[i - 2].end(),
                    what: What::Cue {
                        kind: EntityType::Place,
                        cue: LISTED,
                    },
                });
            }
        }
    }
    sort::sort_by(out, |a, b| a.start.cmp(&b.start));
}

/// "five villages in the Kharkiv region – Strilecha, Pylna, Borysivka, Ohirtseve and
/// Pletenivka", "near Zvirove, Novyi Trud and Lysivka": in a list joined by commas (and a last
/// "and"/"or") with a name every reading of which is a place, and no other kind of name, the
/// other members no table lists — one or two capitalised words each — are places too. Not a
/// word that opens the sentence ("However, Kupiansk and Izium").
fn listed_in_runs(
    g: &Gazetteer,
    text: &str,
    folded: &fold::Folded,
    caps: &[bool],
    spans: &[Span],
    out: &mut Vec<Span>,
) {
    const SEPARATORS: [&str; 5] = [", and ", ", or ", ", ", " and ", " or "];
    let words = folded.spans();
    let is_place = |sp: &Span| match sp.what {
        What::Known(p) => g.candidates(p).all(|e| e.kind == EntityType::Place),
        What::Cue { kind, .. } => kind == EntityType::Place,
        What::Person { .. } => false,
    };
    // The member at byte `at` (where a separator ends), if one: (start, end, a span's index
    // or None for words no name takes).
    let member_at = |at: usize| -> Option<(usize, usize, Option<usize>)> {
        let k = spans.partition_point(|sp| sp.end <= at);
        if let Some(sp) = spans.get(k).filter(|sp| sp.start == at) {
            return Some((sp.start, sp.end, Some(k)));
        }
        let i = words.partition_point(|w| w.start() < at);
        if words.get(i)?.start() != at || spans.get(k).is_some_and(|sp| sp.start < words[i].end()) {
            return None;
        }
        let plain = |i: usize| {
            name_like(text, words, caps, i)
                && !ends_like_nationality(word_at(text, words, i))
                && !PHRASE_OPENERS.contains(word_at(text, words, i))
        };
        let spaced = |a: usize| text[words[a].end()..words[a + 1].start()] == *" ";
        let mut end = i;
        if !plain(i) {
            return None;
        }
        if end + 1 < words.len() && spaced(end) && plain(end + 1) {
            end += 1;
        }
        // (Three capitalised words are no village's name here.)
        if end + 1 < words.len() && spaced(end) && caps[end + 1] {
            return None;
        }
        let overlaps = spans.get(k).is_some_and(|sp| sp.start < words[end].end());
        (!overlaps).then(|| (words[i].start(), words[end].end(), None))
    };
    let bytes = text.as_bytes();
    // A run's members: (start, end, a span's index or None), in one buffer for every run.
    let mut members: Vec<(usize, usize, Option<usize>)> = Vec::new();
    // Where the last run read ends: the places inside it were read with it.
    let mut read_to = 0;
    for (k, sp) in spans.iter().enumerate() {
        // (A list has a comma or its last "and"/"or" beside each of its places: ruled out on
        // the bytes first.)
        let joined_before = [", ", " and ", " or "]
            .iter()
            .any(|j| text[..sp.start].ends_with(j));
        if sp.start < read_to
            || !(bytes.get(sp.end) == Some(&b',') || joined_before)
            || !is_place(sp)
        {
            continue;
        }
        members.clear();
        members.push((sp.start, sp.end, Some(k)));
        // Back to the run's start (past one "and"/"or" only right before this place, the
        // list's last), then forward to its end.
        let mut closed = false;
        loop {
            let start = members[0].0;
            let first_step = members.len() == 1;
            let Some(sep) = SEPARATORS
                .iter()
                .find(|s| text[..start].ends_with(**s) && (first_step || **s == ", "))
            else {
                break;
            };
            let before = start - sep.len();
            let j = words.partition_point(|w| w.end() < before);
            let Some(m) = words
                .get(j)
                .and_then(|w| member_at(w.start()).filter(|m| m.1 == before))
            else {
                break;
            };
            closed |= *sep != ", ";
            members.insert(0, m);
        }
        while !closed {
            let end = members.last().map_or(0, |m| m.1);
            let Some(sep) = SEPARATORS.iter().find(|s| text[end..].starts_with(**s)) else {
                break;
            };
            let Some(m) = member_at(end + sep.len()) else {
                break;
            };
            members.push(m);
            closed = *sep != ", ";
        }
        read_to = members.last().map_or(0, |m| m.1);
        // A list with commas that "and" or "or" closes ("Ukraine, Denise Brown, said" and an
        // address's "Toronto, ON Canada, M5A" are none); every name in it a place's.
        let commas = members
            .windows(2)
            .filter(|w| text[w[0].1..w[1].0].starts_with(','))
            .count();
        if !closed
            || commas == 0
            || members
                .iter()
                .any(|m| m.2.is_some_and(|i| !is_place(&spans[i])))
        {
            continue;
        }
        // The first member, if no name: not the sentence's first word.
        for (n, &(start, end, span)) in members.iter().enumerate() {
            if span.is_none() && !(n == 0 && opens_sentence(text, start)) {
                out.push(Span {
                    start,
                    end,
                    what: What::Cue {
                        kind: EntityType::Place,
                        cue: LISTED,
                    },
                });
            }
        }
    }
    sort::sort_by(out, |a, b| a.start.cmp(&b.start));
}

/// Whether byte `at` of `text` opens a sentence: nothing but spaces before it, or the end of
/// one (a full stop, "!", "?") or an opening quotation mark.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201c}'])
}

/// Titles and ranks, which a capitalised word after "and" often is ("Kharkiv and Governor …").
const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "General",
    "Colonel",
    "Lieutenant",
    "Major",
    "Captain",
    "Sergeant",
    "Commander",
    "Governor",
    "Mayor",
    "Spokesman",
    "Spokeswoman",
    "Deputy",
    "Chief",
    "Police",
    "Officials",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    // Abbreviated ranks and offices ("Lt. Col. Denys Prokopenko", "Sen. Lindsey Graham").
    "Lt",
    "Col",
    "Gen",
    "Maj",
    "Capt",
    "Sgt",
    "Cmdr",
    "Adm",
    "Brig",
    "Sen",
    "Rep",
    "Gov",
    "Amb",
    "Prof",
];

/// Words that type the capitalised name after them, when no table knows it.
const CUES: &[(&str, EntityType)] = &[
    ("village of", EntityType::Place),
    ("villages of", EntityType::Place),
    ("town of", EntityType::Place),
    ("city of", EntityType::Place),
    ("settlement of", EntityType::Place),
    ("settlement", EntityType::Place),
    ("hamlet of", EntityType::Place),
    ("outskirts of", EntityType::Place),
    ("near", EntityType::Place),
    ("president", EntityType::Person),
    ("prime minister", EntityType::Person),
    ("minister", EntityType::Person),
    ("spokesman", EntityType::Person),
    ("spokeswoman", EntityType::Person),
    ("spokesperson", EntityType::Person),
    ("general", EntityType::Person),
    ("colonel", EntityType::Person),
    ("commander", EntityType::Person),
    ("governor", EntityType::Person),
    ("gov.", EntityType::Person),
    // Abbreviated ranks and titles ("Gen. Metin Gurak", "Lt. Gen. …", "Sen. …"; not "Maj.",
    // which folds as "May").
    ("gen.", EntityType::Person),
    ("col.", EntityType::Person),
    ("sen.", EntityType::Person),
    ("rep.", EntityType::Person),
    ("ombudsman", EntityType::Person),
    ("commissioner", EntityType::Person),
    ("mayor", EntityType::Person),
    ("adviser", EntityType::Person),
    ("advisor", EntityType::Person),
    ("poet", EntityType::Person),
    ("photographer", EntityType::Person),
    ("correspondent", EntityType::Person),
    ("analyst", EntityType::Person),
    ("blogger", EntityType::Person),
    ("journalist", EntityType::Person),
    ("writer", EntityType::Person),
    ("reporter", EntityType::Person),
    ("editor", EntityType::Person),
    ("researcher", EntityType::Person),
    ("historian", EntityType::Person),
    ("activist", EntityType::Person),
    ("lawmaker", EntityType::Person),
    ("senator", EntityType::Person),
    ("ambassador", EntityType::Person),
    ("crown prince", EntityType::Person),
    ("prince", EntityType::Person),
    ("speaker", EntityType::Person),
    ("chancellor", EntityType::Person),
    ("envoy", EntityType::Person),
    ("prosecutor", EntityType::Person),
    ("charity", EntityType::Org),
    ("foundation", EntityType::Org),
    ("organisation", EntityType::Org),
    ("organization", EntityType::Org),
    ("ngo", EntityType::Org),
    ("company", EntityType::Org),
    ("party", EntityType::Org),
    ("movement", EntityType::Org),
    ("battalion", EntityType::Org),
    ("volunteer group", EntityType::Org),
    ("rights group", EntityType::Org),
];

/// The cues as folded tokens, indexed by their first token, once.
type CueIndex = FnvMap<String, Vec<(Vec<String>, EntityType, &'static str)>>;

fn cue_tokens() -> &'static CueIndex {
    static CUE_TOKENS: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    CUE_TOKENS.get_or_init(|| {
        let mut index = CueIndex::default();
        for &(c, k) in CUES {
            let tokens: Vec<String> = fold::key(c).split(' ').map(str::to_string).collect();
            index
                .entry(tokens[0].clone())
                .or_default()
                .push((tokens, k, c));
        }
        index
    })
}

/// Which lengths the cues' first tokens have, by first two letters ([`Heads`]): most words are
/// ruled out without hashing them.
fn cue_heads() -> &'static Heads {
    static HEADS: std::sync::OnceLock<Heads> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| heads(cue_tokens().keys().map(String::as_str)))
}

/// Which lengths a list's words have, by their first two bytes: bit `len` (capped at 31) of
/// slot [`head_slot`] of the first two bytes. Two letters have a slot of their own; a word of
/// one byte has 0 for its second.
type Heads = [u32; 1024];

/// The slot in [`Heads`] of a word's first two bytes: their low five bits each.
#[inline(always)]
fn head_slot(first: u8, second: u8) -> usize {
    usize::from(first & 0x1F) << 5 | usize::from(second & 0x1F)
}

/// The [`Heads`] of `words`.
fn heads<'a>(words: impl Iterator<Item = &'a str>) -> Heads {
    let mut heads = [0u32; 1024];
    for w in words {
        if let Some(&first) = w.as_bytes().first() {
            let second = w.as_bytes().get(1).copied().unwrap_or(0);
            heads[head_slot(first, second)] |= 1 << w.len().min(31);
        }
    }
    heads
}

/// Whether a word of these first two bytes and length ([`fold::Folded::head`]) may be one of
/// the words `heads` was made from.
#[inline(always)]
fn may_be(heads: &Heads, (first, second, len): (u8, u8, usize)) -> bool {
    heads[head_slot(first, second)] >> len.min(31) & 1 == 1
}

/// Names no table lists, typed by a cue before them: "the village of Hrakove", "the
/// settlement, Shevchenkove", "spokesman Ivan Petrenko". The name is up to three capitalised
/// words, one space apart.
fn cued_names(text: &str, folded: &fold::Folded, leads: &fold::Leads, out: &mut Vec<Span>) {
    let (words, caps, capitalised) = (folded.spans(), &leads.caps[..], &leads.capitalised[..]);
    let index = cue_tokens();
    let heads = cue_heads();
    // Cues are followed by a capitalised name within two words: only the two words before
    // each capitalised one are read (each once), and most of those are ruled out by their
    // first two letters and length.
    let mut read = 0;
    for &c in capitalised {
        for i in (c as usize).saturating_sub(2).max(read)..c as usize {
            read = i + 1;
            if !may_be(heads, folded.head(&words[i])) {
                continue;
            }
            let Some(cues) = index.get(folded.word(&words[i])) else {
                continue;
            };
            for (tokens, kind, cue) in cues {
                let n = tokens.len();
                if i + n >= words.len()
                    || !tokens
                        .iter()
                        .zip(&words[i..i + n])
                        .all(|(t, w)| t == folded.word(w))
                {
                    continue;
                }
                // The cue itself is lower case in running text ("the village of", "the charity").
                if caps[i] && *kind != EntityType::Person {
                    continue;
                }
                let cue_end = words[i + n - 1].end();
                let (s, mut e) = (words[i + n].start(), words[i + n].end());
                let gap = &text[cue_end..s];
                // (After an abbreviation, its full stop: "Gen. Metin Gurak".)
                let abbreviated = cue.ends_with('.') && gap == ". ";
                if !(gap == " " || gap == ", " || abbreviated)
                    || !caps[i + n]
                    || STOP_CAPS.contains(&&text[s..e])
                {
                    continue;
                }
                // "the General Staff", "the General Prosecutor": a body or an office, not a name;
                // nor is a title ("the Prosecutor General's Office", "Prosecutor General X", whose
                // name the given-name rule or the tables find).
                let first = &text[s..e];
                if *kind == EntityType::Person
                    && (BODY_HEADS.contains(&first)
                        || NOT_NAMES.contains(&first)
                        || TITLES.contains(&first))
                {
                    continue;
                }
                let mut j = i + n + 1;
                // An organisation's name may hold small words between its capitalised ones ("the
                // charity Right to Protection", "the party Servant of the People").
                const SMALL: [&str; 5] = ["to", "of", "for", "the", "and"];
                let org = *kind == EntityType::Org;
                let mut last = i + n + 3;
                while j < words.len() && j < last {
                    let (ws, we) = (words[j].start(), words[j].end());
                    let gap = &text[e..ws];
                    // Small words are taken only with the capitalised word after them.
                    // A person's name may hold particles ("Mohammed bin Salman", "Ursula von der
                    // Leyen").
                    const PARTICLES: [&str; 8] =
                        ["bin", "ibn", "al", "van", "von", "de", "der", "da"];
                    let small = if org { &SMALL[..] } else { &PARTICLES[..] };
                    let bridging = org || *kind == EntityType::Person;
                    let bridged = bridging
                        && gap.len() > 2
                        && gap.starts_with(' ')
                        && gap.ends_with(' ')
                        && gap.trim().split(' ').all(|w| small.contains(&w));
                    let joined = matches!(gap, " " | "-") || bridged;
                    if bridging && !caps[j] && small.contains(&&text[ws..we]) && joined {
                        last += 1;
                        j += 1;
                        continue;
                    }
                    if !joined || !caps[j] || STOP_CAPS.contains(&&text[ws..we]) {
                        break;
                    }
                    e = we;
                    j += 1;
                }
                if dates::month_from_word(&text[s..e]).is_none() {
                    out.push(Span {
                        start: s,
                        end: e,
                        what: What::Cue { kind: *kind, cue },
                    });
                }
                break;
            }
        }
    }
}

/// People named by a given name, with the capitalised words that follow it as a surname:
/// "Nina Honchar", "Taras Shevchenko", "Maria", "Oleksandr". Works on the block's folded text
/// (so "Valeriy" and "Valerii" are one given name) and checks capitals in the original.
fn people_by_given_name(
    text: &str,
    folded: &fold::Folded,
    caps: &[bool],
    capitalised: &[u32],
    out: &mut Vec<Span>,
) {
    let words = folded.spans();
    let (names, heads) = given_names();
    let mut capitals = Capitals::new(capitalised);
    let mut i = 0;
    while let Some(c) = capitals.from(i) {
        i = c;
        if !may_be(heads, folded.head(&words[i])) || !names.contains(folded.word(&words[i])) {
            i += 1;
            continue;
        }
        let (s, e) = (words[i].start(), words[i].end());
        // Surname: up to two more capitalised words, one space apart.
        let mut end = e;
        let mut j = i + 1;
        while j < words.len() && j <= i + 2 {
            let (ws, we) = (words[j].start(), words[j].end());
            let token = folded.word(&words[j]);
            let w = &text[ws..we];
            if !(matches!(&text[end..ws], " " | "-") || is_middle_initial(&text[end..ws]))
                || !caps[j]
                || dates::month_from_word(w).is_some()
                || STOP_CAPS.contains(&w)
                || REGION_WORDS.contains(&token)
            {
                break;
            }
            end = we;
            j += 1;
        }
        // "Vladimir Oblast", "the Vladimir region": a region named for its city.
        if words
            .get(j)
            .is_some_and(|w| w.start() == end + 1 && REGION_WORDS.contains(&folded.word(w)))
        {
            i = j;
            continue;
        }
        // A given name alone after "St"/"Saint" is a church's or a square's name ("the Church
        // of St Andrew"), before "the Great" a ruler's, before "missile" a weapon's ("Olkha",
        // which folds as "Olha"): none a person in the news.
        let alone = j == i + 1;
        let saint = ["St ", "St. ", "Saint "]
            .iter()
            .any(|t| text[..s].ends_with(t));
        let epithet = matches!(text.as_bytes().get(e..e + 5), Some(b" the "))
            && text[e..].starts_with(" the Great");
        // "two Olkha missiles": a weapon's name.
        let weapon = [
            " missile",
            " rocket",
            " drone",
            " launcher",
            " system",
            " tank",
            " howitzer",
        ]
        .iter()
        .any(|w| text[e..].starts_with(w));
        if !(alone && (saint || epithet || weapon)) {
            out.push(Span {
                start: s,
                end,
                what: What::Person { local: alone },
            });
        }
        i = j;
    }
}

/// Whether `given` (the given name that starts a person's name the rules found, up to a listed
/// person's name matched after it: "Eleanor " of "Eleanor Vance") is one of the given names of
/// the people `pattern` names, in some spelling (Ukrainian, Russian and English spellings of one
/// name count as one): `Some(true)` when it is one of every such person's ("Sergei " before
/// "Lysak", listed as Serhii Lysak; "Vladimir " before "Zelensky"), `Some(false)` when it is
/// none of any's (someone else: "Eleanor Vance" is not JD Vance), `None` when it is no single
/// word or `pattern` names anything but people.
fn given_before(g: &Gazetteer, pattern: usize, given: &str) -> Option<bool> {
    let given = given.trim_end();
    if given.is_empty() || given.contains(' ') {
        return None;
    }
    let key = fold::key(given);
    let group = given_group(&key);
    let mut answers = g.candidates(pattern).map(|e| {
        (e.kind == EntityType::Person).then(|| {
            e.names()
                .filter_map(|n| n.split_once(' ').map(|(first, _)| fold::key(first)))
                .any(|first| first == key || group.is_some() && given_group(&first) == group)
        })
    });
    let first = answers.next().flatten()?;
    answers.all(|a| a == Some(first)).then_some(first)
}

/// The listed people a name (folded) no table lists is, by another spelling of the given
/// name: "sergei lisak" is Serhii Lysak, listed as "Serhii Lysak" and "Serhiy Lysak". The
/// rest of the name must fold as one of the person's names does after its given name, and the
/// given names must be spellings of one name (see [`GIVEN_GROUPS`]): "Alexei Kuleba" is not
/// Dmytro Kuleba.
pub fn people_by_other_given_name<'g>(g: &'g Gazetteer, key: &str) -> Vec<&'g Entity> {
    let Some((given, rest)) = key.split_once(' ') else {
        return Vec::new();
    };
    let Some(group) = given_group(given) else {
        return Vec::new();
    };
    // The surname as spelled, and with Ukrainian "h" for Russian "g" or the reverse ("Serhii
    // Shoihu" is Sergei Shoigu; "Andrei Sibiga" Andrii Sybiha).
    let swap = |from: u8, to: u8| -> String {
        let b = rest.as_bytes();
        let swapped: Vec<u8> = (0..b.len())
            .map(|i| {
                let digraph = i > 0 && matches!(b[i - 1], b'k' | b'z' | b's' | b'c');
                if b[i] == from && !(from == b'h' && digraph) {
                    to
                } else {
                    b[i]
                }
            })
            .collect();
        String::from_utf8(swapped).unwrap_or_default()
    };
    [rest.to_string(), swap(b'h', b'g'), swap(b'g', b'h')]
        .iter()
        .map(|rest| {
            let mut found: Vec<&Entity> = Vec::new();
            for (e, first) in g.people_named_after_first_word(rest) {
                if given_group(first) == Some(group) && !found.iter().any(|f| std::ptr::eq(*f, e)) {
                    found.push(e);
                }
            }
            found
        })
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

/// Which group of one given name's spellings a folded given name is in (Ukrainian, Russian
/// and English forms: "volodimir", "vladimir"), if any.
fn given_group(key: &str) -> Option<usize> {
    static GROUPS: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    GROUPS
        .get_or_init(|| {
            GIVEN_GROUPS
                .split(';')
                .map(|g| g.split(' ').map(fold::key).collect())
                .collect()
        })
        .iter()
        .position(|g| g.iter().any(|n| n == key))
}

/// Given names that are one name in their Ukrainian, Russian and English spellings, a group
/// apart by ";" (folded when first used).
const GIVEN_GROUPS: &str = concat!(
    "Oleksandr Alexander Aleksandr Alexandr;Volodymyr Vladimir;Serhiy Sergei Sergey Sergiy;",
    "Oleksiy Alexei Aleksei Alexey;Andriy Andrei Andrey Andrew;Dmytro Dmitry Dmitri;",
    "Mykola Nikolai Nikolay;Mykhailo Mikhail Michael Mike;Yuriy Yuri Yury;Hryhoriy Grigory;",
    "Kyrylo Kirill;Vitaliy Vitaly;Valeriy Valery;Yevhen Yevgeny Evgeny;Ihor Igor;Oleh Oleg;",
    "Petro Pyotr Peter;Pavlo Pavel Paul;Fedir Fyodor;Heorhiy Georgy George;Yakiv Yakov;",
    "Ivan John;Vasyl Vasily;Anatoliy Anatoly;Kostiantyn Konstantin;Viacheslav Vyacheslav;",
    "Olena Yelena Elena Helen;Olha Olga;Tetiana Tatiana Tatyana;Nataliia Natalia Natalya;",
    "Iryna Irina;Yuliia Yulia Julia;Liudmyla Lyudmila;Halyna Galina;Svitlana Svetlana;",
    "Kateryna Yekaterina Ekaterina Catherine;Hanna Anna;Mariia Maria Mary;Daria Darya;",
    "Marharyta Margarita;Rustem Rustam;Borys Boris;Denys Denis;Maksym Maxim Maksim;",
    "Vadym Vadim;Hennadiy Gennady Gennadiy;Steve Steven Stephen;Antony Anthony Tony;",
    "Robert Bob;William Bill;Richard Dick;Joseph Joe;Kristi Kristine",
);

/// Whether a word is a given name Lede knows ("Jane", "Oleksandr", "Valeriy").
pub fn is_given_name(word: &str) -> bool {
    given_names().0.contains(fold::key(word).as_str())
}

/// The given names, and their [`heads`].
fn given_names() -> &'static (FnvSet<Box<str>>, Heads) {
    static SET: std::sync::OnceLock<(FnvSet<Box<str>>, Heads)> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        // Folded as the text is ("Emma" is "ema" there, "Nancy" "nanci"): a name is listed as
        // it is written.
        let folded = fold::fold(GIVEN_NAMES);
        let names: FnvSet<Box<str>> = folded.words().map(|(w, ..)| w.into()).collect();
        let heads = heads(names.iter().map(|w| &**w));
        (names, heads)
    })
}

/// Words (folded) that make the name before them a region's: not a person's surname.
const REGION_WORDS: &[&str] = &["oblast", "region", "raion", "krai", "district"];

/// Capitalised words that do not continue a name.
const STOP_CAPS: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "With",
    "From",
    "To",
    "By",
    "As",
    "But",
    "Or",
    "He",
    "She",
    "They",
    "It",
    "His",
    "Her",
    "Their",
    "Ukrainian",
    "Russian",
    "President",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// " S. ": a middle initial between a given name and a surname ("Ivan S. Petrenko").
fn is_middle_initial(gap: &str) -> bool {
    matches!(gap.as_bytes(), [b' ', c, b'.', b' '] if c.is_ascii_uppercase())
}

/// Given names, lower case, as they are written (folded when the set is made): Ukrainian and
/// Russian names in their common romanisations (the fold merges y/i/j variants), and common
/// English and European ones. One string, space-separated: a list of `&str` would add eight
/// bytes a name to the wasm build. Not names that are also common words or places ("will",
/// "may", "grace", "jordan", "georgia", "marine", "christian").
const GIVEN_NAMES: &str = concat!(
    // Ukrainian / Russian, male
    "oleksandr olexandr oleksander alexander aleksandr alexandr sasha volodimir vladimir ",
    "valeri ievhen evgeni yevhen yevgeni evgen serhi sergei sergi andri andrei dmitro ",
    "dmitri mikola nikolai mihailo mihail ivan petro piotr petr oleh oleg ihor igor iuri ",
    "yuri vitali taras bohdan bogdan roman ruslan anatoli vasil vasili viktor victor ",
    "kirilo kiril denis maksim maxim artem artiom pavlo pavel oleksi aleksei alexei ",
    "alexi anton iaroslav yaroslav boris borys henadi genadi stepan vadim ilia ila arsen ",
    "ramzan mikhailo hrihori grigori leonid fedir fiodor yakiv iakiv zakhar zahar nazar ",
    "ostap danilo daniil kostiantin konstantin kostantin valentin vladislav vladislav ",
    "viacheslav viaceslav iosif ramil gleb hlib emil yevgeniy yevgeny matvi timur tymur ",
    "ihnat ignat yehor iehor egor arkadi eduard edward valeri vsevolod rostislav ",
    // Ukrainian / Russian, female
    "maria mariia marina marina nina natalia natalija olena elena ielena yelena irina ",
    "olha olga tetiana tatiana tatiana iulia yulia julia liudmila ludmila halina galina ",
    "svitlana svetlana katerina ekaterina iekaterina yekaterina hanna ana anna oksana ",
    "valentina larisa lesia lesya viktoria victoria ievdokia yevdokia evdokia nadia ",
    "nadiia nadezhda vira vera liubov lubov daria dasha sofia sophia anastasia nastia ",
    "alina ina inna zoia zoya raisa zinaida lidia liudmyla antonina khristina hristina ",
    "kristina ulana iryna irina veronika polina valeria alla ala ludmyla maryna ",
    // English and other names common in war reporting
    "john james michael simon joe joseph antony anthony lloyd jake emmanuel olaf jens ",
    "ursula liz ben mark tom thomas mary jane david peter paul robert william richard ",
    "charles george jennifer linda sarah rishi justin kamala nancy lindsey jeremy dmytro ",
    "rafael antonio josep recep xi kim emma hugo luke max isabelle ",
    "daniel matthew andrew christopher kevin brian steven stephen timothy jonathan jason ",
    "ryan eric adam nicholas samuel benjamin patrick gregory henry martin philip stuart ",
    "neil ian alan colin gordon keith graham nigel karl hans klaus wolfgang pierre jean ",
    "francois jacques luis carlos mario matteo pedro jose andrzej mateusz tomasz marek ",
    "jeffrey scott kenneth ronald donald anders mikael lars johan olivier sergio giorgio ",
    "enrico marco gabriel frederick helen elizabeth susan karen lisa betty sandra ",
    "margaret ashley kimberly michelle amanda melissa stephanie rebecca laura rachel ",
    "catherine kate claire emily hannah lucy sophie charlotte olivia alice anne annalena ",
    "kaja giorgia christine angela kristalina mette sanna ingrid agnieszka katarzyna ",
    "magdalena ewa francesca chiara marta monika samantha heather diane deborah caroline ",
    "louise fiona eleanor nicole natalie jessica victoria valdis zein ned jake tony ",
);

/// Choose among the entities a name could be. Returns the entity and, when there was a choice,
/// what decided it.
fn choose<'g>(
    cands: &[&'g Entity],
    oblasts: &[&str],
    anchors: &[&Entity],
    here: &[&Entity],
    g: &Gazetteer,
) -> (&'g Entity, Option<String>) {
    if let [only] = cands {
        return (only, None);
    }
    let n_all = cands.len();
    let mut reasons: Vec<String> = Vec::new();
    let mut pool: Vec<&Entity> = cands.to_vec();
    // 0. One of them close by a place its paragraph names unambiguously (`here`: "Andriivka,
    //    10km southwest of Bakhmut"): local reporting names neighbours, and that is stronger
    //    than an oblast named somewhere in the article. But a city is not passed over for a
    //    village of its name that happens to be near: where there is one, only the most
    //    prominent count.
    let top = pool.iter().map(|e| e.prominence).max();
    let top_only: Vec<&Entity>;
    let near_pool: &[&Entity] = match top {
        Some(top) if top >= Prominence::City => {
            top_only = pool
                .iter()
                .copied()
                .filter(|e| e.prominence == top)
                .collect();
            &top_only
        }
        _ => &pool,
    };
    if let Some((e, d, near)) = nearest(near_pool, here, true, NEIGHBOURS_KM) {
        return (
            e,
            Some(format!(
                "it is {} km from {near}, which its paragraph names",
                num::fixed(d, 0)
            )),
        );
    }
    // 1. An oblast the article names.
    let in_named: Vec<&Entity> = pool
        .iter()
        .copied()
        .filter(|e| {
            e.admin1
                .as_ref()
                .is_some_and(|a| oblasts.contains(&a.as_str()))
        })
        .collect();
    // (But a town is not passed over for a village of its name there: "Lyman" in an article
    // that names Kharkiv Oblast is still the town in Donetsk Oblast.)
    let best_in_named = in_named.iter().map(|e| e.prominence).max();
    let town_elsewhere = pool.iter().any(|e| {
        e.prominence >= Prominence::Town && best_in_named.is_some_and(|b| e.prominence > b)
    });
    if !in_named.is_empty() && in_named.len() < pool.len() && !town_elsewhere {
        let mut names: Vec<String> = in_named
            .iter()
            .filter_map(|e| g.oblast_of(e).map(|o| o.name.clone()))
            .collect();
        sort::sort_dedup(&mut names);
        reasons.push(format!("the article names {}", names.join(" and ")));
        pool = in_named;
    }
    // 2. Listed people, organisations and curated places before GeoNames-only places.
    let curated: Vec<&Entity> = pool
        .iter()
        .copied()
        .filter(|e| !e.is_geonames_only())
        .collect();
    if !curated.is_empty() && curated.len() < pool.len() {
        reasons.push(format!(
            "it is the best known of the {n_all} places so named (Lede's place table)"
        ));
        pool = curated;
    }
    let done = |e: &'g Entity, reasons: Vec<String>| {
        (e, (!reasons.is_empty()).then(|| reasons.join("; ")))
    };
    if let [only] = pool[..] {
        return done(only, reasons);
    }
    // 3. Nearest to the places the article names unambiguously.
    if let Some((e, d, near)) = nearest(&pool, anchors, false, 150.0) {
        reasons.push(format!(
            "it is {} km from {near}, which the article names",
            num::fixed(d, 0)
        ));
        return done(e, reasons);
    }
    // 4. The most prominent.
    let best = pool
        .iter()
        .copied()
        .max_by_key(|e| e.prominence)
        .unwrap_or(pool[0]);
    reasons.push(format!(
        "it is the most prominent of {} places so named",
        pool.len()
    ));
    done(best, reasons)
}

/// The words that name a country's side in a sentence, for the offices whose bare name
/// ("the Defense Ministry") both Ukraine and Russia have.
const COUNTRY_WORDS: &[(&str, &[&str])] = &[
    (
        "Ukraine",
        &[
            "Ukraine",
            "Ukrainian",
            "Kyiv",
            "Kiev",
            "Zelenskyy",
            "Zelensky",
        ],
    ),
    (
        "Russia",
        &["Russia", "Russian", "Moscow", "Kremlin", "Putin"],
    ),
    ("Britain", &["Britain", "British", "UK", "U.K", "London"]),
];

/// The country an office belongs to, by its name and spellings ("… of Ukraine", "Russian …",
/// "British …").
fn office_country(e: &Entity) -> Option<&'static str> {
    e.names().find_map(country_in)
}

/// The country a name says it is of ("Russia's Defense Ministry", "Ministry of Defence of
/// Ukraine"), if it says one.
fn country_in(name: &str) -> Option<&'static str> {
    name.split([' ', '(', ')', '\'', '’'])
        .find_map(country_of_word)
}

/// Whether a name may be an office both sides have: more than one reading, an organisation.
fn maybe_office(g: &Gazetteer, p: usize) -> bool {
    let mut cands = g.candidates(p);
    cands.next().is_some_and(|e| e.kind == EntityType::Org) && cands.next().is_some()
}

/// The candidates of a name every reading of which is an organisation of a different country
/// ("Defense Ministry": Ukraine's or Russia's), each with its country; or None.
fn offices_of_countries(g: &Gazetteer, p: usize) -> Option<Vec<(&Entity, &'static str)>> {
    let mut all: Vec<(&Entity, &'static str)> = Vec::new();
    for e in g.candidates(p) {
        let country = office_country(e)?;
        if e.kind != EntityType::Org || all.iter().any(|(_, c)| *c == country) {
            return None;
        }
        all.push((e, country));
    }
    Some(all)
}

/// Adjectives of the countries whose offices the tables do not list, with the country: a
/// ministry after one is that country's ("the Japanese Defense Ministry").
const OTHER_DEMONYMS: &[(&str, &str)] = &[
    ("American", "the United States"),
    // "the Royal Navy", "the Royal Air Force".
    ("Royal", "the United Kingdom"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"),
    ("Bulgarian", "Bulgaria"),
    ("Canadian", "Canada"),
    ("Chinese", "China"),
    ("Croatian", "Croatia"),
    ("Czech", "the Czech Republic"),
    ("Danish", "Denmark"),
    ("Dutch", "the Netherlands"),
    ("Estonian", "Estonia"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("Georgian", "Georgia"),
    ("German", "Germany"),
    ("Greek", "Greece"),
    ("Hungarian", "Hungary"),
    ("Indian", "India"),
    ("Iranian", "Iran"),
    ("Israeli", "Israel"),
    ("Italian", "Italy"),
    ("Japanese", "Japan"),
    ("Kazakh", "Kazakhstan"),
    ("Korean", "Korea"),
    ("Latvian", "Latvia"),
    ("Lithuanian", "Lithuania"),
    ("Moldovan", "Moldova"),
    ("Norwegian", "Norway"),
    ("Polish", "Poland"),
    ("Romanian", "Romania"),
    ("Serbian", "Serbia"),
    ("Slovak", "Slovakia"),
    ("Spanish", "Spain"),
    ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"),
    ("Turkish", "Turkey"),
    ("U.S.", "the United States"),
    ("US", "the United States"),
];

/// The owner of an office the tables list for other countries only ("Defense Ministry": Russia's
/// or Ukraine's), when the words beside it name another: a country's possessive or adjective
/// right before it ("Japan's Defense Ministry", "the Lithuanian Defence Ministry"), or a
/// foreign country or city after "in" ("the Defense Ministry in Tokyo").
fn foreign_owner(
    g: &Gazetteer,
    cands: &[(&Entity, &'static str)],
    raw: &str,
    start: usize,
    end: usize,
) -> Option<String> {
    let listed = |country: &str| cands.iter().any(|(_, c)| *c == country);
    // A place the gazetteer gives as a country (or, `city`, a foreign city), not one whose
    // office is listed.
    let foreign = |word: &str, city: bool| {
        let word = word.trim_end_matches('.');
        if word.is_empty() || country_of_word(word).is_some_and(listed) {
            return None;
        }
        g.lookup_key(&fold::key(word))
            .iter()
            .find(|e| e.subtype == "country" || city && e.subtype == "foreign-city")
            .map(|e| e.name.clone())
    };
    let word_before = word_before(raw, start);
    if let Some(country) = without_possessive(word_before).and_then(|w| foreign(w, false)) {
        return Some(country);
    }
    if let Some(&(_, country)) = OTHER_DEMONYMS.iter().find(|(d, _)| *d == word_before)
        && !country_of_word(word_before).is_some_and(listed)
    {
        return Some(country.to_string());
    }
    let rest = raw[end..].strip_prefix(" in ")?;
    let word = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    foreign(word, true)
}

/// The word right before byte `at` (letters, digits, apostrophes and full stops), past spaces.
fn word_before(raw: &str, at: usize) -> &str {
    let before = raw[..at].trim_end_matches(' ');
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '.')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[from..]
}

/// "Japan" of "Japan's" (or "Japan’s").
fn without_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
}

/// Whose office a bare name means ("the Defense Ministry said"): the one the article last named
/// with its country ("Russia's Defense Ministry … The Defense Ministry"), or one placed by
/// "in Kyiv" after it; else the country its paragraph named last before it; else the country
/// the article names most; else, saying so, the first reading.
fn choose_office<'g>(
    g: &Gazetteer,
    cands: &[(&'g Entity, &'static str)],
    raw: &str,
    (block_start, start, end): (usize, usize, usize),
    out: &Annotation,
    counts: &mut Option<[usize; COUNTRY_WORDS.len()]>,
) -> (&'g Entity, String) {
    let pick = |country: &str| cands.iter().find(|(_, c)| *c == country).map(|(e, _)| *e);
    // "Chief of the General Staff Valery Gerasimov": the office of the person named after it.
    if let Some((person, country)) = person_after(g, &raw[end..])
        && let Some(e) = pick(country)
    {
        return (e, format!("{person}, named after it, serves {country}"));
    }
    // "the UK's Ministry of Defence", "the British Defence Ministry".
    let before = word_before(raw, start);
    if let Some(country) = country_of_word(without_possessive(before).unwrap_or(before))
        && let Some(e) = pick(country)
    {
        return (e, format!("“{before}” before it"));
    }
    // "the Foreign Ministry in Kyiv".
    if let Some(rest) = raw[end..].strip_prefix(" in ") {
        let word = &rest[..rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len())];
        if let Some(e) = country_of_word(word).and_then(pick) {
            return (e, format!("“in {word}” after it"));
        }
    }
    if let Some((e, m)) = out.mentions.iter().rev().find_map(|m| {
        cands
            .iter()
            .find(|(c, _)| *c.id == *m.entity && country_in(&m.text).is_some())
            .map(|(c, _)| (*c, m))
    }) {
        return (e, format!("the article named it before as “{}”", m.text));
    }
    // The reading of its earlier mention in the paragraph: one office, however the sentences
    // around it go ("The General Staff reported … Russian losses, according to the General
    // Staff").
    let mut in_paragraph = out
        .mentions
        .iter()
        .rev()
        .take_while(|m| m.start >= block_start);
    if let Some(e) = in_paragraph.find_map(|m| {
        cands
            .iter()
            .find(|(c, _)| *c.id == *m.entity)
            .map(|(c, _)| *c)
    }) {
        return (
            e,
            "its earlier mention in the paragraph was so read".to_string(),
        );
    }
    // The last country word before it in its paragraph.
    let named = capitalised_words(&raw[block_start..start])
        .filter_map(country_of_word)
        .filter(|c| pick(c).is_some())
        .last();
    if let Some(country) = named
        && let Some(e) = pick(country)
    {
        return (e, format!("the paragraph names {country} before it"));
    }
    let counts = counts.get_or_insert_with(|| {
        let mut n = [0; COUNTRY_WORDS.len()];
        for country in capitalised_words(raw).filter_map(country_of_word) {
            n[country_rank(country)] += 1;
        }
        n
    });
    let count = |country: &str| counts.get(country_rank(country)).copied().unwrap_or(0);
    // (The first of equals, in the order of COUNTRY_WORDS: Ukraine's, then Russia's.)
    let (e, country) = cands
        .iter()
        .copied()
        .max_by_key(|(_, c)| (count(c), std::cmp::Reverse(country_rank(c))))
        .unwrap_or(cands[0]);
    if count(country) == 0 {
        return (
            e,
            format!("the article names no country; {country}'s, the first reading"),
        );
    }
    (e, format!("the article names {country} most"))
}

/// The listed person `after` opens with (one to three capitalised words after a space, perhaps
/// after a role's words: "spokeswoman Maria Zakharova"), and the country they serve, if their
/// description says.
fn person_after<'g>(g: &'g Gazetteer, after: &str) -> Option<(&'g str, &'static str)> {
    const ROLES: &[&str] = &[
        "spokeswoman",
        "spokesman",
        "spokesperson",
        "chief",
        "head",
        "minister",
        "press",
        "secretary",
        "commander",
        "adviser",
        "advisor",
        "official",
    ];
    let rest = after.strip_prefix(' ')?;
    let words: Vec<&str> = rest
        .split(' ')
        .skip_while(|w| ROLES.contains(w))
        .take(3)
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    (1..=words.len()).rev().find_map(|n| {
        let name = words[..n].join(" ");
        let name = name.trim_end_matches([',', '.', ';', ':']);
        match g.lookup_key(&fold::key(name))[..] {
            [e] if e.kind == EntityType::Person => {
                let country = COUNTRY_WORDS
                    .iter()
                    .map(|(c, _)| *c)
                    .find(|c| *c == e.subtype)?;
                Some((e.name.as_str(), country))
            }
            _ => None,
        }
    })
}

/// The capitalised words of `s` (ASCII letters and full stops, from a capital not after a
/// letter): every country word is one. Read as bytes, not characters.
fn capitalised_words(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if b[i].is_ascii_uppercase() && (i == 0 || !b[i - 1].is_ascii_alphabetic()) {
                let start = i;
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'.') {
                    i += 1;
                }
                return Some(&s[start..i]);
            }
            i += 1;
        }
        None
    })
}

/// Where a country stands in [`COUNTRY_WORDS`].
fn country_rank(country: &str) -> usize {
    COUNTRY_WORDS
        .iter()
        .position(|(c, _)| *c == country)
        .unwrap_or(usize::MAX)
}

/// The country a word names ("Kyiv" → Ukraine, "U.K." → Britain), if one of
/// [`COUNTRY_WORDS`] (a full stop after it aside).
fn country_of_word(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    COUNTRY_WORDS
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(c, _)| *c)
}

/// The places named unambiguously in paragraph `bi`.
fn in_paragraph<'g>(placed: &[(&'g Entity, usize)], bi: usize) -> Vec<&'g Entity> {
    placed
        .iter()
        .filter(|(_, b)| *b == bi)
        .map(|(e, _)| *e)
        .collect()
}

/// The oblast named beside a name in its clause, within a few words ("Krasnoye, Lukyantsy and
/// Liptsy in the Kharkov Region", "Kamenskoye in the Zaporozhye Region", "the Kharkiv region's
/// Lyman"): the nearest, if one is no further than [`BESIDE_BYTES`] away with no end of a
/// sentence or clause between; and whether it is right next to it ("X in the Y region", "X,
/// Y region"). `block` and `name` are byte ranges of the raw text.
fn oblast_beside<'g>(
    raw: &str,
    block: (usize, usize),
    name: (usize, usize),
    oblasts_at: &[(usize, usize, &'g Entity)],
) -> Option<(&'g Entity, bool)> {
    // (In text order: the block's are found by bisection.)
    let from = oblasts_at.partition_point(|o| o.0 < block.0);
    let to = oblasts_at.partition_point(|o| o.0 < block.1);
    let here = &oblasts_at[from..to];
    here.iter()
        .enumerate()
        .filter_map(|(k, &(start, end, o))| {
            // "in the Kharkiv and Donetsk regions": a list of oblasts names none alone.
            let listed = |n: Option<&(usize, usize, &Entity)>| {
                n.is_some_and(|n| {
                    let (a, b) = if n.0 >= end { (end, n.0) } else { (n.1, start) };
                    matches!(raw.get(a..b), Some(" and " | ", " | " or " | ", and "))
                })
            };
            if listed(here.get(k + 1)) || (k > 0 && listed(here.get(k - 1))) {
                return None;
            }
            let between = if start >= name.1 {
                &raw[name.1..start]
            } else if end <= name.0 {
                &raw[end..name.0]
            } else {
                return None;
            };
            let ok = between.len() <= BESIDE_BYTES
                && if start >= name.1 {
                    placed_in(between)
                } else {
                    possessed_by(between)
                };
            ok.then_some((between, o))
        })
        .min_by_key(|(between, _)| between.len())
        .map(|(between, o)| (o, next_to(between)))
}

/// A mention of a place the tables lack (`place:~` and its fold key), with why: `said` says
/// why none of the tables' places of the name is meant.
fn push_unlisted_place(
    out: &mut Annotation,
    raw: &str,
    span: (usize, usize),
    said: &str,
    description: &str,
) {
    let text = &raw[span.0..span.1];
    let key = fold::key(text);
    let why = format!("{said}: a place no table lists; its spellings cluster on “{key}”");
    let id = format!("place:~{}", slug(&key));
    push_found(out, raw, span, (&id, EntityType::Place), why.into(), |id| {
        Found::new(id, text.to_string(), EntityType::Place, description)
    });
}

/// Farther than this from every town its paragraph names, a village the tables give is taken
/// for another of its name.
const FAR_KM: f64 = 150.0;

/// The nearest town paragraph `bi` names unambiguously and its distance from `e`, when every
/// one of them (there must be one) is farther than [`FAR_KM`].
fn far_from_its_paragraph<'a>(
    e: &Entity,
    placed: &[(&'a Entity, usize)],
    bi: usize,
) -> Option<(&'a str, f64)> {
    let here = (e.lat?, e.lon?);
    let towns = || {
        placed
            .iter()
            .filter(|(a, b)| *b == bi && a.subtype == "place" && a.name != e.name)
            .filter_map(|(a, _)| Some((a.name.as_str(), (a.lat?, a.lon?))))
    };
    // Most have a town near: found by latitude first, before any trigonometry.
    let reach = FAR_KM / 111.0;
    if towns().any(|(_, at)| (at.0 - here.0).abs() < reach && distance_km(here, at) <= FAR_KM) {
        return None;
    }
    towns()
        .map(|(name, at)| (name, distance_km(here, at)))
        .min_by(|x, y| x.1.total_cmp(&y.1))
}

/// Whether an entity is a Ukrainian city, town or village.
fn is_settlement(e: &Entity) -> bool {
    matches!(
        e.subtype.as_str(),
        "place" | "city" | "town" | "village" | "oblast-centre" | "capital"
    ) && e.admin1.is_some()
}

/// How far an oblast named beside a place may be, in bytes: a short list of villages.
const BESIDE_BYTES: usize = 80;

/// Whether the words between a name and an oblast after it put the name in the oblast: a
/// comma, "in (the)" or "of the" last, and before that only more names ("Krasnoye, Lukyantsy
/// and Liptsy in the"), not "toward Kreminna, in the" or "areas to the".
fn placed_in(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let names = match words[..] {
        [] => return between.trim() == ",",
        [ref rest @ .., "in"] | [ref rest @ .., "in" | "of", "the"] => rest,
        _ => return false,
    };
    in_apposition(between)
        || names
            .iter()
            .all(|w| matches!(*w, "and" | "or") || w.starts_with(|c: char| c.is_uppercase()))
}

/// Whether the words between a name and an oblast after it say what the name is, in
/// apposition: ", a town in Lviv Oblast", ", a small frontline village in the Donetsk region".
fn in_apposition(between: &str) -> bool {
    let Some(rest) = between.trim_start().strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let words = match words[..] {
        [ref w @ .., "in"] | [ref w @ .., "in", "the"] => w,
        _ => return false,
    };
    matches!(
        words,
        [article, adjectives @ .., noun]
            if matches!(*article, "a" | "an" | "the")
                && matches!(
                    *noun,
                    "town" | "village" | "city" | "settlement" | "hamlet" | "port" | "suburb"
                )
                && adjectives.len() <= 2
                && adjectives.iter().all(|w| w.starts_with(char::is_lowercase))
    )
}

/// Whether the words between an oblast and a name after it make the name the oblast's: "the
/// Kharkiv region's Lyman", "the Kharkiv region's village of Krasne".
fn possessed_by(between: &str) -> bool {
    let rest = between
        .strip_prefix("'s ")
        .or_else(|| between.strip_prefix("’s "));
    rest.is_some_and(|r| {
        matches!(
            r.trim(),
            "" | "village of" | "town of" | "city of" | "settlement of"
        )
    })
}

/// Whether the words between a name and an oblast put them right next to each other: "in
/// the", "of the", a comma, a possessive.
fn next_to(between: &str) -> bool {
    matches!(
        between.trim().to_ascii_lowercase().as_str(),
        "" | "," | "in" | "in the" | "of" | "of the" | "'s" | "’s"
    ) || possessed_by(between)
        || in_apposition(between)
}

/// The reading of pattern `p` that lies in `oblast`, and why, when its readings lie in more
/// than one oblast or none there: among them the most prominent; else a place of the same name
/// in that oblast that the pattern's own spelling does not reach ("Kamenskoye" is listed for
/// the city of Kamianske; one in Zaporizhzhia Oblast has the same name). A town or city is
/// passed over for a village only when the oblast is right next to the name (`next_to`: "Lyman in the
/// Kharkiv region", not "Lyman, Kupiansk and Izium in the Kharkiv region"). When none of its
/// readings is there, `Err` with how many there are: a place the tables lack ("Krasnoye … in
/// the Kharkov Region", where no Krasne of the tables lies).
fn choose_in_oblast<'g>(
    g: &'g Gazetteer,
    p: usize,
    oblast: &Entity,
    next_to: bool,
) -> Option<Result<(&'g Entity, String), usize>> {
    let a = oblast.admin1.as_deref()?;
    let settlement = |e: &&Entity| is_settlement(e);
    let cands: Vec<&Entity> = g.candidates(p).filter(settlement).collect();
    // (Every Ukrainian reading in that oblast: no choice to make among them, unless a place
    // abroad shares the name: "Ivanove in Odesa Oblast" is not Russia's Ivanovo.)
    let abroad = g.candidates(p).any(|e| !is_settlement(e));
    if cands.is_empty() || (cands.iter().all(|e| e.admin1.as_deref() == Some(a)) && !abroad) {
        return None;
    }
    let mut inside: Vec<&Entity> = cands
        .iter()
        .copied()
        .filter(|e| e.admin1.as_deref() == Some(a))
        .collect();
    if inside.is_empty() {
        for e in &cands {
            inside.extend(
                g.lookup_key(&fold::key(&e.name))
                    .into_iter()
                    .filter(settlement)
                    .filter(|e| e.admin1.as_deref() == Some(a)),
            );
        }
    }
    let outshone = |than: Prominence| {
        !next_to
            && cands
                .iter()
                .any(|e| e.prominence >= Prominence::Town && e.prominence > than)
    };
    let Some(best) = inside.iter().copied().max_by_key(|e| e.prominence) else {
        // None of them is there: a place the tables lack, unless a city is meant or the name
        // has one reading only (a known place, named in a list that ends in another oblast).
        return ((cands.len() > 1 || abroad) && !outshone(Prominence::Unknown))
            .then_some(Err(g.candidates(p).count()));
    };
    if outshone(best.prominence) {
        // The town, whose name a list of places in another oblast may well hold.
        let town = cands.iter().copied().max_by_key(|e| e.prominence)?;
        return Some(Ok((
            town,
            format!(
                "it is the best known of the {} places so named; none in {} is as well known",
                cands.len(),
                oblast.name
            ),
        )));
    }
    Some(Ok((
        best,
        format!("the oblast named beside it is {}", oblast.name),
    )))
}

/// Within this distance of a place its paragraph names, a place is taken for its neighbour.
const NEIGHBOURS_KM: f64 = 25.0;

/// The one of `pool` nearest to a place the article names (other than itself; only towns
/// and villages if `towns`, not regions by their middle) and within `within_km` of it, with
/// the distance and that place's name.
fn nearest<'g, 'a>(
    pool: &[&'g Entity],
    anchors: &[&'a Entity],
    towns: bool,
    within_km: f64,
) -> Option<(&'g Entity, f64, &'a str)> {
    // A degree of latitude is 111 km: places further apart in latitude alone are passed over
    // before any trigonometry.
    let reach = within_km / 111.0;
    pool.iter()
        .filter_map(|e| {
            let here = (e.lat?, e.lon?);
            anchors
                .iter()
                .filter(|a| a.name != e.name && (!towns || a.subtype == "place"))
                .filter_map(|a| {
                    let there = (a.lat?, a.lon?);
                    ((here.0 - there.0).abs() < reach)
                        .then(|| (distance_km(here, there), a.name.as_str()))
                })
                .filter(|(d, _)| *d < within_km)
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(d, name)| (*e, d, name))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

/// Why `text` names `e`: its canonical name, a listed spelling, or a variant of one.
fn explain(g: &Gazetteer, p: usize, e: &Entity, text: &str, context: Option<&str>) -> String {
    // "Sergei Lysak" for "Lysak": a given name before the listed name (see `recognise`).
    if let Some((given, named)) = text.split_once(' ')
        && e.kind == EntityType::Person
        && text.split(' ').count() > g.key(p).split(' ').count()
    {
        return format!(
            "{}; “{given}” before it: another spelling of {}'s given name",
            explain(g, p, e, named, context),
            e.name
        );
    }
    let (form, origin) = g.form(p, e);
    let mut why = match origin {
        None if form.eq_ignore_ascii_case(text) => "canonical name".to_string(),
        Some(o) if form.eq_ignore_ascii_case(text) => format!("listed spelling ({o})"),
        None => format!(
            "a spelling variant of “{form}”: the same after folding (“{}”)",
            g.key(p)
        ),
        Some(o) => format!(
            "a spelling variant of “{form}” ({o}): the same after folding (“{}”)",
            g.key(p)
        ),
    };
    if let Some(c) = context {
        why.push_str("; chosen because ");
        why.push_str(c);
    }
    why
}

/// Dates and figures in the running text.
/// `figures`: where figures may start in each annotated block, as its fold found them (see
/// [`Buffers`]); without them, the figures' scan finds them itself.
fn dates_and_figures(
    raw: &str,
    article: &Article,
    figures: Option<(&[u32], &[std::ops::Range<usize>])>,
    out: &mut Annotation,
) {
    // The article's date: its publication's, or failing that its update's (a page may show
    // only "Updated 6:12 PM EDT, Sat June 24, 2023").
    let anchor: Option<Date> = article.published.or(article.updated).map(|p| p.date);
    // A weekday the text names as past counts back from the update when the article was
    // updated within the week: the text as it stands was written then ("June 27 … / Updated
    // June 28": its "on Tuesday" is the 28th, not the 21st). Only the days between the two
    // read differently.
    let updated_within_week = match (article.published, article.updated) {
        (Some(p), Some(u))
            if (1..7).contains(&(u.date.days_since_epoch() - p.date.days_since_epoch())) =>
        {
            Some(u.date)
        }
        _ => None,
    };
    // Without a stated date, a year may still be evidenced by the text itself.
    let inferred = anchor.is_none().then(|| infer_year(raw, article)).flatten();
    // The whys every date of a kind shares, each made once an article: the inferred year's,
    // a full date's, the article's year's, no year's, a month's, a year's alone.
    let mut whys: [Option<Shared>; 6] = Default::default();
    let mut why = |slot: usize, make: &dyn Fn() -> String| -> Shared {
        whys[slot].get_or_insert_with(|| make().into()).clone()
    };
    // Relative days' whys (by the words and the date they name), each made once an article.
    let mut relative_whys: Vec<(&str, Date, u8, Shared)> = Vec::new();
    // The buffers below, kept from one article to the next (see DateBuffers).
    thread_local! {
        static BUFFERS: std::cell::RefCell<DateBuffers> = std::cell::RefCell::default();
    }
    let mut buffers = BUFFERS.with(|b| b.take());
    let DateBuffers {
        id,
        date_spans,
        unit_words,
        periods,
        found,
        date_words,
        days_named,
        relative,
        quantities,
    } = &mut buffers;
    let holidays = dates::may_name_a_holiday(raw);
    // Where the block before this one starts: a day counted from another counts from the last
    // day named in its block or the one before.
    let mut block_before = 0;
    for (k, b) in article
        .blocks
        .iter()
        .filter(|b| b.kind.is_annotated())
        .enumerate()
    {
        let text = &raw[b.start..b.end];
        date_spans.clear();
        let since = std::mem::replace(&mut block_before, b.start);
        // (Every relative day's word has "day" in it but "tomorrow": most paragraphs are
        // passed over after one search.)
        let has_day = text::finder!("day").find(text.as_bytes()).is_some();
        // (Holidays' days too: "on Christmas Day", "on Victory Day".)
        dates::scan_dates_into(text, found, date_words);
        if holidays {
            found.extend(dates::scan_holidays(text));
        }
        // Without the article's date, the paragraph's full dates: a day and month without a
        // year takes its year from the nearest ("sank on 14 April 2022 … late on 13 April").
        let full: Vec<(usize, Date, usize)> = if anchor.is_none() {
            found
                .iter()
                .filter_map(|m| {
                    let date = Date::new(m.date.year?, m.date.month, m.date.day?)?;
                    Some((m.start, date, m.end))
                })
                .collect()
        } else {
            Vec::new()
        };
        for &m in found.iter() {
            date_spans.push((m.start, m.end));
            // What it names (its ISO form the id's and the value's, and its name), and why.
            let (dated, why) = match (m.date.year, m.date.day, anchor) {
                (None, Some(d), None) if inferred.is_some() => {
                    let (year, evidence) = inferred.as_ref().expect("checked");
                    let Some(date) = Date::new(*year, m.date.month, d) else {
                        continue;
                    };
                    (
                        Dated::Day(date),
                        why(0, &|| format!("the article states no year; {evidence}")),
                    )
                }
                (Some(y), Some(d), _) => {
                    let dated =
                        Date::new(y, m.date.month, d).map_or(Dated::NoSuchDay(m.date), Dated::Day);
                    (dated, why(1, &|| "a full date".to_string()))
                }
                // "July 2022".
                (Some(_), None, _) => (
                    Dated::Partial(m.date),
                    why(4, &|| "a month and its year".to_string()),
                ),
                (None, Some(d), Some(a)) => match dates::year_near(a, m.date.month, d) {
                    Some(date) if date.year == a.year => (
                        Dated::Day(date),
                        why(2, &|| format!("year from the article's date ({})", a.iso())),
                    ),
                    Some(date) => (
                        Dated::Day(date),
                        format!(
                            "year from the article's date ({}): {} {} would be months away \
                             from it, {} is not",
                            a.iso(),
                            m.date,
                            a.year,
                            date.year
                        )
                        .into(),
                    ),
                    None => continue,
                },
                (None, Some(d), None)
                    if let Some(&(at, near, end)) =
                        full.iter().min_by_key(|(at, ..)| at.abs_diff(m.start))
                        && let Some(date) = dates::year_near(near, m.date.month, d) =>
                {
                    (
                        Dated::Day(date),
                        format!(
                            "the article states no date; year from “{}”, the full date nearest \
                             it in its paragraph",
                            &text[at..end]
                        )
                        .into(),
                    )
                }
                _ => (
                    Dated::YearNotStated(m.date),
                    why(3, &|| "the article states no year".to_string()),
                ),
            };
            let span = (b.start + m.start, b.start + m.end);
            if let Dated::Day(date) = dated {
                days_named.push((span.0, date));
            }
            push_date(out, raw, span, id, dated, why);
        }
        // The month and year of the last month found, for a month joined to it ("from March
        // to May").
        let mut last_month: Option<(u8, i32)> = None;
        unit_words.clear();
        dates::scan_periods_noting_units(text, unit_words, periods);
        for &p in periods.iter() {
            // What it names and why.
            let (dated, why) = match (p.month, p.year) {
                (Some(month), year) => {
                    let joined = dates::month_year_after(text, p.end);
                    let resolved = match (year, last_month) {
                        (Some(year), _) => {
                            Some((year, why(4, &|| "a month and its year".to_string())))
                        }
                        // "in February and March 2022": the year said once for both (the
                        // year before for "December and January 2023").
                        (None, _) if let Some((m, y)) = joined => Some((
                            y - i32::from(month > m),
                            format!("joined to {} {y} after it", dates::month_name(m)).into(),
                        )),
                        (None, Some((m, y)))
                            if p.linked
                                && matches!(
                                    p.lean,
                                    dates::Lean::Back | dates::Lean::Near | dates::Lean::Since
                                ) =>
                        {
                            let year = y + i32::from(month < m);
                            Some((
                                year,
                                format!("joined to {} {y} before it", dates::month_name(m)).into(),
                            ))
                        }
                        _ => {
                            month_year(month, p.lean, &text[..p.start], anchor, &inferred, &mut why)
                        }
                    };
                    let Some((year, why)) = resolved else {
                        continue;
                    };
                    last_month = Some((month, year));
                    let date = dates::PartialDate {
                        year: Some(year),
                        month,
                        day: None,
                    };
                    (Dated::Partial(date), why)
                }
                (None, Some(year)) => (
                    Dated::Year(i64::from(year)),
                    why(5, &|| "a year named alone".to_string()),
                ),
                (None, None) => continue,
            };
            let span = (b.start + p.start, b.start + p.end);
            push_date(out, raw, span, id, dated, why);
        }
        if let Some(a) = anchor {
            for (s, e, shift, period) in relative_periods(text, unit_words) {
                let dated = match period {
                    Period::Year => Dated::Year(i64::from(a.year + shift)),
                    Period::Month => {
                        let m = i32::from(a.month) - 1 + shift;
                        Dated::Partial(dates::PartialDate {
                            year: Some(a.year + m.div_euclid(12)),
                            month: (m.rem_euclid(12) + 1) as u8,
                            day: None,
                        })
                    }
                    // "last week": the ISO week ("2025-W21"), named by its Monday.
                    Period::Week => {
                        let monday = a.add_days(-i64::from(a.weekday()) + 7 * i64::from(shift));
                        let thursday = monday.add_days(3);
                        let jan1 = dates::Date::new(thursday.year, 1, 1).expect("a day");
                        let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
                        Dated::Week {
                            year: thursday.year,
                            week,
                            monday,
                        }
                    }
                };
                let why = format!("“{}” counted from the article's date ({a})", &text[s..e]);
                let span = (b.start + s, b.start + e);
                push_date(out, raw, span, id, dated, why.into());
            }
        }
        if let Some(a) = anchor
            && (has_day || text::finder!("tomorrow").find(text.as_bytes()).is_some())
        {
            relative_days(text, relative);
            for &(s, e, shift) in relative.iter() {
                // "Thursday, July 20, 2023": the weekday of the full date after it, not one
                // counted from the article's date.
                if matches!(shift, Shift::Weekday(_)) && text[e..].starts_with(", ") {
                    let day = days_named.iter().find(|&&(at, _)| at == b.start + e + 2);
                    if let Some(&(_, date)) = day {
                        let why = format!("the weekday of the date after it ({date})").into();
                        let span = (b.start + s, b.start + e);
                        push_date(out, raw, span, id, Dated::Day(date), why);
                        continue;
                    }
                }
                let words = &text[s..e];
                let (date, kind) = match shift {
                    Shift::Weekday(wd) => match updated_within_week {
                        Some(u) if u.last_weekday(wd) > a => (u.last_weekday(wd), 5),
                        _ => (a.last_weekday(wd), 0),
                    },
                    Shift::LastWeekday(wd) => (a.add_days(-1).last_weekday(wd), 1),
                    Shift::ComingWeekday(wd) => (a.next_weekday(wd), 2),
                    Shift::NextWeekday(wd) => (a.add_days(1).next_weekday(wd), 3),
                    Shift::Days(n) => (a.add_days(n), 4),
                };
                let why = match relative_whys
                    .iter()
                    .find(|(w, d, k, _)| *w == words && *d == date && *k == kind)
                {
                    Some((.., why)) => why.clone(),
                    None => {
                        let why: Shared = match shift {
                            Shift::Weekday(_) if kind == 5 => format!(
                                "the last {words} on or before the article's update ({}), \
                                 written after its first date ({a})",
                                updated_within_week.unwrap_or(a)
                            ),
                            Shift::Weekday(_) => {
                                format!("the last {words} on or before the article's date ({a})")
                            }
                            Shift::LastWeekday(_) => format!(
                                "the last {} before the article's date ({a})",
                                &words["last ".len()..]
                            ),
                            Shift::ComingWeekday(_) => format!(
                                "the first {words} on or after the article's date ({a}): the \
                                 sentence speaks of what is to come"
                            ),
                            Shift::NextWeekday(_) => format!(
                                "the first {} after the article's date ({a})",
                                &words["next ".len()..]
                            ),
                            Shift::Days(_) => {
                                format!("“{words}” counted from the article's date ({a})")
                            }
                        }
                        .into();
                        relative_whys.push((words, date, kind, why.clone()));
                        why
                    }
                };
                days_named.push((b.start + s, date));
                let span = (b.start + s, b.start + e);
                push_date(out, raw, span, id, Dated::Day(date), why);
            }
        }
        // "The next day", "the day before.": a day from the last one named before it, taken
        // in the text's order with the figures' "two days later".
        let mut next = if has_day && text::finder!(" day").find(text.as_bytes()).is_some() {
            next_days(text)
        } else {
            Vec::new()
        }
        .into_iter()
        .peekable();
        let mut next_days_before =
            |upto: usize,
             out: &mut Annotation,
             id: &mut String,
             days_named: &mut Vec<(usize, Date)>| {
                while let Some((s, e, shift)) = next.next_if(|&(s, ..)| s < upto) {
                    let Some(from) = day_named_before(days_named, since, b.start + s) else {
                        continue;
                    };
                    let date = from.add_days(shift);
                    let words = &text[s..e];
                    let why =
                        format!("“{words}”: counted from {from}, the day named before it").into();
                    days_named.push((b.start + s, date));
                    let span = (b.start + s, b.start + e);
                    push_date(out, raw, span, id, Dated::Day(date), why);
                }
            };
        match figures {
            Some((at, blocks)) => {
                quantity::scan_from_into(text, &at[blocks[k].clone()], quantities)
            }
            None => *quantities = quantity::scan(text),
        }
        for q in quantities.iter() {
            if date_spans.iter().any(|&(s, e)| s <= q.start && q.start < e) {
                continue;
            }
            next_days_before(q.start, out, id, days_named);
            let mut span = (b.start + q.start, b.start + q.end);
            if let Some((sign, duration_end)) = q.later {
                // "Two days later", "a year earlier": counted from the last day named before
                // it; without one, the duration alone.
                let from = day_named_before(days_named, since, span.0);
                if let Some((from, shift)) =
                    from.and_then(|from| Some((from, shifted(from, q, sign)?)))
                {
                    let words = &text[q.start..q.end];
                    let why = format!("“{words}”: counted from {from}, the day named before it");
                    push_shifted(out, raw, span, id, shift, why, days_named);
                    continue;
                }
                span.1 = b.start + duration_end;
            }
            if q.ago {
                // "two weeks ago": the day that many days before the article's date; "six
                // months ago" its month, "four years ago" its year. Without the article's
                // date (or for "hours ago"), nothing.
                if let Some(a) = anchor
                    && let Some(shift) = shifted(a, q, -1)
                {
                    let words = &text[q.start..q.end];
                    let why = format!("“{words}” counted from the article's date ({a})");
                    push_shifted(out, raw, span, id, shift, why, days_named);
                }
                continue;
            }
            // The id, "quantity:area-1035.995-km2": its value written into it, and copied for
            // the entity's only when the figure is new.
            let (unit_slug, why) = unit_slug_and_why(q.unit, q.dimension);
            id.clear();
            for part in ["quantity:", q.dimension, "-"] {
                id.push_str(part);
            }
            let value_at = id.len();
            num::push_thousandths(id, (q.value * 1000.0).round() as i64);
            let value_end = id.len();
            id.push('-');
            id.push_str(&unit_slug);
            let why = match q.range_to {
                Some(to) => format!(
                    "the first figure of “{}”, in the unit of the second: {why}",
                    &text[q.start..to]
                )
                .into(),
                None => why.clone(),
            };
            push_found(out, raw, span, (id, EntityType::Quantity), why, |id| {
                Found {
                    value: Some(id[value_at..value_end].to_string()),
                    unit: Some(q.unit),
                    ..Found::new(id, q.label(), EntityType::Quantity, "")
                }
            });
        }
        next_days_before(text.len(), out, id, days_named);
    }
    // (Emptied for the next article; not buffers sized for an article of megabytes, though.)
    days_named.clear();
    if found.capacity() <= 1 << 12 && quantities.capacity() <= 1 << 12 {
        BUFFERS.with(|b| b.replace(buffers));
    }
}

/// The buffers [`dates_and_figures`] fills block by block, kept from one article to the next
/// (each emptied where it is filled).
#[derive(Default)]
struct DateBuffers {
    /// Every mention's id: a mention of an entity already found needs no copy.
    id: String,
    /// The block's dates' spans: a figure does not start inside one ("January 16 and 17
    /// killed": 17 is a day).
    date_spans: Vec<(usize, usize)>,
    /// Where the block's words after a space open with a unit's name (see relative_periods).
    unit_words: Vec<usize>,
    /// The block's months and years named alone.
    periods: Vec<dates::PeriodMention>,
    /// The block's dates, and the words of the text around each number.
    found: Vec<dates::DateMention>,
    date_words: Vec<(usize, usize)>,
    /// The days named so far (where, which): a day counted from another ("two days later",
    /// "the next day") counts from the last of them in its block or the one before.
    days_named: Vec<(usize, Date)>,
    /// The block's days named relative to the article's date (see relative_days).
    relative: Vec<(usize, usize, Shift)>,
    /// The block's figures.
    quantities: Vec<quantity::Quantity>,
}

/// The year of a month named alone ("in January", "since March", "last May") and why: from
/// the article's date, the last such month on or before it (news tells of the past) unless the
/// sentence speaks of what is to come; after "by"/"until" the nearest (no more than three months
/// ahead); or the one "last"/"this"/"next"/"last year" says. Without a date, the year the text
/// evidences. `before` is the text before the month; `why` makes the whys every such month in an
/// article shares.
fn month_year(
    month: u8,
    lean: dates::Lean,
    before: &str,
    anchor: Option<Date>,
    inferred: &Option<(i32, String)>,
    why: &mut dyn FnMut(usize, &dyn Fn() -> String) -> Shared,
) -> Option<(i32, Shared)> {
    use dates::Lean;
    let Some(a) = anchor else {
        let (year, evidence) = inferred
            .as_ref()
            .filter(|_| matches!(lean, Lean::Near | Lean::Back | Lean::Since))?;
        return Some((
            *year,
            why(0, &|| format!("the article states no year; {evidence}")),
        ));
    };
    let name = dates::month_name(month);
    let ahead = i32::from(month) - i32::from(a.month);
    let (year, said) = match lean {
        Lean::Last => (
            a.year - i32::from(ahead >= 0),
            format!("the last {name} before the article's date ({a})"),
        ),
        Lean::Next => (
            a.year + i32::from(ahead <= 0),
            format!("the first {name} after the article's date ({a})"),
        ),
        Lean::This | Lean::Years(0) => {
            (a.year, format!("{name} of the article's year ({})", a.year))
        }
        Lean::Years(years) => (
            a.year + i32::from(years),
            format!(
                "{name} of the year {} the article's ({})",
                if years < 0 { "before" } else { "after" },
                a.year
            ),
        ),
        Lean::Near | Lean::Back if speaks_ahead(before) => (
            a.year + i32::from(ahead < 0),
            format!(
                "the first {name} on or after the article's date ({a}): the sentence speaks of \
                 what is to come"
            ),
        ),
        Lean::Near => (
            match ahead {
                4.. => a.year - 1,
                ..-9 => a.year + 1,
                _ => a.year,
            },
            format!("the {name} nearest the article's date ({a})"),
        ),
        Lean::Back | Lean::Since => (
            a.year - i32::from(ahead > 0),
            format!("the last {name} on or before the article's date ({a})"),
        ),
    };
    Some((year, said.into()))
}

/// The day Russia's full-scale invasion of Ukraine began: "the invasion's 200th day" counts
/// from it.
const INVASION_DAY_ONE: (i32, u8, u8) = (2022, 2, 24);

/// A year the text evidences when the article states no date: "the invasion entered its 200th
/// day on September 11" can only be 2022-09-11. Returns the year and the evidence, said plainly.
fn infer_year(raw: &str, article: &Article) -> Option<(i32, String)> {
    let (y, m, d) = INVASION_DAY_ONE;
    let day_one = Date::new(y, m, d)?;
    for b in article.blocks.iter().filter(|b| b.kind.is_annotated()) {
        let text = &raw[b.start..b.end];
        // Every phrase looked for below is a number, an ordinal's letters and " day" ("200th
        // day"): most paragraphs are passed over without a lower-case copy.
        if !has_ordinal_day(text) {
            continue;
        }
        let lower = text.to_ascii_lowercase();
        if !(lower.contains("invasion") || lower.contains("war")) {
            continue;
        }
        // "its 200th day"
        let bytes = lower.as_bytes();
        for (i, _) in lower
            .match_indices("th day")
            .chain(lower.match_indices("st day"))
            .chain(lower.match_indices("nd day"))
            .chain(lower.match_indices("rd day"))
        {
            let digits_start = bytes[..i]
                .iter()
                .rposition(|b| !b.is_ascii_digit())
                .map_or(0, |p| p + 1);
            let Ok(n) = lower[digits_start..i].parse::<i64>() else {
                continue;
            };
            if !(1..=5000).contains(&n) {
                continue;
            }
            let date = day_one.add_days(n - 1);
            // The same paragraph must name that day and month.
            let named = dates::scan_dates(text)
                .iter()
                .any(|m| m.date.month == date.month && m.date.day == Some(date.day));
            if named {
                return Some((
                    date.year,
                    format!(
                        "year from the text: day {n} of the full-scale invasion (begun {}) was {}",
                        day_one.iso(),
                        date.iso()
                    ),
                ));
            }
        }
    }
    None
}

/// Whether `text` has a digit, an ordinal's letters and " day" in it ("200th day", "1st Day",
/// "3RD DAY"), in any case: looked for from each "d" or "D" (a vector search).
fn has_ordinal_day(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'd', b'D', b).any(|i| {
        i >= 4
            && b[i - 1] == b' '
            && matches!(
                [b[i - 3] | 0x20, b[i - 2] | 0x20],
                [b't', b'h'] | [b's', b't'] | [b'n', b'd'] | [b'r', b'd']
            )
            && b[i - 4].is_ascii_digit()
            && b.get(i + 1..i + 3)
                .is_some_and(|w| w[0] | 0x20 == b'a' && w[1] | 0x20 == b'y')
    })
}

/// Whether the clause before a weekday speaks of what is to come ("… will meet on", "… is
/// expected to peak on", "the summit runs from"): a word of the future among its last 18
/// words, with no word of reporting or verb in the past after it ("… will go, he said on",
/// "… who will lead the talks arrived on").
fn speaks_ahead(before: &str) -> bool {
    // Words of the future; all but "will" and "would" only after a form of "be" ("is expected
    // to", "was scheduled for"): "the planned offensive", "due to shelling" speak of no future.
    static AHEAD: WordSet<5> = WordSet::new(["expected", "due", "scheduled", "planned", "set"]);
    static BE: WordSet<5> = WordSet::new(["is", "are", "was", "were", "be"]);
    // A timetable, in the present: "the summit runs from Tuesday", "talks begin on Monday".
    static TIMETABLE: WordSet<12> = WordSet::new([
        "runs", "run", "begins", "begin", "starts", "start", "opens", "open", "resumes", "resume",
        "convenes", "convene",
    ]);
    static REPORTED: WordSet<32> = WordSet::new([
        "said",
        "says",
        "told",
        "announced",
        "reported",
        "added",
        "wrote",
        "warned",
        "claimed",
        "confirmed",
        "stated",
        "posted",
        "noted",
        "began",
        "went",
        "came",
        "took",
        "fell",
        "met",
        "spoke",
        "held",
        "hit",
        "struck",
        "left",
        "made",
        "gave",
        "sent",
        "fled",
        "led",
        "won",
        "lost",
        "shot",
    ]);
    // Read backwards, word by word: at most 18 words ("Çırağan" one), not past the sentence.
    let b = before.as_bytes();
    let mut end = b.len();
    let mut after = "";
    for _ in 0..18 {
        let trimmed = before[..end].trim_end_matches(|c: char| !c.is_alphabetic());
        if before[trimmed.len()..end].contains(['.', '!', '?', ';', '\n']) {
            return false;
        }
        end = trimmed.len();
        if end == 0 {
            break;
        }
        let start = trimmed.trim_end_matches(char::is_alphabetic).len();
        let word = &before[start..end];
        if word.eq_ignore_ascii_case("will")
            || word.eq_ignore_ascii_case("would")
            || (AHEAD.contains(after) && BE.contains(word))
            || TIMETABLE.contains(word) && is_verb_here(before, start, end)
        {
            return true;
        }
        // A word of reporting, or a verb in the past ("arrived", "began"): the report's or the
        // event's day.
        // (Lower case: "United Nations" is a name.)
        let past = word.len() > 3
            && word.as_bytes()[0].is_ascii_lowercase()
            && word.ends_with("ed")
            && !AHEAD.contains(word);
        // (Not a participle right after "be" or "remain": "would be handed over on Monday",
        // "will be held in May", "will remain closed until Friday" are to come. But "the dam
        // destroyed by Russian forces on Tuesday", "which had been shelled on Saturday" are
        // past.)
        if (past || REPORTED.contains(word)) && {
            let before_word = before[..start].trim_end();
            ![" be", " remain", " stay"]
                .iter()
                .any(|w| before_word.ends_with(w))
        } {
            return false;
        }
        after = word;
        end = start;
    }
    false
}

/// Whether the word at `start..end` of `text` may be a verb there: not after an article or a
/// possessive ("an open-source project", "the start of talks") nor the first part of a
/// compound ("open-source").
fn is_verb_here(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let previous = &before[before.rfind(' ').map_or(0, |i| i + 1)..];
    !text[end..].starts_with('-')
        && !["a", "an", "the", "its", "their", "his", "her", "our"]
            .iter()
            .any(|w| previous.eq_ignore_ascii_case(w))
}

/// A figure's unit as its ids write it ("km2", "percent") and why its value is in that unit:
/// the same in every article, so made once a thread (there are a handful of units).
fn unit_slug_and_why(unit: &'static str, dimension: &'static str) -> (Shared, Shared) {
    type Made = Vec<(&'static str, &'static str, Shared, Shared)>;
    thread_local! {
        static UNITS: std::cell::RefCell<Made> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let kept = UNITS.with(|u| {
        u.borrow()
            .iter()
            .find(|(u, d, ..)| *u == unit && *d == dimension)
            .map(|(.., s, w)| (s.clone(), w.clone()))
    });
    kept.unwrap_or_else(|| {
        let why = if unit == "%" {
            "a share, in per cent".to_string()
        } else if dimension == "money" {
            ["a sum of money, in ", unit, " (not converted)"].concat()
        } else {
            [dimension, " normalised to ", unit].concat()
        };
        let unit_slug = unit
            .replace('²', "2")
            .replace('³', "3")
            .replace('%', "percent");
        let made: (Shared, Shared) = (slug(&unit_slug).into(), why.into());
        UNITS.with(|u| {
            u.borrow_mut()
                .push((unit, dimension, made.0.clone(), made.1.clone()))
        });
        made
    })
}

/// "last year", "this month", "next month's vote", "earlier this year", "last week": a calendar
/// year, month or ISO week counted from the article's date, as (start, end, how many before (-)
/// or after it, which period). Not "the last year" or "the past month" (the twelve months
/// before).
///
/// `units` are where the text's words after a space open with "year", "month" or "week"
/// ([`dates::scan_periods_noting_units`]), in order.
fn relative_periods(text: &str, units: &[usize]) -> Vec<(usize, usize, i32, Period)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for &at in units {
        let Some((unit, period)) = dates::UNIT_WORDS
            .into_iter()
            .zip([Period::Year, Period::Month, Period::Week])
            .find(|(u, _)| bytes[at..].starts_with(u.as_bytes()))
        else {
            continue;
        };
        let end = at + unit.len();
        if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) || at < 1 || bytes[at - 1] != b' '
        {
            continue;
        }
        let before = &text[..at - 1];
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let shift = match word {
            "last" | "Last" => -1,
            "this" | "This" => 0,
            "next" | "Next" => 1,
            _ => continue,
        };
        let earlier = before[..word_start].trim_end();
        let prev_start = earlier.rfind(' ').map_or(0, |i| i + 1);
        let prev = &earlier[prev_start..];
        if prev.eq_ignore_ascii_case("the") {
            continue;
        }
        // "earlier this year", "later this month": the same year or month.
        let start = if shift == 0 && matches!(prev, "earlier" | "Earlier" | "later" | "Later") {
            prev_start
        } else {
            word_start
        };
        out.push((start, end, shift, period));
    }
    super::sort::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
    out
}

/// A calendar period [`relative_periods`] counts.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Period {
    Year,
    Month,
    /// An ISO week (Monday to Sunday).
    Week,
}

/// A day named relative to the article's date.
#[derive(Clone, Copy)]
enum Shift {
    /// The last such weekday on or before it (0 = Monday).
    Weekday(u8),
    /// "last Monday": the last such weekday before it.
    LastWeekday(u8),
    /// "will meet on Monday", "expected to peak on Wednesday": the first such weekday on or
    /// after it.
    ComingWeekday(u8),
    /// "next Monday": the first such weekday after it.
    NextWeekday(u8),
    /// This many days after it (negative: before).
    Days(i64),
}

/// Record a date [`shifted`] gives as a mention of `span`, and its day (if it names one) among
/// the days named.
fn push_shifted(
    out: &mut Annotation,
    raw: &str,
    span: (usize, usize),
    id: &mut String,
    dated: Dated,
    why: String,
    days_named: &mut Vec<(usize, Date)>,
) {
    if let Dated::Day(day) = dated {
        days_named.push((span.0, day));
    }
    push_date(out, raw, span, id, dated, why.into());
}

/// The last of the days named (where, which) before `at` and from `since` on.
fn day_named_before(days: &[(usize, Date)], since: usize, at: usize) -> Option<Date> {
    days.iter()
        .filter(|&&(named, _)| since <= named && named < at)
        .max_by_key(|&&(named, _)| named)
        .map(|&(_, d)| d)
}

/// "The next day", "the following day", "the previous day", and "the day before" or "the day
/// after" that end a phrase ("the day before, …"; not "the day before yesterday", which
/// [`relative_days`] reads, nor "the day after the attack"): (start, end, days from the day
/// named before them).
fn next_days(text: &str) -> Vec<(usize, usize, i64)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = text::finder!("day").find(&bytes[from..]) {
        let at = from + p;
        from = at + 3;
        if bytes.get(at + 3).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let before = &text[..at];
        // Where "the" or "The" starts, right before `lead` and the "day".
        let the = |lead: &str| {
            let rest = before.strip_suffix(lead)?;
            let start = rest
                .strip_suffix("the")
                .or_else(|| rest.strip_suffix("The"))?
                .len();
            (start == 0 || !bytes[start - 1].is_ascii_alphanumeric()).then_some(start)
        };
        for (lead, shift) in [(" next ", 1), (" following ", 1), (" previous ", -1)] {
            if let Some(start) = the(lead) {
                out.push((start, at + 3, shift));
            }
        }
        if let Some(start) = the(" ") {
            let after = &text[at + 3..];
            for (word, shift) in [(" before", -1), (" after", 1)] {
                let ends_phrase = after.strip_prefix(word).is_some_and(|rest| {
                    rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')'])
                });
                if ends_phrase {
                    out.push((start, at + 3 + word.len(), shift));
                }
            }
        }
    }
    out
}

/// The day, month or year a duration before "later" or "earlier" names, counted from `from`
/// (`sign` +1 or −1): days and weeks a day, months a month, years a year; hours and less
/// none.
fn shifted(from: Date, q: &quantity::Quantity, sign: i8) -> Option<Dated> {
    // (Whole numbers of a sane size: "99999999999999 days later" names no day.)
    if q.unit != "days" || q.amount.fract() != 0.0 || q.value > 1e6 {
        return None;
    }
    let n = q.amount as i64 * i64::from(sign);
    let per = q.value / q.amount;
    if per == 1.0 || per == 7.0 {
        return Some(Dated::Day(from.add_days(n * per as i64)));
    }
    if (per - 30.44).abs() < 1e-9 {
        let m = i64::from(from.month) - 1 + n;
        return Some(Dated::Partial(dates::PartialDate {
            year: Some(from.year + m.div_euclid(12) as i32),
            month: (m.rem_euclid(12) + 1) as u8,
            day: None,
        }));
    }
    if (per - 365.25).abs() < 1e-9 {
        return Some(Dated::Year(i64::from(from.year) + n));
    }
    None
}

/// Weekday names ("Saturday", "on Friday", capitalised) and "today", "yesterday", "tomorrow".
///
/// A word is a run of ASCII letters not preceded by a digit. Every word looked for ends in
/// "day" or "row", so the text is searched (by `memchr`) for its y's and w's, and the word
/// around each read backwards, rather than every word read. Into `out` (cleared first), a
/// buffer the annotator keeps.
fn relative_days(text: &str, out: &mut Vec<(usize, usize, Shift)>) {
    let bytes = text.as_bytes();
    out.clear();
    let ends = (text::finder!("day").find_iter(bytes)).chain(text::finder!("row").find_iter(bytes));
    for at in ends {
        let (last, i) = (at + 2, at + 3);
        if bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let mut start = last - 2;
        while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
            start -= 1;
        }
        if (start > 0 && bytes[start - 1].is_ascii_digit()) || i - start < 5 {
            continue;
        }
        let w = &text[start..i];
        let shift = match w {
            "today" | "Today" => Some(Shift::Days(0)),
            // "the day before yesterday", "the day after tomorrow": one phrase.
            "yesterday" | "Yesterday" | "tomorrow" | "Tomorrow" => {
                let back = w.eq_ignore_ascii_case("yesterday");
                let lead = if back { "day before " } else { "day after " };
                let before = &text[..start];
                let phrase = ["the ", "The "]
                    .iter()
                    .map(|the| format!("{the}{lead}"))
                    .find(|p| before.ends_with(p.as_str()));
                let days = match phrase {
                    Some(p) => {
                        start -= p.len();
                        2
                    }
                    None => 1,
                };
                Some(Shift::Days(if back { -days } else { days }))
            }
            _ if w.starts_with(|c: char| c.is_ascii_uppercase()) => dates::weekday_from_word(w)
                .map(|wd| {
                    let before = &text[..start];
                    if let Some(lead) = ["next ", "Next "].iter().find(|l| before.ends_with(*l)) {
                        start -= lead.len();
                        Shift::NextWeekday(wd)
                    } else if let Some(lead) =
                        ["last ", "Last "].iter().find(|l| before.ends_with(*l))
                    {
                        start -= lead.len();
                        Shift::LastWeekday(wd)
                    } else if speaks_ahead(before)
                        || (before.ends_with("for ")
                            && !matches!(bytes.get(i..i + 2), Some(b"'s" | [0xE2, 0x80])))
                    {
                        // "… a meeting for Tuesday", but not "blamed for Tuesday's strike".
                        Shift::ComingWeekday(wd)
                    } else {
                        Shift::Weekday(wd)
                    }
                }),
            _ => None,
        };
        if let Some(shift) = shift {
            out.push((start, i, shift));
        }
    }
    out.extend(days_after_the_news(text));
    // (No two start at the same byte: this order is the text's.)
    sort::sort_by(out, |a, b| a.0.cmp(&b.0));
}

/// "The news comes a day after X said …": the X it names happened that many days before the
/// article's date. Only after "comes"/"came"/"come"/"coming" — the news itself as the subject;
/// in "Kyiv fell a day after Y" the day is counted from Y, which no rule knows.
fn days_after_the_news(text: &str) -> Vec<(usize, usize, Shift)> {
    const COUNTS: &[(&str, i64)] = &[
        ("a day", 1),
        ("one day", 1),
        ("two days", 2),
        ("three days", 3),
        ("four days", 4),
        ("five days", 5),
        ("a week", 7),
        ("one week", 7),
    ];
    const VERBS: [&[u8]; 4] = [b"comes ", b"came ", b"come ", b"coming "];
    let mut out = Vec::new();
    // Every phrase ends in " after": read back from each (most paragraphs have none, and are
    // passed over in one search). Compared as bytes: the phrase is ASCII, the text around it
    // need not be.
    let bytes = text.as_bytes();
    for after in text::finder!(" after").find_iter(bytes) {
        let end = after + b" after".len();
        // Then a space or a no-break space (U+00A0 starts with 0xC2).
        if !matches!(bytes.get(end), Some(b' ' | 0xC2)) {
            continue;
        }
        for &(count, days) in COUNTS {
            let Some(start) = after.checked_sub(count.len()) else {
                continue;
            };
            if bytes[start..after].eq_ignore_ascii_case(count.as_bytes())
                && VERBS.iter().any(|v| bytes[..start].ends_with(v))
            {
                out.push((start, end, Shift::Days(-days)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_are_walked_from_any_word_on() {
        let mut capitals = Capitals::new(&[1, 4, 5, 9]);
        let seen: Vec<Option<usize>> = [0, 1, 2, 5, 5, 6, 10, 11]
            .iter()
            .map(|&i| capitals.from(i))
            .collect();
        assert_eq!(
            seen,
            [
                Some(1),
                Some(1),
                Some(4),
                Some(5),
                Some(5),
                Some(9),
                None,
                None
            ]
        );
    }

    /// A why kept from one article serves the next only for the same pattern, entity and
    /// spelling; each is made once.
    #[test]
    fn explained_once_a_thread_by_pattern_entity_and_spelling() {
        let made = std::cell::Cell::new(0);
        let make = |text: &str, why: &str| {
            made.set(made.get() + 1);
            [text.into(), "place:x".into(), why.into()]
        };
        // (Keys no gazetteer pattern and entity address has: this test's own.)
        let key = (usize::MAX, 1);
        let first = explained_anywhere(key, "Kupyansk", || make("Kupyansk", "a"));
        let again = explained_anywhere(key, "Kupyansk", || make("Kupyansk", "b"));
        let other = explained_anywhere(key, "Kupiansk", || make("Kupiansk", "c"));
        let elsewhere = explained_anywhere((usize::MAX, 2), "Kupyansk", || make("Kupyansk", "d"));
        assert_eq!(made.get(), 3);
        assert!(Shared::ptr_eq(&first[2], &again[2]));
        assert_eq!((&*other[2], &*elsewhere[2]), ("c", "d"));
    }

    #[test]
    fn shared_texts_are_the_same_text() {
        let a = shared_text("Balakliia");
        assert!(Shared::ptr_eq(&a, &shared_text("Balakliia")));
        assert_eq!(&*shared_text("Balakliya"), "Balakliya");
    }

    #[test]
    fn an_ordinal_day_is_found_in_any_case() {
        for (text, expected) in [
            ("the invasion's 200th day", true),
            ("its 1st Day", true),
            ("THE 3RD DAY", true),
            ("the 22nd daylight", true),
            ("the 200th  day", false),
            ("the 5 day", false),
            ("the th day", false),
            ("fourth day", false),
            ("200th", false),
            ("", false),
        ] {
            assert_eq!(has_ordinal_day(text), expected, "{text:?}");
        }
    }

    /// Annotating an article again (now from what the first pass kept) gives what the first
    /// pass gave.
    #[test]
    fn an_article_annotated_again_is_annotated_the_same() {
        for seed in crate::core::corpus::seeds() {
            let (name, raw) = (seed.file, seed.text);
            let a = crate::core::parse(name, raw);
            let first = annotate(raw, &a);
            let again = annotate(raw, &a);
            assert_eq!(first.mentions, again.mentions, "{name}");
            assert_eq!(first.found, again.found, "{name}");
        }
    }

    /// The mentions `annotate` finds in `raw`, parsed as one article.
    /// Pairs of text as owned strings, to compare with what a test collected.
    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    fn mentions_in(raw: &str) -> Vec<Mention> {
        let a = crate::core::parse("t.txt", raw);
        annotate(raw, &a).mentions
    }

    /// The texts of the mentions of `kind` in `raw`, in order.
    fn texts_of(raw: &str, kind: EntityType) -> Vec<String> {
        mentions_in(raw)
            .into_iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.text.to_string())
            .collect()
    }

    /// A place's other name in parentheses is the same place, when it can only be that.
    #[test]
    fn another_name_in_parentheses_is_the_same_place() {
        let raw = "Front update\n\nTroops attacked Ivanivske (also known as Krasne), Niu-York \
                   (New York) and Pivnichne (Severnoye), and freed Dolyna (formerly Radianske). \
                   They entered Kupiansk (Kharkiv) and Izium (Ukraine); KYIV (Reuters) and \
                   Lyman (File) too.\n";
        let got: Vec<(String, String)> = mentions_in(raw)
            .iter()
            .filter(|m| m.kind == EntityType::Place)
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect();
        let same = |a: &str, b: &str| {
            let id = |t: &str| got.iter().find(|(x, _)| x == t).map(|(_, id)| id.clone());
            assert!(id(b).is_some(), "{b} is named");
            assert_eq!(id(a), id(b), "{a} and {b}");
        };
        same("Krasne", "Ivanivske");
        same("New York", "Niu-York");
        same("Severnoye", "Pivnichne");
        same("Radianske", "Dolyna");
        // A place, a country, an outlet or a photo's word in parentheses is not another name.
        let id = |t: &str| got.iter().find(|(x, _)| x == t).map(|(_, id)| id.as_str());
        assert_ne!(id("Kharkiv"), id("Kupiansk"));
        assert_eq!(id("Ukraine"), Some("country:ukraine"));
        assert_eq!(id("Reuters"), None);
        assert_eq!(id("File"), None);
    }

    /// A photo's credit in parentheses names nothing, wherever it falls among the names of a
    /// paragraph; names in other parentheses, or more than 80 bytes after an opening one, stay.
    #[test]
    fn credits_in_parentheses_name_nothing_among_other_names() {
        let raw = "Front-line town evacuated\n\nThe town emptied on Monday.\n\n\
                   Soldiers near Izium (REUTERS/Sofiia Gatilova) moved to Kupiansk (the town on \
                   the Oskil) and Lyman, Volodymyr Zelensky said (Photo: Oleksandr Klymenko / \
                   Facebook). (Troops went from the ruined village outside Balakliia on Monday \
                   night to Izium, said Oleh Syniehubov.)\n";
        let named: Vec<String> = mentions_in(raw)
            .iter()
            .map(|m| m.text.to_string())
            .collect();
        for gone in ["Sofiia Gatilova", "Oleksandr Klymenko", "Facebook"] {
            assert!(!named.iter().any(|n| n == gone), "{gone} in {named:?}");
        }
        for kept in [
            "Izium",
            "Kupiansk",
            "Oskil",
            "Lyman",
            "Volodymyr Zelensky",
            "Balakliia",
            "Oleh Syniehubov",
        ] {
            assert!(named.iter().any(|n| n == kept), "{kept} not in {named:?}");
        }
    }

    /// A photo's credit at the end of a caption names nothing; a slash in running text is no
    /// credit.
    #[test]
    fn credits_at_the_end_of_captions_name_nothing() {
        for (raw, gone, kept) in [
            (
                "Residents wait in Pokrovsk. | Roman Pilipey/AFP via Getty Images\n",
                &["Roman Pilipey", "AFP"][..],
                &["Pokrovsk"][..],
            ),
            (
                "A woman at the centre in Kharkiv. Credit: OCHA/Viktoriia Andriievska\n",
                &["OCHA", "Viktoriia Andriievska"],
                &["Kharkiv"],
            ),
            (
                "A damaged house in Grayvoron. Vyacheslav Gladkov / Telegram\n",
                &["Vyacheslav Gladkov", "Telegram"],
                &["Grayvoron"],
            ),
            (
                "Firefighters in Odesa, July 20, 2023. Copyright AP Photo/Libkos\n",
                &["AP"],
                &["Odesa"],
            ),
            (
                "Trains ran on the Kyiv/Kharkiv line, Volodymyr Zelensky said.\n",
                &[],
                &["Kyiv", "Kharkiv", "Volodymyr Zelensky"],
            ),
        ] {
            // (In a body, below a headline and a first paragraph: a caption, not a title.)
            let raw = format!("Front-line town evacuated\n\nThe town emptied on Monday.\n\n{raw}");
            let named: Vec<String> = mentions_in(&raw)
                .iter()
                .map(|m| m.text.to_string())
                .collect();
            for g in gone {
                assert!(!named.iter().any(|n| n == g), "{g} in {raw:?}");
            }
            for k in kept {
                assert!(named.iter().any(|n| n == k), "{k} in {raw:?}");
            }
        }
        // The weekday before a full date is that date's.
        let raw = "Sept. 10, 2022\n\nFirefighters in Odesa on Thursday, July 20, 2023.\n";
        let got = times_in(raw);
        assert_eq!(
            got[0],
            ("Thursday".to_string(), "date:2023-07-20".to_string())
        );
    }

    /// The date mentions of `raw` parsed and annotated: (text, entity id).
    fn dates_in(raw: &str) -> Vec<(String, String)> {
        mentions_in(raw)
            .iter()
            .filter(|m| m.kind == EntityType::Date)
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect()
    }

    #[test]
    fn common_words_are_no_acronyms_nor_short_variants() {
        let raw = "So far, the plan held. Download the App. Us and them. Being a medic is \
                   hard. Nato, the SSO, the AP and the US agreed; so did \
                   the U.S. and Beijing.\n";
        let got: Vec<(String, String)> = mentions_in(raw)
            .into_iter()
            .filter(|m| m.kind != EntityType::Date)
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect();
        let names: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            names,
            // (An abbreviation with its last full stop: "U.S.".)
            ["Nato", "SSO", "AP", "US", "U.S.", "Beijing"],
            "{got:?}"
        );
    }

    #[test]
    fn segments_cover_each_block_exactly() {
        for doc in crate::core::corpus::embedded() {
            let ann = annotate(doc.raw, &doc.article);
            for b in &doc.article.blocks {
                let segs = segments(b, &ann.mentions);
                let joined: String = segs.iter().map(|s| s.text).collect();
                assert_eq!(joined, b.text);
                for s in segs.iter().filter_map(|s| s.mention.map(|m| (s.text, m))) {
                    assert_eq!(s.0, &*s.1.text);
                }
            }
        }
    }

    #[test]
    fn a_column_of_names_is_its_own_context() {
        let got = normalise_names(&["Kupyansk", "Balakliya", "Shevchenkove", "Narnia"]);
        let admin1: Vec<Option<&str>> = got
            .iter()
            .map(|(_, e)| e.and_then(|e| e.admin1.as_deref()))
            .collect();
        assert_eq!(admin1, [Some("07"), Some("07"), Some("07"), None]);
        assert_eq!(got[3].0, "narnia");
    }

    #[test]
    fn unknown_names_are_typed_by_their_cue_and_cluster_by_key() {
        let raw = "Shelling hit the village of Zoriane-Pole on Monday.\n\nIn the village of Zoryane-Pole, residents said spokesman Ostap Vyshnevskyi had left.\n";
        let a = crate::core::parse("c.txt", raw);
        let ann = annotate(raw, &a);
        let got: Vec<(&str, &str)> = ann
            .mentions
            .iter()
            .filter(|m| m.entity.contains('~'))
            .map(|m| (&*m.text, &*m.entity))
            .collect();
        assert_eq!(
            got,
            [
                ("Zoriane-Pole", "place:~zoriane-pole"),
                ("Zoryane-Pole", "place:~zoriane-pole"),
                ("Ostap Vyshnevskyi", "person:~ostap-vishnevski"),
            ]
        );
    }

    #[test]
    fn roles_before_a_name_make_it_a_person() {
        let people = |raw: &str| -> Vec<String> {
            mentions_in(raw)
                .into_iter()
                .filter(|m| m.kind == EntityType::Person && m.entity.contains('~'))
                .map(|m| m.text.to_string())
                .collect()
        };
        // Given names no table or given-name list holds: only the role can make them people.
        for (role, name) in [
            ("writer", "Karl Ritter"),
            ("reporter", "Bronwen Askew"),
            ("editor", "Tobiah Lund"),
            ("researcher", "Ingeborg Falk"),
            ("historian", "Anselm Kuyper"),
            ("activist", "Elspeth Moor"),
            ("lawmaker", "Rainer Holt"),
            ("senator", "Dale Whitcombe"),
            ("ambassador", "Marit Solberg"),
            ("envoy", "Corwin Blake"),
            ("prosecutor", "Ottilie Brandt"),
        ] {
            let raw = format!("The talks went on, said the {role} {name} in a statement.\n");
            assert_eq!(people(&raw), [name], "{raw}");
        }
        for (raw, want) in [
            (
                "Associated Press writer Karl Ritter in Kyiv reported the strike.\n",
                &["Karl Ritter"][..],
            ),
            // A role word before a day, a month, a title or nothing capitalised names no one;
            // a title's own cue may then name the person after it.
            (
                "The writer said on Monday that the reporter left in May.\n",
                &[],
            ),
            ("The Prosecutor General's Office opened a case.\n", &[]),
            (
                "Prosecutor General Corwin Blake opened a case.\n",
                &["Corwin Blake"],
            ),
        ] {
            assert_eq!(people(raw), want, "{raw}");
        }
    }

    /// The people mentioned in `raw`: each mention's text and entity id.
    fn people_in(raw: &str) -> Vec<(String, String)> {
        mentions_in(raw)
            .into_iter()
            .filter(|m| m.kind == EntityType::Person)
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect()
    }

    #[test]
    fn a_surname_alone_is_the_person_named_in_full() {
        let people = people_in;
        for (raw, want) in [
            // Before and after the full name, possessive, a folded variant of the surname.
            (
                "Tkachenko stays\n\nResident Hryhoriy Tkachenko, 64, said shelling had stopped. Tkachenko's house stood.\n\nMariia Hrytsenko, a nurse, stayed. Hritsenko said so.\n",
                owned(&[
                    ("Tkachenko", "person:~hrihori-tkachenko"),
                    ("Hryhoriy Tkachenko", "person:~hrihori-tkachenko"),
                    ("Tkachenko", "person:~hrihori-tkachenko"),
                    ("Mariia Hrytsenko", "person:~maria-hritsenko"),
                    ("Hritsenko", "person:~maria-hritsenko"),
                ]),
            ),
            // Two people share the surname: alone it names neither.
            (
                "Hryhoriy Tkachenko and Olena Tkachenko stayed. Tkachenko said so.\n",
                owned(&[
                    ("Hryhoriy Tkachenko", "person:~hrihori-tkachenko"),
                    ("Olena Tkachenko", "person:~olena-tkachenko"),
                ]),
            ),
            // Lower case is a word, not a name; nobody named in full, nothing to link.
            (
                "Hryhoriy Tkachenko stayed; the tkachenko family left.\n",
                owned(&[("Hryhoriy Tkachenko", "person:~hrihori-tkachenko")]),
            ),
            ("Tkachenko said so.\n", owned(&[])),
            // Named by age before the full name: the same person.
            (
                "Bondar, 64, said so. Viktor Bondar stayed.\n",
                owned(&[
                    ("Bondar", "person:~viktor-bondar"),
                    ("Viktor Bondar", "person:~viktor-bondar"),
                ]),
            ),
            // A listed person named in full whose surname alone no table lists.
            (
                "Kursk governor Alexei Smirnov spoke. Smirnov's office said 2,000 people left.\n",
                owned(&[
                    ("Alexei Smirnov", "person:alexei-smirnov"),
                    ("Smirnov", "person:alexei-smirnov"),
                ]),
            ),
            // A listed person and another found by the rules share it: alone it names neither.
            (
                "Alexei Smirnov and Olena Smirnov spoke. Smirnov said so.\n",
                owned(&[
                    ("Alexei Smirnov", "person:alexei-smirnov"),
                    ("Olena Smirnov", "person:~olena-smirnov"),
                ]),
            ),
            // A surname that is also a village's name: the person, unless 'in' says place.
            (
                "Poet Yurii Zoria read in Kharkiv. Zoria said the city would stand. He lives in Zoria.\n",
                owned(&[
                    ("Yurii Zoria", "person:~yuri-zoria"),
                    ("Zoria", "person:~yuri-zoria"),
                ]),
            ),
        ] {
            assert_eq!(people(raw), want, "{raw}");
        }
    }

    #[test]
    fn headlines_have_figures_and_dates_too() {
        let raw = "Ukraine says it has recaptured 6,000 sq km since Sept. 6\n\nSept. 12, 2022\n\nThe army said so.\n";
        let a = crate::core::parse("h.txt", raw);
        assert_eq!(a.blocks[0].kind, crate::core::BlockKind::Headline);
        let ann = annotate(raw, &a);
        let got: Vec<(&str, &str)> = ann
            .mentions
            .iter()
            .filter(|m| m.start < a.blocks[0].end)
            .map(|m| (&*m.text, &*m.entity))
            .collect();
        assert_eq!(
            got,
            [
                ("Ukraine", "country:ukraine"),
                ("6,000 sq km", "quantity:area-6000-km2"),
                ("Sept. 6", "date:2022-09-06"),
            ]
        );
    }

    #[test]
    fn names_listed_with_a_place_are_places() {
        let listed = |raw: &str| -> Vec<String> {
            mentions_in(raw)
                .into_iter()
                .filter(|m| m.why.starts_with("listed with a known place"))
                .map(|m| m.text.to_string())
                .collect()
        };
        for (raw, want) in [
            (
                "Teams went to Izium and Zorianopil on Monday.\n",
                &["Zorianopil"][..],
            ),
            ("Teams went to Zorianopil and Izium.\n", &["Zorianopil"]),
            (
                "Shelling hit Balakliia or Mala Zorianka overnight.\n",
                &["Mala Zorianka"],
            ),
            // Not after "and": a title, a nationality, a day, a known person, a first word.
            ("Troops left Izium and Governor Petrenko said so.\n", &[]),
            ("Residents of Izium and Ukrainian soldiers wept.\n", &[]),
            (
                "Izium was retaken, and Monday was quiet; Izium and Sunday too.\n",
                &[],
            ),
            ("Izium and Zelenskyy were in the news.\n", &[]),
            ("Police and Izium officials met.\n", &[]),
            // Three capitalised words on: not one name.
            ("It hit Izium and Zorianopil Station Road.\n", &[]),
        ] {
            assert_eq!(listed(raw), want, "{raw}");
        }
    }

    #[test]
    fn bodies_named_for_places_are_not_the_places() {
        let named = |raw: &str| -> Vec<(String, EntityType)> {
            mentions_in(raw)
                .into_iter()
                .filter(|m| m.kind != EntityType::Date)
                .map(|m| (m.text.to_string(), m.kind))
                .collect()
        };
        let own = |pairs: &[(&str, EntityType)]| -> Vec<(String, EntityType)> {
            pairs.iter().map(|(t, k)| (t.to_string(), *k)).collect()
        };
        use EntityType::{Org, Place};
        for (raw, want) in [
            (
                "The Kharkiv Regional Military Administration said Kharkiv was calm.\n",
                own(&[
                    ("Kharkiv Regional Military Administration", Org),
                    ("Kharkiv", Place),
                ]),
            ),
            (
                "The Kharkiv Oblast Military Administration and Kyiv City Council met.\n",
                own(&[
                    ("Kharkiv Oblast Military Administration", Org),
                    ("Kyiv City Council", Org),
                ]),
            ),
            // Schools, institutes and hospitals, with what they are "of".
            (
                "A poll by the Kyiv International Institute of Sociology found it.\n",
                own(&[("Kyiv International Institute of Sociology", Org)]),
            ),
            // With "and" and one more word; a name a cue found yields to the body's words,
            // a listed one does not.
            (
                "Inspectors visited the Kharkiv Institute of Physics and Technology. Lviv \
                 School of Economics and Kharkiv National University commented.\n",
                own(&[
                    ("Kharkiv Institute of Physics and Technology", Org),
                    ("Lviv School of Economics", Org),
                    ("Kharkiv National University", Org),
                ]),
            ),
            (
                "He studied at the Moscow Higher Military Command School in Moscow.\n",
                own(&[
                    ("Moscow Higher Military Command School", Org),
                    ("Moscow", Place),
                ]),
            ),
            (
                "The Kharkiv Children's Hospital was hit.\n",
                own(&[("Kharkiv Children's Hospital", Org)]),
            ),
            // "of" a place: the place stays itself.
            (
                "The Lviv Museum of Kyiv opened.\n",
                own(&[("Lviv Museum", Org), ("Kyiv", Place)]),
            ),
            (
                "The Kharkiv Oblast Prosecutor's Office opened a case.\n",
                own(&[("Kharkiv Oblast Prosecutor's Office", Org)]),
            ),
            // Without a word a name ends on, the place stays the place.
            (
                "Kharkiv Regional officials met.\n",
                own(&[("Kharkiv", Place)]),
            ),
            // Papers, meetings and pacts named for a place (invented ones: no table lists them).
            (
                "The Odesa Times reported on the Kherson Grain Initiative and the Lviv Security \
                 Forum.\n",
                own(&[
                    ("Odesa Times", Org),
                    ("Kherson Grain Initiative", Org),
                    ("Lviv Security Forum", Org),
                ]),
            ),
            // Theatres, exchanges, zoos.
            (
                "The Donetsk Regional Academic Drama Theater in Mariupol and the St. \
                 Petersburg International Mercantile Exchange.\n",
                own(&[
                    ("Donetsk Regional Academic Drama Theater", Org),
                    ("Mariupol", Place),
                    ("St. Petersburg International Mercantile Exchange", Org),
                ]),
            ),
        ] {
            assert_eq!(named(raw), want, "{raw}");
        }
    }

    #[test]
    fn a_cued_russian_spelling_is_the_listed_place() {
        let raw = "Troops shelled the village of Pechenegi near Kharkiv.\n";
        let a = crate::core::parse("r.txt", raw);
        let ann = annotate(raw, &a);
        let m = &ann.mentions[0];
        assert_eq!(
            (&*m.text, &*m.entity),
            ("Pechenegi", "place:pechenihy.07.6314")
        );
        assert_eq!(
            &*m.why,
            "Pechenegi: a Russian-derived spelling of Pechenihy (g → h, e → i)"
        );
        assert!(ann.found.is_empty(), "a listed place is not a found one");
    }

    #[test]
    fn an_age_after_a_name_says_person() {
        let named = |raw: &str| -> Vec<(String, EntityType)> {
            mentions_in(raw)
                .into_iter()
                .map(|m| (m.text.to_string(), m.kind))
                .collect()
        };
        for (raw, want) in [
            (
                "Bondar, 64, said the shelling stopped.\n",
                vec![("Bondar", EntityType::Person)],
            ),
            (
                "Resident Mykola Bondar Jr, 8, and Kharkiv, 12, were named.\n",
                vec![
                    ("Mykola Bondar Jr", EntityType::Person),
                    ("Kharkiv", EntityType::Place),
                ],
            ),
            // Not an age after a name: a longer number, or no comma after it (and "64 years
            // old" is an age, not a duration).
            ("Bondar, 1200, and Bondar, 64 years old.\n", vec![]),
        ] {
            let want: Vec<(String, EntityType)> =
                want.into_iter().map(|(t, k)| (t.to_string(), k)).collect();
            assert_eq!(named(raw), want, "{raw}");
        }
    }

    #[test]
    fn a_body_after_a_title_word_is_no_person() {
        for raw in [
            "Forces crossed the river, the General Staff said.\n",
            "The General Prosecutor's Office opened a case.\n",
            // A paper, either.
            "The IAEA Director General Statement was published in Vienna.\n",
        ] {
            let people = texts_of(raw, EntityType::Person);
            assert!(people.is_empty(), "{raw}: {people:?}");
        }
    }

    #[test]
    fn organisations_named_after_their_kind() {
        let orgs = |raw: &str| -> Vec<String> {
            mentions_in(raw)
                .into_iter()
                .filter(|m| m.kind == EntityType::Org && m.entity.contains('~'))
                .map(|m| m.text.to_string())
                .collect()
        };
        for (raw, want) in [
            (
                "Help came from the charity Right to Protection and the party Voice of the Steppe.\n",
                &["Right to Protection", "Voice of the Steppe"][..],
            ),
            // Small words only between capitalised ones; no name after the cue, none taken.
            ("The charity Right to help them arrived.\n", &["Right"]),
            ("The charity said the company would pay.\n", &[]),
        ] {
            assert_eq!(orgs(raw), want, "{raw}");
        }
        // People named after their title, particles and all.
        let people = |raw: &str| texts_of(raw, EntityType::Person);
        assert_eq!(
            people("Crown Prince Mohammed bin Salman met Speaker Mike Johnson.\n"),
            ["Mohammed bin Salman", "Mike Johnson"]
        );
    }

    #[test]
    fn a_ships_name_is_not_the_place_or_person_it_is_named_for() {
        let named: Vec<String> = mentions_in(
            "The frigate Admiral Makarov, the patrol ship Sergei Kotov and the landing ship \
             Minsk were hit near Sevastopol; the warship hit Odesa.\n",
        )
        .iter()
        .map(|m| m.text.to_string())
        .collect();
        assert_eq!(named, ["Sevastopol", "Odesa"]);
        // Not a name after "a landing ship" that starts a clause.
        let named: Vec<String> =
            mentions_in("Missiles hit a landing ship Kyiv said was carrying troops.\n")
                .iter()
                .map(|m| m.text.to_string())
                .collect();
        assert_eq!(named, ["Kyiv"]);
    }

    #[test]
    fn a_role_in_apposition_names_a_person() {
        let got: Vec<(String, EntityType)> = mentions_in(
            "Filip Pronin, the governor of the Poltava region, said. Mariana Bezuhla, a \
             lawmaker, and Yevhenia Bazylevych, a local resident, spoke. Kharkiv, the regional \
             capital, and Nova Poshta, a delivery firm, were hit.\n",
        )
        .iter()
        .map(|m| (m.text.to_string(), m.kind))
        .collect();
        let want = [
            ("Filip Pronin", EntityType::Person),
            ("Poltava region", EntityType::Place),
            ("Mariana Bezuhla", EntityType::Person),
            ("Yevhenia Bazylevych", EntityType::Person),
            ("Kharkiv", EntityType::Place),
        ];
        assert_eq!(got, want.map(|(t, k)| (t.to_string(), k)).to_vec());
        // And after an abbreviated rank; not after a month ("May. Around").
        let got = texts_of(
            "Then Gen. Metin Gurak and Col. Kemal Aydin spoke, from late May. Around noon.\n",
            EntityType::Person,
        );
        assert_eq!(got, ["Metin Gurak", "Kemal Aydin"]);
    }

    #[test]
    fn bodies_no_table_lists_are_named_by_their_words() {
        let got: Vec<(String, String)> = mentions_in(
            "The Interagency Commission for the Exchange of Detainees said the Regional \
             Water Transport Service and the Municipal Guard helped. Nordic Council President \
             Jane Roe spoke, as did Russia's National Anti-Terrorism Committee. The Council \
             met; service resumed on the Grand Service Express.\n",
        )
        .iter()
        .filter(|m| m.kind == EntityType::Org)
        .map(|m| (m.text.to_string(), m.entity.to_string()))
        .collect();
        assert_eq!(
            got,
            owned(&[
                (
                    "Interagency Commission for the Exchange of Detainees",
                    "org:~interagenci-comision-for-the-exchange-of-detaines"
                ),
                (
                    "Regional Water Transport Service",
                    "org:~regional-water-transport-service"
                ),
                ("Municipal Guard", "org:~municipal-guard"),
                ("Nordic Council", "org:~nordic-council"),
                (
                    "National Anti-Terrorism Committee",
                    "org:~national-anti-terorism-comite"
                ),
            ])
        );
        // Not in a title-case line.
        assert!(
            mentions_in("Russia Strikes Ukraine Military Institute In Poltava\n")
                .iter()
                .all(|m| m.kind != EntityType::Org)
        );
    }

    #[test]
    fn a_document_or_a_work_named_for_a_place_or_person_is_neither() {
        let named: Vec<String> = mentions_in(
            "Under the Geneva Conventions and the Budapest Memorandum, the Minsk agreements \
             and the Normandy format failed. Troops dug the Surovikin line near Robotyne, \
             Surovikin said. Geneva hosted talks at the Kyiv Convention Centre.\n",
        )
        .iter()
        .map(|m| m.text.to_string())
        .collect();
        assert_eq!(named, ["Robotyne", "Surovikin", "Geneva", "Kyiv"]);
    }

    /// Every kind of ship is read, whatever its case: the quick test on a kind's last word
    /// lets each through.
    #[test]
    fn every_kind_of_ship_is_read() {
        for v in VESSELS {
            for before in [format!("the {v} "), format!("THE {} ", v.to_uppercase())] {
                assert!(ends_with_vessel_noun(&before), "{before:?}");
            }
        }
        for before in ["the frigates ", "the ship ", "a warship", "the tanker's "] {
            assert!(!ends_with_vessel_noun(before), "{before:?}");
        }
    }

    /// A page updated within the week was written as of its update: its past weekdays after
    /// the first date count back from the update; those before it read the same either way.
    #[test]
    fn weekdays_after_the_first_date_count_from_the_update() {
        let raw = "A strike on a mall\n\nJune 27, 2022, 11:14 AM EDT / Updated June 28, 2022, 6:02 AM EDT\n\nRescuers worked on Tuesday after the strike on Monday, and Sunday was quiet.\n";
        assert_eq!(
            dates_in(raw),
            owned(&[
                ("Tuesday", "date:2022-06-28"),
                ("Monday", "date:2022-06-27"),
                ("Sunday", "date:2022-06-26"),
            ])
        );
        // Updated weeks later: the first date still rules.
        let raw = raw.replace("June 28, 2022", "July 28, 2022");
        assert_eq!(
            dates_in(&raw)[0],
            owned(&[("Tuesday", "date:2022-06-21")])[0]
        );
    }

    #[test]
    fn relative_periods_are_read_at_the_unit_words_the_period_scan_notes() {
        for (text, want) in [
            (
                "The vote last year was close.",
                vec![(9, 18, -1, Period::Year)],
            ),
            (
                "earlier this month, and next week's talks",
                vec![(0, 18, 0, Period::Month), (24, 33, 1, Period::Week)],
            ),
            (
                "Last year and This week",
                vec![(0, 9, -1, Period::Year), (14, 23, 0, Period::Week)],
            ),
            ("over the last year", vec![]),
            ("last years, last yearly, last Month", vec![]),
            ("last\tyear, lastyear", vec![]),
        ] {
            let mut units = Vec::new();
            dates::scan_periods_noting_units(text, &mut units, &mut Vec::new());
            assert_eq!(relative_periods(text, &units), want, "{text}");
        }
    }

    #[test]
    fn relative_days_count_from_the_article_date() {
        let raw = "Sept. 10, 2022\n\nShelling hit Izium yesterday and again today, officials said on Friday; more is expected tomorrow or on Monday.\n";
        assert_eq!(
            dates_in(raw),
            owned(&[
                ("yesterday", "date:2022-09-09"),
                ("today", "date:2022-09-10"),
                ("Friday", "date:2022-09-09"),
                ("tomorrow", "date:2022-09-11"),
                // "expected … on Monday": the coming one.
                ("Monday", "date:2022-09-12"),
            ])
        );
        let raw = "Sept. 10, 2022\n\nThe day before yesterday drones hit Sumy; talks resume the \
                   day after tomorrow.\n";
        assert_eq!(
            dates_in(raw),
            owned(&[
                ("The day before yesterday", "date:2022-09-08"),
                ("the day after tomorrow", "date:2022-09-12"),
            ])
        );
    }

    #[test]
    fn months_and_years_named_alone_take_their_year_from_the_article() {
        // Friday 3 March 2023.
        let dated = "KYIV, March 3, 2023 (Reuters) - ";
        for (sentence, want) in [
            (
                "Troops took the village in January.",
                ("January", "2023-01"),
            ),
            (
                "The front barely moved in December.",
                ("December", "2022-12"),
            ),
            ("Shelling eased in mid-February.", ("February", "2023-02")),
            ("It was quiet last May.", ("last May", "2022-05")),
            ("It was cold last February.", ("last February", "2023-02")),
            (
                "Elections are due next January.",
                ("next January", "2024-01"),
            ),
            ("Talks resume in this April.", ("this April", "2023-04")),
            (
                "Bakhmut fell in May last year.",
                ("May last year", "2022-05"),
            ),
            (
                "Vote in December this year.",
                ("December this year", "2023-12"),
            ),
            // What is to come: the first such month on or after the article's date.
            ("The army will attack in February.", ("February", "2024-02")),
            ("Kyiv expects an offensive by June.", ("June", "2023-06")),
            ("The war has raged since 2014.", ("2014", "2014")),
            ("Prices rose in 2021, he said.", ("2021", "2021")),
        ] {
            let dates = dates_after(dated, sentence);
            assert_eq!(
                dates,
                [(want.0.to_string(), want.1.to_string())],
                "{sentence}"
            );
        }
    }

    /// The dates in `sentence` after the dateline `dated`: (text, ISO date).
    fn dates_after(dated: &str, sentence: &str) -> Vec<(String, String)> {
        let raw = format!("{dated}{sentence}\n");
        let a = crate::core::parse("r.txt", &raw);
        annotate(&raw, &a)
            .mentions
            .iter()
            .filter(|m| m.kind == EntityType::Date && m.start >= dated.len())
            .map(|m| (m.text.to_string(), m.entity["date:".len()..].to_string()))
            .collect()
    }

    #[test]
    fn months_and_years_alone_in_review_cases() {
        // Wednesday 20 December 2023.
        let dated = "KYIV, Dec. 20, 2023 (Reuters) - ";
        for (sentence, want) in [
            (
                "Troops began the assault in January of 2022.",
                &[("January of 2022", "2022-01")][..],
            ),
            (
                "They have held it since February.",
                &[("February", "2023-02")],
            ),
            (
                "From March to May, fighting raged.",
                &[("March", "2023-03"), ("May", "2023-05")],
            ),
            (
                "From November to February it froze.",
                &[("November", "2023-11"), ("February", "2024-02")],
            ),
            (
                "In March, 300 civilians were killed.",
                &[("March", "2023-03")],
            ),
            (
                "A convoy of 2000 vehicles moved until 2000 local time.",
                &[],
            ),
            ("In 2014 Russians seized Crimea.", &[("2014", "2014")]),
            (
                "He said he would visit in January.",
                &[("January", "2024-01")],
            ),
            // The year said once for two months.
            (
                "Fighting in February and March 2022 was fierce.",
                &[("February", "2022-02"), ("March 2022", "2022-03")],
            ),
            (
                "In December and January 2023 it snowed.",
                &[("December", "2022-12"), ("January 2023", "2023-01")],
            ),
        ] {
            let dates = dates_after(dated, sentence);
            assert_eq!(dates, owned(want), "{sentence}");
        }
    }

    #[test]
    fn last_this_and_next_year_and_month_count_from_the_articles_date() {
        // Friday 3 March 2023.
        let dated = "KYIV, March 3, 2023 (Reuters) - ";
        for (sentence, want) in [
            ("Last year the army advanced.", &[("Last year", "2022")][..]),
            (
                "Prices rose this year and will rise next year.",
                &[("this year", "2023"), ("next year", "2024")],
            ),
            (
                "Earlier this month, troops left.",
                &[("Earlier this month", "2023-03")],
            ),
            (
                "Next month's election matters.",
                &[("Next month", "2023-04")],
            ),
            ("It was calm last month.", &[("last month", "2023-02")]),
            // The twelve months before, not a calendar year.
            ("Over the last year, little changed.", &[]),
            // A month with it is one date.
            (
                "In May last year Bakhmut fell.",
                &[("May last year", "2022-05")],
            ),
            // Weeks are ISO weeks: 3 March 2023 is in 2023-W09.
            (
                "Last week he left; this week's talks and next week's vote.",
                &[
                    ("Last week", "2023-W08"),
                    ("this week", "2023-W09"),
                    ("next week", "2023-W10"),
                ],
            ),
            // A week names no day to count from: "A week later" counts from the dateline's.
            (
                "The last week was hard. A week later it ended.",
                &[("A week later", "2023-03-10")],
            ),
        ] {
            let dates = dates_after(dated, sentence);
            assert_eq!(dates, owned(want), "{sentence}");
        }
    }

    #[test]
    fn a_month_alone_without_the_articles_date_is_no_date() {
        let raw = "Troops took the village in January and held it since 2014.\n";
        let a = crate::core::parse("r.txt", raw);
        let dates: Vec<String> = annotate(raw, &a)
            .mentions
            .iter()
            .filter(|m| m.kind == EntityType::Date)
            .map(|m| m.text.to_string())
            .collect();
        assert_eq!(dates, ["2014"]);
    }

    #[test]
    fn weekdays_count_back_or_ahead_as_the_sentence_says() {
        // Saturday 10 September 2022.
        for (sentence, want) in [
            (
                "Troops entered the town on Friday.",
                ("Friday", "2022-09-09"),
            ),
            (
                "The town fell last Saturday.",
                ("last Saturday", "2022-09-03"),
            ),
            (
                "Talks resume next Saturday.",
                ("next Saturday", "2022-09-17"),
            ),
            (
                "Next Monday the talks resume.",
                ("Next Monday", "2022-09-12"),
            ),
            (
                "The minister will visit Izium on Tuesday.",
                ("Tuesday", "2022-09-13"),
            ),
            (
                "Water is expected to peak on Saturday.",
                ("Saturday", "2022-09-10"),
            ),
            (
                "A vote is scheduled for Thursday.",
                ("Thursday", "2022-09-15"),
            ),
            // "for" a day, a timetable in the present, a future beyond eight words.
            (
                "NATO called an emergency meeting for Tuesday.",
                ("Tuesday", "2022-09-13"),
            ),
            (
                "The summit in Vilnius runs from Tuesday.",
                ("Tuesday", "2022-09-13"),
            ),
            // But no timetable's verb after an article or before a hyphen.
            (
                "Oryx, an open-source project, had confirmed the losses on Friday.",
                ("Friday", "2022-09-09"),
            ),
            (
                "The start of the offensive came on Tuesday.",
                ("Tuesday", "2022-09-06"),
            ),
            (
                "Zelenskyy is due to address the United Nations General Assembly in New York on Monday.",
                ("Monday", "2022-09-12"),
            ),
            (
                "The delegation was due to meet a Russian team of negotiators and advisers \
                 at Çırağan Palace in Istanbul on Monday.",
                ("Monday", "2022-09-12"),
            ),
            // A participle after "be" is no verb in the past.
            (
                "The memorandum would be handed over on Monday.",
                ("Monday", "2022-09-12"),
            ),
            (
                "The prisoners were handed over on Monday.",
                ("Monday", "2022-09-05"),
            ),
            (
                "The UN will send a team to inspect the dam destroyed by Russian forces on Monday.",
                ("Monday", "2022-09-05"),
            ),
            (
                "Schools would remain closed until Monday, the mayor said.",
                ("Monday", "2022-09-12"),
            ),
            ("They held talks on Monday.", ("Monday", "2022-09-05")),
            // But not a day's deed one is blamed "for", nor a future before a past verb.
            (
                "Kyiv blamed Moscow for Tuesday's strike.",
                ("Tuesday", "2022-09-06"),
            ),
            (
                "Zelenskyy, who will visit Washington, met troops on Tuesday.",
                ("Tuesday", "2022-09-06"),
            ),
            // A word of reporting after the future's: the report's day.
            (
                "They will stay, he said on Thursday.",
                ("Thursday", "2022-09-08"),
            ),
            // The future in another sentence does not reach.
            (
                "It will rain. On Thursday it did.",
                ("Thursday", "2022-09-08"),
            ),
            // Nor do words of the future that speak of none, or a verb in the past after them.
            (
                "Flights were cancelled due to shelling on Monday.",
                ("Monday", "2022-09-05"),
            ),
            (
                "The planned offensive began on Tuesday.",
                ("Tuesday", "2022-09-06"),
            ),
            (
                "Officials who will lead the talks arrived on Monday.",
                ("Monday", "2022-09-05"),
            ),
            (
                "Russia will pay, Zelenskyy warned on Monday.",
                ("Monday", "2022-09-05"),
            ),
        ] {
            let raw = format!("Sept. 10, 2022\n\n{sentence}\n");
            let a = crate::core::parse("r.txt", &raw);
            let dates: Vec<(String, String)> = annotate(&raw, &a)
                .mentions
                .iter()
                .filter(|m| m.kind == EntityType::Date && !m.text.contains("2022"))
                .map(|m| (m.text.to_string(), m.entity.to_string()))
                .collect();
            let want = (want.0.to_string(), format!("date:{}", want.1));
            assert_eq!(dates, [want], "{sentence}");
        }
    }

    /// The dates and figures of an article (text, entity), but those that name 2022 (its
    /// date line's).
    fn times_in(raw: &str) -> Vec<(String, String)> {
        let a = crate::core::parse("r.txt", raw);
        annotate(raw, &a)
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, EntityType::Date | EntityType::Quantity))
            .filter(|m| !m.text.contains("2022"))
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect()
    }

    #[test]
    fn days_ago_are_days_and_ages_are_no_durations() {
        let raw = "Sept. 10, 2022\n\nNine days ago a 61-year-old man, 34 years old, left; two weeks ago \
                   it rained for two weeks. Six months ago it was calm, and four years ago. \
                   Not 5000000 weeks ago.\n";
        let got = times_in(raw);
        let want = [
            ("Nine days ago", "date:2022-09-01"),
            ("two weeks ago", "date:2022-08-27"),
            ("two weeks", "quantity:duration-14-days"),
            ("Six months ago", "date:2022-03"),
            ("four years ago", "date:2018"),
        ];
        assert_eq!(got, owned(&want));
    }

    /// "Two days later", "a year earlier", "the next day": counted from the last day the text
    /// named before them, in their paragraph or the one before; without one, no date.
    #[test]
    fn days_counted_from_the_day_named_before() {
        let raw = "Sept. 10, 2022\n\nTroops shelled Izium a week ago, and a day later they hit \
                   Kupiansk. The attack on Balakliia came on Sept. 6. Two days later, troops \
                   entered it. A year earlier, it was calm; two months later, it was not. Four \
                   hours later the sirens stopped.\n\nThe next day, officials returned. They \
                   had left the day before. The day before yesterday it rained, and on the day \
                   after the attack nobody came.\n\nIt was a quiet year.\n\nTwo days later, \
                   nothing.\n";
        let got = times_in(raw);
        let want = [
            ("a week ago", "date:2022-09-03"),
            ("a day later", "date:2022-09-04"),
            ("Sept. 6", "date:2022-09-06"),
            ("Two days later", "date:2022-09-08"),
            ("A year earlier", "date:2021"),
            ("two months later", "date:2022-11"),
            ("Four hours", "quantity:duration-4-h"),
            ("The next day", "date:2022-09-09"),
            ("the day before", "date:2022-09-08"),
            ("The day before yesterday", "date:2022-09-08"),
            // Two paragraphs on from the last day named: a span of time.
            ("Two days", "quantity:duration-2-days"),
        ];
        assert_eq!(got, owned(&want));
    }

    #[test]
    fn without_the_articles_date_a_day_takes_the_year_of_the_nearest_full_date() {
        let d = |t: &str, id: &str| (t.to_string(), id.to_string());
        // No date line: "13 April" takes its year from the full date beside it, and a
        // paragraph without one leaves the year unstated.
        assert_eq!(
            dates_in(
                "The cruiser sank on 14 April 2022 after a fire late on 13 April.\n\nOn 2 May \
                 more ships left.\n"
            ),
            [
                d("14 April 2022", "date:2022-04-14"),
                d("13 April", "date:2022-04-13"),
                d("2 May", "date:--05-02"),
            ]
        );
        // "December 30" beside "January 2, 2023" is the December before.
        assert_eq!(
            dates_in("From December 30 to January 2, 2023, drones came nightly.\n")[0],
            d("December 30", "date:2022-12-30")
        );
    }

    #[test]
    fn a_date_without_its_year_is_the_nearest_likely_one() {
        let on = |y, m, d| Date::new(y, m, d).unwrap();
        for (article, (month, day), want) in [
            (on(2023, 1, 3), (12, 28), on(2022, 12, 28)),
            (on(2022, 12, 30), (1, 5), on(2023, 1, 5)),
            (on(2022, 9, 15), (3, 3), on(2022, 3, 3)),
            (on(2022, 10, 1), (12, 20), on(2022, 12, 20)),
            (on(2023, 2, 1), (11, 15), on(2022, 11, 15)),
            (on(2023, 6, 6), (6, 6), on(2023, 6, 6)),
        ] {
            assert_eq!(
                dates::year_near(article, month, day),
                Some(want),
                "{article}"
            );
        }
        // Feb 29 of a year without one: no day.
        assert_eq!(
            dates::year_near(on(2024, 1, 10), 2, 29),
            Some(on(2024, 2, 29))
        );
        assert_eq!(dates::year_near(on(2023, 1, 10), 2, 29), None);
    }

    #[test]
    fn relative_days_are_the_words_a_word_by_word_reading_finds() {
        // The reading relative_days replaced: every word (a run of ASCII letters not after a
        // letter or digit), kept when it ends in "day" or "row" and is five letters or more.
        fn by_words(text: &str) -> Vec<(usize, usize)> {
            let bytes = text.as_bytes();
            let (mut out, mut i) = (Vec::new(), 0);
            while i < bytes.len() {
                if !bytes[i].is_ascii_alphabetic()
                    || (i > 0 && bytes[i - 1].is_ascii_alphanumeric())
                {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                let w = &text[start..i];
                if w.len() >= 5 && (w.ends_with("day") || w.ends_with("row")) {
                    out.push((start, i));
                }
            }
            out
        }
        // What relative_days finds, but for the phrases days_after_the_news adds.
        let found = |text: &str| -> Vec<(usize, usize)> {
            let after: Vec<(usize, usize)> = days_after_the_news(text)
                .iter()
                .map(|&(s, e, _)| (s, e))
                .collect();
            let mut found = Vec::new();
            relative_days(text, &mut found);
            found
                .iter()
                .map(|&(s, e, _)| (s, e))
                .filter(|span| !after.contains(span))
                .collect()
        };
        let mut texts: Vec<String> = crate::core::synth::corpus(30, 3)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        texts.push(
            "3days 3Friday xtoday Friday's \u{e9}Monday (Sunday) Tomorrow, yesterday-today day"
                .to_string(),
        );
        for text in &texts {
            let want: Vec<(usize, usize)> = by_words(text)
                .into_iter()
                .filter(|&(s, e)| {
                    let w = &text[s..e];
                    matches!(
                        w,
                        "today" | "Today" | "yesterday" | "Yesterday" | "tomorrow" | "Tomorrow"
                    ) || (w.starts_with(|c: char| c.is_ascii_uppercase())
                        && dates::weekday_from_word(w).is_some())
                })
                .collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn days_after_the_news_count_back_from_the_article() {
        for (text, want) in [
            (
                "The news comes a day after Zelensky said",
                Some(("a day after", -1)),
            ),
            (
                "The strike came two days after talks",
                Some(("two days after", -2)),
            ),
            (
                "It comes a week after the visit",
                Some(("a week after", -7)),
            ),
            // Counted from another event, not from the article: not resolved.
            ("Kyiv fell a day after the vote", None),
            ("on September 11, a day after", None),
            ("comes a day afterwards", None),
            ("comes a d\u{e9}y after", None),
            ("comes a day after", None),
        ] {
            let got = days_after_the_news(text);
            match want {
                Some((phrase, days)) => {
                    assert_eq!(got.len(), 1, "{text}");
                    let (s, e, shift) = &got[0];
                    assert_eq!(&text[*s..*e], phrase, "{text}");
                    assert!(matches!(shift, Shift::Days(d) if *d == days), "{text}");
                }
                None => assert!(got.is_empty(), "{text}"),
            }
        }
    }

    #[test]
    fn a_month_with_its_year_is_named_and_explained_as_one() {
        let raw = "Sept. 10, 2022\n\nIn July 2022 and October 2021 it rained.\n";
        let a = crate::core::parse("m.txt", raw);
        let ann = annotate(raw, &a);
        let months: Vec<(&str, &str, &str)> = ann
            .mentions
            .iter()
            .filter(|m| m.kind == EntityType::Date && !m.text.starts_with("Sept"))
            .map(|m| (&*m.text, &*m.entity, &*m.why))
            .collect();
        assert_eq!(
            months,
            [
                ("July 2022", "date:2022-07", "a month and its year"),
                ("October 2021", "date:2021-10", "a month and its year"),
            ]
        );
        let names: Vec<&str> = ann
            .found
            .iter()
            .filter(|f| f.id.starts_with("date:20") && f.id.len() == 12)
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(names, ["Jul 2022", "Oct 2021"]);
    }

    #[test]
    fn date_labels_use_evidenced_years() {
        let docs = crate::core::corpus::embedded();
        let labels: Vec<String> = docs
            .iter()
            .map(|d| annotate(d.raw, &d.article).date_label(&d.article))
            .collect();
        assert_eq!(
            labels,
            [
                "Mentions 14 Sep · year not stated",
                "Sat 10 Sep 2022, 12:38",
                "Mentions Sat 10 Sep 2022 – Sun 11 Sep 2022",
            ]
        );
        // The list's label, from the dates alone, is the same.
        for (d, label) in docs.iter().zip(&labels) {
            assert_eq!(&date_label(d.raw, &d.article), label);
        }
    }

    #[test]
    fn a_listed_surname_after_another_given_name_is_someone_else() {
        let people = people_in;
        for (raw, want) in [
            // Another given name before a listed surname: another person.
            (
                "Eleanor Vance, a reporter, met JD Vance.\n",
                vec![
                    ("Eleanor Vance", "person:~eleanor-vance"),
                    ("JD Vance", "person:jd-vance"),
                ],
            ),
            // The listed person's own given name, in another language's spelling: them.
            (
                "Sergey Lavrov and Volodymyr Zaluzhnyi spoke; so did Vladimir Zelensky.\n",
                vec![
                    ("Sergey Lavrov", "person:sergey-lavrov"),
                    ("Volodymyr Zaluzhnyi", "person:~volodimir-zaluzhni"),
                    ("Vladimir Zelensky", "person:volodymyr-zelenskyy"),
                ],
            ),
            // A region named for its city is nobody.
            (
                "Russia's Vladimir Oblast and the Vladimir region.\n",
                vec![],
            ),
            // Another spelling of a listed person's given name before their surname, where no
            // table lists the two together: the whole name is theirs. Before a surname two
            // listed people share, the given name tells them apart.
            (
                "Sergei Lysak spoke. Alexei Kuleba met Dmitry Kuleba and Yelena Zelenska.\n",
                vec![
                    ("Sergei Lysak", "person:serhii-lysak"),
                    ("Alexei Kuleba", "person:oleksii-kuleba"),
                    ("Dmitry Kuleba", "person:dmytro-kuleba"),
                    ("Yelena Zelenska", "person:olena-zelenska"),
                ],
            ),
            // A place's name as the surname after a given name is the person's; alone, the
            // place's.
            (
                "Sergei Kirov was killed in 1934. Troops reached Kirov. Bohdan Khmelnytskyi \
                 rode to Khmelnytskyi.\n",
                vec![
                    ("Sergei Kirov", "person:~sergei-kirov"),
                    ("Bohdan Khmelnytskyi", "person:~bohdan-hmelnitski"),
                ],
            ),
        ] {
            assert_eq!(people(raw), owned(&want), "{raw}");
        }
    }

    #[test]
    fn people_by_given_names_however_the_fold_spells_them() {
        // Names with doubled letters or a final y are folded in the text ("Emma" → "ema"); the
        // list must be too. Invented surnames: no table lists them.
        let raw = "Emma Tarrow, Nancy Pellworth and Jennifer Oakhurst met Daniel Okafor, \
                   Helen Carraway, Mary Dunmore and Matthew Quillan.\n";
        let people = texts_of(raw, EntityType::Person);
        assert_eq!(
            people,
            [
                "Emma Tarrow",
                "Nancy Pellworth",
                "Jennifer Oakhurst",
                "Daniel Okafor",
                "Helen Carraway",
                "Mary Dunmore",
                "Matthew Quillan"
            ]
        );
        // Every listed name folds to one word, and is found as that word.
        let (names, _) = given_names();
        for name in GIVEN_NAMES.split_whitespace() {
            let folded = fold::fold(name);
            let words: Vec<&str> = folded.words().map(|(w, ..)| w).collect();
            assert!(matches!(words[..], [w] if names.contains(w)), "{name}");
        }
    }

    #[test]
    fn a_ukrainian_spelling_is_not_a_town_abroad() {
        let ids = |raw: &str| -> Vec<String> {
            mentions_in(raw)
                .iter()
                .filter(|m| m.kind == EntityType::Place)
                .map(|m| m.entity.to_string())
                .collect()
        };
        assert_eq!(
            ids("Russian troops took Borysivka, north of Kharkiv.\n"),
            ["place:~borisivka", "place:kharkiv.07.6312"]
        );
        assert_eq!(
            ids("Shelling hit Borisovka in Russia's Belgorod region.\n")[0],
            "city:borisovka"
        );
    }

    #[test]
    fn places_listed_with_places_in_runs() {
        let places = |raw: &str| texts_of(raw, EntityType::Place);
        assert_eq!(
            places(
                "Russia claimed five villages in the Kharkiv region \u{2013} Strilecha, Pylna, \
                 Ohirtseve and Pletenivka \u{2013} on Sunday.\n"
            ),
            [
                "Russia",
                "Kharkiv region",
                "Strilecha",
                "Pylna",
                "Ohirtseve",
                "Pletenivka"
            ]
        );
        assert_eq!(
            places("Attacks were reported near Pylna, Novyi Trud and Zvirove.\n"),
            ["Pylna", "Novyi Trud", "Zvirove"]
        );
        // The only known place the last.
        assert_eq!(
            places("Russian troops attacked Pylna, Ohirtseve and Kupiansk on Monday.\n"),
            ["Pylna", "Ohirtseve", "Kupiansk"]
        );
        // No "and" closing it, another kind of name in it, or a word that opens the sentence:
        // no list of places.
        assert_eq!(
            places("The coordinator for Ukraine, Denise Brown, said so.\n"),
            ["Ukraine"]
        );
        assert_eq!(
            places("Zelenskyy met Syrskyi, Budanov and Kupiansk officials.\n"),
            ["Kupiansk"]
        );
        assert_eq!(
            places("Meanwhile, Kupiansk, Izium and Balakliia were freed.\n"),
            ["Kupiansk", "Izium", "Balakliia"]
        );
    }

    #[test]
    fn a_place_named_with_its_kind_and_named_again() {
        let places = |raw: &str| -> Vec<(String, String)> {
            mentions_in(raw)
                .iter()
                .filter(|m| m.kind == EntityType::Place)
                .map(|m| (m.text.to_string(), m.entity.to_string()))
                .collect()
        };
        let p = |t: &str, id: &str| (t.to_string(), id.to_string());
        // In apposition: one word inside a sentence, two words anywhere.
        assert_eq!(
            places("Ukraine retook Rivnopil, a small village on the border.\n"),
            [
                p("Ukraine", "country:ukraine"),
                p("Rivnopil", "place:~rivnopil")
            ]
        );
        assert_eq!(
            places("Novyi Trud, a village of 300, was shelled.\n"),
            [p("Novyi Trud", "place:~novi-trud")]
        );
        // Not a word that opens a sentence.
        assert_eq!(places("Overnight, a village was hit.\n"), []);
        // The kinds are listed folded, as the text's words are compared.
        for kind in [
            "village",
            "town",
            "settlement",
            "hamlet",
            "city",
            "township",
        ] {
            assert!(PLACE_KINDS.contains(&fold::key(kind)), "{kind}");
        }
        // Found once by its cue, the place again wherever its name comes back.
        assert_eq!(
            places(
                "Troops neared the villages of Kotlyne and Udachne.\n\nLater they left part \
                 of Kotlyne. Kotlyneville is another.\n"
            ),
            [
                p("Kotlyne", "place:~kotline"),
                p("Udachne", "place:udachne.05.1416"),
                p("Kotlyne", "place:~kotline"),
            ]
        );
    }

    #[test]
    fn a_bare_office_is_the_one_of_the_country_the_text_means() {
        let ua_mod = "org:ministry-of-defence-of-ukraine";
        let ru_mod = "org:ministry-of-defence-of-russia";
        let uk_mod = "org:uk-ministry-of-defence";
        for (raw, want) in [
            // The one named with its country before, however the paragraph goes on.
            (
                "Ukraine's Defense Ministry said so.\n\nRussian shelling hit Kharkiv, the \
                 Defense Ministry said.\n",
                ua_mod,
            ),
            (
                "Ukraine's Defense Ministry said so. Russia's Defence Ministry denied it. The \
                 Defense Ministry added more.\n",
                ru_mod,
            ),
            (
                "Britain's Ministry of Defence said Russia lost tanks. The Ministry of Defence \
                 added more.\n",
                uk_mod,
            ),
            // "in Kyiv" after it.
            (
                "Moscow protested. The Defense Ministry in Kyiv replied.\n",
                ua_mod,
            ),
            // The country its paragraph names before it.
            (
                "In Moscow, the Defense Ministry said troops regrouped.\n",
                ru_mod,
            ),
            (
                "Ukrainian troops advanced, the Defence Ministry said.\n",
                ua_mod,
            ),
            // Else the country the article names most.
            (
                "Putin met Russian generals in the Kremlin.\n\nThe Defense Ministry said \
                 drones fell.\n",
                ru_mod,
            ),
            // The country of the person named right after it, before the paragraph's.
            (
                "Ukraine held the line. Chief of the General Staff Valery Gerasimov claimed \
                 Sudzha.\n",
                "org:general-staff-of-russia",
            ),
            (
                "Ukraine said so. The Foreign Ministry spokeswoman Maria Zakharova denied it.\n",
                "org:ministry-of-foreign-affairs-of-russia",
            ),
            // Its earlier reading in the paragraph, whatever the sentence between.
            (
                "Ukraine's troops held. The General Staff reported 157 clashes. Russian losses \
                 were 1,090, according to the General Staff.\n",
                "org:general-staff-of-ukraine",
            ),
            // The country's word right before it, before the article's earlier reading.
            (
                "Russia's Defense Ministry said so. News from the UK's Ministry of Defence.\n",
                uk_mod,
            ),
            // Another country's office, which the tables lack: its own cluster.
            (
                "Russia's Defense Ministry said so. Japan's Defense Ministry scrambled jets.\n",
                "org:~japan-defense-ministri",
            ),
            (
                "Russia's Defense Ministry said so. The Lithuanian Defence Ministry agreed.\n",
                "org:~lithuania-defence-ministri",
            ),
            (
                "Russia's Foreign Ministry said so. The Foreign Ministry in Warsaw objected.\n",
                "org:~warsaw-foreign-ministri",
            ),
            // The armed forces, the National Guard and the navy both sides have.
            (
                "Ukraine freed soldiers of the Armed Forces.\n",
                "org:armed-forces-of-ukraine",
            ),
            (
                "Moscow said soldiers of the National Guard died.\n",
                "org:national-guard-of-russia",
            ),
            (
                "Kyiv said so. The Royal Navy sent a ship.\n",
                "org:~the-united-kingdom-navi",
            ),
        ] {
            let ms = mentions_in(raw);
            let last = ms
                .iter()
                .rev()
                .find(|m| m.kind == EntityType::Org)
                .expect("an office");
            assert_eq!(&*last.entity, want, "{raw}");
        }
        // Each mention says its own why; with no country named, the first reading, saying so.
        let whys = |raw: &str| -> Vec<String> {
            mentions_in(raw)
                .iter()
                .filter(|m| m.kind == EntityType::Org)
                .map(|m| m.why.to_string())
                .collect()
        };
        assert_eq!(
            whys(
                "In Moscow, the Defense Ministry said so.\n\nThe Defense Ministry in Moscow said it again.\n"
            ),
            [
                "listed spelling (alias table); chosen because the paragraph names Russia before it",
                "listed spelling (alias table); chosen because “in Moscow” after it",
            ]
        );
        assert_eq!(
            whys("The Defense Ministry said drones fell.\n"),
            [
                "listed spelling (alias table); chosen because the article names no country; Ukraine's, the first reading"
            ]
        );
    }

    #[test]
    fn a_place_the_text_puts_in_russia_is_not_the_ukrainian_one() {
        let raw = "Troops entered the Russian village of Oleksandrivka and the Russian border \
                   town of Sudzha, then the village of Oleksandrivka in Zaporizhzhia Oblast.\n";
        let got: Vec<(String, String)> = mentions_in(raw)
            .iter()
            .map(|m| (m.text.to_string(), m.entity.to_string()))
            .collect();
        let want = [
            ("Oleksandrivka", "place:~oleksandrivka"),
            // Listed as Russian: stays listed.
            ("Sudzha", "city:sudzha"),
            ("Oleksandrivka", "place:oleksandrivka.26.2308"),
            ("Zaporizhzhia Oblast", "oblast:zaporizhzhia"),
        ];
        assert_eq!(got, owned(&want));
        // A city stays the city ("the predominantly Russian city of Kharkiv").
        let ms = mentions_in("The predominantly Russian city of Kharkiv was shelled.\n");
        assert_eq!(&*ms[0].entity, "place:kharkiv.07.6312");
    }

    #[test]
    fn numbered_units_are_organisations_whole() {
        let orgs = |raw: &str| -> Vec<(String, String)> {
            mentions_in(raw)
                .iter()
                .filter(|m| m.kind == EntityType::Org)
                .map(|m| (m.text.to_string(), m.entity.to_string()))
                .collect()
        };
        // Invented numbers: no table lists them. "VDV" inside one is the unit's, not a mention
        // of its own.
        let raw = "The 417th Motorized Rifle Division, the 88th Guards Airborne (VDV) Division, \
                   the 615th VDV Regiment and the 902nd brigade attacked.\n";
        let want = [
            (
                "417th Motorized Rifle Division",
                "org:~417th-motorized-rifle-division",
            ),
            (
                "88th Guards Airborne (VDV) Division",
                "org:~88th-guards-airborne-vdv-division",
            ),
            ("615th VDV Regiment", "org:~615th-vdv-regiment"),
            ("902nd brigade", "org:~902nd-brigade"),
        ];
        assert_eq!(orgs(raw), owned(&want));
        // A listed unit stays the listed one; ordinals of other things are no units.
        assert_eq!(
            orgs(
                "The 93rd Mechanized Brigade held on the 3rd day. On the 24th the Army moved. \
                 A firm became the 1st company to resume exports.\n"
            ),
            [(
                "93rd Mechanized Brigade".to_string(),
                "org:93rd-mechanized-brigade".to_string()
            )]
        );
    }

    #[test]
    fn a_neighbour_named_nearby_outweighs_an_oblast_named_elsewhere() {
        let chosen = |raw: &str, name: &str| -> String {
            let ms = mentions_in(raw);
            let m = ms.iter().find(|m| &*m.text == name).expect("mentioned");
            m.entity.to_string()
        };
        // Several villages are called Andriivka; the one 3 km from Klishchiivka, not the one
        // in the oblast the article names elsewhere.
        let raw = "Shelling hit Zaporizhzhia Oblast.\n\nTroops took Andriivka, south of \
                   Klishchiivka.\n";
        assert_eq!(chosen(raw, "Andriivka"), "place:andriivka.05");
        // A neighbour in another paragraph does not outweigh the oblast named beside it.
        let raw = "Russian troops shelled Andriivka in Kharkiv Oblast, officials said.\n\n\
                   Elsewhere, fighting continued near Klishchiivka.\n";
        assert_eq!(chosen(raw, "Andriivka"), "place:andriivka.07.6304");
        // A village called Zaporizhzhia lies near Tokmak; the city is still the city.
        let raw = "Missiles hit Zaporizhzhia and Tokmak.\n";
        assert_eq!(chosen(raw, "Zaporizhzhia"), "place:zaporizhzhia.26.2306");
    }

    #[test]
    fn a_village_whose_name_goes_on_is_another_place() {
        let found: Vec<(String, String)> = mentions_in(
            "Troops held Syrotyne and Bila Hora; near Verbivka Ukrainian units rested.\n",
        )
        .iter()
        .map(|m| (m.text.to_string(), m.entity.to_string()))
        .collect();
        assert!(
            found.contains(&("Bila Hora".into(), "place:~bila-hora".into())),
            "{found:?}"
        );
        assert!(found.iter().any(|(t, _)| t == "Verbivka"), "{found:?}");
    }

    #[test]
    fn works_named_for_places_are_not_the_places() {
        let ms = mentions_in(
            "Russian forces near the Pokrovske coal mine west of Pokrovsk shelled the Azovstal \
             and Ilyich steelworks; Pokrovske village was quiet.\n",
        );
        let found: Vec<(&str, EntityType)> = ms.iter().map(|m| (&*m.text, m.kind)).collect();
        assert!(
            found.contains(&("Pokrovske coal mine", EntityType::Org)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Ilyich steelworks", EntityType::Org)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Pokrovske", EntityType::Place)),
            "{found:?}"
        );
        // Landmines are no works.
        let ms = mentions_in("A Kharkiv mine clearance team worked.\n");
        assert!(
            ms.iter()
                .any(|m| &*m.text == "Kharkiv" && m.kind == EntityType::Place)
        );
    }

    #[test]
    fn a_thousands_separator_is_no_age() {
        let ms = mentions_in("According to Smirnov, 2,000 people fled.\n");
        assert!(
            ms.iter().all(|m| m.kind != EntityType::Person),
            "{:?}",
            ms.iter().map(|m| &*m.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn ranks_saints_and_epithets_are_not_people() {
        let people = |raw: &str| texts_of(raw, EntityType::Person);
        assert_eq!(
            people("The commander, Lt. Col. Hanna Verbytska, said so.\n"),
            ["Hanna Verbytska"]
        );
        assert_eq!(
            people("They prayed at the Church of St Andrew.\n"),
            Vec::<String>::new()
        );
        assert_eq!(
            people("The empire of Peter the Great fell.\n"),
            Vec::<String>::new()
        );
        // Nor a given name naming a weapon.
        assert_eq!(
            people("They fired two Olkha missiles.\n"),
            Vec::<String>::new()
        );
        assert_eq!(people("Oksana the Ukrainian medic said so.\n"), ["Oksana"]);
        assert_eq!(
            people("Colonel Ivan S. Petrenko said so.\n"),
            ["Ivan S. Petrenko"]
        );
        // A given name alone elsewhere is still a person.
        assert_eq!(people("Andrew said the Great Hall was hit.\n"), ["Andrew"]);
    }

    #[test]
    fn an_oblast_named_beside_a_name_decides_it() {
        let chosen = |raw: &str, name: &str| -> (String, String) {
            let ms = mentions_in(raw);
            let m = ms.iter().find(|m| &*m.text == name).expect("mentioned");
            (m.entity.to_string(), m.why.to_string())
        };
        let oblast_of = |id: &str| id.split('.').nth(1).unwrap_or_default().to_string();
        // Readings in several oblasts: the one in the oblast a list of names ends in, even with
        // another oblast named more often elsewhere.
        let raw = "Shelling hit Zaporizhzhia Oblast and Zaporizhzhia Oblast again.\n\nUnits \
                   took Vovchansk, Slobozhanske and Lyptsi in the Kharkov Region.\n";
        let (id, why) = chosen(raw, "Slobozhanske");
        assert_eq!(oblast_of(&id), "07", "{why}");
        assert!(why.contains("beside it is Kharkiv Oblast"), "{why}");
        // "the Kharkiv region's village of …".
        let raw = "Shelling hit Zaporizhzhia Oblast.\n\nThe Kharkiv region's village of \
                   Slobozhanske was hit.\n";
        assert_eq!(oblast_of(&chosen(raw, "Slobozhanske").0), "07");
        // A spelling listed for one place, said of another of its name in the oblast beside it.
        let raw = "Fighting flared near Kamenskoye in the Zaporozhye Region.\n";
        assert_eq!(oblast_of(&chosen(raw, "Kamenskoye").0), "26");
        // Several readings, none in the oblast beside it: a place the tables lack.
        let raw = "Units liberated Krasnoye and Lyptsi in the Kharkov Region.\n";
        let (id, why) = chosen(raw, "Krasnoye");
        assert_eq!(id, "place:~krasne", "{why}");
        // Not "in" the oblast: a destination, or a neighbour's region.
        let raw = "Troops were moved from the Balaklia and Izyum areas to the Donetsk region.\n";
        assert_eq!(oblast_of(&chosen(raw, "Balaklia").0), "07");
        let raw = "Troops pushed east of Lyman toward Kreminna, in the Luhansk region.\n";
        assert_eq!(oblast_of(&chosen(raw, "Lyman").0), "05");
        // The only village of a name in the tables, 450 km from the place named with it:
        // another village of that name.
        let raw = "Russian forces advanced from Toshkivka and Ustynivka.\n";
        let (id, why) = chosen(raw, "Ustynivka");
        assert!(id.starts_with("place:~"), "{id}: {why}");
        assert!(why.contains("km from Toshkivka"), "{why}");
        // Near it, it stays.
        let raw = "Shelling hit Kropyvnytskyi and Ustynivka.\n";
        assert!(!chosen(raw, "Ustynivka").0.starts_with("place:~"));
        // A list of oblasts names none alone; a possessive with "village of" is beside.
        let raw = "Attacks near Kupiansk and Lyman in the Kharkiv and Donetsk regions.\n";
        assert_eq!(oblast_of(&chosen(raw, "Lyman").0), "05");
        let raw = "The Kharkiv region's village of Lyman was hit.\n";
        assert_eq!(oblast_of(&chosen(raw, "Lyman").0), "07");
        // A town in a list that ends in another oblast stays the town.
        let raw = "Missiles hit Lyman, Kupiansk and Izium in the Kharkiv region.\n";
        assert_eq!(oblast_of(&chosen(raw, "Lyman").0), "05");
        // The oblast after the name in apposition: ", a town in …".
        let raw = "A drone hit Zolochiv, a town in Lviv Oblast.\n";
        let (id, why) = chosen(raw, "Zolochiv");
        assert_eq!(oblast_of(&id), "15", "{why}");
        let raw = "A drone hit Zolochiv, a small frontline town in the Kharkiv region.\n";
        assert_eq!(oblast_of(&chosen(raw, "Zolochiv").0), "07");
        // But not a clause of its own.
        let raw = "A drone hit Zolochiv, and a town in Lviv Oblast.\n";
        assert_eq!(oblast_of(&chosen(raw, "Zolochiv").0), "07");
        // A Ukrainian oblast beside a name a Russian town shares rules the town out.
        let raw = "Shelling hit Ivanove in Odesa Oblast.\n";
        assert_eq!(oblast_of(&chosen(raw, "Ivanove").0), "17");
        let raw = "Drones struck Ivanovo, north-east of Moscow.\n";
        assert_eq!(chosen(raw, "Ivanovo").0, "city:ivanovo");
        let raw = "Borysivka in Kharkiv Oblast was hit.\n";
        assert!(chosen(raw, "Borysivka").0.starts_with("place:~"));
    }

    #[test]
    fn a_town_name_may_stand_for_its_region_or_its_river() {
        for (raw, name, want) in [
            (
                "The Donetsk regional governor spoke.\n",
                "Donetsk",
                "oblast:donetsk",
            ),
            (
                "Kharkiv governor Oleh Syniehubov said.\n",
                "Kharkiv",
                "oblast:kharkiv",
            ),
            (
                "Luhansk Gov. Serhiy Haidai said.\n",
                "Luhansk",
                "oblast:luhansk",
            ),
            (
                "Russia claims the Kherson and Zaporozhye Regions.\n",
                "Kherson",
                "oblast:kherson",
            ),
            (
                "It recognised the Donetsk and Lugansk People's Republics.\n",
                "Lugansk",
                "region:lpr",
            ),
            (
                "Strikes hit Kyiv, Kharkiv and Odesa. Regions further west were calm.\n",
                "Odesa",
                "place:odesa.17.5110",
            ),
            (
                "Will Russia strike Kharkiv and Odesa? Regions in the west are calm.\n",
                "Kharkiv",
                "place:kharkiv.07.6312",
            ),
            (
                "The Kherson regional council met.\n",
                "Kherson",
                "oblast:kherson",
            ),
            (
                "Russia's acting Kursk governor spoke.\n",
                "Kursk",
                "region:kursk-oblast",
            ),
            (
                "Troops crossed the Dnipro at night.\n",
                "Dnipro",
                "river:dnipro",
            ),
            // A renamed city's old name is its oblast's; an event named for a town is the
            // town's.
            (
                "Drones hit the Zaporizhzhia and Dnipropetrovsk regions.\n",
                "Dnipropetrovsk",
                "oblast:dnipropetrovsk",
            ),
            (
                "He did not comment on the Dnipro strike.\n",
                "Dnipro",
                "place:dnipro.04.1202",
            ),
            (
                "Towns along the lower Dnipro flooded.\n",
                "Dnipro",
                "river:dnipro",
            ),
            (
                "Troops waded across the Donets near Izium.\n",
                "Donets",
                "river:siverskyi-donets",
            ),
            (
                "Shelling hit the bank of the Dnipro.\n",
                "Dnipro",
                "river:dnipro",
            ),
            // The town itself: nothing said of a river.
            (
                "The Dnipro strike killed 46.\n",
                "Dnipro",
                "place:dnipro.04.1202",
            ),
            (
                "Rescuers searched the Dnipro apartment block.\n",
                "Dnipro",
                "place:dnipro.04.1202",
            ),
            (
                "Shelling hit Dnipro at night.\n",
                "Dnipro",
                "place:dnipro.04.1202",
            ),
            (
                "The Dnipro mayor spoke.\n",
                "Dnipro",
                "place:dnipro.04.1202",
            ),
            (
                "The Dnipro-based brigade left.\n",
                "Dnipro",
                "place:dnipro.04.1202",
            ),
            (
                "The Kharkiv mayor spoke.\n",
                "Kharkiv",
                "place:kharkiv.07.6312",
            ),
        ] {
            let got: Vec<String> = mentions_in(raw)
                .iter()
                .filter(|m| &*m.text == name)
                .map(|m| m.entity.to_string())
                .collect();
            assert_eq!(got, [want], "{raw}");
        }
    }

    #[test]
    fn region_words_after_a_name() {
        for (after, want) in [
            (" region.", true),
            (" Oblast", true),
            (" and Donetsk regions and had", true),
            (" and Sumy regions.\n\nNext paragraph.", true),
            (" and Sumy regions\nNext", true),
            (" or Belgorod region", true),
            (" or Belgorod regions", false),
            (" or Belgorod, the region", false),
            (", Luhansk and Donetsk oblasts", true),
            (", Luhansk and Donetsk, the", false),
            (" and Donetsk, the regional capital", false),
            // The region's council, governor, administration: the region's.
            (" regional council", true),
            (" regional military administration", true),
            (" governor Oleh Syniehubov", true),
            (" Governor", true),
            (" Gov. Serhiy Haidai", true),
            (" governorate", false),
            // By a possessive: the governor's or the regional body's only.
            ("'s governor Alexei Smirnov", true),
            ("\u{2019}s acting governor", true),
            ("'s regional military administration", true),
            ("'s region", false),
            ("'s mayor", false),
            (" government", false),
            (" regionally", false),
            (" is a city", false),
            // Within the line, split at single spaces, seven words at most.
            (" and Sumy\nregions", false),
            (" and Sumy\n", false),
            (" and  Sumy regions", false),
            (" and Sumy Kharkiv Poltava Zhytomyr Chernihiv regions", true),
            (
                " and Sumy Kharkiv Poltava Zhytomyr Chernihiv Rivne regions",
                false,
            ),
            (" and ", false),
            (" and", false),
        ] {
            assert_eq!(region_word(after).is_some(), want, "{after:?}");
        }
    }
}

/// What a date's mention names: its ISO form (the id's and the value's) and its name are
/// written from it only when needed, the name (and the value's copy) for a new date alone.
#[derive(Clone, Copy)]
enum Dated {
    /// A day: "2022-09-10", named "Sat 10 Sep 2022".
    Day(Date),
    /// A month of a year, or a day without its year: "2022-09" or "--09-14", named as written
    /// ("Sep 2022", "14 Sep").
    Partial(dates::PartialDate),
    /// A full date the calendar lacks ("February 30, 2023"): named by its ISO form.
    NoSuchDay(dates::PartialDate),
    /// A day whose year the article does not state: "--09-14", named "14 Sep (year not
    /// stated)".
    YearNotStated(dates::PartialDate),
    /// A year alone: "2022".
    Year(i64),
    /// An ISO week ("2025-W21"), named by its Monday.
    Week { year: i32, week: i64, monday: Date },
}

impl Dated {
    /// Its ISO form, onto `out`.
    fn push_iso(self, out: &mut String) {
        match self {
            Dated::Day(date) => date.push_iso(out),
            Dated::Partial(date) | Dated::NoSuchDay(date) | Dated::YearNotStated(date) => {
                date.push_iso(out);
            }
            Dated::Year(year) => {
                if year < 0 {
                    out.push('-');
                }
                num::push_digits(out, year.unsigned_abs());
            }
            Dated::Week { year, week, .. } => {
                use std::fmt::Write;
                let _ = write!(out, "{year}-W{week:02}");
            }
        }
    }

    /// Its name; `iso` is its ISO form.
    fn name(self, iso: &str) -> String {
        match self {
            Dated::Day(date) => date.to_string(),
            Dated::Partial(date) => date.to_string(),
            Dated::NoSuchDay(_) | Dated::Year(_) => iso.to_string(),
            Dated::YearNotStated(date) => format!("{date} (year not stated)"),
            Dated::Week { monday, .. } => format!("week of {monday}"),
        }
    }
}

/// A date's id ("date:2022-09-10"), written into the reused buffer `id`.
fn date_id(id: &mut String, dated: Dated) {
    id.clear();
    id.push_str("date:");
    dated.push_iso(id);
}

/// A mention of a date at `span` (`id` is a reused buffer): its ISO form is written into the
/// id, and copied for the value (and the date named) only when the date is new.
fn push_date(
    out: &mut Annotation,
    raw: &str,
    span: (usize, usize),
    id: &mut String,
    dated: Dated,
    why: Shared,
) {
    date_id(id, dated);
    push_found(out, raw, span, (id, EntityType::Date), why, |id| {
        let iso = &id["date:".len()..];
        let (value, name) = (iso.to_string(), dated.name(iso));
        Found {
            value: Some(value),
            ..Found::new(id, name, EntityType::Date, "")
        }
    });
}

/// Record a mention of an entity the rules found, with its why; `found` describes the entity
/// (listed once per article), so it is only called for the first mention of each.
fn push_found(
    out: &mut Annotation,
    raw: &str,
    (start, end): (usize, usize),
    (id, kind): (&str, EntityType),
    why: Shared,
    found: impl FnOnce(String) -> Found,
) {
    // One lookup: the id is copied into the set (and the entity described) only when it is
    // new; its mentions share the set's copy.
    let known = out.found_ids.len();
    let entity = out.found_ids.get_or_insert_with(id, |id| id.into()).clone();
    if out.found_ids.len() > known {
        out.found.push(found(id.to_string()));
    }
    push_mention(out, raw, (start, end), entity, kind, why);
}

/// Record a mention of `raw[start..end]`.
fn push_mention(
    out: &mut Annotation,
    raw: &str,
    (start, end): (usize, usize),
    entity: Shared,
    kind: EntityType,
    why: Shared,
) {
    out.mentions.push(Mention {
        start,
        end,
        text: shared_text(&raw[start..end]),
        entity,
        kind,
        why,
    });
}

/// `text` as a [`Shared`] string: the one made before for the same text, if any (kept a
/// thread, forgotten all at once past [`EXPLAINED_MAX`] texts). Mentions repeat: the same
/// names, dates and figures, article after article.
fn shared_text(text: &str) -> Shared {
    thread_local! {
        static TEXTS: std::cell::RefCell<FnvMap<Shared, ()>> = std::cell::RefCell::default();
    }
    kept_by_text(&TEXTS, text, || ()).0
}

/// A piece of a block's text: plain, or one mention.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub mention: Option<&'a Mention>,
}

/// Split a block's text into plain runs and mentions, in order, covering it exactly.
/// `mentions` are the article's, sorted and free of overlaps (as [`annotate`] returns them).
pub fn segments<'a>(block: &'a Block, mentions: &'a [Mention]) -> Vec<Segment<'a>> {
    let first = mentions.partition_point(|m| m.start < block.start);
    let mut out = Vec::new();
    let mut at = block.start;
    for m in mentions[first..].iter().take_while(|m| m.end <= block.end) {
        if m.start > at {
            out.push(Segment {
                text: &block.text[at - block.start..m.start - block.start],
                mention: None,
            });
        }
        out.push(Segment {
            text: &block.text[m.start - block.start..m.end - block.start],
            mention: Some(m),
        });
        at = m.end;
    }
    if at < block.end {
        out.push(Segment {
            text: &block.text[at - block.start..],
            mention: None,
        });
    }
    out
}

/// Entities across a corpus: each mentioned entity once, with the spellings seen for it.
#[derive(Clone, Debug, Default)]
pub struct Spellings {
    /// entity id → (spelling → why), in first-seen order.
    pub seen: FnvMap<Shared, Vec<(Shared, Shared)>>,
}

impl Spellings {
    pub fn add(&mut self, m: &Mention) {
        let list = self.seen.entry(m.entity.clone()).or_default();
        if !list.iter().any(|(s, _)| *s == m.text) {
            list.push((m.text.clone(), m.why.clone()));
        }
    }
}
