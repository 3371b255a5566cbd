//! Dates, normalized TIMEX3-style. (Being built: see issue 5.)

use crate::data::DataError;
use crate::document::SentenceContext;
use crate::mention::Mention;
use std::path::Path;

#[derive(Debug, Default)]
pub struct DateRules {}

impl DateRules {
    pub fn load(_dir: &Path) -> Result<DateRules, DataError> {
        Ok(DateRules::default())
    }

    /// Date mentions of one sentence; relative ones are resolved against `cx.doc_date`.
    pub fn find(&self, _cx: &SentenceContext) -> Vec<Mention> {
        Vec::new()
    }
}
