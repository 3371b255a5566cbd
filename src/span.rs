//! Byte spans into the original file, and the map from bytes to line and column.
//!
//! Every row veille writes carries a [`Span`]: `start..end` byte offsets into the
//! *original* document (for a JSON Lines article: into its `text` field). Slicing the
//! original bytes at `[start, end)` gives back exactly the text of the row.

use serde::Serialize;

/// A half-open range `[start, end)` of byte offsets into the original document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// Byte offset of the first byte (inclusive).
    pub start: usize,
    /// Byte offset just past the last byte (exclusive); never less than `start`.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte (`start == end`).
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text`.
    ///
    /// ```
    /// use veille::span::Span;
    /// assert_eq!(Span::new(3, 8).slice("Le Monde"), "Monde");
    /// ```
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// Maps byte offsets of one document to 1-based line and column numbers
/// (columns counted in characters, as editors show them).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (lines end at `\n`).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based `(line, column)` of byte offset `at` in `text` (the text the index was built from).
    ///
    /// ```
    /// use veille::span::LineIndex;
    /// let text = "première ligne\nÉté 2025";
    /// let idx = LineIndex::new(text);
    /// assert_eq!(idx.line_col(text, text.find("2025").unwrap()), (2, 5));
    /// ```
    pub fn line_col(&self, text: &str, at: usize) -> (usize, usize) {
        let line = self.line_of(at);
        let line_start = self.starts[line];
        let col = text.get(line_start..at).map_or(at - line_start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// 0-based line of byte offset `at`.
    fn line_of(&self, at: usize) -> usize {
        match self.starts.binary_search(&at) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }
}

/// A [`LineIndex`] that remembers its last answer: offsets asked in increasing order
/// on one line cost only the characters between them, not the whole line so far
/// (rows are built in text order, and a document may be one very long line).
///
/// ```
/// use veille::span::{LineCursor, LineIndex};
/// let text = "première ligne\nÉté 2025, été 2026";
/// let mut cursor = LineCursor::new(text);
/// for at in [text.find("Été").unwrap(), text.find("2025").unwrap(), text.find("2026").unwrap(), 3] {
///     assert_eq!(cursor.line_col(text, at), LineIndex::new(text).line_col(text, at));
/// }
/// ```
#[derive(Debug, Clone)]
pub struct LineCursor {
    index: LineIndex,
    /// The last answer: 0-based line, byte offset and 0-based column.
    last: Option<(usize, usize, usize)>,
}

impl LineCursor {
    /// A cursor over the lines of `text`, with nothing remembered yet.
    pub fn new(text: &str) -> LineCursor {
        LineCursor { index: LineIndex::new(text), last: None }
    }

    /// Same as [`LineIndex::line_col`].
    pub fn line_col(&mut self, text: &str, at: usize) -> (usize, usize) {
        let line = self.index.line_of(at);
        if let Some((l, a, c)) = self.last {
            if l == line && a <= at {
                if let Some(between) = text.get(a..at) {
                    let col = c + between.chars().count();
                    self.last = Some((line, at, col));
                    return (line + 1, col + 1);
                }
            }
        }
        let (l, c) = self.index.line_col(text, at);
        self.last = Some((line, at, c - 1));
        (l, c)
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i)
}
