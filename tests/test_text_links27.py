"""Role -> skill requirements missed before: duties in a series whose verb is also a requirement cue, and more.

The wording, roles and trades here are our own (a veterinary practice, a ferry terminal); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

from careergraph.loaders.text_requirements import skill_names

# --- requirements.duty-cue: a cue that is a verb of duty closes a series of duties ---------------------------


def test_the_duties_of_a_series_that_a_cue_verb_closes_are_all_read(tmp_path: Path) -> None:
    text = (
        "# Veterinary Receptionist\n\n"
        "The first post at a practice is mostly about greeting clients, weighing pets, handling payments, and"
        " booking follow-up visits.\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "veterinary-receptionist"}
    assert {"payment-handling", "follow-up-visit-booking"} <= got
    assert any("client" in skill for skill in got), got
    assert "requirements.duty-cue" in rules_of(g, "veterinary-receptionist")


def test_a_gerund_cue_after_a_preposition_reads_the_duties_after_it(tmp_path: Path) -> None:
    text = (
        "# Ferry careers\n\n"
        "After a season on the ramps, many move into the role of a Booking Clerk (BC). As a BC, you'll focus on"
        " handling vehicle bookings, issuing boarding cards, and settling fare disputes.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "booking-clerk"}
    assert "vehicle-booking-handling" in got
    assert any("boarding-card" in skill for skill in got), got
    assert any("fare-dispute" in skill for skill in got), got


def test_a_cue_verb_in_a_passive_or_a_fronted_phrase_opens_no_series(tmp_path: Path) -> None:
    text = (
        "# Veterinary Nurse\n\n"
        "In addition to handling the drugs cabinet, veterinary nurses are responsible for monitoring anaesthesia.\n\n"
        "Difficult calls are handled by the head nurse, cleaning kennels and answering phones.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "veterinary-nurse"}
    assert "anaesthesia-monitoring" in got
    # (the fronted phrase's object is read as before, not as a duty of a series; the passive opens none)
    assert "drugs-cabinet-handling" not in got and not any("call" in skill for skill in got), got


# --- requirements.duty-names: a phrase and a one-word activity or quality after "and" are two skills ----------


def test_a_phrase_and_a_one_word_activity_after_it_are_two_skills(tmp_path: Path) -> None:
    text = (
        "# Garden Centre Assistant\n\n"
        "## What you will need\n\n"
        "- Plant care and watering\n"
        "- A steady hand under pressure and punctuality\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "garden-centre-assistant"}
    assert {"plant-care", "watering", "punctuality"} <= got, got


def test_a_broad_activity_or_a_shared_adjective_is_no_skill_of_its_own() -> None:
    assert len(skill_names("customer service and management")) == 1
    assert len(skill_names("health and safety")) == 1


# --- requirements.duty-names: meeting people is a duty; a target met hides no duty after it -------------------


def test_meeting_people_is_a_duty_and_a_target_hides_no_later_duty(tmp_path: Path) -> None:
    text = (
        "# Museum Shop Buyer\n\n"
        "## Responsibilities\n\n"
        "- Meeting suppliers and choosing new gift lines\n"
        "- Meet the monthly sales targets and train volunteers on the till\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "museum-shop-buyer"}
    assert "meeting-suppliers" in got, got
    assert any("volunteer" in skill for skill in got), got
    # (since stop 36 a target met is named with its verb, as the references name it: Meeting monthly sales targets)
    assert not any("target" in skill and not skill.startswith("meeting-") for skill in got), got


# --- requirements.duty-names: experience as a post names that post's experience -----------------------------


def test_experience_as_a_post_names_the_experience_of_that_post(tmp_path: Path) -> None:
    text = (
        "# Head Porter\n\n"
        "Head porters need to have a hospitality diploma and extensive experience as a night porter.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "head-porter"}
    assert "night-porter-experience" in got, got
    assert [s.name for s in skill_names("two years' experience as a line cook")] == ["Line cook experience"]


# --- requirements.duty-names: working as part of a team is teamwork, a quality that opens no list of duties ----


def test_working_as_part_of_a_team_is_teamwork_and_the_qualities_after_it_are_read(tmp_path: Path) -> None:
    text = (
        "# Pool Lifeguard\n\n"
        "Pool lifeguards watch the swimmers and keep the poolside safe.\n\n"
        "## What you need\n\n"
        "  • able to work as part of a team\n"
        "  • calm, tactful and dependable\n"
        "  • above all the ability to swim strongly\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "pool-lifeguard"}
    assert {"teamwork", "calm", "tactful", "dependable"} <= got, got
    assert [s.name for s in skill_names("the ability to work well as part of a larger crew")] == ["Teamwork"]


# --- requirements.duty-names: the place or field after "experience working in" names the experience ----------


def test_experience_working_in_a_field_names_that_experience(tmp_path: Path) -> None:
    text = (
        "# Sous Chef\n\n"
        "## Requirements\n\n"
        "- Previous experience working in a hotel kitchen\n"
        "- Considerable experience with banqueting\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "sous-chef"}
    assert {"hotel-kitchen-experience", "banqueting"} <= got, got
    assert "working" not in got


# --- requirements.duty-names: adjectives before a head and "skills" share the head; nouns are skills apart -----


def test_adjectives_joined_before_a_head_and_skills_share_the_head(tmp_path: Path) -> None:
    text = (
        "# Travel Consultant\n\n"
        "## Skills\n\n"
        "- Clear written and verbal briefing skills\n"
        "- Strong organisational and route planning skills\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "travel-consultant"}
    assert {"written-briefing", "verbal-briefing"} <= got, got
    assert any(skill.startswith("route-planning") for skill in got) and any(
        skill.startswith("organisational") for skill in got
    ), got


# --- requirements.duty-names: a goal verb in a longer series of verbs sharing an object hides not the others ---


def test_a_goal_verb_in_a_series_of_verbs_leaves_the_others_named(tmp_path: Path) -> None:
    text = (
        "# Removals Porter\n\n"
        "## Skills\n\n"
        "- Ability to lift, carry and stack heavy furniture\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "removals-porter"}
    assert {"heavy-furniture-carrying", "heavy-furniture-stacking"} <= got, got
    assert skill_names("increase, maintain and grow sales") == []


# --- requirements.section: "like" after a plural noun opens examples; a noun of work in general names none ------


def test_examples_after_like_are_items_and_a_noun_of_work_before_them_is_none(tmp_path: Path) -> None:
    text = (
        "# Library Assistant\n\n"
        "## Skills\n\n"
        "- Confident with library systems like Koha, Alma and Spydus\n"
        "- Happy to take on daily chores like photocopying, laminating and filing\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "library-assistant"}
    assert {"library-systems", "koha", "photocopying", "laminating", "filing"} <= got, got
    assert not any("chore" in skill for skill in got), got


# --- requirements.cue / requirements.section: a person's quality before "with" is an item of its own ----------


def test_a_team_player_with_skills_names_the_quality_and_the_skills(tmp_path: Path) -> None:
    text = (
        "# Travel Consultant\n\n"
        "## Skills\n\n"
        "- Team player with good listening and numeracy skills\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "travel-consultant"}
    assert {"team-player", "numeracy-skills"} <= got, got
    text = (
        "# Ferry careers\n\n"
        "Booking Clerk - Dover\n\n"
        "Answer calls and take bookings for the crossings.\n\n"
        "Self-starter with good numeracy and keyboard skills.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "booking-clerk"}
    assert "self-starter" in got, got


# --- requirements.section: a phrase of manner ending a duty names no skill; welcoming is a duty ----------------


def test_a_phrase_of_manner_after_a_duty_is_no_item(tmp_path: Path) -> None:
    text = (
        "# Travel Consultant\n\n"
        "## Duties\n\n"
        "- Serve customers in a prompt, polite, and friendly manner\n"
        "- Welcome visitors in a professional, calm and courteous way\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "travel-consultant"}
    assert {"customer-serving", "visitor-welcoming"} <= got, got
    assert not any("manner" in skill or "friendly" in skill or "polite" in skill for skill in got), got


# --- requirements.duty-names: a phrasal verb's particle is no part of its object -----------------------------


def test_a_phrasal_verb_names_its_object(tmp_path: Path) -> None:
    text = (
        "# Site Manager\n\n"
        "Site managers run building sites. They have to draw up work schedules, carry out safety checks, and order"
        " materials.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "site-manager"}
    assert {"work-schedules", "safety-checks"} <= got, got


# --- requirements.degree: "associate's or bachelor's degree" asks for the associate's first -------------------


def test_an_associates_or_bachelors_degree_names_the_associate_degree(tmp_path: Path) -> None:
    text = (
        "# Veterinary Practice Manager\n\n"
        "## Requirements\n\n"
        "- High school diploma; associate’s or bachelor’s degree preferred\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "veterinary-practice-manager"}
    assert {"high-school-diploma", "associate-degree"} <= got, got
    assert "bachelor-s-degree" not in got  # (an alternative to the first)
