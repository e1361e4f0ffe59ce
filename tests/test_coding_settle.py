"""Once located, an unattributed strike is coded to the side it came from, and says so in its notes."""

import pytest

from sitrep import pipeline
from sitrep.coding.settle import holder_side, one_report_per_event, strike_side
from sitrep.model import Document, Place, Report

SHELLING = "Shelling/artillery/missile attack"
MINE = "Remote explosive/landmine/IED"


def _report(sub_event_type: str, country: str, admin1_code: str = "", perpetrator: str = "unknown") -> Report:
    return Report(report_id="r", doc_id="d", sub_event_type=sub_event_type, perpetrator=perpetrator,
                  location=Place(text="x", name="x", country=country, admin1_code=admin1_code))


@pytest.mark.parametrize(
    ("report", "text", "side"),
    [
        (_report(SHELLING, "RU", "09"), "Shelling hit a border village overnight.", "UA"),
        (_report(SHELLING, "UA", "05"), "Shelling hit a school in the town overnight.", "RU"),
        (_report("Air/drone strike", "UA", "11"), "Drones struck an oil depot overnight.", "UA"),  # Crimea
        (_report(SHELLING, "UA", "08"), "Explosions were heard in occupied Nova Kakhovka.", "UA"),
        (_report(MINE, "UA", "26"), "A combine harvester hit an anti-tank mine in a field.", "RU"),
        # nothing to infer: a bomb someone planted, a named perpetrator, a place outside the war
        (_report(MINE, "UA", "26"), "A bomb planted under the car went off.", ""),
        (_report(MINE, "UA", "26"), "Вибух пошкодив авто, повідомило Міністерство внутрішніх справ.", ""),
        (_report(SHELLING, "UA", "05", perpetrator="partisans"), "Shelling hit the town.", ""),
        (_report(SHELLING, "SY"), "Shelling hit the town.", ""),
        # ... nor when the report says no one can tell who fired
        (_report(SHELLING, "UA", "05"), "Снаряды попали в клуб. Независимо установить, откуда велся огонь, невозможно.",
         ""),
        (_report("Armed clash", "UA", "05"), "Fighting continued near the village.", ""),
    ],
)
def test_the_side_of_an_unattributed_strike_follows_where_it_landed(report, text, side):
    assert strike_side(report, text) == side


def test_a_located_report_names_the_inferred_side_and_says_it_was_inferred():
    doc = Document(id="b", language="en", published_at="2023-06-04T09:00:00+00:00",
                   text="Shelling of the border village of Novaya Tavolzhanka in Russia's Belgorod region killed "
                        "two people overnight, the regional governor said on Sunday.")
    reports = pipeline.code(doc)
    assert reports and reports[0].location is not None and reports[0].location.country == "RU"
    assert (reports[0].perpetrator, reports[0].perpetrator_country) == ("state_forces", "UA")
    assert "inferred" in reports[0].notes


def test_occupied_is_read_at_the_place_where_the_fire_landed_not_where_it_came_from():
    text = "Overnight the enemy fired rockets from the occupied left bank at Nikopol, killing two."
    start = text.index("Nikopol")
    report = _report(SHELLING, "UA", "04")
    report.location.start, report.location.end = start, start + len("Nikopol")
    assert strike_side(report, text) == "RU"
    text = "Explosions were heard overnight in occupied Melitopol, local channels said."
    start = text.index("Melitopol")
    report.location.start, report.location.end = start, start + len("Melitopol")
    assert strike_side(report, text) == "UA"


@pytest.mark.parametrize(
    ("report", "text", "side"),
    [
        (_report("Arrests", "UA", "26", "state_forces"), "Військові затримали двох чоловіків в окупованому селі.",
         "RU"),
        (_report("Change to group/activity", "UA", "05", "state_forces"),
         "Резервистов из поселка в ДНР отправили на сборный пункт.", "RU"),
        (_report("Attack", "UA", "08", "state_forces"),
         "В селе, которое находится под контролем российских войск, военные застрелили жителя.", "RU"),
        (_report("Arrests", "RU", "41", "state_forces"), "Police detained three teenagers.", "RU"),
        # fire comes from the other side; a place no one calls occupied may be held by either
        (_report(SHELLING, "UA", "05", "state_forces"), "The military shelled the town overnight.", "RU"),
        (_report("Arrests", "UA", "26", "state_forces"), "Police detained two men in the village.", ""),
    ],
)
def test_forces_of_no_named_state_are_those_of_who_holds_the_place(report, text, side):
    assert holder_side(report, text) == side


def test_a_located_report_of_forces_of_no_named_state_says_their_state_was_inferred():
    doc = Document(id="h", language="ru", published_at="2022-10-11T17:30:00+03:00",
                   text="Более 40 резервистов из поселка Ольгинка Волновахского района ДНР прибыли сегодня на "
                        "сборный пункт для прохождения военной службы в рамках частичной мобилизации.")
    (report,) = pipeline.code(doc)
    assert (report.perpetrator, report.perpetrator_country) == ("state_forces", "RU")
    assert report.actor1 == "Military Forces of Russia"
    assert "inferred" in report.notes


MOD_SUMMARY = Document(
    id="mod1", language="ru", source="mod_ru", published_at="2025-03-12T19:00:00+03:00",
    title="Сводка Министерства обороны Российской Федерации (12 марта 2025 г.)",
    text=("Вооружённые Силы Российской Федерации продолжают проведение специальной военной операции.\n\n"
          "Подразделения группировки войск «Днепр» в результате активных наступательных действий освободили "
          "населённый пункт Малые Щербаки Запорожской области. Противник потерял до 60 военнослужащих и два "
          "автомобиля.\n\n"
          "Подразделения группировки войск «Юг» в течение суток отразили четыре атаки штурмовых групп противника в "
          "районе населённого пункта Новосёловка Донецкой Народной Республики.\n\n"
          "Подразделения группировки войск «Центр» улучшили положение по переднему краю и отразили пять контратак "
          "штурмовых групп ВСУ.\n\n"
          "Средствами противовоздушной обороны сбиты 12 украинских беспилотных летательных аппаратов."),
)


def test_a_summarys_sector_items_are_events_where_they_name_a_settlement():
    reports = pipeline.code(MOD_SUMMARY)
    evidence = {r.sub_event_type: r.evidence for r in reports}
    # each sector's item is its own event, dated by the summary's day ("в течение суток")
    assert "Малые Щербаки" in evidence["Non-state actor overtakes territory"]  # a village the gazetteer lacks
    assert "Новосёловка" in evidence["Armed clash"]
    assert all(r.event_date == "2025-03-12" for r in reports)
    # the grouping that only "repelled five counterattacks" names no place: a tally, no event
    assert not any("«Центр»" in r.evidence for r in reports)
    assert len(reports) == 2


def _located(report_id: str, sub_event_type: str, geonameid: int, fatalities: int = 0, day: str = "2024-03-15",
             feature: str = "city") -> Report:
    return Report(report_id=report_id, doc_id="d", sub_event_type=sub_event_type, perpetrator="partisans",
                  perpetrator_country="UA", event_date=day, fatalities=fatalities,
                  location=Place(text="x", name="x", geonameid=geonameid, feature=feature, country="UA"))


def test_one_event_told_twice_in_a_document_is_one_report():
    # a think tank's takeaway and its paragraph: one type, day, settlement and doer
    takeaway, paragraph = _located("d#1", MINE, 1), _located("d#2", MINE, 1, fatalities=1)
    assert one_report_per_event([takeaway, paragraph]) == [takeaway]
    assert takeaway.fatalities == 1  # the takeaway named no toll; the paragraph's counts
    # another settlement, another day, another type or a region only are other events
    others = [_located("d#3", MINE, 2), _located("d#4", MINE, 1, day="2024-03-16"), _located("d#5", SHELLING, 1),
              _located("d#6", MINE, 1, feature="region")]
    assert one_report_per_event([takeaway, *others]) == [takeaway, *others]
    # the main account keeps its own toll
    first, second = _located("e#1", MINE, 1, fatalities=2), _located("e#2", MINE, 1, fatalities=8)
    assert one_report_per_event([first, second]) == [first] and first.fatalities == 2
