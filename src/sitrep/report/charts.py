"""Charts as inline SVG, built in Python: the report needs no script and
opens offline. Every chart carries a <title> for screen readers and
tooltips on its marks."""

from __future__ import annotations

import math
from datetime import date
from html import escape

FONT = "font-family='system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif'"
INK = "#222"
MUTED = "#777"
GRID = "#e3e3e3"
ACCENT = "#2b6cb0"

PERPETRATOR_COLOURS = {
    "partisans": "#1f78b4", "state_forces": "#d7301f", "rebels": "#ff7f00", "militia": "#8c510a",
    "protesters": "#33a02c", "rioters": "#e7298a", "civilians": "#6a3d9a", "external_forces": "#01665e",
    "unknown": "#8c8c8c",
}


# State forces are told apart by the state they serve: in an occupied area the
# occupier's forces and the defender's are the two sides of the story.
STATE_FORCES_COLOURS = {"RU": "#d7301f", "UA": "#e6ab02", "BY": "#a50f15"}


def colour_of(perpetrator: str, country: str = "") -> str:
    if perpetrator == "state_forces" and country in STATE_FORCES_COLOURS:
        return STATE_FORCES_COLOURS[country]
    return PERPETRATOR_COLOURS.get(perpetrator, "#555")


def format_ratio(v: float | None) -> str:
    """A rate ratio or interval end to two significant figures ("0.82", "4.6",
    "13", "289"); "∞" for an unbounded end."""
    if v is None:
        return "∞"
    if v == 0:
        return "0"
    return f"{v:.0f}" if v >= 10 else f"{v:.2g}"


def _svg(width: int, height: int, title: str, body: list[str], css_class: str = "chart") -> str:
    return (f"<svg xmlns='http://www.w3.org/2000/svg' class='{css_class}' viewBox='0 0 {width} {height}' "
            f"width='{width}' height='{height}' role='img' aria-label='{escape(title)}' {FONT}>"
            f"<title>{escape(title)}</title>{''.join(body)}</svg>")


def _nice_step(value: float, n: int = 4) -> float:
    """A round tick step (1, 2 or 5 times a power of ten, at least 1) giving about n ticks up to value."""
    raw = max(value / n, 1.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(s * magnitude for s in (1, 2, 5, 10) if raw <= s * magnitude)


def _nice_max(value: float) -> float:
    step = _nice_step(value)
    return max(step, math.ceil(value / step) * step)


def _ticks(top: float) -> list[float]:
    step = _nice_step(top)
    return [step * i for i in range(int(round(top / step)) + 1)]


def _fmt(v: float) -> str:
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.1f}"


def bar_chart(items: list[tuple[str, float]], title: str, *, unit: str = "events",
              colours: list[str] | None = None, width: int = 560, value_format=None) -> str:
    """Horizontal bars, largest first as given."""
    fmt = value_format or _fmt
    row_h, top_pad = 24, 8
    label_w = int(min(250, max(90, 7 * max((len(_clip(lab, 36)) for lab, _ in items), default=0) + 14)))
    height = top_pad + row_h * max(1, len(items)) + 26
    plot_w = width - label_w - 60
    top = _nice_max(max((v for _, v in items), default=0))
    body = []
    for t in _ticks(top):
        x = label_w + plot_w * t / top
        body.append(f"<line x1='{x:.1f}' x2='{x:.1f}' y1='{top_pad}' y2='{height - 22}' stroke='{GRID}'/>")
        body.append(f"<text x='{x:.1f}' y='{height - 8}' font-size='11' fill='{MUTED}' "
                    f"text-anchor='middle'>{fmt(t)}</text>")
    for i, (label, value) in enumerate(items):
        y = top_pad + i * row_h
        w = plot_w * value / top
        colour = colours[i] if colours else ACCENT
        body.append(f"<text x='{label_w - 8}' y='{y + 16}' font-size='12.5' fill='{INK}' "
                    f"text-anchor='end'>{escape(_clip(label, 36))}</text>")
        body.append(f"<rect x='{label_w}' y='{y + 4}' width='{max(w, 0.5):.1f}' height='{row_h - 8}' "
                    f"fill='{colour}' rx='2'><title>{escape(label)}: {fmt(value)} {unit}</title></rect>")
        body.append(f"<text x='{label_w + w + 5:.1f}' y='{y + 16}' font-size='12' fill='{INK}'>"
                    f"{fmt(value)}</text>")
    if not items:
        body.append(f"<text x='{label_w}' y='{top_pad + 16}' font-size='12' fill='{MUTED}'>No data</text>")
    return _svg(width, height, title, body)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _month_ticks(weeks: list[str]) -> list[tuple[int, str]]:
    ticks, seen = [], set()
    for i, w in enumerate(weeks):
        d = date.fromisoformat(w)
        key = (d.year, d.month)
        if key not in seen:
            seen.add(key)
            ticks.append((i, d.strftime("%b %Y") if d.month == 1 or not ticks else d.strftime("%b")))
    step = max(1, math.ceil(len(ticks) / 10))
    return ticks[::step]


def weekly_chart(weeks: list[str], series: dict[str, list[int]], title: str, *,
                 marker_date: str | None = None, marker_label: str = "",
                 change_points: dict[str, list[str]] | None = None,
                 width: int = 900, height: int = 300, labels: dict[str, str] | None = None,
                 colours: dict[str, str] | None = None) -> str:
    """Weekly counts as stacked columns, one colour per series.

    Columns rather than lines: event counts are small whole numbers, and a
    line between two weeks with one event each suggests activity in between.
    """
    labels = labels or {}
    colours = colours or {name: colour_of(name) for name in series}
    left, right, top_pad, bottom = 44, 210, 14, 34
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    totals = [sum(v[i] for v in series.values()) for i in range(len(weeks))]
    peak = _nice_max(max(totals, default=0))
    slot = plot_w / max(1, len(weeks))
    bar_w = max(1.0, slot * 0.8)
    x = lambda i: left + slot * i  # noqa: E731 — a local scale
    y = lambda v: top_pad + plot_h * (1 - v / peak)  # noqa: E731
    body = []
    for t in _ticks(peak):
        body.append(f"<line x1='{left}' x2='{left + plot_w}' y1='{y(t):.1f}' y2='{y(t):.1f}' stroke='{GRID}'/>")
        body.append(f"<text x='{left - 6}' y='{y(t) + 4:.1f}' font-size='11' fill='{MUTED}' "
                    f"text-anchor='end'>{_fmt(t)}</text>")
    for i, label in _month_ticks(weeks):
        body.append(f"<line x1='{x(i):.1f}' x2='{x(i):.1f}' y1='{top_pad + plot_h}' y2='{top_pad + plot_h + 4}' "
                    f"stroke='{MUTED}'/>")
        body.append(f"<text x='{x(i):.1f}' y='{height - 12}' font-size='11' fill='{MUTED}' "
                    f"text-anchor='start'>{escape(label)}</text>")
    for i, week in enumerate(weeks):
        base = 0
        for name, counts in series.items():
            v = counts[i]
            if not v:
                continue
            body.append(f"<rect x='{x(i) + (slot - bar_w) / 2:.1f}' y='{y(base + v):.1f}' width='{bar_w:.1f}' "
                        f"height='{y(base) - y(base + v):.1f}' fill='{colours.get(name, '#555')}'>"
                        f"<title>{escape(labels.get(name, name))}, week of {week}: {v}</title></rect>")
            base += v
    body.append(f"<line x1='{left}' x2='{left + plot_w}' y1='{top_pad + plot_h}' y2='{top_pad + plot_h}' "
                f"stroke='{MUTED}'/>")
    if marker_date and weeks and weeks[0] <= marker_date:
        mx = x(0) + slot * _date_position(weeks, marker_date)
        body.append(f"<line x1='{mx:.1f}' x2='{mx:.1f}' y1='{top_pad}' y2='{top_pad + plot_h}' "
                    f"stroke='{INK}' stroke-dasharray='4 3'/>")
        body.append(f"<text x='{mx + 4:.1f}' y='{top_pad + 11}' font-size='11' fill='{INK}' "
                    f"style='paint-order:stroke' stroke='#ffffff' stroke-width='3'>"
                    f"{escape(marker_label)}</text>")
    for k, name in enumerate(series):
        colour = colours.get(name, "#555")
        for week in (change_points or {}).get(name, []):
            if week in weeks:
                cx = x(weeks.index(week))
                body.append(f"<path d='M{cx - 5:.1f},{top_pad + plot_h + 9} l5,-8 l5,8 z' fill='{colour}'>"
                            f"<title>Change point in {escape(labels.get(name, name))}: week of {week}</title></path>")
        ly = top_pad + 8 + k * 18
        body.append(f"<rect x='{left + plot_w + 14}' y='{ly - 10}' width='12' height='12' fill='{colour}'/>")
        body.append(f"<text x='{left + plot_w + 32}' y='{ly}' font-size='12' fill='{INK}'>"
                    f"{escape(_clip(labels.get(name, name), 26))}</text>")
    if change_points and any(change_points.values()):
        ly = top_pad + 8 + len(series) * 18 + 6
        body.append(f"<path d='M{left + plot_w + 15},{ly} l5,-8 l5,8 z' fill='{MUTED}'/>")
        body.append(f"<text x='{left + plot_w + 32}' y='{ly}' font-size='12' fill='{INK}'>change point</text>")
    return _svg(width, height, title, body)


def _date_position(weeks: list[str], day: str) -> float:
    """Fractional week index of a date on the weekly axis."""
    first = date.fromisoformat(weeks[0])
    return (date.fromisoformat(day) - first).days / 7


def small_multiples(weeks: list[str], panels: dict[str, list[int]], title: str, colour: str,
                    *, marker_date: str | None = None, columns: int = 3, width: int = 900) -> str:
    """One small weekly chart per region, on a shared scale."""
    rows = math.ceil(len(panels) / columns) or 1
    cell_w, cell_h = width / columns, 120
    height = int(rows * cell_h) + 6
    peak = _nice_max(max((max(v) for v in panels.values() if v), default=0))
    body = []
    for k, (name, counts) in enumerate(panels.items()):
        ox, oy = (k % columns) * cell_w, (k // columns) * cell_h
        px, py, pw, ph = ox + 30, oy + 24, cell_w - 44, cell_h - 50
        body.append(f"<text x='{ox + 30}' y='{oy + 15}' font-size='12.5' font-weight='600' "
                    f"fill='{INK}'>{escape(_clip(name, 34))}</text>")
        body.append(f"<line x1='{px}' x2='{px + pw}' y1='{py + ph}' y2='{py + ph}' stroke='{MUTED}'/>")
        body.append(f"<text x='{px - 4}' y='{py + 8}' font-size='10' fill='{MUTED}' text-anchor='end'>{_fmt(peak)}</text>")
        body.append(f"<text x='{px - 4}' y='{py + ph}' font-size='10' fill='{MUTED}' text-anchor='end'>0</text>")
        if marker_date and weeks and weeks[0] <= marker_date:
            mx = px + pw * _date_position(weeks, marker_date) / max(1, len(weeks))
            body.append(f"<line x1='{mx:.1f}' x2='{mx:.1f}' y1='{py}' y2='{py + ph}' stroke='{INK}' "
                        f"stroke-dasharray='3 3'/>")
        slot = pw / max(1, len(counts))
        body.append(f"<g><title>{escape(name)}: {sum(counts)} events</title>")
        for i, v in enumerate(counts):
            if v:
                body.append(f"<rect x='{px + slot * i + slot * 0.1:.1f}' y='{py + ph * (1 - v / peak):.1f}' "
                            f"width='{max(1.0, slot * 0.8):.1f}' height='{ph * v / peak:.1f}' fill='{colour}'/>")
        body.append("</g>")
        if weeks:
            first, last = date.fromisoformat(weeks[0]), date.fromisoformat(weeks[-1])
            body.append(f"<text x='{px}' y='{py + ph + 14}' font-size='10' fill='{MUTED}'>"
                        f"{first.strftime('%b %Y')}</text>")
            body.append(f"<text x='{px + pw}' y='{py + ph + 14}' font-size='10' fill='{MUTED}' "
                        f"text-anchor='end'>{last.strftime('%b %Y')}</text>")
    return _svg(width, height, title, body)


def forest_plot(rows: list[tuple[str, dict]], title: str, *, width: int = 760) -> str:
    """Rate ratios with 95% intervals on a log scale; a line marks no change (1)."""
    label_w, right, row_h, top_pad = 220, 150, 26, 26
    height = top_pad + row_h * max(1, len(rows)) + 30
    plot_w = width - label_w - right
    finite = [v for _, r in rows for v in (r.get("ci_low"), r.get("ci_high"), r.get("rate_ratio"))
              if v is not None and v > 0]
    lo = min([0.1, *finite]) if finite else 0.1
    hi = max([10.0, *finite]) if finite else 10.0
    lo_exp, hi_exp = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    span = hi_exp - lo_exp or 1
    pos = lambda v: label_w + plot_w * (math.log10(v) - lo_exp) / span  # noqa: E731
    body = [f"<text x='{label_w + plot_w + 10}' y='{top_pad - 10}' font-size='11' fill='{MUTED}'>"
            f"ratio (95% CI)</text>"]
    for e in range(lo_exp, hi_exp + 1):
        v = 10.0 ** e
        body.append(f"<line x1='{pos(v):.1f}' x2='{pos(v):.1f}' y1='{top_pad - 4}' y2='{height - 26}' "
                    f"stroke='{GRID}'/>")
        body.append(f"<text x='{pos(v):.1f}' y='{height - 10}' font-size='11' fill='{MUTED}' "
                    f"text-anchor='middle'>{v:g}</text>")
    body.append(f"<line x1='{pos(1):.1f}' x2='{pos(1):.1f}' y1='{top_pad - 4}' y2='{height - 26}' "
                f"stroke='{INK}' stroke-dasharray='4 3'/>")
    for i, (label, r) in enumerate(rows):
        cy = top_pad + i * row_h + row_h / 2
        weight = "700" if i == 0 else "400"
        body.append(f"<text x='{label_w - 10}' y='{cy + 4:.1f}' font-size='12.5' font-weight='{weight}' "
                    f"fill='{INK}' text-anchor='end'>{escape(_clip(label, 30))}</text>")
        ratio, low, high = r.get("rate_ratio"), r.get("ci_low"), r.get("ci_high")
        if low is None and high is None:
            body.append(f"<text x='{label_w + 4}' y='{cy + 4:.1f}' font-size='11' fill='{MUTED}'>"
                        f"not estimable</text>")
            continue
        x0 = pos(low) if low else label_w
        x1 = pos(high) if high else label_w + plot_w
        colour = ACCENT if (low or 0) > 1 or (high is not None and high < 1) else MUTED
        body.append(f"<line x1='{x0:.1f}' x2='{x1:.1f}' y1='{cy:.1f}' y2='{cy:.1f}' stroke='{colour}' "
                    f"stroke-width='2'/>")
        if high is None:
            body.append(f"<path d='M{x1:.1f},{cy:.1f} l-7,-4 l0,8 z' fill='{colour}'/>")
        if low in (0, None):
            body.append(f"<path d='M{x0:.1f},{cy:.1f} l7,-4 l0,8 z' fill='{colour}'/>")
        if ratio:
            body.append(f"<rect x='{pos(ratio) - 5:.1f}' y='{cy - 5:.1f}' width='10' height='10' "
                        f"fill='{colour}'><title>{escape(label)}: {ratio:.2f}</title></rect>")
        body.append(f"<text x='{label_w + plot_w + 10}' y='{cy + 4:.1f}' font-size='12' fill='{INK}'>"
                    f"{escape(ratio_text(r))}</text>")
    return _svg(width, height, title, body)


def ratio_text(r: dict) -> str:
    """"6.5 (2.9–16)", with "∞" for an unbounded end and "–" when nothing can be estimated."""
    if r.get("ci_low") is None and r.get("ci_high") is None:
        return "–"
    return f"{format_ratio(r.get('rate_ratio'))} ({format_ratio(r.get('ci_low'))}–{format_ratio(r.get('ci_high'))})"
