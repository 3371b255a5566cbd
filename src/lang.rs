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
//!
//! Markup and addresses are not language: HTML or XML tags, character references and
//! URLs ([`markup_ranges`]) are blanked out before either source looks at a text, so that
//! a French sentence followed by a page's tags is still French.

use foldhash::{HashMap, HashMapExt};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// A language veille has data for, or `Und` (undetermined).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub enum Lang {
    /// French.
    Fr,
    /// German.
    De,
    /// English.
    En,
    /// Undetermined, or a language without data.
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
    /// The words of at most 8 bytes again, keyed by their bytes as a number ([`pack`]).
    short: PackedTable,
    /// Length in bytes of the longest function word: longer words are not looked up.
    max_len: usize,
}

/// The bytes of a word of at most 8 bytes as a number (zero-padded: a word has no NUL).
fn pack(word: &str) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Some(u64::from_le_bytes(bytes))
}

/// An open-addressing table from packed words (never 0) to bit sets of languages: a
/// multiplication and a comparison or two per look-up.
#[derive(Clone, Debug, Default)]
struct PackedTable {
    /// `(packed word, languages)`, `(0, 0)` for an empty slot. Slot 0 stays empty (see
    /// [`PackedTable::get`]); slots 1 to a power of two are at most a quarter full.
    slots: Vec<(u64, u8)>,
    /// 64 minus the number of bits of a home slot number.
    shift: u32,
}

impl PackedTable {
    fn new(entries: &[(u64, u8)]) -> PackedTable {
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut table =
            PackedTable { slots: vec![(0, 0); size + 1], shift: 64 - size.trailing_zeros() };
        for &(key, mask) in entries.iter().filter(|(key, _)| *key != 0) {
            let mut i = table.home(key);
            while table.slots.get(i).is_some_and(|slot| slot.0 != 0) {
                i = table.next(i);
            }
            if let Some(slot) = table.slots.get_mut(i) {
                *slot = (key, mask);
            }
        }
        table
    }

    fn home(&self, key: u64) -> usize {
        1 + (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    fn next(&self, i: usize) -> usize {
        if i + 1 < self.slots.len() {
            i + 1
        } else {
            1
        }
    }

    /// The languages of `key` (`0` for none), or `0` straight away when `!valid`: the
    /// empty slot 0 is read then, so that the common cases take the same branches.
    #[inline]
    fn get(&self, key: u64, valid: bool) -> u8 {
        let mut i = if valid { self.home(key) } else { 0 };
        loop {
            let Some(&(k, mask)) = self.slots.get(i) else { return 0 };
            let found = if k == key { mask } else { 0 };
            if k == key || k == 0 {
                return found;
            }
            i = self.next(i);
        }
    }
}

/// The end of the run of ASCII lower-case letters that starts at `i`, eight bytes at a time.
fn lower_run(bytes: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(eight) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        // Per byte below 0x80, the high bit of `x + 0x1f` says `x >= b'a'` and that of
        // `x + 0x05` says `x > b'z'`; neither sum carries into the next byte. A byte from
        // 0x80 up is flagged by its own high bit, and only later bytes may be wrong.
        let at_least_a = x.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
        let beyond_z = x.wrapping_add(0x0505_0505_0505_0505);
        let not_lower = (x | !at_least_a | beyond_z) & HIGH;
        if not_lower != 0 {
            return i + (not_lower.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
        i += 1;
    }
    i
}

/// The length of a UTF-8 sequence from its first byte.
fn utf8_len(first: u8) -> usize {
    match first {
        0..=0xbf => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Only words of at most this many bytes are looked up among the function words.
const MAX_WORD_BYTES: usize = 12;

/// What one pass over a text finds: function-word votes, words and letters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Scan {
    /// Function-word votes per known language.
    votes: [u32; 3],
    /// Runs of alphabetic characters.
    words: usize,
    /// Alphabetic characters.
    letters: usize,
}

/// One word found by [`LangId::scan`]: `text[start..end]`, whether it has an upper-case
/// letter, a character beyond ASCII, and one beyond ASCII and Latin-1 letters.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    upper: bool,
    wide: bool,
    other: bool,
}

/// ASCII letters by case, for the byte loop of [`LangId::scan`].
const LOWER: u8 = 1;
const UPPER: u8 = 2;
/// The first byte of a longer character.
const WIDE: u8 = 3;
const ASCII_CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = match i as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => 0,
        };
        i += 1;
    }
    t
};

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
        let max_len = words.keys().map(String::len).max().unwrap_or(0);
        let short: Vec<(u64, u8)> = words
            .iter()
            .filter(|(w, _)| !w.contains('\0'))
            .filter_map(|(w, &mask)| Some((pack(w)?, mask)))
            .collect();
        let short = PackedTable::new(&short);
        LangId { words, short, max_len }
    }

    /// One pass over `text`: words are the runs of alphabetic characters; each of at
    /// most [`MAX_WORD_BYTES`] bytes, lower-cased when it has an upper-case letter, that
    /// is a function word votes for its languages.
    fn scan(&self, text: &str) -> Scan {
        self.scan_with(text, |_, _, _| {})
    }

    /// [`LangId::scan`], also handing each word to `on_word` as its start, its end and
    /// the [`Scan`] so far (this word included).
    #[inline(always)]
    fn scan_with(&self, text: &str, mut on_word: impl FnMut(usize, usize, &Scan)) -> Scan {
        let bytes = text.as_bytes();
        let mut scan = Scan::default();
        let mut i = 0;
        while let Some(&first) = bytes.get(i) {
            // A word: a run of letters, noting whether one is upper case or beyond ASCII.
            let start = i;
            // `other`: a character beyond ASCII and Latin-1 letters, whose lower case may
            // differ in length.
            let (mut upper, mut wide, mut other) = (false, false, false);
            while let Some(&b) = bytes.get(i) {
                let class = ASCII_CLASS[usize::from(b)];
                if class == LOWER || class == UPPER {
                    upper |= class == UPPER;
                    let run = i;
                    i = lower_run(bytes, i + 1);
                    scan.letters += i - run;
                } else if class == WIDE {
                    let (alphabetic, is_upper) = match text.get(i..).and_then(|r| r.chars().next())
                    {
                        // Latin-1 letters (`À` to `Þ` upper case, `ß` to `ÿ` lower case).
                        Some(c @ 'À'..='ÿ') if c != '×' && c != '÷' => (true, c <= 'Þ'),
                        Some(c) => {
                            other = true;
                            (c.is_alphabetic(), c.is_uppercase())
                        }
                        None => (false, false),
                    };
                    if !alphabetic {
                        break;
                    }
                    scan.letters += 1;
                    upper |= is_upper;
                    wide = true;
                    i += utf8_len(b);
                } else {
                    break;
                }
            }
            if i > start {
                self.vote(text, Word { start, end: i, upper, wide, other }, &mut scan);
                on_word(start, i, &scan);
            } else {
                i += utf8_len(first); // not a letter
            }
        }
        scan
    }

    /// Counts one word and adds its votes.
    #[inline]
    fn vote(&self, text: &str, Word { start, end, upper, wide, other }: Word, scan: &mut Scan) {
        scan.words += 1;
        let len = end - start;
        let word = || text.get(start..end).unwrap_or_default();
        let mask = if upper && wide {
            // ASCII and Latin-1 letters keep their length in lower case.
            if len > MAX_WORD_BYTES || (!other && len > self.max_len) {
                return;
            }
            self.get_word(word(), upper).copied().unwrap_or(0)
        } else {
            // The word as it is, or, when it is all ASCII letters, lower-cased by setting
            // bit 5 of every byte: its length stays, and up to 8 bytes make a number. The
            // look-up always happens, with `fits` false for a word too long to match.
            let low = u64::MAX >> (64 - 8 * len.clamp(1, 8));
            let key = match text.as_bytes().get(start..start + 8) {
                Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()) & low,
                None => word().bytes().rev().fold(0, |k, b| k << 8 | u64::from(b)),
            };
            let key = if upper { key | (0x2020_2020_2020_2020 & low) } else { key };
            let fits = len <= self.max_len.min(8);
            let mut mask = self.short.get(key, fits);
            if self.max_len > 8 && len > 8 && len <= self.max_len.min(MAX_WORD_BYTES) {
                mask = self.get_word(word(), upper).copied().unwrap_or(0);
            }
            mask
        };
        for (i, v) in scan.votes.iter_mut().enumerate() {
            *v += u32::from(mask >> i & 1);
        }
    }

    /// The languages of a word, lower-cased first when it has an upper-case letter.
    fn get_word(&self, word: &str, upper: bool) -> Option<&u8> {
        if !upper {
            return self.words.get(word);
        }
        // At most 12 characters, each lower-cased to at most 3 characters of 4 bytes.
        let mut buf = [0u8; MAX_WORD_BYTES * 12];
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let room = buf.get_mut(len..len + 4)?;
            len += c.encode_utf8(room).len();
        }
        self.words.get(std::str::from_utf8(&buf[..len]).unwrap_or_default())
    }

    /// The language the votes clearly favour: at least `min` votes and twice the runner-up.
    fn decide(votes: [u32; 3], min: u32) -> Option<Lang> {
        let (best, &top) =
            votes.iter().enumerate().max_by_key(|(i, v)| (**v, std::cmp::Reverse(*i)))?;
        let second = votes
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != best)
            .map(|(_, v)| *v)
            .max()
            .unwrap_or(0);
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
        self.scan_document(text).lang
    }

    /// The language of a whole document, as [`LangId::detect_document`], together with
    /// what [`LangId::detect_sentence_in`] needs to judge the sentences of the sampled
    /// part of the document without scanning them again.
    pub fn scan_document(&self, text: &str) -> DocumentScan {
        let mut end = text.len().min(DOCUMENT_SAMPLE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Blanked markup keeps its length: offsets into the sample stay offsets into `text`.
        let sample = without_markup(&text[..end]);
        let sample = sample.as_ref();
        let mut marks = Vec::with_capacity(sample.len() / 5 + 1);
        marks.push(Mark::default());
        // The sample is at most `DOCUMENT_SAMPLE` bytes: offsets and counts fit in `u32`.
        let scan = self.scan_with(sample, |start, end, scan| {
            marks.push(Mark {
                start: start as u32,
                end: end as u32,
                votes: scan.votes,
                letters: scan.letters as u32,
            })
        });
        let lang = self.document_language(sample, scan);
        DocumentScan { lang, sample_len: end, marks }
    }

    /// The language of a document from its sample and the scan of the sample.
    fn document_language(&self, sample: &str, scan: Scan) -> Lang {
        let Scan { votes, words, letters } = scan;
        // French, German and English news is about a quarter function words of our
        // lists; far fewer means another language (Spanish, Italian, Dutch...), which
        // character trigrams over all languages then name: such a document is `und`.
        let top = votes.iter().copied().max().unwrap_or(0) as usize;
        if words >= MIN_FOREIGN_WORDS
            && top * 100 < words * FOREIGN_DENSITY_PERCENT
            && is_other_language(sample)
        {
            return Lang::Und;
        }
        if let Some(l) = LangId::decide(votes, MIN_DOCUMENT_VOTES) {
            return l;
        }
        if letters < 3 {
            return Lang::Und;
        }
        trigram_language(sample).map_or(Lang::Und, |(l, _)| l)
    }

    /// The language of one sentence: clear function-word evidence, else character
    /// trigrams when the sentence is long and whatlang is confident, else `fallback`
    /// (the document's language).
    pub fn detect_sentence(&self, text: &str, fallback: Lang) -> Lang {
        let text = without_markup(text);
        self.judge_sentence(&text, fallback, || self.scan(&text))
    }

    /// The language of one sentence of a document, as [`LangId::detect_sentence`] gives
    /// it: `text` must be `document[start..start + text.len()]`, where `document` is the
    /// text `doc` was made from by [`LangId::scan_document`]. A sentence inside the sample
    /// of the document is judged from the words found there, unless a word of the sample
    /// crosses one of its ends; any other sentence is scanned.
    pub fn detect_sentence_in(
        &self,
        doc: &DocumentScan,
        text: &str,
        start: usize,
        fallback: Lang,
    ) -> Lang {
        let clean = without_markup(text);
        self.judge_sentence(&clean, fallback, || {
            doc.sentence_scan(start, start.saturating_add(text.len()))
                .unwrap_or_else(|| self.scan(&clean))
        })
    }

    /// The language of one sentence, from its text and (when needed) its [`Scan`].
    fn judge_sentence(&self, text: &str, fallback: Lang, scan: impl FnOnce() -> Scan) -> Lang {
        // In a document of another language, a sentence is `und` unless it is clearly
        // French, German or English.
        if fallback == Lang::Und && is_other_language(text) {
            return Lang::Und;
        }
        let scan = scan();
        if let Some(l) = LangId::decide(scan.votes, MIN_SENTENCE_VOTES) {
            return l;
        }
        if scan.letters < MIN_TRIGRAM_LETTERS {
            return fallback;
        }
        match trigram_language(text) {
            Some((l, reliable)) if reliable || fallback == Lang::Und => l,
            _ => fallback,
        }
    }
}

/// What [`LangId::scan_document`] found in the sample of a document (its first
/// `DOCUMENT_SAMPLE` bytes): the document's language, and every word of the sample with
/// the scan up to it, so that the scan of a stretch of the sample is a difference.
#[derive(Clone, Debug, Default)]
pub struct DocumentScan {
    lang: Lang,
    /// Length in bytes of the sample.
    sample_len: usize,
    /// An empty mark, then one per word of the sample, in order.
    marks: Vec<Mark>,
}

/// One word of a document sample, with the votes and letters of the sample up to its end.
#[derive(Clone, Copy, Debug, Default)]
struct Mark {
    start: u32,
    end: u32,
    votes: [u32; 3],
    letters: u32,
}

impl DocumentScan {
    /// The language of the document.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The [`Scan`] of `document[start..end]`, when it lies in the sample and no word of
    /// the sample crosses `start` or `end`: then its words are exactly the words of the
    /// sample between `start` and `end`.
    fn sentence_scan(&self, start: usize, end: usize) -> Option<Scan> {
        if start > end || end > self.sample_len {
            return None;
        }
        let words = self.marks.get(1..)?;
        // The words ending after `start` (resp. `end`) begin at `first` (resp. `last`).
        let first = words.partition_point(|m| m.end as usize <= start);
        let last = first + words.get(first..)?.partition_point(|m| m.end as usize <= end);
        let crosses = |i: usize, at: usize| words.get(i).is_some_and(|m| (m.start as usize) < at);
        if crosses(first, start) || crosses(last, end) {
            return None;
        }
        // `marks[i]` is the scan up to the end of `words[i - 1]`.
        let (before, upto) = (self.marks.get(first)?, self.marks.get(last)?);
        Some(Scan {
            votes: [0, 1, 2].map(|i| upto.votes[i].saturating_sub(before.votes[i])),
            words: last - first,
            letters: upto.letters.saturating_sub(before.letters) as usize,
        })
    }
}

/// Whether whatlang, free to choose any language, names one veille has no data for.
fn is_other_language(text: &str) -> bool {
    whatlang::detect(text).is_some_and(|info| {
        !matches!(info.lang(), whatlang::Lang::Fra | whatlang::Lang::Deu | whatlang::Lang::Eng)
    })
}

/// Longest tag [`markup_ranges`] takes (`<a href="…" …>`): a longer stretch between
/// `<` and `>` is text.
const MAX_TAG: usize = 2048;

/// The byte ranges of `text` that are markup or addresses rather than prose: HTML or
/// XML tags and comments (`<a href="…">`, `</div>`, `<!-- … -->`), character references
/// (`&amp;`, `&#233;`) and URLs (`https://…`, `www.…`, up to a space, quote or angle
/// bracket, trailing punctuation left out). Every range starts and ends at an ASCII
/// byte (or the end of `text`), so blanking one keeps the text valid UTF-8.
///
/// ```
/// let text = "Nvidia investit.<a href=\"https://x.fr\">lien</a> Voir www.x.fr.";
/// let parts: Vec<&str> = veille::lang::markup_ranges(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(parts, ["<a href=\"https://x.fr\">", "</a>", "www.x.fr"]);
/// ```
pub fn markup_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let end = match b[i] {
            b'<' => tag_end(b, i),
            b'&' => reference_end(b, i),
            b'h' | b'H' | b'w' | b'W' if i == 0 || !b[i - 1].is_ascii_alphanumeric() => {
                url_end(b, i)
            }
            _ => None,
        };
        match end {
            Some(end) => {
                out.push(i..end);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The end of the tag or comment that opens at `b[i] == b'<'`, if one does.
fn tag_end(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i + 1..)?;
    if rest.starts_with(b"!--") {
        let close = rest.windows(3).position(|w| w == b"-->")?;
        return Some(i + 1 + close + 3);
    }
    let first = *rest.first()?;
    if !(first.is_ascii_alphabetic() || matches!(first, b'/' | b'!' | b'?')) {
        return None;
    }
    let window = &rest[..rest.len().min(MAX_TAG)];
    let close = window.iter().position(|&c| c == b'>' || c == b'<')?;
    (window[close] == b'>').then_some(i + 1 + close + 1)
}

/// The end of the character reference that opens at `b[i] == b'&'`, if one does.
fn reference_end(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i + 1..)?;
    let (body, ok): (&[u8], fn(&u8) -> bool) = match rest {
        [b'#', b'x' | b'X', body @ ..] => (body, u8::is_ascii_hexdigit),
        [b'#', body @ ..] => (body, u8::is_ascii_digit),
        body => (body, u8::is_ascii_alphabetic),
    };
    let n = body.iter().take(32).take_while(|c| ok(c)).count();
    let prefix = rest.len() - body.len();
    (n >= 2 && body.get(n) == Some(&b';')).then_some(i + 1 + prefix + n + 1)
}

/// The end of the URL that starts at `i` (`http://`, `https://` or `www.`), if one does.
fn url_end(b: &[u8], i: usize) -> Option<usize> {
    let rest = &b[i..];
    let scheme = [&b"https://"[..], b"http://", b"www."]
        .into_iter()
        .find(|s| rest.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s)))?;
    let len = rest
        .iter()
        .position(|&c| c.is_ascii_whitespace() || matches!(c, b'<' | b'>' | b'"' | b'\''))
        .unwrap_or(rest.len());
    let url = &rest[..len];
    let trimmed = url.len()
        - url
            .iter()
            .rev()
            .take_while(|c| matches!(c, b'.' | b',' | b';' | b':' | b'!' | b'?' | b')'))
            .count();
    (trimmed > scheme.len()).then_some(i + trimmed)
}

/// `text` with its [`markup_ranges`] blanked out with spaces (same length), or `text`
/// itself when it has none.
pub fn without_markup(text: &str) -> std::borrow::Cow<'_, str> {
    let ranges = markup_ranges(text);
    if ranges.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        bytes[r].fill(b' ');
    }
    match String::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Owned(s),
        Err(_) => std::borrow::Cow::Borrowed(text),
    }
}

/// whatlang's guess among the known languages, and whether it is reliable.
fn trigram_language(text: &str) -> Option<(Lang, bool)> {
    static DETECTOR: LazyLock<whatlang::Detector> = LazyLock::new(|| {
        whatlang::Detector::with_allowlist(vec![
            whatlang::Lang::Fra,
            whatlang::Lang::Deu,
            whatlang::Lang::Eng,
        ])
    });
    let info = DETECTOR.detect(text)?;
    let lang = match info.lang() {
        whatlang::Lang::Fra => Lang::Fr,
        whatlang::Lang::Deu => Lang::De,
        whatlang::Lang::Eng => Lang::En,
        _ => return None,
    };
    Some((lang, info.is_reliable()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The straightforward definition of [`LangId::scan`].
    fn reference(id: &LangId, text: &str) -> Scan {
        let mut votes = [0; 3];
        for word in
            text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 12)
        {
            let key: String = if word.chars().any(char::is_uppercase) {
                word.chars().flat_map(char::to_lowercase).collect()
            } else {
                word.to_string()
            };
            if let Some(&mask) = id.words.get(key.as_str()) {
                for (i, v) in votes.iter_mut().enumerate() {
                    if mask & (1 << i) != 0 {
                        *v += 1;
                    }
                }
            }
        }
        Scan {
            votes,
            words: text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count(),
            letters: text.chars().filter(|c| c.is_alphabetic()).count(),
        }
    }

    fn model() -> LangId {
        let fr: Vec<String> = ["le", "la", "été", "à", "où", "être"].map(String::from).to_vec();
        let de: Vec<String> =
            ["der", "die", "über", "für", "daß", "ist", "überhaupt"].map(String::from).to_vec();
        let en: Vec<String> =
            ["the", "of", "is", "i̇s", "nevertheless", "whatsoever"].map(String::from).to_vec();
        LangId::new([(Lang::Fr, &fr[..]), (Lang::De, &de[..]), (Lang::En, &en[..])])
    }

    #[test]
    fn scan_counts_words_letters_and_votes() {
        let id = model();
        for text in [
            "",
            "Le chat et la souris.",
            "LE CHAT, ÉTÉ À OÙ ÊTRE",
            "Über die Brücke für DER Welt. DAß ist ÜBER.",
            "The cat IS on the mat; İS THE\u{130}S",
            "Unterhaltungselektronik Über-Die l'été d’été 3D x2 ǅla",
            "ΣΑΣ σας 😀 der\u{a0}die\u{202f}das — «le»",
            "ab\u{301}c ﬁ ß ẞ K",
        ] {
            assert_eq!(id.scan(text), reference(&id, text), "{text:?}");
        }
    }

    #[test]
    fn scan_matches_the_definition_on_random_texts() {
        let id = model();
        let alphabet = [
            "le",
            "LA",
            "Été",
            "à",
            "Où",
            "der",
            "DIE",
            "über",
            "ÜBER",
            "The",
            "of",
            "İ",
            "s",
            " ",
            ".",
            "'",
            "’",
            "-",
            "1",
            "é",
            "É",
            "ß",
            "ẞ",
            "Σ",
            "ǅ",
            "×",
            "÷",
            "LEUTE",
            "Nevertheless",
            "whatsoever",
            "ÜBERHAUPT",
            "überhaupt",
            "\u{301}",
            "😀",
            "\u{a0}",
            "x",
            "Q",
            "ﬁ",
            "K",
        ];
        let mut seed: u64 = 11;
        for _ in 0..50_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 60) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            assert_eq!(id.scan(&text), reference(&id, &text), "{text:?}");
        }
    }

    /// Checks [`DocumentScan::sentence_scan`] against a scan of the text for the spans
    /// from every char boundary in `starts` to every one in `ends`; returns how many
    /// spans were answered from the document scan.
    fn check_ranges(id: &LangId, text: &str, starts: &[usize], ends: &[usize]) -> usize {
        let doc = id.scan_document(text);
        assert_eq!(doc.lang, id.detect_document(text));
        let mut answered = 0;
        for &s in starts {
            for &e in ends.iter().filter(|&&e| e >= s) {
                if let Some(scan) = doc.sentence_scan(s, e) {
                    assert_eq!(scan, id.scan(&text[s..e]), "{:?} in {text:?}", &text[s..e]);
                    answered += 1;
                }
                assert_eq!(
                    id.detect_sentence_in(&doc, &text[s..e], s, Lang::En),
                    id.detect_sentence(&text[s..e], Lang::En)
                );
            }
        }
        answered
    }

    #[test]
    fn range_scans_match_scans_on_random_texts() {
        let id = model();
        let alphabet = [
            "le",
            "LA",
            "Été",
            "à",
            "Où",
            "der",
            "DIE",
            "über",
            "The",
            "of",
            "İ",
            "s",
            " ",
            " ",
            ". ",
            "'",
            "’",
            "-",
            "1",
            "é",
            "ß",
            "ẞ",
            "Σ",
            "ǅ",
            "×",
            "Nevertheless",
            "ÜBERHAUPT",
            "\u{301}",
            "😀",
            "\u{a0}",
            "x",
            "ﬁ",
            "\n",
        ];
        let mut seed: u64 = 7;
        let mut answered = 0;
        for _ in 0..3_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 59) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let bounds: Vec<usize> =
                (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            answered += check_ranges(&id, &text, &bounds, &bounds);
        }
        assert!(answered > 100_000, "{answered}");
    }

    #[test]
    fn range_scans_match_scans_on_the_bundled_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let res = crate::resources::Resources::load(&root.join("gazetteers")).expect("gazetteers");
        let id = &res.langid;
        let mut files = Vec::new();
        for dir in std::fs::read_dir(root.join("corpus")).expect("corpus").flatten() {
            files.extend(
                std::fs::read_dir(dir.path()).expect("corpus dir").flatten().map(|f| f.path()),
            );
        }
        let (mut sentences, mut answered) = (0, 0);
        for path in files {
            for doc in crate::ingest::read_file(&root.join("corpus"), &path).0 {
                let body = doc.body.slice(&doc.text);
                // A long document: the sample ends inside it; sentences beyond are scanned.
                let long = body.repeat(DOCUMENT_SAMPLE / body.len().max(1) + 2);
                for text in [body, &long[..]] {
                    let scan = id.scan_document(text);
                    let spans = crate::segment::segment(
                        text,
                        crate::span::Span::new(0, text.len()),
                        res.segment_rules(scan.lang),
                    );
                    for span in spans {
                        let sentence = span.slice(text);
                        sentences += usize::from(span.end <= scan.sample_len);
                        if let Some(got) = scan.sentence_scan(span.start, span.end) {
                            assert_eq!(got, id.scan(sentence), "{sentence:?}");
                            answered += 1;
                        }
                        for fallback in [scan.lang, Lang::Und] {
                            assert_eq!(
                                id.detect_sentence_in(&scan, sentence, span.start, fallback),
                                id.detect_sentence(sentence, fallback),
                                "{sentence:?}"
                            );
                        }
                    }
                    // Every span between two spaces or sentence ends, in a part of the text.
                    let cuts: Vec<usize> = (0..text.len().min(DOCUMENT_SAMPLE + 200))
                        .filter(|&i| {
                            text.is_char_boundary(i)
                                && (i % 97 == 0 || text[i..].starts_with([' ', '.', '\n']))
                        })
                        .step_by(7)
                        .collect();
                    check_ranges_scan(id, &scan, text, &cuts);
                }
            }
        }
        // Nearly every sentence of a sample is answered from the document scan.
        assert!(sentences > 1_000 && answered * 10 > sentences * 9, "{answered} of {sentences}");
    }

    /// The spans between any two of `cuts`, answered from `doc`, match a scan of the text.
    fn check_ranges_scan(id: &LangId, doc: &DocumentScan, text: &str, cuts: &[usize]) {
        for (i, &s) in cuts.iter().enumerate() {
            for &e in cuts.get(i..).unwrap_or_default().iter().take(40) {
                if let Some(scan) = doc.sentence_scan(s, e) {
                    assert_eq!(scan, id.scan(&text[s..e]), "{:?}", &text[s..e]);
                }
            }
        }
    }

    #[test]
    fn lower_runs() {
        for text in [
            "",
            "a",
            "abcdefghijklmnopqrstuvwxyz",
            "abcdefgh",
            "abcdefghi",
            "abc`{z",
            "abcdefgh@ijk",
            "é",
            "ab\u{e9}cdefghij",
            "zzzzzzzzzzzzzzzA",
            "a\x7fb",
        ] {
            let bytes = text.as_bytes();
            for i in 0..=bytes.len() {
                let expected = i + bytes[i..].iter().take_while(|b| b.is_ascii_lowercase()).count();
                assert_eq!(lower_run(bytes, i), expected, "{text:?} {i}");
            }
        }
        for b in 0..=255u8 {
            let mut bytes = [b'a'; 20];
            bytes[3] = b;
            let expected = if b.is_ascii_lowercase() { 20 } else { 3 };
            assert_eq!(lower_run(&bytes, 0), expected, "{b:#x}");
        }
    }

    #[test]
    fn documents_and_sentences() {
        let id = model();
        assert_eq!(
            id.detect_sentence("Le chat est sur la table de la cuisine.", Lang::De),
            Lang::Fr
        );
        assert_eq!(id.detect_sentence("Die Katze ist über der Mauer.", Lang::Fr), Lang::De);
        assert_eq!(id.detect_sentence("Nvidia.", Lang::En), Lang::En);
    }
}
