//! The cluster path: `veille extract --records` (files in, pieces of CSV rows out), and
//! the Spark job `spark/veille_job.py`, whose tables must equal `veille run`'s byte for
//! byte. The job's tests need Spark and Java (`.ci/setup-spark`).

use crate::common::{assert_same_tables, copy_dir, python_with, root, run_ok, stderr, write};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The bundled corpus and files that exercise the rest of the input rules: JSON Lines
/// (with a bad line and a duplicate id), a nested folder, odd names, files veille
/// rejects (invalid UTF-8, empty) and a hidden file it skips.
fn mixed_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), dir.path());
    let p = dir.path();
    write(
        p,
        "wire/feed.jsonl",
        "{\"id\": \"a1\", \"text\": \"Nvidia investit 2 milliards d'euros à Paris.\", \"date\": \"2025-06-11\"}\n\
         not json\n\
         {\"id\": 7, \"text\": \"SAP und die Telekom bauen eine KI-Fabrik mit Nvidia-Chips.\", \"lang\": \"de\"}\n\
         {\"id\": \"a1\", \"text\": \"again\"}\n",
    );
    write(
        p,
        "wire/deep/er/note, with comma.md",
        "# Mistral AI\n\nMistral AI lève 600 millions d'euros.\n",
    );
    write(p, "wire/bad.txt", b"Nvidia \xff\xfe investit.".as_slice());
    write(p, "wire/empty.txt", "  \n");
    write(p, "wire/.hidden.txt", "Nvidia investit.");
    write(p, "wire/notes.csv", "not, a, document");
    dir
}

/// The files of `corpus` as `veille extract --records` input, in a shuffled order.
fn records(corpus: &Path) -> Vec<u8> {
    let mut files = veille::ingest::discover(corpus).unwrap();
    files.reverse();
    let mut input = Vec::new();
    for f in files {
        let rel = veille::ingest::relative_path(corpus, &f);
        let bytes = std::fs::read(&f).unwrap();
        input.extend(
            serde_json::to_vec(&serde_json::json!({"path": rel, "bytes": bytes.len()})).unwrap(),
        );
        input.push(b'\n');
        input.extend(bytes);
    }
    input
}

fn extract_records(input: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(["extract", "--records"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let o = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    o
}

/// One piece of `veille extract --records` output: its header, and its blocks of rows
/// (table, bytes).
type Piece = (serde_json::Value, Vec<(String, Vec<u8>)>);

/// The pieces `veille extract --records` printed.
fn pieces(mut out: &[u8]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    while !out.is_empty() {
        let end = out.iter().position(|&b| b == b'\n').expect("a header line");
        let header: serde_json::Value = serde_json::from_slice(&out[..end]).unwrap();
        out = &out[end + 1..];
        let mut blocks = Vec::new();
        for t in header["tables"].as_array().into_iter().flatten() {
            let n = t[1].as_u64().unwrap() as usize;
            blocks.push((t[0].as_str().unwrap().to_string(), out[..n].to_vec()));
            out = &out[n..];
        }
        pieces.push((header, blocks));
    }
    pieces
}

#[test]
fn record_pieces_put_in_order_are_the_tables_of_a_run() {
    let corpus = mixed_corpus();
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let o = extract_records(&records(corpus.path()));
    assert!(o.status.success(), "{}", stderr(&o));
    let mut pieces = pieces(&o.stdout);
    pieces.sort_by(|a, b| {
        (a.0["path"].as_str(), a.0["part"].as_u64())
            .cmp(&(b.0["path"].as_str(), b.0["part"].as_u64()))
    });
    for table in ["documents", "sentences", "mentions", "relations", "facts", "errors"] {
        let expected = std::fs::read(out.path().join(format!("{table}.csv"))).unwrap();
        let header = expected.iter().position(|&b| b == b'\n').unwrap() + 1;
        let mut got = expected[..header].to_vec();
        for (_, blocks) in &pieces {
            for (name, rows) in blocks {
                if name == table {
                    got.extend_from_slice(rows);
                }
            }
        }
        assert!(got == expected, "{table}.csv:\n{}", String::from_utf8_lossy(&got));
    }
    let errors = std::fs::read_to_string(out.path().join("errors.csv")).unwrap();
    assert!(
        errors.contains("wire/feed.jsonl,2,") && errors.contains("wire/bad.txt,1,7,"),
        "{errors}"
    );
    // Entities: summing each document's counts gives entities.csv.
    let mut entities = std::collections::BTreeMap::<String, (String, u64, u64)>::new();
    for (p, _) in &pieces {
        for e in p["entities"].as_array().into_iter().flatten() {
            let c = entities.entry(e[0].as_str().unwrap().to_string()).or_insert((
                e[1].as_str().unwrap().to_string(),
                0,
                0,
            ));
            c.1 += e[2].as_u64().unwrap();
            c.2 += 1;
        }
    }
    let expected = std::fs::read_to_string(out.path().join("entities.csv")).unwrap();
    let got: String = entities.values().map(|(cells, m, d)| format!("{cells},{m},{d}\n")).collect();
    assert_eq!(got, expected.split_once('\n').unwrap().1);
}

/// Runs `veille extract --records --corpus CORPUS --parts DIR` on records naming `paths`;
/// returns its summary line.
fn extract_parts(corpus: &Path, paths: &[String], dir: &Path) -> serde_json::Value {
    let mut input = Vec::new();
    for p in paths {
        input.extend(serde_json::to_vec(&serde_json::json!({ "path": p })).unwrap());
        input.push(b'\n');
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(["extract", "--records", "--corpus"])
        .arg(corpus)
        .arg("--parts")
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(o.stdout.iter().filter(|&&b| b == b'\n').count(), 1, "one summary line");
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn listed_files_read_by_veille_into_parts_are_the_tables_of_a_run() {
    let corpus = mixed_corpus();
    // Names that are not UTF-8 or hold `%XX` go through the listing as doc_ids do.
    write(corpus.path(), "wire/50%41.txt", "Nvidia investit 3 milliards d'euros.");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"wire/caf\xe9.txt");
        std::fs::write(corpus.path().join(name), "SAP investiert 5 Millionen Euro.").unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let o = Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(["extract", "--list", "--corpus"])
        .arg(corpus.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let listed: Vec<serde_json::Value> = o
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    let paths: Vec<String> =
        listed.iter().map(|f| f["path"].as_str().unwrap().to_string()).collect();
    // veille run's files, in its order, with their sizes.
    let files = veille::ingest::discover(corpus.path()).unwrap();
    let expected: Vec<String> =
        files.iter().map(|f| veille::ingest::relative_path(corpus.path(), f)).collect();
    assert_eq!(paths, expected);
    assert!(paths.contains(&"wire/50%2541.txt".to_string()), "{paths:?}");
    let sizes: Vec<u64> = listed.iter().map(|f| f["size"].as_u64().unwrap()).collect();
    assert_eq!(sizes, files.iter().map(|f| f.metadata().unwrap().len()).collect::<Vec<_>>());

    // Two processes, each a run of consecutive files, their parts put end to end.
    let parts = tempfile::tempdir().unwrap();
    let (first, second) = paths.split_at(paths.len() / 2);
    let summaries = [
        extract_parts(corpus.path(), first, &parts.path().join("a")),
        extract_parts(corpus.path(), second, &parts.path().join("b")),
    ];
    for table in ["documents", "sentences", "mentions", "relations", "facts", "errors"] {
        let expected = std::fs::read(out.path().join(format!("{table}.csv"))).unwrap();
        let header = expected.iter().position(|&b| b == b'\n').unwrap() + 1;
        let mut got = expected[..header].to_vec();
        for (dir, summary) in ["a", "b"].iter().zip(&summaries) {
            let part = std::fs::read(parts.path().join(dir).join(format!("{table}.csv"))).unwrap();
            let announced = summary["tables"].as_array().unwrap().iter().find(|t| t[0] == table);
            assert_eq!(announced.unwrap()[1].as_u64(), Some(part.len() as u64), "{table}");
            got.extend(part);
        }
        assert!(got == expected, "{table}.csv:\n{}", String::from_utf8_lossy(&got));
    }
    let errors = std::fs::read_to_string(out.path().join("errors.csv")).unwrap();
    assert!(errors.contains("wire/bad.txt,1,7,"), "{errors}");
    // The summaries' counts, summed in order, give entities.csv and candidates.csv.
    let mut entities = std::collections::BTreeMap::<String, (String, u64, u64)>::new();
    let mut candidates =
        std::collections::BTreeMap::<(String, String), (String, u64, String)>::new();
    for s in &summaries {
        assert_eq!(
            s["files"].as_u64(),
            Some(if s == &summaries[0] { first.len() } else { second.len() } as u64)
        );
        for e in s["entities"].as_array().unwrap() {
            let c = entities.entry(e[0].as_str().unwrap().into()).or_insert((
                e[1].as_str().unwrap().into(),
                0,
                0,
            ));
            c.1 += e[2].as_u64().unwrap();
            c.2 += e[3].as_u64().unwrap();
        }
        for c in s["candidates"].as_array().unwrap() {
            let key = (c[0].as_str().unwrap().to_string(), c[1].as_str().unwrap().to_string());
            let t = candidates.entry(key).or_insert((
                c[2].as_str().unwrap().into(),
                0,
                c[4].as_str().unwrap().into(),
            ));
            t.1 += c[3].as_u64().unwrap();
        }
    }
    let got: String = entities.values().map(|(cells, m, d)| format!("{cells},{m},{d}\n")).collect();
    let expected = std::fs::read_to_string(out.path().join("entities.csv")).unwrap();
    assert_eq!(got, expected.split_once('\n').unwrap().1);
    let got: String =
        candidates.values().map(|(cells, n, first)| format!("{cells},{n},{first}\n")).collect();
    let expected = std::fs::read_to_string(out.path().join("candidates.csv")).unwrap();
    assert_eq!(got, expected.split_once('\n').unwrap().1);
}

#[test]
fn a_malformed_record_is_an_error_naming_it() {
    let o = extract_records(b"{\"path\": \"a.txt\", \"bytes\": 5}\nabcde{\"path\": 3}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("record 2: bad header"), "{}", stderr(&o));
    let o = extract_records(b"{\"path\": \"a.txt\", \"bytes\": 50}\nabcde");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("50 bytes announced, 5 given"), "{}", stderr(&o));
    // A path alone needs a corpus folder to read it from, and must stay inside it.
    let o = extract_records(b"{\"path\": \"a.txt\"}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("record 1 (a.txt): no \"bytes\""), "{}", stderr(&o));
    let corpus = root().join("corpus");
    for path in ["../corpus/fr/amazon-defie-nvidia.txt", "/etc/passwd", ""] {
        let o = veille_with_stdin(
            &["extract", "--records", "--corpus", corpus.to_str().unwrap()],
            format!("{}\n", serde_json::json!({ "path": path })).as_bytes(),
        );
        assert_eq!(o.status.code(), Some(2), "{path}");
        assert!(stderr(&o).contains("is not a path inside the corpus"), "{}", stderr(&o));
    }
    let o = veille_with_stdin(&["extract", "--records", "--corpus", "/no/such/folder"], b"");
    assert!(stderr(&o).contains("corpus folder /no/such/folder cannot be read"), "{}", stderr(&o));
}

fn veille_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// Runs the Spark job with `local[2]` and `--io` `io`; returns its output.
fn spark_job(corpus: &Path, out: &Path, bin: &Path, io: &str) -> std::process::Output {
    let python = python_with(&["pyspark"]);
    Command::new(python)
        .arg(root().join("spark/veille_job.py"))
        .args(["--master", "local[2]", "--io", io, "--corpus"])
        .arg(corpus)
        .arg("--out")
        .arg(out)
        .arg("--bin")
        .arg(bin)
        .output()
        .unwrap()
}

#[test]
#[ignore = "needs Spark and Java"]
fn the_spark_job_writes_the_tables_of_veille_run_byte_for_byte() {
    let corpus = mixed_corpus();
    let a = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), a.path(), &[]);
    // Veille reading the files and writing the table parts itself (direct), and Spark
    // reading the files and the rows going through the driver.
    for io in ["direct", "spark"] {
        let b = tempfile::tempdir().unwrap();
        let o = spark_job(corpus.path(), b.path(), Path::new(env!("CARGO_BIN_EXE_veille")), io);
        assert!(o.status.success(), "the Spark job failed (--io {io}): {}", stderr(&o));
        // Every table, datapackage.json and README.md; no staging folder left.
        assert_same_tables(a.path(), b.path(), &format!("veille run vs Spark local[2], --io {io}"));
        let errors = std::fs::read_to_string(b.path().join("errors.csv")).unwrap();
        assert!(errors.lines().count() > 3, "{errors}");
        let left: Vec<_> =
            std::fs::read_dir(b.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(!left.iter().any(|n| n.to_string_lossy().starts_with('.')), "{left:?}");
    }
}

#[test]
#[ignore = "needs Spark and Java"]
fn the_spark_job_fails_loudly_when_veille_fails_on_an_executor() {
    // A binary that describes the tables but dies on the records.
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("veille");
    std::fs::write(
        &bin,
        format!(
            "#!/bin/sh\ncase \"$2\" in --describe|--list) exec {:?} \"$@\";; esac\necho 'executor lost its mind' >&2\nexit 3\n",
            env!("CARGO_BIN_EXE_veille")
        ),
    )
    .unwrap();
    std::fs::set_permissions(&bin, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = spark_job(&root().join("corpus"), out.path(), &bin, "auto");
    assert!(!o.status.success(), "the job succeeded");
    assert!(stderr(&o).contains("executor lost its mind"), "{}", stderr(&o));
    // No table, no temporary file, no staging folder.
    let left: Vec<_> =
        std::fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "a failed job left {left:?}");
}
