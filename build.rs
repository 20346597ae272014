//! Embeds every `seeds/*.txt` into the binary: adding an article is dropping a file in `seeds/`
//! and rebuilding. A seed that is not UTF-8 stops the build with a message naming it.
//!
//! Also packs the gazetteer tables for embedding (`src/core/gazetteer.rs` reads the packed
//! forms; tests there check they give back exactly the tables' rows). A packed table is its
//! columns one after another, apart by U+001F, each column its values one a line: brotli
//! compresses a column of like values better than rows of mixed ones. Comments and headers are
//! dropped, and:
//! - `places.tsv`: the rows grouped by admin1+admin2 ("=admin1 admin2" lines in the first
//!   column) and, within a group, by latitude; columns: name (with the GeoNames spelling after
//!   a tab where it differs, as an edit of the name) and kind ("r" for a raion). Latitudes and
//!   longitudes go to `places.lat` and `places.lon`: thousandths of a degree relative to the
//!   row before in the group, as varints. Rows of one name in one group keep their order, so a
//!   stable sort by name, admin1, admin2 restores the table's.
//! - `actors.tsv`, `regions.tsv`: the id is blank where it is the type (`person`, `org`; the
//!   kind for regions) and the name's slug (`person:volodymyr-zelenskyy`); a person's country
//!   (Russia or Ukraine, the first their description names) is a column of its own.
//! - `place_aliases.tsv`, `regions.tsv`, `actors.tsv`: their last column, the one-line
//!   descriptions, goes to `descriptions.txt` instead, one a line, table after table, and is
//!   "+" where there is one.
//!
//! Then it reads the seeds with the engine itself, which it compiles from `src/core` (a build
//! script cannot use the crate it builds), and writes them as read to `compiled.rs`
//! (`src/core/compile.rs`): the browser app shows them without the engine.
//! It sets `cfg(lede_compiled)` for the browser app (wasm32 without the feature
//! `synthetic-corpus`, whose benchmark corpus is made in the browser and needs the engine).

use std::{env, fmt::Write as _, fs, path::Path};

// The crate's engine (a build script cannot use the crate it builds), with the tables this
// script packs given to it at run time.
#[path = "src/core"]
#[allow(dead_code, unused_imports)]
mod core {
    pub mod annotate;
    pub mod article;
    pub mod caption;
    pub mod compile;
    pub mod dates;
    pub mod entity;
    pub mod error;
    pub mod export;
    pub mod fnv;
    pub mod fold;
    pub mod furniture;
    pub mod gazetteer;
    pub mod meta;
    pub mod num;
    pub mod quantity;
    pub mod slug;
    pub mod sort;
    pub mod text;

    /// `src/core/packed.rs`'s functions, over the tables as this script packed them.
    pub mod packed {
        use std::sync::OnceLock;

        #[derive(Default)]
        pub struct Tables {
            pub places: String,
            pub lat: Vec<u8>,
            pub lon: Vec<u8>,
            pub place_aliases: String,
            pub regions: String,
            pub actors: String,
            pub descriptions: String,
        }

        pub static TABLES: OnceLock<Tables> = OnceLock::new();

        fn tables() -> &'static Tables {
            TABLES
                .get()
                .expect("the tables are packed before the engine reads them")
        }
        pub fn places() -> &'static str {
            &tables().places
        }
        pub fn places_lat() -> &'static [u8] {
            &tables().lat
        }
        pub fn places_lon() -> &'static [u8] {
            &tables().lon
        }
        pub fn place_aliases() -> &'static str {
            &tables().place_aliases
        }
        pub fn regions() -> &'static str {
            &tables().regions
        }
        pub fn actors() -> &'static str {
            &tables().actors
        }
        pub fn descriptions() -> &'static str {
            &tables().descriptions
        }
    }
}
use core::slug::slug;

fn main() {
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let data = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/data");
    let read = |name: &str| {
        let path = data.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let (places, lat, lon) = pack_places(&read("places.tsv"));
    fs::write(out.join("places.lat"), &lat).unwrap();
    fs::write(out.join("places.lon"), &lon).unwrap();
    let mut place_aliases = rows(&read("place_aliases.tsv"), 7);
    let mut regions = derive_ids(rows(&read("regions.tsv"), 8), 2);
    let mut actors = with_countries(derive_ids(rows(&read("actors.tsv"), 5), 2));
    // The descriptions (each table's last column) apart, one a line, in the order the loader
    // reads the rows.
    let mut descriptions = String::new();
    for table in [&mut place_aliases, &mut regions, &mut actors] {
        for row in table.iter_mut() {
            let d = row.pop().unwrap_or_default();
            assert!(!d.contains('\n'), "a description holds a line break: {d:?}");
            descriptions.push_str(&d);
            descriptions.push('\n');
            // In its place, whether there is one ("+"), for the loader to know without it.
            row.push(if d.is_empty() { "" } else { "+" }.to_string());
        }
    }
    fs::write(out.join("descriptions.txt"), &descriptions).unwrap();
    let [places, place_aliases, regions, actors] =
        [places, place_aliases, regions, actors].map(|t| columns(&t));
    for (name, packed) in [
        ("places", &places),
        ("place_aliases", &place_aliases),
        ("regions", &regions),
        ("actors", &actors),
    ] {
        fs::write(out.join(format!("{name}.packed")), packed).unwrap();
    }
    let seeds = embed_seeds();

    // The seeds, read by the engine.
    let tables = core::packed::Tables {
        places,
        lat,
        lon,
        place_aliases,
        regions,
        actors,
        descriptions,
    };
    assert!(core::packed::TABLES.set(tables).is_ok());
    let seeds: Vec<(&str, &str)> = seeds
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    fs::write(out.join("compiled.rs"), core::compile::source(&seeds)).unwrap();
    println!("cargo::rustc-check-cfg=cfg(lede_compiled)");
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
        && env::var_os("CARGO_FEATURE_SYNTHETIC_CORPUS").is_none()
    {
        println!("cargo::rustc-cfg=lede_compiled");
    }
}

/// Data rows of a TSV with a `#` comment and a header line: `width` fields each, trimmed
/// (missing ones blank, as the gazetteer's loader reads them).
fn rows(tsv: &str, width: usize) -> Vec<Vec<String>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            let mut fields: Vec<String> = l.split('\t').map(|f| f.trim().to_string()).collect();
            fields.resize(width, String::new());
            fields
        })
        .collect()
}

/// A table, column after column.
fn columns(rows: &[Vec<String>]) -> String {
    let width = rows.first().map_or(0, Vec::len);
    let mut out = String::new();
    for c in 0..width {
        if c > 0 {
            out.push('\u{1f}');
        }
        for (i, row) in rows.iter().enumerate() {
            assert!(
                !row[c].contains(['\n', '\u{1f}']),
                "a field holds a separator: {row:?}"
            );
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&row[c]);
        }
    }
    out
}

/// Blank the ids (column 0) that are the type's prefix and the name's (column 1) slug; the type
/// is in column `kind`: PERSON and ORG for people and organisations, else the prefix itself.
fn derive_ids(mut rows: Vec<Vec<String>>, kind: usize) -> Vec<Vec<String>> {
    for r in &mut rows {
        let prefix = match r[kind].as_str() {
            "PERSON" => "person",
            "ORG" => "org",
            k => k,
        };
        if r[0] == format!("{prefix}:{}", slug(&r[1])) {
            r[0].clear();
        }
    }
    rows
}

/// A person's country, from their description, before it (a column of its own): the first of
/// Russia and Ukraine it names ("Chief of the General Staff of Russia …; commander of forces in
/// Ukraine" is Russia's), or blank.
fn with_countries(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    for r in &mut rows {
        let d = &r[4];
        let at = |word: &str| d.find(word).unwrap_or(usize::MAX);
        let country = match (at("Russia"), at("Ukrain")) {
            (usize::MAX, usize::MAX) => "",
            (ru, ua) if ru < ua => "Russia",
            _ => "Ukraine",
        };
        let country = if r[2] == "PERSON" { country } else { "" };
        r.insert(4, country.to_string());
    }
    rows
}

fn thousandths_or_zero(s: &str) -> i64 {
    if s.is_empty() { 0 } else { thousandths(s) }
}

/// "49.129" → 49129.
fn thousandths(s: &str) -> i64 {
    let (int, frac) = s
        .split_once('.')
        .filter(|(_, f)| f.len() == 3)
        .unwrap_or_else(|| panic!("places.tsv: coordinate {s:?} is not degrees to 3 decimals"));
    format!("{int}{frac}").parse().unwrap()
}

/// The places table as rows of name and kind, and the latitudes and longitudes of the rows with
/// coordinates as varints.
fn pack_places(tsv: &str) -> (Vec<Vec<String>>, Vec<u8>, Vec<u8>) {
    let rows = rows(tsv, 7);
    let key = |r: &[String]| (r[0].to_ascii_lowercase(), r[3].clone(), r[4].clone());
    for pair in rows.windows(2) {
        assert!(
            key(&pair[0]) <= key(&pair[1]),
            "places.tsv must be sorted by name (ignoring case), admin1, admin2, as \
             scripts/extract-places.mjs writes it: {:?} comes before {:?}",
            pair[0][0],
            pair[1][0]
        );
    }
    // Group (admin1, admin2) → runs of rows that share a name, in table order.
    type Run<'r> = Vec<&'r Vec<String>>;
    let mut groups: Vec<((&str, &str), Vec<Run>)> = Vec::new();
    for r in &rows {
        assert!(
            !r[0].is_empty() && !r[0].starts_with('='),
            "places.tsv: name {:?}",
            r[0]
        );
        let g = (r[3].as_str(), r[4].as_str());
        let at = match groups.iter().position(|(k, _)| *k == g) {
            Some(at) => at,
            None => {
                groups.push((g, Vec::new()));
                groups.len() - 1
            }
        };
        let runs = &mut groups[at].1;
        match runs.iter_mut().find(|run| key(run[0]) == key(r)) {
            Some(run) => run.push(r),
            None => runs.push(vec![r]),
        }
    }
    groups.sort_by_key(|(g, _)| *g);
    let (mut out, mut lat, mut lon) = (Vec::new(), Vec::new(), Vec::new());
    for ((admin1, admin2), mut runs) in groups {
        assert!(
            !admin1.contains(' ') && !admin2.contains(' '),
            "places.tsv: admin codes {admin1:?} {admin2:?}"
        );
        runs.sort_by_key(|run| (!run[0][5].is_empty(), thousandths_or_zero(&run[0][5])));
        out.push(vec![format!("={admin1} {admin2}"), String::new()]);
        let mut prev: Option<(i64, i64)> = None;
        for r in runs.into_iter().flatten() {
            let name = if r[1].is_empty() {
                r[0].clone()
            } else {
                format!("{}\t{}", r[0], edit(&r[0], &r[1]))
            };
            // Kind and coordinates: "" a place with them (the usual), "r" a raion without,
            // "r+" a raion with, "-" a place without.
            let located = !r[5].is_empty() || !r[6].is_empty();
            let kind = match (r[2].as_str(), located) {
                ("place", true) => "",
                ("place", false) => "-",
                ("raion", false) => "r",
                ("raion", true) => "r+",
                (k, _) => panic!("places.tsv: kind {k:?} (want place or raion)"),
            };
            if located {
                let here = (thousandths(&r[5]), thousandths(&r[6]));
                let (dlat, dlon) = prev.map_or(here, |p| (here.0 - p.0, here.1 - p.1));
                varint(&mut lat, dlat);
                varint(&mut lon, dlon);
                prev = Some(here);
            }
            out.push(vec![name, kind.to_string()]);
        }
    }
    (out, lat, lon)
}

/// A signed number as a zigzag varint: seven bits a byte, low bits first, the high bit set on
/// every byte but the last.
fn varint(out: &mut Vec<u8>, n: i64) {
    let mut z = ((n << 1) ^ (n >> 63)) as u64;
    while z >= 0x80 {
        out.push((z as u8) | 0x80);
        z >>= 7;
    }
    out.push(z as u8);
}

/// `to` as an edit of `from`: "<bytes of `from` kept at the start> <bytes kept at the end>
/// <what goes between>" ("Verbliany" → "Verblyany": "5 3 y").
fn edit(from: &str, to: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (from.chars().collect(), to.chars().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let room = a.len().min(b.len()) - prefix;
    let suffix = (0..room)
        .take_while(|&i| a[a.len() - 1 - i] == b[b.len() - 1 - i])
        .count();
    let bytes = |cs: &[char]| cs.iter().map(|c| c.len_utf8()).sum::<usize>();
    let between: String = b[prefix..b.len() - suffix].iter().collect();
    format!(
        "{} {} {between}",
        bytes(&a[..prefix]),
        bytes(&a[a.len() - suffix..])
    )
}

/// Write `seeds.rs`, which embeds every seed; give back their file names and texts.
fn embed_seeds() -> Vec<(String, String)> {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("seeds");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
        .collect();
    files.sort();
    let mut out = String::from("pub static SEEDS: &[Seed] = &[\n");
    let mut seeds = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes =
            fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        if let Err(e) = std::str::from_utf8(&bytes) {
            panic!(
                "seed {} is not UTF-8 text (invalid byte at offset {}): save it as UTF-8",
                path.display(),
                e.valid_up_to()
            );
        }
        let name = path.file_name().unwrap().to_string_lossy();
        seeds.push((name.to_string(), String::from_utf8(bytes).unwrap()));
        writeln!(
            out,
            "    Seed {{ file: {name:?}, text: include_str!({:?}) }},",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("seeds.rs");
    fs::write(dest, out).unwrap();
    seeds
}
