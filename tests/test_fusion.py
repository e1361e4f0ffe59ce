"""Fusion: reports of one incident from several outlets become one event.

Fixtures are written here: invented incidents at real GeoNames places.
"""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.fusion import FusionResult, coverage, fuse, reframed
from sitrep.fusion.compatibility import distance_km
from sitrep.model import INDEPENDENT, STATE, Place, Report, Source

ZAP = ("Zaporizhzhia Oblast", "26")
KHE = ("Kherson Oblast", "08")
MELITOPOL = Place(text="Melitopol", geonameid=701404, name="Melitopol", latitude=46.84735, longitude=35.38196,
                  country="UA", admin1=ZAP[0], admin1_code=ZAP[1])
BERDYANSK = Place(text="Berdyansk", geonameid=712451, name="Berdyansk", latitude=46.75578, longitude=36.78815,
                  country="UA", admin1=ZAP[0], admin1_code=ZAP[1])
TOKMAK = Place(text="Tokmak", geonameid=691469, name="Tokmak", latitude=47.25554, longitude=35.70836,
               country="UA", admin1=ZAP[0], admin1_code=ZAP[1])
SKADOVSK = Place(text="Skadovsk", geonameid=693709, name="Skadovsk", latitude=46.11313, longitude=32.90978,
                 country="UA", admin1=KHE[0], admin1_code=KHE[1])
ZAP_REGION = Place(text="Zaporizhzhia region", name="Zaporizhzhia Oblast", feature="region", country="UA",
                   admin1=ZAP[0], admin1_code=ZAP[1], geo_precision=3)
KHE_REGION = Place(text="Kherson region", name="Kherson Oblast", feature="region", country="UA",
                   admin1=KHE[0], admin1_code=KHE[1], geo_precision=3)

SOURCES = {
    "wire_en": Source("wire_en", "Wire", "en", "GB", INDEPENDENT),
    "news_uk": Source("news_uk", "News UA", "uk", "UA", INDEPENDENT),
    "indie_ru": Source("indie_ru", "Indie RU", "ru", "LV", INDEPENDENT),
    "state_ru": Source("state_ru", "State agency", "ru", "RU", STATE),
    "admin_ru": Source("admin_ru", "Occupation channel", "ru", "RU", STATE),
}


def report(rid: str, source: str, sub: str, date: str, place: Place | None, *, doc: str | None = None,
           perp: str = "partisans", country: str = "UA", fatalities: int = 0, evidence: str = "",
           published: str | None = None, precision: int = 1, confidence: float = 0.8) -> Report:
    return Report(report_id=rid, doc_id=doc or rid.split(":")[0], source=source, sub_event_type=sub,
                  perpetrator=perp, perpetrator_country=country, fatalities=fatalities, event_date=date,
                  time_precision=precision, location=place, evidence=evidence or f"{sub} in {place and place.name}",
                  published_at=published or f"{date}T12:00:00+03:00", confidence=confidence,
                  language=SOURCES[source].language)


IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"


def car_bombing() -> list[Report]:
    """One car bombing in Melitopol told by three independent outlets in
    three languages, one of them a day later."""
    return [
        report("w1:1", "wire_en", IED, "2022-10-09", MELITOPOL, fatalities=1,
               evidence="A car bomb killed an occupation official in Melitopol on Sunday; partisans claimed it."),
        report("u1:1", "news_uk", IED, "2022-10-09", MELITOPOL, fatalities=1,
               evidence="У Мелітополі вибухнуло авто посадовця окупаційної адміністрації, загинула одна людина.",
               published="2022-10-10T09:00:00+03:00"),
        report("r1:1", "indie_ru", IED, "2022-10-09", MELITOPOL,
               evidence="В Мелитополе взорван автомобиль чиновника оккупационной администрации."),
    ]


def state_shelling() -> Report:
    return report("s1:1", "state_ru", SHELLING, "2022-10-09", MELITOPOL, perp="state_forces", country="UA",
                  fatalities=2, evidence="ВСУ обстреляли центр Мелитополя, погибли два мирных жителя.")


def test_car_bombing_in_three_languages_is_one_event() -> None:
    result = fuse(car_bombing(), SOURCES)
    assert len(result.events) == 1
    event = result.events[0]
    assert event.n_reports == 3 and event.sources == ["indie_ru", "news_uk", "wire_en"]
    assert (event.sub_event_type, event.event_type) == (IED, "Explosions/Remote violence")
    assert (event.perpetrator, event.perpetrator_country) == ("partisans", "UA")
    assert (event.event_date, event.location, event.geonameid) == ("2022-10-09", "Melitopol", 701404)
    assert event.admin1 == ZAP[0] and event.fatalities == 1
    assert set(result.links) == {"w1:1", "u1:1", "r1:1"} and set(result.links.values()) == {event.event_id}
    assert event.notes.startswith("A car bomb killed")


def test_state_shelling_of_same_place_and_day_merges_and_is_flagged() -> None:
    result = fuse(car_bombing() + [state_shelling()], SOURCES)
    assert len(result.events) == 1
    event = result.events[0]
    assert event.sub_event_type == IED and event.perpetrator == "partisans"
    # The conservative rule: the lowest figure any outlet gives.
    assert event.fatalities == 1
    assert event.disagreement["sub_event_type"] == {IED: ["indie_ru", "news_uk", "wire_en"], SHELLING: ["state_ru"]}
    assert event.disagreement["fatalities"] == {"1": ["news_uk", "wire_en"], "2": ["state_ru"]}
    rows = {f.source: f for f in result.framing}
    assert set(rows) == set(SOURCES)
    assert (rows["state_ru"].reported, rows["state_ru"].differs, rows["state_ru"].sub_event_type) == (1, 1, SHELLING)
    assert rows["state_ru"].ownership == STATE and rows["state_ru"].fatalities == 2
    assert all(rows[s].differs == 0 and rows[s].reported == 1 for s in ("wire_en", "news_uk", "indie_ru"))
    assert (rows["admin_ru"].reported, rows["admin_ru"].fatalities, rows["admin_ru"].evidence) == (0, None, "")
    pairs = reframed(result.events, result.framing, car_bombing() + [state_shelling()])
    assert len(pairs) == 1
    pair = pairs[0]
    assert (pair["source"], pair["sub_event_type"], pair["perpetrator"]) == ("state_ru", SHELLING, "state_forces")
    assert (pair["consensus_sub_event_type"], pair["consensus_perpetrator"]) == (IED, "partisans")
    assert pair["evidence"].startswith("ВСУ") and pair["consensus_evidence"].startswith("A car bomb")


def test_two_state_outlets_do_not_outvote_one_independent() -> None:
    reports = [
        report("w1:1", "wire_en", IED, "2022-10-09", MELITOPOL),
        state_shelling(),
        replace(state_shelling(), report_id="a1:1", doc_id="a1", source="admin_ru"),
    ]
    event = fuse(reports, SOURCES).events[0]
    assert event.n_sources == 3
    assert (event.sub_event_type, event.perpetrator) == (IED, "partisans")


def test_a_strike_the_state_reports_as_drones_shot_down_is_one_event_and_a_reframing() -> None:
    disrupted = "Disrupted weapons use"
    reports = [
        report("w1:1", "wire_en", "Air/drone strike", "2024-03-12", MELITOPOL, perp="ukrainian_forces",
               evidence="Ukrainian drones hit a fuel depot in Melitopol overnight, setting tanks ablaze."),
        report("u1:1", "news_uk", "Air/drone strike", "2024-03-12", MELITOPOL, perp="ukrainian_forces"),
        report("s1:1", "state_ru", disrupted, "2024-03-12", MELITOPOL, perp="ukrainian_forces",
               evidence="ПВО уничтожила беспилотники над Мелитополем, обломки упали на нефтебазу."),
        # an arrest at the same place and day is another incident
        report("a1:1", "admin_ru", "Arrests", "2024-03-12", MELITOPOL, perp="state_forces", country="RU"),
    ]
    result = fuse(reports, SOURCES)
    assert len(result.events) == 2
    assert result.links["w1:1"] == result.links["u1:1"] == result.links["s1:1"] != result.links["a1:1"]
    pairs = reframed(result.events, result.framing, reports)
    assert [(p["source"], p["sub_event_type"], p["consensus_sub_event_type"]) for p in pairs] == [
        ("state_ru", disrupted, "Air/drone strike")]


def test_events_100_km_apart_on_one_day_stay_apart() -> None:
    assert distance_km(MELITOPOL.latitude, MELITOPOL.longitude, BERDYANSK.latitude, BERDYANSK.longitude) > 100
    reports = [report("w1:1", "wire_en", IED, "2022-10-09", MELITOPOL),
               report("u1:1", "news_uk", IED, "2022-10-09", BERDYANSK)]
    result = fuse(reports, SOURCES)
    assert len(result.events) == 2
    assert result.links["w1:1"] != result.links["u1:1"]


def test_protest_and_shelling_at_one_place_and_day_stay_apart() -> None:
    reports = [report("w1:1", "wire_en", "Peaceful protest", "2022-10-09", MELITOPOL, perp="protesters"),
               report("s1:1", "state_ru", SHELLING, "2022-10-09", MELITOPOL)]
    assert len(fuse(reports, SOURCES).events) == 2


def test_a_document_reporting_two_events_keeps_two() -> None:
    reports = [
        report("t1:1", "wire_en", IED, "2022-10-09", MELITOPOL, doc="t1"),
        report("t1:2", "wire_en", "Looting/property destruction", "2022-10-09", MELITOPOL, doc="t1"),
        report("u1:1", "news_uk", "Looting/property destruction", "2022-10-09", MELITOPOL),
    ]
    result = fuse(reports, SOURCES)
    assert len(result.events) == 2
    assert result.links["t1:1"] != result.links["t1:2"]
    assert result.links["u1:1"] == result.links["t1:2"]


def test_one_outlet_filing_twice_on_compatible_types_is_two_events() -> None:
    reports = [report("w1:1", "wire_en", IED, "2022-10-09", MELITOPOL),
               report("w2:1", "wire_en", "Attack", "2022-10-09", MELITOPOL)]
    assert len(fuse(reports, SOURCES).events) == 2
    follow_up = [report("w1:1", "wire_en", IED, "2022-10-09", MELITOPOL),
                 report("w2:1", "wire_en", IED, "2022-10-09", MELITOPOL, published="2022-10-10T08:00:00+03:00")]
    assert len(fuse(follow_up, SOURCES).events) == 1


def test_region_only_and_month_precise_reports_join_within_their_region() -> None:
    region = report("s2:1", "state_ru", IED, "2022-10-10", ZAP_REGION)
    month = report("a1:1", "admin_ru", IED, "2022-10-01", MELITOPOL, precision=3)
    elsewhere = report("r3:1", "indie_ru", IED, "2022-10-09", KHE_REGION)
    result = fuse(car_bombing() + [region, month, elsewhere], SOURCES)
    bombing = result.links["w1:1"]
    assert result.links["s2:1"] == bombing and result.links["a1:1"] == bombing
    assert result.links["r3:1"] != bombing
    event = next(e for e in result.events if e.event_id == bombing)
    # Date and place come from the most precise accounts.
    assert (event.event_date, event.time_precision, event.geo_precision) == ("2022-10-09", 1, 1)


def test_dates_two_days_apart_join_only_within_one_news_cycle() -> None:
    late = report("u9:1", "news_uk", IED, "2022-10-11", MELITOPOL, published="2022-10-11T10:00:00+03:00")
    assert fuse(car_bombing() + [late], SOURCES).links["u9:1"] == fuse(car_bombing(), SOURCES).links["w1:1"]
    stale = report("u9:1", "news_uk", IED, "2022-10-11", MELITOPOL, published="2022-10-14T10:00:00+03:00")
    result = fuse([car_bombing()[0], stale], SOURCES)
    assert len(result.events) == 2


def test_event_id_stays_when_a_later_report_joins() -> None:
    first = fuse(car_bombing(), SOURCES)
    # Published two days on, dated the day before the others by mistake.
    late = replace(state_shelling(), event_date="2022-10-08", published_at="2022-10-11T08:00:00+03:00")
    later = fuse(car_bombing() + [late], SOURCES)
    assert len(later.events) == 1 and later.events[0].n_reports == 4
    assert first.events[0].event_id == later.events[0].event_id


def _signature(result: FusionResult) -> tuple:
    return ([e.to_dict() for e in result.events], sorted(result.links.items()),
            [f.to_dict() for f in result.framing])


def _day_of_reports() -> list[Report]:
    """A day of reports over three towns, with a near and a far incident."""
    return car_bombing() + [
        state_shelling(),
        report("w5:1", "wire_en", "Arrests", "2022-10-09", TOKMAK, perp="state_forces", country="RU"),
        report("u5:1", "news_uk", "Abduction/forced disappearance", "2022-10-10", TOKMAK, perp="state_forces",
               country="RU"),
        report("u6:1", "news_uk", "Peaceful protest", "2022-10-08", SKADOVSK, perp="protesters", country=""),
        report("r6:1", "indie_ru", "Peaceful protest", "2022-10-08", KHE_REGION, perp="protesters", country=""),
        report("w7:1", "wire_en", IED, "2022-10-09", BERDYANSK),
    ]


def test_incremental_fusion_equals_fusion_from_scratch() -> None:
    everything = _day_of_reports()
    old, new = everything[:5], everything[5:]
    before = fuse(old, SOURCES)
    after = fuse(old + new, SOURCES)
    scratch = fuse(new + old, SOURCES)
    assert _signature(after) == _signature(scratch)
    # Every event of the first run keeps its id and its reports.
    for event in before.events:
        grown = next(e for e in after.events if e.event_id == event.event_id)
        assert set(event.report_ids) <= set(grown.report_ids)
    assert len(after.events) == 4


def test_output_does_not_depend_on_input_order() -> None:
    reports = _day_of_reports()
    expected = _signature(fuse(reports, SOURCES))
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert _signature(fuse(shuffled, SOURCES)) == expected


def test_coverage_by_outlet_and_ownership() -> None:
    result = fuse(_day_of_reports(), SOURCES)
    cov = coverage(result.events, result.framing, SOURCES)
    assert cov["by_source"]["wire_en"]["events_reported"] == 0.75  # 3 of 4 events
    assert cov["by_source"]["admin_ru"]["events_reported"] == 0.0
    assert cov["by_ownership"]["state"]["sources"] == ["admin_ru", "state_ru"]
    assert cov["by_ownership"]["state"]["events_reported"] == 0.25
    assert cov["by_ownership"]["independent"]["events_reported"] == 1.0
    assert cov["by_ownership"]["state"]["by_perpetrator"] == {"partisans": 0.5, "protesters": 0.0, "state_forces": 0.0}
    assert cov["by_source"]["news_uk"]["by_event_type"]["Protests"] == 1.0


def test_reports_sharing_an_id_are_refused() -> None:
    with pytest.raises(ValueError, match="w1:1"):
        fuse(car_bombing() + [car_bombing()[0]], SOURCES)


def test_reports_without_date_or_place_do_not_break_the_run() -> None:
    odd = [replace(car_bombing()[0], report_id="x1:1", doc_id="x1", event_date=None, published_at=None),
           replace(car_bombing()[0], report_id="x2:1", doc_id="x2", location=None, event_date="not a date")]
    result = fuse(car_bombing() + odd, SOURCES)
    assert set(result.links) == {r.report_id for r in car_bombing() + odd}


PLACES = [MELITOPOL, BERDYANSK, TOKMAK, SKADOVSK, ZAP_REGION, KHE_REGION]
TYPES = [IED, SHELLING, "Attack", "Arrests", "Peaceful protest", "Abduction/forced disappearance"]
report_strategy = st.tuples(
    st.integers(0, 6),  # document
    st.sampled_from(sorted(SOURCES)),
    st.sampled_from(TYPES),
    st.integers(1, 6),  # day of month
    st.integers(0, len(PLACES) - 1),
    st.sampled_from(["partisans", "state_forces", "unknown"]),
    st.integers(0, 3),  # fatalities
)


@settings(max_examples=60, deadline=None)
@given(st.lists(report_strategy, min_size=1, max_size=25), st.randoms(use_true_random=False))
def test_fusion_is_deterministic_and_keeps_its_rules(rows, rng) -> None:
    reports = []
    doc_source: dict[int, str] = {}
    for n, (doc, source, sub, day, place, perp, dead) in enumerate(rows):
        source = doc_source.setdefault(doc, source)  # one outlet per document
        reports.append(report(f"d{doc}:{n}", source, sub, f"2022-10-{day:02d}", PLACES[place], doc=f"d{doc}",
                              perp=perp, fatalities=dead))
    result = fuse(reports, SOURCES)
    shuffled = reports[:]
    rng.shuffle(shuffled)
    assert _signature(fuse(shuffled, SOURCES)) == _signature(result)
    assert set(result.links) == {r.report_id for r in reports}
    by_id = {r.report_id: r for r in reports}
    for event in result.events:
        members = [by_id[i] for i in event.report_ids]
        assert len({r.doc_id for r in members}) == len(members)  # never two reports of one document
        assert len({m.source for m in members}) == event.n_sources
        figures = [m.fatalities for m in members if m.fatalities]
        assert event.fatalities == (min(figures) if figures else 0)
        assert all(result.links[m.report_id] == event.event_id for m in members)
    assert len(result.framing) == len(result.events) * len(SOURCES)


@pytest.mark.slow
def test_text_similarity_from_real_embeddings_supports_the_merge() -> None:
    from sitrep.nlp import embed

    reports = car_bombing() + [state_shelling()] + [
        report("w8:1", "wire_en", "Peaceful protest", "2022-10-09", MELITOPOL, perp="protesters", country="",
               evidence="Hundreds of residents rallied in Melitopol's central square against the occupation."),
    ]
    vectors = embed([r.evidence for r in reports])
    embeddings = {r.report_id: v for r, v in zip(reports, vectors)}
    same_incident = float(np.dot(vectors[0], vectors[2]))  # English and Russian accounts of the bombing
    other_incident = float(np.dot(vectors[0], vectors[4]))
    assert same_incident > other_incident
    result = fuse(reports, SOURCES, embeddings=embeddings)
    assert len(result.events) == 2
    assert len({result.links[r.report_id] for r in reports[:4]}) == 1


def test_an_account_naming_no_perpetrator_is_not_a_reframing() -> None:
    silent = report("a1:1", "admin_ru", IED, "2022-10-09", MELITOPOL, perp="unknown", country="",
                    evidence="В Мелитополе произошёл взрыв автомобиля.")
    result = fuse(car_bombing() + [silent], SOURCES)
    rows = {f.source: f for f in result.framing}
    assert (rows["admin_ru"].reported, rows["admin_ru"].perpetrator, rows["admin_ru"].differs) == (1, "unknown", 0)
    assert result.events[0].disagreement["perpetrator"] == {"partisans": ["indie_ru", "news_uk", "wire_en"],
                                                           "unknown": ["admin_ru"]}


def test_an_account_coded_other_joins_without_counting_as_a_reframing() -> None:
    aside = report("t1:1", "state_ru", "Other", "2022-10-09", MELITOPOL, perp="unknown", country="",
                   evidence="Партизаны продолжают атаки на чиновников в регионе.")
    result = fuse(car_bombing() + [aside], SOURCES)
    assert len(result.events) == 1 and result.events[0].sub_event_type == IED
    rows = {f.source: f for f in result.framing}
    assert (rows["state_ru"].reported, rows["state_ru"].sub_event_type, rows["state_ru"].differs) == (1, "Other", 0)
