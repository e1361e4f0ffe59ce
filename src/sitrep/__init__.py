"""Sitrep: conflict-event monitoring from multilingual news reports.

The library is the product; the ``sitrep`` command is a thin layer over it::

    import sitrep
    summary = sitrep.run(["news.jsonl"], out="out", db="sitrep.duckdb")
    events = sitrep.code(document)          # one document, coded and geocoded
"""

__version__ = "0.1.0"


def __getattr__(name):
    # The pipeline imports every stage; load it only when asked for.
    # ("report" is not among these names: it is the report stage's package.)
    if name in {"run", "code"}:
        from . import pipeline

        return getattr(pipeline, name)
    if name == "geoparse":
        from .geo import geoparse

        return geoparse
    raise AttributeError(name)
