//! Figures in running text — distances, areas, volumes, masses, counts of people and places,
//! durations, shares in per cent, sums of money — normalised to SI units (or units accepted
//! with SI: km, t, h; money in its own currency) with the original words kept, so that "400
//! square miles" (UPI) and "2,000 square kilometers" (RFE/RL) can be compared.

use super::{num, text};
use serde::Serialize;

/// A figure found in text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// Byte offsets into the scanned text.
    pub start: usize,
    pub end: usize,
    /// The value as written, in its own unit.
    pub amount: f64,
    /// The value in the SI (or count) unit below.
    pub value: f64,
    /// `km`, `km²`, `people`, `days`, `settlements`…
    pub unit: &'static str,
    /// What is measured: `distance`, `area`, `volume`, `mass`, `count`, `duration`, `share`
    /// (per cent), `money`.
    pub dimension: &'static str,
    /// A duration followed by "ago" ("two weeks ago", the span includes it): it names a day
    /// counted back from the article's date.
    pub ago: bool,
    /// A duration followed by "later" (+1) or "earlier" (−1), with where the duration ends
    /// ("two days later": the span includes the word): it names a day counted from the date
    /// the text named before it, which the annotator looks for.
    pub later: Option<(i8, usize)>,
    /// The first figure of a range ("200" of "between 200 and 300 people"), which takes its
    /// unit from the second: where the whole range ends.
    pub range_to: Option<usize>,
}

impl Quantity {
    /// "≈1,036 km²", "27,000 people", "50 km".
    pub fn label(&self) -> String {
        // (A whole number's digits are written into a buffer, not a `String` of their own.)
        let mut digits = [0u8; 20];
        let fixed;
        let rounded = if self.value >= 100.0 {
            // (Not below zero: 100 or more, rounded.)
            let n = self.value.round() as i64;
            num::digits(&mut digits, n.unsigned_abs())
        } else {
            // Three decimals below 1 ("3 hectares" ≈0.03 km², not 0), one above.
            let decimals = if self.value.abs() < 1.0 { 3 } else { 1 };
            fixed = num::fixed(self.value, decimals);
            if fixed.contains('.') {
                fixed.trim_end_matches('0').trim_end_matches('.')
            } else {
                &fixed
            }
        };
        // Converted values are rounded, so say so. (Sized once: "≈", the digits with a comma
        // for every three, a space and the unit.)
        let mut label =
            String::with_capacity('≈'.len_utf8() + rounded.len() * 4 / 3 + 1 + self.unit.len());
        if (self.value - self.amount).abs() > 1e-9 {
            label.push('≈');
        }
        push_grouped(&mut label, rounded);
        if self.unit != "%" {
            label.push(' ');
        }
        label.push_str(self.unit);
        label
    }
}

/// `s` (digits, perhaps a sign and a fraction) with its whole part's thousands grouped by
/// commas, onto `out`.
fn push_grouped(out: &mut String, s: &str) {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    // Three digits at a time between the commas (the digits and sign are ASCII).
    let first = match int.len() % 3 {
        0 => 3.min(int.len()),
        n => n,
    };
    out.push_str(&int[..first]);
    let mut at = first;
    while at < int.len() {
        out.push(',');
        out.push_str(&int[at..at + 3]);
        at += 3;
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
}

/// Units: the words (lower case), the factor to the normalised unit, the unit and the
/// dimension. Grouped by first letter (see [`UNITS_BY_INITIAL`]); a word is matched only where
/// it ends a word, so order matters only where one is another with a non-ASCII letter more
/// ("km²" before "km"). Words that describe people ("wounded", "injured", "dead") are counted
/// on their own ("121 injured") and describe a count otherwise ("40 wounded civilians").
const UNITS: &[(&str, f64, &str, &str)] = &[
    ("square kilometers", 1.0, "km²", "area"),
    ("stations", 1.0, "stations", "count"),
    ("substations", 1.0, "substations", "count"),
    ("systems", 1.0, "systems", "count"),
    ("sorties", 1.0, "sorties", "count"),
    ("strikes", 1.0, "strikes", "count"),
    ("square kilometres", 1.0, "km²", "area"),
    ("square km", 1.0, "km²", "area"),
    ("sq km", 1.0, "km²", "area"),
    ("sq. km", 1.0, "km²", "area"),
    ("square miles", 2.589_988_110_336, "km²", "area"),
    ("swiss francs", 1.0, "CHF", "money"),
    ("square mile", 2.589_988_110_336, "km²", "area"),
    ("sq mi", 2.589_988_110_336, "km²", "area"),
    ("soldiers", 1.0, "people", "count"),
    ("servicemen", 1.0, "people", "count"),
    ("settlements", 1.0, "settlements", "count"),
    ("students", 1.0, "people", "count"),
    ("sailors", 1.0, "people", "count"),
    ("seconds", 1.0, "s", "duration"),
    ("ships", 1.0, "ships", "count"),
    ("shells", 1.0, "shells", "count"),
    ("square metres", 1e-6, "km²", "area"),
    ("square meters", 1e-6, "km²", "area"),
    ("sq miles", 2.589_988_110_336, "km²", "area"),
    ("sq m", 1e-6, "km²", "area"),
    ("km2", 1.0, "km²", "area"),
    ("km²", 1.0, "km²", "area"),
    ("kilometers", 1.0, "km", "distance"),
    ("kilometres", 1.0, "km", "distance"),
    ("kilometer", 1.0, "km", "distance"),
    ("kilometre", 1.0, "km", "distance"),
    ("km", 1.0, "km", "distance"),
    ("killed", 1.0, "people", "count"),
    ("kilograms", 0.001, "t", "mass"),
    ("kilogrammes", 0.001, "t", "mass"),
    ("kilogram", 0.001, "t", "mass"),
    ("kg", 0.001, "t", "mass"),
    ("kilowatt-hours", 0.001, "MWh", "energy"),
    ("kilowatt hours", 0.001, "MWh", "energy"),
    ("kilowatts", 0.001, "MW", "power"),
    ("kwh", 0.001, "MWh", "energy"),
    ("kw", 0.001, "MW", "power"),
    ("hectares", 0.01, "km²", "area"),
    ("hryvnias", 1.0, "UAH", "money"),
    ("hryvnia", 1.0, "UAH", "money"),
    ("hours", 1.0, "h", "duration"),
    ("hour", 1.0, "h", "duration"),
    ("hostages", 1.0, "people", "count"),
    ("helicopters", 1.0, "helicopters", "count"),
    ("homes", 1.0, "homes", "count"),
    ("houses", 1.0, "houses", "count"),
    ("cubic kilometers", 1.0, "km³", "volume"),
    ("canadian dollars", 1.0, "CAD", "money"),
    ("cubic kilometres", 1.0, "km³", "volume"),
    ("cubic km", 1.0, "km³", "volume"),
    ("cubic meters", 1.0, "m³", "volume"),
    ("cubic metres", 1.0, "m³", "volume"),
    ("civilians", 1.0, "people", "count"),
    ("captives", 1.0, "people", "count"),
    ("children", 1.0, "people", "count"),
    ("conscripts", 1.0, "people", "count"),
    ("casualties", 1.0, "people", "count"),
    ("cities", 1.0, "settlements", "count"),
    ("crew members", 1.0, "people", "count"),
    ("crew", 1.0, "people", "count"),
    ("nautical miles", 1.852, "km", "distance"),
    ("miles", 1.609_344, "km", "distance"),
    ("mile", 1.609_344, "km", "distance"),
    // Short lengths in metres: "3.5 metres" as 0.0035 km would lose its figures.
    ("meters", 1.0, "m", "distance"),
    ("metres", 1.0, "m", "distance"),
    ("meter", 1.0, "m", "distance"),
    ("metre", 1.0, "m", "distance"),
    // Tonnes (the press's "tons" of grain or ammunition are metric ones; see also "t…").
    ("metric tons", 1.0, "t", "mass"),
    ("metric tonnes", 1.0, "t", "mass"),
    ("men", 1.0, "people", "count"),
    ("mercenaries", 1.0, "people", "count"),
    ("months", 30.44, "days", "duration"),
    ("month", 30.44, "days", "duration"),
    ("medics", 1.0, "people", "count"),
    ("migrants", 1.0, "people", "count"),
    ("marines", 1.0, "people", "count"),
    ("missiles", 1.0, "missiles", "count"),
    ("minutes", 1.0, "min", "duration"),
    ("megawatt-hours", 1.0, "MWh", "energy"),
    ("megawatt hours", 1.0, "MWh", "energy"),
    ("megawatts", 1.0, "MW", "power"),
    ("megawatt", 1.0, "MW", "power"),
    ("mwh", 1.0, "MWh", "energy"),
    ("mw", 1.0, "MW", "power"),
    ("m²", 1e-6, "km²", "area"),
    ("m2", 1e-6, "km²", "area"),
    ("feet", 0.3048, "m", "distance"),
    ("fighters", 1.0, "people", "count"),
    ("firefighters", 1.0, "people", "count"),
    ("tonnes", 1.0, "t", "mass"),
    ("trucks", 1.0, "vehicles", "count"),
    ("tonne", 1.0, "t", "mass"),
    ("tons", 1.0, "t", "mass"),
    ("ton", 1.0, "t", "mass"),
    ("troops", 1.0, "people", "count"),
    ("towns", 1.0, "settlements", "count"),
    ("tanks", 1.0, "tanks", "count"),
    ("teachers", 1.0, "people", "count"),
    ("people", 1.0, "people", "count"),
    ("plants", 1.0, "plants", "count"),
    ("pounds sterling", 1.0, "GBP", "money"),
    ("personnel", 1.0, "people", "count"),
    ("person", 1.0, "people", "count"),
    ("prisoners", 1.0, "people", "count"),
    ("patients", 1.0, "people", "count"),
    ("passengers", 1.0, "people", "count"),
    ("pilots", 1.0, "people", "count"),
    ("paratroopers", 1.0, "people", "count"),
    ("pows", 1.0, "people", "count"),
    ("policemen", 1.0, "people", "count"),
    ("residents", 1.0, "people", "count"),
    ("refugees", 1.0, "people", "count"),
    ("russians", 1.0, "people", "count"),
    ("rubles", 1.0, "RUB", "money"),
    ("roubles", 1.0, "RUB", "money"),
    ("rescuers", 1.0, "people", "count"),
    ("rockets", 1.0, "rockets", "count"),
    ("inhabitants", 1.0, "people", "count"),
    ("injured", 1.0, "people", "count"),
    ("assault attempts", 1.0, "attacks", "count"),
    ("apartments", 1.0, "homes", "count"),
    ("assaults", 1.0, "attacks", "count"),
    ("attacks", 1.0, "attacks", "count"),
    ("adults", 1.0, "people", "count"),
    ("airmen", 1.0, "people", "count"),
    ("australian dollars", 1.0, "AUD", "money"),
    ("aircraft", 1.0, "aircraft", "count"),
    ("women", 1.0, "people", "count"),
    ("workers", 1.0, "people", "count"),
    ("wounded", 1.0, "people", "count"),
    ("weeks", 7.0, "days", "duration"),
    ("week", 7.0, "days", "duration"),
    ("warplanes", 1.0, "aircraft", "count"),
    ("warships", 1.0, "ships", "count"),
    ("warriors", 1.0, "people", "count"),
    ("officers", 1.0, "people", "count"),
    // "killing three and wounding 211 others".
    ("others", 1.0, "people", "count"),
    ("ukrainians", 1.0, "people", "count"),
    ("uavs", 1.0, "drones", "count"),
    ("us dollars", 1.0, "USD", "money"),
    ("u.s. dollars", 1.0, "USD", "money"),
    ("unmanned aerial vehicles", 1.0, "drones", "count"),
    ("employees", 1.0, "people", "count"),
    ("euros", 1.0, "EUR", "money"),
    ("evacuees", 1.0, "people", "count"),
    ("volunteers", 1.0, "people", "count"),
    ("vessels", 1.0, "ships", "count"),
    ("villages", 1.0, "settlements", "count"),
    ("victims", 1.0, "people", "count"),
    ("vehicles", 1.0, "vehicles", "count"),
    ("journalists", 1.0, "people", "count"),
    ("jets", 1.0, "aircraft", "count"),
    ("bodies", 1.0, "people", "count"),
    ("boats", 1.0, "boats", "count"),
    ("bridges", 1.0, "bridges", "count"),
    ("batteries", 1.0, "batteries", "count"),
    ("bombers", 1.0, "bombers", "count"),
    ("bombs", 1.0, "bombs", "count"),
    ("buildings", 1.0, "buildings", "count"),
    ("barrels", 1.0, "barrels", "count"),
    ("dead", 1.0, "people", "count"),
    ("dollars", 1.0, "USD", "money"),
    ("days", 1.0, "days", "duration"),
    ("day", 1.0, "days", "duration"),
    ("doctors", 1.0, "people", "count"),
    ("detainees", 1.0, "people", "count"),
    ("deaths", 1.0, "people", "count"),
    ("drones", 1.0, "drones", "count"),
    ("defenders", 1.0, "people", "count"),
    ("depots", 1.0, "depots", "count"),
    ("yen", 1.0, "JPY", "money"),
    ("years", 365.25, "days", "duration"),
    ("year", 365.25, "days", "duration"),
    ("zlotys", 1.0, "PLN", "money"),
    ("zloty", 1.0, "PLN", "money"),
    ("guards", 1.0, "people", "count"),
    // Power and energy: a plant's capacity, a country's shortfall ("3 GW", "600 megawatts",
    // "2,000 MWh"), in megawatts and megawatt-hours. A hyphenated form before its stem.
    ("gigawatt-hours", 1000.0, "MWh", "energy"),
    ("gigawatt hours", 1000.0, "MWh", "energy"),
    ("gigawatts", 1000.0, "MW", "power"),
    ("gigawatt", 1000.0, "MW", "power"),
    ("gwh", 1000.0, "MWh", "energy"),
    ("gw", 1000.0, "MW", "power"),
    ("launchers", 1.0, "launchers", "count"),
];

/// For each lower-case initial, the range of [`UNITS`] that starts with it.
const UNITS_BY_INITIAL: [(u8, u8); 26] = {
    let mut ranges = [(0u8, 0u8); 26];
    let mut i = 0;
    while i < UNITS.len() {
        let letter = (UNITS[i].0.as_bytes()[0] - b'a') as usize;
        let mut j = i;
        while j < UNITS.len() && UNITS[j].0.as_bytes()[0] == UNITS[i].0.as_bytes()[0] {
            j += 1;
        }
        assert!(
            ranges[letter].1 == 0,
            "UNITS must be grouped by first letter"
        );
        ranges[letter] = (i as u8, j as u8);
        i = j;
    }
    ranges
};

/// Words that may stand between a number and what it counts ("40 wounded civilians"), besides
/// capitalised words ("212 Russian soldiers", "109 Shahed drones"), compounds ("long-range")
/// and participles of kind ("mobilised", "armoured").
const DESCRIBING: text::WordSet<44> = text::WordSet::new([
    "wounded",
    "injured",
    "dead",
    "more",
    "other",
    "local",
    "foreign",
    "captured",
    "missing",
    "displaced",
    "evacuated",
    "small",
    "frontline",
    "liberated",
    "occupied",
    "military",
    "seriously",
    "severely",
    "badly",
    "lightly",
    "north",
    "south",
    "civilian",
    "cargo",
    "attack",
    "combat",
    "ballistic",
    "cruise",
    "aerial",
    "artillery",
    "active",
    "main",
    "battle",
    "decoy",
    "air",
    "kamikaze",
    "new",
    "heavy",
    "modern",
    "additional",
    "surrounding",
    "nearby",
    "damaged",
    "destroyed",
]);

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
];

/// Find figures with units in `text`.
pub fn scan(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    scan_with(text, next_candidate, &mut out);
    out
}

/// [`scan`], given where figures may start: the word starts that [`starts_figure`] takes,
/// in order (as the annotator's fold lists them, [`super::fold::Folded::figures`]). The same
/// figures; the text is not read again for them.
pub fn scan_from(text: &str, starts: &[u32]) -> Vec<Quantity> {
    let mut out = Vec::new();
    scan_from_into(text, starts, &mut out);
    out
}

/// [`scan_from`] into `out` (cleared first): a buffer the annotator keeps from one block to
/// the next.
pub fn scan_from_into(text: &str, starts: &[u32], out: &mut Vec<Quantity>) {
    debug_assert!(
        starts.iter().map(|&s| s as usize).eq(std::iter::successors(
            Some(next_candidate(text.as_bytes(), 0)),
            |&s| Some(next_candidate(text.as_bytes(), s + 1))
        )
        .take_while(|&s| s < text.len())),
        "the starts given are the ones the text has"
    );
    let mut k = 0;
    let next = |bytes: &[u8], from| {
        // (`from` only grows: on from the last one found.)
        k += starts[k..].partition_point(|&s| (s as usize) < from);
        starts.get(k).map_or(bytes.len(), |&s| s as usize)
    };
    scan_with(text, next, out);
}

/// [`scan`] into `out` (cleared first), with `next(bytes, from)` the first word start at or
/// after `from` where a figure may begin (or the length).
fn scan_with(text: &str, mut next: impl FnMut(&[u8], usize) -> usize, out: &mut Vec<Quantity>) {
    let bytes = text.as_bytes();
    out.clear();
    let mut i = 0;
    loop {
        // On to the next word that may start a figure (past the rest of a word that starts
        // none, or that a number ended inside, "11km").
        i = next(bytes, i);
        if i >= bytes.len() {
            break;
        }
        // "$800 million", "€56.3m", "UAH 30,000": a sum of money; "$US1.5 billion": one whose
        // sign's letters come before its digits.
        let digits = if i > 0 && bytes[i - 1] == b'$' {
            i + bytes[i..]
                .iter()
                .take(3)
                .take_while(|b| b.is_ascii_uppercase())
                .count()
        } else {
            i
        };
        if bytes.get(digits).is_some_and(u8::is_ascii_digit)
            && let Some(q) = money(text, digits)
        {
            i = q.end;
            out.push(q);
            continue;
        }
        // "a week ago", "a day later", "a year earlier": one of the unit, counted from a day.
        if article_at(bytes, i)
            && let Some(q) = one_unit_shift(text, i)
        {
            i = q.end;
            out.push(q);
            continue;
        }
        let number = if may_start_number(bytes, i) {
            number_at(text, i)
        } else {
            None
        };
        let Some((amount, num_end)) = number else {
            i += 1;
            continue;
        };
        // "T-72 tanks", "Tu-95 bombers", "F-16 jets": a model's number, not a count; nor
        // the "2" of "47 Leopard 2 tanks" (a number, a name, a number).
        if i >= 2 && bytes[i - 1] == b'-' && bytes[i - 2].is_ascii_alphabetic()
            || model_number(bytes, i)
        {
            i = num_end;
            continue;
        }
        // "a few hundred metres", "several hundred people": no figure to state.
        if bytes[i].is_ascii_alphabetic() && vague_before(&text[..i]) {
            i = num_end;
            continue;
        }
        // "2014–15", "2014-2022": the end of a span of years, not a count.
        if matches!(num_end - i, 2 | 4) && year_before_dash(bytes, i, amount) {
            i = num_end;
            continue;
        }
        // "In 2014 Russians seized Crimea", "Since 2022 Ukrainians have fled": a year after a
        // word of time, not a count.
        if num_end - i == 4
            && (1900.0..2100.0).contains(&amount)
            && super::dates::after_time_word(text, i)
        {
            i = num_end;
            continue;
        }
        // "one in six residents", "1 in 4": a share.
        if let Some(q) = one_in(text, i, amount, num_end) {
            i = q.end;
            out.push(q);
            continue;
        }
        // Optional scale word: "3 million", "1.5 thousand".
        let (amount, num_end) = scale(text, amount, num_end);
        let rest = &text[num_end..];
        // "50%", "90 percent", "95 per cent": a share.
        let percent = ["%", " percent", " per cent", "\u{a0}%", " %"]
            .iter()
            .find(|p| {
                rest.starts_with(**p)
                    && !rest[p.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            });
        if let Some(p) = percent {
            let end = num_end + p.len();
            out.push(Quantity {
                start: i,
                end,
                amount,
                value: amount,
                unit: "%",
                dimension: "share",
                ago: false,
                later: None,
                range_to: None,
            });
            i = end;
            continue;
        }
        let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '-']).len();
        let after = &rest[gap..];
        // The next few bytes, lower-cased into a buffer (no allocation per number).
        let (buf, n) = text::lower_head::<24>(after);
        let lower = &buf[..n];
        let unit_at = |lower: &[u8]| {
            let letter = usize::from(lower.first()?.wrapping_sub(b'a'));
            let &(from, to) = UNITS_BY_INITIAL.get(letter)?;
            UNITS[usize::from(from)..usize::from(to)]
                .iter()
                .find(|(w, ..)| {
                    let w = w.as_bytes();
                    lower.starts_with(w) && !lower.get(w.len()).is_some_and(|&b| is_alnum(b))
                })
        };
        // "212 Russian soldiers", "40 wounded civilians", "53 seriously wounded fighters",
        // "109 Shahed drones", "47 Leopard 2 tanks", "150 other armoured vehicles", "6
        // Iskander-M ballistic missiles": up to three describing words before a count.
        let described = || {
            let mut skip = 0;
            // A describing word that is itself counted ("53 seriously wounded"), in case no
            // count follows it.
            let mut fallback = None;
            let mut after_name = false;
            for _ in 0..3 {
                let (buf, n) = text::lower_head::<24>(&after[skip..]);
                let lower = &buf[..n];
                let word_len = lower
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
                    .count();
                // (ASCII letters: a `str` as it is.)
                let word = std::str::from_utf8(&lower[..word_len]).unwrap_or_default();
                let capital = after[skip..].starts_with(|c: char| c.is_ascii_uppercase());
                let letters = word.bytes().all(|b| b.is_ascii_alphabetic());
                let describes = DESCRIBING.contains(word)
                    // A name: a nationality, a make, a model ("Russian", "Shahed", "Kh-101");
                    // not a zone's or a clock's abbreviation ("0600 GMT", "5 PM").
                    || capital
                        && !(word.len() <= 3
                            && after.as_bytes().get(skip + 1).is_some_and(u8::is_ascii_uppercase))
                        // (Nor a date's month: "24 February 150 soldiers".)
                        && super::dates::month_from_word(word).is_none()
                    // A model's number after its name ("Leopard 2", "Challenger 2").
                    || after_name && word.len() <= 4 && word.starts_with(|c: char| c.is_ascii_digit())
                    // "long-range", "Shahed-type"; "mobilised", "armoured", "guided" (not any
                    // verb in the past: "the 5 included children").
                    || !word.is_empty()
                        && word.contains('-')
                        && !word.starts_with('-')
                        && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                    || letters
                        && ["ised", "ized", "oured", "ored", "guided", "manned", "trained", "equipped", "armed"]
                            .iter()
                            .any(|e| word.ends_with(e));
                if !describes || lower.get(word_len) != Some(&b' ') {
                    return fallback;
                }
                after_name = capital;
                skip += word_len + 1;
                let (next, n) = text::lower_head::<24>(&after[skip..]);
                match unit_at(&next[..n]).filter(|u| u.3 == "count") {
                    Some(u) if DESCRIBING.contains(u.0) => fallback = Some((skip, u)),
                    Some(u) => return Some((skip, u)),
                    None => {}
                }
            }
            fallback
        };
        // A describing word before a count goes with it ("40 wounded civilians"); alone, a
        // describing word may be what is counted ("121 injured").
        let (skip, unit) = match unit_at(lower) {
            Some(u) if !DESCRIBING.contains(u.0) => (0, Some(u)),
            u if gap > 0 => described().map_or((0, u), |(skip, u)| (skip, Some(u))),
            u => (0, u),
        };
        match unit {
            Some(&(word, factor, unit, dimension))
                if gap > 0 || word.starts_with("km") || word == "kg" =>
            {
                let mut end = num_end + gap + skip + word.len();
                let tail = text::lower_head::<9>(&text[end..]);
                let tail = &tail.0[..tail.1];
                // "a 61-year-old teacher", "34 years old": an age, not a span of time.
                let word_then = |w: &[u8]| {
                    tail.starts_with(w) && !tail.get(w.len()).is_some_and(|&b| is_alnum(b))
                };
                let age = ["-old", "-olds", " old"]
                    .iter()
                    .any(|w| word_then(w.as_bytes()));
                if dimension == "duration" && age {
                    i = end;
                    continue;
                }
                // "two weeks ago": a day before the article's, not a duration.
                let ago = dimension == "duration" && word_then(b" ago");
                if ago {
                    end += " ago".len();
                }
                // "two days later", "a year earlier": a day counted from another.
                let later = (dimension == "duration" && !ago)
                    .then(|| shift_after(&word_then))
                    .flatten()
                    .map(|(sign, word)| {
                        end += word;
                        (sign, end - word)
                    });
                out.push(Quantity {
                    start: i,
                    end,
                    amount,
                    value: amount * factor,
                    unit,
                    dimension,
                    ago,
                    later,
                    range_to: None,
                });
                i = end;
            }
            // "a population of about 32,000": people.
            _ if population_before(&text[..i]) => {
                out.push(Quantity {
                    start: i,
                    end: num_end,
                    amount,
                    value: amount,
                    unit: "people",
                    dimension: "count",
                    ago: false,
                    later: None,
                    range_to: None,
                });
                i = num_end;
            }
            _ => match open_count(text, i, amount, num_end + gap).filter(|_| gap > 0) {
                Some(q) => {
                    i = q.end;
                    out.push(q);
                }
                None => i = num_end.max(i + 1),
            },
        }
    }
    first_of_ranges(text, out);
}

/// Whether `before` ends with "population of", perhaps with a word of about-ness after it
/// ("a pre-war population of about 14,000", "a population of some 30,000").
fn population_before(before: &str) -> bool {
    let mut rest = before;
    // (Longest first: "just over " before "over ".)
    for about in [
        "just over ",
        "just under ",
        "more than ",
        "fewer than ",
        "less than ",
        "about ",
        "around ",
        "some ",
        "nearly ",
        "almost ",
        "roughly ",
        "over ",
    ] {
        if let Some(r) = rest.strip_suffix(about) {
            rest = r;
            break;
        }
    }
    rest.strip_suffix("population of ").is_some()
}

/// A count of something no unit lists, named by a plural noun after a number in figures,
/// maybe with one word before it: "12 howitzers", "2,300 food kits", "260 damaged windows"
/// (counted in the noun, "kits"). A listed noun keeps its unit, after a number word too
/// ("40 glide bombs", "five pickup trucks" as vehicles). Not after
/// a name ("Article 5 states"), nor a year's number, nor a fraction, nor 1.
fn open_count(text: &str, start: usize, amount: f64, at: usize) -> Option<Quantity> {
    let bytes = text.as_bytes();
    let year_like = (1800.0..2100.0).contains(&amount)
        && bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
            == 4;
    if amount < 2.0 || amount.fract() != 0.0 || year_like {
        return None;
    }
    // The word before (after the last space): a capital starts a name.
    let before = text::words_back(text[..start].trim_end()).next();
    if before.is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)) {
        return None;
    }
    // Lower-case words only: a capitalised one is a name, which the listed units' rule reads.
    let word_at = |k: usize| {
        bytes.get(k..).map_or(0, |r| {
            r.iter().take_while(|b| b.is_ascii_lowercase()).count()
        })
    };
    let first = word_at(at);
    if first == 0 {
        return None;
    }
    let (noun_at, noun_len) = if plural_noun(&text[at..at + first]) {
        (at, first)
    } else {
        let modifier = &text[at..at + first];
        if bytes.get(at + first) != Some(&b' ')
            || modifier.ends_with('s')
            || NOT_MODIFIERS.contains(modifier)
        {
            return None;
        }
        let second = word_at(at + first + 1);
        if !plural_noun(&text[at + first + 1..at + first + 1 + second]) {
            return None;
        }
        (at + first + 1, second)
    };
    let end = noun_at + noun_len;
    if bytes
        .get(end)
        .is_some_and(|&b| is_alnum(b) || b == b'-' || b >= 0x80)
    {
        return None;
    }
    let noun = &text[noun_at..end];
    let (unit, factor) = match UNITS.iter().find(|(w, ..)| *w == noun) {
        Some(&(_, factor, unit, "count")) => (unit, factor),
        Some(_) => return None,
        // (In figures only: a number word before a noun no unit lists is seldom a figure to
        // state, "two areas", "three streets".)
        None if bytes[start].is_ascii_digit() => (intern(noun), 1.0),
        None => return None,
    };
    Some(Quantity {
        start,
        end,
        amount,
        value: amount * factor,
        unit,
        dimension: "count",
        ago: false,
        later: None,
        range_to: None,
    })
}

/// Whether a lower-case word reads as a plural noun a number may count: four letters or
/// more, ending in "s" but not as "ss", "us", "is" or "ics" do, and not a word of measure or
/// manner ("times", "pounds").
fn plural_noun(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !["ss", "us", "is", "ics", "ous"]
            .iter()
            .any(|e| w.ends_with(e))
        && !NOT_COUNTED.contains(w)
}

/// Plural words after a number that count nothing ("10 times"), or measure what no unit
/// converts ("50 pounds" of weight or money, "30 degrees").
const NOT_COUNTED: text::WordSet<14> = text::WordSet::new([
    "times", "nights", "items", "pounds", "degrees", "cents", "pence", "inches", "yards", "acres",
    "gallons", "litres", "liters", "points",
]);

/// Words between a number and a plural noun that make it no count of that noun ("5 of its
/// tanks", "3 were soldiers").
const NOT_MODIFIERS: text::WordSet<40> = text::WordSet::new([
    "of", "and", "or", "nor", "the", "a", "an", "to", "in", "on", "at", "by", "for", "from",
    "with", "than", "less", "were", "was", "are", "be", "been", "have", "had", "who", "which",
    "that", "per", "into", "over", "under", "after", "before", "since", "until", "but", "not",
    "will", "would", "could",
]);

/// A noun's own copy with the life of the program, for a count's unit (one a noun: the
/// nouns news counts are few).
fn intern(noun: &str) -> &'static str {
    use std::sync::{Mutex, OnceLock};
    static NOUNS: OnceLock<Mutex<super::fnv::FnvSet<&'static str>>> = OnceLock::new();
    let mut nouns = NOUNS
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    match nouns.get(noun) {
        Some(&n) => n,
        None => {
            let n: &'static str = Box::leak(noun.into());
            nouns.insert(n);
            n
        }
    }
}

/// The word after a duration that makes it a shift from another day: " later" (+1) or
/// " earlier" (−1), with its length.
fn shift_after(word_then: &dyn Fn(&[u8]) -> bool) -> Option<(i8, usize)> {
    [(1, " later"), (-1, " earlier")]
        .into_iter()
        .find(|(_, w)| word_then(w.as_bytes()))
        .map(|(sign, w)| (sign, w.len()))
}

/// "a week ago", "A day later", "an hour earlier", "a year earlier": one day, week, month or
/// year (an hour names no day) before "ago", "later" or "earlier", at word start `i`. Alone,
/// "a week" is no figure.
fn one_unit_shift(text: &str, i: usize) -> Option<Quantity> {
    // Most articles start no such phrase: the unit's first letter, after "a " or "an ", rules
    // them out before the head is lower-cased.
    let unit_first = |at: usize| {
        text.as_bytes()
            .get(at)
            .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'd' | b'w' | b'm' | b'y'))
    };
    if !unit_first(i + 2) && !unit_first(i + 3) {
        return None;
    }
    let (buf, n) = text::lower_head::<24>(&text[i..]);
    let head = &buf[..n];
    let rest = head
        .strip_prefix(b"a ")
        .or_else(|| head.strip_prefix(b"an "))?;
    let (unit, days) = [
        (&b"day"[..], 1.0),
        (b"week", 7.0),
        (b"month", 30.44),
        (b"year", 365.25),
    ]
    .into_iter()
    .find(|(u, _)| rest.starts_with(u))?;
    let after = &rest[unit.len()..];
    let word_then =
        |w: &[u8]| after.starts_with(w) && !after.get(w.len()).is_some_and(|&b| is_alnum(b));
    let ago = word_then(b" ago");
    let later = if ago { None } else { shift_after(&word_then) };
    if !ago && later.is_none() {
        return None;
    }
    let duration_end = i + (n - rest.len()) + unit.len();
    let end = duration_end + if ago { " ago".len() } else { later?.1 };
    Some(Quantity {
        start: i,
        end,
        amount: 1.0,
        value: days,
        unit: "days",
        dimension: "duration",
        ago,
        later: later.map(|(sign, _)| (sign, duration_end)),
        range_to: None,
    })
}

/// "between 200 and 300 people", "10 to 15 kilometres", "50-60 km", "two to three days": the
/// first figure of a range is written without its unit; it is the second's (and so is its
/// scale: "2 to 3 million people"). Each such first figure is added to `out` (in text order)
/// as a figure of its own; the second keeps its span.
fn first_of_ranges(text: &str, out: &mut Vec<Quantity>) {
    let bytes = text.as_bytes();
    let mut added = Vec::new();
    for (k, q) in out.iter().enumerate() {
        if q.ago || q.later.is_some() || q.range_to.is_some() {
            continue;
        }
        let before = &text[..q.start];
        let Some((connector, and)) = [
            ("-", false),
            ("\u{2013}", false),
            (" to ", false),
            (" and ", true),
        ]
        .into_iter()
        .find(|(c, _)| before.ends_with(c)) else {
            continue;
        };
        let to = q.start - connector.len();
        // The figure before the connector: a number, perhaps with a scale word after it, that
        // ends right there, starting at a word's start and not inside an earlier figure.
        // (The longest first: "two hundred to three hundred", "twenty-five to thirty".)
        let Some((start, amount, own_scale)) = (0..3).rev().find_map(|words_back| {
            let mut s = to;
            for _ in 0..=words_back {
                s = text[..s].trim_end_matches(' ').len();
                s -= text[..s]
                    .bytes()
                    .rev()
                    .take_while(|&b| is_alnum(b) || b == b',' || b == b'.' || b == b'-')
                    .count();
            }
            while s < to && !is_alnum(bytes[s]) {
                s += 1;
            }
            if s >= to || (s > 0 && is_alnum(bytes[s - 1])) {
                return None;
            }
            let (amount, own_end) = number_at(text, s)?;
            let (amount, end) = scale(text, amount, own_end);
            (end == to).then_some((s, amount, end != own_end))
        }) else {
            continue;
        };
        if k > 0 && out[k - 1].end > start {
            continue;
        }
        // "between 200 and 300": "and" joins a range only after "between".
        let between = text[..start].trim_end().as_bytes();
        if and
            && !(between.len() >= 7
                && between[between.len() - 7..].eq_ignore_ascii_case(b"between")
                && (between.len() == 7 || !is_alnum(between[between.len() - 8])))
        {
            continue;
        }
        // The second figure's scale, when the first has none of its own ("2 to 3 million").
        let own = number_at(text, q.start).map_or(q.amount, |(a, _)| a);
        let scaled = if !own_scale && own != 0.0 && own != q.amount {
            amount * q.amount / own
        } else {
            amount
        };
        let factor = if q.amount == 0.0 {
            1.0
        } else {
            q.value / q.amount
        };
        added.push((
            k,
            Quantity {
                start,
                end: to,
                amount: scaled,
                value: scaled * factor,
                range_to: Some(q.end),
                ..q.clone()
            },
        ));
    }
    for (k, q) in added.into_iter().rev() {
        out.insert(k, q);
    }
}

/// The digits starting at byte `i` (a digit) as a number, and where they end: "27,000",
/// "1.5", "400" (thousands separators dropped).
fn digits_at(text: &str, i: usize) -> Option<(f64, usize)> {
    let bytes = text.as_bytes();
    let mut j = i;
    let mut grouped = false;
    while j < bytes.len() {
        let b = bytes[j];
        if b.is_ascii_digit() {
            j += 1;
        } else if (b == b',' || b == b'.')
            && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
            && (b == b'.'
                || bytes
                    .get(j + 1..j + 4)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit)))
        {
            grouped |= b == b',';
            j += 1;
        } else {
            break;
        }
    }
    let digits = &text[i..j];
    if !grouped {
        return num::parse_decimal(digits).map(|v| (v, j));
    }
    // Without its commas: into a buffer (the digits and points are ASCII), unless too long
    // for one.
    let mut buf = [0u8; 32];
    let mut len = 0;
    for &b in digits.as_bytes().iter().filter(|&&b| b != b',') {
        let Some(slot) = buf.get_mut(len) else {
            return num::parse_decimal(&digits.replace(',', "")).map(|v| (v, j));
        };
        *slot = b;
        len += 1;
    }
    num::parse_decimal(std::str::from_utf8(&buf[..len]).unwrap_or_default()).map(|v| (v, j))
}

/// A number starting at byte `i`: "27,000", "1.5", "400", or a number word ("six").
fn number_at(text: &str, i: usize) -> Option<(f64, usize)> {
    let bytes = text.as_bytes();
    if bytes[i].is_ascii_digit() {
        let (value, j) = digits_at(text, i)?;
        // "200th", "3rd": ordinals are not amounts; "11km" is one ("km" written against it).
        if bytes.get(j).is_some_and(u8::is_ascii_alphabetic) && !glued_km(&bytes[j..]) {
            return None;
        }
        return Some((value, j));
    }
    // Number words: "seven", "twenty-five", "forty two", "two hundred", "three hundred and
    // fifty". (Not "dozens of" or "hundreds of": no figure says how many.)
    let (mut value, mut end) = below_hundred(bytes, i)?;
    // "two hundred", "three hundred and fifty".
    if value < 100.0 && text[end..].starts_with(" hundred") {
        let after = end + " hundred".len();
        if !bytes.get(after).is_some_and(|&b| is_alnum(b)) {
            (value, end) = (value * 100.0, after);
            if text[end..].starts_with(" and ")
                && let Some((rest, e)) = below_hundred(bytes, end + " and ".len())
                && rest < 100.0
            {
                (value, end) = (value + rest, e);
            }
        }
    }
    Some((value, end))
}

/// A number in words below a hundred at byte `i` ("seven", "twenty-five", "forty two"), or
/// "hundred" alone, with where it ends.
fn below_hundred(bytes: &[u8], i: usize) -> Option<(f64, usize)> {
    let (value, end) = number_word(bytes, i)?;
    // "twenty-five", "forty two": tens and units.
    let units = matches!(bytes.get(end), Some(b'-' | b' '))
        .then(|| number_word(bytes, end + 1))
        .flatten()
        .filter(|&(u, _)| u < 10.0);
    match units {
        Some((u, e)) if (20.0..100.0).contains(&value) => Some((value + u, e)),
        _ => Some((value, end)),
    }
}

/// A number word at byte `i` ("seven", "Seventeen"), with where it ends: read lower-case,
/// packed into an integer, and looked up; most words are ruled out by their first two letters
/// or length.
fn number_word(bytes: &[u8], i: usize) -> Option<(f64, usize)> {
    if i >= bytes.len() || !may_start_number(bytes, i) {
        return None;
    }
    let mut len = 0;
    while i + len < bytes.len() && (bytes[i + len] | 0x20).wrapping_sub(b'a') < 26 {
        len += 1;
    }
    if !(3..=9).contains(&len) {
        return None;
    }
    // The word, lower-cased, packed into an integer: compared without calling memcmp.
    let word = text::pack(&bytes[i..i + len]);
    let k = NUMBER_KEYS
        .binary_search_by_key(&word, |&(key, _)| key)
        .ok()?;
    Some((NUMBER_WORDS[usize::from(NUMBER_KEYS[k].1)].1, i + len))
}

/// Whether `before` ends with a word that makes the number word after it vague ("a few
/// hundred", "several hundred", "many thousand").
fn vague_before(before: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let word = &before[before.len()
        - before
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count()..];
    ["few", "several", "many"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the number at `i` follows a count and a capitalised name ("47 Leopard 2 tanks",
/// "14 Challenger 2 tanks"): the model's number, part of the name.
fn model_number(bytes: &[u8], i: usize) -> bool {
    let Some(before) = bytes[..i].strip_suffix(b" ") else {
        return false;
    };
    let name = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let rest = &before[..before.len() - name];
    // (The month's name looked for last: most numbers have no count before them.)
    name > 1
        && before[before.len() - name].is_ascii_uppercase()
        && bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count() <= 2
        && rest
            .strip_suffix(b" ")
            .and_then(|r| r.last())
            .is_some_and(u8::is_ascii_digit)
        // (Not a date's month: "On 24 February 150 soldiers were killed".)
        && {
            let word = std::str::from_utf8(&before[before.len() - name..]).unwrap_or_default();
            super::dates::month_from_word(word).is_none()
        }
}

/// "one in six" (the number `amount` at `start..end`, then " in " and another): a share, as
/// a percentage of the second. Not "5 in 2022" or "3 in 2 attacks": the second number is the
/// larger, and at most 1,000.
fn one_in(text: &str, start: usize, amount: f64, end: usize) -> Option<Quantity> {
    let after = end + " in ".len();
    if !text[end..].starts_with(" in ") || !text.as_bytes().get(after).is_some_and(|&b| is_alnum(b))
    {
        return None;
    }
    let (of, of_end) = number_at(text, after)?;
    // Not "3 in 24 hours" (a measure's unit after it; "one in six residents" counts them)
    // nor "one in ten thousand" (scaled past 1,000).
    let (of, of_end) = scale(text, of, of_end);
    let next = text[of_end..].trim_start_matches(' ');
    let word = &next[..next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    let unit_after = !word.is_empty()
        && UNITS
            .iter()
            .any(|(w, _, _, dimension)| w.split(' ').next() == Some(word) && *dimension != "count");
    if !(amount >= 1.0 && of > amount && of <= 1000.0) || unit_after {
        return None;
    }
    let value = amount / of * 100.0;
    Some(Quantity {
        start,
        end: of_end,
        // (As written when the share is exact to a tenth: "1 in 10" is 10%, "1 in 6" ≈16.7%.)
        amount: if (value * 10.0).fract() == 0.0 {
            value
        } else {
            amount
        },
        value,
        unit: "%",
        dimension: "share",
        ago: false,
        later: None,
        range_to: None,
    })
}

/// Whether a figure may start at the word that starts at byte `i` (an ASCII letter or digit
/// after none): [`may_start_number`] by the word's own letters, or, by the bytes around it,
/// the article "a"/"an" or a word after "$". The annotator's fold makes it
/// ([`super::fold::Folded::figures`]); [`next_candidate`] makes the same, a first-byte table
/// before it (a test checks the two agree).
#[inline(always)]
pub(crate) fn starts_figure(bytes: &[u8], i: usize, own_letters: bool) -> bool {
    own_letters || article_at(bytes, i) || i > 0 && bytes[i - 1] == b'$'
}

/// Whether a number may start at the start of a word, byte `i`: a digit, or the first three
/// letters of a number word (every one has three or more). Most words are ruled out by this
/// look alone; "the", the commonest, among them. A word's own letters decide: a word shorter
/// than three has a byte after it that is no letter.
#[inline(always)]
pub(crate) fn may_start_number(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    if b.is_ascii_digit() {
        return true;
    }
    let letter = |at: usize| bytes.get(at).map_or(26, |&b| (b | 0x20).wrapping_sub(b'a'));
    let (first, second, third) = ((b | 0x20).wrapping_sub(b'a'), letter(i + 1), letter(i + 2));
    first < 26
        && second < 26
        && third < 26
        && NUMBER_TRIPLES[usize::from(first) * 26 + usize::from(second)] >> third & 1 == 1
}

/// Whether the word at byte `i` is the article "a" or "an" before a space.
#[inline(always)]
fn article_at(bytes: &[u8], i: usize) -> bool {
    bytes[i] | 0x20 == b'a'
        && match bytes.get(i + 1) {
            Some(b' ') => true,
            Some(&n) => n | 0x20 == b'n' && bytes.get(i + 2) == Some(&b' '),
            None => false,
        }
}

/// The first word start at or after `from` (an ASCII letter or digit after none) where a
/// figure may begin, or the length: a digit, a word after "$", the article "a"/"an", or a word
/// whose first three letters begin a number word ([`may_start_number`]). Word starts are found
/// eight bytes at a time; most words are ruled out by those three letters.
fn next_candidate(bytes: &[u8], from: usize) -> usize {
    let candidate = |s: usize| {
        (match FIRST_BYTES[usize::from(bytes[s])] {
            0 => false,
            b'a' => article_at(bytes, s) || may_start_number(bytes, s),
            _ => may_start_number(bytes, s),
        }) || s > 0 && bytes[s - 1] == b'$'
    };
    let mut at = from;
    // Whether the byte before `at` is a letter or digit, as the high bit of the lowest byte.
    let mut before = match from.checked_sub(1) {
        Some(p) if p < bytes.len() && is_alnum(bytes[p]) => 0x80,
        _ => 0,
    };
    while let Some(eight) = bytes.get(at..at + 8) {
        let alnum = text::alnum_bits(u64::from_le_bytes(eight.try_into().unwrap_or_default()));
        let mut starts = alnum & !(alnum << 8 | before);
        while starts != 0 {
            let s = at + (starts.trailing_zeros() / 8) as usize;
            if candidate(s) {
                return s;
            }
            starts &= starts - 1;
        }
        before = alnum >> 56;
        at += 8;
    }
    while at < bytes.len() {
        if is_alnum(bytes[at]) && (at == 0 || !is_alnum(bytes[at - 1])) && candidate(at) {
            return at;
        }
        at += 1;
    }
    bytes.len()
}

/// The bytes a figure's first word may start with, as themselves (0 for the rest): digits,
/// the first letters of [`NUMBER_WORDS`] and the "a" of "a"/"an", in either case. One load
/// rules out a word that starts with any other letter.
static FIRST_BYTES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = b'0';
    while b <= b'9' {
        table[b as usize] = b;
        b += 1;
    }
    table[b'a' as usize] = b'a';
    table[b'A' as usize] = b'a';
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        let first = NUMBER_WORDS[k].0.as_bytes()[0];
        table[first as usize] = first;
        table[first.to_ascii_uppercase() as usize] = first;
        k += 1;
    }
    table
};

/// For each first two letters of [`NUMBER_WORDS`] (as `first * 26 + second`), the third
/// letters that follow them, as bits.
const NUMBER_TRIPLES: [u32; 26 * 26] = {
    let mut triples = [0; 26 * 26];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[k].0.as_bytes();
        triples[(w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize] |= 1 << (w[2] - b'a');
        k += 1;
    }
    triples
};

/// [`NUMBER_WORDS`] packed, each with its index there, in order of key: looked up by a
/// binary search.
const NUMBER_KEYS: [(u128, u8); NUMBER_WORDS.len()] = {
    let mut keys = [(0, 0); NUMBER_WORDS.len()];
    let mut k = 0;
    while k < keys.len() {
        // Insertion sort (in a const: no `sort`).
        let key = (text::pack(NUMBER_WORDS[k].0.as_bytes()), k as u8);
        let mut j = k;
        while j > 0 && keys[j - 1].0 > key.0 {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = key;
        k += 1;
    }
    keys
};

/// An ASCII letter or digit ([`text::is_alnum`]).
#[inline(always)]
fn is_alnum(b: u8) -> bool {
    text::is_alnum(b)
}

/// A sum of money whose digits start at byte `i`, after a currency's sign or code ("$800
/// million", "US$2bn", "€56.3 million", "£2.5bn", "UAH 30,000", "Hr 500 billion"), in that
/// currency (ISO 4217 code: sums are compared in their own currency, not converted at a rate
/// of some day). Sums named by a word after them ("5 million hryvnias") are [`UNITS`].
fn money(text: &str, i: usize) -> Option<Quantity> {
    // (The dollars other than the US's first: their letters tell them apart, before or after
    // the sign — "A$100 million", "C$500 million", "$US1.5 billion" — and a bare "$" is the
    // US dollar.)
    const SIGNS: &[(&str, &str)] = &[
        ("US$", "USD"),
        ("AU$", "AUD"),
        ("CA$", "CAD"),
        ("NZ$", "NZD"),
        ("HK$", "HKD"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("S$", "SGD"),
        ("$US", "USD"),
        ("$A", "AUD"),
        ("$NZ", "NZD"),
        ("$", "USD"),
        ("\u{20ac}", "EUR"),
        ("\u{a3}", "GBP"),
        ("\u{a5}", "JPY"),
        ("\u{20b4}", "UAH"),
        ("\u{20bd}", "RUB"),
        ("USD ", "USD"),
        ("EUR ", "EUR"),
        ("GBP ", "GBP"),
        ("AUD ", "AUD"),
        ("CAD ", "CAD"),
        ("CHF ", "CHF"),
        ("JPY ", "JPY"),
        ("PLN ", "PLN"),
        ("UAH ", "UAH"),
        ("Hr ", "UAH"),
        ("RUB ", "RUB"),
    ];
    // The last byte of each sign, and the byte before the space of each code ("USD "): most
    // figures follow neither, and one or two looks rule them out before the signs are compared.
    const ENDS: [[bool; 256]; 2] = {
        let mut ends = [[false; 256]; 2];
        let mut k = 0;
        while k < SIGNS.len() {
            let s = SIGNS[k].0.as_bytes();
            ends[0][s[s.len() - 1] as usize] = true;
            if s[s.len() - 1] == b' ' {
                ends[1][s[s.len() - 2] as usize] = true;
            }
            k += 1;
        }
        ends
    };
    let before = &text[..i];
    let b = before.as_bytes();
    let last = *b.last()?;
    if !ENDS[0][usize::from(last)]
        || last == b' '
            && !b
                .len()
                .checked_sub(2)
                .is_some_and(|p| ENDS[1][usize::from(b[p])])
    {
        return None;
    }
    // (Each sign's last two bytes first, against those before the number, without a call to
    // compare them.)
    let &(sign, unit) = SIGNS.iter().find(|(s, _)| {
        let s = s.as_bytes();
        s[s.len() - 1] == last
            && (s.len() < 2 || b.len() >= 2 && s[s.len() - 2] == b[b.len() - 2])
            && b.ends_with(s)
    })?;
    let start = i - sign.len();
    // A code, or a sign with letters, is a word of its own ("EUR 25", not "BEUR 25"; "A$10",
    // not "SA$10").
    if sign.starts_with(|c: char| c.is_ascii_alphabetic())
        && start > 0
        && is_alnum(text.as_bytes()[start - 1])
    {
        return None;
    }
    let (amount, end) = digits_at(text, i)?;
    // A scale written against the number or after it: "2bn", "56.3m", "3 million", "1.5 bn";
    // in any case ("$5M", a headline's "€50 Billion").
    let rest = &text.as_bytes()[end..];
    let (factor, len) = [
        ("bn", 1e9),
        ("m", 1e6),
        ("mn", 1e6),
        ("k", 1e3),
        (" bn", 1e9),
        (" billion", 1e9),
        (" million", 1e6),
        (" thousand", 1e3),
    ]
    .iter()
    .find(|(w, _)| starts_with_word(rest, w))
    .map_or((1.0, 0), |&(w, f)| (f, w.len()));
    if len == 0 && rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(Quantity {
        start,
        end: end + len,
        amount: amount * factor,
        value: amount * factor,
        unit,
        dimension: "money",
        ago: false,
        later: None,
        range_to: None,
    })
}

/// Whether a year (1900–2099) and a dash ("-" or "–") come right before byte `i`, where
/// `amount` (two or four digits) is a later year of the same century or its last two digits.
fn year_before_dash(bytes: &[u8], i: usize, amount: f64) -> bool {
    let dash = if i >= 1 && bytes[i - 1] == b'-' {
        1
    } else if i >= 3 && bytes[i - 3..i] == *"\u{2013}".as_bytes() {
        3
    } else {
        return false;
    };
    let Some(y) = i.checked_sub(dash + 4) else {
        return false;
    };
    let year = &bytes[y..y + 4];
    if !(matches!(year, [b'1', b'9', ..] | [b'2', b'0', ..])
        && year.iter().all(u8::is_ascii_digit)
        && (y == 0 || !is_alnum(bytes[y - 1])))
    {
        return false;
    }
    let first = year
        .iter()
        .fold(0.0, |n, &d| n * 10.0 + f64::from(d - b'0'));
    let century = (first / 100.0).floor() * 100.0;
    let later = if amount < 100.0 {
        century + amount
    } else {
        amount
    };
    later > first && later < century + 100.0
}

/// "km" (or "km2", "km²") or "kg" and no more letters: a unit written against its number
/// ("11km", "500kg").
fn glued_km(after: &[u8]) -> bool {
    matches!(after, [k, m, ..] if k | 0x20 == b'k' && matches!(m | 0x20, b'm' | b'g'))
        && !after.get(2).is_some_and(u8::is_ascii_alphabetic)
}

fn scale(text: &str, amount: f64, end: usize) -> (f64, usize) {
    let rest = &text.as_bytes()[end..];
    for (w, f) in [(" million", 1e6), (" thousand", 1e3), (" billion", 1e9)] {
        if starts_with_word(rest, w) {
            return (amount * f, end + w.len());
        }
    }
    (amount, end)
}

/// Whether `rest` starts with the word `w` in any case ("3 Million" in a headline), not a
/// longer word.
fn starts_with_word(rest: &[u8], w: &str) -> bool {
    rest.get(..w.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(w.as_bytes()))
        && !rest.get(w.len()).is_some_and(|&b| is_alnum(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String, &'static str)> {
        scan(text)
            .into_iter()
            .map(|q| (text[q.start..q.end].to_string(), q.label(), q.dimension))
            .collect()
    }

    #[test]
    fn candidates_are_every_word_start_that_may_begin_a_figure() {
        // Each word start, by the definition, checked one byte at a time.
        let naive = |bytes: &[u8], from: usize| {
            (from..bytes.len())
                .find(|&s| {
                    is_alnum(bytes[s])
                        && (s == 0 || !is_alnum(bytes[s - 1]))
                        && (bytes[s].is_ascii_digit()
                            || s > 0 && bytes[s - 1] == b'$'
                            || article_at(bytes, s)
                            || NUMBER_WORDS.iter().any(|(w, _)| {
                                bytes[s..].len() >= 3
                                    && bytes[s..s + 3].eq_ignore_ascii_case(&w.as_bytes()[..3])
                            }))
                })
                .unwrap_or(bytes.len())
        };
        for text in [
            "",
            "7",
            "the thirty-three forces, for three of them: a day, an hour, and $US5bn",
            "Kup'yansk 11km twelveth TWENTY Seventeen sevenfold él 5 l'été 12",
            "An apple a  day; anything; A\nan \u{a0}a 1",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx one",
            "one",
            "$",
            "ab$12 nine-ty",
        ] {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                assert_eq!(
                    next_candidate(bytes, from),
                    naive(bytes, from),
                    "{text:?} from {from}"
                );
            }
        }
    }

    /// The fold that keeps its words lists the word starts where a figure may begin, the
    /// same as the figures' own scan finds them: from a cold cache and a warm one.
    #[test]
    fn the_folds_figure_starts_are_the_scans() {
        let texts = [
            "",
            "7",
            "the thirty-three forces, for three of them: a day, an hour, and $US5bn",
            "Kup'yansk 11km twelveth TWENTY Seventeen sevenfold él 5 l'été 12",
            "An apple a  day; anything; A\nan \u{a0}a 1",
            "Dmitri S. Peskov said A. 5 and Dmitri A. Peskov, $ 5, $5, US$5, a$b",
            "One in six; one-third; two\u{2019}s; Ten-year-old; forty-five; FORTY FIVE",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx one twoooooooooooooooooooooo three",
            "Zelenskyy’s 2022 a—an a–a 3rd 1st ninety-nine l’an an\u{301} a",
        ];
        let mut folded = crate::core::fold::Folded::default();
        folded.keep_words();
        for pass in ["cold", "warm"] {
            for text in texts {
                crate::core::fold::fold_into(text, &mut folded);
                let bytes = text.as_bytes();
                let scanned: Vec<u32> =
                    std::iter::successors(Some(next_candidate(bytes, 0)), |&s| {
                        Some(next_candidate(bytes, s + 1))
                    })
                    .take_while(|&s| s < bytes.len())
                    .map(|s| s as u32)
                    .collect();
                assert_eq!(folded.figures(), scanned, "{pass}: {text:?}");
                assert_eq!(scan_from(text, folded.figures()), scan(text), "{text:?}");
            }
        }
    }

    #[test]
    fn number_words_and_shares() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "Twenty-five kilometres away, Two hundred soldiers waited",
                &[
                    ("Twenty-five kilometres", "25 km", "distance"),
                    ("Two hundred soldiers", "200 people", "count"),
                ],
            ),
            (
                "three hundred and fifty civilians; forty two soldiers",
                &[
                    ("three hundred and fifty civilians", "350 people", "count"),
                    ("forty two soldiers", "42 people", "count"),
                ],
            ),
            (
                "Seventeen kilometres through a pipe; ninety people; sixteen hours",
                &[
                    ("Seventeen kilometres", "17 km", "distance"),
                    ("ninety people", "90 people", "count"),
                    ("sixteen hours", "16 h", "duration"),
                ],
            ),
            (
                "Almost one in six residents were killed; 1 in 10 fled",
                &[
                    ("one in six", "≈16.7%", "share"),
                    ("1 in 10", "10%", "share"),
                ],
            ),
            // No share: the second number is a year, or the smaller, or has a unit or scale.
            (
                "killed 5 in 2022 and 3 in 2 attacks",
                &[("2 attacks", "2 attacks", "count")],
            ),
            ("killed 3 in 24 hours", &[("24 hours", "24 h", "duration")]),
            ("one in ten thousand", &[]),
            // An ordinal is no number.
            ("the twenty-first century", &[]),
            // Counts of what no unit lists, in their noun (a listed one keeps its unit).
            (
                "handed out 2,300 food kits and 1,500 blankets; destroyed 2,000 cars and 12 \
                 howitzers, 40 glide bombs, five pickup trucks; wounded 211 others; two areas",
                &[
                    ("2,300 food kits", "2,300 kits", "count"),
                    ("1,500 blankets", "1,500 blankets", "count"),
                    ("2,000 cars", "2,000 cars", "count"),
                    ("12 howitzers", "12 howitzers", "count"),
                    ("40 glide bombs", "40 bombs", "count"),
                    ("five pickup trucks", "5 vehicles", "count"),
                    ("211 others", "211 people", "count"),
                ],
            ),
            // A population is people.
            (
                "a population of about 32,000; a pre-war population of 14,000 people; a \
                 population of just over 1.5 million",
                &[
                    ("32,000", "32,000 people", "count"),
                    ("14,000 people", "14,000 people", "count"),
                    ("1.5 million", "1,500,000 people", "count"),
                ],
            ),
            // Not after a name, a year, "one", or a word that makes it no count.
            (
                "Article 5 states it; said it 10 times; in 2022 elections; one analysis; five \
                 of its tanks; 3 were soldiers; 50 pounds; 2.5 kits",
                &[],
            ),
            // Power and energy, in megawatts and megawatt-hours (converted: "≈").
            (
                "lost 3 GW; a 600-megawatt unit; 1.5 gigawatts; 2,000 MWh; 40 kW; 7 kilowatt-hours",
                &[
                    ("3 GW", "≈3,000 MW", "power"),
                    ("600-megawatt", "600 MW", "power"),
                    ("1.5 gigawatts", "≈1,500 MW", "power"),
                    ("2,000 MWh", "2,000 MWh", "energy"),
                    ("40 kW", "≈0.04 MW", "power"),
                    ("7 kilowatt-hours", "≈0.007 MWh", "energy"),
                ],
            ),
            // Weapons and things in their own unit; people by their roles; models no counts.
            (
                "hit 41 Russian military aircraft and 117 drones; fired seven missiles",
                &[
                    ("41 Russian military aircraft", "41 aircraft", "count"),
                    ("117 drones", "117 drones", "count"),
                    ("seven missiles", "7 missiles", "count"),
                ],
            ),
            (
                "all seven passengers and three crew; 11,000 North Korean soldiers",
                &[
                    ("seven passengers", "7 people", "count"),
                    ("three crew", "3 people", "count"),
                    ("11,000 North Korean soldiers", "11,000 people", "count"),
                ],
            ),
            ("T-72 tanks, Tu-95 bombers and F-16 jets in mid-2022", &[]),
            // "later" is kept with its duration (the annotator counts days from another day;
            // minutes name none, and it drops the word again).
            (
                "about 30 minutes later",
                &[("30 minutes later", "30 min", "duration")],
            ),
            // A range's first figure in words, whole.
            (
                "twenty-five to thirty firefighters",
                &[
                    ("twenty-five", "25 people", "count"),
                    ("thirty firefighters", "30 people", "count"),
                ],
            ),
            (
                "two hundred to three hundred people",
                &[
                    ("two hundred", "200 people", "count"),
                    ("three hundred people", "300 people", "count"),
                ],
            ),
            // Kilograms, square metres, barrels; small values keep three decimals.
            (
                "450 kilograms of TNT, 500kg of explosive, 15,000 square metres, 3 hectares",
                &[
                    ("450 kilograms", "≈0.45 t", "mass"),
                    ("500kg", "≈0.5 t", "mass"),
                    ("15,000 square metres", "≈0.015 km²", "area"),
                    ("3 hectares", "≈0.03 km²", "area"),
                ],
            ),
            (
                "1.4 million barrels a day over 2 sq miles",
                &[
                    ("1.4 million barrels", "1,400,000 barrels", "count"),
                    ("2 sq miles", "≈5.2 km²", "area"),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String, &str)> = want
                .iter()
                .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
                .collect();
            assert_eq!(found(text), want, "{text:?}");
        }
    }

    #[test]
    fn figures_in_seed_style_prose() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "reclaimed almost 400 square miles of territory",
                &[("400 square miles", "≈1,036 km²", "area")],
            ),
            (
                "about 2,000 square kilometers of Ukrainian territory",
                &[("2,000 square kilometers", "2,000 km²", "area")],
            ),
            (
                "a town of about 27,000 people in eastern Ukraine",
                &[("27,000 people", "27,000 people", "count")],
            ),
            (
                "25 kilometers southeast of Izyum",
                &[("25 kilometers", "25 km", "distance")],
            ),
            (
                "endured shelling and six months of Russian occupation",
                &[("six months", "≈183 days", "duration")],
            ),
            (
                "How Ukrainian Forces Liberated 20 Towns",
                &[("20 Towns", "20 settlements", "count")],
            ),
            (
                "212 Russian soldiers and 40 wounded civilians, 30 vehicles",
                &[
                    ("212 Russian soldiers", "212 people", "count"),
                    ("40 wounded civilians", "40 people", "count"),
                    ("30 vehicles", "30 vehicles", "count"),
                ],
            ),
            (
                "a mass grave with over 440 bodies",
                &[("440 bodies", "440 people", "count")],
            ),
            (
                "74 assault attempts, 13 airmen, seven Patriot batteries, 12 trucks and two \
                 bridges",
                &[
                    ("74 assault attempts", "74 attacks", "count"),
                    ("13 airmen", "13 people", "count"),
                    ("seven Patriot batteries", "7 batteries", "count"),
                    ("12 trucks", "12 vehicles", "count"),
                    ("two bridges", "2 bridges", "count"),
                ],
            ),
            // A year after a word of time is no count.
            (
                "In 2014 Russians seized Crimea; since 2022 troops left",
                &[],
            ),
            // Describing words only before what counts, and no more than three.
            (
                "12 Russian tanks, 3 big old villages",
                &[("12 Russian tanks", "12 tanks", "count")],
            ),
            ("12 Russian big old tanks", &[]),
            ("4 new modern heavy Russian tanks", &[]),
            // Makes, models and their numbers, compounds and participles of kind describe.
            (
                "109 Shahed drones, 47 Leopard 2 tanks, 6 Iskander-M ballistic missiles, 20 \
                 F-16 jets, 40 long-range drones, 300,000 mobilised men, 3,000 active main \
                 battle tanks, 75 UAVs, 41 unmanned aerial vehicles",
                &[
                    ("109 Shahed drones", "109 drones", "count"),
                    ("47 Leopard 2 tanks", "47 tanks", "count"),
                    ("6 Iskander-M ballistic missiles", "6 missiles", "count"),
                    ("20 F-16 jets", "20 aircraft", "count"),
                    ("40 long-range drones", "40 drones", "count"),
                    ("300,000 mobilised men", "300,000 people", "count"),
                    ("3,000 active main battle tanks", "3,000 tanks", "count"),
                    ("75 UAVs", "75 drones", "count"),
                    ("41 unmanned aerial vehicles", "41 drones", "count"),
                ],
            ),
            // Not any verb in the past; no vague number.
            ("The 5 included children.", &[]),
            ("a few hundred meters away; several hundred people", &[]),
            (
                "53 seriously wounded fighters and 245 Ukrainian military personnel",
                &[
                    ("53 seriously wounded fighters", "53 people", "count"),
                    ("245 Ukrainian military personnel", "245 people", "count"),
                ],
            ),
            (
                "51 seriously wounded.",
                &[("51 seriously wounded", "51 people", "count")],
            ),
            (
                "returned 205 Ukrainians",
                &[("205 Ukrainians", "205 people", "count")],
            ),
            (
                "about 95% of the land, 90 percent of the town, 80 per cent of homes; 2.5%.",
                &[
                    ("95%", "95%", "share"),
                    ("90 percent", "90%", "share"),
                    ("80 per cent", "80%", "share"),
                    ("2.5%", "2.5%", "share"),
                ],
            ),
            ("a 50-percentile score, 50 percentage points", &[]),
            ("its 200th day on September 11", &[]),
            ("on September 14.", &[]),
            ("a 120-km front", &[("120-km", "120 km", "distance")]),
            (
                "1.5 million people",
                &[("1.5 million people", "1,500,000 people", "count")],
            ),
            ("someone said", &[]),
            (
                // "Dozens of" says no number: not a figure (it was once 24, a number no one
                // gave).
                "Dozens of soldiers and Twelve villages, not seventeen",
                &[("Twelve villages", "12 settlements", "count")],
            ),
            (
                "in the village of\u{a0}Verbivka, 5\u{a0}km away",
                &[("5\u{a0}km", "5 km", "distance")],
            ),
            // "km" written against the number; no other letters may be.
            (
                "advanced 11km (7 miles), 150km upstream, over 40km2 and 3km²; the 5th, 10kms",
                &[
                    ("11km", "11 km", "distance"),
                    ("7 miles", "≈11.3 km", "distance"),
                    ("150km", "150 km", "distance"),
                    ("40km2", "40 km²", "area"),
                    ("3km²", "3 km²", "area"),
                ],
            ),
            (
                "water 3.5 metres deep, 18 cubic kilometres of it, 200 nautical miles off",
                &[
                    ("3.5 metres", "3.5 m", "distance"),
                    ("18 cubic kilometres", "18 km³", "volume"),
                    ("200 nautical miles", "≈370 km", "distance"),
                ],
            ),
            (
                "nearly 33 million tons of grain; 17,600 tonnes",
                &[
                    ("33 million tons", "33,000,000 t", "mass"),
                    ("17,600 tonnes", "17,600 t", "mass"),
                ],
            ),
            // What is counted may be the count's only word.
            (
                "121 injured and 38 children; 2,500 employees; 40 wounded civilians",
                &[
                    ("121 injured", "121 people", "count"),
                    ("38 children", "38 people", "count"),
                    ("2,500 employees", "2,500 people", "count"),
                    ("40 wounded civilians", "40 people", "count"),
                ],
            ),
            // Ages are no durations; "ago" is kept with its duration (a day, see annotate).
            (
                "a 61-year-old teacher, 34 years old, two 18-year-olds, in the past 24 hours, \
                 two days ago",
                &[
                    ("24 hours", "24 h", "duration"),
                    ("two days ago", "2 days", "duration"),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String, &str)> = want
                .iter()
                .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
                .collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    /// A text and the figures found in it: each one's words and label.
    type LabelCase<'a> = (&'a str, &'a [(&'a str, &'a str)]);

    fn check_labels(cases: &[LabelCase]) {
        for (text, want) in cases {
            let got: Vec<(String, String)> = found(text)
                .into_iter()
                .map(|(t, label, _)| (t, label))
                .collect();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn sums_of_money_in_their_own_currency() {
        let cases: &[LabelCase] = &[
            (
                "pledged $800 million and US$2bn more",
                &[
                    ("$800 million", "800,000,000 USD"),
                    ("US$2bn", "2,000,000,000 USD"),
                ],
            ),
            (
                "gave \u{20ac}56.3m, \u{20ac}100 million and \u{a3}2.5bn",
                &[
                    ("\u{20ac}56.3m", "56,300,000 EUR"),
                    ("\u{20ac}100 million", "100,000,000 EUR"),
                    ("\u{a3}2.5bn", "2,500,000,000 GBP"),
                ],
            ),
            (
                "UAH 30,000 and Hr 500 billion ($13.4 billion)",
                &[
                    ("UAH 30,000", "30,000 UAH"),
                    ("Hr 500 billion", "500,000,000,000 UAH"),
                    ("$13.4 billion", "13,400,000,000 USD"),
                ],
            ),
            (
                "5 million hryvnias, 800 million dollars, 100 euros, 1,000 rubles",
                &[
                    ("5 million hryvnias", "5,000,000 UAH"),
                    ("800 million dollars", "800,000,000 USD"),
                    ("100 euros", "100 EUR"),
                    ("1,000 rubles", "1,000 RUB"),
                ],
            ),
            (
                "a $5 fee; EUR 25 million",
                &[("$5", "5 USD"), ("EUR 25 million", "25,000,000 EUR")],
            ),
            // A headline's capitals.
            (
                "EU Pledges \u{20ac}50 Billion; $2.3 Million And $5M",
                &[
                    ("\u{20ac}50 Billion", "50,000,000,000 EUR"),
                    ("$2.3 Million", "2,300,000 USD"),
                    ("$5M", "5,000,000 USD"),
                ],
            ),
            // A code is a word of its own; letters after the digits are no scale.
            ("BEUR 25 and $3rd", &[]),
            // Other dollars, by the letters before or after the sign.
            (
                "A$100 million, C$500 million, $US1.5 billion, NZ$5m and \u{a5}10 billion",
                &[
                    ("A$100 million", "100,000,000 AUD"),
                    ("C$500 million", "500,000,000 CAD"),
                    ("$US1.5 billion", "1,500,000,000 USD"),
                    ("NZ$5m", "5,000,000 NZD"),
                    ("\u{a5}10 billion", "10,000,000,000 JPY"),
                ],
            ),
            ("AUD 20 million", &[("AUD 20 million", "20,000,000 AUD")]),
            (
                "100 million Australian dollars, 50 million Canadian dollars, 10 billion yen \
                 and 5 million zlotys",
                &[
                    ("100 million Australian dollars", "100,000,000 AUD"),
                    ("50 million Canadian dollars", "50,000,000 CAD"),
                    ("10 billion yen", "10,000,000,000 JPY"),
                    ("5 million zlotys", "5,000,000 PLN"),
                ],
            ),
            // (Letters glued before a sign make no currency.)
            ("XA$10", &[]),
        ];
        check_labels(cases);
    }

    #[test]
    fn the_first_figure_of_a_range_takes_the_second_ones_unit() {
        let cases: &[LabelCase] = &[
            (
                "between 200 and 300 people were killed",
                &[("200", "200 people"), ("300 people", "300 people")],
            ),
            (
                "advanced 10 to 15 kilometres",
                &[("10", "10 km"), ("15 kilometres", "15 km")],
            ),
            ("a 50-60 km front", &[("50", "50 km"), ("60 km", "60 km")]),
            ("50\u{2013}60 km", &[("50", "50 km"), ("60 km", "60 km")]),
            (
                "Between 1,000 and 1,500 civilians",
                &[
                    ("1,000", "1,000 people"),
                    ("1,500 civilians", "1,500 people"),
                ],
            ),
            (
                "20 to 30 miles east",
                &[("20", "≈32.2 km"), ("30 miles", "≈48.3 km")],
            ),
            // The second's scale is the first's too, unless the first has its own.
            (
                "2 to 3 million people",
                &[
                    ("2", "2,000,000 people"),
                    ("3 million people", "3,000,000 people"),
                ],
            ),
            (
                "between 2 million and 3 million people",
                &[
                    ("2 million", "2,000,000 people"),
                    ("3 million people", "3,000,000 people"),
                ],
            ),
            (
                "two to three days",
                &[("two", "2 days"), ("three days", "3 days")],
            ),
            ("30-40% of homes", &[("30", "30%"), ("40%", "40%")]),
            // "and" joins a range only after "between"; two figures with units stay two.
            ("killed 5 and wounded 7 people", &[("7 people", "7 people")]),
            ("Su-25 and 4 people", &[("4 people", "4 people")]),
            ("5 km to 10 km", &[("5 km", "5 km"), ("10 km", "10 km")]),
            // A span of years is no range of figures, nor its end a count.
            ("in 2014\u{2013}15 killed many", &[]),
            (
                "the 2014-2022 war killed 5 people",
                &[("5 people", "5 people")],
            ),
            (
                "2000-3000 people",
                &[("2000", "2,000 people"), ("3000 people", "3,000 people")],
            ),
            // Nor is a duration before "ago" a range's end.
            ("two to three weeks ago", &[("three weeks ago", "≈21 days")]),
        ];
        check_labels(cases);
    }
}
