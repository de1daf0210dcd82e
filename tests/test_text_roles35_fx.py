"""Roles and skill names read from prose, stop 35 (texts of our own: a hotel, a rail depot, a bakery, a garden
centre); each test fails on the code before the change it is about."""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, roles

# --- mentions.titles: a trade's or sector's workers opening a sentence whose duties follow are a post ---------------


def test_sector_workers_doing_duties_are_a_post(tmp_path: Path) -> None:
    page = "Careers in hospitality\n\nHotel workers greet guests, carry luggage and clean rooms.\n"
    got = read(tmp_path, page)
    assert "hotel-worker" in roles(got), roles(got)
    assert ("hotel-worker", "guest-greeting") in links(got), links(got)


def test_sector_workers_whose_duties_the_next_sentence_tells_are_a_post(tmp_path: Path) -> None:
    page = (
        "Working at a garden centre\n\n"
        "Retail workers are the first face a shopper sees. They unload the compost, advise shoppers and water"
        " the seedlings.\n"
    )
    got = read(tmp_path, page)
    assert "retail-worker" in roles(got), roles(got)


def test_kinds_of_workers_and_workers_of_no_duty_are_still_no_post(tmp_path: Path) -> None:
    page = (
        "Working in a rail depot\n\n"
        "Young workers clean the platforms. Retail workers earn less than drivers. Domestic workers are many."
        " They say the pay is low.\n"
    )
    got = roles(read(tmp_path, page))
    assert not {"young-worker", "retail-worker", "domestic-worker"} & got, got


# --- mentions.titles: a "head of X" title's field ends before its verb in -s and a bare object -----------------------


def test_a_head_of_field_stops_before_its_verb_and_a_bare_object(tmp_path: Path) -> None:
    page = (
        "Hotel careers\n\n"
        "The head of maintenance schedules routine repairs. A director of catering plans seasonal menus.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"head-of-maintenance", "director-of-catering"} <= got, got
    assert not any("schedules" in role or "plans" in role for role in got), got


def test_a_head_of_field_in_the_plural_before_a_noun_or_a_verb_stays_whole(tmp_path: Path) -> None:
    page = (
        "Hotel careers\n\n"
        "The head of guest services oversees the front desk. She reports to the director of sales operations.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"head-of-guest-services", "director-of-sales-operations"} <= got, got


# --- mentions.shared-heads: a rank alone before "or" is the first title's, not the other head's ---------------------


def test_a_rank_before_or_stays_with_the_first_title(tmp_path: Path) -> None:
    page = (
        "Working at a rail depot\n\n"
        "After two years on the yard you can apply to be a Senior Shunter or Controller.\n"
        "Stage 3: Junior Porter / Concierge (1-2 years)\n"
    )
    got = roles(read(tmp_path, page))
    assert {"senior-shunter", "controller", "junior-porter", "concierge"} <= got, got
    assert not {"senior-controller", "junior-concierge"} & got, got


def test_a_field_before_or_is_still_shared(tmp_path: Path) -> None:
    page = "Hotel careers\n\nShe started as a Guest Services Agent or Representative.\n"
    got = roles(read(tmp_path, page))
    assert "guest-services-representative" in got, got


# --- requirements.no-skill: a measure of the trade before "growth" names what the work grows -------------------------


def test_a_measure_the_work_grows_before_growth_is_a_skill(tmp_path: Path) -> None:
    page = (
        "Bakery Shop Manager\n\n"
        "You will be responsible for revenue growth, waste reduction and team development.\n"
    )
    got = links(read(tmp_path, page))
    assert ("bakery-shop-manager", "revenue-growth") in got, got


def test_growth_of_the_career_is_still_no_skill(tmp_path: Path) -> None:
    page = "Bakery Shop Manager\n\nYou will be responsible for career growth, waste reduction and team development.\n"
    got = links(read(tmp_path, page))
    assert not any("growth" in skill for _, skill in got), got


# --- requirements.duty-names: two plain qualities joined by "and" are two skills ------------------------------


def test_two_plain_qualities_joined_by_and_are_two_skills(tmp_path: Path) -> None:
    page = (
        "Night Porter\n\n"
        "Night porters need good humour, tact and diplomacy.\n"
        "The job also calls for stamina and patience.\n"
    )
    got = {skill for _, skill in links(read(tmp_path, page))}
    assert {"tact", "diplomacy"} <= got, got
    assert "tact-and-diplomacy" not in got, got


# --- requirements.noun-verbs: a gerund of a verb that is a noun as often, before an article, is a verb anywhere -----


def test_gerunds_of_noun_verbs_before_an_article_name_duties(tmp_path: Path) -> None:
    page = (
        "Yard Supervisor\n\n"
        "The yard supervisor is in charge of patrolling the sidings and guiding the shunters on night shifts.\n"
    )
    got = links(read(tmp_path, page))
    assert ("yard-supervisor", "shunter-guiding") in got, got
    assert ("yard-supervisor", "siding-patrolling") in got, got
