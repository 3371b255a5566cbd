//! Companies and chips: the gazetteers under `gazetteers/`, and the matcher that finds
//! their names in a sentence.
//!
//! The gazetteer is data (see `gazetteers/README.md`):
//! - `companies.csv`: `id,canonical,aliases,country,parent,wikidata,match`;
//! - `chips.csv`: `id,canonical,aliases,vendor,type,family,match`;
//! - `chip_patterns.csv` and the per-language lists under `lang/<lang>/`
//!   (`company_cues.txt`, `company_intros.txt`, `legal_forms.txt`, `chip_cues.txt`,
//!   `name_stops.txt`) for names the gazetteer does not list.
//!
//! # Matching
//!
//! Names are matched on tokens, never on bytes. A sentence's tokens are cut into
//! *pieces*: a hyphenated compound (`Telekom-Chef`) gives one piece per part, every
//! other token is one piece. Every alias is cut the same way, and the folded pieces
//! (lower case, no diacritics, typographic apostrophes and hyphens unified) are the
//! edges of a [token trie](trie::TokenTrie). Finding all names of a sentence is one
//! trie walk from each piece, so its cost does not grow with the number of entries.
//!
//! Besides the plain folded walk:
//! - a second trie holds the Snowball stems of every multi-piece alias, so that
//!   `der Deutschen Telekom` finds `Deutsche Telekom` (method `stemmed`);
//! - the last piece of a name may carry a German genitive `-s` (`Nvidias`, companies in
//!   German sentences) or a plural `-s` (`H100s`, chips): the whole token is the span,
//!   method `stemmed`;
//! - an unsplit English possessive (`Nvidia's`, `Siemens'`) is left out of the span;
//! - a name may be the first part of a compound (`ASML-Aktie`, `H100-GPUs`), or a later
//!   part when it starts with a capital or a digit (`Ex-Apple-Manager`,
//!   `Nvidia-DGX-B200-Systeme`);
//! - a name never starts or ends inside a piece: `Intel` is not in `intelligence`.
//!
//! One-piece aliases follow their entity's `match` rule: `fold` (any case), `case`
//! (exact case only) or `cue` (exact case, and the sentence shows that the company is
//! meant: another firm name, a cue word such as `opérateur` or `Konzern` near it, a cue
//! part of the same compound, or a legal form right after it).
//!
//! Overlapping candidates resolve leftmost-longest, then by strictness
//! (exact > folded > stemmed): `Google DeepMind` is one mention, `Amazon AWS` two.

mod discover;
pub mod trie;

use crate::data::{read_list, read_table, DataError, Row};
use crate::document::SentenceContext;
use crate::lang::Lang;
use crate::mention::{Kind, Mention, Method};
use crate::span::Span;
use crate::tokenize::{
    fold_form, is_apostrophe, is_hyphen, lower_form, tokenize, Stemmer, Token, TokenRules,
};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use trie::{Lexicon, PrefixFilter, TokenTrie, ROOT};
use unicode_normalization::UnicodeNormalization;

pub use discover::Discovery;

/// How strictly the one-piece aliases of an entity may match (the `match` column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatchRule {
    /// Any case, diacritics ignored (the default).
    #[default]
    Fold,
    /// Exact case only.
    Case,
    /// Exact case, and a cue in the sentence that a company or chip is meant.
    Cue,
}

impl MatchRule {
    /// Parses a `match` cell; empty means [`MatchRule::Fold`].
    pub fn parse(s: &str) -> Option<MatchRule> {
        match s.trim() {
            "" | "fold" => Some(MatchRule::Fold),
            "case" => Some(MatchRule::Case),
            "cue" => Some(MatchRule::Cue),
            _ => None,
        }
    }

    /// The `match` cell of the rule.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchRule::Fold => "fold",
            MatchRule::Case => "case",
            MatchRule::Cue => "cue",
        }
    }
}

/// What the gazetteer knows of one entity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityInfo {
    /// Stable slug (`nvidia`, `nvidia-h100`).
    pub id: String,
    /// `Some(Kind::Company)` or `Some(Kind::Chip)`.
    pub kind: Option<Kind>,
    /// The name mentions are normalized to (`NVIDIA`, `H100`).
    pub canonical: String,
    /// Companies: the parent company's id, or empty.
    pub parent: String,
    /// Chips: the id of the company that designs it, or empty.
    pub vendor: String,
    /// Companies: ISO 3166-1 alpha-2 code, or empty.
    pub country: String,
    /// Companies: a Wikidata QID, or empty.
    pub wikidata: String,
    /// Companies: a news medium or agency (`type` column `media`). A source reports
    /// facts and is never one of their ends.
    pub media: bool,
    /// Chips: gpu, accelerator, cpu, memory or system.
    pub chip_type: String,
    /// Chips: the product family (`Hopper`, `Instinct`), or empty.
    pub family: String,
    /// The aliases as written in the gazetteer (the canonical name first).
    pub aliases: Vec<String>,
    /// How the one-piece aliases may match.
    pub rule: MatchRule,
    /// Short forms (the `short` column), found only after another name of the entity
    /// earlier in the document, in exact case (`ST` for STMicroelectronics).
    pub short: Vec<String>,
}

/// Flag bits of the folded-key [`Lexicon`] of a gazetteer: what a folded token or
/// compound part may be. A token without the bit cannot be that, so most tokens are
/// dismissed by the one look-up of their folded form.
pub(crate) mod flag {
    /// The first piece of a listed name.
    pub const NAME_START: u32 = 1;
    /// A piece of a listed name followed by `s`, `'s` or `'` (a possible end variant).
    pub const NAME_VARIANT: u32 = 1 << 1;
    /// The first piece of an idiom or product name.
    pub const BLOCK_START: u32 = 1 << 2;
    /// A company cue word.
    pub const COMPANY_CUE: u32 = 1 << 3;
    /// A chip cue word.
    pub const CHIP_CUE: u32 = 1 << 4;
    /// A word that introduces a company name.
    pub const INTRO: u32 = 1 << 5;
    /// The first word of a phrase of several words that introduces a company name.
    pub const INTRO_PHRASE: u32 = 1 << 6;
    /// A function word that never is part of a name.
    pub const STOP: u32 = 1 << 7;
    /// A common word that looks like a name when capitalized.
    pub const GENERIC: u32 = 1 << 8;
    /// A word of the everyday sense of an ambiguous name.
    pub const OTHER_SENSE: u32 = 1 << 9;
    /// The head of a compound whose first part names a company.
    pub const HEAD: u32 = 1 << 10;
    /// The folded form of the first token of a legal form.
    pub const LEGAL_START: u32 = 1 << 11;
    /// The folded form of the first token of a company-name ending.
    pub const SUFFIX_START: u32 = 1 << 12;
    /// Not in the lexicon: the token may introduce a company name (the first word
    /// of an intro phrase, or a cue noun: `Discovery::introduces`).
    pub const INTRODUCES: u32 = 1 << 28;
    /// Not in the lexicon: a word or number token from which some chip pattern may
    /// match (`Discovery::no_chip_from` does not rule it out).
    pub const CHIP: u32 = 1 << 29;
    /// Not in the lexicon: the token or piece starts with an upper-case letter.
    pub const CAP: u32 = 1 << 30;
    /// Not in the lexicon: the folded form contains a hyphen.
    pub const COMPOUND: u32 = 1 << 31;
}

/// Entities (indices) named on their own evidence in a document, with the start of
/// their first mention.
type Known = HashMap<usize, usize>;

/// One alias, cut into pieces, as stored in the tries.
#[derive(Clone, Debug)]
struct Alias {
    entity: usize,
    /// The pieces as written (NFC, apostrophes as `'`), for the exact-case test.
    texts: Vec<String>,
    /// A short form (the `short` column): exact case, and only after another name of
    /// the same entity earlier in the document (`ST` after `STMicroelectronics`).
    short: bool,
}

/// Expressions inside which a name is not a mention: idioms and place names
/// (`the Big Apple`, `Vera Rubin Observatory`, per language in `name_blockers.txt`)
/// block every name; products and platforms (`Mistral Compute`, `products.csv`) block
/// `cue` names and discovered ones (a plain company name before a product word,
/// `Microsoft 365`, is still the company).
#[derive(Debug, Default)]
struct Blockers {
    /// Folded pieces → index into `texts`.
    trie: TokenTrie,
    /// The pieces as written, for the case test, and whether every name is blocked
    /// (idioms) or only `cue` and discovered names (products).
    texts: Vec<(Vec<String>, bool)>,
}

/// A span in which names are not mentions.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Blocked {
    pub span: Span,
    /// Every name (idioms), or only `cue` and discovered names (products).
    pub all: bool,
}

/// Companies, chips and the rules that find names the lists do not hold.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entities: Vec<EntityInfo>,
    by_id: HashMap<String, usize>,
    aliases: Vec<Alias>,
    /// Every folded key of the names, blockers and discovery word lists, with its
    /// [`flag`]s.
    lex: Lexicon,
    /// Folded pieces (ids of `lex`) → aliases.
    names: TokenTrie,
    /// Every stem key of the `stems` tries.
    stem_lex: Lexicon,
    /// Stems of pieces (ids of `stem_lex`) → multi-piece aliases, one trie per
    /// language of [`Lang::KNOWN`].
    stems: [TokenTrie; 3],
    /// Per language: the first stems of the stem trie's aliases that start with a
    /// capital (`[1]`) or not (`[0]`). A walk can only succeed from a piece of the
    /// same case as the alias.
    stem_first: [[PrefixFilter; 2]; 3],
    blockers: Blockers,
    discovery: Discovery,
}

/// A slice of a token: a whole token, or one part of a hyphenated compound.
#[derive(Clone, Debug)]
pub(crate) struct Piece<'a> {
    pub span: Span,
    /// Folded form (matching key), borrowed from the token (a whole token, or a part
    /// of an ASCII compound), owned only for the parts of other compounds.
    pub key: Cow<'a, str>,
    /// Original text.
    pub text: &'a str,
    /// Id of `key` in the gazetteer's lexicon.
    pub id: Option<u32>,
    /// Lexicon [`flag`]s of `key`, with [`flag::CAP`] and [`flag::COMPOUND`] (and, for
    /// whole tokens, the other token bits of [`View::tf`]).
    pub flags: u32,
    /// Index of the token in the sentence.
    pub tok: usize,
    /// Part index within a compound (0 for whole tokens).
    pub part: u32,
    /// Number of parts of the token (1 for whole tokens).
    pub nparts: u32,
}

/// A sentence as the matcher sees it (built by [`Gazetteer::view`]): its pieces, the
/// flags of each token and what the company finders of discovery may look for. The
/// buffers are reused from one sentence of a document to the next.
#[derive(Debug, Default)]
pub(crate) struct View<'a> {
    /// Whole tokens, and the parts of hyphenated compounds, in text order.
    pub pieces: Vec<Piece<'a>>,
    /// Per token: the [`flag`]s of its folded form, with [`flag::CAP`],
    /// [`flag::COMPOUND`], [`flag::INTRODUCES`] and [`flag::CHIP`].
    pub tf: Vec<u32>,
    /// The union of the flags of every token.
    pub token_flags: u32,
    /// The union of the flags of every token but the first.
    pub later_flags: u32,
    /// The union of the flags of every piece.
    pub piece_flags: u32,
    /// The first token with [`flag::INTRODUCES`].
    pub first_intro: Option<usize>,
}

/// What supports a candidate before the rest of the document is known.
#[derive(Clone, Copy, Debug)]
enum Sign {
    /// A sign of its own (or no sign needed).
    Own,
    /// An everyday sense near it and no cue word of its own: never a mention.
    Contra,
    /// A short form of this entity: a mention after another name of it earlier in the
    /// document.
    Short(usize),
    /// A cue-only name of this entity without a sign of its own: a mention if the entity
    /// is named firmly elsewhere in the document (or a neighbour supports it).
    Document(usize),
}

/// A sentence's candidates, before the rest of the document is known.
#[derive(Debug)]
struct Prepared {
    blocked: Vec<Blocked>,
    cands: Vec<Candidate>,
    /// One per candidate.
    signs: Vec<Sign>,
}

impl Prepared {
    /// The entities of the candidates whose support depends on the rest of the document.
    fn undecided(&self) -> impl Iterator<Item = usize> + '_ {
        self.signs.iter().filter_map(|s| match *s {
            Sign::Short(e) | Sign::Document(e) => Some(e),
            Sign::Own | Sign::Contra => None,
        })
    }
}

/// A candidate name found by the walk.
#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    first: usize,
    last: usize,
    alias: usize,
    method: Method,
    /// Whether it still needs a cue in the sentence.
    needs_cue: bool,
    /// Whether it is a short form, valid only after another name of its entity.
    short: bool,
}

const COMPANY_COLUMNS: [&str; 6] = ["id", "canonical", "aliases", "country", "parent", "wikidata"];
const CHIP_COLUMNS: [&str; 6] = ["id", "canonical", "aliases", "vendor", "type", "family"];
/// The chip types the `type` column accepts.
pub const CHIP_TYPES: [&str; 5] = ["gpu", "accelerator", "cpu", "memory", "system"];

impl Gazetteer {
    /// Loads `companies.csv`, `chips.csv`, `chip_patterns.csv` and the per-language
    /// lists from `dir`, and validates them: the first problem [`check`] would report
    /// is returned as the error.
    pub fn load(dir: &Path) -> Result<Gazetteer, DataError> {
        let (gazetteer, errors) = build(dir);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(gazetteer),
        }
    }

    /// Company and chip mentions of one sentence, in text order, without overlaps.
    pub fn find(&self, cx: &SentenceContext) -> Vec<Mention> {
        let mut view = View::default();
        self.view(cx, &mut view);
        let prepared = self.prepare(cx, &view);
        self.resolve(cx, &view, &prepared, &Known::new())
    }

    /// Company and chip mentions of every sentence of one document.
    ///
    /// Like [`Gazetteer::find`] on each sentence, with one more sign for `cue` names:
    /// an entity found anywhere in the document on its own evidence (`Mistral AI`, or
    /// `Bleu` next to `Orange et Capgemini`) supports its ambiguous aliases (`Mistral`,
    /// `Bleu`) in every sentence (one sense per discourse).
    ///
    /// Short forms (the `short` column: `ST` for STMicroelectronics) are found only after
    /// another name of their entity earlier in the document.
    pub fn find_document<'a>(&self, sentences: &[SentenceContext<'a>]) -> Vec<Vec<Mention>> {
        let none = Known::new();
        let mut view = View::default();
        let mut found = Vec::with_capacity(sentences.len());
        // The sentences whose mentions may change with the rest of the document, with
        // what their second look needs.
        let mut pending: Vec<(usize, View<'a>, Prepared)> = Vec::new();
        for (i, cx) in sentences.iter().enumerate() {
            self.view(cx, &mut view);
            let prepared = self.prepare(cx, &view);
            found.push(self.resolve(cx, &view, &prepared, &none));
            if prepared.undecided().next().is_some() {
                pending.push((i, std::mem::take(&mut view), prepared));
            }
        }
        // Each entity named on its own evidence, with the start of its first mention.
        let mut known = Known::new();
        for m in found.iter().flatten() {
            if let Some(&e) = self.by_id.get(&m.entity_id) {
                let at = known.entry(e).or_insert(m.span.start);
                *at = (*at).min(m.span.start);
            }
        }
        // A sentence's mentions change with `known` only when one of its cue-only names
        // lacked a sign of its own: only those sentences are resolved again.
        for (i, view, prepared) in &pending {
            if let (Some(cx), Some(out)) = (sentences.get(*i), found.get_mut(*i)) {
                if prepared.undecided().any(|e| known.contains_key(&e)) {
                    *out = self.resolve(cx, view, prepared, &known);
                }
            }
        }
        found
    }

    /// The candidates of a sentence (its `view`) and what supports each of them before
    /// the rest of the document is known.
    fn prepare(&self, cx: &SentenceContext, view: &View) -> Prepared {
        let (pieces, tf) = (&view.pieces[..], &view.tf[..]);
        let blocked = self.blocked(pieces);
        let mut cands = self.candidates(cx, pieces, cx.sentence.lang);
        // Names inside an idiom or a product name are no mentions (`the Big Apple`).
        cands
            .retain(|c| !blocked.iter().any(|b| (b.all || c.needs_cue) && b.span.contains(c.span)));
        // Everyday senses near a `cue` name (`in Magenta und Orange`): only a cue word
        // of its own can make it a company then.
        let contra: Vec<bool> = cands
            .iter()
            .map(|c| {
                c.needs_cue
                    && self.discovery.other_sense_near(cx, pieces, tf, c.first, c.last, &cands)
            })
            .collect();
        // Cue-only names need some other sign that a company (or chip) is meant: a cue
        // word of their kind near them (strongest); or the chip's vendor named in the
        // sentence, the entity named firmly elsewhere in the document, or another firm
        // name right next to it (`Airbus, Orange ou Atos`).
        let signs = cands
            .iter()
            .zip(&contra)
            .map(|(c, &contra)| {
                let ei = self.aliases[c.alias].entity;
                let e = &self.entities[ei];
                if c.short {
                    Sign::Short(ei)
                } else if !c.needs_cue
                    || self.discovery.context(
                        cx,
                        pieces,
                        tf,
                        c.first,
                        c.last,
                        e.kind == Some(Kind::Chip),
                    )
                {
                    Sign::Own
                } else if contra {
                    Sign::Contra
                } else {
                    Sign::Document(ei)
                }
            })
            .collect();
        Prepared { blocked, cands, signs }
    }

    /// The mentions of a prepared sentence, with the entities (indices) named firmly
    /// in the document and where they were first named.
    fn resolve(
        &self,
        cx: &SentenceContext,
        view: &View,
        prepared: &Prepared,
        known: &Known,
    ) -> Vec<Mention> {
        let cands = &prepared.cands;
        let mut support = initial_support(cands, &prepared.signs, known);
        self.spread_support(cx, &view.pieces, prepared, &mut support);
        let mut cands: Vec<(&Candidate, u8)> =
            cands.iter().zip(support).filter(|(_, s)| *s > 0).collect();
        // Leftmost-longest, then the strictest method, then the best supported reading,
        // then the first entity listed.
        cands.sort_by(|(a, sa), (b, sb)| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(b.span.end.cmp(&a.span.end))
                .then(method_rank(a.method).cmp(&method_rank(b.method)))
                .then(sb.cmp(sa))
                .then(self.aliases[a.alias].entity.cmp(&self.aliases[b.alias].entity))
        });
        let cands = cands.into_iter().map(|(c, _)| c);
        let mut out: Vec<Mention> = Vec::new();
        for c in cands {
            if out.iter().any(|m| m.span.overlaps(c.span)) {
                continue;
            }
            let e = &self.entities[self.aliases[c.alias].entity];
            let mut m = Mention::new(e.kind.unwrap_or(Kind::Company), c.span, c.method);
            m.canonical = e.canonical.clone();
            m.entity_id = e.id.clone();
            out.push(m);
        }
        self.discovery.find(cx, view, self, &prepared.blocked, &mut out);
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    /// A supported name supports its neighbours in turn (`Bleu (Orange et Capgemini)`):
    /// an unsupported candidate (neither contradicted nor a short form) next to a
    /// supported one, or whose vendor is a supported one or its parent, gets support 2.
    fn spread_support(
        &self,
        cx: &SentenceContext,
        pieces: &[Piece],
        prepared: &Prepared,
        support: &mut [u8],
    ) {
        let cands = &prepared.cands;
        let contra: Vec<bool> = prepared.signs.iter().map(|s| matches!(s, Sign::Contra)).collect();
        for _ in 0..4 {
            let mut changed = false;
            for k in 0..cands.len() {
                if support[k] > 0 || contra[k] || cands[k].short {
                    continue;
                }
                let c = &cands[k];
                let e = &self.entities[self.aliases[c.alias].entity];
                let by = |f: &Candidate| {
                    let fe = &self.entities[self.aliases[f.alias].entity];
                    !f.span.overlaps(c.span)
                        && ((!e.vendor.is_empty() && (fe.id == e.vendor || fe.parent == e.vendor))
                            || side_by_side(cx, pieces, c, f))
                };
                if cands.iter().zip(support.iter()).any(|(f, &s)| s > 0 && by(f)) {
                    support[k] = 2;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// A gazetteer that knows these entities (vendors, parents) but matches no names:
    /// for testing later stages on hand-built mentions.
    pub fn from_entities(entities: Vec<EntityInfo>) -> Gazetteer {
        let by_id = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        Gazetteer { entities, by_id, ..Gazetteer::default() }
    }

    /// The company listed under exactly these folded words, if any (`meta` → Meta).
    pub(crate) fn listed_company(&self, keys: &[&str]) -> Option<&EntityInfo> {
        let mut node = ROOT;
        for k in keys {
            node = self.names.step(node, self.lex.get(k)?)?;
        }
        self.names
            .terminals(node)
            .iter()
            .map(|&a| &self.entities[self.aliases[a as usize].entity])
            .find(|e| e.kind == Some(Kind::Company))
    }

    /// The id and [`flag`]s of a folded key whose original text is `text`, with
    /// [`flag::CAP`] and [`flag::COMPOUND`].
    #[inline]
    fn key_flags(&self, key: &str, text: &str) -> (Option<u32>, u32) {
        let (id, f) = self.lex.lookup(key).map_or((None, 0), |(id, f)| (Some(id), f));
        let cap = if upper_initial(text) { flag::CAP } else { 0 };
        let compound = if has_hyphen(key.as_bytes()) { flag::COMPOUND } else { 0 };
        (id, f | cap | compound)
    }

    /// Fills `view` with the pieces of a sentence (whole tokens, and the parts of
    /// hyphenated compounds) and the [`flag`]s of each token: one lexicon look-up per
    /// token and per compound part, and one pass for what discovery needs.
    pub(crate) fn view<'a>(&self, cx: &SentenceContext<'a>, view: &mut View<'a>) {
        let toks = cx.tokens();
        view.pieces.clear();
        view.tf.clear();
        view.token_flags = 0;
        view.later_flags = 0;
        view.piece_flags = 0;
        view.first_intro = None;
        for (ti, t) in toks.iter().enumerate() {
            let text = t.text(cx.text);
            let folded: &'a str = &t.folded;
            let (id, mut f) = self.key_flags(folded, text);
            if self.discovery.introduces(t, f) {
                f |= flag::INTRODUCES;
                view.first_intro = view.first_intro.or(Some(ti));
            }
            if (t.is_word() || t.is_number()) && !self.discovery.no_chip_from(text) {
                f |= flag::CHIP;
            }
            view.tf.push(f);
            view.token_flags |= f;
            if ti > 0 {
                view.later_flags |= f;
            }
            if !(t.is_word() && f & flag::COMPOUND != 0 && self.push_parts(t, text, ti, view)) {
                view.piece_flags |= f;
                view.pieces.push(Piece {
                    span: t.span,
                    key: Cow::Borrowed(folded),
                    text,
                    id,
                    flags: f,
                    tok: ti,
                    part: 0,
                    nparts: 1,
                });
            }
        }
    }

    /// Pushes the parts of the hyphenated compound `t` (text `text`, token `ti`) as
    /// pieces, the way [`Token::parts`] cuts it; `false` (and nothing pushed) when it
    /// has fewer than two parts.
    fn push_parts<'a>(&self, t: &'a Token, text: &'a str, ti: usize, view: &mut View<'a>) -> bool {
        let folded: &'a str = &t.folded;
        let first = view.pieces.len();
        // The hyphens, then the end of the text: each closes a part that is not empty.
        let ends = text
            .char_indices()
            .filter(|&(_, c)| is_hyphen(c))
            .map(|(i, c)| (i, i + c.len_utf8()))
            .chain(std::iter::once((text.len(), text.len())));
        // Folding maps each hyphen to `-` and never makes one, part by part: the
        // folded part is the matching `-`-separated piece of the token's folded form
        // (computed again only if the counts of hyphens differ).
        let aligned = text.chars().filter(|&c| is_hyphen(c)).count()
            == folded.bytes().filter(|&b| b == b'-').count();
        let mut keys = folded.split('-');
        let mut start = 0;
        for (end, next) in ends {
            let folded_part = keys.next();
            if end > start {
                let ptext = &text[start..end];
                let key = match folded_part {
                    Some(k) if aligned => Cow::Borrowed(k),
                    _ => Cow::Owned(fold_form(&lower_form(ptext))),
                };
                debug_assert_eq!(key, fold_form(&lower_form(ptext)));
                let (id, flags) = self.key_flags(&key, ptext);
                let span = Span::new(t.span.start + start, t.span.start + end);
                view.pieces.push(Piece {
                    span,
                    key,
                    text: ptext,
                    id,
                    flags,
                    tok: ti,
                    part: 0,
                    nparts: 0,
                });
            }
            start = next;
        }
        let parts = &mut view.pieces[first..];
        if parts.len() < 2 {
            view.pieces.truncate(first);
            return false;
        }
        let n = parts.len() as u32;
        for (i, p) in parts.iter_mut().enumerate() {
            p.part = i as u32;
            p.nparts = n;
            view.piece_flags |= p.flags;
        }
        true
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&EntityInfo> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// Every entity, companies first, in file order.
    pub fn entities(&self) -> &[EntityInfo] {
        &self.entities
    }

    /// The spans of the idioms and product names of a sentence (`the Big Apple`,
    /// `Mistral Compute`): no name inside one is a mention.
    fn blocked(&self, pieces: &[Piece]) -> Vec<Blocked> {
        let trie = &self.blockers.trie;
        let mut out = Vec::new();
        for i in 0..pieces.len() {
            if pieces[i].flags & flag::BLOCK_START == 0 {
                continue;
            }
            let mut node = ROOT;
            for j in i..pieces.len() {
                let Some(n) = pieces[j].id.and_then(|k| trie.step(node, k)) else { break };
                node = n;
                for &b in trie.terminals(n) {
                    let (texts, all) = &self.blockers.texts[b as usize];
                    // The same initial capitals, except that the first word may be
                    // capitalized at the start of a sentence (`Le mistral`).
                    let same = (i..=j).zip(texts).enumerate().all(|(x, (k, t))| {
                        let a = upper_initial(pieces[k].text);
                        let b = upper_initial(t);
                        a == b || (x == 0 && a && !b)
                    });
                    if same && texts.len() == j - i + 1 {
                        out.push(Blocked {
                            span: Span::new(pieces[i].span.start, pieces[j].span.end),
                            all: *all,
                        });
                    }
                }
            }
        }
        out
    }

    /// All candidate names of a sentence (before cue filtering and overlap resolution).
    fn candidates(&self, cx: &SentenceContext, pieces: &[Piece], lang: Lang) -> Vec<Candidate> {
        let tokens = cx.tokens();
        let mut out = Vec::new();
        let l = lang.index();
        let stem_trie = l.and_then(|l| self.stems.get(l));
        let stem_first = l.and_then(|l| self.stem_first.get(l));
        let stem_key = |q: &Piece| tokens.get(q.tok).and_then(|t| self.stem_lex.get(stem_of(t)));
        for i in 0..pieces.len() {
            let p = &pieces[i];
            // A name inside a compound starts at its first part, or at a capital or digit.
            if p.part > 0
                && !p.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                continue;
            }
            // Folded walk, with end-only variants of each piece. Only a piece that
            // starts a name, or one that is a name piece plus `s` or `'s`, can start one.
            if p.flags & (flag::NAME_START | flag::NAME_VARIANT) != 0 {
                let mut node = ROOT;
                for j in i..pieces.len() {
                    let q = &pieces[j];
                    if q.flags & flag::NAME_VARIANT != 0 {
                        if let Some(v) = end_variant(q) {
                            if let Some(n) =
                                self.lex.get(v.key).and_then(|k| self.names.step(node, k))
                            {
                                for &a in self.names.terminals(n) {
                                    self.accept(pieces, i, j, a as usize, &v, lang, &mut out);
                                }
                            }
                        }
                    }
                    let Some(n) = q.id.and_then(|k| self.names.step(node, k)) else { break };
                    node = n;
                    let plain = Variant { key: &q.key, trim: None, inflected: false };
                    for &a in self.names.terminals(n) {
                        self.accept(pieces, i, j, a as usize, &plain, lang, &mut out);
                    }
                }
            }
            // Stem walk over whole word tokens, for inflected multi-word names (which
            // keep the initial case of the alias: only a piece of the case of some
            // alias's first piece can start one).
            let may_start = p.nparts == 1
                && stem_first.is_some_and(|f| {
                    let f = &f[usize::from(p.flags & flag::CAP != 0)];
                    tokens.get(p.tok).is_some_and(|t| f.may_contain(stem_of(t)))
                });
            if let (Some(stems), true) = (stem_trie, may_start) {
                let mut node = ROOT;
                for (j, q) in pieces.iter().enumerate().skip(i) {
                    if q.nparts != 1 || j - i > 6 {
                        break;
                    }
                    if tokens.get(q.tok).is_none() {
                        break;
                    }
                    let Some(n) = stem_key(q).and_then(|k| stems.step(node, k)) else { break };
                    node = n;
                    for &a in stems.terminals(n) {
                        let a = a as usize;
                        if same_initial_case(pieces, i, j, &self.aliases[a].texts) {
                            out.push(Candidate {
                                span: Span::new(p.span.start, q.span.end),
                                first: i,
                                last: j,
                                alias: a,
                                method: Method::Stemmed,
                                needs_cue: false,
                                short: self.aliases[a].short,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    /// Checks one trie hit against its alias's rule and records it.
    #[allow(clippy::too_many_arguments)]
    fn accept(
        &self,
        pieces: &[Piece],
        i: usize,
        j: usize,
        a: usize,
        v: &Variant,
        lang: Lang,
        out: &mut Vec<Candidate>,
    ) {
        let alias = &self.aliases[a];
        let entity = &self.entities[alias.entity];
        if alias.texts.len() != j - i + 1 {
            return;
        }
        if v.inflected {
            // Genitive -s for companies in German, plural -s for chips.
            let ok = match entity.kind {
                Some(Kind::Chip) => true,
                _ => lang == Lang::De,
            };
            if !ok || !same_initial_case(pieces, i, j, &alias.texts) {
                return;
            }
        }
        let one_piece = alias.texts.len() == 1;
        // A one-piece name as a later compound part needs at least two characters.
        if one_piece && pieces[i].part > 0 && pieces[i].text.chars().count() < 2 {
            return;
        }
        let exact = (i..=j).zip(&alias.texts).all(|(k, t)| {
            let surface = if k == j { v.surface(&pieces[k]) } else { pieces[k].text };
            same_case_form(surface, t)
        });
        if (alias.short || one_piece && entity.rule != MatchRule::Fold) && !exact {
            return;
        }
        // A name of several words written with capitals is not found in running
        // lower-case text (`le monde` is not Le Monde).
        let capital =
            |t: &str| t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !one_piece
            && alias.texts.iter().any(|t| capital(t))
            && !(i..=j).any(|k| capital(pieces[k].text))
        {
            return;
        }
        let end = match v.trim {
            Some(e) => e,
            None => pieces[j].span.end,
        };
        let method = if v.inflected {
            Method::Stemmed
        } else if exact {
            Method::Exact
        } else {
            Method::Folded
        };
        out.push(Candidate {
            span: Span::new(pieces[i].span.start, end),
            first: i,
            last: j,
            alias: a,
            method,
            needs_cue: one_piece && entity.rule == MatchRule::Cue,
            short: alias.short,
        });
    }
}

/// Reads and validates everything, collecting every problem.
///
/// This is what `veille gazetteer check` reports: duplicate ids, aliases claimed by two
/// entities without an ambiguity rule, unknown parent or vendor ids, empty canonicals,
/// bad `match`, `country`, `wikidata` and `type` values, bad chip patterns, and unreadable
/// files, each with its `file:line`.
pub fn check(dir: &Path) -> Vec<DataError> {
    build(dir).1
}

/// How well each candidate is supported once the document's firmly named entities
/// (`known`) are known: 3 on its own evidence, 2 on the document's, 0 for none.
fn initial_support(cands: &[Candidate], signs: &[Sign], known: &Known) -> Vec<u8> {
    cands
        .iter()
        .zip(signs)
        .map(|(c, sign)| match *sign {
            Sign::Own => 3,
            Sign::Contra => 0,
            // A short form needs its entity named earlier in the document.
            Sign::Short(ei) => {
                if known.get(&ei).is_some_and(|&at| at < c.span.start) {
                    3
                } else {
                    0
                }
            }
            Sign::Document(ei) => {
                if known.contains_key(&ei) {
                    2
                } else {
                    0
                }
            }
        })
        .collect()
}

/// Whether two names stand side by side: only punctuation between them, or one short
/// lower-case word (`Orange et Capgemini`, `Airbus, Orange, ou Atos`, `Bleu** (Orange`).
fn side_by_side(cx: &SentenceContext, pieces: &[Piece], a: &Candidate, b: &Candidate) -> bool {
    let (x, y) = if a.last < b.first { (a, b) } else { (b, a) };
    let (Some(px), Some(py)) = (pieces.get(x.last), pieces.get(y.first)) else { return false };
    if px.tok >= py.tok {
        return px.tok == py.tok;
    }
    let between = &cx.tokens()[px.tok + 1..py.tok];
    let words: Vec<&Token> = between.iter().filter(|t| t.is_word()).collect();
    between.len() <= 4
        && words.len() <= 1
        && words.iter().all(|t| t.lower.chars().count() <= 3 && !t.is_capitalized(cx.text))
}

fn method_rank(m: Method) -> u8 {
    match m {
        Method::Exact => 0,
        Method::Folded => 1,
        Method::Stemmed => 2,
        _ => 3,
    }
}

/// One way to read the last piece of a name.
struct Variant<'k> {
    key: &'k str,
    /// The end of the name when a possessive is left out.
    trim: Option<usize>,
    /// A genitive or plural `-s` was taken off.
    inflected: bool,
}

impl Variant<'_> {
    /// The piece's surface that stands for the alias piece.
    fn surface<'a>(&self, p: &Piece<'a>) -> &'a str {
        if let Some(end) = self.trim {
            return &p.text[..end - p.span.start];
        }
        if self.inflected {
            // The folded key lost one trailing `s`; so does the surface.
            return p.text.strip_suffix(['s', 'S']).unwrap_or(p.text);
        }
        p.text
    }
}

/// The reading of a piece that may only end a name, if any: without a possessive
/// (`Nvidia's`), or without a genitive or plural `-s` (`Nvidias`, `H100s`).
fn end_variant<'k>(p: &'k Piece) -> Option<Variant<'k>> {
    let key: &str = &p.key;
    if let Some(stripped) = key.strip_suffix("'s").or_else(|| key.strip_suffix('\'')) {
        if !stripped.is_empty() {
            if let Some((ap, _)) = p.text.char_indices().rev().find(|&(_, c)| is_apostrophe(c)) {
                if ap > 0 {
                    return Some(Variant {
                        key: stripped,
                        trim: Some(p.span.start + ap),
                        inflected: false,
                    });
                }
            }
        }
    } else if p.text.ends_with(['s', 'S']) && key.chars().count() >= 3 {
        if let Some(stripped) = key.strip_suffix('s') {
            return Some(Variant { key: stripped, trim: None, inflected: true });
        }
    }
    None
}

/// Whether pieces `i..=j` start with upper or lower case like the alias pieces.
fn same_initial_case(pieces: &[Piece], i: usize, j: usize, texts: &[String]) -> bool {
    if texts.len() != j - i + 1 {
        return false;
    }
    (i..=j).zip(texts).all(|(k, t)| {
        let a = pieces[k].text.chars().next().is_some_and(char::is_uppercase);
        let b = t.chars().next().is_some_and(char::is_uppercase);
        a == b
    })
}

fn stem_of(t: &Token) -> &str {
    if t.stem.is_empty() {
        &t.lower
    } else {
        &t.stem
    }
}

/// NFC with apostrophes as `'`: the form in which exact case is compared.
fn case_form(s: &str) -> String {
    s.nfc().map(|c| if is_apostrophe(c) { '\'' } else { c }).collect()
}

/// Whether `case_form(s) == form`, without building the case form of ASCII text (NFC
/// and the apostrophe mapping leave ASCII unchanged).
fn same_case_form(s: &str, form: &str) -> bool {
    if s.is_ascii() {
        s == form
    } else {
        case_form(s) == form
    }
}

/// An alias cut into pieces the way a sentence is: `(text, folded key)` per piece.
fn alias_pieces(alias: &str) -> Vec<(String, String)> {
    let rules = TokenRules::default();
    let mut out = Vec::new();
    for t in tokenize(alias, Span::new(0, alias.len()), &rules) {
        let parts = if t.is_word() { t.parts(alias) } else { Vec::new() };
        if parts.len() > 1 {
            for s in parts {
                let text = s.slice(alias);
                out.push((case_form(text), fold_form(&lower_form(text))));
            }
        } else {
            out.push((case_form(t.text(alias)), t.folded.to_string()));
        }
    }
    out
}

/// Whether piece `n` of an alias is a later part of a hyphenated compound.
fn starts_compound_part(alias: &str, n: usize) -> bool {
    let mut k = 0;
    for t in tokenize(alias, Span::new(0, alias.len()), &TokenRules::default()) {
        let parts = if t.is_word() { t.parts(alias).len().max(1) } else { 1 };
        if n < k + parts {
            return n > k;
        }
        k += parts;
    }
    false
}

/// The ways a sentence tokenizer may cut an alias with an apostrophe: unsplit
/// (`L'Oréal`), elided (`L'` + `Oréal`) or with a clitic (`Moody` + `'s`).
fn apostrophe_variants(pieces: Vec<(String, String)>) -> Vec<Vec<(String, String)>> {
    let mut variants: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for (text, key) in pieces {
        let ap = text
            .char_indices()
            .find(|&(i, c)| c == '\'' && i > 0 && i + 1 < text.len())
            .map(|(i, _)| i);
        let kap = key.find('\'');
        let mut options = vec![vec![(text.clone(), key.clone())]];
        if let (Some(a), Some(k)) = (ap, kap) {
            options.push(vec![
                (text[..=a].to_string(), key[..=k].to_string()),
                (text[a + 1..].to_string(), key[k + 1..].to_string()),
            ]);
            options.push(vec![
                (text[..a].to_string(), key[..k].to_string()),
                (text[a..].to_string(), key[k..].to_string()),
            ]);
        }
        let mut next = Vec::new();
        for v in &variants {
            for o in &options {
                let mut w = v.clone();
                w.extend(o.iter().cloned());
                next.push(w);
            }
            if next.len() > 16 {
                break;
            }
        }
        variants = next;
    }
    variants
}

/// Where an alias was claimed, for collision reports.
struct Claim {
    entity: usize,
    exact: String,
    path: PathBuf,
    line: usize,
}

/// Reads every file under `dir`, returning the gazetteer and all problems found.
fn build(dir: &Path) -> (Gazetteer, Vec<DataError>) {
    let mut errors = Vec::new();
    let mut g = Gazetteer::default();
    let rows = read_entity_tables(dir, &mut errors);
    let entity_rows = add_entities(&mut g, &rows, &mut errors);
    check_references(&g, &entity_rows, &mut errors);
    let alias_keys = add_aliases(&mut g, &entity_rows, &mut errors);
    load_blockers(dir, &g.by_id, &alias_keys, &mut g.lex, &mut g.blockers, &mut errors);
    match Discovery::load(dir, &g.by_id, &mut g.lex) {
        Ok((d, errs)) => {
            g.discovery = d;
            errors.extend(errs);
        }
        Err(e) => errors.push(e),
    }
    (g, errors)
}

/// The rows of `companies.csv` and `chips.csv`, with the kind of entity they list.
fn read_entity_tables(dir: &Path, errors: &mut Vec<DataError>) -> Vec<(Row, Kind)> {
    let mut rows: Vec<(Row, Kind)> = Vec::new();
    for (file, kind, cols) in [
        ("companies.csv", Kind::Company, &COMPANY_COLUMNS),
        ("chips.csv", Kind::Chip, &CHIP_COLUMNS),
    ] {
        match read_table(&dir.join(file), cols) {
            Ok(rs) => rows.extend(rs.into_iter().map(|r| (r, kind))),
            Err(e) => errors.push(e),
        }
    }
    rows
}

/// Adds the entity of every row with a new, non-empty id; returns the rows of the
/// entities added (same index as `g.entities`).
fn add_entities(g: &mut Gazetteer, rows: &[(Row, Kind)], errors: &mut Vec<DataError>) -> Vec<Row> {
    let mut lines: HashMap<String, (PathBuf, usize)> = HashMap::new();
    let mut entity_rows = Vec::new();
    for (row, kind) in rows {
        let id = row.get("id");
        if id.is_empty() {
            errors.push(row.error("column `id` is empty"));
            continue;
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        {
            errors.push(row.error(format!("id `{id}` is not a slug (a-z, 0-9, `-`, `_`, `.`)")));
        }
        if let Some((p, l)) = lines.get(id) {
            errors.push(row.error(format!("duplicate id `{id}` (first at {}:{l})", p.display())));
            continue;
        }
        lines.insert(id.to_string(), (row.path.clone(), row.line));
        let e = entity_of_row(row, *kind, errors);
        g.by_id.insert(e.id.clone(), g.entities.len());
        g.entities.push(e);
        entity_rows.push(row.clone());
    }
    entity_rows
}

/// The entity a row with a valid id lists, with the problems of its other cells.
fn entity_of_row(row: &Row, kind: Kind, errors: &mut Vec<DataError>) -> EntityInfo {
    let id = row.get("id");
    let canonical = row.get("canonical");
    if canonical.is_empty() {
        errors.push(row.error(format!("`{id}`: empty canonical")));
    }
    let rule =
        MatchRule::parse(row.get("match")).unwrap_or_else(|| {
            errors.push(row.error(format!(
                "`{id}`: bad match value `{}` (fold, case or cue)",
                row.get("match")
            )));
            MatchRule::Fold
        });
    let mut aliases = vec![canonical.to_string()];
    for a in row.get("aliases").split('|').map(str::trim).filter(|a| !a.is_empty()) {
        if !aliases.iter().any(|x| x == a) {
            aliases.push(a.to_string());
        }
    }
    let short: Vec<String> = row
        .get("short")
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty() && !aliases.iter().any(|x| x == a))
        .map(str::to_string)
        .collect();
    let mut e = EntityInfo {
        id: id.to_string(),
        kind: Some(kind),
        canonical: canonical.to_string(),
        aliases,
        rule,
        short,
        ..EntityInfo::default()
    };
    match kind {
        Kind::Company => company_columns(row, &mut e, errors),
        _ => chip_columns(row, &mut e, errors),
    }
    e
}

/// The columns of `companies.csv` only: country, parent and Wikidata QID.
fn company_columns(row: &Row, e: &mut EntityInfo, errors: &mut Vec<DataError>) {
    let id = &e.id;
    e.country = row.get("country").to_string();
    e.parent = row.get("parent").to_string();
    e.wikidata = row.get("wikidata").to_string();
    match row.get("type") {
        "" => {}
        "media" => e.media = true,
        other => errors.push(row.error(format!("`{id}`: unknown type `{other}` (media or empty)"))),
    }
    let iso_country = e.country.len() == 2 && e.country.bytes().all(|b| b.is_ascii_uppercase());
    if !e.country.is_empty() && !iso_country {
        errors.push(
            row.error(format!("`{id}`: bad country `{}` (ISO 3166-1 alpha-2, like DE)", e.country)),
        );
    }
    let w = &e.wikidata;
    let qid = w.len() > 1 && w.starts_with('Q') && w[1..].bytes().all(|b| b.is_ascii_digit());
    if !w.is_empty() && !qid {
        errors.push(row.error(format!("`{id}`: bad wikidata `{w}` (a QID like Q182477)")));
    }
}

/// The columns of `chips.csv` only: vendor, type and family.
fn chip_columns(row: &Row, e: &mut EntityInfo, errors: &mut Vec<DataError>) {
    e.vendor = row.get("vendor").to_string();
    e.chip_type = row.get("type").to_string();
    e.family = row.get("family").to_string();
    if !CHIP_TYPES.contains(&e.chip_type.as_str()) {
        errors.push(row.error(format!(
            "`{}`: bad type `{}` ({})",
            e.id,
            e.chip_type,
            CHIP_TYPES.join(", ")
        )));
    }
}

/// Checks that every parent and vendor is the id of another company.
fn check_references(g: &Gazetteer, entity_rows: &[Row], errors: &mut Vec<DataError>) {
    for (e, row) in g.entities.iter().zip(entity_rows) {
        for (col, target) in [("parent", &e.parent), ("vendor", &e.vendor)] {
            if target.is_empty() {
                continue;
            }
            match g.by_id.get(target.as_str()).map(|&i| &g.entities[i]) {
                None => errors.push(row.error(format!("`{}`: unknown {col} id `{target}`", e.id))),
                Some(t) if t.kind != Some(Kind::Company) => {
                    errors.push(row.error(format!("`{}`: {col} `{target}` is not a company", e.id)))
                }
                Some(t) if t.id == e.id => {
                    errors.push(row.error(format!("`{}`: is its own {col}", e.id)))
                }
                _ => {}
            }
        }
    }
}

/// Indexes the aliases and short forms of every entity, reporting those that another
/// entity claims too when no `match` rule tells them apart. Returns the folded keys of
/// every alias.
fn add_aliases(
    g: &mut Gazetteer,
    entity_rows: &[Row],
    errors: &mut Vec<DataError>,
) -> HashSet<Vec<String>> {
    // The entities are only read from here on; taken out, they leave the tries free to
    // be written.
    let entities = std::mem::take(&mut g.entities);
    let company_keys = company_alias_keys(&entities);
    let mut stemmer = Stemmer::new();
    let mut claims: HashMap<Vec<String>, Vec<Claim>> = HashMap::new();
    let mut name_keys: HashSet<String> = HashSet::new();
    for (ei, row) in entity_rows.iter().enumerate() {
        let e = &entities[ei];
        let vendor_keys = g.by_id.get(e.vendor.as_str()).and_then(|v| company_keys.get(v));
        let mut seen: HashSet<Vec<String>> = HashSet::new();
        let all = e.aliases.iter().map(|a| (a, false)).chain(e.short.iter().map(|a| (a, true)));
        for (alias, short) in all {
            let mut pieces = alias_pieces(alias);
            if pieces.is_empty() {
                errors.push(row.error(format!("`{}`: alias `{alias}` has no word", e.id)));
                continue;
            }
            if let Some(vks) = vendor_keys {
                strip_vendor(alias, &mut pieces, vks);
            }
            let keys: Vec<String> = pieces.iter().map(|p| p.1.clone()).collect();
            if !seen.insert(keys.clone()) {
                continue;
            }
            let exact = pieces.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(" ");
            let one_piece = keys.len() == 1;
            let list = claims.entry(keys).or_default();
            for c in list.iter() {
                let other = &entities[c.entity];
                if c.entity != ei && !told_apart(e, other, one_piece, short, &exact, &c.exact) {
                    errors.push(row.error(format!(
                        "alias `{alias}` of `{}` is also claimed by `{}` ({}:{}) and no `match` rule tells them apart",
                        e.id,
                        other.id,
                        c.path.display(),
                        c.line
                    )));
                }
            }
            list.push(Claim { entity: ei, exact, path: row.path.clone(), line: row.line });
            for variant in apostrophe_variants(pieces) {
                g.add_alias_variant(variant, ei, short, &mut stemmer, &mut name_keys);
            }
        }
    }
    g.entities = entities;
    // A name's last piece may carry a possessive or an `-s` (see `end_variant`).
    for k in &name_keys {
        for end in ["s", "'s", "'"] {
            g.lex.mark(&format!("{k}{end}"), flag::NAME_VARIANT);
        }
    }
    claims.into_keys().collect()
}

/// The folded keys of the pieces of every alias of every company, by entity index.
fn company_alias_keys(entities: &[EntityInfo]) -> HashMap<usize, Vec<Vec<String>>> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Some(Kind::Company))
        .map(|(i, e)| {
            (
                i,
                e.aliases
                    .iter()
                    .map(|a| alias_pieces(a).into_iter().map(|p| p.1).collect())
                    .collect(),
            )
        })
        .collect()
}

/// `Nvidia H100` is the company Nvidia and the chip H100: drops the pieces of a chip's
/// alias that are an alias of its vendor, when a separate word that has a letter
/// follows them (`Nvidia H100`, not `Hailo-8`).
fn strip_vendor(alias: &str, pieces: &mut Vec<(String, String)>, vendor_keys: &[Vec<String>]) {
    let keys: Vec<&str> = pieces.iter().map(|p| p.1.as_str()).collect();
    if let Some(n) = vendor_keys
        .iter()
        .filter(|vk| vk.len() < keys.len() && keys.iter().zip(vk.iter()).all(|(a, b)| a == b))
        .map(Vec::len)
        .next()
    {
        // Only before a separate word that has a letter (`Nvidia H100`, not `Hailo-8`).
        if !starts_compound_part(alias, n) && pieces[n].1.chars().any(char::is_alphabetic) {
            pieces.drain(..n);
        }
    }
}

/// Whether an alias of `e` (written `exact`) and the same alias of `other` (written
/// `other_exact`) can be told apart: by exact case (`case`/`cue` one-piece aliases
/// written differently), or by context (`cue`/`case` names of a company and a chip:
/// `Ampere`).
fn told_apart(
    e: &EntityInfo,
    other: &EntityInfo,
    one_piece: bool,
    short: bool,
    exact: &str,
    other_exact: &str,
) -> bool {
    let strict = one_piece && (e.rule != MatchRule::Fold || short) && other.rule != MatchRule::Fold;
    strict
        && (other_exact != exact
            || (e.kind != other.kind && (e.rule == MatchRule::Cue || other.rule == MatchRule::Cue)))
}

impl Gazetteer {
    /// Indexes one way of cutting an alias of entity `entity` (see
    /// [`apostrophe_variants`]): its folded pieces in the name trie and, for several
    /// pieces, their stems in the stem trie of each language.
    fn add_alias_variant(
        &mut self,
        variant: Vec<(String, String)>,
        entity: usize,
        short: bool,
        stemmer: &mut Stemmer,
        name_keys: &mut HashSet<String>,
    ) {
        let a = self.aliases.len() as u32;
        let ids: Vec<u32> = variant.iter().map(|p| self.lex.intern(&p.1)).collect();
        if let Some((_, first)) = variant.first() {
            self.lex.mark(first, flag::NAME_START);
        }
        name_keys.extend(variant.iter().map(|p| p.1.clone()));
        self.names.insert(&ids, a);
        if variant.len() > 1 {
            self.add_alias_stems(&variant, a, stemmer);
        }
        self.aliases.push(Alias {
            entity,
            texts: variant.into_iter().map(|p| p.0).collect(),
            short,
        });
    }

    /// Indexes the stems of the pieces of alias `a` in the stem trie of each language.
    fn add_alias_stems(&mut self, variant: &[(String, String)], a: u32, stemmer: &mut Stemmer) {
        for (l, lang) in Lang::KNOWN.into_iter().enumerate() {
            let stems: Vec<String> = variant
                .iter()
                .map(|(text, key)| {
                    let lower = lower_form(text);
                    let is_word = key.chars().any(char::is_alphabetic);
                    if is_word {
                        stemmer.stem(lang, &lower).into_string()
                    } else {
                        lower
                    }
                })
                .collect();
            let ids: Vec<u32> = stems.iter().map(|s| self.stem_lex.intern(s)).collect();
            self.stems[l].insert(&ids, a);
            if let (Some((text, _)), Some(stem)) = (variant.first(), stems.first()) {
                self.stem_first[l][usize::from(upper_initial(text))].insert(stem);
            }
        }
    }
}

/// The folded entries of an optional list file.
fn folded_list(path: &Path) -> Result<Vec<String>, DataError> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    Ok(read_list(path)?.into_iter().map(|l| fold_form(&lower_form(&l.text))).collect())
}

/// The language folders under `dir/lang`, in sorted order.
fn lang_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir.join("lang"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// Whether `text` starts with an upper-case letter.
#[inline]
fn upper_initial(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `b` contains an ASCII hyphen, eight bytes at a time.
#[inline]
fn has_hyphen(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // A zero byte of `w ^ HYPHENS` is a hyphen.
    let zero_byte = |w: u64| {
        let x = w ^ (ONES * u64::from(b'-'));
        x.wrapping_sub(ONES) & !x & (ONES << 7) != 0
    };
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        if c.first_chunk::<8>().is_some_and(|c| zero_byte(u64::from_le_bytes(*c))) {
            return true;
        }
    }
    chunks.remainder().contains(&b'-')
}

/// Reads `products.csv` (`name,vendor`) and every `lang/<lang>/name_blockers.txt` into
/// `out`. A blocker that is itself a company or chip name is an error: it would hide
/// the name everywhere.
fn load_blockers(
    dir: &Path,
    ids: &HashMap<String, usize>,
    alias_keys: &HashSet<Vec<String>>,
    lex: &mut Lexicon,
    out: &mut Blockers,
    errors: &mut Vec<DataError>,
) {
    let mut entries: Vec<(String, PathBuf, usize, bool)> = Vec::new();
    let products = dir.join("products.csv");
    if products.exists() {
        match read_table(&products, &["name", "vendor"]) {
            Ok(rows) => {
                for row in rows {
                    let vendor = row.get("vendor");
                    if !vendor.is_empty() && !ids.contains_key(vendor) {
                        errors.push(row.error(format!("unknown vendor id `{vendor}`")));
                    }
                    if row.get("name").is_empty() {
                        errors.push(row.error("column `name` is empty"));
                        continue;
                    }
                    entries.push((row.get("name").to_string(), row.path.clone(), row.line, false));
                }
            }
            Err(e) => errors.push(e),
        }
    }
    for ldir in lang_dirs(dir) {
        let path = ldir.join("name_blockers.txt");
        if !path.exists() {
            continue;
        }
        match read_list(&path) {
            Ok(lines) => {
                entries.extend(lines.into_iter().map(|l| (l.text, path.clone(), l.line, true)))
            }
            Err(e) => errors.push(e),
        }
    }
    for (text, path, line, all) in entries {
        let pieces = alias_pieces(&text);
        if pieces.is_empty() {
            errors.push(DataError::new(&path, line, format!("`{text}` has no word")));
            continue;
        }
        let keys: Vec<String> = pieces.iter().map(|p| p.1.clone()).collect();
        if alias_keys.contains(&keys) {
            errors.push(DataError::new(
                &path,
                line,
                format!("`{text}` is also a company or chip name: it would hide that name"),
            ));
            continue;
        }
        let b = out.texts.len() as u32;
        let ids: Vec<u32> = keys.iter().map(|k| lex.intern(k)).collect();
        if let Some(k) = keys.first() {
            lex.mark(k, flag::BLOCK_START);
        }
        out.trie.insert(&ids, b);
        out.texts.push((pieces.into_iter().map(|p| p.0).collect(), all));
    }
}

impl discover::CoveredPieces for Candidate {
    fn pieces(&self) -> (usize, usize) {
        (self.first, self.last)
    }
}
