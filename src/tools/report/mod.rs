//! The report: a folder of static HTML pages built from the tables a run wrote, for
//! the person who checks what the tables say.
//!
//! [`write_report`] reads `documents.csv`, `sentences.csv`, `mentions.csv`,
//! `relations.csv`, `facts.csv` and `entities.csv` from an output folder and writes
//! `report/` beside them:
//! - `index.html`: every fact, one row each: subject, type, object (an amount with its
//!   currency), the date the sentence states and the date the article was published,
//!   the source, and the sentence with subject, cue and object marked; filters by
//!   type, entity, date range and confidence, and a sort order;
//! - `doc/N.html`: one page per document: its facts, then its text sentence by
//!   sentence with every mention highlighted from its byte span (see [`doc`]);
//! - `entity/ID.html`: one page per company or chip: its gazetteer record, its facts
//!   over time ([`timeline`]), the entities named with it, its mentions by document;
//! - `search/X.html`: the mentions, found by text or normalized value ([`search`]);
//! - `entities.html`, `documents.html`: lists.
//!
//! # Scale
//!
//! The tables are read one document at a time ([`tables`]): each document page is
//! written as soon as its rows are read, fact rows go to a scratch file, and search
//! results straight to their pages. What stays in memory is per entity (counts, its
//! facts' dates and amounts, the first sentence naming it in each document) and per
//! document (a label for the lists).
//!
//! # Safety
//!
//! Article text is untrusted. Every piece of data goes through [`escape_html`] (text
//! and attribute values alike); file names, element ids and class names are generated,
//! never taken from data (an entity's page is named by its id only when the id is a
//! plain lower-case slug); only `http(s)` sources become links. Data reaches the
//! script only through `data-*` attributes, read with `dataset` and written with
//! `textContent`. Every page carries a Content Security Policy that forbids any network
//! access, any inline script or style, and any script or style but the report's own
//! `report.js` and `report.css`, loaded from beside the pages.

pub mod assets;
pub mod doc;
pub mod entity;
pub mod facts;
pub mod html;
pub mod search;
pub mod tables;
pub mod timeline;

pub use html::escape_html;

use crate::gazetteer::Gazetteer;
use anyhow::{Context, Result};
use entity::{Entities, EntityContext};
use facts::{FactStore, Scratch};
use html::{outlet, page_end, page_start, Depth, Section};
use search::SearchPages;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use tables::{DocRows, Document};

/// The kinds that get their own colour, in display order.
pub const KINDS: [&str; 5] = ["company", "chip", "money", "date", "percent"];

/// The fact types that get their own colour.
pub const TYPES: [&str; 12] = [
    "makes", "invests", "raises", "revenue", "profit", "orders", "values", "pays", "fined",
    "partners", "supplies", "owns",
];

/// The CSS class suffix of a mention kind: one of [`KINDS`] or `other`; never data.
pub fn kind_class(kind: &str) -> &'static str {
    KINDS.iter().find(|k| **k == kind).copied().unwrap_or("other")
}

/// The CSS class suffix of a fact type: one of [`TYPES`] or `other`; never data.
pub fn type_class(kind: &str) -> &'static str {
    TYPES.iter().find(|k| **k == kind).copied().unwrap_or("other")
}

/// How to build a report.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// The gazetteers, for the aliases on entity pages; none leaves the aliases out.
    pub gazetteers: Option<PathBuf>,
}

/// What a report shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReportStats {
    /// Documents shown.
    pub documents: usize,
    /// Sentences shown.
    pub sentences: usize,
    /// Mentions highlighted in their sentence.
    pub mentions: usize,
    /// Mentions not highlighted: span outside its sentence, off a character boundary,
    /// overlapping an earlier mention, not matching its text, unknown sentence, or
    /// unreadable row.
    pub skipped: usize,
    /// Facts listed.
    pub facts: usize,
    /// Entity pages written.
    pub entities: usize,
}

impl ReportStats {
    /// A one-line summary for the terminal.
    pub fn line(&self) -> String {
        let mut s = format!(
            "{} documents, {} sentences, {} mentions highlighted, {} facts, {} entity pages",
            self.documents, self.sentences, self.mentions, self.facts, self.entities
        );
        if self.skipped > 0 {
            let _ =
                write!(s, " ({} mentions skipped: span does not fit its sentence)", self.skipped);
        }
        s
    }
}

/// The report being written into a scratch folder.
pub struct Builder {
    /// The scratch folder, renamed to `report/` when done.
    dir: PathBuf,
    entities: Entities,
    facts: FactStore,
    entity_rows: Scratch,
    search: SearchPages,
    documents: BufWriter<File>,
    /// (label, date, outlet) of each document, by ordinal.
    doc_labels: Vec<(String, String, String)>,
    stats: ReportStats,
}

impl Builder {
    fn new(dir: PathBuf, entities: Entities) -> Result<Builder> {
        std::fs::create_dir_all(dir.join("doc"))
            .with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, text) in [("report.css", assets::STYLE), ("report.js", assets::SCRIPT)] {
            let path = dir.join(name);
            std::fs::write(&path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        let facts = FactStore::create(&dir.join(".facts.tmp"))?;
        let entity_rows = Scratch::create(&dir.join(".entity-facts.tmp"))?;
        let search = SearchPages::create(&dir)?;
        let path = dir.join("documents.html");
        let f = File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
        let mut documents = BufWriter::new(f);
        let mut head = String::new();
        page_start(&mut head, "Documents", Depth::Top, Section::Documents);
        head.push_str(
            "<h1>Documents</h1>\n<table class=\"list\"><thead><tr><th scope=\"col\">date</th><th scope=\"col\">title</th>\
             <th scope=\"col\">source</th><th scope=\"col\">lang</th><th scope=\"col\" class=\"num\">sentences</th>\
             <th scope=\"col\" class=\"num\">mentions</th><th scope=\"col\" class=\"num\">facts</th></tr></thead><tbody>\n",
        );
        documents.write_all(head.as_bytes())?;
        Ok(Builder {
            dir,
            entities,
            facts,
            entity_rows,
            search,
            documents,
            doc_labels: Vec::new(),
            stats: ReportStats::default(),
        })
    }

    /// Adds a document's line to `documents.html`.
    fn document_row(
        &mut self,
        ord: u32,
        doc: &Document,
        label: &str,
        rows: &DocRows,
    ) -> Result<()> {
        let out = outlet(&doc.source).to_string();
        let line = format!(
            "<tr><td>{}</td><td><a href=\"doc/{ord}.html\">{}</a></td><td>{}</td><td>{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            escape_html(&doc.date),
            escape_html(label),
            escape_html(&out),
            escape_html(&doc.lang),
            rows.sentences.len(),
            rows.mentions.len(),
            rows.facts.len()
        );
        self.documents.write_all(line.as_bytes())?;
        self.doc_labels.push((label.to_string(), doc.date.clone(), out));
        Ok(())
    }

    /// Ends the lists, writes the entity pages and the front page.
    fn finish(mut self, gazetteer: Option<&Gazetteer>) -> Result<ReportStats> {
        let mut tail = String::from("</tbody></table>\n");
        page_end(&mut tail, Depth::Top);
        self.documents.write_all(tail.as_bytes())?;
        self.documents.flush().context("cannot write documents.html")?;
        self.search.finish()?;
        let mut cx =
            EntityContext { docs: &self.doc_labels, rows: &mut self.entity_rows, gazetteer };
        self.stats.entities = entity::write_pages(&self.dir, &self.entities, &mut cx)?;
        let summary = format!(
            "{} facts from {} documents · {} entities",
            self.stats.facts, self.stats.documents, self.stats.entities
        );
        facts::write_index(&self.dir, &mut self.facts, &self.entities, &summary)?;
        Ok(self.stats)
    }
}

/// Reads the tables in `out_dir` and writes `out_dir/report/` (built in a scratch
/// folder, then put in place of the previous report); returns what it shows.
pub fn write_report(out_dir: &Path, options: &ReportOptions) -> Result<ReportStats> {
    let documents = tables::read_documents(out_dir)?;
    let entities = Entities::new(tables::read_entities(out_dir)?);
    let gazetteer = match &options.gazetteers {
        Some(dir) => Some(
            Gazetteer::load(dir)
                .map_err(|e| anyhow::anyhow!("{e}"))
                .with_context(|| format!("cannot load the gazetteers in {}", dir.display()))?,
        ),
        None => None,
    };
    let mut streams = tables::Streams::open(out_dir)?;
    let scratch = out_dir.join(format!(".report.tmp-{}", std::process::id()));
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .with_context(|| format!("cannot remove {}", scratch.display()))?;
    }
    let result = (|| {
        let mut b = Builder::new(scratch.clone(), entities)?;
        for (ord, doc) in documents.iter().enumerate() {
            let rows = streams.next_doc(&doc.id, &doc.date)?;
            doc::add_document(&mut b, ord as u32, doc, rows)?;
        }
        streams.finish()?;
        b.finish(gazetteer.as_ref())
    })();
    let stats = match result {
        Ok(stats) => stats,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&scratch);
            return Err(e);
        }
    };
    let dest = out_dir.join("report");
    if dest.is_dir() {
        std::fs::remove_dir_all(&dest)
            .with_context(|| format!("cannot replace {}", dest.display()))?;
    }
    std::fs::rename(&scratch, &dest).with_context(|| format!("cannot write {}", dest.display()))?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::tables::unguard;

    #[test]
    fn unguard_strips_only_the_writers_quote() {
        assert_eq!(unguard("'=SUM(A1)", 8), "=SUM(A1)");
        assert_eq!(unguard("'quoted'", 8), "'quoted'");
    }
}
