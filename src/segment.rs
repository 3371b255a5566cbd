//! Sentence segmentation a French or German editor would accept.
//!
//! Unicode sentence boundaries (UAX #29, as `unicode-segmentation` finds them; module
//! `uax29` has a fast path) are computed line by line and then corrected with per-language data (`gazetteers/lang/<lang>/`):
//! - no break after an abbreviation (`M.`, `z. B.`, `Mrd.`), an initial (`J. Huang`),
//!   a German ordinal (`am 19. Mai`, `1. FC Köln`) or a list number (`1.`);
//! - no break before a lower-case continuation (`« Pourquoi ? » a-t-il demandé`);
//! - a line that ends without final punctuation (a heading, list item, table row,
//!   byline) ends its sentence unless the next line starts in lower case;
//! - Markdown markers (`#`, `**`, `- `, `|`, `>`) at the edges stay outside the span.

use crate::span::Span;
use foldhash::HashSet;

mod uax29;

/// Per-language knowledge the segmenter needs.
#[derive(Clone, Debug, Default)]
pub struct SegmentRules {
    /// Abbreviations that do not end a sentence, without spaces, lower case (`z.b.`, `mrd.`).
    pub abbreviations: HashSet<String>,
    /// Lower-case month names (full and abbreviated): `19. Mai` is an ordinal date.
    pub months: HashSet<String>,
    /// Words after which a German number with a dot is an ordinal (`am`, `der`, `vom`).
    pub ordinal_cues: HashSet<String>,
    /// Whether `19.` before a capitalized word is an ordinal (German).
    pub ordinal_dot: bool,
}

/// Splits `text[body]` into sentence spans (byte offsets into `text`).
///
/// ```
/// use veille::segment::{segment, SegmentRules};
/// use veille::span::Span;
/// let text = "Titre\nNvidia investit. Mistral AI lève 1,7 milliard.";
/// let spans = segment(text, Span::new(0, text.len()), &SegmentRules::default());
/// let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(got, ["Titre", "Nvidia investit.", "Mistral AI lève 1,7 milliard."]);
/// ```
pub fn segment(text: &str, body: Span, rules: &SegmentRules) -> Vec<Span> {
    let mut merger = Merger { text, rules, out: Vec::new(), prev: None, pending: None };
    // 1. Lines, with their content trimmed of whitespace and Markdown markers.
    let mut bounds = Vec::new();
    let mut line_start = body.start;
    let region = &text[body.start..body.end];
    for line in region.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if let Some(content) = trim_markup(text, Span::new(line_start, line_end)) {
            // 2. UAX #29 sentences inside the line.
            let mut first = true;
            uax29::sentence_bounds(content.slice(text), &mut bounds);
            let pieces = bounds.len().saturating_sub(1);
            for (k, w) in bounds.windows(2).enumerate() {
                let mut span =
                    trim_span(text, Span::new(content.start + w[0], content.start + w[1]));
                // A closing quote or bracket after a space (`changer. » Puis`) belongs to the
                // sentence before it.
                if !first {
                    let closer = leading_closer(span.slice(text));
                    if closer > 0 {
                        if let Some(prev) = merger.pending.as_mut() {
                            prev.span.end = span.start + closer;
                        }
                        span = trim_span(text, Span::new(span.start + closer, span.end));
                    }
                }
                if span.is_empty() {
                    continue;
                }
                merger.push(Piece { span, line_first: first, line_last: k + 1 == pieces });
                first = false;
            }
            if let Some(last) = merger.pending.as_mut() {
                last.line_last = true;
            }
        }
        line_start = line_end;
    }
    cap_length(text, merger.finish())
}

/// No sentence is longer than this many bytes: a longer "sentence" (a table dump, a
/// text without punctuation) is cut at spaces, so that every later stage works on
/// bounded pieces whatever the input.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Cuts sentences longer than [`MAX_SENTENCE_BYTES`] at the last space before the limit
/// (at the limit itself when there is no space in its second half).
fn cap_length(text: &str, spans: Vec<Span>) -> Vec<Span> {
    if spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES) {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let mut start = s.start;
        while s.end - start > MAX_SENTENCE_BYTES {
            let mut limit = start + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = text[start..limit]
                .char_indices()
                .rev()
                .find(|&(i, c)| c.is_whitespace() && i > MAX_SENTENCE_BYTES / 2)
                .map_or(limit, |(i, _)| start + i);
            let piece = trim_span(text, Span::new(start, cut));
            if !piece.is_empty() {
                out.push(piece);
            }
            start = cut;
        }
        let rest = trim_span(text, Span::new(start, s.end));
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// Step 3, as the pieces come: merges pieces that UAX #29 or the line structure split
/// wrongly. The last piece stays `pending` (its end and `line_last` may still change)
/// until the next one arrives, so no list of all pieces is kept.
struct Merger<'a> {
    text: &'a str,
    rules: &'a SegmentRules,
    out: Vec<Span>,
    /// The piece merged last.
    prev: Option<Piece>,
    pending: Option<Piece>,
}

impl Merger<'_> {
    fn push(&mut self, piece: Piece) {
        if let Some(p) = self.pending.replace(piece) {
            self.merge(p);
        }
    }

    fn merge(&mut self, piece: Piece) {
        let merge = match self.prev {
            Some(p) => should_merge(self.text, &p, &piece, self.rules, self.out.last().copied()),
            None => false,
        };
        match self.out.last_mut() {
            Some(last) if merge => *last = last.cover(piece.span),
            _ => self.out.push(piece.span),
        }
        self.prev = Some(piece);
    }

    fn finish(mut self) -> Vec<Span> {
        if let Some(p) = self.pending.take() {
            self.merge(p);
        }
        self.out
    }
}

/// A line at least this long, cut by a blank line, may go on after it.
const CUT_LINE_CHARS: usize = 60;

#[derive(Clone, Copy, Debug)]
struct Piece {
    span: Span,
    /// First piece of its line.
    line_first: bool,
    /// Last piece of its line.
    line_last: bool,
}

/// Whether the break between two pieces proposed by UAX #29 (or a line break) is no
/// sentence boundary. `current` is the sentence so far, when it is longer than `prev`.
fn should_merge(
    text: &str,
    prev: &Piece,
    next: &Piece,
    rules: &SegmentRules,
    current: Option<Span>,
) -> bool {
    let prev_text = prev.span.slice(text);
    let next_text = next.span.slice(text);
    let next_first = next_text.chars().find(|c| c.is_alphanumeric());
    let starts_lower = starts_lower(next_text);

    if next.line_first {
        return continues_line(text, prev, next, starts_lower);
    }
    // Same line: UAX #29 proposed this break.
    if next_first.is_none() {
        return true; // a piece without letters or digits (`4` after `.....`, a lone quote)
    }
    if next_text.len() <= 4 && !next_text.chars().any(char::is_alphabetic) {
        return true; // a page number or similar tail
    }
    if starts_lower {
        return true;
    }
    if !prev_text.ends_with('.') {
        return false;
    }
    let before_dot = &prev_text[..prev_text.len() - 1];
    let last_word = last_word(before_dot);
    // An abbreviation, possibly spread over several words (`z. B.`, `p. ex.`).
    if is_abbreviation(prev_text, rules) {
        return true;
    }
    // An initial: a single upper-case letter (`J. Huang`, `Jürgen-M. Schulter`).
    let initial = last_word.rsplit(['-', '.']).next().unwrap_or(last_word);
    let mut chars = initial.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // A number with a dot.
    if !last_word.is_empty() && last_word.chars().all(|c| c.is_ascii_digit()) {
        let sentence_so_far = current.map_or(prev.span, |c| c).slice(text);
        return number_dot_continues(sentence_so_far, before_dot, last_word, next_text, rules);
    }
    false
}

/// Whether the first character of a piece, after quotes, brackets and spaces, is lower
/// case.
fn starts_lower(piece: &str) -> bool {
    piece
        .chars()
        .find(|c| {
            !matches!(
                c,
                '"' | '\'' | '«' | '»' | '“' | '”' | '„' | '‚' | '(' | ' ' | '\u{a0}' | '\u{202f}'
            )
        })
        .is_some_and(char::is_lowercase)
}

/// Whether a piece that starts a new line goes on the sentence of the line before: only
/// a plain lower-case continuation of an unfinished line joins it (a first word all in
/// lower case: `xAI` or `iPhone` start a new line).
fn continues_line(text: &str, prev: &Piece, next: &Piece, starts_lower: bool) -> bool {
    let prev_text = prev.span.slice(text);
    let next_text = next.span.slice(text);
    let ends_final = ends_with_final_punct(prev_text);
    let is_list =
        text[..next.span.start].ends_with("- ") || is_markup_line_start(text, next.span.start);
    let plain_lower = first_word(next_text).chars().all(|c| !c.is_uppercase());
    // Across a blank line only a long line (running text cut by a page or column
    // break) goes on; a short one is a heading or a byline.
    let gap = text.get(prev.span.end..next.span.start).unwrap_or("");
    let blank_line = gap.bytes().filter(|&b| b == b'\n').nth(1).is_some();
    if blank_line {
        let line_start = text[..prev.span.end].rfind('\n').map_or(0, |i| i + 1);
        let prev_line_len = text[line_start..prev.span.end].chars().count();
        if prev_line_len < CUT_LINE_CHARS {
            return false;
        }
    }
    !ends_final && starts_lower && plain_lower && !is_list && !prev_text.ends_with(':')
}

/// Whether the dot after the number `last_word` ends no sentence: a list number alone
/// (`1.`), or, in languages that write ordinals with a dot, an ordinal before a month
/// or after an ordinal cue (`am 3. Juni`, `zum 2. Mal`) or of one or two digits.
fn number_dot_continues(
    sentence_so_far: &str,
    before_dot: &str,
    last_word: &str,
    next_text: &str,
    rules: &SegmentRules,
) -> bool {
    // A list number alone (`1.`) never makes a sentence.
    if sentence_so_far.trim_end_matches('.').trim() == last_word {
        return true;
    }
    if rules.ordinal_dot && last_word.len() <= 3 {
        let next_word = first_word(next_text).to_lowercase();
        let word_before = last_word_before(before_dot, last_word.len()).to_lowercase();
        if rules.months.contains(&next_word)
            || rules.months.contains(next_word.trim_end_matches('.'))
            || rules.ordinal_cues.contains(&word_before)
            || last_word.len() <= 2
        {
            return true;
        }
    }
    false
}

/// Whether the piece ends with an abbreviation from the list (compared without spaces, lower case).
fn is_abbreviation(prev_text: &str, rules: &SegmentRules) -> bool {
    if rules.abbreviations.is_empty() {
        return false;
    }
    // The last one, two and three words joined and lower-cased in a buffer; the general
    // case below when they do not fit or hold a `Σ` (lower-cased by its context).
    let mut words = [""; 3];
    let mut count = 0;
    for (slot, word) in words.iter_mut().zip(prev_text.split_whitespace().rev()) {
        *slot = word;
        count += 1;
    }
    let mut buf = [0u8; 64];
    for n in 1..=count {
        let mut len = 0;
        for word in words[..n].iter().rev() {
            if word.contains('Σ') {
                return is_abbreviation_general(prev_text, rules);
            }
            for c in word.chars().flat_map(char::to_lowercase) {
                let Some(room) = buf.get_mut(len..len + 4) else {
                    return is_abbreviation_general(prev_text, rules);
                };
                len += c.encode_utf8(room).len();
            }
        }
        let tail = std::str::from_utf8(&buf[..len]).unwrap_or_default();
        if rules.abbreviations.contains(tail.trim_start_matches(|c: char| !c.is_alphanumeric())) {
            return true;
        }
    }
    false
}

/// [`is_abbreviation`] for any text.
fn is_abbreviation_general(prev_text: &str, rules: &SegmentRules) -> bool {
    let words: Vec<&str> = prev_text.split_whitespace().collect();
    for n in 1..=3.min(words.len()) {
        let tail: String = words[words.len() - n..].concat().to_lowercase();
        let tail = tail.trim_start_matches(|c: char| !c.is_alphanumeric());
        if rules.abbreviations.contains(tail) {
            return true;
        }
    }
    false
}

/// Length in bytes of the closing quotes and brackets that start `s` when a space or
/// the end follows them.
fn leading_closer(s: &str) -> usize {
    let end = s
        .char_indices()
        .find(|&(_, c)| !matches!(c, '»' | '”' | '“' | '"' | ')' | ']' | '’'))
        .map_or(s.len(), |(i, _)| i);
    let followed_by_space = s[end..].chars().next().is_none_or(char::is_whitespace);
    if end > 0 && followed_by_space {
        end
    } else {
        0
    }
}

fn ends_with_final_punct(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '»', '”', '“', ')', '\'', '’', '*', '_']);
    t.ends_with(['.', '!', '?', '…', ';'])
}

fn last_word(s: &str) -> &str {
    let s = s.trim_end();
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '«' | '„' | '“' | '/'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

fn last_word_before(s: &str, skip_len: usize) -> &str {
    let s = s.trim_end();
    let s = &s[..s.len() - skip_len];
    last_word(s)
}

fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = s.find(|c: char| !c.is_alphanumeric() && c != '.').unwrap_or(s.len());
    &s[..end]
}

fn is_markup_line_start(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let prefix = text[line_start..at].trim();
    !prefix.is_empty()
}

/// Trims whitespace on both ends of a span.
fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trimmed = s.trim_end_matches(is_space);
    Span::new(span.start + lead, span.start + trimmed.len().max(lead))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// The content of one line without surrounding whitespace and Markdown markers
/// (`#`, `>`, list bullets, `**`/`__` emphasis, table pipes); `None` for a blank or
/// markup-only line.
fn trim_markup(text: &str, line: Span) -> Option<Span> {
    let mut span = trim_span(text, line);
    loop {
        let s = span.slice(text);
        let before = span;
        // Leading markers.
        for marker in ["#", ">", "|", "**", "__", "* ", "- ", "+ ", "• ", "– ", "— ", "*", "_"]
        {
            if let Some(rest) = s.strip_prefix(marker) {
                if marker == "#" && !rest.starts_with([' ', '#']) && !rest.is_empty() {
                    continue; // a hashtag, not a heading
                }
                span = trim_span(text, Span::new(span.end - rest.len(), span.end));
                break;
            }
        }
        let s = span.slice(text);
        for marker in ["|", "**", "__", " #", "*", "_"] {
            if let Some(rest) = s.strip_suffix(marker) {
                span = trim_span(text, Span::new(span.start, span.start + rest.len()));
                break;
            }
        }
        if span == before {
            break;
        }
    }
    // A lone emphasis marker inside a trimmed line (`*italic*`) is text; a span of only
    // markup characters is not a sentence.
    let s = span.slice(text);
    if s.chars().all(|c| !c.is_alphanumeric()) {
        return None;
    }
    Some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> SegmentRules {
        let mut r = SegmentRules::default();
        for a in ["m.", "z.", "z.b.", "mrd.", "dr.", "p.", "p.ex."] {
            r.abbreviations.insert(a.to_string());
        }
        for m in ["mai", "januar", "jan"] {
            r.months.insert(m.to_string());
        }
        r.ordinal_cues.insert("am".to_string());
        r.ordinal_dot = true;
        r
    }

    /// Edge cases of the fast boundaries and the abbreviation check; the expected
    /// sentences are those of the implementation before them.
    #[test]
    fn edge_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("Erste Zeile.\r\nZweite Zeile!\r\n", &["Erste Zeile.", "Zweite Zeile!"]),
            ("Prix\u{a0}: 3 €. Fin\u{a0}! Suite.", &["Prix\u{a0}: 3 €.", "Fin\u{a0}!", "Suite."]),
            ("Il hésita… Puis il partit. Et alors…", &["Il hésita… Puis il partit.", "Et alors…"]),
            ("Il a dit « non. » Puis il est parti.", &["Il a dit « non. »", "Puis il est parti."]),
            ("He said \"stop.\" Then he left.", &["He said \"stop.\"", "Then he left."]),
            (
                "M. Dupont arrive. Dr. Müller z. B. auch. Mrd. Euro.",
                &["M. Dupont arrive.", "Dr. Müller z. B. auch.", "Mrd. Euro."],
            ),
            (
                "Am 19. Mai 2024 spielte der 1. FC Köln. Das war am 3. Januar.",
                &["Am 19. Mai 2024 spielte der 1. FC Köln.", "Das war am 3. Januar."],
            ),
            ("Bonne nouvelle 😀. Suite 🎉! Fin.", &["Bonne nouvelle 😀.", "Suite 🎉!", "Fin."]),
            (
                "Un titre sans point\nUne ligne qui continue\nen minuscules",
                &["Un titre sans point", "Une ligne qui continue\nen minuscules"],
            ),
            ("ΣΟΦΊΑ Σ. Next. P. ex. ceci.", &["ΣΟΦΊΑ Σ. Next.", "P. ex. ceci."]),
            (
                "Ελληνικά. Русский текст. 中文。日本語。",
                &["Ελληνικά.", "Русский текст.", "中文。", "日本語。"],
            ),
        ];
        let rules = rules();
        for (text, expected) in cases {
            let spans = segment(text, Span::new(0, text.len()), &rules);
            let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
            assert_eq!(&got, expected, "{text:?}");
        }
    }

    #[test]
    fn abbreviation_check_agrees_with_the_general_one() {
        let rules = rules();
        for text in [
            "",
            "Dupont m.",
            "Voir p. ex.",
            "(p. ex.",
            "Das ist z. B.",
            "Das ist Z. B.",
            "1,7 Mrd.",
            "ÉTÉ M.",
            "ΣΟΦΊΑ Σ.",
            "İ z.b.",
            "a-very-long-word-that-does-not-fit-in-the-buffer-at-all-not-even-close p.",
            "x z. verylongwordverylongwordverylongwordverylongwordverylongword.",
        ] {
            assert_eq!(
                is_abbreviation(text, &rules),
                is_abbreviation_general(text, &rules),
                "{text:?}"
            );
        }
    }
}
