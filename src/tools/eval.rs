//! Scoring mentions against gold annotations, with the semantics of the project's
//! `score.py`: a predicted mention matches a gold mention of the same document and
//! kind when their byte spans overlap (largest overlap first, each row matched at most
//! once); it is then also checked on its normalized fields.

use crate::analyze::{analyze, Analysis};
use crate::ingest;
use crate::mention::Kind;
use crate::output::Header;
use crate::resources::Resources;
use crate::tokenize::Stemmer;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// One annotated or predicted mention, as read from a CSV file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The document (`doc` or `doc_id` column).
    pub doc: String,
    /// company, chip, money, date or percent.
    pub kind: String,
    /// Byte offset of the mention in its document.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// The mention as in the document.
    pub text: String,
    /// company/chip: the canonical name.
    pub canonical: String,
    /// money/percent/date: the normalized value.
    pub value: String,
    /// money: the currency; percent: `%` or `pp`.
    pub unit: String,
}

/// Scores of one kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KindScore {
    /// Gold mentions.
    pub gold: usize,
    /// Predicted mentions.
    pub pred: usize,
    /// Gold mentions matched by an overlapping prediction.
    pub matched: usize,
    /// Matches with exactly the gold span.
    pub exact: usize,
    /// Matches that also carry the gold normalization.
    pub norm_matched: usize,
    /// Gold mentions no prediction matched (`doc@start "text"`).
    pub misses: Vec<String>,
    /// Predictions that match no gold mention (`doc@start "text"`).
    pub false_alarms: Vec<String>,
    /// Matches with another normalization (`doc@start "text": want …, got …`).
    pub wrong: Vec<String>,
}

impl KindScore {
    fn prf(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
        let p = if npred > 0 {
            tp as f64 / npred as f64
        } else if ngold == 0 {
            1.0
        } else {
            0.0
        };
        let r = if ngold > 0 { tp as f64 / ngold as f64 } else { 1.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    /// Span precision, recall, F1.
    pub fn span(&self) -> (f64, f64, f64) {
        KindScore::prf(self.matched, self.pred, self.gold)
    }

    /// Precision, recall, F1 counting only matches with the right normalization.
    pub fn norm(&self) -> (f64, f64, f64) {
        KindScore::prf(self.norm_matched, self.pred, self.gold)
    }
}

/// Reads mentions from a CSV file: veille's `mentions.csv` or a gold file in the format
/// of `score.py`, which has the same column names but calls the document column `doc`
/// (veille's is `doc_id`). Columns are found by name: `kind`, `start` and `end` are
/// required (an error names the file and the missing column), the others read as
/// empty when missing.
pub fn read_rows(path: &Path) -> Result<Vec<Row>> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let names = reader.headers().with_context(|| format!("{}: bad header", path.display()))?;
    let header = Header::new(path.display().to_string(), names);
    let doc_col = header
        .find("doc_id")
        .or_else(|| header.find("doc"))
        .with_context(|| format!("{}: no `doc_id` (or `doc`) column", header.file()))?;
    let [kind, start, end] = header.require_all(["kind", "start", "end"])?;
    let [text, canonical, value, unit] =
        ["text", "canonical", "value", "unit"].map(|c| header.find(c));
    let mut rows = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i + 2;
        let rec = rec.with_context(|| format!("{}:{line}: bad CSV", path.display()))?;
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").to_string();
        let num = |c: usize, name: &str| -> Result<usize> {
            rec.get(c).unwrap_or("").trim().parse().with_context(|| {
                format!("{}:{line}: `{name}` is not a byte offset", path.display())
            })
        };
        rows.push(Row {
            doc: get(Some(doc_col)),
            kind: get(Some(kind)),
            start: num(start, "start")?,
            end: num(end, "end")?,
            text: get(text),
            canonical: get(canonical),
            value: get(value),
            unit: get(unit),
        });
    }
    Ok(rows)
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn number(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    cleaned.parse().ok()
}

/// Whether a matched prediction carries the gold normalization.
fn norm_ok(kind: &str, g: &Row, p: &Row) -> bool {
    match kind {
        "company" | "chip" => fold(&g.canonical) == fold(&p.canonical),
        "money" => {
            let same = match (number(&g.value), number(&p.value)) {
                (None, None) => true,
                (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(1.0),
                _ => false,
            };
            same && fold(&g.unit) == fold(&p.unit)
        }
        "percent" => {
            matches!((number(&g.value), number(&p.value)), (Some(a), Some(b)) if (a - b).abs() < 1e-9)
        }
        "date" => fold(&g.value) == fold(&p.value),
        _ => true,
    }
}

/// Scores `pred` against `gold`, per kind. Only documents with gold rows are scored.
pub fn score(gold: &[Row], pred: &[Row]) -> BTreeMap<Kind, KindScore> {
    let docs: BTreeSet<&str> = gold.iter().map(|r| r.doc.as_str()).collect();
    let mut out = BTreeMap::new();
    for kind in Kind::ALL {
        let k = kind.as_str();
        let mut s = KindScore::default();
        for doc in &docs {
            let g: Vec<&Row> = gold.iter().filter(|r| r.doc == *doc && r.kind == k).collect();
            let p: Vec<&Row> = pred.iter().filter(|r| r.doc == *doc && r.kind == k).collect();
            s.gold += g.len();
            s.pred += p.len();
            let mut pairs = Vec::new();
            for (gi, gr) in g.iter().enumerate() {
                for (pi, pr) in p.iter().enumerate() {
                    let ov = gr.end.min(pr.end) as i64 - gr.start.max(pr.start) as i64;
                    if ov > 0 {
                        pairs.push((ov, gi, pi));
                    }
                }
            }
            pairs.sort_by(|a, b| b.cmp(a));
            let (mut gm, mut pm) = (BTreeSet::new(), BTreeSet::new());
            for (_, gi, pi) in pairs {
                if gm.contains(&gi) || pm.contains(&pi) {
                    continue;
                }
                gm.insert(gi);
                pm.insert(pi);
                s.matched += 1;
                let (gr, pr) = (g[gi], p[pi]);
                if (gr.start, gr.end) == (pr.start, pr.end) {
                    s.exact += 1;
                }
                if norm_ok(k, gr, pr) {
                    s.norm_matched += 1;
                } else {
                    let show = |r: &Row| match k {
                        "company" | "chip" => r.canonical.clone(),
                        _ => format!("{} {}", r.value, r.unit).trim().to_string(),
                    };
                    s.wrong.push(format!(
                        "{doc}@{} {:?}: want {:?}, got {:?}",
                        gr.start,
                        gr.text,
                        show(gr),
                        show(pr)
                    ));
                }
            }
            s.misses.extend(
                g.iter()
                    .enumerate()
                    .filter(|(i, _)| !gm.contains(i))
                    .map(|(_, r)| format!("{doc}@{} {:?}", r.start, r.text)),
            );
            s.false_alarms.extend(
                p.iter()
                    .enumerate()
                    .filter(|(i, _)| !pm.contains(i))
                    .map(|(_, r)| format!("{doc}@{} {:?}", r.start, r.text)),
            );
        }
        if s.gold > 0 || s.pred > 0 {
            out.insert(kind, s);
        }
    }
    out
}

/// The score table as `score.py` prints it, followed by up to `show` misses, false
/// alarms and wrong normalizations per kind.
pub fn report(scores: &BTreeMap<Kind, KindScore>, show: usize) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:8} {:>5} {:>5} {:>7} {:>7} {:>7} {:>6} {:>7} {:>7} {:>7}",
        "kind",
        "gold",
        "pred",
        "span P",
        "span R",
        "span F1",
        "exact",
        "norm P",
        "norm R",
        "norm F1"
    );
    for (kind, m) in scores {
        let (sp, sr, sf) = m.span();
        let (np, nr, nf) = m.norm();
        let _ = writeln!(
            s,
            "{:8} {:5} {:5} {:7.3} {:7.3} {:7.3} {:6} {:7.3} {:7.3} {:7.3}",
            kind.as_str(),
            m.gold,
            m.pred,
            sp,
            sr,
            sf,
            m.exact,
            np,
            nr,
            nf
        );
    }
    if show > 0 {
        for (kind, m) in scores {
            for (title, items) in [
                ("missed", &m.misses),
                ("false alarms", &m.false_alarms),
                ("wrong normalization", &m.wrong),
            ] {
                if !items.is_empty() {
                    let _ = writeln!(s, "\n{} {} ({}):", kind.as_str(), title, items.len());
                    for it in items.iter().take(show) {
                        let _ = writeln!(s, "  {it}");
                    }
                }
            }
        }
    }
    s
}

thread_local! {
    static STEMMER: RefCell<Stemmer> = RefCell::new(Stemmer::new());
}

/// Every document of a corpus through the pipeline, on all cores, without writing tables
/// (what `veille eval` scores). Unreadable files are left out.
pub fn analyze_corpus(corpus: &Path, res: &Resources) -> Result<Vec<Analysis>> {
    let files = ingest::discover(corpus)
        .with_context(|| format!("cannot list corpus folder {}", corpus.display()))?;
    Ok(files
        .par_iter()
        .flat_map_iter(|path| {
            let (docs, _) = ingest::read_file(corpus, path);
            docs.into_iter().map(|d| STEMMER.with(|s| analyze(d, res, &mut s.borrow_mut())))
        })
        .collect())
}

/// Every mention of a corpus as an evaluation row (used by `veille eval`): the pipeline
/// without writing tables.
pub fn mention_rows(corpus: &Path, res: &Resources) -> Result<Vec<Row>> {
    let analyses = analyze_corpus(corpus, res)?;
    let mut rows = Vec::new();
    for a in &analyses {
        for m in a.mentions.iter().flatten() {
            rows.push(Row {
                doc: a.doc.id.clone(),
                kind: m.kind.as_str().to_string(),
                start: m.span.start,
                end: m.span.end,
                text: m.span.slice(&a.doc.text).to_string(),
                canonical: m.canonical.clone(),
                value: m.value.clone(),
                unit: m.unit.clone(),
            });
        }
    }
    Ok(rows)
}
