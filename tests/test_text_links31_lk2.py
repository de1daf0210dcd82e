"""Role -> skill requirements stated outside a job ad's list (stop 31: career guides, ladders, tables, prose).

The wording, roles and trades here are our own (a hospital, a ferry, a bakery, ...); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- structure.sentence-label: "Porters move patients. Key skills: A, B." ----------------------------------------


def test_a_needs_label_opening_a_later_sentence_of_a_line(tmp_path: Path) -> None:
    page = (
        "Hospital careers explained\n\n"
        "Porter\n"
        "Porters move patients between wards and deliver samples to the lab. Key skills: physical fitness,"
        " punctuality, a calm manner.\n\n"
        "Ward Clerk\n"
        "Ward clerks keep the patient records. Skills needed: discretion, a clear phone manner.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    porter = {skill for role, skill in got if role == "porter"}
    assert {"physical-fitness", "punctuality", "calm-manner"} <= porter, got
    assert any(role == "ward-clerk" and skill == "discretion" for role, skill in got), got
    assert not any(role == "ward-clerk" and skill == "punctuality" for role, skill in got), got
    assert "structure.sentence-label" in rules_of(g, "porter")


def test_a_label_in_a_later_sentence_goes_to_the_post_that_opened_the_line(tmp_path: Path) -> None:
    page = (
        "Working on a ferry\n\n"
        "Deckhands tie up the vessel and check the lifejackets. Key skills: stamina, a head for heights.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "deckhand" and skill == "head-for-heights" for role, skill in got), got


# --- structure.needs-columns: "| Role | What it takes |" -------------------------------------------------------


def test_a_table_column_of_what_each_post_takes(tmp_path: Path) -> None:
    page = (
        "Who does what at the depot\n\n"
        "| Role | What it takes |\n"
        "|---|---|\n"
        "| Yard Marshal | Hi-vis discipline, radio etiquette, trailer checks |\n"
        "| Transport Planner | Route optimisation, tachograph rules |\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert any(role == "yard-marshal" and "radio-etiquette" in skill for role, skill in got), got
    assert any(role == "transport-planner" and "route-optimisation" in skill for role, skill in got), got
    off = links(read(tmp_path, page, frozenset({"structure.needs-columns"})))
    assert not any(role == "transport-planner" and "route-optimisation" in skill for role, skill in off), off


def test_a_table_column_of_requirements_and_one_of_key_tasks(tmp_path: Path) -> None:
    page = (
        "| Position | Key tasks | Requirements |\n"
        "|---|---|---|\n"
        "| Site Foreman | Daily briefings, permit checks | CSCS card, first aid certificate |\n"
    )
    got = links(read(tmp_path, page))
    foreman = {skill for role, skill in got if role == "site-foreman"}
    assert any("briefing" in skill for skill in foreman), got
    assert any("cscs" in skill for skill in foreman), got


# --- structure.needs-lists: "Qualities of a great X", "Personal attributes" head a list of needs ---------------


def test_a_heading_of_qualities_opens_a_list_of_needs(tmp_path: Path) -> None:
    page = (
        "Careers at sea\n\n"
        "Cabin stewards clean the passenger cabins each morning.\n\n"
        "Qualities of a great cabin steward\n\n"
        "- Resourcefulness\n"
        "- A strong stomach\n\n"
        "What makes a good deck officer?\n\n"
        "- Navigation skills\n"
        "- Calm under pressure\n"
    )
    got = links(read(tmp_path, page))
    steward = {skill for role, skill in got if role == "cabin-steward"}
    assert "resourcefulness" in steward, got
    assert any(role == "deck-officer" and "navigation" in skill for role, skill in got), got


# --- structure.title-list: a page's title "Top qualities of a great X" over a list ------------------------------


def test_a_title_naming_qualities_heads_the_list_under_it(tmp_path: Path) -> None:
    page = (
        "Five qualities every good bank teller needs\n\n"
        "1. Accuracy – a till that is short at closing is a bad day.\n"
        "2. Patience – queues build up at lunchtime.\n"
        "3. Discretion\n\n"
        "Tellers usually start on the counter and move into lending later.\n"
    )
    g = read(tmp_path, page)
    teller = {skill for role, skill in links(g) if role == "bank-teller"}
    assert {"accuracy", "patience", "discretion"} <= teller, teller


def test_a_job_description_title_over_a_list_still_opens_none(tmp_path: Path) -> None:
    page = (
        "Night Porter Job Description\n\n"
        "- Location: Leeds city centre\n"
        "- Hours: four nights a week\n"
    )
    got = links(read(tmp_path, page))
    assert not any("leeds" in skill or "night" in skill for _, skill in got), got


# --- requirements.role-clauses: "Pickers need A; loaders need B; and marshals need C" --------------------------


def test_clauses_set_apart_by_semicolons_each_name_their_own_posts_needs(tmp_path: Path) -> None:
    page = (
        "Jobs in a depot\n\n"
        "Pickers need to be quick and accurate; yard marshals need patience; and transport planners need a head"
        " for maps.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("yard-marshal", "patience") in got, got
    assert any(role == "transport-planner" and "maps" in skill for role, skill in got), got
    assert not any(role == "picker" and ("patience" in skill or "marshal" in skill) for role, skill in got), got
    assert "requirements.role-clauses" in rules_of(g, "yard-marshal")


def test_a_clause_after_while_names_its_own_posts_needs(tmp_path: Path) -> None:
    page = "Forklift drivers must hold a licence, while stock controllers need strong spreadsheet skills.\n"
    got = links(read(tmp_path, page))
    assert any(role == "stock-controller" and "spreadsheet" in skill for role, skill in got), got
    assert not any(role == "forklift-driver" and "spreadsheet" in skill for role, skill in got), got



def test_a_clause_after_whilst_names_its_own_posts_needs(tmp_path: Path) -> None:
    # ("whilst", the British "while", which the rule's joins list but its gate did not ask for)
    page = (
        "Night porters must hold a first aid certificate, whilst reservation agents need strong booking system"
        " skills.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "reservation-agent" and "booking" in skill for role, skill in got), got
    assert not any(role == "night-porter" and "booking" in skill for role, skill in got), got

# --- requirements.dash-label: "- Night auditor – balances the ledger, ..." --------------------------------------


def test_a_post_labelled_with_a_dash_before_its_duties(tmp_path: Path) -> None:
    page = (
        "Who works nights at a hotel\n\n"
        "- Night auditor – balances the ledger, checks the room rates and prints the morning reports.\n"
        "- Night porter – locks the side doors and delivers late room service orders.\n"
    )
    g = read(tmp_path, page)
    auditor = {skill for role, skill in links(g) if role == "night-auditor"}
    assert any("ledger" in skill for skill in auditor), auditor
    assert any("room-rate" in skill for skill in auditor), auditor
    assert "requirements.dash-label" in rules_of(g, "night-auditor")


# --- requirements.label-lines: "Purser — cash handling, accuracy, guest care" -----------------------------------


def test_unbulleted_lines_each_a_post_and_its_short_list(tmp_path: Path) -> None:
    page = (
        "Roles on a cruise ship\n\n"
        "Cabin steward — stamina, discretion, bed making\n"
        "Deck officer — navigation, radar plotting, chart correction\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("cabin-steward", "discretion") in got, got
    assert ("deck-officer", "radar-plotting") in got, got
    assert not any(role == "cabin-steward" and "radar" in skill for role, skill in got), got
    assert "requirements.label-lines" in rules_of(g, "deck-officer")


def test_a_post_and_a_place_on_a_line_name_no_skill(tmp_path: Path) -> None:
    page = "Vacancies\n\nDeck officer — Southampton, Portsmouth, Dover\nCabin steward — full time\n"
    got = links(read(tmp_path, page))
    assert not any("southampton" in skill or "time" in skill for _, skill in got), got


# --- requirements.reports-to: "..., sets standards and reports to the general manager" -------------------------


def test_a_closing_clause_of_whom_the_post_reports_to_leaves_its_duties_read(tmp_path: Path) -> None:
    page = (
        "Pharmacy career ladder\n\n"
        "Level 3 — Pharmacy Supervisor\n"
        "Plans the dispensary rota, checks controlled drug records and reports to the store manager.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    supervisor = {skill for role, skill in got if role == "pharmacy-supervisor"}
    assert any("rota" in skill for skill in supervisor), got
    assert any("drug-record" in skill for skill in supervisor), got
    assert not any("report" in skill for skill in supervisor), got
    assert not any(role == "store-manager" for role, _ in got), got
    off = links(read(tmp_path, page, frozenset({"requirements.reports-to"})))
    assert not any(role == "pharmacy-supervisor" and "rota" in skill for role, skill in off), off


# --- requirements.traits: "A good lifeguard is observant, physically fit and calm in an emergency" --------------


def test_a_post_and_be_then_a_list_of_traits(tmp_path: Path) -> None:
    page = (
        "Lifeguard careers\n\n"
        "Lifeguards watch the pool and enforce the safety rules.\n\n"
        "A good lifeguard is observant, physically fit and calm in an emergency.\n"
        "Swimming teachers should be very tactful, encouraging and clear.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    guard = {skill for role, skill in got if role == "lifeguard"}
    assert {"observant", "physically-fit", "calm-in-an-emergency"} <= guard, got
    assert any(role == "swimming-teacher" and skill == "tactful" for role, skill in got), got
    assert "requirements.traits" in rules_of(g, "lifeguard")


def test_a_state_of_pay_or_place_is_no_trait(tmp_path: Path) -> None:
    page = "Lifeguard careers\n\nLifeguards are well paid, based at leisure centres and in demand.\n"
    got = links(read(tmp_path, page))
    assert not any("paid" in skill or "demand" in skill or "centre" in skill for _, skill in got), got


# --- requirements.people-objects: "Shift supervisors count the tills and coach the cashiers" --------------------


def test_a_post_coached_in_a_later_clause_is_the_duty_object(tmp_path: Path) -> None:
    page = (
        "Jobs in a bakery chain\n\n"
        "A bakery supervisor checks the proving times, orders the flour and trains the counter assistants.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    supervisor = {skill for role, skill in got if role == "bakery-supervisor"}
    assert any("proving" in skill for skill in supervisor), got
    assert any("counter-assistant" in skill for skill in supervisor), got
    assert not any(role == "counter-assistant" for role, _ in got), got
    # (requirements.later-roles reads the first duties too: the post is named past them)
    off = links(read(tmp_path, page, frozenset({"requirements.people-objects", "requirements.later-roles"})))
    assert not any(role == "bakery-supervisor" and "proving" in skill for role, skill in off), off


def test_a_post_moved_to_is_no_object(tmp_path: Path) -> None:
    page = "Jobs in a bakery chain\n\nBakery assistants bake the rolls and often become shift supervisors.\n"
    got = links(read(tmp_path, page))
    assert not any("supervisor" in skill for _, skill in got), got


# --- structure.answer-prose: "What does a X do?" answered by a sentence of duties -----------------------------------


def test_an_answer_telling_the_posts_duties_is_read_as_prose(tmp_path: Path) -> None:
    page = (
        "What does a car park attendant do?\n\n"
        "Car park attendants patrol the levels, issue tickets and report broken barriers.\n"
    )
    g = read(tmp_path, page)
    attendant = {skill for role, skill in links(g) if role == "car-park-attendant"}
    assert any("patrol" in skill or "level" in skill for skill in attendant), attendant
    assert any("barrier-reporting" in skill for skill in attendant), attendant
    off = {
        skill
        for role, skill in links(read(tmp_path, page, frozenset({"structure.answer-prose"})))
        if role == "car-park-attendant"
    }
    assert not any("patrol" in skill or "level" in skill for skill in off), off


# --- requirements.series-cue: "carry the bags, handle complaints and book taxis" ----------------------------------


def test_handle_inside_a_series_of_duties_opens_no_list(tmp_path: Path) -> None:
    page = (
        "Jobs at a dental practice\n\n"
        "Dental receptionists answer the phones, handle complaints and book check-ups.\n"
    )
    g = read(tmp_path, page)
    desk = {skill for role, skill in links(g) if role == "dental-receptionist"}
    assert {"phone-answering", "complaint-handling", "check-up-booking"} <= desk, desk
    assert "book-check-ups" not in desk, desk  # (no "Book check-ups" as written beside the duty)
    off = {
        skill
        for role, skill in links(read(tmp_path, page, frozenset({"requirements.series-cue"})))
        if role == "dental-receptionist"
    }
    assert "book-check-ups" in off, off


# --- requirements.people-who: "Employers want people who are A, B and C" ------------------------------------------


def test_the_traits_of_the_people_a_hirer_wants_are_the_posts(tmp_path: Path) -> None:
    page = (
        "How to become a lifeguard\n\n"
        "Lifeguards must hold a pool rescue award. Leisure centres want people who are observant, physically fit"
        " and calm under pressure.\n"
    )
    g = read(tmp_path, page)
    guard = {skill for role, skill in links(g) if role == "lifeguard"}
    assert {"observant", "physically-fit", "calm-under-pressure"} <= guard, guard
    assert "requirements.people-who" in rules_of(g, "lifeguard")
