//! `veille extract`: one document, or JSON Lines articles, to JSON Lines on stdout —
//! one object per document, sentence, mention and relation, with the same fields as
//! the CSV tables plus a `"table"` field naming the table the object belongs to.

use crate::analyze::analyze;
use crate::document::Document;
use crate::ingest;
use crate::output::{doc_rows, DocRows, FieldType, OutputOptions, DOC_TABLES};
use crate::resources::Resources;
use crate::tokenize::Stemmer;
use serde_json::{Map, Value};
use std::io::Write;

/// Reads documents from `bytes`: JSON Lines when `name` ends in `.jsonl` or the input
/// starts with `{`, else one plain-text document named `name`.
pub fn documents_from(name: &str, bytes: Vec<u8>) -> (Vec<Document>, Vec<ingest::IngestError>) {
    let looks_jsonl = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let name = if looks_jsonl && !name.ends_with(".jsonl") {
        format!("{name}.jsonl")
    } else {
        name.to_string()
    };
    ingest::parse_bytes(&name, bytes)
}

/// The JSON objects of one document's rows, in table order. Cells follow their
/// column's declared type: integer and number columns become JSON numbers, and empty
/// cells `null` (except `text`, an empty string).
pub fn json_objects(rows: &DocRows) -> Vec<Value> {
    let mut out = Vec::new();
    for (table, block) in DOC_TABLES.iter().zip(&rows.tables) {
        for row in block.iter() {
            let mut obj = Map::new();
            obj.insert("table".into(), Value::String(table.name.to_string()));
            for (col, cell) in table.columns.iter().zip(row.iter()) {
                let v = if cell.is_empty() && col.name != "text" {
                    Value::Null
                } else {
                    match col.ty {
                        FieldType::Integer => cell
                            .parse::<u64>()
                            .map(Value::from)
                            .unwrap_or_else(|_| Value::String(cell.to_string())),
                        FieldType::Number => cell
                            .parse::<f64>()
                            .ok()
                            .and_then(serde_json::Number::from_f64)
                            .map_or(Value::Null, Value::Number),
                        FieldType::String => Value::String(cell.to_string()),
                    }
                };
                obj.insert(col.name.to_string(), v);
            }
            out.push(Value::Object(obj));
        }
    }
    out
}

/// Reads JSON Lines articles from `input` one line at a time and writes each one's rows
/// to `out` as soon as it is analyzed (flushing after each), so that veille works in a
/// stream. Problems are passed to `warn`. Returns the number of documents written.
pub fn stream_jsonl(
    name: &str,
    input: impl std::io::BufRead,
    res: &Resources,
    out: &mut impl Write,
    mut warn: impl FnMut(&ingest::IngestError),
) -> std::io::Result<usize> {
    let mut reader = ingest::JsonlReader::new(name);
    let mut stemmer = Stemmer::new();
    let options = OutputOptions::default();
    let mut offset = 0;
    let mut n = 0;
    for (i, line) in input.split(b'\n').enumerate() {
        let bytes = line?;
        let at = offset;
        offset += bytes.len() + 1;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let byte = at + e.utf8_error().valid_up_to();
                warn(&ingest::IngestError {
                    path: name.into(),
                    line: Some(i + 1),
                    byte: Some(byte),
                    message: "invalid UTF-8".into(),
                });
                continue;
            }
        };
        let (doc, problem) = reader.line(i + 1, at, &text);
        if let Some(p) = &problem {
            warn(p);
        }
        if let Some(doc) = doc {
            let a = analyze(doc, res, &mut stemmer);
            for obj in json_objects(&doc_rows(&a, &options)) {
                serde_json::to_writer(&mut *out, &obj)?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
            n += 1;
        }
    }
    Ok(n)
}

/// Analyzes `docs` and writes their rows as JSON Lines to `out`. Returns the number of
/// documents written.
pub fn write_jsonl(
    docs: Vec<Document>,
    res: &Resources,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let mut stemmer = Stemmer::new();
    let options = OutputOptions::default();
    let mut n = 0;
    for doc in docs {
        let a = analyze(doc, res, &mut stemmer);
        for obj in json_objects(&doc_rows(&a, &options)) {
            serde_json::to_writer(&mut *out, &obj)?;
            out.write_all(b"\n")?;
        }
        n += 1;
    }
    out.flush()?;
    Ok(n)
}
