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
    discover_excluding(root, None)
}

/// [`discover`], leaving out the folder `exclude` (given canonical), e.g. the output
/// folder when it lies inside the corpus: its tables are not articles.
pub fn discover_excluding(root: &Path, exclude: Option<&Path>) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(ex) = exclude {
        seen.insert(ex.to_path_buf());
    }
    walk(root, &mut files, &mut seen)?;
    files.sort_by_key(|p| relative_path(root, p));
    Ok(files)
}

/// Walks `dir` recursively; `seen` holds the canonical folders already walked (and the
/// one excluded), so that a symbolic link back up the tree is not followed forever.
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

/// The corpus-relative path with `/` separators: a document's id. A file name that is
/// not UTF-8 has each byte that is not part of a UTF-8 character written `%XX` (upper-case
/// hex), and a `%` that two hex digits follow is written `%25`, so that two files never
/// share an id and [`decode_path`] gives the file's bytes back. Other names are kept as
/// they are.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| encode_name(c.as_os_str())).collect::<Vec<_>>().join("/")
}

#[cfg(unix)]
fn encode_name(name: &std::ffi::OsStr) -> String {
    encode_bytes(std::os::unix::ffi::OsStrExt::as_bytes(name))
}

#[cfg(not(unix))]
fn encode_name(name: &std::ffi::OsStr) -> String {
    encode_bytes(name.to_string_lossy().as_bytes())
}

/// A file name's bytes as text, as [`relative_path`] writes them.
///
/// ```
/// use veille::ingest::{decode_path, encode_bytes};
/// assert_eq!(encode_bytes(b"a\xff.txt"), "a%FF.txt");
/// assert_eq!(encode_bytes(b"50%.txt"), "50%.txt");
/// assert_eq!(encode_bytes(b"a%ff.txt"), "a%25ff.txt");
/// assert_eq!(decode_path("a%25ff.txt"), b"a%ff.txt");
/// ```
pub fn encode_bytes(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len());
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        for (i, c) in chunk.valid().char_indices() {
            let next = bytes.get(at + i + 1..at + i + 3);
            if c == '%' && next.is_some_and(|n| n.iter().all(u8::is_ascii_hexdigit)) {
                out.push_str("%25");
            } else {
                out.push(c);
            }
        }
        at += chunk.valid().len();
        for b in chunk.invalid() {
            let _ = write!(out, "%{b:02X}");
        }
        at += chunk.invalid().len();
    }
    out
}

/// The bytes of the path a document id names (the inverse of [`encode_bytes`]): each
/// `%` followed by two hex digits is that byte.
pub fn decode_path(id: &str) -> Vec<u8> {
    let b = id.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let hex = b.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
        match hex.and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()) {
            Some(byte) if c == b'%' => {
                out.push(byte);
                i += 3;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Reads one corpus file into documents (several for JSON Lines), with the errors met.
/// Only regular files (or symbolic links to them) are read: a named pipe, socket or
/// device gets an error and is never opened, so it cannot block the run.
pub fn read_file(root: &Path, path: &Path) -> (Vec<Document>, Vec<IngestError>) {
    let rel = relative_path(root, path);
    match read_regular(path) {
        Ok(bytes) => parse_bytes(&rel, bytes),
        Err(message) => {
            (Vec::new(), vec![IngestError { path: rel, line: None, byte: None, message }])
        }
    }
}

/// The bytes of `path` if it is a regular file.
fn read_regular(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let not_regular = |meta: &std::fs::Metadata| {
        (!meta.is_file()).then(|| format!("not a regular file ({}): skipped", file_kind(meta)))
    };
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if let Some(message) = not_regular(&meta) {
        return Err(message);
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Should the file be swapped for a named pipe after the check, opening it does not
    // wait for a writer; the check below then refuses it.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let mut file = options.open(path).map_err(|e| format!("cannot read: {e}"))?;
    let meta = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    if let Some(message) = not_regular(&meta) {
        return Err(message);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
    Ok(bytes)
}

/// What kind of file `meta` describes, in words.
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let ft = meta.file_type();
        if ft.is_fifo() {
            return "named pipe";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "device";
        }
    }
    if meta.is_dir() {
        "folder"
    } else {
        "special file"
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
    if let Some(message) = unsupported_encoding(&bytes) {
        return (Vec::new(), vec![err(Some(1), Some(0), message.into())]);
    }
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

/// A message naming the encoding of a UTF-16 or UTF-32 file (told by its byte-order
/// mark, or for UTF-16 without one by NUL bytes at every other place of an ASCII
/// text): veille reads UTF-8 only, so that every span slices the file's own bytes.
fn unsupported_encoding(bytes: &[u8]) -> Option<&'static str> {
    const UTF32: &str = "UTF-32 text: convert it to UTF-8 (e.g. iconv -f UTF-32 -t UTF-8)";
    const UTF16: &str = "UTF-16 text: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)";
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Some(UTF32);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Some(UTF16);
    }
    // No mark: ASCII letters, each beside a NUL, on one side throughout the start.
    let head = &bytes[..bytes.len().min(64) & !1];
    let nul_at = |side: usize| head.chunks(2).all(|p| p[side] == 0 && p[1 - side] != 0);
    (head.len() >= 4 && (nul_at(0) || nul_at(1))).then_some(UTF16)
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The SHA-256 of `bytes` in lower-case hexadecimal.
pub fn hex_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
