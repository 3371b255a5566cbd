//! Monetary amounts and percentages. (Being built: see issue 4.)

use crate::data::DataError;
use crate::document::SentenceContext;
use crate::mention::Mention;
use std::path::Path;

#[derive(Debug, Default)]
pub struct MoneyRules {}

impl MoneyRules {
    pub fn load(_dir: &Path) -> Result<MoneyRules, DataError> {
        Ok(MoneyRules::default())
    }

    /// Money and percent mentions of one sentence.
    pub fn find(&self, _cx: &SentenceContext) -> Vec<Mention> {
        Vec::new()
    }
}
