//! `lede extract` as a user runs it: JSON shape, offsets into the files, clear errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .output()
        .expect("run lede")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "lede failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn extract_without_files_prints_the_embedded_seeds() {
    let v = json(&lede(&["extract"]));
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 3);
    let entities = v["entities"].as_array().unwrap();
    assert!(entities.len() > 20, "{} entities", entities.len());
    for e in entities {
        for key in ["id", "name", "type", "aliases", "why"] {
            assert!(e.get(key).is_some(), "entity missing {key}: {e}");
        }
    }
    let a = &articles[1];
    for key in [
        "file",
        "title",
        "source",
        "published",
        "byline",
        "blocks",
        "mentions",
    ] {
        assert!(a.get(key).is_some(), "missing {key}");
    }
    assert_eq!(a["source"], "UPI");
    assert_eq!(a["published"], "2022-09-10T12:38");
    assert_eq!(a["byline"], "Simon Druker");
    let mention = &a["mentions"][0];
    for key in ["start", "end", "text", "entity"] {
        assert!(mention.get(key).is_some(), "mention missing {key}");
    }
    let block = &a["blocks"][0];
    for key in ["kind", "start", "end", "text"] {
        assert!(block.get(key).is_some(), "block missing {key}");
    }
}

#[test]
fn offsets_slice_the_files_given() {
    let root = env!("CARGO_MANIFEST_DIR");
    let paths: Vec<String> = [
        "000_9ef5ad5f0c065b89",
        "001_7b244cf315c26bef",
        "002_2de072fd7b9da36a",
    ]
    .iter()
    .map(|f| format!("{root}/seeds/{f}.txt"))
    .collect();
    let args: Vec<&str> = std::iter::once("extract")
        .chain(paths.iter().map(String::as_str))
        .collect();
    let v = json(&lede(&args));
    for (a, path) in v["articles"].as_array().unwrap().iter().zip(&paths) {
        assert_eq!(a["file"], path.as_str());
        let raw = std::fs::read(path).unwrap();
        for m in a["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                std::str::from_utf8(&raw[s..e]).unwrap(),
                m["text"].as_str().unwrap()
            );
        }
        for b in a["blocks"].as_array().unwrap() {
            let (s, e) = (
                b["start"].as_u64().unwrap() as usize,
                b["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                std::str::from_utf8(&raw[s..e]).unwrap(),
                b["text"].as_str().unwrap()
            );
        }
    }
}

#[test]
fn a_directory_means_its_txt_files() {
    let dir = temp_dir("dir");
    std::fs::write(dir.join("b.txt"), "Second Title Line\n\nBody.\n").unwrap();
    std::fs::write(dir.join("a.txt"), "First Title Line\n\nBody.\n").unwrap();
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    let v = json(&lede(&["extract", "--compact", dir.to_str().unwrap()]));
    let titles: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["First Title Line", "Second Title Line"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stdin_with_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"By Jane Roe\nKyiv said so.\n")
        .unwrap();
    let v = json(&child.wait_with_output().unwrap());
    assert_eq!(v["articles"][0]["file"], "<stdin>");
    assert_eq!(v["articles"][0]["byline"], "Jane Roe");
}

#[test]
fn missing_file_fails_naming_it() {
    let out = lede(&["extract", "no/such/file.txt"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "no partial JSON on failure");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/file.txt: cannot read"), "{err}");
}

#[test]
fn invalid_utf8_and_binary_files_fail_naming_them() {
    let dir = temp_dir("bad");
    let latin1 = dir.join("latin1.txt");
    let binary = dir.join("image.txt");
    std::fs::write(&latin1, b"Caf\xe9 in Kyiv").unwrap();
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    let out = lede(&[
        "extract",
        latin1.to_str().unwrap(),
        binary.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("latin1.txt: not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );
    assert!(err.contains("image.txt: looks like a binary file"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn empty_file_is_reported_in_warnings_not_an_error() {
    let dir = temp_dir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let v = json(&lede(&["extract", empty.to_str().unwrap()]));
    assert_eq!(v["articles"][0]["blocks"], serde_json::json!([]));
    assert_eq!(v["articles"][0]["warnings"][0], "the file is empty");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(lede(&[]).status.code(), Some(2));
    assert_eq!(lede(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(lede(&["extract", "--bogus"]).status.code(), Some(2));
    let help = lede(&["--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("lede extract"));
}

#[test]
fn synth_writes_a_corpus_extract_can_read() {
    let dir = temp_dir("synth");
    let d = dir.to_str().unwrap();
    let out = lede(&["synth", "7", d, "--seed", "3"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 7);
    assert!(
        names
            .iter()
            .all(|n| n.starts_with("synth_") && n.ends_with(".txt") && !n.ends_with(".txt.txt"))
    );
    // The same seed gives the same files; extract reads them.
    let first = std::fs::read(dir.join(&names[0])).unwrap();
    assert!(lede(&["synth", "7", d, "--seed", "3"]).status.success());
    assert_eq!(std::fs::read(dir.join(&names[0])).unwrap(), first);
    let v = json(&lede(&["extract", "--compact", d]));
    assert_eq!(v["articles"].as_array().unwrap().len(), 7);
    for bad in [
        &["synth"][..],
        &["synth", "x", d],
        &["synth", "3", d, "--seed"],
    ] {
        assert_eq!(lede(bad).status.code(), Some(2), "{bad:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
