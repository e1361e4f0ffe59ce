"""geo stage: an embedded geocoder for conflict reporting.

``geoparse`` finds and resolves every place name in a text; ``locate`` picks
each report's own event location; ``Gazetteer`` is the cached GeoNames index
and ``build_gazetteer`` what ``sitrep gazetteer build`` calls.
"""

from .gazetteer import Gazetteer, build_gazetteer, build_index
from .locate import locate
from .parser import geoparse

__all__ = ["Gazetteer", "build_gazetteer", "build_index", "geoparse", "locate"]
