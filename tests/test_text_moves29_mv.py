"""Moves told in the ways held-out pages tell them, read by broad patterns (stop 29)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles

_HOUSEKEEPER = "Housekeeper\n\nA housekeeper cleans guest rooms and restocks linen.\n\n"


def test_a_field_of_work_listed_under_a_move_names_the_post_doing_it(tmp_path: Path) -> None:
    page = _HOUSEKEEPER + "Hotels offer many paths. Experienced housekeepers can advance to roles such as:\n\n"
    page += "  • Floor supervisor\n  • Housekeeping management\n  • Laundry coordination\n  • Staff instruction\n\n"
    page += "Pay\n\nHousekeepers earn little.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("housekeeper", "floor-supervisor"), ("housekeeper", "housekeeping-manager")} <= got
    assert {("housekeeper", "laundry-coordinator"), ("housekeeper", "staff-instructor")} <= got


def test_a_field_of_work_listed_as_a_need_is_no_post(tmp_path: Path) -> None:
    page = _HOUSEKEEPER + "What you need\n\nHousekeepers need these skills:\n\n  • Stock management\n"
    page += "  • Time management\n\nPay\n\nHousekeepers earn little.\n"
    g = read(tmp_path, page)
    assert not moves(g)
    assert not {n for n in roles(g) if n.endswith("manager")}


_SITE = "Building trades\n\nCrews build houses and offices.\n\n"


def test_a_post_described_as_reached_after_working_as_another_is_a_move_with_its_years(tmp_path: Path) -> None:
    page = _SITE + "Site foreman is a senior position you can reach after working as a bricklayer for four to five"
    page += " years.\n"
    move = moves(read(tmp_path, page)).get(("bricklayer", "site-foreman"))
    assert move is not None
    assert (move.get("years_min"), move["years_max"]) == (4, 5)


def test_a_post_described_as_reached_by_the_holders_of_another_starts_at_their_post(tmp_path: Path) -> None:
    page = _SITE + "Site foreman is a post most bricklayers reach within three years.\n"
    got = moves(read(tmp_path, page))
    assert ("bricklayer", "site-foreman") in got
    assert got["bricklayer", "site-foreman"]["years_max"] == 3


def test_a_post_not_reached_or_reached_by_no_post_held_is_no_move(tmp_path: Path) -> None:
    page = _SITE + "Site foreman is a post you cannot reach after working as a bricklayer alone.\n"
    assert not moves(read(tmp_path, page))
    page = _SITE + "Site foreman is a busy job that gets hard after lunch as a bricklayer leaves.\n"
    assert not moves(read(tmp_path, page))


def test_a_one_word_rung_with_its_years_in_brackets_opens_or_closes_the_ladder(tmp_path: Path) -> None:
    page = "Warehouse careers\n\nDepots hire all year.\n\n"
    page += "Typical path: loader (2 years), shift supervisor (3 years), depot manager (4 years), director.\n"
    got = moves(read(tmp_path, page))
    assert got["loader", "shift-supervisor"]["years_max"] == 2
    assert ("shift-supervisor", "depot-manager") in got
    assert got["depot-manager", "director"]["years_max"] == 4


def test_a_bracket_that_is_no_span_of_years_opens_no_rung(tmp_path: Path) -> None:
    page = "Warehouse careers\n\nDepots hire all year.\n\n"
    page += "The loader (who is new), shift supervisor and depot manager share a break room.\n"
    assert not moves(read(tmp_path, page))


_WARD = "My nursing story\n\nI have worked on hospital wards all my life.\n\n"


def test_a_story_that_dates_two_posts_gives_their_move_the_years_between(tmp_path: Path) -> None:
    page = _WARD + "I joined the ward as a healthcare assistant in 2011 and was promoted to ward clerk in 2014.\n"
    move = moves(read(tmp_path, page))["healthcare-assistant", "ward-clerk"]
    assert (move.get("years_min"), move["years_max"]) == (3, 3)
    page = _WARD + "In 2011 I started as a healthcare assistant. I became a ward clerk in 2016.\n"
    assert moves(read(tmp_path, page))["healthcare-assistant", "ward-clerk"]["years_max"] == 5


def test_a_year_that_ends_a_post_dates_no_move(tmp_path: Path) -> None:
    page = _WARD + "I was a healthcare assistant until 2015, when I became a ward clerk.\n"
    got = moves(read(tmp_path, page))
    assert got["healthcare-assistant", "ward-clerk"].get("years_max") is None


def test_a_move_named_by_its_two_posts_in_a_time_line_is_read_with_its_time(tmp_path: Path) -> None:
    page = _SITE + "How long each step takes:\n\n- Labourer to site foreman: 2-3 years\n"
    page += "- Site foreman to site manager: 4 years\n"
    got = moves(read(tmp_path, page))
    assert (got["labourer", "site-foreman"].get("years_min"), got["labourer", "site-foreman"]["years_max"]) == (2, 3)
    assert got["site-foreman", "site-manager"]["years_max"] == 4
    page = _SITE + "| Step | Time |\n| Bricklayer to site foreman | 3 years |\n"
    assert moves(read(tmp_path, page))["bricklayer", "site-foreman"]["years_max"] == 3


def test_posts_joined_by_to_inside_a_clause_are_no_move(tmp_path: Path) -> None:
    page = _SITE + "Forward every complaint to site foreman. Labourers report to site foreman.\n"
    assert not moves(read(tmp_path, page))
    page = _SITE + "We keep a bricklayer to site foreman ratio of ten to one.\n"
    assert not moves(read(tmp_path, page))


def test_a_next_step_after_a_post_opening_the_sentence_starts_at_that_post(tmp_path: Path) -> None:
    page = _WARD + "After healthcare assistant, the next step is usually ward clerk, then ward manager.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("healthcare-assistant", "ward-clerk"), ("ward-clerk", "ward-manager")} <= got
    page = _WARD + "After healthcare assistant, ward clerk is the natural next step.\n"
    assert ("healthcare-assistant", "ward-clerk") in moves(read(tmp_path, page))


def test_holders_who_started_somewhere_as_a_post_moved_from_that_post(tmp_path: Path) -> None:
    page = _SITE + "Many site managers started their careers on site as labourers.\n"
    assert ("labourer", "site-manager") in moves(read(tmp_path, page))
    page = _SITE + "Most site managers started at the bottom as labourers.\n"
    assert ("labourer", "site-manager") in moves(read(tmp_path, page))


def test_a_place_started_at_alongside_another_post_is_no_move(tmp_path: Path) -> None:
    page = _SITE + "Site managers start their shifts at the site, as labourers do.\n"
    assert not moves(read(tmp_path, page))


def test_a_senior_post_listed_after_its_own_post_is_the_step_after_it(tmp_path: Path) -> None:
    page = _SITE + "Labourers can be promoted to site foreman, senior site foreman or site manager.\n"
    got = moves(read(tmp_path, page))
    assert {("labourer", "site-foreman"), ("site-foreman", "senior-site-foreman"), ("labourer", "site-manager")} <= set(
        got
    )
    assert ("labourer", "senior-site-foreman") not in got


def test_a_senior_post_after_its_own_post_in_a_told_career_is_the_step_after_it(tmp_path: Path) -> None:
    page = _WARD + "A hospital might take someone on as a trainee nurse, who a year later becomes a staff nurse,"
    page += " before becoming a charge nurse, senior charge nurse etc.\n"
    got = moves(read(tmp_path, page))
    assert ("charge-nurse", "senior-charge-nurse") in got
    assert got["charge-nurse", "senior-charge-nurse"].get("years_max") is None
    assert ("staff-nurse", "senior-charge-nurse") not in got
