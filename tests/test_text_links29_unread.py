"""Role -> skill requirements in lines the rules did not read (stop 29: headings, short lines, plain subjects).

The wording, roles and trades here are our own (a hotel laundry, a bank branch, a bus depot, ...); each test
fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.duty-headings: "Check Guests In" over a paragraph telling that duty ------------------------------


def test_a_heading_in_title_case_naming_a_duty_is_the_posts_duty(tmp_path: Path) -> None:
    page = (
        "Laundry Attendant Job Description\n\n"
        "Laundry attendants keep a hotel supplied with clean sheets and towels.\n\n"
        "What the work involves day to day:\n\n"
        "Sort Soiled Linen\n\n"
        "Laundry attendants split the bags by colour and fabric before the first wash.\n\n"
        "Fold and Press Towels\n\n"
        "Each laundry attendant finishes the towels on the long table by the dryers.\n\n"
        "Contact Us\n\n"
        "Laundry attendants can write to the head office with any question.\n\n"
        "Position Overview\n\n"
        "Laundry attendants work early shifts in the basement.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "laundry-attendant"}
    assert any("linen" in skill and "sort" in skill for skill in got), got
    assert any("towel" in skill for skill in got), got
    # (the site's own voice and a heading naming what its section tells are no duties)
    assert not any("contact" in skill or "overview" in skill or "position" in skill for skill in got), got
    assert "requirements.duty-headings" in rules_of(g, "laundry-attendant")


def test_a_heading_naming_another_post_as_whom_a_duty_is_done_with(tmp_path: Path) -> None:
    page = (
        "Bank Teller Job Description\n\n"
        "Bank tellers serve customers at the counter of a branch.\n\n"
        "Update the Branch Manager\n\n"
        "Bank tellers tell the branch manager about large withdrawals each afternoon.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert any(role == "bank-teller" and "branch-manager" in skill for role, skill in got), got
    assert not any(role == "branch-manager" for role, _ in got), got


def test_a_duty_heading_among_a_list_of_duties_over_an_imperative_paragraph(tmp_path: Path) -> None:
    page = (
        "Depot Supervisor Job Description\n\n"
        "These are the main duties of a depot supervisor:\n\n"
        "- Rosters: Plan the drivers' shifts a fortnight ahead.\n"
        "- Safety: Walk the yard with the mechanics every morning.\n\n"
        "Inspect Returning Buses\n\n"
        "Check each bus for damage when it comes back at night and log what you find.\n\n"
        "Search Jobs\n\n"
        "Thousands of roles are listed on our board.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "depot-supervisor"}
    assert any("bus" in skill and "inspect" in skill for skill in got), got
    assert not any("job" in skill and "search" in skill for skill in got), got


# --- requirements.either-pronoun: "He or she ...", "He/she ..." after a sentence naming a role -------------------


def test_a_pair_of_pronouns_for_either_sex_stands_for_the_role_just_named(tmp_path: Path) -> None:
    page = (
        "Ward Clerk Job Description\n\n"
        "A ward clerk keeps the front desk of a hospital ward running. He or she files patient notes and books"
        " transport for discharges.\n\n"
        "A ward clerk answers to the ward sister. He/she orders stationery every week.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "ward-clerk"}
    assert any("note" in skill for skill in got), got
    assert any("stationery" in skill for skill in got), got
    assert "requirements.either-pronoun" in rules_of(g, "ward-clerk")


# --- requirements.expert-label: "Head Porter: Expert in ..." in a line, an item or a table's cell ------------------


def test_a_post_labelled_with_what_it_masters_needs_those_skills(tmp_path: Path) -> None:
    page = (
        "Hotel Careers After the Front Desk\n\n"
        "| What reception teaches | Where it leads |\n"
        "| Staying calm | Head Porter: Expert in rota planning, lost property handling, and guest escorting. |\n"
        "| Careful records | Night Auditor: Deep understanding of ledger balancing and till reconciliation. |\n\n"
        "- Reservations Manager: Master of overbooking control and rate setting.\n"
        "- Spa Manager: Expert in working with the Head Porter on deliveries.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    porter = {skill for role, skill in got if role == "head-porter"}
    assert "rota-planning" in porter, got
    assert any("ledger" in skill for role, skill in got if role == "night-auditor"), got
    assert any("overbooking" in skill for role, skill in got if role == "reservations-manager"), got
    # (a phrase naming another post is not read as the label's mastery)
    assert "requirements.expert-label" not in rules_of(g, "spa-manager")
    assert "requirements.expert-label" in rules_of(g, "head-porter")


# --- requirements.employer-aside: "Porters at Grand Hotels greet ..." ------------------------------------------------


def test_an_employer_named_between_the_post_and_its_verb(tmp_path: Path) -> None:
    page = (
        "Hotel Careers\n\n"
        "Receptionists at Harbour Hotels answer the phones, book taxis and file the invoices.\n\n"
        "Receptionists at night shifts sleep by day.\n"
    )
    g = read(tmp_path, page)
    got = {skill for role, skill in links(g) if role == "receptionist"}
    assert any("phone" in skill for skill in got), got
    assert any("invoice" in skill for skill in got), got
    # (no capitalised name after "at": no employer, and the line is not read this way)
    assert not any("sleep" in skill or "day" in skill for skill in got), got
    assert "requirements.employer-aside" in rules_of(g, "receptionist")
