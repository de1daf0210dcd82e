"""How a duty line the loader reads is named as a skill (stop 41).

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
