//! Property tests of the amounts read from digits (issue 15, item 7): random digit
//! runs with the separators of each language, signs, powers of ten and scale words.
//! Whatever the text, a value veille writes is the one the text means, or there is
//! none: never wrapped, truncated, stripped of its sign or reversed. Bounded to a few
//! hundred cases so that the suite stays fast; the three failures that made the rule
//! are kept as plain regressions below.

use crate::common::resources;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use veille::mention::Kind;

/// (text, value, value_to, unit) of the money mentions of `text` in `lang`.
fn money(lang: &str, text: &str) -> Vec<(String, String, String, String)> {
    let doc = format!("---\nlang: {lang}\n---\n{text}");
    let analyses = veille::analyze::analyze_text("p.txt", &doc, resources()).expect("analyze");
    let mut out = Vec::new();
    for a in &analyses {
        for m in a.mentions.iter().flatten().filter(|m| m.kind == Kind::Money) {
            let text = m.span.slice(&a.doc.text).to_string();
            out.push((text, m.value.clone(), m.value_to.clone(), m.unit.clone()));
        }
    }
    out
}

/// The decimal `int.frac × 10^pow`, signed, as a table writes it (`-1500000000`, `2.5`).
fn decimal_text(negative: bool, int: &str, frac: &str, pow: usize) -> String {
    let digits = format!("{int}{frac}");
    let point = int.len() + pow;
    let (mut i, mut f) = if point >= digits.len() {
        (format!("{digits}{}", "0".repeat(point - digits.len())), String::new())
    } else {
        (digits[..point].to_string(), digits[point..].to_string())
    };
    while i.len() > 1 && i.starts_with('0') {
        i.remove(0);
    }
    while f.ends_with('0') {
        f.pop();
    }
    let v = if f.is_empty() { i } else { format!("{i}.{f}") };
    if negative && v != "0" {
        format!("-{v}")
    } else {
        v
    }
}

/// `digits` in groups of three joined by `sep`.
fn grouped(digits: &str, sep: &str) -> String {
    let head = digits.len() % 3;
    let mut parts: Vec<&str> = Vec::new();
    if head > 0 {
        parts.push(&digits[..head]);
    }
    let mut k = head;
    while k < digits.len() {
        parts.push(&digits[k..k + 3]);
        k += 3;
    }
    parts.join(sep)
}

/// How one language writes an amount: decimal mark, thousands separators, scale words
/// (with their power of ten) and the sentence around the amount.
struct Style {
    lang: &'static str,
    mark: &'static str,
    groups: &'static [&'static str],
    scales: &'static [(&'static str, usize)],
    /// Before the amount, and the currency after a bare number and after a scale.
    before: &'static str,
    currency: &'static str,
    scaled_currency: &'static str,
    code: &'static str,
}

const STYLES: [Style; 3] = [
    Style {
        lang: "fr",
        mark: ",",
        groups: &[" ", "\u{202f}", "."],
        scales: &[("millions", 6), ("milliards", 9), ("billions", 12)],
        before: "Le montant atteint ",
        currency: " euros.",
        scaled_currency: " d'euros.",
        code: "EUR",
    },
    Style {
        lang: "de",
        mark: ",",
        groups: &[".", " "],
        scales: &[("Millionen", 6), ("Milliarden", 9), ("Mrd.", 9), ("Billionen", 12)],
        before: "Der Betrag liegt bei ",
        currency: " Euro.",
        scaled_currency: " Euro.",
        code: "EUR",
    },
    Style {
        lang: "en",
        mark: ".",
        groups: &[","],
        scales: &[("million", 6), ("billion", 9), ("trillion", 12)],
        before: "The amount reached ",
        currency: " dollars.",
        scaled_currency: " dollars.",
        code: "USD",
    },
];

/// How the number is written: plain digits, `10^k`, or digits with `e<k>`.
#[derive(Clone, Copy, Debug)]
enum Form {
    Plain,
    Caret(u8),
    Exponent(u8),
}

#[derive(Clone, Debug)]
struct Amount {
    style: usize,
    int: String,
    frac: String,
    group: Option<usize>,
    sign: u8,
    form: Form,
    scale: Option<usize>,
}

impl Amount {
    fn style(&self) -> &'static Style {
        &STYLES[self.style]
    }

    /// The number as written, with its sign.
    fn number(&self) -> String {
        let s = self.style();
        let sign = ["", "-", "\u{2212}", "+"][usize::from(self.sign)];
        let body = match self.form {
            Form::Caret(k) => format!("10^{k}"),
            Form::Exponent(k) => {
                let frac = if self.frac.is_empty() {
                    String::new()
                } else {
                    format!("{}{}", s.mark, self.frac)
                };
                format!("{}{frac}e{k}", self.int)
            }
            Form::Plain => {
                let int = match self.group {
                    Some(g) if self.int.len() > 3 => {
                        grouped(&self.int, s.groups[g % s.groups.len()])
                    }
                    _ => self.int.clone(),
                };
                let frac = if self.frac.is_empty() {
                    String::new()
                } else {
                    format!("{}{}", s.mark, self.frac)
                };
                format!("{int}{frac}")
            }
        };
        format!("{sign}{body}")
    }

    fn sentence(&self) -> String {
        let s = self.style();
        match self.scale {
            Some(k) => {
                let (word, _) = s.scales[k % s.scales.len()];
                format!("{}{} {word}{}", s.before, self.number(), s.scaled_currency)
            }
            None => format!("{}{}{}", s.before, self.number(), s.currency),
        }
    }

    /// The value the text means.
    fn expected(&self) -> String {
        let s = self.style();
        let scale = self.scale.map_or(0, |k| s.scales[k % s.scales.len()].1);
        let negative = matches!(self.sign, 1 | 2);
        match self.form {
            Form::Caret(k) => decimal_text(negative, "1", "", usize::from(k) + scale),
            Form::Exponent(k) => {
                decimal_text(negative, &self.int, &self.frac, usize::from(k) + scale)
            }
            Form::Plain => decimal_text(negative, &self.int, &self.frac, scale),
        }
    }

    /// A number of ordinary size, which veille must read (not only leave empty).
    fn ordinary(&self) -> bool {
        matches!(self.form, Form::Plain) && self.int.len() <= 15
    }
}

fn digits(min: usize, max: usize) -> impl Strategy<Value = String> {
    (1u8..10, prop::collection::vec(0u8..10, min..max)).prop_map(|(first, rest)| {
        std::iter::once(first).chain(rest).map(|d| char::from(b'0' + d)).collect()
    })
}

fn amounts() -> impl Strategy<Value = Amount> {
    let form = prop_oneof![
        6 => Just(Form::Plain),
        1 => (0u8..46).prop_map(Form::Caret),
        1 => (0u8..40).prop_map(Form::Exponent),
    ];
    let frac = prop::collection::vec(0u8..10, 0..4)
        .prop_map(|v| v.into_iter().map(|d| char::from(b'0' + d)).collect::<String>());
    (
        0usize..3,
        digits(0, 40),
        frac,
        prop::option::of(0usize..3),
        0u8..4,
        form,
        prop::option::of(0usize..4),
    )
        .prop_map(|(style, int, frac, group, sign, form, scale)| Amount {
            style,
            int,
            frac,
            group,
            sign,
            form,
            scale,
        })
}

fn runner() -> TestRunner {
    TestRunner::new(Config { cases: 192, failure_persistence: None, ..Config::default() })
}

/// Every value written is the one the text means, with its sign and unit; an amount of
/// ordinary size is read.
#[test]
fn values_are_right_or_empty() {
    runner()
        .run(&amounts(), |a| {
            let text = a.sentence();
            let want = a.expected();
            let found = money(a.style().lang, &text);
            for (span, value, value_to, unit) in &found {
                prop_assert!(
                    value.is_empty() || (*value == want && unit == a.style().code),
                    "[{}] {text}\n  `{span}`: {value} {unit}, want {want} {}",
                    a.style().lang,
                    a.style().code
                );
                prop_assert!(value_to.is_empty(), "{text}: no range here");
            }
            if a.ordinary() {
                prop_assert!(
                    found.iter().any(|(_, v, ..)| *v == want),
                    "[{}] {text}: want {want}, got {found:?}",
                    a.style().lang
                );
            }
            Ok(())
        })
        .unwrap();
}

/// A range keeps its bounds in order, or has no value: never reversed.
#[test]
fn ranges_are_never_reversed() {
    let ranges = (0usize..3, 1u32..2000, 1u32..2000);
    runner()
        .run(&ranges, |(style, lo, hi)| {
            let text = match style {
                0 => format!("Le coût est compris entre {lo} et {hi} milliards d'euros."),
                1 => format!("Die Kosten liegen zwischen {lo} und {hi} Milliarden Euro."),
                _ => format!("The cost is between {lo} and {hi} billion dollars."),
            };
            let lang = STYLES[style].lang;
            let found = money(lang, &text);
            let (from, to) = (format!("{lo}000000000"), format!("{hi}000000000"));
            // A bound that reads as a year (`entre 1800 et 2000`) makes no range: the upper
            // bound alone is still the amount it says.
            let year_like = (1800..=2100).contains(&lo);
            for (span, value, value_to, _) in &found {
                let range = *value == from && *value_to == to && lo <= hi;
                let upper_alone = year_like && *value == to && value_to.is_empty();
                prop_assert!(
                    range || upper_alone || (value.is_empty() && value_to.is_empty()),
                    "{text}\n  `{span}`: {value}..{value_to}"
                );
            }
            if lo <= hi && !year_like {
                prop_assert!(
                    found.iter().any(|(_, v, t, _)| *v == from && *t == to),
                    "{text}: {found:?}"
                );
            }
            Ok(())
        })
        .unwrap();
}

/// Runs of digits, separators, signs, carets and scale words in any order: nothing
/// panics and every value is a plain decimal.
#[test]
fn odd_digit_runs_give_plain_values() {
    let pieces = prop::sample::select(vec![
        "1",
        "12",
        "123",
        "1234",
        "0",
        "00",
        "9999999999999999999999",
        ",",
        ".",
        " ",
        "'",
        "-",
        "\u{2212}",
        "+",
        "^",
        "e",
        "e9",
        "x",
        "×",
        "10",
        "Mrd.",
        "milliards",
        "billion",
        "€",
        "$",
        "euros",
        "Euro",
        "dollars",
        "(",
        ")",
        "zwischen",
        "und",
        "entre",
        "et",
        "d'",
        "USD",
    ]);
    let runs = (0usize..3, prop::collection::vec(pieces, 1..14));
    runner()
        .run(&runs, |(style, parts)| {
            let text = format!("{}{}.", STYLES[style].before, parts.concat());
            for (span, value, value_to, _) in money(STYLES[style].lang, &text) {
                for v in [&value, &value_to].into_iter().filter(|v| !v.is_empty()) {
                    let body = v.strip_prefix('-').unwrap_or(v);
                    let plain = !body.is_empty()
                        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                        && body.bytes().filter(|&b| b == b'.').count() <= 1
                        && !body.starts_with('.')
                        && !body.ends_with('.');
                    prop_assert!(plain, "{text}\n  `{span}`: {v}");
                }
            }
            Ok(())
        })
        .unwrap();
}

/// The three wrong values that made the rule (issue 15, item 7).
#[test]
fn regressions_of_the_property() {
    // (lang, text, (span, value, value_to, unit))
    type Case =
        (&'static str, &'static str, (&'static str, &'static str, &'static str, &'static str));
    let cases: &[Case] = &[
        ("fr", "Le marché pèse 10^12 euros.", ("10^12 euros", "1000000000000", "", "EUR")),
        ("de", "Der Verlust lag bei -3 Mrd. Euro.", ("-3 Mrd. Euro", "-3000000000", "", "EUR")),
        (
            "de",
            "Die Kosten liegen zwischen 5 und 3 Milliarden Euro.",
            ("zwischen 5 und 3 Milliarden Euro", "", "", "EUR"),
        ),
    ];
    for (lang, text, (span, value, value_to, unit)) in cases {
        let want =
            vec![(span.to_string(), value.to_string(), value_to.to_string(), unit.to_string())];
        assert_eq!(money(lang, text), want, "{text}");
    }
}

#[test]
fn expected_values_are_computed_exactly() {
    assert_eq!(decimal_text(false, "1", "5", 9), "1500000000");
    assert_eq!(decimal_text(true, "12", "340", 0), "-12.34");
    assert_eq!(decimal_text(true, "0", "", 3), "0");
    assert_eq!(decimal_text(false, "1", "2345", 2), "123.45");
    assert_eq!(grouped("1234567", " "), "1 234 567");
    assert_eq!(grouped("123", "."), "123");
}
