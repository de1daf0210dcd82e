"""Pay that starts at one sum and rises to another: a verb of starting before the first figure and a verb of
rising before the second make one range (salaries.range-ends)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["period"]) for s in facts.salaries]


def test_plural_posts_start_at_a_rate_rising_to_another() -> None:
    text = "New cleaners start at $15 an hour, rising to $18 after six months on the rota."
    assert _pay(text) == [("cleaner", 15.0, 18.0, "hour")]


def test_a_trainee_begins_on_a_salary_increasing_to_another() -> None:
    text = "A trainee surveyor begins on £23,000, increasing to £27,500 once chartered."
    assert _pay(text) == [("trainee-surveyor", 23000.0, 27500.0, "year")]


def test_a_start_alone_stays_one_figure() -> None:
    assert _pay("Ward clerks start on £22,400 a year.") == [("ward-clerk", 22400.0, 22400.0, "year")]


def test_a_starting_wage_rising_to_another_is_one_range() -> None:
    text = "A junior welder has a starting wage of $19 an hour, rising to $24 an hour once certified."
    assert _pay(text) == [("junior-welder", 19.0, 24.0, "hour")]


def test_a_starting_salary_alone_stays_one_figure() -> None:
    assert _pay("A junior welder has a starting salary of $38,000.") == [("junior-welder", 38000.0, 38000.0, "year")]


def test_a_figure_rising_to_another_is_one_range() -> None:
    text = "A care assistant earns £11.50 an hour, rising to £12.40 an hour after induction."
    assert _pay(text) == [("care-assistant", 11.5, 12.4, "hour")]


def test_a_basic_salary_rising_to_another_on_an_ad_line() -> None:
    text = "Claims Handler\nBasic £23,000 rising to £27,000 once trained, plus bonus\n"
    assert _pay(text) == [("claims-handler", 23000.0, 27000.0, "year")]
