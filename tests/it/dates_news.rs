//! Table-driven date cases of issue 13: the forms a newsroom writes, French, German
//! and English, each with the reference (document) date it assumes (`-` for none).
//! The phrases were written for veille. Cases with an empty expected list or an empty
//! value are wrong-value regressions: the right value or none, never a wrong one
//! (`juillet 98` is never 2025-07; an interval never ends before it starts).

use crate::dates::check;

/// Class 1: day and month forms.
#[test]
fn day_and_month_forms() {
    check(&[
        (
            "2025-06-11",
            "fr",
            "L'accord sera signé le 5 juil. à Paris.",
            &[("5 juil.", "2025-07-05", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "L'usine a ouvert le 15 fév 2013 près de Lyon.",
            &[("15 fév 2013", "2013-02-15", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La cotation reprend le 2 sept. après la pause.",
            &[("2 sept.", "2025-09-02", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le rapport du 3 déc. 2024 était prudent.",
            &[("3 déc. 2024", "2024-12-03", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le décret est paru le 7 janv. 2025 au Journal officiel.",
            &[("7 janv. 2025", "2025-01-07", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Messe beginnt am 3. Okt. in Berlin.",
            &[("3. Okt.", "2025-10-03", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Der Bericht vom 12. Dez. 2024 bleibt gültig.",
            &[("12. Dez. 2024", "2024-12-12", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Frist endet am 28. Feb. 2026.",
            &[("28. Feb. 2026", "2026-02-28", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The deal closed on Sept. 2 in New York.",
            &[("Sept. 2", "2025-09-02", "")],
        ),
        (
            "2025-06-11",
            "en",
            "Shares fell on Jan. 15, 2026, after the warning.",
            &[("Jan. 15, 2026", "2026-01-15", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The filing is dated Dec. 3, 2024.",
            &[("Dec. 3, 2024", "2024-12-03", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La réforme entre en vigueur le premier mars.",
            &[("premier mars", "2025-03-01", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le tarif s'applique depuis le 1er janvier.",
            &[("1er janvier", "2025-01-01", "AFTER")],
        ),
        (
            "2025-06-11",
            "fr",
            "La loi s'applique au premier juillet 2026.",
            &[("premier juillet 2026", "2026-07-01", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Das Gesetz gilt ab dem ersten März.",
            &[("ersten März", "2025-03-01", "AFTER")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Wahl findet am zweiten Mai statt.",
            &[("zweiten Mai", "2025-05-02", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Der Tarif steigt am fünfzehnten Oktober.",
            &[("fünfzehnten Oktober", "2025-10-15", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Auszahlung erfolgt am 15te Juli.",
            &[("15te Juli", "2025-07-15", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The rule applies from the 5th of June.",
            &[("5th of June", "2025-06-05", "AFTER")],
        ),
        (
            "2025-06-11",
            "en",
            "Trading resumes on the first of July.",
            &[("first of July", "2025-07-01", "")],
        ),
        ("2025-06-11", "en", "The vote is set for the twenty-first of May.", &[]),
        ("2025-06-11", "fr", "Le rapport du 17/02 est clair.", &[("17/02", "2025-02-17", "")]),
        ("2025-06-11", "fr", "La réunion est fixée au 3/09 à Lyon.", &[("3/09", "2025-09-03", "")]),
        (
            "2025-06-11",
            "fr",
            "Les chiffres publiés le 28/04 ont surpris.",
            &[("28/04", "2025-04-28", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Sitzung am 15.2. wurde verschoben.",
            &[("15.2.", "2025-02-15", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Sitzung am 22.04. wurde verschoben.",
            &[("22.04.", "2025-04-22", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Frist läuft bis 30.9. weiter.",
            &[("30.9.", "2025-09-30", "BEFORE")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Wahl wurde vom 14.10. auf den 15.10. verschoben.",
            &[("14.10.", "2025-10-14", ""), ("15.10.", "2025-10-15", "")],
        ),
        ("2025-06-11", "fr", "La version 15.2. corrige le bug.", &[]),
        ("2025-06-11", "fr", "Le score était de 17/02 au tirage.", &[]),
        (
            "2025-06-11",
            "fr",
            "La réunion a eu lieu le 16 à Bruxelles.",
            &[("16", "2025-05-16", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La réunion aura lieu le 16 à Bruxelles.",
            &[("16", "2025-06-16", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La séance prévue le 20, à Paris, est maintenue.",
            &[("20", "2025-06-20", "")],
        ),
        ("2025-06-11", "de", "Die Sitzung ist am 15. in Brüssel.", &[("15.", "2025-06-15", "")]),
        ("2025-06-11", "de", "Die Sitzung war am 5. in Brüssel.", &[("5.", "2025-06-05", "")]),
        ("2025-06-11", "fr", "Il habite au 16 rue de Rivoli.", &[]),
        ("2025-06-11", "fr", "Il a fini le 16e sur 20.", &[]),
        ("2025-06-11", "de", "Er fuhr am 15. Tag des Rennens vorne.", &[]),
        ("2025-06-11", "en", "He was one of the 16.", &[]),
        (
            "2025-06-11",
            "fr",
            "Les ventes de juillet 98 ont chuté.",
            &[("juillet 98", "1998-07", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le krach d'octobre 87 reste dans les mémoires.",
            &[("octobre 87", "1987-10", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Krise vom Oktober 87 wirkt nach.",
            &[("Oktober 87", "1987-10", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The crash of October '87 still looms.",
            &[("October '87", "1987-10", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The summer of '98 was hot for chipmakers.",
            &[("summer of '98", "1998-SU", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Er wurde am 18.08.78 in Bonn geboren.",
            &[("18.08.78", "1978-08-18", "")],
        ),
        ("2025-06-11", "fr", "La société a été fondée en 1865.", &[("1865", "1865", "")]),
        (
            "2025-06-11",
            "fr",
            "En 1865, la compagnie posait son premier câble.",
            &[("1865", "1865", "")],
        ),
        ("2025-06-11", "en", "The company was founded in 1865.", &[("1865", "1865", "")]),
        (
            "2025-06-11",
            "de",
            "Die Firma entstand im Jahr 1847 in Berlin.",
            &[("Jahr 1847", "1847", "")],
        ),
        ("2025-06-11", "fr", "Il a acheté 1865 actions.", &[]),
        ("2025-06-11", "fr", "En 1500 exemplaires, le livre s'est vendu.", &[]),
        (
            "2025-06-11",
            "fr",
            "La réunion de jeudi 12 a été annulée.",
            &[("jeudi 12", "2025-06-12", "")],
        ),
        ("2025-06-11", "fr", "La réunion de jeudi 13 a été annulée.", &[("jeudi 13", "", "")]),
        (
            "2025-06-11",
            "de",
            "Die Sitzung findet am Donnerstag, 16. statt.",
            &[("Donnerstag, 16.", "", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le conseil de lundi 30 a validé le plan.",
            &[("lundi 30", "2025-06-30", "")],
        ),
    ]);
}

/// Class 2: ranges.
#[test]
fn ranges_of_days() {
    check(&[
        (
            "2025-06-11",
            "fr",
            "Le salon se tient du 13 au 15 juillet.",
            &[("du 13 au 15 juillet", "2025-07-13/2025-07-15", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le salon se tient 13-15 juillet à Lyon.",
            &[("13-15 juillet", "2025-07-13/2025-07-15", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le salon se tient du 30 juin au 2 juillet.",
            &[("du 30 juin au 2 juillet", "2025-06-30/2025-07-02", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le salon se tient du 15 au 13 juillet.",
            &[("du 15 au 13 juillet", "", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Les soldes vont du 25 juin au 22 juillet 2026.",
            &[("du 25 juin au 22 juillet 2026", "2026-06-25/2026-07-22", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Messe findet vom 14.10. bis 15.10.2018 statt.",
            &[("vom 14.10. bis 15.10.2018", "2018-10-14/2018-10-15", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Messe findet 14.10. - 15.10.2018 statt.",
            &[("14.10. - 15.10.2018", "2018-10-14/2018-10-15", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Messe findet vom 14. bis 16. Oktober statt.",
            &[("vom 14. bis 16. Oktober", "2025-10-14/2025-10-16", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Vom 1. bis 3. Mai ist die Messe geöffnet.",
            &[("Vom 1. bis 3. Mai", "2025-05-01/2025-05-03", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Messe lief vom 16.10. bis 14.10.2018.",
            &[("vom 16.10. bis 14.10.2018", "", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The fair runs from July 13 to 15.",
            &[("from July 13 to 15", "2025-07-13/2025-07-15", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The fair runs July 13-15.",
            &[("July 13-15", "2025-07-13/2025-07-15", "")],
        ),
        ("2025-06-11", "en", "The fair runs July 15-13.", &[("July 15", "2025-07-15", "")]),
        (
            "2025-06-11",
            "de",
            "Die Läden sind von Montag bis Freitag geöffnet.",
            &[("von Montag bis Freitag", "2025-06-09/2025-06-13", "")],
        ),
        (
            "2025-06-13",
            "de",
            "Die Läden sind von Montag bis Freitag geöffnet.",
            &[("von Montag bis Freitag", "2025-06-16/2025-06-20", "")],
        ),
        (
            "2025-06-13",
            "fr",
            "Le site ferme du lundi au vendredi.",
            &[("du lundi au vendredi", "2025-06-16/2025-06-20", "")],
        ),
        (
            "2025-06-12",
            "en",
            "The plant runs from Friday to Monday.",
            &[("from Friday to Monday", "2025-06-13/2025-06-16", "")],
        ),
    ]);
}

/// Class 3: weeks and parts of months.
#[test]
fn weeks_and_parts_of_months() {
    check(&[
        (
            "2025-06-11",
            "fr",
            "La semaine du 6 octobre sera chargée.",
            &[("semaine du 6 octobre", "2025-W41", "")],
        ),
        (
            "2025-06-11",
            "de",
            "In der Woche vom 6. Oktober fällt die Entscheidung.",
            &[("Woche vom 6. Oktober", "2025-W41", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The launch is planned for the week of October 6.",
            &[("week of October 6", "2025-W41", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Les résultats sont attendus dans la première quinzaine d'avril.",
            &[("première quinzaine d'avril", "2025-04", "START")],
        ),
        (
            "2025-06-11",
            "fr",
            "La livraison glisse à la seconde quinzaine de septembre.",
            &[("seconde quinzaine de septembre", "2025-09", "END")],
        ),
        ("2025-06-11", "de", "Die Lieferung kommt in KW 12.", &[("KW 12", "2025-W12", "")]),
        (
            "2025-06-11",
            "de",
            "Die Lieferung kommt in der Kalenderwoche 12.",
            &[("Kalenderwoche 12", "2025-W12", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Der Start ist für KW 3/2026 geplant.",
            &[("KW 3/2026", "2026-W03", "")],
        ),
        ("2025-06-11", "de", "Der Versand beginnt in KW42.", &[("KW42", "2025-W42", "")]),
        ("2025-06-11", "fr", "Le salon a lieu ce week-end.", &[("ce week-end", "2025-W24-WE", "")]),
        (
            "2025-06-11",
            "de",
            "Die Messe ist am Wochenende.",
            &[("am Wochenende", "2025-W24-WE", "")],
        ),
        (
            "2025-06-13",
            "de",
            "Am Wochenende hat die Polizei kontrolliert.",
            &[("Am Wochenende", "2025-W23-WE", "")],
        ),
        ("2025-06-11", "en", "The show is this weekend.", &[("this weekend", "2025-W24-WE", "")]),
        (
            "2025-06-11",
            "en",
            "The outage started last weekend.",
            &[("last weekend", "2025-W23-WE", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La grève est prévue le week-end prochain.",
            &[("le week-end prochain", "2025-W25-WE", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Die Entscheidung fällt übernächste Woche.",
            &[("übernächste Woche", "2025-W26", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Der Umsatz stieg vorletztes Jahr.",
            &[("vorletztes Jahr", "2023", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Im vorletzten Monat sank der Absatz.",
            &[("vorletzten Monat", "2025-04", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Wir sehen uns übernächsten Freitag.",
            &[("übernächsten Freitag", "2025-06-20", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La semaine derniere, le groupe a annoncé un plan.",
            &[("semaine derniere", "2025-W23", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "L'annee derniere, le groupe a perdu de l'argent.",
            &[("annee derniere", "2024", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La semaine dernière, le groupe a annoncé un plan.",
            &[("semaine dernière", "2025-W23", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The decision comes the week after next.",
            &[("the week after next", "2025-W26", "")],
        ),
        (
            "2025-06-11",
            "en",
            "Sales rose the year before last.",
            &[("the year before last", "2023", "")],
        ),
        (
            "2025-06-11",
            "en",
            "Prices fell the month before last.",
            &[("the month before last", "2025-04", "")],
        ),
    ]);
}

/// Class 4: offsets and spans.
#[test]
fn offsets_and_spans() {
    check(&[
        (
            "2025-06-11",
            "fr",
            "Le produit sortira dans trois semaines.",
            &[("dans trois semaines", "2025-W27", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Il l'a annoncé il y a deux jours.",
            &[("il y a deux jours", "2025-06-09", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "L'usine a fermé il y a trois ans.",
            &[("il y a trois ans", "2022", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Das Produkt wird in drei Wochen kommen.",
            &[("in drei Wochen", "2025-W27", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Das Werk soll in zwei Jahren fertig sein.",
            &[("in zwei Jahren", "2027", "")],
        ),
        ("2025-06-11", "de", "In nur sechs Monaten formen wir eine Idee zur Fabrik.", &[]),
        ("2025-06-11", "de", "Der Umsatz stieg in sechs Monaten um zehn Prozent.", &[]),
        (
            "2025-06-11",
            "de",
            "Das Werk wurde vor zwei Jahren eröffnet.",
            &[("vor zwei Jahren", "2023", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The product will ship in three weeks.",
            &[("in three weeks", "2025-W27", "")],
        ),
        ("2025-06-11", "en", "Sales doubled in three years.", &[]),
        ("2025-06-11", "en", "The plant opened two years ago.", &[("two years ago", "2023", "")]),
        (
            "2025-06-11",
            "fr",
            "Les prix ont grimpé au cours des deux derniers mois.",
            &[("deux derniers mois", "2025-04/2025-06", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le titre a triplé ces trois dernières années.",
            &[("trois dernières années", "2022/2025", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Les ventes ont crû au cours des trois derniers trimestres.",
            &[("trois derniers trimestres", "2024-Q3/2025-Q2", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Der Umsatz stieg in den letzten drei Jahren.",
            &[("letzten drei Jahren", "2022/2025", "")],
        ),
        (
            "2025-06-11",
            "de",
            "In den vergangenen zwei Monaten sank der Absatz.",
            &[("vergangenen zwei Monaten", "2025-04/2025-06", "")],
        ),
        (
            "2025-06-11",
            "en",
            "Prices rose over the past two months.",
            &[("past two months", "2025-04/2025-06", "")],
        ),
        (
            "2025-06-11",
            "en",
            "Shares gained 40% over the last three years.",
            &[("last three years", "2022/2025", "")],
        ),
        ("2025-06-11", "en", "Over the last two decades the firm grew.", &[]),
        ("2025-06-11", "fr", "Ces dernières années, le marché a grossi.", &[]),
        (
            "2025-02",
            "fr",
            "Les prix ont grimpé au cours des deux derniers mois.",
            &[("deux derniers mois", "2024-12/2025-02", "")],
        ),
        (
            "-",
            "de",
            "Der Umsatz stieg in den letzten drei Jahren.",
            &[("letzten drei Jahren", "", "")],
        ),
    ]);
}

/// Class 5: holidays.
#[test]
fn holidays() {
    check(&[
        ("2025-06-11", "fr", "Les ventes de Noël ont été bonnes.", &[("Noël", "2024-12-25", "")]),
        ("2025-06-11", "fr", "Le magasin ouvrira à Noël.", &[("Noël", "2025-12-25", "")]),
        (
            "2025-06-11",
            "fr",
            "Le magasin ouvre à Pâques 2026.",
            &[("Pâques 2026", "2026-04-05", "")],
        ),
        ("2025-06-11", "fr", "Il partira à Pâques.", &[("Pâques", "2026-04-05", "")]),
        (
            "2025-06-11",
            "fr",
            "Le lundi de Pâques 2024 était férié.",
            &[("lundi de Pâques 2024", "2024-04-01", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Les banques ferment le Vendredi saint 2026.",
            &[("Vendredi saint 2026", "2026-04-03", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le pont de l'Ascension 2026 tombe bien.",
            &[("Ascension 2026", "2026-05-14", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le lundi de Pentecôte 2025 a été travaillé.",
            &[("lundi de Pentecôte 2025", "2025-06-09", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La Toussaint 2025 tombe un samedi.",
            &[("Toussaint 2025", "2025-11-01", ""), ("samedi", "2025-06-14", "")],
        ),
        ("2025-06-11", "fr", "Noël Le Graët a démissionné.", &[]),
        ("2025-06-11", "fr", "Jean Noël a parlé aux salariés.", &[]),
        (
            "2025-06-11",
            "fr",
            "Le défilé de la fête nationale du 14 juillet 2025 a eu lieu.",
            &[("fête nationale du 14 juillet 2025", "2025-07-14", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "La fête du Travail 2026 tombe un vendredi.",
            &[("fête du Travail 2026", "2026-05-01", ""), ("vendredi", "2025-06-13", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le réveillon de la Saint-Sylvestre 2025 sera calme.",
            &[("réveillon de la Saint-Sylvestre 2025", "2025-12-31", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Ostern 2026 fällt auf den 5. April.",
            &[("Ostern 2026", "2026-04-05", ""), ("5. April", "2026-04-05", "")],
        ),
        (
            "2025-03-05",
            "de",
            "Zu Ostern will der Konzern liefern.",
            &[("Ostern", "2025-04-20", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Am Tag der Deutschen Einheit ruht die Arbeit.",
            &[("Tag der Deutschen Einheit", "2025-10-03", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Zu Pfingsten 2026 öffnet das Werk.",
            &[("Pfingsten 2026", "2026-05-24", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Am Pfingstmontag 2025 war das Werk geschlossen.",
            &[("Pfingstmontag 2025", "2025-06-09", "")],
        ),
        (
            "2025-06-11",
            "de",
            "An Christi Himmelfahrt 2027 ruht der Handel.",
            &[("Christi Himmelfahrt 2027", "2027-05-06", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Fronleichnam 2025 ist in Bayern frei.",
            &[("Fronleichnam 2025", "2025-06-19", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Am Karfreitag 2025 blieben die Börsen zu.",
            &[("Karfreitag 2025", "2025-04-18", "")],
        ),
        (
            "2025-06-11",
            "de",
            "An Heiligabend 2024 lief der Handel kurz.",
            &[("Heiligabend 2024", "2024-12-24", "")],
        ),
        (
            "2025-06-11",
            "de",
            "An Silvester hat die Börse verkürzt gehandelt.",
            &[("Silvester", "2024-12-31", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Das Werk öffnet an Allerheiligen.",
            &[("Allerheiligen", "2025-11-01", "")],
        ),
        ("2025-06-11", "de", "Der Umsatz im Weihnachtsgeschäft stieg.", &[]),
        ("2025-06-11", "en", "Sales rose over Christmas.", &[("Christmas", "2024-12-25", "")]),
        (
            "2025-06-11",
            "en",
            "The store will reopen on Easter Monday.",
            &[("Easter Monday", "2026-04-06", "")],
        ),
        (
            "2025-06-11",
            "en",
            "Markets close on Good Friday 2026.",
            &[("Good Friday 2026", "2026-04-03", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The deal was signed on New Year's Eve 2024.",
            &[("New Year's Eve 2024", "2024-12-31", "")],
        ),
        ("2025-06-11", "en", "The ascension of Nvidia continues.", &[]),
        ("2025-06-11", "en", "The cable reached Easter Island.", &[]),
        ("-", "fr", "Le magasin ouvrira à Noël.", &[("Noël", "", "")]),
    ]);
}

/// Class 6: tense.
#[test]
fn tense_of_the_clause() {
    check(&[
        ("2025-06-11", "fr", "La grève aura lieu samedi.", &[("samedi", "2025-06-14", "")]),
        ("2025-06-11", "fr", "Le groupe a annoncé lundi un plan.", &[("lundi", "2025-06-09", "")]),
        (
            "2025-06-11",
            "fr",
            "Le groupe a annoncé vendredi un plan.",
            &[("vendredi", "2025-06-06", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le groupe présentera vendredi ses comptes.",
            &[("vendredi", "2025-06-13", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le groupe présentera lundi ses comptes.",
            &[("lundi", "2025-06-16", "")],
        ),
        ("2025-06-11", "fr", "La réunion a lieu samedi à Lyon.", &[("samedi", "2025-06-14", "")]),
        (
            "2025-06-11",
            "fr",
            "La réunion a eu lieu samedi à Lyon.",
            &[("samedi", "2025-06-07", "")],
        ),
        ("2025-06-11", "fr", "Le vote est prévu lundi.", &[("lundi", "2025-06-09", "")]),
        ("2025-06-11", "fr", "Mardi, le groupe a signé un accord.", &[("Mardi", "2025-06-10", "")]),
        (
            "2025-06-11",
            "fr",
            "Samedi dernier, la grève a eu lieu.",
            &[("Samedi dernier", "2025-06-07", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le ministre va annoncer mardi un plan.",
            &[("mardi", "2025-06-17", "")],
        ),
        ("2025-06-11", "fr", "La réunion se tiendra mercredi.", &[("mercredi", "2025-06-11", "")]),
        (
            "2025-06-13",
            "de",
            "Die Firma hat am Montag Zahlen vorgelegt.",
            &[("Montag", "2025-06-09", "")],
        ),
        (
            "2025-06-13",
            "de",
            "Die Firma wird am Donnerstag Zahlen vorlegen.",
            &[("Donnerstag", "2025-06-19", "")],
        ),
        (
            "2025-06-13",
            "de",
            "Die Firma legte am Dienstag Zahlen vor.",
            &[("Dienstag", "2025-06-10", "")],
        ),
        (
            "2025-06-13",
            "de",
            "Der Konzern will am Montag entscheiden.",
            &[("Montag", "2025-06-16", "")],
        ),
        (
            "2025-06-13",
            "de",
            "Der Konzern hatte am Freitag gewarnt.",
            &[("Freitag", "2025-06-13", "")],
        ),
        (
            "2025-06-09",
            "en",
            "The company said on Friday it would cut jobs.",
            &[("Friday", "2025-06-06", "")],
        ),
        (
            "2025-06-09",
            "en",
            "The company will report on Thursday.",
            &[("Thursday", "2025-06-12", "")],
        ),
        (
            "2025-06-12",
            "en",
            "The company announced on Monday a new chip.",
            &[("Monday", "2025-06-09", "")],
        ),
        ("2025-06-12", "en", "The board will meet on Tuesday.", &[("Tuesday", "2025-06-17", "")]),
        ("2025-06-12", "en", "The board met on Tuesday.", &[("Tuesday", "2025-06-10", "")]),
        ("2025-06-11", "en", "On Monday, the board met.", &[("Monday", "2025-06-09", "")]),
        (
            "2025-06-11",
            "fr",
            "La réunion de samedi dernier a été tendue.",
            &[("samedi dernier", "2025-06-07", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Der Streik beginnt am kommenden Dienstag.",
            &[("kommenden Dienstag", "2025-06-17", "")],
        ),
        (
            "2025-06-11",
            "en",
            "The chip launches next Friday.",
            &[("next Friday", "2025-06-13", "")],
        ),
        (
            "2023-11",
            "de",
            "Die Firma hat am Montag Zahlen vorgelegt.",
            &[("Montag", "2023-11", "")],
        ),
        ("-", "fr", "Le groupe a annoncé lundi un plan.", &[("lundi", "", "")]),
    ]);
}

/// Class 7: datelines.
#[test]
fn datelines_with_a_day() {
    check(&[
        (
            "2025-02",
            "fr",
            "PARIS, 10 février (AFP) – Le groupe a annoncé hier un plan.",
            &[("10 février", "2025-02-10", ""), ("hier", "2025-02-09", "")],
        ),
        ("2025-02", "fr", "Le groupe a annoncé hier un plan.", &[("hier", "2025-02", "")]),
        (
            "2025",
            "de",
            "BERLIN, 3. März (dpa) - Die Firma hat gestern Zahlen vorgelegt.",
            &[("3. März", "2025-03-03", ""), ("gestern", "2025-03-02", "")],
        ),
        (
            "2025-03",
            "de",
            "BERLIN, 3. April (dpa) - Die Firma hat gestern Zahlen vorgelegt.",
            &[("3. April", "2025-04-03", ""), ("gestern", "2025-03", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "PARIS, 10 février (AFP) – Le groupe a annoncé hier un plan.",
            &[("10 février", "2025-02-10", ""), ("hier", "2025-06-10", "")],
        ),
        (
            "2025-06",
            "en",
            "LONDON, June 5 (Reuters) - The bank said on Monday it would hire.",
            &[("June 5", "2025-06-05", ""), ("Monday", "2025-06-02", "")],
        ),
    ]);
}

/// Class 8: periods of a report.
#[test]
fn periods_of_a_report() {
    check(&[
        (
            "2025-06-11",
            "de",
            "Für das Gesamtjahr erwartet der Konzern mehr Umsatz.",
            &[("Gesamtjahr", "2025", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Im dritten Quartal 2024 stieg der Umsatz, für das Gesamtjahr sank er.",
            &[("dritten Quartal 2024", "2024-Q3", ""), ("Gesamtjahr", "2024", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Im abgelaufenen Quartal stieg der Umsatz.",
            &[("abgelaufenen Quartal", "2025-Q1", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Im dritten Vierteljahr stieg der Umsatz.",
            &[("dritten Vierteljahr", "2025-Q3", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Das dritte Quartal im fiskalischen Jahr 2026 war stark.",
            &[("dritte Quartal im fiskalischen Jahr 2026", "2026-Q3", "")],
        ),
        (
            "2025-06-11",
            "de",
            "In der zweiten Hälfte des Jahres 2024 stieg der Umsatz.",
            &[("zweiten Hälfte des Jahres 2024", "2024-H2", "")],
        ),
        (
            "2025-06-11",
            "de",
            "In der ersten Hälfte des Jahres 2026 startet das Werk.",
            &[("ersten Hälfte des Jahres 2026", "2026-H1", "")],
        ),
        (
            "2025-06-11",
            "de",
            "In der zweiten Hälfte des Monats sank der Kurs.",
            &[("zweiten Hälfte des Monats", "2025-06", "END")],
        ),
        (
            "2025-06-11",
            "fr",
            "Au second semestre de l'année 2024, le chiffre a crû.",
            &[("second semestre de l'année 2024", "2024-H2", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Au troisième trimestre de l'année 2025, la marge a baissé.",
            &[("troisième trimestre de l'année 2025", "2025-Q3", "")],
        ),
        (
            "2025-06-11",
            "en",
            "In the second half of 2024 sales rose.",
            &[("second half of 2024", "2024-H2", "")],
        ),
        (
            "2025-06-11",
            "en",
            "In the third quarter of the year 2023 sales fell.",
            &[("third quarter of the year 2023", "2023-Q3", "")],
        ),
        (
            "2025-06-11",
            "fr",
            "Le chiffre d'affaires du troisième trimestre de l'exercice 2026 a crû.",
            &[("troisième trimestre de l'exercice 2026", "2026-Q3", "")],
        ),
        (
            "2025-06-11",
            "de",
            "Im zweiten Quartal des Geschäftsjahres 2025 stieg der Gewinn.",
            &[("zweiten Quartal des Geschäftsjahres 2025", "2025-Q2", "")],
        ),
    ]);
}
