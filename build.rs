//! Embeds every `seeds/*.txt` into the binary: adding an article is dropping a file in `seeds/`
//! and rebuilding. A seed that is not UTF-8 stops the build with a message naming it.

use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
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
