#!/usr/bin/env python3
"""Writes gold/facts.csv for devset10 from the hand annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
Checks that every sentence is verbatim in its file, deduplicates by (doc, type, subject, object)
(partners unordered, required beats optional) and sorts."""
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

ST = "STMicroelectronics"
GF = "GlobalFoundries"
SUSS = "Süss MicroTec"
LPKF = "LPKF Laser & Electronics"
VW = "Volkswagen"
MB = "Mercedes-Benz"
AWS = "Amazon Web Services"
APOLLO = "Apollo Global Management"

# ---------------------------------------------------------------- fr/aixtron-opa-riber.txt (Mon 2026-03-16)
s = doc("fr/aixtron-opa-riber.txt")
s("Aixtron lance une OPA amicale sur Riber à 4,20 euros par action",
  ("owns", "Aixtron", "Riber", O), ("pays", "Aixtron", "4.2 EUR", O))
s("Le fabricant allemand d'équipements pour semi-conducteurs Aixtron a annoncé lundi le dépôt d'une offre publique d'achat amicale sur Riber, le spécialiste français des bâtis d'épitaxie par jets moléculaires.",
  ("owns", "Aixtron", "Riber", R))
# "L'offre" names no buyer: the per-share price gets no pays row.
s("L'offre, fixée à 4,20 euros par action, valorise Riber à environ 89 millions d'euros et fait ressortir une prime de 38 % sur le dernier cours de clôture.",
  ("values", "Riber", "89000000 EUR", R))
s("Au total, Aixtron déboursera quelque 89 millions d'euros, qu'il financera sur sa trésorerie, forte de 270 millions d'euros à fin 2025.",
  ("pays", "Aixtron", "89000000 EUR", R), ("invests", "Aixtron", "89000000 EUR", O),
  ("dated", "270000000 EUR", "2025", R))
# Orsay Participations (family holding) is not in the gazetteer: no owns row.
s("Lazard conseille Aixtron, tandis que Riber s'est entouré de Rothschild & Co et de Portzamparc.",
  ("supplies", "Lazard", "Aixtron", O), ("supplies", "Rothschild & Co", "Riber", O),
  ("supplies", "Portzamparc", "Riber", O), ("partners", "Rothschild & Co", "Portzamparc", O))
s("Riber a réalisé en 2025 un chiffre d'affaires de 41,2 millions d'euros et un résultat net de 4,6 millions d'euros.",
  ("revenue", "Riber", "41200000 EUR", R), ("profit", "Riber", "4600000 EUR", R),
  ("dated", "41200000 EUR", "2025", R), ("dated", "4600000 EUR", "2025", R))
# "Son carnet de commandes": Riber not named -> no orders row.
s("Son carnet de commandes atteignait 38 millions d'euros au 31 décembre.",
  ("dated", "38000000 EUR", "2025-12-31", O))
s("Parmi les clients de Riber figurent Soitec, le laboratoire III-V Lab et plusieurs universités chinoises.",
  ("supplies", "Riber", "Soitec", R))
s("Pour Aixtron, dont les réacteurs MOCVD équipent notamment les usines de carbure de silicium d'Infineon et de Wolfspeed, l'opération ouvre les marchés de la photonique et du calcul quantique.",
  ("supplies", "Aixtron", "Infineon", R), ("supplies", "Aixtron", "Wolfspeed", R))
# "Le groupe d'Herzogenrath": Aixtron only described -> no revenue row.
s("Le groupe d'Herzogenrath a vu son chiffre d'affaires reculer de 12 % en 2025, à 560 millions d'euros.",
  ("dated", "560000000 EUR", "2025", R))

# ---------------------------------------------------------------- fr/asml-resultats-annuels-2025.txt (Wed 2026-01-28)
s = doc("fr/asml-resultats-annuels-2025.txt")
s("ASML termine 2025 avec un carnet de commandes record de 41 milliards d'euros",
  ("orders", "ASML", "41000000000 EUR", O), ("dated", "41000000000 EUR", "2025", O))
s("Le néerlandais ASML, seul fabricant au monde de machines de lithographie en extrême ultraviolet (EUV), a publié mercredi un chiffre d'affaires de 32,7 milliards d'euros pour 2025, en hausse de 16 % sur un an.",
  ("revenue", "ASML", "32700000000 EUR", R), ("dated", "32700000000 EUR", "2025", R))
# "Son bénéfice net": ASML not named -> no profit rows.
s("Son bénéfice net a atteint 9,6 milliards d'euros, contre 7,6 milliards en 2024.",
  ("dated", "7600000000 EUR", "2024", R))
s("ASML a enregistré au quatrième trimestre 2025 des commandes nettes de 13,2 milliards d'euros, dont 7,4 milliards pour les seuls systèmes EUV, ce qui porte son carnet de commandes à 41 milliards d'euros.",
  ("orders", "ASML", "13200000000 EUR", R), ("orders", "ASML", "7400000000 EUR", R),
  ("orders", "ASML", "41000000000 EUR", R),
  ("dated", "13200000000 EUR", "2025-Q4", R), ("dated", "7400000000 EUR", "2025-Q4", R),
  ("dated", "41000000000 EUR", "2025-Q4", O))
# analysts' expectation without the company named: nothing.
s("Selon le directeur financier Roger Dassen, TSMC, Samsung et SK Hynix ont représenté à eux trois près de 60 % des ventes de systèmes d'ASML, tandis qu'Intel a réduit ses achats auprès du groupe de Veldhoven.",
  ("supplies", "ASML", "TSMC", R), ("supplies", "ASML", "Samsung", R), ("supplies", "ASML", "SK Hynix", R),
  ("supplies", "ASML", "Intel", R))
s("Pour 2026, ASML prévoit des ventes comprises entre 34 et 37 milliards d'euros et une marge brute d'environ 52 %.",
  ("revenue", "ASML", "34000000000 EUR", R), ("dated", "34000000000 EUR", "2026", R))
# "Le groupe": no company named; the amounts' dates are stated.
s("Le groupe versera un dividende de 7,50 euros par action au titre de 2025 et lancera un programme de rachat d'actions de 12 milliards d'euros d'ici fin 2028.",
  ("dated", "7.5 EUR", "2025", R), ("dated", "12000000000 EUR", "2028", R))
s("Carl Zeiss SMT, dont ASML détient 24,9 % et qui fournit les optiques de ses scanners EUV, a par ailleurs annoncé un investissement de 800 millions d'euros dans son site d'Oberkochen.",
  ("owns", "ASML", "Carl Zeiss SMT", R), ("supplies", "Carl Zeiss SMT", "ASML", R),
  ("invests", "Carl Zeiss SMT", "800000000 EUR", R))
s("ASML reste enfin le premier actionnaire de Mistral AI, dans lequel il a investi 1,3 milliard d'euros en septembre 2025.",
  ("owns", "ASML", "Mistral AI", R), ("invests", "ASML", "1300000000 EUR", R),
  ("dated", "1300000000 EUR", "2025-09", R))

# ---------------------------------------------------------------- fr/vsora-levee-sesterce.txt (Tue 2026-05-12)
s = doc("fr/vsora-levee-sesterce.txt")
s("Puces d'inférence : VSORA lève 150 millions d'euros et s'allie à Sesterce",
  ("raises", "VSORA", "150000000 EUR", O), ("partners", "VSORA", "Sesterce", O))
s("La start-up française VSORA, qui conçoit des puces dédiées à l'inférence des modèles d'intelligence artificielle, a bouclé une levée de fonds de 150 millions d'euros, a-t-elle annoncé mardi.",
  ("raises", "VSORA", "150000000 EUR", R))
# the round's company is not named in this sentence: no owns rows for the investors.
s("Mené par Eurazeo et Cathay Innovation, le tour de table associe Bpifrance, déjà actionnaire, Tikehau Capital et Samsung Catalyst Fund, le fonds de capital-risque du coréen Samsung.",
  ("owns", "Samsung", "Samsung Catalyst Fund", R))
s("Selon Les Echos, l'opération valorise VSORA à environ 620 millions d'euros, près de trois fois plus qu'en 2024, lorsque la société avait levé 40 millions de dollars.",
  ("values", "VSORA", "620000000 EUR", R), ("raises", "VSORA", "40000000 USD", R),
  ("dated", "40000000 USD", "2024", R))
s("Fondée en 2015 à Meudon, VSORA a finalisé l'an dernier sa puce Jotunn8, gravée en 5 nanomètres par TSMC, dont les premiers exemplaires ont été livrés à des clients en mars.",
  ("makes", "VSORA", "Jotunn8", R), ("supplies", "TSMC", "VSORA", R), ("makes", "TSMC", "Jotunn8", O))
s("Dans la foulée, VSORA a conclu un partenariat stratégique avec Sesterce, l'opérateur de centres de données installé à Valence, qui s'engage à déployer 20 000 puces Jotunn8 d'ici fin 2027 dans ses sites français.",
  ("partners", "VSORA", "Sesterce", R), ("supplies", "VSORA", "Sesterce", R), ("makes", "VSORA", "Jotunn8", O))
s("Sesterce, qui a levé 450 millions d'euros de dette en 2025 auprès de BNP Paribas et de Société Générale, exploite déjà plusieurs milliers de GPU H200 de Nvidia.",
  ("raises", "Sesterce", "450000000 EUR", R), ("dated", "450000000 EUR", "2025", R),
  ("makes", "Nvidia", "H200", R), ("supplies", "Nvidia", "Sesterce", R))

# ---------------------------------------------------------------- fr/crolles-aides-st-globalfoundries.txt (Tue 2026-09-22)
s = doc("fr/crolles-aides-st-globalfoundries.txt")
s("Crolles : l'État accorde 1,6 milliard d'euros à l'usine de ST et GlobalFoundries",
  ("partners", ST, GF, O))
# the State is not a company: its aid gets no row.
s("L'État va apporter 1,6 milliard d'euros d'aides publiques à la future usine de semi-conducteurs que STMicroelectronics et GlobalFoundries construisent ensemble à Crolles, en Isère, a annoncé mardi le ministère de l'Économie.",
  ("partners", ST, GF, R))
s("La coentreprise sera détenue à 58 % par GlobalFoundries, contrôlé par le fonds émirien Mubadala, et à 42 % par ST, qui s'était engagé en 2022 à y consacrer 2,9 milliards d'euros.",
  ("owns", "Mubadala", GF, R), ("partners", ST, GF, R), ("invests", ST, "2900000000 EUR", R),
  ("dated", "2900000000 EUR", "2022", O))
s("Bpifrance complétera le financement par un prêt de 400 millions d'euros, et la Commission européenne a validé le dispositif au titre du Chips Act.",
  ("invests", "Bpifrance", "400000000 EUR", O))
s("Soitec, installé à quelques kilomètres, à Bernin, fournira à ST et à GlobalFoundries les plaquettes FD-SOI sur lesquelles seront gravées les puces en 18 nanomètres.",
  ("supplies", "Soitec", ST, R), ("supplies", "Soitec", GF, R))
# "les partenaires" only described: no supplies rows; the shared amount read as each supplier's orders is optional.
s("Pour les équipements, les partenaires ont passé commande auprès d'ASML, d'Applied Materials et de Tokyo Electron, pour un montant cumulé d'environ 1,8 milliard d'euros, selon un proche du dossier.",
  ("orders", "ASML", "1800000000 EUR", O), ("orders", "Applied Materials", "1800000000 EUR", O),
  ("orders", "Tokyo Electron", "1800000000 EUR", O))
s("Air Liquide construira sur le site une unité de gaz ultra-purs, un investissement de 150 millions d'euros.",
  ("invests", "Air Liquide", "150000000 EUR", R))
s("Côté débouchés, ST a obtenu de Renault et de Valeo des engagements d'achat pour ses microcontrôleurs automobiles, tandis que Thales envisage d'y faire fabriquer des composants destinés à la défense.",
  ("supplies", ST, "Renault", R), ("supplies", ST, "Valeo", R), ("supplies", ST, "Thales", O))
s("Le plan initial, présenté en juillet 2022 par Emmanuel Macron, prévoyait 7,5 milliards d'euros d'investissements et 2,9 milliards d'euros d'aides.",
  ("dated", "7500000000 EUR", "2022-07", O), ("dated", "2900000000 EUR", "2022-07", O))

# ---------------------------------------------------------------- de/suess-microtec-drittes-quartal.txt (Thu 2026-11-05)
s = doc("de/suess-microtec-drittes-quartal.txt")
s("Süss MicroTec hat im dritten Quartal 2026 dank der hohen Nachfrage nach Speicherchips für KI-Rechenzentren seinen Umsatz um 24 Prozent auf 131,4 Millionen Euro gesteigert.",
  ("revenue", SUSS, "131400000 EUR", R), ("dated", "131400000 EUR", "2026-Q3", R))
# "der Garchinger Anlagenbauer": company only described -> no profit rows.
s("Das operative Ergebnis (Ebit) kletterte auf 21,7 Millionen Euro, nach 14,2 Millionen Euro im Vorjahresquartal, wie der Garchinger Anlagenbauer am Mittwochabend mitteilte.",
  ("dated", "14200000 EUR", "2025-Q3", O), ("dated", "21700000 EUR", "2026-11-04", O))
s("Beim Auftragseingang verbuchte Süss MicroTec 148 Millionen Euro, getrieben vor allem von Bestellungen für Hybrid-Bonder und Anlagen zum temporären Bonden, die Speicherhersteller für die Produktion von HBM-Stapeln benötigen.",
  ("orders", SUSS, "148000000 EUR", R))
s("Der Auftragsbestand erreichte zum Quartalsende 412 Millionen Euro.",
  ("dated", "412000000 EUR", "2026-Q3", O))
s("Zu den wichtigsten Kunden von Süss MicroTec zählen SK Hynix, Micron und TSMC, auf die zusammen gut 40 Prozent des Umsatzes entfielen.",
  ("supplies", SUSS, "SK Hynix", R), ("supplies", SUSS, "Micron", R), ("supplies", SUSS, "TSMC", R))
s("Vorstandschef Burkhardt Frick hob die Jahresprognose an: Süss MicroTec erwartet für 2026 nun einen Umsatz zwischen 500 und 520 Millionen Euro sowie eine Ebit-Marge von 15 bis 16 Prozent.",
  ("revenue", SUSS, "500000000 EUR", R), ("dated", "500000000 EUR", "2026", R))
# "das Unternehmen": no invests row; the date belongs to the hall's start, not the amount.
s("Um die Aufträge abzuarbeiten, investiert das Unternehmen rund 40 Millionen Euro in eine neue Fertigungshalle im taiwanischen Zhubei, die Ende 2027 in Betrieb gehen soll.",
  ("dated", "40000000 EUR", "2027", O))
s("Auch der niederländische Konkurrent Besi hatte in der vergangenen Woche Rekordaufträge gemeldet, unter anderem von SK Hynix und Samsung.",
  ("supplies", "Besi", "SK Hynix", R), ("supplies", "Besi", "Samsung", R))

# ---------------------------------------------------------------- de/trumpf-uebernahme-lpkf.txt (Tue 2026-06-23)
s = doc("de/trumpf-uebernahme-lpkf.txt")
s("Trumpf greift nach LPKF",
  ("owns", "Trumpf", LPKF, O))
s("Der Ditzinger Maschinenbauer Trumpf will die Mehrheit an dem Laserspezialisten LPKF Laser & Electronics übernehmen.",
  ("owns", "Trumpf", LPKF, R))
s("Trumpf bietet den Aktionären 14,50 Euro je Aktie in bar und damit 48 Prozent mehr als den Schlusskurs vom Freitag, wie beide Unternehmen am Montag mitteilten.",
  ("pays", "Trumpf", "14.5 EUR", O), ("dated", "14.5 EUR", "2026-06-22", O))
s("Insgesamt bewertet das Angebot LPKF mit rund 355 Millionen Euro.",
  ("values", LPKF, "355000000 EUR", R))
s("Für die angestrebten mindestens 51 Prozent der Anteile ergibt sich ein Kaufpreis von etwa 181 Millionen Euro, den Trumpf aus eigenen Mitteln und über eine Kreditlinie der Commerzbank finanziert.",
  ("pays", "Trumpf", "181000000 EUR", R), ("invests", "Trumpf", "181000000 EUR", O),
  ("supplies", "Commerzbank", "Trumpf", O))
s("Der bisherige Großaktionär Heraeus, der 18,3 Prozent an LPKF hält, hat bereits zugesagt, seine Aktien anzudienen.",
  ("owns", "Heraeus", LPKF, R))
s("Trumpf wird von der Deutschen Bank beraten, LPKF von Lazard.",
  ("supplies", "Deutsche Bank", "Trumpf", O), ("supplies", "Lazard", LPKF, O))
s("LPKF aus Garbsen bei Hannover setzte 2025 mit Lasersystemen für die Bearbeitung von Leiterplatten und Glas 118 Millionen Euro um und erzielte ein Ebit von 6,1 Millionen Euro.",
  ("revenue", LPKF, "118000000 EUR", R), ("profit", LPKF, "6100000 EUR", R),
  ("dated", "118000000 EUR", "2025", R), ("dated", "6100000 EUR", "2025", R))
s("Besonders interessant ist für Trumpf das LIDE-Verfahren, mit dem LPKF Glaskerne für Chipgehäuse strukturiert; Intel und Samsung testen die Technik bereits.",
  ("supplies", LPKF, "Intel", O), ("supplies", LPKF, "Samsung", O))
s("Trumpf selbst liefert seit Jahren die Hochleistungslaser für die EUV-Belichtungsanlagen von ASML und erzielte im Geschäftsjahr 2024/25 einen Umsatz von 4,3 Milliarden Euro.",
  ("supplies", "Trumpf", "ASML", R), ("revenue", "Trumpf", "4300000000 EUR", R),
  ("dated", "4300000000 EUR", "2024/2025", O), ("dated", "4300000000 EUR", "2025", O))
s("Erst im März hatte Trumpf für einen nicht genannten Betrag 10 Prozent an dem Münchner Start-up Black Semiconductor erworben.",
  ("owns", "Trumpf", "Black Semiconductor", R))

# ---------------------------------------------------------------- de/bosch-siliziumkarbid-bmw-volkswagen.txt (Thu 2026-02-26)
s = doc("de/bosch-siliziumkarbid-bmw-volkswagen.txt")
s("Bosch liefert Siliziumkarbid-Chips an BMW und Volkswagen",
  ("supplies", "Bosch", "BMW", O), ("supplies", "Bosch", VW, O))
s("Bosch hat mit BMW und Volkswagen langfristige Lieferverträge für Siliziumkarbid-Chips abgeschlossen.",
  ("supplies", "Bosch", "BMW", R), ("supplies", "Bosch", VW, R),
  ("partners", "Bosch", "BMW", O), ("partners", "Bosch", VW, O))
s("Das Volumen der Verträge, die bis 2035 laufen, beziffern Branchenkreise auf zusammen mehr als 3 Milliarden Euro.",
  ("dated", "3000000000 EUR", "2035", R))
s("Um die Aufträge bedienen zu können, investiert Bosch weitere 1,2 Milliarden Euro in Reutlingen und stellt die Fertigung dort bis Ende 2027 vollständig auf Wafer mit 200 Millimetern Durchmesser um.",
  ("invests", "Bosch", "1200000000 EUR", R), ("dated", "1200000000 EUR", "2027", O))
s("Bereits heute beliefert Bosch Mercedes-Benz, Hyundai und mehrere chinesische Hersteller mit Leistungshalbleitern.",
  ("supplies", "Bosch", MB, R), ("supplies", "Bosch", "Hyundai", R))
# "Die Substrate bezieht der Konzern ... von Wolfspeed": Bosch not named -> no supplies row.
s("Volkswagen hatte sich bisher vor allem auf Infineon und Onsemi gestützt, die den Konzern auch weiterhin mit Chips für die Plattform SSP versorgen sollen.",
  ("supplies", "Infineon", VW, R), ("supplies", "Onsemi", VW, R))
s("Der Engpass bei Nexperia im Herbst 2025, als Chips des niederländischen Herstellers mit chinesischem Eigentümer Wingtech wochenlang ausblieben, hat die Autobauer zu einer breiteren Streuung ihrer Lieferanten bewegt.",
  ("owns", "Wingtech", "Nexperia", R))
s("Die Halbleitersparte von Bosch setzte 2025 rund 2,4 Milliarden Euro um, knapp drei Prozent des Konzernumsatzes von 90,5 Milliarden Euro.",
  ("revenue", "Bosch", "2400000000 EUR", R), ("revenue", "Bosch", "90500000000 EUR", R),
  ("dated", "2400000000 EUR", "2025", R), ("dated", "90500000000 EUR", "2025", R))
s("Auch in Dresden, wo Bosch seit 2021 eine Fabrik für 300-Millimeter-Wafer betreibt, sollen die Kapazitäten wachsen; dort fertigt der Konzern unter anderem Chips für Continental und ZF.",
  ("supplies", "Bosch", "Continental", R), ("supplies", "Bosch", "ZF", R))

# ---------------------------------------------------------------- de/nscale-finanzierungsrunde-lausitz.txt (Wed 2026-08-19)
s = doc("de/nscale-finanzierungsrunde-lausitz.txt")
s("Nscale sammelt 1,4 Milliarden Dollar ein und baut Rechenzentrum in der Lausitz",
  ("raises", "Nscale", "1400000000 USD", O))
# "einen Großteil davon": the invested amount is not given -> no invests row.
s("Der britische KI-Cloud-Anbieter Nscale hat in einer Finanzierungsrunde 1,4 Milliarden Dollar eingesammelt und will einen Großteil davon in ein Rechenzentrum in der Lausitz stecken.",
  ("raises", "Nscale", "1400000000 USD", R))
s("Angeführt wurde die Runde von Nvidia und Blackstone, zudem beteiligten sich Dell Technologies und Nokia erstmals an Nscale.",
  ("owns", "Nvidia", "Nscale", R), ("owns", "Blackstone", "Nscale", R),
  ("owns", "Dell Technologies", "Nscale", R), ("owns", "Nokia", "Nscale", R))
s("Die Runde bewertet das 2024 gegründete Unternehmen mit rund 9 Milliarden Dollar; im Herbst 2025 war Nscale noch mit 3 Milliarden Dollar bewertet worden.",
  ("values", "Nscale", "9000000000 USD", R), ("values", "Nscale", "3000000000 USD", R),
  ("dated", "3000000000 USD", "2025-FA", R))
s("Auf dem Gelände eines früheren Kraftwerks bei Jänschwalde will Nscale bis 2028 rund 2,5 Milliarden Euro investieren.",
  ("invests", "Nscale", "2500000000 EUR", R), ("dated", "2500000000 EUR", "2028", R))
s("In der ersten Ausbaustufe sollen dort 60.000 GB300-Chips von Nvidia laufen, die Nscale über den Serverhersteller Dell Technologies bezieht.",
  ("makes", "Nvidia", "GB300", R), ("supplies", "Dell Technologies", "Nscale", R),
  ("supplies", "Nvidia", "Nscale", O))
# "Den Strom liefert zunächst Vattenfall": no customer named -> nothing.
s("Als Ankerkunde hat Microsoft bei Nscale Rechenkapazität für fünf Jahre gebucht; der Vertrag hat nach Informationen des Handelsblatts einen Wert von 6,2 Milliarden Dollar.",
  ("supplies", "Nscale", "Microsoft", R), ("pays", "Microsoft", "6200000000 USD", R),
  ("orders", "Nscale", "6200000000 USD", O))
s("Auch OpenAI nutzt Kapazitäten von Nscale, etwa im norwegischen Narvik.",
  ("supplies", "Nscale", "OpenAI", R))
s("Die Konkurrenz in Deutschland wächst: Die Deutsche Telekom betreibt seit Februar gemeinsam mit Nvidia in München eine KI-Fabrik mit 10.000 Blackwell-Chips, und Stackit, die Cloud-Tochter der Schwarz-Gruppe, investiert 11 Milliarden Euro in ein Rechenzentrum in Lübbenau.",
  ("partners", "Deutsche Telekom", "Nvidia", R), ("owns", "Schwarz Gruppe", "Stackit", R),
  ("invests", "Stackit", "11000000000 EUR", R),
  ("makes", "Nvidia", "Blackwell", O), ("supplies", "Nvidia", "Deutsche Telekom", O))

# ---------------------------------------------------------------- en/amazon-third-quarter-capex.txt (Fri 2026-10-30)
s = doc("en/amazon-third-quarter-capex.txt")
s("Amazon lifts 2026 spending plan to $150 billion as AWS growth quickens",
  ("invests", "Amazon", "150000000000 USD", O), ("dated", "150000000000 USD", "2026", O))
s("Amazon.com said on Thursday it expects to spend about $150 billion on capital projects this year, mostly on data centers and chips for its cloud unit, as demand for artificial-intelligence computing continued to outstrip supply.",
  ("invests", "Amazon", "150000000000 USD", R), ("dated", "150000000000 USD", "2026", R),
  ("dated", "150000000000 USD", "2026-10-29", O))
# "the company's most profitable division": Amazon not named -> no owns row.
s("Amazon Web Services, the company's most profitable division, grew revenue 24% to $38.6 billion in the third quarter, its fastest pace since 2022.",
  ("revenue", AWS, "38600000000 USD", R), ("dated", "38600000000 USD", "2026-Q3", O))
s("Operating income at AWS rose to $12.1 billion, while Amazon's overall net income reached $21.9 billion on sales of $186.4 billion.",
  ("profit", AWS, "12100000000 USD", R), ("profit", "Amazon", "21900000000 USD", R),
  ("revenue", "Amazon", "186400000000 USD", R))
s("Chief Executive Andy Jassy told analysts that AWS had added more than 3.8 gigawatts of power capacity over the past twelve months and that its Trainium3 chips, designed by the Annapurna Labs unit, were fully subscribed.",
  ("makes", AWS, "Trainium3", R), ("makes", "Annapurna Labs", "Trainium3", R),
  ("owns", AWS, "Annapurna Labs", O))
s("Anthropic, in which Amazon has invested $8 billion, is the largest user of Trainium and runs its Claude models on more than a million of the chips.",
  ("invests", "Amazon", "8000000000 USD", R), ("owns", "Amazon", "Anthropic", R),
  ("supplies", "Amazon", "Anthropic", O))
s("Amazon nonetheless remains one of Nvidia's biggest customers: it has ordered GB300 NVL72 racks worth an estimated $30 billion for delivery through 2027, according to analysts at Morgan Stanley.",
  ("supplies", "Nvidia", "Amazon", R), ("pays", "Amazon", "30000000000 USD", R),
  ("dated", "30000000000 USD", "2027", R), ("orders", "Nvidia", "30000000000 USD", O),
  ("makes", "Nvidia", "GB300 NVL72", O))
# "The company": Amazon not named -> no supplies rows (Marvell, TSMC).
s("The company also buys networking chips from Marvell, and its Graviton server processors are made by TSMC.",
  ("makes", "TSMC", "Graviton", O))
s("Capital spending in the quarter totaled $41.2 billion, up from $35.1 billion a year earlier.",
  ("dated", "41200000000 USD", "2026-Q3", O), ("dated", "35100000000 USD", "2025-Q3", O),
  ("dated", "35100000000 USD", "2025", O))
s("Amazon forecast fourth-quarter sales of $205 billion to $213 billion, above the $207.5 billion analysts had expected on average, and its shares rose 7% in after-hours trading.",
  ("revenue", "Amazon", "205000000000 USD", R), ("revenue", "Amazon", "207500000000 USD", O),
  ("dated", "205000000000 USD", "2026-Q4", O))

# ---------------------------------------------------------------- en/supermicro-export-controls-fine.txt (Thu 2026-07-09)
s = doc("en/supermicro-export-controls-fine.txt")
s("Supermicro to pay $420 million over AI servers diverted to China",
  ("fined", "Supermicro", "420000000 USD", O), ("pays", "Supermicro", "420000000 USD", O))
s("Super Micro Computer has agreed to pay $420 million to settle US charges that servers packed with Nvidia's H200 processors were shipped to China through distributors in Singapore and Malaysia, the Commerce Department said on Wednesday.",
  ("fined", "Supermicro", "420000000 USD", R), ("pays", "Supermicro", "420000000 USD", O),
  ("makes", "Nvidia", "H200", R), ("dated", "420000000 USD", "2026-07-08", O))
# "the San Jose company": no company named; the amount's date is stated.
s("The penalty, the largest ever imposed by the Bureau of Industry and Security, covers about 2,800 servers worth an estimated $390 million that the San Jose company sold between 2023 and 2025.",
  ("dated", "390000000 USD", "2023/2025", R))
s("Nvidia, which sells its chips to Supermicro through authorized channels, was not accused of any violation.",
  ("supplies", "Nvidia", "Supermicro", R))
s("Nvidia resumed shipments of its H20 chip to China last year after agreeing to hand 15% of the revenue to the US government, and counts Alibaba, Tencent and ByteDance among its buyers there.",
  ("makes", "Nvidia", "H20", R), ("supplies", "Nvidia", "Alibaba", R),
  ("supplies", "Nvidia", "Tencent", R), ("supplies", "Nvidia", "ByteDance", R))
s("Beijing has since told those groups to favor domestic alternatives such as Huawei's Ascend 910C, which is manufactured by SMIC.",
  ("makes", "Huawei", "Ascend 910C", R), ("supplies", "SMIC", "Huawei", R), ("makes", "SMIC", "Ascend 910C", O))
s("In a separate case, Applied Materials disclosed in May that it had paid $95 million to resolve an investigation into shipments of equipment to SMIC routed through South Korea.",
  ("fined", "Applied Materials", "95000000 USD", R), ("pays", "Applied Materials", "95000000 USD", O),
  ("supplies", "Applied Materials", "SMIC", O), ("dated", "95000000 USD", "2026-05", O))
s("TSMC still faces a possible penalty of more than $1 billion after chips it made for Sophgo, a Chinese design house, turned up in Huawei's Ascend 910B processors.",
  ("makes", "Huawei", "Ascend 910B", R), ("fined", "TSMC", "1000000000 USD", O),
  ("supplies", "TSMC", "Huawei", O))
s("Chinese buyers have meanwhile stockpiled memory: Samsung and SK Hynix shipped HBM3E worth about $6 billion to Chinese customers in 2025 before the latest curbs took effect, according to TrendForce.",
  ("makes", "Samsung", "HBM3E", R), ("makes", "SK Hynix", "HBM3E", R),
  ("dated", "6000000000 USD", "2025", R))

# ---------------------------------------------------------------- en/apollo-intel-network-edge-carve-out.txt (Tue 2026-04-14)
s = doc("en/apollo-intel-network-edge-carve-out.txt")
s("Apollo to buy control of Intel's networking unit for $6.1 billion",
  ("pays", APOLLO, "6100000000 USD", O))
# the unit is not a company of the gazetteer: no owns row for it.
s("Intel has agreed to sell a 70% stake in its network and edge business to Apollo Global Management for $6.1 billion, the latest step in Chief Executive Lip-Bu Tan's effort to refocus the chipmaker on processors and contract manufacturing.",
  ("pays", APOLLO, "6100000000 USD", R), ("invests", APOLLO, "6100000000 USD", O),
  ("raises", "Intel", "6100000000 USD", O))
s("Apollo is financing the purchase with $3.2 billion of debt arranged by JPMorgan, Morgan Stanley and Barclays, with the rest coming from its own funds and a minority investment by Saudi Arabia's Public Investment Fund.",
  ("raises", APOLLO, "3200000000 USD", R),
  ("supplies", "JPMorgan", APOLLO, O), ("supplies", "Morgan Stanley", APOLLO, O), ("supplies", "Barclays", APOLLO, O),
  ("partners", "JPMorgan", "Morgan Stanley", O), ("partners", "JPMorgan", "Barclays", O),
  ("partners", "Morgan Stanley", "Barclays", O))
s("Goldman Sachs and Citigroup advised Intel, while Lazard advised Apollo.",
  ("supplies", "Goldman Sachs", "Intel", O), ("supplies", "Citigroup", "Intel", O),
  ("supplies", "Lazard", APOLLO, O), ("partners", "Goldman Sachs", "Citigroup", O))
s("Intel's network and edge group posted revenue of $5.6 billion last year, down 4%, and counts Ericsson, Nokia and Dell Technologies among its main customers.",
  ("revenue", "Intel", "5600000000 USD", R), ("dated", "5600000000 USD", "2025", R),
  ("supplies", "Intel", "Ericsson", R), ("supplies", "Intel", "Nokia", R), ("supplies", "Intel", "Dell Technologies", R))
s("The sale follows a similar carve-out last year, when Intel sold a 51% stake in its programmable-chip maker Altera to Silver Lake in a deal that valued Altera at $8.75 billion.",
  ("owns", "Silver Lake", "Altera", R), ("owns", "Intel", "Altera", R),
  ("values", "Altera", "8750000000 USD", R), ("dated", "8750000000 USD", "2025", R))
s("Intel has also received investments of $5 billion from Nvidia and $2 billion from SoftBank, while the US government took a roughly 10% stake in August 2025.",
  ("invests", "Nvidia", "5000000000 USD", R), ("invests", "SoftBank", "2000000000 USD", R),
  ("owns", "Nvidia", "Intel", R), ("owns", "SoftBank", "Intel", R),
  ("raises", "Intel", "5000000000 USD", R), ("raises", "Intel", "2000000000 USD", R))

# ---------------------------------------------------------------- en/sk-hynix-hbm4-prepayments.txt (Thu 2026-08-27)
s = doc("en/sk-hynix-hbm4-prepayments.txt")
s("SK Hynix locks in HBM4 supply deals backed by $14 billion in prepayments",
  ("makes", "SK Hynix", "HBM4", O))
s("SK Hynix has signed agreements to supply most of its 2027 output of HBM4 memory to Nvidia, Google and Amazon Web Services, which together will prepay about $14 billion, the South Korean chipmaker said on Thursday.",
  ("supplies", "SK Hynix", "Nvidia", R), ("supplies", "SK Hynix", "Google", R), ("supplies", "SK Hynix", AWS, R),
  ("makes", "SK Hynix", "HBM4", R),
  ("pays", "Nvidia", "14000000000 USD", O), ("pays", "Google", "14000000000 USD", O), ("pays", AWS, "14000000000 USD", O),
  ("partners", "SK Hynix", "Nvidia", O), ("partners", "SK Hynix", "Google", O), ("partners", "SK Hynix", AWS, O),
  ("dated", "14000000000 USD", "2027", O))
s("Nvidia alone accounts for roughly $8 billion of the prepayments, which will be deducted from future invoices over four quarters, according to a person familiar with the terms.",
  ("pays", "Nvidia", "8000000000 USD", R))
s("The deals give SK Hynix, the largest supplier of high-bandwidth memory for AI accelerators, rare visibility at a time when customers are racing to secure parts for Nvidia's Vera Rubin platform.",
  ("makes", "Nvidia", "Vera Rubin", R))
s("Google will use its share in TPUs co-designed with Broadcom, and AWS in the next generation of its Trainium chips.",
  ("makes", "Google", "TPU", R), ("partners", "Google", "Broadcom", R), ("makes", AWS, "Trainium", R),
  ("supplies", "Broadcom", "Google", O))
s("SK Hynix posted a record operating profit of 11.4 trillion won in the second quarter on revenue of 24.1 trillion won.",
  ("profit", "SK Hynix", "11400000000000 KRW", R), ("revenue", "SK Hynix", "24100000000000 KRW", R),
  ("dated", "11400000000000 KRW", "2026-Q2", O), ("dated", "24100000000000 KRW", "2026-Q2", O))
# "It plans ...": SK Hynix not named -> no invests row; the amount's date is stated.
s("It plans to raise capital spending to more than 35 trillion won next year, much of it at its Cheongju M15X plant and the Yongin cluster, where the first fab is due to open in 2027.",
  ("dated", "35000000000000 KRW", "2027", R))
s("SK Hynix relies on TSMC to make the logic base die at the bottom of each HBM4 stack.",
  ("supplies", "TSMC", "SK Hynix", R), ("makes", "SK Hynix", "HBM4", O))
s("Samsung Electronics, which lagged in earlier generations, said last month it had passed Nvidia's qualification tests for HBM4 and would start shipments in the fourth quarter.",
  ("supplies", "Samsung", "Nvidia", O), ("makes", "Samsung", "HBM4", O))
s("Micron, the third major producer, expects HBM revenue of about $12 billion this year and has said its capacity for 2026 is sold out.",
  ("revenue", "Micron", "12000000000 USD", R), ("dated", "12000000000 USD", "2026", R))
s("Shares of SK Hynix rose 4.2% in Seoul, lifting the company's market value above 300 trillion won.",
  ("values", "SK Hynix", "300000000000000 KRW", O))

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
