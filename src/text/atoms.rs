//! Atoms (the pieces of a sentence the amount rules read) and lexicons of
//! multi-atom entries matched on them.
//!
//! A token is not always the right unit for amounts: `500-Millionen-Dollar`,
//! `1-Mrd` and `5bn` are one token each but hold a number, a scale and a currency.
//! [`atomize`] splits hyphenated words into their parts (keeping the hyphen as an
//! atom of its own) and a leading number off a word (`5bn` → `5`, `bn`). Every atom
//! keeps its byte span in the original document.

use crate::span::Span;
use crate::tokenize::{fold_form, is_hyphen, lower_form, Token, TokenKind};
use std::borrow::Cow;

/// What an atom is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomKind {
    /// A word token, or a part of one between hyphens or after a leading number.
    Word,
    /// A number token (`18.000`, `1,25`), or the digits leading a word (`5` in `5bn`).
    Number,
    /// A symbol token: a currency sign, `%`, `&` and the like.
    Symbol,
    /// A hyphen (inside a compound or standing alone).
    Hyphen,
    /// Any other punctuation token.
    Punct,
}

/// One piece of a sentence; its key borrows from the token or the text when it can.
#[derive(Clone, Debug)]
pub struct Atom<'t> {
    /// Byte span in the original document.
    pub span: Span,
    /// Lower case, diacritics folded (`Fünf` → `funf`); numbers as written.
    pub key: Cow<'t, str>,
    /// What the atom is made of.
    pub kind: AtomKind,
    /// No space between this atom and the one before.
    pub glued: bool,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
}

impl Atom<'_> {
    /// The same atom with a key of its own.
    pub fn into_owned(self) -> Atom<'static> {
        Atom { key: Cow::Owned(self.key.into_owned()), ..self }
    }

    /// Whether the atom is a [`AtomKind::Word`].
    pub fn is_word(&self) -> bool {
        self.kind == AtomKind::Word
    }
}

fn make_atom(doc: &str, span: Span, kind: AtomKind) -> Atom<'_> {
    let text = span.slice(doc);
    // ASCII text without capitals is its own folded lower-case form.
    let key = if kind == AtomKind::Number
        || text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(fold_form(&lower_form(text)))
    };
    Atom {
        span,
        key,
        kind,
        glued: false,
        capitalized: text.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Length in bytes of the number at the start of `text` (digits with `.`, `,`, `'`
/// between digits), 0 when it does not start with a digit.
fn leading_number(text: &str) -> usize {
    let mut end = 0;
    let mut last_digit_end = 0;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            end = i + 1;
            last_digit_end = end;
        } else if (c == '.' || c == ',' || crate::tokenize::is_apostrophe(c)) && end == i && end > 0
        {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    last_digit_end
}

/// Splits the tokens of a sentence into atoms.
///
/// ```
/// use veille::text::atoms::atomize;
/// use veille::span::Span;
/// use veille::tokenize::{tokenize, TokenRules};
/// let doc = "Das 1-Mrd.-€-Projekt, $5bn";
/// let toks = tokenize(doc, Span::new(0, doc.len()), &TokenRules::default());
/// let keys: Vec<String> = atomize(doc, &toks).into_iter().map(|a| a.key.into_owned()).collect();
/// assert_eq!(keys, ["das", "1", "-", "mrd", ".", "-", "€", "-", "projekt", ",", "$", "5", "bn"]);
/// ```
pub fn atomize<'t>(doc: &'t str, tokens: &'t [Token]) -> Vec<Atom<'t>> {
    let mut atoms: Vec<Atom> = Vec::with_capacity(tokens.len() + 4);
    for tok in tokens {
        match tok.kind {
            TokenKind::Word if is_plain_word(doc, tok) => {
                // One atom, whose key is the token's folded form (`make_atom` would
                // compute the same from the same text).
                let text = tok.span.slice(doc);
                atoms.push(Atom {
                    span: tok.span,
                    key: Cow::Borrowed(&tok.folded[..]),
                    kind: AtomKind::Word,
                    glued: false,
                    capitalized: text.chars().next().is_some_and(char::is_uppercase),
                });
            }
            TokenKind::Word => {
                let mut prev_end: Option<usize> = None;
                for part in tok.parts(doc) {
                    if let Some(end) = prev_end {
                        // The hyphen(s) between two parts.
                        if part.start > end {
                            atoms.push(make_atom(
                                doc,
                                Span::new(end, part.start),
                                AtomKind::Hyphen,
                            ));
                        }
                    }
                    let text = part.slice(doc);
                    let n = leading_number(text);
                    if n > 0 && n < text.len() {
                        atoms.push(make_atom(
                            doc,
                            Span::new(part.start, part.start + n),
                            AtomKind::Number,
                        ));
                        atoms.push(make_atom(
                            doc,
                            Span::new(part.start + n, part.end),
                            AtomKind::Word,
                        ));
                    } else if n > 0 {
                        atoms.push(make_atom(doc, part, AtomKind::Number));
                    } else {
                        atoms.push(make_atom(doc, part, AtomKind::Word));
                    }
                    prev_end = Some(part.end);
                }
                if prev_end.is_none() {
                    atoms.push(make_atom(doc, tok.span, AtomKind::Word));
                }
            }
            TokenKind::Number => atoms.push(make_atom(doc, tok.span, AtomKind::Number)),
            TokenKind::Symbol => atoms.push(make_atom(doc, tok.span, AtomKind::Symbol)),
            TokenKind::Punct => {
                let kind = if tok.span.slice(doc).chars().all(is_hyphen) {
                    AtomKind::Hyphen
                } else {
                    AtomKind::Punct
                };
                atoms.push(make_atom(doc, tok.span, kind));
            }
        }
    }
    for i in 1..atoms.len() {
        atoms[i].glued = atoms[i - 1].span.end == atoms[i].span.start;
    }
    atoms
}

/// A word token that is one atom: not empty, no hyphen and no leading digit.
fn is_plain_word(doc: &str, tok: &Token) -> bool {
    let text = tok.span.slice(doc);
    !text.is_empty() && !text.starts_with(|c: char| c.is_ascii_digit()) && !may_hold_hyphen(text)
}

/// Whether `text` may hold a hyphen: `-` or the first byte of U+2010 and U+2011 first,
/// then the characters.
fn may_hold_hyphen(text: &str) -> bool {
    text.bytes().any(|b| b == b'-' || b == 0xE2) && text.contains(is_hyphen)
}

/// One atom of a lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
struct EntryAtom {
    key: String,
    /// Written without a space before it in the entry (`Mrd.`, `US$`): must be glued in the text too.
    glued: bool,
}

/// Multi-atom entries with a value, matched leftmost-longest on atoms.
///
/// Matching ignores case and diacritics; a hyphen between two entry atoms also
/// matches a space and the other way round (`US-Dollar`, `US Dollar`).
#[derive(Clone, Debug)]
pub struct Lexicon<T> {
    by_first: KeyMap<Vec<(Vec<EntryAtom>, T)>>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon { by_first: KeyMap::default() }
    }
}

impl<T> Lexicon<T> {
    /// Adds an entry given as the atoms of its written form (from [`atomize`]).
    /// Returns false when the same form is already there.
    pub fn insert(&mut self, atoms: &[Atom], value: T) -> bool {
        let mut entry: Vec<EntryAtom> = Vec::with_capacity(atoms.len());
        for (i, a) in atoms.iter().enumerate() {
            // A hyphen between two atoms is a flexible joint.
            if a.kind == AtomKind::Hyphen && i > 0 && i + 1 < atoms.len() {
                continue;
            }
            let glued = i > 0 && a.glued && atoms[i - 1].kind != AtomKind::Hyphen;
            entry.push(EntryAtom { key: a.key.to_string(), glued });
        }
        let Some(first) = entry.first() else { return false };
        let list = self.by_first.get_or_default(&first.key);
        if list.iter().any(|(e, _)| *e == entry) {
            return false;
        }
        list.push((entry, value));
        // Longest entries first.
        list.sort_by_key(|(e, _)| std::cmp::Reverse(e.len()));
        true
    }

    /// Whether the lexicon has no entry.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// The keys entries start with.
    pub fn first_keys(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// Whether some entry starts with an atom of this key (no entry can match at an
    /// atom with another key).
    pub fn starts_with(&self, key: &str) -> bool {
        self.by_first.contains_key(key)
    }

    /// The longest entry that starts at atom `i`: the end (exclusive atom index) and its value.
    pub fn longest(&self, atoms: &[Atom], i: usize) -> Option<(usize, &T)> {
        let first = atoms.get(i)?;
        let list = self.by_first.get(&first.key)?;
        list.iter().find_map(|(entry, value)| match_at(entry, atoms, i).map(|end| (end, value)))
    }

    /// Every entry that matches at atom `i`, longest first.
    pub fn all_at<'a>(
        &'a self,
        atoms: &'a [Atom],
        i: usize,
    ) -> impl Iterator<Item = (usize, &'a T)> + 'a {
        let list = atoms.get(i).and_then(|a| self.by_first.get(&a.key));
        list.into_iter()
            .flatten()
            .filter_map(move |(entry, value)| match_at(entry, atoms, i).map(|end| (end, value)))
    }
}

fn match_at(entry: &[EntryAtom], atoms: &[Atom], i: usize) -> Option<usize> {
    let mut pos = i;
    for (k, ea) in entry.iter().enumerate() {
        let mut a = atoms.get(pos)?;
        if k > 0 && a.kind == AtomKind::Hyphen && ea.key != a.key && a.glued {
            // A hyphen joint in the text between two entry atoms.
            pos += 1;
            a = atoms.get(pos)?;
            if !a.glued {
                return None;
            }
        } else if ea.glued && !a.glued {
            return None;
        }
        if a.key != ea.key {
            return None;
        }
        pos += 1;
    }
    Some(pos)
}

/// A map from keys (words) to values with a small bit filter in front of the hash map:
/// most words of running text are rejected by their first byte, last byte and length,
/// without hashing them.
#[derive(Clone, Debug)]
pub struct KeyMap<V> {
    map: foldhash::HashMap<String, V>,
    /// One bit per slot of [`slot`]; set when some key falls there.
    filter: Box<[u64; FILTER_WORDS]>,
}

/// The size of a [`KeyMap`] filter, in 64-bit words (4,096 bits).
const FILTER_WORDS: usize = 64;

/// The filter slot of a key: its first and last bytes and its length, mixed.
#[inline]
fn slot(key: &str) -> usize {
    let b = key.as_bytes();
    let first = b.first().map_or(0, |&x| u32::from(x));
    let last = b.last().map_or(0, |&x| u32::from(x));
    let len = (b.len() & 0xff) as u32;
    let shape = (first << 16 | last << 8 | len).wrapping_mul(0x9E37_79B1);
    // The top 12 bits: 0 to 4,095.
    (shape >> 20) as usize
}

impl<V> Default for KeyMap<V> {
    fn default() -> Self {
        KeyMap { map: foldhash::HashMap::default(), filter: Box::new([0; FILTER_WORDS]) }
    }
}

impl<V> KeyMap<V> {
    #[inline]
    fn may_contain(&self, key: &str) -> bool {
        let s = slot(key);
        self.filter.get(s >> 6).is_some_and(|w| w & (1 << (s & 63)) != 0)
    }

    /// Adds or replaces the value of a key; returns the old one.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        let s = slot(&key);
        if let Some(w) = self.filter.get_mut(s >> 6) {
            *w |= 1 << (s & 63);
        }
        self.map.insert(key, value)
    }

    /// The value of a key, inserted with `V::default()` when missing.
    pub fn get_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        if !self.map.contains_key(key) {
            self.insert(key.to_string(), V::default());
        }
        self.map.entry(key.to_string()).or_default()
    }

    /// The value of a key.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&V> {
        if self.may_contain(key) {
            self.map.get(key)
        } else {
            None
        }
    }

    /// Whether the key is in the map.
    #[inline]
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }

    /// The keys and their values, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.map.iter()
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the map has no key.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A set of keys, with the filter of [`KeyMap`].
#[derive(Clone, Debug, Default)]
pub struct KeySet(KeyMap<()>);

impl KeySet {
    /// Adds a key; false when it was there already.
    pub fn insert(&mut self, key: String) -> bool {
        self.0.insert(key, ()).is_none()
    }

    /// Whether the key is in the set.
    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// The keys, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.keys()
    }

    /// Whether the set has no key.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<S: Into<String>> FromIterator<S> for KeySet {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut k = KeySet::default();
        k.extend(iter);
        k
    }
}

impl<S: Into<String>> Extend<S> for KeySet {
    fn extend<I: IntoIterator<Item = S>>(&mut self, iter: I) {
        for key in iter {
            self.insert(key.into());
        }
    }
}

/// One fast pass over the bytes of a sentence for the prefilters: `None` when they hold
/// an ASCII digit, else whether they may hold a hyphen (`-`, or the lead byte 0xE2 of
/// U+2010 and U+2011). A text without a digit has no number token, and the lower-case
/// and folded forms of its words have no digit either.
pub fn digitless(bytes: &[u8]) -> Option<bool> {
    let mut hyphen = false;
    for chunk in bytes.chunks(32) {
        let mut digit = false;
        for &b in chunk {
            digit |= b.wrapping_sub(b'0') < 10;
            hyphen |= (b == b'-') | (b == 0xE2);
        }
        if digit {
            return None;
        }
    }
    Some(hyphen)
}

/// The bytes from the first token's start to the last token's end.
pub fn token_bytes<'a>(doc: &'a str, tokens: &[Token]) -> &'a [u8] {
    match (tokens.first(), tokens.last()) {
        (Some(f), Some(l)) => {
            doc.as_bytes().get(f.span.start..l.span.end).unwrap_or(doc.as_bytes())
        }
        _ => &[],
    }
}
