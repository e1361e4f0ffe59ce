"""ACLED's event taxonomy and Sitrep's controlled vocabularies.

Spellings follow the ACLED codebook exactly; the CASE 2021 Task 2 codes map
onto them so that CASE-style files can be read for training and evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass

NO_EVENT = "No event"


@dataclass(frozen=True)
class SubEventType:
    name: str  # ACLED spelling
    event_type: str
    case_code: str  # CASE 2021 Task 2 label
    definition: str


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType("Armed clash", "Battles", "ARMED_CLASH",
                 "Armed, organised groups fight each other and neither side gains or loses territory."),
    SubEventType("Government regains territory", "Battles", "GOV_REGAINS_TERIT",
                 "Government forces or their affiliates retake territory held by a non-state group."),
    SubEventType("Non-state actor overtakes territory", "Battles", "NON_STATE_ACTOR_OVERTAKES_TER",
                 "A non-state armed group takes territory from the government or another group."),
    SubEventType("Chemical weapon", "Explosions/Remote violence", "CHEM_WEAP",
                 "Use of chemical weapons in warfare, without other engagement."),
    SubEventType("Air/drone strike", "Explosions/Remote violence", "AIR_STRIKE",
                 "Air or drone strikes, including helicopter attacks, with no ground engagement."),
    SubEventType("Suicide bomb", "Explosions/Remote violence", "SUIC_BOMB",
                 "A bombing in which the attacker deliberately dies by detonating explosives."),
    SubEventType("Shelling/artillery/missile attack", "Explosions/Remote violence", "ART_MISS_ATTACK",
                 "Long-range artillery, shelling, missile or rocket fire at a target."),
    SubEventType("Remote explosive/landmine/IED", "Explosions/Remote violence", "REM_EXPLOS",
                 "Remotely detonated or victim-activated explosives: IEDs, car bombs, landmines."),
    SubEventType("Grenade", "Explosions/Remote violence", "GRENADE",
                 "A hand grenade or similar thrown explosive is used."),
    SubEventType("Sexual violence", "Violence against civilians", "SEX_VIOL",
                 "Sexual violence by an armed, organised group against civilians."),
    SubEventType("Attack", "Violence against civilians", "ATTACK",
                 "An armed group attacks unarmed civilians or non-combatant officials: shootings, killings, beatings."),
    SubEventType("Abduction/forced disappearance", "Violence against civilians", "ABDUCT_DISSAP",
                 "An armed group abducts or forcibly disappears a civilian, or takes hostages."),
    SubEventType("Peaceful protest", "Protests", "PEACE_PROTEST",
                 "Demonstrators gather peacefully and are not met with force or arrests."),
    SubEventType("Protest with intervention", "Protests", "PROTEST_WITH_INTER",
                 "A peaceful protest is dispersed or its participants arrested, without lethal force."),
    SubEventType("Excessive force against protesters", "Protests", "FORCE_AGAINST_PROTEST",
                 "Authorities use lethal or severe force against peaceful protesters."),
    SubEventType("Violent demonstration", "Riots", "VIOL_DEMONSTR",
                 "Demonstrators engage in violence or vandalism: clashes with police, stone throwing, arson."),
    SubEventType("Mob violence", "Riots", "MOB_VIOL",
                 "A spontaneous mob attacks people or property: lynching, communal violence."),
    SubEventType("Agreement", "Strategic developments", "AGREEMENT",
                 "Armed actors sign a ceasefire, peace deal, prisoner exchange or other agreement."),
    SubEventType("Arrests", "Strategic developments", "ARREST",
                 "Security forces detain people in a politically significant operation."),
    SubEventType("Change to group/activity", "Strategic developments", "CHANGE_TO_GROUP_ACT",
                 "A group changes its structure or activity: troop deployments, recruitment, weapons tests."),
    SubEventType("Disrupted weapons use", "Strategic developments", "DISR_WEAP",
                 "An attack is prevented: bombs defused, weapons caches seized, drones or missiles intercepted."),
    SubEventType("Headquarters or base established", "Strategic developments", "HQ_ESTABLISHED",
                 "An armed group establishes a permanent or semi-permanent base or headquarters."),
    SubEventType("Looting/property destruction", "Strategic developments", "PROPERTY_DISTRUCT",
                 "Property is looted, seized, sabotaged or destroyed without an armed clash."),
    SubEventType("Non-violent transfer of territory", "Strategic developments", "NON_VIOL_TERRIT_TRANSFER",
                 "Territory changes hands without fighting: withdrawals, handovers."),
    SubEventType("Other", "Strategic developments", "OTHER",
                 "A strategically significant event that fits no other sub-event type."),
)

EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# CASE 2021 codes that are not ACLED events: they code as NO_EVENT.
NON_EVENT_CASE_CODES: tuple[str, ...] = (
    "MAN_MADE_DISASTER", "NATURAL_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB",
)

BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}
BY_CASE_CODE: dict[str, SubEventType] = {s.case_code: s for s in SUB_EVENT_TYPES}
SUB_EVENT_NAMES: tuple[str, ...] = tuple(s.name for s in SUB_EVENT_TYPES)


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type ("" for no event)."""
    s = BY_NAME.get(sub_event_type)
    return s.event_type if s else ""


def normalize_label(label: str) -> str:
    """Map an ACLED name or a CASE code to the ACLED sub-event name, or NO_EVENT.

    Raises ValueError for a label that is neither.
    """
    label = label.strip()
    if label in BY_NAME:
        return label
    if label.upper() in BY_CASE_CODE:
        return BY_CASE_CODE[label.upper()].name
    if label.upper() in NON_EVENT_CASE_CODES or label.lower() in {"no event", "none", "no_event", ""}:
        return NO_EVENT
    lowered = {n.lower(): n for n in BY_NAME}
    if label.lower() in lowered:
        return lowered[label.lower()]
    raise ValueError(f"unknown event label {label!r}: expected an ACLED sub-event type or a CASE 2021 code")


PERPETRATORS: tuple[str, ...] = (
    "state_forces", "partisans", "rebels", "militia", "protesters",
    "rioters", "civilians", "external_forces", "unknown",
)

TARGETS: tuple[str, ...] = (
    "officials", "security_forces", "military", "civilians",
    "infrastructure", "property", "protesters", "unknown",
)
