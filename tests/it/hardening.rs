//! Hardening (issue 15): each failure found by attacking veille, with the test that keeps
//! it fixed, and the property test over whole-document analysis.

use crate::common::*;
use proptest::prelude::*;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use veille::output::{doc_rows, DocRows, OutputOptions, MENTIONS, SENTENCES};

/// Runs `veille args…`, reads the first line it prints and closes its standard output,
/// as `veille … | head -1` does; returns the exit status and standard error.
fn first_line_then_close(args: &[&str], stdin: Option<Vec<u8>>) -> (Option<i32>, String) {
    let mut child = veille_cmd()
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let feeder = stdin.map(|bytes| {
        let mut input = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = input.write_all(&bytes);
        })
    });
    let mut out = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {}
    drop(out);
    let o = child.wait_with_output().unwrap();
    if let Some(f) = feeder {
        f.join().unwrap();
    }
    (o.status.code(), stderr(&o))
}

#[test]
fn a_closed_standard_output_is_a_normal_end() {
    // Far more than a pipe holds, so that veille writes after the reader is gone.
    let corpus = corpus_with(&[(
        "many.txt",
        "Nvidia investit 20 milliards d'euros à Paris.\n".repeat(3000).as_bytes(),
    )]);
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let (code, err) =
        first_line_then_close(&["trace", "nvidia", "--out", out.path().to_str().unwrap()], None);
    assert_eq!((code, err.as_str()), (Some(0), ""), "trace | head -1");

    let line = r#"{"id":"ID","text":"Nvidia investit 20 milliards d'euros à Paris. SAP achète Aleph Alpha."}"#;
    let jsonl: String = (0..3000).map(|i| line.replace("ID", &i.to_string()) + "\n").collect();
    let (code, err) = first_line_then_close(&["extract", "-"], Some(jsonl.into_bytes()));
    assert_eq!((code, err.as_str()), (Some(0), ""), "extract - | head -1");
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_get_distinct_reversible_ids() {
    use std::os::unix::ffi::OsStrExt;
    let corpus = tempfile::tempdir().unwrap();
    let name = |b: &[u8]| std::ffi::OsStr::from_bytes(b).to_os_string();
    std::fs::write(corpus.path().join(name(b"a\xff.txt")), "Nvidia investit à Paris.").unwrap();
    std::fs::write(corpus.path().join(name(b"a\xfe.txt")), "SAP investit à Berlin.").unwrap();
    // A UTF-8 name that reads like an escape keeps its own id.
    std::fs::write(corpus.path().join("a%FF.txt"), "Siemens investit à Munich.").unwrap();
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let docs = read_csv(&out.path().join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["a%25FF.txt", "a%FE.txt", "a%FF.txt"]);
    for id in ids {
        let file = corpus.path().join(name(&veille::ingest::decode_path(id)));
        assert!(file.is_file(), "{id} does not lead back to its file");
    }
    // trace finds the sentence of the right file.
    let o = veille(&["trace", "SAP", "--out", out.path().to_str().unwrap()]);
    let shown = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(shown.contains("a%FE.txt") && shown.contains("Berlin"), "{shown}");
}

#[test]
fn two_documents_never_share_an_id() {
    // The JSON Lines article `a.txt` of `x.jsonl` and the file `x.jsonl#a.txt`.
    let corpus = corpus_with(&[
        ("x.jsonl", r#"{"id":"a.txt","text":"Nvidia investit à Paris."}"#.as_bytes()),
        ("x.jsonl#a.txt", "SAP investit à Berlin.".as_bytes()),
    ]);
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let docs = read_csv(&out.path().join("documents.csv"));
    assert_eq!(docs.len(), 1);
    let errors = read_csv(&out.path().join("errors.csv"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["path"], "x.jsonl#a.txt");
    assert!(errors[0]["message"].contains("another document has this id"));
}

#[cfg(unix)]
#[test]
fn special_files_are_reported_not_read() {
    let corpus = corpus_with(&[("ok.txt", "Nvidia investit à Paris.".as_bytes())]);
    let fifo = std::ffi::CString::new(corpus.path().join("pipe.txt").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    std::os::unix::fs::symlink("/dev/zero", corpus.path().join("zero.txt")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut child = veille_cmd()
        .args(["run", "--quiet", "--corpus", corpus.path().to_str().unwrap()])
        .args(["--out", out.path().to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("veille run hangs on a named pipe");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(child.wait().unwrap().success());
    let errors = read_csv(&out.path().join("errors.csv"));
    let got: Vec<(&str, &str)> =
        errors.iter().map(|e| (e["path"].as_str(), e["message"].as_str())).collect();
    assert_eq!(
        got,
        [
            ("pipe.txt", "not a regular file (named pipe): skipped"),
            ("zero.txt", "not a regular file (device): skipped"),
        ]
    );
    assert_eq!(read_csv(&out.path().join("documents.csv")).len(), 1);
}

#[test]
fn the_output_folder_inside_the_corpus_is_not_read_back() {
    let corpus = corpus_with(&[("ok.txt", "Nvidia investit à Paris.".as_bytes())]);
    let out = corpus.path().join("tables");
    // README.md of the tables would be read as an article.
    run_ok(corpus.path(), &out, &[]);
    run_ok(corpus.path(), &out, &["--full"]);
    let docs = read_csv(&out.join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["ok.txt"]);

    let c = corpus.path().to_str().unwrap();
    let o = veille(&["run", "--quiet", "--corpus", c, "--out", c]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("is the corpus folder"), "{err}");
    // Nor may the output folder hold the corpus: a run replaces it as a whole.
    let parent = corpus.path().parent().unwrap().to_str().unwrap();
    let o = veille(&["run", "--quiet", "--corpus", c, "--out", parent]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("holds the corpus folder"), "{}", stderr(&o));
}

/// Every file of an output folder, hidden ones (the state) included, but `report.html`.
fn whole_set(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().unwrap() != "report.html")
            .map(|p| {
                (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read(&p).unwrap())
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

#[cfg(unix)]
#[test]
fn a_read_only_table_does_not_split_the_set() {
    use std::os::unix::fs::PermissionsExt;
    let corpus =
        corpus_with(&[("a.txt", "Nvidia investit 20 milliards d'euros à Paris.".as_bytes())]);
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let table = out.path().join("entities.csv");
    std::fs::set_permissions(&table, std::fs::Permissions::from_mode(0o444)).unwrap();
    write(corpus.path(), "b.txt", "SAP investit 3 milliards d'euros à Berlin.");
    run_ok(corpus.path(), out.path(), &[]);
    let reference = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), reference.path(), &[]);
    assert_eq!(whole_set(out.path()), whole_set(reference.path()));
}

#[test]
fn a_run_killed_at_any_moment_leaves_one_whole_set() {
    let corpus = tempfile::tempdir().unwrap();
    let c = corpus.path();
    write(c, "small.txt", "Nvidia investit en Europe.");
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    run_ok(c, &out, &[]);
    std::fs::write(out.join("report.html"), "mine").unwrap();
    let old = whole_set(&out);
    let paragraph = "Amazon défie Nvidia : AWS investit 20 milliards d'euros en 2025. ";
    for i in 0..40 {
        write(c, &format!("big/{i:02}.txt"), paragraph.repeat(100));
    }
    let new_dir = parent.path().join("reference");
    let t = Instant::now();
    run_ok(c, &new_dir, &[]);
    let took = t.elapsed();
    let new = whole_set(&new_dir);
    // Kills spread over the whole run, the switch included.
    for k in 0..10u32 {
        let mut child = veille_cmd()
            .args(["run", "--quiet", "--full", "--corpus", c.to_str().unwrap()])
            .args(["--out", out.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(took * k / 8);
        child.kill().ok();
        child.wait().unwrap();
        let now = whole_set(&out);
        assert!(now == old || now == new, "killed after {:?}: a mixed set", took * k / 8);
        assert_eq!(std::fs::read(out.join("report.html")).unwrap_or_default(), b"mine");
    }
    run_ok(c, &out, &[]);
    assert!(whole_set(&out) == new);
    let left: Vec<_> = std::fs::read_dir(parent.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "left beside the output folder: {left:?}");
}

#[test]
fn markup_neither_changes_the_language_nor_makes_mentions() {
    let text = concat!(
        "Nvidia investit 20 milliards d'euros à Paris.",
        r#"<div class="article-footer share-buttons"><ul class="social"><li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Farticle" target="_blank" rel="noopener noreferrer">Partager</a></li></ul>"#,
        r#"<span data-tracking="footer-share" style="display:none">&nbsp;</span></div>"#,
        "\n"
    );
    let a = veille::analyze::analyze_text("page.txt", text, resources()).unwrap().remove(0);
    assert_eq!(a.lang.code(), "fr");
    let found: Vec<(&str, &str)> =
        a.mentions.iter().flatten().map(|m| (m.kind.as_str(), m.span.slice(&a.doc.text))).collect();
    assert_eq!(found, [("company", "Nvidia"), ("money", "20 milliards d'euros")]);

    // A French article with one noisy sentence stays French.
    let mut article = String::new();
    for _ in 0..5 {
        article.push_str(
            "Le groupe a annoncé un investissement de 3 milliards d'euros dans la région. ",
        );
    }
    article.push_str(&text.repeat(3));
    let a = veille::analyze::analyze_text("page.txt", &article, resources()).unwrap().remove(0);
    assert_eq!(a.lang.code(), "fr");
    assert!(a.sentences.iter().all(|s| s.lang.code() == "fr"));
}

#[test]
fn utf16_and_utf32_files_are_named() {
    let utf16le: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("Nvidia investit.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xfe, 0xff]
        .into_iter()
        .chain("Nvidia investit.".encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let bare: Vec<u8> = "Nvidia investit.".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf32: Vec<u8> = [0xff, 0xfe, 0, 0]
        .into_iter()
        .chain("Nvidia".chars().flat_map(|c| (c as u32).to_le_bytes()))
        .collect();
    for (bytes, what) in
        [(utf16le, "UTF-16"), (utf16be, "UTF-16"), (bare, "UTF-16"), (utf32, "UTF-32")]
    {
        let (docs, errors) = veille::ingest::parse_bytes("x.txt", bytes);
        assert!(docs.is_empty());
        assert!(
            errors[0].message.starts_with(&format!("{what} text: convert it to UTF-8")),
            "{:?}",
            errors[0]
        );
    }
}

/// A corpus of long sentences dense with names, cues, amounts and dates.
fn dense_corpus(dir: &Path, files: usize) -> u64 {
    let names = [
        "Nvidia",
        "SAP",
        "Siemens",
        "Mistral AI",
        "Amazon",
        "Microsoft",
        "Intel",
        "AMD",
        "Infineon",
        "Deutsche Telekom",
        "Aleph Alpha",
        "Bosch",
    ];
    let words = [
        "investit",
        "rachète",
        "fournit",
        "investiert",
        "liefert",
        "et",
        ",",
        "avec",
        "und",
        "H100",
        "Blackwell",
        "20 milliards d'euros",
        "en mars 2025",
        "3 %",
    ];
    let mut bytes = 0;
    let mut seed = 7u64;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    for f in 0..files {
        let mut text = String::new();
        for _ in 0..6 {
            let start = text.len();
            while text.len() - start < 4000 {
                let w =
                    if next(2) == 0 { names[next(names.len())] } else { words[next(words.len())] };
                text.push_str(w);
                text.push(' ');
            }
            text.push_str(".\n");
        }
        bytes += text.len() as u64;
        write(dir, &format!("h{f}.txt"), text);
    }
    bytes
}

#[test]
fn the_tables_stay_proportional_to_the_input() {
    let corpus = tempfile::tempdir().unwrap();
    let input = dense_corpus(corpus.path(), 4);
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let size = |name: &str| std::fs::metadata(out.path().join(name)).unwrap().len();
    let tables = ["documents.csv", "sentences.csv", "mentions.csv", "relations.csv", "facts.csv"];
    let total: u64 = tables.iter().map(|t| size(t)).sum();
    // README "Guarantees": at most 16 times the input in all, facts at most 4 times.
    assert!(total <= 16 * input, "tables {total} bytes for {input} bytes of input");
    assert!(size("facts.csv") <= 4 * input, "facts.csv {} for {input}", size("facts.csv"));
    let mut per_sentence = std::collections::HashMap::<String, (usize, usize)>::new();
    for r in read_csv(&out.path().join("relations.csv")) {
        let e = per_sentence.entry(r["sentence_id"].clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(r["type"] != "cooccurs" && r["type"] != "dated");
    }
    for (s, (all, typed)) in per_sentence {
        assert!(all <= veille::analyze::MAX_RELATIONS_PER_SENTENCE, "{s}: {all} relations");
        assert!(typed <= veille::analyze::MAX_FACTS_PER_SENTENCE, "{s}: {typed} facts");
    }
}

// ---------------------------------------------------------------------------------------
// Property: whole-document analysis never panics, every span slices the original bytes to
// the row's text, and the rows are the same on a second run.

/// Pieces that documents are made of: prose, and everything that has broken parsers.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Nvidia investit 20 milliards d'euros à Paris. ".to_string()),
        Just("Die Deutsche Telekom kauft 10.000 H100 für 1,5 Mrd. Euro im März 2025. ".to_string()),
        Just("SAP raised $3.5bn in Q3 2024, up 12 % year on year. ".to_string()),
        "[0-9]{1,30}",
        "[0-9]{1,4}([.,' \u{a0}\u{202f}][0-9]{1,4}){0,6}",
        "[-+]?[0-9]{1,3}(e|E|\\^)[-+]?[0-9]{1,4}",
        "(milliards?|Mrd\\.?|Millionen|bn|billion|k|M|%|€|\\$|EUR) ?",
        "[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{1,5}",
        "(le |am |on )?[0-9]{1,3} (février|Mai|June|Dezember|brumaire) [0-9]{0,6}",
        "[.!?;:,«»\"'()\\[\\]…-]{1,40}",
        "<[a-z]{1,6}( [a-z-]{1,8}=\"[^\"<>]{0,30}\")?>|</[a-z]{1,6}>|&[a-z]{2,6};|https?://[a-z./%0-9]{1,40}",
        "[\u{0591}-\u{05f4}\u{0600}-\u{06ff}\u{200e}\u{200f}\u{202a}-\u{202e}]{1,20}",
        "[a-zA-Z]{1,3}[\u{0300}-\u{036f}]{1,8}",
        "[\u{1f300}-\u{1f64f}\u{1f1e6}-\u{1f1ff}\u{200d}\u{fe0f}]{1,10}",
        "\\PC{1,30}",
        "[ \t\r\n\u{2028}\u{feff}]{1,6}",
    ]
}

fn document() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 1..24).prop_map(|p| p.concat())
}

/// Checks that each sentence and mention row's span slices `text` to the row's text.
fn assert_spans(text: &str, rows: &DocRows) {
    for (t, table) in [(DocRows::SENTENCES, &SENTENCES), (DocRows::MENTIONS, &MENTIONS)] {
        let (start, end, cell) = (table.index("start"), table.index("end"), table.index("text"));
        for row in rows.tables[t].iter() {
            let s: usize = row.get(start).unwrap().parse().unwrap();
            let e: usize = row.get(end).unwrap().parse().unwrap();
            assert_eq!(text.get(s..e), row.get(cell), "{} row at {s}..{e}", table.name);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn analysis_never_panics_keeps_provenance_and_is_deterministic(text in document()) {
        let res = resources();
        let options = OutputOptions { min_confidence: 0, ..OutputOptions::default() };
        let rows = |text: &str| -> Vec<DocRows> {
            match veille::analyze::analyze_text("doc.txt", text, res) {
                Ok(all) => all.iter().map(|a| doc_rows(a, &options)).collect(),
                Err(_) => Vec::new(), // empty or unreadable: an error row, no panic
            }
        };
        let first = rows(&text);
        for r in &first {
            assert_spans(&text, r);
        }
        prop_assert_eq!(&first, &rows(&text));
    }

    #[test]
    fn file_name_bytes_round_trip_through_ids(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
        let id = veille::ingest::encode_bytes(&bytes);
        prop_assert_eq!(veille::ingest::decode_path(&id), bytes);
    }

    #[test]
    fn distinct_file_names_get_distinct_ids(
        a in proptest::collection::vec(prop_oneof![Just(b'%'), Just(b'f'), Just(b'F'), Just(b'2'), Just(b'5'), Just(0xff), Just(0xc3), Just(0xa9)], 0..8),
        b in proptest::collection::vec(prop_oneof![Just(b'%'), Just(b'f'), Just(b'F'), Just(b'2'), Just(b'5'), Just(0xff), Just(0xc3), Just(0xa9)], 0..8),
    ) {
        prop_assume!(a != b);
        prop_assert_ne!(veille::ingest::encode_bytes(&a), veille::ingest::encode_bytes(&b));
    }
}
