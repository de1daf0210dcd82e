"""Role precision (stop 38): words around a title that make it no post of the page.

The wording here is our own (a rail depot, a garden centre, a ferry line, a dog groomer's), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_verb_after_to_with_a_plural_title_as_its_object_names_no_post(tmp_path: Path) -> None:
    text = (
        "Depot pay and perks\n\n"
        "A Carriage Cleaner earns £12.10 an hour at the depot.\n"
        "The operator runs a points scheme to reward cleaners who cover late shifts, and a fund to retrain "
        "shunters for new signalling work.\n"
    )
    g = read(tmp_path, text)
    assert "carriage-cleaner" in roles(g)
    assert not {"reward-cleaner", "retrain-shunter"} & roles(g)


def test_a_title_after_to_keeps_its_modifier(tmp_path: Path) -> None:
    text = (
        "Garden centre careers\n\nOur weekend staff report to nursery supervisors, who answer to the centre manager.\n"
    )
    g = read(tmp_path, text)
    assert "nursery-supervisor" in roles(g)


def test_a_one_word_title_before_a_word_for_a_firm_names_a_kind_of_business(tmp_path: Path) -> None:
    text = (
        "Ferry Deckhand\n\n"
        "A ferry deckhand moors the vessel and guides cars on board. Some deckhands join from a stevedore company "
        "or a porter agency before they train at sea.\n"
    )
    g = read(tmp_path, text)
    assert "ferry-deckhand" in roles(g)
    assert not {"stevedore", "porter"} & roles(g)


def test_a_title_opening_an_apps_name_is_a_product(tmp_path: Path) -> None:
    text = (
        "Dog Groomer\n\n"
        "Our dog groomers book their day through the Pet Stylist App and log each coat on the Salon Manager Portal.\n"
    )
    g = read(tmp_path, text)
    assert "dog-groomer" in roles(g)
    assert not {"pet-stylist", "salon-manager"} & roles(g)


def test_a_firms_name_and_its_verb_open_no_title(tmp_path: Path) -> None:
    text = (
        "Hotel kitchen pay\n\n"
        "Brightwell lifts kitchen porter pay\n\n"
        "Brightwell said its kitchen porters will earn £12.40 an hour from May. Harbourline hires commis chefs "
        "on the same rate.\n"
    )
    g = read(tmp_path, text)
    assert {"kitchen-porter", "commis-chef"} <= roles(g)
    assert not any(key.startswith(("brightwell", "harbourline")) for key in roles(g))


def test_words_of_character_and_of_how_much_a_post_matters_are_no_part_of_a_title(tmp_path: Path) -> None:
    text = (
        "Ski Lift Attendant\n\n"
        "Every skier learns how vital lift attendants are on a busy morning. We want honest, punctual lift "
        "attendants, and enthusiastic snow groomers may move up to slope supervisor.\n"
    )
    g = read(tmp_path, text)
    assert {"ski-lift-attendant", "slope-supervisor"} <= roles(g)
    assert not {"vital-lift-attendant", "punctual-lift-attendant", "enthusiastic-snow-groomer"} & roles(g)


def test_a_verb_before_a_plural_title_and_to_with_a_verb_names_no_post(tmp_path: Path) -> None:
    text = (
        "Leisure Centre Lifeguard\n\n"
        "A leisure centre lifeguard watches the pool from the poolside chair. The head lifeguard urges swim "
        "teachers to clear the lanes on time and prompts pool attendants to complete the water tests.\n"
    )
    g = read(tmp_path, text)
    assert {"leisure-centre-lifeguard", "head-lifeguard"} <= roles(g)
    assert not {"urges-swim-teacher", "prompts-pool-attendant"} & roles(g)


def test_a_head_after_a_slash_shares_the_titles_modifiers_before_a_modal_verb(tmp_path: Path) -> None:
    text = (
        "Building Control Careers\n\n"
        "A Site Surveyor/Inspector will visit each plot before the walls go up, and a Site Surveyor/Inspector may "
        "refuse work that breaks the plans.\n"
    )
    g = read(tmp_path, text)
    assert {"site-surveyor", "site-inspector"} <= roles(g)
    assert "inspector" not in roles(g)


def test_plural_rank_words_after_two_titles_with_that_head_are_those_titles(tmp_path: Path) -> None:
    text = (
        "Hospital estates careers\n\n"
        "Estates Officer (0-3 years): logs repairs and checks fire doors.\n\n"
        "Energy Manager or Grounds Manager (5-10 years): These managerial roles run one part of the estate each.\n"
    )
    g = read(tmp_path, text)
    assert {"estates-officer", "energy-manager", "grounds-manager"} <= roles(g)
    assert "manager" not in roles(g)


def test_a_rank_word_on_a_page_of_one_such_title_is_still_that_title(tmp_path: Path) -> None:
    text = (
        "Porter careers\n\n"
        "After two years a Hospital Porter may apply for supervisory roles, and most become a Portering "
        "Supervisor.\n"
    )
    g = read(tmp_path, text)
    assert "portering-supervisor" in roles(g)


def test_a_duty_verb_before_two_joined_words_and_a_noun_names_no_post(tmp_path: Path) -> None:
    text = (
        "Theatre Stage Manager\n\n"
        "Responsibilities:\n"
        "- Check usher and dresser timesheets before payroll closes\n"
        "- Review carpenter or painter schedules with the production manager\n"
    )
    g = read(tmp_path, text)
    assert {"theatre-stage-manager", "production-manager"} <= roles(g)
    assert not {"check-usher", "review-carpenter"} & roles(g)


def test_joined_plural_titles_after_a_duty_verb_stay_titles(tmp_path: Path) -> None:
    text = (
        "Garden centre careers\n\nSaturday staff often move up to work as plant sellers, stock clerks and order "
        "fillers.\n"
    )
    g = read(tmp_path, text)
    assert {"stock-clerk", "order-filler"} <= roles(g)


def test_a_plural_post_after_are_the_that_describes_the_subject_is_no_post(tmp_path: Path) -> None:
    text = (
        "Gallery Assistant\n\n"
        "Gallery assistants are the storytelling ambassadors of a museum, and they answer to the learning manager.\n"
    )
    g = read(tmp_path, text)
    assert {"gallery-assistant", "learning-manager"} <= roles(g)
    assert "storytelling-ambassador" not in roles(g)


def test_a_post_after_is_the_with_of_is_still_a_post(tmp_path: Path) -> None:
    text = "Museum careers\n\nAmira is the collections manager of the city museum and trains new assistants.\n"
    g = read(tmp_path, text)
    assert "collections-manager" in roles(g)
