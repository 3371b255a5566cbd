//! Loading the language data under `gazetteers/`, with `file:line` errors.
//!
//! Every data file is either a list (one entry a line) or a CSV table with a header.
//! Blank lines and lines starting with `#` are comments in both. Loaders report the
//! first problem as a [`DataError`] naming the file and the line.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem in a data file, located by file and 1-based line (0 when the whole file is at fault).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The data file.
    pub path: PathBuf,
    /// 1-based line, 0 when the whole file is at fault.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DataError {
    /// An error at `line` of `path` (0: the whole file).
    pub fn new(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> DataError {
        DataError { path: path.into(), line, message: message.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
        }
    }
}

impl std::error::Error for DataError {}

/// One non-comment line of a list file.
#[derive(Debug, Clone)]
pub struct ListLine {
    /// 1-based line number.
    pub line: usize,
    /// The entry, trimmed.
    pub text: String,
}

/// Reads a list file: one entry a line, trimmed; blank lines and `#` comments skipped.
pub fn read_list(path: &Path) -> Result<Vec<ListLine>, DataError> {
    let text = read_text(path)?;
    Ok(text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim();
            (!t.is_empty() && !t.starts_with('#'))
                .then(|| ListLine { line: i + 1, text: t.to_string() })
        })
        .collect())
}

/// One data row of a CSV table, with its line number and access by column name.
#[derive(Debug, Clone)]
pub struct Row {
    /// The table file.
    pub path: PathBuf,
    /// 1-based line number of the row.
    pub line: usize,
    headers: std::sync::Arc<Vec<String>>,
    fields: Vec<String>,
}

impl Row {
    /// The trimmed value of column `name` (empty when the row is short).
    pub fn get(&self, name: &str) -> &str {
        self.headers
            .iter()
            .position(|h| h == name)
            .and_then(|i| self.fields.get(i))
            .map_or("", |s| s.trim())
    }

    /// The value of a column that must not be empty.
    pub fn required(&self, name: &str) -> Result<&str, DataError> {
        let v = self.get(name);
        if v.is_empty() {
            Err(self.error(format!("column `{name}` is empty")))
        } else {
            Ok(v)
        }
    }

    /// An error located at this row.
    pub fn error(&self, message: impl Into<String>) -> DataError {
        DataError::new(&self.path, self.line, message)
    }
}

/// Reads a CSV table with a header line; checks that every column in `required_columns`
/// is present and that every row is well formed (see [`parse_table`]). Lines starting
/// with `#` and blank lines are skipped.
pub fn read_table(path: &Path, required_columns: &[&str]) -> Result<Vec<Row>, DataError> {
    let text = read_text(path)?;
    parse_table(path, &text, required_columns)
}

/// Parses the text of a CSV table read from `path` (see [`read_table`]). A row has at
/// most as many fields as the header, and at least up to the last required column (the
/// optional columns after it may be left out); a quoted field may not run over a line
/// end (in these one-row-a-line files that is a quote left open, which would swallow
/// the rows after it).
pub fn parse_table(
    path: &Path,
    text: &str,
    required_columns: &[&str],
) -> Result<Vec<Row>, DataError> {
    // Keep line numbers: blank out comment lines instead of removing them.
    let cleaned: String = text
        .lines()
        .map(|l| if l.trim_start().starts_with('#') { "" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    check_quotes(path, &cleaned)?;
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(cleaned.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| DataError::new(path, 1, format!("bad header: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    for col in required_columns {
        if !headers.iter().any(|h| h == col) {
            return Err(DataError::new(path, 1, format!("missing column `{col}`")));
        }
    }
    // A row may leave out the optional columns after the last required one.
    let min_fields =
        headers.iter().rposition(|h| required_columns.contains(&h.as_str())).map_or(0, |i| i + 1);
    let headers = std::sync::Arc::new(headers);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            DataError::new(path, line, format!("bad CSV: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            return Err(DataError::new(
                path,
                line,
                format!("{} fields, but the header has {}", record.len(), headers.len()),
            ));
        }
        if record.len() < min_fields {
            return Err(DataError::new(
                path,
                line,
                format!(
                    "{} fields, but column `{}` (field {min_fields}) is required",
                    record.len(),
                    headers[min_fields - 1]
                ),
            ));
        }
        rows.push(Row {
            path: path.to_path_buf(),
            line,
            headers: headers.clone(),
            fields: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(rows)
}

/// Where the CSV reader is within a line: the quoting rules of RFC 4180 as the `csv`
/// crate applies them (a quote opens a quoted field only at the start of a field).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: it closes the field, or doubles into a literal quote.
    QuoteInQuoted,
}

/// Finds a quoted field that runs past the end of its line or never ends: the `csv`
/// crate reads both without complaint (it takes the rest of the file as one field).
fn check_quotes(path: &Path, text: &str) -> Result<(), DataError> {
    let mut state = Quoting::FieldStart;
    let (mut line, mut opened) = (1, 1);
    for b in text.bytes() {
        state = match (state, b) {
            (Quoting::Quoted, b'\n') => {
                return Err(DataError::new(
                    path,
                    opened,
                    "unterminated quote: the quoted field runs past the end of the line",
                ))
            }
            (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
            (Quoting::Quoted, _) => Quoting::Quoted,
            (Quoting::QuoteInQuoted, b'"') => Quoting::Quoted,
            (Quoting::FieldStart, b'"') => {
                opened = line;
                Quoting::Quoted
            }
            (_, b',' | b'\n') => Quoting::FieldStart,
            _ => Quoting::Unquoted,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    if state == Quoting::Quoted {
        return Err(DataError::new(
            path,
            opened,
            "unterminated quote: the quoted field never ends",
        ));
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String, DataError> {
    let bytes =
        std::fs::read(path).map_err(|e| DataError::new(path, 0, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        DataError::new(path, line, format!("invalid UTF-8 at byte {at}"))
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}
