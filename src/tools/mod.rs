//! Tools on top of a run's tables or of the pipeline: the HTML report, `trace`,
//! `eval` and the benchmark. Nothing below the tools depends on them.

pub mod bench;
pub mod eval;
pub mod facts_eval;
pub mod report;
pub mod trace;
