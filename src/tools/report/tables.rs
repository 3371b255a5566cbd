//! Reading a run's tables for the report, one document at a time.
//!
//! `documents.csv` and `entities.csv` are small and read whole. `sentences.csv`,
//! `mentions.csv`, `relations.csv` and `facts.csv` are read as streams: a run writes
//! them in blocks of rows per document, in the order of `documents.csv`, so the report
//! takes one block from each for each document ([`Blocks::take`]) and never holds more
//! than one document's rows. Rows left over at the end (a document missing from
//! `documents.csv`, or blocks in another order) are an error naming the file and row.
//! Every column is looked up by name through [`Header`].

use crate::output::{Header, Table, DOCUMENTS, ENTITIES, FACTS, MENTIONS, RELATIONS, SENTENCES};
use anyhow::{bail, Context, Result};
use csv::StringRecord;
use std::fs::File;
use std::path::Path;

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

/// One row of `entities.csv` (the columns the report uses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityRow {
    /// `entity_id`.
    pub id: String,
    /// company or chip.
    pub kind: String,
    /// Canonical name.
    pub canonical: String,
    /// company: id of the parent company.
    pub parent: String,
    /// chip: id of the company that designs it.
    pub vendor: String,
    /// company: ISO 3166-1 alpha-2.
    pub country: String,
    /// Wikidata QID.
    pub wikidata: String,
}

/// One row of `sentences.csv`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// `sentence_id`.
    pub id: String,
    /// 0-based position in the document.
    pub index: usize,
    /// Byte offset of the sentence in the original file.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The sentence as in the file (a `--spreadsheet-safe` quote undone).
    pub text: String,
}

/// One row of `mentions.csv` (the columns the report uses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mention {
    /// `mention_id`.
    pub id: String,
    /// The sentence holding the mention.
    pub sentence_id: String,
    /// company, chip, money, date or percent.
    pub kind: String,
    /// The mention as in the file (a `--spreadsheet-safe` quote undone).
    pub text: String,
    /// Byte offset in the original file.
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
    /// approx, min, max, range, vague or empty.
    pub qualifier: String,
    /// Rates: ISO 8601 duration.
    pub period: String,
    /// date: START, MID, END...
    pub mod_: String,
    /// exact, folded, stemmed, pattern or rule.
    pub method: String,
}

/// One row of `relations.csv` (the columns the report uses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Relation {
    /// `relation_id`.
    pub id: String,
    /// The sentence stating it.
    pub sentence_id: String,
    /// The relation type.
    pub kind: String,
    /// Mention id of the subject.
    pub subject_id: String,
    /// Mention id of the object.
    pub object_id: String,
    /// Subject's canonical name or value.
    pub subject: String,
    /// Object's canonical name or value.
    pub object: String,
    /// The cue words.
    pub trigger: String,
    /// Byte span of the cue, when given.
    pub trigger_span: Option<(usize, usize)>,
    /// How it was found.
    pub method: String,
    /// 0 to 1.
    pub confidence: String,
}

/// One fact: a row of `facts.csv`, or a typed row of `relations.csv` when the run
/// wrote no `facts.csv`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fact {
    /// The relation it reads.
    pub id: String,
    /// The sentence stating it.
    pub sentence_id: String,
    /// The relation type.
    pub kind: String,
    /// Subject's canonical name.
    pub subject: String,
    /// Object: name or amount with currency.
    pub object: String,
    /// The date the sentence states for the fact.
    pub date: String,
    /// The document's date.
    pub reported: String,
    /// The cue words.
    pub trigger: String,
    /// 0 to 1.
    pub confidence: String,
    /// How it was found.
    pub method: String,
}

/// Undoes `--spreadsheet-safe` on a cell whose exact length is known: a leading `'`
/// that makes the cell one byte longer than its span was added by the writer.
pub fn unguard(cell: &str, span_len: usize) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if cell.len() != span_len && rest.len() == span_len => rest,
        _ => cell,
    }
}

/// A cell by optional position: empty when the file has no such column.
fn cell(r: &StringRecord, c: Option<usize>) -> &str {
    c.and_then(|i| r.get(i)).unwrap_or("")
}

/// Opens `dir/NAME.csv` with its header; `None` when the file does not exist.
fn open(dir: &Path, table: &'static Table) -> Result<Option<(csv::Reader<File>, Header)>> {
    let path = dir.join(table.file_name());
    if !path.exists() {
        return Ok(None);
    }
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let names = r.headers().with_context(|| format!("cannot read {}", path.display()))?.clone();
    Ok(Some((r, Header::of(table, path.display().to_string(), &names))))
}

/// Opens a table the report cannot do without.
fn open_required(dir: &Path, table: &'static Table) -> Result<(csv::Reader<File>, Header)> {
    match open(dir, table)? {
        Some(t) => Ok(t),
        None => bail!(
            "{}: no such file (run `veille run` first)",
            dir.join(table.file_name()).display()
        ),
    }
}

/// Reads every row of a small table.
fn rows_of(mut r: csv::Reader<File>, h: &Header) -> Result<Vec<StringRecord>> {
    let mut rows = Vec::new();
    for (n, rec) in r.records().enumerate() {
        rows.push(rec.with_context(|| format!("{}: row {}: bad CSV", h.file(), n + 2))?);
    }
    Ok(rows)
}

/// The rows of `documents.csv`, in file order.
pub fn read_documents(dir: &Path) -> Result<Vec<Document>> {
    let (r, h) = open_required(dir, &DOCUMENTS)?;
    let id = h.require("doc_id")?;
    let [path, lang, title, date, source] =
        ["path", "lang", "title", "date", "source"].map(|c| h.find(c));
    Ok(rows_of(r, &h)?
        .iter()
        .map(|r| Document {
            id: cell(r, Some(id)).to_string(),
            path: cell(r, path).to_string(),
            lang: cell(r, lang).to_string(),
            title: cell(r, title).to_string(),
            date: cell(r, date).to_string(),
            source: cell(r, source).to_string(),
        })
        .collect())
}

/// The rows of `entities.csv`; none when the file is missing.
pub fn read_entities(dir: &Path) -> Result<Vec<EntityRow>> {
    let Some((r, h)) = open(dir, &ENTITIES)? else { return Ok(Vec::new()) };
    let id = h.require("entity_id")?;
    let [kind, canonical, parent, vendor, country, wikidata] =
        ["kind", "canonical", "parent", "vendor", "country", "wikidata"].map(|c| h.find(c));
    Ok(rows_of(r, &h)?
        .iter()
        .map(|r| EntityRow {
            id: cell(r, Some(id)).to_string(),
            kind: cell(r, kind).to_string(),
            canonical: cell(r, canonical).to_string(),
            parent: cell(r, parent).to_string(),
            vendor: cell(r, vendor).to_string(),
            country: cell(r, country).to_string(),
            wikidata: cell(r, wikidata).to_string(),
        })
        .collect())
}

/// A table read as a stream of per-document blocks.
pub struct Blocks {
    reader: Option<csv::Reader<File>>,
    header: Header,
    doc_col: usize,
    head: Option<StringRecord>,
    /// CSV row number of `head` (the header is row 1).
    row: u64,
}

impl Blocks {
    /// Opens `dir/NAME.csv`; a missing optional table reads as empty.
    fn open(dir: &Path, table: &'static Table, required: bool) -> Result<Option<Blocks>> {
        let opened = if required { Some(open_required(dir, table)?) } else { open(dir, table)? };
        let Some((reader, header)) = opened else { return Ok(None) };
        let doc_col = header.require("doc_id")?;
        let mut b = Blocks { reader: Some(reader), header, doc_col, head: None, row: 1 };
        b.advance()?;
        Ok(Some(b))
    }

    /// The table's header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    fn advance(&mut self) -> Result<()> {
        self.head = None;
        let Some(r) = self.reader.as_mut() else { return Ok(()) };
        let mut rec = StringRecord::new();
        self.row += 1;
        let more = r
            .read_record(&mut rec)
            .with_context(|| format!("{}: row {}: bad CSV", self.header.file(), self.row))?;
        if more {
            self.head = Some(rec);
        } else {
            self.reader = None;
        }
        Ok(())
    }

    /// The rows of document `doc`: the block at the head of the stream when it is
    /// that document's, else none.
    pub fn take(&mut self, doc: &str) -> Result<Vec<StringRecord>> {
        let mut out = Vec::new();
        while let Some(h) = &self.head {
            if h.get(self.doc_col) != Some(doc) {
                break;
            }
            out.push(self.head.take().unwrap_or_default());
            self.advance()?;
        }
        Ok(out)
    }

    /// An error when rows are left: their document is not in `documents.csv`, or the
    /// blocks are not in its order.
    pub fn finish(&self) -> Result<()> {
        match &self.head {
            None => Ok(()),
            Some(h) => bail!(
                "{}: row {}: document {:?} is not in documents.csv, or its rows are not in the \
                 order of documents.csv (the report reads the tables of one run in one pass)",
                self.header.file(),
                self.row,
                h.get(self.doc_col).unwrap_or("")
            ),
        }
    }
}

/// The four streamed tables, and how to read their rows.
pub struct Streams {
    /// `sentences.csv`.
    pub sentences: Blocks,
    /// `mentions.csv`.
    pub mentions: Blocks,
    /// `relations.csv`, when present.
    pub relations: Option<Blocks>,
    /// `facts.csv`, when present.
    pub facts: Option<Blocks>,
    sentence_cols: SentenceCols,
    mention_cols: MentionCols,
    relation_cols: Option<RelationCols>,
    fact_cols: Option<FactCols>,
}

struct SentenceCols {
    id: usize,
    start: usize,
    end: usize,
    text: usize,
    index: Option<usize>,
}

struct MentionCols {
    req: [usize; 5],
    opt: [Option<usize>; 10],
}

struct RelationCols {
    kind: usize,
    opt: [Option<usize>; 11],
}

struct FactCols {
    opt: [Option<usize>; 11],
}

/// One document's rows.
#[derive(Debug, Default)]
pub struct DocRows {
    /// Its sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Its mentions, with a readable span.
    pub mentions: Vec<Mention>,
    /// Rows of mentions.csv whose span cannot be read.
    pub unreadable: usize,
    /// Its relations (every type).
    pub relations: Vec<Relation>,
    /// Its facts.
    pub facts: Vec<Fact>,
}

impl Streams {
    /// Opens the streamed tables of `dir`; `sentences.csv` and `mentions.csv` are
    /// required, and so are the columns without which the report cannot place a row.
    pub fn open(dir: &Path) -> Result<Streams> {
        let sentences = Blocks::open(dir, &SENTENCES, true)?.context("sentences.csv")?;
        let mentions = Blocks::open(dir, &MENTIONS, true)?.context("mentions.csv")?;
        let relations = Blocks::open(dir, &RELATIONS, false)?;
        let facts = Blocks::open(dir, &FACTS, false)?;
        let h = sentences.header();
        let [id, start, end, text] = h.require_all(["sentence_id", "start", "end", "text"])?;
        let sentence_cols = SentenceCols { id, start, end, text, index: h.find("index") };
        let h = mentions.header();
        let mention_cols = MentionCols {
            req: h.require_all(["mention_id", "sentence_id", "kind", "start", "end"])?,
            opt: [
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
            .map(|c| h.find(c)),
        };
        let relation_cols = match &relations {
            Some(b) => Some(RelationCols {
                kind: b.header().require("type")?,
                opt: [
                    "relation_id",
                    "sentence_id",
                    "subject_id",
                    "object_id",
                    "subject",
                    "object",
                    "trigger",
                    "trigger_start",
                    "trigger_end",
                    "method",
                    "confidence",
                ]
                .map(|c| b.header().find(c)),
            }),
            None => None,
        };
        let fact_cols = facts.as_ref().map(|b| FactCols {
            opt: [
                "relation_id",
                "sentence_id",
                "type",
                "subject",
                "object",
                "date",
                "reported",
                "trigger",
                "confidence",
                "method",
                "date_source",
            ]
            .map(|c| b.header().find(c)),
        });
        Ok(Streams {
            sentences,
            mentions,
            relations,
            facts,
            sentence_cols,
            mention_cols,
            relation_cols,
            fact_cols,
        })
    }

    /// Reads the rows of document `doc` (whose own date is `doc_date`) from every table.
    pub fn next_doc(&mut self, doc: &str, doc_date: &str) -> Result<DocRows> {
        let mut out = DocRows::default();
        let c = &self.sentence_cols;
        for (n, r) in self.sentences.take(doc)?.iter().enumerate() {
            let start: usize = cell(r, Some(c.start)).parse().unwrap_or(0);
            let end: usize = cell(r, Some(c.end)).parse().unwrap_or(start);
            out.sentences.push(Sentence {
                id: cell(r, Some(c.id)).to_string(),
                index: cell(r, c.index).parse().unwrap_or(n),
                start,
                end,
                text: unguard(cell(r, Some(c.text)), end.saturating_sub(start)).to_string(),
            });
        }
        out.sentences.sort_by_key(|s| s.index);
        for r in self.mentions.take(doc)? {
            match mention_of(&self.mention_cols, &r) {
                Some(m) => out.mentions.push(m),
                None => out.unreadable += 1,
            }
        }
        if let (Some(b), Some(c)) = (self.relations.as_mut(), &self.relation_cols) {
            out.relations = b.take(doc)?.iter().map(|r| relation_of(c, r)).collect();
        }
        match (self.facts.as_mut(), &self.fact_cols) {
            (Some(b), Some(c)) => out.facts = b.take(doc)?.iter().map(|r| fact_of(c, r)).collect(),
            _ => out.facts = facts_of_relations(&out.relations, doc_date),
        }
        Ok(out)
    }

    /// An error when a table holds rows of a document not read.
    pub fn finish(&self) -> Result<()> {
        self.sentences.finish()?;
        self.mentions.finish()?;
        for b in [&self.relations, &self.facts].into_iter().flatten() {
            b.finish()?;
        }
        Ok(())
    }
}

/// A mention row; `None` when its span cannot be read.
fn mention_of(c: &MentionCols, r: &StringRecord) -> Option<Mention> {
    let [id, sentence_id, kind, start, end] = c.req.map(|i| cell(r, Some(i)));
    let (start, end): (usize, usize) = (start.parse().ok()?, end.parse().ok()?);
    let [text, canonical, entity_id, value, value_to, unit, qualifier, period, mod_, method] =
        c.opt.map(|i| cell(r, i).to_string());
    Some(Mention {
        id: id.to_string(),
        sentence_id: sentence_id.to_string(),
        kind: kind.to_string(),
        text: unguard(&text, end.saturating_sub(start)).to_string(),
        start,
        end,
        canonical,
        entity_id,
        value,
        value_to,
        unit,
        qualifier,
        period,
        mod_,
        method,
    })
}

fn relation_of(c: &RelationCols, r: &StringRecord) -> Relation {
    let [id, sentence_id, subject_id, object_id, subject, object, trigger, t_start, t_end, method, confidence] =
        c.opt.map(|i| cell(r, i).to_string());
    let trigger_span = match (t_start.parse::<usize>(), t_end.parse::<usize>()) {
        (Ok(a), Ok(b)) if a < b => Some((a, b)),
        _ => None,
    };
    Relation {
        id,
        sentence_id,
        kind: cell(r, Some(c.kind)).to_string(),
        subject_id,
        object_id,
        subject,
        object,
        trigger,
        trigger_span,
        method,
        confidence,
    }
}

fn fact_of(c: &FactCols, r: &StringRecord) -> Fact {
    let [id, sentence_id, kind, subject, object, date, reported, trigger, confidence, method, _] =
        c.opt.map(|i| cell(r, i).to_string());
    Fact { id, sentence_id, kind, subject, object, date, reported, trigger, confidence, method }
}

/// Facts from typed relations (every type but `cooccurs` and `dated`), for a run
/// that wrote no `facts.csv`.
fn facts_of_relations(relations: &[Relation], doc_date: &str) -> Vec<Fact> {
    relations
        .iter()
        .filter(|r| !r.kind.is_empty() && r.kind != "cooccurs" && r.kind != "dated")
        .map(|r| Fact {
            id: r.id.clone(),
            sentence_id: r.sentence_id.clone(),
            kind: r.kind.clone(),
            subject: r.subject.clone(),
            object: r.object.clone(),
            date: String::new(),
            reported: doc_date.to_string(),
            trigger: r.trigger.clone(),
            confidence: r.confidence.clone(),
            method: r.method.clone(),
        })
        .collect()
}
