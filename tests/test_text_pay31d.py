"""A line of a list of pay labelled by a title the vocabulary does not know is that title's pay, when the line
next to it is a line of pay too: not the pay of the title on the line above (mentions.pay-rows)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"]) for s in facts.salaries]


def test_each_labelled_line_of_a_pay_list_is_its_title_pay() -> None:
    text = (
        "Hotel pay guide\n\n"
        "Night Porter - £23,500\n"
        "Associate - £24,000 - £25,500\n"
        "Lobby Lead - £26,000\n"
        "Team Member - £22,800\n"
        "Director - £52,000\n"
    )
    assert _pay(text) == [
        ("night-porter", 23500.0, 23500.0),
        ("associate", 24000.0, 25500.0),
        ("lobby-lead", 26000.0, 26000.0),
        ("team-member", 22800.0, 22800.0),
        ("director", 52000.0, 52000.0),
    ]


def test_a_line_of_a_place_or_a_level_names_no_title() -> None:
    text = "Night porter pay\n\nLondon: £26,000\nLeeds: £23,000\nSenior: £28,000\n"
    assert {role for role, _, _ in _pay(text)} == {"night-porter"}
