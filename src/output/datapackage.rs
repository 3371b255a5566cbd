//! `datapackage.json`: a Frictionless Data Package describing every table a run
//! writes (field types, descriptions, primary and foreign keys), so that the tables
//! load with the right types in pandas, R, DuckDB or Spark and validate with the
//! `frictionless` tool.

use super::schema::{Table, TABLES};
use serde_json::{json, Value};

/// The data package descriptor for the tables of one run made with the language data
/// whose fingerprint is `data_sha256` (see [`crate::resources::fingerprint_files`]):
/// a `veille` property names the version and the data, so that a table can be traced
/// to the rules and names that made it.
pub fn descriptor(data_sha256: &str) -> Value {
    let resources: Vec<Value> = TABLES.into_iter().map(resource).collect();
    json!({
        "name": "veille-output",
        "title": "veille: mentions, entities and relations extracted from news articles",
        "description": "Tables written by one `veille run`. Every span is a byte range [start, end) into the original file; line and column are 1-based, columns in characters.",
        "profile": "tabular-data-package",
        "veille": {"version": env!("CARGO_PKG_VERSION"), "data_sha256": data_sha256},
        "resources": resources,
    })
}

/// The descriptor of one table: a tabular data resource with its Table Schema.
fn resource(t: &Table) -> Value {
    let fields: Vec<Value> = t
        .columns
        .iter()
        .map(|c| json!({"name": c.name, "type": c.ty.as_str(), "description": c.description}))
        .collect();
    let mut schema = json!({"fields": fields, "missingValues": [""]});
    if let Some(pk) = t.primary_key {
        schema["primaryKey"] = json!([pk]);
    }
    if !t.foreign_keys.is_empty() {
        schema["foreignKeys"] = Value::Array(
            t.foreign_keys
                .iter()
                .map(|k| {
                    json!({
                        "fields": [k.column],
                        "reference": {"resource": k.table, "fields": [k.references]},
                    })
                })
                .collect(),
        );
    }
    json!({
        "name": t.name,
        "path": t.file_name(),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
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
    for t in TABLES {
        s.push_str(&format!("\n## {}\n\n", t.file_name()));
        if let Some(pk) = t.primary_key {
            s.push_str(&format!("Primary key: `{pk}`."));
        }
        for k in t.foreign_keys {
            s.push_str(&format!(" `{}` → `{}.{}`.", k.column, k.table, k.references));
        }
        if t.primary_key.is_some() || !t.foreign_keys.is_empty() {
            s.push_str("\n\n");
        }
        s.push_str("| column | type | meaning |\n| --- | --- | --- |\n");
        for c in t.columns {
            s.push_str(&format!("| `{}` | {} | {} |\n", c.name, c.ty.as_str(), c.description));
        }
    }
    s
}
