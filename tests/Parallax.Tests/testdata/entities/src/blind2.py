#!/usr/bin/env python3
"""Builds the blind2 split of paragraphs.jsonl: paragraphs with their mentions given as (text, type, id, occurrence);
offsets are computed here (UTF-16 = Python str indices for these BMP-only texts). Run from this folder:
    python3 blind2.py >> ../paragraphs.jsonl   (after removing the old blind2 lines)"""
import json, sys

P, O, L = "PERSON", "ORGANIZATION", "LOCATION"
B = "article-extraction-benchmark:"
items = [
# ---- English: real paragraphs, unchanged, from pages of the article-extraction benchmark not used elsewhere in this set
("en-b01", "en", "2019-11-19", B + "264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485",
 "BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau expressed confidence in the veteran winger, saying he always finds a way to start scoring. “It takes a little longer now, but he’s playing well now, he’s getting a little bit of confidence back,” Boudreau said before the Wild’s 4-1 win over the Sabres in front of 15,522 in KeyBank Center. “That goes a long way.”",
 [("BUFFALO", L, None), ("N.Y.", L, None), ("Zach Parise", P, None), ("Wild", O, None), ("Bruce Boudreau", P, None),
  ("Boudreau", P, None, 1), ("Wild", O, None, 1), ("Sabres", O, None), ("KeyBank Center", L, None)]),
("en-b02", "en", "2019-11-19", B + "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
 "Indiana State Teachers Association President Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature should direct money from the state’s $2 billion in cash reserves toward helping schools.",
 [("Indiana State Teachers Association President", P, None), ("Indiana State Teachers Association", O, None), ("Keith Gambill", P, None),
  ("Statehouse", L, None), ("Legislature", O, None)]),
("en-b03", "en", "2019-11-19", B + "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829",
 "Cases of Eastern Equine Encephalitis first appeared in West Michigan at the end of August. The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties. The outbreak has resulted in 10 human cases and 46 animal cases. Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says the risk from the virus continues because there hasn’t been a sustained period of freezing temperatures.",
 [("West Michigan", L, None), ("Barry", L, None), ("Berrien", L, None), ("Calhoun", L, None), ("Cass", L, None), ("Kalamazoo", L, None),
  ("Van Buren", L, None), ("Dr. Joneigh Khaldun", P, None), ("Michigan Department of Health and Human Services", O, None)]),
("en-b04", "en", "2019-11-20", B + "d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c",
 "SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 people in 18 Northern and central California counties as the region faces extreme fire weather that’s lasted since October. A virtually rainless fall has left brush bone-dry and forecasts called for low humidity and winds gusting at times to 55 mph (88.5 kph), which might fling tree branches or other debris into power lines, causing sparks that could set catastrophic fires in the region, PG&E officials said.",
 [("SAN FRANCISCO", L, "Q62"), ("AP", O, "Q40469"), ("Pacific Gas & Electric Co.", O, None), ("California", L, "Q99"), ("PG&E", O, None)]),
("en-b05", "en", "2019-11-19", B + "8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892",
 "The merger of the big newspaper chains Gannett and GateHouse Media, which became final Tuesday, will create a “stronger” and “more viable” print and digital news enterprise “with deep local roots and national scale.” That’s the optimistic view mouthed by Michael Reed, the CEO of New Media Investment Group, GateHouse’s parent, on Nov. 14 after the deal was approved by shareholders of both companies.",
 [("Gannett", O, None), ("GateHouse Media", O, None), ("Michael Reed", P, None), ("the CEO of New Media Investment Group", P, None),
  ("New Media Investment Group", O, None), ("GateHouse", O, None, 1)]),
("en-b06", "en", "2019-11-20", B + "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f",
 "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, which it said crashed in Logar province south of the capital Kabul. \"US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen (Taliban) position in Pangram area of Sarkh, Logar,\" Taliban spokesman Zabihullah Mujahid said in a tweet.",
 [("Afghan", L, "Q889"), ("Taliban", O, None), ("Logar", L, None), ("Kabul", L, "Q5880"), ("US", L, "Q30"), ("Taliban", O, None, 1),
  ("Pangram", L, None), ("Sarkh", L, None), ("Logar", L, None, 1), ("Taliban spokesman", P, None), ("Taliban", O, None, 2), ("Zabihullah Mujahid", P, None)]),
("en-b07", "en", "2019-11-19", B + "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
 "Prosecutors in Sweden have dropped an investigation into a rape allegation made against Wikileaks co-founder Julian Assange in 2010. Assange, who denies the accusation, has avoided extradition to Sweden for seven years after seeking refuge at the Ecuadorean embassy in London in 2012. The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail for breaching his bail conditions.",
 [("Sweden", L, "Q34"), ("Wikileaks", O, None), ("Julian Assange", P, None), ("Assange", P, None, 1), ("Sweden", L, "Q34", 1),
  ("Ecuadorean", L, "Q736"), ("London", L, "Q84")]),
("en-b08", "en", "2019-11-20", B + "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756",
 "“The authorities must end this brutal and deadly crackdown immediately and show respect for human life,” said Philip Luther, Research and Advocacy Director for the Middle East and North Africa at Amnesty International.",
 [("Philip Luther", P, None), ("Middle East", L, "Q7204"), ("North Africa", L, None), ("Amnesty International", O, None)]),
("en-b09", "en", "2018-10-09", B + "e7301133baab43596f19076beab32096f6405b868e0a69bcfc3349e595d62475",
 "President of the Senate, Bukola Saraki, Senator Dino Melaye and Senator Ben Murray-Bruce have dragged the Inspector-General of Police, Ibrahim Idris, to court. The move was over their invitation by the Nigeria Police. The lawmakers were among the three leaders of the Peoples Democratic Party who led a protest march to the headquarters of the Independent National Electoral Commission and the Force Headquarters in Abuja on Friday to protest against the outcome of the Osun State governorship election.",
 [("President of the Senate", P, None), ("Senate", O, None), ("Bukola Saraki", P, None), ("Dino Melaye", P, None), ("Ben Murray-Bruce", P, None),
  ("the Inspector-General of Police", P, None), ("Ibrahim Idris", P, None), ("Nigeria Police", O, None), ("Peoples Democratic Party", O, None),
  ("Independent National Electoral Commission", O, None), ("Force Headquarters", L, None), ("Abuja", L, None), ("Osun State", L, None)]),
("en-b10", "en", "2019-11-18", B + "bc13ff87b2630ffbebc33bc37b11178b14f03109055e1d17bf644f804b63d98a",
 "In a company email sent by chairman Marcelo Claure, employees were told that layoffs will begin this week in the U.S., and that a planned all-hands meeting will be postponed from Tuesday to Friday, where Claure will present the company’s five-year plan.",
 [("chairman", P, None), ("Marcelo Claure", P, None), ("U.S.", L, "Q30"), ("Claure", P, None, 1)]),
("en-b11", "en", "2019-11-20", B + "ecb46e3e489d2aac92b2563112e1801077b4219a6db9751f18e228bcaf457802",
 "Wild 4, Sabres 1: Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo. Jason Zucker had a goal and an assist, and Jonas Brodin also scored for the Wild, who improved to 4-2-1 in their last seven. Brandon Montour scored for the Sabres and Linus Ullmark stopped 22 shots. Buffalo is on a 1-6-2 skid and battling injuries at the forward position following 9-2-1 start.",
 [("Wild", O, None), ("Sabres", O, None), ("Zach Parise", P, None), ("Alex Stalock", P, None), ("Minnesota", O, None), ("Buffalo", O, None),
  ("Jason Zucker", P, None), ("Jonas Brodin", P, None), ("Wild", O, None, 1), ("Brandon Montour", P, None), ("Sabres", O, None, 1),
  ("Linus Ullmark", P, None), ("Buffalo", O, None, 1)]),
("en-b12", "en", "2019-11-19", B + "35b158918c676ff2c74445517db76c83db70a805cc50b64e1369b354a027fcbd",
 "CLEVELAND, Ohio – The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame Induction into a 50th anniversary tour in 2020. And the band will do it with singer Michael McDonald. Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on July 22. The trek will feature members Tom Johnston, Patrick Simmons, John McFee and McDonald together for the first time in 25 years.",
 [("CLEVELAND", L, None), ("Ohio", L, None), ("The Doobie Brothers", O, None), ("Michael McDonald", P, None), ("Rolling Stone", O, None),
  ("Blossom Music Center", L, None), ("Tom Johnston", P, None), ("Patrick Simmons", P, None), ("John McFee", P, None), ("McDonald", P, None, 1)]),
# ---- French: paragraphs written for Parallax in the style of wire reports, about real events (facts checked)
("fr-b01", "fr", "2025-10-20", "written",
 "Huit joyaux de la couronne ont été dérobés dimanche matin au musée du Louvre, à Paris, par des malfaiteurs qui se sont enfuis à scooter. La procureure de Paris, Laure Beccuau, a confié l’enquête à la brigade de répression du banditisme. En janvier, la présidente-directrice du musée, Laurence des Cars, avait alerté la ministre de la Culture, Rachida Dati, sur la vétusté du bâtiment.",
 [("Louvre", L, "Q19675"), ("Paris", L, "Q90"), ("La procureure de Paris", P, None), ("Laure Beccuau", P, None),
  ("la présidente-directrice du musée", P, None), ("Laurence des Cars", P, None), ("la ministre de la Culture", P, None), ("Rachida Dati", P, None)]),
("fr-b02", "fr", "2025-09-25", "written",
 "La justice française a condamné jeudi Nicolas Sarkozy à cinq ans d’emprisonnement pour association de malfaiteurs dans le dossier du financement libyen de sa campagne de 2007. L’ancien chef de l’Etat a été relaxé des chefs de corruption passive et de recel de détournement de fonds publics libyens. Ses anciens ministres Claude Guéant et Brice Hortefeux ont été condamnés à six ans et à deux ans de prison.",
 [("française", L, "Q142"), ("Nicolas Sarkozy", P, "Q329"), ("libyen", L, "Q1016"), ("L’ancien chef de l’Etat", P, "Q329"), ("libyens", L, "Q1016"),
  ("Claude Guéant", P, None), ("Brice Hortefeux", P, None)]),
("fr-b03", "fr", "2024-12-02", "written",
 "Carlos Tavares a quitté dimanche la direction générale de Stellantis avec effet immédiat, a annoncé le groupe automobile, né de la fusion de PSA et de Fiat Chrysler. Un comité exécutif intérimaire présidé par John Elkann, président du conseil d’administration, assurera la transition jusqu’à la nomination d’un nouveau directeur général au premier semestre 2025.",
 [("Carlos Tavares", P, None), ("Stellantis", O, None), ("PSA", O, None), ("Fiat Chrysler", O, None), ("John Elkann", P, None)]),
("fr-b04", "fr", "2024-07-21", "written",
 "Le Slovène Tadej Pogačar a remporté dimanche à Nice son troisième Tour de France en gagnant le contre-la-montre final, devant le Danois Jonas Vingegaard et le Belge Remco Evenepoel. Pour la première fois de son histoire, la Grande Boucle ne s’achevait pas à Paris, en raison des Jeux olympiques. Le coureur de l’équipe UAE Team Emirates avait remporté le Tour d’Italie en mai.",
 [("Slovène", L, "Q215"), ("Tadej Pogačar", P, None), ("Nice", L, None), ("Danois", L, "Q35"), ("Jonas Vingegaard", P, None), ("Belge", L, "Q31"),
  ("Remco Evenepoel", P, None), ("Paris", L, "Q90"), ("UAE Team Emirates", O, None)]),
("fr-b05", "fr", "2025-06-01", "written",
 "Le Paris Saint-Germain a remporté samedi soir la première Ligue des champions de son histoire en écrasant l’Inter Milan (5-0) en finale à l’Allianz Arena de Munich. Désiré Doué, auteur d’un doublé, Achraf Hakimi, Khvicha Kvaratskhelia et Senny Mayulu ont marqué pour le club de la capitale, entraîné par l’Espagnol Luis Enrique et présidé par le Qatari Nasser Al-Khelaïfi.",
 [("Paris Saint-Germain", O, None), ("Inter Milan", O, None), ("Allianz Arena", L, None), ("Munich", L, "Q1726"), ("Désiré Doué", P, None),
  ("Achraf Hakimi", P, None), ("Khvicha Kvaratskhelia", P, None), ("Senny Mayulu", P, None), ("Espagnol", L, "Q29"), ("Luis Enrique", P, None),
  ("Qatari", L, "Q846"), ("Nasser Al-Khelaïfi", P, None)]),
("fr-b06", "fr", "2024-07-10", "written",
 "Le nouveau lanceur lourd Ariane 6 a décollé mardi soir du Centre spatial guyanais, à Kourou, pour son vol inaugural, avec quatre ans de retard. Le directeur général de l’Agence spatiale européenne, Josef Aschbacher, et le PDG d’Arianespace, Stéphane Israël, ont salué un succès, malgré une anomalie de l’étage supérieur en fin de mission.",
 [("Centre spatial guyanais", L, None), ("Kourou", L, None), ("Le directeur général de l’Agence spatiale européenne", P, None),
  ("Agence spatiale européenne", O, None), ("Josef Aschbacher", P, None), ("le PDG d’Arianespace", P, None), ("Arianespace", O, None),
  ("Stéphane Israël", P, None)]),
("fr-b07", "fr", "2024-12-16", "written",
 "Le cyclone Chido a dévasté samedi l’archipel de Mayotte, où le bilan pourrait atteindre « plusieurs centaines » de morts, selon le préfet François-Xavier Bieuville. Le ministre de l’Intérieur, Bruno Retailleau, doit se rendre sur place, tandis que François Bayrou, nommé vendredi à Matignon, a réuni une cellule interministérielle de crise.",
 [("Mayotte", L, "Q17063"), ("le préfet", P, None), ("François-Xavier Bieuville", P, None), ("Le ministre de l’Intérieur", P, None),
  ("Bruno Retailleau", P, None), ("François Bayrou", P, None), ("Matignon", L, None)]),
("fr-b08", "fr", "2024-03-28", "written",
 "Bassirou Diomaye Faye, 44 ans, a remporté dès le premier tour l’élection présidentielle au Sénégal, selon les résultats provisoires, devant le candidat de la coalition au pouvoir Benno Bokk Yakaar, l’ancien Premier ministre Amadou Ba, qui l’a félicité. Sorti de prison dix jours avant le scrutin avec Ousmane Sonko, dont le parti, le Pastef, avait été dissous en 2023, il succède à Macky Sall.",
 [("Bassirou Diomaye Faye", P, "Q124382437"), ("Sénégal", L, "Q1041"), ("Benno Bokk Yakaar", O, None), ("l’ancien Premier ministre", P, None),
  ("Amadou Ba", P, None), ("Ousmane Sonko", P, None), ("Pastef", O, None), ("Macky Sall", P, None)]),
("fr-b09", "fr", "2024-01-27", "written",
 "Le Premier ministre Gabriel Attal a annoncé vendredi, depuis une exploitation de Montastruc-de-Salies, en Haute-Garonne, l’abandon de la hausse de la taxe sur le gazole non routier agricole. L’agriculteur Jérôme Bayle, figure du blocage de l’autoroute A64 à Carbonne, a appelé à lever le barrage, mais la FNSEA et les Jeunes agriculteurs ont maintenu la mobilisation, a prévenu le président du premier syndicat agricole, Arnaud Rousseau.",
 [("Le Premier ministre", P, None), ("Gabriel Attal", P, None), ("Montastruc-de-Salies", L, None), ("Haute-Garonne", L, None), ("Jérôme Bayle", P, None),
  ("A64", L, None), ("Carbonne", L, None), ("FNSEA", O, None), ("Jeunes agriculteurs", O, None), ("le président du premier syndicat agricole", P, None),
  ("Arnaud Rousseau", P, None)]),
("fr-b10", "fr", "2024-05-26", "written",
 "La Palme d’or a été décernée samedi soir à « Anora », de l’Américain Sean Baker, par le jury présidé par la réalisatrice Greta Gerwig. Le Grand Prix est revenu à l’Indienne Payal Kapadia pour « All We Imagine as Light », tandis que la Française Coralie Fargeat a reçu le prix du scénario pour « The Substance ».",
 [("Américain", L, "Q30"), ("Sean Baker", P, None), ("Greta Gerwig", P, None), ("Indienne", L, "Q668"), ("Payal Kapadia", P, None),
  ("Française", L, "Q142"), ("Coralie Fargeat", P, None)]),
("fr-b11", "fr", "2024-06-06", "written",
 "La Banque centrale européenne a abaissé jeudi ses taux directeurs d’un quart de point, une première depuis 2019, a annoncé sa présidente Christine Lagarde à Francfort. Le gouverneur de la Banque de France, François Villeroy de Galhau, avait plaidé pour cette baisse dès le printemps. La Réserve fédérale américaine, présidée par Jerome Powell, n’a pas encore entamé la sienne.",
 [("Banque centrale européenne", O, None), ("sa présidente", P, None), ("Christine Lagarde", P, None), ("Francfort", L, "Q1794"),
  ("Le gouverneur de la Banque de France", P, None), ("Banque de France", O, None), ("François Villeroy de Galhau", P, None),
  ("Réserve fédérale", O, None), ("américaine", L, "Q30"), ("Jerome Powell", P, None)]),
("fr-b12", "fr", "2024-12-08", "written",
 "La cathédrale Notre-Dame de Paris a rouvert ses portes samedi soir, cinq ans et demi après l’incendie d’avril 2019, en présence d’Emmanuel Macron et de nombreux chefs d’Etat, dont Donald Trump et Volodymyr Zelensky. L’archevêque de Paris, Mgr Laurent Ulrich, a frappé trois fois à la porte avec sa crosse. Le chantier a été mené par Philippe Jost, qui avait succédé au général Jean-Louis Georgelin, mort en août 2023.",
 [("Notre-Dame de Paris", L, None), ("Emmanuel Macron", P, "Q3052772"), ("Donald Trump", P, "Q22686"), ("Volodymyr Zelensky", P, "Q3874799"),
  ("L’archevêque de Paris", P, None), ("Mgr Laurent Ulrich", P, None), ("Philippe Jost", P, None), ("Jean-Louis Georgelin", P, None)]),
]

for it in items:
    pid, lang, pub, src, text, ms = it
    out, used = [], []
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
    print(json.dumps({"id": pid, "lang": lang, "published": pub, "split": "blind2", "source": src, "text": text, "mentions": out}, ensure_ascii=False))
