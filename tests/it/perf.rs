//! The performance machinery changes no result: a long document streamed window by
//! window gives the rows of one whole analysis, on one worker or several; line and
//! column numbers from the cursor are those of the index; the benchmark builds the
//! corpus it says.

use crate::common::resources;
use std::path::{Path, PathBuf};
use veille::analyze::analyze_text;
use veille::output::{doc_rows, OutputOptions, TableWriter};
use veille::run::{run, RunConfig};
use veille::span::{LineCursor, LineIndex};

/// The bodies of the bundled articles one after another until `size` bytes.
fn long_document(size: usize) -> String {
    let dir = tempfile::tempdir().expect("temporary folder");
    veille::tools::bench::build_single_doc(Path::new("corpus"), dir.path(), size as u64)
        .expect("document built");
    std::fs::read_to_string(dir.path().join("single.txt")).expect("document read")
}

fn config(corpus: &Path, out: PathBuf, jobs: usize) -> RunConfig {
    RunConfig {
        corpus: corpus.to_path_buf(),
        gazetteers: PathBuf::from("gazetteers"),
        out,
        jobs,
        quiet: true,
        full: true,
        output: OutputOptions::default(),
    }
}

const TABLES: [&str; 7] = [
    "documents.csv",
    "sentences.csv",
    "mentions.csv",
    "relations.csv",
    "facts.csv",
    "entities.csv",
    "candidates.csv",
];

#[test]
fn a_long_document_streams_the_rows_of_one_analysis() {
    // Three windows of sentences (a window is 1 MB), and a short article after it.
    let text = long_document(2_300_000);
    let short = "Nvidia investit 5 milliards d'euros en France.\n";
    let dir = tempfile::tempdir().expect("temporary folder");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("long.txt"), &text).unwrap();
    std::fs::write(corpus.join("short.txt"), short).unwrap();

    // Reference: each document analyzed whole, its rows written at once.
    let res = resources();
    let reference = dir.path().join("reference");
    let mut writer = TableWriter::create(&reference, OutputOptions::default()).unwrap();
    for (id, t) in [("long.txt", text.as_str()), ("short.txt", short)] {
        let a = analyze_text(id, t, res).expect("analyzed").remove(0);
        if id == "long.txt" {
            assert!(a.sentences.len() > 10_000, "{} sentences", a.sentences.len());
        }
        writer.write_doc(&doc_rows(&a, &OutputOptions::default())).unwrap();
    }
    writer.finish(res).unwrap();

    for jobs in [1, 2] {
        let out = dir.path().join(format!("out-{jobs}"));
        let summary = run(&config(&corpus, out.clone(), jobs)).expect("run");
        assert_eq!(summary.documents, 2);
        for table in TABLES {
            let got = std::fs::read(out.join(table)).unwrap();
            let want = std::fs::read(reference.join(table)).unwrap();
            assert!(got == want, "{table} differs from one whole analysis with --jobs {jobs}");
        }
    }
}

#[test]
fn line_cursor_answers_like_the_index() {
    let text = "première ligne\nÉté 2025 à Paris, puis « Berlin » en été 2026\n\nfin — dernière ligne sans retour";
    let index = LineIndex::new(text);
    let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    // In order, backwards, and jumping around.
    let mut orders: Vec<Vec<usize>> =
        vec![boundaries.clone(), boundaries.iter().rev().copied().collect()];
    orders.push(
        boundaries
            .iter()
            .copied()
            .step_by(7)
            .chain(boundaries.iter().copied().step_by(3))
            .collect(),
    );
    for order in orders {
        let mut cursor = LineCursor::new(text);
        for at in order {
            assert_eq!(cursor.line_col(text, at), index.line_col(text, at), "offset {at}");
        }
    }
}

#[test]
fn bench_builds_the_corpus_it_reports() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let many =
        veille::tools::bench::build_corpus(Path::new("corpus"), &dir.path().join("many"), 300_000)
            .unwrap();
    assert!(many >= 300_000);
    let files = veille::ingest::discover(&dir.path().join("many")).unwrap();
    let on_disk: u64 = files.iter().map(|f| std::fs::metadata(f).unwrap().len()).sum();
    assert_eq!(on_disk, many);
    assert!(files.len() > 20, "articles are replicated: {} files", files.len());

    let one = veille::tools::bench::build_single_doc(
        Path::new("corpus"),
        &dir.path().join("one"),
        300_000,
    )
    .unwrap();
    let files = veille::ingest::discover(&dir.path().join("one")).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(std::fs::metadata(&files[0]).unwrap().len(), one);
    assert!(one >= 300_000);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(!text.starts_with("---"), "front matter is left out");
}
