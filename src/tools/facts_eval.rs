//! Scoring facts (typed relations) against an exhaustive fact list, with the semantics
//! of the project's `score_facts.py`.
//!
//! A gold row is `doc,type,subject,object,status[,sentence]`: subject and object are
//! canonical names, `VALUE CUR` for an amount, or an ISO value for a date; `status` is
//! `required` or `optional`. A predicted fact matches a gold fact of the same document
//! and type when both ends are the same (names case-insensitively, amounts by value within
//! a millionth and currency, dates by value; `partners` either way round). Each distinct
//! (document, type, subject, object) counts once: right when it matches a required fact,
//! neither way when it matches an optional one, wrong otherwise. Recall is over the
//! required facts of the documents scored.
//!
//! The score also tells how far a fact's confidence can be trusted: a reliability table
//! (how many of the facts at or above each confidence are right) and the lowest threshold
//! that keeps precision at a target.

use crate::mention::{Kind, Mention, RelMethod, RelType};
use crate::resources::Resources;
use anyhow::{Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// One end of a fact, normalized for comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum End {
    /// A company or chip by canonical name (case-folded, spaces collapsed).
    Name(String),
    /// An amount and its currency; `None` when the amount has no value.
    Money(Option<f64>, String),
    /// A date by its ISO value.
    Date(String),
}

impl End {
    /// Reads a gold cell: `VALUE CUR`, an ISO date, or a name.
    pub fn parse_gold(s: &str) -> End {
        let parts: Vec<&str> = s.split_whitespace().collect();
        if let [v, cur] = parts.as_slice() {
            if let Ok(x) = v.parse::<f64>() {
                if cur.len() == 3 && cur.chars().all(|c| c.is_ascii_alphabetic()) {
                    return End::Money(Some(x), cur.to_lowercase());
                }
            }
        }
        let b = s.as_bytes();
        if s.is_empty()
            || (b.len() >= 4
                && b[..4].iter().all(u8::is_ascii_digit)
                && (b.len() == 4 || matches!(b[4], b'-' | b'/')))
        {
            return End::Date(fold(s));
        }
        End::Name(fold(s))
    }

    /// The end a mention gives.
    pub fn of_mention(m: &Mention, text: &str) -> End {
        match m.kind {
            Kind::Company | Kind::Chip => End::Name(fold(if m.canonical.is_empty() {
                m.span.slice(text)
            } else {
                &m.canonical
            })),
            Kind::Money => End::Money(m.value.parse().ok(), m.unit.to_lowercase()),
            Kind::Date => End::Date(fold(&m.value)),
            Kind::Percent => End::Name(fold(&m.value)),
        }
    }

    fn same(&self, other: &End) -> bool {
        match (self, other) {
            (End::Money(Some(a), ca), End::Money(Some(b), cb)) => {
                (a - b).abs() <= 1e-6 * b.abs().max(1.0) && ca == cb
            }
            (End::Money(..), End::Money(..)) => false,
            _ => self == other,
        }
    }

    fn key(&self) -> String {
        match self {
            End::Name(n) => format!("name:{n}"),
            End::Money(v, c) => format!("money:{v:?}:{c}"),
            End::Date(d) => format!("date:{d}"),
        }
    }
}

/// Case-folded, spaces collapsed (as `score_facts.py` compares names).
fn fold(s: &str) -> String {
    crate::tokenize::lower_form(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A fact of the gold list.
#[derive(Clone, Debug)]
pub struct GoldFact {
    /// Document id (the `doc` column).
    pub doc: String,
    /// Relation type (the `type` column: `makes`, `invests`, …).
    pub rel: String,
    /// The subject end.
    pub subject: End,
    /// The object end.
    pub object: End,
    /// `status` is `required` (counts towards recall); false for `optional`.
    pub required: bool,
}

/// A fact the pipeline states.
#[derive(Clone, Debug)]
pub struct PredFact {
    /// Id of the document it was found in.
    pub doc: String,
    /// Relation type, as in the `type` column (`makes`, `invests`, …).
    pub rel: String,
    /// How it was found (the calibration is per type and method).
    pub method: RelMethod,
    /// The subject end.
    pub subject: End,
    /// The object end.
    pub object: End,
    /// The relation's confidence, 0 to 1.
    pub confidence: f32,
}

/// Reads a gold fact list (`doc,type,subject,object,status`), columns by name.
pub fn read_gold(path: &Path) -> Result<Vec<GoldFact>> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let names = reader.headers().with_context(|| format!("{}: bad header", path.display()))?;
    let header = crate::output::Header::new(path.display().to_string(), names);
    let [doc, rel, subj, obj, status] =
        header.require_all(["doc", "type", "subject", "object", "status"])?;
    let mut out = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.with_context(|| format!("{}:{}: bad CSV", path.display(), i + 2))?;
        let get = |c: usize| rec.get(c).unwrap_or("");
        let required = match get(status) {
            "required" => true,
            "optional" => false,
            other => anyhow::bail!(
                "{}:{}: status must be required or optional, not `{other}`",
                path.display(),
                i + 2
            ),
        };
        out.push(GoldFact {
            doc: get(doc).to_string(),
            rel: get(rel).to_string(),
            subject: End::parse_gold(get(subj)),
            object: End::parse_gold(get(obj)),
            required,
        });
    }
    Ok(out)
}

/// Runs the pipeline on a corpus and returns its documents and every fact it states.
pub fn predicted_facts(
    corpus: &Path,
    res: &Resources,
) -> Result<(BTreeSet<String>, Vec<PredFact>)> {
    let analyses = crate::tools::eval::analyze_corpus(corpus, res)?;
    let mut docs = BTreeSet::new();
    let mut facts = Vec::new();
    for a in &analyses {
        docs.insert(a.doc.id.clone());
        for (ms, rs) in a.mentions.iter().zip(&a.relations) {
            for r in rs.iter().filter(|r| r.kind.is_typed() || r.kind == RelType::Dated) {
                let (Some(s), Some(o)) = (ms.get(r.subject), r.object.and_then(|o| ms.get(o)))
                else {
                    continue;
                };
                facts.push(PredFact {
                    doc: a.doc.id.clone(),
                    rel: r.kind.as_str().to_string(),
                    method: r.method,
                    subject: End::of_mention(s, &a.doc.text),
                    object: End::of_mention(o, &a.doc.text),
                    confidence: r.confidence,
                });
            }
        }
    }
    Ok((docs, facts))
}

/// What became of a predicted fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It matches a required fact.
    Right,
    /// It matches an optional fact: counted neither way.
    Optional,
    /// It matches no fact.
    Wrong,
}

/// Counts of one relation type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypeScore {
    /// Distinct predicted facts that match a required fact.
    pub right: usize,
    /// Distinct predicted facts that match no fact.
    pub wrong: usize,
    /// Distinct predicted facts that match an optional fact.
    pub optional: usize,
    /// Required gold facts of the documents scored.
    pub required: usize,
    /// Required gold facts matched by some predicted fact.
    pub found: usize,
}

impl TypeScore {
    /// Right among right and wrong.
    pub fn precision(&self) -> f64 {
        self.right as f64 / (self.right + self.wrong).max(1) as f64
    }
    /// Found among required.
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.required.max(1) as f64
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &TypeScore) {
        self.right += o.right;
        self.wrong += o.wrong;
        self.optional += o.optional;
        self.required += o.required;
        self.found += o.found;
    }
}

/// The score of a run's facts.
#[derive(Clone, Debug, Default)]
pub struct FactScores {
    /// Counts by relation type.
    pub by_type: BTreeMap<String, TypeScore>,
    /// Each distinct predicted fact: its best confidence and outcome.
    pub outcomes: Vec<(f32, Outcome)>,
    /// Right and wrong facts by (type, method), for [`calibration_csv`].
    pub by_method: BTreeMap<(String, &'static str), (usize, usize)>,
    /// Predicted facts that matched nothing, one line each (for `--show`).
    pub wrong: Vec<String>,
    /// Required facts not found, one line each (for `--show`).
    pub missed: Vec<String>,
}

impl FactScores {
    /// Adds the score of another set of documents.
    pub fn merge(&mut self, other: FactScores) {
        for (k, v) in other.by_type {
            self.by_type.entry(k).or_default().add(&v);
        }
        for (k, (r, w)) in other.by_method {
            let e = self.by_method.entry(k).or_default();
            e.0 += r;
            e.1 += w;
        }
        self.outcomes.extend(other.outcomes);
        self.wrong.extend(other.wrong);
        self.missed.extend(other.missed);
    }

    /// All types together.
    pub fn total(&self) -> TypeScore {
        let mut t = TypeScore::default();
        for s in self.by_type.values() {
            t.add(s);
        }
        t
    }

    /// Of the facts with confidence at least `c`: (right, wrong).
    pub fn at_least(&self, c: f32) -> (usize, usize) {
        let mut n = (0, 0);
        for &(conf, o) in &self.outcomes {
            if conf + 1e-6 >= c {
                match o {
                    Outcome::Right => n.0 += 1,
                    Outcome::Wrong => n.1 += 1,
                    Outcome::Optional => {}
                }
            }
        }
        n
    }

    /// The lowest confidence (in steps of 0.05) at which the facts kept reach `precision`.
    pub fn threshold_for(&self, precision: f64) -> Option<f32> {
        (0..=20).map(|k| k as f32 * 0.05).find(|&c| {
            let (r, w) = self.at_least(c);
            r + w > 0 && r as f64 / (r + w) as f64 >= precision
        })
    }
}

/// Scores `pred` (facts of the documents `docs`) against `gold`.
pub fn score(gold: &[GoldFact], pred: &[PredFact], docs: &BTreeSet<String>) -> FactScores {
    let mut by_key: BTreeMap<(String, String, String, String), (f32, &PredFact)> = BTreeMap::new();
    for p in pred.iter().filter(|p| docs.contains(&p.doc)) {
        let (mut a, mut b) = (p.subject.key(), p.object.key());
        if p.rel == "partners" && b < a {
            std::mem::swap(&mut a, &mut b);
        }
        let e = by_key.entry((p.doc.clone(), p.rel.clone(), a, b)).or_insert((p.confidence, p));
        e.0 = e.0.max(p.confidence);
    }
    let mut scores = FactScores::default();
    let mut hit = vec![false; gold.len()];
    for ((doc, rel, _, _), (conf, p)) in &by_key {
        let found = gold.iter().enumerate().find(|(_, g)| {
            g.doc == *doc
                && g.rel == *rel
                && ((p.subject.same(&g.subject) && p.object.same(&g.object))
                    || (rel == "partners"
                        && p.subject.same(&g.object)
                        && p.object.same(&g.subject)))
        });
        let s = scores.by_type.entry(rel.clone()).or_default();
        let outcome = match found {
            Some((i, g)) if g.required => {
                hit[i] = true;
                s.right += 1;
                Outcome::Right
            }
            Some(_) => {
                s.optional += 1;
                Outcome::Optional
            }
            None => {
                s.wrong += 1;
                scores.wrong.push(format!("{doc}  {rel}  {:?} → {:?}", p.subject, p.object));
                Outcome::Wrong
            }
        };
        scores.outcomes.push((*conf, outcome));
        let e = scores.by_method.entry((rel.clone(), p.method.as_str())).or_default();
        match outcome {
            Outcome::Right => e.0 += 1,
            Outcome::Wrong => e.1 += 1,
            Outcome::Optional => {}
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !g.required || !docs.contains(&g.doc) {
            continue;
        }
        let s = scores.by_type.entry(g.rel.clone()).or_default();
        s.required += 1;
        if hit[i] {
            s.found += 1;
        } else {
            scores.missed.push(format!("{}  {}  {:?} → {:?}", g.doc, g.rel, g.subject, g.object));
        }
    }
    scores
}

/// The score as text: a table by type, the reliability of confidences, and up to `show`
/// wrong and missed facts.
pub fn report(s: &FactScores, show: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "type        right wrong  opt  required found  precision recall     F1");
    let line = |out: &mut String, name: &str, t: &TypeScore| {
        let _ = writeln!(
            out,
            "{name:<10} {:>6} {:>5} {:>4} {:>9} {:>5}  {:>9.3} {:>6.3} {:>6.3}",
            t.right,
            t.wrong,
            t.optional,
            t.required,
            t.found,
            t.precision(),
            t.recall(),
            t.f1()
        );
    };
    for (name, t) in &s.by_type {
        line(&mut out, name, t);
    }
    line(&mut out, "all", &s.total());
    let _ = writeln!(out, "\nconfidence ≥  facts  right  precision");
    for c in [0.3f32, 0.5, 0.6, 0.7, 0.8, 0.9] {
        let (r, w) = s.at_least(c);
        let p = if r + w == 0 { 0.0 } else { r as f64 / (r + w) as f64 };
        let _ = writeln!(out, "{c:>12.2}  {:>5}  {r:>5}  {p:>9.3}", r + w);
    }
    if let Some(t) = s.threshold_for(0.9) {
        let _ = writeln!(out, "lowest confidence keeping precision ≥ 0.9: {t:.2}");
    }
    for w in s.wrong.iter().take(show) {
        let _ = writeln!(out, "  wrong   {w}");
    }
    for m in s.missed.iter().take(show) {
        let _ = writeln!(out, "  missed  {m}");
    }
    out
}

/// The calibration table (`gazetteers/relations/calibration.csv`) these scores give: for
/// each relation type and method, the share of its facts that were right, smoothed
/// towards one half (`(right + 1) / (right + wrong + 2)`), so that a written confidence
/// is the precision observed for facts of its kind.
pub fn calibration_csv(s: &FactScores) -> String {
    let mut out = String::from(
        "# Confidence of a fact by relation type and method: the share of such facts that\n\
         # were right on exhaustively annotated text, (right + 1) / (right + wrong + 2).\n\
         # Written by `veille eval --facts GOLD --corpus DIR [...] --calibrate FILE`.\n\
         type,method,right,wrong,confidence\n",
    );
    for ((rel, method), (r, w)) in &s.by_method {
        let c = (*r as f64 + 1.0) / ((r + w) as f64 + 2.0);
        let _ = writeln!(out, "{rel},{method},{r},{w},{c:.2}");
    }
    out
}
