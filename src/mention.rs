//! The rows veille extracts: mentions (companies, chips, money, dates, percentages)
//! and relations between two mentions of one sentence.

use crate::span::Span;
use serde::Serialize;
use std::fmt;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Kind {
    Company,
    Chip,
    Money,
    Date,
    Percent,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Company, Kind::Chip, Kind::Money, Kind::Date, Kind::Percent];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Chip => "chip",
            Kind::Money => "money",
            Kind::Date => "date",
            Kind::Percent => "percent",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a mention was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Method {
    /// A gazetteer alias matched with its exact case.
    Exact,
    /// A gazetteer alias matched after case and diacritics folding.
    Folded,
    /// A gazetteer alias matched on Snowball stems (inflected forms).
    Stemmed,
    /// A pattern found a name the gazetteer does not list (chip model numbers, legal forms, cues).
    Pattern,
    /// A rule for numbers, amounts or dates.
    Rule,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Exact => "exact",
            Method::Folded => "folded",
            Method::Stemmed => "stemmed",
            Method::Pattern => "pattern",
            Method::Rule => "rule",
        }
    }
}

/// One extracted mention. Normalized fields that do not apply to its kind stay empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub kind: Kind,
    /// Byte span in the original document.
    pub span: Span,
    /// company/chip: the gazetteer's canonical name (or the surface for pattern finds).
    pub canonical: String,
    /// company/chip: the gazetteer id; empty for pattern finds and other kinds.
    pub entity_id: String,
    /// money: amount in currency units (plain decimal); date: TIMEX3 value; percent: the number.
    pub value: String,
    /// money/percent ranges: the upper bound.
    pub value_to: String,
    /// money: ISO 4217 code; percent: `%` or `pp`.
    pub unit: String,
    /// money/percent: approx, min, max, range, vague or empty.
    pub qualifier: String,
    /// money rates: ISO 8601 duration (P1M, P1Y) or empty.
    pub period: String,
    /// date: START, MID, END, BEFORE, AFTER, APPROX or empty.
    pub mod_: String,
    pub method: Method,
}

impl Mention {
    /// A mention with every normalized field empty.
    pub fn new(kind: Kind, span: Span, method: Method) -> Mention {
        Mention {
            kind,
            span,
            canonical: String::new(),
            entity_id: String::new(),
            value: String::new(),
            value_to: String::new(),
            unit: String::new(),
            qualifier: String::new(),
            period: String::new(),
            mod_: String::new(),
            method,
        }
    }
}

/// A typed link between two mentions of the same sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    /// makes, invests, raises, revenue, values, pays, fined, partners, supplies, owns, dated, cooccurs.
    pub kind: String,
    /// Index of the subject in the sentence's mention list.
    pub subject: usize,
    /// Index of the object in the sentence's mention list; `None` when the object is
    /// no mention of the sentence (a `dated` by the document's date), see `value`.
    pub object: Option<usize>,
    /// The object's value when `object` is `None` (the document date); for `owns`, the
    /// stake (`11%`) where the sentence gives one; empty otherwise.
    pub value: String,
    /// The cue word(s) that state the relation, when there is one.
    pub trigger: Option<Span>,
    /// cue, gazetteer, cooccurrence, sentence-date, document-date...
    pub method: String,
    /// 0..=1, how sure the rule is.
    pub confidence: f32,
}
