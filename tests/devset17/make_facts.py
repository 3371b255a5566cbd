#!/usr/bin/env python3
"""Writes gold/facts.csv for devset17 from the hand annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
Every sentence of every article is listed (the front-matter title included), with an empty list
when it states no fact.  Checks that every sentence is verbatim in its file and that the listed
sentences cover the whole body, deduplicates by (doc, type, subject, object) (partners unordered,
required beats optional) and sorts."""
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

MAI = "Mistral AI"

# ---------------------------------------------------------------- fr/mistral-ai-leve-3-milliards.txt (Wed 2026-03-18)
s = doc("fr/mistral-ai-leve-3-milliards.txt")
s("Mistral AI lève 3 milliards d'euros et triple sa valorisation",
  ("raises", MAI, "3000000000 EUR", O))
s("Mistral AI a bouclé une levée de fonds de 3 milliards d'euros, a annoncé mercredi la start-up parisienne, qui s'impose ainsi comme la jeune pousse la mieux valorisée d'Europe.",
  ("raises", MAI, "3000000000 EUR", R))
s("Le tour de table, mené par le fonds émirati MGX aux côtés de Bpifrance, d'Andreessen Horowitz et de General Catalyst, réunit aussi Nvidia, qui avait déjà soutenu Mistral AI lors des tours précédents.",
  ("owns", "MGX", MAI, R), ("owns", "Bpifrance", MAI, R), ("owns", "Andreessen Horowitz", MAI, R),
  ("owns", "General Catalyst", MAI, R), ("owns", "Nvidia", MAI, R),
  ("partners", "MGX", "Bpifrance", O), ("partners", "MGX", "Andreessen Horowitz", O),
  ("partners", "MGX", "General Catalyst", O))
# Mistral AI not named: no owns row for Nvidia here (it is required in the sentence before).
s("Nvidia a apporté à lui seul quelque 400 millions d'euros, selon nos informations.",
  ("invests", "Nvidia", "400000000 EUR", R))
s("L'opération valorise Mistral AI à 35 milliards d'euros, trois fois plus qu'en septembre 2025, lorsque le néerlandais ASML avait mené un tour de 1,7 milliard d'euros et pris environ 11 % du capital.",
  ("values", MAI, "35000000000 EUR", R), ("owns", "ASML", MAI, R), ("raises", MAI, "1700000000 EUR", R),
  ("dated", "1700000000 EUR", "2025-09", R), ("invests", "ASML", "1700000000 EUR", O))
# ASML and Mistral AI only described; negated anyway.
s("Le fabricant de machines de lithographie, premier actionnaire de la start-up, n'a en revanche pas remis au pot.")
# The shareholding is stated; only the participation in this round is negated.
s("Microsoft, entré au capital de Mistral AI en 2024, n'a pas non plus participé à l'opération.",
  ("owns", "Microsoft", MAI, R))
s("Les fonds financeront d'abord Mistral Compute, le cloud que Mistral AI construit à Bruyères-le-Châtel, dans l'Essonne, avec 18 000 puces GB300 de Nvidia, et dans lequel la start-up prévoit d'investir 4 milliards d'euros d'ici 2028.",
  ("makes", "Nvidia", "GB300", R), ("supplies", "Nvidia", MAI, R), ("invests", MAI, "4000000000 EUR", R),
  ("dated", "4000000000 EUR", "2028", R))
s("Le chiffre d'affaires annualisé de Mistral AI a dépassé 400 millions d'euros fin 2025, porté par des contrats avec CMA CGM, Stellantis et le ministère des Armées.",
  ("revenue", MAI, "400000000 EUR", R), ("dated", "400000000 EUR", "2025", R),
  ("supplies", MAI, "CMA CGM", R), ("supplies", MAI, "Stellantis", R),
  ("partners", MAI, "CMA CGM", O), ("partners", MAI, "Stellantis", O))
s("Mistral AI a par ailleurs conclu avec SAP un partenariat en vertu duquel l'éditeur allemand distribuera les modèles de la start-up à ses clients.",
  ("partners", MAI, "SAP", R), ("supplies", MAI, "SAP", R))
# "La société dirigée par Arthur Mensch": Mistral AI not named -> no revenue row; the amount's date is stated.
s("La société dirigée par Arthur Mensch vise désormais 1 milliard d'euros de revenus en 2026 et n'exclut pas des acquisitions ciblées, notamment dans les outils pour développeurs.",
  ("dated", "1000000000 EUR", "2026", R))
s("Une introduction en Bourse n'est « pas à l'ordre du jour », a précisé son directeur financier.")
# conditional rumour ("chercherait"); former researchers of Google DeepMind are no fact; Bloomberg never a subject.
s("Son concurrent H Company, fondé par d'anciens chercheurs de Google DeepMind, chercherait pour sa part à lever 500 millions d'euros, selon Bloomberg.",
  ("raises", "H Company", "500000000 EUR", O))

# ---------------------------------------------------------------- fr/sfr-rachat-bouygues-free-orange.txt (Tue 2026-06-30)
s = doc("fr/sfr-rachat-bouygues-free-orange.txt")
BT = "Bouygues Telecom"
s("Télécoms : Bouygues Telecom, Free et Orange s'emparent de SFR pour 20,4 milliards d'euros",
  ("owns", BT, "SFR", O), ("owns", "Free", "SFR", O), ("owns", "Orange", "SFR", O),
  ("pays", BT, "20400000000 EUR", O), ("pays", "Free", "20400000000 EUR", O), ("pays", "Orange", "20400000000 EUR", O),
  ("partners", BT, "Free", O), ("partners", BT, "Orange", O), ("partners", "Free", "Orange", O))
s("Le démantèlement de SFR est acté.")
# Altice France (seller) is not in the gazetteer. Joint price: pays/invests per buyer optional.
s("Bouygues Telecom, Free et Orange ont signé mardi un accord définitif pour racheter SFR à Altice France pour un prix total de 20,4 milliards d'euros, dette comprise.",
  ("owns", BT, "SFR", R), ("owns", "Free", "SFR", R), ("owns", "Orange", "SFR", R),
  ("partners", BT, "Free", R), ("partners", BT, "Orange", R), ("partners", "Free", "Orange", R),
  ("pays", BT, "20400000000 EUR", O), ("pays", "Free", "20400000000 EUR", O), ("pays", "Orange", "20400000000 EUR", O),
  ("invests", BT, "20400000000 EUR", O), ("invests", "Free", "20400000000 EUR", O), ("invests", "Orange", "20400000000 EUR", O))
# customers, frequencies and infrastructure are assets, not companies: pays only.
s("Selon le protocole d'accord, Bouygues Telecom reprendra la majorité des clients grand public et des fréquences pour 10,2 milliards d'euros, Free s'emparera des clients fixes pour 5,9 milliards et Orange récupérera les infrastructures et une partie des fréquences pour 4,3 milliards.",
  ("pays", BT, "10200000000 EUR", R), ("pays", "Free", "5900000000 EUR", R), ("pays", "Orange", "4300000000 EUR", R),
  ("invests", BT, "10200000000 EUR", O), ("invests", "Free", "5900000000 EUR", O), ("invests", "Orange", "4300000000 EUR", O))
s("Free, filiale du groupe Iliad fondé par Xavier Niel, financera sa part par un emprunt bancaire arrangé par BNP Paribas et Société Générale.",
  ("owns", "Iliad", "Free", R),
  ("supplies", "BNP Paribas", "Free", O), ("supplies", "Société Générale", "Free", O),
  ("partners", "BNP Paribas", "Société Générale", O))
s("Bouygues, maison mère de Bouygues Telecom, a précisé qu'il procéderait à une augmentation de capital d'environ 2 milliards d'euros pour préserver sa notation.",
  ("owns", "Bouygues", BT, R), ("raises", "Bouygues", "2000000000 EUR", R))
s("Les trois opérateurs devront obtenir le feu vert de l'Autorité de la concurrence, qui examinera l'opération jusqu'au premier semestre 2027, et celui de l'Arcep pour le transfert des fréquences.")
# Altice France and Patrick Drahi are not gazetteer companies; the debt has no date.
s("Altice France, la maison mère de SFR, contrôlée par Patrick Drahi, utilisera le produit de la vente pour rembourser une partie de ses 15,5 milliards d'euros de dette.")
s("Pour Orange, l'opération intervient alors que l'opérateur historique a publié au premier trimestre un chiffre d'affaires de 9,9 milliards d'euros, stable sur un an, et un résultat net de 610 millions.",
  ("revenue", "Orange", "9900000000 EUR", R), ("profit", "Orange", "610000000 EUR", R),
  ("dated", "9900000000 EUR", "2026-Q1", O), ("dated", "610000000 EUR", "2026-Q1", O))
s("Les analystes de Kepler Cheuvreux estiment que le retour à trois opérateurs permettra d'économiser 1,5 milliard d'euros de coûts par an.")
# a failed attempt (no owns); Vivendi and Altice are not in the gazetteer.
s("Bouygues Telecom avait déjà tenté de racheter SFR en 2014, sans succès, avant que Vivendi ne cède l'opérateur à Altice pour 13,5 milliards d'euros.",
  ("dated", "13500000000 EUR", "2014", O))
s("Les syndicats de SFR redoutent jusqu'à 4 000 suppressions de postes.")
s("En Bourse, l'action Bouygues a gagné 3,1 % et celle d'Orange 1,4 %.")

# ---------------------------------------------------------------- fr/shin-etsu-monte-capital-soitec.txt (Tue 2026-09-08)
s = doc("fr/shin-etsu-monte-capital-soitec.txt")
SEC = "Shin-Etsu Chemical"
s("Soitec : Shin-Etsu porte sa participation à 15 % et devient premier actionnaire",
  ("owns", SEC, "Soitec", O))
s("Le japonais Shin-Etsu Chemical a acquis auprès de Bpifrance un bloc de 5 % du capital de Soitec pour environ 110 millions d'euros, devenant le premier actionnaire du spécialiste grenoblois des plaquettes de silicium sur isolant.",
  ("owns", SEC, "Soitec", R), ("invests", SEC, "110000000 EUR", R),
  ("pays", SEC, "110000000 EUR", O), ("owns", "Bpifrance", "Soitec", O), ("raises", "Bpifrance", "110000000 EUR", O))
# "Le groupe japonais" only: no supplies/owns for Shin-Etsu; Bpifrance's remaining stake in Soitec's capital is stated.
s("Le groupe japonais, qui fournit déjà à Soitec l'essentiel de ses plaquettes de silicium brutes, détient désormais 15,2 % du capital, devant Bpifrance, dont la participation tombe à 5,9 %, et le CEA.",
  ("owns", "Bpifrance", "Soitec", R))
s("Selon les analystes d'Oddo BHF, le prix payé fait ressortir une prime de 18 % sur le cours de la veille.")
s("Shin-Etsu n'envisage pas de lancer une offre sur la totalité du capital, a assuré un porte-parole du groupe à Tokyo.")
s("Cette montée au capital intervient alors que Soitec traverse une passe difficile : sur son exercice 2026, clos fin mars, son chiffre d'affaires a reculé de 12 % à 791 millions d'euros et son résultat net a été divisé par trois, à 58 millions.",
  ("revenue", "Soitec", "791000000 EUR", R), ("profit", "Soitec", "58000000 EUR", R),
  ("dated", "791000000 EUR", "2026", R), ("dated", "58000000 EUR", "2026", R),
  ("dated", "791000000 EUR", "2026-03", O), ("dated", "58000000 EUR", "2026-03", O))
s("Shin-Etsu, qui a dégagé un bénéfice net de 530 milliards de yens sur son dernier exercice, dispose des moyens d'aller plus loin, estiment les analystes.",
  ("profit", SEC, "530000000000 JPY", R))
s("Soitec compte parmi ses clients Samsung, GlobalFoundries et TSMC, qui utilisent ses substrats pour fabriquer des puces de radiofréquence et des capteurs.",
  ("supplies", "Soitec", "Samsung", R), ("supplies", "Soitec", "GlobalFoundries", R), ("supplies", "Soitec", "TSMC", R))
# the State's 90 million: a subsidy received, read as raises only optionally; it falls within the envelope to 2028.
s("Pour sa nouvelle ligne de carbure de silicium à Bernin, Soitec prévoit d'investir 300 millions d'euros d'ici 2028, dont 90 millions apportés par l'État au titre de France 2030.",
  ("invests", "Soitec", "300000000 EUR", R), ("dated", "300000000 EUR", "2028", R),
  ("raises", "Soitec", "90000000 EUR", O), ("dated", "90000000 EUR", "2028", O))
s("Soitec et Shin-Etsu ont par ailleurs créé une coentreprise à parts égales, dotée de 60 millions d'euros, pour produire ces substrats au Japon.",
  ("partners", "Soitec", SEC, R), ("invests", "Soitec", "60000000 EUR", O), ("invests", SEC, "60000000 EUR", O))
# a denied rumour: no fact.
s("Des rumeurs faisaient état l'an dernier d'un intérêt de STMicroelectronics pour Soitec, ce que le groupe franco-italien a toujours démenti.")
s("Le titre Soitec a bondi de 9 % à l'ouverture, la Bourse valorisant l'entreprise à 2,2 milliards d'euros.",
  ("values", "Soitec", "2200000000 EUR", R))

# ---------------------------------------------------------------- fr/eutelsat-augmentation-capital.txt (Tue 2026-11-24; "lundi" = 2026-11-23)
s = doc("fr/eutelsat-augmentation-capital.txt")
s("Eutelsat boucle une augmentation de capital de 1,2 milliard d'euros, CMA CGM se renforce",
  ("raises", "Eutelsat", "1200000000 EUR", O), ("owns", "CMA CGM", "Eutelsat", O))
s("Eutelsat a finalisé une augmentation de capital de 1,2 milliard d'euros, souscrite principalement par l'État français et par l'armateur CMA CGM, a annoncé lundi l'opérateur de satellites.",
  ("raises", "Eutelsat", "1200000000 EUR", R), ("owns", "CMA CGM", "Eutelsat", R),
  ("invests", "CMA CGM", "1200000000 EUR", O), ("dated", "1200000000 EUR", "2026-11-23", O))
# Eutelsat not named; the State is a public body.
s("L'État, qui apporte 640 millions d'euros, détiendra 29,7 % du capital à l'issue de l'opération, devant CMA CGM, dont la part passe de 7 % à 10,5 %.")
s("CMA CGM a versé 160 millions d'euros, a précisé son PDG Rodolphe Saadé, qui voit dans Eutelsat un actif stratégique pour la connectivité de sa flotte.",
  ("invests", "CMA CGM", "160000000 EUR", R), ("owns", "CMA CGM", "Eutelsat", O), ("pays", "CMA CGM", "160000000 EUR", O),
  ("raises", "Eutelsat", "160000000 EUR", O))
s("Le britannique Bharti Enterprises, autre actionnaire de référence, a suivi à hauteur de sa quote-part.")
# "qui doit commander": antecedent OneWeb (nearest reading Eutelsat kept optional).
s("Les fonds serviront à financer la prochaine génération de la constellation OneWeb, filiale d'Eutelsat, qui doit commander 440 satellites à Airbus pour environ 2,2 milliards d'euros.",
  ("owns", "Eutelsat", "OneWeb", R), ("supplies", "Airbus", "OneWeb", R), ("pays", "OneWeb", "2200000000 EUR", R),
  ("orders", "Airbus", "2200000000 EUR", O), ("supplies", "Airbus", "Eutelsat", O), ("pays", "Eutelsat", "2200000000 EUR", O))
# Starlink is a product of SpaceX, not a company.
s("Face à Starlink, la constellation de SpaceX qui compte plus de 9 000 satellites, OneWeb ne revendique que 650 appareils en orbite.")
# a business line sold: pays of the buyer, no owns.
s("Eutelsat a par ailleurs cédé au canadien Brookfield ses activités d'infrastructures au sol pour 550 millions d'euros, une opération annoncée en juillet.",
  ("pays", "Brookfield", "550000000 EUR", R), ("invests", "Brookfield", "550000000 EUR", O),
  ("raises", "Eutelsat", "550000000 EUR", O), ("dated", "550000000 EUR", "2026-07", O))
s("Sur l'exercice clos le 30 juin 2026, Eutelsat a réalisé un chiffre d'affaires de 1,21 milliard d'euros, en recul de 2 %, et essuyé une perte nette de 1,1 milliard liée à des dépréciations.",
  ("revenue", "Eutelsat", "1210000000 EUR", R), ("dated", "1210000000 EUR", "2026-06-30", R),
  ("dated", "1210000000 EUR", "2026", O), ("profit", "Eutelsat", "1100000000 EUR", O),
  ("dated", "1100000000 EUR", "2026-06-30", O), ("dated", "1100000000 EUR", "2026", O))
s("Le groupe compte sur la défense pour relancer sa croissance : il a signé en octobre un contrat avec plusieurs armées européennes.")
s("Eutelsat a également conclu avec Orange un contrat de 120 millions d'euros pour desservir en internet par satellite les zones rurales de plusieurs pays africains.",
  ("supplies", "Eutelsat", "Orange", R), ("partners", "Eutelsat", "Orange", O),
  ("pays", "Orange", "120000000 EUR", O), ("orders", "Eutelsat", "120000000 EUR", O))
# "l'opérateur" only: no values row.
s("Le titre a pris 4 % à la Bourse de Paris, où la capitalisation de l'opérateur atteint désormais 2,6 milliards d'euros.")

# ---------------------------------------------------------------- de/infineon-uebernimmt-elmos.txt (Wed 2026-05-06)
s = doc("de/infineon-uebernimmt-elmos.txt")
EL = "Elmos Semiconductor"
s("Infineon greift nach Elmos Semiconductor",
  ("owns", "Infineon", EL, O))
s("Infineon will den Dortmunder Autochip-Spezialisten Elmos Semiconductor für rund 2,1 Milliarden Euro übernehmen.",
  ("owns", "Infineon", EL, R), ("pays", "Infineon", "2100000000 EUR", R), ("invests", "Infineon", "2100000000 EUR", O))
# "Der Dax-Konzern" only; "vom Dienstag" dates the closing price, not the offer.
s("Der Dax-Konzern bietet den Aktionären 118 Euro je Aktie in bar, ein Aufschlag von 31 Prozent auf den Schlusskurs vom Dienstag, wie beide Unternehmen am Mittwoch mitteilten.")
s("Vorstand und Aufsichtsrat von Elmos unterstützen das Angebot.")
s("Die Gründerfamilie Weyer, die über ihre Beteiligungsgesellschaft rund 40 Prozent an Elmos hält, hat sich bereits verpflichtet, ihre Aktien anzudienen.")
# bridge loan: raising debt (optional); lenders as suppliers and co-lenders as partners (optional).
s("Infineon finanziert den Kauf aus vorhandenen Barmitteln und einer Brückenfinanzierung über 1,5 Milliarden Euro, die Deutsche Bank und Commerzbank bereitstellen.",
  ("raises", "Infineon", "1500000000 EUR", O), ("supplies", "Deutsche Bank", "Infineon", O),
  ("supplies", "Commerzbank", "Infineon", O), ("partners", "Deutsche Bank", "Commerzbank", O))
s("Der Abschluss wird bis Ende 2026 erwartet; nötig sind noch die Freigaben der Kartellbehörden und eine Prüfung nach dem Außenwirtschaftsgesetz.")
# competitors are not partners; "sichert sich" restates the takeover.
s("Mit Elmos sichert sich Infineon Know-how bei Mixed-Signal-Chips für Fahrzeugsensorik und Beleuchtung, ein Feld, in dem die Dortmunder mit Melexis und NXP konkurrieren.",
  ("owns", "Infineon", EL, O))
s("Elmos hatte bereits 2022 seine Waferfertigung an den chinesischen Konzern Sai Microelectronics verkaufen wollen; die Bundesregierung untersagte das Geschäft damals.")
# a plant (business line) bought: pays, no owns.
s("2024 übernahm schließlich der US-Konzern Littelfuse die Fertigung für 93 Millionen Euro.",
  ("pays", "Littelfuse", "93000000 EUR", R), ("dated", "93000000 EUR", "2024", R), ("invests", "Littelfuse", "93000000 EUR", O))
s("Elmos setzte im ersten Quartal 151 Millionen Euro um und erzielte einen Überschuss von 24 Millionen Euro.",
  ("revenue", EL, "151000000 EUR", R), ("profit", EL, "24000000 EUR", R),
  ("dated", "151000000 EUR", "2026-Q1", O), ("dated", "24000000 EUR", "2026-Q1", O))
s("Infineon selbst hatte im zweiten Quartal seines Geschäftsjahres 2026 einen Umsatz von 3,7 Milliarden Euro ausgewiesen und das Segmentergebnis auf 690 Millionen Euro gesteigert.",
  ("revenue", "Infineon", "3700000000 EUR", R), ("profit", "Infineon", "690000000 EUR", R),
  ("dated", "3700000000 EUR", "2026-Q2", R), ("dated", "690000000 EUR", "2026-Q2", R))
s("Analysten von DZ Bank und Baader Bank halten den Preis für angemessen.")
# Cypress is not in the gazetteer; Marvell's Ethernet business is a business line (no owns).
s("Für Infineon ist es nach dem Kauf von Cypress für 9 Milliarden Euro im Jahr 2020 und der Übernahme des Ethernet-Geschäfts von Marvell die drittgrößte Akquisition der Firmengeschichte.",
  ("pays", "Infineon", "9000000000 EUR", R), ("dated", "9000000000 EUR", "2020", R), ("invests", "Infineon", "9000000000 EUR", O))
s("Die Elmos-Aktie sprang am Mittwoch um 27 Prozent nach oben, Infineon-Papiere gaben leicht nach.")

# ---------------------------------------------------------------- de/black-forest-labs-finanzierungsrunde.txt (Tue 2026-02-24)
s = doc("de/black-forest-labs-finanzierungsrunde.txt")
BFL = "Black Forest Labs"
s("Black Forest Labs sammelt 900 Millionen Dollar ein",
  ("raises", BFL, "900000000 USD", O))
s("Das Freiburger KI-Start-up Black Forest Labs hat in einer neuen Finanzierungsrunde 900 Millionen Dollar eingesammelt und wird dabei mit 8,5 Milliarden Dollar bewertet.",
  ("raises", BFL, "900000000 USD", R), ("values", BFL, "8500000000 USD", R))
s("Angeführt wird die Runde von Andreessen Horowitz und General Catalyst; an Black Forest Labs beteiligen sich außerdem Salesforce Ventures, Nvidias Wagniskapitalarm NVentures sowie die Bestandsinvestoren Earlybird und HV Capital.",
  ("owns", "Andreessen Horowitz", BFL, R), ("owns", "General Catalyst", BFL, R), ("owns", "Salesforce Ventures", BFL, R),
  ("owns", "NVentures", BFL, R), ("owns", "Earlybird Venture Capital", BFL, R), ("owns", "HV Capital", BFL, R),
  ("owns", "Nvidia", "NVentures", R),
  ("owns", "Nvidia", BFL, O), ("partners", "Andreessen Horowitz", "General Catalyst", O))
s("Nach Informationen des Handelsblatts stammen allein 300 Millionen Dollar von Andreessen Horowitz.",
  ("invests", "Andreessen Horowitz", "300000000 USD", R))
s("Black Forest Labs, 2024 von früheren Entwicklern des Bildgenerators Stable Diffusion gegründet, war bei der vorangegangenen Runde im Dezember 2025 noch mit 3,25 Milliarden Dollar bewertet worden.",
  ("values", BFL, "3250000000 USD", R), ("dated", "3250000000 USD", "2025-12", R))
# "Das Unternehmen" only: no supplies rows.
s("Das Unternehmen lizenziert seine Bildmodelle der Flux-Reihe unter anderem an Adobe, Meta und die Deutsche Telekom.")
s("Mit Meta hatte Black Forest Labs im vergangenen Jahr einen Lizenzvertrag über 140 Millionen Dollar geschlossen, der über zwei Jahre läuft.",
  ("supplies", BFL, "Meta", R), ("dated", "140000000 USD", "2025", R),
  ("partners", BFL, "Meta", O), ("pays", "Meta", "140000000 USD", O), ("orders", BFL, "140000000 USD", O))
# company not named; "im Vorjahr" resolved against the 2026 of the same sentence.
s("Der Umsatz soll 2026 auf rund 250 Millionen Dollar steigen, nach 96 Millionen Dollar im Vorjahr.",
  ("dated", "250000000 USD", "2026", R), ("dated", "96000000 USD", "2025", R))
s("Mit dem Geld will Black Forest Labs eigene Rechenkapazität aufbauen; geplant ist ein Cluster mit rund 10.000 Blackwell-Chips von Nvidia, den der Cloud-Anbieter CoreWeave betreiben soll.",
  ("makes", "Nvidia", "Blackwell", R), ("supplies", "Nvidia", BFL, R), ("supplies", "CoreWeave", BFL, R),
  ("supplies", "Nvidia", "CoreWeave", O))
s("Ein Börsengang sei derzeit kein Thema, sagte Mitgründer Robin Rombach.")
s("Europas KI-Start-ups hatten zuletzt Rekordsummen eingesammelt: Mistral AI erhielt im September 1,7 Milliarden Euro in einer Runde, die der niederländische Chipausrüster ASML anführte, und Helsing 600 Millionen Euro.",
  ("raises", "Mistral AI", "1700000000 EUR", R), ("owns", "ASML", "Mistral AI", R), ("raises", "Helsing", "600000000 EUR", R),
  ("invests", "ASML", "1700000000 EUR", O), ("dated", "1700000000 EUR", "2025-09", O))
s("Aleph Alpha aus Heidelberg, bei dem die Schwarz Gruppe Großaktionär ist, hat sich dagegen weitgehend aus dem Wettlauf um große Sprachmodelle zurückgezogen und verkauft heute vor allem Software für Behörden.",
  ("owns", "Schwarz Gruppe", "Aleph Alpha", R))

# ---------------------------------------------------------------- de/bundesregierung-untersagt-naura-suess.txt (Wed 2026-10-14)
s = doc("de/bundesregierung-untersagt-naura-suess.txt")
SU = "Süss MicroTec"
# a blocked takeover: planned but prohibited -> optional.
s("Berlin stoppt Einstieg von Naura bei Süss MicroTec",
  ("owns", "Naura", SU, O))
s("Die Bundesregierung hat die geplante Übernahme des Garchinger Chipausrüsters Süss MicroTec durch den chinesischen Konzern Naura untersagt.",
  ("owns", "Naura", SU, O))
s("Das Bundeskabinett folgte am Mittwoch einer Empfehlung des Wirtschaftsministeriums, das die Versorgungssicherheit bei Ausrüstung für die Halbleiterfertigung gefährdet sah.")
s("Naura hatte im Juni 1,4 Milliarden Euro für das Unternehmen geboten, was einem Preis von 71 Euro je Aktie entsprach.",
  ("pays", "Naura", "1400000000 EUR", O), ("invests", "Naura", "1400000000 EUR", O),
  ("dated", "1400000000 EUR", "2026-06", O), ("dated", "71 EUR", "2026-06", O))
s("Der Konzern wollte mit dem Zukauf Zugang zu Technik für das sogenannte Hybrid Bonding erhalten, die für Speicher mit hoher Bandbreite wie HBM4 gebraucht wird.")
s("Süss MicroTec stellt Anlagen zum Verbinden und Belacken von Wafern her, die unter anderem TSMC, Intel und SK Hynix für das Stapeln von Speicherchips nutzen.",
  ("supplies", SU, "TSMC", R), ("supplies", SU, "Intel", R), ("supplies", SU, "SK Hynix", R))
s("Größter Aktionär von Süss MicroTec ist die Fondsgesellschaft BlackRock mit knapp 8 Prozent.",
  ("owns", "BlackRock", SU, R))
s("Schon 2022 hatte die Regierung den Verkauf der Waferfertigung von Elmos Semiconductor an einen chinesischen Investor untersagt.")
s("Naura, Chinas größter Hersteller von Chipanlagen, hatte im ersten Halbjahr 2026 einen Umsatz von 16,8 Milliarden Yuan und einen Nettogewinn von 3,4 Milliarden Yuan erzielt.",
  ("revenue", "Naura", "16800000000 CNY", R), ("profit", "Naura", "3400000000 CNY", R),
  ("dated", "16800000000 CNY", "2026-H1", R), ("dated", "3400000000 CNY", "2026-H1", R))
s("Ein Sprecher in Peking nannte die Entscheidung „diskriminierend“ und kündigte an, rechtliche Schritte zu prüfen.")
s("Süss MicroTec kündigte an, eigenständig zu bleiben, und bestätigte seine Prognose: Für 2026 erwartet der Vorstand einen Umsatz von 500 bis 540 Millionen Euro.",
  ("revenue", SU, "500000000 EUR", R), ("dated", "500000000 EUR", "2026", R))
# "das Unternehmen" only (and talks): no partners row.
s("Zugleich teilte das Unternehmen mit, es spreche mit Applied Materials über eine Kooperation bei Anlagen für das Hybrid Bonding.")
# a rumoured offer: optional.
s("Wie aus Finanzkreisen verlautete, prüft nun der niederländische Konkurrent Besi ein eigenes Angebot für Süss MicroTec; eine Stellungnahme lehnte Besi ab.",
  ("owns", "Besi", SU, O))
s("Die Aktie gab am Mittwoch um 9 Prozent nach.")

# ---------------------------------------------------------------- de/telekom-t-mobile-us-softbank.txt (Fri 2026-08-07; "Donnerstagabend" = 2026-08-06)
s = doc("de/telekom-t-mobile-us-softbank.txt")
DT, TM = "Deutsche Telekom", "T-Mobile US"
s("Telekom baut Mehrheit an T-Mobile US aus",
  ("owns", DT, TM, O))
s("Die Deutsche Telekom hat ihren Anteil an der US-Tochter T-Mobile US weiter aufgestockt und hält nun 54,1 Prozent der Aktien.",
  ("owns", DT, TM, R))
# "Der Bonner Konzern" only: no invests/pays/owns for the buyer; T-Mobile US not named.
s("Der Bonner Konzern kaufte dem japanischen Technologieinvestor SoftBank ein Paket von 18 Millionen Aktien für rund 4,3 Milliarden Dollar ab, wie beide Unternehmen am Donnerstagabend mitteilten.",
  ("raises", "SoftBank", "4300000000 USD", O), ("dated", "4300000000 USD", "2026-08-06", O))
s("SoftBank hatte seine Beteiligung an T-Mobile US bereits im Juni um ein Drittel verringert, um die Milliardenzusagen an OpenAI zu finanzieren.",
  ("owns", "SoftBank", TM, R), ("owns", "SoftBank", "OpenAI", O))
s("Nach dem Verkauf hält SoftBank noch rund 3 Prozent an dem Mobilfunker.")
s("Telekom-Chef Tim Höttges sprach von einem „attraktiven Preis“ für die „Perle im Konzern“.")
s("Die Telekom hatte 2020 die Kontrolle über T-Mobile US übernommen, als die Fusion mit dem Rivalen Sprint abgeschlossen wurde.",
  ("owns", DT, TM, R))
s("Seither hat der Konzern seinen Anteil schrittweise erhöht, zuletzt vor allem über Aktienrückkäufe der Tochter.")
# Konzernüberschuss in a clause that does not name the company: optional (devset9 practice).
s("Im zweiten Quartal steigerte die Deutsche Telekom ihren Umsatz um 2,8 Prozent auf 29,4 Milliarden Euro, der bereinigte Konzernüberschuss kletterte auf 2,7 Milliarden Euro.",
  ("revenue", DT, "29400000000 EUR", R), ("profit", DT, "2700000000 EUR", O),
  ("dated", "29400000000 EUR", "2026-Q2", O), ("dated", "2700000000 EUR", "2026-Q2", O))
s("Allein T-Mobile US steuerte Erlöse von 21,3 Milliarden Dollar bei.",
  ("revenue", TM, "21300000000 USD", R))
# GD Towers and DigitalBridge are not in the gazetteer; the price is shared by two buyers.
s("Zudem verkauft die Telekom ihre restliche Beteiligung von 49 Prozent an der Funkturmgesellschaft GD Towers für 3,9 Milliarden Euro an die Finanzinvestoren Brookfield und DigitalBridge.",
  ("pays", "Brookfield", "3900000000 EUR", O), ("invests", "Brookfield", "3900000000 EUR", O),
  ("raises", DT, "3900000000 EUR", O))
s("Die beiden hatten bereits 2023 die Mehrheit an GD Towers übernommen.")
# a joint investment: partners required, the shared amount per company optional.
s("Parallel investiert die Telekom gemeinsam mit Nvidia rund 1 Milliarde Euro in ein KI-Rechenzentrum in München, das Anfang 2026 in Betrieb ging.",
  ("partners", DT, "Nvidia", R), ("invests", DT, "1000000000 EUR", O), ("invests", "Nvidia", "1000000000 EUR", O),
  ("dated", "1000000000 EUR", "2026", O))
s("An der Börse legte die T-Aktie um 1,9 Prozent zu.")
s("Analysten von Berenberg sehen Spielraum für weitere Zukäufe.")

# ---------------------------------------------------------------- en/marvell-to-buy-astera-labs.txt (Tue 2026-04-14)
s = doc("en/marvell-to-buy-astera-labs.txt")
MV, AL = "Marvell", "Astera Labs"
s("Marvell to buy Astera Labs for $17 billion in bet on AI data-center connectivity",
  ("owns", MV, AL, O), ("pays", MV, "17000000000 USD", O))
s("Marvell Technology has agreed to buy Astera Labs for about $17 billion in cash and stock, the companies said on Tuesday, betting that the chips linking AI accelerators inside data centers will keep growing faster than the processors themselves.",
  ("owns", MV, AL, R), ("pays", MV, "17000000000 USD", R), ("invests", MV, "17000000000 USD", O))
s("Astera shareholders will receive $95 in cash and 0.72 Marvell shares for each share they own, a 28% premium to Monday's close.")
# Inphi is not in the gazetteer; the first quarter of 2027 dates the closing, not an amount.
s("The deal, Marvell's largest since its $10 billion purchase of Inphi in 2021, is expected to close in the first quarter of 2027, subject to approval by regulators in the United States and China.",
  ("pays", MV, "10000000000 USD", R), ("dated", "10000000000 USD", "2021", R), ("invests", MV, "10000000000 USD", O))
s("Morgan Stanley advised Marvell, while Goldman Sachs and Evercore advised Astera Labs.",
  ("supplies", "Morgan Stanley", MV, O), ("supplies", "Goldman Sachs", AL, O), ("supplies", "Evercore", AL, O),
  ("partners", "Goldman Sachs", "Evercore", O))
s("Marvell has secured a $9 billion bridge loan from JPMorgan to fund the cash portion.",
  ("raises", MV, "9000000000 USD", O), ("supplies", "JPMorgan", MV, O))
s("Founded in 2017, Astera Labs sells retimers and smart cables to Amazon Web Services, Microsoft and Nvidia, and counts Nvidia's rival AMD among its newer customers.",
  ("supplies", AL, "Amazon Web Services", R), ("supplies", AL, "Microsoft", R), ("supplies", AL, "Nvidia", R),
  ("supplies", AL, "AMD", R))
# "The company" only: no revenue rows; "last year" (April 2026) -> 2025.
s("The company reported revenue of $1.1 billion last year, nearly double its 2024 level, and said first-quarter sales rose 61% to $352 million.",
  ("dated", "1100000000 USD", "2025", R), ("dated", "352000000 USD", "2026-Q1", O))
s("Intel Capital, the venture unit of Intel and an early backer of Astera Labs, still holds about 4% of its shares, according to regulatory filings.",
  ("owns", "Intel", "Intel Capital", R), ("owns", "Intel Capital", AL, R))
s("Marvell, which co-designs the Trainium accelerators with Amazon, posted revenue of $8.2 billion in its fiscal year 2026, which ended in January.",
  ("partners", MV, "Amazon", R), ("makes", "Amazon", "Trainium", R), ("revenue", MV, "8200000000 USD", R),
  ("dated", "8200000000 USD", "2026", R),
  ("makes", MV, "Trainium", O), ("supplies", MV, "Amazon", O), ("dated", "8200000000 USD", "2026-01", O))
# "It" (Marvell) not named: the seller gets nothing; a business line bought: pays, no owns.
s("It sold its automotive Ethernet business to Infineon for $2.5 billion last year.",
  ("pays", "Infineon", "2500000000 USD", R), ("dated", "2500000000 USD", "2025", R), ("invests", "Infineon", "2500000000 USD", O))
s("Chief Executive Matt Murphy said the combination would yield $300 million of annual cost savings by the end of fiscal 2028.",
  ("dated", "300000000 USD", "2028", R))
s("Broadcom, which had also looked at Astera Labs, decided not to bid, according to people familiar with the matter.")
s("Shares of Astera Labs jumped 22% in premarket trading, while Marvell fell 4%.")

# ---------------------------------------------------------------- en/globalfoundries-umc-talks-collapse.txt (Wed 2026-07-22)
s = doc("en/globalfoundries-umc-talks-collapse.txt")
GF = "GlobalFoundries"
# ended talks: no partners, no owns.
s("GlobalFoundries walks away from UMC merger talks")
s("GlobalFoundries has ended talks about a merger with United Microelectronics after failing to agree on how to satisfy Taiwanese authorities wary of moving chip technology abroad, people familiar with the matter said.")
# hypothetical combined revenue, no company; "in March" dates the report.
s("The combination, first reported by Nikkei Asia in March, would have created a foundry with annual revenue of roughly $16 billion, the third-largest behind TSMC and Samsung.")
s("Under the structure discussed, GlobalFoundries shareholders would have received about 60% of the combined company.")
s("Mubadala, the Abu Dhabi state investor that owns about 81% of GlobalFoundries, had backed the deal.",
  ("owns", "Mubadala", GF, R))
s("UMC, which makes chips for Qualcomm, MediaTek and Texas Instruments, said in a statement that it remained open to partnerships but had no plans for a merger.",
  ("supplies", "UMC", "Qualcomm", R), ("supplies", "UMC", "MediaTek", R), ("supplies", "UMC", "Texas Instruments", R))
# "The Taiwanese foundry" only: no partners row with Intel.
s("The Taiwanese foundry is already working with Intel on a 12-nanometer process that the two companies plan to run in Arizona from 2027.")
s("GlobalFoundries reported second-quarter revenue of $1.74 billion, up 3% from a year earlier, and net income of $230 million, and forecast third-quarter sales of between $1.78 billion and $1.84 billion.",
  ("revenue", GF, "1740000000 USD", R), ("profit", GF, "230000000 USD", R), ("revenue", GF, "1780000000 USD", R),
  ("dated", "1740000000 USD", "2026-Q2", O), ("dated", "230000000 USD", "2026-Q2", O), ("dated", "1780000000 USD", "2026-Q3", O))
s("GlobalFoundries has instead pledged to invest $16 billion in its U.S. plants by 2030 and agreed earlier this year to buy MIPS, a designer of RISC-V processor cores.",
  ("invests", GF, "16000000000 USD", R), ("dated", "16000000000 USD", "2030", R))
s("Apple has signed a long-term agreement to source radio-frequency chips from GlobalFoundries' plant in Malta, New York.",
  ("supplies", GF, "Apple", R), ("partners", GF, "Apple", O))
s("Analysts at Bernstein said a deal had always faced long odds, since Taiwan has blocked earlier attempts by foreign groups to buy into local chipmakers.")
# a speculative tie-up (optional); Intel's failed takeover is negated.
s("Some investors now expect GlobalFoundries to revisit a tie-up with Tower Semiconductor, which Intel failed to acquire in 2023 after Chinese regulators withheld approval.",
  ("partners", GF, "Tower Semiconductor", O))
s("Shares of GlobalFoundries fell 2.3% in New York, while UMC rose 1.1% in Taipei.")

# ---------------------------------------------------------------- en/anysphere-funding-round.txt (Wed 2026-05-27)
s = doc("en/anysphere-funding-round.txt")
AS = "Anysphere"
s("Cursor maker Anysphere raises $3 billion at $60 billion valuation",
  ("raises", AS, "3000000000 USD", O), ("values", AS, "60000000000 USD", O))
s("Anysphere, the start-up behind the Cursor coding assistant, has raised $3 billion in a funding round led by Thrive Capital and Coatue that values it at $60 billion, the company said on Wednesday.",
  ("raises", AS, "3000000000 USD", R), ("values", AS, "60000000000 USD", R),
  ("owns", "Thrive Capital", AS, R), ("owns", "Coatue", AS, R),
  ("invests", "Thrive Capital", "3000000000 USD", O), ("invests", "Coatue", "3000000000 USD", O),
  ("partners", "Thrive Capital", "Coatue", O))
# Google's earlier stake is stated; only the new investment is negated.
s("Andreessen Horowitz, Accel and Nvidia also joined the round, while Google, which first backed Anysphere last year, did not put in more money.",
  ("owns", "Andreessen Horowitz", AS, R), ("owns", "Accel", AS, R), ("owns", "Nvidia", AS, R), ("owns", "Google", AS, R))
s("The valuation is more than double the $29.3 billion the San Francisco-based company commanded in November.",
  ("dated", "29300000000 USD", "2025-11", O))
s("Anysphere's annualized revenue has passed $1.5 billion, up from about $500 million at the start of the year, as companies such as Salesforce, Nvidia and Stripe roll out Cursor to tens of thousands of engineers.",
  ("revenue", AS, "1500000000 USD", R), ("revenue", AS, "500000000 USD", R), ("dated", "500000000 USD", "2026", R),
  ("supplies", AS, "Salesforce", R), ("supplies", AS, "Nvidia", R), ("supplies", AS, "Stripe", R))
# "The company" only: no supplies from Anthropic/OpenAI.
s("The company spends heavily on models from Anthropic and OpenAI, which power many of Cursor's features, and has begun training its own.")
s("Anysphere has also agreed to acquire Giskard, a Paris-based start-up that tests AI models for errors, for about $250 million, people familiar with the matter said.",
  ("owns", AS, "Giskard", R), ("pays", AS, "250000000 USD", R), ("invests", AS, "250000000 USD", O))
s("It would be its third acquisition in a year.")
s("Anysphere will use part of the money to buy computing capacity from Microsoft's Azure and from CoreWeave, which is building a dedicated cluster of Nvidia GB300 systems for it.",
  ("supplies", "Microsoft", AS, R), ("supplies", "CoreWeave", AS, R), ("makes", "Nvidia", "GB300", R),
  ("supplies", "Nvidia", "CoreWeave", R), ("supplies", "Nvidia", AS, O))
# Cognition is not in the gazetteer.
s("The round comes as investors pour money into AI coding tools: Poolside raised $2 billion earlier this year with Nvidia as an investor, and Cognition, maker of Devin, was valued at $10.2 billion in September.",
  ("raises", "Poolside", "2000000000 USD", R), ("owns", "Nvidia", "Poolside", R), ("dated", "2000000000 USD", "2026", R),
  ("invests", "Nvidia", "2000000000 USD", O), ("dated", "10200000000 USD", "2025-09", O))
s("Lovable, the Swedish app-building start-up, is in talks to raise funds at a valuation of about $6 billion, according to people familiar with the matter.",
  ("values", "Lovable", "6000000000 USD", O))
s("Chief Executive Michael Truell said the company had no plans to go public.")

# ---------------------------------------------------------------- en/rapidus-private-investors-funding.txt (Tue 2026-11-10)
s = doc("en/rapidus-private-investors-funding.txt")
RP = "Rapidus"
s("Rapidus raises ¥180 billion from Toyota, Sony, SoftBank and others",
  ("raises", RP, "180000000000 JPY", O), ("owns", "Toyota", RP, O), ("owns", "Sony", RP, O), ("owns", "SoftBank", RP, O),
  ("invests", "Toyota", "180000000000 JPY", O), ("invests", "Sony", "180000000000 JPY", O), ("invests", "SoftBank", "180000000000 JPY", O))
s("Rapidus, Japan's state-backed contract chipmaker, has raised ¥180 billion from 32 private companies as it prepares to start mass production of 2-nanometer chips in Hokkaido next year.",
  ("raises", RP, "180000000000 JPY", R))
s("Toyota Motor, Sony, NTT, SoftBank and Kioxia each invested ¥10 billion in Rapidus, while Fujitsu and several banks put in smaller amounts, the company said on Tuesday.",
  ("invests", "Toyota", "10000000000 JPY", R), ("invests", "Sony", "10000000000 JPY", R), ("invests", "NTT", "10000000000 JPY", R),
  ("invests", "SoftBank", "10000000000 JPY", R), ("invests", "Kioxia", "10000000000 JPY", R),
  ("owns", "Toyota", RP, R), ("owns", "Sony", RP, R), ("owns", "NTT", RP, R), ("owns", "SoftBank", RP, R),
  ("owns", "Kioxia", RP, R), ("owns", "Fujitsu", RP, R),
  ("raises", RP, "10000000000 JPY", O))
s("The government, which has committed more than ¥1.7 trillion in subsidies to the project, will also take a stake through a new investment vehicle, becoming its largest shareholder.")
s("Rapidus produces its chips with technology licensed from IBM, and has sent about 150 engineers to IBM's research center in Albany, New York.",
  ("supplies", "IBM", RP, R), ("partners", RP, "IBM", O))
s("Rapidus has signed up Tenstorrent, the Toronto-based AI chip designer, and IBM as early customers, and is in talks with Broadcom, according to Nikkei Asia.",
  ("supplies", RP, "Tenstorrent", R), ("supplies", RP, "IBM", R), ("supplies", RP, "Broadcom", O))
# Screen Holdings is not in the gazetteer; the orders are a joint amount.
s("Equipment for the Rapidus plant in Chitose comes from ASML, Tokyo Electron and Screen Holdings, which together have booked orders worth more than ¥300 billion from the project.",
  ("supplies", "ASML", RP, R), ("supplies", "Tokyo Electron", RP, R),
  ("orders", "ASML", "300000000000 JPY", O), ("orders", "Tokyo Electron", "300000000000 JPY", O),
  ("pays", RP, "300000000000 JPY", O))
s("Among software partners, Rapidus is working with Siemens on chip-design tools and with Cadence and Synopsys on its process design kits.",
  ("partners", RP, "Siemens", R), ("partners", RP, "Cadence", R), ("partners", RP, "Synopsys", R),
  ("supplies", "Siemens", RP, O), ("supplies", "Cadence", RP, O), ("supplies", "Synopsys", RP, O))
s("Rapidus expects to need about ¥5 trillion in total investment by 2031, when it plans to begin producing 1.4-nanometer chips.",
  ("invests", RP, "5000000000000 JPY", R), ("dated", "5000000000000 JPY", "2031", R))
s("Chief Executive Atsuyoshi Koike said the company was also considering a share listing around that time.")
# Bain Capital is not in the gazetteer; "hoped to use" is a wish.
s("Kioxia, the memory maker in which Bain Capital holds a large stake, said it hoped to use Rapidus to make controller chips.",
  ("supplies", RP, "Kioxia", O))
s("SoftBank, which also owns chip designer Arm, bought Ampere Computing for $6.5 billion last year and is now investing in its server processors.",
  ("owns", "SoftBank", "Arm", R), ("owns", "SoftBank", "Ampere Computing", R), ("pays", "SoftBank", "6500000000 USD", R),
  ("dated", "6500000000 USD", "2025", R), ("invests", "SoftBank", "6500000000 USD", O))

# ---------------------------------------------------------------- write
TYPES = {"makes", "invests", "raises", "revenue", "profit", "orders", "values", "pays", "fined",
         "partners", "supplies", "owns", "dated"}

def body_of(text):
    # front matter: '---\n' ... '---\n'; the title is listed as a sentence of its own
    _, fm, body = text.split("---\n", 2)
    return body

def main():
    rows, texts, bad = {}, {}, 0
    covered = {}
    for d, sent, facts in A:
        if d not in texts:
            texts[d] = open(os.path.join(CORPUS, d), encoding="utf-8").read()
            covered[d] = body_of(texts[d])
        if sent not in texts[d]:
            print("NOT VERBATIM:", d, sent[:80], file=sys.stderr); bad += 1
        covered[d] = covered[d].replace(sent, "", 1)
        for typ, subj, obj, st in facts:
            if typ not in TYPES or st not in (R, O):
                print("BAD ROW:", d, typ, subj, obj, st, file=sys.stderr); bad += 1
            k = (d, typ) + (tuple(sorted([subj, obj])) if typ == "partners" else (subj, obj))
            old = rows.get(k)
            if old is None or (old[4] == O and st == R):
                rows[k] = [d, typ, subj, obj, st, sent]
    # every sentence of every body is listed
    for d, rest in covered.items():
        if rest.strip():
            print("SENTENCES NOT LISTED:", d, repr(rest.strip()[:200]), file=sys.stderr); bad += 1
    on_disk = {os.path.relpath(os.path.join(p, f), CORPUS) for p, _, fs in os.walk(CORPUS) for f in fs}
    for d in sorted(on_disk - set(texts)):
        print("DOCUMENT NOT ANNOTATED:", d, file=sys.stderr); bad += 1
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
