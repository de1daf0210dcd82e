"""Layouts of real pages that hid roles' requirements (our own text, in trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles


def test_a_table_whose_cells_were_glued_together_is_read_row_by_row(tmp_path: Path) -> None:
    # a table of a building site's jobs flattened into one line, its cells run together
    text = (
        "Site jobs explained, with what each one does and asks for:"
        "PositionMain DutiesWhat You Need"
        "LabourerCarry materials, clear waste, load skips.Physical fitness, a safety card."
        "Site SupervisorRun the crew, check the work, keep the site diary.3+ years on site, first aid training."
        "Crane OperatorLift loads, inspect rigging.Crane licence, good eyesight; no degree needed.\n"
    )
    g = read(tmp_path, text)
    assert {"labourer", "site-supervisor", "crane-operator"} <= roles(g), roles(g)
    got = needs(g)
    labourer, supervisor, crane = (got.get(k, set()) for k in ("labourer", "site-supervisor", "crane-operator"))
    assert {"physical fitness", "safety card"} <= labourer, labourer
    assert any("waste" in name for name in labourer), labourer
    assert "first aid training" in supervisor and any("diary" in name for name in supervisor), supervisor
    assert "crane licence" in crane and not any("degree" in name for name in crane), crane
    # a row's cells are its own: the supervisor's needs are not the labourer's
    assert not any("first aid" in name for name in labourer), labourer


def test_glued_words_without_a_header_of_titles_are_no_table(tmp_path: Path) -> None:
    text = (
        "Our Porter team keeps the wards moving.PorterMove patients, deliver samples.\n"
        "Porters need fitness.\n"
    )
    g = read(tmp_path, text)
    assert "move patients" not in " ".join(needs(g).get("porter", set())), needs(g)


def test_an_ad_titled_with_a_bare_head_and_its_function_after_a_comma(tmp_path: Path) -> None:
    # "Associate" alone is no title the other rules read; written function last it is the ad's post
    text = (
        "Associate, Pastry Kitchen Ops\n"
        "Location: Leeds\n"
        "Key Responsibilities\n"
        "- Laminate doughs for the morning bake\n"
        "- Keep the allergen log\n"
    )
    g = read(tmp_path, text)
    assert "associate-pastry-kitchen-ops" in roles(g), roles(g)
    got = needs(g).get("associate-pastry-kitchen-ops", set())
    assert any("allergen log" in name for name in got), got


def test_examples_of_places_or_firms_name_no_skills(tmp_path: Path) -> None:
    text = (
        "Line Cook\n\n"
        "Responsibilities\n"
        "- Post specials on sites such as Facebook, Twitter and Instagram\n"
        "- Order produce from suppliers such as Brakes and Bidfood\n"
        "- Master techniques such as braising, poaching and searing\n"
    )
    got = needs(read(tmp_path, text)).get("line-cook", set())
    assert not {"facebook", "twitter", "instagram", "brakes", "bidfood"} & got, got
    assert {"braising", "poaching", "searing"} <= got, got
    assert any("special" in name for name in got), got


def test_examples_of_places_after_a_cue_name_no_skills(tmp_path: Path) -> None:
    text = (
        "Line Cook\n\n"
        "The line cook is responsible for developing menus to lift bookings on sites such as Facebook and Yelp.\n"
    )
    got = needs(read(tmp_path, text)).get("line-cook", set())
    assert not {"facebook", "yelp"} & got, got


def test_a_chinese_clause_of_examples_names_no_duties_of_its_own(tmp_path: Path) -> None:
    # a hotel housekeeper's duties: the clause after "，包括" gives examples of the linen, no duties
    text = (
        "客房服务员岗位职责\n"
        "- 负责整理客房布草，包括床单、枕套和毛巾。\n"
        "- 负责日常工作，包括补充客用品、清洁卫生间。\n"
    )
    got = needs(read(tmp_path, text))
    skills = set().union(*got.values()) if got else set()
    assert any("布草" in name for name in skills), got
    assert not {"床单", "枕套", "毛巾"} & skills, got
    assert any("补充客用品" in name for name in skills), got  # examples of a generic word of work stand in for it


def test_plain_words_of_qualities_no_ending_marks_are_skills(tmp_path: Path) -> None:
    text = "Hospital Porter\n\nPorters must have stamina, tact, and good timekeeping. Supervisors need numeracy.\n"
    got = needs(read(tmp_path, text))
    assert {"stamina", "tact", "timekeeping"} <= got.get("hospital-porter", set()), got
    assert "numeracy" in set().union(*got.values()), got


def test_a_cue_naming_whom_it_asks_lists_the_verbs_after_to(tmp_path: Path) -> None:
    text = (
        "Delivery Driver\n\n"
        "The job often requires employees to lift heavy parcels, work long hours, and load the van.\n"
    )
    got = needs(read(tmp_path, text)).get("delivery-driver", set())
    assert any("parcel" in name for name in got) and any("van" in name for name in got), got
    assert any("hour" in name for name in got), got


def test_not_only_and_but_also_part_two_halves_of_duties(tmp_path: Path) -> None:
    text = (
        "Hospital Porter\n\n"
        "Porters not only move patients but may also deliver samples, restock linen, and collect waste.\n"
    )
    got = needs(read(tmp_path, text)).get("hospital-porter", set())
    assert any("patient" in name for name in got), got
    assert any("linen" in name for name in got) and any("waste" in name for name in got), got
    assert not any(" but " in name for name in got), got


def test_gerunds_after_a_preposition_are_all_items(tmp_path: Path) -> None:
    text = (
        "Ward Manager\n\n"
        "Candidates will have significant experience in leading teams, creating rotas, interpreting data, and"
        " calming visitors.\n"
    )
    got = needs(read(tmp_path, text)).get("ward-manager", set())
    assert any("rota" in name for name in got) and any("data" in name for name in got), got
    assert any("visitor" in name for name in got), got


def test_an_item_opening_with_a_verb_of_working_with_names_the_liaison(tmp_path: Path) -> None:
    text = (
        "Site Manager\n\n"
        "Responsibilities\n"
        "- Liaise with subcontractors and negotiate contracts\n"
        "- Check the scaffolding\n"
    )
    got = needs(read(tmp_path, text)).get("site-manager", set())
    assert any("liaison" in name for name in got) and any("contract" in name for name in got), got


def test_a_verb_and_an_adverb_of_how_name_the_manner_of_the_work(tmp_path: Path) -> None:
    text = (
        "Site Manager\n\n"
        "Site managers need the ability to motivate crews, communicate clearly, solve problems, and manage time.\n"
    )
    got = needs(read(tmp_path, text)).get("site-manager", set())
    assert "clear communication" in got and "problem solving" in got, got


def test_an_item_after_to_opens_with_its_verb(tmp_path: Path) -> None:
    text = (
        "Hospital Porter\n\n"
        "Porters must be able to work independently.\n"
    )
    got = needs(read(tmp_path, text)).get("hospital-porter", set())
    assert "independent work" in got, got


def test_the_means_of_support_after_by_are_the_duties(tmp_path: Path) -> None:
    text = (
        "Line Cook\n\n"
        "Line cooks support the kitchen by maintaining the rota, coordinating deliveries, and preparing reports.\n"
    )
    got = needs(read(tmp_path, text)).get("line-cook", set())
    assert any("rota" in name for name in got) and any("deliver" in name for name in got), got
    assert not any(name.startswith("kitchen") for name in got), got


def test_needs_judged_by_how_they_vary_name_no_skill(tmp_path: Path) -> None:
    text = (
        "Line Cook\n\n"
        "A line cook works the grill station. For a career in kitchens, the requirements are as varied as the"
        " kitchens themselves. Pay differs, because individual abilities are different and vary greatly.\n"
    )
    got = needs(read(tmp_path, text)).get("line-cook", set())
    assert not any("varied" in name or "greatly" in name for name in got), got


def test_a_duty_written_as_a_hyphenated_noun_names_what_it_is_done_to(tmp_path: Path) -> None:
    text = (
        "Gym Receptionist\n\n"
        "What You Do:\n"
        "- Check-in members (scan cards, book classes)\n"
        "- Set-up the studio\n"
    )
    got = needs(read(tmp_path, text)).get("gym-receptionist", set())
    assert {"member check-in", "studio set-up"} <= got, got
