#!/usr/bin/env python3
"""Writes gold/facts.csv for devset14 (ownership and capital) from the hand annotation below.

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

# ---------------------------------------------------------------- fr/mistral-ai-leve-2-milliards.txt (Wed 2026-03-18)
s = doc("fr/mistral-ai-leve-2-milliards.txt")
MI = "Mistral AI"
s("Mistral AI lève 2 milliards d'euros et porte sa valorisation à 28 milliards",
  ("raises", MI, "2000000000 EUR", O), ("values", MI, "28000000000 EUR", O))
# "mercredi" is the document's own day: no dated row for the round.
s("Mistral AI a bouclé une nouvelle levée de fonds de 2 milliards d'euros, a annoncé mercredi la start-up parisienne, dont la valorisation grimpe à 28 milliards d'euros, contre 11,7 milliards lors du tour précédent, en septembre 2025.",
  ("raises", MI, "2000000000 EUR", R), ("values", MI, "28000000000 EUR", R),
  ("values", MI, "11700000000 EUR", R), ("dated", "11700000000 EUR", "2025-09", R))
# "la branche de capital-risque du conglomérat coréen": Samsung only described -> no owns Samsung.
s("Le tour est mené par MGX, le fonds d'investissement d'Abou Dhabi, qui fait son entrée au capital de Mistral aux côtés de Bpifrance, de Nvidia et de Samsung Catalyst Fund, la branche de capital-risque du conglomérat coréen, trois actionnaires historiques qui remettent au pot.",
  ("owns", "MGX", MI, R), ("owns", "Bpifrance", MI, R), ("owns", "Nvidia", MI, R),
  ("owns", "Samsung Catalyst Fund", MI, R))
s("MGX apporterait à lui seul 600 millions d'euros.",
  ("invests", "MGX", "600000000 EUR", R))
# stake bought earlier; "n'a pas participé à l'opération" negates only the new round.
s("ASML, entré au capital de Mistral AI en septembre 2025 avec un chèque de 1,3 milliard d'euros, n'a pas participé à l'opération et voit sa participation diluée d'environ 11 % à 9,5 %.",
  ("owns", "ASML", MI, R), ("invests", "ASML", "1300000000 EUR", R),
  ("dated", "1300000000 EUR", "2025-09", R), ("pays", "ASML", "1300000000 EUR", O))
# founders are people; Les Echos is a medium.
s("Microsoft, qui avait souscrit en 2024 pour 15 millions d'euros d'obligations convertibles de Mistral, en détient aujourd'hui moins de 1 %.",
  ("owns", "Microsoft", MI, R), ("invests", "Microsoft", "15000000 EUR", R),
  ("dated", "15000000 EUR", "2024", R), ("pays", "Microsoft", "15000000 EUR", O))
# "Mistral Compute" is a product, "l'entreprise" a description: no supplies Nvidia -> Mistral AI.
s("L'argent frais doit d'abord financer Mistral Compute, l'infrastructure de calcul que l'entreprise bâtit à Bruyères-le-Châtel avec 18 000 puces Grace Blackwell de Nvidia, ainsi qu'un second campus en Suède, dont le coût est estimé à 1,2 milliard d'euros.",
  ("makes", "Nvidia", "GB200", R))
s("Mistral revendique plus de cent grands comptes, parmi lesquels CMA CGM, Stellantis et BNP Paribas, et un chiffre d'affaires annualisé de 400 millions d'euros.",
  ("supplies", MI, "CMA CGM", R), ("supplies", MI, "Stellantis", R), ("supplies", MI, "BNP Paribas", R),
  ("revenue", MI, "400000000 EUR", R))
s("Ce tour creuse l'écart avec ses concurrents européens : l'allemand Aleph Alpha, dont le groupe Schwarz est le premier actionnaire, s'est replié sur les logiciels, et H Company n'a levé que 220 millions de dollars en 2024.",
  ("owns", "Schwarz Gruppe", "Aleph Alpha", R), ("raises", "H Company", "220000000 USD", R),
  ("dated", "220000000 USD", "2024", R))
# hedged twice (conditional, "discuterait"); Bloomberg is the source.
s("Outre-Atlantique, OpenAI discuterait selon Bloomberg d'une levée valorisant le créateur de ChatGPT 830 milliards de dollars.",
  ("values", "OpenAI", "830000000000 USD", O))

# ---------------------------------------------------------------- fr/orange-porte-participation-bleu.txt (Wed 2026-06-24)
s = doc("fr/orange-porte-participation-bleu.txt")
s("Orange va porter à 70 % sa participation dans Bleu",
  ("owns", "Orange", "Bleu", O))
s("Orange va porter sa participation dans Bleu de 50 % à 70 % en rachetant une partie des titres détenus par Capgemini, ont annoncé mercredi les deux groupes, confirmant une information de La Tribune.",
  ("owns", "Orange", "Bleu", R), ("owns", "Capgemini", "Bleu", R), ("partners", "Orange", "Capgemini", O))
# "L'opérateur versera ... à la société de services informatiques ... valorise la coentreprise":
# buyer, seller and target only described -> no pays/values rows (no date either).
s("Capgemini conservera 30 % du capital de Bleu et restera son partenaire technologique, tandis que Microsoft, qui ne détient aucune part de la coentreprise, continuera de lui concéder ses logiciels contre des redevances.",
  ("owns", "Capgemini", "Bleu", R), ("partners", "Capgemini", "Bleu", R), ("supplies", "Microsoft", "Bleu", R),
  ("supplies", "Capgemini", "Bleu", O), ("partners", "Microsoft", "Bleu", O))
# negated: "Microsoft, qui ne détient aucune part" -> no owns Microsoft Bleu.
s("Qualifiée SecNumCloud depuis fin 2025, Bleu a réalisé l'an dernier un chiffre d'affaires de 64 millions d'euros et compte parmi ses clients EDF, Crédit Agricole et Airbus.",
  ("revenue", "Bleu", "64000000 EUR", R), ("dated", "64000000 EUR", "2025", R),
  ("supplies", "Bleu", "EDF", R), ("supplies", "Bleu", "Crédit Agricole", R), ("supplies", "Bleu", "Airbus", R))
# the French state is no company.
s("Orange, dont l'État français détient 23 % du capital, prévoit d'investir 1 milliard d'euros d'ici 2028 dans le cloud souverain, au travers de Bleu et de sa filiale Orange Business.",
  ("invests", "Orange", "1000000000 EUR", R), ("dated", "1000000000 EUR", "2028", R),
  ("owns", "Orange", "Orange Business", R), ("owns", "Orange", "Bleu", O),
  ("invests", "Bleu", "1000000000 EUR", O))
s("Thales, qui détient 51 % de S3NS, envisage d'ouvrir le capital de sa filiale à un investisseur financier, tandis que Google conserve les 49 % restants.",
  ("owns", "Thales", "S3NS", R), ("owns", "Google", "S3NS", R), ("partners", "Thales", "Google", O))
# Docaposte is not in the gazetteer (optional, surface name); Banque des Territoires is public.
s("Chez NumSpot, Docaposte et Dassault Systèmes, maison mère d'Outscale, partagent le contrôle avec Bouygues Telecom et la Banque des Territoires, qui a annoncé en mai vouloir céder ses 25 %.",
  ("owns", "Dassault Systèmes", "NumSpot", R), ("owns", "Dassault Systèmes", "Outscale", R),
  ("owns", "Bouygues Telecom", "NumSpot", R), ("owns", "Docaposte", "NumSpot", O),
  ("partners", "Dassault Systèmes", "Bouygues Telecom", O), ("partners", "Docaposte", "Dassault Systèmes", O),
  ("partners", "Docaposte", "Bouygues Telecom", O))
# analyst of Oddo BHF is no subject; the joint venture Capgemini sold is unnamed -> no owns.
s("« Avec 70 %, Orange aura enfin les mains libres pour investir et pourra, le moment venu, envisager une cotation », estime un analyste d'Oddo BHF, qui rappelle que Capgemini avait déjà cédé en 2024 sa participation de 40 % dans une autre coentreprise, pour 180 millions d'euros.",
  ("dated", "180000000 EUR", "2024", R), ("raises", "Capgemini", "180000000 EUR", O))

# ---------------------------------------------------------------- fr/soitec-rejette-offre-globalwafers.txt (Tue 2026-09-29)
s = doc("fr/soitec-rejette-offre-globalwafers.txt")
# rejected offer: no owns/pays GlobalWafers; the valuation the offer puts on Soitec is stated.
s("Le conseil d'administration de Soitec a rejeté à l'unanimité l'offre publique d'achat non sollicitée du taïwanais GlobalWafers, qui proposait 78 euros par action, soit une valorisation de 2,8 milliards d'euros pour le spécialiste grenoblois des plaquettes de silicium sur isolant.",
  ("values", "Soitec", "2800000000 EUR", R))
# "Le groupe de Hsinchu ... participation de 6 %": neither end named -> nothing.
s("Les principaux actionnaires de Soitec, Bpifrance et CEA Investissement, qui détiennent chacun environ 10 % du capital, ainsi que le japonais Shin-Etsu Chemical, avec 7 %, ont indiqué qu'ils n'apporteraient pas leurs titres.",
  ("owns", "Bpifrance", "Soitec", R), ("owns", "Shin-Etsu Chemical", "Soitec", R),
  ("owns", "CEA Investissement", "Soitec", O))
# failed takeover: no owns/pays; the year is the year of the failure.
s("Ce n'est pas la première déconvenue de GlobalWafers en Europe : en 2022, son projet de rachat de l'allemand Siltronic pour 4,35 milliards d'euros avait échoué faute d'autorisation à Berlin.",
  ("dated", "4350000000 EUR", "2022", O))
# "Le taïwanais": GlobalWafers only described -> no revenue row; the date of the amount is stated.
s("Le taïwanais, qui a réalisé en 2025 un chiffre d'affaires de 62 milliards de dollars taïwanais, dispose de près de 1,5 milliard d'euros de trésorerie.",
  ("dated", "62000000000 TWD", "2025", R))
s("Soitec traverse une passe difficile : son chiffre d'affaires a reculé de 9 % à 890 millions d'euros sur l'exercice clos fin mars.",
  ("revenue", "Soitec", "890000000 EUR", R), ("dated", "890000000 EUR", "2026-03", O), ("dated", "890000000 EUR", "2026", O))
s("Premier client de Soitec, Qualcomm lui achète des plaquettes RF-SOI pour ses puces Snapdragon.",
  ("supplies", "Soitec", "Qualcomm", R), ("makes", "Qualcomm", "Snapdragon", R))
s("GlobalWafers est conseillé par Morgan Stanley et Rothschild & Co, Soitec par Lazard et BNP Paribas.",
  ("supplies", "Morgan Stanley", "GlobalWafers", O), ("supplies", "Rothschild & Co", "GlobalWafers", O),
  ("supplies", "Lazard", "Soitec", O), ("supplies", "BNP Paribas", "Soitec", O))
# analysts' hypothetical higher bid: nothing.

# ---------------------------------------------------------------- fr/iliad-introduction-bourse-scaleway.txt (Thu 2026-11-05)
s = doc("fr/iliad-introduction-bourse-scaleway.txt")
s("Iliad fixe le prix de l'introduction en Bourse de Scaleway",
  ("owns", "Iliad", "Scaleway", O))
s("Iliad a fixé jeudi à 24 euros par action le prix de l'introduction en Bourse de Scaleway, sa filiale spécialisée dans le cloud, qui lèvera 850 millions d'euros sur Euronext Paris et sera valorisée 6,2 milliards d'euros.",
  ("owns", "Iliad", "Scaleway", R), ("raises", "Scaleway", "850000000 EUR", R), ("values", "Scaleway", "6200000000 EUR", R))
# "La maison mère de Free": Iliad only described -> no owns Iliad Free, no owns Iliad Scaleway here.
s("La maison mère de Free conservera environ 72 % de Scaleway, le solde étant partagé entre le public et trois investisseurs de référence, Bpifrance, Temasek et Ardian, qui ont souscrit ensemble pour 300 millions d'euros.",
  ("owns", "Bpifrance", "Scaleway", R), ("owns", "Temasek", "Scaleway", R), ("owns", "Ardian", "Scaleway", R),
  ("invests", "Bpifrance", "300000000 EUR", O), ("invests", "Temasek", "300000000 EUR", O),
  ("invests", "Ardian", "300000000 EUR", O))
s("Iliad, dont Xavier Niel contrôle environ 70 % du capital via sa holding, cédera en outre des titres existants pour quelque 250 millions d'euros afin de réduire sa dette.",
  ("raises", "Iliad", "250000000 EUR", O))
s("Scaleway a réalisé en 2025 un chiffre d'affaires de 210 millions d'euros, en hausse de 35 %, et prévoit d'investir 1,5 milliard d'euros d'ici 2030 dans des centres de données équipés de GPU H100 et B200 de Nvidia et d'accélérateurs MI355X d'AMD.",
  ("revenue", "Scaleway", "210000000 EUR", R), ("dated", "210000000 EUR", "2025", R),
  ("invests", "Scaleway", "1500000000 EUR", R), ("dated", "1500000000 EUR", "2030", R),
  ("makes", "Nvidia", "H100", R), ("makes", "Nvidia", "B200", R), ("makes", "AMD", "MI355X", R),
  ("supplies", "Nvidia", "Scaleway", R), ("supplies", "AMD", "Scaleway", R))
# "Elle compte parmi ses clients Mistral AI, Hugging Face": Scaleway only a pronoun -> nothing.
s("BNP Paribas, Goldman Sachs et Société Générale ont dirigé l'opération, la plus importante introduction à Paris depuis trois ans.",
  ("partners", "BNP Paribas", "Goldman Sachs", O), ("partners", "BNP Paribas", "Société Générale", O),
  ("partners", "Goldman Sachs", "Société Générale", O))
# the Klaba family are people; "aujourd'hui" is the document's date.
s("Son concurrent OVHcloud, dont la famille Klaba détient environ 80 % du capital, avait levé 350 millions d'euros lors de sa cotation en 2021 et est aujourd'hui valorisé 1,4 milliard d'euros.",
  ("raises", "OVHcloud", "350000000 EUR", R), ("dated", "350000000 EUR", "2021", R),
  ("values", "OVHcloud", "1400000000 EUR", R))
s("Iliad n'exclut pas de céder à terme 20 % supplémentaires de Scaleway à un partenaire industriel, selon une source proche du dossier.",
  ("owns", "Iliad", "Scaleway", R))

# ---------------------------------------------------------------- de/telekom-baut-mehrheit-t-mobile-us-aus.txt (Thu 2026-02-26)
s = doc("de/telekom-baut-mehrheit-t-mobile-us-aus.txt")
DT, TM = "Deutsche Telekom", "T-Mobile US"
s("Telekom baut Mehrheit an T-Mobile US aus",
  ("owns", DT, TM, O))
s("Die Deutsche Telekom hat ihren Anteil an der US-Tochter T-Mobile US auf 54 Prozent erhöht und dafür seit Jahresbeginn rund 3,4 Milliarden Dollar ausgegeben, wie der Bonner Konzern am Donnerstag bei der Vorlage seiner Jahreszahlen mitteilte.",
  ("owns", DT, TM, R), ("invests", DT, "3400000000 USD", R), ("pays", DT, "3400000000 USD", O),
  ("dated", "3400000000 USD", "2026", O))
# SoftBank sold its last shares: past holding (optional); proceeds read as raises (optional).
s("Möglich wurde der Zukauf, weil Softbank seine letzten T-Mobile-Aktien im Januar für gut 4,8 Milliarden Dollar über die Börse platziert hatte.",
  ("owns", "SoftBank", TM, O), ("raises", "SoftBank", "4800000000 USD", O), ("dated", "4800000000 USD", "2026-01", O))
# "Die Japaner": SoftBank only described -> no owns SoftBank OpenAI.
s("Zu den größten übrigen Anteilseignern von T-Mobile US zählen die Vermögensverwalter Blackrock und Vanguard mit jeweils rund 4 Prozent.",
  ("owns", "BlackRock", TM, R), ("owns", "Vanguard", TM, O))
s("Telekom-Chef Tim Höttges bekräftigte, die Beteiligung an T-Mobile US langfristig halten zu wollen: Die Tochter steuerte im vergangenen Jahr rund zwei Drittel zum Konzernumsatz von 119 Milliarden Euro bei.",
  ("owns", DT, TM, R), ("revenue", DT, "119000000000 EUR", R), ("dated", "119000000000 EUR", "2025", R))
s("Der bereinigte Konzernüberschuss der Telekom stieg um 5 Prozent auf 10,2 Milliarden Euro.",
  ("profit", DT, "10200000000 EUR", R))
# GD Towers, Digitalbridge: not in the gazetteer (optional, surface names); joint price per buyer optional.
s("Ganz anders ging der Konzern bei den Funktürmen vor: Die Mehrheit an der früheren Tochter GD Towers hatte die Telekom 2023 für 10,7 Milliarden Euro an die Finanzinvestoren Digitalbridge und Brookfield verkauft.",
  ("dated", "10700000000 EUR", "2023", R), ("owns", DT, "GD Towers", O),
  ("owns", "Brookfield", "GD Towers", O), ("owns", "Digitalbridge", "GD Towers", O),
  ("pays", "Brookfield", "10700000000 EUR", O), ("pays", "Digitalbridge", "10700000000 EUR", O),
  ("raises", DT, "10700000000 EUR", O))
# KKR and CVC only show interest -> nothing; Handelsblatt is the source.
s("Auch in Europa wird umgebaut: Die ungarische Tochter Magyar Telekom, an der die Telekom rund 60 Prozent hält, steht nach Handelsblatt-Informationen zum Verkauf; Interesse zeigen die Finanzinvestoren KKR und CVC.",
  ("owns", DT, "Magyar Telekom", R))
# analysts value the stake, not the company.
s("Analysten der DZ Bank bewerten die Beteiligung an T-Mobile US inzwischen mit rund 150 Milliarden Euro, mehr als der gesamte Börsenwert der Telekom.",
  ("values", TM, "150000000000 EUR", O), ("owns", DT, TM, O))

# ---------------------------------------------------------------- de/black-forest-labs-finanzierungsrunde.txt (Tue 2026-05-12)
s = doc("de/black-forest-labs-finanzierungsrunde.txt")
BFL = "Black Forest Labs"
s("Black Forest Labs sammelt 450 Millionen Dollar ein",
  ("raises", BFL, "450000000 USD", O))
s("Das Freiburger KI-Start-up Black Forest Labs hat in einer neuen Finanzierungsrunde 450 Millionen Dollar eingesammelt und wird dabei mit 6 Milliarden Dollar bewertet.",
  ("raises", BFL, "450000000 USD", R), ("values", BFL, "6000000000 USD", R))
s("Angeführt wird die Runde von den US-Investoren Andreessen Horowitz und General Catalyst; beteiligt sind außerdem Salesforce Ventures, der Wagniskapitalarm von Salesforce, sowie Nvidias Beteiligungsgesellschaft NVentures, wie Black Forest Labs am Dienstag mitteilte.",
  ("owns", "Andreessen Horowitz", BFL, R), ("owns", "General Catalyst", BFL, R),
  ("owns", "Salesforce Ventures", BFL, R), ("owns", "NVentures", BFL, R),
  ("owns", "Salesforce", "Salesforce Ventures", R), ("owns", "Nvidia", "NVentures", R),
  ("owns", "Nvidia", BFL, O))
# "an dem Unternehmen": Black Forest Labs only described -> no owns row.
s("Bereits im Frühjahr hat Black Forest Labs einen Vertrag über 140 Millionen Dollar mit dem Cloud-Anbieter CoreWeave geschlossen, der dafür Nvidias GB300-Systeme bereitstellt.",
  ("pays", BFL, "140000000 USD", R), ("supplies", "CoreWeave", BFL, R), ("makes", "Nvidia", "GB300", R),
  ("supplies", "Nvidia", "CoreWeave", R), ("partners", BFL, "CoreWeave", O), ("orders", "CoreWeave", "140000000 USD", O),
  ("supplies", "Nvidia", BFL, O), ("dated", "140000000 USD", "2026-SP", O))
s("Zu den Kunden von Black Forest Labs zählen Adobe und die Deutsche Telekom; Meta zahlt dem Start-up nach Angaben aus dem Umfeld für die Nutzung seiner Modelle rund 70 Millionen Dollar pro Jahr.",
  ("supplies", BFL, "Adobe", R), ("supplies", BFL, "Deutsche Telekom", R), ("supplies", BFL, "Meta", R),
  ("pays", "Meta", "70000000 USD", R), ("orders", BFL, "70000000 USD", O))
# Earlybird "nicht zum Zug kam": negated -> no owns Earlybird.
s("Europäische Geldgeber sind kaum vertreten: Lediglich HV Capital, seit der ersten Runde an Black Forest Labs beteiligt, stockte seinen Anteil auf, während Earlybird nach dpa-Informationen nicht zum Zug kam.",
  ("owns", "HV Capital", BFL, R))
# Midjourney has no outside investors: negated.
s("Im Vergleich zu den Spitzenreitern bleibt die Bewertung bescheiden: Die französische Mistral AI wurde im März mit 28 Milliarden Euro bewertet, der US-Konkurrent Midjourney kommt bislang ganz ohne externe Investoren aus.",
  ("values", "Mistral AI", "28000000000 EUR", R), ("dated", "28000000000 EUR", "2026-03", O))

# ---------------------------------------------------------------- de/schwarz-gruppe-uebernimmt-aleph-alpha.txt (Thu 2026-08-06)
s = doc("de/schwarz-gruppe-uebernimmt-aleph-alpha.txt")
AA, SD = "Aleph Alpha", "Schwarz Digits"
s("Schwarz-Gruppe übernimmt die Mehrheit an Aleph Alpha",
  ("owns", "Schwarz Gruppe", AA, O))
s("Die Schwarz Gruppe übernimmt die Mehrheit an dem Heidelberger KI-Unternehmen Aleph Alpha.",
  ("owns", "Schwarz Gruppe", AA, R))
# "die Eigentümerin von Lidl und Kaufland": the parent only described -> no owns Schwarz Gruppe Schwarz Digits/Lidl/Kaufland.
s("Über ihre IT-Tochter Schwarz Digits stockt die Eigentümerin von Lidl und Kaufland ihren Anteil an Aleph Alpha von bisher rund 20 auf 65 Prozent auf, wie beide Seiten am Donnerstag in Neckarsulm und Heidelberg mitteilten.",
  ("owns", SD, AA, R))
s("Den Kaufpreis für die Aktien der Altgesellschafter beziffern Finanzkreise auf rund 380 Millionen Euro; zusätzlich schießt Schwarz Digits 120 Millionen Euro frisches Kapital zu.",
  ("invests", SD, "120000000 EUR", R), ("invests", SD, "380000000 EUR", O), ("pays", SD, "380000000 EUR", O))
s("Die Transaktion bewertet Aleph Alpha mit rund 850 Millionen Euro, deutlich weniger als bei der Finanzierungsrunde Ende 2023, als das Start-up gut 500 Millionen Dollar eingesammelt hatte.",
  ("values", AA, "850000000 EUR", R), ("raises", AA, "500000000 USD", R), ("dated", "500000000 USD", "2023", R))
# sellers of their whole stakes: past holding (optional); Burda keeps part (required).
s("Verkäufer sind vor allem Robert Bosch Venture Capital und SAP, die sich vollständig von ihren Aleph-Alpha-Anteilen trennen, sowie der Verlag Burda, der einen Teil seiner Aktien behält.",
  ("owns", "Bosch Ventures", AA, O), ("owns", "SAP", AA, O), ("owns", "Burda", AA, R))
s("Die Frühphaseninvestoren Lakestar und Earlybird bleiben mit zusammen knapp 15 Prozent an Aleph Alpha beteiligt, Gründer Jonas Andrulis hält rund 8 Prozent.",
  ("owns", "Lakestar", AA, R), ("owns", "Earlybird Venture Capital", AA, R))
# "Schwarz-Cloud": "Schwarz" alone is no name -> no owns; who supplies whom is ambiguous.
s("Aleph Alpha hatte sich 2024 von der Entwicklung eigener großer Sprachmodelle verabschiedet und vertreibt seither vor allem die Software-Plattform PhariaAI, die auch in der Schwarz-Cloud Stackit angeboten wird.",
  ("supplies", AA, "Stackit", O), ("partners", AA, "Stackit", O))
s("Für Schwarz Digits ist es bereits der zweite Zukauf in diesem Jahr: Im März hatte die Sparte für rund 75 Millionen Euro eine Minderheitsbeteiligung an dem französischen KI-Sicherheitsspezialisten Giskard erworben.",
  ("owns", SD, "Giskard", R), ("invests", SD, "75000000 EUR", R), ("pays", SD, "75000000 EUR", O),
  ("dated", "75000000 EUR", "2026-03", O), ("dated", "75000000 EUR", "2026", O))
s("Die Schwarz Gruppe, zu der auch das Entsorgungsunternehmen PreZero gehört, erzielte im Geschäftsjahr 2025 einen Umsatz von 175 Milliarden Euro.",
  ("revenue", "Schwarz Gruppe", "175000000000 EUR", R), ("dated", "175000000000 EUR", "2025", R),
  ("owns", "Schwarz Gruppe", "PreZero", O))

# ---------------------------------------------------------------- de/infineon-uebernimmt-nxp-anteil-esmc.txt (Wed 2026-10-14)
s = doc("de/infineon-uebernimmt-nxp-anteil-esmc.txt")
s("Infineon übernimmt NXP-Anteil an Dresdner Chipfabrik ESMC",
  ("owns", "Infineon", "ESMC", O), ("owns", "NXP", "ESMC", O))
s("Infineon stockt seine Beteiligung an der European Semiconductor Manufacturing Company (ESMC) auf und übernimmt den Zehn-Prozent-Anteil von NXP an dem Dresdner Gemeinschaftsunternehmen.",
  ("owns", "Infineon", "ESMC", R), ("owns", "NXP", "ESMC", O), ("partners", "Infineon", "NXP", O))
# ESMC not named here -> no owns; the price is Infineon's (named in the sentence).
s("Der Münchner Dax-Konzern hält damit künftig 20 Prozent, wie Infineon und NXP am Mittwoch mitteilten; den Kaufpreis nannten die Unternehmen nicht, Branchenkreise schätzen ihn auf rund 500 Millionen Euro.",
  ("invests", "Infineon", "500000000 EUR", R), ("pays", "Infineon", "500000000 EUR", O))
s("Mehrheitseigner von ESMC bleibt TSMC mit 70 Prozent, auch Bosch hält weiterhin 10 Prozent.",
  ("owns", "TSMC", "ESMC", R), ("owns", "Bosch", "ESMC", R), ("partners", "TSMC", "Bosch", O))
s("ESMC soll in dem Werk ab 2027 Chips in 28- und 16-Nanometer-Technik vor allem für die Autoindustrie fertigen; Bosch und Infineon haben sich bereits den Großteil der Kapazität gesichert.",
  ("supplies", "ESMC", "Bosch", R), ("supplies", "ESMC", "Infineon", R))
# "die Partner" unnamed, "der Bund" a state: nothing.
s("TSMC stellt nach eigenen Angaben 3,5 Milliarden Euro Eigenkapital bereit und schickt mehr als 300 Ingenieure aus Taiwan nach Dresden.",
  ("invests", "TSMC", "3500000000 EUR", R))
# Vanguard International Semiconductor is not in the gazetteer; joint amount.
s("NXP begründete den Rückzug mit der Konzentration auf das Werk in Singapur, das der niederländische Konzern gemeinsam mit Vanguard International Semiconductor für 7,8 Milliarden Dollar errichtet.",
  ("partners", "NXP", "Vanguard International Semiconductor", O), ("invests", "NXP", "7800000000 USD", O))
s("Infineon selbst steckt 5 Milliarden Euro in seine neue Smart Power Fab in Dresden, die noch in diesem Jahr die Produktion aufnehmen soll.",
  ("invests", "Infineon", "5000000000 EUR", R), ("dated", "5000000000 EUR", "2026", O))
# "Der Konzern": Infineon not named -> no revenue row; the date of the amount is stated.
s("Der Konzern erzielte im Geschäftsjahr 2025 einen Umsatz von 14,7 Milliarden Euro.",
  ("dated", "14700000000 EUR", "2025", R))

# ---------------------------------------------------------------- en/softbank-sells-arm-shares.txt (Wed 2026-07-08)
s = doc("en/softbank-sells-arm-shares.txt")
SB = "SoftBank"
s("SoftBank sells $12 billion of Arm shares to fund OpenAI bet",
  ("owns", SB, "Arm", O), ("raises", SB, "12000000000 USD", O), ("owns", SB, "OpenAI", O))
s("SoftBank Group has sold about $12 billion of Arm Holdings shares to institutional investors, cutting its stake in the British chip designer to roughly 78% from 90% as Masayoshi Son raises cash for his wager on OpenAI.",
  ("owns", SB, "Arm", R), ("raises", SB, "12000000000 USD", O), ("owns", SB, "OpenAI", O))
s("The overnight block trade, priced at $148 a share, a 6% discount to Tuesday's close, was arranged by Goldman Sachs, Mizuho and Morgan Stanley, according to people familiar with the matter.",
  ("partners", "Goldman Sachs", "Mizuho", O), ("partners", "Goldman Sachs", "Morgan Stanley", O),
  ("partners", "Mizuho", "Morgan Stanley", O))
# Arm not named: no owns; the buyers' amounts are named.
s("Abu Dhabi's Mubadala and Singapore's Temasek were among the largest buyers, taking roughly $2 billion of the stock each, the people said.",
  ("invests", "Mubadala", "2000000000 USD", R), ("invests", "Temasek", "2000000000 USD", R),
  ("pays", "Mubadala", "2000000000 USD", O), ("pays", "Temasek", "2000000000 USD", O))
s("SoftBank has committed $30 billion to OpenAI this year, on top of the $22.5 billion it invested in 2025, and now holds about 11% of the ChatGPT maker, second only to Microsoft, which owns roughly 27% of OpenAI.",
  ("invests", SB, "30000000000 USD", R), ("dated", "30000000000 USD", "2026", R),
  ("invests", SB, "22500000000 USD", R), ("dated", "22500000000 USD", "2025", R),
  ("owns", SB, "OpenAI", R), ("owns", "Microsoft", "OpenAI", R))
s("Arm, which SoftBank bought for $32 billion in 2016 and floated on Nasdaq in 2023, is now worth about $155 billion.",
  ("owns", SB, "Arm", R), ("pays", SB, "32000000000 USD", R), ("dated", "32000000000 USD", "2016", R),
  ("values", "Arm", "155000000000 USD", R), ("invests", SB, "32000000000 USD", O))
s("Arm's market value has more than doubled since the listing, helped by licensing deals for its Neoverse designs with Nvidia, Amazon and Microsoft and by its first in-house data-center chip, whose launch customer is Meta.",
  ("makes", "Arm", "Neoverse", R), ("supplies", "Arm", "Nvidia", R), ("supplies", "Arm", "Amazon", R),
  ("supplies", "Arm", "Microsoft", R), ("supplies", "Arm", "Meta", R),
  ("partners", "Arm", "Nvidia", O), ("partners", "Arm", "Amazon", O), ("partners", "Arm", "Microsoft", O))
s("SoftBank also owns Ampere Computing, which it bought for $6.5 billion last year, and the British AI chipmaker Graphcore.",
  ("owns", SB, "Ampere Computing", R), ("pays", SB, "6500000000 USD", R), ("dated", "6500000000 USD", "2025", R),
  ("owns", SB, "Graphcore", R), ("invests", SB, "6500000000 USD", O))
# the $120 billion is the worth of SoftBank's Arm shares, not a valuation of Arm.
s("The sale leaves SoftBank with Arm shares worth about $120 billion, which it has pledged as collateral for a $20 billion margin loan arranged by Mizuho and JPMorgan.",
  ("owns", SB, "Arm", R), ("raises", SB, "20000000000 USD", R),
  ("supplies", "Mizuho", SB, O), ("supplies", "JPMorgan", SB, O), ("partners", "Mizuho", "JPMorgan", O))
# "The group": SoftBank not named -> no profit row; Jefferies analysts are no subject.
s("The group reports fiscal first-quarter results on Aug. 12; analysts at Jefferies expect a net profit of about ¥420 billion.",
  ("dated", "420000000000 JPY", "2026-Q1", O))

# ---------------------------------------------------------------- en/starboard-globalfoundries-mubadala.txt (Wed 2026-05-06)
s = doc("en/starboard-globalfoundries-mubadala.txt")
GF = "GlobalFoundries"
# Starboard Value is not in the gazetteer (optional rows, surface name).
s("Activist Starboard takes GlobalFoundries stake, presses Mubadala to sell down",
  ("owns", "Starboard Value", GF, O), ("owns", "Mubadala", GF, O))
s("Starboard Value has built a stake of about 3% in GlobalFoundries worth roughly $750 million and is pushing the chipmaker to buy back shares from its controlling shareholder Mubadala, the activist investor said in a letter on Tuesday.",
  ("owns", "Mubadala", GF, R), ("owns", "Starboard Value", GF, O), ("invests", "Starboard Value", "750000000 USD", O))
# "Abu Dhabi's sovereign investor ... the contract manufacturer": neither named -> nothing (AMD, IBM plants).
s("Starboard argues that the Emirati fund's overhang has depressed GlobalFoundries' valuation, which at $25 billion is less than a tenth of that of TSMC.",
  ("values", GF, "25000000000 USD", R))
s("Mubadala sold $950 million of GF shares in a secondary offering last year, part of them back to the company itself.",
  ("dated", "950000000 USD", "2025", R), ("raises", "Mubadala", "950000000 USD", O), ("owns", "Mubadala", GF, O))
# General Motors is not in the gazetteer.
s("GlobalFoundries, which makes chips for Qualcomm, AMD and General Motors, reported first-quarter revenue of $1.6 billion on Tuesday and forecast capital spending of about $900 million for 2026.",
  ("supplies", GF, "Qualcomm", R), ("supplies", GF, "AMD", R), ("supplies", GF, "General Motors", O),
  ("revenue", GF, "1600000000 USD", R), ("invests", GF, "900000000 USD", R), ("dated", "900000000 USD", "2026", R),
  ("dated", "1600000000 USD", "2026-Q1", O), ("dated", "1600000000 USD", "2026-05-05", O))
# collapsed sale to Intel: no owns/pays Intel; GF only a suitor (optional); MIPS not in the gazetteer.
s("GlobalFoundries has been shopping too: it bought the processor designer MIPS last year and is among the suitors for Tower Semiconductor, whose $5.4 billion sale to Intel collapsed in 2023 after Chinese regulators withheld approval.",
  ("owns", GF, "MIPS", O), ("owns", GF, "Tower Semiconductor", O), ("dated", "5400000000 USD", "2023", O))
# LSEG is the data source.
s("Other large holders of GlobalFoundries include Fidelity Investments and BlackRock, each with less than 2%, according to LSEG data.",
  ("owns", "Fidelity Investments", GF, R), ("owns", "BlackRock", GF, R))
s("Mubadala, which also holds stakes in AMD and in the AI investment firm MGX, declined to comment.",
  ("owns", "Mubadala", "AMD", R), ("owns", "Mubadala", "MGX", R))
# Bernstein analysts; "the fund" only described: nothing.

# ---------------------------------------------------------------- en/intel-cuts-mobileye-stake.txt (Thu 2026-09-10)
s = doc("en/intel-cuts-mobileye-stake.txt")
s("Intel cuts Mobileye stake to 58% in $3.1 billion share sale",
  ("owns", "Intel", "Mobileye", O), ("raises", "Intel", "3100000000 USD", O))
s("Intel has sold $3.1 billion of Mobileye shares, reducing its holding in the Israeli driver-assistance specialist to about 58% from 77%, as chief executive Lip-Bu Tan keeps raising cash to pay for the chipmaker's factory build-out.",
  ("owns", "Intel", "Mobileye", R), ("raises", "Intel", "3100000000 USD", O))
s("Mobileye itself bought back $500 million of the shares in the offering, which was led by Goldman Sachs and Morgan Stanley, the companies said on Wednesday.",
  ("invests", "Mobileye", "500000000 USD", O), ("pays", "Mobileye", "500000000 USD", O),
  ("partners", "Goldman Sachs", "Morgan Stanley", O), ("dated", "500000000 USD", "2026-09-09", O))
# 2022 is the listing year, not the year of the $15.3bn purchase -> no dated row.
s("Intel floated Mobileye in 2022, five years after buying it for $15.3 billion.",
  ("owns", "Intel", "Mobileye", R), ("pays", "Intel", "15300000000 USD", R), ("invests", "Intel", "15300000000 USD", O))
s("The sale follows last year's disposal of 51% of Altera, Intel's programmable-chip unit, to Silver Lake in a deal that valued the business at $8.75 billion.",
  ("owns", "Intel", "Altera", R), ("owns", "Silver Lake", "Altera", R), ("values", "Altera", "8750000000 USD", R),
  ("dated", "8750000000 USD", "2025", R))
# the US government is no company; "August 2025" belongs to its clause, not to Nvidia's or SoftBank's amount.
s("Intel itself has gained new shareholders: the US government took a stake of almost 10% in August 2025, Nvidia paid $5 billion for about 4%, and SoftBank invested $2 billion.",
  ("owns", "Nvidia", "Intel", R), ("invests", "Nvidia", "5000000000 USD", R), ("pays", "Nvidia", "5000000000 USD", O),
  ("owns", "SoftBank", "Intel", R), ("invests", "SoftBank", "2000000000 USD", R))
s("Nvidia and Intel are jointly developing x86 processors for data centers that will be linked to Nvidia's GPUs through NVLink.",
  ("partners", "Nvidia", "Intel", R))
s("Intel's foundry arm, Intel Foundry, counts Microsoft and Amazon Web Services among the first external customers for its 18A process, and Apple is in talks to use it for some of its M-series chips.",
  ("owns", "Intel", "Intel Foundry Services", R), ("supplies", "Intel Foundry Services", "Microsoft", R),
  ("supplies", "Intel Foundry Services", "Amazon Web Services", R),
  ("supplies", "Intel", "Microsoft", O), ("supplies", "Intel", "Amazon Web Services", O),
  ("supplies", "Intel Foundry Services", "Apple", O), ("supplies", "Intel", "Apple", O))
s("Intel reported second-quarter revenue of $13.5 billion in July, and a net loss of $2.9 billion.",
  ("revenue", "Intel", "13500000000 USD", R), ("profit", "Intel", "2900000000 USD", O),
  ("dated", "13500000000 USD", "2026-Q2", O), ("dated", "13500000000 USD", "2026-07", O),
  ("dated", "2900000000 USD", "2026-Q2", O), ("dated", "2900000000 USD", "2026-07", O))
# EyeQ is not in the chip gazetteer.
s("Mobileye, whose EyeQ chips are used by Volkswagen, BMW and Porsche, has a market value of about $14 billion.",
  ("supplies", "Mobileye", "Volkswagen", R), ("supplies", "Mobileye", "BMW", R), ("supplies", "Mobileye", "Porsche", R),
  ("values", "Mobileye", "14000000000 USD", R))

# ---------------------------------------------------------------- en/cerebras-ipo-nasdaq-debut.txt (Thu 2026-11-19)
s = doc("en/cerebras-ipo-nasdaq-debut.txt")
CB = "Cerebras"
s("Cerebras raises $1.4 billion in Nasdaq debut after G42 cuts its stake",
  ("raises", CB, "1400000000 USD", O), ("owns", "G42", CB, O))
s("Cerebras Systems raised $1.4 billion in its initial public offering on Wednesday, selling 28 million shares at $50 each, the top of its marketed range, in a listing that values the AI chipmaker at about $15 billion.",
  ("raises", CB, "1400000000 USD", R), ("values", CB, "15000000000 USD", R),
  ("dated", "1400000000 USD", "2026-11-18", O), ("dated", "15000000000 USD", "2026-11-18", O))
s("Cerebras, whose wafer-scale WSE-3 processor competes with Nvidia's GPUs, had withdrawn an earlier filing in 2025 while a US national-security review of its ties to Abu Dhabi's G42 dragged on.",
  ("makes", CB, "WSE-3", R), ("partners", CB, "G42", O))
s("G42, which accounted for most of Cerebras' revenue in 2024, agreed to convert its holding into non-voting shares and has since cut its stake to about 9% from more than 20%.",
  ("owns", "G42", CB, R), ("supplies", CB, "G42", R))
# Benchmark is not in the gazetteer.
s("Benchmark, Fidelity and Altimeter Capital remain Cerebras' largest outside shareholders, and none of them sold shares in the offering.",
  ("owns", "Fidelity Investments", CB, R), ("owns", "Altimeter Capital", CB, R), ("owns", "Benchmark", CB, O))
s("Cerebras posted revenue of $780 million for the first nine months of the year, up from $210 million a year earlier, with OpenAI now its largest customer under a $10 billion multi-year computing contract signed in January.",
  ("revenue", CB, "780000000 USD", R), ("revenue", CB, "210000000 USD", R),
  ("supplies", CB, "OpenAI", R), ("pays", "OpenAI", "10000000000 USD", R),
  ("orders", CB, "10000000000 USD", O), ("dated", "780000000 USD", "2026", O),
  ("dated", "210000000 USD", "2025", O), ("dated", "10000000000 USD", "2026-01", O))
s("The offering was led by Morgan Stanley, Citigroup and Barclays.",
  ("partners", "Morgan Stanley", "Citigroup", O), ("partners", "Morgan Stanley", "Barclays", O),
  ("partners", "Citigroup", "Barclays", O))
# SambaNova rejected Intel's approach -> no owns Intel SambaNova.
s("Other AI chip start-ups are taking different routes: Groq agreed in December to license its technology to Nvidia in a $20 billion deal, while SambaNova rejected a takeover approach from Intel earlier this year.",
  ("supplies", "Groq", "Nvidia", R), ("pays", "Nvidia", "20000000000 USD", R),
  ("partners", "Groq", "Nvidia", O), ("dated", "20000000000 USD", "2025-12", O))
# "on Thursday" is the document's own day.
s("Cerebras shares opened at $71 on Thursday, giving the company a market value of more than $21 billion.",
  ("values", CB, "21000000000 USD", R))

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
