"""A change of control is typed by who gained it and on whose ground (ACLED's two territory types)."""

import pytest

from sitrep import pipeline
from sitrep.coding.actors import code_actors
from sitrep.coding.territory import GOVERNMENT_REGAINS, OVERTAKES, territory_type
from sitrep.model import Document

MINE = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("label", "perpetrator", "country", "place_country", "expected"),
    [
        (OVERTAKES, "state_forces", "UA", "UA", GOVERNMENT_REGAINS),  # Ukraine retakes a Ukrainian village
        (GOVERNMENT_REGAINS, "state_forces", "RU", "UA", OVERTAKES),  # Russia takes a Ukrainian village
        (GOVERNMENT_REGAINS, "state_forces", "UA", "RU", OVERTAKES),  # Ukraine takes a town in Kursk oblast
        (GOVERNMENT_REGAINS, "rebels", "SO", "", OVERTAKES),          # an armed group is never the government
        (OVERTAKES, "state_forces", "", "", GOVERNMENT_REGAINS),      # "government forces", place not known
        (OVERTAKES, "unknown", "", "UA", OVERTAKES),                  # no gainer named: the classifier's choice
        (MINE, "state_forces", "RU", "UA", MINE),                     # other types are not touched
    ],
)
def test_the_gainer_and_the_ground_decide_the_territory_type(label, perpetrator, country, place_country, expected):
    assert territory_type(label, perpetrator, country, place_country) == expected


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        # the side that withdrew lost the place; its opponent gained it
        ("Українські військові відійшли з селища, щоб уникнути оточення, повідомив речник бригади.", "uk", "RU"),
        ("Российские подразделения во вторник отведены на заранее подготовленные рубежи обороны.", "ru", "UA"),
        # the doer of a capture gained it, whoever else is said to have retreated
        ("Russian units retreated south. Ukrainian troops liberated the village on Monday.", "en", "UA"),
        # a side reporting its own forces' gain
        ("Russia's military said on Wednesday its forces had taken full control of the town.", "en", "RU"),
        # a side named after a preposition is not the one that withdrew
        ("Ukrainian forces likely liberated the village on October 5. A milblogger wrote that Russian forces left it "
         "after a day of Ukrainian artillery preparation, withdrawing toward Svatove.", "en", "UA"),
    ],
)
def test_the_perpetrator_of_a_change_of_control_is_the_side_that_gained(text, language, country):
    coded = code_actors(text, language, GOVERNMENT_REGAINS)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", country)


def test_a_government_retaking_a_town_from_an_armed_group_is_its_doer():
    coded = code_actors("Government forces recaptured the town from al-Shabaab militants on Monday.", "en", OVERTAKES)
    assert coded.perpetrator == "state_forces"


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        # the side a place was taken from gained nothing, however often it is named
        ("Army troops on Tuesday freed four villages from the rebels of the northern front.", "state_forces"),
        ("Rebel fighters drove out the army garrison and seized the district headquarters.", "rebels"),
        ("Government troops captured on Friday the river port as they pushed to oust the rebels from the delta.",
         "state_forces"),
        # the sentence's first group is the gainer of a capture told at a distance from it
        ("Government forces dealt a heavy blow to the insurgents over the weekend by recapturing two towns.",
         "state_forces"),
        ("Forces loyal to the internationally recognised government wrested control of the airport from militiamen.",
         "state_forces"),
        # ... but not the speaker who reports someone else's gain
        ("A spokesman for the army said rebel fighters had gained ground in the north of the city.", "rebels"),
    ],
)
def test_the_gainer_is_not_the_side_the_place_was_taken_from(text, gainer):
    assert code_actors(text, "en", GOVERNMENT_REGAINS).perpetrator == gainer


def test_an_old_recapture_in_a_relative_clause_does_not_make_its_side_the_doer_of_a_mine_blast():
    text = ("A tractor driver was killed when his vehicle struck a mine near a village that Ukrainian forces "
            "recaptured last September. The mine had been laid by Russian troops before they retreated.")
    coded = code_actors(text, "en", MINE)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "RU")


def test_a_capture_is_typed_by_the_country_the_geocoder_places_it_in():
    """One wording, two places: the type follows whose ground the town is on."""
    def coded(text: str) -> set[tuple[str, str]]:
        doc = Document(id="t", text=text, language="en", published_at="2024-08-16T10:00:00+03:00")
        return {(r.sub_event_type, r.location.country if r.location else "") for r in pipeline.code(doc)}

    inside_russia = coded("Ukrainian forces took full control of the town of Sudzha in Russia's Kursk region on "
                          "Thursday after days of fighting, Ukraine's top commander said.")
    inside_ukraine = coded("Ukrainian forces took full control of the town of Vovchansk in Ukraine's Kharkiv region on "
                           "Thursday after days of fighting, Ukraine's top commander said.")
    assert (OVERTAKES, "RU") in inside_russia
    assert (GOVERNMENT_REGAINS, "UA") in inside_ukraine
