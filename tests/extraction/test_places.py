# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
from __future__ import annotations

import pytest

from events.extraction import REGIONS, city_location, city_region, extract


def test_regions_table() -> None:
    assert len(REGIONS) == 12
    assert REGIONS["MA-09"]["capital"] == "Agadir"
    assert REGIONS["MA-02"]["fr"] == "L'Oriental"


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Nador", "MA-02"), ("الناظور", "MA-02"), ("Ouarzazate", "MA-08"), ("Tiznit", "MA-09"),
        ("Khouribga", "MA-05"), ("Es-Semara", "MA-11"), ("السمارة", "MA-11"), ("Tan-Tan", "MA-10"),
        ("Aousserd", "MA-12"), ("أوسرد", "MA-12"), ("Fès", "MA-03"), ("Fes", "MA-03"),
        ("فاس", "MA-03"), ("Laâyoune", "MA-11"), ("العيون", "MA-11"), ("Béni Mellal", "MA-05"),
        ("Tanger", "MA-01"), ("طنجة", "MA-01"), ("Dakhla", "MA-12"), ("Guelmim", "MA-10"),
        ("Errachidia", "MA-08"), ("Casablanca", "MA-06"), ("الدار البيضاء", "MA-06"),
        ("Marrakech", "MA-07"), ("Kénitra", "MA-04"), ("Salé", "MA-04"), ("Oujda", "MA-02"),
    ],
)  # fmt: skip
def test_city_region(name: str, region: str) -> None:
    assert city_region(name) == region


def test_city_location() -> None:
    lon, lat = city_location("Agadir")
    assert -9.7 < lon < -9.5 and 30.3 < lat < 30.5
    lon, lat = city_location("الداخلة")
    assert -16.1 < lon < -15.8 and 23.6 < lat < 23.8
    assert city_location("Atlantis") is None
    for code, info in REGIONS.items():
        assert city_region(info["capital"]) == code
        assert city_location(info["capital"]) is not None


def _place(text: str) -> tuple[str | None, str | None]:
    m = extract(text).to_dict()["meeting"]
    return m["region"], m["city"]


@pytest.mark.parametrize(
    ("text", "region", "city"),
    [
        ("انعقد بمقر ولاية جهة سوس ماسة لقاء تشاوري حول التصدير", "MA-09", "Agadir"),
        ("انعقد بجهة الشرق لقاء تشاوري حول التصدير", "MA-02", None),
        ("احتضنت مدينة الناظور لقاء حول الصادرات بحضور والي جهة الشرق", "MA-02", "Nador"),
        ("عقد لقاء حول التصدير بالقاعة الكبرى لعمالة فاس بجهة فاس مكناس", "MA-03", "Fès"),
        ("La rencontre sur l'export s'est tenue au siège de la wilaya de la région de l'Oriental.", "MA-02", "Oujda"),
        ("Tétouan a accueilli une étape de la caravane de l'export, qui fera escale à Al Hoceïma.", "MA-01", "Tétouan"),
        ("Une réunion sur les exportations a eu lieu dans la région Drâa-Tafilalet.", "MA-08", None),
        ("لقاء حول التصدير بجهة كلميم واد نون", "MA-10", None),
        ("Rencontre export à Guelmim-Oued Noun, à Guelmim", "MA-10", "Guelmim"),
        ("لقاء حول الصادرات بمدينة تيزنيت", "MA-09", "Tiznit"),
        ("احتضنت الهيكلة الجديدة لقاء حول التصدير بجهة الدار البيضاء سطات", "MA-06", None),
        ("Rencontre export à Laâyoune, dans la région Laâyoune-Sakia El Hamra", "MA-11", "Laâyoune"),
        ("لقاء حول التصدير بمدينة الداخلة بجهة الداخلة وادي الذهب", "MA-12", "Dakhla"),
    ],
)  # fmt: skip
def test_region_and_city(text: str, region: str, city: str | None) -> None:
    assert _place(text) == (region, city)


def test_previous_stops_are_not_the_venue() -> None:
    text = (
        "احتضن مقر المديرية الجهوية بجهة العيون الساقية الحمراء محطة من قافلة التصدير، "
        "التي انطلقت من مدينة سلا واستمرت بعدد من المحطات بما فيها الدار البيضاء، فاس، ومكناس، "
        "لتصل اليوم إلى مدينة العيون."
    )
    assert _place(text) == ("MA-11", "Laâyoune")
