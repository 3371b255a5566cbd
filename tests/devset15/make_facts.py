#!/usr/bin/env python3
"""Writes gold/facts.csv for devset15 (AI infrastructure deals and results) from the hand annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
Checks that every sentence is verbatim in its file, deduplicates by (doc, type, subject, object)
(partners unordered, required beats optional) and sorts.  Sentences with no fact are listed too
(an empty list), so that the reading of every sentence is on record."""
import csv, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
OUT = os.path.join(HERE, "gold", "facts.csv")
R, O = "required", "optional"
NB = "\u00a0"  # no-break space used as French thousands separator

A = []
def doc(path):
    def s(sentence, *facts):
        A.append((path, sentence, list(facts)))
    return s

MI = "Mistral AI"
AWS = "Amazon Web Services"
SD = "Schwarz Digits"
HPE = "Hewlett Packard Enterprise"
AMAT = "Applied Materials"

# ---------------------------------------------------------------- fr/mistral-ai-campus-essonne.txt (Thu 2026-02-12)
s = doc("fr/mistral-ai-campus-essonne.txt")
s("Mistral AI boucle 1,7 milliard d'euros de dette pour son campus de calcul en Essonne",
  ("raises", MI, "1700000000 EUR", O))
s("Mistral AI a bouclé un financement bancaire de 1,7 milliard d'euros pour construire son premier campus de calcul, à Bruyères-le-Châtel, dans l'Essonne, a annoncé jeudi la start-up parisienne.",
  ("raises", MI, "1700000000 EUR", R))
# co-arrangers of one loan: partners optional (devset9); no amount in the sentence.
s("Le prêt, arrangé par BNP Paribas, Société Générale et Crédit Agricole, doit couvrir la première tranche du site, dont la mise en service est prévue au second semestre 2027.",
  ("partners", "BNP Paribas", "Société Générale", O), ("partners", "BNP Paribas", "Crédit Agricole", O),
  ("partners", "Société Générale", "Crédit Agricole", O))
s("Au total, Mistral AI prévoit d'investir environ 4 milliards d'euros d'ici 2029 dans le projet, auquel participent le fonds émirati MGX et Bpifrance, qui apporteront ensemble 800 millions d'euros en fonds propres.",
  ("invests", MI, "4000000000 EUR", R), ("dated", "4000000000 EUR", "2029", R),
  ("partners", "MGX", "Bpifrance", R),
  ("invests", "MGX", "800000000 EUR", O), ("invests", "Bpifrance", "800000000 EUR", O),
  ("owns", "MGX", MI, O), ("owns", "Bpifrance", MI, O),
  ("partners", MI, "MGX", O), ("partners", MI, "Bpifrance", O),
  ("dated", "800000000 EUR", "2029", O))
# "La société y installera": Mistral AI not named -> no supplies Nvidia/Supermicro -> Mistral AI.
s(f"La société y installera à terme 40{NB}000 puces Vera Rubin de Nvidia, livrées sous forme de racks Vera Rubin NVL144 assemblés par Supermicro, selon des documents consultés par Les Echos.",
  ("makes", "Nvidia", "Vera Rubin", R), ("makes", "Nvidia", "Vera Rubin NVL144", O),
  ("makes", "Supermicro", "Vera Rubin NVL144", O), ("supplies", "Nvidia", "Supermicro", O))
s("Nvidia, déjà actionnaire minoritaire de Mistral AI, accompagnera aussi la start-up sur la partie logicielle.",
  ("owns", "Nvidia", MI, R), ("partners", "Nvidia", MI, O))
# negated supply: only the chip's maker is stated.
s("Mistral AI n'a en revanche pas retenu les accélérateurs MI355X d'AMD, qu'elle avait pourtant testés l'an dernier.",
  ("makes", "AMD", "MI355X", R))
s("« Avec ce campus, nous ne dépendrons plus des hyperscalers américains pour entraîner nos modèles », a déclaré Arthur Mensch, son directeur général.")
# "La start-up": not named -> no values, no supplies Fluidstack/CoreWeave; the amount's date is stated.
s("La start-up, valorisée 11,7 milliards d'euros lors de sa dernière levée de fonds, en septembre 2025, loue aujourd'hui l'essentiel de sa puissance de calcul à Fluidstack et à CoreWeave.",
  ("dated", "11700000000 EUR", "2025-09", R))
s("EDF fournira l'électricité du site dans le cadre d'un contrat de long terme d'environ 90 millions d'euros par an, tandis que Schneider Electric livrera à Mistral AI les équipements de refroidissement et de distribution électrique.",
  ("supplies", "Schneider Electric", MI, R),
  ("supplies", "EDF", MI, O), ("orders", "EDF", "90000000 EUR", O), ("pays", MI, "90000000 EUR", O))
s("Son concurrent Scaleway, filiale d'Iliad, a de son côté annoncé en janvier un investissement de 3 milliards d'euros dans ses propres centres de données.",
  ("owns", "Iliad", "Scaleway", R), ("invests", "Scaleway", "3000000000 EUR", R),
  ("dated", "3000000000 EUR", "2026-01", O))

# ---------------------------------------------------------------- fr/ovhcloud-resultats-exercice-2026.txt (Thu 2026-10-15)
s = doc("fr/ovhcloud-resultats-exercice-2026.txt")
s("OVHcloud franchit 1,21 milliard d'euros de chiffre d'affaires, porté par l'IA",
  ("revenue", "OVHcloud", "1210000000 EUR", O))
s("OVHcloud a réalisé un chiffre d'affaires de 1,21 milliard d'euros sur son exercice 2026, clos fin août, en hausse de 9,8 % à données comparables, a annoncé jeudi le groupe roubaisien.",
  ("revenue", "OVHcloud", "1210000000 EUR", R), ("dated", "1210000000 EUR", "2026", R),
  ("dated", "1210000000 EUR", "2026-08", O))
# "du spécialiste de l'hébergement": OVHcloud not named -> no profit rows.
s("L'Ebitda ajusté du spécialiste de l'hébergement a atteint 488 millions d'euros, et le résultat net est redevenu positif, à 21 millions, contre une perte de 9 millions d'euros un an plus tôt.",
  ("dated", "9000000 EUR", "2025", O))
s("La division « Public Cloud » d'OVHcloud, qui regroupe les offres d'intelligence artificielle, a progressé de 23 % à 236 millions d'euros, portée par la location de GPU H200 et B200 de Nvidia à des clients comme Mistral AI et Hugging Face.",
  ("revenue", "OVHcloud", "236000000 EUR", R),
  ("makes", "Nvidia", "H200", R), ("makes", "Nvidia", "B200", R),
  ("supplies", "Nvidia", "OVHcloud", R), ("supplies", "OVHcloud", MI, R), ("supplies", "OVHcloud", "Hugging Face", R),
  ("supplies", "Nvidia", MI, O), ("supplies", "Nvidia", "Hugging Face", O))
s("OVHcloud a par ailleurs signé en juin avec AMD un accord pour déployer des accélérateurs MI355X dans ses centres de données de Gravelines et de Beauharnois, au Québec, dont les premières livraisons sont attendues au premier trimestre 2027.",
  ("partners", "OVHcloud", "AMD", R), ("supplies", "AMD", "OVHcloud", R), ("makes", "AMD", "MI355X", O))
# Ugap is a public body: no pays; the contract won is OVHcloud's order.
s("En mars, OVHcloud avait remporté auprès de l'Ugap, la centrale d'achat public, un marché de 180 millions d'euros sur quatre ans.",
  ("orders", "OVHcloud", "180000000 EUR", R), ("dated", "180000000 EUR", "2026-03", O))
s("Pour l'exercice 2027, OVHcloud vise une croissance organique comprise entre 9 % et 11 % et un Ebitda ajusté d'au moins 520 millions d'euros.",
  ("profit", "OVHcloud", "520000000 EUR", R), ("dated", "520000000 EUR", "2027", R))
# a person's plan, no company named.
s("Le fondateur, Octave Klaba, qui contrôle encore près de 80 % du capital avec sa famille, a confirmé un plan d'investissement de 1 milliard d'euros sur trois ans.")
s("Face à Amazon Web Services, Microsoft et Google Cloud, qui consacrent chacun plus de 80 milliards de dollars par an à leurs infrastructures, l'européen reste un poids plume.",
  ("invests", AWS, "80000000000 USD", R), ("invests", "Microsoft", "80000000000 USD", R),
  ("invests", "Google Cloud", "80000000000 USD", R))
s("« Nous ne les concurrençons pas sur l'entraînement des grands modèles », a souligné son directeur général.")
s("Morgan Stanley a relevé sa recommandation sur le titre, qui gagnait 6 %.")

# ---------------------------------------------------------------- fr/nvidia-troisieme-trimestre-exercice-2027.txt (Thu 2026-11-19)
s = doc("fr/nvidia-troisieme-trimestre-exercice-2027.txt")
s("Nvidia pulvérise encore les attentes grâce aux puces Vera Rubin",
  ("makes", "Nvidia", "Vera Rubin", O))
s("Nvidia a publié mercredi un chiffre d'affaires de 71,3 milliards de dollars pour le troisième trimestre de son exercice 2027, clos fin octobre, en hausse de 74 % sur un an, bien au-delà du consensus des analystes.",
  ("revenue", "Nvidia", "71300000000 USD", R), ("dated", "71300000000 USD", "2027-Q3", R),
  ("dated", "71300000000 USD", "2026-11-18", O), ("dated", "71300000000 USD", "2026-10", O))
# "du groupe de Jensen Huang": Nvidia not named -> no profit rows.
s("Le bénéfice net du groupe de Jensen Huang a bondi à 38,9 milliards de dollars, contre 19,3 milliards un an plus tôt.",
  ("dated", "19300000000 USD", "2025", O), ("dated", "19300000000 USD", "2026-Q3", O))
s("Les ventes de la division centres de données de Nvidia, dont Microsoft, Meta, Amazon et Alphabet sont les principaux clients, ont atteint 64,8 milliards de dollars.",
  ("revenue", "Nvidia", "64800000000 USD", R),
  ("supplies", "Nvidia", "Microsoft", R), ("supplies", "Nvidia", "Meta", R),
  ("supplies", "Nvidia", "Amazon", R), ("supplies", "Nvidia", "Alphabet", R))
s("Pour le quatrième trimestre, Nvidia prévoit des revenus d'environ 80 milliards de dollars, à plus ou moins 2 % près, quand Wall Street attendait 77,5 milliards.",
  ("revenue", "Nvidia", "80000000000 USD", R), ("revenue", "Nvidia", "77500000000 USD", O),
  ("dated", "80000000000 USD", "2027-Q4", O), ("dated", "77500000000 USD", "2027-Q4", O))
s("Jensen Huang, le patron de Nvidia, a indiqué que les commandes de puces Blackwell et Vera Rubin atteignaient désormais 650 milliards de dollars pour la période 2026-2027, contre 500 milliards annoncés en octobre 2025.",
  ("orders", "Nvidia", "650000000000 USD", R), ("orders", "Nvidia", "500000000000 USD", R),
  ("dated", "650000000000 USD", "2026/2027", R), ("dated", "500000000000 USD", "2025-10", O),
  ("makes", "Nvidia", "Blackwell", R), ("makes", "Nvidia", "Vera Rubin", R))
s("La Chine reste absente des comptes : les restrictions du département américain du Commerce empêchent toujours Nvidia d'y livrer ses H20, et Pékin a demandé aux groupes chinois, dont Alibaba et ByteDance, de leur préférer les puces Ascend de Huawei.",
  ("makes", "Nvidia", "H20", R), ("makes", "Huawei", "Ascend", R),
  ("supplies", "Huawei", "Alibaba", O), ("supplies", "Huawei", "ByteDance", O))
s("En septembre 2025, Nvidia avait pris une participation de 5 milliards de dollars dans Intel, avec qui il codéveloppe désormais des processeurs pour centres de données.",
  ("owns", "Nvidia", "Intel", R), ("invests", "Nvidia", "5000000000 USD", R),
  ("dated", "5000000000 USD", "2025-09", R), ("partners", "Nvidia", "Intel", R),
  ("pays", "Nvidia", "5000000000 USD", O))
s("Son principal rival, AMD, a de son côté relevé sa prévision de ventes de puces d'IA à 13 milliards de dollars pour 2026, grâce notamment à la commande géante d'OpenAI.",
  ("revenue", "AMD", "13000000000 USD", R), ("dated", "13000000000 USD", "2026", R),
  ("supplies", "AMD", "OpenAI", R))
s(f"L'action Nvidia, qui vaut plus de 5{NB}000 milliards de dollars en Bourse, gagnait 4 % dans les échanges d'après-séance.",
  ("values", "Nvidia", "5000000000000 USD", R))

# ---------------------------------------------------------------- fr/cambricon-restrictions-puces-chine.txt (Fri 2026-08-28)
s = doc("fr/cambricon-restrictions-puces-chine.txt")
s("Puces d'IA : Cambricon triple son chiffre d'affaires à la faveur des restrictions américaines")
s("Le concepteur chinois de puces d'intelligence artificielle Cambricon a fait état vendredi d'un chiffre d'affaires de 9,6 milliards de yuans pour le premier semestre 2026, plus du triple de celui enregistré un an plus tôt.",
  ("revenue", "Cambricon", "9600000000 CNY", R), ("dated", "9600000000 CNY", "2026-H1", R))
# "Son bénéfice net": Cambricon not named -> no profit rows; the earlier amount's date is stated.
s("Son bénéfice net a atteint 2,1 milliards de yuans, contre 1,04 milliard au premier semestre 2025.",
  ("dated", "1040000000 CNY", "2025-H1", R))
s("Cambricon, qui vend ses accélérateurs MLU590 aux centres de données d'Alibaba, de Tencent et de ByteDance, profite de l'interdiction faite à Nvidia de vendre en Chine ses puces les plus puissantes.",
  ("makes", "Cambricon", "MLU590", R), ("supplies", "Cambricon", "Alibaba", R),
  ("supplies", "Cambricon", "Tencent", R), ("supplies", "Cambricon", "ByteDance", R))
# the fined distributor is not named; the Commerce Department is a public body.
s("Washington a encore durci ses règles en juillet : le département du Commerce exige désormais une licence pour exporter vers la Chine les H20 de Nvidia et les accélérateurs Instinct d'AMD, et a infligé une amende de 140 millions de dollars à un distributeur singapourien accusé d'en avoir détourné des milliers.",
  ("makes", "Nvidia", "H20", R), ("makes", "AMD", "Instinct", R), ("dated", "140000000 USD", "2026-07", O))
s(f"Le principal bénéficiaire reste toutefois Huawei, dont les puces Ascend 910C sont gravées par SMIC et qui en aurait livré environ 700{NB}000 unités au premier semestre, selon le cabinet TrendForce.",
  ("makes", "Huawei", "Ascend 910C", R), ("supplies", "SMIC", "Huawei", R), ("makes", "SMIC", "Ascend 910C", O))
s("ByteDance a pour sa part commandé pour 4,5 milliards de yuans d'accélérateurs Ascend 950 à Huawei, livrables d'ici la fin de l'année, selon le magazine Caixin.",
  ("supplies", "Huawei", "ByteDance", R), ("pays", "ByteDance", "4500000000 CNY", R),
  ("dated", "4500000000 CNY", "2026", R),
  ("orders", "Huawei", "4500000000 CNY", O), ("makes", "Huawei", "Ascend 950", O))
s("Alibaba, qui conçoit ses propres puces par l'intermédiaire de sa filiale T-Head, avait annoncé en février 2025 un plan d'investissement de 380 milliards de yuans sur trois ans dans le cloud et l'IA.",
  ("owns", "Alibaba", "T-Head", R), ("invests", "Alibaba", "380000000000 CNY", R),
  ("dated", "380000000000 CNY", "2025-02", O))
# negated supply; "au géant de Shenzhen" does not name Huawei.
s("Cambricon n'a en revanche toujours pas obtenu de capacités supplémentaires auprès de SMIC, dont les lignes les plus avancées sont réservées au géant de Shenzhen.")
s("Les analystes de Morgan Stanley estiment que la part des puces conçues en Chine sur ce marché atteindra 50 % en 2027, contre 17 % en 2024.")

# ---------------------------------------------------------------- de/schwarz-digits-rechenzentrum-luebbenau.txt (Wed 2026-03-18)
s = doc("de/schwarz-digits-rechenzentrum-luebbenau.txt")
s("Schwarz Digits vergibt Milliardenaufträge für KI-Rechenzentrum in Lübbenau")
s("Schwarz Digits, die IT-Tochter der Schwarz Gruppe, hat für ihr geplantes KI-Rechenzentrum im brandenburgischen Lübbenau Aufträge über rund 2,4 Milliarden Euro an Nvidia und Hewlett Packard Enterprise vergeben, wie das Unternehmen am Mittwoch in Neckarsulm mitteilte.",
  ("owns", "Schwarz Gruppe", SD, R), ("supplies", "Nvidia", SD, R), ("supplies", HPE, SD, R),
  ("pays", SD, "2400000000 EUR", R),
  ("orders", "Nvidia", "2400000000 EUR", O), ("orders", HPE, "2400000000 EUR", O),
  ("invests", SD, "2400000000 EUR", O))
# HPE's customer is not named in the sentence.
s("HPE liefert die Server, die mit rund 30.000 Blackwell-Ultra-Chips von Nvidia bestückt werden; die ersten Racks sollen Ende 2026 in Betrieb gehen.",
  ("makes", "Nvidia", "Blackwell Ultra", R), ("supplies", "Nvidia", HPE, R))
# "der Konzern aus Neckarsulm": not named -> no invests; the amount's date is stated.
s("Insgesamt will der Konzern aus Neckarsulm bis 2027 rund 11 Milliarden Euro in den Standort investieren, der damit zu den größten Rechenzentren Europas zählen würde.",
  ("dated", "11000000000 EUR", "2027", R))
# borrower not named, "beteiligen" is a weak shared cue -> nothing.
s("Finanziert wird das Projekt zum Teil über einen Konsortialkredit über 4 Milliarden Euro, an dem sich Deutsche Bank, Commerzbank und BNP Paribas beteiligen.")
s("Den Strom liefert RWE, mit dem Schwarz Digits einen Abnahmevertrag über zehn Jahre geschlossen hat.",
  ("supplies", "RWE", SD, R), ("partners", "RWE", SD, O))
s("Als Ankerkunden gelten SAP, das Teile seiner souveränen Cloud auf Stackit betreibt, und das Heidelberger Start-up Aleph Alpha.",
  ("supplies", "Stackit", "SAP", R), ("supplies", "Stackit", "Aleph Alpha", O))
s("Stackit, die Cloud-Marke des Handelskonzerns, hatte im vergangenen Jahr einen Umsatz von mehr als 1 Milliarde Euro erzielt.",
  ("revenue", "Stackit", "1000000000 EUR", R), ("dated", "1000000000 EUR", "2025", R))
# the rejected offer is a negated supply.
s("Ein Angebot der Deutschen Telekom, die gemeinsam mit Nvidia in München eine eigene KI-Fabrik betreibt, hatte Schwarz Digits nach Informationen des Handelsblatts abgelehnt.",
  ("partners", "Deutsche Telekom", "Nvidia", R))
s("Auch Microsoft und Google, die in Deutschland jeweils mehrere Milliarden Euro investieren, hatten sich um den Auftrag bemüht.",
  ("invests", "Microsoft", "EUR", O), ("invests", "Google", "EUR", O))
s("„Wer digitale Souveränität will, muss die Rechenleistung im eigenen Land haben“, sagte Digits-Chef Rolf Schumann.")
s("Branchenbeobachter von Gartner erwarten, dass sich die Rechenzentrumskapazität in Deutschland bis 2030 verdoppelt.")
# an open question.
s("Ob Stackit seine GPU-Kapazitäten auch an OpenAI vermieten wird, ließ das Unternehmen offen.")

# ---------------------------------------------------------------- de/infineon-geschaeftsjahr-2026-ki-strom.txt (Wed 2026-11-11)
s = doc("de/infineon-geschaeftsjahr-2026-ki-strom.txt")
s("Infineon profitiert vom KI-Boom und hebt den Ausblick an")
s("Der Chiphersteller Infineon hat im vierten Quartal seines Geschäftsjahres 2026 einen Umsatz von 4,12 Milliarden Euro erzielt, ein Plus von 4 Prozent gegenüber dem Vorjahresquartal.",
  ("revenue", "Infineon", "4120000000 EUR", R), ("dated", "4120000000 EUR", "2026-Q4", R))
# "der Dax-Konzern": Infineon not named -> no profit row; "am Mittwoch" is the document's day.
s("Das Segmentergebnis stieg auf 820 Millionen Euro, wie der Dax-Konzern am Mittwoch in Neubiberg bei München mitteilte.")
s("Im gesamten Geschäftsjahr, das Ende September endete, setzte Infineon 15,3 Milliarden Euro um, nach 14,7 Milliarden Euro im Vorjahr; der Gewinn nach Steuern lag bei 1,45 Milliarden Euro.",
  ("revenue", "Infineon", "15300000000 EUR", R), ("revenue", "Infineon", "14700000000 EUR", R),
  ("profit", "Infineon", "1450000000 EUR", R), ("dated", "14700000000 EUR", "2025", R),
  ("dated", "15300000000 EUR", "2026-09", O), ("dated", "1450000000 EUR", "2026-09", O))
s("Wachstumstreiber ist die Stromversorgung von KI-Rechenzentren: Mit diesen Lösungen will Infineon im Geschäftsjahr 2027 rund 2,5 Milliarden Euro umsetzen, nach etwa 1,5 Milliarden Euro im abgelaufenen Jahr.",
  ("revenue", "Infineon", "2500000000 EUR", R), ("revenue", "Infineon", "1500000000 EUR", R),
  ("dated", "2500000000 EUR", "2027", R), ("dated", "1500000000 EUR", "2026", O))
s("Infineon entwickelt mit Nvidia eine 800-Volt-Gleichstromarchitektur für die Racks der Rubin-Generation, die ab 2027 ausgeliefert werden.",
  ("partners", "Infineon", "Nvidia", R), ("makes", "Nvidia", "Vera Rubin", O), ("supplies", "Infineon", "Nvidia", O))
s("Zudem hat ein großer US-Hyperscaler, dessen Namen Infineon nicht nennen wollte, Leistungshalbleiter im Wert von mehr als 500 Millionen Euro bestellt.",
  ("orders", "Infineon", "500000000 EUR", R))
# "Vorstandschef Jochen Hanebeck": Infineon not named -> no revenue row.
s("Für das neue Geschäftsjahr stellt Vorstandschef Jochen Hanebeck einen Umsatz zwischen 16 und 16,8 Milliarden Euro in Aussicht.",
  ("dated", "16000000000 EUR", "2027", O))
s("Analysten hatten im Schnitt mit 16,2 Milliarden Euro gerechnet.")
s("Beim Bau der neuen Fabrik in Dresden, in die Infineon insgesamt 5 Milliarden Euro investiert, liegt der Konzern im Plan.",
  ("invests", "Infineon", "5000000000 EUR", R))
s("Die Fertigung von Siliziumkarbid-Wafern, die Infineon bislang zum Teil von Wolfspeed bezieht, will das Unternehmen bis 2028 in Kulim bündeln.",
  ("supplies", "Wolfspeed", "Infineon", R))
s("Konkurrent STMicroelectronics hatte Ende Oktober für das dritte Quartal einen Umsatz von 3,2 Milliarden Dollar gemeldet, der niederländische Wettbewerber NXP kam auf 3,3 Milliarden Dollar.",
  ("revenue", "STMicroelectronics", "3200000000 USD", R), ("revenue", "NXP", "3300000000 USD", R),
  ("dated", "3200000000 USD", "2026-Q3", O), ("dated", "3300000000 USD", "2026-Q3", O),
  ("dated", "3200000000 USD", "2026-10", O), ("dated", "3300000000 USD", "2026-10", O))
s("Die Infineon-Aktie legte im frühen Handel um 3 Prozent zu.")

# ---------------------------------------------------------------- de/asml-auftragseingang-drittes-quartal.txt (Wed 2026-10-14)
s = doc("de/asml-auftragseingang-drittes-quartal.txt")
s("ASML: Auftragseingang übertrifft dank KI-Nachfrage die Erwartungen")
s("Der niederländische Chipausrüster ASML hat im dritten Quartal neue Aufträge im Wert von 7,4 Milliarden Euro verbucht und damit die Erwartungen der Analysten deutlich übertroffen.",
  ("orders", "ASML", "7400000000 EUR", R), ("dated", "7400000000 EUR", "2026-Q3", O))
# ASML not named: no orders/supplies; memory makers tied to HBM4 only by "Produktion".
s("Rund 4,1 Milliarden Euro davon entfielen auf EUV-Belichtungsmaschinen, die vor allem TSMC, Samsung und SK Hynix für die Produktion von KI-Chips und HBM4-Speicher bestellen.",
  ("makes", "Samsung", "HBM4", O), ("makes", "SK Hynix", "HBM4", O))
s("Der Umsatz von ASML stieg im Jahresvergleich um 12 Prozent auf 8,3 Milliarden Euro, der Nettogewinn auf 2,4 Milliarden Euro, wie das Unternehmen aus Veldhoven am Mittwoch mitteilte.",
  ("revenue", "ASML", "8300000000 EUR", R), ("profit", "ASML", "2400000000 EUR", R))
# "Konzernchef Christophe Fouquet": ASML not named -> no revenue row.
s("Für das vierte Quartal rechnet Konzernchef Christophe Fouquet mit Erlösen zwischen 9,2 und 9,8 Milliarden Euro.",
  ("dated", "9200000000 EUR", "2026-Q4", O))
s("Der Auftragsbestand belief sich Ende September auf rund 36 Milliarden Euro.",
  ("dated", "36000000000 EUR", "2026-09", O))
s("Belastet wird das Geschäft von Exportbeschränkungen: Die niederländische Regierung hat die Ausfuhr von DUV-Anlagen nach China weiter eingeschränkt, wo ASML in den ersten neun Monaten noch 29 Prozent seines Umsatzes erzielte.")
# the seller is not named; one amount for two buyers.
s("Chinesische Kunden wie SMIC und Hua Hong hatten im Vorjahr noch Maschinen für mehr als 10 Milliarden Euro abgenommen.",
  ("dated", "10000000000 EUR", "2025", R),
  ("pays", "SMIC", "10000000000 EUR", O), ("pays", "Hua Hong Semiconductor", "10000000000 EUR", O))
s("ASML ist zudem mit rund 11 Prozent größter Anteilseigner des französischen KI-Entwicklers Mistral AI, in den der Konzern im vergangenen Jahr 1,3 Milliarden Euro investiert hatte.",
  ("owns", "ASML", MI, R), ("invests", "ASML", "1300000000 EUR", R), ("dated", "1300000000 EUR", "2025", R))
s("Intel, das mit ASML seit Jahren bei der High-NA-Technik zusammenarbeitet, bestellte im Quartal nach Angaben aus Branchenkreisen zwei weitere dieser Anlagen.",
  ("partners", "Intel", "ASML", R), ("supplies", "ASML", "Intel", R))
s("Zeiss, dessen Tochter Carl Zeiss SMT die Optiken für die EUV-Systeme von ASML liefert, profitiert ebenfalls vom Boom.",
  ("owns", "Zeiss", "Carl Zeiss SMT", R), ("supplies", "Carl Zeiss SMT", "ASML", R))
# negated orders.
s("Der US-Rivale Applied Materials hatte dagegen zuletzt ein schwächeres China-Geschäft gemeldet und keine neuen Großaufträge von Samsung erhalten.")

# ---------------------------------------------------------------- de/anthropic-google-tpu-vertrag.txt (Thu 2026-06-04)
s = doc("de/anthropic-google-tpu-vertrag.txt")
s("Anthropic sichert sich Google-Chips für Dutzende Milliarden Dollar",
  ("supplies", "Google", "Anthropic", O), ("pays", "Anthropic", "USD", O))
s("Der KI-Entwickler Anthropic weitet seine Zusammenarbeit mit Google deutlich aus und will bis 2028 Zugriff auf bis zu zwei Millionen Tensor Processing Units erhalten, wie beide Unternehmen am Donnerstag mitteilten.",
  ("partners", "Anthropic", "Google", R), ("supplies", "Google", "Anthropic", R), ("makes", "Google", "TPU", O))
# Anthropic not named: the contract's value read as Google Cloud's order, optional.
s("Der Vertrag über Rechenkapazität in der Google Cloud hat nach Angaben aus Unternehmenskreisen einen Wert von mehr als 60 Milliarden Dollar über sechs Jahre.",
  ("orders", "Google Cloud", "60000000000 USD", O))
s("Genutzt werden sollen vor allem Googles Ironwood-Chips sowie die nächste TPU-Generation, die Google gemeinsam mit Broadcom entwickelt.",
  ("makes", "Google", "Ironwood", R), ("makes", "Google", "TPU", R), ("partners", "Google", "Broadcom", R),
  ("makes", "Broadcom", "TPU", O))
s("Anthropic hatte bereits im Oktober 2025 einen ähnlichen Vertrag im Umfang von mehreren zehn Milliarden Dollar mit Google geschlossen.",
  ("supplies", "Google", "Anthropic", R), ("partners", "Anthropic", "Google", O),
  ("pays", "Anthropic", "USD", O), ("dated", "USD", "2025-10", O))
s("Wichtigster Partner bleibt dennoch Amazon: Die Amazon-Tochter AWS betreibt für Anthropic in Indiana ein Rechenzentrum mit mehr als einer Million Trainium2-Chips, und insgesamt hat Amazon 8 Milliarden Dollar in das Start-up investiert.",
  ("partners", "Amazon", "Anthropic", R), ("owns", "Amazon", AWS, R), ("supplies", AWS, "Anthropic", R),
  ("invests", "Amazon", "8000000000 USD", R), ("owns", "Amazon", "Anthropic", R),
  ("makes", AWS, "Trainium2", O), ("makes", "Amazon", "Trainium2", O))
s("Im November 2025 hatten zudem Microsoft und Nvidia angekündigt, bis zu 5 Milliarden Dollar beziehungsweise 10 Milliarden Dollar in Anthropic zu stecken; im Gegenzug sagte Anthropic zu, Rechenleistung für 30 Milliarden Dollar bei Microsofts Cloud Azure zu kaufen.",
  ("invests", "Microsoft", "5000000000 USD", R), ("invests", "Nvidia", "10000000000 USD", R),
  ("owns", "Microsoft", "Anthropic", R), ("owns", "Nvidia", "Anthropic", R),
  ("pays", "Anthropic", "30000000000 USD", R), ("supplies", "Microsoft", "Anthropic", R),
  ("dated", "5000000000 USD", "2025-11", O), ("dated", "10000000000 USD", "2025-11", O),
  ("dated", "30000000000 USD", "2025-11", O),
  ("orders", "Microsoft", "30000000000 USD", O),
  ("partners", "Microsoft", "Anthropic", O), ("partners", "Nvidia", "Anthropic", O))
# "dafür": the customer is not named.
s("Nvidia liefert dafür Systeme der Generationen Grace Blackwell und Vera Rubin.",
  ("makes", "Nvidia", "GB200", R), ("makes", "Nvidia", "Vera Rubin", R))
s("Den Rivalen OpenAI, der sich in den vergangenen Monaten Kapazitäten bei Oracle, CoreWeave und AMD gesichert hat, will Anthropic beim Umsatz noch vor Ende 2026 überholen.",
  ("supplies", "Oracle", "OpenAI", R), ("supplies", "CoreWeave", "OpenAI", R), ("supplies", "AMD", "OpenAI", R))
s("Derzeit liegt der annualisierte Umsatz von Anthropic nach Angaben von Insidern bei rund 50 Milliarden Dollar.",
  ("revenue", "Anthropic", "50000000000 USD", R))
# a refused stake: negated.
s("Eine Beteiligung an dem britischen Rechenzentrumsbetreiber Nscale, über die zuletzt spekuliert worden war, lehnte Anthropic nach Informationen des Handelsblatts ab.")
s("Die Google-Mutter Alphabet hatte für 2026 Investitionen von 175 bis 185 Milliarden Dollar angekündigt, ein Großteil davon für Rechenzentren.",
  ("owns", "Alphabet", "Google", R), ("invests", "Alphabet", "175000000000 USD", R),
  ("dated", "175000000000 USD", "2026", R))

# ---------------------------------------------------------------- en/coreweave-second-quarter-backlog.txt (Thu 2026-08-13)
s = doc("en/coreweave-second-quarter-backlog.txt")
s("CoreWeave backlog tops $60 billion on new Meta, OpenAI contracts",
  ("orders", "CoreWeave", "60000000000 USD", O), ("supplies", "CoreWeave", "Meta", O),
  ("supplies", "CoreWeave", "OpenAI", O))
s("CoreWeave Inc. said its revenue backlog swelled to $61.2 billion at the end of June, as Meta Platforms and OpenAI signed new multi-year contracts for Nvidia-powered computing capacity.",
  ("orders", "CoreWeave", "61200000000 USD", R), ("supplies", "CoreWeave", "Meta", R),
  ("supplies", "CoreWeave", "OpenAI", R), ("dated", "61200000000 USD", "2026-06", O),
  ("supplies", "Nvidia", "CoreWeave", O), ("partners", "CoreWeave", "Meta", O), ("partners", "CoreWeave", "OpenAI", O))
# "the ... company": CoreWeave not named -> no revenue/profit rows.
s("Revenue in the second quarter more than doubled to $3.1 billion, the Livingston, New Jersey-based company said on Wednesday, while its net loss narrowed to $185 million from $291 million a year earlier.",
  ("dated", "3100000000 USD", "2026-Q2", O), ("dated", "185000000 USD", "2026-Q2", O),
  ("dated", "3100000000 USD", "2026-08-12", O), ("dated", "185000000 USD", "2026-08-12", O),
  ("dated", "291000000 USD", "2025", O), ("dated", "291000000 USD", "2025-Q2", O))
s("CoreWeave forecast third-quarter revenue of $3.6 billion to $3.8 billion and kept its 2026 capital spending plan at $25 billion to $30 billion, most of it for Nvidia's GB300 and Vera Rubin systems.",
  ("revenue", "CoreWeave", "3600000000 USD", R), ("invests", "CoreWeave", "25000000000 USD", R),
  ("dated", "25000000000 USD", "2026", R), ("makes", "Nvidia", "GB300", R), ("makes", "Nvidia", "Vera Rubin", R),
  ("supplies", "Nvidia", "CoreWeave", R), ("dated", "3600000000 USD", "2026-Q3", O))
s("Meta agreed in June to pay CoreWeave up to $16 billion through 2032, adding to a $14.2 billion deal the social-media company signed last September.",
  ("pays", "Meta", "16000000000 USD", R), ("supplies", "CoreWeave", "Meta", R),
  ("dated", "16000000000 USD", "2032", R), ("pays", "Meta", "14200000000 USD", R),
  ("dated", "14200000000 USD", "2025-09", R), ("dated", "16000000000 USD", "2026-06", O),
  ("orders", "CoreWeave", "16000000000 USD", O), ("orders", "CoreWeave", "14200000000 USD", O))
s("OpenAI, which also holds a stake in CoreWeave, has now signed contracts worth $22.4 billion with the cloud provider.",
  ("owns", "OpenAI", "CoreWeave", R), ("pays", "OpenAI", "22400000000 USD", R), ("supplies", "CoreWeave", "OpenAI", R),
  ("orders", "CoreWeave", "22400000000 USD", O), ("partners", "OpenAI", "CoreWeave", O))
s("Nvidia, which owns about 6% of CoreWeave, has separately agreed to buy any unused capacity through 2032 under a $6.3 billion agreement.",
  ("owns", "Nvidia", "CoreWeave", R), ("pays", "Nvidia", "6300000000 USD", R), ("supplies", "CoreWeave", "Nvidia", R),
  ("dated", "6300000000 USD", "2032", R), ("orders", "CoreWeave", "6300000000 USD", O))
s("To fund the buildout, CoreWeave raised $2.6 billion in a delayed-draw loan led by Morgan Stanley in July, and it has issued $4 billion of high-yield bonds since the start of the year.",
  ("raises", "CoreWeave", "2600000000 USD", R), ("raises", "CoreWeave", "4000000000 USD", R),
  ("dated", "4000000000 USD", "2026", R), ("dated", "2600000000 USD", "2026-07", O))
s("Shares of CoreWeave, which counts Microsoft as its largest customer, fell 6% in late trading as investors worried about its debt load of roughly $18 billion.",
  ("supplies", "CoreWeave", "Microsoft", R))
s('"Demand is still well ahead of what we can bring online," Chief Executive Michael Intrator said on a call with analysts.')
s("Rival Nebius, which reports next week, is supplying Microsoft with GPU capacity under a $17.4 billion contract signed last year.",
  ("supplies", "Nebius", "Microsoft", R), ("dated", "17400000000 USD", "2025", R),
  ("pays", "Microsoft", "17400000000 USD", O), ("orders", "Nebius", "17400000000 USD", O))

# ---------------------------------------------------------------- en/nebius-meta-capacity-deal.txt (Thu 2026-04-09)
s = doc("en/nebius-meta-capacity-deal.txt")
s("Nebius wins $12 billion Meta deal, shares jump",
  ("orders", "Nebius", "12000000000 USD", O), ("supplies", "Nebius", "Meta", O), ("pays", "Meta", "12000000000 USD", O))
s("Meta will pay Nebius Group about $12 billion over five years for AI computing capacity, the Amsterdam-based company said on Thursday, its second mega-deal with a U.S. tech giant after a contract with Microsoft last year.",
  ("pays", "Meta", "12000000000 USD", R), ("supplies", "Nebius", "Meta", R),
  ("orders", "Nebius", "12000000000 USD", O), ("supplies", "Nebius", "Microsoft", O), ("partners", "Nebius", "Microsoft", O))
s("The capacity will come from a new data center in Kansas City, Missouri, that Nebius is equipping with Nvidia's GB300 NVL72 racks, and from its existing campus in Finland.",
  ("makes", "Nvidia", "GB300 NVL72", R), ("supplies", "Nvidia", "Nebius", R))
s("Meta, which expects capital expenditures of $125 billion to $145 billion this year, has been renting capacity from so-called neoclouds, including CoreWeave and Nscale, while it waits for its own Hyperion and Prometheus campuses to come online.",
  ("invests", "Meta", "125000000000 USD", R), ("dated", "125000000000 USD", "2026", R),
  ("supplies", "CoreWeave", "Meta", R), ("supplies", "Nscale", "Meta", R))
# "It": Meta not named -> no partners Broadcom, no supplies Nvidia -> Meta.
s("It is also developing in-house MTIA accelerators with Broadcom and agreed in February to buy millions of Nvidia Blackwell and Rubin GPUs as well as Grace CPUs.",
  ("makes", "Nvidia", "Blackwell", R), ("makes", "Nvidia", "Vera Rubin", R), ("makes", "Nvidia", "Grace", O))
s("Nebius, which was spun out of Russian internet group Yandex in 2024, said it would fund the buildout with cash from the contract and a $3.5 billion convertible note offering launched alongside the announcement.",
  ("raises", "Nebius", "3500000000 USD", R))
s("Nvidia, an investor in Nebius since a $700 million funding round in December 2024, is its main supplier of GPUs.",
  ("owns", "Nvidia", "Nebius", R), ("supplies", "Nvidia", "Nebius", R), ("raises", "Nebius", "700000000 USD", R),
  ("dated", "700000000 USD", "2024-12", R), ("invests", "Nvidia", "700000000 USD", O))
s("Nebius reported fourth-quarter revenue of $228 million in February and targets annualized run-rate revenue of $7 billion to $9 billion by the end of 2026.",
  ("revenue", "Nebius", "228000000 USD", R), ("revenue", "Nebius", "7000000000 USD", R),
  ("dated", "7000000000 USD", "2026", R),
  ("dated", "228000000 USD", "2025-Q4", O), ("dated", "228000000 USD", "2026-02", O))
# the deal excludes Microsoft; "its own Nebius contract" implies an existing one (optional).
s("The deal does not include Microsoft, which last month walked away from talks to expand its own Nebius contract, according to The Information.",
  ("supplies", "Nebius", "Microsoft", O))
s("Nebius shares rose 14% in premarket trading, valuing the company at about $38 billion.",
  ("values", "Nebius", "38000000000 USD", R))
s("Analysts at Goldman Sachs raised their price target to $140.")

# ---------------------------------------------------------------- en/applied-materials-export-settlement.txt (Thu 2026-05-21)
s = doc("en/applied-materials-export-settlement.txt")
s("Applied Materials to pay $340 million to settle U.S. probe into China chip-tool sales",
  ("fined", AMAT, "340000000 USD", O), ("pays", AMAT, "340000000 USD", O))
# a settlement with a public body is a fine; shipments to SMIC are alleged.
s("Applied Materials has agreed to pay $340 million to resolve allegations that it shipped chipmaking equipment to China's Semiconductor Manufacturing International Corp without the required export licenses, the U.S. Commerce Department said on Wednesday.",
  ("fined", AMAT, "340000000 USD", R), ("pays", AMAT, "340000000 USD", O),
  ("supplies", AMAT, "SMIC", O), ("dated", "340000000 USD", "2026-05-20", O))
s("The penalty, one of the largest ever imposed by the department's Bureau of Industry and Security, covers shipments worth about $1.1 billion made through a South Korean unit between 2020 and 2023.",
  ("dated", "1100000000 USD", "2020/2023", R))
# "Applied" alone is no alias.
s("Applied, which neither admitted nor denied wrongdoing, said the settlement would be booked as a charge in its fiscal third quarter.")
s("Applied Materials, the largest U.S. maker of chip tools, reported fiscal second-quarter revenue of $7.3 billion last week and forecast $7.1 billion to $7.9 billion for the current period.",
  ("revenue", AMAT, "7300000000 USD", R), ("revenue", AMAT, "7100000000 USD", R),
  ("dated", "7300000000 USD", "2026-Q2", O), ("dated", "7300000000 USD", "2026-W20", O),
  ("dated", "7100000000 USD", "2026-Q3", O))
# "its sales": seller not named.
s("China accounted for 28% of its sales, down from 37% a year earlier, as tighter rules curbed orders from customers such as SMIC and Hua Hong Semiconductor.")
s("Rivals Lam Research and KLA have disclosed similar inquiries; Lam paid $95 million in February to settle a case involving shipments to Yangtze Memory Technologies.",
  ("fined", "Lam Research", "95000000 USD", R), ("pays", "Lam Research", "95000000 USD", O),
  ("supplies", "Lam Research", "YMTC", O), ("dated", "95000000 USD", "2026-02", O))
s("Cadence Design Systems pleaded guilty last year and paid $140 million over sales of chip-design software to a Chinese military university.",
  ("fined", "Cadence", "140000000 USD", R), ("pays", "Cadence", "140000000 USD", O),
  ("dated", "140000000 USD", "2025", R))
s("The settlement comes a week after the Commerce Department allowed Nvidia to resume sales of its H20 chips to China in exchange for 15% of the revenue, an arrangement that AMD also accepted for some of its Instinct accelerators.",
  ("makes", "Nvidia", "H20", R), ("makes", "AMD", "Instinct", R))
s("Tokyo Electron, whose sales to China reached ¥780 billion in the year to March, said last month it had tightened its own compliance checks.",
  ("revenue", "Tokyo Electron", "780000000000 JPY", R),
  ("dated", "780000000000 JPY", "2026-03", O), ("dated", "780000000000 JPY", "2026", O))
# an expectation of investors, not a stated fine.
s("Shares of Applied Materials rose 2% in New York, as investors had expected a penalty of up to $500 million.",
  ("fined", AMAT, "500000000 USD", O))

# ---------------------------------------------------------------- en/broadcom-third-quarter-custom-accelerators.txt (Thu 2026-09-10)
s = doc("en/broadcom-third-quarter-custom-accelerators.txt")
s("Broadcom lifts AI outlook as custom chips for OpenAI and Anthropic ramp",
  ("supplies", "Broadcom", "OpenAI", O), ("supplies", "Broadcom", "Anthropic", O))
s("Broadcom said on Thursday its revenue from AI semiconductors more than doubled to $12.1 billion in its fiscal third quarter, as custom accelerators it designs for Google, Meta and OpenAI moved into volume production.",
  ("revenue", "Broadcom", "12100000000 USD", R), ("supplies", "Broadcom", "Google", R),
  ("supplies", "Broadcom", "Meta", R), ("supplies", "Broadcom", "OpenAI", R),
  ("dated", "12100000000 USD", "2026-Q3", O),
  ("partners", "Broadcom", "Google", O), ("partners", "Broadcom", "Meta", O), ("partners", "Broadcom", "OpenAI", O))
s("Broadcom's total revenue reached $19.6 billion and net income $7.8 billion, both ahead of analysts' estimates.",
  ("revenue", "Broadcom", "19600000000 USD", R), ("profit", "Broadcom", "7800000000 USD", R))
# "the chipmaker": Broadcom not named.
s("For the fourth quarter, the chipmaker expects AI revenue of about $14.5 billion.",
  ("dated", "14500000000 USD", "2026-Q4", O))
# "the company's backlog": Broadcom not named -> no orders/supplies; Anthropic's payee only implied.
s("Chief Executive Hock Tan said the company's backlog of AI orders had grown to $140 billion, including a $21 billion order from Anthropic for racks built on Google's Ironwood TPUs that will be delivered by the end of 2026.",
  ("makes", "Google", "Ironwood", R), ("makes", "Google", "TPU", R), ("dated", "21000000000 USD", "2026", R),
  ("pays", "Anthropic", "21000000000 USD", O), ("supplies", "Google", "Anthropic", O))
s("Broadcom also confirmed that OpenAI, which plans to deploy 10 gigawatts of its own accelerators by 2029, had placed its first production orders, and that a fifth custom-chip customer, widely believed to be xAI, had signed a design agreement.",
  ("supplies", "Broadcom", "OpenAI", R), ("supplies", "Broadcom", "xAI", O), ("partners", "Broadcom", "xAI", O))
s("OpenAI's chip, code-named Titan, will be manufactured by TSMC on its 3-nanometer process and use HBM4 memory from SK Hynix and Samsung.",
  ("supplies", "TSMC", "OpenAI", R), ("supplies", "SK Hynix", "OpenAI", R), ("supplies", "Samsung", "OpenAI", R),
  ("makes", "SK Hynix", "HBM4", R), ("makes", "Samsung", "HBM4", R))
s("Marvell, Broadcom's main rival in custom silicon, lost part of Amazon's Trainium3 business to a Taiwanese competitor earlier this year and cut its own data-center forecast last week.",
  ("makes", "Amazon", "Trainium3", R), ("makes", AWS, "Trainium3", O), ("supplies", "Marvell", "Amazon", O))
# buyer of VMware not named in the sentence.
s("The VMware software unit, bought for $69 billion in 2023, contributed $7.5 billion in revenue.",
  ("revenue", "VMware", "7500000000 USD", R), ("dated", "69000000000 USD", "2023", R))
s("Broadcom's shares, which have doubled over the past year and value the company at about $1.9 trillion, rose 5% in extended trading.",
  ("values", "Broadcom", "1900000000000 USD", R))
s('"We are not in the business of competing with Nvidia on merchant GPUs," Tan told analysts, adding that Broadcom\'s Tomahawk 6 networking chips were sold out through 2027.')

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
