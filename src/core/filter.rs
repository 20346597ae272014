//! Filter the corpus: every paragraph that mentions the chosen entities (all of them, or any),
//! or that matches a search — variant-aware, so "kupyansk", "KUPIANSK" and "Kup'yansk" find the
//! same paragraphs, and a search that names a known entity ("Kharkov") finds it in any spelling
//! — narrowed, if asked, to paragraphs that name something of some types (people, figures…),
//! to some sources, and to dispatches from a range of days.
//!
//! [`Index`] is built once from the parsed and annotated corpus; [`filter`] is a pure function
//! of the index and a [`Query`]. The UI owns only the query.

use super::annotate::Annotation;
use super::corpus::Document;
use super::dates::Date;
use super::entity::EntityType;
use super::fnv::FnvMap;
use super::fold;
use super::sort;

/// A paragraph of the corpus: document index and block index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Para {
    pub doc: u32,
    pub block: u32,
}

/// What the reader asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Entity ids; a paragraph must mention all of them (or any, with `any`).
    pub entities: Vec<String>,
    pub any: bool,
    /// Free text: names in any spelling, or plain words.
    pub text: String,
    /// Only paragraphs from these sources (outlet names; "source unknown" for articles that do
    /// not say). Empty: every source.
    pub sources: Vec<String>,
    /// Only paragraphs that name something of one of these types. Empty: any paragraph.
    pub types: Vec<EntityType>,
    /// Only dispatches about these days (inclusive; see [`Annotation::date_span`]): dated on
    /// them, or, undated, mentioning them. Dispatches with no known date are left out.
    pub from: Option<Date>,
    pub to: Option<Date>,
}

pub use super::article::UNKNOWN_SOURCE;

impl Query {
    /// Nothing to filter by: no entity, search, type or date range (a choice of sources alone
    /// is a narrowing of some other filter, not a filter).
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
            && self.text.trim().is_empty()
            && self.types.is_empty()
            && !self.has_dates()
    }

    pub fn has_dates(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// The query in words, for a heading; `names` are the entities' names, in order.
    pub fn describe(&self, names: &[String]) -> String {
        let text = self.text.trim();
        let mut out = match (names.is_empty(), text.is_empty()) {
            (false, true) => format!(
                "Mentions of {}",
                names.join(if self.any { " or " } else { " and " })
            ),
            (false, false) => format!(
                "Mentions of {} matching “{text}”",
                names.join(if self.any { " or " } else { ", " })
            ),
            (true, false) => format!("Search: “{text}”"),
            (true, true) => "Paragraphs".to_string(),
        };
        if !self.types.is_empty() {
            let kinds: Vec<&str> = self.types.iter().map(|t| t.plural()).collect();
            let (last, rest) = kinds.split_last().expect("not empty");
            let list = if rest.is_empty() {
                last.to_string()
            } else {
                format!("{} or {last}", rest.join(", "))
            };
            out.push_str(&format!(" that name {list}"));
        }
        match (self.from, self.to) {
            (Some(a), Some(b)) if a == b => out.push_str(&format!(", dispatches of {a}")),
            (Some(a), Some(b)) => out.push_str(&format!(", dispatches of {a} – {b}")),
            (Some(a), None) => out.push_str(&format!(", dispatches from {a} on")),
            (None, Some(b)) => out.push_str(&format!(", dispatches up to {b}")),
            (None, None) => {}
        }
        out
    }
}

/// The corpus, ready to filter.
pub struct Index {
    /// Every searchable paragraph (running text and headlines), in corpus order.
    paras: Vec<Para>,
    /// The source of each document.
    sources: Vec<String>,
    /// The sources, each once, the unknown source last (the filter's source buttons).
    source_names: Vec<String>,
    /// The folded text of each paragraph, padded with spaces for whole-word search.
    folded: Vec<String>,
    /// Entity id → positions in `paras` that mention it, ascending.
    by_entity: FnvMap<String, Vec<u32>>,
    /// Entity id → each spelling the corpus uses for it, with the sources that use it.
    spellings: FnvMap<String, Vec<(String, Vec<String>)>>,
    /// Per entity type (in [`EntityType::ALL`] order): positions in `paras` that name
    /// something of that type, ascending.
    by_type: [Vec<u32>; 5],
    /// The days each document is about, when known.
    dates: Vec<Option<(Date, Date)>>,
    /// Every folded word of the searchable paragraphs, sorted, with the positions in `paras`
    /// that contain it (ascending): a search looks up its words instead of scanning.
    words: Vec<(String, Vec<u32>)>,
}

impl Index {
    pub fn build(docs: &[Document], annotations: &[Annotation]) -> Index {
        let mut paras = Vec::new();
        let mut folded = Vec::new();
        let mut by_entity: FnvMap<String, Vec<u32>> = FnvMap::default();
        let mut spellings: FnvMap<String, Vec<(String, Vec<String>)>> = FnvMap::default();
        let mut sources = Vec::new();
        let mut by_type: [Vec<u32>; 5] = Default::default();
        let mut dates = Vec::new();
        let mut words: FnvMap<String, Vec<u32>> = FnvMap::default();
        for (d, (doc, ann)) in docs.iter().zip(annotations).enumerate() {
            let source = doc.article.source_name();
            sources.push(source.to_string());
            dates.push(ann.date_span(&doc.article));
            for m in &ann.mentions {
                let list = spellings.entry(m.entity.to_string()).or_default();
                match list.iter_mut().find(|(sp, _)| **sp == *m.text) {
                    Some((_, sources)) if !sources.iter().any(|s| s == source) => {
                        sources.push(source.to_string())
                    }
                    Some(_) => {}
                    None => list.push((m.text.to_string(), vec![source.to_string()])),
                }
            }
            let mut mentions = ann.mentions.iter().peekable();
            for (b, block) in doc.article.blocks.iter().enumerate() {
                let searchable =
                    block.kind.is_body() || block.kind == super::article::BlockKind::Headline;
                // Mentions are sorted; take this block's.
                let pos = paras.len() as u32;
                while let Some(m) = mentions.next_if(|m| m.start < block.end) {
                    if searchable && m.start >= block.start {
                        let list = by_entity.entry(m.entity.to_string()).or_default();
                        if list.last() != Some(&pos) {
                            list.push(pos);
                        }
                        let t = &mut by_type[type_slot(m.kind)];
                        if t.last() != Some(&pos) {
                            t.push(pos);
                        }
                    }
                }
                if searchable {
                    paras.push(Para {
                        doc: d as u32,
                        block: b as u32,
                    });
                    let text = fold::fold(&block.text).text;
                    for w in text.split(' ').filter(|w| !w.is_empty()) {
                        let list = words.entry(w.to_string()).or_default();
                        if list.last() != Some(&pos) {
                            list.push(pos);
                        }
                    }
                    folded.push(format!(" {text} "));
                }
            }
        }
        let mut source_names = sources.clone();
        sort::sort_by(&mut source_names, |a, b| {
            (a == UNKNOWN_SOURCE, a).cmp(&(b == UNKNOWN_SOURCE, b))
        });
        source_names.dedup();
        Index {
            paras,
            sources,
            source_names,
            folded,
            by_entity,
            spellings,
            by_type,
            dates,
            words: {
                let mut w: Vec<(String, Vec<u32>)> = words.into_iter().collect();
                sort::sort_by(&mut w, |a, b| a.0.cmp(&b.0));
                w
            },
        }
    }

    /// The paragraphs that can contain the folded words of `key` — all of them, the last one
    /// perhaps only as the start of a word — ascending; `None` when `key` is not plain words.
    /// A superset of the matches: the caller checks the words' order.
    fn word_candidates(&self, key: &str, last_is_prefix: bool) -> Option<Vec<u32>> {
        let parts: Vec<&str> = key.split(' ').collect();
        if parts.iter().any(|w| w.is_empty()) {
            return None;
        }
        let (last, rest) = parts.split_last()?;
        let exact = |w: &str| {
            self.words
                .binary_search_by(|(x, _)| x.as_str().cmp(w))
                .map_or_else(|_| Vec::new(), |i| self.words[i].1.clone())
        };
        let mut out = if last_is_prefix {
            let from = self.words.partition_point(|(x, _)| x.as_str() < *last);
            union(
                self.words[from..]
                    .iter()
                    .take_while(|(x, _)| x.starts_with(last))
                    .flat_map(|(_, p)| p.iter().copied()),
                self.paras.len(),
            )
        } else {
            exact(last)
        };
        for w in rest {
            out = intersect(&out, &exact(w));
        }
        Some(out)
    }

    /// The sources of the corpus, each once, in order (the unknown source last).
    pub fn source_names(&self) -> &[String] {
        &self.source_names
    }

    /// The first and last day any document is about, if any date is known.
    pub fn date_extent(&self) -> Option<(Date, Date)> {
        let known = self.dates.iter().flatten();
        let first = known.clone().map(|d| d.0).min()?;
        let last = known.map(|d| d.1).max()?;
        Some((first, last))
    }

    /// How many documents have no known date (a date range leaves them out).
    pub fn undated(&self) -> usize {
        self.dates.iter().filter(|d| d.is_none()).count()
    }

    /// Whether a document has no known date.
    pub fn is_undated(&self, doc: u32) -> bool {
        self.dates.get(doc as usize).is_some_and(Option::is_none)
    }

    /// The spellings the corpus uses for an entity, each with the sources that use it, in the
    /// order first seen.
    pub fn spellings(&self, entity: &str) -> &[(String, Vec<String>)] {
        self.spellings.get(entity).map_or(&[], Vec::as_slice)
    }

    /// How many paragraphs mention an entity.
    pub fn count(&self, entity: &str) -> usize {
        self.by_entity.get(entity).map_or(0, Vec::len)
    }
}

/// The paragraphs that answer the query, in corpus order.
pub fn filter(index: &Index, q: &Query) -> Vec<Para> {
    if q.is_empty() {
        return Vec::new();
    }
    let all = || (0..index.paras.len() as u32).collect::<Vec<u32>>();
    let posting = |id: &String| index.by_entity.get(id).cloned().unwrap_or_default();
    let mut hits: Vec<u32> = if q.entities.is_empty() {
        all()
    } else if q.any {
        let mut u: Vec<u32> = q.entities.iter().flat_map(posting).collect();
        sort::sort_dedup(&mut u);
        u
    } else {
        q.entities
            .iter()
            .map(posting)
            .reduce(|a, b| intersect(&a, &b))
            .unwrap_or_default()
    };
    let key = fold::key(&q.text);
    if !key.is_empty() {
        // A search that names known entities finds them in any spelling; any search also
        // matches the words themselves, folded.
        let named: Vec<u32> = {
            let mut v: Vec<u32> = super::corpus::named(&key)
                .into_iter()
                .flat_map(|id| index.by_entity.get(id).cloned().unwrap_or_default())
                .collect();
            sort::sort_dedup(&mut v);
            v
        };
        // Whole words; from four letters on, also words that start with it ("kupi" →
        // Kupiansk). The word index gives the paragraphs that have the words; the text
        // confirms they stand in that order.
        let prefix = key.len() >= 4;
        let needle = if prefix {
            format!(" {key}")
        } else {
            format!(" {key} ")
        };
        let candidates = index.word_candidates(&key, prefix);
        hits.retain(|&p| {
            named.binary_search(&p).is_ok()
                || (candidates
                    .as_ref()
                    .is_none_or(|c| c.binary_search(&p).is_ok())
                    && index.folded[p as usize].contains(&needle))
        });
    }
    if !q.types.is_empty() {
        let typed = union(
            q.types
                .iter()
                .flat_map(|t| index.by_type[type_slot(*t)].iter().copied()),
            index.paras.len(),
        );
        hits = intersect(&hits, &typed);
    }
    let in_range = |doc: u32| {
        if !q.has_dates() {
            return true;
        }
        index.dates[doc as usize].is_some_and(|(first, last)| {
            q.from.is_none_or(|from| last >= from) && q.to.is_none_or(|to| first <= to)
        })
    };
    hits.into_iter()
        .map(|p| index.paras[p as usize])
        .filter(|p| q.sources.is_empty() || q.sources.contains(&index.sources[p.doc as usize]))
        .filter(|p| in_range(p.doc))
        .collect()
}

/// A group of toggles where choosing nothing means everything (sources, types): the choice
/// after a click on `item`. From everything, the click leaves all the others; otherwise it
/// switches `item` off or on; choosing everything is choosing nothing.
pub fn toggled<T: Clone + Ord>(chosen: &[T], all: &[T], item: &T) -> Vec<T> {
    let mut next: Vec<T> = if chosen.is_empty() {
        all.iter().filter(|x| *x != item).cloned().collect()
    } else if chosen.contains(item) {
        chosen.iter().filter(|x| *x != item).cloned().collect()
    } else {
        chosen.iter().chain([item]).cloned().collect()
    };
    sort::sort_dedup(&mut next);
    if all.iter().all(|x| next.contains(x)) {
        next.clear();
    }
    next
}

fn type_slot(t: EntityType) -> usize {
    EntityType::ALL
        .iter()
        .position(|&x| x == t)
        .expect("every type is in ALL")
}

/// The paragraph numbers (each below `n`) among `items`, ascending, each once: marked in a
/// bitset and read back, in linear time and without a sort.
fn union(items: impl Iterator<Item = u32>, n: usize) -> Vec<u32> {
    let mut bits = vec![0u64; n.div_ceil(64)];
    for p in items {
        bits[p as usize / 64] |= 1 << (p % 64);
    }
    let mut out = Vec::new();
    for (i, &word) in bits.iter().enumerate() {
        let mut w = word;
        while w != 0 {
            out.push(i as u32 * 64 + w.trailing_zeros());
            w &= w - 1;
        }
    }
    out
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::corpus;

    #[test]
    fn union_is_sorted_and_once_each() {
        for (items, n, want) in [
            (vec![], 0, vec![]),
            (vec![3, 1, 3, 0], 4, vec![0, 1, 3]),
            (
                vec![64, 63, 127, 0, 64, 128],
                129,
                vec![0, 63, 64, 127, 128],
            ),
        ] {
            assert_eq!(union(items.into_iter(), n), want);
        }
    }

    fn index() -> Index {
        let ann = corpus::annotated();
        Index::build(corpus::embedded(), &ann.annotations)
    }

    fn texts(paras: &[Para]) -> Vec<&'static str> {
        let docs = corpus::embedded();
        paras
            .iter()
            .map(|p| {
                docs[p.doc as usize].article.blocks[p.block as usize]
                    .text
                    .as_str()
            })
            .collect()
    }

    #[test]
    fn by_type_every_paragraph_names_one() {
        let idx = index();
        let ann = corpus::annotated();
        for types in [
            vec![EntityType::Quantity],
            vec![EntityType::Person, EntityType::Date],
        ] {
            let got = filter(
                &idx,
                &Query {
                    types: types.clone(),
                    ..Query::default()
                },
            );
            assert!(!got.is_empty());
            let docs = corpus::embedded();
            // Exactly the paragraphs with a mention of one of the types.
            let mut want = Vec::new();
            for (d, doc) in docs.iter().enumerate() {
                for (b, block) in doc.article.blocks.iter().enumerate() {
                    let searchable = block.kind.is_body()
                        || block.kind == crate::core::article::BlockKind::Headline;
                    let named = ann.annotations[d].mentions.iter().any(|m| {
                        m.start >= block.start && m.end <= block.end && types.contains(&m.kind)
                    });
                    if searchable && named {
                        want.push(Para {
                            doc: d as u32,
                            block: b as u32,
                        });
                    }
                }
            }
            assert_eq!(got, want, "{types:?}");
        }
        // With an entity: its paragraphs that also have a figure.
        let kupiansk = Query {
            entities: vec!["place:kupiansk.07.6308".into()],
            types: vec![EntityType::Quantity],
            ..Query::default()
        };
        let got = texts(&filter(&idx, &kupiansk));
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().any(|t| t.contains("27,000 people")), "{got:?}");
    }

    /// The word index finds exactly what scanning every paragraph finds.
    #[test]
    fn word_index_search_equals_a_scan() {
        use crate::core::{annotate::annotate, article::parse, synth};
        let texts: Vec<(String, &'static str)> = synth::corpus(24, 5)
            .into_iter()
            .map(|(f, t)| (f, &*Box::leak(t.into_boxed_str())))
            .collect();
        let docs: Vec<Document> = texts
            .iter()
            .map(|(f, t)| Document {
                raw: t,
                article: parse(f, t),
            })
            .collect();
        let anns: Vec<Annotation> = docs.iter().map(|d| annotate(d.raw, &d.article)).collect();
        let idx = Index::build(&docs, &anns);
        for q in [
            "k",
            "ku",
            "kup",
            "kupy",
            "kupyansk",
            "kupiansk",
            "russian",
            "russian t",
            "russian troops",
            "in the",
            "of",
            "the city of",
            "2,000",
            "kharkiv oblast",
            "zz",
            "x-ray",
            "sept. 10",
            "de-occupation",
        ] {
            let got = filter(
                &idx,
                &Query {
                    text: q.into(),
                    ..Query::default()
                },
            );
            let key = fold::key(q);
            let needle = if key.len() >= 4 {
                format!(" {key}")
            } else {
                format!(" {key} ")
            };
            let named: Vec<u32> = crate::core::gazetteer::Gazetteer::get()
                .lookup_key(&key)
                .iter()
                .flat_map(|e| idx.by_entity.get(&e.id).cloned().unwrap_or_default())
                .collect();
            let want: Vec<Para> = (0..idx.paras.len())
                .filter(|&p| named.contains(&(p as u32)) || idx.folded[p].contains(&needle))
                .map(|p| idx.paras[p])
                .collect();
            assert_eq!(got, want, "{q:?}");
            if ["kupy", "russian t", "the city of", "in the"].contains(&q) {
                assert!(!got.is_empty(), "{q:?} finds something");
            }
        }
    }

    #[test]
    fn toggles_where_nothing_means_everything() {
        let all = ["a", "b", "c"];
        for (chosen, item, want) in [
            (&[][..], "b", &["a", "c"][..]),
            (&["a", "c"], "a", &["c"]),
            (&["c"], "c", &[]),
            (&["c"], "a", &["a", "c"]),
            (&["a", "c"], "b", &[]),
        ] {
            assert_eq!(toggled(chosen, &all, &item), want, "{chosen:?} {item}");
        }
    }

    #[test]
    fn queries_in_words() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let day = |d| Date::new(2022, 9, d);
        for (q, n, want) in [
            (
                Query {
                    any: true,
                    ..Query::default()
                },
                names(&["Izium", "Kupiansk"]),
                "Mentions of Izium or Kupiansk",
            ),
            (
                Query {
                    text: " kupyansk ".into(),
                    types: vec![EntityType::Quantity],
                    ..Query::default()
                },
                names(&[]),
                "Search: “kupyansk” that name figures",
            ),
            (
                Query {
                    types: vec![EntityType::Person, EntityType::Org],
                    from: day(10),
                    to: day(11),
                    ..Query::default()
                },
                names(&[]),
                "Paragraphs that name people or organisations, dispatches of Sat 10 Sep 2022 – Sun 11 Sep 2022",
            ),
            (
                Query {
                    from: day(10),
                    to: day(10),
                    ..Query::default()
                },
                names(&["Izium"]),
                "Mentions of Izium, dispatches of Sat 10 Sep 2022",
            ),
            (
                Query {
                    to: day(10),
                    ..Query::default()
                },
                names(&[]),
                "Paragraphs, dispatches up to Sat 10 Sep 2022",
            ),
            (
                Query {
                    types: vec![EntityType::Place, EntityType::Org, EntityType::Date],
                    ..Query::default()
                },
                names(&[]),
                "Paragraphs that name places, organisations or dates",
            ),
        ] {
            assert_eq!(q.describe(&n), want);
        }
    }

    #[test]
    fn by_date_range_of_the_dispatches() {
        let idx = index();
        let docs_in = |from: &str, to: &str| {
            let q = Query {
                from: Date::parse_iso(from),
                to: Date::parse_iso(to),
                ..Query::default()
            };
            let mut d: Vec<u32> = filter(&idx, &q).iter().map(|p| p.doc).collect();
            d.dedup();
            d
        };
        // 000 states no year (left out of any range), 001 is dated 10 Sep 2022, 002 is about
        // 10–11 Sep 2022 (its dates, the year evidenced).
        assert_eq!(idx.undated(), 1);
        assert_eq!(
            idx.date_extent(),
            Some((
                Date::new(2022, 9, 10).unwrap(),
                Date::new(2022, 9, 11).unwrap()
            ))
        );
        assert_eq!(docs_in("2022-09-10", "2022-09-10"), [1, 2]);
        assert_eq!(docs_in("2022-09-11", ""), [2]);
        assert_eq!(docs_in("", "2022-09-10"), [1, 2]);
        assert_eq!(docs_in("2022-09-12", ""), Vec::<u32>::new());
        assert_eq!(docs_in("", "2022-09-09"), Vec::<u32>::new());
    }

    #[test]
    fn an_entity_in_every_spelling() {
        let idx = index();
        let q = Query {
            entities: vec!["place:kupiansk.07.6308".into()],
            ..Query::default()
        };
        let got = filter(&idx, &q);
        // Kupiansk (UPI) and Kupyansk (UPI, RFE/RL): 8 paragraphs of 2 articles. The raion
        // ("Kupyansk district", seed 000) is another entity.
        assert_eq!(got.len(), 8);
        assert!(
            texts(&got)
                .iter()
                .all(|t| t.contains("Kupiansk") || t.contains("Kupyansk"))
        );
        assert_eq!(idx.count("place:kupiansk.07.6308"), 8);
    }

    #[test]
    fn variant_aware_search() {
        let idx = index();
        let search = |t: &str| {
            filter(
                &idx,
                &Query {
                    text: t.into(),
                    ..Query::default()
                },
            )
        };
        // The word in any spelling: the town's 8 paragraphs and the "Kupyansk district" sign.
        let base = search("Kupiansk");
        assert_eq!(base.len(), 9);
        for variant in ["kupyansk", "KUPIANSK", "Kup'yansk", "Kupjansk", "kupi"] {
            assert_eq!(search(variant), base, "{variant}");
        }
        // A Russian-derived alias finds the entity in the spellings the text uses.
        assert_eq!(search("Balakleya"), search("Balakliia"));
        assert!(!search("Balakleya").is_empty());
        // Plain words search the text.
        assert_eq!(search("helicopters").len(), 2);
        assert!(search("zzzz").is_empty());
    }

    #[test]
    fn spellings_by_source() {
        let idx = index();
        let got = idx.spellings("place:izium.07.6304");
        assert_eq!(
            got,
            [(
                "Izyum".to_string(),
                vec!["source unknown".to_string(), "UPI".into(), "RFE/RL".into()]
            )]
        );
        let kupiansk: Vec<(&str, Vec<&str>)> = idx
            .spellings("place:kupiansk.07.6308")
            .iter()
            .map(|(s, src)| (s.as_str(), src.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            kupiansk,
            [
                ("Kupiansk", vec!["UPI"]),
                ("Kupyansk", vec!["UPI", "RFE/RL"])
            ]
        );
    }

    #[test]
    fn by_source() {
        let idx = index();
        let q = |sources: &[&str]| Query {
            entities: vec!["place:kupiansk.07.6308".into()],
            sources: sources.iter().map(|s| s.to_string()).collect(),
            ..Query::default()
        };
        let upi = filter(&idx, &q(&["UPI"]));
        let rferl = filter(&idx, &q(&["RFE/RL"]));
        assert_eq!((upi.len(), rferl.len()), (3, 5));
        assert_eq!(filter(&idx, &q(&["UPI", "RFE/RL"])).len(), 8);
        assert!(filter(&idx, &q(&[UNKNOWN_SOURCE])).is_empty());
    }

    #[test]
    fn all_of_and_any_of() {
        let idx = index();
        let izium = "place:izium.07.6304".to_string();
        let zelenskyy = "person:volodymyr-zelenskyy".to_string();
        let q = |any| Query {
            entities: vec![izium.clone(), zelenskyy.clone()],
            any,
            ..Query::default()
        };
        let all = filter(&idx, &q(false));
        let any = filter(&idx, &q(true));
        assert!(!all.is_empty() && all.len() < any.len());
        assert!(all.iter().all(|p| any.contains(p)));
        assert_eq!(
            any.len(),
            idx.count(&izium) + idx.count(&zelenskyy) - all.len()
        );
    }
}
