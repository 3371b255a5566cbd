//! The search pages: every mention, findable by its text, canonical name or
//! normalized value, as `veille trace` finds it (case and accents ignored).
//!
//! A page holding every mention of a large corpus would be too big to open, and a
//! page opened from disk may not fetch other files, so the mentions are split into
//! one page per first character: `search/a.html` ... `search/z.html`,
//! `search/0.html` ... `search/9.html`, and `search/_.html` for any other letter.
//!
//! A mention's search keys are its text, its canonical name and its normalized value,
//! folded ([`fold`]). A query matches a key that starts with it (`Trainium2`,
//! `2026-H2`, `43000000000`, `Deutsche Tel`), or, when it starts with a digit, a key
//! holding it at the start of a word (`75 milliards` in `pouvant atteindre 75 milliards
//! d'euros`). So a mention is listed on the page of the first letter or digit of each
//! key and of each of their words that starts with a digit ([`shards_of`]), and a
//! query opens the page of its own first letter or digit (the page script does this).

use super::html::{escape_html, page_end, page_start, Depth, Section};
use crate::tokenize::{fold_form, lower_form};
use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The shard names, in page order.
pub const SHARDS: [&str; 37] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h", "i",
    "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "_",
];

/// Lower case, accents removed, `ß` → `ss`, hyphens and apostrophes unified, runs of
/// white space made one space: the form both the keys and the query are compared in
/// (the page script folds the query the same way).
///
/// ```
/// use veille::tools::report::search::fold;
/// assert_eq!(fold("Straße  Énergie"), "strasse energie");
/// ```
pub fn fold(s: &str) -> String {
    fold_form(&lower_form(s)).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The shard of a folded character: itself for `a`-`z` and `0`-`9`, `_` for any
/// other letter or digit, none for anything else.
fn shard_of(c: char) -> Option<usize> {
    match c {
        '0'..='9' => Some(c as usize - '0' as usize),
        'a'..='z' => Some(10 + c as usize - 'a' as usize),
        c if c.is_alphanumeric() => Some(36),
        _ => None,
    }
}

/// The shards a mention with folded search keys `keys` (one per line: text,
/// canonical name, value) is listed in: that of the first letter or digit of each key,
/// and that of each word starting with a digit.
///
/// ```
/// use veille::tools::report::search::{shards_of, SHARDS};
/// let s: Vec<&str> = shards_of("pouvant atteindre 75 milliards d'euros\n75000000000 eur")
///     .iter().map(|&i| SHARDS[i]).collect();
/// assert_eq!(s, ["7", "p"]);
/// ```
pub fn shards_of(keys: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for key in keys.split('\n') {
        let mut prev_alnum = false;
        let mut first = true;
        for c in key.chars() {
            let alnum = c.is_alphanumeric();
            if alnum && !prev_alnum && (first || c.is_numeric()) {
                if let Some(s) = shard_of(c) {
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
                first = false;
            }
            prev_alnum = alnum;
        }
    }
    out.sort_unstable();
    out
}

/// The search pages being written.
pub struct SearchPages {
    dir: PathBuf,
    files: Vec<BufWriter<File>>,
    counts: Vec<usize>,
}

impl SearchPages {
    /// Creates `dir/search/*.html`, each with its page head.
    pub fn create(dir: &Path) -> Result<SearchPages> {
        let dir = dir.join("search");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        let mut files = Vec::with_capacity(SHARDS.len());
        for name in SHARDS {
            let path = dir.join(format!("{name}.html"));
            let f =
                File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
            let mut w = BufWriter::new(f);
            let mut head = String::new();
            page_start(&mut head, "Search", Depth::Sub, Section::Search);
            head.push_str(
                "<h1>Search mentions</h1>\n<p class=\"hint\">Matches a mention's text, canonical name or \
                 normalized value from its start (<code>Trainium2</code>, <code>2026-H2</code>, <code>43000000000</code>), \
                 or from a number inside it (<code>43 milliards</code>); case and accents are ignored.</p>\n\
                 <p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n<ol id=\"hits\" class=\"hits\">\n",
            );
            w.write_all(head.as_bytes())?;
            files.push(w);
        }
        Ok(SearchPages { dir, files, counts: vec![0; SHARDS.len()] })
    }

    /// Adds a rendered result (`<li data-k="KEYS">…</li>`, links from the top folder
    /// written `@/`) to the pages of `shards`.
    pub fn add(&mut self, shards: &[usize], item: &str) -> Result<()> {
        if shards.is_empty() {
            return Ok(());
        }
        let mut relinked = String::with_capacity(item.len() + 16);
        super::html::relink(item, Depth::Sub, &mut relinked);
        for &s in shards {
            self.files[s].write_all(relinked.as_bytes())?;
            self.counts[s] += 1;
        }
        Ok(())
    }

    /// Ends every page.
    pub fn finish(self) -> Result<()> {
        for (mut w, n) in self.files.into_iter().zip(self.counts) {
            let mut tail = format!("</ol>\n<p class=\"hint\" data-total=\"{n}\"></p>\n");
            page_end(&mut tail, Depth::Sub);
            w.write_all(tail.as_bytes())?;
            w.flush().with_context(|| format!("cannot write {}", self.dir.display()))?;
        }
        Ok(())
    }
}

/// Search keys of a mention: its text, canonical name and value, folded, one per line,
/// with `escape_html` applied (ready for a `data-k` attribute); and its shards.
pub fn keys_attr(text: &str, canonical: &str, value: &str) -> (String, Vec<usize>) {
    let mut keys = fold(text);
    for extra in [canonical, value] {
        let f = fold(extra);
        if !f.is_empty() && !keys.split('\n').any(|k| k == f) {
            keys.push('\n');
            keys.push_str(&f);
        }
    }
    let shards = shards_of(&keys);
    (escape_html(&keys).into_owned(), shards)
}

/// The link (from the top folder, written `@/`) to the results of searching `query`.
///
/// ```
/// use veille::tools::report::search::query_href;
/// assert_eq!(query_href("Deutsche Telekom"), "@/search/d.html#q=Deutsche%20Telekom");
/// ```
pub fn query_href(query: &str) -> String {
    let shard = fold(query).chars().find_map(shard_of).map_or("_", |s| SHARDS[s]);
    let mut href = format!("@/search/{shard}.html#q=");
    for b in query.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            href.push(char::from(b));
        } else {
            href.push_str(&format!("%{b:02X}"));
        }
    }
    href
}
