//! Helpers shared by the integration tests: the crate's folders and resources, the
//! `veille` binary, scratch files, CSV tables, provenance, and the tools outside Rust
//! that the ignored tests need.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use veille::resources::Resources;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped gazetteers and rules (`gazetteers/`), loaded once for all tests.
pub fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| Resources::load(&root().join("gazetteers")).expect("gazetteers load"))
}

/// The `veille` binary as a command, to be run from the crate root.
pub fn veille_cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_veille"));
    c.current_dir(root());
    c
}

/// Runs the `veille` binary with `args` from the crate root.
pub fn veille(args: &[&str]) -> Output {
    veille_cmd().args(args).output().expect("the veille binary runs")
}

/// A command's standard error, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// Writes `bytes` to `dir/name`, creating the folders on the way.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Writes `files` into a fresh corpus folder.
pub fn corpus_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        write(dir.path(), name, bytes);
    }
    dir
}

/// Runs `veille run` on `corpus` into `out` and asserts success.
pub fn run_ok(corpus: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "run",
        "--quiet",
        "--corpus",
        corpus.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = veille(&args);
    assert!(o.status.success(), "veille run failed: {}", stderr(&o));
    o
}

/// Reads a CSV file as maps from column name to value.
pub fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            headers.iter().cloned().zip(rec.iter().map(str::to_string)).collect()
        })
        .collect()
}

/// The original bytes of the document a row points to (`doc_id` may be `path#id` for JSONL).
pub fn doc_bytes(corpus: &Path, doc_id: &str) -> Vec<u8> {
    match doc_id.split_once('#') {
        None => std::fs::read(corpus.join(doc_id)).unwrap(),
        Some((path, id)) => {
            let text = std::fs::read_to_string(corpus.join(path)).unwrap();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = match serde_json::from_str(line) {
                    Ok(v) => v,
                    Err(_) => continue,
                };
                let vid = match &v["id"] {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                if vid == id {
                    return v["text"].as_str().unwrap().as_bytes().to_vec();
                }
            }
            panic!("no article {id} in {path}")
        }
    }
}

/// Asserts that every row's `[start, end)` slice of its document equals its `text`.
pub fn assert_provenance(corpus: &Path, rows: &[HashMap<String, String>]) {
    let mut cache: HashMap<String, Vec<u8>> = HashMap::new();
    for row in rows {
        let doc = &row["doc_id"];
        let bytes = cache.entry(doc.clone()).or_insert_with(|| doc_bytes(corpus, doc));
        let (s, e): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        let slice = std::str::from_utf8(&bytes[s..e]).expect("spans fall on char boundaries");
        assert_eq!(slice, row["text"], "provenance broken in {doc} at {s}..{e}");
    }
}

/// Every visible file of an output folder (hidden state and temporary files excluded),
/// with its bytes, sorted by name.
pub fn output_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

/// Copies a folder recursively (a scratch copy of the gazetteers, say).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// Asserts that two output folders hold the same files, byte for byte (`what` says
/// which runs they come from).
pub fn assert_same_tables(a: &Path, b: &Path, what: &str) {
    let (ta, tb) = (output_files(a), output_files(b));
    assert_eq!(
        ta.iter().map(|t| &t.0).collect::<Vec<_>>(),
        tb.iter().map(|t| &t.0).collect::<Vec<_>>(),
        "{what}: not the same files"
    );
    for (x, y) in ta.iter().zip(&tb) {
        assert!(
            x.1 == y.1,
            "{} differs ({what}):\n{}\n---\n{}",
            x.0,
            String::from_utf8_lossy(&x.1),
            String::from_utf8_lossy(&y.1)
        );
    }
}

// Tools outside Rust. The tests that need one are `#[ignore = "needs …"]`: `cargo test`
// lists them as ignored, and `cargo test -- --include-ignored` (what `.ci/run` runs
// after installing the tools) runs them, where a missing tool is a failure, not a skip.

/// The Python that imports `modules`: `VEILLE_PYTHON` if set, else the crate's
/// `.venv/bin/python` (made by `.ci/setup-python`). Panics when neither does.
pub fn python_with(modules: &[&str]) -> PathBuf {
    let candidates = [
        std::env::var_os("VEILLE_PYTHON").map(PathBuf::from),
        Some(root().join(".venv/bin/python")),
    ];
    let check = format!("import {}", modules.join(", "));
    for py in candidates.into_iter().flatten() {
        if Command::new(&py).args(["-c", &check]).output().is_ok_and(|o| o.status.success()) {
            return py;
        }
    }
    panic!(
        "no Python with {} (VEILLE_PYTHON or .venv/bin/python): run .ci/setup-python",
        modules.join(", ")
    )
}

/// The Chromium binary: `/usr/bin/chromium`, else `chromium` on `PATH`. Panics when
/// there is none.
pub fn chromium() -> PathBuf {
    let fixed = PathBuf::from("/usr/bin/chromium");
    if fixed.is_file() {
        return fixed;
    }
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path).map(|p| p.join("chromium")).find(|p| p.is_file())
        })
        .expect("chromium is missing: run .ci/setup-browser")
}
