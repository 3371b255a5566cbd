//! Writing the tables: CSV files written to temporary names in the output folder and
//! renamed over the old tables only once every table is complete, so an interrupted
//! or failed run leaves the previous tables intact.

use crate::ingest::IngestError;
use crate::mention::{Kind, Mention};
use crate::pipeline::Analysis;
use crate::resources::Resources;
use crate::span::LineIndex;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, IsTerminal};
use std::path::{Path, PathBuf};

/// How cells are written.
#[derive(Clone, Debug, Default)]
pub struct OutputOptions {
    /// Neutralize cells a spreadsheet would run as a formula (OWASP CSV injection advice).
    pub spreadsheet_safe: bool,
}

pub const DOCUMENTS_HEADER: [&str; 10] =
    ["doc_id", "path", "lang", "title", "date", "source", "bytes", "sentences", "tokens", "sha256"];
pub const SENTENCES_HEADER: [&str; 9] = ["sentence_id", "doc_id", "index", "start", "end", "line", "column", "lang", "text"];
pub const MENTIONS_HEADER: [&str; 18] = [
    "mention_id", "doc_id", "sentence_id", "kind", "text", "start", "end", "line", "column", "canonical",
    "entity_id", "value", "value_to", "unit", "qualifier", "period", "mod", "method",
];
pub const ENTITIES_HEADER: [&str; 9] =
    ["entity_id", "kind", "canonical", "parent", "vendor", "country", "wikidata", "mentions", "documents"];
pub const RELATIONS_HEADER: [&str; 13] = [
    "relation_id", "doc_id", "sentence_id", "type", "subject_id", "object_id", "subject", "object", "trigger",
    "trigger_start", "trigger_end", "method", "confidence",
];
pub const ERRORS_HEADER: [&str; 4] = ["path", "line", "byte", "message"];

/// Identifier of sentence `index` of a document.
pub fn sentence_id(doc_id: &str, index: usize) -> String {
    format!("{doc_id}:s{index}")
}

/// Identifier of the `n`-th mention (0-based, text order) of a document.
pub fn mention_id(doc_id: &str, n: usize) -> String {
    format!("{doc_id}:m{n}")
}

/// Identifier of the `n`-th relation of a document.
pub fn relation_id(doc_id: &str, n: usize) -> String {
    format!("{doc_id}:r{n}")
}

/// The normalized value a relation shows for a mention: canonical name, `VALUE CUR`, or date value.
pub fn display_value(m: &Mention) -> String {
    match m.kind {
        Kind::Company | Kind::Chip => m.canonical.clone(),
        Kind::Money => format!("{} {}", m.value, m.unit).trim().to_string(),
        Kind::Percent => format!("{}{}", m.value, if m.unit == "%" { "%".to_string() } else { format!(" {}", m.unit) }),
        Kind::Date => m.value.clone(),
    }
}

struct Table {
    tmp: PathBuf,
    dest: PathBuf,
    csv: csv::Writer<BufWriter<File>>,
}

/// Streams rows to temporary files; [`TableWriter::finish`] renames them into place.
pub struct TableWriter {
    dir: PathBuf,
    options: OutputOptions,
    documents: Table,
    sentences: Table,
    mentions: Table,
    relations: Table,
    facts: Table,
    errors: Table,
    /// entity id → (mentions, documents) seen.
    entity_counts: BTreeMap<String, (usize, usize)>,
    /// (kind, surface) → (count, first sentence id) of pattern finds missing from the gazetteer.
    candidates: BTreeMap<(String, String), (usize, String)>,
}

impl TableWriter {
    /// Creates the output folder if needed and opens temporary files for each table.
    pub fn create(dir: &Path, options: OutputOptions) -> Result<TableWriter> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create output folder {}", dir.display()))?;
        let open = |name: &str, header: &[&str]| Table::open_in(dir, name, header);
        Ok(TableWriter {
            dir: dir.to_path_buf(),
            documents: open("documents.csv", &DOCUMENTS_HEADER)?,
            sentences: open("sentences.csv", &SENTENCES_HEADER)?,
            mentions: open("mentions.csv", &MENTIONS_HEADER)?,
            relations: open("relations.csv", &RELATIONS_HEADER)?,
            facts: open("facts.csv", &FACTS_HEADER)?,
            errors: open("errors.csv", &ERRORS_HEADER)?,
            options,
            entity_counts: BTreeMap::new(),
            candidates: BTreeMap::new(),
        })
    }

    fn cell<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        if self.options.spreadsheet_safe {
            spreadsheet_safe(s)
        } else {
            std::borrow::Cow::Borrowed(s)
        }
    }

    pub fn write_error(&mut self, e: &IngestError) -> Result<()> {
        let line = e.line.map(|l| l.to_string()).unwrap_or_default();
        let byte = e.byte.map(|b| b.to_string()).unwrap_or_default();
        let path = self.cell(&e.path).into_owned();
        let message = self.cell(&e.message).into_owned();
        self.errors.csv.write_record([path.as_str(), &line, &byte, &message])?;
        Ok(())
    }

    /// Writes every row of one analyzed document.
    pub fn write_analysis(&mut self, a: &Analysis, res: &Resources) -> Result<()> {
        let doc = &a.doc;
        let text = doc.text.as_str();
        let lines = LineIndex::new(text);
        let meta = &doc.meta;
        let date = a.date.map(|d| d.to_string()).unwrap_or_default();
        let row: Vec<String> = vec![
            doc.id.clone(),
            doc.path.clone(),
            a.lang.code().to_string(),
            self.cell(meta.title.as_deref().unwrap_or("")).into_owned(),
            date,
            self.cell(meta.source.as_deref().unwrap_or("")).into_owned(),
            text.len().to_string(),
            a.sentences.len().to_string(),
            a.token_count().to_string(),
            doc.sha256.clone(),
        ];
        self.documents.csv.write_record(&row)?;

        let mut n_mention = 0;
        let mut n_relation = 0;
        let mut seen_entities = std::collections::BTreeSet::new();
        for (s, sentence) in a.sentences.iter().enumerate() {
            let sid = sentence_id(&doc.id, sentence.index);
            let (line, col) = lines.line_col(text, sentence.span.start);
            let stext = self.cell(sentence.span.slice(text)).into_owned();
            self.sentences.csv.write_record([
                sid.as_str(),
                &doc.id,
                &sentence.index.to_string(),
                &sentence.span.start.to_string(),
                &sentence.span.end.to_string(),
                &line.to_string(),
                &col.to_string(),
                sentence.lang.code(),
                &stext,
            ])?;
            let first_id = n_mention;
            for m in &a.mentions[s] {
                let (line, col) = lines.line_col(text, m.span.start);
                let mtext = self.cell(m.span.slice(text)).into_owned();
                let canonical = self.cell(&m.canonical).into_owned();
                self.mentions.csv.write_record([
                    mention_id(&doc.id, n_mention).as_str(),
                    &doc.id,
                    &sid,
                    m.kind.as_str(),
                    &mtext,
                    &m.span.start.to_string(),
                    &m.span.end.to_string(),
                    &line.to_string(),
                    &col.to_string(),
                    &canonical,
                    &m.entity_id,
                    &m.value,
                    &m.value_to,
                    &m.unit,
                    &m.qualifier,
                    &m.period,
                    &m.mod_,
                    m.method.as_str(),
                ])?;
                n_mention += 1;
                if !m.entity_id.is_empty() {
                    let c = self.entity_counts.entry(m.entity_id.clone()).or_insert((0, 0));
                    c.0 += 1;
                    if seen_entities.insert(m.entity_id.clone()) {
                        c.1 += 1;
                    }
                } else if matches!(m.kind, Kind::Company | Kind::Chip) {
                    let key = (m.kind.as_str().to_string(), m.span.slice(text).to_string());
                    let c = self.candidates.entry(key).or_insert((0, sid.clone()));
                    c.0 += 1;
                }
            }
            for r in &a.relations[s] {
                let ms = &a.mentions[s];
                let Some(subj) = ms.get(r.subject) else { continue };
                let obj = r.object.and_then(|o| ms.get(o));
                if r.object.is_some() && obj.is_none() {
                    continue;
                }
                let (trigger, ts, te) = match r.trigger {
                    Some(t) => (self.cell(t.slice(text)).into_owned(), t.start.to_string(), t.end.to_string()),
                    None => (String::new(), String::new(), String::new()),
                };
                let subject = self.cell(&display_value(subj)).into_owned();
                let object = self.cell(&obj.map_or_else(|| r.value.clone(), display_value)).into_owned();
                self.relations.csv.write_record([
                    relation_id(&doc.id, n_relation).as_str(),
                    &doc.id,
                    &sid,
                    &r.kind,
                    &mention_id(&doc.id, first_id + r.subject),
                    &r.object.map_or_else(String::new, |o| mention_id(&doc.id, first_id + o)),
                    &subject,
                    &object,
                    &trigger,
                    &ts,
                    &te,
                    &r.method,
                    &format!("{:.2}", r.confidence),
                ])?;
                self.write_fact(a, s, &sid, r, &relation_id(&doc.id, n_relation))?;
                n_relation += 1;
            }
        }
        let _ = res;
        Ok(())
    }

    /// Writes the aggregate tables, flushes everything and renames the temporary files
    /// into place.
    pub fn finish(self, res: &Resources) -> Result<()> {
        // entities.csv
        let mut entities = Table::open_in(&self.dir, "entities.csv", &ENTITIES_HEADER)?;
        for (id, (mentions, documents)) in &self.entity_counts {
            if let Some(e) = res.gazetteer.entity(id) {
                entities.csv.write_record([
                    id.as_str(),
                    e.kind.map_or("", |k| k.as_str()),
                    &e.canonical,
                    &e.parent,
                    &e.vendor,
                    &e.country,
                    &e.wikidata,
                    &mentions.to_string(),
                    &documents.to_string(),
                ])?;
            }
        }
        // candidates.csv
        let mut candidates =
            Table::open_in(&self.dir, "candidates.csv", &["surface", "kind", "count", "first_sentence_id"])?;
        for ((kind, surface), (count, first)) in &self.candidates {
            let surface = self.cell(surface).into_owned();
            candidates.csv.write_record([surface.as_str(), kind, &count.to_string(), first])?;
        }
        let tables = [self.documents, self.sentences, self.mentions, self.relations, self.facts, self.errors, entities, candidates];
        // Flush and sync every table before the first rename.
        let mut done = Vec::new();
        for t in tables {
            let Table { tmp, dest, csv } = t;
            let file = csv.into_inner().map_err(|e| anyhow::anyhow!("cannot write {}: {}", tmp.display(), e.error()))?;
            let file = file.into_inner().map_err(|e| anyhow::anyhow!("cannot write {}: {}", tmp.display(), e.error()))?;
            file.sync_all().with_context(|| format!("cannot write {}", tmp.display()))?;
            done.push((tmp, dest));
        }
        for (tmp, dest) in done {
            std::fs::rename(&tmp, &dest).with_context(|| format!("cannot replace {}", dest.display()))?;
        }
        Ok(())
    }
}

// ---- facts.csv (issue 6): one row per typed relation, for people -------------------

/// Columns of `facts.csv`.
pub const FACTS_HEADER: [&str; 12] = [
    "relation_id", "doc_id", "sentence_id", "type", "subject", "object", "date", "date_source", "trigger",
    "confidence", "method", "sentence",
];

impl TableWriter {
    /// Writes the `facts.csv` row of relation `r` of sentence `s` when it is typed
    /// (not `dated` or `cooccurs`): subject, type, object (amount with currency or
    /// name), the date that anchors it, and the sentence text.
    fn write_fact(&mut self, a: &Analysis, s: usize, sid: &str, r: &crate::mention::Relation, rid: &str) -> Result<()> {
        if !crate::relations::is_typed(&r.kind) {
            return Ok(());
        }
        let text = a.doc.text.as_str();
        let ms = &a.mentions[s];
        let (Some(subj), Some(obj)) = (ms.get(r.subject), r.object.and_then(|o| ms.get(o))) else { return Ok(()) };
        let (date, date_source) =
            crate::relations::fact_date(&a.relations[s], ms, r, a.date).unwrap_or((String::new(), ""));
        let trigger = r.trigger.map(|t| t.slice(text)).unwrap_or("");
        let row = [
            rid.to_string(),
            a.doc.id.clone(),
            sid.to_string(),
            r.kind.clone(),
            self.cell(&display_value(subj)).into_owned(),
            self.cell(&if r.value.is_empty() { display_value(obj) } else { format!("{} ({})", display_value(obj), r.value) })
                .into_owned(),
            date,
            date_source.to_string(),
            self.cell(trigger).into_owned(),
            format!("{:.2}", r.confidence),
            r.method.clone(),
            self.cell(a.sentences[s].span.slice(text)).into_owned(),
        ];
        self.facts.csv.write_record(&row)?;
        Ok(())
    }
}

impl Table {
    fn open_in(dir: &Path, name: &str, header: &[&str]) -> Result<Table> {
        let dest = dir.join(name);
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
        let mut csv = csv::WriterBuilder::new().from_writer(BufWriter::with_capacity(1 << 16, file));
        csv.write_record(header)?;
        Ok(Table { tmp, dest, csv })
    }
}

/// Neutralizes a cell that a spreadsheet would evaluate as a formula: a cell starting
/// with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` (OWASP advice).
///
/// ```
/// use veille::output::spreadsheet_safe;
/// assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(spreadsheet_safe("Nvidia"), "Nvidia");
/// ```
pub fn spreadsheet_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// A progress bar over bytes on stderr; hidden when `quiet` or stderr is not a terminal.
pub fn progress_bar(total: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
