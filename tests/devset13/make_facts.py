#!/usr/bin/env python3
"""Writes gold/facts.csv for devset13 (semiconductor and electronics supply chain) from the hand
annotation below.

Each entry: (doc, sentence, [(type, subject, object, status), ...]).  R = required, O = optional.
Every sentence of every document is listed, the fact-less ones too (empty list, often with a comment
saying why: a description instead of a name, a negated or abandoned deal, an analyst or a medium).
Checks that every sentence is verbatim in its file and that the listed sentences cover the whole
body and the title, deduplicates by (doc, type, subject, object) (partners unordered, required beats
optional) and sorts."""
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
VW = "Volkswagen"
ZS = "Carl Zeiss SMT"
ASE = "ASE Technology"
AMK = "Amkor"

# ---------------------------------------------------------------- fr/soitec-contrat-globalfoundries.txt (Wed 2026-06-03)
s = doc("fr/soitec-contrat-globalfoundries.txt")
s("Soitec sécurise un contrat de cinq ans avec GlobalFoundries",
  ("supplies", "Soitec", GF, O), ("partners", "Soitec", GF, O))
s("Le fabricant isérois de substrats Soitec a annoncé mercredi avoir signé avec GlobalFoundries un accord d'approvisionnement de cinq ans portant sur des plaquettes de silicium sur isolant (SOI) destinées aux usines du fondeur américain à Dresde et à Malta.",
  ("supplies", "Soitec", GF, R), ("partners", "Soitec", GF, O))
# no company in the sentence (La Tribune is the medium): the amount has no subject and no date.
s("Le montant n'a pas été dévoilé, mais il avoisinerait 900 millions de dollars, selon La Tribune.")
s("L'accord tombe à point nommé pour Soitec, dont le chiffre d'affaires a reculé de 16 % à 742 millions d'euros sur l'exercice 2026, clos fin mars, tandis que son résultat net a fondu à 38 millions d'euros, contre 113 millions un an plus tôt.",
  ("revenue", "Soitec", "742000000 EUR", R), ("profit", "Soitec", "38000000 EUR", R),
  ("profit", "Soitec", "113000000 EUR", R), ("dated", "742000000 EUR", "2026", R),
  ("dated", "38000000 EUR", "2026", O), ("dated", "742000000 EUR", "2026-03", O),
  ("dated", "38000000 EUR", "2026-03", O), ("dated", "113000000 EUR", "2025", O))
# the foundries make Qualcomm's and Skyworks' chips; Soitec's wafers reach them only second-hand.
s("Le repli s'explique par la faiblesse des smartphones : les plaquettes RF-SOI de Soitec se retrouvent dans les puces radiofréquence de Qualcomm et de Skyworks, qui les font fabriquer chez des fondeurs comme TSMC et GlobalFoundries.",
  ("supplies", "TSMC", "Qualcomm", R), ("supplies", "TSMC", "Skyworks", R),
  ("supplies", GF, "Qualcomm", R), ("supplies", GF, "Skyworks", R),
  ("supplies", "Soitec", "Qualcomm", O), ("supplies", "Soitec", "Skyworks", O),
  ("supplies", "Soitec", "TSMC", O), ("supplies", "Soitec", GF, O))
s("GlobalFoundries n'est pas le seul client à renouveler sa confiance : STMicroelectronics, qui grave ses microcontrôleurs automobiles sur les substrats FD-SOI de Soitec à Crolles, a prolongé jusqu'en 2030 son propre contrat.",
  ("supplies", "Soitec", ST, R), ("supplies", "Soitec", GF, O))
# talks that failed (and Soitec is not named): nothing.
s("En revanche, les discussions engagées avec Samsung Foundry pour un contrat de volume n'ont pas abouti, a reconnu le directeur général, Pierre Barnabé.")
s("En amont, Soitec achète l'essentiel de son silicium brut à Shin-Etsu Chemical et à SUMCO, avec lesquels il a conclu des contrats à prix fixe jusqu'à fin 2027.",
  ("supplies", "Shin-Etsu Chemical", "Soitec", R), ("supplies", "SUMCO", "Soitec", R),
  ("partners", "Soitec", "Shin-Etsu Chemical", O), ("partners", "Soitec", "SUMCO", O))
# licensor (Soitec) not named; a competitor is no partner.
s("Le japonais Shin-Etsu, qui exploite sous licence le procédé Smart Cut, est par ailleurs un concurrent direct sur le SOI.")
# "du capital": whose capital is left implicit (Soitec is named only in the next clause) -> owns optional; CEA is a public body.
s("Bpifrance, qui contrôle environ 10 % du capital aux côtés du CEA, a salué un « signal fort » ; Soitec prévoit d'investir entre 150 et 180 millions d'euros d'ici à fin 2027 pour agrandir son usine de Bernin.",
  ("owns", "Bpifrance", "Soitec", O), ("invests", "Soitec", "150000000 EUR", R),
  ("dated", "150000000 EUR", "2027", R))

# ---------------------------------------------------------------- fr/asml-commandes-troisieme-trimestre.txt (Wed 2026-10-14)
s = doc("fr/asml-commandes-troisieme-trimestre.txt")
s("ASML : les commandes rebondissent grâce à TSMC et aux puces d'IA",
  ("supplies", "ASML", "TSMC", O))
s("ASML a enregistré au troisième trimestre des commandes de 7,9 milliards d'euros, bien au-delà des 5,4 milliards attendus par le consensus, a annoncé mercredi le fabricant néerlandais de machines de lithographie.",
  ("orders", "ASML", "7900000000 EUR", R), ("orders", "ASML", "5400000000 EUR", O),
  ("dated", "7900000000 EUR", "2026-Q3", O), ("dated", "5400000000 EUR", "2026-Q3", O))
s("Sur la période, le chiffre d'affaires d'ASML a atteint 8,2 milliards d'euros et son bénéfice net 2,3 milliards.",
  ("revenue", "ASML", "8200000000 EUR", R), ("profit", "ASML", "2300000000 EUR", R))
s("Plus de la moitié des commandes de machines EUV passées à ASML proviennent de TSMC, qui équipe ses futures usines de Kaohsiung et d'Arizona pour produire les puces Rubin de Nvidia et les MI450 d'AMD.",
  ("supplies", "ASML", "TSMC", R), ("makes", "Nvidia", "Vera Rubin", R), ("makes", "AMD", "MI450", R),
  ("supplies", "TSMC", "Nvidia", R), ("supplies", "TSMC", "AMD", R),
  ("makes", "TSMC", "Vera Rubin", O), ("makes", "TSMC", "MI450", O))
# the supplier (ASML) is not named in this sentence: no supplies to Samsung or Intel.
s("Samsung et Intel, qui avaient réduit leurs achats en 2025, ont également commandé des scanners High-NA, dont le prix unitaire dépasse 350 millions d'euros.")
s("La Chine n'a plus représenté que 31 % des ventes, contre 47 % un an plus tôt, les restrictions à l'exportation privant SMIC et Hua Hong des équipements les plus avancés.")
# competitors of ASML ("le groupe"), not partners.
s("Sur les machines d'ancienne génération, le groupe affronte Canon et Nikon, qui ont tous deux remporté cet été des commandes de Kioxia.",
  ("supplies", "Canon", "Kioxia", R), ("supplies", "Nikon", "Kioxia", R))
s("Pour suivre la cadence, ASML s'appuie sur Carl Zeiss SMT, filiale de Zeiss au capital de laquelle il a pris 24,9 %, qui lui fournit les miroirs de ses systèmes EUV, et sur l'allemand Trumpf, qui produit les lasers de puissance.",
  ("supplies", ZS, "ASML", R), ("owns", "Zeiss", ZS, R), ("owns", "ASML", ZS, R),
  ("supplies", "Trumpf", "ASML", R))
# "Sa filiale": parent not named -> no owns ASML -> Cymer.
s("Sa filiale américaine Cymer, qui fabrique les sources lumineuses, a ouvert une nouvelle ligne à San Diego.")
s("ASML a confirmé viser un chiffre d'affaires compris entre 36 et 38 milliards d'euros en 2026.",
  ("revenue", "ASML", "36000000000 EUR", R), ("dated", "36000000000 EUR", "2026", R))
# "Le groupe" / "il": investor not named -> no owns/invests of ASML; the amount's date is stated.
s("Le groupe détient par ailleurs 11 % de Mistral AI, dans laquelle il avait investi 1,3 milliard d'euros en septembre 2025.",
  ("dated", "1300000000 EUR", "2025-09", R), ("raises", "Mistral AI", "1300000000 EUR", O))

# ---------------------------------------------------------------- fr/memoire-hausse-prix-dram.txt (Thu 2026-02-26)
s = doc("fr/memoire-hausse-prix-dram.txt")
# "aux fabricants de PC": customers only described.
s("Mémoire : Samsung et SK Hynix imposent une nouvelle hausse de prix aux fabricants de PC")
# customers who "accept" the price rise: supply implied, pairs not stated one by one -> optional; TrendForce is an analyst.
s("Samsung Electronics et SK Hynix ont relevé d'environ 20 % les prix contractuels de la DRAM pour le deuxième trimestre, selon le cabinet TrendForce, une hausse que Dell, HP et Lenovo ont dû accepter pour sécuriser leurs volumes.",
  ("supplies", "Samsung", "Dell Technologies", O), ("supplies", "Samsung", "HP", O), ("supplies", "Samsung", "Lenovo", O),
  ("supplies", "SK Hynix", "Dell Technologies", O), ("supplies", "SK Hynix", "HP", O), ("supplies", "SK Hynix", "Lenovo", O))
s("Dell a pris les devants en signant avec Micron un accord de deux ans qui garantit ses approvisionnements en LPDDR5X et en SOCAMM2 pour ses stations de travail, moyennant un paiement anticipé de 1,5 milliard de dollars, selon Bloomberg.",
  ("supplies", "Micron", "Dell Technologies", R), ("pays", "Dell Technologies", "1500000000 USD", R),
  ("makes", "Micron", "LPDDR5X", R), ("makes", "Micron", "SOCAMM2", R),
  ("partners", "Dell Technologies", "Micron", O), ("orders", "Micron", "1500000000 USD", O))
s("Apple, qui s'approvisionne en mémoire auprès de Samsung, de SK Hynix et de Kioxia, aurait pour sa part obtenu un plafonnement des hausses en échange d'engagements de volumes jusqu'en 2028.",
  ("supplies", "Samsung", "Apple", R), ("supplies", "SK Hynix", "Apple", R), ("supplies", "Kioxia", "Apple", R))
# Samsung's HBM4 is qualified by Nvidia ("le groupe de Jensen Huang"): a step before supply -> optional.
s("La pénurie tient à la réallocation des capacités vers la mémoire à haut débit : SK Hynix consacre désormais près d'un tiers de ses lignes à la HBM4 qu'il livre à Nvidia pour les accélérateurs Vera Rubin, et Samsung a obtenu en janvier la qualification de sa propre HBM4 par le groupe de Jensen Huang.",
  ("makes", "SK Hynix", "HBM4", R), ("supplies", "SK Hynix", "Nvidia", R), ("makes", "Samsung", "HBM4", R),
  ("makes", "Nvidia", "Vera Rubin", O), ("supplies", "Samsung", "Nvidia", O))
s("Résultat, SK Hynix a dégagé au quatrième trimestre 2025 un bénéfice d'exploitation record de 19,2 billions de wons, pour un chiffre d'affaires de 44,1 billions de wons.",
  ("profit", "SK Hynix", "19200000000000 KRW", R), ("revenue", "SK Hynix", "44100000000000 KRW", R),
  ("dated", "19200000000000 KRW", "2025-Q4", R), ("dated", "44100000000000 KRW", "2025-Q4", R))
s("Micron, qui publiera ses résultats le 25 mars, a déjà prévenu que ses capacités de HBM étaient vendues pour toute l'année 2026.")
# the joint venture with Western Digital was abandoned: no partners.
s("Seul Kioxia, le spécialiste japonais de la mémoire flash, pâtit d'une concurrence chinoise accrue : YMTC a remporté une partie des commandes de Xiaomi, et le groupe de Yokkaichi a renoncé à son projet de coentreprise avec Western Digital pour une nouvelle usine.",
  ("supplies", "YMTC", "Xiaomi", R))
s("Son action a perdu 12 % depuis janvier.")

# ---------------------------------------------------------------- fr/valeo-qualcomm-calculateurs.txt (Thu 2026-09-10)
s = doc("fr/valeo-qualcomm-calculateurs.txt")
s("Valeo mise sur Qualcomm pour ses calculateurs d'aide à la conduite",
  ("supplies", "Qualcomm", "Valeo", O), ("partners", "Valeo", "Qualcomm", O))
s("L'équipementier automobile Valeo a signé avec Qualcomm un accord pluriannuel pour intégrer les puces Snapdragon du groupe californien dans ses calculateurs d'aide à la conduite, a annoncé jeudi le groupe français.",
  ("supplies", "Qualcomm", "Valeo", R), ("makes", "Qualcomm", "Snapdragon", R), ("partners", "Valeo", "Qualcomm", O))
s("Les premiers calculateurs équiperont à partir de 2027 des modèles de Renault et de BMW, deux clients historiques de Valeo, qui a déjà engrangé pour 1,2 milliard d'euros de commandes sur ce seul produit.",
  ("supplies", "Valeo", "Renault", R), ("supplies", "Valeo", "BMW", R),
  ("orders", "Valeo", "1200000000 EUR", R), ("dated", "1200000000 EUR", "2027", O))
# Valeo joins Bosch and Continental as a user of Qualcomm's platforms: no partners; ZF is a competitor.
s("Valeo rejoint ainsi Bosch et Continental, qui utilisent déjà les plateformes Snapdragon Ride de Qualcomm, tandis que son concurrent ZF s'est tourné vers les puces Drive Thor de Nvidia.",
  ("supplies", "Qualcomm", "Bosch", R), ("supplies", "Qualcomm", "Continental", R),
  ("makes", "Nvidia", "Drive Thor", R), ("supplies", "Nvidia", "ZF", R),
  ("makes", "Qualcomm", "Snapdragon", O), ("supplies", "Qualcomm", "Valeo", O))
s("« Nous voulons deux sources pour chaque composant critique », a expliqué le directeur général, Christophe Périllat.")
s("Pour sécuriser ses approvisionnements après la crise Nexperia de l'automne 2025, Valeo a aussi conclu des contrats de long terme avec STMicroelectronics et Infineon pour ses modules de puissance en carbure de silicium.",
  ("supplies", ST, "Valeo", R), ("supplies", "Infineon", "Valeo", R),
  ("partners", "Valeo", ST, O), ("partners", "Valeo", "Infineon", O))
# "lui" (Valeo) not named: no supplies Nexperia -> Valeo.
s("Nexperia, filiale du chinois Wingtech passée sous le contrôle des autorités néerlandaises, lui fournissait jusque-là près de 40 % de ses diodes et transistors.",
  ("owns", "Wingtech", "Nexperia", R))
s("Au premier semestre, Valeo a réalisé un chiffre d'affaires de 10,6 milliards d'euros, stable sur un an, et un résultat net de 212 millions d'euros.",
  ("revenue", "Valeo", "10600000000 EUR", R), ("profit", "Valeo", "212000000 EUR", R),
  ("dated", "10600000000 EUR", "2026-H1", O), ("dated", "212000000 EUR", "2026-H1", O))
s("Le groupe a confirmé viser une marge opérationnelle d'au moins 4,5 % en 2026.")
# abandoned stake: no owns Valeo -> Kalray; Les Echos is the medium.
s("En revanche, Valeo a renoncé à prendre une participation dans le concepteur de puces français Kalray, faute d'accord sur le prix, selon Les Echos.")
# "L'équipementier" not named: no invests, no supplies to Stellantis; the amount's date is stated.
s("L'équipementier, dont l'usine de Sablé-sur-Sarthe produit des caméras pour Stellantis, compte enfin investir environ 300 millions d'euros d'ici 2028 dans l'électronique de puissance.",
  ("dated", "300000000 EUR", "2028", R))

# ---------------------------------------------------------------- de/siltronic-zweites-quartal-wafer.txt (Wed 2026-07-29)
s = doc("de/siltronic-zweites-quartal-wafer.txt")
s("Siltronic spürt Erholung bei Wafern – Wacker bleibt Großaktionär",
  ("owns", "Wacker Chemie", "Siltronic", O))
s("Der Münchner Waferhersteller Siltronic hat im zweiten Quartal dank anziehender Nachfrage der Speicherchiphersteller 392 Millionen Euro umgesetzt, 9 Prozent mehr als vor einem Jahr.",
  ("revenue", "Siltronic", "392000000 EUR", R), ("dated", "392000000 EUR", "2026-Q2", O))
# "das Unternehmen": Siltronic not named -> no profit rows.
s("Das Ebitda kletterte auf 98 Millionen Euro, unter dem Strich blieb ein Gewinn von 21 Millionen Euro, wie das Unternehmen am Mittwoch mitteilte.")
s("Zu den wichtigsten Kunden zählen Samsung, SK Hynix und TSMC, die zusammen mehr als die Hälfte der Siltronic-Erlöse ausmachen; mit Micron verhandelt der Konzern über einen neuen Liefervertrag.",
  ("supplies", "Siltronic", "Samsung", R), ("supplies", "Siltronic", "SK Hynix", R),
  ("supplies", "Siltronic", "TSMC", R), ("supplies", "Siltronic", "Micron", O))
s("Infineon bezieht seit Jahren 300-Millimeter-Scheiben aus dem Siltronic-Werk in Freiberg und hat den Rahmenvertrag im Frühjahr bis 2029 verlängert.",
  ("supplies", "Siltronic", "Infineon", R), ("partners", "Siltronic", "Infineon", O))
s("Ein Großteil der Produktion stammt inzwischen aus der neuen Fab in Singapur, in die Siltronic rund 2 Milliarden Euro investiert hat.",
  ("invests", "Siltronic", "2000000000 EUR", R))
# "dafür": the customer (Siltronic) is not named -> no supplies Wacker Chemie -> Siltronic.
s("Das Polysilizium dafür liefert zum großen Teil Wacker Chemie aus Burghausen.")
s("Größter Aktionär von Siltronic ist weiterhin der Chemiekonzern Wacker mit einem Anteil von knapp 31 Prozent.",
  ("owns", "Wacker Chemie", "Siltronic", R))
# failed takeover, target not named: no owns; the offer as pays is doubtful.
s("Die Übernahme durch den taiwanischen Konkurrenten GlobalWafers, der 2022 rund 4,4 Milliarden Euro geboten hatte, war am Ende an der fehlenden Freigabe aus Berlin gescheitert.",
  ("dated", "4400000000 EUR", "2022", R), ("pays", "GlobalWafers", "4400000000 EUR", O))
s("GlobalWafers beliefert inzwischen aus einem neuen Werk in Texas Kunden wie Texas Instruments und Micron.",
  ("supplies", "GlobalWafers", "Texas Instruments", R), ("supplies", "GlobalWafers", "Micron", R))
# the amount is last year's (2025); "Für das Gesamtjahr" (2026) is the forecast's period, not the amount's.
s("Für das Gesamtjahr erwartet Siltronic weiterhin einen Umsatz leicht unter dem Vorjahreswert von 1,41 Milliarden Euro.",
  ("revenue", "Siltronic", "1410000000 EUR", R), ("dated", "1410000000 EUR", "2025", O))
# analysts; a share-price target is no fact.
s("Die Analysten der DZ Bank bestätigten ihr Kursziel von 60 Euro, verwiesen aber auf hohe Lagerbestände bei den Kunden.")
s("Eine geplante Preiserhöhung für 2027 hat der Vorstand nach Gesprächen mit Samsung vorerst zurückgestellt.")

# ---------------------------------------------------------------- de/zeiss-halbleitersparte-asml.txt (Thu 2026-12-03)
s = doc("de/zeiss-halbleitersparte-asml.txt")
s("Zeiss profitiert vom EUV-Boom – Halbleitersparte wächst zweistellig")
s("Der Optik- und Technologiekonzern Zeiss hat im Geschäftsjahr 2025/26 dank der starken Nachfrage nach Lithografie-Optiken einen Rekordumsatz von 12,9 Milliarden Euro erzielt.",
  ("revenue", "Zeiss", "12900000000 EUR", R),
  ("dated", "12900000000 EUR", "2026", O), ("dated", "12900000000 EUR", "2025/2026", O))
# the division's own name is not a gazetteer name, "das Stiftungsunternehmen" a description: nothing.
s("Die Halbleitersparte Semiconductor Manufacturing Technology steigerte ihre Erlöse um 14 Prozent auf 4,6 Milliarden Euro, wie das Stiftungsunternehmen am Donnerstag in Oberkochen mitteilte.")
s("Einziger Kunde für die EUV-Optiken von Carl Zeiss SMT ist ASML, das die Spiegel und Projektionsobjektive in seine Belichtungsmaschinen einbaut.",
  ("supplies", ZS, "ASML", R))
# the stake is in "der Zeiss-Tochter" (Carl Zeiss SMT not named): no owns row; not owns ASML -> Zeiss either.
s("Die Niederländer halten seit 2017 eine Beteiligung von 24,9 Prozent an der Zeiss-Tochter, für die ASML damals rund 1 Milliarde Euro zahlte und weitere 760 Millionen Euro für Forschung und Entwicklung zusagte.",
  ("invests", "ASML", "1000000000 EUR", R), ("invests", "ASML", "760000000 EUR", R),
  ("dated", "1000000000 EUR", "2017", R), ("pays", "ASML", "1000000000 EUR", O),
  ("dated", "760000000 EUR", "2017", O))
s("Gemeinsam mit ASML entwickelt Zeiss bereits die Optik für die nächste Generation der High-NA-Technik, die ab 2030 bei Intel und TSMC zum Einsatz kommen soll.",
  ("partners", "ASML", "Zeiss", R), ("supplies", "ASML", "Intel", O), ("supplies", "ASML", "TSMC", O))
s("Neben Zeiss liefert Trumpf aus Ditzingen die CO2-Laser für die EUV-Anlagen von ASML; der Maschinenbauer meldete für sein Geschäftsjahr 2025/26 einen Auftragseingang von 4,9 Milliarden Euro.",
  ("supplies", "Trumpf", "ASML", R), ("orders", "Trumpf", "4900000000 EUR", R),
  ("supplies", "Zeiss", "ASML", O),
  ("dated", "4900000000 EUR", "2026", O), ("dated", "4900000000 EUR", "2025/2026", O))
s("Ausgebremst wird Zeiss dagegen im Medizintechnikgeschäft, das unter US-Zöllen und einer schwachen Nachfrage in China leidet.")
# "der Gruppe": Zeiss not named -> no profit row.
s("Der Betriebsgewinn der Gruppe sank deshalb auf 1,6 Milliarden Euro.")
# the foundation is no company (no owns); the dividend as pays of the group is doubtful.
s("Die Carl-Zeiss-Stiftung bleibt Alleineigentümerin der Zeiss-Gruppe und erhält eine Dividende von 180 Millionen Euro.",
  ("pays", "Zeiss", "180000000 EUR", O))
# "der Konzern": no invests row; the amount's date is stated.
s("Für die Sparte SMT plant der Konzern bis 2030 Investitionen von rund 1,5 Milliarden Euro, vor allem in Oberkochen und Wetzlar.",
  ("dated", "1500000000 EUR", "2030", R))
# banks speculating about an IPO that is ruled out: nothing.
s("Einen Börsengang der Halbleitersparte, über den Banken wie Goldman Sachs und die Deutsche Bank spekuliert hatten, schloss Konzernchef Karl Lamprecht erneut aus.")

# ---------------------------------------------------------------- de/volkswagen-chips-direktvertraege.txt (Wed 2026-03-18)
s = doc("de/volkswagen-chips-direktvertraege.txt")
s("Volkswagen kauft Chips künftig direkt bei den Herstellern")
# "nicht mehr nur über": the Tier-1s keep supplying.
s("Volkswagen will seine Halbleiter künftig nicht mehr nur über Zulieferer wie Bosch, Continental und ZF beziehen, sondern schließt direkte Rahmenverträge mit den Chipherstellern.",
  ("supplies", "Bosch", VW, R), ("supplies", "Continental", VW, R), ("supplies", "ZF", VW, R))
s("Erste Verträge mit einer Laufzeit von fünf Jahren habe Volkswagen mit Infineon, NXP und Renesas unterzeichnet, sagte Einkaufsvorstand Dirk Große-Loheide am Mittwoch in Wolfsburg.",
  ("supplies", "Infineon", VW, R), ("supplies", "NXP", VW, R), ("supplies", "Renesas", VW, R),
  ("partners", VW, "Infineon", O), ("partners", VW, "NXP", O), ("partners", VW, "Renesas", O))
s("Das Volumen beläuft sich nach Angaben aus Konzernkreisen auf mehr als 6 Milliarden Euro.")
# "Die Software-Tochter": parent not named -> no owns Volkswagen -> Cariad.
s("Die Software-Tochter Cariad, die für die Steuergeräte der nächsten Fahrzeuggeneration zuständig ist, bezieht zudem Hochleistungsprozessoren von Qualcomm und Nvidia.",
  ("supplies", "Qualcomm", "Cariad", R), ("supplies", "Nvidia", "Cariad", R))
# Carizon is not a gazetteer name: no owns row.
s("In China setzt Volkswagen auf Carizon, sein Gemeinschaftsunternehmen mit Horizon Robotics, an dem die Wolfsburger 60 Prozent halten.",
  ("partners", VW, "Horizon Robotics", R))
s("Für den Anteil hatte Volkswagen 2023 rund 2,4 Milliarden Euro investiert.",
  ("invests", VW, "2400000000 EUR", R), ("dated", "2400000000 EUR", "2023", R))
s("Auslöser der neuen Strategie war der Engpass bei Nexperia, einer Tochter des chinesischen Wingtech-Konzerns, im Herbst 2025.",
  ("owns", "Wingtech", "Nexperia", R))
# the past (indirect) supply is stated with its verb; the direct contract is not planned.
s("Nexperia hatte Volkswagen über die Zulieferer mit Dioden und Transistoren versorgt; ein direkter Vertrag mit dem Chiphersteller aus Nimwegen ist nach Angaben des Konzerns nicht geplant.",
  ("supplies", "Nexperia", VW, R))
s("Konkurrent BMW geht einen ähnlichen Weg und hat sich bei Onsemi und Wolfspeed Siliziumkarbid-Kapazitäten gesichert, Mercedes-Benz bezieht seine Leistungshalbleiter dagegen weiter überwiegend von Infineon.",
  ("supplies", "Onsemi", "BMW", R), ("supplies", "Wolfspeed", "BMW", R), ("supplies", "Infineon", "Mercedes-Benz", R))
# "Der Stuttgarter Autobauer" not named, and the contract was terminated: nothing.
s("Der Stuttgarter Autobauer hatte im vergangenen Jahr zudem einen Liefervertrag mit Wolfspeed aufgekündigt.")
s("Volkswagen hatte 2025 einen Umsatz von 321,9 Milliarden Euro erzielt und will die Materialkosten bis 2028 um 8 Milliarden Euro senken.",
  ("revenue", VW, "321900000000 EUR", R), ("dated", "321900000000 EUR", "2025", R),
  ("dated", "8000000000 EUR", "2028", R))
s("Analysten von Bernstein halten das für ehrgeizig, zumal die Chippreise nach Einschätzung des Marktforschers Gartner im laufenden Jahr um bis zu 12 Prozent steigen dürften.")

# ---------------------------------------------------------------- de/aixtron-auftragseingang-drittes-quartal.txt (Thu 2026-10-29)
s = doc("de/aixtron-auftragseingang-drittes-quartal.txt")
s("Aixtron erhält Großauftrag aus Asien – Auftragseingang steigt kräftig")
# "eingesammelt" is about orders, not a funding round.
s("Der Anlagenbauer Aixtron hat im dritten Quartal Aufträge im Wert von 186 Millionen Euro eingesammelt, ein Plus von 41 Prozent gegenüber dem Vorjahreszeitraum.",
  ("orders", "Aixtron", "186000000 EUR", R), ("dated", "186000000 EUR", "2026-Q3", O))
s("Den größten Einzelauftrag über rund 45 Millionen Euro erteilte ein taiwanischer Hersteller von Mikro-LEDs, dessen Namen das Herzogenrather Unternehmen nicht nennt.")
s("Zu den Kunden der Aixtron-Anlagen zählen zudem Infineon, Onsemi und Navitas, die darauf Leistungshalbleiter aus Galliumnitrid und Siliziumkarbid fertigen.",
  ("supplies", "Aixtron", "Infineon", R), ("supplies", "Aixtron", "Onsemi", R),
  ("supplies", "Aixtron", "Navitas Semiconductor", R))
s("Mit Infineon hatte Aixtron bereits im Januar einen Rahmenvertrag über die Lieferung von GaN-Anlagen für das Werk im malaysischen Kulim bis 2028 geschlossen.",
  ("supplies", "Aixtron", "Infineon", R), ("partners", "Aixtron", "Infineon", O))
# supplier not named (Thesys is no gazetteer name): nothing.
s("Auch X-FAB, die Foundry-Tochter der belgischen Thesys-Gruppe, hat für ihr Werk in Lubbock zwei weitere Systeme bestellt.")
s("Der Umsatz von Aixtron sank dagegen um 12 Prozent auf 128 Millionen Euro, das Ebit halbierte sich auf 14 Millionen Euro.",
  ("revenue", "Aixtron", "128000000 EUR", R), ("profit", "Aixtron", "14000000 EUR", O))
# company not named (only its CEO): no revenue row.
s("Für das Gesamtjahr bestätigte Vorstandschef Felix Grawert die Prognose eines Umsatzes zwischen 520 und 560 Millionen Euro.",
  ("dated", "520000000 EUR", "2026", O))
# competitor; Baader Bank analysts are no subject.
s("Konkurrenz kommt vor allem aus China: Der Wettbewerber AMEC hat nach Einschätzung von Analysten der Baader Bank zuletzt Aufträge von Hua Hong und SMIC gewonnen, die früher an westliche Anbieter gegangen wären.",
  ("supplies", "AMEC", "Hua Hong Semiconductor", R), ("supplies", "AMEC", "SMIC", R))
s("Aixtron selbst bezieht zentrale Komponenten wie Heizsysteme und Quarzglas von Heraeus.",
  ("supplies", "Heraeus", "Aixtron", R))
# abandoned joint venture: no partners.
s("Im Sommer hatte Aixtron Pläne für ein Gemeinschaftsunternehmen mit dem französischen Anlagenbauer Riber aufgegeben, nachdem sich beide Seiten nicht auf die Bewertung einigen konnten.")
# "Das Unternehmen": no revenue row; the amount's date is stated.
s("Das Unternehmen beschäftigt rund 1.200 Mitarbeiter und hatte 2025 einen Umsatz von 596 Millionen Euro erzielt.",
  ("dated", "596000000 EUR", "2025", R))
s("Die Aktie legte im Xetra-Handel um 6 Prozent zu.")

# ---------------------------------------------------------------- en/tsmc-third-quarter-arizona.txt (Thu 2026-10-15)
s = doc("en/tsmc-third-quarter-arizona.txt")
s("TSMC profit jumps 38% as AI chip demand fills Arizona fabs")
s("Taiwan Semiconductor Manufacturing Co reported a 38% jump in third-quarter net profit on Thursday, beating forecasts as orders from Nvidia, Apple and AMD kept its most advanced production lines running at full capacity.",
  ("supplies", "TSMC", "Nvidia", R), ("supplies", "TSMC", "Apple", R), ("supplies", "TSMC", "AMD", R))
s("TSMC's net income for the July-September quarter rose to NT$452.3 billion ($14.1 billion), while its revenue climbed 31% to NT$1.02 trillion.",
  ("profit", "TSMC", "452300000000 TWD", R), ("profit", "TSMC", "14100000000 USD", R),
  ("revenue", "TSMC", "1020000000000 TWD", R),
  ("dated", "452300000000 TWD", "2026-Q3", O), ("dated", "14100000000 USD", "2026-Q3", O),
  ("dated", "1020000000000 TWD", "2026-Q3", O))
s("The company's Arizona complex, where TSMC is investing $165 billion, now makes processors for Apple and Nvidia's Blackwell GPUs, and AMD has booked capacity there for its EPYC server chips from 2027.",
  ("invests", "TSMC", "165000000000 USD", R), ("supplies", "TSMC", "Apple", R), ("supplies", "TSMC", "Nvidia", R),
  ("makes", "Nvidia", "Blackwell", R), ("supplies", "TSMC", "AMD", R), ("makes", "AMD", "EPYC", R),
  ("makes", "TSMC", "Blackwell", O))
s("Amkor Technology is building a $2 billion packaging plant nearby to handle TSMC's CoWoS overflow, with Apple already signed up as its first customer.",
  ("invests", AMK, "2000000000 USD", R), ("supplies", AMK, "TSMC", R), ("supplies", AMK, "Apple", R),
  ("partners", AMK, "TSMC", O))
s("In Europe, TSMC's Dresden subsidiary ESMC, in which Bosch, Infineon and NXP each hold 10%, is on track to start production in 2027.",
  ("owns", "TSMC", "ESMC", R), ("owns", "Bosch", "ESMC", R), ("owns", "Infineon", "ESMC", R), ("owns", "NXP", "ESMC", R),
  ("partners", "TSMC", "Bosch", O), ("partners", "TSMC", "Infineon", O), ("partners", "TSMC", "NXP", O))
# Apple and Nvidia declined Intel's process: no supplies Intel -> Apple/Nvidia.
s("Intel, which also relies on TSMC for parts of its Lunar Lake and Arrow Lake chips, has been courting the same customers for its own foundry business, but Apple and Nvidia have so far declined to commit to Intel's 18A process.",
  ("supplies", "TSMC", "Intel", R), ("makes", "Intel", "Lunar Lake", R), ("makes", "Intel", "Arrow Lake", R),
  ("makes", "TSMC", "Lunar Lake", O), ("makes", "TSMC", "Arrow Lake", O))
s("TSMC expects fourth-quarter revenue of between $33.5 billion and $34.7 billion and kept its 2026 capital spending budget at about $52 billion, Chief Financial Officer Wendell Huang told analysts.",
  ("revenue", "TSMC", "33500000000 USD", R), ("invests", "TSMC", "52000000000 USD", R),
  ("dated", "52000000000 USD", "2026", R), ("dated", "33500000000 USD", "2026-Q4", O))
# a competitor of TSMC, not a partner; "last month" is when the win was announced.
s("Samsung Foundry, its closest rival, said last month it had won a $16.5 billion contract to make Tesla's AI6 chips at its plant in Taylor, Texas.",
  ("orders", "Samsung Foundry", "16500000000 USD", R), ("supplies", "Samsung Foundry", "Tesla", R),
  ("makes", "Tesla", "AI6", R), ("pays", "Tesla", "16500000000 USD", O),
  ("makes", "Samsung Foundry", "AI6", O), ("dated", "16500000000 USD", "2026-09", O))
# "The South Korean company's foundry arm" not named, Bloomberg News is the medium.
s("The South Korean company's foundry arm is also in talks with Qualcomm, according to Bloomberg News, while Rapidus has signed up IBM as a customer for its 2-nanometer line in Hokkaido.",
  ("supplies", "Rapidus", "IBM", R), ("partners", "Rapidus", "IBM", O))

# ---------------------------------------------------------------- en/micron-hbm-sold-out-2027.txt (Thu 2026-09-24)
s = doc("en/micron-hbm-sold-out-2027.txt")
s("Micron sells out 2027 HBM supply, locks in multiyear pricing with top customers")
s("Micron Technology said it has sold out its entire 2027 supply of high-bandwidth memory and signed multiyear agreements that fix prices and volumes with its largest customers, including Nvidia and AMD.",
  ("supplies", "Micron", "Nvidia", R), ("supplies", "Micron", "AMD", R),
  ("partners", "Micron", "Nvidia", O), ("partners", "Micron", "AMD", O))
s("Micron posted revenue of $13.6 billion for its fiscal fourth quarter, which ended Sept. 3, up 46% from a year earlier, and net income of $4.1 billion.",
  ("revenue", "Micron", "13600000000 USD", R), ("profit", "Micron", "4100000000 USD", R),
  ("dated", "13600000000 USD", "2026-Q4", O), ("dated", "4100000000 USD", "2026-Q4", O),
  ("dated", "13600000000 USD", "2026-09-03", O), ("dated", "4100000000 USD", "2026-09-03", O))
s("Sales of HBM3E and the new HBM4 chips, which Micron ships to Nvidia for its Vera Rubin accelerators, more than doubled to $3.9 billion.",
  ("makes", "Micron", "HBM3E", R), ("makes", "Micron", "HBM4", R), ("supplies", "Micron", "Nvidia", R),
  ("makes", "Nvidia", "Vera Rubin", R), ("revenue", "Micron", "3900000000 USD", R))
s("Chief Executive Officer Sanjay Mehrotra said the pricing agreements, which run through 2028, cover about two-thirds of the company's expected HBM output.")
# a qualification is a step before supply -> optional.
s("SK Hynix, which supplies the bulk of Nvidia's HBM, and Samsung Electronics, which won Nvidia's qualification for HBM4 in February, are also pushing customers toward longer contracts.",
  ("supplies", "SK Hynix", "Nvidia", R), ("supplies", "Samsung", "Nvidia", O), ("makes", "Samsung", "HBM4", O))
s("To meet demand, Micron plans to spend about $20 billion on capital equipment in fiscal 2027, much of it with Applied Materials, Lam Research and Tokyo Electron, and is building a $15 billion memory fab in Boise, Idaho.",
  ("invests", "Micron", "20000000000 USD", R), ("dated", "20000000000 USD", "2027", R),
  ("supplies", "Applied Materials", "Micron", R), ("supplies", "Lam Research", "Micron", R),
  ("supplies", "Tokyo Electron", "Micron", R), ("invests", "Micron", "15000000000 USD", R),
  ("pays", "Micron", "20000000000 USD", O))
# "It": buyer not named -> no pays/owns; the seller gets no row; the amount's date is stated.
s("It also agreed to buy a back-end plant in Taiwan from Powerchip for $1.8 billion, a deal expected to close in the first quarter of 2027.",
  ("dated", "1800000000 USD", "2027-Q1", R))
s("Micron shares rose 7% in extended trading, adding to a 160% gain this year; analysts at Morgan Stanley and Bernstein raised their price targets.")
# Western Digital "no longer has any stake": negated owns.
s("Elsewhere in memory, Kioxia and SanDisk, which jointly operate flash plants in Yokkaichi and Kitakami, said this week they would raise NAND prices by about 15% in the fourth quarter, while Western Digital no longer has any stake in the venture.",
  ("partners", "Kioxia", "SanDisk", R))

# ---------------------------------------------------------------- en/ase-nvidia-packaging-substrates.txt (Thu 2026-04-30)
s = doc("en/ase-nvidia-packaging-substrates.txt")
s("ASE wins Nvidia packaging work as substrate shortage squeezes chip supply chain",
  ("supplies", ASE, "Nvidia", O))
s("ASE Technology Holding, the world's biggest chip packaging and testing company, said on Thursday it would spend an extra $1.5 billion this year on advanced packaging lines after Nvidia agreed to route part of its Blackwell Ultra assembly through the Taiwanese group.",
  ("invests", ASE, "1500000000 USD", R), ("dated", "1500000000 USD", "2026", R),
  ("supplies", ASE, "Nvidia", R), ("makes", "Nvidia", "Blackwell Ultra", R))
# Siliconware Precision Industries is not a gazetteer name: no owns row.
s("Most of Nvidia's chips are still packaged by TSMC using its CoWoS technology, but TSMC has been unable to expand that capacity fast enough, prompting Nvidia to qualify ASE and its subsidiary Siliconware Precision Industries as second sources.",
  ("supplies", "TSMC", "Nvidia", R), ("supplies", ASE, "Nvidia", R))
s("ASE's first-quarter revenue rose 14% to NT$158.2 billion, and its net profit reached NT$9.6 billion, beating analysts' estimates compiled by LSEG.",
  ("revenue", ASE, "158200000000 TWD", R), ("profit", ASE, "9600000000 TWD", R),
  ("dated", "158200000000 TWD", "2026-Q1", O), ("dated", "9600000000 TWD", "2026-Q1", O))
s("The bottleneck has shifted to substrates.")
s("Ibiden and Resonac, which supply the ABF substrates and bonding films used in AI packages, have told customers including ASE and Amkor Technology that capacity is allocated through 2027.",
  ("supplies", "Ibiden", ASE, R), ("supplies", "Ibiden", AMK, R),
  ("supplies", "Resonac", ASE, R), ("supplies", "Resonac", AMK, R))
s("Ajinomoto, the Japanese food group whose build-up film insulates almost every high-end substrate, said it would raise prices by about 10% from July.")
s("Amkor, which counts Apple and Qualcomm among its largest customers, reported first-quarter revenue of $1.58 billion and is expanding its Arizona campus at a cost of $2 billion.",
  ("supplies", AMK, "Apple", R), ("supplies", AMK, "Qualcomm", R),
  ("revenue", AMK, "1580000000 USD", R), ("invests", AMK, "2000000000 USD", R),
  ("dated", "1580000000 USD", "2026-Q1", O))
# scrapped stake sale: nothing.
s("Intel, which had once offered its Malaysian packaging plants to outside customers, scrapped plans earlier this year to sell a stake in that business to ASE.")
# the target is only described: no owns; the seller gets no row.
s("Instead, ASE agreed to buy a 35% stake in a Malaysian test house from Infineon for $280 million, a deal the German chipmaker expects to close by September.",
  ("invests", ASE, "280000000 USD", R), ("pays", ASE, "280000000 USD", O),
  ("dated", "280000000 USD", "2026-09", O))

# ---------------------------------------------------------------- en/nexperia-automakers-new-suppliers.txt (Thu 2026-02-05)
s = doc("en/nexperia-automakers-new-suppliers.txt")
s("Automakers sign up new chip suppliers as Nexperia dispute drags on")
s("Europe's carmakers and their suppliers are locking in alternative sources of basic chips as the standoff over Nexperia, the Dutch chipmaker owned by China's Wingtech Technology, stretches into a fifth month.",
  ("owns", "Wingtech", "Nexperia", R))
s("Bosch said on Thursday it had signed a three-year agreement with Vishay and Onsemi covering diodes, transistors and power MOSFETs for its engine and braking control units, replacing parts it previously sourced from Nexperia.",
  ("supplies", "Vishay", "Bosch", R), ("supplies", "Onsemi", "Bosch", R), ("supplies", "Nexperia", "Bosch", R),
  ("partners", "Bosch", "Vishay", O), ("partners", "Bosch", "Onsemi", O))
# Diodes Inc is not a gazetteer name.
s("ZF, which supplies transmissions and steering systems to BMW and Stellantis, said it had qualified chips from Diodes Inc and Littelfuse for about 70% of the Nexperia parts it uses.",
  ("supplies", "ZF", "BMW", R), ("supplies", "ZF", "Stellantis", R),
  ("supplies", "Littelfuse", "ZF", R), ("supplies", "Nexperia", "ZF", R))
s("Volkswagen, which halted some production lines at its Wolfsburg plant in October, said supply was secure through the end of March.")
s("Nexperia's Chinese unit in Dongguan, which packages about 70% of the group's chips, has continued to ship to Chinese customers such as BYD, but deliveries to Europe remain irregular.",
  ("supplies", "Nexperia", "BYD", R))
# damages sought are no fact; the sale to Silver Lake was abandoned: no owns.
s("Wingtech, which paid about $3.6 billion for Nexperia in 2019, said it was seeking $8 billion in damages and had abandoned talks to sell the unit to a consortium led by Silver Lake.",
  ("pays", "Wingtech", "3600000000 USD", R), ("owns", "Wingtech", "Nexperia", R),
  ("dated", "3600000000 USD", "2019", R), ("invests", "Wingtech", "3600000000 USD", O))
# competitors, not partners.
s("Infineon and STMicroelectronics, which compete with Nexperia in discrete semiconductors, have both reported a surge in orders from automotive customers.")
s("Infineon said its order backlog rose to about 20 billion euros at the end of December, and the Munich-based group plans to invest 2.5 billion euros in its Dresden fab this year.",
  ("orders", "Infineon", "20000000000 EUR", R), ("invests", "Infineon", "2500000000 EUR", R),
  ("dated", "2500000000 EUR", "2026", R), ("dated", "20000000000 EUR", "2025-12", O))
s("Nexperia, which generated revenue of about $2.1 billion in 2024, declined to comment.",
  ("revenue", "Nexperia", "2100000000 USD", R), ("dated", "2100000000 USD", "2024", R))
s("Analysts at Jefferies estimate the crisis has cost European auto production up to 1.2 million vehicles.")

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
    # coverage: the listed sentences make up the whole title and body of every document
    for d, text in texts.items():
        head, body = text.split("\n---\n", 1)
        title = [l[len("title: "):] for l in head.splitlines() if l.startswith("title: ")][0]
        rest = body
        for dd, sent, _ in A:
            if dd == d and sent != title:
                rest = rest.replace(sent, "", 1)
        if rest.strip() or title not in [x[1] for x in A if x[0] == d]:
            print("NOT COVERED:", d, repr(rest.strip()[:120]), file=sys.stderr); bad += 1
    for p in sorted(os.path.relpath(os.path.join(r, f), CORPUS) for r, _, fs in os.walk(CORPUS) for f in fs):
        if p not in texts:
            print("NOT ANNOTATED:", p, file=sys.stderr); bad += 1
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
