"""requirements.learned: a learned reader of the lines no rule read (careergraph.loaders.text_learned).

Documents of our own, in a trade the corpus sets do not hold (dog kennels): an unmarked list of a shift's duties
under a heading the rules do not know, flagged by a model, is read for the page's role; the kennels' shops and the
perks, unmarked short lines too, are not read by the shipped model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.loaders import text_extract
from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts
from careergraph.loaders.text_learned import LineContext, LineModel, line_model, line_terms

DOC = """Kennel Assistant

Happy Tails Kennels is looking for a kennel assistant to join the team in Leeds.

A typical shift

Walk the dogs on the field twice a day
Clean and disinfect the kennel runs
Prepare special diets for older dogs
Groom long-haired breeds after walks

Our shops

Happy Tails Leeds, Kirkstall Road
Happy Tails York, Fishergate
Happy Tails Harrogate, Station Parade

Perks

Free parking on site
Staff discount on pet food
Twenty-eight days of paid leave
"""


#: a model of our own: a line opening with a verb of duty in a run under a short heading of its own is read
_DUTY_MODEL = LineModel({"verb": 2.0, "p:next-to": 1.0, "h:shift": 1.0}, -2.5, 0.6, 1.1, ("ours",))


def _links(disabled: frozenset[str] = frozenset()) -> dict[tuple[str, str], list[str]]:
    facts = extract_facts(default_vocabulary(), "kennel.txt", DOC, disabled=disabled)
    return {key: [ev["quote"] for ev in v["evidence"]] for key, v in facts.requires.items()}


def _asked() -> dict[str, LineContext]:
    text_extract._LEARNED_LINE_PROBE = probe = []
    try:
        extract_facts(default_vocabulary(), "kennel.txt", DOC)
    finally:
        text_extract._LEARNED_LINE_PROBE = None
    return {ctx.text: ctx for _, _, _, ctx, _ in probe}


def test_unmarked_duty_lines_flagged_are_read_for_the_pages_role(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_extract, "line_model", lambda: _DUTY_MODEL)
    assert _links(frozenset({"requirements.learned"})) == {}
    links = _links()
    assert len(links) >= 3, links
    duties = DOC.split("A typical shift", 1)[1].split("Our shops", 1)[0]
    for (role, _skill), quotes in links.items():
        assert role == "kennel-assistant"
        assert all(q in duties for q in quotes)  # (nothing from the shops or the perks)


def test_the_context_read_heading_run_and_verb() -> None:
    asked = _asked()
    walk = asked["Walk the dogs on the field twice a day"]
    assert walk.heading == "A typical shift" and walk.verb and walk.next_next_to
    assert asked["Happy Tails York, Fishergate"].heading == "Our shops"
    assert not asked["Free parking on site"].verb


def test_the_shipped_model_leaves_shops_and_perks() -> None:
    model = line_model()
    asked = _asked()
    for line in ("Happy Tails York, Fishergate", "Free parking on site", "Staff discount on pet food",
                 "Twenty-eight days of paid leave"):
        assert not model.reads(asked[line]) or not model.keeps(asked[line], line)
    assert all(role == "kennel-assistant" for role, _ in _links())


def test_a_run_of_short_lines_is_a_feature_and_the_model_reads_back() -> None:
    ctx = LineContext("Walk the dogs", "A typical shift", None, "Clean the runs", "Feed the dogs", True, True,
                      True, True, "text")
    assert "run" in line_terms(ctx)[1]
    model = LineModel({"run": 2.0, "walk": 1.0}, -1.0, 0.6, 1.1, ("ours",))
    assert model.keeps(ctx, "Dog walking")
    assert not model.keeps(ctx._replace(prev=None, next=None), "Dog walking")


def test_model_written_and_read(tmp_path: Path) -> None:
    model = LineModel({"run": 2.0, "h:shift": 0.5}, -1.0, 0.6, 1.1, ("ours",))
    path = tmp_path / "m.tsv"
    model.write(path)
    assert LineModel.read(path.read_text(encoding="utf-8")) == model
