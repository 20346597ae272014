//! The gazetteer: every known entity and every spelling that names it, compiled into one
//! multi-pattern matcher over folded text.
//!
//! Data (in `src/data/`, compiled in):
//! - `places.tsv`: GeoNames' Ukrainian populated places and raions (CC BY 4.0), national-
//!   romanisation names with GeoNames' spelling kept as an alias (`scripts/extract-places.mjs`).
//! - `place_aliases.tsv`: curated extra spellings (Russian-derived and former names),
//!   prominence, and the places GeoNames lacks (villages under 1,000 people).
//! - `regions.tsv`: oblasts, regions, rivers, sites, countries and foreign places.
//! - `actors.tsv`: people and organisations of the war.
//!
//! Each entity's canonical name and aliases are folded ([`super::fold`]); one folded key may
//! name several entities (three Lymans, five Shevchenkoves), and the annotator chooses among
//! them by context.

use super::entity::{Alias, Entity, EntityType, Prominence, Shared, distance_km, slug};
use super::fnv::{FnvMap, FnvSet};
use super::fold;
use super::num::parse_decimal;
use super::{packed, sort};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};
use std::sync::OnceLock;

/// The description in line `slot` of the descriptions.
fn description_line(slot: u32) -> Option<&'static str> {
    static LINES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let lines = LINES.get_or_init(|| packed::descriptions().lines().collect());
    lines.get(slot as usize).copied().filter(|l| !l.is_empty())
}

/// The compiled gazetteer.
pub struct Gazetteer {
    pub entities: Vec<Entity>,
    /// Folded key of each pattern.
    keys: Vec<String>,
    /// Entities each pattern names, with the form (0 = canonical name, k = alias k − 1) that
    /// folds to the pattern.
    candidates: Vec<Vec<(u32, u32)>>,
    /// Whether a pattern names any entity beyond GeoNames' bare list (see [`Gazetteer::curated`]).
    curated: Vec<bool>,
    /// What a spelling of each pattern looks like: see [`Gazetteer::fits`].
    shapes: Vec<Shape>,
    by_key: FnvMap<String, usize>,
    matcher: contiguous::NFA,
    by_id: FnvMap<String, u32>,
    /// admin1 code → index of its oblast entity.
    oblasts: FnvMap<String, u32>,
    /// Each entity's id as its mentions share it, made when first asked for.
    shared_ids: Vec<std::sync::OnceLock<Shared>>,
    /// People by the rest of each of their names after its first word, folded, with that first
    /// word ("lisak" → Serhii Lysak, "serhi"), made when first asked for.
    by_rest_of_name: OnceLock<FnvMap<String, Vec<(u32, String)>>>,
    /// Names asked about by [`Gazetteer::oblast_named`], each with its answer (an entity's
    /// index): articles ask about the same towns again and again.
    named_oblasts: std::sync::Mutex<FnvMap<Box<str>, Option<u32>>>,
}

/// The listed forms that fold to one pattern, in outline.
#[derive(Clone, Copy, Debug)]
struct Shape {
    /// Every form is in capitals ("SSO", "U.S.").
    acronym: bool,
    /// The fewest and the most letters and digits of a form.
    shortest: u8,
    longest: u8,
}

impl Shape {
    fn of<'f>(forms: impl Iterator<Item = &'f str>) -> Shape {
        let mut shape = Shape {
            acronym: true,
            shortest: u8::MAX,
            longest: 0,
        };
        for form in forms {
            shape.acronym &= !form.chars().any(char::is_lowercase);
            let n = form.chars().filter(|c| c.is_alphanumeric()).count();
            let n = u8::try_from(n).unwrap_or(u8::MAX);
            shape.shortest = shape.shortest.min(n);
            shape.longest = shape.longest.max(n);
        }
        shape
    }
}

/// A gazetteer match in folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

impl Gazetteer {
    /// The gazetteer built from the compiled-in tables (once per process).
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::build(&load_entities()))
    }

    pub fn build(entities: &[Entity]) -> Gazetteer {
        let mut keys: Vec<String> = Vec::new();
        let mut candidates: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut by_key: FnvMap<String, usize> = FnvMap::default();
        for (i, e) in entities.iter().enumerate() {
            for (fi, form) in e.names().enumerate() {
                let k = fold::key(form);
                if !usable_key(&k, e) {
                    continue;
                }
                let p = *by_key.entry(k.clone()).or_insert_with(|| {
                    keys.push(k);
                    candidates.push(Vec::new());
                    keys.len() - 1
                });
                if !candidates[p].iter().any(|&(c, _)| c == i as u32) {
                    candidates[p].push((i as u32, fi as u32));
                }
            }
        }
        let matcher = contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keys)
            .expect("gazetteer patterns compile");
        let shapes = candidates
            .iter()
            .map(|c| {
                let forms = c.iter().map(|&(i, f)| {
                    let e = &entities[i as usize];
                    match f {
                        0 => e.name.as_str(),
                        k => e.aliases[k as usize - 1].text.as_str(),
                    }
                });
                Shape::of(forms)
            })
            .collect();
        let curated = candidates
            .iter()
            .map(|c| {
                c.iter()
                    .any(|&(i, _)| !entities[i as usize].is_geonames_only())
            })
            .collect();
        let by_id = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i as u32))
            .collect();
        let oblasts = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.subtype == "oblast")
            .filter_map(|(i, e)| e.admin1.clone().map(|a| (a, i as u32)))
            .collect();
        Gazetteer {
            entities: entities.to_vec(),
            keys,
            candidates,
            curated,
            shapes,
            by_key,
            matcher,
            by_id,
            oblasts,
            shared_ids: entities.iter().map(|_| Default::default()).collect(),
            by_rest_of_name: OnceLock::new(),
            named_oblasts: Default::default(),
        }
    }

    /// `e`'s id, one copy shared by every mention of it in every article. (`e` is one of this
    /// gazetteer's entities; for any other, a copy of its own.)
    pub fn shared_id(&self, e: &Entity) -> Shared {
        let at = (e as *const Entity as usize).wrapping_sub(self.entities.as_ptr() as usize)
            / std::mem::size_of::<Entity>();
        match self.shared_ids.get(at) {
            Some(id) if std::ptr::eq(&self.entities[at], e) => {
                id.get_or_init(|| e.id.as_str().into()).clone()
            }
            _ => e.id.as_str().into(),
        }
    }

    /// Leftmost-longest matches of known names in folded text that start and end on word
    /// boundaries. Where the longest name at a position runs into a longer word ("donetsk
    /// region" in "Donetsk regions"), the longest shorter name there that ends on a boundary
    /// is taken instead ("donetsk").
    ///
    /// A hyphen joins two names, or a name and a word like "based", without making one
    /// name: "the Svatove-Kreminna road" names Svatove and Kreminna, "a Kyiv-based group"
    /// Kyiv. A hyphenated name the tables know ("Kupiansk-Vuzlovyi") is matched whole first.
    ///
    /// Since a match must start on a word boundary, only word starts are tried: one anchored
    /// walk of the trie from each, remembering the longest name seen that ends on a boundary.
    pub fn find(&self, folded: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        self.find_into(folded, None, &mut out);
        out
    }

    /// [`Gazetteer::find`] into `out` (emptied first), reusing its buffer; with `may_start`
    /// (a bitset over the folded bytes, as [`fold::Folded::capitals`] makes), only from
    /// the word starts it marks: names are capitalised, so most words need no walk at all.
    pub fn find_into(&self, folded: &str, may_start: Option<&[u64]>, out: &mut Vec<Hit>) {
        out.clear();
        let bytes = folded.as_bytes();
        let is_word = |b: u8| super::text::is_alnum(b) || b == b'-';
        let ends_ok = |e: usize| e >= bytes.len() || !is_word(bytes[e]);
        // The first position at or after `at` that starts a word (follows a non-word byte).
        let next_start = |at: usize| {
            if at == 0 || at >= bytes.len() || !is_word(bytes[at - 1]) {
                return at;
            }
            bytes[at..]
                .iter()
                .position(|&b| !is_word(b))
                .map_or(bytes.len(), |q| at + q + 1)
        };
        let nfa = &self.matcher;
        let root = nfa
            .start_state(Anchored::Yes)
            .expect("the NFA supports anchored searches");
        // After a name and a hyphen: another name, or one of the words that make a name an
        // adjective of place or actor.
        let joins = |hyphen: usize| {
            let rest = &bytes[hyphen + 1..];
            HYPHEN_WORDS
                .iter()
                .any(|w| rest.starts_with(w.as_bytes()) && ends_ok(hyphen + 1 + w.len()))
                || {
                    let (found, before_hyphen) = walk(nfa, root, bytes, hyphen + 1, ends_ok);
                    found.is_some() || before_hyphen.is_some()
                }
        };
        let marked = |s: usize| may_start.is_none_or(|bits| bits[s / 64] >> (s % 64) & 1 == 1);
        // The first word start at or after `at` that `may_start` marks: read off the bitset a
        // 64-bit word at a time, not byte by byte. (A marked word after a hyphen is no start.)
        let next_marked = |at: usize| {
            let Some(bits) = may_start else {
                return next_start(at);
            };
            let mut w = at / 64;
            let mut word = match bits.get(w) {
                Some(&b) => b & (!0u64 << (at % 64)),
                None => return bytes.len(),
            };
            loop {
                while word != 0 {
                    let b = w * 64 + word.trailing_zeros() as usize;
                    if b == 0 || !is_word(bytes[b - 1]) {
                        return b;
                    }
                    word &= word - 1;
                }
                w += 1;
                match bits.get(w) {
                    Some(&b) => word = b,
                    None => return bytes.len(),
                }
            }
        };
        let mut s = next_marked(0);
        while s < bytes.len() {
            if !marked(s) {
                s = next_marked(s + 1);
                continue;
            }
            let (found, before_hyphen) = walk(nfa, root, bytes, s, ends_ok);
            match found.or(before_hyphen.filter(|&(end, _)| joins(end))) {
                Some((end, pattern)) => {
                    out.push(Hit {
                        start: s,
                        end,
                        pattern,
                    });
                    s = if bytes.get(end) == Some(&b'-') {
                        end + 1
                    } else {
                        next_marked(end)
                    };
                }
                None => s = next_marked(s + 1),
            }
        }
    }

    /// The entities a pattern names.
    pub fn candidates(&self, pattern: usize) -> impl Iterator<Item = &Entity> {
        self.candidates[pattern]
            .iter()
            .map(|&(i, _)| &self.entities[i as usize])
    }

    /// Whether any entity the pattern names is a listed person, organisation or curated place
    /// (not only a GeoNames populated place).
    /// Whether `spelled`, text that folds to `pattern`, may be a spelling of it: not when
    /// every listed form is an acronym and `spelled`, of fewer than 4 letters, has a lower-case
    /// one ("So" is not the SSO, "App" not the AP, "Us" not the US, "Who" not the WHO; but
    /// "Nato" is NATO), nor when a short word is two letters or more shorter or longer than
    /// every form ("Being" is not Beijing).
    pub fn fits(&self, pattern: usize, spelled: &str) -> bool {
        let shape = self.shapes[pattern];
        let n = spelled.chars().filter(|c| c.is_alphanumeric()).count();
        if shape.acronym && n < 4 && spelled.chars().any(char::is_lowercase) {
            return false;
        }
        n > 5 || (n + 1 >= usize::from(shape.shortest) && n <= usize::from(shape.longest) + 1)
    }

    pub fn curated(&self, pattern: usize) -> bool {
        self.curated[pattern]
    }

    /// The spelling of `e` (its name or a listed alias, with the alias's origin) that folds to
    /// `pattern`.
    pub fn form<'e>(&self, pattern: usize, e: &'e Entity) -> (&'e str, Option<&'static str>) {
        let fi = self.candidates[pattern]
            .iter()
            .find(|&&(i, _)| std::ptr::eq(&self.entities[i as usize], e))
            .map_or(0, |&(_, f)| f as usize);
        match fi {
            0 => (&e.name, None),
            k => e
                .aliases
                .get(k - 1)
                .map_or((&e.name, None), |a| (&a.text, Some(a.origin))),
        }
    }

    pub fn key(&self, pattern: usize) -> &str {
        &self.keys[pattern]
    }

    /// The entities `spelled` (folding to `key`) may name: as [`Gazetteer::lookup_key`], if
    /// `spelled` [fits](Gazetteer::fits) the pattern.
    pub fn lookup_spelled(&self, spelled: &str, key: &str) -> Vec<&Entity> {
        match self.by_key.get(key) {
            Some(&p) if self.fits(p, spelled.trim()) => self.candidates(p).collect(),
            _ => Vec::new(),
        }
    }

    /// The entities whose names fold to `key`.
    pub fn lookup_key(&self, key: &str) -> Vec<&Entity> {
        self.by_key
            .get(key)
            .map(|&p| self.candidates(p).collect())
            .unwrap_or_default()
    }

    /// The places a Russian-derived spelling no table lists may name ([`fold::russian_readings`]
    /// of its key), with the rules that read it so: the first full reading that names a place,
    /// else the one reading with an "e" read as "i" that does — none when several do.
    pub fn lookup_russian(&self, key: &str) -> Option<(Vec<&Entity>, String)> {
        let places = |k: &str| -> Vec<&Entity> {
            self.lookup_key(k)
                .into_iter()
                .filter(|e| e.kind == EntityType::Place)
                .collect()
        };
        let mut readings = fold::russian_readings(key).into_iter();
        let mut one_letter = Vec::new();
        for (reading, why) in readings.by_ref() {
            let found = places(&reading);
            if found.is_empty() {
                continue;
            }
            if !why.ends_with("e → i") {
                return Some((found, why));
            }
            one_letter.push((found, why));
        }
        (one_letter.len() == 1).then(|| one_letter.remove(0))
    }

    /// The people one of whose names (canonical or alias) folds, after its first word, to
    /// `rest` (folded), each with that first word folded: "lisak" gives Serhii Lysak with
    /// "serhi" (from "Serhii Lysak" and "Serhiy Lysak").
    pub fn people_named_after_first_word(
        &self,
        rest: &str,
    ) -> impl Iterator<Item = (&Entity, &str)> {
        let index = self.by_rest_of_name.get_or_init(|| {
            let mut index: FnvMap<String, Vec<(u32, String)>> = FnvMap::default();
            for (i, e) in self.entities.iter().enumerate() {
                if e.kind != EntityType::Person {
                    continue;
                }
                for n in e.names() {
                    if let Some((first, r)) = fold::key(n).split_once(' ') {
                        let people = index.entry(r.to_string()).or_default();
                        let entry = (i as u32, first.to_string());
                        if !people.contains(&entry) {
                            people.push(entry);
                        }
                    }
                }
            }
            index
        });
        index
            .get(rest)
            .into_iter()
            .flatten()
            .map(|(i, first)| (&self.entities[*i as usize], first.as_str()))
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i as usize])
    }

    /// The oblast (Ukraine's, or Russia's) called "<name> Oblast", if there is one.
    pub fn oblast_named(&self, name: &str) -> Option<&Entity> {
        // (A poisoned lock, after a panic elsewhere, still holds good answers.)
        let mut named = self
            .named_oblasts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let at = match named.get(name) {
            Some(&at) => at,
            None => {
                let key = fold::key(&format!("{name} Oblast"));
                let at = self.by_key.get(key.as_str()).and_then(|&p| {
                    self.candidates[p].iter().map(|&(i, _)| i).find(|&i| {
                        matches!(
                            self.entities[i as usize].subtype.as_str(),
                            "oblast" | "foreign-region"
                        )
                    })
                });
                // (Bounded: forgotten all at once past 16,384 names.)
                if named.len() >= 1 << 14 {
                    named.clear();
                }
                named.insert(name.into(), at);
                at
            }
        };
        at.map(|i| &self.entities[i as usize])
    }

    /// The oblast named for town `e`, by its name or by the spelling the text gave it: a
    /// city renamed since keeps its oblast's name ("Dnipropetrovsk" is Dnipro's old name and
    /// the oblast's; "Kirovohrad", Kropyvnytskyi's).
    pub fn oblast_named_for(&self, e: &Entity, spelled: &str) -> Option<&Entity> {
        self.oblast_named(&e.name)
            .or_else(|| self.oblast_named(spelled))
    }

    /// The river called "<name> River" (as its name or a listed spelling), if there is one.
    pub fn river_named(&self, name: &str) -> Option<&Entity> {
        self.lookup_key(&fold::key(&format!("{name} River")))
            .into_iter()
            .find(|e| e.subtype == "river")
    }

    /// The oblast a Ukrainian place lies in.
    pub fn oblast_of(&self, e: &Entity) -> Option<&Entity> {
        if e.subtype == "oblast" {
            return None;
        }
        e.admin1
            .as_ref()
            .and_then(|a| self.oblasts.get(a))
            .map(|&i| &self.entities[i as usize])
    }

    pub fn pattern_count(&self) -> usize {
        self.keys.len()
    }

    pub fn patterns(&self) -> &[String] {
        &self.keys
    }

    /// The benchmarks' baseline (benches/annotate.rs, examples/annotate_vs_bare.rs): the same
    /// patterns in aho-corasick's own searcher, leftmost-longest, ignoring ASCII case.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn bare_matcher(&self) -> aho_corasick::AhoCorasick {
        aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&self.keys)
            .expect("the gazetteer's patterns compile")
    }
}

/// Where a name ends and which pattern it is.
type EndAt = (usize, usize);

/// One anchored walk of the automaton from `s` in `bytes`: the longest name that ends where
/// `ends_ok` says a name may end, and the longest that ends just before a hyphen (each as its
/// end and pattern). Inlined: it is the hot loop of [`Gazetteer::find`].
#[inline(always)]
fn walk(
    nfa: &contiguous::NFA,
    root: aho_corasick::automaton::StateID,
    bytes: &[u8],
    s: usize,
    ends_ok: impl Fn(usize) -> bool,
) -> (Option<EndAt>, Option<EndAt>) {
    let (mut found, mut before_hyphen) = (None, None);
    let mut sid = root;
    for (i, &b) in bytes[s..].iter().enumerate() {
        sid = nfa.next_state(Anchored::Yes, sid, b);
        if !nfa.is_special(sid) {
            continue;
        }
        if nfa.is_dead(sid) {
            break;
        }
        if nfa.is_match(sid) {
            let end = s + i + 1;
            let pattern = nfa.match_pattern(sid, 0);
            // Match states also carry names that start later (reached by failure links in
            // unanchored searches): only those starting at `s` count.
            if nfa.pattern_len(pattern) == i + 1 {
                if ends_ok(end) {
                    found = Some((end, pattern.as_usize()));
                } else if bytes[end] == b'-' {
                    before_hyphen = Some((end, pattern.as_usize()));
                }
            }
        }
    }
    (found, before_hyphen)
}

/// Words that, after a name and a hyphen, make the name an adjective without making a new
/// name: "Kyiv-based", "Russian-installed", "Kremlin-backed", "UAE-mediated", "US-made".
/// Folded, as the text they are compared with is: doubled letters once ("instaled"), a
/// final "y" as "i". (A test checks each is its own fold.)
const HYPHEN_WORDS: &[&str] = &[
    "based",
    "led",
    "held",
    "controled",
    "ocupied",
    "backed",
    "instaled",
    "apointed",
    "born",
    "bound",
    "registered",
    "owned",
    "run",
    "alied",
    "aligned",
    "linked",
    "afiliated",
    "funded",
    "area",
    "era",
    "mediated",
    "brokered",
    "made",
    "built",
    "suplied",
    "sponsored",
    "produced",
    "imposed",
    "anexed",
    "friendli",
    "leaning",
    "trained",
    "armed",
    "organised",
    "organized",
    "operated",
    "imported",
    "manufactured",
    "designed",
    "developed",
];

/// Keys too short or too common to match on their own: GeoNames has villages called "Bar",
/// "Mala" or "Stara" that would otherwise light up ordinary words at the start of a sentence.
/// Curated rows are trusted; GeoNames-only names must be distinctive.
fn usable_key(k: &str, e: &Entity) -> bool {
    if k.len() < 2 {
        return false;
    }
    if !e.is_geonames_only() {
        return true;
    }
    k.len() >= 4 && !COMMON_WORDS.contains(&k)
}

/// Ordinary English (and news) words that are also names of small Ukrainian places in
/// GeoNames, as folded keys.
const COMMON_WORDS: &[&str] = &[
    "mala",
    "mali",
    "male",
    "novi",
    "nova",
    "stara",
    "stari",
    "zoria",
    "dobra",
    "lisna",
    "sonac",
    "mir",
    "bar",
    "rai",
    "sad",
    "maiak",
    "pole",
    "lugi",
    "luka",
    "hora",
    "dolina",
    "park",
    "zhovten",
    "peremoha",
    "zaria",
    "sokil",
    "mist",
    "rosa",
    "vira",
    "nadia",
    "liubov",
    "maria",
    "olha",
    "ivan",
    "hanna",
    "anna",
    "marina",
    "tania",
    "sofia",
    "alexandria",
    "victoria",
    "december",
    "march",
    "may",
    "june",
    "july",
    "august",
    "olive",
    "orange",
    "grace",
    "hope",
    "globe",
    "central",
    "north",
    "south",
    "east",
    "west",
    "port",
    "city",
    "town",
    "village",
    "island",
    "bridge",
    "river",
    "lake",
    "forest",
    "field",
    "station",
];

/// Whether `name` is a listed person's name or alias (after folding). It reads the people's
/// table alone, without building the gazetteer: the parser asks while the browser app shows its
/// list, before it needs the gazetteer.
pub fn is_listed_person(name: &str) -> bool {
    static NAMES: OnceLock<FnvSet<String>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            packed_rows(packed::actors())
                .filter(|row| row.get(2) == Some(&"PERSON"))
                .flat_map(|row| {
                    let [_, name, _, aliases, ..] = take::<6>(&row);
                    std::iter::once(name)
                        .chain(aliases.split('|').map(str::trim).filter(|a| !a.is_empty()))
                        .map(fold::key)
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .contains(&fold::key(name))
}

/// Read all four tables into entities.
pub fn load_entities() -> Vec<Entity> {
    let mut entities = Vec::new();
    // Each row of the last three tables has a line in the descriptions, in reading order.
    // A row's last column says whether it has one ("+").
    let mut slot: u32 = 0;
    let mut next_slot = |has: &str| {
        slot += 1;
        let s = slot - 1;
        (has == "+").then(|| (s, description_line(s).unwrap_or_default()))
    };
    let mut place_index: FnvMap<(String, String), Vec<usize>> = FnvMap::default();

    // GeoNames places and raions.
    for PlaceRow {
        name,
        geonames,
        raion,
        admin1,
        admin2,
        lat,
        lon,
    } in place_rows()
    {
        let admin1 = norm_admin1(admin1);
        let mut aliases = Vec::new();
        if !geonames.is_empty() && geonames != name {
            aliases.push(Alias {
                text: geonames.clone(),
                origin: "GeoNames",
            });
        }
        if raion && let Some(stem) = name.strip_suffix(" Raion") {
            for suffix in [" district", " raion", " rayon"] {
                aliases.push(Alias {
                    text: format!("{stem}{suffix}"),
                    origin: "raion naming",
                });
            }
            // And by its adjective, as Russian and older Ukrainian usage names it: "Kupianskyi
            // raion" ("Kupyansky raion"), "Bakhmutskyi Raion".
            let last = stem.chars().next_back().unwrap_or('a');
            if !"aeiouy".contains(last) && !stem.ends_with("skyi") && !stem.contains(' ') {
                let adjective = match stem.strip_suffix("sk") {
                    Some(_) => format!("{stem}yi"),
                    None => format!("{stem}skyi"),
                };
                // (Not "district": a city's districts have such names too, "the Pokrovskyi
                // district of Kryvyi Rih".)
                for suffix in [" Raion", " raion"] {
                    aliases.push(Alias {
                        text: format!("{adjective}{suffix}"),
                        origin: "raion naming",
                    });
                }
            }
            if let Some(g) = geonames.strip_suffix(" Raion") {
                aliases.push(Alias {
                    text: format!("{g} district"),
                    origin: "GeoNames",
                });
            }
        }
        place_index
            .entry((fold::key(name), admin1.clone()))
            .or_default()
            .push(entities.len());
        entities.push(Entity {
            id: format!(
                "{}:{}.{}.{}",
                if raion { "raion" } else { "place" },
                slug(name),
                admin1,
                admin2
            ),
            name: name.to_string(),
            kind: EntityType::Place,
            subtype: if raion { "raion" } else { "place" }.into(),
            aliases,
            description: String::new(),
            description_slot: None,
            admin1: Some(admin1),
            lat,
            lon,
            prominence: Prominence::Unknown,
        });
    }
    // A raion named with an adjective ("Kramatorskyi Raion", "Mariupolskyi Raion") is called
    // after the town it is named for, as the press and the naming policy do ("Kramatorsk
    // district", "Mariupol Raion"): the town's name is the adjective less "yi" or "skyi", or with an
    // ending for "skyi" or "kyi" ("Horlivskyi": Horlivka; "Sumskyi": Sumy; "Odeskyi": Odesa),
    // if a place in the oblast has it.
    for i in 0..entities.len() {
        let e = &entities[i];
        let Some(stem) = e
            .name
            .strip_suffix("yi Raion")
            .filter(|_| e.subtype == "raion")
        else {
            continue;
        };
        let admin1 = e.admin1.clone().unwrap_or_default();
        // Not Kyiv's city districts, named for quarters, not towns ("Obolonskyi", not
        // "Obolon Raion"), nor a raion named for a river ("Dnistrovskyi", not the village of
        // Dnistrivka).
        if admin1 == "12" || e.name == "Dnistrovskyi Raion" {
            continue;
        }
        let base = stem.strip_suffix("sk").unwrap_or("");
        let before_k = stem.strip_suffix('k').unwrap_or("");
        let towns = [
            stem.to_string(),
            base.to_string(),
            format!("{base}ka"),
            format!("{base}y"),
            format!("{base}a"),
            format!("{before_k}a"),
            // "Buchanskyi": Bucha; "Shchastynskyi": Shchastia; "Romenskyi": Romny;
            // "Kamianskyi": Kamianske.
            format!("{}a", base.strip_suffix('n').unwrap_or("")),
            format!("{}ny", base.strip_suffix("en").unwrap_or("")),
            format!("{base}ske"),
        ];
        // (The town's own name, as its row spells it.)
        let town = towns.into_iter().find_map(|t| {
            let found = place_index.get(&(fold::key(&t), admin1.clone()))?;
            (t.len() > 3).then(|| entities[found[0]].name.clone())
        });
        if let Some(town) = town {
            let e = &mut entities[i];
            // Named for the town, as the naming policy and English Wikipedia name raions
            // ("Kramatorsk Raion"), the adjective a listed spelling.
            e.aliases.push(Alias {
                text: std::mem::replace(&mut e.name, format!("{town} Raion")),
                origin: "GeoNames",
            });
            let codes = e.id.split_once('.').map_or("", |(_, codes)| codes);
            e.id = format!("raion:{}.{codes}", slug(&e.name));
            for suffix in [" district", " raion", " rayon"] {
                e.aliases.push(Alias {
                    text: format!("{town}{suffix}"),
                    origin: "raion naming",
                });
            }
        }
    }

    // Curated spellings, prominence, and places GeoNames lacks.
    for row in packed_rows(packed::place_aliases()) {
        let [name, admin1, prominence, lat, lon, aliases, has] = take::<7>(&row);
        let described = next_slot(has);
        let (slot, description) = (described.map(|d| d.0), described.map_or("", |d| d.1));
        let admin1 = norm_admin1(admin1);
        let extra = split_aliases(aliases, "alias table");
        let prominence = Prominence::parse(prominence);
        let at = parse_decimal(lat).zip(parse_decimal(lon));
        let same_name = place_index
            .get(&(fold::key(name), admin1.clone()))
            .cloned()
            .unwrap_or_default();
        // With coordinates, the row meant is the one within 5 km of them (several villages
        // share a name in one oblast); without, every row of that name and oblast.
        let targets: Vec<usize> = match at {
            Some(here) => same_name
                .into_iter()
                .filter(|&i| {
                    let e = &entities[i];
                    e.lat
                        .zip(e.lon)
                        .is_some_and(|there| distance_km(here, there) <= 5.0)
                })
                .collect(),
            None => same_name,
        };
        if !targets.is_empty() {
            for i in targets {
                let e = &mut entities[i];
                e.aliases.extend(extra.iter().cloned());
                e.prominence = e.prominence.max(prominence);
                if e.description_slot.is_none() && slot.is_some() {
                    e.description = description.to_string();
                    e.description_slot = slot;
                }
            }
        } else if let Some((lat, lon)) = at {
            place_index
                .entry((fold::key(name), admin1.clone()))
                .or_default()
                .push(entities.len());
            entities.push(Entity {
                id: format!("place:{}.{}", slug(name), admin1),
                name: name.to_string(),
                kind: EntityType::Place,
                subtype: "place".into(),
                aliases: extra,
                description: description.to_string(),
                description_slot: slot,
                admin1: Some(admin1),
                lat: Some(lat),
                lon: Some(lon),
                prominence: prominence.max(Prominence::Village),
            });
        }
    }

    // Oblasts, regions, rivers, sites, countries, foreign places.
    for row in packed_rows(packed::regions()) {
        let [id, name, kind, admin1, lat, lon, aliases, has] = take::<8>(&row);
        let described = next_slot(has);
        let (slot, description) = (described.map(|d| d.0), described.map_or("", |d| d.1));
        entities.push(Entity {
            id: derived_id(id, kind, name),
            name: name.to_string(),
            kind: EntityType::Place,
            subtype: kind.to_string(),
            aliases: split_aliases(aliases, "alias table"),
            description: description.to_string(),
            description_slot: slot,
            admin1: (!admin1.is_empty()).then(|| norm_admin1(admin1)),
            lat: parse_decimal(lat),
            lon: parse_decimal(lon),
            prominence: Prominence::City,
        });
    }

    // People and organisations.
    for row in packed_rows(packed::actors()) {
        let [id, name, kind, aliases, country, has] = take::<6>(&row);
        let described = next_slot(has);
        let (slot, description) = (described.map(|d| d.0), described.map_or("", |d| d.1));
        let (kind, prefix) = match kind {
            "PERSON" => (EntityType::Person, "person"),
            "ORG" => (EntityType::Org, "org"),
            _ => continue,
        };
        entities.push(Entity {
            id: derived_id(id, prefix, name),
            name: name.to_string(),
            kind,
            // A person's: the country they serve, when their description names it.
            subtype: country.to_string(),
            aliases: split_aliases(aliases, "alias table"),
            description: description.to_string(),
            description_slot: slot,
            admin1: None,
            lat: None,
            lon: None,
            prominence: Prominence::Unknown,
        });
    }
    entities
}

/// A row of `places.tsv`.
#[derive(Debug, PartialEq)]
struct PlaceRow<'a> {
    name: &'a str,
    geonames: String,
    raion: bool,
    admin1: &'a str,
    admin2: &'a str,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// The rows of `places.tsv`, in the table's order, from its packed form (see build.rs).
fn place_rows() -> Vec<PlaceRow<'static>> {
    let mut out = Vec::new();
    let (mut admin1, mut admin2) = ("", "");
    let (mut lats, mut lons) = (packed::places_lat().iter(), packed::places_lon().iter());
    let mut at = (0i64, 0i64);
    for row in packed_rows(packed::places()) {
        let [n, kind] = take::<2>(&row);
        if let Some(group) = n.strip_prefix('=') {
            (admin1, admin2) = group.split_once(' ').unwrap_or((group, ""));
            at = (0, 0);
            continue;
        }
        let (name, edit) = n.split_once('\t').unwrap_or((n, ""));
        let geonames = if edit.is_empty() {
            String::new()
        } else {
            spelling_from_edit(name, edit)
        };
        let raion = kind.starts_with('r');
        let (lat, lon) = if matches!(kind, "" | "r+") {
            at.0 += varint(&mut lats);
            at.1 += varint(&mut lons);
            (Some(at.0 as f64 / 1000.0), Some(at.1 as f64 / 1000.0))
        } else {
            (None, None)
        };
        out.push(PlaceRow {
            name,
            geonames,
            raion,
            admin1,
            admin2,
            lat,
            lon,
        });
    }
    // The packing kept rows of one name in one group in order: a stable sort restores the
    // table's order (names ignoring ASCII case, then admin1, admin2).
    sort::sort_by(&mut out, |a, b| {
        let lower = |s: &'static str| s.bytes().map(|b| b.to_ascii_lowercase());
        lower(a.name)
            .cmp(lower(b.name))
            .then(a.admin1.cmp(b.admin1))
            .then(a.admin2.cmp(b.admin2))
    });
    out
}

/// "UA.07" or "07" → "07".
fn norm_admin1(s: &str) -> String {
    s.trim().trim_start_matches("UA.").to_string()
}

fn split_aliases(s: &str, origin: &'static str) -> Vec<Alias> {
    s.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| Alias {
            text: a.to_string(),
            origin,
        })
        .collect()
}

/// A spelling packed as an edit of `name`: "<bytes of the name kept at the start> <bytes kept at
/// the end> <what goes between>".
fn spelling_from_edit(name: &str, edit: &str) -> String {
    let mut parts = edit.splitn(3, ' ');
    let mut kept = || parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let (prefix, suffix): (usize, usize) = (kept(), kept());
    let between = parts.next().unwrap_or("");
    name.get(..prefix).unwrap_or("").to_string()
        + between
        + name.get(name.len().saturating_sub(suffix)..).unwrap_or("")
}

/// The next zigzag varint (seven bits a byte, low bits first, high bit set but on the last).
fn varint(bytes: &mut std::slice::Iter<u8>) -> i64 {
    let mut z: u64 = 0;
    for (i, &b) in bytes.enumerate() {
        z |= u64::from(b & 0x7f) << (7 * i);
        if b < 0x80 {
            break;
        }
    }
    (z >> 1) as i64 ^ -((z & 1) as i64)
}

/// The rows of a table build.rs packed: its columns one after another, apart by U+001F, each
/// its values one a line.
fn packed_rows(packed: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    let mut columns: Vec<_> = packed
        .split('\u{1f}')
        .filter(|_| !packed.is_empty())
        .map(|c| c.split('\n'))
        .collect();
    std::iter::from_fn(move || {
        (!columns.is_empty())
            .then(|| columns.iter_mut().map(Iterator::next).collect())
            .flatten()
    })
}

/// An id packing left blank is the prefix and the name's slug.
fn derived_id(id: &str, prefix: &str, name: &str) -> String {
    if id.is_empty() {
        format!("{prefix}:{}", slug(name))
    } else {
        id.to_string()
    }
}

/// Data rows of a TSV with a `#` comment and a header line.
#[cfg(test)]
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// The first N fields of a row ("" for missing ones).
fn take<'a, const N: usize>(row: &[&'a str]) -> [&'a str; N] {
    let mut out = [""; N];
    for (o, f) in out.iter_mut().zip(row) {
        *o = f.trim();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_oblast_named_for_a_name_is_the_same_asked_again() {
        let g = Gazetteer::get();
        for (name, oblast) in [
            ("Kharkiv", Some("Kharkiv Oblast")),
            ("Dnipropetrovsk", Some("Dnipropetrovsk Oblast")),
            ("Kursk", Some("Kursk Oblast")),
            ("Izium", None),
            ("Kupiansk", None),
        ] {
            // The first answer is worked out, the second kept: both the same.
            for _ in 0..2 {
                assert_eq!(
                    g.oblast_named(name).map(|e| e.name.as_str()),
                    oblast,
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn an_entitys_shared_id_is_one_copy() {
        let g = Gazetteer::get();
        let e = g.entity("place:kupiansk.07.6308").expect("listed");
        let (a, b) = (g.shared_id(e), g.shared_id(e));
        assert_eq!(&*a, "place:kupiansk.07.6308");
        assert!(std::sync::Arc::ptr_eq(&a, &b), "the same copy each time");
        // An entity of no gazetteer (a clone) gets a copy of its own, with the same text.
        let stray = e.clone();
        let c = g.shared_id(&stray);
        assert_eq!(c, a);
        assert!(!std::sync::Arc::ptr_eq(&c, &a));
    }

    #[test]
    fn packed_places_are_the_table_row_for_row() {
        let table: Vec<PlaceRow> = rows(include_str!("../data/places.tsv"))
            .map(|row| {
                let [name, geonames, kind, admin1, admin2, lat, lon] = take::<7>(&row);
                PlaceRow {
                    name,
                    geonames: geonames.to_string(),
                    raion: kind == "raion",
                    admin1,
                    admin2,
                    lat: lat.parse().ok(),
                    lon: lon.parse().ok(),
                }
            })
            .collect();
        assert_eq!(place_rows(), table);
    }

    #[test]
    fn packed_tables_are_the_tables_row_for_row() {
        // (table, its text, its width, its kind's column, a column the packing derives)
        let tables = [
            (
                packed::place_aliases(),
                include_str!("../data/place_aliases.tsv"),
                7,
                None,
                None,
            ),
            (
                packed::regions(),
                include_str!("../data/regions.tsv"),
                8,
                Some(2),
                None,
            ),
            (
                packed::actors(),
                include_str!("../data/actors.tsv"),
                5,
                Some(2),
                Some(4),
            ),
        ];
        let mut lines = packed::descriptions().lines();
        for (packed, tsv, width, kind, derived) in tables {
            let table: Vec<Vec<String>> = rows(tsv)
                .map(|row| {
                    let mut row: Vec<String> = row.iter().map(|f| f.trim().to_string()).collect();
                    row.resize(width, String::new());
                    row
                })
                .collect();
            let unpacked: Vec<Vec<String>> = packed_rows(packed)
                .map(|row| {
                    let mut row: Vec<String> = row.iter().map(|f| f.to_string()).collect();
                    if let Some(k) = kind {
                        let prefix = match row[k].as_str() {
                            "PERSON" => "person",
                            "ORG" => "org",
                            k => k,
                        };
                        row[0] = derived_id(&row[0], prefix, &row[1]);
                    }
                    // The last column says whether the row has a description; the text is the
                    // row's line in the descriptions.
                    let has = row.pop() == Some("+".to_string());
                    let line = lines.next().expect("a description line for every row");
                    assert_eq!(has, !line.is_empty(), "{row:?}");
                    // A person's country, from their description.
                    if let Some(c) = derived {
                        let country = row.remove(c);
                        let first = ["Russia", "Ukrain"]
                            .into_iter()
                            .filter_map(|w| line.find(w).map(|at| (at, w)))
                            .min()
                            .map_or(
                                "",
                                |(_, w)| if w == "Russia" { "Russia" } else { "Ukraine" },
                            );
                        let want = if row[2] == "PERSON" { first } else { "" };
                        assert_eq!(country, want, "{row:?}");
                    }
                    row.push(line.to_string());
                    row
                })
                .collect();
            assert_eq!(unpacked, table);
        }
        assert_eq!(lines.next(), None, "no description lines beyond the rows");
    }

    #[test]
    fn tables_load() {
        let g = Gazetteer::get();
        let places = g
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Place)
            .count();
        assert!(places > 3900, "{places} places");
        assert!(g.pattern_count() > 3000);
    }

    #[test]
    fn a_longer_word_falls_back_to_the_name_inside_it() {
        let entities: Vec<Entity> = ["Donetsk", "Donetsk Region Office"]
            .iter()
            .map(|n| Entity {
                id: format!("org:{}", slug(n)),
                name: n.to_string(),
                kind: EntityType::Org,
                subtype: String::new(),
                aliases: vec![],
                description: String::new(),
                description_slot: None,
                admin1: None,
                lat: None,
                lon: None,
                prominence: Prominence::Unknown,
            })
            .collect();
        let g = Gazetteer::build(&entities);
        let f = fold::fold("the Donetsk Region Offices and Donetsk");
        let hits: Vec<&str> = g
            .find(&f.text)
            .iter()
            .map(|h| &f.text[h.start..h.end])
            .collect();
        assert_eq!(hits, ["donetsk", "donetsk"]);
    }

    /// The matcher `find` replaced: leftmost-longest unanchored searches, restarted one byte on
    /// when a match does not start on a word boundary. (It knows nothing of hyphen joins; the
    /// texts it is compared on have none.)
    fn find_by_rescanning(g: &Gazetteer, folded: &str) -> Vec<Hit> {
        use aho_corasick::{AhoCorasick, Input, StartKind};
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&g.keys)
            .unwrap();
        let bytes = folded.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
        let starts_ok = |s: usize| s == 0 || !is_word(bytes[s - 1]);
        let ends_ok = |e: usize| e >= bytes.len() || !is_word(bytes[e]);
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < bytes.len() {
            let Some(m) = matcher.find(Input::new(folded).range(pos..)) else {
                break;
            };
            let s = m.start();
            let mut found = None;
            if starts_ok(s) {
                let mut cur = Some(m);
                while let Some(m) = cur {
                    if ends_ok(m.end()) {
                        found = Some(m);
                        break;
                    }
                    let inner = &folded[s..m.end()];
                    cur = inner
                        .rfind(|c: char| !c.is_ascii_alphanumeric())
                        .and_then(|cut| {
                            let input =
                                Input::new(folded).range(s..s + cut).anchored(Anchored::Yes);
                            matcher.find(input)
                        });
                }
            }
            match found {
                Some(m) => {
                    out.push(Hit {
                        start: m.start(),
                        end: m.end(),
                        pattern: m.pattern().as_usize(),
                    });
                    pos = m.end();
                }
                None => pos = s + 1,
            }
        }
        out
    }

    #[test]
    fn word_start_walks_find_what_rescanning_finds() {
        let g = Gazetteer::get();
        let mut texts: Vec<String> = crate::core::synth::corpus(30, 3)
            .into_iter()
            .map(|(_, t)| fold::fold(&t).text)
            .collect();
        // Raw strings too: several spaces, leading and trailing separators, stray hyphens.
        texts.extend(
            [
                "  kupiansk  - izium-  donetsk region office, donetsk regions ",
                "-harkiv oblast- kiiv",
                "lyman",
            ]
            .map(String::from),
        );
        for t in &texts {
            assert_eq!(g.find(t), find_by_rescanning(g, t), "{t}");
        }
    }

    #[test]
    fn walks_start_only_where_a_name_may() {
        let g = Gazetteer::get();
        let text = "izium and Kupiansk, lyman";
        let f = fold::fold(text);
        let mut leads = fold::Leads::default();
        f.capitals(text, &mut leads);
        let mut hits = Vec::new();
        g.find_into(&f.text, Some(&leads.starts), &mut hits);
        let found: Vec<&str> = hits.iter().map(|h| &f.text[h.start..h.end]).collect();
        assert_eq!(found, ["kupiansk"]);
        // Without the marks, every word start.
        assert_eq!(g.find(&f.text).len(), 3);
    }

    #[test]
    fn the_hyphen_words_are_folded() {
        for w in HYPHEN_WORDS {
            assert_eq!(fold::key(w), *w);
        }
    }

    #[test]
    fn a_hyphen_joins_names_without_making_one() {
        let g = Gazetteer::get();
        for (text, want) in [
            ("on the svatove-kreminna road", &["svatove", "kreminna"][..]),
            (
                "the izium-kupiansk-kharkiv line",
                &["izium", "kupiansk", "kharkiv"],
            ),
            ("a kyiv-based group, kremlin-backed", &["kyiv", "kremlin"]),
            (
                "the moscow-installed head, a uae-mediated swap, us-made tanks",
                &["moscow", "uae", "us"],
            ),
            (
                "a turkey-brokered deal, kremlin-controlled",
                &["turkey", "kremlin"],
            ),
            ("kupiansk-vuzlovyi station", &["kupiansk-vuzlovyi"]),
            // Neither another name nor a word of the list after the hyphen: no name.
            ("kharkiv-style borscht", &[]),
        ] {
            let f = fold::fold(text);
            let hits: Vec<&str> = g
                .find(&f.text)
                .iter()
                .map(|h| {
                    let (s, e) = f.original(h.start, h.end);
                    &text[s..e]
                })
                .collect();
            assert_eq!(hits, want, "{text}");
        }
    }

    #[test]
    fn finds_on_word_boundaries_only() {
        let g = Gazetteer::get();
        let f = fold::fold("From Kupyansk to Kupiansk-Vuzlovyi, not Kupianskyi.");
        let names: Vec<Vec<&str>> = g
            .find(&f.text)
            .iter()
            .map(|h| g.candidates(h.pattern).map(|e| e.name.as_str()).collect())
            .collect();
        assert_eq!(names, vec![vec!["Kupiansk"], vec!["Kupiansk-Vuzlovyi"]]);
    }
}
