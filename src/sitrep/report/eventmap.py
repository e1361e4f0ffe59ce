"""The map of events as inline SVG: country and oblast outlines shipped in
the package (see ``outlines``), events as points sized by fatalities and
coloured by perpetrator, each linking to its entry in the event list."""

from __future__ import annotations

import math
from html import escape

from sitrep.analysis.labels import perpetrator_label
from sitrep.model import Event
from sitrep.report.charts import FONT, INK, MUTED, colour_of
from sitrep.report.outlines import load_outlines

WIDTH = 900


class _Projection:
    """Equirectangular projection scaled by the cosine of the middle latitude:
    faithful enough for a region the size of Ukraine."""

    def __init__(self, frame: tuple[float, float, float, float], width: int):
        self.x0, self.y0, self.x1, self.y1 = frame
        self.kx = math.cos(math.radians((self.y0 + self.y1) / 2))
        self.scale = width / ((self.x1 - self.x0) * self.kx)
        self.height = int((self.y1 - self.y0) * self.scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.x0) * self.kx * self.scale, (self.y1 - lat) * self.scale

    def path(self, rings: list[list[list[float]]]) -> str:
        parts = []
        for ring in rings:
            pts = [self(x, y) for x, y in ring]
            parts.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + " Z")
        return " ".join(parts)


PAD_DEGREES = 1.2  # room around the outermost events
MIN_SPAN = (7.0, 4.0)  # lon, lat: never zoom closer than a few oblasts
ASPECT = (1.5, 2.0)  # width / height on screen
MAX_PLACE_LABELS = 25  # more distinct places than this and their names would cover the map


def _frame(events: list[Event], base: list[float]) -> tuple[float, float, float, float]:
    """The events' own extent with a margin, so that a story told in three
    oblasts is not a cluster of dots in a map of the whole country; the
    shipped frame when no event has coordinates."""
    lons = [e.longitude for e in events if e.longitude is not None and e.latitude is not None]
    lats = [e.latitude for e in events if e.longitude is not None and e.latitude is not None]
    if not lons:
        return tuple(base)
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    w = max(max(lons) - min(lons) + 2 * PAD_DEGREES, MIN_SPAN[0])
    h = max(max(lats) - min(lats) + 2 * PAD_DEGREES, MIN_SPAN[1])
    k = math.cos(math.radians(cy))
    if w * k / h < ASPECT[0]:
        w = ASPECT[0] * h / k
    elif w * k / h > ASPECT[1]:
        h = w * k / ASPECT[1]
    # The outlines stop at the shipped frame: slide the view back inside it
    # (an event beyond it still widens the view, with sea-coloured margins).
    x0, x1 = _inside(cx - w / 2, cx + w / 2, min(base[0], min(lons) - 0.5), max(base[2], max(lons) + 0.5))
    y0, y1 = _inside(cy - h / 2, cy + h / 2, min(base[1], min(lats) - 0.5), max(base[3], max(lats) + 0.5))
    return x0, y0, x1, y1


def _inside(low: float, high: float, floor: float, ceiling: float) -> tuple[float, float]:
    """The interval [low, high] moved (or, if too long, cut) to lie within [floor, ceiling]."""
    if high - low >= ceiling - floor:
        return floor, ceiling
    if low < floor:
        return floor, floor + (high - low)
    if high > ceiling:
        return ceiling - (high - low), ceiling
    return low, high


def _place_labels(events: list[Event], proj: _Projection) -> list[str]:
    """Each event place named once beside its point, when there are few enough to read."""
    places: dict[str, tuple[float, float]] = {}
    for e in events:
        if e.location and e.location not in places:
            places[e.location] = proj(e.longitude, e.latitude)
    if len(places) > MAX_PLACE_LABELS:
        return []
    return [f"<text x='{x + 7:.1f}' y='{y - 5:.1f}' font-size='11' fill='{INK}' style='paint-order:stroke' "
            f"stroke='#ffffff' stroke-width='3' pointer-events='none'>{escape(name)}</text>"
            for name, (x, y) in sorted(places.items())]


def radius(fatalities: int) -> float:
    """Point radius: area grows with the number killed."""
    return 3.5 + 2.2 * math.sqrt(max(0, fatalities))


def event_map(events: list[Event], title: str = "Map of events") -> tuple[str, int]:
    """The map as an SVG string, and how many events had no coordinates."""
    outlines = load_outlines()
    placed = [e for e in events if e.latitude is not None and e.longitude is not None]
    proj = _Projection(_frame(placed, outlines["frame"]), WIDTH)
    legend_h = 64
    height = proj.height + legend_h
    body = [f"<rect width='{WIDTH}' height='{proj.height}' fill='#eaf2f8'/>"]
    for name, rings in outlines["countries"].items():
        body.append(f"<path d='{proj.path(rings)}' fill='#f4f1ea' stroke='#b9b3a6' stroke-width='0.8'>"
                    f"<title>{escape(name)}</title></path>")
    ukraine = proj.path(outlines["ukraine"])
    body.append(f"<clipPath id='ukraine-clip'><path d='{ukraine}'/></clipPath>")
    body.append(f"<path d='{ukraine}' fill='#ffffff'/>")
    body.append("<g clip-path='url(#ukraine-clip)'>")
    for region in outlines["admin1"].values():
        body.append(f"<path d='{proj.path(region['rings'])}' fill='none' stroke='#9aa5b1' "
                    f"stroke-width='0.7' fill-rule='evenodd'><title>{escape(region['name'])}</title></path>")
    body.append("</g>")
    body.append(f"<path d='{ukraine}' fill='none' stroke='#4a5560' stroke-width='1.3'/>")
    for region in outlines["admin1"].values():
        if region["name"] in {"Kyiv City", "Sevastopol City"}:
            continue  # too small to label over their neighbours
        lx, ly = proj(*region["label"])
        short = region["name"].replace(" Oblast", "")
        body.append(f"<text x='{lx:.1f}' y='{ly:.1f}' font-size='10.5' fill='#6b7783' text-anchor='middle' "
                    f"style='paint-order:stroke' stroke='#ffffff' stroke-width='2.5'>{escape(short)}</text>")
    # Largest first so that small points stay clickable on top.
    for e in sorted(placed, key=lambda e: (-(e.fatalities or 0), e.event_id)):
        x, y = proj(e.longitude, e.latitude)
        who = perpetrator_label(e.perpetrator, e.perpetrator_country)
        tip = (f"{e.event_date or 'undated'} · {e.sub_event_type or 'uncoded'} · {who} · "
               f"{e.location or e.admin1} · {e.fatalities or 0} killed")
        body.append(f"<a href='#ev-{escape(e.event_id)}'><circle cx='{x:.1f}' cy='{y:.1f}' "
                    f"r='{radius(e.fatalities or 0):.1f}' fill='{colour_of(e.perpetrator, e.perpetrator_country)}' "
                    "fill-opacity='0.72' "
                    f"stroke='#ffffff' stroke-width='0.8' class='event-point'><title>{escape(tip)}</title>"
                    f"</circle></a>")
    body.extend(_place_labels(placed, proj))
    body.append(_legend(placed, proj.height))
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' class='map' viewBox='0 0 {WIDTH} {height}' "
           f"width='{WIDTH}' height='{height}' role='img' aria-label='{escape(title)}' {FONT}>"
           f"<title>{escape(title)}</title>{''.join(body)}</svg>")
    return svg, len(events) - len(placed)


def _legend(events: list[Event], top: float) -> str:
    parts = [f"<rect y='{top}' width='{WIDTH}' height='64' fill='#ffffff'/>"]
    seen: dict[str, str] = {}
    for e in events:
        seen.setdefault(perpetrator_label(e.perpetrator, e.perpetrator_country),
                        colour_of(e.perpetrator, e.perpetrator_country))
    x = 10
    for label, colour in sorted(seen.items()):
        parts.append(f"<circle cx='{x + 6}' cy='{top + 18}' r='6' fill='{colour}' fill-opacity='0.8'/>")
        parts.append(f"<text x='{x + 16}' y='{top + 22}' font-size='12' fill='{INK}'>{escape(label)}</text>")
        x += 26 + 7 * len(label)
    x = 10
    parts.append(f"<text x='{x}' y='{top + 50}' font-size='12' fill='{MUTED}'>Killed:</text>")
    x += 52
    for n in (0, 1, 5, 20):
        r = radius(n)
        parts.append(f"<circle cx='{x + r}' cy='{top + 46}' r='{r:.1f}' fill='none' stroke='{MUTED}'/>")
        parts.append(f"<text x='{x + 2 * r + 4:.1f}' y='{top + 50}' font-size='12' fill='{MUTED}'>{n}</text>")
        x += 2 * r + 30
    return "".join(parts)
