"""Writing the report: report.html (one self-contained file, inline SVG,
nothing fetched unless the reader opens the optional web-tile map), report.md
and analysis.json."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from sitrep.analysis.labels import ownership_label, perpetrator_noun, region_label, target_label
from sitrep.model import Event, Framing, Report
from sitrep.report import charts, content
from sitrep.report.content import Namer, Table
from sitrep.report.eventmap import event_map
from sitrep.report.tilemap import leaflet_assets, script_json, tile_map_data

MAX_REGION_PANELS = 9


def _environment() -> Environment:
    folder = Path(str(resources.files("sitrep.report") / "templates"))
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=True, lstrip_blocks=True)


def _all_weeks(analysis: dict) -> list[str]:
    period = analysis.get("methods", {}).get("period", {})
    if not period.get("start") or not period.get("end"):
        return sorted({w["week"] for w in analysis["weekly"]})
    start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
    first, last = start - timedelta(days=start.weekday()), end - timedelta(days=end.weekday())
    return [(first + timedelta(weeks=i)).isoformat() for i in range((last - first).days // 7 + 1)]


def _series(analysis: dict, weeks: list[str], key: str, only: dict[str, str] | None = None) -> dict[str, list[int]]:
    index = {w: i for i, w in enumerate(weeks)}
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    for w in analysis["weekly"]:
        if only and any(w[k] != v for k, v in only.items()):
            continue
        if w["week"] in index:
            series[w[key]][index[w["week"]]] += w["events"]
    return dict(series)


def _actor_key(perpetrator: str, country: str | None) -> str:
    return f"{perpetrator}/{country or ''}"


def _weekly_by_actor(analysis: dict, weeks: list[str]) -> dict[str, list[int]]:
    """Weekly counts per actor (perpetrator and the state it serves), from the
    weekly rows' event ids and ``by_actor``: the analysis alone, no events."""
    actor_of = {i: _actor_key(a["perpetrator"], a["perpetrator_country"])
                for a in content.actors(analysis) for i in a["event_ids"]}
    index = {w: i for i, w in enumerate(weeks)}
    series: dict[str, list[int]] = {_actor_key(a["perpetrator"], a["perpetrator_country"]): [0] * len(weeks)
                                    for a in content.actors(analysis)}
    for w in analysis["weekly"]:
        if w["week"] not in index:
            continue
        ids = w.get("event_ids") or []
        if not ids:  # an analysis without ids: count the row under its perpetrator
            key = next((k for k in series if k.startswith(w["perpetrator"] + "/")), _actor_key(w["perpetrator"], ""))
            series.setdefault(key, [0] * len(weeks))[index[w["week"]]] += w["events"]
        for i in ids:
            series[actor_of.get(i, _actor_key(w["perpetrator"], ""))][index[w["week"]]] += 1
    return {k: v for k, v in series.items() if any(v)}


def _charts(analysis: dict, events: list[Event], namer: Namer, focus: str) -> tuple[dict[str, str], int]:
    by_perp = analysis["by_perpetrator"]
    actors = content.actors(analysis)
    built = {
        "by_type": charts.bar_chart(list(analysis["by_sub_event_type"].items()), "Events by sub-event type", width=460),
        "by_perpetrator": charts.bar_chart(
            [(namer.perpetrator(a["perpetrator"], a["perpetrator_country"]), a["events"]) for a in actors],
            "Events by perpetrator", width=460,
            colours=[charts.colour_of(a["perpetrator"], a["perpetrator_country"] or "") for a in actors]),
        "by_region": charts.bar_chart([(region_label(r), n) for r, n in analysis["by_admin1"].items()],
                                      "Events by region", width=460),
        "fatalities": charts.bar_chart([(target_label(t), n) for t, n in analysis["fatalities"]["by_target"].items()],
                                       "People killed, by target group", unit="killed", colours=["#8c2d04"] * 99,
                                       width=460),
    }
    scope = content.scope_ids(analysis)
    built["map"], unmapped = event_map([e for e in events if e.event_id in scope], "Map of events")
    weeks = _all_weeks(analysis)
    compare = analysis.get("compare")
    marker = compare["date"] if compare else None
    marker_label = content.long_date(marker) if marker else ""
    series = _weekly_by_actor(analysis, weeks)
    # Change points are found per perpetrator code; mark them on that code's first actor.
    points: dict[str, list[str]] = defaultdict(list)
    for c in analysis["change_points"]:
        key = next((k for k in series if k.startswith(c["series"] + "/")), None)
        if key:
            points[key].append(c["week"])
    split = {k: tuple(k.split("/", 1)) for k in series}
    built["weekly"] = charts.weekly_chart(
        weeks, series, "Events per week, by perpetrator", marker_date=marker, marker_label=marker_label,
        change_points=dict(points), labels={k: namer.perpetrator(p, c or None) for k, (p, c) in split.items()},
        colours={k: charts.colour_of(p, c) for k, (p, c) in split.items()})
    regional = _series(analysis, weeks, "admin1", only={"perpetrator": focus})
    ranked = sorted(regional.items(), key=lambda kv: (-sum(kv[1]), kv[0]))[:MAX_REGION_PANELS]
    built["regional"] = charts.small_multiples(
        weeks, {region_label(r): v for r, v in ranked}, f"{perpetrator_noun(focus).capitalize()} events per week by region",
        charts.colour_of(focus), marker_date=marker) if ranked else ""
    if compare:
        rows = [("All regions", compare["overall"])]
        rows += [(region_label(r), b) for r, b in compare["by_admin1"].items()]
        built["forest"] = charts.forest_plot(rows, "Rate ratio after ÷ before, by region")
    return built, unmapped


def _methods_lines(analysis: dict) -> list[str]:
    m = analysis.get("methods", {})
    period = m.get("period", {})
    lines = []
    sources = m.get("sources", [])
    groups = defaultdict(int)
    for s in sources:
        groups[ownership_label(s["ownership"]).lower()] += 1
    lines.append(f"Sources: {len(sources)} outlets (" + ", ".join(f"{n} {g}" for g, n in sorted(groups.items()))
                 + "), listed below.")
    counts = []
    if m.get("documents") is not None:
        counts.append(f"{m['documents']} documents")
    if m.get("reports") is not None:
        counts.append(f"{m['reports']} coded event reports")
    counts.append(f"{m.get('events_in_store', analysis['events'])} fused events in the store, "
                  f"{m.get('events_in_scope', analysis['events'])} in this report's scope")
    lines.append("Collection: " + ", ".join(counts) + ".")
    if period.get("start"):
        lines.append(f"Period covered: {content.long_date(period['start'])} to {content.long_date(period['end'])} "
                     f"({period['days']} days).")
    f = m.get("filters", {})
    if f.get("region"):
        lines.append(f"Limited to {f['region']}.")
    if m.get("model_version"):
        lines.append(f"Event coding model: {m['model_version']}.")
    for run in m.get("runs", [])[-3:]:
        if isinstance(run, dict) and run.get("started_at"):
            lines.append(f"Pipeline run on {content.local_time(run['started_at'])}.")
    lines.append("Events are coded in the ACLED scheme (event types, sub-event types, perpetrators, targets) "
                 "from the sentences quoted in the event list; reports of the same incident by several outlets "
                 "are fused into one event.")
    if "compare" in analysis:
        lines.append("Before/after comparison: " + analysis["compare"]["test"] + ". Events without a readable "
                     "date are left out of it.")
    cp = m.get("change_point_method", {})
    if cp:
        pens = ", ".join(f"{perpetrator_noun(k)} {v:.2f}" for k, v in cp.get("penalty", {}).items())
        lines.append(f"Change points: PELT search (ruptures, {cp['model']} cost, segments of at least "
                     f"{cp['min_segment_weeks']} weeks) on each perpetrator's weekly counts over {cp['weeks']} weeks, "
                     f"for perpetrators with at least {cp.get('min_events', 10)} events; "
                     f"penalty = {cp['penalty_rule']}" + (f"; penalties used: {pens}." if pens else "."))
    lines.append("Map: country outlines from Natural Earth (1:50m). Oblast borders are approximate: each oblast is "
                 "drawn as the area closer to its own towns (GeoNames) than to any other oblast's, clipped to the "
                 "country outline.")
    return lines


def _scope_sentence(analysis: dict) -> str:
    m = analysis.get("methods", {})
    period = m.get("period", {})
    parts = [f"{analysis['events']} events"]
    if period.get("start"):
        parts.append(f"from {content.long_date(period['start'])} to {content.long_date(period['end'])}")
    if m.get("filters", {}).get("region"):
        parts.append(f"in {m['filters']['region']}")
    parts.append(f"reported by {len(m.get('sources', []))} outlets")
    return " ".join(parts) + "."


def _tables(analysis: dict, namer: Namer) -> dict[str, Table]:
    tables = {
        "types": content.type_table(analysis, namer),
        "perpetrators": content.perpetrator_table(analysis, namer),
        "regions": content.region_table(analysis),
        "fatalities": content.fatalities_table(analysis),
        "weekly": content.weekly_table(analysis, namer),
        "change_points": content.change_point_table(analysis, namer),
        "ownership": content.ownership_table(analysis, namer),
        "overlap": content.overlap_table(analysis),
        "sources_coverage": content.source_table(analysis, namer),
        "sources": content.sources_table(analysis),
    }
    if "compare" in analysis:
        tables["compare"] = content.compare_table(analysis["compare"])
    return tables


def render_html(analysis: dict, events: list[Event], framing: list[Framing], reports: list[Report] | None,
                title: str) -> str:
    namer = Namer(analysis, events)
    focus = analysis.get("methods", {}).get("filters", {}).get("perpetrator", "partisans")
    built, unmapped = _charts(analysis, events, namer, focus)
    compare = analysis.get("compare")
    templates = resources.files("sitrep.report") / "templates"
    css = (templates / "report.css").read_text(encoding="utf-8")
    leaflet_js, leaflet_css = leaflet_assets()
    scope = content.scope_ids(analysis)
    generated = analysis.get("methods", {}).get("generated_at", "")
    return _environment().get_template("report.html.j2").render(
        title=title, css=css, leaflet_js=leaflet_js, leaflet_css=leaflet_css,
        tile_map_data=script_json(tile_map_data([e for e in events if e.event_id in scope])),
        tile_map_js=(templates / "tilemap.js").read_text(encoding="utf-8"), scope_sentence=_scope_sentence(analysis),
        headline=content.headline_figures(analysis, namer), charts=built, unmapped=unmapped,
        tables=_tables(analysis, namer), compare=compare,
        compare_when=content.long_date(compare["date"]) if compare else "",
        compare_lines=content.compare_sentences(compare, namer) if compare else [],
        compare_test=("Test: " + compare["test"] + ".") if compare else "",
        compare_explained=content.COMPARE_EXPLAINED,
        coverage_lines=content.coverage_sentences(analysis, namer),
        focus_label=perpetrator_noun(focus).capitalize(),
        reframed=content.reframed_accounts(analysis, namer),
        methods_lines=_methods_lines(analysis), caveats=analysis.get("methods", {}).get("caveats", []),
        events=content.event_entries(analysis, events, framing, reports, namer),
        footer=f"Produced by Sitrep{' on ' + generated if generated else ''}. Figures are also in analysis.json.")


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _md_table(t: Table, with_ids: bool = True) -> list[str]:
    cols = t.columns + (["Event ids"] if with_ids else [])
    lines = [f"### {t.title}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in t.rows:
        cells = [_md_cell(c) for c in r.cells] + ([", ".join(r.event_ids) or "–"] if with_ids else [])
        lines.append("| " + " | ".join(cells) + " |")
    if not t.rows:
        lines.append("| " + " | ".join(["–"] * len(cols)) + " |")
    if t.note:
        lines += ["", f"_{t.note}_"]
    return lines + [""]


def render_markdown(analysis: dict, events: list[Event], framing: list[Framing], reports: list[Report] | None,
                    title: str) -> str:
    namer = Namer(analysis, events)
    tables = _tables(analysis, namer)
    compare = analysis.get("compare")
    out = [f"# {title}", "", _scope_sentence(analysis), "", "## Summary", ""]
    out += [f"- **{label}:** {value}" for label, value in content.headline_figures(analysis, namer)] + [""]
    for key in ("types", "perpetrators", "regions", "fatalities"):
        out += _md_table(tables[key])
    out += ["## Weekly trends", ""]
    out += _md_table(tables["change_points"], with_ids=False)
    out += _md_table(tables["weekly"])
    if compare:
        out += [f"## Before and after {content.long_date(compare['date'])}", ""]
        for sentence in content.compare_sentences(compare, namer):
            out += [sentence, ""]
        out += _md_table(tables["compare"])
        out += [f"_Test: {compare['test']}._", ""]
        for paragraph in content.COMPARE_EXPLAINED:
            out += [paragraph, ""]
    out += ["## Coverage and framing", ""]
    for line in content.coverage_sentences(analysis, namer):
        out += [line, ""]
    for key in ("ownership", "overlap", "sources_coverage"):
        out += _md_table(tables[key])
    out += ["### Reframed accounts", ""]
    accounts = content.reframed_accounts(analysis, namer)
    if not accounts:
        out += ["No outlet's account differs from the event coding.", ""]
    for r in accounts:
        out += [f"#### {r.heading} (event {r.event_id})", "", f"- {r.outlet_account}"]
        out += [f"  > {_md_cell(q.text)} — {q.outlet}" for q in r.outlet_quotes]
        out += [f"- {r.consensus_account}"]
        out += [f"  > {_md_cell(q.text)} — {q.outlet} ({q.ownership.lower()})" for q in r.consensus_quotes]
        out.append("")
    out += ["## Methods", ""] + [f"- {line}" for line in _methods_lines(analysis)] + [""]
    out += ["### Caveats", ""] + [f"- {c}" for c in analysis.get("methods", {}).get("caveats", [])] + [""]
    out += _md_table(tables["sources"], with_ids=False)
    out += ["## Events", "", "| Event | Date | What | Perpetrator | Target | Where | Killed | Reported by | Evidence |",
            "|---|---|---|---|---|---|---|---|---|"]
    for e in content.event_entries(analysis, events, framing, reports, namer):
        quotes = " / ".join(f"“{q.text}” ({q.outlet})" for q in e.quotes) or "–"
        out.append("| " + " | ".join(_md_cell(c) for c in (e.event_id, e.date, e.what, e.who, e.target, e.where,
                                                            e.killed, e.outlets, quotes)) + " |")
    return "\n".join(out) + "\n"


def render(analysis: dict, events: list[Event], framing: list[Framing], out_dir: Path, *,
           reports: list[Report] | None = None, title: str = "Sitrep situation report") -> list[Path]:
    """Write report.html, report.md and analysis.json to ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / "report.html", out_dir / "report.md", out_dir / "analysis.json"]
    paths[0].write_text(render_html(analysis, events, framing, reports, title), encoding="utf-8")
    paths[1].write_text(render_markdown(analysis, events, framing, reports, title), encoding="utf-8")
    paths[2].write_text(json.dumps(analysis, ensure_ascii=False, indent=2, allow_nan=False) + "\n",
                        encoding="utf-8")
    return paths
