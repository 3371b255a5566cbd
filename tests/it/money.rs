//! Money and percent mentions: table-driven cases in French, German and English,
//! run through the whole pipeline (front matter fixes the language).

use crate::common::resources;
use veille::mention::Kind;

/// (text, value, value_to, unit, qualifier, period) of one expected mention; the kind
/// is percent when the unit is `%` or `pp`, else money.
pub(crate) type Want =
    (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

/// The money and percent mentions found in `text` written in `lang`.
fn found(lang: &str, text: &str) -> Vec<(Kind, String, String, String, String, String, String)> {
    let doc = format!("---\nlang: {lang}\n---\n{text}");
    let analyses = veille::analyze::analyze_text("t.txt", &doc, resources()).expect("analyze");
    let mut out = Vec::new();
    for a in &analyses {
        for m in a.mentions.iter().flatten() {
            if matches!(m.kind, Kind::Money | Kind::Percent) {
                out.push((
                    m.kind,
                    m.span.slice(&a.doc.text).to_string(),
                    m.value.clone(),
                    m.value_to.clone(),
                    m.unit.clone(),
                    m.qualifier.as_str().to_string(),
                    m.period.clone(),
                ));
            }
        }
    }
    out
}

pub(crate) fn check(cases: &[(&str, &str, &[Want])]) {
    let mut failures = Vec::new();
    for (lang, text, want) in cases {
        let got = found(lang, text);
        let want: Vec<_> = want
            .iter()
            .map(|(t, v, vt, u, q, p)| {
                let kind = if matches!(*u, "%" | "pp") { Kind::Percent } else { Kind::Money };
                (
                    kind,
                    t.to_string(),
                    v.to_string(),
                    vt.to_string(),
                    u.to_string(),
                    q.to_string(),
                    p.to_string(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!("[{lang}] {text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn french() {
    check(&[
        ("fr", "Le European Chips Act, doté d'un budget de 43 milliards d'euros, vise loin.", &[("43 milliards d'euros", "43000000000", "", "EUR", "", "")]),
        ("fr", "L’Europe investit 20 milliards d’euros dans l’IA.", &[("20 milliards d’euros", "20000000000", "", "EUR", "", "")]),
        ("fr", "Anthropic a signé un contrat de 1,25 milliard de dollars par mois jusqu'en 2029.", &[("1,25 milliard de dollars", "1250000000", "", "USD", "", "P1M")]),
        ("fr", "Les hyperscalers prévoient 600 milliards de dollars de dépenses en 2026, après environ 390 milliards un an plus tôt.", &[
            ("600 milliards de dollars", "600000000000", "", "USD", "", ""),
            ("environ 390 milliards", "390000000000", "", "USD", "approx", ""),
        ]),
        ("fr", "SoftBank a annoncé un investissement pouvant atteindre 75 milliards d'euros.", &[("pouvant atteindre 75 milliards d'euros", "75000000000", "", "EUR", "max", "")]),
        ("fr", "Le coût est estimé jusqu'à 3 milliards d'euros.", &[("jusqu'à 3 milliards d'euros", "3000000000", "", "EUR", "max", "")]),
        ("fr", "Le projet coûtera entre 2 et 3 milliards d'euros.", &[("entre 2 et 3 milliards d'euros", "2000000000", "3000000000", "EUR", "range", "")]),
        ("fr", "Une enveloppe de 2 à 3 Md€ est prévue.", &[("2 à 3 Md€", "2000000000", "3000000000", "EUR", "range", "")]),
        // Two bounds with a scale each: a range, unless a change's `from` word opens it.
        ("en", "TSMC expects revenue of $33.5 billion to $34.7 billion.", &[("$33.5 billion to $34.7 billion", "33500000000", "34700000000", "USD", "range", "")]),
        ("de", "SAP erwartet einen Umsatz von 25,8 Milliarden bis 26,2 Milliarden Euro.", &[("25,8 Milliarden bis 26,2 Milliarden Euro", "25800000000", "26200000000", "EUR", "range", "")]),
        ("en", "Revenue rose from $30 billion to $35 billion.", &[("$30 billion", "30000000000", "", "USD", "", ""), ("$35 billion", "35000000000", "", "USD", "", "")]),
        ("en", "Amazon lifted its plan by $5 billion to $40 billion.", &[("$5 billion", "5000000000", "", "USD", "", ""), ("$40 billion", "40000000000", "", "USD", "", "")]),
        ("fr", "Le chiffre d'affaires est passé de 2 milliards à 3 milliards d'euros.", &[("2 milliards", "2000000000", "", "EUR", "", ""), ("3 milliards d'euros", "3000000000", "", "EUR", "", "")]),
        ("fr", "L'entraînement peut coûter plusieurs dizaines de millions de dollars.", &[("plusieurs dizaines de millions de dollars", "", "", "USD", "vague", "")]),
        ("fr", "Les montants se chiffrent en dizaines de milliards d'euros.", &[("dizaines de milliards d'euros", "", "", "EUR", "vague", "")]),
        ("fr", "Quelques laboratoires dépensaient des milliards pour entraîner des modèles.", &[("des milliards", "", "", "", "vague", "")]),
        ("fr", "Le régulateur a infligé des centaines de millions de dollars d'amendes.", &[("des centaines de millions de dollars", "", "", "USD", "vague", "")]),
        ("fr", "Le marché compte 450 millions de consommateurs.", &[]),
        ("fr", "Nvidia en a écoulé des millions avec de belles marges.", &[]),
        ("fr", "Le site regroupe plus de 500 000 puces Trainium2.", &[]),
        ("fr", "Il a commandé 18.000 superpuces à Nvidia.", &[]),
        ("fr", "Jensen Huang est devenu milliardaire en 2024.", &[]),
        ("fr", "Le chiffre d'affaires atteint 1.250 millions d'euros.", &[("1.250 millions d'euros", "1250000000", "", "EUR", "", "")]),
        ("fr", "La levée de fonds s'élève à 500 000 euros.", &[("500 000 euros", "500000", "", "EUR", "", "")]),
        ("fr", "La levée de fonds s'élève à 500\u{202f}000\u{a0}€.", &[("500\u{202f}000\u{a0}€", "500000", "", "EUR", "", "")]),
        ("fr", "Mistral a levé 600 M€ auprès de ses investisseurs.", &[("600 M€", "600000000", "", "EUR", "", "")]),
        ("fr", "Le budget atteint 1,5 Md€ cette année.", &[("1,5 Md€", "1500000000", "", "EUR", "", "")]),
        ("fr", "Un contrat de deux milliards d'euros a été signé.", &[("deux milliards d'euros", "2000000000", "", "EUR", "", "")]),
        ("fr", "L'État apporte un milliard d'euros.", &[("un milliard d'euros", "1000000000", "", "EUR", "", "")]),
        ("fr", "Le fonds pèse un milliard et demi d'euros.", &[("un milliard et demi d'euros", "1500000000", "", "EUR", "", "")]),
        ("fr", "Le groupe a investi vingt-cinq millions d'euros.", &[("vingt-cinq millions d'euros", "25000000", "", "EUR", "", "")]),
        ("fr", "Le prix est de cent euros par mois.", &[("cent euros", "100", "", "EUR", "", "P1M")]),
        ("fr", "La dette dépasse 3 000 milliards de dollars américains.", &[("3 000 milliards de dollars américains", "3000000000000", "", "USD", "", "")]),
        ("fr", "La valorisation atteint 2 billions de dollars.", &[("2 billions de dollars", "2000000000000", "", "USD", "", "")]),
        ("fr", "Le Japon investit 10 000 milliards de yens.", &[("10 000 milliards de yens", "10000000000000", "", "JPY", "", "")]),
        ("fr", "Le prix atteint 50 millions de livres sterling.", &[("50 millions de livres sterling", "50000000", "", "GBP", "", "")]),
        ("fr", "La banque suisse a versé 200 millions de francs suisses.", &[("200 millions de francs suisses", "200000000", "", "CHF", "", "")]),
        ("fr", "Intel a reçu plus de 8 milliards de dollars de subventions.", &[("plus de 8 milliards de dollars", "8000000000", "", "USD", "min", "")]),
        ("fr", "Le projet coûte près de 5 milliards d'euros.", &[("près de 5 milliards d'euros", "5000000000", "", "EUR", "approx", "")]),
        ("fr", "Microsoft accumule environ 80 milliards de dollars de commandes.", &[("environ 80 milliards de dollars", "80000000000", "", "USD", "approx", "")]),
        ("fr", "Un coût annoncé autour de 25 milliards de dollars.", &[("autour de 25 milliards de dollars", "25000000000", "", "USD", "approx", "")]),
        ("fr", "Des engagements dépassant 100 milliards de dollars.", &[("dépassant 100 milliards de dollars", "100000000000", "", "USD", "min", "")]),
        ("fr", "La facture est de moins de 10 millions d'euros.", &[("moins de 10 millions d'euros", "10000000", "", "EUR", "max", "")]),
        ("fr", "Un run-rate de revenus passé d'environ 1 milliard de dollars début 2025 à 47 milliards à la mi-2026.", &[
            ("environ 1 milliard de dollars", "1000000000", "", "USD", "approx", "P1Y"),
            ("47 milliards", "47000000000", "", "USD", "", "P1Y"),
        ]),
        ("fr", "Soit 1,25 milliard de dollars par mois, soit environ 40 milliards au total.", &[
            ("1,25 milliard de dollars", "1250000000", "", "USD", "", "P1M"),
            ("environ 40 milliards", "40000000000", "", "USD", "approx", ""),
        ]),
        ("fr", "Les puces Trainium2 permettraient de réduire jusqu'à 40% les coûts.", &[("jusqu'à 40%", "40", "", "%", "max", "")]),
        ("fr", "Une puce peut rester inutilisée à 80 % du temps.", &[("80 %", "80", "", "%", "", "")]),
        ("fr", "ASML détient environ 11 % du capital.", &[("environ 11 %", "11", "", "%", "approx", "")]),
        ("fr", "La croissance atteint 3,5 pour cent.", &[("3,5 pour cent", "3.5", "", "%", "", "")]),
        ("fr", "Le taux a reculé de 0,25 point de pourcentage.", &[("0,25 point de pourcentage", "0.25", "", "pp", "", "")]),
        ("fr", "Des tarifs sur la Chine (34 %) et l'Union européenne (20 %).", &[("34 %", "34", "", "%", "", ""), ("20 %", "20", "", "%", "", "")]),
        ("fr", "La part passe de 10 à 20 % d'ici 2030.", &[("10 à 20 %", "10", "20", "%", "range", "")]),
        ("fr", "Dix pour cent des revenus sont réinvestis.", &[("Dix pour cent", "10", "", "%", "", "")]),
        ("fr", "L'accord de 2024 a été signé le 3 mai à Paris.", &[]),
        ("fr", "Appelez le 01 23 45 67 89 avant 18 heures.", &[]),
        ("fr", "Les GPU H100 et B200 équipent 10.000 serveurs.", &[]),
        ("fr", "Le projet est un investissement milliardaire et les investisseurs se comptent par milliers.", &[]),
        ("fr", "Le plan prévoit deux cent cinquante millions d'euros.", &[("deux cent cinquante millions d'euros", "250000000", "", "EUR", "", "")]),
        ("fr", "Il a reçu un demi-milliard d'euros.", &[("un demi-milliard d'euros", "500000000", "", "EUR", "", "")]),
        ("fr", "Nvidia pèse 3 000 Md$.", &[("3 000 Md$", "3000000000000", "", "USD", "", "")]),
        ("fr", "Il a gagné 5 milliards d'euros l'an dernier.", &[("5 milliards d'euros", "5000000000", "", "EUR", "", "")]),
        ("fr", "Un bénéfice de 1,2 milliard de dollars, contre 800 millions un an plus tôt.", &[
            ("1,2 milliard de dollars", "1200000000", "", "USD", "", ""),
            ("800 millions", "800000000", "", "USD", "", ""),
        ]),
        ("fr", "Ils ont investi 20 millions en France, soit 50 millions d'euros en tout.", &[
            ("20 millions", "20000000", "", "EUR", "", ""),
            ("50 millions d'euros", "50000000", "", "EUR", "", ""),
        ]),
        ("fr", "Il y a 1 milliard d'habitants et 20 millions d'euros de budget.", &[("20 millions d'euros", "20000000", "", "EUR", "", "")]),
        ("fr", "Des dizaines de milliers d'emplois sont concernés.", &[]),
        ("fr", "Le titre cote 135,50 dollars.", &[("135,50 dollars", "135.5", "", "USD", "", "")]),
    ]);
}

#[test]
fn german() {
    check(&[
        (
            "de",
            "Aleph Alpha hat 23 Millionen Euro von Investoren erhalten.",
            &[("23 Millionen Euro", "23000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Das Unternehmen hat bereits 28,3 Millionen Euro empfangen.",
            &[("28,3 Millionen Euro", "28300000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Die Stiftung hat ein Vermögen von rund 44 Milliarden Euro.",
            &[("rund 44 Milliarden Euro", "44000000000", "", "EUR", "approx", "")],
        ),
        (
            "de",
            "OpenAI ist finanziert mit über einer Milliarde Dollar.",
            &[("über einer Milliarde Dollar", "1000000000", "", "USD", "min", "")],
        ),
        (
            "de",
            "Die Finanzierungsrunde über insgesamt 500 Millionen Dollar wurde bekannt.",
            &[("500 Millionen Dollar", "500000000", "", "USD", "", "")],
        ),
        (
            "de",
            "Die Runde sorgte mit fast einer halben Milliarde Dollar für Aufsehen.",
            &[("fast einer halben Milliarde Dollar", "500000000", "", "USD", "approx", "")],
        ),
        (
            "de",
            "Nach der 500-Millionen-Dollar-Finanzierungsrunde hoffen alle.",
            &[("500-Millionen-Dollar", "500000000", "", "USD", "", "")],
        ),
        (
            "de",
            "Er verkündete eine Finanzierungsrunde über eine halbe Milliarde Dollar.",
            &[("eine halbe Milliarde Dollar", "500000000", "", "USD", "", "")],
        ),
        (
            "de",
            "Gigantische fünf Milliarden Euro will Infineon investieren.",
            &[("fünf Milliarden Euro", "5000000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Fünf Milliarden Euro fließen in ein neues Werk.",
            &[("Fünf Milliarden Euro", "5000000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Infineon darf auf eine Milliarde Subventionen hoffen.",
            &[("eine Milliarde", "1000000000", "", "", "", "")],
        ),
        (
            "de",
            "Die Ansiedlung wird mit 9,9 statt 6,8 Milliarden Euro unterstützt.",
            &[
                ("9,9", "9900000000", "", "EUR", "", ""),
                ("6,8 Milliarden Euro", "6800000000", "", "EUR", "", ""),
            ],
        ),
        (
            "de",
            "Intel investiere damit mehr als 30 Milliarden Euro in Magdeburg.",
            &[("mehr als 30 Milliarden Euro", "30000000000", "", "EUR", "min", "")],
        ),
        (
            "de",
            "Der Bau seines 30 Milliarden Euro teuren Chipwerks verzögert sich.",
            &[("30 Milliarden Euro", "30000000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Ein Rechenzentrumsprojekt im Volumen von rund 1 Mrd. €.",
            &[("rund 1 Mrd. €", "1000000000", "", "EUR", "approx", "")],
        ),
        (
            "de",
            "Das 1-Mrd.-€-Projekt steht für Europas Aufbruch.",
            &[("1-Mrd.-€", "1000000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Der Auftrag hat ein Volumen von 1,5 Mrd. Euro.",
            &[("1,5 Mrd. Euro", "1500000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Das Land zahlt knapp zwölf Milliarden Euro.",
            &[("knapp zwölf Milliarden Euro", "12000000000", "", "EUR", "approx", "")],
        ),
        (
            "de",
            "Der Konzern investiert zwischen 14 und 18 Milliarden Dollar.",
            &[(
                "zwischen 14 und 18 Milliarden Dollar",
                "14000000000",
                "18000000000",
                "USD",
                "range",
                "",
            )],
        ),
        (
            "de",
            "Die Kosten liegen bei 2 bis 3 Milliarden Euro.",
            &[("2 bis 3 Milliarden Euro", "2000000000", "3000000000", "EUR", "range", "")],
        ),
        (
            "de",
            "Das Programm kostet bis zu 20 Milliarden Euro pro Jahr.",
            &[("bis zu 20 Milliarden Euro", "20000000000", "", "EUR", "max", "P1Y")],
        ),
        (
            "de",
            "Der Umsatz stieg auf 3.350 Millionen Euro.",
            &[("3.350 Millionen Euro", "3350000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Der Staat zahlt jährlich 500 Millionen Euro.",
            &[("500 Millionen Euro", "500000000", "", "EUR", "", "P1Y")],
        ),
        (
            "de",
            "Die Förderung beträgt 250 Mio. Euro.",
            &[("250 Mio. Euro", "250000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Das Budget umfasst fünfundzwanzig Millionen Euro.",
            &[("fünfundzwanzig Millionen Euro", "25000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Die Bank zahlte zweihundert Millionen Schweizer Franken.",
            &[("zweihundert Millionen Schweizer Franken", "200000000", "", "CHF", "", "")],
        ),
        (
            "de",
            "Der Deal hat einen Wert von 2 Billionen US-Dollar.",
            &[("2 Billionen US-Dollar", "2000000000000", "", "USD", "", "")],
        ),
        (
            "de",
            "Der Investor zahlt 40 Millionen Pfund.",
            &[("40 Millionen Pfund", "40000000", "", "GBP", "", "")],
        ),
        (
            "de",
            "Das Unternehmen investiert mehrere Milliarden Euro.",
            &[("mehrere Milliarden Euro", "", "", "EUR", "vague", "")],
        ),
        (
            "de",
            "Die Branche braucht Milliarden Euro an Investitionen.",
            &[("Milliarden Euro", "", "", "EUR", "vague", "")],
        ),
        (
            "de",
            "Der Anteil soll bis 2030 bis auf 20 Prozent steigen.",
            &[("bis auf 20 Prozent", "20", "", "%", "max", "")],
        ),
        (
            "de",
            "Der Anteil von 10 Prozent soll sich verdoppeln.",
            &[("10 Prozent", "10", "", "%", "", "")],
        ),
        (
            "de",
            "Die KI-Cloud bietet rund 50 Prozent mehr Leistung.",
            &[("rund 50 Prozent", "50", "", "%", "approx", "")],
        ),
        ("de", "Der Umsatz wuchs um elf Prozent.", &[("elf Prozent", "11", "", "%", "", "")]),
        (
            "de",
            "Die Marge sank um 1,5 Prozentpunkte.",
            &[("1,5 Prozentpunkte", "1.5", "", "pp", "", "")],
        ),
        (
            "de",
            "Die Quote liegt zwischen 10 und 15 Prozent.",
            &[("zwischen 10 und 15 Prozent", "10", "15", "%", "range", "")],
        ),
        ("de", "Die Telekom baut ein Rechenzentrum mit 10000 GPUs.", &[]),
        ("de", "Das Projekt ist milliardenschwer.", &[]),
        ("de", "Das Milliardenprojekt in Magdeburg liegt auf Eis.", &[]),
        ("de", "Das Startup hat 5 Mio. Nutzer in Europa.", &[]),
        ("de", "Der Chip enthält 208 Milliarden Transistoren.", &[]),
        ("de", "Am 19. Mai 2025 stellte Nvidia 18.000 Superchips vor.", &[]),
        ("de", "Die Anlage wurde 17.09.2024 um 08:48 Uhr eröffnet.", &[]),
        ("de", "Ein Milliarden-Projekt entsteht in Dresden.", &[]),
        (
            "de",
            "Der Konzern meldete ein Prozent mehr Umsatz.",
            &[("ein Prozent", "1", "", "%", "", "")],
        ),
        (
            "de",
            "Das Unternehmen investierte 5 Milliarden Euro im Jahr 2024.",
            &[("5 Milliarden Euro", "5000000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Die Kosten stiegen von 10 auf 17 Milliarden Euro.",
            &[
                ("10", "10000000000", "", "EUR", "", ""),
                ("17 Milliarden Euro", "17000000000", "", "EUR", "", ""),
            ],
        ),
        (
            "de",
            "Der Nettogewinn lag bei 1,2 Mrd. Dollar nach 800 Mio. im Vorjahr.",
            &[
                ("1,2 Mrd. Dollar", "1200000000", "", "USD", "", ""),
                ("800 Mio.", "800000000", "", "USD", "", ""),
            ],
        ),
        (
            "de",
            "Das sind dreihundertfünfzig Millionen Euro.",
            &[("dreihundertfünfzig Millionen Euro", "350000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Eineinhalb Milliarden Euro fließen nach Dresden.",
            &[("Eineinhalb Milliarden Euro", "1500000000", "", "EUR", "", "")],
        ),
        ("de", "Eine Million Menschen nutzt den Dienst.", &[]),
        ("de", "In Deutschland gibt es 5,5 Millionen Arbeitslose.", &[]),
        ("de", "Die Investitionen summieren sich auf einen zweistelligen Milliardenbetrag.", &[]),
        (
            "de",
            "Die Aktie notiert bei 135,50 US-Dollar.",
            &[("135,50 US-Dollar", "135.5", "", "USD", "", "")],
        ),
        (
            "de",
            "SAP investiert 20 Mio. € jährlich.",
            &[("20 Mio. €", "20000000", "", "EUR", "", "P1Y")],
        ),
    ]);
}

#[test]
fn english() {
    check(&[
        (
            "en",
            "Intel will receive $5 billion from Nvidia.",
            &[("$5 billion", "5000000000", "", "USD", "", "")],
        ),
        (
            "en",
            "The startup raised $5bn in its latest round.",
            &[("$5bn", "5000000000", "", "USD", "", "")],
        ),
        (
            "en",
            "Analysts expect US$ 5bn in new orders.",
            &[("US$ 5bn", "5000000000", "", "USD", "", "")],
        ),
        (
            "en",
            "The company raised €20m from investors.",
            &[("€20m", "20000000", "", "EUR", "", "")],
        ),
        (
            "en",
            "The deal is worth 1.5 billion euros.",
            &[("1.5 billion euros", "1500000000", "", "EUR", "", "")],
        ),
        (
            "en",
            "Revenue rose to $1,250 million last year.",
            &[("$1,250 million", "1250000000", "", "USD", "", "")],
        ),
        (
            "en",
            "The fund manages £3.2 trillion.",
            &[("£3.2 trillion", "3200000000000", "", "GBP", "", "")],
        ),
        (
            "en",
            "The plant cost about $20 billion.",
            &[("about $20 billion", "20000000000", "", "USD", "approx", "")],
        ),
        (
            "en",
            "The firm spent more than $10 billion on chips.",
            &[("more than $10 billion", "10000000000", "", "USD", "min", "")],
        ),
        (
            "en",
            "The program offers up to $52 billion in subsidies.",
            &[("up to $52 billion", "52000000000", "", "USD", "max", "")],
        ),
        (
            "en",
            "The deal could be worth between $2bn and $3bn.",
            &[("between $2bn and $3bn", "2000000000", "3000000000", "USD", "range", "")],
        ),
        (
            "en",
            "Costs are estimated at $2-3 billion.",
            &[("$2-3 billion", "2000000000", "3000000000", "USD", "range", "")],
        ),
        (
            "en",
            "Anthropic pays $1.25 billion a month for compute.",
            &[("$1.25 billion", "1250000000", "", "USD", "", "P1M")],
        ),
        (
            "en",
            "The company spends $600 billion this year, after 390 billion in 2025.",
            &[
                ("$600 billion", "600000000000", "", "USD", "", ""),
                ("390 billion", "390000000000", "", "USD", "", ""),
            ],
        ),
        (
            "en",
            "It raised $10bn for a model with 500 billion parameters.",
            &[("$10bn", "10000000000", "", "USD", "", "")],
        ),
        (
            "en",
            "The startup is valued at half a billion dollars.",
            &[("half a billion dollars", "500000000", "", "USD", "", "")],
        ),
        (
            "en",
            "They invested twelve million dollars.",
            &[("twelve million dollars", "12000000", "", "USD", "", "")],
        ),
        (
            "en",
            "Microsoft committed billions of dollars to OpenAI.",
            &[("billions of dollars", "", "", "USD", "vague", "")],
        ),
        (
            "en",
            "The fine amounted to several hundred million dollars.",
            &[("several hundred million dollars", "", "", "USD", "vague", "")],
        ),
        ("en", "Shares rose 12% on Monday.", &[("12%", "12", "", "%", "", "")]),
        ("en", "Margins reached 70 percent.", &[("70 percent", "70", "", "%", "", "")]),
        (
            "en",
            "Rates rose by 0.5 percentage points.",
            &[("0.5 percentage points", "0.5", "", "pp", "", "")],
        ),
        (
            "en",
            "The chip is 3.5 times faster and uses 40% less power.",
            &[("40%", "40", "", "%", "", "")],
        ),
        ("en", "Nvidia sold 10,000 H100 GPUs in 2024.", &[]),
        ("en", "The 5m tall tower has 3 floors.", &[]),
        ("en", "GPT-4 was released on March 14, 2023.", &[]),
        ("en", "The yen fell against the dollar.", &[]),
        (
            "en",
            "SoftBank will invest ¥3 trillion in AI.",
            &[("¥3 trillion", "3000000000000", "", "JPY", "", "")],
        ),
        (
            "en",
            "Tencent spent 20 billion yuan on servers.",
            &[("20 billion yuan", "20000000000", "", "CNY", "", "")],
        ),
        (
            "en",
            "The contract is worth CHF 400 million.",
            &[("CHF 400 million", "400000000", "", "CHF", "", "")],
        ),
        (
            "en",
            "Sales grew to 3.350 billion dollars.",
            &[("3.350 billion dollars", "3350000000", "", "USD", "", "")],
        ),
        ("en", "A billion-dollar investment is planned.", &[]),
        ("en", "It made $5bn a year ago.", &[("$5bn", "5000000000", "", "USD", "", "")]),
        (
            "en",
            "Amazon will invest $100bn a year in AI.",
            &[("$100bn", "100000000000", "", "USD", "", "P1Y")],
        ),
        (
            "en",
            "The chips cost $30,000 to $40,000 each.",
            &[("$30,000 to $40,000", "30000", "40000", "USD", "range", "")],
        ),
        (
            "en",
            "The company expects capex of $80-85 billion.",
            &[("$80-85 billion", "80000000000", "85000000000", "USD", "range", "")],
        ),
        (
            "en",
            "The startup raised $300M in Series C.",
            &[("$300M", "300000000", "", "USD", "", "")],
        ),
        ("en", "Over 90% of GPUs are made by Nvidia.", &[("Over 90%", "90", "", "%", "min", "")]),
        ("en", "Up to 1,000 people work at the plant.", &[]),
        (
            "en",
            "Tens of billions of dollars are at stake.",
            &[("Tens of billions of dollars", "", "", "USD", "vague", "")],
        ),
        (
            "en",
            "Net income was $1.2 billion versus $800 million.",
            &[
                ("$1.2 billion", "1200000000", "", "USD", "", ""),
                ("$800 million", "800000000", "", "USD", "", ""),
            ],
        ),
    ]);
}

#[test]
fn data_errors_name_file_and_line() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "scales.csv",
            "form,multiplier,needs_currency\nmillion,1000000,no\nmilliard,1e9,no\n",
            "scales.csv:3",
        ),
        (
            "scales.csv",
            "form,multiplier,needs_currency\nMio.,1000000,no\nmio.,1000000,no\n",
            "scales.csv:3",
        ),
        (
            "currencies.csv",
            "form,code,position\neuros,EUR,after\ndollars,usd,after\n",
            "currencies.csv:3",
        ),
        ("cues.csv", "form,qualifier,condition\nenviron,about,\n", "cues.csv:2"),
        (
            "periods.csv",
            "form,period,position,unless_followed_by\npar mois,1 month,after,\n",
            "periods.csv:2",
        ),
        ("joiners.csv", "form,role\nentre,between\n", "joiners.csv:2"),
        ("conventions.csv", "key,value\ndecimal_mark,;\n", "conventions.csv:2"),
        ("percent.csv", "form\npour cent\n", "percent.csv:1"),
    ];
    for (file, content, want) in cases {
        let dir = tempfile::tempdir().unwrap();
        let fr = dir.path().join("money").join("fr");
        std::fs::create_dir_all(&fr).unwrap();
        std::fs::write(fr.join(file), content).unwrap();
        let err = veille::money::MoneyRules::load(dir.path()).expect_err(file);
        assert!(err.to_string().contains(want), "{file}: {err}");
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("money").join("xx")).unwrap();
    assert!(veille::money::MoneyRules::load(dir.path()).is_err(), "unknown language folder");
}

#[test]
fn odd_input_never_panics_and_values_are_plain_decimals() {
    let lines = [
        "€ $ % 1,,2 3..4 - – 5- -6 d' de de de milliards milliards 99999999999999999999999999999999999 milliards de dollars",
        "Mrd. Mrd. € € 1-2-3-4 Milliarden bis bis zu zu 0,000000000000000000001 Prozent",
        "$ $ $5 $ 5 $ bn bn 1.2.3 billion 10e9 dollars 1,000,000,000,000,000,000 trillion trillion dollars",
        "vingt et un et deux et trois milliards, quatre-vingt-dix-neuf millions d'euros, soixante et onze pour cent",
        "einundzwanzig Milliarden Euro, neunundneunzig Prozent, zwischen zwei und drei Milliarden Euro",
        "é\u{301}€1\u{a0}000\u{202f}000,5 Md€ ß 5% ½ ¥ ₹ 12'000 CHF — 3‑4 Mrd. – fin",
        "entre et à - 2 à et entre 3",
    ];
    for lang in ["fr", "de", "en"] {
        for line in lines {
            for (_, text, value, value_to, ..) in found(lang, line) {
                assert!(!text.is_empty());
                for v in [value, value_to].iter().filter(|v| !v.is_empty()) {
                    assert!(v.bytes().all(|b| b.is_ascii_digit() || b == b'.'), "{v} in {line}");
                    assert!(!v.ends_with('.') && !v.starts_with('.'), "{v}");
                }
            }
        }
    }
}

/// A bare scale word as the object of a money verb is a vague amount; a counted noun
/// after it, an abbreviation alone or a sentence about no money makes it none.
#[test]
fn bare_vague_amounts() {
    check(&[
        (
            "de",
            "Helsing, DeepL, Aleph Alpha: Deutsche KI-Start-ups sammeln Milliarden ein",
            &[("Milliarden", "", "", "", "vague", "")],
        ),
        (
            "de",
            "Der Konzern investiert Milliarden in neue Fabriken.",
            &[("Milliarden", "", "", "", "vague", "")],
        ),
        ("de", "Der Chip hat Milliarden Transistoren und kostet viel.", &[]),
        ("de", "Die Kosten stehen in Mrd. im Bericht.", &[]),
        ("de", "Milliarden Menschen nutzen das Netz.", &[]),
        ("fr", "Les start-up lèvent des millions.", &[("des millions", "", "", "", "vague", "")]),
        (
            "fr",
            "Les géants dépensent milliards après milliards.",
            &[("milliards", "", "", "", "vague", ""), ("milliards", "", "", "", "vague", "")],
        ),
        ("fr", "Elle compte des millions d'utilisateurs et investit.", &[]),
        ("fr", "Des millions de Français regardent le match.", &[]),
        ("en", "The company raised billions.", &[("billions", "", "", "", "vague", "")]),
        ("en", "The chip packs billions of transistors.", &[]),
        ("en", "Millions watched the keynote.", &[]),
    ]);
}

/// Annualized figures are yearly rates; a sentence-wide rate word reaches the amounts
/// of its own clause only.
#[test]
fn annualized_rates() {
    check(&[
        ("fr", "La société vise un chiffre d'affaires annualisé de plus de 300 millions d'euros.", &[("plus de 300 millions d'euros", "300000000", "", "EUR", "min", "P1Y")]),
        ("fr", "Ses revenus annualisés atteignent 2 milliards d'euros.", &[("2 milliards d'euros", "2000000000", "", "EUR", "", "P1Y")]),
        ("fr", "Le run-rate est passé d'environ 1 milliard de dollars début 2025 à 47 milliards fin 2025.", &[
            ("environ 1 milliard de dollars", "1000000000", "", "USD", "approx", "P1Y"),
            ("47 milliards", "47000000000", "", "USD", "", "P1Y"),
        ]),
        ("de", "Der annualisierte Umsatz liegt bei 100 Millionen Euro.", &[("100 Millionen Euro", "100000000", "", "EUR", "", "P1Y")]),
        ("en", "Anthropic's annualized revenue has reached about $1.4 billion, people said, and sales could rise to as much as $34.5 billion by 2027.", &[
            ("about $1.4 billion", "1400000000", "", "USD", "approx", "P1Y"),
            ("as much as $34.5 billion", "34500000000", "", "USD", "max", ""),
        ]),
        ("en", "Its run rate hit $5 billion.", &[("$5 billion", "5000000000", "", "USD", "", "P1Y")]),
        // No rate word: no period.
        ("fr", "Le chiffre d'affaires atteint 300 millions d'euros.", &[("300 millions d'euros", "300000000", "", "EUR", "", "")]),
        ("en", "The company posted revenue of $9.3 billion.", &[("$9.3 billion", "9300000000", "", "USD", "", "")]),
    ]);
}

/// Sentences without a digit: the prefilter lets a number word, a compound of number
/// words, a scale word or a percent word through, and nothing else.
#[test]
fn without_digits() {
    check(&[
        (
            "fr",
            "L'État versera trois milliards d'euros aux régions.",
            &[("trois milliards d'euros", "3000000000", "", "EUR", "", "")],
        ),
        (
            "de",
            "Der Konzern investiert fünfundzwanzig Millionen Euro.",
            &[("fünfundzwanzig Millionen Euro", "25000000", "", "EUR", "", "")],
        ),
        (
            "en",
            "The company raised half a billion dollars.",
            &[("half a billion dollars", "500000000", "", "USD", "", "")],
        ),
        (
            "fr",
            "Le chômage a reculé de deux pour cent.",
            &[("deux pour cent", "2", "", "%", "", "")],
        ),
        ("de", "Die Preise stiegen um zwölf Prozent.", &[("zwölf Prozent", "12", "", "%", "", "")]),
        ("fr", "Le ministre a parlé aux élus de la région.", &[]),
        ("en", "The minister spoke to the regional councillors.", &[]),
    ]);
}
