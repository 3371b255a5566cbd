//! A whole corpus through the pipeline: the corpus walk, a small ordered worker pool,
//! streaming output and progress. The only stage here is scheduling; every document
//! goes through [`crate::analyze`] and its rows through [`crate::output`].

use crate::analyze::analyze_windows;
use crate::ingest::{self, IngestError};
use crate::output::incremental;
use crate::output::{DocRows, OutputOptions, RowBuilder, TableWriter};
use crate::resources::Resources;
use crate::tokenize::Stemmer;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Condvar, Mutex, MutexGuard};
use std::time::Instant;

/// Options of `veille run`.
#[derive(Clone, Debug)]
pub struct RunConfig {
    pub corpus: PathBuf,
    pub gazetteers: PathBuf,
    pub out: PathBuf,
    /// Worker threads; 0 means all cores.
    pub jobs: usize,
    pub quiet: bool,
    /// Analyze every document even when the output folder holds rows for it.
    pub full: bool,
    pub output: OutputOptions,
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct RunSummary {
    pub documents: usize,
    /// Documents whose rows were reused from the previous run.
    pub reused: usize,
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
        let reused =
            if self.reused > 0 { format!(" ({} unchanged)", self.reused) } else { String::new() };
        format!(
            "veille: {} documents{reused}, {} sentences, {} mentions, {} relations, {} errors in {:.2} s ({:.1} MB/s)",
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

/// How many bytes of files may be handed to workers and not yet written: bounds
/// memory whatever the corpus size, while letting workers run ahead of a slow file.
/// A larger file is taken alone.
const IN_FLIGHT_BYTES: u64 = 16 << 20;

/// Runs the whole pipeline over a corpus folder and writes the tables atomically.
pub fn run(config: &RunConfig) -> Result<RunSummary> {
    let started = Instant::now();
    let res = Resources::load(&config.gazetteers).map_err(|e| anyhow::anyhow!("{e}"))?;
    let jobs = match config.jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    run_with(config, &res, jobs, started)
}

/// What a worker sends the writer about file `i`, in order: its read errors, the
/// rows of its documents (a long document in several parts), then `Done`.
enum Part {
    Errors(Vec<IngestError>),
    /// Rows of the current document; `last` closes it; `reused` when they come from
    /// the previous run.
    Rows {
        rows: Box<DocRows>,
        last: bool,
        reused: bool,
    },
    Done,
    /// The worker failed on the file (a bug): the run stops with this message.
    Failed(String),
}

/// Which files workers may take: shared by the workers and the writer.
struct FileWindow {
    /// The next file to hand out.
    next: usize,
    /// Bytes of the files handed out and not yet written.
    in_flight: u64,
    /// Set when the writer stops early: workers take no more files.
    stop: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Reads and analyzes one file, sending its parts to the writer (see [`Part`]).
fn process_file(
    config: &RunConfig,
    res: &Resources,
    path: &Path,
    previous: &Mutex<incremental::Previous>,
    send: &mut dyn FnMut(Part),
) {
    let (docs, errors) = ingest::read_file(&config.corpus, path);
    send(Part::Errors(errors));
    for doc in docs {
        let reused = lock(previous).take(&doc.id, &doc.sha256);
        if let Some(rows) = reused {
            send(Part::Rows { rows: Box::new(rows), last: true, reused: true });
            continue;
        }
        STEMMER.with(|s| {
            let mut builder = RowBuilder::new(&doc, &config.output);
            let info =
                analyze_windows(&doc, res, &mut s.borrow_mut(), false, None, &mut |info, w| {
                    send(Part::Rows {
                        rows: Box::new(builder.window_rows(info, &w)),
                        last: false,
                        reused: false,
                    });
                });
            send(Part::Rows {
                rows: Box::new(builder.document_rows(&info)),
                last: true,
                reused: false,
            });
        });
    }
}

fn run_with(
    config: &RunConfig,
    res: &Resources,
    jobs: usize,
    started: Instant,
) -> Result<RunSummary> {
    if !config.corpus.is_dir() {
        anyhow::bail!("corpus folder {} cannot be read", config.corpus.display());
    }
    let files = ingest::discover(&config.corpus)
        .with_context(|| format!("cannot list corpus folder {}", config.corpus.display()))?;
    let sizes: Vec<u64> =
        files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).collect();
    let total: u64 = sizes.iter().sum();
    let progress = progress_bar(total, config.quiet);

    let state = incremental::State::current(&res.fingerprint, &config.output);
    let previous = if config.full { None } else { incremental::load_previous(&config.out, &state) }
        .unwrap_or_default();
    let previous = Mutex::new(previous);
    let mut writer = TableWriter::create(&config.out, config.output.clone())?;
    let mut summary = RunSummary::default();

    // Workers take files in order within a window of bytes and send their parts; this
    // thread writes the parts of file after file, keeping those that come early.
    let window = Mutex::new(FileWindow { next: 0, in_flight: 0, stop: false });
    let ready = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Part)>();
    let outcome = std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let (files, sizes, window, ready, previous) =
                (&files, &sizes, &window, &ready, &previous);
            scope.spawn(move || loop {
                let i = {
                    let mut w = lock(window);
                    loop {
                        if w.stop || w.next >= files.len() {
                            return;
                        }
                        if w.in_flight == 0 || w.in_flight + sizes[w.next] <= IN_FLIGHT_BYTES {
                            break;
                        }
                        w = ready.wait(w).unwrap_or_else(|e| e.into_inner());
                    }
                    w.next += 1;
                    w.in_flight += sizes[w.next - 1];
                    w.next - 1
                };
                let mut send = |part: Part| {
                    let _ = tx.send((i, part));
                };
                let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    process_file(config, res, &files[i], previous, &mut send)
                }));
                match run {
                    Ok(()) => send(Part::Done),
                    Err(e) => {
                        let msg = e
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| e.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        send(Part::Failed(msg));
                    }
                }
            });
        }
        drop(tx);
        let mut write = || -> Result<()> {
            let mut current = 0;
            let mut early: BTreeMap<usize, Vec<Part>> = BTreeMap::new();
            let mut doc_open = false;
            let mut handle = |part: Part, current: &mut usize| -> Result<()> {
                match part {
                    Part::Errors(errors) => {
                        for e in &errors {
                            progress.suspend(|| eprintln!("warning: {e}"));
                            writer.write_error(e)?;
                            summary.errors += 1;
                        }
                    }
                    Part::Rows { rows, last, reused } => {
                        summary.sentences += rows.sentences();
                        summary.mentions += rows.mentions();
                        summary.relations += rows.relations();
                        writer.write_part(&rows)?;
                        doc_open = !last;
                        if last {
                            writer.end_doc();
                            summary.documents += 1;
                            summary.tokens += rows.tokens();
                            summary.reused += usize::from(reused);
                        }
                    }
                    Part::Done => {
                        anyhow::ensure!(
                            !doc_open,
                            "{}: a document was cut short",
                            files[*current].display()
                        );
                        summary.bytes += sizes[*current];
                        progress.set_position(summary.bytes);
                        lock(&window).in_flight -= sizes[*current];
                        ready.notify_all();
                        *current += 1;
                    }
                    Part::Failed(msg) => {
                        anyhow::bail!("internal error on {}: {msg}", files[*current].display())
                    }
                }
                Ok(())
            };
            for (i, part) in rx.iter() {
                if i != current {
                    early.entry(i).or_default().push(part);
                    continue;
                }
                handle(part, &mut current)?;
                // Files that finished while an earlier one was written.
                while let Some(parts) = early.remove(&current) {
                    let file = current;
                    for part in parts {
                        handle(part, &mut current)?;
                    }
                    if current == file {
                        break; // still running: its next parts come from the channel
                    }
                }
            }
            anyhow::ensure!(
                current == files.len(),
                "a worker stopped before the end of the corpus"
            );
            Ok(())
        };
        let outcome = write();
        if outcome.is_err() {
            lock(&window).stop = true;
            ready.notify_all();
        }
        outcome
    });
    outcome?;
    incremental::clear(&config.out)
        .with_context(|| format!("cannot update {}", config.out.display()))?;
    writer.finish(res)?;
    let package = serde_json::to_vec_pretty(&crate::output::datapackage::descriptor())?;
    crate::output::write_atomic(&config.out.join("datapackage.json"), &package)?;
    crate::output::write_atomic(
        &config.out.join("README.md"),
        crate::output::datapackage::readme().as_bytes(),
    )?;
    incremental::save(&config.out, &state)?;
    progress.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// A progress bar over bytes on stderr; hidden when `quiet` or stderr is not a terminal.
pub fn progress_bar(total: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
