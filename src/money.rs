//! Monetary amounts and percentages, normalized.
//!
//! [`MoneyRules::find`] reads one sentence and returns its money mentions
//! (`43 milliards d'euros` → value `43000000000`, unit `EUR`) and percent mentions
//! (`elf Prozent` → value `11`, unit `%`), each with [`Method::Rule`].
//!
//! The rules read [atoms](crate::text::atoms::atomize) and know no word themselves: scale words,
//! currencies, cue words, rate words, percent words, vague-amount words, range words
//! and number words come from data files, per language (see
//! `gazetteers/money/README.md`):
//!
//! ```text
//! [cue] [open] [currency] NUMBER [scale [plus-half]] [percent | [link] currency]
//!                         [to|and|coord  [currency] NUMBER [scale] [percent | [link] currency]]
//! ```
//!
//! - A *cue* right before the amount (`environ`, `bis zu`, `more than`) enters the span
//!   and sets the qualifier (approx, min, max).
//! - NUMBER is digits read with the language's decimal mark, number words
//!   (`zwölf`, `vingt-cinq`, `eine halbe`, `half a`), or a vague quantity
//!   (`plusieurs dizaines de`, `des`, `mehrere`) that leaves the value empty.
//! - Two numbers joined by a range word form one mention with `value` and `value_to`
//!   (`entre 2 et 3 milliards`, `2 à 3 Md€`); a bare number coordinated with a full
//!   amount shares its scale and currency (`9,9 statt 6,8 Milliarden Euro`).
//! - An amount with a scale but no currency takes the currency of an earlier amount of
//!   the sentence (`600 milliards de dollars ... après environ 390 milliards`), unless
//!   it counts something (`450 millions de consommateurs`, `5 Mio. Nutzer`).
//! - A rate word after the amount (`par mois`, `pro Jahr`) sets the period.

use crate::data::{read_list, read_table, DataError, Row};
use crate::document::SentenceContext;
use crate::lang::Lang;
use crate::mention::{Kind, Mention, Method, Qualifier};
use crate::numbers::{
    parse_digits, read_digits, split_compound, Decimal, DecimalMark, NumWord, TooLarge, WordNumber,
    WordType,
};
use crate::span::Span;
use crate::text::atoms::{atomize, digitless, token_bytes, Atom, AtomKind, KeyMap, Lexicon};
use crate::tokenize::{tokenize, Token, TokenKind, TokenRules};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// A scale word (`milliards`, `Mrd.`, `bn`).
#[derive(Clone, Debug)]
struct Scale {
    multiplier: Decimal,
    /// Too ambiguous alone (`5m`): an amount only with a currency.
    needs_currency: bool,
    /// Names one unit of the scale (`milliard`, `Milliarde`): a definite article before
    /// it means one (`du milliard de dollars`).
    singular: bool,
}

/// A currency sign, code or word.
#[derive(Clone, Debug)]
struct Currency {
    code: String,
    before: bool,
    after: bool,
    /// An ISO code (three capitals in the data): matched only when written in capitals,
    /// so that `top 10` or `all 5` never read as a currency.
    upper_only: bool,
    /// A word with another common sense (`livres`, `Pfund`, `Rand`): a currency only
    /// after a scale word or in a sentence about money.
    needs_context: bool,
}

/// A minor unit (`Cent`, `centimes`, `pence`): its fraction of the main unit and the
/// currencies it belongs to, the first one being the currency it names alone.
#[derive(Clone, Debug)]
struct Subunit {
    fraction: Decimal,
    codes: Vec<String>,
}

/// Whether an article right before a currency word is the number one
/// (`conventions.csv`, key `article_with_currency`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum ArticleCurrency {
    /// Never (the default).
    #[default]
    No,
    /// Only when no word follows the currency (`pour un euro.`; `un euro numérique` is
    /// no amount: the adjective follows the noun).
    Alone,
    /// Whatever follows (`einen Euro Aufpreis`, `für einen Euro verkauft`).
    Any,
}

/// A word that changes the value of the amount after it.
#[derive(Clone, Debug)]
struct Cue {
    qualifier: Qualifier,
    /// Ignored right after a capitalized noun (languages that capitalize nouns).
    not_after_noun: bool,
}

/// A rate word and the words that cancel it when they follow.
#[derive(Clone, Debug)]
struct Period {
    period: String,
    unless_followed_by: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VagueRole {
    Determiner,
    Multiplier,
    /// A definite article: one of the singular scale word after it (`du milliard`).
    Definite,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum JoinRole {
    Open,
    /// `from`, `by`, `um`, `de`: right before the first of two amounts with scales
    /// joined by a `to` word, it makes them a change (`from $30 billion to $35 billion`),
    /// not a range (`$33.5 billion to $34.7 billion`).
    From,
    To,
    And,
    Coord,
}

/// Everything one language (or the shared `common` folder) contributes.
#[derive(Debug, Default)]
struct LangRules {
    decimal: DecimalMark,
    capitalized_nouns: bool,
    scales: Lexicon<Scale>,
    currencies: Lexicon<Currency>,
    cues: Lexicon<Cue>,
    periods_after: Lexicon<Period>,
    periods_before: Lexicon<Period>,
    periods_sentence: Lexicon<Period>,
    percent: Lexicon<String>,
    vague: Lexicon<VagueRole>,
    joiners: Lexicon<JoinRole>,
    links: Lexicon<()>,
    /// Minor units (`Cent`, `centimes`, `pence`), as a lexicon and as a list.
    subunits: Lexicon<Subunit>,
    subunit_list: Vec<Subunit>,
    /// Sign words right before an amount (`minus`): `Some(true)` for a minus, `None`
    /// for a word that may be a minus or a subtraction (`moins`: no value is read).
    signs: Lexicon<Option<bool>>,
    /// Words after an amount and a link that make it a difference (`un milliard de
    /// moins`), which is still money.
    differences: HashSet<String>,
    article_currency: ArticleCurrency,
    function_words: HashSet<String>,
    numbers: Lexicon<NumWord>,
    /// Word prefixes and infixes that make a sentence about money.
    context_prefixes: Vec<String>,
    context_infixes: Vec<String>,
    /// Elisions and clitics of the language, to tokenize text before a sentence.
    token_rules: TokenRules,
    /// Single-word number entries by folded form, for compounds (`fünfundzwanzig`).
    number_parts: HashMap<String, NumWord>,
    /// The byte lengths of the `number_parts` keys, and the keys in a fast set: a word
    /// is only split when it starts and ends with a part.
    number_part_lens: Vec<usize>,
    number_part_keys: foldhash::HashSet<String>,
    /// The first and the last `edge_len` bytes of every `number_parts` key (`edge_len`
    /// is the length of the shortest key, at most 4), packed: a compound starts and
    /// ends like some part.
    edge_len: usize,
    heads: foldhash::HashSet<u32>,
    tails: foldhash::HashSet<u32>,
    /// For the prefilter: what an atom with this key may begin (`TRIGGER_*` bits).
    triggers: foldhash::HashMap<String, u8>,
    /// This folder's place in [`MoneyRules::triggers`].
    slot: u32,
}

/// Atoms before an amount searched for the start of a `from` joiner.
const FROM_ATOMS: usize = 4;
/// A scale word, or a number word that can start a number on its own (unit, hundred,
/// thousand): an amount may start here.
const TRIGGER_AMOUNT: u8 = 1;
/// An article (`un`, `ein`): a number before a scale or a percent word.
const TRIGGER_ARTICLE: u8 = 2;
/// The first word of a percent word.
const TRIGGER_PERCENT: u8 = 4;
/// The first word of a currency written after the amount: after an article, one of it
/// (`un euro`, `einen Euro`).
const TRIGGER_CURRENCY: u8 = 8;

/// The lexicons of a folder, as bits of [`MoneyRules::heads`].
#[derive(Clone, Copy, Debug)]
enum Lex {
    Scales,
    Currencies,
    Cues,
    PeriodsAfter,
    PeriodsBefore,
    PeriodsSentence,
    Percent,
    Vague,
    Joiners,
    Links,
    Numbers,
    Subunits,
    Signs,
}

impl Lex {
    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// One lexicon of every folder: its bit and how to reach it.
#[derive(Clone, Copy)]
struct Pick<T: 'static> {
    lex: Lex,
    get: for<'r> fn(&'r LangRules) -> &'r Lexicon<T>,
}

const SCALES: Pick<Scale> = Pick { lex: Lex::Scales, get: |r| &r.scales };
const CURRENCIES: Pick<Currency> = Pick { lex: Lex::Currencies, get: |r| &r.currencies };
const CUES: Pick<Cue> = Pick { lex: Lex::Cues, get: |r| &r.cues };
const PERIODS_AFTER: Pick<Period> = Pick { lex: Lex::PeriodsAfter, get: |r| &r.periods_after };
const PERIODS_BEFORE: Pick<Period> = Pick { lex: Lex::PeriodsBefore, get: |r| &r.periods_before };
const PERIODS_SENTENCE: Pick<Period> =
    Pick { lex: Lex::PeriodsSentence, get: |r| &r.periods_sentence };
const PERCENT: Pick<String> = Pick { lex: Lex::Percent, get: |r| &r.percent };
const VAGUE: Pick<VagueRole> = Pick { lex: Lex::Vague, get: |r| &r.vague };
const JOINERS: Pick<JoinRole> = Pick { lex: Lex::Joiners, get: |r| &r.joiners };
const LINKS: Pick<()> = Pick { lex: Lex::Links, get: |r| &r.links };
const NUMBERS: Pick<NumWord> = Pick { lex: Lex::Numbers, get: |r| &r.numbers };
const SUBUNITS: Pick<Subunit> = Pick { lex: Lex::Subunits, get: |r| &r.subunits };
const SIGNS: Pick<Option<bool>> = Pick { lex: Lex::Signs, get: |r| &r.signs };

impl LangRules {
    /// The keys the entries of each lexicon start with.
    fn lexicon_heads(&self) -> Vec<(Lex, &str)> {
        let mut v: Vec<(Lex, &str)> = Vec::new();
        v.extend(self.scales.first_keys().map(|k| (Lex::Scales, k)));
        v.extend(self.currencies.first_keys().map(|k| (Lex::Currencies, k)));
        v.extend(self.cues.first_keys().map(|k| (Lex::Cues, k)));
        v.extend(self.periods_after.first_keys().map(|k| (Lex::PeriodsAfter, k)));
        v.extend(self.periods_before.first_keys().map(|k| (Lex::PeriodsBefore, k)));
        v.extend(self.periods_sentence.first_keys().map(|k| (Lex::PeriodsSentence, k)));
        v.extend(self.percent.first_keys().map(|k| (Lex::Percent, k)));
        v.extend(self.vague.first_keys().map(|k| (Lex::Vague, k)));
        v.extend(self.joiners.first_keys().map(|k| (Lex::Joiners, k)));
        v.extend(self.links.first_keys().map(|k| (Lex::Links, k)));
        v.extend(self.numbers.first_keys().map(|k| (Lex::Numbers, k)));
        v.extend(self.subunits.first_keys().map(|k| (Lex::Subunits, k)));
        v.extend(self.signs.first_keys().map(|k| (Lex::Signs, k)));
        v
    }
}

/// A trigger bit repeated in the place of every folder of [`MoneyRules::triggers`].
const fn spread(bit: u8) -> u64 {
    let mut v = 0;
    let mut s = 0;
    while s < MAX_SLOTS {
        v |= (bit as u64) << (4 * s);
        s += 1;
    }
    v
}

impl LangRules {
    /// The number words a compound (`fünfundzwanzig`) is made of, as
    /// [`split_compound`] finds them; words that neither start nor end with a number
    /// word are rejected without the full split.
    fn compound(&self, word: &str) -> Option<Vec<NumWord>> {
        let n = word.len();
        // `split_compound` needs five bytes and two parts.
        if n < 5 || self.number_parts.is_empty() {
            return None;
        }
        let b = word.as_bytes();
        if !self.heads.contains(&pack(&b[..self.edge_len]))
            || !self.tails.contains(&pack(&b[n - self.edge_len..]))
        {
            return None;
        }
        let has = |range: std::ops::Range<usize>| {
            word.is_char_boundary(range.start)
                && word.is_char_boundary(range.end)
                && self.number_part_keys.contains(&word[range])
        };
        let starts = self.number_part_lens.iter().any(|&l| l < n && has(0..l));
        if !starts || !self.number_part_lens.iter().any(|&l| l < n && has(n - l..n)) {
            return None;
        }
        split_compound(word, &self.number_parts)
    }
}

/// The money and percent rules of every language, loaded from `gazetteers/money/`
/// and `gazetteers/lang/<lang>/numbers.csv`.
#[derive(Debug, Default)]
pub struct MoneyRules {
    langs: foldhash::HashMap<Lang, LangRules>,
    common: LangRules,
    /// What every folder knows of a word, in one map: a word is looked up once for all
    /// the rules of a sentence.
    words: KeyMap<WordEntry>,
    /// Which words may be compounds of number words, for every folder at once.
    compounds: CompoundFilter,
}

/// What the folders know of one key.
#[derive(Clone, Debug, Default)]
struct WordEntry {
    /// The trigger bits (`TRIGGER_*`) of every folder: those of the folder with slot `s`
    /// at bits `4s..4s+3`.
    triggers: u64,
    /// For each folder (by slot), the lexicons with an entry starting with this key
    /// ([`Lex`] bits).
    heads: [u16; MAX_SLOTS as usize],
}

/// What the rules of a [`View`] know of one atom of a sentence, worked out once.
#[derive(Clone, Copy, Debug, Default)]
struct AtomInfo {
    /// The trigger bits of the atom's key, for the folders of the view.
    triggers: u64,
    /// The lexicons of the view with an entry starting with the atom's key ([`Lex`] bits).
    heads: u16,
    /// A word that a folder of the view reads as a compound of number words.
    compound: bool,
}

/// The most folders [`MoneyRules::words`] has room for.
const MAX_SLOTS: u32 = 16;

/// A necessary condition for a word to be a compound of number words
/// ([`LangRules::compound`]) of any folder: at least five bytes, starting like some
/// single number word (its first two bytes, or its only byte) and ending like one.
/// A few bit tests.
#[derive(Debug)]
struct CompoundFilter {
    /// By the first (last) two bytes of the number words of two bytes or more.
    heads: Vec<u64>,
    tails: Vec<u64>,
    /// The number words of one byte.
    short: Vec<u64>,
}

impl Default for CompoundFilter {
    fn default() -> Self {
        CompoundFilter { heads: vec![0; 1024], tails: vec![0; 1024], short: vec![0; 4] }
    }
}

impl CompoundFilter {
    fn index(a: u8, b: u8) -> usize {
        usize::from(a) << 8 | usize::from(b)
    }

    fn set(bits: &mut [u64], i: usize) {
        if let Some(w) = bits.get_mut(i >> 6) {
            *w |= 1 << (i & 63);
        }
    }

    fn has(bits: &[u64], i: usize) -> bool {
        bits.get(i >> 6).is_some_and(|w| w & (1 << (i & 63)) != 0)
    }

    /// The first two and the last two bytes of a word, as filter indices.
    fn edges(word: &str) -> Option<(usize, usize)> {
        let b = word.as_bytes();
        let n = b.len();
        match (b.first(), b.get(1), n.checked_sub(2).and_then(|k| b.get(k)), b.last()) {
            (Some(&a), Some(&c), Some(&y), Some(&z)) => {
                Some((Self::index(a, c), Self::index(y, z)))
            }
            _ => None,
        }
    }

    fn add(&mut self, part: &str) {
        match Self::edges(part) {
            Some((h, t)) => {
                Self::set(&mut self.heads, h);
                Self::set(&mut self.tails, t);
            }
            None => {
                if let Some(&b) = part.as_bytes().first() {
                    Self::set(&mut self.short, usize::from(b));
                }
            }
        }
    }

    /// False only when no folder can read `word` as a compound: a compound has five
    /// bytes or more and starts and ends with a number word, longer than either.
    fn may_be_compound(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if b.len() < 5 {
            return false;
        }
        let (Some((h, t)), Some(&first), Some(&last)) = (Self::edges(word), b.first(), b.last())
        else {
            return false;
        };
        (Self::has(&self.heads, h) || Self::has(&self.short, usize::from(first)))
            && (Self::has(&self.tails, t) || Self::has(&self.short, usize::from(last)))
    }
}

impl MoneyRules {
    /// Loads and validates the data under `dir` (the gazetteers folder). Every language
    /// folder under `dir/money/` is loaded; `dir/money/common/` applies to all of them.
    /// Errors name the file and line.
    pub fn load(dir: &Path) -> Result<MoneyRules, DataError> {
        let mdir = dir.join("money");
        let mut rules = MoneyRules::default();
        if !mdir.is_dir() {
            return Ok(rules);
        }
        let entries = std::fs::read_dir(&mdir)
            .map_err(|e| DataError::new(&mdir, 0, format!("cannot list: {e}")))?;
        let mut folders: Vec<_> =
            entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
        folders.sort();
        if folders.len() > MAX_SLOTS as usize {
            return Err(DataError::new(
                &mdir,
                0,
                format!("at most {MAX_SLOTS} folders are supported"),
            ));
        }
        for folder in folders {
            let name = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if name == "common" {
                rules.common = load_lang(&folder, None, &TokenRules::default())?;
                continue;
            }
            let lang: Lang = name.parse().map_err(|e: String| DataError::new(&folder, 0, e))?;
            let ldir = dir.join("lang").join(lang.code());
            let token_rules = TokenRules {
                elisions: optional_list(&ldir.join("elisions.txt"))?,
                clitics: optional_list(&ldir.join("clitics.txt"))?,
            };
            let numbers = ldir.join("numbers.csv");
            rules.langs.insert(lang, load_lang(&folder, Some(&numbers), &token_rules)?);
        }
        // Slot 0 is the common folder; the languages follow in code order.
        let mut langs: Vec<Lang> = rules.langs.keys().copied().collect();
        langs.sort_by_key(|l| l.code());
        for (k, lang) in langs.iter().enumerate() {
            if let Some(r) = rules.langs.get_mut(lang) {
                r.slot = k as u32 + 1;
            }
        }
        let MoneyRules { langs, common, words, compounds } = &mut rules;
        for r in langs.values().chain(std::iter::once(&*common)) {
            for (lex, key) in r.lexicon_heads() {
                if let Some(bits) = words.get_or_default(key).heads.get_mut(r.slot as usize) {
                    *bits |= lex.bit();
                }
            }
            for (key, bits) in &r.triggers {
                words.get_or_default(key).triggers |= u64::from(*bits) << (4 * r.slot);
            }
            for part in r.number_parts.keys() {
                compounds.add(part);
            }
        }
        Ok(rules)
    }

    /// Money and percent mentions of one sentence, in text order.
    pub fn find(&self, cx: &SentenceContext) -> Vec<Mention> {
        let mut view = self.view(cx.sentence.lang, cx.doc_lang, cx.text);
        if view.surely_no_amount(cx.text, cx.tokens()) {
            return Vec::new();
        }
        let atoms = view.repair_atoms(atomize(cx.text, cx.tokens()));
        if atoms.is_empty() {
            return Vec::new();
        }
        view.info = view.atom_info(&atoms);
        if !view.may_hold_amount(&atoms) {
            return Vec::new();
        }
        view.starts = view.quantity_starts(&atoms);
        let cands = view.candidates(&atoms);
        view.mentions(&atoms, cands, || view.currency_before(cx))
    }

    /// The rules that apply to a sentence: its language first, then the document's,
    /// then the shared signs.
    fn view<'v>(&'v self, sentence: Lang, doc: Lang, text: &'v str) -> View<'v> {
        let mut rules = RuleList { items: [&self.common; 3], len: 0 };
        for l in [sentence, doc] {
            if let Some(r) = self.langs.get(&l) {
                if !rules.iter().any(|x| std::ptr::eq(*x, r)) {
                    rules.push(r);
                }
            }
        }
        if rules.is_empty() {
            // Undetermined language: English conventions if loaded, else any.
            if let Some(r) = self.langs.get(&Lang::En).or_else(|| self.langs.values().next()) {
                rules.push(r);
            }
        }
        let primary = rules.first().copied().unwrap_or(&self.common);
        rules.push(&self.common);
        let rules = rules;
        let mask = rules.iter().fold(0, |m, r| m | 0xf << (4 * r.slot));
        View {
            rules,
            primary,
            starts: Vec::new(),
            words: &self.words,
            mask,
            compounds: &self.compounds,
            info: Vec::new(),
            text,
            context: std::cell::Cell::new(None),
        }
    }
}

fn optional_list(path: &Path) -> Result<Vec<String>, DataError> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    Ok(read_list(path)?.into_iter().map(|l| crate::tokenize::lower_form(&l.text)).collect())
}

/// Whether an atom is a scale word written out (`Milliarden`, `billions`), not an
/// abbreviation (`Mrd.`, `Mds`, `bn`).
fn spelled_out(a: &Atom) -> bool {
    a.is_word() && !a.key.contains('.') && a.key.chars().count() > 4
}

/// The atoms of a data entry, tokenized as sentence text is.
fn entry_atoms(form: &str, token_rules: &TokenRules) -> Vec<Atom<'static>> {
    let tokens = tokenize(form, Span::new(0, form.len()), token_rules);
    let mut atoms: Vec<Atom<'static>> =
        atomize(form, &tokens).into_iter().map(Atom::into_owned).collect();
    // An elided word at the end of an entry (`d'`, `plus d'`) stays one atom, as it is
    // in running text where a word follows it.
    let mut i = 1;
    while i < atoms.len() {
        if atoms[i].kind == AtomKind::Punct
            && atoms[i].key == "'"
            && atoms[i].glued
            && atoms[i - 1].is_word()
        {
            let ap = atoms.remove(i);
            atoms[i - 1].key.to_mut().push_str(&ap.key);
            atoms[i - 1].span.end = ap.span.end;
        } else {
            i += 1;
        }
    }
    atoms
}

/// Adds a row's `form` to a lexicon, with file:line errors for empty or repeated forms.
fn add<T>(
    lex: &mut Lexicon<T>,
    row: &Row,
    column: &str,
    value: T,
    tr: &TokenRules,
) -> Result<(), DataError> {
    let form = row.required(column)?;
    let atoms = entry_atoms(form, tr);
    if atoms.is_empty() {
        return Err(row.error(format!("`{form}` has nothing to match")));
    }
    if !lex.insert(&atoms, value) {
        return Err(row.error(format!("`{form}` is listed twice (case and accents are ignored)")));
    }
    Ok(())
}

fn yes_no(row: &Row, column: &str) -> Result<bool, DataError> {
    match row.get(column) {
        "yes" => Ok(true),
        "no" | "" => Ok(false),
        other => Err(row.error(format!("`{column}` must be yes or no, not `{other}`"))),
    }
}

fn decimal(row: &Row, column: &str) -> Result<Decimal, DataError> {
    let v = row.required(column)?;
    Decimal::parse(v)
        .ok_or_else(|| row.error(format!("`{column}` must be a plain decimal number, not `{v}`")))
}

fn period(row: &Row) -> Result<String, DataError> {
    let p = row.required("period")?;
    let ok = p.len() >= 3
        && p.is_ascii()
        && p.starts_with('P')
        && p[1..p.len() - 1].bytes().all(|b| b.is_ascii_digit())
        && matches!(p.as_bytes()[p.len() - 1], b'Y' | b'M' | b'W' | b'D');
    if ok {
        Ok(p.to_string())
    } else {
        Err(row
            .error(format!("`period` must be an ISO 8601 duration such as P1M or P1Y, not `{p}`")))
    }
}

/// Loads one language folder (every file is optional).
fn load_lang(
    folder: &Path,
    numbers: Option<&Path>,
    tr: &TokenRules,
) -> Result<LangRules, DataError> {
    let mut r = LangRules { token_rules: tr.clone(), ..Default::default() };
    let file = |name: &str| {
        let p = folder.join(name);
        p.exists().then_some(p)
    };
    if let Some(p) = file("conventions.csv") {
        load_conventions(&mut r, &p)?;
    }
    if let Some(p) = file("scales.csv") {
        load_scales(&mut r, &p, tr)?;
    }
    if let Some(p) = file("currencies.csv") {
        load_currencies(&mut r, &p, tr)?;
    }
    if let Some(p) = file("cues.csv") {
        load_cues(&mut r, &p, tr)?;
    }
    if let Some(p) = file("periods.csv") {
        load_periods(&mut r, &p, tr)?;
    }
    if let Some(p) = file("percent.csv") {
        load_percent(&mut r, &p, tr)?;
    }
    if let Some(p) = file("vague.csv") {
        load_vague(&mut r, &p, tr)?;
    }
    if let Some(p) = file("joiners.csv") {
        load_joiners(&mut r, &p, tr)?;
    }
    if let Some(p) = file("links.txt") {
        load_links(&mut r, &p, tr)?;
    }
    if let Some(p) = file("context.csv") {
        load_context(&mut r, &p)?;
    }
    if let Some(p) = file("function_words.txt") {
        load_function_words(&mut r, &p)?;
    }
    if let Some(p) = file("subunits.csv") {
        load_subunits(&mut r, &p, tr)?;
    }
    if let Some(p) = file("signs.csv") {
        load_signs(&mut r, &p, tr)?;
    }
    if let Some(p) = file("differences.txt") {
        r.differences = read_list(&p)?
            .into_iter()
            .map(|l| crate::tokenize::fold_form(&crate::tokenize::lower_form(&l.text)))
            .collect();
    }
    if let Some(p) = numbers.filter(|p| p.exists()) {
        load_numbers(&mut r, p, tr)?;
    }
    index_triggers(&mut r);
    Ok(r)
}

/// Reads `conventions.csv`: the decimal mark, and whether nouns are capitalized.
fn load_conventions(r: &mut LangRules, p: &Path) -> Result<(), DataError> {
    for row in read_table(p, &["key", "value"])? {
        let value = row.get("value");
        match row.required("key")? {
            "decimal_mark" => {
                r.decimal = match value {
                    "," => DecimalMark::Comma,
                    "." => DecimalMark::Dot,
                    _ => return Err(row.error("decimal_mark must be `,` or `.`")),
                }
            }
            "capitalized_nouns" => r.capitalized_nouns = yes_no(&row, "value")?,
            "article_with_currency" => {
                r.article_currency = match value {
                    "no" => ArticleCurrency::No,
                    "alone" => ArticleCurrency::Alone,
                    "any" => ArticleCurrency::Any,
                    _ => return Err(row.error("article_with_currency must be no, alone or any")),
                }
            }
            other => return Err(row.error(format!("unknown key `{other}`"))),
        }
    }
    Ok(())
}

/// Reads `scales.csv`: scale words and their multipliers.
fn load_scales(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "multiplier", "needs_currency"])? {
        let scale = Scale {
            multiplier: decimal(&row, "multiplier")?,
            needs_currency: yes_no(&row, "needs_currency")?,
            singular: yes_no(&row, "singular")?,
        };
        add(&mut r.scales, &row, "form", scale, tr)?;
    }
    Ok(())
}

/// Reads `currencies.csv`: currency signs, codes and words, and where they stand.
fn load_currencies(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "code", "position"])? {
        let code = row.required("code")?;
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(
                row.error(format!("`code` must be an ISO 4217 code such as EUR, not `{code}`"))
            );
        }
        let (before, after) = match row.required("position")? {
            "before" => (true, false),
            "after" => (false, true),
            "both" => (true, true),
            other => {
                return Err(
                    row.error(format!("`position` must be before, after or both, not `{other}`"))
                )
            }
        };
        let needs_context = match row.get("condition") {
            "" => false,
            "scale_or_context" => true,
            other => return Err(row.error(format!("unknown condition `{other}`"))),
        };
        let form = row.required("form")?;
        let upper_only = form.len() == 3 && form.bytes().all(|b| b.is_ascii_uppercase());
        let currency =
            Currency { code: code.to_string(), before, after, upper_only, needs_context };
        add(&mut r.currencies, &row, "form", currency, tr)?;
    }
    Ok(())
}

/// Reads `cues.csv`: the words that qualify the amount after them.
fn load_cues(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "qualifier", "condition"])? {
        let qualifier = match row.required("qualifier")? {
            "approx" => Qualifier::Approx,
            "min" => Qualifier::Min,
            "max" => Qualifier::Max,
            other => {
                return Err(
                    row.error(format!("`qualifier` must be approx, min or max, not `{other}`"))
                )
            }
        };
        let not_after_noun = match row.get("condition") {
            "" => false,
            "not_after_noun" => true,
            other => return Err(row.error(format!("unknown condition `{other}`"))),
        };
        add(&mut r.cues, &row, "form", Cue { qualifier, not_after_noun }, tr)?;
    }
    Ok(())
}

/// Reads `periods.csv`: rate words, after or before an amount or anywhere in the sentence.
fn load_periods(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "period", "position"])? {
        let per = Period {
            period: period(&row)?,
            unless_followed_by: row
                .get("unless_followed_by")
                .split('|')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(|w| crate::tokenize::fold_form(&crate::tokenize::lower_form(w)))
                .collect(),
        };
        let lex = match row.required("position")? {
            "after" => &mut r.periods_after,
            "before" => &mut r.periods_before,
            "sentence" => &mut r.periods_sentence,
            other => {
                return Err(row
                    .error(format!("`position` must be after, before or sentence, not `{other}`")))
            }
        };
        add(lex, &row, "form", per, tr)?;
    }
    Ok(())
}

/// Reads `percent.csv`: percent words and their unit.
fn load_percent(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "unit"])? {
        let unit = row.required("unit")?;
        if !matches!(unit, "%" | "pp" | "‰") {
            return Err(row.error(format!("`unit` must be %, pp or ‰, not `{unit}`")));
        }
        add(&mut r.percent, &row, "form", unit.to_string(), tr)?;
    }
    Ok(())
}

/// Reads `vague.csv`: the words of vague quantities.
fn load_vague(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "role"])? {
        let role = match row.required("role")? {
            "determiner" => VagueRole::Determiner,
            "multiplier" => VagueRole::Multiplier,
            "definite" => VagueRole::Definite,
            other => {
                return Err(row.error(format!(
                    "`role` must be determiner, multiplier or definite, not `{other}`"
                )))
            }
        };
        add(&mut r.vague, &row, "form", role, tr)?;
    }
    Ok(())
}

/// Reads `joiners.csv`: range and coordination words.
fn load_joiners(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "role"])? {
        let role = match row.required("role")? {
            "open" => JoinRole::Open,
            "from" => JoinRole::From,
            "to" => JoinRole::To,
            "and" => JoinRole::And,
            "coord" => JoinRole::Coord,
            other => {
                return Err(row
                    .error(format!("`role` must be open, from, to, and or coord, not `{other}`")))
            }
        };
        add(&mut r.joiners, &row, "form", role, tr)?;
    }
    Ok(())
}

/// Reads `links.txt`: the words between an amount and its currency (`de`, `d'`).
fn load_links(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for line in read_list(p)? {
        let atoms = entry_atoms(&line.text, tr);
        if atoms.is_empty() || !r.links.insert(&atoms, ()) {
            return Err(DataError::new(
                p,
                line.line,
                format!("`{}` is empty or listed twice", line.text),
            ));
        }
    }
    Ok(())
}

/// Reads `context.csv`: the word prefixes and infixes that make a sentence about money.
fn load_context(r: &mut LangRules, p: &Path) -> Result<(), DataError> {
    for row in read_table(p, &["form", "match"])? {
        let form = crate::tokenize::fold_form(&crate::tokenize::lower_form(row.required("form")?));
        match row.required("match")? {
            "prefix" => r.context_prefixes.push(form),
            "infix" => r.context_infixes.push(form),
            other => {
                return Err(row.error(format!("`match` must be prefix or infix, not `{other}`")))
            }
        }
    }
    Ok(())
}

/// Reads `subunits.csv`: minor units, their fraction and the currencies they belong to.
fn load_subunits(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "fraction", "codes"])? {
        let fraction = decimal(&row, "fraction")?;
        if fraction.is_zero() || fraction >= Decimal::ONE {
            return Err(row.error("`fraction` must be above 0 and below 1"));
        }
        let codes: Vec<String> =
            row.required("codes")?.split('|').map(|c| c.trim().to_string()).collect();
        if let Some(bad) =
            codes.iter().find(|c| c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Err(
                row.error(format!("`codes` must be ISO 4217 codes split by |, not `{bad}`"))
            );
        }
        let sub = Subunit { fraction, codes };
        r.subunit_list.push(sub.clone());
        add(&mut r.subunits, &row, "form", sub, tr)?;
    }
    Ok(())
}

/// Reads `signs.csv`: sign words right before an amount.
fn load_signs(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["form", "sign"])? {
        let negative = match row.required("sign")? {
            "-" => Some(true),
            "+" => Some(false),
            "?" => None,
            other => return Err(row.error(format!("`sign` must be -, + or ?, not `{other}`"))),
        };
        add(&mut r.signs, &row, "form", negative, tr)?;
    }
    Ok(())
}

/// Reads `function_words.txt`: the words that may follow an amount without a currency.
fn load_function_words(r: &mut LangRules, p: &Path) -> Result<(), DataError> {
    r.function_words = read_list(p)?
        .into_iter()
        .map(|l| crate::tokenize::fold_form(&crate::tokenize::lower_form(&l.text)))
        .collect();
    Ok(())
}

/// Reads the language's `numbers.csv`: number words, also indexed as parts of compounds
/// and as triggers.
fn load_numbers(r: &mut LangRules, p: &Path, tr: &TokenRules) -> Result<(), DataError> {
    for row in read_table(p, &["word", "value", "type"])? {
        let kind = WordType::parse(row.required("type")?).ok_or_else(|| {
            row.error("`type` must be unit, hundred, thousand, article, fraction, and or plus_half")
        })?;
        let w = NumWord { value: decimal(&row, "value")?, kind };
        let atoms = entry_atoms(row.required("word")?, tr);
        if let Some(first) = atoms.first() {
            let bit = match kind {
                WordType::Unit | WordType::Hundred | WordType::Thousand => TRIGGER_AMOUNT,
                WordType::Article => TRIGGER_ARTICLE,
                _ => 0,
            };
            *r.triggers.entry(first.key.to_string()).or_default() |= bit;
        }
        let keys: Vec<&Atom> = atoms.iter().filter(|a| a.kind != AtomKind::Hyphen).collect();
        if keys.len() == 1 && atoms.len() == 1 {
            r.number_parts.insert(keys[0].key.to_string(), w);
            r.number_part_keys.insert(keys[0].key.to_string());
            if !r.number_part_lens.contains(&keys[0].key.len()) {
                r.number_part_lens.push(keys[0].key.len());
            }
        }
        add(&mut r.numbers, &row, "word", w, tr)?;
    }
    Ok(())
}

/// Indexes what the prefilter looks for: the edges of the number parts, and the first
/// words that may begin an amount or a percentage.
fn index_triggers(r: &mut LangRules) {
    r.edge_len = r.number_parts.keys().map(String::len).min().unwrap_or(0).min(4);
    for key in r.number_parts.keys() {
        let b = key.as_bytes();
        r.heads.insert(pack(&b[..r.edge_len]));
        r.tails.insert(pack(&b[b.len() - r.edge_len..]));
    }
    for key in r.scales.first_keys() {
        *r.triggers.entry(key.to_string()).or_default() |= TRIGGER_AMOUNT;
    }
    for key in r.percent.first_keys() {
        *r.triggers.entry(key.to_string()).or_default() |= TRIGGER_PERCENT;
    }
    if r.article_currency != ArticleCurrency::No {
        let keys: Vec<String> = r.currencies.first_keys().map(str::to_string).collect();
        for key in keys {
            *r.triggers.entry(key).or_default() |= TRIGGER_CURRENCY;
        }
    }
}

/// Up to four bytes as one number.
fn pack(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |acc, &b| acc << 8 | u32::from(b))
}

/// The rules of a [`View`]: the sentence's language, the document's and the shared
/// folder, without repeats (at most three), in a fixed array.
#[derive(Clone, Copy)]
struct RuleList<'a> {
    items: [&'a LangRules; 3],
    len: usize,
}

impl<'a> RuleList<'a> {
    /// Adds a folder's rules (ignored when the list is full).
    fn push(&mut self, r: &'a LangRules) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = r;
            self.len += 1;
        }
    }
}

impl<'a> std::ops::Deref for RuleList<'a> {
    type Target = [&'a LangRules];

    fn deref(&self) -> &Self::Target {
        self.items.get(..self.len).unwrap_or_default()
    }
}

/// The rules that apply to one sentence, in order of preference.
struct View<'a> {
    rules: RuleList<'a>,
    /// The sentence's own language (number conventions).
    primary: &'a LangRules,
    /// For each atom of the sentence, whether a quantity with a possible amount may
    /// start there ([`View::quantity_starts`]); empty when not worked out.
    starts: Vec<bool>,
    /// What every folder knows of a word, and the trigger bits of the folders in `rules`.
    words: &'a KeyMap<WordEntry>,
    mask: u64,
    compounds: &'a CompoundFilter,
    /// For each atom of the sentence, what the rules know of it ([`View::atom_info`]);
    /// empty when not worked out.
    info: Vec<AtomInfo>,
    /// The document's text, which the atoms' spans index (capitals of ISO codes).
    text: &'a str,
    /// Whether the sentence is about money ([`View::money_context`]), once worked out.
    context: std::cell::Cell<Option<bool>>,
}

/// A number, number words or a vague quantity, before any scale.
#[derive(Clone, Debug)]
struct Quantity {
    end: usize,
    /// None for a vague quantity.
    value: Option<Decimal>,
    /// Only `un`/`ein`/`a`: a number only before a scale or percent word.
    article_only: bool,
    /// `halbe`, `demi`: a number only before a scale.
    fraction: bool,
    /// Vague with a determiner or multiplier (`des`, `plusieurs dizaines de`).
    vague_marked: bool,
    /// Four digits that read as a year (1800 to 2100).
    year_like: bool,
    /// A definite article (`du`, `die`): one, only before a singular scale word.
    definite: bool,
    /// Digits too large to hold: an amount with an empty value.
    too_large: bool,
}

impl Quantity {
    /// A quantity ending at `end`, with no value and no flag.
    fn at(end: usize) -> Quantity {
        Quantity {
            end,
            value: None,
            article_only: false,
            fraction: false,
            vague_marked: false,
            year_like: false,
            definite: false,
            too_large: false,
        }
    }

    /// Whether a number stands here, even one too large to hold (not a vague quantity).
    fn has_number(&self) -> bool {
        self.value.is_some() || self.too_large
    }
}

/// One amount as parsed, before ranges and currency inheritance.
#[derive(Clone, Debug)]
struct Amount {
    start: usize,
    end: usize,
    qty: Quantity,
    scale: Option<Decimal>,
    /// A scale word stands in the amount itself (not inherited).
    has_scale_atoms: bool,
    currency: Option<String>,
    percent: Option<String>,
    /// A sign before it: `Some(true)` for a minus (`-3 Mrd.`, `minus 3 Milliarden`).
    sign: Option<bool>,
    /// A word before it that may be a minus or a subtraction (`moins 3 milliards`): the
    /// value stays empty.
    unsure_sign: bool,
    /// Counted in a minor unit (`34 cents`): no range with an amount in the main unit
    /// (`fell 3 cents to $1.20`).
    minor: bool,
    /// The number in brackets inside it (`460 (Vorjahr 387) Millionen Euro`): where the
    /// first number ends, the atom of the second and its value in the amount's scale.
    inner: Option<(usize, usize, Option<Decimal>)>,
}

impl Amount {
    fn negative(&self) -> bool {
        self.sign == Some(true)
    }

    fn number_only(&self) -> bool {
        self.scale.is_none() && self.currency.is_none() && self.percent.is_none()
    }

    /// The value in currency units (or percent).
    fn value(&self) -> Option<Decimal> {
        let v = self.qty.value?;
        match self.scale {
            Some(s) => v.checked_mul(s),
            None => Some(v),
        }
    }

    /// The number of this amount in the scale of `other` (`2` in `2 à 3 Md€`).
    fn value_in_scale_of(&self, other: &Amount) -> Option<Decimal> {
        self.qty.value.and_then(|v| v.checked_mul(other.scale.unwrap_or(Decimal::ONE)))
    }
}

/// What opens an amount (see [`View::opening`]).
#[derive(Clone, Copy)]
struct Opening<'a> {
    /// A cue before the amount (`environ`, `bis zu`), setting its qualifier.
    cue: Option<&'a Cue>,
    /// Where the cue starts.
    cue_start: Option<usize>,
    /// Where an opening joiner starts (`entre`, `zwischen`).
    open: Option<usize>,
    /// Where the amount starts.
    at: usize,
}

/// A mention in the making.
#[derive(Clone, Debug)]
struct Cand {
    start: usize,
    end: usize,
    percent: Option<String>,
    value: Option<Decimal>,
    value_to: Option<Decimal>,
    /// `value` (`value_to`) is below zero.
    negative: bool,
    negative_to: bool,
    currency: Option<String>,
    qualifier: Qualifier,
    vague: bool,
    vague_marked: bool,
    /// No currency of its own, and the words after it do not count something else.
    bare_ok: bool,
}

impl<'a> View<'a> {
    /// For each atom, whether [`View::amount_core`] may find an amount starting there:
    /// digits, the first word of a number word, of a vague quantity or of a scale, a
    /// compound of number words, or a hyphen before a scale. Anything else yields no
    /// quantity, or a vague one with no scale after it, which is no amount.
    fn quantity_starts(&self, atoms: &[Atom]) -> Vec<bool> {
        let scale_at = |k: usize| k < atoms.len() && self.may_start(Lex::Scales, k);
        atoms
            .iter()
            .enumerate()
            .map(|(k, a)| {
                a.kind == AtomKind::Number
                    || self.may_start(Lex::Numbers, k)
                    || self.may_start(Lex::Vague, k)
                    || scale_at(k)
                    || (a.kind == AtomKind::Hyphen && scale_at(k + 1))
                    || self.info.get(k).is_some_and(|x| x.compound)
            })
            .collect()
    }

    /// Whether an amount may start somewhere in the sentence: the prefilter that lets
    /// most sentences skip the rules. Every amount holds digits, a number word that
    /// starts a number (`deux`, `hundert`), a compound of number words, or a scale
    /// word (which vague quantities, fractions and articles need); an article alone
    /// (`un`, `ein`) is a number only before a scale or a percent word. A sentence
    /// with none of these has no candidate.
    fn may_hold_amount(&self, atoms: &[Atom]) -> bool {
        let mut article = false;
        let mut percent = false;
        for ((i, a), info) in atoms.iter().enumerate().zip(&self.info) {
            if a.kind == AtomKind::Number {
                return true;
            }
            let bits = info.triggers;
            if bits & spread(TRIGGER_AMOUNT) != 0 {
                return true;
            }
            article |= bits & spread(TRIGGER_ARTICLE) != 0;
            if bits & spread(TRIGGER_PERCENT) != 0 {
                percent |= self.rules.iter().any(|r| {
                    (bits >> (4 * r.slot)) & u64::from(TRIGGER_PERCENT) != 0
                        && r.percent.longest(atoms, i).is_some()
                });
            }
            if info.compound {
                return true;
            }
            // `un euro`: an article before a currency word may be one of it.
            percent |= bits & spread(TRIGGER_CURRENCY) != 0;
        }
        article && percent
    }

    /// The trigger bits of a key for the folders of this view (see [`WordEntry::triggers`]).
    fn trigger_bits(&self, key: &str) -> u64 {
        self.words.get(key).map_or(0, |w| w.triggers) & self.mask
    }

    /// What the rules of this view know of each atom: one look-up per atom.
    fn atom_info(&self, atoms: &[Atom]) -> Vec<AtomInfo> {
        atoms
            .iter()
            .map(|a| {
                let (triggers, heads) = match self.words.get(&a.key) {
                    Some(w) => (
                        w.triggers & self.mask,
                        self.rules
                            .iter()
                            .fold(0, |m, r| m | w.heads.get(r.slot as usize).copied().unwrap_or(0)),
                    ),
                    None => (0, 0),
                };
                AtomInfo { triggers, heads, compound: a.is_word() && self.compound_any(&a.key) }
            })
            .collect()
    }

    /// Whether a folder of this view reads `word` as a compound of number words.
    fn compound_any(&self, word: &str) -> bool {
        self.compounds.may_be_compound(word)
            && self.rules.iter().any(|r| r.compound(word).is_some())
    }

    /// [`View::may_hold_amount`] on the tokens, before atoms are made: true only when
    /// no amount can start in the sentence. A sentence with a digit, or a token with a
    /// hyphen, leaves the question to the atoms; any other token is one atom whose key
    /// is its folded form. An article with the first word of a percent word also
    /// leaves the question to the atoms.
    fn surely_no_amount(&self, doc: &str, tokens: &[Token]) -> bool {
        // No digit: no number token, and no token starts with a digit.
        let Some(hyphens) = digitless(token_bytes(doc, tokens)) else { return false };
        let mut article = false;
        let mut percent = false;
        for t in tokens {
            let text = t.span.slice(doc);
            if t.kind == TokenKind::Number
                || text.is_empty()
                || (hyphens && text.contains(crate::tokenize::is_hyphen))
            {
                return false;
            }
            let folded = &t.folded[..];
            let bits = self.trigger_bits(folded);
            if bits & spread(TRIGGER_AMOUNT) != 0 {
                return false;
            }
            article |= bits & spread(TRIGGER_ARTICLE) != 0;
            percent |= bits & spread(TRIGGER_PERCENT | TRIGGER_CURRENCY) != 0;
            if t.kind == TokenKind::Word && self.compound_any(folded) {
                return false;
            }
        }
        !(article && percent)
    }

    /// Splits the words the tokenizer left with digits glued after an elision or an ISO
    /// code (`d'1,7`, `USD1,23`, `EUR29,99`) into the word and one number atom, the
    /// pieces of the number after it (`,` `23`) joined again.
    fn repair_atoms<'t>(&self, atoms: Vec<Atom<'t>>) -> Vec<Atom<'t>> {
        let glued_digits =
            |a: &Atom| a.is_word() && a.key.bytes().last().is_some_and(|b| b.is_ascii_digit());
        let elided = |w: &[Atom]| {
            w[0].is_word()
                && w[0].key.ends_with('\'')
                && w[1].glued
                && w[1].kind == AtomKind::Number
        };
        if !atoms.iter().any(glued_digits) && !atoms.windows(2).any(elided) {
            return atoms;
        }
        let mut out: Vec<Atom<'t>> = Vec::with_capacity(atoms.len() + 2);
        let mut i = 0;
        while i < atoms.len() {
            let a = &atoms[i];
            if i > 0 && elided(&atoms[i - 1..=i]) {
                // `d'` `1` `,` `7`: the number after an elision, in one atom.
                let (number, next) = self.rest_of_number(&atoms, i, a.span.start, a.span.end);
                out.push(number);
                i = next;
                continue;
            }
            match glued_digits(a).then(|| self.split_glued(&atoms, i)).flatten() {
                Some((word, number, next)) => {
                    out.push(word);
                    out.push(number);
                    i = next;
                }
                None => {
                    out.push(a.clone());
                    i += 1;
                }
            }
        }
        out
    }

    /// The word and the number of atom `i` (see [`View::repair_atoms`]), and the atom
    /// after the number.
    fn split_glued<'t>(&self, atoms: &[Atom<'t>], i: usize) -> Option<(Atom<'t>, Atom<'t>, usize)> {
        let a = atoms.get(i)?;
        let text = a.span.slice(self.text);
        let p = text.find(|c: char| c.is_ascii_digit()).filter(|&p| p > 0)?;
        if !text[p..].bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let prefix = &text[..p];
        let key =
            crate::tokenize::fold_form(&crate::tokenize::lower_form(prefix)).replace('’', "'");
        let word = Atom {
            span: Span::new(a.span.start, a.span.start + p),
            key: std::borrow::Cow::Owned(key.clone()),
            kind: AtomKind::Word,
            glued: a.glued,
            capitalized: a.capitalized,
        };
        let elision = key.ends_with('\'') && self.primary.token_rules.elisions.contains(&key);
        let code = prefix.len() == 3
            && prefix.bytes().all(|b| b.is_ascii_uppercase())
            && self.currency(std::slice::from_ref(&word), 0, true).is_some();
        if !(elision || code) {
            return None;
        }
        let (number, k) = self.rest_of_number(atoms, i, a.span.start + p, a.span.end);
        Some((word, number, k))
    }

    /// One number atom from `start` to `end` (the digits of atom `i`) and the pieces
    /// glued after it (`,` `23`), standing apart from the word before it; and the atom
    /// after the number.
    fn rest_of_number<'t>(
        &self,
        atoms: &[Atom<'t>],
        i: usize,
        start: usize,
        mut end: usize,
    ) -> (Atom<'t>, usize) {
        let mut k = i + 1;
        while let (Some(sep), Some(n)) = (atoms.get(k), atoms.get(k + 1)) {
            if !(sep.glued
                && matches!(&*sep.key, "," | ".")
                && n.glued
                && n.kind == AtomKind::Number)
            {
                break;
            }
            end = n.span.end;
            k += 2;
        }
        let span = Span::new(start, end);
        let number = Atom {
            span,
            key: std::borrow::Cow::Owned(span.slice(self.text).to_string()),
            kind: AtomKind::Number,
            // Read as standing apart: the word is no part of a code.
            glued: false,
            capitalized: false,
        };
        (number, k)
    }

    /// Whether an entry of lexicon `lex` may start at atom `i` (always, when the heads of
    /// the atoms are not worked out).
    fn may_start(&self, lex: Lex, i: usize) -> bool {
        match self.info.get(i) {
            Some(info) => info.heads & lex.bit() != 0,
            None => self.info.is_empty(),
        }
    }

    /// The longest match at `i` over every applicable lexicon; ties go to the preferred language.
    fn find<T>(&self, pick: Pick<T>, atoms: &[Atom], i: usize) -> Option<(usize, &'a T)> {
        if !self.may_start(pick.lex, i) {
            return None;
        }
        let mut best: Option<(usize, &'a T)> = None;
        for r in self.rules.iter() {
            if let Some((end, v)) = (pick.get)(r).longest(atoms, i) {
                if best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, v));
                }
            }
        }
        best
    }

    /// The longest match at `i` over every applicable lexicon whose value passes `want`;
    /// among equally long ones, the preferred language's, then the lexicon's order.
    fn find_where<T>(
        &self,
        pick: Pick<T>,
        atoms: &'a [Atom],
        i: usize,
        want: impl Fn(&T) -> bool,
    ) -> Option<(usize, &'a T)> {
        if !self.may_start(pick.lex, i) {
            return None;
        }
        let mut best: Option<(usize, &'a T)> = None;
        for r in self.rules.iter() {
            for (end, v) in (pick.get)(r).all_at(atoms, i) {
                if want(v) && best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, v));
                }
            }
        }
        best
    }

    /// A currency at `i` usable in `position` (true: before the number). An ISO code
    /// must be written in capitals; a sign glued to letters that make no known form
    /// (`aud$` unlisted, `$xyz`) is some other currency, so none is read.
    fn currency(&self, atoms: &'a [Atom], i: usize, before: bool) -> Option<(usize, &'a Currency)> {
        let capitals = |k: usize| {
            atoms.get(k).is_some_and(|a| a.span.slice(self.text).chars().all(|c| !c.is_lowercase()))
        };
        let (end, cur) = self.find_where(CURRENCIES, atoms, i, |c| {
            (if before { c.before } else { c.after }) && (!c.upper_only || capitals(i))
        })?;
        let first = atoms.get(i)?;
        let last = atoms.get(end.checked_sub(1)?)?;
        let letters = |a: &Atom| a.is_word() && !a.key.contains('.');
        // `$CAD` unlisted: letters glued after a sign.
        if last.kind == AtomKind::Symbol && atoms.get(end).is_some_and(|n| n.glued && letters(n)) {
            return None;
        }
        // `xy$`: letters glued before a sign (a scale word after the number is fine: `5 Md$`,
        // `5 M€`; before it, `T$2.1 billion` is a currency unknown here).
        if first.kind == AtomKind::Symbol && first.glued && i > 0 {
            let prev = &atoms[i - 1];
            if letters(prev)
                && (before || self.find(SCALES, atoms, i - 1).is_none_or(|(e, _)| e != i))
            {
                return None;
            }
        }
        Some((end, cur))
    }

    fn joiner(
        &self,
        atoms: &'a [Atom],
        i: usize,
        want: impl Fn(JoinRole) -> bool,
    ) -> Option<(usize, JoinRole)> {
        self.find_where(JOINERS, atoms, i, |r| want(*r)).map(|(e, r)| (e, *r))
    }

    /// Whether a `from` joiner ends right at atom `i` (`from`, `by`, `um`, `de`
    /// before an amount).
    fn change_opens(&self, atoms: &'a [Atom], i: usize) -> bool {
        (i.saturating_sub(FROM_ATOMS)..i)
            .any(|k| self.joiner(atoms, k, |r| r == JoinRole::From).is_some_and(|(e, _)| e == i))
    }

    fn number_word(
        &self,
        atoms: &'a [Atom],
        i: usize,
        want: impl Fn(WordType) -> bool,
    ) -> Option<(usize, NumWord)> {
        self.find_where(NUMBERS, atoms, i, |w| want(w.kind)).map(|(e, w)| (e, *w))
    }

    /// A cue at `i` whose condition holds.
    fn cue(&self, atoms: &'a [Atom], i: usize) -> Option<(usize, &'a Cue)> {
        let after_noun = i > 1
            && atoms.get(i - 1).is_some_and(|p| p.is_word() && p.capitalized)
            && self.primary.capitalized_nouns;
        self.find_where(CUES, atoms, i, |c| !(c.not_after_noun && after_noun))
    }

    /// Skips a hyphen that joins two parts of a compound (`500-Millionen`).
    fn skip_joint(atoms: &[Atom], k: usize) -> usize {
        match (atoms.get(k), atoms.get(k + 1)) {
            (Some(h), Some(n)) if h.kind == AtomKind::Hyphen && h.glued && n.glued => k + 1,
            _ => k,
        }
    }

    /// Number words at `j`: (value, end, article_only, fraction).
    fn number_words(&self, atoms: &'a [Atom], j: usize) -> Option<(Decimal, usize, bool, bool)> {
        let is = |t: WordType| move |k: WordType| k == t;
        if let Some((e, _)) = self.number_word(atoms, j, is(WordType::Article)) {
            let f_at = Self::skip_joint(atoms, e);
            if let Some((e2, f)) = self.number_word(atoms, f_at, is(WordType::Fraction)) {
                return Some((f.value, e2, false, true));
            }
            return Some((Decimal::ONE, e, true, false));
        }
        if let Some((e, f)) = self.number_word(atoms, j, is(WordType::Fraction)) {
            let end = self.number_word(atoms, e, is(WordType::Article)).map_or(e, |(e2, _)| e2);
            return Some((f.value, end, false, true));
        }
        let mut wn = WordNumber::default();
        let mut k = j;
        let mut good: Option<(Decimal, usize)> = None;
        loop {
            if k > j {
                k = Self::skip_joint(atoms, k);
            }
            let step = |t: WordType| {
                matches!(t, WordType::Unit | WordType::Hundred | WordType::Thousand | WordType::And)
            };
            if let Some((e, w)) = self.number_word(atoms, k, step) {
                if !wn.push(w) {
                    break;
                }
                k = e;
                if !wn.ends_with_and() {
                    good = Some((wn.value(), k));
                }
                continue;
            }
            if wn.is_empty() {
                let a = atoms.get(k)?;
                // `compound` is worked out with the same test (always true when not worked out).
                if a.is_word() && self.info.get(k).is_none_or(|x| x.compound) {
                    let parts = self.rules.iter().find_map(|r| r.compound(&a.key))?;
                    let mut c = WordNumber::compound();
                    if parts.into_iter().all(|p| c.push(p)) {
                        good = Some((c.value(), k + 1));
                    }
                }
            }
            break;
        }
        good.map(|(v, e)| (v, e, false, false))
    }

    /// The quantity at `j`: digits, number words or a vague quantity.
    fn quantity(&self, atoms: &'a [Atom], j: usize) -> Option<Quantity> {
        let a = atoms.get(j)?;
        if a.kind == AtomKind::Number {
            return self.digits_quantity(atoms, j);
        }
        if let Some((value, end, article_only, fraction)) = self.number_words(atoms, j) {
            return Some(Quantity {
                value: Some(value),
                article_only,
                fraction,
                ..Quantity::at(end)
            });
        }
        // `du milliard`, `die Milliarde`: one of the singular scale after it.
        if let Some((e, VagueRole::Definite)) = self.find(VAGUE, atoms, j) {
            return Some(Quantity { value: Some(Decimal::ONE), definite: true, ..Quantity::at(e) });
        }
        // Vague: [determiner] [multiplier [link]] — a scale must follow (checked by the caller).
        let mut k = j;
        let mut marked = false;
        if let Some((e, VagueRole::Determiner)) = self.find(VAGUE, atoms, k) {
            k = e;
            marked = true;
        }
        if let Some((e, VagueRole::Multiplier)) = self.find(VAGUE, atoms, k) {
            k = e;
            marked = true;
            if let Some((e2, _)) = self.find(LINKS, atoms, k) {
                k = e2;
            }
        } else if marked {
            // `several hundred million`
            if let Some((e, _)) =
                self.number_word(atoms, k, |t| matches!(t, WordType::Hundred | WordType::Thousand))
            {
                k = e;
            }
        }
        Some(Quantity { value: None, vague_marked: marked, ..Quantity::at(k) })
    }

    /// The quantity of the digits at `j`, with a power of ten after them (`10^12`,
    /// `1,5e9`, `2×10^9`). `None` for a piece of a longer run of digits the tokenizer
    /// split: read alone it would be a truncated number.
    fn digits_quantity(&self, atoms: &'a [Atom], j: usize) -> Option<Quantity> {
        let a = atoms.get(j)?;
        // A number glued to a word by a hyphen is a name (`GPT-4`, `Covid-19`).
        if a.glued
            && j >= 2
            && atoms[j - 1].kind == AtomKind::Hyphen
            && atoms[j - 2].is_word()
            && atoms[j - 1].glued
        {
            return None;
        }
        // A number glued to a word before it is part of a code.
        if a.glued && j >= 1 && atoms[j - 1].is_word() {
            return None;
        }
        // `12` in `10^12`, `7` in `1,7` cut from a word: a fragment.
        let ends_in_digit = |x: &Atom| x.key.bytes().last().is_some_and(|b| b.is_ascii_digit());
        let joint = |x: &Atom| x.glued && matches!(&*x.key, "," | "." | "^" | "'" | "’");
        if a.glued && j >= 2 && joint(&atoms[j - 1]) && ends_in_digit(&atoms[j - 2]) {
            return None;
        }
        if let (Some(s), Some(n)) = (atoms.get(j + 1), atoms.get(j + 2)) {
            if joint(s) && s.key != "^" && n.glued && n.kind == AtomKind::Number {
                return None;
            }
        }
        let (value, too_large) = match read_digits(&a.key, self.primary.decimal)? {
            Ok(v) => (Some(v), false),
            Err(TooLarge) => (None, true),
        };
        if let Some((power, end)) = power_of_ten(atoms, j, value) {
            let value = power.ok();
            return Some(Quantity { value, too_large: value.is_none(), ..Quantity::at(end) });
        }
        let year_like = a.key.len() == 4
            && a.key.bytes().all(|b| b.is_ascii_digit())
            && value.and_then(Decimal::as_integer).is_some_and(|y| (1800..=2100).contains(&y));
        Some(Quantity { value, too_large, year_like, ..Quantity::at(j + 1) })
    }

    /// An amount starting at `i` (no cue, no range), with a sign before it (`-3 Mrd.`,
    /// `minus 3 Milliarden`, `-$3 billion`, `$-3 billion`).
    fn amount(&self, atoms: &'a [Atom], i: usize) -> Option<Amount> {
        let mut a = self.unsigned_amount(atoms, i)?;
        if a.sign.is_none() {
            if let Some((at, sign)) = self.sign_before(atoms, i) {
                a.start = at;
                a.sign = sign;
                a.unsure_sign = sign.is_none();
            }
        }
        Some(a)
    }

    /// The amount at `k`, or at `k + 1` after a sign glued to it (`rund -3 Mrd.`,
    /// `zwischen -5 und -3`): the amount and where it was read.
    fn signed_amount(&self, atoms: &'a [Atom], k: usize) -> Option<(Amount, usize)> {
        if let Some(a) = self.amount(atoms, k) {
            return Some((a, k));
        }
        glued_sign(atoms, k + 1)?;
        self.amount(atoms, k + 1).map(|a| (a, k + 1))
    }

    /// A sign right before atom `i`: glued to it after a space (`-3`), or a sign word
    /// (`minus`). Its atom and whether it is a minus.
    fn sign_before(&self, atoms: &'a [Atom], i: usize) -> Option<(usize, Option<bool>)> {
        if let Some((at, negative)) = glued_sign(atoms, i) {
            return Some((at, Some(negative)));
        }
        // The longest sign phrase ending right before the amount: `plus or minus $300
        // million` is a tolerance (`?`: no value), not a minus.
        (1..=3).rev().find_map(|back| {
            let at = i.checked_sub(back)?;
            match self.find(SIGNS, atoms, at) {
                Some((e, sign)) if e == i => Some((at, *sign)),
                _ => None,
            }
        })
    }

    fn unsigned_amount(&self, atoms: &'a [Atom], i: usize) -> Option<Amount> {
        if let Some((e, cur)) = self.currency(atoms, i, true) {
            // `$-3 billion`: a sign between the currency and the number.
            let number_next =
                atoms.get(e + 1).is_some_and(|n| n.glued && n.kind == AtomKind::Number);
            let signed = atoms.get(e).filter(|s| s.glued && number_next).and_then(sign_of);
            let at = if signed.is_some() { e + 1 } else { e };
            if let Some(mut a) = self.amount_core(atoms, at, true) {
                if a.qty.has_number() && a.currency.as_ref().is_none_or(|c| *c == cur.code) {
                    // A year after a currency code is no amount (`SAR 2025`).
                    if !(a.qty.year_like && a.scale.is_none()) {
                        a.start = i;
                        a.currency = Some(cur.code.clone());
                        a.sign = signed;
                        return Some(a);
                    }
                }
            }
        }
        self.amount_core(atoms, i, false)
    }

    fn amount_core(&self, atoms: &'a [Atom], i: usize, currency_before: bool) -> Option<Amount> {
        if !self.starts.is_empty() && !self.starts.get(i).copied().unwrap_or(false) {
            return None;
        }
        let qty = self.quantity(atoms, i)?;
        let a = self.amount_after(atoms, i, qty.clone(), currency_before)?;
        if a.number_only() && !currency_before && qty.value.is_some() && !qty.year_like {
            // `460 (Vorjahreszeitraum 387) Millionen Euro`: the scale and currency after
            // the brackets are those of both numbers.
            if let Some(b) = self.bracketed(atoms, i, &qty) {
                return Some(b);
            }
        }
        Some(a)
    }

    /// The scale, percent word or currency after quantity `qty` of the amount at `i`.
    fn amount_after(
        &self,
        atoms: &'a [Atom],
        i: usize,
        qty: Quantity,
        currency_before: bool,
    ) -> Option<Amount> {
        let mut j = qty.end;
        let mut scale = None;
        let mut value_qty = qty.clone();
        if let Some((end, multiplier, v)) = self.scale_after(atoms, &qty, currency_before) {
            scale = Some(multiplier);
            value_qty.value = v;
            j = end;
        }
        if qty.definite && scale.is_none() {
            return None;
        }
        if scale.is_none() && (!qty.has_number() || qty.fraction) {
            return None;
        }
        let mut percent = None;
        let mut currency = None;
        let k = Self::skip_joint(atoms, j);
        if scale.is_none() && !currency_before {
            if let Some((e, unit)) = self.find(PERCENT, atoms, k) {
                percent = Some(unit.clone());
                j = e;
            }
        }
        // A scale and currency joined by a hyphen after a number word or a vague
        // quantity make an adjective (`a billion-dollar deal`, `Milliarden-Euro-Projekt`).
        let adjective = k > j && !matches!(atoms.get(i).map(|a| a.kind), Some(AtomKind::Number));
        if percent.is_none() && !adjective {
            if let Some((e, code)) = self.currency_after(atoms, k, scale.is_some()) {
                currency = Some(code);
                j = e;
            }
        }
        // `zwei Euro fünfzig`, `13 Euro und 45 Cent`.
        if let (Some(code), Some(v), None) = (&currency, value_qty.value, scale) {
            if let Some((e, cents)) = self.cents(atoms, j, code) {
                if let Some(total) = v.checked_add(cents) {
                    value_qty.value = Some(total);
                    j = e;
                }
            }
        }
        // `34 cents`, `80 Cent`: a minor unit alone.
        let mut minor = false;
        if currency.is_none() && percent.is_none() && scale.is_none() && !currency_before {
            if let Some((e, code, value)) = self.minor_unit(atoms, k, &qty) {
                value_qty.value = value;
                value_qty.too_large |= value.is_none();
                currency = Some(code);
                minor = true;
                j = e;
            }
        }
        let units = (scale.is_some(), currency.is_some(), percent.is_some());
        if !self.stands(atoms, j, &qty, units, currency_before) {
            return None;
        }
        Some(Amount {
            start: i,
            end: j,
            qty: value_qty,
            has_scale_atoms: scale.is_some(),
            scale,
            currency,
            percent,
            sign: None,
            unsure_sign: false,
            minor,
            inner: None,
        })
    }

    /// The currency at `k` after an amount, maybe after a link (`d'euros`): (end, code).
    /// A word with another sense (`livres`) needs a scale or a sentence about money.
    fn currency_after(&self, atoms: &'a [Atom], k: usize, scaled: bool) -> Option<(usize, String)> {
        let (e, cur) = self.currency(atoms, k, false).or_else(|| {
            let (l, _) = self.find(LINKS, atoms, k)?;
            self.currency(atoms, l, false)
        })?;
        (!cur.needs_context || scaled || self.money_context(atoms)).then(|| (e, cur.code.clone()))
    }

    /// The scale word after quantity `qty` (`milliards`, `Mrd.`, `bn` with a currency,
    /// `milliard` alone after a definite article), with `et demi` after it: (end,
    /// multiplier, the quantity's value plus the half).
    fn scale_after(
        &self,
        atoms: &'a [Atom],
        qty: &Quantity,
        currency_before: bool,
    ) -> Option<(usize, Decimal, Option<Decimal>)> {
        let (e, sc) = self.find(SCALES, atoms, Self::skip_joint(atoms, qty.end))?;
        let mut end = e;
        let mut v = qty.value;
        // `un milliard et demi`
        if let Some((e2, half)) = self.number_word(atoms, end, |t| t == WordType::PlusHalf) {
            if let Some(x) = v.and_then(|x| x.checked_add(half.value)) {
                v = Some(x);
                end = e2;
            }
        }
        // An ambiguous scale (`m`, `bn`) needs a currency before or right after.
        let cur_after = {
            let k = Self::skip_joint(atoms, end);
            self.currency(atoms, k, false).is_some()
                || self
                    .find(LINKS, atoms, k)
                    .is_some_and(|(l, _)| self.currency(atoms, l, false).is_some())
        };
        // A bare abbreviation is no vague amount (`bn euros`).
        let bare_abbreviation = sc.needs_currency && !qty.has_number() && !qty.vague_marked;
        let definite_ok = !qty.definite || sc.singular;
        ((!sc.needs_currency || currency_before || cur_after) && !bare_abbreviation && definite_ok)
            .then_some((end, sc.multiplier, v))
    }

    /// A minor unit alone at `k` after quantity `qty` (`34 cents`): (end, currency,
    /// value in the currency's units, `None` when too large).
    fn minor_unit(
        &self,
        atoms: &'a [Atom],
        k: usize,
        qty: &Quantity,
    ) -> Option<(usize, String, Option<Decimal>)> {
        let v = qty.value.filter(|_| !qty.article_only && !qty.year_like)?;
        let (e, sub) = self.find(SUBUNITS, atoms, k)?;
        Some((e, sub.codes.first()?.clone(), v.checked_mul(sub.fraction)))
    }

    /// Whether quantity `qty`, with the `(scale, currency, percent)` found after it up to
    /// `j`, is an amount: an article alone is one only before a currency the language reads
    /// so (`un euro`, `einen Euro`), and a number too large to hold needs a unit.
    fn stands(
        &self,
        atoms: &[Atom],
        j: usize,
        qty: &Quantity,
        (scale, currency, percent): (bool, bool, bool),
        currency_before: bool,
    ) -> bool {
        if qty.article_only
            && !scale
            && !percent
            && (!currency || currency_before || !self.article_currency_ok(atoms, j))
        {
            return false;
        }
        !(qty.too_large && !scale && !currency && !percent && !currency_before)
    }

    /// Whether an article before a currency word ending at `end` is one of it
    /// (`conventions.csv`, `article_with_currency`).
    ///
    /// Never for a sign (`a $5 billion investment`, `ein €-Betrag`) or before a number
    /// (`a € 400 million loan`): the article belongs to the amount after it.
    fn article_currency_ok(&self, atoms: &[Atom], end: usize) -> bool {
        let word = end > 0 && atoms.get(end - 1).is_some_and(Atom::is_word);
        let number_after = atoms.get(end).is_some_and(|a| a.kind == AtomKind::Number);
        if !word || number_after {
            return false;
        }
        match self.primary.article_currency {
            ArticleCurrency::No => false,
            ArticleCurrency::Any => true,
            ArticleCurrency::Alone => {
                atoms.get(end).is_none_or(|a| !a.is_word())
                    || self.period_at(PERIODS_AFTER, atoms, end, true).is_some()
            }
        }
    }

    /// The cents after a currency ending at `j`: `[and] N subunit` (`und 45 Cent`,
    /// `et 23 centimes`), or two digits or number words below 100 at the end of the
    /// clause (`zwei Euro fünfzig.`, `1 euro 20`). (end, value in currency units).
    fn cents(&self, atoms: &'a [Atom], j: usize, code: &str) -> Option<(usize, Decimal)> {
        let joined = self.joiner(atoms, j, |r| r == JoinRole::And);
        let k = joined.map_or(j, |(e, _)| e);
        let n = atoms.get(k)?;
        let (count, end) = if n.kind == AtomKind::Number {
            if n.glued || !n.key.bytes().all(|b| b.is_ascii_digit()) || n.key.len() > 2 {
                return None;
            }
            (parse_digits(&n.key, self.primary.decimal)?, k + 1)
        } else {
            let (v, e, article_only, fraction) = self.number_words(atoms, k)?;
            if article_only || fraction {
                return None;
            }
            (v, e)
        };
        let whole = count.as_integer().filter(|c| (1..100).contains(c))?;
        let belongs = |s: &&Subunit| s.codes.iter().any(|c| c == code);
        if let Some((e, sub)) = self.find(SUBUNITS, atoms, end).filter(|(_, s)| belongs(s)) {
            return Some((e, Decimal::from_int(whole).checked_mul(sub.fraction)?));
        }
        // Unmarked cents: two digits (`1 euro 05`), then nothing that makes the
        // number something else.
        let digits_ok = n.kind != AtomKind::Number || n.key.len() == 2;
        let ends_clause = atoms.get(end).is_none_or(|a| a.kind == AtomKind::Punct)
            || self.period_at(PERIODS_AFTER, atoms, end, true).is_some();
        if joined.is_some() || !digits_ok || !ends_clause {
            return None;
        }
        let sub = self.rules.iter().find_map(|r| r.subunit_list.iter().find(belongs))?;
        Some((end, Decimal::from_int(whole).checked_mul(sub.fraction)?))
    }

    /// `460 (Vorjahreszeitraum 387) Millionen Euro`: the number at `i`, a bracket of a
    /// few words ending with a second number, then the scale and currency of both.
    fn bracketed(&self, atoms: &'a [Atom], i: usize, qty: &Quantity) -> Option<Amount> {
        const MAX_INSIDE: usize = 8;
        let open = qty.end;
        if atoms.get(open)?.key != "(" {
            return None;
        }
        let close =
            (open + 1..atoms.len().min(open + 2 + MAX_INSIDE)).find(|&k| atoms[k].key == ")")?;
        let inner = close.checked_sub(1).filter(|&k| k > open)?;
        // Words, a colon and a year before the number: `(Vorjahr: 387)`, `(2023: 387)`.
        let plain = atoms[open + 1..inner].iter().all(|x| {
            x.is_word()
                || x.key == ":"
                || (x.kind == AtomKind::Number && x.key.len() == 4 && !x.key.contains([',', '.']))
        });
        let inner_qty = self.digits_quantity(atoms, inner)?;
        if !plain || inner_qty.end != close || inner_qty.value.is_none() || inner_qty.year_like {
            return None;
        }
        let after = Quantity { end: close + 1, ..qty.clone() };
        let mut a = self.amount_after(atoms, i, after, false)?;
        if a.scale.is_none() && a.currency.is_none() {
            return None;
        }
        let inner_value = inner_qty.value.and_then(|v| match a.scale {
            Some(s) => v.checked_mul(s),
            None => Some(v),
        });
        a.inner = Some((open, inner, inner_value));
        Some(a)
    }

    /// Whether the words after a money amount without a currency leave it money:
    /// not a link to a noun (`millions de consommateurs`), not a capitalized noun in
    /// a language that capitalizes nouns (`Mio. Nutzer`), not a compound
    /// (`Milliarden-Projekt`), and, where the language lists them, only function words.
    fn bare_ok(&self, atoms: &[Atom], end: usize) -> bool {
        let Some(next) = atoms.get(end) else { return true };
        if next.kind == AtomKind::Hyphen
            && next.glued
            && atoms.get(end + 1).is_some_and(|n| n.glued && n.is_word())
        {
            return false;
        }
        // A money noun after the amount keeps it money (`eine Milliarde Subventionen`,
        // `390 milliards d'investissements`).
        if let Some((l, _)) = self.find(LINKS, atoms, end) {
            if let Some(a) = atoms.get(l).filter(|a| a.is_word()) {
                // `un milliard de moins`: a difference is still money.
                let difference = self.rules.iter().any(|r| r.differences.contains(&*a.key));
                return difference || self.is_money_word(a);
            }
        }
        if next.is_word() && self.is_money_word(next) {
            return true;
        }
        if next.is_word() {
            if self.primary.capitalized_nouns && next.capitalized {
                return false;
            }
            if !self.primary.function_words.is_empty()
                && !self.primary.function_words.contains(&*next.key)
            {
                return false;
            }
        }
        true
    }

    /// Every amount of the sentence, with cues, ranges and coordinations.
    fn candidates(&self, atoms: &'a [Atom]) -> Vec<Cand> {
        let mut out: Vec<Cand> = Vec::new();
        let mut i = 0;
        while i < atoms.len() {
            if !self.may_open(i) {
                i += 1;
                continue;
            }
            match self.candidate_at(atoms, i, &mut out) {
                Some(next) => i = next.max(i + 1),
                None => i += 1,
            }
        }
        out
    }

    /// Whether [`View::candidate_at`] may find something at `i`: it reads a cue, an
    /// opening joiner, a currency or a quantity there first.
    fn may_open(&self, i: usize) -> bool {
        self.may_start(Lex::Cues, i)
            || self.may_start(Lex::Joiners, i)
            || self.may_start(Lex::Currencies, i)
            || self.starts.is_empty()
            || self.starts.get(i).copied().unwrap_or(false)
    }

    /// Tries an amount at `i`; pushes what it finds and returns where to go on.
    fn candidate_at(&self, atoms: &'a [Atom], i: usize, out: &mut Vec<Cand>) -> Option<usize> {
        let opening = self.opening(atoms, i);
        let (mut a, _) = self.signed_amount(atoms, opening.at)?;
        let cue_or_open = opening.cue.is_some() || opening.open.is_some();
        if a.start < opening.at && cue_or_open && atoms[a.start].is_word() {
            // A sign word that ends a cue (`plus ou moins 3 milliards`) is no sign.
            a.start = opening.at;
            a.sign = None;
            a.unsure_sign = false;
        }
        let qualifier = opening.cue.map_or(Qualifier::Plain, |c| c.qualifier);
        // A range or a coordination with the next amount.
        if a.qty.value.is_some() && a.inner.is_none() && !a.unsure_sign {
            if let Some(next) = self.joined(atoms, &a, &opening, qualifier, out) {
                return Some(next);
            }
        }
        if a.number_only() {
            return None;
        }
        let start = opening.cue_start.unwrap_or(a.start);
        // A number too large to hold keeps its mention, with an empty value.
        let vague = !a.qty.has_number();
        let cand = Cand {
            start,
            end: a.end,
            percent: a.percent.clone(),
            value: a.value().filter(|_| !a.unsure_sign),
            value_to: None,
            negative: a.negative(),
            negative_to: false,
            bare_ok: a.currency.is_some() || a.percent.is_some() || self.bare_ok(atoms, a.end),
            currency: a.currency.clone(),
            qualifier: if vague { Qualifier::Vague } else { qualifier },
            vague,
            vague_marked: a.qty.vague_marked,
        };
        if let Some((number_end, inner, value)) = a.inner {
            // `460 (Vorjahr 387) Millionen Euro`: two amounts, on their numbers.
            out.push(Cand { end: number_end, ..cand.clone() });
            out.push(Cand {
                start: inner,
                end: inner + 1,
                value,
                negative: false,
                qualifier: Qualifier::Plain,
                ..cand
            });
        } else {
            out.push(cand);
        }
        Some(a.end)
    }

    /// What opens an amount at `i`: a cue, then an opening joiner when an amount
    /// (maybe after a cue of its own) follows it.
    fn opening(&self, atoms: &'a [Atom], i: usize) -> Opening<'a> {
        let (cue, mut k) = match self.cue(atoms, i) {
            Some((e, c)) => (Some(c), e),
            None => (None, i),
        };
        let mut open = None;
        if let Some((e, _)) = self.joiner(atoms, k, |r| r == JoinRole::Open) {
            let amount_follows = self.signed_amount(atoms, e).is_some()
                || self
                    .cue(atoms, e)
                    .is_some_and(|(ce, _)| self.signed_amount(atoms, ce).is_some());
            if amount_follows {
                open = Some(k);
                k = e;
            }
        }
        let mut cue = cue;
        let mut cue_start = cue.map(|_| i);
        if open.is_some() && cue.is_none() {
            if let Some((e, c)) = self.cue(atoms, k) {
                cue = Some(c);
                cue_start = Some(k);
                k = e;
            }
        }
        Opening { cue, cue_start, open, at: k }
    }

    /// A range or a coordination of amount `a` (with a value) with the next amount,
    /// after a joiner: pushes it and returns where to go on; `None` when there is none.
    fn joined(
        &self,
        atoms: &'a [Atom],
        a: &Amount,
        opening: &Opening,
        qualifier: Qualifier,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let want = |r: JoinRole| matches!(r, JoinRole::To | JoinRole::And | JoinRole::Coord);
        let (je, role) = self.joiner(atoms, a.end, want)?;
        let b = self
            .signed_amount(atoms, je)
            .or_else(|| self.cue(atoms, je).and_then(|(ce, _)| self.signed_amount(atoms, ce)));
        let (b, b_at) = b.filter(|(b, _)| {
            b.qty.value.is_some() && !b.number_only() && b.inner.is_none() && !b.unsure_sign
        })?;
        if let Some(range) = self.range(atoms, a, &b, role, opening) {
            out.push(range);
            return Some(b.end);
        }
        let coordination = self.coordination(atoms, a, &b, role, opening, qualifier)?;
        out.push(coordination);
        Some(je.min(b_at))
    }

    /// `a` to `b` as one range (`entre 2 et 3 milliards`, `2 à 3 Md€`), when the joiner
    /// and the opening make a range, their units agree and the bounds are in order.
    fn range(
        &self,
        atoms: &[Atom],
        a: &Amount,
        b: &Amount,
        role: JoinRole,
        opening: &Opening,
    ) -> Option<Cand> {
        let Opening { cue_start, open, .. } = *opening;
        let is_range = match role {
            // `2 to 3 billion`; with a scale on each bound, unless a change's `from` stands
            // before (`$33.5 billion to $34.7 billion`, not `from $30 billion to $35 billion`).
            JoinRole::To => {
                a.scale.is_none()
                    || open.is_some()
                    || !self.change_opens(atoms, cue_start.unwrap_or(a.start))
            }
            JoinRole::And => open.is_some(),
            _ => false,
        };
        let compatible = (a.currency.is_none() || b.currency.is_none() || a.currency == b.currency)
            && (a.percent.is_none() || a.percent == b.percent)
            && (a.percent.is_none() || b.percent.is_some())
            && !(a.currency.is_some() && b.percent.is_some())
            && a.minor == b.minor
            && !a.qty.year_like;
        if !(is_range && compatible) {
            return None;
        }
        let lo = if a.has_scale_atoms { a.value() } else { a.value_in_scale_of(b) };
        let (lo, hi) = (lo?, b.value()?);
        // A range is never reversed: `zwischen 5 und 3 Milliarden` keeps its mention
        // with no value; `5 bis 3 Milliarden` without `zwischen` is no range.
        let ordered = signed_le((a.negative(), lo), (b.negative(), hi));
        if !ordered && open.is_none() {
            return None;
        }
        let start = [cue_start, open, Some(a.start)].into_iter().flatten().min().unwrap_or(a.start);
        let currency = b.currency.clone().or(a.currency.clone());
        Some(Cand {
            start,
            end: b.end,
            percent: b.percent.clone(),
            value: ordered.then_some(lo),
            value_to: ordered.then_some(hi),
            negative: ordered && a.negative(),
            negative_to: ordered && b.negative(),
            bare_ok: currency.is_some() || b.percent.is_some() || self.bare_ok(atoms, b.end),
            currency,
            qualifier: Qualifier::Range,
            vague: false,
            vague_marked: false,
        })
    }

    /// Amount `a` sharing what the next amount `b` carries: a bare number its scale and
    /// currency (`9,9 statt 6,8 Milliarden Euro`), a scaled amount its currency
    /// (`10 Milliarden auf 17 Milliarden Euro`). Not after an opening joiner.
    fn coordination(
        &self,
        atoms: &[Atom],
        a: &Amount,
        b: &Amount,
        role: JoinRole,
        opening: &Opening,
        qualifier: Qualifier,
    ) -> Option<Cand> {
        // `9,9 statt 6,8 Milliarden Euro`: the bare number shares scale and currency.
        let bare = matches!(role, JoinRole::And | JoinRole::Coord) && a.number_only();
        // `10 Milliarden auf 17 Milliarden Euro`: the scaled amount shares the currency.
        let scaled = a.scale.is_some()
            && a.currency.is_none()
            && a.percent.is_none()
            && b.currency.is_some();
        if !(opening.open.is_none() && (bare || scaled) && !a.qty.year_like) {
            return None;
        }
        let value = if scaled { a.value() } else { a.value_in_scale_of(b) };
        Some(Cand {
            start: opening.cue_start.unwrap_or(a.start),
            end: a.end,
            percent: b.percent.clone(),
            value,
            value_to: None,
            negative: a.negative(),
            negative_to: false,
            bare_ok: b.currency.is_some() || b.percent.is_some() || self.bare_ok(atoms, b.end),
            currency: b.currency.clone(),
            qualifier,
            vague: false,
            vague_marked: false,
        })
    }

    /// Whether a word of the sentence is about money (`investissement`, `Subventionen`),
    /// worked out once.
    fn money_context(&self, atoms: &[Atom]) -> bool {
        if let Some(known) = self.context.get() {
            return known;
        }
        let found = atoms.iter().filter(|a| a.is_word()).any(|a| self.is_money_word(a));
        self.context.set(Some(found));
        found
    }

    fn is_money_word(&self, a: &Atom) -> bool {
        self.rules.iter().any(|r| {
            r.context_prefixes.iter().any(|p| a.key.starts_with(p.as_str()))
                || r.context_infixes.iter().any(|p| a.key.contains(p.as_str()))
        })
    }

    /// The currency of the last amount in the document before the sentence (within a
    /// few thousand bytes).
    fn currency_before(&self, cx: &SentenceContext) -> Option<String> {
        const WINDOW: usize = 6000;
        let end = cx.sentence.span.start.min(cx.text.len());
        let mut start = end.saturating_sub(WINDOW);
        while start < end && !cx.text.is_char_boundary(start) {
            start += 1;
        }
        if start >= end || !cx.text.is_char_boundary(end) {
            return None;
        }
        let tokens = tokenize(cx.text, Span::new(start, end), &self.primary.token_rules);
        let mut view = View {
            rules: self.rules,
            primary: self.primary,
            starts: Vec::new(),
            words: self.words,
            mask: self.mask,
            compounds: self.compounds,
            info: Vec::new(),
            text: self.text,
            context: std::cell::Cell::new(None),
        };
        let atoms = view.repair_atoms(atomize(cx.text, &tokens));
        view.info = view.atom_info(&atoms);
        view.starts = view.quantity_starts(&atoms);
        view.candidates(&atoms).into_iter().rev().find_map(|c| c.currency)
    }

    /// Currency inheritance, periods, and the mentions.
    fn mentions(
        &self,
        atoms: &[Atom],
        cands: Vec<Cand>,
        currency_before: impl FnOnce() -> Option<String>,
    ) -> Vec<Mention> {
        if cands.is_empty() {
            return Vec::new();
        }
        let context = cands.iter().any(|c| c.currency.is_none() && c.percent.is_none())
            && self.money_context(atoms);
        let mut currency_before = Some(currency_before);
        let mut doc_currency: Option<Option<String>> = None;
        let sentence_periods = self.sentence_periods(atoms);
        let mut out = Vec::new();
        let mut last_currency: Option<String> = None;
        let later = later_currencies(&cands);
        for (mut c, later_currency) in cands.into_iter().zip(later) {
            if c.percent.is_none() {
                if c.currency.is_some() {
                    last_currency = c.currency.clone();
                } else if !c.bare_ok {
                    continue;
                } else if let Some(cur) = last_currency.as_ref().or(later_currency.as_ref()) {
                    c.currency = Some(cur.clone());
                } else if !context {
                    continue;
                } else if c.vague {
                    // A vague amount keeps an empty currency unless the sentence gives one.
                    // Without a determiner (`sammeln Milliarden ein`, `raised billions`) its
                    // scale must be written out: an abbreviation alone (`Mrd.`, `bn`) is none.
                    if !c.vague_marked && !atoms.get(c.start).is_some_and(spelled_out) {
                        continue;
                    }
                } else {
                    let found = doc_currency
                        .get_or_insert_with(|| currency_before.take().and_then(|f| f()));
                    c.currency = found.clone();
                }
            }
            out.extend(self.mention(atoms, &c, &sentence_periods));
        }
        out
    }

    /// Where sentence-wide rate words stand, with their period.
    fn sentence_periods(&self, atoms: &[Atom]) -> Vec<(usize, String)> {
        let mut sentence_periods: Vec<(usize, String)> = Vec::new();
        for i in 0..atoms.len() {
            if let Some(p) = self.period_at(PERIODS_SENTENCE, atoms, i, true) {
                sentence_periods.push((i, p.1));
            }
        }
        sentence_periods
    }

    /// The mention of a candidate whose currency is settled.
    fn mention(
        &self,
        atoms: &[Atom],
        c: &Cand,
        sentence_periods: &[(usize, String)],
    ) -> Option<Mention> {
        let (Some(first), Some(last)) =
            (atoms.get(c.start), c.end.checked_sub(1).and_then(|e| atoms.get(e)))
        else {
            return None;
        };
        // A sign before the amount (`-5 %`, `−3 Mrd. Euro`, `+2 %`) is part of it: the
        // candidate starts on it.
        let span = Span::new(first.span.start, last.span.end);
        let kind = if c.percent.is_some() { Kind::Percent } else { Kind::Money };
        let mut m = Mention::new(kind, span, Method::Rule);
        m.value = c.value.map(|v| signed_text(v, c.negative)).unwrap_or_default();
        m.value_to = c.value_to.map(|v| signed_text(v, c.negative_to)).unwrap_or_default();
        m.unit = c.percent.clone().or(c.currency.clone()).unwrap_or_default();
        m.qualifier = c.qualifier;
        if kind == Kind::Money {
            m.period = self.period(atoms, c, sentence_periods).unwrap_or_default();
        }
        Some(m)
    }

    /// A rate word at `i` that nothing after it cancels: (end, period).
    fn period_at(
        &self,
        pick: Pick<Period>,
        atoms: &[Atom],
        i: usize,
        number_cancels: bool,
    ) -> Option<(usize, String)> {
        let (end, p) = self.find(pick, atoms, i)?;
        let cancelled = atoms.get(end).is_some_and(|a| {
            (number_cancels && a.kind == AtomKind::Number && !a.glued)
                || p.unless_followed_by.iter().any(|w| *w == *a.key)
        });
        (!cancelled).then(|| (end, p.period.clone()))
    }

    fn period(&self, atoms: &[Atom], c: &Cand, sentence: &[(usize, String)]) -> Option<String> {
        if let Some((_, p)) = self.period_at(PERIODS_AFTER, atoms, c.end, true) {
            return Some(p);
        }
        for s in c.start.saturating_sub(4)..c.start {
            if let Some((e, p)) = self.period_at(PERIODS_BEFORE, atoms, s, false) {
                if e == c.start {
                    return Some(p);
                }
            }
        }
        // A sentence-wide rate word reaches the amounts of its own clause only
        // (`annualized revenue of $1.4 billion, ..., and sales of $34.5 billion by 2027`).
        let (at, p) = sentence.iter().rev().find(|(at, _)| *at < c.start)?;
        let clause_break = atoms
            .get(*at..c.start)?
            .iter()
            .any(|a| a.kind == AtomKind::Punct && matches!(&*a.key, "," | ";" | ":"));
        (!clause_break).then(|| p.clone())
    }
}

/// For each candidate, the currency of the next candidate after it that has one.
/// Failing an earlier one, a bare amount takes the currency of a later amount of the
/// sentence (`20 millions en France et 30 millions en Allemagne, soit 50 millions d'euros`).
fn later_currencies(cands: &[Cand]) -> Vec<Option<String>> {
    let mut next: Option<String> = None;
    let mut v: Vec<Option<String>> = cands
        .iter()
        .rev()
        .map(|c| {
            let here = next.clone();
            if c.currency.is_some() {
                next = c.currency.clone();
            }
            here
        })
        .collect();
    v.reverse();
    v
}

/// `a <= b` for signed values (a sign and a magnitude each).
fn signed_le(a: (bool, Decimal), b: (bool, Decimal)) -> bool {
    match (a.0 && !a.1.is_zero(), b.0 && !b.1.is_zero()) {
        (false, false) => a.1 <= b.1,
        (true, true) => a.1 >= b.1,
        (negative_a, _) => negative_a,
    }
}

/// A value as written in a table: a plain decimal, with `-` below zero.
fn signed_text(v: Decimal, negative: bool) -> String {
    if negative && !v.is_zero() {
        format!("-{v}")
    } else {
        v.to_string()
    }
}

/// A `+`, `-` or `−` glued to the atom `start` (a number or a currency sign) and
/// standing after a space or at the start: its atom and whether it is a minus.
fn glued_sign(atoms: &[Atom], start: usize) -> Option<(usize, bool)> {
    let number = atoms.get(start)?;
    let at = start.checked_sub(1)?;
    let sign = atoms.get(at)?;
    if sign.span.end != number.span.start {
        return None;
    }
    let negative = sign_of(sign)?;
    // `2-5 %` is a range, not a sign: the sign must not be glued to what comes before.
    let glued_before =
        start >= 2 && atoms.get(start - 2).is_some_and(|a| a.span.end == sign.span.start);
    (!glued_before).then_some((at, negative))
}

/// Whether an atom is a sign: `Some(true)` for a minus (`-`, `−`, `–`), `Some(false)`
/// for `+`.
fn sign_of(a: &Atom) -> Option<bool> {
    if !matches!(a.kind, AtomKind::Punct | AtomKind::Symbol | AtomKind::Hyphen) {
        return None;
    }
    match &*a.key {
        "-" | "\u{2212}" | "\u{2013}" => Some(true),
        "+" => Some(false),
        _ => None,
    }
}

/// A power of ten after the digits at `j` read as `base`: `10^12`, `10^-3`, `1,5e9`,
/// `2×10^9`. (value or too large, end); `None` when no exponent follows.
fn power_of_ten(
    atoms: &[Atom],
    j: usize,
    base: Option<Decimal>,
) -> Option<(Result<Decimal, TooLarge>, usize)> {
    let exponent = |k: usize| -> Option<(i32, usize)> {
        // `^12`, `^-3`, glued.
        atoms.get(k).filter(|a| a.glued && a.key == "^")?;
        let (negative, at) = match atoms.get(k + 1).and_then(|a| a.glued.then(|| sign_of(a))) {
            Some(Some(neg)) => (neg, k + 2),
            _ => (false, k + 1),
        };
        let e = atoms.get(at).filter(|a| a.glued && a.kind == AtomKind::Number)?;
        let n: i32 = e.key.parse().ok().filter(|n| *n <= 400)?;
        Some((if negative { -n } else { n }, at + 1))
    };
    // `1,5e9`: the tokenizer leaves `e9` as a word glued to the digits.
    if let Some(w) = atoms.get(j + 1).filter(|w| w.glued && w.is_word()) {
        let digits = w.key.strip_prefix('e')?;
        let n: i32 = digits.parse().ok().filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
        let v = base.and_then(|b| b.times_pow10(n)).ok_or(TooLarge);
        return Some((v, j + 2));
    }
    if let Some((n, end)) = exponent(j + 1) {
        let v = base.and_then(|b| {
            if b == Decimal::from_int(10) {
                Decimal::ONE.times_pow10(n)
            } else {
                b.checked_pow(u32::try_from(n).ok()?)
            }
        });
        return Some((v.ok_or(TooLarge), end));
    }
    // `2×10^9`, `2 x 10^9`: a factor, a times sign, then ten to a power.
    atoms.get(j + 1).filter(|t| matches!(&*t.key, "×" | "x" | "*" | "·"))?;
    atoms.get(j + 2).filter(|t| t.kind == AtomKind::Number && t.key == "10")?;
    let (n, end) = exponent(j + 3)?;
    let v = base.and_then(|b| b.times_pow10(n)).ok_or(TooLarge);
    Some((v, end))
}
