//! Companies and chips: the matcher on a small fixture gazetteer (hits and misses),
//! discovery by patterns, `check()` on bad files, and the shipped gazetteers.

use crate::common::{resources, root};
use std::path::Path;
use veille::document::{Sentence, SentenceContext};
use veille::gazetteer::{check, Gazetteer};
use veille::lang::Lang;
use veille::mention::Mention;
use veille::span::Span;
use veille::tokenize::{tokenize, Stemmer, TokenRules};

const FIXTURE: &str = "tests/fixtures/gazetteer/ok";

fn fixture() -> Gazetteer {
    Gazetteer::load(Path::new(FIXTURE)).unwrap_or_else(|e| panic!("fixture gazetteer: {e}"))
}

fn rules(lang: Lang) -> TokenRules {
    let list = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
    match lang {
        Lang::Fr => TokenRules {
            elisions: list(&["l'", "d'", "qu'", "s'", "n'", "c'", "jusqu'"]),
            clitics: vec![],
        },
        Lang::En => TokenRules { elisions: vec![], clitics: list(&["'s"]) },
        _ => TokenRules::default(),
    }
}

/// Runs the gazetteer on one sentence; returns (text, entity id or `?canonical`, method).
fn find(g: &Gazetteer, lang: Lang, text: &str) -> Vec<(String, String, String)> {
    let mut tokens = tokenize(text, Span::new(0, text.len()), &rules(lang));
    Stemmer::new().stem_tokens(lang, &mut tokens);
    let sentence = Sentence { index: 0, span: Span::new(0, text.len()), lang, tokens };
    let cx = SentenceContext { text, sentence: &sentence, doc_lang: lang, doc_date: None };
    let found: Vec<Mention> = g.find(&cx);
    found
        .iter()
        .map(|m| {
            // Provenance: every span slices to a char-boundary substring.
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            let id = if m.entity_id.is_empty() {
                format!("?{}", m.canonical)
            } else {
                m.entity_id.clone()
            };
            (m.span.slice(text).to_string(), id, m.method.as_str().to_string())
        })
        .collect()
}

fn lang(code: &str) -> Lang {
    code.parse().unwrap()
}

/// (language, sentence, expected `text=id` list; `id` `?X` means a pattern find with canonical X).
const CASES: &[(&str, &str, &[&str])] = &[
    // Inflection.
    (
        "de",
        "Die Anlage basiert auf Nvidias DGX B200 Systemen.",
        &["Nvidias=nvidia", "DGX B200=nvidia-dgx-b200"],
    ),
    (
        "de",
        "Neben Nvidia und der Deutschen Telekom ist auch SAP beteiligt.",
        &["Nvidia=nvidia", "Deutschen Telekom=deutsche-telekom", "SAP=sap"],
    ),
    ("de", "Infineons Vorstandschef sprach.", &["Infineons=infineon"]),
    ("en", "Nvidia's H100s are sold out.", &["Nvidia=nvidia", "H100s=nvidia-h100"]),
    ("fr", "Les Nvidia's fans.", &["Nvidia=nvidia"]),
    // Compounds: the name part only.
    (
        "de",
        "Telekom-Chef Höttges traf den Nvidia-Chef.",
        &["Telekom=deutsche-telekom", "Nvidia=nvidia"],
    ),
    ("de", "Die ASML-Aktie stieg um zehn Prozent.", &["ASML=asml"]),
    ("de", "Der ehemalige Apple-Manager gründete eine Firma.", &["Apple=apple"]),
    ("de", "Ein Deutscher Ex-Apple-Manager plant viel.", &["Apple=apple"]),
    ("de", "Rund 10.000 Blackwell-GPUs stehen bereit.", &["Blackwell=nvidia-blackwell"]),
    ("de", "Dazu gehören Nvidia-DGX-B200-Systeme.", &["Nvidia=nvidia", "DGX-B200=nvidia-dgx-b200"]),
    ("de", "Die Schwarz-Gruppe investiert.", &["Schwarz-Gruppe=schwarz-gruppe"]),
    (
        "de",
        "DRESDEN (dpa-AFX) - Der Chiphersteller Infineon baut.",
        &["dpa-AFX=dpa-afx", "Infineon=infineon"],
    ),
    // Leftmost-longest; names side by side.
    ("fr", "Google DeepMind a publié un modèle.", &["Google DeepMind=google-deepmind"]),
    (
        "fr",
        "Amazon AWS affirme que ses puces Trainium2 coûtent moins.",
        &["Amazon=amazon", "AWS=amazon-web-services", "Trainium2=aws-trainium2"],
    ),
    (
        "fr",
        "les NVIDIA H100 et les AMD MI300X",
        &["NVIDIA=nvidia", "H100=nvidia-h100", "AMD=amd", "MI300X=amd-mi300x"],
    ),
    (
        "fr",
        "Google avec ses TPU (Tensor Processing Units) progresse.",
        &["Google=google", "TPU=google-tpu", "Tensor Processing Units=google-tpu"],
    ),
    (
        "fr",
        "De Hopper à Vera Rubin, puis Rubin Ultra.",
        &["Vera Rubin=nvidia-vera-rubin", "Rubin=nvidia-vera-rubin"],
    ),
    // Elision and folding.
    ("fr", "L'Oréal investit dans l'IA.", &["L'Oréal=loreal"]),
    ("fr", "Selon l'entreprise L’Oreal, tout va bien.", &["L’Oreal=loreal"]),
    // Ambiguous names: hits with a cue...
    ("fr", "Orange et Huawei signent un accord.", &["Orange=orange", "Huawei=huawei"]),
    ("fr", "L'opérateur Orange lance une offre.", &["Orange=orange"]),
    ("fr", "La start-up française Mistral lève des fonds.", &["Mistral=mistral-ai"]),
    ("fr", "Mistral AI présente son modèle.", &["Mistral AI=mistral-ai"]),
    ("fr", "Il est responsable de l'IA chez Meta depuis 2013.", &["Meta=meta"]),
    ("en", "Apple shares fell.", &["Apple=apple"]),
    // ... and misses without one.
    ("fr", "Il boit un jus d'orange.", &[]),
    ("fr", "Orange pressée ce matin.", &[]),
    ("en", "She baked an Apple pie.", &[]),
    ("de", "Die Metadaten werden gespeichert.", &[]),
    ("de", "Meta-Daten sind wichtig.", &[]),
    ("en", "Artificial intelligence and Intelligence agencies.", &[]),
    ("fr", "Le mistral souffle sur la Provence.", &[]),
    ("fr", "Le Mistral souffle fort.", &[]),
    ("en", "a blackwell gpu", &[]),
    ("en", "Grace was late.", &[]),
    ("en", "Nvidia Grace is a CPU.", &["Nvidia=nvidia", "Grace=nvidia-grace"]),
    // Names side by side support each other, in a chain.
    (
        "fr",
        "Llama (Meta), Mistral et Huawei publient des modèles.",
        &["Meta=meta", "Mistral=mistral-ai", "Huawei=huawei"],
    ),
    ("de", "Intel baut in der Welt von Orange viel.", &["Intel=intel"]),
    ("en", "Sap flows in trees.", &[]),
    ("de", "der deutschen Telekommunikation", &[]),
    ("en", "the apples of Nvidias", &[]),
    // Patterns: chips the fixture does not list.
    ("en", "Nvidia unveiled the B300 for data centres.", &["Nvidia=nvidia", "B300=?B300"]),
    ("en", "AMD's MI355X competes.", &["AMD=amd", "MI355X=?MI355X"]),
    ("en", "Intel will ship Gaudi 3 next year.", &["Intel=intel", "Gaudi 3=?Gaudi 3"]),
    ("en", "Trainium2 and Trainium3 chips.", &["Trainium2=aws-trainium2", "Trainium3=?Trainium3"]),
    ("de", "Zehn B300-GPUs reichen.", &["B300=?B300"]),
    ("fr", "Il a pris l'A10 vers Bordeaux.", &[]),
    ("en", "The H20 molecule.", &[]),
    // Patterns: companies revealed by a legal form or a cue noun.
    ("de", "Die Quality Match GmbH aus Heidelberg wächst.", &["Quality Match=?Quality Match"]),
    ("en", "Acme Robotics Inc. said it would grow.", &["Acme Robotics=?Acme Robotics"]),
    ("fr", "La start-up Pasqal lève des fonds.", &["Pasqal=?Pasqal"]),
    ("de", "Das Start-up DeepL wächst.", &["DeepL=?DeepL"]),
    ("de", "Dann hat der Konzern Milliarden investiert.", &[]),
    ("de", "Infineon Technologies AG baut.", &["Infineon Technologies=infineon"]),
    ("fr", "LA SOCIÉTÉ GÉNÉRALE SA", &[]),
];

/// Generalization rules (issue 3): idioms and products that block names, company-name
/// endings, compound heads, intro phrases. Same format as [`CASES`].
const GENERAL_CASES: &[(&str, &str, &[&str])] = &[
    // Idioms block every name inside them (name_blockers.txt)...
    ("en", "Some 250 miles north of the Big Apple, Micron builds.", &[]),
    ("en", "The Vera Rubin Observatory opened.", &[]),
    ("de", "Stau auf der Autobahn A100 in Berlin.", &[]),
    // ... but not the name elsewhere.
    ("en", "Apple shares fell in the Big Apple.", &["Apple=apple"]),
    (
        "en",
        "Nvidia ships Vera Rubin next year.",
        &["Nvidia=nvidia", "Vera Rubin=nvidia-vera-rubin"],
    ),
    ("de", "Die A100 von Nvidia ist schnell.", &["A100=nvidia-a100", "Nvidia=nvidia"]),
    // Products (products.csv) block `cue` names and discovered names inside them...
    (
        "fr",
        "La start-up Mistral finance Mistral Compute avec Nvidia.",
        &["Mistral=mistral-ai", "Nvidia=nvidia"],
    ),
    ("en", "Nvidia rents DGX Cloud.", &["Nvidia=nvidia"]),
    // ... but a plain company name before a product word stays (`Microsoft Azure`).
    ("fr", "Le premier rack tourne chez Microsoft Azure.", &["Microsoft=microsoft"]),
    // Company-name endings: an `own` ending is another company even after a listed name...
    (
        "en",
        "Bessemer Venture Partners, Cisco, Salesforce Ventures and Menlo Ventures invested.",
        &[
            "Bessemer Venture Partners=?Bessemer Venture Partners",
            "Salesforce Ventures=?Salesforce Ventures",
            "Menlo Ventures=?Menlo Ventures",
        ],
    ),
    ("en", "The round was led by Thrive Capital.", &["Thrive Capital=?Thrive Capital"]),
    // ... a `part` ending finds unknown companies, and keeps listed ones.
    ("en", "Shares of Elmos Semiconductor rose.", &["Elmos Semiconductor=?Elmos Semiconductor"]),
    (
        "en",
        "Infineon Technologies and Cerebras Systems grew.",
        &["Infineon Technologies=infineon", "Cerebras Systems=cerebras"],
    ),
    ("en", "Google AI published a paper.", &["Google=google"]),
    ("en", "Researchers at Meta AI published a paper.", &["Meta=meta"]),
    // ... never for generic phrases or lower-case words.
    ("en", "Generative AI Labs are everywhere.", &[]),
    // An adjective compound (`London-based`) is no name word before an ending.
    ("en", "Fluidstack, the London-based AI cloud group, grew.", &[]),
    ("en", "Venture Capital firms poured money in.", &[]),
    ("en", "The Special Projects Group of Apple met.", &["Apple=apple"]),
    ("en", "The European Capital of Culture opened.", &[]),
    ("en", "They raised venture capital from business partners.", &[]),
    // Compounds whose head is a company role (company_heads.txt).
    ("de", "Angeführt wurde die Runde vom Zalando-Gründer Robert Gentz.", &["Zalando=?Zalando"]),
    ("de", "Die Hella-Aktie stieg.", &["Hella=?Hella"]),
    ("de", "Der Spotify-Gründer investiert.", &["Spotify=spotify"]),
    ("de", "Der Tech-Konzern und der Chip-Konzern melden Zahlen.", &[]),
    ("de", "Der SPD-Chef und der Verdi-Chef kritisieren das.", &[]),
    ("de", "Der Tech-Gründer und der KI-Chef sprechen.", &[]),
    // Intro phrases and German names closed by punctuation.
    (
        "fr",
        "Un analyste de Kepler Cheuvreux reste prudent.",
        &["Kepler Cheuvreux=?Kepler Cheuvreux"],
    ),
    ("fr", "Selon l'analyste d'Oddo BHF, la valeur reste chère.", &["Oddo BHF=?Oddo BHF"]),
    ("fr", "L'analyste de la banque reste prudent.", &[]),
    (
        "de",
        "Daniel Ek investiert über seine Investmentfirma Prima Materia; die Bewertung steigt.",
        &["Prima Materia=?Prima Materia"],
    ),
    ("de", "Dann hat die Investmentfirma Milliarden Euro investiert.", &[]),
    // Short forms need the full name earlier in the document (see the document test).
    ("fr", "ST mise sur le carbure de silicium.", &[]),
    ("fr", "STMicroelectronics publie ses comptes.", &["STMicroelectronics=stmicroelectronics"]),
    // Everyday senses near a cue name (ambiguity_stops.txt) need a cue word of its own.
    ("de", "Die Bühne war in Magenta und Orange ausgeleuchtet.", &[]),
    ("de", "Der Netzbetreiber Orange wählt die Farbe Magenta.", &["Orange=orange"]),
];

/// Runs a table of `(lang, text, expected "surface=id" names)` against the fixture and
/// reports every case that fails.
fn check_names(cases: &[(&str, &str, &[&str])]) {
    let g = fixture();
    let mut failures = Vec::new();
    for (code, text, want) in cases {
        let got: Vec<String> =
            find(&g, lang(code), text).into_iter().map(|(t, id, _)| format!("{t}={id}")).collect();
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("[{code}] {text:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn generalization_rules_hits_and_misses() {
    check_names(GENERAL_CASES);
}

#[test]
fn table_of_hits_and_misses() {
    check_names(CASES);
}

#[test]
fn methods_say_how_a_name_matched() {
    let g = fixture();
    let cases: &[(&str, &str, &[&str])] = &[
        ("de", "Nvidia und NVIDIA und Nvidias", &["exact", "folded", "stemmed"]),
        ("de", "mit der Deutschen Telekom", &["stemmed"]),
        ("de", "die Deutsche Telekom", &["exact"]),
        ("en", "the B300 GPU", &["pattern"]),
    ];
    for (code, text, want) in cases {
        let got: Vec<String> = find(&g, lang(code), text).into_iter().map(|(_, _, m)| m).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn entities_carry_vendor_and_parent() {
    let g = fixture();
    let h100 = g.entity("nvidia-h100").expect("h100");
    assert_eq!(h100.vendor, "nvidia");
    assert_eq!(h100.canonical, "H100");
    assert_eq!(g.entity("amazon-web-services").map(|e| e.parent.as_str()), Some("amazon"));
    assert_eq!(g.entity("nvidia").map(|e| e.wikidata.as_str()), Some("Q182477"));
    assert!(g.entity("no-such-id").is_none());
}

#[test]
fn fixture_passes_check() {
    assert_eq!(check(Path::new(FIXTURE)), vec![]);
}

#[test]
fn check_reports_every_problem_with_file_and_line() {
    let errors: Vec<String> =
        check(Path::new("tests/fixtures/gazetteer/bad")).iter().map(|e| e.to_string()).collect();
    let expect = [
        ("companies.csv:3:", "duplicate id `nvidia`"),
        ("companies.csv:4:", "empty canonical"),
        ("companies.csv:6:", "alias `Orange` of `orange-juice` is also claimed by `orange`"),
        ("companies.csv:7:", "bad country `de`"),
        ("companies.csv:7:", "unknown parent id `no-such-parent`"),
        ("companies.csv:8:", "bad wikidata `X12`"),
        ("companies.csv:8:", "bad match value `sometimes`"),
        ("chips.csv:2:", "unknown vendor id `no-such-vendor`"),
        ("chips.csv:3:", "bad type `toaster`"),
        ("chip_patterns.csv:2:", "bad pattern"),
        ("chip_patterns.csv:3:", "unknown vendor id `nobody`"),
    ];
    for (at, what) in expect {
        assert!(
            errors.iter().any(|e| e.contains(at) && e.contains(what)),
            "no error `{at} ... {what}` in:\n{}",
            errors.join("\n")
        );
    }
    assert!(Gazetteer::load(Path::new("tests/fixtures/gazetteer/bad")).is_err());
}

#[test]
fn missing_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let errors = check(dir.path());
    assert!(errors.iter().any(|e| e.to_string().contains("companies.csv")));
    assert!(errors.iter().any(|e| e.to_string().contains("chips.csv")));
}

#[test]
fn no_panic_on_odd_input() {
    let g = fixture();
    for text in [
        "",
        "-",
        "'s",
        "’",
        "Nvidia-",
        "-Nvidia",
        "H100-",
        "l'",
        "ÉÉÉ-ééé-",
        "A-B-C-D-E-F",
        "🙂 Nvidia 🙂",
        "Nvidia\u{301}s",
    ] {
        for code in ["fr", "de", "en"] {
            let _ = find(&g, lang(code), text);
        }
    }
}

/// The shipped gazetteers must be clean (this needs the curated companies and chips).
#[test]
fn shipped_gazetteers_pass_check() {
    let errors: Vec<String> =
        check(&root().join("gazetteers")).iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// End to end on the shipped data: provenance holds and the obvious names are found.
#[test]
fn shipped_gazetteers_find_names_end_to_end() {
    let text =
        "Nvidia und die Deutsche Telekom bauen mit SAP eine KI-Cloud mit 10.000 Blackwell-GPUs.\n";
    let analyses = veille::analyze::analyze_text("t.txt", text, resources()).expect("analysis");
    let a = &analyses[0];
    let mut names = Vec::new();
    for m in a.mentions.iter().flatten() {
        assert_eq!(m.span.slice(&a.doc.text), &a.doc.text[m.span.start..m.span.end]);
        names.push(m.canonical.clone());
    }
    for want in ["Nvidia", "Deutsche Telekom", "SAP", "Blackwell"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
}

/// A cue word at the end of a compound (`Maschinenbauer`) shows that a `cue` name of the
/// shipped data (`Trumpf`, also the German trump card) is meant; alone it is no name.
#[test]
fn shipped_cue_names_need_their_cue() {
    let names = |text: &str| -> Vec<String> {
        let analyses = veille::analyze::analyze_text("t.txt", text, resources()).expect("analysis");
        analyses[0].mentions.iter().flatten().map(|m| m.canonical.to_string()).collect()
    };
    let found = names("---\nlang: de\n---\nDer Ditzinger Maschinenbauer Trumpf wächst.\n");
    assert!(found.iter().any(|n| n == "Trumpf"), "{found:?}");
    let found = names("---\nlang: de\n---\nEr spielte seinen letzten Trumpf aus.\n");
    assert!(!found.iter().any(|n| n == "Trumpf"), "{found:?}");
}

fn sentences(lang: Lang, text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let span = Span::new(start, start + line.len());
        let mut tokens = tokenize(text, span, &rules(lang));
        Stemmer::new().stem_tokens(lang, &mut tokens);
        out.push(Sentence { index: i, span, lang, tokens });
        start += line.len();
    }
    out
}

#[test]
fn a_document_settles_the_sense_of_a_cue_name() {
    let g = fixture();
    let run = |text: &str| -> Vec<String> {
        let sents = sentences(Lang::Fr, text);
        let cxs: Vec<SentenceContext> = sents
            .iter()
            .map(|s| SentenceContext { text, sentence: s, doc_lang: Lang::Fr, doc_date: None })
            .collect();
        g.find_document(&cxs)
            .into_iter()
            .flatten()
            .map(|m| format!("{}={}", m.span.slice(text), m.entity_id))
            .collect()
    };
    assert_eq!(
        run("Mistral AI lève des fonds.\nLe modèle de Mistral est ouvert.\n"),
        ["Mistral AI=mistral-ai", "Mistral=mistral-ai"]
    );
    assert_eq!(run("Le vent se lève.\nLe Mistral souffle fort.\n"), Vec::<String>::new());
    // The sentence-level call knows nothing of the rest of the document.
    let text = "Le modèle de Mistral est ouvert.";
    assert!(find(&g, Lang::Fr, text).is_empty());
}

/// Runs the document-level matcher on one line per sentence; returns `text=id` rows.
fn run_document(g: &Gazetteer, lang: Lang, text: &str) -> Vec<String> {
    let sents = sentences(lang, text);
    let cxs: Vec<SentenceContext> = sents
        .iter()
        .map(|s| SentenceContext { text, sentence: s, doc_lang: lang, doc_date: None })
        .collect();
    g.find_document(&cxs)
        .into_iter()
        .flatten()
        .map(|m| format!("{}={}", m.span.slice(text), m.entity_id))
        .collect()
}

#[test]
fn short_forms_need_the_full_name_earlier_in_the_document() {
    let g = fixture();
    let cases: &[(&str, &[&str])] = &[
        (
            "STMicroelectronics publie ses comptes.\nST mise sur le carbure.\n",
            &["STMicroelectronics=stmicroelectronics", "ST=stmicroelectronics"],
        ),
        // Before the full name, or without it, or in another case: no mention.
        (
            "ST mise sur le carbure.\nSTMicroelectronics publie ses comptes.\n",
            &["STMicroelectronics=stmicroelectronics"],
        ),
        ("ST mise sur le carbure.\n", &[]),
        (
            "STMicroelectronics publie.\nSt Louis est loin.\n",
            &["STMicroelectronics=stmicroelectronics"],
        ),
        // In the same sentence, after the full name.
        (
            "STMicroelectronics, ou ST, publie.\n",
            &["STMicroelectronics=stmicroelectronics", "ST=stmicroelectronics"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(run_document(&g, Lang::Fr, text), *want, "{text}");
    }
}

#[test]
fn everyday_senses_cancel_the_sense_of_the_document() {
    let g = fixture();
    // The operator named firmly before does not make the colour a company...
    let text = "Auch der Netzbetreiber Orange plant viel.\nDie Bühne war in Magenta und Orange ausgeleuchtet.\n";
    assert_eq!(run_document(&g, Lang::De, text), ["Orange=orange"]);
    // ... but still supports the name where no everyday sense stands near it.
    let text = "Auch der Netzbetreiber Orange plant viel.\nDanach sprach Orange über Preise.\n";
    assert_eq!(run_document(&g, Lang::De, text), ["Orange=orange", "Orange=orange"]);
    let text = "L'opérateur Orange investit.\nLe jus Orange est sucré.\n";
    assert_eq!(
        run_document(&Gazetteer::load(Path::new(FIXTURE)).unwrap(), Lang::Fr, text),
        ["Orange=orange"]
    );
}

#[test]
fn a_blocker_that_is_a_name_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["companies.csv", "chips.csv", "chip_patterns.csv"] {
        std::fs::copy(Path::new(FIXTURE).join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(
        dir.path().join("products.csv"),
        "name,vendor\nGoogle DeepMind,google\nCUDA,no-such-vendor\n",
    )
    .unwrap();
    let errors: Vec<String> = check(dir.path()).iter().map(|e| e.to_string()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("products.csv:2:") && e.contains("also a company or chip name")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("products.csv:3:")
                && e.contains("unknown vendor id `no-such-vendor`")),
        "{errors:?}"
    );
}

/// A copy of the full shipped data whose `file` has `bytes` appended (a bad last row).
fn data_with_bad_rows(file: &str, bytes: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&root().join("gazetteers"), dir.path());
    let path = dir.path().join(file);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(bytes);
    std::fs::write(&path, text).unwrap();
    dir
}

/// `veille gazetteer check --gazetteers DIR` fails and prints `needle`; loading fails
/// with the same `file:line`.
fn rejected(dir: &Path, needle: &str) {
    let o = crate::common::veille(&["gazetteer", "check", "--gazetteers", dir.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "check passed: {out}");
    assert!(out.contains(needle), "`{needle}` not in:\n{out}");
    let e = veille::resources::Resources::load(dir).expect_err("loaded").to_string();
    assert!(e.contains(needle), "load: `{needle}` not in {e}");
}

#[test]
fn an_unterminated_quote_on_the_last_line_is_rejected_with_its_line() {
    let lines =
        std::fs::read_to_string(root().join("gazetteers/companies.csv")).unwrap().lines().count();
    let dir = data_with_bad_rows("companies.csv", "acme,\"Acme,,FR,,,fold\n");
    rejected(dir.path(), &format!("companies.csv:{}: unterminated quote", lines + 1));
    // Without the final line end too, and in a table of the other loaders.
    let dir = data_with_bad_rows("money/fr/scales.csv", "\"mille,1000,no");
    let lines =
        std::fs::read_to_string(dir.path().join("money/fr/scales.csv")).unwrap().lines().count();
    rejected(dir.path(), &format!("scales.csv:{lines}: unterminated quote"));
}

#[test]
fn a_row_with_too_few_or_too_many_columns_is_rejected_with_its_line() {
    let lines =
        std::fs::read_to_string(root().join("gazetteers/companies.csv")).unwrap().lines().count();
    // `wikidata` (the sixth column) is required; `match`, `short` and `type` may be left out.
    let dir = data_with_bad_rows("companies.csv", "acme,Acme,,FR\n");
    rejected(
        dir.path(),
        &format!(
            "companies.csv:{}: 4 fields, but column `wikidata` (field 6) is required",
            lines + 1
        ),
    );
    let dir = data_with_bad_rows("companies.csv", "acme,Acme,,FR,,,fold,,,extra\n");
    rejected(dir.path(), &format!("companies.csv:{}: 10 fields, but the header has 9", lines + 1));
}

#[test]
fn a_quote_that_swallows_the_next_rows_is_rejected() {
    // A quote left open mid-file would make the csv reader take the following lines
    // as one field, silently losing them.
    let lines =
        std::fs::read_to_string(root().join("gazetteers/companies.csv")).unwrap().lines().count();
    let dir =
        data_with_bad_rows("companies.csv", "acme,\"Acme,,FR,,,fold\nbeta,Beta,,FR,,,\"fold\"\n");
    rejected(dir.path(), &format!("companies.csv:{}: unterminated quote", lines + 1));
}

/// The binary copied to a folder of its own, as `cargo install` leaves it.
fn installed_binary(dir: &Path) -> std::path::PathBuf {
    let bin = dir.join("bin").join("veille");
    std::fs::create_dir_all(bin.parent().unwrap()).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_veille"), &bin).unwrap();
    bin
}

#[test]
fn the_installed_binary_runs_from_any_folder_with_its_embedded_data() {
    use crate::common::{assert_same_tables, copy_dir, run_ok};
    let scratch = tempfile::tempdir().unwrap();
    let bin = installed_binary(scratch.path());
    let corpus = scratch.path().join("articles");
    copy_dir(&root().join("corpus"), &corpus);
    let cwd = scratch.path().join("elsewhere");
    std::fs::create_dir_all(&cwd).unwrap();
    let o = std::process::Command::new(&bin)
        .current_dir(&cwd)
        .args(["run", "--quiet", "--corpus", "../articles", "--out", "tables"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", crate::common::stderr(&o));
    // The same tables as a run from the checkout on its gazetteers/ folder.
    let reference = tempfile::tempdir().unwrap();
    run_ok(&root().join("corpus"), reference.path(), &["--gazetteers", "gazetteers"]);
    assert_same_tables(reference.path(), &cwd.join("tables"), "embedded vs gazetteers/");

    // The data package and --version name the data's fingerprint.
    let fingerprint = veille::resources::embedded::FINGERPRINT;
    let package = std::fs::read_to_string(cwd.join("tables/datapackage.json")).unwrap();
    assert!(package.contains(&format!("\"data_sha256\": \"{fingerprint}\"")), "{package}");
    let o = std::process::Command::new(&bin).current_dir(&cwd).arg("--version").output().unwrap();
    let version = String::from_utf8_lossy(&o.stdout);
    assert!(version.contains(fingerprint), "{version}");

    // `gazetteer export` writes the same files; a curated copy is taken as given.
    let o = std::process::Command::new(&bin)
        .current_dir(&cwd)
        .args(["gazetteer", "export", "mine"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", crate::common::stderr(&o));
    for (rel, bytes) in veille::resources::embedded::FILES {
        assert_eq!(std::fs::read(cwd.join("mine").join(rel)).unwrap(), *bytes, "{rel}");
    }
    let o = std::process::Command::new(&bin)
        .current_dir(&cwd)
        .args(["gazetteer", "export", "mine"])
        .output()
        .unwrap();
    assert!(!o.status.success(), "export over a non-empty folder");
    let companies = cwd.join("mine/companies.csv");
    let text = std::fs::read_to_string(&companies).unwrap();
    std::fs::write(&companies, text.replace(",US,,Q182477,fold", ",US,,Q999999,fold")).unwrap();
    let o = std::process::Command::new(&bin)
        .current_dir(&cwd)
        .args(["run", "--quiet", "--corpus", "../articles", "--out", "curated"])
        .args(["--gazetteers", "mine"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", crate::common::stderr(&o));
    let entities = std::fs::read_to_string(cwd.join("curated/entities.csv")).unwrap();
    assert!(entities.contains("\nnvidia,company,Nvidia,,,US,Q999999,"), "{entities}");
    let package = std::fs::read_to_string(cwd.join("curated/datapackage.json")).unwrap();
    assert!(!package.contains(fingerprint), "a curated copy has its own fingerprint");
}

/// In the shipped French and English data, words of ownership show that a `cue` name means
/// the company (`participation dans Bleu`, `stake in Meta`); without one it stays a word.
#[test]
fn shipped_ownership_words_are_company_cues() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("fr", "Le groupe va porter sa participation dans Bleu à 70 %.", &["bleu"]),
        ("en", "Intel raised its stake in Meta.", &["intel", "meta"]),
        // Not in German, where every noun is capitalized: `Eine Allianz … hält einen Anteil`.
        ("de", "Eine Allianz europäischer Firmen erhöht ihren Anteil.", &[]),
        ("fr", "Le ciel est Bleu ce matin.", &[]),
    ];
    for (lang, text, want) in cases {
        let doc = format!("---\nlang: {lang}\n---\n{text}\n");
        let analyses =
            veille::analyze::analyze_text("t.txt", &doc, resources()).expect("analyzable");
        let got: Vec<String> = analyses[0]
            .mentions
            .iter()
            .flatten()
            .filter(|m| m.kind == veille::mention::Kind::Company)
            .map(|m| m.entity_id.to_string())
            .collect();
        assert_eq!(got, *want, "{lang}: {text}");
    }
}
