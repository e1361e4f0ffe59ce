"""fusion stage: one event per incident across outlets, coded by consensus,
with each outlet's coverage and framing of it.

``fuse`` clusters reports (date, place, sub-event-type compatibility, text
similarity; blocked so cost grows near-linearly) into events, codes each by
an independence-weighted vote, and writes framing rows; ``coverage`` and
``reframed`` summarise the framing for analysis.
"""

from .framing import coverage, reframed
from .fuse import FusionResult, fuse

__all__ = ["FusionResult", "coverage", "fuse", "reframed"]
