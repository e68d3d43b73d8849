#!/usr/bin/env python3
"""Builds the blind3 split of paragraphs.jsonl: paragraphs with their mentions given as (text, type, id, occurrence);
offsets are computed here (UTF-16 = Python str indices for these BMP-only texts). Run from this folder:
    python3 blind3.py >> ../paragraphs.jsonl   (after removing the old blind3 lines)"""
import json, sys

P, O, L = "PERSON", "ORGANIZATION", "LOCATION"
W = "written"
items = [
# ---- French, written for Parallax about real events (facts checked), names mostly unknown to the KB
("fr-c01", "fr", "2025-01-09", W,
 "Airbus a livré 766 avions commerciaux en 2024, a annoncé jeudi l’avionneur depuis son siège de Blagnac, en Haute-Garonne. Son président exécutif, Guillaume Faury, a reconnu que les retards de fournisseurs comme CFM International et Spirit AeroSystems pesaient encore sur les cadences. Boeing, paralysé pendant près de deux mois par une grève de ses machinistes dans la région de Seattle, n’a livré que 348 appareils.",
 [("Airbus", O, None), ("Blagnac", L, None), ("Haute-Garonne", L, None), ("Son président exécutif", P, None), ("Guillaume Faury", P, None),
  ("CFM International", O, None), ("Spirit AeroSystems", O, None), ("Boeing", O, "Q66"), ("Seattle", L, "Q5083")]),
("fr-c02", "fr", "2024-06-29", W,
 "Le Stade toulousain a remporté vendredi soir son 23e titre de champion de France en écrasant l’Union Bordeaux-Bègles (59-3) en finale au Vélodrome de Marseille. Un mois après avoir battu le Leinster à Londres, les joueurs d’Ugo Mola, emmenés par Antoine Dupont, réalisent le doublé.",
 [("Stade toulousain", O, None), ("Union Bordeaux-Bègles", O, None), ("Vélodrome", L, None), ("Marseille", L, "Q23482"), ("Leinster", O, None),
  ("Londres", L, "Q84"), ("Ugo Mola", P, None), ("Antoine Dupont", P, None)]),
("fr-c03", "fr", "2025-03-31", W,
 "Le tribunal correctionnel de Paris a condamné lundi Marine Le Pen à quatre ans de prison, dont deux ferme sous bracelet électronique, et à cinq ans d’inéligibilité avec exécution provisoire, dans l’affaire des assistants parlementaires européens du Front national. La présidente du tribunal, Bénédicte de Perthuis, a décrit un système organisé de détournement des fonds du Parlement européen au profit du parti. Jordan Bardella, président du Rassemblement national, a dénoncé la décision.",
 [("tribunal correctionnel de Paris", O, None), ("Marine Le Pen", P, None), ("Front national", O, None), ("La présidente du tribunal", P, None),
  ("Bénédicte de Perthuis", P, None), ("Parlement européen", O, None), ("Jordan Bardella", P, None), ("Rassemblement national", O, None)]),
("fr-c04", "fr", "2024-11-26", W,
 "La maire de Paris, Anne Hidalgo, a annoncé mardi dans un entretien à Ouest-France qu’elle ne briguerait pas de troisième mandat en 2026. Au Parti socialiste, son ancien premier adjoint Emmanuel Grégoire, élu député en juillet, et Rémi Féraud, sénateur de Paris, sont pressentis ; à droite, la ministre de la Culture Rachida Dati, maire du 7e arrondissement, ne cache pas ses ambitions.",
 [("La maire de Paris", P, None), ("Anne Hidalgo", P, None), ("Ouest-France", O, None), ("Parti socialiste", O, None), ("son ancien premier adjoint", P, None),
  ("Emmanuel Grégoire", P, None), ("Rémi Féraud", P, None), ("la ministre de la Culture", P, None), ("Rachida Dati", P, None)]),
("fr-c05", "fr", "2024-07-04", W,
 "L’organisation internationale ITER, qui construit un réacteur expérimental de fusion à Saint-Paul-lès-Durance, dans les Bouches-du-Rhône, a annoncé un nouveau retard : les premières expériences scientifiques n’auront lieu qu’en 2034, a expliqué son directeur général, Pietro Barabaschi, qui chiffre le surcoût à cinq milliards d’euros. Le chantier jouxte le centre de Cadarache du Commissariat à l’énergie atomique.",
 [("ITER", O, None), ("Saint-Paul-lès-Durance", L, None), ("Bouches-du-Rhône", L, None), ("son directeur général", P, None), ("Pietro Barabaschi", P, None),
  ("Cadarache", L, None), ("Commissariat à l’énergie atomique", O, None)]),
("fr-c06", "fr", "2025-03-12", W,
 "Le Centre Pompidou a commencé cette semaine à fermer ses espaces au public, avant cinq ans de travaux de désamiantage et de rénovation qui doivent s’achever en 2030. Pendant la fermeture, son président, Laurent Le Bon, compte faire circuler les collections du Musée national d’art moderne, notamment au Grand Palais et dans les antennes du Centre à Metz et à Malaga.",
 [("Centre Pompidou", L, None), ("son président", P, None), ("Laurent Le Bon", P, None), ("Musée national d’art moderne", L, None), ("Grand Palais", L, None),
  ("Centre", L, None, 1), ("Metz", L, None), ("Malaga", L, None)]),
("fr-c07", "fr", "2024-11-05", W,
 "Michelin a annoncé mardi la fermeture d’ici à début 2026 de ses usines de Cholet, dans le Maine-et-Loire, et de Vannes, dans le Morbihan, qui emploient 1 254 salariés. Le patron du fabricant de pneumatiques, Florent Menegaux, a invoqué la concurrence des pneus asiatiques ; la CGT a dénoncé un gâchis industriel.",
 [("Michelin", O, None), ("Cholet", L, None), ("Maine-et-Loire", L, None), ("Vannes", L, None), ("Morbihan", L, None),
  ("Le patron du fabricant de pneumatiques", P, None), ("Florent Menegaux", P, None), ("CGT", O, None)]),
("fr-c08", "fr", "2024-11-01", W,
 "Le bilan des inondations qui ont dévasté mardi la région de Valence, dans l’est de l’Espagne, dépasse désormais les 200 morts, selon les services de secours. La commune de Paiporta, au sud-ouest de la ville, est la plus touchée. Le président de la Generalitat valencienne, Carlos Mazón, est critiqué pour l’envoi tardif des alertes sur les téléphones, alors que l’Agence d’État de météorologie (Aemet) avait placé la région en alerte rouge dès le matin.",
 [("Valence", L, None), ("Espagne", L, "Q29"), ("Paiporta", L, None), ("Le président de la Generalitat valencienne", P, None), ("Generalitat valencienne", O, None),
  ("Carlos Mazón", P, None), ("Agence d’État de météorologie", O, None), ("Aemet", O, None)]),
("fr-c09", "fr", "2024-12-19", W,
 "La cour criminelle départementale du Vaucluse a condamné jeudi à Avignon Dominique Pelicot à vingt ans de réclusion criminelle pour avoir drogué et violé son ex-épouse, Gisèle Pelicot, et l’avoir livrée à des dizaines d’inconnus dans leur maison de Mazan. Ses cinquante coaccusés ont tous été reconnus coupables, a déclaré le président de la cour, Roger Arata.",
 [("cour criminelle départementale du Vaucluse", O, None), ("Avignon", L, None), ("Dominique Pelicot", P, None), ("Gisèle Pelicot", P, None),
  ("Mazan", L, None), ("le président de la cour", P, None), ("Roger Arata", P, None)]),
("fr-c10", "fr", "2025-04-05", W,
 "Le Paris Saint-Germain a décroché samedi son treizième titre de champion de France, à six journées de la fin, grâce à sa victoire contre Angers (1-0) au Parc des Princes, sur un but de Désiré Doué. Les joueurs de Luis Enrique restent invaincus en championnat cette saison.",
 [("Paris Saint-Germain", O, None), ("Angers", O, None), ("Parc des Princes", L, None), ("Désiré Doué", P, None), ("Luis Enrique", P, None)]),
("fr-c11", "fr", "2024-08-15", W,
 "L’Organisation mondiale de la santé (OMS) a déclenché mercredi son plus haut niveau d’alerte face à l’épidémie de mpox qui frappe la République démocratique du Congo et s’étend au Burundi, au Kenya, au Rwanda et en Ouganda. La veille, les Centres africains de contrôle et de prévention des maladies (Africa CDC) avaient décrété une urgence de santé publique continentale, a rappelé depuis Genève le directeur général de l’OMS, Tedros Adhanom Ghebreyesus.",
 [("Organisation mondiale de la santé", O, "Q7817"), ("OMS", O, "Q7817"), ("République démocratique du Congo", L, "Q974"), ("Burundi", L, "Q967"),
  ("Kenya", L, "Q114"), ("Rwanda", L, "Q1037"), ("Ouganda", L, "Q1036"), ("Centres africains de contrôle et de prévention des maladies", O, None),
  ("Africa CDC", O, None), ("Genève", L, "Q71"), ("le directeur général de l’OMS", P, None), ("OMS", O, "Q7817", 1), ("Tedros Adhanom Ghebreyesus", P, None)]),
("fr-c12", "fr", "2024-05-16", W,
 "Le gouvernement a décrété mercredi l’état d’urgence en Nouvelle-Calédonie, après deux nuits d’émeutes à Nouméa contre la réforme du corps électoral votée par l’Assemblée nationale. Le haut-commissaire de la République, Louis Le Franc, a maintenu le couvre-feu et la fermeture de l’aéroport de La Tontouta. Le ministre de l’Intérieur, Gérald Darmanin, a accusé la Cellule de coordination des actions de terrain (CCAT), proche du FLNKS, d’avoir orchestré les violences.",
 [("Nouvelle-Calédonie", L, "Q33788"), ("Nouméa", L, None), ("Assemblée nationale", O, None), ("Le haut-commissaire de la République", P, None),
  ("Louis Le Franc", P, None), ("La Tontouta", L, None), ("Le ministre de l’Intérieur", P, None), ("Gérald Darmanin", P, None),
  ("Cellule de coordination des actions de terrain", O, None), ("CCAT", O, None), ("FLNKS", O, None)]),
# ---- English, written for Parallax about real events (facts checked)
("en-c01", "en", "2025-01-04", W,
 "President Joe Biden on Friday blocked Nippon Steel’s $14.9 billion bid for U.S. Steel, citing national security, a decision the Japanese steelmaker and the Pittsburgh-based company said they would challenge in court. The United Steelworkers union, led by David McCall, had opposed the deal from the start.",
 [("President", P, "Q6279"), ("Joe Biden", P, "Q6279"), ("Nippon Steel", O, None), ("U.S. Steel", O, None), ("Japanese", L, "Q17"),
  ("Pittsburgh", L, None), ("United Steelworkers", O, None), ("David McCall", P, None)]),
("en-c02", "en", "2025-01-26", W,
 "Jannik Sinner retained his Australian Open title on Sunday, beating Alexander Zverev 6-3, 7-6 (4), 6-3 at Rod Laver Arena in Melbourne for his third Grand Slam title. The world No. 1 still faces an appeal by the World Anti-Doping Agency against his acquittal over two positive tests for clostebol last March.",
 [("Jannik Sinner", P, None), ("Alexander Zverev", P, None), ("Rod Laver Arena", L, None), ("Melbourne", L, "Q3141"), ("World Anti-Doping Agency", O, None)]),
("en-c03", "en", "2024-08-06", W,
 "Google is a monopolist and has acted illegally to maintain its dominance in online search, Judge Amit Mehta of the federal district court in Washington ruled on Monday, handing the Justice Department its biggest antitrust victory against a technology company in decades. Kent Walker, president of global affairs at Alphabet, said the company would appeal.",
 [("Google", O, "Q95"), ("Amit Mehta", P, None), ("Washington", L, "Q61"), ("Justice Department", O, None), ("Kent Walker", P, None), ("Alphabet", O, None)]),
("en-c04", "en", "2024-09-28", W,
 "New York City Mayor Eric Adams pleaded not guilty on Friday to federal charges that he accepted illegal campaign contributions and free upgrades on Turkish Airlines from Turkish officials and businessmen, a day after prosecutors in Manhattan unsealed the indictment. Damian Williams, the U.S. attorney in Manhattan, said Adams had sought the benefits for years.",
 [("New York City Mayor", P, None), ("Eric Adams", P, None), ("Turkish Airlines", O, None), ("Turkish", L, "Q43", 1), ("Manhattan", L, None),
  ("Damian Williams", P, None), ("the U.S. attorney in Manhattan", P, None), ("Adams", P, None, 1)]),
("en-c05", "en", "2024-10-15", W,
 "NASA’s Europa Clipper spacecraft lifted off on Monday aboard a SpaceX Falcon Heavy rocket from the Kennedy Space Center in Florida, beginning a 1.8-billion-mile journey to Jupiter. The probe, built by the Jet Propulsion Laboratory in Southern California and the Johns Hopkins Applied Physics Laboratory, is due to reach the giant planet in April 2030.",
 [("NASA", O, "Q23548"), ("SpaceX", O, None), ("Kennedy Space Center", L, None), ("Florida", L, "Q812"), ("Jupiter", L, None),
  ("Jet Propulsion Laboratory", O, None), ("Southern California", L, None), ("Johns Hopkins Applied Physics Laboratory", O, None)]),
("en-c06", "en", "2024-05-12", W,
 "Swiss singer Nemo won the Eurovision Song Contest in Malmö, Sweden, on Saturday with “The Code”, a song about embracing a non-binary identity, beating Croatia’s Baby Lasagna. The European Broadcasting Union, which organises the contest, said Switzerland would host next year’s edition.",
 [("Swiss", L, "Q39"), ("Nemo", P, None), ("Malmö", L, None), ("Sweden", L, "Q34"), ("Croatia", L, "Q224"), ("Baby Lasagna", P, None),
  ("European Broadcasting Union", O, None), ("Switzerland", L, "Q39")]),
("en-c07", "en", "2023-09-13", W,
 "BP chief executive Bernard Looney resigned with immediate effect on Tuesday after admitting he had not been fully transparent about past relationships with colleagues, the London-based oil major said. Chief financial officer Murray Auchincloss will take over on an interim basis.",
 [("BP chief executive", P, None), ("BP", O, None), ("Bernard Looney", P, None), ("London", L, "Q84"), ("Chief financial officer", P, None),
  ("Murray Auchincloss", P, None)]),
("en-c08", "en", "2025-09-12", W,
 "Brazil’s Supreme Court on Thursday sentenced former President Jair Bolsonaro to 27 years and three months in prison for plotting a coup to overturn his 2022 election defeat to Luiz Inácio Lula da Silva. Four of the five justices on the panel voted to convict; Justice Luiz Fux dissented, while Justice Alexandre de Moraes oversaw the case.",
 [("Brazil", L, "Q155"), ("Supreme Court", O, None), ("President", P, "Q10304982"), ("Jair Bolsonaro", P, "Q10304982"), ("Luiz Inácio Lula da Silva", P, "Q37181"),
  ("Luiz Fux", P, None), ("Alexandre de Moraes", P, None)]),
("en-c09", "en", "2025-05-02", W,
 "Reform UK took control of Kent County Council on Friday as Nigel Farage’s party swept local elections in England, and won a by-election in Runcorn, Cheshire, by six votes, with Sarah Pochin unseating Labour in one of its safest seats. Andrea Jenkyns, who left the Conservative Party for Reform last year, was elected the first mayor of Greater Lincolnshire.",
 [("Reform UK", O, None), ("Kent County Council", O, None), ("Nigel Farage", P, None), ("England", L, "Q21"), ("Runcorn", L, None), ("Cheshire", L, None), ("Sarah Pochin", P, None),
  ("Labour", O, None), ("Andrea Jenkyns", P, None), ("Conservative Party", O, None), ("Reform", O, None, 1), ("Greater Lincolnshire", L, None)]),
("en-c10", "en", "2024-06-18", W,
 "The Boston Celtics won their record 18th NBA championship on Monday night, beating the Dallas Mavericks 106-88 in Game 5 of the Finals at TD Garden. Jaylen Brown was named the Finals MVP, and Joe Mazzulla, 35, became the youngest coach to win a title since Bill Russell.",
 [("Boston Celtics", O, None), ("NBA", O, None), ("Dallas Mavericks", O, None), ("TD Garden", L, None), ("Jaylen Brown", P, None), ("Joe Mazzulla", P, None),
  ("Bill Russell", P, None)]),
("en-c11", "en", "2023-10-03", W,
 "The World Health Organization on Monday recommended a second malaria vaccine, R21/Matrix-M, developed by the University of Oxford and manufactured by the Serum Institute of India, which said it could produce more than 100 million doses a year. Adrian Hill, director of the university’s Jenner Institute, said Ghana, Nigeria and Burkina Faso had already approved the shot.",
 [("World Health Organization", O, "Q7817"), ("University of Oxford", O, None), ("Serum Institute of India", O, None), ("Adrian Hill", P, None),
  ("Jenner Institute", O, None), ("Ghana", L, "Q117"), ("Nigeria", L, "Q1033"), ("Burkina Faso", L, "Q965")]),
("en-c12", "en", "2024-12-21", W,
 "Volkswagen and the IG Metall union agreed on Friday to cut more than 35,000 jobs in Germany by 2030 without forced redundancies, after a marathon final round of talks in Hanover. Vehicle production will end at the Dresden plant next year, and the carmaker will look for a new use for its Osnabrück site, said Thomas Schäfer, head of the VW brand. Daniela Cavallo, who chairs the works council, welcomed the deal.",
 [("Volkswagen", O, None), ("IG Metall", O, None), ("Germany", L, "Q183"), ("Hanover", L, None), ("Dresden", L, "Q1731"), ("Osnabrück", L, None),
  ("Thomas Schäfer", P, None), ("VW", O, None), ("Daniela Cavallo", P, None)]),
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
    print(json.dumps({"id": pid, "lang": lang, "published": pub, "split": "blind3", "source": src, "text": text, "mentions": out}, ensure_ascii=False))
