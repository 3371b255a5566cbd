//! The rows veille extracts: mentions (companies, chips, money, dates, percentages)
//! and relations between two mentions of one sentence.

use crate::span::Span;
use serde::Serialize;
use std::fmt;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Kind {
    /// A company (or another organization the gazetteer lists).
    Company,
    /// An AI chip or accelerator.
    Chip,
    /// An amount of money.
    Money,
    /// A date or a period.
    Date,
    /// A percentage or a change in percentage points.
    Percent,
}

impl Kind {
    /// Every kind, in the order the tables list them.
    pub const ALL: [Kind; 5] = [Kind::Company, Kind::Chip, Kind::Money, Kind::Date, Kind::Percent];

    /// The `kind` column text.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Chip => "chip",
            Kind::Money => "money",
            Kind::Date => "date",
            Kind::Percent => "percent",
        }
    }

    /// The kind a `kind` cell names.
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
    /// The `method` column text.
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

/// How an amount or a percentage is qualified (the `qualifier` column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Qualifier {
    /// No qualifier: the empty cell.
    #[default]
    Plain,
    /// About the value (`environ`, `rund`, `about`).
    Approx,
    /// At least the value (`plus de`, `mehr als`).
    Min,
    /// At most the value (`bis zu`, `höchstens`).
    Max,
    /// A range: `value` to `value_to`.
    Range,
    /// A quantity without a number (`des milliards`, `several billion`).
    Vague,
}

impl Qualifier {
    /// Every qualifier, the empty one first.
    pub const ALL: [Qualifier; 6] = [
        Qualifier::Plain,
        Qualifier::Approx,
        Qualifier::Min,
        Qualifier::Max,
        Qualifier::Range,
        Qualifier::Vague,
    ];

    /// The `qualifier` column text (empty for [`Qualifier::Plain`]).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Plain => "",
            Qualifier::Approx => "approx",
            Qualifier::Min => "min",
            Qualifier::Max => "max",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    /// The qualifier a `qualifier` cell names (the empty cell is [`Qualifier::Plain`]).
    pub fn parse(s: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.as_str() == s)
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One extracted mention. Normalized fields that do not apply to its kind stay empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// What the mention names.
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
    /// money: ISO 4217 code; percent: `%` or `pp`. A string, not an enum: currency
    /// codes are open-ended (the gazetteers add any ISO 4217 code without a code change).
    pub unit: String,
    /// money/percent: approx, min, max, range, vague or none.
    pub qualifier: Qualifier,
    /// money rates: ISO 8601 duration (P1M, P1Y) or empty.
    pub period: String,
    /// date: the TIMEX3 modifier (START, MID, END, BEFORE, AFTER, APPROX); `None` for
    /// an unmodified date and every other kind, never `Some(Mod::Plain)`.
    pub mod_: Option<Mod>,
    /// How the mention was found.
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
            qualifier: Qualifier::Plain,
            period: String::new(),
            mod_: None,
            method,
        }
    }
}

/// The relation types veille writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RelType {
    /// A company makes (designs) a chip.
    Makes,
    /// A company invests an amount.
    Invests,
    /// A company raises an amount (funding).
    Raises,
    /// A company's revenue.
    Revenue,
    /// A company's profit or loss (not turnover).
    Profit,
    /// A company's orders: intake, backlog.
    Orders,
    /// A company's valuation.
    Values,
    /// A company pays an amount.
    Pays,
    /// A company is fined an amount.
    Fined,
    /// Two companies work together (symmetric).
    Partners,
    /// A company supplies another (supplier → client).
    Supplies,
    /// A company owns (a stake in) another (owner → owned).
    Owns,
    /// An amount (subject) and the date that anchors it (object).
    Dated,
    /// Two entities in one sentence, no cue between them (symmetric).
    Cooccurs,
}

impl RelType {
    /// The types a cue can state.
    pub const TYPED: [RelType; 12] = [
        RelType::Makes,
        RelType::Invests,
        RelType::Raises,
        RelType::Revenue,
        RelType::Profit,
        RelType::Orders,
        RelType::Values,
        RelType::Pays,
        RelType::Fined,
        RelType::Partners,
        RelType::Supplies,
        RelType::Owns,
    ];

    /// The `type` column text.
    pub fn as_str(self) -> &'static str {
        match self {
            RelType::Makes => "makes",
            RelType::Invests => "invests",
            RelType::Raises => "raises",
            RelType::Revenue => "revenue",
            RelType::Profit => "profit",
            RelType::Orders => "orders",
            RelType::Values => "values",
            RelType::Pays => "pays",
            RelType::Fined => "fined",
            RelType::Partners => "partners",
            RelType::Supplies => "supplies",
            RelType::Owns => "owns",
            RelType::Dated => "dated",
            RelType::Cooccurs => "cooccurs",
        }
    }

    /// A type a cue can state, by name.
    pub fn parse(s: &str) -> Option<RelType> {
        RelType::TYPED.into_iter().find(|t| t.as_str() == s)
    }

    /// The kind of the object (the subject is always a company).
    pub fn object_kind(self) -> Kind {
        match self {
            RelType::Makes => Kind::Chip,
            RelType::Partners | RelType::Supplies | RelType::Owns | RelType::Cooccurs => {
                Kind::Company
            }
            RelType::Dated => Kind::Date,
            _ => Kind::Money,
        }
    }

    /// Whether a cue or the gazetteer states it (a fact): not `dated`, not `cooccurs`.
    pub fn is_typed(self) -> bool {
        RelType::TYPED.contains(&self)
    }

    /// Whether `a → b` also states `b → a`.
    pub fn symmetric(self) -> bool {
        matches!(self, RelType::Partners | RelType::Cooccurs)
    }
}

impl fmt::Display for RelType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a relation was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RelMethod {
    /// A cue word of `gazetteers/relations/cues.csv`.
    Cue,
    /// A chip and its vendor, as the gazetteer knows them.
    Gazetteer,
    /// A date of the sentence anchors an amount.
    SentenceDate,
    /// Both ends in one sentence, no cue.
    Cooccurrence,
}

impl RelMethod {
    /// Every method.
    pub const ALL: [RelMethod; 4] =
        [RelMethod::Cue, RelMethod::Gazetteer, RelMethod::SentenceDate, RelMethod::Cooccurrence];

    /// A method by the name written in `relations.csv`.
    pub fn parse(s: &str) -> Option<RelMethod> {
        RelMethod::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The name written in `relations.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            RelMethod::Cue => "cue",
            RelMethod::Gazetteer => "gazetteer",
            RelMethod::SentenceDate => "sentence-date",
            RelMethod::Cooccurrence => "cooccurrence",
        }
    }
}

impl fmt::Display for RelMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A typed link between two mentions of the same sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    /// What the relation states.
    pub kind: RelType,
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
    /// How the relation was found.
    pub method: RelMethod,
    /// 0..=1, how sure the rule is.
    pub confidence: f32,
}

/// The TIMEX3 modifier of a date (the `mod` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mod {
    /// The start of the period named (`début 2026`, `Anfang 2026`).
    Start,
    /// The middle of the period named (`mi-2026`, `Mitte 2026`).
    Mid,
    /// The end of the period named (`fin 2026`, `Ende 2026`).
    End,
    /// Before the date (`avant 2029`, `d'ici 2029`).
    Before,
    /// After the date (`après 2029`, `dès 2029`).
    After,
    /// About the date (`vers 2029`, `environ 2029`).
    Approx,
    /// A cue that licenses a date without modifying it (`courant mai`).
    Plain,
}

impl Mod {
    /// The modifier a gazetteer `mod` cell names (`NONE` is [`Mod::Plain`]).
    pub fn parse(s: &str) -> Option<Mod> {
        Some(match s {
            "START" => Mod::Start,
            "MID" => Mod::Mid,
            "END" => Mod::End,
            "BEFORE" => Mod::Before,
            "AFTER" => Mod::After,
            "APPROX" => Mod::Approx,
            "NONE" => Mod::Plain,
            _ => return None,
        })
    }

    /// The `mod` column text (empty for [`Mod::Plain`]).
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::Approx => "APPROX",
            Mod::Plain => "",
        }
    }

    /// START, MID and END: position inside the period named.
    pub fn is_inner(self) -> bool {
        matches!(self, Mod::Start | Mod::Mid | Mod::End)
    }

    /// BEFORE and AFTER: a bound of an open period, not a date something happened on.
    pub fn is_bound(self) -> bool {
        matches!(self, Mod::Before | Mod::After)
    }
}
