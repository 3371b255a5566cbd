//! Word tokens with byte spans, normalized forms and Snowball stems.
//!
//! The tokenizer is a single pass over a sentence's bytes. It keeps together what a
//! reader sees as one word or one number:
//! - hyphenated compounds (`Telekom-Chef`), whose parts stay reachable with [`Token::parts`];
//! - numbers with separators (`18.000`, `1,25`, `1'200`, `500 000` with a normal,
//!   no-break or narrow no-break space between groups of three digits);
//! - domains (`lefigaro.fr`).
//!
//! French elisions (`l'`, `d'`, `jusqu'`, with `'` or `’`) and English clitics (`'s`)
//! become tokens of their own, driven by the per-language lists in
//! `gazetteers/lang/<lang>/elisions.txt` and `clitics.txt`.
//!
//! Each token carries its Unicode lower case (`lower`), a diacritics-folded variant
//! (`folded`) and, after [`Stemmer::stem_tokens`], a Snowball stem in the sentence's
//! language. All of them describe the token's own span, so normalization never loses
//! the way back to the original bytes.

use crate::lang::Lang;
use crate::span::Span;
use compact_str::CompactString;
use foldhash::HashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with digits, hyphens, apostrophes): `Nvidia`, `H100`, `Telekom-Chef`.
    Word,
    /// Digits with optional separators: `2025`, `18.000`, `1,25`, `500 000`.
    Number,
    /// A currency sign, `%`, `§`, `&`, `+` and other symbols.
    Symbol,
    /// Any other single punctuation character.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original document.
    pub span: Span,
    /// Word, number, punctuation or symbol.
    pub kind: TokenKind,
    /// NFC, Unicode lower case, typographic apostrophes as `'`.
    ///
    /// The three forms are [`CompactString`]s: a word of up to 24 bytes (nearly every
    /// word) is stored inline, so making a token allocates nothing.
    pub lower: CompactString,
    /// `lower` without diacritics, `ß` as `ss`, hyphen variants as `-`.
    pub folded: CompactString,
    /// Snowball stem of `lower` in the sentence's language (empty until stemmed;
    /// numbers and punctuation keep `lower`).
    pub stem: CompactString,
    /// A French elided word (`l'`, `d'`, `qu'`) or an English clitic (`'s`).
    pub clitic: bool,
}

impl Token {
    /// The original text of the token.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        self.span.slice(doc)
    }

    /// Spans of the parts of a hyphenated compound (`Telekom-Chef` → `Telekom`, `Chef`);
    /// a single part for other tokens.
    pub fn parts(&self, doc: &str) -> Vec<Span> {
        let text = self.text(doc);
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if is_hyphen(c) {
                if i > start {
                    parts.push(Span::new(self.span.start + start, self.span.start + i));
                }
                start = i + c.len_utf8();
            }
        }
        if start < text.len() {
            parts.push(Span::new(self.span.start + start, self.span.end));
        }
        parts
    }

    /// Whether the token is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the token is a number.
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// Whether the first character is an upper-case letter.
    pub fn is_capitalized(&self, doc: &str) -> bool {
        self.text(doc).chars().next().is_some_and(char::is_uppercase)
    }
}

/// Per-language token data: elided prefixes and clitic suffixes.
#[derive(Clone, Debug, Default)]
pub struct TokenRules {
    /// Lower-cased prefixes with `'` (`l'`, `jusqu'`).
    pub elisions: Vec<String>,
    /// Lower-cased suffixes with `'` (`'s`).
    pub clitics: Vec<String>,
}

/// Whether `c` is a hyphen (`-`, U+2010 or U+2011).
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether `c` is an apostrophe (`'`, U+2019 or U+02BC).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Spaces that may separate groups of three digits (`500 000`).
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// [`is_combining_mark`] without the table lookup below U+0300 (the first mark).
fn is_mark(c: char) -> bool {
    c >= '\u{300}' && is_combining_mark(c)
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric(); // no combining mark is ASCII
    }
    // Latin-1 and Latin Extended-A/B letters (`é`, `ß`, `ł`) without the table look-up:
    // every character from U+00C0 to U+024F is a letter but `×` and `÷`.
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        return c != '×' && c != '÷';
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '€' | '$'
            | '£'
            | '¥'
            | '₹'
            | '₩'
            | '₽'
            | '¢'
            | '%'
            | '‰'
            | '§'
            | '&'
            | '+'
            | '°'
            | '@'
            | '#'
    ) || matches!(c, '\u{20a0}'..='\u{20cf}')
}

/// Splits `doc[span]` into tokens. `rules` gives the elisions and clitics of the
/// sentence's language.
///
/// ```
/// use veille::span::Span;
/// use veille::tokenize::{tokenize, TokenRules};
/// let doc = "jusqu'à 18.000 puces";
/// let rules = TokenRules { elisions: vec!["jusqu'".into()], clitics: vec![] };
/// let toks: Vec<&str> = tokenize(doc, Span::new(0, doc.len()), &rules).iter().map(|t| t.text(doc)).collect();
/// assert_eq!(toks, ["jusqu'", "à", "18.000", "puces"]);
/// ```
pub fn tokenize(doc: &str, span: Span, rules: &TokenRules) -> Vec<Token> {
    let mut tokens = Vec::new();
    scan(doc, span, rules, &mut |span, kind, clitic| {
        tokens.push(make_token(doc, span, kind, clitic))
    });
    tokens
}

/// The tokenizer proper: calls `emit(span, kind, clitic)` for each token of `doc[span]`.
fn scan(doc: &str, span: Span, rules: &TokenRules, emit: &mut dyn FnMut(Span, TokenKind, bool)) {
    let text = &doc[span.start..span.end];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        // ASCII fast path: spaces, and punctuation that is neither a word nor a symbol.
        let b = bytes[i];
        if b.is_ascii() {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            if !b.is_ascii_alphanumeric() {
                let kind = if is_symbol(b as char) { TokenKind::Symbol } else { TokenKind::Punct };
                emit(Span::new(span.start + i, span.start + i + 1), kind, false);
                i += 1;
                continue;
            }
            let end = scan_word(text, i);
            push_word(doc, span.start + i, span.start + end, rules, emit);
            i = end;
            continue;
        }
        let c = text[i..].chars().next().expect("i is on a char boundary");
        if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) && !is_mark(c) {
            let end = scan_word(text, i);
            push_word(doc, span.start + i, span.start + end, rules, emit);
            i = end;
        } else {
            let end = i + c.len_utf8();
            let kind = if is_symbol(c) { TokenKind::Symbol } else { TokenKind::Punct };
            emit(Span::new(span.start + i, span.start + end), kind, false);
            i = end;
        }
    }
}

/// Returns the end of the word or number starting at `start`.
fn scan_word(text: &str, start: usize) -> usize {
    let mut j = start;
    let mut numeric = true; // only digits and number separators so far
    let mut group_len = 0; // digits since the last separator
    loop {
        // A run of word characters (an ASCII byte is looked at without decoding).
        loop {
            let c = match text.as_bytes().get(j) {
                None => break,
                Some(&b) if b.is_ascii() => char::from(b),
                Some(_) => text[j..].chars().next().expect("j is on a char boundary"),
            };
            if !is_word_char(c) {
                break;
            }
            if c.is_ascii_digit() {
                group_len += 1;
            } else if !is_mark(c) {
                numeric = false;
            }
            j += c.len_utf8();
        }
        // Most words end at a space or an ASCII mark that never joins: no decoding.
        match text.as_bytes().get(j) {
            None => break,
            Some(b' ') if !numeric => break,
            Some(&b) if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.' | b',' | b' ') => break,
            _ => {}
        }
        let mut rest = text[j..].chars();
        let Some(sep) = rest.next() else { break };
        let next = rest.next();
        let prev = text[..j].chars().next_back();
        let prev_digit = prev.is_some_and(|p| p.is_ascii_digit());
        let next_digit = next.is_some_and(|n| n.is_ascii_digit());
        let joins = if is_hyphen(sep) || is_apostrophe(sep) && !numeric {
            next.is_some_and(|n| is_word_char(n) && !is_combining_mark(n))
                && prev.is_some_and(is_word_char)
        } else if sep == '.' || sep == ',' || is_apostrophe(sep) {
            (numeric && prev_digit && next_digit)
                || (sep == '.'
                    && !numeric
                    && prev.is_some_and(char::is_lowercase)
                    && next.is_some_and(char::is_lowercase)
                    && is_domain_tail(&text[j + 1..]))
        } else if is_group_space(sep) {
            numeric
                && prev_digit
                && (1..=3).contains(&group_len)
                && three_digit_group_follows(&text[j + sep.len_utf8()..])
        } else {
            false
        };
        if !joins {
            break;
        }
        j += sep.len_utf8();
        group_len = 0;
        if is_hyphen(sep) {
            numeric = false;
        }
    }
    j
}

/// Whether `rest` starts with exactly three ASCII digits not followed by another digit or letter.
fn three_digit_group_follows(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && rest[3..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// Whether the letters after a dot look like a top-level domain (`fr`, `com`, `de`).
fn is_domain_tail(rest: &str) -> bool {
    let tail: String = rest.chars().take_while(|c| c.is_ascii_lowercase()).collect();
    (2..=4).contains(&tail.len())
        && rest[tail.len()..].chars().next().is_none_or(|c| !is_word_char(c))
}

fn push_word(
    doc: &str,
    mut start: usize,
    end: usize,
    rules: &TokenRules,
    emit: &mut dyn FnMut(Span, TokenKind, bool),
) {
    let text = &doc[start..end];
    let numeric = text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '.' | ',') || is_apostrophe(c) || is_group_space(c)
        });
    if numeric {
        emit(Span::new(start, end), TokenKind::Number, false);
        return;
    }
    // Every apostrophe is `'` or starts with byte 0xE2 (`’`) or 0xCA (`ʼ`): a word
    // without those bytes has neither elision nor clitic (most words).
    if !text.bytes().any(|b| matches!(b, b'\'' | 0xE2 | 0xCA)) {
        emit(Span::new(start, end), TokenKind::Word, false);
        return;
    }
    // Elisions, one after the other: `l'entreprise` → `l'` + `entreprise`,
    // `qu'l'` chains included (a loop, so no input can exhaust the stack).
    loop {
        let text = &doc[start..end];
        let Some((ap, apc)) = text.char_indices().find(|&(_, c)| is_apostrophe(c)) else { break };
        let prefix_end = ap + apc.len_utf8();
        let prefix = normalize_apostrophes(&text[..prefix_end].to_lowercase());
        if prefix_end < text.len() && rules.elisions.contains(&prefix) {
            emit(Span::new(start, start + prefix_end), TokenKind::Word, true);
            start += prefix_end;
        } else {
            break;
        }
    }
    let text = &doc[start..end];
    // Clitic: `Nvidia's` → `Nvidia` + `'s`.
    if let Some((ap, _)) = text.char_indices().rev().find(|&(_, c)| is_apostrophe(c)) {
        let suffix = normalize_apostrophes(&text[ap..].to_lowercase());
        if ap > 0 && rules.clitics.contains(&suffix) {
            emit(Span::new(start, start + ap), TokenKind::Word, false);
            emit(Span::new(start + ap, end), TokenKind::Word, true);
            return;
        }
    }
    emit(Span::new(start, end), TokenKind::Word, false);
}

fn normalize_apostrophes(s: &str) -> String {
    s.chars().map(|c| if is_apostrophe(c) { '\'' } else { c }).collect()
}

fn make_token(doc: &str, span: Span, kind: TokenKind, clitic: bool) -> Token {
    let text = span.slice(doc);
    let lower = lower_compact(text);
    let folded = fold_compact(&lower);
    let stem = if kind == TokenKind::Word { CompactString::default() } else { lower.clone() };
    Token { span, kind, lower, folded, stem, clitic }
}

/// NFC, lower case, apostrophes as `'`.
///
/// ```
/// assert_eq!(veille::tokenize::lower_form("L’E\u{301}TÉ"), "l'été");
/// ```
pub fn lower_form(text: &str) -> String {
    lower_compact(text).into_string()
}

/// [`lower_form`] as a [`CompactString`] (no allocation for up to 24 bytes).
pub fn lower_compact(text: &str) -> CompactString {
    if text.is_ascii() {
        let mut out = CompactString::from(text);
        out.make_ascii_lowercase();
        return out;
    }
    let apostrophe = |c: char| if is_apostrophe(c) { '\'' } else { c };
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        // Already NFC (almost all text): no need to run the composition.
        let mut out = CompactString::with_capacity(text.len());
        for c in text.chars() {
            out.extend(c.to_lowercase().map(apostrophe));
        }
        return out;
    }
    text.nfc().flat_map(char::to_lowercase).map(apostrophe).collect()
}

/// Diacritics removed, `ß` → `ss`, hyphen variants → `-`; expects a lower-case form.
///
/// ```
/// assert_eq!(veille::tokenize::fold_form("société‑générale straße"), "societe-generale strasse");
/// ```
pub fn fold_form(lower: &str) -> String {
    fold_compact(lower).into_string()
}

/// [`fold_form`] as a [`CompactString`] (no allocation for up to 24 bytes).
pub fn fold_compact(lower: &str) -> CompactString {
    if lower.is_ascii() {
        return CompactString::from(lower);
    }
    let mut out = CompactString::with_capacity(lower.len());
    for c in lower.nfd() {
        match c {
            c if is_combining_mark(c) => {}
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            c if is_hyphen(c) => out.push('-'),
            c => out.push(c),
        }
    }
    out
}

/// Snowball stemmers for the known languages, with caches so that each distinct word
/// is normalized and stemmed once per worker.
pub struct Stemmer {
    fr: rust_stemmers::Stemmer,
    de: rust_stemmers::Stemmer,
    en: rust_stemmers::Stemmer,
    /// Stems by language (index in [`Lang::KNOWN`]) and lower-case word.
    stems: [HashMap<CompactString, CompactString>; 3],
    /// The forms of a word token by language (index in [`Lang::KNOWN`], then one for
    /// every other language) and original text.
    forms: [HashMap<CompactString, Forms>; 4],
}

/// The normalized forms of one word.
#[derive(Clone, Debug)]
struct Forms {
    lower: CompactString,
    folded: CompactString,
    stem: CompactString,
}

/// Entries a cache may hold before it is emptied (bounds memory on endless vocabularies).
const CACHE_LIMIT: usize = 200_000;

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer::new()
    }
}

impl Stemmer {
    /// Stemmers for every language with data, with empty caches.
    pub fn new() -> Stemmer {
        use rust_stemmers::Algorithm;
        Stemmer {
            fr: rust_stemmers::Stemmer::create(Algorithm::French),
            de: rust_stemmers::Stemmer::create(Algorithm::German),
            en: rust_stemmers::Stemmer::create(Algorithm::English),
            stems: Default::default(),
            forms: Default::default(),
        }
    }

    /// The Snowball stem of a lower-case word in `lang` (the word itself for `und`).
    ///
    /// ```
    /// let mut s = veille::tokenize::Stemmer::new();
    /// assert_eq!(s.stem(veille::lang::Lang::Fr, "investissements"), s.stem(veille::lang::Lang::Fr, "investissement"));
    /// ```
    pub fn stem(&mut self, lang: Lang, lower: &str) -> CompactString {
        let Some(i) = Lang::KNOWN.iter().position(|&l| l == lang) else {
            return CompactString::from(lower);
        };
        if let Some(s) = self.stems[i].get(lower) {
            return s.clone();
        }
        let stem = CompactString::from(match lang {
            Lang::Fr => self.fr.stem(lower),
            Lang::De => self.de.stem(lower),
            _ => self.en.stem(lower),
        });
        if self.stems[i].len() > CACHE_LIMIT {
            self.stems[i].clear();
        }
        self.stems[i].insert(CompactString::from(lower), stem.clone());
        stem
    }

    /// Fills `stem` for every word token.
    pub fn stem_tokens(&mut self, lang: Lang, tokens: &mut [Token]) {
        for t in tokens.iter_mut().filter(|t| t.kind == TokenKind::Word) {
            t.stem = self.stem(lang, &t.lower);
        }
    }

    /// [`tokenize`] and [`Stemmer::stem_tokens`] in one pass, the forms of each distinct
    /// word computed once: the same tokens, faster.
    ///
    /// ```
    /// use veille::{lang::Lang, span::Span, tokenize::{tokenize, Stemmer, TokenRules}};
    /// let doc = "Les puces, les Puces et 18.000 puces";
    /// let rules = TokenRules::default();
    /// let mut stemmer = Stemmer::new();
    /// let mut expected = tokenize(doc, Span::new(0, doc.len()), &rules);
    /// stemmer.stem_tokens(Lang::Fr, &mut expected);
    /// assert_eq!(stemmer.tokenize(doc, Span::new(0, doc.len()), &rules, Lang::Fr), expected);
    /// ```
    pub fn tokenize(
        &mut self,
        doc: &str,
        span: Span,
        rules: &TokenRules,
        lang: Lang,
    ) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(span.len() / 5);
        let slot = Lang::KNOWN.iter().position(|&l| l == lang).unwrap_or(Lang::KNOWN.len());
        scan(doc, span, rules, &mut |span, kind, clitic| {
            if kind != TokenKind::Word {
                tokens.push(make_token(doc, span, kind, clitic));
                return;
            }
            let text = span.slice(doc);
            let forms = match self.forms[slot].get(text) {
                Some(forms) => forms.clone(),
                None => {
                    let lower = lower_compact(text);
                    let folded = fold_compact(&lower);
                    let stem = self.stem(lang, &lower);
                    let forms = Forms { lower, folded, stem };
                    if self.forms[slot].len() > CACHE_LIMIT {
                        self.forms[slot].clear();
                    }
                    self.forms[slot].insert(CompactString::from(text), forms.clone());
                    forms
                }
            };
            tokens.push(Token {
                span,
                kind,
                lower: forms.lower,
                folded: forms.folded,
                stem: forms.stem,
                clitic,
            });
        });
        tokens
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_unicode_tables() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_word_char(c), c.is_alphanumeric() || is_combining_mark(c), "U+{u:04X}");
            assert_eq!(is_mark(c), is_combining_mark(c), "U+{u:04X}");
        }
    }
}
