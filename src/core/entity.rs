//! Entities: the people, places, organisations, dates and figures mentions resolve to.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Place,
    Org,
    Date,
    Quantity,
}

impl EntityType {
    pub const ALL: [EntityType; 5] = [
        EntityType::Person,
        EntityType::Place,
        EntityType::Org,
        EntityType::Date,
        EntityType::Quantity,
    ];

    /// The type in URLs and CSS classes: `person`, `place`, `org`, `date`, `quantity`.
    pub fn slug(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::Org => "org",
            EntityType::Date => "date",
            EntityType::Quantity => "quantity",
        }
    }

    /// What a reader calls them: `people`, `places`, `organisations`, `dates`, `figures`.
    pub fn plural(self) -> &'static str {
        match self {
            EntityType::Person => "people",
            EntityType::Place => "places",
            EntityType::Org => "organisations",
            EntityType::Date => "dates",
            EntityType::Quantity => "figures",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.slug() == slug)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Place => "PLACE",
            EntityType::Org => "ORG",
            EntityType::Date => "DATE",
            EntityType::Quantity => "QUANTITY",
        }
    }
}

/// How prominent a place is: breaks ties between places of one name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Prominence {
    #[default]
    Unknown,
    Village,
    Town,
    City,
    OblastCentre,
    Capital,
}

impl Prominence {
    pub fn parse(s: &str) -> Prominence {
        match s.trim() {
            "capital" => Prominence::Capital,
            "oblast-centre" | "oblast-center" => Prominence::OblastCentre,
            "city" => Prominence::City,
            "town" => Prominence::Town,
            "village" => Prominence::Village,
            _ => Prominence::Unknown,
        }
    }
}

/// A known entity from the gazetteer, or one the rules found in the text.
/// Text that many mentions carry alike (a spelling, an entity's id, a why): made once and
/// shared, not copied into each mention.
pub type Shared = std::sync::Arc<str>;

#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Stable id: `place:kupiansk`, `person:volodymyr-zelenskyy`, `org:sbu`.
    pub id: String,
    /// Canonical name (GUIDE §2).
    pub name: String,
    pub kind: EntityType,
    /// What sort of place or thing: city/town/village/place, raion, oblast, river, country…;
    /// for a person, the country they serve ("Russia", "Ukraine"), if known.
    pub subtype: String,
    /// Listed spellings other than the canonical name, with where each comes from.
    pub aliases: Vec<Alias>,
    /// What it is, in a line.
    pub description: String,
    /// Its row's line in the gazetteer's descriptions, for a listed entity.
    pub description_slot: Option<u32>,
    /// GeoNames admin1 code of the oblast a Ukrainian place lies in ("07").
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub prominence: Prominence,
}

impl Entity {
    /// Its canonical name, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|a| a.text.as_str()))
    }

    /// A populated place known only from GeoNames: no curated spelling or prominence. Such
    /// names must be distinctive to match, and give way to curated entries of the same name.
    pub fn is_geonames_only(&self) -> bool {
        self.kind == EntityType::Place
            && self.subtype == "place"
            && self.prominence == Prominence::Unknown
    }
}

/// A listed spelling and its origin ("GeoNames", "alias table", "former name").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    pub text: String,
    pub origin: &'static str,
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    use super::num::{asin, cos, sin};
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = sin((la2 - la1) / 2.0).powi(2) + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2.0).powi(2);
    2.0 * 6371.0 * asin(h.sqrt())
}

pub use super::slug::slug;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // Izium to Balakliia is about 44 km.
        let d = distance_km((49.207, 37.277), (49.456, 36.844));
        assert!((40.0..48.0).contains(&d), "{d}");
    }

    #[test]
    fn distances_agree_with_std_trigonometry() {
        let std_km = |a: (f64, f64), b: (f64, f64)| {
            let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
            let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
            let h = ((la2 - la1) / 2.0).sin().powi(2)
                + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
            2.0 * 6371.0 * h.sqrt().asin()
        };
        let mut x: u64 = 7;
        let mut next = |range: f64| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            ((x >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * range
        };
        for i in 0..20_000 {
            let a = (next(180.0), next(360.0));
            // Half the pairs near each other, as the places compared mostly are.
            let b = if i % 2 == 0 {
                (a.0 + next(1.0), a.1 + next(1.0))
            } else {
                (next(180.0), next(360.0))
            };
            let (mine, theirs) = (distance_km(a, b), std_km(a, b));
            assert!((mine - theirs).abs() < 1e-9, "{a:?} {b:?}: {mine} {theirs}");
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Kryvyi Rih"), "kryvyi-rih");
        assert_eq!(slug("Kupiansk-Vuzlovyi"), "kupiansk-vuzlovyi");
        assert_eq!(slug("Lymans’ke"), "lymans-ke");
    }
}
