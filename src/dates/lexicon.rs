//! The per-language date vocabulary, loaded from `gazetteers/dates/<lang>/` and
//! `gazetteers/lang/<lang>/months.csv`. See `gazetteers/dates/README.md`.

use super::atoms::{atomize, Atom};
use super::timex::{Anchor, Holiday, Mod, Season, Unit};
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
    /// Any count makes a date when the clause speaks of the future (`Das Werk wird in
    /// drei Jahren fertig`), only a vague one otherwise.
    pub future_only: bool,
}

/// What a tense cue says of the time of its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// A word that tells nothing and stops the search (`prévue`, `lieu` in `a lieu`: a
    /// form that looks past and speaks of what is to come).
    Neutral,
    /// A word that looks like a cue and is none (`hundred`, `indeed`): the search goes on.
    Skip,
}

impl Tense {
    /// -1 for the past, 1 for the future, 0 for a neutral word.
    pub fn lean(self) -> i32 {
        match self {
            Tense::Past => -1,
            Tense::Future => 1,
            Tense::Neutral | Tense::Skip => 0,
        }
    }
}

/// A holiday name (`Pâques`, `Tag der Deutschen Einheit`) and its day.
#[derive(Clone, Debug)]
pub struct HolidayName {
    pub phrase: Phrase,
    pub day: Holiday,
    /// The text must be written as in the data (`Ascension` is no holiday in English).
    pub exact: bool,
}

impl HasPhrase for HolidayName {
    fn phrase(&self) -> &Phrase {
        &self.phrase
    }
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
    /// Unit words that name a quarter or half only with a year after them
    /// (`zweite Hälfte des Jahres 2024`, not `zweite Hälfte des Monats`).
    pub units_need_year: KeySet,
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
    /// Holiday names.
    pub holidays: Phrases<HolidayName>,
    /// Tense cues: whole words, and verb auxiliaries that count only before a participle.
    pub tense_words: KeyMap<Tense>,
    pub tense_aux: KeyMap<Tense>,
    /// Word endings that mark a tense (`-ront`, `-ed`), longest first.
    pub tense_suffixes: Vec<(String, Tense)>,
    /// Endings of past participles, for [`Lexicon::tense_aux`] (`-é`, `-t`).
    pub participles: Vec<String>,
    /// Words that name a week by its number (`KW`, `Kalenderwoche`).
    pub week_numbers: Phrases<Phrase>,
    /// Weekend phrases and the weeks they move (`ce week-end` 0, `last weekend` -1).
    pub weekends: Phrases<(Phrase, i32)>,
    /// Words that, after or before a count and a plural unit, make the span up to or
    /// from the document's date (`les deux derniers mois`, `the next three years`).
    pub span_words: KeyMap<i32>,
    /// Phrases naming the week of a day (`la semaine du`, `in der Woche vom`).
    pub week_of: Phrases<Phrase>,
    /// Words right before a day without its month (`le 16`, `am 15.`, `le 17/02`).
    pub day_cues: KeySet,
    /// Words that may follow a day without its month (`le 16 à Paris`, `le 16 prochain`).
    pub day_follows: KeySet,
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
        v.extend(self.holidays.iter().filter_map(|h| first_key(&h.phrase)));
        v.extend(self.week_numbers.iter().filter_map(first_key));
        v.extend(self.weekends.iter().filter_map(|(p, _)| first_key(p)));
        v.extend(self.week_of.iter().filter_map(first_key));
        v.extend(self.span_words.keys().map(String::as_str));
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
        v.extend(self.holidays.iter().filter_map(|h| rare(&h.phrase)));
        v.extend(self.week_numbers.iter().filter_map(rare));
        v.extend(self.weekends.iter().filter_map(|(p, _)| rare(p)));
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
        let mut l = Loader::new(lang_dir, dates_dir)?;
        l.months()?;
        l.settings()?;
        l.weekdays()?;
        l.units()?;
        l.numbers()?;
        l.ordinals()?;
        l.seasons()?;
        l.shifts()?;
        l.relative()?;
        l.cues()?;
        l.offsets()?;
        l.fillers()?;
        l.ranges()?;
        l.not_year()?;
        l.decades()?;
        l.prefixed()?;
        l.year_ago()?;
        l.comparison_bases()?;
        l.names()?;
        l.holidays()?;
        l.tenses()?;
        l.weekends()?;
        l.span_words()?;
        l.word_lists()?;
        Ok(l.finish())
    }
}

/// Reads the files of one language into a [`Lexicon`] (see [`Lexicon::load`]): one
/// method per file. Phrase lists are collected as they are read, then sorted longest
/// first and indexed by [`Loader::finish`].
struct Loader<'a> {
    lang_dir: &'a Path,
    dates_dir: &'a Path,
    /// The language's elisions and clitics: phrases are cut the way sentences are.
    rules: TokenRules,
    lx: Lexicon,
    relative: Vec<Relative>,
    cues: Vec<Cue>,
    offsets: Vec<Offset>,
    fillers: Vec<(Phrase, Option<Mod>)>,
    ranges: Vec<(Option<Phrase>, Phrase)>,
    not_year_after: Vec<Phrase>,
    year_ago: Vec<(Phrase, Option<Unit>)>,
    base_cues: Vec<Phrase>,
    negations: Vec<Phrase>,
    fiscal: Vec<Phrase>,
    dayparts: Vec<Phrase>,
    idioms: Vec<Phrase>,
    holidays: Vec<HolidayName>,
    weekends: Vec<(Phrase, i32)>,
}

impl<'a> Loader<'a> {
    fn new(lang_dir: &'a Path, dates_dir: &'a Path) -> Result<Loader<'a>, DataError> {
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
        Ok(Loader {
            lang_dir,
            dates_dir,
            rules,
            lx: Lexicon::default(),
            relative: Vec::new(),
            cues: Vec::new(),
            offsets: Vec::new(),
            fillers: Vec::new(),
            ranges: Vec::new(),
            not_year_after: Vec::new(),
            year_ago: Vec::new(),
            base_cues: Vec::new(),
            negations: Vec::new(),
            fiscal: Vec::new(),
            dayparts: Vec::new(),
            idioms: Vec::new(),
            holidays: Vec::new(),
            weekends: Vec::new(),
        })
    }

    fn phrase(&self, s: &str) -> Phrase {
        Phrase::new(s.trim(), &self.rules)
    }

    /// The rows of an optional table of the dates folder.
    fn rows(&self, name: &str, cols: &[&str]) -> Result<Vec<Row>, DataError> {
        optional_rows(&self.dates_dir.join(name), cols)
    }

    /// The lines of an optional list of the dates folder.
    fn lines(&self, name: &str) -> Result<Vec<String>, DataError> {
        optional_lines(&self.dates_dir.join(name))
    }

    /// The phrases of an optional list of the dates folder.
    fn phrases(&self, name: &str) -> Result<Vec<Phrase>, DataError> {
        Ok(self.lines(name)?.iter().map(|s| self.phrase(s)).collect())
    }

    /// The keys of an optional list of the dates folder.
    fn keys(&self, name: &str) -> Result<KeySet, DataError> {
        Ok(self.lines(name)?.iter().map(|s| key_of(s)).collect())
    }

    /// `lang/<lang>/months.csv`: month names, and the abbreviations only dates read
    /// (`dates/<lang>/month_abbreviations.csv`: `fév.`, `Mär.`).
    fn months(&mut self) -> Result<(), DataError> {
        let mut rows = optional_rows(&self.lang_dir.join("months.csv"), &["name", "month"])?;
        rows.extend(self.rows("month_abbreviations.csv", &["name", "month"])?);
        for row in rows {
            let m = int(&row, "month")?;
            if !(1..=12).contains(&m) {
                return Err(row.error("month must be 1 to 12"));
            }
            let name = self.phrase(row.required("name")?);
            self.lx.months.push((name, m as u32));
        }
        Ok(())
    }

    /// `settings.csv`: capitalized months, and the order of numeric dates.
    fn settings(&mut self) -> Result<(), DataError> {
        for row in self.rows("settings.csv", &["key", "value"])? {
            let yes = match row.required("value")? {
                "yes" | "dmy" => true,
                "no" | "mdy" => false,
                _ => return Err(row.error("value must be yes, no, dmy or mdy")),
            };
            match row.required("key")? {
                "months_capitalized" => self.lx.months_capitalized = yes,
                "numeric_order" => self.lx.mdy = !yes,
                _ => return Err(row.error("unknown key")),
            }
        }
        Ok(())
    }

    /// `weekdays.csv`: weekday names.
    fn weekdays(&mut self) -> Result<(), DataError> {
        for row in self.rows("weekdays.csv", &["name", "weekday"])? {
            let w = int(&row, "weekday")?;
            if !(1..=7).contains(&w) {
                return Err(row.error("weekday must be 1 (Monday) to 7 (Sunday)"));
            }
            self.lx.weekdays.insert(key_of(row.required("name")?), w as u32);
        }
        Ok(())
    }

    /// `units.csv`: unit words, singular or plural.
    fn units(&mut self) -> Result<(), DataError> {
        for row in self.rows("units.csv", &["word", "unit", "number"])? {
            let unit = parsed(&row, "unit", Unit::parse, UNITS)?;
            let (sg, pl) = match row.required("number")? {
                "sg" | "sg_year" => (true, false),
                "pl" => (false, true),
                "both" => (true, true),
                _ => return Err(row.error("`number` must be sg, sg_year, pl or both")),
            };
            let w = key_of(row.required("word")?);
            if row.required("number")? == "sg_year" {
                self.lx.units_need_year.insert(w.clone());
            }
            self.lx.units.insert(w, (unit, sg, pl));
        }
        Ok(())
    }

    /// `numbers.csv`: counts of units.
    fn numbers(&mut self) -> Result<(), DataError> {
        for row in self.rows("numbers.csv", &["word", "value"])? {
            let c = match row.required("value")? {
                "few" => Count::Few,
                v => Count::N(v.parse().map_err(|_| row.error("`value` must be a number or few"))?),
            };
            self.lx.numbers.insert(key_of(row.required("word")?), c);
        }
        Ok(())
    }

    /// `ordinals.csv`: ordinal words, and ordinal suffixes (`*`).
    fn ordinals(&mut self) -> Result<(), DataError> {
        for row in self.rows("ordinals.csv", &["word", "value"])? {
            let w = row.required("word")?;
            if let Some(suffix) = w.strip_prefix('*') {
                self.lx.ordinal_suffixes.push(key_of(suffix));
            } else {
                self.lx.ordinals.insert(key_of(w), int(&row, "value")? as u32);
            }
        }
        Ok(())
    }

    /// `seasons.csv`: season words, and whether they count alone.
    fn seasons(&mut self) -> Result<(), DataError> {
        let rows = self.rows("seasons.csv", &["word", "season"])?;
        let lx = &mut self.lx;
        for row in rows {
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
        Ok(())
    }

    /// `shifts.csv`: words that move a unit, weekday, month or season.
    fn shifts(&mut self) -> Result<(), DataError> {
        for row in self.rows("shifts.csv", &["word", "offset", "position", "anchor"])? {
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
            self.lx.shifts.insert(key_of(row.required("word")?), s);
        }
        Ok(())
    }

    /// `relative.csv`: fixed relative expressions.
    fn relative(&mut self) -> Result<(), DataError> {
        for row in
            self.rows("relative.csv", &["phrase", "unit", "offset", "anchor", "mod", "match"])?
        {
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
            let relative = Relative {
                phrase: self.phrase(row.required("phrase")?),
                unit: parsed(&row, "unit", Unit::parse, UNITS)?,
                offset: int(&row, "offset")?,
                anchor: parsed(&row, "anchor", Anchor::parse, "doc or prev")?,
                mod_,
                exact,
            };
            self.relative.push(relative);
        }
        Ok(())
    }

    /// `cues.csv`: cues that set a date's mod.
    fn cues(&mut self) -> Result<(), DataError> {
        for row in self.rows("cues.csv", &["phrase", "mod", "position"])? {
            let mod_ =
                parsed(&row, "mod", Mod::parse, "START, MID, END, BEFORE, AFTER, APPROX or NONE")?;
            let position = position(&row)?;
            if position == Position::After && mod_.is_inner() {
                return Err(row.error("START, MID and END cues stand before the date"));
            }
            let cue = Cue { phrase: self.phrase(row.required("phrase")?), mod_, position };
            self.cues.push(cue);
        }
        Ok(())
    }

    /// `offsets.csv`: cues that turn a counted span of time into a date.
    fn offsets(&mut self) -> Result<(), DataError> {
        for row in self.rows("offsets.csv", &["phrase", "position", "direction", "anchor"])? {
            let direction = int(&row, "direction")?;
            if direction != 1 && direction != -1 {
                return Err(row.error("`direction` must be -1 or 1"));
            }
            let offset = Offset {
                phrase: self.phrase(row.required("phrase")?),
                position: position(&row)?,
                direction,
                anchor: parsed(&row, "anchor", Anchor::parse, "doc or prev")?,
                vague_only: matches!(row.get("count"), "vague" | "future"),
                future_only: match row.get("count") {
                    "" | "any" | "vague" => false,
                    "future" => true,
                    _ => return Err(row.error("`count` must be any, vague or future")),
                },
            };
            self.offsets.push(offset);
        }
        Ok(())
    }

    /// `fillers.csv`: words that may stand inside a date, maybe with a mod.
    fn fillers(&mut self) -> Result<(), DataError> {
        for row in self.rows("fillers.csv", &["phrase", "mod"])? {
            let mod_ = match row.get("mod") {
                "" => None,
                m => Some(Mod::parse(m).ok_or_else(|| row.error("unknown `mod`"))?),
            };
            let filler = (self.phrase(row.required("phrase")?), mod_);
            self.fillers.push(filler);
        }
        Ok(())
    }

    /// `ranges.csv`: interval words, with or without an opening word.
    fn ranges(&mut self) -> Result<(), DataError> {
        for row in self.rows("ranges.csv", &["open", "join"])? {
            let open = match row.get("open") {
                "" => None,
                o => Some(self.phrase(o)),
            };
            let range = (open, self.phrase(row.required("join")?));
            self.ranges.push(range);
        }
        Ok(())
    }

    /// `not_year.csv`: words before or after which a number is no year.
    fn not_year(&mut self) -> Result<(), DataError> {
        for row in self.rows("not_year.csv", &["phrase", "position"])? {
            let p = self.phrase(row.required("phrase")?);
            match position(&row)? {
                Position::Before => self.lx.not_year_before.push(p),
                Position::After => self.not_year_after.push(p),
            }
        }
        Ok(())
    }

    /// `decades.csv`: decade words, before, after or as a suffix of the number.
    fn decades(&mut self) -> Result<(), DataError> {
        let rows = self.rows("decades.csv", &["word", "position"])?;
        let lx = &mut self.lx;
        for row in rows {
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
        Ok(())
    }

    /// `prefixed.csv`: letter codes of quarters, halves and years (`Q3`).
    fn prefixed(&mut self) -> Result<(), DataError> {
        for row in self.rows("prefixed.csv", &["prefix", "unit"])? {
            let unit = parsed(&row, "unit", Unit::parse, UNITS)?;
            if !matches!(unit, Unit::Quarter | Unit::Half | Unit::Year | Unit::Week) {
                return Err(row.error("`unit` must be week, quarter, half or year"));
            }
            let alone = match row.get("bare") {
                "" | "no" => false,
                "yes" => true,
                _ => return Err(row.error("`bare` must be yes or no")),
            };
            self.lx.prefixed.push((row.required("prefix")?.to_string(), unit, alone));
        }
        Ok(())
    }

    /// `year_ago.csv`: the same period a year before the one named last.
    fn year_ago(&mut self) -> Result<(), DataError> {
        for row in self.rows("year_ago.csv", &["phrase", "unit"])? {
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
            let year_ago = (self.phrase(row.required("phrase")?), unit);
            self.year_ago.push(year_ago);
        }
        Ok(())
    }

    /// `comparison_bases.csv`: cues of the base of a comparison, and their triggers.
    fn comparison_bases(&mut self) -> Result<(), DataError> {
        for row in self.rows("comparison_bases.csv", &["phrase", "role"])? {
            let p = self.phrase(row.required("phrase")?);
            match row.required("role")? {
                "cue" => self.base_cues.push(p),
                "trigger" => self.lx.base_triggers.push(p),
                _ => return Err(row.error("`role` must be cue or trigger")),
            }
        }
        Ok(())
    }

    /// `names.csv`: words that make a year after them part of a name.
    fn names(&mut self) -> Result<(), DataError> {
        let rows = self.rows("names.csv", &["word", "role"])?;
        let lx = &mut self.lx;
        for row in rows {
            let w = key_of(row.required("word")?);
            match row.required("role")? {
                "name" => lx.name_words.insert(w),
                "head" => lx.name_heads.insert(w),
                _ => return Err(row.error("`role` must be name or head")),
            };
        }
        Ok(())
    }

    /// `holidays.csv`: holiday names and their days (`12-25`, `easter+49`).
    fn holidays(&mut self) -> Result<(), DataError> {
        for row in self.rows("holidays.csv", &["phrase", "day", "match"])? {
            let day = parse_holiday(row.required("day")?)
                .ok_or_else(|| row.error("`day` must be MM-DD or easter, easter+N, easter-N"))?;
            let exact = match row.required("match")? {
                "exact" => true,
                "any_case" => false,
                _ => return Err(row.error("`match` must be any_case or exact")),
            };
            let phrase = self.phrase(row.required("phrase")?);
            self.holidays.push(HolidayName { phrase, day, exact });
        }
        Ok(())
    }

    /// `tense.csv`: tense cues (words, auxiliaries, endings, participle endings).
    fn tenses(&mut self) -> Result<(), DataError> {
        for row in self.rows("tense.csv", &["form", "tense", "kind"])? {
            let tense = match row.required("tense")? {
                "past" => Tense::Past,
                "future" => Tense::Future,
                "none" => Tense::Neutral,
                "skip" => Tense::Skip,
                _ => return Err(row.error("`tense` must be past, future, none or skip")),
            };
            let form = key_of(row.required("form")?);
            let lx = &mut self.lx;
            match row.required("kind")? {
                "word" => {
                    lx.tense_words.insert(form, tense);
                }
                "aux" => {
                    lx.tense_aux.insert(form, tense);
                }
                "suffix" => lx.tense_suffixes.push((form, tense)),
                "participle" => lx.participles.push(form),
                _ => return Err(row.error("`kind` must be word, aux, suffix or participle")),
            }
        }
        self.lx.tense_suffixes.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        Ok(())
    }

    /// `weekends.csv`: weekend phrases and the week they move.
    fn weekends(&mut self) -> Result<(), DataError> {
        for row in self.rows("weekends.csv", &["phrase", "shift"])? {
            let w = (self.phrase(row.required("phrase")?), int(&row, "shift")?);
            self.weekends.push(w);
        }
        Ok(())
    }

    /// `span_words.csv`: words making a count of units a span up to or from the document's date.
    fn span_words(&mut self) -> Result<(), DataError> {
        for row in self.rows("span_words.csv", &["word", "direction"])? {
            let d = int(&row, "direction")?;
            if d != 1 && d != -1 {
                return Err(row.error("`direction` must be -1 or 1"));
            }
            self.lx.span_words.insert(key_of(row.required("word")?), d);
        }
        Ok(())
    }

    /// The word and phrase lists (`*.txt`).
    fn word_lists(&mut self) -> Result<(), DataError> {
        self.lx.determiners = self.keys("determiners.txt")?;
        self.negations = self.phrases("negations.txt")?;
        self.fiscal = self.phrases("fiscal.txt")?;
        self.dayparts = self.phrases("dayparts.txt")?;
        self.idioms = self.phrases("idioms.txt")?;
        self.lx.habitual = self.keys("habitual.txt")?;
        self.lx.glue = self.keys("glue.txt")?;
        self.lx.period_cues = self.keys("period_cues.txt")?;
        self.lx.alternatives = self.keys("alternatives.txt")?;
        self.lx.lists = self.keys("lists.txt")?;
        self.lx.comparison = self.keys("comparison.txt")?;
        self.lx.week_numbers = Phrases::new(self.phrases("week_numbers.txt")?);
        self.lx.week_of = Phrases::new(self.phrases("week_of.txt")?);
        self.lx.day_cues = self.keys("day_cues.txt")?;
        self.lx.day_follows = self.keys("day_follows.txt")?;
        Ok(())
    }

    /// Sorts the phrase lists longest first and indexes them.
    fn finish(mut self) -> Lexicon {
        let mut lx = self.lx;
        // Longest phrases first, so that `bis spätestens` wins over `bis`.
        lx.months.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        self.cues.sort_by_key(|c| std::cmp::Reverse(c.phrase.len()));
        self.relative.sort_by_key(|r| std::cmp::Reverse(r.phrase.len()));
        self.year_ago.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        self.fiscal.sort_by_key(|p| std::cmp::Reverse(p.len()));
        self.negations.sort_by_key(|p| std::cmp::Reverse(p.len()));
        self.offsets.sort_by_key(|o| std::cmp::Reverse(o.phrase.len()));
        self.fillers.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        self.ranges.sort_by_key(|(o, j)| {
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
        lx.relative = Phrases::new(self.relative);
        lx.cues = Phrases::new(self.cues);
        lx.offsets = Phrases::new(self.offsets);
        lx.fillers = Phrases::new(self.fillers);
        // Both kinds keep their order: every interval with an opening word is tried
        // before any without one.
        let (open, join): (Vec<_>, Vec<_>) =
            self.ranges.into_iter().partition(|(o, _)| o.is_some());
        lx.ranges_open =
            Phrases::new(open.into_iter().filter_map(|(o, j)| Some((o?, j))).collect());
        lx.ranges_join = join.into_iter().map(|(_, j)| j).collect();
        lx.not_year_after = Phrases::new(self.not_year_after);
        lx.year_ago = Phrases::new(self.year_ago);
        lx.base_cues = Phrases::new(self.base_cues);
        lx.negations = Phrases::new(self.negations);
        lx.fiscal = Phrases::new(self.fiscal);
        lx.dayparts = Phrases::new(self.dayparts);
        lx.idioms = Phrases::new(self.idioms);
        self.holidays.sort_by_key(|h| std::cmp::Reverse(h.phrase.len()));
        lx.holidays = Phrases::new(self.holidays);
        self.weekends.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        lx.weekends = Phrases::new(self.weekends);
        lx
    }
}

/// A holiday's day as written in `holidays.csv`: `MM-DD`, `easter`, `easter+N`, `easter-N`.
fn parse_holiday(s: &str) -> Option<Holiday> {
    if let Some(rest) = s.strip_prefix("easter") {
        let n = match rest {
            "" => 0,
            r => r.strip_prefix('+').unwrap_or(r).parse().ok()?,
        };
        return (-100..=100).contains(&n).then_some(Holiday::Easter(n));
    }
    let (m, d) = s.split_once('-')?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    crate::calendar::DocDate::ymd(2000, m, d).map(|_| Holiday::Fixed(m, d))
}
