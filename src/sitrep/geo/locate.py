"""Choosing each report's own location among the places its document names.

The event happened where the evidence sentence says, not where a statement
about it was made ("said in Moscow", "у Києві заявили"), where an official
comes from, or a capital named for its government ("Kyiv and Moscow trade
blame"). Preference, best first: a city in the evidence sentence (not
one in an institution's title, "управление ФСБ по Крыму и Севастополю", nor
a city district: "в Приморському районі Маріуполя" is Mariupol); a city
in the title or the sentences around the evidence that lies in a region the
evidence names; a city in the title; a city in the nearest sentence; a
region (its centroid, geo_precision 3); a country. When a document reports
several events, places inside another report's evidence (and title places
naming them) are that report's, and left out of this one's choice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Document, Place, Report

from .parser import distance_km, geoparse, guess_language, is_area_name

_STATEMENT_BEFORE_RE = re.compile(
    r"(?:\b(?:said|says|told|stated|announced|claimed|declared|wrote|speaking|briefing|news conference|press conference"
    r"|summit|talks|meeting|visit(?:ing)?|reporters|journalists)(?:\s+(?!that\b|which\b|as\b)[\w'’]+){0,3}?\s+(?:in|from|at)\s+(?:the\s+)?"
    r"|\b(?:officials?|authorities|governor|mayor|minister|ministry|spokes\w+|envoy|ambassador|delegation|representative"
    r"|diplomats?|correspondent|native)\s+(?:of|from|in|to)\s+(?:the\s+)?"
    r"|(?<!\w)(?:заяви\w*|повідоми\w*|сказа\w*|сообщи\w*|рассказа\w*|розпові\w*|зазнач\w*|отмети\w*|наголоси\w*|подчеркну\w*)"
    r"(?:\s+(?!що\b|что\b|як\b|как\b)[\w'’]+){0,3}?\s+(?:у|в|во|із|из|з)\s+"
    r"|(?<!\w)(?:губернатор\w*|мер\w?|мэр\w*|посол\w*|посл\w+|міністр\w*|министр\w*|речни\w+|представни\w+)\s+)$"
)
_STATEMENT_AFTER_RE = re.compile(
    r"^(?:[-‐]based|['’]s\s+(?:governor|mayor|officials?|authorities|administration|spokes\w+)"
    # "Москва заявила", "Kyiv said"; not "уразили нафтобазу в селищі X, повідомили джерела": a comma ends the clause
    # the place belongs to, and the speakers follow it.
    r"|\s+(?:заяви\w*|повідоми\w*|сообщи\w*|сказа\w*|наголоси\w*|рассказа\w*|розпові\w*|said|says|announced|told"
    # "with Moscow reporting a civilian killed and Kyiv saying its troops had repelled …"
    r"|saying|reporting|claiming|announcing|accusing|insisting|denying|blaming)\b)",
    re.IGNORECASE,
)


def _is_statement_place(text: str, place: Place) -> bool:
    from sitrep.nlp.datelines import is_dateline_city  # here for the reason given in _evidence_span

    before = text[max(0, place.start - 60):place.start].lower()
    after = text[place.end:place.end + 40]
    if place.start >= 0 and is_dateline_city(text, place.start, place.end):
        return True
    return bool(_STATEMENT_BEFORE_RE.search(before) or _STATEMENT_AFTER_RE.match(after))


# "в Приморському районі Маріуполя": a district, named like a village, of the city that follows.
_DISTRICT_WORD = r"(?:район\w*|district|raion|hromada|громад\w*|округ\w*|мікрорайон\w*|микрорайон\w*|направлени\w*|напрям\w*)\b"
_DISTRICT_AFTER_RE = re.compile(r"^\s+" + _DISTRICT_WORD, re.IGNORECASE)
_DISTRICT_WORD_RE = re.compile(r"\s" + _DISTRICT_WORD, re.IGNORECASE)
# "Обстрілів зазнали Глухівська, Середино-Будська, Білопільська та Хотінська громади": each adjective of a list that
# ends in a district word names a district too.
_DISTRICT_ADJECTIVE_RE = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк)(?:а|ий|ій|ої|у|ому|ого|им|ая|ой|ую|ое|ом)$",
                                    re.IGNORECASE)
_DISTRICT_LIST_AFTER_RE = re.compile(r"(?:(?:,\s*|\s+(?:та|і|й|и|and)\s+)[\w'’ʼ-]+){1,8}\s+(?:район\w*|громад\w*"
                                     r"|округ\w*|districts|raions|hromadas)\b", re.IGNORECASE)
# "управление ФСБ по Республике Крым и Севастополю": a city that names an institution's remit.
_INSTITUTION_BEFORE_RE = re.compile(
    # ("a police officer in the village of …" names no office)
    r"(?:(?:управлени|управлінн|уфсб|фсб|мвд|умвд|гувд|сбу|прокуратур|департамент|комитет|комітет|служб)\w*"
    r"|\b(?:directorates?|departments?|offices?))\s[^.;]{0,40}?(?:\bпо|\bfor|\bof)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:и|і|та|and)\s+)?$",
    re.IGNORECASE)

# Where the fire came from: "прилетел со стороны Днепра", "со стороны Марьинки и Красногоровки", "fired from the
# direction of Vasylivka".
_ORIGIN_BEFORE_RE = re.compile(r"(?:\bfrom the direction of|(?<!\w)(?:со стороны|с направления|з боку|з напрямку"
                               r"|з напрямку від))\s+(?:[\w'’-]+(?:,\s*|\s+(?:и|і|та|й|and|or|или|або)\s+)){0,3}$",
                               re.IGNORECASE)
_SETTLEMENT_BEFORE_RE = re.compile(r"\b(?:town|city|village|settlement) of\s+$|(?<!\w)(?:місті|місто|селі|село|селищі"
                                   r"|городе|город|селе|поселке|посёлке)\s+$", re.IGNORECASE)
# "a terrorist act of the Kyiv regime", "київська влада", "Kyiv-controlled", "в подконтрольном Киеву Горняке": a
# capital that names a government.
_GOVERNMENT_AFTER_RE = re.compile(r"^(?:\s*(?:regime|government|authorities|режим\w*|власт\w*|влад\w*)\b"
                                  r"|-(?:controlled|held|backed|installed|appointed)\b)", re.IGNORECASE)
_GOVERNMENT_BEFORE_RE = re.compile(r"(?:(?<!\w)(?:подконтрольн|підконтрольн|лояльн)\w*|\b(?:controlled by|loyal to))\s+$",
                                   re.IGNORECASE)
# "the Donetsk regional prosecutor's office", "Донецької обласної прокуратури": the region's name, not its capital.
_REGIONAL_AFTER_RE = re.compile(r"^\s*(?:regional|region's|oblast|обласн\w*|областн\w*)\b", re.IGNORECASE)


# "toward the Orikhiv direction", "на Покровському напрямку": a front's axis, not where the event was.
_AXIS_AFTER_RE = re.compile(r"^(?:(?:,\s*|\s+(?:та|і|и|and)\s+)[\w'’ʼ-]+){0,4}\s*(?:directions?|axis|sectors?|напрям\w*"
                            r"|направлени\w*)\b", re.IGNORECASE)
# "taken to hospital in Henichesk", "його вивезли до Генічеська": where the wounded went, not where they were hurt.
_DESTINATION_BEFORE_RE = re.compile(
    # (or to a place there: "вивезли до комендатури в Мелітополі", "taken to the commandant's office in Melitopol")
    r"(?:\btowards?|\b(?:taken|brought|rushed|evacuated|airlifted|transferred|moved|driven) to"
    r"(?: (?:a |the )?(?:[\w'’-]+ ){0,3}?in)?"
    r"|(?:вивез|доправ|відвез|доставл|доставил|вывез|отвез|перевез|увез|повез|завез|госпіталізув|госпіталізов"
    r"|госпитализир|госпитализов"
    r"|відправ|отправ"
    # those carried off again and again: "возили «контрактников» на сборный пункт в Воронеж", "возять до Києва"
    r"|вози|возя|возят|возил"
    # what is handed on to the capital: "обіцяє передати звернення до Києва"
    r"|переда|передат)\w*"
    # ("увезли на скорой в Курск", "возили «контрактников» на сборный пункт в Воронеж")
    # (the words between are no other place's preposition: "вивезли до Запоріжжя після вибуху в Мелітополі")
    r"\s+(?:(?!(?:до|в|у|во|після|после)\s)[«\"“]?\w+[»\"”]?\s+){0,4}"
    r"(?:до|в|у|во)(?:\s+[\w'’-]+){0,2}?(?:\s+(?:в|у|во))?"
    # the hospital a victim died or is treated in: "В больнице Харькова скончалась", "died in a hospital in Dnipro"
    r"|(?<!\w)(?:в|у|во)\s+(?:[\w'’-]+\s+)?(?:больниц|лікарн|госпитал|госпітал|шпитал|клиник|клінік|морг)\w*"
    r"(?:\s+(?:в|у|во|міста|города))?"
    r"|\b(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+)?(?:hospital|clinic|morgue)(?:\s+in)?)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# A road named by its ends ("on the Sumy–Bilopillia highway near the village of Richky", "на трасі Суми —
# Білопілля") runs between them: neither is where the event was.
# So does a railway's stretch: "на перегоні Джанкой — Сімферополь біля села Красна Зорька", "the Dzhankoi–Simferopol
# line", "на участке Лиски — Поворино".
_ROAD = (r"(?:highway|road|motorway|route|трас\w*|шосе|доро[гз]\w*|автодоро[гз]\w*"
         r"|(?:rail(?:way)? )?line|railway|перегон\w*|ділянц\w*|ділянк\w*|участ(?:ок|ке|ка)|лінія|лінії|лінію"
         r"|линия|линии|линию)")
_ROAD_END_AFTER_RE = re.compile(r"^\s*[–—-]\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+" + _ROAD, re.IGNORECASE)
_ROAD_BEFORE_RE = re.compile(_ROAD + r"\s+(?:[\w'’-]+\s*[–—-]\s*)?$", re.IGNORECASE)
_DASH_BEFORE_RE = re.compile(r"[\w'’-]+\s*[–—-]\s*$")
_ROAD_AFTER_RE = re.compile(r"^\s+" + _ROAD, re.IGNORECASE)
# "about 13 kilometres east of Bilopillia", "за 20 км на південний схід від Ізюма": the town a distance is measured
# from; where the event was is named beside it, if anywhere.
_DISTANCE_FROM_BEFORE_RE = re.compile(
    r"\b(?:km|kilomet(?:er|re)s?|miles?|км|кілометр\w*|километр\w*)\s+(?:[\w-]+\s+){0,3}?(?:of|from|від|от)\s+$"
    # ... or only its bearing: "west of Kharkiv", "на захід від Харкова", "к западу от Харькова", "західніше Харкова"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$"
    r"|(?:на\s+)?(?:північ\w*|півден\w*|схід\w*|захід\w*)(?:[\s-]+(?:схід|захід)\w*)?\s+від\s+$"
    r"|(?:к\s+)?(?:север\w*|юг\w*|восток\w*|запад\w*)(?:[\s-]+(?:восток|запад)\w*)?\s+от\s+$"
    r"|(?:північніше|південніше|східніше|західніше|севернее|южнее|восточнее|западнее)\s+$",
    re.IGNORECASE)
# "Dnipro's Ihren neighborhood": the city names where its part lies.
_POSSESSIVE_AFTER_RE = re.compile(r"^['’]s\s+(?=[A-Z])")
# "в районе села Терновка", "у селі", "the village of": a settlement named as the spot, within a city's area told
# before it ("атаковали … объект энергетики в Севастополе … попал в подстанцию в районе села Терновка").
_SPOT_BEFORE_RE = re.compile(
    r"(?:\b(?:town|village|settlement) of|\bin the area of|(?<!\w)(?:в|у) район[еі](?:\s+(?:сел\w*|селищ\w*|поселк\w*"
    r"|посёлк\w*))?|(?<!\w)(?:сел[оаіеу]|селищ[еіау]|поселк[еау]|посёлк[еау]|смт))\s+$", re.IGNORECASE)
# A city this large named first, and a smaller settlement of its region this near named as the spot, is the
# settlement's event.
_SPOT_CITY_MIN_POPULATION = 100_000
_SPOT_KM = 40.0
# "Вибухи в передмісті Запоріжжя", "in Zelenivka, a suburb of Kherson": the city a suburb belongs to; the suburb
# itself, when the evidence names it, is where the event was. (A city's outskirts, "на околиці Бердянська", are the
# city's own.)
_SUBURB_OF_BEFORE_RE = re.compile(
    r"(?:\bsuburbs?\s+of\s+(?:the\s+)?|(?<!\w)(?:передміст|пригород)\w*\s+)(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


# "Kyiv and Moscow trade blame", "Москва и Вашингтон договорились": two capitals of two countries named together are
# their governments, not where anything happened.
_PAIR_JOINER_RE = re.compile(r"^\s*(?:and|&|і|й|та|и|,)\s*$", re.IGNORECASE)
_WORLD_CITY = 1_000_000


_VILLAGE_AFTER_CHARS = 300  # how soon after a lead that names only a district its village may be named
_AREA_HEADING_RATIO = 10  # how much bigger than the village a heading's city must be to name its area


def _governments(text: str, places: list[Place]) -> set[int]:
    """ids of the big cities named in pairs with another country's big city ("Kyiv and Moscow")."""
    big = sorted((p for p in places if p.feature == "city" and p.population >= _WORLD_CITY and p.start >= 0),
                 key=lambda p: p.start)
    found: set[int] = set()
    for first, second in zip(big, big[1:]):
        if first.country != second.country and _PAIR_JOINER_RE.match(text[first.end:second.start]):
            found |= {id(first), id(second)}
    return found


def _before_and_after(text: str, place: Place) -> tuple[str, str]:
    return text[max(0, place.start - 80):place.start], text[place.end:place.end + 40]


# A place the outlet names only to correct it: "Спершу ми повідомили, що підпал стався в Бахчисараї", "An earlier
# version of this story said the strike hit Borova", "(Corrects location to near Kyrykivka from near Velyka
# Pysarivka)".
_CORRECTED_BEFORE_RE = re.compile(
    r"(?:\bearlier version|\b(?:initially|first|originally|erroneously|mistakenly) (?:reported|said|stated)"
    r"|(?<!\w)(?:спершу|спочатку|раніше) (?:ми )?(?:помилково )?(?:повідом|писал|вказ)\w*|(?<!\w)помилково"
    r"|(?<!\w)(?:сначала|ранее|изначально) (?:мы )?(?:ошибочно )?(?:сообщ|писал|указ)\w*|(?<!\w)ошибочно"
    r"|в первой версии)[^.!?]*$"
    r"|\bcorrects?\b[^.!?]*\bfrom\s+(?:near\s+)?(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _demoted(text: str, place: Place) -> bool:
    """Whether a city is named as an area around it or as another place than the event's, rather than as where
    something happened."""
    return _as_area(text, place) or _elsewhere(text, place)


def _as_area(text: str, place: Place) -> bool:
    """Whether a city is named for an area around it: a district (or its area, "на Скадовщині"), a front's axis."""
    after = text[place.end:place.end + 40]
    in_district_list = _DISTRICT_ADJECTIVE_RE.search(place.text) is not None \
        and _DISTRICT_LIST_AFTER_RE.match(text, place.end, place.end + 160) is not None
    return bool(_DISTRICT_WORD_RE.search(place.text) or is_area_name(place) or in_district_list
                or _DISTRICT_AFTER_RE.match(after[:20]) or _AXIS_AFTER_RE.match(after))


def _elsewhere(text: str, place: Place) -> bool:
    """Whether a city is named as a government, a region, an institution's remit, where the fire came from, where
    the wounded or detained were taken or where an earlier version wrongly placed the event: not where it happened,
    nor near it."""
    before, after = _before_and_after(text, place)
    # ("outside a military enlistment office in the town of Alekseyevka": the town, named as a town)
    institution = _INSTITUTION_BEFORE_RE.search(before) and not _SETTLEMENT_BEFORE_RE.search(before)
    return bool(_GOVERNMENT_AFTER_RE.match(after[:20]) or _REGIONAL_AFTER_RE.match(after[:20])
                or institution or _GOVERNMENT_BEFORE_RE.search(before) or _ORIGIN_BEFORE_RE.search(before)
                or _DESTINATION_BEFORE_RE.search(before) or _CORRECTED_BEFORE_RE.search(before))


def _event_city_order(text: str, cities: list[Place]) -> list[Place]:
    """Cities of the evidence in text order; those named in an institution's title, as a government or a region, as
    a district, as a front's axis or as where the wounded were taken, last. A road's end or the town a distance is
    measured from goes after a place named beside it in its own region (ACLED places an event told only by its
    distance at the town), and so does the city a named suburb belongs to."""
    def a_landmark(place: Place) -> bool:
        before, after = _before_and_after(text, place)
        return bool(_ROAD_END_AFTER_RE.match(after) or _ROAD_BEFORE_RE.search(before)
                    or _POSSESSIVE_AFTER_RE.match(after) or _DASH_BEFORE_RE.search(before) and _ROAD_AFTER_RE.match(after)
                    or _DISTANCE_FROM_BEFORE_RE.search(before) or _SUBURB_OF_BEFORE_RE.search(before))

    last = {id(p) for p in cities if _demoted(text, p)}
    landmarks = {id(p) for p in cities if a_landmark(p)}
    regions = {(p.country, p.admin1_code) for p in cities if id(p) not in landmarks | last}
    return sorted(cities, key=lambda p: (id(p) in last, id(p) in landmarks and (p.country, p.admin1_code) in regions))


def _spot_in_city(text: str, cities: list[Place]) -> Place | None:
    """A settlement named as the spot after a large city of its region, close to it: "атаковали беспилотниками
    объект энергетики в Севастополе … попал в подстанцию в районе села Терновка" is Ternivka's."""
    first = cities[0]
    if first.population < _SPOT_CITY_MIN_POPULATION or first.latitude is None:
        return None
    for place in cities[1:]:
        if place.start > first.start and place.population < first.population \
                and (place.country, place.admin1_code) == (first.country, first.admin1_code) \
                and place.latitude is not None and _SPOT_BEFORE_RE.search(text, max(0, place.start - 30), place.start) \
                and not _demoted(text, place) \
                and distance_km(first.latitude, first.longitude, place.latitude, place.longitude) <= _SPOT_KM:
            return place
    return None


def _evidence_span(doc: Document, report: Report) -> tuple[int, int]:
    # Imported here: sitrep.nlp's package import brings in the embedding and
    # language models, which geoparse alone never needs.
    from sitrep.nlp.sentences import is_heading, split_sentences

    sentences = split_sentences(doc.text)
    if report.evidence_start >= 0 and report.evidence_end > report.evidence_start:
        covering = [s for s in sentences if s.end > report.evidence_start and s.start < report.evidence_end]
        if covering:
            first = sentences.index(covering[0])
            if first > 0 and is_heading(doc.text, sentences[first - 1].start, sentences[first - 1].end):
                first -= 1  # "2. Таврійське. По обіді FPV-дрон атакував легковик": a digest item's place heads it
            return sentences[first].start, covering[-1].end
        return report.evidence_start, report.evidence_end
    if sentences:  # no evidence: the lead stands for it
        return sentences[0].start, sentences[0].end
    return 0, len(doc.text)


def _inside(place: Place, spans: list[tuple[int, int]]) -> bool:
    return any(place.start < end and place.end > start for start, end in spans)


def _choose(doc: Document, report: Report, places: list[Place], title_places: list[Place],
            other_spans: list[tuple[int, int]]) -> Place | None:
    start, end = _evidence_span(doc, report)
    # A place in another report's evidence is that event's place, not this
    # one's; so is a title city that names it (a title leads with one event).
    # Title regions stay available to every report.
    own = [(start, end)]
    taken = {p.geonameid for p in places
             if p.feature == "city" and _inside(p, other_spans) and not _inside(p, own)}
    places = [p for p in places if _inside(p, own) or not _inside(p, other_spans)]
    title_places = [p for p in title_places if p.geonameid not in taken]
    governments = _governments(doc.text, places) | _governments(doc.title, title_places)
    event_places = [p for p in places if not _is_statement_place(doc.text, p) and id(p) not in governments]
    title_event = [p for p in title_places if not _is_statement_place(doc.title, p) and id(p) not in governments]
    in_evidence = [p for p in event_places if p.start < end and p.end > start]
    cities = _event_city_order(doc.text, [p for p in in_evidence if p.feature == "city"])
    # A digest item headed by a city's name ("2) Горловка.") that names a village of the city's area as where it
    # happened ("… ударили «Градом» по Озеряновке") is the village's. (A heading that names the village itself,
    # "2. Таврійське. … FPV-дрон атакував легковик неподалік Оріхова", is the item's place.)
    told = [p for p in cities if p.start >= report.evidence_start and p.geo_precision == 1
            and (p.country, p.admin1_code) == (cities[0].country, cities[0].admin1_code)]
    if told and cities[0] not in told and not _demoted(doc.text, told[0]) \
            and told[0].population * _AREA_HEADING_RATIO <= cities[0].population:
        return told[0]
    # (a district's or an axis's namesake town only after every town named as a place)
    nearby = sorted((p for p in event_places if p.feature == "city"),
                    key=lambda p: (_demoted(doc.text, p), min(abs(p.start - start), abs(p.end - end))))
    if cities:
        title_cities = [p for p in title_event if p.feature == "city"]
        if _elsewhere(doc.text, cities[0]) and title_cities:
            # The evidence names towns only as other places (where the wounded were taken, a government): the
            # headline's town is where it happened ("Ворошнево: дрон прилетел прямо в дом … Хозяев увезли на
            # скорой в Курск"). (A district's centre is near it.)
            return title_cities[0]
        if all(_as_area(doc.text, p) for p in cities):
            # A lead that names only the district ("Рух опору заявив про дві акції на окупованій Скадовщині") is
            # told at the district's village named right after it, if any.
            region = (cities[0].country, cities[0].admin1_code)
            village = next((p for p in nearby if p.start >= end and p.start - end <= _VILLAGE_AFTER_CHARS
                            and (p.country, p.admin1_code) == region and not _demoted(doc.text, p)), None)
            if village is not None:
                return village
        return _spot_in_city(doc.text, cities) or cities[0]
    evidence_regions = [p for p in in_evidence if p.feature == "region"]
    if evidence_regions:
        wanted = {(r.country, r.admin1_code) for r in evidence_regions}
        for candidate in [p for p in title_event if p.feature == "city"] + nearby:
            if (candidate.country, candidate.admin1_code) in wanted:
                return candidate
        return evidence_regions[0]
    title_cities = [p for p in title_event if p.feature == "city"]
    if title_cities:
        return title_cities[0]
    if nearby:
        return nearby[0]
    statement_cities = [p for p in places if p.feature == "city" and p.start < end and p.end > start]
    if statement_cities:
        return statement_cities[0]
    for feature in ("region", "country"):
        for pool in (in_evidence, title_event, event_places):
            found = [p for p in pool if p.feature == feature]
            if found:
                return found[0]
    return None


def locate(doc: Document, reports: list[Report]) -> None:
    """Set ``report.location`` of each report to the event's own place (or leave None)."""
    if not reports:
        return
    language = doc.language or guess_language(doc.text)
    # One parse of title and body together, so that each resolves in the other's context.
    offset = len(doc.title) + 1 if doc.title else 0
    everything = geoparse(doc.full_text, language)
    places = [replace(p, start=p.start - offset, end=p.end - offset) for p in everything if p.start >= offset]
    # Title places keep their title offsets for the statement test, then lose them.
    title_with_offsets = [p for p in everything if p.start < offset]
    title_places = [replace(p, start=-1, end=-1) for p in title_with_offsets]
    spans = {id(report): _evidence_span(doc, report) for report in reports if report.evidence_end > report.evidence_start >= 0}
    for report in reports:
        other_spans = [span for key, span in spans.items() if key != id(report)]
        chosen = _choose(doc, report, places, title_with_offsets, other_spans)
        if chosen is None:
            report.location = None
            continue
        if chosen in title_with_offsets:
            chosen = title_places[title_with_offsets.index(chosen)]
        report.location = replace(chosen)
