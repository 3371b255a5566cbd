//! `veille trace`: where does this figure come from? Finds mentions in a run's tables
//! whose text or normalized value matches a query and shows each in its sentence.

use crate::tokenize::{fold_form, lower_form};
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::path::Path;

/// One mention that matched, with its sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub mention_id: String,
    pub doc_id: String,
    pub line: String,
    pub column: String,
    pub kind: String,
    pub text: String,
    /// canonical name, or value with unit and qualifiers.
    pub normalized: String,
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

/// Whether a mention row matches `query`: its text contains it (case and accents
/// ignored), or its canonical name or value equals it (numbers compared as numbers).
fn matches(query: &str, q_norm: &str, row: &HashMap<String, String>) -> bool {
    let get = |k: &str| row.get(k).map(String::as_str).unwrap_or("");
    if !q_norm.is_empty() && norm(get("text")).contains(q_norm) {
        return true;
    }
    if norm(get("canonical")) == q_norm && !q_norm.is_empty() {
        return true;
    }
    let value = get("value");
    if !value.is_empty() && (value == query.trim() || norm(value) == q_norm) {
        return true;
    }
    match (number(query), number(value)) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        _ => false,
    }
}

fn read(path: &Path) -> Result<Vec<HashMap<String, String>>> {
    let mut r =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let headers: Vec<String> = r.headers()?.iter().map(str::to_string).collect();
    let mut rows = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.with_context(|| format!("{}:{}: bad CSV", path.display(), i + 2))?;
        rows.push(headers.iter().cloned().zip(rec.iter().map(str::to_string)).collect());
    }
    Ok(rows)
}

/// Finds the mentions of the tables in `out` that match `query`.
pub fn find(out: &Path, query: &str) -> Result<Vec<Hit>> {
    let mentions = read(&out.join("mentions.csv"))?;
    let sentences = read(&out.join("sentences.csv"))?;
    let by_id: HashMap<&str, &HashMap<String, String>> =
        sentences.iter().map(|s| (s["sentence_id"].as_str(), s)).collect();
    let q_norm = norm(query);
    let mut hits = Vec::new();
    for m in &mentions {
        if !matches(query, &q_norm, m) {
            continue;
        }
        let get = |k: &str| m.get(k).cloned().unwrap_or_default();
        let Some(s) = by_id.get(get("sentence_id").as_str()) else { continue };
        let s_start: usize = s["start"].parse().unwrap_or(0);
        let (m_start, m_end): (usize, usize) =
            (get("start").parse().unwrap_or(0), get("end").parse().unwrap_or(0));
        let sentence = s["text"].clone();
        let at = (m_start.saturating_sub(s_start), m_end.saturating_sub(s_start));
        let at = if at.1 <= sentence.len()
            && sentence.is_char_boundary(at.0)
            && sentence.is_char_boundary(at.1)
        {
            at
        } else {
            (0, 0)
        };
        let normalized = match get("kind").as_str() {
            "company" | "chip" => format!("{} [{}]", get("canonical"), get("entity_id")),
            _ => [
                get("value"),
                get("value_to"),
                get("unit"),
                get("qualifier"),
                get("period"),
                get("mod"),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        };
        hits.push(Hit {
            mention_id: get("mention_id"),
            doc_id: get("doc_id"),
            line: get("line"),
            column: get("column"),
            kind: get("kind"),
            text: get("text"),
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
