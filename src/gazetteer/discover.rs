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

use super::{folded_list, lang_dirs, Blocked, Gazetteer, Piece};
use crate::data::{read_list, read_table, DataError};
use crate::document::SentenceContext;
use crate::lang::Lang;
use crate::mention::{Kind, Mention, Method};
use crate::span::Span;
use crate::tokenize::{tokenize, Token, TokenRules};
use regex::RegexSet;
use std::collections::{HashMap, HashSet};
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
    fn extend(&mut self, words: Vec<String>) {
        for w in words {
            if w.chars().count() >= MIN_SUFFIX_CUE && !self.suffixes.contains(&w) {
                self.suffixes.push(w.clone());
                self.suffix_min = if self.suffix_set.is_empty() { w.len() } else { self.suffix_min.min(w.len()) };
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
    fn matches(&self, folded: &str, capitalized: bool) -> bool {
        self.words.contains(folded)
            || (folded.contains('-') && folded.split('-').any(|p| self.words.contains(p)))
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
    /// The bytes a token may start with to match a chip pattern (single or pair).
    chip_first_bytes: Option<Box<[bool; 256]>>,
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
    /// The first bytes of the keys of `legal_form_starts`.
    legal_form_first: ByteSet,
    /// Languages that capitalize every noun (a capital after a cue proves nothing).
    capitalized_nouns: HashSet<Lang>,
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
    /// The first bytes of the keys of `suffix_starts`.
    suffix_first: ByteSet,
    /// Heads of compounds whose first part names a company (`Gründer`, `Aktie`).
    company_heads: foldhash::HashSet<String>,
    /// Common words that look like names when capitalized (`Tech`, `Generative`).
    generic: foldhash::HashSet<String>,
}

impl Discovery {
    /// Reads `chip_patterns.csv` and the lists of every `lang/<lang>/` folder.
    /// Returns the rules and the problems found in patterns (the hard error is for
    /// unreadable files).
    pub(super) fn load(dir: &Path, ids: &HashMap<String, usize>) -> Result<(Discovery, Vec<DataError>), DataError> {
        let mut d = Discovery::default();
        let mut errors = Vec::new();
        let (mut singles, mut pairs) = (Vec::new(), Vec::new());
        for row in read_table(&dir.join("chip_patterns.csv"), &["pattern", "vendor", "type", "context"])? {
            let pattern = row.get("pattern");
            let anchored = format!("^(?:{pattern})$");
            if pattern.is_empty() {
                errors.push(row.error("column `pattern` is empty"));
                continue;
            }
            if let Err(e) = regex::Regex::new(&anchored) {
                errors.push(row.error(format!("bad pattern: {e}")));
                continue;
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
            let meta = ChipPattern { vendor, needs_context };
            if pattern.contains(' ') {
                pairs.push(anchored);
                d.pair_meta.push(meta);
            } else {
                singles.push(anchored);
                d.single_meta.push(meta);
            }
        }
        d.singles = RegexSet::new(&singles).ok();
        d.pairs = RegexSet::new(&pairs).ok();
        let all: Vec<String> = singles.iter().chain(&pairs).cloned().collect();
        let empty_matches = [&d.singles, &d.pairs].into_iter().flatten().any(|set| set.is_match(""));
        d.chip_first_bytes = if empty_matches { None } else { first_bytes(&all) };
        for ldir in lang_dirs(dir) {
            d.company_cues.extend(folded_list(&ldir.join("company_cues.txt"))?);
            d.chip_cues.extend(folded_list(&ldir.join("chip_cues.txt"))?);
            d.stops.extend(folded_list(&ldir.join("name_stops.txt"))?);
            let intros = ldir.join("company_intros.txt");
            if intros.exists() {
                let mut words = Vec::new();
                for l in read_list(&intros)? {
                    match l.text.strip_prefix('%').map(str::trim) {
                        Some("nouns-capitalized") => {
                            if let Some(lang) = ldir.file_name().and_then(|n| n.to_str()).and_then(|n| n.parse::<Lang>().ok()) {
                                d.capitalized_nouns.insert(lang);
                            }
                        }
                        Some(other) => {
                            errors.push(DataError::new(&intros, l.line, format!("unknown option `%{other}`")))
                        }
                        None => {
                            let folded = crate::tokenize::fold_form(&crate::tokenize::lower_form(&l.text));
                            let phrase: Vec<String> = folded.split_whitespace().map(str::to_string).collect();
                            if phrase.len() > 1 {
                                d.intro_phrases.push(phrase);
                            } else {
                                words.push(folded);
                            }
                        }
                    }
                }
                d.company_intros.extend(words);
            }
            d.other_senses.extend(folded_list(&ldir.join("ambiguity_stops.txt"))?);
            d.company_heads.extend(folded_list(&ldir.join("company_heads.txt"))?);
            d.generic.extend(folded_list(&ldir.join("generic_words.txt"))?);
            let suffixes = ldir.join("name_suffixes.csv");
            if suffixes.exists() {
                for row in read_table(&suffixes, &["suffix", "reading"])? {
                    let own = match row.get("reading") {
                        "own" => true,
                        "part" => false,
                        other => {
                            errors.push(row.error(format!("bad reading `{other}` (own or part)")));
                            continue;
                        }
                    };
                    let text = row.get("suffix");
                    let toks: Vec<String> =
                        tokenize(text, Span::new(0, text.len()), &TokenRules::default()).iter().map(|t| t.text(text).to_string()).collect();
                    if toks.is_empty() {
                        errors.push(row.error("column `suffix` is empty"));
                    } else if !d.suffixes.iter().any(|(t, _)| *t == toks) {
                        d.suffixes.push((toks, own));
                    }
                }
            }
            let forms = ldir.join("legal_forms.txt");
            if forms.exists() {
                for l in read_list(&forms)? {
                    let toks: Vec<String> = tokenize(&l.text, Span::new(0, l.text.len()), &TokenRules::default())
                        .iter()
                        .map(|t| t.text(&l.text).to_string())
                        .collect();
                    if !toks.is_empty() && !d.legal_forms.contains(&toks) {
                        d.legal_forms.push(toks);
                    }
                }
            }
        }
        d.suffixes.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        // Longest legal forms first (`GmbH & Co. KG` before `GmbH`).
        d.legal_forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        for (i, f) in d.legal_forms.iter().enumerate() {
            d.legal_form_starts.entry(f[0].clone()).or_default().push(i);
        }
        for (i, (f, _)) in d.suffixes.iter().enumerate() {
            d.suffix_starts.entry(f[0].clone()).or_default().push(i);
        }
        d.legal_form_first = first_byte_table(d.legal_form_starts.keys());
        d.suffix_first = first_byte_table(d.suffix_starts.keys());
        for (i, ph) in d.intro_phrases.iter().enumerate() {
            if let Some(w) = ph.first() {
                d.intro_phrase_starts.entry(w.clone()).or_default().push(i);
            }
        }
        Ok((d, errors))
    }

    /// Whether the sentence shows that the name at pieces `first..=last` means a
    /// company (or, with `chip`, a chip): a cue word of that kind near it, a cue part
    /// of its own compound, or (companies) a legal form right after it.
    pub(super) fn context(&self, cx: &SentenceContext, pieces: &[Piece], first: usize, last: usize, chip: bool) -> bool {
        let cues = if chip { &self.chip_cues } else { &self.company_cues };
        let toks = cx.tokens();
        let (Some(a), Some(b)) = (pieces.get(first), pieces.get(last)) else { return false };
        // Other parts of the same compound (`Apple-Manager`).
        let own = pieces
            .iter()
            .enumerate()
            .filter(|(k, p)| (p.tok == a.tok || p.tok == b.tok) && (*k < first || *k > last))
            .any(|(_, p)| cues.matches(&p.key, upper_initial(p.text)));
        if own {
            return true;
        }
        let lo = a.tok.saturating_sub(CUE_WINDOW);
        let hi = (b.tok + CUE_WINDOW).min(toks.len().saturating_sub(1));
        let near = (lo..a.tok).chain(b.tok + 1..=hi).any(|k| toks.get(k).is_some_and(|t| cues.matches(&t.folded, t.is_capitalized(cx.text))));
        near || (!chip && self.legal_form_at(cx, b.tok + 1).is_some())
    }

    /// The number of tokens of a legal form starting at token `k`.
    fn legal_form_at(&self, cx: &SentenceContext, k: usize) -> Option<usize> {
        let toks = cx.tokens();
        // Only the forms that start with this token can match (same order as the list).
        let text = toks.get(k)?.text(cx.text);
        if !self.legal_form_first.contains(*text.as_bytes().first()?) {
            return None;
        }
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
    pub(super) fn find(&self, cx: &SentenceContext, pieces: &[Piece], gaz: &Gazetteer, blocked: &[Blocked], out: &mut Vec<Mention>) {
        self.find_chips(cx, pieces, gaz, out);
        if mostly_upper_case(cx.sentence_text()) || (!self.capitalized_nouns.contains(&cx.sentence.lang) && title_case(cx)) {
            return;
        }
        self.find_suffixed_companies(cx, gaz, blocked, out);
        self.find_legal_form_companies(cx, out);
        self.find_introduced_companies(cx, out);
        self.find_compound_companies(cx, pieces, out);
        // Discovered names never overlap an idiom or a product name.
        out.retain(|m| m.method != Method::Pattern || m.kind != Kind::Company || !blocked.iter().any(|b| b.span.overlaps(m.span)));
    }

    /// Whether a word of an everyday sense (`Magenta`, `jus`) stands within the cue
    /// window of the name at pieces `first..=last`, outside every candidate name.
    pub(super) fn other_sense_near<C: CoveredPieces>(&self, cx: &SentenceContext, pieces: &[Piece], first: usize, last: usize, cands: &[C]) -> bool {
        if self.other_senses.words.is_empty() {
            return false;
        }
        let toks = cx.tokens();
        let (Some(a), Some(b)) = (pieces.get(first), pieces.get(last)) else { return false };
        let covered = |k: usize| {
            cands.iter().any(|c| {
                let (f, l) = c.pieces();
                pieces.get(f).is_some_and(|p| p.tok <= k) && pieces.get(l).is_some_and(|p| p.tok >= k)
            })
        };
        let lo = a.tok.saturating_sub(CUE_WINDOW);
        let hi = (b.tok + CUE_WINDOW).min(toks.len().saturating_sub(1));
        (lo..a.tok)
            .chain(b.tok + 1..=hi)
            .any(|k| toks.get(k).is_some_and(|t| t.is_word() && self.other_senses.matches(&t.folded, false) && !covered(k)))
    }

    fn find_chips(&self, cx: &SentenceContext, pieces: &[Piece], gaz: &Gazetteer, out: &mut Vec<Mention>) {
        let toks = cx.tokens();
        // The first pattern that matches (`is_match` first: it rejects almost every
        // token without building the set of matching patterns).
        let first_match = |set: &RegexSet, s: &str| if set.is_match(s) { set.matches(s).iter().next() } else { None };
        let mut joined = String::new();
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if !(t.is_word() || t.is_number()) {
                k += 1;
                continue;
            }
            let text = t.text(cx.text);
            // Every surface tried below starts with the token's first byte.
            if let (Some(first), Some(b)) = (&self.chip_first_bytes, text.bytes().next()) {
                if !first[b as usize] {
                    k += 1;
                    continue;
                }
            }
            let mut found: Option<(Span, String, &ChipPattern, usize)> = None;
            // Two tokens: `Gaudi 3`, `TPU v5p`.
            if let (Some(set), Some(u)) = (&self.pairs, toks.get(k + 1)) {
                let gap = &cx.text[t.span.end..u.span.start];
                if (u.is_word() || u.is_number()) && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}') {
                    let second = first_part(cx, u);
                    joined.clear();
                    joined.push_str(text);
                    joined.push(' ');
                    joined.push_str(second.slice(cx.text));
                    if let Some(i) = first_match(set, &joined) {
                        found = Some((Span::new(t.span.start, second.end), joined.clone(), &self.pair_meta[i], 2));
                    }
                }
            }
            // One token, its first compound part, or without a plural `s`.
            if found.is_none() {
                if let Some(set) = &self.singles {
                    let head = first_part(cx, t);
                    let htext = head.slice(cx.text);
                    let plural = htext.strip_suffix('s');
                    for (span, surface) in [(t.span, Some(text)), (head, Some(htext)), (head, plural)] {
                        let Some(surface) = surface else { continue };
                        if let Some(i) = first_match(set, surface) {
                            found = Some((span, surface.to_string(), &self.single_meta[i], 1));
                            break;
                        }
                    }
                }
            }
            let Some((span, canonical, meta, used)) = found else {
                k += 1;
                continue;
            };
            if meta.needs_context && !self.chip_context(cx, pieces, k, k + used - 1, meta, gaz, out) {
                k += 1;
                continue;
            }
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
            k += used;
        }
    }

    /// Whether a vendor-bound chip pattern at tokens `a..=b` has support: a chip cue
    /// word near it or in its compound, the vendor named in the sentence, or another
    /// chip of the vendor.
    #[allow(clippy::too_many_arguments)]
    fn chip_context(&self, cx: &SentenceContext, pieces: &[Piece], a: usize, b: usize, meta: &ChipPattern, gaz: &Gazetteer, out: &[Mention]) -> bool {
        let toks = cx.tokens();
        let own = pieces.iter().filter(|p| p.tok == b && p.part > 0).any(|p| self.chip_cues.matches(&p.key, upper_initial(p.text)));
        let lo = a.saturating_sub(CUE_WINDOW);
        let hi = (b + CUE_WINDOW).min(toks.len().saturating_sub(1));
        let near = (lo..a).chain(b + 1..=hi).any(|k| toks.get(k).is_some_and(|t| self.chip_cues.matches(&t.folded, t.is_capitalized(cx.text))));
        if own || near {
            return true;
        }
        out.iter().any(|m| {
            let Some(e) = gaz.entity(&m.entity_id) else { return false };
            match m.kind {
                Kind::Company => !meta.vendor.is_empty() && (e.id == meta.vendor || e.parent == meta.vendor),
                Kind::Chip => e.vendor == meta.vendor,
                _ => false,
            }
        })
    }

    /// `Quality Match GmbH`, `Acme Inc.`: capitalized tokens right before a legal form.
    /// The name is the span (the legal form stays out, like in the gazetteer).
    fn find_legal_form_companies(&self, cx: &SentenceContext, out: &mut Vec<Mention>) {
        let toks = cx.tokens();
        for k in 1..toks.len() {
            if self.legal_form_at(cx, k).is_none() {
                continue;
            }
            let mut s = k;
            while s > 0 && k - s < MAX_NAME_TOKENS {
                let t = &toks[s - 1];
                let connector = t.text(cx.text) == "&";
                if !(connector || self.name_like(cx, t)) {
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
    fn find_introduced_companies(&self, cx: &SentenceContext, out: &mut Vec<Mention>) {
        let toks = cx.tokens();
        let caps = self.capitalized_nouns.contains(&cx.sentence.lang);
        for k in 0..toks.len() {
            let t = &toks[k];
            // An intro phrase (`analyste de`) is followed by the name right away.
            // Only the phrases that start with this token's word can match (list order).
            let phrase = self.intro_phrase_starts.get(t.folded.as_str()).and_then(|starts| {
                starts.iter().map(|&i| &self.intro_phrases[i]).find(|ph| {
                    toks.get(k..k + ph.len()).is_some_and(|w| w.iter().zip(ph.iter()).all(|(t, p)| t.folded == *p))
                })
            });
            if phrase.is_none() && (!t.is_word() || !self.company_intros.matches(&t.folded, t.is_capitalized(cx.text))) {
                continue;
            }
            // A capitalized cue noun inside a sentence is title case (`Une Entreprise
            // Logicielle`), where capitals prove nothing.
            if !caps && k > 0 && t.is_capitalized(cx.text) {
                continue;
            }
            let mut s = k + phrase.map_or(1, Vec::len);
            // One adjective between the cue and the name (`la start-up française X`).
            if !caps
                && phrase.is_none()
                && toks.get(s).is_some_and(|t| {
                    t.is_word() && !t.is_capitalized(cx.text) && !t.clitic && !self.stops.contains(t.folded.as_str())
                })
            {
                s += 1;
            }
            let mut e = s;
            while e < toks.len() && e - s < MAX_NAME_TOKENS && self.name_like(cx, &toks[e]) {
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
    fn find_suffixed_companies(&self, cx: &SentenceContext, gaz: &Gazetteer, blocked: &[Blocked], out: &mut Vec<Mention>) {
        if self.suffixes.is_empty() {
            return;
        }
        let toks = cx.tokens();
        let mut k = 1;
        while k < toks.len() {
            // Only the endings that start with this token can match (list order).
            let first = toks[k].text(cx.text);
            let starts = match first.as_bytes().first() {
                Some(&b) if self.suffix_first.contains(b) => self.suffix_starts.get(first),
                _ => None,
            };
            let Some((n, own)) = starts.and_then(|starts| {
                starts.iter().map(|&i| &self.suffixes[i]).find_map(|(sfx, own)| {
                    let w = toks.get(k..k + sfx.len())?;
                    w.iter().zip(sfx).all(|(t, x)| t.text(cx.text) == x).then_some((sfx.len(), *own))
                })
            }) else {
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
            // The name: capitalized words, or listed company names, right before it.
            let listed_at = |t: &Token| out.iter().position(|m| m.span.contains(t.span));
            let mut s = k;
            let mut words = 0;
            while s > 0 && words < MAX_NAME_TOKENS {
                let t = &toks[s - 1];
                let ok = match listed_at(t) {
                    Some(i) => own && out[i].kind == Kind::Company && gaz.entity(&out[i].entity_id).is_some(),
                    None => self.name_like(cx, t) && !self.generic.contains(t.folded.as_str()),
                };
                if !ok {
                    break;
                }
                s -= 1;
                words += 1;
            }
            // A generic word right before the name makes the phrase generic
            // (`Special Projects Group`, `Generative AI Labs`).
            let generic_before = s > 0 && toks[s - 1].is_capitalized(cx.text) && self.generic.contains(toks[s - 1].folded.as_str());
            if s == k || generic_before {
                k += n;
                continue;
            }
            let span = Span::new(toks[s].span.start, end);
            // A listed name that lacked a sign of its own (`Meta`, a `cue` name) is the
            // company before a `part` ending (`Meta AI`): the ending is the sign.
            if !own {
                let keys: Vec<&str> = toks[s..k].iter().map(|t| t.folded.as_str()).collect();
                if let Some(e) = gaz.listed_company(&keys) {
                    let name = Span::new(toks[s].span.start, toks[k - 1].span.end);
                    if !out.iter().any(|m| m.span.overlaps(name)) {
                        let mut m = Mention::new(Kind::Company, name, Method::Exact);
                        m.canonical = e.canonical.clone();
                        m.entity_id = e.id.clone();
                        out.push(m);
                    }
                    k += n;
                    continue;
                }
            }
            let listed: Vec<usize> = (0..out.len()).filter(|&i| out[i].span.overlaps(span)).collect();
            // A listed name must lie wholly inside (never cut one), and a `part` ending
            // keeps the listed name.
            let inside = listed.iter().all(|&i| span.contains(out[i].span));
            if inside && (own || listed.is_empty()) && !blocked.iter().any(|b| b.span.overlaps(span)) {
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

    /// `Spotify-Gründer`, `Acme-Aktie`: a capitalized unknown first part of a two-part
    /// compound whose head is a company role (`company_heads.txt`); the span is the
    /// first part. Acronyms (`SPD-Chef`) and common words (`Tech-Aktie`) are left out.
    fn find_compound_companies(&self, cx: &SentenceContext, pieces: &[Piece], out: &mut Vec<Mention>) {
        if self.company_heads.is_empty() {
            return;
        }
        for w in pieces.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if a.tok != b.tok || a.nparts != 2 || a.part != 0 || !self.company_heads.contains(b.key.as_ref()) {
                continue;
            }
            let acronym = !a.text.chars().any(char::is_lowercase);
            let shape = upper_initial(a.text) && a.text.chars().count() >= 2 && a.text.chars().all(char::is_alphanumeric);
            let key = a.key.as_ref();
            if acronym
                || !shape
                || self.stops.contains(key)
                || self.generic.contains(key)
                || self.company_cues.matches(key, true)
                || self.company_intros.matches(key, true)
                || self.chip_cues.matches(key, true)
            {
                continue;
            }
            push_company(cx, a.span, out);
        }
    }

    /// A capitalized word that is neither a function word nor a cue.
    fn name_like(&self, cx: &SentenceContext, t: &Token) -> bool {
        t.is_word()
            && !t.clitic
            && t.is_capitalized(cx.text)
            && !self.stops.contains(t.folded.as_str())
            && !self.company_cues.matches(&t.folded, true)
            && !self.company_intros.matches(&t.folded, true)
    }
}

/// Candidates that cover a range of pieces.
pub(super) trait CoveredPieces {
    /// The first and last piece.
    fn pieces(&self) -> (usize, usize);
}

/// The bytes that a non-empty text may start with and still match one of the anchored
/// `patterns` (`None` when that cannot be worked out): a byte that leads the pattern
/// automaton from its start to the dead state rules a token out without running the
/// patterns.
/// A set of bytes.
#[derive(Clone, Copy, Debug, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }
}

/// Which bytes start one of `keys` (an empty key starts with none).
fn first_byte_table<'a>(keys: impl Iterator<Item = &'a String>) -> ByteSet {
    let mut t = ByteSet::default();
    for k in keys {
        if let Some(&b) = k.as_bytes().first() {
            t.0[usize::from(b / 64)] |= 1 << (b % 64);
        }
    }
    t
}

fn first_bytes(patterns: &[String]) -> Option<Box<[bool; 256]>> {
    use regex_automata::dfa::{dense, Automaton, StartKind};
    use regex_automata::{Anchored, Input};
    let dfa = dense::Builder::new()
        .configure(dense::Config::new().start_kind(StartKind::Anchored))
        .build_many(patterns)
        .ok()?;
    let start = dfa.start_state_forward(&Input::new("").anchored(Anchored::Yes)).ok()?;
    let mut out = Box::new([false; 256]);
    for b in 0..=255u8 {
        out[b as usize] = !dfa.is_dead_state(dfa.next_state(start, b));
    }
    Some(out)
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
fn title_case(cx: &SentenceContext) -> bool {
    if cx.sentence_text().trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let words: Vec<&Token> = cx.tokens().iter().filter(|t| t.is_word() && t.lower.chars().count() >= 4).collect();
    let caps = words.iter().filter(|t| t.is_capitalized(cx.text)).count();
    words.len() >= 3 && caps * 3 > words.len() * 2
}

/// Headings in capitals give no signal from case.
fn mostly_upper_case(text: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
        }
    }
    up > 3 * low
}
