//! Embeds every `seeds/*.txt` into the binary: adding an article is dropping a file in `seeds/`
//! and rebuilding. A seed that is not UTF-8 stops the build with a message naming it.
//!
//! Also packs the two largest gazetteer tables for embedding (`src/core/gazetteer.rs` reads the
//! packed forms; a test there checks they give back exactly the tables' rows):
//! - `places.tsv` → `places.txt`: the rows grouped by admin1+admin2 and, within a group, by
//!   latitude, with coordinates as integer thousandths relative to the row before; names in
//!   one block, coordinates in another. Rows of one name in one group keep their order, so a
//!   stable sort by name, admin1, admin2 restores the table's order.
//! - `actors.tsv` → `actors.tsv` without its comment and header, and with a blank id where the
//!   id is the type's prefix and the name's slug (`person:volodymyr-zelenskyy`).

use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let data = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/data");
    let read = |name: &str| {
        let path = data.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    fs::write(out.join("places.txt"), pack_places(&read("places.tsv"))).unwrap();
    fs::write(out.join("actors.tsv"), pack_actors(&read("actors.tsv"))).unwrap();
    embed_seeds();
}

/// Data rows of a TSV with a `#` comment and a header line, split into fields.
fn rows(tsv: &str) -> Vec<Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            let mut fields: Vec<&str> = l.split('\t').map(str::trim).collect();
            // Missing trailing fields are blank, as the gazetteer's loader reads them.
            if fields.len() < 8 {
                fields.resize(8, "");
            }
            fields
        })
        .collect()
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

fn pack_places(tsv: &str) -> String {
    let rows = rows(tsv);
    let key = |r: &[&str]| {
        (
            r[0].to_ascii_lowercase(),
            r[3].to_string(),
            r[4].to_string(),
        )
    };
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
    type Run<'a, 'r> = Vec<&'r Vec<&'a str>>;
    let mut groups: Vec<((&str, &str), Vec<Run>)> = Vec::new();
    for r in &rows {
        assert!(
            !r[0].is_empty() && !r[0].starts_with('='),
            "places.tsv: name {:?}",
            r[0]
        );
        let g = (r[3], r[4]);
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
    let (mut names, mut coords) = (String::new(), String::new());
    for ((admin1, admin2), mut runs) in groups {
        assert!(
            !admin1.contains([' ', '\t']) && !admin2.contains([' ', '\t']),
            "places.tsv: admin codes {admin1:?} {admin2:?}"
        );
        runs.sort_by_key(|run| (!run[0][5].is_empty(), thousandths_or_zero(run[0][5])));
        writeln!(names, "={admin1} {admin2}").unwrap();
        coords.push_str("=\n");
        let mut prev: Option<(i64, i64)> = None;
        for r in runs.into_iter().flatten() {
            if r[1].is_empty() {
                writeln!(names, "{}", r[0]).unwrap();
            } else {
                writeln!(names, "{}\t{}", r[0], r[1]).unwrap();
            }
            match r[2] {
                "place" => {}
                "raion" => coords.push('r'),
                k => panic!("places.tsv: kind {k:?} (want place or raion)"),
            }
            if !r[5].is_empty() || !r[6].is_empty() {
                let here = (thousandths(r[5]), thousandths(r[6]));
                let (dlat, dlon) = prev.map_or(here, |p| (here.0 - p.0, here.1 - p.1));
                write!(coords, "{dlat} {dlon}").unwrap();
                prev = Some(here);
            }
            coords.push('\n');
        }
    }
    format!("{names}\n{coords}")
}

/// `Kryvyi Rih` → `kryvyi-rih`, as `lede::core::entity::slug` makes it.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn pack_actors(tsv: &str) -> String {
    let mut out = String::new();
    for r in rows(tsv) {
        let prefix = match r.get(2) {
            Some(&"PERSON") => "person",
            Some(&"ORG") => "org",
            _ => "",
        };
        let derived = !prefix.is_empty() && r[0] == format!("{prefix}:{}", slug(r[1]));
        let id = if derived { "" } else { r[0] };
        let row = format!("{id}\t{}", r[1..5].join("\t"));
        writeln!(out, "{}", row.trim_end_matches('\t')).unwrap();
    }
    out
}

fn embed_seeds() {
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
}
