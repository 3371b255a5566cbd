//! Dates: every calendar reference of a sentence, normalized TIMEX3-style.
//!
//! [`DateRules::find`] cuts a sentence into atoms (tokens, with hyphenated compounds
//! split: `mi-2026` → `mi - 2026`), runs a small grammar of date forms over them
//! (day-month-year in words or digits, months, years, quarters, halves, seasons,
//! decades, fiscal years, intervals, weekdays, relative and counted expressions, each
//! with its START/MID/END/BEFORE/AFTER/APPROX cues) and resolves what each one says
//! against the document's date:
//!
//! - absolute dates keep their own precision (`19 mai 2025` → `2025-05-19`);
//! - a month, season or quarter without a year takes the year named earlier in the
//!   sentence, else the document's (`en mai` → `2026-05`);
//! - relative references count from the document's date at the precision they imply,
//!   never finer than that date (`heute` → `2025-06-11`; `Montag` in a document dated
//!   `2023-11` → `2023-11`, and a START/MID/END mod is then dropped);
//! - `un an plus tôt`, `drei Jahre später` count from the date the text named last;
//! - without a document date, relative references are kept with an empty value.
//!
//! Every word comes from `gazetteers/dates/<lang>/` and `gazetteers/lang/<lang>/months.csv`
//! (see `gazetteers/dates/README.md`); the Rust code holds only the mechanism.
//!
//! ```
//! use veille::resources::Resources;
//! let res = Resources::load(std::path::Path::new("gazetteers")).unwrap();
//! let text = "---\ndate: 2025-06-11\nlang: fr\n---\nLa puce sortira d'ici fin 2026.\n";
//! let a = &veille::analyze::analyze_text("t.txt", text, &res).unwrap()[0];
//! let m = &a.mentions[0][0];
//! assert_eq!((m.value.as_str(), m.mod_), ("2026", Some(veille::dates::Mod::End)));
//! ```

mod atoms;
mod lexicon;
mod parse;
mod timex;

use lexicon::{Lexicon, Prefixes};
pub use timex::Mod;
use timex::{resolve, Anchor, Refs, Spec, Timex, YearSrc};

use crate::data::DataError;
use crate::document::SentenceContext;
use crate::lang::Lang;
use crate::mention::{Kind, Mention, Method};
use crate::span::Span;
use crate::text::atoms::{digitless, token_bytes, KeyMap, KeySet};
use crate::tokenize::{is_hyphen, lower_form, tokenize, Token, TokenKind, TokenRules};
use atoms::{atomize, Atom};
use foldhash::HashMap;
use parse::{Hit, Parser};
use std::path::Path;

/// How far back in the document `un an plus tôt` looks for the date it counts from.
const LOOKBACK_BYTES: usize = 3000;

/// The date rules of every known language.
#[derive(Debug, Default)]
pub struct DateRules {
    langs: HashMap<Lang, Lexicon>,
    tokens: HashMap<Lang, TokenRules>,
    /// Per language, what a key may do in a date, as [`parse::START`], [`parse::PLAIN`]
    /// and [`parse::ANCHOR`] bits, so that an atom is looked up once: open a date (its
    /// own start words and every language's month names), open a date form without a
    /// cue ([`Lexicon::plain_start_keys`], with every language's month names), or be the
    /// anchor of a date ([`Anchors::words`]).
    keys: HashMap<Lang, KeyMap<u8>>,
    /// Per language, the keys of which every date holds one (see [`Lexicon::anchor_keys`]),
    /// with every language's month names.
    anchors: HashMap<Lang, Anchors>,
    /// The keys the month names of every language start with.
    month_keys: KeySet,
}

/// The words of which every date of one language holds one, for a cheap test per atom.
#[derive(Debug)]
struct Anchors {
    words: KeySet,
    /// Weekday names, for compounds (`Dienstagabend`), and the bytes they start with.
    weekdays: Prefixes,
}

impl Anchors {
    /// Whether a word (`key` is its lower-case form, with no digit) may be the anchor of
    /// a date: an anchor word or a weekday compound.
    fn word_holds(&self, kind: TokenKind, key: &str) -> bool {
        self.words.contains(key) || (kind == TokenKind::Word && self.weekdays.starts(key))
    }

    /// Whether an atom may be the anchor of a date: a number, a word with a digit, an
    /// anchor word or a weekday compound.
    fn hold(&self, a: &Atom) -> bool {
        a.kind == TokenKind::Number || a.has_digit || self.word_holds(a.kind, &a.key)
    }
}

impl DateRules {
    /// Loads `dir/dates/<lang>/*` and `dir/lang/<lang>/months.csv` for every known
    /// language; a missing folder gives an empty vocabulary, a bad line a `file:line` error.
    pub fn load(dir: &Path) -> Result<DateRules, DataError> {
        let mut rules = DateRules::default();
        for lang in Lang::KNOWN {
            let lang_dir = dir.join("lang").join(lang.code());
            let lx = Lexicon::load(&lang_dir, &dir.join("dates").join(lang.code()))?;
            let read = |name: &str| -> Result<Vec<String>, DataError> {
                let p = lang_dir.join(name);
                if !p.exists() {
                    return Ok(Vec::new());
                }
                Ok(crate::data::read_list(&p)?.into_iter().map(|l| lower_form(&l.text)).collect())
            };
            rules.tokens.insert(
                lang,
                TokenRules { elisions: read("elisions.txt")?, clitics: read("clitics.txt")? },
            );
            rules.langs.insert(lang, lx);
        }
        for lx in rules.langs.values() {
            rules.month_keys.extend(lx.months_by_first.keys().cloned());
        }
        for (lang, lx) in &rules.langs {
            let mut set: KeySet = lx.start_keys().into_iter().map(str::to_string).collect();
            for other in rules.langs.values() {
                set.extend(other.months.iter().filter_map(|(p, _)| p.key.first().cloned()));
            }
            let mut keys: KeyMap<u8> = KeyMap::default();
            for k in set.iter() {
                *keys.get_or_default(k) |= parse::START;
            }
            let mut set: KeySet = lx.plain_start_keys().into_iter().map(str::to_string).collect();
            for other in rules.langs.values() {
                set.extend(other.months.iter().filter_map(|(p, _)| p.key.first().cloned()));
            }
            for k in set.iter() {
                *keys.get_or_default(k) |= parse::PLAIN;
            }
            let mut set: KeySet = lx.anchor_keys().into_iter().map(str::to_string).collect();
            for other in rules.langs.values() {
                set.extend(other.months.iter().filter_map(|(p, _)| p.key.first().cloned()));
            }
            for k in set.iter() {
                *keys.get_or_default(k) |= parse::ANCHOR;
            }
            rules.keys.insert(*lang, keys);
            let weekdays = Prefixes::new(lx.weekdays.keys());
            rules.anchors.insert(*lang, Anchors { words: set, weekdays });
        }
        Ok(rules)
    }

    fn lang_of(&self, cx: &SentenceContext) -> Lang {
        [cx.sentence.lang, cx.doc_lang, Lang::En]
            .into_iter()
            .find(|l| self.langs.contains_key(l))
            .unwrap_or(Lang::En)
    }

    fn parser<'a>(&'a self, lang: Lang, text: &'a str, atoms: &'a [Atom]) -> Option<Parser<'a>> {
        let lx = self.langs.get(&lang)?;
        let keys = self.keys.get(&lang)?;
        let others =
            Lang::KNOWN.iter().filter(|l| **l != lang).filter_map(|l| self.langs.get(l)).collect();
        // A number, a word with a digit or a weekday compound may do anything; any other
        // atom what its key may.
        let flags = atoms
            .iter()
            .map(|a| {
                if a.kind == TokenKind::Number
                    || a.has_digit
                    || (a.is_word() && lx.starts_with_weekday(&a.key))
                {
                    parse::START | parse::PLAIN | parse::ANCHOR
                } else {
                    keys.get(&a.key).copied().unwrap_or(0)
                }
            })
            .collect();
        Some(Parser { atoms, text, lx, others, flags, month_keys: &self.month_keys })
    }

    /// Whether a token of a sentence without a digit may hold the anchor of a date;
    /// hyphenated compounds (only possible when `hyphens`) count by their parts, as atoms.
    fn token_may_anchor(anchors: &Anchors, text: &str, t: &Token, hyphens: bool) -> bool {
        if t.kind == TokenKind::Number {
            return true;
        }
        // Only a word splits into atoms; any other token is one atom with its own key.
        if hyphens && t.kind == TokenKind::Word && t.span.slice(text).contains(is_hyphen) {
            let atoms = atomize(text, std::slice::from_ref(t));
            return atoms.iter().any(|a| anchors.hold(a));
        }
        anchors.word_holds(t.kind, &t.lower)
    }

    /// Whether a sentence may hold a date: a digit, or a token that may hold an anchor.
    fn may_hold_date(anchors: &Anchors, text: &str, tokens: &[Token]) -> bool {
        match digitless(token_bytes(text, tokens)) {
            None => true,
            Some(hyphens) => {
                tokens.iter().any(|t| Self::token_may_anchor(anchors, text, t, hyphens))
            }
        }
    }

    /// The atom index after the last anchor of the parser's atoms (0 when there is
    /// none): no date starts after it, since every date holds an anchor.
    fn anchor_end(p: &Parser) -> usize {
        p.flags.iter().rposition(|f| f & parse::ANCHOR != 0).map_or(0, |k| k + 1)
    }

    /// The date expressions of an atom sequence, left to right, not overlapping; none
    /// starts at or after `limit`.
    fn hits(&self, p: &Parser, limit: usize) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < p.atoms.len().min(limit) {
            if !p.can_start(i) {
                i += 1;
                continue;
            }
            if let Some(e) = p.idiom(i) {
                i = e.max(i + 1);
                continue;
            }
            // The first of two listed dates (`10 et 11 février`), a cue and its date, or a
            // date starting here; an interval that opens with the cue word
            // (`from 2020 to 2024`) wins over the cue.
            let found = p.listed(i).or_else(|| match (p.cued(i), p.ranged(i, false)) {
                (Some(c), Some(r)) => Some(if r.end >= c.end { r } else { c }),
                (c, r) => c.or(r),
            });
            let Some(mut h) = found else {
                i += 1;
                continue;
            };
            let mut next = h.end;
            if let Some((m, e)) = p.cue_after(h.end) {
                h.mod_ = h.mod_.or(Some(m));
                next = e;
            }
            i = next.max(i + 1);
            if !matches!(h.spec, Spec::LooseDay(_) | Spec::LooseMonth(_)) {
                out.push(h);
            }
        }
        out
    }

    /// The dates the text names before the sentence, oldest first (for `un an plus tôt`,
    /// `le même jour`, `Vorjahresquartal`).
    fn lookback(&self, cx: &SentenceContext, lang: Lang) -> Vec<Timex> {
        let end = cx.sentence.span.start.min(cx.text.len());
        let mut start = end.saturating_sub(LOOKBACK_BYTES);
        while start < end && !cx.text.is_char_boundary(start) {
            start += 1;
        }
        if let Some(p) = cx.text[start..end].rfind("\n---") {
            start += p + 4;
        }
        let Some(rules) = self.tokens.get(&lang) else { return Vec::new() };
        let tokens = tokenize(cx.text, Span::new(start, end), rules);
        let atoms = atomize(cx.text, &tokens);
        let Some(p) = self.parser(lang, cx.text, &atoms) else { return Vec::new() };
        let limit = Self::anchor_end(&p);
        let mut refs = Refs { doc: cx.doc_date, ..Refs::default() };
        for h in self.hits(&p, limit) {
            if let Some((t, _)) = resolve(&h.spec, &refs) {
                refs.note(&t);
            }
        }
        refs.named
    }

    /// Date mentions of one sentence; relative ones are resolved against `cx.doc_date`.
    pub fn find(&self, cx: &SentenceContext) -> Vec<Mention> {
        let lang = self.lang_of(cx);
        if let Some(anchors) = self.anchors.get(&lang) {
            if !Self::may_hold_date(anchors, cx.text, cx.tokens()) {
                return Vec::new();
            }
        }
        let atoms = atomize(cx.text, cx.tokens());
        let Some(p) = self.parser(lang, cx.text, &atoms) else { return Vec::new() };
        let limit = Self::anchor_end(&p);
        let mut refs = Refs { doc: cx.doc_date, ..Refs::default() };
        let mut looked_back = false;
        let mut out = Vec::new();
        for h in self.hits(&p, limit) {
            if !looked_back && needs_prev(&h.spec) {
                looked_back = true;
                let mut named = self.lookback(cx, lang);
                named.append(&mut refs.named);
                refs.named = named;
            }
            let resolved = resolve(&h.spec, &refs);
            let mut m = Mention::new(
                Kind::Date,
                Span::new(atoms[h.start].span.start, atoms[h.end - 1].span.end),
                Method::Rule,
            );
            if let Some((t, coarse)) = &resolved {
                m.value = t.to_string();
                if let Some(q) =
                    quarter_of_months(&m.value).filter(|_| p.quarter_word_next_to(h.start, h.end))
                {
                    m.value = q;
                }
                refs.note(t);
                // Only a year the text writes out is the sentence's for the months after it:
                // a relative one (`up from $210 million a year earlier, … a contract signed in
                // January`) is no year for them.
                if let Some(y) = t.year().filter(|_| names_year(&h.spec)) {
                    refs.sentence_year = Some(y);
                }
                // A mention's mod is never `Plain` (a cue that licenses without modifying).
                if let Some(md) = h.mod_.filter(|&md| md != Mod::Plain) {
                    if !(*coarse && md.is_inner()) {
                        m.mod_ = Some(md);
                    }
                }
            } else {
                m.mod_ = h.mod_.filter(|&md| md != Mod::Plain);
            }
            out.push(m);
        }
        out
    }
}

/// The quarter `YYYY-Qn` a month interval `YYYY-MM/YYYY-MM` spans exactly (`2026-07/2026-09`
/// → `2026-Q3`), if it does.
fn quarter_of_months(value: &str) -> Option<String> {
    let (a, b) = value.split_once('/')?;
    let (ya, ma) = a.split_once('-')?;
    let (yb, mb) = b.split_once('-')?;
    let (ma, mb): (u32, u32) = (ma.parse().ok()?, mb.parse().ok()?);
    (ya == yb && ya.len() == 4 && ma % 3 == 1 && mb == ma + 2 && mb <= 12)
        .then(|| format!("{ya}-Q{}", ma / 3 + 1))
}

/// Whether `spec` writes its year out (`mai 2026`, `2025`, `2030-2035`).
fn names_year(spec: &Spec) -> bool {
    match spec {
        Spec::Dated(_, YearSrc::Explicit(_))
        | Spec::Holiday { year: YearSrc::Explicit(_), .. }
        | Spec::Decade(_) => true,
        Spec::Range(a, b) => names_year(a) || names_year(b),
        _ => false,
    }
}

fn needs_prev(spec: &Spec) -> bool {
    match spec {
        Spec::Rel { anchor: Anchor::Prev, .. }
        | Spec::Dated(_, YearSrc::Shift(_, Anchor::Prev))
        | Spec::YearAgo(_) => true,
        Spec::Range(a, b) => needs_prev(a) || needs_prev(b),
        _ => false,
    }
}
