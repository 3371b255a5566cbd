//! The report (`veille report`): a folder of static pages, mentions highlighted from
//! their byte spans, everything escaped, and the pages checked in a real browser
//! (headless Chromium): the entity filter, the search, a fact's link to its sentence,
//! the click-through from a search to an entity's facts over time, a hostile article.
//!
//! The browser tests need Debian's `chromium` (`.ci/setup-browser` installs it): they are
//! ignored by default, and fail when run (`cargo test -- --include-ignored`) without it.

use crate::common::{chromium, read_csv, root, run_ok, stderr, veille, write};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// `veille report --out DIR`, asserting success; returns the report folder.
fn report_ok(out: &Path) -> PathBuf {
    let o = veille(&["report", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "veille report failed: {}", stderr(&o));
    let dir = out.join("report");
    assert!(dir.join("index.html").is_file(), "report/index.html is written");
    dir
}

/// Every `.html` file under `dir`, with its text, sorted by path.
fn pages(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
    }
    out.sort();
    out
}

/// Highlighted mentions in a page or a dumped DOM.
fn count_marks(html: &str) -> usize {
    html.matches("<mark class=\"m ").count() + html.matches("<a class=\"m ").count()
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
fn write_csv(dir: &Path, name: &str, rows: &[Vec<String>]) {
    let mut w = csv::Writer::from_path(dir.join(name)).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// A mention row of `mentions.csv` for sentence `d:s0`.
fn mention_row(
    n: usize,
    kind: &str,
    text: &str,
    start: usize,
    end: usize,
    canonical: &str,
    entity: &str,
) -> Vec<String> {
    let mut r: Vec<String> =
        veille::output::MENTIONS_HEADER.iter().map(|_| String::new()).collect();
    let h = veille::output::MENTIONS_HEADER;
    let mut set = |col: &str, v: String| r[h.iter().position(|c| *c == col).unwrap()] = v;
    set("mention_id", format!("d:m{n}"));
    set("doc_id", "d".into());
    set("sentence_id", "d:s0".into());
    set("kind", kind.into());
    set("text", text.into());
    set("start", start.to_string());
    set("end", end.to_string());
    set("canonical", canonical.into());
    set("entity_id", entity.into());
    set("method", "exact".into());
    r
}

/// Tables of one document `d` with one sentence `text` starting at byte `base`.
fn one_sentence_tables(text: &str, base: usize, mentions: Vec<Vec<String>>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_csv(
        d,
        "documents.csv",
        &[
            row(&["doc_id", "path", "lang", "title", "date", "source"]),
            row(&["d", "d.txt", "de", "", "2025-03", ""]),
        ],
    );
    let end = (base + text.len()).to_string();
    write_csv(
        d,
        "sentences.csv",
        &[
            row(&["sentence_id", "doc_id", "index", "start", "end", "text"]),
            row(&["d:s0", "d", "0", &base.to_string(), &end, text]),
        ],
    );
    let mut rows = vec![row(veille::output::MENTIONS_HEADER)];
    rows.extend(mentions);
    write_csv(d, "mentions.csv", &rows);
    dir
}

/// The report of the bundled corpus, built once for all tests of this binary.
fn bundled() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        run_ok(&root().join("corpus"), out.path(), &[]);
        report_ok(out.path());
        out
    })
    .path()
}

// ---------------------------------------------------------------------------
// 1. Without a browser
// ---------------------------------------------------------------------------

#[test]
fn hostile_article_text_comes_out_escaped_on_every_page() {
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
    let dir = report_ok(out.path());
    let all = pages(&dir);
    assert!(all.len() > 40, "index, lists, document, entity and search pages: {}", all.len());
    for (path, html) in &all {
        let what = path.display();
        for raw in [
            "<script>alert",
            "<script>document",
            "<img",
            "<svg onload",
            "<b onmouseover",
            "<b>",
            "onerror=\"",
            "\"onerror",
            "href=\"javascript",
            "<style",
        ] {
            assert!(!html.contains(raw), "{what} contains unescaped {raw:?}");
        }
        assert_eq!(html.matches("<script").count(), 1, "{what}: only the report's own script");
        assert!(html.contains("report.js\"></script>"), "{what}: the script is the report's file");
        for external in ["src=\"http", "@import", "url(", "<link rel=\"stylesheet\" href=\"http"] {
            assert!(!html.contains(external), "{what} references something external: {external:?}");
        }
        assert!(
            html.contains("default-src 'none'; script-src 'self'"),
            "{what}: content security policy"
        );
    }
    let doc = &std::fs::read_to_string(dir.join("doc/0.html")).unwrap();
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;onerror=alert(1)",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;",
        "&amp;amp;",
        "&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;",
        "&lt;svg onload=&quot;document.title=&#39;pwned&#39;&quot;&gt;",
        // The front-matter title is data too, and the `javascript:` source is text.
        "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; &amp; &quot;quoted&quot; title",
        "source javascript:alert(1)",
    ] {
        assert!(doc.contains(escaped), "the document page lacks the escaped form {escaped:?}");
    }
    // The style and script are files of the report, not inline.
    assert!(dir.join("report.css").is_file() && dir.join("report.js").is_file());
}

#[test]
fn report_on_the_bundled_corpus_shows_every_row() {
    let out = bundled();
    let dir = out.join("report");
    let docs = read_csv(&out.join("documents.csv"));
    let sents = read_csv(&out.join("sentences.csv")).len();
    let mentions = read_csv(&out.join("mentions.csv")).len();
    let facts = read_csv(&out.join("facts.csv"));
    assert!(docs.len() >= 20 && mentions > 500 && facts.len() > 50);
    // One page per document; every mention highlighted on it, every sentence shown.
    let doc_pages: Vec<String> = (0..docs.len())
        .map(|n| std::fs::read_to_string(dir.join(format!("doc/{n}.html"))).unwrap())
        .collect();
    assert_eq!(doc_pages.iter().map(|p| count_marks(p)).sum::<usize>(), mentions);
    assert_eq!(
        doc_pages.iter().map(|p| p.matches("<p class=\"s\" ").count()).sum::<usize>(),
        sents
    );
    // The front page lists every fact, each with entities to filter by, its dates and
    // a link to its sentence.
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert_eq!(index.matches("<tr class=\"f\"").count(), facts.len());
    assert_eq!(
        index.matches("data-ents=\" \"").count(),
        0,
        "a fact without entities cannot be filtered"
    );
    assert_eq!(index.matches("<a class=\"go\" href=\"doc/").count(), facts.len());
    // SoftBank's investment: amount read for people, stated and reported dates, outlet.
    let i = index.find("up to 75 bn EUR").expect("the SoftBank amount, qualified");
    let tr = &index[index[..i].rfind("<tr").unwrap()..i + index[i..].find("</tr>").unwrap()];
    assert!(tr.contains("href=\"entity/softbank.html\">SoftBank</a>"), "{tr}");
    assert!(tr.contains(">2026-05<") && tr.contains("reported 2026-06"), "{tr}");
    assert!(tr.contains("<b class=\"hs\">SoftBank</b>"), "subject marked in the sentence: {tr}");
    assert!(tr.contains("<b class=\"ho\">pouvant atteindre 75 milliards d&#39;euros</b>"), "{tr}");
    assert!(tr.contains("<i class=\"ht\">investissement</i>"), "cue marked: {tr}");
    // An entity page per entity seen, with its gazetteer record and timeline.
    let softbank = std::fs::read_to_string(dir.join("entity/softbank.html")).unwrap();
    assert!(softbank.contains("<h1>SoftBank"));
    assert!(
        softbank.contains("<svg") && softbank.contains("75 bn EUR"),
        "timeline with the amount"
    );
    assert!(softbank.contains(">aliases</dt>"), "the gazetteer record lists the aliases");
    let nvidia = std::fs::read_to_string(dir.join("entity/nvidia.html")).unwrap();
    assert!(nvidia.contains("Named in the same sentence as"), "co-occurring entities");
}

#[test]
fn search_pages_list_each_mention_where_its_query_leads() {
    use veille::tools::report::search::{fold, shards_of, SHARDS};
    let out = bundled();
    let dir = out.join("report");
    // "75 milliards" starts with 7: the page of 7 holds the mention, with its sentence.
    let seven = std::fs::read_to_string(dir.join("search/7.html")).unwrap();
    let hit = seven
        .split("<li ")
        .find(|l| l.contains("pouvant atteindre 75 milliards"))
        .expect("the mention is on search/7.html");
    assert!(hit.contains("href=\"../doc/") && hit.contains("#m-"), "{hit}");
    // Every mention is on the page of the first letter of its text.
    let mut per_shard: HashMap<&str, usize> = HashMap::new();
    for m in read_csv(&out.join("mentions.csv")) {
        let keys = fold(&m["text"]);
        let c =
            keys.chars().find(|c| c.is_alphanumeric()).expect("a mention has a letter or digit");
        let page = SHARDS.iter().copied().find(|s| *s == c.to_string()).unwrap_or("_");
        assert!(shards_of(&keys).iter().any(|&s| SHARDS[s] == page), "{keys}");
        *per_shard.entry(page).or_default() += 1;
    }
    for (shard, n) in per_shard {
        let page = std::fs::read_to_string(dir.join(format!("search/{shard}.html"))).unwrap();
        assert!(
            page.matches("<li data-k=").count() >= n,
            "search/{shard}.html lists fewer mentions than start with {shard}"
        );
    }
}

#[test]
fn missing_tables_are_an_error_not_a_panic() {
    let empty = tempfile::tempdir().unwrap();
    let o = veille(&["report", "--out", empty.path().to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("documents.csv"), "{}", stderr(&o));
    assert!(!empty.path().join("report").exists());
}

#[test]
fn tables_out_of_document_order_are_an_error_naming_file_and_row() {
    let text = "Intel zahlt.";
    let dir = one_sentence_tables(
        text,
        0,
        vec![mention_row(0, "company", "Intel", 0, 5, "Intel", "intel")],
    );
    // A sentence of a document documents.csv does not list.
    let mut s = read_csv(&dir.path().join("sentences.csv"));
    let mut extra = s[0].clone();
    extra.insert("doc_id".into(), "ghost".into());
    extra.insert("sentence_id".into(), "ghost:s0".into());
    s.push(extra);
    let cols = ["sentence_id", "doc_id", "index", "start", "end", "text"];
    let mut rows = vec![row(&cols)];
    rows.extend(s.iter().map(|r| cols.iter().map(|c| r[*c].clone()).collect()));
    write_csv(dir.path(), "sentences.csv", &rows);
    let o = veille(&["report", "--out", dir.path().to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("sentences.csv: row 3") && err.contains("ghost"), "{err}");
    assert!(!dir.path().join("report").exists(), "no half-written report");
}

#[test]
fn highlights_follow_byte_offsets_and_skip_spans_that_do_not_fit() {
    let text = "Intel zahlt 10 Mrd. € für Magdeburg.";
    let base = 50;
    let euro = text.find('€').unwrap();
    let magdeburg = text.find("Magdeburg").unwrap();
    let ms = vec![
        mention_row(0, "company", "Intel", base, base + 5, "Intel", "intel"),
        // Overlaps "Intel": skipped (the earlier one wins).
        mention_row(1, "company", "ntel", base + 1, base + 5, "", ""),
        // Ends inside the three bytes of "€".
        mention_row(2, "money", "", base + euro - 3, base + euro + 1, "", ""),
        // Starts before the sentence.
        mention_row(3, "company", "", base - 2, base + 3, "", ""),
        // Its span does not slice its text.
        mention_row(4, "company", "Magdeburg", base + 12, base + 21, "", ""),
        // Not a number.
        {
            let mut r = mention_row(5, "date", "x", 0, 1, "", "");
            r[5] = "not a number".into();
            r
        },
        mention_row(
            6,
            "company",
            "Magdeburg",
            base + magdeburg,
            base + magdeburg + 9,
            "Magdeburg",
            "",
        ),
    ];
    let dir = one_sentence_tables(text, base, ms);
    let o = veille(&["report", "--out", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("2 mentions highlighted") && stderr(&o).contains("5 mentions skipped"),
        "{}",
        stderr(&o)
    );
    let page = std::fs::read_to_string(dir.path().join("report/doc/0.html")).unwrap();
    assert_eq!(count_marks(&page), 2);
    assert!(page.contains(">Intel</a> zahlt 10 Mrd. € für <a class=\"m k-company\""), "{page}");
    assert!(page.contains(">Magdeburg</a>.</p>"));
    // A name the gazetteer does not list still gets a page, named by ordinal.
    assert!(page.contains("href=\"../entity/_"), "{page}");
}

#[test]
fn facts_come_from_relations_when_there_is_no_facts_csv() {
    let text = "Nvidias Blackwell für 5 Mrd. € im März 2025.";
    let at = |s: &str| text.find(s).unwrap();
    let ms = vec![
        mention_row(0, "company", "Nvidia", at("Nvidia"), at("Nvidia") + 6, "Nvidia", "nvidia"),
        mention_row(
            1,
            "chip",
            "Blackwell",
            at("Blackwell"),
            at("Blackwell") + 9,
            "Blackwell",
            "blackwell",
        ),
    ];
    let dir = one_sentence_tables(text, 0, ms);
    let mut rel = vec![row(veille::output::RELATIONS_HEADER)];
    let h = veille::output::RELATIONS_HEADER;
    for (id, kind) in [("d:r0", "makes"), ("d:r1", "cooccurs")] {
        let mut r: Vec<String> = h.iter().map(|_| String::new()).collect();
        for (col, v) in [
            ("relation_id", id),
            ("doc_id", "d"),
            ("sentence_id", "d:s0"),
            ("type", kind),
            ("subject_id", "d:m0"),
            ("object_id", "d:m1"),
            ("subject", "Nvidia"),
            ("object", "Blackwell"),
            ("method", "gazetteer"),
            ("confidence", "0.96"),
        ] {
            r[h.iter().position(|c| *c == col).unwrap()] = v.to_string();
        }
        rel.push(r);
    }
    write_csv(dir.path(), "relations.csv", &rel);
    let index = std::fs::read_to_string(report_ok(dir.path()).join("index.html")).unwrap();
    assert_eq!(index.matches("<tr class=\"f\"").count(), 1, "cooccurs rows are not facts");
    assert!(index.contains("<b class=\"hs\">Nvidia</b>s <b class=\"ho\">Blackwell</b>"), "{index}");
    assert!(index.contains("reported 2025-03"), "the document's date is when it was reported");
}

#[test]
fn spreadsheet_safe_cells_still_highlight() {
    // `--spreadsheet-safe` prefixes a cell starting with `=` with `'`; the report
    // undoes it where the cell's length shows it, so spans still slice the text.
    let text = "=Nvidia verdoppelt den Umsatz.";
    let dir = one_sentence_tables(
        text,
        3,
        vec![mention_row(0, "company", "Nvidia", 4, 10, "Nvidia", "nvidia")],
    );
    let mut s = read_csv(&dir.path().join("sentences.csv"));
    s[0].insert("text".into(), format!("'{text}"));
    let cols = ["sentence_id", "doc_id", "index", "start", "end", "text"];
    let mut rows = vec![row(&cols)];
    rows.extend(s.iter().map(|r| cols.iter().map(|c| r[*c].clone()).collect()));
    write_csv(dir.path(), "sentences.csv", &rows);
    let page = std::fs::read_to_string(report_ok(dir.path()).join("doc/0.html")).unwrap();
    assert!(page.contains("</a> =<a class=\"m k-company\""), "{page}");
}

// ---------------------------------------------------------------------------
// 2. In a real browser
// ---------------------------------------------------------------------------

/// Runs headless Chromium (fresh profile, no network features) with `args` on `url`;
/// returns its standard output.
fn chromium_run(args: &[&str], url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium())
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
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
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
    let out = reader.join().unwrap().expect("chromium's output is UTF-8");
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    assert!(status.success(), "chromium failed ({status}) on {url}:\n{err}");
    out
}

fn file_url(p: &Path) -> String {
    format!("file://{}", p.canonicalize().unwrap().display())
}

/// Loads `page` and returns the DOM after its script ran.
fn dump_dom(page: &Path) -> String {
    let dom = chromium_run(&["--dump-dom", "--virtual-time-budget=5000"], &file_url(page));
    assert!(dom.contains("</html>"), "no DOM for {}", page.display());
    dom
}

/// Drives the report in a frame, as a person would: `steps` is a script defining
/// `steps`, a list of functions each called with the frame's document when the frame
/// has loaded a page (a step that clicks a link ends with the frame loading the next
/// one), and `out(key, value)` to record what it saw. Returns what was recorded.
fn drive(report: &Path, start: &str, steps: &str) -> HashMap<String, serde_json::Value> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let harness = report.join(format!("harness-{}-{n}.html", std::process::id()));
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>harness</title></head><body>\
         <iframe id=\"f\" style=\"width:1280px;height:900px\"></iframe><pre id=\"log\"></pre><script>\n\
         var log = {{}}, f = document.getElementById(\"f\"), i = 0;\n\
         function out(k, v) {{ log[k] = v; document.getElementById(\"log\").textContent = JSON.stringify(log); }}\n\
         function visible(doc, sel) {{ return Array.prototype.filter.call(doc.querySelectorAll(sel), function (e) {{ return !e.hidden && e.offsetParent !== null; }}); }}\n\
         {steps}\n\
         f.addEventListener(\"load\", function () {{\n\
           var step = steps[i++];\n\
           if (!step) {{ return; }}\n\
           try {{ out(\"url\" + i, f.contentWindow.location.href); step(f.contentDocument, f.contentWindow); }}\n\
           catch (e) {{ out(\"error\", String(e) + \" at step \" + i); }}\n\
         }});\n\
         f.src = {start:?};\n\
         </script></body></html>"
    );
    std::fs::write(&harness, page).unwrap();
    let dom = chromium_run(
        &["--allow-file-access-from-files", "--dump-dom", "--virtual-time-budget=30000"],
        &file_url(&harness),
    );
    std::fs::remove_file(&harness).unwrap();
    let a = dom.find("<pre id=\"log\">").expect("the harness ran") + "<pre id=\"log\">".len();
    let b = dom[a..].find("</pre>").unwrap() + a;
    let text = dom[a..b].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    let log: HashMap<String, serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert!(!log.contains_key("error"), "the page failed: {log:?}");
    log
}

/// Facts of `facts.csv` naming `name` as subject or object.
fn facts_naming(out: &Path, name: &str) -> usize {
    read_csv(&out.join("facts.csv"))
        .iter()
        .filter(|r| r["subject"] == name || r["object"] == name)
        .count()
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_entity_filter_shows_the_entitys_facts() {
    let out = bundled();
    let total = read_csv(&out.join("facts.csv")).len();
    let log = drive(
        &out.join("report"),
        "index.html",
        r##"var steps = [function (doc, win) {
             out("ready", doc.body.dataset.ready);
             out("all", visible(doc, "#facts tr.f").length);
             var sel = doc.getElementById("f-ent");
             ["SoftBank", "Nvidia"].forEach(function (name) {
               var opt = Array.prototype.find.call(sel.options, function (o) { return o.textContent.indexOf(name + " (") === 0; });
               sel.value = opt.value;
               sel.dispatchEvent(new win.Event("change"));
               out(name, visible(doc, "#facts tr.f").length);
               out(name + " shown", doc.getElementById("shown").textContent);
             });
             var box = doc.querySelector("input.ty[value=makes]");
             box.checked = false; box.dispatchEvent(new win.Event("change"));
             out("Nvidia without makes", visible(doc, "#facts tr.f").length);
             doc.getElementById("f-reset").click();
             doc.getElementById("f-from").value = "2026-05"; doc.getElementById("f-from").dispatchEvent(new win.Event("input"));
             doc.getElementById("f-to").value = "2026-05"; doc.getElementById("f-to").dispatchEvent(new win.Event("input"));
             out("May 2026", visible(doc, "#facts tr.f").map(function (tr) { return tr.dataset.date; }));
           }];"##,
    );
    assert_eq!(log["ready"], "1");
    assert_eq!(log["all"], total);
    let (softbank, nvidia) = (facts_naming(out, "SoftBank"), facts_naming(out, "Nvidia"));
    assert!(softbank >= 2 && nvidia > 10, "{softbank} {nvidia}");
    assert_eq!(log["SoftBank"], softbank, "{log:?}");
    assert_eq!(log["Nvidia"], nvidia, "{log:?}");
    assert_eq!(log["Nvidia shown"], format!("{nvidia} of {total} facts shown"));
    let makes = read_csv(&out.join("facts.csv"))
        .iter()
        .filter(|r| (r["subject"] == "Nvidia" || r["object"] == "Nvidia") && r["type"] == "makes")
        .count();
    assert_eq!(log["Nvidia without makes"], nvidia - makes);
    let may: Vec<String> = serde_json::from_value(log["May 2026"].clone()).unwrap();
    // A date of coarser precision (2026) overlaps the range and is kept.
    assert!(may.iter().any(|d| d == "2026-05"), "{may:?}");
    assert!(
        may.iter().all(|d| d.starts_with("2026-05") || "2026-05".starts_with(d.as_str())),
        "{may:?}"
    );
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_search_finds_75_milliards_and_leads_to_softbanks_facts_over_time() {
    let out = bundled();
    let log = drive(
        &out.join("report"),
        "index.html",
        r##"var steps = [
           function (doc) {
             doc.getElementById("q").value = "75 Milliards";
             doc.getElementById("search").requestSubmit();
           },
           function (doc) {
             var hits = visible(doc, "#hits li");
             out("status", doc.getElementById("status").textContent);
             out("hits", hits.map(function (li) { return li.textContent; }));
             hits[0].querySelector("a.hit").click();
           },
           function (doc, win) {
             var target = doc.querySelector(":target");
             var sentence = target.closest("p.s");
             out("target", target.textContent);
             out("sentence", sentence.textContent);
             out("source", doc.querySelector(".meta").textContent);
             Array.prototype.find.call(sentence.querySelectorAll("a.m"), function (a) { return a.textContent === "SoftBank"; }).click();
           },
           function (doc) {
             out("h1", doc.querySelector("h1").textContent);
             out("points", Array.prototype.map.call(doc.querySelectorAll("svg circle title"), function (t) { return t.textContent; }));
             out("rows", doc.querySelectorAll("table.efacts tbody tr").length);
             out("record", doc.querySelector("dl.record").textContent);
           }];"##,
    );
    let hits: Vec<String> = serde_json::from_value(log["hits"].clone()).unwrap();
    assert!(
        !hits.is_empty() && hits[0].contains("pouvant atteindre 75 milliards d'euros"),
        "{log:?}"
    );
    assert!(
        hits[0].contains("SoftBank"),
        "the result shows the sentence around the mention: {hits:?}"
    );
    assert!(
        log["status"].as_str().unwrap().contains("1 mention matches “75 Milliards”"),
        "{log:?}"
    );
    assert_eq!(log["target"], "pouvant atteindre 75 milliards d'euros");
    assert!(
        log["sentence"].as_str().unwrap().contains("SoftBank** a annoncé un investissement"),
        "{log:?}"
    );
    assert!(log["source"].as_str().unwrap().contains("2026-06"), "the article's date: {log:?}");
    assert!(log["h1"].as_str().unwrap().starts_with("SoftBank"), "{log:?}");
    let points: Vec<String> = serde_json::from_value(log["points"].clone()).unwrap();
    assert!(
        points.iter().any(|p| p.contains("invests up to 75 bn EUR") && p.contains("2026-05")),
        "{points:?}"
    );
    assert_eq!(log["rows"], facts_naming(out, "SoftBank"));
    assert!(log["record"].as_str().unwrap().contains("softbank"), "{log:?}");
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_fact_links_to_its_sentence_and_finds_values_by_number() {
    let out = bundled();
    let facts = read_csv(&out.join("facts.csv"));
    let fact = facts.iter().find(|r| r["subject"] == "SoftBank" && r["type"] == "invests").unwrap();
    let log = drive(
        &out.join("report"),
        "index.html",
        r##"var steps = [
           function (doc) {
             var row = Array.prototype.find.call(doc.querySelectorAll("#facts tr.f"), function (tr) { return tr.textContent.indexOf("75 bn EUR") >= 0; });
             row.querySelector("a.go").click();
           },
           function (doc) {
             out("sentence", doc.querySelector(":target").textContent);
             doc.getElementById("q").value = "2026-h2";
             doc.getElementById("search").requestSubmit();
           },
           function (doc) {
             out("2026-H2", visible(doc, "#hits li a.hit").map(function (a) { return a.textContent; }));
             doc.getElementById("q").value = "75000000000";
             doc.getElementById("search").requestSubmit();
           },
           function (doc) {
             out("75000000000", visible(doc, "#hits li a.hit").map(function (a) { return a.textContent; }));
             doc.getElementById("q").value = "trainium2";
             doc.getElementById("search").requestSubmit();
           },
           function (doc) {
             out("trainium2", visible(doc, "#hits li a.hit").map(function (a) { return a.textContent; }));
           }];"##,
    );
    let sentence = log["sentence"].as_str().unwrap();
    // The sentence as shown: its index, a space, then the text of sentences.csv.
    assert!(sentence.ends_with(fact["sentence"].as_str()), "{sentence:?}");
    let texts = |k: &str| -> Vec<String> { serde_json::from_value(log[k].clone()).unwrap() };
    let mentions = read_csv(&out.join("mentions.csv"));
    let want =
        |f: &dyn Fn(&HashMap<String, String>) -> bool| mentions.iter().filter(|m| f(m)).count();
    assert_eq!(texts("2026-H2").len(), want(&|m| m["value"] == "2026-H2"), "{log:?}");
    assert!(texts("2026-H2").iter().any(|t| t == "second semestre 2026"));
    assert_eq!(texts("75000000000").len(), want(&|m| m["value"] == "75000000000"));
    assert_eq!(texts("trainium2").len(), want(&|m| m["canonical"] == "Trainium2"));
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_runs_no_script_from_a_hostile_article() {
    let corpus = hostile_corpus();
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let dir = report_ok(out.path());
    let mut checked = 0;
    for (page, html) in pages(&dir) {
        // Every page that shows article text: documents, entities, facts, non-empty searches.
        if html.contains("<li data-k=") || !page.to_string_lossy().contains("/search/") {
            let dom = dump_dom(&page);
            let what = page.display();
            assert!(dom.contains("data-ready=\"1\""), "{what}: the page's own script did not run");
            assert!(
                dom.contains("· veille report</title>") && !dom.contains("<title>pwned"),
                "{what}: the title was changed"
            );
            for injected in [
                "<img",
                "<svg onload",
                "<b>",
                "<b onmouseover",
                "<script>document",
                "<script>alert",
            ] {
                assert!(!dom.contains(injected), "{what}: {injected} was injected");
            }
            assert_eq!(dom.matches("<script").count(), 1, "{what}: exactly the page's own script");
            checked += 1;
        }
    }
    assert!(checked >= 8, "{checked} pages checked");
    let doc = dump_dom(&dir.join("doc/0.html"));
    assert!(
        doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            && doc.contains("&lt;img src=x onerror=alert(1)&gt;")
    );
    assert_eq!(count_marks(&doc), read_csv(&out.path().join("mentions.csv")).len());
}

#[test]
#[ignore = "needs chromium (.ci/setup-browser)"]
fn chromium_screenshot_of_the_bundled_report() {
    let out = bundled();
    let shots = tempfile::Builder::new().prefix("veille-report-shots-").tempdir().unwrap().keep();
    for (name, page) in [("index.png", "index.html"), ("softbank.png", "entity/softbank.html")] {
        let png = shots.join(name);
        chromium_run(
            &["--window-size=1280,900", &format!("--screenshot={}", png.display())],
            &file_url(&out.join("report").join(page)),
        );
        let bytes = std::fs::read(&png).expect("the screenshot is written");
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 20_000,
            "{}: {} bytes",
            png.display(),
            bytes.len()
        );
    }
    // Left in place for a person to look at.
    eprintln!("screenshots of the report: {}", shots.display());
}
