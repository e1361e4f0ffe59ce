"""report stage: the analyst's report as report.html (self-contained, inline
SVG charts and map), report.md and analysis.json."""

from sitrep.report.eventmap import event_map
from sitrep.report.outlines import load_outlines
from sitrep.report.writer import render, render_html, render_markdown

__all__ = ["render", "render_html", "render_markdown", "event_map", "load_outlines"]
