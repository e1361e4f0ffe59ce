"""The optional interactive map: the same events as the SVG map, drawn by
Leaflet over OpenStreetMap tiles. Leaflet (``data/report/vendor``) and the
events are inlined, so report.html stays one file; the page's script starts
Leaflet, and with it the tile requests, only when the reader opens the view.
Offline, the shipped country and oblast outlines give the points their
context."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from sitrep.analysis.labels import perpetrator_label
from sitrep.model import Event
from sitrep.report.charts import colour_of
from sitrep.report.eventmap import radius
from sitrep.report.outlines import load_outlines

# A source-map comment makes browser developer tools fetch leaflet.js.map next
# to the report; the report ships no such file.
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's script and stylesheet, as shipped in the package."""
    vendor = resources.files("sitrep") / "data" / "report" / "vendor"
    script = _SOURCE_MAP.sub("", (vendor / "leaflet.js").read_text(encoding="utf-8"))
    return script, (vendor / "leaflet.css").read_text(encoding="utf-8")


def _feature(kind: str, name: str, rings: list[list[list[float]]]) -> dict:
    # Each ring as a polygon of its own: the oblast rings are drawn as lines,
    # and the country rings are separate islands and mainland.
    return {"type": "Feature", "properties": {"kind": kind, "name": name},
            "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]}}


@lru_cache(maxsize=1)
def _outline_features() -> dict:
    outlines = load_outlines()
    features = [_feature("country", name, rings) for name, rings in outlines["countries"].items()]
    features += [_feature("admin1", r["name"], r["rings"]) for r in outlines["admin1"].values()]
    features.append(_feature("ukraine", "Ukraine", outlines["ukraine"]))
    return {"type": "FeatureCollection", "features": features}


def tile_map_data(events: list[Event]) -> dict:
    """What the page's script draws: the placed events (lat/lon, colour and
    radius as on the SVG map, popup fields) and the outlines as GeoJSON."""
    placed = [e for e in events if e.latitude is not None and e.longitude is not None]
    return {
        "events": [{"id": e.event_id, "lat": e.latitude, "lon": e.longitude,
                    "colour": colour_of(e.perpetrator, e.perpetrator_country),
                    "radius": round(radius(e.fatalities or 0), 1), "date": e.event_date or "undated",
                    "type": e.sub_event_type or "Uncoded",
                    "perpetrator": perpetrator_label(e.perpetrator, e.perpetrator_country),
                    "place": e.location or e.admin1 or "Place not known", "killed": e.fatalities or 0}
                   # Largest first, as on the SVG map, so small points stay clickable on top.
                   for e in sorted(placed, key=lambda e: (-(e.fatalities or 0), e.event_id))],
        "frame": load_outlines()["frame"],
        "outlines": _outline_features(),
    }


def script_json(data: dict) -> str:
    """JSON that can sit inside a <script> element: no "</" to end it early."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
