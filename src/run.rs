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
    /// The corpus folder, read recursively.
    pub corpus: PathBuf,
    /// The gazetteers folder.
    pub gazetteers: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// Worker threads; 0 means all cores.
    pub jobs: usize,
    /// No progress bar.
    pub quiet: bool,
    /// Analyze every document even when the output folder holds rows for it.
    pub full: bool,
    /// How cells are written.
    pub output: OutputOptions,
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct RunSummary {
    /// Documents read.
    pub documents: usize,
    /// Documents whose rows were reused from the previous run.
    pub reused: usize,
    /// Sentences of the documents.
    pub sentences: usize,
    /// Tokens of the documents.
    pub tokens: usize,
    /// Mentions found.
    pub mentions: usize,
    /// Relations found.
    pub relations: usize,
    /// Files or lines that could not be read (rows of `errors.csv`).
    pub errors: usize,
    /// Bytes of the corpus files.
    pub bytes: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

impl RunSummary {
    /// Throughput in megabytes (10^6 bytes) of corpus per second.
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

/// Which files workers may take (see [`Files`]).
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

/// The files of the corpus, shared by the workers and the writer: workers take them in
/// order within a window of [`IN_FLIGHT_BYTES`], which the writer widens as it writes
/// them.
struct Files {
    paths: Vec<PathBuf>,
    /// Size of each file in bytes (0 when unknown).
    sizes: Vec<u64>,
    window: Mutex<FileWindow>,
    /// Notified when the window widens or the run stops.
    ready: Condvar,
}

impl Files {
    fn new(paths: Vec<PathBuf>) -> Files {
        let sizes = paths.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).collect();
        Files {
            paths,
            sizes,
            window: Mutex::new(FileWindow { next: 0, in_flight: 0, stop: false }),
            ready: Condvar::new(),
        }
    }

    fn len(&self) -> usize {
        self.paths.len()
    }

    /// The next file to analyze, once the window has room for it (a file is always
    /// taken when nothing is in flight); `None` when every file is taken or the run
    /// stops.
    fn take(&self) -> Option<usize> {
        let mut w = lock(&self.window);
        loop {
            if w.stop || w.next >= self.len() {
                return None;
            }
            if w.in_flight == 0 || w.in_flight + self.sizes[w.next] <= IN_FLIGHT_BYTES {
                break;
            }
            w = self.ready.wait(w).unwrap_or_else(|e| e.into_inner());
        }
        w.next += 1;
        w.in_flight += self.sizes[w.next - 1];
        Some(w.next - 1)
    }

    /// File `i` is written: its bytes leave the window.
    fn written(&self, i: usize) {
        lock(&self.window).in_flight -= self.sizes[i];
        self.ready.notify_all();
    }

    /// Workers take no more files.
    fn stop(&self) {
        lock(&self.window).stop = true;
        self.ready.notify_all();
    }
}

/// A worker: analyzes file after file and sends their parts, tagged with the file's
/// index, until no file is left. A panic on a file becomes its [`Part::Failed`].
fn work(
    config: &RunConfig,
    res: &Resources,
    files: &Files,
    previous: &Mutex<incremental::Previous>,
    tx: mpsc::Sender<(usize, Part)>,
) {
    while let Some(i) = files.take() {
        let mut send = |part: Part| {
            let _ = tx.send((i, part));
        };
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            process_file(config, res, &files.paths[i], previous, &mut send)
        }));
        match run {
            Ok(()) => send(Part::Done),
            Err(e) => send(Part::Failed(panic_message(&*e))),
        }
    }
}

/// The message a panic was raised with, if it was a string.
fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// Puts the parts of files back in file order. Workers send the parts of several files
/// at once: those of the file being written pass straight through, those of later files
/// wait here until every earlier file is done.
struct Reorder<P> {
    /// The file being written: every earlier file is done.
    current: usize,
    /// Parts of later files, in the order they came.
    early: BTreeMap<usize, Vec<P>>,
}

impl<P> Reorder<P> {
    fn new() -> Self {
        Reorder { current: 0, early: BTreeMap::new() }
    }

    /// How many files are done.
    fn done(&self) -> usize {
        self.current
    }

    /// Takes `part` of file `file` and hands `deliver` every part that is now in order,
    /// as `(file, part)`; `deliver` says whether the part ends its file. Stops at the
    /// first error.
    fn push(
        &mut self,
        file: usize,
        part: P,
        deliver: &mut impl FnMut(usize, P) -> Result<bool>,
    ) -> Result<()> {
        if file != self.current {
            self.early.entry(file).or_default().push(part);
            return Ok(());
        }
        self.deliver(part, deliver)?;
        // Files that finished while an earlier one was written.
        while let Some(parts) = self.early.remove(&self.current) {
            let file = self.current;
            for part in parts {
                self.deliver(part, deliver)?;
            }
            if self.current == file {
                break; // still running: its next parts come through `push`
            }
        }
        Ok(())
    }

    fn deliver(
        &mut self,
        part: P,
        deliver: &mut impl FnMut(usize, P) -> Result<bool>,
    ) -> Result<()> {
        if deliver(self.current, part)? {
            self.current += 1;
        }
        Ok(())
    }
}

/// The writing side of a run: writes the parts of the files, in file order, to the
/// tables, and counts them into the summary.
struct Writer<'a> {
    tables: TableWriter,
    summary: RunSummary,
    files: &'a Files,
    progress: &'a ProgressBar,
    /// Whether a document got rows but not its last ones yet.
    doc_open: bool,
    /// Ids of the documents written: two documents never share one.
    ids: std::collections::HashSet<String>,
    /// Whether the rows of the current document are left out (its id was taken).
    skipping: bool,
}

impl Writer<'_> {
    /// Writes the parts as they come, in file order, until every worker is gone.
    fn write_all(&mut self, rx: mpsc::Receiver<(usize, Part)>) -> Result<()> {
        let mut order = Reorder::new();
        for (i, part) in rx.iter() {
            order.push(i, part, &mut |file, part| self.write(file, part))?;
        }
        anyhow::ensure!(
            order.done() == self.files.len(),
            "a worker stopped before the end of the corpus"
        );
        Ok(())
    }

    /// Writes one part of file `file`; returns whether it ends the file.
    fn write(&mut self, file: usize, part: Part) -> Result<bool> {
        match part {
            Part::Errors(errors) => self.write_errors(&errors)?,
            Part::Rows { rows, last, reused } => self.write_rows(&rows, last, reused)?,
            Part::Done => {
                anyhow::ensure!(
                    !self.doc_open,
                    "{}: a document was cut short",
                    self.files.paths[file].display()
                );
                self.summary.bytes += self.files.sizes[file];
                self.progress.set_position(self.summary.bytes);
                self.files.written(file);
                return Ok(true);
            }
            Part::Failed(msg) => {
                anyhow::bail!("internal error on {}: {msg}", self.files.paths[file].display())
            }
        }
        Ok(false)
    }

    fn write_errors(&mut self, errors: &[IngestError]) -> Result<()> {
        for e in errors {
            self.progress.suspend(|| eprintln!("warning: {e}"));
            self.tables.write_error(e)?;
            self.summary.errors += 1;
        }
        Ok(())
    }

    fn write_rows(&mut self, rows: &DocRows, last: bool, reused: bool) -> Result<()> {
        if !self.doc_open {
            self.skipping = !self.ids.insert(rows.doc_id.clone());
            if self.skipping {
                let e = IngestError {
                    path: rows.doc_id.clone(),
                    line: None,
                    byte: None,
                    message: "another document has this id: skipped".into(),
                };
                self.write_errors(&[e])?;
            }
        }
        if self.skipping {
            self.doc_open = !last;
            return Ok(());
        }
        self.summary.sentences += rows.sentences();
        self.summary.mentions += rows.mentions();
        self.summary.relations += rows.relations();
        self.tables.write_part(rows)?;
        self.doc_open = !last;
        if last {
            self.tables.end_doc();
            self.summary.documents += 1;
            self.summary.tokens += rows.tokens();
            self.summary.reused += usize::from(reused);
        }
        Ok(())
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
    let exclude = check_output_folder(config)?;
    let paths = ingest::discover_excluding(&config.corpus, exclude.as_deref())
        .with_context(|| format!("cannot list corpus folder {}", config.corpus.display()))?;
    let files = Files::new(paths);
    let progress = progress_bar(files.sizes.iter().sum(), config.quiet);

    let state = incremental::State::current(&res.fingerprint, &config.output);
    let previous = if config.full { None } else { incremental::load_previous(&config.out, &state) }
        .unwrap_or_default();
    let previous = Mutex::new(previous);
    let mut writer = Writer {
        tables: TableWriter::create(&config.out, config.output.clone())?,
        summary: RunSummary::default(),
        files: &files,
        progress: &progress,
        doc_open: false,
        ids: std::collections::HashSet::new(),
        skipping: false,
    };

    // Workers take files in order within a window of bytes and send their parts; this
    // thread writes the parts of file after file, keeping those that come early.
    let (tx, rx) = mpsc::channel::<(usize, Part)>();
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let (files, previous) = (&files, &previous);
            scope.spawn(move || work(config, res, files, previous, tx));
        }
        drop(tx);
        let outcome = writer.write_all(rx);
        if outcome.is_err() {
            files.stop();
        }
        outcome
    })?;
    let Writer { tables, mut summary, .. } = writer;
    finish_output(res, tables, &state)?;
    progress.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Refuses an output folder that is the corpus folder (its tables would be read back as
/// articles) or holds the corpus, the gazetteers or the current folder (the run replaces
/// its output folder as a whole). Returns the output folder, canonical, when it exists
/// (inside the corpus, the walk leaves it out).
fn check_output_folder(config: &RunConfig) -> Result<Option<PathBuf>> {
    let Ok(out) = std::fs::canonicalize(&config.out) else { return Ok(None) };
    let shown = config.out.display();
    if std::fs::canonicalize(&config.corpus).is_ok_and(|c| c == out) {
        anyhow::bail!("--out {shown} is the corpus folder: its tables would be read as articles; choose another folder");
    }
    let inside: [(&str, &Path); 3] = [
        ("the corpus folder", &config.corpus),
        ("the gazetteers folder", &config.gazetteers),
        ("the current folder", Path::new(".")),
    ];
    for (what, path) in inside {
        if std::fs::canonicalize(path).is_ok_and(|p| p.starts_with(&out)) {
            anyhow::bail!("--out {shown} holds {what}: a run replaces its output folder as a whole; give it a folder of its own");
        }
    }
    Ok(Some(out))
}

/// Adds the files that go with the tables and switches the whole set in (see
/// [`crate::output::TableWriter`]).
fn finish_output(
    res: &Resources,
    mut tables: TableWriter,
    state: &incremental::State,
) -> Result<()> {
    let package =
        serde_json::to_vec_pretty(&crate::output::datapackage::descriptor(&res.fingerprint))?;
    tables.add_file("datapackage.json", &package)?;
    tables.add_file("README.md", crate::output::datapackage::readme().as_bytes())?;
    tables.add_file(incremental::STATE_FILE, &serde_json::to_vec_pretty(state)?)?;
    tables.finish(res)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Delivers parts `(file, text)` through a [`Reorder`]; a part `"done"` ends its file.
    fn reorder(parts: &[(usize, &'static str)]) -> (Vec<(usize, &'static str)>, usize) {
        let mut order = Reorder::new();
        let mut written = Vec::new();
        for &(file, part) in parts {
            order
                .push(file, part, &mut |f, p| {
                    written.push((f, p));
                    Ok(p == "done")
                })
                .unwrap();
        }
        (written, order.done())
    }

    #[test]
    fn reorder_writes_out_of_order_parts_in_file_order() {
        let (written, done) = reorder(&[
            (2, "c1"),
            (1, "b1"),
            (0, "a1"),
            (2, "done"),
            (1, "b2"),
            (0, "done"),
            (3, "d1"),
            (1, "done"),
            (3, "done"),
        ]);
        assert_eq!(
            written,
            [
                (0, "a1"),
                (0, "done"),
                (1, "b1"),
                (1, "b2"),
                (1, "done"),
                (2, "c1"),
                (2, "done"),
                (3, "d1"),
                (3, "done"),
            ]
        );
        assert_eq!(done, 4);
    }

    #[test]
    fn reorder_holds_back_later_files_until_the_current_one_is_done() {
        let (written, done) = reorder(&[(1, "b1"), (1, "done"), (0, "a1")]);
        assert_eq!(written, [(0, "a1")]);
        assert_eq!(done, 0);
    }

    #[test]
    fn reorder_stops_at_the_first_error() {
        let mut order = Reorder::new();
        let mut fail = |_: usize, p: &str| -> Result<bool> {
            anyhow::ensure!(p != "bad", "bad part");
            Ok(true)
        };
        order.push(1, "bad", &mut fail).unwrap();
        assert!(order.push(0, "ok", &mut fail).is_err());
        assert_eq!(order.done(), 1);
    }

    /// Every file of the output folder but `report.html` (the user's), by name.
    fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| (e.file_name().to_string_lossy().to_string(), e.path()))
            .filter(|(name, _)| name != "report.html")
            .map(|(name, path)| (name, std::fs::read(path).unwrap()))
            .collect()
    }

    /// Fault injection: each step of writing the tables fails in turn (see
    /// `output::writer::fault`). Whatever fails, the output folder holds the whole old
    /// set or the whole new set, never a mix; the user's file stays; the next run
    /// completes and leaves nothing beside the output folder.
    #[test]
    fn a_failure_at_any_step_leaves_the_old_set_or_the_new_set_whole() {
        use crate::output::{fail_at, FAULT_STEPS};
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let res = Resources::load(&root.join("gazetteers")).unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let corpus = tmp.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(corpus.join("a.txt"), "Nvidia investit 20 milliards d'euros à Paris.")
            .unwrap();
        let config = |out: &str| RunConfig {
            corpus: corpus.clone(),
            gazetteers: root.join("gazetteers"),
            out: tmp.path().join(out),
            jobs: 1,
            quiet: true,
            full: false,
            output: OutputOptions::default(),
        };
        let run = |out: &str| run_with(&config(out), &res, 1, Instant::now());
        let out = tmp.path().join("out");
        run("out").unwrap();
        std::fs::write(out.join("report.html"), "mine").unwrap();
        let extra = corpus.join("b.txt");
        for (i, &step) in FAULT_STEPS.iter().enumerate() {
            let old = snapshot(&out);
            // Every other step adds a document, the others remove it: the sets differ.
            if i % 2 == 0 {
                std::fs::write(&extra, "SAP investit 3 milliards d'euros à Berlin.").unwrap();
            } else {
                std::fs::remove_file(&extra).unwrap();
            }
            let reference = format!("reference-{i}");
            run(&reference).unwrap();
            let new = snapshot(&tmp.path().join(&reference));
            assert_ne!(old, new);

            fail_at(Some(step));
            let result = run("out");
            fail_at(None);
            let now = snapshot(&out);
            let switched = FAULT_STEPS.iter().position(|&s| s == "switch").unwrap();
            if i <= switched {
                assert!(result.is_err(), "{step}: the run should fail");
                assert!(now == old, "{step}: the old set is not whole");
            } else {
                assert!(result.is_ok(), "{step}: after the switch the run succeeds");
                assert!(now == new, "{step}: the new set is not whole");
            }

            run("out").unwrap();
            assert!(snapshot(&out) == new, "{step}: the next run does not give the new set");
            assert_eq!(std::fs::read(out.join("report.html")).unwrap(), b"mine", "{step}");
            let left: Vec<String> = std::fs::read_dir(tmp.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
                .filter(|n| n.starts_with('.'))
                .collect();
            assert!(left.is_empty(), "{step}: left beside the output folder: {left:?}");
        }
    }
}
