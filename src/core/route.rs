//! What the URL hash says the reader is looking at, as plain data.
//!
//! `#article=001_7b244cf315c26bef` opens that article; `#entity=place:kupiansk.07.6308` lists
//! the paragraphs that mention an entity (several ids joined by `,`; `&any=1` for any of them
//! rather than all); `#q=kupyansk` searches; `source=UPI,RFE%2FRL`, `types=person,quantity` and
//! `from=2022-09-10&to=2022-09-11` narrow either. The hash is a list of `key=value` pairs joined by
//! `&`, values percent-encoded, so later state can join it without breaking old links. Unknown
//! keys are ignored.

use super::dates::Date;
use super::entity::EntityType;
use super::filter::Query;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The id of the open article ([`crate::core::Article::id`]).
    pub article: Option<String>,
    /// The filter, when one is set.
    pub query: Query,
    /// The names index (`#names`), with its search.
    pub names: bool,
}

impl Route {
    /// Read a location hash, with or without its leading `#`.
    pub fn from_hash(hash: &str) -> Route {
        let mut route = Route::default();
        for pair in hash.trim_start_matches('#').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "article" => route.article = (!value.is_empty()).then_some(value),
                "entity" => route.query.entities = split_list(&value),
                "any" => route.query.any = value == "1",
                "q" => route.query.text = value,
                "names" => route.names = true,
                "source" => route.query.sources = split_list(&value),
                // Unknown type names and malformed dates are dropped, not guessed at.
                "types" => {
                    route.query.types = split_list(&value)
                        .iter()
                        .filter_map(|t| EntityType::from_slug(t))
                        .collect()
                }
                "from" => route.query.from = Date::parse_iso(&value),
                "to" => route.query.to = Date::parse_iso(&value),
                _ => {}
            }
        }
        route
    }

    /// The hash for this route, with its leading `#` (`#` alone for the article list).
    pub fn to_hash(&self) -> String {
        let mut parts = Vec::new();
        if self.names {
            parts.push("names".to_string());
        }
        if let Some(id) = &self.article {
            parts.push(format!("article={}", percent_encode(id)));
        }
        if !self.query.entities.is_empty() {
            parts.push(format!("entity={}", join_list(&self.query.entities)));
            if self.query.any {
                parts.push("any=1".into());
            }
        }
        if !self.query.text.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.query.text)));
        }
        if !self.query.sources.is_empty() {
            parts.push(format!("source={}", join_list(&self.query.sources)));
        }
        if !self.query.types.is_empty() {
            let slugs: Vec<String> = self.query.types.iter().map(|t| t.slug().into()).collect();
            parts.push(format!("types={}", join_list(&slugs)));
        }
        if let Some(d) = self.query.from {
            parts.push(format!("from={}", d.iso()));
        }
        if let Some(d) = self.query.to {
            parts.push(format!("to={}", d.iso()));
        }
        format!("#{}", parts.join("&"))
    }

    pub fn article(id: &str) -> Route {
        Route {
            article: Some(id.to_string()),
            ..Route::default()
        }
    }

    /// The index of every name, with the spellings each source uses.
    pub fn names() -> Route {
        Route {
            names: true,
            ..Route::default()
        }
    }

    /// The paragraphs that mention one entity.
    pub fn entity(id: &str) -> Route {
        Route {
            query: Query {
                entities: vec![id.to_string()],
                ..Query::default()
            },
            ..Route::default()
        }
    }

    pub fn search(text: &str) -> Route {
        Route {
            query: Query {
                text: text.to_string(),
                ..Query::default()
            },
            ..Route::default()
        }
    }
}

/// A decoded `a,b,c` value as its items.
fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Items as an `a,b,c` value, each percent-encoded (so an item's own commas survive).
fn join_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| percent_encode(i))
        .collect::<Vec<_>>()
        .join(",")
}

/// Encode everything but unreserved URL characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decode `%XX` escapes (and `+` as a space); malformed escapes are kept as written, and bytes
/// that do not form UTF-8 become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip() {
        let both = Route {
            query: Query {
                entities: vec!["place:izium.07.6304".into(), "person:~maria@000.3".into()],
                any: true,
                text: "Kup'yansk & co".into(),
                sources: vec!["RFE/RL".into(), "source unknown".into()],
                types: vec![EntityType::Quantity, EntityType::Person],
                from: Date::new(2022, 9, 10),
                to: Date::new(2022, 9, 11),
            },
            ..Route::default()
        };
        for route in [
            Route::default(),
            Route::article("001_7b244cf315c26bef"),
            Route::article("a b&c=d/Київ"),
            Route::entity("place:kupiansk.07.6308"),
            Route::search("kupyansk"),
            Route::names(),
            both,
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
    }

    #[test]
    fn reads_hashes_people_write() {
        for (hash, want) in [
            ("", None),
            ("#", None),
            ("#article=", None),
            ("#article=000_x", Some("000_x")),
            ("article=000_x", Some("000_x")),
            ("#q=kupiansk&article=002&future=1", Some("002")),
            ("#article=%D0%9A%D0%B8%D1%97%D0%B2", Some("Київ")),
            ("#article=100%", Some("100%")),
            ("#article=%zz", Some("%zz")),
        ] {
            assert_eq!(Route::from_hash(hash).article.as_deref(), want, "{hash}");
        }
    }

    #[test]
    fn types_and_dates_are_read_strictly() {
        let r = Route::from_hash("#types=quantity,planet,date&from=2022-09-10&to=2022-13-01");
        assert_eq!(r.query.types, [EntityType::Quantity, EntityType::Date]);
        assert_eq!(r.query.from, Date::new(2022, 9, 10));
        assert_eq!(r.query.to, None);
        assert!(!r.query.is_empty());
        assert!(Route::from_hash("#types=planet").query.is_empty());
    }
}
