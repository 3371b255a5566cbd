//! The `veille` command line.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use veille::output::OutputOptions;
use veille::run::{run, RunConfig};

/// The pipeline makes and frees many small strings on several threads; mimalloc does
/// that about a fifth faster than the system allocator (see `veille bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns French, German and English news articles into traceable CSV tables.
#[derive(Parser, Debug)]
#[command(name = "veille", version = veille::resources::VERSION, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the whole pipeline on a corpus folder and write the tables (the default).
    Run(RunArgs),
    /// Score mentions against gold annotations (precision, recall, F1 per kind).
    Eval(EvalArgs),
    /// Analyze one document (or JSON Lines articles) and print JSON Lines on stdout.
    Extract(ExtractArgs),
    /// Find mentions by text or normalized value and show the sentence each comes from.
    Trace(TraceArgs),
    /// Measure the complete pipeline: MB/s, documents/s, mentions/s, peak memory, stages.
    Bench(BenchArgs),
    /// Write DIR/report/: facts first, search, one page per document and per entity (static HTML, no network).
    Report(ReportArgs),
    /// Work on the gazetteers.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
}

#[derive(Subcommand, Debug)]
enum GazetteerCommand {
    /// Validate companies.csv, chips.csv and the chip patterns: report every problem with file:line.
    Check {
        /// Folder of gazetteers and language data (default: the data built into veille).
        #[arg(long)]
        gazetteers: Option<PathBuf>,
    },
    /// Write the gazetteers and language data built into veille to DIR, to start a
    /// curated copy (then give it to any command with `--gazetteers DIR`).
    Export {
        /// Folder to write; it must not exist or be empty.
        dir: PathBuf,
    },
}

#[derive(Args, Debug, Clone)]
struct BenchArgs {
    /// Size of the generated corpus in MB.
    #[arg(long, default_value_t = 100)]
    size_mb: u64,
    /// Comma-separated `--jobs` values to measure (default: 1 and all cores).
    #[arg(long, value_delimiter = ',')]
    jobs: Vec<usize>,
    /// Synthetic company names added for a second, padded-gazetteer run (0: none).
    #[arg(long, default_value_t = 10_000)]
    pad: usize,
    /// Articles to replicate.
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Folder of gazetteers and language data (default: the data built into veille).
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// Keep the generated corpus and outputs in this folder.
    #[arg(long)]
    work: Option<PathBuf>,
    /// Make the corpus one document of --size-mb (the articles' bodies one after
    /// another), to measure the memory a huge document takes.
    #[arg(long)]
    single_doc: bool,
}

#[derive(Args, Debug, Clone)]
struct ExtractArgs {
    /// A .txt, .md or .jsonl file; `-` (the default) reads standard input.
    #[arg(default_value = "-")]
    file: String,
    /// Folder of gazetteers and language data (default: the data built into veille).
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// Read corpus files as records on standard input and write CSV rows, for a caller
    /// that splits a corpus across processes (the Spark job, `spark/veille_job.py`).
    /// Each record is a line `{"path": "fr/a.txt", "bytes": N}` (the corpus-relative
    /// path) then exactly N bytes of the file; the file is read as `veille run` reads
    /// it (same doc_ids, same errors). Out come pieces of files, each a line
    /// `{"path", "part", "tables": [[table, N], …], "entities", "candidates"}` then the
    /// N bytes of CSV rows of each table; put in (path, part) order, the pieces give
    /// `veille run`'s tables (see `src/output/jsonl.rs`).
    #[arg(long, conflicts_with_all = ["describe", "list"])]
    records: bool,
    /// With --records: a record may be a header line `{"path": "fr/a.txt"}` alone, and
    /// veille reads the file from this corpus folder, as `veille run --corpus DIR`
    /// does. With --list: the folder to list.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// With --records: write the rows to one file per table in this folder,
    /// `DIR/documents.csv` … `DIR/errors.csv` (rows only, no header line), instead of
    /// pieces on standard output, then one summary line on standard output: `{"files",
    /// "tables": [[table, N], …], "entities", "candidates"}`, the entities' and
    /// candidates' counts summed over the files read (see `src/output/jsonl.rs`).
    #[arg(long, value_name = "DIR", requires = "records")]
    parts: Option<PathBuf>,
    /// List the files `veille run --corpus DIR` reads, in its order, as JSON lines
    /// `{"path": "fr/a.txt", "size": N}` (corpus-relative path, size in bytes): the
    /// files a caller splits between --records processes.
    #[arg(long, requires = "corpus", conflicts_with = "describe")]
    list: bool,
    /// With --records: leave out of facts.csv the facts below this confidence, as
    /// `veille run --min-confidence` (same default).
    #[arg(long, default_value_t = DEFAULT_MIN_CONFIDENCE, value_parser = confidence)]
    min_confidence: f32,
    /// Print what goes beside the tables as one JSON object: `datapackage` and
    /// `readme` (the bytes `veille run` writes to datapackage.json and README.md),
    /// `tables` (each table's name and header line, in `veille run`'s order) and
    /// `data_sha256` (the data's fingerprint).
    #[arg(long)]
    describe: bool,
}

#[derive(Args, Debug, Clone)]
struct TraceArgs {
    /// Text or value to look for: `43 milliards`, `43000000000`, `Trainium2`, `2026-H2`.
    query: String,
    /// Folder holding the tables of a run.
    #[arg(long, default_value = "output")]
    out: PathBuf,
}

#[derive(Args, Debug, Clone)]
struct ReportArgs {
    /// Folder holding the tables of a run; the report is written to DIR/report/.
    #[arg(long, default_value = "output")]
    out: PathBuf,
    /// Folder of gazetteers, for the aliases on entity pages (left out when the folder
    /// does not exist).
    #[arg(long, default_value = "gazetteers")]
    gazetteers: PathBuf,
}

#[derive(Args, Debug, Clone)]
struct EvalArgs {
    /// Gold mentions CSV (columns doc, start, end, kind, canonical, value, unit...).
    #[arg(long, required_unless_present = "facts")]
    gold: Option<PathBuf>,
    /// Gold facts CSV (doc, type, subject, object, status): every fact the corpus states.
    /// Prints precision, recall and F1 per relation type (optional facts count neither
    /// way), how many facts are right at each confidence, and the lowest confidence that
    /// keeps precision at 0.9. Runs the pipeline on --corpus.
    /// Give it several times, each with its own --corpus, to pool annotated sets.
    #[arg(long)]
    facts: Vec<PathBuf>,
    /// With --facts: write the calibration table (confidence by relation type and
    /// method, from these gold sets) to this file, e.g. gazetteers/relations/calibration.csv.
    #[arg(long)]
    calibrate: Option<PathBuf>,
    /// Score this mentions.csv instead of running the pipeline (mentions only).
    #[arg(long)]
    pred: Option<PathBuf>,
    /// Corpus to run the pipeline on (when no --pred is given); with several --facts,
    /// one per gold file, in the same order.
    #[arg(long, default_value = "corpus")]
    corpus: Vec<PathBuf>,
    /// Folder of gazetteers and language data (default: the data built into veille).
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// How many misses, false alarms and wrong normalizations to list per kind.
    #[arg(long, default_value_t = 15)]
    show: usize,
}

#[derive(Args, Debug, Clone)]
struct RunArgs {
    /// Folder of articles (.txt, .md, .jsonl), read recursively.
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Folder of gazetteers and language data (default: the data built into veille).
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// Folder the tables are written to.
    #[arg(long, default_value = "output")]
    out: PathBuf,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Prefix cells that a spreadsheet would run as a formula with `'`.
    #[arg(long)]
    spreadsheet_safe: bool,
    /// Analyze every document again, even those unchanged since the last run.
    #[arg(long)]
    full: bool,
    /// Leave out of facts.csv the facts whose confidence is below this (0 to 1; the
    /// confidence is the share of such facts found right on annotated text, see README).
    /// The default keeps precision at 0.9 on veille's annotated sets; 0 keeps every fact.
    /// relations.csv keeps every relation.
    #[arg(long, default_value_t = DEFAULT_MIN_CONFIDENCE, value_parser = confidence)]
    min_confidence: f32,
}

/// A confidence at which the facts of veille's annotated sets are right nine times in ten,
/// with a margin (`veille eval --facts … --corpus …`, README "Facts").
const DEFAULT_MIN_CONFIDENCE: f32 = 0.8;

/// A confidence from 0 to 1.
fn confidence(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(c) if (0.0..=1.0).contains(&c) => Ok(c),
        _ => Err(format!("`{s}` is not a confidence from 0 to 1")),
    }
}

impl Default for RunArgs {
    fn default() -> Self {
        RunArgs {
            corpus: "corpus".into(),
            gazetteers: None,
            out: "output".into(),
            jobs: None,
            quiet: false,
            spreadsheet_safe: false,
            full: false,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run(RunArgs::default())) {
        Command::Run(args) => cmd_run(args),
        Command::Eval(args) => cmd_eval(args),
        Command::Extract(args) => cmd_extract(args),
        Command::Trace(args) => cmd_trace(args),
        Command::Bench(args) => cmd_bench(args),
        Command::Report(args) => cmd_report(args),
        Command::Gazetteer(GazetteerCommand::Check { gazetteers }) => {
            cmd_gazetteer_check(gazetteers.as_deref())
        }
        Command::Gazetteer(GazetteerCommand::Export { dir }) => cmd_gazetteer_export(&dir),
    };
    match result {
        Ok(code) => code,
        // The reader of standard output went away (`veille trace … | head -1`): a normal
        // end, as for ripgrep: no message, exit 0.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("veille: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether `e` comes from writing to a closed pipe.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Writes `text` to standard output and flushes it; unlike `print!`, which panics, a
/// closed standard output is an error, which [`main`] treats as a normal end.
fn print_out(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The folder of language data a command loads: `--gazetteers DIR`, else the embedded
/// data unpacked for the command's lifetime.
fn data_dir(dir: Option<&std::path::Path>) -> anyhow::Result<veille::resources::DataDir> {
    veille::resources::DataDir::new(dir).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Loads the language data of `--gazetteers DIR`, else the embedded data.
fn resources(dir: Option<&std::path::Path>) -> anyhow::Result<veille::resources::Resources> {
    veille::resources::Resources::load_or_embedded(dir).map_err(|e| anyhow::anyhow!("{e}"))
}

fn cmd_run(args: RunArgs) -> anyhow::Result<ExitCode> {
    let data = data_dir(args.gazetteers.as_deref())?;
    let config = RunConfig {
        corpus: args.corpus,
        gazetteers: data.path().to_path_buf(),
        out: args.out,
        jobs: args.jobs.unwrap_or(0),
        quiet: args.quiet,
        full: args.full,
        output: OutputOptions {
            spreadsheet_safe: args.spreadsheet_safe,
            min_confidence: (args.min_confidence * 100.0).round() as u8,
        },
    };
    let summary = run(&config)?;
    if !config.quiet {
        eprintln!("{}", summary.line());
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    if !args.facts.is_empty() {
        use veille::tools::facts_eval;
        anyhow::ensure!(
            args.facts.len() == args.corpus.len(),
            "give one --corpus for each --facts ({} --facts, {} --corpus)",
            args.facts.len(),
            args.corpus.len()
        );
        let res = resources(args.gazetteers.as_deref())?;
        let mut scores = facts_eval::FactScores::default();
        for (facts, corpus) in args.facts.iter().zip(&args.corpus) {
            let gold = facts_eval::read_gold(facts)?;
            let (docs, pred) = facts_eval::predicted_facts(corpus, &res)?;
            scores.merge(facts_eval::score(&gold, &pred, &docs));
        }
        print_out(&facts_eval::report(&scores, args.show))?;
        if let Some(out) = &args.calibrate {
            veille::output::write_atomic(out, facts_eval::calibration_csv(&scores).as_bytes())?;
        }
    }
    let Some(gold) = &args.gold else { return Ok(ExitCode::SUCCESS) };
    let gold = veille::tools::eval::read_rows(gold)?;
    let pred = match &args.pred {
        Some(p) => veille::tools::eval::read_rows(p)?,
        None => {
            let res = resources(args.gazetteers.as_deref())?;
            let corpus = anyhow::Context::context(args.corpus.first(), "no --corpus")?;
            veille::tools::eval::mention_rows(corpus, &res)?
        }
    };
    let scores = veille::tools::eval::score(&gold, &pred);
    print_out(&veille::tools::eval::report(&scores, args.show))?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    use std::io::{BufRead, Read};
    use veille::output::jsonl::records;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match (&args.corpus, args.list) {
        (Some(corpus), true) => {
            records::list(corpus, &mut out)?;
            return Ok(ExitCode::SUCCESS);
        }
        (Some(_), false) if !args.records => {
            anyhow::bail!("--corpus goes with --records or --list")
        }
        _ => {}
    }
    let res = resources(args.gazetteers.as_deref())?;
    if args.describe {
        extract_describe(&res, &mut out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.records {
        let options = OutputOptions {
            spreadsheet_safe: false,
            min_confidence: (args.min_confidence * 100.0).round() as u8,
        };
        let input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin().lock());
        let corpus = args.corpus.as_deref();
        match &args.parts {
            Some(dir) => records::stream_to_parts(input, &res, &options, corpus, dir, &mut out)?,
            None => records::stream(input, &res, &options, corpus, &mut out)?,
        };
        return Ok(ExitCode::SUCCESS);
    }
    if args.file == "-" {
        // JSON Lines are analyzed line by line as they arrive; plain text is one document.
        let mut input = std::io::BufReader::new(std::io::stdin().lock());
        let starts_json =
            input.fill_buf()?.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        if starts_json {
            let n =
                veille::output::jsonl::stream_jsonl("stdin.jsonl", input, &res, &mut out, |e| {
                    eprintln!("warning: {e}")
                })?;
            if n == 0 {
                anyhow::bail!("no article could be read from standard input");
            }
            return Ok(ExitCode::SUCCESS);
        }
        let mut buf = Vec::new();
        input.read_to_end(&mut buf)?;
        return extract_docs("stdin", buf, &res, &mut out);
    }
    let path = std::path::Path::new(&args.file);
    let bytes =
        std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    extract_docs(&name, bytes, &res, &mut out)
}

fn extract_docs(
    name: &str,
    bytes: Vec<u8>,
    res: &veille::resources::Resources,
    out: &mut impl std::io::Write,
) -> anyhow::Result<ExitCode> {
    let (docs, errors) = veille::output::jsonl::documents_from(name, bytes);
    for e in &errors {
        eprintln!("warning: {e}");
    }
    if docs.is_empty() {
        anyhow::bail!("no document could be read from {name}");
    }
    veille::output::jsonl::write_jsonl(docs, res, out)?;
    Ok(ExitCode::SUCCESS)
}

/// `veille extract --describe`: what goes beside the tables (see [`ExtractArgs`]).
fn extract_describe(
    res: &veille::resources::Resources,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    use veille::output::datapackage;
    let package = serde_json::to_vec_pretty(&datapackage::descriptor(&res.fingerprint))?;
    let tables: Vec<serde_json::Value> = veille::output::TABLES
        .iter()
        .map(|t| {
            let header = t.header().collect::<Vec<_>>().join(",");
            serde_json::json!({"name": t.name, "header": header + "\n"})
        })
        .collect();
    let description = serde_json::json!({
        "datapackage": String::from_utf8(package)?,
        "readme": datapackage::readme(),
        "tables": tables,
        "data_sha256": res.fingerprint,
    });
    serde_json::to_writer(&mut *out, &description)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

fn cmd_trace(args: TraceArgs) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;
    let hits = veille::tools::trace::find(&args.out, &args.query)?;
    let colour = std::io::stdout().is_terminal();
    for hit in &hits {
        print_out(&veille::tools::trace::format_hit(hit, colour))?;
    }
    if hits.is_empty() {
        eprintln!("veille: no mention matches {:?} in {}", args.query, args.out.display());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_bench(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut jobs = if args.jobs.is_empty() { vec![1, cores] } else { args.jobs };
    jobs.dedup();
    let data = data_dir(args.gazetteers.as_deref())?;
    let config = veille::tools::bench::BenchConfig {
        corpus: args.corpus,
        gazetteers: data.path().to_path_buf(),
        size: args.size_mb * 1_000_000,
        jobs,
        pad: args.pad,
        work: args.work,
        single_doc: args.single_doc,
    };
    print_out(&veille::tools::bench::run(&config)?)?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let options = veille::tools::report::ReportOptions {
        gazetteers: args.gazetteers.is_dir().then(|| args.gazetteers.clone()),
    };
    let stats = veille::tools::report::write_report(&args.out, &options)?;
    eprintln!("wrote {}: {}", args.out.join("report").join("index.html").display(), stats.line());
    Ok(ExitCode::SUCCESS)
}

fn cmd_gazetteer_check(dir: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
    let data = data_dir(dir)?;
    let name = dir.map_or("the embedded data".to_string(), |d| d.display().to_string());
    // Every problem of the company and chip lists, then the first problem (if any) of
    // the other data files, which the run would refuse to start on.
    let mut problems: Vec<String> =
        veille::gazetteer::check(data.path()).iter().map(ToString::to_string).collect();
    if problems.is_empty() {
        if let Err(e) = veille::resources::Resources::load(data.path()) {
            problems.push(e.to_string());
        }
    }
    for p in &problems {
        print_out(&format!("{p}\n"))?;
    }
    if problems.is_empty() {
        eprintln!("veille: {name} is valid");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("veille: {} problem(s) in {name}", problems.len());
        Ok(ExitCode::from(1))
    }
}

fn cmd_gazetteer_export(dir: &std::path::Path) -> anyhow::Result<ExitCode> {
    let occupied = std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(false);
    anyhow::ensure!(
        !occupied,
        "{} is not empty: export into a new folder, then compare or copy",
        dir.display()
    );
    veille::resources::export_embedded(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    eprintln!(
        "veille: wrote {} files to {} (data sha256 {}); use it with --gazetteers {}",
        veille::resources::embedded::FILES.len(),
        dir.display(),
        veille::resources::embedded::FINGERPRINT,
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
