//! One document through every stage, pure apart from the stem cache: the stage
//! sequence and the analysis types.
//!
//! ingest → langid → segment → tokenize/stem → gazetteers → money/date rules →
//! relations. Ids and CSV rows are made from an [`Analysis`] by [`crate::output`];
//! a corpus is walked by [`crate::run`].

use crate::calendar::{DocDate, Precision};
use crate::document::{Document, Sentence, SentenceContext};
use crate::ingest::{self, IngestError};
use crate::lang::{DocumentScan, Lang};
use crate::mention::{Kind, Mention, RelType, Relation};
use crate::resources::Resources;
use crate::span::Span;
use crate::tokenize::Stemmer;
use anyhow::Result;
use std::time::{Duration, Instant};

/// A document after every stage.
#[derive(Debug)]
pub struct Analysis {
    /// The document read.
    pub doc: Document,
    /// The document's language: front matter, else identified from its body.
    pub lang: Lang,
    /// The document's own date: front matter, else a dateline or byline.
    pub date: Option<DocDate>,
    /// Sentences; their tokens are dropped after extraction unless asked to keep them.
    pub sentences: Vec<Sentence>,
    /// Mentions of each sentence (same index as `sentences`), in text order.
    pub mentions: Vec<Vec<Mention>>,
    /// Relations of each sentence; their indices point into `mentions[i]`.
    pub relations: Vec<Vec<Relation>>,
    /// Number of tokens of the document.
    pub tokens: usize,
}

impl Analysis {
    /// Number of tokens of the document.
    pub fn token_count(&self) -> usize {
        self.tokens
    }

    /// Number of mentions of the document.
    pub fn mention_count(&self) -> usize {
        self.mentions.iter().map(Vec::len).sum()
    }
}

/// Time spent in each stage (filled by [`analyze_with`] when asked; used by the benchmark).
#[derive(Clone, Debug, Default)]
pub struct StageTimes {
    /// Language identification, of the document and of its sentences.
    pub langid: Duration,
    /// Sentence segmentation.
    pub segment: Duration,
    /// Tokenization and stemming.
    pub tokenize: Duration,
    /// Company and chip names.
    pub gazetteer: Duration,
    /// Money and percentages.
    pub money: Duration,
    /// Dates.
    pub dates: Duration,
    /// Relations.
    pub relations: Duration,
}

impl StageTimes {
    /// `(stage, seconds)` in pipeline order.
    pub fn stages(&self) -> [(&'static str, f64); 7] {
        [
            ("langid", self.langid.as_secs_f64()),
            ("segment", self.segment.as_secs_f64()),
            ("tokenize+stem", self.tokenize.as_secs_f64()),
            ("gazetteer", self.gazetteer.as_secs_f64()),
            ("money+percent", self.money.as_secs_f64()),
            ("dates", self.dates.as_secs_f64()),
            ("relations", self.relations.as_secs_f64()),
        ]
    }

    /// Adds the times of `other`, stage by stage.
    pub fn add(&mut self, other: &StageTimes) {
        self.langid += other.langid;
        self.segment += other.segment;
        self.tokenize += other.tokenize;
        self.gazetteer += other.gazetteer;
        self.money += other.money;
        self.dates += other.dates;
        self.relations += other.relations;
    }
}

/// Runs `f`, adding its duration to the field `pick` chooses when timing is on.
fn timed<T>(
    times: &mut Option<&mut StageTimes>,
    pick: fn(&mut StageTimes) -> &mut Duration,
    f: impl FnOnce() -> T,
) -> T {
    match times {
        Some(t) => {
            let start = Instant::now();
            let out = f();
            *pick(t) += start.elapsed();
            out
        }
        None => f(),
    }
}

/// Runs every stage on one document, keeping every sentence's tokens. Pure apart from
/// the stem cache.
pub fn analyze(doc: Document, res: &Resources, stemmer: &mut Stemmer) -> Analysis {
    analyze_with(doc, res, stemmer, true, None)
}

/// Runs every stage on one document. Sentences are tokenized and extracted one at a
/// time, so memory stays a bounded multiple of the document's size; their tokens are
/// kept only when `keep_tokens`. `times`, when given, receives the time of each stage.
pub fn analyze_with(
    doc: Document,
    res: &Resources,
    stemmer: &mut Stemmer,
    keep_tokens: bool,
    times: Option<&mut StageTimes>,
) -> Analysis {
    let mut sentences = Vec::new();
    let mut mentions = Vec::new();
    let mut relations = Vec::new();
    let info = analyze_windows(&doc, res, stemmer, keep_tokens, times, &mut |_, w| {
        sentences.extend(w.sentences);
        mentions.extend(w.mentions);
        relations.extend(w.relations);
    });
    Analysis {
        doc,
        lang: info.lang,
        date: info.date,
        sentences,
        mentions,
        relations,
        tokens: info.tokens,
    }
}

/// What is known of a document as its windows are analyzed.
#[derive(Clone, Copy, Debug)]
pub struct DocInfo {
    /// The document's language: front matter, else identified from its body.
    pub lang: Lang,
    /// The document's own date: front matter, else a dateline or byline.
    pub date: Option<DocDate>,
    /// Sentences of the whole document.
    pub sentences: usize,
    /// Tokens of the windows analyzed so far (of the whole document at the end).
    pub tokens: usize,
}

/// The analysis of one window of consecutive sentences (same layout as [`Analysis`]).
#[derive(Debug, Default)]
pub struct Window {
    /// Sentences of the window; their tokens are dropped unless asked to keep them.
    pub sentences: Vec<Sentence>,
    /// Mentions of each sentence (same index as `sentences`), in text order.
    pub mentions: Vec<Vec<Mention>>,
    /// Relations of each sentence; their indices point into `mentions[i]`.
    pub relations: Vec<Vec<Relation>>,
}

/// Runs every stage on one document and hands each window of sentences to `emit` as
/// soon as it is done, then forgets it: memory holds the text, the sentence spans and
/// one window, however long the document. Returns what is known of the whole document.
pub fn analyze_windows(
    doc: &Document,
    res: &Resources,
    stemmer: &mut Stemmer,
    keep_tokens: bool,
    mut times: Option<&mut StageTimes>,
    emit: &mut dyn FnMut(&DocInfo, Window),
) -> DocInfo {
    let body_text = doc.body.slice(&doc.text);
    let doc_scan = timed(
        &mut times,
        |t| &mut t.langid,
        || doc.meta.lang.is_none().then(|| stage::langid_document(res, body_text)),
    );
    let lang = doc.meta.lang.or(doc_scan.as_ref().map(DocumentScan::lang)).unwrap_or_default();
    let spans = timed(&mut times, |t| &mut t.segment, || stage::segment(res, doc, lang));
    let mut make_sentence = |index: usize, times: &mut Option<&mut StageTimes>| {
        let span = spans[index];
        let s_lang = timed(
            times,
            |t| &mut t.langid,
            || match &doc_scan {
                None => lang,
                Some(scan) => {
                    stage::langid_sentence(res, scan, &doc.text, doc.body.start, span, lang)
                }
            },
        );
        let tokens = timed(
            times,
            |t| &mut t.tokenize,
            || stage::tokenize(res, stemmer, &doc.text, span, s_lang),
        );
        Sentence { index, span, lang: s_lang, tokens }
    };

    // The first sentences are needed up front to find a dateline; `ready` holds the
    // sentences made and not yet handed out, the first of them being sentence `done`.
    let mut ready: Vec<Sentence> =
        (0..spans.len().min(DATELINE_SENTENCES)).map(|i| make_sentence(i, &mut times)).collect();
    let front = doc.meta.date.as_deref().and_then(DocDate::parse_iso);
    let date = match front {
        Some(f) if f.precision() == Precision::Day => Some(f),
        // A dateline with a day refines a front-matter date known to the month or
        // the year (`date: 2025-02` and `PARIS, 10 février (AFP) -`).
        Some(f) => dateline(doc, &ready, lang, res, Some(f)).filter(|d| within(*d, f)).or(front),
        None => dateline(doc, &ready, lang, res, None),
    };
    let mut info = DocInfo { lang, date, sentences: spans.len(), tokens: 0 };

    // Windows of sentences: the gazetteer sees a window at once (one sense per
    // discourse); a normal article is one window, a huge document many, so that only
    // one window's tokens are alive at a time.
    let mut start = 0;
    while start < spans.len() {
        let end = window_end(&spans, start);
        let made = start + ready.len();
        let mut sentences = take_front(&mut ready, end - start);
        for index in made..end {
            let s = make_sentence(index, &mut times);
            sentences.push(s);
        }
        let cx = DocContext { doc, res, lang, date };
        let window = extract_window(&cx, sentences, keep_tokens, &mut times, &mut info.tokens);
        emit(&info, window);
        start = end;
    }
    info
}

/// The end of the window of sentences that starts at sentence `start`: as many
/// sentences as fit in [`WINDOW_BYTES`], at least one.
fn window_end(spans: &[Span], start: usize) -> usize {
    let mut end = start;
    let mut bytes = 0;
    while end < spans.len() && (end == start || bytes + spans[end].len() <= WINDOW_BYTES) {
        bytes += spans[end].len();
        end += 1;
    }
    end
}

/// The first `n` sentences of `ready` (all of them when there are fewer), leaving the
/// rest there.
fn take_front(ready: &mut Vec<Sentence>, n: usize) -> Vec<Sentence> {
    if ready.len() > n {
        let rest = ready.split_off(n);
        std::mem::replace(ready, rest)
    } else {
        std::mem::take(ready)
    }
}

/// What every sentence of a document is extracted with.
struct DocContext<'a> {
    doc: &'a Document,
    res: &'a Resources,
    lang: Lang,
    date: Option<DocDate>,
}

/// The mentions and relations of a window of tokenized sentences; adds their tokens to
/// `tokens`, and drops them unless `keep_tokens`.
fn extract_window(
    cx: &DocContext,
    mut sentences: Vec<Sentence>,
    keep_tokens: bool,
    times: &mut Option<&mut StageTimes>,
    tokens: &mut usize,
) -> Window {
    let DocContext { doc, res, lang, date } = *cx;
    let mut mentions = Vec::with_capacity(sentences.len());
    let mut relations = Vec::with_capacity(sentences.len());
    let contexts: Vec<SentenceContext> = sentences
        .iter()
        .map(|sentence| SentenceContext {
            text: &doc.text,
            sentence,
            doc_lang: lang,
            doc_date: date,
        })
        .collect();
    let names = timed(times, |t| &mut t.gazetteer, || stage::gazetteer(res, &contexts));
    for (cx, mut found) in contexts.iter().zip(names) {
        *tokens += cx.sentence.tokens.len();
        found.extend(timed(times, |t| &mut t.money, || stage::money(res, cx)));
        found.extend(timed(times, |t| &mut t.dates, || stage::dates(res, cx)));
        let found = outside_markup(cx, resolve_overlaps(found));
        // A relation links mentions of the sentence: none without mentions.
        relations.push(if found.is_empty() {
            Vec::new()
        } else {
            let all = timed(times, |t| &mut t.relations, || stage::relations(res, cx, &found));
            bound_relations(all, cx.sentence.span.len())
        });
        mentions.push(found);
    }
    drop(contexts);
    if !keep_tokens {
        for s in &mut sentences {
            s.tokens = Vec::new();
        }
    }
    Window { sentences, mentions, relations }
}

/// One function per stage, never inlined, so that a profiler attributes every
/// instruction to its stage (they run once per document or sentence: no cost).
mod stage {
    use super::*;

    #[inline(never)]
    pub fn langid_document(res: &Resources, body: &str) -> DocumentScan {
        res.langid.scan_document(body)
    }

    /// `scan` was made from the body of `text`, which starts at `body_start`.
    #[inline(never)]
    pub fn langid_sentence(
        res: &Resources,
        scan: &DocumentScan,
        text: &str,
        body_start: usize,
        span: Span,
        doc_lang: Lang,
    ) -> Lang {
        let sentence = span.slice(text);
        match span.start.checked_sub(body_start) {
            Some(start) => res.langid.detect_sentence_in(scan, sentence, start, doc_lang),
            None => res.langid.detect_sentence(sentence, doc_lang),
        }
    }

    #[inline(never)]
    pub fn segment(res: &Resources, doc: &Document, lang: Lang) -> Vec<Span> {
        crate::segment::segment(&doc.text, doc.body, res.segment_rules(lang))
    }

    #[inline(never)]
    pub fn tokenize(
        res: &Resources,
        stemmer: &mut Stemmer,
        text: &str,
        span: Span,
        lang: Lang,
    ) -> Vec<crate::tokenize::Token> {
        stemmer.tokenize(text, span, res.token_rules(lang), lang)
    }

    #[inline(never)]
    pub fn gazetteer(res: &Resources, contexts: &[SentenceContext]) -> Vec<Vec<Mention>> {
        res.gazetteer.find_document(contexts)
    }

    #[inline(never)]
    pub fn money(res: &Resources, cx: &SentenceContext) -> Vec<Mention> {
        res.money.find(cx)
    }

    #[inline(never)]
    pub fn dates(res: &Resources, cx: &SentenceContext) -> Vec<Mention> {
        res.dates.find(cx)
    }

    #[inline(never)]
    pub fn relations(res: &Resources, cx: &SentenceContext, found: &[Mention]) -> Vec<Relation> {
        res.relations.find(cx, found, &res.gazetteer)
    }
}

/// Bytes of sentences the gazetteer sees at once (one sense per discourse).
const WINDOW_BYTES: usize = 1 << 20;

/// Bytes a wire dateline's place may take before the comma (`SAN FRANCISCO,`).
const WIRE_PLACE: usize = 40;

/// Whether a comma opens `sentence` early enough for a wire dateline (no need to look
/// for its date otherwise).
fn could_be_wire_dateline(text: &str, sentence: Span) -> bool {
    let end = sentence.end.min(sentence.start + WIRE_PLACE + 1);
    text.as_bytes().get(sentence.start..end).is_some_and(|b| b.contains(&b','))
}

/// How many leading sentences may hold a dateline or byline.
const DATELINE_SENTENCES: usize = 12;

/// The document date from a dateline or byline: the first date at month precision or
/// better in one of the first short lines (`Jacky West / March 21, 2025`, `Juin 2026`,
/// `Publié le 3 mai 2025`), or opening a longer one as a wire dateline
/// (`SAN FRANCISCO, March 21, 2025 (Reuters) - Anthropic has raised ...`).
/// Whether the day `d` lies within the coarser date `f` and is finer than it.
fn within(d: DocDate, f: DocDate) -> bool {
    d.precision() > f.precision() && d.year == f.year && f.month.is_none_or(|m| d.month == Some(m))
}

/// With a `reference` (a coarse front-matter date), a dateline without its year
/// (`PARIS, 10 février (AFP) -`) takes the reference's year.
fn dateline(
    doc: &Document,
    sentences: &[Sentence],
    lang: Lang,
    res: &Resources,
    reference: Option<DocDate>,
) -> Option<DocDate> {
    const SHORT: usize = 120;
    sentences.iter().take(DATELINE_SENTENCES).find_map(|sentence| {
        let short = sentence.span.len() <= SHORT;
        if !short && !could_be_wire_dateline(&doc.text, sentence.span) {
            return None;
        }
        let cx = SentenceContext { text: &doc.text, sentence, doc_lang: lang, doc_date: reference };
        res.dates
            .find(&cx)
            .into_iter()
            .filter(|m| m.mod_.is_none())
            .filter(|m| {
                (short && dateline_shape(&doc.text, sentence.span, m.span))
                    || wire_dateline(&doc.text, sentence.span, m.span)
            })
            .filter_map(|m| DocDate::parse_iso(&m.value))
            .find(|d| d.month.is_some())
    })
}

/// Whether the date at `date` opens the sentence at `sentence` as a wire dateline: a
/// short place and a comma before it, a dash after it, maybe after an agency in
/// parentheses (`SAN FRANCISCO, March 21, 2025 (Reuters) -`).
/// Whether a short sentence reads as a dateline or byline around its date rather than
/// as a statement: few words besides the date (`Jacky West / March 21, 2025`,
/// `Publié le 3 mai 2025`), and no final punctuation unless almost nothing else is
/// there. `Nvidia a présenté le H200 en mars 2024 à San José.` is a statement.
fn dateline_shape(text: &str, sentence: Span, date: Span) -> bool {
    const FEW_WORDS: usize = 6;
    const ALMOST_NOTHING: usize = 2;
    let words = |s: &str| s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count();
    let before = text.get(sentence.start..date.start).unwrap_or("");
    let after = text.get(date.end..sentence.end).unwrap_or("");
    let outside = words(before) + words(after);
    let statement = sentence.slice(text).trim_end().ends_with(['.', '!', '?']);
    outside <= ALMOST_NOTHING || (!statement && outside <= FEW_WORDS)
}

fn wire_dateline(text: &str, sentence: Span, date: Span) -> bool {
    let (Some(before), Some(after)) =
        (text.get(sentence.start..date.start), text.get(date.end..sentence.end))
    else {
        return false;
    };
    if before.len() > WIRE_PLACE || !before.trim_end().ends_with(',') {
        return false;
    }
    let mut rest = after.trim_start();
    if rest.starts_with('(') {
        match rest.find(')').and_then(|p| rest.get(p + 1..)) {
            Some(r) => rest = r.trim_start(),
            None => return false,
        }
    }
    rest.starts_with(['-', '\u{2013}', '\u{2014}'])
}

/// Sorts mentions by position and drops those that overlap an earlier, longer one
/// (leftmost-longest across kinds). Company and chip mentions from the gazetteer are
/// already resolved among themselves.
pub fn resolve_overlaps(mut found: Vec<Mention>) -> Vec<Mention> {
    found.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.len().cmp(&a.span.len()))
            .then(kind_rank(a.kind).cmp(&kind_rank(b.kind)))
    });
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        if let Some(conflict) = out.iter().rposition(|k| k.span.overlaps(m.span)) {
            let kept = &out[conflict];
            if kept.span.len() >= m.span.len() || kind_rank(kept.kind) <= kind_rank(m.kind) {
                continue;
            }
            out.remove(conflict);
        }
        out.push(m);
    }
    out
}

/// Most relations kept for one sentence: a sentence dense with names would otherwise
/// relate every name to every other (README "Guarantees").
pub const MAX_RELATIONS_PER_SENTENCE: usize = 64;

/// Most typed relations (facts: `invests`, `makes`…) kept for one sentence.
pub const MAX_FACTS_PER_SENTENCE: usize = 16;

/// Bytes of sentence text that the facts of one sentence may repeat: `facts.csv` gives
/// each fact its sentence, so a long sentence keeps fewer facts (at least one).
pub const FACT_TEXT_PER_SENTENCE: usize = 4096;

/// The relations of a sentence of `len` bytes within the bounds above, so that the
/// tables stay proportional to the input: typed relations first (at most
/// [`MAX_FACTS_PER_SENTENCE`], and no more than [`FACT_TEXT_PER_SENTENCE`] allows,
/// the most confident kept), then `dated`, then `cooccurs`, up to
/// [`MAX_RELATIONS_PER_SENTENCE`] in all. The relations kept stay in their order.
pub fn bound_relations(relations: Vec<Relation>, len: usize) -> Vec<Relation> {
    let facts_allowed = (FACT_TEXT_PER_SENTENCE / len.max(1)).clamp(1, MAX_FACTS_PER_SENTENCE);
    let typed = |r: &Relation| r.kind.is_typed();
    let facts = relations.iter().filter(|r| typed(r)).count();
    if relations.len() <= MAX_RELATIONS_PER_SENTENCE && facts <= facts_allowed {
        return relations;
    }
    // Rank: typed by confidence, then dated, then co-occurrences; ties in text order.
    let rank = |r: &Relation| match r.kind {
        RelType::Cooccurs => 2,
        RelType::Dated => 1,
        _ => 0,
    };
    let mut order: Vec<usize> = (0..relations.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&relations[a], &relations[b]);
        rank(ra).cmp(&rank(rb)).then(rb.confidence.total_cmp(&ra.confidence)).then(a.cmp(&b))
    });
    let mut keep = vec![false; relations.len()];
    let (mut kept, mut kept_facts) = (0, 0);
    for i in order {
        let is_fact = typed(&relations[i]);
        if kept == MAX_RELATIONS_PER_SENTENCE || (is_fact && kept_facts == facts_allowed) {
            continue;
        }
        keep[i] = true;
        kept += 1;
        kept_facts += usize::from(is_fact);
    }
    relations.into_iter().zip(keep).filter_map(|(r, k)| k.then_some(r)).collect()
}

/// Drops the mentions that lie in markup or an address of the sentence (a tag, a
/// character reference, a URL: [`crate::lang::markup_ranges`]): they are not text. A
/// URL's `%3A` is no percentage, its `nvidia.com` no mention of the company.
fn outside_markup(cx: &SentenceContext, mut found: Vec<Mention>) -> Vec<Mention> {
    let start = cx.sentence.span.start;
    let markup = crate::lang::markup_ranges(cx.sentence_text());
    if !markup.is_empty() {
        found.retain(|m| {
            !markup.iter().any(|r| m.span.start < start + r.end && start + r.start < m.span.end)
        });
    }
    found
}

/// Which kind wins an overlap of equal length.
fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::Money => 0,
        Kind::Percent => 1,
        Kind::Chip => 2,
        Kind::Company => 3,
        Kind::Date => 4,
    }
}

/// Analyzes one in-memory text (used by `extract`, tests and the benchmark).
pub fn analyze_text(
    id: &str,
    text: &str,
    res: &Resources,
) -> Result<Vec<Analysis>, Vec<IngestError>> {
    let (docs, errors) = ingest::parse_bytes(id, text.as_bytes().to_vec());
    if docs.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let mut stemmer = Stemmer::new();
    Ok(docs.into_iter().map(|d| analyze(d, res, &mut stemmer)).collect())
}
