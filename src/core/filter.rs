//! Filter the corpus: every paragraph that mentions the chosen entities (all of them, or any),
//! or that matches a search — variant-aware, so "kupyansk", "KUPIANSK" and "Kup'yansk" find the
//! same paragraphs, and a search that names a known entity ("Kharkov") finds it in any spelling.
//!
//! [`Index`] is built once from the parsed and annotated corpus; [`filter`] is a pure function
//! of the index and a [`Query`]. The UI owns only the query.

use super::annotate::Annotation;
use super::corpus::Document;
use super::fnv::FnvMap;
use super::fold;
use super::gazetteer::Gazetteer;
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
}

pub use super::article::UNKNOWN_SOURCE;

impl Query {
    /// No entity and no search: nothing to filter by (a source choice alone narrows nothing).
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty() && self.text.trim().is_empty()
    }
}

/// The corpus, ready to filter.
pub struct Index {
    /// Every searchable paragraph (running text and headlines), in corpus order.
    paras: Vec<Para>,
    /// The source of each document.
    sources: Vec<String>,
    /// The folded text of each paragraph, padded with spaces for whole-word search.
    folded: Vec<String>,
    /// Entity id → positions in `paras` that mention it, ascending.
    by_entity: FnvMap<String, Vec<u32>>,
    /// Entity id → each spelling the corpus uses for it, with the sources that use it.
    spellings: FnvMap<String, Vec<(String, Vec<String>)>>,
}

impl Index {
    pub fn build(docs: &[Document], annotations: &[Annotation]) -> Index {
        let mut paras = Vec::new();
        let mut folded = Vec::new();
        let mut by_entity: FnvMap<String, Vec<u32>> = FnvMap::default();
        let mut spellings: FnvMap<String, Vec<(String, Vec<String>)>> = FnvMap::default();
        let mut sources = Vec::new();
        for (d, (doc, ann)) in docs.iter().zip(annotations).enumerate() {
            let source = doc.article.source_name();
            sources.push(source.to_string());
            for m in &ann.mentions {
                let list = spellings.entry(m.entity.clone()).or_default();
                match list.iter_mut().find(|(sp, _)| *sp == m.text) {
                    Some((_, sources)) if !sources.iter().any(|s| s == source) => {
                        sources.push(source.to_string())
                    }
                    Some(_) => {}
                    None => list.push((m.text.clone(), vec![source.to_string()])),
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
                        let list = by_entity.entry(m.entity.clone()).or_default();
                        if list.last() != Some(&pos) {
                            list.push(pos);
                        }
                    }
                }
                if searchable {
                    paras.push(Para {
                        doc: d as u32,
                        block: b as u32,
                    });
                    folded.push(format!(" {} ", fold::fold(&block.text).text));
                }
            }
        }
        Index {
            paras,
            sources,
            folded,
            by_entity,
            spellings,
        }
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
            let mut v: Vec<u32> = Gazetteer::get()
                .lookup_key(&key)
                .iter()
                .flat_map(|e| posting(&e.id))
                .collect();
            sort::sort_dedup(&mut v);
            v
        };
        let needle = format!(" {key} ");
        let prefix = format!(" {key}");
        hits.retain(|&p| {
            let text = &index.folded[p as usize];
            named.binary_search(&p).is_ok()
                || text.contains(&needle)
                // A short search also finds words that start with it ("kupi" → Kupiansk).
                || (key.len() >= 4 && text.contains(&prefix))
        });
    }
    hits.into_iter()
        .map(|p| index.paras[p as usize])
        .filter(|p| q.sources.is_empty() || q.sources.contains(&index.sources[p.doc as usize]))
        .collect()
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
