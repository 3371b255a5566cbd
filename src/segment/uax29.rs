//! UAX #29 sentence boundaries, exactly as `unicode-segmentation` computes them, but
//! fast for the characters European news is written in.
//!
//! The state machine is the one of `unicode-segmentation` 1.13 (`sentence.rs`, MIT or
//! Apache-2.0), with the same four-part state and the same rule order, so that the
//! boundaries are the same, quirks included. What differs is the category look-up: a
//! table for ASCII and direct rules for Latin-1, Latin Extended-A/B, General Punctuation
//! and currency signs, instead of a binary search over all of Unicode. A text with any
//! other character is handed to `unicode-segmentation` itself.

use unicode_segmentation::UnicodeSegmentation;

/// Sentence_Break property values (UAX #29).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cat {
    Any,
    CR,
    LF,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Extend,
    Format,
}

/// Categories of the ASCII characters.
const ASCII: [Cat; 128] = {
    let mut t = [Cat::Any; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = match i as u8 {
            b'\t' | 0x0b | 0x0c | b' ' => Cat::Sp,
            b'\n' => Cat::LF,
            b'\r' => Cat::CR,
            b'!' | b'?' => Cat::STerm,
            b'.' => Cat::ATerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Cat::Close,
            b',' | b'-' | b':' | b';' => Cat::SContinue,
            b'0'..=b'9' => Cat::Numeric,
            b'A'..=b'Z' => Cat::Upper,
            b'a'..=b'z' => Cat::Lower,
            _ => Cat::Any,
        };
        i += 1;
    }
    t
};

/// Bytes a quiet run (see [`fast_bounds`]) must look at: ASCII terminators and line
/// breaks, and the first bytes of longer characters.
const SPECIAL: [bool; 256] = {
    let mut t = [true; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = matches!(ASCII[i], Cat::STerm | Cat::ATerm | Cat::Sep | Cat::CR | Cat::LF);
        i += 1;
    }
    t
};

/// The category of a non-ASCII character, for the blocks covered; `None` for others.
fn category(c: char) -> Option<Cat> {
    Some(match c as u32 {
        0x85 => Cat::Sep,
        0xa0 => Cat::Sp,
        0xaa | 0xb5 | 0xba => Cat::Lower,
        0xab | 0xbb => Cat::Close,
        0xad => Cat::Format,
        0xd7 | 0xf7 => Cat::Any,
        0xc0..=0xde => Cat::Upper,
        0xdf..=0xff => Cat::Lower,
        0x80..=0xbf => Cat::Any,
        // Latin Extended-A and -B: letters only. Title-case letters (`ǅ`) count as upper.
        0x100..=0x24f => {
            if c.is_lowercase() {
                Cat::Lower
            } else if c.to_lowercase().next() != Some(c) {
                Cat::Upper
            } else {
                Cat::OLetter
            }
        }
        // General Punctuation.
        0x2000..=0x200a | 0x202f | 0x205f => Cat::Sp,
        0x200b | 0x200e | 0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f => {
            Cat::Format
        }
        0x200c | 0x200d => Cat::Extend,
        0x2013 | 0x2014 => Cat::SContinue,
        0x2018..=0x201f | 0x2039 | 0x203a | 0x2045 | 0x2046 => Cat::Close,
        0x2024 => Cat::ATerm,
        0x2028 | 0x2029 => Cat::Sep,
        0x203c | 0x203d | 0x2047..=0x2049 => Cat::STerm,
        0x2010..=0x206f => Cat::Any,
        // Currency symbols.
        0x20a0..=0x20cf => Cat::Any,
        _ => return None,
    })
}

/// One part of the state: the category of a character, runs of `Close` and `Sp` collapsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    CR,
    LF,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct State([Part; 4]);

impl State {
    fn next(self, cat: Cat) -> State {
        let p = self.0;
        match (p[3], cat) {
            (Part::ClosePlus, Cat::Close) | (Part::SpPlus, Cat::Sp) => self,
            _ => State([
                p[1],
                p[2],
                p[3],
                match cat {
                    Cat::CR => Part::CR,
                    Cat::LF => Part::LF,
                    Cat::Sep => Part::Sep,
                    Cat::ATerm => Part::ATerm,
                    Cat::Upper | Cat::Lower => Part::UpperLower,
                    Cat::Close => Part::ClosePlus,
                    Cat::Sp => Part::SpPlus,
                    Cat::STerm => Part::STerm,
                    _ => Part::Other,
                },
            ]),
        }
    }

    fn last(self) -> Part {
        self.0[3]
    }

    /// SB8: `ATerm Close* Sp*` before, and `(¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower` ahead.
    /// `None` when `ahead` holds a character without a known category before the decision.
    fn sb8(self, ahead: &str) -> Option<bool> {
        let p = self.0;
        let mut idx = if p[3] == Part::SpPlus { 2 } else { 3 };
        if p[idx] == Part::ClosePlus {
            idx -= 1;
        }
        if p[idx] != Part::ATerm {
            return Some(false);
        }
        for c in ahead.chars() {
            match cat_of(c)? {
                Cat::Lower => return Some(true),
                Cat::OLetter
                | Cat::Upper
                | Cat::Sep
                | Cat::CR
                | Cat::LF
                | Cat::STerm
                | Cat::ATerm => return Some(false),
                _ => {}
            }
        }
        Some(false)
    }

    /// SB8a: `SATerm Close* Sp*`.
    fn sb8a(self) -> bool {
        let p = self.0;
        let mut idx = if p[3] == Part::SpPlus { 2 } else { 3 };
        if p[idx] == Part::ClosePlus {
            idx -= 1;
        }
        matches!(p[idx], Part::STerm | Part::ATerm)
    }

    /// SB9: `SATerm Close*`.
    fn sb9(self) -> bool {
        let p = self.0;
        let idx = if p[3] == Part::ClosePlus { 2 } else { 3 };
        matches!(p[idx], Part::STerm | Part::ATerm)
    }

    /// SB11: `SATerm Close* Sp* ParaSep?`.
    fn sb11(self) -> bool {
        let p = self.0;
        let mut idx = if matches!(p[3], Part::Sep | Part::CR | Part::LF) { 2 } else { 3 };
        if p[idx] == Part::SpPlus {
            idx -= 1;
        }
        if p[idx] == Part::ClosePlus {
            idx -= 1;
        }
        matches!(p[idx], Part::STerm | Part::ATerm)
    }
}

fn cat_of(c: char) -> Option<Cat> {
    match u8::try_from(c) {
        Ok(b) if b < 0x80 => Some(ASCII[usize::from(b)]),
        _ => category(c),
    }
}

/// The sentence boundaries of `s` as `unicode-segmentation` gives them
/// (`split_sentence_bound_indices`): every piece start, then the end of `s`; nothing for
/// an empty `s`. `out` is cleared first.
pub(super) fn sentence_bounds(s: &str, out: &mut Vec<usize>) {
    out.clear();
    if !fast_bounds(s, out) {
        out.clear();
        out.extend(s.split_sentence_bound_indices().map(|(i, _)| i));
        if !s.is_empty() {
            out.push(s.len());
        }
    }
}

/// The category and length of the character at byte `pos` of `s` (a char boundary);
/// `None` at the end or for a character the fast categories do not cover.
fn cat_at(s: &str, pos: usize) -> Option<(Cat, usize)> {
    match *s.as_bytes().get(pos)? {
        b if b < 0x80 => Some((ASCII[usize::from(b)], 1)),
        _ => {
            let c = s.get(pos..)?.chars().next()?;
            Some((category(c)?, c.len_utf8()))
        }
    }
}

/// The boundaries with the fast categories; `false` (and `out` half filled) when `s`
/// holds a character they do not cover.
///
/// The state machine runs character by character, except over quiet runs: once a
/// letter, digit or other character (`UpperLower` or `Other` part) is last in the
/// state, no rule can break before the next character, and none can before any
/// character of a run without `STerm`, `ATerm` or paragraph separators, since no rule
/// looks back past such a part for a terminator. Such a run is skipped; the state is
/// then rebuilt from its last letter, digit or other character on (the parts before it
/// are never looked at again).
fn fast_bounds(s: &str, out: &mut Vec<usize>) -> bool {
    let mut state = State([Part::Sot; 4]);
    let mut pos = 0;
    while pos < s.len() {
        if matches!(state.last(), Part::UpperLower | Part::Other) {
            let Some(end) = skip_quiet_run(s, pos, &mut state) else { return false };
            pos = end;
            if pos >= s.len() {
                break;
            }
        }
        let Some((cat, len)) = cat_at(s, pos) else { return false };
        let before = state;
        let at = pos;
        pos += len;
        state = state.next(cat);
        let Some(brk) = breaks_before(before, cat, &s[at..], &mut state) else { return false };
        if brk {
            out.push(at);
        }
    }
    if !s.is_empty() {
        out.push(s.len()); // SB2
    }
    true
}

/// Skips the quiet run that starts at `pos`, after a letter, digit or other character
/// (see [`fast_bounds`]), and rebuilds `state` from the run's last letter, digit or
/// other character on. Returns where the run ends, or `None` at a character the fast
/// categories do not cover.
#[inline]
fn skip_quiet_run(s: &str, mut pos: usize, state: &mut State) -> Option<usize> {
    let bytes = s.as_bytes();
    let run = pos;
    while let Some(&b) = bytes.get(pos) {
        if !SPECIAL[usize::from(b)] {
            pos += 1;
            continue;
        }
        if b < 0x80 {
            break; // a terminator or line break
        }
        let (cat, len) = cat_at(s, pos)?; // not covered
        if matches!(cat, Cat::STerm | Cat::ATerm | Cat::Sep | Cat::CR | Cat::LF) {
            break;
        }
        pos += len;
    }
    // The last letter, digit or other character of the run, or its start.
    let mut floor = run;
    for (i, c) in s[run..pos].char_indices().rev() {
        if !matches!(cat_of(c), Some(Cat::Sp | Cat::Close | Cat::Extend | Cat::Format)) {
            floor = run + i;
            break;
        }
    }
    while floor < pos {
        let (cat, len) = cat_at(s, floor)?;
        if !matches!(cat, Cat::Extend | Cat::Format) {
            *state = state.next(cat); // SB5 skips the others
        }
        floor += len;
    }
    Some(pos)
}

/// Whether the rules (SB1 to SB998, in order) break before the character of category
/// `cat` that starts `rest`, after the state `before`; `None` when a rule would look at
/// a character the fast categories do not cover. `state` is the state after the
/// character: SB5 puts `before` back for an Extend or Format character.
// The rules are written one by one, in the order of UAX #29, even where several give
// the same answer.
#[allow(clippy::if_same_then_else)]
#[inline]
fn breaks_before(before: State, cat: Cat, rest: &str, state: &mut State) -> Option<bool> {
    let last = before.last();
    let brk = if matches!(last, Part::UpperLower | Part::Other) {
        // A character after a letter, digit or other: SB5, else no rule before SB11
        // applies and SB11 does not match.
        if matches!(cat, Cat::Extend | Cat::Format) {
            *state = before;
        }
        false
    } else if last == Part::Sot {
        true // SB1
    } else if cat == Cat::LF && last == Part::CR {
        false // SB3
    } else if matches!(last, Part::Sep | Part::CR | Part::LF) {
        true // SB4
    } else if matches!(cat, Cat::Extend | Cat::Format) {
        *state = before; // SB5
        false
    } else if cat == Cat::Numeric && last == Part::ATerm {
        false // SB6
    } else if cat == Cat::Upper && before.0[2] == Part::UpperLower && last == Part::ATerm {
        false // SB7
    } else if before.sb8(rest)? {
        false // SB8
    } else if matches!(cat, Cat::SContinue | Cat::STerm | Cat::ATerm) && before.sb8a() {
        false // SB8a
    } else if matches!(cat, Cat::Close | Cat::Sp | Cat::Sep | Cat::CR | Cat::LF) && before.sb9() {
        false // SB9
    } else if matches!(cat, Cat::Sp | Cat::Sep | Cat::CR | Cat::LF) && before.sb8a() {
        false // SB10
    } else {
        before.sb11() // SB11, else SB998
    };
    Some(brk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_bounds(s: &str) -> Vec<usize> {
        let mut v: Vec<usize> = s.split_sentence_bound_indices().map(|(i, _)| i).collect();
        if !s.is_empty() {
            v.push(s.len());
        }
        v
    }

    fn fast(s: &str) -> Option<Vec<usize>> {
        let mut v = Vec::new();
        fast_bounds(s, &mut v).then_some(v)
    }

    /// Characters of every category the fast path knows, and a few it does not.
    const ALPHABET: &[char] = &[
        'a', 'b', 'A', 'B', '1', '.', '!', '?', ' ', '\t', '\n', '\r', '"', '\'', '(', ')', ',',
        '-', ':', ';', '«', '»', '’', '“', '”', '„', '–', '—', '…', '\u{a0}', '\u{202f}', '\u{ad}',
        '\u{200b}', '\u{200d}', '\u{85}', '\u{2028}', '\u{2024}', '‼', 'é', 'É', 'ß', 'œ', 'ǅ',
        'ƻ', '€', '•', '*', '#', 'ª', '×', '\u{301}', '。', '😀', 'ж',
    ];

    /// A tiny deterministic generator (no dependency needed).
    fn lcg(seed: &mut u64) -> usize {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (*seed >> 33) as usize
    }

    #[test]
    fn same_bounds_as_unicode_segmentation_on_random_texts() {
        let mut seed = 7;
        for _ in 0..200_000 {
            let len = lcg(&mut seed) % 16;
            let s: String = (0..len).map(|_| ALPHABET[lcg(&mut seed) % ALPHABET.len()]).collect();
            let mut got = Vec::new();
            sentence_bounds(&s, &mut got);
            assert_eq!(got, crate_bounds(&s), "{s:?}");
            if s.chars().all(|c| cat_of(c).is_some()) {
                assert_eq!(fast(&s), Some(got), "{s:?}");
            }
        }
    }

    #[test]
    fn every_covered_character_behaves_as_in_unicode_segmentation() {
        // Each covered character in contexts where each category makes a difference.
        let templates = [
            "a{}",
            "{}a",
            "a. {}b",
            "a.{}b",
            "A.{}B",
            "a. {} b",
            "a.{} B",
            "a{}. B",
            "a.{}",
            "a. {}",
            "a!{} b",
            "a? {}B",
            "{}. b",
            "a{}b. C",
            "a.){} b",
            "a. 1{}b",
            "a{}\nb",
            "a.\u{a0}{}b",
            "A. {}1 b",
            "a.{}.b",
        ];
        let ranges = [0x80..=0x24f, 0x2000..=0x206f, 0x20a0..=0x20cf];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert!(category(c).is_some());
            for t in templates {
                let s = t.replace("{}", &c.to_string());
                assert_eq!(
                    fast(&s).as_deref(),
                    Some(&crate_bounds(&s)[..]),
                    "{s:?} U+{:04X}",
                    c as u32
                );
            }
        }
        for b in 0..0x80u8 {
            let c = char::from(b);
            for t in templates {
                let s = t.replace("{}", &c.to_string());
                assert_eq!(fast(&s).as_deref(), Some(&crate_bounds(&s)[..]), "{s:?} U+{:04X}", b);
            }
        }
    }

    #[test]
    fn news_text() {
        for s in [
            "M. Dupont est venu. Il a dit « non ! » puis il est parti… Et alors ?",
            "Am 19. Mai 2024 sagte Dr. Müller: „Wir investieren 1,7 Mrd. Euro.“ Danach\u{a0}: rien.",
            "He said \"no.\" Then he left!\r\nU.S. stocks rose 3.5% on Monday... The end",
            "Kein Satzende hier",
            "Emoji 😀. Next one.",
        ] {
            let mut got = Vec::new();
            sentence_bounds(s, &mut got);
            assert_eq!(got, crate_bounds(s), "{s:?}");
        }
    }
}
