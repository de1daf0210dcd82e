"""Moves read from real pages' layouts and sentences, tested on texts of our own in other trades (hospitality,
logistics, healthcare, construction): who moves, from where, to what, and in how long."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_level_time_to_level_line_gives_its_years_in_months(tmp_path: Path) -> None:
    text = (
        "Housekeeping levels\n"
        "Level One.\n"
        "You clean rooms under guidance.\n"
        "Time to Level: 6-18 Months\n"
        "Titles: Room Attendant, Laundry Attendant\n"
        "Level Two.\n"
        "You check rooms cleaned by others.\n"
        "Time in Level: 1-2 Years\n"
        "Titles: Floor Supervisor\n"
        "Level Three.\n"
        "Titles: Executive Housekeeper\n"
    )
    found = moves(read(tmp_path, text))
    first = found[("room-attendant", "floor-supervisor")]
    assert (first["years_min"], first["years_max"]) == (0.5, 1.5)
    second = found[("floor-supervisor", "executive-housekeeper")]
    assert (second["years_min"], second["years_max"]) == (1, 2)


def test_spending_years_in_posts_named_by_example_leads_to_the_page_role(tmp_path: Path) -> None:
    text = (
        "How to become a site manager\n\n"
        "Site managers run building projects from the ground up. Site managers answer to the client.\n\n"
        "2) Spend 4 to 6 years in a site job such as a site foreman, quantity surveyor or a building inspector. This"
        " gives you the"
        " grounding you need.\n"
    )
    found = moves(read(tmp_path, text))
    for post in ("site-foreman", "quantity-surveyor", "building-inspector"):
        move = found[(post, "site-manager")]
        assert (move["years_min"], move["years_max"]) == (4, 6)


def test_a_reader_told_to_work_years_as_a_post_moves_to_the_page_role(tmp_path: Path) -> None:
    text = (
        "Becoming a ward manager\n\n"
        "Ward managers lead the nursing team on a ward.\n\n"
        "You will need to work for at least three years as a staff nurse before you apply.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("staff-nurse", "ward-manager") in found


def test_a_narrator_who_spent_years_in_a_post_is_no_page_move(tmp_path: Path) -> None:
    text = (
        "Site managers run building projects. Site managers answer to the client.\n\n"
        "I spent 4 years as a bricklayer before moving on.\n"
    )
    assert ("bricklayer", "site-manager") not in moves(read(tmp_path, text))


def test_spent_years_lead_to_the_role_a_page_names_most_but_those_posts(tmp_path: Path) -> None:
    text = (
        "Head chefs plan the menu and order the stock. Head chefs work closely with their line cooks.\n\n"
        "- Train at a catering college first.\n"
        "- Spend two to four years in a kitchen job such as a line cook or a pastry cook.\n"
        "- Shadow a head chef on a busy service.\n"
    )
    found = moves(read(tmp_path, text))
    for post in ("line-cook", "pastry-cook"):
        move = found[(post, "head-chef")]
        assert (move["years_min"], move["years_max"]) == (2, 4)


def test_a_post_named_by_its_head_alone_is_not_its_junior_rank(tmp_path: Path) -> None:
    text = (
        "前台岗位介绍\n"
        "前台：表现好的可以晋升为前厅主管或前厅经理。\n"
        "小型酒店常把接待和收银合并为初级前台岗位。\n"
    )
    found = moves(read(tmp_path, text))
    assert ("前台", "前厅主管") in found
    assert ("前台", "前厅经理") in found
    assert ("初级前台", "前厅主管") not in found


def test_a_head_alone_after_a_listed_target_takes_its_field(tmp_path: Path) -> None:
    text = "客房岗位\n服务员：表现好的可以晋升为客房主管或经理。\n餐饮部经理负责餐厅。\n"
    found = moves(read(tmp_path, text))
    assert ("服务员", "客房经理") in found
    assert ("服务员", "餐饮部经理") not in found


def test_a_phrase_of_place_after_a_listed_target_does_not_end_the_list(tmp_path: Path) -> None:
    text = (
        "Porters are often promoted to receptionists at the front desk, concierges and night auditors, or even"
        " reservation agents.\n"
    )
    found = moves(read(tmp_path, text))
    for post in ("receptionist", "concierge", "night-auditor", "reservation-agent"):
        assert ("porter", post) in found


def test_trainees_who_start_as_posts_are_placed_in_them(tmp_path: Path) -> None:
    text = (
        "Hotel management trainees usually start as duty managers or assistant front office managers.\n\n"
        "Most chefs started as apprentice cooks.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("hotel-management-trainee", "duty-manager") in found
    assert ("hotel-management-trainee", "assistant-front-office-manager") in found
    assert ("duty-manager", "hotel-management-trainee") not in found
    assert ("apprentice-cook", "chef") in found


def test_a_posts_career_opportunities_reach_the_posts_listed(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\n"
        "Night porters look after guests overnight.\n\n"
        "Career opportunities in small hotels may be limited to Head Porter. In larger hotels, career opportunities"
        " can extend to Concierge or Duty Manager, or Front Office Manager.\n"
    )
    found = moves(read(tmp_path, text))
    for post in ("head-porter", "concierge", "duty-manager", "front-office-manager"):
        assert found[("night-porter", post)]["evidence"][0]["rule"] == "transitions.chances"


def test_no_career_opportunities_means_no_move(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\n"
        "Night porters look after guests overnight.\n\n"
        "Career opportunities do not extend to Concierge in most hotels.\n"
    )
    assert ("night-porter", "concierge") not in moves(read(tmp_path, text))


def test_a_headline_move_the_body_spans_with_rungs_is_no_move(tmp_path: Path) -> None:
    text = (
        "From Labourer to Site Manager: A Builder's Guide\n\n"
        "Labourers can be promoted to site foreman after a few years.\n\n"
        "A site foreman can step up to site manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("labourer", "site-foreman") in found
    assert ("site-foreman", "site-manager") in found
    assert ("labourer", "site-manager") not in found


def test_a_headline_move_with_no_rungs_between_is_kept(tmp_path: Path) -> None:
    text = "From Labourer to Site Manager\n\nLabourers carry materials. Site managers run the site.\n"
    assert ("labourer", "site-manager") in moves(read(tmp_path, text))


def test_within_in_another_clause_does_not_bound_a_moves_time(tmp_path: Path) -> None:
    text = (
        "With hard work, you can move from porter to bell captain in about 14 months, become a concierge at 30"
        " months, and reach front office manager within five years.\n"
    )
    move = moves(read(tmp_path, text))[("porter", "bell-captain")]
    assert (move["years_min"], move["years_max"]) == (1.17, 1.17)


def test_a_title_after_a_possessive_in_a_story_is_a_person_not_a_step(tmp_path: Path) -> None:
    text = (
        "I started as a porter and then became a concierge. I then had my duty manager asking me about my plans."
        " Later I found being a concierge hard.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("porter", "concierge") in found
    assert ("concierge", "duty-manager") not in found
    assert ("duty-manager", "concierge") not in found


def test_a_post_held_by_a_later_time_is_the_next_step_across_paragraphs(tmp_path: Path) -> None:
    text = (
        "For around 3 years I was a porter.\n\n"
        "However, when I turned 20 I had become a bell captain. This meant more work.\n\n"
        "By 22 years old I was working as a concierge. I had shown I could learn.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("porter", "bell-captain") in found
    assert ("bell-captain", "concierge") in found


def test_the_best_way_to_a_post_from_another_is_a_move(tmp_path: Path) -> None:
    text = (
        "Kitchen Porter\n\nKitchen porters wash up and keep the kitchen clean.\n\n"
        "The best way to become a head chef is to work your way up from line cook.\n"
    )
    found = moves(read(tmp_path, text))
    assert found[("line-cook", "head-chef")]["evidence"][0]["rule"] == "transitions.best-way"
    assert ("kitchen-porter", "head-chef") not in found


def test_a_stage_lines_years_go_to_the_move_out_of_its_post(tmp_path: Path) -> None:
    text = (
        "前厅员工成长路径\n"
        "拆解前台接待→前台主管→前厅经理三个阶段成长路径。\n"
        "01 第一阶段:前台接待(0-2年)—— 打好基础,成为可靠的执行者\n"
        "这个阶段要学会入住登记。\n"
    )
    move = moves(read(tmp_path, text))[("前台接待", "前台主管")]
    assert (move["years_min"], move["years_max"]) == (0, 2)


def test_tips_to_help_the_reader_become_a_post_are_no_move(tmp_path: Path) -> None:
    text = (
        "Line Cook\n\nLine cooks prepare dishes.\n\nLine cooks often move up to sous chef.\n\n"
        "Here are helpful tips to help you become a head chef.\n\n"
        "Working as a sous chef can help you become a head chef.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("line-cook", "head-chef") not in found
    assert ("sous-chef", "head-chef") in found


def test_the_journey_of_becoming_a_post_is_a_topic_not_a_step(tmp_path: Path) -> None:
    text = (
        "I started as a porter, then became a bell captain. Now I dream about the long journey of becoming a"
        " concierge.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("porter", "bell-captain") in found
    assert ("bell-captain", "concierge") not in found


def test_a_trainee_later_fully_trained_holds_the_post_itself(tmp_path: Path) -> None:
    text = (
        "After 6 months as a porter I was then able to progress to a trainee night auditor. Being a night auditor"
        " was something I could have studied at college. While I was a fully trained night auditor after a year in"
        " the hotel. So here I am, a full time night auditor at the Grand.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("porter", "trainee-night-auditor") in found
    assert ("trainee-night-auditor", "night-auditor") in found


def test_a_story_step_starts_from_the_post_the_story_moved_on_to(tmp_path: Path) -> None:
    text = (
        "After 6 months as a porter I was then able to progress to a trainee night auditor. Being a night auditor"
        " was something I could have studied at college. While I was a fully trained night auditor after a year in"
        " the hotel. So here I am, a full time night auditor at the Grand. I am already looking towards my next"
        " steps and becoming a front office manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("night-auditor", "front-office-manager") in found
    assert ("trainee-night-auditor", "front-office-manager") not in found


def test_posts_listed_after_worked_as_pass_over_brackets(tmp_path: Path) -> None:
    text = (
        "From there, I became a porter in a big hotel. I worked as a night auditor (nights only), duty manager, and"
        " sommelier (wine waiter), and started a training scheme, all for low pay.\n"
    )
    found = moves(read(tmp_path, text))
    for post in ("night-auditor", "duty-manager", "wine-waiter"):
        assert ("porter", post) in found


def test_career_opportunities_taken_sideways_after_the_list(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\nNight porters look after guests overnight.\n\n"
        "Career opportunities can extend to Concierge, or even slide across into Reservations Agent and Sales"
        " Coordinator roles.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("night-porter", "concierge") in found
    assert found[("night-porter", "reservations-agent")]["kind"] == "lateral"
    assert ("night-porter", "sales-coordinator") in found


def test_a_chance_naming_either_of_two_posts_reaches_both(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\nNight porters look after guests overnight.\n\n"
        "Career opportunities can extend to Bell or Reception Supervisor, or Concierge.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("night-porter", "bell-supervisor") in found
    assert ("night-porter", "reception-supervisor") in found
    assert ("night-porter", "bell-or-reception-supervisor") not in found


def test_a_field_named_for_its_management_is_no_source_of_a_move(tmp_path: Path) -> None:
    found = moves(read(tmp_path, "行李员岗位\n行李员：可以向礼宾管理方向发展，如成为礼宾主管或经理。\n"))
    assert ("行李员", "礼宾主管") in found
    assert ("礼宾", "礼宾主管") not in found
    text = "岗位对比\n行李房开单：可通过提升沟通能力，向礼宾管理方向发展，如成为礼宾主管或经理。\n"
    text += "行李员：负责搬运行李。\n"
    found = moves(read(tmp_path, text, name="other.txt"))
    assert not any(source == "礼宾" or target == "礼宾经理" for source, target in found)


def test_a_one_word_title_before_or_shares_the_plural_title_after_it(tmp_path: Path) -> None:
    found = moves(read(tmp_path, "Hotel management trainees usually start as assistant or duty managers.\n"))
    assert ("hotel-management-trainee", "assistant-manager") in found
    assert ("hotel-management-trainee", "duty-manager") in found
    assert ("hotel-management-trainee", "assistant") not in found
