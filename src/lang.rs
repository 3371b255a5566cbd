//! Language identification per document and per sentence among French, German and English.
//!
//! Two sources of evidence, cheapest first:
//! 1. function words (`gazetteers/lang/<lang>/stopwords.txt`): each word of the text that
//!    is a frequent function word of a language votes for it. This is a hash lookup per
//!    word and decides almost every news sentence.
//! 2. `whatlang` (character trigrams), restricted to the three languages, for texts the
//!    votes leave undecided.
//!
//! Short sentences and headings with no clear evidence take the document's language.

use serde::Serialize;
use foldhash::{HashMap, HashMapExt};
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

    /// Position in [`Lang::KNOWN`] (`None` for `Und`).
    pub fn index(self) -> Option<usize> {
        Lang::KNOWN.iter().position(|&l| l == self)
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

/// Sentences with fewer letters than this are only judged by function words.
const MIN_TRIGRAM_LETTERS: usize = 40;
/// Function-word votes a sentence needs before they decide.
const MIN_SENTENCE_VOTES: u32 = 2;
/// Function-word votes a document needs before they decide.
const MIN_DOCUMENT_VOTES: u32 = 5;
/// Words a document needs before it can be judged to be in another language.
const MIN_FOREIGN_WORDS: usize = 20;
/// Below this share of function words (percent), a document may be in another language.
const FOREIGN_DENSITY_PERCENT: usize = 15;
/// How much of a document is sampled for its language.
const DOCUMENT_SAMPLE: usize = 20_000;

/// Function words of each known language, as a bit set of languages per word.
#[derive(Clone, Debug, Default)]
pub struct LangId {
    words: HashMap<String, u8>,
}

impl LangId {
    /// Builds the model from `(language, function words)`.
    pub fn new<'a>(lists: impl IntoIterator<Item = (Lang, &'a [String])>) -> LangId {
        let mut words: HashMap<String, u8> = HashMap::new();
        for (lang, list) in lists {
            if let Some(i) = lang.index() {
                for w in list {
                    *words.entry(w.to_lowercase()).or_default() |= 1 << i;
                }
            }
        }
        LangId { words }
    }

    /// Function-word votes per known language.
    fn votes(&self, text: &str) -> [u32; 3] {
        let mut votes = [0; 3];
        let mut buf = String::new();
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 12) {
            let key = if word.chars().any(char::is_uppercase) {
                buf.clear();
                buf.extend(word.chars().flat_map(char::to_lowercase));
                buf.as_str()
            } else {
                word
            };
            if let Some(&mask) = self.words.get(key) {
                for (i, v) in votes.iter_mut().enumerate() {
                    if mask & (1 << i) != 0 {
                        *v += 1;
                    }
                }
            }
        }
        votes
    }

    /// The language the votes clearly favour: at least `min` votes and twice the runner-up.
    fn decide(votes: [u32; 3], min: u32) -> Option<Lang> {
        let (best, &top) = votes.iter().enumerate().max_by_key(|(i, v)| (**v, std::cmp::Reverse(*i)))?;
        let second = votes.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, v)| *v).max().unwrap_or(0);
        (top >= min && top >= 2 * second.max(1)).then(|| Lang::KNOWN[best])
    }

    /// The language of a whole document, from (at most) its first 20 000 bytes.
    ///
    /// ```
    /// use veille::lang::{Lang, LangId};
    /// let id = LangId::default(); // no function words: character trigrams decide
    /// assert_eq!(id.detect_document("Die Deutsche Telekom baut mit Nvidia ein Rechenzentrum in München."), Lang::De);
    /// ```
    pub fn detect_document(&self, text: &str) -> Lang {
        let mut end = text.len().min(DOCUMENT_SAMPLE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let sample = &text[..end];
        let votes = self.votes(sample);
        // French, German and English news is about a quarter function words of our
        // lists; far fewer means another language (Spanish, Italian, Dutch...), which
        // character trigrams over all languages then name: such a document is `und`.
        let words = sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count();
        let top = votes.iter().copied().max().unwrap_or(0) as usize;
        if words >= MIN_FOREIGN_WORDS && top * 100 < words * FOREIGN_DENSITY_PERCENT && is_other_language(sample) {
            return Lang::Und;
        }
        if let Some(l) = LangId::decide(votes, MIN_DOCUMENT_VOTES) {
            return l;
        }
        if sample.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return Lang::Und;
        }
        trigram_language(sample).map_or(Lang::Und, |(l, _)| l)
    }

    /// The language of one sentence: clear function-word evidence, else character
    /// trigrams when the sentence is long and whatlang is confident, else `fallback`
    /// (the document's language).
    pub fn detect_sentence(&self, text: &str, fallback: Lang) -> Lang {
        // In a document of another language, a sentence is `und` unless it is clearly
        // French, German or English.
        if fallback == Lang::Und && is_other_language(text) {
            return Lang::Und;
        }
        if let Some(l) = LangId::decide(self.votes(text), MIN_SENTENCE_VOTES) {
            return l;
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if letters < MIN_TRIGRAM_LETTERS {
            return fallback;
        }
        match trigram_language(text) {
            Some((l, reliable)) if reliable || fallback == Lang::Und => l,
            _ => fallback,
        }
    }
}

/// Whether whatlang, free to choose any language, names one veille has no data for.
fn is_other_language(text: &str) -> bool {
    whatlang::detect(text).is_some_and(|info| {
        !matches!(info.lang(), whatlang::Lang::Fra | whatlang::Lang::Deu | whatlang::Lang::Eng)
    })
}

/// whatlang's guess among the known languages, and whether it is reliable.
fn trigram_language(text: &str) -> Option<(Lang, bool)> {
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Deu, whatlang::Lang::Eng]);
    let info = detector.detect(text)?;
    let lang = match info.lang() {
        whatlang::Lang::Fra => Lang::Fr,
        whatlang::Lang::Deu => Lang::De,
        whatlang::Lang::Eng => Lang::En,
        _ => return None,
    };
    Some((lang, info.is_reliable()))
}
