"""Moves that pages we wrote ourselves (banks, kitchens, libraries, ports, insurers) state and an earlier reading
missed or got wrong: a level whose title offers two posts ("Senior Teller or Loan Officer"), a later step's
alternatives ("and later to A or B"), a path told "starting as A, moving up to B, C and finally to D", a rank word
before a bare title after a verb of movement ("move up to senior marshaller"), and the post held before the verb
("Chefs, starting as a commis chef, ...") as where the move starts.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_level_titled_with_two_posts_is_both_posts(tmp_path: Path) -> None:
    text = (
        "Branch careers\n\n"
        "Level 1: Bank Teller (0-2 years)\n"
        "Level 2: Senior Teller or Loan Officer (2-3 years)\n"
        "Level 3: Branch Supervisor / AVP (3-6 years)\n"
        "Level 4: Branch Manager (6+ years)\n"
    )
    g = read(tmp_path, text)
    found = moves(g)
    assert {
        ("bank-teller", "senior-teller"),
        ("bank-teller", "loan-officer"),
        ("senior-teller", "branch-supervisor"),
        ("loan-officer", "avp"),
        ("branch-supervisor", "branch-manager"),
        ("avp", "branch-manager"),
    } <= set(found)
    assert (found["loan-officer", "branch-supervisor"]["years_min"],
            found["loan-officer", "branch-supervisor"]["years_max"]) == (2, 3)
    assert "senior-teller-or-loan-officer" not in roles(g)


def test_a_level_title_whose_first_part_has_no_head_stays_whole(tmp_path: Path) -> None:
    # "Food or Beverage Manager": one post whose field is food or beverage, not a "Food" and a manager
    text = (
        "Hotel levels\n\n"
        "Level 1: Waiter (0-2 years)\n"
        "Level 2: Food or Beverage Manager (2-5 years)\n"
    )
    g = read(tmp_path, text)
    assert ("waiter", "food-or-beverage-manager") in moves(g)
    assert "food" not in roles(g)


def test_the_alternatives_of_a_later_step_start_where_that_step_does(tmp_path: Path) -> None:
    text = (
        "Job Profile: Library Assistant\n\n"
        "You could move up to senior library assistant, and later to library supervisor or branch librarian.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("senior-library-assistant", "library-supervisor") in found
    assert ("senior-library-assistant", "branch-librarian") in found
    assert ("library-assistant", "branch-librarian") not in found


def test_a_path_told_from_a_starting_post_through_a_list_in_turn(tmp_path: Path) -> None:
    text = (
        "Kitchen careers\n\n"
        "Chefs follow a clear career path, starting as a commis chef, moving up to junior sous chef, sous chef,"
        " head chef and finally to executive chef or culinary director.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("commis-chef", "junior-sous-chef"),
        ("junior-sous-chef", "sous-chef"),
        ("sous-chef", "head-chef"),
        ("head-chef", "executive-chef"),
        ("head-chef", "culinary-director"),
    } <= set(found)
    assert ("chef", "junior-sous-chef") not in found  # (the subject, "Chefs", is no post held before the path)
    assert ("commis-chef", "culinary-director") not in found


def test_a_rank_word_and_a_bare_title_after_a_verb_of_movement_are_one_title(tmp_path: Path) -> None:
    text = (
        "Port operations\n\n"
        "Yard clerks are hired as trainees. Most start as a marshaller and after two years move up to senior"
        " marshaller.\n"
    )
    g = read(tmp_path, text)
    assert "senior-marshaller" in roles(g)
    assert ("marshaller", "senior-marshaller") in moves(g)


def test_a_post_held_before_named_as_my_previous_job_leads_to_the_move_told_first(tmp_path: Path) -> None:
    text = (
        "Big news\n\n"
        "Monday was my first day in the new job: I was promoted to Events Coordinator. The pay is a little better,"
        " and the work suits me more than my previous customer service job did.\n"
    )
    g = read(tmp_path, text)
    assert ("customer-service", "events-coordinator") in moves(g)
    assert "previous-customer-service" not in roles(g)


def test_a_word_of_likelihood_is_no_part_of_a_title_and_joins_alternatives(tmp_path: Path) -> None:
    text = (
        "Working in a bakery chain\n\n"
        "Most chains promote from within. They will move you up to shift baker, then to bakery supervisor or"
        " perhaps bakery manager once the training is done.\n"
    )
    g = read(tmp_path, text)
    found = moves(g)
    assert "perhaps-bakery-manager" not in roles(g)
    assert ("shift-baker", "bakery-supervisor") in found
    assert ("shift-baker", "bakery-manager") in found


def test_turn_into_is_a_verb_of_movement(tmp_path: Path) -> None:
    text = (
        "Careers in pharmacy retail\n\n"
        "A school leaver can begin as a dispensary assistant, and in about three years he or she can turn into a"
        " pharmacy technician.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("dispensary-assistant", "pharmacy-technician") in found
    assert (found["dispensary-assistant", "pharmacy-technician"]["years_min"],
            found["dispensary-assistant", "pharmacy-technician"]["years_max"]) == (3, 3)


def test_levels_listed_in_a_sentence_with_their_codes_in_brackets(tmp_path: Path) -> None:
    text = (
        "Nursing careers\n\n"
        "Our ward structure has four grades: Staff Nurse (Band 5, newly qualified, 0-2 years), Senior Staff Nurse"
        " (Band 6, 2-4 years), Ward Manager or Charge Nurse (Band 7, 4-7 years), and Head of Nursing or CNO (Band 8,"
        " 7+ years).\n"
    )
    g = read(tmp_path, text)
    found = moves(g)
    assert {
        ("staff-nurse", "senior-staff-nurse"),
        ("senior-staff-nurse", "ward-manager"),
        ("senior-staff-nurse", "charge-nurse"),
        ("ward-manager", "head-of-nursing"),
        ("charge-nurse", "cno"),
    } <= set(found)
    assert (found["senior-staff-nurse", "charge-nurse"]["years_min"],
            found["senior-staff-nurse", "charge-nurse"]["years_max"]) == (2, 4)
    assert "head-of-cno" not in roles(g)  # (a chief officer's initials name a post, not a field of the head)
    assert ("staff-nurse", "charge-nurse") not in found


def test_a_chief_officers_initials_name_a_post(tmp_path: Path) -> None:
    text = "Retail bank careers\n\nAfter eight years as regional director she was appointed COO of the bank.\n"
    g = read(tmp_path, text)
    assert "coo" in roles(g)


def test_crew_is_a_noun_of_work(tmp_path: Path) -> None:
    # (the lemma table reads "crew" as the past of "crow")
    text = (
        "Cabin careers\n\n"
        "It usually takes two to three years for a cabin crew member to become a purser.\n"
    )
    g = read(tmp_path, text)
    assert "cabin-crew-member" in roles(g)
    assert ("cabin-crew-member", "purser") in moves(g)


def test_a_career_article_goes_on_from_where_its_readers_start(tmp_path: Path) -> None:
    text = (
        "Career path for hotel revenue analysts\n\n"
        "Entry level\n\n"
        "Aspiring revenue analysts often start as reservations agents or night auditors. These posts teach the"
        " basics of rates and occupancy.\n\n"
        "Mid level\n\n"
        "As you gain experience, you may progress to positions like revenue coordinator or pricing specialist.\n\n"
        "Senior level\n\n"
        "Later on, you can aim for roles like revenue manager or director.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("reservations-agent", "revenue-coordinator"),
        ("night-auditor", "pricing-specialist"),
        ("revenue-coordinator", "revenue-manager"),
        ("pricing-specialist", "revenue-director"),
    } <= set(found)
    assert ("revenue-manager", "revenue-director") not in found  # ("manager or director": a choice, no ranking)
    assert ("revenue-analyst", "revenue-coordinator") not in found


def test_a_chinese_ladder_with_months_and_a_rung_offered_as_two_posts(tmp_path: Path) -> None:
    # a warehouse ladder in our own words: months count in years, "仓库组长/主管" is 仓库组长 and 仓库主管
    text = (
        "仓储岗位的晋升路线\n\n"
        "一般分为四级:初级仓管员(2-6个月)→ 高级仓管员(6-12个月)→ 仓库组长/主管(1-2年)→ 仓库经理。\n"
    )
    g = read(tmp_path, text)
    found = moves(g)
    assert {
        ("初级仓管员", "高级仓管员"),
        ("高级仓管员", "仓库组长"),
        ("高级仓管员", "仓库主管"),
        ("仓库组长", "仓库经理"),
        ("仓库主管", "仓库经理"),
    } <= {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v in found}
    first = next(data for (u, v), data in found.items() if g.nodes[u]["name"] == "初级仓管员")
    assert (first["years_min"], first["years_max"]) == (0.17, 0.5)
    assert "主管" not in {data["name"] for _, data in g.nodes(data=True)}


def test_a_path_told_with_followed_by_and_finally_is_in_turn(tmp_path: Path) -> None:
    text = (
        "Working in a library service\n\n"
        "Most new staff start as a library assistant before they are promoted to senior library assistant,"
        " followed by the branch lead, coordinator, and finally library services manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("library-assistant", "senior-library-assistant"),
        ("senior-library-assistant", "branch-lead"),
        ("branch-lead", "coordinator"),
        ("coordinator", "library-services-manager"),
    } <= set(found)
    assert ("senior-library-assistant", "coordinator") not in found


def test_a_to_chain_in_brackets_opening_with_a_bare_title(tmp_path: Path) -> None:
    text = (
        "Careers in a claims office\n\n"
        "A claims officer can grow vertically (handler to senior handler to claims supervisor) or move sideways"
        " into audit.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("handler", "senior-handler") in found
    assert ("senior-handler", "claims-supervisor") in found


def test_titles_opening_lines_under_level_headings_are_the_levels_titles(tmp_path: Path) -> None:
    text = (
        "Careers in a hotel kitchen\n\n"
        "Entry-level positions\n\n"
        "Kitchen porter: keeps the pots and the floor clean.\n\n"
        "Commis chef: preps vegetables and sauces.\n\n"
        "Mid-level positions\n\n"
        "Line cook – runs one section of the kitchen.\n\n"
        "Senior positions\n\n"
        "Head chef: plans menus and leads the brigade.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("kitchen-porter", "line-cook"),
        ("commis-chef", "line-cook"),
        ("line-cook", "head-chef"),
    } <= set(found)
    assert ("kitchen-porter", "commis-chef") not in found


def test_a_subject_before_an_aside_of_examples_moves(tmp_path: Path) -> None:
    text = (
        "Life in a contact centre\n\n"
        "Many operators, like Dana, move up to shift leads, coaches, or site managers within a few years.\n"
    )
    found = moves(read(tmp_path, text))
    assert {("operator", "shift-lead"), ("operator", "coach"), ("operator", "site-manager")} <= set(found)


def test_steps_named_by_ordinals_are_a_ladder_and_a_slash_offers_two_posts(tmp_path: Path) -> None:
    text = (
        "From porter to hotel manager\n\n"
        "Initial Position: Night Porter\n"
        "Porters learn the building and the guests.\n"
        "Second Step: Receptionist/Reservations Agent\n"
        "The front of house teaches service and systems.\n"
        "Third Step: Front Office Manager\n"
        "Running the desk and its rota.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("night-porter", "receptionist"),
        ("night-porter", "reservations-agent"),
        ("receptionist", "front-office-manager"),
        ("reservations-agent", "front-office-manager"),
    } <= set(found)


def test_the_post_held_before_is_told_after_the_target(tmp_path: Path) -> None:
    text = (
        "Becoming a head of housekeeping\n\n"
        "You can become a housekeeping supervisor after working as a room attendant for two to three years.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("room-attendant", "housekeeping-supervisor") in found
    assert (found["room-attendant", "housekeeping-supervisor"]["years_min"],
            found["room-attendant", "housekeeping-supervisor"]["years_max"]) == (2, 3)


def test_examples_of_a_post_reached_are_no_moves_of_their_own(tmp_path: Path) -> None:
    text = (
        "Growing in a bank branch\n\n"
        "Start as a teller and aim for a supervisor post.\n"
        "Your next step up is becoming a department manager, such as a lending manager or operations manager.\n"
        "With experience you can progress to branch director.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("supervisor", "department-manager") in found
    assert ("department-manager", "branch-director") in found
    assert not {("supervisor", "lending-manager"), ("lending-manager", "branch-director")} & set(found)


def test_before_getting_a_position_as_is_the_next_step(tmp_path: Path) -> None:
    text = (
        "Careers in pharmacies\n\n"
        "A delivery driver might become a dispensary assistant before getting a position as a pharmacy"
        " technician.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("delivery-driver", "dispensary-assistant") in found
    assert ("dispensary-assistant", "pharmacy-technician") in found
    assert ("delivery-driver", "pharmacy-technician") not in found


def test_a_chinese_page_of_numbered_posts_each_with_duty_and_competence_sections(tmp_path: Path) -> None:
    # a warehouse's posts in our own words: "一、仓库主管" heads the sections under it, "职责" and "胜任要素" alone
    text = (
        "仓储部门的岗位\n\n"
        "一、仓库主管\n职责\n- 安排每日收货计划;\n- 管理库存盘点;\n胜任要素\n- 熟悉仓储管理系统;\n"
        "二、叉车司机\n职责\n- 装卸托盘货物;\n胜任要素\n- 持有叉车操作证;\n"
    )
    g = read(tmp_path, text)
    got = {g.nodes[u]["name"]: set() for u in g.nodes if g.nodes[u].get("label") == "Role"}
    for u, v, key in g.edges(keys=True):
        if key == "REQUIRES":
            got.setdefault(g.nodes[u]["name"], set()).add(g.nodes[v]["name"])
    assert any("收货" in s for s in got["仓库主管"]) and any("仓储管理" in s for s in got["仓库主管"])
    assert any("托盘" in s for s in got["叉车司机"]) and any("叉车操作证" in s for s in got["叉车司机"])
    assert not any("托盘" in s for s in got["仓库主管"])
