"""Moves told in ways a page of a kind no rule was written from may use, tested on short texts of our own in trades
far from e-commerce (kitchens, wards, garages, salons, building sites, schools)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, read, roles


def test_a_career_that_started_as_a_post(tmp_path: Path) -> None:
    text = (
        "Looking back\n\n"
        "My career started as a hotel porter, carrying bags for guests. Twenty years later I am the hotel's"
        " general manager.\n"
    )
    g = read(tmp_path, text)
    assert ("hotel-porter", "general-manager") in moves(g)
    assert "career" not in roles(g)


def test_offered_me_the_post_job(tmp_path: Path) -> None:
    text = (
        "Two years in\n\n"
        "I joined the garage as an apprentice mechanic. Last spring the owner offered me the workshop supervisor job.\n"
    )
    assert ("apprentice-mechanic", "workshop-supervisor") in moves(read(tmp_path, text))


def test_before_i_was_b_i_was_a(tmp_path: Path) -> None:
    text = "About me\n\nBefore I was a project manager, I was a site engineer for a decade.\n"
    got = moves(read(tmp_path, text))
    assert ("site-engineer", "project-manager") in got
    assert ("project-manager", "site-engineer") not in got


def test_as_a_former_post_the_person_moved(tmp_path: Path) -> None:
    text = "How I got here\n\nAs a former paramedic, I found the move to emergency nurse easier than I expected.\n"
    assert ("paramedic", "emergency-nurse") in moves(read(tmp_path, text))


def test_used_to_be_then_these_days(tmp_path: Path) -> None:
    text = "About me\n\nI used to be a primary school teacher. These days I work as an instructional designer.\n"
    assert ("primary-school-teacher", "instructional-designer") in moves(read(tmp_path, text))


def test_a_post_held_before_a_promotion_with_no_post_named(tmp_path: Path) -> None:
    text = "Salon life\n\nAfter three years as a junior stylist I was promoted. I'm now a senior stylist.\n"
    assert ("junior-stylist", "senior-stylist") in moves(read(tmp_path, text))


def test_a_hoped_post_after_a_former_one_is_no_move(tmp_path: Path) -> None:
    text = "Career change\n\nAs a former paramedic, I would like to become an emergency nurse one day.\n"
    assert ("paramedic", "emergency-nurse") not in moves(read(tmp_path, text))


def test_alternative_paths_under_a_ladder_branch_from_its_first_rung(tmp_path: Path) -> None:
    text = (
        "The Nursing Ladder\n\n"
        "Level 1: Staff Nurse (0-2 years)\nCare for patients on a ward.\n"
        "Level 2: Charge Nurse (2-5 years)\nRun a shift.\n\n"
        "Alternative Paths\n"
        "- Clinical Educator — teaching new nurses\n"
        "- Infection Control Nurse — ward hygiene\n"
    )
    got = moves(read(tmp_path, text))
    assert ("staff-nurse", "charge-nurse") in got
    assert ("staff-nurse", "clinical-educator") in got
    assert ("staff-nurse", "infection-control-nurse") in got
    assert ("charge-nurse", "clinical-educator") not in got


def test_other_routes_from_the_pages_role(tmp_path: Path) -> None:
    text = (
        "Line Cook\n\n"
        "A line cook prepares dishes at one station.\n\n"
        "Other routes\n\n"
        "- Food Stylist\n"
        "- Catering Manager\n"
    )
    got = moves(read(tmp_path, text))
    assert ("line-cook", "food-stylist") in got
    assert ("line-cook", "catering-manager") in got


def test_numbered_steps_told_to_the_reader(tmp_path: Path) -> None:
    text = (
        "Becoming a head chef\n\n"
        "1. Start as a kitchen porter\n"
        "2. Move up to commis chef\n"
        "3. Progress to sous chef\n"
        "4. Become head chef\n"
    )
    got = moves(read(tmp_path, text))
    assert ("kitchen-porter", "commis-chef") in got
    assert ("commis-chef", "sous-chef") in got
    assert ("sous-chef", "head-chef") in got
    assert ("head-chef", "commis-chef") not in got
    assert ("commis-chef", "head-chef") not in got


def test_then_progress_to_starts_where_the_career_stands(tmp_path: Path) -> None:
    text = "Life in a garage\n\nYou start as a trainee mechanic. Then progress to service technician.\n"
    assert ("trainee-mechanic", "service-technician") in moves(read(tmp_path, text))


def test_a_step_told_again_adds_no_move_between_its_alternatives(tmp_path: Path) -> None:
    text = (
        "Growing in a dental practice\n\n"
        "1. Start as a dental receptionist\n"
        "Most people begin as dental receptionists.\n"
        "2. Advance to Treatment Coordinator or Practice Supervisor\n"
        "Once you know the patients, aim for a treatment coordinator or practice supervisor position.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("dental-receptionist", "treatment-coordinator") in got
    assert ("dental-receptionist", "practice-supervisor") in got
    assert ("treatment-coordinator", "practice-supervisor") not in got
    assert ("practice-supervisor", "treatment-coordinator") not in got


def test_before_becoming_b_a_post_held_for_years(tmp_path: Path) -> None:
    text = "Construction careers\n\nBefore becoming a project manager, he spent six years as a quantity surveyor.\n"
    got = moves(read(tmp_path, text))
    assert ("quantity-surveyor", "project-manager") in got
    assert ("project-manager", "quantity-surveyor") not in got


def test_having_served_as_a_post_before_an_appointment(tmp_path: Path) -> None:
    text = (
        "Hospital leadership\n\n"
        "She was appointed director of nursing in 2020, having served as deputy director of nursing for five years.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("deputy-director-of-nursing", "director-of-nursing") in got
    assert (got[("deputy-director-of-nursing", "director-of-nursing")].get("years_max")) == 5


def test_for_a_post_the_next_step_is_b(tmp_path: Path) -> None:
    text = "Dental careers\n\nFor a dental nurse, the natural next step is becoming a dental hygienist.\n"
    assert ("dental-nurse", "dental-hygienist") in moves(read(tmp_path, text))


def test_for_people_the_next_step_names_no_source(tmp_path: Path) -> None:
    text = "Dental careers\n\nFor most people, the next step is dental hygienist.\n"
    assert not any(u == "people" for u, _ in moves(read(tmp_path, text)))


def test_work_your_way_up_to_posts_named_by_example(tmp_path: Path) -> None:
    text = (
        "Restaurant careers\n\n"
        "Starting from an entry-level role like a busser, you can work your way up to management positions such as"
        " restaurant manager.\n"
    )
    assert ("busser", "restaurant-manager") in moves(read(tmp_path, text))


def test_a_stage_told_after_the_goal_takes_the_next_needs(tmp_path: Path) -> None:
    text = (
        "Careers in a garden centre\n\n"
        "Starting from an entry-level role like a plant care assistant, you can work your way up to management"
        " positions such as garden centre manager.\n"
        "1. Start on the shop floor\n"
        "Most people begin their careers as plant care assistants, watering stock and serving customers. This role"
        " helps you develop plant knowledge and stock rotation skills.\n"
    )
    g = read(tmp_path, text)
    assert ("plant-care-assistant", "garden-centre-manager") in moves(g)
    assert not needs(g).get("garden-centre-manager")


def test_a_progression_that_runs_from_a_to_b_and_then_c(tmp_path: Path) -> None:
    text = (
        "Civil engineering\n\n"
        "Typical progression runs from site engineer to project engineer and then project manager.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("site-engineer", "project-engineer") in got
    assert ("project-engineer", "project-manager") in got


def test_a_relative_clause_between_the_role_and_its_verb(tmp_path: Path) -> None:
    text = "Clinic careers\n\nDental hygienists who want more responsibility often retrain as dental therapists.\n"
    assert ("dental-hygienist", "dental-therapist") in moves(read(tmp_path, text))


def test_posts_filled_by_former_holders_of_another(tmp_path: Path) -> None:
    text = "Retail careers\n\nDepartment manager roles are often filled by former sales associates.\n"
    assert ("sales-associate", "department-manager") in moves(read(tmp_path, text))


def test_posts_filled_by_an_office_name_no_source(tmp_path: Path) -> None:
    text = "Retail careers\n\nDepartment manager roles are filled by the regional office.\n"
    assert not moves(read(tmp_path, text))


def test_the_usual_path_for_a_post(tmp_path: Path) -> None:
    text = "Hospitality\n\nThe usual path for a waiter is head waiter, then restaurant manager.\n"
    got = moves(read(tmp_path, text))
    assert ("waiter", "head-waiter") in got
    assert ("head-waiter", "restaurant-manager") in got


def test_a_listed_ladder_with_each_rungs_years_in_brackets(tmp_path: Path) -> None:
    text = (
        "Salon\n\n"
        "Progression at our salons: Junior Stylist (1 year), Stylist (2-3 years), Senior Stylist, Salon Manager.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("junior-stylist", "stylist") in got
    assert ("stylist", "senior-stylist") in got
    assert ("senior-stylist", "salon-manager") in got
    middle = got[("stylist", "senior-stylist")]
    assert (middle.get("years_min"), middle.get("years_max")) == (2, 3)


def test_qualify_as_a_post(tmp_path: Path) -> None:
    text = "Pharmacy careers\n\nPharmacy technicians sometimes go back to university and qualify as pharmacists.\n"
    assert ("pharmacy-technician", "pharmacist") in moves(read(tmp_path, text))


def test_got_my_first_post_job(tmp_path: Path) -> None:
    text = "My journey\n\nI spent five years as a line cook. Then I got my first sous chef job at a hotel.\n"
    assert ("line-cook", "sous-chef") in moves(read(tmp_path, text))


def test_worked_my_way_up_to_a_post_in_a_told_sentence(tmp_path: Path) -> None:
    text = (
        "My story\n\n"
        "I joined the bakery as a counter assistant in 2015 and worked my way up to bakery manager by 2021.\n"
    )
    assert ("counter-assistant", "bakery-manager") in moves(read(tmp_path, text))


def test_step_headings_read_as_levels_add_no_spanning_move(tmp_path: Path) -> None:
    text = (
        "Interior design career ladder\n\n"
        "Step 1: Junior Designer\nDraw plans under review.\n\n"
        "Step 2: Designer\nRun small projects.\n\n"
        "Step 3: Senior Designer\nLead large projects.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("junior-designer", "designer") in got
    assert ("designer", "senior-designer") in got
    assert ("junior-designer", "senior-designer") not in got


def test_where_this_job_can_lead_heading(tmp_path: Path) -> None:
    text = (
        "Receptionist\n\n"
        "A receptionist greets guests.\n\n"
        "Where this job can lead\n\n"
        "Front Office Supervisor, Front Office Manager\n"
    )
    got = moves(read(tmp_path, text))
    assert ("receptionist", "front-office-supervisor") in got
    assert ("receptionist", "front-office-manager") in got


def test_a_told_sentence_whose_later_verbs_leave_out_the_subject(tmp_path: Path) -> None:
    text = (
        "Forum\n\n"
        "Started on nights as a stocker, moved to days as a department lead, now I'm an assistant manager.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("stocker", "department-lead") in got
    assert ("department-lead", "assistant-manager") in got
    assert ("stocker", "assistant-manager") not in got


def test_a_named_persons_post_then_the_post_held_before(tmp_path: Path) -> None:
    text = (
        "People\n\n"
        "Anna Berg is head of logistics at a freight firm. She previously worked as a transport planner at a port.\n"
    )
    assert ("transport-planner", "head-of-logistics") in moves(read(tmp_path, text))


def test_lines_that_date_posts_in_rising_years(tmp_path: Path) -> None:
    text = "My path\n\n2012 – Barista\n2014 – Shift Supervisor\n2017 – Cafe Manager\n"
    got = moves(read(tmp_path, text))
    assert ("barista", "shift-supervisor") in got
    assert ("shift-supervisor", "cafe-manager") in got
    assert ("barista", "cafe-manager") not in got


def test_a_cv_lists_the_latest_post_first(tmp_path: Path) -> None:
    text = (
        "Experience\n\n"
        "Ward Manager, City Hospital (2019-present)\n"
        "Charge Nurse, City Hospital (2015-2019)\n"
        "Nursing Assistant, Riverside Clinic (2011-2015)\n"
    )
    got = moves(read(tmp_path, text))
    assert ("nursing-assistant", "charge-nurse") in got
    assert ("charge-nurse", "ward-manager") in got
    assert ("ward-manager", "charge-nurse") not in got


def test_dated_lines_with_figures_or_one_year_are_no_career(tmp_path: Path) -> None:
    text = (
        "Pay by year\n\n2023 – Shift Supervisor £27,000\n2024 – Cafe Manager £31,000\n\n2020 – Barista\n2020 – Baker\n"
    )
    got = moves(read(tmp_path, text))
    assert ("shift-supervisor", "cafe-manager") not in got
    assert ("barista", "baker") not in got
