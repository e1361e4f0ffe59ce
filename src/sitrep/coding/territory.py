"""Who gained territory, and so which of ACLED's two territory types an account is.

ACLED codes a change of control by who gained it: "Government regains
territory" when the forces of the state the place belongs to retake it, "Non-
state actor overtakes territory" when a non-state group *or another state's
forces* take it (Ukrainian forces taking a town in Kursk oblast, Russian
forces taking a village in Donetsk oblast). The wording of the two is the same
("took control of the town", "заняли село"); the classifier tells a change of
control from other events well and the two apart poorly. So the classifier
says that control changed, and the gainer says which type it is.

The gainer is the doer of a capture, or the other side of a withdrawal
("Українські військові відійшли з Цукуриного": Russian forces gained it);
see ``actors.code_actors``. Whose the place is comes from the geocoder, so the
final choice is made once the report has a location (``settle.settle``);
before that, state forces are taken to be on their own state's ground.
"""

from __future__ import annotations

GOVERNMENT_REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
TERRITORY = frozenset({GOVERNMENT_REGAINS, OVERTAKES})


def territory_type(label: str, perpetrator: str, perpetrator_country: str, place_country: str = "") -> str:
    """``label`` decided by the gainer (``perpetrator``) and the country of the place, when known.

    Labels other than the two territory types, and gainers the text does not
    name, keep the classifier's choice.
    """
    if label not in TERRITORY or perpetrator == "unknown":
        return label
    if perpetrator != "state_forces":
        return OVERTAKES
    if place_country and perpetrator_country and perpetrator_country != place_country:
        return OVERTAKES
    return GOVERNMENT_REGAINS

