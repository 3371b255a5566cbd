//! The foundation: ingest, language, segmentation, tokens, provenance, bad input,
//! determinism and atomic output.

use crate::common::*;
use veille::analyze::analyze_text;
use veille::lang::Lang;
use veille::tokenize::TokenKind;

/// Sentences of `text` (given a language by front matter).
fn sentences(lang: &str, text: &str) -> Vec<String> {
    let doc = format!("---\nlang: {lang}\n---\n{text}");
    let a = analyze_text("t.txt", &doc, resources()).expect("analyzed").remove(0);
    a.sentences.iter().map(|s| s.span.slice(&a.doc.text).to_string()).collect()
}

#[test]
fn segmentation_cases() {
    // (language, text, expected sentences)
    let cases: &[(&str, &str, &[&str])] = &[
        // French
        ("fr", "Nvidia investit. Mistral AI lève des fonds.", &["Nvidia investit.", "Mistral AI lève des fonds."]),
        ("fr", "M. Macron a parlé. Mme Dupont aussi.", &["M. Macron a parlé.", "Mme Dupont aussi."]),
        ("fr", "Selon M. Huang, la demande explose.", &["Selon M. Huang, la demande explose."]),
        ("fr", "Des puces, p. ex. la H100, coûtent cher. Voilà.", &["Des puces, p. ex. la H100, coûtent cher.", "Voilà."]),
        ("fr", "Le chiffre est de 1.5 fois plus. Ensuite.", &["Le chiffre est de 1.5 fois plus.", "Ensuite."]),
        ("fr", "Il a levé 1,7 milliard. Puis il a recruté.", &["Il a levé 1,7 milliard.", "Puis il a recruté."]),
        ("fr", "« Nous allons tout changer. » Puis il est parti.", &["« Nous allons tout changer. »", "Puis il est parti."]),
        ("fr", "« Pourquoi ? » a-t-il demandé.", &["« Pourquoi ? » a-t-il demandé."]),
        ("fr", "Il hésite... puis il signe.", &["Il hésite... puis il signe."]),
        ("fr", "Il hésite... Puis il signe.", &["Il hésite...", "Puis il signe."]),
        ("fr", "J. Huang a parlé à Paris.", &["J. Huang a parlé à Paris."]),
        ("fr", "Titre de l'article\nLe texte commence ici.", &["Titre de l'article", "Le texte commence ici."]),
        ("fr", "Une phrase coupée\nen deux lignes.", &["Une phrase coupée\nen deux lignes."]),
        ("fr", "# Un titre\n\nLe texte.", &["Un titre", "Le texte."]),
        ("fr", "- premier point\n- second point", &["premier point", "second point"]),
        ("fr", "| Nvidia | 40 % |\n| AMD | 10 % |", &["Nvidia | 40 %", "AMD | 10 %"]),
        ("fr", "**Bleu** est une coentreprise.", &["Bleu** est une coentreprise."]),
        ("fr", "Sommaire .....\t4\nIntroduction", &["Sommaire .....\t4", "Introduction"]),
        ("fr", "Jacky West / March 21, 2025\nAmazon défie Nvidia.", &["Jacky West / March 21, 2025", "Amazon défie Nvidia."]),
        ("fr", "Le 19 mai 2025 marque un tournant. Les États-Unis ont annoncé la levée.", &["Le 19 mai 2025 marque un tournant.", "Les États-Unis ont annoncé la levée."]),
        ("fr", "Elle coûte env. 30 000 dollars. C'est cher.", &["Elle coûte env. 30 000 dollars.", "C'est cher."]),
        ("fr", "Voir l'art. 5 du règlement. Fin.", &["Voir l'art. 5 du règlement.", "Fin."]),
        ("fr", "Quelle surprise ! Le marché a chuté.", &["Quelle surprise !", "Le marché a chuté."]),
        ("fr", "Est-ce la fin ? Non.", &["Est-ce la fin ?", "Non."]),
        ("fr", "Il a dit : « C'est fini. » Et il est parti.", &["Il a dit : « C'est fini. »", "Et il est parti."]),
        ("fr", "Les GPU de NVIDIA dominent.\n\nxAI, le laboratoire d'Elon Musk, investit.", &["Les GPU de NVIDIA dominent.", "xAI, le laboratoire d'Elon Musk, investit."]),
        // German
        ("de", "Nvidia investiert. SAP ist dabei.", &["Nvidia investiert.", "SAP ist dabei."]),
        ("de", "Am 19. Mai 2025 beginnt der Bau.", &["Am 19. Mai 2025 beginnt der Bau."]),
        ("de", "Der Vertrag gilt ab dem 3. Oktober. Dann folgt mehr.", &["Der Vertrag gilt ab dem 3. Oktober.", "Dann folgt mehr."]),
        ("de", "Der 1. FC Köln spielt heute.", &["Der 1. FC Köln spielt heute."]),
        ("de", "1. FC Köln gewinnt.", &["1. FC Köln gewinnt."]),
        ("de", "Chips, z. B. die H100, sind teuer. Das ist klar.", &["Chips, z. B. die H100, sind teuer.", "Das ist klar."]),
        ("de", "Chips, z.B. die H100, sind teuer.", &["Chips, z.B. die H100, sind teuer."]),
        ("de", "Das Werk kostet ca. 5 Mrd. Euro. Intel zahlt.", &["Das Werk kostet ca. 5 Mrd. Euro.", "Intel zahlt."]),
        ("de", "Es geht um 20 Mio. Euro. Mehr nicht.", &["Es geht um 20 Mio. Euro.", "Mehr nicht."]),
        ("de", "Dr. Daniel Kondermann gründete es.", &["Dr. Daniel Kondermann gründete es."]),
        ("de", "Firmen wie SAP bzw. Siemens investieren. Gut.", &["Firmen wie SAP bzw. Siemens investieren.", "Gut."]),
        ("de", "Das heißt d. h. nichts. Weiter.", &["Das heißt d. h. nichts.", "Weiter."]),
        ("de", "Investoren, u. a. Bosch, zahlen.", &["Investoren, u. a. Bosch, zahlen."]),
        ("de", "Siehe Nr. 5 der Liste. Ende.", &["Siehe Nr. 5 der Liste.", "Ende."]),
        ("de", "Der Umsatz stieg im Jahr 2025. Das freut alle.", &["Der Umsatz stieg im Jahr 2025.", "Das freut alle."]),
        ("de", "„Wir starten im ersten Quartal 2026.“ Das sagte er.", &["„Wir starten im ersten Quartal 2026.“", "Das sagte er."]),
        ("de", "„Wir brauchen Geld“, sagte Andrulis.", &["„Wir brauchen Geld“, sagte Andrulis."]),
        ("de", "© Jürgen-M. Schulter", &["© Jürgen-M. Schulter"]),
        ("de", "Kooperation mit SAP als Anker\nNeben Nvidia ist SAP beteiligt.", &["Kooperation mit SAP als Anker", "Neben Nvidia ist SAP beteiligt."]),
        ("de", "Die Anlage wird\nim Herbst fertig.", &["Die Anlage wird\nim Herbst fertig."]),
        ("de", "Intel verschiebt den Baustart\n\nred/dpa 17.09.2024 - 08:48 Uhr", &["Intel verschiebt den Baustart", "red/dpa 17.09.2024 - 08:48 Uhr"]),
        ("fr", "Qualcomm est un géant américain des puces pour smartphones et modems, qui\n\nconçoit ses puces.", &["Qualcomm est un géant américain des puces pour smartphones et modems, qui\n\nconçoit ses puces."]),
        ("de", "Sie soll bis 2030 steigen. Das ist das Ziel.", &["Sie soll bis 2030 steigen.", "Das ist das Ziel."]),
        ("de", "Der Preis liegt bei 3,5 Mrd. Dollar.", &["Der Preis liegt bei 3,5 Mrd. Dollar."]),
        ("de", "Er kam am 1. Januar. Sie am 2. Februar.", &["Er kam am 1. Januar.", "Sie am 2. Februar."]),
        ("de", "Bis zum 31. Dezember 2025 läuft die Frist.", &["Bis zum 31. Dezember 2025 läuft die Frist."]),
    ];
    assert!(cases.len() >= 40);
    for (lang, text, expected) in cases {
        assert_eq!(&sentences(lang, text), expected, "segmenting {lang}: {text:?}");
    }
}

#[test]
fn overlong_sentences_are_cut_at_spaces() {
    let text = "Nvidia investit avec Mistral AI ".repeat(1000);
    let got = sentences("fr", &text);
    assert!(got.len() >= 8, "{} pieces", got.len());
    assert!(got.iter().all(|s| s.len() <= veille::segment::MAX_SENTENCE_BYTES
        && !s.starts_with(' ')
        && !s.ends_with(' ')));
    assert_eq!(
        got.concat().len(),
        text.trim().len() - (got.len() - 1),
        "only the spaces at the cuts are left out"
    );
}

#[test]
fn language_identification() {
    let cases = [
        ("Die Deutsche Telekom und Nvidia bauen in München ein Rechenzentrum für künstliche Intelligenz.", Lang::De),
        ("Amazon a dévoilé sa nouvelle puce Trainium2, conçue pour l'entraînement des modèles d'intelligence artificielle.", Lang::Fr),
        ("Nvidia said on Tuesday that its new Blackwell chips would ship to customers later this year.", Lang::En),
        ("Infineon will hier fünf Milliarden Euro in die Erweiterung der Halbleiterproduktion stecken.", Lang::De),
        ("Le plus grand évènement européen consacré à la tech accueille Emmanuel Macron dans l'après-midi.", Lang::Fr),
    ];
    let res = resources();
    let id = &res.langid;
    let detect_document = |t: &str| id.detect_document(t);
    let detect_sentence = |t: &str, f: Lang| id.detect_sentence(t, f);
    for (text, want) in cases {
        assert_eq!(detect_document(text), want, "{text}");
        assert_eq!(detect_sentence(text, Lang::Und), want, "{text}");
        // Character trigrams alone agree.
        assert_eq!(
            veille::lang::LangId::default().detect_sentence(text, Lang::Und),
            want,
            "{text}"
        );
    }
    // Short sentences and headings take the document's language.
    assert_eq!(detect_sentence("Partenariats", Lang::Fr), Lang::Fr);
    assert_eq!(detect_sentence("Nvidia und SAP", Lang::Fr), Lang::Fr);
    assert_eq!(detect_sentence("Ipai", Lang::De), Lang::De);
    // A German sentence inside a French document keeps its own language.
    assert_eq!(
        detect_sentence(
            "Transparenz: Redaktionell erstellt und geprüft von der Redaktion unserer Zeitung.",
            Lang::Fr
        ),
        Lang::De
    );
    // Nothing to detect.
    assert_eq!(detect_document("12345 !!"), Lang::Und);
    // Other languages are `und`.
    for other in [
        "El gobierno de España anunció hoy que invertirá millones de euros en la construcción de una nueva fábrica de semiconductores en Madrid, según informó el ministerio de industria.",
        "Il governo italiano ha annunciato oggi che investirà milioni di euro nella costruzione di una nuova fabbrica di semiconduttori a Milano, secondo quanto riferito dal ministero.",
        "De Nederlandse regering heeft vandaag aangekondigd dat zij miljoenen euro zal investeren in de bouw van een nieuwe chipfabriek in Eindhoven, zo meldde het ministerie.",
    ] {
        assert_eq!(detect_document(other), Lang::Und, "{other}");
    }
}

#[test]
fn document_dates_come_from_datelines_not_statements() {
    let res = resources();
    let date = |text: &str| {
        analyze_text("t.txt", text, res).unwrap().remove(0).date.map(|d| d.to_string())
    };
    assert_eq!(
        date("Amazon défie Nvidia\nJacky West / March 21, 2025\n\nAmazon a dévoilé Trainium2."),
        Some("2025-03-21".into())
    );
    assert_eq!(
        date("Cloud et souveraineté\nNicolas Masselot\nJuin 2026\n\nLe cloud change."),
        Some("2026-06".into())
    );
    assert_eq!(date("Publié le 3 mai 2025\nNvidia investit en Europe."), Some("2025-05-03".into()));
    assert_eq!(
        date("Intel verschiebt den Bau.\nred/dpa 17.09.2024 - 08:48 Uhr\nIntel wartet."),
        Some("2024-09-17".into())
    );
    // A statement that mentions a date is no dateline: `Hier` stays unresolved.
    let a = analyze_text(
        "t.txt",
        "Nvidia a présenté le H200 en mars 2024 à San José.\nHier, AMD a répondu.",
        res,
    )
    .unwrap()
    .remove(0);
    assert_eq!(a.date, None);
    // Front matter wins over any dateline.
    assert_eq!(
        date("---\ndate: 2025-06-11\n---\nJuin 2026\nNvidia investit."),
        Some("2025-06-11".into())
    );
}

#[test]
fn front_matter_lang_overrides_detection() {
    let doc = "---\nlang: de\n---\nAmazon a dévoilé sa nouvelle puce Trainium2 pour l'entraînement des modèles.";
    let a = analyze_text("t.txt", doc, resources()).unwrap().remove(0);
    assert_eq!(a.lang, Lang::De);
    assert!(a.sentences.iter().all(|s| s.lang == Lang::De));
}

#[test]
fn tokens_keep_words_numbers_and_elisions() {
    let text = "---\nlang: fr\n---\nL’entreprise d'Amazon vend jusqu'à 18.000 puces, 500\u{202f}000 GPU et 1,25 milliard au Telekom-Chef.";
    let a = analyze_text("t.txt", text, resources()).unwrap().remove(0);
    let toks: Vec<(&str, TokenKind)> = a
        .sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .map(|t| (t.span.slice(&a.doc.text), t.kind))
        .collect();
    let words: Vec<&str> = toks.iter().map(|t| t.0).collect();
    assert_eq!(
        words,
        [
            "L’",
            "entreprise",
            "d'",
            "Amazon",
            "vend",
            "jusqu'",
            "à",
            "18.000",
            "puces",
            ",",
            "500\u{202f}000",
            "GPU",
            "et",
            "1,25",
            "milliard",
            "au",
            "Telekom-Chef",
            "."
        ]
    );
    assert_eq!(toks[7].1, TokenKind::Number);
    assert_eq!(toks[10].1, TokenKind::Number);
    let all: Vec<_> = a.sentences.iter().flat_map(|s| &s.tokens).collect();
    assert_eq!(all[0].lower, "l'");
    assert!(all[0].clitic);
    // Stems make inflections meet; folding drops diacritics.
    assert_eq!(all[1].folded, "entreprise");
    let compound = all.iter().find(|t| t.span.slice(&a.doc.text) == "Telekom-Chef").unwrap();
    let parts: Vec<&str> =
        compound.parts(&a.doc.text).iter().map(|p| p.slice(&a.doc.text)).collect();
    assert_eq!(parts, ["Telekom", "Chef"]);
}

#[test]
fn stems_follow_the_sentence_language() {
    let text = "---\nlang: de\n---\nDie Investitionen der Deutschen Telekom wachsen.";
    let a = analyze_text("t.txt", text, resources()).unwrap().remove(0);
    let t = &a.sentences[0].tokens;
    let stem = |w: &str| t.iter().find(|x| x.span.slice(&a.doc.text) == w).unwrap().stem.clone();
    assert_eq!(stem("Deutschen"), "deutsch");
    // One stem for the inflections of a word, in the sentence's language.
    let mut stemmer = veille::tokenize::Stemmer::new();
    assert_eq!(stem("Investitionen"), stemmer.stem(Lang::De, "investition"));
    assert_ne!(stem("Investitionen"), stemmer.stem(Lang::Fr, "investitionen"));
}

#[test]
fn provenance_holds_on_tricky_text() {
    let nfd = "Cafe\u{301} et de\u{301}fi\u{301} : Nvidia ge\u{300}re.\n";
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("fr/accents.txt", "Été 2025 : l’entreprise d’Amazon défie Nvidia 🚀 avec 18\u{a0}000 puces.\nLe 19\u{202f}mai, ça continue.".as_bytes().to_vec()),
        ("de/eszett.txt", "Die Straße führt zur Großbaustelle. Infineon baut für 5 Mrd. € ein Werk.".as_bytes().to_vec()),
        ("fr/crlf.txt", "Titre\r\nPremière phrase. Deuxième phrase.\r\nTroisième ligne\r\n".as_bytes().to_vec()),
        ("fr/bom.txt", "\u{feff}Nvidia investit en Europe. Mistral AI aussi.".as_bytes().to_vec()),
        ("fr/nfd.txt", nfd.as_bytes().to_vec()),
        ("de/front.md", "---\ntitle: Test\ndate: 2025-06-11\n---\n# Überschrift\n\n**Nvidia** und *SAP* bauen.\n".as_bytes().to_vec()),
        ("news.jsonl", "{\"id\": \"a1\", \"text\": \"Nvidia à Paris. Ça commence.\", \"lang\": \"fr\"}\n{\"id\": 2, \"text\": \"Die Telekom baut. Über 10.000 GPUs.\"}\n".as_bytes().to_vec()),
    ];
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let corpus = corpus_with(&refs);
    let out = tempfile::tempdir().unwrap();
    run_ok(corpus.path(), out.path(), &[]);
    let rows = read_csv(&out.path().join("sentences.csv"));
    assert!(rows.len() >= 14, "{} sentences", rows.len());
    assert_provenance(corpus.path(), &rows);
    // Line and column: 1-based, columns in characters.
    let crlf: Vec<_> = rows.iter().filter(|r| r["doc_id"] == "fr/crlf.txt").collect();
    assert_eq!(crlf[1]["text"], "Première phrase.");
    assert_eq!((crlf[1]["line"].as_str(), crlf[1]["column"].as_str()), ("2", "1"));
    assert_eq!((crlf[2]["line"].as_str(), crlf[2]["column"].as_str()), ("2", "18"));
    assert_eq!(crlf[3]["text"], "Troisième ligne");
    let bom: Vec<_> = rows.iter().filter(|r| r["doc_id"] == "fr/bom.txt").collect();
    assert_eq!(bom[0]["start"], "3");
    let md: Vec<_> = rows.iter().filter(|r| r["doc_id"] == "de/front.md").collect();
    assert_eq!(md[0]["text"], "Überschrift");
    let docs = read_csv(&out.path().join("documents.csv"));
    let front = docs.iter().find(|d| d["doc_id"] == "de/front.md").unwrap();
    assert_eq!((front["title"].as_str(), front["date"].as_str()), ("Test", "2025-06-11"));
    let jsonl: Vec<_> =
        docs.iter().filter(|d| d["path"] == "news.jsonl").map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(jsonl, ["news.jsonl#a1", "news.jsonl#2"]);
    let langs: Vec<_> = docs.iter().map(|d| (d["doc_id"].as_str(), d["lang"].as_str())).collect();
    assert!(langs.contains(&("news.jsonl#a1", "fr")));
}

#[test]
fn bundled_corpus_sentences_slice_exactly_and_languages_are_right() {
    let out = tempfile::tempdir().unwrap();
    let corpus = root().join("corpus");
    run_ok(&corpus, out.path(), &[]);
    let sentences = read_csv(&out.path().join("sentences.csv"));
    assert!(sentences.len() > 500);
    assert_provenance(&corpus, &sentences);
    // Mentions and relation triggers point back to the same bytes.
    let mentions = read_csv(&out.path().join("mentions.csv"));
    assert!(mentions.len() > 500);
    assert_provenance(&corpus, &mentions);
    let triggers: Vec<_> = read_csv(&out.path().join("relations.csv"))
        .into_iter()
        .filter(|r| !r["trigger_start"].is_empty())
        .map(|r| {
            let mut t = std::collections::HashMap::new();
            t.insert("doc_id".to_string(), r["doc_id"].clone());
            t.insert("start".to_string(), r["trigger_start"].clone());
            t.insert("end".to_string(), r["trigger_end"].clone());
            t.insert("text".to_string(), r["trigger"].clone());
            t
        })
        .collect();
    assert!(!triggers.is_empty());
    assert_provenance(&corpus, &triggers);
    // Every mention lies inside its sentence.
    let by_id: std::collections::HashMap<&str, &std::collections::HashMap<String, String>> =
        sentences.iter().map(|s| (s["sentence_id"].as_str(), s)).collect();
    for m in &mentions {
        let s = by_id[m["sentence_id"].as_str()];
        let n =
            |r: &std::collections::HashMap<String, String>, k: &str| r[k].parse::<usize>().unwrap();
        assert!(
            n(s, "start") <= n(m, "start") && n(m, "end") <= n(s, "end"),
            "{m:?} outside its sentence"
        );
    }
    let docs = read_csv(&out.path().join("documents.csv"));
    assert_eq!(docs.len(), 20);
    for d in &docs {
        let want = &d["doc_id"][..2];
        assert_eq!(d["lang"], want, "{}", d["doc_id"]);
    }
}

#[test]
fn bad_input_is_reported_and_skipped() {
    let corpus = corpus_with(&[
        ("ok.txt", "Nvidia investit en Europe.".as_bytes()),
        ("latin1.txt", b"Soci\xe9t\xe9 G\xe9n\xe9rale\nsecond line"),
        ("binary.txt", b"PK\x03\x04\x00\x00binary"),
        ("empty.txt", b""),
        ("blank.md", b"  \n\n "),
        ("lines.jsonl", b"{\"id\": \"1\", \"text\": \"Nvidia investit.\"}\n{not json}\n{\"id\": \"2\"}\n{\"text\": \"sans id\"}\n{\"id\": \"1\", \"text\": \"doublon\"}\n"),
    ]);
    // A file that cannot be read: a link to nowhere.
    #[cfg(unix)]
    std::os::unix::fs::symlink("/nonexistent/veille", corpus.path().join("gone.txt")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = run_ok(corpus.path(), out.path(), &[]);
    let err = stderr(&o);
    assert!(err.contains("warning: latin1.txt:1 (byte 4): invalid UTF-8"), "{err}");
    let errors = read_csv(&out.path().join("errors.csv"));
    let got: Vec<(String, String, String)> = errors
        .iter()
        .map(|e| {
            (
                e["path"].clone(),
                e["line"].clone(),
                e["message"].split(':').next().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("binary.txt", "1", "binary file (NUL byte)"),
        ("blank.md", "", "empty file"),
        ("empty.txt", "", "empty file"),
        ("gone.txt", "", "cannot read"),
        ("latin1.txt", "1", "invalid UTF-8"),
        ("lines.jsonl", "2", "malformed JSON"),
        ("lines.jsonl", "3", "article 2"),
        ("lines.jsonl", "4", "missing or empty \"id\""),
        ("lines.jsonl", "5", "duplicate id 1"),
    ];
    let want: Vec<(String, String, String)> =
        want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
    assert_eq!(got, want);
    assert_eq!(errors.iter().find(|e| e["path"] == "latin1.txt").unwrap()["byte"], "4");
    let docs = read_csv(&out.path().join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["lines.jsonl#1", "ok.txt"]);
}

#[test]
fn unusable_corpus_or_output_fails_with_one_line() {
    let out = tempfile::tempdir().unwrap();
    let o = veille(&[
        "run",
        "--quiet",
        "--corpus",
        "/nonexistent/corpus",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("/nonexistent/corpus"), "{err}");

    // The output folder is a file.
    let file = out.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let o = veille(&["run", "--quiet", "--corpus", "corpus", "--out", file.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("not-a-folder"));

    // Gazetteers missing.
    let o = veille(&[
        "run",
        "--quiet",
        "--gazetteers",
        "/nonexistent/gaz",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/gaz"));
}

#[test]
fn output_is_identical_across_jobs() {
    let corpus = root().join("corpus");
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    run_ok(&corpus, one.path(), &["--jobs", "1"]);
    run_ok(&corpus, two.path(), &["--jobs", "2"]);
    assert!(output_files(one.path()).len() >= 6);
    assert_same_tables(one.path(), two.path(), "--jobs 1 vs --jobs 2");
}

#[test]
fn committed_output_is_reproduced_byte_for_byte() {
    let out = tempfile::tempdir().unwrap();
    run_ok(&root().join("corpus"), out.path(), &[]);
    for (name, bytes) in output_files(out.path()) {
        let committed = std::fs::read(root().join("output").join(&name)).unwrap_or_else(|_| {
            panic!("output/{name} is not committed; run `cargo run --release`")
        });
        assert!(
            committed == bytes,
            "output/{name} is stale: regenerate it with `cargo run --release`"
        );
    }
}
