//! Byte-span helpers shared by the parser: splitting raw text into lines without losing a byte
//! of position, trimming spans, and the punctuation fold used for phrase tests.
//!
//! Every function returns `start..end` byte offsets into the text it was given, always on
//! `char` boundaries, so that `raw[start..end]` is the original text.

/// An ASCII letter or digit, from a table: one load, where the arithmetic test is seven
/// instructions. The scans that ask it of every byte of an article (the fold, figures) are
/// measurably faster for it.
#[inline(always)]
pub fn is_alnum(b: u8) -> bool {
    ASCII_ALNUM[usize::from(b)]
}

static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// A searcher for one fixed string, built once and kept: `finder!("day").find_iter(bytes)`.
/// (`memchr`'s vector search; `str::find` and `match_indices` build a searcher on every call
/// and search a byte at a time.)
macro_rules! finder {
    ($needle:literal) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        &*FINDER
    }};
}
pub(crate) use finder;

/// The ASCII letters and digits among eight bytes (read little-endian), as the high bit of
/// each such byte: eight bytes tested at once, for the scans that look for word starts.
#[inline(always)]
pub fn alnum_bits(x: u64) -> u64 {
    const LOWS: u64 = u64::from_le_bytes([0x7F; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const CASE: u64 = u64::from_le_bytes([0x20; 8]);
    // Each byte's low seven bits plus a constant sets its high bit when the byte is at least
    // a bound (no carry leaves a byte: 0x7F + 0x50 < 0x100).
    let t = x & LOWS;
    let digits =
        (t + u64::from_le_bytes([0x80 - b'0'; 8])) & !(t + u64::from_le_bytes([0x7F - b'9'; 8]));
    // Letters of either case are the bytes that, with the case bit set, are a..z.
    let l = t | CASE;
    let letters =
        (l + u64::from_le_bytes([0x80 - b'a'; 8])) & !(l + u64::from_le_bytes([0x7F - b'z'; 8]));
    (digits | letters) & !x & HIGHS
}

/// Whether the character at byte `at` of `text` is a capital: where a name may start.
/// (Inlined: it is asked of every word; the rare non-ASCII letter goes out of line.)
#[inline(always)]
pub fn capital_at(text: &str, at: usize) -> bool {
    match text.as_bytes()[at] {
        b if b < 0x80 => b.is_ascii_uppercase(),
        _ => non_ascii_capital_at(text, at),
    }
}

#[cold]
#[inline(never)]
fn non_ascii_capital_at(text: &str, at: usize) -> bool {
    text[at..].starts_with(char::is_uppercase)
}

/// Whether a word ends as words of nationality do ("Ukrainian", "European", "Chinese",
/// "Polish", "Americans").
pub fn ends_like_nationality(word: &str) -> bool {
    ["ian", "ean", "ese", "ish", "ans"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// The first bytes of `s` (at most `N`), lower-cased into a buffer: no allocation.
pub fn lower_head<const N: usize>(s: &str) -> ([u8; N], usize) {
    let head = prefix_at_most(s, N).as_bytes();
    let mut buf = [0u8; N];
    buf[..head.len()].copy_from_slice(head);
    buf[..head.len()].make_ascii_lowercase();
    (buf, head.len())
}

/// A half-open byte range into the raw text.
pub type Span = (usize, usize);

/// The lines of `raw` as spans without their terminators. `\n`, `\r\n` and a lone `\r` all end a
/// line; a final line without a terminator is still a line.
pub fn lines(raw: &str) -> Vec<Span> {
    let bytes = raw.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push((start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// `span` without leading and trailing white space (Unicode's, so no-break spaces too) and
/// invisible marks (a byte-order mark, zero-width spaces).
pub fn trim(raw: &str, (start, end): Span) -> Span {
    let blank = |c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}');
    let s = &raw[start..end];
    let lead = s.len() - s.trim_start_matches(blank).len();
    let trimmed = s.trim_matches(blank);
    (start + lead, start + lead + trimmed.len())
}

/// Lower-case ASCII letters and straighten typographic quotes, so that phrase tests match
/// "doesn’t" and "doesn't" alike. Only for tests on short prefixes: offsets are not kept.
pub fn fold_phrase(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '«' | '»' => '"',
            '\u{00A0}' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The longest prefix of `s` no longer than `max` bytes that ends on a char boundary.
pub fn prefix_at_most(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The last `max` bytes of `s` at most, starting on a character boundary.
pub fn suffix_at_most(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut start = s.len() - max;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// `s.rsplit(' ')` read byte by byte: the words of `s` from the last, split at each space
/// (one byte, so each split falls between characters). The few short words read back from a
/// name are found sooner so than by `str::rsplit`'s general searcher.
pub fn words_back(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.as_bytes().iter().rposition(|&b| b == b' ') {
            Some(i) => {
                rest = Some(&r[..i]);
                Some(&r[i + 1..])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The first sentence of `s`, cut at a word boundary to at most `max` chars with an ellipsis.
pub fn first_sentence(s: &str, max: usize) -> String {
    let sentence_end = s
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && s[i + 1..].starts_with(char::is_whitespace)
                && !ends_with_abbreviation(&s[..i + 1])
        })
        .map(|(i, _)| i + 1)
        .unwrap_or(s.len());
    let sentence = s[..sentence_end].trim();
    if sentence.chars().count() <= max {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

/// Does the text end with an abbreviation's period ("Sept.", "U.K.", "Gen.") rather than a
/// sentence's?
pub fn ends_with_abbreviation(s: &str) -> bool {
    let word = s
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let bare = word.trim_end_matches('.');
    if bare.is_empty() {
        return false;
    }
    // Initials and dotted abbreviations: "U.K.", "D.", "a.m."
    if bare.contains('.') || (bare.chars().count() == 1 && bare.chars().all(char::is_uppercase)) {
        return true;
    }
    const ABBREVIATIONS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr",
        "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Sen", "Rep", "Gov", "Prof",
        "St", "Mt", "No", "vs", "etc", "Jr", "Sr", "Adm", "Cmdr", "Pres",
    ];
    ABBREVIATIONS.contains(&bare)
}

/// Up to 16 ASCII letters, lower-cased, as one integer (distinct words, distinct integers).
pub const fn pack(word: &[u8]) -> u128 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key = key << 8 | (word[i] | 0x20) as u128;
        i += 1;
    }
    key
}

/// A set of words (ASCII, 16 bytes at most), case ignored, kept as sorted integers: a word is
/// packed once ([`pack`]) and found by a binary search, not compared string by string. Most
/// words are ruled out before that by their first letter and length together.
pub struct WordSet<const N: usize> {
    keys: [u128; N],
    /// For each first letter (its low five bits), the lengths of the words with it, as bits.
    lengths: [u32; 32],
}

impl<const N: usize> WordSet<N> {
    pub const fn new(words: [&str; N]) -> WordSet<N> {
        let mut keys = [0; N];
        let mut lengths = [0; 32];
        let mut k = 0;
        while k < N {
            let w = words[k].as_bytes();
            assert!(
                !w.is_empty() && w.len() <= 16,
                "a WordSet word has 1 to 16 bytes"
            );
            lengths[(w[0] & 0x1F) as usize] |= 1 << w.len();
            // Insertion sort (in a const: no `sort`).
            let key = pack(words[k].as_bytes());
            let mut j = k;
            while j > 0 && keys[j - 1] > key {
                keys[j] = keys[j - 1];
                j -= 1;
            }
            keys[j] = key;
            k += 1;
        }
        WordSet { keys, lengths }
    }

    /// Whether a word of the set may start with byte `b` (false: none does).
    pub fn may_start(&self, b: u8) -> bool {
        self.lengths[usize::from(b & 0x1F)] != 0
    }

    pub fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        match w.first() {
            Some(&b) if w.len() <= 16 => {
                self.lengths[usize::from(b & 0x1F)] >> w.len() & 1 == 1
                    && self.keys.binary_search(&pack(w)).is_ok()
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn words_back_are_rsplit_at_spaces() {
        for s in [
            "",
            " ",
            "the",
            "crossed the",
            "on  the",
            " the ",
            "Kyiv’s the",
            "near the Дніпро river",
            "a\tb c",
        ] {
            let ours: Vec<&str> = super::words_back(s).collect();
            let rsplit: Vec<&str> = s.rsplit(' ').collect();
            assert_eq!(ours, rsplit, "{s:?}");
        }
    }

    #[test]
    fn a_word_set_says_which_first_bytes_none_of_its_words_has() {
        const SET: super::WordSet<3> = super::WordSet::new(["Convention", "line", "Treaty"]);
        for (b, expected) in [
            (b'C', true),
            (b'c', true),
            (b'l', true),
            (b'T', true),
            (b'x', false),
        ] {
            assert_eq!(SET.may_start(b), expected, "{}", b as char);
        }
    }

    #[test]
    fn alnum_bits_agree_with_is_alnum_for_every_byte_in_every_place() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // The byte among neighbours of every kind (a letter, a high byte, a space).
                for fill in [b'a', 0xC3, b' ', b'9'] {
                    let mut eight = [fill; 8];
                    eight[at] = b;
                    let bits = super::alnum_bits(u64::from_le_bytes(eight));
                    for (k, &c) in eight.iter().enumerate() {
                        assert_eq!(
                            bits >> (k * 8 + 7) & 1 == 1,
                            super::is_alnum(c),
                            "{eight:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn word_sets_find_their_words_whatever_the_case() {
        const SET: WordSet<4> = WordSet::new(["Council", "line", "Headquarters", "a"]);
        for w in [
            "Council",
            "council",
            "COUNCIL",
            "line",
            "Line",
            "headquarters",
            "a",
            "A",
        ] {
            assert!(SET.contains(w), "{w}");
        }
        for w in [
            "Councils",
            "Counci",
            "lines",
            "",
            "b",
            "Headquarterz",
            "seventeen-letters",
        ] {
            assert!(!SET.contains(w), "{w}");
        }
    }
    use super::*;

    #[test]
    fn lines_cover_every_terminator() {
        let cases: &[(&str, &[&str])] = &[
            ("a\nb", &["a", "b"]),
            ("a\r\nb\r\n", &["a", "b"]),
            ("a\rb", &["a", "b"]),
            ("a\n\nb\n", &["a", "", "b"]),
            ("", &[]),
            ("\n", &[""]),
            ("only", &["only"]),
        ];
        for (raw, want) in cases {
            let got: Vec<&str> = lines(raw).into_iter().map(|(s, e)| &raw[s..e]).collect();
            assert_eq!(&got, want, "raw: {raw:?}");
        }
    }

    #[test]
    fn trim_keeps_offsets_exact() {
        let raw = "x \u{a0} Izyum.\u{a0} \t";
        let (s, e) = trim(raw, (1, raw.len()));
        assert_eq!(&raw[s..e], "Izyum.");
        assert_eq!(trim("   ", (0, 3)), (3, 3));
    }

    #[test]
    fn fold_straightens_quotes() {
        assert_eq!(
            fold_phrase("Your browser doesn’t SUPPORT"),
            "your browser doesn't support"
        );
    }

    #[test]
    fn first_sentence_skips_abbreviations() {
        let cases = [
            (
                "Sept. 10 (UPI) -- Forces advanced. More.",
                "Sept. 10 (UPI) -- Forces advanced.",
            ),
            (
                "The U.K. Ministry said so. Then",
                "The U.K. Ministry said so.",
            ),
            ("No full stop at all", "No full stop at all"),
        ];
        for (input, want) in cases {
            assert_eq!(first_sentence(input, 200), want);
        }
        assert_eq!(
            first_sentence("one two three four five six", 12),
            "one two…"
        );
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix_at_most("Київ", 3), "К");
        assert_eq!(prefix_at_most("abc", 10), "abc");
    }
}
