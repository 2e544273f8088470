# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
from __future__ import annotations

import re
from pathlib import Path

import pytest

from events.extraction import extract, normalize_name
from events.extraction.normalize import norm
from events.extraction.roles import AR_HEAD_RE, FR_HEAD_RE, role_code
from tests.shared_data import shared_path


def _officials(text: str) -> list[tuple[str, str]]:
    r = extract(text + " حول التصدير خلال اللقاء").to_dict()
    return [(normalize_name(o["name"]), o["role_code"]) for o in r["officials"]]


def _n(s: str) -> str:
    return normalize_name(s)


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("كاتب الدولة المكلف بالتجارة الخارجية", "secretary_of_state"),
        ("كاتبة الدولة المكلفة بالصناعة التقليدية", "secretary_of_state"),
        ("وزير الصناعة والتجارة", "minister"),
        ("الوزيرة المنتدبة", "minister"),
        ("والي جهة سوس ماسة", "wali"),
        ("عامل إقليم أوسرد", "governor"),
        ("رئيس مجلس جهة الشرق", "region_council_president"),
        ("رئيس الجهة", "region_council_president"),
        ("النائب الأول لرئيس مجلس جهة الداخلة", "region_council_vice_president"),
        ("رئيس غرفة التجارة والصناعة والخدمات", "chamber_president"),
        ("نائب رئيس غرفة الصناعة التقليدية", "chamber_vice_president"),
        ("رئيس الاتحاد العام لمقاولات المغرب", "cgem_president"),
        ("الكاتب العام لولاية جهة الداخلة", "secretary_general"),
        ("المدير الجهوي للتجارة والصناعة", "director"),
        ("رئيس المجلس الجماعي لأكادير", "commune_president"),
        ("البرلماني عن دائرة تيزنيت", "parliamentarian"),
        ("secrétaire d'État chargé du Commerce extérieur", "secretary_of_state"),
        ("ministre de l'Industrie et du Commerce", "minister"),
        ("wali de la région Souss-Massa", "wali"),
        ("gouverneur de la province de Tiznit", "governor"),
        ("président du Conseil régional", "region_council_president"),
        ("vice-présidente du Conseil de la région", "region_council_vice_president"),
        ("président de la CCIS", "chamber_president"),
        ("président de la CGEM", "cgem_president"),
        ("secrétaire général de la wilaya", "secretary_general"),
        ("directrice régionale", "director"),
        ("maire de Tiznit", "commune_president"),
        ("député", "parliamentarian"),
        ("président de l'association", "other"),
    ],
)
def test_role_code(title: str, code: str) -> None:
    assert role_code(title) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("افتتح كاتب الدولة المكلف بالتجارة الخارجية، السيد عمر حجيرة، ووالي جهة سوس ماسة، السيد سعيد أمزازي، سلسلة لقاءات.",
         [("عمر حجيرة", "secretary_of_state"), ("سعيد أمزازي", "wali")]),
        ("ترأس هذا اللقاء عمر حجيرة كاتب الدولة لدى وزير الصناعة والتجارة المكلف بالتجارة الخارجية، إلى جانب معاذ الجامعي والي جهة فاس-مكناس عامل عمالة فاس، ورئيس مجلس الجهة.",
         [("عمر حجيرة", "secretary_of_state"), ("معاذ الجامعي", "wali")]),
        ("بحضور عامل إقليم أوسرد السيد محمد رشدي، عبد الرزاق كورجي الكاتب العام لولاية الجهة، وامبارك حمية، النائب الأول لرئيس مجلس جهة الداخلة – وادي الذهب، إلى جانب البرلمانيين.",
         [("محمد رشدي", "governor"), ("عبد الرزاق كورجي", "secretary_general"), ("امبارك حمية", "region_council_vice_president")]),
        ("بحضور والي جهة سوس ماسة السيد سعيد أمزازي ورئيس مجلس الجهة السيد كريم أشنكلي و عدد من الفاعلين.",
         [("سعيد أمزازي", "wali"), ("كريم أشنكلي", "region_council_president")]),
        ("وشارك رئيس مجلس الجهة، والسيد عبد اللطيف الفيلالي، رئيس غرفة التجارة والصناعة والخدمات، والسيدة ليلى بنشقرون، رئيسة الاتحاد العام لمقاولات المغرب بالجهة.",
         [("عبد اللطيف الفيلالي", "chamber_president"), ("ليلى بنشقرون", "cgem_president")]),
        ("Le secrétaire d'Etat chargé du Commerce extérieur, Omar Hejira, a présidé la rencontre aux côtés de Khatib El Hebil, wali de la région de l'Oriental, gouverneur de la préfecture d'Oujda-Angad.",
         [("Omar Hejira", "secretary_of_state"), ("Khatib El Hebil", "wali")]),
        ("ouverte par le gouverneur de la province de Tétouan, Youssef Bencheikh, en présence de Mme Nadia El Harrak, vice-présidente de la Chambre de commerce, et de Hicham Amrani, directeur régional de Maroc PME.",
         [("Youssef Bencheikh", "governor"), ("Nadia El Harrak", "chamber_vice_president"), ("Hicham Amrani", "director")]),
        ("M. Omar Hejira, secrétaire d'État chargé du Commerce extérieur, et M. Karim Achengli, président du Conseil régional, ont présidé la réunion.",
         [("Omar Hejira", "secretary_of_state"), ("Karim Achengli", "region_council_president")]),
        # names found by structure, whatever their first word
        ("بحضور محمد لمين حرمة الله، النائب الأول لرئيس مجلس الجهة، وأحمد الدرهم، رئيس الغرفة.",
         [("محمد لمين حرمة الله", "region_council_vice_president"), ("أحمد الدرهم", "chamber_president")]),
        ("ترأس اللقاء والي جهة الشرق، عامل عمالة وجدة أنجاد، السيد الخطيب الهبيل، بمقر الولاية.",
         [("الخطيب الهبيل", "wali")]),
        ("وترأس اللقاء عمر حجيرة، كاتب الدولة، والطالب بوكرين، والي الجهة، بحضور المنتخبين.",
         [("عمر حجيرة", "secretary_of_state"), ("الطالب بوكرين", "wali")]),
        ("ورئيس مجلس الجهة سيدي حمدي ولد الرشيد.", [("سيدي حمدي ولد الرشيد", "region_council_president")]),
        ("وترأس المحطة عامل إقليم تارودانت أغزيف تالوست، بحضور الفاعلين.", [("أغزيف تالوست", "governor")]),
        ("بحضور البرلماني عن دائرة الجديدة رشيد الحمداوي، وممثلين عن المديرية.", [("رشيد الحمداوي", "parliamentarian")]),
        ("en présence de M. Ahmed Ouchen, vice-président de la Chambre des pêches maritimes de l'Atlantique Sud.",
         [("Ahmed Ouchen", "chamber_vice_president")]),
        ("Mohamed Lamine Radi, président de la CCIS, et Sidi Mohamed Bouchaab, son premier vice-président, étaient présents.",
         [("Mohamed Lamine Radi", "chamber_president"), ("Sidi Mohamed Bouchaab", "chamber_vice_president")]),
        ("et de Mme Aicha Maalainine, membre de la Chambre des représentants.", [("Aicha Maalainine", "parliamentarian")]),
        ("M. Mohamed Salem Ould Sidi Brahim, président de la Chambre d'agriculture, a plaidé pour l'export.",
         [("Mohamed Salem Ould Sidi Brahim", "chamber_president")]),
        # a title whose holder is named as the speaker of the next sentence
        ("وأبرز والي جهة كلميم وادنون المؤهلات التي تزخر بها الجهة. وأكد محمد الناجم أبهاي أن الطريق السريع مهم.",
         [("محمد الناجم أبهاي", "wali")]),
    ],
)  # fmt: skip
def test_pairs(text: str, expected: list[tuple[str, str]]) -> None:
    assert _officials(text) == [(_n(a), b) for a, b in expected]


@pytest.mark.parametrize(
    "text",
    [
        "أشار السيد الوالي إلى أهمية التصدير، وأكد السيد رئيس الجهة على دور المقاولات.",
        "بحضور رؤساء الغرف المهنية ورئيس الاتحاد العام لمقاولات المغرب.",
        "ع شركيف / حدث كم : انعقد لقاء حول التصدير.",
        "مخطط أطلقه جلالة الملك محمد السادس نصره الله خلال زيارته.",
        "Le président du Conseil régional et le wali ont pris part à la réunion.",
        "وشارك في اللقاء رؤساء الغرف المهنية، والمدير الجهوي للاستثمار، وعدد من المستثمرين.",
        "دعا إلى تمكين الحرفيين من فضاءات عرض دائمة بالأسواق الخارجية، وإلى تبسيط المساطر.",
        "بحضور ممثلي القطاعات الحكومية، والقطاعات الخاصة، رئيس الغرفة.",
    ],
)
def test_no_unnamed_or_byline_officials(text: str) -> None:
    assert _officials(text) == []


def test_repeated_person_is_listed_once() -> None:
    text = (
        "ترأس كاتب الدولة المكلف بالتجارة الخارجية، السيد عمر حجيرة، لقاء حول التصدير. "
        "وأكد حجيرة، كاتب الدولة، أن الجهة مؤهلة. وأشاد السيد عمر حجيرة كاتب الدولة بالمبادرة."
    )
    assert _officials(text) == [(_n("عمر حجيرة"), "secretary_of_state")]


def test_former_official_is_not_listed() -> None:
    assert _officials("ونوه بعمل الوالي السابق السيد محمد اليزيدي في الجهة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre sur l'export s'est tenue à Tétouan. Lors de l'étape d'Oujda, le wali Khatib El Hebil avait insisté sur l'équité territoriale.",
        "Le forum de l'export s'est tenu à Fès. Lors de la précédente édition, le gouverneur Ahmed Tazi avait plaidé pour la logistique.",
        "انعقد اللقاء حول التصدير بتطوان. وكان والي جهة الشرق خطيب الهبيل قد أكد خلال محطة وجدة على العدالة المجالية.",
        "احتضنت الداخلة منتدى التصدير. وسبق أن شدد عامل إقليم أوسرد عبد الله الطاهري في الدورة السابقة على اللوجستيك.",
    ],
)
def test_person_cited_from_an_earlier_stop_is_not_an_official(text: str) -> None:
    names = [n for n, _ in _officials(text)]
    assert not any(
        x in names
        for x in map(_n, ["Khatib El Hebil", "Ahmed Tazi", "خطيب الهبيل", "عبد الله الطاهري"])
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lors de cette étape, le wali Khatib El Hebil a insisté sur l'équité territoriale.",
            "Khatib El Hebil",
        ),
        (
            "Après l'étape d'Oujda, le wali Khatib El Hebil a présidé la rencontre de Nador.",
            "Khatib El Hebil",
        ),
        (
            "وأكد والي جهة الشرق، السيد معاذ الجامعي، خلال هذه المحطة على العدالة المجالية.",
            "معاذ الجامعي",
        ),
    ],
)
def test_official_of_this_stop_is_kept(text: str, name: str) -> None:
    assert _n(name) in [n for n, _ in _officials(text)]


# --- rules read from real press (sentences written for these tests) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French title that names the minister it reports to, and goes on after a comma
        ("Le Secrétaire d'État auprès du ministre de l'Industrie et du Commerce, chargé du Commerce extérieur, Karim Bennani, a présidé la rencontre.", [("karim bennani", "secretary_of_state")]),
        ("Le ministre délégué auprès du ministre de l'Économie, Youssef Amrani, a ouvert la séance.", [("youssef amrani", "minister")]),
        # "et" before a given name opens the next person, not the title
        ("Said Alaoui, ministre du Commerce extérieur et Ahmed Tazi, président de l'Association des exportateurs, ont tenu une conférence.", [("said alaoui", "minister"), ("ahmed tazi", "other")]),
        # a wali's concurrent title naming a place of several words
        ("Le wali de la région, gouverneur de la province de Oued Ed-Dahab, Karim Idrissi, a pris la parole.", [("karim idrissi", "wali")]),
        # a person introduced by "M." only, then referred to by the title alone
        ("M. Bennani, qui intervenait à Oujda lors d'une rencontre sur l'export, a appelé les entreprises à exporter. Le ministre a ajouté que l'Afrique est un marché clé.", [("bennani", "minister")]),
        # ... but not a surname of someone already named with a title
        ("Le secrétaire d'État, Karim Bennani, a ouvert la rencontre. M. Bennani a souligné le rôle des PME. Le wali a salué l'initiative.", [("karim bennani", "secretary_of_state")]),
        # the head of government has no role code of its own
        ("Le Chef du gouvernement, Aziz Benali, a présidé la cérémonie sur l'export.", [("aziz benali", "other")]),
        ("ترأس رئيس الحكومة سعيد بنعلي اللقاء.", [("سعيد بنعلي", "other")]),
        # names with particles
        ("Le président du Conseil régional, Moulay Ahmed El Alami, a pris la parole.", [("moulay ahmed el alami", "region_council_president")]),
        # Arabic: a secretary of state loosely called minister keeps his real title
        ("شهد المنتدى حضور وزير التجارة الخارجية السيد سعيد البناني، كاتب الدولة المكلف بالتجارة الخارجية، إلى جانب مسؤولين.", [(_n("سعيد البناني"), "secretary_of_state")]),
        # a place after a title is not a name ("Nador West Med")
        ("وحضر المدير العام لميناء الناظور غرب المتوسط، ومسؤولون حكوميون.", []),
        # a title after the preposition ب, and the party honorific الأخ
        ("كان الوزير مرفوقا بالمديرة العامة للوكالة الوطنية للنهوض بالمقاولة سعاد الإدريسي، في زيارته.", [(_n("سعاد الإدريسي"), "director")]),
        ("وحضر الأخ عمر بنعلي رئيس الغرفة.", [(_n("عمر بنعلي"), "chamber_president")]),
    ],
)  # fmt: skip
def test_officials_from_real_press(text: str, expected: list[tuple[str, str]]) -> None:
    assert _officials(text) == expected


def test_related_link_at_the_end_is_not_an_official() -> None:
    text = (
        "Une rencontre régionale sur l'export s'est tenue lundi à Dakhla, en présence du wali de la "
        "région, Karim Idrissi.\nLire aussi | Le ministre de l'Industrie, Ryad Tazi, reçoit une délégation"
    )
    assert [o["name"] for o in extract(text).to_dict()["officials"]] == ["Karim Idrissi"]


def test_the_same_person_holds_another_title_in_another_article() -> None:
    a = _officials("Karim Bennani, ministre du Commerce extérieur, a présidé la rencontre.")
    b = _officials("Le président du Conseil de la Région, Karim Bennani, a présidé la rencontre.")
    assert a == [("karim bennani", "minister")]
    assert b == [("karim bennani", "region_council_president")]


def test_first_letter_lookahead_loses_no_title_head() -> None:
    """The heads' first-letter look-ahead (a speed-up) finds what the bare pattern finds."""

    folders = [Path(__file__).parent / s / "articles" for s in ("devset", "setb", "holdout")]
    folders += [shared_path("seeds"), shared_path("real", "articles")]
    texts = [norm(p.read_text(encoding="utf-8")) for f in folders for p in sorted(f.glob("*.txt"))]
    for rx in (AR_HEAD_RE, FR_HEAD_RE):
        bare = re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", rx.pattern), rx.flags)
        assert bare.pattern != rx.pattern
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in bare.finditer(t)]
