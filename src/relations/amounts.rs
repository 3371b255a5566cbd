//! Money frames: how a cue's kind (`cues.csv` column `pos`) and a few marker roles
//! (`markers.csv`) decide who stands behind an amount.
//!
//! - **price** (`price` for a verb, `price-noun` for a noun: `acquires`, `übernimmt`,
//!   `rachat`, `Übernahme`): the amount is what the buyer pays. A price verb takes only an
//!   amount after a beneficiary or `against` marker (`für`, `pour`, `for`, `contre`, `gegen`);
//!   in the passive, the name before it is what is bought (`X was bought for …`). A price
//!   noun names the company it buys after a genitive marker (`le rachat de Sesterce par
//!   OVHcloud pour 320 millions`: OVHcloud pays), never the payer; the payer is the agent or
//!   the clause's subject. A deal noun naming no company bought (`deal`, `Transaktion`)
//!   concludes the purchase verb before it, whose one buyer pays (`agreed to acquire X … in
//!   a deal valued at $3.6 billion`); otherwise it states no price (`rachat d'actions`).
//!   A price marked after a comma closing an apposition on what is bought, however long,
//!   is still the purchase's (`acquire Ayar Labs, a startup that uses light …, for $2.4
//!   billion`; [`Sentence::resumed_price`]).
//! - **funding** (`levée de fonds`, `Finanzierungsrunde`, `funding round`, `Series`): a
//!   round noun, read as a `raises` noun (the beneficiary `für`/`pour`, else its genitive,
//!   else the clause's subject; the investors after `led by`, `mené par`, `angeführt von`
//!   never raise). A round with no name of its own (`as part of a round`) is the round of
//!   the sentence's one raiser ([`Sentence::round_raiser`]).
//! - **build** (`baut`, `errichtet`, `construit`, `spent`): a verb of building or spending
//!   gives `invests` only when a `capex` word (`Fabrik`, `usine`, `fab`, `data center`; in
//!   German also at the end of a compound: `Chipwerk`) stands in its clause and window
//!   (`Infineon errichtet für fünf Milliarden Euro eine neue Fabrik`). Without one the
//!   amount is no investment (`baut seinen Umsatz auf 5 Milliarden aus`).
//! - **respective** (`respectivement`, `beziehungsweise`, `respectively`): in the clause of a
//!   money cue whose subject is a list, as many amounts as names are paired in order
//!   (`Microsoft and Nvidia agreed to invest $5 billion and $10 billion respectively`); any
//!   other count gives nothing (an amount went unrecognised). `jeweils` (`each`) is no such
//!   word: one amount is everyone's (`investieren jeweils 1 Mrd.`).
//! - **contract** (`contrat`, `Vertrag`, `contract`, `commande`): the amount of a contract
//!   or an order is what its client pays, never its supplier. The client is the one client
//!   the sentence's `supplies` facts name (`SiPearl a décroché auprès d'Airbus un contrat de
//!   25 millions`: Airbus pays; `Airbus a passé commande auprès d'Eviden … pour un contrat
//!   évalué à 180 millions`: Airbus pays). With no supply stated, the clause's subject pays
//!   (`Anthropic a signé avec xAI un contrat de 1,25 milliard`), unless a `win` marker
//!   in its clause makes it the supplier (`Thales a remporté un contrat de
//!   2 milliards`, `Rheinmetall erhielt einen Auftrag`): the contract's amount is then the
//!   winner's `orders` (`Schneider Electric a remporté une commande d'environ 180 millions`).
//! - **values** after a raise: a valuation the raise's round states (`raised $1 billion at
//!   a valuation of $8 billion`, `… ce qui la valorise à 28 milliards`, `a round that values
//!   the Claude maker at $380 billion`) is the raiser's ([`Sentence::round_raiser`]).

use super::clause::ClauseKind;
use super::supplies::Handout;
use super::{arg_key, CueMatch, Found, Place, Pos, Role, Sentence, Side};
use crate::lang::Lang;
use crate::mention::{Kind, RelType};
use crate::tokenize::TokenKind;

/// What kind of frame a cue opens (see the module documentation): a money frame, whose
/// amount it reads, or one of two frames of `supplies` read in `mod.rs` (`Client`,
/// `SalesShare`), which are no money frames.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Frame {
    /// An ordinary cue.
    #[default]
    Plain,
    /// A purchase whose amount is the price the buyer pays.
    Price,
    /// A funding round.
    Funding,
    /// Building or spending on a plant, which is an investment with a `capex` word.
    Build,
    /// A contract or an order, whose amount its client pays (see [`Sentence::contract_client`]).
    Contract,
    /// Not a money frame: a verb of making, designing or building whose object is the
    /// client after a beneficiary marker (`TSMC makes chips for Nvidia`, `fertigt Chips für
    /// Continental`, `conçoit des puces pour Renault`).
    Client,
    /// Not a money frame: a verb of making up a share (`représentent`, `accounted for`)
    /// whose subjects are the customers of the company whose sales the share is of (`TSMC,
    /// Samsung et SK Hynix ont représenté 60 % des ventes d'ASML`, `Apple accounted for 25%
    /// of TSMC's revenue`; see [`Sentence::sales_owner`]).
    SalesShare,
}

/// Tokens a German compound must keep before a `capex` word at its end (`Chipwerk`).
const COMPOUND_HEAD: usize = 3;
/// Words between a beneficiary marker and the genitive before a price (`pour une valeur
/// d'entreprise de`).
const PRICE_PHRASE_WORDS: usize = 4;
/// Tokens between a purchase cue and a price said after an apposition on what is bought
/// (see [`Sentence::resumed_price`]).
const RESUMED_PRICE_TOKENS: usize = 40;
/// Tokens before a price verb searched for a passive auxiliary (`was bought`, `a été
/// racheté`).
const PASSIVE_REACH: usize = 2;

impl Sentence<'_> {
    fn frame(&self, m: CueMatch) -> Frame {
        self.rules.cues[m.cue].frame
    }

    /// Whether company `i` may not be the plain subject of cue `m` for its frame: what a
    /// price noun buys, after a genitive marker behind it (`rachat de Sesterce`, `Übernahme
    /// von Wandelbots`, `acquisition of Arm`), an investor a seat verb names for a funding
    /// round (`Sequoia led a $1 billion round`), or the name before a `pays` verb in the
    /// passive (`X was bought for …`).
    pub(super) fn frame_excludes(&self, m: CueMatch, i: usize) -> bool {
        match self.frame(m) {
            Frame::Price if self.rules.cues[m.cue].pos == Pos::Noun => {
                self.ranges[i].is_some_and(|(a, _)| a >= m.end)
                    && self.group_marker(i, Kind::Company).contains(&Role::Genitive)
            }
            // A price verb in the passive (`X was bought for $1 billion`, `X wurde für 450
            // Millionen übernommen`): the name before it is what is bought.
            Frame::Funding => self.seat_holder(i),
            // A purchase or payment verb in the passive (`X was bought for $1 billion`, `Arm
            // a été racheté`): the name before it is what is bought, not the payer.
            _ if self.rules.cues[m.cue].rel == RelType::Pays
                && self.rules.cues[m.cue].pos == Pos::Verb =>
            {
                self.ranges[i].is_some_and(|(_, e)| e <= m.start) && self.passive_before(m)
            }
            _ => false,
        }
    }

    /// The subjects of the contract nouns among `cues` (see the module documentation): each
    /// one's client, from the sentence's `supplies` facts `between`; a won contract also adds
    /// its amount as the `orders` of its winner (the supplier the sentence names, else the
    /// subject) to `between`.
    pub(super) fn contract_subjects(
        &self,
        cues: &[CueMatch],
        subjects: &mut [Option<(Vec<usize>, bool)>],
        between: &mut Vec<Found>,
    ) {
        for (k, &m) in cues.iter().enumerate() {
            if self.frame(m) != Frame::Contract {
                continue;
            }
            if self.contract_won(m) {
                let suppliers: Vec<usize> = between
                    .iter()
                    .filter(|f| f.rel == RelType::Supplies)
                    .map(|f| f.subject)
                    .collect();
                let winners = match (&suppliers[..], &subjects[k]) {
                    ([], Some((group, _))) => group.clone(),
                    _ => suppliers,
                };
                self.won_orders(m, &winners, between);
            }
            subjects[k] = self.contract_client(m, subjects[k].take(), between);
        }
    }

    /// Who pays the amount of contract noun `m` (see the module documentation): the one
    /// client of the sentence's `supplies` facts `supplies`, else `subject` unless a `win`
    /// marker stands in its clause; several clients give `None`.
    fn contract_client(
        &self,
        m: CueMatch,
        subject: Option<(Vec<usize>, bool)>,
        supplies: &[Found],
    ) -> Option<(Vec<usize>, bool)> {
        let mut clients: Vec<usize> = Vec::new();
        for f in supplies.iter().filter(|f| f.rel == RelType::Supplies) {
            let key = arg_key(self.mentions, f.object);
            if !clients.iter().any(|&c| arg_key(self.mentions, c) == key) {
                clients.push(f.object);
            }
        }
        match clients[..] {
            [one] => return Some((vec![one], false)),
            [_, _, ..] => return None,
            [] => {}
        }
        // The subject of a verb of winning is the supplier (`Thales a remporté un contrat`);
        // the one who awards stands before the verb (`It awarded Nokia a contract`: Nokia
        // pays nothing).
        let awarded = self.handout(m) == Handout::Awarded;
        subject.filter(|(group, _)| {
            !self.contract_won(m)
                && (!awarded || group.first().is_some_and(|&i| self.awards_after(i, m)))
        })
    }

    /// Whether a `win` marker stands in the clause of contract noun `m`, or a verb of
    /// awarding in the passive: its subject wins the contract (`Thales a remporté un
    /// contrat`, `Nokia won a contract`, `hat einen Auftrag über 2 Milliarden Euro erhalten`,
    /// `Nokia was awarded a contract`).
    pub(super) fn contract_won(&self, m: CueMatch) -> bool {
        matches!(self.handout(m), Handout::Won | Handout::AwardedPassive)
    }

    /// The orders a won contract brings its winners `winners` (see the module
    /// documentation): the contract's own amount, its complement (`une commande d'environ
    /// 180 millions d'euros`, `a contract worth $2 billion`) or its attribute before the
    /// noun (`a $1 billion contract`).
    fn won_orders(&self, m: CueMatch, winners: &[usize], out: &mut Vec<Found>) {
        let own = (0..self.mentions.len()).find(|&mi| {
            self.mentions[mi].kind == Kind::Money
                && (self.complement_of(mi, m) || self.attribute_of(mi, m))
        });
        let Some(mi) = own else { return };
        for &s in winners {
            out.push(self.cue_fact(RelType::Orders, m, s, mi));
        }
    }

    /// Whether amount `mi` stands after a beneficiary or `against` marker (`für 450
    /// Millionen`, `for $1 billion`, `contre 2 milliards`, `gegen 5 Milliarden`), the words
    /// introducing a price. (`against` words are no marker to [`Sentence::marker_before`],
    /// so that `contre` keeps its other readings; the word right before the amount counts.)
    fn price_marked(&self, mi: usize) -> bool {
        self.marker_before(mi).contains(&Role::Beneficiary)
            || self.ranges[mi].is_some_and(|(a, _)| {
                a > 0
                    && (self.has_role(a - 1, Role::Against)
                        || self.has_role(a - 1, Role::Det)
                            && a > 1
                            && self.has_role(a - 2, Role::Against))
            })
            || self.price_phrase(mi)
    }

    /// Whether amount `mi` is the price of purchase or payment cue `m` said after an apposition on
    /// what is bought, however long (`racheter UnitySC, le spécialiste grenoblois de …, pour
    /// 450 millions`, `acquire Ayar Labs, a startup that uses light …, for $2.4 billion`): a
    /// comma, then the price's marker (at most [`PRICE_PHRASE_WORDS`] + 2 tokens before
    /// the amount, no verb between), the cue before it in a main clause at most
    /// [`RESUMED_PRICE_TOKENS`] back, and no other price cue between.
    pub(super) fn resumed_price(&self, mi: usize, m: CueMatch, cues: &[CueMatch]) -> bool {
        let pays = |c: CueMatch| {
            self.frame(c) == Frame::Price || self.rules.cues[c.cue].rel == RelType::Pays
        };
        if !pays(m) {
            return false;
        }
        let Some((a, _)) = self.ranges[mi] else { return false };
        if a <= m.end || a - m.end > RESUMED_PRICE_TOKENS || !self.price_marked(mi) {
            return false;
        }
        let Some(comma) = (a.saturating_sub(PRICE_PHRASE_WORDS + 3)..a)
            .rev()
            .find(|&t| self.tokens[t].lower == ",")
        else {
            return false;
        };
        let main = self.clauses.clauses[self.clauses.of(m.start)].kind == ClauseKind::Main;
        main && !(comma..a).any(|t| self.verb_tokens[t])
            && !cues.iter().any(|&c| c.start > m.start && c.start < a && pays(c))
    }

    /// Whether amount `mi` completes a noun phrase a beneficiary marker opens (`pour une
    /// valeur d'entreprise de 700 millions`, `für einen Kaufpreis von 85 Millionen`): a
    /// genitive marker right before it, and before that at most [`PRICE_PHRASE_WORDS`]
    /// plain words back to the marker.
    fn price_phrase(&self, mi: usize) -> bool {
        let Some((a, _)) = self.ranges[mi] else { return false };
        if a < 2 || !self.has_role(a - 1, Role::Genitive) {
            return false;
        }
        let lo = (a - 1).saturating_sub(PRICE_PHRASE_WORDS + 1);
        for t in (lo..a - 1).rev() {
            if self.has_role(t, Role::Beneficiary) {
                return true;
            }
            let plain = self.tokens[t].kind == TokenKind::Word
                && !self.in_mention(t)
                && !self.verb_tokens[t]
                && !self.cue_tokens[t];
            if !plain {
                return false;
            }
        }
        false
    }

    /// The payer of price noun `m` that names no company bought (`deal`, `Transaktion`):
    /// the one buyer of the last purchase verb before it in the sentence (`Qualcomm agreed to
    /// acquire Tenstorrent … in a deal valued at $3.6 billion`, `Microsoft agreed to rent
    /// capacity from CoreWeave, in deals worth $36 billion`): the subject of a `pays` verb, or
    /// the buyer of a `purchase` cue with its supplier named. No such verb, or several
    /// buyers: `None`.
    pub(super) fn deal_buyer(&self, m: CueMatch) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        if cue.frame != Frame::Price || cue.pos != Pos::Noun || self.names_bought(m) {
            return None;
        }
        let verb = self.cue_matches().into_iter().rev().find(|r| {
            let c = &self.rules.cues[r.cue];
            r.end <= m.start
                && ((c.rel == RelType::Pays && matches!(c.pos, Pos::Verb | Pos::Participle))
                    || (c.rel == RelType::Supplies && c.pos == Pos::Purchase))
        })?;
        // A verb whose subject may stand on either side (`hat Wandelbots übernommen`) or
        // that stands in the passive (`a été racheté`) does not say who buys.
        let c = &self.rules.cues[verb.cue];
        if c.rel == RelType::Pays
            && (c.frame != Frame::Price && c.subject != Side::Before || self.passive_before(verb))
        {
            return None;
        }
        let buyers = match self.rules.cues[verb.cue].pos {
            Pos::Purchase => self.purchase_args(verb)?.1,
            _ => match self.subject(verb)? {
                (group, false) => group,
                _ => return None,
            },
        };
        match buyers[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Whether a passive auxiliary stands right before cue `m` ([`PASSIVE_REACH`] tokens).
    fn passive_before(&self, m: CueMatch) -> bool {
        (m.start.saturating_sub(PASSIVE_REACH)..m.start).any(|t| self.has_role(t, Role::AuxPassive))
    }

    /// Whether price noun `m` names a company it buys: one after a genitive marker behind it
    /// in its clause and window.
    fn names_bought(&self, m: CueMatch) -> bool {
        self.near(Kind::Company, m).iter().any(|&(i, _)| self.frame_excludes(m, i))
    }

    /// Whether company `i` is among the investors a seat verb of the sentence names (`led`,
    /// `mené par`, `angeführt von`).
    fn seat_holder(&self, i: usize) -> bool {
        let key = arg_key(self.mentions, i);
        self.cue_matches()
            .into_iter()
            .filter(|r| self.rules.cues[r.cue].pos == Pos::Seat)
            .filter_map(|r| self.subject(r))
            .any(|(group, _)| group.iter().any(|&j| arg_key(self.mentions, j) == key))
    }

    /// The company a `raises` cue names as the one a round is for, after a beneficiary
    /// marker behind it (`Finanzierungsrunde für Aleph Alpha`), or for a round noun, the one
    /// it goes into, right after a `target` marker behind it (`led a $1 billion round in
    /// Nscale`, `eine Runde in Aleph Alpha`). `companies`: the cue's names ([`Sentence::near`]).
    pub(super) fn round_beneficiary(
        &self,
        m: CueMatch,
        companies: &[(usize, Place)],
    ) -> Option<usize> {
        let beneficiary = |&&(i, p): &&(usize, Place)| {
            !p.before && self.group_marker(i, Kind::Company).contains(&Role::Beneficiary)
        };
        let target = |&&(i, p): &&(usize, Place)| {
            !p.before && self.frame(m) == Frame::Funding && self.directly_after(i, Role::Target)
        };
        companies
            .iter()
            .find(beneficiary)
            .or_else(|| companies.iter().find(target))
            .map(|&(i, _)| i)
    }

    /// Whether token `t` is a `capex` word, or in German a compound ending in one.
    fn capex_at(&self, t: usize) -> bool {
        if self.has_role(t, Role::Capex) {
            return true;
        }
        let tok = &self.tokens[t];
        self.lang == Lang::De
            && tok.kind == TokenKind::Word
            && !self.in_mention(t)
            && self.rules.markers.get(&self.lang).is_some_and(|words| {
                words.iter().any(|(w, roles)| {
                    roles.contains(&Role::Capex)
                        && tok.lower.len() >= w.len() + COMPOUND_HEAD
                        && tok.lower.ends_with(w.as_str())
                })
            })
    }

    /// Whether amount `mi` may be bound to cue `m`: never after an agent marker; as far as
    /// the cue's frame goes, a price verb takes only the amount after a beneficiary or
    /// `against` marker (`übernimmt X für 450 Millionen`, `acquired X for $1 billion`,
    /// `rachète 20 % de X contre 2 milliards`); a price noun needs the company it buys; a
    /// build cue needs a `capex` word in its clause and window.
    pub(super) fn frame_takes_amount(&self, m: CueMatch, mi: usize) -> bool {
        // An amount after an agent marker is a means or a change, no cue's object (`backed by
        // $6.1 billion in grants`, `rose by $2 billion`).
        if self.marker_before(mi).contains(&Role::Agent) {
            return false;
        }
        match self.frame(m) {
            Frame::Price if self.rules.cues[m.cue].pos != Pos::Noun => {
                return self.price_marked(mi);
            }
            // A purchase noun states a price when it names the company bought (`rachat de
            // Sesterce`), not shares or goods (`rachat d'actions`, `purchase commitments`),
            // or concludes the purchase a verb of the sentence states (`agreed to acquire X
            // in a deal valued at $3.6 billion`).
            Frame::Price => return self.names_bought(m) || self.deal_buyer(m).is_some(),
            Frame::Build => {}
            _ => return true,
        }
        let window = self.rules.cues[m.cue].window;
        let own = self.clauses.of(m.start);
        let lo = m.start.saturating_sub(window);
        let hi = (m.end + window).min(self.tokens.len());
        (lo..hi)
            .any(|t| (t < m.start || t >= m.end) && self.clauses.of(t) == own && self.capex_at(t))
    }

    /// The one company the sentence's `raises` verbs name (their subjects), for a round or
    /// a valuation with no name of its own; none, or several, gives `None`.
    fn sentence_raiser(&self, m: CueMatch) -> Option<(usize, CueMatch)> {
        if self.raiser_search.replace(true) {
            return None;
        }
        let found = self.raiser_among_cues(m);
        self.raiser_search.set(false);
        found
    }

    /// See [`Self::sentence_raiser`]: the subjects of the `raises` verbs and round nouns
    /// other than `m` (a round noun's own subject only, not the raiser of another round).
    fn raiser_among_cues(&self, m: CueMatch) -> Option<(usize, CueMatch)> {
        let mut found: Option<(usize, CueMatch)> = None;
        for r in self.cue_matches() {
            let cue = &self.rules.cues[r.cue];
            if cue.rel != RelType::Raises
                || !(cue.frame == Frame::Funding || matches!(cue.pos, Pos::Verb | Pos::Participle))
                || r.start == m.start
            {
                continue;
            }
            let Some((group, false)) = self.subject(r) else { continue };
            for i in group {
                match found {
                    Some((j, _)) if arg_key(self.mentions, j) != arg_key(self.mentions, i) => {
                        return None
                    }
                    Some(_) => {}
                    None => found = Some((i, r)),
                }
            }
        }
        found
    }

    /// The raiser of cue `m` when it names no company of its own: a funding round (`as part
    /// of a €400 million funding round`) or a valuation (`at a valuation of $830 billion`,
    /// `ce qui la valorise à 28 milliards`) in a sentence whose `raises` verbs name exactly
    /// one company.
    pub(super) fn round_raiser(&self, m: CueMatch) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        if cue.rel != RelType::Values && cue.frame != Frame::Funding {
            return None;
        }
        self.sentence_raiser(m).map(|(i, _)| i)
    }

    /// The raiser a valuation after a raise stands for, even where another name is nearer
    /// (`X raised $1 billion from Y at a valuation of $8 billion`): a `values` cue after the
    /// sentence's one `raises` verb, in its clause or in a relative clause after it, with no
    /// name of its own (no genitive name right after a noun, no name between a verb and the
    /// amount it values, no possessive before it).
    pub(super) fn valuation_raiser(&self, m: CueMatch) -> Option<usize> {
        let cue = &self.rules.cues[m.cue];
        if cue.rel != RelType::Values {
            return None;
        }
        let (raiser, r) = self.sentence_raiser(m)?;
        if r.end > m.start {
            return None;
        }
        let own = self.clauses.of(m.start);
        let related = own == self.clauses.of(r.start)
            || matches!(self.clauses.clauses[own].kind, ClauseKind::Relative { .. });
        if !related || self.possessed(m) {
            return None;
        }
        let named = (0..self.mentions.len()).any(|i| {
            let Some((a, _)) = self.ranges[i] else { return false };
            self.mentions[i].kind == Kind::Company
                && a >= m.end
                && a <= m.end + 3
                && self.clauses.of(a) == own
                && (cue.pos != Pos::Noun || self.marker_before(i).contains(&Role::Genitive))
        });
        (!named).then_some(raiser)
    }

    /// Whether a possessive name stands right before cue `m` (`Y's valuation`).
    fn possessed(&self, m: CueMatch) -> bool {
        m.start > 0
            && (0..self.mentions.len()).any(|i| {
                self.mentions[i].kind == Kind::Company
                    && self.ranges[i].is_some_and(|(_, e)| e == m.start || e + 1 == m.start)
            })
    }

    /// Pairs the amounts of a cue with a `respective` word in its clause with the names of
    /// its subject list, in order: as many amounts as names keep the pair of each rank; any
    /// other count (an amount went unrecognised: `100 bzw. 200 Millionen`) drops the cue's
    /// amounts.
    pub(super) fn distribute_respective(&self, cues: &[CueMatch], out: &mut Vec<Found>) {
        for &m in cues {
            let cue = &self.rules.cues[m.cue];
            if cue.rel.object_kind() != Kind::Money || !self.respective_near(m) {
                continue;
            }
            let trigger = Some(self.trigger(m));
            let mine = |f: &Found| {
                f.rel == cue.rel
                    && f.trigger == trigger
                    && self.mentions.get(f.object).is_some_and(|o| o.kind == Kind::Money)
            };
            let mut names: Vec<usize> = Vec::new();
            let mut amounts: Vec<usize> = Vec::new();
            for f in out.iter().filter(|f| mine(f)) {
                if !names.contains(&f.subject) {
                    names.push(f.subject);
                }
                if !amounts.contains(&f.object) {
                    amounts.push(f.object);
                }
            }
            if amounts.is_empty() {
                continue;
            }
            names.sort_unstable();
            amounts.sort_unstable();
            let paired = names.len() == amounts.len();
            out.retain(|f| {
                !mine(f)
                    || (paired
                        && names.iter().position(|&n| n == f.subject)
                            == amounts.iter().position(|&a| a == f.object))
            });
        }
    }

    /// Whether a `respective` word stands in the clause of cue `m`, within its window.
    fn respective_near(&self, m: CueMatch) -> bool {
        let window = self.rules.cues[m.cue].window;
        let own = self.clauses.of(m.start);
        let lo = m.start.saturating_sub(window);
        let hi = (m.end + window).min(self.tokens.len());
        (lo..hi).any(|t| self.clauses.of(t) == own && self.has_role(t, Role::Respective))
    }
}
