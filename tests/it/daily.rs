//! Daily use: incremental runs, interrupted runs, `extract`, `trace`, spreadsheet
//! safety and the data package.

use crate::common::*;
use std::path::PathBuf;
use std::process::Command;

#[test]
fn incremental_run_equals_full_run() {
    let corpus = tempfile::tempdir().unwrap();
    let c = corpus.path();
    write(c, "fr/a.txt", "Nvidia investit 20 milliards d'euros en France en 2025.");
    write(c, "de/b.txt", "Die Deutsche Telekom baut mit Nvidia ein Rechenzentrum in München.");
    write(c, "fr/c.txt", "Mistral AI lève 1,7 milliard d'euros auprès d'ASML.");
    write(c, "news.jsonl", "{\"id\": \"1\", \"text\": \"Amazon dévoile Trainium2.\"}\n{\"id\": \"2\", \"text\": \"SAP investiert.\"}\n");
    let out = tempfile::tempdir().unwrap();
    let o = run_ok(c, out.path(), &[]);
    assert!(!stderr(&o).contains("unchanged"));

    // Unchanged corpus: everything reused.
    let o =
        veille(&["run", "--corpus", c.to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(stderr(&o).contains("5 documents (5 unchanged)"), "{}", stderr(&o));

    // Change one, add one, delete one, change one JSON Lines article.
    write(c, "fr/a.txt", "Nvidia investit 30 milliards d'euros en France en 2026.");
    write(c, "fr/d.txt", "Infineon construit une usine à Dresde.");
    std::fs::remove_file(c.join("fr/c.txt")).unwrap();
    write(c, "news.jsonl", "{\"id\": \"1\", \"text\": \"Amazon dévoile Trainium2.\"}\n{\"id\": \"2\", \"text\": \"SAP investiert viel.\"}\n");
    let o =
        veille(&["run", "--corpus", c.to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("5 documents (2 unchanged)"), "{}", stderr(&o));

    // Metadata alone changes: the article's date (which anchors its relative dates).
    write(c, "news.jsonl", "{\"id\": \"1\", \"text\": \"Amazon dévoile Trainium2 samedi.\", \"date\": \"2025-06-11\"}\n{\"id\": \"2\", \"text\": \"SAP investiert viel.\"}\n");
    let o =
        veille(&["run", "--corpus", c.to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(stderr(&o).contains("5 documents (4 unchanged)"), "{}", stderr(&o));
    write(c, "news.jsonl", "{\"id\": \"1\", \"text\": \"Amazon dévoile Trainium2 samedi.\", \"date\": \"2025-07-02\"}\n{\"id\": \"2\", \"text\": \"SAP investiert viel.\"}\n");
    let o =
        veille(&["run", "--corpus", c.to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(stderr(&o).contains("5 documents (4 unchanged)"), "{}", stderr(&o));

    let full = tempfile::tempdir().unwrap();
    run_ok(c, full.path(), &["--full"]);
    assert_same_tables(out.path(), full.path(), "incremental run vs full run");
    let docs = read_csv(&out.path().join("documents.csv"));
    assert!(!docs.iter().any(|d| d["doc_id"] == "fr/c.txt"));
}

#[test]
fn changed_gazetteers_invalidate_reused_rows() {
    let corpus = tempfile::tempdir().unwrap();
    write(corpus.path(), "a.txt", "Nvidia und SAP bauen in München.");
    let gaz = tempfile::tempdir().unwrap();
    copy_dir(&root().join("gazetteers"), gaz.path());
    let out = tempfile::tempdir().unwrap();
    let args = |extra: &str| {
        let mut v = vec![
            "run".to_string(),
            "--corpus".into(),
            corpus.path().to_str().unwrap().into(),
            "--gazetteers".into(),
            gaz.path().to_str().unwrap().into(),
            "--out".into(),
            out.path().to_str().unwrap().into(),
        ];
        if !extra.is_empty() {
            v.push(extra.into());
        }
        v
    };
    let run = |extra: &str| {
        let a = args(extra);
        veille(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    assert!(run("").status.success());
    assert!(stderr(&run("")).contains("(1 unchanged)"));
    // Any change to a data file forces a fresh analysis.
    let abbr = gaz.path().join("lang/de/abbreviations.txt");
    let mut text = std::fs::read_to_string(&abbr).unwrap();
    text.push_str("Bsp.\n");
    std::fs::write(&abbr, text).unwrap();
    assert!(!stderr(&run("")).contains("unchanged"));
    assert!(stderr(&run("")).contains("(1 unchanged)"));
    // --full forces it too.
    assert!(!stderr(&run("--full")).contains("unchanged"));
}

#[test]
fn killed_run_leaves_previous_tables_intact() {
    let corpus = tempfile::tempdir().unwrap();
    let c = corpus.path();
    write(c, "small.txt", "Nvidia investit en Europe.");
    let out = tempfile::tempdir().unwrap();
    run_ok(c, out.path(), &[]);
    let before = output_files(out.path());

    // A corpus large enough that the run is still going when it is killed.
    let paragraph = "Amazon défie Nvidia sur le marché des puces : Trainium2 coûte 40 % de moins et AWS investit 20 milliards d'euros en 2025. ";
    let big = paragraph.repeat(400);
    for i in 0..400 {
        write(c, &format!("big/{i:04}.txt"), &big);
    }
    let mut child = veille_cmd()
        .args([
            "run",
            "--quiet",
            "--jobs",
            "1",
            "--corpus",
            c.to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let finished_early = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();
    assert!(!finished_early, "the run finished before it could be killed: make the corpus bigger");
    assert_eq!(output_files(out.path()), before, "a killed run changed the tables");

    // The next run completes and equals a full run.
    for i in 50..400 {
        std::fs::remove_file(c.join(format!("big/{i:04}.txt"))).unwrap();
    }
    run_ok(c, out.path(), &[]);
    let leftovers: Vec<PathBuf> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let full = tempfile::tempdir().unwrap();
    run_ok(c, full.path(), &["--full"]);
    assert_same_tables(out.path(), full.path(), "incremental run vs full run");
}

#[test]
fn extract_prints_json_lines() {
    let o = veille_cmd()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(
                b"{\"id\": \"a\", \"text\": \"Nvidia investit. Mistral AI aussi.\", \"lang\": \"fr\"}\n{\"id\": \"b\", \"text\": \"SAP baut.\"}\n",
            )?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let docs: Vec<&str> = lines
        .iter()
        .filter(|v| v["table"] == "documents")
        .map(|v| v["doc_id"].as_str().unwrap())
        .collect();
    assert_eq!(docs, ["stdin.jsonl#a", "stdin.jsonl#b"]);
    let sentences: Vec<&serde_json::Value> =
        lines.iter().filter(|v| v["table"] == "sentences").collect();
    assert_eq!(sentences.len(), 3);
    assert_eq!(sentences[1]["text"], "Mistral AI aussi.");
    assert_eq!(sentences[1]["start"], 17);
    // Same fields as the CSV, in the same order.
    let keys: Vec<&str> = sentences[0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "table",
            "sentence_id",
            "doc_id",
            "index",
            "start",
            "end",
            "line",
            "column",
            "lang",
            "text"
        ]
    );

    // A file argument.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "note.txt", "Die Telekom investiert. Nvidia liefert.");
    let o = veille(&["extract", dir.path().join("note.txt").to_str().unwrap()]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.lines().next().unwrap().contains("\"doc_id\":\"note.txt\""), "{out}");
    assert_eq!(out.lines().filter(|l| l.contains("\"table\":\"sentences\"")).count(), 2);
    // A missing file is a clear error.
    let o = veille(&["extract", "/nonexistent/file.txt"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/file.txt"));
}

#[test]
fn extract_streams_json_lines_as_they_arrive() {
    use std::io::{BufRead, Write};
    let mut child = veille_cmd()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    // The first article's rows arrive while standard input is still open.
    stdin.write_all(b"{\"id\": \"a\", \"text\": \"Nvidia investit.\"}\n").unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("no output before the end of input");
    assert!(first.contains("\"doc_id\":\"stdin.jsonl#a\""), "{first}");
    stdin.write_all(b"{\"id\": \"b\", \"text\": \"SAP baut.\"}\n").unwrap();
    drop(stdin);
    let rest: Vec<String> = rx.iter().collect();
    assert!(rest.iter().any(|l| l.contains("\"doc_id\":\"stdin.jsonl#b\"")));
    assert!(child.wait().unwrap().success());
}

#[test]
fn trace_shows_the_sentence_of_a_mention() {
    let out = tempfile::tempdir().unwrap();
    run_ok(&root().join("corpus"), out.path(), &[]);
    let mentions = read_csv(&out.path().join("mentions.csv"));
    assert!(!mentions.is_empty());
    // By normalized value: the amount a fact-checker copied from the tables.
    let money = mentions
        .iter()
        .find(|m| m["kind"] == "money" && !m["value"].is_empty())
        .expect("a money mention");
    let o = veille(&["trace", &money["value"], "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8(o.stdout).unwrap().contains(&format!("[[{}]]", money["text"])));
    // Trace the first mention by its text and find it again, highlighted in its sentence.
    let m = &mentions[0];
    let o = veille(&["trace", &m["text"], "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let printed = String::from_utf8(o.stdout).unwrap();
    assert!(
        printed.contains(&format!("{}:{}:{}", m["doc_id"], m["line"], m["column"])),
        "{printed}"
    );
    assert!(printed.contains(&format!("[[{}]]", m["text"])), "{printed}");
    let o = veille(&["trace", "no such thing anywhere", "--out", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn spreadsheet_safe_neutralizes_formulas_only_when_asked() {
    let corpus = tempfile::tempdir().unwrap();
    write(
        corpus.path(),
        "evil.txt",
        "=HYPERLINK(\"http://x\") Nvidia.\n+1 SAP investit.\n@SUM(A1) fin.\n-2 points.",
    );
    let plain = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), plain.path(), &[]);
    let rows = read_csv(&plain.path().join("sentences.csv"));
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str()).collect();
    assert_eq!(
        texts,
        ["=HYPERLINK(\"http://x\") Nvidia.", "+1 SAP investit.", "@SUM(A1) fin.", "-2 points."]
    );
    assert_provenance(corpus.path(), &rows);

    let safe = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), safe.path(), &["--spreadsheet-safe"]);
    let rows = read_csv(&safe.path().join("sentences.csv"));
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str()).collect();
    assert_eq!(
        texts,
        ["'=HYPERLINK(\"http://x\") Nvidia.", "'+1 SAP investit.", "'@SUM(A1) fin.", "'-2 points."]
    );
}

/// Needs Python with `frictionless` and `duckdb` (`.ci/setup-python` puts them in `.venv`).
#[test]
#[ignore = "needs Python with frictionless and duckdb (.ci/setup-python)"]
fn datapackage_validates_and_tables_join_in_duckdb() {
    let py = python_with(&["frictionless", "duckdb"]);
    let out = tempfile::tempdir().unwrap();
    run_ok(&root().join("corpus"), out.path(), &[]);
    let pkg = out.path().join("datapackage.json");
    let script = r#"
import sys, json, frictionless, duckdb
pkg = sys.argv[1]
report = frictionless.validate(pkg)
if not report.valid:
    print(report.flatten(["rowNumber", "fieldName", "type", "note"]))
    sys.exit(1)
d = json.load(open(pkg))
names = {r["name"] for r in d["resources"]}
base = pkg.rsplit("/", 1)[0]
con = duckdb.connect()
for n in ["documents", "sentences", "mentions"]:
    con.execute(f"CREATE TABLE {n} AS SELECT * FROM read_csv_auto('{base}/{n}.csv', header=true, all_varchar=true)")
rows = con.execute("""
    SELECT count(*) FROM sentences s JOIN documents d ON s.doc_id = d.doc_id
""").fetchone()[0]
joined = con.execute("""
    SELECT count(*) FROM mentions m
    JOIN sentences s ON m.sentence_id = s.sentence_id
    JOIN documents d ON m.doc_id = d.doc_id
""").fetchone()[0]
total = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
print(json.dumps({"resources": sorted(names), "sentences_joined": rows, "mentions_joined": joined, "mentions": total}))
"#;
    let o = Command::new(&py).args(["-c", script, pkg.to_str().unwrap()]).output().unwrap();
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&o.stdout).trim()).unwrap();
    let sentences = read_csv(&out.path().join("sentences.csv")).len();
    assert_eq!(v["sentences_joined"], sentences);
    assert_eq!(v["mentions_joined"], v["mentions"]);
    for table in ["documents", "sentences", "mentions", "relations", "entities", "errors"] {
        assert!(
            v["resources"].as_array().unwrap().iter().any(|r| r == table),
            "{table} missing from datapackage.json"
        );
    }
}
