#!/usr/bin/env python3
"""Writes gold/facts.csv for devset8 from the hand annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
A sentence with an empty fact list was read and states no fact (kept as a record of the reading).
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

# ---------------------------------------------------------------- fr/sk-hynix-hbm4-commandes-nvidia.txt (2026-03-12, Thursday)
s = doc("fr/sk-hynix-hbm4-commandes-nvidia.txt")
s("HBM4 : SK Hynix rafle l'essentiel des commandes de Nvidia",
  ("supplies", "SK Hynix", "Nvidia", O), ("makes", "SK Hynix", "HBM4", O))
s("Le sud-coréen SK Hynix fournira environ 70 % de la mémoire HBM4 des accélérateurs Vera Rubin de Nvidia, selon Bloomberg.",
  ("supplies", "SK Hynix", "Nvidia", R), ("makes", "Nvidia", "Vera Rubin", R), ("makes", "SK Hynix", "HBM4", R))
# Nvidia only as "le groupe de Jensen Huang": no Samsung->Nvidia, no Micron->Nvidia; Vera without its vendor named.
s("Samsung, qui a longtemps peiné à faire qualifier ses puces par le groupe de Jensen Huang, devrait se contenter du solde, tandis que l'américain Micron livrera surtout ses modules SOCAMM2 destinés aux processeurs Vera.",
  ("makes", "Micron", "SOCAMM2", R))
s("D'après le quotidien Maeil Business, Nvidia a versé à SK Hynix un acompte d'environ 2 milliards de dollars pour réserver ses volumes de 2027.",
  ("pays", "Nvidia", "2000000000 USD", R), ("supplies", "SK Hynix", "Nvidia", R),
  ("orders", "SK Hynix", "2000000000 USD", O), ("dated", "2000000000 USD", "2027", O))
s("Ni l'un ni l'autre n'a confirmé ce montant.")
s("Pour suivre la demande, SK Hynix portera ses investissements à 34 000 milliards de wons cette année, dont une large part pour l'usine M15X de Cheongju, a indiqué mercredi le directeur financier, Kim Woo-hyun.",
  ("invests", "SK Hynix", "34000000000000 KRW", R), ("dated", "34000000000000 KRW", "2026", R),
  ("dated", "34000000000000 KRW", "2026-03-11", O))
# "Le fabricant de mémoire" = SK Hynix, not named: no TSMC->SK Hynix, no partners, no makes.
s("Le fabricant de mémoire a par ailleurs confié à TSMC la gravure de la puce logique qui sert de base à ses piles HBM4, dans le cadre d'un partenariat noué en avril 2024.")
s("SK Hynix a réalisé en 2025 un chiffre d'affaires de 97 000 milliards de wons et un bénéfice net de 38 000 milliards de wons.",
  ("revenue", "SK Hynix", "97000000000000 KRW", R), ("profit", "SK Hynix", "38000000000000 KRW", R),
  ("dated", "97000000000000 KRW", "2025", R), ("dated", "38000000000000 KRW", "2025", R))
s("SK Group, maison mère de SK Hynix, prévoit en outre d'injecter 3,9 milliards de dollars dans un centre de packaging avancé dans l'Indiana, subventionné à hauteur de 458 millions de dollars par Washington.",
  ("owns", "SK Group", "SK Hynix", R), ("invests", "SK Group", "3900000000 USD", R),
  ("raises", "SK Group", "458000000 USD", O))
s("Samsung, de son côté, a obtenu la qualification de sa HBM4 auprès d'AMD, qui l'intégrera dans ses accélérateurs MI450 attendus au second semestre.",
  ("makes", "Samsung", "HBM4", R), ("supplies", "Samsung", "AMD", R), ("makes", "AMD", "MI450", R))
# "Le groupe de Suwon" = Samsung, not named: no invests; the amount's date is still stated.
s("Le groupe de Suwon investira par ailleurs 20 000 milliards de wons dans son site de Pyeongtaek d'ici fin 2027.",
  ("dated", "20000000000000 KRW", "2027", R))

# ---------------------------------------------------------------- fr/sipearl-leve-130-millions-rhea.txt (2026-02-06, Friday)
s = doc("fr/sipearl-leve-130-millions-rhea.txt")
s("SiPearl boucle une levée de 130 millions d'euros pour industrialiser Rhea",
  ("raises", "SiPearl", "130000000 EUR", O), ("makes", "SiPearl", "Rhea", O))
s("Le concepteur français de microprocesseurs SiPearl a annoncé jeudi avoir bouclé une levée de fonds de 130 millions d'euros, la plus importante jamais réalisée par une start-up européenne des semi-conducteurs.",
  ("raises", "SiPearl", "130000000 EUR", R), ("dated", "130000000 EUR", "2026-02-05", O))
s("Menée par le fonds French Tech Souveraineté, géré par Bpifrance, l'opération associe Cathay Innovation, Eurazeo et le taïwanais MediaTek, qui fait son entrée au capital de SiPearl.",
  ("owns", "MediaTek", "SiPearl", R), ("owns", "Cathay Innovation", "SiPearl", R), ("owns", "Eurazeo", "SiPearl", R),
  ("owns", "Bpifrance", "SiPearl", O))
# SiPearl not named in this sentence (Arm -> SiPearl is stated in the next one).
s("Arm, déjà actionnaire depuis 2023, a remis au pot.")
s("En 2023, SiPearl avait levé 90 millions d'euros, notamment auprès d'Arm et de Cathay Innovation.",
  ("raises", "SiPearl", "90000000 EUR", R), ("dated", "90000000 EUR", "2023", R),
  ("owns", "Arm", "SiPearl", R), ("owns", "Cathay Innovation", "SiPearl", R),
  ("invests", "Arm", "90000000 EUR", O), ("invests", "Cathay Innovation", "90000000 EUR", O))
s("Selon L'Usine Nouvelle, le nouveau tour valorise SiPearl autour de 600 millions d'euros, un chiffre que l'entreprise n'a pas commenté.",
  ("values", "SiPearl", "600000000 EUR", R))
s("Ces fonds doivent financer la montée en cadence de Rhea1, le processeur de 80 cœurs de SiPearl destiné aux supercalculateurs, dont les premiers exemplaires sont sortis des lignes de TSMC en janvier.",
  ("makes", "SiPearl", "Rhea", R), ("supplies", "TSMC", "SiPearl", R))
s("Le fondeur taïwanais grave la puce sur son procédé N6, tandis que SiPearl a confié l'assemblage à ASE.",
  ("supplies", "ASE Technology", "SiPearl", R))
s("Le premier client de SiPearl est le supercalculateur exascale Jupiter, installé à Jülich et construit par Eviden, la filiale d'Atos, qui intégrera des Rhea1 dans un module à partir du second semestre 2026.",
  ("owns", "Atos", "Eviden", R), ("supplies", "SiPearl", "Eviden", R), ("makes", "SiPearl", "Rhea", O))
s("L'Union européenne a par ailleurs accordé à SiPearl une subvention de 45 millions d'euros dans le cadre du programme EuroHPC.",
  ("raises", "SiPearl", "45000000 EUR", O))
# "La société" = SiPearl, not named: no partners SiPearl-Nvidia (and only planned).
s("La société, qui emploie 250 personnes, prépare déjà une seconde génération gravée en 3 nm et compte signer un accord avec Nvidia afin de coupler ses processeurs aux GPU Blackwell.",
  ("makes", "Nvidia", "Blackwell", O))
s("« Nous voulons devenir le Graviton de l'Europe », a déclaré son PDG, Philippe Notton.")
s("SiPearl vise un chiffre d'affaires de 100 millions d'euros en 2028.",
  ("revenue", "SiPearl", "100000000 EUR", R), ("dated", "100000000 EUR", "2028", R))

# ---------------------------------------------------------------- fr/data4-campus-ia-essonne.txt (2026-04-22, Wednesday)
s = doc("fr/data4-campus-ia-essonne.txt")
s("Data4 investit 2 milliards d'euros dans un campus d'IA en Essonne",
  ("invests", "Data4", "2000000000 EUR", O))
s("L'opérateur de centres de données Data4, propriété du fonds canadien Brookfield, va investir 2 milliards d'euros d'ici 2030 dans un nouveau campus consacré à l'intelligence artificielle à Nozay, dans l'Essonne, a annoncé l'entreprise mardi.",
  ("owns", "Brookfield", "Data4", R), ("invests", "Data4", "2000000000 EUR", R),
  ("dated", "2000000000 EUR", "2030", R), ("dated", "2000000000 EUR", "2026-04-21", O))
s("Le site, d'une puissance de 250 mégawatts, doit accueillir ses premiers clients au second semestre 2027.")
s("Le premier locataire sera Mistral AI, qui y installera 18 000 puces GB300 de Nvidia livrées par Dell Technologies, selon des informations du Figaro.",
  ("makes", "Nvidia", "GB300", R), ("supplies", "Nvidia", "Mistral AI", R),
  ("supplies", "Dell Technologies", "Mistral AI", R), ("supplies", "Nvidia", "Dell Technologies", O))
s("Mistral AI louera à Data4 environ 40 mégawatts pour un loyer estimé à 150 millions d'euros par an.",
  ("supplies", "Data4", "Mistral AI", R), ("pays", "Mistral AI", "150000000 EUR", R))
s("L'électricité sera fournie par EDF, avec lequel Data4 a signé un contrat d'approvisionnement de quinze ans portant sur de l'énergie nucléaire.",
  ("supplies", "EDF", "Data4", R), ("partners", "EDF", "Data4", O))
# Data4 (the customer) is not named here: no supplies Schneider -> Data4.
s("Schneider Electric a remporté une commande d'environ 180 millions d'euros pour équiper le campus en systèmes de refroidissement liquide et en onduleurs.",
  ("orders", "Schneider Electric", "180000000 EUR", R))
s("Pour financer le chantier, Data4 a obtenu un crédit de 1,1 milliard d'euros arrangé par BNP Paribas, Crédit Agricole et Natixis.",
  ("raises", "Data4", "1100000000 EUR", O),
  ("partners", "BNP Paribas", "Crédit Agricole", O), ("partners", "BNP Paribas", "Natixis", O),
  ("partners", "Crédit Agricole", "Natixis", O))
s("Brookfield, qui a racheté Data4 en 2023 à AXA IM Alts, avait promis d'engager 20 milliards d'euros dans l'IA en France lors du sommet de février 2025.",
  ("owns", "Brookfield", "Data4", R), ("invests", "Brookfield", "20000000000 EUR", R),
  ("dated", "20000000000 EUR", "2025-02", O), ("owns", "AXA", "Data4", O))
s("L'État a accordé au projet le statut de « projet d'intérêt national majeur », ce qui doit accélérer son raccordement au réseau électrique.")
s("Data4, qui exploite déjà 31 centres en Europe, a réalisé l'an dernier un chiffre d'affaires de 420 millions d'euros.",
  ("revenue", "Data4", "420000000 EUR", R), ("dated", "420000000 EUR", "2025", R))
# negated: not chosen as customers.
s("Amazon Web Services et Microsoft, qui exploitent leurs propres campus dans la région, n'ont pas été retenus comme clients.")

# ---------------------------------------------------------------- fr/renault-puces-qualcomm-stmicro.txt (2026-01-28, Wednesday)
s = doc("fr/renault-puces-qualcomm-stmicro.txt")
s("Renault sécurise ses puces auprès de Qualcomm et STMicroelectronics",
  ("supplies", "Qualcomm", "Renault", O), ("supplies", "STMicroelectronics", "Renault", O))
s("Renault a signé avec Qualcomm un accord pluriannuel pour équiper ses futurs véhicules de puces Snapdragon, qui piloteront à la fois l'écran central et l'aide à la conduite, a annoncé mardi le constructeur.",
  ("supplies", "Qualcomm", "Renault", R), ("makes", "Qualcomm", "Snapdragon", R), ("partners", "Renault", "Qualcomm", O))
s("Les premiers modèles concernés sortiront des chaînes de Douai à partir de fin 2027.")
s("Renault a également conclu avec STMicroelectronics un contrat d'approvisionnement en carbure de silicium pour ses onduleurs, d'un montant estimé à 1 milliard d'euros sur six ans, selon Les Echos.",
  ("supplies", "STMicroelectronics", "Renault", R), ("pays", "Renault", "1000000000 EUR", R),
  ("orders", "STMicroelectronics", "1000000000 EUR", O), ("partners", "Renault", "STMicroelectronics", O))
s("ST fabriquera ces composants dans son usine de Catane, en Sicile, où le groupe franco-italien investit 5 milliards d'euros avec le soutien de Rome.",
  ("invests", "STMicroelectronics", "5000000000 EUR", R))
s("Pour ses calculateurs de conduite autonome, Renault a retenu la puce Drive Thor de Nvidia, qui sera intégrée par le taïwanais Quanta Computer.",
  ("makes", "Nvidia", "Drive Thor", R), ("supplies", "Nvidia", "Renault", R),
  ("supplies", "Quanta Computer", "Renault", R), ("supplies", "Nvidia", "Quanta Computer", O))
# Renault only as "du groupe": no supplies Google -> Renault.
s("Le système d'exploitation des voitures reste fourni par Google, partenaire du groupe depuis 2018.")
s("Renault a dépensé 2,3 milliards d'euros en semi-conducteurs en 2025 et prévoit d'en acheter pour environ 3 milliards d'euros par an d'ici 2030, a précisé le directeur financier, Duncan Minto.",
  ("pays", "Renault", "2300000000 EUR", R), ("dated", "2300000000 EUR", "2025", R),
  ("pays", "Renault", "3000000000 EUR", R), ("dated", "3000000000 EUR", "2030", R))
# "Le constructeur" = Renault, not named: no revenue; "la semaine dernière" is when results were published.
s("Le constructeur, qui a publié la semaine dernière un chiffre d'affaires annuel de 57,9 milliards d'euros, veut réduire sa dépendance envers les fournisseurs asiatiques après les pénuries de 2021.",
  ("dated", "57900000000 EUR", "2026-W04", O))
s("Son concurrent Stellantis, qui s'approvisionne auprès de NXP et d'Infineon, a de son côté investi 300 millions d'euros dans SiliconAuto, sa coentreprise avec Foxconn.",
  ("supplies", "NXP", "Stellantis", R), ("supplies", "Infineon", "Stellantis", R),
  ("invests", "Stellantis", "300000000 EUR", R), ("partners", "Stellantis", "Foxconn", R))
s("Chez Volkswagen, c'est la filiale Cariad qui négocie directement avec les fondeurs, dont TSMC et GlobalFoundries.",
  ("owns", "Volkswagen", "Cariad", R),
  ("partners", "Cariad", "TSMC", O), ("partners", "Cariad", "GlobalFoundries", O),
  ("supplies", "TSMC", "Cariad", O), ("supplies", "GlobalFoundries", "Cariad", O))
s("« Les constructeurs ne veulent plus être les derniers servis », résume un analyste de Bernstein.")

# ---------------------------------------------------------------- fr/poolside-leve-2-milliards.txt (2026-05-12, Tuesday)
s = doc("fr/poolside-leve-2-milliards.txt")
s("Poolside lève 2 milliards de dollars, Nvidia en tête de table",
  ("raises", "Poolside", "2000000000 USD", O), ("owns", "Nvidia", "Poolside", O))
s("La start-up d'intelligence artificielle Poolside, fondée à Paris par Jason Warner et Eiso Kant, a levé 2 milliards de dollars auprès d'un groupe d'investisseurs mené par Nvidia, selon un communiqué publié lundi.",
  ("raises", "Poolside", "2000000000 USD", R), ("owns", "Nvidia", "Poolside", R),
  ("invests", "Nvidia", "2000000000 USD", O), ("dated", "2000000000 USD", "2026-05-11", O))
s("L'opération valorise Poolside, spécialisée dans les modèles de génération de code, à 12 milliards de dollars, contre 3 milliards lors de son précédent tour, en octobre 2024.",
  ("values", "Poolside", "12000000000 USD", R), ("values", "Poolside", "3000000000 USD", R),
  ("dated", "3000000000 USD", "2024-10", R))
s("Bpifrance, le fonds émirien MGX et CapitalG, la branche d'investissement d'Alphabet, ont également participé au tour, tout comme Felicis, déjà présent au capital de Poolside.",
  ("owns", "Bpifrance", "Poolside", R), ("owns", "MGX", "Poolside", R), ("owns", "CapitalG", "Poolside", R),
  ("owns", "Alphabet", "CapitalG", R))
s("L'essentiel des fonds servira à acheter de la puissance de calcul : Poolside s'est engagée à acquérir 40 000 GPU GB300 auprès de Nvidia, qui seront hébergés par CoreWeave dans un campus du Texas.",
  ("supplies", "Nvidia", "Poolside", R), ("makes", "Nvidia", "GB300", R), ("supplies", "CoreWeave", "Poolside", R))
# "est évalué à" values a contract, not a company: no `values`.
s("Le contrat de Poolside avec CoreWeave, d'une durée de quatre ans, est évalué à 5,5 milliards de dollars par la presse américaine.",
  ("pays", "Poolside", "5500000000 USD", R), ("supplies", "CoreWeave", "Poolside", R),
  ("orders", "CoreWeave", "5500000000 USD", O), ("partners", "Poolside", "CoreWeave", O))
s("Poolside, qui compte 300 salariés répartis entre Paris, Londres et San Francisco, revendique un chiffre d'affaires annualisé de 150 millions de dollars, tiré notamment de ses contrats avec Capgemini et Accenture, qui revendent ses modèles à leurs clients.",
  ("revenue", "Poolside", "150000000 USD", R),
  ("supplies", "Poolside", "Capgemini", R), ("supplies", "Poolside", "Accenture", R),
  ("partners", "Poolside", "Capgemini", O), ("partners", "Poolside", "Accenture", O))
# "La jeune pousse" = Poolside, not named; and only in talks.
s("La jeune pousse discute aussi avec EDF d'un centre de données en France, a indiqué une source proche du dossier, sans plus de précisions.")
s("Cette levée intervient après celle de Mistral AI, qui avait levé 1,7 milliard d'euros en septembre 2025 lors d'un tour mené par ASML, et celle de H Company, plus modeste.",
  ("raises", "Mistral AI", "1700000000 EUR", R), ("dated", "1700000000 EUR", "2025-09", R),
  ("owns", "ASML", "Mistral AI", R), ("invests", "ASML", "1700000000 EUR", O))
s("« Les fonds suivent désormais les GPU », résume un investisseur parisien, qui n'a pas participé à l'opération.")

# ---------------------------------------------------------------- de/schwarz-gruppe-rechenzentrum-luebbenau.txt (2026-03-03, Tuesday)
s = doc("de/schwarz-gruppe-rechenzentrum-luebbenau.txt")
s("Schwarz-Gruppe baut KI-Rechenzentrum in Lübbenau für 11 Milliarden Euro",
  ("invests", "Schwarz Gruppe", "11000000000 EUR", O))
s("Die Schwarz-Gruppe, zu der Lidl und Kaufland gehören, steckt rund 11 Milliarden Euro in ein Rechenzentrum im brandenburgischen Lübbenau.",
  ("owns", "Schwarz Gruppe", "Lidl", R), ("owns", "Schwarz Gruppe", "Kaufland", R),
  ("invests", "Schwarz Gruppe", "11000000000 EUR", R))
# parent of Schwarz Digits not named in this sentence ("die IT-Tochter").
s("Betreiben wird die Anlage die IT-Tochter Schwarz Digits über ihre Cloud-Marke Stackit, wie das Unternehmen am Montag in Neckarsulm mitteilte.",
  ("owns", "Schwarz Digits", "Stackit", R))
s("Der erste Bauabschnitt mit 200 Megawatt soll Ende 2027 in Betrieb gehen.")
s("Bei Nvidia hat Schwarz Digits nach Informationen des Handelsblatts rund 30.000 Blackwell-Ultra-GPUs bestellt, die von Supermicro zu fertigen Server-Racks montiert werden.",
  ("supplies", "Nvidia", "Schwarz Digits", R), ("makes", "Nvidia", "Blackwell Ultra", R),
  ("supplies", "Supermicro", "Schwarz Digits", R), ("supplies", "Nvidia", "Supermicro", O))
s("Ein Teil der Rechenleistung ist für SAP reserviert, das auf Stackit eine souveräne Version seiner Business-Cloud anbietet.",
  ("supplies", "Stackit", "SAP", R), ("partners", "SAP", "Stackit", O))
s("„Wir bauen die Infrastruktur, die Europa bisher bei amerikanischen Hyperscalern einkaufen musste“, sagte Schwarz-Digits-Chef Rolf Schumann.")
s("Auch Aleph Alpha, an dem die Schwarz-Gruppe seit 2023 beteiligt ist, soll seine Modelle künftig in Lübbenau trainieren.",
  ("owns", "Schwarz Gruppe", "Aleph Alpha", R), ("supplies", "Schwarz Gruppe", "Aleph Alpha", O))
# "der Konzern" not named: no EnBW -> Schwarz.
s("Für den Strom hat der Konzern mit EnBW einen Liefervertrag über 15 Jahre abgeschlossen; ein Teil soll aus einem benachbarten Solarpark kommen.")
s("Bund und Land unterstützen das Projekt mit bis zu 1,2 Milliarden Euro aus dem IPCEI-Programm für Cloud-Infrastruktur, die EU-Kommission muss die Beihilfe allerdings noch genehmigen.")
s("Schwarz Digits hat im vergangenen Jahr einen Umsatz von 2,6 Milliarden Euro erzielt, Stackit allein rund 900 Millionen Euro.",
  ("revenue", "Schwarz Digits", "2600000000 EUR", R), ("dated", "2600000000 EUR", "2025", R),
  ("revenue", "Stackit", "900000000 EUR", R), ("dated", "900000000 EUR", "2025", O))
s("Zum Vergleich: Die Deutsche Telekom hatte im Februar 2025 angekündigt, gemeinsam mit Nvidia eine KI-Fabrik in München für eine Milliarde Euro zu errichten.",
  ("partners", "Deutsche Telekom", "Nvidia", R),
  ("invests", "Deutsche Telekom", "1000000000 EUR", O), ("invests", "Nvidia", "1000000000 EUR", O),
  ("dated", "1000000000 EUR", "2025-02", O))
s("Analysten der DZ Bank halten die Nachfrage nach Rechenleistung in Europa dennoch für deutlich größer als das Angebot.")

# ---------------------------------------------------------------- de/neura-robotics-finanzierungsrunde.txt (2026-01-20, Tuesday)
s = doc("de/neura-robotics-finanzierungsrunde.txt")
s("Neura Robotics sammelt eine Milliarde Euro ein",
  ("raises", "Neura Robotics", "1000000000 EUR", O))
s("Der Metzinger Roboterhersteller Neura Robotics hat in einer Finanzierungsrunde eine Milliarde Euro eingesammelt und wird dabei mit rund 5 Milliarden Euro bewertet.",
  ("raises", "Neura Robotics", "1000000000 EUR", R), ("values", "Neura Robotics", "5000000000 EUR", R))
s("Angeführt wird die Runde von Temasek und BlackRock, wie zwei mit der Sache vertraute Personen der Nachrichtenagentur Reuters sagten; beide steigen damit erstmals bei Neura Robotics ein.",
  ("owns", "Temasek", "Neura Robotics", R), ("owns", "BlackRock", "Neura Robotics", R),
  ("partners", "Temasek", "BlackRock", O))
# Neura Robotics not named: no owns HV Capital -> Neura Robotics.
s("Auch die Bestandsinvestoren Lingotto und HV Capital beteiligten sich erneut.")
s("Mit dem Geld will das 2019 gegründete Unternehmen die Serienfertigung seines humanoiden Roboters 4NE1 hochfahren.")
s("Die Steuerung übernimmt Nvidias Robotik-Rechner Jetson Thor; mit dem US-Konzern arbeitet Neura Robotics zudem bei Simulationssoftware zusammen.",
  ("makes", "Nvidia", "Jetson Thor", R), ("supplies", "Nvidia", "Neura Robotics", R),
  ("partners", "Neura Robotics", "Nvidia", R))
s("Bosch hat bei Neura Robotics nach eigenen Angaben Roboter im Wert von rund 200 Millionen Euro bestellt, die ab 2027 in den Werken Homburg und Bamberg eingesetzt werden sollen.",
  ("supplies", "Neura Robotics", "Bosch", R), ("pays", "Bosch", "200000000 EUR", R),
  ("orders", "Neura Robotics", "200000000 EUR", O), ("dated", "200000000 EUR", "2027", O))
# "der Roboterbauer" not named: no Infineon -> Neura Robotics.
s("Leistungshalbleiter und Sensoren bezieht der Roboterbauer von Infineon, die Getriebe von Harmonic Drive.")
s("Neura Robotics erzielte 2025 einen Umsatz von 85 Millionen Euro, schrieb aber weiter rote Zahlen; den Verlust bezifferte ein Sprecher auf 120 Millionen Euro.",
  ("revenue", "Neura Robotics", "85000000 EUR", R), ("dated", "85000000 EUR", "2025", R),
  ("profit", "Neura Robotics", "120000000 EUR", O), ("dated", "120000000 EUR", "2025", O))
s("Die Bundesregierung hatte dem Unternehmen im vergangenen Jahr Fördermittel von 40 Millionen Euro zugesagt.",
  ("dated", "40000000 EUR", "2025", R))
s("Der Wettbewerb wird härter: Der chinesische Konkurrent Unitree will im Herbst an der Börse in Shanghai rund 700 Millionen Dollar einsammeln, und Figure AI, an dem Nvidia, Microsoft und OpenAI beteiligt sind, wurde zuletzt mit 39 Milliarden Dollar bewertet.",
  ("raises", "Unitree", "700000000 USD", R), ("dated", "700000000 USD", "2026-FA", O),
  ("owns", "Nvidia", "Figure AI", R), ("owns", "Microsoft", "Figure AI", R), ("owns", "OpenAI", "Figure AI", R),
  ("values", "Figure AI", "39000000000 USD", R))
s("„Europa hat noch eine Chance, wenn jetzt Kapital fließt“, sagte Gründer David Reger.")
s("Ein Börsengang von Neura Robotics sei frühestens 2028 denkbar.")

# ---------------------------------------------------------------- de/esmc-dresden-foerderung-kunden.txt (2026-04-09, Thursday)
s = doc("de/esmc-dresden-foerderung-kunden.txt")
s("ESMC erhält Milliardenhilfe – erste Kunden für Dresdner Fab")
s("Die EU-Kommission hat die staatliche Förderung für das Dresdner Chipwerk der European Semiconductor Manufacturing Company (ESMC) über 5 Milliarden Euro genehmigt.",
  ("raises", "ESMC", "5000000000 EUR", O))
s("An dem Gemeinschaftsunternehmen ESMC hält TSMC 70 Prozent, Bosch, Infineon und NXP jeweils 10 Prozent.",
  ("owns", "TSMC", "ESMC", R), ("owns", "Bosch", "ESMC", R), ("owns", "Infineon", "ESMC", R), ("owns", "NXP", "ESMC", R),
  ("partners", "TSMC", "Bosch", O), ("partners", "TSMC", "Infineon", O), ("partners", "TSMC", "NXP", O),
  ("partners", "Bosch", "Infineon", O), ("partners", "Bosch", "NXP", O), ("partners", "Infineon", "NXP", O))
# "das Konsortium" not named: no invests; "Ende 2027" is the start of production, not the amount's date.
s("Die Gesamtinvestition beziffert das Konsortium auf mehr als 10 Milliarden Euro; die Produktion soll Ende 2027 anlaufen.",
  ("dated", "10000000000 EUR", "2027", O))
s("Als erste Abnehmer haben sich neben den drei Minderheitseignern auch ZF und Mercedes-Benz Kapazitäten bei ESMC gesichert, wie aus Branchenkreisen verlautet.",
  ("supplies", "ESMC", "ZF", R), ("supplies", "ESMC", "Mercedes-Benz", R))
s("Bosch hat bei ESMC Sensor- und Steuerchips für rund 300 Millionen Euro pro Jahr bestellt.",
  ("supplies", "ESMC", "Bosch", R), ("pays", "Bosch", "300000000 EUR", R), ("orders", "ESMC", "300000000 EUR", O))
# "dort" = ESMC, not named.
s("Infineon will dort Mikrocontroller seiner Aurix-Familie im 28-Nanometer-Verfahren fertigen lassen.")
# the customer is not named; a shared amount for three suppliers.
s("Die Reinraumausrüstung kommt überwiegend von ASML, Tokyo Electron und Lam Research; Aufträge im Wert von zusammen rund 1,5 Milliarden Euro seien bereits vergeben, hieß es.",
  ("orders", "ASML", "1500000000 EUR", O), ("orders", "Tokyo Electron", "1500000000 EUR", O),
  ("orders", "Lam Research", "1500000000 EUR", O))
s("Zulieferer wie Jenoptik und Zeiss profitieren ebenfalls.")
s("TSMC hatte im vergangenen Jahr weltweit 101 Milliarden Dollar umgesetzt und einen Nettogewinn von 45 Milliarden Dollar erzielt.",
  ("revenue", "TSMC", "101000000000 USD", R), ("profit", "TSMC", "45000000000 USD", R),
  ("dated", "101000000000 USD", "2025", R), ("dated", "45000000000 USD", "2025", R))
# "der Konzern" = TSMC, not named: no invests; the amount's date is stated.
s("Für 2026 plant der Konzern Investitionen von 52 bis 56 Milliarden Dollar, den Großteil in Taiwan und Arizona.",
  ("dated", "52000000000 USD", "2026", R))
# cancelled plant: no invests by Intel; "Sommer 2025" dates the cancellation.
s("Intel hatte sein geplantes Werk in Magdeburg im Sommer 2025 endgültig abgesagt; die dafür vorgesehenen 9,9 Milliarden Euro Subventionen fließen nun teilweise in andere Projekte.",
  ("dated", "9900000000 EUR", "2025-SU", O))
s("„Dresden ist damit der wichtigste Halbleiterstandort Europas“, sagte Sachsens Ministerpräsident Michael Kretschmer.")
s("Analysten von Berenberg erwarten, dass ESMC ab 2029 einen Jahresumsatz von rund 2 Milliarden Euro erreicht.",
  ("revenue", "ESMC", "2000000000 EUR", O), ("dated", "2000000000 EUR", "2029", O))

# ---------------------------------------------------------------- de/vodafone-open-ran-samsung-ericsson.txt (2026-02-17, Tuesday)
s = doc("de/vodafone-open-ran-samsung-ericsson.txt")
s("Vodafone baut Open RAN mit Samsung und Ericsson aus",
  ("supplies", "Samsung", "Vodafone", O), ("supplies", "Ericsson", "Vodafone", O),
  ("partners", "Vodafone", "Samsung", O), ("partners", "Vodafone", "Ericsson", O))
s("Vodafone will bis Ende 2028 rund 6.000 Mobilfunkstandorte in Deutschland auf Open-RAN-Technik umstellen und hat dafür Aufträge an Samsung und Ericsson vergeben.",
  ("supplies", "Samsung", "Vodafone", R), ("supplies", "Ericsson", "Vodafone", R))
s("Samsung liefert die virtualisierte Basisstations-Software, die auf Servern von Dell Technologies mit Intels Xeon-6-Prozessoren läuft; Ericsson steuert Funkeinheiten und Antennen bei.",
  ("makes", "Intel", "Xeon 6", R), ("supplies", "Intel", "Dell Technologies", R))
# Vodafone only as "des Düsseldorfer Netzbetreibers".
s("Nokia, bislang einer der wichtigsten Ausrüster des Düsseldorfer Netzbetreibers, geht leer aus.")
s("Den Wert der Verträge beziffert Vodafone nicht; nach Schätzungen von Berenberg summieren sie sich auf etwa 1,4 Milliarden Euro über fünf Jahre.",
  ("pays", "Vodafone", "1400000000 EUR", O))
s("Für die KI-Steuerung des Netzes arbeitet Vodafone zudem mit Nvidia zusammen, dessen Plattform Aerial auf GH200-Systemen in den Rechenzentren in Frankfurt und Berlin läuft.",
  ("partners", "Vodafone", "Nvidia", R), ("makes", "Nvidia", "GH200", O), ("supplies", "Nvidia", "Vodafone", O))
s("Gemeinsam mit der Deutschen Telekom, Telefónica und Orange treibt Vodafone zudem eine europäische Initiative für offene Funkschnittstellen voran.",
  ("partners", "Vodafone", "Deutsche Telekom", R), ("partners", "Vodafone", "Telefónica", R),
  ("partners", "Vodafone", "Orange", R), ("partners", "Deutsche Telekom", "Telefónica", R),
  ("partners", "Deutsche Telekom", "Orange", R), ("partners", "Telefónica", "Orange", R))
s("Die Mutter Vodafone Group hatte im November angekündigt, europaweit 2 Milliarden Pfund in Open RAN zu investieren.",
  ("invests", "Vodafone", "2000000000 GBP", R), ("dated", "2000000000 GBP", "2025-11", O))
s("Vodafone Deutschland steigerte den Umsatz im vierten Quartal 2025 um 1,2 Prozent auf 3,2 Milliarden Euro und kehrte damit nach zwei Jahren auf Wachstumskurs zurück.",
  ("revenue", "Vodafone", "3200000000 EUR", R), ("dated", "3200000000 EUR", "2025-Q4", R))
s("Die Bundesnetzagentur hatte gegen Vodafone im vergangenen Jahr ein Bußgeld von 4,5 Millionen Euro verhängt, weil der Konzern Ausbauauflagen an Bahnstrecken verfehlt hatte.",
  ("fined", "Vodafone", "4500000 EUR", R), ("dated", "4500000 EUR", "2025", R))
s("Die Deutsche Telekom setzt beim Netzumbau dagegen weiter vor allem auf Ericsson und Nokia, Telefónica Deutschland testet Open RAN mit Samsung in München.",
  ("supplies", "Ericsson", "Deutsche Telekom", R), ("supplies", "Nokia", "Deutsche Telekom", R),
  ("partners", "Telefónica", "Samsung", O), ("supplies", "Samsung", "Telefónica", O))
s("„Wir wollen nicht mehr von einem einzigen Lieferanten abhängen“, sagte Technikchefin Tanja Richter.")
s("Der Ausbau soll zudem die Energiekosten des Netzes um ein Fünftel senken.")
s("Ericsson hatte für das vierte Quartal einen Auftragseingang von 7,9 Milliarden schwedischen Kronen aus Europa gemeldet, Samsung Networks nannte keine Zahlen.",
  ("orders", "Ericsson", "7900000000 SEK", R), ("dated", "7900000000 SEK", "2025-Q4", O))

# ---------------------------------------------------------------- en/coreweave-meta-contract-gb300.txt (2026-05-06, Wednesday)
s = doc("en/coreweave-meta-contract-gb300.txt")
s("CoreWeave lands $14.2 billion Meta deal as GB300 deliveries ramp up",
  ("supplies", "CoreWeave", "Meta", O), ("pays", "Meta", "14200000000 USD", O),
  ("orders", "CoreWeave", "14200000000 USD", O))
s("CoreWeave has signed a six-year contract worth $14.2 billion to supply Meta with cloud computing capacity, the Nvidia-backed company said on Tuesday, sending its shares up 9% in after-hours trading.",
  ("supplies", "CoreWeave", "Meta", R), ("pays", "Meta", "14200000000 USD", R),
  ("orders", "CoreWeave", "14200000000 USD", O), ("owns", "Nvidia", "CoreWeave", R),
  ("dated", "14200000000 USD", "2026-05-05", O))
# CoreWeave not named in this sentence ("The deal").
s("The deal, which runs through 2031, will be served largely from new data centers in Pennsylvania and Texas equipped with Nvidia's GB300 NVL72 rack systems.",
  ("makes", "Nvidia", "GB300 NVL72", R))
# Blackwell Ultra without Nvidia named: no makes / no Nvidia -> CoreWeave.
s("CoreWeave said it took delivery of more than 110,000 Blackwell Ultra GPUs in the first quarter, most of them assembled into racks by Dell Technologies and Supermicro.",
  ("supplies", "Dell Technologies", "CoreWeave", R), ("supplies", "Supermicro", "CoreWeave", R))
s("Microsoft, its largest customer, accounted for 58% of revenue last year, while OpenAI has committed to pay CoreWeave up to $22.4 billion under contracts signed since March 2025.",
  ("supplies", "CoreWeave", "Microsoft", R), ("supplies", "CoreWeave", "OpenAI", R),
  ("pays", "OpenAI", "22400000000 USD", R), ("dated", "22400000000 USD", "2025-03", R))
s("CoreWeave's first-quarter revenue more than doubled to $2.1 billion, and its backlog stood at $66 billion at the end of March.",
  ("revenue", "CoreWeave", "2100000000 USD", R), ("orders", "CoreWeave", "66000000000 USD", R),
  ("dated", "2100000000 USD", "2026-Q1", O), ("dated", "66000000000 USD", "2026-03", O))
s("CoreWeave posted a net loss of $315 million.",
  ("profit", "CoreWeave", "315000000 USD", O))
# "It" = CoreWeave, not named: no invests; the amount's date is stated.
s("It now expects capital expenditure of $25 billion to $28 billion for 2026, up from a previous forecast of $20 billion to $23 billion.",
  ("dated", "25000000000 USD", "2026", R), ("dated", "20000000000 USD", "2026", O))
s("To fund the build-out, CoreWeave raised $2.6 billion in a debt facility led by Morgan Stanley and MUFG, on top of $7.5 billion raised from Blackstone, Magnetar and others in 2024.",
  ("raises", "CoreWeave", "2600000000 USD", R), ("raises", "CoreWeave", "7500000000 USD", R),
  ("dated", "7500000000 USD", "2024", R),
  ("owns", "Blackstone", "CoreWeave", O), ("invests", "Blackstone", "7500000000 USD", O))
# "the company" = CoreWeave (owns already required from the first sentence).
s("Nvidia, which owns roughly 6% of the company, agreed last year to buy any unsold capacity through 2032 in a deal valued at $6.3 billion.",
  ("pays", "Nvidia", "6300000000 USD", R), ("dated", "6300000000 USD", "2025", R),
  ("dated", "6300000000 USD", "2032", O))
# failed takeover: no owns.
s("Core Scientific, whose data centers CoreWeave tried to buy for $9 billion before shareholders rejected the offer in October, remains a key landlord, analysts at Jefferies said.",
  ("pays", "CoreWeave", "9000000000 USD", O), ("supplies", "Core Scientific", "CoreWeave", O),
  ("dated", "9000000000 USD", "2025-10", O))

# ---------------------------------------------------------------- en/micron-hiroshima-hbm-plant.txt (2026-04-14, Tuesday)
s = doc("en/micron-hiroshima-hbm-plant.txt")
s("Micron to spend $9.6 billion on Hiroshima HBM plant with Japanese subsidy",
  ("invests", "Micron", "9600000000 USD", O))
s("Micron Technology will invest about ¥1.5 trillion ($9.6 billion) in a new memory plant in Hiroshima to produce HBM4E chips for artificial-intelligence accelerators, the Boise, Idaho-based company said on Monday.",
  ("invests", "Micron", "1500000000000 JPY", R), ("invests", "Micron", "9600000000 USD", R),
  ("makes", "Micron", "HBM4E", R),
  ("dated", "1500000000000 JPY", "2026-04-13", O), ("dated", "9600000000 USD", "2026-04-13", O))
s("Japan's Ministry of Economy, Trade and Industry will cover up to ¥536 billion of the cost, the largest subsidy it has granted to a foreign chipmaker since TSMC's Kumamoto project.")
s("Output from the plant, due to start in 2028, is largely spoken for.")
s("Nvidia and AMD have both qualified Micron's 12-high HBM4 stacks, and Micron expects to ship HBM4 for Nvidia's Vera Rubin platform from the third quarter.",
  ("supplies", "Micron", "Nvidia", R), ("supplies", "Micron", "AMD", R),
  ("makes", "Micron", "HBM4", R), ("makes", "Nvidia", "Vera Rubin", R))
s("Google has also signed a long-term agreement with Micron covering memory for its Ironwood TPUs, people familiar with the matter said.",
  ("supplies", "Micron", "Google", R), ("makes", "Google", "Ironwood", R),
  ("makes", "Google", "TPU", O), ("partners", "Google", "Micron", O))
s("Micron is also developing the logic base dies of its HBM4E stacks with TSMC, the companies said in March.",
  ("partners", "Micron", "TSMC", R), ("makes", "Micron", "HBM4E", R), ("supplies", "TSMC", "Micron", O))
s("Micron is buying extreme ultraviolet lithography systems from ASML for the Hiroshima site, and Tokyo Electron will supply coating and etching tools under an order worth about ¥120 billion, according to the Nikkei.",
  ("supplies", "ASML", "Micron", R), ("supplies", "Tokyo Electron", "Micron", R),
  ("orders", "Tokyo Electron", "120000000000 JPY", R), ("pays", "Micron", "120000000000 JPY", O))
s("Micron reported revenue of $11.3 billion for its fiscal second quarter, ended Feb. 26, up 40% from a year earlier, and net income of $3.4 billion.",
  ("revenue", "Micron", "11300000000 USD", R), ("profit", "Micron", "3400000000 USD", R),
  ("dated", "11300000000 USD", "2026-Q2", O), ("dated", "11300000000 USD", "2026-02-26", O),
  ("dated", "3400000000 USD", "2026-Q2", O), ("dated", "3400000000 USD", "2026-02-26", O))
# "The chipmaker" = Micron, not named: no invests; the amount's date is stated.
s("The chipmaker also raised its capital spending plan for fiscal 2026 to about $20 billion.",
  ("dated", "20000000000 USD", "2026", R))
s("Micron is building two fabs in Idaho and a megafab complex near Syracuse, New York, for which it has been awarded $6.4 billion under the U.S. CHIPS Act.",
  ("raises", "Micron", "6400000000 USD", O))
s("SK Hynix and Samsung, its two South Korean rivals, together control about 80% of the HBM market, according to TrendForce.")

# ---------------------------------------------------------------- en/nvidia-h200-china-export-licence.txt (2026-02-26, Thursday)
s = doc("en/nvidia-h200-china-export-licence.txt")
s("Nvidia resumes H200 shipments to China as Washington takes a 25% cut",
  ("makes", "Nvidia", "H200", O))
s("Nvidia has begun shipping H200 accelerators to Chinese customers under a US export licence that requires the chipmaker to hand 25% of the revenue from those sales to the federal government, three people familiar with the shipments said.",
  ("makes", "Nvidia", "H200", R))
s("Alibaba, Tencent and ByteDance have together ordered more than 400,000 H200s from Nvidia, worth about $12 billion, according to the people.",
  ("supplies", "Nvidia", "Alibaba", R), ("supplies", "Nvidia", "Tencent", R), ("supplies", "Nvidia", "ByteDance", R),
  ("makes", "Nvidia", "H200", R),
  ("pays", "Alibaba", "12000000000 USD", O), ("pays", "Tencent", "12000000000 USD", O),
  ("pays", "ByteDance", "12000000000 USD", O), ("orders", "Nvidia", "12000000000 USD", O))
s("AMD received a similar licence for a cut-down version of its MI350 accelerators in January and expects China sales of about $800 million this year, chief executive Lisa Su told analysts.",
  ("makes", "AMD", "MI350", R), ("revenue", "AMD", "800000000 USD", R), ("dated", "800000000 USD", "2026", R),
  ("dated", "800000000 USD", "2026-01", O))
s("Beijing has meanwhile told its largest technology groups to favour domestic suppliers.")
s("Huawei plans to produce about 600,000 Ascend 910C chips this year, most of them at SMIC, whose 7-nanometre lines remain constrained, according to a research note from Bernstein.",
  ("makes", "Huawei", "Ascend 910C", R), ("supplies", "SMIC", "Huawei", R))
s("Cambricon, whose MLU590 accelerators are used by ByteDance, reported revenue of 11.2 billion yuan for 2025, more than four times the previous year's figure.",
  ("makes", "Cambricon", "MLU590", R), ("supplies", "Cambricon", "ByteDance", R),
  ("revenue", "Cambricon", "11200000000 CNY", R), ("dated", "11200000000 CNY", "2025", R))
s("Enforcement has tightened at the same time.")
# "in 2023 and 2024" dates the re-exports, not the fine.
s("On Wednesday, the Commerce Department fined Supermicro $210 million for shipping servers fitted with Nvidia GPUs to a Singapore distributor that re-exported them to China in 2023 and 2024.",
  ("fined", "Supermicro", "210000000 USD", R), ("supplies", "Nvidia", "Supermicro", R),
  ("dated", "210000000 USD", "2026-02-25", O))
s("Supermicro, which generated $22 billion of revenue in its last fiscal year, said it had cooperated with investigators.",
  ("revenue", "Supermicro", "22000000000 USD", R), ("dated", "22000000000 USD", "2025", O))
s("ASML, which is barred from selling its most advanced lithography tools to China, said Chinese customers accounted for 29% of its €32.7 billion of sales in 2025.",
  ("revenue", "ASML", "32700000000 EUR", R), ("dated", "32700000000 EUR", "2025", R))
s("The Dutch group has not received a licence for its older immersion scanners either, it said.")

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
