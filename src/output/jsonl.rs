//! `veille extract`: one document, or JSON Lines articles, to JSON Lines on stdout —
//! one object per document, sentence, mention and relation, with the same fields as
//! the CSV tables plus a `"table"` field naming the table the object belongs to.

use crate::analyze::analyze_windows;
use crate::document::Document;
use crate::ingest;
use crate::output::{DocRows, FieldType, OutputOptions, RowBuilder, DOC_TABLES};
use crate::resources::Resources;
use crate::tokenize::Stemmer;
use serde_json::{Map, Value};
use std::io::Write;

/// Reads documents from `bytes`: JSON Lines when `name` ends in `.jsonl` or the input
/// starts with `{`, else one plain-text document named `name`.
pub fn documents_from(name: &str, bytes: Vec<u8>) -> (Vec<Document>, Vec<ingest::IngestError>) {
    let looks_jsonl = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let name = if looks_jsonl && !name.ends_with(".jsonl") {
        format!("{name}.jsonl")
    } else {
        name.to_string()
    };
    ingest::parse_bytes(&name, bytes)
}

/// The JSON objects of one document's rows, in table order. Cells follow their
/// column's declared type: integer and number columns become JSON numbers, and empty
/// cells `null` (except `text`, an empty string).
pub fn json_objects(rows: &DocRows) -> Vec<Value> {
    let mut out = Vec::new();
    for (table, block) in DOC_TABLES.iter().zip(&rows.tables) {
        for row in block.iter() {
            let mut obj = Map::new();
            obj.insert("table".into(), Value::String(table.name.to_string()));
            for (col, cell) in table.columns.iter().zip(row.iter()) {
                let v = if cell.is_empty() && col.name != "text" {
                    Value::Null
                } else {
                    match col.ty {
                        FieldType::Integer => cell
                            .parse::<u64>()
                            .map(Value::from)
                            .unwrap_or_else(|_| Value::String(cell.to_string())),
                        FieldType::Number => cell
                            .parse::<f64>()
                            .ok()
                            .and_then(serde_json::Number::from_f64)
                            .map_or(Value::Null, Value::Number),
                        FieldType::String => Value::String(cell.to_string()),
                    }
                };
                obj.insert(col.name.to_string(), v);
            }
            out.push(Value::Object(obj));
        }
    }
    out
}

/// Reads JSON Lines articles from `input` one line at a time and writes each one's rows
/// to `out` as soon as it is analyzed (flushing after each), so that veille works in a
/// stream. Problems are passed to `warn`. Returns the number of documents written.
pub fn stream_jsonl(
    name: &str,
    input: impl std::io::BufRead,
    res: &Resources,
    out: &mut impl Write,
    mut warn: impl FnMut(&ingest::IngestError),
) -> std::io::Result<usize> {
    let mut reader = ingest::JsonlReader::new(name);
    let mut stemmer = Stemmer::new();
    let options = OutputOptions::default();
    let mut offset = 0;
    let mut n = 0;
    for (i, line) in input.split(b'\n').enumerate() {
        let bytes = line?;
        let at = offset;
        offset += bytes.len() + 1;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let byte = at + e.utf8_error().valid_up_to();
                warn(&ingest::IngestError {
                    path: name.into(),
                    line: Some(i + 1),
                    byte: Some(byte),
                    message: "invalid UTF-8".into(),
                });
                continue;
            }
        };
        let (doc, problem) = reader.line(i + 1, at, &text);
        if let Some(p) = &problem {
            warn(p);
        }
        if let Some(doc) = doc {
            write_doc(&doc, res, &mut stemmer, &options, out)?;
            out.flush()?;
            n += 1;
        }
    }
    Ok(n)
}

/// Analyzes `docs` and writes their rows as JSON Lines to `out`. Returns the number of
/// documents written.
///
/// A document is analyzed window by window (see [`analyze_windows`]) and its rows
/// written as each window is done, so memory does not grow with the document's length:
/// the document's own object comes first when the document is one window (every
/// ordinary article), after its other rows when it is longer.
pub fn write_jsonl(
    docs: Vec<Document>,
    res: &Resources,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let mut stemmer = Stemmer::new();
    let options = OutputOptions::default();
    let mut n = 0;
    for doc in docs {
        write_doc(&doc, res, &mut stemmer, &options, out)?;
        n += 1;
    }
    out.flush()?;
    Ok(n)
}

/// Writes the JSON objects of one document's rows, window by window (see [`write_jsonl`]).
fn write_doc(
    doc: &Document,
    res: &Resources,
    stemmer: &mut Stemmer,
    options: &OutputOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let write = |rows: &DocRows, out: &mut dyn Write| -> std::io::Result<()> {
        for obj in json_objects(rows) {
            serde_json::to_writer(&mut *out, &obj)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    };
    // The first window waits for the document's row, unless a second one comes.
    let mut first: Option<DocRows> = None;
    let mut streaming = false;
    for_each_piece(doc, res, stemmer, options, &mut |rows, last| {
        if last {
            write(&rows, out)?;
            if let Some(first) = first.take() {
                write(&first, out)?;
            }
        } else if streaming {
            write(&rows, out)?;
        } else if let Some(prev) = first.replace(rows) {
            streaming = true;
            write(&prev, out)?;
            if let Some(rows) = first.take() {
                write(&rows, out)?;
            }
        }
        Ok(())
    })
}

/// Analyzes `doc` window by window, as `veille run` does, and hands `emit` the rows of
/// each window as it is done (`last` false), then the document's own row (`last` true).
/// Stops at the first error `emit` returns.
pub fn for_each_piece(
    doc: &Document,
    res: &Resources,
    stemmer: &mut Stemmer,
    options: &OutputOptions,
    emit: &mut dyn FnMut(DocRows, bool) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut builder = RowBuilder::new(doc, options);
    let mut failed: Option<std::io::Error> = None;
    let info = analyze_windows(doc, res, stemmer, false, None, &mut |info, w| {
        if failed.is_none() {
            if let Err(e) = emit(builder.window_rows(info, &w), false) {
                failed = Some(e);
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    emit(builder.document_rows(&info), true)
}

/// `veille extract --records`: corpus files in, CSV rows out, for a caller that splits a
/// corpus across processes or machines (the Spark job in `spark/`) and puts the tables
/// together again byte for byte as `veille run` writes them.
///
/// Input: for each file, a header line `{"path": "fr/a.txt", "bytes": 1234}` (the
/// corpus-relative path, with `/`) followed by exactly that many bytes of the file; or,
/// given a corpus folder (`--corpus DIR`), a header line `{"path": "fr/a.txt"}` alone,
/// and veille reads the file from that folder itself. Either way the file is read as
/// `veille run` reads it: same documents, same `doc_id`s, same errors ([`list`] gives
/// the files `veille run` reads, in its order). Output: pieces, each a JSON header line
/// then the bytes it announces, ordered by `path` then `part` (0, 1, …). The header holds
/// - `path`, `part`;
/// - `tables`: `[table, length]` of each block of CSV rows (no header line) that follows,
///   in that order: `documents`, `sentences`, `mentions`, `relations`, `facts` and
///   `errors` — concatenated in (`path`, `part`) order, the blocks are those tables;
/// - `entities`: for each gazetteer entity a document names (in its last piece),
///   `[id, cells, mentions]`, `cells` the first seven cells of its `entities.csv` row,
///   CSV encoded; summing `mentions` and counting documents over the corpus, in `id`
///   order, gives the rows;
/// - `candidates`: for each pattern find missing from the gazetteers in the document,
///   `[kind, surface, cells, count, first]`: `cells` the CSV-encoded `surface,kind`,
///   `first` the CSV-encoded id of the first sentence it is found in; summing `count`
///   and keeping the first `first` in (`path`, `part`) order, in (`kind`, `surface`)
///   order, gives the rows of `candidates.csv`.
///
/// Or, given a parts folder (`--parts DIR`, [`stream_to_parts`]), the rows go straight
/// to one file per table in it, `DIR/documents.csv` … `DIR/errors.csv` (rows only, no
/// header line), and one summary line goes to standard output at the end:
/// `{"files", "tables": [[table, length], …], "entities": [[id, cells, mentions,
/// documents], …], "candidates": [[kind, surface, cells, count, first], …]}`, the
/// counts of all its files summed as above (`documents`: how many documents name the
/// entity). Concatenating the parts of consecutive runs in order and summing their
/// counts gives the tables; no row crosses a pipe.
///
/// Rows stay bytes end to end (no escaping, no re-encoding), and a piece is one window
/// of sentences, so a huge document streams.
pub mod records {
    use super::*;
    use crate::output::ERRORS;
    use anyhow::Context;
    use serde::Deserialize;
    use std::collections::BTreeMap;
    use std::io::{BufRead, Read};
    use std::path::{Component, Path, PathBuf};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Header {
        path: String,
        bytes: Option<u64>,
    }

    /// Where the pieces of the files go, in order.
    trait Sink {
        fn piece(&mut self, piece: Piece<'_>) -> std::io::Result<()>;
    }

    /// Pieces written one after the other, each a JSON header line then its rows.
    struct Pieces<'w>(&'w mut dyn Write);

    impl Sink for Pieces<'_> {
        fn piece(&mut self, piece: Piece<'_>) -> std::io::Result<()> {
            piece.write(self.0)
        }
    }

    /// Reads every record of `input` and writes the pieces of its files to `out`; a
    /// record without bytes is read from `corpus`. Returns the number of files read; a
    /// malformed record is an error naming it.
    pub fn stream(
        input: impl BufRead,
        res: &Resources,
        options: &OutputOptions,
        corpus: Option<&Path>,
        out: &mut impl Write,
    ) -> anyhow::Result<usize> {
        let n = read_records(input, res, options, corpus, &mut Pieces(out))?;
        out.flush()?;
        Ok(n)
    }

    /// Reads every record of `input` (as [`stream`]) and writes the rows of its files to
    /// the table files of the folder `dir`, then the summary line to `out` (see the
    /// module's documentation). Returns the number of files read.
    pub fn stream_to_parts(
        input: impl BufRead,
        res: &Resources,
        options: &OutputOptions,
        corpus: Option<&Path>,
        dir: &Path,
        out: &mut impl Write,
    ) -> anyhow::Result<usize> {
        let mut parts = Parts::create(dir)?;
        let n = read_records(input, res, options, corpus, &mut parts)?;
        parts.finish(n, out)?;
        Ok(n)
    }

    /// Writes the files `veille run --corpus corpus` reads, in its order, one JSON line
    /// each: `{"path": "fr/a.txt", "size": 1234}` (the corpus-relative path as in
    /// `doc_id`s, and the size in bytes, 0 when unknown). Returns the number of files.
    pub fn list(corpus: &Path, out: &mut impl Write) -> anyhow::Result<usize> {
        anyhow::ensure!(corpus.is_dir(), "corpus folder {} cannot be read", corpus.display());
        let files = ingest::discover(corpus)
            .with_context(|| format!("cannot list corpus folder {}", corpus.display()))?;
        for f in &files {
            let size = std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
            let line = serde_json::json!({"path": ingest::relative_path(corpus, f), "size": size});
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        Ok(files.len())
    }

    fn read_records(
        mut input: impl BufRead,
        res: &Resources,
        options: &OutputOptions,
        corpus: Option<&Path>,
        sink: &mut dyn Sink,
    ) -> anyhow::Result<usize> {
        if let Some(root) = corpus {
            anyhow::ensure!(root.is_dir(), "corpus folder {} cannot be read", root.display());
        }
        let mut stemmer = Stemmer::new();
        let mut header = Vec::new();
        let mut n = 0;
        loop {
            header.clear();
            if input.read_until(b'\n', &mut header)? == 0 {
                break;
            }
            let h: Header = serde_json::from_slice(&header).map_err(|e| {
                anyhow::anyhow!(
                    "record {}: bad header {:?}: {e}",
                    n + 1,
                    String::from_utf8_lossy(&header).trim_end()
                )
            })?;
            let (docs, errors) = match (h.bytes, corpus) {
                (Some(len), _) => {
                    let mut bytes = Vec::with_capacity(len.min(1 << 30) as usize);
                    (&mut input).take(len).read_to_end(&mut bytes)?;
                    anyhow::ensure!(
                        bytes.len() as u64 == len,
                        "record {} ({}): {len} bytes announced, {} given",
                        n + 1,
                        h.path,
                        bytes.len()
                    );
                    ingest::parse_bytes(&h.path, bytes)
                }
                (None, Some(root)) => {
                    let rel = corpus_file(&h.path).with_context(|| {
                        format!("record {}: {:?} is not a path inside the corpus", n + 1, h.path)
                    })?;
                    ingest::read_file(root, &root.join(rel))
                }
                (None, None) => anyhow::bail!(
                    "record {} ({}): no \"bytes\", and no --corpus folder to read the file from",
                    n + 1,
                    h.path
                ),
            };
            file(&h.path, docs, errors, res, options, &mut stemmer, sink)?;
            n += 1;
        }
        Ok(n)
    }

    /// The file a corpus-relative path names (`%XX` decoded, see [`ingest::decode_path`]),
    /// or `None` unless it is a relative path that stays inside the corpus.
    fn corpus_file(rel: &str) -> Option<PathBuf> {
        let bytes = ingest::decode_path(rel);
        #[cfg(unix)]
        let path =
            PathBuf::from(<std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(bytes));
        #[cfg(not(unix))]
        let path = PathBuf::from(String::from_utf8(bytes).ok()?);
        let inside = path.components().all(|c| matches!(c, Component::Normal(_)));
        (inside && !rel.is_empty()).then_some(path)
    }

    /// The tables of [`stream_to_parts`], one file each, and the counts of its files.
    struct Parts {
        files: Vec<Part>,
        entities: BTreeMap<String, (String, usize, usize)>,
        candidates: BTreeMap<(String, String), (String, usize, String)>,
    }

    /// One table's file in a parts folder.
    struct Part {
        table: &'static str,
        path: PathBuf,
        file: std::io::BufWriter<std::fs::File>,
        written: usize,
    }

    impl Part {
        fn failed(&self, e: std::io::Error) -> std::io::Error {
            std::io::Error::new(e.kind(), format!("cannot write {}: {e}", self.path.display()))
        }
    }

    impl Parts {
        fn create(dir: &Path) -> anyhow::Result<Parts> {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the parts folder {}", dir.display()))?;
            let mut files = Vec::new();
            for table in DOC_TABLES.iter().map(|t| t.name).chain([ERRORS.name]) {
                let path = dir.join(format!("{table}.csv"));
                let file = std::fs::File::create(&path)
                    .with_context(|| format!("cannot create {}", path.display()))?;
                let file = std::io::BufWriter::with_capacity(1 << 16, file);
                files.push(Part { table, path, file, written: 0 });
            }
            Ok(Parts { files, entities: BTreeMap::new(), candidates: BTreeMap::new() })
        }

        /// Flushes the table files and writes the summary line to `out`.
        fn finish(mut self, n: usize, out: &mut impl Write) -> anyhow::Result<()> {
            for part in &mut self.files {
                part.file.flush().map_err(|e| part.failed(e))?;
            }
            let summary = serde_json::json!({
                "files": n,
                "tables": self.files.iter().map(|p| (p.table, p.written)).collect::<Vec<_>>(),
                "entities": self.entities.into_iter()
                    .map(|(id, (cells, m, d))| (id, cells, m, d)).collect::<Vec<_>>(),
                "candidates": self.candidates.into_iter()
                    .map(|((kind, surface), (cells, count, first))| (kind, surface, cells, count, first))
                    .collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut *out, &summary)?;
            out.write_all(b"\n")?;
            out.flush()?;
            Ok(())
        }
    }

    impl Sink for Parts {
        fn piece(&mut self, piece: Piece<'_>) -> std::io::Result<()> {
            let mut at = 0;
            for &(table, len) in &piece.tables {
                let rows = piece.body.get(at..at + len).unwrap_or_default();
                at += len;
                if let Some(part) = self.files.iter_mut().find(|p| p.table == table) {
                    part.file.write_all(rows).map_err(|e| part.failed(e))?;
                    part.written += len;
                }
            }
            for (id, cells, mentions) in piece.entities {
                let total = self.entities.entry(id).or_insert((cells, 0, 0));
                total.1 += mentions;
                total.2 += 1;
            }
            for (kind, surface, cells, count, first) in piece.candidates {
                self.candidates.entry((kind, surface)).or_insert((cells, 0, first)).1 += count;
            }
            Ok(())
        }
    }

    /// One piece of output: a JSON header line, then the rows it announces.
    #[derive(serde::Serialize)]
    struct Piece<'a> {
        path: &'a str,
        part: usize,
        /// (table, length in bytes) of each block of CSV rows after the header line.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        tables: Vec<(&'static str, usize)>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        entities: Vec<(String, String, usize)>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        candidates: Vec<(String, String, String, usize, String)>,
        #[serde(skip)]
        body: Vec<u8>,
    }

    impl<'a> Piece<'a> {
        fn new(path: &'a str, part: usize) -> Piece<'a> {
            Piece {
                path,
                part,
                tables: Vec::new(),
                entities: Vec::new(),
                candidates: Vec::new(),
                body: Vec::new(),
            }
        }

        /// Adds the CSV rows of `table`.
        fn add(&mut self, table: &'static str, rows: Vec<u8>) {
            self.tables.push((table, rows.len()));
            self.body.extend_from_slice(&rows);
        }

        fn write(&self, out: &mut dyn Write) -> std::io::Result<()> {
            serde_json::to_writer(&mut *out, self)?;
            out.write_all(b"\n")?;
            out.write_all(&self.body)
        }
    }

    /// Analyzes the documents of one file (and its errors) and hands over its pieces.
    fn file(
        path: &str,
        docs: Vec<Document>,
        errors: Vec<ingest::IngestError>,
        res: &Resources,
        options: &OutputOptions,
        stemmer: &mut Stemmer,
        sink: &mut dyn Sink,
    ) -> std::io::Result<()> {
        let mut part = 0;
        if !errors.is_empty() {
            let mut piece = Piece::new(path, part);
            piece.add(
                "errors",
                encode(errors.iter().map(|e| {
                    let line = e.line.map(|l| l.to_string()).unwrap_or_default();
                    let byte = e.byte.map(|b| b.to_string()).unwrap_or_default();
                    [e.path.clone(), line, byte, e.message.clone()]
                })),
            );
            sink.piece(piece)?;
            part += 1;
        }
        for doc in &docs {
            // Per document: entity id → mentions; (kind, surface) → (count, first sentence).
            let mut entities: BTreeMap<String, usize> = BTreeMap::new();
            let mut candidates: BTreeMap<(String, String), (usize, String)> = BTreeMap::new();
            for_each_piece(doc, res, stemmer, options, &mut |rows, last| {
                let mut piece = Piece::new(path, part);
                part += 1;
                let mentions = |id: &str| *entities.entry(id.to_string()).or_default() += 1;
                crate::output::tally_mentions(&rows, mentions, &mut candidates);
                for (table, block) in DOC_TABLES.iter().zip(&rows.tables) {
                    if !block.is_empty() {
                        piece.add(table.name, encode(block.iter().map(cells_of)));
                    }
                }
                if last {
                    piece.entities = entity_cells(res, &entities);
                    piece.candidates = std::mem::take(&mut candidates)
                        .into_iter()
                        .map(|((kind, surface), (n, first))| {
                            let cells = encode_cells([surface.as_str(), kind.as_str()]);
                            (kind, surface, cells, n, encode_cells([first.as_str()]))
                        })
                        .collect();
                }
                sink.piece(piece)
            })?;
        }
        Ok(())
    }

    /// `[id, cells, mentions]` of each entity: `cells` its first seven `entities.csv`
    /// cells, encoded.
    fn entity_cells(
        res: &Resources,
        entities: &BTreeMap<String, usize>,
    ) -> Vec<(String, String, usize)> {
        entities
            .iter()
            .filter_map(|(id, &n)| {
                let e = res.gazetteer.entity(id)?;
                Some((id.clone(), encode_cells(crate::output::rows::entity_cells(id, e)), n))
            })
            .collect()
    }

    /// The cells of a row, each borrowed from the rows it belongs to.
    fn cells_of(r: crate::output::Row<'_>) -> impl Iterator<Item = &'_ str> {
        (0..r.len()).map(move |i| r.get(i).unwrap_or(""))
    }

    /// CSV rows as the table writer writes them (the `csv` crate's defaults).
    fn encode<R, C>(rows: impl IntoIterator<Item = R>) -> Vec<u8>
    where
        R: IntoIterator<Item = C>,
        C: AsRef<[u8]>,
    {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        let mut record = csv::ByteRecord::new();
        for row in rows {
            record.clear();
            for cell in row {
                record.push_field(cell.as_ref());
            }
            // Writing to memory cannot fail.
            let _ = w.write_byte_record(&record);
        }
        w.into_inner().unwrap_or_default()
    }

    /// Cells CSV encoded as within a longer row (no line end): the caller adds more
    /// cells after a comma.
    fn encode_cells<const N: usize>(cells: [&str; N]) -> String {
        // Cells are text, and so is their encoding.
        let mut s =
            String::from_utf8(encode([cells.iter().map(|c| c.as_bytes())])).unwrap_or_default();
        if cells.iter().all(|c| c.is_empty()) {
            // The csv crate quotes a row of one empty cell; within a row it is bare.
            s = ",".repeat(N - 1) + "\n";
        }
        s.pop();
        s
    }
}
