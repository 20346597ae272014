//! `lede`: the command-line face of Lede's core.
//!
//! ```text
//! lede extract [--compact] [FILE|DIR|-]...   JSON for the files (the embedded seeds when none)
//! lede normalise                              reconcile names read on standard input
//! lede synth N DIR [--seed S]                 write a synthetic corpus of N dispatches
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use lede::core::{Article, corpus, export::Extract, parse_bytes};
    use std::io::{Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    const USAGE: &str = "\
lede — extract the structure of news dispatches

Usage:
  lede extract [--compact] [FILE|DIR|-]...
      Print JSON for each file: title, source, published date, byline and blocks with
      byte offsets. A directory means its *.txt files; '-' reads standard input.
      With no files, the articles built into Lede.
  lede normalise
      Read names or short phrases, one per line, on standard input; print one line each:
      input<TAB>id<TAB>canonical<TAB>type<TAB>key ('-' where the name is not a known
      entity; key is the fold key that clusters spelling variants). The other lines are the
      context for names several places share.
  lede synth N DIR [--seed S]
      Write N synthetic dispatches (the built-in articles repeated and mutated: names
      respelled as real sources spell them, paragraphs shuffled) as DIR/*.txt, for load tests
      and benchmarks. The same N and S (default 1) give the same files.
  lede --help | --version
";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("extract") => extract(&args[1..]),
            Some("normalise" | "normalize") => normalise(&args[1..]),
            Some("synth") => synth(&args[1..]),
            Some("-h" | "--help" | "help") => {
                print!("{USAGE}");
                ExitCode::SUCCESS
            }
            Some("-V" | "--version") => {
                println!("lede {}", env!("CARGO_PKG_VERSION"));
                ExitCode::SUCCESS
            }
            Some(other) => {
                eprintln!("lede: unknown command '{other}'\n\n{USAGE}");
                ExitCode::from(2)
            }
            None => {
                eprint!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    fn extract(args: &[String]) -> ExitCode {
        let mut compact = false;
        let mut inputs = Vec::new();
        for a in args {
            match a.as_str() {
                "--compact" => compact = true,
                "-" => inputs.push(a.clone()),
                s if s.starts_with('-') => {
                    eprintln!("lede extract: unknown option '{s}'\n\n{USAGE}");
                    return ExitCode::from(2);
                }
                _ => inputs.push(a.clone()),
            }
        }
        let docs: Vec<(String, Article)> = if inputs.is_empty() {
            corpus::embedded()
                .iter()
                .map(|d| (d.raw.to_string(), d.article.clone()))
                .collect()
        } else {
            let mut articles = Vec::new();
            let mut errors = Vec::new();
            for input in &inputs {
                match read_input(input) {
                    Ok(files) => {
                        for (name, bytes) in files {
                            match parse_bytes(&name, &bytes) {
                                Ok(a) => {
                                    let raw = String::from_utf8(bytes)
                                        .expect("parse_bytes checked UTF-8");
                                    articles.push((raw, a));
                                }
                                Err(e) => errors.push(e.to_string()),
                            }
                        }
                    }
                    Err(e) => errors.push(e),
                }
            }
            if !errors.is_empty() {
                for e in &errors {
                    eprintln!("lede: {e}");
                }
                eprintln!(
                    "lede: {} input(s) could not be read; nothing was printed",
                    errors.len()
                );
                return ExitCode::FAILURE;
            }
            articles
        };
        let pairs: Vec<(&str, &Article)> = docs.iter().map(|(r, a)| (r.as_str(), a)).collect();
        let out = Extract::new(&pairs);
        let json = if compact {
            serde_json::to_string(&out)
        } else {
            serde_json::to_string_pretty(&out)
        }
        .expect("serialising plain data cannot fail");
        let mut stdout = std::io::stdout().lock();
        match writeln!(stdout, "{json}") {
            Ok(()) => ExitCode::SUCCESS,
            // A closed pipe (`lede extract | head`) is not an error worth a message.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("lede: cannot write output: {e}");
                ExitCode::FAILURE
            }
        }
    }

    fn normalise(args: &[String]) -> ExitCode {
        if let Some(a) = args.first() {
            eprintln!(
                "lede normalise: unexpected argument '{a}' (it reads names on standard input)\n\n{USAGE}"
            );
            return ExitCode::from(2);
        }
        let mut input = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut input) {
            eprintln!("lede normalise: cannot read standard input: {e}");
            return ExitCode::FAILURE;
        }
        let names: Vec<&str> = input.lines().map(|l| l.trim_end_matches('\r')).collect();
        let resolved = lede::core::annotate::normalise_names(&names);
        let mut out = String::new();
        for (name, (key, entity)) in names.iter().zip(resolved) {
            let clean = name.replace('\t', " ");
            match entity {
                Some(e) => out.push_str(&format!(
                    "{clean}\t{}\t{}\t{}\t{key}\n",
                    e.id,
                    e.name,
                    e.kind.as_str()
                )),
                None => out.push_str(&format!("{clean}\t-\t-\t-\t{key}\n")),
            }
        }
        match std::io::stdout().lock().write_all(out.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("lede: cannot write output: {e}");
                ExitCode::FAILURE
            }
        }
    }

    fn synth(args: &[String]) -> ExitCode {
        let usage = |msg: &str| {
            eprintln!("lede synth: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        };
        let mut seed = 1u64;
        let mut rest = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--seed" {
                match it.next().map(|s| s.parse()) {
                    Some(Ok(s)) => seed = s,
                    _ => return usage("--seed needs a whole number"),
                }
            } else {
                rest.push(a);
            }
        }
        let [n, dir] = rest[..] else {
            return usage("needs a number of dispatches and a directory");
        };
        let Ok(n) = n.parse::<usize>() else {
            return usage(&format!("'{n}' is not a number of dispatches"));
        };
        let dir = Path::new(dir);
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("lede synth: cannot create {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
        for (name, text) in lede::core::synth::corpus(n, seed) {
            let stem = name.strip_suffix(".txt").unwrap_or(&name);
            let path = dir.join(format!("{stem}.txt"));
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("lede synth: cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
        eprintln!("lede synth: wrote {n} dispatches to {}", dir.display());
        ExitCode::SUCCESS
    }

    /// The (name, bytes) pairs an argument stands for: a file, a directory's `*.txt`, or stdin.
    fn read_input(input: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
        if input == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
            return Ok(vec![("<stdin>".into(), buf)]);
        }
        let path = Path::new(input);
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{input}: cannot read directory: {e}"))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            if files.is_empty() {
                return Err(format!("{input}: directory has no .txt files"));
            }
            return files
                .iter()
                .map(|p| {
                    std::fs::read(p)
                        .map(|b| (p.display().to_string(), b))
                        .map_err(|e| format!("{}: cannot read: {e}", p.display()))
                })
                .collect();
        }
        std::fs::read(path)
            .map(|b| vec![(input.to_string(), b)])
            .map_err(|e| format!("{input}: cannot read: {e}"))
    }
}
