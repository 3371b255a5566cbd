//! Incremental runs: reuse the rows of documents whose content has not changed since
//! the run that wrote the output folder.
//!
//! A run records in `.veille-state.json` (beside the tables) what its rows depend on:
//! the veille executable, the fingerprint of every gazetteer and rule file, and the
//! output options. The next run reuses the rows of a document only when all of these
//! are the same and the document's SHA-256 is unchanged; anything else is analyzed
//! again, so the tables are byte-identical to a full run. The state file belongs to the
//! set of files a run switches in as a whole ([`crate::output::TableWriter`]), so it
//! always describes the tables beside it.

use crate::output::{DocRows, OutputOptions, DOCUMENTS, DOC_TABLES};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// Name of the state file in the output folder.
pub const STATE_FILE: &str = ".veille-state.json";

/// What the rows of a run depend on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The crate version of the veille that wrote the rows.
    pub veille_version: String,
    /// SHA-256 of the executable that wrote the rows.
    pub executable: String,
    /// SHA-256 over the gazetteers folder.
    pub gazetteers: String,
    /// Whether cells were written with `--spreadsheet-safe`.
    pub spreadsheet_safe: bool,
    /// `--min-confidence`, in hundredths.
    #[serde(default)]
    pub min_confidence: u8,
}

impl State {
    /// The state of this process with these resources and options.
    pub fn current(gazetteers_fingerprint: &str, options: &OutputOptions) -> State {
        let executable =
            std::env::current_exe().ok().and_then(|p| file_sha256(&p)).unwrap_or_default();
        State {
            veille_version: env!("CARGO_PKG_VERSION").to_string(),
            executable,
            gazetteers: gazetteers_fingerprint.to_string(),
            spreadsheet_safe: options.spreadsheet_safe,
            min_confidence: options.min_confidence,
        }
    }
}

/// The SHA-256 of a file (hex), read in blocks so that a large executable costs no memory.
fn file_sha256(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).ok()?;
    Some(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Rows of the previous run, by document id, with the document's SHA-256.
#[derive(Debug, Default)]
pub struct Previous {
    docs: HashMap<String, (String, DocRows)>,
}

impl Previous {
    /// The earlier rows of `doc_id` if its content hash is still `sha256`.
    pub fn take(&mut self, doc_id: &str, sha256: &str) -> Option<DocRows> {
        match self.docs.remove(doc_id) {
            Some((sha, rows)) if sha == sha256 => Some(rows),
            _ => None,
        }
    }

    /// Number of documents whose rows can still be taken.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no document's rows are left.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

/// Loads the previous run's rows from `out` when its state equals `current`; `None`
/// when there is no usable previous run (no state, another state, unreadable tables).
pub fn load_previous(out: &Path, current: &State) -> Option<Previous> {
    let text = std::fs::read_to_string(out.join(STATE_FILE)).ok()?;
    let state: State = serde_json::from_str(&text).ok()?;
    if state != *current || current.executable.is_empty() {
        return None;
    }
    // The tables were written by this very executable (the state says so), so their
    // headers are the declared ones, checked below: columns have their declared places.
    const SHA256: usize = DOCUMENTS.index("sha256");
    let mut docs: HashMap<String, (String, DocRows)> = HashMap::new();
    for (t, table) in DOC_TABLES.iter().enumerate() {
        let mut reader = csv::Reader::from_path(out.join(table.file_name())).ok()?;
        let headers = reader.headers().ok()?.clone();
        if headers.iter().ne(table.header()) {
            return None;
        }
        let doc_col = table.index("doc_id");
        for rec in reader.records() {
            let rec = rec.ok()?;
            let doc_id = rec.get(doc_col)?;
            if t == DocRows::DOCUMENTS {
                let sha = rec.get(SHA256)?.to_string();
                let mut rows = DocRows { doc_id: doc_id.to_string(), ..DocRows::default() };
                rows.tables[DocRows::DOCUMENTS].push(rec.iter());
                docs.insert(doc_id.to_string(), (sha, rows));
            } else {
                docs.get_mut(doc_id)?.1.tables[t].push(rec.iter());
            }
        }
    }
    Some(Previous { docs })
}
