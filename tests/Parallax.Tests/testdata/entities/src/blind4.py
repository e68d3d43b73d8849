#!/usr/bin/env python3
"""Builds the blind4 split of paragraphs.jsonl: paragraphs with their mentions given as (text, type, id, occurrence);
offsets are computed here (UTF-16 = Python str indices for these BMP-only texts). Run from this folder:
    python3 blind4.py >> ../paragraphs.jsonl   (after removing the old blind4 lines)"""
import json, sys

P, O, L = "PERSON", "ORGANIZATION", "LOCATION"
W = "written"
items = [
# ---- French, written for Parallax about real events (facts checked), names mostly unknown to the KB
("fr-d01", "fr", "2025-03-27", W,
 "Ubisoft a annoncé jeudi la création d’une filiale qui regroupera ses franchises les plus rentables et dans laquelle le groupe chinois Tencent investira 1,16 milliard d’euros pour une participation de 25 %. Son PDG, Yves Guillemot, a salué une opération qui valorise les actifs de l’éditeur de Saint-Mandé.",
 [("Ubisoft", O, None), ("chinois", L, "Q148"), ("Tencent", O, None), ("Son PDG", P, None), ("Yves Guillemot", P, None), ("Saint-Mandé", L, None)]),
("fr-d02", "fr", "2024-08-02", W,
 "Léon Marchand a remporté vendredi sa quatrième médaille d’or individuelle, en 200 m quatre nages, devant le public de la Paris La Défense Arena, à Nanterre. Le nageur, entraîné aux États-Unis par Bob Bowman au sein de l’université d’État de l’Arizona, avait déjà gagné le 400 m quatre nages, le 200 m papillon et le 200 m brasse.",
 [("Léon Marchand", P, None), ("Paris La Défense Arena", L, None), ("Nanterre", L, None), ("États-Unis", L, "Q30"), ("Bob Bowman", P, None),
  ("université d’État de l’Arizona", O, None)]),
("fr-d03", "fr", "2025-05-13", W,
 "Le tribunal correctionnel de Paris a condamné mardi Gérard Depardieu à dix-huit mois de prison avec sursis pour des agressions sexuelles sur deux femmes lors d’un tournage en 2021. L’avocat de l’acteur, Jérémie Assous, a annoncé qu’il ferait appel.",
 [("tribunal correctionnel de Paris", O, None), ("Gérard Depardieu", P, None), ("L’avocat de l’acteur", P, None), ("Jérémie Assous", P, None)]),
("fr-d04", "fr", "2023-04-14", W,
 "Le Conseil constitutionnel a validé vendredi l’essentiel de la réforme des retraites, dont le report de l’âge légal de départ de 62 à 64 ans, mais a censuré six dispositions, dont l’index seniors. Son président, Laurent Fabius, a aussi rejeté la demande de référendum d’initiative partagée déposée par la gauche. Le secrétaire général de la CFDT, Laurent Berger, a appelé l’exécutif à ne pas promulguer le texte.",
 [("Conseil constitutionnel", O, None), ("Son président", P, None), ("Laurent Fabius", P, None), ("Le secrétaire général de la CFDT", P, None),
  ("CFDT", O, None), ("Laurent Berger", P, None)]),
("fr-d05", "fr", "2025-06-16", W,
 "Le groupe Kering a confirmé lundi la nomination de Luca de Meo au poste de directeur général. Le dirigeant quitte Renault, qu’il pilotait depuis 2020 ; François-Henri Pinault reste président du propriétaire de Gucci, dont les ventes reculent depuis deux ans.",
 [("Kering", O, None), ("Luca de Meo", P, None), ("Renault", O, None), ("François-Henri Pinault", P, None), ("Gucci", O, None)]),
("fr-d06", "fr", "2023-06-17", W,
 "Le Stade toulousain a battu La Rochelle (29-26) en finale du championnat samedi soir au Stade de France, à Saint-Denis, et décroche son 22e titre. Les Rochelais de Ronan O’Gara, doubles champions d’Europe, ont mené jusqu’aux dernières minutes avant l’essai de Melvyn Jaminet.",
 [("Stade toulousain", O, None), ("La Rochelle", O, None), ("Stade de France", L, None), ("Saint-Denis", L, None), ("Ronan O’Gara", P, None), ("Melvyn Jaminet", P, None)]),
("fr-d07", "fr", "2024-12-18", W,
 "La Cour de cassation a rendu définitive mercredi la condamnation de Nicolas Sarkozy à un an de prison ferme sous bracelet électronique dans l’affaire dite des écoutes, en rejetant son pourvoi contre l’arrêt de la cour d’appel de Paris de mai 2023. L’avocat de l’ancien chef de l’État, Patrice Spinosi, a annoncé saisir la Cour européenne des droits de l’homme.",
 [("Cour de cassation", O, None), ("Nicolas Sarkozy", P, "Q329"), ("cour d’appel de Paris", O, None), ("L’avocat de l’ancien chef de l’État", P, None),
  ("Patrice Spinosi", P, None), ("Cour européenne des droits de l’homme", O, None)]),
("fr-d08", "fr", "2023-09-10", W,
 "Le séisme de magnitude 6,8 qui a frappé vendredi soir la province d’Al Haouz, au sud-ouest de Marrakech, a fait plus de 2 000 morts, selon le ministère de l’Intérieur. Dans les villages du Haut Atlas, comme Amizmiz, les secours peinent à dégager les décombres ; le Maroc a accepté l’aide de l’Espagne, du Royaume-Uni, du Qatar et des Émirats arabes unis.",
 [("Al Haouz", L, None), ("Marrakech", L, None), ("ministère de l’Intérieur", O, None), ("Haut Atlas", L, None), ("Amizmiz", L, None), ("Maroc", L, "Q1028"),
  ("Espagne", L, "Q29"), ("Royaume-Uni", L, "Q145"), ("Qatar", L, "Q846"), ("Émirats arabes unis", L, "Q878")]),
("fr-d09", "fr", "2024-06-11", W,
 "La start-up Mistral AI a annoncé une levée de fonds de 600 millions d’euros menée par le fonds américain General Catalyst, qui la valorise à près de 6 milliards d’euros. Son directeur général, Arthur Mensch, passé par Google DeepMind, veut recruter à Paris et à Londres.",
 [("Mistral AI", O, None), ("américain", L, "Q30"), ("General Catalyst", O, None), ("Son directeur général", P, None), ("Arthur Mensch", P, None),
  ("Google DeepMind", O, None), ("Paris", L, "Q90"), ("Londres", L, "Q84")]),
("fr-d10", "fr", "2018-01-17", W,
 "Le gouvernement renonce au projet d’aéroport de Notre-Dame-des-Landes, au nord de Nantes, a annoncé mercredi le Premier ministre, Édouard Philippe. L’actuel aéroport de Nantes-Atlantique sera modernisé et sa piste allongée, tandis que les occupants de la zone à défendre devront quitter les lieux au printemps.",
 [("Notre-Dame-des-Landes", L, None), ("Nantes", L, "Q12191"), ("le Premier ministre", P, None), ("Édouard Philippe", P, None), ("Nantes-Atlantique", L, None)]),
# ---- English, written for Parallax about real events (facts checked)
("en-d01", "en", "2025-01-27", W,
 "Shares of Nvidia fell 17% on Monday, wiping nearly $600 billion off the chipmaker's market value, after the Chinese start-up DeepSeek said it had trained a competitive artificial intelligence model at a fraction of the usual cost. The Hangzhou-based company's assistant had topped Apple's App Store charts over the weekend.",
 [("Nvidia", O, None), ("Chinese", L, "Q148"), ("DeepSeek", O, None), ("Hangzhou", L, None), ("Apple", O, "Q312")]),
("en-d02", "en", "2025-02-10", W,
 "The Philadelphia Eagles beat the Kansas City Chiefs 40-22 on Sunday at the Caesars Superdome in New Orleans, denying Kansas City a third straight championship. Quarterback Jalen Hurts, who threw two touchdown passes and ran for another, was named the game's most valuable player.",
 [("Philadelphia Eagles", O, None), ("Kansas City Chiefs", O, None), ("Caesars Superdome", L, None), ("New Orleans", L, None), ("Kansas City", O, None, 1),
  ("Jalen Hurts", P, None)]),
("en-d03", "en", "2022-06-24", W,
 "The Supreme Court on Friday overturned Roe v. Wade, ending the constitutional right to abortion, in a case brought by Mississippi's only abortion clinic against a state law banning most abortions after 15 weeks. Justice Samuel Alito wrote for the majority; Planned Parenthood said clinics in several states would stop offering the procedure within hours.",
 [("Supreme Court", O, None), ("Mississippi", L, None), ("Samuel Alito", P, None), ("Planned Parenthood", O, None)]),
("en-d04", "en", "2025-01-25", W,
 "The Senate confirmed Pete Hegseth as defense secretary late on Friday in a 51-50 vote, with Vice President JD Vance casting the tie-breaking vote. Three Republicans, Mitch McConnell, Susan Collins and Lisa Murkowski, voted against the former Fox News host.",
 [("Senate", O, None), ("Pete Hegseth", P, None), ("Vice President", P, "Q28935729"), ("JD Vance", P, "Q28935729"), ("Mitch McConnell", P, None),
  ("Susan Collins", P, None), ("Lisa Murkowski", P, None), ("the former Fox News host", P, None), ("Fox News", O, None)]),
("en-d05", "en", "2023-02-07", W,
 "Rescuers in southern Turkey worked through the night in freezing rain after a magnitude 7.8 earthquake struck near Gaziantep before dawn on Monday, toppling buildings across Kahramanmaraş and Hatay provinces. Turkey's disaster agency, AFAD, said thousands had died; in northwestern Syria, the White Helmets searched for survivors in towns around Idlib and Aleppo.",
 [("Turkey", L, "Q43"), ("Gaziantep", L, None), ("Kahramanmaraş", L, None), ("Hatay", L, None), ("Turkey", L, "Q43", 1), ("AFAD", O, None), ("Syria", L, "Q858"),
  ("White Helmets", O, None), ("Idlib", L, None), ("Aleppo", L, None)]),
("en-d06", "en", "2024-07-19", W,
 "CrowdStrike's chief executive, George Kurtz, apologized on Friday after a faulty software update from the cybersecurity firm crashed about 8.5 million computers running Microsoft's Windows, grounding flights, taking broadcasters off air and disrupting hospitals worldwide. The Austin, Texas-based company said the problem was not a cyberattack.",
 [("CrowdStrike", O, None), ("CrowdStrike's chief executive", P, None), ("George Kurtz", P, None), ("Microsoft", O, "Q2283"), ("Austin", L, None), ("Texas", L, "Q1439")]),
("en-d07", "en", "2024-08-01", W,
 "The Bank of England cut its main interest rate to 5% from 5.25% on Thursday, its first reduction since the start of the pandemic, after a 5-4 vote by its Monetary Policy Committee. Its governor, Andrew Bailey, said rates could not fall too quickly or by too much, while Rachel Reeves, the chancellor of the exchequer, welcomed the news for mortgage holders.",
 [("Bank of England", O, None), ("Monetary Policy Committee", O, None), ("Its governor", P, None), ("Andrew Bailey", P, None), ("Rachel Reeves", P, None), ("the chancellor of the exchequer", P, None)]),
("en-d08", "en", "2024-12-09", W,
 "Taylor Swift closed her record-breaking tour on Sunday with a third sold-out night at BC Place in Vancouver, the 149th show of a run that began in Glendale, Arizona, in March 2023. Her label, Republic Records, said the final concert drew more than 50,000 fans.",
 [("Taylor Swift", P, None), ("BC Place", L, None), ("Vancouver", L, None), ("Glendale", L, None), ("Arizona", L, None), ("Republic Records", O, None)]),
("en-d09", "en", "2024-09-30", W,
 "Helene made landfall late on Thursday in Florida's Big Bend region near Perry as a Category 4 hurricane, the National Hurricane Center said, before its remnants caused catastrophic flooding around Asheville, North Carolina. The Federal Emergency Management Agency sent more than 1,000 staff to the region.",
 [("Florida", L, "Q812"), ("Big Bend", L, None), ("Perry", L, None), ("National Hurricane Center", O, None), ("Asheville", L, None), ("North Carolina", L, None),
  ("Federal Emergency Management Agency", O, None)]),
("en-d10", "en", "2025-05-23", W,
 "A federal judge in Boston on Friday blocked the Trump administration from stripping Harvard University of its ability to enroll international students, a day after Kristi Noem, the homeland security secretary, revoked its certification. Judge Allison Burroughs issued a temporary restraining order; the university, in Cambridge, Massachusetts, called the move a violation of the First Amendment.",
 [("Boston", L, "Q100"), ("Harvard University", O, None), ("Kristi Noem", P, None), ("the homeland security secretary", P, None), ("Allison Burroughs", P, None),
  ("Cambridge", L, None), ("Massachusetts", L, None)]),
]

for it in items:
    pid, lang, pub, src, text, ms = it
    out = []
    for m in ms:
        surface, typ, kb = m[:3]
        occ = m[3] if len(m) > 3 else 0
        i = -1
        for _ in range(occ + 1):
            i = text.find(surface, i + 1)
            # whole words only
            while i >= 0 and ((i > 0 and text[i - 1].isalnum()) or (i + len(surface) < len(text) and text[i + len(surface)].isalnum())):
                i = text.find(surface, i + 1)
            if i < 0: sys.exit(f"{pid}: '{surface}' occurrence {occ} not found")
        out.append({"start": i, "end": i + len(surface), "text": surface, "type": typ, "kb": kb})
    out.sort(key=lambda m: (m["start"], -m["end"]))
    spans = [(m["start"], m["end"]) for m in out]
    if len(set(spans)) != len(spans): sys.exit(f"{pid}: duplicate span")
    print(json.dumps({"id": pid, "lang": lang, "published": pub, "split": "blind4", "source": src, "text": text, "mentions": out}, ensure_ascii=False))
