//! One document's analysis on any bytes: reading them (as a `.txt` file, and as a
//! `.jsonl` file), every stage, and the rows. It must never panic, and every sentence
//! and mention span must slice the document's text to the row's text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use veille::output::{doc_rows, DocRows, OutputOptions, MENTIONS, SENTENCES};
use veille::resources::Resources;

fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../gazetteers");
        Resources::load(&dir).expect("the shipped gazetteers load")
    })
}

fuzz_target!(|data: &[u8]| {
    let res = resources();
    let mut stemmer = veille::tokenize::Stemmer::new();
    for name in ["doc.txt", "doc.jsonl"] {
        let (docs, _errors) = veille::ingest::parse_bytes(name, data.to_vec());
        for doc in docs {
            let a = veille::analyze::analyze(doc, res, &mut stemmer);
            let rows = doc_rows(&a, &OutputOptions::default());
            for (t, table) in [(DocRows::SENTENCES, &SENTENCES), (DocRows::MENTIONS, &MENTIONS)] {
                let (s, e, text) = (table.index("start"), table.index("end"), table.index("text"));
                for row in rows.tables[t].iter() {
                    let start: usize = row.get(s).unwrap().parse().unwrap();
                    let end: usize = row.get(e).unwrap().parse().unwrap();
                    assert_eq!(a.doc.text.get(start..end), row.get(text));
                }
            }
        }
    }
});
