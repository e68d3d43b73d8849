#!/usr/bin/env python3
"""Builds the blind8 split of paragraphs.jsonl: paragraphs with their mentions given as (text, type, id, occurrence);
offsets are computed here (UTF-16 = Python str indices for these BMP-only texts). Run from this folder:
    python3 blind8.py >> ../paragraphs.jsonl   (after removing the old blind8 lines)
Written and annotated on 2026-12-02 before the given-name list of that round was measured on them: people from many
countries (Poland, Italy, Serbia, Senegal, Turkey, Finland, Slovenia, Denmark, Belgium, Korea, Ghana, India, Mexico,
Spain), most unknown to the KB."""
from spans import emit

P, O, L = "PERSON", "ORGANIZATION", "LOCATION"
W = "written"
items = [
# ---- French, written for Parallax about real events (facts checked)
("fr-h01", "fr", "2024-06-08", W,
 "Iga Swiatek a remporté samedi son quatrième titre sur la terre battue parisienne en battant Jasmine Paolini (6-2, 6-1) en un peu plus d’une heure. Entraînée depuis 2021 par Tomasz Wiktorowski, Swiatek rejoint Justine Henin parmi les joueuses qui se sont imposées trois années de suite Porte d’Auteuil.",
 [("Iga Swiatek", P, None), ("Jasmine Paolini", P, None), ("Tomasz Wiktorowski", P, None), ("Swiatek", P, None, 1), ("Justine Henin", P, None), ("Porte d’Auteuil", L, None)]),
("fr-h02", "fr", "2024-01-28", W,
 "L’équipe de France de handball a remporté dimanche à Cologne le championnat d’Europe en battant le Danemark (33-31 après prolongation). Pour son dernier Euro, Nikola Karabatic a soulevé un quatrième titre continental aux côtés de son frère Luka.",
 [("équipe de France de handball", O, None), ("Cologne", L, "Q365"), ("Danemark", L, "Q35"), ("Nikola Karabatic", P, None), ("Luka", P, None)]),
("fr-h03", "fr", "2025-01-28", W,
 "Milos Vucevic a annoncé mardi sa démission du poste de Premier ministre de Serbie, trois mois après l’effondrement de l’auvent de la gare de Novi Sad, qui avait fait quinze morts. Le chef de l’État, Aleksandar Vucic, a dit prendre acte de cette décision.",
 [("Milos Vucevic", P, None), ("Serbie", L, "Q403"), ("Novi Sad", L, None), ("Le chef de l’État", P, "Q222031"), ("Aleksandar Vucic", P, "Q222031")]),
("fr-h04", "fr", "2024-04-02", W,
 "Bassirou Diomaye Faye a prêté serment mardi à Diamniadio, devenant à 44 ans le plus jeune président de l’histoire du Sénégal. Il a nommé dans la soirée Ousmane Sonko au poste de Premier ministre.",
 [("Bassirou Diomaye Faye", P, "Q124382437"), ("Diamniadio", L, None), ("Sénégal", L, "Q1041"), ("Ousmane Sonko", P, None)]),
("fr-h05", "fr", "2025-03-19", W,
 "Ekrem Imamoglu a été placé en garde à vue mercredi matin à Istanbul, ville dont il est le maire depuis 2019. Principal rival de Recep Tayyip Erdogan, il devait être désigné dimanche candidat du Parti républicain du peuple (CHP) à la prochaine présidentielle. Özgür Özel, le chef de ce parti, a dénoncé « une tentative de coup d’État ».",
 [("Ekrem Imamoglu", P, None), ("Istanbul", L, "Q406"), ("Recep Tayyip Erdogan", P, "Q39259"), ("Parti républicain du peuple", O, None), ("CHP", O, None),
  ("Özgür Özel", P, None), ("le chef de ce parti", P, None)]),
("fr-h06", "fr", "2024-02-11", W,
 "Alexander Stubb a remporté dimanche le second tour de l’élection présidentielle en Finlande avec 51,6 % des voix face à l’écologiste Pekka Haavisto. L’ancien Premier ministre succédera le 1er mars à Sauli Niinistö.",
 [("Alexander Stubb", P, "Q503143"), ("Finlande", L, "Q33"), ("Pekka Haavisto", P, None), ("L’ancien Premier ministre", P, "Q503143"), ("Sauli Niinistö", P, None)]),
# ---- English, written for Parallax about real events (facts checked)
("en-h01", "en", "2024-07-21", W,
 "Tadej Pogacar won cycling's biggest race for the third time on Sunday, taking the final time trial from Monaco to Nice to finish 6 minutes 17 seconds ahead of Jonas Vingegaard. Remco Evenepoel of Belgium was third.",
 [("Tadej Pogacar", P, None), ("Monaco", L, "Q235"), ("Nice", L, None), ("Jonas Vingegaard", P, None), ("Remco Evenepoel", P, None), ("Belgium", L, "Q31")]),
("en-h02", "en", "2024-12-14", W,
 "Lawmakers in Seoul voted on Saturday to impeach President Yoon Suk Yeol over his short-lived declaration of martial law. Prime Minister Han Duck-soo became acting president, and opposition leader Lee Jae-myung welcomed the vote.",
 [("Seoul", L, "Q8684"), ("Yoon Suk Yeol", P, None), ("Han Duck-soo", P, None), ("Lee Jae-myung", P, "Q12612463")]),
("en-h03", "en", "2024-12-08", W,
 "Ghana's vice president, Mahamudu Bawumia, conceded defeat on Sunday to former president John Dramani Mahama, a day after the election. Mahama, who led the country from 2012 to 2017, will be sworn in on January 7.",
 [("Ghana's vice president", P, None), ("Mahamudu Bawumia", P, None), ("John Dramani Mahama", P, "Q50678"), ("Mahama", P, "Q50678", 1)]),
("en-h04", "en", "2024-06-29", W,
 "India won the Twenty20 World Cup on Saturday, beating South Africa by seven runs in Barbados. Virat Kohli top-scored with 76, and Jasprit Bumrah was named player of the tournament. Captain Rohit Sharma and Kohli both announced their retirement from the format after the match.",
 [("India", L, "Q668"), ("South Africa", L, "Q258"), ("Barbados", L, "Q244"), ("Virat Kohli", P, None), ("Jasprit Bumrah", P, None), ("Rohit Sharma", P, None), ("Kohli", P, None, 1)]),
("en-h05", "en", "2024-10-01", W,
 "Claudia Sheinbaum was sworn in on Tuesday as Mexico's first woman president, succeeding her mentor Andrés Manuel López Obrador. Foreign guests at the ceremony in Mexico City included Brazil's president, Luiz Inácio Lula da Silva.",
 [("Claudia Sheinbaum", P, "Q5771800"), ("Mexico", L, "Q96"), ("Andrés Manuel López Obrador", P, None), ("Mexico City", L, "Q1489"), ("Brazil's president", P, "Q37181"), ("Luiz Inácio Lula da Silva", P, "Q37181")]),
("en-h06", "en", "2024-07-14", W,
 "Spain won a record fourth European title on Sunday, beating England 2-1 in Berlin. Nico Williams opened the scoring early in the second half, Cole Palmer equalised for England, and substitute Mikel Oyarzabal struck the winner four minutes from time. Lamine Yamal, 17, was named the tournament's best young player.",
 [("Spain", L, "Q29"), ("England", L, "Q21"), ("Berlin", L, "Q64"), ("Nico Williams", P, None), ("Cole Palmer", P, None), ("England", L, "Q21", 1), ("Mikel Oyarzabal", P, None), ("Lamine Yamal", P, None)]),
]

emit(items, "blind8")
