//! The pipeline: one document through every stage, and a whole corpus through the
//! pipeline in parallel with ordered, streaming output.
//!
//! ingest → langid → segment → tokenize/stem → gazetteers → money/date rules →
//! relations → (ids, CSV in [`crate::output`]).

use crate::calendar::DocDate;
use crate::document::{Document, Sentence, SentenceContext};
use crate::ingest::{self, IngestError};
use crate::lang::{self, Lang};
use crate::mention::{Kind, Mention, Relation};
use crate::output::{OutputOptions, TableWriter};
use crate::resources::Resources;
use crate::segment::segment;
use crate::tokenize::{tokenize, Stemmer};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A document after every stage.
#[derive(Debug)]
pub struct Analysis {
    pub doc: Document,
    pub lang: Lang,
    /// The document's own date: front matter, else a dateline or byline.
    pub date: Option<DocDate>,
    pub sentences: Vec<Sentence>,
    /// Mentions of each sentence (same index as `sentences`), in text order.
    pub mentions: Vec<Vec<Mention>>,
    /// Relations of each sentence; their indices point into `mentions[i]`.
    pub relations: Vec<Vec<Relation>>,
}

impl Analysis {
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }

    pub fn mention_count(&self) -> usize {
        self.mentions.iter().map(Vec::len).sum()
    }
}

/// Runs every stage on one document. Pure apart from the stem cache.
pub fn analyze(doc: Document, res: &Resources, stemmer: &mut Stemmer) -> Analysis {
    let body_text = doc.body.slice(&doc.text);
    let lang = doc.meta.lang.unwrap_or_else(|| lang::detect_document(body_text));
    let spans = segment(&doc.text, doc.body, res.segment_rules(lang));
    let sentences: Vec<Sentence> = spans
        .into_iter()
        .enumerate()
        .map(|(index, span)| {
            let s_lang = match doc.meta.lang {
                Some(l) => l,
                None => lang::detect_sentence(span.slice(&doc.text), lang),
            };
            let mut tokens = tokenize(&doc.text, span, res.token_rules(s_lang));
            stemmer.stem_tokens(s_lang, &mut tokens);
            Sentence { index, span, lang: s_lang, tokens }
        })
        .collect();

    let date = doc
        .meta
        .date
        .as_deref()
        .and_then(DocDate::parse_iso)
        .or_else(|| dateline(&doc, &sentences, lang, res));

    let mut mentions = Vec::with_capacity(sentences.len());
    let mut relations = Vec::with_capacity(sentences.len());
    let contexts: Vec<SentenceContext> = sentences
        .iter()
        .map(|sentence| SentenceContext { text: &doc.text, sentence, doc_lang: lang, doc_date: date })
        .collect();
    let mut names = res.gazetteer.find_document(&contexts).into_iter();
    for cx in &contexts {
        let cx = *cx;
        let mut found = names.next().unwrap_or_default();
        found.extend(res.money.find(&cx));
        found.extend(res.dates.find(&cx));
        let found = resolve_overlaps(found);
        relations.push(res.relations.find(&cx, &found, &res.gazetteer));
        mentions.push(found);
    }
    Analysis { doc, lang, date, sentences, mentions, relations }
}

/// The document date from a dateline or byline: the first date at month precision or
/// better in one of the first short lines (`Jacky West / March 21, 2025`, `Juin 2026`,
/// `Publié le 3 mai 2025`).
fn dateline(doc: &Document, sentences: &[Sentence], lang: Lang, res: &Resources) -> Option<DocDate> {
    const FIRST_SENTENCES: usize = 12;
    const SHORT: usize = 120;
    sentences.iter().take(FIRST_SENTENCES).filter(|s| s.span.len() <= SHORT).find_map(|sentence| {
        let cx = SentenceContext { text: &doc.text, sentence, doc_lang: lang, doc_date: None };
        res.dates
            .find(&cx)
            .into_iter()
            .filter(|m| m.mod_.is_empty())
            .filter_map(|m| DocDate::parse_iso(&m.value))
            .find(|d| d.month.is_some())
    })
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

/// Options of `veille run`.
#[derive(Clone, Debug)]
pub struct RunConfig {
    pub corpus: PathBuf,
    pub gazetteers: PathBuf,
    pub out: PathBuf,
    /// Worker threads; 0 means all cores.
    pub jobs: usize,
    pub quiet: bool,
    pub output: OutputOptions,
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct RunSummary {
    pub documents: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub mentions: usize,
    pub relations: usize,
    pub errors: usize,
    pub bytes: u64,
    pub seconds: f64,
}

impl RunSummary {
    pub fn mb_per_s(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }

    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        format!(
            "veille: {} documents, {} sentences, {} mentions, {} relations, {} errors in {:.2} s ({:.1} MB/s)",
            self.documents,
            self.sentences,
            self.mentions,
            self.relations,
            self.errors,
            self.seconds,
            self.mb_per_s()
        )
    }
}

thread_local! {
    static STEMMER: RefCell<Stemmer> = RefCell::new(Stemmer::new());
}

/// How many documents are analyzed in parallel before their rows are written.
const BATCH_BYTES: u64 = 8 << 20;

/// Runs the whole pipeline over a corpus folder and writes the tables atomically.
pub fn run(config: &RunConfig) -> Result<RunSummary> {
    let started = Instant::now();
    let res = Resources::load(&config.gazetteers).map_err(|e| anyhow::anyhow!("gazetteers: {e}"))?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .build()
        .context("cannot start worker threads")?;
    run_with(config, &res, &pool, started)
}

fn run_with(config: &RunConfig, res: &Resources, pool: &rayon::ThreadPool, started: Instant) -> Result<RunSummary> {
    if !config.corpus.is_dir() {
        anyhow::bail!("corpus folder {} cannot be read", config.corpus.display());
    }
    let files = ingest::discover(&config.corpus)
        .with_context(|| format!("cannot list corpus folder {}", config.corpus.display()))?;
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).collect();
    let total: u64 = sizes.iter().sum();
    let progress = crate::output::progress_bar(total, config.quiet);

    let mut writer = TableWriter::create(&config.out, config.output.clone())?;
    let mut summary = RunSummary::default();

    // Batches of files: read and analyzed in parallel, written in order.
    let mut i = 0;
    while i < files.len() {
        let mut j = i;
        let mut batch_bytes = 0;
        while j < files.len() && (j == i || batch_bytes + sizes[j] <= BATCH_BYTES) {
            batch_bytes += sizes[j];
            j += 1;
        }
        let results: Vec<(Vec<Analysis>, Vec<IngestError>)> = pool.install(|| {
            files[i..j]
                .par_iter()
                .map(|path| {
                    let (docs, errors) = ingest::read_file(&config.corpus, path);
                    let analyses = docs
                        .into_iter()
                        .map(|d| STEMMER.with(|s| analyze(d, res, &mut s.borrow_mut())))
                        .collect();
                    (analyses, errors)
                })
                .collect()
        });
        for (analyses, errors) in results {
            for e in &errors {
                progress.suspend(|| eprintln!("warning: {e}"));
                writer.write_error(e)?;
                summary.errors += 1;
            }
            for a in &analyses {
                summary.documents += 1;
                summary.sentences += a.sentences.len();
                summary.tokens += a.token_count();
                summary.mentions += a.mention_count();
                summary.relations += a.relations.iter().map(Vec::len).sum::<usize>();
                writer.write_analysis(a, res)?;
            }
        }
        summary.bytes += batch_bytes;
        progress.set_position(summary.bytes);
        i = j;
    }
    writer.finish(res)?;
    progress.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Analyzes one in-memory text (used by `extract`, tests and the benchmark).
pub fn analyze_text(id: &str, text: &str, res: &Resources) -> Result<Vec<Analysis>, Vec<IngestError>> {
    let (docs, errors) = ingest::parse_bytes(id, text.as_bytes().to_vec());
    if docs.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let mut stemmer = Stemmer::new();
    Ok(docs.into_iter().map(|d| analyze(d, res, &mut stemmer)).collect())
}

/// The default gazetteers folder: `./gazetteers`, else the one shipped beside the crate.
pub fn default_dir(name: &str) -> PathBuf {
    let local = Path::new(name);
    if local.exists() {
        return local.to_path_buf();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}
