"""How a duty or a need is named, and what names none (stop 38, second helper; texts of our own).

The wording, roles and trades here are our own (a hotel, a bakery, a rail depot, a garden centre); each test fails
on the code before the change it is about.
"""

from __future__ import annotations

from careergraph.loaders.text_requirements import skill_names


def _names(item: str, **kw: bool) -> list[str]:
    return [n.name for n in skill_names(item, **kw)]


# --- requirements.duty-names: a part played between two parties may take ten words, articles aside ---------------


def test_a_liaison_between_two_named_parties_is_the_duty_not_serving() -> None:
    assert _names("Serve as the liaison between the bakers and the night shift quality team") == [
        "Liaison between bakers and night shift quality team"
    ]
    assert _names("Act as a link between the depot fitters and the outside parts suppliers for urgent orders") == [
        "Link between depot fitters and outside parts suppliers"
    ]
