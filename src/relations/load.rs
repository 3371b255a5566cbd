//! Loading the relation cue files under `gazetteers/relations/`, with `file:line` errors.

use super::clause::{ClauseRole, ClauseWords};
use super::{Cue, CueWord, Frame, Pos, RelType, Role, Side};
use crate::data::{read_table, DataError, Row};
use crate::lang::Lang;
use crate::mention::RelMethod;
use crate::tokenize::{fold_form, is_apostrophe, lower_form, Stemmer};
use foldhash::HashMap;
use std::path::Path;

/// Default token window of a cue when the `window` column is empty.
pub const DEFAULT_WINDOW: usize = 12;
/// Default base confidence of a cue when the `confidence` column is empty.
pub const DEFAULT_CONFIDENCE: f32 = 0.8;

pub(super) fn parse_lang(row: &Row) -> Result<Lang, DataError> {
    let lang: Lang = row.required("lang")?.parse().map_err(|e: String| row.error(e))?;
    if lang == Lang::Und {
        return Err(row.error("language must be fr, de or en"));
    }
    Ok(lang)
}

/// Splits a cue phrase into its words: lower case, elided prefixes (`d'`) dropped,
/// each word stemmed in `lang`, or kept folded when it carries a `*` wildcard.
pub(super) fn cue_words(
    row: &Row,
    col: &str,
    lang: Lang,
    stemmer: &mut Stemmer,
) -> Result<Vec<CueWord>, DataError> {
    words_of(row, row.required(col)?, col, lang, stemmer)
}

/// The `pos` column of a cue row: its part of speech, its money frame, and whether it
/// turns its relation round (`converse`, `comitative-converse`).
fn parse_frame(row: &Row) -> Result<(Pos, Frame, bool), DataError> {
    Ok(match row.required("pos")? {
        "price" => (Pos::Verb, Frame::Price, false),
        "price-noun" => (Pos::Noun, Frame::Price, false),
        "funding" => (Pos::Noun, Frame::Funding, false),
        "build" => (Pos::Verb, Frame::Build, false),
        "contract" => (Pos::Noun, Frame::Contract, false),
        "client" => (Pos::Verb, Frame::Client, false),
        "sales-share" => (Pos::Verb, Frame::SalesShare, false),
        "converse" => (Pos::Participle, Frame::Plain, true),
        "comitative-converse" => (Pos::Comitative, Frame::Plain, true),
        "sale" => (Pos::Sale, Frame::Plain, false),
        "sale-price" => (Pos::Sale, Frame::Price, false),
        other => (parse_pos(row, other)?, Frame::Plain, false),
    })
}

/// The elided word a cue phrase opens with, without its apostrophe (`s'approvisionne` →
/// `s`): the cue then needs it right before its first word (a reflexive verb:
/// `s'approvisionne auprès de` buys, `approvisionne` supplies).
fn leading_clitic(phrase: &str) -> Option<String> {
    let first = lower_form(phrase.split_whitespace().next()?);
    let (i, c) = first.char_indices().find(|&(_, c)| is_apostrophe(c))?;
    (i > 0 && i + c.len_utf8() < first.len()).then(|| first[..i].to_string())
}

/// The words of `phrase` (a part of column `col` of `row`), as [`cue_words`] reads them.
fn words_of(
    row: &Row,
    phrase: &str,
    col: &str,
    lang: Lang,
    stemmer: &mut Stemmer,
) -> Result<Vec<CueWord>, DataError> {
    let mut words = Vec::new();
    for raw in phrase.split_whitespace() {
        let lower = lower_form(raw);
        // `d'affaires` → `affaires`: elided words are clitic tokens, skipped when matching.
        let word = match lower.char_indices().rfind(|&(_, c)| is_apostrophe(c)) {
            Some((i, c)) if i + c.len_utf8() < lower.len() => lower[i + c.len_utf8()..].to_string(),
            Some(_) => continue,
            None => lower,
        };
        // `=bauen`: this exact form only (lower case, accents kept: `=commandes` is not
        // `commandés`), not every form with its stem.
        if let Some(exact) = word.strip_prefix('=') {
            if exact.is_empty()
                || !exact.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            {
                return Err(row.error(format!("bad cue word `{raw}` in `{col}`")));
            }
            words.push(CueWord::Exact { lower: exact.to_string(), folded: fold_form(exact) });
            continue;
        }
        // A single punctuation mark (`(`: a parent named in brackets).
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if !c.is_alphanumeric() && c != '*' && c != '=' {
                words.push(CueWord::Stem(word.clone()));
                continue;
            }
        }
        let starts = word.starts_with('*');
        let ends = word.ends_with('*') && word.len() > 1;
        let core = word.trim_matches('*');
        if core.is_empty() || core.contains('*') {
            return Err(
                row.error(format!("bad cue word `{raw}` in `{col}`: `*` only at its start or end"))
            );
        }
        if !core.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.') {
            return Err(row.error(format!(
                "bad cue word `{raw}` in `{col}`: letters, digits, `-` or `.` expected"
            )));
        }
        words.push(if starts || ends {
            CueWord::Folded { text: fold_form(core), prefix: starts, suffix: ends }
        } else {
            CueWord::Stem(stemmer.stem(lang, core).into_string())
        });
    }
    if words.is_empty() {
        return Err(row.error(format!("column `{col}` has no word")));
    }
    Ok(words)
}

fn parse_side(row: &Row, col: &str) -> Result<Side, DataError> {
    match row.required(col)? {
        "before" => Ok(Side::Before),
        "after" => Ok(Side::After),
        "any" => Ok(Side::Any),
        "none" if col == "object" => Ok(Side::None),
        other => Err(row.error(format!(
            "`{col}` must be before, after or any (object: or none), not `{other}`"
        ))),
    }
}

/// The part of speech of a `cues.csv` row that opens no money frame.
fn parse_pos(row: &Row, pos: &str) -> Result<Pos, DataError> {
    Ok(match pos {
        "verb" => Pos::Verb,
        "noun" => Pos::Noun,
        "det" => Pos::Det,
        "prep" => Pos::Prep,
        "participle" => Pos::Participle,
        "role-subject" => Pos::RoleSubject,
        "role-object" => Pos::RoleObject,
        "purchase" => Pos::Purchase,
        "delivery" => Pos::Delivery,
        "order" => Pos::Order,
        "handed-order" => Pos::HandedOrder,
        "seat" => Pos::Seat,
        "comitative" => Pos::Comitative,
        "stake" => Pos::Stake,
        other => {
            return Err(row.error(format!(
            "`pos` must be verb, participle, noun, role-subject, role-object, purchase, delivery, \
                 order, seat, comitative, comitative-converse, stake, price, price-noun, funding, \
                 build, converse, sale, sale-price, det or prep, not `{other}`"
        )))
        }
    })
}

/// Whether a `cues.csv` row's frame (a money frame, or the `supplies` frames `client` and
/// `sales-share`) or `converse` suits its relation type.
fn check_frame(row: &Row, rel: RelType, frame: Frame, converse: bool) -> Result<(), DataError> {
    if matches!(frame, Frame::Client | Frame::SalesShare) && rel != RelType::Supplies {
        return Err(row.error(format!(
            "pos `{}` reads a supplier and its clients: its type must be supplies",
            row.get("pos")
        )));
    }
    if !matches!(frame, Frame::Plain | Frame::Client | Frame::SalesShare)
        && rel.object_kind() != crate::mention::Kind::Money
    {
        return Err(row.error(format!(
            "pos `{}` is a money frame: its type must take an amount, not `{}`",
            row.get("pos"),
            rel.as_str()
        )));
    }
    if frame == Frame::Funding && rel != RelType::Raises {
        return Err(row.error("pos `funding` is a round noun: its type must be raises"));
    }
    if converse && (rel.symmetric() || rel.object_kind() != crate::mention::Kind::Company) {
        return Err(row.error("pos `converse` turns a relation between two companies round"));
    }
    if frame == Frame::Contract && rel != RelType::Pays {
        return Err(row.error("pos `contract` is a contract noun: its type must be pays"));
    }
    if frame == Frame::Build && rel != RelType::Invests {
        return Err(row.error("pos `build` is a verb of building: its type must be invests"));
    }
    Ok(())
}

/// `cues.csv`: `type,lang,cue,pos,subject,object,window,confidence`.
pub(super) fn load_cues(path: &Path, stemmer: &mut Stemmer) -> Result<Vec<Cue>, DataError> {
    let mut cues = Vec::new();
    for row in read_table(path, &["type", "lang", "cue", "pos", "subject", "object"])? {
        let rel = RelType::parse(row.required("type")?).ok_or_else(|| {
            row.error(format!(
                "unknown relation type `{}` (expected one of {})",
                row.get("type"),
                RelType::TYPED.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
            ))
        })?;
        let lang = parse_lang(&row)?;
        // `setzte ... um`: a separable verb, its particle later in the clause.
        let phrase = row.required("cue")?;
        let (head, particle) = match phrase.split_once("...") {
            Some((h, p)) => (h, words_of(&row, p, "cue", lang, stemmer)?),
            None => (phrase, Vec::new()),
        };
        let words = words_of(&row, head, "cue", lang, stemmer)?;
        let forms =
            head.split_whitespace().map(|w| lower_form(w.trim_matches(['*', '=']))).collect();
        let (pos, frame, converse) = parse_frame(&row)?;
        check_frame(&row, rel, frame, converse)?;
        let subject = parse_side(&row, "subject")?;
        let object = parse_side(&row, "object")?;
        let window = match row.get("window") {
            "" => DEFAULT_WINDOW,
            w => w
                .parse::<usize>()
                .ok()
                .filter(|w| (1..=60).contains(w))
                .ok_or_else(|| row.error("`window` must be a number of tokens from 1 to 60"))?,
        };
        let confidence = match row.get("confidence") {
            "" => DEFAULT_CONFIDENCE,
            c => c
                .parse::<f32>()
                .ok()
                .filter(|c| (0.0..=1.0).contains(c))
                .ok_or_else(|| row.error("`confidence` must be a number from 0 to 1"))?,
        };
        cues.push(Cue {
            rel,
            lang,
            words,
            particle,
            forms,
            pos,
            frame,
            converse,
            clitic: leading_clitic(head),
            subject,
            object,
            window,
            confidence,
            line: row.line,
        });
    }
    Ok(cues)
}

/// `markers.csv`: `lang,word,role` → per language, lower-case word → roles.
pub(super) fn load_markers(
    path: &Path,
) -> Result<HashMap<Lang, HashMap<String, Vec<Role>>>, DataError> {
    let mut out: HashMap<Lang, HashMap<String, Vec<Role>>> = HashMap::default();
    for row in read_table(path, &["lang", "word", "role"])? {
        let lang = parse_lang(&row)?;
        let word = lower_form(row.required("word")?);
        if word.contains(char::is_whitespace) {
            return Err(row.error("a marker is one word"));
        }
        let role = match row.required("role")? {
            "agent" => Role::Agent,
            "agent-verb" => Role::AgentVerb,
            "genitive" => Role::Genitive,
            "oblique" => Role::Oblique,
            "beneficiary" => Role::Beneficiary,
            "list" => Role::List,
            "det" => Role::Det,
            "aux-active" => Role::AuxActive,
            "modal" => Role::Modal,
            "aux-passive" => Role::AuxPassive,
            "distributive" => Role::Distributive,
            "restate" => Role::Restate,
            "apposition" => Role::Apposition,
            "copula" => Role::Copula,
            "source" => Role::Source,
            "contraction" => Role::Contraction,
            "sum" => Role::Sum,
            "target" => Role::Target,
            "description" => Role::Description,
            "possessive" => Role::Possessive,
            "recipient" => Role::Recipient,
            "comitative" => Role::Comitative,
            "definite" => Role::Definite,
            "reporting" => Role::Reporting,
            "debt" => Role::Debt,
            "plural-suffix" => Role::PluralSuffix,
            "verb-plural" => Role::VerbPlural,
            "origin" => Role::Origin,
            "capex" => Role::Capex,
            "respective" => Role::Respective,
            "against" => Role::Against,
            "win" => Role::Win,
            "award" => Role::Award,
            "analyst" => Role::Analyst,
            "share" => Role::Share,
            "follow" => Role::Follow,
            "joint" => Role::Joint,
            "part" => Role::Part,
            "causative" => Role::Causative,
            other => {
                return Err(row.error(format!(
                    "`role` must be agent, agent-verb, genitive, oblique, beneficiary, list, det, aux-active, \
                     aux-passive, distributive, restate, apposition, copula, source, contraction, \
                     sum, target, description, possessive, recipient, comitative, \
                     definite, reporting, debt, plural-suffix, verb-plural, origin, capex, respective, \
                     against, win, award, joint, part, analyst, share, follow or causative, not `{other}`"
                )))
            }
        };
        if (role == Role::PluralSuffix) != (word.len() > 1 && word.starts_with('-'))
            && role != Role::VerbPlural
        {
            return Err(row
                .error("a plural-suffix is written with a leading hyphen (`-s`), and only it is"));
        }
        let verb_plural = word.split_once('>').is_some_and(|(sg, pl)| {
            sg.len() > 1 && pl.len() > 1 && sg.starts_with('-') && pl.starts_with('-')
        });
        if (role == Role::VerbPlural) != verb_plural {
            return Err(row.error(
                "a verb-plural is two endings, singular then plural (`-e>-ent`), and only it is",
            ));
        }
        out.entry(lang).or_default().entry(word).or_default().push(role);
    }
    Ok(out)
}

/// Phrases of one language.
pub(super) type Phrases = Vec<(Lang, Vec<CueWord>)>;

/// The three kinds of rows of `negation.csv`.
#[derive(Debug, Default)]
pub(super) struct Negation {
    /// Words that negate a cue near them (`pas`, `nicht`).
    pub negate: Phrases,
    /// Phrases that start like a negation but do not negate (`nicht nur`).
    pub ignore: Phrases,
    /// Words opening an infinitive complement (`de`, `zu`, `to`): a negation of the verb
    /// that governs the complement reaches a cue inside it (`n'envisage pas de s'associer`).
    pub infinitive: Vec<(Lang, String)>,
    /// Reflexive clitics that may stand between an infinitive marker and its verb
    /// (`de s'associer`).
    pub reflexive: Vec<(Lang, String)>,
    /// Words of rivalry (`rivalise`, `konkurriert`, `competes`): near a `partners` cue they
    /// cancel it, as a negation does (`Groq rivalise avec Nvidia`), and no other cue.
    pub rival: Phrases,
    /// Words of abandonment (`renoncé`, `aufgegeben`, `abandoned`): within ten words of a
    /// cue in its own phrase they cancel it (`a renoncé à prendre une participation dans Kalray`, `hatte
    /// Pläne für ein Gemeinschaftsunternehmen mit Riber aufgegeben`).
    pub abandon: Phrases,
    /// Words of abandonment that cancel a cue only after it (`abandon-after`: German
    /// participles close their clause, `Pläne für … aufgegeben`; before a cue they qualify
    /// another noun, `Nach der gescheiterten Übernahme von Arm investiert Nvidia`).
    pub abandon_after: Phrases,
}

/// `negation.csv`: `lang,cue,effect` with effect `negate`, `ignore` (`nicht nur`),
/// `infinitive` (`de`, `zu`), `reflexive` (`s'`, `se`), `rival` (`rivalise`) or `abandon`
/// (`renoncé`).
pub(super) fn load_negation(path: &Path, stemmer: &mut Stemmer) -> Result<Negation, DataError> {
    let mut out = Negation::default();
    for row in read_table(path, &["lang", "cue", "effect"])? {
        let lang = parse_lang(&row)?;
        let effect = row.required("effect")?;
        if effect == "infinitive" || effect == "reflexive" {
            let list =
                if effect == "infinitive" { &mut out.infinitive } else { &mut out.reflexive };
            list.push((lang, lower_form(row.required("cue")?)));
            continue;
        }
        let words = cue_words(&row, "cue", lang, stemmer)?;
        match effect {
            "negate" => out.negate.push((lang, words)),
            "ignore" => out.ignore.push((lang, words)),
            "rival" => out.rival.push((lang, words)),
            "abandon" => out.abandon.push((lang, words)),
            "abandon-after" => out.abandon_after.push((lang, words)),
            other => {
                return Err(row.error(format!(
                    "`effect` must be negate, ignore, infinitive, reflexive, rival, abandon or abandon-after, \
                     not `{other}`"
                )))
            }
        }
    }
    Ok(out)
}

/// `dates.csv`: `lang,phrase,kind,side[,dates]` → phrases next to which a date is another
/// event's, never an amount's: the base of a comparison (`gegenüber dem Vorjahr`, `from a
/// year earlier`) or a founding (`fondée en 2023`, `2019 gegründet`), or, kind `period`
/// and side `inside`, a word of the date naming a company's own period (`fiscal`,
/// `Gesamtjahr`, `exercice`). `side` says where the phrase stands: `before` or `after` the
/// date, or `inside` it (a comparison may: `mehr als ein Jahr zuvor`); `dates` `relative` limits the phrase to a date written without a digit (`from a
/// year earlier`, not `from 2027`).
pub(super) fn load_date_phrases(
    path: &Path,
    stemmer: &mut Stemmer,
) -> Result<Vec<DatePhrase>, DataError> {
    let mut out = Vec::new();
    for row in read_table(path, &["lang", "phrase", "kind", "side"])? {
        let lang = parse_lang(&row)?;
        let kind = row.required("kind")?;
        let comparison = match kind {
            "comparison" => true,
            "event" | "period" => false,
            other => {
                return Err(
                    row.error(format!("`kind` must be comparison, event or period, not `{other}`"))
                )
            }
        };
        let (before, inside) = match row.required("side")? {
            "before" => (true, false),
            "after" => (false, false),
            "inside" => (false, true),
            other => {
                return Err(
                    row.error(format!("`side` must be before, after or inside, not `{other}`"))
                )
            }
        };
        if (kind == "period" && !inside) || (kind == "event" && inside) {
            return Err(row.error(
                "a `period` phrase stands `inside` the date, an `event` phrase never does",
            ));
        }
        let relative_only = match row.get("dates") {
            "" | "any" => false,
            "relative" => true,
            other => {
                return Err(row.error(format!("`dates` must be any or relative, not `{other}`")))
            }
        };
        let words = cue_words(&row, "phrase", lang, stemmer)?;
        out.push(DatePhrase { lang, words, before, inside, relative_only, comparison });
    }
    Ok(out)
}

/// A row of `dates.csv`.
#[derive(Debug)]
pub(super) struct DatePhrase {
    pub lang: Lang,
    pub words: Vec<CueWord>,
    /// Whether the phrase stands before the date (else after it, or inside it).
    pub before: bool,
    /// Whether the phrase is a word of the date itself: a period of a company's own
    /// calendar (`fiscal third quarter`, `das Gesamtjahr`, `l'exercice en cours`), which a
    /// date written without a digit only guesses in calendar terms.
    pub inside: bool,
    /// Whether only a date written without a digit counts (`from a year earlier`, not
    /// `from 2027`, a start).
    pub relative_only: bool,
    /// Whether the phrase introduces a comparison's base (else another event): an amount
    /// right after it is the base figure (`contre 9 milliards`, `gegenüber 5 Milliarden`).
    pub comparison: bool,
}

/// `clauses.csv`: `lang,word,role` → per language, lower-case word → clause roles.
pub(super) fn load_clause_words(path: &Path) -> Result<ClauseWords, DataError> {
    let mut out = ClauseWords::default();
    for row in read_table(path, &["lang", "word", "role"])? {
        let lang = parse_lang(&row)?;
        let word = lower_form(row.required("word")?);
        if word.contains(char::is_whitespace) {
            return Err(row.error("a clause word is one word"));
        }
        let role = match row.required("role")? {
            "relative-subject" => ClauseRole::RelativeSubject,
            "relative" => ClauseRole::Relative,
            "subordinator" => ClauseRole::Subordinator,
            "fronted" => ClauseRole::Fronted,
            "preposition" => ClauseRole::Preposition,
            "verb-final" => ClauseRole::VerbFinal,
            "irrealis" => ClauseRole::Irrealis,
            "apposition" => ClauseRole::Apposition,
            "level" => ClauseRole::Level,
            "verb-second" => ClauseRole::VerbSecond,
            "adverbial" => ClauseRole::Adverbial,
            other => {
                return Err(row.error(format!(
                    "`role` must be relative-subject, relative, subordinator, fronted, \
                     preposition, verb-final, irrealis, apposition, level, verb-second or \
                     adverbial, not `{other}`"
                )))
            }
        };
        out.entry(lang).or_default().entry(word).or_default().push(role);
    }
    Ok(out)
}

/// `calibration.csv`: `type,method,confidence` (and the counts it was fitted on) → the
/// confidence written for a fact of that type found by that method.
pub(super) fn load_calibration(
    path: &Path,
) -> Result<HashMap<(RelType, RelMethod), f32>, DataError> {
    let mut out = HashMap::default();
    if !path.exists() {
        return Ok(out);
    }
    for row in read_table(path, &["type", "method", "confidence"])? {
        let rel = match row.required("type")? {
            "dated" => RelType::Dated,
            t => RelType::parse(t)
                .ok_or_else(|| row.error(format!("unknown relation type `{t}`")))?,
        };
        let method = RelMethod::parse(row.required("method")?).ok_or_else(|| {
            row.error(format!(
                "unknown method `{}` (cue, gazetteer, sentence-date)",
                row.get("method")
            ))
        })?;
        let c = row
            .required("confidence")?
            .parse::<f32>()
            .ok()
            .filter(|c| (0.0..=1.0).contains(c))
            .ok_or_else(|| row.error("`confidence` must be a number from 0 to 1"))?;
        out.insert((rel, method), c);
    }
    Ok(out)
}
