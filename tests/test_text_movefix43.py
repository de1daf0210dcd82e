"""Wrong moves and years a person's story or a list of titles gave (stop 44, second round).

Each page is written for the test, in a trade the rules were not written from (a bakery kitchen, a plumber's
firm, a garden centre), so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, pay, read


def test_a_new_subject_after_a_from_to_move_goes_on_from_where_it_led(tmp_path: Path) -> None:
    text = (
        "Mia's story\n\nMia joined the bakery as a Kitchen Porter. Promoted from Kitchen Porter to Line Cook in "
        "2018, Mia became Sous Chef two years later.\n"
    )
    found = moves(read(tmp_path, text))
    assert set(found) == {("kitchen-porter", "line-cook"), ("line-cook", "sous-chef")}
    # (the two years are the later step's, not the first's)
    assert found["kitchen-porter", "line-cook"].get("years_max") is None
    assert found["line-cook", "sous-chef"].get("years_max") == 2.0


def test_a_from_to_move_with_an_alternative_after_or_still_starts_there(tmp_path: Path) -> None:
    text = "Bakery careers\n\nBakers can move from Kitchen Porter to Line Cook or switch to Sous Chef.\n"
    assert ("kitchen-porter", "sous-chef") in moves(read(tmp_path, text))


def test_the_time_of_a_whole_route_is_no_step_s(tmp_path: Path) -> None:
    for said in (
        "Over ten years Raj went from Apprentice Plumber to Plumber to Site Foreman.",
        "Over ten years, Raj went from apprentice plumber to plumber to site foreman.",
    ):
        found = moves(read(tmp_path, f"Raj's story\n\n{said}\n"))
        assert set(found) == {("apprentice-plumber", "plumber"), ("plumber", "site-foreman")}, said
        assert all(data.get("years_max") is None for data in found.values()), said


def test_a_time_told_between_the_steps_of_a_route_is_still_the_step_s(tmp_path: Path) -> None:
    text = "Raj's story\n\nRaj went from Apprentice Plumber to Plumber in two years, then to Site Foreman.\n"
    found = moves(read(tmp_path, text))
    assert found["apprentice-plumber", "plumber"].get("years_max") == 2.0


def test_a_time_before_a_comma_is_still_the_move_s(tmp_path: Path) -> None:
    text = "Mia's story\n\nMia started as a Kitchen Porter. After two years, Mia became Line Cook.\n"
    found = moves(read(tmp_path, text))
    assert found["kitchen-porter", "line-cook"].get("years_max") == 2.0


def test_a_list_of_titles_one_a_line_heads_nothing(tmp_path: Path) -> None:
    text = (
        "Garden Centre Manager\n\nYou will lead a team of:\nNursery Assistant\nPlant Buyer\n\n"
        "The post pays £32,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "garden-centre-manager") and not pay(g, "plant-buyer")


def test_a_title_alone_over_its_own_lines_still_heads_them(tmp_path: Path) -> None:
    text = "Garden roles\n\nPlant Buyer\n\nBuyers choose the stock. The post pays £28,000 a year.\n"
    g = read(tmp_path, text)
    assert pay(g, "plant-buyer")
