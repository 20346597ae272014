//! Calendar dates as news text writes them.
//!
//! This module owns the small calendar Lede needs (validated Gregorian dates, weekdays, ISO
//! output), the parser for datelines ("Sept. 10, 2022 / 12:38 PM", "2022-09-10 12:38") and the
//! scanner that finds date phrases in running text ("September 14", "10 September 2022") so an
//! article without a stated date can still say which dates it talks about.
//!
//! Everything works on `&str` and reports byte offsets into it; nothing here allocates per
//! character or looks further back than the current word, so long inputs stay linear.

use serde::Serialize;
use std::fmt::{self, Write};

/// A valid Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, if `year-month-day` exists in the Gregorian calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
        let days = self.days_since_epoch();
        ((days + 3).rem_euclid(7)) as u8
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The last `weekday` (0 = Monday) on or before this date: "Saturday" in a dispatch of
    /// Saturday 10 September is the 10th, "Friday" the 9th.
    pub fn last_weekday(self, weekday: u8) -> Date {
        let back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        Date::from_days(self.days_since_epoch() - back)
    }

    /// The first `weekday` on or after this date: "Wednesday" in "expected to peak on
    /// Wednesday", written on Tuesday 6 June, is the 7th.
    pub fn next_weekday(self, weekday: u8) -> Date {
        let ahead = (i64::from(weekday) - i64::from(self.weekday())).rem_euclid(7);
        Date::from_days(self.days_since_epoch() + ahead)
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.days_since_epoch() + days)
    }

    /// `2022-09-10`.
    pub fn iso(self) -> String {
        let mut iso = String::new();
        self.push_iso(&mut iso);
        iso
    }

    /// [`Date::iso`] onto `out`: an id's buffer takes it with no `String` of its own.
    pub fn push_iso(self, out: &mut String) {
        // Digit by digit into a buffer: every date of every article is written so, and
        // `format!` costs about ten times as much. (Other years keep the formatter's form.)
        if !(0..=9999).contains(&self.year) || self.month > 99 || self.day > 99 {
            let _ = write!(out, "{:04}-{:02}-{:02}", self.year, self.month, self.day);
            return;
        }
        let mut iso = *b"0000-00-00";
        write_digits(&mut iso[..4], self.year as u32);
        write_digits(&mut iso[5..7], u32::from(self.month));
        write_digits(&mut iso[8..], u32::from(self.day));
        push_ascii(out, &iso);
    }

    /// A date written `2022-09-10` (as [`Date::iso`] writes it and date inputs give it).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl fmt::Display for Date {
    /// `Sat 10 Sep 2022`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Piece by piece, the numbers' digits from a buffer: every date found is named so,
        // and `write!` with four arguments costs several times as much.
        let mut digits = [0u8; 20];
        f.write_str(WEEKDAYS[usize::from(self.weekday())])?;
        f.write_str(" ")?;
        f.write_str(super::num::digits(&mut digits, u64::from(self.day)))?;
        f.write_str(" ")?;
        f.write_str(MONTH_ABBR[usize::from(self.month - 1)])?;
        f.write_str(if self.year < 0 { " -" } else { " " })?;
        f.write_str(super::num::digits(
            &mut digits,
            u64::from(self.year.unsigned_abs()),
        ))
    }
}

/// The last decimal digits of `n` into `slots`, zero-padded.
fn write_digits(slots: &mut [u8], mut n: u32) {
    for slot in slots.iter_mut().rev() {
        *slot = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// ASCII bytes onto `out`.
fn push_ascii(out: &mut String, bytes: &[u8]) {
    out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A date with an optional time of day, as a dateline states it (no time zone conversion: the
/// time is the one printed, with the offset from UTC of the zone printed after it, if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub date: Date,
    /// Hours and minutes, 24-hour clock.
    pub time: Option<(u8, u8)>,
    /// The time's offset from UTC in minutes ("EDT": −240), when the line names its zone.
    pub zone: Option<i16>,
}

impl DateTime {
    /// A date without a time.
    pub fn day(date: Date) -> DateTime {
        DateTime {
            date,
            time: None,
            zone: None,
        }
    }

    /// `2022-09-10T12:38`, `2022-09-10T12:38-04:00` with its zone, or `2022-09-10` without a
    /// time.
    pub fn iso(&self) -> String {
        match self.time {
            Some((h, m)) => {
                let zone = self.zone.map(offset).unwrap_or_default();
                format!("{}T{h:02}:{m:02}{zone}", self.date.iso())
            }
            None => self.date.iso(),
        }
    }

    /// "07:05", "18:14 UTC−4", "16:02 UTC+5:30": the time for a reader, if there is one.
    pub fn time_label(&self) -> Option<String> {
        let (h, m) = self.time?;
        let zone = match self.zone {
            None => String::new(),
            Some(0) => " UTC".into(),
            Some(z) => {
                let sign = if z < 0 { '−' } else { '+' };
                let (zh, zm) = (z.unsigned_abs() / 60, z.unsigned_abs() % 60);
                if zm == 0 {
                    format!(" UTC{sign}{zh}")
                } else {
                    format!(" UTC{sign}{zh}:{zm:02}")
                }
            }
        };
        Some(format!("{h:02}:{m:02}{zone}"))
    }
}

/// An offset from UTC in ISO 8601's form: "+03:00", "-04:00", "+00:00".
fn offset(minutes: i16) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// The offset from UTC, in minutes, of a time zone as datelines print it on `date`: "GMT",
/// "UTC", "Z", "EDT", "CEST", "MSK", "GMT+3", "UTC+05:30"; the US's "ET", "CT", "MT" and "PT"
/// by whether daylight saving time was in force that day. `None` for a label it does not know
/// or that names more than one zone ("IST").
/// The zone of a city a time names as its own ("(Paris)", "(Kyiv)"): its standard offset from
/// UTC in hours, and whether it keeps Europe's summer time.
enum CityZone {
    Fixed(i16),
    Europe(i16),
}

fn city_zone(name: &str) -> Option<CityZone> {
    Some(match name {
        "London" | "Lisbon" | "Dublin" => CityZone::Europe(0),
        "Paris" | "Berlin" | "Brussels" | "Warsaw" | "Rome" | "Madrid" | "Vienna" | "Prague"
        | "Amsterdam" | "Stockholm" | "Oslo" | "Copenhagen" | "Budapest" => CityZone::Europe(1),
        "Kyiv" | "Kiev" | "Helsinki" | "Riga" | "Vilnius" | "Tallinn" | "Bucharest"
        | "Chisinau" | "Athens" => CityZone::Europe(2),
        "Moscow" | "Minsk" | "Istanbul" | "Ankara" => CityZone::Fixed(3),
        _ => return None,
    })
}

pub fn zone_offset(label: &str, date: Date) -> Option<i16> {
    let label = label.trim_matches(|c| c == '(' || c == ')');
    // "Kyiv time", as "(Kyiv time)" or alone: the city's.
    let label = label.strip_suffix(" time").unwrap_or(label);
    // "GMT+3", "UTC-5", "UTC+03:00", "GMT+5:30".
    for base in ["GMT", "UTC"] {
        if let Some(rest) = label.strip_prefix(base)
            && let Some(sign) = rest.chars().next().filter(|c| *c == '+' || *c == '-')
        {
            let (h, m) = rest[1..].split_once(':').unwrap_or((&rest[1..], "0"));
            // (Digits only, two at most: no sign, no overflow.)
            let digits =
                |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
            if !(digits(h) && digits(m)) {
                return None;
            }
            let (h, m): (i16, i16) = (h.parse().ok()?, m.parse().ok()?);
            if h > 14 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            return Some(if sign == '-' { -minutes } else { minutes });
        }
    }
    // The US's zones by their general names: daylight saving time from the second Sunday of
    // March to the first Sunday of November (as since 2007).
    let us_summer = || {
        let from = Date::new(date.year, 3, 8).map(|d| d.next_weekday(6));
        let to = Date::new(date.year, 11, 1).map(|d| d.next_weekday(6));
        matches!((from, to), (Some(f), Some(t)) if date >= f && date < t)
    };
    // Britain's: BST from the last Sunday of March to the last Sunday of October.
    let uk_summer = || {
        let from = Date::new(date.year, 3, 31).map(|d| d.last_weekday(6));
        let to = Date::new(date.year, 10, 31).map(|d| d.last_weekday(6));
        matches!((from, to), (Some(f), Some(t)) if date >= f && date < t)
    };
    if let Some(city) = city_zone(label) {
        return Some(match city {
            CityZone::Fixed(hours) => hours * 60,
            // Europe's summer time runs on Britain's dates, everywhere at once.
            CityZone::Europe(hours) => (hours + i16::from(uk_summer())) * 60,
        });
    }
    let hours: i16 = match label {
        "UK" => i16::from(uk_summer()),
        "GMT" | "UTC" | "UT" | "Z" | "WET" => 0,
        "BST" | "CET" | "WEST" => 1,
        "CEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "JST" | "KST" => 9,
        "AEST" => 10,
        "AEDT" => 11,
        "EST" => -5,
        "EDT" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        "ET" | "CT" | "MT" | "PT" => {
            let standard = match label {
                "ET" => -5,
                "CT" => -6,
                "MT" => -7,
                _ => -8,
            };
            standard + i16::from(us_summer())
        }
        _ => return None,
    };
    Some(hours * 60)
}

impl Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// A date phrase that may leave out the year or the day ("September 14", "September 2022").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
}

impl PartialDate {
    /// ISO 8601 with the unknown parts left out: `2022-09-14`, `--09-14`, `2022-09`.
    pub fn iso(&self) -> String {
        let mut iso = String::new();
        self.push_iso(&mut iso);
        iso
    }

    /// [`PartialDate::iso`] onto `out`: an id's buffer takes it with no `String` of its own.
    pub fn push_iso(&self, out: &mut String) {
        // (Digit by digit, as [`Date::iso`]; other years keep the formatter's form.)
        let year = self.year.filter(|y| (0..=9999).contains(y));
        if year != self.year || self.month > 99 || self.day.is_some_and(|d| d > 99) {
            let _ = match (self.year, self.day) {
                (Some(y), Some(d)) => write!(out, "{y:04}-{:02}-{d:02}", self.month),
                (Some(y), None) => write!(out, "{y:04}-{:02}", self.month),
                (None, Some(d)) => write!(out, "--{:02}-{d:02}", self.month),
                (None, None) => write!(out, "--{:02}", self.month),
            };
            return;
        }
        let mut iso = *b"0000-00-00";
        match year {
            Some(y) => write_digits(&mut iso[..4], y as u32),
            None => iso[3] = b'-',
        }
        write_digits(&mut iso[5..7], u32::from(self.month));
        let end = match self.day {
            Some(d) => {
                write_digits(&mut iso[8..], u32::from(d));
                10
            }
            None => 7,
        };
        let start = if year.is_some() { 0 } else { 3 };
        push_ascii(out, &iso[start..end]);
    }
}

impl fmt::Display for PartialDate {
    /// `14 Sep 2022`, `14 Sep`, `Sep 2022`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.day {
            write!(f, "{d} ")?;
        }
        f.write_str(MONTH_ABBR[usize::from(self.month - 1)])?;
        if let Some(y) = self.year {
            write!(f, " {y}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// The earliest and latest dates a text mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub from: PartialDate,
    pub to: PartialDate,
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{} – {}", self.from, self.to)
        }
    }
}

/// The month a word names: "September", "Sept.", "Sep", "sept" → 9. "May" and "march" only
/// count here; the callers decide whether a capital and a following day are required.
pub fn month_from_word(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word).as_bytes();
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    let head = [
        w[0].to_ascii_lowercase(),
        w[1].to_ascii_lowercase(),
        w[2].to_ascii_lowercase(),
    ];
    let m = match &head {
        b"jan" => 1,
        b"feb" => 2,
        b"mar" => 3,
        b"apr" => 4,
        b"may" => 5,
        b"jun" => 6,
        b"jul" => 7,
        b"aug" => 8,
        b"sep" => 9,
        b"oct" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    };
    let full = MONTH_NAMES[m as usize - 1].as_bytes();
    (w.len() == 3 || w.eq_ignore_ascii_case(full) || w.eq_ignore_ascii_case(b"sept")).then_some(m)
}

/// A month's name, capitalised: 1 → "January".
pub fn month_name(month: u8) -> String {
    let name = MONTH_NAMES[usize::from(month.clamp(1, 12) - 1)];
    name[..1].to_ascii_uppercase() + &name[1..]
}

/// The weekday a word names ("Saturday", "Sat.", "Sat") → 0 = Monday … 6 = Sunday.
pub fn weekday_from_word(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.len() < 3 || w.len() > 9 || !w.is_ascii() {
        return None;
    }
    WEEKDAY_NAMES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w) || (w.len() == 3 && d[..3].eq_ignore_ascii_case(w)))
        .map(|i| i as u8)
}

/// A cursor over ASCII-ish tokens of one short line.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn skip_separators(&mut self, extra: &[char]) {
        let rest = &self.s[self.pos..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || extra.contains(&c));
        self.pos += rest.len() - trimmed.len();
    }

    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    /// The next run of letters (and a trailing '.'), consumed only if `f` accepts it.
    fn word_if<T>(&mut self, f: impl Fn(&str) -> Option<T>) -> Option<T> {
        let rest = self.rest();
        let mut len = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if len == 0 {
            return None;
        }
        if rest[len..].starts_with('.') {
            len += 1;
        }
        let v = f(&rest[..len])?;
        self.pos += len;
        Some(v)
    }

    /// The next run of ASCII digits, consumed only if it has `min..=max` digits.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if len < min || len > max {
            return None;
        }
        let v = rest[..len].parse().ok()?;
        self.pos += len;
        Some(v)
    }

    /// A time zone's label, consumed: up to 9 capitals, digits and "+-:()" ("ET", "UTC",
    /// "GMT+3", "(MSK)", "Z").
    fn zone(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        // A city in parentheses, as Le Monde gives its time's zone: "6:12 pm (Paris)".
        if let Some(inside) = rest.strip_prefix('(')
            && let Some(close) = inside.find(')')
            && city_zone(
                inside[..close]
                    .strip_suffix(" time")
                    .unwrap_or(&inside[..close]),
            )
            .is_some()
        {
            self.pos += close + 2;
            return Some(&rest[..close + 2]);
        }
        // "10:03 Kyiv time".
        if let Some((city, _)) = rest.split_once(" time")
            && city_zone(city).is_some()
            && !rest[city.len() + 5..].starts_with(char::is_alphanumeric)
        {
            self.pos += city.len() + 5;
            return Some(&rest[..city.len() + 5]);
        }
        let len = rest
            .find(|ch: char| {
                !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || "+-:()".contains(ch))
            })
            .unwrap_or(rest.len());
        let label = &rest[..len];
        // (A whole word: not the "T" of "The".)
        let ok = (1..=9).contains(&len)
            && !rest[len..].starts_with(char::is_alphabetic)
            && label
                .trim_start_matches('(')
                .starts_with(|ch: char| ch.is_ascii_uppercase());
        ok.then(|| {
            self.pos += len;
            label
        })
    }

    fn eat(&mut self, lit: &str) -> bool {
        let ok = self.rest().len() >= lit.len()
            && self.rest().is_char_boundary(lit.len())
            && self.rest()[..lit.len()].eq_ignore_ascii_case(lit);
        if ok {
            self.pos += lit.len();
        }
        ok
    }
}

/// What a date line says the date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRole {
    /// "Published …", "Posted …", "Issued on …", "First published on …".
    Published,
    /// "Updated …", "Last modified …".
    Updated,
    /// A bare date, as a dateline prints it.
    Unlabelled,
}

/// A line that is only a date: its date (and time) and what the line says it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub at: DateTime,
    pub role: DateRole,
}

/// Lead words of date lines, longest first so "first published on" is not read as "first".
const DATE_LEADS: &[(&str, DateRole)] = &[
    ("first published on", DateRole::Published),
    ("first published", DateRole::Published),
    ("published on", DateRole::Published),
    ("published", DateRole::Published),
    ("posted on", DateRole::Published),
    ("posted", DateRole::Published),
    ("issued on", DateRole::Published),
    ("issued", DateRole::Published),
    ("last updated on", DateRole::Updated),
    ("last updated", DateRole::Updated),
    ("updated on", DateRole::Updated),
    ("updated", DateRole::Updated),
    ("last modified on", DateRole::Updated),
    ("last modified", DateRole::Updated),
    ("modified on", DateRole::Updated),
    ("modified", DateRole::Updated),
    ("update", DateRole::Updated),
    // A report's "As of 21 May 2024".
    ("as of", DateRole::Published),
];

/// Parse a line that is nothing but a date, optionally with a lead word, a weekday, a time
/// (before or after the date) and a time-zone label: "Sept. 10, 2022 / 12:38 PM",
/// "Saturday, 10 September 2022", "2022-09-10T12:38:00Z", "Updated: Sept. 10, 2022 at 1:05
/// p.m. ET", "Published 6:14 PM EDT, September 12, 2022". Anything else on the line → `None`.
pub fn parse_dateline(line: &str) -> Option<Dateline> {
    let line = line.trim();
    if line.len() > 80 {
        return None;
    }
    // A no-break space reads as a space.
    let spaced;
    let line = if line.contains('\u{a0}') {
        spaced = line.replace('\u{a0}', " ");
        spaced.as_str()
    } else {
        line
    };
    // The same date twice, in figures and in words, run together as a page's layout put them
    // side by side ("08/13/2024August 13, 2024"): the words say it.
    if let Some(words) = after_figures(line) {
        let read = parse_dateline(words)?;
        return line[..line.len() - words.len()]
            .contains(&read.at.date.year.to_string())
            .then_some(read);
    }
    let mut c = Cursor { s: line, pos: 0 };
    let mut role = DateRole::Unlabelled;
    for &(lead, r) in DATE_LEADS {
        if c.eat(lead) && !c.rest().starts_with(|ch: char| ch.is_ascii_alphabetic()) {
            role = r;
            c.skip_separators(&[':', ',']);
            break;
        }
        c.pos = 0;
    }
    // Time first ("6:14 PM EDT, September 12, 2022")? Not when it is a date's day and month
    // ("16.01.2023 12:47").
    let after_lead = c.pos;
    let mut time = parse_time(&mut c);
    let mut zone_label = None;
    if time.is_some() {
        c.skip_separators(&[]);
        zone_label = c.zone();
        c.skip_separators(&[',', '/', '|', '-', '–', '—']);
    }
    if c.word_if(weekday_from_word).is_some() {
        c.skip_separators(&[',']);
    }
    let (date, month_first) = match parse_date_part(&mut c) {
        Some(d) => d,
        None if time.is_some() => {
            c.pos = after_lead;
            time = None;
            zone_label = None;
            parse_date_part(&mut c)?
        }
        None => return None,
    };
    if time.is_none() {
        c.skip_separators(&['/', ',', '|', '@', '-', '–', '—', 'T', '•', '·']);
        c.eat("at");
        c.skip_separators(&[]);
        time = parse_time(&mut c);
    }
    c.skip_separators(&[',']);
    // An optional time-zone label ("ET", "UTC", "GMT+3", "Z", "UK").
    if let Some(z) = c.zone() {
        zone_label = Some(z);
    }
    // And perhaps the outlet's name: "Monday November 20 2023, 5.00pm, The Times".
    let rest = c.rest().trim_start_matches([',', ' ', '|', '•', '·', '/']);
    if !rest.is_empty() && super::meta::outlet_named(rest).is_none() {
        return None;
    }
    // "01/06/2025" either way round: the zone decides. The US's put the month first, and the
    // rest of the world the day. Without a zone, the line states no date.
    let date = match month_first {
        None => date,
        Some(us) => match zone_label.and_then(|z| zone_offset(z, us)) {
            Some(-600..=-240) => us,
            Some(_) => date,
            None => return None,
        },
    };
    // (A zone only with a time: "September 12, 2022 ET" states no time to place.)
    let zone = zone_label
        .filter(|_| time.is_some())
        .and_then(|z| zone_offset(z, date));
    Some(Dateline {
        at: DateTime { date, time, zone },
        role,
    })
}

/// The rest of a line after a date in figures that runs into a letter ("08/13/2024August
/// 13, 2024" → "August 13, 2024"), if the line opens so.
fn after_figures(line: &str) -> Option<&str> {
    let figures = line
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        .count();
    let rest = &line[figures..];
    // (A word: not ISO's "T" before a time, "2022-09-10T12:38".)
    let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count() >= 2;
    (figures >= 8 && word).then_some(rest)
}

/// Two date lines run together where a page's layout put them side by side: "April 3, 2022
/// 9:54 PM GMT+3Updated April 3, 2022", "Issued on: 14/01/2025 - 15:41Modified: 14/01/2025 -
/// 18:05". Both halves must be date lines, the second opening with a lead word.
pub fn parse_glued_datelines(line: &str) -> Option<[Dateline; 2]> {
    let line = line.trim();
    if line.len() > 160 {
        return None;
    }
    // (In either case: "…, at 6:12 pm (Paris), updated on July 9, 2024"; "Update" as Anadolu
    // writes it: "16.05.2025 - Update : 17.05.2025".)
    ["Updated", "updated", "Update", "Modified", "modified"]
        .iter()
        .flat_map(|lead| line.match_indices(lead))
        .filter(|&(at, _)| at > 0)
        .find_map(|(at, _)| {
            // ("Last updated": the lead word with "Last" before it.)
            let at = line[..at]
                .strip_suffix("Last ")
                .or_else(|| line[..at].strip_suffix("last "))
                .map_or(at, str::len);
            // (Apart by a mark, perhaps: "… 21:06 GMT+2•Updated …", "… EDT / Updated …".)
            let first =
                line[..at].trim_end_matches(['•', '·', '|', ' ', '/', ',', ';', '-', '–', '—']);
            let (first, mut second) = (parse_dateline(first)?, parse_dateline(&line[at..])?);
            // (An update comes after: "…, updated on July 1" of a July 8 story is no pair.)
            if second.at.date < first.at.date {
                return None;
            }
            // The update's time in the first's zone when it names none ("… at 6:12 pm
            // (Paris), updated on July 8, 2024, at 10:05 pm"), on the same day.
            if second.at.zone.is_none()
                && second.at.time.is_some()
                && second.at.date == first.at.date
            {
                second.at.zone = first.at.zone;
            }
            Some([first, second])
        })
}

/// A short line that opens with a date lead word and holds a number ("Issued on: 12/09/2022 -
/// 15:40", whose day and month could be either way round).
pub fn is_date_lead_line(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_ascii_lowercase();
    line.split_whitespace().count() <= 8
        && line.contains(|c: char| c.is_ascii_digit())
        && DATE_LEADS.iter().any(|(lead, _)| {
            lower.starts_with(lead)
                && !lower[lead.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
}

/// A line that is only a time of day, as live blogs stamp their entries ("23.54 BST", "12:45").
pub fn is_time_line(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 20 {
        return false;
    }
    let mut c = Cursor { s: line, pos: 0 };
    if parse_time(&mut c).is_none() {
        return false;
    }
    c.skip_separators(&[]);
    let _ = c.zone();
    c.rest().trim().is_empty()
}

/// A date, and when its numbers could be read either way round ("01/06/2025"), it read day
/// first and then month first.
fn parse_date_part(c: &mut Cursor<'_>) -> Option<(Date, Option<Date>)> {
    let start = c.pos;
    // ISO: 2022-09-10; and with dots or slashes, year first ("2024.05.14", "2024/05/14").
    if let Some(y) = c.number(4, 4) {
        let sep = ["-", ".", "/"].into_iter().find(|s| c.eat(s));
        if let Some(sep) = sep
            && let Some(m) = c.number(1, 2)
            && c.eat(sep)
            && let Some(d) = c.number(1, 2)
        {
            return Date::new(y as i32, m as u8, d as u8).map(|d| (d, None));
        }
        c.pos = start;
        return None;
    }
    // 25.09.2022, 16.03.24: day first, as wherever dots part a date's numbers.
    // 12/09/2022: either way round, unless day and month cannot be swapped.
    if let Some(a) = c.number(1, 2) {
        let sep = if c.eat("/") {
            Some('/')
        } else if c.eat(".") {
            Some('.')
        } else {
            None
        };
        if let Some(sep) = sep
            && let Some(b) = c.number(1, 2)
            && c.eat(if sep == '/' { "/" } else { "." })
        {
            // (Two digits for the year too: "16.03.24", "06/01/25 4:56 PM ET".)
            let y = c.number(4, 4).or_else(|| c.number(2, 2).map(|y| 2000 + y));
            if let Some(y) = y {
                let (a, b) = (a as u8, b as u8);
                let day_first = Date::new(y as i32, b, a);
                return match (sep, a, b) {
                    ('.', ..) => day_first.map(|d| (d, None)),
                    (_, a, b) if a > 12 || a == b => day_first.map(|d| (d, None)),
                    (_, _, b) if b > 12 => Date::new(y as i32, a, b).map(|d| (d, None)),
                    _ => day_first.map(|d| (d, Date::new(y as i32, a, b))),
                };
            }
        }
        c.pos = start;
    }
    // Month Day, Year
    if let Some(m) = c.word_if(month_from_word) {
        c.skip_separators(&[]);
        let d = c.number(1, 2)?;
        let _ = c.word_if(ordinal_suffix);
        c.skip_separators(&[',']);
        let y = c.number(4, 4)?;
        return Date::new(y as i32, m, d as u8).map(|d| (d, None));
    }
    // Day Month Year
    let d = c.number(1, 2)?;
    let _ = c.word_if(ordinal_suffix);
    c.skip_separators(&[]);
    let m = c.word_if(month_from_word)?;
    c.skip_separators(&[',']);
    let y = c.number(4, 4)?;
    Date::new(y as i32, m, d as u8).map(|d| (d, None))
}

fn ordinal_suffix(w: &str) -> Option<()> {
    matches!(w, "st" | "nd" | "rd" | "th").then_some(())
}

/// "12:38", "1:05 p.m.", "12:38:00": consumed only when it is a valid time.
fn parse_time(c: &mut Cursor<'_>) -> Option<(u8, u8)> {
    let start = c.pos;
    let time = parse_time_inner(c);
    if time.is_none() {
        c.pos = start;
    }
    time
}

fn parse_time_inner(c: &mut Cursor<'_>) -> Option<(u8, u8)> {
    let h = c.number(1, 2)?;
    if !(c.eat(":") || c.eat(".")) {
        return None;
    }
    let m = c.number(2, 2)?;
    if c.eat(":") {
        let _ = c.number(2, 2);
    }
    let before_meridiem = c.pos;
    c.skip_separators(&[]);
    let meridiem = if c.eat("a.m.") || c.eat("am") {
        Some(false)
    } else if c.eat("p.m.") || c.eat("pm") {
        Some(true)
    } else {
        c.pos = before_meridiem;
        None
    };
    let h = match meridiem {
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(pm) => (h % 12) + if pm { 12 } else { 0 },
        None => h,
    };
    (h < 24 && m < 60).then_some((h as u8, m as u8))
}

/// The day a date without a year names in an article of date `a`: in `a`'s year, unless that
/// puts it more than three months after the article (Dec 28 in a dispatch of Jan 3 is last
/// year's) or more than nine before it (Jan 5 in one of Dec 30 is next year's). News tells
/// of the past far more than of the future, hence the unequal reach.
pub fn year_near(a: Date, month: u8, day: u8) -> Option<Date> {
    let date = Date::new(a.year, month, day)?;
    let ahead = date.days_since_epoch() - a.days_since_epoch();
    let year = match ahead {
        92.. => a.year - 1,
        ..-275 => a.year + 1,
        _ => return Some(date),
    };
    // (Feb 29 in a year without one: no such day.)
    Date::new(year, month, day)
}

/// A date phrase found in running text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: PartialDate,
}

/// Find "September 14", "Sept. 10, 2022", "10 September 2022" and "February 2022" in `text`.
/// Month names must be capitalised ("may" is a verb); a bare month with no day or year is not
/// a date.
pub fn scan_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    scan_dates_into(text, &mut out, &mut Vec::new());
    out
}

/// [`scan_dates`] into `out` (cleared first), with `words` a buffer for each window's words:
/// both kept from one block to the next by the annotator.
pub fn scan_dates_into(text: &str, out: &mut Vec<DateMention>, words: &mut Vec<(usize, usize)>) {
    // Every date phrase has a number in it, with at most two words on either side: scan only
    // windows around the numbers, merged where they touch.
    let bytes = text.as_bytes();
    out.clear();
    let mut i = 0;
    let mut window: Option<(usize, usize)> = None;
    let mut flush = |w: (usize, usize), out: &mut Vec<DateMention>| {
        scan_window(&text[w.0..w.1], w.0, words, out);
    };
    loop {
        i = next_digit(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let (ws, we) = (widen_back(text, start, 16), widen_forward(text, i, 16));
        window = match window {
            Some((s, e)) if ws <= e => Some((s, e.max(we))),
            Some(w) => {
                flush(w, out);
                Some((ws, we))
            }
            None => Some((ws, we)),
        };
    }
    if let Some(w) = window {
        flush(w, out);
    }
    if !out.is_empty() {
        joined_days(text, out);
    }
}

/// The words of the holidays [`scan_holidays`] finds, each as its searcher (built once).
fn holidays() -> [&'static memchr::memmem::Finder<'static>; 4] {
    [
        super::text::finder!("Christmas"),
        super::text::finder!("New Year"),
        super::text::finder!("Victory Day"),
        super::text::finder!("Independence Day"),
    ]
}

/// Whether `text` may name a holiday [`scan_holidays`] finds: one look at a whole article, so
/// that its paragraphs are not searched one by one when it names none.
pub fn may_name_a_holiday(text: &str) -> bool {
    holidays().iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// Holidays that name one day of the year, as dates without a year (the caller dates them
/// like "December 25"): "Christmas Day" and "Christmas Eve", "Christmas" alone when it ends a
/// phrase ("on Christmas, …"; not "the Christmas truce"), "Orthodox Christmas" (7 January),
/// "New Year's Eve" and "New Year's Day", "Victory Day" (9 May, Moscow's parade), and
/// Ukraine's "Independence Day" (24 August) when the words before say it is Ukraine's.
pub fn scan_holidays(text: &str) -> Vec<DateMention> {
    // Where each holiday's words are.
    let found = holidays().into_iter().enumerate().flat_map(|(k, words)| {
        let len = words.needle().len();
        words
            .find_iter(text.as_bytes())
            .map(move |at| (k, at, at + len))
    });
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // The word after byte `at`, past one space: its bytes.
    let next_word = |at: usize| -> &[u8] {
        let rest = bytes.get(at..).unwrap_or_default();
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        &rest[..rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()]
    };
    let before = |at: usize| text[..at].trim_end_matches(' ');
    let date = |month, day| PartialDate {
        year: None,
        month,
        day: Some(day),
    };
    // "Christmas" at `at..end`: its span (with "Orthodox" before, "Day" or "Eve" after) and day.
    let christmas = |at: usize, end: usize| {
        let orthodox = before(at).ends_with("Orthodox");
        let start = if orthodox {
            before(at).len() - "Orthodox".len()
        } else {
            at
        };
        let (end, day) = match next_word(end) {
            b"Day" | b"day" => (end + " Day".len(), 25),
            b"Eve" | b"eve" => (end + " Eve".len(), 24),
            // Alone where a phrase ends or a word of time or a joining word follows; not
            // before a noun ("the Christmas truce" is no date).
            b"" | b"morning" | b"night" | b"and" | b"or" | b"when" | b"as" | b"this" | b"last" => {
                (end, 25)
            }
            _ => return None,
        };
        let d = if orthodox {
            date(1, if day == 24 { 6 } else { 7 })
        } else {
            date(12, day)
        };
        Some((start, end, d))
    };
    // "New Year" at `at..end`: "'s Eve" or "'s Day" after it.
    let new_year = |at: usize, end: usize| {
        let rest = &text[end..];
        let after = ["'s ", "\u{2019}s "]
            .iter()
            .find_map(|s| rest.strip_prefix(s))?;
        let d = if after.starts_with("Eve") {
            date(12, 31)
        } else if after.starts_with("Day") {
            date(1, 1)
        } else {
            return None;
        };
        Some((at, text.len() - after.len() + 3, d))
    };
    for (k, at, end) in found {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let found = match k {
            0 => christmas(at, end),
            1 => new_year(at, end),
            2 => Some((at, end, date(5, 9))),
            // Ukraine's Independence Day, not another country's.
            _ => ["Ukraine's", "Ukraine\u{2019}s", "Ukrainian"]
                .iter()
                .any(|w| before(at).ends_with(w))
                .then(|| (at, end, date(8, 24))),
        };
        let Some((start, end, d)) = found else {
            continue;
        };
        if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        out.push(DateMention {
            start,
            end,
            date: d,
        });
    }
    // (The crate's sort: std's would add its code to the wasm for this one list.)
    super::sort::sort_by(&mut out, |a, b| a.start.cmp(&b.start));
    out
}

/// "January 16 and 17", "between September 24 and 30", "Sept. 3-4", "from 3 to 5 May",
/// "10-12 March": the other day of two said with one month, added to `out` as a date of its
/// own (same month and year; a later day after, an earlier one before).
fn joined_days(text: &str, out: &mut Vec<DateMention>) {
    const JOINS: &[&str] = &[
        " and ",
        " to ",
        " or ",
        " through ",
        " - ",
        " \u{2013} ",
        "-",
        "\u{2013}",
    ];
    let bytes = text.as_bytes();
    // A day of one or two digits at `at..end`, not part of a longer number.
    let day_at = |at: usize, end: usize| -> Option<u8> {
        let n = end.checked_sub(at).filter(|n| (1..=2).contains(n))?;
        let digits = bytes.get(at..end)?;
        let alone = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
            && !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
            && !matches!(bytes.get(end), Some(b':' | b'%'))
            && !matches!(bytes.get(end..end + 2), Some([b'.' | b',', d]) if d.is_ascii_digit());
        let day = digits
            .iter()
            .try_fold(0u8, |d, &b| b.is_ascii_digit().then(|| d * 10 + (b - b'0')))?;
        (alone && n > 0 && (1..=31).contains(&day)).then_some(day)
    };
    let mut added = Vec::new();
    for m in out.iter() {
        let Some(day) = m.date.day else {
            continue;
        };
        let span = &bytes[m.start..m.end];
        let trailing = span.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let leading = span.iter().take_while(|b| b.is_ascii_digit()).count();
        let same = |d: u8| DateMention {
            start: 0,
            end: 0,
            date: PartialDate {
                day: Some(d),
                ..m.date
            },
        };
        // Month first, ending in its day: a later day after it.
        if trailing > 0 && day_at(m.end - trailing, m.end) == Some(day) {
            let rest = &text[m.end..];
            if let Some(join) = JOINS.iter().find(|j| rest.starts_with(**j)) {
                let at = m.end + join.len();
                let end = at
                    + bytes[at..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                if let Some(d) = day_at(at, end).filter(|&d| d > day) {
                    added.push(DateMention {
                        start: at,
                        end,
                        ..same(d)
                    });
                }
            }
        }
        // Day first: an earlier day before it.
        if leading > 0 && day_at(m.start, m.start + leading) == Some(day) {
            let before = &text[..m.start];
            if let Some(join) = JOINS.iter().find(|j| before.ends_with(**j)) {
                let end = m.start - join.len();
                let at = end
                    - bytes[..end]
                        .iter()
                        .rev()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                if let Some(d) = day_at(at, end).filter(|&d| d < day) {
                    added.push(DateMention {
                        start: at,
                        end,
                        ..same(d)
                    });
                }
            }
        }
    }
    added.retain(|a| !out.iter().any(|m| m.start < a.end && a.start < m.end));
    if !added.is_empty() {
        out.extend(added);
        super::sort::sort_by(out, |a, b| a.start.cmp(&b.start));
    }
}

/// The first ASCII digit in `bytes` at or after `from` (or the length), looked for eight bytes
/// at a time: news text has few digits.
pub fn next_digit(bytes: &[u8], mut from: usize) -> usize {
    const ZEROS: u64 = u64::from_ne_bytes([b'0'; 8]);
    const LOWS: u64 = u64::from_ne_bytes([0x7F; 8]);
    const TENS: u64 = u64::from_ne_bytes([0x80 - 10; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(eight) = bytes.get(from..from + 8) {
        // A high bit for each byte whose value, less '0', is below 10 (no carry between
        // bytes: 0x7F + 0x76 < 0x100).
        let t = u64::from_le_bytes(eight.try_into().unwrap_or_default()) ^ ZEROS;
        let digits = !(((t & LOWS) + TENS) | t) & HIGHS;
        if digits != 0 {
            return from + (digits.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && !bytes[from].is_ascii_digit() {
        from += 1;
    }
    from
}

/// `at` moved back by about `n` bytes, to the start of a word (never inside a character).
fn widen_back(text: &str, at: usize, n: usize) -> usize {
    let mut i = at.saturating_sub(n);
    while i > 0 && text.as_bytes()[i - 1] != b' ' {
        i -= 1;
    }
    i
}

/// `at` moved on by about `n` bytes, to the end of a word.
fn widen_forward(text: &str, at: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = (at + n).min(bytes.len());
    while i < bytes.len() && bytes[i] != b' ' {
        i += 1;
    }
    i
}

/// Whether some word of `w` (a run of ASCII letters and digits, as [`words_into`] splits
/// them) starts with a capital and three letters that begin a month's name ("Sept", "Jan."):
/// false rules out every date [`scan_window`] finds.
fn may_name_a_month(w: &[u8]) -> bool {
    (0..w.len().saturating_sub(2)).any(|j| {
        matches!(w[j], b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
            && (j == 0 || !w[j - 1].is_ascii_alphanumeric())
            && MONTH_NAMES
                .iter()
                .any(|m| m.as_bytes()[..3].eq_ignore_ascii_case(&w[j..j + 3]))
    })
}

/// The date phrases in a short stretch of text, which starts at byte `offset` of the text the
/// mentions' offsets are into; `words` is a buffer.
fn scan_window(
    text: &str,
    offset: usize,
    words: &mut Vec<(usize, usize)>,
    out: &mut Vec<DateMention>,
) {
    // Every date here has a month's name in it: most windows (around "400 square miles",
    // "2,000 people") have none, and are passed over without being split into words.
    if !may_name_a_month(text.as_bytes()) {
        return;
    }
    words_into(text, words);
    let words = &*words;
    let word = |i: usize| words.get(i).map(|&(s, e)| (s, e, &text[s..e]));
    // Month names start with one of these capitals; most words are ruled out by one byte.
    let capital_month = |w: &str| {
        matches!(
            w.as_bytes().first(),
            Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
        )
        .then(|| month_from_word(w))
        .flatten()
    };
    // An optional year after word `i`: "…, 2022" or "… 2022".
    let year_after = |i: usize| {
        let (_, prev_end, _) = word(i)?;
        let (ys, ye, w) = word(i + 1)?;
        gap_ok(text, prev_end, ys, &[','])
            .then(|| year_number(w))
            .flatten()
            .map(|y| (y, ye))
    };
    let mut i = 0;
    while let Some((ws, we, w)) = word(i) {
        // "September 14" or "14 September": the day and month words, in either order.
        let month_here = capital_month(w);
        let day_month = match (month_here, word(i + 1)) {
            (Some(m), Some((ds, _, next))) if gap_ok(text, we, ds, &[]) => {
                day_number(next).map(|d| (m, d))
            }
            (None, Some((ms, _, next))) => match day_number(w) {
                Some(d) if gap_ok(text, we, ms, &[]) => capital_month(next).map(|m| (m, d)),
                _ => None,
            },
            _ => None,
        };
        if let Some((month, day)) = day_month {
            let year = year_after(i + 1);
            if year.is_none_or(|(y, _)| Date::new(y, month, day).is_some()) {
                out.push(DateMention {
                    start: offset + ws,
                    end: offset + year.map_or(words[i + 1].1, |(_, ye)| ye),
                    date: PartialDate {
                        year: year.map(|(y, _)| y),
                        month,
                        day: Some(day),
                    },
                });
                i += if year.is_some() { 3 } else { 2 };
                continue;
            }
        }
        // "September 2022".
        if let Some(month) = month_here
            && let Some((year, ye)) = year_after(i)
        {
            out.push(DateMention {
                start: offset + ws,
                end: offset + ye,
                date: PartialDate {
                    year: Some(year),
                    month,
                    day: None,
                },
            });
            i += 2;
            continue;
        }
        i += 1;
    }
}

/// Which way a month named alone points from the article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// "by June", "until March": the nearest such month (a deadline may lie ahead).
    Near,
    /// "in January", "since March", "mid-May": the last such month on or before the article's
    /// (news tells of the past), unless the sentence speaks of what is to come.
    Back,
    /// "since March": the last such month on or before the article's, whatever the sentence.
    Since,
    /// "last March": the last such month before the article's.
    Last,
    /// "this March": the article's year's.
    This,
    /// "next March": the first such month after the article's.
    Next,
    /// "in May last year" (-1), "this year" (0), "next year" (1): the year so far from the
    /// article's.
    Years(i8),
}

/// A month or a year named alone: "in January", "since 2014", "last March", "mid-May",
/// "between 2014 and 2022".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodMention {
    pub start: usize,
    pub end: usize,
    /// A month (1–12), its year left to the caller; or `None` for a year alone.
    pub month: Option<u8>,
    /// The year: of a year alone, or of a month given one ("January of 2022").
    pub year: Option<i32>,
    pub lean: Lean,
    /// Joined to the period before it ("from March to May"): a month takes its year from that
    /// one's.
    pub linked: bool,
}

/// Words before a month or a year named alone that make it a time, with [`TIME_WORDS`]: "in
/// January", "since 2014", "by March", "the end of May". ("May" and "March" are words too:
/// without one of these before them, a capitalised month is not taken.)
const PERIOD_CUES: &[&str] = &[
    "till",
    "throughout",
    "early",
    "mid",
    "late",
    "of",
    "around",
    "last",
    "this",
    "next",
];

/// The words of time that, besides [`PERIOD_CUES`], make a year of a four-digit number wherever it
/// stands ("in 2014", "since 2022"): the figures' scanner takes no count after them either.
pub const TIME_WORDS: &[&str] = &[
    "in", "since", "until", "by", "during", "after", "before", "from", "through", "between",
];

/// Whether the word one space before byte `i` is one of [`TIME_WORDS`] (in any case).
pub fn after_time_word(text: &str, i: usize) -> bool {
    cue_before(text, i).is_some_and(|(_, w)| TIME_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)))
}

/// The bytes a month or a year may start with: the capitals of the months' names, and 1 and 2.
static PERIOD_START: [bool; 256] = with_bytes([false; 256], b"JFMASOND12");

/// [`PERIOD_START`]'s bytes, "m" and "M" (of "mid-") and the first letters of "year", "month"
/// and "week".
static PERIOD_OR_UNIT_START: [bool; 256] = with_bytes(PERIOD_START, b"mMyw");

/// `table` (of byte values), true for those in `bytes` too.
const fn with_bytes(mut table: [bool; 256], bytes: &[u8]) -> [bool; 256] {
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
}

/// Words that continue a period just found to another: "between 2014 and 2022", "from March to
/// May".
const PERIOD_LINKS: &[&str] = &["and", "to", "or", "through", "until"];

/// The month and year a month named alone is joined to right after it ("February and March
/// 2022", "July to September 2023", "May-June 2024"): the year is said once, for both.
pub fn month_year_after(text: &str, end: usize) -> Option<(u8, i32)> {
    let rest = &text[end..];
    let rest = [
        " and ",
        " or ",
        " to ",
        " through ",
        " - ",
        " \u{2013} ",
        "-",
        "\u{2013}",
    ]
    .iter()
    .find_map(|c| rest.strip_prefix(c))?;
    let word_end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let month = month_from_word(&rest[..word_end]).filter(|_| word_end > 3)?;
    let rest = &rest[word_end..];
    let rest = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' '))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 || rest[4..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let year: i32 = rest[..4].parse().ok()?;
    (1900..2100).contains(&year).then_some((month, year))
}

/// Find months and years named alone, after a word that makes them a time ([`PERIOD_CUES`],
/// [`TIME_WORDS`]): "in January", "since 2014", "last March", "mid-May", "from March to May".
/// A month with a day or a year after it is [`scan_dates`]' ("September 14", "May 2022"); a
/// number after a year makes it a figure ("from 2000 to 3000 troops"), as do a clock's zone
/// ("until 2000 local time") and, after "of", a noun ("a convoy of 2000 vehicles").
pub fn scan_periods(text: &str) -> Vec<PeriodMention> {
    let mut out = Vec::new();
    scan_periods_noting_units(text, &mut Vec::new(), &mut out);
    out
}

/// The calendar units [`scan_periods_noting_units`] notes the words of.
pub const UNIT_WORDS: [&str; 3] = ["year", "month", "week"];

/// [`scan_periods`] into `out` (cleared first), noting in `units` too (in order) where a word
/// after a space opens with "year", "month" or "week" ("last year", "this month's", "next
/// week"): the same pass over the spaces serves both.
pub fn scan_periods_noting_units(text: &str, units: &mut Vec<usize>, out: &mut Vec<PeriodMention>) {
    let bytes = text.as_bytes();
    out.clear();
    // Each is a word after a space ("in January", "in mid-March"; not after a no-break
    // space): the spaces are found eight bytes at a time, and most words after them are ruled
    // out by their first byte.
    const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    const LOWS: u64 = u64::from_ne_bytes([0x7F; 8]);
    let mut at = 0;
    while at < bytes.len() {
        let word = match bytes.get(at..at + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
            None => {
                let mut tail = [0u8; 8];
                tail[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                u64::from_le_bytes(tail)
            }
        };
        // A high bit for each byte that is a space (exactly: no carry from one byte to the
        // next).
        let x = word ^ SPACES;
        let mut spaces = !(((x & LOWS) + LOWS) | x | LOWS);
        while spaces != 0 {
            let mut start = at + (spaces.trailing_zeros() / 8) as usize + 1;
            spaces &= spaces - 1;
            let Some(&b) = bytes.get(start) else {
                continue;
            };
            // (One look rules out most words for both: a unit's first letter is neither a
            // period's nor "mid-"'s but for the "m" of "month".)
            if !PERIOD_OR_UNIT_START[usize::from(b)] {
                continue;
            }
            if matches!(b, b'y' | b'm' | b'w')
                && UNIT_WORDS
                    .iter()
                    .any(|u| bytes[start..].starts_with(u.as_bytes()))
            {
                units.push(start);
            }
            if matches!(b, b'm' | b'M')
                && matches!(bytes.get(start..start + 4), Some(b"mid-" | b"Mid-"))
            {
                start += 4;
            } else if !PERIOD_START[usize::from(b)] {
                continue;
            }
            if let Some(p) = period_at(text, start, out) {
                out.push(p);
            }
        }
        at += 8;
    }
}

/// The month or year named alone at `start` of `text`, if one is (see [`scan_periods`]);
/// `found` are those found before it.
fn period_at(text: &str, start: usize, found: &[PeriodMention]) -> Option<PeriodMention> {
    let bytes = text.as_bytes();
    let b = *bytes.get(start)?;
    if !PERIOD_START[usize::from(b)] {
        return None;
    }
    // The months' first two letters rule out most capitalised words at once (before the
    // word's end is looked for).
    let second = bytes.get(start + 1).copied().unwrap_or_default();
    if !b.is_ascii_digit()
        && !matches!(
            (b, second),
            (b'J', b'a' | b'u')
                | (b'F', b'e')
                | (b'M', b'a')
                | (b'A', b'p' | b'u')
                | (b'S', b'e')
                | (b'O', b'c')
                | (b'N', b'o')
                | (b'D', b'e')
        )
    {
        return None;
    }
    let mut end = start;
    while end < bytes.len() && super::text::is_alnum(bytes[end]) {
        end += 1;
    }
    let word = &text[start..end];
    let (month, year) = if b.is_ascii_digit() {
        (None, Some(year_alone(text, start, end)?))
    } else {
        // Full names only ("Sept" too): "Mar" and "Dec" alone are not said of a month.
        match month_from_word(word) {
            Some(m) if word.len() > 3 || m == 5 => {
                if followed_by_number(text, end) {
                    return None;
                }
                (Some(m), None)
            }
            _ => return None,
        }
    };
    let (cue_start, cue) = cue_before(text, start)?;
    let lower = cue.to_ascii_lowercase();
    let linked = PERIOD_LINKS.contains(&lower.as_str())
        && found.last().is_some_and(|p| {
            p.month.is_some() == month.is_some()
                && text[p.end..cue_start].trim_matches([' ', ',']).is_empty()
        });
    let cue_word = |list: &[&str]| list.contains(&lower.as_str());
    if !linked && !cue_word(PERIOD_CUES) && !cue_word(TIME_WORDS) {
        return None;
    }
    // "the 9th of May" is a day, not a month: [`scan_dates`] does not take it, so neither
    // does this.
    if lower == "of" && month.is_some() && day_before(text, cue_start) {
        return None;
    }
    // "a letter from May", "after May resigned": the name, not the month.
    if month == Some(5)
        && !linked
        && matches!(lower.as_str(), "from" | "after" | "before" | "around")
    {
        return None;
    }
    // "a convoy of 2000 vehicles", "losses of 2022 tanks": a count, not a year.
    if lower == "of"
        && year.is_some()
        && text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
    {
        return None;
    }
    let mut lean = match (month, lower.as_str()) {
        (Some(_), "last") => Lean::Last,
        (Some(_), "this") => Lean::This,
        (Some(_), "next") => Lean::Next,
        (Some(_), "since") => Lean::Since,
        (Some(_), "by" | "until" | "till" | "before") => Lean::Near,
        _ => Lean::Back,
    };
    let start = if matches!(lean, Lean::Last | Lean::This | Lean::Next) {
        cue_start
    } else {
        start
    };
    let mut year = year;
    // "in May last year", "in May of this year", "in January of 2022".
    if month.is_some() && !matches!(lean, Lean::Last | Lean::This | Lean::Next) {
        let rest = &text[end..];
        let rest = rest.strip_prefix(" of").unwrap_or(rest);
        for (years, phrase) in [(-1, " last year"), (0, " this year"), (1, " next year")] {
            if rest.starts_with(phrase)
                && !rest[phrase.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            {
                lean = Lean::Years(years);
                end = text.len() - rest.len() + phrase.len();
            }
        }
        if let Some(r) = text[end..].strip_prefix(" of ") {
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            if let Some(y) = year_number(&r[..n])
                .filter(|_| !r[n..].starts_with(|c: char| c.is_ascii_alphanumeric()))
            {
                year = Some(y);
                end += " of ".len() + n;
            }
        }
    }
    Some(PeriodMention {
        start,
        end,
        month,
        year,
        lean,
        linked,
    })
}

/// The year a four-digit word at `start..end` of `text` names, if it is one alone: 1900–2099,
/// not part of a larger number ("2,014", "2014.5"), a figure ("2014%", "from 2000 to 3000"),
/// a decade ("1990s") or a date.
fn year_alone(text: &str, start: usize, end: usize) -> Option<i32> {
    let bytes = text.as_bytes();
    let year = year_number(&text[start..end]).filter(|y| (1900..=2099).contains(y))?;
    let before = start.checked_sub(1).map(|i| bytes[i]);
    if matches!(before, Some(b'$' | b'#' | b'.' | b',' | b'/' | b'-' | b':')) {
        return None;
    }
    match bytes.get(end) {
        Some(b'%' | b'/' | b':') => return None,
        Some(b'.' | b',') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => return None,
        _ => {}
    }
    let rest = &text[end..];
    // "until 2000 local time", "from 1930 GMT": a time of day.
    let next_word = rest
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if rest.starts_with(' ')
        && matches!(
            next_word,
            "local"
                | "GMT"
                | "UTC"
                | "BST"
                | "CET"
                | "CEST"
                | "EET"
                | "EEST"
                | "MSK"
                | "ET"
                | "EDT"
                | "EST"
                | "hours"
                | "hrs"
                | "h"
        )
    {
        return None;
    }
    // "from 2000 to 3000 troops": a range of figures, unless both ends are years.
    let next_number = ["-", "–", " to ", " and ", " or "]
        .iter()
        .find_map(|link| rest.strip_prefix(link))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if let Some(r) = next_number {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        let other = year_number(&r[..n]).filter(|y| (1900..=2099).contains(y));
        let more = r[n..].starts_with(|c: char| c.is_ascii_alphanumeric())
            || r[n..].starts_with([',', '.'])
                && r[n + 1..].starts_with(|c: char| c.is_ascii_digit());
        if other.is_none() || more {
            return None;
        }
    }
    Some(year)
}

/// Whether a number follows the word ending at `end`: "May 5", "March 2022" (a date, not a month
/// alone), "May 40 people".
fn followed_by_number(text: &str, end: usize) -> bool {
    let rest = text[end..].strip_prefix('.').unwrap_or(&text[end..]);
    // (Not past a comma: "In March, 300 civilians were killed".)
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    rest.len() < text.len() - end && rest.starts_with(|c: char| c.is_ascii_digit())
}

/// The word just before `start` (one space or, after "mid", a hyphen apart), and where it
/// starts.
fn cue_before(text: &str, start: usize) -> Option<(usize, &str)> {
    let before = &text[..start];
    let before = before.strip_suffix(' ').or_else(|| {
        before
            .strip_suffix('-')
            .filter(|b| b.ends_with("mid") || b.ends_with("Mid"))
    })?;
    let word_start = before
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    (!word.is_empty() && word.len() <= 10).then_some((word_start, word))
}

/// Whether a day number ends just before `at` ("the 9th of", "9 of"), a space apart.
fn day_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let word_start = before
        .bytes()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1);
    day_number(&before[word_start..]).is_some()
}

/// The earliest and latest of the dates mentioned. Dates that state a year are preferred; when
/// none does, the year-less ones are ordered by month and day (the year stays unknown).
pub fn mentioned_range(mentions: impl IntoIterator<Item = PartialDate>) -> Option<DateRange> {
    let all: Vec<PartialDate> = mentions.into_iter().filter(|d| d.day.is_some()).collect();
    let with_year: Vec<PartialDate> = all.iter().copied().filter(|d| d.year.is_some()).collect();
    let pool = if with_year.is_empty() { all } else { with_year };
    let from = *pool.iter().min()?;
    let to = *pool.iter().max()?;
    Some(DateRange { from, to })
}

/// Byte spans of the words of `text` (into `out`, emptied first): runs of ASCII letters and
/// digits, with a trailing '.' kept on short letter runs ("Sept.") so abbreviations stay
/// whole.
fn words_into(text: &str, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    out.clear();
    // A window holds a dozen words or so: one allocation for the block, not three.
    out.reserve(16);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            // (Not a full month's name ending a sentence: "until 5 May.")
            let word_is_alpha = bytes[start].is_ascii_alphabetic();
            if word_is_alpha
                && i < bytes.len()
                && bytes[i] == b'.'
                && i - start <= 4
                && !matches!(&text[start..i], "May" | "June" | "July")
            {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
}

/// Only spaces (and the given punctuation) between two words, and not too much of it.
fn gap_ok(text: &str, from: usize, to: usize, punct: &[char]) -> bool {
    let gap = &text[from..to];
    gap.len() <= 3
        && gap
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}' || punct.contains(&c))
}

fn day_number(w: &str) -> Option<u8> {
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty() || ordinal_suffix(suffix.trim_end_matches('.')).is_some()) {
        return None;
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_name_write_what_the_formatter_would() {
        for (year, month, day) in [
            (2022, 9, 10),
            (5, 1, 2),
            (0, 12, 31),
            (9999, 1, 1),
            (10000, 1, 1),
            (-5, 3, 4),
            (2022, 100, 7),
        ] {
            let date = Date { year, month, day };
            assert_eq!(date.iso(), format!("{year:04}-{month:02}-{day:02}"));
            // (The name, piece by piece, for a month that has one.)
            if month <= 12 {
                let weekday = WEEKDAYS[usize::from(date.weekday())];
                let month = MONTH_ABBR[usize::from(month - 1)];
                assert_eq!(date.to_string(), format!("{weekday} {day} {month} {year}"));
            }
        }
    }

    #[test]
    fn partial_iso_digit_by_digit_is_the_formatters() {
        for year in [
            None,
            Some(2022),
            Some(5),
            Some(0),
            Some(9999),
            Some(10000),
            Some(-5),
        ] {
            for month in [1, 9, 12, 100] {
                for day in [None, Some(1), Some(14), Some(31), Some(100)] {
                    let date = PartialDate { year, month, day };
                    let want = match (year, day) {
                        (Some(y), Some(d)) => format!("{y:04}-{month:02}-{d:02}"),
                        (Some(y), None) => format!("{y:04}-{month:02}"),
                        (None, Some(d)) => format!("--{month:02}-{d:02}"),
                        (None, None) => format!("--{month:02}"),
                    };
                    assert_eq!(date.iso(), want, "{date:?}");
                }
            }
        }
    }

    fn dt(y: i32, m: u8, d: u8, time: Option<(u8, u8)>) -> DateTime {
        DateTime {
            date: Date::new(y, m, d).unwrap(),
            time,
            zone: None,
        }
    }

    fn dtz(y: i32, m: u8, d: u8, time: (u8, u8), zone: i16) -> DateTime {
        DateTime {
            zone: Some(zone),
            ..dt(y, m, d, Some(time))
        }
    }

    macro_rules! dateline {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(
                    parse_dateline($input).map(|d| d.at),
                    $expected,
                    "input: {:?}",
                    $input
                );
            }
        };
    }

    dateline!(
        time_first,
        "Published 6:14 PM EDT, September 12, 2022",
        Some(dtz(2022, 9, 12, (18, 14), -240))
    );
    dateline!(
        time_first_lower_meridiem,
        "12:41 am, September 12, 2022",
        Some(dt(2022, 9, 12, Some((0, 41))))
    );
    dateline!(
        guardian_style,
        "First published on Mon 12 Sep 2022 07.05 BST",
        Some(dtz(2022, 9, 12, (7, 5), 60))
    );
    dateline!(
        modified,
        "Modified: 12 September 2022, 16:02",
        Some(dt(2022, 9, 12, Some((16, 2))))
    );
    dateline!(
        numeric_day_first,
        "Issued on: 25/09/2022 - 15:40",
        Some(dt(2022, 9, 25, Some((15, 40))))
    );
    dateline!(
        numeric_month_first,
        "09/25/2022",
        Some(dt(2022, 9, 25, None))
    );
    dateline!(
        numeric_dotted_then_time,
        "16.01.2023 12:47",
        Some(dt(2023, 1, 16, Some((12, 47))))
    );
    dateline!(numeric_ambiguous, "Issued on: 12/09/2022 - 15:40", None);
    dateline!(
        zone_with_offset,
        "Published on 14/06/2025 - 21:06 GMT+2",
        Some(dtz(2025, 6, 14, (21, 6), 120))
    );
    // An outlet's name after the time, a bullet before it, Britain's time by the season.
    dateline!(
        outlet_after_the_time,
        "Monday November 20 2023, 5.00pm, The Times",
        Some(dt(2023, 11, 20, Some((17, 0))))
    );
    dateline!(
        bullet_before_the_time,
        "14 April 2024 \u{2022} 4:48pm",
        Some(dt(2024, 4, 14, Some((16, 48))))
    );
    dateline!(
        uk_time_in_summer,
        "Saturday 25 May 2024 21:42, UK",
        Some(dtz(2024, 5, 25, (21, 42), 60))
    );
    dateline!(
        uk_time_in_winter,
        "Thursday 25 January 2024 21:42, UK",
        Some(dtz(2024, 1, 25, (21, 42), 0))
    );
    dateline!(
        no_outlet_after_the_time,
        "Monday November 20 2023, 5.00pm, in the rain",
        None
    );
    // Dots part a date day first; two digits may give its year.
    dateline!(dotted_day_first, "08.10.2022", Some(dt(2022, 10, 8, None)));
    dateline!(
        time_then_dotted_short_year,
        "13:45, 16.03.24",
        Some(dt(2024, 3, 16, Some((13, 45))))
    );
    // Slashes either way round: the zone decides (the US's put the month first).
    dateline!(
        slashes_with_a_european_zone,
        "Published on 01/06/2025 - 21:06 GMT+2",
        Some(dtz(2025, 6, 1, (21, 6), 120))
    );
    dateline!(
        slashes_with_a_us_zone,
        "Updated 7:30pm ET, 03/04/2023",
        Some(dtz(2023, 3, 4, (19, 30), -300))
    );
    dateline!(
        zone_with_hours_and_minutes,
        "March 3, 2023 10:15 UTC+05:30",
        Some(dtz(2023, 3, 3, (10, 15), 330))
    );
    // The US's "ET" is EST in winter, EDT from the second Sunday of March.
    dateline!(
        eastern_time_in_winter,
        "Updated 7:30pm ET, Sat March 11, 2023",
        Some(dtz(2023, 3, 11, (19, 30), -300))
    );
    dateline!(
        eastern_time_in_summer,
        "Updated 7:30pm ET, Sun March 12, 2023",
        Some(dtz(2023, 3, 12, (19, 30), -240))
    );
    // A label no table knows keeps the time and states no zone; one without a time, nothing.
    dateline!(
        unknown_zone,
        "September 12, 2022 11:36 IST",
        Some(dt(2022, 9, 12, Some((11, 36))))
    );
    dateline!(
        zone_with_a_bad_offset,
        "March 3, 2023 10:15 GMT+-999",
        Some(dt(2023, 3, 3, Some((10, 15))))
    );
    dateline!(
        zone_without_time,
        "September 12, 2022 MSK",
        Some(dt(2022, 9, 12, None))
    );

    #[test]
    fn times_with_zones_for_readers_and_machines() {
        let at = dtz(2022, 9, 12, (18, 14), -240);
        assert_eq!(at.iso(), "2022-09-12T18:14-04:00");
        assert_eq!(at.time_label().as_deref(), Some("18:14 UTC−4"));
        let at = dtz(2022, 9, 12, (7, 5), 0);
        assert_eq!(at.iso(), "2022-09-12T07:05+00:00");
        assert_eq!(at.time_label().as_deref(), Some("07:05 UTC"));
        let at = dtz(2023, 3, 3, (10, 15), 330);
        assert_eq!(at.time_label().as_deref(), Some("10:15 UTC+5:30"));
        assert_eq!(dt(2022, 9, 12, Some((7, 5))).iso(), "2022-09-12T07:05");
    }
    dateline!(lead_word_must_end, "Publishedx September 12, 2022", None);

    #[test]
    fn date_roles() {
        let role = |s| parse_dateline(s).map(|d| d.role);
        assert_eq!(
            role("Published 12 September 2022"),
            Some(DateRole::Published)
        );
        assert_eq!(role("Updated: Sept. 12, 2022"), Some(DateRole::Updated));
        assert_eq!(
            role("Last modified on 12 Sep 2022"),
            Some(DateRole::Updated)
        );
        assert_eq!(role("Sept. 12, 2022"), Some(DateRole::Unlabelled));
    }

    #[test]
    fn time_lines() {
        for (s, want) in [
            ("23.54 BST", true),
            ("12:45", true),
            ("1:05 p.m. ET", true),
            ("12:45 the troops", false),
            ("2022", false),
        ] {
            assert_eq!(is_time_line(s), want, "{s}");
        }
    }

    dateline!(
        upi_style,
        "Sept. 10, 2022 / 12:38 PM",
        Some(dt(2022, 9, 10, Some((12, 38))))
    );
    dateline!(
        full_month,
        "September 10, 2022",
        Some(dt(2022, 9, 10, None))
    );
    dateline!(
        day_first_weekday,
        "Saturday, 10 September 2022",
        Some(dt(2022, 9, 10, None))
    );
    dateline!(
        iso_with_time_and_zone,
        "2022-09-10T12:38:00Z",
        Some(dtz(2022, 9, 10, (12, 38), 0))
    );
    dateline!(
        updated_prefix_pm,
        "Updated: Sept. 10, 2022 at 1:05 p.m. ET",
        Some(dtz(2022, 9, 10, (13, 5), -240))
    );
    dateline!(
        midnight_am,
        "Sep 1, 2022 12:05 AM",
        Some(dt(2022, 9, 1, Some((0, 5))))
    );
    dateline!(
        ordinal_day,
        "10th September 2022",
        Some(dt(2022, 9, 10, None))
    );
    dateline!(
        not_a_date_sentence,
        "Sept. 10 (UPI) -- Ukrainian forces",
        None
    );
    dateline!(impossible_day, "February 30, 2022", None);
    dateline!(leap_day, "Feb. 29, 2024", Some(dt(2024, 2, 29, None)));
    dateline!(not_leap_day, "Feb. 29, 2023", None);
    dateline!(year_missing, "September 10", None);
    dateline!(bad_hour, "Sept. 10, 2022 / 25:38", None);
    dateline!(words_after, "Sept. 10, 2022 and then some words", None);
    dateline!(empty, "", None);

    #[test]
    fn weekdays_are_right() {
        for (y, m, d, wd) in [
            (2022, 9, 10, 5), // Saturday
            (2022, 9, 9, 4),  // Friday
            (1970, 1, 1, 3),  // Thursday
            (2000, 2, 29, 1), // Tuesday
            (2022, 2, 24, 3), // Thursday
        ] {
            assert_eq!(Date::new(y, m, d).unwrap().weekday(), wd, "{y}-{m}-{d}");
        }
        assert_eq!(
            Date::new(2022, 9, 10).unwrap().to_string(),
            "Sat 10 Sep 2022"
        );
    }

    #[test]
    fn day_arithmetic() {
        let sat = Date::new(2022, 9, 10).unwrap();
        assert_eq!(Date::from_days(sat.days_since_epoch()), sat);
        assert_eq!(sat.last_weekday(4).iso(), "2022-09-09");
        assert_eq!(sat.last_weekday(5).iso(), "2022-09-10");
        assert_eq!(sat.last_weekday(6).iso(), "2022-09-04");
        assert_eq!(sat.add_days(-1).iso(), "2022-09-09");
        assert_eq!(
            Date::new(2024, 3, 1).unwrap().add_days(-1).iso(),
            "2024-02-29"
        );
        for d in [-1000, 0, 19_000, 60_000] {
            assert_eq!(Date::from_days(d).days_since_epoch(), d);
        }
    }

    #[test]
    fn months_and_weekdays_from_words() {
        for (w, m) in [
            ("Sept.", Some(9)),
            ("Sep", Some(9)),
            ("September", Some(9)),
            ("may", Some(5)),
            ("Ma", None),
            ("Septem", None),
            ("Kyiv", None),
        ] {
            assert_eq!(month_from_word(w), m, "{w}");
        }
        assert_eq!(weekday_from_word("Saturday"), Some(5));
        assert_eq!(weekday_from_word("Fri."), Some(4));
        assert_eq!(weekday_from_word("Fry"), None);
    }

    fn scanned(text: &str) -> Vec<(String, String)> {
        scan_dates(text)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.date.iso()))
            .collect()
    }

    #[test]
    fn scan_finds_phrases_with_exact_spans() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "retaken city of Izyum on September 14. After",
                &[("September 14", "--09-14")],
            ),
            (
                "entered its 200th day on September 11, a day after",
                &[("September 11", "--09-11")],
            ),
            ("Sept. 10 (UPI) -- Ukrainian", &[("Sept. 10", "--09-10")]),
            (
                "On 24 February 2022 Russia invaded; by September 2022 it",
                &[
                    ("24 February 2022", "2022-02-24"),
                    ("September 2022", "2022-09"),
                ],
            ),
            (
                "on Sept. 10, 2022, at noon",
                &[("Sept. 10, 2022", "2022-09-10")],
            ),
            ("It may 5 times", &[]),
            ("March 40 people", &[]),
            ("in May", &[]),
            // Two days said with one month: each is a date; a full stop ends the sentence,
            // not an abbreviation.
            (
                "strikes on January 16 and 17 killed",
                &[("January 16", "--01-16"), ("17", "--01-17")],
            ),
            (
                "between September 24 and 30, far",
                &[("September 24", "--09-24"), ("30", "--09-30")],
            ),
            (
                "On Sept. 3-4 troops",
                &[("Sept. 3", "--09-03"), ("4", "--09-04")],
            ),
            (
                "a truce from 8 to 10 May.",
                &[("8", "--05-08"), ("10 May", "--05-10")],
            ),
            (
                "talks on 10\u{2013}12 March",
                &[("10", "--03-10"), ("12 March", "--03-12")],
            ),
            ("It ended on 5 September.", &[("5 September", "--09-05")]),
            // Not a later day before, an earlier after, or a longer number.
            ("on March 12 and 3 more", &[("March 12", "--03-12")]),
            ("from 2,015 to 5 May", &[("5 May", "--05-05")]),
            ("1,000 square kilometers", &[]),
        ];
        for (text, expected) in cases {
            let want: Vec<(String, String)> = expected
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(scanned(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn months_and_years_alone_need_a_word_that_makes_them_a_time() {
        let periods = |text: &str| -> Vec<String> {
            scan_periods(text)
                .into_iter()
                .map(|p| text[p.start..p.end].to_string())
                .collect()
        };
        let cases: &[(&str, &[&str])] = &[
            ("captured in January and held", &["January"]),
            ("In March, the army", &["March"]),
            ("held since 2014.", &["2014"]),
            ("by the summer of 2022,", &["2022"]),
            ("between 2014 and 2022 the", &["2014", "2022"]),
            ("from March to May it raged", &["March", "May"]),
            ("last May and next January", &["last May", "next January"]),
            ("fighting in mid-September", &["September"]),
            ("Bakhmut fell in May last year.", &["May last year"]),
            ("in March of this year and", &["March of this year"]),
            // Dates are scan_dates' own.
            ("on May 5 and in March 2022", &[]),
            ("the 9th of May parade", &[]),
            // Not a time: no cue, a name, a figure, a decade, part of a number.
            ("March on, May God help", &[]),
            ("The March offensive", &[]),
            ("a letter from May arrived; after May resigned", &[]),
            ("from 2000 to 3000 troops", &[]),
            ("in the 1990s", &[]),
            ("in 2,014 homes and in 2014.5 or 2014% of", &[]),
            ("in 1812 and in 2150", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(periods(text), *want, "{text:?}");
        }
    }

    #[test]
    fn glued_date_lines_are_read_apart() {
        let read = |line: &str| {
            parse_glued_datelines(line).map(|[a, b]| (a.at.iso(), a.role, b.at.iso(), b.role))
        };
        assert_eq!(
            read("Published on 01/06/2025 - 21:06 GMT+2•Updated 02/06/2025 - 08:41 GMT+2"),
            Some((
                "2025-06-01T21:06+02:00".into(),
                DateRole::Published,
                "2025-06-02T08:41+02:00".into(),
                DateRole::Updated
            ))
        );
        assert_eq!(
            read("April 3, 2022 9:54 PM GMT+3Updated April 3, 2022"),
            Some((
                "2022-04-03T21:54+03:00".into(),
                DateRole::Unlabelled,
                "2022-04-03".into(),
                DateRole::Updated
            ))
        );
        assert_eq!(
            read("Issued on: 14/01/2025 - 15:41Modified: 14/01/2025 - 18:05"),
            Some((
                "2025-01-14T15:41".into(),
                DateRole::Published,
                "2025-01-14T18:05".into(),
                DateRole::Updated
            ))
        );
        // Apart by a slash (NBC); "updated" in lower case after a comma, the update's time in
        // the first's zone, named by its city (Le Monde); "Update :" (Anadolu).
        assert_eq!(
            read("June 27, 2022, 11:14 AM EDT / Updated June 28, 2022, 6:02 AM EDT"),
            Some((
                "2022-06-27T11:14-04:00".into(),
                DateRole::Unlabelled,
                "2022-06-28T06:02-04:00".into(),
                DateRole::Updated
            ))
        );
        assert_eq!(
            read(
                "Published on July 8, 2024, at 6:12 pm (Paris), updated on July 9, 2024, at \
                 10:05 am"
            ),
            Some((
                "2024-07-08T18:12+02:00".into(),
                DateRole::Published,
                // (No zone to take from the first: a day apart, it may have changed.)
                "2024-07-09T10:05".into(),
                DateRole::Updated
            ))
        );
        assert_eq!(
            read("16.05.2025 - Update : 17.05.2025"),
            Some((
                "2025-05-16".into(),
                DateRole::Unlabelled,
                "2025-05-17".into(),
                DateRole::Updated
            ))
        );
        assert_eq!(
            read("Published June 1, 2024 / Last updated June 2, 2024"),
            Some((
                "2024-06-01".into(),
                DateRole::Published,
                "2024-06-02".into(),
                DateRole::Updated
            ))
        );
        assert_eq!(read("Sept. 10, 2022"), None);
        assert_eq!(
            read("Officials Updated the figures on Sept. 10, 2022"),
            None
        );
        assert_eq!(read("The update came on Sept. 10, 2022"), None);
        // An update before the first date is no pair.
        assert_eq!(read("Published July 8, 2024, updated July 1, 2024"), None);
        // On the same day, the update's time takes the first's zone.
        assert_eq!(
            read("Published July 8, 2024, at 6:12 pm (Paris), updated July 8, 2024, at 9:05 pm")
                .map(|r| r.2),
            Some("2024-07-08T21:05+02:00".into())
        );
    }

    /// A time's zone named by its city: Europe's keep summer time on one set of dates.
    #[test]
    fn zones_named_by_cities() {
        let on = |y, m, d| Date::new(y, m, d).expect("a date");
        assert_eq!(zone_offset("(Paris)", on(2024, 7, 8)), Some(120));
        assert_eq!(zone_offset("(Paris)", on(2024, 1, 8)), Some(60));
        assert_eq!(zone_offset("(Kyiv)", on(2024, 7, 8)), Some(180));
        assert_eq!(zone_offset("(Kyiv)", on(2024, 12, 8)), Some(120));
        assert_eq!(zone_offset("(Moscow)", on(2024, 7, 8)), Some(180));
        assert_eq!(zone_offset("(Moscow)", on(2024, 1, 8)), Some(180));
        assert_eq!(zone_offset("(Atlantis)", on(2024, 1, 8)), None);
        assert_eq!(
            parse_dateline("July 8, 2024, at 6:12 pm (Kyiv)").map(|l| l.at.iso()),
            Some("2024-07-08T18:12+03:00".into())
        );
        // Another word in parentheses is no zone, and the line no date line.
        assert_eq!(parse_dateline("July 8, 2024, at 6:12 pm (updated)"), None);
        // "(Kyiv time)", "Kyiv time".
        let iso = |s| parse_dateline(s).map(|l| l.at.iso());
        assert_eq!(
            iso("7 February 2025, 17:21 (Kyiv time)"),
            Some("2025-02-07T17:21+02:00".into())
        );
        assert_eq!(
            iso("Updated: 8 February 2025, 10:03 Kyiv time"),
            Some("2025-02-08T10:03+02:00".into())
        );
        assert_eq!(iso("8 February 2025, 10:03 Atlantis time"), None);
    }

    #[test]
    fn more_date_line_shapes() {
        let iso = |s| parse_dateline(s).map(|l| l.at.iso());
        for (line, want) in [
            // Year first with dots or slashes (LRT).
            ("2024.05.14 11:08", Some("2024-05-14T11:08")),
            ("2024/05/14", Some("2024-05-14")),
            // Two digits for the year after slashes; the zone says which number is the month
            // (The Hill).
            ("06/01/25 4:56 PM ET", Some("2025-06-01T16:56-04:00")),
            ("06/01/25 16:56 CET", Some("2025-01-06T16:56+01:00")),
            ("06/01/25", None),
            // Japan's and Australia's zones.
            ("Mar 22, 2023 at 01:14 JST", Some("2023-03-22T01:14+09:00")),
            ("Feb 17, 2024 5:42pm AEDT", Some("2024-02-17T17:42+11:00")),
            ("2024.13.14", None),
            // The date in figures and in words run together (DW): the words say it, when the
            // figures have its year.
            ("08/13/2024August 13, 2024", Some("2024-08-13")),
            ("08/13/2023August 13, 2024", None),
            // A no-break space; a report's "As of".
            (
                "Wednesday, 2\u{a0}October 2024, 09:12",
                Some("2024-10-02T09:12"),
            ),
            ("As of 21 May 2024", Some("2024-05-21")),
        ] {
            assert_eq!(iso(line), want.map(String::from), "{line}");
        }
    }

    #[test]
    fn holidays_name_their_day() {
        // (text, [(the holiday's words, month, day)])
        type Case<'a> = (&'a str, &'a [(&'a str, u8, u8)]);
        let cases: &[Case] = &[
            (
                "On Christmas Day, and again on New Year's Eve, drones hit Kyiv.",
                &[("Christmas Day", 12, 25), ("New Year's Eve", 12, 31)],
            ),
            (
                "Strikes before Christmas, on Christmas Eve and on New Year\u{2019}s Day.",
                &[
                    ("Christmas", 12, 25),
                    ("Christmas Eve", 12, 24),
                    ("New Year\u{2019}s Day", 1, 1),
                ],
            ),
            (
                "the Orthodox Christmas ceasefire; on Orthodox Christmas, Putin",
                &[("Orthodox Christmas", 1, 7)],
            ),
            (
                "the Victory Day parade on Ukraine's Independence Day",
                &[("Victory Day", 5, 9), ("Independence Day", 8, 24)],
            ),
            // Not a holiday's day: a noun after it, another country's day, words inside words.
            (
                "the Christmas truce, a Christmas tree, US Independence Day, \
                 the New Year holidays, Christmasy, NonChristmas Day",
                &[],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, u8, u8)> = scan_holidays(text)
                .iter()
                .map(|m| (&text[m.start..m.end], m.date.month, m.date.day.unwrap_or(0)))
                .collect();
            assert_eq!(&got, want, "{text}");
            assert!(scan_holidays(text).iter().all(|m| m.date.year.is_none()));
        }
    }

    #[test]
    fn the_period_scan_notes_every_unit_word_after_a_space() {
        for text in [
            "last year, this month's vote and next week",
            "years ago: a yearly weekday; the monthly month",
            "year one week\tmonth  week",
            "  year",
            "mid-month in mid-March, Mid-week",
            "Year WEEK Month",
        ] {
            let bytes = text.as_bytes();
            let want: Vec<usize> = (1..bytes.len())
                .filter(|&at| {
                    bytes[at - 1] == b' '
                        && ["year", "month", "week"]
                            .iter()
                            .any(|u| bytes[at..].starts_with(u.as_bytes()))
                })
                .collect();
            let (mut units, mut periods) = (Vec::new(), Vec::new());
            scan_periods_noting_units(text, &mut units, &mut periods);
            assert_eq!(units, want, "{text}");
            // And noting them finds the periods it finds without.
            assert_eq!(
                periods.len(),
                usize::from(text.contains("mid-March")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_window_without_a_months_name_is_passed_over() {
        for (w, may) in [
            ("on September 14", true),
            ("Sept. 10, 2022", true),
            ("14 DEC 2022", true),
            ("(Jan 5)", true),
            ("May 9", true),
            ("400 square miles", false),
            ("2,000 people in Donetsk", false),
            ("72nd Mechanized", false),
            ("14 march", false),
            ("Omarch 14", false),
            ("Ma 14", false),
        ] {
            assert_eq!(may_name_a_month(w.as_bytes()), may, "{w}");
            // Never passed over when it has a date.
            let (mut words, mut out) = (Vec::new(), Vec::new());
            words_into(w, &mut words);
            let month_word = words.iter().any(|&(s, e)| {
                w.as_bytes()[s].is_ascii_uppercase() && month_from_word(&w[s..e]).is_some()
            });
            assert!(may || !month_word, "{w}");
            scan_window(w, 0, &mut words, &mut out);
            assert!(may || out.is_empty(), "{w}");
        }
    }

    #[test]
    fn next_digit_finds_each_digit_and_only_digits() {
        let text = "ab/:9 x0 y,,,,,,,,,,,,,,,5 \u{a0}é1234567890";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let want = (from..bytes.len())
                .find(|&i| bytes[i].is_ascii_digit())
                .unwrap_or(bytes.len());
            assert_eq!(next_digit(bytes, from), want, "from {from}");
        }
        // Every byte value: only '0'..='9' are digits.
        let all: Vec<u8> = (0..=255).collect();
        let found: Vec<usize> = {
            let mut at = 0;
            let mut found = Vec::new();
            while at < all.len() {
                at = next_digit(&all, at);
                if at < all.len() {
                    found.push(at);
                    at += 1;
                }
            }
            found
        };
        assert_eq!(found, (48..58).collect::<Vec<_>>());
    }

    #[test]
    fn range_prefers_dated_mentions() {
        let pd = |year, month, day| PartialDate {
            year,
            month,
            day: Some(day),
        };
        let r = mentioned_range([pd(None, 9, 11), pd(None, 9, 10), pd(None, 9, 10)]).unwrap();
        assert_eq!(
            (r.from.iso(), r.to.iso()),
            ("--09-10".into(), "--09-11".into())
        );
        assert_eq!(r.to_string(), "10 Sep – 11 Sep");
        let r = mentioned_range([pd(None, 1, 1), pd(Some(2022), 9, 10)]).unwrap();
        assert_eq!(r.from, r.to);
        assert_eq!(mentioned_range([]), None);
    }
}
