//! Rows built from an analyzed document: ids, cells and the per-document blocks of
//! the tables.

use super::schema::*;
use super::OutputOptions;
use crate::analyze::{Analysis, DocInfo, Window};
use crate::calendar::DocDate;
use crate::document::{Document, Sentence};
use crate::mention::{Kind, Mention, Mod, Relation};
use crate::relations::FactDates;
use crate::span::LineCursor;
use std::borrow::Cow;

/// Identifier of sentence `index` of a document.
pub fn sentence_id(doc_id: &str, index: usize) -> String {
    let mut id = String::new();
    set_id(&mut id, doc_id, 's', index);
    id
}

/// Identifier of the `n`-th mention (0-based, text order) of a document.
pub fn mention_id(doc_id: &str, n: usize) -> String {
    let mut id = String::new();
    set_id(&mut id, doc_id, 'm', n);
    id
}

/// Identifier of the `n`-th relation of a document.
pub fn relation_id(doc_id: &str, n: usize) -> String {
    let mut id = String::new();
    set_id(&mut id, doc_id, 'r', n);
    id
}

/// Sets `out` to the id `doc_id:<letter><n>` (the one format of [`sentence_id`],
/// [`mention_id`] and [`relation_id`]), reusing its buffer.
fn set_id(out: &mut String, doc_id: &str, letter: char, n: usize) {
    out.clear();
    out.push_str(doc_id);
    out.push(':');
    out.push(letter);
    out.push_str(itoa::Buffer::new().format(n));
}

/// The first cells of an `entities.csv` row, the entity's gazetteer record: id, kind,
/// canonical, parent, vendor, country, wikidata (the counts follow).
pub fn entity_cells<'a>(id: &'a str, e: &'a crate::gazetteer::EntityInfo) -> [&'a str; 7] {
    const _: () = assert!(super::schema::ENTITIES.index("mentions") == 7);
    [
        id,
        e.kind.map_or("", |k| k.as_str()),
        &e.canonical,
        &e.parent,
        &e.vendor,
        &e.country,
        &e.wikidata,
    ]
}

/// The normalized value a relation shows for a mention: canonical name, `VALUE CUR`,
/// `40%`, or the date value.
pub fn display_value(m: &Mention) -> String {
    match m.kind {
        Kind::Company | Kind::Chip => m.canonical.clone(),
        Kind::Money => format!("{} {}", m.value, m.unit).trim().to_string(),
        Kind::Percent if m.unit == "%" => format!("{}%", m.value),
        Kind::Percent => format!("{} {}", m.value, m.unit).trim().to_string(),
        Kind::Date => m.value.clone(),
    }
}

/// Rows of one table, stored flat: the text of every cell in one buffer, so that a
/// row costs no allocation of its own.
///
/// ```
/// let mut rows = veille::output::Rows::default();
/// rows.push(["a", "b,c"]);
/// rows.cell("x");
/// rows.number(42);
/// rows.end_row();
/// let cells: Vec<Vec<&str>> = rows.iter().map(|r| r.iter().collect()).collect();
/// assert_eq!(cells, [vec!["a", "b,c"], vec!["x", "42"]]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    text: String,
    /// End offset in `text` of each cell.
    cell_ends: Vec<usize>,
    /// End index in `cell_ends` of each row.
    row_ends: Vec<usize>,
}

impl Rows {
    /// Adds one row.
    pub fn push<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, row: I) {
        for cell in row {
            self.cell(cell.as_ref());
        }
        self.end_row();
    }

    /// Adds a cell to the row being built.
    pub fn cell(&mut self, s: &str) {
        self.text.push_str(s);
        self.cell_ends.push(self.text.len());
    }

    /// Adds a cell holding a number.
    pub fn number(&mut self, n: usize) {
        self.cell(itoa::Buffer::new().format(n));
    }

    /// Ends the row being built.
    pub fn end_row(&mut self) {
        self.row_ends.push(self.cell_ends.len());
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.row_ends.len()
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.row_ends.is_empty()
    }

    /// Row `i`.
    pub fn get(&self, i: usize) -> Option<Row<'_>> {
        let end = *self.row_ends.get(i)?;
        let start = if i == 0 { 0 } else { self.row_ends[i - 1] };
        Some(Row { rows: self, cells: start..end })
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = Row<'_>> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// One row of [`Rows`].
#[derive(Clone, Debug)]
pub struct Row<'a> {
    rows: &'a Rows,
    cells: std::ops::Range<usize>,
}

impl<'a> Row<'a> {
    /// Cell `i` of the row.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        if i >= self.cells.len() {
            return None;
        }
        let c = self.cells.start + i;
        let start = if c == 0 { 0 } else { self.rows.cell_ends[c - 1] };
        self.rows.text.get(start..self.rows.cell_ends[c])
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    /// Whether the row has no cell.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The cells in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }
}

/// Every row one document contributes, table by table (same order as [`DOC_TABLES`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocRows {
    /// The document the rows belong to.
    pub doc_id: String,
    /// The rows of each table of [`DOC_TABLES`], in that order.
    pub tables: [Rows; DOC_TABLES.len()],
}

impl DocRows {
    /// Position of `documents.csv` in [`DocRows::tables`].
    pub const DOCUMENTS: usize = 0;
    /// Position of `sentences.csv` in [`DocRows::tables`].
    pub const SENTENCES: usize = 1;
    /// Position of `mentions.csv` in [`DocRows::tables`].
    pub const MENTIONS: usize = 2;
    /// Position of `relations.csv` in [`DocRows::tables`].
    pub const RELATIONS: usize = 3;
    /// Position of `facts.csv` in [`DocRows::tables`].
    pub const FACTS: usize = 4;

    /// Number of sentence rows.
    pub fn sentences(&self) -> usize {
        self.tables[DocRows::SENTENCES].len()
    }

    /// Number of mention rows.
    pub fn mentions(&self) -> usize {
        self.tables[DocRows::MENTIONS].len()
    }

    /// Number of relation rows.
    pub fn relations(&self) -> usize {
        self.tables[DocRows::RELATIONS].len()
    }

    /// The document's token count (from its `documents.csv` row).
    pub fn tokens(&self) -> usize {
        const TOKENS: usize = DOCUMENTS.index("tokens");
        self.tables[DocRows::DOCUMENTS]
            .get(0)
            .and_then(|r| r.get(TOKENS))
            .and_then(|t| t.parse().ok())
            .unwrap_or(0)
    }
}

// The positions above are those of DOC_TABLES.
const _: () = {
    assert!(DocRows::FACTS + 1 == DOC_TABLES.len());
    assert!(DOC_TABLES[DocRows::DOCUMENTS].columns.len() == DOCUMENTS.columns.len());
    assert!(DOC_TABLES[DocRows::SENTENCES].columns.len() == SENTENCES.columns.len());
    assert!(DOC_TABLES[DocRows::MENTIONS].columns.len() == MENTIONS.columns.len());
    assert!(DOC_TABLES[DocRows::RELATIONS].columns.len() == RELATIONS.columns.len());
    assert!(DOC_TABLES[DocRows::FACTS].columns.len() == FACTS.columns.len());
};

/// The cells of one row of a declared table, added in the declared column order. Each
/// cell names its column; debug builds check the name against the declaration (and
/// the number of cells when the row ends), so the cell order of [`RowBuilder`] cannot
/// drift from the header. Release builds only push the cells.
struct Cells<'r> {
    rows: &'r mut Rows,
    table: &'static Table,
    /// Cells pushed so far.
    n: usize,
}

impl<'r> Cells<'r> {
    fn new(rows: &'r mut Rows, table: &'static Table) -> Cells<'r> {
        Cells { rows, table, n: 0 }
    }

    /// Checks that the next cell is column `name`.
    #[inline]
    fn next(&mut self, name: &str) {
        debug_assert_eq!(
            self.table.columns.get(self.n).map(|c| c.name),
            Some(name),
            "cell {} of {}",
            self.n,
            self.table.file_name()
        );
        self.n += 1;
    }

    /// Adds the text of column `name`.
    fn text(&mut self, name: &str, s: &str) {
        self.next(name);
        self.rows.cell(s);
    }

    /// Adds the number of column `name`.
    fn number(&mut self, name: &str, n: usize) {
        self.next(name);
        self.rows.number(n);
    }

    /// Ends the row, which must have every column.
    fn end(self) {
        debug_assert_eq!(self.n, self.table.columns.len(), "cells of {}", self.table.file_name());
        self.rows.end_row();
    }
}

/// Builds the rows of one analyzed document. Cells hold the exact text unless
/// `options.spreadsheet_safe` is set.
pub fn doc_rows(a: &Analysis, options: &OutputOptions) -> DocRows {
    let info = DocInfo {
        lang: a.lang,
        date: a.date,
        sentences: a.sentences.len(),
        tokens: a.token_count(),
    };
    let mut builder = RowBuilder::new(&a.doc, options);
    let mut rows = builder.document_rows(&info);
    builder.add_sentences(&a.sentences, &a.mentions, &a.relations, info.date, &mut rows);
    rows
}

/// Builds the rows of one document piece by piece: the rows of each window of
/// sentences as it is analyzed ([`RowBuilder::window_rows`]), and the document's own
/// row once its counts are known ([`RowBuilder::document_rows`]). Mention and relation
/// ids run on across windows; concatenating the pieces gives [`doc_rows`].
pub struct RowBuilder<'a> {
    doc: &'a Document,
    options: &'a OutputOptions,
    lines: LineCursor,
    n_mention: usize,
    n_relation: usize,
    /// The id being written (reused buffer).
    id: String,
}

/// One sentence whose rows are being added, with what its rows share.
struct SentenceAt<'s> {
    sentence: &'s Sentence,
    /// The document's id and the sentence's, as written.
    doc_id: &'s str,
    sid: &'s str,
    /// The sentence's mentions, which its relations index.
    mentions: &'s [Mention],
    /// Number, in the document, of the sentence's first mention.
    first_mention: usize,
    /// The document's date (when its facts were reported), as written in `facts.csv`.
    reported: &'s str,
}

/// The cells a relation's `relations.csv` and `facts.csv` rows share.
struct RelationCells<'s> {
    rid: Cow<'s, str>,
    trigger: Cow<'s, str>,
    confidence: String,
    subject: String,
}

impl<'a> RowBuilder<'a> {
    /// A builder for the rows of `doc`, its first mention and relation numbered 0.
    pub fn new(doc: &'a Document, options: &'a OutputOptions) -> RowBuilder<'a> {
        RowBuilder {
            doc,
            options,
            lines: LineCursor::new(&doc.text),
            n_mention: 0,
            n_relation: 0,
            id: String::new(),
        }
    }

    /// A cell's text as written: neutralized when `options.spreadsheet_safe` is set.
    fn safe<'s>(&self, s: &'s str) -> Cow<'s, str> {
        if self.options.spreadsheet_safe {
            spreadsheet_safe(s)
        } else {
            Cow::Borrowed(s)
        }
    }

    /// The document's `documents.csv` row (in a [`DocRows`] with no other row).
    pub fn document_rows(&self, info: &DocInfo) -> DocRows {
        let doc = self.doc;
        let meta = &doc.meta;
        let mut rows = DocRows { doc_id: doc.id.clone(), ..DocRows::default() };
        let date = info.date.map(|d| d.to_string()).unwrap_or_default();
        let mut c = Cells::new(&mut rows.tables[DocRows::DOCUMENTS], &DOCUMENTS);
        c.text("doc_id", &self.safe(&doc.id));
        c.text("path", &self.safe(&doc.path));
        c.text("lang", info.lang.code());
        c.text("title", &self.safe(meta.title.as_deref().unwrap_or("")));
        c.text("date", &date);
        c.text("source", &self.safe(meta.source.as_deref().unwrap_or("")));
        c.number("bytes", doc.text.len());
        c.number("sentences", info.sentences);
        c.number("tokens", info.tokens);
        c.text("sha256", &doc.sha256);
        c.end();
        rows
    }

    /// The sentence, mention, relation and fact rows of one window (in a [`DocRows`]
    /// without a document row).
    pub fn window_rows(&mut self, info: &DocInfo, w: &Window) -> DocRows {
        let mut rows = DocRows { doc_id: self.doc.id.clone(), ..DocRows::default() };
        self.add_sentences(&w.sentences, &w.mentions, &w.relations, info.date, &mut rows);
        rows
    }

    /// Adds the rows of consecutive sentences with their mentions and relations.
    fn add_sentences(
        &mut self,
        sentences: &[Sentence],
        mentions: &[Vec<Mention>],
        relations: &[Vec<Relation>],
        doc_date: Option<DocDate>,
        rows: &mut DocRows,
    ) {
        let doc = self.doc;
        let doc_id = self.safe(&doc.id);
        // The tables in DOC_TABLES order.
        let [_, sentence_rows, mention_rows, relation_rows, fact_rows] = &mut rows.tables;
        let mut sid = String::new();
        // When the facts were reported: the document's date.
        let reported = doc_date.map_or_else(String::new, |d| d.to_string());
        for (s, sentence) in sentences.iter().enumerate() {
            set_id(&mut sid, &doc.id, 's', sentence.index);
            let sid = self.safe(&sid);
            let at = SentenceAt {
                sentence,
                doc_id: &doc_id,
                sid: &sid,
                mentions: &mentions[s],
                first_mention: self.n_mention,
                reported: &reported,
            };
            self.add_sentence(&at, sentence_rows);
            for m in at.mentions {
                self.add_mention(&at, m, mention_rows);
            }
            if relations[s].is_empty() {
                continue;
            }
            let fact_dates = crate::relations::FactDates::new(&relations[s], at.mentions);
            for r in &relations[s] {
                self.add_relation(&at, r, &fact_dates, relation_rows, fact_rows);
            }
        }
    }

    /// Adds the `sentences.csv` row of a sentence.
    fn add_sentence(&mut self, at: &SentenceAt, rows: &mut Rows) {
        let text = self.doc.text.as_str();
        let sentence = at.sentence;
        let (line, col) = self.lines.line_col(text, sentence.span.start);
        let mut c = Cells::new(rows, &SENTENCES);
        c.text("sentence_id", at.sid);
        c.text("doc_id", at.doc_id);
        c.number("index", sentence.index);
        c.number("start", sentence.span.start);
        c.number("end", sentence.span.end);
        c.number("line", line);
        c.number("column", col);
        c.text("lang", sentence.lang.code());
        c.text("text", &self.safe(sentence.span.slice(text)));
        c.end();
    }

    /// Adds the `mentions.csv` row of the sentence's next mention.
    fn add_mention(&mut self, at: &SentenceAt, m: &Mention, rows: &mut Rows) {
        let doc = self.doc;
        let text = doc.text.as_str();
        let (line, col) = self.lines.line_col(text, m.span.start);
        set_id(&mut self.id, &doc.id, 'm', self.n_mention);
        self.n_mention += 1;
        let mut c = Cells::new(rows, &MENTIONS);
        c.text("mention_id", &self.safe(&self.id));
        c.text("doc_id", at.doc_id);
        c.text("sentence_id", at.sid);
        c.text("kind", m.kind.as_str());
        c.text("text", &self.safe(m.span.slice(text)));
        c.number("start", m.span.start);
        c.number("end", m.span.end);
        c.number("line", line);
        c.number("column", col);
        c.text("canonical", &self.safe(&m.canonical));
        c.text("entity_id", &m.entity_id);
        c.text("value", &m.value);
        c.text("value_to", &m.value_to);
        c.text("unit", &m.unit);
        c.text("qualifier", m.qualifier.as_str());
        c.text("period", &m.period);
        c.text("mod", m.mod_.map_or("", Mod::as_str));
        c.text("method", m.method.as_str());
        c.end();
    }

    /// Adds the `relations.csv` row of a relation of the sentence and, for a typed
    /// relation between two mentions, its `facts.csv` row. A relation whose ends are
    /// not mentions of the sentence adds nothing.
    fn add_relation(
        &mut self,
        at: &SentenceAt,
        r: &Relation,
        fact_dates: &FactDates,
        relation_rows: &mut Rows,
        fact_rows: &mut Rows,
    ) {
        let Some(subj) = at.mentions.get(r.subject) else { return };
        let obj = r.object.and_then(|o| at.mentions.get(o));
        if r.object.is_some() && obj.is_none() {
            return;
        }
        let doc = self.doc;
        let text = doc.text.as_str();
        set_id(&mut self.id, &doc.id, 'r', self.n_relation);
        self.n_relation += 1;
        let shared = RelationCells {
            rid: self.safe(&self.id),
            trigger: self.safe(r.trigger.map_or("", |t| t.slice(text))),
            confidence: format!("{:.2}", r.confidence),
            subject: display_value(subj),
        };
        let mention = |n: usize| self.safe(&mention_id(&doc.id, at.first_mention + n)).into_owned();
        let mut c = Cells::new(relation_rows, &RELATIONS);
        c.text("relation_id", &shared.rid);
        c.text("doc_id", at.doc_id);
        c.text("sentence_id", at.sid);
        c.text("type", r.kind.as_str());
        c.text("subject_id", &mention(r.subject));
        c.text("object_id", &r.object.map_or_else(String::new, mention));
        c.text("subject", &self.safe(&shared.subject));
        c.text("object", &self.safe(&obj.map_or_else(|| r.value.clone(), display_value)));
        c.text("trigger", &shared.trigger);
        match r.trigger {
            Some(t) => {
                c.number("trigger_start", t.start);
                c.number("trigger_end", t.end);
            }
            None => {
                c.text("trigger_start", "");
                c.text("trigger_end", "");
            }
        }
        c.text("method", r.method.as_str());
        c.text("confidence", &shared.confidence);
        c.end();
        // facts.csv: typed relations between two mentions, with the date that anchors them.
        if let Some(obj) = obj.filter(|_| r.kind.is_typed()) {
            self.add_fact(at, r, obj, &shared, fact_dates, fact_rows);
        }
    }

    /// Adds the `facts.csv` row of a typed relation whose object is `obj`.
    fn add_fact(
        &self,
        at: &SentenceAt,
        r: &Relation,
        obj: &Mention,
        shared: &RelationCells,
        fact_dates: &FactDates,
        rows: &mut Rows,
    ) {
        if r.confidence * 100.0 + 1e-3 < f32::from(self.options.min_confidence) {
            return;
        }
        let (date, date_source) = fact_dates.get(r).unwrap_or((String::new(), ""));
        let object = if r.value.is_empty() {
            display_value(obj)
        } else {
            format!("{} ({})", display_value(obj), r.value)
        };
        let mut c = Cells::new(rows, &FACTS);
        c.text("relation_id", &shared.rid);
        c.text("doc_id", at.doc_id);
        c.text("sentence_id", at.sid);
        c.text("type", r.kind.as_str());
        c.text("subject", &self.safe(&shared.subject));
        c.text("object", &self.safe(&object));
        c.text("date", &date);
        c.text("date_source", date_source);
        c.text("reported", at.reported);
        c.text("trigger", &shared.trigger);
        c.text("confidence", &shared.confidence);
        c.text("method", r.method.as_str());
        c.text("sentence", &self.safe(at.sentence.span.slice(self.doc.text.as_str())));
        c.end();
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
pub fn spreadsheet_safe(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}
