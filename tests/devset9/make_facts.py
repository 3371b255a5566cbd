#!/usr/bin/env python3
"""Writes gold/facts.csv for devset9 from the hand annotation below.

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

# ---------------------------------------------------------------- fr/stmicroelectronics-premier-trimestre.txt (Thu 2026-04-23)
s = doc("fr/stmicroelectronics-premier-trimestre.txt")
s("STMicroelectronics a publié jeudi un chiffre d'affaires de 2,93 milliards de dollars pour le premier trimestre 2026, en hausse de 17 % sur un an, porté par le redressement de la demande des équipementiers automobiles.",
  ("revenue", ST, "2930000000 USD", R), ("dated", "2930000000 USD", "2026-Q1", R))
s("Le résultat net de ST s'est établi à 214 millions de dollars, contre 56 millions un an plus tôt.",
  ("profit", ST, "214000000 USD", R), ("profit", ST, "56000000 USD", R),
  ("dated", "56000000 USD", "2025", O), ("dated", "56000000 USD", "2025-Q1", O))
s("Pour le deuxième trimestre, ST table sur des revenus d'environ 3,1 milliards de dollars, avec une marge brute proche de 35 %.",
  ("revenue", ST, "3100000000 USD", R), ("dated", "3100000000 USD", "2026-Q2", O))
# "Le fabricant de puces" only: no invests row; the date of the amount is stated.
s("Le fabricant de puces a aussi confirmé un budget d'investissement compris entre 2 et 2,3 milliards de dollars pour 2026, dont une large part ira au site de Crolles, près de Grenoble, et à l'usine de carbure de silicium de Catane, en Sicile.",
  ("dated", "2000000000 USD", "2026", R))
s("Premier client de ST dans les semi-conducteurs de puissance, Tesla a prolongé jusqu'en 2028 son contrat d'approvisionnement en modules SiC, selon La Tribune.",
  ("supplies", ST, "Tesla", R), ("partners", ST, "Tesla", O))
s("ST fournit également Apple, à qui il livre des capteurs et des microcontrôleurs, ainsi que Renault et Stellantis.",
  ("supplies", ST, "Apple", R), ("supplies", ST, "Renault", R), ("supplies", ST, "Stellantis", R))
s("Côté fabrication, ST sous-traite à TSMC la production de ses microcontrôleurs les plus avancés et s'appuie sur Wolfspeed, dont il a acheté pour environ 800 millions de dollars de plaquettes de carbure de silicium depuis 2023.",
  ("supplies", "TSMC", ST, R), ("supplies", "Wolfspeed", ST, R), ("pays", ST, "800000000 USD", R),
  ("dated", "800000000 USD", "2023", R), ("orders", "Wolfspeed", "800000000 USD", O))
# "cédé à Qualcomm ... une partie de son portefeuille": a business line, not a company -> no owns.

# ---------------------------------------------------------------- fr/bruxelles-amende-broadcom-vmware.txt (Wed 2026-03-11)
s = doc("fr/bruxelles-amende-broadcom-vmware.txt")
s("Licences VMware : Bruxelles inflige 340 millions d'euros d'amende à Broadcom",
  ("fined", "Broadcom", "340000000 EUR", O))
s("La Commission européenne a infligé mercredi une amende de 340 millions d'euros à Broadcom, accusé d'avoir abusé de sa position dominante après le rachat de VMware en imposant aux clients européens du logiciel des hausses de prix allant jusqu'à 1 000 %.",
  ("fined", "Broadcom", "340000000 EUR", R), ("owns", "Broadcom", "VMware", R))
# buyer and target only described: no pays/owns; the date of the amount is stated.
s("Le groupe américain, qui avait déboursé 69 milliards de dollars en novembre 2023 pour s'emparer de l'éditeur californien, a annoncé son intention de faire appel.",
  ("dated", "69000000000 USD", "2023-11", R))
s("Orange a depuis signé avec Red Hat, filiale d'IBM, un contrat de plusieurs dizaines de millions d'euros pour basculer une partie de ses 30 000 machines virtuelles vers OpenShift, tandis que Crédit Agricole teste l'offre de Nutanix.",
  ("owns", "IBM", "Red Hat", R), ("supplies", "Red Hat", "Orange", R),
  ("pays", "Orange", "EUR", O), ("partners", "Orange", "Red Hat", O))
s("La sanction pèse peu au regard des résultats de Broadcom, qui a dégagé au premier trimestre de son exercice 2026 un chiffre d'affaires de 19,3 milliards de dollars et un bénéfice net de 7,9 milliards.",
  ("revenue", "Broadcom", "19300000000 USD", R), ("profit", "Broadcom", "7900000000 USD", R),
  ("dated", "19300000000 USD", "2026-Q1", R), ("dated", "7900000000 USD", "2026-Q1", R))
s("Sa division logicielle, dominée par VMware, a représenté 6,8 milliards de dollars de revenus.",
  ("revenue", "VMware", "6800000000 USD", O))
s("Broadcom avait par ailleurs cédé en 2024 l'activité de postes de travail de VMware au fonds KKR pour 4 milliards de dollars.",
  ("pays", "KKR", "4000000000 USD", R), ("dated", "4000000000 USD", "2024", R),
  ("invests", "KKR", "4000000000 USD", O), ("owns", "Broadcom", "VMware", O))

# ---------------------------------------------------------------- fr/pasqal-leve-200-millions.txt (Tue 2026-02-17)
s = doc("fr/pasqal-leve-200-millions.txt")
s("Informatique quantique : Pasqal lève 200 millions d'euros auprès de Temasek et Bpifrance",
  ("raises", "Pasqal", "200000000 EUR", O), ("owns", "Temasek", "Pasqal", O), ("owns", "Bpifrance", "Pasqal", O),
  ("invests", "Temasek", "200000000 EUR", O), ("invests", "Bpifrance", "200000000 EUR", O))
s("La pépite française de l'informatique quantique Pasqal a annoncé mardi une levée de fonds de 200 millions d'euros, la plus importante jamais réalisée par une start-up européenne du secteur.",
  ("raises", "Pasqal", "200000000 EUR", R))
s("Le tour de table, mené par le fonds souverain singapourien Temasek, réunit également Bpifrance, Eurazeo et Saudi Aramco, déjà actionnaires de Pasqal.",
  ("owns", "Temasek", "Pasqal", R), ("owns", "Bpifrance", "Pasqal", R),
  ("owns", "Eurazeo", "Pasqal", R), ("owns", "Saudi Aramco", "Pasqal", R))
# "l'opération valorise la société ..." : Pasqal not named -> no values row.
s("Installée à Massy, Pasqal emploie 300 personnes et a réalisé en 2025 un chiffre d'affaires de 38 millions d'euros, essentiellement tiré de la vente de machines à des centres de calcul publics.",
  ("revenue", "Pasqal", "38000000 EUR", R), ("dated", "38000000 EUR", "2025", R))
s("Les fonds serviront à construire une usine d'assemblage de processeurs à atomes neutres à Sherbrooke, au Québec, dans laquelle Pasqal investira environ 60 millions d'euros d'ici fin 2027.",
  ("invests", "Pasqal", "60000000 EUR", R), ("dated", "60000000 EUR", "2027", R))
s("Pasqal a également noué avec IBM un partenariat pour intégrer ses machines aux supercalculateurs du groupe américain, et travaille avec Nvidia sur un logiciel de calcul hybride.",
  ("partners", "Pasqal", "IBM", R), ("partners", "Pasqal", "Nvidia", R), ("supplies", "Pasqal", "IBM", O))
s("En 2024, Aramco avait déjà commandé à Pasqal un ordinateur quantique de 200 qubits pour son centre de Dhahran, un contrat estimé à 25 millions de dollars.",
  ("supplies", "Pasqal", "Saudi Aramco", R), ("pays", "Saudi Aramco", "25000000 USD", R),
  ("dated", "25000000 USD", "2024", R), ("orders", "Pasqal", "25000000 USD", O))
s("Face à Pasqal, Quandela a levé 50 millions d'euros en janvier, tandis que l'américain IonQ a racheté en décembre le britannique Oxford Ionics pour 1,08 milliard de dollars.",
  ("raises", "Quandela", "50000000 EUR", R), ("dated", "50000000 EUR", "2026-01", O),
  ("pays", "IonQ", "1080000000 USD", R), ("invests", "IonQ", "1080000000 USD", O),
  ("dated", "1080000000 USD", "2025-12", O))

# ---------------------------------------------------------------- fr/bleu-contrat-edf-cloud-confiance.txt (Wed 2026-05-20)
s = doc("fr/bleu-contrat-edf-cloud-confiance.txt")
s("Cloud de confiance : Bleu décroche EDF et accélère ses investissements",
  ("supplies", "Bleu", "EDF", O))
s("Bleu, la coentreprise créée par Orange et Capgemini pour distribuer les services de Microsoft dans un cadre « de confiance », a signé avec EDF un contrat de cinq ans pour héberger une partie des applications de gestion du parc nucléaire de l'électricien.",
  ("owns", "Orange", "Bleu", R), ("owns", "Capgemini", "Bleu", R), ("partners", "Orange", "Capgemini", R),
  ("supplies", "Microsoft", "Bleu", R), ("supplies", "Bleu", "EDF", R),
  ("partners", "Bleu", "EDF", O), ("partners", "Bleu", "Microsoft", O))
s("Le montant n'a pas été communiqué, mais EDF verserait quelque 150 millions d'euros à Bleu, selon BFM Business.",
  ("pays", "EDF", "150000000 EUR", R), ("supplies", "Bleu", "EDF", R), ("orders", "Bleu", "150000000 EUR", O))
s("Qualifiée SecNumCloud par l'Anssi depuis décembre 2025, Bleu revendique désormais une quarantaine de clients, parmi lesquels la SNCF, Dassault Aviation et Crédit Agricole.",
  ("supplies", "Bleu", "Dassault Aviation", R), ("supplies", "Bleu", "Crédit Agricole", R))
# "Son chiffre d'affaires": Bleu not named -> no revenue rows; the dates of the amounts are stated.
s("Son chiffre d'affaires devrait dépasser 100 millions d'euros en 2026, contre 41 millions l'an dernier.",
  ("dated", "100000000 EUR", "2026", R), ("dated", "41000000 EUR", "2025", R))
s("Pour suivre la demande, Bleu va investir 250 millions d'euros dans deux nouveaux centres de données, l'un à Nanterre et l'autre près de Lyon, qui seront construits et exploités par Data4 et Equinix.",
  ("invests", "Bleu", "250000000 EUR", R), ("supplies", "Data4", "Bleu", R), ("supplies", "Equinix", "Bleu", R),
  ("partners", "Data4", "Equinix", O))
s("Orange et Capgemini, qui détiennent chacun 50 % du capital, apporteront ensemble 180 millions d'euros au premier semestre 2027.",
  ("partners", "Orange", "Capgemini", R), ("dated", "180000000 EUR", "2027-H1", R),
  ("invests", "Orange", "180000000 EUR", O), ("invests", "Capgemini", "180000000 EUR", O))
s("Les serveurs seront équipés de processeurs Xeon 6 d'Intel et de GPU H200 de Nvidia, que Bleu achète auprès de Dell Technologies et de Hewlett Packard Enterprise.",
  ("makes", "Intel", "Xeon 6", R), ("makes", "Nvidia", "H200", R),
  ("supplies", "Dell Technologies", "Bleu", R), ("supplies", "Hewlett Packard Enterprise", "Bleu", R),
  ("supplies", "Intel", "Bleu", O), ("supplies", "Nvidia", "Bleu", O))
s("La concurrence s'organise : S3NS, la filiale de Thales qui commercialise Google Cloud, a conquis l'an dernier Airbus et la MAIF, et Outscale, filiale de Dassault Systèmes, a annoncé un plan d'investissement de 200 millions d'euros sur trois ans.",
  ("owns", "Thales", "S3NS", R), ("supplies", "S3NS", "Airbus", R),
  ("owns", "Dassault Systèmes", "Outscale", R), ("invests", "Outscale", "200000000 EUR", R),
  ("supplies", "Google Cloud", "S3NS", O), ("partners", "S3NS", "Google Cloud", O))

# ---------------------------------------------------------------- fr/air-liquide-gaz-semi-conducteurs.txt (Tue 2026-06-09)
s = doc("fr/air-liquide-gaz-semi-conducteurs.txt")
s("Air Liquide investit 400 millions d'euros pour alimenter les usines de puces",
  ("invests", "Air Liquide", "400000000 EUR", O))
s("Air Liquide va investir plus de 400 millions d'euros dans de nouvelles unités de production de gaz ultra-purs destinées à l'industrie des semi-conducteurs, a annoncé mardi le groupe français.",
  ("invests", "Air Liquide", "400000000 EUR", R))
# "L'essentiel de l'enveloppe servira à alimenter ...": Air Liquide not named -> no supplies rows.
s("L'essentiel de l'enveloppe servira à alimenter la future usine de TSMC à Dresde, exploitée avec Bosch, Infineon et NXP, ainsi que le site de Micron à Boise, dans l'Idaho.",
  ("partners", "TSMC", "Bosch", R), ("partners", "TSMC", "Infineon", R), ("partners", "TSMC", "NXP", R),
  ("partners", "Bosch", "Infineon", O), ("partners", "Bosch", "NXP", O), ("partners", "Infineon", "NXP", O))
# supplier only described ("Le spécialiste des gaz industriels"); Micron as payer is read off the contract type.
s("Le spécialiste des gaz industriels a signé avec Micron un contrat de fourniture d'azote et d'hydrogène sur quinze ans, dont le montant total est estimé à 1,2 milliard de dollars par les analystes d'Oddo BHF.",
  ("pays", "Micron", "1200000000 USD", O))
s("En 2025, la branche Électronique d'Air Liquide a dégagé un chiffre d'affaires de 2,6 milliards d'euros, soit environ 9 % des ventes du groupe, qui ont atteint 27,1 milliards d'euros.",
  ("revenue", "Air Liquide", "2600000000 EUR", R), ("revenue", "Air Liquide", "27100000000 EUR", R),
  ("dated", "2600000000 EUR", "2025", R), ("dated", "27100000000 EUR", "2025", R))
s("Le bénéfice net d'Air Liquide a progressé de 6 % à 3,4 milliards d'euros.",
  ("profit", "Air Liquide", "3400000000 EUR", R))
s("Air Liquide est déjà le premier fournisseur de gaz de TSMC à Taïwan, où il exploite une douzaine d'unités, et livre aussi SK Hynix en Corée du Sud.",
  ("supplies", "Air Liquide", "TSMC", R), ("supplies", "Air Liquide", "SK Hynix", R))

# ---------------------------------------------------------------- de/sap-erstes-quartal-cloud.txt (Wed 2026-04-22)
s = doc("de/sap-erstes-quartal-cloud.txt")
s("Der Umsatz von SAP stieg um elf Prozent auf 9,8 Milliarden Euro, wie der Walldorfer Konzern am Dienstagabend mitteilte.",
  ("revenue", "SAP", "9800000000 EUR", R), ("dated", "9800000000 EUR", "2026-04-21", O))
s("Das Betriebsergebnis legte auf 2,7 Milliarden Euro zu, unter dem Strich verdiente SAP 1,9 Milliarden Euro nach 1,8 Milliarden im Vorjahresquartal.",
  ("profit", "SAP", "1900000000 EUR", R), ("profit", "SAP", "1800000000 EUR", R),
  ("profit", "SAP", "2700000000 EUR", O), ("dated", "1800000000 EUR", "2025-Q1", O))
# "Der Auftragsbestand im Cloud-Geschäft ... 21,4 Milliarden Euro": SAP not named -> no orders row.
s("Für das Gesamtjahr bestätigte SAP-Chef Christian Klein die Prognose: Die Cloud-Erlöse sollen zwischen 25,8 und 26,2 Milliarden Euro liegen, das operative Ergebnis bei 11,9 bis 12,3 Milliarden Euro.",
  ("revenue", "SAP", "25800000000 EUR", R), ("profit", "SAP", "11900000000 EUR", R),
  ("dated", "25800000000 EUR", "2026", O), ("dated", "11900000000 EUR", "2026", O))
s("Mit Nvidia hat SAP seine Partnerschaft ausgeweitet; die KI-Agenten des Walldorfer Konzerns laufen künftig auf Nvidias Blackwell-Chips in Rechenzentren der Deutschen Telekom.",
  ("partners", "SAP", "Nvidia", R), ("makes", "Nvidia", "Blackwell", R), ("supplies", "Deutsche Telekom", "SAP", R),
  ("supplies", "Nvidia", "SAP", O), ("supplies", "Nvidia", "Deutsche Telekom", O))
s("Zudem vertreibt SAP die Sprachmodelle von Mistral AI und Aleph Alpha an seine Geschäftskunden.",
  ("supplies", "Mistral AI", "SAP", R), ("supplies", "Aleph Alpha", "SAP", R),
  ("partners", "SAP", "Mistral AI", O), ("partners", "SAP", "Aleph Alpha", O))
s("Laut Handelsblatt steht SAP außerdem kurz vor der Übernahme des Berliner Start-ups Parloa, das zuletzt mit rund 3 Milliarden Dollar bewertet wurde.",
  ("values", "Parloa", "3000000000 USD", R), ("owns", "SAP", "Parloa", O))

# ---------------------------------------------------------------- de/google-rechenzentren-hessen.txt (Thu 2026-03-05)
s = doc("de/google-rechenzentren-hessen.txt")
s("Google investiert 5 Milliarden Euro in deutsche Rechenzentren",
  ("invests", "Google", "5000000000 EUR", O))
s("Google will bis 2029 rund 5 Milliarden Euro in Deutschland investieren und dabei seine Rechenzentrumskapazitäten in Hanau und Dietzenbach nahezu verdoppeln.",
  ("invests", "Google", "5000000000 EUR", R), ("dated", "5000000000 EUR", "2029", R))
s("Ein Teil der Summe fließt in den Ausbau der Cloud-Region Frankfurt, über die Google Cloud unter anderem die Deutsche Bank, Lufthansa und Mercedes-Benz bedient.",
  ("supplies", "Google Cloud", "Deutsche Bank", R), ("supplies", "Google Cloud", "Mercedes-Benz", R))
s("In den neuen Hallen will Google sowohl eigene Chips der siebten TPU-Generation Ironwood als auch Grafikprozessoren von Nvidia einsetzen.",
  ("makes", "Google", "TPU", R), ("makes", "Google", "Ironwood", R), ("supplies", "Nvidia", "Google", R))
s("Den Strom für den Standort Dietzenbach bezieht Google ab 2027 über einen Liefervertrag mit EnBW, der sich auf rund 1,1 Milliarden Euro über zwölf Jahre summiert.",
  ("supplies", "EnBW", "Google", R), ("pays", "Google", "1100000000 EUR", R),
  ("dated", "1100000000 EUR", "2027", O), ("partners", "Google", "EnBW", O), ("orders", "EnBW", "1100000000 EUR", O))
s("Microsoft hatte Anfang 2024 angekündigt, 3,2 Milliarden Euro in Deutschland zu investieren, vor allem im Rheinischen Revier; Amazons Cloudsparte AWS steckt bis 2026 insgesamt 8,8 Milliarden Euro in die Region Frankfurt.",
  ("invests", "Microsoft", "3200000000 EUR", R), ("dated", "3200000000 EUR", "2024", O),
  ("owns", "Amazon", "Amazon Web Services", R), ("invests", "Amazon Web Services", "8800000000 EUR", R),
  ("dated", "8800000000 EUR", "2026", R), ("invests", "Amazon", "8800000000 EUR", O))
s("Google Cloud wies im vierten Quartal 2025 einen Umsatz von 17,2 Milliarden Dollar aus und einen operativen Gewinn von 3,6 Milliarden Dollar.",
  ("revenue", "Google Cloud", "17200000000 USD", R), ("profit", "Google Cloud", "3600000000 USD", R),
  ("dated", "17200000000 USD", "2025-Q4", R), ("dated", "3600000000 USD", "2025-Q4", R))
s("Der Mutterkonzern Alphabet plant für dieses Jahr Investitionen von bis zu 185 Milliarden Dollar, überwiegend in KI-Infrastruktur.",
  ("invests", "Alphabet", "185000000000 USD", R), ("dated", "185000000000 USD", "2026", R))

# ---------------------------------------------------------------- de/siemens-verkauft-healthineers-aktien.txt (Wed 2026-02-11)
s = doc("de/siemens-verkauft-healthineers-aktien.txt")
SH = "Siemens Healthineers"
s("Siemens trennt sich von weiteren Healthineers-Aktien",
  ("owns", "Siemens", SH, O))
s("Siemens hat ein weiteres Aktienpaket an seiner Medizintechniktochter Siemens Healthineers verkauft und damit rund 2,9 Milliarden Euro eingenommen.",
  ("owns", "Siemens", SH, R), ("raises", "Siemens", "2900000000 EUR", O))
s("Begleitet wurde die Transaktion von Goldman Sachs, Deutsche Bank und JPMorgan.",
  ("partners", "Goldman Sachs", "Deutsche Bank", O), ("partners", "Goldman Sachs", "JPMorgan", O),
  ("partners", "Deutsche Bank", "JPMorgan", O))
s("Größter Einzelkäufer war nach Angaben aus Finanzkreisen der Staatsfonds Temasek, der Healthineers-Aktien für rund 400 Millionen Euro übernahm.",
  ("owns", "Temasek", SH, R), ("invests", "Temasek", "400000000 EUR", R), ("pays", "Temasek", "400000000 EUR", O))
s("Nach dem Verkauf hält Siemens noch etwa 61 Prozent an Healthineers, nach zuvor gut 66 Prozent.",
  ("owns", "Siemens", SH, R))
s("Erst im vergangenen Jahr hatte Siemens den amerikanischen Simulationsspezialisten Altair für rund 10 Milliarden Dollar übernommen, im Herbst folgte der Kauf von Dotmatics für 5,1 Milliarden Dollar.",
  ("pays", "Siemens", "10000000000 USD", R), ("dated", "10000000000 USD", "2025", R),
  ("invests", "Siemens", "10000000000 USD", O), ("pays", "Siemens", "5100000000 USD", O),
  ("invests", "Siemens", "5100000000 USD", O), ("dated", "5100000000 USD", "2025-FA", O),
  ("dated", "5100000000 USD", "2025", O))
s("Healthineers selbst hatte im ersten Quartal seines Geschäftsjahres 2026 einen Umsatz von 5,6 Milliarden Euro und einen Nettogewinn von 520 Millionen Euro erzielt.",
  ("revenue", SH, "5600000000 EUR", R), ("profit", SH, "520000000 EUR", R),
  ("dated", "5600000000 EUR", "2026-Q1", R), ("dated", "520000000 EUR", "2026-Q1", R))
s("Belastet wird das Geschäft durch US-Zölle, die der Konzern für 2026 auf rund 300 Millionen Euro beziffert.",
  ("dated", "300000000 EUR", "2026", R))

# ---------------------------------------------------------------- de/mercedes-benz-siliziumkarbid-infineon-onsemi.txt (Tue 2026-07-14)
s = doc("de/mercedes-benz-siliziumkarbid-infineon-onsemi.txt")
MB = "Mercedes-Benz"
s("Mit Infineon und Onsemi schloss Mercedes-Benz Lieferverträge über Siliziumkarbid-Chips ab, die von 2027 an in den Antriebsumrichtern der neuen MMA-Plattform verbaut werden.",
  ("supplies", "Infineon", MB, R), ("supplies", "Onsemi", MB, R),
  ("partners", MB, "Infineon", O), ("partners", MB, "Onsemi", O))
s("Das Gesamtvolumen beziffern Branchenkreise auf mehr als 2 Milliarden Euro bis 2032.",
  ("dated", "2000000000 EUR", "2032", R))
s("Infineon soll den größeren Teil liefern und fertigt die Chips in seinem neuen Werk im malaysischen Kulim, in das der Dax-Konzern bis zu 5 Milliarden Euro investiert.",
  ("invests", "Infineon", "5000000000 EUR", R))
s("Onsemi produziert im tschechischen Rožnov, wo das US-Unternehmen seine Kapazitäten für 2 Milliarden Dollar ausbaut.",
  ("invests", "Onsemi", "2000000000 USD", R))
s("Die Module selbst baut ZF, der Zulieferer aus Friedrichshafen, der dafür nach eigenen Angaben Aufträge im Wert von 1,4 Milliarden Euro verbucht hat.",
  ("orders", "ZF", "1400000000 EUR", R))
s("Bosch, bislang wichtiger Lieferant von Mercedes-Benz, ging bei der Vergabe leer aus.",
  ("supplies", "Bosch", MB, R))
s("Den Rohstoff, Wafer aus Siliziumkarbid, bezieht Infineon unter anderem von Wolfspeed und dem chinesischen Hersteller SICC; Onsemi stellt seine Substrate überwiegend selbst her.",
  ("supplies", "Wolfspeed", "Infineon", R))
s("Erst im Mai hatte Infineon zugesagt, Wolfspeed bis 2030 zusätzliche Wafer für rund 450 Mio. Euro abzunehmen.",
  ("supplies", "Wolfspeed", "Infineon", R), ("pays", "Infineon", "450000000 EUR", R),
  ("dated", "450000000 EUR", "2030", R), ("dated", "450000000 EUR", "2026-05", O),
  ("orders", "Wolfspeed", "450000000 EUR", O))
s("Mercedes-Benz hatte im zweiten Quartal einen Umsatz von 33,2 Milliarden Euro und ein Ebit von 1,9 Milliarden Euro erzielt.",
  ("revenue", MB, "33200000000 EUR", R), ("profit", MB, "1900000000 EUR", R),
  ("dated", "33200000000 EUR", "2026-Q2", O), ("dated", "1900000000 EUR", "2026-Q2", O))

# ---------------------------------------------------------------- en/xai-oracle-cloud-capacity-deal.txt (Wed 2026-01-28)
s = doc("en/xai-oracle-cloud-capacity-deal.txt")
s("xAI signs $14 billion cloud deal with Oracle as Musk's AI lab races for compute",
  ("pays", "xAI", "14000000000 USD", O), ("supplies", "Oracle", "xAI", O), ("partners", "xAI", "Oracle", O))
s("Elon Musk's xAI has agreed to pay Oracle about $14 billion over five years for cloud computing capacity, according to people familiar with the matter, in one of the largest such contracts signed by an AI developer outside OpenAI's orbit.",
  ("pays", "xAI", "14000000000 USD", R), ("supplies", "Oracle", "xAI", R), ("orders", "Oracle", "14000000000 USD", O))
s("Under the deal, Oracle will house tens of thousands of AMD's MI450 accelerators and Nvidia's GB300 systems for xAI at data centers in Texas and Utah, starting in the second half of 2026, said the people, who asked not to be identified because the terms are private.",
  ("makes", "AMD", "MI450", R), ("makes", "Nvidia", "GB300", R), ("supplies", "Oracle", "xAI", R),
  ("supplies", "AMD", "Oracle", R), ("supplies", "Nvidia", "Oracle", R),
  ("supplies", "AMD", "xAI", O), ("supplies", "Nvidia", "xAI", O))
s("The contract adds to Oracle's remaining performance obligations, a measure of booked future revenue, which stood at $523 billion at the end of November.",
  ("orders", "Oracle", "523000000000 USD", R), ("dated", "523000000000 USD", "2025-11", O))
# "from the database company": Oracle only described -> no supplies Oracle->OpenAI.
s("Much of that backlog comes from OpenAI, which committed last year to buy $300 billion of computing power from the database company over roughly five years.",
  ("pays", "OpenAI", "300000000000 USD", R), ("dated", "300000000000 USD", "2025", R))
s("xAI raised $20 billion in equity and debt earlier this month from investors including Nvidia, Cisco and Valor Equity Partners, in a round that valued the company at roughly $230 billion.",
  ("raises", "xAI", "20000000000 USD", R), ("owns", "Nvidia", "xAI", R), ("owns", "Cisco", "xAI", R),
  ("values", "xAI", "230000000000 USD", R), ("dated", "20000000000 USD", "2026-01", R),
  ("dated", "230000000000 USD", "2026-01", O),
  ("invests", "Nvidia", "20000000000 USD", O), ("invests", "Cisco", "20000000000 USD", O))
s("AMD has been pushing to win business beyond OpenAI, which agreed in October to deploy six gigawatts of the chipmaker's GPUs and received warrants for up to 160 million AMD shares.",
  ("supplies", "AMD", "OpenAI", R), ("owns", "OpenAI", "AMD", O))
s("AMD's data-center revenue rose 22% to $4.3 billion in the fourth quarter.",
  ("revenue", "AMD", "4300000000 USD", R), ("dated", "4300000000 USD", "2025-Q4", O))

# ---------------------------------------------------------------- en/qualcomm-humain-ai200-order.txt (Thu 2026-04-30)
s = doc("en/qualcomm-humain-ai200-order.txt")
s("Qualcomm lands $2 billion Humain order for AI200 racks as handset sales slow",
  ("orders", "Qualcomm", "2000000000 USD", O), ("supplies", "Qualcomm", "Humain", O),
  ("pays", "Humain", "2000000000 USD", O), ("makes", "Qualcomm", "AI200", O))
s("Qualcomm said on Wednesday it had secured an order worth about $2 billion from Saudi Arabia's Humain for data-center racks built on its AI200 and AI250 accelerators, the chipmaker's biggest win yet in a market dominated by Nvidia.",
  ("orders", "Qualcomm", "2000000000 USD", R), ("supplies", "Qualcomm", "Humain", R),
  ("makes", "Qualcomm", "AI200", R), ("makes", "Qualcomm", "AI250", R),
  ("pays", "Humain", "2000000000 USD", O), ("dated", "2000000000 USD", "2026-04-29", O))
s("Qualcomm reported revenue of $10.8 billion for its fiscal second quarter, ended March 29, up 3% from a year earlier, and net income of $2.9 billion.",
  ("revenue", "Qualcomm", "10800000000 USD", R), ("profit", "Qualcomm", "2900000000 USD", R),
  ("dated", "10800000000 USD", "2026-Q2", O), ("dated", "2900000000 USD", "2026-Q2", O),
  ("dated", "10800000000 USD", "2026-03-29", O), ("dated", "2900000000 USD", "2026-03-29", O))
s("Sales of its Snapdragon handset chips fell 4% to $6.4 billion as Apple continued to replace Qualcomm modems in iPhones with its own designs.",
  ("revenue", "Qualcomm", "6400000000 USD", R), ("makes", "Qualcomm", "Snapdragon", R),
  ("supplies", "Qualcomm", "Apple", O))
s("For the current quarter, Qualcomm forecast revenue of $10.2 billion to $11 billion, below Wall Street estimates of $10.9 billion, sending its shares down 5% in extended trading.",
  ("revenue", "Qualcomm", "10200000000 USD", R), ("revenue", "Qualcomm", "10900000000 USD", O))
s("Humain, which is backed by Saudi Arabia's Public Investment Fund, plans to deploy 200 megawatts of Qualcomm systems from 2027.",
  ("supplies", "Qualcomm", "Humain", R))
s("The AI200 chips will be manufactured by TSMC in Arizona, and the racks assembled by Foxconn, a person familiar with the matter said.",
  ("makes", "TSMC", "AI200", O))
s("Qualcomm has been diversifying beyond smartphones: it completed its $2.4 billion acquisition of Alphawave Semi in December and has a partnership with Nvidia to connect its Oryon CPUs to Nvidia GPUs through NVLink Fusion.",
  ("owns", "Qualcomm", "Alphawave Semi", R), ("pays", "Qualcomm", "2400000000 USD", R),
  ("partners", "Qualcomm", "Nvidia", R), ("makes", "Qualcomm", "Oryon", R),
  ("invests", "Qualcomm", "2400000000 USD", O), ("dated", "2400000000 USD", "2025-12", O))
# "Its automotive business ... design wins at BMW and Mercedes-Benz": Qualcomm not named -> nothing.
s("Humain has also signed deals with AMD and Nvidia, which is supplying 18,000 of its GB300 chips for a facility in Riyadh.",
  ("partners", "Humain", "AMD", R), ("partners", "Humain", "Nvidia", R),
  ("supplies", "Nvidia", "Humain", R), ("makes", "Nvidia", "GB300", R), ("supplies", "AMD", "Humain", O))

# ---------------------------------------------------------------- en/tata-psmc-dholera-joint-venture.txt (Thu 2026-09-17)
s = doc("en/tata-psmc-dholera-joint-venture.txt")
TE = "Tata Electronics"
s("Tata Electronics and PSMC form joint venture to run India's first commercial fab",
  ("partners", TE, "PSMC", O))
s("Tata Electronics and Taiwan's Powerchip Semiconductor Manufacturing Corp will set up a joint venture to run the $11 billion chip plant the Indian group is building in Dholera, Gujarat, the companies said on Thursday.",
  ("partners", TE, "PSMC", R), ("invests", TE, "11000000000 USD", R))
s("PSMC will take a 26% stake in the venture for about $1.2 billion, paid in cash and equipment over three years.",
  ("invests", "PSMC", "1200000000 USD", R), ("pays", "PSMC", "1200000000 USD", O))
s("Under the existing licensing deal, Tata Electronics pays PSMC about $80 million a year for process technology.",
  ("pays", TE, "80000000 USD", R), ("supplies", "PSMC", TE, R), ("partners", TE, "PSMC", O))
s("Tata Electronics has lined up Analog Devices and Bosch as its first customers, and is in talks with Renesas.",
  ("supplies", TE, "Analog Devices", R), ("supplies", TE, "Bosch", R), ("supplies", TE, "Renesas", O))
s("Tokyo Electron has received orders worth ¥120 billion from Tata Electronics, while ASML is shipping deep-ultraviolet scanners and Applied Materials is supplying deposition tools for the site.",
  ("orders", "Tokyo Electron", "120000000000 JPY", R), ("supplies", "Tokyo Electron", TE, R),
  ("pays", TE, "120000000000 JPY", O), ("supplies", "ASML", TE, O), ("supplies", "Applied Materials", TE, O))
s("Tata Electronics, a unit of the salt-to-software conglomerate Tata Sons, also assembles iPhones for Apple at three plants in southern India and bought Pegatron's local operations in 2025.",
  ("supplies", TE, "Apple", R), ("owns", TE, "Pegatron", O))
# "Its revenue": Tata Electronics not named -> no revenue rows.
s("Its revenue rose to Rs 660 billion ($7.5 billion) in the year to March 2026.",
  ("dated", "660000000000 INR", "2026-03", O), ("dated", "7500000000 USD", "2026-03", O),
  ("dated", "660000000000 INR", "2026", O), ("dated", "7500000000 USD", "2026", O))
s("For PSMC, which posted a net loss of NT$4.2 billion in the second quarter, the deal offers an escape from a brutal price war with Chinese foundries such as SMIC and Hua Hong.",
  ("profit", "PSMC", "4200000000 TWD", O), ("dated", "4200000000 TWD", "2026-Q2", O))
s("The Taiwanese group has already cut its capital spending for 2026 to NT$15 billion.",
  ("dated", "15000000000 TWD", "2026", R))

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
