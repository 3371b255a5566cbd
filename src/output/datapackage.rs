//! `datapackage.json`: a Frictionless Data Package describing every table a run
//! writes (field types, descriptions, primary and foreign keys), so that the tables
//! load with the right types in pandas, R, DuckDB or Spark and validate with the
//! `frictionless` tool.

use serde_json::{json, Value};

/// Field type and description of every column, by table.
fn fields(table: &str) -> Vec<(&'static str, &'static str, &'static str)> {
    match table {
        "documents" => vec![
            ("doc_id", "string", "Corpus-relative path with `/`; `path#id` for a JSON Lines article."),
            ("path", "string", "Corpus-relative path of the file."),
            ("lang", "string", "Document language: fr, de, en or und."),
            ("title", "string", "Title from front matter or the JSON Lines record."),
            ("date", "string", "The document's own date (ISO 8601 at its precision: 2025, 2025-06, 2025-06-11), from front matter or a dateline."),
            ("source", "string", "Source (URL or outlet) from front matter or the JSON Lines record."),
            ("bytes", "integer", "Size of the original text in bytes."),
            ("sentences", "integer", "Number of sentences."),
            ("tokens", "integer", "Number of tokens."),
            ("sha256", "string", "SHA-256 (hex) of the original file, or of the JSON Lines record of an article."),
        ],
        "sentences" => vec![
            ("sentence_id", "string", "`doc_id:sN`."),
            ("doc_id", "string", "The document."),
            ("index", "integer", "0-based position of the sentence in its document."),
            ("start", "integer", "Byte offset of the sentence's first byte in the original file."),
            ("end", "integer", "Byte offset just past the sentence's last byte."),
            ("line", "integer", "1-based line of `start`."),
            ("column", "integer", "1-based column of `start`, in characters."),
            ("lang", "string", "Sentence language: fr, de, en or und."),
            ("text", "string", "The sentence exactly as in the file: bytes [start, end)."),
        ],
        "mentions" => vec![
            ("mention_id", "string", "`doc_id:mN`, N counting the document's mentions in text order."),
            ("doc_id", "string", "The document."),
            ("sentence_id", "string", "The sentence holding the mention."),
            ("kind", "string", "company, chip, money, date or percent."),
            ("text", "string", "The mention exactly as in the file: bytes [start, end)."),
            ("start", "integer", "Byte offset of the mention in the original file."),
            ("end", "integer", "Byte offset just past the mention."),
            ("line", "integer", "1-based line of `start`."),
            ("column", "integer", "1-based column of `start`, in characters."),
            ("canonical", "string", "company/chip: canonical name."),
            ("entity_id", "string", "company/chip: gazetteer id; empty for pattern finds."),
            ("value", "string", "money: amount in currency units; date: TIMEX3 value; percent: the number."),
            ("value_to", "string", "Upper bound of a range."),
            ("unit", "string", "money: ISO 4217 code; percent: % or pp."),
            ("qualifier", "string", "approx, min, max, range, vague or empty."),
            ("period", "string", "Rates: ISO 8601 duration (P1M, P1Y)."),
            ("mod", "string", "date: START, MID, END, BEFORE, AFTER, APPROX or empty."),
            ("method", "string", "exact, folded, stemmed, pattern or rule."),
        ],
        "relations" => vec![
            ("relation_id", "string", "`doc_id:rN`."),
            ("doc_id", "string", "The document."),
            ("sentence_id", "string", "The sentence stating the relation."),
            ("type", "string", "makes, invests, raises, revenue, profit, orders, values, pays, fined, partners, supplies, owns, dated or cooccurs."),
            ("subject_id", "string", "Mention id of the subject."),
            ("object_id", "string", "Mention id of the object; empty when the object is the document's date."),
            ("subject", "string", "Subject's canonical name or normalized value."),
            ("object", "string", "Object's canonical name or normalized value."),
            ("trigger", "string", "The cue words, as in the file."),
            ("trigger_start", "integer", "Byte offset of the cue."),
            ("trigger_end", "integer", "Byte offset just past the cue."),
            ("method", "string", "How the relation was found: cue, gazetteer, cooccurrence, sentence-date."),
            ("confidence", "number", "0 to 1."),
        ],
        "facts" => vec![
            ("relation_id", "string", "The relation (in relations.csv) this fact reads."),
            ("doc_id", "string", "The document."),
            ("sentence_id", "string", "The sentence stating the fact."),
            ("type", "string", "makes, invests, raises, revenue, profit, orders, values, pays, fined, partners, supplies or owns."),
            ("subject", "string", "Subject's canonical name."),
            ("object", "string", "Object: name, amount with currency (`43000000000 EUR`), with a stake where given."),
            ("date", "string", "The date the sentence states for the fact (TIMEX3 value): the date of its amount, else the sentence's one anchor date; empty when the sentence states none."),
            ("date_source", "string", "sentence-date when `date` is set, else empty."),
            ("reported", "string", "The document's date: when the fact was reported (not the date of the fact); empty when the document has no date."),
            ("trigger", "string", "The cue words, as in the file."),
            ("confidence", "number", "0 to 1."),
            ("method", "string", "How the relation was found."),
            ("sentence", "string", "The sentence, as in the file."),
        ],
        "entities" => vec![
            ("entity_id", "string", "Gazetteer id."),
            ("kind", "string", "company or chip."),
            ("canonical", "string", "Canonical name."),
            ("parent", "string", "company: id of the parent company."),
            ("vendor", "string", "chip: id of the company that designs it."),
            ("country", "string", "company: ISO 3166-1 alpha-2."),
            ("wikidata", "string", "Wikidata QID, where certain."),
            ("mentions", "integer", "Mentions in this run."),
            ("documents", "integer", "Documents mentioning it in this run."),
        ],
        "candidates" => vec![
            ("surface", "string", "Name found by a pattern but missing from the gazetteers."),
            ("kind", "string", "company or chip."),
            ("count", "integer", "How often it was found."),
            ("first_sentence_id", "string", "Where it was first found."),
        ],
        "errors" => vec![
            ("path", "string", "Corpus-relative path of the file."),
            ("line", "integer", "1-based line, where one applies."),
            ("byte", "integer", "Byte offset, where one applies."),
            ("message", "string", "What went wrong."),
        ],
        _ => Vec::new(),
    }
}

/// A foreign key: `(field, referenced table, referenced field)`.
type ForeignKey = (&'static str, &'static str, &'static str);

/// The tables in the package, with their primary key and foreign keys.
fn tables() -> Vec<(&'static str, Option<&'static str>, Vec<ForeignKey>)> {
    vec![
        ("documents", Some("doc_id"), vec![]),
        ("sentences", Some("sentence_id"), vec![("doc_id", "documents", "doc_id")]),
        (
            "mentions",
            Some("mention_id"),
            vec![
                ("doc_id", "documents", "doc_id"),
                ("sentence_id", "sentences", "sentence_id"),
                ("entity_id", "entities", "entity_id"),
            ],
        ),
        (
            "relations",
            Some("relation_id"),
            vec![
                ("doc_id", "documents", "doc_id"),
                ("sentence_id", "sentences", "sentence_id"),
                ("subject_id", "mentions", "mention_id"),
                ("object_id", "mentions", "mention_id"),
            ],
        ),
        (
            "facts",
            Some("relation_id"),
            vec![
                ("relation_id", "relations", "relation_id"),
                ("doc_id", "documents", "doc_id"),
                ("sentence_id", "sentences", "sentence_id"),
            ],
        ),
        ("entities", Some("entity_id"), vec![]),
        ("candidates", None, vec![]),
        ("errors", None, vec![]),
    ]
}

/// The data package descriptor for the tables of one run.
pub fn descriptor() -> Value {
    let resources: Vec<Value> = tables()
        .into_iter()
        .map(|(name, pk, fks)| {
            let fields: Vec<Value> = fields(name)
                .into_iter()
                .map(|(n, t, d)| json!({"name": n, "type": t, "description": d}))
                .collect();
            let mut schema = json!({"fields": fields, "missingValues": [""]});
            if let Some(pk) = pk {
                schema["primaryKey"] = json!([pk]);
            }
            if !fks.is_empty() {
                schema["foreignKeys"] = Value::Array(
                    fks.into_iter()
                        .map(|(f, r, rf)| json!({"fields": [f], "reference": {"resource": r, "fields": [rf]}}))
                        .collect(),
                );
            }
            json!({
                "name": name,
                "path": format!("{name}.csv"),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            })
        })
        .collect();
    json!({
        "name": "veille-output",
        "title": "veille: mentions, entities and relations extracted from news articles",
        "description": "Tables written by one `veille run`. Every span is a byte range [start, end) into the original file; line and column are 1-based, columns in characters.",
        "profile": "tabular-data-package",
        "resources": resources,
    })
}

/// A Markdown description of every table and column (written as `README.md` beside the
/// tables), generated from the same descriptions as `datapackage.json`.
pub fn readme() -> String {
    let mut s = String::from(
        "# veille output\n\n\
         Tables written by `veille run` (CSV, UTF-8, RFC 4180 quoting, one header line), described\n\
         for machines in `datapackage.json` (Frictionless Data Package: types, keys, links).\n\n\
         **Provenance.** `start` and `end` are byte offsets into the original file (for a JSON Lines\n\
         article: into its `text`): the file's bytes `[start, end)` are exactly the row's `text`.\n\
         `line` and `column` are 1-based; columns count characters. Ids are stable across runs:\n\
         `doc_id:sN` (sentence N), `doc_id:mN` (mention N), `doc_id:rN` (relation N).\n\n\
         Cells hold the exact text; `veille run --spreadsheet-safe` prefixes cells that a spreadsheet\n\
         would run as a formula with `'` (then the provenance invariant no longer holds for them).\n",
    );
    for (name, pk, fks) in tables() {
        s.push_str(&format!("\n## {name}.csv\n\n"));
        if let Some(pk) = pk {
            s.push_str(&format!("Primary key: `{pk}`."));
        }
        for (f, r, rf) in &fks {
            s.push_str(&format!(" `{f}` → `{r}.{rf}`."));
        }
        if pk.is_some() || !fks.is_empty() {
            s.push_str("\n\n");
        }
        s.push_str("| column | type | meaning |\n| --- | --- | --- |\n");
        for (n, t, d) in fields(name) {
            s.push_str(&format!("| `{n}` | {t} | {d} |\n"));
        }
    }
    s
}
