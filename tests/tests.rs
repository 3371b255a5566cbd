//! veille's integration tests, in one test binary: one module per area under `tests/it/`,
//! the helpers they share in `tests/it/common.rs`. Their data stays beside them:
//! `tests/fixtures/` (small gazetteers), `tests/gold/` (gold mentions of the bundled
//! corpus), `tests/devset/` (the development set).
//!
//! `cargo test` runs them all but those that need a tool outside Rust (headless Chromium,
//! Python with `frictionless` and `duckdb`, the shared gold folder): these are
//! `#[ignore = "needs …"]`, run with `cargo test -- --include-ignored` (as `.ci/run`
//! does, after installing the tools), and then fail if their tool is missing.

#[path = "it/common.rs"]
mod common;

#[path = "it/cli.rs"]
mod cli;
#[path = "it/daily.rs"]
mod daily;
#[path = "it/dates.rs"]
mod dates;
#[path = "it/dates_news.rs"]
mod dates_news;
#[path = "it/eval.rs"]
mod eval;
#[path = "it/foundation.rs"]
mod foundation;
#[path = "it/gazetteer.rs"]
mod gazetteer;
#[path = "it/hardening.rs"]
mod hardening;
#[path = "it/money.rs"]
mod money;
#[path = "it/money_forms.rs"]
mod money_forms;
#[path = "it/numbers_prop.rs"]
mod numbers_prop;
#[path = "it/perf.rs"]
mod perf;
#[path = "it/relations.rs"]
mod relations;
#[path = "it/report.rs"]
mod report;
#[path = "it/spark.rs"]
mod spark;
