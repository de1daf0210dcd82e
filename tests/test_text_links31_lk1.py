"""Requirement lists of short ads and person specifications (our own text, in trades other than e-commerce): a
list under a bare label of need ("Essential:", "You have:", "Must be:") gives its items to the page's role."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_a_bare_label_of_need_opens_a_requirements_list(tmp_path: Path) -> None:
    text = (
        "Laboratory Technician\n\n"
        "Essential:\n"
        "1. HPLC method validation\n"
        "2. GLP training certificate\n\n"
        "You have:\n"
        "* A chemistry degree\n"
        "* Sample preparation experience\n\n"
        "Must be:\n"
        "- Holder of a valid radiation safety pass\n"
    )
    got = needs(read(tmp_path, text)).get("laboratory-technician", set())
    assert {"hplc method validation", "glp training certificate", "sample preparation experience"} <= got, got
    assert any("radiation safety" in name for name in got), got


def test_a_table_of_competencies_gives_each_row_to_the_page_role(tmp_path: Path) -> None:
    text = (
        "Housekeeping Supervisor\n\n"
        "| Competency | Level expected |\n"
        "|---|---|\n"
        "| Room inspection | Advanced |\n"
        "| Linen stock control | Intermediate |\n"
    )
    got = needs(read(tmp_path, text)).get("housekeeping-supervisor", set())
    assert {"room inspection", "linen stock control"} <= got, got
    assert not {"advanced", "intermediate"} & got, got


def test_a_table_of_titles_is_no_table_of_skills(tmp_path: Path) -> None:
    text = (
        "Hotel careers\n\n"
        "| Job title | Skills |\n"
        "|---|---|\n"
        "| Night Auditor | Night audit |\n"
    )
    got = needs(read(tmp_path, text))
    assert "night auditor" not in " ".join(got.get("hotel-careers", set())), got


def test_a_one_word_title_with_a_qualifier_heads_the_page(tmp_path: Path) -> None:
    for heading in ("Plasterer (Domestic)", "Porter | Night shift"):
        text = f"{heading}\n\nRequirements\n- Dry lining experience\n- CSCS card\n"
        got = needs(read(tmp_path, text))
        role = heading.split()[0].lower()
        assert {"dry lining experience", "cscs card"} <= got.get(role, set()), (heading, got)


def test_short_lines_without_bullets_under_a_heading_are_each_an_item(tmp_path: Path) -> None:
    # (a dental surgery's ad pasted without bullets: the first line is no second heading, and a line naming a
    # need beside a section's word, "Knowledge of ...", "... skills", is an item, not a new heading)
    text = (
        "Dental Nurse\n\n"
        "Requirements\n"
        "Radiography certificate\n"
        "Knowledge of infection control\n"
        "Good chairside manner\n"
        "Basic computer skills\n"
    )
    got = needs(read(tmp_path, text)).get("dental-nurse", set())
    assert {"radiography certificate", "infection control", "computer skills"} <= got, got


def test_a_heading_line_over_a_bulleted_list_is_still_no_item(tmp_path: Path) -> None:
    text = "Dental Nurse\n\nResponsibilities\nMain duties\n- Sterilise instruments\n- Greet patients\n"
    got = needs(read(tmp_path, text)).get("dental-nurse", set())
    assert not any("main dut" in name for name in got), got


def test_an_ads_field_of_experience_names_its_skills(tmp_path: Path) -> None:
    text = (
        "Mortgage Adviser\n\n"
        "Experience: at least 3 years in mortgage advice or protection sales.\n"
        "Certifications: CeMAP\n"
    )
    got = needs(read(tmp_path, text)).get("mortgage-adviser", set())
    assert {"mortgage advice", "protection sales", "cemap"} <= got, got


def test_a_ladder_levels_years_field_names_no_skill(tmp_path: Path) -> None:
    text = "Bank careers\n\nLevel 1: Cashier\nExperience: 0-2 years\n\nLevel 2: Senior Cashier\nExperience: 2-4 years\n"
    got = needs(read(tmp_path, text))
    assert not any(got.values()), got


def test_a_comma_list_alone_under_a_heading_is_no_second_heading(tmp_path: Path) -> None:
    text = "Fleet Dispatcher\n\nKey Skills\nRoute planning, vehicle tracking, driver rostering\n"
    got = needs(read(tmp_path, text)).get("fleet-dispatcher", set())
    assert {"route planning", "vehicle tracking"} <= got, got



def test_a_candidate_profile_heads_a_requirements_list(tmp_path: Path) -> None:
    text = "Fleet Dispatcher\n\nDesired Candidate Profile\n- Tachograph analysis\n- Telematics software\n"
    got = needs(read(tmp_path, text)).get("fleet-dispatcher", set())
    assert {"tachograph analysis", "telematics software"} <= got, got


def test_a_bare_experience_heading_heads_a_requirements_list(tmp_path: Path) -> None:
    text = (
        "Veterinary Nurse\n\n"
        "Experience\n"
        "* Small animal anaesthesia monitoring\n"
        "* Experience of exotic species handling\n"
    )
    got = needs(read(tmp_path, text)).get("veterinary-nurse", set())
    assert "small animal anaesthesia monitoring" in got, got
    assert any("exotic species" in name for name in got), got


def test_what_the_reader_will_have_is_the_posts_need(tmp_path: Path) -> None:
    text = (
        "Bar Supervisor\n\n"
        "You will have a personal licence, cellar management experience and a calm manner. "
        "If you have any questions, call the manager. You will have the chance to train as a sommelier.\n"
    )
    got = needs(read(tmp_path, text)).get("bar-supervisor", set())
    assert "personal licence" in got, got
    assert any("cellar management" in name for name in got), got
    assert not any("question" in name or "chance" in name for name in got), got


def test_a_labelled_duty_naming_another_post_is_the_pages_roles(tmp_path: Path) -> None:
    text = (
        "Head Housekeeper\n\n"
        "About the role: You will supervise a team of room attendants, plan the daily rota and audit linen stock.\n"
    )
    got = needs(read(tmp_path, text))
    assert {"daily rota planning", "linen stock audit"} & got.get("head-housekeeper", set()), got
    assert not got.get("room-attendant"), got


def test_the_reader_under_a_second_posts_heading_is_that_post(tmp_path: Path) -> None:
    text = (
        "Careers at Riverside Hospital\n\n"
        "Hospital Porter\n"
        "You will move patients between wards and deliver specimens to the laboratory.\n\n"
        "Ward Clerk\n"
        "You will book outpatient appointments and file patient notes.\n"
    )
    got = needs(read(tmp_path, text))
    clerk = " ".join(got.get("ward-clerk", set()))
    assert "appointment" in clerk and "note" in clerk, got
    assert not any("appointment" in name for name in got.get("hospital-porter", set())), got


def test_a_number_in_a_names_version_or_level_is_part_of_it(tmp_path: Path) -> None:
    from careergraph.loaders.text_requirements import skill_names

    def names(item: str) -> list[str]:
        return [n.name for n in skill_names(item)]

    assert names("Experience with Sage 50 and Xero") == ["Sage 50", "Xero"]
    assert names("AAT Level 3") == ["AAT Level 3"]
    assert names("Working knowledge of Windows 11 and Microsoft 365") == ["Windows 11", "Microsoft 365"]
    # (a count, an amount, a date or a grade alone names nothing)
    assert names("Level 2") == [] and names("Band 6") == []
    assert names("3 years of bookkeeping experience") == ["Bookkeeping experience"]
    assert not any("July" in n for n in names("Start date July 12"))
    text = "Bookkeeper\n\nRequirements\n- Experience with Sage 50 and Xero\n"
    assert {"sage 50", "xero"} <= needs(read(tmp_path, text)).get("bookkeeper", set())


def test_a_lettered_or_numbered_marker_is_no_word_of_the_item(tmp_path: Path) -> None:
    text = (
        "Kitchen Manager\n\n"
        "Your profile:\n"
        "a) Menu costing experience\n"
        "b) HACCP certificate\n"
        "c) Strong rota planning\n"
        "4) COSHH training\n"
    )
    got = needs(read(tmp_path, text)).get("kitchen-manager", set())
    assert {"haccp certificate", "rota planning", "coshh training"} <= got, got
    assert not any(name[:2] in {"b)", "c)", "4)"} for name in got), got



def test_check_marks_are_bullets(tmp_path: Path) -> None:
    # (a window-cleaning firm's ad: its list under the post's name, each item behind a check mark)
    text = "Window Cleaning Supervisor\n\n✔ Strong route planning and quoting skills\n✅ Rope access supervision\n"
    got = needs(read(tmp_path, text)).get("window-cleaning-supervisor", set())
    assert any("route planning" in name for name in got), got


def test_experience_in_a_kind_of_post_is_that_kinds_experience() -> None:
    from careergraph.loaders.text_requirements import skill_names

    def names(item: str) -> list[str]:
        return [n.name for n in skill_names(item)]

    assert names("Experience in a reception or switchboard role") == ["Reception experience", "Switchboard experience"]
    assert names("2 years in a site supervision position") == ["Site supervision experience"]
    assert names("Previous experience in a similar role") == []


def test_months_of_experience_are_dropped_as_years_are() -> None:
    from careergraph.loaders.text_requirements import skill_names

    assert [n.name for n in skill_names("Minimum 6 months parcel sorting experience")] == ["Parcel sorting experience"]
    assert [n.name for n in skill_names("9 months of till experience")] == ["Till experience"]
