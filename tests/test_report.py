"""report: the three files, their agreement with the analysis, the HTML's
charts, map, tables and click-through, and the page as Chromium renders it."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from sitrep.analysis import analyze
from sitrep.model import Event
from sitrep.report import event_map, load_outlines, render
from sitrep.report.outlines import build_outlines, clip_to_box
from test_analysis import SOURCES, build_corpus

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome")) if p), None)
RAW_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # state_forces, security_forces, ria_ru …


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    events, framing, reports = build_corpus()
    analysis = analyze(events, framing, SOURCES, reports=reports, compare_date="2022-10-01",
                       since="2022-03-01", until="2022-12-31",
                       meta={"documents": 140, "model_version": "coder-test-3"})
    out = tmp_path_factory.mktemp("report")
    paths = render(analysis, events, framing, out, reports=reports, title="Resistance activity, 2022")
    doc = lxml_html.fromstring((out / "report.html").read_text(encoding="utf-8"))
    return analysis, events, out, paths, doc


def _visible_text(doc) -> str:
    clone = lxml_html.fromstring(lxml_html.tostring(doc))
    for bad in clone.xpath("//style|//script|//title"):
        bad.getparent().remove(bad)
    return " ".join(clone.text_content().split())


def test_writes_the_three_files_and_analysis_json_is_the_analysis(rendered):
    analysis, _, out, paths, _ = rendered
    assert [p.name for p in paths] == ["report.html", "report.md", "analysis.json"]
    assert all(p.exists() and p.stat().st_size > 0 for p in paths)
    written = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(analysis))
    for key in ("events", "by_sub_event_type", "by_perpetrator", "by_admin1", "fatalities", "weekly", "compare",
                "change_points", "coverage", "reframed"):
        assert key in written
    assert set(written["compare"]["overall"]) >= {"before", "after", "days_before", "days_after", "rate_ratio",
                                                  "ci_low", "ci_high", "p_value"}


def test_html_is_self_contained(rendered):
    _, _, out, _, doc = rendered
    assert not doc.xpath("//script[@src]") and not doc.xpath("//link[@rel='stylesheet']")
    for attr in ("src", "href"):
        for value in doc.xpath(f"//@{attr}"):
            assert not value.startswith(("http:", "https:", "//")), value
    assert "@import" not in (out / "report.html").read_text(encoding="utf-8")


def test_html_inlines_leaflet_and_the_events_for_the_tile_map(rendered):
    analysis, events, out, _, doc = rendered
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Leaflet 1.9.4" in doc.xpath("//script[@id='leaflet-js']")[0].text  # the banner of the vendored build
    assert ".leaflet-container" in doc.xpath("//style[@id='leaflet-css']")[0].text
    assert "sourceMappingURL" not in page
    data = json.loads(doc.xpath("//script[@id='tile-map-data']")[0].text)
    scope = {i for ids in analysis["event_ids"]["by_perpetrator"].values() for i in ids}
    assert {(p["id"], p["lat"], p["lon"]) for p in data["events"]} == {
        (e.event_id, e.latitude, e.longitude) for e in events if e.latitude is not None and e.event_id in scope}
    assert len([f for f in data["outlines"]["features"] if f["properties"]["kind"] == "admin1"]) == 27
    # The tile server is named once, inside the initialiser that only opening the view calls.
    tiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert page.count(tiles) == 1
    init = doc.xpath("//script[@id='tile-map-init']")[0].text
    body = init[init.index("function initTileMap"):init.index("function start")]
    assert tiles in body and "OpenStreetMap</a> contributors" in body
    assert init.count("initTileMap();") == 1 and "if (!box.open || started)" in init
    (view,) = doc.xpath("//details[@id='tile-map-view']")
    assert view.get("open") is None and view.xpath(".//div[@id='tile-map']")


def test_html_has_charts_map_and_tables(rendered):
    analysis, events, _, _, doc = rendered
    charts = doc.xpath("//svg[contains(@class, 'chart')]")
    assert len(charts) >= 7  # four bar charts, weekly lines, regional panels, forest plot
    chart_titles = [c.get("aria-label") for c in charts]
    assert "Events per week, by perpetrator" in chart_titles
    assert "Rate ratio after ÷ before, by region" in chart_titles
    (svg_map,) = doc.xpath("//svg[contains(@class, 'map')]")
    region_titles = {t.text for t in svg_map.xpath(".//path/title")}
    assert {"Kherson Oblast", "Zaporizhzhia Oblast", "Luhansk Oblast", "Crimea"} <= region_titles
    assert svg_map.xpath(".//clippath")  # lxml's HTML parser lower-cases tag names
    points = svg_map.xpath(".//a/circle[contains(@class, 'event-point')]")
    assert len(points) == sum(1 for e in events if e.latitude is not None)
    captions = {c.text for c in doc.xpath("//figcaption")}
    assert {"Events by type and perpetrator", "Events by region", "People killed, by target group",
            "Partisan events before and after 1 October 2022", "Coverage by outlet ownership", "Coverage by outlet",
            "Change points in the weekly series", "Sources"} <= captions
    assert len(doc.xpath("//article[@class='reframed']")) == len(analysis["reframed"])


def test_every_row_links_to_events_that_exist(rendered):
    analysis, events, _, _, doc = rendered
    anchors = set(doc.xpath("//table[@class='events']//tr/@id"))
    assert anchors == {f"ev-{e.event_id}" for e in events}
    for link in doc.xpath("//a[starts-with(@href, '#ev-')]/@href"):
        assert link[1:] in anchors
    region_rows = doc.xpath("//figure[@id='by-region']//tbody/tr")
    assert len(region_rows) == len(analysis["by_admin1"])
    for row in region_rows:
        count = int(row.xpath("./td[2]")[0].text)
        assert len(row.xpath(".//details/a")) == count
    evidence = doc.xpath("//tr[@id='ev-ev001']//blockquote")
    assert evidence and "resistance fighters" in evidence[0].text_content()


def test_html_shows_the_figures_of_analysis_json(rendered):
    analysis, _, _, _, doc = rendered
    text = _visible_text(doc)
    overall = analysis["compare"]["overall"]
    def two_figures(v: float) -> str:  # ratios are shown to two significant figures
        return str(round(v)) if v >= 10 else f"{float(f'{v:.2g}'):g}"
    assert (f"{two_figures(overall['rate_ratio'])} ({two_figures(overall['ci_low'])}–"
            f"{two_figures(overall['ci_high'])})") in text
    assert f"{overall['before']} in the {overall['days_before']} days before 1 October 2022" in text
    cards = {c.xpath("./div[@class='label']")[0].text: c.xpath("./div[@class='value']")[0].text
             for c in doc.xpath("//div[@class='card']")}
    assert cards["Events"] == str(analysis["events"])
    assert cards["Killed"] == str(analysis["fatalities"]["total"])
    assert cards["Partisan events"] == str(analysis["by_perpetrator"]["partisans"])
    state = analysis["coverage"]["by_ownership"]["state"]
    assert f"{state['n_events_reported']} ({100 * state['events_reported']:.0f}%)" in text
    assert f"penalty = 2 · ln(weeks)" in text


def test_report_reads_as_plain_english(rendered):
    _, _, out, _, doc = rendered
    text = _visible_text(doc)
    assert not RAW_CODE.findall(text)
    for label in ("Partisans", "Russian state forces", "Kherson Oblast", "State-controlled", "Independent",
                  "Security forces"):
        assert label in text
    md = (out / "report.md").read_text(encoding="utf-8")
    assert not RAW_CODE.findall(md)
    assert md.startswith("# Resistance activity, 2022")
    for heading in ("## Summary", "## Weekly trends", "## Before and after 1 October 2022", "## Coverage and framing",
                    "### Reframed accounts", "## Methods", "### Caveats", "## Events"):
        assert heading in md
    assert "coder-test-3" in md and "140 documents" in md


def test_markdown_rows_carry_event_ids(rendered):
    analysis, _, out, _, _ = rendered
    md = (out / "report.md").read_text(encoding="utf-8")
    kherson_ids = analysis["event_ids"]["by_admin1"]["Kherson Oblast"]
    row = next(line for line in md.splitlines() if line.startswith("| Kherson Oblast | 20 |"))
    assert row.endswith(", ".join(kherson_ids) + " |")


def test_renders_an_empty_store(tmp_path):
    analysis = analyze([], [], {})
    paths = render(analysis, [], [], tmp_path)
    assert "0 events" in paths[0].read_text(encoding="utf-8")
    assert json.loads(paths[2].read_text(encoding="utf-8"))["events"] == 0


def test_map_reports_unplaced_events_and_widens_for_outliers():
    events = [Event("a", "2022-05-01", perpetrator="partisans", latitude=46.6, longitude=32.6, fatalities=4),
              Event("b", "2022-05-02", perpetrator="state_forces", perpetrator_country="RU",
                    latitude=55.75, longitude=37.6),  # Moscow: north of the shipped frame
              Event("c", "2022-05-03", perpetrator="unknown")]
    svg, unmapped = event_map(events)
    assert unmapped == 1
    assert svg.count("class='event-point'") == 2
    assert "Russian state forces" in svg


def test_shipped_outlines_place_towns_in_their_oblast():
    outlines = load_outlines()
    assert len(outlines["admin1"]) == 27
    by_name = {r["name"]: r for r in outlines["admin1"].values()}

    def inside(lon, lat, rings):
        hit = False
        for ring in rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
                if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                    hit = not hit
        return hit

    # Regional capitals, and the country outline around every oblast's label point.
    assert inside(32.61, 46.64, by_name["Kherson Oblast"]["rings"])
    assert inside(35.14, 47.84, by_name["Zaporizhzhia Oblast"]["rings"])
    assert inside(24.03, 49.84, by_name["Lviv Oblast"]["rings"])
    assert not inside(32.61, 46.64, by_name["Lviv Oblast"]["rings"])
    for region in outlines["admin1"].values():
        assert inside(*region["label"], outlines["ukraine"]), region["name"]


def test_outlines_build_from_topojson(tmp_path):
    # A two-country TopoJSON: Ukraine a square, Russia a big square cropped to the frame.
    topo = {"type": "Topology", "transform": {"scale": [0.01, 0.01], "translate": [0, 0]},
            "arcs": [[[2400, 4600], [1000, 0], [0, 500], [-1000, 0], [0, -500]],
                     [[3000, 4000], [3000, 0], [0, 3000], [-3000, 0], [0, -3000]]],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "id": "804", "arcs": [[0]], "properties": {"name": "Ukraine"}},
                {"type": "Polygon", "id": "643", "arcs": [[1]], "properties": {"name": "Russia"}}]}}}
    path = tmp_path / "countries.json"
    path.write_text(json.dumps(topo))
    built = build_outlines(path)
    ((ukraine,),) = [built["ukraine"]]
    assert [24.0, 46.0] in ukraine and [34.0, 51.0] in ukraine
    russia = built["countries"]["Russia"][0]
    assert max(x for x, _ in russia) <= 41.0 and max(y for _, y in russia) <= 53.0
    assert len(built["admin1"]) == 27


def test_clip_to_box_keeps_inside_and_cuts_outside():
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    clipped = clip_to_box(square, (5.0, -1.0, 20.0, 20.0))
    assert min(x for x, _ in clipped) == 5.0 and max(x for x, _ in clipped) == 10.0


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(rendered, tmp_path):
    analysis, events, out, _, _ = rendered
    scope = {i for ids in analysis["event_ids"]["by_perpetrator"].values() for i in ids}
    shot = tmp_path / "report.png"
    page = (out / "report.html").resolve().as_uri()
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2000"]
    subprocess.run([*base, f"--screenshot={shot}", page], check=True, capture_output=True, timeout=180)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    # A blank or unstyled page compresses to a few kilobytes; the charts and tables do not.
    assert len(data) > 100_000
    dom = subprocess.run([*base, "--dump-dom", page], check=True, capture_output=True, timeout=180,
                         text=True).stdout
    rendered_doc = lxml_html.fromstring(dom)
    assert rendered_doc.xpath("//svg[contains(@class, 'map')]")
    assert "Before and after 1 October 2022" in rendered_doc.text_content()
    # Closed, the web-tile view has not started Leaflet; opened, it draws every
    # placed event and the oblasts clipped to Ukraine (tiles or none).
    assert not rendered_doc.xpath("//div[@id='tile-map']//*")
    opened = subprocess.run([*base, "--virtual-time-budget=3000", "--dump-dom", page + "#tile-map-view"],
                            check=True, capture_output=True, timeout=180, text=True).stdout
    tile_map = lxml_html.fromstring(opened).xpath("//div[@id='tile-map']")[0]
    assert "leaflet-container" in tile_map.get("class")
    markers = tile_map.xpath(".//path[contains(@class, 'leaflet-interactive')]")
    assert len(markers) == sum(1 for e in events if e.latitude is not None and e.event_id in scope)
    assert len(tile_map.xpath(".//path[@clip-path]")) == 27
    assert "© OpenStreetMap contributors" in tile_map.text_content()


def test_renders_events_with_missing_values(tmp_path):
    events = [Event("n1", "2022-06-01", sub_event_type="", perpetrator="unknown", fatalities=None,
                    geo_precision=None, latitude=47.1, longitude=37.5),
              Event("n2", None, sub_event_type="Arrests", perpetrator="state_forces", perpetrator_country="RU",
                    admin1="", sources=["unlisted_outlet"])]
    analysis = analyze(events, [], {})
    paths = render(analysis, events, [], tmp_path)
    doc = lxml_html.fromstring(paths[0].read_text(encoding="utf-8"))
    assert set(doc.xpath("//table[@class='events']//tr/@id")) == {"ev-n1", "ev-n2"}
    text = _visible_text(doc)
    assert "Region not known" in text and "Uncoded" in text
    assert analysis["fatalities"]["total"] == 0


def test_map_zooms_to_the_events_and_tells_state_forces_apart():
    south = [Event("k", "2022-05-01", perpetrator="partisans", latitude=46.64, longitude=32.61, location="Kherson"),
             Event("m", "2022-05-02", perpetrator="state_forces", perpetrator_country="RU",
                   latitude=46.84, longitude=35.37, location="Melitopol"),
             Event("n", "2022-05-03", perpetrator="state_forces", perpetrator_country="UA",
                   latitude=46.76, longitude=33.36, location="Nova Kakhovka")]
    svg, _ = event_map(south)
    with_lviv, _ = event_map(south + [Event("l", "2022-05-04", perpetrator="partisans", latitude=49.84,
                                            longitude=24.02)])

    def spread(map_svg: str) -> float:  # pixels between the Kherson and Melitopol points
        points = dict(re.findall(r"href='#ev-(\w)'><circle cx='([\d.]+)'", map_svg))
        return float(points["m"]) - float(points["k"])

    # Three southern events fill the map; one in the far west makes it zoom out.
    assert spread(svg) > 1.4 * spread(with_lviv)
    width, height = map(float, re.search(r"viewBox='0 0 (\S+) (\S+)'", svg).groups())
    assert 1.4 <= width / (height - 64) <= 2.1  # wider than tall, less the legend strip
    legend = svg[svg.rindex("<rect y="):]
    assert "Russian state forces" in legend and "Ukrainian state forces" in legend
    fills = re.findall(r"fill='(#[0-9a-f]{6})' fill-opacity='0.72'", svg)
    assert len(set(fills)) == 3  # partisans, Russian and Ukrainian state forces each their own colour
    for place in ("Kherson", "Melitopol", "Nova Kakhovka"):
        assert f">{place}</text>" in svg


def test_sparse_series_have_no_change_points():
    from sitrep.analysis import detect_change_points

    # Two events in a quiet year are not "a new level", however close together.
    assert detect_change_points([1, 1] + [0] * 40)[0] == []
