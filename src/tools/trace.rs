//! `veille trace`: where does this figure come from? Finds mentions in a run's tables
//! whose text or normalized value matches a query and shows each in its sentence.

use crate::output::{Header, Table, MENTIONS, SENTENCES};
use crate::tokenize::{fold_form, lower_form};
use anyhow::{Context, Result};
use csv::StringRecord;
use std::collections::HashMap;
use std::path::Path;

/// One mention that matched, with its sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The mention's id.
    pub mention_id: String,
    /// Its document.
    pub doc_id: String,
    /// 1-based line of the mention, as the table gives it.
    pub line: String,
    /// 1-based column of the mention, in characters.
    pub column: String,
    /// company, chip, money, date or percent.
    pub kind: String,
    /// The mention as in the file.
    pub text: String,
    /// canonical name, or value with unit and qualifiers.
    pub normalized: String,
    /// The text of the mention's sentence.
    pub sentence: String,
    /// Byte range of the mention inside `sentence`.
    pub at: (usize, usize),
}

fn norm(s: &str) -> String {
    fold_form(&lower_form(s)).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn number(s: &str) -> Option<f64> {
    let t: String =
        s.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
    t.parse::<f64>().ok()
}

/// Whether a mention matches `query`: its `text` contains it (case and accents
/// ignored), or its `canonical` name or `value` equals it (numbers compared as numbers).
fn matches(query: &str, q_norm: &str, text: &str, canonical: &str, value: &str) -> bool {
    if !q_norm.is_empty() && norm(text).contains(q_norm) {
        return true;
    }
    if norm(canonical) == q_norm && !q_norm.is_empty() {
        return true;
    }
    if !value.is_empty() && (value == query.trim() || norm(value) == q_norm) {
        return true;
    }
    match (number(query), number(value)) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        _ => false,
    }
}

/// Reads `table` from the folder `out`: its header and its rows.
fn read(out: &Path, table: &'static Table) -> Result<(Header, Vec<StringRecord>)> {
    let path = out.join(table.file_name());
    let mut r =
        csv::Reader::from_path(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let names = r.headers().with_context(|| format!("cannot read {}", path.display()))?;
    let header = Header::of(table, path.display().to_string(), names);
    let mut rows = Vec::new();
    for (i, rec) in r.records().enumerate() {
        rows.push(rec.with_context(|| format!("{}:{}: bad CSV", path.display(), i + 2))?);
    }
    Ok((header, rows))
}

/// A cell of `row` by position; empty when the file has no such column.
fn cell(row: &StringRecord, col: Option<usize>) -> &str {
    col.and_then(|c| row.get(c)).unwrap_or("")
}

/// Finds the mentions of the tables in `out` that match `query`. The tables' columns
/// are found by name: a table without a column the search needs (ids, kind, text,
/// spans; a sentence's text) is an error naming the file and the column, missing
/// normalized fields read as empty.
pub fn find(out: &Path, query: &str) -> Result<Vec<Hit>> {
    let (mh, mentions) = read(out, &MENTIONS)?;
    let (sh, sentences) = read(out, &SENTENCES)?;
    let [mention_id, doc_id, sentence_id, kind, text, start, end] =
        mh.require_all(["mention_id", "doc_id", "sentence_id", "kind", "text", "start", "end"])?;
    let [line, column, canonical, entity_id, value] =
        ["line", "column", "canonical", "entity_id", "value"].map(|c| mh.find(c));
    let details = ["value", "value_to", "unit", "qualifier", "period", "mod"].map(|c| mh.find(c));
    let [s_id, s_start, s_text] = sh.require_all(["sentence_id", "start", "text"])?;
    let by_id: HashMap<&str, &StringRecord> =
        sentences.iter().map(|s| (cell(s, Some(s_id)), s)).collect();
    let q_norm = norm(query);
    let mut hits = Vec::new();
    for m in &mentions {
        let get = |c: usize| cell(m, Some(c));
        if !matches(query, &q_norm, get(text), cell(m, canonical), cell(m, value)) {
            continue;
        }
        let Some(s) = by_id.get(get(sentence_id)) else { continue };
        let s_start: usize = cell(s, Some(s_start)).parse().unwrap_or(0);
        let (m_start, m_end): (usize, usize) =
            (get(start).parse().unwrap_or(0), get(end).parse().unwrap_or(0));
        let sentence = cell(s, Some(s_text)).to_string();
        let at = (m_start.saturating_sub(s_start), m_end.saturating_sub(s_start));
        let at = if at.1 <= sentence.len()
            && sentence.is_char_boundary(at.0)
            && sentence.is_char_boundary(at.1)
        {
            at
        } else {
            (0, 0)
        };
        let normalized = match get(kind) {
            "company" | "chip" => {
                format!("{} [{}]", cell(m, canonical), cell(m, entity_id))
            }
            _ => details
                .iter()
                .map(|&c| cell(m, c))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        };
        hits.push(Hit {
            mention_id: get(mention_id).to_string(),
            doc_id: get(doc_id).to_string(),
            line: cell(m, line).to_string(),
            column: cell(m, column).to_string(),
            kind: get(kind).to_string(),
            text: get(text).to_string(),
            normalized,
            sentence,
            at,
        });
    }
    Ok(hits)
}

/// Formats a hit for people: location, kind, normalized value, and the sentence with the
/// mention highlighted (ANSI colour when `colour`, else `[[...]]`).
pub fn format_hit(hit: &Hit, colour: bool) -> String {
    let (a, b) = hit.at;
    let s = &hit.sentence;
    let (open, close) = if colour { ("\x1b[1;33m", "\x1b[0m") } else { ("[[", "]]") };
    let marked = format!("{}{open}{}{close}{}", &s[..a], &s[a..b], &s[b..]);
    format!(
        "{}:{}:{}  {}  {}  {}  ({})\n    {}\n",
        hit.doc_id,
        hit.line,
        hit.column,
        hit.kind,
        hit.text,
        hit.normalized,
        hit.mention_id,
        marked.replace('\n', " ")
    )
}
