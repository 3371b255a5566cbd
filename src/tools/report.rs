//! The visual report: one self-contained HTML page built from the tables a run wrote.
//!
//! [`write_report`] reads `documents.csv`, `sentences.csv`, `mentions.csv`,
//! `relations.csv`, `entities.csv` (and `facts.csv` when a run wrote one) from an
//! output folder and writes `report.html` beside them. The page shows every document
//! sentence by sentence, with each mention highlighted by kind; hovering a mention
//! shows its normalized value, canonical entity and ids, clicking it fills a details
//! panel; a facts table links every row to its sentence; checkboxes and a select
//! filter highlights and facts by kind and by entity.
//!
//! # Provenance
//!
//! Mentions are highlighted from their byte spans, never by searching their text: a
//! mention's `[start, end)` is shifted by its sentence's `start` and sliced out of the
//! sentence text. A span that falls outside its sentence, off a character boundary,
//! over an earlier mention, or that does not slice exactly the mention's text is not
//! highlighted and is counted in [`ReportStats::skipped`].
//!
//! # Safety
//!
//! Article text is untrusted. Every piece of data goes through [`escape_html`] (text
//! and attribute values alike); element ids and class names are generated, never
//! taken from data; data reaches the inline script only through `data-*` attributes
//! (lists as JSON, HTML-escaped), read with `dataset` and written with `textContent`.
//! The page carries a Content Security Policy that forbids any network access and
//! allows exactly one script: its own, by hash.
//!
//! ```
//! use veille::tools::report::{render, Tables, Document, Sentence, Mention};
//!
//! let text = "Nvidias Blackwell für 5 Mrd. €";
//! let tables = Tables {
//!     documents: vec![Document { id: "d".into(), ..Default::default() }],
//!     sentences: vec![Sentence {
//!         id: "d:s0".into(), doc_id: "d".into(), index: 0, start: 100, end: 100 + text.len(),
//!         text: text.into(),
//!     }],
//!     mentions: vec![Mention {
//!         id: "d:m0".into(), doc_id: "d".into(), sentence_id: "d:s0".into(), kind: "chip".into(),
//!         text: "Blackwell".into(), start: 108, end: 117, canonical: "Blackwell".into(),
//!         ..Default::default()
//!     }],
//!     ..Default::default()
//! };
//! let html = render(&tables);
//! assert!(html.contains(">Blackwell</mark>"));
//! ```

use crate::output::{Header, Table, DOCUMENTS, ENTITIES, FACTS, MENTIONS, RELATIONS, SENTENCES};
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The kinds that get their own colour and filter checkbox, in display order.
pub const KINDS: [&str; 5] = ["company", "chip", "money", "date", "percent"];

/// One row of `documents.csv`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// `doc_id`.
    pub id: String,
    /// Corpus-relative path of the file.
    pub path: String,
    /// Document language.
    pub lang: String,
    /// Title, when known.
    pub title: String,
    /// The document's own date, when known.
    pub date: String,
    /// Source (URL or outlet), when known.
    pub source: String,
}

/// One row of `sentences.csv`: the sentence's text and its byte span in the document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// `sentence_id`.
    pub id: String,
    /// The document.
    pub doc_id: String,
    /// 0-based position of the sentence in its document.
    pub index: usize,
    /// Byte offset of the sentence in the original file.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The sentence exactly as in the file (a `--spreadsheet-safe` quote undone).
    pub text: String,
}

/// One row of `mentions.csv` (the columns the report uses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mention {
    /// `mention_id`.
    pub id: String,
    /// The document.
    pub doc_id: String,
    /// The sentence holding the mention.
    pub sentence_id: String,
    /// company, chip, money, date or percent (any other kind shows as `other`).
    pub kind: String,
    /// The mention exactly as in the file (a `--spreadsheet-safe` quote undone).
    pub text: String,
    /// Byte offset of the mention in the original file.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// company/chip: canonical name.
    pub canonical: String,
    /// company/chip: gazetteer id; empty for pattern finds.
    pub entity_id: String,
    /// The normalized value.
    pub value: String,
    /// Upper bound of a range.
    pub value_to: String,
    /// money: currency; percent: `%` or `pp`.
    pub unit: String,
    /// The `qualifier` cell.
    pub qualifier: String,
    /// The `period` cell.
    pub period: String,
    /// The `mod` cell.
    pub mod_: String,
    /// The `method` cell.
    pub method: String,
}

/// One row of `entities.csv` (the columns the report uses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entity {
    /// `entity_id`.
    pub id: String,
    /// company or chip.
    pub kind: String,
    /// Canonical name.
    pub canonical: String,
}

/// One row of the facts table, whatever table it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fact {
    /// The fact's id (`fact_id`, `relation_id` or `id`); may be empty.
    pub id: String,
    /// The document; may be empty.
    pub doc_id: String,
    /// The sentence the fact was read from; empty when unknown.
    pub sentence_id: String,
    /// Cells shown, aligned with [`Facts::columns`].
    pub cells: Vec<String>,
    /// Mentions the fact joins (subject, object...), used for filtering and links.
    pub mention_ids: Vec<String>,
    /// Entities the fact names directly (beyond those of its mentions).
    pub entity_ids: Vec<String>,
}

/// The facts table: `facts.csv` when present, else the typed rows of `relations.csv`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// The file the facts were read from (shown on the page).
    pub source: String,
    /// Names of the columns shown.
    pub columns: Vec<String>,
    /// The facts, in table order.
    pub rows: Vec<Fact>,
}

/// Everything the page is built from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tables {
    /// Rows of `documents.csv`.
    pub documents: Vec<Document>,
    /// Rows of `sentences.csv`.
    pub sentences: Vec<Sentence>,
    /// Readable rows of `mentions.csv`.
    pub mentions: Vec<Mention>,
    /// Rows of `entities.csv`, if any.
    pub entities: Vec<Entity>,
    /// The facts table.
    pub facts: Facts,
    /// Rows of `mentions.csv` that could not be read (bad offsets); they count as skipped.
    pub unreadable_mentions: usize,
}

/// What a report shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReportStats {
    /// Documents shown.
    pub documents: usize,
    /// Sentences shown.
    pub sentences: usize,
    /// Mentions highlighted in their sentence.
    pub mentions: usize,
    /// Mentions not highlighted: span outside its sentence, off a character boundary,
    /// overlapping an earlier mention, not matching its text, unknown sentence, or
    /// unreadable row.
    pub skipped: usize,
    /// Rows of the facts table.
    pub facts: usize,
}

impl ReportStats {
    /// A one-line summary for the terminal.
    pub fn line(&self) -> String {
        let mut s = format!(
            "{} documents, {} sentences, {} mentions highlighted, {} facts",
            self.documents, self.sentences, self.mentions, self.facts
        );
        if self.skipped > 0 {
            let _ =
                write!(s, " ({} mentions skipped: span does not fit its sentence)", self.skipped);
        }
        s
    }
}

/// Reads the tables in `out_dir`, writes `out_dir/report.html` (atomically: a
/// temporary file renamed into place) and returns what it shows.
pub fn write_report(out_dir: &Path) -> Result<ReportStats> {
    let tables = Tables::load(out_dir)?;
    let (html, stats) = render_with_stats(&tables);
    let dest = out_dir.join("report.html");
    let tmp = out_dir.join(format!(".report.html.tmp-{}", std::process::id()));
    std::fs::write(&tmp, html).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &dest).with_context(|| format!("cannot replace {}", dest.display()))?;
    Ok(stats)
}

// ---------------------------------------------------------------------------
// Reading the tables
// ---------------------------------------------------------------------------

/// A CSV table read whole; its columns are looked up by name through its [`Header`].
struct Csv {
    header: Header,
    rows: Vec<Vec<String>>,
}

/// A column of a [`Csv`]: its position, when the file has it.
#[derive(Clone, Copy, Debug)]
struct Col(Option<usize>);

impl Col {
    /// The column's cell in `row`; empty when the file has no such column.
    fn of(self, row: &[String]) -> &str {
        self.0.and_then(|i| row.get(i)).map_or("", String::as_str)
    }
}

impl Csv {
    /// Reads `path`, a file meant to hold `table` (a table of any shape when `None`).
    fn read(path: &Path, table: Option<&'static Table>) -> Result<Csv> {
        let mut r = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let names = r.headers().with_context(|| format!("cannot read {}", path.display()))?;
        let file = path.display().to_string();
        let header = match table {
            Some(t) => Header::of(t, file, names),
            None => Header::new(file, names),
        };
        let mut rows = Vec::new();
        for (n, rec) in r.records().enumerate() {
            let rec = rec.with_context(|| format!("{}: row {}", path.display(), n + 2))?;
            rows.push(rec.iter().map(str::to_string).collect());
        }
        Ok(Csv { header, rows })
    }

    /// Reads `path` if it exists.
    fn read_optional(path: &Path, table: Option<&'static Table>) -> Result<Option<Csv>> {
        if path.exists() {
            Csv::read(path, table).map(Some)
        } else {
            Ok(None)
        }
    }

    /// A column the report needs: an error naming the file and the column when missing.
    fn require(&self, name: &str) -> Result<Col> {
        self.header.require(name).map(|i| Col(Some(i)))
    }

    /// Columns the report needs, all of them.
    fn require_all<const N: usize>(&self, names: [&str; N]) -> Result<[Col; N]> {
        Ok(self.header.require_all(names)?.map(|i| Col(Some(i))))
    }

    /// A column the report can do without: its cells read as empty when it is missing.
    fn optional(&self, name: &str) -> Col {
        Col(self.header.find(name))
    }

    /// The column names, in file order.
    fn columns(&self) -> &[String] {
        self.header.names()
    }
}

/// Undoes `--spreadsheet-safe` on a cell whose exact length is known: a leading `'`
/// that makes the cell one byte longer than its span was added by the writer.
fn unguard(cell: &str, span_len: usize) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if cell.len() != span_len && rest.len() == span_len => rest,
        _ => cell,
    }
}

impl Tables {
    /// Reads the tables a run wrote into `dir`. `documents.csv`, `sentences.csv` and
    /// `mentions.csv` are required; `relations.csv`, `entities.csv` and `facts.csv`
    /// are read when present. Columns are found by name; a table without a column the
    /// report cannot do without (ids, spans, the sentence text) is an error naming the
    /// file and the column, other missing columns read as empty.
    pub fn load(dir: &Path) -> Result<Tables> {
        let path = |t: &Table| -> PathBuf { dir.join(t.file_name()) };
        let documents = read_documents(&Csv::read(&path(&DOCUMENTS), Some(&DOCUMENTS))?)?;
        let sentences = read_sentences(&Csv::read(&path(&SENTENCES), Some(&SENTENCES))?)?;
        let (mentions, unreadable_mentions) =
            read_mentions(&Csv::read(&path(&MENTIONS), Some(&MENTIONS))?)?;
        let entities = match Csv::read_optional(&path(&ENTITIES), Some(&ENTITIES))? {
            Some(t) => read_entities(&t)?,
            None => Vec::new(),
        };
        let facts = match Csv::read_optional(&path(&FACTS), None)? {
            Some(t) => facts_from_table(&t, "facts.csv"),
            None => facts_from_relations(
                Csv::read_optional(&path(&RELATIONS), Some(&RELATIONS))?.as_ref(),
            )?,
        };
        Ok(Tables { documents, sentences, mentions, entities, facts, unreadable_mentions })
    }
}

/// The rows of `documents.csv`.
fn read_documents(t: &Csv) -> Result<Vec<Document>> {
    let id = t.require("doc_id")?;
    let [path, lang, title, date, source] =
        ["path", "lang", "title", "date", "source"].map(|c| t.optional(c));
    Ok(t.rows
        .iter()
        .map(|r| Document {
            id: id.of(r).to_string(),
            path: path.of(r).to_string(),
            lang: lang.of(r).to_string(),
            title: title.of(r).to_string(),
            date: date.of(r).to_string(),
            source: source.of(r).to_string(),
        })
        .collect())
}

/// The rows of `sentences.csv`, their text as in the document.
fn read_sentences(t: &Csv) -> Result<Vec<Sentence>> {
    let [id, doc_id, start_col, end_col, text_col] =
        t.require_all(["sentence_id", "doc_id", "start", "end", "text"])?;
    let index = t.optional("index");
    let mut sentences = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        let start: usize = start_col.of(r).parse().unwrap_or(0);
        let end: usize = end_col.of(r).parse().unwrap_or(start);
        sentences.push(Sentence {
            id: id.of(r).to_string(),
            doc_id: doc_id.of(r).to_string(),
            index: index.of(r).parse().unwrap_or(n),
            start,
            end,
            text: unguard(text_col.of(r), end.saturating_sub(start)).to_string(),
        });
    }
    Ok(sentences)
}

/// The rows of `mentions.csv`, and the number of rows whose span cannot be read.
fn read_mentions(t: &Csv) -> Result<(Vec<Mention>, usize)> {
    let [id, sentence_id, kind, start_col, end_col] =
        t.require_all(["mention_id", "sentence_id", "kind", "start", "end"])?;
    let [doc_id, text, canonical, entity_id, value, value_to, unit, qualifier, period, mod_, method] =
        [
            "doc_id",
            "text",
            "canonical",
            "entity_id",
            "value",
            "value_to",
            "unit",
            "qualifier",
            "period",
            "mod",
            "method",
        ]
        .map(|c| t.optional(c));
    let mut mentions = Vec::with_capacity(t.rows.len());
    let mut unreadable = 0;
    for r in &t.rows {
        let (Ok(start), Ok(end)) =
            (start_col.of(r).parse::<usize>(), end_col.of(r).parse::<usize>())
        else {
            unreadable += 1;
            continue;
        };
        let g = |c: Col| c.of(r).to_string();
        mentions.push(Mention {
            id: g(id),
            doc_id: g(doc_id),
            sentence_id: g(sentence_id),
            kind: g(kind),
            text: unguard(text.of(r), end.saturating_sub(start)).to_string(),
            start,
            end,
            canonical: g(canonical),
            entity_id: g(entity_id),
            value: g(value),
            value_to: g(value_to),
            unit: g(unit),
            qualifier: g(qualifier),
            period: g(period),
            mod_: g(mod_),
            method: g(method),
        });
    }
    Ok((mentions, unreadable))
}

/// The rows of `entities.csv`.
fn read_entities(t: &Csv) -> Result<Vec<Entity>> {
    let id = t.require("entity_id")?;
    let (kind, canonical) = (t.optional("kind"), t.optional("canonical"));
    Ok(t.rows
        .iter()
        .map(|r| Entity {
            id: id.of(r).to_string(),
            kind: kind.of(r).to_string(),
            canonical: canonical.of(r).to_string(),
        })
        .collect())
}

/// Typed relations (every type but `cooccurs`) as facts; no facts without a
/// `relations.csv`.
fn facts_from_relations(rel: Option<&Csv>) -> Result<Facts> {
    let columns = ["type", "subject", "object", "trigger", "method", "confidence"];
    let mut facts = Facts {
        source: RELATIONS.file_name(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows: Vec::new(),
    };
    let Some(rel) = rel else { return Ok(facts) };
    let kind = rel.require("type")?;
    let [id, doc_id, sentence_id, subject_id, object_id] =
        ["relation_id", "doc_id", "sentence_id", "subject_id", "object_id"]
            .map(|c| rel.optional(c));
    let shown = columns.map(|c| rel.optional(c));
    facts.rows = rel
        .rows
        .iter()
        .filter(|r| {
            let t = kind.of(r);
            !t.is_empty() && t != "cooccurs"
        })
        .map(|r| Fact {
            id: id.of(r).to_string(),
            doc_id: doc_id.of(r).to_string(),
            sentence_id: sentence_id.of(r).to_string(),
            cells: shown.iter().map(|c| c.of(r).to_string()).collect(),
            mention_ids: [subject_id, object_id]
                .iter()
                .map(|c| c.of(r).to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            entity_ids: Vec::new(),
        })
        .collect();
    Ok(facts)
}

/// A facts table of any shape: every column is shown; `sentence_id`, mention-id
/// columns (`subject_id`, `object_id`, `*mention_id*`) and entity-id columns
/// (`*entity_id*`) are recognized by name.
fn facts_from_table(t: &Csv, source: &str) -> Facts {
    let columns = t.columns();
    let is_mention_col =
        |c: &str| c == "subject_id" || c == "object_id" || c.contains("mention_id");
    let is_entity_col = |c: &str| c.contains("entity_id");
    let shown: Vec<usize> = (0..columns.len()).filter(|&i| columns[i] != "doc_id").collect();
    let id_cols = ["fact_id", "relation_id", "id"].map(|c| t.optional(c));
    let (doc_id, sentence_id) = (t.optional("doc_id"), t.optional("sentence_id"));
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let cell = |i: usize| r.get(i).map_or("", String::as_str);
            let ids_in = |pred: &dyn Fn(&str) -> bool| -> Vec<String> {
                (0..columns.len())
                    .filter(|&i| pred(&columns[i]))
                    .flat_map(|i| {
                        cell(i).split([' ', ';', '|']).map(str::to_string).collect::<Vec<_>>()
                    })
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            let id = id_cols.iter().map(|c| c.of(r)).find(|s| !s.is_empty()).unwrap_or("");
            Fact {
                id: id.to_string(),
                doc_id: doc_id.of(r).to_string(),
                sentence_id: sentence_id.of(r).to_string(),
                cells: shown.iter().map(|&i| cell(i).to_string()).collect(),
                mention_ids: ids_in(&is_mention_col),
                entity_ids: ids_in(&is_entity_col),
            }
        })
        .collect();
    Facts {
        source: source.into(),
        columns: shown.iter().map(|&i| columns[i].clone()).collect(),
        rows,
    }
}

// ---------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------

/// Escapes `&`, `<`, `>`, `"` and `'` so that `s` is safe both as HTML text and as a
/// quoted attribute value.
///
/// ```
/// use veille::tools::report::escape_html;
/// assert_eq!(escape_html(r#"<img src=x onerror="a('b')">&"#),
///            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
/// assert_eq!(escape_html("Nvidia"), "Nvidia");
/// ```
pub fn escape_html(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A list of strings as a JSON array, ready for a quoted attribute value.
fn json_attr(items: &[String]) -> String {
    let json = serde_json::to_string(items).unwrap_or_else(|_| "[]".to_string());
    escape_html(&json).into_owned()
}

/// Standard base64 (for the script hash in the Content Security Policy).
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

/// The CSS class of a kind: one of [`KINDS`] or `other`; never data.
fn kind_class(kind: &str) -> &'static str {
    KINDS.iter().find(|k| **k == kind).copied().unwrap_or("other")
}

/// The key a mention is filtered by: its entity id, else (for names the gazetteer does
/// not list) `=` and its canonical name; empty for amounts, dates and percentages.
fn entity_key(m: &Mention) -> String {
    if !m.entity_id.is_empty() {
        m.entity_id.clone()
    } else if matches!(m.kind.as_str(), "company" | "chip") && !m.canonical.is_empty() {
        format!("={}", m.canonical)
    } else {
        String::new()
    }
}

/// The normalized value of a mention as people read it.
fn display_value(m: &Mention) -> String {
    let mut v = m.value.clone();
    if !m.value_to.is_empty() {
        let _ = write!(v, " – {}", m.value_to);
    }
    match m.kind.as_str() {
        "percent" if m.unit == "%" => v.push('%'),
        _ if !m.unit.is_empty() => {
            let _ = write!(v, " {}", m.unit);
        }
        _ => {}
    }
    if v.is_empty() && matches!(m.kind.as_str(), "company" | "chip") {
        v = m.canonical.clone();
    }
    v
}

/// Where a mention ended up.
struct Placed {
    /// `m-N` anchor of the highlighted mention.
    anchor: usize,
}

/// How the rows of the tables hang together: documents, their sentences, the
/// sentences' mentions.
struct Layout<'t> {
    /// Documents in table order, then any document only the sentences name.
    doc_order: Vec<&'t str>,
    doc_meta: HashMap<&'t str, &'t Document>,
    /// Rows of the sentences of each document, in sentence order.
    doc_sentences: HashMap<&'t str, Vec<usize>>,
    /// Sentence anchors (`s-N`, N = row of sentences.csv) by sentence id.
    sentence_anchor: HashMap<&'t str, usize>,
    /// Rows of the mentions of each sentence, by sentence anchor.
    sentence_mentions: HashMap<usize, Vec<usize>>,
    /// Entity names for the filter and the details.
    canonical_of: HashMap<&'t str, &'t str>,
}

impl<'t> Layout<'t> {
    /// Lays out the tables; mentions of an unknown sentence count as skipped.
    fn new(tables: &'t Tables, stats: &mut ReportStats) -> Layout<'t> {
        // Documents in table order, then any document only the sentences name.
        let mut doc_order: Vec<&str> = Vec::new();
        let mut doc_meta: HashMap<&str, &Document> = HashMap::new();
        for d in &tables.documents {
            if doc_meta.insert(d.id.as_str(), d).is_none() {
                doc_order.push(&d.id);
            }
        }
        let mut doc_sentences: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, s) in tables.sentences.iter().enumerate() {
            if !doc_meta.contains_key(s.doc_id.as_str())
                && !doc_sentences.contains_key(s.doc_id.as_str())
            {
                doc_order.push(&s.doc_id);
            }
            doc_sentences.entry(&s.doc_id).or_default().push(i);
        }
        for list in doc_sentences.values_mut() {
            list.sort_by_key(|&i| (tables.sentences[i].index, i));
        }

        // Sentence anchors (`s-N`, N = row of sentences.csv) and their mentions.
        let mut sentence_anchor: HashMap<&str, usize> = HashMap::new();
        for (i, s) in tables.sentences.iter().enumerate() {
            sentence_anchor.entry(s.id.as_str()).or_insert(i);
        }
        let mut sentence_mentions: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, m) in tables.mentions.iter().enumerate() {
            match sentence_anchor.get(m.sentence_id.as_str()) {
                Some(&s) => sentence_mentions.entry(s).or_default().push(i),
                None => stats.skipped += 1,
            }
        }

        // Entity names for the filter and the details.
        let mut canonical_of: HashMap<&str, &str> = HashMap::new();
        for e in &tables.entities {
            canonical_of.entry(&e.id).or_insert(&e.canonical);
        }
        Layout {
            doc_order,
            doc_meta,
            doc_sentences,
            sentence_anchor,
            sentence_mentions,
            canonical_of,
        }
    }
}

/// The documents section of the page, sentence by sentence with their mentions
/// highlighted, and what the highlights are for the facts and the filters.
#[derive(Default)]
struct Highlights<'t> {
    html: String,
    /// Highlighted mentions by id.
    placed: HashMap<&'t str, Placed>,
    /// Highlighted mentions by kind class.
    kind_counts: BTreeMap<&'static str, usize>,
    /// entity key → (label, kind, highlighted mentions)
    entity_options: BTreeMap<String, (String, String, usize)>,
}

impl<'t> Highlights<'t> {
    /// Renders every document of the layout.
    fn render(tables: &'t Tables, layout: &Layout<'t>, stats: &mut ReportStats) -> Highlights<'t> {
        let mut h = Highlights::default();
        for (d_n, doc_id) in layout.doc_order.iter().enumerate() {
            stats.documents += 1;
            h.document_head(d_n, doc_id, layout.doc_meta.get(doc_id).copied());
            let list = layout.doc_sentences.get(doc_id).map(Vec::as_slice).unwrap_or(&[]);
            for &s_n in list {
                stats.sentences += 1;
                h.sentence(tables, layout, s_n, stats);
            }
            h.html.push_str("</section>\n");
        }
        h
    }

    /// Opens a document's section: its title and metadata.
    fn document_head(&mut self, d_n: usize, doc_id: &str, meta: Option<&Document>) {
        let out = &mut self.html;
        let title = meta.map(|d| d.title.as_str()).filter(|t| !t.is_empty()).unwrap_or(doc_id);
        let _ = write!(
            out,
            "<section class=\"doc\" id=\"d-{d_n}\" data-doc=\"{}\">",
            escape_html(doc_id)
        );
        let _ = write!(out, "<h3>{}</h3><p class=\"meta\">", escape_html(title));
        if title != doc_id {
            let _ = write!(out, "<code>{}</code> · ", escape_html(doc_id));
        }
        if let Some(d) = meta {
            for (label, v) in [("lang", &d.lang), ("date", &d.date), ("source", &d.source)] {
                if !v.is_empty() {
                    let _ = write!(out, "{label} <span>{}</span> ", escape_html(v));
                }
            }
        }
        out.push_str("</p>");
    }

    /// One sentence (row `s_n` of sentences.csv) with its mentions highlighted from
    /// their spans; a span that does not fit is skipped (see the module docs).
    fn sentence(
        &mut self,
        tables: &'t Tables,
        layout: &Layout<'t>,
        s_n: usize,
        stats: &mut ReportStats,
    ) {
        let s = &tables.sentences[s_n];
        let _ = write!(
            self.html,
            "<p class=\"s\" id=\"s-{s_n}\" data-sid=\"{}\"><a class=\"sn\" href=\"#s-{s_n}\" title=\"{}\">{}</a> ",
            escape_html(&s.id),
            escape_html(&s.id),
            s.index
        );
        let mut ms: Vec<usize> = layout.sentence_mentions.get(&s_n).cloned().unwrap_or_default();
        ms.sort_by_key(|&i| (tables.mentions[i].start, tables.mentions[i].end, i));
        let text = s.text.as_str();
        let mut cursor = 0;
        for i in ms {
            let m = &tables.mentions[i];
            let fits =
                m.start.checked_sub(s.start).zip(m.end.checked_sub(s.start)).filter(|&(a, b)| {
                    a >= cursor
                        && a < b
                        && b <= text.len()
                        && text.is_char_boundary(a)
                        && text.is_char_boundary(b)
                        && (m.text.is_empty() || text.get(a..b) == Some(m.text.as_str()))
                });
            let Some((a, b)) = fits else {
                stats.skipped += 1;
                continue;
            };
            self.html.push_str(&escape_html(&text[cursor..a]));
            let anchor = stats.mentions;
            stats.mentions += 1;
            self.mark(m, &s.id, &text[a..b], anchor, layout);
            cursor = b;
        }
        self.html.push_str(&escape_html(&text[cursor..]));
        self.html.push_str("</p>");
    }

    /// The highlight of mention `m` (its text `surface`, anchor `m-{anchor}`), with
    /// its normalized value, canonical entity and ids in `data-*` attributes.
    fn mark(&mut self, m: &'t Mention, sid: &str, surface: &str, anchor: usize, layout: &Layout) {
        let kc = kind_class(&m.kind);
        *self.kind_counts.entry(kc).or_default() += 1;
        let key = entity_key(m);
        let canonical =
            layout.canonical_of.get(m.entity_id.as_str()).copied().unwrap_or(&m.canonical);
        if !key.is_empty() {
            let label = if canonical.is_empty() { key.clone() } else { canonical.to_string() };
            self.entity_options.entry(key.clone()).or_insert((label, m.kind.clone(), 0)).2 += 1;
        }
        let value = display_value(m);
        let mut tip = format!("{}: {}", m.kind, value);
        if !canonical.is_empty() && canonical != value {
            let _ = write!(tip, "\ncanonical: {canonical}");
        }
        if !m.entity_id.is_empty() {
            let _ = write!(tip, "\nentity: {}", m.entity_id);
        }
        let _ = write!(tip, "\nmention: {}", m.id);
        let _ = write!(
            self.html,
            "<mark class=\"m k-{kc}\" id=\"m-{anchor}\" tabindex=\"0\" title=\"{}\" data-kind=\"{}\" data-id=\"{}\" \
             data-ent=\"{}\" data-entity=\"{}\" data-canonical=\"{}\" data-value=\"{}\" data-qualifier=\"{}\" \
             data-period=\"{}\" data-mod=\"{}\" data-method=\"{}\" data-sentence=\"{}\">{}</mark>",
            escape_html(&tip),
            escape_html(&m.kind),
            escape_html(&m.id),
            escape_html(&key),
            escape_html(&m.entity_id),
            escape_html(canonical),
            escape_html(&value),
            escape_html(&m.qualifier),
            escape_html(&m.period),
            escape_html(&m.mod_),
            escape_html(&m.method),
            escape_html(sid),
            escape_html(surface),
        );
        self.placed.insert(m.id.as_str(), Placed { anchor });
    }
}

/// The rows of the facts table, each linked to its sentence and, for facts read from
/// relations, its subject and object to their highlights.
fn render_facts(
    tables: &Tables,
    layout: &Layout,
    highlights: &Highlights,
    stats: &mut ReportStats,
) -> String {
    let mention_by_id: HashMap<&str, &Mention> =
        tables.mentions.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut facts_html = String::new();
    for f in &tables.facts.rows {
        stats.facts += 1;
        let mut kinds: Vec<String> = Vec::new();
        let mut ents: Vec<String> = f.entity_ids.clone();
        let mut sentence_id = f.sentence_id.as_str();
        for mid in &f.mention_ids {
            if let Some(m) = mention_by_id.get(mid.as_str()) {
                if !kinds.contains(&m.kind) {
                    kinds.push(m.kind.clone());
                }
                let key = entity_key(m);
                if !key.is_empty() && !ents.contains(&key) {
                    ents.push(key);
                }
                if sentence_id.is_empty() {
                    sentence_id = &m.sentence_id;
                }
            }
        }
        let _ = write!(
            facts_html,
            "<tr class=\"f\" data-id=\"{}\" data-kinds=\"{}\" data-ents=\"{}\"><td>",
            escape_html(&f.id),
            json_attr(&kinds),
            json_attr(&ents)
        );
        match layout.sentence_anchor.get(sentence_id) {
            Some(&s_n) => {
                let _ = write!(
                    facts_html,
                    "<a href=\"#s-{s_n}\" title=\"{}\">{}</a>",
                    escape_html(sentence_id),
                    escape_html(sentence_id)
                );
            }
            None => facts_html.push_str(&escape_html(sentence_id)),
        }
        facts_html.push_str("</td>");
        fact_cells(&tables.facts, f, highlights, &mut facts_html);
        facts_html.push_str("</tr>\n");
    }
    facts_html
}

/// The shown cells of a fact; subject and object cells link to their highlighted
/// mention when the facts come from `relations.csv`.
fn fact_cells(facts: &Facts, f: &Fact, highlights: &Highlights, out: &mut String) {
    for (c, cell) in f.cells.iter().enumerate() {
        let column = facts.columns.get(c).map_or("", String::as_str);
        let mention = match column {
            "subject" => f.mention_ids.first(),
            "object" => f.mention_ids.get(1),
            _ => None,
        };
        match mention.and_then(|id| highlights.placed.get(id.as_str())) {
            Some(p) if facts.source == "relations.csv" => {
                let _ =
                    write!(out, "<td><a href=\"#m-{}\">{}</a></td>", p.anchor, escape_html(cell));
            }
            _ => {
                let _ = write!(out, "<td>{}</td>", escape_html(cell));
            }
        }
    }
}

/// The filters: a checkbox per kind with its count, and the options of the entity
/// select (by label, case ignored).
fn render_filters(highlights: &Highlights) -> (String, String) {
    let mut filters = String::new();
    for k in KINDS {
        let _ = write!(
            filters,
            "<label class=\"kf\"><input type=\"checkbox\" class=\"kind\" value=\"{k}\" checked> <span class=\"sw k-{k}\">{k}</span> <small>{}</small></label>",
            highlights.kind_counts.get(k).copied().unwrap_or(0)
        );
    }
    let mut options = String::from("<option value=\"\">all entities</option>");
    let mut sorted: Vec<(&String, &(String, String, usize))> =
        highlights.entity_options.iter().collect();
    sorted.sort_by(|a, b| (a.1 .0.to_lowercase(), a.0).cmp(&(b.1 .0.to_lowercase(), b.0)));
    for (key, (label, kind, count)) in sorted {
        let _ = write!(
            options,
            "<option value=\"{}\">{} ({}, {})</option>",
            escape_html(key),
            escape_html(label),
            escape_html(kind),
            count
        );
    }
    (filters, options)
}

/// The page and what it shows. [`render`] keeps only the page.
pub fn render_with_stats(tables: &Tables) -> (String, ReportStats) {
    let mut stats = ReportStats { skipped: tables.unreadable_mentions, ..Default::default() };
    let layout = Layout::new(tables, &mut stats);
    let highlights = Highlights::render(tables, &layout, &mut stats);
    let facts_html = render_facts(tables, &layout, &highlights, &mut stats);
    let (filters, options) = render_filters(&highlights);
    let docs_html = &highlights.html;

    let mut fact_head = String::from("<th>sentence</th>");
    for c in &tables.facts.columns {
        let _ = write!(fact_head, "<th>{}</th>", escape_html(c));
    }

    let script_hash = base64(&Sha256::digest(SCRIPT.as_bytes()));
    let mut html = String::with_capacity(docs_html.len() + facts_html.len() + 8192);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; \
         script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>veille report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>veille report</h1><p class=\"stats\">{}</p></header>\n\
         <nav id=\"filters\"><div class=\"kinds\">{filters}</div>\
         <label>entity <select id=\"entity\">{options}</select></label> \
         <label><input type=\"checkbox\" id=\"only\"> only sentences with a shown mention</label> \
         <span id=\"shown\"></span></nav>\n\
         <aside id=\"details\" hidden><button type=\"button\" id=\"close\" title=\"close\">×</button>\
         <h2>mention</h2><dl id=\"dl\"></dl></aside>\n<main>\n\
         <h2 id=\"facts\">Facts <small>from {}</small></h2>\n\
         <table id=\"facts-table\"><thead><tr>{fact_head}</tr></thead><tbody>\n{facts_html}</tbody></table>\n\
         <h2 id=\"documents\">Documents</h2>\n{docs_html}</main>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n",
        escape_html(&stats.line()),
        escape_html(&tables.facts.source),
    );
    (html, stats)
}

/// Renders the tables as one self-contained HTML page (see the module docs).
pub fn render(tables: &Tables) -> String {
    render_with_stats(tables).0
}

const STYLE: &str = r#"
:root{--company:#cfe2ff;--company-b:#1f5fbf;--chip:#e6d4ff;--chip-b:#7442c8;--money:#cdf2d4;--money-b:#1e8a3a;
--date:#ffe2bf;--date-b:#c76a00;--percent:#ffd3de;--percent-b:#c0325a;--other:#e4e4e4;--other-b:#666}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:.6em 1.2em;background:#23272e;color:#fff}header h1{margin:0;font-size:1.3em}
.stats{margin:.2em 0 0;opacity:.85}
nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;padding:.5em 1.2em;display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:center}
.kinds{display:flex;gap:.8em;flex-wrap:wrap}
main{padding:0 1.2em 3em;max-width:70em}
.doc{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:.4em 1em;margin:1em 0}
.doc h3{margin:.4em 0 0}.meta{color:#555;font-size:.85em;margin:.2em 0 .6em;overflow-wrap:anywhere}
.s{margin:.35em 0;white-space:pre-wrap;overflow-wrap:anywhere}
.s:target{background:#fff7c2;outline:2px solid #e0c200}
.sn{color:#999;font-size:.75em;text-decoration:none;margin-right:.3em}
mark.m{cursor:pointer;border-radius:3px;padding:0 .1em;border-bottom:2px solid;color:inherit}
mark.m:focus,mark.m.sel{outline:2px solid #222}
mark.m:target{outline:2px solid #e0c200}
mark.m.off{background:none;border-bottom-color:transparent;cursor:auto}
.sw{padding:0 .3em;border-radius:3px;border-bottom:2px solid}
.k-company{background:var(--company);border-color:var(--company-b)}
.k-chip{background:var(--chip);border-color:var(--chip-b)}
.k-money{background:var(--money);border-color:var(--money-b)}
.k-date{background:var(--date);border-color:var(--date-b)}
.k-percent{background:var(--percent);border-color:var(--percent-b)}
.k-other{background:var(--other);border-color:var(--other-b)}
table{border-collapse:collapse;background:#fff;font-size:.9em;width:100%}
th,td{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:#f0f0f0;white-space:nowrap}
td:first-child{word-break:break-all;font-size:.9em}
aside{position:fixed;right:1em;bottom:1em;z-index:3;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.15);padding:.5em 1em;max-width:28em}
aside h2{margin:.1em 0;font-size:1em}aside dl{display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:.3em 0}
aside dt{color:#666}aside dd{margin:0;overflow-wrap:anywhere}
#close{float:right;border:none;background:none;font-size:1.3em;cursor:pointer}
[hidden]{display:none!important}
"#;

/// The page's only script. It reads data from `data-*` attributes and writes with
/// `textContent`; it never builds markup or code from data.
const SCRIPT: &str = r#"
(function () {
  "use strict";
  var body = document.body;
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.m"));
  var facts = Array.prototype.slice.call(document.querySelectorAll("tr.f"));
  var sentences = Array.prototype.slice.call(document.querySelectorAll("p.s"));
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input.kind"));
  var entity = document.getElementById("entity");
  var only = document.getElementById("only");
  var shown = document.getElementById("shown");
  var details = document.getElementById("details");
  var dl = document.getElementById("dl");
  function list(s) { try { var v = JSON.parse(s || "[]"); return Array.isArray(v) ? v : []; } catch (e) { return []; } }
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var ent = entity.value;
    var n = 0;
    marks.forEach(function (m) {
      var show = on[m.dataset.kind] !== false && (ent === "" || m.dataset.ent === ent);
      m.classList.toggle("off", !show);
      if (show) { n++; }
    });
    var f = 0;
    facts.forEach(function (tr) {
      var kinds = list(tr.dataset.kinds), ents = list(tr.dataset.ents);
      var show = kinds.every(function (k) { return on[k] !== false; }) && (ent === "" || ents.indexOf(ent) >= 0);
      tr.hidden = !show;
      if (show) { f++; }
    });
    sentences.forEach(function (s) {
      s.hidden = only.checked && !s.querySelector("mark.m:not(.off)");
    });
    docs.forEach(function (d) {
      d.hidden = only.checked && !d.querySelector("p.s:not([hidden])");
    });
    shown.textContent = n + " of " + marks.length + " mentions, " + f + " of " + facts.length + " facts shown";
  }
  function row(label, value) {
    if (!value) { return; }
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = label; dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function select(m) {
    marks.forEach(function (x) { x.classList.remove("sel"); });
    m.classList.add("sel");
    while (dl.firstChild) { dl.removeChild(dl.firstChild); }
    var d = m.dataset;
    row("text", m.textContent);
    row("kind", d.kind);
    row("value", d.value);
    row("canonical", d.canonical);
    row("entity id", d.entity);
    row("mention id", d.id);
    row("sentence", d.sentence);
    row("qualifier", d.qualifier);
    row("period", d.period);
    row("mod", d.mod);
    row("method", d.method);
    details.hidden = false;
  }
  document.addEventListener("click", function (e) {
    var m = e.target.closest ? e.target.closest("mark.m") : null;
    if (m && !m.classList.contains("off")) { select(m); }
  });
  document.addEventListener("keydown", function (e) {
    var m = document.activeElement;
    if (e.key === "Enter" && m && m.matches && m.matches("mark.m")) { select(m); }
    if (e.key === "Escape") { details.hidden = true; }
  });
  document.getElementById("close").addEventListener("click", function () { details.hidden = true; });
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  entity.addEventListener("change", apply);
  only.addEventListener("change", apply);
  apply();
  body.dataset.mentions = String(marks.length);
  body.dataset.ready = "1";
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_vectors() {
        for (input, want) in
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(base64(input.as_bytes()), want, "{input}");
        }
    }

    #[test]
    fn unguard_strips_only_the_writers_quote() {
        assert_eq!(unguard("'=SUM(A1)", 8), "=SUM(A1)");
        assert_eq!(unguard("'quoted'", 8), "'quoted'");
    }
}
