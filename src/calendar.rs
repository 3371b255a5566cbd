//! Calendar dates at the precision a text gives them (year, month or day).

use std::fmt;

/// A date known to the year, the month or the day (`2025`, `2025-06`, `2025-06-12`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocDate {
    /// Proleptic Gregorian year (`2025`).
    pub year: i32,
    /// Month, 1 to 12; `None` for a date known only to the year.
    pub month: Option<u32>,
    /// Day of the month, 1 to 31; `None` unless `month` is set and the day is known.
    pub day: Option<u32>,
}

impl DocDate {
    /// A date known only to the year.
    pub fn year(year: i32) -> DocDate {
        DocDate { year, month: None, day: None }
    }

    /// A date known to the month; `month` is not checked (1 to 12 is expected).
    pub fn month(year: i32, month: u32) -> DocDate {
        DocDate { year, month: Some(month), day: None }
    }

    /// A full date; `None` when it does not exist in the calendar.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<DocDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(DocDate { year, month: Some(month), day: Some(day) })
    }

    /// Parses an ISO 8601 calendar date at any precision: `2025`, `2025-06`, `2025-06-12`
    /// (a time part after `T` or a space is ignored).
    ///
    /// ```
    /// use veille::calendar::DocDate;
    /// assert_eq!(DocDate::parse_iso("2021-07").unwrap().to_string(), "2021-07");
    /// assert_eq!(DocDate::parse_iso("2025-03-21T10:00:00Z").unwrap().to_string(), "2025-03-21");
    /// assert!(DocDate::parse_iso("2025-13").is_none());
    /// ```
    pub fn parse_iso(s: &str) -> Option<DocDate> {
        let s = s.trim();
        let date = s.split(['T', ' ']).next()?;
        let mut parts = date.split('-');
        let y = parts.next()?;
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month = match parts.next() {
            None => return Some(DocDate::year(year)),
            Some(m) if m.len() == 2 => m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?,
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => return Some(DocDate::month(year, month)),
            Some(d) if d.len() == 2 => d.parse::<u32>().ok()?,
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        DocDate::ymd(year, month, day)
    }
}

impl fmt::Display for DocDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl DocDate {
    /// The finest unit the date is known to.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Days since 1970-01-01 of a full date; `None` below day precision.
    pub fn to_days(&self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }

    /// The date `days` days after 1970-01-01.
    ///
    /// ```
    /// use veille::calendar::DocDate;
    /// let d = DocDate::ymd(2025, 6, 11).unwrap();
    /// assert_eq!(DocDate::from_days(d.to_days().unwrap() + 30).to_string(), "2025-07-11");
    /// ```
    pub fn from_days(days: i64) -> DocDate {
        let (y, m, d) = civil_from_days(days);
        DocDate { year: y, month: Some(m), day: Some(d) }
    }

    /// A full date moved by `n` days; `None` below day precision.
    pub fn add_days(&self, n: i64) -> Option<DocDate> {
        Some(DocDate::from_days(self.to_days()? + n))
    }

    /// ISO weekday of a full date, 1 (Monday) to 7 (Sunday).
    ///
    /// ```
    /// assert_eq!(veille::calendar::DocDate::ymd(2025, 6, 11).unwrap().weekday(), Some(3));
    /// ```
    pub fn weekday(&self) -> Option<u32> {
        Some(weekday_of_days(self.to_days()?))
    }

    /// ISO 8601 week-numbering year and week of a full date (`2025-06-11` → `(2025, 24)`).
    pub fn iso_week(&self) -> Option<(i32, u32)> {
        let days = self.to_days()?;
        // The Thursday of the same ISO week decides the year.
        let thursday = days - weekday_of_days(days) as i64 + 4;
        let (y, _, _) = civil_from_days(thursday);
        let jan1 = days_from_civil(y, 1, 1);
        Some((y, ((thursday - jan1) / 7 + 1) as u32))
    }
}

/// How finely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Known to the year only (`2025`).
    Year,
    /// Known to the month (`2025-06`).
    Month,
    /// Known to the day (`2025-06-12`).
    Day,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = year as i64 - if month <= 2 { 1 } else { 0 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y as i32, m, d)
}

/// ISO weekday (1 = Monday) of a day count since 1970-01-01 (a Thursday).
fn weekday_of_days(days: i64) -> u32 {
    ((days + 3).rem_euclid(7) + 1) as u32
}

/// Month `month` of `year` moved by `n` months: `(2025, 11) + 3` → `(2026, 2)`.
pub fn add_months(year: i32, month: u32, n: i32) -> (i32, u32) {
    let idx = year as i64 * 12 + month as i64 - 1 + n as i64;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in month `month` (1 to 12) of `year`; 0 for a month outside 1 to 12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Easter Sunday of `year` in the Gregorian calendar, as `(month, day)`, by the
/// anonymous Gregorian computus (Meeus/Jones/Butcher).
///
/// ```
/// assert_eq!(veille::calendar::easter(2025), (4, 20));
/// assert_eq!(veille::calendar::easter(2026), (4, 5));
/// // The earliest and the latest Easter of the Gregorian calendar's range.
/// assert_eq!(veille::calendar::easter(1818), (3, 22));
/// assert_eq!(veille::calendar::easter(2038), (4, 25));
/// assert_eq!(veille::calendar::easter(2000), (4, 23));
/// assert_eq!(veille::calendar::easter(2024), (3, 31));
/// ```
pub fn easter(year: i32) -> (u32, u32) {
    let y = year as i64;
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    (month as u32, day as u32)
}
