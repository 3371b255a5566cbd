#!/usr/bin/env python3
"""Writes gold/facts.csv for devset12 from the hand annotation below.

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

# ---------------------------------------------------------------- fr/sesterce-campus-ia-fos.txt (Wed 2026-03-18)
s = doc("fr/sesterce-campus-ia-fos.txt")
s("Cloud souverain : Sesterce lance un campus d'IA à Fos-sur-Mer avec l'électricité d'EDF",
  ("supplies", "EDF", "Sesterce", O), ("partners", "Sesterce", "EDF", O))
# "un projet évalué à" is the project's cost (invests), not a valuation of Sesterce; "mercredi" = publication day.
s("Sesterce, le spécialiste marseillais du calcul pour l'intelligence artificielle, a annoncé mercredi la construction d'un campus de centres de données de 240 mégawatts à Fos-sur-Mer, un projet évalué à 1,2 milliard d'euros.",
  ("invests", "Sesterce", "1200000000 EUR", R))
s("Le contrat signé avec EDF porte sur quinze ans : l'électricien fournira à Sesterce une électricité d'origine nucléaire à prix fixe, pour un montant que les deux groupes n'ont pas dévoilé.",
  ("supplies", "EDF", "Sesterce", R), ("partners", "Sesterce", "EDF", O))
# Nvidia's chips come as servers from Supermicro/Dell (second-hand supplier, optional); AMD's
# accelerators may come the same way (optional).
s("Pour équiper la première tranche, Sesterce a commandé 18 000 puces GB300 de Nvidia, livrées sous forme de serveurs par Supermicro et Dell Technologies, ainsi que plusieurs milliers d'accélérateurs MI355X d'AMD.",
  ("makes", "Nvidia", "GB300", R), ("makes", "AMD", "MI355X", R),
  ("supplies", "Supermicro", "Sesterce", R), ("supplies", "Dell Technologies", "Sesterce", R),
  ("supplies", "Nvidia", "Sesterce", O), ("supplies", "AMD", "Sesterce", O))
# "La facture de ce matériel avoisinerait 900 millions de dollars": no company, no date -> nothing.
s("Pour financer l'ensemble, Sesterce a obtenu un prêt de 800 millions d'euros auprès d'un pool mené par BNP Paribas, Société Générale et Natixis, tandis que Bpifrance entre à son capital à hauteur de 150 millions d'euros.",
  ("raises", "Sesterce", "800000000 EUR", R),
  ("owns", "Bpifrance", "Sesterce", R), ("invests", "Bpifrance", "150000000 EUR", R),
  ("raises", "Sesterce", "150000000 EUR", O),
  ("partners", "BNP Paribas", "Société Générale", O), ("partners", "BNP Paribas", "Natixis", O),
  ("partners", "Société Générale", "Natixis", O))
# "Schneider Electric livrera les équipements électriques, Vertiv le refroidissement liquide.": no customer named -> nothing.
s("Mistral AI sera le premier client de Sesterce à Fos, où la start-up louera 40 mégawatts pour entraîner ses modèles à partir du second semestre 2027.",
  ("supplies", "Sesterce", "Mistral AI", R))
s("Sesterce, qui exploite déjà 12 000 processeurs graphiques à Valence et à Marseille, a réalisé en 2025 un chiffre d'affaires de 64 millions d'euros et vise 250 millions en 2027.",
  ("revenue", "Sesterce", "64000000 EUR", R), ("revenue", "Sesterce", "250000000 EUR", R),
  ("dated", "64000000 EUR", "2025", R), ("dated", "250000000 EUR", "2027", R))
# Mistral Compute is a platform (product), not a company.
s("Le projet s'ajoute à celui de Fluidstack, qui a promis en février 2025 d'investir 10 milliards d'euros dans un supercalculateur en France, et à Mistral Compute, la plateforme que Mistral AI développe avec Nvidia dans l'Essonne.",
  ("invests", "Fluidstack", "10000000000 EUR", R), ("dated", "10000000000 EUR", "2025-02", R),
  ("partners", "Mistral AI", "Nvidia", R))

# ---------------------------------------------------------------- fr/soitec-ventes-troisieme-trimestre.txt (Wed 2026-01-21)
s = doc("fr/soitec-ventes-troisieme-trimestre.txt")
s("Soitec a publié mardi soir un chiffre d'affaires de 228 millions d'euros pour le troisième trimestre de son exercice 2026, clos fin décembre, en baisse de 9 % sur un an.",
  ("revenue", "Soitec", "228000000 EUR", R), ("dated", "228000000 EUR", "2026-Q3", R),
  ("dated", "228000000 EUR", "2025-12", O), ("dated", "228000000 EUR", "2026-01-20", O))
# "Le spécialiste grenoblois ... ses substrats RF-SOI équipent les modules radio de Qualcomm et de
# Skyworks": supplier only described -> nothing.
s("Chez Soitec, la division Mobile Communications a vu ses ventes chuter de 21 %, à 97 millions d'euros, tandis que l'activité Automobile et Industrie, portée par les substrats de carbure de silicium SmartSiC vendus à STMicroelectronics et à Renesas, progressait de 6 %.",
  ("revenue", "Soitec", "97000000 EUR", R),
  ("supplies", "Soitec", "STMicroelectronics", R), ("supplies", "Soitec", "Renesas", R))
# "La division Edge & Cloud AI ... 61 millions d'euros, grâce aux commandes de GlobalFoundries et de
# TSMC": Soitec not named -> no revenue, no supplies.
s("Pour l'ensemble de l'exercice, qui s'achèvera fin mars, Soitec table désormais sur un chiffre d'affaires compris entre 830 et 860 millions d'euros, contre 890 millions un an plus tôt.",
  ("revenue", "Soitec", "830000000 EUR", R), ("revenue", "Soitec", "890000000 EUR", R),
  ("dated", "830000000 EUR", "2026-03", O), ("dated", "890000000 EUR", "2025", O))
# "le groupe" only: no profit rows; the dates of the amounts are vague (half without year, report month).
s("Au premier semestre, publié en novembre, le groupe avait dégagé un résultat net de 12 millions d'euros, contre 95 millions un an auparavant.",
  ("dated", "12000000 EUR", "2026-H1", O), ("dated", "12000000 EUR", "2025-11", O),
  ("dated", "95000000 EUR", "2025", O), ("dated", "95000000 EUR", "2025-H1", O))
s("Soitec s'approvisionne en silicium brut auprès de Shin-Etsu Chemical et de GlobalWafers, et a renouvelé en décembre avec Shin-Etsu l'accord de licence qui permet au japonais de produire des plaquettes SOI selon son procédé Smart Cut.",
  ("supplies", "Shin-Etsu Chemical", "Soitec", R), ("supplies", "GlobalWafers", "Soitec", R),
  ("partners", "Soitec", "Shin-Etsu Chemical", O), ("supplies", "Soitec", "Shin-Etsu Chemical", O))
s("Bpifrance, qui détient environ 10 % du capital de Soitec aux côtés du CEA, a réaffirmé son soutien.",
  ("owns", "Bpifrance", "Soitec", R))
# Oddo BHF (analysts) / Qualcomm and Samsung restocking: no fact.

# ---------------------------------------------------------------- fr/sopra-steria-atos-fusion.txt (Tue 2026-09-08)
s = doc("fr/sopra-steria-atos-fusion.txt")
SS = "Sopra Steria"
s("Sopra Steria et Atos s'unissent pour créer un champion français des services numériques",
  ("partners", SS, "Atos", O))
# the combined group's revenue belongs to neither company alone (optional for each).
s("Sopra Steria et Atos ont annoncé lundi soir leur projet de fusion, qui donnerait naissance à un groupe de services informatiques pesant 13,9 milliards d'euros de chiffre d'affaires et employant près de 130 000 personnes.",
  ("partners", SS, "Atos", R),
  ("revenue", SS, "13900000000 EUR", O), ("revenue", "Atos", "13900000000 EUR", O),
  ("dated", "13900000000 EUR", "2026-09-07", O))
s("L'opération prendra la forme d'une offre publique d'échange de Sopra Steria sur Atos : les actionnaires d'Atos recevront trois actions Sopra Steria nouvelles pour 100 titres apportés.",
  ("owns", SS, "Atos", R))
s("Sur la base des cours de clôture de vendredi, la parité valorise Atos à environ 1,6 milliard d'euros, soit une prime de 31 %.",
  ("values", "Atos", "1600000000 EUR", R), ("dated", "1600000000 EUR", "2026-09-04", O))
# "la valeur d'entreprise de la cible atteint 2,8 milliards d'euros": Atos only described -> nothing.
# Sopra GMT is not in the gazetteer.
s("Sopra GMT, la holding de la famille fondatrice, qui détient 20 % de Sopra Steria, s'est engagée à soutenir le projet, de même que Bpifrance, premier actionnaire d'Atos avec 8 % du capital.",
  ("owns", "Bpifrance", "Atos", R))
# "qui compte parmi ses clients" reads as Eviden (head of the apposition); Atos as the client holder is optional.
s("Le rapprochement permettra à Sopra Steria de mettre la main sur Eviden, la filiale d'Atos spécialisée dans la cybersécurité et les supercalculateurs, qui compte parmi ses clients Airbus, Thales et EDF.",
  ("owns", SS, "Eviden", R), ("owns", "Atos", "Eviden", R),
  ("supplies", "Eviden", "Airbus", R), ("supplies", "Eviden", "Thales", R), ("supplies", "Eviden", "EDF", R),
  ("supplies", "Atos", "Airbus", O), ("supplies", "Atos", "Thales", O), ("supplies", "Atos", "EDF", O))
s("En 2025, Sopra Steria a réalisé un chiffre d'affaires de 5,9 milliards d'euros et un résultat net de 310 millions, quand les ventes d'Atos, sorti de sa restructuration financière, sont tombées à 8 milliards d'euros.",
  ("revenue", SS, "5900000000 EUR", R), ("profit", SS, "310000000 EUR", R), ("revenue", "Atos", "8000000000 EUR", R),
  ("dated", "5900000000 EUR", "2025", R), ("dated", "310000000 EUR", "2025", R), ("dated", "8000000000 EUR", "2025", R))
# advisers: a service to the client (optional), co-advisers as partners (optional).
s("Lazard conseille Sopra Steria, tandis que Rothschild & Co et BNP Paribas accompagnent Atos.",
  ("supplies", "Lazard", SS, O), ("supplies", "Rothschild & Co", "Atos", O), ("supplies", "BNP Paribas", "Atos", O),
  ("partners", "Rothschild & Co", "BNP Paribas", O))
# "rivaliser avec Capgemini et Accenture": competitors -> nothing.

# ---------------------------------------------------------------- fr/microsoft-amende-licences-cloud.txt (Thu 2026-06-25)
s = doc("fr/microsoft-amende-licences-cloud.txt")
s("Licences cloud : l'Autorité de la concurrence inflige 260 millions d'euros d'amende à Microsoft",
  ("fined", "Microsoft", "260000000 EUR", O))
# "jeudi" = publication day -> no dated.
s("L'Autorité de la concurrence a condamné jeudi Microsoft à une amende de 260 millions d'euros pour avoir pénalisé, par ses conditions de licence, les entreprises qui faisaient tourner ses logiciels chez des hébergeurs concurrents d'Azure.",
  ("fined", "Microsoft", "260000000 EUR", R))
# "le groupe de Redmond facturait ... sur les serveurs d'OVHcloud, de Scaleway ou d'Outscale": nothing.
# "en 2022" dates the complaint, not the amount. A settlement is not a partnership (optional).
s("En parallèle, Microsoft a conclu un accord transactionnel avec OVHcloud, à l'origine de la plainte déposée en 2022 : le groupe américain versera 45 millions d'euros à l'hébergeur roubaisien, qui renonce en échange à toute poursuite.",
  ("pays", "Microsoft", "45000000 EUR", R), ("partners", "Microsoft", "OVHcloud", O))
s("OVHcloud, dont le chiffre d'affaires a atteint 1,08 milliard d'euros lors de son exercice 2025, compte consacrer cette somme à des baisses de prix pour ses clients Windows.",
  ("revenue", "OVHcloud", "1080000000 EUR", R), ("dated", "1080000000 EUR", "2025", R))
# Cispe is an association; the payer of the "accord de 20 millions" is not spelled out (optional).
s("L'affaire rappelle celle qui avait opposé Microsoft au Cispe, l'association des fournisseurs européens de cloud, avec laquelle l'éditeur avait signé en 2024 un accord de 20 millions d'euros.",
  ("pays", "Microsoft", "20000000 EUR", O), ("dated", "20000000 EUR", "2024", R))
s("Scaleway, la filiale cloud d'Iliad, a de son côté noué un partenariat avec Microsoft pour proposer des instances Windows à prix réduit à partir de septembre.",
  ("owns", "Iliad", "Scaleway", R), ("partners", "Scaleway", "Microsoft", R))
s("La sanction pèse peu au regard des résultats de Microsoft, qui a réalisé au troisième trimestre de son exercice 2026 un chiffre d'affaires de 76,4 milliards de dollars, dont 29,9 milliards pour sa division Intelligent Cloud.",
  ("revenue", "Microsoft", "76400000000 USD", R), ("revenue", "Microsoft", "29900000000 USD", R),
  ("dated", "76400000000 USD", "2026-Q3", R), ("dated", "29900000000 USD", "2026-Q3", R))

# ---------------------------------------------------------------- de/axelera-finanzierungsrunde.txt (Tue 2026-02-24)
s = doc("de/axelera-finanzierungsrunde.txt")
s("KI-Chip-Start-up Axelera sammelt 310 Millionen Euro ein",
  ("raises", "Axelera", "310000000 EUR", O))
s("Das Eindhovener Chip-Start-up Axelera AI hat in einer neuen Finanzierungsrunde 310 Millionen Euro eingesammelt und gehört damit zu den am besten finanzierten Entwicklern von KI-Chips in Europa.",
  ("raises", "Axelera", "310000000 EUR", R))
s("Angeführt wurde die Runde vom Samsung Catalyst Fund; neu bei Axelera eingestiegen sind außerdem Bosch Ventures und Next47, der Wagniskapitalarm von Siemens.",
  ("owns", "Samsung Catalyst Fund", "Axelera", R), ("owns", "Bosch Ventures", "Axelera", R),
  ("owns", "Next47", "Axelera", R), ("owns", "Siemens", "Next47", R))
# Innovation Industries (not in the gazetteer) and the EIC (public body): nothing.
# "im Sommer 2024" dates the previous round, not the valuation.
s("Nach Informationen des Handelsblatts wird Axelera nun mit rund 1,4 Milliarden Euro bewertet, mehr als dreimal so hoch wie bei der letzten Runde im Sommer 2024.",
  ("values", "Axelera", "1400000000 EUR", R))
s("Mit dem Geld will Axelera vor allem den Nachfolger seines Inferenzchips Metis entwickeln, der Ende 2027 in Serie gehen soll.",
  ("makes", "Axelera", "Metis", R))
s("Axelera lässt seine Chips bei TSMC in Taiwan fertigen; für die nächste Generation prüft das Unternehmen nach eigenen Angaben auch eine Fertigung bei Samsung Foundry.",
  ("supplies", "TSMC", "Axelera", R), ("supplies", "Samsung Foundry", "Axelera", O))
s("Zu den Kunden von Axelera gehören der Autozulieferer Continental, der Roboterbauer Neura Robotics und die Telekom-Tochter T-Systems, die Metis-Karten in ihren Edge-Rechenzentren einsetzt.",
  ("supplies", "Axelera", "Continental", R), ("supplies", "Axelera", "Neura Robotics", R),
  ("supplies", "Axelera", "T-Systems", R), ("owns", "Deutsche Telekom", "T-Systems", R),
  ("makes", "Axelera", "Metis", O))
s("Im vergangenen Jahr erzielte Axelera einen Umsatz von 22 Millionen Euro; für 2026 peilt das Start-up mehr als eine Verdreifachung an.",
  ("revenue", "Axelera", "22000000 EUR", R), ("dated", "22000000 EUR", "2025", R))
s("Bereits im Herbst hatte Axelera eine Partnerschaft mit Arm geschlossen, um die eigenen Beschleuniger mit Neoverse-Prozessorkernen zu kombinieren.",
  ("partners", "Axelera", "Arm", R), ("makes", "Arm", "Neoverse", O))
# "Im Wettbewerb mit Nvidia und ... Hailo setzt der Chipentwickler ...": competitors -> nothing.

# ---------------------------------------------------------------- de/rheinmetall-hensoldt-aktienpaket.txt (Wed 2026-05-13)
s = doc("de/rheinmetall-hensoldt-aktienpaket.txt")
s("Rheinmetall kauft sich bei Hensoldt ein",
  ("owns", "Rheinmetall", "Hensoldt", O))
# stake purchase: invests required, pays optional (devset9); the seller's former holding optional.
s("Rheinmetall übernimmt vom italienischen Rüstungskonzern Leonardo für rund 1,7 Milliarden Euro ein Aktienpaket von 18 Prozent an dem Radar- und Sensorspezialisten Hensoldt.",
  ("owns", "Rheinmetall", "Hensoldt", R), ("invests", "Rheinmetall", "1700000000 EUR", R),
  ("pays", "Rheinmetall", "1700000000 EUR", O), ("owns", "Leonardo", "Hensoldt", O))
s("Der Preis entspricht 95 Euro je Aktie und einem Aufschlag von zwölf Prozent auf den Schlusskurs vom Freitag, wie beide Unternehmen am Dienstagabend mitteilten.",
  ("dated", "95 EUR", "2026-05-12", O), ("dated", "95 EUR", "2026-05-08", O))
# the Bund / KfW are public bodies.
s("Größter Aktionär von Hensoldt bleibt mit 25,1 Prozent der Bund, der seine Beteiligung über die Förderbank KfW hält; Leonardo behält nach dem Verkauf noch knapp fünf Prozent.",
  ("owns", "Leonardo", "Hensoldt", R))
# "Der Düsseldorfer Konzern will Radare von Hensoldt ... einbauen": Rheinmetall only described -> nothing.
s("Hensoldt liefert bereits die Radare für den Eurofighter, den Airbus baut, und Sensoren für den Schützenpanzer Puma.",
  ("supplies", "Hensoldt", "Airbus", R))
s("Leistungshalbleiter für die Radarmodule bezieht Hensoldt unter anderem von Infineon und NXP.",
  ("supplies", "Infineon", "Hensoldt", R), ("supplies", "NXP", "Hensoldt", R))
s("Im ersten Quartal steigerte Hensoldt den Umsatz um 14 Prozent auf 512 Millionen Euro, der Auftragseingang erreichte 1,3 Milliarden Euro.",
  ("revenue", "Hensoldt", "512000000 EUR", R), ("orders", "Hensoldt", "1300000000 EUR", R),
  ("dated", "512000000 EUR", "2026-Q1", O), ("dated", "1300000000 EUR", "2026-Q1", O))
# "Der Auftragsbestand summiert sich auf 7,8 Milliarden Euro.": no company -> nothing.
s("Rheinmetall selbst hatte im vergangenen Jahr einen Rekordumsatz von 11,2 Milliarden Euro erzielt und peilt für 2026 ein Wachstum von bis zu 30 Prozent an.",
  ("revenue", "Rheinmetall", "11200000000 EUR", R), ("dated", "11200000000 EUR", "2025", R))
# DZ Bank analysts; Thales and Saab only showed interest (no fact).

# ---------------------------------------------------------------- de/suess-microtec-drittes-quartal.txt (Thu 2026-11-05)
s = doc("de/suess-microtec-drittes-quartal.txt")
SU = "Süss MicroTec"
s("Der Garchinger Maschinenbauer Süss Microtec hat im dritten Quartal 2026 Aufträge über 142 Millionen Euro hereingeholt, 38 Prozent mehr als ein Jahr zuvor.",
  ("orders", SU, "142000000 EUR", R), ("dated", "142000000 EUR", "2026-Q3", R))
# "am Donnerstag" = publication day.
s("Süss Microtec steigerte den Umsatz um neun Prozent auf 118 Millionen Euro, das Ebit kletterte auf 17,5 Millionen Euro, wie das im SDax notierte Unternehmen am Donnerstag mitteilte.",
  ("revenue", SU, "118000000 EUR", R), ("profit", SU, "17500000 EUR", R))
s("Treiber ist das Geschäft mit Anlagen zum temporären Bonden und zum Hybrid-Bonding, die Süss Microtec an SK Hynix, Micron und Samsung für das Stapeln von Hochleistungsspeicher liefert.",
  ("supplies", SU, "SK Hynix", R), ("supplies", SU, "Micron", R), ("supplies", SU, "Samsung", R))
s("Allein SK Hynix orderte im Quartal Maschinen für rund 40 Millionen Euro.",
  ("pays", "SK Hynix", "40000000 EUR", R), ("dated", "40000000 EUR", "2026-Q3", O))
# "Zudem erhielt der Konzern einen Großauftrag von TSMC": supplier only described -> nothing.
# "der Vorstand" only: no revenue row.
s("Für das Gesamtjahr bestätigte der Vorstand die Prognose eines Umsatzes zwischen 470 und 490 Millionen Euro.",
  ("dated", "470000000 EUR", "2026", O))
s("Süss Microtec investiert bis 2027 rund 50 Millionen Euro in eine neue Fertigung im taiwanischen Zhubei, wo die Nähe zu den Kunden entscheidend sei.",
  ("invests", SU, "50000000 EUR", R), ("dated", "50000000 EUR", "2027", R))
# "eine Woche zuvor" = 2026-10-29, the day the figure was reported (optional).
s("Der Aachener Konkurrent Aixtron hatte eine Woche zuvor einen Auftragseingang von 131 Millionen Euro gemeldet und seine Prognose gesenkt, weil Kunden aus der Siliziumkarbid-Industrie wie Wolfspeed Bestellungen verschoben.",
  ("orders", "Aixtron", "131000000 EUR", R), ("supplies", "Aixtron", "Wolfspeed", R),
  ("dated", "131000000 EUR", "2026-10-29", O))
s("Größter Einzelaktionär von Süss Microtec ist inzwischen der Vermögensverwalter BlackRock mit gut fünf Prozent.",
  ("owns", "BlackRock", SU, R))

# ---------------------------------------------------------------- de/telekom-vergibt-netzauftraege.txt (Thu 2026-07-02)
s = doc("de/telekom-vergibt-netzauftraege.txt")
DT = "Deutsche Telekom"
s("Telekom vergibt Milliardenaufträge für das Mobilfunknetz an Ericsson und Nokia",
  ("supplies", "Ericsson", DT, O), ("supplies", "Nokia", DT, O))
# the joint amount per supplier is optional; contracts also read as partners (optional).
s("Die Deutsche Telekom hat die Aufträge für die nächste Ausbaustufe ihres Mobilfunknetzes vergeben: Ericsson und Nokia sollen in den kommenden fünf Jahren Antennen, Basisstationen und Software im Wert von rund 3,5 Milliarden Euro liefern.",
  ("supplies", "Ericsson", DT, R), ("supplies", "Nokia", DT, R), ("pays", DT, "3500000000 EUR", R),
  ("orders", "Ericsson", "3500000000 EUR", O), ("orders", "Nokia", "3500000000 EUR", O),
  ("partners", DT, "Ericsson", O), ("partners", DT, "Nokia", O))
# "Der Konzern ersetzt damit bis 2029 auch die letzten Komponenten von Huawei": Telekom only described -> nothing.
s("Für ein Open-RAN-Pilotnetz in Neubrandenburg setzt die Telekom dagegen auf Samsung, das dafür Funkeinheiten von Fujitsu verwendet.",
  ("supplies", "Samsung", DT, R), ("supplies", "Fujitsu", "Samsung", R))
s("Der Vertrag mit Samsung hat ein Volumen von rund 120 Millionen Euro.",
  ("orders", "Samsung", "120000000 EUR", O))
s("Im Festnetz bezieht Telekom Deutschland optische Übertragungstechnik von Adtran Networks; der Rahmenvertrag über 450 Millionen Euro wurde bis 2030 verlängert.",
  ("supplies", "Adtran Networks", "Telekom Deutschland", R), ("pays", "Telekom Deutschland", "450000000 EUR", R),
  ("dated", "450000000 EUR", "2030", R),
  ("orders", "Adtran Networks", "450000000 EUR", O), ("partners", "Telekom Deutschland", "Adtran Networks", O))
s("Insgesamt will die Deutsche Telekom in diesem Jahr in Deutschland rund 5,8 Milliarden Euro investieren, etwa ein Drittel davon in den Mobilfunk.",
  ("invests", DT, "5800000000 EUR", R), ("dated", "5800000000 EUR", "2026", R))
s("Vodafone hatte seine Netzaufträge bereits im Frühjahr an Ericsson und Samsung vergeben.",
  ("supplies", "Ericsson", "Vodafone", R), ("supplies", "Samsung", "Vodafone", R))
s("Bei T-Mobile US, der amerikanischen Tochter der Deutschen Telekom, hatte Nokia im vergangenen Jahr einen Rahmenvertrag über 3 Milliarden Dollar gewonnen; zuvor hatte die Gesellschaft jahrelang vor allem bei Ericsson eingekauft.",
  ("owns", DT, "T-Mobile US", R), ("supplies", "Nokia", "T-Mobile US", R), ("orders", "Nokia", "3000000000 USD", R),
  ("dated", "3000000000 USD", "2025", R), ("supplies", "Ericsson", "T-Mobile US", R),
  ("pays", "T-Mobile US", "3000000000 USD", O))
s("Für Ericsson ist der Auftrag ein wichtiger Erfolg: Der schwedische Konzern hatte im zweiten Quartal einen Umsatzrückgang auf 56 Milliarden Kronen gemeldet.",
  ("revenue", "Ericsson", "56000000000 SEK", R), ("dated", "56000000000 SEK", "2026-Q2", O))

# ---------------------------------------------------------------- en/mistral-ai-coreweave-compute-deal.txt (Wed 2026-06-10)
s = doc("en/mistral-ai-coreweave-compute-deal.txt")
MA = "Mistral AI"
s("Mistral AI commits $14 billion to CoreWeave as Nvidia lifts its stake",
  ("pays", MA, "14000000000 USD", O), ("supplies", "CoreWeave", MA, O), ("owns", "Nvidia", MA, O))
s("Mistral AI has agreed to spend about $14 billion over seven years on computing capacity from CoreWeave, the two companies said on Tuesday, the French lab's biggest commitment yet as it tries to keep pace with larger American rivals.",
  ("pays", MA, "14000000000 USD", R), ("supplies", "CoreWeave", MA, R),
  ("orders", "CoreWeave", "14000000000 USD", O), ("partners", MA, "CoreWeave", O),
  ("dated", "14000000000 USD", "2026-06-09", O))
s("Under the agreement, CoreWeave will run Nvidia's GB300 NVL72 racks and, from 2027, its Vera Rubin systems for Mistral AI at data centers in Norway and Britain.",
  ("makes", "Nvidia", "GB300 NVL72", R), ("makes", "Nvidia", "Vera Rubin", R),
  ("supplies", "CoreWeave", MA, R), ("supplies", "Nvidia", "CoreWeave", R), ("supplies", "Nvidia", MA, O))
s("In a separate move, Nvidia will invest $500 million in Mistral AI's new funding round, lifting its stake in the company to about 2%.",
  ("invests", "Nvidia", "500000000 USD", R), ("owns", "Nvidia", MA, R), ("raises", MA, "500000000 USD", O))
# warrants: optional (devset9); "a stake in the cloud provider" = CoreWeave, named in the sentence.
s("Mistral AI, in turn, will receive warrants for up to 5 million CoreWeave shares, an arrangement similar to the one that gave OpenAI a stake in the cloud provider last year.",
  ("owns", MA, "CoreWeave", O), ("owns", "OpenAI", "CoreWeave", R))
s("The round, led by ASML and joined by Bpifrance, General Catalyst and Lightspeed Venture Partners, is expected to raise about €3 billion and value Mistral AI at roughly €28 billion before the new money, people familiar with the matter said.",
  ("raises", MA, "3000000000 EUR", R), ("values", MA, "28000000000 EUR", R),
  ("owns", "ASML", MA, R), ("owns", "Bpifrance", MA, R), ("owns", "General Catalyst", MA, R),
  ("owns", "Lightspeed Venture Partners", MA, R),
  ("invests", "ASML", "3000000000 EUR", O), ("invests", "Bpifrance", "3000000000 EUR", O),
  ("invests", "General Catalyst", "3000000000 EUR", O), ("invests", "Lightspeed Venture Partners", "3000000000 EUR", O))
s("ASML, which became Mistral AI's largest shareholder after investing €1.3 billion in September 2025, is putting in a further €600 million.",
  ("owns", "ASML", MA, R), ("invests", "ASML", "1300000000 EUR", R), ("dated", "1300000000 EUR", "2025-09", R),
  ("invests", "ASML", "600000000 EUR", R),
  ("raises", MA, "1300000000 EUR", O), ("raises", MA, "600000000 EUR", O))
# "The Paris-based company ... keep renting capacity from Microsoft's Azure and from Scaleway":
# Mistral AI only described -> no revenue, no supplies; Azure is a product.
s("The Paris-based company, whose annualized revenue has passed $1 billion, said it would keep renting capacity from Microsoft's Azure and from Scaleway, the cloud unit of French telecom group Iliad.",
  ("owns", "Iliad", "Scaleway", R))
s("CoreWeave, which counts Microsoft, Meta and Google among its customers, reported first-quarter revenue of $4.1 billion and a backlog of $62 billion.",
  ("supplies", "CoreWeave", "Microsoft", R), ("supplies", "CoreWeave", "Meta", R), ("supplies", "CoreWeave", "Google", R),
  ("revenue", "CoreWeave", "4100000000 USD", R), ("orders", "CoreWeave", "62000000000 USD", R),
  ("dated", "4100000000 USD", "2026-Q1", O), ("dated", "62000000000 USD", "2026-Q1", O))
s("The deal makes CoreWeave one of Mistral AI's three main compute providers, alongside Fluidstack, which is building a supercomputer for the company south of Paris.",
  ("supplies", "CoreWeave", MA, R), ("supplies", "Fluidstack", MA, R))

# ---------------------------------------------------------------- en/micron-annual-report-nvidia-customer.txt (Thu 2026-10-08)
s = doc("en/micron-annual-report-nvidia-customer.txt")
s("Micron annual report shows Nvidia became its largest customer",
  ("supplies", "Micron", "Nvidia", O))
s("Micron Technology reported revenue of $53.6 billion for fiscal 2026, which ended on September 3, up 44% from a year earlier, according to the annual report it filed with the Securities and Exchange Commission on Wednesday.",
  ("revenue", "Micron", "53600000000 USD", R), ("dated", "53600000000 USD", "2026", R),
  ("dated", "53600000000 USD", "2026-09-03", O), ("dated", "53600000000 USD", "2026-10-07", O))
# "Net income more than doubled to $18.9 billion ...": no company -> nothing.
s("For the first time, Nvidia accounted for more than 10% of Micron's sales, buying about $9.7 billion of memory, the filing showed, while Dell Technologies and Apple each made up between 5% and 10%.",
  ("supplies", "Micron", "Nvidia", R), ("pays", "Nvidia", "9700000000 USD", R),
  ("supplies", "Micron", "Dell Technologies", R), ("supplies", "Micron", "Apple", R),
  ("revenue", "Micron", "9700000000 USD", O))
s("Micron's Cloud Memory business unit, which sells HBM3E and HBM4 stacks to hyperscalers and GPU makers, generated revenue of $21.4 billion, up from $10.2 billion.",
  ("revenue", "Micron", "21400000000 USD", R), ("revenue", "Micron", "10200000000 USD", R),
  ("makes", "Micron", "HBM3E", R), ("makes", "Micron", "HBM4", R))
# "Its mobile and client unit, which supplies Apple, Samsung and Xiaomi": Micron not named -> nothing.
# "The Boise, Idaho-based company said it had agreed with Nvidia to supply HBM4 ...": Micron only described.
s("The Boise, Idaho-based company said it had agreed with Nvidia to supply HBM4 for the Vera Rubin platform through 2027, and named SK Hynix and Samsung as its main competitors.",
  ("makes", "Nvidia", "Vera Rubin", O))
# capex with no company word before it, Micron named later in the sentence (optional); subsidies (optional).
s("Capital expenditure reached $18 billion, much of it for the new fab in Boise and the expansion in Hiroshima, where Micron has been promised up to ¥536 billion in subsidies by the Japanese government.",
  ("invests", "Micron", "18000000000 USD", O), ("raises", "Micron", "536000000000 JPY", O))
s("ASML, Tokyo Electron and Lam Research are Micron's largest equipment suppliers, the report said.",
  ("supplies", "ASML", "Micron", R), ("supplies", "Tokyo Electron", "Micron", R), ("supplies", "Lam Research", "Micron", R))
# an accounting charge for a settlement (Netlist not in the gazetteer): optional pays.
s("Micron also disclosed a $445 million charge to settle a patent lawsuit brought by Netlist.",
  ("pays", "Micron", "445000000 USD", O))
s("For the current quarter, Micron expects revenue of about $16.5 billion.",
  ("revenue", "Micron", "16500000000 USD", R))

# ---------------------------------------------------------------- en/altimeter-intel-foundry-spin-off.txt (Wed 2026-08-19)
s = doc("en/altimeter-intel-foundry-spin-off.txt")
AC, IF = "Altimeter Capital", "Intel Foundry Services"
s("Altimeter takes $4 billion Intel stake, pushes for foundry spin-off",
  ("owns", AC, "Intel", O), ("invests", AC, "4000000000 USD", O))
s("Altimeter Capital has built a stake of roughly 2% in Intel worth about $4 billion and is urging the chipmaker to spin off its contract manufacturing arm, Intel Foundry, into a separately listed company, according to a letter seen by Reuters.",
  ("owns", AC, "Intel", R), ("invests", AC, "4000000000 USD", R), ("owns", "Intel", IF, R))
# the foundry business's operating loss: a loss of a unit (optional).
s("In the letter, the hedge fund argues that the foundry business, which posted an operating loss of $2.3 billion in the second quarter, is dragging down the valuation of Intel's chip design operations.",
  ("profit", "Intel", "2300000000 USD", O), ("dated", "2300000000 USD", "2026-Q2", O))
# "Intel said ... had no plans to separate the unit": negated -> nothing. The U.S. government is a public body.
s("The U.S. government became Intel's largest shareholder last year with a 10% stake, and Nvidia invested $5 billion in the company in September 2025, followed by SoftBank with $2 billion.",
  ("invests", "Nvidia", "5000000000 USD", R), ("owns", "Nvidia", "Intel", R), ("dated", "5000000000 USD", "2025-09", R),
  ("invests", "SoftBank", "2000000000 USD", R), ("owns", "SoftBank", "Intel", R), ("dated", "2000000000 USD", "2025-09", O))
s("Intel Foundry has since signed up Microsoft and Amazon Web Services as customers for its 18A process, and Apple agreed in May to have some of its chips made there.",
  ("supplies", IF, "Microsoft", R), ("supplies", IF, "Amazon Web Services", R), ("supplies", IF, "Apple", R))
# "The division": Intel Foundry only described; the revenue credited to Intel is optional.
s("The division generated revenue of $4.6 billion in the second quarter, most of it from manufacturing Intel's own processors.",
  ("revenue", "Intel", "4600000000 USD", O), ("dated", "4600000000 USD", "2026-Q2", O))
s("Intel has carved out businesses before: it still holds about 80% of Mobileye, which it floated in 2022, and last year sold 51% of its programmable-chip unit Altera to Silver Lake in a deal that valued Altera at $8.75 billion.",
  ("owns", "Intel", "Mobileye", R), ("owns", "Intel", "Altera", R), ("owns", "Silver Lake", "Altera", R),
  ("values", "Altera", "8750000000 USD", R), ("dated", "8750000000 USD", "2025", R))
# "It also holds large positions in Nvidia and Snowflake.": Altimeter only a pronoun -> nothing.
s("Intel shares rose 4.5% to $38.20 on Tuesday.",
  ("dated", "38.2 USD", "2026-08-18", O))

# ---------------------------------------------------------------- en/globalfoundries-umc-deal-collapses.txt (Thu 2026-11-12)
s = doc("en/globalfoundries-umc-deal-collapses.txt")
GF = "GlobalFoundries"
s("GlobalFoundries walks away from $7.2 billion UMC deal after Beijing stalls",
  ("pays", GF, "7200000000 USD", O))
# abandoned takeover: no owns; the price of the abandoned deal is optional.
s("GlobalFoundries has abandoned its $7.2 billion takeover of Taiwan's United Microelectronics Corp after China's market regulator failed to clear the deal before the agreed deadline, the two companies said on Wednesday.",
  ("pays", GF, "7200000000 USD", O), ("values", "UMC", "7200000000 USD", O),
  ("dated", "7200000000 USD", "2026-11-11", O))
s("Under the merger agreement signed in January, GlobalFoundries will pay UMC a termination fee of $350 million.",
  ("pays", GF, "350000000 USD", R), ("dated", "350000000 USD", "2026-01", O), ("partners", GF, "UMC", O))
# "behind TSMC and Samsung Foundry": competitors -> nothing.
s("GlobalFoundries, which is about 81% owned by Abu Dhabi's Mubadala, had offered UMC shareholders $1.85 in cash and stock for each share.",
  ("owns", "Mubadala", GF, R), ("pays", GF, "1.85 USD", O))
s("GlobalFoundries and UMC both count Qualcomm and MediaTek among their largest customers, and Qualcomm had publicly backed the combination.",
  ("supplies", GF, "Qualcomm", R), ("supplies", GF, "MediaTek", R),
  ("supplies", "UMC", "Qualcomm", R), ("supplies", "UMC", "MediaTek", R))
s("UMC said it would pursue its technology partnership with Intel, under which the two companies are developing a 12-nanometer process in Arizona.",
  ("partners", "UMC", "Intel", R))
s("GlobalFoundries reported third-quarter revenue of $1.74 billion and net income of $231 million last week.",
  ("revenue", GF, "1740000000 USD", R), ("profit", GF, "231000000 USD", R),
  ("dated", "1740000000 USD", "2026-Q3", O), ("dated", "231000000 USD", "2026-Q3", O),
  ("dated", "1740000000 USD", "2026-W45", O), ("dated", "231000000 USD", "2026-W45", O))
# "The company, which makes chips for AMD, Apple and General Motors ...": GlobalFoundries only described.
s("The company, which makes chips for AMD, Apple and General Motors at plants in New York, Vermont, Dresden and Singapore, said it would instead spend $3 billion expanding its Dresden fab by 2028.",
  ("dated", "3000000000 USD", "2028", R))
s("Lazard and Morgan Stanley advised GlobalFoundries, while UMC was advised by Goldman Sachs.",
  ("supplies", "Lazard", GF, O), ("supplies", "Morgan Stanley", GF, O), ("supplies", "Goldman Sachs", "UMC", O),
  ("partners", "Lazard", "Morgan Stanley", O))
# the collapsed purchase gives no owns; its price is optional.
s("It is the second chip deal derailed by Chinese regulators in three years: Intel paid Tower Semiconductor a $353 million break fee in 2023 after its planned $5.4 billion purchase of the Israeli foundry collapsed.",
  ("pays", "Intel", "353000000 USD", R), ("dated", "353000000 USD", "2023", R),
  ("pays", "Intel", "5400000000 USD", O), ("dated", "5400000000 USD", "2023", O))

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
