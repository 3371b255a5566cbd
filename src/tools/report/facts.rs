//! The facts: their rendered rows kept in a scratch file (so that memory does not grow
//! with the corpus), and the front page that lists them with filters.

use super::entity::Entities;
use super::html::{escape_html, page_end, page_start, relink, Depth, Section};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// The column widths and header of every facts table.
pub const HEAD: &str = "<colgroup><col class=\"c-fact\"><col class=\"c-date\"><col class=\"c-src\">\
<col class=\"c-sent\"><col class=\"c-conf\"></colgroup><thead><tr><th scope=\"col\">Fact</th>\
<th scope=\"col\">Date <small>stated · reported</small></th><th scope=\"col\">Source</th>\
<th scope=\"col\">Sentence <small><b class=\"hs\">subject</b> <i class=\"ht\">cue</i> <b class=\"ho\">object</b></small></th>\
<th scope=\"col\" class=\"num\" title=\"share of facts of this type and method found right on annotated text\">Conf.</th></tr></thead>";

/// Rendered rows kept in a scratch file (removed when dropped): written in order,
/// read back in order or one by one.
pub struct Scratch {
    path: PathBuf,
    writer: Option<BufWriter<File>>,
    reader: Option<File>,
    /// (offset, length) of each row.
    spans: Vec<(u64, u32)>,
    end: u64,
}

impl Scratch {
    /// A scratch file at `path`.
    pub fn create(path: &Path) -> Result<Scratch> {
        let f = File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(Scratch {
            path: path.to_path_buf(),
            writer: Some(BufWriter::new(f)),
            reader: None,
            spans: Vec::new(),
            end: 0,
        })
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Adds a row; returns its ordinal.
    pub fn push(&mut self, row: &str) -> Result<u32> {
        let w = self.writer.as_mut().context("the scratch file is closed for writing")?;
        w.write_all(row.as_bytes())
            .with_context(|| format!("cannot write {}", self.path.display()))?;
        self.spans.push((self.end, row.len() as u32));
        self.end += row.len() as u64;
        Ok(self.spans.len() as u32 - 1)
    }

    fn close_writer(&mut self) -> Result<()> {
        if let Some(mut w) = self.writer.take() {
            w.flush().with_context(|| format!("cannot write {}", self.path.display()))?;
        }
        Ok(())
    }

    /// Row `n`.
    pub fn get(&mut self, n: u32) -> Result<String> {
        self.close_writer()?;
        if self.reader.is_none() {
            self.reader = Some(
                File::open(&self.path)
                    .with_context(|| format!("cannot read {}", self.path.display()))?,
            );
        }
        let (at, len) = *self.spans.get(n as usize).context("no such row")?;
        let r = self.reader.as_mut().context("the scratch file is closed")?;
        r.seek(SeekFrom::Start(at))?;
        let mut buf = vec![0; len as usize];
        r.read_exact(&mut buf).with_context(|| format!("cannot read {}", self.path.display()))?;
        String::from_utf8(buf).context("the scratch file holds text")
    }

    /// Calls `f` on every row, in order.
    pub fn for_each(&mut self, mut f: impl FnMut(&str) -> Result<()>) -> Result<()> {
        self.close_writer()?;
        let file = File::open(&self.path)
            .with_context(|| format!("cannot read {}", self.path.display()))?;
        let mut r = BufReader::new(file);
        let mut buf = Vec::new();
        for &(_, len) in &self.spans {
            buf.resize(len as usize, 0);
            r.read_exact(&mut buf)
                .with_context(|| format!("cannot read {}", self.path.display()))?;
            f(std::str::from_utf8(&buf).context("the scratch file holds text")?)?;
        }
        Ok(())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        self.writer = None;
        self.reader = None;
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The rows of the front page's facts table (links from the top folder written `@/`),
/// and the counts its filters show.
pub struct FactStore {
    /// The rows.
    pub rows: Scratch,
    /// Facts by type.
    pub types: BTreeMap<String, usize>,
    /// Facts by entity ordinal.
    pub by_entity: BTreeMap<usize, usize>,
}

impl FactStore {
    /// A store writing to `path`.
    pub fn create(path: &Path) -> Result<FactStore> {
        Ok(FactStore {
            rows: Scratch::create(path)?,
            types: BTreeMap::new(),
            by_entity: BTreeMap::new(),
        })
    }

    /// Number of facts.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there is no fact.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Adds a fact's row; returns its ordinal.
    pub fn push(&mut self, row: &str, kind: &str, entities: &[usize]) -> Result<u32> {
        let n = self.rows.push(row)?;
        *self.types.entry(kind.to_string()).or_default() += 1;
        let mut seen: Vec<usize> = entities.to_vec();
        seen.sort_unstable();
        seen.dedup();
        for e in seen {
            *self.by_entity.entry(e).or_default() += 1;
        }
        Ok(n)
    }
}

/// The filter bar of the front page: type checkboxes, entity, date range, confidence
/// and sort order.
fn filters(store: &FactStore, entities: &Entities) -> String {
    let mut out = String::from(
        "<div id=\"filters\" class=\"filters\" role=\"group\" aria-label=\"Filter and sort the facts\">\
         <fieldset class=\"types\"><legend>Type</legend>",
    );
    for (kind, count) in &store.types {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" class=\"ty\" value=\"{}\" checked> <span class=\"ty t-{}\">{}</span> <small>{count}</small></label>",
            escape_html(kind),
            super::type_class(kind),
            escape_html(kind)
        );
    }
    out.push_str(
        "</fieldset><label>Entity <select id=\"f-ent\"><option value=\"\">all entities</option>",
    );
    let mut options: Vec<(&usize, &usize)> = store.by_entity.iter().collect();
    options.sort_by(|a, b| {
        let (x, y) = (&entities.list[*a.0], &entities.list[*b.0]);
        x.canonical.to_lowercase().cmp(&y.canonical.to_lowercase())
    });
    for (n, count) in options {
        let e = &entities.list[*n];
        let _ = write!(
            out,
            "<option value=\"{n}\">{} ({}, {count} fact{})</option>",
            escape_html(&e.canonical),
            escape_html(&e.kind),
            if *count == 1 { "" } else { "s" }
        );
    }
    out.push_str(
        "</select></label>\
         <label title=\"the date the sentence states, else the date of the article\">From <input id=\"f-from\" size=\"7\" placeholder=\"2024\" inputmode=\"numeric\"></label>\
         <label>to <input id=\"f-to\" size=\"7\" placeholder=\"2026-06\" inputmode=\"numeric\"></label>\
         <label>Confidence <select id=\"f-conf\"><option value=\"0\">any</option><option value=\"0.5\">≥ 0.5</option>\
         <option value=\"0.8\">≥ 0.8</option><option value=\"0.9\">≥ 0.9</option></select></label>\
         <label>Sort <select id=\"f-sort\"><option value=\"doc\">by article</option>\
         <option value=\"date\">newest first</option><option value=\"amount\">largest amount first</option>\
         <option value=\"conf\">most confident first</option><option value=\"subject\">subject A–Z</option></select></label>\
         <button type=\"button\" id=\"f-reset\">Reset</button>\
         <output id=\"shown\" aria-live=\"polite\"></output></div>\n",
    );
    out
}

/// Writes `dir/index.html`: the facts of every document, with filters.
pub fn write_index(
    dir: &Path,
    store: &mut FactStore,
    entities: &Entities,
    summary: &str,
) -> Result<()> {
    let path = dir.join("index.html");
    let f = File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
    let mut w = BufWriter::new(f);
    let mut head = String::new();
    page_start(&mut head, "Facts", Depth::Top, Section::Facts);
    let _ = write!(
        head,
        "<h1>Facts <small>{}</small></h1>\n<p class=\"hint\">Each row is one fact read from one sentence. \
         Open the sentence (¶) to see it in its article, or an entity for all its facts over time. \
         Dates: the date the sentence states for the fact, then the date the article was published.</p>\n",
        escape_html(summary)
    );
    head.push_str(&filters(store, entities));
    head.push_str("<table id=\"facts\" class=\"facts\">");
    head.push_str(HEAD);
    head.push_str("<tbody>\n");
    w.write_all(head.as_bytes())?;
    let mut out = String::new();
    store.rows.for_each(|row| {
        out.clear();
        relink(row, Depth::Top, &mut out);
        w.write_all(out.as_bytes()).context("cannot write index.html")
    })?;
    let mut tail = String::from("</tbody></table>\n");
    if store.is_empty() {
        tail.push_str("<p class=\"hint\">This run found no facts.</p>\n");
    }
    page_end(&mut tail, Depth::Top);
    w.write_all(tail.as_bytes())?;
    w.flush().with_context(|| format!("cannot write {}", path.display()))
}
