"""Roles read by general rules (stop 40).

Each page here is written for the test, in trades other than e-commerce (a clinic, a boatyard, a bakery), so that
what is tested is the wording, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

CLINIC = """Growing the clinic

A family doctor usually opens the practice alone. Next, a receptionist, nurse, physiotherapist, and pharmacist could
join the team as the list of patients grows.
"""


def test_one_article_shared_by_a_list_of_one_word_posts_names_each(tmp_path: Path) -> None:
    got = roles(read(tmp_path, CLINIC))
    assert {"receptionist", "nurse", "physiotherapist", "pharmacist"} <= got, got
    off = roles(read(tmp_path, CLINIC, frozenset({"mentions.listed-singles"})))
    assert "physiotherapist" not in off, off


BAKERY = """Early shifts

As a baker, bread quality is what you answer for. The oven, mixer and prover are checked at five.
"""


def test_a_list_of_things_after_a_post_names_no_post(tmp_path: Path) -> None:
    got = roles(read(tmp_path, BAKERY))
    assert "baker" in got, got
    assert not got & {"mixer", "prover", "bread"}, got


BOATYARD = """Refit season

The yard first takes on a rigger and marine electrician. Next, a welder, boat painter, joiner, and upholsterer
could join for the winter.
"""


def test_a_list_of_posts_under_one_article_reads_past_an_item_of_two_words(tmp_path: Path) -> None:
    got = roles(read(tmp_path, BOATYARD))
    assert {"welder", "boat-painter", "joiner", "upholsterer"} <= got, got


LIBRARY = """Who works at the branch

The branch has several kinds of staff. They include cataloguers who describe new books, shelvers who put
returned books back, and drivers who take the mobile library out to the villages.
"""


def test_a_plural_post_told_by_its_who_clause_after_another_such_post_is_read(tmp_path: Path) -> None:
    got = roles(read(tmp_path, LIBRARY))
    assert "driver" in got, got
    off = roles(read(tmp_path, LIBRARY, frozenset({"mentions.who-lists"})))
    assert "driver" not in off, off


BOATYARD_STORY = """My first winter at the yard

My first job was to lead a crew of riggers, painters and welders through the refit. The yard is small: most weeks
it keeps only one foreman and a couple of labourers.
"""


def test_plurals_after_a_word_for_a_group_and_of_are_posts(tmp_path: Path) -> None:
    got = roles(read(tmp_path, BOATYARD_STORY))
    assert {"rigger", "painter", "welder", "labourer"} <= got, got
    off = roles(read(tmp_path, BOATYARD_STORY, frozenset({"mentions.group-plurals"})))
    assert not off & {"rigger", "painter", "welder", "labourer"}, off


DENTAL_PRACTICE = """How the practice runs

The head of dentistry signs off every treatment plan. The head of hygiene sets up the clinics each week, and the
practice manager looks after the rota.
"""


def test_a_phrasal_verb_after_a_head_of_post_is_not_part_of_its_field(tmp_path: Path) -> None:
    got = roles(read(tmp_path, DENTAL_PRACTICE))
    assert {"head-of-dentistry", "head-of-hygiene", "practice-manager"} <= got, got
    assert not any(key.endswith(("-signs", "-sets")) for key in got), got


HOTEL_STORY = """From the army to the hotel

I was an officer for twelve years and had led soldiers in three countries. Now I am a night manager at a hotel.
"""


def test_led_before_a_plural_is_the_verb_not_a_rank(tmp_path: Path) -> None:
    got = roles(read(tmp_path, HOTEL_STORY))
    assert "night-manager" in got, got
    assert not any(key.startswith("led-") for key in got), got


NURSERY_NEWS = """Gardeners wanted

Demand for trained gardeners has grown, according to a survey of nurseries.

Anna Price, head of Greenway Horticulture, said the shortage was worst in the south.
"""


def test_a_speaker_who_is_head_of_a_firm_holds_one_post_named_with_the_firm(tmp_path: Path) -> None:
    got = roles(read(tmp_path, NURSERY_NEWS))
    assert "head-of-greenway-horticulture" in got, got
    assert not got & {"head", "head-of-greenway"}, got


VETS_NEWS = """Vet nurses in demand

Clinics short of staff have pushed posts that were junior into high status roles, and moved many nurses to better
paid jobs in referral hospitals.
"""


def test_words_of_standing_or_pay_before_roles_or_jobs_name_no_post(tmp_path: Path) -> None:
    got = roles(read(tmp_path, VETS_NEWS))
    assert not got & {"high-status", "better-paid", "high-status-role", "better-paid-job"}, got


FLORIST_AD = """Online Florist Coordinator

What you will do
- Check each order before it leaves the workshop
- Collaborate with growers and logistics partners to confirm deliveries
- Book a courier partner for every wedding order
"""


def test_a_partner_named_by_what_a_firm_provides_is_no_post(tmp_path: Path) -> None:
    got = roles(read(tmp_path, FLORIST_AD))
    assert "online-florist-coordinator" in got, got
    assert not got & {"logistics-partner", "courier-partner"}, got


GARDEN_LEVELS = """Gardener levels

1. Gardener: weed the beds, water the borders, report problems
2. Head gardener: set budgets, coach trainees, run the open days
"""


def test_a_verb_in_a_series_of_duties_before_a_one_word_plural_is_no_modifier(tmp_path: Path) -> None:
    got = roles(read(tmp_path, GARDEN_LEVELS))
    assert {"gardener", "head-gardener"} <= got, got
    assert "coach-trainee" not in got, got


SALON_STORY = """A dilemma at the salon

Last spring I kept asking my manager Priya to let me train as a colourist. She said yes in June.
"""


def test_a_head_after_my_and_before_a_first_name_is_the_persons_post(tmp_path: Path) -> None:
    got = roles(read(tmp_path, SALON_STORY))
    assert "manager" in got, got
    off = roles(read(tmp_path, SALON_STORY, frozenset({"mentions.named-people"})))
    assert "manager" not in off, off


DOG_SALON = """Meet the team

Last month we hired a Grooming Associate and a Styling Assistant for the new salon. Our open day is aimed at
Aspiring Managers who want to run a salon of their own.
"""


def test_a_gerund_in_capitals_before_a_head_in_capitals_names_the_posts_work(tmp_path: Path) -> None:
    got = roles(read(tmp_path, DOG_SALON))
    assert {"grooming-associate", "styling-assistant"} <= got, got
    assert "aspiring-manager" not in got, got
