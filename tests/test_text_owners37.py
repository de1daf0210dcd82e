"""Whose duties they are, and duties lost wholesale (stop 37, from texts of our own).

The wording, roles and trades here are our own (a bakery, a hotel front desk, a garden centre, a rail depot);
each test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, pay, read, roles, rules_of

# --- requirements.slash-owner: titles joined by slashes as the subject of duties ----------------------------------


def test_duties_of_titles_joined_by_a_slash_are_the_first_titles(tmp_path: Path) -> None:
    page = (
        "Weekend Jobs at the Corner Bakery\n\n"
        "The baker/pastry chef prepares bread dough before dawn and decorates birthday cakes.\n"
        "The counter assistant serves customers.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("baker", "bread-dough-preparation") in got, got
    assert "requirements.slash-owner" in rules_of(g, "baker")
    assert not any(role == "pastry-chef" for role, _ in got), got


def test_a_second_title_read_as_none_after_the_slash(tmp_path: Path) -> None:
    page = "Front Desk Roles\n\nThe night auditor/receptionist balances the accounts every night.\n"
    got = links(read(tmp_path, page))
    assert ("night-auditor", "balancing-accounts") in got, got


def test_a_label_of_two_titles_gives_its_skills_to_the_first(tmp_path: Path) -> None:
    page = (
        "Garden Centre Team\n\n"
        "| Plant care | Team Leader/Supervisor: Expert in rota planning and stock rotation. |\n"
        "| Sales | Cashier: Skilled in cash handling. |\n"
    )
    got = links(read(tmp_path, page))
    assert ("team-leader", "rota-planning") in got, got
    assert not any(role.endswith("supervisor") for role, _ in got), got


def test_a_step_of_two_posts_keeps_both(tmp_path: Path) -> None:
    page = (
        "Moving Up at the Depot\n\n"
        "Step Two: Yard Supervisor/Shift Manager\n"
        "Skills Developed: Rota planning and incident reporting.\n"
    )
    got = links(read(tmp_path, page))
    assert ("yard-supervisor", "rota-planning") in got, got
    assert ("shift-manager", "rota-planning") in got, got


# --- structure.numbered-titles: a numbered title with the lines of its post right under it -------------------------


def test_a_numbered_title_heads_the_lines_right_under_it(tmp_path: Path) -> None:
    page = (
        "Three jobs at a busy garage\n"
        "1. Tyre Fitter\n"
        "What they do: fit and balance tyres and check tread depth.\n"
        "Typical pay: £24,000 a year\n"
        "2. Service Advisor\n"
        "Overview\n"
        "Garages compete for advisors who know electric cars.\n"
        "Main duties\n"
        "- Booking in customers.\n"
        "- Explaining repair quotes.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("tyre-fitter", "tread-depth-checking") in got, got
    assert ("service-advisor", "explaining-repair-quotes") in got, got
    assert not any(skill.startswith("service-advisor") for _, skill in got), got  # (the next title ends the list)
    assert pay(g, "tyre-fitter"), pay(g, "tyre-fitter")


def test_numbered_items_on_lines_one_after_another_stay_a_list(tmp_path: Path) -> None:
    page = (
        "How a kennel hand moves up\n"
        "1. Kennel Hand\n"
        "2. Senior Kennel Hand\n"
        "3. Kennel Manager\n"
        "Kennel managers plan the rotas and order the feed.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role in {"kennel-hand", "senior-kennel-hand"} for role, _ in got), got


# --- structure.opening-subject / structure.duty-subject: the post an opening sentence names, with a partner ---------

_DUTIES = "\n\nDuties\n- Plan the daily bake.\n- Order flour and yeast.\n- Train the junior bakers.\n"


def _bakery_links(tmp_path: Path, opening: str) -> set[tuple[str, str]]:
    return links(read(tmp_path, opening + _DUTIES))


def test_as_the_post_with_a_partner_named_after_it(tmp_path: Path) -> None:
    got = _bakery_links(tmp_path, "Corner Bakery\n\nAs Head Baker, you will work alongside the shop manager.")
    assert ("head-baker", "daily-bake-planning") in got, got
    assert not any(role == "shop-manager" for role, _ in got), got


def test_an_employer_that_needs_the_post(tmp_path: Path) -> None:
    got = _bakery_links(tmp_path, "The Corner Bakery needs an experienced Head Baker. The post reports to the owner.")
    assert ("head-baker", "daily-bake-planning") in got, got


def test_the_posts_main_task(tmp_path: Path) -> None:
    opening = "Job purpose\nA head baker's main task is to keep the shelves full, working with the shop manager."
    got = _bakery_links(tmp_path, opening)
    assert ("head-baker", "daily-bake-planning") in got, got


def test_one_holder_of_the_post_doing_a_duty(tmp_path: Path) -> None:
    opening = "Job purpose\nThe head baker runs the ovens overnight and hands the shop to the shop manager at six."
    got = _bakery_links(tmp_path, opening)
    assert ("head-baker", "daily-bake-planning") in got, got


def test_a_story_told_in_the_first_person_names_no_subject(tmp_path: Path) -> None:
    opening = "My first week\nThe head baker hands me an apron and I watch the shop manager open up."
    got = _bakery_links(tmp_path, opening)
    assert not any(role == "head-baker" for role, _ in got), got


# --- mentions.titles: a title of two modifiers joined by "and", in sentence case, opening its line ----------------


def test_a_sentence_case_title_of_two_fields_is_one_post(tmp_path: Path) -> None:
    page = (
        "Kitchen and catering assistants\n\n"
        "Kitchen and catering assistants prepare food and wash dishes in canteens.\n\n"
        "Typical tasks\n  • prepares vegetables and salads;\n  • cleans work surfaces and floors.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("kitchen-and-catering-assistant", "food-preparation") in got, got
    assert ("kitchen-and-catering-assistant", "vegetable-preparation") in got, got
    assert "catering-assistant" not in roles(g), roles(g)


def test_people_before_and_are_no_field_of_a_title(tmp_path: Path) -> None:
    g = read(tmp_path, "Farm Shop\n\nCustomers and shop managers agree on delivery dates.\n")
    assert "shop-manager" in roles(g), roles(g)


# --- requirements.joined-subjects: posts joined by "and" or commas as the subject of duties --------------------------


def test_posts_joined_as_a_subject_each_do_the_duties(tmp_path: Path) -> None:
    page = (
        "Working at the Seaside Hotel\n\n"
        "Porters and receptionists greet guests at the door.\n"
        "Housekeepers, laundry attendants and room attendants change the linen every morning.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("porter", "guest-greeting") in got, got
    assert ("receptionist", "guest-greeting") in got, got
    assert ("laundry-attendant", "linen-changing") in got, got
    assert "requirements.joined-subjects" in rules_of(g, "porter")


def test_posts_joined_with_a_verb_in_the_past_did_no_duty(tmp_path: Path) -> None:
    page = "Hotel Careers\n\nMany receptionists and porters started their careers as summer temps.\n"
    assert not links(read(tmp_path, page))
