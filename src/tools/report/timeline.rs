//! The timeline of an entity's facts, drawn as inline SVG: amounts on a log scale
//! over time, coloured by fact type, and one lane per type for facts without an
//! amount. A filled mark has the date its sentence states; a hollow one only the date
//! its article was published. Every mark links to its sentence.

use super::entity::Point;
use super::html::{escape_html, short_amount};
use std::fmt::Write as _;

const W: f64 = 960.0;
const LEFT: f64 = 110.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 16.0;
const AMOUNTS_H: f64 = 170.0;
const LANE_H: f64 = 24.0;

/// A TIMEX3 date as a fractional year (`2026-05` → 2026.37, `2026-H2` → 2026.75);
/// none for values without a year.
///
/// ```
/// use veille::tools::report::timeline::year_of;
/// assert_eq!(year_of("2026"), Some(2026.5));
/// assert_eq!(year_of("2026-H2"), Some(2026.75));
/// assert!((year_of("2026-05").unwrap() - 2026.375).abs() < 1e-9);
/// assert_eq!(year_of("PRESENT_REF"), None);
/// ```
pub fn year_of(date: &str) -> Option<f64> {
    let year: f64 =
        date.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
    let rest = date.get(4..).unwrap_or("");
    let part = rest.strip_prefix('-').unwrap_or("");
    let num = |s: &str| s.get(..2).and_then(|x| x.parse::<f64>().ok());
    let offset = if rest.is_empty() {
        0.5
    } else if let Some(h) = part.strip_prefix('H') {
        (h.parse::<f64>().ok()? - 0.5) / 2.0
    } else if let Some(q) = part.strip_prefix('Q') {
        (q.parse::<f64>().ok()? - 0.5) / 4.0
    } else if let Some(m) = num(part) {
        let day =
            part.get(3..5).and_then(|d| d.parse::<f64>().ok()).map_or(0.5, |d| (d - 0.5) / 31.0);
        ((m - 1.0) + day) / 12.0
    } else {
        0.5
    };
    (0.0..1.0).contains(&offset).then_some(year + offset)
}

/// The x range: the years of the points, padded, at least two years wide.
fn x_range(years: &[f64]) -> (f64, f64) {
    let lo = years.iter().cloned().fold(f64::INFINITY, f64::min).floor();
    let hi = years.iter().cloned().fold(f64::NEG_INFINITY, f64::max).ceil();
    if hi - lo < 2.0 {
        let mid = (lo + hi) / 2.0;
        (mid - 1.0, mid + 1.0)
    } else {
        (lo, hi)
    }
}

/// Draws the points that have a date; says how many have none.
pub fn svg(points: &[Point], out: &mut String) {
    let dated: Vec<(f64, &Point)> =
        points.iter().filter_map(|p| year_of(&p.date).map(|y| (y, p))).collect();
    let undated = points.len() - dated.len();
    if dated.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"hint\">None of its {undated} facts has a date: see the table.</p>"
        );
        return;
    }
    let money: Vec<&(f64, &Point)> =
        dated.iter().filter(|(_, p)| p.amount.is_some_and(|a| a > 0.0)).collect();
    let mut lanes: Vec<&str> = dated
        .iter()
        .filter(|(_, p)| !p.amount.is_some_and(|a| a > 0.0))
        .map(|(_, p)| p.kind.as_str())
        .collect();
    lanes.sort_unstable();
    lanes.dedup();
    let amounts_h = if money.is_empty() { 0.0 } else { AMOUNTS_H };
    let h = TOP + amounts_h + LANE_H * lanes.len() as f64 + 34.0;
    let years: Vec<f64> = dated.iter().map(|(y, _)| *y).collect();
    let (x0, x1) = x_range(&years);
    let x = |y: f64| LEFT + (y - x0) / (x1 - x0) * (W - LEFT - RIGHT);
    let _ = write!(
        out,
        "<figure class=\"tl\"><svg viewBox=\"0 0 {W} {h}\" role=\"img\" aria-labelledby=\"tl-cap\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    axis(out, x0, x1, &x, h - 30.0);
    if !money.is_empty() {
        amounts(out, &money, &x);
    }
    for (i, kind) in lanes.iter().enumerate() {
        let cy = TOP + amounts_h + LANE_H * (i as f64 + 0.5);
        let _ = write!(
            out,
            "<line class=\"lane\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{cy}\" y2=\"{cy}\"/><text class=\"lab\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 8.0,
            cy + 4.0,
            escape_html(kind)
        );
        for (y, p) in
            dated.iter().filter(|(_, p)| p.kind == *kind && !p.amount.is_some_and(|a| a > 0.0))
        {
            mark(out, p, x(*y), cy, None);
        }
    }
    let _ = writeln!(
        out,
        "</svg><figcaption id=\"tl-cap\">{} dated facts{}. Filled: the date the sentence states; hollow: \
         only the article's date. Amounts on a log scale, in the currency stated (not converted).</figcaption></figure>",
        dated.len(),
        if undated > 0 { format!(" ({undated} without a date are in the table only)") } else { String::new() }
    );
}

/// The year axis along the bottom, with light vertical grid lines.
fn axis(out: &mut String, x0: f64, x1: f64, x: &dyn Fn(f64) -> f64, base: f64) {
    let span = x1 - x0;
    let step = if span > 24.0 {
        5.0
    } else if span > 12.0 {
        2.0
    } else {
        1.0
    };
    let mut year = (x0 / step).ceil() * step;
    while year <= x1 {
        let px = x(year);
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{px:.1}\" x2=\"{px:.1}\" y1=\"{TOP}\" y2=\"{base}\"/><text class=\"lab\" x=\"{px:.1}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
            base + 18.0
        );
        year += step;
    }
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{base}\" y2=\"{base}\"/>",
        W - RIGHT
    );
}

/// The amounts panel: log scale, one labelled grid line per power of ten.
fn amounts(out: &mut String, money: &[&(f64, &Point)], x: &dyn Fn(f64) -> f64) {
    let logs: Vec<f64> = money.iter().filter_map(|(_, p)| p.amount).map(f64::log10).collect();
    let lo = logs.iter().cloned().fold(f64::INFINITY, f64::min).floor();
    let mut hi = logs.iter().cloned().fold(f64::NEG_INFINITY, f64::max).ceil();
    if hi <= lo {
        hi = lo + 1.0;
    }
    let y = |l: f64| TOP + 10.0 + (hi - l) / (hi - lo) * (AMOUNTS_H - 30.0);
    let mut decade = lo;
    while decade <= hi {
        let py = y(decade);
        let label = short_amount(&format!("{}", 10f64.powf(decade))).unwrap_or_default();
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{py:.1}\" y2=\"{py:.1}\"/><text class=\"lab\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 8.0,
            py + 4.0,
            escape_html(&label)
        );
        decade += 1.0;
    }
    for (year, p) in money {
        let amount = p.amount.unwrap_or(1.0);
        let label =
            format!("{} {}", short_amount(&format!("{amount}")).unwrap_or_default(), p.unit);
        mark(out, p, x(*year), y(amount.log10()), Some(&label));
    }
}

/// One fact: a circle linking to its sentence, with a tooltip, and a label for amounts.
fn mark(out: &mut String, p: &Point, cx: f64, cy: f64, label: Option<&str>) {
    let class = if p.reported { "pt rep" } else { "pt" };
    let _ = write!(
        out,
        "<a href=\"{}\"><circle class=\"{class} t-{}\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"6\"><title>{} · {}{}</title></circle>",
        p.href,
        super::type_class(&p.kind),
        escape_html(&p.label),
        escape_html(&p.date),
        if p.reported { " (reported)" } else { "" }
    );
    if let Some(l) = label {
        let _ = write!(
            out,
            "<text class=\"val\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            cx + 9.0,
            cy + 4.0,
            escape_html(l)
        );
    }
    out.push_str("</a>");
}
