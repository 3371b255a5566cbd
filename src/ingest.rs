//! Reading the corpus: `.txt` and `.md` files, and `.jsonl` files with one article a line.
//!
//! Files are found recursively in sorted order. Text is UTF-8 with or without BOM, LF
//! or CRLF, and kept exactly as stored so that spans point into the original bytes.
//! An optional front-matter block (`---` lines around `key: value` lines) is metadata.
//! Anything that cannot be read becomes an [`IngestError`] naming the file and the
//! line or byte; the rest of the corpus is still read.

use crate::document::{Document, Meta};
use crate::span::Span;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};

/// A document or line that could not be read; reported in `errors.csv` and skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestError {
    /// Corpus-relative path.
    pub path: String,
    /// 1-based line, where one applies.
    pub line: Option<usize>,
    /// Byte offset in the file, where one applies.
    pub byte: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(byte) = self.byte {
            write!(f, " (byte {byte})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Extensions read as documents.
pub const EXTENSIONS: [&str; 3] = ["txt", "md", "jsonl"];

/// All document files under `root`, recursively, sorted by their corpus-relative path.
/// Hidden files and folders (starting with `.`) are skipped.
pub fn discover(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut seen = std::collections::HashSet::new();
    walk(root, &mut files, &mut seen)?;
    files.sort_by_key(|p| relative_path(root, p));
    Ok(files)
}

/// Walks `dir` recursively; `seen` holds the canonical folders already walked, so that
/// a symbolic link back up the tree is not followed forever.
fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    seen: &mut std::collections::HashSet<PathBuf>,
) -> std::io::Result<()> {
    if !seen.insert(std::fs::canonicalize(dir)?) {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let ft = entry.file_type()?;
        if ft.is_dir() || (ft.is_symlink() && path.is_dir()) {
            walk(&path, out, seen)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// The corpus-relative path with `/` separators.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Reads one corpus file into documents (several for JSON Lines), with the errors met.
pub fn read_file(root: &Path, path: &Path) -> (Vec<Document>, Vec<IngestError>) {
    let rel = relative_path(root, path);
    match std::fs::read(path) {
        Ok(bytes) => parse_bytes(&rel, bytes),
        Err(e) => (
            Vec::new(),
            vec![IngestError {
                path: rel,
                line: None,
                byte: None,
                message: format!("cannot read: {e}"),
            }],
        ),
    }
}

/// Turns a file's bytes into documents; `rel` is its corpus-relative path.
pub fn parse_bytes(rel: &str, bytes: Vec<u8>) -> (Vec<Document>, Vec<IngestError>) {
    let err = |line: Option<usize>, byte: Option<usize>, message: String| IngestError {
        path: rel.to_string(),
        line,
        byte,
        message,
    };
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = line_of(&bytes, at);
        return (Vec::new(), vec![err(Some(line), Some(at), "binary file (NUL byte)".into())]);
    }
    let sha = hex_sha256(&bytes);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = line_of(e.as_bytes(), at);
            return (Vec::new(), vec![err(Some(line), Some(at), "invalid UTF-8".into())]);
        }
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return (Vec::new(), vec![err(None, None, "empty file".into())]);
    }
    if rel.to_ascii_lowercase().ends_with(".jsonl") {
        return parse_jsonl(rel, &text);
    }
    let (meta, body) = front_matter(&text);
    let doc =
        Document { id: rel.to_string(), path: rel.to_string(), body, meta, sha256: sha, text };
    if doc.body.slice(&doc.text).trim().is_empty() {
        return (Vec::new(), vec![err(None, None, "no text after the front matter".into())]);
    }
    (vec![doc], Vec::new())
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    lang: Option<String>,
}

fn parse_jsonl(rel: &str, text: &str) -> (Vec<Document>, Vec<IngestError>) {
    let mut reader = JsonlReader::new(rel);
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let (doc, error) = reader.line(i + 1, offset, line);
        offset += line.len();
        docs.extend(doc);
        errors.extend(error);
    }
    (docs, errors)
}

/// Reads JSON Lines articles one line at a time, for files and for streams
/// (`veille extract -`): remembers the ids seen so that a duplicate is reported.
#[derive(Debug)]
pub struct JsonlReader {
    rel: String,
    seen: std::collections::HashSet<String>,
}

impl JsonlReader {
    /// A reader for the JSON Lines file (or stream) named `rel`.
    pub fn new(rel: &str) -> JsonlReader {
        JsonlReader { rel: rel.to_string(), seen: std::collections::HashSet::new() }
    }

    /// The article on line `line_no` (1-based), which starts at byte `at`: `None` for a
    /// blank line or a line in error, and the problem met, if any (a bad `lang` is
    /// reported and the article still read).
    pub fn line(
        &mut self,
        line_no: usize,
        at: usize,
        line: &str,
    ) -> (Option<Document>, Option<IngestError>) {
        let fail = |message: String| IngestError {
            path: self.rel.clone(),
            line: Some(line_no),
            byte: Some(at),
            message,
        };
        let content = line.trim_start_matches('\u{feff}').trim();
        if content.is_empty() {
            return (None, None);
        }
        let article: JsonArticle = match serde_json::from_str(content) {
            Ok(a) => a,
            Err(e) => return (None, Some(fail(format!("malformed JSON: {e}")))),
        };
        let id = match article.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => return (None, Some(fail("missing or empty \"id\"".into()))),
        };
        let Some(body_text) = article.text.filter(|t| !t.trim().is_empty()) else {
            return (None, Some(fail(format!("article {id}: missing or empty \"text\""))));
        };
        if self.seen.contains(&id) {
            return (None, Some(fail(format!("duplicate id {id}"))));
        }
        let (lang, warning) = match article.lang.as_deref().map(str::parse) {
            Some(Ok(l)) => (Some(l), None),
            Some(Err(e)) => {
                (None, Some(fail(format!("article {id}: {e}; detecting the language instead"))))
            }
            None => (None, None),
        };
        let meta = Meta { title: article.title, date: article.date, source: article.source, lang };
        let doc = Document {
            id: format!("{}#{id}", self.rel),
            path: self.rel.clone(),
            body: Span::new(0, body_text.len()),
            // The whole record: a change of metadata (date, lang) changes the rows too.
            sha256: hex_sha256(content.as_bytes()),
            text: body_text,
            meta,
        };
        self.seen.insert(id);
        (Some(doc), warning)
    }
}

/// Splits off a front-matter block: `---` on the first line (after an optional BOM),
/// `key: value` lines, `---`. Returns the metadata and the body span.
///
/// ```
/// let text = "---\ntitle: Nvidia à Paris\ndate: 2025-06-11\n---\nNvidia investit.";
/// let (meta, body) = veille::ingest::front_matter(text);
/// assert_eq!(meta.date.as_deref(), Some("2025-06-11"));
/// assert_eq!(body.slice(text), "Nvidia investit.");
/// ```
pub fn front_matter(text: &str) -> (Meta, Span) {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let whole = Span::new(start, text.len());
    let rest = &text[start..];
    let mut lines = rest.split_inclusive('\n');
    match lines.next() {
        Some(first) if first.trim_end() == "---" => {}
        _ => return (Meta::default(), whole),
    }
    let mut meta = Meta::default();
    let mut offset = start + rest.split_inclusive('\n').next().map_or(0, str::len);
    for line in lines {
        offset += line.len();
        let t = line.trim();
        if t == "---" || t == "..." {
            return (meta, Span::new(offset, text.len()));
        }
        if let Some((key, value)) = t.split_once(':') {
            let value = value.trim().trim_matches('"').trim_matches('\'').trim().to_string();
            let value = (!value.is_empty()).then_some(value);
            match key.trim().to_ascii_lowercase().as_str() {
                "title" => meta.title = value,
                "date" => meta.date = value,
                "source" | "url" => meta.source = value,
                "lang" | "language" => meta.lang = value.and_then(|v| v.parse().ok()),
                _ => {}
            }
        }
    }
    // No closing line: not front matter after all.
    (Meta::default(), whole)
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The SHA-256 of `bytes` in lower-case hexadecimal.
pub fn hex_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
