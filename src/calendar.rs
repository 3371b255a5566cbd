//! Calendar dates at the precision a text gives them (year, month or day).

use std::fmt;

/// A date known to the year, the month or the day (`2025`, `2025-06`, `2025-06-12`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl DocDate {
    pub fn year(year: i32) -> DocDate {
        DocDate { year, month: None, day: None }
    }

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

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}
