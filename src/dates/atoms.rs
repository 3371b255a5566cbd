//! Atoms: tokens with hyphenated compounds cut into their parts, so that `mi-2026`,
//! `2030-2035` and `2025-04-16` read as `mi - 2026`, `2030 - 2035`, `2025 - 04 - 16`.

use crate::span::Span;
use crate::tokenize::{is_hyphen, lower_form, Token, TokenKind};
use std::borrow::Cow;

/// One atom of a sentence; its key borrows from the token or the text when it can.
#[derive(Clone, Debug)]
pub struct Atom<'t> {
    pub span: Span,
    pub kind: TokenKind,
    /// The lower-case form (NFC, typographic apostrophes as `'`), the key data compare with.
    pub key: Cow<'t, str>,
    /// The text or the key holds an ASCII digit.
    pub has_digit: bool,
    /// The value of an atom of one to four ASCII digits.
    pub digits: Option<u32>,
    /// How many digits `digits` was written with (`04` → 2).
    pub width: usize,
}

/// What one pass over the bytes of a text tells.
#[derive(Clone, Copy)]
struct Scan {
    /// Only ASCII digits (true for an empty text).
    all_digits: bool,
    any_digit: bool,
    ascii: bool,
    /// A byte a hyphen may start with (`-`, or 0xE2 for U+2010 and U+2011).
    maybe_hyphen: bool,
}

fn scan(s: &str) -> Scan {
    let mut r = Scan { all_digits: true, any_digit: false, ascii: true, maybe_hyphen: false };
    for &b in s.as_bytes() {
        let d = b.is_ascii_digit();
        r.all_digits &= d;
        r.any_digit |= d;
        r.ascii &= b.is_ascii();
        r.maybe_hyphen |= b == b'-' || b == 0xE2;
    }
    r
}

impl<'t> Atom<'t> {
    fn new(text: &'t str, span: Span, kind: TokenKind) -> Atom<'t> {
        let s = span.slice(text);
        // ASCII text without capitals is its own lower-case form.
        let lower = if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(lower_form(s))
        };
        Atom::with_lower(s, span, kind, lower, scan(s))
    }

    /// An atom of text `s` whose lower-case form is known already (a whole token's `lower`).
    fn with_lower(s: &str, span: Span, kind: TokenKind, key: Cow<'t, str>, sc: Scan) -> Atom<'t> {
        let digits =
            (!s.is_empty() && s.len() <= 4 && sc.all_digits).then(|| s.parse().ok()).flatten();
        // The lower-case form of ASCII text has the same digits.
        let has_digit = sc.any_digit || (!sc.ascii && key.bytes().any(|b| b.is_ascii_digit()));
        Atom {
            span,
            kind,
            key,
            has_digit,
            digits,
            width: if digits.is_some() { s.len() } else { 0 },
        }
    }

    /// Whether the atom is punctuation or a symbol written as `c`.
    pub fn is(&self, c: &str) -> bool {
        matches!(self.kind, TokenKind::Punct | TokenKind::Symbol) && self.key == c
    }

    pub fn is_hyphen(&self) -> bool {
        self.kind == TokenKind::Punct && self.key.chars().all(is_hyphen) && !self.key.is_empty()
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the atom starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.span.slice(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The atoms of a token sequence; spans index into `text`.
pub fn atomize<'t>(text: &'t str, tokens: &'t [Token]) -> Vec<Atom<'t>> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let s = t.span.slice(text);
        let sc = scan(s);
        // Only a word with a hyphen has more than one part.
        let hyphenated = t.kind == TokenKind::Word && sc.maybe_hyphen && s.contains(is_hyphen);
        let parts = if hyphenated { t.parts(text) } else { Vec::new() };
        if parts.len() <= 1 {
            let kind =
                if t.kind == TokenKind::Word && sc.all_digits { TokenKind::Number } else { t.kind };
            // A token's `lower` is the lower-case form of its whole text.
            out.push(Atom::with_lower(s, t.span, kind, Cow::Borrowed(&t.lower[..]), sc));
            continue;
        }
        let mut prev_end = t.span.start;
        for p in parts {
            if p.start > prev_end {
                out.push(Atom::new(text, Span::new(prev_end, p.start), TokenKind::Punct));
            }
            let kind = if p.slice(text).bytes().all(|b| b.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Atom::new(text, p, kind));
            prev_end = p.end;
        }
        if prev_end < t.span.end {
            out.push(Atom::new(text, Span::new(prev_end, t.span.end), TokenKind::Punct));
        }
    }
    out
}
