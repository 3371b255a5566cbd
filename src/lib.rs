//! # veille
//!
//! Turns raw French, German and English news articles into clean, traceable tables:
//! documents, sentences, mentions of companies, chips, money, dates and percentages,
//! entities and relations. Every row carries its provenance: the document, the
//! sentence, and the byte span in the original file.
//!
//! Data flows one way through the stages, each a module with a small surface:
//!
//! ```text
//! ingest → lang → segment → tokenize (+stem) → gazetteer → money / dates
//!        → relations → output (ids, CSV)
//! ```
//!
//! Language knowledge (abbreviations, month names, scale words, currencies, cues,
//! companies, chips) lives in data files under `gazetteers/`, loaded once by
//! [`resources::Resources::load`] and validated with `file:line` errors.

#![warn(missing_docs)]

pub mod analyze;
pub mod calendar;
pub mod data;
pub mod dates;
pub mod document;
pub mod gazetteer;
pub mod ingest;
pub mod lang;
pub mod mention;
pub mod money;
pub mod numbers;
pub mod output;
pub mod relations;
pub mod resources;
pub mod run;
pub mod segment;
pub mod span;
pub mod text;
pub mod tokenize;
pub mod tools;
