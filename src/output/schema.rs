//! The columns of every table, declared once.

pub const DOCUMENTS_HEADER: &[&str] = &[
    "doc_id",
    "path",
    "lang",
    "title",
    "date",
    "source",
    "bytes",
    "sentences",
    "tokens",
    "sha256",
];
pub const SENTENCES_HEADER: &[&str] =
    &["sentence_id", "doc_id", "index", "start", "end", "line", "column", "lang", "text"];
pub const MENTIONS_HEADER: &[&str] = &[
    "mention_id",
    "doc_id",
    "sentence_id",
    "kind",
    "text",
    "start",
    "end",
    "line",
    "column",
    "canonical",
    "entity_id",
    "value",
    "value_to",
    "unit",
    "qualifier",
    "period",
    "mod",
    "method",
];
pub const RELATIONS_HEADER: &[&str] = &[
    "relation_id",
    "doc_id",
    "sentence_id",
    "type",
    "subject_id",
    "object_id",
    "subject",
    "object",
    "trigger",
    "trigger_start",
    "trigger_end",
    "method",
    "confidence",
];
pub const FACTS_HEADER: &[&str] = &[
    "relation_id",
    "doc_id",
    "sentence_id",
    "type",
    "subject",
    "object",
    "date",
    "date_source",
    "reported",
    "trigger",
    "confidence",
    "method",
    "sentence",
];
pub const ENTITIES_HEADER: &[&str] = &[
    "entity_id",
    "kind",
    "canonical",
    "parent",
    "vendor",
    "country",
    "wikidata",
    "mentions",
    "documents",
];
pub const CANDIDATES_HEADER: &[&str] = &["surface", "kind", "count", "first_sentence_id"];
pub const ERRORS_HEADER: &[&str] = &["path", "line", "byte", "message"];

/// The tables with one block of rows per document, in the order they are written,
/// with their headers. Each has a `doc_id` column.
pub const DOC_TABLES: [(&str, &[&str]); 5] = [
    ("documents.csv", DOCUMENTS_HEADER),
    ("sentences.csv", SENTENCES_HEADER),
    ("mentions.csv", MENTIONS_HEADER),
    ("relations.csv", RELATIONS_HEADER),
    ("facts.csv", FACTS_HEADER),
];
pub(crate) const DOCUMENTS: usize = 0;
pub(crate) const SENTENCES: usize = 1;
pub(crate) const MENTIONS: usize = 2;
pub(crate) const RELATIONS: usize = 3;
