# ruff: noqa: E501  (word lists read better unwrapped)
"""French words of the extractor's rules (see the package docstring). Same names as `ar.py`."""

from __future__ import annotations

# ----------------------------------------------------------------------------------- dates
MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
    "fév": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7,
    "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10,
    "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
# Date patterns below are already normalised (no accents), as the date regexes read them.
CURRENT = r"courant|en\s+cours|dernier"  # "le 28 courant"
FIRST_DAY = ""  # French writes "1er"
DAY_RANGE = r"et|au|a"  # "26 et 27 novembre", "du 26 au 28"
BEFORE_MONTH = ""
THIS_MONTH = r"du\s+mois"  # "le 28 du mois courant"
WEEKDAY_DATE_LINK = r"le\s+"  # "mardi, le 26"
AGO = r"dernier"  # "jeudi dernier"
BEFORE_YESTERDAY = r"avant-hier"
YESTERDAY = r"hier"
TODAY = r"aujourd'hui"
THIS_WEEKDAY = r"ce\s+"  # "ce lundi": today, when a weekday follows
WEEKDAY_ARTICLE = r"le|ce"  # "le jeudi dernier"
WEEKDAY_BEFORE = r"le|ce|ce\s+jour,?"
# "published", "updated": sites write these in English on French pages too
PUBLISHED_MARK = (
    r"publie\s+le|publie|mis\s+a\s+jour\s+le|date\s+de\s+publication|published(?:\s+on)?|updated"
)
AGENCY = r"MAP"
CURRENT_YEAR = r"((?:19|20)\d\d)\s+en\s+cours|l'ann[ée]e\s+((?:19|20)\d\d)\s+en\s+cours"

# ----------------------------------------------------------------------------------- names
# Latin spellings of given names common in Morocco: they mark where a name starts.
FIRST_NAMES: tuple[str, ...] = (
    "Mohamed", "Mohammed", "Mohammad", "Mhamed", "Ahmed", "Ahmad", "Mostafa", "Mustapha", "Mustafa",
    "Omar", "Othmane", "Otmane", "Ali", "Hassan", "Hasan", "Hassane", "Hassan", "Hossein",
    "Houssine", "Hussein", "Said", "Saïd", "Saad", "Saida", "Karim", "Karima", "Ryad", "Riad",
    "Riyad", "Reda", "Rida", "Abdel", "Abdelkader", "Abdellah", "Abdallah", "Abdelaziz",
    "Abdelkrim", "Abdelhak", "Abdessalam", "Abdeslam", "Abdelmajid", "Abdelouahed", "Abdelhamid",
    "Abderrazak", "Abderrazzak", "Abderrahim", "Abderrahmane", "Abdellatif", "Abdelilah",
    "Abdeljalil", "Abdelghani", "Abdessamad", "Abdelouahab", "Abdelhadi", "Abdennabi",
    "Abdelfattah", "Abdelmalek", "Abdelali", "Abdelhakim", "Abdelkhalek", "Moulay", "Sidi", "Lalla",
    "Youssef", "Yousef", "Younes", "Younès", "Brahim", "Ibrahim", "Ismail", "Ismaïl", "Driss",
    "Idriss", "Khalid", "Khaled", "Khalil", "Hicham", "Hachem", "Rachid", "Rachida", "Nabil",
    "Nabila", "Nadia", "Nezha", "Fatima", "Fatiha", "Fatim-Zahra", "Khadija", "Zineb", "Meryem",
    "Mariam", "Salma", "Leila", "Leïla", "Laila", "Amina", "Amine", "Yassine", "Yasser", "Ayoub",
    "Anas", "Adil", "Adel", "Aziz", "Hamid", "Jamal", "Kamal", "Nour", "Noureddine", "Nourredine",
    "Azzeddine", "Ezzeddine", "Salaheddine", "Tarik", "Tariq", "Fayçal", "Faycal", "Mounir",
    "Mourad", "Marouane", "Marwane", "Mouad", "Moad", "Nejib", "Najib", "Naima", "Hakim", "Hakima",
    "Hanane", "Samira", "Samir", "Sanaa", "Siham", "Souad", "Wafaa", "Bouchra", "Latifa", "Lamia",
    "Loubna", "Rajaa", "Hayat", "Hind", "Asmaa", "Ibtissam", "Ilham", "Ghizlane", "Ghizlaine",
    "Dounia", "Salwa", "Taoufik", "Toufik", "Zakaria", "Zakariae", "Zouhair", "Larbi", "Tayeb",
    "Mehdi", "Mahdi", "Seddik", "Ghali", "Ayachi", "Habib", "Bouchaib", "Mbarek", "Embarek",
    "Lahcen", "Lhoussaine", "Fouad", "Farid", "Farida", "Imad", "Oussama", "Ilyas", "Bilal",
    "Jaouad", "Jawad", "Jalal", "Hamza", "Hasnaa", "Rabie", "Rahal", "Soufiane", "Sofiane",
    "Chakib", "Saleh", "Salah", "Taha", "Issam", "Allal", "Ammar", "Ghita", "Fadoua", "Kacem",
    "Kaoutar", "Lakhdar", "Mohcine", "Mohsine", "Malika", "Mouna", "Mounia", "Nasser", "Naoual",
    "Nawal", "Houda", "Hajar", "Wiam", "Walid", "Yasmine", "Yahya", "Amal", "Imane", "Iman",
    "Hafid", "Hafida", "Nizar", "Zakia", "Aicha", "Aïcha", "Aziza", "Mouloud", "Miloud", "Mokhtar",
    "Najat", "Najoua", "Soukaina", "Sokaina", "Slimane", "Soulaimane", "Salim", "Selim", "Chérif",
    "Cherif", "Badr", "Badreddine", "Jaafar", "Hatim", "Hamdi", "Mahjoub", "Sidati", "Khalil",
    "Bachir", "Bechir", "Anis", "Aymane", "Aimane", "Fouzi", "Fawzi", "Fouzia", "Ghizlan", "Kenza",
    "Touria", "Houria", "Jamila", "Halima", "Saadia", "Rabia", "Mohand", "Moha", "Hammad", "Tahar",
    "Taher", "Alami", "Mehdi", "Ghizlaine", "Nadir", "Othman", "Aziz", "Jaouad", "Chafik",
    "Azzedine", "Mhammed", "Abdessadek", "Saloua", "Zoubida", "Nadia", "Rkia", "Nora", "Leila",
    "Mina", "Btissam", "Hassna", "Majda", "Sara", "Sarah", "Mohssine", "Abdelghafour", "Elmostafa",
    "Elhassan", "Elhoussaine", "Lhassan", "Hamid", "Abdou", "Nourddine", "Rachad", "Rochdi",
    "Ryadh", "Karima", "Yassir", "Mamoun", "Adnane", "Abdelatif", "Abdelmounaim", "Abdeljalil",
    "Mohammed-Amine", "Amin", "Rabii", "Jalil", "Naoufal", "Nawfal", "Hatim", "Samia", "Fadwa",
    "Ouafae", "Omar-Lhaj", "Abdelaali", "Younès", "Boubker", "Aboubakr", "Boubaker", "Mustafa",
    "Abdelmoula", "Hamdi", "Sidi-Mohamed", "Abdennour",
)  # fmt: skip
# Words that join the next word to a name: Ben Salah, Aït Taleb, Ould Errachid (lower case).
NAME_PARTICLES: tuple[str, ...] = (
    "el", "al", "ben", "bel", "ait", "aït", "ould", "abou", "abu", "moulay", "sidi", "lalla", "ibn",
    "bin", "mint", "bent", "ma", "ag",
)  # fmt: skip

# ----------------------------------------------------------------------------------- titles
# Title heads and their role codes, most specific first (roles.py compiles them).
TITLE_HEADS: tuple[tuple[str, str], ...] = (
    (r"(?:1er\s+|premier\s+|deuxi[eè]me\s+)?vice-?\s*pr[ée]sident(?:e)?\s+(?:du\s+conseil\s+(?:de\s+la\s+)?r[ée]gion(?:al)?|de\s+la\s+r[ée]gion)", "region_council_vice_president"),
    (r"(?:1er\s+|premier\s+)?vice-?\s*pr[ée]sident(?:e)?\s+de\s+la\s+(?:chambre|f[ée]d[ée]ration\s+des\s+chambres|ccis)", "chamber_vice_president"),
    (r"(?:1er\s+|premi[eè]re?\s+|deuxi[eè]me\s+|second(?:e)?\s+|troisi[eè]me\s+)?vice-?\s*pr[ée]sident(?:e)?", "vice"),
    (r"secr[ée]taire\s+d'[ée]tat", "secretary_of_state"),
    (r"chef\s+du\s+gouvernement", "other"),  # head of government: no role code of its own
    (r"ministre(?:\s+d[ée]l[ée]gu[ée]e?)?", "minister"),
    (r"wali\s+de\s+bank", "other"),
    (r"wali", "wali"),
    (r"gouverneur(?:e)?", "governor"),
    (r"pr[ée]sident(?:e)?\s+(?:du\s+conseil\s+(?:de\s+la\s+)?r[ée]gion(?:al)?|de\s+la\s+r[ée]gion)", "region_council_president"),
    (r"pr[ée]sident(?:e)?\s+(?:de\s+la\s+)?(?:cgem|conf[ée]d[ée]ration\s+g[ée]n[ée]rale\s+des\s+entreprises|union\s+r[ée]gionale\s+de\s+la\s+cgem)", "cgem_president"),
    (r"pr[ée]sident(?:e)?\s+(?:de\s+la\s+)?(?:chambre|f[ée]d[ée]ration\s+(?:nationale\s+)?des\s+chambres|ccis|fccis)", "chamber_president"),
    (r"pr[ée]sident(?:e)?\s+de\s+la\s+f[ée]d[ée]ration(?!\s+(?:des?|du|d'|nationale|marocaine|interprofessionnelle|r[ée]gionale)\b)", "federation"),
    (r"pr[ée]sident(?:e)?\s+(?:de\s+la\s+commune|du\s+conseil\s+communal|de\s+la\s+municipalit[ée])|maire", "commune_president"),
    (r"secr[ée]taire\s+g[ée]n[ée]ral(?:e)?", "secretary_general"),
    (r"pr[ée]sident(?:e)?[\s-]+directeur\s+g[ée]n[ée]ral|directeur(?:\s+g[ée]n[ée]ral|\s+r[ée]gional)?|directrice(?:\s+g[ée]n[ée]rale|\s+r[ée]gionale)?", "director"),
    (r"membre\s+de\s+la\s+chambre\s+des\s+(?:repr[ée]sentants|conseillers)|d[ée]put[ée]e?|parlementaire|conseill[eè]re?\s+parlementaire", "parliamentarian"),
    (r"pr[ée]sident(?:e)?|coordinat(?:eur|rice)|d[ée]l[ée]gu[ée]e?\s+r[ée]gional(?:e)?|ambassadeur|consul", "other"),
)  # fmt: skip
# Every letter a head (with its clitics و ف ب) can begin with: a speed-up, see roles.py.
TITLE_FIRST_LETTERS = "1pdtsvmcwgaوفب"

# ----------------------------------------------------------------------------------- kind
# Each kind's cues (kind.py counts them; the title counts triple).
KIND_EVALUATION = (
    r"forums?\s+r[ée]gionaux?\s+d'[ée]valuation"
    r"|forums?\s+r[ée]gion(?:al|aux)|bilan\s+d'[ée]tape|bilan\s+[àa]\s+mi-parcours|[ée]valuation\s+(?:du|de\s+la|des)\s+(?:programme|feuille|bilan|mise)"
    r"|les\s+r[ée]gions,?\s+levier"
    # a review of how firms took up the programme
    r"|(?:faible|taux\s+d')\s*(?:interaction|adh[ée]sion|participation)\s+des\s+entreprises"
)
KIND_CARAVAN = r"caravanes?"
KIND_CONSULTATION = (
    r"concertation|consultations?|rencontres?\s+de\s+concertation"
    # preparing a roadmap or programme with local actors, collecting their proposals
    r"|(?:d[ée]marche|approche)\s+participative"
    r"|[ée]laboration\s+(?:de\s+la|d'une|du|d'un)\s+(?:feuille\s+de\s+route|programme|plan)"
    r"|(?:recueillir|formuler|pr[ée]senter|soumettre)\s+(?:des|les|leurs)\s+propositions"
)
KIND_CHAMBER = r"\bccis?\b|chambres?\s+de\s+commerce|la\s+chambre|f[ée]d[ée]ration\s+des\s+chambres"
# a meeting held to present a programme or a tour (kind other, see kind.py)
KIND_PRESENTATION = (
    r"(?:rencontres?|tourn[ée]e)\s+(?:r[ée]gionale\s+)?de\s+communication"
    r"|conf[ée]rence\s+de\s+presse[^.\n]{0,60}?pour\s+pr[ée]senter"
    r"|d[ée]di[ée]e?\s+[àa]\s+la\s+pr[ée]sentation\s+d[eu]"
)
# a chamber meeting beyond doubt: the chambers' federation, organised by or visiting the chamber
KIND_CHAMBER_EVENT = (
    r"f[ée]d[ée]ration\s+(?:nationale\s+)?des\s+chambres|\bfccis\b"
    r"|organis\w*\s+par\s+(?:la|les)\s+chambres?|visit\w*\s+(?:de\s+)?la\s+chambre"
)
MINISTER = r"ministre|secr[ée]taire\s+d'[ée]tat"

# ------------------------------------------------------------------------------- relevance
EVENT_NOUNS = (
    r"rencontres?", r"r[ée]unions?", r"forums?", r"caravanes?", r"s[ée]minaires?",
    r"assembl[ée]es?\s+g[ée]n[ée]rales?", r"ateliers?", r"assises", r"concertations?",
    r"consultations?\s+r[ée]gionales?", r"tables?\s+rondes?", r"s[ée]ances?\s+de\s+travail",
    r"webinaires?",
    r"journ[ée]es?\s+(?:d'information|d'[ée]tude|de\s+sensibilisation|de\s+r[ée]flexion"
    r"|r[ée]gionales?|th[ée]matiques?)",
)  # fmt: skip
NOT_A_MEETING = (
    r"de\s+presse", r"m[ée]dicales?", r"de\s+sant[ée]", r"solidaires?", r"sportives?",
    r"m[ée]t[ée]o\w*", r"avec\s+(?:la\s+presse|les\s+journalistes|les\s+m[ée]dias)",
    r"du\s+conseil\s+(?:d'administration|de\s+surveillance)", r"des\s+actionnaires",
)  # fmt: skip
# meeting verbs; {days} stands for the weekday names
EVENT_VERBS = (
    r"a\s+pr[ée]sid[ée]", r"pr[ée]sid[ée]e?s?\s+par", r"s'est\s+tenue?",
    r"se\s+sont\s+tenue?s", r"se\s+tiendra", r"tenue?s?\s+(?:le|ce|hier|[àa]|au|{days})",
    r"a\s+abrit[ée]", r"abrit[ée]e?\s+par", r"a\s+accueilli", r"accueillie?\s+par",
    r"organis[ée]e?s?\s+(?:le|ce|hier|par|[àa]|au|{days})", r"a\s+organis[ée]",
    r"ont\s+organis[ée]", r"s'est\s+d[ée]roul[ée]e?", r"se\s+sont\s+r[ée]unis",
    r"a\s+r[ée]uni",
)  # fmt: skip
VISIT = r"\bvisit(?:e|[ée])\b"
CHAMBER = r"chambres?\s+de\s+commerce|\bccis?\b"
PARLIAMENT = (
    r"questions?\s+orales?",
    r"devant\s+les\s+(?:d[ée]put[ée]s|parlementaires|[ée]lus\s+de\s+la\s+nation)",
    r"(?:devant|[àa])\s+la\s+chambre\s+des\s+(?:repr[ée]sentants|conseillers)",
)
NON_MEETING = (
    r"\binaugur\w*", r"c[ée]r[ée]monie", r"premi[èe]re\s+pierre", r"\bmatch\b",
    r"session\s+(?:ordinaire|extraordinaire|budg[ée]taire)", r"\bbudget\b",
    r"conseil\s+d'administration",
    r"assembl[ée]e\s+g[ée]n[ée]rale\s+(?:ordinaire\s+|extraordinaire\s+)?des\s+actionnaires",
)  # fmt: skip
SUBJECT = (
    r"commerce\s+ext[ée]rieur", r"\bexport\w*", r"chambres?\s+de\s+commerce", r"\bccis?\b",
    r"ministre\s+(?:(?:de\s+l'|de\s+la\s+|du\s+|des\s+)[\w-]+(?:\s+[\w-]+)?\s*(?:,|et)\s*){0,3}"
    r"du\s+commerce",
    r"secr[ée]taire\s+d'[ée]tat\s+(?:charg[ée]e?\s+)?(?:du|au)\s+commerce",
    r"march[ée]s?\s+(?:ext[ée]rieurs?|internationa(?:l|ux)|[ée]trangers?|africains?"
    r"|europ[ée]ens?|am[ée]ricains?|asiatiques?|chinois|britanniques?)",
    r"internationalisation", r"libre-[ée]change", r"[ée]changes\s+commerciaux",
    r"\basmex\b", r"f[ée]d[ée]ration\s+des\s+chambres",
)  # fmt: skip

# ------------------------------------------------------------------------------- furniture
# page furniture (clutter.py blanks it); French pages carry some English labels too
FURNITURE_LINE = (
    r"lire\s+aussi|lire\s+[ée]galement|[àa]\s+lire\s+aussi|articles?\s+similaires|articles?\s+li[ée]s"
    r"|sur\s+le\s+m[êe]me\s+sujet|partager|partagez|commentaires?|laisser\s+un\s+commentaire"
    r"|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)|les\s+plus\s+lus|tags?|publicit[ée]|newsletter"
    r"|abonnez-vous|tous\s+droits\s+r[ée]serv[ée]s|cookies?|related|read\s+more|share"
)
TICKER = r"\b(?:MASI|MADEX|USD/MAD|EUR/MAD|Brent)\b"
RELATED_PREFIX = (
    r"lire\s+aussi|[àa]\s+lire\s+aussi|lire\s+[ée]galement|voir\s+aussi|read\s+also|flash|urgent"
)
RELATED_HEAD = (
    r"lire\s+aussi|[àa]\s+lire\s+aussi"
    r"|articles?\s+similaires|articles?\s+li[ée]s|sur\s+le\s+m[êe]me\s+sujet|les\s+plus\s+lus"
    r"|derni[èe]res\s+(?:nouvelles|actualit[ée]s)|related"
)
COMMENTS_HEAD = (
    r"laisser\s+un\s+commentaire"
    r"|(?:\d+\s+)?commentaires?\s*(?:\(\d+\))?\s*$|r[ée]agir|votre\s+adresse\s+e-?mail"
)
BYLINE_WORD = r"par|de\s+notre\s+correspondant"

# ---------------------------------------------------------------------------------- places
# Elisions glued to a place name: "d'Inezgane", "l'Oriental", "qu'Agadir".
ELISIONS = r"d|l|qu|jusqu|lorsqu|puisqu"
REGION_WORD = r"r[eé]gion\s+(?:de\s+|du\s+|d')?"
ADMIN_WORD = r"(?:province|pr[eé]fecture|gouverneur)\s+(?:de\s+|d'|du\s+)?"
VENUE_BEFORE = r"ville\s+d[eu]\s*|[àa]|au|en|depuis|tenue?\s+[àa]|organis[ée]e?s?\s+[àa]"
NOT_VENUE_BEFORE = (
    r"fera(?:it)?\s+escale|faire\s+escale|prochaine?s?|doit\s+encore|"
    r"avant\s+de|d[ée]marr\S*|parti\S*\s+d[eu]|"
    r"lanc\S*|[ée]tapes?\s+pr[ée]c[ée]dentes?|reliant|relier|vers|apr[èe]s|"
    r"cr[ée]ation|construction|installation|ouverture\s+d'une?"
)
WILAYA_SEAT = r"(?:si[eè]ge|salle|locaux)\s+(?:\S+\s+){0,3}(?:de\s+la\s+)?wilaya"
WILAYA_OF = ""
VENUE_AFTER = (
    r"a\s+accueilli|a\s+abrit[ée]|abrite|accueille|d'accueillir|a\s+[ée]t[ée]\s+l'[ée]tape"
)
ADMIN_VENUE = (
    r"(?:si[eè]ge|salle\s+\S+|locaux)\s+(?:\S+\s+){0,2}(?:de\s+la\s+)?(?:province|pr[eé]fecture)\s+(?:de\s+|d'|du\s+)?$"
    r"|[àa]\s+la\s+(?:province|pr[eé]fecture)\s+(?:de\s+|d'|du\s+)?$"
)
MEETING_CLAUSE = r"tenu|accueilli|abrit|organis|rencontre|r[ée]union|forum|caravane|[ée]tape|escale|pr[ée]sid|ouvert|s'est"

# --------------------------------------------------------------------------------- officials
# Honorifics before a name, lower case, without their full stop.
HONORIFICS: tuple[str, ...] = (
    "m", "mme", "mlle", "mm", "monsieur", "madame", "dr", "pr", "me",
)  # fmt: skip
NAME_HONORIFICS = ("m", "mme", "mlle", "monsieur", "madame")  # those that introduce a name alone
# Function words that cannot be part of a name (lower case, no accents).
STOP_WORDS: tuple[str, ...] = (
    "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en",
    "dans", "pour", "par", "sur", "avec", "sans", "sous", "chez", "lors", "ce", "cette", "ces",
    "cet", "son", "sa", "ses", "leur", "leurs", "qui", "que", "dont", "ou", "ainsi", "selon",
    "entre", "vers", "apres", "avant", "depuis", "pendant", "presence", "aux", "cotes", "cote",
    "il", "elle", "ils", "elles", "on", "ont", "est", "sont", "a", "ete", "etait", "sera",
)  # fmt: skip
# Capitalised words that belong to titles and institutions, not to names.
TITLE_WORDS: tuple[str, ...] = (
    "Etat", "Industrie", "Commerce", "Exterieur", "Economie", "Finances", "Agriculture", "Peche",
    "Maritime", "Developpement", "Rural", "Eaux", "Forets", "Tourisme", "Artisanat", "Sociale",
    "Solidaire", "Investissement", "Investissements", "Convergence", "Evaluation", "Politiques",
    "Publiques", "Transition", "Energetique", "Numerique", "Equipement", "Eau", "Transport",
    "Logistique", "Interieur", "Affaires", "Etrangeres", "Chambre", "Chambres", "Conseil", "Region",
    "Regional", "Regionale", "Commune", "Province", "Prefecture", "CCIS", "CGEM", "ASMEX", "AMDIE",
    "Maroc", "PME", "Export", "Services", "Federation", "Agence", "Nationale", "National", "Office",
    "Direction", "Generale", "General", "Wilaya", "Bank", "Al-Maghrib", "Emploi", "Inclusion",
    "Economique", "Petite", "Entreprise", "Competences", "Education", "Sante", "Culture",
    "Jeunesse", "Communication", "Justice", "Habitat", "Urbanisme", "Amenagement", "Territoire",
    "Budget", "Relations", "Parlement", "Delegue", "Deleguee", "Ministre", "Ministere",
    "Secretaire", "Secretariat", "President", "Presidente", "Directeur", "Directrice", "Gouverneur",
    "Wali", "Le", "La", "Les", "De", "Du", "Des", "Et", "Du", "Son", "Sa", "Royaume", "Souss",
    "Massa", "Oriental", "Tafilalet", "Tafilalt", "Draa", "Noun", "Oued", "Sakia", "Hamra", "Dahab",
    "Eddahab", "Hoceima", "Tetouan", "Gouvernement", "Chef", "Morocco", "Moroccan", "Marocaine",
    "Marocain", "Exportateurs", "Association", "Union", "Confederation", "Entreprises",
    "Groupement", "Programme", "Plan", "Strategie", "Forum", "Rencontre", "Caravane", "Reunion",
    "Jeudi", "Lundi", "Mardi", "Mercredi", "Vendredi", "Samedi", "Dimanche", "MAP", "Selon", "Lors",
    "Dans", "Pour", "Par", "Avec",
)  # fmt: skip
# Name particles that are French words unless capitalised ("Ma El Ainine").
CAPITAL_ONLY_PARTICLES: tuple[str, ...] = (
    "ma", "ag",
)  # fmt: skip
# words that end a French title
TITLE_STOPS = ("a", "qui", "ont", "lors", "ainsi", "avec", "pour", "sur", "dans", "par", "selon")
FORMER_AFTER = r"^\s*(?:sortant|par\s+int[ée]rim)\b"  # "le wali sortant"
FORMER_BEFORE = r"(?:ancien(?:ne)?|ex-?)\s*$"  # "l'ancien ministre"
PREDECESSOR = r"prédécesseur"
# a title that goes on after a comma: "Chambre de commerce, d'industrie et de services",
# "Secrétaire d'État auprès du ministre de l'Industrie, chargé du Commerce extérieur"
TITLE_AFTER_COMMA = (
    r",\s*(?:d'industrie|d'agriculture|et\s+de\s+services|charg[ée]e?\s+(?:d[eu]\b|des\b|d'))"
)
# "Secrétaire d'État auprès du ministre de …": the minister named inside a title (normalised)
REPORTS_TO = r"\baupres\s+(?:du|de\s+la|de|des)\s*$"
ARTICLES = r"le|la|les|l'|et|du|des|au|aux"  # before a second title: a new person
DEFINITE_ARTICLES = ("le", "la", "l'", "l")  # "Le ministre a ajouté": a title used alone
CHAMBER_FEDERATION = r"f[ée]d[ée]ration\s+(?:nationale\s+)?des\s+chambres|\bfccis\b"
INSTITUTION_AFTER = r"\s*(?:de\s+l'|de\s+la|du|des|d')\s*\w"
EARLIER_EVENT = (
    r"(?:lors\s+de|[àa]|pendant|durant)\s+(?:l'|la\s+)(?:pr[ée]c[ée]dente\s+|premi[èe]re\s+"
    r"|derni[èe]re\s+)?(?:[ée]tape|escale|[ée]dition)|(?:[ée]tape|escale|[ée]dition)\s+"
    r"pr[ée]c[ée]dente|l'an\s+dernier|l'ann[ée]e\s+derni[èe]re"
)
PLUPERFECT = r"\bavai(?:t|ent)\b"
SPEAKER = r"pour|selon"  # "Pour X, «…»"

# -------------------------------------------------------------------------- meeting date
MEETING_CUES = (
    r"tenu\w*|pr[ée]sid\w*|abrit\w*|organis\w*|rencontre|r[ée]union|forum|caravane|[ée]tape|"
    r"concertation|consultation|accueilli\w*|d[ée]roul\w*"
)
OTHER_EVENT = (
    r"premi[èe]re\s+[ée]tape|apr[èe]s\s+(?:l'[ée]tape|celle)|"
    r"lanc\w*|depuis|anniversaire|pr[ée]c[ée]dent\w*|sign\w*|entr[ée]e?\s+en\s+vigueur"
)
PROCEEDINGS = r"\btravaux\b"
ANNIVERSARY = r"anniversaire|comm[ée]mor\w*"
COMMEMORATION = ""
NEXT_STOP = (
    r"prochaine?s?\s+(?:[ée]tape|escale|rendez-vous|station)"
    r"|est\s+pr[ée]vue|sera\s+(?:organis|tenu)\w*|se\s+rendra"
)
PROGRAMME = (
    r"(?:programme|feuille\s+de\s+route|plan)\s+(?:d'action\s+)?(?:de\s+d[ée]veloppement\s+)?(?:du\s+)?"
    r"commerce\s+ext[ée]rieur(?:\s+\d{4}(?:\s*-\s*\d{4})?)?"
)

# ------------------------------------------------------------------------------ name key
NAME_KEY_HONORIFICS = r"m\.|mme\.?|mlle\.?|mr\.?|monsieur|madame|mademoiselle|dr\.?|me\.?|pr\.?"

# -------------------------------------------------------------------------------- language
# frequent function words that English does not use as words (language.py; normalised: "ete")
FUNCTION_WORDS = (
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "que", "qui",
    "sur", "avec", "au", "aux", "par", "ce", "cette", "ses", "son", "sont", "ont", "ete", "été",
    "plus", "lors", "selon", "entre",
)  # fmt: skip

# ========================================================== tours, stops and programmes
# (stops.py and programmes.py read these; written as the press writes them, normalised at import)
# Ordinals in words and the number they give ("sa quatrième escale", "la septième étape").
STOP_ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "premiere": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
    "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
}  # fmt: skip
STOP_ORDINALS_BEFORE: dict[str, int] = {}  # French puts every ordinal before its noun
# ordinals in digits: 1er, 1re, 1ère, 2e, 2ème, 2è, 2nd, 7ᵉ (the number is read from the digits)
STOP_ORDINAL_DIGITS = r"\d{1,2}\s?(?:ères?|eres?|ers?|res?|èmes?|emes?|è|e|ᵉʳ|ʳᵉ|ᵉ|nde?|de)"
# the nouns a tour's stops are counted with
STOP_NOUN = r"[ée]tapes?|escales?|haltes?"
STOP_PHASE_NOUN = ""
# a meeting counted in its series, only after a demonstrative: "cette deuxième rencontre"
STOP_MEETING_NOUN = r"(?:cette|ce)\s+{ord}\s+(?:rencontre|r[ée]union|concertation|forum)"
STOP_NUMBER_WORD = r"n°|no\.?|num[ée]ro"  # "l'étape n° 3"
STOP_LAST_AFTER = r"finale|ultime|de\s+cl[ôo]ture"  # "l'étape finale"
STOP_LAST_BEFORE = r"derni[èe]re|ultime"  # "la dernière étape", "la 7e et dernière étape"
STOP_PHASE_OF = ""
# what makes a counted noun something other than a stop: a programme's phase
STOP_NOT_AFTER = (
    r"(?:du|de\s+la|de\s+ce|de\s+cette|des|de\s+l')\s*(?:programme|processus|projet|plan|strat[ée]gie"
    r"|r[ée]forme|mise\s+en|feuille|chantier|construction|r[ée]alisation|transition|d[ée]ploiement)"
    r"|vers\b|(?:importante|essentielle|d[ée]cisive|cl[ée]|majeure|fondatrice)\b"  # a step towards
)
# before an ordinal: "une première étape", "dans une première étape" is a first step, not a stop
STOP_NOT_BEFORE = r"\bune\s*$"
# before a counted stop: another stop (an earlier one, the start, the next one)
STOP_PREVIOUS_BEFORE = (
    r"apr[èe]s|suite\s+[àa]|depuis|lors\s+de|(?:a|avait|ont|avaient)\s+(?:d[ée]marr[ée]|commenc[ée]|d[ée]but[ée])"
    r"|lanc[ée]e?\s+(?:lors\s+de|[àa])|\bavai(?:t|ent)\b"
)
STOP_NEXT_BEFORE = (
    r"avant|sera|seront|constituera|accueillera|abritera|se\s+rendra|rejoindra|poursuivra|doit"
    r"|devrait|est\s+pr[ée]vue?|pr[ée]vue?\s+[àa]|puis|ensuite"
)
STOP_PREVIOUS_AFTER = r"pr[ée]c[ée]dentes?|pass[ée]es?"
STOP_NEXT_AFTER = r"suivantes?|prochaines?|[àa]\s+venir|pr[ée]vues?"
STOP_THIS = r"cette|sa|son|pour\s+sa|pour\s+son|pour\s+la|de\s+sa"
STOP_IN_REGION = (
    r"dans\s+(?:la\s+r[ée]gion|la\s+province|le\s+(?:sud|nord|centre)|l'(?:oriental|est|ouest))\S*"
    r"|(?:de|en)\s+r[ée]gion"
)
# words that make the meeting a stop of a tour ("a fait escale", "première étape de la tournée")
TOUR_WORDS = (
    r"\btourn[ée]es?\b(?!\s+(?:de\s+presse|m[ée]dicale|th[ée][aâ]trale|sportive))"
    r"|\bcaravanes?\b(?!\s+(?:m[ée]dicale|sanitaire|solidaire|sportive|humanitaire))"
    r"|\bescales?\b|fait\s+[ée]tape|\b[ée]tapes?\s+(?:de|du|d')\s*(?:la|sa|leur|cette)?\s*(?:tourn[ée]e|caravane|forum|s[ée]rie)"
    r"|(?:cette|une\s+nouvelle|l')\s*[ée]tape\b|p[ée]riple|sillonn\w*"
    r"|s[ée]rie\s+de\s+(?:rencontres|concertations|forums|consultations)"
)
TOUR_PRESENTED = r"conf[ée]rence\s+de\s+presse|point\s+de\s+presse"

# Programme families (programmes.py); same keys as in ar.py
PROGRAMME_FAMILIES: dict[str, str] = {
    "roadmap_consultations": (
        r"feuille\s+de\s+route\s+(?:r[ée]gionale\s+)?(?:du|de\s+l'|pour\s+l'|des)\s*(?:commerce\s+ext[ée]rieur|export\w*)"
        # the action plan of the department, not a chamber's or a council's own ("le plan d'action
        # 2026 de l'institution")
        r"|(?:plan|programme)\s+d'action\s+(?:(?:pour\s+l'ann[ée]e\s+)?\d{4}|du\s+commerce\s+ext[ée]rieur|du\s+secr[ée]tariat)"
        r"(?!\s+(?:de\s+l'institution|de\s+la\s+chambre|de\s+la\s+ccis|du\s+conseil|de\s+l'association|de\s+la\s+f[ée]d[ée]ration))"
        r"|tourn[ée]e\s+de\s+concertations?"
    ),
    "programme_presentation": (
        r"(?:rencontres?|tourn[ée]e)\s+(?:r[ée]gionale\s+)?de\s+communication"
        r"|pr[ée]sentation\s+du\s+programme\s+(?:national\s+)?(?:de\s+d[ée]veloppement\s+)?du\s+commerce\s+ext[ée]rieur"
    ),
    "regions_export_lever": (
        r"les\s+r[ée]gions\s*[,:]?\s*(?:un\s+)?levier"
        r"|forums?\s+r[ée]gion(?:al|aux)\s+(?:d'[ée]valuation|sur\s+le\s+commerce|du\s+commerce|de\s+l'export)"
        r"|forums?\s+d'[ée]valuation"
    ),
    "charter_caravan": (
        r"caravane\s+(?:nationale\s+|r[ée]gionale\s+)?(?:de\s+(?:promotion|pr[ée]sentation|vulgarisation)\s+)?(?:de\s+)?la\s+charte"
        r"|dar\s+(?:al[\s-]+|el[\s-]+)?ma[aâ]+lem"
    ),
    "export_caravan": (
        r"caravane\s+(?:nationale\s+|r[ée]gionale\s+)?(?:de\s+l'export(?:ation)?|de\s+promotion\s+(?:de\s+l'export|des\s+exportations)"
        r"|d'information\s+sur\s+les\s+m[ée]canismes\s+d'appui\s+[àa]\s+l'export)"
    ),
}
PROGRAMME_NAMES: dict[str, str] = {
    "roadmap_consultations": "Concertations régionales pour la feuille de route du commerce extérieur",
    "programme_presentation": "Tournée de présentation du programme de développement du commerce extérieur",
    "regions_export_lever": "Forums « Les régions, levier de l'export »",
    "charter_caravan": "Caravane de la Charte du commerce extérieur et de la Charte de l'investissement",
    "export_caravan": "Caravane de l'export",
}
# the programme's own name in more wordings ("Programme gouvernemental de soutien au commerce
# extérieur 2025-2027", "feuille de route du commerce extérieur pour l'année 2025")
PROGRAMME_MORE = (
    r"programme\s+(?:national\s+|gouvernemental\s+)?(?:de\s+(?:soutien|d[ée]veloppement|promotion)\s+)?(?:au|du)\s+commerce\s+ext[ée]rieur"
    r"(?:\s+(?:pour\s+l'ann[ée]e\s+|pour\s+la\s+p[ée]riode\s+)?\d{4}(?:\s*[-/]\s*\d{4})?)?"
    r"|feuille\s+de\s+route\s+(?:r[ée]gionale\s+)?(?:du|de\s+l'|pour\s+l')\s*(?:commerce\s+ext[ée]rieur|export\w*)"
    r"(?:\s+(?:pour\s+l'ann[ée]e\s+|pour\s+la\s+p[ée]riode\s+)?\d{4}(?:\s*[-/]\s*\d{4})?)?"
)
# Words every match of a rule above contains, as plain words (anchors.py; same names in ar.py)
STOP_ANCHORS = ("étape", "escale", "halte")
STOP_MEETING_ANCHORS = ("rencontre", "réunion", "concertation", "forum")
TOUR_ANCHORS = ("tourn", "caravane", "escale", "étape", "périple", "sillonn", "série")
PROGRAMME_ANCHORS = (
    "feuille", "plan", "programme", "communication", "concertation", "présentation", "levier",
    "forum", "caravane", "charte", "alem",
)  # fmt: skip
# --------------------------------------------------------------------------------- numbers
NUMBER_UNITS: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
NUMBER_HUNDREDS = ("cent", "cents")
NUMBER_SCALES: dict[str, int] = {
    "mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
}  # fmt: skip
NUMBER_AND = "et"  # "vingt et un"

# --------------------------------------------------------------------------------- figures
# (patterns read better one to a line, unwrapped)
# fmt: off
# the currency written out, and its abbreviations (those with a scale in CURRENCY_SCALES)
CURRENCY_FULL = r"dirhams?"
CURRENCY = CURRENCY_FULL + r"|dhs?|mad|mmdh|mdh|kdh|mmdhs|mdhs"
CURRENCY_SCALES = {"mmdh": 10**9, "mmdhs": 10**9, "mdh": 10**6, "mdhs": 10**6, "kdh": 10**3}
CENTIMES = r"centimes"
CURRENCY_OF = r"de\s+|d'"  # "5 millions de dirhams"
# scale words after a digit number ("2,6 milliards", "3 mds"): abbreviations included
AMOUNT_SCALES = {
    **NUMBER_SCALES, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9,
}  # fmt: skip
AMOUNT_LINKS = ("de", "d")  # the words besides number words an amount may hold
APPROXIMATELY = (
    r"pr[èe]s\s+de|environ|plus\s+de|avoisinant|avoisine|avoisinait|quelque|autour\s+de|"
    r"approximativement|quasiment|pr[èe]s|d[ée]passant|d[ée]passe|moins\s+de|pas\s+moins\s+de|"
    r"au-del[àa]\s+de|sup[ée]rieur\s+[àa]|de\s+l'ordre\s+de"
)
# what an amount measures (the same rules as ar.py's METRIC_*)
METRIC_EXPORTS = (
    r"export(?:ations?|[ée]e?s?|ent|ait|aient|era|eront)\b|ventes?\s+(?:[àa]\s+l'[ée]tranger|[àa]\s+l'export|[àa]\s+l'international|ext[ée]rieures)|[àa]\s+l'export(?:ation)?\b"
    r"|chiffre\s+d'affaires(?:\s+\S+){0,3}?\s+(?:[àa]\s+l'|de\s+l'|d'|des\s+|en\s+)?export\w*"
    r"|(?:d[ée]ficit|manque\s+[àa]\s+gagner|gap)\s+(?:\S+\s+){0,2}?(?:d'|de\s+l'|[àa]\s+l'|en\s+)export\w*"
)
METRIC_POTENTIAL = r"(?<!\w)(?:potentiel|atouts|gisements?|opportunit[ée]s)\s+(?:\S+\s+){0,2}?(?:d'|de\s+l'|[àa]\s+l'|en\s+(?:termes\s+d')?)export\w*"
METRIC_IMPORTS = r"import(?:ations?|[ée]e?s?)\b"
METRIC_PRODUCTION = r"production\w*|valeur\s+ajout[ée]e|rendement"
METRIC_INVESTMENT = r"investissements?|investis\w*|co[uû]ts?\b|(?:mise\s+de\s+fonds)"
METRIC_ALLOCATION = r"enveloppe|dot[ée]e?\s+d|fonds\s+d[ée]di[ée]|allou[ée]e?s?|mobilis\w*|engag[ée]\w*"
METRIC_TURNOVER = r"chiffre\s+d'affaires"
METRIC_OTHER = r"budget|subventions?|financements?|recettes|revenus|cr[ée]dits?|dotation|loyers?|b[ée]n[ée]fices?|aides?\b|primes?\b|prix|se\s+vend\w*|pertes|d[ée]ficit|exc[ée]dent|balance\s+commerciale"
# whose an amount is (the same rules as ar.py's SCOPE_*)
SCOPE_REGION = r"(?<!\w)(?:r[ée]gion\w*|conseil\s+r[ée]gional)"
SCOPE_NATIONAL = r"(?<!\w)(?:national\w*|maroc\w*|royaume|(?:du|le|au)\s+pays|l'ensemble\s+du\s+pays|[àa]\s+l'[ée]chelle\s+nationale)(?!\w)"
# "ce programme vise …" (unless a qualifier right after it says otherwise: "le programme
# régional"); "depuis le lancement du programme" is a date; "le budget du programme"
SCOPE_PROGRAMME = (
    r"(?:ce|le)(?:\s+nouveau)?\s+programme(?=(?:\s*,[^,.]{0,40},)?\s+(?:vise|pr[ée]voit|ambitionne|entend|repose|table|mobilise|permettr\w*|devr\w*|a\s+pour))"
    r"|(?<!\w)(?:budget|enveloppe|dotation|financement)\s+(?:\S+\s+)?(?:du|de\s+ce)\s+programme(?!\w)"
)
SCOPE_MARKET = r"(?<!\w)(?:l')?afrique(?!\w)|(?<!\w)africain\w*"
SCOPE_OTHER = r"(?<![\w'])(?:chambres?|l'entreprise|soci[ée]t[ée]s?|coop[ée]ratives?|l'association|province|pr[ée]fecture|unit[ée]s?|usine)(?!\w)"
SCOPE_SITE = r"(?<![\w'])(?:port|zone|projets?|plateforme|complexe|p[ée]rim[èe]tre|plaine|bassin|oasis|vall[ée]e)(?!\w)"
BUILDS = r"am[ée]nag\w*|construction|r[ée]alisation|infrastructures?|extension|mise\s+[àa]\s+niveau|investi\w*|(?<!\w)port\b|zones?\s+(?:industrielle|d'activit)|projets?"
PER_UNIT = r"par\s+(?:entreprise|exportateur|b[ée]n[ée]ficiaire|projet|coop[ée]rative|artisan|personne|dossier|kilo\w*|kg|tonne|unit[ée]|t[êe]te|m[èe]tre)|le\s+(?:kilo\w*|kg|litre|m[èe]tre)"
PRICE = r"se\s+vend\w*|prix"
CLAUSE_START = r"tandis\s+qu|alors\s+qu|mais|que|qu'|et\s+que"
CLAUSE_AFTER_COMMA = r"et(?!\w)"  # ", et …"
RELATIVE = r"qui"
COMPARISON = r"contre|dont|soit|au\s+lieu\s+de"
ASIDE = r"qui|lesquel\w*|laquelle|hors|[àa]\s+l'exception\s+d\w*|sans\s+compter"
YEAR_BEFORE = r"en|au\s+titre\s+de|pour|l'ann[ée]e|in"  # "in": English table headings
PERCENT = r"pour\s*cent"
SHARE = r"(?<!\w)(?:le\s+tiers|la\s+moiti[ée]|le\s+quart|part|contribution|poids)"
SHARE_OF = r"des?|du|dans\s+les|aux"
WHOLE_OF = r"l'ensemble\s+des"
EXPORTS_NOUN = r"exportations"
NATIONAL_OWNER = r"nationales|marocaines|du\s+(?:royaume|maroc|pays)"
ONLY = r"seulement"  # "12 % seulement des exportateurs"
SHARE_OF_FIRMS = r"des"
FIRMS = r"entreprises|exportateurs|soci[ée]t[ée]s|PME|TPME|TPE"
FUNDS = r"enveloppe|budget|dotation|dot[ée]e?s?\s+d|financement|subvention|fonds"
ALLOCATION_WORD = r"enveloppe|dot|fonds"
EXPORT_WORD = r"export\w*"
FOR_OWNER = r"pour|[àa]\s+l'[ée]chelle|au\s+niveau"
OWNER_ARTICLE = r"\s+(?:la|le|les|du|de\s+la|de|des)\b|\s+l'"  # after FOR_OWNER
FOREIGN_TRADE_TITLE = r"commerce\s+ext[ée]rieur"
# fmt: on
