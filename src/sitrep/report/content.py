"""What the report says, independent of its format.

Both the HTML and the Markdown report are drawn from the tables and
sentences built here, and those are built only from the analysis dict (the
figures written to ``analysis.json``), so the three files agree. Every table
row carries the ids of the events behind it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import pycountry

from sitrep.analysis.labels import (ownership_label, perpetrator_label, perpetrator_noun, region_label,
                                    target_label)
from sitrep.model import Event, Framing, Report
from sitrep.report.charts import format_ratio

SIGNIFICANCE = 0.05
PERPETRATOR_COLUMNS_NOTE = ("Columns named for a perpetrator give the share of that perpetrator's events "
                            "reported.")


@dataclass
class Row:
    cells: list[str]
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[Row]
    note: str = ""
    anchor: str = ""


@dataclass
class Quote:
    outlet: str
    ownership: str
    text: str


@dataclass
class ReframedAccount:
    event_id: str
    heading: str
    outlet_account: str
    consensus_account: str
    outlet_quotes: list[Quote]
    consensus_quotes: list[Quote]


@dataclass
class EventEntry:
    event_id: str
    date: str
    what: str
    who: str
    target: str
    where: str
    killed: int
    outlets: str
    quotes: list[Quote]


# --- formatting ---------------------------------------------------------------------------------

def long_date(iso: str | None) -> str:
    if not iso:
        return "undated"
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B %Y')}"


def share(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def p_text(p: float | None) -> str:
    if p is None:
        return "–"
    return "<\u00a00.001" if p < 0.001 else f"{p:.3f}"


def weekly_rate(per_day: float | None) -> str:
    """A daily rate as events a week: counts this small read better per week."""
    return "–" if per_day is None else f"{7 * per_day:.2f}"


def ratio_cell(block: dict) -> str:
    if block.get("p_value") is None:
        return "not estimable"
    return (f"{format_ratio(block.get('rate_ratio'))} "
            f"({format_ratio(block.get('ci_low'))}–{format_ratio(block.get('ci_high'))})")


def local_time(iso: str) -> str:
    """"2022-11-25T14:04:04+00:00" as "25 November 2022, 14:04 UTC"."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    zone = moment.strftime("%Z") or ""
    zone = "UTC" if zone in {"UTC", "UTC+00:00"} else zone
    return f"{moment.day} {moment.strftime('%B %Y, %H:%M')}{' ' + zone if zone else ''}"


def language_name(code: str) -> str:
    lang = pycountry.languages.get(alpha_2=code) if code and len(code) == 2 else None
    return lang.name if lang else (code or "–")


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if code and len(code) == 2 else None
    return getattr(country, "common_name", None) or (country.name if country else (code or "–"))


class Namer:
    """Plain-English names for codes, knowing the store's outlets and which
    state each perpetrator serves (so "state_forces" reads "Russian state forces")."""

    def __init__(self, analysis: dict, events: list[Event]):
        countries: dict[str, Counter] = defaultdict(Counter)
        for e in events:
            countries[e.perpetrator][e.perpetrator_country] += 1
        self._country = {p: (c.most_common(1)[0][0] if len(c) == 1 else "") for p, c in countries.items()}
        self._outlets = {s["id"]: s["name"] for s in analysis.get("methods", {}).get("sources", [])}
        # "Vestnik (Russian state news agency)" is "Vestnik" in a crowded cell,
        # unless two outlets would then share a name.
        short = {i: name.split(" (", 1)[0].strip() or name for i, name in self._outlets.items()}
        clashes = Counter(short.values())
        self._short = {i: (n if clashes[n] == 1 else self._outlets[i]) for i, n in short.items()}

    def perpetrator(self, code: str, country: str | None = None) -> str:
        return perpetrator_label(code, self._country.get(code, "") if country is None else country)

    def outlet(self, source_id: str) -> str:
        return self._outlets.get(source_id, source_id)

    def short_outlet(self, source_id: str) -> str:
        return self._short.get(source_id, source_id)


# --- tables -------------------------------------------------------------------------------------

def headline_figures(analysis: dict, namer: Namer) -> list[tuple[str, str]]:
    m = analysis.get("methods", {})
    figures = [("Events", str(analysis["events"]))]
    focus = m.get("filters", {}).get("perpetrator", "partisans")
    if focus in analysis["by_perpetrator"]:
        figures.append((f"{perpetrator_noun(focus).capitalize()} events", str(analysis["by_perpetrator"][focus])))
    figures.append(("Killed", str(analysis["fatalities"]["total"])))
    figures.append(("Regions", str(len(analysis["by_admin1"]))))
    figures.append(("Outlets", str(len(m.get("sources", [])))))
    if m.get("documents") is not None:
        figures.append(("Documents", str(m["documents"])))
    return figures


def type_table(analysis: dict, namer: Namer) -> Table:
    rows = [Row([r["event_type"], r["sub_event_type"],
                 namer.perpetrator(r["perpetrator"], r.get("perpetrator_country")), str(r["events"]),
                 str(r["fatalities"])], r["event_ids"]) for r in analysis["by_type_and_perpetrator"]]
    return Table("Events by type and perpetrator", ["Event type", "Sub-event type", "Perpetrator", "Events",
                                                     "Killed"], rows, anchor="by-type")


def perpetrator_table(analysis: dict, namer: Namer) -> Table:
    rows = [Row([namer.perpetrator(a["perpetrator"], a["perpetrator_country"]), str(a["events"]),
                 share(a["events"] / analysis["events"]), str(a["fatalities"])], a["event_ids"])
            for a in actors(analysis)]
    return Table("Events by perpetrator", ["Perpetrator", "Events", "Share", "Killed"], rows, anchor="by-perpetrator",
                 note="State forces are counted by the state they serve.")


def actors(analysis: dict) -> list[dict]:
    """Perpetrators told apart by the state they serve (analysis ``by_actor``);
    from ``by_perpetrator`` alone for an analysis that lacks it."""
    if "by_actor" in analysis:
        return analysis["by_actor"]
    ids = analysis["event_ids"]["by_perpetrator"]
    killed = analysis["fatalities"].get("by_perpetrator", {})
    return [{"perpetrator": p, "perpetrator_country": None, "events": n, "fatalities": killed.get(p, 0),
             "event_ids": ids.get(p, [])} for p, n in analysis["by_perpetrator"].items()]


def region_table(analysis: dict) -> Table:
    ids = analysis["event_ids"]["by_admin1"]
    rows = [Row([region_label(r), str(n), share(n / analysis["events"])], ids.get(r, []))
            for r, n in analysis["by_admin1"].items()]
    return Table("Events by region", ["Region", "Events", "Share"], rows, anchor="by-region")


def fatalities_table(analysis: dict) -> Table:
    ids = analysis["event_ids"]["fatalities_by_target"]
    rows = [Row([target_label(t), str(n), str(len(ids.get(t, [])))], ids.get(t, []))
            for t, n in analysis["fatalities"]["by_target"].items()]
    return Table("People killed, by target group", ["Target", "Killed", "Events with deaths"], rows,
                 note=f"{analysis['fatalities']['total']} killed in all.", anchor="fatalities")


def weekly_table(analysis: dict, namer: Namer) -> Table:
    rows = [Row([w["week"], region_label(w["admin1"]), namer.perpetrator(w["perpetrator"]), str(w["events"])],
                w.get("event_ids", [])) for w in analysis["weekly"]]
    return Table("Weekly events by region and perpetrator", ["Week of", "Region", "Perpetrator", "Events"], rows,
                 note="Weeks start on Monday; weeks with no events are not listed.", anchor="weekly-table")


def compare_table(compare: dict) -> Table:
    def row(name: str, b: dict) -> Row:
        return Row([name, str(b["before"]), weekly_rate(b["rate_before"]), str(b["after"]),
                    weekly_rate(b["rate_after"]), ratio_cell(b), p_text(b["p_value"])],
                   b["event_ids_before"] + b["event_ids_after"])
    rows = [row("All regions", compare["overall"])]
    rows += [row(region_label(r), b) for r, b in compare["by_admin1"].items()]
    when = long_date(compare["date"])
    return Table(f"{perpetrator_noun(compare['perpetrator']).capitalize()} events before and after {when}",
                 ["Area", "Events before", "Per week before", "Events after", "Per week after",
                  "Rate ratio (95% CI)", "p-value"], rows,
                 note=(f"Before: the {compare['overall']['days_before']} days from "
                       f"{long_date(compare['period']['start'])} to the day before {when}; after: the "
                       f"{compare['overall']['days_after']} days from {when} to {long_date(compare['period']['end'])}. "
                       "Rate ratio = events a day after ÷ events a day before."), anchor="compare-table")


def compare_sentences(compare: dict, namer: Namer) -> list[str]:
    noun = perpetrator_noun(compare["perpetrator"])
    when = long_date(compare["date"])
    o = compare["overall"]
    lines = [f"{noun.capitalize()} events: {o['before']} in the {o['days_before']} days before {when} "
             f"({weekly_rate(o['rate_before'])} a week) and {o['after']} in the {o['days_after']} days from that date "
             f"({weekly_rate(o['rate_after'])} a week)."]
    lines.append(_reading(o, "the daily rate after the date"))
    moved = [(r, b) for r, b in compare["by_admin1"].items() if b["p_value"] is not None and b["p_value"] < SIGNIFICANCE]
    if moved:
        parts = [f"{region_label(r)} ({'up' if b['after'] * b['days_before'] > b['before'] * b['days_after'] else 'down'}, "
                 f"ratio {ratio_cell(b)}, p {'< 0.001' if b['p_value'] < 0.001 else '= ' + p_text(b['p_value'])})"
                 for r, b in moved]
        lines.append("Regions where the change is larger than chance would explain: " + "; ".join(parts) + ".")
    elif compare["by_admin1"]:
        lines.append("In no single region is the change larger than chance would explain at the 5% level.")
    return lines


COMPARE_EXPLAINED = [
    "How to read the comparison. The two periods differ in length, so they are compared by events a day, "
    "not by raw counts. The rate ratio is the daily rate after the date divided by the daily rate before: "
    "1 means no change, 2 means twice as many events a day, 0.5 half as many.",
    "The 95% confidence interval is the range of ratios the counts are compatible with; the fewer the "
    "events, the wider it is. An interval that contains 1 means the counts cannot tell a change from "
    "no change.",
    "The p-value is the chance of a split between the two periods at least as uneven as the one "
    "observed if the daily rate had in fact stayed the same. Below 0.05 the change is called larger than "
    "chance would explain.",
    "These figures count reported events: they measure a change in what the collected outlets reported, "
    "which may differ from a change in what happened.",
]


def _reading(b: dict, subject: str) -> str:
    if b["p_value"] is None:
        return f"No rate ratio can be estimated: {b['ratio_note']}."
    p = b["p_value"]
    p_phrase = "p < 0.001" if p < 0.001 else f"p = {p:.3f}"
    if b["rate_ratio"] is None:
        size = f"There were no events before the date, so {subject} cannot be expressed as a multiple of the rate before"
    else:
        size = f"{subject[0].upper() + subject[1:]} was {format_ratio(b['rate_ratio'])} times the rate before"
    ci = f"95% confidence interval {format_ratio(b['ci_low'])}–{format_ratio(b['ci_high'])}"
    verdict = ("a change this large is unlikely to be noise" if p < SIGNIFICANCE
               else "a change of this size is within what chance alone would produce")
    return f"{size} ({ci}; exact Poisson test {p_phrase}): {verdict}."


def change_point_table(analysis: dict, namer: Namer) -> Table:
    rows = [Row([namer.perpetrator(c["series"]), long_date(c["week"]), f"{c['mean_before']:.2f} → {c['mean_after']:.2f}",
                 f"{c['penalty']:.2f}"]) for c in analysis["change_points"]]
    method = analysis.get("methods", {}).get("change_point_method", {})
    note = (f"Weeks in which a perpetrator's weekly event count settles at a new level (PELT search, "
            f"{method.get('model', 'l2')} cost). Only series of at least {method.get('min_weeks', 8)} weeks and "
            f"{method.get('min_events', 10)} events are searched: in sparser ones any two events close together "
            f"would look like a new level. Penalty = {method.get('penalty_rule', '')}.")
    return Table("Change points in the weekly series", ["Series", "New level from week of",
                                                        "Mean weekly events (before → after)", "Penalty"],
                 rows, note=note, anchor="change-points")


def _perpetrator_columns(analysis: dict, limit: int = 4) -> list[str]:
    return list(analysis["by_perpetrator"])[:limit]


def ownership_table(analysis: dict, namer: Namer) -> Table:
    perps = _perpetrator_columns(analysis)
    rows = []
    for group, f in analysis["coverage"]["by_ownership"].items():
        cells = [ownership_label(group), str(len(f["sources"])), f"{f['n_events_reported']} ({share(f['events_reported'])})"]
        cells += [share(f["by_perpetrator"].get(p)) for p in perps]
        cells.append(f"{f['accounts_differing']} of {f['accounts']}")
        rows.append(Row(cells, f["event_ids"]))
    return Table("Coverage by outlet ownership",
                 ["Outlets", "Number", "Events reported"] + [namer.perpetrator(p) for p in perps]
                 + ["Accounts that differ"], rows,
                 note="Events reported: the events in scope that at least one outlet of the group reported. "
                      f"{PERPETRATOR_COLUMNS_NOTE} An account differs when the outlet's own coding of type or "
                      "perpetrator differs from the event's.",
                 anchor="coverage-ownership")


def source_table(analysis: dict, namer: Namer) -> Table:
    perps = _perpetrator_columns(analysis)
    rows = []
    for s, f in analysis["coverage"]["by_source"].items():
        cells = [namer.short_outlet(s), ownership_label(f["ownership"]),
                 f"{f['n_events_reported']} ({share(f['events_reported'])})"]
        cells += [share(f["by_perpetrator"].get(p)) for p in perps]
        cells.append(f"{f['accounts_differing']} of {f['accounts']}")
        rows.append(Row(cells, f["event_ids"]))
    return Table("Coverage by outlet", ["Outlet", "Ownership", "Events reported"]
                 + [namer.perpetrator(p) for p in perps] + ["Accounts that differ"], rows,
                 note=PERPETRATOR_COLUMNS_NOTE, anchor="coverage-outlet")


def overlap_table(analysis: dict) -> Table:
    names = {"both": "Both state-controlled and independent outlets", "state_only": "State-controlled outlets only",
             "independent_only": "Independent outlets only", "neither": "Neither (ownership unknown)"}
    unknown_outlets = "unknown" in analysis["coverage"]["by_ownership"]
    rows = [Row([names[k], str(v["events"]), share(v["events"] / analysis["events"] if analysis["events"] else None)],
                v["event_ids"]) for k, v in analysis["coverage"]["overlap"].items()
            if k in names and (k != "neither" or v["events"] or unknown_outlets)]
    return Table("Who reported each event", ["Reported by", "Events", "Share"], rows, anchor="overlap")


def coverage_sentences(analysis: dict, namer: Namer) -> list[str]:
    """How much of the focus perpetrator's activity each kind of outlet reported, in words."""
    focus = analysis.get("methods", {}).get("filters", {}).get("perpetrator", "partisans")
    total = analysis["by_perpetrator"].get(focus, 0)
    groups = analysis["coverage"]["by_ownership"]
    if not total or not groups:
        return []
    noun = perpetrator_noun(focus)
    parts = []
    for group in ("state", "independent", "unknown"):
        if group in groups:
            n = groups[group]["n_by_perpetrator"].get(focus, 0)
            parts.append(f"{ownership_label(group).lower()} outlets reported {n} ({share(n / total)})")
    lines = [f"Of the {total} {noun} events, " + "; ".join(parts) + "."]
    state = groups.get("state")
    if state and state["accounts"]:
        lines.append(f"{state['accounts_differing']} of the {state['accounts']} accounts by state-controlled outlets "
                     "present an event as a different type or perpetrator than the coding the other reports "
                     "support (see Reframed accounts).")
    return lines


def _account(sub_event_type: str, perpetrator: str, namer: Namer, country: str | None = None) -> str:
    who = namer.perpetrator(perpetrator or "unknown", country)
    # Lower-case the generic word ("by partisans"), not a state's name ("by Russian state forces").
    who = who if who.split(" ", 1)[0] in _PROPER_ADJECTIVES else who[0].lower() + who[1:]
    return f"{sub_event_type or 'no event type'} by {who}"


_PROPER_ADJECTIVES = {"Russian", "Ukrainian", "Belarusian"}


def reframed_accounts(analysis: dict, namer: Namer) -> list[ReframedAccount]:
    out = []
    for r in analysis["reframed"]:
        outlet = namer.outlet(r["source"])
        heading = f"{long_date(r.get('event_date'))}, {region_label(r.get('admin1') or '')}: {outlet}"
        out.append(ReframedAccount(
            event_id=r["event_id"], heading=heading,
            outlet_account=f"{namer.short_outlet(r['source'])} ({ownership_label(r['ownership']).lower()}): "
                           f"{_account(r['sub_event_type'], r['perpetrator'], namer, r.get('perpetrator_country', ''))}",
            consensus_account="Other outlets: " + _account(r["consensus_sub_event_type"], r["consensus_perpetrator"],
                                                           namer, r.get("consensus_perpetrator_country", "")),
            outlet_quotes=[Quote(namer.short_outlet(r["source"]), ownership_label(r["ownership"]), q)
                           for q in r["evidence"]],
            consensus_quotes=[Quote(namer.short_outlet(q["source"]), ownership_label(q["ownership"]), q["evidence"])
                              for q in r["consensus_evidence"]]))
    return out


def sources_table(analysis: dict) -> Table:
    rows = [Row([s["name"], ownership_label(s["ownership"]), language_name(s.get("language", "")),
                 country_name(s.get("country", "")), str(s["events_reported"])])
            for s in analysis.get("methods", {}).get("sources", [])]
    return Table("Sources", ["Outlet", "Ownership", "Language", "Country", "Events reported"], rows, anchor="sources")


def scope_ids(analysis: dict) -> set[str]:
    return {i for ids in analysis["event_ids"]["by_perpetrator"].values() for i in ids}


def event_entries(analysis: dict, events: list[Event], framing: list[Framing], reports: list[Report] | None,
                  namer: Namer) -> list[EventEntry]:
    """The events behind the figures, with the sentences each outlet's coding rests on."""
    wanted = scope_ids(analysis)
    reports_by_id = {r.report_id: r for r in reports or []}
    framing_by_event: dict[str, list[Framing]] = defaultdict(list)
    for f in framing:
        framing_by_event[f.event_id].append(f)
    ownership = {s["id"]: s["ownership"] for s in analysis.get("methods", {}).get("sources", [])}
    entries = []
    for e in sorted((e for e in events if e.event_id in wanted), key=lambda e: (e.event_date or "", e.event_id)):
        quotes: list[Quote] = []
        seen: set[tuple[str, str]] = set()
        for rid in e.report_ids:
            r = reports_by_id.get(rid)
            if r and r.evidence and (r.source, r.evidence) not in seen:
                seen.add((r.source, r.evidence))
                quotes.append(Quote(namer.short_outlet(r.source), ownership_label(ownership.get(r.source, "")),
                                    r.evidence))
        for f in framing_by_event.get(e.event_id, []):
            if f.reported and f.evidence and (f.source, f.evidence) not in seen:
                seen.add((f.source, f.evidence))
                quotes.append(Quote(namer.short_outlet(f.source),
                                    ownership_label(ownership.get(f.source, f.ownership)), f.evidence))
        where = ", ".join(dict.fromkeys(p for p in (e.location, e.admin1) if p)) or "–"
        entries.append(EventEntry(e.event_id, e.event_date or "undated", e.sub_event_type or "Uncoded",
                                  namer.perpetrator(e.perpetrator, e.perpetrator_country), target_label(e.target),
                                  where, e.fatalities or 0, ", ".join(namer.short_outlet(s) for s in e.sources) or "–",
                                  quotes))
    return entries
