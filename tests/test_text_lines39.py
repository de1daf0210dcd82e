"""Which lines state a duty (stop 39): layouts of job ads and job descriptions whose duty lines were not read.

Each page here is written for the test, in trades other than e-commerce (a rail depot, a bakery, a hotel), so that
what is tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

DEPOT_TASKS = """Rail Depot Cleaner

Your duties

| Task | How often |
|---|---|
| Sweep and mop the carriage floors | Every shift |
| Empty the bins on each train | Every shift |
| Restock the toilets with soap and paper | Daily |
| Report damaged seats to the shift supervisor | As needed |
"""


def test_a_table_whose_first_header_names_duties_gives_each_row_as_a_duty(tmp_path: Path) -> None:
    g = read(tmp_path, DEPOT_TASKS)
    got = needs(g).get("rail-depot-cleaner", set())
    assert {"bin emptying", "damaged seat reporting"} <= got, got
    assert "requirements.skill-rows" in rules_of(g, "rail-depot-cleaner")
    # the other cells say how often, no skill
    assert not {"every shift", "daily", "as needed"} & got
    off = read(tmp_path, DEPOT_TASKS, frozenset({"requirements.skill-rows"}))
    assert "bin emptying" not in needs(off).get("rail-depot-cleaner", set())
