//! The columns of every table, declared once: name, Frictionless type and description
//! of each column, with the table's primary key and foreign keys.
//!
//! Everything else derives from these declarations: the CSV headers (`*_HEADER`),
//! `datapackage.json` and the output `README.md` ([`super::datapackage`]), the JSON
//! types of `veille extract`, the order in which [`super::RowBuilder`] writes cells
//! (checked against the declaration in debug builds), and every reader of the tables,
//! which looks columns up by name through a [`Header`].

use anyhow::{bail, Result};
use std::collections::HashMap;

/// The Frictionless type of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Text (the default; empty cells are missing values).
    String,
    /// A non-negative integer written in decimal.
    Integer,
    /// A decimal number (`0.90`).
    Number,
}

impl FieldType {
    /// The type's name in a Frictionless Table Schema.
    pub const fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Number => "number",
        }
    }
}

/// One column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The header cell.
    pub name: &'static str,
    /// The Frictionless type of the cells.
    pub ty: FieldType,
    /// What the column holds, for people (Markdown).
    pub description: &'static str,
}

/// A foreign key: the values of `column` are values of `references` in `table`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForeignKey {
    /// The column of this table.
    pub column: &'static str,
    /// The referenced table (its name, without `.csv`).
    pub table: &'static str,
    /// The referenced column.
    pub references: &'static str,
}

/// One table veille writes: `NAME.csv`, its columns in order and its keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    /// The table's name; its file is `NAME.csv`.
    pub name: &'static str,
    /// The columns, in file order.
    pub columns: &'static [Column],
    /// The column whose values are unique, when there is one.
    pub primary_key: Option<&'static str>,
    /// Columns that point into other tables.
    pub foreign_keys: &'static [ForeignKey],
}

impl Table {
    /// The file the table is written to: `NAME.csv`.
    pub fn file_name(&self) -> String {
        format!("{}.csv", self.name)
    }

    /// The header cells, in file order.
    pub fn header(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|c| c.name)
    }

    /// The position of a declared column. Panics when the table declares no such
    /// column, at compile time when used in a constant (`const SHA: usize =
    /// DOCUMENTS.index("sha256");`).
    pub const fn index(&self, name: &str) -> usize {
        let mut i = 0;
        while i < self.columns.len() {
            if str_eq(self.columns[i].name, name) {
                return i;
            }
            i += 1;
        }
        panic!("no such column")
    }

    /// Whether the table declares a column called `name`.
    pub fn has(&self, name: &str) -> bool {
        self.columns.iter().any(|c| c.name == name)
    }
}

/// `a == b`, usable in constants.
const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The header cells of `columns` as an array (for the `*_HEADER` constants).
const fn names<const N: usize>(columns: &[Column]) -> [&'static str; N] {
    assert!(columns.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = columns[i].name;
        i += 1;
    }
    out
}

const fn string(name: &'static str, description: &'static str) -> Column {
    Column { name, ty: FieldType::String, description }
}

const fn integer(name: &'static str, description: &'static str) -> Column {
    Column { name, ty: FieldType::Integer, description }
}

const fn number(name: &'static str, description: &'static str) -> Column {
    Column { name, ty: FieldType::Number, description }
}

const fn fk(column: &'static str, table: &'static str, references: &'static str) -> ForeignKey {
    ForeignKey { column, table, references }
}

/// `documents.csv`: one row per document read.
pub const DOCUMENTS: Table = Table {
    name: "documents",
    columns: &[
        string("doc_id", "Corpus-relative path with `/`; `path#id` for a JSON Lines article."),
        string("path", "Corpus-relative path of the file."),
        string("lang", "Document language: fr, de, en or und."),
        string("title", "Title from front matter or the JSON Lines record."),
        string("date", "The document's own date (ISO 8601 at its precision: 2025, 2025-06, 2025-06-11), from front matter or a dateline."),
        string("source", "Source (URL or outlet) from front matter or the JSON Lines record."),
        integer("bytes", "Size of the original text in bytes."),
        integer("sentences", "Number of sentences."),
        integer("tokens", "Number of tokens."),
        string("sha256", "SHA-256 (hex) of the original file, or of the JSON Lines record of an article."),
    ],
    primary_key: Some("doc_id"),
    foreign_keys: &[],
};

/// `sentences.csv`: one row per sentence.
pub const SENTENCES: Table = Table {
    name: "sentences",
    columns: &[
        string("sentence_id", "`doc_id:sN`."),
        string("doc_id", "The document."),
        integer("index", "0-based position of the sentence in its document."),
        integer("start", "Byte offset of the sentence's first byte in the original file."),
        integer("end", "Byte offset just past the sentence's last byte."),
        integer("line", "1-based line of `start`."),
        integer("column", "1-based column of `start`, in characters."),
        string("lang", "Sentence language: fr, de, en or und."),
        string("text", "The sentence exactly as in the file: bytes [start, end)."),
    ],
    primary_key: Some("sentence_id"),
    foreign_keys: &[fk("doc_id", "documents", "doc_id")],
};

/// `mentions.csv`: one row per company, chip, money, date or percent mention.
pub const MENTIONS: Table = Table {
    name: "mentions",
    columns: &[
        string("mention_id", "`doc_id:mN`, N counting the document's mentions in text order."),
        string("doc_id", "The document."),
        string("sentence_id", "The sentence holding the mention."),
        string("kind", "company, chip, money, date or percent."),
        string("text", "The mention exactly as in the file: bytes [start, end)."),
        integer("start", "Byte offset of the mention in the original file."),
        integer("end", "Byte offset just past the mention."),
        integer("line", "1-based line of `start`."),
        integer("column", "1-based column of `start`, in characters."),
        string("canonical", "company/chip: canonical name."),
        string("entity_id", "company/chip: gazetteer id; empty for pattern finds."),
        string(
            "value",
            "money: amount in currency units; date: TIMEX3 value; percent: the number.",
        ),
        string("value_to", "Upper bound of a range."),
        string("unit", "money: ISO 4217 code; percent: % or pp."),
        string("qualifier", "approx, min, max, range, vague or empty."),
        string("period", "Rates: ISO 8601 duration (P1M, P1Y)."),
        string("mod", "date: START, MID, END, BEFORE, AFTER, APPROX or empty."),
        string("method", "exact, folded, stemmed, pattern or rule."),
    ],
    primary_key: Some("mention_id"),
    foreign_keys: &[
        fk("doc_id", "documents", "doc_id"),
        fk("sentence_id", "sentences", "sentence_id"),
        fk("entity_id", "entities", "entity_id"),
    ],
};

/// `relations.csv`: one row per relation between two mentions of a sentence.
pub const RELATIONS: Table = Table {
    name: "relations",
    columns: &[
        string("relation_id", "`doc_id:rN`."),
        string("doc_id", "The document."),
        string("sentence_id", "The sentence stating the relation."),
        string("type", "makes, invests, raises, revenue, profit, orders, values, pays, fined, partners, supplies, owns, dated or cooccurs."),
        string("subject_id", "Mention id of the subject."),
        string("object_id", "Mention id of the object."),
        string("subject", "Subject's canonical name or normalized value."),
        string("object", "Object's canonical name or normalized value."),
        string("trigger", "The cue words, as in the file."),
        integer("trigger_start", "Byte offset of the cue."),
        integer("trigger_end", "Byte offset just past the cue."),
        string("method", "How the relation was found: cue, gazetteer, cooccurrence or sentence-date."),
        number("confidence", "0 to 1: for a fact, the share of facts of its type and method that were right on annotated text (gazetteers/relations/calibration.csv)."),
    ],
    primary_key: Some("relation_id"),
    foreign_keys: &[
        fk("doc_id", "documents", "doc_id"),
        fk("sentence_id", "sentences", "sentence_id"),
        fk("subject_id", "mentions", "mention_id"),
        fk("object_id", "mentions", "mention_id"),
    ],
};

/// `facts.csv`: one row per typed relation, for people.
pub const FACTS: Table = Table {
    name: "facts",
    columns: &[
        string("relation_id", "The relation (in relations.csv) this fact reads."),
        string("doc_id", "The document."),
        string("sentence_id", "The sentence stating the fact."),
        string(
            "type",
            "makes, invests, raises, revenue, profit, orders, values, pays, fined, partners, supplies or owns.",
        ),
        string("subject", "Subject's canonical name."),
        string(
            "object",
            "Object: name, amount with currency (`43000000000 EUR`), with a stake where given.",
        ),
        string(
            "date",
            "The date the sentence states for the fact (TIMEX3 value): the date of its amount, else the sentence's one anchor date; empty when it states none.",
        ),
        string("date_source", "sentence-date when `date` is set, else empty."),
        string(
            "reported",
            "The document's date: when the fact was reported, not the date of the fact; empty when the document has no date.",
        ),
        string("trigger", "The cue words, as in the file."),
        number("confidence", "0 to 1."),
        string("method", "How the relation was found."),
        string("sentence", "The sentence, as in the file."),
    ],
    primary_key: Some("relation_id"),
    foreign_keys: &[
        fk("relation_id", "relations", "relation_id"),
        fk("doc_id", "documents", "doc_id"),
        fk("sentence_id", "sentences", "sentence_id"),
    ],
};

/// `entities.csv`: one row per gazetteer entity seen.
pub const ENTITIES: Table = Table {
    name: "entities",
    columns: &[
        string("entity_id", "Gazetteer id."),
        string("kind", "company or chip."),
        string("canonical", "Canonical name."),
        string("parent", "company: id of the parent company."),
        string("vendor", "chip: id of the company that designs it."),
        string("country", "company: ISO 3166-1 alpha-2."),
        string("wikidata", "Wikidata QID, where certain."),
        integer("mentions", "Mentions in this run."),
        integer("documents", "Documents mentioning it in this run."),
    ],
    primary_key: Some("entity_id"),
    foreign_keys: &[],
};

/// `candidates.csv`: one row per name found by a pattern but missing from the gazetteers.
pub const CANDIDATES: Table = Table {
    name: "candidates",
    columns: &[
        string("surface", "Name found by a pattern but missing from the gazetteers."),
        string("kind", "company or chip."),
        integer("count", "How often it was found."),
        string("first_sentence_id", "Where it was first found."),
    ],
    primary_key: None,
    foreign_keys: &[],
};

/// `errors.csv`: one row per file or line that could not be read.
pub const ERRORS: Table = Table {
    name: "errors",
    columns: &[
        string("path", "Corpus-relative path of the file."),
        integer("line", "1-based line, where one applies."),
        integer("byte", "Byte offset, where one applies."),
        string("message", "What went wrong."),
    ],
    primary_key: None,
    foreign_keys: &[],
};

/// Every table a run writes, in the order `datapackage.json` and the output
/// `README.md` list them.
pub const TABLES: [&Table; 8] =
    [&DOCUMENTS, &SENTENCES, &MENTIONS, &RELATIONS, &FACTS, &ENTITIES, &CANDIDATES, &ERRORS];

/// The tables with one block of rows per document, in the order they are written
/// (the order of [`super::DocRows::tables`]). Each has a `doc_id` column.
pub const DOC_TABLES: [&Table; 5] = [&DOCUMENTS, &SENTENCES, &MENTIONS, &RELATIONS, &FACTS];

/// The header of `documents.csv`.
pub const DOCUMENTS_HEADER: &[&str] = &names::<{ DOCUMENTS.columns.len() }>(DOCUMENTS.columns);
/// The header of `sentences.csv`.
pub const SENTENCES_HEADER: &[&str] = &names::<{ SENTENCES.columns.len() }>(SENTENCES.columns);
/// The header of `mentions.csv`.
pub const MENTIONS_HEADER: &[&str] = &names::<{ MENTIONS.columns.len() }>(MENTIONS.columns);
/// The header of `relations.csv`.
pub const RELATIONS_HEADER: &[&str] = &names::<{ RELATIONS.columns.len() }>(RELATIONS.columns);
/// The header of `facts.csv`.
pub const FACTS_HEADER: &[&str] = &names::<{ FACTS.columns.len() }>(FACTS.columns);
/// The header of `entities.csv`.
pub const ENTITIES_HEADER: &[&str] = &names::<{ ENTITIES.columns.len() }>(ENTITIES.columns);
/// The header of `candidates.csv`.
pub const CANDIDATES_HEADER: &[&str] = &names::<{ CANDIDATES.columns.len() }>(CANDIDATES.columns);
/// The header of `errors.csv`.
pub const ERRORS_HEADER: &[&str] = &names::<{ ERRORS.columns.len() }>(ERRORS.columns);

/// The header line of a CSV file as read: column positions by name, for readers that
/// look columns up by name rather than by position. A file may hold more columns than
/// a reader needs, or (hand-made, or from an older run) fewer: [`Header::require`]
/// names the file and the missing column, [`Header::find`] lets the reader go on.
#[derive(Clone, Debug)]
pub struct Header {
    file: String,
    /// The table the file is meant to hold, when known: every name looked up must be
    /// one of its declared columns (checked in debug builds).
    table: Option<&'static Table>,
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl Header {
    /// The header `names` of `file` (as shown in errors), holding no particular table.
    pub fn new<I, S>(file: impl Into<String>, names: I) -> Header
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let names: Vec<String> = names.into_iter().map(|n| n.as_ref().to_string()).collect();
        let mut index = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            index.entry(n.clone()).or_insert(i);
        }
        Header { file: file.into(), table: None, names, index }
    }

    /// The header of a file meant to hold `table`: the names a reader looks up must be
    /// declared columns of the table.
    pub fn of<I, S>(table: &'static Table, file: impl Into<String>, names: I) -> Header
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Header { table: Some(table), ..Header::new(file, names) }
    }

    /// The file, as errors name it.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The header cells, in file order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The position of column `name`, if the file has it.
    pub fn find(&self, name: &str) -> Option<usize> {
        if let Some(t) = self.table {
            debug_assert!(t.has(name), "{} declares no column `{name}`", t.file_name());
        }
        self.index.get(name).copied()
    }

    /// The position of column `name`; an error naming the file and the column when the
    /// file has no such column.
    pub fn require(&self, name: &str) -> Result<usize> {
        match self.find(name) {
            Some(i) => Ok(i),
            None => bail!("{}: no `{name}` column", self.file),
        }
    }

    /// The positions of several columns, all required.
    pub fn require_all<const N: usize>(&self, names: [&str; N]) -> Result<[usize; N]> {
        let mut out = [0; N];
        for (o, name) in out.iter_mut().zip(names) {
            *o = self.require(name)?;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_declared_columns() {
        for t in TABLES {
            if let Some(pk) = t.primary_key {
                assert!(t.has(pk), "{}: primary key {pk}", t.name);
            }
            for k in t.foreign_keys {
                assert!(t.has(k.column), "{}: {}", t.name, k.column);
                let target = TABLES.iter().find(|r| r.name == k.table).expect("referenced table");
                assert!(target.has(k.references), "{} → {}.{}", t.name, k.table, k.references);
            }
        }
        for t in DOC_TABLES {
            assert!(t.has("doc_id"), "{}", t.name);
        }
    }

    #[test]
    fn headers_follow_the_declarations() {
        assert_eq!(MENTIONS_HEADER, MENTIONS.header().collect::<Vec<_>>());
        assert_eq!(MENTIONS_HEADER[MENTIONS.index("mod")], "mod");
        assert_eq!(ERRORS_HEADER, ["path", "line", "byte", "message"]);
    }

    #[test]
    fn a_missing_column_is_named_with_its_file() {
        let h = Header::of(&MENTIONS, "out/mentions.csv", ["mention_id", "kind"]);
        assert_eq!(h.require("kind").unwrap(), 1);
        assert_eq!(h.find("value"), None);
        let e = h.require_all(["kind", "start"]).unwrap_err().to_string();
        assert_eq!(e, "out/mentions.csv: no `start` column");
    }
}
