//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `veille` binary with `args` from the crate root.
pub fn veille(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the veille binary runs")
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
    assert!(o.status.success(), "veille run failed: {}", String::from_utf8_lossy(&o.stderr));
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
