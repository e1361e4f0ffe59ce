"""Finding place names in text and resolving each to one gazetteer entry.

Finding: capitalised words and short n-grams of them (plus region kind words
such as "oblast"/"область") are looked up under their name key; Cyrillic
words are looked up under each nominative they may be an inflection of. The
longest n-gram that names a place wins. Stoplist words, organisation names
("Kyiv Independent"), person names and sentence-initial common words are not
taken for places. A district or hromada adjective ("Мелітопольському районі",
"Melitopolskyi district") names the district's centre, near it (geo_precision
2); adjectives sharing one kind word ("Херсонської та Запорізької областей",
"у Мелітопольському та Василівському районах") are each read with it.

Resolving: each candidate entry is scored on population, feature type, how
directly the text names it, the text's language and what else the document
mentions (its countries, its regions, nearby places); a place bearing the
name as its own beats one that only once bore it. Two passes: the first
resolves every mention on its own, the second re-scores with the other
mentions' first-pass picks as context.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.model import Place

from .gazetteer import CITY, COUNTRY, REGION, Gazetteer, stoplist
from .morphology import (
    district_centre_names, has_common_reading, is_adjective, is_common_word, is_person_name, nominative_forms,
    reinflected_forms,
)
from .names import is_cyrillic, name_key, russian_adjectives, russian_originals, transliterate_uk

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_JOINERS = {" ", "-", "‑", "‐"}
_MAX_WORDS = 4
_MAX_FORMS = 8
_MAX_COMBINATIONS = 64

# Lower-case words that may continue a place name: region kind words and the
# particles of compound names (Rostov-na-Donu, Stratford-upon-Avon).
_KIND_WORDS = frozenset({
    "oblast", "region", "province", "krai", "governorate", "state", "district", "prefecture", "county",
    "область", "обл", "край", "республіка", "республика",
})
_KIND_PREFIXES = ("облас", "обл", "кра", "республ")
# English plural kind words, which end a list of regions: "the Kherson and Zaporizhzhia oblasts".
_PLURAL_KIND_WORDS = {"oblasts": "oblast", "regions": "region", "provinces": "province", "governorates": "governorate"}
# The words before a region that share its kind word: "Херсонської та [Запорізької областей]".
_COORDINATED_BEFORE_RE = re.compile(r"([^\W\d_][\w'’]*)(?:\s*,\s*|\s+(?:и|і|та|й|and|&)\s+)$")
_PARTICLES = frozenset({"na", "nad", "on", "upon", "de", "del", "la", "le", "am", "an", "im", "sur", "en", "на", "над", "el", "al"})
# A capitalised word after a place name that makes the pair an organisation.
_ORGANISATION_WORDS = frozenset({
    "independent", "post", "times", "journal", "university", "institute", "airport", "station",
    "street", "avenue", "square", "stadium", "fc", "club", "dynamo", "shakhtar", "herald", "tribune",
    "news", "express", "telegraph", "standard", "daily", "today", "academy", "hotel", "bank",
})
# "Головного управління розвідки", "Південного оперативного командування", "Центрального штаба": an adjective that
# names a body (its kind word after it in lower case), not the village of that name (Головне, Південне).
_BODY_AFTER_RE = re.compile(
    r"\s+(?:[а-яіїєґё'’]+(?:ого|ої|ой|ом|ому|ий|ый|ая|а|е|ое)\s+){0,2}(?:управлін|управлен|командуван|командован"
    r"|штаб|комітет|комитет|департамент|міністерств|министерств|служб|директорат|directorate|command)")
# "near X" / "outside X" / "під X" / "под X": the event is near the place (geo_precision 2).
_NEAR_RE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?: of)?|\bclose to|\bnot far from|\b(?:on )?the outskirts of|\boutskirts of"
    r"|\bin the vicinity of|\baround|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?(?: of)?"
    r"|\b(?:km|kilomet(?:re|er)s?|miles?)(?: \w+)? (?:of|from)"
    r"|(?<!\w)(?:під|біля|поблизу|неподалік(?: від)?|поруч(?: з| із)?|на околиці|на околицях|в околицях|околиць"
    r"|в районі|у районі|под|около|возле|вблизи|недалеко от|неподалеку от|неподалёку от|рядом с|на окраине"
    r"|в окрестностях|в районе))"
    r"\s+(?:the\s+)?(?:(?:city|town|village) of\s+|(?:міста|села|селища|смт|м\.|с\.|города|поселка|посёлка|пгт|г\.)\s+)?$"
)
_DISTRICT_NAMED_RE = re.compile(r"\b(?:район\w*|округ\w*|district|raion|громад\w*)\b", re.IGNORECASE)
_QUALIFIER_GAP_RE = re.compile(r"\s*(?:,|\(|,? in(?: the)?|,? of(?: the)?|,? в|,? у|,? во|,? на)?\s*", re.IGNORECASE)
# Country names that stand for an institution, not a location: "ФСБ России", "Міноборони України".
_INSTITUTION_BEFORE_RE = re.compile(
    r"(?:\b[A-ZА-ЯІЇЄҐ]{2,}|(?<!\w)(?:минобороны|міноборони|мвд|мид|мзс|президент\w*|глава|уряд\w*|правительств\w*"
    r"|генштаб\w*|армі\w+|арми\w+|посол\w*|посл\w+))\s+$"
)
# People named by an adjective: "мирный житель", "мирні мешканці".
_PEOPLE_AFTER_RE = re.compile(r"\s+(?:жител\w*|мешкан\w*|населени\w*|населенн\w*|громадян\w*|граждан\w*)\b")
_FORMATION_BEFORE_RE = re.compile(
    r"(?:группировк\w*|угруповання\w*|угрупуванн\w*|(?:force )?grouping|group of forces)\s+(?:войск\s+|військ\s+)?[«\"“']?$",
    re.IGNORECASE)
# "вантажівки «Урал»", "автомобиль «Нива»", "крейсер «Москва»", "an Ural truck": a vehicle's or a ship's make or
# name, not the town it is named like.
_VEHICLE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:вантажів\w*|грузовик\w*|автомоб\w*|машин\w*|позашляховик\w*|внедорожник\w*|тягач\w*|бронетранспорт\w*"
    r"|корабл\w*|корабель|крейсер\w*|фрегат\w*|корвет\w*|катер\w*|судн\w*|судов\w*|танкер\w*|сухогруз\w*|теплоход\w*"
    r"|підводн\w+ човн\w*|подводн\w+ лодк\w*|БДК|СКР|МРК|trucks?|vehicles?|cruiser|frigate|corvette|ship|vessel|tanker"
    r"|landing ship|submarine)\s+[«\"“]$", re.IGNORECASE)
_VEHICLE_AFTER_RE = re.compile(r"\s+(?:trucks?|lorr(?:y|ies)|vehicles?|jeeps?|SUVs?|cars?)\b")
# Quotation marks around a name: a car's, a firm's or an operation's, not a place's ("влетел в «Ниву»"), unless
# it names an airfield, a station or a border crossing after its place ("аеродром «Сеща»", "пункт пропуску «Нові
# Яриловичі»").
_OPENING_QUOTES = frozenset("«“„\"")
_CLOSING_QUOTES = frozenset("»”“\"")
_NAMED_FOR_ITS_PLACE_BEFORE_RE = re.compile(
    r"(?:аеродром\w*|аэродром\w*|авіабаз\w*|авиабаз\w*|airfield|air ?base|станці\w*|станци\w*|station|полігон\w*"
    r"|полигон\w*|пункт\w* пропуск\w*|кпп|checkpoint|crossing(?: point)?|порт\w*|port)\s*$", re.IGNORECASE)
# "на вулиці Садовій", "на улице Полевой", "on Sadova Street": a street named like a village.
_STREET_BEFORE_RE = re.compile(
    r"(?<!\w)(?:вулиц\w*|вул\.|улиц\w*|ул\.|проспект\w*|просп\.|провулк\w*|провулок|переулк\w*|переулок"
    r"|бульвар\w*|набережн\w*)\s+[«\"“']?$", re.IGNORECASE)
_FEMININE_ADJECTIVE_RE = re.compile(r"(?:ой|ій|ую|ою)$")
_STREET_AFTER_RE = re.compile(r"\s+(?:street|avenue|lane|boulevard)\b", re.IGNORECASE)
_INFLECTED_ACRONYM_RE = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,}[a-zа-яёіїєґ]{1,3}")
# A name's other spellings set off before its kind word: "Zaporizhia (Ukrainian: Zaporizhzhia) Oblast".
_ASIDE_THEN_KIND_RE = re.compile(r"\s*\([^()]{1,60}\)\s+(oblast|region|krai|province)\b", re.IGNORECASE)
_DISTRICT_AFTER_RE = re.compile(r"^\s+(?:district|raion|rayon|hromada|area|outskirts)\b")
_DISTRICT_CENTRE_MIN_POPULATION = 1000
# An area named after its centre: Скадовщина, Куп'янщина, Пологівщина, Токмаччина, Белгородчина, Курщина. The
# stem takes its adjective's ending (Скадовський, Токмацький) to find the centre as a district adjective does.
_AREA_NAME_RE = re.compile(r"^([\w'’ʼ]{3,}?)(щин|ччин|(?<=[дт])чин)(?:а|и|і|у|ою|ой|е)$")
_AREA_ADJECTIVE_ENDINGS = {"щин": ("ський", "ский"), "ччин": ("цький", "цкий"), "чин": ("ський", "ский")}
# Lands that name a district's area so: their own.
_AREA_NAME_COUNTRIES = frozenset({"UA", "RU", "BY"})
# Nouns formed so that name no district: the homeland, historical lands and peoples' lands.
_NOT_AREAS = ("батьківщ", "гетьманщ", "козаччин", "галичин", "бойківщ", "гуцульщ", "лемківщ")
# The heads of compound adjectives ("Южно-Донецкий", "Ново-Петровка", "Північно-Кримський"): no place by themselves
# before a hyphen (a compound the gazetteer knows whole, "Южно-Сахалинск", is matched whole first).
_COMPOUND_HEADS = frozenset({
    "южно", "северо", "западно", "восточно", "ново", "старо", "верхне", "нижне", "велико", "мало", "красно",
    "південно", "північно", "західно", "східно", "верхньо", "нижньо"})
_HYPHEN_THEN_NAME = re.compile(r"[-‑‐][^\W\d_]")
# "Kherson Oblast's": a region's possessive before the name of one of its places.
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
# "the village of Udy", "село Уди": a settlement's word before its name.
_SETTLEMENT_BEFORE_RE = re.compile(r"(?:\b(?:village|town|city|settlement) of|(?<!\w)(?:сел(?:о|а|і|е|у|ом)|селищ[еау]|поселк[еау]"
                                   r"|посёлк[еау]|містечк[оау]|міст(?:о|а|і|ом)|город(?:е|а|ом)?))\s+$", re.IGNORECASE)
# Words between a district adjective and its kind word: "муниципальном округе"
# (occupation administrations' name for raions), "міській громаді", "городского округа".
_MUNICIPAL_PREFIXES = ("муниципальн", "муніципальн", "municipal", "городск", "міськ", "сельск", "сільськ",
                       "селищн", "поселков", "urban", "rural")
_LATIN_ADJECTIVE_ENDINGS = ("skyi", "skyy", "sky", "skiy", "skii", "nyi", "nyy", "ny", "niy", "ivskyi")
_LIST_CONJUNCTIONS = frozenset({"и", "і", "та", "й", "and"})
_LIST_JOINER_RE = re.compile(r"\s*,\s*|\s+(?:и|і|та|й|and)\s+")
_CITY_DISTRICT_GAP_RE = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")
# Words after a district adjective: "Мелітопольському районі", "Мелитопольском районе",
# "Василівській громаді", "Melitopolskyi district".
_DISTRICT_WORDS = frozenset({
    "район", "району", "районі", "районом", "района", "районе",
    "райони", "районів", "районам", "районах", "районами", "районы", "районов", "районами",
    "громада", "громади", "громаді", "громаду", "громадою", "громад", "громадах", "громаде", "громадой", "громады",
    "округ", "округа", "округу", "округе", "окрузі", "округом", "округи", "округов", "округах",
    "district", "districts", "raion", "raions", "rayon", "rayons", "hromada", "hromadas",
    # a front's axis is named by its town's adjective as a district is: "на Константиновском направлении" is
    # Kostiantynivka's (not Konstantinovsk's in the Rostov region), "на Костянтинівському напрямку"
    "направление", "направления", "направлении", "направлению", "направлением", "направлениях", "направлений",
    "напрямок", "напрямку", "напрямі", "напрямком", "напрямки", "напрямків", "напрямках",
})
# A port is named by its city's adjective as a district is: "Миколаївського морського порту", "Николаевского
# порта" (the city, not the village Mykolayivske); so is a power plant: "Канівську ГЕС" is Kaniv's (not the
# stanitsa Kanevskaya), "Запорожской АЭС".
_PORT_WORDS = frozenset({"порт", "порту", "порта", "порті", "порте", "портом", "портів", "портов",
                         "гес", "гэс", "тес", "тэс", "аес", "аэс", "тец", "тэц", "грес", "грэс"})
_PORT_PREFIXES = ("морськ", "морск", "річков", "речн", "торговельн", "торгов", "рибн", "рыбн")


@dataclass
class Mention:
    """A place name found in text, with its candidate entries."""

    text: str
    start: int
    end: int
    key: str
    candidates: dict[int, float]  # entry -> how indirect the match is (0 = exact surface form)
    matched: dict[int, str] = field(default_factory=dict)  # entry -> the name key it was found under
    has_kind_word: bool = False
    near: bool = False
    institutional: bool = False  # a country standing for its state ("ФСБ России"): no location context
    district: bool = False  # "Мелітопольському районі": the district named after the place, so near it
    choice: int | None = None
    scores: dict[int, float] = field(default_factory=dict)

    def key_of(self, entry: int) -> str:
        """The name key the entry was found under (the inflected form's nominative)."""
        return self.matched.get(entry, self.key)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


_SEA_AFTER = re.compile(r"\s+(?:sea\b|fleet\b|reservoir\b|мор[еяюіи]\w*|флот\w*|водосховищ\w*|водохранилищ\w*)",
                        re.IGNORECASE)
# "the Sea of Azov", "the Gulf of Taganrog": the water, not the town.
_WATER_OF_BEFORE = re.compile(r"\b(?:sea|gulf|bay|lake) of\s+(?:the\s+)?$", re.IGNORECASE)
# "the Samara River", "через річку Самару": a river; a large city of its name is far more often elsewhere (a small
# river's town of that name is usually where the event is: "мост через реку Навлю").
_KIND_OF_AFTER_RE = re.compile(r"\s+(?:village|town|city|settlement|hamlet|stanitsa)\s+of\b")
_RIVER_AFTER = re.compile(r"\s+river\b(?!\s+port)", re.IGNORECASE)
_RIVER_BEFORE = re.compile(r"(?<!\w)(?:річк[аиоуі]|рек[аиуеоі])\s+$", re.IGNORECASE)
_RIVER_NAMESAKE_MIN_POPULATION = 100_000
# "гідроелектростанція на Дніпрі", "на Днепре": on the river; the city is "у Дніпрі", "в Днепре".
_ON_THE_RIVER_RE = re.compile(r"(?<!\w)на\s+$", re.IGNORECASE)
# (and the Danube and the Dniester, which share their names with villages far away: "удари по зерновій
# інфраструктурі на Дунаї" is no village Dunay in Primorye)
_RIVER_CITY_RE = re.compile(r"(?:дніпр|днепр)(?:о|а|і|у|ом|е)?|дуна(?:й|ю|ї|е|єм|ем)|(?:дністр|днестр)(?:а|і|у|ом|е)?",
                            re.IGNORECASE)
# "Крымский мост", "Кримського мосту": a bridge named by an adjective, not the town of that stem (Krymsk).
_BRIDGE_AFTER = re.compile(r"\s+(?:мост\w*|міст|мосту|мостом|мості)(?!\w)", re.IGNORECASE)
_ADJECTIVE_END = re.compile(r"(?:ск|цк|ськ|зьк|цьк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ім|а|ої|у|е)$",
                            re.IGNORECASE)
# A namesake the text sets aside: "(не путать с Зеленодольском в Татарстане)", "not to be confused with Pervomaisk
# in the Luhansk region".
_NAMESAKE_ASIDE_BEFORE = re.compile(
    r"(?:не путать|не спутать|не плутати|не переплутати|not to be confused|(?:should|must) not be confused"
    r"|not be confused)\s+(?:с|со|з|із|зі|with)\s[^.;()]{0,60}$", re.IGNORECASE)
# A river told as a line on the map, not the town of its name: "the left bank of the Dnipro", "across the
# Dnipro", "вздовж Дніпра", "на лівий берег Дніпра", "вдоль Днепра". ("The bridge over the river Navlya" is
# left alone: a small river's town of that name is usually where the event is.)
_RIVER_LINE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:берег\w*|лівобережж\w*|правобережж\w*|левобережь\w*|правобережь\w*|вздовж|уздовж|вдоль)"
    r"|\bbanks? of(?: the)?|\b(?:across|along|cross(?:ed|ing)?) the)\s+$",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return stoplist()


def guess_language(text: str) -> str:
    """'uk', 'ru', 'en', or '' when Cyrillic but not telling (cheap: no model)."""
    if not is_cyrillic(text):
        return "en"
    if re.search(r"[іїєґІЇЄҐ]", text):
        return "uk"
    if re.search(r"[ыэъёЫЭЪЁ]", text):
        return "ru"
    return ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'«“(—–-")
    return not before or before[-1] in ".!?\n:"


# A hromada or district heading a summary's item, its village after it: "Великописарівська громада: Розсоші
# вдруге за добу потрапили під вогонь" (a village whose name is also a common noun: розсоха, a fork).
_AREA_HEADING_BEFORE_RE = re.compile(r"(?:громада|район|округ|hromada|district|community)\s*[:.—–-]\s*$", re.IGNORECASE)
# A digest item headed by its place: "1. Воздвижівка. Близько 09:20…", "Циркуни. Удень…", "▪️ Успенівка — ФСБ…".
_ITEM_MARK_RE = re.compile(r"(?:\d{1,2}[.)]|[^\w\s]{1,3})\s*$")


def _heads_an_item(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) heads a line ("Циркуни. …") or a numbered or marked item ("1. Воздвижівка.
    …", "▪️ Успенівка — …"): a place, though the word opens a sentence."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if not line.strip():
        return bool(re.match(r"[.:]\s", text[end:end + 2]))
    return bool(_ITEM_MARK_RE.fullmatch(line.strip())) and bool(re.match(r"[.:]\s|\s+[—–]\s", text[end:end + 3]))


# Romanisations of Russian adjectival endings: Pervoavgustovsky is Pervoavgustovskiy, Novye Novyye, Krasnoye
# Krasnoe. (The skeleton key folds these only for places of some size.)
_LATIN_ENDINGS = (("skiy", ("sky", "skij", "skyi", "skii")), ("sky", ("skiy", "skij", "skyi", "skii")),
                  ("skaya", ("skaja", "ska")), ("skoye", ("skoe", "skoje")), ("skoe", ("skoye",)),
                  ("yye", ("ye", "yje")), ("ye", ("yye",)), ("oe", ("oye",)))


def _latin_ending_variants(key: str) -> list[str]:
    """``key`` with each word's adjectival ending romanised the other usual ways."""
    options = []
    for word in key.split(" "):
        ending, others = next(((e, o) for e, o in _LATIN_ENDINGS if word.endswith(e) and len(word) > len(e) + 2),
                              ("", ()))
        options.append([word] + [word[: len(word) - len(ending)] + other for other in others])
    return [" ".join(words) for words in itertools.product(*options)][1:]


def _forms(word: str, language: str, thorough: bool = False) -> tuple[str, ...]:
    lower = word.lower()
    if not is_cyrillic(lower):
        return (lower,)
    forms = nominative_forms(lower, language or None)[:_MAX_FORMS]
    return forms + reinflected_forms(lower, language or None)[:_MAX_FORMS] if thorough else forms


class _Finder:
    def __init__(self, gazetteer: Gazetteer, text: str, language: str) -> None:
        self.gazetteer = gazetteer
        self.text = text
        self.language = language
        self.words = [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]

    def _joined(self, i: int) -> bool:
        """Whether word i and word i+1 may belong to one name."""
        if i + 1 >= len(self.words):
            return False
        return self.text[self.words[i][2]:self.words[i + 1][1]] in _JOINERS

    def _lookup(self, words: list[str], named_settlement: bool = False) -> tuple[dict[int, float], dict[int, str]]:
        """Entries the words may name (entry -> indirectness) and the key each was found under (``named_settlement``:
        the text calls them a village or town)."""
        gazetteer = self.gazetteer
        if not any(is_cyrillic(w) for w in words):
            if len(words) > 1 and words[-1].lower() in _PLURAL_KIND_WORDS:
                words = words[:-1] + [_PLURAL_KIND_WORDS[words[-1].lower()]]
            key = name_key(" ".join(words))
            found = {e: 0.0 for e in gazetteer.lookup(key)}
            if not found and len(key) >= 6:
                found = {e: 1.0 for e in gazetteer.lookup_skeleton(key)}
            if not found:
                for variant in _latin_ending_variants(key):
                    found.update({e: 1.0 for e in gazetteer.lookup(variant) if e not in found})
            return found, {}
        found: dict[int, float] = {}
        matched: dict[int, str] = {}
        for thorough in (False, True):
            options = [list(enumerate(_forms(w, self.language, thorough))) for w in words]
            if len(options) > 1:
                # Only forms of the first word that begin some multi-word name
                # can combine into one: this skips most of the product.
                options[0] = [(i, f) for i, f in options[0] if gazetteer.begins_a_key(name_key(f))]
            combinations = itertools.islice(itertools.product(*options), _MAX_COMBINATIONS)
            for combination in combinations:
                rank = sum(i for i, _ in combination)
                key = name_key(" ".join(f for _, f in combination))
                for entry in gazetteer.lookup(key):
                    if entry not in found or found[entry] > rank * 0.4:
                        found[entry] = rank * 0.4
                        matched[entry] = key
            if found:
                break
        if self.language == "ru" and any("ы" in w for w in words):
            # A Ukrainian place known only by its Ukrainian name, whose и Russian writes ы: the Russian spellings
            # derived from it keep the и ("Верхняя Сыроватка" -> Верхня Сироватка). Where only places outside
            # Ukraine have the name and the text calls it a village or town, the Ukrainian one competes with them
            # and the context chooses ("в поселке Высокий под Харьковом" is Kharkiv's Високий, not Murmansk's
            # Vysokiy; "Вооружённые Силы" stay no village Сили).
            if not found:
                return self._lookup([w.replace("ы", "и") for w in words])
            if not named_settlement or any(gazetteer.index.country[e] == "UA" for e in found):
                return found, matched
            ukrainian, ukrainian_keys = self._lookup([w.replace("ы", "и") for w in words])
            for entry, rank in ukrainian.items():
                if entry not in found and self.gazetteer.index.country[entry] == "UA":
                    found[entry], matched[entry] = rank + 0.4, ukrainian_keys.get(entry, "")
        if not found and self.language == "uk" and len(words) == 1:
            found, matched = self._russian_place(words[0], frozenset({"RU", "UA"}))
        elif not found and self.language == "uk" and len(words) == 2:
            found, matched = self._russian_two_word_place(words)
        elif found and self.language == "uk":
            self._add_namesakes_by_latin_name(words, found, matched)
            if len(words) == 1:
                # and Russia's namesakes, which the context may choose: "станції Митрофанівка … Воронезької
                # області" is Voronezh oblast's Mitrofanovka, not Crimea's Mitrofanivka
                russian, russian_keys = self._russian_place(words[0])
                for entry, rank in russian.items():
                    if entry not in found:
                        found[entry], matched[entry] = rank, russian_keys[entry]
        return found, matched

    def _add_namesakes_by_latin_name(self, words: list[str], found: dict[int, float], matched: dict[int, str]) -> None:
        """Ukrainian namesakes that the gazetteer spells only in Latin and Russian: of the four Ukrainian
        Ямпіль, the one in Sumy oblast has no Ukrainian alternate name ("Yampil’", "Ямполь"). A name that
        already names places gets them as candidates too, a little less direct; the context picks."""
        gazetteer = self.gazetteer
        for rank, forms in enumerate(zip(*(_forms(w, self.language) for w in words))):
            key = name_key(transliterate_uk(" ".join(forms)))
            for entry in gazetteer.lookup(key):
                if gazetteer.index.country[entry] == "UA" and entry not in found:
                    found[entry] = 0.8 + rank * 0.4
                    matched[entry] = key

    def _russian_place(self, word: str, countries: frozenset[str] = frozenset({"RU"})) -> tuple[dict[int, float],
                                                                                                  dict[int, str]]:
        """Places in Russia that a Ukrainian spelling names ("в Алтуховому", "з Яковлєва"): the gazetteer knows
        them by their Russian names. (``countries`` with UA: Crimea's villages, which it knows only so too,
        "станції Клепініне" Klepinino.)"""
        gazetteer, found, matched = self.gazetteer, {}, {}
        for rank, form in enumerate(_forms(word, self.language)):
            for key in map(name_key, russian_originals(form)):
                for entry in gazetteer.lookup(key):
                    if gazetteer.index.country[entry] in countries and entry not in found:
                        found[entry] = 1.0 + rank * 0.4
                        matched[entry] = key
        return found, matched

    def _russian_two_word_place(self, words: list[str]) -> tuple[dict[int, float], dict[int, str]]:
        """Places in Russia named by an adjective and a noun, in Ukrainian ("у Старих Бобовичах" Старые Бобовичи,
        "Нові Бобовичі" Новые Бобовичи): the adjective by its Russian word, the noun as :meth:`_russian_place`."""
        gazetteer, found, matched = self.gazetteer, {}, {}
        adjectives = [russian for form in _forms(words[0], self.language) for russian in russian_adjectives(form)]
        if not adjectives:
            return found, matched
        nouns = [noun for form in _forms(words[1], self.language) for noun in (form, *russian_originals(form))]
        for adjective, noun in itertools.product(dict.fromkeys(adjectives), dict.fromkeys(nouns)):
            key = name_key(f"{adjective} {noun}")
            for entry in gazetteer.lookup(key):
                if gazetteer.index.country[entry] == "RU" and entry not in found:
                    found[entry], matched[entry] = 1.0, key
        return found, matched

    def find(self) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        while i < len(self.words):
            word, start, _ = self.words[i]
            if not word[0].isupper():
                i += 1
                continue
            mention = self._district_at(i)
            if mention is None and self._names_a_district(i):
                # "Центральному районі": a district named by an adjective whose
                # centre is no known place (a city's own district); the
                # adjective alone would name some village of that name.
                i += 2
                continue
            mention = mention or self._region_before_aside(i) or self._longest_at(i) or self._area_at(i)
            if mention is None:
                i += 1
                continue
            mention, used = mention
            if mention.district or self._acceptable(mention, i, used):
                mentions.append(mention)
                i += used
            else:
                i += 1
        mentions = [m for k, m in enumerate(mentions) if not (m.district and self._names_a_city_district(m, mentions[k + 1:k + 2]))]
        return self._with_coordinated_regions(mentions)

    def _with_coordinated_regions(self, mentions: list[Mention]) -> list[Mention]:
        """Add the regions that share a later region's kind word: "Херсонської та Запорізької областей"."""
        out: list[Mention] = []
        for mention in mentions:
            if mention.has_kind_word:
                not_before = max((m.end for m in out if m.has_kind_word), default=0)
                coordinated = self._coordinated(mention, not_before)
                spans = {(m.start, m.end) for m in coordinated}
                # A word read alone as a city ("Kherson" in "Kherson and
                # Zaporizhzhia oblasts") gives way; any other mention stops the list.
                blocking = [m.end for m in out if m.end > not_before and (m.start, m.end) not in spans]
                coordinated = [m for m in coordinated if m.start >= max(blocking, default=0)]
                replaced = {(m.start, m.end) for m in coordinated}
                out = [m for m in out if (m.start, m.end) not in replaced] + coordinated
            out.append(mention)
        return out

    def _coordinated(self, region: Mention, not_before: int) -> list[Mention]:
        index = self.gazetteer.index
        kind = self.text[region.start:region.end].split()[-1]
        found: list[Mention] = []
        end = region.start
        while True:
            match = _COORDINATED_BEFORE_RE.search(self.text, max(not_before, end - 60), end)
            if match is None or match.start(1) < not_before or not match.group(1)[0].isupper():
                break
            candidates, matched = self._lookup([match.group(1), kind])
            candidates = {e: v for e, v in candidates.items() if index.feature[e] == REGION}
            if not candidates:
                break
            key = name_key(match.group(1))
            found.append(Mention(match.group(1), match.start(1), match.end(1), key, candidates,
                                 {e: matched.get(e, key) for e in candidates}, has_kind_word=True))
            end = match.start(1)
        return found[::-1]

    def _names_a_city_district(self, district: Mention, following: list[Mention]) -> bool:
        """"Київському районі Одеси": a city's own district, named after another place; the city follows."""
        if not following or following[0].district \
                or not _CITY_DISTRICT_GAP_RE.fullmatch(self.text[district.end:following[0].start]):
            return False
        return all(self.gazetteer.index.feature[e] == CITY for e in following[0].candidates)

    def _is_kind_word(self, word: str) -> bool:
        lower = word.lower()
        if lower in _KIND_WORDS or lower in _PLURAL_KIND_WORDS:
            return True
        # Only words that start like a kind word are worth a morphological analysis.
        if not lower.startswith(_KIND_PREFIXES):
            return False
        return any(f in _KIND_WORDS for f in _forms(lower, self.language)[:4])

    def _district_at(self, i: int) -> tuple[Mention, int] | None:
        """A district adjective and its kind word, resolved to the district's centre.

        The kind word may also follow a later adjective of a list:
        "у Мелітопольському та Василівському районах".
        """
        last = self._district_word_after(i)
        if last is not None:
            mention = self._district_mention(i, self.words[last][2])
            return (mention, last - i + 1) if mention else None
        if self._in_district_list(i):
            mention = self._district_mention(i, self.words[i][2])
            return (mention, 1) if mention else None
        return None

    def _district_word_after(self, i: int) -> int | None:
        """Index of the district word that word i qualifies ("районі", "муниципальном округе"), or of the port it
        names ("морського порту"), if any."""
        for middles, kinds in ((_MUNICIPAL_PREFIXES, _DISTRICT_WORDS), (_PORT_PREFIXES, _PORT_WORDS)):
            j = i + 1
            if self._joined(i) and self.words[j][0].lower().startswith(middles):
                j += 1
                if not self._joined(i + 1):
                    continue
            if j < len(self.words) and self._joined(j - 1) and self.words[j][0].lower() in kinds:
                return j
        return None

    def _region_before_aside(self, i: int) -> tuple[Mention, int] | None:
        """A region whose name and kind word an aside parts: "Zaporizhia (Ukrainian: Zaporizhzhia) Oblast"; the
        mention and the number of words it spans."""
        word, start, end = self.words[i]
        aside = _ASIDE_THEN_KIND_RE.match(self.text, end)
        if aside is None:
            return None
        candidates, matched = self._lookup([word, aside.group(1)])
        candidates = {e: v for e, v in candidates.items() if self.gazetteer.index.feature[e] == REGION}
        if not candidates:
            return None
        key = name_key(word)
        mention = Mention(word, start, end, key, candidates, {e: matched.get(e, key) for e in candidates},
                          has_kind_word=True)
        return mention, sum(1 for _, word_start, _ in self.words[i:] if word_start < aside.end())

    def _names_a_district(self, i: int) -> bool:
        """Whether word i is an adjective right before a district word."""
        if self._district_word_after(i) is None:
            return False
        lower = self.words[i][0].lower()
        if is_cyrillic(lower):
            return is_adjective(lower)
        return lower.endswith(_LATIN_ADJECTIVE_ENDINGS)

    def _in_district_list(self, i: int) -> bool:
        """Whether word i opens or continues a list of capitalised words ending in a district word."""
        j = i
        while j + 1 < len(self.words):
            following = self.words[j + 1][0]
            if self._district_word_after(j) is not None:
                return j > i
            # The next list item: after a comma, or after a conjunction word.
            k = j + 2 if following.lower() in _LIST_CONJUNCTIONS else j + 1
            if k >= len(self.words) or not self.words[k][0][0].isupper() \
                    or not _LIST_JOINER_RE.fullmatch(self.text[self.words[j][2]:self.words[k][1]]):
                return False
            j = k
        return False

    def _district_mention(self, i: int, end: int) -> Mention | None:
        word, start, _ = self.words[i]
        lower = word.lower()
        forms = nominative_forms(lower, self.language or None) if is_cyrillic(lower) else (lower,)
        # The occupation administrations' "округ" keeps its centre's Russian name from before the 2016 renaming
        # ("Краснодонский округ", whose centre is now Sorokyne).
        okrug = self.text[start:end].lower().split()[-1].startswith("округ")
        return self._centre_mention(start, end, forms, okrug=okrug)

    def _area_at(self, i: int) -> tuple[Mention, int] | None:
        """A district told as its centre's area, which no region bears as its name: "на Скадовщині",
        "на Куп'янщині", "на Токмаччині" (Skadovsk's, Kupiansk's, Tokmak's district), resolved to the centre."""
        word, start, end = self.words[i]
        area = _AREA_NAME_RE.match(word.lower())
        if area is None or word.lower().startswith(_NOT_AREAS):
            return None
        stem, suffix = area.groups()
        # the area noun's stem is its adjective's: Скадов-щина, Скадов-ський; Токма-ччина, Токма-цький
        forms = tuple(stem + ending for ending in _AREA_ADJECTIVE_ENDINGS[suffix])
        mention = self._centre_mention(start, end, forms, countries=_AREA_NAME_COUNTRIES)
        return (mention, 1) if mention else None

    def _centre_mention(self, start: int, end: int, forms: tuple[str, ...], *, okrug: bool = False,
                        countries: frozenset[str] | None = None) -> Mention | None:
        """A district mention over ``start:end``, its candidates the centres its adjective ``forms`` may be
        formed from."""
        index = self.gazetteer.index
        candidates: dict[int, float] = {}
        matched: dict[int, str] = {}
        # Every centre name that exists competes: the resolver weighs them
        # (Василівський -> Василівка, a town, rather than a village Василів).
        for rank, name in enumerate(district_centre_names(forms)):
            key = name_key(name)
            entries = self.gazetteer.lookup(key)
            if not entries and not is_cyrillic(key) and len(key) >= 6:
                entries = self.gazetteer.lookup_skeleton(key)  # Berdianskyi -> Berdiansk ~ Berdyansk
                key = name_key(self.gazetteer.index.name[entries[0]]) if entries else key
            for entry in entries:
                # A district is named after its centre's own present name, and a
                # centre is no hamlet: this keeps "Комунарському районі" (a city
                # district) from Alchevsk, once Комунарськ.
                if index.feature[entry] != CITY or index.population[entry] < _DISTRICT_CENTRE_MIN_POPULATION \
                        or not (okrug or self.gazetteer.is_primary(key, entry)) \
                        or countries is not None and index.country[entry] not in countries:
                    continue
                if entry not in candidates:
                    candidates[entry] = 0.5 + 0.1 * rank
                    matched[entry] = key
        if not candidates:
            return None
        first_key = next(iter(matched.values()))
        if self.language == "uk":
            # Namesake centres the gazetteer spells only in Latin and Russian compete too: "Ямпільська громада" in
            # a story on the Sumy region is the Sumy region's Yampil'.
            for key in set(matched.values()):
                latin = name_key(transliterate_uk(key))
                for entry in self.gazetteer.lookup(latin):
                    if entry not in candidates and index.country[entry] == "UA" and index.feature[entry] == CITY \
                            and index.population[entry] >= _DISTRICT_CENTRE_MIN_POPULATION \
                            and self.gazetteer.is_primary(latin, entry):
                        candidates[entry] = 0.8
                        matched[entry] = latin
        return Mention(self.text[start:end], start, end, first_key, candidates, matched, district=True)

    def _longest_at(self, i: int) -> tuple[Mention, int] | None:
        span_words = [self.words[i]]
        j = i
        while len(span_words) < _MAX_WORDS and self._joined(j):
            j += 1
            span_words.append(self.words[j])
        for n in range(len(span_words), 0, -1):
            words = [w for w, _, _ in span_words[:n]]
            last = words[-1]
            if n > 1 and not (last[0].isupper() or self._is_kind_word(last)):
                continue
            if any(not (w[0].isupper() or w.lower() in _PARTICLES or self._is_kind_word(w)) for w in words[1:]):
                continue
            start, end = span_words[0][1], span_words[n - 1][2]
            surface = words
            # English possessive: "Kyiv's" names Kyiv.
            if re.search(r"['’]s$", last) and not is_cyrillic(last):
                surface = words[:-1] + [last[:-2]]
                end -= 2
            candidates, matched = self._lookup(
                surface, _SETTLEMENT_BEFORE_RE.search(self.text, max(0, start - 20), start) is not None)
            if candidates:
                text = self.text[start:end]
                mention = Mention(text, start, end, name_key(" ".join(surface)), candidates, matched,
                                  has_kind_word=n > 1 and any(self._is_kind_word(w) for w in words[1:]))
                return mention, n
        return None

    def _acceptable(self, mention: Mention, i: int, used: int) -> bool:
        ix = self.gazetteer.index
        words = self.words
        if mention.key in _stopwords():
            return False
        # "Черного моря", "Азовським морем", "Black Sea", "Черноморского флота": a sea's or a fleet's adjective,
        # not the village of that name.
        if _RIVER_CITY_RE.fullmatch(mention.text) and _ON_THE_RIVER_RE.search(self.text, max(0, mention.start - 5),
                                                                         mention.start):
            return False
        if (_RIVER_AFTER.match(self.text, mention.end)
                or _RIVER_BEFORE.search(self.text, max(0, mention.start - 10), mention.start)) \
                and max(ix.population[e] for e in mention.candidates) >= _RIVER_NAMESAKE_MIN_POPULATION:
            return False
        if _SEA_AFTER.match(self.text, mention.end) \
                or _WATER_OF_BEFORE.search(self.text, max(0, mention.start - 20), mention.start) \
                or _BRIDGE_AFTER.match(self.text, mention.end) and _ADJECTIVE_END.search(mention.text):
            return False
        if _NAMESAKE_ASIDE_BEFORE.search(self.text, max(0, mention.start - 80), mention.start):
            return False
        if mention.text.lower() in _COMPOUND_HEADS and _HYPHEN_THEN_NAME.match(self.text, mention.end):
            return False  # "Южно-Донецком направлении": the head of a compound adjective, no village Южне
        # "группировки войск «Южная»", "угруповання «Хортиця»": a military formation's name.
        if _FORMATION_BEFORE_RE.search(self.text, max(0, mention.start - 40), mention.start):
            return False
        if _VEHICLE_BEFORE_RE.search(self.text, max(0, mention.start - 40), mention.start) \
                or _VEHICLE_AFTER_RE.match(self.text, mention.end):
            return False
        best = max(mention.candidates, key=lambda e: ix.population[e])
        top_population = ix.population[best]
        has_admin = any(ix.feature[e] != CITY for e in mention.candidates)
        if not has_admin and top_population < 50_000 and _KIND_OF_AFTER_RE.match(self.text, mention.end):
            # "the Cossack village of Novoleushkovskaya": a word describing the village, not a place ("the
            # Zaporizhzhia city of Enerhodar" names the region by its city)
            return False
        if used == 1 and not has_admin and is_cyrillic(mention.text) and _BODY_AFTER_RE.match(self.text, mention.end) \
                and is_adjective(mention.text.lower()):
            return False
        if not has_admin and (_STREET_BEFORE_RE.search(self.text, max(0, mention.start - 20), mention.start)
                              or _STREET_AFTER_RE.match(self.text, mention.end)):
            return False
        # A name in quotes is a car's, a firm's, a ship's or an operation's: "дрон влетел в «Ниву»" (a Lada Niva);
        # an airfield's or a station's is its town's ("аеродром «Сеща»").
        if not has_admin and self.text[mention.start - 1:mention.start] in _OPENING_QUOTES \
                and self.text[mention.end:mention.end + 1] in _CLOSING_QUOTES \
                and not _NAMED_FOR_ITS_PLACE_BEFORE_RE.search(self.text, max(0, mention.start - 30), mention.start - 1):
            return False
        # "на Центральной", "на Садовій": a feminine adjective agrees with an unsaid street ("улица", "вулиця"),
        # not with the neuter or masculine village of that name (Центральне, Садове), whose forms end otherwise
        # (unless the name itself ends so: Луговой; feminine names are left alone: "под Одессой").
        if used == 1 and not has_admin and _FEMININE_ADJECTIVE_RE.search(mention.text.lower()) \
                and not any(ix.name[e].endswith("a") or _FEMININE_ADJECTIVE_RE.search(mention.key_of(e))
                            for e in mention.candidates):
            return False
        has_primary = any(self.gazetteer.is_primary(mention.key_of(e), e) for e in mention.candidates)
        # A region on the river's bank ("лівобережжя Херсонщини") is still the region.
        if not has_admin and _RIVER_LINE_BEFORE.search(self.text, max(0, mention.start - 40), mention.start):
            return False
        cyrillic = is_cyrillic(mention.text)
        # An organisation or a person: "Kyiv Independent", "Vladimir Putin".
        after = i + used
        if after < len(words) and self.text[words[after - 1][2]:words[after][1]] == " ":
            following = words[after][0]
            if following.lower() in _ORGANISATION_WORDS and following[0].isupper():
                return False
            # ("Куйбишеве Бахчисарайського району": a village and its district, not a surname and a name)
            # ("в місті Кропоткін Краснодарського краю": a town named as one)
            if used == 1 and following[0].isupper() and not has_admin and not self._names_a_district(after) \
                    and not _SETTLEMENT_BEFORE_RE.search(self.text, max(0, mention.start - 20), mention.start):
                if cyrillic and is_person_name(mention.text.lower(), self.language or None):
                    return False
        if used == 1 and i > 0 and self.text[words[i - 1][2]:words[i][1]] == " ":
            previous = words[i - 1][0]
            if previous[0].isupper() and not _sentence_initial(self.text, words[i - 1][1]) and not has_admin \
                    and not self.gazetteer.lookup(name_key(_POSSESSIVE_END_RE.sub("", previous))) \
                    and _POSSESSIVE_END_RE.sub("", previous.lower()) not in _KIND_WORDS:
                # "Donald Trump": a capitalised non-place word before a one-word match ("Kherson Oblast's
                # Beryslav district" is a region's district, "Dnipro's Ihren neighborhood" a city's).
                if not cyrillic or is_person_name(mention.text.lower(), self.language or None):
                    return False
        letters = [c for c in mention.text if c.isalpha()]
        # (an acronym with a case ending is one too: "КАБи", "ФАБами", "ЗСУшники")
        if len(letters) > 1 and all(c.isupper() for c in letters) or _INFLECTED_ACRONYM_RE.fullmatch(mention.text):
            return has_admin or top_population >= 100_000
        if used == 1 and len(mention.key) <= 3 and not has_admin \
                and not _SETTLEMENT_BEFORE_RE.search(self.text, max(0, mention.start - 20), mention.start) \
                and not (cyrillic and not _sentence_initial(self.text, mention.start)):
            # "По", "Во", "Ba": short words are prepositions far more often than places ("the village of Udy" is
            # one, and so is a capitalised Cyrillic word within a sentence: "біля Зуї")
            return False
        if not cyrillic:
            if not has_primary and not has_admin and top_population < 1000:
                return False
            if _sentence_initial(self.text, mention.start) and used == 1 and not has_admin and top_population < 5000:
                return False
        elif used == 1 and _PEOPLE_AFTER_RE.match(self.text, mention.end) and is_common_word(mention.text.lower()):
            return False  # "Мирный житель погиб": a civilian, not the town of Mirny
        elif used == 1 and _sentence_initial(self.text, mention.start) and not has_admin:
            # "Партизани ...", "Колона ...": a common noun opening a sentence, not a
            # village of that name, unless the word is itself the name of a town.
            lower = mention.text.lower()
            if is_common_word(lower) and not _heads_an_item(self.text, mention.start, mention.end) \
                    and not _AREA_HEADING_BEFORE_RE.search(self.text, max(0, mention.start - 30), mention.start):
                exact = self.gazetteer.lookup(name_key(lower))
                if not exact or max(ix.population[e] for e in exact) < 10_000:
                    return False
        return True


def is_area_name(place: Place) -> bool:
    """Whether ``place`` is a district named as its centre's area ("Скадовщині", "Токмаччина"), which the parser
    places at the centre with precision 2 (a village named so, "Пісочину", has precision 1)."""
    return place.geo_precision == 2 and _AREA_NAME_RE.match(place.text.lower()) is not None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# Countries whose own names are written in Cyrillic: their Cyrillic names are
# their own. Elsewhere a Cyrillic name is a transliteration, which GeoNames
# lists for small towns too ("Сили" for Sealy, Texas).
_CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN", "ME", "BA"})
# A transliterated foreign place this big is what its name means even when the
# name is also a common word ("Мілані": Milan, not a kite).
_FOREIGN_CITY_MIN_POPULATION = 100_000
# A foreign hamlet ("Mā‘īn", Jordan, for "Main") is not what an English word means unless its country is named.
_HAMLET = 1000
# A village this small is not what a common noun means when the noun is only
# its former or alternate name.
_RENAMED_VILLAGE_MAX_POPULATION = 10_000


def _drop_transliterated_common_words(gazetteer: Gazetteer, mentions: list[Mention], language: str) -> list[Mention]:
    """Leave out places matched only by a common word or by a foreign alternate.

    "Сили оборони України" (forces), "Слава", "Надежда": the word is an
    ordinary noun in the dictionaries, and the place it matches is a small
    town abroad whose GeoNames alternates include its Russian transliteration.
    Such a candidate stays only when the document names its country (or a
    region of it) elsewhere, or when it is a big city. Places in Cyrillic-script
    countries are left to the other rules, except a small one whose former or
    alternate name is the noun ("Республіка" for a village now called
    otherwise). A Latin word matched only by a small foreign place's alternate
    ("Culture" for Kültür, "Road" for Rode, "Iskander", the missile, for
    Iskandar) or by a foreign hamlet ("Main" for Mā‘īn) is English, not the
    place, unless the document names its country.
    """
    ix = gazetteer.index
    named_countries: dict[int, set[str]] = {}
    for index, mention in enumerate(mentions):
        if all(ix.feature[e] != CITY for e in mention.candidates):
            named_countries[index] = {ix.country[e] for e in mention.candidates}
    kept: list[Mention] = []
    for index, mention in enumerate(mentions):
        word = mention.text.lower()
        if mention.district or not _WORD_RE.fullmatch(word):
            kept.append(mention)
            continue
        context = set().union(*(c for j, c in named_countries.items() if j != index))
        if is_cyrillic(word):
            foreign = {e for e in mention.candidates
                       if ix.country[e] not in _CYRILLIC_COUNTRIES and ix.country[e] not in context
                       and ix.population[e] < _FOREIGN_CITY_MIN_POPULATION}
            renamed = {e for e in mention.candidates
                       if ix.country[e] in _CYRILLIC_COUNTRIES and ix.population[e] < _RENAMED_VILLAGE_MAX_POPULATION
                       and not gazetteer.is_primary(mention.key_of(e), e) and not is_adjective(mention.key_of(e))}
            dropped = {e for e in foreign | renamed if has_common_reading(word, mention.key_of(e), language or None)}
        else:
            dropped = {e for e in mention.candidates
                       if ix.feature[e] == CITY and ix.country[e] not in _CYRILLIC_COUNTRIES
                       and ix.country[e] not in context and ix.population[e] < _FOREIGN_CITY_MIN_POPULATION
                       and (not gazetteer.is_primary(mention.key_of(e), e) or ix.population[e] < _HAMLET)}
        if len(dropped) == len(mention.candidates):
            continue
        for entry in dropped:
            del mention.candidates[entry]
            mention.matched.pop(entry, None)
        kept.append(mention)
    return kept


_LANGUAGE_PRIOR = {"uk": {"UA": 2.0, "RU": 0.5}, "ru": {"UA": 1.5, "RU": 1.5}, "": {"UA": 1.5, "RU": 1.0}}


class _Resolver:
    def __init__(self, gazetteer: Gazetteer, mentions: list[Mention], language: str, text: str) -> None:
        self.text = text
        self.g = gazetteer
        self.ix = gazetteer.index
        self.mentions = mentions
        self.prior = _LANGUAGE_PRIOR.get(language, {})

    def _base(self, mention: Mention, entry: int) -> float:
        ix = self.ix
        score = math.log10(ix.population[entry] + 10) - mention.candidates[entry]
        feature = ix.feature[entry]
        if feature == COUNTRY:
            score += 4.0
        elif feature == REGION:
            hand = (ix.country[entry], ix.admin1_code[entry]) in ix.region_iso
            bare = not (hand or mention.has_kind_word or mention.key != name_key(ix.name[entry]))
            # A bare world admin1 name ("Idlib") that is also a city's own name means the city.
            score += -2.5 if bare and self._names_a_city(mention) else 2.0
        elif self.g.is_primary(mention.key_of(entry), entry):
            score += 1.0
        if feature == CITY and ix.population[entry] >= 1_000_000:
            score += 1.0  # a world city is what an unqualified mention of its name means
        return score + self.prior.get(ix.country[entry], 0.0)

    def _names_a_city(self, mention: Mention) -> bool:
        return any(self.ix.feature[e] == CITY and self.g.is_primary(mention.key_of(e), e) for e in mention.candidates)

    def _qualifiers(self, index: int) -> set[tuple[str, str]]:
        """(country, admin1) pairs of a region/country qualifying a place right after it.

        "Springfield, Illinois", "Akimovka in Zaporizhzhia Oblast", "Якимівка Запорізької області", and after its
        district: "Глибокий Кам'янського району Ростовської області".
        """
        if index + 1 >= len(self.mentions):
            return set()
        mention, following = self.mentions[index], self.mentions[index + 1]
        if not _QUALIFIER_GAP_RE.fullmatch(self.text[mention.end:following.start]):
            return set()
        # "Львовому Бериславського району": a district named after its town places the village in that
        # town's region.
        district = _DISTRICT_NAMED_RE.search(self.text[following.start:following.end + 12]) is not None
        qualifiers = {(self.ix.country[e], self.ix.admin1_code[e] if self.ix.feature[e] != COUNTRY else "")
                      for e in following.candidates if self.ix.feature[e] != CITY or district}
        if following.district and index + 2 < len(self.mentions) \
                and _QUALIFIER_GAP_RE.fullmatch(self.text[following.end:self.mentions[index + 2].start]):
            # "у селищі Глибокий Кам'янського району Ростовської області": the region after the district
            qualifiers |= {(self.ix.country[e], self.ix.admin1_code[e] if self.ix.feature[e] != COUNTRY else "")
                           for e in self.mentions[index + 2].candidates if self.ix.feature[e] != CITY}
        return qualifiers

    def resolve(self) -> None:
        for mention in self.mentions:
            mention.scores = {e: self._base(mention, e) for e in mention.candidates}
            mention.choice = max(mention.scores, key=mention.scores.get)
        first_pass = [m.choice for m in self.mentions]
        for index, mention in enumerate(self.mentions):
            # Another mention of the same name cannot vouch for its own reading (title and body
            # both saying "Белогорск" is one clue, not two).
            # Nor can another inflection of it ("у Самарі" beside "до Самари" read as Russia's Samara); another name
            # of one of its places can ("Шахтарське (колишній Першотравенськ)").
            others = [e for j, e in enumerate(first_pass)
                      if j != index and e is not None and not self.mentions[j].institutional
                      and self.mentions[j].key != mention.key
                      and not (e in mention.candidates and self.ix.feature[e] == CITY
                               and self.mentions[j].key_of(e) == mention.key_of(e))]
            countries = {self.ix.country[e] for e in others if self._anchors_country(e)}
            regions = {(self.ix.country[e], self.ix.admin1_code[e]) for e in others if self.ix.feature[e] != COUNTRY}
            points = [(self.ix.latitude[e], self.ix.longitude[e]) for e in others if self.ix.feature[e] == CITY]
            qualifiers = self._qualifiers(index)
            for entry in mention.candidates:
                score = mention.scores[entry]
                if (self.ix.country[entry], "") in qualifiers or (self.ix.country[entry], self.ix.admin1_code[entry]) in qualifiers:
                    score += 4.0
                if self.ix.country[entry] in countries:
                    score += 2.5
                if self.ix.feature[entry] != COUNTRY and (self.ix.country[entry], self.ix.admin1_code[entry]) in regions:
                    score += 3.0 if self.ix.feature[entry] == CITY else 0.0
                if self.ix.feature[entry] == CITY and points:
                    nearest = min(distance_km(self.ix.latitude[entry], self.ix.longitude[entry], la, lo) for la, lo in points)
                    # (of two namesakes both near the text's other places, the nearer: "Олексіївка … між Хорлами та
                    # Армянськом" is the one 12 km from Khorly, not the bigger one 50 km from Kherson)
                    score += 2.5 if nearest < 25 else 2.0 if nearest < 60 else 1.0 if nearest < 200 \
                        else 0.5 if nearest < 500 else 0.0
                mention.scores[entry] = score
            mention.choice = max(mention.scores, key=mention.scores.get)

    def _anchors_country(self, entry: int) -> bool:
        return self.ix.feature[entry] != CITY or self.ix.population[entry] >= 50_000


def _place(gazetteer: Gazetteer, mention: Mention) -> Place:
    ix = gazetteer.index
    entry = mention.choice
    assert entry is not None
    feature = ix.feature[entry]
    precision = 3 if feature != CITY else (2 if mention.near else 1)
    latitude, longitude = ix.latitude[entry], ix.longitude[entry]
    return Place(
        text=mention.text, start=mention.start, end=mention.end,
        geonameid=ix.geonameid[entry] if ix.geonameid[entry] >= 0 else None,
        name=ix.name[entry], feature=feature,
        latitude=None if math.isnan(latitude) else round(latitude, 5),
        longitude=None if math.isnan(longitude) else round(longitude, 5),
        country=ix.country[entry],
        admin1="" if feature == COUNTRY else gazetteer.admin1_name(entry),
        admin1_code=ix.admin1_code[entry], admin2=ix.admin2[entry],
        population=ix.population[entry], geo_precision=precision,
    )


def geoparse(text: str, language: str | None = None, *, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Every place name in ``text`` with its offsets and resolution, in text order."""
    gazetteer = gazetteer or _default_gazetteer()
    language = language if language in ("en", "uk", "ru") else guess_language(text)
    mentions = _drop_transliterated_common_words(gazetteer, _Finder(gazetteer, text, language).find(), language)
    for mention in mentions:
        window = text[max(0, mention.start - 45):mention.start].lower()
        mention.institutional = bool(_INSTITUTION_BEFORE_RE.search(text[max(0, mention.start - 20):mention.start]))
        mention.near = mention.district or bool(_NEAR_RE.search(window)) \
            or bool(_DISTRICT_AFTER_RE.match(text[mention.end:mention.end + 12].lower()))
    _Resolver(gazetteer, mentions, language, text).resolve()
    return [_place(gazetteer, m) for m in mentions]
