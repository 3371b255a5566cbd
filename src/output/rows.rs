//! Rows built from an analyzed document: ids, cells and the per-document blocks of
//! the tables.

use super::schema::*;
use super::OutputOptions;
use crate::analyze::{Analysis, DocInfo, Window};
use crate::calendar::DocDate;
use crate::document::{Document, Sentence};
use crate::mention::Relation;
use crate::mention::{Kind, Mention};
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

    pub fn len(&self) -> usize {
        self.row_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.row_ends.is_empty()
    }

    /// Row `i`.
    pub fn get(&self, i: usize) -> Option<Row<'_>> {
        let end = *self.row_ends.get(i)?;
        let start = if i == 0 { 0 } else { self.row_ends[i - 1] };
        Some(Row { rows: self, cells: start..end })
    }

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
    pub doc_id: String,
    pub tables: [Rows; DOC_TABLES.len()],
}

impl DocRows {
    pub fn sentences(&self) -> usize {
        self.tables[SENTENCES].len()
    }
    pub fn mentions(&self) -> usize {
        self.tables[MENTIONS].len()
    }
    pub fn relations(&self) -> usize {
        self.tables[RELATIONS].len()
    }
    /// The document's token count (from its `documents.csv` row).
    pub fn tokens(&self) -> usize {
        self.tables[DOCUMENTS]
            .get(0)
            .and_then(|r| r.get(8))
            .and_then(|t| t.parse().ok())
            .unwrap_or(0)
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
}

impl<'a> RowBuilder<'a> {
    pub fn new(doc: &'a Document, options: &'a OutputOptions) -> RowBuilder<'a> {
        RowBuilder { doc, options, lines: LineCursor::new(&doc.text), n_mention: 0, n_relation: 0 }
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
        let r = &mut rows.tables[DOCUMENTS];
        r.cell(&self.safe(&doc.id));
        r.cell(&self.safe(&doc.path));
        r.cell(info.lang.code());
        r.cell(&self.safe(meta.title.as_deref().unwrap_or("")));
        r.cell(&date);
        r.cell(&self.safe(meta.source.as_deref().unwrap_or("")));
        r.number(doc.text.len());
        r.number(info.sentences);
        r.number(info.tokens);
        r.cell(&doc.sha256);
        r.end_row();
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
        let text = doc.text.as_str();
        let doc_id = self.safe(&doc.id);
        // The tables in DOC_TABLES order.
        let [_, sentence_rows, mention_rows, relation_rows, fact_rows] = &mut rows.tables;
        let mut sid = String::new();
        let mut id = String::new();
        // When the facts were reported: the document's date.
        let reported = doc_date.map_or_else(String::new, |d| d.to_string());
        for (s, sentence) in sentences.iter().enumerate() {
            set_id(&mut sid, &doc.id, 's', sentence.index);
            let sid = self.safe(&sid);
            let (line, col) = self.lines.line_col(text, sentence.span.start);
            let r = &mut *sentence_rows;
            r.cell(&sid);
            r.cell(&doc_id);
            r.number(sentence.index);
            r.number(sentence.span.start);
            r.number(sentence.span.end);
            r.number(line);
            r.number(col);
            r.cell(sentence.lang.code());
            r.cell(&self.safe(sentence.span.slice(text)));
            r.end_row();
            let first_id = self.n_mention;
            for m in &mentions[s] {
                let (line, col) = self.lines.line_col(text, m.span.start);
                set_id(&mut id, &doc.id, 'm', self.n_mention);
                let r = &mut *mention_rows;
                r.cell(&self.safe(&id));
                r.cell(&doc_id);
                r.cell(&sid);
                r.cell(m.kind.as_str());
                r.cell(&self.safe(m.span.slice(text)));
                r.number(m.span.start);
                r.number(m.span.end);
                r.number(line);
                r.number(col);
                r.cell(&self.safe(&m.canonical));
                for cell in
                    [&m.entity_id, &m.value, &m.value_to, &m.unit, &m.qualifier, &m.period, &m.mod_]
                {
                    r.cell(cell);
                }
                r.cell(m.method.as_str());
                r.end_row();
                self.n_mention += 1;
            }
            let ms = &mentions[s];
            if relations[s].is_empty() {
                continue;
            }
            let fact_dates = crate::relations::FactDates::new(&relations[s], ms);
            for r in &relations[s] {
                let Some(subj) = ms.get(r.subject) else { continue };
                let obj = r.object.and_then(|o| ms.get(o));
                if r.object.is_some() && obj.is_none() {
                    continue;
                }
                set_id(&mut id, &doc.id, 'r', self.n_relation);
                let rid = self.safe(&id);
                let trigger_text = self.safe(r.trigger.map_or("", |t| t.slice(text)));
                let confidence = format!("{:.2}", r.confidence);
                let subject = display_value(subj);
                let row = &mut *relation_rows;
                row.cell(&rid);
                row.cell(&doc_id);
                row.cell(&sid);
                row.cell(r.kind.as_str());
                row.cell(&self.safe(&mention_id(&doc.id, first_id + r.subject)));
                row.cell(&r.object.map_or_else(String::new, |o| {
                    self.safe(&mention_id(&doc.id, first_id + o)).into_owned()
                }));
                row.cell(&self.safe(&subject));
                row.cell(&self.safe(&obj.map_or_else(|| r.value.clone(), display_value)));
                row.cell(&trigger_text);
                match r.trigger {
                    Some(t) => {
                        row.number(t.start);
                        row.number(t.end);
                    }
                    None => {
                        row.cell("");
                        row.cell("");
                    }
                }
                row.cell(r.method.as_str());
                row.cell(&confidence);
                row.end_row();
                self.n_relation += 1;
                // facts.csv: typed relations between two mentions, with the date that anchors them.
                let Some(obj) = obj else { continue };
                if !r.kind.is_typed() {
                    continue;
                }
                let (date, date_source) = fact_dates.get(r).unwrap_or((String::new(), ""));
                let object = if r.value.is_empty() {
                    display_value(obj)
                } else {
                    format!("{} ({})", display_value(obj), r.value)
                };
                let row = &mut *fact_rows;
                row.cell(&rid);
                row.cell(&doc_id);
                row.cell(&sid);
                row.cell(r.kind.as_str());
                row.cell(&self.safe(&subject));
                row.cell(&self.safe(&object));
                row.cell(&date);
                row.cell(date_source);
                row.cell(&reported);
                row.cell(&trigger_text);
                row.cell(&confidence);
                row.cell(r.method.as_str());
                row.cell(&self.safe(sentence.span.slice(text)));
                row.end_row();
            }
        }
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
