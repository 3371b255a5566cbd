//! A shallow clause analysis of one sentence, without a parser: which tokens belong to
//! which clause, and, for a relative clause, the name it is about.
//!
//! Language knowledge comes from `gazetteers/relations/clauses.csv` (`lang,word,role`):
//! `relative` pronouns (`qui`, `dont`, `der`, `which`), `subordinator`s (`parce que`'s
//! `parce`, `dass`, `weil`, `although`) and `fronted` words that open an adverbial put in
//! front of the main clause (`après`, `nach`, `after`). The mechanism is language-neutral:
//!
//! 1. The sentence is cut into **segments** at punctuation that can close a clause: comma,
//!    semicolon, colon, brackets and dashes. A comma inside a list of names (`SAP, Bosch und
//!    die Schwarz Gruppe`) cuts nothing.
//! 2. A segment that starts with a relative pronoun (after an optional preposition: `avec
//!    lequel`, `von denen`) or a subordinator opens an **embedded** clause; so does a bracket
//!    or a dash, and a first segment opened by a fronted word. An embedded clause runs to the
//!    next cut (its closing bracket or dash; past a short apposition opened by an article,
//!    `dont Scaleway, la filiale d'Iliad, qui…`); every other segment belongs to the **main**
//!    clause, which therefore runs across embedded ones and across appositions between
//!    commas (`Nvidia, géant américain des puces, investit …`). A semicolon starts a new
//!    main clause; a colon only ends an embedded one.
//! 3. A relative clause's **antecedent** is the name right before its pronoun (`Aleph Alpha,
//!    der …`); with a subject pronoun (`qui`, `der`, `which`, `who`) it is the subject of the
//!    clause's verb.
//! 4. **Verb second.** A language with a `*` row of role `verb-second` (German) puts the
//!    finite verb of a main clause second. When what stands before a verb cue in its main
//!    clause is one fronted field opened by an `adverbial` word (`seit`, `im`, `neben`,
//!    `zudem`), a date or a number — no verb, auxiliary or comma in it, at most
//!    `FIELD_TOKENS` tokens — or nothing but a fronted clause's comma, the company right
//!    after the verb (an article and three words at most between, no description) is the
//!    subject: it stands where a subject does for the cue's sides (see [`Inversion`]). A
//!    name inside the field is no argument of the cue unless a marker opening the field
//!    gives it a role (`Bei TSMC bestellt Apple`, `An Aleph Alpha beteiligt sich SAP`). A
//!    field opened by a name, an article or any other word (`Auch Infineon beliefert
//!    Bosch`) is read as written.
//!
//! Worked examples (clauses numbered in order of their first token):
//!
//! - French: `Google, qui détient 14 % d'Anthropic, a investi 3 milliards de dollars.` —
//!   clause 0 is `Google … a investi 3 milliards de dollars`, clause 1 `qui détient 14 %
//!   d'Anthropic` with antecedent `Google`. `détient` binds Google → Anthropic inside clause
//!   1; `investi` binds Google and the amount in clause 0, and never Anthropic.
//! - German: `Aleph Alpha, der von Investoren wie SAP, Bosch und Lidl Geld erhalten hatte,
//!   baut ab.` — the list commas cut nothing; clause 1 (`der … erhalten hatte`) has the
//!   antecedent Aleph Alpha as the subject of `erhalten`, and SAP, Bosch, Lidl as its other
//!   names; clause 0 is `Aleph Alpha … baut ab`.
//! - German, verb second: `Neben Bosch beliefert Infineon auch Continental.` — `Neben`
//!   opens the fronted field, so Infineon (right after `beliefert`) is the subject and
//!   Bosch no argument: Infineon → Continental.
//! - English: `After a $2 billion round in May, Mistral AI is valued at $14 billion.` —
//!   `After` opens a fronted clause, so the May date and the $2 billion stay apart from the
//!   valuation of the main clause.

use super::{CueMatch, Pos, Role, Sentence};
use crate::lang::Lang;
use crate::mention::Kind;
use crate::tokenize::{Token, TokenKind};
use foldhash::HashMap;

/// What a word does at the start of a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClauseRole {
    /// A relative pronoun whose antecedent is the subject of its clause (`qui`, `der`).
    RelativeSubject,
    /// A relative pronoun whose antecedent is not its subject (`que`, `dont`, `den`).
    Relative,
    /// A subordinating conjunction (`dass`, `weil`, `parce`).
    Subordinator,
    /// Opens an adverbial put before the main clause, when it starts the sentence (`après`).
    Fronted,
    /// Opens a clause that asserts nothing (`ob`, `whether`): its cues state no fact.
    Irrealis,
    /// An article that opens a short apposition between commas (`Eviden, la filiale
    /// d'Atos, …`): inside a relative clause, the apposition does not end it.
    Apposition,
    /// A preposition that may stand before a relative pronoun (`avec lequel`, `von denen`).
    Preposition,
    /// A relative pronoun that is also an article (German `der`, `die`, `das`): it opens a
    /// relative clause only when the segment ends in a lower-case word, its verb
    /// (`der … erhalten hatte`), not in a noun (`der Nettogewinn erreichte 2 Milliarden Euro`).
    VerbFinal,
    /// A preposition giving the level a figure reached (`à`, `auf`, `to`): a comma before it
    /// and a number right after does not end a clause (`son résultat net a doublé, à 241
    /// millions`: the amount is still the clause's).
    Level,
    /// Written with the word `*`: the language puts the finite verb of a main clause second,
    /// after one constituent (German): a fronted adverbial pushes the subject after the verb.
    VerbSecond,
    /// A word opening a fronted adverbial in a verb-second main clause (`für`, `seit`, `im`,
    /// `neben`, `zudem`): the field before the verb is then not the subject.
    Adverbial,
}

/// The clause words of every language (`clauses.csv`).
pub(crate) type ClauseWords = HashMap<Lang, HashMap<String, Vec<ClauseRole>>>;

/// What kind of clause a clause is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClauseKind {
    /// The main clause (or one of several joined by `;` or `:`).
    Main,
    /// A relative clause; `subject` when its pronoun is the subject.
    Relative { subject: bool },
    /// A subordinate, fronted, bracketed or dashed clause.
    Embedded,
    /// A clause that asserts nothing (`ob …`, `whether …`): no fact comes from it.
    Irrealis,
}

/// One clause of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Clause {
    pub kind: ClauseKind,
    /// The first token of the clause.
    pub start: usize,
    /// A relative clause's antecedent: the mention right before its pronoun.
    pub antecedent: Option<usize>,
}

/// The clauses of one sentence and the clause of each token.
#[derive(Clone, Debug, Default)]
pub(crate) struct Clauses {
    pub clauses: Vec<Clause>,
    /// For each token, the index of its clause (punctuation that cuts belongs to the
    /// clause it closes).
    pub of_token: Vec<usize>,
}

/// Tokens the fronted field of a verb-second clause may have (`Nach Angaben des Konzerns`,
/// `Im dritten Quartal des Geschäftsjahres`).
const FIELD_TOKENS: usize = 8;
/// Words (an article first) that may stand between a verb-second verb and the subject after
/// it (`liefert der US-Anbieter Vertiv`, `beteiligt sich SAP`).
const SUBJECT_WORDS: usize = 3;

/// Tokens an apposition inside a relative clause may have (`la filiale cloud d'Iliad`).
const APPOSITION_TOKENS: usize = 6;
/// Tokens that may stand between a relative clause's antecedent and its comma.
const ANTECEDENT_GAP: usize = 2;

/// Whether a token ends a segment of a clause: a comma, colon or semicolon (what a
/// separable verb's particle may not be looked for past).
pub(crate) fn ends_segment(t: &Token) -> bool {
    matches!(cut_kind(t), Some(Cut::Comma | Cut::Hard))
}

/// Punctuation that can close a clause.
fn cut_kind(t: &Token) -> Option<Cut> {
    if t.kind != TokenKind::Punct {
        return None;
    }
    match t.lower.as_str() {
        "," => Some(Cut::Comma),
        ";" => Some(Cut::Hard),
        // A colon often introduces what the clause before it says in detail (`Aleph Alpha
        // a levé des fonds : 500 millions…`): it ends an embedded clause, no more.
        ":" => Some(Cut::Comma),
        "(" | "[" => Some(Cut::Open),
        ")" | "]" => Some(Cut::Close),
        "–" | "—" | "-" => Some(Cut::Dash),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cut {
    Comma,
    Hard,
    Open,
    Close,
    Dash,
}

/// What [`Clauses::analyze`] reads of one sentence.
struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    words: Option<&'a HashMap<String, Vec<ClauseRole>>>,
    mention_at: &'a [Option<usize>],
    list_comma: &'a dyn Fn(usize) -> bool,
}

impl Reader<'_> {
    /// Whether token `t` has the clause role `r` (false past the end).
    fn role(&self, t: usize, r: ClauseRole) -> bool {
        self.tokens.get(t).is_some_and(|tok| {
            self.words.and_then(|w| w.get(tok.lower.as_str())).is_some_and(|rs| rs.contains(&r))
        })
    }

    /// The cut token `t` makes: none for a comma inside a list of names, or for a hyphen
    /// inside a word or a number range.
    fn cut(&self, t: usize) -> Option<Cut> {
        let tokens = self.tokens;
        let cut = cut_kind(&tokens[t]).filter(|&c| !(c == Cut::Comma && (self.list_comma)(t)));
        // A hyphen inside a word or a number range is no dash: only a spaced one cuts.
        cut.filter(|&c| {
            c != Cut::Dash
                || tokens[t].lower != "-"
                || (t > 0 && tokens[t - 1].span.end < tokens[t].span.start)
        })
    }

    /// Whether the segment starting at token `next` ends in a lower-case word that is no
    /// name: a German verb-final clause (`der … erhalten hatte`).
    fn verb_final(&self, next: usize) -> bool {
        let tokens = self.tokens;
        let end = (next..tokens.len())
            .find(|&u| cut_kind(&tokens[u]).is_some() && !(self.list_comma)(u))
            .unwrap_or(tokens.len());
        (next..end).rev().find(|&u| tokens[u].kind != TokenKind::Punct).is_some_and(|u| {
            self.mention_at[u].is_none()
                && tokens[u].lower.chars().next().is_some_and(char::is_alphabetic)
                && tokens[u].text(self.text).chars().next().is_some_and(char::is_lowercase)
        })
    }

    /// Whether the comma at `t` opens a short apposition closed by another comma
    /// (`dont Scaleway, la filiale d'Iliad, qui teste …`): an article first, at most
    /// [`APPOSITION_TOKENS`] tokens, no clause word.
    fn apposition_follows(&self, t: usize) -> bool {
        let next = t + 1;
        if !self.role(next, ClauseRole::Apposition) {
            return false;
        }
        let end = (next..self.tokens.len()).find(|&u| self.cut(u).is_some());
        end.is_some_and(|e| {
            self.tokens[e].lower == ","
                && e - next <= APPOSITION_TOKENS
                && self.opened_after_comma(t).is_none()
        })
    }

    /// Whether the comma at `t` is followed by a level preposition and a number within
    /// two tokens (`, à 241 millions`, `, to $300 million`, `, auf rund 16 Milliarden`).
    fn level_follows(&self, t: usize) -> bool {
        let number = |u: usize| {
            self.tokens.get(u).is_some_and(|x| {
                x.lower.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
            })
        };
        self.role(t + 1, ClauseRole::Level) && (number(t + 2) || number(t + 3))
    }

    /// The clause that the segment after the comma at token `t` opens, if it starts with a
    /// relative pronoun (after an optional preposition), a subordinator or an irrealis word.
    fn opened_after_comma(&self, t: usize) -> Option<Clause> {
        let next = t + 1;
        let after_prep = if self.role(next, ClauseRole::Preposition) { next + 1 } else { next };
        let relative = (self.role(after_prep, ClauseRole::RelativeSubject)
            || self.role(after_prep, ClauseRole::Relative))
            && (!self.role(after_prep, ClauseRole::VerbFinal) || self.verb_final(next));
        if !(relative
            || self.role(next, ClauseRole::Subordinator)
            || self.role(next, ClauseRole::Irrealis))
        {
            return None;
        }
        let kind = if relative {
            ClauseKind::Relative {
                subject: after_prep == next && self.role(next, ClauseRole::RelativeSubject),
            }
        } else if self.role(next, ClauseRole::Irrealis) {
            ClauseKind::Irrealis
        } else {
            ClauseKind::Embedded
        };
        // The antecedent: the name right before the comma, or before a German
        // verb-final participle or a closing quote (`"Pallas Ludens" gegründet, das`).
        let antecedent = if relative {
            (t.saturating_sub(ANTECEDENT_GAP + 1)..t).rev().find_map(|u| self.mention_at[u])
        } else {
            None
        };
        Some(Clause { kind, start: next, antecedent })
    }

    /// Makes a first segment opened by a fronted word or a subordinator (`Après …,`,
    /// `Ob …,`) an embedded clause, when it still belongs to the first main clause.
    fn mark_fronted(&self, clauses: &mut Vec<Clause>, of_token: &mut [usize]) {
        let tokens = self.tokens;
        let Some(first) = (0..tokens.len()).find(|&i| tokens[i].kind != TokenKind::Punct) else {
            return;
        };
        let irrealis = self.role(first, ClauseRole::Irrealis);
        if !(irrealis
            || self.role(first, ClauseRole::Fronted)
            || self.role(first, ClauseRole::Subordinator))
        {
            return;
        }
        // Only a comma ends it: `Seit Montag hat X aufgeholt: …` is a main clause.
        let Some(end) =
            (first..tokens.len()).find(|&i| tokens[i].lower == "," && !(self.list_comma)(i))
        else {
            return;
        };
        if of_token[first..=end].iter().all(|&c| c == 0) {
            clauses.push(Clause {
                kind: if irrealis { ClauseKind::Irrealis } else { ClauseKind::Embedded },
                start: first,
                antecedent: None,
            });
            let id = clauses.len() - 1;
            of_token[first..=end].fill(id);
        }
    }
}

impl Clauses {
    /// Analyzes a sentence of the document `text`. `mention_at[t]` is the mention covering token `t`, and
    /// `list_comma(t)` says whether the comma at `t` joins two names of one list.
    pub(crate) fn analyze(
        text: &str,
        tokens: &[Token],
        words: Option<&HashMap<String, Vec<ClauseRole>>>,
        mention_at: &[Option<usize>],
        list_comma: &dyn Fn(usize) -> bool,
    ) -> Clauses {
        let r = Reader { text, tokens, words, mention_at, list_comma };
        let mut clauses = vec![Clause { kind: ClauseKind::Main, start: 0, antecedent: None }];
        let mut of_token = vec![0; tokens.len()];
        // The main clause that embedded clauses return to, and the open embedded one.
        let mut main = 0;
        let mut open: Option<(usize, Cut)> = None;
        for (t, clause_of_t) in of_token.iter_mut().enumerate() {
            // A token that cuts nothing, and a cut token, belong to the current clause: the
            // cut token closes it.
            *clause_of_t = open.map_or(main, |(c, _)| c);
            let Some(cut) = r.cut(t) else { continue };
            match (cut, open) {
                (Cut::Close, Some((_, Cut::Open))) | (Cut::Dash, Some((_, Cut::Dash))) => {
                    open = None;
                }
                (Cut::Hard, _) => {
                    open = None;
                    clauses.push(Clause { kind: ClauseKind::Main, start: t + 1, antecedent: None });
                    main = clauses.len() - 1;
                }
                (Cut::Open | Cut::Dash, _) => {
                    clauses.push(Clause {
                        kind: ClauseKind::Embedded,
                        start: t + 1,
                        antecedent: None,
                    });
                    open = Some((clauses.len() - 1, cut));
                }
                (Cut::Close, _) => {}
                // A comma: an embedded clause opened by a word ends here (bracketed and
                // dashed ones run to their closing mark); what follows may open a new one.
                (Cut::Comma, _) => {
                    if matches!(open, Some((_, Cut::Comma)))
                        && !r.apposition_follows(t)
                        && !r.level_follows(t)
                    {
                        open = None;
                    }
                    if let Some(clause) = r.opened_after_comma(t) {
                        clauses.push(clause);
                        open = Some((clauses.len() - 1, Cut::Comma));
                    }
                }
            }
        }
        r.mark_fronted(&mut clauses, &mut of_token);
        Clauses { clauses, of_token }
    }

    /// The clause of token `t` (0 past the end).
    pub(crate) fn of(&self, t: usize) -> usize {
        self.of_token.get(t).copied().unwrap_or(0)
    }
}

/// A main clause in verb-second order whose first field is no subject (`Seit 2024 beliefert
/// TSMC Apple`, `Neben Bosch beliefert Infineon auch Continental`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Inversion {
    /// The first token of the fronted field (the verb's own when a fronted clause stands
    /// before it).
    pub start: usize,
    /// The subject: the company right after the finite verb, if one stands there.
    pub subject: Option<usize>,
}

impl Sentence<'_> {
    /// The inversion of verb cue `m`, when its language is verb-second (a `*` row with role
    /// `verb-second` in `clauses.csv`), the cue is a finite verb of a main clause, and what
    /// stands before it in its clause is one fronted field opened by an `adverbial` word, a
    /// date or a number (`Im dritten Quartal`, `2024`, `Neben Bosch`; no verb, comma or
    /// more than [`FIELD_TOKENS`] tokens), or nothing after a fronted clause's comma. A field
    /// opened by a name, an article or any other word (`Auch Infineon`) is left as written.
    pub(super) fn inversion(&self, m: CueMatch) -> Option<Inversion> {
        let words = self.rules.clause_words.get(&self.lang)?;
        let has = |w: &str, r: ClauseRole| words.get(w).is_some_and(|rs| rs.contains(&r));
        if !has("*", ClauseRole::VerbSecond) {
            return None;
        }
        let pos = self.rules.cues[m.cue].pos;
        if !matches!(
            pos,
            Pos::Verb
                | Pos::Purchase
                | Pos::Delivery
                | Pos::Comitative
                | Pos::Stake
                | Pos::Seat
                | Pos::Sale
        ) {
            return None;
        }
        let own = self.clauses.of(m.start);
        let clause = self.clauses.clauses.get(own)?;
        if clause.kind != ClauseKind::Main {
            return None;
        }
        let field: Vec<usize> =
            (clause.start..m.start).filter(|&t| self.clauses.of(t) == own).collect();
        let opens = match field.first() {
            None => m.start > 0 && self.tokens[m.start - 1].lower == ",",
            Some(&first) => {
                has(self.tokens[first].lower.as_str(), ClauseRole::Adverbial)
                    || self.tokens[first].lower.starts_with(|c: char| c.is_ascii_digit())
                    || self.date_at(first)
            }
        };
        // An auxiliary or copula in the field is the finite verb (`Bei Nvidia hat
        // Mercedes-Benz Rechner bestellt`): the cue is then no verb in second place.
        let plain = |t: usize| {
            !self.verb_tokens[t]
                && !self
                    .all_roles(t)
                    .iter()
                    .any(|r| matches!(r, Role::AuxActive | Role::AuxPassive | Role::Copula))
                && (self.tokens[t].kind != TokenKind::Punct
                    || self.in_mention(t)
                    || self.tokens[t].lower == "-")
        };
        if !opens || field.len() > FIELD_TOKENS || !field.iter().all(|&t| plain(t)) {
            return None;
        }
        Some(Inversion {
            start: field.first().copied().unwrap_or(m.start),
            subject: self.subject_after_verb(m),
        })
    }

    /// The subject of comitative cue `m` opening its clause, after the names it brings in:
    /// the company right after the finite verb that follows them (`Gemeinsam mit der
    /// Deutschen Telekom, Telefónica und Orange treibt Vodafone … voran`: where nouns are
    /// capitalized, a lower-case word that is no marker right after the names is that verb),
    /// or right after a comma (`Avec Nvidia, Orange construit …`).
    pub(super) fn fronted_comitative_subject(&self, m: CueMatch) -> Option<usize> {
        if self.rules.cues[m.cue].pos != Pos::Comitative {
            return None;
        }
        let clause = self.clauses.clauses.get(self.clauses.of(m.start))?;
        if clause.start != m.start && m.start != 0 {
            return None;
        }
        let with = self.comitative_partner(m)?;
        let (_, e) = self.ranges[*with.last()?]?;
        let next = self.tokens.get(e)?;
        let verb = next.lower == ","
            || (next.kind == TokenKind::Word
                && next.span.slice(self.text).starts_with(|c: char| c.is_lowercase())
                && !self.in_mention(e)
                && self.roles(e).is_empty());
        if !verb {
            return None;
        }
        let at = CueMatch { start: e, end: e + 1, ..m };
        self.subject_after_verb(at).filter(|i| !with.contains(i))
    }

    /// Whether token `t` has clause role `r` in `clauses.csv` (false past the end).
    pub(super) fn clause_role(&self, t: usize, r: ClauseRole) -> bool {
        self.tokens.get(t).is_some_and(|tok| {
            self.rules
                .clause_words
                .get(&self.lang)
                .and_then(|w| w.get(tok.lower.as_str()))
                .is_some_and(|rs| rs.contains(&r))
        })
    }

    /// Whether a date mention covers token `t`.
    fn date_at(&self, t: usize) -> bool {
        (0..self.mentions.len()).any(|i| {
            self.mentions[i].kind == Kind::Date
                && self.ranges[i].is_some_and(|(a, b)| a <= t && t < b)
        })
    }

    /// The company right after verb cue `m`: an article and [`SUBJECT_WORDS`] plain words at
    /// most between (`liefert der US-Anbieter Vertiv`), no description (`nutzt der Konzern`).
    fn subject_after_verb(&self, m: CueMatch) -> Option<usize> {
        let mut words = 0;
        for t in m.end..self.tokens.len() {
            if let Some(i) = (0..self.mentions.len()).find(|&i| {
                self.mentions[i].kind == Kind::Company
                    && !self.media[i]
                    && self.ranges[i].is_some_and(|(a, _)| a == t)
            }) {
                return (!self.modifier(i)).then_some(i);
            }
            let tok = &self.tokens[t];
            if tok.kind == TokenKind::Punct && tok.lower == "-" {
                continue;
            }
            let det = self.has_role(t, Role::Det) && words == 0;
            if self.in_mention(t)
                || !tok.is_word()
                || self.all_roles(t).contains(&Role::Description)
                || (!det && !self.roles(t).is_empty())
            {
                return None;
            }
            words += 1;
            if words > SUBJECT_WORDS {
                return None;
            }
        }
        None
    }

    /// Whether company mention `i` stands in the fronted field of inversion `v` of cue `m`
    /// without a marker opening that field to give it a role (`Neben Bosch`, `Anders als
    /// Intel`, `Nach der Übernahme von Arm`): it is then no argument of the cue (`Bei TSMC`,
    /// `An Aleph Alpha`, `Für Nvidia` keep theirs).
    pub(super) fn fronted_aside(&self, v: &Inversion, i: usize, m: CueMatch) -> bool {
        let in_field = self.ranges[i].is_some_and(|(a, _)| a >= v.start && a < m.start);
        let opener = self.roles(v.start);
        in_field
            && !self.group_marker(i, Kind::Company).iter().any(|r| {
                opener.contains(r)
                    && matches!(
                        r,
                        Role::Source
                            | Role::Target
                            | Role::Beneficiary
                            | Role::Recipient
                            | Role::Agent
                            | Role::AgentVerb
                            | Role::Genitive
                            | Role::Comitative
                    )
            })
    }
}
