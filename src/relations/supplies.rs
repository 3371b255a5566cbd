//! `supplies` read from the customer's side: customer role nouns in their frames, and a
//! production participle whose customer is the maker of the chip it qualifies.
//!
//! Everything a language contributes is data: the role nouns are `role-object` rows of
//! `cues.csv` (`Kunden`, `clients`, `customers`), and the markers they stand after are
//! `recipient` rows of `markers.csv` (`an`, `à`, `aux`, `to`). The shapes:
//!
//! - a customer noun after a recipient marker names the receivers of what the clause's
//!   subject gives: `Bosch verkauft an Kunden wie VW` (Bosch → VW), `à des clients comme`,
//!   `to customers such as`; the names after it are part of that phrase, never the
//!   subject of the clause's verb;
//! - a role noun fronted with a possessive: `Parmi ses clients, Soitec cite A et B`, `Zu
//!   seinen Kunden zählt Infineon Bosch`, `Among its customers, Micron counts Dell`: the
//!   possessive refers to the first name after the phrase, the bearers are the names after
//!   that one;
//! - a role noun with a possessor, in apposition to the bearer before it: `Dell, Micron's
//!   largest customer` (Micron → Dell);
//! - a production participle with an agent and no customer in its clause: the customer is
//!   the maker of the chip the participle qualifies (a `makes` of the sentence: `les
//!   processeurs Rhea de SiPearl, gravés par TSMC`), else, after a possessive, the subject
//!   of the clause the possessive stands in (`Google setzt seine TPU-Chips ein, die von TSMC
//!   gefertigt werden`, `has its accelerators produced by GlobalFoundries`);
//! - a delivery noun (`delivery` rows: `livraisons`, `Lieferungen`, `shipments`): the client
//!   is the name after a recipient marker, the supplier its genitive or the clause's subject;
//! - an order noun (`order` rows: `Auftrag`, `Aufträge`, `orders`, `commandes`): the client
//!   is the name after a marker of origin (`von`, `from`; a genitive after the noun) on
//!   either side of the noun (`hat von ASML den größten Auftrag erhalten`, `Aufträge von
//!   Infineon und Bosch`, `received orders from Apple`), the supplier the name after a
//!   recipient marker after it (`einen Auftrag an Oracle vergeben`), else the clause's
//!   subject; no origin and no recipient, or a possessive before the noun (`réduit ses
//!   commandes`), no fact. The verb that hands the order out widens both
//!   ([`Sentence::handout`], markers `win` and `award`): after a verb of winning a source or
//!   comitative names the client (`remporté un contrat … auprès d'Airbus`); after a verb of
//!   awarding a recipient on either side, a source or comitative, or the bare name after
//!   the verb names the supplier (`attribué à Thales un contrat`, `placed an order with
//!   Nokia`, `Vodafone awarded Nokia a contract`); a `handed-order` noun (French `contrat`)
//!   is read only then;
//! - a supply contract (`comitative` rows of type `supplies`: `accord de fourniture`,
//!   `Liefervertrag`, `supply agreement`): the clause's subject supplies the company after
//!   `avec`/`mit`/`with` (`Soitec a signé avec Samsung un accord de fourniture`), read by the
//!   comitative machinery of `mod.rs`;
//! - a purchase or use cue with no source name (`exploite`, `nutzt`, `uses`, `buy`): the
//!   maker of the first chip after it (a `makes` of the sentence), or with no chip the name
//!   completing the goods after it (`utilise des puces de Nvidia`), supplies the nearest plain
//!   name before that chip (`Sesterce, qui exploite des GPU H200 de Nvidia`, `buy capacity on
//!   Google's TPU chips`), unless that name is of the maker's corporate family (`AWS nutzt
//!   Trainium2`).
//!
//! And the guards these need: the names a role noun lists are no passive agent's object
//! (`counts A and B among its shareholders and has its chips produced by F`: F → subject
//! only); the owner in an apposition (`Eviden, filiale d'Atos`) is no argument of the
//! clause's other cues; a marker that is a word of the cue itself (`equipped with AMD's`)
//! makes no oblique; and two list rules (a comma right before a list word joins no two
//! names, `par SMIC, et Cambricon, dont …`; after a list word an article and two words of
//! apposition lead to a member, `sowie der Auftragsfertiger TSMC`).

use super::clause::{ends_segment, ClauseKind};
use super::{
    entity_key, related, CueMatch, Found, Place, Pos, Role, Sentence, Voice, APPOSITION_WORDS,
    ROLE_GAP,
};
use crate::gazetteer::Gazetteer;
use crate::mention::{Kind, RelType};
use crate::tokenize::TokenKind;

/// Tokens a role noun fronted with a possessive may have before it, two (`Zu seinen
/// wichtigsten Kunden`), and between it and the clause's subject (`Parmi ses clients dans ce
/// domaine, Soitec`).
pub const FRONT_TOKENS: usize = 4;
/// Tokens before a production participle (or before its relative clause) searched for the
/// possessive of what is produced (`seine eigenen TPU-Chips ein, die …`).
pub const PRODUCT_TOKENS: usize = 5;
/// Tokens before a verb of awarding searched for a passive auxiliary (`was awarded`, `a été
/// attribué`).
const PASSIVE_AWARD: usize = 2;

/// How the clause of an order or contract noun hands it out ([`Sentence::handout`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Handout {
    /// No verb of winning or awarding.
    Plain,
    /// `remporte`, `erhält`, `wins`: the subject is the supplier.
    Won,
    /// `attribue`, `erteilt`, `awards`, `placed`: the subject is the client.
    Awarded,
    /// `a été attribué`, `was awarded`: the agent is the client.
    AwardedPassive,
}

impl Handout {
    /// The marker roles that name an order's client (origin) and supplier (recipient). A
    /// source (`bei`, `auprès`) says nothing by itself: `Aufträge bei TSMC platziert` names
    /// the supplier, `commandes auprès d'Orange` (enregistrées) the client. After a verb of
    /// winning a genitive is another noun's (`avec le soutien de Safran`) and `à` no supplier
    /// (`face à Leonardo`); the client stands after a source, origin or comitative (`de la
    /// part d'Airbus`: `part` is an origin). After a verb of awarding a source or comitative
    /// names the supplier (`placed an order with Nokia`).
    fn roles(self) -> (Vec<Role>, Vec<Role>) {
        let origin = vec![Role::AgentVerb, Role::Agent, Role::Genitive, Role::Origin];
        match self {
            Handout::Won => (
                vec![Role::AgentVerb, Role::Agent, Role::Origin, Role::Source, Role::Comitative],
                vec![],
            ),
            Handout::Awarded => (origin, vec![Role::Recipient, Role::Source, Role::Comitative]),
            Handout::AwardedPassive | Handout::Plain => (origin, vec![Role::Recipient]),
        }
    }
}

impl Sentence<'_> {
    /// Whether token `t` may stand between a marker and the noun it governs: an article
    /// or a plain word (`an wichtige Kunden`, `à des clients`).
    fn noun_phrase_word(&self, t: usize) -> bool {
        let tok = &self.tokens[t];
        tok.is_word()
            && !self.in_mention(t)
            && (self.roles(t).is_empty() || self.has_role(t, Role::Det))
    }

    /// Whether, going back from token `from` (exclusive) over at most an article and
    /// [`APPOSITION_WORDS`] words, a marker with one of `roles` stands.
    fn governed_by(&self, from: usize, roles: &[Role]) -> bool {
        let mut t = from;
        for _ in 0..=APPOSITION_WORDS + 1 {
            if t == 0 {
                return false;
            }
            t -= 1;
            if roles.iter().any(|&r| self.has_role(t, r)) {
                return true;
            }
            if !self.noun_phrase_word(t) {
                return false;
            }
        }
        false
    }

    /// Whether company mention `i` is a name apposed to a noun after a recipient or
    /// oblique marker (`an Kunden wie TSMC`, `to customers such as Dell`, `avec des
    /// partenaires comme Thales`): part of that phrase, never the subject of a verb.
    pub(super) fn in_oblique_phrase(&self, i: usize) -> bool {
        let head = self.group(i, Kind::Company).first().copied().unwrap_or(i);
        let Some((a, _)) = self.ranges[head] else { return false };
        let mut t = a;
        while t > 0 && self.has_role(t - 1, Role::Apposition) {
            t -= 1;
        }
        t < a && self.governed_by(t, &[Role::Recipient, Role::Oblique])
    }

    /// For a customer noun after a recipient marker (`an Kunden wie VW`, `à des clients
    /// comme`, `to customers such as`), the clause's subject: the first plain name of the
    /// noun's clause before it, outside the bearer's group.
    pub(super) fn recipient_other(&self, bearer: usize, m: CueMatch) -> Option<usize> {
        if self.rules.cues[m.cue].pos != Pos::RoleObject
            || !self.governed_by(m.start, &[Role::Recipient])
        {
            return None;
        }
        let group = self.group(bearer, Kind::Company);
        let own = self.clauses.of(m.start);
        self.first_plain_company(&group, |(_, b)| b <= m.start && self.clauses.of(b - 1) == own)
    }

    /// A role noun fronted with a possessive at the start of the sentence (`Parmi ses
    /// clients, Soitec cite A et B`, `Zu seinen Kunden zählt Infineon Bosch und Conti`,
    /// `Among its customers, Micron counts Dell`): the first name after it is what the
    /// possessive refers to (the other), the names right after that one (a verb at most
    /// between, no list word) are the bearers. As `(bearers, [other])`.
    pub(super) fn fronted_possessive_args(&self, m: CueMatch) -> Option<(Vec<usize>, Vec<usize>)> {
        let possessive = (m.start.saturating_sub(2)..m.start)
            .find(|&t| self.all_roles(t).contains(&Role::Possessive))?;
        let name_before =
            |t: usize| (0..self.mentions.len()).any(|i| self.ranges[i].is_some_and(|(a, _)| a < t));
        if possessive > FRONT_TOKENS - 2 || name_before(m.start) {
            return None;
        }
        let companies: Vec<usize> = (0..self.mentions.len())
            .filter(|&i| {
                self.mentions[i].kind == Kind::Company && !self.media[i] && !self.modifier(i)
            })
            .filter(|&i| self.ranges[i].is_some_and(|(a, _)| a >= m.end))
            .collect();
        let (&other, rest) = companies.split_first()?;
        let (o_start, o_end) = self.ranges[other]?;
        let &bearer = rest.first()?;
        let (b_start, _) = self.ranges[bearer]?;
        // The other stands right after the phrase (a verb, or a short phrase closed by a
        // comma, between) and the bearer right after the other (a verb between at most).
        let plain =
            |t: usize| self.tokens[t].kind != TokenKind::Punct || self.tokens[t].lower == ",";
        if o_start - m.end > FRONT_TOKENS
            || (o_start - m.end > 1 && self.tokens[o_start - 1].lower != ",")
            || !(m.end..o_start).all(plain)
            || b_start - o_end > 1
            || (o_end..b_start).any(|t| !self.tokens[t].is_word() || self.has_role(t, Role::List))
        {
            return None;
        }
        let bearers: Vec<usize> = self
            .group(bearer, Kind::Company)
            .into_iter()
            .filter(|&i| self.ranges[i].is_some_and(|(a, _)| a >= b_start))
            .collect();
        Some((bearers, vec![other]))
    }

    /// `A, S's largest customer`: when the name right before role noun `m` is a possessor
    /// (`'s`, `'`) and a name ends right before the comma that opens its phrase, that name
    /// is the bearer and the possessor the other. As `(bearer, other)`.
    pub(super) fn possessor_apposition(
        &self,
        before: usize,
        m: CueMatch,
    ) -> Option<(usize, usize)> {
        let (a, b) = self.ranges[before]?;
        let clitic =
            self.tokens.get(b).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s" | "'" | "’"));
        if !clitic || b >= m.start || a < 2 || self.tokens[a - 1].lower != "," {
            return None;
        }
        let bearer = self.company_ending(a - 1, m)?;
        (bearer != before).then_some((bearer, before))
    }

    /// The names that stand as the bearer of a role noun among `cues`: listed as
    /// shareholders, customers, subsidiaries… they are not what another cue's agent acts on
    /// (`counts A and B among its shareholders and has its chips produced by F`).
    pub(super) fn role_bearers(&self, cues: &[CueMatch]) -> Vec<usize> {
        cues.iter()
            .filter(|m| matches!(self.rules.cues[m.cue].pos, Pos::RoleSubject | Pos::RoleObject))
            .filter_map(|&m| self.role_args(m))
            .flat_map(|(bearer, _)| bearer)
            .collect()
    }

    /// Whether the marker before the group of company mention `i` (an article at most
    /// between) is a word of cue `m` itself (`equipped with AMD's accelerators`): it belongs
    /// to the cue's frame and does not make the name an oblique.
    pub(super) fn marked_by_cue(&self, i: usize, m: CueMatch) -> bool {
        let head = self.group(i, Kind::Company).first().copied().unwrap_or(i);
        let Some((a, _)) = self.ranges[head] else { return false };
        let t = if a >= 2 && self.has_role(a - 1, Role::Det) { a - 2 } else { a.wrapping_sub(1) };
        t < a && (m.start..m.end).contains(&t)
    }

    /// The other names of role nouns in apposition to their bearer (`Eviden, filiale
    /// d'Atos`, `TSMC, der Auftragsfertiger von Apple`): they describe the bearer and are no
    /// argument of the clause's other cues.
    pub(super) fn apposed_role_others(&self, cues: &[CueMatch]) -> Vec<usize> {
        let mut out = Vec::new();
        for &m in cues {
            if !matches!(self.rules.cues[m.cue].pos, Pos::RoleSubject | Pos::RoleObject) {
                continue;
            }
            let Some((bearer, other)) = self.role_args(m) else { continue };
            let apposed = bearer
                .iter()
                .filter_map(|&b| self.ranges[b])
                .any(|(_, e)| e <= m.start && (e..m.start).any(|t| self.tokens[t].lower == ","));
            if apposed {
                out.extend(other);
            }
        }
        out
    }

    /// The supplier and the client of a delivery noun (`livraisons d'équipements au chinois
    /// SMIC`, `Lieferungen an SMIC`, `shipments to Huawei`): the client is the name after a
    /// recipient marker in the cue's clause and window, after the noun; the supplier a
    /// genitive name between the noun and the client (`livraisons d'ASML à SMIC`), else the
    /// first plain name of the clause before the noun, else the relative clause's antecedent.
    pub(super) fn delivery_args(&self, m: CueMatch) -> Option<(Vec<usize>, Vec<usize>)> {
        let companies = self.near(Kind::Company, m);
        let &(client, _) = companies.iter().find(|&&(i, p)| {
            !p.before && self.group_marker(i, Kind::Company).contains(&Role::Recipient)
        })?;
        let client_start = self.ranges[client]?.0;
        // Selling a part of the company or a stake in one is no supply (`verkauft sein
        // Geschäft … an KKR`, `sell a 70% stake in its network business to Apollo`); a
        // share of one's output is (`vend 40 % de sa production à Samsung`).
        if self.stake_words(m.end, client_start) {
            return None;
        }
        let genitive = companies.iter().find(|&&(i, p)| {
            !p.before
                && self.ranges[i].is_some_and(|(a, _)| a < client_start)
                && self.marker_before(i).contains(&Role::Genitive)
        });
        let own = self.clauses.of(m.start);
        let subject = || {
            (0..self.mentions.len()).find(|&i| {
                self.mentions[i].kind == Kind::Company
                    && !self.media[i]
                    && !self.modifier(i)
                    && companies.iter().any(|&(j, p)| j == i && p.before)
                    && self.ranges[i].is_some_and(|(a, _)| self.clauses.of(a) == own)
                    && self.marker_before(i).iter().all(|r| matches!(r, Role::Det | Role::List))
            })
        };
        let supplier =
            genitive.map(|&(i, _)| i).or_else(subject).or_else(|| self.subject_antecedent(m))?;
        let clients: Vec<usize> = self.group(client, Kind::Company);
        let suppliers: Vec<usize> = self
            .group(supplier, Kind::Company)
            .into_iter()
            .filter(|i| !clients.contains(i))
            .collect();
        (!suppliers.is_empty()).then_some((suppliers, clients))
    }

    /// Whether only a comma and a list word stand between names `x` and `y` (`…par SMIC,
    /// et Cambricon`): between the first two names that coordinates clauses, not names (a
    /// list of two takes no comma; `A, B, and C` takes one before its last member only).
    pub(super) fn comma_then_list_word(&self, x: usize, y: usize) -> bool {
        let (Some((_, xe)), Some((ys, _))) = (self.ranges[x], self.ranges[y]) else {
            return false;
        };
        ys == xe + 2 && self.tokens[xe].lower == "," && self.has_role(xe + 1, Role::List)
    }

    /// Whether tokens `t..name` are one or two words of apposition after a list word and
    /// an article (`und der Münchner Spezialist Helsing`, `sowie der Auftragsfertiger
    /// TSMC`): plain words or a noun cue (a role noun describing the name), no verb, marker
    /// or mention. After a comma the article may open a relative clause (`Arm, der
    /// mehrheitlich SoftBank gehört`) and joins nothing.
    pub(super) fn apposition_words_to(&self, t: usize, name: usize) -> bool {
        t > 1
            && t < name
            && name - t <= APPOSITION_WORDS
            && self.has_role(t - 1, Role::Det)
            && self.has_role(t - 2, Role::List)
            && (t..name).all(|u| {
                self.tokens[u].kind == TokenKind::Word
                    && !self.in_mention(u)
                    && !self.verb_tokens[u]
                    && self.roles(u).is_empty()
            })
    }

    /// `supplies` from production participles with an agent and no customer in their
    /// clause (see the module doc): agent → the maker of the chip the participle
    /// qualifies, else → the owner a possessive before the product refers to.
    pub(super) fn production_customers(&self, cues: &[CueMatch], found: &mut Vec<Found>) {
        for &m in cues {
            let cue = &self.rules.cues[m.cue];
            if cue.rel != RelType::Supplies
                || cue.pos != Pos::Participle
                || self.voice(m) != Voice::Passive
            {
                continue;
            }
            let trigger = Some(self.trigger(m));
            if found.iter().any(|f| f.rel == RelType::Supplies && f.trigger == trigger) {
                continue;
            }
            let Some(&(agent, _)) =
                self.near(Kind::Company, m).iter().find(|&&(i, _)| self.is_agent(cue, i))
            else {
                continue;
            };
            let agents: Vec<usize> = self
                .group(agent, Kind::Company)
                .into_iter()
                .filter(|&i| self.in_cue_clause(i, m))
                .collect();
            let customers = match self.produced_chip(m) {
                Some(chip) => self.chip_makers(chip, found),
                None => self.product_owner(m).into_iter().collect(),
            };
            for &s in &agents {
                for &o in &customers {
                    if entity_key(&self.mentions[s]) != entity_key(&self.mentions[o]) {
                        found.push(self.cue_fact(RelType::Supplies, m, s, o));
                    }
                }
            }
        }
    }

    /// The first token of the phrase a production participle qualifies: the start of its
    /// relative clause or apposition when it opens one, else the participle itself.
    fn product_end(&self, m: CueMatch) -> usize {
        let c = &self.clauses.clauses[self.clauses.of(m.start)];
        if c.start > 0 && c.kind != ClauseKind::Main {
            // The comma (or bracket) that opens the clause.
            c.start - 1
        } else if self.apposition(m) {
            m.start - 1
        } else {
            m.start
        }
    }

    /// The chip a production participle qualifies: the nearest chip mention ending at most
    /// [`ROLE_GAP`] tokens before it (or before its relative clause or apposition).
    fn produced_chip(&self, m: CueMatch) -> Option<usize> {
        let end = self.product_end(m);
        let own = self.clauses.of(m.start);
        (0..self.mentions.len())
            .filter(|&i| self.mentions[i].kind == Kind::Chip)
            .filter(|&i| {
                self.ranges[i].is_some_and(|(a, b)| {
                    b <= m.start && (self.clauses.of(a) == own || (b <= end && end - b <= ROLE_GAP))
                })
            })
            .max_by_key(|&i| self.ranges[i].map(|r| r.1))
    }

    /// The companies a `makes` of `found` gives as makers of `chip` (by entity).
    fn chip_makers(&self, chip: usize, found: &[Found]) -> Vec<usize> {
        let key = entity_key(&self.mentions[chip]);
        let mut makers: Vec<usize> = found
            .iter()
            .filter(|f| f.rel == RelType::Makes && entity_key(&self.mentions[f.object]) == key)
            .map(|f| f.subject)
            .collect();
        makers.dedup();
        makers
    }

    /// After a possessive at most [`PRODUCT_TOKENS`] tokens before a production participle
    /// (or its relative clause), the name it refers to: the first plain name of the
    /// possessive's clause before it.
    fn product_owner(&self, m: CueMatch) -> Option<usize> {
        let end = self.product_end(m);
        let possessive = (end.saturating_sub(PRODUCT_TOKENS)..end)
            .rev()
            .find(|&t| self.all_roles(t).contains(&Role::Possessive))?;
        let own = self.clauses.of(possessive);
        (0..self.mentions.len()).find(|&i| {
            self.mentions[i].kind == Kind::Company
                && !self.media[i]
                && !self.modifier(i)
                && self.ranges[i].is_some_and(|(a, b)| b <= possessive && self.clauses.of(a) == own)
                && self.marker_before(i).iter().all(|r| matches!(r, Role::Det | Role::List))
        })
    }

    /// How the clause of order or contract noun `m` hands it out: a verb of winning makes
    /// the subject the supplier (`Thales a remporté un contrat`), a verb of awarding the
    /// client (`Airbus a attribué à Thales un contrat`), unless it is passive (`Nokia was
    /// awarded a contract by Vodafone`, `le contrat a été attribué à Thales par Airbus`). A
    /// verb of winning in the clause beats one of awarding (`won a contract awarded by the
    /// Pentagon`).
    pub(super) fn handout(&self, m: CueMatch) -> Handout {
        // A verb of winning beats one of awarding (`won a contract awarded by the Pentagon`).
        if self.role_in_clause(m, Role::Win) {
            return Handout::Won;
        }
        match self.role_tokens_in_clause(m, Role::Award).next() {
            Some(t)
                if (t.saturating_sub(PASSIVE_AWARD)..t)
                    .any(|a| self.has_role(a, Role::AuxPassive)) =>
            {
                Handout::AwardedPassive
            }
            Some(_) => Handout::Awarded,
            None => Handout::Plain,
        }
    }

    /// Whether the marker of company `i` has one of `roles`. An auxiliary before the marker
    /// makes no compound preposition (`hat von ASML`, as `auprès de` is one): the marker right
    /// before the name (an article between) counts.
    fn order_marked(&self, i: usize, roles: &[Role]) -> bool {
        let outer = self.group_marker(i, Kind::Company);
        let found = if outer.iter().any(|r| matches!(r, Role::AuxActive | Role::AuxPassive)) {
            self.marker_token(i).map_or(&[][..], |t| self.roles(t))
        } else {
            outer
        };
        found.iter().any(|r| roles.contains(r))
    }

    /// The supplier a verb of awarding names with no marker (`Vodafone awarded Nokia a
    /// contract`, `Airbus hat Siemens einen Auftrag erteilt`): among the plain names before
    /// the noun, one right after the verb or its auxiliary with another before it.
    fn awarded_bare(&self, companies: &[(usize, Place)]) -> Option<usize> {
        let bare: Vec<usize> = companies
            .iter()
            .filter(|&&(i, p)| p.before && self.unmarked(i))
            .map(|&(i, _)| i)
            .collect();
        bare.iter().copied().find(|&i| {
            (self.directly_after(i, Role::Award) || self.directly_after(i, Role::AuxActive))
                && bare.iter().any(|&j| j != i && self.ranges[j] < self.ranges[i])
        })
    }

    /// Whether company `i` completes noun cue `m` through the genitive marker right before
    /// it, at most two plain words between (`des commandes pluriannuelles de Capgemini`; not
    /// `un contrat avec le soutien de Safran`).
    fn completes_noun(&self, i: usize, m: CueMatch) -> bool {
        let Some(marker) = self.marker_token(i) else { return false };
        marker >= m.end
            && marker - m.end <= 2
            && self.has_role(marker, Role::Genitive)
            && (m.end..marker).all(|t| self.roles(t).is_empty() && !self.in_mention(t))
    }

    /// Whether the marker right before company `i` (`d'` in `a obtenu d'Airbus`) follows a
    /// `role` word.
    fn verb_before_marker(&self, i: usize, role: Role) -> bool {
        self.marker_token(i).and_then(|t| t.checked_sub(1)).is_some_and(|t| self.has_role(t, role))
    }

    /// Whether a verb of awarding stands after company `i` in the clause of cue `m`: `i`
    /// may be the one who awards (`Airbus hat Siemens einen Auftrag erteilt`; not `It
    /// awarded Nokia a contract`).
    pub(super) fn awards_after(&self, i: usize, m: CueMatch) -> bool {
        self.ranges[i]
            .is_some_and(|(_, e)| self.role_tokens_in_clause(m, Role::Award).any(|t| t >= e))
    }

    /// The supplier and the client of an order noun (`Auftrag`, `Aufträge`, `contract`):
    /// the client is the name after a marker of origin (`von`, a genitive, an `origin`
    /// marker: `from`) in the cue's clause and window, on either side (`hat von ASML den
    /// größten Auftrag erhalten`, `Aufträge von Infineon und Bosch`); the supplier the name
    /// after a recipient marker after the noun (`einen Auftrag an TSMC vergeben`), else the
    /// clause's subject: the nearest plain name, else the relative clause's antecedent. No
    /// origin and no recipient, no relation (`hat einen Auftrag erhalten`).
    ///
    /// The verb that hands the order out widens both ([`Sentence::handout`]): after a verb
    /// of winning a source or comitative names the client too (`remporté un contrat …
    /// auprès d'Airbus`, `landed a contract with Vodafone`), as a genitive right after the
    /// verb does (`a obtenu d'Airbus un contrat`); after a verb of awarding a recipient on
    /// either side, a source or a comitative names the supplier (`attribué à Thales un
    /// contrat`, `placed an order with Nokia`), as does a bare name right after the verb
    /// or its auxiliary behind the subject (`Vodafone awarded Nokia a contract`, `Airbus hat
    /// Siemens einen Auftrag erteilt`).
    pub(super) fn order_args(&self, m: CueMatch) -> Option<(Vec<usize>, Vec<usize>)> {
        let companies = self.near(Kind::Company, m);
        let handout = self.handout(m);
        let marked = |i: usize, roles: &[Role]| self.order_marked(i, roles);
        let (origin, recipient) = handout.roles();
        // The orders of a possessive are its referent's, placed as a client (`réduit ses
        // commandes`): no frame here.
        if (m.start.saturating_sub(2)..m.start)
            .any(|t| self.all_roles(t).contains(&Role::Possessive))
        {
            return None;
        }
        // Before the noun a genitive belongs to another noun (`client de Soitec, réduit …`):
        // only a verb's `von`, an origin marker, or a genitive right after a verb of winning
        // names the client there.
        let from = companies
            .iter()
            .find(|&&(i, p)| {
                (marked(i, &origin)
                    && (!p.before || marked(i, &[Role::AgentVerb, Role::Agent, Role::Origin])))
                    || (handout == Handout::Won
                        && marked(i, &[Role::Genitive])
                        && (self.verb_before_marker(i, Role::Win) || self.completes_noun(i, m)))
            })
            .map(|&(i, _)| self.group(i, Kind::Company));
        let awarded = handout == Handout::Awarded;
        let to = companies
            .iter()
            .find(|&&(i, p)| (!p.before || awarded) && marked(i, &recipient))
            .map(|&(i, _)| i)
            .or_else(|| awarded.then(|| self.awarded_bare(&companies)).flatten())
            .map(|i| self.group(i, Kind::Company));
        let taken = |i: usize| {
            from.as_ref().is_some_and(|g| g.contains(&i))
                || to.as_ref().is_some_and(|g| g.contains(&i))
        };
        // The one who awards stands before the verb (`It awarded Nokia a contract`, `…,
        // Ericsson said`: no client named).
        let before_award = |i: usize| handout != Handout::Awarded || self.awards_after(i, m);
        let subject = companies
            .iter()
            .find(|&&(i, _)| {
                !taken(i)
                    && self.unmarked(i)
                    && !marked(i, &[Role::Recipient, Role::Genitive])
                    && !self.in_oblique_phrase(i)
                    && before_award(i)
            })
            .map(|&(i, _)| i)
            .or_else(|| self.subject_antecedent(m).filter(|&a| !taken(a)))
            .map(|i| self.group(i, Kind::Company));
        let (supplier, client) = match (to, from) {
            (Some(to), Some(from)) => (to, from),
            (Some(to), None) => (to, subject?),
            (None, Some(from)) => (subject?, from),
            (None, None) => return None,
        };
        let client: Vec<usize> = client.into_iter().filter(|i| !supplier.contains(i)).collect();
        (!client.is_empty()).then_some((supplier, client))
    }

    /// `supplies` from purchase cues that name no supplier (no `bei`, `auprès de`, `from`):
    /// the maker of the chip the cue governs (the first chip after it in its clause and
    /// window, with a `makes` of the sentence), or with no chip the maker of the goods after
    /// it (`utilise des puces de Nvidia`), supplies the buyer, the nearest plain name before
    /// that chip, when it is no maker (`Sesterce, qui exploite 10 000 GPU H200 de
    /// Nvidia`, `has expanded its use of Amazon's Trainium2`). A buyer of the maker's own
    /// corporate family (`AWS nutzt Trainium`) buys nothing.
    pub(super) fn purchase_makers(
        &self,
        cues: &[CueMatch],
        found: &mut Vec<Found>,
        gazetteer: &Gazetteer,
    ) {
        for &m in cues {
            let cue = &self.rules.cues[m.cue];
            if cue.rel != RelType::Supplies || cue.pos != Pos::Purchase {
                continue;
            }
            let trigger = Some(self.trigger(m));
            if found.iter().any(|f| f.rel == RelType::Supplies && f.trigger == trigger) {
                continue;
            }
            // The chip it governs stands in its segment (`all use Arm cores, and Google's
            // Axion chips entered production`: Axion is no object of `use`).
            let in_segment = |i: usize| {
                self.ranges[i]
                    .is_some_and(|(a, _)| !(m.end..a).any(|t| ends_segment(&self.tokens[t])))
            };
            let chip =
                self.near(Kind::Chip, m).into_iter().find(|&(i, p)| !p.before && in_segment(i));
            let (makers, chip_start) = match chip {
                Some((chip, _)) => {
                    let Some(start) = self.ranges[chip].map(|r| r.0) else { continue };
                    (self.chip_makers(chip, found), start)
                }
                // No chip named: the maker of the goods after the cue (`utilise des puces de
                // Nvidia`, `betreibt Nvidia-Grafikprozessoren`).
                None => {
                    let Some((g, _)) = self.near(Kind::Company, m).into_iter().find(|&(i, p)| {
                        !p.before
                            && in_segment(i)
                            && (self.plain_noun_complement(i) || self.modifier(i))
                    }) else {
                        continue;
                    };
                    let Some(start) = self.ranges[g].map(|r| r.0) else { continue };
                    // Shares or a part of a company are no goods (`buys shares from Bosch`).
                    if self.stake_words(m.end, start) {
                        continue;
                    }
                    (vec![g], start)
                }
            };
            let id = |i: usize| self.mentions[i].entity_id.as_str();
            let ours = |i: usize| makers.iter().any(|&k| related(gazetteer, id(i), id(k)));
            let buyer = self
                .near(Kind::Company, m)
                .into_iter()
                .filter(|&(i, _)| self.ranges[i].is_some_and(|(_, b)| b <= chip_start))
                // A genitive qualifies a noun (`Scaleway, la filiale cloud d'Iliad`): no buyer.
                .find(|&(i, _)| {
                    self.unmarked(i)
                        && !self.in_oblique_phrase(i)
                        && !self.group_marker(i, Kind::Company).contains(&Role::Genitive)
                })
                .map(|(i, _)| i)
                .or_else(|| self.subject_antecedent(m))
                .filter(|&b| !ours(b));
            let Some(buyer) = buyer else { continue };
            // The buyer's whole list buys (`Renault et Stellantis utilisent les puces de
            // Qualcomm`, `Bosch et Continental, qui utilisent …`).
            // A member after a marker is set against the buyers (`Contrairement à Nvidia,
            // Microsoft et Meta achètent …`), not one of them.
            let buyers = self.group(buyer, Kind::Company);
            for b in buyers.into_iter().filter(|&b| (b == buyer || self.bare_marker(b)) && !ours(b))
            {
                for &s in &makers {
                    if entity_key(&self.mentions[s]) != entity_key(&self.mentions[b]) {
                        found.push(self.cue_fact(RelType::Supplies, m, s, b));
                    }
                }
            }
        }
    }
}
