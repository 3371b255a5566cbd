#!/usr/bin/env python3
"""Writes gold/facts.csv for devset16 from the hand annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
Every sentence of every article is listed (the front-matter title included), with an empty list
when it states no fact. Checks that every sentence is verbatim in its file and that the listed
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

ST = "STMicroelectronics"
HPE = "Hewlett Packard Enterprise"
VW = "Volkswagen"
SGF = "Samsung Foundry"
CZ = "Carl Zeiss SMT"

# ---------------------------------------------------------------- fr/renault-stmicroelectronics-carbure-silicium.txt (Thu 2026-03-12)
s = doc("fr/renault-stmicroelectronics-carbure-silicium.txt")
s("Renault sécurise ses puces de puissance auprès de STMicroelectronics",
  ("supplies", ST, "Renault", O))
s("Renault Group a signé avec STMicroelectronics un contrat d'approvisionnement de sept ans portant sur des modules de puissance en carbure de silicium destinés aux moteurs de ses futurs modèles électriques, a annoncé jeudi le constructeur.",
  ("supplies", ST, "Renault", R), ("partners", "Renault", ST, O))
# amount without any company; no date given for it
s("Le montant n'a pas été dévoilé, mais deux sources proches du dossier l'évaluent à environ 1,5 milliard d'euros sur la durée du contrat.")
# "le fabricant franco-italien" only: no supplies Soitec -> ST
s("Les modules seront produits à Catane, en Sicile, où le fabricant franco-italien assemble ses puces sur des plaquettes de 200 millimètres fournies en partie par Soitec.")
s("Pour Renault, qui s'approvisionnait jusqu'ici auprès de Wolfspeed par l'intermédiaire de son équipementier Valeo, il s'agit d'un changement de stratégie.",
  ("supplies", "Wolfspeed", "Renault", R), ("supplies", "Valeo", "Renault", R), ("supplies", "Wolfspeed", "Valeo", O))
# "Le constructeur ... qui lui livrera": Renault not named -> no supplies Infineon -> Renault
s("Le constructeur veut désormais traiter directement avec les fabricants de semi-conducteurs et dispose d'une deuxième source : l'allemand Infineon, qui lui livrera à partir de 2028 des puces pour les modèles d'entrée de gamme.")
s("Valeo, qui perd ainsi une partie du contrat, continuera de fournir à Renault les onduleurs complets de la gamme Alpine.",
  ("supplies", "Valeo", "Renault", R))
# "du constructeur": Renault not named -> makes only
s("Les futurs SUV électriques du constructeur seront par ailleurs équipés de puces Snapdragon de Qualcomm pour l'infodivertissement, dans le cadre d'un accord distinct.",
  ("makes", "Qualcomm", "Snapdragon", R))
s("STMicroelectronics compte déjà Tesla, BYD et Hyundai parmi ses clients dans le carbure de silicium, un marché où il revendique environ 30 % de parts.",
  ("supplies", ST, "Tesla", R), ("supplies", ST, "BYD", R), ("supplies", ST, "Hyundai", R))
# "Le groupe": no revenue row; the amount's date is stated
s("Le groupe, dont le chiffre d'affaires a reculé à 2,6 milliards de dollars au quatrième trimestre 2025, mise sur l'automobile pour renouer avec la croissance.",
  ("dated", "2600000000 USD", "2025-Q4", R))
s("ST prévoit d'investir entre 2 et 2,5 milliards de dollars cette année, dont une part à Catane.",
  ("invests", ST, "2000000000 USD", R), ("dated", "2000000000 USD", "2026", R))
s("Selon La Tribune, Stellantis négocierait également avec ST un accord similaire, sans qu'aucune décision n'ait été prise.",
  ("supplies", ST, "Stellantis", O), ("partners", "Stellantis", ST, O))
s("Le titre STMicroelectronics a gagné 4 % jeudi à la Bourse de Paris.")

# ---------------------------------------------------------------- fr/soitec-plaquettes-globalfoundries-samsung.txt (Thu 2026-06-04)
s = doc("fr/soitec-plaquettes-globalfoundries-samsung.txt")
s("Soitec signe un accord de plaquettes avec GlobalFoundries et perd un client chinois",
  ("supplies", "Soitec", "GlobalFoundries", O), ("partners", "Soitec", "GlobalFoundries", O))
s("Soitec a conclu avec GlobalFoundries un accord pluriannuel de fourniture de plaquettes SOI, a indiqué mercredi soir le spécialiste grenoblois des substrats, qui publiait ses résultats annuels.",
  ("supplies", "Soitec", "GlobalFoundries", R), ("partners", "Soitec", "GlobalFoundries", O))
# "Le fondeur américain ... qu'il fabrique pour Qualcomm": GlobalFoundries not named -> date only
s("Le fondeur américain s'engage à acheter pour au moins 700 millions de dollars de substrats d'ici à 2030, qui serviront notamment aux puces radiofréquence qu'il fabrique pour Qualcomm.",
  ("dated", "700000000 USD", "2030", R))
s("Soitec a aussi obtenu de Samsung Foundry une réservation de capacités sur sa ligne de Bernin, assortie d'un acompte de 80 millions d'euros.",
  ("supplies", "Soitec", SGF, R), ("pays", SGF, "80000000 EUR", R), ("orders", "Soitec", "80000000 EUR", O))
s("Parmi les autres clients de Soitec figurent STMicroelectronics, qui grave ses puces FD-SOI sur ces plaquettes, et TSMC.",
  ("supplies", "Soitec", ST, R), ("supplies", "Soitec", "TSMC", R))
s("Soitec a en revanche perdu Hua Hong Semiconductor, qui lui achetait jusqu'ici des plaquettes pour ses capteurs d'images et se tourne vers des producteurs chinois, moins chers.",
  ("supplies", "Soitec", "Hua Hong Semiconductor", R))
s("Sur son exercice clos fin mars 2026, Soitec a réalisé un chiffre d'affaires de 812 millions d'euros, en baisse de 9 %, et un résultat net de 41 millions d'euros.",
  ("revenue", "Soitec", "812000000 EUR", R), ("profit", "Soitec", "41000000 EUR", R),
  ("dated", "812000000 EUR", "2026-03", O), ("dated", "812000000 EUR", "2026", O),
  ("dated", "41000000 EUR", "2026-03", O), ("dated", "41000000 EUR", "2026", O))
s("La division Mobile Communications, qui fournit les substrats RF-SOI des smartphones haut de gamme, a représenté 64 % des ventes.")
# "le groupe": no revenue row; the amount's date is stated
s("Pour 2027, le groupe vise des revenus compris entre 800 et 850 millions d'euros, soit une stabilisation après deux années de repli.",
  ("dated", "800000000 EUR", "2027", R))
s("Bpifrance, qui détient environ 10 % du capital de Soitec aux côtés du CEA, a réaffirmé son soutien à la direction.",
  ("owns", "Bpifrance", "Soitec", R))
s("Selon Bloomberg, Samsung envisagerait de monter au capital de Soitec, une information que le groupe n'a pas commentée.",
  ("owns", "Samsung", "Soitec", O))
s("L'action a cédé 6 % jeudi matin à Paris, les investisseurs s'inquiétant de la faiblesse persistante du marché des smartphones.")

# ---------------------------------------------------------------- fr/scaleway-commande-serveurs-hpe.txt (Tue 2026-09-22)
s = doc("fr/scaleway-commande-serveurs-hpe.txt")
s("Scaleway commande pour 650 millions d'euros de serveurs d'IA à HPE",
  ("supplies", HPE, "Scaleway", O), ("pays", "Scaleway", "650000000 EUR", O), ("orders", HPE, "650000000 EUR", O))
s("Scaleway, la filiale cloud du groupe Iliad, a commandé à Hewlett Packard Enterprise environ 650 millions d'euros de serveurs équipés de puces Blackwell Ultra de Nvidia, a confirmé mardi l'entreprise.",
  ("owns", "Iliad", "Scaleway", R), ("supplies", HPE, "Scaleway", R), ("pays", "Scaleway", "650000000 EUR", R),
  ("makes", "Nvidia", "Blackwell Ultra", R),
  ("orders", HPE, "650000000 EUR", O), ("supplies", "Nvidia", "Scaleway", O), ("supplies", "Nvidia", HPE, O))
s("Les machines, livrées à partir de décembre dans le centre de données de Saint-Ouen-l'Aumône, porteront à près de 15 000 le nombre de GPU du fournisseur français.")
# no vendor named for the rack; Bernstein is a source
s("Chaque baie GB300 NVL72 est facturée environ 3 millions d'euros, selon un analyste de Bernstein.")
s("Mistral AI, premier client de Scaleway pour l'entraînement de modèles, a déjà réservé la moitié de cette capacité pour trois ans.",
  ("supplies", "Scaleway", "Mistral AI", R))
# "La start-up parisienne": Mistral AI not named -> no supplies Microsoft -> Mistral AI
s("La start-up parisienne, qui loue aussi des serveurs à Microsoft et exploite son propre site dans l'Essonne, cherche à réduire sa dépendance aux hyperscalers américains.")
s("Iliad, qui a investi 3 milliards d'euros dans l'IA depuis 2024, n'exclut pas de commander des accélérateurs MI355X à AMD pour diversifier ses approvisionnements.",
  ("invests", "Iliad", "3000000000 EUR", R), ("dated", "3000000000 EUR", "2024", R),
  ("makes", "AMD", "MI355X", R), ("supplies", "AMD", "Iliad", O))
s("« Nous ne voulons dépendre d'aucun fournisseur unique », a expliqué un porte-parole de Scaleway.")
s("HPE, qui assemble ces serveurs dans son usine tchèque de Kutná Hora, a enregistré au troisième trimestre de son exercice 2026 des prises de commandes record de 3,4 milliards de dollars dans l'IA.",
  ("orders", HPE, "3400000000 USD", R), ("dated", "3400000000 USD", "2026-Q3", R))
# "Le groupe américain avait perdu ... le contrat d'OVHcloud": HPE not named -> no HPE -> OVHcloud row
s("Le groupe américain avait perdu en début d'année le contrat d'OVHcloud, qui conçoit lui-même ses serveurs et s'est tourné vers Supermicro et Lenovo pour ses nouvelles baies à refroidissement liquide.",
  ("supplies", "Supermicro", "OVHcloud", R), ("supplies", "Lenovo", "OVHcloud", R))
s("Sesterce, autre néocloud français, a pour sa part signé avec Dell Technologies.",
  ("supplies", "Dell Technologies", "Sesterce", O), ("partners", "Sesterce", "Dell Technologies", O))

# ---------------------------------------------------------------- fr/valeo-commande-bmw-calculateurs.txt (Thu 2026-07-23)
s = doc("fr/valeo-commande-bmw-calculateurs.txt")
s("Valeo décroche une commande géante de BMW pour ses calculateurs d'aide à la conduite",
  ("supplies", "Valeo", "BMW", O))
s("L'équipementier Valeo a remporté auprès de BMW une commande de 1,8 milliard d'euros pour fournir, à partir de 2028, les calculateurs d'aide à la conduite de plusieurs modèles de la Neue Klasse, a annoncé jeudi le groupe en publiant ses résultats semestriels.",
  ("supplies", "Valeo", "BMW", R), ("orders", "Valeo", "1800000000 EUR", R),
  ("pays", "BMW", "1800000000 EUR", O), ("dated", "1800000000 EUR", "2028", O))
# "Ces boîtiers": Valeo not named -> no supplies Mobileye/Qualcomm -> Valeo; EyeQ6 is not in the chip gazetteer
s("Ces boîtiers seront équipés de puces EyeQ6 de Mobileye, la filiale israélienne d'Intel, et d'un processeur Snapdragon de Qualcomm.",
  ("owns", "Intel", "Mobileye", R), ("makes", "Qualcomm", "Snapdragon", R))
s("Mobileye fait graver ses puces par TSMC à Taïwan.",
  ("supplies", "TSMC", "Mobileye", R))
s("C'est un revers pour Continental, qui fournissait jusqu'ici BMW en radars et caméras et n'a pas été retenu.",
  ("supplies", "Continental", "BMW", R))
# "le constructeur munichois" only, and hypothetical
s("Selon plusieurs analystes, le constructeur munichois aurait aussi envisagé de confier le contrat à Bosch.")
s("Au premier semestre, le chiffre d'affaires de Valeo a reculé de 3 % à 10,4 milliards d'euros, tandis que son résultat net a atteint 212 millions d'euros.",
  ("revenue", "Valeo", "10400000000 EUR", R), ("profit", "Valeo", "212000000 EUR", R),
  ("dated", "10400000000 EUR", "2026-H1", O), ("dated", "212000000 EUR", "2026-H1", O))
# order intake of an unnamed company; "le groupe travaille avec": Valeo not named
s("Les prises de commandes se sont élevées à 14,5 milliards d'euros sur la période, dont près d'un tiers en Chine, où le groupe travaille avec Horizon Robotics.")
s("Valeo achète l'essentiel de ses microcontrôleurs à Infineon et à NXP, et a signé l'an dernier un accord de second approvisionnement avec Renesas pour limiter les risques de pénurie.",
  ("supplies", "Infineon", "Valeo", R), ("supplies", "NXP", "Valeo", R), ("supplies", "Renesas", "Valeo", R),
  ("partners", "Valeo", "Renesas", O))
# negated supply (and the buyer only described); the parent is named
s("L'équipementier français n'a en revanche jamais fait appel à Nexperia, dont les livraisons avaient été interrompues fin 2025 après un conflit entre La Haye et sa maison mère chinoise, Wingtech.",
  ("owns", "Wingtech", "Nexperia", R))
s("Stellantis, autre grand client de Valeo, a par ailleurs confirmé jeudi qu'il lui commanderait des caméras pour 400 millions d'euros supplémentaires.",
  ("supplies", "Valeo", "Stellantis", R), ("pays", "Stellantis", "400000000 EUR", R), ("orders", "Valeo", "400000000 EUR", O))
s("Le titre Valeo a bondi de 6 % à la Bourse de Paris.")

# ---------------------------------------------------------------- de/asml-auftraege-zeiss-optiken.txt (Wed 2026-10-14)
s = doc("de/asml-auftraege-zeiss-optiken.txt")
s("ASML verbucht Rekordaufträge – Zeiss bleibt exklusiver Optiklieferant",
  ("supplies", "Zeiss", "ASML", O))
s("Der niederländische Lithografie-Spezialist ASML hat im dritten Quartal Aufträge über 7,9 Milliarden Euro erhalten, deutlich mehr als von Analysten erwartet.",
  ("orders", "ASML", "7900000000 EUR", R), ("dated", "7900000000 EUR", "2026-Q3", O))
# "der Konzern": ASML not named -> no revenue/profit rows
s("Der Umsatz lag bei 8,1 Milliarden Euro, der Nettogewinn bei 2,3 Milliarden Euro, teilte der Konzern am Mittwoch in Veldhoven mit.")
s("Größter Kunde von ASML bleibt TSMC, der allein gut ein Drittel der Bestellungen für EUV-Anlagen beisteuerte, gefolgt von Samsung und Intel.",
  ("supplies", "ASML", "TSMC", R), ("supplies", "ASML", "Samsung", R), ("supplies", "ASML", "Intel", R))
s("Die Optiken für sämtliche Belichtungsmaschinen bezieht ASML ausschließlich von Carl Zeiss SMT, an der die Niederländer seit 2016 mit 24,9 Prozent beteiligt sind.",
  ("supplies", CZ, "ASML", R), ("owns", "ASML", CZ, R))
# "Die Zeiss-Tochter": the subsidiary is only described -> no revenue row (and not Zeiss's revenue)
s("Die Zeiss-Tochter aus Oberkochen erwirtschaftete zuletzt einen Jahresumsatz von 4,6 Milliarden Euro.")
# negated
s("Einen zweiten Lieferanten gibt es nicht: Weder Nikon noch Canon können Spiegel in der nötigen Präzision fertigen.")
s("Für die Lichtquelle setzt ASML auf die eigene Tochter Cymer, die Hochleistungslaser für die EUV-Systeme kommen vom Ditzinger Maschinenbauer Trumpf.",
  ("owns", "ASML", "Cymer", R), ("supplies", "Trumpf", "ASML", R), ("supplies", "Cymer", "ASML", O))
s("Trumpf hatte zuletzt Aufträge im Wert von 5,2 Milliarden Euro gemeldet, rund ein Fünftel davon aus dem Halbleitergeschäft.",
  ("orders", "Trumpf", "5200000000 EUR", R))
# "Der Familienkonzern ... an die Niederländer": both ends only described
s("Der Familienkonzern liefert die Laser seit mehr als zwei Jahrzehnten exklusiv an die Niederländer und hat dafür eigens eine Fertigung aufgebaut.")
s("Für 2027 rechnet das ASML-Management mit einem Umsatz zwischen 36 und 40 Milliarden Euro.",
  ("revenue", "ASML", "36000000000 EUR", R), ("dated", "36000000000 EUR", "2027", R))
# supplier not named (and the supply is said to be mostly stopped)
s("Sorgen bereitet der China-Anteil: Kunden wie SMIC und Hua Hong, die 2025 noch fast 40 Prozent der Erlöse ausmachten, dürfen wegen der Exportkontrollen kaum noch beliefert werden.")
s("Analysten der DZ Bank sehen darin jedoch kein Risiko für die Prognose, zumal die Nachfrage nach Anlagen für Speicherchips anzieht.")

# ---------------------------------------------------------------- de/volkswagen-direktvertraege-chips.txt (Wed 2026-02-18)
s = doc("de/volkswagen-direktvertraege-chips.txt")
s("Volkswagen kauft Chips künftig direkt bei den Herstellern")
s("Volkswagen zieht Lehren aus der Nexperia-Krise: Der Wolfsburger Konzern hat mit Infineon, NXP und Renesas direkte Lieferverträge über Mikrocontroller und Leistungshalbleiter geschlossen, wie ein Sprecher am Mittwoch bestätigte.",
  ("supplies", "Infineon", VW, R), ("supplies", "NXP", VW, R), ("supplies", "Renesas", VW, R),
  ("partners", VW, "Infineon", O), ("partners", VW, "NXP", O), ("partners", VW, "Renesas", O))
# "der Autobauer": Volkswagen not named -> no supplies rows
s("Bislang bezog der Autobauer die meisten Bauteile indirekt über Zulieferer wie Bosch, Continental und ZF, die sie in ihre Steuergeräte einbauen.")
s("Das Volumen der Verträge soll sich nach Informationen des Handelsblatts auf mehr als 3 Milliarden Euro bis 2030 summieren.",
  ("dated", "3000000000 EUR", "2030", R))
s("Nexperia, die niederländische Tochter des chinesischen Wingtech-Konzerns, hatte im Herbst 2025 die Auslieferung von Chips an europäische Kunden zeitweise eingestellt.",
  ("owns", "Wingtech", "Nexperia", R))
s("Damals mussten mehrere VW-Werke die Produktion drosseln, weil Steuergeräte von Bosch und Continental fehlten.",
  ("supplies", "Bosch", VW, O), ("supplies", "Continental", VW, O))
s("Infineon beliefert Volkswagen schon heute mit Leistungshalbleitern für die Elektroplattform MEB; das Autogeschäft der Münchner erzielte im ersten Quartal des Geschäftsjahres 2026 einen Umsatz von 1,9 Milliarden Euro.",
  ("supplies", "Infineon", VW, R), ("revenue", "Infineon", "1900000000 EUR", R), ("dated", "1900000000 EUR", "2026-Q1", R))
s("Einen Teil seiner Mikrocontroller lässt Infineon bei TSMC fertigen, künftig auch im Dresdner Gemeinschaftswerk ESMC.",
  ("supplies", "TSMC", "Infineon", R), ("supplies", "ESMC", "Infineon", O), ("partners", "Infineon", "TSMC", O))
# indirect question
s("Wie viel Volkswagen bei NXP einkaufen wird, wollten beide Unternehmen nicht sagen.",
  ("supplies", "NXP", VW, O))
# the parent of Cariad is not named in the sentence
s("Die Software-Tochter Cariad entwickelt unterdessen mit Horizon Robotics in China ein Fahrassistenzsystem, für das der chinesische Partner eigene Chips liefert.",
  ("partners", "Cariad", "Horizon Robotics", R), ("supplies", "Horizon Robotics", "Cariad", O))
# the joint venture has no name
s("An dem Gemeinschaftsunternehmen hält Volkswagen 60 Prozent.")
s("Der Volkswagen-Konzern hatte 2025 rund 2,7 Milliarden Euro für Halbleiter ausgegeben.",
  ("dated", "2700000000 EUR", "2025", R), ("pays", VW, "2700000000 EUR", O))
s("Ein Sprecher von Bosch erklärte, man sehe die Direktverträge nicht als Konkurrenz, sondern als Ergänzung des eigenen Geschäfts.")
s("Auch Stellantis und BMW verhandeln nach Handelsblatt-Informationen mit Halbleiterherstellern über ähnliche Direktverträge.")

# ---------------------------------------------------------------- de/stackit-ki-server-supermicro-hpe.txt (Wed 2026-05-06)
s = doc("de/stackit-ki-server-supermicro-hpe.txt")
s("Stackit bestellt KI-Server bei Supermicro und HPE",
  ("supplies", "Supermicro", "Stackit", O), ("supplies", HPE, "Stackit", O))
s("Die Cloud-Tochter der Schwarz-Gruppe, Stackit, hat bei Supermicro und Hewlett Packard Enterprise Server für ihr neues KI-Rechenzentrum in Lübbenau bestellt.",
  ("owns", "Schwarz Gruppe", "Stackit", R), ("supplies", "Supermicro", "Stackit", R), ("supplies", HPE, "Stackit", R))
s("Das Auftragsvolumen liegt nach Angaben aus Branchenkreisen bei rund 900 Millionen Euro.")
s("In den Racks stecken Nvidias GB300-Superchips sowie AMDs Instinct MI355X, die Stackit als zweite Quelle für Inferenz-Anwendungen einsetzt.",
  ("makes", "Nvidia", "GB300", R), ("makes", "AMD", "MI355X", R), ("supplies", "AMD", "Stackit", R),
  ("supplies", "Nvidia", "Stackit", O))
s("Speicherchips vom Typ HBM3E liefern SK Hynix und Samsung an die Serverbauer, nicht direkt an den Cloudanbieter.",
  ("makes", "SK Hynix", "HBM3E", R), ("makes", "Samsung", "HBM3E", R))
s("Mit der Bestellung bei zwei Herstellern will Stackit vermeiden, von einem einzigen Lieferanten abhängig zu sein, wie es zuvor bei Dell der Fall war.",
  ("supplies", "Dell Technologies", "Stackit", O))
s("Stackit betreibt bereits Rechenzentren in Neckarsulm und Ellhofen und zählt neben Lidl und Kaufland auch SAP, die Deutsche Bahn und Aleph Alpha zu seinen Kunden.",
  ("supplies", "Stackit", "Lidl", R), ("supplies", "Stackit", "Kaufland", R), ("supplies", "Stackit", "SAP", R),
  ("supplies", "Stackit", "Aleph Alpha", R))
s("Die Schwarz-Gruppe will bis 2030 insgesamt 11 Milliarden Euro in den Standort Lübbenau investieren.",
  ("invests", "Schwarz Gruppe", "11000000000 EUR", R), ("dated", "11000000000 EUR", "2030", R))
# passive without agent: the operator is not named
s("Betrieben wird das Rechenzentrum gemeinsam mit dem Energieversorger EnBW, der auch den Strom für die Anlage liefert.")
s("Für die Serverhersteller ist der Auftrag ein Prestigeprojekt in Europa.")
s("Supermicro hatte im dritten Quartal seines Geschäftsjahres 2026 einen Umsatz von 5,8 Milliarden Dollar ausgewiesen, HPE meldete zuletzt einen Auftragsbestand für KI-Systeme von 3,7 Milliarden Dollar.",
  ("revenue", "Supermicro", "5800000000 USD", R), ("dated", "5800000000 USD", "2026-Q3", R),
  ("orders", HPE, "3700000000 USD", R))
s("Die Konkurrenz ist groß: Die Deutsche Telekom baut ihre KI-Fabrik in München mit Nvidia, während Ionos Server von Dell und Lenovo bezieht.",
  ("partners", "Deutsche Telekom", "Nvidia", R), ("supplies", "Dell Technologies", "Ionos", R), ("supplies", "Lenovo", "Ionos", R),
  ("supplies", "Nvidia", "Deutsche Telekom", O))
# an open question, and unconfirmed talks
s("Ob die Telekom künftig auch Rechenleistung an Stackit vermietet, ist offen; Gespräche darüber hat keine der beiden Seiten bestätigt.")

# ---------------------------------------------------------------- de/siltronic-quartal-liefervertraege.txt (Thu 2026-10-29)
s = doc("de/siltronic-quartal-liefervertraege.txt")
s("Siltronic: Langfristverträge stützen das Geschäft, Umsatz sinkt")
s("Der Waferhersteller Siltronic hat im dritten Quartal einen Umsatz von 352 Millionen Euro erzielt, sechs Prozent weniger als ein Jahr zuvor.",
  ("revenue", "Siltronic", "352000000 EUR", R), ("dated", "352000000 EUR", "2026-Q3", O))
# "das Münchner Unternehmen": Siltronic not named -> no profit rows
s("Das Ebitda sank auf 71 Millionen Euro, unter dem Strich stand ein Verlust von 18 Millionen Euro, teilte das Münchner Unternehmen am Donnerstag mit.")
s("Stabilisiert wird das Geschäft durch langfristige Lieferverträge, die Siltronic mit Kunden wie TSMC, Samsung und Infineon geschlossen hat.",
  ("supplies", "Siltronic", "TSMC", R), ("supplies", "Siltronic", "Samsung", R), ("supplies", "Siltronic", "Infineon", R),
  ("partners", "Siltronic", "TSMC", O), ("partners", "Siltronic", "Samsung", O), ("partners", "Siltronic", "Infineon", O))
# supplier not named in this sentence
s("Einige Abnehmer haben dafür Vorauszahlungen geleistet; allein Infineon überwies nach Unternehmensangaben 120 Millionen Euro, um sich Kapazitäten im neuen Werk in Singapur zu sichern.",
  ("pays", "Infineon", "120000000 EUR", R))
s("Auch GlobalFoundries, das in Dresden Chips fertigt, gehört zu den Abnehmern von Siltronic, bestellt nach Angaben aus Branchenkreisen derzeit aber weniger.",
  ("supplies", "Siltronic", "GlobalFoundries", R))
s("Den Rohstoff Polysilizium bezieht Siltronic überwiegend von Wacker Chemie, die mit knapp 31 Prozent größter Aktionär des Unternehmens ist.",
  ("supplies", "Wacker Chemie", "Siltronic", R), ("owns", "Wacker Chemie", "Siltronic", R))
# failed takeover, target only described
s("Die 2022 gescheiterte Übernahme durch den taiwanischen Rivalen GlobalWafers gilt als abgehakt; ein neues Angebot halten Beobachter für unwahrscheinlich.")
s("Die Wettbewerber SUMCO und Shin-Etsu Chemical hatten zuletzt ebenfalls über schwache Nachfrage aus der Chipindustrie geklagt.")
s("Für das Gesamtjahr erwartet Siltronic nun einen Umsatz von 1,35 bis 1,4 Milliarden Euro; bislang hatte der Vorstand 1,45 Milliarden Euro in Aussicht gestellt.",
  ("revenue", "Siltronic", "1350000000 EUR", R), ("revenue", "Siltronic", "1450000000 EUR", O),
  ("dated", "1350000000 EUR", "2026", O), ("dated", "1450000000 EUR", "2026", O))
# "der Konzern": no invests rows; the date of the 200m is stated
s("Die Investitionen sollen 2027 auf rund 200 Millionen Euro sinken, nachdem der Konzern in den vergangenen Jahren mehr als 2 Milliarden Euro in Singapur ausgegeben hatte.",
  ("dated", "200000000 EUR", "2027", R))
s("An der Börse legte die Aktie dennoch um drei Prozent zu, weil Analysten von Jefferies mit schwächeren Zahlen gerechnet hatten.")

# ---------------------------------------------------------------- en/sk-hynix-hbm4-nvidia-rubin.txt (Thu 2026-07-23)
s = doc("en/sk-hynix-hbm4-nvidia-rubin.txt")
s("SK Hynix sells out 2027 memory output as Nvidia locks in HBM4 for Rubin",
  ("supplies", "SK Hynix", "Nvidia", O), ("makes", "SK Hynix", "HBM4", O), ("makes", "Nvidia", "Vera Rubin", O))
s("SK Hynix said on Thursday it had sold out its entire high-bandwidth memory capacity for 2027 after Nvidia agreed to take the bulk of its HBM4 output for the Rubin generation of AI accelerators.",
  ("supplies", "SK Hynix", "Nvidia", R), ("makes", "SK Hynix", "HBM4", R), ("makes", "Nvidia", "Vera Rubin", O))
# "The South Korean chipmaker": no profit/revenue rows; bare quarter
s("The South Korean chipmaker reported second-quarter operating profit of 14.2 trillion won, up 51% from a year earlier, on revenue of 25.6 trillion won.",
  ("dated", "14200000000000 KRW", "2026-Q2", O), ("dated", "25600000000000 KRW", "2026-Q2", O))
s("Net profit at SK Hynix rose to 10.9 trillion won.",
  ("profit", "SK Hynix", "10900000000000 KRW", R))
s("Nvidia's Vera Rubin platform, due to ship in volume in the second half of 2026, pairs each GPU with 288 gigabytes of HBM4.",
  ("makes", "Nvidia", "Vera Rubin", R))
s("Samsung Electronics, which lost much of its Nvidia business to SK Hynix two years ago, has qualified its own HBM4 chips with the U.S. company and will serve as a second source, people familiar with the matter said.",
  ("makes", "Samsung", "HBM4", R), ("supplies", "Samsung", "Nvidia", R), ("supplies", "SK Hynix", "Nvidia", R))
s("Micron, the only U.S. maker of memory chips, has also begun shipping HBM4 samples to Nvidia and counts AMD among its HBM3E customers.",
  ("supplies", "Micron", "Nvidia", R), ("supplies", "Micron", "AMD", R), ("makes", "Micron", "HBM3E", R),
  ("makes", "Micron", "HBM4", O))
s("AMD's MI450 accelerators, which OpenAI and Oracle have ordered in large numbers, use HBM4 from Samsung.",
  ("makes", "AMD", "MI450", R), ("supplies", "AMD", "OpenAI", R), ("supplies", "AMD", "Oracle", R),
  ("supplies", "Samsung", "AMD", R), ("makes", "Samsung", "HBM4", R))
s("Packaging of the memory stacks onto Nvidia's chips is done by TSMC, whose CoWoS capacity Nvidia has largely reserved through 2027.",
  ("supplies", "TSMC", "Nvidia", R))
s("SK Hynix plans to spend about 30 trillion won this year on new lines in Icheon and Cheongju, and is building a $3.9 billion packaging plant in Indiana.",
  ("invests", "SK Hynix", "30000000000000 KRW", R), ("dated", "30000000000000 KRW", "2026", R),
  ("invests", "SK Hynix", "3900000000 USD", R))
# "the memory maker" is SK Hynix only described; Counterpoint Research is a source
s("Analysts at Counterpoint Research expect the memory maker to keep more than half of the HBM market next year, even as Chinese rival CXMT starts supplying Huawei with its first HBM3 chips.",
  ("supplies", "CXMT", "Huawei", R), ("makes", "CXMT", "HBM3", R))
s("Shares of SK Hynix rose 3.2% in Seoul, while Samsung fell 1.1%.")

# ---------------------------------------------------------------- en/tsmc-first-quarter-advanced-capacity.txt (Thu 2026-04-16)
s = doc("en/tsmc-first-quarter-advanced-capacity.txt")
s("TSMC profit jumps 41% as Apple and Nvidia snap up advanced capacity",
  ("supplies", "TSMC", "Apple", O), ("supplies", "TSMC", "Nvidia", O))
s("Taiwan Semiconductor Manufacturing Co. reported a 41% jump in first-quarter net income to NT$398 billion on Thursday, as demand for AI accelerators kept its most advanced factories running at full tilt.",
  ("profit", "TSMC", "398000000000 TWD", R), ("dated", "398000000000 TWD", "2026-Q1", O))
# "the world's largest contract chipmaker": TSMC not named -> no revenue rows
s("Revenue rose to NT$958 billion, or about $29.8 billion, the world's largest contract chipmaker said.")
s("Apple, TSMC's biggest customer, has booked most of the foundry's initial 2-nanometer output for the processors in this year's iPhones, according to analysts at Morgan Stanley.",
  ("supplies", "TSMC", "Apple", R))
s("Nvidia, whose Blackwell and Rubin GPUs are made exclusively by TSMC, is expected to overtake Apple as its largest customer by next year.",
  ("makes", "Nvidia", "Blackwell", R), ("makes", "Nvidia", "Vera Rubin", R), ("supplies", "TSMC", "Nvidia", R),
  ("supplies", "TSMC", "Apple", O), ("makes", "TSMC", "Blackwell", O), ("makes", "TSMC", "Vera Rubin", O))
s("Advanced Micro Devices, Broadcom and Qualcomm have also reserved capacity on TSMC's N2 process, while MediaTek said in February that its next flagship smartphone chip would be produced there.",
  ("supplies", "TSMC", "AMD", R), ("supplies", "TSMC", "Broadcom", R), ("supplies", "TSMC", "Qualcomm", R),
  ("supplies", "TSMC", "MediaTek", R))
s("Intel, which still outsources some of its Core Ultra processors to TSMC, is trying to win back business for its own factories and has signed Microsoft as a customer for the Maia 200 accelerator on its 18A node.",
  ("supplies", "TSMC", "Intel", R), ("makes", "Intel", "Core Ultra", R), ("supplies", "Intel", "Microsoft", R),
  ("makes", "Microsoft", "Maia 200", O), ("makes", "Intel", "Maia 200", O))
s("Samsung Electronics, TSMC's closest rival, has struggled with yields but landed a $16.5 billion order from Tesla last year.",
  ("supplies", "Samsung", "Tesla", R), ("orders", "Samsung", "16500000000 USD", R), ("dated", "16500000000 USD", "2025", R),
  ("pays", "Tesla", "16500000000 USD", O))
s("TSMC expects capital spending of $52 billion to $56 billion in 2026, including new fabs in Arizona, Kumamoto and Dresden, where it runs a joint venture with Bosch, Infineon and NXP.",
  ("invests", "TSMC", "52000000000 USD", R), ("dated", "52000000000 USD", "2026", R),
  ("partners", "TSMC", "Bosch", R), ("partners", "TSMC", "Infineon", R), ("partners", "TSMC", "NXP", R),
  ("partners", "Bosch", "Infineon", O), ("partners", "Bosch", "NXP", O), ("partners", "Infineon", "NXP", O))
s("Packaging partner Amkor, which is building a $2 billion plant in Arizona, said Apple and Nvidia would be among its first customers there.",
  ("invests", "Amkor", "2000000000 USD", R), ("supplies", "Amkor", "Apple", R), ("supplies", "Amkor", "Nvidia", R))
s("TSMC's shares have gained 18% this year, giving the company a market value of about $1.3 trillion.",
  ("values", "TSMC", "1300000000000 USD", O))

# ---------------------------------------------------------------- en/tesla-ai5-samsung-tsmc-dual-sourcing.txt (Thu 2026-11-05)
s = doc("en/tesla-ai5-samsung-tsmc-dual-sourcing.txt")
s("Tesla splits AI5 chip production between Samsung and TSMC",
  ("makes", "Tesla", "AI5", O), ("supplies", "Samsung", "Tesla", O), ("supplies", "TSMC", "Tesla", O))
s("Tesla will have its next-generation AI5 self-driving chip built by both Samsung Electronics and TSMC, the carmaker told shareholders on Thursday, confirming a dual-sourcing plan that suppliers had expected for months.",
  ("makes", "Tesla", "AI5", R), ("supplies", "Samsung", "Tesla", R), ("supplies", "TSMC", "Tesla", R),
  ("makes", "Samsung", "AI5", O), ("makes", "TSMC", "AI5", O))
# customer not named in this sentence; the contract's end date is the amount's
s("Samsung will produce the chip at its plant in Taylor, Texas, under a contract worth $16.5 billion that runs until the end of 2033, while TSMC will make a smaller volume in Arizona.",
  ("dated", "16500000000 USD", "2033", R), ("orders", "Samsung", "16500000000 USD", O))
# "The electric-car maker": Tesla not named -> no supplies/pays rows
s("The electric-car maker currently relies on Nvidia hardware to train its driving software and bought about $4 billion worth of H200 and GB200 systems last year, according to estimates by Bernstein.",
  ("dated", "4000000000 USD", "2025", R), ("makes", "Nvidia", "H200", O), ("makes", "Nvidia", "GB200", O))
s("Tesla said it would halve those purchases in 2027 once AI5 and its successor, AI6, are running in its data centers, but described Nvidia as a partner it would keep working with.",
  ("partners", "Tesla", "Nvidia", R), ("supplies", "Nvidia", "Tesla", O),
  ("makes", "Tesla", "AI5", O), ("makes", "Tesla", "AI6", O))
s("In its cars, Tesla's current driving computer also comes from Samsung, which fabricates it in Hwaseong.",
  ("supplies", "Samsung", "Tesla", R))
# Intel only pitched (no supply); "lost ... as customers to TSMC": the winner is required, the loser's past supply optional
s("The decision is a blow to Intel, which had pitched its 18A process to Tesla, and a boost for Samsung's foundry arm, which lost Nvidia and Qualcomm as customers to TSMC over the past three years.",
  ("supplies", "TSMC", "Nvidia", R), ("supplies", "TSMC", "Qualcomm", R),
  ("supplies", "Samsung", "Nvidia", O), ("supplies", "Samsung", "Qualcomm", O))
s("Elsewhere in the car industry, BYD and Xiaomi buy Nvidia's Drive Thor processors, while Mercedes-Benz and Hyundai use Qualcomm's Snapdragon Ride platform.",
  ("makes", "Nvidia", "Drive Thor", R), ("supplies", "Nvidia", "BYD", R), ("supplies", "Nvidia", "Xiaomi", R),
  ("supplies", "Qualcomm", "Mercedes-Benz", R), ("supplies", "Qualcomm", "Hyundai", R),
  ("makes", "Qualcomm", "Snapdragon", O))
s("Mobileye, majority-owned by Intel, lost a large order from Volkswagen earlier this year but still supplies Audi and Porsche.",
  ("owns", "Intel", "Mobileye", R), ("supplies", "Mobileye", "Audi", R), ("supplies", "Mobileye", "Porsche", R),
  ("supplies", "Mobileye", "Volkswagen", O))
s("Tesla reported third-quarter revenue of $28.1 billion and net income of $1.9 billion last month.",
  ("revenue", "Tesla", "28100000000 USD", R), ("profit", "Tesla", "1900000000 USD", R),
  ("dated", "28100000000 USD", "2026-Q3", O), ("dated", "1900000000 USD", "2026-Q3", O),
  ("dated", "28100000000 USD", "2026-10", O), ("dated", "1900000000 USD", "2026-10", O))
s("It has said it could build its own chip factory if foundry partners cannot keep up.")

# ---------------------------------------------------------------- en/dell-ai-server-backlog-xai-coreweave.txt (Fri 2026-08-28)
s = doc("en/dell-ai-server-backlog-xai-coreweave.txt")
DELL = "Dell Technologies"
s("Dell's AI server backlog swells to $21 billion on orders from xAI and CoreWeave",
  ("orders", DELL, "21000000000 USD", O), ("supplies", DELL, "xAI", O), ("supplies", DELL, "CoreWeave", O))
s("Dell Technologies said on Thursday it had booked $9.4 billion of orders for AI servers over the past three months, lifting its backlog to a record $21.3 billion.",
  ("orders", DELL, "9400000000 USD", R), ("orders", DELL, "21300000000 USD", R),
  ("dated", "9400000000 USD", "2026-08-27", O), ("dated", "21300000000 USD", "2026-08-27", O))
s("Among Dell's largest buyers were Elon Musk's xAI, which is expanding its Colossus supercomputer in Memphis, and cloud provider CoreWeave, people familiar with the orders said.",
  ("supplies", DELL, "xAI", R), ("supplies", DELL, "CoreWeave", R))
s("Most of the systems are built around Nvidia's GB300 NVL72 racks, though Dell also shipped its first servers with AMD's MI355X accelerators to Oracle during the quarter.",
  ("makes", "Nvidia", "GB300 NVL72", R), ("makes", "AMD", "MI355X", R), ("supplies", DELL, "Oracle", R),
  ("supplies", "AMD", DELL, O), ("supplies", "AMD", "Oracle", O), ("supplies", "Nvidia", DELL, O))
s("Revenue in Dell's infrastructure unit rose 44% to $16.8 billion, and group revenue reached $29.6 billion, ahead of analysts' estimates of $28.9 billion.",
  ("revenue", DELL, "16800000000 USD", R), ("revenue", DELL, "29600000000 USD", R), ("revenue", DELL, "28900000000 USD", O))
s("Net income came in at $1.5 billion.")
# "The company": Dell not named -> no revenue row
s("The company raised its full-year revenue forecast to between $112 billion and $116 billion.")
s("Dell buys the GPUs directly from Nvidia and sources memory from Micron and SK Hynix, while Foxconn and Wistron assemble some of the systems under contract.",
  ("supplies", "Nvidia", DELL, R), ("supplies", "Micron", DELL, R), ("supplies", "SK Hynix", DELL, R),
  ("supplies", "Foxconn", DELL, R), ("supplies", "Wistron", DELL, R))
s("Rival Super Micro Computer, which lost xAI as a customer to Dell last year, has struggled with delayed filings and thin margins.",
  ("supplies", DELL, "xAI", R), ("supplies", "Supermicro", "xAI", O))
s("Hewlett Packard Enterprise, which reports next week, counts Microsoft and Nebius among its AI customers.",
  ("supplies", HPE, "Microsoft", R), ("supplies", HPE, "Nebius", R))
# negated
s("Lenovo, the third large server maker, is not a supplier to any of the big U.S. AI labs, according to analysts at Morgan Stanley.")
# "the company" (Dell) only described and hypothetical; the cloud suppliers are named
s("They said the company could also win orders from Anthropic, which has so far relied mostly on Amazon Web Services and Google Cloud for computing capacity.",
  ("supplies", "Amazon Web Services", "Anthropic", R), ("supplies", "Google Cloud", "Anthropic", R))
s("Dell shares rose 7% in after-hours trading.")

# ---------------------------------------------------------------- write
def body(text):
    """Front-matter title and the body after the closing '---'."""
    lines = text.split("\n")
    assert lines[0] == "---" and lines[5] == "---", "front matter"
    title = lines[1][len("title: "):]
    return title, "\n".join(lines[6:])

def main():
    rows, texts, bad = {}, {}, 0
    rest = {}
    for d, sent, facts in A:
        if d not in texts:
            texts[d] = open(os.path.join(CORPUS, d), encoding="utf-8").read()
            title, b = body(texts[d])
            rest[d] = title + "\n" + b
        if sent not in texts[d]:
            print("NOT VERBATIM:", d, sent[:80], file=sys.stderr); bad += 1
        elif sent in rest[d]:
            rest[d] = rest[d].replace(sent, "\n", 1)
        for typ, subj, obj, st in facts:
            k = (d, typ) + (tuple(sorted([subj, obj])) if typ == "partners" else (subj, obj))
            old = rows.get(k)
            if old is None or (old[4] == O and st == R):
                rows[k] = [d, typ, subj, obj, st, sent]
    # every sentence of every article is listed
    for root, _, files in os.walk(CORPUS):
        for f in files:
            d = os.path.relpath(os.path.join(root, f), CORPUS)
            if d not in rest:
                print("DOCUMENT NOT ANNOTATED:", d, file=sys.stderr); bad += 1
            elif rest[d].strip():
                print("SENTENCES NOT LISTED:", d, repr(rest[d].strip()[:200]), file=sys.stderr); bad += 1
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
