//! `veille bench`: the complete pipeline, measured.
//!
//! Builds a corpus of a chosen size from the bundled articles, runs `veille run` on it
//! in a child process for each `--jobs` value (every stage, CSV writing included) and
//! reports MB/s, documents/s, mentions/s, CPU time and peak memory (the child's
//! `VmHWM`); then a stage-by-stage breakdown measured in process, and optionally the
//! same run with the gazetteers padded by thousands of synthetic names, to show that
//! matching time does not grow with their size. With `single_doc`, the corpus is one
//! document of the chosen size (the articles' bodies one after another), to show that
//! a huge document is processed in bounded memory.

use crate::analyze::{analyze_windows, StageTimes};
use crate::ingest;
use crate::output::{OutputOptions, RowBuilder};
use crate::resources::Resources;
use crate::tokenize::Stemmer;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// What to measure.
#[derive(Clone, Debug)]
pub struct BenchConfig {
    /// Source articles to replicate.
    pub corpus: PathBuf,
    /// Folder of gazetteers and language data.
    pub gazetteers: PathBuf,
    /// Size of the generated corpus in bytes.
    pub size: u64,
    /// `--jobs` values to run with.
    pub jobs: Vec<usize>,
    /// Synthetic company names to add for the padded run (0: no padded run).
    pub pad: usize,
    /// Where to build the corpus and outputs (a fresh temporary folder when `None`).
    pub work: Option<PathBuf>,
    /// Build one document of `size` bytes instead of many articles.
    pub single_doc: bool,
}

/// One measured run.
#[derive(Clone, Debug)]
pub struct RunFigures {
    /// What was run (`full pipeline`, `+10000 gazetteer names`).
    pub label: String,
    /// The `--jobs` value.
    pub jobs: usize,
    /// Wall-clock time of the run.
    pub seconds: f64,
    /// Bytes of the corpus.
    pub bytes: u64,
    /// Documents read.
    pub documents: usize,
    /// Mentions found.
    pub mentions: usize,
    /// Peak resident memory of the run, in bytes (0 when it could not be read).
    pub peak_rss: u64,
    /// CPU time of the run (user and system, all threads), in seconds; on a busy
    /// machine it shows the work better than the wall-clock time.
    pub cpu_seconds: f64,
}

impl RunFigures {
    /// Throughput in megabytes (10^6 bytes) of corpus per second.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-9)
    }
}

/// Copies the articles of `source` (front matter included) round-robin into `dest`
/// until `size` bytes are written. Returns the bytes written.
pub fn build_corpus(source: &Path, dest: &Path, size: u64) -> Result<u64> {
    let files =
        ingest::discover(source).with_context(|| format!("cannot list {}", source.display()))?;
    let texts: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e != "jsonl"))
        .filter_map(|p| Some((ingest::relative_path(source, p), std::fs::read(p).ok()?)))
        .collect();
    anyhow::ensure!(!texts.is_empty(), "no articles in {}", source.display());
    let mut written = 0;
    let mut n = 0;
    while written < size {
        let (rel, bytes) = &texts[n % texts.len()];
        let path =
            dest.join(format!("{:04}", n / 1000)).join(format!("{n:07}-{}", rel.replace('/', "-")));
        std::fs::create_dir_all(path.parent().expect("has a parent"))?;
        std::fs::write(&path, bytes)?;
        written += bytes.len() as u64;
        n += 1;
    }
    Ok(written)
}

/// Writes one document of at least `size` bytes to `dest/single.txt`: the bodies of
/// the articles of `source` (front matter left out), round-robin, separated by blank
/// lines. Returns the bytes written.
pub fn build_single_doc(source: &Path, dest: &Path, size: u64) -> Result<u64> {
    use std::io::Write;
    let files =
        ingest::discover(source).with_context(|| format!("cannot list {}", source.display()))?;
    let mut bodies = Vec::new();
    for p in files.iter().filter(|p| p.extension().is_some_and(|e| e != "jsonl")) {
        let (docs, _) = ingest::read_file(source, p);
        bodies.extend(docs.into_iter().map(|d| d.body.slice(&d.text).trim().to_string()));
    }
    anyhow::ensure!(!bodies.is_empty(), "no articles in {}", source.display());
    std::fs::create_dir_all(dest)?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(dest.join("single.txt"))?);
    let mut written = 0;
    let mut n = 0;
    while written < size {
        let body = &bodies[n % bodies.len()];
        out.write_all(body.as_bytes())?;
        out.write_all(b"\n\n")?;
        written += body.len() as u64 + 2;
        n += 1;
    }
    out.flush()?;
    Ok(written)
}

/// CPU time (user + system) of a live process so far, in seconds (Linux `/proc/PID/stat`).
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Peak resident set size of a live process (Linux `VmHWM`), in bytes.
fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Runs `veille run --full` in a child process and measures it.
pub fn measure_run(
    label: &str,
    corpus: &Path,
    gazetteers: &Path,
    out: &Path,
    jobs: usize,
    bytes: u64,
) -> Result<RunFigures> {
    let exe = std::env::current_exe().context("cannot find the veille executable")?;
    let started = Instant::now();
    let mut child = Command::new(exe)
        .args(["run", "--full", "--quiet", "--jobs", &jobs.to_string()])
        .arg("--corpus")
        .arg(corpus)
        .arg("--gazetteers")
        .arg(gazetteers)
        .arg("--out")
        .arg(out)
        .spawn()
        .context("cannot start veille run")?;
    let mut peak = 0;
    let mut cpu = 0.0f64;
    let status = loop {
        if let Some(p) = peak_rss(child.id()) {
            peak = peak.max(p);
        }
        if let Some(c) = cpu_seconds(child.id()) {
            cpu = cpu.max(c);
        }
        if let Some(status) = child.try_wait()? {
            break status;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let seconds = started.elapsed().as_secs_f64();
    anyhow::ensure!(status.success(), "veille run failed ({status})");
    let count = |name: &str| -> Result<usize> {
        Ok(csv::Reader::from_path(out.join(name))?.records().count())
    };
    Ok(RunFigures {
        label: label.to_string(),
        jobs,
        seconds,
        bytes,
        documents: count("documents.csv")?,
        mentions: count("mentions.csv")?,
        peak_rss: peak,
        cpu_seconds: cpu,
    })
}

/// Stage-by-stage times over (at most) `limit` bytes of `corpus`, in this process, on
/// one core: the path `veille run` takes (windows of sentences, rows built and written
/// as CSV window by window), with the CSV written to nowhere.
pub fn stage_breakdown(
    corpus: &Path,
    res: &Resources,
    limit: u64,
) -> Result<(StageTimes, Duration, Duration, u64)> {
    let mut times = StageTimes::default();
    let mut read = Duration::ZERO;
    let mut write = Duration::ZERO;
    let mut bytes = 0;
    let mut stemmer = Stemmer::new();
    let mut sink = csv::WriterBuilder::new().flexible(true).from_writer(std::io::sink());
    let options = OutputOptions::default();
    for path in ingest::discover(corpus)? {
        if bytes >= limit {
            break;
        }
        let t = Instant::now();
        let (docs, _) = ingest::read_file(corpus, &path);
        read += t.elapsed();
        for doc in docs {
            bytes += doc.text.len() as u64;
            let mut builder = RowBuilder::new(&doc, &options);
            let mut failed = None;
            let mut write_rows = |rows: crate::output::DocRows, write: &mut Duration| {
                let t = Instant::now();
                for table in &rows.tables {
                    for row in table.iter() {
                        if let Err(e) = sink.write_record(row.iter()) {
                            failed = Some(e);
                        }
                    }
                }
                drop(rows);
                *write += t.elapsed();
            };
            let info = analyze_windows(
                &doc,
                res,
                &mut stemmer,
                false,
                Some(&mut times),
                &mut |info, w| {
                    let t = Instant::now();
                    let rows = builder.window_rows(info, &w);
                    drop(w);
                    write += t.elapsed();
                    write_rows(rows, &mut write);
                },
            );
            let t = Instant::now();
            let rows = builder.document_rows(&info);
            write += t.elapsed();
            write_rows(rows, &mut write);
            if let Some(e) = failed {
                return Err(e.into());
            }
        }
    }
    Ok((times, read, write, bytes))
}

/// Copies `gazetteers` to `dest` and appends `n` synthetic companies (two or three
/// made-up words each) to its companies.csv.
pub fn padded_gazetteers(gazetteers: &Path, dest: &Path, n: usize) -> Result<()> {
    copy_dir(gazetteers, dest)?;
    let path = dest.join("companies.csv");
    let mut text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut word = |len: usize| -> String {
        const SYLLABLES: [&str; 16] = [
            "ka", "ro", "ven", "til", "mar", "zen", "qua", "lor", "sti", "bra", "nix", "dor",
            "pel", "gue", "fra", "wu",
        ];
        (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                SYLLABLES[(seed >> 60) as usize]
            })
            .collect()
    };
    // Distinct names (the gazetteer refuses an alias claimed twice).
    let mut seen = std::collections::HashSet::new();
    let mut i = 0;
    while i < n {
        let a = word(3);
        let b = word(2);
        let mut name: String = a[..1].to_uppercase() + &a[1..];
        name.push(' ');
        name.push_str(&(b[..1].to_uppercase() + &b[1..]));
        if i % 3 == 0 {
            name.push_str(" Systems");
        }
        if !seen.insert(format!("{a} {b}")) {
            continue;
        }
        text.push_str(&format!("synthetic-{i},{name},,,,,\n"));
        i += 1;
    }
    std::fs::write(&path, text)?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let p = e?.path();
        let dest = to.join(p.file_name().expect("entries have names"));
        if p.is_dir() {
            copy_dir(&p, &dest)?;
        } else {
            std::fs::copy(&p, &dest)?;
        }
    }
    Ok(())
}

/// Runs the whole benchmark and returns the report as text (Markdown tables).
pub fn run(config: &BenchConfig) -> Result<String> {
    let work = match &config.work {
        Some(w) => w.clone(),
        None => std::env::temp_dir().join(format!("veille-bench-{}", std::process::id())),
    };
    let corpus = work.join("corpus");
    let _ = std::fs::remove_dir_all(&corpus);
    let (bytes, what) = if config.single_doc {
        (
            build_single_doc(&config.corpus, &corpus, config.size)?,
            "one document made of the articles of",
        )
    } else {
        (build_corpus(&config.corpus, &corpus, config.size)?, "articles replicated from")
    };
    let mut report = String::new();
    report.push_str(&format!(
        "veille bench: {:.1} MB corpus ({what} {}), machine: {} cores, {}\n\n",
        bytes as f64 / 1e6,
        config.corpus.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model()
    ));
    report.push_str(&runs_table(config, &corpus, &work, bytes)?);
    report.push_str(&stages_table(config, &corpus)?);
    if config.work.is_none() {
        let _ = std::fs::remove_dir_all(&work);
    }
    Ok(report)
}

/// The table of the measured runs: one per `--jobs` value, then the padded run, and the
/// speed-up of the most jobs over one.
fn runs_table(config: &BenchConfig, corpus: &Path, work: &Path, bytes: u64) -> Result<String> {
    let mut report = String::from(
        "| run | jobs | seconds | MB/s | documents/s | mentions/s | CPU seconds | peak memory |\n|---|---|---|---|---|---|---|---|\n",
    );
    let mut runs = Vec::new();
    for &jobs in &config.jobs {
        let f = measure_run(
            "full pipeline",
            corpus,
            &config.gazetteers,
            &work.join(format!("out-{jobs}")),
            jobs,
            bytes,
        )?;
        report.push_str(&row(&f));
        runs.push(f);
    }
    if config.pad > 0 {
        let padded = work.join("gazetteers-padded");
        let _ = std::fs::remove_dir_all(&padded);
        padded_gazetteers(&config.gazetteers, &padded, config.pad)?;
        let f = measure_run(
            &format!("+{} gazetteer names", config.pad),
            corpus,
            &padded,
            &work.join("out-padded"),
            1,
            bytes,
        )?;
        report.push_str(&row(&f));
        runs.push(f);
    }
    if let (Some(one), Some(all)) = (
        runs.iter().find(|r| r.jobs == 1 && r.label == "full pipeline"),
        runs.iter().filter(|r| r.label == "full pipeline").max_by_key(|r| r.jobs),
    ) {
        if all.jobs > 1 {
            report.push_str(&format!(
                "\nspeed-up with {} jobs: {:.2}x\n",
                all.jobs,
                one.seconds / all.seconds
            ));
        }
    }
    Ok(report)
}

/// The stage-by-stage table, measured in process on one core.
fn stages_table(config: &BenchConfig, corpus: &Path) -> Result<String> {
    let res = Resources::load(&config.gazetteers).map_err(|e| anyhow::anyhow!("{e}"))?;
    let (times, read, write, sample) = stage_breakdown(corpus, &res, 20_000_000)?;
    let mut stages: Vec<(&str, f64)> = vec![("read+hash", read.as_secs_f64())];
    stages.extend(times.stages());
    stages.push(("rows+CSV", write.as_secs_f64()));
    let total: f64 = stages.iter().map(|s| s.1).sum();
    let mut report = format!(
        "\nwhere the time goes (one core, {:.1} MB):\n\n| stage | seconds | share | MB/s alone |\n|---|---|---|---|\n",
        sample as f64 / 1e6
    );
    for (name, secs) in stages {
        report.push_str(&format!(
            "| {name} | {secs:.3} | {:.0}% | {:.0} |\n",
            100.0 * secs / total.max(1e-9),
            sample as f64 / 1e6 / secs.max(1e-9)
        ));
    }
    Ok(report)
}

fn row(f: &RunFigures) -> String {
    format!(
        "| {} | {} | {:.2} | {:.1} | {:.0} | {:.0} | {:.2} | {:.0} MB |\n",
        f.label,
        f.jobs,
        f.seconds,
        f.mb_per_s(),
        f.documents as f64 / f.seconds,
        f.mentions as f64 / f.seconds,
        f.cpu_seconds,
        f.peak_rss as f64 / 1e6
    )
}

/// The CPU model from /proc/cpuinfo, or `unknown CPU`.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string())
}
