//! Numbers as news text writes them: digits with French, German or English
//! separators, and number words.
//!
//! Values are exact [`Decimal`]s, so that `1,25 milliard` becomes `1250000000` and
//! never `1249999999.9999998`.
//!
//! Digits are read by [`parse_digits`] with the decimal mark of the sentence's
//! language: `3.350` is 3350 in German and 3.35 in English, `1,25` is 1.25 in French.
//! Number words are read one at a time by a [`WordNumber`] accumulator, which only
//! accepts the sequences a language really forms (`vingt et un`, `one hundred and
//! five`, but not `deux et trois`); [`split_compound`] reads German compounds such
//! as `fünfundzwanzig` from their parts.
//!
//! ```
//! use veille::numbers::{parse_digits, DecimalMark};
//! assert_eq!(parse_digits("3.350", DecimalMark::Comma).unwrap().to_string(), "3350");
//! assert_eq!(parse_digits("3.350", DecimalMark::Dot).unwrap().to_string(), "3.35");
//! assert_eq!(parse_digits("500\u{202f}000", DecimalMark::Comma).unwrap().to_string(), "500000");
//! ```

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;

/// An exact non-negative decimal number: `mant / 10^places`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mant: u128,
    places: u32,
}

/// Largest number of decimal places kept.
const MAX_PLACES: u32 = 18;

impl Decimal {
    /// 0.
    pub const ZERO: Decimal = Decimal { mant: 0, places: 0 };
    /// 1.
    pub const ONE: Decimal = Decimal { mant: 1, places: 0 };

    /// An integer value.
    pub const fn from_int(n: u128) -> Decimal {
        Decimal { mant: n, places: 0 }
    }

    /// Parses a plain decimal (`42`, `0.5`, `1000000000`); nothing else is accepted.
    ///
    /// ```
    /// use veille::numbers::Decimal;
    /// assert_eq!(Decimal::parse("0.50").unwrap().to_string(), "0.5");
    /// assert!(Decimal::parse("1e9").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, f),
            None => (s, ""),
        };
        if int.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        if frac.len() > MAX_PLACES as usize {
            return None;
        }
        let mut mant: u128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            mant = mant.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
        }
        Some(Decimal { mant, places: frac.len() as u32 }.normalized())
    }

    fn normalized(mut self) -> Decimal {
        while self.places > 0 && self.mant.is_multiple_of(10) {
            self.mant /= 10;
            self.places -= 1;
        }
        if self.mant == 0 {
            self.places = 0;
        }
        self
    }

    /// Both mantissas at the same number of places.
    fn aligned(self, other: Decimal) -> Option<(u128, u128, u32)> {
        let places = self.places.max(other.places);
        let a = self.mant.checked_mul(10u128.checked_pow(places - self.places)?)?;
        let b = other.mant.checked_mul(10u128.checked_pow(places - other.places)?)?;
        Some((a, b, places))
    }

    /// The sum, or `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let (a, b, places) = self.aligned(other)?;
        Some(Decimal { mant: a.checked_add(b)?, places }.normalized())
    }

    /// The product, or `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let places = self.places + other.places;
        if places > 2 * MAX_PLACES {
            return None;
        }
        Some(Decimal { mant: self.mant.checked_mul(other.mant)?, places }.normalized())
    }

    /// `self` times ten to the power `exp` (negative: divided), or `None` when the
    /// result does not fit.
    ///
    /// ```
    /// use veille::numbers::Decimal;
    /// let d = Decimal::parse("1.5").unwrap();
    /// assert_eq!(d.times_pow10(9).unwrap().to_string(), "1500000000");
    /// assert_eq!(d.times_pow10(-2).unwrap().to_string(), "0.015");
    /// assert!(d.times_pow10(60).is_none());
    /// ```
    pub fn times_pow10(self, exp: i32) -> Option<Decimal> {
        if exp >= 0 {
            let p = 10u128.checked_pow(u32::try_from(exp).ok()?)?;
            Some(Decimal { mant: self.mant.checked_mul(p)?, places: self.places }.normalized())
        } else {
            let places = self.places.checked_add(exp.unsigned_abs())?;
            (places <= 2 * MAX_PLACES).then(|| Decimal { mant: self.mant, places }.normalized())
        }
    }

    /// `self` to the power `exp`, or `None` when the result does not fit.
    pub fn checked_pow(self, exp: u32) -> Option<Decimal> {
        if exp == 0 {
            return Some(Decimal::ONE);
        }
        if self.is_zero() || self == Decimal::ONE {
            return Some(self);
        }
        // Any other base overflows (or runs out of places) within 128 steps.
        let mut out = Decimal::ONE;
        for _ in 0..exp {
            out = out.checked_mul(self)?;
        }
        Some(out)
    }

    /// Whether the number is 0.
    pub fn is_zero(self) -> bool {
        self.mant == 0
    }

    /// Whether the value has no fractional part.
    pub fn is_integer(self) -> bool {
        self.normalized().places == 0
    }

    /// The value as an integer when it is one and fits.
    pub fn as_integer(self) -> Option<u128> {
        let n = self.normalized();
        (n.places == 0).then_some(n.mant)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.aligned(*other) {
            Some((a, b, _)) => a.cmp(&b),
            // Alignment overflows only for huge values: compare the integer parts.
            None => {
                let ia = self.mant / 10u128.pow(self.places.min(38));
                let ib = other.mant / 10u128.pow(other.places.min(38));
                ia.cmp(&ib)
            }
        }
    }
}

/// A plain decimal: no exponent, no thousands separator, `.` as decimal mark.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.normalized();
        let digits = n.mant.to_string();
        let places = n.places as usize;
        if places == 0 {
            return f.write_str(&digits);
        }
        if digits.len() <= places {
            write!(f, "0.{}{}", "0".repeat(places - digits.len()), digits)
        } else {
            let (int, frac) = digits.split_at(digits.len() - places);
            write!(f, "{int}.{frac}")
        }
    }
}

/// The decimal mark of a language: `,` in French and German, `.` in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DecimalMark {
    /// `,` (French, German).
    #[default]
    Comma,
    /// `.` (English).
    Dot,
}

impl DecimalMark {
    fn char(self) -> char {
        match self {
            DecimalMark::Comma => ',',
            DecimalMark::Dot => '.',
        }
    }
}

/// Whether `c` separates groups of thousands by a space (normal, no-break, narrow no-break, thin).
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The groups of digits of `text` split by any separator (`.`, `,`, or a space or an
/// apostrophe, both read as `' '`), each with the separator that ends it; `None` when
/// `text` has another character or an empty group.
fn digit_groups(text: &str) -> Option<Vec<(&str, Option<char>)>> {
    let mut groups: Vec<(&str, Option<char>)> = Vec::with_capacity(4);
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            continue;
        } else if c == '.' || c == ',' || is_group_space(c) || crate::tokenize::is_apostrophe(c) {
            let sep = if c == '.' || c == ',' { c } else { ' ' };
            groups.push((text.get(start..i)?, Some(sep)));
            start = i + c.len_utf8();
        } else {
            return None;
        }
    }
    groups.push((text.get(start..)?, None));
    if groups.iter().any(|(g, _)| g.is_empty()) {
        return None;
    }
    Some(groups)
}

/// The position of the decimal mark among the separators `seps` of `groups`: `Some(None)`
/// when there is none, `None` when the separators make no number (see [`parse_digits`]).
fn decimal_mark_at(
    groups: &[(&str, Option<char>)],
    seps: &[char],
    mark: DecimalMark,
) -> Option<Option<usize>> {
    let dots = seps.iter().filter(|&&c| c == '.').count();
    let commas = seps.iter().filter(|&&c| c == ',').count();
    if dots > 0 && commas > 0 {
        let last = *seps.last()?;
        if last == ' ' || seps.iter().filter(|&&c| c == last).count() > 1 {
            return None;
        }
        return Some(Some(seps.len() - 1));
    }
    if dots + commas != 1 {
        return Some(None);
    }
    let c = if dots > 0 { '.' } else { ',' };
    let at = seps.iter().position(|&s| s == c)?;
    let before = groups[at].0;
    let after = groups[at + 1].0;
    let grouping = before.len() <= 3 && after.len() == 3 && at + 1 == seps.len();
    if c == mark.char() || !grouping {
        // Thousands groups before a decimal mark must still be groups of three.
        Some(Some(at))
    } else {
        Some(None)
    }
}

/// Reads a number written in digits, as the tokenizer keeps it together: digits with
/// `.`, `,`, apostrophes or spaces between them.
///
/// - Spaces and apostrophes always separate thousands (`500 000`, `1'200`).
/// - When both `.` and `,` occur, the last one is the decimal mark (`1.250,5`, `1,250.5`).
/// - A mark that occurs several times separates thousands (`1.000.000`); the groups
///   after the first must have three digits, so `17.09.2024` is no number.
/// - A single language decimal mark is a decimal mark (`1,25` in French, `1.5` in English).
/// - A single other mark separates thousands when one to three digits stand before it
///   and exactly three after (`18.000` in German, `1,250` in English); else it is a
///   decimal mark.
///
/// ```
/// use veille::numbers::{parse_digits, DecimalMark::*};
/// assert_eq!(parse_digits("1,25", Comma).unwrap().to_string(), "1.25");
/// assert_eq!(parse_digits("18.000", Comma).unwrap().to_string(), "18000");
/// assert_eq!(parse_digits("1.5", Comma).unwrap().to_string(), "1.5");
/// assert_eq!(parse_digits("1,250", Dot).unwrap().to_string(), "1250");
/// assert_eq!(parse_digits("1.250,5", Comma).unwrap().to_string(), "1250.5");
/// assert!(parse_digits("17.09.2024", Comma).is_none());
/// ```
pub fn parse_digits(text: &str, mark: DecimalMark) -> Option<Decimal> {
    read_digits(text, mark)?.ok()
}

/// A number well formed but too large (or with too many decimals) for a [`Decimal`]:
/// a reader sees a value, veille cannot write it exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLarge;

/// [`parse_digits`], telling a number too large to hold (`Some(Err(TooLarge))`, a
/// 40-digit run) from text that is no number (`None`).
///
/// ```
/// use veille::numbers::{read_digits, DecimalMark::*, TooLarge};
/// assert_eq!(read_digits(&"9".repeat(40), Comma), Some(Err(TooLarge)));
/// assert_eq!(read_digits("1.2.3", Comma), None);
/// ```
pub fn read_digits(text: &str, mark: DecimalMark) -> Option<Result<Decimal, TooLarge>> {
    // Plain digits (the common case): one group, no separator.
    if text.bytes().all(|b| b.is_ascii_digit()) {
        if text.is_empty() || (text.len() > 1 && text.starts_with('0')) {
            return None;
        }
        return Some(Decimal::parse(text).ok_or(TooLarge));
    }
    let groups = digit_groups(text)?;
    let seps: Vec<char> = groups.iter().filter_map(|(_, s)| *s).collect();
    let decimal_at = decimal_mark_at(&groups, &seps, mark)?;
    // Every thousands group after the first has exactly three digits.
    let int_groups = decimal_at.map_or(groups.len(), |d| d + 1);
    if int_groups > 1
        && (groups[0].0.len() > 3 || groups[1..int_groups].iter().any(|(g, _)| g.len() != 3))
    {
        return None;
    }
    // `000` or `05` never starts a number (a line break inside `18 000`).
    if groups[0].0.len() > 1 && groups[0].0.starts_with('0') {
        return None;
    }
    let frac: &str = if decimal_at.is_some() { groups.last().map_or("", |(g, _)| *g) } else { "" };
    if decimal_at.is_some() && int_groups + 1 != groups.len() {
        return None;
    }
    // What `Decimal::parse` reads from the integer groups joined, a dot and `frac`
    // (every group is digits and not empty).
    if frac.len() > MAX_PLACES as usize {
        return Some(Err(TooLarge));
    }
    let mut mant: u128 = 0;
    for b in groups[..int_groups].iter().flat_map(|(g, _)| g.bytes()).chain(frac.bytes()) {
        let Some(m) = mant.checked_mul(10).and_then(|m| m.checked_add(u128::from(b - b'0'))) else {
            return Some(Err(TooLarge));
        };
        mant = m;
    }
    Some(Ok(Decimal { mant, places: frac.len() as u32 }.normalized()))
}

/// What a number word does (column `type` of `numbers.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordType {
    /// Added to the number (`deux`, `zwanzig`, `quatre-vingt-dix`).
    Unit,
    /// Multiplies what stands before it by its value (`cent`, `hundert`).
    Hundred,
    /// Multiplies what stands before it and closes a group (`mille`, `tausend`).
    Thousand,
    /// One, only right before a scale, fraction or percent word (`un`, `eine`, `a`).
    Article,
    /// A fraction of the scale after it (`demi`, `halbe`, `half`).
    Fraction,
    /// Joins two number words (`et`, `und`, `and`).
    And,
    /// After a scale: adds half of it (`et demi`).
    PlusHalf,
}

impl WordType {
    /// Parses a `type` column value.
    pub fn parse(s: &str) -> Option<WordType> {
        Some(match s {
            "unit" => WordType::Unit,
            "hundred" => WordType::Hundred,
            "thousand" => WordType::Thousand,
            "article" => WordType::Article,
            "fraction" => WordType::Fraction,
            "and" => WordType::And,
            "plus_half" => WordType::PlusHalf,
            _ => return None,
        })
    }
}

/// One number word: its value and what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumWord {
    /// Its value (`20` for `vingt`).
    pub value: Decimal,
    /// What it does with the words around it.
    pub kind: WordType,
}

/// Whether `v` is a multiple of ten from 20 to 90 (`vingt`, `fünfzig`, `ninety`).
fn is_tens(v: Decimal) -> bool {
    v.as_integer().is_some_and(|n| (20..=90).contains(&n) && n % 10 == 0)
}

fn below(v: Decimal, n: u128) -> bool {
    v < Decimal::from_int(n)
}

/// Accumulates number words left to right and refuses the ones that do not continue
/// a well-formed number.
///
/// ```
/// use veille::numbers::{Decimal, NumWord, WordNumber, WordType::*};
/// let w = |v: u128, kind| NumWord { value: Decimal::from_int(v), kind };
/// let mut n = WordNumber::default();
/// assert!(n.push(w(20, Unit)) && n.push(w(0, And)) && n.push(w(1, Unit)));
/// assert_eq!(n.value().to_string(), "21");
/// let mut n = WordNumber::default();
/// assert!(n.push(w(2, Unit)) && n.push(w(0, And)));
/// assert!(!n.push(w(3, Unit))); // `deux et trois` is two numbers
/// ```
#[derive(Clone, Debug, Default)]
pub struct WordNumber {
    total: Decimal,
    current: Decimal,
    prev: Option<NumWord>,
    /// The word before a pending `and`.
    before_and: Option<NumWord>,
    /// German order inside one compound: `fünf und zwanzig`.
    unit_before_tens: bool,
    count: usize,
}

impl WordNumber {
    /// An accumulator for the parts of one compound word, where a unit may stand before
    /// `und` and a tens word (`fünf|und|zwanzig`).
    pub fn compound() -> WordNumber {
        WordNumber { unit_before_tens: true, ..Default::default() }
    }

    /// Adds a word; returns false (and changes nothing) when it cannot continue the number.
    pub fn push(&mut self, w: NumWord) -> bool {
        let ok = match w.kind {
            WordType::Unit => self.accepts_unit(w.value),
            WordType::Hundred => {
                below(self.current, 100)
                    && !matches!(self.prev.map(|p| p.kind), Some(WordType::Hundred | WordType::And))
            }
            WordType::Thousand => {
                self.total.is_zero()
                    && !matches!(
                        self.prev.map(|p| p.kind),
                        Some(WordType::Thousand | WordType::And)
                    )
            }
            WordType::And => {
                self.before_and.is_none()
                    && matches!(
                        self.prev.map(|p| p.kind),
                        Some(WordType::Unit | WordType::Hundred | WordType::Thousand)
                    )
            }
            WordType::Article | WordType::Fraction | WordType::PlusHalf => false,
        };
        if !ok {
            return false;
        }
        let one_if_zero = |d: Decimal| if d.is_zero() { Decimal::ONE } else { d };
        let next = match w.kind {
            WordType::Unit => self.current.checked_add(w.value).map(|c| (self.total, c)),
            WordType::Hundred => {
                one_if_zero(self.current).checked_mul(w.value).map(|c| (self.total, c))
            }
            WordType::Thousand => one_if_zero(self.current)
                .checked_mul(w.value)
                .and_then(|t| self.total.checked_add(t))
                .map(|t| (t, Decimal::ZERO)),
            _ => Some((self.total, self.current)),
        };
        let Some((total, current)) = next else { return false };
        self.total = total;
        self.current = current;
        if w.kind == WordType::And {
            self.before_and = self.prev;
        } else {
            self.before_and = None;
        }
        self.prev = Some(w);
        self.count += 1;
        true
    }

    fn accepts_unit(&self, v: Decimal) -> bool {
        let Some(prev) = self.prev else { return true };
        match prev.kind {
            WordType::Unit => is_tens(prev.value) && below(v, 20) && !v.is_zero() && !is_tens(v),
            WordType::Hundred => below(v, 100),
            WordType::Thousand => below(v, 1000),
            WordType::And => match self.before_and {
                Some(b) if b.kind == WordType::Unit => {
                    (is_tens(b.value) && below(v, 20) && !v.is_zero() && !is_tens(v))
                        || (self.unit_before_tens && below(b.value, 10) && is_tens(v))
                }
                Some(b) if matches!(b.kind, WordType::Hundred | WordType::Thousand) => {
                    below(v, 100)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether the last word pushed is a pending `and` (the caller leaves it out).
    pub fn ends_with_and(&self) -> bool {
        self.prev.is_some_and(|p| p.kind == WordType::And)
    }

    /// How many words were accepted.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no word was accepted.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The value of the words so far.
    pub fn value(&self) -> Decimal {
        self.total.checked_add(self.current).unwrap_or(self.current)
    }
}

/// Reads a word made of number words with nothing between them (`fünfundzwanzig`,
/// `zweihundert`, `dreitausend`), given the single-word entries of a language, keyed
/// by their folded form. Returns the parts, or `None` when the word is not such a
/// compound of at least two parts.
///
/// ```
/// use std::collections::HashMap;
/// use veille::numbers::{split_compound, Decimal, NumWord, WordNumber, WordType::*};
/// let mut words = HashMap::new();
/// for (w, v, k) in [("funf", 5, Unit), ("und", 0, And), ("zwanzig", 20, Unit), ("zwei", 2, Unit), ("hundert", 100, Hundred)] {
///     words.insert(w.to_string(), NumWord { value: Decimal::from_int(v), kind: k });
/// }
/// let parts = split_compound("funfundzwanzig", &words).unwrap();
/// let mut n = WordNumber::compound();
/// assert!(parts.into_iter().all(|p| n.push(p)));
/// assert_eq!(n.value().to_string(), "25");
/// assert!(split_compound("zwanzigste", &words).is_none());
/// ```
pub fn split_compound(word: &str, words: &HashMap<String, NumWord>) -> Option<Vec<NumWord>> {
    // No number word is longer than MAX_PART bytes, and no written number longer than
    // MAX_COMPOUND (`siebenhundertneunundneunzigtausend` is 34): this bounds the work on
    // any input, however long the word.
    const MAX_PART: usize = 24;
    const MAX_COMPOUND: usize = 96;
    let n = word.len();
    if !(5..=MAX_COMPOUND).contains(&n) {
        return None;
    }
    // best[i]: fewest parts covering word[..i], with the parts.
    let mut best: Vec<Option<Vec<NumWord>>> = vec![None; n + 1];
    best[0] = Some(Vec::new());
    for i in 0..n {
        if !word.is_char_boundary(i) {
            continue;
        }
        let Some(prefix) = best[i].clone() else { continue };
        for j in i + 1..=n.min(i + MAX_PART) {
            if !word.is_char_boundary(j) {
                continue;
            }
            let Some(w) = words.get(&word[i..j]) else { continue };
            let w = match w.kind {
                // `ein` inside a compound is the digit one (`einundzwanzig`, `einhundert`).
                WordType::Article => NumWord { value: Decimal::ONE, kind: WordType::Unit },
                WordType::Fraction | WordType::PlusHalf => continue,
                _ => *w,
            };
            let mut parts = prefix.clone();
            parts.push(w);
            if best[j].as_ref().is_none_or(|b| b.len() > parts.len()) {
                best[j] = Some(parts);
            }
        }
    }
    let parts = best[n].take()?;
    if parts.len() < 2 {
        return None;
    }
    let mut check = WordNumber::compound();
    (parts.iter().all(|p| check.push(*p)) && !check.ends_with_and()).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(d("1.25").checked_mul(d("1000000000")).unwrap().to_string(), "1250000000");
        assert_eq!(d("0.5").checked_add(d("1")).unwrap().to_string(), "1.5");
        assert!(d("9.9") < d("10"));
        assert_eq!(d("000").to_string(), "0");
    }

    #[test]
    fn digits() {
        use DecimalMark::*;
        let p = |s, m| parse_digits(s, m).map(|d| d.to_string());
        assert_eq!(p("2025", Comma).as_deref(), Some("2025"));
        assert_eq!(p("1'200", Comma).as_deref(), Some("1200"));
        assert_eq!(p("1.000.000", Dot).as_deref(), Some("1000000"));
        assert_eq!(p("1,000,000.5", Dot).as_deref(), Some("1000000.5"));
        assert_eq!(p("12.3456", Comma).as_deref(), Some("12.3456"));
        assert_eq!(p("1.2.3", Comma), None);
        assert_eq!(p("1.000,5,5", Comma), None);
        assert_eq!(p("", Comma), None);
    }
}
