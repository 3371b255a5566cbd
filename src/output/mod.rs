//! The tables: rows built from an analyzed document, and CSV files written into a
//! staging folder beside the output folder that takes its place as one set once every
//! file is complete, so an interrupted or failed run leaves the previous tables intact
//! (see [`TableWriter`]).

pub mod datapackage;
pub mod incremental;
pub mod jsonl;

mod rows;
mod schema;
mod writer;

pub use rows::*;
pub use schema::*;
pub use writer::*;

/// How cells are written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutputOptions {
    /// Neutralize cells a spreadsheet would run as a formula (OWASP CSV injection advice).
    pub spreadsheet_safe: bool,
    /// Facts (`facts.csv`) with a confidence below this many hundredths are left out;
    /// `relations.csv` keeps every relation.
    pub min_confidence: u8,
}
