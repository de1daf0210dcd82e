"""How a duty or a need is named, and what names none (stop 38, second helper; texts of our own).

The wording, roles and trades here are our own (a hotel, a bakery, a rail depot, a garden centre); each test fails
on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read

# --- requirements.duty-names: a part played between two parties may take ten words, articles aside ---------------


def test_a_liaison_between_two_named_parties_is_the_duty_not_serving() -> None:
    assert item_names("Serve as the liaison between the bakers and the night shift quality team") == [
        "Liaison between bakers and night shift quality team"
    ]
    assert item_names("Act as a link between the depot fitters and the outside parts suppliers for urgent orders") == [
        "Link between depot fitters and outside parts suppliers"
    ]


# --- requirements.duty-names: what is known of a thing, alone, names no skill --------------------------------------


def test_what_is_known_of_a_thing_names_no_skill_alone(tmp_path: Path) -> None:
    page = (
        "Garden Centre Buyer\n\n"
        "What you will need\n"
        "- Knowledge of stock control software and their functionalities\n"
        "- A good grasp of the definitions and rules of plant health labelling\n"
        "- Awareness of the implications of late deliveries\n"
    )
    got = needs(read(tmp_path, page)).get("garden-centre-buyer", set())
    assert "stock control software" in got, got
    assert not any(s in got for s in ("their functionalities", "definitions", "implications", "functionalities")), got
    # a duty done to it is named as before
    assert item_names("Explain features to shoppers") == ["Explaining features"]
    assert item_names("Draw conclusions from the temperature logs") == ["Drawing conclusions"]


# --- requirements.subject: a need the writer says is not meant names no need ----------------------------------------


def test_a_need_said_not_to_be_meant_is_no_need(tmp_path: Path) -> None:
    page = (
        "Signal Maintainer\n\n"
        "Signal maintainers test and repair the signals along a rail line.\n"
        "This does not mean signal maintainers have to hold an engineering degree.\n"
        "Signal maintainers need a track safety certificate.\n"
    )
    got = needs(read(tmp_path, page)).get("signal-maintainer", set())
    assert "track safety certificate" in got, got
    assert not any("engineering degree" in s for s in got), got


# --- requirements.duty-names: a duty of two verbs sharing an object is named by each verb as well --------------------


def test_a_duty_of_two_verbs_holds_each_verbs_name(tmp_path: Path) -> None:
    page = (
        "Bakery Shift Lead\n\n"
        "Duties\n"
        "- Check and record oven temperatures\n"
        "- Clean and inspect the proving cabinets\n"
    )
    g = read(tmp_path, page)
    held = {a.lower() for n, d in g.nodes(data=True) if d.get("label") == "Skill" for a in d.get("aliases") or ()}
    assert {"recording oven temperatures", "checking oven temperatures"} <= held, held
    assert {"cleaning proving cabinets", "inspecting proving cabinets"} <= held, held
