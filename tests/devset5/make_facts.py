#!/usr/bin/env python3
"""Writes gold/facts.csv for devset5 from the hand annotation below.

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

# ---------------------------------------------------------------- fr/nokia-contrat-orange-coeur-reseau.txt
s = doc("fr/nokia-contrat-orange-coeur-reseau.txt")
s("Nokia décroche auprès d'Orange un contrat pour le cœur de réseau 5G",
  ("supplies", "Nokia", "Orange", O), ("partners", "Nokia", "Orange", O))
s("Nokia a remporté auprès d'Orange un contrat de cinq ans pour moderniser le cœur de réseau 5G de l'opérateur en France et en Belgique, a annoncé jeudi l'équipementier finlandais.",
  ("supplies", "Nokia", "Orange", R), ("partners", "Nokia", "Orange", O))
s("Le montant n'a pas été rendu public, mais Orange devrait verser à Nokia environ 1,2 milliard d'euros d'ici 2030, selon nos informations.",
  ("pays", "Orange", "1200000000 EUR", R), ("dated", "1200000000 EUR", "2030", R),
  ("supplies", "Nokia", "Orange", R), ("orders", "Nokia", "1200000000 EUR", O))
s("Nokia a publié fin janvier, pour l'exercice 2025, un chiffre d'affaires de 19,8 milliards d'euros, en recul de 2 %, et un résultat net de 1,3 milliard d'euros.",
  ("revenue", "Nokia", "19800000000 EUR", R), ("profit", "Nokia", "1300000000 EUR", R),
  ("dated", "19800000000 EUR", "2025", R), ("dated", "1300000000 EUR", "2025", R),
  ("dated", "19800000000 EUR", "2026-01", O), ("dated", "1300000000 EUR", "2026-01", O))
s("Les prises de commandes de Nokia ont atteint 6,1 milliards d'euros au quatrième trimestre, portées par les opérateurs et par les centres de données.",
  ("orders", "Nokia", "6100000000 EUR", R), ("dated", "6100000000 EUR", "2025-Q4", O))
s("Nokia a ouvert son capital à Nvidia, qui en détient 2,9 % depuis octobre 2025 en échange d'un investissement d'un milliard de dollars.",
  ("owns", "Nvidia", "Nokia", R), ("invests", "Nvidia", "1000000000 USD", R),
  ("raises", "Nokia", "1000000000 USD", R), ("dated", "1000000000 USD", "2025-10", R),
  ("pays", "Nvidia", "1000000000 USD", O))
s("Nokia et Nvidia développent ensemble des stations de base pilotées par l'IA ; l'équipementier y intégrera à partir de 2027 des serveurs équipés de la puce Grace de Nvidia.",
  ("partners", "Nokia", "Nvidia", R), ("makes", "Nvidia", "Grace", R), ("supplies", "Nvidia", "Nokia", R))
s("Les nouveaux équipements destinés à Orange seront assemblés par Foxconn, tandis que les puces ReefShark de Nokia sont gravées par TSMC et par Intel.",
  ("supplies", "TSMC", "Nokia", R), ("supplies", "Intel", "Nokia", R),
  ("supplies", "Foxconn", "Nokia", O), ("supplies", "Foxconn", "Orange", O))

# ---------------------------------------------------------------- fr/hugging-face-leve-600-millions.txt
s = doc("fr/hugging-face-leve-600-millions.txt")
s("Hugging Face lève 600 millions de dollars et vise les grands comptes",
  ("raises", "Hugging Face", "600000000 USD", O))
s("Hugging Face, la plateforme franco-américaine de partage de modèles d'intelligence artificielle, a bouclé une levée de fonds de 600 millions de dollars, qui la valorise 10 milliards de dollars.",
  ("raises", "Hugging Face", "600000000 USD", R), ("values", "Hugging Face", "10000000000 USD", R))
s("Mené par Salesforce Ventures et Sequoia Capital, le tour voit aussi Nvidia, Google, Amazon et Bpifrance, déjà actionnaires de Hugging Face, remettre au pot.",
  ("owns", "Salesforce Ventures", "Hugging Face", R), ("owns", "Sequoia Capital", "Hugging Face", R),
  ("owns", "Nvidia", "Hugging Face", R), ("owns", "Google", "Hugging Face", R),
  ("owns", "Amazon", "Hugging Face", R), ("owns", "Bpifrance", "Hugging Face", R),
  ("partners", "Salesforce Ventures", "Sequoia Capital", O))
s("Les revenus de Hugging Face ont atteint 180 millions de dollars en 2025, contre 70 millions en 2024, portés par les abonnements des entreprises.",
  ("revenue", "Hugging Face", "180000000 USD", R), ("revenue", "Hugging Face", "70000000 USD", R),
  ("dated", "180000000 USD", "2025", R), ("dated", "70000000 USD", "2024", R))
s("Hugging Face a signé avec Scaleway, la filiale cloud d'Iliad, un contrat de 120 millions d'euros sur trois ans pour louer des grappes de GPU H200 de Nvidia en région parisienne.",
  ("pays", "Hugging Face", "120000000 EUR", R), ("supplies", "Scaleway", "Hugging Face", R),
  ("owns", "Iliad", "Scaleway", R), ("makes", "Nvidia", "H200", R),
  ("partners", "Hugging Face", "Scaleway", O), ("supplies", "Nvidia", "Scaleway", O),
  ("supplies", "Nvidia", "Hugging Face", O))
s("Une partie des capacités sera également fournie par AWS, dont les puces Trainium2 servent déjà à l'inférence de plusieurs modèles ouverts.",
  ("makes", "Amazon Web Services", "Trainium2", R))
s("Hugging Face a pris une participation minoritaire dans Pleias, une start-up parisienne spécialisée dans les petits modèles entraînés sur des données libres de droits, pour un montant non communiqué.",
  ("owns", "Hugging Face", "Pleias", R))
s("Son voisin Mistral AI, valorisé 11,7 milliards d'euros en septembre dernier, prépare lui aussi un nouveau tour de table, tandis que LightOn et Kyutai se disputent les mêmes ingénieurs.",
  ("values", "Mistral AI", "11700000000 EUR", R), ("dated", "11700000000 EUR", "2025-09", R))

# ---------------------------------------------------------------- fr/valeo-carbure-silicium-st-onsemi.txt
s = doc("fr/valeo-carbure-silicium-st-onsemi.txt")
s("Valeo sécurise son carbure de silicium auprès de STMicroelectronics et d'Onsemi",
  ("supplies", "STMicroelectronics", "Valeo", O), ("supplies", "Onsemi", "Valeo", O))
s("Valeo a signé deux contrats d'approvisionnement pluriannuels en puces de puissance en carbure de silicium, l'un avec STMicroelectronics, l'autre avec l'américain Onsemi.",
  ("supplies", "STMicroelectronics", "Valeo", R), ("supplies", "Onsemi", "Valeo", R),
  ("partners", "Valeo", "STMicroelectronics", O), ("partners", "Valeo", "Onsemi", O))
s("Au total, Valeo s'engage à acheter pour environ 1,5 milliard d'euros de composants d'ici 2030, dont les deux tiers auprès de STMicroelectronics, a indiqué mardi l'équipementier.",
  ("pays", "Valeo", "1500000000 EUR", R), ("dated", "1500000000 EUR", "2030", R),
  ("supplies", "STMicroelectronics", "Valeo", R), ("dated", "1500000000 EUR", "2026-06-09", O))
s("Elles équiperont les onduleurs que Valeo livre à Stellantis, Renault et BMW pour leurs plateformes électriques.",
  ("supplies", "Valeo", "Stellantis", R), ("supplies", "Valeo", "Renault", R), ("supplies", "Valeo", "BMW", R))
s("Ce n'est pas le premier accord de ce type : en 2025, Valeo s'était déjà tourné vers Wolfspeed, avant que les difficultés financières de l'américain ne le poussent à diversifier ses sources.",
  ("supplies", "Wolfspeed", "Valeo", O))
s("Valeo commande aussi des microcontrôleurs à Infineon et à NXP, qui équipent ses systèmes d'aide à la conduite.",
  ("supplies", "Infineon", "Valeo", R), ("supplies", "NXP", "Valeo", R))
s("ST a réalisé un chiffre d'affaires de 2,9 milliards de dollars au premier trimestre et vise une marge brute de 35 %.",
  ("revenue", "STMicroelectronics", "2900000000 USD", R), ("dated", "2900000000 USD", "2026-Q1", O))
s("Le site de Catane doit absorber cinq milliards d'euros d'investissements de STMicroelectronics sur dix ans, dont deux milliards apportés par l'État italien.",
  ("invests", "STMicroelectronics", "5000000000 EUR", R))
s("Valeo, dont le chiffre d'affaires a atteint 21,5 milliards d'euros en 2025, n'envisage pas pour autant de produire ses propres puces.",
  ("revenue", "Valeo", "21500000000 EUR", R), ("dated", "21500000000 EUR", "2025", R))

# ---------------------------------------------------------------- fr/eutelsat-augmentation-capital.txt
s = doc("fr/eutelsat-augmentation-capital.txt")
s("Eutelsat boucle une augmentation de capital de 1,5 milliard d'euros",
  ("raises", "Eutelsat", "1500000000 EUR", O))
s("Eutelsat a finalisé mercredi une augmentation de capital de 1,5 milliard d'euros destinée à financer le renouvellement de la constellation de sa filiale OneWeb.",
  ("raises", "Eutelsat", "1500000000 EUR", R), ("owns", "Eutelsat", "OneWeb", R),
  ("dated", "1500000000 EUR", "2026-03-18", O))
s("CMA CGM, déjà actionnaire d'Eutelsat, a apporté 100 millions d'euros, tandis que Bpifrance et Eurazeo ont souscrit pour 60 millions chacun.",
  ("owns", "CMA CGM", "Eutelsat", R), ("owns", "Bpifrance", "Eutelsat", R), ("owns", "Eurazeo", "Eutelsat", R),
  ("invests", "CMA CGM", "100000000 EUR", R), ("invests", "Bpifrance", "60000000 EUR", R),
  ("invests", "Eurazeo", "60000000 EUR", R))
s("L'essentiel des fonds paiera les 100 satellites qu'Eutelsat a commandés à Airbus pour environ 900 millions d'euros ; ils seront assemblés à Toulouse à partir de 2027.",
  ("supplies", "Airbus", "Eutelsat", R), ("pays", "Eutelsat", "900000000 EUR", R),
  ("orders", "Airbus", "900000000 EUR", O), ("dated", "900000000 EUR", "2027", O))
s("Face à Starlink, la constellation de SpaceX, Eutelsat mise aussi sur un partenariat avec Airbus et Thales pour la future constellation européenne Iris².",
  ("partners", "Eutelsat", "Airbus", R), ("partners", "Eutelsat", "Thales", R), ("partners", "Airbus", "Thales", O))
s("Au second semestre 2025, Eutelsat a vu son chiffre d'affaires reculer de 8 %, à 580 millions d'euros, et sa perte nette se creuser à 1,1 milliard d'euros après une lourde dépréciation de ses satellites géostationnaires.",
  ("revenue", "Eutelsat", "580000000 EUR", R), ("profit", "Eutelsat", "1100000000 EUR", O),
  ("dated", "580000000 EUR", "2025-H2", R), ("dated", "1100000000 EUR", "2025-H2", R))
s("En janvier, l'Arcom a infligé une amende de 2 millions d'euros à Eutelsat pour avoir diffusé deux chaînes russes visées par des sanctions européennes.",
  ("fined", "Eutelsat", "2000000 EUR", R), ("dated", "2000000 EUR", "2026-01", O))

# ---------------------------------------------------------------- fr/orange-bouygues-free-rachat-sfr.txt
s = doc("fr/orange-bouygues-free-rachat-sfr.txt")
s("Orange, Bouygues Telecom et Free s'emparent de SFR pour 17 milliards d'euros",
  ("owns", "Orange", "SFR", O), ("owns", "Bouygues Telecom", "SFR", O), ("owns", "Free", "SFR", O),
  ("partners", "Orange", "Bouygues Telecom", O), ("partners", "Orange", "Free", O), ("partners", "Bouygues Telecom", "Free", O),
  ("pays", "Orange", "17000000000 EUR", O), ("pays", "Bouygues Telecom", "17000000000 EUR", O), ("pays", "Free", "17000000000 EUR", O))
s("Altice France a accepté mercredi soir l'offre de 17 milliards d'euros déposée conjointement par Bouygues Telecom, Free et Orange pour racheter SFR, selon un communiqué commun des quatre sociétés.",
  ("owns", "Orange", "SFR", R), ("owns", "Bouygues Telecom", "SFR", R), ("owns", "Free", "SFR", R),
  ("partners", "Orange", "Bouygues Telecom", R), ("partners", "Orange", "Free", R), ("partners", "Bouygues Telecom", "Free", R),
  ("pays", "Orange", "17000000000 EUR", O), ("pays", "Bouygues Telecom", "17000000000 EUR", O), ("pays", "Free", "17000000000 EUR", O),
  ("invests", "Orange", "17000000000 EUR", O), ("invests", "Bouygues Telecom", "17000000000 EUR", O), ("invests", "Free", "17000000000 EUR", O),
  ("dated", "17000000000 EUR", "2026-09-23", O))
s("La facture sera inégalement partagée : Bouygues Telecom prendra à sa charge 7,1 milliards d'euros, Free, la filiale d'Iliad, 5,3 milliards et Orange 4,6 milliards.",
  ("pays", "Bouygues Telecom", "7100000000 EUR", R), ("pays", "Free", "5300000000 EUR", R), ("pays", "Orange", "4600000000 EUR", R),
  ("owns", "Iliad", "Free", R),
  ("invests", "Bouygues Telecom", "7100000000 EUR", O), ("invests", "Free", "5300000000 EUR", O), ("invests", "Orange", "4600000000 EUR", O))
s("L'opération devra encore obtenir le feu vert de l'Autorité de la concurrence, qui avait infligé en 2024 une amende de 40 millions d'euros à Bouygues Telecom pour des pratiques commerciales trompeuses.",
  ("fined", "Bouygues Telecom", "40000000 EUR", R), ("dated", "40000000 EUR", "2024", R))
s("Pour absorber les nouveaux abonnés, Free s'appuiera sur Nokia, qui fournit déjà son cœur de réseau, tandis que Bouygues Telecom a commandé pour 300 millions d'euros d'antennes à Ericsson.",
  ("supplies", "Nokia", "Free", R), ("supplies", "Ericsson", "Bouygues Telecom", R),
  ("pays", "Bouygues Telecom", "300000000 EUR", R), ("orders", "Ericsson", "300000000 EUR", O))
s("Orange a par ailleurs relevé ses objectifs : le groupe prévoit désormais un chiffre d'affaires de 40,5 milliards d'euros en 2026 et un résultat net d'environ 2,8 milliards.",
  ("revenue", "Orange", "40500000000 EUR", R), ("profit", "Orange", "2800000000 EUR", R),
  ("dated", "40500000000 EUR", "2026", R), ("dated", "2800000000 EUR", "2026", O))
s("Chez Bouygues, le rachat doit être financé par un emprunt bancaire arrangé par BNP Paribas et Société Générale.",
  ("partners", "BNP Paribas", "Société Générale", O))
s("Selon BFM Business, Iliad envisage de son côté une émission obligataire d'un milliard d'euros pour financer la part de Free.",
  ("raises", "Iliad", "1000000000 EUR", O))

# ---------------------------------------------------------------- de/wacker-chemie-erstes-quartal.txt
s = doc("de/wacker-chemie-erstes-quartal.txt")
s("Im ersten Quartal 2026 setzte Wacker 1,38 Milliarden Euro um, rund sieben Prozent weniger als ein Jahr zuvor; der Nettogewinn des Münchner Konzerns fiel auf 42 Millionen Euro.",
  ("revenue", "Wacker Chemie", "1380000000 EUR", R), ("profit", "Wacker Chemie", "42000000 EUR", R),
  ("dated", "1380000000 EUR", "2026-Q1", R), ("dated", "42000000 EUR", "2026-Q1", O))
s("Besser sieht es bei Halbleitern aus: Zu den größten Abnehmern von Wackers Halbleiter-Polysilizium gehören Infineon, Samsung und TSMC.",
  ("supplies", "Wacker Chemie", "Infineon", R), ("supplies", "Wacker Chemie", "Samsung", R), ("supplies", "Wacker Chemie", "TSMC", R))
s("An Siltronic, dem Münchner Waferhersteller, ist Wacker weiterhin mit 30,8 Prozent beteiligt.",
  ("owns", "Wacker Chemie", "Siltronic", R))
s("In Burghausen investiert Wacker 300 Millionen Euro in eine neue Anlage für Polysilizium in Elektronikqualität, deren Produktion sich Infineon und GlobalFoundries per Liefervertrag gesichert haben.",
  ("invests", "Wacker Chemie", "300000000 EUR", R), ("supplies", "Wacker Chemie", "Infineon", R),
  ("supplies", "Wacker Chemie", "GlobalFoundries", R))
s("Zudem hat Wacker mit EnBW einen Stromliefervertrag über zehn Jahre abgeschlossen; der Konzern zahlt dafür nach Angaben aus Unternehmenskreisen rund 1,2 Milliarden Euro.",
  ("supplies", "EnBW", "Wacker Chemie", R), ("pays", "Wacker Chemie", "1200000000 EUR", R),
  ("partners", "Wacker Chemie", "EnBW", O))
s("Für das Gesamtjahr rechnet Wacker nun mit einem Umsatz zwischen 5,5 und 5,9 Milliarden Euro und einem Ebitda von 600 bis 800 Millionen Euro.",
  ("revenue", "Wacker Chemie", "5500000000 EUR", R), ("profit", "Wacker Chemie", "600000000 EUR", O),
  ("dated", "5500000000 EUR", "2026", O))
s("Im Februar hatte der Vorstand noch einen Umsatz von bis zu 6,2 Milliarden Euro in Aussicht gestellt.",
  ("dated", "6200000000 EUR", "2026-02", O))
s("Vorstandschef Christian Hartel kündigte an, die Kosten bis 2027 um weitere 300 Millionen Euro pro Jahr zu senken.",
  ("dated", "300000000 EUR", "2027", R))

# ---------------------------------------------------------------- de/elmos-uebernimmt-racyics.txt
s = doc("de/elmos-uebernimmt-racyics.txt")
s("Elmos kauft Racyics und hebt die Prognose an",
  ("owns", "Elmos Semiconductor", "Racyics", O))
s("Der Dortmunder Halbleiterhersteller Elmos Semiconductor übernimmt das Dresdner Designhaus Racyics.",
  ("owns", "Elmos Semiconductor", "Racyics", R))
s("Den Kaufpreis beziffert Elmos auf 85 Millionen Euro, davon 60 Millionen in bar und den Rest in eigenen Aktien.",
  ("pays", "Elmos Semiconductor", "85000000 EUR", R), ("pays", "Elmos Semiconductor", "60000000 EUR", O),
  ("invests", "Elmos Semiconductor", "85000000 EUR", O))
s("Verkäufer sind die Gründer sowie GlobalFoundries, das bislang rund 20 Prozent an Racyics hielt.",
  ("owns", "GlobalFoundries", "Racyics", R))
s("Seit dem Verkauf seiner Dortmunder Wafer-Fertigung an Littelfuse lässt Elmos seine Chips überwiegend bei TSMC und X-FAB fertigen.",
  ("supplies", "TSMC", "Elmos Semiconductor", R), ("supplies", "X-FAB", "Elmos Semiconductor", R))
s("Im zweiten Quartal steigerte Elmos den Umsatz um neun Prozent auf 158 Millionen Euro; der Auftragseingang lag bei 171 Millionen Euro.",
  ("revenue", "Elmos Semiconductor", "158000000 EUR", R), ("orders", "Elmos Semiconductor", "171000000 EUR", R),
  ("dated", "158000000 EUR", "2026-Q2", O), ("dated", "171000000 EUR", "2026-Q2", O))
s("Das operative Ergebnis von Elmos erreichte 31 Millionen Euro, die Ebit-Marge damit knapp 20 Prozent.",
  ("profit", "Elmos Semiconductor", "31000000 EUR", R))
s("Für 2026 erwartet Elmos nun Erlöse von 610 bis 650 Millionen Euro, nach bisher 590 bis 630 Millionen Euro.",
  ("revenue", "Elmos Semiconductor", "610000000 EUR", R), ("dated", "610000000 EUR", "2026", R),
  ("revenue", "Elmos Semiconductor", "590000000 EUR", O), ("dated", "590000000 EUR", "2026", O))
s("Größte Kunden von Elmos bleiben Hyundai, Continental und Bosch, die zusammen knapp 40 Prozent der Erlöse ausmachen.",
  ("supplies", "Elmos Semiconductor", "Hyundai", R), ("supplies", "Elmos Semiconductor", "Continental", R),
  ("supplies", "Elmos Semiconductor", "Bosch", R))
s("Analysten von Berenberg sprachen von einem „sinnvollen, aber teuren“ Zukauf; Racyics hatte im vergangenen Jahr einen Umsatz von rund 14 Millionen Euro erzielt.",
  ("revenue", "Racyics", "14000000 EUR", R), ("dated", "14000000 EUR", "2025", R))

# ---------------------------------------------------------------- de/equinix-frankfurt-ki-campus.txt
s = doc("de/equinix-frankfurt-ki-campus.txt")
s("Equinix baut in Frankfurt einen KI-Campus für eine Milliarde Euro",
  ("invests", "Equinix", "1000000000 EUR", O))
s("Der amerikanische Rechenzentrumsbetreiber Equinix investiert rund eine Milliarde Euro in einen neuen Campus im Frankfurter Osten.",
  ("invests", "Equinix", "1000000000 EUR", R))
s("Den Strom liefert RWE; Equinix zahlt dem Essener Versorger über 15 Jahre nach Branchenschätzungen rund 700 Millionen Euro.",
  ("supplies", "RWE", "Equinix", R), ("pays", "Equinix", "700000000 EUR", R))
s("Einen Teil des Baus finanziert Equinix über ein Gemeinschaftsunternehmen mit Mubadala, an dem der Staatsfonds aus Abu Dhabi 49 Prozent hält.",
  ("partners", "Equinix", "Mubadala", R))
s("Erster Großkunde des Campus wird die Deutsche Telekom, deren Tochter T-Systems auf etwa der Hälfte der Fläche Server mit Nvidias Blackwell-Ultra-Chips betreiben will.",
  ("owns", "Deutsche Telekom", "T-Systems", R), ("makes", "Nvidia", "Blackwell Ultra", R),
  ("supplies", "Nvidia", "T-Systems", R), ("supplies", "Nvidia", "Deutsche Telekom", O))
s("Auch SAP hat bei Equinix Kapazitäten für seine KI-Dienste reserviert.",
  ("supplies", "Equinix", "SAP", R))
s("Laut Handelsblatt verhandelt Equinix zudem mit Microsoft über einen weiteren Mietvertrag.",
  ("supplies", "Equinix", "Microsoft", O))
s("Der Konkurrent Digital Realty, der in der Stadt bereits elf Rechenzentren betreibt, hatte im Frühjahr angekündigt, gemeinsam mit dem Finanzinvestor Blackstone 2,5 Milliarden Euro in den Standort zu stecken.",
  ("partners", "Digital Realty", "Blackstone", R), ("invests", "Digital Realty", "2500000000 EUR", O),
  ("invests", "Blackstone", "2500000000 EUR", O), ("dated", "2500000000 EUR", "2026-SP", O))
s("Equinix hatte zuletzt einen Quartalsumsatz von 2,4 Milliarden Dollar ausgewiesen und seine Investitionsplanung für 2026 auf bis zu 4 Milliarden Dollar angehoben.",
  ("revenue", "Equinix", "2400000000 USD", R), ("invests", "Equinix", "4000000000 USD", R),
  ("dated", "4000000000 USD", "2026", R))

# ---------------------------------------------------------------- de/nexperia-autozulieferer-neue-lieferanten.txt
s = doc("de/nexperia-autozulieferer-neue-lieferanten.txt")
s("Bosch bezieht Standardhalbleiter inzwischen verstärkt von Infineon und Onsemi, wie ein Sprecher bestätigte.",
  ("supplies", "Infineon", "Bosch", R), ("supplies", "Onsemi", "Bosch", R))
s("ZF hat bei Vishay und Littelfuse zusätzliche Mengen bestellt, Continental deckt sich bei Texas Instruments und Renesas ein.",
  ("supplies", "Vishay", "ZF", R), ("supplies", "Littelfuse", "ZF", R),
  ("supplies", "Texas Instruments", "Continental", R), ("supplies", "Renesas", "Continental", R))
s("Nexperia, die niederländische Tochter des chinesischen Wingtech-Konzerns, hatte im Herbst 2025 die Autoindustrie in Atem gehalten.",
  ("owns", "Wingtech", "Nexperia", R))
s("Nexperia meldete für das dritte Quartal einen Umsatzeinbruch um 30 Prozent auf 410 Millionen Dollar; der Verlust belief sich auf 95 Millionen Dollar.",
  ("revenue", "Nexperia", "410000000 USD", R), ("profit", "Nexperia", "95000000 USD", O),
  ("dated", "410000000 USD", "2026-Q3", O), ("dated", "95000000 USD", "2026-Q3", O))
s("Die EU-Kommission verhängte zudem gegen Wingtech ein Bußgeld von 12 Millionen Euro, weil der Konzern Angaben zu seinen Lieferketten zurückgehalten habe.",
  ("fined", "Wingtech", "12000000 EUR", R))
s("Wingtech prüft inzwischen den Verkauf seiner Mehrheit an Nexperia.",
  ("owns", "Wingtech", "Nexperia", R))
s("Als Interessenten für Nexperia gelten die Finanzinvestoren Carlyle und KKR, die den Chiphersteller mit rund 6 Milliarden Euro bewerten.",
  ("values", "Nexperia", "6000000000 EUR", R), ("owns", "Carlyle", "Nexperia", O), ("owns", "KKR", "Nexperia", O))
s("Infineon, das im Geschäftsjahr 2026 rund 15 Milliarden Euro umsetzen will, hat nach eigenen Angaben Aufträge über 400 Millionen Euro von früheren Nexperia-Kunden erhalten.",
  ("revenue", "Infineon", "15000000000 EUR", R), ("dated", "15000000000 EUR", "2026", R),
  ("orders", "Infineon", "400000000 EUR", R))

# ---------------------------------------------------------------- en/intel-sells-altera-stake-silver-lake.txt
s = doc("en/intel-sells-altera-stake-silver-lake.txt")
s("Intel to sell remaining Altera stake to Silver Lake for $4.6 billion",
  ("owns", "Intel", "Altera", O), ("owns", "Silver Lake", "Altera", O), ("pays", "Silver Lake", "4600000000 USD", O))
s("Intel has agreed to sell its remaining 49% stake in Altera to Silver Lake for $4.6 billion, completing its exit from the programmable-chip business it bought for $16.7 billion a decade ago.",
  ("owns", "Intel", "Altera", R), ("owns", "Silver Lake", "Altera", R), ("pays", "Silver Lake", "4600000000 USD", R),
  ("invests", "Silver Lake", "4600000000 USD", O), ("pays", "Intel", "16700000000 USD", R),
  ("invests", "Intel", "16700000000 USD", O), ("dated", "16700000000 USD", "2016", O))
s("The private equity firm, which took 51% of the company last year in a deal that valued Altera at $8.75 billion, will become its sole owner once regulators in the United States and China sign off.",
  ("values", "Altera", "8750000000 USD", R), ("dated", "8750000000 USD", "2025", R))
s("Intel, which expects to book a gain of roughly $1.1 billion on the sale, said it would use the proceeds to pay down debt and to fund the ramp-up of its 18A process.",
  ("profit", "Intel", "1100000000 USD", O))
s("Altera's revenue rose 12% to $1.9 billion in 2025, helped by demand for its Agilex FPGAs from telecom equipment makers such as Nokia and Ericsson.",
  ("revenue", "Altera", "1900000000 USD", R), ("dated", "1900000000 USD", "2025", R),
  ("supplies", "Altera", "Nokia", R), ("supplies", "Altera", "Ericsson", R))
s("Altera relies on TSMC to manufacture its newest chips, while older families still come out of Intel's fabs.",
  ("supplies", "TSMC", "Altera", R), ("supplies", "Intel", "Altera", R))
s("Nvidia, which bought a $5 billion stake in Intel last year, and SoftBank, which invested $2 billion, are now among the chipmaker's largest shareholders alongside the U.S. government, which holds about 10%.",
  ("owns", "Nvidia", "Intel", R), ("owns", "SoftBank", "Intel", R),
  ("invests", "Nvidia", "5000000000 USD", R), ("invests", "SoftBank", "2000000000 USD", R),
  ("dated", "5000000000 USD", "2025", R), ("dated", "2000000000 USD", "2025", O),
  ("pays", "Nvidia", "5000000000 USD", O), ("raises", "Intel", "5000000000 USD", O),
  ("raises", "Intel", "2000000000 USD", O))
s("Intel is due to report fourth-quarter results next Thursday; analysts at Bernstein expect revenue of about $13.4 billion.",
  ("revenue", "Intel", "13400000000 USD", O), ("dated", "13400000000 USD", "2025-Q4", O),
  ("dated", "13400000000 USD", "2026-01-29", O))
s("The company also said it would not appeal a €376 million fine that the European Commission re-imposed on Intel in 2023 over rebates paid to PC makers.",
  ("fined", "Intel", "376000000 EUR", R), ("dated", "376000000 EUR", "2023", R))

# ---------------------------------------------------------------- en/arm-fourth-quarter-royalties.txt
s = doc("en/arm-fourth-quarter-royalties.txt")
s("Arm Holdings reported record revenue of $1.42 billion for the fourth quarter of its fiscal 2026, up 28% from a year earlier, as cloud providers deployed more servers built on its Neoverse designs.",
  ("revenue", "Arm", "1420000000 USD", R), ("dated", "1420000000 USD", "2026-Q4", R), ("makes", "Arm", "Neoverse", R))
s("Royalty revenue at Arm climbed to $720 million, while licensing brought in $700 million, the SoftBank-controlled chip designer said on Wednesday.",
  ("revenue", "Arm", "720000000 USD", R), ("revenue", "Arm", "700000000 USD", R), ("owns", "SoftBank", "Arm", R),
  ("dated", "720000000 USD", "2026-05-06", O), ("dated", "700000000 USD", "2026-05-06", O))
s("Arm's net income rose to $310 million for the quarter and to $1.1 billion for the full fiscal year.",
  ("profit", "Arm", "310000000 USD", R), ("profit", "Arm", "1100000000 USD", R))
s("Nvidia's Grace and Vera processors, Amazon's Graviton4 and Microsoft's Cobalt 200 all use Arm cores, and Google's Axion chips entered volume production during the quarter.",
  ("makes", "Nvidia", "Grace", R), ("makes", "Nvidia", "Vera", R), ("makes", "Amazon", "Graviton4", R),
  ("makes", "Microsoft", "Cobalt 200", R), ("makes", "Google", "Axion", R),
  ("supplies", "Arm", "Nvidia", R), ("supplies", "Arm", "Amazon", R), ("supplies", "Arm", "Microsoft", R),
  ("supplies", "Arm", "Google", O))
s("Arm is also preparing its first in-house server chip, with Meta lined up as the launch customer and TSMC as the foundry, according to people familiar with the plans.",
  ("supplies", "Arm", "Meta", R), ("supplies", "TSMC", "Arm", R))
s("Arm remains locked in a licensing dispute with Qualcomm, which pays it royalties of about $300 million a year on its Snapdragon chips and has threatened to shift part of its roadmap to the open RISC-V architecture.",
  ("pays", "Qualcomm", "300000000 USD", R), ("supplies", "Arm", "Qualcomm", R), ("makes", "Qualcomm", "Snapdragon", R))
s("For the June quarter, Arm forecast revenue of between $1.3 billion and $1.4 billion, slightly above analysts' estimates.",
  ("revenue", "Arm", "1300000000 USD", R), ("dated", "1300000000 USD", "2026-Q2", O))
s("SoftBank, which owns about 90% of Arm, has pledged part of its stake as collateral for a $15 billion margin loan to fund its investments in OpenAI.",
  ("owns", "SoftBank", "Arm", R), ("owns", "SoftBank", "OpenAI", R),
  ("raises", "SoftBank", "15000000000 USD", O), ("invests", "SoftBank", "15000000000 USD", O))

# ---------------------------------------------------------------- en/rapidus-raises-private-funding.txt
s = doc("en/rapidus-raises-private-funding.txt")
s("Rapidus raises ¥250 billion from private backers ahead of 2nm launch",
  ("raises", "Rapidus", "250000000000 JPY", O))
s("Rapidus, Japan's state-backed foundry venture, has raised 250 billion yen from more than 20 private investors, led by Toyota, Sony and NTT, to help fund mass production of 2-nanometre chips at its plant in Chitose, Hokkaido.",
  ("raises", "Rapidus", "250000000000 JPY", R),
  ("owns", "Toyota", "Rapidus", R), ("owns", "Sony", "Rapidus", R), ("owns", "NTT", "Rapidus", R),
  ("invests", "Toyota", "250000000000 JPY", O), ("invests", "Sony", "250000000000 JPY", O), ("invests", "NTT", "250000000000 JPY", O))
s("SoftBank, Denso and Kioxia, which were among Rapidus's eight founding shareholders in 2022, also took part, bringing total private capital to about ¥330 billion.",
  ("owns", "SoftBank", "Rapidus", R), ("owns", "Kioxia", "Rapidus", R), ("raises", "Rapidus", "330000000000 JPY", O))
s("The government has committed more than ¥1.7 trillion in subsidies since 2022 and plans to take a direct equity stake of ¥100 billion this year.",
  ("dated", "1700000000000 JPY", "2022", R), ("dated", "100000000000 JPY", "2026", R))
s("Rapidus has signed up its first customers, among them Tenstorrent, which will have its next AI accelerators made in Chitose, and IBM, which has co-developed the 2nm process with the company since 2022.",
  ("supplies", "Rapidus", "Tenstorrent", R), ("supplies", "Rapidus", "IBM", R), ("partners", "IBM", "Rapidus", R))
s("Rapidus relies on EUV scanners from ASML, and has ordered etching and deposition tools worth about ¥90 billion from Tokyo Electron.",
  ("supplies", "ASML", "Rapidus", R), ("supplies", "Tokyo Electron", "Rapidus", R),
  ("pays", "Rapidus", "90000000000 JPY", R), ("orders", "Tokyo Electron", "90000000000 JPY", O))
s("Rapidus aims for annual revenue of ¥1 trillion by 2030, when it hopes to turn a profit.",
  ("revenue", "Rapidus", "1000000000000 JPY", R), ("dated", "1000000000000 JPY", "2030", R))
s("Rapidus will compete with TSMC, which operates two fabs in Kumamoto through a joint venture with Sony and Toyota, and with Samsung Foundry, the contract-manufacturing arm of Samsung.",
  ("partners", "TSMC", "Sony", R), ("partners", "TSMC", "Toyota", R), ("partners", "Sony", "Toyota", O),
  ("owns", "Samsung", "Samsung Foundry", R))

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
