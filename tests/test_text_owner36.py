"""Whose requirement a duty or list is (stop 36, from texts of our own).

When a page names another post near its own post's duties (a partner, a manager it reports to, a colleague it
helps), the duties stay the page's post's. The wording, roles and trades here are our own (a ferry terminal, a
dental surgery, a cinema, a farm shop, a garden centre, a kennels); each test fails on the code before the change
it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, roles, rules_of

# --- requirements.later-roles: another post named past the first duty of a series --------------------------------


def test_a_post_helped_in_a_later_duty_keeps_the_first_duty(tmp_path: Path) -> None:
    page = (
        "What Does a Ferry Steward Do?\n\n"
        "Ferry stewards check tickets at the gangway, help the deck officers at busy sailings and sell snacks.\n"
    )
    got = links(read(tmp_path, page))
    assert ("ferry-steward", "ticket-checking") in got, got
    assert not any(role == "deck-officer" for role, _ in got), got


def test_they_with_a_post_named_in_a_later_duty(tmp_path: Path) -> None:
    page = (
        "What Does a Dental Receptionist Do?\n\n"
        "Dental receptionists greet patients at the front desk. They answer the phone, use the booking system and "
        "find another slot when a dentist is running late.\n"
    )
    got = links(read(tmp_path, page))
    assert ("dental-receptionist", "phone-answering") in got, got
    assert not any(role == "dentist" for role, _ in got), got


def test_a_post_in_the_first_duty_is_still_a_hand_off(tmp_path: Path) -> None:
    page = "Cinema Jobs\n\nUshers hand the takings to the duty managers, sweep the aisles and check tickets.\n"
    got = links(read(tmp_path, page))
    assert not any(role == "usher" for role, _ in got), got


def test_the_rule_switched_off_reads_nothing(tmp_path: Path) -> None:
    page = (
        "What Does a Ferry Steward Do?\n\n"
        "Ferry stewards check tickets at the gangway, help the deck officers at busy sailings and sell snacks.\n"
    )
    got = links(read(tmp_path, page, frozenset({"requirements.later-roles"})))
    assert not any(role == "ferry-steward" for role, _ in got), got
    assert "ferry-steward" in roles(read(tmp_path, page))


def test_a_line_of_duties_in_the_imperative_naming_a_post_later(tmp_path: Path) -> None:
    page = (
        "Farm Shop Assistant\n\n"
        "Serve customers at the counter, help the butcher with orders and restock the shelves. "
        "Take payments at the till.\n"
    )
    got = links(read(tmp_path, page))
    assert ("farm-shop-assistant", "shelf-restocking") in got, got
    assert not any(role == "butcher" for role, _ in got), got
    off = links(read(tmp_path, page, frozenset({"requirements.later-roles"})))
    assert ("farm-shop-assistant", "shelf-restocking") not in off, off


def test_a_hand_off_to_a_post_in_a_later_duty_still_stops_the_line(tmp_path: Path) -> None:
    page = "Kennels Jobs\n\nKennel Hand\n\nWalk the dogs and hand the daily sheets to the head kennel keeper.\n"
    got = links(read(tmp_path, page))
    assert not any(role == "kennel-hand" for role, _ in got), got


# --- structure.partner-roles: a post named as a partner or a manager owns no list ---------------------------------


def test_a_list_after_a_partner_phrase_is_the_pages_post(tmp_path: Path) -> None:
    page = (
        "Assistant Groundskeeper\n\n"
        "Working closely with the Head Groundskeeper, you will:\n"
        "- Mow the pitches twice a week\n"
        "- Repair the nets and the goal posts\n"
        "- Mark out the lines before each match\n"
    )
    got = links(read(tmp_path, page))
    assert ("assistant-groundskeeper", "net-repair") in got, got
    assert not any(role == "head-groundskeeper" for role, _ in got), got
    off = links(read(tmp_path, page, frozenset({"structure.partner-roles"})))
    assert ("head-groundskeeper", "net-repair") in off, off


def test_a_reports_to_line_above_the_duties_owns_none(tmp_path: Path) -> None:
    page = (
        "Job title: Dental Nurse\n"
        "Reports to: Practice Manager\n\n"
        "The Dental Nurse is responsible for:\n"
        "- Sterilising the instruments\n"
        "- Preparing the surgery before each patient\n"
        "- Keeping patient records up to date\n"
    )
    got = links(read(tmp_path, page))
    assert ("dental-nurse", "surgery-preparation") in got, got
    assert not any(role == "practice-manager" for role, _ in got), got
    off = links(read(tmp_path, page, frozenset({"structure.partner-roles"})))
    assert any(role == "practice-manager" for role, _ in off), off


# --- structure.job-title (widened): a title heading of two names joined by a slash ---------------------------------


def test_a_slashed_title_heading_is_one_post_with_an_alias(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant / Dog Walker\n\n"
        "Duties:\n"
        "- Clean the kennels every morning\n"
        "- Feed the dogs and refill the water bowls\n\n"
        "Skills:\n"
        "- Patience with animals\n"
        "- Physical fitness\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("kennel-assistant", "physical-fitness") in got, got
    assert "dog-walker" not in roles(g)
    assert "Dog Walker" in g.nodes["kennel-assistant"].get("aliases", [])


def test_a_slashed_title_heading_with_job_description_after_it(tmp_path: Path) -> None:
    page = (
        "Line Cook/Prep Cook Job Description\n\n"
        "Responsibilities\n"
        "- Prepare vegetables and sauces before service\n"
        "- Keep the walk-in fridge clean\n"
    )
    g = read(tmp_path, page)
    assert any(role == "line-cook" for role, _ in links(g)), links(g)
    assert "prep-cook" not in roles(g)


def test_a_slashed_title_heading_over_duties_naming_another_post(tmp_path: Path) -> None:
    page = (
        "Bar Attendant / Waiter\n\n"
        "The Old Mill Inn\n\n"
        "Duties:\n"
        "- Serve drinks and take food orders\n"
        "- Report breakages to the Bar Supervisor\n\n"
        "Skills:\n"
        "- Cash handling\n"
    )
    got = links(read(tmp_path, page))
    assert ("bar-attendant", "cash-handling") in got, got


# --- requirements.section (widened): the one an ad seeks names the list's owner, the page's post ------------------


def test_the_successful_candidate_heading_opens_the_pages_list(tmp_path: Path) -> None:
    page = (
        "Trainee Locksmith\n\n"
        "Responsibilities\n"
        "- Fit new locks to doors and windows\n\n"
        "The successful candidate will have:\n"
        "- A full driving licence\n"
        "- Good hand skills\n"
    )
    got = links(read(tmp_path, page))
    assert ("trainee-locksmith", "driving-licence") in got, got


def test_what_we_need_and_looking_for_someone_open_the_pages_list(tmp_path: Path) -> None:
    for heading in ("What we need from you", "We are looking for someone with:"):
        page = (
            "Trainee Locksmith\n\n"
            "Responsibilities\n"
            "- Fit new locks to doors and windows\n\n"
            f"{heading}\n"
            "- A full driving licence\n"
            "- Good hand skills\n"
        )
        got = links(read(tmp_path, page))
        assert ("trainee-locksmith", "driving-licence") in got, (heading, got)


# --- mentions.listed-posts (narrowed): a title's "Job Description:" lists its parts, no posts --------------------


def test_a_job_description_title_listing_its_parts_names_no_posts(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant Job Description: Duties, Skills and Salary\n\n"
        "A kennel assistant looks after the dogs in a boarding kennels.\n"
    )
    got = roles(read(tmp_path, page))
    assert got == {"kennel-assistant"}, got


def test_reports_made_for_a_post_are_no_move(tmp_path: Path) -> None:
    page = (
        "The Role of a Lock Keeper\n\n"
        "Lock keepers open the gates for boats, check the water levels and prepare reports for the waterways manager.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "lock-keeper" and "report" in skill for role, skill in got), got
    assert not any(role == "waterways-manager" for role, _ in got), got


def test_a_list_announced_after_a_sentence_naming_a_partner_is_the_pages(tmp_path: Path) -> None:
    page = (
        "Garden Assistant\n\n"
        "You will work alongside our head gardener, who will teach you our routines. Main duties include:\n"
        "- Weeding the borders\n"
        "- Watering the glasshouses\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "garden-assistant" for role, _ in got), got
    assert not any(role == "head-gardener" for role, _ in got), got


def test_a_list_announced_after_a_sentence_opened_by_a_post_is_that_posts(tmp_path: Path) -> None:
    page = (
        "Garden Assistant\n\n"
        "A head gardener runs the whole estate. Their duties include:\n"
        "- Planning the planting\n"
        "- Ordering seeds\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "head-gardener" for role, _ in got), got


# --- requirements.time-reader: a phrase of time before "you" with no comma ---------------------------------------


def test_a_phrase_of_time_before_you_without_a_comma(tmp_path: Path) -> None:
    for opening in ("Every morning you will", "On a typical day you will", "During busy weekends you may also"):
        page = f"Lifeguard\n\nJoin the Lido team.\n\n{opening} check the pool water and clean the changing rooms.\n"
        got = links(read(tmp_path, page))
        assert any(role == "lifeguard" and "check" in skill for role, skill in got), (opening, got)


# --- structure.page-post: a heading naming the page's post by a shorter name ------------------------------------


def test_a_heading_with_the_posts_shorter_name_is_the_pages_post(tmp_path: Path) -> None:
    page = (
        "Airport Security Officer Job Description\n\n"
        "An airport security officer screens passengers and bags.\n\n"
        "Security Officer Duties\n"
        "- Search hand luggage\n"
        "- Patrol the terminal\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("airport-security-officer", "terminal-patrolling") in got, got
    assert not any(role == "security-officer" for role, _ in got), got
    assert "Security officer" in g.nodes["airport-security-officer"].get("aliases", [])


def test_a_heading_dropping_a_rank_is_another_post(tmp_path: Path) -> None:
    page = (
        "Senior Security Officer\n\n"
        "About the job\n\n"
        "Security Officer Duties\n"
        "- Search hand luggage\n"
        "- Patrol the terminal\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "senior-security-officer" and "patrol" in skill for role, skill in got), got


def test_they_with_a_post_past_the_first_duty_names_later_roles_when_they_object_is_off(tmp_path: Path) -> None:
    # the evidence names the rule that let the sentence in: with requirements.they-object switched off, a post past
    # the first duty lets it in (requirements.later-roles), and the switched-off rule is named nowhere
    page = (
        "Depot porters\n\n"
        "Depot porters start at six. They sweep the platforms, help the guards at busy times and empty the bins.\n"
    )
    g = read(tmp_path, page, disabled=frozenset({"requirements.they-object"}))
    assert any(u == "depot-porter" and "platform" in v for u, v in links(g)), links(g)
    assert "requirements.later-roles" in rules_of(g, "depot-porter"), rules_of(g, "depot-porter")
    assert "requirements.they-object" not in rules_of(g, "depot-porter"), rules_of(g, "depot-porter")
