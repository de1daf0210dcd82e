"""How a duty line the loader reads is named as a skill (stop 40).

Each page here is written for the test, in trades other than e-commerce (a garage), so that what is tested is
the wording of a duty, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

GARAGE = """Workshop Administrator

Riverside Motors is an independent garage servicing cars and vans.

Key responsibilities:
- Maintains financial and statistical records
- Checks manual and automated gauges
- Keeps the keyword and supplier lists up to date
- Books customer vehicles into the diary
"""


def test_two_qualities_before_one_plural_noun_name_one_set_of_things_not_two(tmp_path: Path) -> None:
    got = needs(read(tmp_path, GARAGE)).get("workshop-administrator", set())
    # "financial and statistical records": one set of records, as the line names it (not "financial records"
    # and "statistical records" as two duties)
    assert "financial and statistical record maintenance" in got, got
    assert "manual and automated gauge checking" in got, got
    assert not {"financial record maintenance", "statistical record maintenance", "manual gauge checking"} & got, got
    # two nouns sharing a head are still two things: "keyword and supplier lists"
    assert {"keyword list updating", "supplier list updating"} <= got, got


KENNELS_DESK = """Kennels Receptionist

Oakfield Boarding Kennels

Duties:
- Handle billing, scheduling and owner correspondence
- Greet owners at the front desk
"""


def test_an_activity_named_by_its_gerund_inside_a_list_is_an_item_not_a_clause_saying_how(tmp_path: Path) -> None:
    got = needs(read(tmp_path, KENNELS_DESK)).get("kennels-receptionist", set())
    # "Handle billing, scheduling and owner correspondence": three things handled; "scheduling" here has no object
    # of its own, so it opens no participle clause ("manage stock, flagging gaps") that ends the list
    assert {"scheduling", "owner correspondence"} <= got, got
    assert any("billing" in s for s in got), got
