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

/// SHA-256 over the relative path and bytes of every file under `dir`, in sorted order.
fn fingerprint(dir: &Path) -> Result<String, DataError> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
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
    files.sort();
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for f in files {
        let bytes =
            std::fs::read(&f).map_err(|e| DataError::new(&f, 0, format!("cannot read: {e}")))?;
        h.update(crate::ingest::relative_path(dir, &f).as_bytes());
        h.update([0]);
        h.update(&bytes);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}
