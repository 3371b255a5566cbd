//! Relations between the mentions of one sentence: who makes which chip, who invests,
//! raises, earns, pays or is fined how much, who owns, supplies or partners with whom,
//! which date anchors an amount, and which names merely co-occur.
//!
//! Everything a language contributes lives in `gazetteers/relations/`:
//!
//! - `cues.csv` — `type,lang,cue,pos,subject,object,window,confidence`: a cue word or
//!   phrase (written as a word form or lemma; stemmed at load with the Snowball stemmer
//!   of its language, so `investissement` also finds `investissements` and `investit`;
//!   a `*` at the start or end of a word matches it inside a compound on the folded
//!   form: `*finanzierung*` finds `Finanzierungsrunde`), its part of speech, on which
//!   side of the cue the subject and the object stand (`before`, `after`, `any`), the
//!   largest distance in tokens between the cue and an argument, and a base confidence.
//! - `markers.csv` — `lang,word,role`: function words that say what the name after
//!   them is: `agent` (`par`, `durch`: the doer in a passive or of a nominalization),
//!   `agent-verb` (`von`: the doer, but only after a verb cue), `genitive` (`de`:
//!   after a noun cue, the investor of an amount or the target of a purchase),
//!   `oblique` (`avec`, `pour`, `mit`: never the grammatical subject), `list`
//!   (`et`, `und`: joins names into one group), `det` (articles, skipped),
//!   `aux-active` / `aux-passive` (auxiliaries giving a participle cue its voice),
//!   `distributive` (`tous`, `beide`), `restate` (`soit`), `apposition` (`wie`, `comme`,
//!   `such as`: the names after it illustrate the noun before), `copula` (`ist`, `est`,
//!   `zählen`), `source` (`bei`, `auprès`, `from`: where something is bought),
//!   `recipient` (`an`, `à`, `to`: where something goes; a customer noun after it names
//!   the receivers of what the clause's subject gives), `comitative` (`avec`, `mit`,
//!   `with`: acting together with a joint-action verb's subject), `definite` (`le`,
//!   `dem`, `the`: words of apposition may follow it), and for money frames `capex`
//!   (`usine`, `Fabrik`, `fab`) and `respective` (`respectivement`, `respectively`).
//! - `negation.csv` — `lang,cue,effect`: negation words near a cue cancel it
//!   (`negate`); phrases that look negative but are not (`nicht nur`) are `ignore`; words
//!   of rivalry (`rivalise`, `competes`) cancel a `partners` cue only (`rival`); words of
//!   abandonment (`renoncé`, `abandoned`) cancel any cue within [`ABANDON_REACH`] words of its
//!   phrase (`abandon`; `abandon-after`, German `aufgegeben`, only after the cue).
//! - `clauses.csv` — `lang,word,role`: the words that open clauses (see [`clause`]).
//! - `dates.csv` — `lang,phrase,kind,side[,dates]`: phrases next to which a date is another
//!   event's (a comparison's base, a founding), never an amount's.
//! - `calibration.csv` — `type,method,confidence`: the confidence written for a fact of
//!   each type and method, the share of such facts found right on annotated text.
//!
//! **How a sentence is read.** First its clauses ([`clause`]): the main clause, relative
//! clauses with their antecedent, subordinate, fronted, bracketed and dashed clauses, and
//! clauses that assert nothing (`ob …`, `whether …`, and every clause of a question). A
//! cue then binds arguments only inside its own clause — distances count the clause's
//! own tokens, so an apposition or a relative clause between a name and its verb does not
//! push the name out of reach — with three ways out: a relative clause's antecedent is the
//! subject of its verb when the pronoun is a subject (`Google, which owns 14% of
//! Anthropic`); a clause without a subject takes the governing clause's (`…, while net
//! income reached $4.6 billion`; `Valorisée 5,8 milliards, Mistral AI…`); and a relative
//! clause right after a noun cue describes what the cue names (`eine Finanzierungsrunde
//! für Aleph Alpha, die mit 500 Millionen Dollar…`). Cues come in six shapes: verbs
//! and nouns with the sides their subject and object stand on; participles, whose voice
//! comes from their auxiliary; **role nouns** (`Tochter`, `fournisseur`, `customer`), which
//! name one argument — the name apposed to them — and take the other from their genitive,
//! possessor or compound (`Amazons Cloudsparte AWS`, `Scaleway, la filiale d'Iliad`,
//! `ASML-Kunde TSMC`; a customer noun after a recipient marker takes the clause's subject,
//! `Bosch verkauft an Kunden wie VW`; see [`supplies`] for its other `supplies` frames);
//! **purchase** cues (`bestellt`, `achat`, `buys`), whose supplier is the name after a source
//! marker (`Mercedes-Benz hat bei Nvidia Rechner bestellt`); **delivery** nouns
//! (`livraisons`, `Lieferungen`, `shipments`), whose client is the name after a recipient
//! marker and whose supplier is their genitive or the clause's subject (`Lam Research a payé
//! pour des livraisons à SMIC`); **seat** verbs (`led`, `mené par`, `angeführt von`,
//! `réunit`), whose subject are investors who own the one company the sentence's `raises`
//! facts name (none or several: no fact); **comitative** verbs of joint action (`lancée
//! avec`, `betreibt mit`, `building with`), whose subject and the company after
//! `avec`/`mit`/`with` (or the antecedent of a relative clause the comitative opens: `mit
//! dem die Telekom … betreibt`) are partners; **stake** verbs (`beteiligt`), whose subject
//! owns the company after a target marker (`an`) or the antecedent of a relative clause it
//! opens (`an dem Amazon beteiligt ist`); and separable verbs written `setzte ... um`. A
//! `supplies` participle with an agent and no customer in its clause takes the maker of the
//! chip it qualifies, or the owner a possessive before the product names ([`supplies`]).
//! A description standing as a subject (`Der Konzern`, `le groupe`, `the company`) stands for
//! the sentence's main name, or for the one company a verb of saying names (`…, wie Siemens
//! mitteilte`, `…, a indiqué Soitec`). Who a round is raised from (`von`, `auprès de`,
//! `from`) owns part of the raiser, unless the clause speaks of a loan or a grant. An
//! apposition right after a name (`Mistral AI et Helsing, l'éditeur munichois …, ont créé`)
//! does not count in distances.
//! Money cues open **money frames** ([`amounts`]): a **price** cue (`übernimmt … für`,
//! `rachat de X pour`) makes its amount what the buyer pays and its genitive what is bought;
//! a **funding** noun (`levée de fonds`, `Series C`) is raised by its beneficiary, its target
//! (`a round in X`) or the clause's subject, never by an investor a seat verb names; a
//! **build** cue (`errichtet`, `construit`, `spent`) invests only with a `capex` word
//! (`Fabrik`, `usine`, `fab`) near it; a valuation or round naming no company is the
//! sentence's one raiser's (**round raiser**); `respective` words (`respectively`, `bzw.`)
//! pair the amounts of a list's names in order; an amount after an agent marker (`backed by
//! $6 billion`) is no cue's object.
//! Worked examples:
//!
//! - fr: `Google, qui détient 14 % d'Anthropic, a investi 3 milliards de dollars.` —
//!   `détient` (owns) in the relative clause: Google (antecedent) → Anthropic; `investi`
//!   (invests) in the main clause: Google → 3000000000 USD. Anthropic is no investor.
//! - de: `Schwieriger ist die Lage bei Aleph Alpha, der eine halbe Milliarde Dollar von
//!   Investoren wie SAP und Bosch erhalten hatte.` — `erhalten` (raises) in the relative
//!   clause: Aleph Alpha → 500000000 USD; the role noun `Investoren` names SAP and Bosch
//!   and takes Aleph Alpha (the antecedent) as what they own: SAP → Aleph Alpha, Bosch →
//!   Aleph Alpha.
//! - en: `Cerebras has its chips manufactured by TSMC and does not use Samsung's foundry.`
//!   — the passive `manufactured` takes its agent TSMC as supplier and the name before it
//!   as customer: TSMC → Cerebras; Samsung, after it and in a negated clause, gets nothing.
//!
//! The rules themselves are mechanism only:
//!
//! 1. **Cues** are matched on token stems of the sentence's language, outside mentions.
//!    A cue with a negation word within [`NEG_BEFORE`] tokens before or [`NEG_AFTER`]
//!    tokens after it (in the same clause) gives no relation.
//! 2. **Subject**: a name after an agent marker (but a `von` after an article and a noun
//!    is that noun's owner, `das Geschäft von Marvell`, never a verb's subject or agent, nor
//!    what an `owns` verb buys), else (noun cue of a money type) a name
//!    after a genitive marker behind the cue, else the nearest name on the cue's
//!    subject side that is not after an oblique marker. Names joined by list words
//!    (`Telekom, Nvidia und SAP`, also around an unknown member of at most
//!    [`LIST_FILLER`] words; at most [`MAX_GROUP`] names) form a group and share the role;
//!    two names side by side with nothing between are one group (`Amazon AWS`), but right
//!    after a verb or auxiliary only within one corporate family (not in `übernahm SAP
//!    Aleph Alpha`); two names of one group are
//!    never the two ends of an asymmetric relation. A participle cue takes its voice from
//!    the nearest auxiliary (`Voice`): active (`SoftBank a racheté Arm`) puts the subject
//!    before the auxiliary (or, with no name before it, the first name after it: `2024 hat
//!    SAP Aleph Alpha übernommen`) and the object after it; passive takes only an agent as
//!    subject (`Arm a été racheté par SoftBank`). Without an auxiliary a participle is
//!    active (`Nvidia acquired Mellanox`), an agent still taking the subject (`Mellanox
//!    acquired by Nvidia`), except in an apposition (`Arm, racheté en 2016, …`: passive).
//! 3. **Object**: money goes to the nearest cue whose window reaches it; a chip or a
//!    company is the nearest one on the object side (after a passive agent: on either
//!    side; after a noun cue: a genitive name behind it). `partners` is symmetric and
//!    links every pair of its groups, but not the members of a group followed by a
//!    distributive word (`Google et AWS ont tous deux signé des accords`). An amount
//!    after a restating word (`soit`) shares the relation of the amount before it.
//! 4. **Gazetteer**: a subsidiary named right after its parent (`Amazon AWS`) is owned by
//!    it when the gazetteer's `parent` agrees (method `gazetteer`). A chip and its vendor
//!    (or the vendor's parent or subsidiary) give
//!    `makes` with method `gazetteer` where the sentence ties them: side by side (at most
//!    [`ATTACH_GAP`] tokens, no other name between, a list of chips sharing the vendor),
//!    through a `makes` cue, or when the chip is the only one of the sentence. A cue
//!    `makes` that contradicts a known vendor is dropped, and so are `partners` within
//!    one corporate family.
//! 5. **Dates**: an amount is `dated` by the nearest date of its sentence that is not
//!    separated from it by another amount, in its clause or in the main clause around it,
//!    method `sentence-date`. A date of the amount's own phrase (no `, ; : ( ) –` between)
//!    comes first; across punctuation only a date before the amount (a frame: `En 2025,
//!    …`) or a date standing alone between commas (`lors de sa levée, en juin 2024,`)
//!    counts. Then anchors are preferred to bounds such as `jusqu'en 2029`, and a date
//!    after the amount counts [`DATE_BEFORE_PENALTY`] tokens nearer than one before it.
//!    An amount no such date reaches takes the date alone in a phrase opening the
//!    sentence, if there is one (`Au premier trimestre 2026, X a dégagé …, tandis que son
//!    résultat net a doublé, à 241 millions`), but not past a semicolon, not in brackets,
//!    and not a comparison's base (`contre 850 millions`: `dates.csv` kind `comparison`).
//!    When the winner is a bound of the amount's phrase, a date alone in a phrase opening
//!    the sentence dates it too (`En mai 2026, X a signé un contrat de 1,25 milliard par
//!    mois jusqu'en 2029`: signed then, running until then).
//!    An amount restating another (in brackets, after `soit`) shares its date and does not
//!    stand between it and a date; nor does an amount coordinated with the next (`einen
//!    Umsatz von X und einen Gewinn von Y`) for a date before both. A day named without a
//!    digit (`mardi`, `on Tuesday`) is when something was said, a dateline's date
//!    (`PARIS, 12 mai (Reuters) -`) and the document's date when it was reported: none
//!    dates an amount (the document's date is `facts.csv`'s `reported` column); nor does
//!    a date next to a phrase of `dates.csv`: a comparison's base (`up 37% from a year
//!    earlier`, `gegenüber dem Vorjahreszeitraum`) or a founding (`fondée en 2019`).
//! 6. **Co-occurrence**: every other pair of distinct companies or chips of the sentence
//!    gives `cooccurs`, method `cooccurrence`: one row per pair of entities (between their
//!    first mentions), among the first [`MAX_COOCCUR_ENTITIES`] entities of the sentence.
//!
//! A typed fact is written once per sentence: two mentions of one company (or chip) are one
//! argument, so repeating names does not repeat facts. Every step is bounded on long
//! sentences: pairs are looked at only within a cue's window or next to each other, and the
//! output grows with the number of mentions, not with its square.
//!
//! Confidence: a cue relation starts at its cue's base confidence and loses
//! [`DISTANCE_PENALTY`] for each token beyond two between the cue and its farther
//! argument (never below 0.3); `gazetteer` is 0.95; `sentence-date` 0.7 (0.5 when
//! the date is a bound); `cooccurrence` 0.3. Where `calibration.csv` has a row for a
//! fact's type and method, the confidence written is that row's: the share of such facts
//! that were right on exhaustively annotated text.

mod amounts;
mod clause;
mod load;
mod supplies;
use supplies::Handout;

use amounts::Frame;
use clause::{ClauseKind, ClauseRole, Clauses};

use crate::data::DataError;
use crate::document::SentenceContext;
use crate::gazetteer::Gazetteer;
use crate::lang::Lang;
use crate::mention::{Kind, Mention, RelMethod, RelType, Relation};
use crate::span::Span;
use crate::tokenize::{Stemmer, Token, TokenKind};
use aho_corasick::AhoCorasick;
use foldhash::{HashMap, HashSet};
use std::cell::Cell;
use std::path::Path;

/// Tokens a noun cue's phrase may run on before a relative clause describing it
/// (`Finanzierungsrunde für Aleph Alpha, die …`: three tokens and the comma).
pub const NOUN_PHRASE_TOKENS: usize = 5;
/// Tokens a role noun's names may stand away from it (`Investoren wie SAP`, `ASML-Kunde
/// bleibt TSMC`, `Scaleway, la filiale`).
pub const ROLE_GAP: usize = 4;
/// Tokens after a separable verb searched for its particle (`setzte … um`).
pub const PARTICLE_REACH: usize = 20;
/// Tokens before a cue searched for a negation word.
pub const NEG_BEFORE: usize = 4;
/// Tokens after a cue searched for a negation word.
pub const NEG_AFTER: usize = 3;
/// Words (mentions not counted) within which a word of abandonment cancels a cue, either
/// side, no punctuation between (`negation.csv` effect `abandon`).
pub const ABANDON_REACH: usize = 10;
/// Tokens before a supply verb searched for a causative (`fait aussi fabriquer`; markers role
/// `causative`).
pub const CAUSATIVE_REACH: usize = 3;
/// Words an apposition may put between an article and a name (`das Start-up Aleph Alpha`).
pub const APPOSITION_WORDS: usize = 2;
/// Tokens a parenthesis inside a list of names may hold (`Lakestar (Zürich), Earlybird`).
pub const PAREN_TOKENS: usize = 6;
/// Words an unrecognised member of a list of names may have (`Bosch, SAP, der
/// Schwartz-Gruppe und Burda`: `der Schwartz-Gruppe` keeps the list together).
pub const LIST_FILLER: usize = 3;
/// Tokens before a participle searched for its auxiliary (mention tokens not counted).
pub const VOICE_BEFORE: usize = 8;
/// Tokens after a purchase's seller searched for the stake it sells (`rachète à Thales sa
/// participation`).
pub const SHARE_AFTER_SELLER: usize = 3;
/// Tokens after a participle searched for its auxiliary (`aufgekauft wurde`).
pub const VOICE_AFTER: usize = 2;
/// Largest gap in tokens between a chip and its vendor for a `makes` from the gazetteer
/// alone (`NVIDIA H100`, `les TPU de Google`, `SiPearl (microprocesseurs Rhea`).
pub const ATTACH_GAP: usize = 3;
/// Tokens between a `part` noun and the company it belongs to (`la division « Cybersecurity
/// Products » d'Eviden`).
const PART_REACH: usize = 7;
/// Words between a list word and a money noun it coordinates (`et enregistré une perte`).
const COORDINATION_REACH: usize = 3;
/// Words a gapped clause may put between its subject and its amount (`allein rund`).
const GAP_WORDS: usize = 3;
/// Confidence lost per token of distance beyond two between a cue and an argument.
pub const DISTANCE_PENALTY: f32 = 0.03;
/// Factor on the confidence of `owns` inferred from an investor in a funding round.
pub const INVESTOR_FACTOR: f32 = 0.8;

/// Most plain words on each side of the copula between a role noun's genitive and its
/// bearer (`Kunden von AWS in Hanau zählen nach Unternehmensangaben SAP`).
pub const COPULA_GAP: usize = 2;

/// Most tokens of a relative clause that a list of names passes over (`Infineon, das
/// GaN-Leistungshalbleiter für die Stromversorgung von KI-Servern herstellt, sowie TSMC`).
pub const RELATIVE_IN_LIST: usize = 16;
/// Confidence of a `makes` known from the gazetteer.
pub const GAZETTEER_CONFIDENCE: f32 = 0.95;
/// Confidence of `dated` by an anchor date of the sentence.
pub const SENTENCE_DATE_CONFIDENCE: f32 = 0.7;
/// Confidence of `dated` by a bound date of the sentence (`avant 2029`, `après 2029`).
pub const SENTENCE_BOUND_CONFIDENCE: f32 = 0.5;
/// Extra distance, in tokens, of a date that stands before its amount rather than after.
pub const DATE_BEFORE_PENALTY: usize = 2;

/// A date among a sentence's first tokens, followed by a dash, is its dateline's.
const DATELINE_TOKENS: usize = 8;
/// Confidence of `cooccurs`.
pub const COOCCURRENCE_CONFIDENCE: f32 = 0.3;
/// Distinct companies and chips of one sentence that take part in `cooccurs`: the first
/// this many, in text order. A sentence thus gives at most 50·49/2 = 1225 `cooccurs`
/// rows, however many names a run-on text repeats.
pub const MAX_COOCCUR_ENTITIES: usize = 50;
/// Names one list (group) holds at most: a longer enumeration is cut into pieces of
/// this size, so a relation over a list never pairs more than this many names per side.
pub const MAX_GROUP: usize = 20;

/// One word of a cue: a Snowball stem, or a folded form with `*` wildcards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CueWord {
    Stem(String),
    Folded {
        text: String,
        prefix: bool,
        suffix: bool,
    },
    /// One exact lower-case form (`=commandes`), and its folded form to find it by.
    Exact {
        lower: String,
        folded: String,
    },
}

impl CueWord {
    fn matches(&self, t: &Token) -> bool {
        match self {
            CueWord::Stem(s) => t.stem == *s || (t.stem.is_empty() && t.lower == *s),
            CueWord::Exact { lower, .. } => t.lower == *lower,
            CueWord::Folded { text, prefix, suffix } => match (prefix, suffix) {
                (true, true) => t.folded.contains(text.as_str()),
                (true, false) => t.folded.ends_with(text.as_str()),
                (false, true) => t.folded.starts_with(text.as_str()),
                (false, false) => t.folded == *text,
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    Verb,
    /// A past participle, written in its active reading (`racheté`: the buyer before, the
    /// bought after); its voice comes from the auxiliary near it (see [`Voice`]).
    Participle,
    Noun,
    /// A noun naming the subject's role (`investisseur`, `Lieferant`, `parent`): the name
    /// in apposition to it is the subject, its genitive or possessor the object.
    RoleSubject,
    /// A verb or noun of buying, ordering or renting (`bestellt`, `achat`, `buys`): the
    /// name after a source marker (`bei`, `auprès de`, `from`) is the supplier (subject),
    /// the buyer (object) is the clause's other name.
    Purchase,
    /// A noun naming the object's role (`filiale`, `Tochter`, `customer`): the name in
    /// apposition to it is the object, its genitive or possessor the subject.
    RoleObject,
    /// A noun of delivery (`livraisons`, `Lieferungen`, `shipments`): the client is the name
    /// after a recipient marker (`à`, `an`, `to`), the supplier a genitive name after the
    /// noun, else the clause's subject.
    Delivery,
    /// A noun of an order or contract (`Auftrag`, `contract`): the one it comes from (a
    /// name after `von`, `from`, a genitive) is the client, the one it goes to (after `an`,
    /// `to`) or else the clause's subject the supplier (see [`supplies`]).
    Order,
    /// A contract noun read as an order only when a verb of winning or awarding hands it
    /// out (`contrat`: `Thales a remporté un contrat auprès d'Airbus`), as on its own it
    /// names no side (`le contrat de Thales`).
    HandedOrder,
    /// A verb saying who takes a seat in a funding round (`led`, `mené par`, `angeführt
    /// von`, `réunit`): its subject (on its subject side, or its agent) are investors, who
    /// then own the one company the sentence says raises the money.
    Seat,
    /// A verb of building, developing, launching or operating (`construit`, `betreibt`,
    /// `building`): with a comitative (`avec`, `mit`, `with`) naming a company, its subject
    /// and that company act together, which makes them `partners` (`la plateforme lancée
    /// avec Nvidia`, `die Cloud, die SAP mit der Telekom betreibt`).
    Comitative,
    /// A verb of holding a stake (`beteiligt`): its subject owns the company after a
    /// `target` marker (`SAP ist an Aleph Alpha beteiligt`), or the antecedent of a relative
    /// clause such a marker opens (`Anthropic, an dem Amazon beteiligt ist`).
    Stake,
    /// A verb of selling (`sell … to`, `cède … à`, `verkauft … an`): its relation's subject is
    /// the buyer, the name after a recipient marker; the seller, the verb's own subject, is
    /// no argument (`Intel sells its stake in Altera to Silver Lake`: Silver Lake owns Altera
    /// and pays the price).
    Sale,
    Det,
    Prep,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Before,
    After,
    Any,
    /// No object: the relation holds within the subject group (`Telekom, Nvidia und SAP bauen`).
    None,
}

impl Side {
    fn allows(self, before: bool) -> bool {
        match self {
            Side::None => false,
            Side::Any => true,
            Side::Before => before,
            Side::After => !before,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Agent,
    AgentVerb,
    Genitive,
    Oblique,
    /// `für`, `pour`: oblique, but the recipient of a funding round.
    Beneficiary,
    List,
    Det,
    /// An auxiliary of the active perfect (`a`, `hat`): `SoftBank a racheté Arm`.
    AuxActive,
    /// An auxiliary of the passive (`été`, `wurde`): `Arm a été racheté par SoftBank`.
    AuxPassive,
    /// A modal verb before an infinitive at the end of its clause (`Infineon will Elmos
    /// übernehmen`): it stands where an active auxiliary does, the subject before it, the
    /// object between it and the infinitive.
    Modal,
    /// `tous deux`, `beide`, `jeweils`: what a coordinated subject does, each does apart.
    Distributive,
    /// `soit`, `sprich`: the amount after it restates the amount before it.
    Restate,
    /// `wie`, `comme`, `such`, `including`: the names after it illustrate the noun before.
    Apposition,
    /// `ist`, `bleibt`, `est`, `is`: links a role noun to the name after it.
    Copula,
    /// `bei`, `auprès`, `from`: where something is bought, ordered or rented from.
    Source,
    /// `from`: where an order or a contract comes from, its client (`an order from Apple`).
    Origin,
    /// `beim`, `vom`, `du`: a marker with its article fused in, so that words of
    /// apposition may follow it directly (`beim niederländischen Ausrüster ASML`).
    Contraction,
    /// `remporte`, `erhält`, `wins`: a verb saying its subject is given a contract or an
    /// order, so that it is the supplier, not the client who pays (see [`amounts`]).
    Win,
    /// `attribue`, `erteilt`, `awards`, `placed`: a verb saying its subject hands a contract
    /// or an order to a supplier, the client who pays (see [`supplies`]).
    Award,
    /// `venture`, `coentreprise`, `co-founded`: a joint entity, whose founders are all
    /// partners of one another, also those a subject founds it with (`co-founded the
    /// Stargate venture with OpenAI and Oracle`).
    Joint,
    /// `division`, `activité`, `Sparte`, `unit`: a part of a company; what buys it does not
    /// own the company it belongs to (`l'activité de capteurs MEMS de NXP`).
    Part,
    /// `fait`, `font`, `faire`: a causative before a verb of making turns it round (`Apple
    /// fait aussi fabriquer ses puces chez TSMC`: TSMC makes, Apple buys). A supply verb
    /// within three words after one, no punctuation between, states no supply of its own;
    /// the adjacent forms are purchase cues (`fait fabriquer`).
    Causative,
    /// `analystes`, `Analysten`, `analysts`: a company completing such a noun is a source of
    /// estimates, never an end of a fact (see [`Sentence::mark_analysts`]).
    Analyst,
    /// `gefolgt`, `suivi`, `followed` (`von`, `de`, `by` after it): the names after it
    /// continue the list of the name before it (`TSMC, gefolgt von Samsung und Infineon`).
    Follow,
    /// `participation`, `Anteil`, `stake`, `shares`: a share of a company's capital; selling
    /// one is no supply of goods (see [`supplies`]).
    Share,
    /// `ensemble`, `gemeinsam`, `together` right before an amount: a sum of what each
    /// spends, not a joint action (`investir ensemble plus de 650 milliards`).
    Sum,
    /// `dans`, `in`, `into`: the company an investment goes into, which the investor then
    /// owns a part of (`ASML investit 1,3 milliard dans Mistral`).
    Target,
    /// `mitteilte`, `bekanntgab`, `indiqué`, `said`: a verb of saying; the one company it
    /// names in another clause is what a description stands for (`Der Konzern übernimmt
    /// X, wie Siemens mitteilte`).
    Reporting,
    /// `prêt`, `Kredit`, `loan`, `subvention`, `grant`: money lent or granted. A lender or a
    /// grant-giver takes no stake in the company it funds.
    Debt,
    /// `-s`, `-x`, `-n`: a word ending so is read as a plural noun (a role noun in the plural
    /// may bear a whole list: `Nvidia's customers Microsoft and Meta`). Never a word's role.
    PluralSuffix,
    /// `-e>-ent`, `-ert>-ern`: the ending of a verb cue's third person singular and of its
    /// plural. A one-word verb cue ending so also matches its plural, which its stem does not
    /// reach (`achète` → `achètent`, `liefert` → `liefern`). Never a word's role.
    VerbPlural,
    /// `Konzern`, `groupe`, `company`: after an article, a description that stands for the
    /// sentence's main name (`Nvidia bleibt dominant: Der Konzern setzte … um`).
    Description,
    /// `its`, `ses`, `seinen`: right before a role noun, it refers to the clause's subject
    /// (`counts Samsung among its shareholders`).
    Possessive,
    /// `an`, `à`, `to`: the one something goes to; a customer noun after it names the
    /// receivers of what the clause's subject gives (`liefert an Kunden wie TSMC`).
    Recipient,
    /// `avec`, `mit`, `with`: the name after it acts together with the subject of a
    /// comitative cue (see [`Pos::Comitative`]).
    Comitative,
    /// `Fabrik`, `usine`, `fab`: marks an amount near a `build` cue as spending on a plant
    /// (see [`amounts`]).
    Capex,
    /// `contre`, `gegen`: the amount after it is what is paid in exchange (see [`amounts`]).
    Against,
    /// `respectivement`, `bzw.`, `respectively`: amounts paired in order with a list of
    /// names (see [`amounts`]).
    Respective,
    /// `le`, `dem`, `the`: a singular definite article, after which words of apposition
    /// may stand before a comitative's name (`avec l'américain GlobalFoundries`, but not
    /// `avec des puces Nvidia`). Kept apart from the other roles (see
    /// [`RelationRules::definite`]).
    Definite,
}

/// The voice of a participle cue, from the nearest auxiliary in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Voice {
    /// Not a participle, or an auxiliary after it: the cue's sides as written.
    Plain,
    /// A passive auxiliary, or none (an adjectival participle: `la puce conçue par Nvidia`):
    /// the subject is only a name after an agent marker.
    Passive,
    /// An active auxiliary at this token before the cue: the subject stands before it,
    /// the object after it (`Apple hat 2016 Pallas Ludens aufgekauft`).
    Active(usize),
}

/// One row of `cues.csv`.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    rel: RelType,
    lang: Lang,
    words: Vec<CueWord>,
    /// The particle of a separable verb (`setzte … um`), which must follow in the clause.
    particle: Vec<CueWord>,
    /// The cue's words as written (lower case), to prefer the row of the exact form.
    forms: Vec<String>,
    pos: Pos,
    /// The money frame the cue opens (`price`, `funding`, `build`; see [`amounts`]).
    frame: Frame,
    /// A participle whose grammatical object is the relation's subject (`cues.csv` pos
    /// `converse`): `Nvidia a sélectionné SK Hynix` is read like any participle, the chooser
    /// as its subject, then turned round: SK Hynix supplies Nvidia.
    converse: bool,
    /// The elided word the cue opens with (`s` of `s'approvisionne`): it must stand right
    /// before the cue's first word, and the match counts it in its length.
    clitic: Option<String>,
    subject: Side,
    object: Side,
    window: usize,
    confidence: f32,
    #[allow(dead_code)]
    line: usize,
}

/// The relation rules of every language, loaded from `gazetteers/relations/`.
#[derive(Debug, Default)]
pub struct RelationRules {
    cues: Vec<Cue>,
    /// Role words by language and lower-case form.
    markers: HashMap<Lang, HashMap<String, Vec<Role>>>,
    /// Singular definite articles (`definite` rows of `markers.csv`), by language and
    /// lower-case form: kept out of `markers` so that an article keeps its one role `det`.
    definite: HashSet<(Lang, String)>,
    /// Negation words, look-alikes and infinitive markers (`negation.csv`).
    negation: load::Negation,
    /// Cues by language and first stem.
    by_stem: HashMap<Lang, HashMap<String, Vec<usize>>>,
    /// Cues whose first word is a folded form (`*finanzierung*`, `=bauen`), by language.
    by_folded: HashMap<Lang, FoldedCues>,
    /// Words that open clauses (`clauses.csv`), by language.
    clause_words: clause::ClauseWords,
    /// The confidence written for a fact of each type and method (`calibration.csv`).
    calibration: HashMap<(RelType, RelMethod), f32>,
    /// Phrases that make a date next to them another event's (`dates.csv`).
    date_phrases: Vec<load::DatePhrase>,
}

/// The cues of one language whose first word is matched on the folded form, found in
/// a token with one automaton scan instead of one substring search per cue.
#[derive(Debug)]
struct FoldedCues {
    /// Pattern `k` is the first word of cue `cues[k]`.
    automaton: AhoCorasick,
    cues: Vec<usize>,
    /// The shortest pattern: a shorter token holds none.
    min_len: usize,
}

impl FoldedCues {
    fn new(cues: &[Cue], of_lang: Vec<usize>) -> Option<FoldedCues> {
        let words = of_lang.iter().map(|&ci| match cues[ci].words.first() {
            Some(CueWord::Folded { text, .. }) => text.as_str(),
            Some(CueWord::Exact { folded, .. }) => folded.as_str(),
            Some(CueWord::Stem(s)) => s.as_str(),
            None => "",
        });
        let min_len = words.clone().map(str::len).min().unwrap_or(0);
        let automaton = AhoCorasick::new(words).ok()?;
        Some(FoldedCues { automaton, cues: of_lang, min_len })
    }

    /// Appends to `out` the cues whose first word matches `t`, in cue order.
    fn matching(&self, all: &[Cue], t: &Token, out: &mut Vec<usize>) {
        if t.folded.len() < self.min_len {
            return;
        }
        let from = out.len();
        for m in self.automaton.find_overlapping_iter(t.folded.as_str()) {
            let ci = self.cues[m.pattern().as_usize()];
            if !out[from..].contains(&ci) && all[ci].words.first().is_some_and(|w| w.matches(t)) {
                out.push(ci);
            }
        }
        out[from..].sort_unstable();
    }
}

/// A cue found in a sentence: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct CueMatch {
    cue: usize,
    start: usize,
    end: usize,
}

/// A relation before it is written: subject and object mention indices.
#[derive(Clone, Debug)]
struct Found {
    rel: RelType,
    subject: usize,
    object: usize,
    trigger: Option<Span>,
    method: RelMethod,
    confidence: f32,
    /// `owns`: the percent mention giving the stake.
    stake: Option<usize>,
}

/// The `(lang, word)` rows of marker role `role`, taken out of `markers`: roles that are no
/// word's role in a sentence (`definite`, `verb-plural`) are read at load time only.
fn take_role(
    markers: &mut HashMap<Lang, HashMap<String, Vec<Role>>>,
    role: Role,
) -> Vec<(Lang, String)> {
    let mut out = Vec::new();
    for (&lang, words) in markers.iter_mut() {
        for (word, roles) in words.iter_mut() {
            if roles.contains(&role) {
                out.push((lang, word.clone()));
                roles.retain(|&r| r != role);
            }
        }
        words.retain(|_, roles| !roles.is_empty());
    }
    out
}

/// `cues` and, for each one-word verb cue of a language with `verb-plural` endings `rows`
/// (`markers.csv`), a cue of its third person plural
/// as an exact form (`achète` → `=achètent`, `kauft` → `=kaufen`), where no cue of its type
/// has that form already. The longest ending that fits a form is used; a form that is no
/// third person singular gives a plural no word has (`menée` → `menéent`), which never matches.
fn with_plural_verbs(mut cues: Vec<Cue>, rows: &[(Lang, String)]) -> Vec<Cue> {
    let mut endings: HashMap<Lang, Vec<(String, String)>> = HashMap::default();
    for (lang, word) in rows {
        if let Some((sg, pl)) = word.split_once('>') {
            let (sg, pl) = (sg.trim_start_matches('-'), pl.trim_start_matches('-'));
            endings.entry(*lang).or_default().push((sg.to_string(), pl.to_string()));
        }
    }
    for list in endings.values_mut() {
        // Longest ending first (`-iert` before `-ert` before `-t`); two endings of one
        // length never both fit a form.
        list.sort_by_key(|(sg, _)| std::cmp::Reverse(sg.chars().count()));
    }
    let verbal = |c: &Cue| {
        matches!(
            c.pos,
            Pos::Verb
                | Pos::Purchase
                | Pos::Delivery
                | Pos::Sale
                | Pos::Stake
                | Pos::Seat
                | Pos::Comitative
        ) && c.forms.len() == 1
            && c.particle.is_empty()
            // `bewertet` is mostly the passive participle (`wird mit … bewertet`); its
            // plural `bewerten` has the valuers as subject (`Investoren, die X mit … bewerten`).
            && c.rel != RelType::Values
    };
    let mut extra = Vec::new();
    for c in cues.iter().filter(|c| verbal(c)) {
        let Some(list) = endings.get(&c.lang) else { continue };
        let form = &c.forms[0];
        let Some(plural) = list
            .iter()
            .find_map(|(sg, pl)| form.strip_suffix(sg.as_str()).map(|stem| format!("{stem}{pl}")))
        else {
            continue;
        };
        let taken = |x: &Cue| x.rel == c.rel && x.lang == c.lang && x.forms == [plural.clone()];
        if cues.iter().chain(&extra).any(taken) {
            continue;
        }
        let mut p = c.clone();
        p.words = vec![CueWord::Exact {
            folded: crate::tokenize::fold_form(&plural),
            lower: plural.clone(),
        }];
        p.forms = vec![plural];
        extra.push(p);
    }
    cues.extend(extra);
    cues
}

impl RelationRules {
    /// Loads `cues.csv`, `markers.csv`, `negation.csv`, `clauses.csv`, `calibration.csv`
    /// and `dates.csv` from `dir/relations/`.
    /// A missing folder gives rules that find only `makes` from the gazetteer,
    /// `dated` and `cooccurs`.
    pub fn load(dir: &Path) -> Result<RelationRules, DataError> {
        let rdir = dir.join("relations");
        if !rdir.is_dir() {
            return Ok(RelationRules::default());
        }
        let mut stemmer = Stemmer::new();
        let cues = load::load_cues(&rdir.join("cues.csv"), &mut stemmer)?;
        let mut markers = load::load_markers(&rdir.join("markers.csv"))?;
        let definite: HashSet<(Lang, String)> =
            take_role(&mut markers, Role::Definite).into_iter().collect();
        let endings = take_role(&mut markers, Role::VerbPlural);
        let cues = with_plural_verbs(cues, &endings);
        let negation = load::load_negation(&rdir.join("negation.csv"), &mut stemmer)?;
        let clause_words = load::load_clause_words(&rdir.join("clauses.csv"))?;
        let calibration = load::load_calibration(&rdir.join("calibration.csv"))?;
        let date_phrases = load::load_date_phrases(&rdir.join("dates.csv"), &mut stemmer)?;
        let mut by_stem: HashMap<Lang, HashMap<String, Vec<usize>>> = HashMap::default();
        let mut by_lang_folded: HashMap<Lang, Vec<usize>> = HashMap::default();
        for (i, c) in cues.iter().enumerate() {
            match c.words.first() {
                Some(CueWord::Stem(s)) => {
                    by_stem.entry(c.lang).or_default().entry(s.clone()).or_default().push(i)
                }
                _ => by_lang_folded.entry(c.lang).or_default().push(i),
            }
        }
        let by_folded = by_lang_folded
            .into_iter()
            .filter_map(|(lang, of_lang)| Some((lang, FoldedCues::new(&cues, of_lang)?)))
            .collect();
        Ok(RelationRules {
            cues,
            markers,
            definite,
            negation,
            by_stem,
            by_folded,
            clause_words,
            calibration,
            date_phrases,
        })
    }

    /// Sets the confidence of each relation to the calibrated one of its type and method
    /// (`calibration.csv`), where the table has one.
    fn calibrate(&self, relations: &mut [Relation]) {
        for r in relations {
            if let Some(&c) = self.calibration.get(&(r.kind, r.method)) {
                r.confidence = c;
            }
        }
    }

    /// Number of cue rows loaded.
    pub fn cue_count(&self) -> usize {
        self.cues.len()
    }

    /// Relations among `mentions` (all of one sentence, in text order). Subject and
    /// object of each relation are indices into `mentions`.
    pub fn find(
        &self,
        cx: &SentenceContext,
        mentions: &[Mention],
        gazetteer: &Gazetteer,
    ) -> Vec<Relation> {
        let tokens = cx.tokens();
        let mut s = Sentence::new(self, cx, mentions, gazetteer);
        s.mark_analysts();
        // Every relation but a money mention's `dated` links two mentions.
        if mentions.len() < 2 {
            let mut out = s.dated();
            self.calibrate(&mut out);
            return out;
        }
        let cues = s.cue_matches();
        for m in &cues {
            let verb = matches!(
                self.cues[m.cue].pos,
                Pos::Verb | Pos::Participle | Pos::Seat | Pos::Comitative
            );
            let purchase = self.cues[m.cue].pos == Pos::Purchase;
            for t in m.start..m.end.min(tokens.len()) {
                s.cue_tokens[t] = true;
                s.verb_tokens[t] |= verb;
                s.purchase_tokens[t] |= purchase;
            }
        }
        s.build_groups(gazetteer);
        s.build_clauses();
        // A question states no fact, and neither does a clause that asserts nothing.
        let question = tokens
            .iter()
            .rev()
            .find(|t| t.kind == TokenKind::Punct && t.lower != "*")
            .is_some_and(|t| t.lower == "?");
        let mut cues = cues;
        cues.retain(|m| {
            !question && s.clauses.clauses[s.clauses.of(m.start)].kind != ClauseKind::Irrealis
        });
        let mut found = s.typed(&cues);
        s.apply_gazetteer(&mut found, &cues, gazetteer);
        s.production_customers(&cues, &mut found);
        s.purchase_makers(&cues, &mut found, gazetteer);
        dedupe(&mut found, mentions);

        let mut out: Vec<Relation> = found
            .iter()
            .map(|f| Relation {
                kind: f.rel,
                subject: f.subject,
                object: Some(f.object),
                value: f
                    .stake
                    .and_then(|p| mentions.get(p))
                    .map_or_else(String::new, |p| format!("{}{}", p.value, p.unit)),
                trigger: f.trigger,
                method: f.method,
                confidence: round2(f.confidence),
            })
            .collect();
        out.extend(s.dated());
        self.calibrate(&mut out);
        out.extend(cooccurrences(mentions, &found));
        out
    }
}

fn round2(x: f32) -> f32 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// Token range `start..end` of each mention (`None` when it covers no token). Tokens
/// are in text order, so each end is found by binary search.
fn token_ranges(tokens: &[Token], mentions: &[Mention]) -> Vec<Option<(usize, usize)>> {
    mentions
        .iter()
        .map(|m| {
            let start = tokens.partition_point(|t| t.span.end <= m.span.start);
            let end = tokens.partition_point(|t| t.span.start < m.span.end);
            (start < end).then_some((start, end))
        })
        .collect()
}

/// For each token, whether it lies wholly inside a mention.
fn inside_mentions(
    tokens: &[Token],
    mentions: &[Mention],
    ranges: &[Option<(usize, usize)>],
) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    for (m, r) in mentions.iter().zip(ranges) {
        let Some((a, b)) = *r else { continue };
        for (t, tok) in tokens.iter().enumerate().take(b).skip(a) {
            if m.span.contains(tok.span) {
                inside[t] = true;
            }
        }
    }
    inside
}

/// One sentence as the rules see it.
struct Sentence<'a> {
    rules: &'a RelationRules,
    /// The document's text (the tokens' spans point into it).
    text: &'a str,
    tokens: &'a [Token],
    lang: Lang,
    mentions: &'a [Mention],
    ranges: Vec<Option<(usize, usize)>>,
    /// Tokens lying wholly inside a mention.
    inside: Vec<bool>,
    /// Tokens covered by a cue of the sentence.
    cue_tokens: Vec<bool>,
    /// Tokens covered by a verb or participle cue.
    verb_tokens: Vec<bool>,
    /// Tokens of `purchase` cues: a purchase's arguments stop at another one.
    purchase_tokens: Vec<bool>,
    /// Whether a negation phrase starts at each token, once looked at.
    negation: Vec<Cell<Option<bool>>>,
    /// The list of names each mention belongs to (an index into `groups`), see [`Sentence::group`].
    group_of: Vec<Option<usize>>,
    groups: Vec<Vec<usize>>,
    /// Mentions that are sources, never an end of a fact: news media (`type` media in the
    /// gazetteer) and companies completing an analyst noun ([`Sentence::mark_analysts`]).
    media: Vec<bool>,
    /// The sentence's clauses (see [`clause`]).
    clauses: Clauses,
    /// Per clause, the number of its tokens before each token (see `clause_tokens`).
    clause_prefix: std::cell::RefCell<HashMap<usize, Vec<u32>>>,
    /// Set while the sentence's raiser is looked for (see [`amounts`]), so that a round
    /// noun asked for its subject does not ask for the raiser again.
    raiser_search: Cell<bool>,
}

/// Where a mention stands relative to a cue: before it or not, and the tokens between.
/// Tokens an apposition after a name may have and still not count in distances (see
/// [`Sentence::apposition_marks`]).
const APPOSITION_SPAN: usize = 10;
/// Tokens between an amount and the noun cue it is an attribute of (`11 milliards de
/// chiffre d'affaires`).
const NOUN_ATTRIBUTE_GAP: usize = 3;
/// Tokens a relative pronoun may take before the name after it (`an dem`, `in which`).
const RELATIVE_PRONOUN_TOKENS: usize = 2;
/// Tokens between a share verb and the revenue noun it speaks of (`ont représenté à eux trois
/// près de 60 % des ventes`).
const SHARE_TO_SALES: usize = 8;
/// Tokens between a revenue noun and the genitive name completing it (`des ventes de
/// systèmes d'ASML`).
const SALES_GENITIVE: usize = 4;
/// Tokens between an analyst noun and the company completing it (`Analysten von der X`).
const ANALYST_GAP: usize = 2;

#[derive(Clone, Copy, Debug)]
struct Place {
    before: bool,
    gap: usize,
}

impl<'a> Sentence<'a> {
    /// A sentence ready for reading: its mentions' token ranges and media flags, and
    /// empty cue, group and clause tables (filled by [`RelationRules::find`]).
    fn new(
        rules: &'a RelationRules,
        cx: &SentenceContext<'a>,
        mentions: &'a [Mention],
        gazetteer: &Gazetteer,
    ) -> Sentence<'a> {
        let tokens = cx.tokens();
        let lang = if cx.sentence.lang == Lang::Und { cx.doc_lang } else { cx.sentence.lang };
        let ranges = token_ranges(tokens, mentions);
        let inside = inside_mentions(tokens, mentions, &ranges);
        Sentence {
            rules,
            text: cx.text,
            tokens,
            lang,
            mentions,
            ranges,
            inside,
            cue_tokens: vec![false; tokens.len()],
            verb_tokens: vec![false; tokens.len()],
            purchase_tokens: vec![false; tokens.len()],
            negation: vec![Cell::new(None); tokens.len()],
            group_of: vec![None; mentions.len()],
            groups: Vec::new(),
            media: mentions
                .iter()
                .map(|m| gazetteer.entity(&m.entity_id).is_some_and(|e| e.media))
                .collect(),
            clauses: Clauses::default(),
            clause_prefix: Default::default(),
            raiser_search: Cell::new(false),
        }
    }

    /// Marks as sources (like media) the companies that complete an analyst noun, a marker
    /// or an article at most between (`Les analystes de Kepler Cheuvreux`, `Analysten von
    /// Baader Bank und Berenberg`, `analysts at Bernstein`), or stand right before it
    /// (`Jefferies analysts`): they estimate a figure, never state a fact. (`Analysts say
    /// Microsoft …` marks no one.)
    fn mark_analysts(&mut self) {
        let analyst = |t: usize| self.has_role(t, Role::Analyst);
        // Between the noun and the name only a marker or an article (`de`, `von der`, `at`).
        let completes = |t: usize| !self.roles(t).is_empty() && !self.has_role(t, Role::List);
        let mut flagged = vec![false; self.mentions.len()];
        let mut order: Vec<usize> = (0..self.mentions.len())
            .filter(|&i| self.mentions[i].kind == Kind::Company && self.ranges[i].is_some())
            .collect();
        order.sort_by_key(|&i| self.ranges[i]);
        let mut last: Option<usize> = None;
        for &i in &order {
            let Some((a, e)) = self.ranges[i] else { continue };
            let after = analyst(e);
            let before = (a.saturating_sub(ANALYST_GAP + 1)..a)
                .rev()
                .any(|t| analyst(t) && t + 1 < a && (t + 1..a).all(completes));
            // A further member of the list, after a list word (`von Baader Bank und
            // Berenberg`).
            let member = last.is_some_and(|l| {
                self.ranges[l].is_some_and(|(_, le)| {
                    le < a
                        && a - le <= 2
                        && (le..a).any(|u| self.has_role(u, Role::List))
                        && (le..a).all(|u| {
                            self.is_list_separator(u)
                                || self.has_role(u, Role::Det)
                                || self.has_role(u, Role::Genitive)
                        })
                })
            });
            flagged[i] = after || before || member;
            last = flagged[i].then_some(i);
        }
        for (i, f) in flagged.into_iter().enumerate() {
            self.media[i] |= f;
        }
    }

    /// Whether a mention of `kind` starts at a token of `tokens` (`46 %` after `ensemble`,
    /// a chip right after its maker's possessive).
    fn starts_in(&self, kind: Kind, tokens: std::ops::RangeInclusive<usize>) -> bool {
        self.mentions
            .iter()
            .zip(&self.ranges)
            .any(|(x, r)| x.kind == kind && r.is_some_and(|(a, _)| tokens.contains(&a)))
    }

    /// The token of the marker right before company `i`'s group, an article at most between
    /// (`dans Mistral`, `in die Intel`); `None` at the sentence's start.
    fn marker_token(&self, i: usize) -> Option<usize> {
        let head = self.group(i, Kind::Company).first().copied().unwrap_or(i);
        let (a, _) = self.ranges[head]?;
        if a >= 2 && self.has_role(a - 1, Role::Det) {
            Some(a - 2)
        } else {
            a.checked_sub(1)
        }
    }

    /// The tokens of cue `m`'s clause with marker role `role`, outside the mentions
    /// (`Salesforce Ventures` is a name, not a `venture`).
    pub(super) fn role_tokens_in_clause(
        &self,
        m: CueMatch,
        role: Role,
    ) -> impl Iterator<Item = usize> + '_ {
        let own = self.clauses.of(m.start);
        (0..self.tokens.len()).filter(move |&t| {
            self.clauses.of(t) == own && self.has_role(t, role) && !self.in_mention(t)
        })
    }

    /// Whether token `i` lies wholly inside a mention (a compound such as
    /// `500-Millionen-Dollar-Finanzierungsrunde` is only partly covered by its amount).
    fn in_mention(&self, i: usize) -> bool {
        self.inside.get(i).copied().unwrap_or(false)
    }

    /// The marker roles of token `i`; a `description` or `possessive` word alone has none
    /// (a noun or determiner of apposition, `le groupe Iliad`, `seine Tochter X`, whatever
    /// else it may stand for).
    fn roles(&self, i: usize) -> &'a [Role] {
        match self.all_roles(i) {
            [Role::Description] | [Role::Possessive] => &[],
            r if r.iter().all(|x| matches!(x, Role::Capex | Role::Respective | Role::Against)) => {
                &[]
            }
            r => r,
        }
    }

    fn all_roles(&self, i: usize) -> &'a [Role] {
        self.tokens
            .get(i)
            .and_then(|t| self.rules.markers.get(&self.lang)?.get(t.lower.as_str()))
            .map_or(&[], Vec::as_slice)
    }

    fn has_role(&self, i: usize, role: Role) -> bool {
        self.all_roles(i).contains(&role)
    }

    /// Tokens `start..` matching `words` (clitics between words skipped); the end.
    fn match_words(&self, words: &[CueWord], start: usize, allow_mentions: bool) -> Option<usize> {
        let mut j = start;
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                while self.tokens.get(j).is_some_and(|t| t.clitic) {
                    j += 1;
                }
            }
            let t = self.tokens.get(j)?;
            if !w.matches(t) || (!allow_mentions && self.in_mention(j)) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// Whether the elided word `clitic` (without its apostrophe) stands right before token
    /// `start` (`s'` before `approvisionne`).
    fn clitic_before(&self, clitic: &str, start: usize) -> bool {
        start > 0 && {
            let t = &self.tokens[start - 1];
            t.clitic && t.lower.trim_end_matches(crate::tokenize::is_apostrophe) == clitic
        }
    }

    /// Whether a separable verb's particle follows `from` in the same clause: before the
    /// next comma, semicolon or colon, within [`PARTICLE_REACH`] tokens.
    fn particle_follows(&self, particle: &[CueWord], from: usize) -> bool {
        (from..self.tokens.len().min(from + PARTICLE_REACH))
            .take_while(|&t| !clause::ends_segment(&self.tokens[t]))
            .any(|t| self.match_words(particle, t, false).is_some())
    }

    fn cue_matches(&self) -> Vec<CueMatch> {
        let mut out = Vec::new();
        let by_stem = self.rules.by_stem.get(&self.lang);
        let folded = self.rules.by_folded.get(&self.lang);
        let mut candidates = Vec::new();
        for start in 0..self.tokens.len() {
            let t = &self.tokens[start];
            if t.clitic {
                continue;
            }
            candidates.clear();
            let key = if t.stem.is_empty() { t.lower.as_str() } else { t.stem.as_str() };
            if let Some(cues) = by_stem.and_then(|m| m.get(key)) {
                candidates.extend_from_slice(cues);
            }
            if let Some(f) = folded {
                f.matching(&self.rules.cues, t, &mut candidates);
            }
            for &ci in &candidates {
                let cue = &self.rules.cues[ci];
                if let Some(end) = self.match_words(&cue.words, start, false) {
                    if !cue.particle.is_empty() && !self.particle_follows(&cue.particle, end) {
                        continue;
                    }
                    if cue.clitic.as_ref().is_some_and(|c| !self.clitic_before(c, start)) {
                        continue;
                    }
                    // After a possessive a verb's form is a noun or an adjective (`its own
                    // chips`, `its supplies`). (Money frames read nouns as verbs: `seine
                    // Ausgaben`.)
                    if matches!(cue.pos, Pos::Verb | Pos::Participle)
                        && cue.frame == Frame::Plain
                        && start > 0
                        && self.all_roles(start - 1).contains(&Role::Possessive)
                    {
                        continue;
                    }
                    let m = CueMatch { cue: ci, start, end };
                    if !self.negated(m) {
                        out.push(m);
                    }
                }
            }
        }
        // Several rows of one type on one token (`investir`, `investissement` share a
        // stem): keep the longest, then the row written in the token's exact form, then
        // the most confident.
        let rank = |m: &CueMatch| {
            let cue = &self.rules.cues[m.cue];
            let exact = cue.forms.first().is_some_and(|f| *f == self.tokens[m.start].lower);
            (
                m.end - m.start + usize::from(cue.clitic.is_some()),
                exact,
                (cue.confidence * 1000.0) as u32,
                std::cmp::Reverse(m.cue),
            )
        };
        let mut best: Vec<CueMatch> = Vec::new();
        for m in out {
            let rel = self.rules.cues[m.cue].rel;
            match best.iter_mut().find(|b| b.start == m.start && self.rules.cues[b.cue].rel == rel)
            {
                Some(b) if rank(&m) > rank(b) => *b = m,
                Some(_) => {}
                None => best.push(m),
            }
        }
        // A word inside a longer cue of its type is part of that cue (`approvisionnement`
        // in `contrat d'approvisionnement`), not a cue of its own.
        let inside = |m: &CueMatch, b: &CueMatch| {
            b.start < m.start
                && m.end <= b.end
                && self.rules.cues[b.cue].rel == self.rules.cues[m.cue].rel
        };
        // A verb of making after a causative is turned round (see [`Self::caused`]).
        let keep: Vec<bool> =
            best.iter().map(|m| !best.iter().any(|b| inside(m, b)) && !self.caused(*m)).collect();
        best.into_iter().zip(keep).filter_map(|(m, k)| k.then_some(m)).collect()
    }

    /// Whether supply verb `m` stands within [`CAUSATIVE_REACH`] tokens after a causative, no punctuation
    /// between: it is turned round (see [`Role::Causative`]) and states no supply of its own.
    fn caused(&self, m: CueMatch) -> bool {
        let cue = &self.rules.cues[m.cue];
        cue.rel == RelType::Supplies
            && matches!(cue.pos, Pos::Verb | Pos::Participle)
            && (m.start.saturating_sub(CAUSATIVE_REACH)..m.start)
                .rev()
                .take_while(|&t| {
                    self.tokens[t].kind != TokenKind::Punct
                        || matches!(self.tokens[t].lower.as_str(), "'" | "’")
                })
                .any(|t| self.has_role(t, Role::Causative))
    }

    /// Whether a negation word stands near the cue, in the same clause.
    fn negated(&self, m: CueMatch) -> bool {
        // Each token is looked at once per sentence, however many cues stand near it.
        let is_neg =
            |i: usize| match self.negation.get(i).map(Cell::get) {
                Some(Some(known)) => known,
                _ => {
                    let neg =
                        self.rules.negation.negate.iter().any(|(l, w)| {
                            *l == self.lang && self.match_words(w, i, true).is_some()
                        }) && !self.rules.negation.ignore.iter().any(|(l, w)| {
                            *l == self.lang && self.match_words(w, i, true).is_some()
                        });
                    if let Some(c) = self.negation.get(i) {
                        c.set(Some(neg));
                    }
                    neg
                }
            };
        let boundary = |i: usize| {
            self.tokens[i].kind == TokenKind::Punct
                && !matches!(self.tokens[i].lower.as_str(), "'" | "-")
        };
        // A word of rivalry cancels a `partners` cue as a negation does (`rivalise avec`).
        let rival = |i: usize| {
            self.rules.cues[m.cue].rel == RelType::Partners
                && self
                    .rules
                    .negation
                    .rival
                    .iter()
                    .any(|(l, w)| *l == self.lang && self.match_words(w, i, true).is_some())
        };
        let is_neg = |i: usize| is_neg(i) || rival(i);
        // Mention tokens (`4 Milliarden Euro`) are passed over without counting.
        let (mut i, mut seen) = (m.start, 0);
        while i > 0 && seen < NEG_BEFORE {
            i -= 1;
            if boundary(i) {
                break;
            }
            if self.in_mention(i) {
                continue;
            }
            if is_neg(i) {
                return true;
            }
            seen += 1;
        }
        let (mut i, mut seen) = (m.end, 0);
        while i < self.tokens.len() && seen < NEG_AFTER && !boundary(i) {
            if !self.in_mention(i) {
                if is_neg(i) {
                    return true;
                }
                seen += 1;
            }
            i += 1;
        }
        self.negated_governor(m, &is_neg) || self.abandoned(m)
    }

    /// Whether a word of abandonment stands within [`ABANDON_REACH`] words of the cue in its
    /// own phrase (`a renoncé à prendre une participation dans Kalray`, `Pläne für ein
    /// Gemeinschaftsunternehmen mit Riber aufgegeben`): no punctuation, list word or clause
    /// boundary between (`a racheté Mellanox en 2020 et a renoncé à Arm`), not itself negated
    /// (`n'a pas renoncé à racheter Arm`), and not the market's sense before a figure
    /// (`L'action Nvidia abandonne 3 %`). Mention tokens are not counted.
    fn abandoned(&self, m: CueMatch) -> bool {
        let any_of = |list: &load::Phrases, i: usize| {
            list.iter().any(|(l, w)| *l == self.lang && self.match_words(w, i, true).is_some())
        };
        let negation = &self.rules.negation;
        let before = |i: usize| any_of(&negation.abandon, i);
        let after = |i: usize| any_of(&negation.abandon, i) || any_of(&negation.abandon_after, i);
        let own = self.clauses.of(m.start);
        let stop = |i: usize| {
            (self.tokens[i].kind == TokenKind::Punct
                && !matches!(self.tokens[i].lower.as_str(), "'" | "’" | "-"))
                || self.has_role(i, Role::List)
                || self.clauses.of(i) != own
        };
        let figure_after = |i: usize| {
            (i + 1..(i + 3).min(self.tokens.len()))
                .any(|t| self.in_mention(t) || self.tokens[t].kind == TokenKind::Number)
        };
        let negated_before =
            |i: usize| (i.saturating_sub(NEG_BEFORE)..i).any(|t| any_of(&negation.negate, t));
        let reach = |steps: &mut dyn Iterator<Item = usize>, abandon: &dyn Fn(usize) -> bool| {
            let mut seen = 0;
            for i in steps {
                if stop(i) || seen >= ABANDON_REACH {
                    return false;
                }
                if self.in_mention(i) {
                    continue;
                }
                if abandon(i) {
                    return !negated_before(i) && !figure_after(i);
                }
                seen += 1;
            }
            false
        };
        reach(&mut (0..m.start).rev(), &before) || reach(&mut (m.end..self.tokens.len()), &after)
    }

    /// Whether the verb governing the infinitive complement that cue `m` stands in is
    /// negated (`Soitec n'envisage pas, en revanche, de s'associer`, `plant nicht, … zu
    /// investieren`): from the infinitive marker right before the cue (a reflexive clitic
    /// may stand between), back over at most [`NEG_BEFORE`] + 4 words of its clause and a
    /// short insertion between commas, up to two words past the first verb cue met.
    fn negated_governor(&self, m: CueMatch, is_neg: &dyn Fn(usize) -> bool) -> bool {
        let is_marker = |i: usize| {
            let lower = self.tokens[i].lower.as_str();
            self.rules.negation.infinitive.iter().any(|(l, w)| *l == self.lang && w == lower)
        };
        let reflexive = |i: usize| {
            let lower = self.tokens[i].lower.as_str();
            self.rules.negation.reflexive.iter().any(|(l, w)| *l == self.lang && w == lower)
        };
        let mut i = m.start;
        let mut steps = 0;
        while i > 0 && steps < 2 && !is_marker(i - 1) {
            if !reflexive(i - 1) {
                return false;
            }
            i -= 1;
            steps += 1;
        }
        if i == 0 || !is_marker(i - 1) {
            return false;
        }
        let own = self.clauses.of(i - 1);
        let (mut i, mut seen, mut past_verb) = (i - 1, 0, None::<usize>);
        while i > 0 && seen < NEG_BEFORE + 4 {
            i -= 1;
            let tok = &self.tokens[i];
            if tok.lower == "," {
                // Only a short insertion between two commas is passed (`, en revanche,`).
                match (i.saturating_sub(4)..i).rev().find(|&c| self.tokens[c].lower == ",") {
                    Some(c) => {
                        i = c;
                        continue;
                    }
                    // The comma closing the governing verb (`plant nicht, … zu investieren`).
                    None => return (i.saturating_sub(2)..i).any(is_neg),
                }
            }
            if tok.kind == TokenKind::Punct && !matches!(tok.lower.as_str(), "'" | "’") {
                return false;
            }
            if self.clauses.of(i) != own {
                return false;
            }
            if is_neg(i) {
                return true;
            }
            if self.in_mention(i) {
                continue;
            }
            if let Some(n) = past_verb.as_mut() {
                *n += 1;
                if *n > 2 {
                    return false;
                }
            } else if self.verb_tokens[i] {
                past_verb = Some(0);
            }
            seen += 1;
        }
        false
    }

    fn place(&self, mi: usize, m: CueMatch) -> Option<Place> {
        let (a, b) = self.ranges.get(mi).copied().flatten()?;
        // Tokens of the cue's clause between: an embedded clause between does not count.
        let between = |lo: usize, hi: usize| self.clause_tokens(self.clauses.of(m.start), lo, hi);
        if b <= m.start {
            Some(Place { before: true, gap: between(b, m.start) })
        } else if a >= m.end {
            Some(Place { before: false, gap: between(m.end, a) })
        } else {
            // The mention shares a compound token with the cue: before it when it starts first.
            let trigger = self.trigger(m);
            let span = self.mentions.get(mi)?.span;
            if span.contains(trigger) {
                return None;
            }
            Some(Place { before: span.start <= trigger.start && span.end < trigger.end, gap: 0 })
        }
    }

    /// The roles of the marker before mention `mi`: right before it, or before an
    /// article and at most [`APPOSITION_WORDS`] words (`für das Start-up Aleph Alpha`,
    /// `avec le japonais SoftBank`).
    fn marker_before(&self, mi: usize) -> &'a [Role] {
        let Some((a, _)) = self.ranges.get(mi).copied().flatten() else { return &[] };
        if a == 0 {
            return &[];
        }
        let direct = self.roles(a - 1);
        // A compound preposition ends in a genitive word (`auprès de`, `auprès d'AMD`):
        // the marker before the genitive says what the name is.
        if self.after_compound_preposition(mi) {
            return self.roles(a - 2);
        }
        if !direct.is_empty() && direct != [Role::Det] {
            return direct;
        }
        // Name ← [words] ← det ← marker
        let mut i = a - 1;
        for _ in 0..=APPOSITION_WORDS {
            if self.has_role(i, Role::Det) {
                // `an dem Amazon beteiligt ist`: the article is a relative pronoun after the
                // preposition opening its clause, which marks the antecedent, not this name.
                if i > 0 && self.opens_relative(i - 1) {
                    return &[];
                }
                return if i > 0 { self.roles(i - 1) } else { &[] };
            }
            let t = &self.tokens[i];
            // A marker with the article fused in stands right before the words
            // (`beim niederländischen Ausrüster ASML`, `au groupe`).
            if i < a - 1 && self.has_role(i, Role::Contraction) {
                return self.roles(i);
            }
            // A verb ends the phrase (`Für das Paket zahlt GlobalWafers`: `für` marks the
            // package, not the payer); a role noun does not (`bei dem Zulieferer Infineon`).
            if !t.is_word()
                || !self.roles(i).is_empty()
                || self.in_mention(i)
                || i == 0
                || self.verb_tokens.get(i).copied().unwrap_or(false)
            {
                return &[];
            }
            i -= 1;
        }
        &[]
    }

    /// Whether mention `i` stands in a relative clause other than the clause of cue `m`.
    fn in_other_relative(&self, i: usize, m: CueMatch) -> bool {
        let Some((a, _)) = self.ranges[i] else { return false };
        let (Some(&c), Some(&own)) =
            (self.clauses.of_token.get(a), self.clauses.of_token.get(m.start))
        else {
            return false;
        };
        c != own
            && self
                .clauses
                .clauses
                .get(c)
                .is_some_and(|x| matches!(x.kind, ClauseKind::Relative { .. }))
    }

    /// Whether token `t` is the first token of a relative clause (once the clauses are known).
    fn opens_relative(&self, t: usize) -> bool {
        self.clauses
            .of_token
            .get(t)
            .and_then(|&c| self.clauses.clauses.get(c))
            .is_some_and(|c| c.start == t && matches!(c.kind, ClauseKind::Relative { .. }))
    }

    /// Whether company `i` completes a plain noun (no cue, no name) through a genitive or
    /// origin marker, an article between at most: `Chips von Nvidia`, `des puces de Nvidia`,
    /// `chips from Nvidia`.
    pub(super) fn plain_noun_complement(&self, i: usize) -> bool {
        let Some((a, _)) = self.ranges[i] else { return false };
        let mut marker = a.saturating_sub(1);
        if marker > 0 && self.has_role(marker, Role::Det) {
            marker -= 1;
        }
        marker > 0
            && marker < a
            && self.roles(marker).iter().any(|r| {
                matches!(r, Role::Genitive | Role::AgentVerb | Role::Origin | Role::Source)
            })
            && self.tokens[marker - 1].kind == TokenKind::Word
            && !self.cue_tokens[marker - 1]
            && !self.in_mention(marker - 1)
    }

    /// Whether company `i` names the maker of goods rather than a party: it stands between a
    /// comitative marker and a plain noun (`servers fitted with Nvidia GPUs`). (The owner of
    /// chips made by a foundry is its client, `les puces ReefShark de Nokia sont gravées par
    /// TSMC`, so a genitive after the goods says nothing here.)
    fn goods_maker(&self, i: usize) -> bool {
        let Some((a, e)) = self.ranges[i] else { return false };
        a > 0
            && self.has_role(a - 1, Role::Comitative)
            && self.tokens.get(e).is_some_and(|t| {
                t.kind == TokenKind::Word && !self.cue_tokens[e] && !self.verb_tokens[e]
            })
    }

    /// Whether company `i`, in the possessive form, owns a chip named right after it (a word
    /// at most between: `AMD's MI355X accelerators`, `Nvidias Blackwell-Chips`): the maker of
    /// goods, not a company bought.
    fn possessor_of_chip(&self, i: usize) -> bool {
        let Some((_, e)) = self.ranges[i] else { return false };
        self.possessive_form(i) && self.starts_in(Kind::Chip, e..=e + 2)
    }

    /// The company whose sales a share verb `m` speaks of: a revenue noun among `cues`
    /// after it in its clause, a percentage between (`ont représenté 60 % des ventes`),
    /// completed by a genitive name a few words on (`des ventes de systèmes d'ASML`) or
    /// owned by a name in the possessive right before it (`25% of TSMC's revenue`).
    fn sales_owner(&self, m: CueMatch, cues: &[CueMatch]) -> Option<Vec<usize>> {
        let own = self.clauses.of(m.start);
        let noun = cues.iter().find(|n| {
            let c = &self.rules.cues[n.cue];
            c.rel == RelType::Revenue
                && c.pos == Pos::Noun
                && n.start >= m.end
                && n.start - m.end <= SHARE_TO_SALES
                && self.clauses.of(n.start) == own
        })?;
        // The share is a figure (`60 % des ventes`), not a threat (`pèse sur les ventes`).
        if noun.start <= m.end || !self.starts_in(Kind::Percent, m.end..=noun.start - 1) {
            return None;
        }
        let owner = (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.ranges[i].is_some_and(|(a, e)| {
                    let after = a >= noun.end
                        && a - noun.end <= SALES_GENITIVE
                        && self.marker_before(i).contains(&Role::Genitive)
                        && !(noun.end..a).any(|t| self.verb_tokens[t] || self.in_mention(t));
                    let possessor =
                        e <= noun.start && noun.start - e <= 1 && self.possessive_form(i);
                    after || possessor
                })
        })?;
        Some(self.group(owner, Kind::Company))
    }

    /// The buyer of a sale among the `companies` near it: the last recipient after it
    /// (`verkauft seine Beteiligung an Altera an Silver Lake`).
    fn sale_buyer(&self, companies: &[(usize, Place)]) -> Option<usize> {
        companies
            .iter()
            .filter(|&&(i, p)| {
                !p.before && self.group_marker(i, Kind::Company).contains(&Role::Recipient)
            })
            .max_by_key(|&&(i, _)| self.ranges[i].map_or(0, |r| r.0))
            .map(|&(i, _)| i)
    }

    /// Whether company `i`'s group opens a clause after a comma and is followed by its own
    /// percentage (at most one word between): a holder in a clause whose verb is left out
    /// (`…, Thales et Leonardo 32,5 % chacun`, `…, die Telekom rund 20 Prozent`).
    fn gapped_holder(&self, i: usize) -> bool {
        let group = self.group(i, Kind::Company);
        let (Some(&first), Some(&last)) = (group.first(), group.last()) else { return false };
        let (Some((a, _)), Some((_, e))) = (self.ranges[first], self.ranges[last]) else {
            return false;
        };
        let after_comma = a > 0 && matches!(self.tokens[a - 1].lower.as_str(), "," | ";");
        after_comma && self.starts_in(Kind::Percent, e..=e + 1)
    }

    /// The subject of amount `mi` in a clause whose verb is left out, when an amount of
    /// cue `m` stands before it: a plain company right after a comma, `;` or list word that
    /// follows that amount, with at most [`GAP_WORDS`] words and no verb or comma between
    /// it and `mi` (`Mubadala déboursera 2 milliards d'euros, AXA environ 1,2 milliard`;
    /// `einen Umsatz von 2,6 Milliarden Euro erzielt, Stackit allein rund 900 Millionen`).
    fn gapped_subject(&self, mi: usize, m: CueMatch) -> Option<usize> {
        let (ma, _) = self.ranges[mi]?;
        let before = (0..mi).rev().find(|&p| {
            self.mentions[p].kind == Kind::Money
                && self.ranges[p].is_some_and(|(a, _)| a + 1 >= m.start)
        })?;
        let (_, pe) = self.ranges[before]?;
        let c = (before + 1..mi).rev().find(|&c| {
            self.mentions[c].kind == Kind::Company && self.ranges[c].is_some_and(|(_, e)| e <= ma)
        })?;
        if self.media[c] {
            return None;
        }
        // The members after the earlier amount (`… in Anthropic and Google about $3 billion`:
        // Anthropic is where the money went).
        let group: Vec<usize> = self
            .group(c, Kind::Company)
            .into_iter()
            .filter(|&g| self.ranges[g].is_some_and(|(a, _)| a > pe))
            .filter(|&g| {
                let r = self.marker_before(g);
                !r.contains(&Role::Target) && !r.contains(&Role::Oblique)
            })
            .collect();
        let first = *group.first()?;
        let (ca, _) = self.ranges[first]?;
        let (_, ce) = self.ranges[*group.last()?]?;
        let opens = matches!(self.tokens[ca - 1].lower.as_str(), "," | ";")
            || self.has_role(ca - 1, Role::List);
        let close = ce <= ma
            && ma - ce <= GAP_WORDS
            && (ce..ma).all(|t| !self.verb_tokens[t] && self.tokens[t].lower != ",");
        let plain = !self.marker_before(first).iter().any(|r| {
            matches!(
                r,
                Role::Oblique | Role::Beneficiary | Role::Source | Role::Agent | Role::AgentVerb
            )
        });
        (opens && close && plain).then_some(first)
    }

    /// Whether a comma stands between the end of cue `m` and mention `i` after it.
    fn comma_between(&self, m: CueMatch, i: usize) -> bool {
        self.ranges[i].is_some_and(|(a, _)| (m.end..a).any(|t| self.tokens[t].lower == ","))
    }

    /// Whether the group of company mention `i` stands after no marker that makes it
    /// something other than a doer (oblique, beneficiary, source, agent).
    fn unmarked(&self, i: usize) -> bool {
        !self.group_marker(i, Kind::Company).iter().any(|r| {
            matches!(
                r,
                Role::Oblique | Role::Beneficiary | Role::Source | Role::Agent | Role::AgentVerb
            )
        })
    }

    /// The marker roles of the group of `mi` (those before its first name).
    fn group_marker(&self, mi: usize, kind: Kind) -> &'a [Role] {
        let head = self.group(mi, kind).first().copied().unwrap_or(mi);
        self.marker_before(head)
    }

    /// A comma, slash, ampersand or list word (`et`, `und`).
    fn is_list_separator(&self, t: usize) -> bool {
        self.tokens.get(t).is_some_and(|tok| matches!(tok.lower.as_str(), "," | "/" | "&" | "*"))
            || self.has_role(t, Role::List)
    }

    /// A word that may stand for an unknown member of a list: no mention, cue or marker.
    fn is_filler_word(&self, t: usize) -> bool {
        self.tokens.get(t).is_some_and(|tok| tok.kind == TokenKind::Word)
            && !self.in_mention(t)
            && !self.cue_tokens.get(t).copied().unwrap_or(false)
            && self.roles(t).is_empty()
    }

    /// Whether a group of names is a list: a list word or comma between each two.
    fn is_list(&self, names: &[usize]) -> bool {
        // Names side by side (`Amazon AWS et Anthropic`) are one member of the list.
        let joined = |w: &[usize]| match (self.ranges[w[0]], self.ranges[w[1]]) {
            (Some((_, e)), Some((s, _))) => (e >= s)
                .then_some(false)
                .or_else(|| (e..s).any(|t| self.is_list_separator(t)).then_some(true)),
            _ => None,
        };
        let links: Option<Vec<bool>> = names.windows(2).map(joined).collect();
        links.is_some_and(|l| l.contains(&true))
    }

    /// Mentions of `kind` joined to `mi` by list words (`A, B und C`), in text order.
    /// At most [`MAX_GROUP`] names: a longer run is cut into pieces of that size.
    fn group(&self, mi: usize, kind: Kind) -> Vec<usize> {
        self.group_slice(mi, kind).map_or_else(|| vec![mi], <[usize]>::to_vec)
    }

    /// The cached group of `mi` when it is a mention of `kind` with a token range.
    fn group_slice(&self, mi: usize, kind: Kind) -> Option<&[usize]> {
        let g = self.group_of.get(mi).copied().flatten()?;
        (self.mentions[mi].kind == kind).then(|| self.groups[g].as_slice())
    }

    /// Fills `groups` once per sentence: each run of mentions of one kind joined by list
    /// words, cut into pieces of at most [`MAX_GROUP`] names. Two company names with
    /// nothing at all between them are one group (`d'Amazon AWS et Anthropic`), except
    /// right after a verb cue or an auxiliary, where they are subject and object in
    /// verb-second order (`2024 übernahm SAP Aleph Alpha`) unless they are one corporate
    /// family (`Amazon AWS`).
    fn build_groups(&mut self, gazetteer: &Gazetteer) {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_of = vec![None; self.mentions.len()];
        for kind in [Kind::Company, Kind::Chip, Kind::Money, Kind::Date, Kind::Percent] {
            let of_kind: Vec<usize> = (0..self.mentions.len())
                .filter(|&i| self.mentions[i].kind == kind && self.ranges[i].is_some())
                // A source (`Selon Les Echos, OVHcloud …`) is in no list of actors.
                .filter(|&i| !self.media[i])
                .collect();
            let mut run: Vec<usize> = Vec::new();
            for (p, &i) in of_kind.iter().enumerate() {
                let joined = p > 0
                    && run.len() < MAX_GROUP
                    && self.joined(of_kind[p - 1], i, &of_kind, gazetteer)
                    && (run.len() >= 2 || !self.comma_then_list_word(of_kind[p - 1], i))
                    && !self.comma_then_subject(of_kind[p - 1], i);
                if !joined && !run.is_empty() {
                    self.push_run(std::mem::take(&mut run), &mut groups);
                }
                run.push(i);
            }
            if !run.is_empty() {
                self.push_run(run, &mut groups);
            }
        }
        for (g, members) in groups.iter().enumerate() {
            for &i in members {
                group_of[i] = Some(g);
            }
        }
        self.groups = groups;
        self.group_of = group_of;
    }

    /// Adds a run of joined names to `groups`. Two names a comma alone joins are no list
    /// (`Face à Starlink, la constellation de SpaceX, Eutelsat mise sur…`): a list of two
    /// has its list word (`A et B`), and a comma alone ends a phrase or opens an apposition.
    fn push_run(&self, run: Vec<usize>, groups: &mut Vec<Vec<usize>>) {
        if let [x, y] = run[..] {
            if let (Some((_, xe)), Some((ys, _))) = (self.ranges[x], self.ranges[y]) {
                // (An apposition opened by an article, `Nscale, the London-based AI cloud
                // provider`, and a possessor, `G42, Cerebras' largest customer`, are read as
                // before: their names stay together.)
                let apposition = (xe..ys).any(|t| self.has_role(t, Role::Det));
                let possessor = self.possessive_form(y)
                    || self
                        .tokens
                        .get(self.ranges[y].map_or(0, |r| r.1))
                        .is_some_and(|t| t.lower.chars().all(crate::tokenize::is_apostrophe));
                // A list whose last member the gazetteer does not know (`beliefert Bosch
                // Mercedes-Benz, Hyundai und mehrere chinesische Hersteller`).
                let ye = self.ranges[y].map_or(ys, |r| r.1);
                let unnamed_last = self.has_role(ye, Role::List)
                    && (self.is_filler_word(ye + 1) || self.has_role(ye + 1, Role::Det));
                let only_commas = xe < ys
                    && !apposition
                    && !possessor
                    && !unnamed_last
                    && (xe..ys).any(|t| self.tokens[t].lower == ",")
                    && !(xe..ys)
                        .any(|t| self.has_role(t, Role::List) || self.has_role(t, Role::Follow));
                if only_commas {
                    groups.push(vec![x]);
                    groups.push(vec![y]);
                    return;
                }
            }
        }
        groups.push(run);
    }

    /// Whether mentions `x` and `y` (consecutive of their kind in `of_kind`) are joined by
    /// list words into one list of names.
    fn joined(&self, x: usize, y: usize, of_kind: &[usize], gazetteer: &Gazetteer) -> bool {
        let (Some((_, xe)), Some((ys, _))) = (self.ranges[x], self.ranges[y]) else { return false };
        if self.mentions[x].kind == Kind::Company && self.modifier(x) {
            return false;
        }
        // A possessor heads another noun (`Mobileye, Intel's driver-assistance unit`,
        // `Salesforce Ventures und Nvidias Beteiligungsarm`): a list or apposition joins the
        // name before with that noun's phrase, not with the possessor.
        if self.mentions[y].kind == Kind::Company && self.possessive_form(y) {
            return false;
        }
        if xe >= ys && self.mentions[x].kind == Kind::Company {
            let after_verb = self.ranges[x].is_some_and(|(xs, _)| {
                xs > 0
                    && (self.verb_tokens[xs - 1]
                        || self.has_role(xs - 1, Role::AuxActive)
                        || self.has_role(xs - 1, Role::AuxPassive))
            });
            return !after_verb
                || related(gazetteer, &self.mentions[x].entity_id, &self.mentions[y].entity_id);
        }
        let mut t = xe;
        while t < ys {
            let tok = &self.tokens[t];
            if tok.lower == "(" {
                // A short parenthesis without a name of this kind (`Lakestar (Zürich),`).
                let Some(close) =
                    (t + 1..ys.min(t + 2 + PAREN_TOKENS)).find(|&c| self.tokens[c].lower == ")")
                else {
                    return false;
                };
                let first_after =
                    of_kind.partition_point(|&o| self.ranges[o].is_some_and(|(a, _)| a <= t));
                if of_kind
                    .get(first_after)
                    .is_some_and(|&o| self.ranges[o].is_some_and(|(a, _)| a < close))
                {
                    return false;
                }
                t = close + 1;
                continue;
            }
            // A relative clause on the first name (`Infineon, das GaN-Chips herstellt,
            // sowie der Auftragsfertiger TSMC`): passed when a list word follows it.
            if t == xe && tok.lower == "," {
                if let Some(end) = self.relative_before_list(t, ys, of_kind) {
                    t = end;
                    continue;
                }
            }
            if self.is_list_separator(t) || self.has_role(t, Role::Det) {
                t += 1;
                continue;
            }
            if let Some(u) = self.follow_word(t, xe, ys) {
                t = u;
                continue;
            }
            if t > xe
                && (self.has_role(t - 1, Role::List) || self.is_list_separator(t - 1))
                && self.repeated_marker(x, t)
            {
                t += 1;
                continue;
            }
            // Words of apposition after a list word and an article, a role noun among them,
            // lead to the next name (`SAP und der Münchner Spezialist Helsing`, `sowie der
            // Auftragsfertiger TSMC`).
            if self.mentions[x].kind == Kind::Company && self.apposition_words_to(t, ys) {
                return true;
            }
            match self.filler_member(t, xe, y) {
                Some(u) if u == ys => return true,
                Some(u) => t = u,
                None => return false,
            }
        }
        true
    }

    /// After token `t`, within a list from the name ending at `xe` to the one starting at
    /// `ys`, a word saying the names after it continue the list (`TSMC, gefolgt von Samsung
    /// und Infineon`, `suivi de`, `followed by`): where the list goes on, past its marker.
    fn follow_word(&self, t: usize, xe: usize, ys: usize) -> Option<usize> {
        if t <= xe || !self.has_role(t, Role::Follow) {
            return None;
        }
        let u = t + 1;
        Some(if u < ys && !self.roles(u).is_empty() { u + 1 } else { u })
    }

    /// Plain words from token `t`, after a separator behind the name ending at `xe`, that
    /// stand in a list for a member the gazetteer does not know (`, der Schwartz-Gruppe
    /// und`): the separator after them. Or, when they are an article's words of apposition
    /// right before company `y` (`Thales et le néerlandais ASML`), `y`'s first token.
    fn filler_member(&self, t: usize, xe: usize, y: usize) -> Option<usize> {
        let ys = self.ranges[y]?.0;
        let after_sep = t > xe && self.is_list_separator(t - 1)
            || t > xe + 1 && self.has_role(t - 1, Role::Det) && self.is_list_separator(t - 2);
        if !after_sep {
            return None;
        }
        let mut u = t;
        while u < ys && u - t < LIST_FILLER && self.is_filler_word(u) {
            u += 1;
        }
        if u == ys
            && u > t
            && u - t <= APPOSITION_WORDS
            && self.has_role(t - 1, Role::Det)
            && self.mentions[y].kind == Kind::Company
        {
            return Some(ys);
        }
        (u > t && u < ys && self.is_list_separator(u)).then_some(u)
    }

    /// Whether mention `x` stands right after a genitive marker that follows a cue
    /// (`coentreprise d'Orange`, `Übernahme von X`), an article at most between.
    fn genitive_of_cue(&self, x: usize) -> bool {
        let Some((a, _)) = self.ranges[x] else { return false };
        let marker =
            if a >= 2 && self.has_role(a - 1, Role::Det) { a - 2 } else { a.wrapping_sub(1) };
        marker < a
            && marker > 0
            && self.has_role(marker, Role::Genitive)
            && self.cue_tokens[marker - 1]
    }

    /// Whether only a comma stands between names `x` and `y` and a verb cue follows `y`
    /// right away (`Den Strom liefert RWE, Equinix zahlt dafür …`): `y` is the subject of a
    /// clause of its own, no member of a list with `x`.
    fn comma_then_subject(&self, x: usize, y: usize) -> bool {
        let (Some((_, xe)), Some((ys, ye))) = (self.ranges[x], self.ranges[y]) else {
            return false;
        };
        ys == xe + 1
            && self.tokens[xe].lower == ","
            && self.verb_tokens.get(ye).copied().unwrap_or(false)
    }

    /// Whether token `t`, right after a list word, repeats the marker of the list's first
    /// name `x`, so that the names share its role: a genitive marker in the genitive of a
    /// noun cue (`la coentreprise d'Orange et de Capgemini`) or after a compound preposition
    /// (`auprès d'Eurazeo et de Bpifrance`), or the very marker word before `x`, an article
    /// at most between (`gravées par TSMC et par Intel`, `commande à Infineon et à NXP`).
    fn repeated_marker(&self, x: usize, t: usize) -> bool {
        let x = self.first_repeated(x);
        if self.has_role(t, Role::Genitive)
            && (self.genitive_of_cue(x) || self.after_compound_preposition(x))
        {
            return true;
        }
        let Some((a, _)) = self.ranges[x] else { return false };
        let marker =
            if a >= 2 && self.has_role(a - 1, Role::Det) { a - 2 } else { a.wrapping_sub(1) };
        marker < a
            && self.tokens[marker].lower == self.tokens[t].lower
            && self.roles(t).iter().any(|r| !matches!(r, Role::Genitive | Role::List | Role::Det))
    }

    /// The first name of the list mention `x` closes when its members repeat a genitive
    /// word after a separator (`auprès d'ASML, d'Applied Materials et de Tokyo Electron`):
    /// `x` itself when it is no such member.
    fn first_repeated(&self, x: usize) -> usize {
        let mut x = x;
        for _ in 0..MAX_GROUP {
            let Some((a, _)) = self.ranges[x] else { break };
            if a < 3 || !self.has_role(a - 1, Role::Genitive) || !self.is_list_separator(a - 2) {
                break;
            }
            let before = (0..self.mentions.len()).find(|&z| {
                self.mentions[z].kind == self.mentions[x].kind
                    && self.ranges[z].is_some_and(|(_, e)| e == a - 2)
            });
            match before {
                Some(z) => x = z,
                None => break,
            }
        }
        x
    }

    /// Whether mention `x` follows a compound preposition ending in a genitive word
    /// (`auprès d'Eurazeo`, `à côté de`): a prepositional marker, then the genitive word,
    /// then the name. An auxiliary before an agent (`wurde von BMW übernommen`) is none.
    fn after_compound_preposition(&self, x: usize) -> bool {
        let Some((a, _)) = self.ranges[x] else { return false };
        a >= 2
            && self.has_role(a - 1, Role::Genitive)
            && self.roles(a - 2).iter().any(|r| {
                matches!(
                    r,
                    Role::Oblique
                        | Role::Source
                        | Role::Origin
                        | Role::Beneficiary
                        | Role::Target
                        | Role::Recipient
                        | Role::Comitative
                        | Role::Agent
                        | Role::AgentVerb
                )
            })
    }

    /// After the comma at `comma`, a relative clause (its pronoun first, at most
    /// [`RELATIVE_IN_LIST`] tokens, no name of `of_kind` inside) closed by a comma and a list
    /// word before token `limit`: the index of that closing comma.
    fn relative_before_list(&self, comma: usize, limit: usize, of_kind: &[usize]) -> Option<usize> {
        let words = self.rules.clause_words.get(&self.lang)?;
        let pronoun = self.tokens.get(comma + 1)?;
        let roles = words.get(pronoun.lower.as_str())?;
        if !roles.iter().any(|r| {
            matches!(r, clause::ClauseRole::RelativeSubject | clause::ClauseRole::Relative)
        }) {
            return None;
        }
        let end = (comma + 2..limit.min(comma + 2 + RELATIVE_IN_LIST))
            .find(|&t| self.tokens[t].lower == ",")?;
        let name_inside =
            of_kind.iter().any(|&o| self.ranges[o].is_some_and(|(a, _)| a > comma && a < end));
        (!name_inside && self.has_role(end + 1, Role::List)).then_some(end)
    }

    /// Mentions of `kind` within the cue's window and its clause: (index, place), nearest
    /// first. A relative clause's antecedent counts as standing at the clause's start.
    fn near(&self, kind: Kind, m: CueMatch) -> Vec<(usize, Place)> {
        let window = self.rules.cues[m.cue].window;
        // Verb second (`Seit 2024 beliefert TSMC Apple`): the subject after the verb stands
        // where a subject does, a name of the fronted field with no marker is no argument.
        let inversion = self.inversion(m);
        // A modal's subject stands before the modal (`Infineon will den
        // Autochip-Spezialisten Elmos … übernehmen`): its distance is counted from there.
        let modal =
            (self.rules.cues[m.cue].pos == Pos::Verb).then(|| self.modal_before(m)).flatten();
        let mut v: Vec<(usize, Place)> = (0..self.mentions.len())
            .filter(|&i| self.mentions[i].kind == kind && !self.media[i])
            .filter(|&i| kind != Kind::Company || !self.modifier(i))
            .filter_map(|i| {
                if let Some(inv) = &inversion {
                    if inv.subject == Some(i) {
                        return Some((i, Place { before: true, gap: 0 }));
                    }
                    if kind == Kind::Company && self.fronted_aside(inv, i, m) {
                        return None;
                    }
                }
                let mut p = self.place(i, m)?;
                if let (Some(x), Some((_, b))) = (modal, self.ranges[i]) {
                    if p.before && b <= x {
                        p.gap = p.gap.min(x - b + 1);
                    }
                }
                if self.is_antecedent(i, m) {
                    let start = self.clauses.clauses[self.clauses.of(m.start)].start;
                    p = Place { before: true, gap: p.gap.min(m.start.saturating_sub(start) + 1) };
                } else if !self.in_cue_clause(i, m) {
                    return None;
                }
                Some((i, p))
            })
            .filter(|(_, p)| p.gap <= window)
            .collect();
        v.sort_by_key(|&(i, p)| (p.gap, !p.before, i));
        v
    }

    /// Whether the group of company mention `i` stands right after a `role` marker, an
    /// article at most between: `dans Mistral`, `in die Intel`, but not `dans les puces
    /// Nvidia`, where the name qualifies a noun.
    pub(super) fn directly_after(&self, i: usize, role: Role) -> bool {
        self.marker_token(i).is_some_and(|t| self.has_role(t, role))
    }

    /// Whether an amount starts within three tokens after token `t` (`ensemble plus de
    /// 650 milliards`).
    fn amount_follows(&self, t: usize) -> bool {
        self.starts_in(Kind::Money, t..=t + 3)
    }

    /// Whether a `joint` marker (`venture`, `coentreprise`, `co-founded`) stands in the
    /// clause of cue `m`.
    fn joint_entity(&self, m: CueMatch) -> bool {
        self.role_in_clause(m, Role::Joint)
    }

    /// Whether a word with marker role `role` stands in the clause of cue `m`, outside the
    /// mentions (`Salesforce Ventures` is a name, not a `venture`).
    pub(super) fn role_in_clause(&self, m: CueMatch, role: Role) -> bool {
        self.role_tokens_in_clause(m, role).next().is_some()
    }

    /// Whether an amount or a percentage stands after cue `m` in its clause (`détiennent
    /// ensemble 46 %`): what the subjects do together is then a sum of their shares, not a
    /// joint action (`gemeinsam 10.000 Entwickler schulen` still is one).
    fn figure_follows_in_clause(&self, m: CueMatch) -> bool {
        let own = self.clauses.of(m.start);
        self.mentions.iter().zip(&self.ranges).any(|(x, r)| {
            matches!(x.kind, Kind::Money | Kind::Percent)
                && r.is_some_and(|(a, _)| a >= m.end && self.clauses.of(a) == own)
        })
    }

    /// Whether company mention `i` only qualifies the compound it starts
    /// (`AWS-Deutschlandchef`, `die Amazon-Tochter AWS`): it is then no argument of a
    /// cue outside that compound (role nouns read it through [`Self::company_in_compound`]).
    pub(super) fn modifier(&self, i: usize) -> bool {
        self.ranges[i].is_some_and(|(_, e)| {
            e > 0
                && !self.in_mention(e - 1)
                && self.tokens[e - 1].lower.contains('-')
                && self.mentions[i].span.end < self.tokens[e - 1].span.end
        })
    }

    /// How many tokens of `lo..hi` belong to clause `c` (all of them before the clauses
    /// are known), not counting appositions after a name ([`Self::apposition_marks`]).
    /// One prefix count per clause, made the first time it is asked for.
    fn clause_tokens(&self, c: usize, lo: usize, hi: usize) -> usize {
        if self.clauses.of_token.is_empty() {
            return hi - lo;
        }
        let mut cache = self.clause_prefix.borrow_mut();
        let prefix = cache.entry(c).or_insert_with(|| {
            let apposed = self.apposition_marks();
            let mut p = Vec::with_capacity(self.tokens.len() + 1);
            let mut n = 0u32;
            p.push(0);
            for (t, &own) in self.clauses.of_token.iter().enumerate() {
                n += u32::from(own == c && !apposed[t]);
                p.push(n);
            }
            p
        });
        (prefix[hi] - prefix[lo]) as usize
    }

    /// The tokens of appositions between commas right after a company name, commas included
    /// (`Mistral AI et Helsing, l'éditeur munichois de logiciels de défense, ont créé …`):
    /// an apposition word of `clauses.csv` first (an article), at most
    /// [`APPOSITION_SPAN`] tokens, no verb. They describe the name and do not count in the
    /// distance between a cue and its arguments.
    fn apposition_marks(&self) -> Vec<bool> {
        let mut marks = vec![false; self.tokens.len()];
        let opens = |t: usize| self.clause_role(t, clause::ClauseRole::Apposition);
        for (i, m) in self.mentions.iter().enumerate() {
            let Some((_, e)) = self.ranges[i] else { continue };
            // A noun cue may open it too (`SK Group, maison mère de SK Hynix, prévoit …`,
            // `Data4, propriété du fonds Brookfield, va investir`).
            let noun_cue =
                |t: usize| self.cue_tokens.get(t).copied().unwrap_or(false) && !self.verb_tokens[t];
            if m.kind != Kind::Company
                || self.tokens.get(e).is_none_or(|x| x.lower != ",")
                || !(opens(e + 1) || noun_cue(e + 1))
            {
                continue;
            }
            let close = (e + 1..self.tokens.len().min(e + 2 + APPOSITION_SPAN)).find(|&u| {
                matches!(
                    self.tokens[u].lower.as_str(),
                    "," | ";" | ":" | "(" | ")" | "[" | "]" | "–" | "—" | "."
                ) || self.verb_tokens[u]
            });
            if let Some(c) = close.filter(|&c| self.tokens[c].lower == ",") {
                marks[e..=c].iter_mut().for_each(|x| *x = true);
            }
        }
        marks
    }

    /// Cuts the sentence into clauses; a comma between two names of one list cuts nothing.
    fn build_clauses(&mut self) {
        let mut mention_at: Vec<Option<usize>> = vec![None; self.tokens.len()];
        for (i, r) in self.ranges.iter().enumerate() {
            if let Some((a, b)) = *r {
                for slot in &mut mention_at[a..b] {
                    slot.get_or_insert(i);
                }
            }
        }
        let list_comma = |t: usize| {
            let before = (0..t).rev().find_map(|u| mention_at[u]);
            let after = (t + 1..self.tokens.len()).find_map(|u| mention_at[u]);
            match (before, after) {
                (Some(a), Some(b)) => {
                    a != b && self.group_of[a].is_some() && self.group_of[a] == self.group_of[b]
                }
                _ => false,
            }
        };
        let words = self.rules.clause_words.get(&self.lang);
        self.clauses = Clauses::analyze(self.text, self.tokens, words, &mention_at, &list_comma);
    }

    /// Whether mention `i` stands in the clause of cue `m`. A bracket cue (`Outscale
    /// (Dassault Systèmes)`) reaches into its bracket; mentions without tokens are kept.
    fn in_cue_clause(&self, i: usize, m: CueMatch) -> bool {
        let Some((a, _)) = self.ranges[i] else { return true };
        let cue = self.clauses.of(m.start);
        let own = self.clauses.of(a);
        own == cue
            || (self.rules.cues[m.cue].pos == Pos::Prep
                && self.tokens.get(m.start).is_some_and(|t| t.lower == "(")
                && self.clauses.clauses.get(own).is_some_and(|c| c.start == m.start + 1))
    }

    /// Whether mention `i` stands in a relative clause attached to the noun phrase of a
    /// noun cue (`une Finanzierungsrunde für Aleph Alpha, die mit 500 Millionen Dollar…`):
    /// the clause describes what the cue names.
    fn describes_cue(&self, i: usize, m: CueMatch) -> bool {
        let Some((a, _)) = self.ranges[i] else { return false };
        let c = &self.clauses.clauses[self.clauses.of(a)];
        self.rules.cues[m.cue].pos == Pos::Noun
            && matches!(c.kind, ClauseKind::Relative { .. })
            && c.start > m.end
            && c.start - m.end <= NOUN_PHRASE_TOKENS
            && self.clauses.of(m.start) != self.clauses.of(a)
    }

    /// Whether mention `i` is the antecedent of the relative clause the cue stands in.
    fn is_antecedent(&self, i: usize, m: CueMatch) -> bool {
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        matches!(c.kind, ClauseKind::Relative { .. }) && c.antecedent == Some(i)
    }

    /// The antecedent of the cue's relative clause when its pronoun is the clause's
    /// subject (`Arm, qui a racheté …`, `Aleph Alpha, der … erhalten hatte`).
    fn subject_antecedent(&self, m: CueMatch) -> Option<usize> {
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        match c.kind {
            ClauseKind::Relative { subject: true } if self.named_after_pronoun(m).is_none() => {
                c.antecedent.filter(|&a| self.mentions[a].kind == Kind::Company && !self.media[a])
            }
            _ => None,
        }
    }

    /// The antecedent of the relative clause of owns or supplies verb `m` when its pronoun
    /// is no subject and a name follows it right away as the clause's subject, no other verb
    /// before the cue (`dont ASML détient`, `an dem Volkswagen … hält`, `in which Amazon has
    /// invested`): a company, no medium. A noun after the pronoun makes it that noun's
    /// (`whose unit Silver Lake bought`, `dont la puce …`).
    fn object_antecedent(&self, m: CueMatch) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        if !matches!(cue.rel, RelType::Owns | RelType::Supplies)
            || !matches!(cue.pos, Pos::Verb | Pos::Participle)
        {
            return None;
        }
        // Whatever the pronoun's usual role (`which` is mostly a subject), a name right after
        // it is the clause's subject (`Arm, which SoftBank bought`).
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        self.named_after_pronoun(m)?;
        c.antecedent.filter(|&a| self.mentions[a].kind == Kind::Company && !self.media[a])
    }

    /// The company named right after the pronoun of cue `m`'s relative clause (pronoun words
    /// or an article at most between), before the cue with no verb cue between: the clause's
    /// subject, so that the antecedent is not (`Arm, which SoftBank bought for $32 billion`,
    /// `Carl Zeiss SMT, dont ASML détient 24,9 %`).
    fn named_after_pronoun(&self, m: CueMatch) -> Option<usize> {
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        if !matches!(c.kind, ClauseKind::Relative { .. }) {
            return None;
        }
        let pronoun = |t: usize| {
            self.has_role(t, Role::Det)
                || self.clause_role(t, ClauseRole::Relative)
                || self.clause_role(t, ClauseRole::RelativeSubject)
        };
        let (i, subject_end) = (0..self.mentions.len()).find_map(|i| {
            let (a, e) = self.ranges[i]?;
            (self.mentions[i].kind == Kind::Company
                && a > c.start
                && a <= c.start + RELATIVE_PRONOUN_TOKENS
                && (c.start + 1..a).all(pronoun)
                && e <= m.start)
                .then_some((i, e))
        })?;
        (!(subject_end..m.start).any(|t| self.verb_tokens[t])).then_some(i)
    }

    /// The company mention (usable as an argument of cue `m`) whose first token is `t`.
    fn company_at(&self, t: usize, m: CueMatch) -> Option<usize> {
        (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.ranges[i].is_some_and(|(a, _)| a == t)
                && (self.in_cue_clause(i, m) || self.is_antecedent(i, m))
        })
    }

    /// The company mention ending right at token `t` (exclusive end), in the cue's clause.
    fn company_ending(&self, t: usize, m: CueMatch) -> Option<usize> {
        (0..self.mentions.len()).rev().find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.ranges[i].is_some_and(|(_, b)| b == t)
                && (self.in_cue_clause(i, m) || self.is_antecedent(i, m))
        })
    }

    /// The nearest company mention of the cue's clause that ends before token `t`, not
    /// after an oblique or source marker.
    fn company_ending_before(&self, t: usize, m: CueMatch) -> Option<usize> {
        (0..self.mentions.len())
            .filter(|&i| {
                self.mentions[i].kind == Kind::Company
                    && !self.media[i]
                    && self.ranges[i].is_some_and(|(_, b)| b <= t)
                    && self.in_cue_clause(i, m)
                    && !self
                        .marker_before(i)
                        .iter()
                        .any(|r| matches!(r, Role::Oblique | Role::Source))
            })
            .max_by_key(|&i| self.ranges[i].map(|r| r.1))
    }

    /// The two arguments of a role noun (`Tochter`, `fournisseur`, `customer`): the
    /// **bearer** the noun names and the **other** one, as `(bearer, other)` groups.
    ///
    /// - the bearer is the name right after the noun (`Investoren wie SAP`, `Cloudsparte
    ///   AWS`, `ASML-Kunde bleibt TSMC`: articles, `wie`/`comme`/`such as` words and a copula
    ///   may stand between), else the name the noun stands in apposition to (`Scaleway, la
    ///   filiale`, `TSMC, der Auftragsfertiger`);
    /// - the other is a name inside the noun's compound (`Amazon-Tochter`), else a
    ///   possessor right before it when the bearer comes after (`Amazons Cloudsparte AWS`,
    ///   `Amazon's cloud unit AWS`), else a genitive after it (`filiale cloud d'Iliad`,
    ///   `Auftragsfertiger von Nvidia und Apple`), else the antecedent of the relative
    ///   clause the noun stands in (`Stackit, die Kunden wie Lidl bedient`).
    fn role_args(&self, m: CueMatch) -> Option<(Vec<usize>, Vec<usize>)> {
        if let Some(args) = self.fronted_possessive_args(m) {
            return Some(args);
        }
        let in_compound = self.company_in_compound(m);
        let bearer_after = self.bearer_after(m);
        let (before, comma) = self.name_before(m);
        let (bearer, possessor) = match (bearer_after, before) {
            // `Stackit, die Cloud-Tochter der Schwarz Gruppe`: the apposed name bears the role.
            (Some(g), Some(b)) if comma && self.article_then(m, g) => (b, Some(g)),
            (Some(b), before) => (b, in_compound.or(before.filter(|_| !comma))),
            // `Microsoft's venture arm`, `Microsofts Wagniskapitalarm`: a name right before
            // the noun with no bearer after it is its possessor; the bearer is unnamed.
            (None, Some(b)) => match self.possessor_apposition(b, m) {
                Some((bearer, possessor)) => (bearer, Some(possessor)),
                None if !comma && self.possessor_before(m) => match self.copula_bearer(b) {
                    Some(bearer) => (bearer, Some(b)),
                    None => return None,
                },
                None => (b, in_compound),
            },
            (None, None) => match self.bearer_after_genitive(m) {
                Some((b, g)) => (b, Some(g)),
                None => return None,
            },
        };
        let other = self
            .relative_possessor(m)
            .or(possessor)
            .or_else(|| self.genitive_after(m))
            .or_else(|| self.subject_antecedent(m))
            .or_else(|| self.genitive_antecedent(m))
            .or_else(|| self.as_role_other(bearer, m))
            .or_else(|| self.possessive_other(bearer, m))
            .or_else(|| self.recipient_other(bearer, m))
            .filter(|&o| o != bearer)
            // A name the noun's bearer acts with is no end of the role (`über ein
            // Gemeinschaftsunternehmen mit Mubadala`, `a joint venture with Safran`).
            .filter(|&o| !self.group_marker(o, Kind::Company).contains(&Role::Comitative))?;
        // Two names side by side are one group (`Amazon-Tochter AWS`): here they are the
        // two arguments, each on its own.
        // A possessor heads its own noun phrase: a list word before it joins the name before
        // with that phrase, not with the possessor (`Salesforce Ventures und Nvidias
        // Beteiligungsarm NVentures`: Nvidia alone owns NVentures), and the name right after
        // the noun is the one it bears.
        let (bearer, other) = if self.group(bearer, Kind::Company).contains(&other) {
            (vec![bearer], vec![other])
        } else if self.tight_possessor(other, m)
            && self.ranges[bearer].is_some_and(|(a, _)| a == m.end)
            && !self.plural_noun(m)
        {
            // … and the name apposed to the noun is one: a list after it goes on with the
            // phrase's own list (`darunter Microsofts Wagniskapitalarm M12 und Next47`).
            (vec![bearer], vec![other])
        } else if self.ranges[bearer]
            .is_some_and(|(_, e)| e < m.start && (e..m.start).any(|t| self.tokens[t].lower == ","))
            && !self.plural_noun(m)
        {
            // A singular noun apposed to a list names its last member only (`NumSpot,
            // Docaposte et Dassault Systèmes, maison mère d'Outscale, …`).
            (vec![bearer], self.group(other, Kind::Company))
        } else {
            (self.group(bearer, Kind::Company), self.group(other, Kind::Company))
        };
        (!other.is_empty()).then_some((bearer, other))
    }

    /// The antecedent of the relative clause whose pronoun stands right before role noun `m`
    /// (an article between at most): the noun is the antecedent's (`die Deutsche Telekom,
    /// deren Tochter T-Systems …`, `Orange, dont la filiale …`), whatever else the clause names.
    fn relative_possessor(&self, m: CueMatch) -> Option<usize> {
        let mut t = m.start.checked_sub(1)?;
        if t > 0 && self.has_role(t, Role::Det) {
            t -= 1;
        }
        if !self.opens_relative(t) {
            return None;
        }
        let c = &self.clauses.clauses[self.clauses.of(t)];
        c.antecedent.filter(|&a| self.mentions[a].kind == Kind::Company && !self.media[a])
    }

    /// After a possessive right before role noun `m` (`counts Samsung and LG among its
    /// shareholders`, `compte Thales parmi ses actionnaires`), the subject the possessive
    /// refers to: the first plain name of the cue's clause, before the bearer's group.
    fn possessive_other(&self, bearer: usize, m: CueMatch) -> Option<usize> {
        let p = self.possessive_before(m)?;
        let group = self.group(bearer, Kind::Company);
        let first = self.ranges[*group.first()?]?.0;
        // With the bearer after the noun, the possessive may refer to the name one word
        // before it (`Nvidia über seinen Wagniskapitalarm NVentures`, `Samsung via son fonds
        // Samsung Catalyst Fund`).
        if first >= m.end && p >= 2 {
            if let Some(i) = (0..self.mentions.len()).find(|&i| {
                self.mentions[i].kind == Kind::Company
                    && !self.media[i]
                    && self.ranges[i].is_some_and(|(_, e)| e == p - 1)
            }) {
                return Some(i);
            }
        }
        let own = self.clauses.of(m.start);
        self.first_plain_company(&group, |(a, _)| a < first && self.clauses.of(a) == own)
    }

    /// The subject of a copula right before `possessor` (`SK Hynix is Nvidia's supplier`,
    /// `SK Hynix, which remains Nvidia's main HBM supplier`): the name right before the
    /// copula, or the antecedent of the relative pronoun there. It bears the role noun.
    fn copula_bearer(&self, possessor: usize) -> Option<usize> {
        let c = self.ranges[possessor]?.0.checked_sub(1)?;
        if !self.has_role(c, Role::Copula) || c == 0 {
            return None;
        }
        let named = (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.ranges[i].is_some_and(|(_, e)| e == c)
        });
        named.or_else(|| {
            let clause = &self.clauses.clauses[self.clauses.of(c - 1)];
            (clause.start == c - 1 && matches!(clause.kind, ClauseKind::Relative { subject: true }))
                .then_some(clause.antecedent)
                .flatten()
        })
    }

    /// The possessive determiner of role noun `m`: right before it, or before one plain
    /// word (an adjective: `as its largest customers`, `parmi ses principaux clients`).
    fn possessive_before(&self, m: CueMatch) -> Option<usize> {
        let t = m.start.checked_sub(1)?;
        if self.has_role(t, Role::Possessive) {
            return Some(t);
        }
        (t > 0 && self.is_filler_word(t) && self.has_role(t - 1, Role::Possessive)).then(|| t - 1)
    }

    /// Whether company `other` is the possessor right before role noun `m`: written as one
    /// (`Nvidias Beteiligungsarm`, `Nvidia's venture arm`), or one word before a possessive
    /// determiner before the noun (`Nvidia über seinen Wagniskapitalarm`).
    fn tight_possessor(&self, other: usize, m: CueMatch) -> bool {
        self.possessive_form(other)
            || (m.start >= 2
                && self.has_role(m.start - 1, Role::Possessive)
                && self.ranges[other].is_some_and(|(_, e)| e + 2 == m.start))
    }

    /// Whether the last word of cue `m` ends in one of its language's plural suffixes
    /// (`markers.csv` role `plural-suffix`: `customers`, `actionnaires`, `Kunden`).
    fn plural_noun(&self, m: CueMatch) -> bool {
        let Some(word) = m.end.checked_sub(1).and_then(|t| self.tokens.get(t)) else {
            return false;
        };
        self.rules.markers.get(&self.lang).is_some_and(|words| {
            words.iter().any(|(suffix, roles)| {
                roles.contains(&Role::PluralSuffix)
                    && suffix.strip_prefix('-').is_some_and(|end| word.lower.ends_with(end))
            })
        })
    }

    /// Whether company `i` stands after no marker but an article or a list word.
    pub(super) fn bare_marker(&self, i: usize) -> bool {
        self.marker_before(i).iter().all(|r| matches!(r, Role::Det | Role::List))
    }

    /// The first company mention outside `group`, no medium, no compound's modifier, after
    /// no marker but an article or a list word, whose token range satisfies `at`.
    fn first_plain_company(
        &self,
        group: &[usize],
        at: impl Fn((usize, usize)) -> bool,
    ) -> Option<usize> {
        (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && !self.modifier(i)
                && !group.contains(&i)
                && self.ranges[i].is_some_and(&at)
                && self.bare_marker(i)
        })
    }

    /// A company mention inside the compound of role noun `m` (`Amazon-Tochter`).
    fn company_in_compound(&self, m: CueMatch) -> Option<usize> {
        (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.ranges[i].is_some_and(|(a, b)| a < m.end && b > m.start)
        })
    }

    /// The name right after role noun `m`, within [`ROLE_GAP`] tokens, past articles,
    /// apposition words (`wie`, `comme`, `such as`, also after a comma: `Axelera's backers,
    /// including F`), a copula and a colon, and not past a genitive marker.
    fn bearer_after(&self, m: CueMatch) -> Option<usize> {
        let skip_after = |t: usize| {
            self.has_role(t, Role::Det)
                || self.has_role(t, Role::Apposition)
                || self.has_role(t, Role::Copula)
                || self.tokens.get(t).is_some_and(|x| x.lower == ":")
                || self.comma_apposition(t)
        };
        let mut t = m.end;
        while t < self.tokens.len() && t < m.end + ROLE_GAP {
            if self.has_role(t, Role::Genitive) && !self.has_role(t, Role::Apposition) {
                return None;
            }
            if let Some(i) = self.company_at(t, m) {
                // A possessor heads another noun (`Gesellschafter, darunter Microsofts
                // Wagniskapitalarm M12`): it bears no role here.
                return (!self.possessive_form(i)).then_some(i);
            }
            if t > m.end && self.has_role(t - 1, Role::Det) {
                if let Some(i) = self.described_before_copula(t) {
                    return Some(i);
                }
            }
            if !skip_after(t) {
                return None;
            }
            t += 1;
        }
        None
    }

    /// Whether token `t` is a comma opening a list that illustrates the noun before it
    /// (`, darunter`, `, including`, `, notamment`).
    fn comma_apposition(&self, t: usize) -> bool {
        self.tokens.get(t).is_some_and(|x| x.lower == ",") && self.has_role(t + 1, Role::Apposition)
    }

    /// After an article at `t - 1`, a name past at most [`APPOSITION_WORDS`] plain words
    /// when a copula closes the clause right after it (`dessen Mehrheitsaktionär der
    /// Stablecoin-Emittent Tether ist`).
    fn described_before_copula(&self, t: usize) -> Option<usize> {
        let mut u = t;
        while u < t + APPOSITION_WORDS && self.is_filler_word(u) {
            u += 1;
        }
        if u == t {
            return None;
        }
        let i = (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.ranges[i].is_some_and(|(a, _)| a == u)
        })?;
        let (_, e) = self.ranges[i]?;
        self.has_role(e, Role::Copula).then_some(i)
    }

    /// Whether only an article stands between role noun `m` and the name at `bearer`
    /// (`die Cloud-Tochter der Schwarz Gruppe`): after a name the noun is apposed to, that
    /// article is a genitive, and the name after it the other argument.
    fn article_then(&self, m: CueMatch, bearer: usize) -> bool {
        self.ranges[bearer].is_some_and(|(a, _)| a == m.end + 1 && self.has_role(m.end, Role::Det))
    }

    /// The antecedent of a relative clause whose pronoun stands right before role noun `m`,
    /// an article and a word at most between (`Northern Data, dessen Mehrheitsaktionär …`,
    /// `X, dont l'actionnaire principal est …`, `whose largest shareholder`): the noun's
    /// possessor.
    fn genitive_antecedent(&self, m: CueMatch) -> Option<usize> {
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        // The pronoun, then at most an article and a word (`whose largest shareholder`).
        let pronoun_before = c.start < m.start
            && m.start - c.start <= 3
            && (c.start + 1..m.start)
                .all(|t| self.has_role(t, Role::Det) || self.is_filler_word(t));
        match c.kind {
            ClauseKind::Relative { subject: false } if pronoun_before => {
                c.antecedent.filter(|&a| self.mentions[a].kind == Kind::Company && !self.media[a])
            }
            _ => None,
        }
    }

    /// Whether company mention `i` is written as a possessor of the noun after it
    /// (`Microsoft's venture arm`, `Microsofts Wagniskapitalarm`): `'s` after it, or in
    /// German a name ending in an `s` its canonical name lacks, before a plain word.
    fn possessive_form(&self, i: usize) -> bool {
        let Some((_, e)) = self.ranges[i] else { return false };
        let next = self.tokens.get(e);
        if next.is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) {
            return true;
        }

        let m = &self.mentions[i];
        let text = m.span.slice(self.text);
        // (A name whose own form ends in `s` is no genitive: `Elmos` of `Elmos Semiconductor`.)
        self.lang == Lang::De
            && text.ends_with('s')
            && !m.canonical.ends_with('s')
            && !m.canonical.to_lowercase().starts_with(&text.to_lowercase())
            && next.is_some_and(|t| t.kind == TokenKind::Word && !self.in_mention(e))
    }

    /// Whether a name stands right before role noun `m`, or before `'s` right before it
    /// (`Microsoft's venture arm`, `Microsofts Wagniskapitalarm`): the noun's possessor.
    fn possessor_before(&self, m: CueMatch) -> bool {
        let mut t = m.start;
        // Past the noun's modifiers after a `'s` (`Samsung's foundry unit`).
        let mut words = 0;
        let modifier = |k: usize| {
            self.tokens[k].kind == TokenKind::Word
                && !self.tokens[k].lower.starts_with(['\'', '’'])
                && !self.in_mention(k)
                && self.roles(k).iter().all(|&r| r == Role::Description)
        };
        while words < APPOSITION_WORDS && t > 1 && modifier(t - 1) {
            (t, words) = (t - 1, words + 1);
        }
        let apostrophe = |k: usize| matches!(self.tokens[k].lower.as_str(), "'" | "’");
        if t > 0 && matches!(self.tokens[t - 1].lower.as_str(), "'s" | "’s" | "'" | "’") {
            t -= 1;
        } else if t > 1 && self.tokens[t - 1].lower == "s" && apostrophe(t - 2) {
            t -= 2;
        } else if words > 0 {
            return false;
        }
        t > 0 && self.company_ending(t, m).is_some()
    }

    /// The nearest name before role noun `m`, with at most [`ROLE_GAP`] words between, and
    /// whether a comma stands between.
    fn name_before(&self, m: CueMatch) -> (Option<usize>, bool) {
        let mut comma = false;
        let mut t = m.start;
        while t > 0 && m.start - t < ROLE_GAP {
            if let Some(i) = self.company_ending(t, m) {
                return (Some(i), comma);
            }
            t -= 1;
            let tok = &self.tokens[t];
            comma |= tok.lower == ",";
            // A marker governs the noun (`discute avec des clients`, `an Kunden`), or a list
            // word joins it to the name before (`Bosch und der Zulieferer Conti`): the name
            // before is no possessor.
            if self.verb_tokens[t]
                || (tok.kind == TokenKind::Punct && tok.lower != "," && tok.lower != "'")
                || self.has_role(t, Role::Oblique)
                || self.has_role(t, Role::Recipient)
                || self.has_role(t, Role::List)
            {
                break;
            }
        }
        // Not in the cue's clause: a name whose apposition the role noun opens.
        match self.apposed_to_name(m) {
            Some(i) => (Some(i), true),
            None => (None, comma),
        }
    }

    /// The name a role noun stands in apposition to when the noun opens the segment right
    /// after that name's comma, an article and at most [`APPOSITION_WORDS`] words before it
    /// (`serveurs d'Eviden, filiale d'Atos, …`, `Eviden, the computing unit of Atos`): the
    /// apposition belongs to the name even when the name stands in a clause of its own.
    fn apposed_to_name(&self, m: CueMatch) -> Option<usize> {
        // Back over at most a few words and an article (`, the high-performance computing
        // unit`, `, la filiale`) to the comma.
        let mut t = m.start.checked_sub(1)?;
        let mut words = 0;
        while words < APPOSITION_WORDS && t > 0 && self.is_filler_word(t) {
            (t, words) = (t - 1, words + 1);
        }
        if self.has_role(t, Role::Det) {
            t = t.checked_sub(1)?;
        } else if words > 0 {
            return None;
        }
        if self.tokens[t].lower != "," {
            return None;
        }
        (0..self.mentions.len()).rev().find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && !self.modifier(i)
                && self.ranges[i].is_some_and(|(_, b)| b == t)
        })
    }

    /// A genitive or `for` name after role noun `m` (`filiale cloud d'Iliad`, `supplier of
    /// HBM3E stacks for Nvidia's GPUs`, `unit of South Korea's SK Group`): after the
    /// marker, a few words or another mention may stand before the name, and further
    /// genitive phrases (`la filiale de calcul haute performance d'Atos`).
    fn genitive_after(&self, m: CueMatch) -> Option<usize> {
        // The latest marker met: the name may follow a chain of genitive phrases (`la
        // filiale de calcul haute performance d'Atos`), each at most ROLE_GAP tokens long.
        let mut after_marker: Option<usize> = None;
        let mut t = m.end;
        while t < self.tokens.len() && t < m.end + 3 * ROLE_GAP {
            let marker = [Role::Genitive, Role::Beneficiary, Role::Source, Role::Oblique]
                .iter()
                .any(|&r| self.has_role(t, r));
            if self.has_role(t, Role::Genitive) || (after_marker.is_none() && marker) {
                after_marker = Some(t);
                t += 1;
                continue;
            }
            match after_marker {
                Some(from) => {
                    if let Some(i) = self.company_at(t, m) {
                        return Some(i);
                    }
                    if t > from + ROLE_GAP {
                        return None;
                    }
                }
                None if t >= m.end + 2 * ROLE_GAP => return None,
                None => {}
            }
            let tok = &self.tokens[t];
            if tok.kind == TokenKind::Punct && tok.lower != "'" {
                return None;
            }
            t += 1;
        }
        None
    }

    /// The bearer after the genitive of role noun `m`, past a copula (`Zu den Kunden von
    /// Black Forest Labs zählen Adobe, Canva und Meta`), as `(bearer, genitive name)`.
    fn bearer_after_genitive(&self, m: CueMatch) -> Option<(usize, usize)> {
        let g = self.genitive_after(m)?;
        let end = self
            .group(g, Kind::Company)
            .iter()
            .filter_map(|&i| self.ranges[i])
            .map(|r| r.1)
            .max()?;
        // A short phrase may stand on either side of the copula (`Kunden von AWS in Hanau
        // zählen nach Unternehmensangaben SAP und Helsing`): at most [`COPULA_GAP`] plain
        // words before it and as many after it, no punctuation.
        // A list illustrating the role after its genitive (`die Gesellschafter von Black
        // Forest Labs, darunter A und B`).
        // A fronted role phrase is apposed to the subject after its comma (`Premier client
        // de Soitec, Qualcomm lui achète …`, `Filiale d'Iliad, Scaleway …`): only an article
        // or plain words stand before the noun.
        if self.tokens.get(end).is_some_and(|x| x.lower == ",")
            && (0..m.start).all(|t| self.has_role(t, Role::Det) || self.is_filler_word(t))
        {
            let mut t = end + 1;
            while self.has_role(t, Role::Det) {
                t += 1;
            }
            if let Some(i) = self.company_at(t, m).filter(|&i| !self.possessive_form(i)) {
                return Some((i, g));
            }
        }
        if self.comma_apposition(end) {
            let mut t = end + 2;
            while self.has_role(t, Role::Det) {
                t += 1;
            }
            return self
                .company_at(t, m)
                .filter(|&i| !self.modifier(i) && !self.possessive_form(i))
                .map(|i| (i, g));
        }
        let mut t = end;
        let (mut copula, mut words) = (false, 0);
        while t < self.tokens.len() && t < end + 2 * COPULA_GAP + 3 {
            if let Some(i) = self.company_at(t, m) {
                return (copula && !self.modifier(i)).then_some((i, g));
            }
            let tok = &self.tokens[t];
            if self.has_role(t, Role::Copula) && !copula {
                (copula, words) = (true, 0);
            } else if !self.has_role(t, Role::Det) {
                words += 1;
                if tok.kind == TokenKind::Punct || words > COPULA_GAP || self.verb_tokens[t] {
                    return None;
                }
            }
            t += 1;
        }
        None
    }

    /// After `als`/`comme`/`as`, the name before the bearer, toward which the bearer has
    /// the role (`Aleph Alpha hat SAP als Investor gewonnen`).
    fn as_role_other(&self, bearer: usize, m: CueMatch) -> Option<usize> {
        let first = *self.group(bearer, Kind::Company).first()?;
        let b0 = self.ranges[first]?.0;
        (m.start > 0 && self.has_role(m.start - 1, Role::Apposition))
            .then(|| self.company_ending_before(b0, m))
            .flatten()
    }

    /// The supplier and the buyer of a purchase cue (`Mercedes-Benz hat bei Nvidia
    /// Rechner bestellt`, `l'achat d'accélérateurs auprès d'AMD`): the supplier is the name
    /// after a source marker in the cue's clause and window, the buyer the nearest other
    /// name that no marker makes an oblique, else the relative clause's antecedent.
    fn purchase_args(&self, m: CueMatch) -> Option<(Vec<usize>, Vec<usize>)> {
        // Another purchase cue between (`ZF hat bei Vishay bestellt, Continental deckt sich
        // bei Renesas ein`), or after the cue past a comma another verb cue (`bezieht … aus
        // Europa: Chips liefert UMS, Prozessoren kommen von AMD`), takes the names beyond it.
        let beyond = |i: usize| {
            self.ranges[i].is_some_and(|(a, b)| {
                let (x, y) = if b <= m.start { (b, m.start) } else { (m.end, a) };
                (x..y).any(|t| self.purchase_tokens[t])
                    || a >= m.end
                        && (x..y).any(|t| clause::ends_segment(&self.tokens[t]))
                        && (x..y).any(|t| self.verb_tokens[t])
            })
        };
        let companies: Vec<(usize, Place)> =
            self.near(Kind::Company, m).into_iter().filter(|&(i, _)| !beyond(i)).collect();
        // `bei Nvidia`, `auprès d'AMD`, `from Broadcom`, and `von Infineon` after a verb.
        // Every source-marked name is a supplier (`beim Ausrüster ASML sowie bei Applied`).
        let mut supplier: Vec<usize> = Vec::new();
        let passive = self.role_in_clause(m, Role::AuxPassive);
        let causative = self.has_role(m.start, Role::Causative);
        // After the cue, a recipient is who the order goes to, the seller (`commande des
        // microcontrôleurs à Infineon`, `a commandé à Airbus 100 satellites`).
        for &(i, p) in &companies {
            let r = self.group_marker(i, Kind::Company);
            // (The recipient marker right before the name, an article at most between.)
            // (`von` before the verb in a passive clause is its agent, the buyer: `wurde von
            // SoftBank gekauft`; with no passive auxiliary it is the seller: `lässt Stackit
            // von Supermicro bauen`.)
            let seller = r.contains(&Role::Source)
                || (r.contains(&Role::AgentVerb) && !(p.before && passive))
                // A causative's agent makes what the causer buys (`fait graver ses puces par
                // TSMC`).
                || (r.contains(&Role::Agent) && !p.before && causative)
                || (!p.before && self.directly_after(i, Role::Recipient));
            if seller && !supplier.contains(&i) {
                supplier.extend(self.group(i, Kind::Company));
            }
        }
        if supplier.is_empty() || self.acquisition(m, &companies, &supplier) {
            return None;
        }
        // The buyer is its subject: before the cue where one stands there.
        let unmarked: Vec<(usize, Place)> = companies
            .iter()
            .copied()
            .filter(|&(i, _)| !supplier.contains(&i) && self.unmarked(i))
            .collect();
        let buyer = unmarked
            .iter()
            .find(|&&(_, p)| p.before)
            .or_else(|| unmarked.first())
            .map(|&(i, _)| i)
            .or_else(|| self.subject_antecedent(m))?;
        let buyer: Vec<usize> = self
            .group(buyer, Kind::Company)
            .into_iter()
            .filter(|i| !supplier.contains(i))
            .collect();
        (!buyer.is_empty()).then_some((supplier, buyer))
    }

    /// Whether purchase cue `m` buys a company or a stake rather than goods: a name right
    /// after it (an article or a possessive between at most) that ends its noun phrase
    /// (`buys Arm from SoftBank`, `achète Arm à SoftBank`), or a `share` or `part` word between
    /// the cue and the end of its first seller, its punctuation aside (`buys shares from
    /// Bosch`, `rachète à Thales sa participation`). That is an acquisition (`owns`), no supply.
    fn acquisition(&self, m: CueMatch, companies: &[(usize, Place)], supplier: &[usize]) -> bool {
        let n = self.tokens.len();
        let det = |t: usize| self.has_role(t, Role::Det) || self.has_role(t, Role::Possessive);
        let seller_marker = |t: usize| {
            self.all_roles(t)
                .iter()
                .any(|r| matches!(r, Role::Source | Role::AgentVerb | Role::Recipient))
        };
        // What is bought follows the verb, or a modal before a final infinitive (`Nvidia
        // will Arm von SoftBank kaufen`).
        let modal = self.modal_before(m);
        let object = modal.map_or(m.end, |x| x + 1);
        let subject_end = modal.unwrap_or(m.start);
        // The buyer stands before the verb (or its modal): a name right after it is then its
        // object, not its subject inverted (`Leistungshalbleiter bezieht Trumpf von Infineon`).
        let buyer_before = companies.iter().any(|&(j, _)| {
            !supplier.contains(&j)
                && self.unmarked(j)
                && self.ranges[j].is_some_and(|(_, b)| b <= subject_end)
        });
        let bought = buyer_before
            && companies.iter().any(|&(i, _)| {
                !supplier.contains(&i)
                    && !self.modifier(i)
                    && self.ranges[i].is_some_and(|(a, b)| {
                        (a == object || (a == object + 1 && det(object)))
                            && (b >= n
                                || self.tokens[b].kind == TokenKind::Punct
                                || seller_marker(b))
                    })
            });
        let Some(end) = supplier
            .iter()
            .filter_map(|&s| self.ranges[s])
            .filter(|&(a, _)| a >= object)
            .map(|(_, b)| b)
            .min()
        else {
            return bought;
        };
        let after = (end..(end + SHARE_AFTER_SELLER).min(n))
            .find(|&t| self.tokens[t].kind == TokenKind::Punct)
            .unwrap_or((end + SHARE_AFTER_SELLER).min(n));
        bought || self.stake_words(object, after)
    }

    /// Whether a `share` or `part` word (`Aktien`, `participation`, `stake`, `division`)
    /// stands in tokens `lo..hi`.
    pub(super) fn stake_words(&self, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|t| self.has_role(t, Role::Share) || self.has_role(t, Role::Part))
    }

    /// A relative clause whose pronoun is its subject: the antecedent does what the clause's
    /// verb says (`Google, qui détient 14 % d'Anthropic`), unless an agent does.
    fn antecedent_subject(
        &self,
        m: CueMatch,
        companies: &[(usize, Place)],
        voice: Voice,
    ) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        let a = self.subject_antecedent(m)?;
        (cue.subject.allows(true)
            && voice != Voice::Passive
            && !companies.iter().any(|&(i, _)| i != a && self.is_agent(cue, i)))
        .then_some(a)
    }

    /// The subject group of a cue, and whether it came from an agent marker.
    ///
    /// For `raises` the subject is the one who receives the money: a name after a
    /// beneficiary marker (`Finanzierungsrunde für Aleph Alpha`) is preferred, and a
    /// name after an agent marker is an investor, never the subject.
    fn subject(&self, m: CueMatch) -> Option<(Vec<usize>, bool)> {
        let cue = &self.rules.cues[m.cue];
        if self.raises_own_figure(m) {
            return None;
        }
        let companies = self.subject_candidates(m);
        let agent = |i: usize| self.is_agent(cue, i);
        let voice = self.voice(m);
        // A valuation after a raise is the raiser's, a deal's payer the buyer of the
        // purchase it concludes (see [`amounts`]).
        if let Some(i) = self.valuation_raiser(m).or_else(|| self.deal_buyer(m)) {
            return Some((vec![i], false));
        }
        if cue.pos == Pos::Sale {
            return self.sale_buyer(&companies).map(|i| (self.group(i, Kind::Company), false));
        }
        if let Some(a) = self.antecedent_subject(m, &companies, voice) {
            return Some((self.group(a, Kind::Company), false));
        }
        match voice {
            Voice::Plain => {}
            Voice::Passive => {
                let &(i, _) = companies.iter().find(|&&(i, _)| agent(i))?;
                return Some((self.group(i, Kind::Company), true));
            }
            Voice::Active(aux) => {
                let i = self.active_subject(m, &companies, aux)?;
                return Some((self.group(i, Kind::Company), false));
            }
        }
        match cue.rel {
            // Who values a company (`valorisée par`, `Fonds F valorise X`) is no end of `values`.
            RelType::Values => {}
            // With a counterparty named as a source (`décroché auprès d'Airbus un contrat`,
            // `l'achat de puces auprès d'AMD pour…`), who pays depends on the noun: the
            // client of a contract, the buyer of a purchase. Say nothing rather than guess.
            RelType::Pays
                if cue.pos == Pos::Noun
                    && companies.iter().any(|&(i, _)| {
                        self.group_marker(i, Kind::Company).contains(&Role::Source)
                    }) =>
            {
                return None;
            }
            // Who raises is the one a round is for (`Finanzierungsrunde für Aleph Alpha`), or
            // goes into (see [`amounts`]).
            RelType::Raises => {
                if let Some(i) = self.round_beneficiary(m, &companies) {
                    return Some((self.group(i, Kind::Company), false));
                }
            }
            // A seat's subject after it (`le tour de table réunit A`) is never an agent.
            RelType::Owns if cue.pos == Pos::Seat && cue.subject == Side::After => {}
            _ => {
                if let Some(i) = self.agent_subject(m, &companies) {
                    return Some((self.group(i, Kind::Company), true));
                }
            }
        }
        if cue.pos == Pos::Noun && self.genitive_is_subject(cue) {
            if let Some(&(i, _)) = companies.iter().find(|&&(i, p)| {
                !p.before && !agent(i) && self.marker_before(i).contains(&Role::Genitive)
            }) {
                return Some((self.group(i, Kind::Company), false));
            }
        }
        // A description standing as the subject before the cue (`Der Konzern übernimmt
        // Wandelbots, wie Siemens mitteilte`): the names after the cue are not its subject.
        if self.description_subject_before(m) {
            let (i, reported) = self.description_referent(m)?;
            let group = if reported { vec![i] } else { self.group(i, Kind::Company) };
            return Some((group, false));
        }
        self.unmarked_subject(m, &companies)
    }

    /// The agent that is cue `m`'s subject among `companies`: a noun's not past a comma
    /// (`revenue of $7.6 billion, ahead of estimates compiled by LSEG`), a verb's not before
    /// its subject nor in a coordinated clause (`made by TSMC, and Amazon buys`, `Amazon buys
    /// Marvell, and its chips are made by TSMC`).
    fn agent_subject(&self, m: CueMatch, companies: &[(usize, Place)]) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        let other_verbs = |i: usize, before: bool| {
            before && self.named_between(i, m) || self.coordinated_clauses(i, m)
        };
        companies
            .iter()
            .find(|&&(i, p)| {
                self.is_agent(cue, i)
                    && !(cue.pos == Pos::Noun && !p.before && self.comma_between(m, i))
                    && !(cue.pos == Pos::Verb && other_verbs(i, p.before))
                    && !(cue.pos == Pos::Verb
                        && cue.subject != Side::After
                        && !p.before
                        && self.active_verb_source(m, i))
                    && !(p.before && self.agent_of_earlier_cue(m, i))
            })
            .map(|&(i, _)| i)
    }

    /// Whether the agent marker of company `i` (before cue `m`) follows a verb or participle
    /// cue right away (`Mobileye, majority-owned by Intel, … still supplies Audi`): the agent
    /// is that participle's, not the later verb's.
    fn agent_of_earlier_cue(&self, m: CueMatch, i: usize) -> bool {
        self.marker_token(i).is_some_and(|t| {
            t > 0 && t - 1 < m.start && self.verb_tokens[t - 1] && !self.in_mention(t - 1)
        })
    }

    /// Whether company `i`, after verb cue `m`, stands after a marker that names an agent only
    /// after a verb (German `von`) with no passive auxiliary between: a verb's passive agent
    /// stands before its participle (`wurde von SoftBank gekauft`), so after an active verb
    /// whose subject may stand before it the marker names a source or an owner
    /// (`Mercedes-Benz kauft Chips von Infineon`). A verb whose subject stands after it is
    /// read the other way round on purpose (`bezieht … von Infineon`: Infineon supplies).
    fn active_verb_source(&self, m: CueMatch, i: usize) -> bool {
        let Some((a, _)) = self.ranges[i] else { return false };
        let r = self.group_marker(i, Kind::Company);
        r.contains(&Role::AgentVerb)
            && !r.contains(&Role::Agent)
            && !(m.end..a).any(|t| self.has_role(t, Role::AuxPassive))
    }

    /// Whether a comma and a list word stand between company `i` and cue `m` (`Amazon buys
    /// Marvell, and its chips are made by TSMC`): they are in two coordinated clauses.
    fn coordinated_clauses(&self, i: usize, m: CueMatch) -> bool {
        let Some((a, b)) = self.ranges[i] else { return false };
        let (lo, hi) = if b <= m.start { (b, m.start) } else { (m.end, a) };
        (lo..hi).any(|t| self.tokens[t].lower == "," && self.has_role(t + 1, Role::List))
    }

    /// Whether a plain company name (no marker before it but an article or a list word)
    /// stands between the group of company `i` and cue `m`, outside that group.
    fn named_between(&self, i: usize, m: CueMatch) -> bool {
        let group = self.group(i, Kind::Company);
        let Some(end) = group.iter().filter_map(|&g| self.ranges[g]).map(|(_, e)| e).max() else {
            return false;
        };
        self.first_plain_company(&group, |(a, b)| a >= end && b <= m.start).is_some()
    }

    /// The subject of cue `m` when no marker names it (see [`Self::subject`]): the nearest
    /// plain name on its subject side, a fronted holder, the governing clause's subject, a
    /// description's referent, or the raiser a valuation or round stands for.
    fn unmarked_subject(
        &self,
        m: CueMatch,
        companies: &[(usize, Place)],
    ) -> Option<(Vec<usize>, bool)> {
        let plain =
            |&&(i, p): &&(usize, Place)| self.plain_subject(m, i, p) && !self.frame_excludes(m, i);
        if let Some(&(i, _)) = companies.iter().find(plain) {
            return Some((self.group(i, Kind::Company), false));
        }
        if let Some(i) = self.fronted_holder(m, companies) {
            return Some((self.group(i, Kind::Company), false));
        }
        if let Some(i) = self.governing_subject(m) {
            return Some((self.group(i, Kind::Company), false));
        }
        if let Some((i, reported)) = self.description_referent(m) {
            // A name next to a verb of saying stands alone (`from SoftBank, Mistral AI said`
            // is no list).
            let group = if reported { vec![i] } else { self.group(i, Kind::Company) };
            return Some((group, false));
        }
        self.valued_raiser(m)
            .or_else(|| self.round_raiser(m))
            .map(|i| (self.group(i, Kind::Company), false))
    }

    /// Whether company `i`, at place `p` from cue `m`, may be its plain subject: on the
    /// cue's subject side, after no oblique (unless the cue itself owns the marker),
    /// beneficiary, source or agent marker, not a noun's `von` complement (`das Geschäft
    /// von Marvell` is never a verb's subject), not a possessor before a verb (`Mobileye,
    /// Intel's unit, will buy`: the noun it qualifies is) and not in an oblique phrase.
    fn plain_subject(&self, m: CueMatch, i: usize, p: Place) -> bool {
        let cue = &self.rules.cues[m.cue];
        let r = self.group_marker(i, Kind::Company);
        let verb = matches!(cue.pos, Pos::Verb | Pos::Participle);
        cue.subject.allows(p.before)
            && (!r.contains(&Role::Oblique) || self.marked_by_cue(i, m))
            && !r.contains(&Role::Beneficiary)
            && !r.contains(&Role::Source)
            // Whom money goes to neither earns nor spends it (`sales to Huawei`, `verser à
            // Nokia`); a fine is imposed on someone (`infligé à Microsoft`), and a company a
            // verb puts after `à` may still be its subject (`appartient à`).
            && !(cue.rel.object_kind() == Kind::Money
                && cue.rel != RelType::Fined
                && r.contains(&Role::Recipient))
            && !self.is_agent(cue, i)
            && !(verb && r.contains(&Role::AgentVerb) && self.noun_complement(i))
            // A possessor before a verb qualifies the noun that is its subject (`Intel's unit
            // will buy`); after it, it may stand for its noun (`equipped with AMD's chips`).
            && !(verb && p.before && self.possessive_form(i))
            // Nor does a noun's complement before a verb (`CMA CGM, déjà actionnaire
            // d'Eutelsat, a apporté`): the noun is what it qualifies.
            && !(verb && p.before && r.contains(&Role::Genitive) && self.noun_complement(i))
            && !self.in_oblique_phrase(i)
            // A name inside a relative clause before the cue belongs to that clause (`Die
            // Schwarz-Gruppe, zu der Lidl und Kaufland gehören, steckt …`).
            && !(p.before && self.in_other_relative(i, m))
            // What something goes to is no subject of a verb after it (`began shipping HBM4
            // to Nvidia and is in talks to supply AMD`; `an den Aixtron liefert` is a relative
            // pronoun's preposition, no marker).
            && !((verb || cue.pos == Pos::Comitative)
                && p.before
                && r.contains(&Role::Recipient)
                && self.directly_after(i, Role::Recipient))
    }

    /// The company a valuation cue names by a description after it, in a sentence where
    /// that company raises the money (`X a levé 100 millions lors d'un tour qui valorise la
    /// start-up à 1 milliard`, `X raised $1 billion in a round that values the company at
    /// $8 billion`): the subject of the last `raises` cue before it. The round being the
    /// raiser's, so is the valuation; without a raise in the sentence, no subject (`F led a
    /// round that values the company at …` names the company elsewhere).
    fn valued_raiser(&self, m: CueMatch) -> Option<usize> {
        if self.rules.cues[m.cue].rel != RelType::Values || !self.has_role(m.end, Role::Det) {
            return None;
        }
        let described = (m.end + 1..(m.end + 3).min(self.tokens.len()))
            .any(|t| self.has_role(t, Role::Description));
        if !described {
            return None;
        }
        let raise = self
            .cue_matches()
            .into_iter()
            .rev()
            .find(|r| self.rules.cues[r.cue].rel == RelType::Raises && r.end <= m.start)?;
        match self.subject(raise)? {
            (group, false) => group.first().copied(),
            _ => None,
        }
    }

    /// The company a description names when it stands as the subject of cue `m`'s clause
    /// (`Nvidia bleibt dominant: Der Konzern setzte 130,5 Milliarden Dollar um`): a
    /// `description` word after an article, before the cue or right after a verb cue
    /// (`setzte der Konzern … um`), names the sentence's first plain name of a main clause
    /// before that clause. Within the sentence only: the guide wants both ends mentioned.
    fn description_referent(&self, m: CueMatch) -> Option<(usize, bool)> {
        let cue = &self.rules.cues[m.cue];
        let own = self.clauses.of(m.start);
        let start = self.clauses.clauses[own].start;
        let after = if matches!(cue.pos, Pos::Verb) { m.end + 3 } else { m.end };
        let lo = m.start.saturating_sub(cue.window).max(start);
        let described = (lo..after.min(self.tokens.len())).any(|t| {
            (t < m.start || t >= m.end)
                && self.clauses.of(t) == own
                && self.description_at(t)
                && self.article_before_description(t)
        });
        if !described {
            return None;
        }
        let before = (0..self.mentions.len()).find(|&i| {
            start > 0
                && self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && !self.modifier(i)
                && self.ranges[i].is_some_and(|(a, _)| {
                    a < start && self.clauses.clauses[self.clauses.of(a)].kind == ClauseKind::Main
                })
                // (An auxiliary before the name is the verb of inverted word order, no
                // marker: `Zudem hat Wacker mit EnBW … abgeschlossen; der Konzern zahlt`.)
                && self.marker_before(i).iter().all(|r| {
                    matches!(r, Role::Det | Role::List | Role::AuxActive | Role::AuxPassive)
                })
        });
        match before {
            Some(i) => Some((i, false)),
            None => self.reporting_company().map(|i| (i, true)),
        }
    }

    /// Whether a description after an article stands before cue `m` in its clause, with no
    /// name between it and the cue (`Der Münchner Technologiekonzern übernimmt …`; not `Der
    /// Chipkonzern Nvidia übernimmt …`, where the name is the subject).
    fn description_subject_before(&self, m: CueMatch) -> bool {
        let own = self.clauses.of(m.start);
        let start = self.clauses.clauses[own].start;
        let named_between = |t: usize| {
            (0..self.mentions.len()).any(|i| {
                self.mentions[i].kind == Kind::Company
                    && self.ranges[i].is_some_and(|(a, _)| a > t && a < m.start)
            })
        };
        // Right before the cue, or before an auxiliary right before it (`Le groupe a
        // réalisé`): a description farther away may be another phrase's (`Bei dem
        // Unternehmen investiert Nvidia …`).
        let aux =
            |t: usize| self.has_role(t, Role::AuxActive) || self.has_role(t, Role::AuxPassive);
        let t = match m.start {
            0 => return false,
            s if s >= 2 && aux(s - 1) => s - 2,
            s => s - 1,
        };
        t >= start
            && self.clauses.of(t) == own
            && self.description_at(t)
            && self.article_before_description(t)
            && !named_between(t)
    }

    /// Whether token `t` is a description (`Konzern`, `groupe`, `company`), or in German a
    /// compound ending in one (`Technologiekonzern`, `Halbleiterhersteller`).
    fn description_at(&self, t: usize) -> bool {
        if self.has_role(t, Role::Description) {
            return true;
        }
        let word = &self.tokens[t].lower;
        self.lang == Lang::De
            && self.tokens[t].kind == TokenKind::Word
            && !self.in_mention(t)
            && self.rules.markers.get(&self.lang).is_some_and(|words| {
                words.iter().any(|(w, roles)| {
                    roles.contains(&Role::Description)
                        && w.chars().count() >= 6
                        && word.len() > w.len()
                        && word.ends_with(w.as_str())
                })
            })
    }

    /// Whether an article stands before the description at `t`, at most two plain words
    /// (its adjectives: `der Münchner Technologiekonzern`) between.
    fn article_before_description(&self, t: usize) -> bool {
        let mut u = t;
        for _ in 0..3 {
            if u == 0 {
                return false;
            }
            if self.has_role(u - 1, Role::Det) {
                return true;
            }
            if !self.is_filler_word(u - 1) {
                return false;
            }
            u -= 1;
        }
        false
    }

    /// The one company of the sentence that a reporting verb names (`Wie die Deutsche Telekom mitteilte, will der Konzern …`, `…, wie Siemens am
    /// Montag bekanntgab`, `…, a indiqué Soitec`, `…, Nvidia said`): a `reporting` word
    /// within three tokens of it, no punctuation between. None when two are.
    fn reporting_company(&self) -> Option<usize> {
        let near_report = |(a, e): (usize, usize)| {
            let lo = a.saturating_sub(3);
            let hi = (e + 3).min(self.tokens.len());
            let reported = |range: std::ops::Range<usize>| {
                range.clone().any(|t| self.has_role(t, Role::Reporting))
                    && !range.clone().any(|t| self.tokens[t].kind == TokenKind::Punct)
            };
            let before = (lo..a).rev().find(|&t| self.has_role(t, Role::Reporting));
            let after = (e..hi).find(|&t| self.has_role(t, Role::Reporting));
            before.is_some_and(|t| reported(t..a)) || after.is_some_and(|t| reported(e..t + 1))
        };
        let mut found = (0..self.mentions.len()).filter(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && !self.modifier(i)
                && self.ranges[i].is_some_and(near_report)
        });
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// The company a sentence opens on with a source marker, whose figures a money noun
    /// then gives (`Bei Infineon stieg der Umsatz auf…`, `Chez Schneider Electric, le carnet
    /// de commandes atteint…`): for turnover, profit and orders only, and only before the cue.
    fn fronted_holder(&self, m: CueMatch, companies: &[(usize, Place)]) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        if !matches!(cue.rel, RelType::Revenue | RelType::Profit | RelType::Orders) {
            return None;
        }
        companies
            .iter()
            .find(|&&(i, p)| {
                let head = self.group(i, Kind::Company).first().copied().unwrap_or(i);
                p.before
                    && self.ranges[head].is_some_and(|(a, _)| {
                        let marker =
                            if a >= 2 && self.has_role(a - 1, Role::Det) { a - 2 } else { a - 1 };
                        a >= 1 && marker == 0 && self.has_role(0, Role::Source)
                    })
            })
            .map(|&(i, _)| i)
    }

    /// Whether company mention `i` is marked as the agent of `cue`: after an agent marker,
    /// after a verb's agent marker (`von`) for a verb or participle cue, or after a source
    /// marker for `invests`.
    fn is_agent(&self, cue: &Cue, i: usize) -> bool {
        let r = self.group_marker(i, Kind::Company);
        r.contains(&Role::Agent)
            || (matches!(cue.pos, Pos::Verb | Pos::Participle | Pos::Seat)
                && r.contains(&Role::AgentVerb)
                && !self.noun_complement(i))
            // `an investment from Nvidia`: the source of an investment is its investor.
            || (cue.rel == RelType::Invests && r.contains(&Role::Source))
    }

    /// Whether company `i` (its group's head) is the complement of a noun: the marker
    /// before the name (an article at most between) follows a noun cue right away (`der
    /// GPU-Cloud-Sparte von Northern Data`) or an article and one or more plain words (`das
    /// Geschäft von Marvell`). Such a name is that noun's owner: a verb's agent marker there
    /// names whose the thing is, not who does the verb (`übernimmt das Geschäft von
    /// Marvell`; `wurde von Marvell übernommen` keeps it).
    fn noun_complement(&self, i: usize) -> bool {
        let head = self.group(i, Kind::Company).first().copied().unwrap_or(i);
        let Some((a, _)) = self.ranges[head] else { return false };
        let mut marker = a.saturating_sub(1);
        if marker > 0 && self.has_role(marker, Role::Det) {
            marker -= 1;
        }
        if marker == 0 || marker >= a {
            return false;
        }
        if self.cue_tokens[marker - 1] && !self.verb_tokens[marker - 1] {
            return true;
        }
        let plain = |k: usize| {
            let t = &self.tokens[k];
            (t.kind == TokenKind::Word || t.lower.chars().all(crate::tokenize::is_hyphen))
                && self.roles(k).is_empty()
                && !self.cue_tokens[k]
                && !self.in_mention(k)
        };
        let mut k = marker;
        while k > 0 && marker - k < NOUN_PHRASE_TOKENS && plain(k - 1) {
            k -= 1;
        }
        k < marker && k > 0 && self.has_role(k - 1, Role::Det)
    }

    /// The subject of cue `m` in the active voice with auxiliary `aux`: the first of the
    /// `companies` that ends before the auxiliary, else the first name between the
    /// auxiliary and the cue; either with no oblique, beneficiary or agent marker.
    fn active_subject(
        &self,
        m: CueMatch,
        companies: &[(usize, Place)],
        aux: usize,
    ) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        let qualifies = |i: usize| {
            let r = self.group_marker(i, Kind::Company);
            !r.contains(&Role::Oblique) && !r.contains(&Role::Beneficiary) && !self.is_agent(cue, i)
        };
        let before_aux = companies
            .iter()
            .find(|&&(i, _)| self.ranges[i].is_some_and(|(_, e)| e <= aux) && qualifies(i));
        // Verb second: with something other than a name in front (`2024 hat SAP
        // Aleph Alpha übernommen`), the subject is the first name after the auxiliary.
        let after_aux = || {
            companies
                .iter()
                .filter(|&&(i, _)| self.ranges[i].is_some_and(|(a, _)| a > aux && a < m.start))
                .min_by_key(|&&(i, _)| self.ranges[i].map_or(usize::MAX, |r| r.0))
                .filter(|&&(i, _)| qualifies(i))
        };
        let &(i, _) = before_aux.or_else(after_aux)?;
        Some(i)
    }

    /// The subject a clause without one takes from the clause that governs it: for a
    /// subordinate or bracketed clause (`…, while net income reached $4.6 billion`), the
    /// nearest plain name before it in the main clause; for a participle or verb cue in a
    /// fronted segment (`Valorisée 5,8 milliards d'euros lors de sa levée, Mistral AI…`),
    /// the first name of the main clause after it.
    fn governing_subject(&self, m: CueMatch) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        let own = self.clauses.of(m.start);
        let clause = &self.clauses.clauses[own];
        let usable = |i: usize| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && self.marker_before(i).iter().all(|r| {
                    !matches!(r, Role::Oblique | Role::Beneficiary | Role::Agent | Role::Source)
                })
        };
        let start_of = |i: usize| self.ranges[i].map(|r| r.0);
        match clause.kind {
            ClauseKind::Embedded => {
                // The main clause this one stands in: the clause of the token before it,
                // past other embedded segments (`…, en hausse de 16 % sur un an, tandis que`).
                let mut parent = clause.start.checked_sub(2).map(|t| self.clauses.of(t))?;
                for _ in 0..4 {
                    let p = &self.clauses.clauses[parent];
                    if p.kind != ClauseKind::Embedded || p.start < 2 {
                        break;
                    }
                    parent = self.clauses.of(p.start - 2);
                }
                (0..self.mentions.len())
                    .filter(|&i| usable(i) && start_of(i).is_some_and(|a| a < clause.start))
                    .filter(|&i| start_of(i).is_some_and(|a| self.clauses.of(a) == parent))
                    .last()
            }
            ClauseKind::Main
                if own == 0
                    && matches!(cue.pos, Pos::Participle | Pos::Verb)
                    && cue.subject.allows(true) =>
            {
                // A fronted participial segment: nothing before the cue, a comma after it.
                let comma = (m.end..self.tokens.len()).find(|&t| self.tokens[t].lower == ",")?;
                let before_cue = (0..self.mentions.len()).any(|i| {
                    self.mentions[i].kind == Kind::Company
                        && start_of(i).is_some_and(|a| a < m.start)
                });
                if before_cue || (m.start..comma).any(|t| self.verb_tokens[t] && t >= m.end) {
                    return None;
                }
                let first_word =
                    (0..m.start).all(|t| !self.tokens[t].is_word() || self.has_role(t, Role::Det));
                if !first_word {
                    return None;
                }
                (0..self.mentions.len())
                    .filter(|&i| {
                        usable(i)
                            && start_of(i).is_some_and(|a| a > comma && self.clauses.of(a) == own)
                    })
                    .min_by_key(|&i| start_of(i))
            }
            _ => None,
        }
    }

    /// The voice of a participle cue whose object is a company or a chip (amounts have
    /// the company as subject in either voice): the nearest auxiliary in its clause,
    /// [`VOICE_BEFORE`] tokens before it or [`VOICE_AFTER`] after (mention tokens are
    /// passed over). An active auxiliary before the cue gives [`Voice::Active`]; a passive
    /// one, or none at all (`la série H20 conçue pour…`), [`Voice::Passive`]; an active one
    /// after it (`… aufgekauft hat`) leaves the cue's sides as written.
    fn voice(&self, m: CueMatch) -> Voice {
        let cue = &self.rules.cues[m.cue];
        if cue.pos == Pos::Verb {
            return self.modal_before(m).map_or(Voice::Plain, Voice::Active);
        }
        if cue.pos != Pos::Participle || cue.rel.object_kind() == Kind::Money {
            return Voice::Plain;
        }
        // An agent right after the participle makes it passive whatever the auxiliary
        // (`has its chips manufactured by TSMC`, `fabriqué par TSMC`).
        if self.has_role(m.end, Role::Agent) {
            return Voice::Passive;
        }
        let boundary = |i: usize| self.voice_boundary(i);
        let aux = |i: usize| {
            if self.has_role(i, Role::AuxPassive) {
                Some(false)
            } else if self.has_role(i, Role::AuxActive) {
                Some(true)
            } else {
                None
            }
        };
        let before = self.word_before(m, aux);
        let mut after = None;
        let (mut i, mut seen) = (m.end, 0);
        while i < self.tokens.len() && seen < VOICE_AFTER && !boundary(i) {
            if !self.in_mention(i) {
                if let Some(active) = aux(i) {
                    after = Some((seen, active));
                    break;
                }
                seen += 1;
            }
            i += 1;
        }
        match (before, after) {
            (Some((db, _, false)), Some((da, _))) if db <= da => Voice::Passive,
            (Some((db, i, true)), Some((da, _))) if db <= da => Voice::Active(i),
            (_, Some((_, false))) => Voice::Passive,
            (_, Some((_, true))) => Voice::Plain,
            (Some((_, _, false)), None) => Voice::Passive,
            (Some((_, i, true)), None) => Voice::Active(i),
            // No auxiliary: active (`Nvidia acquired Mellanox`), an agent still taking the
            // subject (`Mellanox acquired by Nvidia`), except in an apposition right after a
            // comma or bracket (`Arm, racheté en 2016, …`), which is passive.
            (None, None) if self.apposition(m) => Voice::Passive,
            (None, None) => Voice::Plain,
        }
    }

    /// The modal verb of verb cue `m`, an infinitive at the end of its clause (`Infineon will
    /// den Autochip-Spezialisten Elmos übernehmen`): a `modal` marker at most
    /// [`VOICE_BEFORE`] tokens before it (mention tokens passed over), no punctuation between,
    /// with a name right before it, the subject in front of the finite verb. A fronted field
    /// (`In Lübbenau will ihre Tochter X … stecken`) is left to the reading as written.
    fn modal_before(&self, m: CueMatch) -> Option<usize> {
        // A verb whose subject stands after it (`beziehen … von`) keeps its sides.
        if self.rules.cues[m.cue].subject == Side::After {
            return None;
        }
        let (_, x, ()) = self.word_before(m, |i| self.has_role(i, Role::Modal).then_some(()))?;
        self.company_ending_before(x, m)
            .filter(|&i| self.ranges[i].is_some_and(|(_, b)| b == x) && self.unmarked(i))
            .map(|_| x)
    }

    /// Whether token `i` is punctuation that ends the search for a cue's auxiliary or
    /// modal (an apostrophe or a hyphen does not).
    fn voice_boundary(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Punct
            && !matches!(self.tokens[i].lower.as_str(), "'" | "-")
    }

    /// The nearest token before cue `m` for which `hit` gives a value, at most
    /// [`VOICE_BEFORE`] words back (mention tokens passed over, not counted), no
    /// punctuation between: the words passed over, the token and the value.
    fn word_before<T>(
        &self,
        m: CueMatch,
        hit: impl Fn(usize) -> Option<T>,
    ) -> Option<(usize, usize, T)> {
        let mut seen = 0;
        for i in (0..m.start).rev() {
            if seen >= VOICE_BEFORE || self.voice_boundary(i) {
                return None;
            }
            if self.in_mention(i) {
                continue;
            }
            if let Some(v) = hit(i) {
                return Some((seen, i, v));
            }
            seen += 1;
        }
        None
    }

    /// Whether the cue opens an apposition: it stands right after a comma, a bracket or a dash.
    fn apposition(&self, m: CueMatch) -> bool {
        m.start > 0 && matches!(self.tokens[m.start - 1].lower.as_str(), "," | "(" | "–" | "—")
    }

    /// Whether a distributive word (`tous deux`, `beide`, `jeweils`) stands between the
    /// group `names` and the cue, or right after the cue: each name then acts on its own (`Google et AWS ont tous
    /// deux signé des accords`), and the names are not partners of one another.
    fn distributive(&self, names: &[usize], m: CueMatch) -> bool {
        let spans: Vec<(usize, usize)> = names.iter().filter_map(|&i| self.ranges[i]).collect();
        let (Some(first), Some(last)) =
            (spans.iter().map(|r| r.0).min(), spans.iter().map(|r| r.1).max())
        else {
            return false;
        };
        // Between them, or right after a cue that follows its subject (`bauen jeweils`).
        let between = if last <= m.start {
            last..(m.end + 2)
        } else if first >= m.end {
            m.end..first
        } else {
            0..0
        };
        // … or anywhere after the cue in its clause (`agreed to invest $5 billion and
        // $10 billion respectively`).
        let clause = self.clauses.of(m.start);
        between.into_iter().any(|t| self.has_role(t, Role::Distributive))
            || (m.end..self.tokens.len())
                .filter(|&t| self.clauses.of(t) == clause)
                .any(|t| self.has_role(t, Role::Distributive))
    }

    /// For a `raises` cue: the investors named after an agent marker (`von Lakestar`), or
    /// after a source marker following the cue (`levé 100 millions auprès d'Eurazeo et de
    /// Bpifrance`, `raised $1 billion from Nvidia`). None when the clause speaks of money
    /// lent or granted (`un prêt`, `Kredit`, `a loan from`: see [`Role::Debt`]).
    fn investors(&self, m: CueMatch, raisers: &[usize]) -> Vec<usize> {
        let cue = &self.rules.cues[m.cue];
        if self.debt_in_clause(m) {
            return Vec::new();
        }
        self.near(Kind::Company, m)
            .into_iter()
            .find(|&(i, p)| {
                !raisers.contains(&i) && {
                    let r = self.group_marker(i, Kind::Company);
                    r.contains(&Role::Agent)
                        || (matches!(cue.pos, Pos::Verb | Pos::Participle)
                            && r.contains(&Role::AgentVerb))
                        || (!p.before && r.contains(&Role::Source))
                        || (!p.before && self.illustrates_source(i))
                }
            })
            .map(|(i, _)| self.group(i, Kind::Company))
            .unwrap_or_default()
    }

    /// The companies near cue `m` that may be its subject. The company a bought part
    /// belongs to is no party to the purchase (`übernimmt das Geschäft von Marvell`).
    fn subject_candidates(&self, m: CueMatch) -> Vec<(usize, Place)> {
        let rel = self.rules.cues[m.cue].rel;
        self.near(Kind::Company, m)
            .into_iter()
            .filter(|&(i, _)| !matches!(rel, RelType::Owns | RelType::Pays) || !self.part_of(i))
            .collect()
    }

    /// Whether raises verb `m` raises its subject's own figure, a possessive right after it
    /// and a `level` word before an amount (`Micron raised its capital spending plan to $20
    /// billion`): an increase, no funding.
    fn raises_own_figure(&self, m: CueMatch) -> bool {
        let cue = &self.rules.cues[m.cue];
        let level = |t: usize| self.clause_role(t, clause::ClauseRole::Level);
        // … to a new level (`raised its plan to about $20 billion`), not `raised its largest
        // round to date, $13 billion`.
        let to_amount = self.mentions.iter().zip(&self.ranges).any(|(x, r)| {
            x.kind == Kind::Money && r.is_some_and(|(a, _)| a > m.end && level(a - 1))
        });
        cue.rel == RelType::Raises
            && matches!(cue.pos, Pos::Verb | Pos::Participle)
            && m.end < self.tokens.len()
            && self.has_role(m.end, Role::Possessive)
            && to_amount
    }

    /// Whether company `i` completes a `part` noun (`la division « Cybersecurity Products »
    /// d'Eviden`, `l'activité de capteurs MEMS de NXP`, `die Sparte von Bosch`): a genitive
    /// or origin marker before it, a part noun at most [`PART_REACH`] tokens before that,
    /// no other name between. What is bought is then the part, not the company.
    fn part_of(&self, i: usize) -> bool {
        let Some((a, _)) = self.ranges[i] else { return false };
        let r = self.marker_before(i);
        if !r.iter().any(|r| matches!(r, Role::Genitive | Role::AgentVerb | Role::Origin)) {
            return false;
        }
        // Not past a name, a cue or a verb (`strengthened its cloud business with the
        // acquisition of Mistral AI`: the acquisition buys Mistral AI).
        for t in (a.saturating_sub(PART_REACH)..a).rev() {
            if self.has_role(t, Role::Part) {
                return true;
            }
            if self.in_mention(t) || self.cue_tokens[t] || self.verb_tokens[t] {
                return false;
            }
        }
        false
    }

    /// Whether a `debt` word (`prêt`, `Kredit`, `loan`, `debt`) stands in the clause of cue `m`.
    fn debt_in_clause(&self, m: CueMatch) -> bool {
        self.role_in_clause(m, Role::Debt)
    }

    /// Whether amount `mi` is a stock of debt (`its $18bn of debt`, `1 milliard d'euros de
    /// dette`, `5 Milliarden Euro Schulden`): a `debt` word right after it, a genitive
    /// marker at most between. Such an amount is no cue's but a loan's.
    fn debt_amount(&self, mi: usize) -> bool {
        let Some((_, e)) = self.ranges[mi] else { return false };
        let next = if self.has_role(e, Role::Genitive) { e + 1 } else { e };
        next < self.tokens.len() && self.has_role(next, Role::Debt)
    }

    /// Whether company `i` illustrates a plain noun after a source or agent marker (`raised
    /// $1bn from investors including Nvidia`, `auprès d'investisseurs dont Nvidia`, `von
    /// Investoren wie Nvidia`): an apposition marker right before it, the marker at most
    /// [`APPOSITION_WORDS`] + 1 words before that.
    fn illustrates_source(&self, i: usize) -> bool {
        let Some((a, _)) = self.ranges[i] else { return false };
        if a < 2 || !self.has_role(a - 1, Role::Apposition) {
            return false;
        }
        (a.saturating_sub(APPOSITION_WORDS + 3)..a - 1)
            .rev()
            .take_while(|&t| !self.in_mention(t))
            .any(|t| self.has_role(t, Role::Source) || self.has_role(t, Role::Agent))
    }

    /// After a noun cue, a genitive name (`de Nvidia`) is the subject when the object
    /// is an amount (`investissement de Nvidia`) or the cue puts the subject after it
    /// (`filiale de Dassault`); otherwise it is the object (`rachat de Arm`).
    fn genitive_is_subject(&self, cue: &Cue) -> bool {
        (cue.rel.object_kind() == Kind::Money && cue.frame != Frame::Price)
            || (cue.subject == Side::After && cue.object != Side::After)
    }

    fn confidence(&self, m: CueMatch, args: &[usize]) -> f32 {
        let far = args.iter().filter_map(|&i| self.place(i, m)).map(|p| p.gap).max().unwrap_or(0);
        let c = self.rules.cues[m.cue].confidence - DISTANCE_PENALTY * far.saturating_sub(2) as f32;
        c.max(0.3)
    }

    fn trigger(&self, m: CueMatch) -> Span {
        Span::new(self.tokens[m.start].span.start, self.tokens[m.end - 1].span.end)
    }

    /// Relations stated by cues: first those of the amounts, then those between companies
    /// and chips.
    fn typed(&self, cues: &[CueMatch]) -> Vec<Found> {
        let mut out = Vec::new();
        // The owner inside an apposition (`Intel Capital, the venture arm of Intel,
        // invested`) describes the name before it and does nothing in the clause.
        // (Not for a cue on the role noun's own words: `Bleu, la coentreprise d'Orange et
        // de Capgemini` keeps Orange and Capgemini partners.)
        let apposed: Vec<(CueMatch, Vec<usize>)> =
            cues.iter().map(|&r| (r, self.apposed_role_others(&[r]))).collect();
        let describes = |i: usize, m: CueMatch| {
            apposed
                .iter()
                .any(|(r, others)| others.contains(&i) && !(r.start < m.end && m.start < r.end))
        };
        let mut subjects: Vec<Option<(Vec<usize>, bool)>> = cues
            .iter()
            .map(|&m| {
                let (group, by_agent) = self.subject(m)?;
                let group: Vec<usize> = group.into_iter().filter(|&i| !describes(i, m)).collect();
                (!group.is_empty()).then_some((group, by_agent))
            })
            .collect();
        self.share_coordinated_subjects(cues, &mut subjects);
        for (k, &m) in cues.iter().enumerate() {
            if subjects[k].is_none() {
                if let Some(i) = self.fronted_comitative_subject(m) {
                    subjects[k] = Some((self.group(i, Kind::Company), false));
                }
            }
        }
        // Company and chip facts first: a contract's amount is paid by the client they name.
        let mut between = Vec::new();
        self.company_chip_facts(cues, &subjects, &mut between);
        self.contract_subjects(cues, &mut subjects, &mut between);
        self.amount_facts(cues, &subjects, &mut out);
        self.distribute_respective(cues, &mut out);
        out.append(&mut between);
        self.investment_stakes(cues, &subjects, &mut out);
        self.round_seats(cues, &subjects, &mut out);
        // A company sold (`verkauft Mobileye an Nvidia`) is no delivery of the same verb.
        let sold: Vec<Option<Span>> = out
            .iter()
            .filter(|f| f.rel == RelType::Owns)
            .filter(|f| {
                cues.iter().any(|c| {
                    self.rules.cues[c.cue].pos == Pos::Sale && Some(self.trigger(*c)) == f.trigger
                })
            })
            .map(|f| f.trigger)
            .collect();
        out.retain(|f| f.rel != RelType::Supplies || !sold.contains(&f.trigger));
        // A seller of goods is not what the verb's buyer owns (`kauft Chips von Infineon`):
        // the purchase reading (which yields nothing for a company or a stake bought, see
        // [`Self::purchase_args`]) took it as the source.
        let bought_from: Vec<(Option<Span>, usize, usize)> = out
            .iter()
            .filter(|f| f.rel == RelType::Supplies && f.trigger.is_some())
            .map(|f| (f.trigger, f.subject, f.object))
            .collect();
        out.retain(|f| {
            f.rel != RelType::Owns || !bought_from.contains(&(f.trigger, f.object, f.subject))
        });
        out
    }

    /// A money noun coordinated with an earlier one shares its subject (`a réalisé un chiffre
    /// d'affaires de 19,8 milliards … et un résultat net de 1,3 milliard`, `reported revenue
    /// of $10.4 billion and net income of $2.9 billion`, `et enregistré une perte nette`): a
    /// noun with no subject of its own, a list word at most [`COORDINATION_REACH`] words
    /// before it with only words between, and an earlier money noun with a subject in the
    /// sentence, no `;` or `:` between them.
    fn share_coordinated_subjects(
        &self,
        cues: &[CueMatch],
        subjects: &mut [Option<(Vec<usize>, bool)>],
    ) {
        let money_noun = |m: &CueMatch| {
            let c = &self.rules.cues[m.cue];
            c.pos == Pos::Noun && c.rel.object_kind() == Kind::Money
        };
        for k in 0..cues.len() {
            let m = cues[k];
            if subjects[k].is_some() || !money_noun(&m) {
                continue;
            }
            let lo = m.start.saturating_sub(COORDINATION_REACH);
            let Some(list) = (lo..m.start).rev().find(|&t| self.has_role(t, Role::List)) else {
                continue;
            };
            if (list + 1..m.start).any(|t| self.tokens[t].kind != TokenKind::Word) {
                continue;
            }
            let earlier = (0..k).rev().find(|&j| {
                cues[j].end <= list
                    && money_noun(&cues[j])
                    && subjects[j].is_some()
                    && !(cues[j].end..list)
                        .any(|t| matches!(self.tokens[t].lower.as_str(), ";" | ":"))
            });
            if let Some(j) = earlier {
                subjects[k] = subjects[j].clone();
            }
        }
    }

    /// A seat in a funding round is a stake in the company raising it (`Mistral AI lève
    /// 600 millions d'euros ; le tour de table, mené par General Catalyst, réunit aussi
    /// Bpifrance`): the investors a seat cue names (its subject, see [`Pos::Seat`]) own the
    /// raiser, when the sentence's `raises` facts name exactly one company that is none of
    /// them. A sentence naming no raiser, or several, gives nothing: the round is not
    /// guessed (confidence × [`INVESTOR_FACTOR`]).
    fn round_seats(
        &self,
        cues: &[CueMatch],
        subjects: &[Option<(Vec<usize>, bool)>],
        out: &mut Vec<Found>,
    ) {
        let mut raisers: Vec<usize> = Vec::new();
        for f in out.iter().filter(|f| f.rel == RelType::Raises && f.method == RelMethod::Cue) {
            let key = arg_key(self.mentions, f.subject);
            if !raisers.iter().any(|&r| arg_key(self.mentions, r) == key) {
                raisers.push(f.subject);
            }
        }
        let [raiser] = raisers[..] else { return };
        let raiser_key = arg_key(self.mentions, raiser);
        for (k, &m) in cues.iter().enumerate() {
            // Who leads a loan takes no stake (`a debt facility led by Morgan Stanley`).
            if self.rules.cues[m.cue].pos != Pos::Seat || self.debt_in_clause(m) {
                continue;
            }
            let Some((investors, _)) = &subjects[k] else { continue };
            if investors.iter().any(|&i| arg_key(self.mentions, i) == raiser_key) {
                continue;
            }
            for &s in investors {
                let mut f = self.cue_fact(RelType::Owns, m, s, raiser);
                f.confidence *= INVESTOR_FACTOR;
                out.push(f);
            }
        }
    }

    /// An investment in a company is a stake in it (`ASML investit 1,3 milliard dans
    /// Mistral`, `Nvidia investiert in Intel`): the investor owns the company named after a
    /// `target` marker in the cue's clause (confidence × [`INVESTOR_FACTOR`]).
    fn investment_stakes(
        &self,
        cues: &[CueMatch],
        subjects: &[Option<(Vec<usize>, bool)>],
        out: &mut Vec<Found>,
    ) {
        for (k, &m) in cues.iter().enumerate() {
            if self.rules.cues[m.cue].rel != RelType::Invests {
                continue;
            }
            let Some((investors, _)) = &subjects[k] else { continue };
            let target = self
                .near(Kind::Company, m)
                .iter()
                .find(|&&(i, p)| {
                    !p.before && !investors.contains(&i) && self.directly_after(i, Role::Target)
                })
                .map(|&(t, _)| self.group(t, Kind::Company))
                .or_else(|| self.target_antecedent(m, investors));
            let Some(target) = target else { continue };
            for o in target {
                for &s in investors {
                    let mut f = self.cue_fact(RelType::Owns, m, s, o);
                    f.confidence *= INVESTOR_FACTOR;
                    out.push(f);
                }
            }
        }
    }

    /// What the subject `subj` of stake cue `m` holds a stake in: the first company group of
    /// its clause and window right after a `target` marker (`an Aleph Alpha`), else the
    /// antecedent of its relative clause when a target marker opens it (`an dem`).
    fn stake_target(&self, m: CueMatch, subj: &[usize]) -> Option<Vec<usize>> {
        if let Some((i, _)) = self.near(Kind::Company, m).into_iter().find(|&(i, _)| {
            !subj.contains(&i)
                && (self.directly_after(i, Role::Target)
                    || self.group_marker(i, Kind::Company).contains(&Role::Target))
        }) {
            return Some(self.group(i, Kind::Company));
        }
        self.target_antecedent(m, subj)
    }

    /// The antecedent of the relative clause of cue `m` when a target marker opens it (`an
    /// dem`, `in which`, `dans lequel`): what the subject `subj` holds or invests in.
    fn target_antecedent(&self, m: CueMatch, subj: &[usize]) -> Option<Vec<usize>> {
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        match c.kind {
            ClauseKind::Relative { subject: false } if self.has_role(c.start, Role::Target) => {
                let a = c.antecedent.filter(|&a| {
                    self.mentions[a].kind == Kind::Company && !self.media[a] && !subj.contains(&a)
                })?;
                Some(self.group(a, Kind::Company))
            }
            _ => None,
        }
    }

    /// Whether `names` is a list of two names or more, all after cue `m`.
    fn names_after(&self, m: CueMatch, names: &[usize]) -> bool {
        names.len() >= 2 && names.iter().all(|&i| self.ranges[i].is_some_and(|(a, _)| a >= m.end))
    }

    /// Whether a `partners` preposition cue (`avec`) stands right after a verb cue of
    /// another type (`a investi avec Bpifrance`, `signe avec X un contrat`): the comitative
    /// is that verb's, and only a verb of joint action ([`Pos::Comitative`]) makes partners.
    fn after_other_verb(&self, m: CueMatch, cues: &[CueMatch]) -> bool {
        cues.iter().any(|c| {
            let cue = &self.rules.cues[c.cue];
            c.end == m.start
                && cue.rel != RelType::Partners
                && matches!(cue.pos, Pos::Verb | Pos::Participle | Pos::Purchase)
        })
    }

    /// Whether a figure follows the comitative group `with` closely, no verb between (`kommt
    /// gemeinsam mit AMD auf 90 Prozent`, `together with AMD, 90% of the market`): a combined
    /// figure, not a joint action — unless a money verb of `cues` later in the figure's
    /// clause takes it (`will gemeinsam mit Nvidia 2 Milliarden Euro investieren`: what the
    /// two spend together).
    fn sum_after(&self, with: &[usize], cues: &[CueMatch]) -> bool {
        let Some(end) = with.iter().filter_map(|&i| self.ranges[i]).map(|r| r.1).max() else {
            return false;
        };
        (0..self.mentions.len()).any(|i| {
            matches!(self.mentions[i].kind, Kind::Money | Kind::Percent)
                && self.ranges[i].is_some_and(|(a, e)| {
                    a >= end
                        && a <= end + 3
                        && !(end..a).any(|t| self.verb_tokens[t])
                        && !self.spent_by_verb_after(e, cues)
                })
        })
    }

    /// Whether a money verb or participle cue of `cues` stands after token `e` in the
    /// clause of token `e - 1`.
    fn spent_by_verb_after(&self, e: usize, cues: &[CueMatch]) -> bool {
        let clause = self.clauses.of(e.saturating_sub(1));
        cues.iter().any(|m| {
            let cue = &self.rules.cues[m.cue];
            m.start >= e
                && cue.rel.object_kind() == Kind::Money
                && matches!(cue.pos, Pos::Verb | Pos::Participle)
                && self.clauses.of(m.start) == clause
        })
    }

    /// The company group a comitative cue acts together with: the first one in its clause and
    /// window after a comitative marker (see [`Self::comitative_head`]), else the antecedent
    /// of its relative clause when a comitative opens that clause (`SAP, mit dem die Telekom
    /// eine Cloud betreibt`, `Crusoe, with which Oracle is building`).
    fn comitative_partner(&self, m: CueMatch) -> Option<Vec<usize>> {
        if let Some((i, _)) =
            self.near(Kind::Company, m).into_iter().find(|&(i, _)| self.comitative_head(i))
        {
            return Some(self.group(i, Kind::Company));
        }
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        match c.kind {
            ClauseKind::Relative { subject: false } if self.has_role(c.start, Role::Comitative) => {
                let a = c.antecedent.filter(|&a| {
                    self.mentions[a].kind == Kind::Company && !self.media[a] && !self.modifier(a)
                })?;
                Some(self.group(a, Kind::Company))
            }
            _ => None,
        }
    }

    /// Whether the group of company mention `i` is what a comitative marker names: the
    /// marker right before its first name, or before an article (`avec l'Inria`), or before a
    /// singular definite article and at most [`APPOSITION_WORDS`] words (`avec l'américain
    /// GlobalFoundries`, `mit dem US-Autobauer Rivian`); and the name heads its phrase: no
    /// plain word right after it (`with Nvidia chips` names chips, not a partner).
    fn comitative_head(&self, i: usize) -> bool {
        let group = self.group(i, Kind::Company);
        let (Some(&head), Some(&last)) = (group.first(), group.last()) else { return false };
        let (Some((a, _)), Some((_, e))) = (self.ranges[head], self.ranges[last]) else {
            return false;
        };
        // A plain word after the name that ends its phrase (punctuation, a marker other than
        // an article, or the end after it) is the noun the name qualifies: `with Nvidia
        // chips.`, `mit Siemens Chips für`; not `avec Nvidia sur un modèle`.
        let plain = |t: usize| {
            self.tokens.get(t).is_some_and(|x| x.kind == TokenKind::Word)
                && !self.in_mention(t)
                && self.roles(t).is_empty()
        };
        let ends_phrase = |t: usize| {
            self.tokens.get(t).is_none_or(|x| x.kind == TokenKind::Punct)
                || self.roles(t).iter().any(|&r| r != Role::Det)
        };
        let plain_after = plain(e) && ends_phrase(e + 1);
        // A chip named right after it is what the name qualifies (`mit Nvidias
        // Blackwell-Chips`).
        let chip_after = self
            .ranges
            .iter()
            .zip(self.mentions)
            .any(|(r, x)| x.kind == Kind::Chip && r.is_some_and(|(ca, _)| ca == e));
        if plain_after || chip_after || a == 0 {
            return false;
        }
        let mut t = a - 1;
        if self.has_role(t, Role::Det) && t > 0 {
            t -= 1;
        }
        if self.has_role(t, Role::Comitative) {
            return true;
        }
        // A definite article and words of apposition (`avec l'américain X`).
        let definite =
            |u: usize| self.rules.definite.contains(&(self.lang, self.tokens[u].lower.to_string()));
        let mut u = a - 1;
        for _ in 0..APPOSITION_WORDS {
            if u == 0 || !self.is_filler_word(u) {
                return false;
            }
            u -= 1;
            if definite(u) {
                return u > 0 && self.has_role(u - 1, Role::Comitative);
            }
        }
        false
    }

    /// A relation `rel` that cue `m` states from mention `s` to mention `o`, with no stake.
    fn cue_fact(&self, rel: RelType, m: CueMatch, s: usize, o: usize) -> Found {
        Found {
            rel,
            subject: s,
            object: o,
            trigger: Some(self.trigger(m)),
            method: RelMethod::Cue,
            confidence: self.confidence(m, &[s, o]),
            stake: None,
        }
    }

    /// Binds each amount to its nearest money cue with a subject; an amount that restates the
    /// one before it (`…, soit environ 40 milliards`) takes that one's cue. `subjects[k]` is
    /// the subject of `cues[k]`.
    fn amount_facts(
        &self,
        cues: &[CueMatch],
        subjects: &[Option<(Vec<usize>, bool)>],
        out: &mut Vec<Found>,
    ) {
        let mut last: Option<usize> = None;
        for (mi, money) in self.mentions.iter().enumerate() {
            // An amount with neither a figure nor a currency (`sammeln Milliarden ein`) says
            // nothing a fact could carry.
            if money.kind != Kind::Money || (money.value.is_empty() && money.unit.is_empty()) {
                continue;
            }
            let restated = if self.restates_amount(mi) { last } else { None };
            let best = self.money_cue(mi, cues, subjects);
            last = restated.or(best);
            if let Some(k) = last {
                let m = cues[k];
                let Some((group, _)) = &subjects[k] else { continue };
                if self.rules.cues[m.cue].rel == RelType::Raises {
                    // Who funds a round takes a stake in the company that raises it.
                    for inv in self.investors(m, group) {
                        for &s in group {
                            let mut f = self.cue_fact(RelType::Owns, m, inv, s);
                            f.confidence *= INVESTOR_FACTOR;
                            out.push(f);
                        }
                    }
                }
                // `Mubadala déboursera 2 milliards, AXA environ 1,2 milliard`: the amount of a
                // clause without its verb is its own subject's.
                if let Some(c) = self.gapped_subject(mi, m) {
                    let after = |g: &usize| g >= &c;
                    for s in self.group(c, Kind::Company).into_iter().filter(after) {
                        out.push(self.cue_fact(self.rules.cues[m.cue].rel, m, s, mi));
                    }
                    continue;
                }
                for &s in group {
                    out.push(self.cue_fact(self.rules.cues[m.cue].rel, m, s, mi));
                }
                if let Some(r) = self.investment_recipient(m, group) {
                    for &s in group {
                        let mut f = self.cue_fact(RelType::Owns, m, s, r);
                        f.confidence *= INVESTOR_FACTOR;
                        out.push(f);
                    }
                    let mut f = self.cue_fact(RelType::Raises, m, r, mi);
                    f.confidence *= INVESTOR_FACTOR;
                    out.push(f);
                }
            }
        }
    }

    /// Who receives an investment whose investor is named after the noun (`Intel, which
    /// received a $5 billion investment from Nvidia`, `Intel a attiré un investissement de
    /// 5 milliards de dollars de Nvidia`): the plain name before the noun in its clause (or
    /// the antecedent of its relative clause). It raises the amount and the investor owns
    /// part of it. None when the money goes into a named company (`… dans Mistral`).
    fn investment_recipient(&self, m: CueMatch, investors: &[usize]) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        if cue.rel != RelType::Invests || cue.pos != Pos::Noun {
            return None;
        }
        let companies = self.near(Kind::Company, m);
        let after = |i: usize| companies.iter().any(|&(j, p)| j == i && !p.before);
        if !investors.iter().all(|&i| after(i))
            || companies.iter().any(|&(i, _)| self.directly_after(i, Role::Target))
        {
            return None;
        }
        companies
            .iter()
            .filter(|&&(i, p)| p.before && !investors.contains(&i))
            .find(|&&(i, _)| {
                self.unmarked(i) && !self.group_marker(i, Kind::Company).contains(&Role::Genitive)
            })
            .map(|&(i, _)| i)
    }

    /// Whether the date at tokens `ds..de` stands alone in its phrase, as an apposition
    /// to the phrase before it (`lors de sa dernière levée, en septembre 2025, …`): at
    /// most two words between the punctuation before it and the date, punctuation or the
    /// sentence's end right after it.
    fn bare_date_phrase(&self, ds: usize, de: usize) -> bool {
        let opened = (ds.saturating_sub(3)..ds).rev().any(|t| is_phrase_break(&self.tokens[t]));
        let closed = self.tokens.get(de).is_none_or(|t| t.kind == TokenKind::Punct);
        opened && closed
    }

    /// Whether the date at `ds..de` frames the sentence: alone in its phrase at the
    /// sentence's start (`En mai 2026, …`, `Im Jahr 2025: …`).
    fn fronted_date_phrase(&self, ds: usize, de: usize) -> bool {
        let opened = ds <= 2;
        let closed = self.tokens.get(de).is_some_and(is_phrase_break);
        opened && closed
    }

    /// Whether amount `mi` is coordinated with the amount `o` before it (`einen Umsatz von
    /// 6,8 Milliarden und einen Gewinn von 640 Millionen`): a list word between them, so a
    /// date before both frames both.
    fn coordinated(&self, o: usize, mi: usize) -> bool {
        (self.end_of(o)..self.start_of(mi)).any(|t| self.has_role(t, Role::List))
    }

    /// Whether token `t` is a bracket around an amount restating the one before it
    /// (`19,4 billions de wons (13,5 milliards de dollars)`).
    fn restatement_bracket(&self, t: usize) -> bool {
        let around = |m: usize| {
            self.restates_amount(m) && self.ranges[m].is_some_and(|(a, e)| a == t + 1 || e == t)
        };
        match self.tokens[t].lower.as_str() {
            "(" | ")" => {
                (0..self.mentions.len()).any(|m| self.mentions[m].kind == Kind::Money && around(m))
            }
            _ => false,
        }
    }

    /// Whether amount `mi` restates the amount before it: after a restating marker
    /// (`soit`), or in brackets right after it.
    fn restates_amount(&self, mi: usize) -> bool {
        let in_brackets_after_amount = self.ranges[mi].is_some_and(|(a, _)| {
            a >= 2
                && self.tokens[a - 1].lower == "("
                && mi > 0
                && self.mentions[mi - 1].kind == Kind::Money
                && self.ranges[mi - 1].is_some_and(|(_, e)| e == a - 1)
        });
        self.marker_before(mi).contains(&Role::Restate) || in_brackets_after_amount
    }

    /// The index in `cues` of the money cue with a subject that amount `mi` belongs to: of
    /// those whose clause it stands in (or whose noun phrase its relative clause describes),
    /// within the cue's window and on its object side, a noun cue it is the complement of,
    /// else the nearest.
    fn money_cue(
        &self,
        mi: usize,
        cues: &[CueMatch],
        subjects: &[Option<(Vec<usize>, bool)>],
    ) -> Option<usize> {
        // A stock of debt is what the company owes (`as interest costs on its $18bn of debt
        // mounted`): no amount of a cue, except a loan raised.
        let debt = self.debt_amount(mi);
        let money = |m: &CueMatch| {
            let rel = self.rules.cues[m.cue].rel;
            rel.object_kind() == Kind::Money && !(debt && rel != RelType::Raises)
        };
        let binds = |mi: usize, m: CueMatch| {
            (self.in_cue_clause(mi, m)
                || self.describes_cue(mi, m)
                || self.resumed_price(mi, m, cues))
                && self.frame_takes_amount(m, mi)
        };
        // An amount right behind a noun cue is its complement (`Strafe von 4 Milliarden Euro
        // zahlen`: the fine, not the payment), and no other cue's, even when the noun has no
        // subject (`pour un Ebitda de 330 millions` after `chiffre d'affaires`).
        if let Some(k) =
            cues.iter().position(|&m| money(&m) && self.complement_of(mi, m) && binds(mi, m))
        {
            return subjects[k].is_some().then_some(k);
        }
        // A noun with an amount of its own as complement takes none before it (`101 Milliarden
        // Dollar umgesetzt und einen Nettogewinn von 45 Milliarden Dollar erzielt`); after
        // it, a change (`revenue of $1 billion, up from $290 million`) is still its own.
        let has_own = |m: CueMatch| {
            self.mentions.iter().enumerate().any(|(o, x)| {
                o != mi && x.kind == Kind::Money && self.complement_of(o, m) && binds(o, m)
            })
        };
        cues.iter()
            .enumerate()
            .filter(|(k, m)| money(m) && subjects[*k].is_some())
            .filter_map(|(k, &m)| {
                let cue = &self.rules.cues[m.cue];
                let p = self.place(mi, m)?;
                if !binds(mi, m) || p.before && (has_own(m) || self.far_before_noun(mi, m)) {
                    return None;
                }
                ((p.gap <= cue.window || self.resumed_price(mi, m, cues))
                    && cue.object.allows(p.before))
                .then_some((p.gap, k))
            })
            .min()
            .map(|(_, k)| k)
    }

    /// Whether amount `mi` stands before noun cue `m` but is no attribute of it: an
    /// attribute stands right before the noun, three words at most between and no punctuation
    /// (`11 milliards de chiffre d'affaires`, `5 Milliarden Euro Umsatz`, `$5 billion in
    /// revenue`); farther back the amount is another phrase's (`Le chiffre d'affaires a
    /// progressé à 11,1 milliards, et le résultat net de Thales …`).
    fn far_before_noun(&self, mi: usize, m: CueMatch) -> bool {
        self.rules.cues[m.cue].pos == Pos::Noun
            && self.ranges[mi].is_some_and(|(_, e)| e <= m.start)
            && !self.attribute_of(mi, m)
    }

    /// Whether amount `mi` is an attribute of noun cue `m`: before it, at most
    /// [`NOUN_ATTRIBUTE_GAP`] tokens and no punctuation between (`a $1 billion contract`, `11
    /// milliards de chiffre d'affaires`).
    pub(super) fn attribute_of(&self, mi: usize, m: CueMatch) -> bool {
        self.rules.cues[m.cue].pos == Pos::Noun
            && self.ranges[mi].is_some_and(|(_, e)| {
                e <= m.start
                    && m.start - e <= NOUN_ATTRIBUTE_GAP
                    && !(e..m.start).any(|t| self.tokens[t].kind == TokenKind::Punct)
            })
    }

    /// Whether amount `mi` is the complement of noun cue `m`: after it, at most three tokens
    /// away, no verb between (`Umsatz von 2 Milliarden`, `un Ebitda de 330 millions`).
    fn complement_of(&self, mi: usize, m: CueMatch) -> bool {
        self.rules.cues[m.cue].pos == Pos::Noun
            && self.place(mi, m).is_some_and(|p| !p.before && p.gap <= 3)
            && self.ranges[mi].is_some_and(|(a, _)| !(m.end..a).any(|t| self.verb_tokens[t]))
    }

    /// Relations between companies and chips stated by cues, cue by cue: a purchase cue's
    /// supplier and buyer, a role noun's two arguments, and any other cue's subject
    /// (`subjects[k]` for `cues[k]`) and object.
    fn company_chip_facts(
        &self,
        cues: &[CueMatch],
        subjects: &[Option<(Vec<usize>, bool)>],
        out: &mut Vec<Found>,
    ) {
        let bearers = self.role_bearers(cues);
        let apposed = self.apposed_role_others(cues);
        for (k, &m) in cues.iter().enumerate() {
            let cue = &self.rules.cues[m.cue];
            if cue.rel.object_kind() == Kind::Money {
                continue;
            }
            if self.supply_frame_facts(m, subjects[k].as_ref(), cues, out) {
                continue;
            }
            if cue.pos == Pos::Seat {
                // Read with the round's raiser, see `round_seats`.
                continue;
            }
            if cue.pos == Pos::Prep
                && cue.rel == RelType::Partners
                && self.after_other_verb(m, cues)
            {
                continue;
            }
            if matches!(cue.pos, Pos::Stake | Pos::Comitative) {
                if let Some((subj, _)) = &subjects[k] {
                    let supplier = cue.converse && self.stated_supplier(subj, cues, subjects);
                    self.stake_or_comitative_facts(m, subj, cues, supplier, out);
                }
                continue;
            }
            if matches!(cue.pos, Pos::RoleSubject | Pos::RoleObject) {
                if let Some((bearer, other)) = self.role_args(m) {
                    let (subj, obj) =
                        if cue.pos == Pos::RoleSubject { (bearer, other) } else { (other, bearer) };
                    for &s in &subj {
                        for &o in &obj {
                            out.push(self.cue_fact(cue.rel, m, s, o));
                        }
                    }
                }
                continue;
            }
            let Some((subj, by_agent)) = &subjects[k] else { continue };
            let mut obj = self.cue_object(m, subj, *by_agent, &bearers, &apposed);
            // A symmetric noun whose list of names follows it (`la coentreprise d'Orange et
            // de Capgemini`, `coopération entre X et Y`) names the partners: no one else.
            if cue.rel.symmetric() && cue.pos == Pos::Noun && self.names_after(m, subj) {
                obj.clear();
            }
            // A comitative preposition as a cue (`Orange avec Microsoft`) names a partner
            // only in the head of its phrase (not `avec des puces Nvidia`).
            if cue.pos == Pos::Prep && self.has_role(m.end - 1, Role::Comitative) {
                obj.retain(|&o| self.comitative_head(o));
            }
            self.subject_object_facts(m, subj, &obj, out);
        }
    }

    /// The facts of a cue read by its own frame of supply (a purchase, delivery or order
    /// noun's supplier and buyer; a sales share's supplier and clients, the subject group
    /// `subject`); whether the cue is one of those.
    fn supply_frame_facts(
        &self,
        m: CueMatch,
        subject: Option<&(Vec<usize>, bool)>,
        cues: &[CueMatch],
        out: &mut Vec<Found>,
    ) -> bool {
        let cue = &self.rules.cues[m.cue];
        if cue.frame == Frame::SalesShare {
            if let (Some((clients, _)), Some(supplier)) = (subject, self.sales_owner(m, cues)) {
                for &c in clients.iter().filter(|c| !supplier.contains(c)) {
                    for &s in &supplier {
                        out.push(self.cue_fact(cue.rel, m, s, c));
                    }
                }
            }
            return true;
        }
        if !matches!(cue.pos, Pos::Purchase | Pos::Delivery | Pos::Order | Pos::HandedOrder) {
            return false;
        }
        let args = match cue.pos {
            // A purchase handed out by a verb of winning or awarding is an order (`a
            // décroché une commande de la part d'Airbus`).
            Pos::Purchase if self.handout(m) != Handout::Plain => self.order_args(m),
            Pos::Purchase => self.purchase_args(m),
            Pos::Order => self.order_args(m),
            Pos::HandedOrder if self.handout(m) != Handout::Plain => self.order_args(m),
            Pos::HandedOrder => None,
            _ => self.delivery_args(m),
        };
        if let Some((supplier, buyer)) = args {
            for &s in &supplier {
                for &o in &buyer {
                    out.push(self.cue_fact(cue.rel, m, s, o));
                }
            }
        }
        true
    }

    /// The facts of a stake cue (its subject owns the company it is `an`: see
    /// [`Pos::Stake`]) or of a comitative cue (its subject and the company after `avec`,
    /// `mit`, `with` are partners: see [`Pos::Comitative`]) whose subject group is `subj`.
    ///
    /// `supplier`: the subject of a contract written from the client's side
    /// (`comitative-converse`: `Liefervertrag`) is the supplier a supply verb of the
    /// sentence names (`Den Strom liefert RWE, das mit der Telekom einen Liefervertrag
    /// abgeschlossen hat`): the contract is then read as written.
    fn stake_or_comitative_facts(
        &self,
        m: CueMatch,
        subj: &[usize],
        cues: &[CueMatch],
        supplier: bool,
        out: &mut Vec<Found>,
    ) {
        if self.rules.cues[m.cue].pos == Pos::Stake {
            if let Some(owned) = self.stake_target(m, subj) {
                self.subject_object_facts(m, subj, &owned, out);
            }
        } else if let Some(with) = self.comitative_partner(m).filter(|w| !self.sum_after(w, cues)) {
            let subj: Vec<usize> = subj.iter().copied().filter(|i| !with.contains(i)).collect();
            if subj.is_empty() {
            } else if supplier {
                // Turned round twice: the subject supplies the partner.
                self.subject_object_facts(m, &with, &subj, out);
            } else {
                self.subject_object_facts(m, &subj, &with, out);
            }
        }
    }

    /// The names that may be the object of cue `m` whose subject group is `subj`, nearest
    /// first (see [`Self::cue_object`]).
    fn object_candidates(
        &self,
        m: CueMatch,
        subj: &[usize],
        apposed: &[usize],
    ) -> Vec<(usize, Place)> {
        let cue = &self.rules.cues[m.cue];
        let kind = cue.rel.object_kind();
        self.near(kind, m)
            .into_iter()
            .filter(|(i, _)| !subj.contains(i))
            // The maker of the goods delivered is no client (`puces GB300 de Nvidia livrées
            // par Dell`, `shipping servers fitted with Nvidia GPUs`).
            .filter(|(i, _)| {
                cue.rel != RelType::Supplies
                    || cue.converse
                    || cue.pos == Pos::Purchase
                    || !self.goods_maker(*i)
            })
            // Where something is bought is no partner (`ordered H200s from Nvidia`).
            .filter(|(i, _)| {
                !cue.rel.symmetric() || !self.group_marker(*i, kind).contains(&Role::Source)
            })
            // A name after a partnership noun and a verb cue is that verb's (`un accord
            // définitif pour racheter SFR`): what the partners do, not one of them.
            .filter(|&(i, p)| {
                !(cue.rel.symmetric()
                    && cue.pos == Pos::Noun
                    && !p.before
                    && self.ranges[i].is_some_and(|(a, _)| (m.end..a).any(|t| self.verb_tokens[t])))
            })
            // What is bought is a company's part, not the company (`acquis l'activité … de NXP`).
            .filter(|(i, _)| cue.rel != RelType::Owns || !self.part_of(*i))
            // What is bought is never where it comes from (`rachète à Thales sa participation`,
            // `kauft bei`): a source, or a recipient that is no investment target; nor whom
            // something is done with (`holds talks with Arm`).
            .filter(|(i, _)| {
                let r = self.group_marker(*i, kind);
                cue.rel != RelType::Owns
                    || !(r.contains(&Role::Source)
                        || r.contains(&Role::Comitative)
                        || (r.contains(&Role::Recipient) && !r.contains(&Role::Target)))
            })
            // `Eviden, filiale d'Atos, équipés de…`: the owner inside an apposition describes
            // the name before it and is no argument of the clause.
            .filter(|(i, _)| !apposed.contains(i))
            // `Airbus détient 35 % du capital, Thales et Leonardo 32,5 % chacun`: names after
            // a comma with their own share are the subjects of a clause without its verb.
            .filter(|(i, _)| cue.rel != RelType::Owns || !self.gapped_holder(*i))
            // What a sale sells is no maker of the goods (`verkauft Chips von Nvidia an BMW`).
            // Nor the seller right after a verb in second place (`Nach Angaben des
            // Unternehmens verkauft Infineon seine Chips an Bosch`).
            .filter(|(i, _)| {
                cue.pos != Pos::Sale
                    || !(self.plain_noun_complement(*i)
                        || self.inversion(m).and_then(|v| v.subject) == Some(*i))
            })
            .collect()
    }

    /// Whether a member of `subj` is the supplier a `supplies` verb of the sentence names
    /// (`liefert`, `fournit`, `supplies`).
    fn stated_supplier(
        &self,
        subj: &[usize],
        cues: &[CueMatch],
        subjects: &[Option<(Vec<usize>, bool)>],
    ) -> bool {
        let keys: Vec<_> = subj.iter().map(|&i| entity_key(&self.mentions[i])).collect();
        cues.iter().zip(subjects).any(|(m, s)| {
            let cue = &self.rules.cues[m.cue];
            cue.rel == RelType::Supplies
                && cue.pos == Pos::Verb
                && !cue.converse
                && s.as_ref().is_some_and(|(g, _)| {
                    g.iter().any(|&i| keys.contains(&entity_key(&self.mentions[i])))
                })
        })
    }

    /// The object group of cue `m` whose subject group is `subj` (`by_agent` when the
    /// subject came from an agent marker), without members of `subj`.
    fn cue_object(
        &self,
        m: CueMatch,
        subj: &[usize],
        by_agent: bool,
        bearers: &[usize],
        apposed: &[usize],
    ) -> Vec<usize> {
        let cue = &self.rules.cues[m.cue];
        let kind = cue.rel.object_kind();
        let candidates = self.object_candidates(m, subj, apposed);
        let voice = self.voice(m);
        let object = if cue.frame == Frame::Client {
            // Made or built for someone: the client after `for`, `für`, `pour` only, no other
            // verb between.
            candidates.iter().find(|&&(i, p)| {
                !p.before
                    && self.group_marker(i, kind).contains(&Role::Beneficiary)
                    && self.ranges[i].is_some_and(|(a, _)| !(m.end..a).any(|t| self.verb_tokens[t]))
            })
        } else if by_agent {
            // A passive's patient stands before it (`Cerebras has its chips manufactured by
            // TSMC`, `das 2016 von Apple aufgekauft wurde`), or after `for`/`pour`.
            // A name listed under a role noun is that role's (`counts A among its
            // shareholders and has its chips produced by F`). A name something comes from
            // is no patient (`buys chips from Marvell, and its processors are made by TSMC`).
            candidates.iter().filter(|(i, _)| !bearers.contains(i)).find(|&&(i, p)| {
                let r = self.group_marker(i, kind);
                !(p.before && r.contains(&Role::Source) && !self.is_antecedent(i, m))
                    && (cue.pos != Pos::Participle || p.before || r.contains(&Role::Beneficiary))
            })
        } else if let Voice::Active(aux) = voice {
            // In the active voice a name after `von`, `par` is where something comes from
            // (`hatte das Geschäft von Marvell übernommen`), not the object.
            candidates.iter().find(|&&(i, _)| {
                let r = self.group_marker(i, kind);
                self.ranges[i].is_some_and(|(a, _)| a > aux)
                    && !r.contains(&Role::Agent)
                    && !r.contains(&Role::AgentVerb)
            })
        } else if cue.pos == Pos::Noun && kind == Kind::Company && !self.genitive_is_subject(cue) {
            candidates
                .iter()
                .find(|&&(i, p)| !p.before && self.marker_before(i).contains(&Role::Genitive))
                .or_else(|| candidates.iter().find(|&&(_, p)| cue.object.allows(p.before)))
        } else {
            candidates.iter().find(|&&(_, p)| cue.object.allows(p.before))
        };
        // A relative clause whose pronoun is no subject (`Carl Zeiss SMT, dont ASML détient
        // 24,9 %`, `Horizon Robotics, an dem Volkswagen 5 Prozent hält`) leaves its verb's
        // object to the antecedent.
        if object.is_none() && voice != Voice::Passive && !by_agent {
            if let Some(a) = self.object_antecedent(m).filter(|a| !subj.contains(a)) {
                return self.group(a, kind).into_iter().filter(|i| !subj.contains(i)).collect();
            }
        }
        // What a verb buys is not the owner named after another noun (`übernimmt das
        // Geschäft von Marvell`, `rachète l'activité d'Intel`): the noun is what is bought
        // (for other verbs such a name may be the object: `fabrique les puces d'Apple`); nor
        // the maker of the goods bought (`buys AMD's MI355X accelerators`).
        let object = object.filter(|&&(i, _)| {
            let r = self.group_marker(i, kind);
            cue.rel != RelType::Owns
                || !matches!(cue.pos, Pos::Verb | Pos::Participle)
                || !((r.contains(&Role::Genitive) || r.contains(&Role::AgentVerb))
                    && self.noun_complement(i)
                    || self.possessor_of_chip(i))
        });
        // A preposition or bracket binds one name only (`Outscale (Dassault Systèmes)`
        // inside `OVHcloud, Outscale (...)`); other cues take its whole group.
        let obj: Vec<usize> = match object {
            Some(&(i, _)) if cue.pos == Pos::Prep => vec![i],
            Some(&(i, _)) => self.group(i, kind),
            None => Vec::new(),
        };
        obj.into_iter().filter(|i| !subj.contains(i)).collect()
    }

    /// The relations cue `m` states between its subject group `subj` and its object group
    /// `obj`: each subject with each object, and for a symmetric relation that is not
    /// distributive also the members of each group with one another.
    fn subject_object_facts(
        &self,
        m: CueMatch,
        subj: &[usize],
        obj: &[usize],
        out: &mut Vec<Found>,
    ) {
        let cue = &self.rules.cues[m.cue];
        // A cue without an object (`X et Y construisent`, `un projet commun`) relates the
        // members of its subject group only.
        let obj = if cue.object == Side::None { &[] } else { obj };
        let mut pairs = Vec::new();
        for &s in subj {
            for &o in obj {
                pairs.push((s, o));
            }
        }
        // A joint action (`X et Y construisent`) needs a list joined by `et`/`und`/a comma.
        if cue.object == Side::None && !self.is_list(subj) {
            return;
        }
        // `ensemble`, `gemeinsam` before an amount add up what each spends (`prévoient
        // d'investir ensemble plus de 650 milliards`): a sum, not a joint action. (A
        // comitative cue, `gemeinsam mit X`, is read by `sum_after`.)
        if cue.rel.symmetric()
            && cue.pos != Pos::Comitative
            && (m.start..m.end).any(|t| self.has_role(t, Role::Sum))
            && (self.amount_follows(m.end) || self.figure_follows_in_clause(m))
        {
            return;
        }
        if cue.rel.symmetric() && !self.distributive(subj, m) {
            for (x, &a) in subj.iter().enumerate() {
                for &b in &subj[x + 1..] {
                    pairs.push((a, b));
                }
            }
            // The names a subject acts with are not partners of one another (`ZF arbeitet
            // mit Infineon und NXP zusammen`), unless they found a joint entity together.
            if subj.is_empty() || self.joint_entity(m) {
                for (x, &a) in obj.iter().enumerate() {
                    for &b in &obj[x + 1..] {
                        pairs.push((a, b));
                    }
                }
            }
        }
        let stake = if cue.rel == RelType::Owns {
            self.near(Kind::Percent, m).first().map(|&(i, _)| i)
        } else {
            None
        };
        for (s, o) in pairs {
            if self.mentions[s].canonical == self.mentions[o].canonical
                && !self.mentions[s].canonical.is_empty()
            {
                continue;
            }
            // Names of one list share a role: an owner and what it owns, a supplier
            // and its client are never two members of one enumeration.
            if !cue.rel.symmetric() && self.group(s, self.mentions[s].kind).contains(&o) {
                continue;
            }
            let (s, o) = if cue.rel.symmetric() {
                (s.min(o), s.max(o))
            } else if cue.converse {
                (o, s)
            } else {
                (s, o)
            };
            out.push(Found { stake, ..self.cue_fact(cue.rel, m, s, o) });
        }
    }

    /// `dated` for every amount: the nearest anchor date of the sentence that is not
    /// another amount's or another clause's, else the nearest such bound (`avant 2029`).
    /// An amount no date qualifies for gets none.
    fn dated(&self) -> Vec<Relation> {
        let mut out = Vec::new();
        // A day named without a digit (`mardi`, `am Mittwoch`, `on Tuesday`, `heute`) is
        // when something was said or announced, not the date of an amount.
        let reporting_day = |i: usize| {
            let m = &self.mentions[i];
            m.value.len() == 10 && !m.span.slice(self.text).bytes().any(|b| b.is_ascii_digit())
        };
        // A decade or a century (`a decade ago` → `201`, `années 2000` → `200`) is too coarse
        // to date an amount.
        let decade = |i: usize| {
            let v = &self.mentions[i].value;
            v.len() < 4 && v.bytes().all(|b| b.is_ascii_digit())
        };
        let dates: Vec<usize> = (0..self.mentions.len())
            .filter(|&i| self.mentions[i].kind == Kind::Date && !self.mentions[i].value.is_empty())
            .filter(|&i| !reporting_day(i) && !decade(i))
            .filter(|&i| !self.other_event_date(i) && !self.dateline(i))
            .filter(|&i| self.ranges[i].is_some())
            .collect();
        let (bounds, anchors): (Vec<usize>, Vec<usize>) =
            dates.iter().partition(|&&d| self.is_bound(d));
        let amounts: Vec<usize> = (0..self.mentions.len())
            .filter(|&i| self.mentions[i].kind == Kind::Money && self.ranges[i].is_some())
            .collect();
        for mi in amounts.iter().copied() {
            // An amount restating the one before (`19,4 billions de wons (13,5 milliards de
            // dollars)`, `soit 40 milliards`) has its dates.
            if self.restates_amount(mi) {
                let before = amounts.iter().rev().find(|&&o| o < mi).copied();
                let shared: Vec<Relation> = out
                    .iter()
                    .filter(|r: &&Relation| Some(r.subject) == before)
                    .map(|r| Relation { subject: mi, ..r.clone() })
                    .collect();
                if !shared.is_empty() {
                    out.extend(shared);
                    continue;
                }
            }
            for (bound, d) in self.dates_of(mi, &anchors, &bounds, &amounts) {
                out.push(Relation {
                    kind: RelType::Dated,
                    subject: mi,
                    object: Some(d),
                    value: String::new(),
                    trigger: None,
                    method: RelMethod::SentenceDate,
                    confidence: if bound {
                        SENTENCE_BOUND_CONFIDENCE
                    } else {
                        SENTENCE_DATE_CONFIDENCE
                    },
                });
            }
        }
        out
    }

    /// The dates of amount `mi`, as `(bound, date)`: the best ranked (see
    /// [`Sentence::date_rank`]), and when that is a bound of the amount's own phrase
    /// (`un contrat de 1,25 milliard jusqu'en 2029`), also an anchor framing the sentence
    /// before it (`En mai 2026, …`): when the contract was signed and until when it runs.
    fn dates_of(
        &self,
        mi: usize,
        anchors: &[usize],
        bounds: &[usize],
        amounts: &[usize],
    ) -> Vec<(bool, usize)> {
        let Some((ms, _)) = self.ranges[mi] else { return Vec::new() };
        // On each side of the amount only the nearest anchor and the nearest bound can
        // win: a farther date on the same side is farther and blocked whenever the
        // nearer one is.
        let mut candidates = Vec::with_capacity(4);
        for list in [anchors, bounds] {
            let k = list.partition_point(|&d| self.end_of(d) <= ms);
            candidates.extend(k.checked_sub(1).map(|k| list[k]));
            candidates.extend(list.get(k).copied());
        }
        let mut ranked: Vec<_> =
            candidates.into_iter().filter_map(|d| self.date_rank(mi, d, amounts)).collect();
        ranked.sort_unstable();
        let Some(&best) = ranked.first() else {
            return self.sentence_frame(mi, anchors).map(|d| (false, d)).into_iter().collect();
        };
        let mut out: Vec<(bool, usize)> = vec![(best.1, best.3)];
        if let Some(&(false, true, _, _)) = ranked.first() {
            // A frame is a date alone in a phrase opening the sentence (`En mai 2026, …`), not a date of
            // another verb (`Im vergangenen Jahr hatte X angekündigt, bis 2027 … zu
            // investieren`: the year of the announcement).
            let frame = ranked.iter().find(|r| {
                let (ds, de) = self.ranges[r.3].unwrap_or((0, 0));
                r.0 && !r.1 && de <= ms && self.fronted_date_phrase(ds, de)
            });
            out.extend(frame.map(|r| (false, r.3)));
        }
        out
    }

    /// The date framing the whole sentence, for amount `mi` that no date of its own reaches:
    /// an anchor alone in the phrase that opens the sentence (`Au premier trimestre 2026, X a
    /// dégagé un chiffre d'affaires de 2,9 milliards, tandis que son résultat net a doublé, à
    /// 241 millions`: both figures are the quarter's). Not across a semicolon, not into
    /// brackets, and not for a comparison's base (`contre 9 milliards`, `up from $5 billion`).
    fn sentence_frame(&self, mi: usize, anchors: &[usize]) -> Option<usize> {
        let (ms, _) = self.ranges[mi]?;
        let &d = anchors.first()?;
        let (ds, de) = self.ranges[d]?;
        let framed = de <= ms
            && self.fronted_date_phrase(ds, de)
            && !(de..ms).any(|t| self.tokens[t].lower == ";")
            && !self.in_brackets(ms)
            && !self.comparison_base(ms);
        framed.then_some(d)
    }

    /// Whether token `t` stands inside brackets.
    fn in_brackets(&self, t: usize) -> bool {
        let depth = self.tokens[..t].iter().fold(0i32, |n, x| match x.lower.as_str() {
            "(" | "[" => n + 1,
            ")" | "]" => n - 1,
            _ => n,
        });
        depth > 0
    }

    /// Whether a comparison phrase of `dates.csv` ends right before token `t` (articles and
    /// a short modifier word skipped: `contre environ 9 milliards`).
    fn comparison_base(&self, t: usize) -> bool {
        let from = t.saturating_sub(6);
        self.rules.date_phrases.iter().filter(|p| p.lang == self.lang && p.comparison).any(|p| {
            (from..t).any(|j| {
                self.match_words(&p.words, j, false).is_some_and(|e| {
                    e <= t && (e..t).all(|k| self.has_role(k, Role::Det) || t - e <= 1)
                })
            })
        })
    }

    /// Whether date `d` is in a dateline (`SAN FRANCISCO, March 24 (Reuters) - …`): near
    /// the sentence's start and followed, within a bracketed source, by a dash. It is the
    /// day of the report, not of an amount.
    fn dateline(&self, d: usize) -> bool {
        let Some((ds, de)) = self.ranges[d] else { return false };
        let dash = |t: &Token| matches!(t.lower.as_str(), "-" | "–" | "—");
        ds < DATELINE_TOKENS && self.tokens.iter().skip(de).take(4).any(dash)
    }

    /// Whether a phrase of `dates.csv` stands right next to date `d` (articles and elided
    /// words between skipped): the date is then a comparison's base (`gegenüber dem
    /// Vorjahr`) or a founding's (`fondée en 2023`), and dates no amount.
    fn other_event_date(&self, d: usize) -> bool {
        let Some((ds, de)) = self.ranges[d] else { return false };
        let skip = |t: usize| self.has_role(t, Role::Det) || self.tokens[t].clitic;
        let mut end = ds;
        while end > 0 && skip(end - 1) {
            end -= 1;
        }
        let mut start = de;
        while start < self.tokens.len() && skip(start) {
            start += 1;
        }
        let digits = self.mentions[d].span.slice(self.text).bytes().any(|b| b.is_ascii_digit());
        let phrases = self.rules.date_phrases.iter();
        phrases.filter(|p| p.lang == self.lang && !(p.relative_only && digits)).any(|p| {
            if p.inside {
                // In the date or right before it (`its fiscal third quarter`, the date
                // mention being `third quarter`).
                (ds.saturating_sub(1)..de)
                    .any(|j| self.match_words(&p.words, j, true).is_some_and(|e| e <= de))
            } else if p.before {
                let from = end.saturating_sub(2 * p.words.len() + 1);
                (from..end).any(|j| self.match_words(&p.words, j, false) == Some(end))
            } else {
                self.match_words(&p.words, start, false).is_some()
            }
        })
    }

    /// Whether date mention `d` is a bound (`avant 2029`, `après 2029`), not an anchor.
    fn is_bound(&self, d: usize) -> bool {
        self.mentions[d].mod_.is_some_and(|m| m.is_bound())
    }

    /// The first token of mention `i` (0 when it covers none).
    fn start_of(&self, i: usize) -> usize {
        self.ranges[i].map_or(0, |r| r.0)
    }

    /// The token right after mention `i` (0 when it covers none).
    fn end_of(&self, i: usize) -> usize {
        self.ranges[i].map_or(0, |r| r.1)
    }

    /// How well date `d` dates amount `mi`, as `(apart, bound, gap, d)` (the smallest
    /// wins: a date of the amount's own phrase first, an anchor before a bound), or
    /// `None` when another of the sentence's `amounts` stands between them or the date is
    /// another clause's.
    fn date_rank(
        &self,
        mi: usize,
        d: usize,
        amounts: &[usize],
    ) -> Option<(bool, bool, usize, usize)> {
        let (ms, me) = self.ranges[mi]?;
        let (ds, de) = self.ranges[d]?;
        // A date after the amount is its usual place (`1 milliard début 2025`):
        // one before it counts as DATE_BEFORE_PENALTY tokens farther.
        let (lo, hi, gap) = if de <= ms {
            (de, ms, ms - de + DATE_BEFORE_PENALTY)
        } else {
            (me, ds, ds.saturating_sub(me))
        };
        // Another amount in between takes the date first.
        let first = amounts.partition_point(|&o| self.start_of(o) < lo);
        let blocked = amounts[first..].iter().take_while(|&&o| self.start_of(o) <= hi).any(|&o| {
            o != mi
                && self.end_of(o) <= hi
                && !self.restates_amount(o)
                && !(de <= ms && self.coordinated(o, mi))
        });
        // A date of another clause, or one with another amount between, is
        // that clause's or that amount's.
        // A date of a main clause may date an amount of a clause inside it
        // (`Ende 2023 beteiligte sich X an einer Runde, die mit 500 Millionen…`),
        // not the other way round.
        let (dc, mc) = (self.clauses.of(ds), self.clauses.of(ms));
        let other_clause = dc != mc
            && !(self.clauses.clauses[dc].kind == ClauseKind::Main
                && self.clauses.clauses[mc].kind != ClauseKind::Main);
        // A date across punctuation (`, ; : ( ) –`) is another phrase's, whenever the
        // amount's own phrase gives one (`Für 2025 erwartet X 14,6 Milliarden, im Vorjahr
        // waren es …`).
        let apart = (lo..hi).any(|t| {
            self.tokens.get(t).is_some_and(is_phrase_break) && !self.restatement_bracket(t)
        });
        // Across punctuation, only a date before the amount sets its frame (`En 2025, X a
        // levé …`); one after it is a later phrase's (`…, n'envisage pas d'entrer en Bourse
        // avant 2028`).
        let later_phrase = apart && ds >= me && !self.bare_date_phrase(ds, de);
        (!blocked && !other_clause && !later_phrase).then_some((apart, self.is_bound(d), gap, d))
    }
}

/// Whether token `t` ends a phrase: a comma, semicolon, colon, bracket or dash.
fn is_phrase_break(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && matches!(t.lower.as_str(), "," | ";" | ":" | "(" | ")" | "[" | "]" | "–" | "—")
}

/// Whether `a` is `b`, or one of them is an ancestor of the other by the gazetteer's `parent`.
fn related(gazetteer: &Gazetteer, a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (ancestor(gazetteer, a, b) || ancestor(gazetteer, b, a))
}

/// Whether entity `target` is `start` or one of its ancestors by the gazetteer's `parent`
/// (eight generations at most).
fn ancestor(gazetteer: &Gazetteer, start: &str, target: &str) -> bool {
    let mut id = start.to_string();
    for _ in 0..8 {
        if id == target {
            return true;
        }
        match gazetteer.entity(&id) {
            Some(e) if !e.parent.is_empty() => id = e.parent.clone(),
            _ => return false,
        }
    }
    false
}

/// The vendor the gazetteer gives for `chip`'s entity, if any.
fn vendor(gazetteer: &Gazetteer, chip: &Mention) -> Option<String> {
    let e = gazetteer.entity(&chip.entity_id)?;
    (!e.vendor.is_empty()).then(|| e.vendor.clone())
}

/// A `makes` the gazetteer gives from company mention `co` to chip mention `ci`.
fn gazetteer_makes(co: usize, ci: usize) -> Found {
    Found {
        rel: RelType::Makes,
        subject: co,
        object: ci,
        trigger: None,
        method: RelMethod::Gazetteer,
        confidence: GAZETTEER_CONFIDENCE,
        stake: None,
    }
}

impl Sentence<'_> {
    /// Adds `makes` from the gazetteer (chip + its vendor) where the sentence links them, and
    /// drops cue `makes` that contradict the vendor and `partners` within one corporate family.
    ///
    /// A chip and a company of its vendor's family give `makes` when the sentence ties them:
    /// the company stands next to the chip or to its list of chips ([`ATTACH_GAP`] tokens at
    /// most, no other name between: `NVIDIA H100, A100`, `les TPU de Google`); or a `makes`
    /// cue has the chip on its object side and the company on its subject side (`Google a
    /// dix ans d'avance avec ses TPU`); or the chip is the only one the sentence names, or the
    /// sentence names one company of the vendor's family (see [`Self::sole_maker`]). A vendor
    /// inside a compound (`Nvidia-DGX-B200-Systeme und RTX-PRO-Server`) qualifies that
    /// compound only. Other pairs are left to `cooccurs`.
    fn apply_gazetteer(&self, found: &mut Vec<Found>, cues: &[CueMatch], gazetteer: &Gazetteer) {
        self.drop_contradicted(found, gazetteer);
        self.add_gazetteer_makes(found, cues, gazetteer);
        self.add_family_names(found, gazetteer);
    }

    /// Adds `owns` where a subsidiary is named after its parent, side by side with nothing
    /// between (`Amazon AWS`, `Google DeepMind`): the name says whose it is, and the
    /// gazetteer's `parent` confirms it (an ancestor, never the same entity). Names of two
    /// families side by side (`übernahm SAP Aleph Alpha`) say nothing of the kind.
    fn add_family_names(&self, found: &mut Vec<Found>, gazetteer: &Gazetteer) {
        let company = |i: usize| {
            self.mentions[i].kind == Kind::Company && !self.media[i] && self.ranges[i].is_some()
        };
        for i in (0..self.mentions.len()).filter(|&i| company(i)) {
            let Some((_, end)) = self.ranges[i] else { continue };
            let next = (0..self.mentions.len())
                .find(|&j| company(j) && self.ranges[j].is_some_and(|(a, _)| a == end));
            let Some(j) = next else { continue };
            let (parent, child) = (&self.mentions[i].entity_id, &self.mentions[j].entity_id);
            if parent != child && ancestor(gazetteer, child, parent) {
                found.push(Found {
                    rel: RelType::Owns,
                    subject: i,
                    object: j,
                    trigger: None,
                    method: RelMethod::Gazetteer,
                    confidence: GAZETTEER_CONFIDENCE,
                    stake: None,
                });
            }
        }
    }

    /// Drops the cue `makes` whose company is outside the gazetteer vendor's family of its
    /// chip, and the `partners` between two companies of one corporate family.
    fn drop_contradicted(&self, found: &mut Vec<Found>, gazetteer: &Gazetteer) {
        let mentions = self.mentions;
        found.retain(|f| {
            let (Some(a), Some(b)) = (mentions.get(f.subject), mentions.get(f.object)) else {
                return true;
            };
            match f.rel {
                RelType::Makes => match vendor(gazetteer, b) {
                    Some(v) if !a.entity_id.is_empty() => related(gazetteer, &a.entity_id, &v),
                    _ => true,
                },
                RelType::Partners => !related(gazetteer, &a.entity_id, &b.entity_id),
                _ => true,
            }
        });
    }

    /// Adds a gazetteer `makes` for each chip and each company of its vendor's family that
    /// the sentence ties to it, or, when the chip is the only one named and none is tied,
    /// the nearest mention of each company of the family; once per (company, chip) entity
    /// pair.
    fn add_gazetteer_makes(
        &self,
        found: &mut Vec<Found>,
        cues: &[CueMatch],
        gazetteer: &Gazetteer,
    ) {
        let mentions = self.mentions;
        let chips: HashSet<&str> =
            mentions
                .iter()
                .filter(|m| m.kind == Kind::Chip)
                .map(|m| {
                    if m.entity_id.is_empty() {
                        m.canonical.as_str()
                    } else {
                        m.entity_id.as_str()
                    }
                })
                .collect();
        let sole_chip = chips.len() == 1;
        let makes_cues: Vec<CueMatch> =
            cues.iter().copied().filter(|m| self.rules.cues[m.cue].rel == RelType::Makes).collect();
        // The companies of each vendor's family, by entity, each with its mentions in text order.
        let mut families: HashMap<String, Vec<(&str, Vec<usize>)>> = HashMap::default();
        // (company, chip) entity pairs already given a `makes`: a sentence that repeats
        // the names states the fact once, and the pairs are not looked at again.
        let mut emitted: HashSet<(&str, &str)> = HashSet::default();
        for (ci, chip) in mentions.iter().enumerate() {
            if chip.kind != Kind::Chip {
                continue;
            }
            let Some(v) = vendor(gazetteer, chip) else { continue };
            let family =
                families.entry(v.clone()).or_insert_with_key(|v| self.family(v, gazetteer));
            let ck = entity_key(chip);
            if family.iter().all(|(ek, _)| emitted.contains(&(*ek, ck))) {
                continue;
            }
            let near_cues = self.supporting_cues(&makes_cues, ci);
            let ties = |co: usize| self.attached(co, ci) || self.cue_supports(&near_cues, co);
            // The names the sentence ties to the chip; failing those, any of the family when
            // the chip is the only one named.
            let mut tied_any = false;
            let mut untied = Vec::new();
            for (ek, ms) in family.iter() {
                match ms.iter().copied().find(|&co| ties(co)) {
                    Some(co) => {
                        tied_any = true;
                        if emitted.insert((ek, ck)) {
                            found.push(gazetteer_makes(co, ci));
                        }
                    }
                    None if !emitted.contains(&(*ek, ck)) => untied.push((*ek, ms)),
                    None => {}
                }
            }
            if !tied_any && (sole_chip || self.sole_maker(family, ci, &v, gazetteer)) {
                for (ek, ms) in untied {
                    let distance = |co: usize| match (self.ranges[co], self.ranges[ci]) {
                        (Some((a, b)), Some((c, d))) => a.max(c).saturating_sub(b.min(d)),
                        _ => usize::MAX,
                    };
                    if let Some(co) = ms.iter().copied().min_by_key(|&co| distance(co)) {
                        emitted.insert((ek, ck));
                        found.push(gazetteer_makes(co, ci));
                    }
                }
            }
        }
    }

    /// Whether the sentence names one company of vendor `v`'s family (`family`) and so
    /// leaves no doubt whose chip `ci` is (`mehr als 20.000 H100 und H200, die Northern Data
    /// bei Nvidia bestellt hatte`): the company stands in no brackets the chip is outside of,
    /// no company of another family stands right before the chip's list (`les AMD MI300 et
    /// la série H20`), and no chip of another vendor stands between them.
    fn sole_maker(
        &self,
        family: &[(&str, Vec<usize>)],
        ci: usize,
        v: &str,
        gazetteer: &Gazetteer,
    ) -> bool {
        let [(_, ms)] = family else { return false };
        // A vendor inside a compound qualifies that compound only (`Nvidia-H100-Systeme`).
        if ms.iter().all(|&co| self.modifier(co)) {
            return false;
        }
        let Some((chip_at, _)) = self.ranges[ci] else { return false };
        let chip_bracketed = self.in_brackets(chip_at);
        let bracketed_apart = ms.iter().all(|&co| {
            self.ranges[co].is_some_and(|(a, _)| self.in_brackets(a) && !chip_bracketed)
        });
        let list_start =
            self.group(ci, Kind::Chip).iter().filter_map(|&k| self.ranges[k]).map(|r| r.0).min();
        let other_attached = (0..self.mentions.len()).any(|co| {
            self.mentions[co].kind == Kind::Company
                && !related(gazetteer, &self.mentions[co].entity_id, v)
                && self.ranges[co].is_some_and(|(_, e)| Some(e) == list_start)
        });
        // Another vendor's chip between them (`Les NVIDIA H100 … des Trainium2 et des
        // Blackwell`) leaves the chip with no maker stated.
        let foreign_between = ms.iter().all(|&co| {
            let Some((cs, _)) = self.ranges[co] else { return true };
            let (lo, hi) = (cs.min(chip_at), cs.max(chip_at));
            (0..self.mentions.len()).any(|k| {
                self.mentions[k].kind == Kind::Chip
                    && vendor(gazetteer, &self.mentions[k]).is_some_and(|w| w != v)
                    && self.ranges[k].is_some_and(|(a, _)| a > lo && a < hi)
            })
        });
        !bracketed_apart && !other_attached && !foreign_between
    }

    /// The company mentions of vendor `v`'s corporate family, grouped by entity in order of
    /// first mention, each with its mentions in text order.
    fn family(&self, v: &str, gazetteer: &Gazetteer) -> Vec<(&str, Vec<usize>)> {
        let mut by_entity: Vec<(&str, Vec<usize>)> = Vec::new();
        for (co, m) in self.mentions.iter().enumerate() {
            if m.kind != Kind::Company || !related(gazetteer, &m.entity_id, v) {
                continue;
            }
            match by_entity.iter_mut().find(|(k, _)| *k == entity_key(m)) {
                Some((_, ms)) => ms.push(co),
                None => by_entity.push((entity_key(m), vec![co])),
            }
        }
        by_entity
    }

    /// Whether company `co` stands next to chip `ci` or to a chip of its list: at most
    /// [`ATTACH_GAP`] tokens between, and no name between but members of either list.
    fn attached(&self, co: usize, ci: usize) -> bool {
        let Some((cs, ce)) = self.ranges[co] else { return false };
        let Some((hs, he)) = self.ranges[ci] else { return false };
        let overlaps = |o: usize| self.ranges[o].is_some_and(|(os, oe)| os < ce && cs < oe);
        // In one compound token: that chip only.
        if cs < he && hs < ce {
            return true;
        }
        let chips = self.group(ci, Kind::Chip);
        if chips.iter().any(|&o| overlaps(o)) {
            return false;
        }
        let companies = self.group(co, Kind::Company);
        chips.iter().any(|&k| {
            let Some((ks, ke)) = self.ranges[k] else { return false };
            let (lo, hi) = if ce <= ks {
                (ce, ks)
            } else if ke <= cs {
                (ke, cs)
            } else {
                return false;
            };
            // Markup and quotes (`avec **Maia**`) do not count; counting stops past the cap.
            let gap = (lo..hi)
                .filter(|&t| {
                    !matches!(
                        self.tokens[t].lower.as_str(),
                        "*" | "_" | "\"" | "«" | "»" | "“" | "”" | "„"
                    )
                })
                .take(ATTACH_GAP + 1)
                .count();
            // A name between stands between the two in text order.
            gap <= ATTACH_GAP
                && !(co.min(k) + 1..co.max(k)).any(|o| {
                    o != co
                        && o != k
                        && !chips.contains(&o)
                        && !companies.contains(&o)
                        && matches!(self.mentions[o].kind, Kind::Company | Kind::Chip)
                        && self.ranges[o].is_some_and(|(a, b)| a >= lo && b <= hi)
                })
        })
    }

    /// The `makes` cues (of `makes_cues`, in text order) that have chip `ci` (or its list)
    /// on their object side, within their window. Only cues near the list are looked at.
    fn supporting_cues(&self, makes_cues: &[CueMatch], ci: usize) -> Vec<CueMatch> {
        let chips = self.group(ci, Kind::Chip);
        let extent = |i: usize| self.ranges[i];
        let (Some(gs), Some(ge)) = (
            chips.iter().filter_map(|&k| extent(k)).map(|r| r.0).min(),
            chips.iter().filter_map(|&k| extent(k)).map(|r| r.1).max(),
        ) else {
            return Vec::new();
        };
        let window = makes_cues.iter().map(|m| self.rules.cues[m.cue].window).max().unwrap_or(0);
        let len = makes_cues.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        let first = makes_cues.partition_point(|m| m.start + len + window < gs);
        makes_cues[first..]
            .iter()
            .take_while(|m| m.start <= ge + window)
            .copied()
            .filter(|&m| {
                let cue = &self.rules.cues[m.cue];
                chips.iter().any(|&k| {
                    self.place(k, m)
                        .is_some_and(|p| p.gap <= cue.window && cue.object.allows(p.before))
                })
            })
            .collect()
    }

    /// Whether one of the chip's supporting `makes` cues (see `supporting_cues`) has
    /// company `co` on its subject side.
    fn cue_supports(&self, supporting: &[CueMatch], co: usize) -> bool {
        supporting.iter().any(|&m| {
            self.place(co, m).is_some_and(|p| self.rules.cues[m.cue].subject.allows(p.before))
        })
    }
}

/// What identifies a name of the sentence: its entity id, else its canonical name.
fn entity_key(m: &Mention) -> &str {
    if m.entity_id.is_empty() {
        &m.canonical
    } else {
        &m.entity_id
    }
}

/// An argument of a relation as a fact: a company or chip by its entity (two mentions of
/// Nvidia are one argument), anything else (an amount, a date) by its mention.
fn arg_key(mentions: &[Mention], i: usize) -> (&str, usize) {
    match mentions.get(i) {
        Some(m) if matches!(m.kind, Kind::Company | Kind::Chip) && !entity_key(m).is_empty() => {
            (entity_key(m), usize::MAX)
        }
        _ => ("", i),
    }
}

/// One relation per (type, subject, object) fact — companies and chips by entity, so a
/// sentence repeating a name states each fact once: a cue wins over the gazetteer, then
/// the higher confidence, then the earlier mentions. Sorted by subject, object and type.
fn dedupe(found: &mut Vec<Found>, mentions: &[Mention]) {
    // A company or chip is never related to itself (`Die Carl-Zeiss-Stiftung bleibt
    // Alleineigentümerin der Zeiss-Gruppe`: the modifier and the group are one Zeiss).
    found.retain(|f| {
        let named = |i: usize| {
            mentions.get(i).is_some_and(|m| matches!(m.kind, Kind::Company | Kind::Chip))
        };
        !(named(f.subject)
            && named(f.object)
            && entity_key(&mentions[f.subject]) == entity_key(&mentions[f.object]))
    });
    let key = |f: &Found| {
        let (a, b) = (arg_key(mentions, f.subject), arg_key(mentions, f.object));
        if f.rel.symmetric() && b < a {
            (f.rel, b, a)
        } else {
            (f.rel, a, b)
        }
    };
    found.sort_by(|a, b| {
        key(a)
            .cmp(&key(b))
            .then((a.method != RelMethod::Cue).cmp(&(b.method != RelMethod::Cue)))
            .then(b.confidence.total_cmp(&a.confidence))
            .then((a.subject, a.object).cmp(&(b.subject, b.object)))
    });
    found.dedup_by(|b, a| key(a) == key(b));
    found.sort_by_key(|f| (f.subject, f.object, f.rel));
}

/// `cooccurs` for every pair of distinct companies/chips (entities, by entity id or else
/// canonical name) without a typed relation between them: one row per pair, between the
/// first mentions of each, for the first [`MAX_COOCCUR_ENTITIES`] entities of the sentence.
fn cooccurrences(mentions: &[Mention], found: &[Found]) -> Vec<Relation> {
    let linked: HashSet<(&str, &str)> = found
        .iter()
        .filter_map(|f| {
            Some((entity_key(mentions.get(f.subject)?), entity_key(mentions.get(f.object)?)))
        })
        .flat_map(|(a, b)| [(a, b), (b, a)])
        .collect();
    // The first mention of each entity, in text order.
    let mut seen: HashSet<&str> = HashSet::default();
    let named: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            matches!(mentions[i].kind, Kind::Company | Kind::Chip)
                && seen.insert(entity_key(&mentions[i]))
        })
        .take(MAX_COOCCUR_ENTITIES)
        .collect();
    let mut out = Vec::new();
    for (x, &a) in named.iter().enumerate() {
        for &b in &named[x + 1..] {
            if linked.contains(&(entity_key(&mentions[a]), entity_key(&mentions[b]))) {
                continue;
            }
            out.push(Relation {
                kind: RelType::Cooccurs,
                subject: a,
                object: Some(b),
                value: String::new(),
                trigger: None,
                method: RelMethod::Cooccurrence,
                confidence: COOCCURRENCE_CONFIDENCE,
            });
        }
    }
    out
}

/// The date of a typed relation for a reader: the date its sentence states for it. That
/// is the `dated` relation of its object (an amount), else the sentence's one anchor date
/// when it names exactly one (`En mars 2025, Nvidia a racheté…`); else none. The
/// document's date is when the fact was reported, not the date of the fact: it is never
/// given here. `relations` and `mentions` are one sentence's.
///
/// This looks through all of `relations`; to date every relation of a sentence, build
/// [`FactDates`] once and ask it for each.
pub fn fact_date(
    relations: &[Relation],
    mentions: &[Mention],
    r: &Relation,
) -> Option<(String, &'static str)> {
    FactDates::new(relations, mentions).get(r)
}

/// The dates of the relations of one sentence, indexed once so that dating each of its
/// relations costs a lookup (see [`fact_date`] for the rule).
///
/// ```text
/// let dates = FactDates::new(&relations, &mentions);
/// for r in &relations { let date = dates.get(r); }
/// ```
#[derive(Debug)]
pub struct FactDates<'a> {
    /// The first `dated` relation of each dated mention.
    dated: HashMap<usize, &'a Relation>,
    mentions: &'a [Mention],
    /// The sentence's anchor date when it names exactly one.
    fallback: Option<String>,
}

impl<'a> FactDates<'a> {
    /// Indexes the `dated` relations of one sentence (`relations` and `mentions` are its own).
    pub fn new(relations: &'a [Relation], mentions: &'a [Mention]) -> FactDates<'a> {
        let mut dated = HashMap::default();
        for d in relations.iter().filter(|d| d.kind == RelType::Dated) {
            dated.entry(d.subject).or_insert(d);
        }
        let mut anchors = mentions.iter().filter(|m| {
            m.kind == Kind::Date && !m.value.is_empty() && !m.mod_.is_some_and(|d| d.is_bound())
        });
        let fallback = match (anchors.next(), anchors.next()) {
            (Some(m), None) => Some(m.value.clone()),
            _ => None,
        };
        FactDates { dated, mentions, fallback }
    }

    /// The date of relation `r`, and `sentence-date` (the only source there is).
    pub fn get(&self, r: &Relation) -> Option<(String, &'static str)> {
        let stated = r.object.and_then(|o| self.dated.get(&o)).and_then(|d| {
            let m = self.mentions.get(d.object?)?;
            Some(m.value.clone())
        });
        stated.or_else(|| self.fallback.clone()).map(|v| (v, "sentence-date"))
    }
}
