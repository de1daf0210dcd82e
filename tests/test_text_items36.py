"""Role -> skill requirements inside list items, table cells and "Label: value" lines, and qualifications stated
anywhere (stop 36).

The wording, roles and trades here are our own (a bakery, a hotel, a clinic, ...); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

from careergraph.graph.schema import RelType

# --- requirements.essential: "recommended", a concession before the judgement, a label of the kind of need -------


def test_a_degree_recommended_for_the_post_is_wanted_with_its_subjects_kept_in_its_name(tmp_path: Path) -> None:
    page = (
        "Job title: Pastry Cook\n\n"
        "You will bake the tarts and glaze the pastries every morning.\n\n"
        "A diploma in catering, hospitality or tourism is recommended for this post, though many of our cooks"
        " trained on the job.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("pastry-cook", "catering-diploma") in got, got
    # (the subjects after the comma are the diploma's, no skills of their own)
    assert not any(skill in {"hospitality", "tourism"} for _, skill in got), got
    edge = g.edges["pastry-cook", "catering-diploma", RelType.REQUIRES.value]
    assert edge["importance"] == 2, edge  # (recommended: wanted, not needed)


def test_a_need_granted_in_a_concession_is_the_need_not_what_the_main_clause_says(tmp_path: Path) -> None:
    page = (
        "Job title: Night Porter\n\n"
        "You will lock the doors and check the fire exits.\n\n"
        "Although a first aid certificate is required, full training is given in the first week.\n\n"
        "While a licence to drive minibuses is preferred by some hotels, most porters never drive.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("night-porter", "first-aid-certificate") in got, got
    assert any(role == "night-porter" and "licence" in skill for role, skill in got), got
    assert not any("training" in skill for _, skill in got), got  # (what is given, not what is asked)
    assert "requirements.essential" in rules_of(g, "night-porter")


def test_a_label_naming_the_kind_of_need_is_no_skill_and_its_value_is_read(tmp_path: Path) -> None:
    page = (
        "Practice Receptionist\n\n"
        "## What you will need\n\n"
        "- **Qualifications**: While a diploma in business administration is preferred by some practices, many"
        " train their receptionists in house.\n"
        "- Software: Familiarity with Sage 50 or Xero.\n"
        "- A calm telephone manner\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    skills = {skill for role, skill in got if role == "practice-receptionist"}
    assert "business-administration-diploma" in skills, got
    assert {"sage-50", "xero"} <= skills, got
    assert not {"qualifications", "software"} & skills, got


# --- requirements.duty-names: a number that is part of a qualification's name (a level, a version) ----------------


def test_a_qualifications_level_or_a_versions_number_is_part_of_its_name_after_a_cue(tmp_path: Path) -> None:
    page = (
        "Job title: Kitchen Porter\n\n"
        "You will clean the walk-in fridge and stack the dishwasher.\n\n"
        "Kitchen porters need a Level 2 food hygiene certificate, NVQ 2 in hospitality and Sage 50.\n\n"
        "The washing-up after a wedding is a major one, and porters need patience.\n"
    )
    g = read(tmp_path, page)
    skills = {skill for role, skill in links(g) if role == "kitchen-porter"}
    assert {"level-2-food-hygiene-certificate", "sage-50"} <= skills, skills
    assert any(skill.startswith("nvq-2") for skill in skills), skills
    assert "major-one" not in skills, skills  # (a number in words is no part of a name)


# --- requirements.no-skill: "management" alone names no skill ------------------------------------------------------


def test_management_alone_names_no_skill_but_a_management_of_something_does(tmp_path: Path) -> None:
    page = (
        "Job title: Reception Supervisor\n\n"
        "Duties\n"
        "- Check the arrivals list each morning\n"
        "- Report broken equipment and alert the management\n"
        "- Budgeting and Management\n"
        "- Rota management\n"
    )
    g = read(tmp_path, page)
    skills = {skill for role, skill in links(g) if role == "reception-supervisor"}
    assert "management" not in skills, skills
    assert {"rota-management", "budgeting"} <= skills, skills


# --- requirements.duty-names: a reworded duty keeps the duty said as an activity (its verb's gerund) as a name ----


def test_a_reworded_duty_is_also_named_by_its_verbs_gerund(tmp_path: Path) -> None:
    page = (
        "Job title: Yard Shunter\n\n"
        "Duties\n"
        "- Operate the shunting locomotive\n"
        "- Manages the night yard log\n"
        "- Customer service\n\n"
        "Yard shunters inspect the brakes before each move.\n"
    )
    g = read(tmp_path, page)
    assert ("yard-shunter", "shunting-locomotive-operation") in links(g)
    aliases = {key: set(g.nodes[key].get("aliases") or ()) for key in g.nodes}
    assert "operating shunting locomotive" in aliases["shunting-locomotive-operation"], aliases
    assert "managing night yard log" in aliases["night-yard-log-management"], aliases  # ("manages": the same verb)
    assert "inspecting brakes" in aliases["brake-inspection"], aliases
    assert not aliases["customer-service"], aliases  # (no verb, no duty said as an activity)
