//! TIMEX3-style values and the resolution of what a date expression says
//! ([`Spec`]) into a value ([`Timex`]) against the document's date.

use crate::calendar::{add_months, days_in_month, easter, DocDate, Precision};
use std::fmt;

/// A calendar unit that relative expressions count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "half" => Unit::Half,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }
}

/// What a relative expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// The document's own date (`hier`, `vor zwei Jahren`, `last year`).
    Doc,
    /// The date the text named last (`un an plus tôt`, `drei Jahre später`);
    /// the document's date when the text named none.
    Prev,
}

impl Anchor {
    pub fn parse(s: &str) -> Option<Anchor> {
        match s {
            "doc" => Some(Anchor::Doc),
            "prev" => Some(Anchor::Prev),
            _ => None,
        }
    }
}

pub use crate::mention::Mod;

/// A season, by its TIMEX3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn parse(s: &str) -> Option<Season> {
        Some(match s {
            "SP" => Season::Spring,
            "SU" => Season::Summer,
            "FA" => Season::Fall,
            "WI" => Season::Winter,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month a season starts in (meteorological seasons).
    fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A normalized date value, printed TIMEX3-style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Timex {
    Year(i32),
    Month(i32, u32),
    Day(i32, u32, u32),
    /// ISO week-numbering year and week.
    Week(i32, u32),
    /// The weekend of an ISO week (`2025-W24-WE`).
    Weekend(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Season(i32, Season),
    /// The first three digits of the years (`200` for the 2000s).
    Decade(i32),
    Range(Box<Timex>, Box<Timex>),
}

impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Timex::Year(y) => write!(f, "{y:04}"),
            Timex::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Timex::Day(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
            Timex::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            Timex::Weekend(y, w) => write!(f, "{y:04}-W{w:02}-WE"),
            Timex::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Timex::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Timex::Season(y, s) => write!(f, "{y:04}-{}", s.code()),
            Timex::Decade(d) => write!(f, "{d:03}"),
            Timex::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl Timex {
    /// The value at a reference date's own precision.
    pub fn of(d: DocDate) -> Timex {
        match (d.month, d.day) {
            (Some(m), Some(day)) => Timex::Day(d.year, m, day),
            (Some(m), None) => Timex::Month(d.year, m),
            _ => Timex::Year(d.year),
        }
    }

    /// This value as a reference date for later relative expressions (`deux ans plus tard`).
    pub fn as_reference(&self) -> Option<DocDate> {
        match *self {
            Timex::Year(y) | Timex::Quarter(y, _) | Timex::Half(y, _) | Timex::Season(y, _) => {
                Some(DocDate::year(y))
            }
            Timex::Month(y, m) => Some(DocDate::month(y, m)),
            Timex::Day(y, m, d) => DocDate::ymd(y, m, d),
            Timex::Week(y, _) | Timex::Weekend(y, _) => Some(DocDate::year(y)),
            Timex::Decade(_) => None,
            Timex::Range(ref a, _) => a.as_reference(),
        }
    }

    /// The calendar year of the value, where it has one.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Timex::Year(y)
            | Timex::Month(y, _)
            | Timex::Day(y, _, _)
            | Timex::Week(y, _)
            | Timex::Weekend(y, _)
            | Timex::Quarter(y, _)
            | Timex::Half(y, _)
            | Timex::Season(y, _) => Some(y),
            Timex::Decade(_) => None,
            Timex::Range(_, ref b) => b.year(),
        }
    }
}

impl Timex {
    /// The first and the last day the value covers, as days since 1970-01-01 (`None`
    /// for a decade or a season, whose bounds this module does not need).
    fn bounds(&self) -> Option<(i64, i64)> {
        use crate::calendar::days_from_civil as day;
        let month = |y: i32, a: u32, b: u32| (day(y, a, 1), day(y, b, days_in_month(y, b)));
        Some(match *self {
            Timex::Year(y) => month(y, 1, 12),
            Timex::Month(y, m) => month(y, m, m),
            Timex::Day(y, m, d) => (day(y, m, d), day(y, m, d)),
            Timex::Quarter(y, q) if (1..=4).contains(&q) => month(y, 3 * q - 2, 3 * q),
            Timex::Half(y, h) if (1..=2).contains(&h) => month(y, 6 * h - 5, 6 * h),
            Timex::Week(y, w) | Timex::Weekend(y, w) => {
                let monday = iso_week_monday(y, w);
                (monday, monday + 6)
            }
            Timex::Range(ref a, ref b) => (a.bounds()?.0, b.bounds()?.1),
            _ => return None,
        })
    }
}

/// Days since 1970-01-01 of the Monday of ISO week `w` of ISO year `y`.
fn iso_week_monday(y: i32, w: u32) -> i64 {
    let jan4 = crate::calendar::days_from_civil(y, 1, 4);
    let wd = (jan4 + 3).rem_euclid(7); // 0 = Monday
    jan4 - wd + 7 * (w as i64 - 1)
}

/// The ISO week of a day count, as a value.
fn week_of_days(days: i64) -> Option<Timex> {
    DocDate::from_days(days).iso_week().map(|(y, w)| Timex::Week(y, w))
}

/// A holiday: a fixed day of the year, or a day counted from Easter Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// Month and day (`12-25`).
    Fixed(u32, u32),
    /// Days after Easter Sunday (Good Friday -2, Pentecost 49).
    Easter(i32),
}

impl Holiday {
    /// The day of the holiday in `year`.
    pub fn in_year(self, year: i32) -> Option<DocDate> {
        match self {
            Holiday::Fixed(m, d) => DocDate::ymd(year, m, d),
            Holiday::Easter(n) => {
                let (m, d) = easter(year);
                DocDate::ymd(year, m, d)?.add_days(n as i64)
            }
        }
    }
}

/// The part of a year an expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Year,
    Month(u32),
    Day(u32, u32),
    Season(Season),
    Quarter(u32),
    Half(u32),
    /// An ISO week number (`KW 12`); the year is the ISO week-numbering year.
    Week(u32),
}

impl Part {
    fn in_year(self, y: i32) -> Timex {
        match self {
            Part::Week(w) => Timex::Week(y, w),
            Part::Year => Timex::Year(y),
            Part::Month(m) => Timex::Month(y, m),
            Part::Day(m, d) => Timex::Day(y, m, d),
            Part::Season(s) => Timex::Season(y, s),
            Part::Quarter(q) => Timex::Quarter(y, q),
            Part::Half(h) => Timex::Half(y, h),
        }
    }
}

/// Where the year of a [`Part`] comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearSrc {
    /// Written out (`mai 2026`).
    Explicit(i32),
    /// A relative year (`Januar diesen Jahres`, `en mai de l'année dernière`).
    Shift(i32, Anchor),
    /// Left out (`en mai`): the year named earlier in the sentence, else the document's.
    Implied,
    /// Left out from a month, with the tense of its clause (-1 past, 1 future, 0 none): the
    /// year named earlier in the sentence, else the document's moved as the tense says
    /// (`agreed in November` in March → last November; `se tiendra en mai` in June → next
    /// May). Quarters and halves keep [`YearSrc::Implied`]: a company's fiscal quarter is
    /// often reported before the calendar one begins.
    Leaning(i32),
}

/// What a date expression says, before it is resolved against a reference date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spec {
    Dated(Part, YearSrc),
    Decade(i32),
    /// `n` units from the anchor (`hier`: day -1; `l'an dernier`: year -1).
    Rel {
        unit: Unit,
        n: i32,
        anchor: Anchor,
    },
    /// A weekday: `shift` 0 the nearest one, -1 the last before, 1 the next after;
    /// with `shift` 0, `lean` (the tense of the clause) -1 takes the last one on or
    /// before the reference day, 1 the first one on or after it.
    Weekday {
        wd: u32,
        shift: i32,
        lean: i32,
    },
    /// A holiday, in the year given or, left out, the year the tense points to from
    /// the document's date (`lean` as for [`Spec::Weekday`]).
    Holiday {
        day: Holiday,
        year: YearSrc,
        lean: i32,
    },
    /// A day of the month without a month (`le 16`, `am 15.`): in the document's month,
    /// or the month before or after as the tense says (`lean`).
    DayOfMonth {
        day: u32,
        lean: i32,
    },
    /// A weekday with a day of the month (`jeudi 16`): the closest such day to the
    /// document's date, in its month or the ones around it.
    WeekdayDay {
        wd: u32,
        day: u32,
    },
    /// The `n` units up to the document's date (`les deux derniers mois`: `n` = -2) or
    /// from it (`the next three years`: 3), as an interval at the unit's precision.
    Span {
        unit: Unit,
        n: i32,
    },
    /// A weekend: `shift` weeks from the document's week (`ce week-end`: 0); with
    /// `shift` 0 and a past tense (`lean` -1), the last weekend before a weekday.
    Weekend {
        shift: i32,
        lean: i32,
    },
    /// The ISO week of a day (`la semaine du 6 octobre`).
    WeekOf(Box<Spec>),
    /// A month or season relative to the document's date (`mai dernier`, `letzten Sommer`).
    Near {
        part: Part,
        shift: i32,
    },
    /// The same period a year before the last one of that unit the text named
    /// (`Vorjahresquartal`, `year-ago quarter`; `None`: any period, `Vorjahreszeitraum`).
    YearAgo(Option<Unit>),
    /// A date too vague to give a value (`in einigen Jahren`).
    Vague,
    Range(Box<Spec>, Box<Spec>),
    /// A day number that only counts as the first bound of an interval (`du 3 au 5 mai`).
    LooseDay(u32),
    /// A month name that only counts as the first bound of an interval (`entre mars et mai 2026`).
    LooseMonth(u32),
}

/// How many of the dates named last [`Refs`] keeps.
const NAMED_KEPT: usize = 32;

/// The reference dates a [`Spec`] is resolved against.
#[derive(Clone, Debug, Default)]
pub struct Refs {
    pub doc: Option<DocDate>,
    /// The dates the text named so far, oldest first, for [`Anchor::Prev`] and
    /// [`Spec::YearAgo`] (at most the last 32).
    pub named: Vec<Timex>,
    /// The last year named earlier in the sentence, for [`YearSrc::Implied`].
    pub sentence_year: Option<i32>,
}

impl Refs {
    /// Records a date the text names.
    pub fn note(&mut self, t: &Timex) {
        if self.named.len() >= NAMED_KEPT {
            self.named.remove(0);
        }
        self.named.push(t.clone());
    }

    /// The date a relative expression in `unit` counts from. A `prev` day or week
    /// (`le même jour`, `le lendemain`) counts from the last day the text named, else
    /// from the document's date when it is a day, else from the last date named; other
    /// units count from the last date named. Without one, the document's date.
    fn anchor(&self, a: Anchor, unit: Unit) -> Option<DocDate> {
        if a == Anchor::Doc {
            return self.doc;
        }
        let last = || self.named.iter().rev().find_map(Timex::as_reference);
        if matches!(unit, Unit::Day | Unit::Week) {
            let day = self
                .named
                .iter()
                .rev()
                .find(|t| matches!(t, Timex::Day(..)))
                .and_then(Timex::as_reference);
            let doc_day = self.doc.filter(|d| d.precision() == Precision::Day);
            return day.or(doc_day).or_else(last).or(self.doc);
        }
        last().or(self.doc)
    }

    /// The same period one year before the last period of `unit` the text named
    /// (any period for `None`); without one, the year before the document's.
    fn year_ago(&self, unit: Option<Unit>) -> Option<Timex> {
        let back = |t: &Timex| -> Option<Timex> {
            Some(match *t {
                Timex::Quarter(y, q) if matches!(unit, None | Some(Unit::Quarter)) => {
                    Timex::Quarter(y - 1, q)
                }
                Timex::Half(y, h) if matches!(unit, None | Some(Unit::Half)) => {
                    Timex::Half(y - 1, h)
                }
                Timex::Month(y, m) if matches!(unit, None | Some(Unit::Month)) => {
                    Timex::Month(y - 1, m)
                }
                Timex::Season(y, s) if unit.is_none() => Timex::Season(y - 1, s),
                Timex::Year(y) if matches!(unit, None | Some(Unit::Year)) => Timex::Year(y - 1),
                _ => return None,
            })
        };
        self.named.iter().rev().find_map(back).or_else(|| self.doc.map(|d| Timex::Year(d.year - 1)))
    }
}

/// A resolved value, and whether it is coarser than the expression (the reference
/// date was too coarse to count in the expression's unit: `Montag` in a document
/// dated `2023-11` gives `2023-11`).
pub fn resolve(spec: &Spec, refs: &Refs) -> Option<(Timex, bool)> {
    match *spec {
        Spec::Dated(part, ys) => {
            let y = match ys {
                YearSrc::Explicit(y) => y,
                YearSrc::Shift(n, a) => refs.anchor(a, Unit::Year)?.year + n,
                YearSrc::Implied => refs.sentence_year.or(refs.doc.map(|d| d.year))?,
                YearSrc::Leaning(lean) => {
                    refs.sentence_year.or(refs.doc.map(|d| leaning_year(part, d, lean)))?
                }
            };
            Some((part.in_year(y), false))
        }
        Spec::Decade(d) => Some((Timex::Decade(d), false)),
        Spec::Rel { unit, n, anchor } => Some(shift(refs.anchor(anchor, unit)?, unit, n)),
        Spec::YearAgo(unit) => Some((refs.year_ago(unit)?, false)),
        Spec::Weekday { wd, shift, lean } => {
            let r = refs.doc?;
            let (Some(dw), Some(days)) = (r.weekday(), r.to_days()) else {
                return Some((Timex::of(r), true));
            };
            let delta = weekday_delta(wd, dw, shift, lean);
            Some((Timex::of(DocDate::from_days(days + delta)), false))
        }
        Spec::Holiday { .. }
        | Spec::DayOfMonth { .. }
        | Spec::WeekdayDay { .. }
        | Spec::Span { .. }
        | Spec::Weekend { .. }
        | Spec::WeekOf(_) => resolve_news(spec, refs),
        Spec::Near { part, shift } => {
            let r = refs.doc?;
            let first = match part {
                Part::Month(m) => m,
                Part::Season(s) => s.first_month(),
                _ => 1,
            };
            let y = match (r.month, shift) {
                (_, 0) | (None, _) => r.year,
                (Some(rm), s) if s < 0 => {
                    if first < rm {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                (Some(rm), _) => {
                    if first > rm {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
            };
            Some((part.in_year(y), false))
        }
        Spec::Vague | Spec::LooseDay(_) | Spec::LooseMonth(_) => None,
        Spec::Range(ref a, ref b) => {
            let (ta, ca) = resolve(a, refs)?;
            // A weekday ending an interval is the first such day from its start
            // (`von Montag bis Freitag`).
            let (tb, cb) = match (&**b, &ta) {
                (Spec::Weekday { wd, shift: 0, .. }, Timex::Day(y, m, d)) => {
                    let start = crate::calendar::days_from_civil(*y, *m, *d);
                    let dw = DocDate::from_days(start).weekday()?;
                    let ahead = (*wd as i64 - dw as i64).rem_euclid(7);
                    (Timex::of(DocDate::from_days(start + ahead)), false)
                }
                _ => resolve(b, refs)?,
            };
            // An interval never ends before it starts: no value rather than a wrong one.
            if let (Some((sa, _)), Some((_, eb))) = (ta.bounds(), tb.bounds()) {
                if eb < sa {
                    return None;
                }
            }
            Some((Timex::Range(Box::new(ta), Box::new(tb)), ca || cb))
        }
    }
}

/// The year of a month written without one, from the document's date `d` and the clause's
/// tense: a past tense puts a month after the document's in the year before, a future tense
/// one before it in the year after; no tense, or a document date without a month, keeps the
/// document's year.
fn leaning_year(part: Part, d: DocDate, lean: i32) -> i32 {
    let Part::Month(m) = part else { return d.year };
    match d.month {
        Some(dm) if lean < 0 && m > dm => d.year - 1,
        Some(dm) if lean > 0 && m < dm => d.year + 1,
        _ => d.year,
    }
}

/// [`resolve`] for holidays, days without a month, spans, weekends and weeks of a day.
fn resolve_news(spec: &Spec, refs: &Refs) -> Option<(Timex, bool)> {
    match *spec {
        Spec::Holiday { day, year, lean } => {
            let r = refs.doc;
            let y = match year {
                YearSrc::Explicit(y) => y,
                YearSrc::Shift(n, a) => refs.anchor(a, Unit::Year)?.year + n,
                YearSrc::Implied | YearSrc::Leaning(_) => match refs.sentence_year {
                    Some(y) => y,
                    None => lean_year(day, r?, lean)?,
                },
            };
            Some((Timex::of(day.in_year(y)?), false))
        }
        Spec::DayOfMonth { day, lean } => {
            let r = refs.doc.filter(|r| r.precision() == Precision::Day)?;
            let (rm, rd) = (r.month?, r.day?);
            let n = match lean {
                l if l < 0 && day > rd => -1,
                l if l > 0 && day < rd => 1,
                _ => 0,
            };
            let (y, m) = add_months(r.year, rm, n);
            Some((Timex::of(DocDate::ymd(y, m, day)?), false))
        }
        Spec::WeekdayDay { wd, day } => {
            let r = refs.doc.filter(|r| r.precision() == Precision::Day)?;
            let here = r.to_days()?;
            (-1..=1)
                .filter_map(|n| {
                    let (y, m) = add_months(r.year, r.month?, n);
                    DocDate::ymd(y, m, day).filter(|d| d.weekday() == Some(wd))
                })
                .min_by_key(|d| d.to_days().map_or(i64::MAX, |x| (x - here).abs()))
                .map(|d| (Timex::of(d), false))
        }
        Spec::Span { unit, n } => {
            let r = refs.doc?;
            let (a, ca) = shift(r, unit, n.min(0));
            let (b, cb) = shift(r, unit, n.max(0));
            (!(ca || cb)).then(|| (Timex::Range(Box::new(a), Box::new(b)), false))
        }
        Spec::Weekend { shift, lean } => {
            let r = refs.doc?;
            let days = r.to_days()?;
            let shift = if shift == 0 && lean < 0 && r.weekday()? < 6 { -1 } else { shift };
            let (y, w) = DocDate::from_days(days + 7 * shift as i64).iso_week()?;
            Some((Timex::Weekend(y, w), false))
        }
        Spec::WeekOf(ref day) => match resolve(day, refs)? {
            (Timex::Day(y, m, d), false) => {
                Some((week_of_days(crate::calendar::days_from_civil(y, m, d))?, false))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Days from a reference weekday `dw` to weekday `wd`: `shift` -1 the last one
/// before, 1 the next one after, 0 as the tense says (`lean` -1: on or before, 1: on
/// or after) or, without a tense, the nearest one.
fn weekday_delta(wd: u32, dw: u32, shift: i32, lean: i32) -> i64 {
    // `übernächsten Freitag`: a week after the next one.
    let weeks = 7 * (shift.signum() * (shift.abs() - 1).max(0)) as i64;
    weeks + weekday_delta_one(wd, dw, shift.signum(), lean)
}

fn weekday_delta_one(wd: u32, dw: u32, shift: i32, lean: i32) -> i64 {
    let d = (wd as i64 - dw as i64).rem_euclid(7);
    match (shift, lean) {
        (0, l) if l < 0 => {
            if d == 0 {
                0
            } else {
                d - 7
            }
        }
        (0, l) if l > 0 => d,
        (0, _) if d > 3 => d - 7,
        (0, _) => d,
        (s, _) if s < 0 => {
            if d == 0 {
                -7
            } else {
                d - 7
            }
        }
        _ => {
            if d == 0 {
                7
            } else {
                d
            }
        }
    }
}

/// The year of a holiday named without one, from a reference date `r`: the
/// reference year, or the one before (after) when the tense points back (forward)
/// and the holiday of the reference year lies ahead (behind). Below day precision
/// only a holiday of another month than the reference's can be placed.
fn lean_year(day: Holiday, r: DocDate, lean: i32) -> Option<i32> {
    if lean == 0 {
        return Some(r.year);
    }
    let h = day.in_year(r.year)?;
    let ahead = match (r.month, r.day) {
        (Some(_), Some(_)) => h.to_days()? > r.to_days()?,
        (Some(m), None) if h.month != Some(m) => h.month > Some(m),
        (Some(_), None) => return None,
        _ => return None,
    };
    Some(match (lean < 0, ahead) {
        (true, true) => r.year - 1,
        (false, false) if h.to_days()? < r.to_days().unwrap_or(i64::MAX) => r.year + 1,
        _ => r.year,
    })
}

/// `r` moved by `n` units, at the unit's precision when `r` is fine enough, else `r` itself.
fn shift(r: DocDate, unit: Unit, n: i32) -> (Timex, bool) {
    let p = r.precision();
    match unit {
        Unit::Day if p == Precision::Day => match r.add_days(n as i64) {
            Some(d) => (Timex::of(d), false),
            None => (Timex::of(r), true),
        },
        Unit::Week if p == Precision::Day => {
            match r.add_days(7 * n as i64).and_then(|d| d.iso_week()) {
                Some((y, w)) => (Timex::Week(y, w), false),
                None => (Timex::of(r), true),
            }
        }
        Unit::Day | Unit::Week => (Timex::of(r), true),
        Unit::Month | Unit::Quarter | Unit::Half => match r.month {
            Some(m) => match unit {
                Unit::Month => {
                    let (y, m) = add_months(r.year, m, n);
                    (Timex::Month(y, m), false)
                }
                Unit::Quarter => {
                    let idx = r.year as i64 * 4 + (m as i64 - 1) / 3 + n as i64;
                    (
                        Timex::Quarter(idx.div_euclid(4) as i32, (idx.rem_euclid(4) + 1) as u32),
                        false,
                    )
                }
                _ => {
                    let idx = r.year as i64 * 2 + (m as i64 - 1) / 6 + n as i64;
                    (Timex::Half(idx.div_euclid(2) as i32, (idx.rem_euclid(2) + 1) as u32), false)
                }
            },
            None => (Timex::Year(r.year), true),
        },
        Unit::Year => (Timex::Year(r.year + n), false),
        Unit::Decade => (Timex::Decade(r.year.div_euclid(10) + n), false),
    }
}
