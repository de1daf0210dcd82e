"""Role -> skill requirements of page kinds the rules were not written from (stop 28): a rule book's articles
naming posts, and more.

The wording, roles and trades here are our own (a hotel, a bakery, a bus depot); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- zh.duties: a rule book's article naming a post, inside a chapter of duties or requirements ---------------


def test_a_rule_books_articles_give_each_post_its_own_duties_and_requirements(tmp_path: Path) -> None:
    page = (
        "酒店前厅岗位管理办法\n"
        "第一章 总则\n"
        "第一条 为明确前厅各岗位的分工,特制定本办法。\n"
        "第二章 岗位职责\n"
        "第二条 前厅经理\n"
        "(一)负责制定前厅服务标准,安排班次。\n"
        "(二)负责处理客人投诉。\n"
        "第三条 前台接待员\n"
        "(一)负责办理入住登记和退房结账。\n"
        "第三章 岗位要求\n"
        "第四条 前厅经理\n"
        "(一)具有三年以上酒店管理经验,熟悉收益管理。\n"
    )
    got = links(read(tmp_path, page))
    manager = {skill for role, skill in got if role == "前厅经理"}
    clerk = {skill for role, skill in got if role == "前台接待员"}
    assert "处理客人投诉" in manager or "客人投诉" in manager, manager
    assert "收益管理" in manager, manager
    assert any("入住登记" in skill for skill in clerk), clerk
    assert not any("入住登记" in skill for skill in manager), manager
    assert not any("投诉" in skill for skill in clerk), clerk
    assert "zh.duties" in rules_of(read(tmp_path, page), "前台接待员")


# --- zh.duties: a line labelled with a post owns its cue's list, not a post an earlier clause names -------------


def test_a_lines_label_owns_the_list_after_its_cue_not_a_post_named_in_a_clause_before(tmp_path: Path) -> None:
    page = (
        "前厅经理:前厅的管理者,需掌握收益管理。\n"
        "礼宾员:大堂的引导者,配合前厅经理迎送客人,需掌握行李寄存、路线指引。\n"
    )
    got = links(read(tmp_path, page))
    porter = {skill for role, skill in got if role == "礼宾员"}
    manager = {skill for role, skill in got if role == "前厅经理"}
    assert {"行李寄存", "路线指引"} <= porter, porter
    assert "收益管理" in manager and "行李寄存" not in manager, manager


def test_a_post_named_two_ways_in_the_label_keeps_both_names(tmp_path: Path) -> None:
    page = "前厅主管/值班经理:管理当班员工,负责排班和交接。\n"
    got = links(read(tmp_path, page))
    assert any(role == "值班经理" for role, _ in got), got


# --- requirements.not-work: a person's story told in the first person names no requirement -------------------


def test_what_a_narrator_had_or_enjoyed_is_no_requirement_but_their_duties_are(tmp_path: Path) -> None:
    page = (
        "# Head Baker\n\n"
        "Head bakers need strong time management.\n\n"
        "By then I was relishing the ability to sleep in on Sundays and to buy a new van.\n\n"
        "My ability to laminate dough quickly has inspired me to teach evening classes.\n\n"
        "My daily work includes proving dough and costing recipes.\n\n"
        "I had to order flour and clean the ovens.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "head-baker"}
    assert "time-management" in got
    assert not any(word in skill for skill in got for word in ("sunday", "van", "laminat", "evening")), got
    assert any("dough" in skill for skill in got) and any("flour" in skill for skill in got), got


def test_a_sentence_inviting_the_reader_to_read_on_names_no_requirement(tmp_path: Path) -> None:
    page = (
        "# Night Porter\n\n"
        "Explore the night porter job description, key duties, required skills and staffing challenges.\n\n"
        "Night porters need a calm manner and basic first aid.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "night-porter"}
    assert "calm-manner" in got
    assert not any("staffing" in skill or "challenge" in skill for skill in got), got


def test_where_a_post_is_needed_names_no_skill_but_what_it_is_required_to_do_does(tmp_path: Path) -> None:
    page = (
        "# Night Porter\n\n"
        "Night Porters are always needed in hotels of every size, including guest houses, motels and resorts.\n\n"
        "The night porter is also required to lock the doors and count the float.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "night-porter"}
    assert not any(word in skill for skill in got for word in ("hotel", "motel", "resort", "house")), got
    assert any("door" in skill for skill in got) and any("float" in skill for skill in got), got


# --- structure.needs-lists: a line announcing posts ("roles such as:") opens no list of duties ----------------


def test_a_line_announcing_roles_such_as_opens_no_list_of_duties(tmp_path: Path) -> None:
    page = (
        "# Crane Driver\n\n"
        "Crane drivers lift loads on building sites.\n\n"
        "Key Skills\n\n"
        "  • A valid licence\n"
        "  • Good eyesight\n\n"
        "Moving Up\n\n"
        "The building trade offers many paths. Experienced crane drivers can advance to roles such as:\n\n"
        "  • Senior driver or lift supervisor\n"
        "  • Site management\n"
        "  • Plant hire coordination\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "crane-driver"}
    assert any("eyesight" in skill for skill in got), got
    assert not any("site" in skill or "plant" in skill for skill in got), got


# --- requirements.no-skill: a list item cut off in a series after a comma ends in no skill ------------------------


def test_the_last_word_of_a_list_item_cut_off_after_a_comma_is_no_skill(tmp_path: Path) -> None:
    page = (
        "# Bookkeeper\n\n"
        "Qualifications and Skills:\n\n"
        "Hard Skills:\n"
        "- Proven experience in bookkeeping, with in-depth knowledge of ledgers, and packages such as Sage, Xero, payro"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "bookkeeper"}
    assert "xero" in got, got
    assert "payro" not in got, got


# --- structure.ad-fields: a work label joined by '&' before a duty in the imperative names the skill -------------


def test_a_work_label_with_an_ampersand_before_an_imperative_duty_is_the_skill(tmp_path: Path) -> None:
    page = (
        "# Head Gardener\n\n"
        "Head gardeners look after estate grounds.\n\n"
        "Responsibilities\n\n"
        "- Planting & Pruning: Lead seasonal planting and pruning across the walled garden and the wider estate.\n"
        "- Team Leadership: Train seasonal staff.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "head-gardener"}
    assert "planting-pruning" in got and "team-leadership" in got, got
    assert not any("estate" in skill and skill != "estate-grounds" for skill in got), got


# --- requirements.no-skill: "the following tasks" points at a list, it is no duty of it ---------------------------


def test_the_following_tasks_is_no_skill_but_the_items_under_it_are(tmp_path: Path) -> None:
    page = (
        "# Kennel Assistant\n\n"
        "Kennel assistants walk the dogs every morning.\n\n"
        "Kennel assistants are often responsible for overseeing or carrying out some or all of the following tasks:\n\n"
        "- Feeding the dogs\n"
        "- Cleaning the runs\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "kennel-assistant"}
    assert "run-cleaning" in got, got
    assert not any("following" in skill for skill in got), got


# --- structure.needs-lists: a numbered line closing on a section's name heads the bulleted list under it ----------


def test_a_numbered_heading_naming_a_post_and_its_duties_gives_the_bullets_under_it_to_the_post(
    tmp_path: Path,
) -> None:
    page = (
        "Kennel work explained\n\n"
        "Kennel jobs are varied.\n\n"
        "1. Kennel Assistant Key Accountabilities\n"
        "- Dog Feeding: Weigh and serve the meals twice daily.\n"
        "- Run Cleaning: Clean and disinfect the runs each morning.\n"
        "2. Kennel Manager Key Accountabilities\n"
        "- Rota Planning: Plan the weekly rota.\n"
    )
    got = links(read(tmp_path, page))
    assert {("kennel-assistant", "dog-feeding"), ("kennel-manager", "rota-planning")} <= got, got
    assert ("kennel-assistant", "rota-planning") not in got, got


def test_numbered_skills_in_a_numbered_list_are_items_not_headings(tmp_path: Path) -> None:
    page = (
        "# Kennel Assistant\n\n"
        "Kennel assistants walk dogs.\n\n"
        "Key Skills\n\n"
        "  1. Patience with nervous animals\n"
        "  2. Good handling skills\n"
        "  3. Strong stomach\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "kennel-assistant"}
    assert any("patience" in skill for skill in got) and any("handling" in skill for skill in got), got


# --- structure.ad-fields: a work label before text naming another post is the list's role's skill --------------


def test_a_labelled_item_naming_a_colleague_after_its_colon_gives_the_label_to_the_lists_role(tmp_path: Path) -> None:
    page = (
        "# Kennel Assistant\n\n"
        "Kennel assistants walk dogs.\n\n"
        "Responsibilities\n\n"
        "- Dog Feeding: Work closely with the Head Keeper to weigh and serve the meals.\n"
        "- Health Checks: Assist the Kennel Manager with weekly checks of every dog.\n"
    )
    got = links(read(tmp_path, page))
    assert {("kennel-assistant", "dog-feeding"), ("kennel-assistant", "health-checks")} <= got, got
    assert not any(role in {"head-keeper", "kennel-manager"} for role, _ in got), got
