//! Documents as read from the corpus, and sentences as the pipeline sees them.

use crate::calendar::DocDate;
use crate::lang::Lang;
use crate::span::Span;
use crate::tokenize::Token;

/// Metadata of a document: from its front matter, or from the JSON Lines record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// The title, if given.
    pub title: Option<String>,
    /// The date as written in the metadata.
    pub date: Option<String>,
    /// The source (front matter `source` or `url`, or the record's `source`), if given.
    pub source: Option<String>,
    /// The declared language, if given and recognized; `None` means it is detected.
    pub lang: Option<Lang>,
}

/// One article, with its text exactly as stored.
#[derive(Clone, Debug)]
pub struct Document {
    /// Corpus-relative path with `/` (`fr/amazon-defie-nvidia.txt`); `path#id` for a JSON Lines article.
    pub id: String,
    /// Corpus-relative path of the file.
    pub path: String,
    /// The original text: the whole file (BOM and front matter included), or a JSON Lines
    /// article's `text`. Every span indexes into it.
    pub text: String,
    /// The part that is extracted from: the text after the front matter.
    pub body: Span,
    /// Metadata from the front matter or the JSON Lines record.
    pub meta: Meta,
    /// SHA-256 of the original bytes (hex).
    pub sha256: String,
}

/// One sentence with its tokens.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// 0-based position in the document.
    pub index: usize,
    /// Byte span of the sentence in the document's original text.
    pub span: Span,
    /// The sentence's language: the document's declared language, or else detected
    /// for this sentence.
    pub lang: Lang,
    /// The sentence's tokens in text order, stemmed in `lang`.
    pub tokens: Vec<Token>,
}

/// What an extractor sees of a sentence.
#[derive(Clone, Copy, Debug)]
pub struct SentenceContext<'a> {
    /// The document's original text (spans index into it).
    pub text: &'a str,
    /// The sentence being read.
    pub sentence: &'a Sentence,
    /// The document's language.
    pub doc_lang: Lang,
    /// The document's own date (front matter, dateline or byline), for relative references.
    pub doc_date: Option<DocDate>,
}

impl<'a> SentenceContext<'a> {
    /// The sentence's text.
    pub fn sentence_text(&self) -> &'a str {
        self.sentence.span.slice(self.text)
    }

    /// The sentence's tokens.
    pub fn tokens(&self) -> &'a [Token] {
        &self.sentence.tokens
    }

    /// The original text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        self.sentence.tokens[i].span.slice(self.text)
    }
}
