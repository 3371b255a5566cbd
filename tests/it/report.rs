//! The HTML report (`veille report`): mentions highlighted from their byte spans,
//! everything escaped, and the page checked in a real browser (headless Chromium).
//!
//! The browser tests need Debian's `chromium` (`.ci/setup-browser` installs it): they are
//! ignored by default, and fail when run (`cargo test -- --include-ignored`) without it.

use crate::common::{chromium, read_csv, root, run_ok, stderr, veille, write};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use veille::tools::report::{self, render, render_with_stats, Document, Mention, Sentence, Tables};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// `veille report --out DIR`, asserting success; returns the page.
fn report_ok(out: &Path) -> String {
    let o = veille(&["report", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "veille report failed: {}", stderr(&o));
    std::fs::read_to_string(out.join("report.html")).expect("report.html is written")
}

/// Highlighted mention elements in a page or a dumped DOM.
fn count_marks(html: &str) -> usize {
    html.matches("<mark class=\"m ").count()
}

/// Article text full of payloads; every one must come out as inert text.
const HOSTILE: &str = "---\n\
title: <script>document.title='pwned'</script> & \"quoted\" title\n\
source: javascript:alert(1)\n\
---\n\
Nvidia reported revenue of 5 billion dollars <script>alert(1)</script> in March 2024.\n\
\n\
The attacker wrote \"onerror=alert(1) and <img src=x onerror=alert(1)> inside the text.\n\
\n\
Another line closes a tag early </script><script>document.title='pwned'</script> then more.\n\
\n\
A broken entity &amp; a bare & and an apostrophe ' plus <b onmouseover=alert(1)>bold</b>.\n\
\n\
<svg onload=\"document.title='pwned'\"></svg> Intel invested 30 billion euros.\n";

fn hostile_corpus() -> tempfile::TempDir {
    let corpus = tempfile::tempdir().unwrap();
    write(corpus.path(), "en/hostile.txt", HOSTILE);
    corpus
}

/// Writes a CSV table (header first) into `dir/name`.
fn write_csv(dir: &Path, name: &str, rows: &[&[&str]]) {
    let mut w = csv::Writer::from_path(dir.join(name)).unwrap();
    for r in rows {
        w.write_record(*r).unwrap();
    }
    w.flush().unwrap();
}

/// Hand-built tables with real highlights and hostile values in every attribute.
/// Returns the folder and the number of mention rows.
fn hand_built_tables() -> (tempfile::TempDir, usize) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s0 = "Nvidias Blackwell für 5 Mrd. € <script>document.title='pwned'</script> im März 2025.";
    let s1 = "Die Telekom <img src=x onerror=\"document.title='pwned'\"> kauft 10 % von \"SAP\".";
    let (s0_start, s1_start) = (10usize, 10 + s0.len() + 1);
    write_csv(
        d,
        "documents.csv",
        &[
            &[
                "doc_id",
                "path",
                "lang",
                "title",
                "date",
                "source",
                "bytes",
                "sentences",
                "tokens",
                "sha256",
            ],
            &[
                "de/<b>x</b>.txt",
                "de/<b>x</b>.txt",
                "de",
                "<script>document.title='pwned'</script>",
                "2025-03",
                "\"><img src=x>",
                "0",
                "2",
                "0",
                "",
            ],
        ],
    );
    let sent = |i: usize, start: usize, text: &str| {
        vec![
            format!("de/<b>x</b>.txt:s{i}"),
            "de/<b>x</b>.txt".into(),
            i.to_string(),
            start.to_string(),
            (start + text.len()).to_string(),
            "1".into(),
            "1".into(),
            "de".into(),
            text.to_string(),
        ]
    };
    let mut w = csv::Writer::from_path(d.join("sentences.csv")).unwrap();
    w.write_record([
        "sentence_id",
        "doc_id",
        "index",
        "start",
        "end",
        "line",
        "column",
        "lang",
        "text",
    ])
    .unwrap();
    w.write_record(sent(0, s0_start, s0)).unwrap();
    w.write_record(sent(1, s1_start, s1)).unwrap();
    w.flush().unwrap();

    // (sentence, its text, its start, surface, kind, canonical, entity id, value, unit)
    type Spec<'a> = (usize, &'a str, usize, &'a str, &'a str, &'a str, &'a str, &'a str, &'a str);
    let specs: [Spec; 7] = [
        (0, s0, s0_start, "Nvidia", "company", "Nvidia", "nvidia", "", ""),
        (
            0,
            s0,
            s0_start,
            "Blackwell",
            "chip",
            "\"><script>document.title='pwned'</script>",
            "blackwell",
            "",
            "",
        ),
        (0, s0, s0_start, "5 Mrd. €", "money", "", "", "5000000000' onmouseover='x", "EUR"),
        (0, s0, s0_start, "März 2025", "date", "", "", "2025-03", ""),
        (1, s1, s1_start, "Telekom", "company", "Deutsche Telekom", "deutsche_telekom", "", ""),
        (1, s1, s1_start, "10 %", "percent", "", "", "10", "%"),
        (1, s1, s1_start, "SAP", "company", "SAP", "sap", "", ""),
    ];
    let mut w = csv::Writer::from_path(d.join("mentions.csv")).unwrap();
    w.write_record(veille::output::MENTIONS_HEADER).unwrap();
    for (n, (si, text, start, surface, kind, canonical, entity, value, unit)) in
        specs.iter().enumerate()
    {
        let at = text.find(surface).unwrap() + start;
        w.write_record([
            format!("de/<b>x</b>.txt:m{n}"),
            "de/<b>x</b>.txt".into(),
            format!("de/<b>x</b>.txt:s{si}"),
            kind.to_string(),
            surface.to_string(),
            at.to_string(),
            (at + surface.len()).to_string(),
            "1".into(),
            "1".into(),
            canonical.to_string(),
            entity.to_string(),
            value.to_string(),
            String::new(),
            unit.to_string(),
            String::new(),
            String::new(),
            String::new(),
            "exact".into(),
        ])
        .unwrap();
    }
    w.flush().unwrap();
    write_csv(
        d,
        "relations.csv",
        &[
            veille::output::RELATIONS_HEADER,
            &[
                "de/<b>x</b>.txt:r0",
                "de/<b>x</b>.txt",
                "de/<b>x</b>.txt:s0",
                "makes",
                "de/<b>x</b>.txt:m0",
                "de/<b>x</b>.txt:m1",
                "Nvidia",
                "<script>document.title='pwned'</script>",
                "",
                "",
                "",
                "cue",
                "0.90",
            ],
            &[
                "de/<b>x</b>.txt:r1",
                "de/<b>x</b>.txt",
                "de/<b>x</b>.txt:s0",
                "cooccurs",
                "de/<b>x</b>.txt:m0",
                "de/<b>x</b>.txt:m3",
                "Nvidia",
                "2025-03",
                "",
                "",
                "",
                "cooccurrence",
                "0.30",
            ],
        ],
    );
    write_csv(d, "entities.csv", &[veille::output::ENTITIES_HEADER]);
    (dir, specs.len())
}

/// Loads `page` in headless Chromium (fresh profile, no network features) and
/// returns the DOM after its scripts ran.
fn dump_dom(chromium: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(180);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 180 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let dom = reader.join().unwrap().expect("chromium's output is UTF-8");
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    assert!(
        status.success() && dom.contains("</html>"),
        "chromium failed ({status}) on {url}:\n{err}"
    );
    dom
}

/// The text of the page's `<title>` element.
fn title_of(dom: &str) -> &str {
    let start = dom.find("<title>").map(|i| i + "<title>".len()).expect("a <title>");
    let end = dom[start..].find("</title>").expect("</title>") + start;
    &dom[start..end]
}

/// Asserts the loaded page ran its own script and nothing from the data.
fn assert_only_own_script_ran(dom: &str, what: &str) {
    assert_eq!(
        title_of(dom),
        "veille report",
        "{what}: the title was changed by an injected script"
    );
    assert!(dom.contains("data-ready=\"1\""), "{what}: the page's own script did not run");
    assert!(!dom.contains("<img"), "{what}: an <img> element was injected");
    assert!(!dom.contains("<svg"), "{what}: an <svg> element was injected");
    assert!(!dom.contains("<b>"), "{what}: a <b> element was injected");
    assert!(!dom.contains("<script>document"), "{what}: a <script> element was injected");
    assert_eq!(dom.matches("<script").count(), 1, "{what}: exactly the page's own script");
}

// ---------------------------------------------------------------------------
// 1. Escaping, through the binary
// ---------------------------------------------------------------------------

#[test]
fn hostile_article_text_comes_out_escaped() {
    let corpus = hostile_corpus();
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);

    // The payloads really reached the tables (else this test would prove nothing).
    let sentences: String =
        read_csv(&out.path().join("sentences.csv")).iter().map(|r| r["text"].clone()).collect();
    for payload in [
        "<script>alert(1)</script>",
        "\"onerror=alert(1)",
        "<img src=x onerror=alert(1)>",
        "</script>",
        "&amp;",
    ] {
        assert!(sentences.contains(payload), "payload {payload:?} is not in sentences.csv");
    }

    let html = report_ok(out.path());
    for raw in [
        "<script>alert",
        "<script>document",
        "<img",
        "<svg",
        "<b ",
        "<b>",
        "</b>",
        "onerror=\"",
        "\"onerror",
    ] {
        assert!(!html.contains(raw), "the page contains unescaped {raw:?}");
    }
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;onerror=alert(1)",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;",
        "&amp;amp;",
        "&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;",
        "&lt;svg onload=&quot;document.title=&#39;pwned&#39;&quot;&gt;",
    ] {
        assert!(html.contains(escaped), "the page lacks the escaped form {escaped:?}");
    }
    // The front-matter title is data too.
    assert!(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; &amp; &quot;quoted&quot; title"));
    assert_eq!(html.matches("<script").count(), 1, "only the page's own script");
    assert_eq!(html.matches("</script>").count(), 1, "only the page's own script");
    // Self-contained: nothing is fetched.
    for external in ["<link", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!html.contains(external), "the page references something external: {external:?}");
    }
}

#[test]
fn report_on_the_bundled_corpus_counts_what_it_shows() {
    let out = tempfile::tempdir().unwrap();
    run_ok(&root().join("corpus"), out.path(), &[]);
    let o = veille(&["report", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    let stats = report::write_report(out.path()).unwrap();
    let docs = read_csv(&out.path().join("documents.csv")).len();
    let sents = read_csv(&out.path().join("sentences.csv")).len();
    let mentions = read_csv(&out.path().join("mentions.csv")).len();
    assert!(
        docs >= 20 && sents > docs && mentions > 500,
        "{docs} documents, {sents} sentences, {mentions} mentions"
    );
    assert_eq!((stats.documents, stats.sentences), (docs, sents));
    assert_eq!(stats.mentions + stats.skipped, mentions);
    assert_eq!(stats.skipped, 0, "every mention of a run fits its sentence");
    assert_eq!(count_marks(&html), mentions);
    assert_eq!(html.matches("<p class=\"s\" ").count(), sents);
    assert_eq!(html.matches("<section class=\"doc\" ").count(), docs);
    let err = stderr(&o);
    assert!(err.contains(&format!("{docs} documents")), "summary line: {err}");
}

#[test]
fn missing_tables_are_an_error_not_a_panic() {
    let empty = tempfile::tempdir().unwrap();
    let o = veille(&["report", "--out", empty.path().to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("documents.csv"));
    assert!(!empty.path().join("report.html").exists());
}

// ---------------------------------------------------------------------------
// 2. In a real browser
// ---------------------------------------------------------------------------

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_counts_one_highlight_per_mention_row_on_the_bundled_corpus() {
    let chromium = chromium();
    let out = tempfile::tempdir().unwrap();
    run_ok(&root().join("corpus"), out.path(), &[]);
    report_ok(out.path());
    let rows = read_csv(&out.path().join("mentions.csv")).len();
    assert!(rows > 500, "the bundled corpus has mentions to count: {rows}");
    let dom = dump_dom(&chromium, &out.path().join("report.html"));
    assert_only_own_script_ran(&dom, "bundled corpus");
    assert_eq!(count_marks(&dom), rows, "highlighted mentions in the DOM vs rows of mentions.csv");
    // The page's script counted the same elements after load.
    assert!(dom.contains(&format!("data-mentions=\"{rows}\"")), "the script saw a different count");
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_shows_hand_built_mentions_and_runs_no_injected_script() {
    let chromium = chromium();
    let (dir, rows) = hand_built_tables();
    let html = report_ok(dir.path());
    assert_eq!(count_marks(&html), rows);
    let dom = dump_dom(&chromium, &dir.path().join("report.html"));
    assert_only_own_script_ran(&dom, "hand-built tables");
    assert_eq!(count_marks(&dom), rows, "highlighted mentions in the DOM vs rows of mentions.csv");
    assert!(dom.contains(&format!("data-mentions=\"{rows}\"")));
    // Every kind has its own colour class, and the filters start with everything shown.
    for kind in report::KINDS {
        assert!(dom.contains(&format!("<mark class=\"m k-{kind}\"")), "no {kind} highlight");
    }
    assert!(
        dom.contains(&format!("{rows} of {rows} mentions, 1 of 1 facts shown")),
        "filter summary"
    );
    assert!(!dom.contains("class=\"m k-company off\""), "nothing is filtered out at load");
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_runs_no_script_from_a_hostile_article() {
    let chromium = chromium();
    let corpus = hostile_corpus();
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    report_ok(out.path());
    let dom = dump_dom(&chromium, &out.path().join("report.html"));
    assert_only_own_script_ran(&dom, "hostile article");
    // The payloads are on the page as text.
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert_eq!(count_marks(&dom), read_csv(&out.path().join("mentions.csv")).len());
}

// ---------------------------------------------------------------------------
// 3. render() on hand-built tables
// ---------------------------------------------------------------------------

/// One document `d` with one sentence of `text` starting at byte `base`.
fn one_sentence(text: &str, base: usize) -> Tables {
    Tables {
        documents: vec![Document { id: "d".into(), path: "d".into(), ..Default::default() }],
        sentences: vec![Sentence {
            id: "d:s0".into(),
            doc_id: "d".into(),
            index: 0,
            start: base,
            end: base + text.len(),
            text: text.into(),
        }],
        ..Default::default()
    }
}

/// A mention of `surface` (found at byte `at` of the sentence) with span `base + at`.
fn mention(n: usize, kind: &str, surface: &str, start: usize, end: usize) -> Mention {
    Mention {
        id: format!("d:m{n}"),
        doc_id: "d".into(),
        sentence_id: "d:s0".into(),
        kind: kind.into(),
        text: surface.into(),
        start,
        end,
        ..Default::default()
    }
}

#[test]
fn render_highlights_multibyte_text_by_byte_offsets() {
    let text = "Nvidias Blackwell für 5 Mrd. € ab März 2025, 10 % mehr.";
    let base = 1000;
    let mut tables = one_sentence(text, base);
    let spans: [(&str, &str); 5] = [
        ("company", "Nvidia"),
        ("chip", "Blackwell"),
        ("money", "5 Mrd. €"),
        ("date", "März 2025"),
        ("percent", "10 %"),
    ];
    for (n, (kind, surface)) in spans.iter().enumerate() {
        let at = text.find(surface).unwrap();
        let mut m = mention(n, kind, surface, base + at, base + at + surface.len());
        if *kind == "money" {
            m.value = "5000000000".into();
            m.unit = "EUR".into();
        }
        if *kind == "company" {
            m.canonical = "Nvidia".into();
            m.entity_id = "Q182477".into();
        }
        tables.mentions.push(m);
    }
    let (html, stats) = render_with_stats(&tables);
    assert_eq!((stats.documents, stats.sentences, stats.mentions, stats.skipped), (1, 1, 5, 0));
    assert_eq!(count_marks(&html), 5);
    // The exact bytes between highlights survive: "s " after Nvidia, " für " after Blackwell.
    assert!(html.contains(">Nvidia</mark>s <mark class=\"m k-chip\""), "{html}");
    assert!(html.contains(">Blackwell</mark> für <mark class=\"m k-money\""));
    assert!(html.contains(">5 Mrd. €</mark> ab <mark class=\"m k-date\""));
    assert!(html.contains(">März 2025</mark>, <mark class=\"m k-percent\""));
    assert!(html.contains(">10 %</mark> mehr.</p>"));
    // Hover text and data for the details panel.
    assert!(html.contains("title=\"money: 5000000000 EUR\nmention: d:m2\""));
    assert!(html.contains("title=\"company: Nvidia\nentity: Q182477\nmention: d:m0\""));
    assert!(html.contains("data-entity=\"Q182477\"") && html.contains("data-id=\"d:m2\""));
    // The entity appears in the filter.
    assert!(html.contains("<option value=\"Q182477\">Nvidia (company, 1)</option>"));
}

#[test]
fn render_skips_and_counts_spans_that_do_not_fit() {
    let text = "Intel zahlt 10 Mrd. € für Magdeburg.";
    let base = 50;
    let euro = text.find('€').unwrap();
    let intel = mention(0, "company", "Intel", base, base + 5);
    let mut tables = one_sentence(text, base);
    tables.mentions = vec![
        intel.clone(),
        // Overlaps "Intel": skipped (the earlier one wins).
        mention(1, "company", "ntel", base + 1, base + 5),
        // Ends inside the three bytes of "€".
        mention(2, "money", "", base + euro - 3, base + euro + 1),
        // Starts before the sentence.
        mention(3, "company", "", base - 2, base + 3),
        // Ends past the sentence.
        mention(4, "company", "", base + text.len() - 2, base + text.len() + 5),
        // Its span does not slice its text.
        mention(5, "company", "Magdeburg", base + 12, base + 21),
        // Points to a sentence that does not exist.
        Mention { sentence_id: "d:s9".into(), ..mention(6, "company", "Intel", base, base + 5) },
        // Empty span.
        mention(7, "date", "", base + 3, base + 3),
    ];
    let magdeburg = text.find("Magdeburg").unwrap();
    tables.mentions.push(mention(
        8,
        "company",
        "Magdeburg",
        base + magdeburg,
        base + magdeburg + 9,
    ));
    let (html, stats) = render_with_stats(&tables);
    assert_eq!((stats.mentions, stats.skipped), (2, 7));
    assert_eq!(count_marks(&html), 2);
    assert!(html.contains(">Intel</mark> zahlt 10 Mrd. € für <mark class=\"m k-company\""));
    assert!(html.contains(">Magdeburg</mark>.</p>"));
    assert!(html.contains("7 mentions skipped"));
}

#[test]
fn render_escapes_every_attribute_and_text() {
    let text = "A <script>alert(1)</script> & \"x\" 'y' Nvidia";
    let mut tables = one_sentence(text, 0);
    tables.documents[0].title = "<img src=x onerror=alert(1)>".into();
    tables.documents[0].source = "\" onmouseover=\"alert(1)".into();
    let at = text.find("Nvidia").unwrap();
    let mut m = mention(0, "company\"><script>", "Nvidia", at, at + 6);
    m.canonical = "\"><script>alert(1)</script>".into();
    m.entity_id = "x' onclick='alert(1)".into();
    m.value = "</mark><img src=x>".into();
    tables.mentions.push(m);
    let html = render(&tables);
    assert!(
        !html.contains("<script>alert") && !html.contains("<img") && !html.contains("<script>\"")
    );
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html
        .contains("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39; <mark"));
    // An unknown kind gets the neutral class, never a class built from data.
    assert!(html.contains("<mark class=\"m k-other\""));
    assert!(html.contains("data-kind=\"company&quot;&gt;&lt;script&gt;\""));
    assert!(html.contains("data-entity=\"x&#39; onclick=&#39;alert(1)\""));
    assert!(html.contains("data-canonical=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    assert!(html.contains("<h3>&lt;img src=x onerror=alert(1)&gt;</h3>"));
    assert!(html.contains("&quot; onmouseover=&quot;alert(1)"));
}

#[test]
fn facts_come_from_typed_relations_or_from_facts_csv() {
    let (dir, _) = hand_built_tables();
    let tables = Tables::load(dir.path()).unwrap();
    assert_eq!(tables.facts.source, "relations.csv");
    assert_eq!(tables.facts.rows.len(), 1, "cooccurs rows are not facts");
    let (html, stats) = render_with_stats(&tables);
    assert_eq!(stats.facts, 1);
    // The fact links to its sentence (s-0: first row of sentences.csv) and to its mentions.
    assert!(
        html.contains("<td><a href=\"#s-0\" title=\"de/&lt;b&gt;x&lt;/b&gt;.txt:s0\">"),
        "{html}"
    );
    assert!(html.contains("id=\"s-0\""));
    assert!(html.contains("<td><a href=\"#m-0\">Nvidia</a></td>"));
    assert!(html.contains(
        "<td><a href=\"#m-1\">&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</a></td>"
    ));
    assert!(html.contains("data-kinds=\"[&quot;company&quot;,&quot;chip&quot;]\""));
    assert!(html.contains("data-ents=\"[&quot;nvidia&quot;,&quot;blackwell&quot;]\""));

    // A facts.csv, when a run writes one, replaces the relations.
    write_csv(
        dir.path(),
        "facts.csv",
        &[
            &["fact_id", "doc_id", "sentence_id", "company", "amount", "date", "subject_id"],
            &[
                "f0",
                "de/<b>x</b>.txt",
                "de/<b>x</b>.txt:s1",
                "Deutsche Telekom",
                "10 %",
                "",
                "de/<b>x</b>.txt:m4",
            ],
            &["f1", "de/<b>x</b>.txt", "", "SAP", "", "", "de/<b>x</b>.txt:m6"],
        ],
    );
    let tables = Tables::load(dir.path()).unwrap();
    assert_eq!(tables.facts.source, "facts.csv");
    assert_eq!(
        tables.facts.columns,
        ["fact_id", "sentence_id", "company", "amount", "date", "subject_id"]
    );
    let html = render(&tables);
    assert_eq!(html.matches("<tr class=\"f\"").count(), 2);
    assert!(html.contains("<a href=\"#s-1\""), "f0 links to its sentence");
    assert!(html.contains("data-ents=\"[&quot;deutsche_telekom&quot;]\""));
    assert!(html.contains("data-ents=\"[&quot;sap&quot;]\""));
    assert_eq!(
        html.matches("<a href=\"#s-1\"").count(),
        2,
        "f1 finds its sentence through its mention"
    );
}

#[test]
fn spreadsheet_safe_cells_still_highlight() {
    // `--spreadsheet-safe` prefixes a cell starting with `=` with `'`; the report
    // undoes it where the cell's length shows it, so spans still slice the text.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = "=Nvidia verdoppelt den Umsatz.";
    write_csv(d, "documents.csv", &[&["doc_id", "path", "lang", "title"], &["d", "d", "de", ""]]);
    write_csv(
        d,
        "sentences.csv",
        &[
            &["sentence_id", "doc_id", "index", "start", "end", "text"],
            &["d:s0", "d", "0", "3", &(3 + text.len()).to_string(), &format!("'{text}")],
        ],
    );
    write_csv(
        d,
        "mentions.csv",
        &[
            &[
                "mention_id",
                "doc_id",
                "sentence_id",
                "kind",
                "text",
                "start",
                "end",
                "canonical",
                "entity_id",
            ],
            &["d:m0", "d", "d:s0", "company", "Nvidia", "4", "10", "Nvidia", "nvidia"],
            &["d:m1", "d", "d:s0", "money", "x", "not a number", "12", "", ""],
        ],
    );
    let tables = Tables::load(d).unwrap();
    assert_eq!(tables.sentences[0].text, text);
    assert_eq!(tables.facts.rows.len(), 0, "no relations.csv: no facts");
    let (html, stats) = render_with_stats(&tables);
    assert_eq!((stats.mentions, stats.skipped), (1, 1));
    assert!(html.contains("</a> =<mark class=\"m k-company\""), "{html}");
}
