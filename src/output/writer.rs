//! CSV files written to temporary names in the output folder and renamed over the old
//! tables only once every table is complete.

use super::rows::*;
use super::schema::*;
use super::OutputOptions;
use crate::ingest::IngestError;
use crate::resources::Resources;
use anyhow::{Context, Result};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};

/// One table being written: a temporary CSV file beside its destination.
struct CsvFile {
    tmp: PathBuf,
    dest: PathBuf,
    csv: csv::Writer<File>,
    /// Reused for every row: a whole `ByteRecord` takes the csv crate's fast path (one
    /// copy per cell, no per-byte state machine) when it fits in the buffer.
    record: csv::ByteRecord,
    /// Cells in a row: the table's declared columns.
    width: usize,
}

impl CsvFile {
    /// Opens a temporary file for `table` in `dir` and writes the header line.
    fn open_in(dir: &Path, table: &Table) -> Result<CsvFile> {
        let name = table.file_name();
        let dest = dir.join(&name);
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
        let mut csv = csv::WriterBuilder::new().buffer_capacity(1 << 17).from_writer(file);
        csv.write_record(table.header())
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        Ok(CsvFile { tmp, dest, csv, record: csv::ByteRecord::new(), width: table.columns.len() })
    }

    fn write<I, T>(&mut self, record: I) -> Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        self.record.clear();
        for cell in record {
            self.record.push_field(cell.as_ref());
        }
        debug_assert_eq!(self.record.len(), self.width, "{}", self.dest.display());
        self.csv
            .write_byte_record(&self.record)
            .with_context(|| format!("cannot write {}", self.tmp.display()))
    }

    /// Flushes and syncs the temporary file; returns (temporary, destination).
    fn close(self) -> Result<(PathBuf, PathBuf)> {
        let CsvFile { tmp, dest, csv, .. } = self;
        let file = csv
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write {}: {}", tmp.display(), e.error()))?;
        file.sync_all().with_context(|| format!("cannot write {}", tmp.display()))?;
        Ok((tmp, dest))
    }
}

/// Streams rows to temporary files; [`TableWriter::finish`] renames them into place.
pub struct TableWriter {
    dir: PathBuf,
    options: OutputOptions,
    tables: Vec<CsvFile>,
    errors: CsvFile,
    /// entity id → (mentions, documents) seen.
    entity_counts: BTreeMap<String, (usize, usize)>,
    /// (kind, surface) → (count, first sentence id) of pattern finds missing from the gazetteer.
    candidates: BTreeMap<(String, String), (usize, String)>,
    /// Entities counted for the document being written (its rows may come in parts).
    doc_entities: BTreeSet<String>,
}

impl TableWriter {
    /// Creates the output folder if needed, removes temporary files an interrupted run
    /// left behind, and opens temporary files for each table.
    pub fn create(dir: &Path, options: OutputOptions) -> Result<TableWriter> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output folder {}", dir.display()))?;
        remove_stale_temporaries(dir);
        let tables =
            DOC_TABLES.iter().map(|t| CsvFile::open_in(dir, t)).collect::<Result<Vec<_>>>()?;
        Ok(TableWriter {
            dir: dir.to_path_buf(),
            errors: CsvFile::open_in(dir, &ERRORS)?,
            tables,
            options,
            entity_counts: BTreeMap::new(),
            candidates: BTreeMap::new(),
            doc_entities: BTreeSet::new(),
        })
    }

    /// How cells are written.
    pub fn options(&self) -> &OutputOptions {
        &self.options
    }

    /// Writes the `errors.csv` row of a file or line that could not be read.
    pub fn write_error(&mut self, e: &IngestError) -> Result<()> {
        let line = e.line.map(|l| l.to_string()).unwrap_or_default();
        let byte = e.byte.map(|b| b.to_string()).unwrap_or_default();
        let (path, message) = if self.options.spreadsheet_safe {
            (spreadsheet_safe(&e.path), spreadsheet_safe(&e.message))
        } else {
            (Cow::Borrowed(e.path.as_str()), Cow::Borrowed(e.message.as_str()))
        };
        self.errors.write([path.as_ref(), &line, &byte, message.as_ref()])
    }

    /// Writes every row of one document (freshly analyzed or reused from an earlier run).
    pub fn write_doc(&mut self, rows: &DocRows) -> Result<()> {
        self.write_part(rows)?;
        self.end_doc();
        Ok(())
    }

    /// Writes some rows of the current document: its parts, in order, make its rows
    /// (see [`RowBuilder`]); [`TableWriter::end_doc`] closes it.
    pub fn write_part(&mut self, rows: &DocRows) -> Result<()> {
        for (table, block) in self.tables.iter_mut().zip(&rows.tables) {
            for row in block.iter() {
                table.write(row.iter())?;
            }
        }
        // Aggregates, from the mention rows so that reused rows count too.
        const SENTENCE_ID: usize = MENTIONS.index("sentence_id");
        const KIND: usize = MENTIONS.index("kind");
        const TEXT: usize = MENTIONS.index("text");
        const ENTITY_ID: usize = MENTIONS.index("entity_id");
        for m in rows.tables[DocRows::MENTIONS].iter() {
            let cell = |i: usize| m.get(i).unwrap_or("");
            let (sid, kind, surface, entity) =
                (cell(SENTENCE_ID), cell(KIND), cell(TEXT), cell(ENTITY_ID));
            if !entity.is_empty() {
                if !self.entity_counts.contains_key(entity) {
                    self.entity_counts.insert(entity.to_string(), (0, 0));
                }
                let first_in_doc = !self.doc_entities.contains(entity);
                if first_in_doc {
                    self.doc_entities.insert(entity.to_string());
                }
                if let Some(c) = self.entity_counts.get_mut(entity) {
                    c.0 += 1;
                    c.1 += usize::from(first_in_doc);
                }
            } else if kind == "company" || kind == "chip" {
                let key = (kind.to_string(), surface.to_string());
                self.candidates.entry(key).or_insert((0, sid.to_string())).0 += 1;
            }
        }
        Ok(())
    }

    /// Ends the current document (its entities count once per document).
    pub fn end_doc(&mut self) {
        self.doc_entities.clear();
    }

    /// Writes the aggregate tables, flushes everything and renames the temporary files
    /// into place (each table is replaced atomically; all are complete before the first
    /// is replaced).
    pub fn finish(self, res: &Resources) -> Result<()> {
        let mut entities = CsvFile::open_in(&self.dir, &ENTITIES)?;
        for (id, (mentions, documents)) in &self.entity_counts {
            if let Some(e) = res.gazetteer.entity(id) {
                entities.write([
                    id.as_str(),
                    e.kind.map_or("", |k| k.as_str()),
                    &e.canonical,
                    &e.parent,
                    &e.vendor,
                    &e.country,
                    &e.wikidata,
                    &mentions.to_string(),
                    &documents.to_string(),
                ])?;
            }
        }
        let mut candidates = CsvFile::open_in(&self.dir, &CANDIDATES)?;
        for ((kind, surface), (count, first)) in &self.candidates {
            candidates.write([surface.as_str(), kind, &count.to_string(), first])?;
        }
        let mut done = Vec::new();
        for t in self.tables.into_iter().chain([self.errors, entities, candidates]) {
            done.push(t.close()?);
        }
        for (tmp, dest) in done {
            std::fs::rename(&tmp, &dest)
                .with_context(|| format!("cannot replace {}", dest.display()))?;
        }
        Ok(())
    }
}

/// Removes `.NAME.tmp-PID` files that a killed run left in the output folder.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with('.') && name.contains(".tmp-") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, synced, then renamed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().with_context(|| format!("cannot write {}", path.display()))
}
