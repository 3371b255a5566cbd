//! Atoms: tokens with hyphenated compounds cut into their parts, so that `mi-2026`,
//! `2030-2035` and `2025-04-16` read as `mi - 2026`, `2030 - 2035`, `2025 - 04 - 16`.

use crate::span::Span;
use crate::tokenize::{is_hyphen, lower_form, Token, TokenKind};

/// One atom of a sentence.
#[derive(Clone, Debug)]
pub struct Atom {
    pub span: Span,
    pub kind: TokenKind,
    /// The lower-case form (NFC, typographic apostrophes as `'`), the key data compare with.
    pub key: String,
    /// The value of an atom of one to four ASCII digits.
    pub digits: Option<u32>,
    /// How many digits `digits` was written with (`04` → 2).
    pub width: usize,
}

impl Atom {
    fn new(text: &str, span: Span, kind: TokenKind) -> Atom {
        Atom::with_lower(text, span, kind, lower_form(span.slice(text)))
    }

    /// An atom whose lower-case form is known already (a whole token's `lower`).
    fn with_lower(text: &str, span: Span, kind: TokenKind, lower: String) -> Atom {
        let s = span.slice(text);
        let key = lower;
        let digits =
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten();
        Atom { span, kind, key, digits, width: if digits.is_some() { s.len() } else { 0 } }
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
pub fn atomize(text: &str, tokens: &[Token]) -> Vec<Atom> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        // Only a word with a hyphen has more than one part.
        let hyphenated = t.kind == TokenKind::Word && t.span.slice(text).chars().any(is_hyphen);
        let parts = if hyphenated { t.parts(text) } else { Vec::new() };
        if parts.len() <= 1 {
            let kind = if t.kind == TokenKind::Word && t.span.slice(text).bytes().all(|b| b.is_ascii_digit()) {
                TokenKind::Number
            } else {
                t.kind
            };
            // A token's `lower` is the lower-case form of its whole text.
            out.push(Atom::with_lower(text, t.span, kind, t.lower.to_string()));
            continue;
        }
        let mut prev_end = t.span.start;
        for p in parts {
            if p.start > prev_end {
                out.push(Atom::new(text, Span::new(prev_end, p.start), TokenKind::Punct));
            }
            let kind =
                if p.slice(text).bytes().all(|b| b.is_ascii_digit()) { TokenKind::Number } else { TokenKind::Word };
            out.push(Atom::new(text, p, kind));
            prev_end = p.end;
        }
        if prev_end < t.span.end {
            out.push(Atom::new(text, Span::new(prev_end, t.span.end), TokenKind::Punct));
        }
    }
    out
}
