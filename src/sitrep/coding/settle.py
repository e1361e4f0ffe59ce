"""Codings that need the event's place: applied once the geocoder has located a report.

1. The territory type: another state's forces "overtake", the place's own
   government "regains" (:mod:`.territory`).
2. The side of a strike the report does not attribute. In the first case's war
   fire that lands in Russia, in Crimea or in a place the report calls occupied
   comes from Ukraine's side, and fire that lands elsewhere in Ukraine from
   Russia's; so does a landmine (not a bomb someone planted: that may be anyone's).
   ACLED codes unattributed cross-border shelling the same way. The report's
   ``notes`` say that its perpetrator was inferred; the outlet comparison
   (``framing.csv``) compares the inferred side like a named one.
3. The state of forces named without one ("військові", "сотрудники
   компетентных органов", "the military"): in Russia, in Crimea or in a place
   the report calls occupied, those who arrest, conscript or shoot on the
   ground are Russia's; fire follows rule 2. Elsewhere the state stays blank:
   in a place the report does not call occupied, either side may hold it.
"""

from __future__ import annotations

import re

from sitrep.model import Place, Report

from .actors import STATE_FORCES, says_who_fired_is_unknown
from .segment import SECTOR_OPENER
from .territory import territory_type
from .weapons import MINE

STRIKES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Disrupted weapons use"})
LANDMINE = "Remote explosive/landmine/IED"
_STATE_NAME = {"UA": "Ukraine", "RU": "Russia"}
# Held by Russia since 2014 (GeoNames admin1 codes of Ukraine).
_HELD_SINCE_2014 = frozenset({"11", "20"})  # Crimea, Sevastopol
_OCCUPIED = re.compile(r"окупован|оккупирован|\boccupied|russian-held|russian-controlled|підконтрольн\w* росі"
                       r"|непідконтрольн|днр|лнр|\bdpr\b|\blpr\b|під контролем (?:рф|росі\w*)"
                       r"|под контролем (?:рф|росси\w*)|under russian control")
# "occupied Melitopol", "в окупованому місті Мелітополь", "Горловка (ДНР)": the place itself called occupied.
_OCCUPIED_BEFORE_PLACE = re.compile(
    r"(?:occupied|окупован\w*|оккупированн\w*|russian-(?:held|controlled)|підконтрольн\w* росії|непідконтрольн\w*)"
    r"\s+(?:(?:the\s+)?(?:town|city|village|settlement)\s+of\s+|(?:місті|місто|селі|село|селищі|смт|городе|город|селе"
    r"|поселке|посёлке|пгт)\s+)?[«\"“]?$")
_OCCUPIED_AFTER_PLACE = re.compile(r"[»\"”]?\s*(?:\(|,\s*)(?:(?:occupied|окупован\w*|оккупированн\w*)\b|(?:днр|лнр|dpr|lpr)\b)")
# "на Покровському напрямку", "the Kupiansk direction", «Восток»: a front's axis or a grouping's name, not a place.
# (one of several named together: "На Бахмутському, Авдіївському та Мар'їнському напрямках")
_AXIS_AFTER = re.compile(r"(?:(?:,\s*|\s+(?:та|і|и|and)\s+)[\w'’ʼ-]+){0,4}\s*(?:directions?|axis|sectors?|напрям\w*"
                         r"|направлени\w*)\b", re.IGNORECASE)
# "освободили населённый пункт …", "в районе …", "поблизу …", "near the village of …": the item names a settlement,
# whether or not the gazetteer knows it.
_SETTLEMENT_NAMED = re.compile(
    r"населённ\w* пункт|населенн?\w* пункт|\bв район[еі]\b|\bу районі\b|\bпоблизу\b|\bбіля\b|\bнеподалік\b"
    r"|\bвблизи\b|\b(?:near|outside|village|town|settlement)\b|\b(?:сел[оаіуе]|селищ\w*|посёлк\w*|поселк\w*|смт|пгт)\b",
    re.IGNORECASE,
)
_PLANTED = re.compile(r"\bied\b|explosive device|car bomb|вибухівк|вибухов\w* пристр|взрывчатк|взрывн\w* устройств|"
                      r"заклали|заложили|planted")


def settle(report: Report, text: str) -> None:
    """Finish ``report`` (located in the document ``text``: place offsets index it) with the codings that need
    its place."""
    place = report.location
    country = place.country if place is not None else ""
    report.sub_event_type = territory_type(report.sub_event_type, report.perpetrator,
                                           report.perpetrator_country, country)
    side = strike_side(report, text)
    if not side and report.perpetrator == "state_forces" and not report.perpetrator_country:
        side = holder_side(report, text)
        if side:
            report.perpetrator_country = side
            # "Police Forces" becomes "Police Forces of Russia"; no named group means the military
            report.actor1 = f"{report.actor1} of {_STATE_NAME[side]}" if report.actor1 else STATE_FORCES[side]
            note = f"state of the forces inferred from who holds {place.name if place else 'the place'}"
            report.notes = f"{report.notes}; {note}" if report.notes else note
        return
    if side:
        report.perpetrator, report.perpetrator_country, report.actor1 = "state_forces", side, STATE_FORCES[side]
        note = f"perpetrator inferred from where the strike landed ({place.name if place else ''}); the report names no one"
        report.notes = f"{report.notes}; {note}" if report.notes else note


def strike_side(report: Report, text: str) -> str:
    """"UA" or "RU" for an unattributed strike in Ukraine or Russia, else "" (also when the report says no one can
    tell who fired)."""
    return _fire_side(report, text) if report.perpetrator == "unknown" and not says_who_fired_is_unknown(text) \
        else ""


def _fire_side(report: Report, text: str) -> str:
    """The side a strike (or a landmine) in Ukraine or Russia came from, whoever the report names; else ""."""
    place = report.location
    if place is None or place.country not in ("UA", "RU"):
        return ""
    lowered = text.lower()
    if report.sub_event_type == LANDMINE:
        if not MINE.search(lowered) or _PLANTED.search(lowered):
            return ""
    elif report.sub_event_type not in STRIKES:
        return ""
    if place.country == "RU" or place.admin1_code in _HELD_SINCE_2014 or _called_occupied(lowered, place):
        return "UA"
    return "RU"


def holder_side(report: Report, text: str) -> str:
    """"RU" for state forces of no named state acting on the ground in Russia, Crimea or a place the text calls
    occupied; for their fire, the side it came from (as :func:`strike_side`); else ""."""
    place = report.location
    if place is None or place.country not in ("UA", "RU"):
        return ""
    if report.sub_event_type in STRIKES or report.sub_event_type == LANDMINE:
        return _fire_side(report, text)
    if place.country == "RU" or place.admin1_code in _HELD_SINCE_2014 or _OCCUPIED.search(text.lower()):
        return "RU"
    return ""


def _called_occupied(lowered: str, place: Place) -> bool:
    """Whether the (lower-cased) text calls the place itself occupied ("в окупованому Мелітополі", "Горловка
    (ДНР)"): "fired from the occupied left bank at Nikopol" says where the fire came from, not where it landed.
    A place named only in the title has no offsets: then any "occupied" in the text counts."""
    if place.start < 0:
        return bool(_OCCUPIED.search(lowered))
    return bool(_OCCUPIED_BEFORE_PLACE.search(lowered, max(0, place.start - 40), place.start)
                or _OCCUPIED_AFTER_PLACE.match(lowered, place.end))


def names_a_front_settlement(sentence: str) -> bool:
    """Whether ``sentence`` opens a military summary's sector item and names the settlement fought over ("На
    Лиманському напрямку противник … в районі Серебрянки")."""
    return SECTOR_OPENER.match(sentence) is not None and _SETTLEMENT_NAMED.search(sentence) is not None


def is_unplaced_front_item(report: Report, text: str) -> bool:
    """Whether ``report`` is a military summary's front-sector item that names no settlement ("На Покровському
    напрямку агресор здійснив 39 штурмових дій", "Подразделения группировки войск «Центр» отразили восемь
    контратак"): a tally of a sector's fighting, not an event with a place of its own."""
    if not SECTOR_OPENER.match(report.evidence) or _SETTLEMENT_NAMED.search(report.evidence):
        return False
    place = report.location
    if place is None or place.feature != "city":
        return True
    if place.start < 0:
        return False
    return bool(_AXIS_AFTER.match(text, place.end)) or text[place.start - 1:place.start] in ("«", '"', "“")


def one_report_per_event(reports: list[Report]) -> list[Report]:
    """A document's ``reports`` (main account first) less those that repeat an earlier one's event: the same
    sub-event type, day, settlement and doer make one ACLED event, told twice in one document (a think tank's key
    takeaway and its paragraph, a lead and the recap that closes the story). The account kept keeps its own toll;
    only where it gives none does the other's count (a summary's line that names no casualties)."""
    kept: list[Report] = []
    for report in reports:
        twin = next((k for k in kept if _one_event(k, report)), None)
        if twin is None:
            kept.append(report)
        elif not twin.fatalities and not twin.injuries:
            twin.fatalities, twin.injuries = report.fatalities, report.injuries
    return kept


def _one_event(a: Report, b: Report) -> bool:
    # a region or a week is no settlement and no day: two strikes "in Sumy Oblast" may be two villages' strikes
    return (a.sub_event_type == b.sub_event_type and a.event_date == b.event_date
            and a.time_precision == b.time_precision == 1
            and a.perpetrator == b.perpetrator and a.perpetrator_country == b.perpetrator_country
            and a.location is not None and b.location is not None
            and a.location.feature == b.location.feature == "city"
            and a.location.geonameid is not None and a.location.geonameid == b.location.geonameid)
