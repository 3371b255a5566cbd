//! Language identification per document and per sentence among French, German and English.
//!
//! Uses `whatlang` restricted to the three languages veille knows; anything it cannot
//! decide with confidence, and every short sentence or heading, falls back to the
//! document's language.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A language veille has data for, or `Und` (undetermined).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub enum Lang {
    Fr,
    De,
    En,
    #[default]
    Und,
}

impl Lang {
    /// All languages with data, in a fixed order.
    pub const KNOWN: [Lang; 3] = [Lang::Fr, Lang::De, Lang::En];

    /// ISO 639-1 code (`und` for undetermined).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
            Lang::Und => "und",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    /// Parses `fr`, `de`, `en` (also `fra`, `deu`/`ger`, `eng`, `french`...); any other is an error.
    fn from_str(s: &str) -> Result<Lang, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Ok(Lang::Fr),
            "de" | "deu" | "ger" | "german" | "deutsch" => Ok(Lang::De),
            "en" | "eng" | "english" => Ok(Lang::En),
            "und" => Ok(Lang::Und),
            other => Err(format!("unknown language `{other}` (expected fr, de or en)")),
        }
    }
}

/// Sentences with fewer letters than this take the document's language.
const MIN_SENTENCE_LETTERS: usize = 40;
/// Sentences with fewer words than this take the document's language.
const MIN_SENTENCE_WORDS: usize = 5;

fn detector() -> whatlang::Detector {
    whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Deu, whatlang::Lang::Eng])
}

fn from_whatlang(l: whatlang::Lang) -> Lang {
    match l {
        whatlang::Lang::Fra => Lang::Fr,
        whatlang::Lang::Deu => Lang::De,
        whatlang::Lang::Eng => Lang::En,
        _ => Lang::Und,
    }
}

/// The language of a whole document, from (at most) its first 20 000 bytes of body text.
///
/// ```
/// use veille::lang::{detect_document, Lang};
/// assert_eq!(detect_document("Die Deutsche Telekom baut mit Nvidia ein Rechenzentrum in München."), Lang::De);
/// assert_eq!(detect_document("Amazon défie Nvidia sur le marché des puces pour l'intelligence artificielle."), Lang::Fr);
/// ```
pub fn detect_document(text: &str) -> Lang {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return Lang::Und;
    }
    detector().detect(sample).map_or(Lang::Und, |info| from_whatlang(info.lang()))
}

/// The language of one sentence: its own when it is long enough and whatlang is
/// confident, else `fallback` (the document's language).
pub fn detect_sentence(text: &str, fallback: Lang) -> Lang {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let words = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    if letters < MIN_SENTENCE_LETTERS || words < MIN_SENTENCE_WORDS {
        return fallback;
    }
    match detector().detect(text) {
        Some(info) if info.is_reliable() || fallback == Lang::Und => from_whatlang(info.lang()),
        _ => fallback,
    }
}
