//! The tables of a run, written as one set.
//!
//! Readers (pandas, DuckDB, the repository's `output/` folder) open `OUT/entities.csv`
//! and its siblings at fixed paths, so the set is switched as a whole: every file of a
//! run (the tables, `README.md`, `datapackage.json`, the incremental state) is written
//! into a fresh folder beside the output folder, `.OUT.new-PID`, and that folder then
//! takes the output folder's place in one atomic step (Linux `renameat2` with
//! `RENAME_EXCHANGE`; where the file system or system has no exchange, two renames, in
//! between which the output folder is briefly absent, never mixed). Files in the output
//! folder that veille did not write there (`report.html`, a user's notes) are then
//! moved into the new folder, and the old tables deleted. Whatever fails or is killed,
//! a reader sees the whole old set or the whole new set; a later run clears the
//! folders a killed run left beside the output folder, moving back any file of the
//! user's that they still hold.

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

/// One table being written into the staging folder.
struct CsvFile {
    tmp: PathBuf,
    csv: csv::Writer<File>,
    /// Reused for every row: a whole `ByteRecord` takes the csv crate's fast path (one
    /// copy per cell, no per-byte state machine) when it fits in the buffer.
    record: csv::ByteRecord,
    /// Cells in a row: the table's declared columns.
    width: usize,
}

impl CsvFile {
    /// Opens the file of `table` in the staging folder `dir` and writes the header line.
    fn open_in(dir: &Path, table: &Table) -> Result<CsvFile> {
        let tmp = dir.join(table.file_name());
        let file = fault("header")
            .and_then(|()| File::create(&tmp))
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        let mut csv = csv::WriterBuilder::new().buffer_capacity(1 << 17).from_writer(file);
        csv.write_record(table.header())
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        Ok(CsvFile { tmp, csv, record: csv::ByteRecord::new(), width: table.columns.len() })
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
        debug_assert_eq!(self.record.len(), self.width, "{}", self.tmp.display());
        fault("row")
            .map_err(csv::Error::from)
            .and_then(|()| self.csv.write_byte_record(&self.record))
            .with_context(|| format!("cannot write {}", self.tmp.display()))
    }

    /// Flushes and syncs the file.
    fn close(self) -> Result<()> {
        let CsvFile { tmp, csv, .. } = self;
        let file = csv
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write {}: {}", tmp.display(), e.error()))?;
        fault("close")
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write {}", tmp.display()))
    }
}

/// Streams rows into a staging folder beside the output folder; [`TableWriter::finish`]
/// puts the whole set in the output folder's place (see the module documentation).
/// Dropped without `finish` (a failed run), it removes the staging folder.
pub struct TableWriter {
    staging: Staging,
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
    /// Clears what an interrupted run left beside the output folder `dir`, creates the
    /// staging folder and opens each table's file there. `dir` itself is created only
    /// when the set is switched in, by [`TableWriter::finish`].
    pub fn create(dir: &Path, options: OutputOptions) -> Result<TableWriter> {
        let staging = Staging::create(dir)?;
        let at = staging.dir.clone();
        let tables =
            DOC_TABLES.iter().map(|t| CsvFile::open_in(&at, t)).collect::<Result<Vec<_>>>()?;
        Ok(TableWriter {
            staging,
            errors: CsvFile::open_in(&at, &ERRORS)?,
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
        let (counts, seen) = (&mut self.entity_counts, &mut self.doc_entities);
        tally_mentions(
            rows,
            |entity| {
                let first_in_doc = seen.insert(entity.to_string());
                let c = counts.entry(entity.to_string()).or_insert((0, 0));
                c.0 += 1;
                c.1 += usize::from(first_in_doc);
            },
            &mut self.candidates,
        );
        Ok(())
    }

    /// Ends the current document (its entities count once per document).
    pub fn end_doc(&mut self) {
        self.doc_entities.clear();
    }

    /// Adds a file that goes with the tables (`README.md`, `datapackage.json`, the
    /// incremental state): written into the staging folder, switched in with the tables.
    /// `name` is a plain file name.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        let path = self.staging.dir.join(name);
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            fault("extra")?;
            let mut f = File::create(&path)?;
            f.write_all(bytes)?;
            f.sync_all()
        };
        write().with_context(|| format!("cannot write {}", path.display()))
    }

    /// Writes the aggregate tables, flushes everything and puts the staging folder in
    /// the output folder's place in one step.
    pub fn finish(self, res: &Resources) -> Result<()> {
        let at = self.staging.dir.clone();
        let mut entities = CsvFile::open_in(&at, &ENTITIES)?;
        for (id, (mentions, documents)) in &self.entity_counts {
            if let Some(e) = res.gazetteer.entity(id) {
                let [a, b, c, d, f, g, h] = super::rows::entity_cells(id, e);
                entities.write([
                    a,
                    b,
                    c,
                    d,
                    f,
                    g,
                    h,
                    &mentions.to_string(),
                    &documents.to_string(),
                ])?;
            }
        }
        let mut candidates = CsvFile::open_in(&at, &CANDIDATES)?;
        for ((kind, surface), (count, first)) in &self.candidates {
            candidates.write([surface.as_str(), kind, &count.to_string(), first])?;
        }
        let TableWriter { mut staging, tables, errors, .. } = self;
        for t in tables.into_iter().chain([errors, entities, candidates]) {
            t.close()?;
        }
        staging.switch()
    }
}

/// The files a run writes in the output folder (the tables, their description, the
/// incremental state): the set switched as a whole. Anything else found in the output
/// folder is the user's, and is kept.
fn is_run_file(name: &str) -> bool {
    TABLES.iter().any(|t| t.file_name() == name)
        || ["README.md", "datapackage.json", super::incremental::STATE_FILE].contains(&name)
        // Temporary files of `write_atomic` and of veille versions before this one.
        || (name.starts_with('.') && name.contains(".tmp-"))
}

/// A step of writing the tables that veille's unit tests make fail in turn (fault
/// injection); see [`fault`].
#[cfg(test)]
pub const FAULT_STEPS: [&str; 8] =
    ["stage", "header", "row", "close", "extra", "switch", "carry", "cleanup"];

#[cfg(test)]
thread_local! {
    static FAIL_AT: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Makes step `step` of writing the tables fail on this thread (`None`: no step fails).
/// Only in veille's own unit tests.
#[cfg(test)]
pub fn fail_at(step: Option<&'static str>) {
    FAIL_AT.with(|f| f.set(step));
}

/// An error at `step` when a unit test asked for one with [`fail_at`]; nothing in any
/// other build.
#[inline(always)]
fn fault(step: &'static str) -> std::io::Result<()> {
    #[cfg(test)]
    if FAIL_AT.with(|f| f.get()) == Some(step) {
        return Err(std::io::Error::other(format!("injected failure at {step}")));
    }
    let _ = step;
    Ok(())
}

/// The folder a run's files are written to before they take the output folder's place:
/// `.NAME.new-PID` beside the output folder `NAME`. Removed when dropped before
/// [`Staging::switch`].
struct Staging {
    /// The staging folder.
    dir: PathBuf,
    /// The output folder (resolved when it is a symbolic link).
    out: PathBuf,
    /// Set once the staging folder is the output folder.
    switched: bool,
}

impl Staging {
    fn create(out: &Path) -> Result<Staging> {
        let out = match std::fs::canonicalize(out) {
            Ok(real) if real.is_dir() => real,
            Ok(_) => anyhow::bail!("cannot write to output folder {}: not a folder", out.display()),
            Err(_) => out.to_path_buf(),
        };
        let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
            anyhow::bail!("{} cannot be an output folder", out.display());
        };
        let parent = if parent.as_os_str().is_empty() { Path::new(".") } else { parent };
        let name = name.to_string_lossy();
        let dir = parent.join(format!(".{name}.new-{}", std::process::id()));
        let create = || -> std::io::Result<()> {
            std::fs::create_dir_all(parent)?;
            clear_leftovers(parent, &name, &out);
            fault("stage")?;
            std::fs::create_dir(&dir)
        };
        create().with_context(|| format!("cannot create {}", dir.display()))?;
        Ok(Staging { dir, out, switched: false })
    }

    /// Puts the staging folder in the output folder's place, then moves the user's files
    /// from the old folder into it and deletes the old tables. A failure after the
    /// switch is only warned about: the new set is in place, and the next run finishes
    /// the clean-up.
    fn switch(&mut self) -> Result<()> {
        if let Ok(meta) = std::fs::metadata(&self.out) {
            // The output folder keeps its permissions.
            let _ = std::fs::set_permissions(&self.dir, meta.permissions());
        }
        let old =
            fault("switch").and_then(|()| exchange(&self.dir, &self.out)).with_context(|| {
                format!("cannot put the new tables in place of {}", self.out.display())
            })?;
        self.switched = true;
        if let Some(old) = old {
            if let Err(e) = retire(&old, &self.out) {
                eprintln!(
                    "warning: the new tables are in {}, but {} could not be cleared ({e}); the next run clears it",
                    self.out.display(),
                    old.display()
                );
            }
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.switched {
            let _ = retire(&self.dir, &self.out);
        }
    }
}

/// Puts folder `new` in place of `out`; returns where the old folder now is, if there
/// was one. One atomic exchange where the system has it, else two renames.
fn exchange(new: &Path, out: &Path) -> std::io::Result<Option<PathBuf>> {
    if std::fs::symlink_metadata(out).is_err() {
        std::fs::rename(new, out)?;
        return Ok(None);
    }
    match rename_exchange(new, out) {
        Ok(()) => return Ok(Some(new.to_path_buf())),
        Err(e) if !exchange_unsupported(&e) => return Err(e),
        Err(_) => {}
    }
    let name = out.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let old = out.with_file_name(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(out, &old)?;
    if let Err(e) = std::fs::rename(new, out) {
        let _ = std::fs::rename(&old, out);
        return Err(e);
    }
    Ok(Some(old))
}

/// Whether `e` says the system or the file system cannot exchange two names.
fn exchange_unsupported(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    {
        matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS | libc::ENOTSUP))
    }
    #[cfg(not(target_os = "linux"))]
    {
        e.kind() == std::io::ErrorKind::Unsupported
    }
}

/// Exchanges the names `a` and `b` atomically (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn rename_exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        CString::new(p.as_os_str().as_bytes()).map_err(|e| std::io::Error::other(e.to_string()))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both paths are NUL-terminated strings that live across the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// No atomic exchange on this system: [`exchange`] falls back to two renames.
#[cfg(not(target_os = "linux"))]
fn rename_exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Empties and removes `old`, a folder of a run's files that is not the output folder
/// (a replaced output folder, or a staging folder never switched in): the run's files
/// are deleted, any other entry (the user's) is moved into `out` unless `out` has one of
/// that name. The folder stays when something could not be moved.
fn retire(old: &Path, out: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(old)? {
        let entry = entry?;
        let name = entry.file_name();
        if is_run_file(&name.to_string_lossy()) {
            fault("cleanup")?;
            std::fs::remove_file(entry.path())?;
        } else if std::fs::symlink_metadata(out.join(&name)).is_err() {
            fault("carry")?;
            std::fs::rename(entry.path(), out.join(&name))?;
        }
    }
    std::fs::remove_dir(old)
}

/// Clears the folders that interrupted runs left beside the output folder `out`, named
/// `name`, in `parent`: `.NAME.new-PID` and `.NAME.old-PID` of processes that are gone.
fn clear_leftovers(parent: &Path, name: &str, out: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let (new, old) = (format!(".{name}.new-"), format!(".{name}.old-"));
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().to_string();
        let pid = file.strip_prefix(&new).or_else(|| file.strip_prefix(&old));
        let Some(pid) = pid.and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && process_alive(pid) {
            continue;
        }
        // Killed between the two renames of the fallback: the old set goes back.
        if file.starts_with(&old) && std::fs::symlink_metadata(out).is_err() {
            let _ = std::fs::rename(e.path(), out);
            continue;
        }
        let _ = retire(&e.path(), out);
    }
}

/// Whether process `pid` is running (then the folder it left is still in use).
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
        // SAFETY: signal 0 only checks that the process exists.
        let rc = unsafe { libc::kill(pid, 0) };
        rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        false
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

/// What `entities.csv` and `candidates.csv` count in a block of mention rows: `entity` is
/// called with the id of each mention resolved to an entity, and each unresolved company or
/// chip counts under `(kind, surface)` in `candidates`, with the sentence it was first seen
/// in. One tally for `veille run` and `veille extract --records`, so that both count alike.
pub(crate) fn tally_mentions(
    rows: &DocRows,
    mut entity: impl FnMut(&str),
    candidates: &mut BTreeMap<(String, String), (usize, String)>,
) {
    const SENTENCE_ID: usize = MENTIONS.index("sentence_id");
    const KIND: usize = MENTIONS.index("kind");
    const TEXT: usize = MENTIONS.index("text");
    const ENTITY_ID: usize = MENTIONS.index("entity_id");
    for m in rows.tables[DocRows::MENTIONS].iter() {
        let cell = |i: usize| m.get(i).unwrap_or("");
        let (kind, id) = (cell(KIND), cell(ENTITY_ID));
        if !id.is_empty() {
            entity(id);
        } else if kind == "company" || kind == "chip" {
            let key = (kind.to_string(), cell(TEXT).to_string());
            candidates.entry(key).or_insert((0, cell(SENTENCE_ID).to_string())).0 += 1;
        }
    }
}
