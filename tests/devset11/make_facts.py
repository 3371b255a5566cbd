#!/usr/bin/env python3
"""Writes gold/facts.csv for devset11 from the hand annotation below.

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

# ---------------------------------------------------------------- fr/bouygues-telecom-rachete-activite-entreprises-sfr.txt (Wed 2026-03-18)
s = doc("fr/bouygues-telecom-rachete-activite-entreprises-sfr.txt")
BT = "Bouygues Telecom"
s("Bouygues Telecom rachète l'activité entreprises de SFR pour 3,1 milliards d'euros",
  ("pays", BT, "3100000000 EUR", O), ("invests", BT, "3100000000 EUR", O))
# a business line and sites bought from SFR: no owns (devset9: KKR/VMware workstation unit).
s("Bouygues Telecom a annoncé mercredi la signature d'un accord pour racheter l'activité entreprises de SFR ainsi que 4 500 sites d'antennes mobiles, pour un montant de 3,1 milliards d'euros.",
  ("pays", BT, "3100000000 EUR", R), ("invests", BT, "3100000000 EUR", O))
# "La filiale du groupe Bouygues": the subsidiary is only described -> no owns.
s("Le reste des actifs de SFR, dont le réseau mobile grand public, doit être partagé entre Free et Orange, qui ont déposé une offre commune de 13,5 milliards d'euros en octobre.",
  ("partners", "Free", "Orange", R),
  ("pays", "Free", "13500000000 EUR", O), ("pays", "Orange", "13500000000 EUR", O),
  ("invests", "Free", "13500000000 EUR", O), ("invests", "Orange", "13500000000 EUR", O),
  ("dated", "13500000000 EUR", "2025-10", O))
# Autorité de la concurrence: public body, no fact.
# Altice France is not in the gazetteer.
s("SFR, contrôlé par Altice France, a enregistré en 2025 un chiffre d'affaires de 9,7 milliards d'euros, en recul de 6 %, et une perte nette de 1,4 milliard.",
  ("revenue", "SFR", "9700000000 EUR", R), ("dated", "9700000000 EUR", "2025", R),
  ("profit", "SFR", "1400000000 EUR", O), ("dated", "1400000000 EUR", "2025", R))
# "Son endettement, supérieur à 15 milliards d'euros": debt, no company named -> nothing.
s("Pour intégrer les nouveaux sites, Bouygues Telecom s'appuiera sur Ericsson, son principal équipementier radio, et sur Nokia pour le cœur de réseau, dans le cadre de contrats d'une valeur cumulée de 600 millions d'euros sur cinq ans.",
  ("supplies", "Ericsson", BT, R), ("supplies", "Nokia", BT, R), ("pays", BT, "600000000 EUR", R),
  ("orders", "Ericsson", "600000000 EUR", O), ("orders", "Nokia", "600000000 EUR", O),
  ("partners", BT, "Ericsson", O), ("partners", BT, "Nokia", O))
s("Les antennes Huawei encore installées sur le réseau de SFR devront être remplacées d'ici fin 2028.",
  ("supplies", "Huawei", "SFR", R))
# Kepler Cheuvreux: analysts, never subject. Synergies are not clearly profit.
s("Selon les analystes de Kepler Cheuvreux, Bouygues Telecom pourrait dégager 250 millions d'euros de synergies par an à partir de 2028.",
  ("profit", BT, "250000000 EUR", O), ("dated", "250000000 EUR", "2028", R))
s("Le groupe Bouygues financera l'achat par un prêt bancaire arrangé par BNP Paribas et Société Générale.",
  ("supplies", "BNP Paribas", "Bouygues", O), ("supplies", "Société Générale", "Bouygues", O),
  ("partners", "BNP Paribas", "Société Générale", O))

# ---------------------------------------------------------------- fr/schneider-electric-entre-au-capital-de-soitec.txt (Mon 2026-06-15)
s = doc("fr/schneider-electric-entre-au-capital-de-soitec.txt")
SE = "Schneider Electric"
s("Schneider Electric entre au capital de Soitec et mise sur le carbure de silicium",
  ("owns", SE, "Soitec", O))
s("Schneider Electric va prendre une participation de 12 % dans Soitec, le spécialiste isérois des plaquettes de silicium sur isolant, pour environ 290 millions d'euros, ont annoncé lundi les deux groupes.",
  ("owns", SE, "Soitec", R), ("invests", SE, "290000000 EUR", R), ("pays", SE, "290000000 EUR", O))
s("Les titres sont cédés par Bpifrance, qui conservera 5 % de Soitec, et par le japonais Shin-Etsu Chemical, qui sort totalement du capital.",
  ("owns", "Bpifrance", "Soitec", R), ("owns", "Shin-Etsu Chemical", "Soitec", O))
s("En parallèle, Schneider Electric investira 650 millions d'euros d'ici 2029 dans une usine de modules de puissance en carbure de silicium près de Grenoble, dont les puces seront fournies par STMicroelectronics.",
  ("invests", SE, "650000000 EUR", R), ("dated", "650000000 EUR", "2029", R),
  ("supplies", "STMicroelectronics", SE, R))
# "aider le groupe": Schneider only described -> no supplies Soitec -> Schneider.
s("Soitec, qui vend déjà ses substrats SmartSiC à ST et à Infineon, doit aider le groupe à sécuriser ses approvisionnements.",
  ("supplies", "Soitec", "STMicroelectronics", R), ("supplies", "Soitec", "Infineon", R))
s("Soitec a réalisé un chiffre d'affaires de 812 millions d'euros lors de son exercice clos fin mars, en baisse de 9 %, pour un résultat net de 41 millions.",
  ("revenue", "Soitec", "812000000 EUR", R), ("profit", "Soitec", "41000000 EUR", R),
  ("dated", "812000000 EUR", "2026-03", O), ("dated", "41000000 EUR", "2026-03", O),
  ("dated", "812000000 EUR", "2026", O), ("dated", "41000000 EUR", "2026", O))
s("Schneider Electric, dont les ventes ont atteint 38,2 milliards d'euros en 2025, mise sur l'essor des centres de données, où ses onduleurs et ses tableaux électriques équipent notamment les sites d'Equinix et de Digital Realty.",
  ("revenue", SE, "38200000000 EUR", R), ("dated", "38200000000 EUR", "2025", R),
  ("supplies", SE, "Equinix", R), ("supplies", SE, "Digital Realty", R))
# "Le groupe travaille ... avec Nvidia": Schneider only described -> no partners row.
s("Le groupe travaille en outre avec Nvidia sur l'alimentation des baies Vera Rubin du géant américain, qui consommeront jusqu'à 600 kilowatts chacune.",
  ("makes", "Nvidia", "Vera Rubin", R))
# Oddo BHF: analysts; "2,1 fois le chiffre d'affaires": no amount.

# ---------------------------------------------------------------- fr/thales-commandes-record-premier-semestre.txt (Thu 2026-07-23)
s = doc("fr/thales-commandes-record-premier-semestre.txt")
s("Thales a enregistré au premier semestre 2026 des prises de commandes de 13,4 milliards d'euros, en hausse de 21 %, portées par les radars et les systèmes de défense aérienne vendus aux armées européennes.",
  ("orders", "Thales", "13400000000 EUR", R), ("dated", "13400000000 EUR", "2026-H1", R))
s("Le chiffre d'affaires a progressé de 8 % à 11,1 milliards d'euros, et le résultat net ajusté de Thales a atteint 1,02 milliard.",
  ("profit", "Thales", "1020000000 EUR", R), ("revenue", "Thales", "11100000000 EUR", O))
# Bundeswehr: public body, never a payer.
s("Le plus gros contrat, d'un montant de 2,3 milliards d'euros, a été attribué à Thales par la Bundeswehr pour des radars Ground Master, dont une partie sera fabriquée en sous-traitance par Hensoldt.",
  ("orders", "Thales", "2300000000 EUR", R), ("supplies", "Hensoldt", "Thales", R))
# "Le groupe a également décroché ... 900 millions": Thales only described; PGZ not in the gazetteer -> nothing.
# "il a commandé": the customer is a pronoun; joint amount for the two suppliers.
s("Pour tenir les cadences, il a commandé à STMicroelectronics et à Infineon pour 400 millions d'euros de semi-conducteurs de puissance sur trois ans et intègre dans ses radars les circuits Versal d'AMD.",
  ("makes", "AMD", "Versal", R),
  ("orders", "STMicroelectronics", "400000000 EUR", O), ("orders", "Infineon", "400000000 EUR", O))
s("Parmi les sous-traitants de Thales figurent Safran, qui fournit les optroniques des viseurs, et Lynred, la coentreprise des deux groupes, qui livre les détecteurs infrarouges.",
  ("supplies", "Safran", "Thales", R), ("supplies", "Lynred", "Thales", R),
  ("owns", "Thales", "Lynred", R), ("owns", "Safran", "Lynred", R), ("partners", "Thales", "Safran", R))
s("Le carnet de commandes de Thales atteignait 52 milliards d'euros fin juin, soit plus de deux ans et demi d'activité.",
  ("orders", "Thales", "52000000000 EUR", R), ("dated", "52000000000 EUR", "2026-06", O))
s("Le groupe a relevé son objectif de chiffre d'affaires annuel, qu'il situe désormais entre 22,5 et 23 milliards d'euros pour 2026.",
  ("dated", "22500000000 EUR", "2026", R))
# competitors are not partners; NVL is not in the gazetteer.
s("Son concurrent allemand Rheinmetall, qui a racheté l'an dernier le chantier naval NVL, vise pour sa part un carnet de commandes de plus de 80 milliards d'euros d'ici fin 2026.",
  ("orders", "Rheinmetall", "80000000000 EUR", R), ("dated", "80000000000 EUR", "2026", R))

# ---------------------------------------------------------------- fr/capgemini-rachete-h-company.txt (Tue 2026-10-06)
s = doc("fr/capgemini-rachete-h-company.txt")
HC = "H Company"
s("Capgemini s'offre la start-up H Company pour 480 millions d'euros",
  ("owns", "Capgemini", HC, O), ("pays", "Capgemini", "480000000 EUR", O), ("invests", "Capgemini", "480000000 EUR", O))
s("Capgemini a annoncé mardi le rachat de H Company, la jeune pousse parisienne spécialisée dans les agents d'intelligence artificielle, pour 480 millions d'euros en numéraire.",
  ("owns", "Capgemini", HC, R), ("pays", "Capgemini", "480000000 EUR", R), ("invests", "Capgemini", "480000000 EUR", O))
# "la start-up": H Company not named -> no raises/values; the dates of the amounts are stated.
s("Le prix fait ressortir une décote par rapport à la valorisation de 1,1 milliard d'euros retenue lors de la levée d'amorçage de 220 millions de dollars bouclée par la start-up en 2024.",
  ("dated", "220000000 USD", "2024", R), ("dated", "1100000000 EUR", "2024", O))
s("Accel, Bpifrance et UiPath, actionnaires de H Company depuis ce tour de table aux côtés d'Amazon et de Samsung, céderont l'intégralité de leurs titres.",
  ("owns", "Accel", HC, R), ("owns", "Bpifrance", HC, R), ("owns", "UiPath", HC, R),
  ("owns", "Amazon", HC, R), ("owns", "Samsung", HC, R))
# "la banque publique réaliserait une plus-value": Bpifrance only described; Les Echos is a source.
s("Fondée en 2023 par d'anciens chercheurs de Google DeepMind, H Company emploie 90 personnes et vend ses agents à des clients comme Orange et Crédit Agricole.",
  ("supplies", HC, "Orange", R), ("supplies", HC, "Crédit Agricole", R))
s("La start-up a généré un chiffre d'affaires annualisé de 18 millions d'euros l'an dernier, sans être rentable.",
  ("dated", "18000000 EUR", "2025", R))
# "Le groupe ... partenariats avec Mistral AI, Google Cloud et Microsoft": Capgemini only described -> nothing.
# WNS is not in the gazetteer: price without owns.
s("Capgemini, qui a bouclé en 2025 le rachat de l'américain WNS pour 3,3 milliards de dollars, a réalisé un chiffre d'affaires de 22,5 milliards d'euros l'an dernier.",
  ("pays", "Capgemini", "3300000000 USD", R), ("invests", "Capgemini", "3300000000 USD", O),
  ("dated", "3300000000 USD", "2025", R),
  ("revenue", "Capgemini", "22500000000 EUR", R), ("dated", "22500000000 EUR", "2025", R))
s("Son concurrent Sopra Steria a pour sa part pris l'an dernier une participation minoritaire dans la start-up Pleias, spécialisée dans les modèles de langage ouverts.",
  ("owns", "Sopra Steria", "Pleias", R))

# ---------------------------------------------------------------- de/globalfoundries-baut-dresdner-werk-aus.txt (Thu 2026-02-19)
s = doc("de/globalfoundries-baut-dresdner-werk-aus.txt")
GF = "GlobalFoundries"
s("GlobalFoundries baut Dresdner Werk für 1,1 Milliarden Euro aus",
  ("invests", GF, "1100000000 EUR", O))
s("Der US-Chipauftragsfertiger GlobalFoundries will sein Werk in Dresden für rund 1,1 Milliarden Euro ausbauen und die Kapazität bis Ende 2028 auf mehr als eine Million Wafer pro Jahr steigern.",
  ("invests", GF, "1100000000 EUR", R), ("dated", "1100000000 EUR", "2028", O))
# Bund, Freistaat Sachsen, EU-Kommission: public bodies -> nothing.
# "beziffert das Unternehmen": GF only described -> no invests; no date.
# "Lithografiesysteme von ASML und Abscheideanlagen von Applied Materials": the buyer is not named -> nothing.
s("Zu den Kunden von GlobalFoundries in Dresden zählen Infineon, Bosch und NXP, die dort Chips für Autos und Industriesteuerungen fertigen lassen.",
  ("supplies", GF, "Infineon", R), ("supplies", GF, "Bosch", R), ("supplies", GF, "NXP", R))
# supplier not named in the sentence -> only the payment.
s("Als neuer Großkunde hat sich der Zulieferer Continental Kapazitäten für Radarchips gesichert und leistet dafür eine Vorauszahlung von 150 Millionen Euro.",
  ("pays", "Continental", "150000000 EUR", R))
s("Bei energiesparenden Chips auf Basis der 22FDX-Technologie arbeitet GF mit dem Dresdner Designhaus Racyics zusammen, die Substrate dafür liefert Soitec aus Frankreich.",
  ("partners", GF, "Racyics", R), ("supplies", "Soitec", GF, R))
s("Der Konzern hatte 2025 einen Umsatz von 6,8 Milliarden Dollar und einen Nettogewinn von 520 Millionen Dollar erzielt.",
  ("dated", "6800000000 USD", "2025", R), ("dated", "520000000 USD", "2025", R))
s("In Dresden konkurriert das Werk um Fachkräfte mit der Fabrik von ESMC, dem Gemeinschaftsunternehmen von TSMC, Bosch, Infineon und NXP, die 2027 in Betrieb gehen soll.",
  ("owns", "TSMC", "ESMC", R), ("owns", "Bosch", "ESMC", R), ("owns", "Infineon", "ESMC", R), ("owns", "NXP", "ESMC", R),
  ("partners", "TSMC", "Bosch", R), ("partners", "TSMC", "Infineon", R), ("partners", "TSMC", "NXP", R),
  ("partners", "Bosch", "Infineon", R), ("partners", "Bosch", "NXP", R), ("partners", "Infineon", "NXP", R))

# ---------------------------------------------------------------- de/volkswagen-bestellt-chips-vorauszahlungen.txt (Mon 2026-05-11)
s = doc("de/volkswagen-bestellt-chips-vorauszahlungen.txt")
VW = "Volkswagen"
s("Volkswagen bestellt Chips für 4 Milliarden Euro und zahlt erstmals im Voraus",
  ("pays", VW, "4000000000 EUR", O))
s("Volkswagen hat bei mehreren Halbleiterherstellern Chips im Wert von rund 4 Milliarden Euro für die Jahre 2027 bis 2030 bestellt, um eine Wiederholung der Lieferengpässe aus den Pandemiejahren zu vermeiden.",
  ("pays", VW, "4000000000 EUR", R), ("dated", "4000000000 EUR", "2027/2030", R))
s("Den größten Anteil erhält Infineon, gefolgt von NXP, Qualcomm und Renesas, wie Volkswagen am Montag in Wolfsburg mitteilte.",
  ("supplies", "Infineon", VW, R), ("supplies", "NXP", VW, R), ("supplies", "Qualcomm", VW, R),
  ("supplies", "Renesas", VW, R))
# "der Autobauer": nothing. "Allein Infineon erhält ... 600 Millionen Euro vorab": payer not named -> nothing.
s("Bei Speicherchips verhandelt Volkswagen nach eigenen Angaben noch mit Samsung und SK Hynix über langfristige Lieferverträge.",
  ("supplies", "Samsung", VW, O), ("supplies", "SK Hynix", VW, O))
s("Für das automatisierte Fahren setzt Volkswagen bereits Qualcomms Snapdragon-Chips ein, die Software dafür entwickelt die Konzerntochter Cariad.",
  ("supplies", "Qualcomm", VW, R), ("makes", "Qualcomm", "Snapdragon", R), ("owns", VW, "Cariad", R),
  ("supplies", "Cariad", VW, O))
# Carizon is not in the gazetteer.
s("In China stützt sich der Konzern auf Horizon Robotics, an dem Volkswagen seit 2024 knapp 5 Prozent hält; das gemeinsame Unternehmen Carizon entwickelt Fahrassistenzsysteme für den chinesischen Markt.",
  ("owns", VW, "Horizon Robotics", R), ("supplies", "Horizon Robotics", VW, R), ("partners", VW, "Horizon Robotics", R))
# "Die Wolfsburger": Volkswagen only described -> no invests; the date of the amount is stated.
s("Die Wolfsburger hatten 2024 rund 2,4 Milliarden Euro in das Gemeinschaftsunternehmen gesteckt.",
  ("dated", "2400000000 EUR", "2024", R))
s("Bei Siliziumkarbid-Chips für Elektroantriebe setzt Volkswagen auf Onsemi; mit dem US-Hersteller wurde ein Rahmenvertrag über 1,2 Milliarden Dollar bis 2029 geschlossen.",
  ("supplies", "Onsemi", VW, R), ("pays", VW, "1200000000 USD", R), ("dated", "1200000000 USD", "2029", R),
  ("orders", "Onsemi", "1200000000 USD", O), ("partners", VW, "Onsemi", O))
s("Wettbewerber BMW hatte bereits im vergangenen Jahr einen direkten Liefervertrag mit GlobalFoundries unterzeichnet.",
  ("supplies", "GlobalFoundries", "BMW", R), ("partners", "BMW", "GlobalFoundries", O))
s("Im ersten Quartal erzielte der Konzern einen Umsatz von 77,6 Milliarden Euro und ein operatives Ergebnis von 2,9 Milliarden Euro.",
  ("dated", "77600000000 EUR", "2026-Q1", O), ("dated", "2900000000 EUR", "2026-Q1", O))
# Bernstein: analysts; no amount.

# ---------------------------------------------------------------- de/siemens-energy-verkauft-kompressorengeschaeft-an-kkr.txt (Thu 2026-08-06)
s = doc("de/siemens-energy-verkauft-kompressorengeschaeft-an-kkr.txt")
SEN = "Siemens Energy"
# a business line sold to KKR: no owns (devset9); the proceeds read as raises, doubtful.
s("Siemens Energy verkauft sein Geschäft mit Industriekompressoren für 3,2 Milliarden Euro an den Finanzinvestor KKR.",
  ("pays", "KKR", "3200000000 EUR", R), ("invests", "KKR", "3200000000 EUR", O),
  ("raises", SEN, "3200000000 EUR", O))
s("Die Sparte mit Sitz in Duisburg beschäftigt rund 7.000 Mitarbeiter und erzielte im Geschäftsjahr 2025 einen Umsatz von 2,1 Milliarden Euro.",
  ("dated", "2100000000 EUR", "2025", R))
# KKR against Carlyle and EQT: competitors, not partners.
s("Finanziert wird der Kauf zum Teil über Kredite von Deutsche Bank, Commerzbank und UBS in Höhe von 1,5 Milliarden Euro.",
  ("partners", "Deutsche Bank", "Commerzbank", O), ("partners", "Deutsche Bank", "UBS", O),
  ("partners", "Commerzbank", "UBS", O))
# Siemens Gamesa is not in the gazetteer.
s("Stark gefragt sind dagegen die Gasturbinen des Konzerns, die Siemens Energy unter anderem an RWE und an den Rechenzentrumsbetreiber Equinix liefert.",
  ("supplies", SEN, "RWE", R), ("supplies", SEN, "Equinix", R))
s("Im dritten Quartal des Geschäftsjahres 2026 steigerte Siemens Energy den Umsatz auf 10,4 Milliarden Euro und den Auftragseingang auf 14,2 Milliarden Euro; der Nettogewinn lag bei 870 Millionen Euro.",
  ("revenue", SEN, "10400000000 EUR", R), ("orders", SEN, "14200000000 EUR", R),
  ("dated", "10400000000 EUR", "2026-Q3", R), ("dated", "14200000000 EUR", "2026-Q3", R),
  ("profit", SEN, "870000000 EUR", O), ("dated", "870000000 EUR", "2026-Q3", O))
s("Für das laufende Geschäftsjahr erwartet der Konzern nun einen Gewinn nach Steuern von 3,5 bis 4 Milliarden Euro.",
  ("dated", "3500000000 EUR", "2026", O))
s("KKR ist in Deutschland unter anderem an Axel Springer beteiligt.",
  ("owns", "KKR", "Axel Springer", R))
# "Der Finanzinvestor ... 600 Milliarden Dollar": KKR only described; assets under management, no date.

# ---------------------------------------------------------------- de/nemetschek-jahresbilanz-dividende.txt (Thu 2026-03-19)
s = doc("de/nemetschek-jahresbilanz-dividende.txt")
NE = "Nemetschek"
s("Der Münchner Softwarekonzern Nemetschek hat 2025 erstmals mehr als 1,3 Milliarden Euro umgesetzt.",
  ("revenue", NE, "1300000000 EUR", R), ("dated", "1300000000 EUR", "2025", R))
s("Der Umsatz stieg um 14 Prozent auf 1,36 Milliarden Euro, der Nettogewinn von Nemetschek um 19 Prozent auf 248 Millionen Euro, wie das Unternehmen am Donnerstag mitteilte.",
  ("profit", NE, "248000000 EUR", R), ("revenue", NE, "1360000000 EUR", O))
# dividend payout (total and per share): read as pays, doubtful.
s("Die Aktionäre sollen eine um zehn Cent höhere Dividende von 0,65 Euro je Aktie erhalten; insgesamt schüttet Nemetschek damit rund 75 Millionen Euro aus.",
  ("pays", NE, "75000000 EUR", O), ("pays", NE, "0.65 EUR", O))
# Trellisworks is not in the gazetteer: price without owns.
s("Im Herbst hatte Nemetschek für 410 Millionen Dollar den US-Anbieter Trellisworks übernommen, der Software zur Koordination von Bauprojekten entwickelt.",
  ("pays", NE, "410000000 USD", R), ("invests", NE, "410000000 USD", O), ("dated", "410000000 USD", "2025-FA", O))
s("Zudem beteiligte sich Nemetschek mit 15 Prozent an dem Dresdner Start-up Wandelbots, das Software für Industrie- und Bauroboter entwickelt.",
  ("owns", NE, "Wandelbots", R))
# "Eine weitere Übernahme ... bis zu 1 Milliarde Dollar": no company -> nothing.
s("Bei KI-Funktionen setzt Nemetschek auf Modelle von Mistral AI und auf die Cloud von Microsoft, mit der der Konzern seit 2024 eine strategische Partnerschaft verbindet.",
  ("supplies", "Mistral AI", NE, R), ("supplies", "Microsoft", NE, R), ("partners", NE, "Microsoft", R),
  ("partners", NE, "Mistral AI", O))
s("Im Mittelstand vertreibt unter anderem Bechtle die Programme von Nemetschek.",
  ("supplies", NE, "Bechtle", R), ("partners", NE, "Bechtle", O))
s("An der Börse wird Nemetschek derzeit mit rund 11 Milliarden Euro bewertet.",
  ("values", NE, "11000000000 EUR", R))

# ---------------------------------------------------------------- en/nscale-raises-equity-and-debt.txt (Tue 2026-09-15)
s = doc("en/nscale-raises-equity-and-debt.txt")
NS = "Nscale"
s("Nscale raises $3.4 billion in equity and debt to buy Nvidia chips",
  ("raises", NS, "3400000000 USD", O), ("supplies", "Nvidia", NS, O))
s("Nscale, the London-based GPU cloud provider, has raised $3.4 billion in a mix of equity and debt as it races to build data centers for Microsoft and OpenAI, the company said on Tuesday.",
  ("raises", NS, "3400000000 USD", R), ("supplies", NS, "Microsoft", R), ("supplies", NS, "OpenAI", R))
# "values the company": Nscale not named -> no values / owns; the round's investors against its total.
s("The $1.4 billion equity portion was led by Nvidia and Blackstone, with Dell Technologies and Nokia also taking part, and values the company at $14.5 billion including the new money.",
  ("invests", "Nvidia", "1400000000 USD", O), ("invests", "Blackstone", "1400000000 USD", O),
  ("invests", "Dell Technologies", "1400000000 USD", O), ("invests", "Nokia", "1400000000 USD", O),
  ("partners", "Nvidia", "Blackstone", O))
s("Nscale was valued at $3.1 billion a year ago.",
  ("values", NS, "3100000000 USD", R), ("dated", "3100000000 USD", "2025", O), ("dated", "3100000000 USD", "2025-09", O))
s("The remaining $2 billion is a loan facility arranged by JPMorgan, Goldman Sachs and Mizuho and secured against the chips themselves.",
  ("partners", "JPMorgan", "Goldman Sachs", O), ("partners", "JPMorgan", "Mizuho", O),
  ("partners", "Goldman Sachs", "Mizuho", O))
s("Most of the money will flow back to Nvidia: Nscale has agreed to buy about 100,000 GB300 chips from the chipmaker for delivery through the end of 2027, a purchase analysts at Bernstein put at roughly $4.5 billion.",
  ("supplies", "Nvidia", NS, R), ("makes", "Nvidia", "GB300", R), ("pays", NS, "4500000000 USD", R),
  ("orders", "Nvidia", "4500000000 USD", O), ("dated", "4500000000 USD", "2027", O))
s("Nscale also buys AMD's MI355X accelerators for a smaller cluster in Norway.",
  ("supplies", "AMD", NS, R), ("makes", "AMD", "MI355X", R))
# "its largest customer": Nscale is a pronoun -> no supplies; payer read off the contract (devset9: pays Micron).
s("Microsoft, its largest customer, signed a five-year contract worth up to $24 billion last October for capacity in Texas, Portugal and Loughton, near London.",
  ("pays", "Microsoft", "24000000000 USD", O), ("dated", "24000000000 USD", "2025-10", R))
s("OpenAI, which already rents computing power from CoreWeave, Oracle and Microsoft, will use Nscale's site in northern Norway for training from 2027.",
  ("supplies", "CoreWeave", "OpenAI", R), ("supplies", "Oracle", "OpenAI", R), ("supplies", "Microsoft", "OpenAI", R),
  ("supplies", NS, "OpenAI", R))
s("The company expects revenue of about $1.1 billion this year, up from $190 million in 2025, and does not plan to turn a profit before 2028.",
  ("dated", "1100000000 USD", "2026", R), ("dated", "190000000 USD", "2025", R))
s("CoreWeave, its much larger US rival, has a market value of around $60 billion after reporting second-quarter revenue of $2.3 billion.",
  ("values", "CoreWeave", "60000000000 USD", R), ("revenue", "CoreWeave", "2300000000 USD", R),
  ("dated", "2300000000 USD", "2026-Q2", O))

# ---------------------------------------------------------------- en/tsmc-third-quarter-profit-capex.txt (Thu 2026-10-15)
s = doc("en/tsmc-third-quarter-profit-capex.txt")
s("TSMC posted a 38% jump in third-quarter net profit to NT$452 billion ($14.1 billion) on Thursday, as orders for artificial intelligence chips kept its most advanced production lines running at full capacity.",
  ("profit", "TSMC", "452000000000 TWD", R), ("profit", "TSMC", "14100000000 USD", R),
  ("dated", "452000000000 TWD", "2026-Q3", O), ("dated", "14100000000 USD", "2026-Q3", O))
# "Revenue at the world's largest contract chipmaker": TSMC only described -> nothing.
s("High-performance computing, which covers the AI accelerators TSMC makes for Nvidia, AMD and Broadcom, accounted for 61% of sales, while smartphone processors for Apple and Qualcomm made up 27%.",
  ("supplies", "TSMC", "Nvidia", R), ("supplies", "TSMC", "AMD", R), ("supplies", "TSMC", "Broadcom", R),
  ("supplies", "TSMC", "Apple", R), ("supplies", "TSMC", "Qualcomm", R))
# "Apple remained its single largest customer": TSMC is a pronoun -> nothing.
s("Chief Executive Wei Che-chia said the company would raise capital expenditure for 2026 to between $48 billion and $50 billion, from a previous range of $44 billion to $48 billion, mostly for 2-nanometer and advanced packaging capacity.",
  ("dated", "48000000000 USD", "2026", R), ("dated", "44000000000 USD", "2026", O))
s("TSMC expects fourth-quarter revenue of $33.5 billion to $34.7 billion.",
  ("revenue", "TSMC", "33500000000 USD", R), ("dated", "33500000000 USD", "2026-Q4", O))
s("In Arizona, where TSMC has pledged to invest $165 billion, its second fab will start producing 3-nanometer chips for Nvidia and AMD in 2027.",
  ("invests", "TSMC", "165000000000 USD", R), ("supplies", "TSMC", "Nvidia", R), ("supplies", "TSMC", "AMD", R),
  ("dated", "165000000000 USD", "2027", O))
s("Rival Samsung Foundry won Tesla as a customer last year with a $16.5 billion contract running until 2033 for chips made at its plant in Taylor, Texas.",
  ("supplies", "Samsung Foundry", "Tesla", R), ("pays", "Tesla", "16500000000 USD", R),
  ("dated", "16500000000 USD", "2025", R), ("dated", "16500000000 USD", "2033", R),
  ("orders", "Samsung Foundry", "16500000000 USD", O), ("partners", "Samsung Foundry", "Tesla", O))

# ---------------------------------------------------------------- en/marvell-to-buy-astera-labs.txt (Mon 2026-11-02)
s = doc("en/marvell-to-buy-astera-labs.txt")
AL = "Astera Labs"
s("Marvell to buy Astera Labs for $41 billion in cash and stock",
  ("owns", "Marvell", AL, O), ("pays", "Marvell", "41000000000 USD", O), ("invests", "Marvell", "41000000000 USD", O))
s("Marvell Technology agreed to buy Astera Labs in a cash-and-stock deal that values the maker of data-center connectivity chips at about $41 billion, the companies said on Monday.",
  ("owns", "Marvell", AL, R), ("values", AL, "41000000000 USD", R), ("pays", "Marvell", "41000000000 USD", R),
  ("invests", "Marvell", "41000000000 USD", O))
# "Astera" alone is no gazetteer alias; $52 a share.
s("Astera shareholders will receive $52 in cash and 1.35 Marvell shares for each share they own, a 24% premium to Friday's closing price.",
  ("pays", "Marvell", "52 USD", O))
s("The combined company, which will keep the Marvell name and its Santa Clara headquarters, would have annual revenue of roughly $11 billion.",
  ("revenue", "Marvell", "11000000000 USD", O))
s("Marvell plans to fund the $18 billion cash portion with cash on hand and a bridge loan from JPMorgan and Barclays.",
  ("pays", "Marvell", "18000000000 USD", R),
  ("supplies", "JPMorgan", "Marvell", O), ("supplies", "Barclays", "Marvell", O), ("partners", "JPMorgan", "Barclays", O))
s("Astera Labs, whose Scorpio switches and Aries retimers sit inside Nvidia's GB300 NVL72 racks and Amazon's Trainium servers, more than doubled its revenue to $1.6 billion last year.",
  ("supplies", AL, "Nvidia", R), ("supplies", AL, "Amazon", R),
  ("makes", "Nvidia", "GB300 NVL72", R), ("makes", "Amazon", "Trainium", R),
  ("revenue", AL, "1600000000 USD", R), ("dated", "1600000000 USD", "2025", R))
# Alchip is not in the gazetteer.
s("Marvell, which designs custom AI chips for Amazon Web Services and Microsoft, has been under pressure since Amazon moved part of its Trainium work to Alchip.",
  ("supplies", "Marvell", "Amazon Web Services", R), ("supplies", "Marvell", "Microsoft", R),
  ("makes", "Amazon", "Trainium", R), ("supplies", "Marvell", "Amazon", O))
# regulators: public bodies. Inphi is not in the gazetteer: price without owns.
s("It would be Marvell's largest acquisition since it bought Inphi for $10 billion in 2021.",
  ("pays", "Marvell", "10000000000 USD", R), ("invests", "Marvell", "10000000000 USD", O),
  ("dated", "10000000000 USD", "2021", R))
s("Goldman Sachs advised Marvell, while Morgan Stanley advised Astera Labs.",
  ("supplies", "Goldman Sachs", "Marvell", O), ("supplies", "Morgan Stanley", AL, O))

# ---------------------------------------------------------------- en/xiaomi-switches-to-mediatek-chips.txt (Thu 2026-08-20)
s = doc("en/xiaomi-switches-to-mediatek-chips.txt")
s("Xiaomi to move flagship phones to MediaTek chips in blow to Qualcomm",
  ("supplies", "MediaTek", "Xiaomi", O), ("supplies", "Qualcomm", "Xiaomi", O))
s("Xiaomi will use MediaTek's Dimensity processors and modems in most of its flagship smartphones from next year, replacing Qualcomm as its main supplier, according to three people familiar with the plans.",
  ("supplies", "MediaTek", "Xiaomi", R), ("makes", "MediaTek", "Dimensity", R), ("supplies", "Qualcomm", "Xiaomi", O))
# "The Chinese phone maker": Xiaomi only described -> no pays / supplies to Xiaomi; Jefferies: analysts.
s("The Chinese phone maker bought about $4 billion worth of Snapdragon chips from Qualcomm last year, making it the US company's second-largest handset customer after Apple, analysts at Jefferies estimate.",
  ("makes", "Qualcomm", "Snapdragon", R), ("supplies", "Qualcomm", "Apple", R), ("dated", "4000000000 USD", "2025", R),
  ("orders", "Qualcomm", "4000000000 USD", O), ("revenue", "Qualcomm", "4000000000 USD", O))
s("MediaTek has offered lower prices and will also supply 5G modems for Xiaomi's tablets and electric cars, one of the people said.",
  ("supplies", "MediaTek", "Xiaomi", R))
# a revenue cut, not revenue: doubtful.
s("The switch could cut Qualcomm's handset revenue by roughly $2.5 billion a year from 2027, according to Bernstein.",
  ("revenue", "Qualcomm", "2500000000 USD", O), ("dated", "2500000000 USD", "2027", R))
s("Qualcomm is already losing modem business at Apple, which began fitting its own C1 modems in iPhones last year and plans to phase out Qualcomm parts by 2027.",
  ("supplies", "Qualcomm", "Apple", O))
s("Xiaomi is also designing its own chips: its XRING O1 processor, made by TSMC on a 3-nanometer process, powers the Xiaomi 15S Pro and several tablets.",
  ("supplies", "TSMC", "Xiaomi", R))
# "It has pledged": Xiaomi a pronoun -> no invests; the date of the amount is stated.
s("It has pledged to spend at least 50 billion yuan on chip development over ten years from 2025.",
  ("dated", "50000000000 CNY", "2025", R))
s("Samsung, the world's largest Android phone maker, has also reduced its reliance on Qualcomm by fitting its own Exynos chips in Galaxy S26 phones sold in Europe and South Korea.",
  ("makes", "Samsung", "Exynos", R), ("supplies", "Qualcomm", "Samsung", O))
s("MediaTek, which also co-designed the chip inside Nvidia's DGX Spark desktop system, posted second-quarter revenue of NT$150 billion.",
  ("makes", "Nvidia", "DGX Spark", R), ("revenue", "MediaTek", "150000000000 TWD", R),
  ("dated", "150000000000 TWD", "2026-Q2", O), ("partners", "MediaTek", "Nvidia", O), ("supplies", "MediaTek", "Nvidia", O))

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
