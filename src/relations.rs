//! Relations between mentions of one sentence. (Being built: see issue 6.)

use crate::data::DataError;
use crate::document::SentenceContext;
use crate::gazetteer::Gazetteer;
use crate::mention::{Mention, Relation};
use std::path::Path;

#[derive(Debug, Default)]
pub struct RelationRules {}

impl RelationRules {
    pub fn load(_dir: &Path) -> Result<RelationRules, DataError> {
        Ok(RelationRules::default())
    }

    /// Relations among `mentions` (all of one sentence, in text order).
    pub fn find(&self, _cx: &SentenceContext, _mentions: &[Mention], _gazetteer: &Gazetteer) -> Vec<Relation> {
        Vec::new()
    }
}
