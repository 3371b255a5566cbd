//! All language data, loaded once from the gazetteers folder and validated.

use crate::data::{read_list, read_table, DataError};
use crate::dates::DateRules;
use crate::gazetteer::Gazetteer;
use crate::lang::Lang;
use crate::money::MoneyRules;
use crate::relations::RelationRules;
use crate::segment::SegmentRules;
use crate::tokenize::TokenRules;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Everything the pipeline knows about languages, names and rules.
#[derive(Debug)]
pub struct Resources {
    /// The gazetteers folder everything was loaded from.
    pub dir: PathBuf,
    /// Function words per language, for language identification.
    pub langid: crate::lang::LangId,
    /// Sentence segmentation rules per language (see [`Resources::segment_rules`]).
    pub segment: HashMap<Lang, SegmentRules>,
    /// Tokenization rules per language (see [`Resources::token_rules`]).
    pub tokens: HashMap<Lang, TokenRules>,
    /// Companies and chips.
    pub gazetteer: Gazetteer,
    /// Money and percent rules.
    pub money: MoneyRules,
    /// Date rules.
    pub dates: DateRules,
    /// Relation cues.
    pub relations: RelationRules,
    /// SHA-256 over every data file (path and content): changes when any rule or name changes.
    pub fingerprint: String,
}

impl Resources {
    /// Loads and validates every data file under `dir`.
    pub fn load(dir: &Path) -> Result<Resources, DataError> {
        if !dir.is_dir() {
            return Err(DataError::new(dir, 0, "gazetteers folder not found"));
        }
        let mut segment = HashMap::new();
        let mut tokens = HashMap::new();
        let mut stopwords = Vec::new();
        for lang in Lang::KNOWN {
            let ldir = dir.join("lang").join(lang.code());
            segment.insert(lang, load_segment_rules(&ldir)?);
            tokens.insert(lang, load_token_rules(&ldir)?);
            stopwords.push((lang, optional_list(&ldir.join("stopwords.txt"))?));
        }
        Ok(Resources {
            dir: dir.to_path_buf(),
            langid: crate::lang::LangId::new(stopwords.iter().map(|(l, w)| (*l, w.as_slice()))),
            segment,
            tokens,
            gazetteer: Gazetteer::load(dir)?,
            money: MoneyRules::load(dir)?,
            dates: DateRules::load(dir)?,
            relations: RelationRules::load(dir)?,
            fingerprint: fingerprint(dir)?,
        })
    }

    /// The segmentation rules of `lang`, English ones for a language without data.
    pub fn segment_rules(&self, lang: Lang) -> &SegmentRules {
        self.segment
            .get(&lang)
            .or_else(|| self.segment.get(&Lang::En))
            .expect("English rules are loaded")
    }

    /// The tokenization rules of `lang`, English ones for a language without data.
    pub fn token_rules(&self, lang: Lang) -> &TokenRules {
        self.tokens
            .get(&lang)
            .or_else(|| self.tokens.get(&Lang::En))
            .expect("English rules are loaded")
    }
}

fn optional_list(path: &Path) -> Result<Vec<String>, DataError> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    Ok(read_list(path)?.into_iter().map(|l| l.text).collect())
}

fn load_segment_rules(ldir: &Path) -> Result<SegmentRules, DataError> {
    // `z. B.` is stored as `z.b.`, and its first part `z.` too: UAX #29 proposes a
    // break after each part.
    let mut abbreviations = foldhash::HashSet::default();
    for a in optional_list(&ldir.join("abbreviations.txt"))? {
        let parts: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
        for n in 1..=parts.len() {
            abbreviations.insert(parts[..n].concat());
        }
    }
    let mut months = foldhash::HashSet::default();
    let months_path = ldir.join("months.csv");
    if months_path.exists() {
        for row in read_table(&months_path, &["name", "month"])? {
            let m: u32 =
                row.required("month")?.parse().map_err(|_| row.error("month must be 1 to 12"))?;
            if !(1..=12).contains(&m) {
                return Err(row.error("month must be 1 to 12"));
            }
            months.insert(row.required("name")?.to_lowercase());
        }
    }
    let ordinal_cues: foldhash::HashSet<String> = optional_list(&ldir.join("ordinal_cues.txt"))?
        .into_iter()
        .map(|s| s.to_lowercase())
        .collect();
    Ok(SegmentRules { abbreviations, months, ordinal_dot: !ordinal_cues.is_empty(), ordinal_cues })
}

fn load_token_rules(ldir: &Path) -> Result<TokenRules, DataError> {
    let norm = |s: String| crate::tokenize::lower_form(&s);
    Ok(TokenRules {
        elisions: optional_list(&ldir.join("elisions.txt"))?.into_iter().map(norm).collect(),
        clitics: optional_list(&ldir.join("clitics.txt"))?.into_iter().map(norm).collect(),
    })
}

/// The language data compiled into the binary from `gazetteers/` at build time (see
/// `build.rs`): the default of every command, `--gazetteers DIR` overriding it.
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));
}

/// `veille --version`: the crate's version and the fingerprint of the embedded data.
pub const VERSION: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (data sha256 ", env!("VEILLE_DATA_FINGERPRINT"), ")");

/// A folder of language data to load: the one given, or the embedded data unpacked into
/// a private temporary folder that lives as long as this value.
///
/// The loaders read files by path (`money`, `dates`, `relations` each walk their own
/// folders), so the embedded data is written out once per process rather than read
/// from memory; that takes a few milliseconds.
#[derive(Debug)]
pub struct DataDir {
    path: PathBuf,
    _unpacked: Option<tempfile::TempDir>,
}

impl DataDir {
    /// `dir` when given, else the embedded data unpacked into a temporary folder.
    pub fn new(dir: Option<&Path>) -> Result<DataDir, DataError> {
        match dir {
            Some(dir) => Ok(DataDir { path: dir.to_path_buf(), _unpacked: None }),
            None => {
                let tmp = tempfile::Builder::new().prefix("veille-data-").tempdir().map_err(|e| {
                    DataError::new(
                        std::env::temp_dir(),
                        0,
                        format!("cannot unpack the embedded gazetteers ({e}); set TMPDIR or give --gazetteers DIR"),
                    )
                })?;
                export_embedded(tmp.path())?;
                Ok(DataDir { path: tmp.path().to_path_buf(), _unpacked: Some(tmp) })
            }
        }
    }

    /// The folder to load from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Resources {
    /// Loads `dir` when given, else the embedded data (see [`DataDir`]).
    pub fn load_or_embedded(dir: Option<&Path>) -> Result<Resources, DataError> {
        let data = DataDir::new(dir)?;
        Resources::load(data.path())
    }
}

/// Writes the embedded data files under `dir` (created if needed), as they were in
/// `gazetteers/` when veille was built.
pub fn export_embedded(dir: &Path) -> Result<(), DataError> {
    for (rel, bytes) in embedded::FILES {
        let path = dir.join(rel);
        let write = || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, bytes)
        };
        write().map_err(|e| DataError::new(&path, 0, format!("cannot write: {e}")))?;
    }
    Ok(())
}

/// SHA-256 over the relative path and bytes of every file under `dir` but hidden ones
/// (a name starting with `.`), in path order: see [`fingerprint_files`].
fn fingerprint(dir: &Path) -> Result<String, DataError> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for e in std::fs::read_dir(dir)? {
            let e = e?;
            if e.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let p = e.path();
            if p.is_dir() {
                walk(&p, out)?;
            } else {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, &mut files).map_err(|e| DataError::new(dir, 0, format!("cannot list: {e}")))?;
    let mut named = Vec::with_capacity(files.len());
    for f in files {
        let bytes =
            std::fs::read(&f).map_err(|e| DataError::new(&f, 0, format!("cannot read: {e}")))?;
        named.push((crate::ingest::relative_path(dir, &f), bytes));
    }
    Ok(fingerprint_files(named.iter().map(|(rel, bytes)| (rel.as_str(), bytes.as_slice()))))
}

/// The fingerprint of a data set: SHA-256 over each file's relative path (with `/`), a
/// NUL byte and its bytes, the files sorted by relative path. The same set gives the
/// same fingerprint embedded, exported or curated in a folder.
pub fn fingerprint_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    use sha2::{Digest, Sha256};
    let mut files: Vec<(&str, &[u8])> = files.into_iter().collect();
    files.sort();
    let mut h = Sha256::new();
    for (rel, bytes) in files {
        h.update(rel.as_bytes());
        h.update([0]);
        h.update(bytes);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_is_the_gazetteers_folder_and_loads() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
        let computed = fingerprint_files(embedded::FILES.iter().map(|(r, b)| (*r, *b)));
        assert_eq!(computed, embedded::FINGERPRINT, "build.rs and run time agree");
        assert_eq!(fingerprint(&root).unwrap(), embedded::FINGERPRINT, "rebuild after editing");
        let res = Resources::load_or_embedded(None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.fingerprint, embedded::FINGERPRINT);
        assert!(VERSION.ends_with(&format!("(data sha256 {})", embedded::FINGERPRINT)));
    }
}
