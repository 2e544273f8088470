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
