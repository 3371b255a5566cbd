//! The date grammar: small parsers over atoms, one per form of date, combined
//! leftmost-longest. Every word they look for comes from a [`Lexicon`].

use super::atoms::Atom;
use super::lexicon::{Count, Lexicon, Phrase, Phrases, Position, Shift, Tense};
use super::timex::{Anchor, Mod, Part, Season, Spec, Unit, YearSrc};
use crate::calendar::days_in_month;
use crate::text::atoms::KeySet;
use crate::tokenize::TokenKind;

/// How many words before (then after) a date the tense of its clause is looked for.
const TENSE_REACH: usize = 8;

/// A date expression found at atoms `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub spec: Spec,
    pub mod_: Option<Mod>,
}

impl Hit {
    fn new(start: usize, end: usize, spec: Spec) -> Option<Hit> {
        Some(Hit { start, end, spec, mod_: None })
    }
}

fn longest(hits: impl IntoIterator<Item = Option<Hit>>) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    for h in hits.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| h.end > b.end) {
            best = Some(h);
        }
    }
    best
}

/// A two-digit year in a numeric date (`16.04.25`).
fn century(yy: u32) -> i32 {
    if yy < 70 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

fn valid_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(2000, m)
}

/// An atom that may open a date: a number, a word with a digit, a weekday with a part
/// of the day in one word, or a key of [`Lexicon::start_keys`] or of a month name of any
/// vocabulary.
pub const START: u8 = 1;
/// An atom that may open a date form without a cue ([`Parser::plain`]): as [`START`],
/// with the keys of [`Lexicon::plain_start_keys`] and the month names.
pub const PLAIN: u8 = 2;
/// An atom that may be the anchor of a date (see [`Lexicon::anchor_keys`]): a number, a
/// word with a digit, a weekday compound, an anchor key or a month name.
pub const ANCHOR: u8 = 4;

/// The parsers, over the atoms of one sentence.
pub struct Parser<'a> {
    pub atoms: &'a [Atom<'a>],
    pub text: &'a str,
    pub lx: &'a Lexicon,
    /// The other languages' vocabularies: a month name of another language still
    /// counts next to a day or a year (`March 21, 2025` in a French article).
    pub others: Vec<&'a Lexicon>,
    /// For each atom, what it may do in a date ([`START`], [`PLAIN`], [`ANCHOR`] bits).
    pub flags: Vec<u8>,
    /// The keys month names of every vocabulary start with.
    pub month_keys: &'a KeySet,
}

impl<'a> Parser<'a> {
    /// Whether any date expression can start at atom `i`: every parser first reads atom
    /// `i` as a number, a word with a digit, a word of [`Parser::starts`], or a weekday
    /// with a part of the day in one word. An exact, cheap test that lets the grammar skip
    /// the atoms of ordinary prose.
    pub fn can_start(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f & START != 0)
    }

    /// Whether a quarter word (`units.csv`, unit quarter) stands right after atoms
    /// `start..end` or right before them (`the July-September quarter`, `le trimestre
    /// juillet-septembre`, `im Quartal Juli bis September`): the months named are that quarter.
    pub fn quarter_word_next_to(&self, start: usize, end: usize) -> bool {
        let quarter = |i: usize| {
            self.at(i).is_some_and(|a| {
                self.lx.units.get(a.key.as_ref()).is_some_and(|&(u, _, _)| u == Unit::Quarter)
            })
        };
        quarter(end) || (start >= 1 && quarter(start - 1))
    }

    fn at(&self, i: usize) -> Option<&'a Atom<'a>> {
        self.atoms.get(i)
    }

    fn is(&self, i: usize, c: &str) -> bool {
        self.at(i).is_some_and(|a| a.is(c))
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.at(i).filter(|a| a.is_word()).map(|a| &*a.key)
    }

    fn any(&self, list: &Phrases<Phrase>, i: usize) -> Option<usize> {
        list.first_match(self.atoms, i, self.text).map(|(_, e)| e)
    }

    /// `j` and the positions after each glue word or hyphen that follows it (at most `max`).
    fn glue_positions(&self, j: usize, max: usize) -> Vec<usize> {
        let mut v = vec![j];
        let mut k = j;
        while v.len() <= max {
            match self.at(k) {
                Some(a) if a.is_hyphen() || self.lx.glue.contains(&a.key) => {
                    k += 1;
                    v.push(k);
                }
                _ => break,
            }
        }
        v
    }

    /// An idiom starting at `i` (`du jour au lendemain`): the atom after it.
    pub fn idiom(&self, i: usize) -> Option<usize> {
        self.any(&self.lx.idioms, i)
    }

    // ---- words ------------------------------------------------------------

    fn unit(&self, i: usize) -> Option<(Unit, bool, bool)> {
        self.word(i).and_then(|w| self.lx.units.get(w).copied())
    }

    fn shift(&self, i: usize, pos: Position) -> Option<Shift> {
        let s = self.word(i).and_then(|w| self.lx.shifts.get(w).copied())?;
        match pos {
            Position::Before if s.before => Some(s),
            Position::After if s.after => Some(s),
            _ => None,
        }
    }

    fn season(&self, i: usize) -> Option<Season> {
        self.word(i).and_then(|w| self.lx.seasons.get(w).copied())
    }

    /// Digits followed by an ordinal suffix (`1er`, `21st`).
    fn suffixed_ordinal(&self, a: &Atom) -> Option<u32> {
        if !a.is_word() {
            return None;
        }
        let n = a.key.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 2 {
            return None;
        }
        let rest = &a.key[n..];
        self.lx
            .ordinal_suffixes
            .iter()
            .any(|s| s == rest)
            .then(|| a.key[..n].parse().ok())
            .flatten()
    }

    /// A day of the month (`19`, `1er`, `21st`); the dot of `19.` is not included.
    fn day(&self, i: usize) -> Option<u32> {
        let a = self.at(i)?;
        let d = if a.kind == TokenKind::Number && a.width <= 2 {
            a.digits?
        } else {
            self.suffixed_ordinal(a)?
        };
        (1..=31).contains(&d).then_some(d)
    }

    /// An ordinal (`premier`, `ersten`, `1.`, `3rd`) and the atom after it.
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        let a = self.at(i)?;
        if let Some(&v) = self.word(i).and_then(|w| self.lx.ordinals.get(w)) {
            return Some((v, i + 1));
        }
        if a.kind == TokenKind::Number && a.width == 1 && self.is(i + 1, ".") {
            return Some((a.digits?, i + 2));
        }
        self.suffixed_ordinal(a).map(|v| (v, i + 1))
    }

    /// A month name: the month, the atom after it, and the vocabulary it came from.
    fn month(&self, i: usize) -> Option<(u32, usize, &'a Lexicon)> {
        self.month_any(i).filter(|m| !m.3).map(|(m, e, lx, _)| (m, e, lx))
    }

    /// Like [`Parser::month`], also accepting an abbreviation written without its dot
    /// (`Jan 15, 2026`); the last field tells which. Such a name needs a day or a year.
    fn month_any(&self, i: usize) -> Option<(u32, usize, &'a Lexicon, bool)> {
        let a = self.at(i)?;
        if !a.is_word() || !self.month_keys.contains(&a.key) {
            return None;
        }
        let lexicons = || std::iter::once(self.lx).chain(self.others.iter().copied());
        let cased = |lx: &Lexicon| !lx.months_capitalized || a.is_capitalized(self.text);
        lexicons()
            .filter(|lx| cased(lx))
            .find_map(|lx| {
                lx.months_starting(&a.key).find_map(|(p, m)| {
                    p.match_at(self.atoms, i, self.text).map(|e| (*m, e, lx, false))
                })
            })
            .or_else(|| {
                lexicons().filter(|lx| cased(lx)).find_map(|lx| {
                    lx.months_starting(&a.key).find_map(|(p, m)| {
                        (p.len() == 2 && p.key[1] == "." && p.key[0] == a.key).then_some((
                            *m,
                            i + 1,
                            lx,
                            true,
                        ))
                    })
                })
            })
    }

    /// A month name of the sentence's own language.
    fn own_month(&self, i: usize) -> Option<(u32, usize)> {
        self.month(i).filter(|(_, _, lx)| std::ptr::eq(*lx, self.lx)).map(|(m, e, _)| (m, e))
    }

    fn weekday(&self, i: usize) -> Option<u32> {
        let w = self.word(i)?;
        if let Some(&d) = self.lx.weekdays.get(w) {
            return Some(d);
        }
        // A weekday with a part of the day in one word (`Dienstagabend`).
        if !self.lx.starts_with_weekday(w) {
            return None;
        }
        self.lx.weekdays.iter().find_map(|(name, &d)| {
            let rest = w.strip_prefix(name.as_str())?;
            self.lx.dayparts.iter().any(|p| p.len() == 1 && p.key[0] == rest).then_some(d)
        })
    }

    fn daypart_after(&self, j: usize) -> usize {
        self.any(&self.lx.dayparts, j).unwrap_or(j)
    }

    /// Whether the word before `i` lets a bare month, season or code count as a date.
    fn licensed_by_prev(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..3 {
            let Some(a) = k.checked_sub(1).and_then(|p| self.at(p)) else { return false };
            if self.lx.period_cues.contains(&a.key) {
                return true;
            }
            if !self.lx.glue.contains(&a.key) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether the number at `i` reads as a count, a page or a model rather than a year.
    fn count_context(&self, i: usize) -> bool {
        if i > 0 && self.at(i - 1).is_some_and(|a| a.kind == TokenKind::Symbol) {
            return true;
        }
        if self.lx.not_year_before.iter().any(|p| p.ends_before(self.atoms, i, self.text)) {
            return true;
        }
        if let Some(n) = self.at(i + 1) {
            if n.kind == TokenKind::Symbol || (n.is_word() && self.lx.units.contains_key(&n.key)) {
                return true;
            }
        }
        self.any(&self.lx.not_year_after, i + 1).is_some()
    }

    /// A four-digit year at `i`. `strong` (a cue or a month stands before it) widens the range.
    fn year(&self, i: usize, strong: bool) -> Option<i32> {
        let a = self.at(i)?;
        if a.kind != TokenKind::Number || a.width != 4 {
            return None;
        }
        let y = a.digits? as i32;
        let range = if strong { 1000..=2199 } else { 1900..=2100 };
        (range.contains(&y) && !self.count_context(i) && !self.in_name(i)).then_some(y)
    }

    /// Whether the number at `i` ends a name (`Vision 2030`, `plan France 2030`,
    /// `programme Horizon Europe 2027`) rather than naming a year: a capitalized name
    /// word right before it (`Horizon 2020`, while `à l'horizon 2030` is a date), or up to
    /// three capitalized words after a name head. Months, cues and the other date words
    /// never count as the words of such a name.
    fn in_name(&self, i: usize) -> bool {
        let name_part = |k: usize| {
            self.at(k).is_some_and(|a| {
                a.is_word()
                    && a.is_capitalized(self.text)
                    && self.month_any(k).is_none()
                    && self.weekday(k).is_none()
                    && self.unit(k).is_none()
                    && self.season(k).is_none()
                    && !self.lx.glue.contains(&a.key)
                    && !self.lx.period_cues.contains(&a.key)
                    && self.lx.cues.first_match(self.atoms, k, self.text).is_none()
            })
        };
        let Some(p) = i.checked_sub(1) else { return false };
        if self
            .at(p)
            .is_some_and(|a| a.is_capitalized(self.text) && self.lx.name_words.contains(&a.key))
        {
            return true;
        }
        if !name_part(p) {
            return false;
        }
        let mut k = p;
        for _ in 0..3 {
            let Some(h) = k.checked_sub(1) else { return false };
            if self.word(h).is_some_and(|w| self.lx.name_heads.contains(w)) {
                return true;
            }
            if !name_part(h) {
                return false;
            }
            k = h;
        }
        false
    }

    /// A code with a letter prefix (`Q3`, `T1`, `H2`, `FY2026`): its unit, its number,
    /// and whether it counts without a year or a cue.
    fn prefixed(&self, i: usize) -> Option<(Unit, u32, bool)> {
        let a = self.at(i).filter(|a| a.is_word())?;
        let s = a.span.slice(self.text);
        self.lx.prefixed.iter().find_map(|(p, unit, alone)| {
            let rest = s.strip_prefix(p.as_str())?;
            if rest.is_empty() || rest.len() > 4 || !rest.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: u32 = rest.parse().ok()?;
            let n = match unit {
                Unit::Year if rest.len() == 2 => century(n) as u32,
                Unit::Year if rest.len() == 4 => n,
                Unit::Quarter if (1..=4).contains(&n) && rest.len() == 1 => n,
                Unit::Week if (1..=53).contains(&n) && rest.len() <= 2 => n,
                Unit::Half if (1..=2).contains(&n) && rest.len() == 1 => n,
                _ => return None,
            };
            Some((*unit, n, *alone))
        })
    }

    /// A relative year after a month or a period (`diesen Jahres`, `de l'année dernière`, `des Vorjahres`).
    fn year_rel(&self, j: usize) -> Option<(YearSrc, usize)> {
        for k in self.glue_positions(j, 2) {
            if let Some(s) = self.shift(k, Position::Before) {
                if let Some((Unit::Year, true, _)) = self.unit(k + 1) {
                    return Some((YearSrc::Shift(s.offset, s.anchor), k + 2));
                }
            }
            if let Some((Unit::Year, true, _)) = self.unit(k) {
                if let Some(s) = self.shift(k + 1, Position::After) {
                    return Some((YearSrc::Shift(s.offset, s.anchor), k + 2));
                }
            }
            for r in self
                .lx
                .relative
                .at(self.atoms, k)
                .filter(|r| r.unit == Unit::Year && r.mod_.is_none())
            {
                if let Some(e) = r.phrase.match_with(self.atoms, k, self.text, r.exact) {
                    return Some((YearSrc::Shift(r.offset, r.anchor), e));
                }
            }
        }
        None
    }

    /// A fiscal year named by a shift word (`laufenden Geschäftsjahr`, `l'exercice
    /// précédent`, `current fiscal year`): its year and the atom after it. A year written
    /// after the fiscal word wins (`laufenden Geschäftsjahr 2025/26` → 2025).
    fn fiscal_rel(&self, k: usize) -> Option<(YearSrc, usize)> {
        let (src, e) = if let Some(s) = self.shift(k, Position::Before) {
            let e = self.any(&self.lx.fiscal, k + 1)?;
            (YearSrc::Shift(s.offset, s.anchor), e)
        } else {
            let e = self.any(&self.lx.fiscal, k)?;
            let s = self.shift(e, Position::After)?;
            (YearSrc::Shift(s.offset, s.anchor), e + 1)
        };
        if let Some(y) = self.year(e, true) {
            return Some((YearSrc::Explicit(y), e + 1));
        }
        if let Some((Unit::Year, y, _)) = self.prefixed(e) {
            return Some((YearSrc::Explicit(y as i32), e + 1));
        }
        Some((src, e))
    }

    /// The year of a quarter, half or season (`2026`, `de l'exercice 2026`, `/2026`, `FY26`).
    fn period_year(&self, j: usize) -> Option<(YearSrc, usize)> {
        let mut starts = self.glue_positions(j, 2);
        if self.is(j, "/") {
            starts.push(j + 1);
        }
        for k in starts {
            let mut k = k;
            // `seines Geschäftsjahres 2025`, `de son exercice 2025`, `of its fiscal year 2025`
            let determiner = self.word(k).is_some_and(|w| self.lx.determiners.contains(w));
            if determiner && self.any(&self.lx.fiscal, k + 1).is_some() {
                k += 1;
            }
            if let Some(r) = self.fiscal_rel(k) {
                return Some(r);
            }
            if let Some(e) = self.any(&self.lx.fiscal, k) {
                k = *self.glue_positions(e, 1).last().unwrap_or(&e);
                if self.year(k, true).is_none() {
                    k = e;
                }
            }
            if let Some(y) = self.year(k, true) {
                return Some((YearSrc::Explicit(y), k + 1));
            }
            if let Some((Unit::Year, y, _)) = self.prefixed(k) {
                return Some((YearSrc::Explicit(y as i32), k + 1));
            }
            if let Some((y, e)) = self.short_year(k).filter(|_| self.is(k, "'")) {
                return Some((YearSrc::Explicit(y), e));
            }
            // `de l'année 2024`, `des Jahres 2024`
            if let Some((Unit::Year, true, _)) = self.unit(k) {
                if let Some(y) = self.year(k + 1, true) {
                    return Some((YearSrc::Explicit(y), k + 2));
                }
            }
        }
        self.year_rel(j)
    }

    // ---- forms of dates -----------------------------------------------------

    /// `19 mai 2025`, `19. Mai`, `1er janvier 2026`, `21 March 2025`.
    fn day_month_year(&self, i: usize) -> Option<Hit> {
        let (d, j) = self.day_any(i)?;
        let (m, k, _, undotted) = self.month_any(j)?;
        if !valid_day(m, d) {
            return None;
        }
        if let Some(y) = self.year(k, true) {
            return Hit::new(i, k + 1, Spec::Dated(Part::Day(m, d), YearSrc::Explicit(y)));
        }
        if undotted {
            return None;
        }
        if let Some((ys, e)) = self.year_rel(k) {
            return Hit::new(i, e, Spec::Dated(Part::Day(m, d), ys));
        }
        Hit::new(i, k, Spec::Dated(Part::Day(m, d), YearSrc::Implied))
    }

    /// A day before its month: digits (`19`, `19.`, `1er`, `5th`), an ordinal word
    /// (`premier`, `ersten`, `first`), with `of` after an ordinal (`the 5th of June`):
    /// the day and the atom the month starts at.
    fn day_any(&self, i: usize) -> Option<(u32, usize)> {
        let (d, j, ordinal) = match self.day(i) {
            Some(d) => {
                let dotted = self.is(i + 1, ".");
                let suffixed = self.at(i).is_some_and(|a| a.is_word());
                (d, if dotted { i + 2 } else { i + 1 }, suffixed)
            }
            None => {
                // `twenty-first` is no `first`.
                if i > 0 && self.at(i - 1).is_some_and(Atom::is_hyphen) {
                    return None;
                }
                let d = self.word(i).and_then(|w| self.lx.ordinals.get(w)).copied()?;
                ((1..=31).contains(&d).then_some(d)?, i + 1, true)
            }
        };
        if ordinal && self.month_any(j).is_none() && self.word(j).is_some_and(|w| w == "of") {
            return Some((d, j + 1));
        }
        Some((d, j))
    }

    /// `March 21, 2025`, `November 4 2025`, `May 5th`.
    fn month_day_year(&self, i: usize) -> Option<Hit> {
        let (m, j, lx, _) = self.month_any(i)?;
        let d = self.day(j)?;
        if !valid_day(m, d) {
            return None;
        }
        let e = if self.is(j + 1, ",") { j + 2 } else { j + 1 };
        if let Some(y) = self.year(e, true) {
            return Hit::new(i, e + 1, Spec::Dated(Part::Day(m, d), YearSrc::Explicit(y)));
        }
        if !lx.mdy || self.count_context(j) {
            return None;
        }
        Hit::new(i, j + 1, Spec::Dated(Part::Day(m, d), YearSrc::Implied))
    }

    /// `janvier 2026`, `en mai`, `mai dernier`, `Januar diesen Jahres`, `last May`.
    fn month_form(&self, i: usize, licensed: bool) -> Option<Hit> {
        if let Some(s) = self.shift(i, Position::Before) {
            if let Some((m, e)) = self.own_month(i + 1) {
                return Hit::new(i, e, Spec::Near { part: Part::Month(m), shift: s.offset });
            }
        }
        let (m, j, lx, undotted) = self.month_any(i)?;
        if let Some(y) = self.year(j, true) {
            return Hit::new(i, j + 1, Spec::Dated(Part::Month(m), YearSrc::Explicit(y)));
        }
        if let Some((y, e)) = self.short_year(j) {
            return Hit::new(i, e, Spec::Dated(Part::Month(m), YearSrc::Explicit(y)));
        }
        if undotted || !std::ptr::eq(lx, self.lx) {
            return None;
        }
        if let Some(s) = self.shift(j, Position::After) {
            return Hit::new(i, j + 1, Spec::Near { part: Part::Month(m), shift: s.offset });
        }
        if let Some((ys, e)) = self.year_rel(j) {
            return Hit::new(i, e, Spec::Dated(Part::Month(m), ys));
        }
        (licensed || self.licensed_by_prev(i)).then_some(Hit {
            start: i,
            end: j,
            spec: Spec::Dated(Part::Month(m), YearSrc::Leaning(self.lean(i, j))),
            mod_: None,
        })
    }

    /// A year in two digits after a month or a season: with an apostrophe (`'98`,
    /// `’05`), or a number that cannot be a day (`juillet 98`). The year and the atom
    /// after it.
    fn short_year(&self, j: usize) -> Option<(i32, usize)> {
        let two = |k: usize| {
            self.at(k)
                .filter(|a| a.kind == TokenKind::Number && a.width == 2)
                .and_then(|a| a.digits)
        };
        if self.is(j, "'") && self.glued(j) {
            return two(j + 1).map(|n| (century(n), j + 2));
        }
        let n = two(j).filter(|&n| n > 31)?;
        // Not a count (`juillet 98 %`, `mai 45 salariés`) nor part of a longer number.
        if self.count_context(j) || self.at(j + 1).is_some_and(|a| a.is(",") && self.glued(j)) {
            return None;
        }
        Some((century(n), j + 1))
    }

    /// `16.04.2025`, `16.04.25`, `16/04/2025`, `04/16/2025`, `2025-04-16`, `2025-04`.
    fn numeric(&self, i: usize) -> Option<Hit> {
        let a = self.at(i)?;
        if a.kind != TokenKind::Number {
            return None;
        }
        // One token with dots: 16.04.2025 (always day first).
        if a.key.contains('.') {
            return self.dotted(i, &a.key);
        }
        // Three numbers joined by `/` or `-` with no space.
        for sep in ["/", "-"] {
            if let Some(hit) = self.separated(i, sep) {
                return Some(hit);
            }
        }
        self.year_month(i)
    }

    /// A day, month and year in one token with dots (`key`): 16.04.2025, always day
    /// first.
    fn dotted(&self, i: usize, key: &str) -> Option<Hit> {
        let parts: Vec<&str> = key.split('.').collect();
        if parts.len() != 3
            || !parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if !(n.len() == 3
            && parts[0].len() <= 2
            && parts[1].len() <= 2
            && matches!(parts[2].len(), 2 | 4))
        {
            return None;
        }
        let (m, d) = (n[1], n[0]);
        let y = if parts[2].len() == 4 { n[2] as i32 } else { century(n[2]) };
        crate::calendar::DocDate::ymd(y, m, d)?;
        Hit::new(i, i + 1, Spec::Dated(Part::Day(m, d), YearSrc::Explicit(y)))
    }

    /// Three numbers joined by `sep` (`/` or `-`) with no space: 16/04/2025,
    /// 04/16/2025, 2025-04-16.
    fn separated(&self, i: usize, sep: &str) -> Option<Hit> {
        let is_sep = |k: usize| {
            self.at(k).is_some_and(|a| if sep == "-" { a.is_hyphen() } else { a.is(sep) })
        };
        if !(is_sep(i + 1) && is_sep(i + 3) && (0..4).all(|k| self.glued(i + k))) {
            return None;
        }
        let (x, y, z) = (self.num(i)?, self.num(i + 2)?, self.num(i + 4)?);
        Hit::new(i, i + 5, self.day_spec(x, y, z)?)
    }

    /// ISO year-month with a leading zero: 2025-04.
    fn year_month(&self, i: usize) -> Option<Hit> {
        let (Some((y, 4)), Some((m, 2))) = (self.num(i), self.num(i + 2)) else {
            return None;
        };
        let sep = self.at(i + 1).is_some_and(Atom::is_hyphen);
        let zero = self.at(i + 2).is_some_and(|a| a.key.starts_with('0'));
        if sep
            && zero
            && self.glued(i)
            && self.glued(i + 1)
            && (1..=12).contains(&m)
            && (1900..=2100).contains(&y)
        {
            return Hit::new(i, i + 3, Spec::Dated(Part::Month(m), YearSrc::Explicit(y as i32)));
        }
        None
    }

    /// Whether atoms `k` and `k + 1` touch.
    fn glued(&self, k: usize) -> bool {
        match (self.at(k), self.at(k + 1)) {
            (Some(x), Some(y)) => x.span.end == y.span.start,
            _ => false,
        }
    }

    /// The value and width in digits of the number at `k`.
    fn num(&self, k: usize) -> Option<(u32, usize)> {
        self.at(k).filter(|a| a.kind == TokenKind::Number).and_then(|a| Some((a.digits?, a.width)))
    }

    /// The day of three numbers `(value, width)` in text order: year first when the
    /// first has four digits, else day and month in the language's order (swapped when
    /// that gives no valid day) and the year last.
    fn day_spec(&self, x: (u32, usize), y: (u32, usize), z: (u32, usize)) -> Option<Spec> {
        let ((x, wx), (y, wy), (z, wz)) = (x, y, z);
        let (yy, m, d) = if wx == 4 {
            (x as i32, y, z)
        } else {
            let year = match wz {
                4 => z as i32,
                2 => century(z),
                _ => return None,
            };
            if wx > 2 || wy > 2 {
                return None;
            }
            let (m, d) = if self.lx.mdy { (x, y) } else { (y, x) };
            if valid_day(m, d) {
                (year, m, d)
            } else {
                (year, d, m)
            }
        };
        crate::calendar::DocDate::ymd(yy, m, d)
            .map(|_| Spec::Dated(Part::Day(m, d), YearSrc::Explicit(yy)))
    }

    /// Quarters, halves, seasons and fiscal years: `T1 2026`, `ersten Quartal 2026`,
    /// `second semestre`, `printemps 2025`, `im Herbst`, `exercice 2024`.
    fn period(&self, i: usize, licensed: bool) -> Option<Hit> {
        let licensed = || licensed || self.licensed_by_prev(i);
        if let Some((unit, n, alone)) = self.prefixed(i) {
            let part = match unit {
                Unit::Year => {
                    return Hit::new(i, i + 1, Spec::Dated(Part::Year, YearSrc::Explicit(n as i32)))
                }
                Unit::Quarter => Part::Quarter(n),
                Unit::Week => Part::Week(n),
                _ => Part::Half(n),
            };
            if let Some((ys, e)) = self.period_year(i + 1) {
                return Hit::new(i, e, Spec::Dated(part, ys));
            }
            return (licensed() || alone).then(|| Hit {
                start: i,
                end: i + 1,
                spec: Spec::Dated(part, YearSrc::Implied),
                mod_: None,
            });
        }
        if let Some((o, j)) = self.ordinal(i) {
            // `first-quarter results`
            let j = if self.at(j).is_some_and(Atom::is_hyphen) { j + 1 } else { j };
            if let Some((u, true, _)) = self.unit(j) {
                let part = match u {
                    Unit::Quarter if (1..=4).contains(&o) => Some(Part::Quarter(o)),
                    Unit::Half if (1..=2).contains(&o) => Some(Part::Half(o)),
                    _ => None,
                };
                if let Some(part) = part {
                    if let Some((ys, e)) = self.period_year(j + 1) {
                        return Hit::new(i, e, Spec::Dated(part, ys));
                    }
                    if self.word(j).is_some_and(|w| self.lx.units_need_year.contains(w)) {
                        return None;
                    }
                    return Hit::new(i, j + 1, Spec::Dated(part, YearSrc::Implied));
                }
            }
        }
        if let Some(s) = self.shift(i, Position::Before) {
            if let Some(se) = self.season(i + 1) {
                return Hit::new(i, i + 2, Spec::Near { part: Part::Season(se), shift: s.offset });
            }
        }
        if let Some(se) = self.season(i) {
            return self.season_hit(i, se, &licensed);
        }
        if let Some(j) = self.any(&self.lx.fiscal, i) {
            for k in self.glue_positions(j, 1) {
                if let Some(y) = self.year(k, true) {
                    return Hit::new(i, k + 1, Spec::Dated(Part::Year, YearSrc::Explicit(y)));
                }
                if let Some((Unit::Year, y, _)) = self.prefixed(k) {
                    return Hit::new(
                        i,
                        k + 1,
                        Spec::Dated(Part::Year, YearSrc::Explicit(y as i32)),
                    );
                }
            }
        }
        None
    }

    /// A season at `i` (`printemps 2025`, `im Herbst`, `summer of '98`): with a year, a
    /// shift or a relative year after it, else alone where the word allows it.
    fn season_hit(&self, i: usize, se: Season, licensed: &dyn Fn() -> bool) -> Option<Hit> {
        if let Some((ys @ YearSrc::Explicit(_), e)) = self.period_year(i + 1) {
            return Hit::new(i, e, Spec::Dated(Part::Season(se), ys));
        }
        if let Some(s) = self.shift(i + 1, Position::After) {
            return Hit::new(i, i + 2, Spec::Near { part: Part::Season(se), shift: s.offset });
        }
        if let Some((ys, e)) = self.year_rel(i + 1) {
            return Hit::new(i, e, Spec::Dated(Part::Season(se), ys));
        }
        let w = self.word(i).unwrap_or_default();
        let ok = !self.lx.seasons_need_year.contains(w)
            && (licensed() || self.lx.seasons_alone.contains(w));
        ok.then(|| Hit {
            start: i,
            end: i + 1,
            spec: Spec::Dated(Part::Season(se), YearSrc::Implied),
            mod_: None,
        })
    }

    /// A decade as a number: `90` → 199, `2000` → 200.
    fn decade_of(a: &Atom) -> Option<i32> {
        let v = a.digits?;
        match a.width {
            4 if v % 10 == 0 => Some(v as i32 / 10),
            2 if v % 10 == 0 => Some(century(v) / 10),
            _ => None,
        }
    }

    /// `années 2000`, `2020er-Jahre`, `90er Jahre`, `1990s`.
    fn decade(&self, i: usize) -> Option<Hit> {
        let a = self.at(i)?;
        if !a.is_word() {
            return None;
        }
        if self.lx.decade_before.contains(&a.key) {
            let n = self.at(i + 1).filter(|n| n.kind == TokenKind::Number)?;
            return Hit::new(i, i + 2, Spec::Decade(Self::decade_of(n)?));
        }
        let n = a.key.bytes().take_while(u8::is_ascii_digit).count();
        if n != 2 && n != 4 {
            return None;
        }
        let rest = &a.key[n..];
        if !self.lx.decade_suffixes.iter().any(|s| s == rest) {
            return None;
        }
        let v: u32 = a.key[..n].parse().ok()?;
        if !v.is_multiple_of(10) {
            return None;
        }
        let d = if n == 4 { v as i32 / 10 } else { century(v) / 10 };
        let after = |k: usize| self.word(k).is_some_and(|w| self.lx.decade_after.contains(w));
        let mut e = i + 1;
        if self.at(e).is_some_and(Atom::is_hyphen) && after(e + 1) {
            e += 2;
        } else if after(e) {
            e += 1;
        }
        Hit::new(i, e, Spec::Decade(d))
    }

    /// `2025`, `im Jahr 2024`, `l'année 2025`.
    fn year_form(&self, i: usize, strong: bool) -> Option<Hit> {
        if let Some((Unit::Year, true, _)) = self.unit(i) {
            if let Some(y) = self.year(i + 1, true) {
                return Hit::new(i, i + 2, Spec::Dated(Part::Year, YearSrc::Explicit(y)));
            }
        }
        let y = self.year(i, strong).or_else(|| self.old_year(i))?;
        Hit::new(i, i + 1, Spec::Dated(Part::Year, YearSrc::Explicit(y)))
    }

    /// A year before 1900 after a period cue (`en 1865`, `in 1848,`), when no word of
    /// the sentence's own follows it that could make it a count (`en 1500 exemplaires`).
    fn old_year(&self, i: usize) -> Option<i32> {
        let y = self.year(i, true)?;
        if !self.licensed_by_prev(i) {
            return None;
        }
        let free = match self.at(i + 1) {
            None => true,
            Some(n) if n.is_word() => {
                n.is_capitalized(self.text)
                    || self.lx.glue.contains(&n.key)
                    || self.lx.day_follows.contains(&n.key)
                    || self.lx.lists.contains(&n.key)
            }
            Some(n) => n.kind == TokenKind::Punct && !n.is_hyphen() && !n.is("/"),
        };
        free.then_some(y)
    }

    /// `aujourd'hui`, `Vorjahr`, `l'an dernier`, `vergangene Woche`, `next month`.
    fn relative(&self, i: usize) -> Option<Hit> {
        for r in self.lx.relative.at(self.atoms, i) {
            if let Some(e) = r.phrase.match_with(self.atoms, i, self.text, r.exact) {
                let e = if r.unit == Unit::Day { self.daypart_after(e) } else { e };
                let spec = Spec::Rel { unit: r.unit, n: r.offset, anchor: r.anchor };
                return Some(Hit { start: i, end: e, spec, mod_: r.mod_ });
            }
        }
        let year_ago =
            self.lx.year_ago.first_match(self.atoms, i, self.text).map(|((_, u), e)| (e, *u));
        if let Some((e, unit)) = year_ago {
            return Hit::new(i, e, Spec::YearAgo(unit));
        }
        if let Some((src, e)) = self.fiscal_rel(i) {
            return Hit::new(i, e, Spec::Dated(Part::Year, src));
        }
        if let Some(s) = self.shift(i, Position::Before) {
            if let Some((u, true, _)) = self.unit(i + 1) {
                return Hit::new(i, i + 2, Spec::Rel { unit: u, n: s.offset, anchor: s.anchor });
            }
        }
        if let Some((u, true, _)) = self.unit(i) {
            if let Some(s) = self.shift(i + 1, Position::After) {
                return Hit::new(i, i + 2, Spec::Rel { unit: u, n: s.offset, anchor: s.anchor });
            }
        }
        None
    }

    /// `samedi`, `mercredi matin`, `lundi dernier`, `am kommenden Dienstag`,
    /// and a weekday before a full date (`lundi 19 mai 2025`).
    fn weekday_form(&self, i: usize) -> Option<Hit> {
        let (shift_before, k) = match self.shift(i, Position::Before) {
            Some(s) if self.weekday(i + 1).is_some() => (Some(s.offset), i + 1),
            _ => (None, i),
        };
        let wd = self.weekday(k)?;
        if k > 0 && self.at(k - 1).is_some_and(|a| self.lx.habitual.contains(&a.key)) {
            return None;
        }
        let d = if self.is(k + 1, ",") { k + 2 } else { k + 1 };
        for d in self.glue_positions(d, 1) {
            if let Some(h) =
                longest([self.day_month_year(d), self.month_day_year(d), self.numeric(d)])
            {
                return Some(Hit { start: i, ..h });
            }
        }
        if shift_before.is_none() {
            if let Some(h) = self.weekday_day(i, wd, d) {
                return Some(h);
            }
        }
        let mut j = self.daypart_after(k + 1);
        let mut shift = shift_before.unwrap_or(0);
        if shift_before.is_none() {
            if let Some(s) = self.shift(j, Position::After) {
                shift = s.offset;
                j += 1;
            }
        }
        let lean = if shift == 0 { self.lean(i, j) } else { 0 };
        Hit::new(i, j, Spec::Weekday { wd, shift, lean })
    }

    /// The tense of the clause around atoms `i..e`, from the nearest tense cue up to
    /// [`TENSE_REACH`] words before the date, else after it: -1 past, 1 future, 0 none.
    pub fn lean(&self, i: usize, e: usize) -> i32 {
        let stop = |a: &Atom| a.is(";") || a.is(".") || a.is("?") || a.is("!");
        let mut words = 0;
        for k in (0..i).rev() {
            let Some(a) = self.at(k) else { break };
            if stop(a) || words >= TENSE_REACH {
                break;
            }
            if a.is_word() {
                words += 1;
                if let Some(t) = self.tense_at(k) {
                    return t.lean();
                }
            }
        }
        words = 0;
        for k in e..self.atoms.len() {
            let a = &self.atoms[k];
            if stop(a) || words >= TENSE_REACH {
                break;
            }
            if a.is_word() {
                words += 1;
                if let Some(t) = self.tense_at(k) {
                    return t.lean();
                }
            }
        }
        0
    }

    /// The tense cue at atom `k`, if it is one (a [`Tense::Skip`] word is none).
    fn tense_at(&self, k: usize) -> Option<Tense> {
        let w = self.word(k)?;
        if let Some(&t) = self.lx.tense_words.get(w) {
            return (t != Tense::Skip).then_some(t);
        }
        if let Some(&t) = self.lx.tense_aux.get(w) {
            // An auxiliary counts before a participle (`a annoncé`, `a déjà signé`).
            for j in k + 1..k + 4 {
                let x = self.word(j)?;
                if let Some(&n) = self.lx.tense_words.get(x) {
                    return (n != Tense::Skip).then_some(n);
                }
                if self.lx.participles.iter().any(|p| x.ends_with(p.as_str()) && x.len() > p.len())
                {
                    return Some(t);
                }
            }
            return None;
        }
        if w.chars().count() < 5 || self.at(k).is_some_and(|a| a.is_capitalized(self.text)) {
            return None;
        }
        self.lx
            .tense_suffixes
            .iter()
            .find(|(s, _)| w.ends_with(s.as_str()))
            .map(|(_, t)| *t)
            .filter(|t| *t != Tense::Skip)
    }

    /// `Noël`, `Pâques 2026`, `Tag der Deutschen Einheit`, `Good Friday`.
    fn holiday(&self, i: usize) -> Option<Hit> {
        let (h, e) =
            self.lx.holidays.at(self.atoms, i).find_map(|h| {
                h.phrase.match_with(self.atoms, i, self.text, h.exact).map(|e| (h, e))
            })?;
        // A one-word name before or after a capitalized word may be a person's
        // (`Noël Le Graët`, `Jean Noël`).
        let capital = |k: usize| {
            self.at(k).is_some_and(|a| {
                a.is_word() && a.is_capitalized(self.text) && self.month_any(k).is_none()
            })
        };
        let name_before = i > 0
            && capital(i - 1)
            && self.at(i - 1).is_some_and(|a| {
                !self.lx.glue.contains(&a.key) && !self.lx.period_cues.contains(&a.key)
            });
        if h.exact && h.phrase.len() == 1 && (capital(e) || name_before) {
            return None;
        }
        if let Some(y) = self.year(e, true) {
            return Hit::new(
                i,
                e + 1,
                Spec::Holiday { day: h.day, year: YearSrc::Explicit(y), lean: 0 },
            );
        }
        if let Some((ys, f)) = self.year_rel(e) {
            return Hit::new(i, f, Spec::Holiday { day: h.day, year: ys, lean: 0 });
        }
        let lean = self.lean(i, e);
        Hit::new(i, e, Spec::Holiday { day: h.day, year: YearSrc::Implied, lean })
    }

    /// `KW 12`, `Kalenderwoche 12/2025`, `week 12`.
    fn week_number(&self, i: usize) -> Option<Hit> {
        let j = self.any(&self.lx.week_numbers, i)?;
        let a = self.at(j).filter(|a| a.kind == TokenKind::Number && a.width <= 2)?;
        let w = a.digits.filter(|w| (1..=53).contains(w))?;
        if self.count_context(j) {
            return None;
        }
        if let Some((ys, e)) = self.period_year(j + 1) {
            return Hit::new(i, e, Spec::Dated(Part::Week(w), ys));
        }
        Hit::new(i, j + 1, Spec::Dated(Part::Week(w), YearSrc::Implied))
    }

    /// `ce week-end`, `am Wochenende`, `last weekend`.
    fn weekend(&self, i: usize) -> Option<Hit> {
        let ((_, shift), e) = self.lx.weekends.first_match(self.atoms, i, self.text)?;
        let lean = if *shift == 0 { self.lean(i, e) } else { 0 };
        Hit::new(i, e, Spec::Weekend { shift: *shift, lean })
    }

    /// A count of plural units with a span word, up to or from the document's date:
    /// `deux derniers mois`, `letzten drei Jahren`, `past two months`.
    fn span(&self, i: usize) -> Option<Hit> {
        let span_word = |k: usize| self.word(k).and_then(|w| self.lx.span_words.get(w)).copied();
        let plural = |k: usize| self.unit(k).filter(|(_, _, pl)| *pl).map(|(u, _, _)| u);
        let (dir, c, u, e) = if let Some(dir) = span_word(i) {
            let (c, k) = self.count(i + 1)?;
            (dir, c, plural(k)?, k + 1)
        } else {
            let (c, k) = self.count(i)?;
            let dir = span_word(k)?;
            (dir, c, plural(k + 1)?, k + 2)
        };
        let spec = match c {
            Count::N(n) if n > 1 && u != Unit::Decade => Spec::Span { unit: u, n: n * dir },
            Count::N(_) => return None,
            Count::Few => Spec::Vague,
        };
        Hit::new(i, e, spec)
    }

    /// `semaine du 6 octobre`, `Woche vom 6. Oktober`, `week of October 6`.
    fn week_of(&self, i: usize) -> Option<Hit> {
        let j = self.any(&self.lx.week_of, i)?;
        let h = longest([self.day_month_year(j), self.month_day_year(j), self.numeric(j)])?;
        matches!(h.spec, Spec::Dated(Part::Day(..), _)).then(|| Hit {
            start: i,
            end: h.end,
            spec: Spec::WeekOf(Box::new(h.spec)),
            mod_: None,
        })
    }

    /// A day and month in digits without a year (`15.2.`, `22.04.`, `17/02`): the
    /// month, the day and the atom after it. Dotted, it needs its final dot.
    fn day_month_digits(&self, i: usize) -> Option<(u32, u32, usize)> {
        let a = self.at(i).filter(|a| a.kind == TokenKind::Number)?;
        let (x, y, e) = if a.key.contains('.') {
            let parts: Vec<&str> = a.key.split('.').collect();
            let e = match parts.as_slice() {
                [_, _, ""] => i + 1,
                [_, _] if self.is(i + 1, ".") && self.glued(i) => i + 2,
                _ => return None,
            };
            let num = |p: &str| {
                (!p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| p.parse::<u32>().ok())
                    .flatten()
            };
            (num(parts[0])?, num(parts[1])?, e)
        } else {
            if !(self.is(i + 1, "/") && self.glued(i) && self.glued(i + 1)) {
                return None;
            }
            let (x, wx) = self.num(i)?;
            let (y, wy) = self.num(i + 2)?;
            if wx > 2 || wy > 2 || (self.is(i + 3, "/") && self.glued(i + 2)) {
                return None;
            }
            let (x, y) = if self.lx.mdy { (y, x) } else { (x, y) };
            (x, y, i + 3)
        };
        valid_day(y, x).then_some((y, x, e))
    }

    /// A day without a year after a day cue: `le 17/02`, `am 15.2.`, `le 16 à Paris`,
    /// `am 15. in Brüssel`. A bare day number needs what follows to read as a date:
    /// punctuation, a word of `day_follows.txt`, or a lower-case word after a dotted day.
    fn day_only(&self, i: usize) -> Option<Hit> {
        let cue = i
            .checked_sub(1)
            .and_then(|p| self.at(p))
            .is_some_and(|a| self.lx.day_cues.contains(&a.key));
        if !cue {
            return None;
        }
        if let Some((m, d, e)) = self.day_month_digits(i) {
            return Hit::new(i, e, Spec::Dated(Part::Day(m, d), YearSrc::Implied));
        }
        let a = self.at(i).filter(|a| a.kind == TokenKind::Number && a.width <= 2)?;
        let d = a.digits.filter(|d| (1..=31).contains(d))?;
        let dotted = self.is(i + 1, ".") && self.glued(i);
        let e = if dotted { i + 2 } else { i + 1 };
        let ok = match self.at(e) {
            None => true,
            Some(n) if n.is_word() => {
                self.lx.day_follows.contains(&n.key) || (dotted && !n.is_capitalized(self.text))
            }
            Some(n) => {
                n.kind == TokenKind::Punct && [",", ";", ")", ".", ":"].iter().any(|c| n.is(c))
            }
        };
        if !ok || self.count_context(i) {
            return None;
        }
        // The final dot of a sentence is not the day's.
        let end = if dotted && self.at(e).is_some() { e } else { i + 1 };
        Hit::new(i, end, Spec::DayOfMonth { day: d, lean: self.lean(i, end) })
    }

    /// `jeudi 16`, `Donnerstag, 16.`: a weekday and a day without its month.
    fn weekday_day(&self, i: usize, wd: u32, d: usize) -> Option<Hit> {
        let a = self.at(d).filter(|a| a.kind == TokenKind::Number && a.width <= 2)?;
        let day = a.digits.filter(|x| (1..=31).contains(x))?;
        let e = if self.is(d + 1, ".") && self.glued(d) { d + 2 } else { d + 1 };
        if self.count_context(d)
            || self.at(e).is_some_and(|n| n.kind == TokenKind::Number || n.is("/") || n.is_hyphen())
        {
            return None;
        }
        let end = if e == d + 2 && self.at(e).is_none() { d + 1 } else { e };
        Hit::new(i, end, Spec::WeekdayDay { wd, day })
    }

    fn fillers(&self, mut j: usize) -> (Option<Mod>, usize) {
        let mut mod_ = None;
        for _ in 0..2 {
            match self.lx.fillers.first_match(self.atoms, j, self.text).map(|((_, m), e)| (e, *m)) {
                Some((e, m)) => {
                    mod_ = mod_.or(m);
                    j = e;
                }
                None => break,
            }
        }
        (mod_, j)
    }

    /// A count (`deux`, `3`, `quelques`; `a few` and `ein paar` are vague) and the atom after it.
    fn count(&self, k: usize) -> Option<(Count, usize)> {
        let a = self.at(k)?;
        if a.kind == TokenKind::Number && a.width <= 3 {
            return a.digits.filter(|&n| n > 0).map(|n| (Count::N(n as i32), k + 1));
        }
        let c = self.word(k).and_then(|w| self.lx.numbers.get(w).copied())?;
        if c == Count::N(1)
            && self.word(k + 1).and_then(|w| self.lx.numbers.get(w)) == Some(&Count::Few)
        {
            return Some((Count::Few, k + 2));
        }
        Some((c, k + 1))
    }

    /// A count and a unit (`deux ans`, `zwei oder drei Jahren`, `un an ou deux ans`).
    fn count_unit(&self, k: usize) -> Option<(Count, Unit, usize)> {
        let (mut c, mut j) = self.count(k)?;
        let alt = |j: usize| {
            self.word(j)
                .filter(|w| self.lx.alternatives.contains(w))
                .and_then(|_| self.count(j + 1))
                .map(|(_, e)| e)
        };
        if let Some(e) = alt(j) {
            c = Count::Few;
            j = e;
        }
        let (u, _, _) = self.unit(j)?;
        let mut e = j + 1;
        if let Some(f) = alt(e) {
            c = Count::Few;
            e = f;
            if self.unit(e).is_some() {
                e += 1;
            }
        }
        Some((c, u, e))
    }

    /// `il y a deux ans`, `vor wenigen Monaten`, `drei Jahre später`, `two years ago`.
    fn counted(&self, i: usize) -> Option<Hit> {
        let spec = |c: Count, unit: Unit, dir: i32, anchor: Anchor| match c {
            Count::N(n) => Spec::Rel { unit, n: n * dir, anchor },
            Count::Few => Spec::Vague,
        };
        for o in self.lx.offsets.at(self.atoms, i).filter(|o| o.position == Position::Before) {
            if let Some(j) = o.phrase.match_at(self.atoms, i, self.text) {
                let (mod_, k) = self.fillers(j);
                if let Some((c, u, e)) = self.count_unit(k).filter(|(c, _, e)| {
                    !o.vague_only || *c == Count::Few || (o.future_only && self.lean(i, *e) > 0)
                }) {
                    return Some(Hit {
                        start: i,
                        end: e,
                        spec: spec(c, u, o.direction, o.anchor),
                        mod_,
                    });
                }
            }
        }
        let (mod_, k) = self.fillers(i);
        let (c, u, e) = self.count_unit(k)?;
        self.lx.offsets.at(self.atoms, e).filter(|o| o.position == Position::After).find_map(|o| {
            if o.vague_only && c != Count::Few && !(o.future_only && self.lean(i, e) > 0) {
                return None;
            }
            let f = o.phrase.match_at(self.atoms, e, self.text)?;
            if self.word(f).is_some_and(|w| self.lx.comparison.contains(w)) {
                return None;
            }
            Some(Hit { start: i, end: f, spec: spec(c, u, o.direction, o.anchor), mod_ })
        })
    }

    /// Every form of date without a START/MID/END cue. Each form first reads atom `i` as
    /// a number, a word with a digit, a word of [`Parser::plain_starts`] or a weekday
    /// with a part of the day: any other atom opens none.
    fn plain(&self, i: usize, licensed: bool) -> Option<Hit> {
        if self.flags.get(i).is_none_or(|f| f & PLAIN == 0) {
            return None;
        }
        longest([
            self.relative(i),
            self.weekday_form(i),
            self.day_month_year(i),
            self.month_day_year(i),
            self.month_form(i, licensed),
            self.numeric(i),
            self.period(i, licensed),
            self.decade(i),
            self.year_form(i, licensed),
            self.counted(i),
            self.holiday(i),
            self.week_number(i),
            self.weekend(i),
            self.span(i),
            self.week_of(i),
            self.day_only(i),
        ])
    }

    /// A START/MID/END cue and what it applies to: `fin 2026`, `mi-2026`,
    /// `Ende vergangener Woche`, `début d'année`, `fin de décennie`.
    fn bounded(&self, i: usize) -> Option<Hit> {
        for c in self.lx.cues.at(self.atoms, i).filter(|c| {
            c.position == Position::Before && (c.mod_.is_inner() || c.mod_ == Mod::Plain)
        }) {
            let Some(j) = c.phrase.match_at(self.atoms, i, self.text) else { continue };
            for k in self.glue_positions(j, 3) {
                if let Some(h) = self.plain(k, true) {
                    return Some(Hit {
                        start: i,
                        end: h.end,
                        spec: h.spec,
                        mod_: h.mod_.or(Some(c.mod_)),
                    });
                }
                if let Some((u, true, _)) = self.unit(k) {
                    // `fin du mois de mai`: the month names the period.
                    if u == Unit::Month {
                        if let Some(h) = self
                            .glue_positions(k + 1, 2)
                            .into_iter()
                            .find_map(|m| self.month_form(m, true))
                        {
                            return Some(Hit {
                                start: i,
                                end: h.end,
                                spec: h.spec,
                                mod_: Some(c.mod_),
                            });
                        }
                    }
                    let (n, anchor, e) = match self.shift(k + 1, Position::After) {
                        Some(s) => (s.offset, s.anchor, k + 2),
                        None => (0, Anchor::Doc, k + 1),
                    };
                    return Some(Hit {
                        start: i,
                        end: e,
                        spec: Spec::Rel { unit: u, n, anchor },
                        mod_: Some(c.mod_),
                    });
                }
            }
        }
        None
    }

    fn core(&self, i: usize, licensed: bool) -> Option<Hit> {
        longest([self.plain(i, licensed), self.bounded(i)])
    }

    /// A bare day or month that may open an interval (`du 3 au 5 mai`, `entre mars et mai 2026`).
    fn loose(&self, i: usize) -> Option<Hit> {
        if let Some((m, d, e)) = self.day_month_digits(i) {
            return Hit::new(i, e, Spec::Dated(Part::Day(m, d), YearSrc::Implied));
        }
        if let Some(d) = self.day(i) {
            let e = if self.is(i + 1, ".") { i + 2 } else { i + 1 };
            return Hit::new(i, e, Spec::LooseDay(d));
        }
        let (m, e) = self.own_month(i)?;
        Hit::new(i, e, Spec::LooseMonth(m))
    }

    /// A date or an interval of two dates starting at atom `i`.
    pub fn ranged(&self, i: usize, licensed: bool) -> Option<Hit> {
        for (open, join) in self.lx.ranges_open.at(self.atoms, i) {
            let Some(j) = open.match_at(self.atoms, i, self.text) else { continue };
            // A bare day may read as a date of its own (`du 13`) and as the first
            // bound of an interval (`du 13 au 15 juillet`): both are tried.
            for a in [self.core(j, true), self.loose(j)].into_iter().flatten() {
                let Some(k) = join.match_at(self.atoms, a.end, self.text) else { continue };
                if let Some(b) = self.core(k, true) {
                    if let Some(spec) = combine(&a.spec, &b.spec) {
                        return Hit::new(i, b.end, spec);
                    }
                }
                if let Some(h) = self.two_digit_end(&a, k) {
                    return Some(Hit { start: i, ..h });
                }
                if let Some(h) = self.bare_day_end(&a, k) {
                    return Some(Hit { start: i, ..h });
                }
            }
        }
        let core = self.core(i, licensed);
        for first in [core.clone(), self.loose(i)].into_iter().flatten() {
            if let Some(h) = self.joined(&first) {
                return Some(h);
            }
        }
        core
    }

    /// An interval opened by the date `first` with an infix joiner (`13-15 juillet`,
    /// `14.10. - 15.10.2018`, `July 13-15`).
    fn joined(&self, first: &Hit) -> Option<Hit> {
        for join in &self.lx.ranges_join {
            let Some(k) = join.match_at(self.atoms, first.end, self.text) else { continue };
            let symbol = self.at(first.end).is_some_and(|a| !a.is_word());
            if let Some(h) = self.two_digit_end(first, k).filter(|_| symbol) {
                return Some(h);
            }
            if let Some(b) = self.core(k, true) {
                if let Some(spec) = combine(&first.spec, &b.spec) {
                    return Hit::new(first.start, b.end, spec);
                }
            }
            if let Some(h) = self.bare_day_end(first, k) {
                return Some(h);
            }
        }
        None
    }

    /// `July 13-15`, `from July 13 to 15`: a day after a full day and a joiner takes
    /// its month and year; it must come after the first.
    fn bare_day_end(&self, a: &Hit, k: usize) -> Option<Hit> {
        let Spec::Dated(Part::Day(m, d1), ys) = a.spec else { return None };
        let d2 = self.day(k).filter(|&d| d > d1 && valid_day(m, d))?;
        if self.month_any(k + 1).is_some()
            || self.at(k + 1).is_some_and(|x| x.kind == TokenKind::Number)
            || self.count_context(k)
        {
            return None;
        }
        let day = |d| Box::new(Spec::Dated(Part::Day(m, d), ys));
        Hit::new(a.start, k + 1, Spec::Range(day(d1), day(d2)))
    }

    /// `2030-35`, `2025/26`: a year interval whose end has two digits.
    fn two_digit_end(&self, a: &Hit, k: usize) -> Option<Hit> {
        let Spec::Dated(Part::Year, YearSrc::Explicit(ay)) = a.spec else { return None };
        let n = self.at(k).filter(|n| n.kind == TokenKind::Number && n.width == 2)?;
        let by = ay - ay.rem_euclid(100) + n.digits? as i32;
        if by <= ay
            || self.at(k + 1).is_some_and(|x| {
                x.is(".") && self.at(k + 2).is_some_and(|y| y.kind == TokenKind::Number)
            })
        {
            return None;
        }
        let year = |y| Box::new(Spec::Dated(Part::Year, YearSrc::Explicit(y)));
        Hit::new(a.start, k + 1, Spec::Range(year(ay), year(by)))
    }

    /// The first of two days or months listed with a conjunction (`les 10 et 11 février 2025`,
    /// `mars et avril 2026`): it takes its month and year from the second.
    pub fn listed(&self, i: usize) -> Option<Hit> {
        let a = self.loose(i)?;
        if !self.word(a.end).is_some_and(|w| self.lx.lists.contains(w)) && !self.is(a.end, ",") {
            return None;
        }
        let b = self.glue_positions(a.end + 1, 1).into_iter().find_map(|k| self.core(k, true))?;
        match combine(&a.spec, &b.spec)? {
            Spec::Range(first, _) => Hit::new(a.start, a.end, *first),
            _ => None,
        }
    }

    /// A cue after a date that sets its mod (`2030 au plus tard`): the mod and the atom after it.
    pub fn cue_after(&self, e: usize) -> Option<(Mod, usize)> {
        self.lx
            .cues
            .at(self.atoms, e)
            .filter(|c| c.position == Position::After)
            .find_map(|c| c.phrase.match_at(self.atoms, e, self.text).map(|f| (c.mod_, f)))
    }

    /// Whether a negation stands before the cue at `i`, right before it or with up to
    /// three words between (`not before 2030`, `will not start until 2031`,
    /// `ne sera pas prête avant`).
    fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|s| {
            self.lx.negations.at(self.atoms, s).any(|n| {
                n.match_at(self.atoms, s, self.text).is_some_and(|e| {
                    e <= i && (e..i).all(|k| self.at(k).is_some_and(Atom::is_word))
                })
            })
        })
    }

    /// Whether the cue at `i..j` marks the base of a comparison (`up 37% from a year
    /// earlier`, `down from 2024`): a base cue right after a number, a sign or a trigger word.
    fn comparison_base(&self, i: usize, j: usize) -> bool {
        if !self
            .lx
            .base_cues
            .at(self.atoms, i)
            .any(|b| b.match_at(self.atoms, i, self.text) == Some(j))
        {
            return false;
        }
        let Some(p) = i.checked_sub(1).and_then(|p| self.at(p)) else { return false };
        matches!(p.kind, TokenKind::Number | TokenKind::Symbol)
            || self.lx.base_triggers.iter().any(|t| t.ends_before(self.atoms, i, self.text))
    }

    /// A BEFORE/AFTER/APPROX cue at `i` followed by a date (`d'ici 2030`, `seit Montag`):
    /// the date (its span without the cue) with the cue's mod unless it has its own.
    pub fn cued(&self, i: usize) -> Option<Hit> {
        for c in self.lx.cues.at(self.atoms, i).filter(|c| {
            c.position == Position::Before && !c.mod_.is_inner() && c.mod_ != Mod::Plain
        }) {
            let Some(j) = c.phrase.match_at(self.atoms, i, self.text) else { continue };
            if self.comparison_base(i, j) {
                continue;
            }
            let negated = self.negated(i);
            let mod_ = match c.mod_ {
                Mod::Before if negated => Mod::After,
                Mod::After if negated => Mod::Before,
                m => m,
            };
            for k in self.glue_positions(j, 2) {
                if let Some(mut h) = self.ranged(k, true) {
                    if h.mod_.is_none() {
                        h.mod_ = Some(mod_);
                    }
                    return Some(h);
                }
            }
        }
        None
    }
}

/// Two dates as one interval, the first taking what it leaves out from the second
/// (`du 3 au 5 mai 2025` → 2025-05-03/2025-05-05).
fn combine(a: &Spec, b: &Spec) -> Option<Spec> {
    let range = |a: Spec| Some(Spec::Range(Box::new(a), Box::new(b.clone())));
    match (a, b) {
        (Spec::LooseDay(d), Spec::Dated(Part::Day(m, _), ys)) if valid_day(*m, *d) => {
            range(Spec::Dated(Part::Day(*m, *d), *ys))
        }
        (Spec::LooseMonth(m), Spec::Dated(Part::Month(_) | Part::Day(..), ys)) => {
            range(Spec::Dated(Part::Month(*m), *ys))
        }
        (Spec::Dated(pa, ya), Spec::Dated(pb, yb)) => {
            let ya = if matches!(ya, YearSrc::Implied | YearSrc::Leaning(_)) { *yb } else { *ya };
            if let (YearSrc::Explicit(x), YearSrc::Explicit(y)) = (ya, yb) {
                if x > *y || (x == *y && *pa == Part::Year && *pb == Part::Year) {
                    return None;
                }
            }
            range(Spec::Dated(*pa, ya))
        }
        (Spec::Weekday { .. }, Spec::Weekday { .. }) => range(a.clone()),
        (Spec::Decade(x), Spec::Decade(y)) if x < y => range(a.clone()),
        _ => None,
    }
}
