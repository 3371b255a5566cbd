//! Names the gazetteer does not list: chip model numbers that follow a vendor's
//! naming (`chip_patterns.csv`), and companies revealed by a legal form (`GmbH`,
//! `Inc.`), introduced by a cue noun (`la start-up X`, `das Start-up X`,
//! `l'analyste de X`), ending in a company-name word (`X Ventures`, `X Semiconductor`)
//! or named as the first part of a compound whose head is a company role
//! (`X-Gründer`, `X-Aktie`).
//!
//! Such mentions carry method `pattern`, an empty entity id and the surface (with
//! normalized whitespace) as canonical. They never overlap a gazetteer mention, except
//! that a chip pattern may replace a shorter listed chip it contains (`Trainium 3`
//! over `Trainium`).

use super::trie::Lexicon;
use super::{flag, folded_list, lang_dirs, Blocked, Gazetteer, Piece, View};
use crate::data::{read_list, read_table, DataError, Row};
use crate::document::SentenceContext;
use crate::lang::Lang;
use crate::mention::{Kind, Mention, Method};
use crate::span::Span;
use crate::tokenize::{fold_form, lower_form, tokenize, Token, TokenRules};
use foldhash::HashMap;
use regex::RegexSet;
use regex_automata::dfa::{dense, Automaton};
use regex_automata::util::primitives::StateID;
use std::path::Path;

/// How many tokens on each side of a name are searched for a cue word.
const CUE_WINDOW: usize = 3;
/// At most this many capitalized tokens make a discovered company name.
const MAX_NAME_TOKENS: usize = 4;
/// Cue words this long also match as the end of a compound (`Chipkonzern`).
const MIN_SUFFIX_CUE: usize = 5;

/// Where a chip pattern applies.
#[derive(Clone, Debug)]
struct ChipPattern {
    /// The vendor's company id (may be empty).
    vendor: String,
    /// Whether the sentence must name the vendor, a chip, or a chip cue word.
    needs_context: bool,
}

/// A set of words matched as whole tokens, parts of compounds, or (when long) as the
/// end of a compound.
#[derive(Clone, Debug, Default)]
struct WordSet {
    /// The lexicon flag set on every word.
    flag: u32,
    words: foldhash::HashSet<String>,
    suffixes: Vec<String>,
    /// The same long words as `suffixes`, for lookup by a token's ending.
    suffix_set: foldhash::HashSet<String>,
    /// The shortest and longest byte length in `suffixes`.
    suffix_min: usize,
    suffix_max: usize,
    /// Bit `b` is set when some long word ends with the two bytes `b` (big end first):
    /// a token whose last two bytes are not listed ends with no long word.
    suffix_ends: Option<Box<[u64; 1024]>>,
}

/// The last two bytes of `s` (at least two long), as one number.
fn last_two(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let n = b.len();
    (n >= 2).then(|| (usize::from(b[n - 2]) << 8) | usize::from(b[n - 1]))
}

impl WordSet {
    /// An empty set whose words get `flag` in the lexicon.
    fn new(flag: u32) -> WordSet {
        WordSet { flag, ..WordSet::default() }
    }

    fn extend(&mut self, words: Vec<String>, lex: &mut Lexicon) {
        for w in words {
            lex.mark(&w, self.flag);
            if w.chars().count() >= MIN_SUFFIX_CUE && !self.suffixes.contains(&w) {
                self.suffixes.push(w.clone());
                self.suffix_min =
                    if self.suffix_set.is_empty() { w.len() } else { self.suffix_min.min(w.len()) };
                self.suffix_max = self.suffix_max.max(w.len());
                self.suffix_set.insert(w.clone());
                let ends = self.suffix_ends.get_or_insert_with(|| Box::new([0; 1024]));
                match last_two(&w) {
                    Some(e) => ends[e / 64] |= 1 << (e % 64),
                    // A one-byte word cannot be filtered by its last two bytes.
                    None => ends.fill(u64::MAX),
                }
            }
            self.words.insert(w);
        }
    }

    /// Whether a folded token (possibly a compound) is or contains a word, or, when the
    /// token is capitalized (a noun compound: `Chipkonzern`), ends with a long one.
    /// `flags` are the lexicon flags of `folded`, with [`flag::COMPOUND`].
    #[inline]
    fn matches(&self, flags: u32, folded: &str, capitalized: bool) -> bool {
        flags & self.flag != 0
            || (flags & flag::COMPOUND != 0 && folded.split('-').any(|p| self.words.contains(p)))
            || (capitalized && self.ends_with_suffix(folded))
    }

    /// Whether `folded` is longer than one of the long words and ends with it.
    fn ends_with_suffix(&self, folded: &str) -> bool {
        if self.suffix_set.is_empty() || folded.len() <= self.suffix_min {
            return false;
        }
        if let (Some(ends), Some(e)) = (&self.suffix_ends, last_two(folded)) {
            if ends[e / 64] & (1 << (e % 64)) == 0 {
                return false;
            }
        }
        // A word that ends `folded` starts at a char boundary `i > 0`; only the
        // endings as long as some word need a look-up.
        let lo = folded.len().saturating_sub(self.suffix_max).max(1);
        let hi = folded.len() - self.suffix_min;
        (lo..=hi).any(|i| folded.is_char_boundary(i) && self.suffix_set.contains(&folded[i..]))
    }
}

/// Discovery rules and the context words of `cue` aliases.
#[derive(Debug, Default)]
pub struct Discovery {
    singles: Option<RegexSet>,
    single_meta: Vec<ChipPattern>,
    /// All chip patterns (single and pair) as one anchored automaton and its start
    /// state, to rule tokens out by a short prefix.
    chip_dfa: Option<(dense::DFA<Vec<u32>>, StateID)>,
    /// Bit `b` is set when the automaton dies on the first byte `b`.
    chip_dead_first: [u64; 4],
    pairs: Option<RegexSet>,
    pair_meta: Vec<ChipPattern>,
    company_cues: WordSet,
    company_intros: WordSet,
    chip_cues: WordSet,
    stops: foldhash::HashSet<String>,
    /// Legal forms as token texts (`Inc.` → `Inc`, `.`), longest first.
    legal_forms: Vec<Vec<String>>,
    /// Indices into `legal_forms` by the text of their first token, in list order.
    legal_form_starts: foldhash::HashMap<String, Vec<usize>>,
    /// Languages that capitalize every noun (a capital after a cue proves nothing).
    capitalized_nouns: foldhash::HashSet<Lang>,
    /// Intro phrases of several words (`analyste de`), as folded tokens.
    intro_phrases: Vec<Vec<String>>,
    /// Indices into `intro_phrases` by their first word, in list order.
    intro_phrase_starts: foldhash::HashMap<String, Vec<usize>>,
    /// Words of the everyday senses of ambiguous names (colours, fruit, wind).
    other_senses: WordSet,
    /// Company-name endings as token texts (`Venture Partners` → `Venture`, `Partners`),
    /// longest first, with whether `X Ventures` is another company than a listed `X`.
    suffixes: Vec<(Vec<String>, bool)>,
    /// Indices into `suffixes` by the text of their first token, in list order.
    suffix_starts: foldhash::HashMap<String, Vec<usize>>,
    /// Heads of compounds whose first part names a company (`Gründer`, `Aktie`).
    company_heads: foldhash::HashSet<String>,
    /// Common words that look like names when capitalized (`Tech`, `Generative`).
    generic: foldhash::HashSet<String>,
}

/// A row of `chip_patterns.csv` as an anchored pattern and what it says, or `None`
/// (with the problem in `errors`) when the pattern is empty or no regular expression.
fn chip_pattern(
    row: &Row,
    ids: &HashMap<String, usize>,
    errors: &mut Vec<DataError>,
) -> Option<(String, ChipPattern)> {
    let pattern = row.get("pattern");
    let anchored = format!("^(?:{pattern})$");
    if pattern.is_empty() {
        errors.push(row.error("column `pattern` is empty"));
        return None;
    }
    if let Err(e) = regex::Regex::new(&anchored) {
        errors.push(row.error(format!("bad pattern: {e}")));
        return None;
    }
    let vendor = row.get("vendor").to_string();
    if !vendor.is_empty() && !ids.contains_key(&vendor) {
        errors.push(row.error(format!("unknown vendor id `{vendor}`")));
    }
    if !super::CHIP_TYPES.contains(&row.get("type")) {
        errors.push(row.error(format!("bad type `{}`", row.get("type"))));
    }
    let needs_context = match row.get("context") {
        "" | "any" => false,
        "vendor" => true,
        other => {
            errors.push(row.error(format!("bad context `{other}` (any or vendor)")));
            true
        }
    };
    Some((anchored, ChipPattern { vendor, needs_context }))
}

/// The texts of the tokens of a list entry (`Venture Partners` → `Venture`, `Partners`).
fn token_texts(text: &str) -> Vec<String> {
    tokenize(text, Span::new(0, text.len()), &TokenRules::default())
        .iter()
        .map(|t| t.text(text).to_string())
        .collect()
}

impl Discovery {
    /// Reads `chip_patterns.csv` and the lists of every `lang/<lang>/` folder.
    /// Returns the rules and the problems found in patterns (the hard error is for
    /// unreadable files).
    /// Every word of the lists is marked in `lex` with its [`flag`].
    pub(super) fn load(
        dir: &Path,
        ids: &HashMap<String, usize>,
        lex: &mut Lexicon,
    ) -> Result<(Discovery, Vec<DataError>), DataError> {
        let mut d = Discovery {
            company_cues: WordSet::new(flag::COMPANY_CUE),
            company_intros: WordSet::new(flag::INTRO),
            chip_cues: WordSet::new(flag::CHIP_CUE),
            other_senses: WordSet::new(flag::OTHER_SENSE),
            ..Discovery::default()
        };
        let mut errors = Vec::new();
        d.load_chip_patterns(dir, ids, &mut errors)?;
        for ldir in lang_dirs(dir) {
            d.load_lang_lists(&ldir, lex, &mut errors)?;
        }
        d.index_starts(lex);
        Ok((d, errors))
    }

    /// Reads `chip_patterns.csv` and builds the matchers of its patterns.
    fn load_chip_patterns(
        &mut self,
        dir: &Path,
        ids: &HashMap<String, usize>,
        errors: &mut Vec<DataError>,
    ) -> Result<(), DataError> {
        let (mut singles, mut pairs) = (Vec::new(), Vec::new());
        for row in
            read_table(&dir.join("chip_patterns.csv"), &["pattern", "vendor", "type", "context"])?
        {
            let Some((anchored, meta)) = chip_pattern(&row, ids, errors) else {
                continue;
            };
            if anchored.contains(' ') {
                pairs.push(anchored);
                self.pair_meta.push(meta);
            } else {
                singles.push(anchored);
                self.single_meta.push(meta);
            }
        }
        self.singles = RegexSet::new(&singles).ok();
        self.pairs = RegexSet::new(&pairs).ok();
        let all: Vec<String> = singles.iter().chain(&pairs).cloned().collect();
        let empty_matches =
            [&self.singles, &self.pairs].into_iter().flatten().any(|set| set.is_match(""));
        self.chip_dfa = if empty_matches { None } else { chip_automaton(&all) };
        if let Some((dfa, start)) = &self.chip_dfa {
            for c in 0..=255u8 {
                if dfa.is_dead_state(dfa.next_state(*start, c)) {
                    self.chip_dead_first[usize::from(c / 64)] |= 1 << (c % 64);
                }
            }
        }
        Ok(())
    }

    /// Reads the word lists of one `lang/<lang>/` folder.
    fn load_lang_lists(
        &mut self,
        ldir: &Path,
        lex: &mut Lexicon,
        errors: &mut Vec<DataError>,
    ) -> Result<(), DataError> {
        self.company_cues.extend(folded_list(&ldir.join("company_cues.txt"))?, lex);
        self.chip_cues.extend(folded_list(&ldir.join("chip_cues.txt"))?, lex);
        mark(&mut self.stops, folded_list(&ldir.join("name_stops.txt"))?, lex, flag::STOP);
        self.load_intros(ldir, lex, errors)?;
        self.other_senses.extend(folded_list(&ldir.join("ambiguity_stops.txt"))?, lex);
        mark(
            &mut self.company_heads,
            folded_list(&ldir.join("company_heads.txt"))?,
            lex,
            flag::HEAD,
        );
        mark(&mut self.generic, folded_list(&ldir.join("generic_words.txt"))?, lex, flag::GENERIC);
        self.load_suffixes(ldir, errors)?;
        self.load_legal_forms(ldir)
    }

    /// Reads `company_intros.txt`: words and phrases, and the `%nouns-capitalized`
    /// option.
    fn load_intros(
        &mut self,
        ldir: &Path,
        lex: &mut Lexicon,
        errors: &mut Vec<DataError>,
    ) -> Result<(), DataError> {
        let intros = ldir.join("company_intros.txt");
        if !intros.exists() {
            return Ok(());
        }
        let mut words = Vec::new();
        for l in read_list(&intros)? {
            match l.text.strip_prefix('%').map(str::trim) {
                Some("nouns-capitalized") => {
                    if let Some(lang) = ldir
                        .file_name()
                        .and_then(|n| n.to_str())
                        .and_then(|n| n.parse::<Lang>().ok())
                    {
                        self.capitalized_nouns.insert(lang);
                    }
                }
                Some(other) => errors.push(DataError::new(
                    &intros,
                    l.line,
                    format!("unknown option `%{other}`"),
                )),
                None => {
                    let folded = crate::tokenize::fold_form(&crate::tokenize::lower_form(&l.text));
                    let phrase: Vec<String> =
                        folded.split_whitespace().map(str::to_string).collect();
                    if phrase.len() > 1 {
                        self.intro_phrases.push(phrase);
                    } else {
                        words.push(folded);
                    }
                }
            }
        }
        self.company_intros.extend(words, lex);
        Ok(())
    }

    /// Reads `name_suffixes.csv`: company-name endings and how they read.
    fn load_suffixes(&mut self, ldir: &Path, errors: &mut Vec<DataError>) -> Result<(), DataError> {
        let suffixes = ldir.join("name_suffixes.csv");
        if !suffixes.exists() {
            return Ok(());
        }
        for row in read_table(&suffixes, &["suffix", "reading"])? {
            let own = match row.get("reading") {
                "own" => true,
                "part" => false,
                other => {
                    errors.push(row.error(format!("bad reading `{other}` (own or part)")));
                    continue;
                }
            };
            let toks = token_texts(row.get("suffix"));
            if toks.is_empty() {
                errors.push(row.error("column `suffix` is empty"));
            } else if !self.suffixes.iter().any(|(t, _)| *t == toks) {
                self.suffixes.push((toks, own));
            }
        }
        Ok(())
    }

    /// Reads `legal_forms.txt`.
    fn load_legal_forms(&mut self, ldir: &Path) -> Result<(), DataError> {
        let forms = ldir.join("legal_forms.txt");
        if !forms.exists() {
            return Ok(());
        }
        for l in read_list(&forms)? {
            let toks = token_texts(&l.text);
            if !toks.is_empty() && !self.legal_forms.contains(&toks) {
                self.legal_forms.push(toks);
            }
        }
        Ok(())
    }

    /// Sorts the legal forms and name endings, longest first, and indexes them and the
    /// intro phrases by their first word, marked in `lex`.
    fn index_starts(&mut self, lex: &mut Lexicon) {
        self.suffixes.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        // Longest legal forms first (`GmbH & Co. KG` before `GmbH`).
        self.legal_forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        // A token whose text starts a legal form or a name ending has the same
        // folded form as that first token: the lexicon flag of the folded form rules
        // out every other token.
        for (i, f) in self.legal_forms.iter().enumerate() {
            self.legal_form_starts.entry(f[0].clone()).or_default().push(i);
            lex.mark(&fold_form(&lower_form(&f[0])), flag::LEGAL_START);
        }
        for (i, (f, _)) in self.suffixes.iter().enumerate() {
            self.suffix_starts.entry(f[0].clone()).or_default().push(i);
            lex.mark(&fold_form(&lower_form(&f[0])), flag::SUFFIX_START);
        }
        for (i, ph) in self.intro_phrases.iter().enumerate() {
            if let Some(w) = ph.first() {
                self.intro_phrase_starts.entry(w.clone()).or_default().push(i);
                lex.mark(w, flag::INTRO_PHRASE);
            }
        }
    }

    /// Whether the sentence shows that the name at pieces `first..=last` means a
    /// company (or, with `chip`, a chip): a cue word of that kind near it, a cue part
    /// of its own compound, or (companies) a legal form right after it.
    /// `tf` are the token flags of [`Gazetteer::view`].
    pub(super) fn context(
        &self,
        cx: &SentenceContext,
        pieces: &[Piece],
        tf: &[u32],
        first: usize,
        last: usize,
        chip: bool,
    ) -> bool {
        let cues = if chip { &self.chip_cues } else { &self.company_cues };
        let toks = cx.tokens();
        let (Some(a), Some(b)) = (pieces.get(first), pieces.get(last)) else { return false };
        // Other parts of the same compound (`Apple-Manager`).
        let own = pieces
            .iter()
            .enumerate()
            .filter(|(k, p)| (p.tok == a.tok || p.tok == b.tok) && (*k < first || *k > last))
            .any(|(_, p)| cues.matches(p.flags, &p.key, p.flags & flag::CAP != 0));
        if own {
            return true;
        }
        let lo = a.tok.saturating_sub(CUE_WINDOW);
        let hi = (b.tok + CUE_WINDOW).min(toks.len().saturating_sub(1));
        let near = (lo..a.tok).chain(b.tok + 1..=hi).any(|k| match (toks.get(k), tf.get(k)) {
            (Some(t), Some(&f)) => cues.matches(f, &t.folded, f & flag::CAP != 0),
            _ => false,
        });
        near || (!chip && self.legal_form_at(cx, tf, b.tok + 1).is_some())
    }

    /// The number of tokens of a legal form starting at token `k`.
    #[inline]
    fn legal_form_at(&self, cx: &SentenceContext, tf: &[u32], k: usize) -> Option<usize> {
        if tf.get(k)? & flag::LEGAL_START == 0 {
            return None;
        }
        let toks = cx.tokens();
        // Only the forms that start with this token can match (same order as the list).
        let text = toks.get(k)?.text(cx.text);
        let starts = self.legal_form_starts.get(text)?;
        starts.iter().map(|&i| &self.legal_forms[i]).find_map(|f| {
            let n = f.len();
            let window = toks.get(k..k + n)?;
            let same = window.iter().zip(f).all(|(t, w)| t.text(cx.text) == w);
            // The form must end at a word boundary (`AG` not in `AGB`: tokens ensure it).
            same.then_some(n)
        })
    }

    /// Adds pattern mentions to `out` (gazetteer mentions of the sentence).
    /// Adds pattern mentions to `out` (gazetteer mentions of the sentence); nothing is
    /// found inside a `blocked` span (idioms, product names).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn find(
        &self,
        cx: &SentenceContext,
        view: &View,
        gaz: &Gazetteer,
        blocked: &[Blocked],
        out: &mut Vec<Mention>,
    ) {
        let (pieces, tf) = (&view.pieces[..], &view.tf[..]);
        if view.token_flags & flag::CHIP != 0 {
            self.find_chips(cx, pieces, tf, gaz, out);
        }
        let Some(intro_from) = self.may_find_companies(view) else { return };
        if mostly_upper_case(cx.sentence_text())
            || (!self.capitalized_nouns.contains(&cx.sentence.lang) && title_case(cx, tf))
        {
            return;
        }
        // Each finder needs a token (after the first) or piece with its flag.
        if view.later_flags & flag::SUFFIX_START != 0 {
            self.find_suffixed_companies(cx, tf, gaz, blocked, out);
        }
        if view.later_flags & flag::LEGAL_START != 0 {
            self.find_legal_form_companies(cx, tf, out);
        }
        if let Some(from) = view.first_intro {
            self.find_introduced_companies(cx, tf, from.max(intro_from), out);
        }
        if view.piece_flags & flag::HEAD != 0 {
            self.find_compound_companies(cx, pieces, out);
        }
        // Discovered names never overlap an idiom or a product name.
        out.retain(|m| {
            m.method != Method::Pattern
                || m.kind != Kind::Company
                || !blocked.iter().any(|b| b.span.overlaps(m.span))
        });
    }

    /// Whether one of the company finders may find something in the sentence: a token
    /// that may start a name ending or a legal form (after the first token), a cue
    /// noun or phrase, or a compound head. `Some(k)`: no token before `k` introduces
    /// a name.
    fn may_find_companies(&self, view: &View) -> Option<usize> {
        if view.later_flags & (flag::SUFFIX_START | flag::LEGAL_START) != 0 {
            return Some(0);
        }
        if !self.company_heads.is_empty() && view.piece_flags & flag::HEAD != 0 {
            return Some(0);
        }
        view.first_intro
    }

    /// Whether token `t` (flags `f`, with [`flag::CAP`] and [`flag::COMPOUND`]) may
    /// introduce a company name: the first word of an intro phrase, or a cue noun.
    /// [`Gazetteer::view`] keeps the answer as [`flag::INTRODUCES`].
    #[inline]
    pub(super) fn introduces(&self, t: &Token, f: u32) -> bool {
        if f & flag::INTRO_PHRASE != 0 {
            return true;
        }
        // Most words are neither cue nouns, nor compounds, nor capitalized (which may
        // end with a cue noun).
        t.is_word()
            && (f & flag::INTRO != 0
                || (f & (flag::COMPOUND | flag::CAP) != 0
                    && self.company_intros.matches(f, &t.folded, f & flag::CAP != 0)))
    }

    /// Whether a word of an everyday sense (`Magenta`, `jus`) stands within the cue
    /// window of the name at pieces `first..=last`, outside every candidate name.
    pub(super) fn other_sense_near<C: CoveredPieces>(
        &self,
        cx: &SentenceContext,
        pieces: &[Piece],
        tf: &[u32],
        first: usize,
        last: usize,
        cands: &[C],
    ) -> bool {
        if self.other_senses.words.is_empty() {
            return false;
        }
        let toks = cx.tokens();
        let (Some(a), Some(b)) = (pieces.get(first), pieces.get(last)) else { return false };
        let covered = |k: usize| {
            cands.iter().any(|c| {
                let (f, l) = c.pieces();
                pieces.get(f).is_some_and(|p| p.tok <= k)
                    && pieces.get(l).is_some_and(|p| p.tok >= k)
            })
        };
        let lo = a.tok.saturating_sub(CUE_WINDOW);
        let hi = (b.tok + CUE_WINDOW).min(toks.len().saturating_sub(1));
        (lo..a.tok).chain(b.tok + 1..=hi).any(|k| match (toks.get(k), tf.get(k)) {
            (Some(t), Some(&f)) => {
                t.is_word() && self.other_senses.matches(f, &t.folded, false) && !covered(k)
            }
            _ => false,
        })
    }

    /// Chips that chip patterns match (`MI325X`, `Gaudi 3`), over one token or two; a
    /// pattern bound to a vendor needs support in the sentence (see `chip_context`).
    fn find_chips(
        &self,
        cx: &SentenceContext,
        pieces: &[Piece],
        tf: &[u32],
        gaz: &Gazetteer,
        out: &mut Vec<Mention>,
    ) {
        let toks = cx.tokens();
        let mut joined = String::new();
        let mut k = 0;
        while k < toks.len() {
            // Only a word or number that the automaton does not rule out.
            if tf.get(k).is_none_or(|f| f & flag::CHIP == 0) {
                k += 1;
                continue;
            }
            let found =
                self.pair_chip_at(cx, k, &mut joined).or_else(|| self.single_chip_at(cx, k));
            let Some((span, canonical, meta, used)) = found else {
                k += 1;
                continue;
            };
            if meta.needs_context
                && !self.chip_context(cx, pieces, tf, k, k + used - 1, meta, gaz, out)
            {
                k += 1;
                continue;
            }
            push_chip(span, canonical, out);
            k += used;
        }
    }

    /// The first chip pattern that matches `s` (`is_match` first: it rejects almost
    /// every token without building the set of matching patterns). The automaton of
    /// all patterns rules most surfaces out first.
    fn first_match(&self, set: &RegexSet, s: &str) -> Option<usize> {
        if self.chip_may_match(s) && set.is_match(s) {
            set.matches(s).iter().next()
        } else {
            None
        }
    }

    /// A two-token chip at token `k` (`Gaudi 3`, `TPU v5p`): its span, surface, pattern
    /// and 2. `joined` is a buffer for the surface.
    fn pair_chip_at(
        &self,
        cx: &SentenceContext,
        k: usize,
        joined: &mut String,
    ) -> Option<(Span, String, &ChipPattern, usize)> {
        let toks = cx.tokens();
        let (Some(set), Some(u)) = (&self.pairs, toks.get(k + 1)) else { return None };
        let t = &toks[k];
        let gap = &cx.text[t.span.end..u.span.start];
        if !(u.is_word() || u.is_number())
            || gap.is_empty()
            || !gap.chars().all(|c| c == ' ' || c == '\u{a0}')
        {
            return None;
        }
        let second = first_part(cx, u);
        joined.clear();
        joined.push_str(t.text(cx.text));
        joined.push(' ');
        joined.push_str(second.slice(cx.text));
        let i = self.first_match(set, joined)?;
        Some((Span::new(t.span.start, second.end), joined.clone(), &self.pair_meta[i], 2))
    }

    /// A one-token chip at token `k`: the token, its first compound part, or that part
    /// without a plural `s`; its span, surface, pattern and 1.
    fn single_chip_at(
        &self,
        cx: &SentenceContext,
        k: usize,
    ) -> Option<(Span, String, &ChipPattern, usize)> {
        let set = self.singles.as_ref()?;
        let t = &cx.tokens()[k];
        let head = first_part(cx, t);
        let htext = head.slice(cx.text);
        let plural = htext.strip_suffix('s');
        for (span, surface) in
            [(t.span, Some(t.text(cx.text))), (head, Some(htext)), (head, plural)]
        {
            let Some(surface) = surface else { continue };
            if let Some(i) = self.first_match(set, surface) {
                return Some((span, surface.to_string(), &self.single_meta[i], 1));
            }
        }
        None
    }

    /// Whether a vendor-bound chip pattern at tokens `a..=b` has support: a chip cue
    /// word near it or in its compound, the vendor named in the sentence, or another
    /// chip of the vendor.
    #[allow(clippy::too_many_arguments)]
    fn chip_context(
        &self,
        cx: &SentenceContext,
        pieces: &[Piece],
        tf: &[u32],
        a: usize,
        b: usize,
        meta: &ChipPattern,
        gaz: &Gazetteer,
        out: &[Mention],
    ) -> bool {
        let toks = cx.tokens();
        let own = pieces
            .iter()
            .filter(|p| p.tok == b && p.part > 0)
            .any(|p| self.chip_cues.matches(p.flags, &p.key, p.flags & flag::CAP != 0));
        let lo = a.saturating_sub(CUE_WINDOW);
        let hi = (b + CUE_WINDOW).min(toks.len().saturating_sub(1));
        let near = (lo..a).chain(b + 1..=hi).any(|k| match (toks.get(k), tf.get(k)) {
            (Some(t), Some(&f)) => self.chip_cues.matches(f, &t.folded, f & flag::CAP != 0),
            _ => false,
        });
        if own || near {
            return true;
        }
        out.iter().any(|m| {
            let Some(e) = gaz.entity(&m.entity_id) else { return false };
            match m.kind {
                Kind::Company => {
                    !meta.vendor.is_empty() && (e.id == meta.vendor || e.parent == meta.vendor)
                }
                Kind::Chip => e.vendor == meta.vendor,
                _ => false,
            }
        })
    }

    /// `Quality Match GmbH`, `Acme Inc.`: capitalized tokens right before a legal form.
    /// The name is the span (the legal form stays out, like in the gazetteer).
    fn find_legal_form_companies(&self, cx: &SentenceContext, tf: &[u32], out: &mut Vec<Mention>) {
        let toks = cx.tokens();
        for k in 1..toks.len() {
            if tf[k] & flag::LEGAL_START == 0 || self.legal_form_at(cx, tf, k).is_none() {
                continue;
            }
            let mut s = k;
            while s > 0 && k - s < MAX_NAME_TOKENS {
                let t = &toks[s - 1];
                let connector = t.text(cx.text) == "&";
                if !(connector || self.name_like(cx.text, t, tf[s - 1])) {
                    break;
                }
                s -= 1;
            }
            while s < k && toks[s].text(cx.text) == "&" {
                s += 1;
            }
            if s < k {
                push_company(cx, Span::new(toks[s].span.start, toks[k - 1].span.end), out);
            }
        }
    }

    /// `la start-up Xyz`, `das Start-up DeepL`: capitalized tokens after a cue noun.
    /// In languages that capitalize every noun, one of them must look like a name
    /// (an inner capital, a digit, or an acronym).
    /// No token before `from` introduces a name.
    fn find_introduced_companies(
        &self,
        cx: &SentenceContext,
        tf: &[u32],
        from: usize,
        out: &mut Vec<Mention>,
    ) {
        let toks = cx.tokens();
        let caps = self.capitalized_nouns.contains(&cx.sentence.lang);
        for (k, (t, &f)) in toks.iter().zip(tf).enumerate().skip(from) {
            if f & flag::INTRODUCES == 0 {
                continue;
            }
            // An intro phrase (`analyste de`) is followed by the name right away.
            // Only the phrases that start with this token's word can match (list order).
            let folded: &str = &t.folded;
            let phrase = (f & flag::INTRO_PHRASE != 0)
                .then(|| self.intro_phrase_starts.get(folded))
                .flatten()
                .and_then(|starts| {
                    starts.iter().map(|&i| &self.intro_phrases[i]).find(|ph| {
                        toks.get(k..k + ph.len())
                            .is_some_and(|w| w.iter().zip(ph.iter()).all(|(t, p)| t.folded == *p))
                    })
                });
            if phrase.is_none()
                && (!t.is_word() || !self.company_intros.matches(f, folded, f & flag::CAP != 0))
            {
                continue;
            }
            // A capitalized cue noun inside a sentence is title case (`Une Entreprise
            // Logicielle`), where capitals prove nothing.
            if !caps && k > 0 && f & flag::CAP != 0 {
                continue;
            }
            let mut s = k + phrase.map_or(1, Vec::len);
            // One adjective between the cue and the name (`la start-up française X`).
            if !caps
                && phrase.is_none()
                && toks.get(s).zip(tf.get(s)).is_some_and(|(t, &f)| {
                    t.is_word() && f & flag::CAP == 0 && !t.clitic && f & flag::STOP == 0
                })
            {
                s += 1;
            }
            let mut e = s;
            while e < toks.len()
                && e - s < MAX_NAME_TOKENS
                && self.name_like(cx.text, &toks[e], tf[e])
            {
                e += 1;
            }
            if e == s {
                continue;
            }
            // Where every noun is capitalized, the name must look like one: a strong
            // shape, or several capitalized words closed by punctuation
            // (`die Investmentfirma Prima Materia;`, not `der Konzern Milliarden Euro investiert`).
            let closed = e - s >= 2 && toks.get(e).is_none_or(|t| !(t.is_word() || t.is_number()));
            if caps && !closed && !toks[s..e].iter().any(|t| strong_name_shape(t.text(cx.text))) {
                continue;
            }
            push_company(cx, Span::new(toks[s].span.start, toks[e - 1].span.end), out);
        }
    }

    /// `Menlo Ventures`, `Elmos Semiconductor`: capitalized words before a company-name
    /// ending of `name_suffixes.csv`. An `own` ending makes a new company even after a
    /// listed name (`Salesforce Ventures` replaces `Salesforce`); after a listed name a
    /// `part` ending adds nothing (`Nvidia AI` stays `Nvidia`).
    fn find_suffixed_companies(
        &self,
        cx: &SentenceContext,
        tf: &[u32],
        gaz: &Gazetteer,
        blocked: &[Blocked],
        out: &mut Vec<Mention>,
    ) {
        if self.suffixes.is_empty() {
            return;
        }
        let toks = cx.tokens();
        let mut k = 1;
        while k < toks.len() {
            let Some((n, own)) = self.suffix_at(cx, tf, k) else {
                k += 1;
                continue;
            };
            let end = toks[k + n - 1].span.end;
            let suffix_span = Span::new(toks[k].span.start, end);
            // The ending must be free (not part of a listed name: `Infineon Technologies`).
            if out.iter().any(|m| m.span.overlaps(suffix_span)) {
                k += n;
                continue;
            }
            let s = self.name_start_before(cx, tf, gaz, out, k, own);
            // A generic word right before the name makes the phrase generic
            // (`Special Projects Group`, `Generative AI Labs`).
            let generic_before =
                s > 0 && tf[s - 1] & (flag::CAP | flag::GENERIC) == flag::CAP | flag::GENERIC;
            if s == k || generic_before {
                k += n;
                continue;
            }
            // A listed name that lacked a sign of its own (`Meta`, a `cue` name) is the
            // company before a `part` ending (`Meta AI`): the ending is the sign.
            if !own && push_listed_company(cx, gaz, s, k, out) {
                k += n;
                continue;
            }
            let span = Span::new(toks[s].span.start, end);
            let listed: Vec<usize> =
                (0..out.len()).filter(|&i| out[i].span.overlaps(span)).collect();
            // A listed name must lie wholly inside (never cut one), and a `part` ending
            // keeps the listed name.
            let inside = listed.iter().all(|&i| span.contains(out[i].span));
            if inside
                && (own || listed.is_empty())
                && !blocked.iter().any(|b| b.span.overlaps(span))
            {
                for i in listed.into_iter().rev() {
                    out.remove(i);
                }
                let mut m = Mention::new(Kind::Company, span, Method::Pattern);
                m.canonical = span.slice(cx.text).split_whitespace().collect::<Vec<_>>().join(" ");
                out.push(m);
            }
            k += n;
        }
    }

    /// The company-name ending that starts at token `k`: its length in tokens and
    /// whether it reads as a company of its own. Only the endings that start with this
    /// token can match (list order).
    fn suffix_at(&self, cx: &SentenceContext, tf: &[u32], k: usize) -> Option<(usize, bool)> {
        let toks = cx.tokens();
        if tf[k] & flag::SUFFIX_START == 0 {
            return None;
        }
        let starts = self.suffix_starts.get(toks[k].text(cx.text))?;
        starts.iter().map(|&i| &self.suffixes[i]).find_map(|(sfx, own)| {
            let w = toks.get(k..k + sfx.len())?;
            w.iter().zip(sfx).all(|(t, x)| t.text(cx.text) == x).then_some((sfx.len(), *own))
        })
    }

    /// Where the name before the ending at token `k` starts: capitalized words, or
    /// (before an `own` ending) listed company names, right before it; `k` when none.
    fn name_start_before(
        &self,
        cx: &SentenceContext,
        tf: &[u32],
        gaz: &Gazetteer,
        out: &[Mention],
        k: usize,
        own: bool,
    ) -> usize {
        let toks = cx.tokens();
        let listed_at = |t: &Token| out.iter().position(|m| m.span.contains(t.span));
        let mut s = k;
        let mut words = 0;
        while s > 0 && words < MAX_NAME_TOKENS {
            let t = &toks[s - 1];
            let ok = match listed_at(t) {
                Some(i) => {
                    own && out[i].kind == Kind::Company && gaz.entity(&out[i].entity_id).is_some()
                }
                None => self.name_like(cx.text, t, tf[s - 1]) && tf[s - 1] & flag::GENERIC == 0,
            };
            if !ok {
                break;
            }
            s -= 1;
            words += 1;
        }
        s
    }

    /// `Spotify-Gründer`, `Acme-Aktie`: a capitalized unknown first part of a two-part
    /// compound whose head is a company role (`company_heads.txt`); the span is the
    /// first part. Acronyms (`SPD-Chef`) and common words (`Tech-Aktie`) are left out.
    fn find_compound_companies(
        &self,
        cx: &SentenceContext,
        pieces: &[Piece],
        out: &mut Vec<Mention>,
    ) {
        if self.company_heads.is_empty() {
            return;
        }
        for w in pieces.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if a.tok != b.tok || a.nparts != 2 || a.part != 0 || b.flags & flag::HEAD == 0 {
                continue;
            }
            let acronym = !a.text.chars().any(char::is_lowercase);
            let shape = upper_initial(a.text)
                && a.text.chars().count() >= 2
                && a.text.chars().all(char::is_alphanumeric);
            let key = a.key.as_ref();
            let f = a.flags;
            if acronym
                || !shape
                || f & (flag::STOP | flag::GENERIC) != 0
                || self.company_cues.matches(f, key, true)
                || self.company_intros.matches(f, key, true)
                || self.chip_cues.matches(f, key, true)
            {
                continue;
            }
            push_company(cx, a.span, out);
        }
    }

    /// A capitalized word that is neither a function word nor a cue (`f`: its token flags),
    /// nor an adjective compound whose part after a hyphen is lower case (`London-based`,
    /// `US-listed`).
    fn name_like(&self, text: &str, t: &Token, f: u32) -> bool {
        t.is_word()
            && !t.clitic
            && f & flag::CAP != 0
            && !t
                .span
                .slice(text)
                .split('-')
                .skip(1)
                .any(|part| part.chars().next().is_some_and(char::is_lowercase))
            && f & flag::STOP == 0
            && !self.company_cues.matches(f, &t.folded, true)
            && !self.company_intros.matches(f, &t.folded, true)
    }

    /// Whether some chip pattern (single or pair) may match all of `s`: `false` when
    /// the automaton of all patterns rejects it.
    fn chip_may_match(&self, s: &str) -> bool {
        let Some((dfa, start)) = &self.chip_dfa else { return true };
        let mut state = *start;
        for &c in s.as_bytes() {
            state = dfa.next_state(state, c);
            if dfa.is_dead_state(state) {
                return false;
            }
            if dfa.is_quit_state(state) {
                return true;
            }
        }
        let end = dfa.next_eoi_state(state);
        dfa.is_match_state(end) || dfa.is_quit_state(end)
    }

    /// Whether no surface that `find_chips` tries for a token with this text can match
    /// a chip pattern. The surfaces are the text, the text and the next token, the
    /// first compound part and that part without an `s`: all start like the text, and
    /// none is shorter than the first part minus one byte. When the automaton of all
    /// patterns dies on the first `d` bytes and no hyphen comes before byte `d + 1`,
    /// every surface is at least `d` bytes long and starts with them.
    #[inline]
    pub(super) fn no_chip_from(&self, text: &str) -> bool {
        // `0xE2` leads the other hyphens (U+2010, U+2011) and more.
        let hyphen = |x: u8| x == b'-' || x == 0xE2;
        match *text.as_bytes() {
            // Most texts are ruled out by their first byte (`d` = 1).
            [c, x, ..] if self.chip_dead_first[usize::from(c / 64)] & (1 << (c % 64)) != 0 => {
                !(hyphen(c) || hyphen(x))
            }
            _ => self.no_chip_walk(text.as_bytes()),
        }
    }

    /// [`Discovery::no_chip_from`], byte by byte.
    fn no_chip_walk(&self, b: &[u8]) -> bool {
        let Some((dfa, start)) = &self.chip_dfa else { return false };
        let mut state = *start;
        for (i, &c) in b.iter().enumerate() {
            state = dfa.next_state(state, c);
            if dfa.is_dead_state(state) {
                let d = i + 1;
                return b
                    .get(..=d)
                    .is_some_and(|head| !head.iter().any(|&x| x == b'-' || x == 0xE2));
            }
            if dfa.is_quit_state(state) {
                return false;
            }
        }
        false
    }
}

/// Candidates that cover a range of pieces.
pub(super) trait CoveredPieces {
    /// The first and last piece.
    fn pieces(&self) -> (usize, usize);
}

/// Adds `words` to `set` and marks them with `flag` in `lex`.
fn mark(set: &mut foldhash::HashSet<String>, words: Vec<String>, lex: &mut Lexicon, flag: u32) {
    for w in words {
        lex.mark(&w, flag);
        set.insert(w);
    }
}

/// The anchored `patterns` as one automaton and its start state (`None` when that
/// cannot be built): a prefix that leads it to the dead state rules out every text
/// that starts with it, without running the patterns.
fn chip_automaton(patterns: &[String]) -> Option<(dense::DFA<Vec<u32>>, StateID)> {
    use regex_automata::dfa::StartKind;
    use regex_automata::{Anchored, Input};
    let dfa = dense::Builder::new()
        .configure(dense::Config::new().start_kind(StartKind::Anchored))
        .build_many(patterns)
        .ok()?;
    let start = dfa.start_state_forward(&Input::new("").anchored(Anchored::Yes)).ok()?;
    Some((dfa, start))
}

fn upper_initial(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// Adds a discovered company unless a mention already covers part of it.
fn push_company(cx: &SentenceContext, span: Span, out: &mut Vec<Mention>) {
    if out.iter().any(|m| m.span.overlaps(span)) {
        return;
    }
    let mut m = Mention::new(Kind::Company, span, Method::Pattern);
    m.canonical = span.slice(cx.text).split_whitespace().collect::<Vec<_>>().join(" ");
    out.push(m);
}

/// Adds a pattern chip unless it overlaps a mention other than shorter chips inside it,
/// which it replaces.
fn push_chip(span: Span, canonical: String, out: &mut Vec<Mention>) {
    let overlapping: Vec<usize> = (0..out.len()).filter(|&i| out[i].span.overlaps(span)).collect();
    let replace = overlapping
        .iter()
        .all(|&i| out[i].kind == Kind::Chip && span.contains(out[i].span) && span != out[i].span);
    if replace {
        for i in overlapping.into_iter().rev() {
            out.remove(i);
        }
        let mut m = Mention::new(Kind::Chip, span, Method::Pattern);
        m.canonical = canonical;
        out.push(m);
    }
}

/// When tokens `s..k` are exactly a listed company's name, adds it (unless a mention
/// overlaps it already) and returns true.
fn push_listed_company(
    cx: &SentenceContext,
    gaz: &Gazetteer,
    s: usize,
    k: usize,
    out: &mut Vec<Mention>,
) -> bool {
    let toks = cx.tokens();
    let keys: Vec<&str> = toks[s..k].iter().map(|t| t.folded.as_str()).collect();
    let Some(e) = gaz.listed_company(&keys) else { return false };
    let name = Span::new(toks[s].span.start, toks[k - 1].span.end);
    if !out.iter().any(|m| m.span.overlaps(name)) {
        let mut m = Mention::new(Kind::Company, name, Method::Exact);
        m.canonical = e.canonical.clone();
        m.entity_id = e.id.clone();
        out.push(m);
    }
    true
}

/// The span of a token's first compound part (the token itself when not a compound).
fn first_part(cx: &SentenceContext, t: &Token) -> Span {
    if t.is_word() && t.folded.contains('-') {
        if let Some(p) = t.parts(cx.text).first() {
            return *p;
        }
    }
    t.span
}

/// An inner capital (`DeepL`), a digit (`S3NS`) or an acronym (`IBM`).
fn strong_name_shape(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next();
    let rest: Vec<char> = chars.collect();
    rest.iter().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Headings in title case (most words of four letters or more capitalized) give no
/// signal from case either. A sentence that ends with a full stop is no heading (a
/// list of names reads like title case: `Bessemer Venture Partners, Cisco and Menlo
/// Ventures also invested.`).
fn title_case(cx: &SentenceContext, tf: &[u32]) -> bool {
    if cx.sentence_text().trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let (mut words, mut caps) = (0usize, 0usize);
    for (t, &f) in cx.tokens().iter().zip(tf) {
        if t.is_word() && t.lower.chars().nth(3).is_some() {
            words += 1;
            caps += usize::from(f & flag::CAP != 0);
        }
    }
    words >= 3 && caps * 3 > words * 2
}

/// Headings in capitals give no signal from case: more than three times as many
/// upper-case as lower-case letters.
fn mostly_upper_case(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let (mut up, mut low) = (0usize, 0usize);
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // Eight ASCII bytes at a time: a byte `c < 0x80` plus `0x80 - lo` has its high
        // bit set when `c >= lo` (no carry leaves the byte).
        if let Some(w) =
            b.get(i..i + 8).and_then(|c| c.first_chunk::<8>()).map(|c| u64::from_le_bytes(*c))
        {
            if w & HIGH == 0 {
                let range = |lo: u8, hi: u8| {
                    let ge = w + ONES * u64::from(0x80 - lo);
                    let gt = w + ONES * u64::from(0x80 - hi - 1);
                    (ge & !gt & HIGH).count_ones() as usize
                };
                up += range(b'A', b'Z');
                low += range(b'a', b'z');
                i += 8;
                // The rest of the text (at most one letter per byte) cannot win any more.
                if up + (text.len() - i) <= 3 * low {
                    return false;
                }
                continue;
            }
        }
        // One byte or character.
        let (upper, lower, len) = if x.is_ascii() {
            (x.is_ascii_uppercase(), x.is_ascii_lowercase(), 1)
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_uppercase(), c.is_lowercase(), c.len_utf8()),
                None => (false, false, 1),
            }
        };
        if upper {
            up += 1;
        } else if lower {
            low += 1;
            if up + (text.len() - i) <= 3 * low {
                return false;
            }
        }
        i += len;
    }
    up > 3 * low
}

#[cfg(test)]
mod tests {
    use super::mostly_upper_case;

    /// The plain definition: more than three times as many upper-case as lower-case letters.
    fn plain(text: &str) -> bool {
        let up = text.chars().filter(|c| c.is_uppercase()).count();
        let low = text.chars().filter(|c| c.is_lowercase()).count();
        up > 3 * low
    }

    #[test]
    fn capitals_count_like_the_plain_definition() {
        let texts = [
            "",
            "A",
            "NVIDIA UND AMD MELDEN REKORDE",
            "NVIDIA und AMD melden Rekorde",
            "ÉNORME HAUSSE DE L'ACTION ÉLÉ",
            "ÉNORME hausse",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ abc",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg",
            "ÄÖÜ ÄÖÜ ÄÖÜ ÄÖÜ ÄÖÜ ÄÖÜ x y z",
            "12345678 ABCDEFGH ijk, !?@[`{ ZZZZ",
            "@@@@@@@@[[[[[[[[````````{{{{{{{{",
        ];
        for t in texts {
            assert_eq!(mostly_upper_case(t), plain(t), "{t:?}");
        }
    }
}
