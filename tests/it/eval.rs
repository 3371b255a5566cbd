//! The extraction quality ratchet: the pipeline is scored on the bundled corpus against
//! the hand-checked gold (a copy of `shared/gold/mentions.csv` in `tests/gold/`), with
//! the same semantics as `score.py`. A floor may only move up.

use crate::common::{resources, root, stderr, veille};
use veille::mention::Kind;
use veille::tools::eval::mention_rows;
use veille::tools::eval::{read_rows, score};

/// Normalized F1 floors per kind, raised as extraction improves (never lowered).
const FLOORS: [(Kind, f64); 5] = [
    (Kind::Company, 0.98),
    (Kind::Chip, 0.99),
    (Kind::Money, 0.98),
    (Kind::Date, 0.98),
    (Kind::Percent, 0.98),
];

#[test]
fn gold_scores_stay_above_their_floors() {
    let gold = read_rows(&root().join("tests/gold/mentions.csv")).unwrap();
    let pred = mention_rows(&root().join("corpus"), resources()).unwrap();
    let scores = score(&gold, &pred);
    let report = veille::tools::eval::report(&scores, 10);
    for (kind, floor) in FLOORS {
        let f1 = scores.get(&kind).map_or(0.0, |s| s.norm().2);
        assert!(f1 >= floor, "{kind} normalized F1 {f1:.3} fell below {floor}\n{report}");
    }
}

/// Floors on the development set of twelve articles written for veille (tests/devset).
const DEVSET_FLOORS: [(Kind, f64); 5] = [
    (Kind::Company, 0.98),
    (Kind::Chip, 0.98),
    (Kind::Money, 0.98),
    (Kind::Date, 0.97),
    (Kind::Percent, 0.98),
];

#[test]
fn devset_scores_stay_above_their_floors() {
    let gold = read_rows(&root().join("tests/devset/gold/mentions.csv")).unwrap();
    let pred = mention_rows(&root().join("tests/devset/corpus"), resources()).unwrap();
    let scores = score(&gold, &pred);
    let report = veille::tools::eval::report(&scores, 10);
    for (kind, floor) in DEVSET_FLOORS {
        let f1 = scores.get(&kind).map_or(0.0, |s| s.norm().2);
        assert!(f1 >= floor, "dev set: {kind} normalized F1 {f1:.3} fell below {floor}\n{report}");
    }
}

#[test]
fn scoring_matches_by_overlap_and_checks_normalization() {
    use veille::tools::eval::Row;
    let row = |doc: &str, kind: &str, s, e, canonical: &str, value: &str, unit: &str| Row {
        doc: doc.into(),
        kind: kind.into(),
        start: s,
        end: e,
        text: String::new(),
        canonical: canonical.into(),
        value: value.into(),
        unit: unit.into(),
    };
    let gold = vec![
        row("a", "company", 0, 6, "Nvidia", "", ""),
        row("a", "money", 10, 30, "", "43000000000", "EUR"),
        row("a", "chip", 40, 44, "H100", "", ""),
    ];
    let pred = vec![
        row("a", "company", 0, 7, "nvidia", "", ""), // overlap, canonical folds equal
        row("a", "money", 12, 30, "", "43e9", "USD"), // overlap, wrong unit
        row("a", "chip", 50, 54, "H200", "", ""),    // no overlap: false alarm + miss
        row("b", "company", 0, 6, "Nvidia", "", ""), // document without gold: ignored
    ];
    let s = score(&gold, &pred);
    assert_eq!(
        (s[&Kind::Company].matched, s[&Kind::Company].norm_matched, s[&Kind::Company].exact),
        (1, 1, 0)
    );
    assert_eq!((s[&Kind::Money].matched, s[&Kind::Money].norm_matched), (1, 0));
    assert_eq!(
        (s[&Kind::Chip].matched, s[&Kind::Chip].misses.len(), s[&Kind::Chip].false_alarms.len()),
        (0, 1, 1)
    );
    assert_eq!(s[&Kind::Company].norm(), (1.0, 1.0, 1.0));
}

#[test]
fn eval_command_reads_a_prediction_file() {
    let o = veille(&[
        "eval",
        "--gold",
        "tests/gold/mentions.csv",
        "--pred",
        "tests/gold/mentions.csv",
        "--show",
        "0",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    // The gold scored against itself is perfect.
    let company = out.lines().find(|l| l.starts_with("company")).unwrap();
    assert!(company.trim_end().ends_with("1.000"), "{out}");
}
