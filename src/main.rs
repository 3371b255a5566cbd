//! The `veille` command line.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use veille::output::OutputOptions;
use veille::pipeline::{run, RunConfig};

/// Turns French, German and English news articles into traceable CSV tables.
#[derive(Parser, Debug)]
#[command(name = "veille", version, about, long_about = None)]
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
    /// Write DIR/report.html: one self-contained page of the documents, highlighted mentions and facts.
    Report(ReportArgs),
}

#[derive(Args, Debug, Clone)]
struct ReportArgs {
    /// Folder holding the tables of a run; report.html is written there.
    #[arg(long, default_value = "output")]
    out: PathBuf,
}

#[derive(Args, Debug, Clone)]
struct EvalArgs {
    /// Gold mentions CSV (columns doc, start, end, kind, canonical, value, unit...).
    #[arg(long)]
    gold: PathBuf,
    /// Score this mentions.csv instead of running the pipeline.
    #[arg(long)]
    pred: Option<PathBuf>,
    /// Corpus to run the pipeline on (when no --pred is given).
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Folder of gazetteers and language data.
    #[arg(long, default_value = "gazetteers")]
    gazetteers: PathBuf,
    /// How many misses, false alarms and wrong normalizations to list per kind.
    #[arg(long, default_value_t = 15)]
    show: usize,
}

#[derive(Args, Debug, Clone)]
struct RunArgs {
    /// Folder of articles (.txt, .md, .jsonl), read recursively.
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Folder of gazetteers and language data.
    #[arg(long, default_value = "gazetteers")]
    gazetteers: PathBuf,
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
}

impl Default for RunArgs {
    fn default() -> Self {
        RunArgs {
            corpus: "corpus".into(),
            gazetteers: "gazetteers".into(),
            out: "output".into(),
            jobs: None,
            quiet: false,
            spreadsheet_safe: false,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run(RunArgs::default())) {
        Command::Run(args) => cmd_run(args),
        Command::Eval(args) => cmd_eval(args),
        Command::Report(args) => cmd_report(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("veille: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn cmd_run(args: RunArgs) -> anyhow::Result<ExitCode> {
    let config = RunConfig {
        corpus: args.corpus,
        gazetteers: args.gazetteers,
        out: args.out,
        jobs: args.jobs.unwrap_or(0),
        quiet: args.quiet,
        output: OutputOptions { spreadsheet_safe: args.spreadsheet_safe },
    };
    let summary = run(&config)?;
    if !config.quiet {
        eprintln!("{}", summary.line());
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = veille::eval::read_rows(&args.gold)?;
    let pred = match &args.pred {
        Some(p) => veille::eval::read_rows(p)?,
        None => {
            let res = veille::resources::Resources::load(&args.gazetteers)
                .map_err(|e| anyhow::anyhow!("gazetteers: {e}"))?;
            veille::pipeline::mention_rows(&args.corpus, &res)?
        }
    };
    let scores = veille::eval::score(&gold, &pred);
    print!("{}", veille::eval::report(&scores, args.show));
    Ok(ExitCode::SUCCESS)
}

fn cmd_report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let stats = veille::report::write_report(&args.out)?;
    eprintln!("wrote {}: {}", args.out.join("report.html").display(), stats.line());
    Ok(ExitCode::SUCCESS)
}
