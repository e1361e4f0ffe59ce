"""Plain-English names for Sitrep's controlled vocabularies.

``analysis.json`` keeps the contract's codes (``partisans``, ``state``);
everything a person reads — caveats, the HTML and Markdown report — uses
these labels instead.
"""

from __future__ import annotations

PERPETRATOR_LABELS: dict[str, str] = {
    "state_forces": "State forces",
    "partisans": "Partisans",
    "rebels": "Rebels",
    "militia": "Militias",
    "protesters": "Protesters",
    "rioters": "Rioters",
    "civilians": "Civilians",
    "external_forces": "External forces",
    "unknown": "Unidentified perpetrator",
}

# State forces are named by the state they serve when the country is known.
_STATE_FORCES_OF: dict[str, str] = {
    "RU": "Russian state forces",
    "UA": "Ukrainian state forces",
    "BY": "Belarusian state forces",
}

TARGET_LABELS: dict[str, str] = {
    "officials": "Officials",
    "security_forces": "Security forces",
    "military": "Military",
    "civilians": "Civilians",
    "infrastructure": "Infrastructure",
    "property": "Property",
    "protesters": "Protesters",
    "unknown": "Unidentified target",
}

OWNERSHIP_LABELS: dict[str, str] = {
    "state": "State-controlled",
    "independent": "Independent",
    "unknown": "Ownership unknown",
    "": "Ownership unknown",
}

UNKNOWN_REGION = "Unknown"
UNKNOWN_TYPE = "Uncoded"


def perpetrator_label(code: str, country: str = "") -> str:
    if code == "state_forces" and country in _STATE_FORCES_OF:
        return _STATE_FORCES_OF[country]
    return PERPETRATOR_LABELS.get(code, code.replace("_", " ").capitalize())


def perpetrator_noun(code: str) -> str:
    """The perpetrator as used inside a sentence: "partisan events"."""
    nouns = {"partisans": "partisan", "state_forces": "state-force", "rebels": "rebel",
             "militia": "militia", "protesters": "protest", "rioters": "riot",
             "civilians": "civilian", "external_forces": "external-force",
             "unknown": "unattributed"}
    return nouns.get(code, code.replace("_", " "))


def target_label(code: str) -> str:
    return TARGET_LABELS.get(code, code.replace("_", " ").capitalize())


def ownership_label(code: str) -> str:
    return OWNERSHIP_LABELS.get(code, code.replace("_", " ").capitalize())


def region_label(name: str) -> str:
    return name if name and name != UNKNOWN_REGION else "Region not known"
