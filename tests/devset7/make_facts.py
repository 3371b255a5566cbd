#!/usr/bin/env python3
"""Writes gold/facts.csv for devset7 from the hand annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
Checks that every sentence is verbatim in its file, deduplicates by (doc, type, subject, object)
(partners unordered, required beats optional) and sorts.  Sentences that state no fact are listed
with no facts where they hold a trap (a description as subject, a negation, a receiver of money),
so that a reader sees the decision."""
import csv, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
OUT = os.path.join(HERE, "gold", "facts.csv")
R, O = "required", "optional"

A = []
def doc(path):
    def s(sentence, *facts):
        A.append((path, sentence, list(facts)))
    return s

# ---------------------------------------------------------------- fr/st-rachete-prophesee.txt
s = doc("fr/st-rachete-prophesee.txt")
s("STMicroelectronics rachète Prophesee et relève ses prévisions",
  ("owns", "STMicroelectronics", "Prophesee", O))
s("STMicroelectronics a annoncé jeudi l'acquisition de Prophesee, la start-up parisienne spécialisée dans les capteurs de vision neuromorphiques, pour 320 millions d'euros en numéraire.",
  ("owns", "STMicroelectronics", "Prophesee", R), ("pays", "STMicroelectronics", "320000000 EUR", R),
  ("invests", "STMicroelectronics", "320000000 EUR", O), ("dated", "320000000 EUR", "2026-04-23", O))
s("Parmi les vendeurs de Prophesee figurent Sony, qui avait pris une participation en 2021, ainsi que Bpifrance et Intel Capital.",
  ("owns", "Sony", "Prophesee", R), ("owns", "Bpifrance", "Prophesee", R), ("owns", "Intel Capital", "Prophesee", R))
s("Le japonais restera un partenaire industriel : Sony fabrique depuis 2020 les capteurs empilés de Prophesee et continuera de les produire pour STMicroelectronics.",
  ("supplies", "Sony", "Prophesee", R), ("supplies", "Sony", "STMicroelectronics", R),
  ("partners", "Sony", "STMicroelectronics", O), ("partners", "Sony", "Prophesee", O))
s("Prophesee, qui a levé au total près de 130 millions d'euros depuis sa création en 2014, a généré l'an dernier un chiffre d'affaires de 21 millions d'euros.",
  ("raises", "Prophesee", "130000000 EUR", R), ("revenue", "Prophesee", "21000000 EUR", R),
  ("dated", "21000000 EUR", "2025", R), ("dated", "130000000 EUR", "2014", O))
s("Les capteurs de Prophesee équipent déjà des smartphones de Xiaomi, et Renault les teste pour la surveillance de l'habitacle.",
  ("supplies", "Prophesee", "Xiaomi", R), ("supplies", "Prophesee", "Renault", O))
s("« Le prix est élevé, près de quinze fois les ventes, mais ST achète une technologie qu'aucun concurrent ne possède », estime un analyste de Kepler Cheuvreux.")
s("STMicroelectronics avait acquis en 2025 l'activité de capteurs MEMS de NXP pour 950 millions de dollars.",
  ("pays", "STMicroelectronics", "950000000 USD", R), ("dated", "950000000 USD", "2025", R),
  ("invests", "STMicroelectronics", "950000000 USD", O))
s("Au premier trimestre 2026, ST a réalisé un chiffre d'affaires de 2,97 milliards de dollars, en hausse de 18 % sur un an, et un résultat net de 214 millions de dollars.",
  ("revenue", "STMicroelectronics", "2970000000 USD", R), ("profit", "STMicroelectronics", "214000000 USD", R),
  ("dated", "2970000000 USD", "2026-Q1", R), ("dated", "214000000 USD", "2026-Q1", R))
s("Les commandes enregistrées par ST ont dépassé 3,3 milliards de dollars sur la période, portées par les constructeurs chinois et par Tesla, l'un de ses principaux clients pour les modules en carbure de silicium.",
  ("orders", "STMicroelectronics", "3300000000 USD", R), ("supplies", "STMicroelectronics", "Tesla", R))
s("Pour le deuxième trimestre, STMicroelectronics table sur des revenus d'environ 3,15 milliards de dollars, au-dessus du consensus compilé par FactSet.",
  ("revenue", "STMicroelectronics", "3150000000 USD", R), ("dated", "3150000000 USD", "2026-Q2", O))

# ---------------------------------------------------------------- fr/atos-cede-cybersecurite-thales.txt
s = doc("fr/atos-cede-cybersecurite-thales.txt")
s("Atos cède ses produits de cybersécurité à Thales pour 700 millions d'euros",
  ("pays", "Thales", "700000000 EUR", O), ("invests", "Thales", "700000000 EUR", O))
s("Atos a signé mercredi un accord pour céder à Thales la division « Cybersecurity Products » d'Eviden, sa filiale dédiée au calcul haute performance et à la sécurité, pour une valeur d'entreprise de 700 millions d'euros.",
  ("owns", "Atos", "Eviden", R), ("pays", "Thales", "700000000 EUR", R),
  ("invests", "Thales", "700000000 EUR", O), ("dated", "700000000 EUR", "2026-03-11", O))
s("La division d'Eviden, qui emploie 2 800 personnes en France et en Allemagne, fournit notamment des modules de chiffrement à Airbus et à Dassault Aviation.",
  ("supplies", "Eviden", "Airbus", R), ("supplies", "Eviden", "Dassault Aviation", R))
s("Thales et Atos ont aussi convenu d'un partenariat de cinq ans pour intégrer ces produits dans les offres de cloud souverain de S3NS, la coentreprise de Thales avec Google.",
  ("partners", "Thales", "Atos", R), ("owns", "Thales", "S3NS", R), ("partners", "Thales", "Google", R),
  ("owns", "Google", "S3NS", O), ("partners", "Atos", "S3NS", O))
s("Pour Thales, qui a racheté Imperva pour 3,6 milliards de dollars en 2023, l'opération renforce une activité dont le chiffre d'affaires a atteint 2,4 milliards d'euros l'an dernier.",
  ("pays", "Thales", "3600000000 USD", R), ("dated", "3600000000 USD", "2023", R),
  ("invests", "Thales", "3600000000 USD", O),
  ("revenue", "Thales", "2400000000 EUR", O), ("dated", "2400000000 EUR", "2025", O))
s("Thales, dont le chiffre d'affaires a atteint 21,8 milliards d'euros en 2025, vise entre 22,5 et 23 milliards d'euros cette année.",
  ("revenue", "Thales", "21800000000 EUR", R), ("dated", "21800000000 EUR", "2025", R),
  ("revenue", "Thales", "22500000000 EUR", R), ("dated", "22500000000 EUR", "2026", R))
s("Atos avait déjà vendu l'an dernier à l'État français son activité de calcul avancé pour environ 410 millions d'euros.",
  ("dated", "410000000 EUR", "2025", R))
s("En 2025, Atos a réalisé un chiffre d'affaires de 8,1 milliards d'euros et une perte nette de 620 millions d'euros.",
  ("revenue", "Atos", "8100000000 EUR", R), ("dated", "8100000000 EUR", "2025", R),
  ("profit", "Atos", "620000000 EUR", O), ("dated", "620000000 EUR", "2025", R))
s("Atos reste par ailleurs visé par une amende de 25 millions d'euros infligée en janvier par l'Autorité des marchés financiers pour information trompeuse, qu'il conteste en appel.",
  ("fined", "Atos", "25000000 EUR", R), ("dated", "25000000 EUR", "2026-01", O))
s("Selon Les Echos, Airbus et Capgemini avaient également étudié le dossier, sans déposer d'offre ferme.")

# ---------------------------------------------------------------- fr/brookfield-cede-part-data4.txt
s = doc("fr/brookfield-cede-part-data4.txt")
s("Brookfield cède 40 % de Data4 à Mubadala et AXA",
  ("owns", "Brookfield", "Data4", O), ("owns", "Mubadala", "Data4", O), ("owns", "AXA", "Data4", O))
s("Le fonds canadien Brookfield a accepté de céder 40 % du capital de Data4, l'opérateur de centres de données fondé en France, à un consortium formé par Mubadala et AXA, selon plusieurs sources proches du dossier.",
  ("owns", "Brookfield", "Data4", R), ("owns", "Mubadala", "Data4", R), ("owns", "AXA", "Data4", R),
  ("partners", "Mubadala", "AXA", R))
s("La transaction valorise Data4 à environ 8 milliards d'euros.",
  ("values", "Data4", "8000000000 EUR", R))
s("Mubadala déboursera à lui seul 2 milliards d'euros, AXA environ 1,2 milliard.",
  ("pays", "Mubadala", "2000000000 EUR", R), ("pays", "AXA", "1200000000 EUR", R),
  ("invests", "Mubadala", "2000000000 EUR", O), ("invests", "AXA", "1200000000 EUR", O))
s("Brookfield, qui avait racheté Data4 en 2018, conservera la majorité et la gestion opérationnelle.",
  ("owns", "Brookfield", "Data4", R))
s("Data4 exploite 31 centres de données en France, en Italie, en Espagne, en Pologne et en Allemagne, et prévoit d'investir 5 milliards d'euros d'ici 2030 dans de nouveaux campus dédiés à l'IA.",
  ("invests", "Data4", "5000000000 EUR", R), ("dated", "5000000000 EUR", "2030", R))
s("Le plus gros client de Data4 reste Microsoft, qui loue l'intégralité du campus de Nozay, pour y installer des serveurs équipés de puces GB300 de Nvidia.",
  ("supplies", "Data4", "Microsoft", R), ("makes", "Nvidia", "GB300", R), ("supplies", "Nvidia", "Microsoft", R))
s("EDF alimente les sites français de Data4 dans le cadre d'un contrat de quinze ans signé en 2024, pour un montant estimé à 1,1 milliard d'euros.",
  ("supplies", "EDF", "Data4", R), ("pays", "Data4", "1100000000 EUR", O),
  ("orders", "EDF", "1100000000 EUR", O), ("dated", "1100000000 EUR", "2024", O))
s("Pour ses équipements électriques et de refroidissement, Data4 s'appuie sur Schneider Electric et Vertiv.",
  ("supplies", "Schneider Electric", "Data4", R), ("supplies", "Vertiv", "Data4", R))
s("En 2025, Data4 a vu son chiffre d'affaires progresser de 27 %, à 610 millions d'euros, pour un Ebitda de 330 millions.",
  ("revenue", "Data4", "610000000 EUR", R), ("dated", "610000000 EUR", "2025", R),
  ("profit", "Data4", "330000000 EUR", O), ("dated", "330000000 EUR", "2025", O))
s("Data4 a par ailleurs levé 3 milliards d'euros de dette bancaire auprès de BNP Paribas, Société Générale et Natixis pour financer sa prochaine phase d'expansion.",
  ("raises", "Data4", "3000000000 EUR", R))
s("Selon Bloomberg, KKR et le fonds singapourien Temasek avaient eux aussi soumis une offre pour entrer au capital de Data4.",
  ("owns", "KKR", "Data4", O), ("owns", "Temasek", "Data4", O), ("partners", "KKR", "Temasek", O))

# ---------------------------------------------------------------- fr/capgemini-opa-lighton.txt
s = doc("fr/capgemini-opa-lighton.txt")
s("Capgemini lance une OPA sur LightOn, valorisée 260 millions d'euros",
  ("owns", "Capgemini", "LightOn", O), ("values", "LightOn", "260000000 EUR", O))
s("Capgemini a déposé mardi une offre publique d'achat sur LightOn, la société française d'intelligence artificielle générative cotée sur Euronext Growth, au prix de 38 euros par action, a annoncé l'entreprise de services numériques.",
  ("owns", "Capgemini", "LightOn", R), ("pays", "Capgemini", "38 EUR", O), ("dated", "38 EUR", "2026-06-02", O))
s("L'offre valorise LightOn à environ 260 millions d'euros, soit une prime de 41 % sur le dernier cours.",
  ("values", "LightOn", "260000000 EUR", R))
s("Les fondateurs de LightOn et le fonds Elaia, qui détiennent ensemble 46 % du capital, se sont engagés à apporter leurs titres.",
  ("owns", "Elaia", "LightOn", R))
s("Capgemini, qui emploie 340 000 personnes, compte intégrer les modèles de LightOn à sa plateforme d'IA agentique destinée aux banques et aux administrations.",
  ("supplies", "LightOn", "Capgemini", O))
s("Les deux groupes collaboraient déjà depuis 2024 : LightOn fournit son moteur de recherche documentaire Paradigm à plusieurs clients de Capgemini, dont Safran et la Société Générale.",
  ("partners", "LightOn", "Capgemini", R), ("supplies", "LightOn", "Safran", R), ("supplies", "LightOn", "Société Générale", R),
  ("supplies", "Capgemini", "Safran", R), ("supplies", "Capgemini", "Société Générale", R))
s("LightOn a réalisé en 2025 un chiffre d'affaires de 9,4 millions d'euros, en hausse de 75 %, mais reste déficitaire, avec une perte nette de 6,2 millions.",
  ("revenue", "LightOn", "9400000 EUR", R), ("dated", "9400000 EUR", "2025", R),
  ("profit", "LightOn", "6200000 EUR", O), ("dated", "6200000 EUR", "2025", O))
s("LightOn avait levé 10 millions d'euros lors de son introduction en Bourse en 2024.",
  ("raises", "LightOn", "10000000 EUR", R), ("dated", "10000000 EUR", "2024", R))
s("Selon La Lettre, Mistral AI s'était aussi intéressé à LightOn, sans aller jusqu'à déposer une offre.")
s("Pour financer l'opération, Capgemini puisera dans sa trésorerie, qui s'élevait à 2,9 milliards d'euros fin 2025.",
  ("dated", "2900000000 EUR", "2025", R))
s("Capgemini avait déboursé l'an dernier 3,3 milliards de dollars pour s'offrir l'américain WNS, spécialiste de l'externalisation.",
  ("pays", "Capgemini", "3300000000 USD", R), ("dated", "3300000000 USD", "2025", R),
  ("invests", "Capgemini", "3300000000 USD", O))
s("Capgemini a confirmé viser en 2026 un chiffre d'affaires compris entre 22,6 et 23,1 milliards d'euros, après 22,1 milliards en 2025.",
  ("revenue", "Capgemini", "22600000000 EUR", R), ("dated", "22600000000 EUR", "2026", R),
  ("revenue", "Capgemini", "22100000000 EUR", R), ("dated", "22100000000 EUR", "2025", R))

# ---------------------------------------------------------------- fr/lasertec-rachete-unitysc.txt
s = doc("fr/lasertec-rachete-unitysc.txt")
s("Le japonais Lasertec s'offre UnitySC pour 450 millions d'euros",
  ("owns", "Lasertec", "UnitySC", O), ("pays", "Lasertec", "450000000 EUR", O))
s("Lasertec va racheter UnitySC, le spécialiste grenoblois de l'inspection et de la métrologie des plaquettes, pour 450 millions d'euros, a annoncé lundi le fabricant japonais d'équipements de contrôle pour l'industrie des semi-conducteurs.",
  ("owns", "Lasertec", "UnitySC", R), ("pays", "Lasertec", "450000000 EUR", R),
  ("invests", "Lasertec", "450000000 EUR", O), ("dated", "450000000 EUR", "2026-09-14", O))
s("Le prix comprend un complément de 50 millions d'euros conditionné à des objectifs de chiffre d'affaires en 2027.",
  ("dated", "50000000 EUR", "2027", O))
s("UnitySC appartenait depuis 2021 au fonds Ardian, qui en détenait 70 %, aux côtés de Bpifrance et de la direction.",
  ("owns", "Ardian", "UnitySC", R), ("owns", "Bpifrance", "UnitySC", R))
s("Ardian empochera environ 290 millions d'euros, selon nos calculs.")
s("UnitySC a réalisé l'an dernier un chiffre d'affaires de 118 millions d'euros, dont plus de la moitié auprès de TSMC, Intel et STMicroelectronics.",
  ("revenue", "UnitySC", "118000000 EUR", R), ("dated", "118000000 EUR", "2025", R),
  ("supplies", "UnitySC", "TSMC", R), ("supplies", "UnitySC", "Intel", R), ("supplies", "UnitySC", "STMicroelectronics", R))
s("Ses outils inspectent notamment les empilements de mémoire HBM et les puces assemblées en « packaging avancé », comme les H200 de Nvidia fabriqués par TSMC.",
  ("makes", "Nvidia", "H200", R), ("supplies", "TSMC", "Nvidia", R))
s("Lasertec, dont le carnet de commandes atteignait 330 milliards de yens fin juin, a publié pour son exercice clos en juin un chiffre d'affaires de 248 milliards de yens et un bénéfice net de 71 milliards de yens.",
  ("orders", "Lasertec", "330000000000 JPY", R), ("revenue", "Lasertec", "248000000000 JPY", R),
  ("profit", "Lasertec", "71000000000 JPY", R), ("dated", "330000000000 JPY", "2026-06", O),
  ("dated", "248000000000 JPY", "2026-06", O), ("dated", "71000000000 JPY", "2026-06", O))
s("Quasi seul fournisseur d'outils d'inspection des masques EUV, Lasertec vend ses machines à TSMC, Samsung et Intel, et travaille étroitement avec ASML.",
  ("supplies", "Lasertec", "TSMC", R), ("supplies", "Lasertec", "Samsung", R), ("supplies", "Lasertec", "Intel", R),
  ("partners", "Lasertec", "ASML", R))
s("Lasertec prévoit pour l'exercice en cours un chiffre d'affaires d'environ 260 milliards de yens.",
  ("revenue", "Lasertec", "260000000000 JPY", R), ("dated", "260000000000 JPY", "2026", O))
s("Selon Les Echos, KLA avait également étudié un rachat d'UnitySC l'an dernier.",
  ("owns", "KLA", "UnitySC", O))

# ---------------------------------------------------------------- de/rheinmetall-steigt-bei-quantum-systems-ein.txt
s = doc("de/rheinmetall-steigt-bei-quantum-systems-ein.txt")
s("Rheinmetall kauft sich bei Quantum Systems ein",
  ("owns", "Rheinmetall", "Quantum Systems", O))
s("Der Düsseldorfer Rüstungskonzern Rheinmetall übernimmt 25,1 Prozent am Drohnenhersteller Quantum Systems.",
  ("owns", "Rheinmetall", "Quantum Systems", R))
s("Für das Aktienpaket zahlt Rheinmetall nach Informationen des Handelsblatts rund 900 Millionen Euro.",
  ("pays", "Rheinmetall", "900000000 EUR", R), ("invests", "Rheinmetall", "900000000 EUR", O))
s("Quantum Systems wird damit mit rund 3,6 Milliarden Euro bewertet, fast doppelt so hoch wie bei der letzten Finanzierungsrunde im Mai 2025.",
  ("values", "Quantum Systems", "3600000000 EUR", R))
s("Die Anteile verkaufen vor allem Altgesellschafter von Quantum Systems, darunter Balderton Capital und Airbus, die ihre Beteiligungen verkleinern.",
  ("owns", "Balderton Capital", "Quantum Systems", R), ("owns", "Airbus", "Quantum Systems", R))
s("Quantum Systems hatte im vergangenen Jahr seinen Umsatz auf 340 Millionen Euro mehr als verdreifacht und liefert Aufklärungsdrohnen vom Typ Vector an die Ukraine und die Bundeswehr.",
  ("revenue", "Quantum Systems", "340000000 EUR", R), ("dated", "340000000 EUR", "2025", R))
s("Rheinmetall und Quantum Systems wollen zudem ein Gemeinschaftsunternehmen gründen, das ab 2027 Drohnen im Rheinmetall-Werk in Neuss in Serie fertigen soll.",
  ("partners", "Rheinmetall", "Quantum Systems", R))
s("Für die Sensorik der Drohnen setzt Quantum Systems auf Hensoldt, die Funkmodule kommen von Rohde & Schwarz.",
  ("supplies", "Hensoldt", "Quantum Systems", R), ("supplies", "Rohde & Schwarz", "Quantum Systems", R))
s("Rheinmetall hatte Anfang März für 2025 einen Umsatz von 12,1 Milliarden Euro und einen Auftragsbestand von 72 Milliarden Euro gemeldet.",
  ("revenue", "Rheinmetall", "12100000000 EUR", R), ("orders", "Rheinmetall", "72000000000 EUR", R),
  ("dated", "12100000000 EUR", "2025", R), ("dated", "72000000000 EUR", "2025", R),
  ("dated", "12100000000 EUR", "2026-03", O), ("dated", "72000000000 EUR", "2026-03", O))
s("Der Nettogewinn von Rheinmetall stieg 2025 um ein Drittel auf 1,1 Milliarden Euro.",
  ("profit", "Rheinmetall", "1100000000 EUR", R), ("dated", "1100000000 EUR", "2025", R))
s("Analysten von Jefferies werten den Einstieg als Signal, dass klassische Rüstungskonzerne den Anschluss an junge Wettbewerber wie Helsing suchen, an dem Saab seit 2024 beteiligt ist.",
  ("owns", "Saab", "Helsing", R))
s("Rheinmetall-Chef Armin Papperger hatte einen Einstieg bei Helsing im Herbst noch ausgeschlossen.")

# ---------------------------------------------------------------- de/globalwafers-kauft-siltronic-anteil.txt
s = doc("de/globalwafers-kauft-siltronic-anteil.txt")
s("GlobalWafers übernimmt Wackers Siltronic-Anteil",
  ("owns", "GlobalWafers", "Siltronic", O), ("owns", "Wacker Chemie", "Siltronic", O))
s("Der taiwanische Waferhersteller GlobalWafers kauft Wacker Chemie dessen Beteiligung von 30,8 Prozent an Siltronic ab.",
  ("owns", "GlobalWafers", "Siltronic", R), ("owns", "Wacker Chemie", "Siltronic", R))
s("Für das Paket zahlt GlobalWafers 1,15 Milliarden Euro oder 125 Euro je Aktie, wie beide Unternehmen am Dienstagabend mitteilten.",
  ("pays", "GlobalWafers", "1150000000 EUR", R), ("pays", "GlobalWafers", "125 EUR", O),
  ("invests", "GlobalWafers", "1150000000 EUR", O),
  ("dated", "1150000000 EUR", "2026-07-07", O), ("dated", "125 EUR", "2026-07-07", O))
s("Es ist der zweite Anlauf der Taiwaner: 2022 war eine Übernahme für 4,35 Milliarden Euro an der fehlenden Genehmigung des Bundeswirtschaftsministeriums gescheitert.",
  ("dated", "4350000000 EUR", "2022", R))
s("Diesmal strebt GlobalWafers keine Mehrheit an, schließt ein späteres Übernahmeangebot für Siltronic aber nicht aus.",
  ("owns", "GlobalWafers", "Siltronic", O))
s("Wacker will den Erlös von mehr als einer Milliarde Euro in den Ausbau seiner Chemiesparte stecken.",
  ("invests", "Wacker Chemie", "1000000000 EUR", R))
s("Siltronic selbst meldete für das zweite Quartal einen Umsatz von 352 Millionen Euro, ein Minus von sechs Prozent; das Ebitda sank auf 86 Millionen Euro.",
  ("revenue", "Siltronic", "352000000 EUR", R), ("dated", "352000000 EUR", "2026-Q2", O),
  ("profit", "Siltronic", "86000000 EUR", O), ("dated", "86000000 EUR", "2026-Q2", O))
s("Unter dem Strich verdiente der Münchner Konzern 14 Millionen Euro, nach 31 Millionen Euro im Vorjahresquartal.",
  ("dated", "31000000 EUR", "2025-Q2", O))
s("Für 2026 bestätigte Siltronic die Prognose eines Umsatzes von 1,3 bis 1,4 Milliarden Euro; die Investitionen sollen auf rund 250 Millionen Euro sinken.",
  ("revenue", "Siltronic", "1300000000 EUR", R), ("dated", "1300000000 EUR", "2026", R),
  ("invests", "Siltronic", "250000000 EUR", R), ("dated", "250000000 EUR", "2026", O))
s("Größter Kunde von Siltronic ist TSMC, gefolgt von Samsung und Infineon.",
  ("supplies", "Siltronic", "TSMC", R), ("supplies", "Siltronic", "Samsung", R), ("supplies", "Siltronic", "Infineon", R))
s("Die neue Fab in Singapur, in die Siltronic rund 2 Milliarden Euro investiert hat, ist erst zu gut der Hälfte ausgelastet.",
  ("invests", "Siltronic", "2000000000 EUR", R))
s("GlobalWafers, das in Texas ein Werk mit Unterstützung der US-Regierung betreibt und Kunden wie Texas Instruments und Micron beliefert, setzte im vergangenen Jahr umgerechnet 1,9 Milliarden Euro um.",
  ("supplies", "GlobalWafers", "Texas Instruments", R), ("supplies", "GlobalWafers", "Micron", R),
  ("revenue", "GlobalWafers", "1900000000 EUR", R), ("dated", "1900000000 EUR", "2025", R))

# ---------------------------------------------------------------- de/ionos-uebernimmt-taiga-cloud.txt
s = doc("de/ionos-uebernimmt-taiga-cloud.txt")
s("Ionos übernimmt KI-Cloud Taiga von Northern Data")
s("Der Webhoster und Cloud-Anbieter Ionos kauft die GPU-Cloud Taiga Cloud, bisher eine Tochter des Frankfurter Rechenzentrumsbetreibers Northern Data.",
  ("owns", "Ionos", "Taiga Cloud", R), ("owns", "Northern Data", "Taiga Cloud", R))
s("Für Taiga Cloud zahlt Ionos 420 Millionen Euro in bar; hinzu kommen bis zu 80 Millionen Euro, falls bestimmte Umsatzziele bis Ende 2027 erreicht werden.",
  ("pays", "Ionos", "420000000 EUR", R), ("invests", "Ionos", "420000000 EUR", O),
  ("pays", "Ionos", "80000000 EUR", O), ("dated", "80000000 EUR", "2027", O))
s("Taiga Cloud betreibt nach eigenen Angaben rund 20.000 Nvidia-Grafikprozessoren, darunter H100 und H200, in Rechenzentren in Norwegen, Schweden und Deutschland.",
  ("makes", "Nvidia", "H100", R), ("makes", "Nvidia", "H200", R), ("supplies", "Nvidia", "Taiga Cloud", R))
s("Zu den Kunden von Taiga Cloud zählen Aleph Alpha und DeepL.",
  ("supplies", "Taiga Cloud", "Aleph Alpha", R), ("supplies", "Taiga Cloud", "DeepL", R))
s("Ionos gehört zu 63,8 Prozent zu United Internet; der Finanzinvestor Warburg Pincus hatte seine restliche Beteiligung im Frühjahr an der Börse platziert.",
  ("owns", "United Internet", "Ionos", R))
s("Im dritten Quartal steigerte Ionos den Umsatz um elf Prozent auf 437 Millionen Euro, das bereinigte Ebitda erreichte 156 Millionen Euro.",
  ("revenue", "Ionos", "437000000 EUR", R), ("dated", "437000000 EUR", "2026-Q3", O),
  ("profit", "Ionos", "156000000 EUR", O), ("dated", "156000000 EUR", "2026-Q3", O))
s("Für das Gesamtjahr erwartet Ionos-Chef Achim Weiß nun einen Umsatz von rund 1,72 Milliarden Euro.",
  ("revenue", "Ionos", "1720000000 EUR", R), ("dated", "1720000000 EUR", "2026", O))
s("Analysten von Berenberg halten den Preis, rund das Vierfache des erwarteten Taiga-Cloud-Umsatzes von etwa 105 Millionen Euro, für angemessen.",
  ("revenue", "Taiga Cloud", "105000000 EUR", O))
s("Mit der Übernahme will Ionos vor allem im Wettbewerb mit Stackit, der Cloud-Tochter der Schwarz Gruppe, und mit der Telekom aufholen, die in München gemeinsam mit Nvidia eine KI-Fabrik betreibt.",
  ("owns", "Schwarz Gruppe", "Stackit", R), ("partners", "Deutsche Telekom", "Nvidia", R))
s("United Internet muss zudem ein Bußgeld von 3,5 Millionen Euro zahlen, das die Bundesnetzagentur im Oktober wegen Störungen im Mobilfunknetz verhängt hatte.",
  ("fined", "United Internet", "3500000 EUR", R), ("pays", "United Internet", "3500000 EUR", O),
  ("dated", "3500000 EUR", "2026-10", O))

# ---------------------------------------------------------------- de/zf-verkauft-fahrerassistenz-an-mobileye.txt
s = doc("de/zf-verkauft-fahrerassistenz-an-mobileye.txt")
s("ZF verkauft Fahrerassistenz-Sparte an Mobileye")
s("Der Autozulieferer ZF trennt sich von seinem Geschäft mit Kameras und Radarsensoren für Fahrerassistenzsysteme und verkauft es an die Intel-Tochter Mobileye.",
  ("owns", "Intel", "Mobileye", R))
s("Mobileye zahlt für die Sparte mit rund 4.000 Beschäftigten 1,5 Milliarden Euro, wie beide Unternehmen am Donnerstag in Friedrichshafen und Jerusalem mitteilten.",
  ("pays", "Mobileye", "1500000000 EUR", R), ("invests", "Mobileye", "1500000000 EUR", O),
  ("dated", "1500000000 EUR", "2026-10-01", O))
s("ZF steht seit der Übernahme des US-Zulieferers TRW für 12,4 Milliarden Dollar im Jahr 2015 unter hohem Schuldendruck.",
  ("pays", "ZF", "12400000000 USD", R), ("dated", "12400000000 USD", "2015", R),
  ("invests", "ZF", "12400000000 USD", O))
s("Für den Konzern vom Bodensee ist es bereits der zweite Verkauf binnen eines Jahres: Die Sparte für Achsantriebe war im Frühjahr für 600 Millionen Euro an den Finanzinvestor Carlyle gegangen.",
  ("pays", "Carlyle", "600000000 EUR", R), ("invests", "Carlyle", "600000000 EUR", O),
  ("dated", "600000000 EUR", "2026-SP", O))
s("Die Nettofinanzverschuldung lag Ende Juni bei 10,5 Milliarden Euro.",
  ("dated", "10500000000 EUR", "2026-06", O))
s("Im ersten Halbjahr 2026 setzte ZF 19,8 Milliarden Euro um und schrieb einen Nettoverlust von 1,2 Milliarden Euro.",
  ("revenue", "ZF", "19800000000 EUR", R), ("dated", "19800000000 EUR", "2026-H1", R),
  ("profit", "ZF", "1200000000 EUR", O), ("dated", "1200000000 EUR", "2026-H1", R))
s("Mobileye, an dem Intel nach mehreren Aktienplatzierungen noch rund 80 Prozent hält, liefert seine EyeQ-Chips an Volkswagen, BMW und Porsche.",
  ("owns", "Intel", "Mobileye", R), ("supplies", "Mobileye", "Volkswagen", R),
  ("supplies", "Mobileye", "BMW", R), ("supplies", "Mobileye", "Porsche", R))
s("Die ZF-Sparte bezog ihre Bildprozessoren bislang teils von Mobileye, teils von Nvidia, deren Drive-Orin-Plattform etwa in Fahrzeugen von Mercedes-Benz steckt.",
  ("supplies", "Mobileye", "ZF", R), ("supplies", "Nvidia", "ZF", R),
  ("makes", "Nvidia", "Drive Orin", R), ("supplies", "Nvidia", "Mercedes-Benz", R))
s("Bei Radar-Chips arbeitet ZF eng mit Infineon und NXP zusammen.",
  ("partners", "ZF", "Infineon", R), ("partners", "ZF", "NXP", R),
  ("supplies", "Infineon", "ZF", O), ("supplies", "NXP", "ZF", O))
s("Mobileye hatte zuletzt für 2026 einen Umsatz zwischen 1,9 und 1,98 Milliarden Dollar in Aussicht gestellt.",
  ("revenue", "Mobileye", "1900000000 USD", R), ("dated", "1900000000 USD", "2026", R))
s("Laut Bloomberg hatte zuvor auch Qualcomm Interesse an dem Geschäft signalisiert, sich aber wegen des Preises zurückgezogen.")

# ---------------------------------------------------------------- en/marvell-to-buy-ayar-labs.txt
s = doc("en/marvell-to-buy-ayar-labs.txt")
s("Marvell to buy optical chip startup Ayar Labs for $2.4 billion",
  ("owns", "Marvell", "Ayar Labs", O), ("pays", "Marvell", "2400000000 USD", O))
s("Marvell Technology said on Wednesday it had agreed to acquire Ayar Labs, a Silicon Valley startup that uses light instead of electrical signals to move data between chips, for $2.4 billion in cash and stock.",
  ("owns", "Marvell", "Ayar Labs", R), ("pays", "Marvell", "2400000000 USD", R),
  ("invests", "Marvell", "2400000000 USD", O), ("dated", "2400000000 USD", "2026-08-26", O))
s("The deal values Ayar Labs at roughly three times the $1 billion valuation it secured in its last funding round in December 2024.",
  ("values", "Ayar Labs", "1000000000 USD", R), ("dated", "1000000000 USD", "2024-12", R))
s("Nvidia, Intel Capital and GlobalFoundries, all existing investors in Ayar Labs, will receive Marvell shares as part of the consideration.",
  ("owns", "Nvidia", "Ayar Labs", R), ("owns", "Intel Capital", "Ayar Labs", R), ("owns", "GlobalFoundries", "Ayar Labs", R),
  ("owns", "Nvidia", "Marvell", O), ("owns", "Intel Capital", "Marvell", O), ("owns", "GlobalFoundries", "Marvell", O))
s("The chipmaker expects the acquisition to add about $200 million to revenue in its fiscal 2028 and to be accretive to earnings within two years.",
  ("dated", "200000000 USD", "2028", R))
s("Ayar Labs, which counts Hewlett Packard Enterprise and Lockheed Martin among its customers, makes optical I/O chiplets that are packaged alongside GPUs and custom accelerators.",
  ("supplies", "Ayar Labs", "Hewlett Packard Enterprise", R))
s("Ayar Labs' TeraPHY chiplets are manufactured by GlobalFoundries at its plant in Malta, New York.",
  ("supplies", "GlobalFoundries", "Ayar Labs", R))
s("Separately, Marvell reported second-quarter revenue of $2.31 billion, up 37% from a year earlier, driven by custom accelerators such as Trainium2, which it co-designs with Amazon Web Services.",
  ("revenue", "Marvell", "2310000000 USD", R), ("dated", "2310000000 USD", "2026-Q2", O),
  ("makes", "Amazon Web Services", "Trainium2", R), ("partners", "Marvell", "Amazon Web Services", R),
  ("makes", "Marvell", "Trainium2", O), ("supplies", "Marvell", "Amazon Web Services", O))
s("Marvell's net income came in at $412 million, compared with a loss of $193 million a year ago.",
  ("profit", "Marvell", "412000000 USD", R), ("profit", "Marvell", "193000000 USD", O),
  ("dated", "193000000 USD", "2025", O))
s("For the current quarter, Marvell forecast revenue of $2.5 billion, plus or minus 5%, above analysts' average estimate of $2.43 billion, according to LSEG data.",
  ("revenue", "Marvell", "2500000000 USD", R), ("revenue", "Marvell", "2430000000 USD", O))
s("It is Marvell's second optical deal in less than a year, after the $3.25 billion purchase of Celestial AI announced last December.",
  ("owns", "Marvell", "Celestial AI", R), ("pays", "Marvell", "3250000000 USD", R),
  ("dated", "3250000000 USD", "2025-12", R), ("invests", "Marvell", "3250000000 USD", O))
s("Broadcom, Marvell's main rival in custom chips, has been developing co-packaged optics with TSMC.",
  ("partners", "Broadcom", "TSMC", R))

# ---------------------------------------------------------------- en/micron-hbm4-forecast.txt
s = doc("en/micron-hbm4-forecast.txt")
s("Micron forecasts record revenue as HBM4 sales to Nvidia ramp up",
  ("supplies", "Micron", "Nvidia", O), ("makes", "Micron", "HBM4", O))
s("Micron expects revenue of $15.2 billion, plus or minus $400 million, for the quarter ending in August, compared with the average analyst estimate of $14.1 billion, according to LSEG data.",
  ("revenue", "Micron", "15200000000 USD", R), ("revenue", "Micron", "14100000000 USD", O),
  ("dated", "15200000000 USD", "2026-08", O))
s("Micron's revenue rose 52% to $12.9 billion in the fiscal third quarter, which ended on May 28, and net income more than doubled to $4.1 billion.",
  ("revenue", "Micron", "12900000000 USD", R), ("profit", "Micron", "4100000000 USD", R),
  ("dated", "12900000000 USD", "2026-Q3", O), ("dated", "12900000000 USD", "2026-05-28", O),
  ("dated", "4100000000 USD", "2026-Q3", O), ("dated", "4100000000 USD", "2026-05-28", O))
s("Micron said sales of high-bandwidth memory alone reached about $4.6 billion, as it began volume shipments of HBM4 stacks for Nvidia's Vera Rubin platform.",
  ("revenue", "Micron", "4600000000 USD", R), ("makes", "Micron", "HBM4", R),
  ("makes", "Nvidia", "Vera Rubin", R), ("supplies", "Micron", "Nvidia", R))
s("Micron competes with SK Hynix, which supplied the bulk of HBM3E for Nvidia's Blackwell chips, and Samsung, which won qualification for its HBM4 only in the spring.",
  ("supplies", "SK Hynix", "Nvidia", R), ("makes", "SK Hynix", "HBM3E", R), ("makes", "Nvidia", "Blackwell", R),
  ("makes", "Samsung", "HBM4", R), ("supplies", "Samsung", "Nvidia", O))
s("Micron raised its capital spending plan for fiscal 2026 to about $20 billion, including a new HBM packaging plant in Singapore and the first fab of its $100 billion megasite.",
  ("invests", "Micron", "20000000000 USD", R), ("dated", "20000000000 USD", "2026", R),
  ("invests", "Micron", "100000000000 USD", O))
s("Micron also agreed to buy a fab in Tongluo, Taiwan, from Powerchip for $1.8 billion to expand DRAM output.",
  ("pays", "Micron", "1800000000 USD", R), ("invests", "Micron", "1800000000 USD", O))
s("PSMC, which reported a net loss of T$2.1 billion last year, will keep making some DRAM wafers for Micron under a two-year supply agreement.",
  ("supplies", "PSMC", "Micron", R), ("profit", "PSMC", "2100000000 TWD", O), ("dated", "2100000000 TWD", "2025", R),
  ("partners", "PSMC", "Micron", O))
s("Micron is still contesting a 1.2 billion yuan fine imposed by China's market regulator in 2025.",
  ("fined", "Micron", "1200000000 CNY", R), ("dated", "1200000000 CNY", "2025", R))
s("Kioxia and SanDisk, which jointly operate flash-memory fabs in Japan, reported stronger results earlier this month.",
  ("partners", "Kioxia", "SanDisk", R))

# ---------------------------------------------------------------- en/coreweave-agrees-fluidstack-deal.txt
s = doc("en/coreweave-agrees-fluidstack-deal.txt")
s("CoreWeave agrees $5.5bn deal for rival Fluidstack",
  ("owns", "CoreWeave", "Fluidstack", O), ("pays", "CoreWeave", "5500000000 USD", O))
s("CoreWeave has agreed to buy Fluidstack, the London-based AI cloud group that builds data centres for Anthropic and Meta, in an all-stock deal worth about $5.5bn, as consolidation sweeps through the business of renting out Nvidia chips.",
  ("owns", "CoreWeave", "Fluidstack", R), ("pays", "CoreWeave", "5500000000 USD", R),
  ("invests", "CoreWeave", "5500000000 USD", O),
  ("supplies", "Fluidstack", "Anthropic", R), ("supplies", "Fluidstack", "Meta", R),
  ("supplies", "Nvidia", "CoreWeave", O))
s("Fluidstack's investors, including Google and the French fund Eurazeo, will own about 9% of the combined company once the transaction closes, people familiar with the matter told the Financial Times.",
  ("owns", "Google", "Fluidstack", R), ("owns", "Eurazeo", "Fluidstack", R),
  ("owns", "Google", "CoreWeave", O), ("owns", "Eurazeo", "CoreWeave", O))
s("Google took a stake in Fluidstack last year as part of an agreement under which it guaranteed $3.2bn of the start-up's lease obligations to data-centre operators.",
  ("owns", "Google", "Fluidstack", R), ("dated", "3200000000 USD", "2025", O))
s("Nvidia, which owns roughly 6% of CoreWeave and is also its biggest supplier, backed the deal, according to the people.",
  ("owns", "Nvidia", "CoreWeave", R), ("supplies", "Nvidia", "CoreWeave", R))
s("CoreWeave, whose revenue more than doubled to $1.64bn in the second quarter, posted a net loss of $290mn as interest costs on its $18bn of debt mounted.",
  ("revenue", "CoreWeave", "1640000000 USD", R), ("dated", "1640000000 USD", "2026-Q2", O),
  ("profit", "CoreWeave", "290000000 USD", O))
s("CoreWeave's revenue backlog stands at more than $55bn, much of it from multiyear contracts with OpenAI and Microsoft.",
  ("orders", "CoreWeave", "55000000000 USD", R),
  ("supplies", "CoreWeave", "OpenAI", R), ("supplies", "CoreWeave", "Microsoft", R),
  ("revenue", "CoreWeave", "55000000000 USD", O))
s("OpenAI alone has committed to pay CoreWeave up to $22.4bn through 2029.",
  ("pays", "OpenAI", "22400000000 USD", R), ("dated", "22400000000 USD", "2029", R),
  ("supplies", "CoreWeave", "OpenAI", R), ("orders", "CoreWeave", "22400000000 USD", O))
s("Fluidstack, founded in Oxford in 2017, expects revenue of about $800mn this year and has signed deals to build sites in France and Texas, including a 1GW campus backed by a €10bn investment pledge.",
  ("revenue", "Fluidstack", "800000000 USD", R), ("dated", "800000000 USD", "2026", R),
  ("invests", "Fluidstack", "10000000000 EUR", O))
s("Rivals Nebius and Nscale have each raised more than $1bn this year from investors including Nvidia.",
  ("raises", "Nebius", "1000000000 USD", R), ("raises", "Nscale", "1000000000 USD", R),
  ("dated", "1000000000 USD", "2026", R),
  ("owns", "Nvidia", "Nebius", R), ("owns", "Nvidia", "Nscale", R),
  ("invests", "Nvidia", "1000000000 USD", O))

# ---------------------------------------------------------------- write
def main():
    rows, texts, bad = {}, {}, 0
    for d, sent, facts in A:
        if d not in texts:
            texts[d] = open(os.path.join(CORPUS, d), encoding="utf-8").read()
        if sent not in texts[d]:
            print("NOT VERBATIM:", d, sent[:80], file=sys.stderr); bad += 1
        for typ, subj, obj, st in facts:
            k = (d, typ) + (tuple(sorted([subj, obj])) if typ == "partners" else (subj, obj))
            old = rows.get(k)
            if old is None or (old[4] == O and st == R):
                rows[k] = [d, typ, subj, obj, st, sent]
    if bad:
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc", "type", "subject", "object", "status", "sentence"])
        for k in sorted(rows):
            w.writerow(rows[k])
    print(f"{len(rows)} facts ({sum(r[4] == R for r in rows.values())} required) -> {OUT}")

if __name__ == "__main__":
    main()
