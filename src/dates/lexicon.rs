//! The per-language date vocabulary, loaded from `gazetteers/dates/<lang>/` and
//! `gazetteers/lang/<lang>/months.csv`. See `gazetteers/dates/README.md`.

use super::atoms::{atomize, Atom};
use super::timex::{Anchor, Mod, Season, Unit};
use crate::data::{read_list, read_table, DataError, Row};
use crate::span::Span;
use crate::text::atoms::{KeyMap, KeySet};
use crate::tokenize::{lower_form, tokenize, TokenRules};
use std::path::Path;

/// A word or a phrase as a sequence of atoms: lower-case keys, and the text as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub key: Vec<String>,
    pub raw: Vec<String>,
}

impl Phrase {
    /// Cuts `text` into atoms the way sentences are cut, so that data and text compare.
    pub fn new(text: &str, rules: &TokenRules) -> Phrase {
        let tokens = tokenize(text, Span::new(0, text.len()), rules);
        let atoms = atomize(text, &tokens);
        Phrase {
            key: atoms.iter().map(|a| a.key.to_string()).collect(),
            raw: atoms.iter().map(|a| a.span.slice(text).to_string()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// The atom index after the phrase when it starts at `atoms[i]`.
    pub fn match_at(&self, atoms: &[Atom], i: usize, text: &str) -> Option<usize> {
        self.match_with(atoms, i, text, false)
    }

    /// Like [`Phrase::match_at`]; with `exact`, the text must be written as in the data.
    pub fn match_with(&self, atoms: &[Atom], i: usize, text: &str, exact: bool) -> Option<usize> {
        if self.is_empty() || i + self.len() > atoms.len() {
            return None;
        }
        for (k, f) in self.key.iter().enumerate() {
            let a = &atoms[i + k];
            let ok = if exact { a.span.slice(text) == self.raw[k] } else { a.key == *f };
            if !ok {
                return None;
            }
        }
        Some(i + self.len())
    }

    /// Whether the phrase ends right before `atoms[i]`.
    pub fn ends_before(&self, atoms: &[Atom], i: usize, text: &str) -> bool {
        i >= self.len() && self.match_at(atoms, i - self.len(), text) == Some(i)
    }
}

/// Something matched by its phrase: a cue, an offset, a relative expression, …
pub trait HasPhrase {
    fn phrase(&self) -> &Phrase;
}

impl HasPhrase for Phrase {
    fn phrase(&self) -> &Phrase {
        self
    }
}

impl<T> HasPhrase for (Phrase, T) {
    fn phrase(&self) -> &Phrase {
        &self.0
    }
}

/// Entries in a fixed order, with an index by the key of their phrase's first atom: the
/// entries that may match at an atom are found with one look-up instead of a scan.
#[derive(Clone, Debug)]
pub struct Phrases<T> {
    items: Vec<T>,
    by_first: KeyMap<Vec<usize>>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases { items: Vec::new(), by_first: KeyMap::default() }
    }
}

impl<T: HasPhrase> Phrases<T> {
    /// Indexes `items`, keeping their order.
    pub fn new(items: Vec<T>) -> Phrases<T> {
        let mut by_first: KeyMap<Vec<usize>> = KeyMap::default();
        for (k, item) in items.iter().enumerate() {
            if let Some(first) = item.phrase().key.first() {
                by_first.get_or_default(first).push(k);
            }
        }
        Phrases { items, by_first }
    }

    /// Every entry, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// The entries whose phrase starts with the key of `atoms[i]`, in order: the only
    /// ones that can match there (an empty phrase matches nowhere).
    pub fn at<'a>(&'a self, atoms: &[Atom], i: usize) -> impl Iterator<Item = &'a T> + 'a {
        let list = atoms.get(i).and_then(|a| self.by_first.get(&a.key));
        list.into_iter().flatten().filter_map(|&k| self.items.get(k))
    }

    /// The first entry (in order) that matches at `atoms[i]`, and the atom after it.
    pub fn first_match<'a>(
        &'a self,
        atoms: &[Atom],
        i: usize,
        text: &str,
    ) -> Option<(&'a T, usize)> {
        self.at(atoms, i).find_map(|item| item.phrase().match_at(atoms, i, text).map(|e| (item, e)))
    }
}

/// Where a word stands relative to what it modifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Before,
    After,
}

/// A word that moves a unit, weekday, month or season (`dernier`, `nächsten`, `last`).
#[derive(Clone, Copy, Debug)]
pub struct Shift {
    pub offset: i32,
    pub before: bool,
    pub after: bool,
    pub anchor: Anchor,
}

/// A count of units: a number, or a vague quantity (`quelques`, `einigen`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    N(i32),
    Few,
}

/// A fixed relative expression (`aujourd'hui`, `Vorjahr`, `Jahresende`).
#[derive(Clone, Debug)]
pub struct Relative {
    pub phrase: Phrase,
    pub unit: Unit,
    pub offset: i32,
    pub anchor: Anchor,
    pub mod_: Option<Mod>,
    pub exact: bool,
}

/// A cue that sets a date's mod.
#[derive(Clone, Debug)]
pub struct Cue {
    pub phrase: Phrase,
    pub mod_: Mod,
    pub position: Position,
}

/// A cue that turns a counted span of time into a date (`il y a`, `später`).
#[derive(Clone, Debug)]
pub struct Offset {
    pub phrase: Phrase,
    pub position: Position,
    pub direction: i32,
    pub anchor: Anchor,
    /// Only a vague count makes a date (`in einigen Jahren`; `in sechs Monaten` may be a duration).
    pub vague_only: bool,
}

impl HasPhrase for Relative {
    fn phrase(&self) -> &Phrase {
        &self.phrase
    }
}

impl HasPhrase for Cue {
    fn phrase(&self) -> &Phrase {
        &self.phrase
    }
}

impl HasPhrase for Offset {
    fn phrase(&self) -> &Phrase {
        &self.phrase
    }
}

/// Date vocabulary of one language.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub months: Vec<(Phrase, u32)>,
    pub months_capitalized: bool,
    /// Indices into `months`, in order, by the key of the name's first atom.
    pub months_by_first: KeyMap<Vec<usize>>,
    /// Numeric dates are month first (`04/16/2025`).
    pub mdy: bool,
    pub weekdays: KeyMap<u32>,
    /// The weekday names, for a fast test of compounds (`Dienstagabend`).
    weekday_prefixes: Prefixes,
    pub units: KeyMap<(Unit, bool, bool)>,
    pub numbers: KeyMap<Count>,
    pub ordinals: KeyMap<u32>,
    pub ordinal_suffixes: Vec<String>,
    pub seasons: KeyMap<Season>,
    /// Season words that count only with a year or a shift word (`fall 2025`, `last fall`).
    pub seasons_need_year: KeySet,
    /// Season words that count on their own, with no cue before them (`Herbst`).
    pub seasons_alone: KeySet,
    pub shifts: KeyMap<Shift>,
    pub relative: Phrases<Relative>,
    pub cues: Phrases<Cue>,
    pub offsets: Phrases<Offset>,
    pub fillers: Phrases<(Phrase, Option<Mod>)>,
    /// Intervals opened by a word (`entre … et`, `from … to`): the opening and the joining phrase.
    pub ranges_open: Phrases<(Phrase, Phrase)>,
    /// Intervals with a joining phrase only (`-`, `bis`).
    pub ranges_join: Vec<Phrase>,
    pub not_year_before: Vec<Phrase>,
    pub not_year_after: Phrases<Phrase>,
    pub decade_before: KeySet,
    pub decade_after: KeySet,
    pub decade_suffixes: Vec<String>,
    pub fiscal: Phrases<Phrase>,
    /// Letter codes (`Q3`) and whether they count without a year or a cue.
    pub prefixed: Vec<(String, Unit, bool)>,
    pub dayparts: Phrases<Phrase>,
    pub habitual: KeySet,
    pub idioms: Phrases<Phrase>,
    pub glue: KeySet,
    pub period_cues: KeySet,
    pub alternatives: KeySet,
    /// Conjunctions listing dates (`et`, `und`, `and`).
    pub lists: KeySet,
    /// Words after `plus tard`, `später`, `later` that make a comparison, not a date.
    pub comparison: KeySet,
    /// The same period a year before the one named last (`Vorjahresquartal`), by unit
    /// (`None`: any period).
    pub year_ago: Phrases<(Phrase, Option<Unit>)>,
    /// Possessive determiners allowed before a fiscal-period word (`seines Geschäftsjahres`).
    pub determiners: KeySet,
    /// Negations that flip a BEFORE/AFTER cue right after them (`not before 2030`).
    pub negations: Phrases<Phrase>,
    /// BEFORE/AFTER cues that mark the base of a comparison after an amount or a
    /// change word (`up 37% from a year earlier`): no mod then.
    pub base_cues: Phrases<Phrase>,
    /// Words that, right before a base cue, make it a comparison (`up`, `down`).
    pub base_triggers: Vec<Phrase>,
    /// Capitalized words that make a year right after them part of a name (`Vision 2030`).
    pub name_words: KeySet,
    /// Nouns introducing a proper name whose year belongs to the name (`plan France 2030`).
    pub name_heads: KeySet,
}

impl Lexicon {
    /// Whether some weekday name starts `key` (`Dienstagabend`), with a one-byte test first.
    pub fn starts_with_weekday(&self, key: &str) -> bool {
        self.weekday_prefixes.starts(key)
    }

    /// The month names whose first atom has key `key`, in the order of `months`.
    pub fn months_starting<'a>(
        &'a self,
        key: &str,
    ) -> impl Iterator<Item = &'a (Phrase, u32)> + 'a {
        self.months_by_first.get(key).into_iter().flatten().filter_map(|&k| self.months.get(k))
    }

    /// The keys an atom can have to open a date expression of this vocabulary: the first
    /// word of every phrase and every word a parser may read at the start of a date.
    /// Atoms with a digit and words starting with a weekday name (`Dienstagabend`) are
    /// not listed; [`super::parse::Parser::can_start`] checks those.
    pub fn start_keys(&self) -> Vec<&str> {
        let mut v = self.plain_start_keys();
        v.extend(self.cues.iter().filter_map(|c| first_key(&c.phrase)));
        v.extend(self.ranges_open.iter().filter_map(|(o, _)| first_key(o)));
        v.extend(self.idioms.iter().filter_map(first_key));
        v
    }
}

/// The first word of a phrase.
fn first_key(p: &Phrase) -> Option<&str> {
    p.key.first().map(String::as_str)
}

impl Lexicon {
    /// The keys an atom can have to open a date form without a START/MID/END cue
    /// ([`super::parse::Parser::plain`]): [`Lexicon::start_keys`] without the cue,
    /// interval and idiom words.
    pub fn plain_start_keys(&self) -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        v.extend(self.months.iter().filter_map(|(p, _)| first_key(p)));
        v.extend(self.weekdays.keys().map(String::as_str));
        v.extend(self.units.keys().map(String::as_str));
        v.extend(self.numbers.keys().map(String::as_str));
        v.extend(self.ordinals.keys().map(String::as_str));
        v.extend(self.seasons.keys().map(String::as_str));
        v.extend(self.shifts.keys().map(String::as_str));
        v.extend(self.relative.iter().filter_map(|r| first_key(&r.phrase)));
        v.extend(self.offsets.iter().filter_map(|o| first_key(&o.phrase)));
        v.extend(self.fillers.iter().filter_map(|(p, _)| first_key(p)));
        v.extend(self.fiscal.iter().filter_map(first_key));
        v.extend(self.year_ago.iter().filter_map(|(p, _)| first_key(p)));
        v.extend(self.decade_before.iter().map(String::as_str));
        v
    }

    /// Keys of which every date expression of this vocabulary holds at least one atom
    /// (besides numbers, words with a digit and weekday compounds): month, weekday,
    /// unit and season words, and one word of each relative, year-ago and fiscal phrase.
    /// Every form of date is built on one of these; cues, shifts, counts and ordinals
    /// only ever qualify them. A sentence without any reads no date.
    pub fn anchor_keys(&self) -> Vec<&str> {
        // The longest word of a phrase: any of its words would do, a long one is rarer.
        fn rare(p: &Phrase) -> Option<&str> {
            p.key.iter().max_by_key(|k| k.len()).map(String::as_str)
        }
        let mut v: Vec<&str> = Vec::new();
        v.extend(self.months.iter().filter_map(|(p, _)| p.key.first().map(String::as_str)));
        v.extend(self.weekdays.keys().map(String::as_str));
        v.extend(self.units.keys().map(String::as_str));
        v.extend(self.seasons.keys().map(String::as_str));
        v.extend(self.relative.iter().filter_map(|r| rare(&r.phrase)));
        v.extend(self.year_ago.iter().filter_map(|(p, _)| rare(p)));
        v.extend(self.fiscal.iter().filter_map(rare));
        v
    }
}

/// Words that may start another word (weekday names in `Dienstagabend`), with a bit
/// per pair of first bytes in front: most words are rejected by their first two bytes.
#[derive(Clone, Debug)]
pub struct Prefixes {
    words: Vec<String>,
    /// One bit per pair of first bytes of a word of two bytes or more.
    pairs: Box<[u64; 1024]>,
    /// A word shorter than two bytes: every key is tested in full.
    short: bool,
}

impl Default for Prefixes {
    fn default() -> Self {
        Prefixes { words: Vec::new(), pairs: Box::new([0; 1024]), short: false }
    }
}

impl Prefixes {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Prefixes {
        let mut p = Prefixes::default();
        for w in words {
            match w.as_bytes() {
                [a, b, ..] => {
                    let i = usize::from(*a) << 8 | usize::from(*b);
                    p.pairs[i >> 6] |= 1 << (i & 63);
                }
                _ => p.short = true,
            }
            p.words.push(w.clone());
        }
        p
    }

    /// Whether one of the words starts `key`.
    pub fn starts(&self, key: &str) -> bool {
        if !self.short {
            let [a, b, ..] = key.as_bytes() else { return false };
            let i = usize::from(*a) << 8 | usize::from(*b);
            if self.pairs.get(i >> 6).is_none_or(|w| w & (1 << (i & 63)) == 0) {
                return false;
            }
        }
        self.words.iter().any(|w| key.starts_with(w.as_str()))
    }
}

/// The lower-case key of one word of data (accents are kept: `à` is not `a`).
pub fn key_of(s: &str) -> String {
    lower_form(s.trim())
}

fn int(row: &Row, col: &str) -> Result<i32, DataError> {
    row.required(col)?.parse().map_err(|_| row.error(format!("`{col}` must be a whole number")))
}

fn parsed<T>(
    row: &Row,
    col: &str,
    f: impl Fn(&str) -> Option<T>,
    what: &str,
) -> Result<T, DataError> {
    f(row.required(col)?).ok_or_else(|| row.error(format!("`{col}` must be {what}")))
}

fn position(row: &Row) -> Result<Position, DataError> {
    match row.required("position")? {
        "before" => Ok(Position::Before),
        "after" => Ok(Position::After),
        _ => Err(row.error("`position` must be before or after")),
    }
}

fn optional_rows(path: &Path, cols: &[&str]) -> Result<Vec<Row>, DataError> {
    if path.exists() {
        read_table(path, cols)
    } else {
        Ok(Vec::new())
    }
}

fn optional_lines(path: &Path) -> Result<Vec<String>, DataError> {
    if path.exists() {
        Ok(read_list(path)?.into_iter().map(|l| l.text).collect())
    } else {
        Ok(Vec::new())
    }
}

const UNITS: &str = "day, week, month, quarter, half, year or decade";

impl Lexicon {
    /// Loads the vocabulary of one language: `lang_dir` is `gazetteers/lang/<lang>`
    /// (months, elisions), `dates_dir` is `gazetteers/dates/<lang>`.
    pub fn load(lang_dir: &Path, dates_dir: &Path) -> Result<Lexicon, DataError> {
        let rules = TokenRules {
            elisions: optional_lines(&lang_dir.join("elisions.txt"))?
                .iter()
                .map(|s| lower_form(s))
                .collect(),
            clitics: optional_lines(&lang_dir.join("clitics.txt"))?
                .iter()
                .map(|s| lower_form(s))
                .collect(),
        };
        let phrase = |s: &str| Phrase::new(s.trim(), &rules);
        let d = |name: &str| dates_dir.join(name);
        let mut lx = Lexicon::default();
        let mut relative = Vec::new();
        let mut cues = Vec::new();
        let mut offsets = Vec::new();
        let mut fillers = Vec::new();
        let mut ranges: Vec<(Option<Phrase>, Phrase)> = Vec::new();
        let mut not_year_after = Vec::new();
        let mut year_ago = Vec::new();
        let mut base_cues = Vec::new();

        for row in optional_rows(&lang_dir.join("months.csv"), &["name", "month"])? {
            let m = int(&row, "month")?;
            if !(1..=12).contains(&m) {
                return Err(row.error("month must be 1 to 12"));
            }
            lx.months.push((phrase(row.required("name")?), m as u32));
        }
        for row in optional_rows(&d("settings.csv"), &["key", "value"])? {
            let yes = match row.required("value")? {
                "yes" | "dmy" => true,
                "no" | "mdy" => false,
                _ => return Err(row.error("value must be yes, no, dmy or mdy")),
            };
            match row.required("key")? {
                "months_capitalized" => lx.months_capitalized = yes,
                "numeric_order" => lx.mdy = !yes,
                _ => return Err(row.error("unknown key")),
            }
        }
        for row in optional_rows(&d("weekdays.csv"), &["name", "weekday"])? {
            let w = int(&row, "weekday")?;
            if !(1..=7).contains(&w) {
                return Err(row.error("weekday must be 1 (Monday) to 7 (Sunday)"));
            }
            lx.weekdays.insert(key_of(row.required("name")?), w as u32);
        }
        for row in optional_rows(&d("units.csv"), &["word", "unit", "number"])? {
            let unit = parsed(&row, "unit", Unit::parse, UNITS)?;
            let (sg, pl) = match row.required("number")? {
                "sg" => (true, false),
                "pl" => (false, true),
                "both" => (true, true),
                _ => return Err(row.error("`number` must be sg, pl or both")),
            };
            lx.units.insert(key_of(row.required("word")?), (unit, sg, pl));
        }
        for row in optional_rows(&d("numbers.csv"), &["word", "value"])? {
            let c = match row.required("value")? {
                "few" => Count::Few,
                v => Count::N(v.parse().map_err(|_| row.error("`value` must be a number or few"))?),
            };
            lx.numbers.insert(key_of(row.required("word")?), c);
        }
        for row in optional_rows(&d("ordinals.csv"), &["word", "value"])? {
            let w = row.required("word")?;
            if let Some(suffix) = w.strip_prefix('*') {
                lx.ordinal_suffixes.push(key_of(suffix));
            } else {
                lx.ordinals.insert(key_of(w), int(&row, "value")? as u32);
            }
        }
        for row in optional_rows(&d("seasons.csv"), &["word", "season"])? {
            let w = key_of(row.required("word")?);
            match row.get("bare") {
                "" | "cue" => {}
                "yes" => {
                    lx.seasons_alone.insert(w.clone());
                }
                "no" => {
                    lx.seasons_need_year.insert(w.clone());
                }
                _ => return Err(row.error("`bare` must be yes, cue or no")),
            }
            lx.seasons.insert(w, parsed(&row, "season", Season::parse, "SP, SU, FA or WI")?);
        }
        for row in optional_rows(&d("shifts.csv"), &["word", "offset", "position", "anchor"])? {
            let (before, after) = match row.required("position")? {
                "before" => (true, false),
                "after" => (false, true),
                "both" => (true, true),
                _ => return Err(row.error("`position` must be before, after or both")),
            };
            let s = Shift {
                offset: int(&row, "offset")?,
                before,
                after,
                anchor: parsed(&row, "anchor", Anchor::parse, "doc or prev")?,
            };
            lx.shifts.insert(key_of(row.required("word")?), s);
        }
        for row in optional_rows(
            &d("relative.csv"),
            &["phrase", "unit", "offset", "anchor", "mod", "match"],
        )? {
            let mod_ = match row.get("mod") {
                "" => None,
                m => Some(
                    Mod::parse(m)
                        .filter(|m| m.is_inner())
                        .ok_or_else(|| row.error("`mod` must be START, MID, END or empty"))?,
                ),
            };
            let exact = match row.required("match")? {
                "exact" => true,
                "any_case" => false,
                _ => return Err(row.error("`match` must be any_case or exact")),
            };
            relative.push(Relative {
                phrase: phrase(row.required("phrase")?),
                unit: parsed(&row, "unit", Unit::parse, UNITS)?,
                offset: int(&row, "offset")?,
                anchor: parsed(&row, "anchor", Anchor::parse, "doc or prev")?,
                mod_,
                exact,
            });
        }
        for row in optional_rows(&d("cues.csv"), &["phrase", "mod", "position"])? {
            let mod_ =
                parsed(&row, "mod", Mod::parse, "START, MID, END, BEFORE, AFTER, APPROX or NONE")?;
            let position = position(&row)?;
            if position == Position::After && mod_.is_inner() {
                return Err(row.error("START, MID and END cues stand before the date"));
            }
            cues.push(Cue { phrase: phrase(row.required("phrase")?), mod_, position });
        }
        for row in optional_rows(&d("offsets.csv"), &["phrase", "position", "direction", "anchor"])?
        {
            let direction = int(&row, "direction")?;
            if direction != 1 && direction != -1 {
                return Err(row.error("`direction` must be -1 or 1"));
            }
            offsets.push(Offset {
                phrase: phrase(row.required("phrase")?),
                position: position(&row)?,
                direction,
                anchor: parsed(&row, "anchor", Anchor::parse, "doc or prev")?,
                vague_only: match row.get("count") {
                    "" | "any" => false,
                    "vague" => true,
                    _ => return Err(row.error("`count` must be any or vague")),
                },
            });
        }
        for row in optional_rows(&d("fillers.csv"), &["phrase", "mod"])? {
            let mod_ = match row.get("mod") {
                "" => None,
                m => Some(Mod::parse(m).ok_or_else(|| row.error("unknown `mod`"))?),
            };
            fillers.push((phrase(row.required("phrase")?), mod_));
        }
        for row in optional_rows(&d("ranges.csv"), &["open", "join"])? {
            let open = match row.get("open") {
                "" => None,
                o => Some(phrase(o)),
            };
            ranges.push((open, phrase(row.required("join")?)));
        }
        for row in optional_rows(&d("not_year.csv"), &["phrase", "position"])? {
            let p = phrase(row.required("phrase")?);
            match position(&row)? {
                Position::Before => lx.not_year_before.push(p),
                Position::After => not_year_after.push(p),
            }
        }
        for row in optional_rows(&d("decades.csv"), &["word", "position"])? {
            let w = key_of(row.required("word")?);
            match row.required("position")? {
                "before" => lx.decade_before.insert(w),
                "after" => lx.decade_after.insert(w),
                "suffix" => {
                    lx.decade_suffixes.push(w);
                    true
                }
                _ => return Err(row.error("`position` must be before, after or suffix")),
            };
        }
        for row in optional_rows(&d("prefixed.csv"), &["prefix", "unit"])? {
            let unit = parsed(&row, "unit", Unit::parse, UNITS)?;
            if !matches!(unit, Unit::Quarter | Unit::Half | Unit::Year) {
                return Err(row.error("`unit` must be quarter, half or year"));
            }
            let alone = match row.get("bare") {
                "" | "no" => false,
                "yes" => true,
                _ => return Err(row.error("`bare` must be yes or no")),
            };
            lx.prefixed.push((row.required("prefix")?.to_string(), unit, alone));
        }
        for row in optional_rows(&d("year_ago.csv"), &["phrase", "unit"])? {
            let unit = match row.required("unit")? {
                "period" => None,
                u => Some(
                    Unit::parse(u)
                        .filter(|u| {
                            matches!(u, Unit::Month | Unit::Quarter | Unit::Half | Unit::Year)
                        })
                        .ok_or_else(|| {
                            row.error("`unit` must be month, quarter, half, year or period")
                        })?,
                ),
            };
            year_ago.push((phrase(row.required("phrase")?), unit));
        }
        for row in optional_rows(&d("comparison_bases.csv"), &["phrase", "role"])? {
            let p = phrase(row.required("phrase")?);
            match row.required("role")? {
                "cue" => base_cues.push(p),
                "trigger" => lx.base_triggers.push(p),
                _ => return Err(row.error("`role` must be cue or trigger")),
            }
        }
        for row in optional_rows(&d("names.csv"), &["word", "role"])? {
            let w = key_of(row.required("word")?);
            match row.required("role")? {
                "name" => lx.name_words.insert(w),
                "head" => lx.name_heads.insert(w),
                _ => return Err(row.error("`role` must be name or head")),
            };
        }
        lx.determiners = optional_lines(&d("determiners.txt"))?.iter().map(|s| key_of(s)).collect();
        let mut negations: Vec<Phrase> =
            optional_lines(&d("negations.txt"))?.iter().map(|s| phrase(s)).collect();
        let mut fiscal: Vec<Phrase> =
            optional_lines(&d("fiscal.txt"))?.iter().map(|s| phrase(s)).collect();
        let dayparts: Vec<Phrase> =
            optional_lines(&d("dayparts.txt"))?.iter().map(|s| phrase(s)).collect();
        let idioms: Vec<Phrase> =
            optional_lines(&d("idioms.txt"))?.iter().map(|s| phrase(s)).collect();
        lx.habitual = optional_lines(&d("habitual.txt"))?.iter().map(|s| key_of(s)).collect();
        lx.glue = optional_lines(&d("glue.txt"))?.iter().map(|s| key_of(s)).collect();
        lx.period_cues = optional_lines(&d("period_cues.txt"))?.iter().map(|s| key_of(s)).collect();
        lx.alternatives =
            optional_lines(&d("alternatives.txt"))?.iter().map(|s| key_of(s)).collect();
        lx.lists = optional_lines(&d("lists.txt"))?.iter().map(|s| key_of(s)).collect();
        lx.comparison = optional_lines(&d("comparison.txt"))?.iter().map(|s| key_of(s)).collect();

        // Longest phrases first, so that `bis spätestens` wins over `bis`.
        lx.months.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        cues.sort_by_key(|c| std::cmp::Reverse(c.phrase.len()));
        relative.sort_by_key(|r| std::cmp::Reverse(r.phrase.len()));
        year_ago.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        fiscal.sort_by_key(|p| std::cmp::Reverse(p.len()));
        negations.sort_by_key(|p| std::cmp::Reverse(p.len()));
        offsets.sort_by_key(|o| std::cmp::Reverse(o.phrase.len()));
        fillers.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        ranges.sort_by_key(|(o, j)| {
            std::cmp::Reverse(o.as_ref().map_or(0, Phrase::len) * 10 + j.len())
        });
        lx.prefixed.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
        lx.ordinal_suffixes.sort_by_key(|s| std::cmp::Reverse(s.len()));
        lx.decade_suffixes.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for (k, (p, _)) in lx.months.iter().enumerate() {
            if let Some(first) = p.key.first() {
                lx.months_by_first.get_or_default(first).push(k);
            }
        }
        lx.weekday_prefixes = Prefixes::new(lx.weekdays.keys());
        lx.relative = Phrases::new(relative);
        lx.cues = Phrases::new(cues);
        lx.offsets = Phrases::new(offsets);
        lx.fillers = Phrases::new(fillers);
        // Both kinds keep their order: every interval with an opening word is tried
        // before any without one.
        let (open, join): (Vec<_>, Vec<_>) = ranges.into_iter().partition(|(o, _)| o.is_some());
        lx.ranges_open =
            Phrases::new(open.into_iter().filter_map(|(o, j)| Some((o?, j))).collect());
        lx.ranges_join = join.into_iter().map(|(_, j)| j).collect();
        lx.not_year_after = Phrases::new(not_year_after);
        lx.year_ago = Phrases::new(year_ago);
        lx.base_cues = Phrases::new(base_cues);
        lx.negations = Phrases::new(negations);
        lx.fiscal = Phrases::new(fiscal);
        lx.dayparts = Phrases::new(dayparts);
        lx.idioms = Phrases::new(idioms);
        Ok(lx)
    }
}
