//! Table-driven tests of date extraction. Each case is one document: its front
//! matter gives the reference (document) date the case assumes (`-` for none) and
//! the language; the expected rows are every date mention of the text, as
//! (span text, value, mod).

use crate::common::{copy_dir, resources, root};
use veille::analyze::analyze_text;
use veille::mention::Kind;

/// One case: reference date (`-` for none), language, text, expected dates.
pub(crate) type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

fn dates_of(reference: &str, lang: &str, text: &str) -> Vec<(String, String, String)> {
    let front = if reference == "-" {
        format!("---\nlang: {lang}\n---\n")
    } else {
        format!("---\ndate: {reference}\nlang: {lang}\n---\n")
    };
    let doc = format!("{front}{text}\n");
    let analyses = analyze_text("t.txt", &doc, resources()).expect("analyzable");
    let a = &analyses[0];
    a.mentions
        .iter()
        .flatten()
        .filter(|m| m.kind == Kind::Date)
        .map(|m| {
            let md = m.mod_.map_or("", |d| d.as_str()).to_string();
            (m.span.slice(&a.doc.text).to_string(), m.value.clone(), md)
        })
        .collect()
}

pub(crate) fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (reference, lang, text, want) in cases {
        let got = dates_of(reference, lang, text);
        let want: Vec<(String, String, String)> =
            want.iter().map(|(s, v, m)| (s.to_string(), v.to_string(), m.to_string())).collect();
        if got != want {
            failures
                .push(format!("[{reference} {lang}] {text}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

const D: &str = "2025-06-11"; // a Wednesday
const M: &str = "2023-11"; // a document dated to the month
const NONE: &str = "-";

#[test]
fn absolute_french() {
    check(&[
        (D, "fr", "Le 19 mai 2025 marque un tournant.", &[("19 mai 2025", "2025-05-19", "")]),
        (
            D,
            "fr",
            "La loi entre en vigueur le 1er janvier 2026.",
            &[("1er janvier 2026", "2026-01-01", "")],
        ),
        (D, "fr", "Annoncée en janvier 2026, la puce arrive.", &[("janvier 2026", "2026-01", "")]),
        (
            D,
            "fr",
            "Blackwell (annoncée en mars 2024) a changé la donne.",
            &[("mars 2024", "2024-03", "")],
        ),
        (D, "fr", "Nicolas Masselot\nJuin 2026", &[("Juin 2026", "2026-06", "")]),
        (
            D,
            "fr",
            "La réunion du lundi 19 mai 2025 a duré.",
            &[("lundi 19 mai 2025", "2025-05-19", "")],
        ),
        (D, "fr", "Le rapport du 16/04/2025 est clair.", &[("16/04/2025", "2025-04-16", "")]),
        (
            D,
            "fr",
            "Le sommet du 14 juillet aura lieu à Paris.",
            &[("14 juillet", "2025-07-14", "")],
        ),
        (D, "fr", "Le contrat a été signé en mai.", &[("mai", "2025-05", "")]),
        (D, "fr", "En 2013, la justice américaine exige l'accès.", &[("2013", "2013", "")]),
        (
            D,
            "fr",
            "Le projet le plus radical de 2026 a été dévoilé en mars.",
            &[("2026", "2026", ""), ("mars", "2026-03", "")],
        ),
        (
            D,
            "fr",
            "Ces sujets ont été abordés lors du VivaTech 2025 à Paris.",
            &[("2025", "2025", "")],
        ),
        (
            D,
            "fr",
            "Le 3 févr. 2025, OpenAI a publié un rapport.",
            &[("3 févr. 2025", "2025-02-03", "")],
        ),
        (
            D,
            "fr",
            "Les obligations entrent en vigueur en décembre 2027.",
            &[("décembre 2027", "2027-12", "")],
        ),
        (D, "fr", "Il l'a été, et il reste là.", &[]),
        (
            D,
            "fr",
            "Le sommet s'est tenu les 10 et 11 février 2025 à Paris.",
            &[("10", "2025-02-10", ""), ("11 février 2025", "2025-02-11", "")],
        ),
        (
            D,
            "fr",
            "Les ventes de mars et avril 2026 ont chuté.",
            &[("mars", "2026-03", ""), ("avril 2026", "2026-04", "")],
        ),
        (
            D,
            "fr",
            "La décision tombera à la fin du mois de mai.",
            // A future month already past in the document's year is next year's.
            &[("fin du mois de mai", "2026-05", "END")],
        ),
        (D, "fr", "Ils étaient 3 et 4 millions en 2025.", &[("2025", "2025", "")]),
    ]);
}

#[test]
fn absolute_german() {
    check(&[
        (
            D,
            "de",
            "Am 19. Mai 2025 wurde der Vertrag unterzeichnet.",
            &[("19. Mai 2025", "2025-05-19", "")],
        ),
        (D, "de", "red/dpa 17.09.2024 - 08:48 Uhr", &[("17.09.2024", "2024-09-17", "")]),
        (D, "de", "Die Meldung vom 16.04.25 bestätigt das.", &[("16.04.25", "2025-04-16", "")]),
        (
            D,
            "de",
            "Montag, 19. Mai 2025 beginnt die Messe.",
            &[("Montag, 19. Mai 2025", "2025-05-19", "")],
        ),
        (D, "de", "Die Feier findet am 3. Oktober statt.", &[("3. Oktober", "2025-10-03", "")]),
        (D, "de", "Im Januar 2026 folgt der nächste Schritt.", &[("Januar 2026", "2026-01", "")]),
        (D, "de", "Die Anlage soll im Mai fertig sein.", &[("Mai", "2026-05", "")]),
        (D, "de", "Die Anlage war im Mai fertig.", &[("Mai", "2025-05", "")]),
        (D, "de", "Der Start ist im Jahr 2024 geplant.", &[("Jahr 2024", "2024", "")]),
        (D, "de", "Telekom: 2026 startet ein neues Projekt.", &[("2026", "2026", "")]),
        (D, "de", "Das 2019 in Heidelberg gegründete Unternehmen wächst.", &[("2019", "2019", "")]),
        (D, "de", "Im Sept. 2025 kam die Zusage.", &[("Sept. 2025", "2025-09", "")]),
        (D, "de", "Die Messe endet am 2025-04-16 in Berlin.", &[("2025-04-16", "2025-04-16", "")]),
        (
            D,
            "de",
            "Die Industrial AI Cloud startet November 4, 2025 offiziell.",
            &[("November 4, 2025", "2025-11-04", "")],
        ),
    ]);
}

#[test]
fn absolute_english() {
    check(&[
        (D, "en", "Jacky West / March 21, 2025", &[("March 21, 2025", "2025-03-21", "")]),
        (
            D,
            "en",
            "The deal closed on 21 March 2025 in London.",
            &[("21 March 2025", "2025-03-21", "")],
        ),
        (D, "en", "It shipped on March 21st, 2025.", &[("March 21st, 2025", "2025-03-21", "")]),
        (D, "en", "The filing dated 04/16/2025 was public.", &[("04/16/2025", "2025-04-16", "")]),
        (D, "en", "Sales rose in January 2026.", &[("January 2026", "2026-01", "")]),
        (D, "en", "The launch is set for July 4.", &[("July 4", "2025-07-04", "")]),
        (D, "en", "Results came in May.", &[("May", "2025-05", "")]),
        (D, "en", "Investors may worry about margins.", &[]),
        (D, "en", "May will be busy.", &[]),
        (D, "en", "The company was founded in 2013.", &[("2013", "2013", "")]),
        (
            D,
            "en",
            "On Monday, March 24, 2025 the shares fell.",
            &[("Monday, March 24, 2025", "2025-03-24", "")],
        ),
        (D, "en", "Revenue fell in Jan. 2026.", &[("Jan. 2026", "2026-01", "")]),
        (D, "en", "The note is dated Jan 15, 2026.", &[("Jan 15, 2026", "2026-01-15", "")]),
        (D, "en", "The note is dated 15 Jan 2026.", &[("15 Jan 2026", "2026-01-15", "")]),
    ]);
}

#[test]
fn periods() {
    check(&[
        (
            D,
            "fr",
            "Une disponibilité au second semestre 2026.",
            &[("second semestre 2026", "2026-H2", "")],
        ),
        (
            D,
            "fr",
            "Les ventes du premier trimestre 2026 progressent.",
            &[("premier trimestre 2026", "2026-Q1", "")],
        ),
        (D, "fr", "Le chiffre du T1 2026 est attendu.", &[("T1 2026", "2026-Q1", "")]),
        (
            D,
            "fr",
            "La livraison est prévue au troisième trimestre.",
            &[("troisième trimestre", "2025-Q3", "")],
        ),
        (D, "fr", "Le résultat du S1 2025 déçoit.", &[("S1 2025", "2025-H1", "")]),
        (
            D,
            "fr",
            "Le basculement est intervenu au printemps 2025.",
            &[("printemps 2025", "2025-SP", "")],
        ),
        (D, "fr", "Le chantier démarre au printemps.", &[("printemps", "2025-SP", "")]),
        (
            D,
            "fr",
            "Dans les années 2000, Jensen Huang a pris une décision.",
            &[("années 2000", "200", "")],
        ),
        (D, "fr", "Dans les années 90, tout a changé.", &[("années 90", "199", "")]),
        (
            D,
            "fr",
            "Pour l'exercice 2024, le groupe vise la hausse.",
            &[("exercice 2024", "2024", "")],
        ),
        (
            D,
            "fr",
            "Le troisième trimestre de l'exercice 2026 sera décisif.",
            &[("troisième trimestre de l'exercice 2026", "2026-Q3", "")],
        ),
        (D, "fr", "Cet été, Mistral lancera un modèle.", &[("Cet été", "2025-SU", "")]),
        (
            D,
            "de",
            "Die Cloud soll im ersten Quartal 2026 in Betrieb gehen.",
            &[("ersten Quartal 2026", "2026-Q1", "")],
        ),
        (
            D,
            "de",
            "Der Start ist für das erste Quartal 2026 vorgesehen.",
            &[("erste Quartal 2026", "2026-Q1", "")],
        ),
        (D, "de", "Im 1. Quartal 2026 steigt der Umsatz.", &[("1. Quartal 2026", "2026-Q1", "")]),
        (D, "de", "Im dritten Quartal sank der Gewinn.", &[("dritten Quartal", "2025-Q3", "")]),
        (
            D,
            "de",
            "Im zweiten Halbjahr 2026 folgt der Ausbau.",
            &[("zweiten Halbjahr 2026", "2026-H2", "")],
        ),
        (D, "de", "Der Rohbau soll im Herbst stehen.", &[("Herbst", "2025-FA", "")]),
        (D, "de", "Im Herbst 2024 begann der Bau.", &[("Herbst 2024", "2024-FA", "")]),
        (D, "de", "Die 2020er-Jahre gelten als Jahrzehnt der KI.", &[("2020er-Jahre", "202", "")]),
        (D, "de", "In den 90er Jahren war das anders.", &[("90er Jahren", "199", "")]),
        (D, "de", "Im Geschäftsjahr 2025 stieg der Umsatz.", &[("Geschäftsjahr 2025", "2025", "")]),
        (
            D,
            "de",
            "Das dritte Quartal des Geschäftsjahres 2026 wird stark.",
            &[("dritte Quartal des Geschäftsjahres 2026", "2026-Q3", "")],
        ),
        (
            D,
            "de",
            "Im Geschäftsjahr 2025/26 stieg der Umsatz.",
            &[("Geschäftsjahr 2025/26", "2025/2026", "")],
        ),
        (D, "en", "Revenue in Q3 2025 beat estimates.", &[("Q3 2025", "2025-Q3", "")]),
        // A month interval that a quarter word names is that quarter; without one it stays
        // an interval (past tense, months after the reference: last year's).
        (
            D,
            "en",
            "Net income for the July-September quarter rose.",
            &[("July-September", "2024-Q3", "")],
        ),
        (
            D,
            "fr",
            "Le chiffre d'affaires du trimestre juillet-septembre a progressé.",
            &[("juillet-septembre", "2024-Q3", "")],
        ),
        (
            D,
            "de",
            "Im Quartal Juli bis September stieg der Umsatz.",
            &[("Juli bis September", "2024-Q3", "")],
        ),
        (
            D,
            "en",
            "The July-September period was strong.",
            &[("July-September", "2024-07/2024-09", "")],
        ),
        // A relative year is no year for the months after it in the sentence: those keep
        // the document's (reference 2025-06-11).
        (
            D,
            "en",
            "Revenue rose, up from $210 million a year earlier, under a contract signed in January.",
            &[("a year earlier", "2024", ""), ("January", "2025-01", "")],
        ),
        (
            D,
            "en",
            "Shipments start in the first quarter of 2026.",
            &[("first quarter of 2026", "2026-Q1", "")],
        ),
        (D, "en", "Volume grows in H2 2026.", &[("H2 2026", "2026-H2", "")]),
        (
            D,
            "en",
            "The chip arrives in the first half of 2026.",
            &[("first half of 2026", "2026-H1", "")],
        ),
        (D, "en", "Prices peaked in the 1990s.", &[("1990s", "199", "")]),
        (D, "en", "Profit rose in fiscal 2025.", &[("fiscal 2025", "2025", "")]),
        (D, "en", "Guidance for FY2026 was raised.", &[("FY2026", "2026", "")]),
        (D, "en", "The plant opens in summer 2025.", &[("summer 2025", "2025-SU", "")]),
        (D, "en", "Hydrogen (H2) is a fuel.", &[]),
        (D, "en", "Revenue in Q3 beat estimates.", &[("Q3", "2025-Q3", "")]),
        (D, "en", "The first-quarter results were strong.", &[("first-quarter", "2025-Q1", "")]),
        (
            D,
            "de",
            "Herbst und Winter werden hart.",
            &[("Herbst", "2025-FA", ""), ("Winter", "2025-WI", "")],
        ),
        (D, "fr", "Il a déménagé dans un T3 à Lyon.", &[]),
    ]);
}

#[test]
fn modifiers() {
    check(&[
        (
            D,
            "fr",
            "Les revenus sont passés d'un milliard début 2025 à 47 milliards à la mi-2026.",
            &[("début 2025", "2025", "START"), ("mi-2026", "2026", "MID")],
        ),
        (
            D,
            "fr",
            "Huawei doit capter 60 % du marché d'ici fin 2026.",
            &[("fin 2026", "2026", "END")],
        ),
        (D, "fr", "Doubler la part de marché d'ici 2030.", &[("2030", "2030", "BEFORE")]),
        (
            D,
            "fr",
            "Jusqu'en 2024, ASML s'est opposée aux restrictions.",
            &[("2024", "2024", "BEFORE")],
        ),
        (D, "fr", "Elles sont en production de masse depuis 2025.", &[("2025", "2025", "AFTER")]),
        (D, "fr", "La plateforme est développée depuis 2006.", &[("2006", "2006", "AFTER")]),
        (D, "fr", "Le marché sera mature vers 2030.", &[("2030", "2030", "APPROX")]),
        (D, "fr", "Cinq gigafactories à l'horizon 2030.", &[("2030", "2030", "BEFORE")]),
        (D, "fr", "Le réacteur sera livré avant 2030.", &[("2030", "2030", "BEFORE")]),
        (
            D,
            "fr",
            "Les prévisions en début d'année étaient trop basses.",
            &[("début d'année", "2025", "START")],
        ),
        (D, "fr", "TSMC vise le 2 nm en fin de décennie.", &[("fin de décennie", "202", "END")]),
        (
            D,
            "fr",
            "Le prix baissera d'ici la fin de l'année.",
            &[("fin de l'année", "2025", "END")],
        ),
        (D, "fr", "La livraison est prévue fin mai.", &[("fin mai", "2025-05", "END")]),
        (D, "fr", "Le site ouvrira en 2030 au plus tard.", &[("2030", "2030", "BEFORE")]),
        (D, "de", "Ende 2023 beteiligte sich die Schwarz Gruppe.", &[("Ende 2023", "2023", "END")]),
        (D, "de", "Anfang 2025 kam die Wende.", &[("Anfang 2025", "2025", "START")]),
        (D, "de", "Mitte 2026 soll das Werk laufen.", &[("Mitte 2026", "2026", "MID")]),
        (D, "de", "Der Anteil soll bis 2030 steigen.", &[("2030", "2030", "BEFORE")]),
        (D, "de", "Das Werk läuft seit 2025.", &[("2025", "2025", "AFTER")]),
        (D, "de", "Ab 2026 gilt die Regel.", &[("2026", "2026", "AFTER")]),
        (
            D,
            "de",
            "Das Rechenzentrum soll ab dem ersten Quartal 2026 laufen.",
            &[("ersten Quartal 2026", "2026-Q1", "AFTER")],
        ),
        (D, "de", "Bis Ende 2026 sollen alle Server stehen.", &[("Ende 2026", "2026", "END")]),
        (D, "de", "Das Ziel soll um 2030 erreicht sein.", &[("2030", "2030", "APPROX")]),
        (D, "de", "Zum Jahresende zieht der Umsatz an.", &[("Jahresende", "2025", "END")]),
        (D, "de", "Ende des Jahres kommt die Entscheidung.", &[("Ende des Jahres", "2025", "END")]),
        (D, "de", "Anfang Mai beginnt der Bau.", &[("Anfang Mai", "2025-05", "START")]),
        (D, "en", "The model ships in early 2026.", &[("early 2026", "2026", "START")]),
        (D, "en", "The plant opens mid-2026.", &[("mid-2026", "2026", "MID")]),
        (D, "en", "Demand slowed in late 2025.", &[("late 2025", "2025", "END")]),
        (D, "en", "Capacity doubles by 2030.", &[("2030", "2030", "BEFORE")]),
        (D, "en", "Prices have risen since 2020.", &[("2020", "2020", "AFTER")]),
        (D, "en", "The fab opens by the end of 2026.", &[("end of 2026", "2026", "END")]),
        (D, "en", "Output should peak around 2030.", &[("2030", "2030", "APPROX")]),
    ]);
}

#[test]
fn intervals() {
    check(&[
        (
            D,
            "fr",
            "La stratégie d'investissement entre 2020 et 2024 a échoué.",
            &[("entre 2020 et 2024", "2020/2024", "")],
        ),
        (
            D,
            "fr",
            "Déployer des SMR à l'horizon 2030-2035.",
            &[("2030-2035", "2030/2035", "BEFORE")],
        ),
        (
            D,
            "fr",
            "Le salon se tient du 3 au 5 mai 2025.",
            &[("du 3 au 5 mai 2025", "2025-05-03/2025-05-05", "")],
        ),
        (
            D,
            "fr",
            "Les travaux de 2020 à 2024 ont coûté cher.",
            &[("de 2020 à 2024", "2020/2024", "")],
        ),
        (
            D,
            "fr",
            "La baisse entre mars et mai 2026 inquiète.",
            &[("entre mars et mai 2026", "2026-03/2026-05", "")],
        ),
        (D, "fr", "Le plan 2030–2035 est ambitieux.", &[("2030–2035", "2030/2035", "")]),
        (D, "de", "Von 2020 bis 2024 wuchs der Markt.", &[("Von 2020 bis 2024", "2020/2024", "")]),
        (
            D,
            "de",
            "Die Messe läuft vom 3. bis 5. Mai 2025.",
            &[("vom 3. bis 5. Mai 2025", "2025-05-03/2025-05-05", "")],
        ),
        (
            D,
            "de",
            "Zwischen 2020 und 2024 stieg der Umsatz.",
            &[("Zwischen 2020 und 2024", "2020/2024", "")],
        ),
        (D, "de", "Die Jahre 2020 bis 2024 waren hart.", &[("2020 bis 2024", "2020/2024", "")]),
        (
            D,
            "en",
            "Between 2020 and 2024 prices doubled.",
            &[("Between 2020 and 2024", "2020/2024", "")],
        ),
        (D, "en", "From 2020 to 2024 the market grew.", &[("From 2020 to 2024", "2020/2024", "")]),
        (D, "en", "The 2030-35 plan was approved.", &[("2030-35", "2030/2035", "")]),
    ]);
}

#[test]
fn relative_with_day_date() {
    check(&[
        (
            D,
            "fr",
            "Aujourd'hui, CUDA est un écosystème complet.",
            &[("Aujourd'hui", "2025-06-11", "")],
        ),
        (D, "fr", "Il a parlé hier soir à la radio.", &[("hier soir", "2025-06-10", "")]),
        (D, "fr", "La décision tombera demain.", &[("demain", "2025-06-12", "")]),
        (D, "fr", "Le salon s'achèvera samedi.", &[("samedi", "2025-06-14", "")]),
        (D, "fr", "Il s'est exprimé lundi devant la presse.", &[("lundi", "2025-06-09", "")]),
        (
            D,
            "fr",
            "Il a parlé mercredi matin sur Radio Classique.",
            &[("mercredi matin", "2025-06-11", "")],
        ),
        (D, "fr", "Le conseil se réunira mardi prochain.", &[("mardi prochain", "2025-06-17", "")]),
        (D, "fr", "Le titre a chuté la semaine dernière.", &[("semaine dernière", "2025-W23", "")]),
        (D, "fr", "La puce sortira le mois prochain.", &[("mois prochain", "2025-07", "")]),
        (D, "fr", "Cette année, le marché a doublé.", &[("Cette année", "2025", "")]),
        (D, "fr", "L'an dernier, les ventes ont baissé.", &[("an dernier", "2024", "")]),
        (D, "fr", "Le projet a été lancé il y a deux ans.", &[("il y a deux ans", "2023", "")]),
        (
            D,
            "fr",
            "La production commencera dans trois mois.",
            &[("dans trois mois", "2025-09", "")],
        ),
        (
            D,
            "fr",
            "Ce thème était secondaire il y a encore un an ou deux ans.",
            &[("il y a encore un an ou deux ans", "", "")],
        ),
        (
            D,
            "fr",
            "Il a quitté l'entreprise il y a quelques années.",
            &[("il y a quelques années", "", "")],
        ),
        (
            D,
            "fr",
            "Les ventes ont chuté en septembre dernier.",
            &[("septembre dernier", "2024-09", "")],
        ),
        (D, "fr", "Les qualifiés à ce jour sont peu nombreux.", &[("ce jour", "2025-06-11", "")]),
        (
            D,
            "fr",
            "Le contrat court jusqu'au trimestre prochain.",
            &[("trimestre prochain", "2025-Q3", "BEFORE")],
        ),
        (D, "de", "Die Telekom hat heute das Projekt angekündigt.", &[("heute", "2025-06-11", "")]),
        (D, "de", "Gestern sank der Kurs.", &[("Gestern", "2025-06-10", "")]),
        (D, "de", "Das Treffen ist morgen in Berlin.", &[("morgen", "2025-06-12", "")]),
        (
            D,
            "de",
            "Am kommenden Dienstag beginnt der Bau.",
            &[("kommenden Dienstag", "2025-06-17", "")],
        ),
        (
            D,
            "de",
            "Letzten Freitag fiel die Entscheidung.",
            &[("Letzten Freitag", "2025-06-06", "")],
        ),
        (D, "de", "Im Vorjahr lag der Umsatz niedriger.", &[("Vorjahr", "2024", "")]),
        (
            D,
            "de",
            "Vergangene Woche traf sich der Vorstand.",
            &[("Vergangene Woche", "2025-W23", "")],
        ),
        (D, "de", "Nächstes Jahr soll die Fabrik stehen.", &[("Nächstes Jahr", "2026", "")]),
        (D, "de", "Vor zwei Jahren begann alles.", &[("Vor zwei Jahren", "2023", "")]),
        (D, "de", "Vor drei Tagen kam die Zusage.", &[("Vor drei Tagen", "2025-06-08", "")]),
        (
            D,
            "de",
            "Im Januar diesen Jahres kam die Finanzierung.",
            &[("Januar diesen Jahres", "2025-01", "")],
        ),
        (
            D,
            "de",
            "Mitte nächsten Jahres soll es so weit sein.",
            &[("Mitte nächsten Jahres", "2026", "MID")],
        ),
        (
            D,
            "de",
            "Die Halbleiter würden in einigen Jahren helfen.",
            &[("in einigen Jahren", "", "")],
        ),
        (
            D,
            "de",
            "Vor wenigen Monaten sorgte ein Text für Aufsehen.",
            &[("Vor wenigen Monaten", "", "")],
        ),
        (D, "de", "Heute Morgen fiel die Aktie.", &[("Heute Morgen", "2025-06-11", "")]),
        (D, "de", "Seit Montag hat Aleph Alpha aufgeholt.", &[("Montag", "2025-06-09", "AFTER")]),
        (
            D,
            "de",
            "Am Montag, den 2. Juni 2025, wurde das Werk eröffnet.",
            &[("Montag, den 2. Juni 2025", "2025-06-02", "")],
        ),
        (D, "de", "Am Dienstagabend sprach der Kanzler.", &[("Dienstagabend", "2025-06-10", "")]),
        (
            D,
            "de",
            "Im Mai vergangenen Jahres sank der Kurs.",
            &[("Mai vergangenen Jahres", "2024-05", "")],
        ),
        (
            D,
            "de",
            "Anfang des Jahres kündigte Nvidia an.",
            &[("Anfang des Jahres", "2025", "START")],
        ),
        (
            D,
            "fr",
            "L'année prochaine, la puce sera produite en Europe.",
            &[("année prochaine", "2026", "")],
        ),
        (D, "fr", "Cette semaine, la Bourse a chuté.", &[("Cette semaine", "2025-W24", "")]),
        (
            D,
            "fr",
            "Vendredi dernier, la Bourse a chuté.",
            &[("Vendredi dernier", "2025-06-06", "")],
        ),
        (D, "fr", "Il y a 10 ans, Nvidia valait peu.", &[("Il y a 10 ans", "2015", "")]),
        (D, "en", "A year earlier, sales were lower.", &[("A year earlier", "2024", "")]),
        (D, "en", "The fab opens in 2027, two years later than planned.", &[("2027", "2027", "")]),
        (
            D,
            "en",
            "The plant, opened in the spring of 2024, employs 500 people.",
            &[("spring of 2024", "2024-SP", "")],
        ),
        (D, "en", "After the fall, prices recovered.", &[]),
        (D, "en", "Nvidia said today that demand is strong.", &[("today", "2025-06-11", "")]),
        (D, "en", "Shares fell yesterday.", &[("yesterday", "2025-06-10", "")]),
        (D, "en", "Sales fell last year.", &[("last year", "2024", "")]),
        (D, "en", "The plant opens next month.", &[("next month", "2025-07", "")]),
        (D, "en", "The company was founded two years ago.", &[("two years ago", "2023", "")]),
        (D, "en", "The board met last Monday.", &[("last Monday", "2025-06-09", "")]),
        (D, "en", "Chips will be cheaper in a few years.", &[("in a few years", "", "")]),
        (
            D,
            "en",
            "The CEO spoke on Thursday afternoon.",
            &[("Thursday afternoon", "2025-06-12", "")],
        ),
    ]);
}

#[test]
fn relative_with_coarse_or_no_date() {
    check(&[
        (M, "de", "Doch am Montag wurde es ernst.", &[("Montag", "2023-11", "")]),
        (
            M,
            "de",
            "Ende vergangener Woche trafen sie sich.",
            &[("Ende vergangener Woche", "2023-11", "")],
        ),
        (M, "de", "Die Telekom hat heute angekündigt.", &[("heute", "2023-11", "")]),
        (M, "de", "Letzten Monat sank der Kurs.", &[("Letzten Monat", "2023-10", "")]),
        (M, "de", "Im kommenden Jahr soll die Fabrik stehen.", &[("kommenden Jahr", "2024", "")]),
        (
            "2023-05",
            "de",
            "Der Rohbau ist für den Herbst geplant, drei Jahre später soll die Fertigung anlaufen.",
            &[("Herbst", "2023-FA", ""), ("drei Jahre später", "2026", "")],
        ),
        (
            "2026-06",
            "fr",
            "Les GPU constituent aujourd'hui la norme.",
            &[("aujourd'hui", "2026-06", "")],
        ),
        (
            "2026-06",
            "fr",
            "Ils dépensent 600 milliards en 2026, après 390 milliards un an plus tôt.",
            &[("2026", "2026", ""), ("un an plus tôt", "2025", "")],
        ),
        (
            "2026-06",
            "fr",
            "Dès 2009, le projet Andromède échoue. Dix ans plus tard, Gaia-X s'enlise.",
            &[("2009", "2009", "AFTER"), ("Dix ans plus tard", "2019", "")],
        ),
        (
            "2026-06",
            "fr",
            "La demande a été supérieure en début d'année.",
            &[("début d'année", "2026", "START")],
        ),
        ("2025", "fr", "Hier, le groupe a publié ses comptes.", &[("Hier", "2025", "")]),
        (NONE, "fr", "Le salon s'achèvera samedi.", &[("samedi", "", "")]),
        (
            NONE,
            "fr",
            "Cette technologie n'a jamais été aussi politique qu'aujourd'hui.",
            &[("aujourd'hui", "", "")],
        ),
        (
            NONE,
            "fr",
            "Ces sujets ont été abordés lors du VivaTech 2025 de cette année.",
            &[("2025", "2025", ""), ("cette année", "", "")],
        ),
        (
            NONE,
            "de",
            "Spätestens seit vergangener Woche sind sie bekannt.",
            &[("vergangener Woche", "", "AFTER")],
        ),
        (
            NONE,
            "de",
            "Das Vorhaben soll im kommenden Monat vorgestellt werden.",
            &[("kommenden Monat", "", "")],
        ),
        (
            NONE,
            "de",
            "Die Kanzler machten am Dienstag den ersten Spatenstich.",
            &[("Dienstag", "", "")],
        ),
        (NONE, "en", "The results were published yesterday.", &[("yesterday", "", "")]),
        (NONE, "en", "Shipments begin in May.", &[("May", "", "")]),
    ]);
}

#[test]
fn not_dates() {
    check(&[
        (D, "fr", "En deux ans, nous allons augmenter la capacité.", &[]),
        (D, "fr", "Le groupe investit depuis deux ans dans l'IA.", &[]),
        (D, "fr", "Le contrat porte sur dix ans.", &[]),
        (D, "fr", "Le train part à 16h30.", &[]),
        (D, "fr", "Il achète 2000 GPU pour son centre.", &[]),
        (D, "fr", "Le groupe emploie plus de 2000 salariés.", &[]),
        (D, "fr", "La société compte 18.000 employés.", &[]),
        (D, "fr", "Voir la page 2019 du rapport.", &[]),
        (D, "fr", "La H100 reste la référence.", &[]),
        (D, "fr", "Le prix est révisé chaque mois.", &[]),
        (D, "fr", "Tout a changé du jour au lendemain.", &[]),
        (D, "fr", "La densité double tous les deux ans.", &[]),
        (D, "fr", "Le marché a progressé de 20 % en un an.", &[]),
        (D, "fr", "La Fin de l'Embargo change tout.", &[]),
        (D, "fr", "Au cours des deux prochaines années, 20 usines seront construites.", &[]),
        (D, "fr", "Ces dernières années, le marché a explosé.", &[]),
        (D, "fr", "L'article 2024 du code ne s'applique pas.", &[]),
        (D, "fr", "Il a 45 ans et dirige Mistral.", &[]),
        (D, "de", "Seit zwei Jahren wächst der Markt.", &[]),
        (D, "de", "In nur sechs Monaten wurde aus einer Vision ein Projekt.", &[]),
        (D, "de", "Das Werk beschäftigt rund 2000 Mitarbeiter.", &[]),
        (D, "de", "Die Cloud nutzt 10.000 GPUs.", &[]),
        (D, "de", "Das Treffen beginnt um 8 Uhr.", &[]),
        (D, "de", "Jeden Montag tagt der Vorstand.", &[]),
        (D, "de", "Das Ende der Subventionen naht.", &[]),
        (D, "de", "Von heute auf morgen war alles anders.", &[]),
        (D, "en", "The contract runs for two years.", &[]),
        (D, "en", "The company bought 2000 GPUs.", &[]),
        (D, "en", "The board meets every Monday.", &[]),
        (D, "en", "The GeForce RTX 4090 is fast.", &[]),
        (D, "en", "Margins rose 20% year over year.", &[]),
    ]);
}

/// Odd inputs never panic, and every span slices exactly its text on char boundaries.
#[test]
fn odd_inputs_are_safe() {
    let inputs = [
        "2025- -2025 mi- 1er 31.02.2025 99/99/9999 Q9 FY années vom 3. bis entre 2020 et",
        "du 31 au 2 mai ; 2030-2029 ; 2025/24 ; fin de ; Ende ; seit ; il y a ; vor ; ago",
        "🙂 2025🙂 l’été 2025 – 2026 — 2027 ‑ 2028 ; 29.02.2023 ; 29.02.2024 ; 00.00.0000",
        "Q1/ H2- FY26 T4 S3 1. Quartal 0. Quartal 5. Quartal années 2005 2021er 1995s",
        "aujourd’hui hier demain avant-hier après-demain le lendemain la veille ce jour-là",
    ];
    for lang in ["fr", "de", "en"] {
        for (k, text) in inputs.iter().enumerate() {
            for reference in [D, M, "2025", NONE] {
                let front = if reference == NONE {
                    format!("---\nlang: {lang}\n---\n")
                } else {
                    format!("---\ndate: {reference}\nlang: {lang}\n---\n")
                };
                let doc = format!("{front}{text}\n");
                let a = &analyze_text("t.txt", &doc, resources()).expect("analyzable")[0];
                for m in a.mentions.iter().flatten() {
                    assert!(
                        m.span.start < m.span.end && m.span.end <= doc.len(),
                        "input {k}: bad span {:?}",
                        m.span
                    );
                    assert!(doc.is_char_boundary(m.span.start) && doc.is_char_boundary(m.span.end));
                }
            }
        }
    }
    // Impossible calendar dates are no dates.
    assert!(dates_of(D, "de", "Am 31.02.2025 passierte nichts.").is_empty());
    assert_eq!(
        dates_of(D, "de", "Am 29.02.2024 war Schalttag."),
        [("29.02.2024".to_string(), "2024-02-29".to_string(), String::new())]
    );
}

/// The document date from a dateline or byline when the front matter has none.
#[test]
fn datelines() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("fr", "Amazon défie Nvidia : opportunités pour l'Europe en 2025\nJacky West / March 21, 2025\n\nAmazon vient de faire une entrée fracassante sur le marché des puces.", Some("2025-03-21")),
        ("fr", "Cloud, Compute et Souveraineté\n\nNicolas Masselot\nJuin 2026\n\nLe cloud a changé de nature depuis dix ans.", Some("2026-06")),
        ("de", "Telekom baut eine KI-Cloud\nVeröffentlicht am 12.06.2025\n\nDie Telekom hat ein Projekt angekündigt.", Some("2025-06-12")),
        ("fr", "Nvidia passe à l'offensive\nPublié le 3 mai 2025\n\nNvidia renforce sa présence en Europe.", Some("2025-05-03")),
        ("de", "Intel verschiebt den Baustart\n\nred/dpa 17.09.2024 - 08:48 Uhr\n\nIntel verschiebt den Start für den Bau.", Some("2024-09-17")),
        ("de", "Telekom und NVIDIA starten Industrial AI Cloud\n\nNovember 4, 2025\n\nMit der Industrial AI Cloud haben die beiden etwas vor.", Some("2025-11-04")),
        ("fr", "Mis à jour le 19 mai 2025 à 10h30\n\nLe texte suit ici.", Some("2025-05-19")),
        ("en", "Nvidia expands in Europe\nMonday, June 9, 2025\n\nNvidia said it will build factories.", Some("2025-06-09")),
        ("en", "Anthropic raises $3.5 billion\n\nSAN FRANCISCO, March 21, 2025 (Reuters) - Anthropic has raised $3.5 billion in a funding round that values the maker of the Claude chatbot at $61.5 billion, the company said on Friday.", Some("2025-03-21")),
        ("de", "Chipfabrik verschoben\n\nDRESDEN, 12. Juni 2025 – Der Chiphersteller hat den Baustart der neuen Fabrik verschoben, wie ein Sprecher am Donnerstag in Dresden mitteilte.", Some("2025-06-12")),
        ("en", "Chips\n\nIn March 2024, the company, which makes chips for many large customers around the world, said on Friday that it would raise money soon.", None),
        ("fr", "L'Europe en 2025\n\nLe texte ne donne aucune date précise dans ses premières lignes.", None),
        ("de", "Der Chiphersteller hat am Dienstag mit dem Ausbau begonnen.\n\nDer Bau soll 2026 fertig sein.", None),
    ];
    let mut failures = Vec::new();
    for (lang, text, want) in cases {
        let doc = format!("---\nlang: {lang}\n---\n{text}\n");
        let a = &analyze_text("t.txt", &doc, resources()).expect("analyzable")[0];
        let got = a.date.map(|d| d.to_string());
        if got.as_deref() != *want {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A relative date resolved against the date found in the byline.
#[test]
fn relative_against_dateline() {
    let doc = "---\nlang: fr\n---\nNvidia passe à l'offensive\nPublié le 3 mai 2025\n\nHier, Nvidia a annoncé trois usines.\n";
    let a = &analyze_text("t.txt", doc, resources()).expect("analyzable")[0];
    let got: Vec<(String, String)> = a
        .mentions
        .iter()
        .flatten()
        .filter(|m| m.kind == Kind::Date)
        .map(|m| (m.span.slice(&a.doc.text).to_string(), m.value.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("3 mai 2025".to_string(), "2025-05-03".to_string()),
            ("Hier".to_string(), "2025-05-02".to_string())
        ]
    );
}

/// A bad line in a date data file is reported with its file and line.
#[test]
fn bad_data_is_located() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("gazetteers"), dir.path());
    let file = dir.path().join("dates/de/weekdays.csv");
    std::fs::write(&file, "# comment\nname,weekday\nMontag,1\nDienstag,9\n").unwrap();
    let err = veille::dates::DateRules::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("weekdays.csv:4"), "{err}");
    std::fs::write(&file, "name,weekday\nMontag,1\n").unwrap();
    std::fs::write(dir.path().join("dates/fr/cues.csv"), "phrase,mod,position\nfin,LATE,before\n")
        .unwrap();
    let err = veille::dates::DateRules::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("cues.csv:2") && err.contains("mod"), "{err}");
}

/// Fiscal periods: possessives between the period and the fiscal year, and fiscal
/// years named by a shift word (`laufenden Geschäftsjahr`, `current fiscal year`).
#[test]
fn fiscal_periods() {
    check(&[
        (
            D,
            "de",
            "Infineon hat im zweiten Quartal seines Geschäftsjahres 2025 mehr verkauft.",
            &[("zweiten Quartal seines Geschäftsjahres 2025", "2025-Q2", "")],
        ),
        (
            D,
            "fr",
            "Au deuxième trimestre de son exercice 2025, le groupe a progressé.",
            &[("deuxième trimestre de son exercice 2025", "2025-Q2", "")],
        ),
        (
            D,
            "en",
            "In the second quarter of its fiscal year 2025, sales rose.",
            &[("second quarter of its fiscal year 2025", "2025-Q2", "")],
        ),
        (
            D,
            "de",
            "Micron will im laufenden Geschäftsjahr investieren.",
            &[("laufenden Geschäftsjahr", "2025", "")],
        ),
        (
            D,
            "de",
            "Im vergangenen Geschäftsjahr sank der Umsatz.",
            &[("vergangenen Geschäftsjahr", "2024", "")],
        ),
        (
            D,
            "de",
            "Im laufenden Geschäftsjahr 2025/26 wächst SAP.",
            &[("laufenden Geschäftsjahr 2025/26", "2025/2026", "")],
        ),
        (
            D,
            "de",
            "Im dritten Quartal seines Geschäftsjahres wuchs Infineon.",
            &[("dritten Quartal", "2025-Q3", "")],
        ),
        (
            D,
            "fr",
            "Dans l'exercice en cours, la marge baisse.",
            &[("exercice en cours", "2025", "")],
        ),
        (
            D,
            "fr",
            "La marge de l'exercice précédent était plus haute.",
            &[("exercice précédent", "2024", "")],
        ),
        (D, "fr", "Sur cet exercice, la marge baisse.", &[("cet exercice", "2025", "")]),
        (D, "en", "Sales in the current fiscal year grew.", &[("current fiscal year", "2025", "")]),
        (D, "en", "Sales fell in the last fiscal year.", &[("last fiscal year", "2024", "")]),
        (
            NONE,
            "de",
            "Micron will im laufenden Geschäftsjahr investieren.",
            &[("laufenden Geschäftsjahr", "", "")],
        ),
        // A possessive alone is no fiscal year, and a fiscal word alone no date.
        (D, "de", "Das Geschäftsjahr des Konzerns endet bald.", &[]),
        (D, "en", "Its fiscal discipline impressed its investors.", &[]),
    ]);
}

/// The same period a year before the one the text named last (`Vorjahresquartal`);
/// without one, the year before the document's.
#[test]
fn year_ago_periods() {
    check(&[
        (
            "2025-04-16",
            "de",
            "Der Umsatz stieg im ersten Quartal auf 7,7 Milliarden Euro, nach 5,3 Milliarden Euro im Vorjahresquartal.",
            &[("ersten Quartal", "2025-Q1", ""), ("Vorjahresquartal", "2024-Q1", "")],
        ),
        (
            D,
            "de",
            "Im dritten Quartal 2024 wuchs der Umsatz. Im Vorjahresquartal war er kleiner.",
            &[("dritten Quartal 2024", "2024-Q3", ""), ("Vorjahresquartal", "2023-Q3", "")],
        ),
        (D, "de", "Der Umsatz lag über dem Vorjahresquartal.", &[("Vorjahresquartal", "2024", "")]),
        (NONE, "de", "Der Umsatz lag über dem Vorjahresquartal.", &[("Vorjahresquartal", "", "")]),
        (
            D,
            "de",
            "Im März 2025 stieg der Absatz, stärker als im Vorjahreszeitraum.",
            &[("März 2025", "2025-03", ""), ("Vorjahreszeitraum", "2024-03", "")],
        ),
        (
            D,
            "fr",
            "Au deuxième trimestre 2025, les ventes ont dépassé celles du même trimestre de l'an dernier.",
            &[("deuxième trimestre 2025", "2025-Q2", ""), ("même trimestre de l'an dernier", "2024-Q2", "")],
        ),
        (
            D,
            "en",
            "Revenue in the second quarter of 2025 rose 10% from the year-ago quarter.",
            &[("second quarter of 2025", "2025-Q2", ""), ("year-ago quarter", "2024-Q2", "")],
        ),
        // `Vorjahr` alone stays the year before.
        (D, "de", "Zum gleichen Preis wie im Vorjahr.", &[("Vorjahr", "2024", "")]),
    ]);
}

/// `le même jour`, `am selben Tag`, `the same day`, `ce jour-là`: the day the text
/// named last, else the document's date.
#[test]
fn same_day_anaphora() {
    check(&[
        (
            D,
            "fr",
            "STMicro a publié jeudi ses comptes. L'usine ouvrira mi-2026. Intel a annoncé le même jour l'abandon de son usine.",
            &[("jeudi", "2025-06-05", ""), ("mi-2026", "2026", "MID"), ("même jour", "2025-06-05", "")],
        ),
        (D, "fr", "Le même jour, Intel a annoncé son retrait.", &[("même jour", "2025-06-11", "")]),
        (D, "fr", "Il est revenu le jour même.", &[("jour même", "2025-06-11", "")]),
        (
            D,
            "fr",
            "Le 3 mars 2024, Nvidia a publié ses comptes. Ce jour-là, l'action a bondi.",
            &[("3 mars 2024", "2024-03-03", ""), ("Ce jour-là", "2024-03-03", "")],
        ),
        (D, "fr", "En 2019, la société est créée. Cette année-là, elle lève des fonds.", &[("2019", "2019", ""), ("Cette année-là", "2019", "")]),
        (
            D,
            "de",
            "Am 3. März kaufte Nvidia zu. Am selben Tag verkaufte AMD.",
            &[("3. März", "2025-03-03", ""), ("selben Tag", "2025-03-03", "")],
        ),
        (D, "de", "Noch am gleichen Tag reagierte die Börse.", &[("gleichen Tag", "2025-06-11", "")]),
        (
            D,
            "en",
            "He arrived on May 3. The same day, he left.",
            &[("May 3", "2025-05-03", ""), ("same day", "2025-05-03", "")],
        ),
        (
            D,
            "en",
            "The company was founded in 2019. That year, it raised money.",
            &[("2019", "2019", ""), ("That year", "2019", "")],
        ),
        (M, "fr", "Le même jour, Intel a annoncé son retrait.", &[("même jour", "2023-11", "")]),
        (NONE, "en", "The same day, he left.", &[("same day", "", "")]),
        // No unit, no date.
        (D, "fr", "En même temps, au même moment, Intel recule.", &[]),
        (D, "de", "Zum gleichen Preis und zur selben Zeit.", &[]),
        (D, "en", "The same chips ship in the same way.", &[]),
    ]);
}

/// A negation flips a BEFORE/AFTER cue; `from` after an amount or a change word is the
/// base of a comparison, not a bound.
#[test]
fn negated_and_comparison_cues() {
    check(&[
        (D, "en", "The first wafers will come not before 2030.", &[("2030", "2030", "AFTER")]),
        (D, "en", "Production will not start until 2031.", &[("2031", "2031", "AFTER")]),
        (D, "en", "Production will start before 2030.", &[("2030", "2030", "BEFORE")]),
        (D, "en", "The fab won't open until 2031.", &[("2031", "2031", "AFTER")]),
        (D, "en", "He did not say it would come before 2030.", &[("2030", "2030", "BEFORE")]),
        (
            D,
            "en",
            "Volume output is expected in 2030 at the earliest.",
            &[("2030", "2030", "AFTER")],
        ),
        (D, "en", "Launch is set no earlier than 2027.", &[("2027", "2027", "AFTER")]),
        (D, "fr", "La production ne démarrera pas avant 2030.", &[("2030", "2030", "AFTER")]),
        (D, "fr", "La production démarrera avant 2030.", &[("2030", "2030", "BEFORE")]),
        (D, "fr", "La ligne ne sera pas prête avant fin 2027.", &[("fin 2027", "2027", "END")]),
        (D, "fr", "La ligne ouvrira en 2028 au plus tôt.", &[("2028", "2028", "AFTER")]),
        (D, "de", "Die Fabrik soll nicht vor 2030 laufen.", &[("2030", "2030", "AFTER")]),
        (D, "de", "Die Fabrik soll vor 2030 laufen.", &[("2030", "2030", "BEFORE")]),
        (D, "de", "Die Fabrik wird nicht schon vor 2030 laufen.", &[("2030", "2030", "AFTER")]),
        (D, "de", "Die Anlage läuft frühestens 2030.", &[("2030", "2030", "AFTER")]),
        (
            D,
            "en",
            "Revenue was $9.3 billion, up 37% from a year earlier.",
            &[("a year earlier", "2024", "")],
        ),
        (D, "en", "Sales fell from 2024 levels.", &[("2024", "2024", "")]),
        (D, "en", "Margins were down from 2023.", &[("2023", "2023", "")]),
        (D, "en", "Shipments start from 2026.", &[("2026", "2026", "AFTER")]),
        (D, "en", "Sales are up 20% since 2024.", &[("2024", "2024", "AFTER")]),
    ]);
}

/// Years inside names of programmes and plans are no dates; an event's edition is.
#[test]
fn years_in_names() {
    check(&[
        (D, "fr", "Le site est financé au titre du plan France 2030.", &[]),
        (D, "fr", "Le programme Horizon 2020 a financé le projet.", &[]),
        (D, "fr", "L'usine sera prête à l'horizon 2030.", &[("2030", "2030", "BEFORE")]),
        (D, "fr", "Le plan prévoit une usine en 2030.", &[("2030", "2030", "")]),
        (
            D,
            "fr",
            "Les annonces du sommet Choose France 2025 sont tombées.",
            &[("2025", "2025", "")],
        ),
        (D, "en", "Saudi Vision 2030 and the Agenda 2030 goals were cited.", &[]),
        (D, "en", "Nvidia spoke at CES 2025 in Las Vegas.", &[("2025", "2025", "")]),
        (D, "en", "The plan calls for output in March 2026.", &[("March 2026", "2026-03", "")]),
        (D, "de", "Die Agenda 2030 der Vereinten Nationen gilt.", &[]),
        (D, "de", "Das Programm Horizont Europa 2027 läuft.", &[]),
        (
            D,
            "de",
            "Der Plan sieht Anfang 2026 einen Start vor.",
            &[("Anfang 2026", "2026", "START")],
        ),
        (D, "de", "Das Programm startet 2026.", &[("2026", "2026", "")]),
    ]);
}

/// Sentences without a digit: the prefilter lets a month name, a weekday (alone or in a
/// compound), a unit or a relative word through, and nothing else.
#[test]
fn without_digits() {
    check(&[
        ("2025-06-11", "fr", "Le sommet se tiendra en mai.", &[("mai", "2026-05", "")]),
        // A past month after the document's is last year's; quarters keep the document's
        // year (a fiscal quarter is often reported before the calendar one begins).
        (
            "2026-03-04",
            "en",
            "Nvidia agreed in November to buy the stake.",
            &[("November", "2025-11", "")],
        ),
        (
            "2026-03-04",
            "de",
            "Im November hatte Infineon den Vertrag unterzeichnet.",
            &[("November", "2025-11", "")],
        ),
        ("2026-03-04", "fr", "Nokia a signé le contrat en février.", &[("février", "2026-02", "")]),
        // The imperfect is a past; the conditional in `-rait` is not.
        (
            "2026-03-04",
            "fr",
            "Le carnet de commandes atteignait 38 millions d'euros en décembre.",
            &[("décembre", "2025-12", "")],
        ),
        (
            "2026-03-04",
            "fr",
            "Le contrat serait signé en décembre.",
            &[("décembre", "2026-12", "")],
        ),
        ("2025-06-11", "de", "Die Messe beginnt im Oktober.", &[("Oktober", "2025-10", "")]),
        (
            "2025-06-11",
            "en",
            "The deal closed last Tuesday.",
            &[("last Tuesday", "2025-06-10", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Am Dienstagabend kam es zu einer Einigung.",
            &[("Dienstagabend", "2025-06-10", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Les résultats seront publiés l'an prochain.",
            &[("an prochain", "2026", "")],
        ),
        ("2025-06-11", "fr", "Le ministre a parlé aux élus de la région.", &[]),
    ]);
}
