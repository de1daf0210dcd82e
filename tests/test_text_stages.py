"""Career articles told in stages, and titles whose first word is a stop word or a word of praise.

The wording here is our own (hotels, clinics, libraries, insurance), unlike the development sets.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from text_helpers import moves, pay, read, roles

from careergraph.graph.schema import RelType

HOTEL = (
    "Front office careers\n\n"
    "Most hotel staff begin in entry-level jobs. Typical titles at this stage include Front Desk Agent, Night "
    "Auditor, or roles in housekeeping. The focus is on learning the property systems.\n\n"
    "After a couple of years at the entry level, staff can step into posts with more scope, such as Front Office "
    "Supervisor or Reservations Manager. In these posts you plan rotas.\n\n"
    "Once settled as a Front Office Supervisor, you can aim for a Front Office Manager or Rooms Division Manager post."
)


def test_the_posts_of_a_first_stage_are_where_the_next_paragraphs_move_starts(tmp_path: Path) -> None:
    got = moves(read(tmp_path, HOTEL))
    first = {("front-desk-agent", "front-office-supervisor"), ("front-desk-agent", "reservations-manager")}
    first |= {("night-auditor", "front-office-supervisor"), ("night-auditor", "reservations-manager")}
    later = {("front-office-supervisor", "front-office-manager"), ("front-office-supervisor", "rooms-division-manager")}
    assert set(got) == first | later
    assert {e["rule"] for pair in first for e in got[pair]["evidence"]} == {"transitions.stages"}
    assert got["night-auditor", "reservations-manager"]["years_min"] == 2
    # switched off, the move of "staff" has nowhere to start
    assert first.isdisjoint(moves(read(tmp_path, HOTEL, frozenset({"transitions.stages"}))))


def test_a_stage_needs_a_word_of_a_first_post(tmp_path: Path) -> None:
    text = (
        "Clinic teams employ many people. Typical titles include Medical Receptionist and Practice Clerk.\n\n"
        "Over time, staff can move into posts with more scope, such as Practice Manager."
    )
    got = moves(read(tmp_path, text))
    assert ("medical-receptionist", "practice-manager") not in got
    assert ("practice-clerk", "practice-manager") not in got


def test_posts_described_then_named_by_example_are_the_target(tmp_path: Path) -> None:
    text = "After three years, library assistants can move into roles of wider responsibility, like Branch Librarian."
    got = moves(read(tmp_path, text))
    assert set(got) == {("library-assistant", "branch-librarian")}
    assert got["library-assistant", "branch-librarian"]["years_min"] == 3


def test_a_post_held_with_words_of_praise_is_where_the_move_starts(tmp_path: Path) -> None:
    text = "Once established as a seasoned Claims Handler, you can advance to Claims Team Leader."
    g = read(tmp_path, text)
    assert set(moves(g)) == {("claims-handler", "claims-team-leader")}
    assert "seasoned-claims-handler" not in roles(g)


def test_place_words_that_are_stop_words_stay_in_a_title(tmp_path: Path) -> None:
    text = (
        "Sam joined as a Call Centre Agent. Kim is a back office clerk and Lee is a front desk clerk.\n\n"
        "Ward clerks are what we often call admin assistants."
    )
    got = roles(read(tmp_path, text))
    assert {"call-centre-agent", "back-office-clerk", "front-desk-clerk"} <= got
    assert {"centre-agent", "office-clerk", "desk-clerk", "call-admin-assistant"}.isdisjoint(got)


def test_title_lines_with_years_and_pay_after_them_are_a_ladder(tmp_path: Path) -> None:
    text = (
        "Pharmacy pay by experience\n\n"
        "Pharmacy Assistant (0-2 years): £19,000 to £22,000\n"
        "Pharmacy Technician (2-4 years) - £24,000 to £29,000\n"
        "Senior Pharmacy Technician (4-7 years): £30,000 to £35,000\n"
    )
    got = moves(read(tmp_path, text))
    assert set(got) == {
        ("pharmacy-assistant", "pharmacy-technician"),
        ("pharmacy-technician", "senior-pharmacy-technician"),
    }
    assert (got["pharmacy-technician", "senior-pharmacy-technician"]["years_min"], got[
        "pharmacy-technician", "senior-pharmacy-technician"]["years_max"]) == (2, 4)


def test_one_post_at_numbered_ranks_is_a_ladder(tmp_path: Path) -> None:
    text = (
        "Lab roles\n\n"
        "Level 1 Lab Analyst\nRuns routine samples.\n\n"
        "Level 2 Lab Analyst\nValidates methods.\n\n"
        "Tier 1 Courier and Tier 2 Courier drive different routes."
    )
    g = read(tmp_path, text)
    got = moves(g)
    assert {("level-1-lab-analyst", "level-2-lab-analyst"), ("tier-1-courier", "tier-2-courier")} <= set(got)
    off = moves(read(tmp_path, text, frozenset({"structure.numbered-ranks"})))
    assert ("tier-1-courier", "tier-2-courier") not in off


def test_a_list_of_titles_in_order_of_seniority_is_a_ladder(tmp_path: Path) -> None:
    text = (
        "Nursing leadership\n\n"
        "Titles in order of seniority: Charge Nurse, Ward Manager, Senior Ward Manager, Director of Nursing and "
        "Chief Nurse."
    )
    got = moves(read(tmp_path, text))
    assert ("charge-nurse", "ward-manager") in got
    assert ("director-of-nursing", "chief-nurse") in got
    assert "director-of-nursing-and-chief-nurse" not in roles(read(tmp_path, text))


def test_a_bare_dollar_in_a_clause_naming_a_country_is_that_countrys_dollar(tmp_path: Path) -> None:
    text = (
        "Warehouse supervisor pay\n\n"
        "In Australia, a warehouse supervisor earns $70,000 to $85,000 a year. "
        "In the US, a warehouse supervisor earns $55,000 a year."
    )
    got = pay(read(tmp_path, text), "warehouse-supervisor")
    assert (70000.0, 85000.0, "AUD", "year") in got
    assert (55000.0, 55000.0, "USD", "year") in got
    off = pay(read(tmp_path, text, frozenset({"salaries.dollar-country"})), "warehouse-supervisor")
    assert (70000.0, 85000.0, "USD", "year") in off


def test_a_figure_exceeded_is_a_lower_bound_and_a_reporting_verb_is_no_part_of_a_title(tmp_path: Path) -> None:
    text = "Our 2024 survey places dental nurses at £27,000 a year, with top earners exceeding £34,000."
    g = read(tmp_path, text)
    assert "places-dental-nurse" not in roles(g)
    got = pay(g, "dental-nurse")
    assert (27000.0, 27000.0, "GBP", "year") in got
    assert (34000.0, None, "GBP", "year") in got


def test_a_field_word_written_short_is_the_title_the_page_writes_in_full(tmp_path: Path) -> None:
    text = (
        "Our ops manager runs two sites.\n\n"
        "The operations manager is responsible for safety audits. A shift lead can become an operations manager."
    )
    g = read(tmp_path, text)
    assert "ops-manager" not in roles(g)
    assert "ops manager" in [a.lower() for a in g.nodes["operations-manager"].get("aliases", [])]
    assert ("shift-lead", "operations-manager") in moves(g)


def test_title_lines_with_years_after_a_mark_are_a_ladder(tmp_path: Path) -> None:
    text = (
        "Paralegal pay guide\n\n"
        "Junior Paralegal: 0–2 years, £22,000–£26,000\n"
        "Paralegal: 2–5 Years, £27,000–£33,000\n"
        "Senior Paralegal – 5 to 8 years of experience – £34,000 to £42,000\n"
    )
    got = moves(read(tmp_path, text))
    assert set(got) == {("junior-paralegal", "paralegal"), ("paralegal", "senior-paralegal")}
    assert (got["paralegal", "senior-paralegal"]["years_min"], got["paralegal", "senior-paralegal"]["years_max"]) == (
        2,
        5,
    )


def test_holders_promoted_from_a_post_and_the_best_of_them_moving_on(tmp_path: Path) -> None:
    text = (
        "Head Chef\n\n"
        "Most head chefs were promoted from sous chef, and the best go on to become executive chefs. "
        "I work in a hotel kitchen and was promoted from a commis chef to a sous chef last year."
    )
    got = moves(read(tmp_path, text))
    assert ("sous-chef", "head-chef") in got
    assert ("head-chef", "sous-chef") not in got
    assert ("head-chef", "executive-chef") in got
    assert ("sous-chef", "executive-chef") not in got
    assert ("commis-chef", "sous-chef") in got


def test_a_story_told_with_posts_landed_offered_and_taken_over(tmp_path: Path) -> None:
    text = (
        "I started on the tills as a checkout operator. After a year I landed the section supervisor job, and two "
        "years later I was offered the deputy store manager position."
    )
    got = moves(read(tmp_path, text))
    assert ("checkout-operator", "section-supervisor") in got
    assert got["checkout-operator", "section-supervisor"]["years_min"] == 1
    assert ("section-supervisor", "deputy-store-manager") in got
    assert got["section-supervisor", "deputy-store-manager"]["years_min"] == 2
    got = moves(read(tmp_path, "She spent four years as a florist before taking over as garden centre manager."))
    assert set(got) == {("florist", "garden-centre-manager")}
    assert got["florist", "garden-centre-manager"]["years_min"] == 4


def test_the_following_year_is_no_stretch_of_time_before_a_post(tmp_path: Path) -> None:
    text = "He was hired as a van driver in 2015, got bumped up to dispatcher the following year and stayed there."
    got = moves(read(tmp_path, text))
    assert ("van-driver", "dispatcher") in got
    assert ("dispatcher", "van-driver") not in got


def test_a_move_inside_a_told_sentence_is_where_the_next_step_starts(tmp_path: Path) -> None:
    text = (
        "She was hired as a stock assistant in 2016, got promoted to stock controller two years later and now runs "
        "the site as warehouse manager."
    )
    got = moves(read(tmp_path, text))
    assert {("stock-assistant", "stock-controller"), ("stock-controller", "warehouse-manager")} <= set(got)
    assert ("stock-assistant", "warehouse-manager") not in got


def needs(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.REQUIRES.value}


def test_the_needs_of_a_stage_belong_to_its_posts(tmp_path: Path) -> None:
    text = (
        "Careers in hotel front offices\n\n"
        "Most hotel staff begin in entry-level jobs. Typical titles at this stage include Front Desk Agent or Night "
        "Auditor. At this stage you must learn reservation systems and cash handling."
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert {("front-desk-agent", "cash-handling"), ("night-auditor", "cash-handling")} <= got
    assert any(role == "night-auditor" and "reservation-systems" in skill for role, skill in got)
    off = needs(read(tmp_path, text, frozenset({"requirements.stages"})))
    assert ("night-auditor", "cash-handling") not in off


def test_level_lines_giving_one_title_at_rising_codes_name_each_rank(tmp_path: Path) -> None:
    text = (
        "Claims handler levels\n\n"
        "L1 Claims Handler\nLogs new claims.\n\n"
        "L2 Claims Handler\nSettles disputed claims.\n\n"
        "L3 Claims Handler\nHandles fraud referrals.\n"
    )
    got = moves(read(tmp_path, text))
    assert {("l1-claims-handler", "l2-claims-handler"), ("l2-claims-handler", "l3-claims-handler")} <= set(got)
    assert not {pair for pair in got if "claims-handler" in pair}
    off = moves(read(tmp_path, text, frozenset({"structure.numbered-ranks"})))
    assert ("l1-claims-handler", "l2-claims-handler") not in off


def test_the_reader_in_the_paragraph_that_set_a_stage_stands_in_its_posts(tmp_path: Path) -> None:
    text = (
        "Careers in public libraries\n\n"
        "Librarians look after collections and readers.\n\n"
        "Would-be Librarians often start as Library Assistants or Library Technicians. These jobs are a good way in. "
        "As you work beside senior staff, you build cataloguing and outreach skills.\n\n"
        "With time you may move up to posts like Branch Supervisor or Reference Coordinator. Later, you will "
        "organise reading groups for local schools."
    )
    got = needs(read(tmp_path, text))
    for post in ("library-assistant", "library-technician"):
        assert any(role == post and "cataloguing" in skill for role, skill in got), (post, got)
    assert not any(role == "librarian" and "cataloguing" in skill for role, skill in got)
    for post in ("branch-supervisor", "reference-coordinator"):
        assert any(role == post and "reading-group" in skill for role, skill in got), (post, got)
    assert not any(role == "librarian" and "reading-group" in skill for role, skill in got)
    off = needs(read(tmp_path, text, frozenset({"requirements.stages"})))
    assert not any(role == "library-technician" for role, _ in off)
