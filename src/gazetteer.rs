//! Companies and chips: gazetteers loaded from `gazetteers/`, and the matcher.
//! (Being built: see issue 3.)

use crate::data::DataError;
use crate::document::SentenceContext;
use crate::mention::{Kind, Mention};
use std::path::Path;

/// What the gazetteer knows of one entity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityInfo {
    pub id: String,
    pub kind: Option<Kind>,
    pub canonical: String,
    pub parent: String,
    pub vendor: String,
    pub country: String,
    pub wikidata: String,
}

/// Companies, chips and chip patterns.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entities: Vec<EntityInfo>,
}

impl Gazetteer {
    pub fn load(_dir: &Path) -> Result<Gazetteer, DataError> {
        Ok(Gazetteer::default())
    }

    /// Company and chip mentions of one sentence.
    pub fn find(&self, _cx: &SentenceContext) -> Vec<Mention> {
        Vec::new()
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&EntityInfo> {
        self.entities.iter().find(|e| e.id == id)
    }
}

impl Gazetteer {
    /// A gazetteer that knows only `entities` (no aliases, so it finds nothing): for
    /// tests of the stages that look entities up by id.
    pub fn from_entities(entities: Vec<EntityInfo>) -> Gazetteer {
        Gazetteer { entities }
    }
}
