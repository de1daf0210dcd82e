"""Role recall and precision, stop 29: posts the loader missed or made up (our own text, trades other than
e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_chinese_label_glossed_as_the_one_who_does_the_work_is_a_post(tmp_path: Path) -> None:
    # a kitchen's team, each post a label and a colon, glossed as "the ...-er of the service" (者)
    page = (
        "厨房团队有哪些分工?\n"
        "主厨:一次宴席的主导者,决定菜单和口味。\n\n"
        "砧板:一次宴席的备料者,配合主厨切配原料。\n\n"
        "打荷:一次宴席的传递者,配合主厨完成出菜。\n\n"
        "采购:一次宴席的备货者,按菜单买齐食材。\n\n"
        "要求:身体健康,能吃苦。\n"
    )
    got = roles(read(tmp_path, page))
    assert {"砧板", "打荷", "采购"} <= got
    assert "要求" not in got


def test_an_item_naming_work_in_a_list_of_posts_to_move_to_is_the_post_of_who_does_it(tmp_path: Path) -> None:
    page = (
        "Working as a Housekeeper\n\n"
        "Housekeepers clean guest rooms and restock linen every day.\n\n"
        "Experienced housekeepers can advance to roles such as:\n\n"
        "  • Senior housekeeper\n"
        "  • Laundry supervision\n"
        "  • Housekeeping management\n"
        "  • Staff training\n\n"
        "Good housekeepers need stamina and an eye for detail. Typical duties include:\n\n"
        "  • Room inspection\n"
    )
    g = read(tmp_path, page)
    got = roles(g)
    assert {"laundry-supervisor", "housekeeping-manager", "staff-trainer"} <= got
    assert "room-inspector" not in got
    assert {("housekeeper", "laundry-supervisor"), ("housekeeper", "staff-trainer")} <= set(moves(g))


def test_a_brand_written_with_a_small_first_letter_is_no_part_of_the_title_after_it(tmp_path: Path) -> None:
    page = (
        "A clinic chain called eCare is hiring up to forty nurses this spring.\n\n"
        '"The town suits us," eCare spokesman Ann Lee said.\n\n'
        "Patients book through the iClinic receptionist desk or an eCare nurse practitioner.\n"
    )
    got = roles(read(tmp_path, page))
    assert "nurse-practitioner" in got
    assert not {r for r in got if r.startswith(("ecare", "iclinic"))}


def test_a_bare_title_before_a_persons_name_is_the_speakers_post(tmp_path: Path) -> None:
    page = (
        "A clinic chain called eCare is hiring up to forty nurses this spring.\n\n"
        '"The town suits us," eCare spokesman Ann Lee said. "We expect to grow," added treasurer Tom Reed.\n\n'
        "Staff can move up to Head Office.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"spokesman", "treasurer"} <= got


def test_a_chinese_title_tagged_as_a_topic_names_no_post(tmp_path: Path) -> None:
    page = (
        "#餐厅领班#\n"
        "餐厅团队怎么分工?\n"
        "服务员:负责点菜和上菜,熟悉菜单。\n\n"
        "传菜员:负责把菜从厨房送到餐桌。\n"
    )
    got = roles(read(tmp_path, page))
    assert {"服务员", "传菜员"} <= got
    assert "餐厅领班" not in got


def test_a_number_word_before_a_post_counts_people_and_is_no_part_of_its_title(tmp_path: Path) -> None:
    page = (
        "The depot is taking on thirty pickers this winter.\n\n"
        "The new ward needs forty nurses and seventeen porters.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"picker", "nurse", "porter"} <= got
    assert not {r for r in got if r.startswith(("thirty", "forty", "seventeen"))}


def test_a_word_in_ing_after_a_form_of_be_is_the_verb_not_a_modifier(tmp_path: Path) -> None:
    page = (
        "A haulier is recruiting drivers for the winter.\n\n"
        "The bakery was training apprentices last year.\n\n"
        "She is a training coordinator at the mill.\n\n"
        "The usual ladder is listing clerk → stock controller.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"training-coordinator", "listing-clerk", "stock-controller"} <= got
    assert not {"recruiting-driver", "training-apprentice"} & got


def test_posts_a_hirer_fills_after_to_name_no_post_by_the_verb(tmp_path: Path) -> None:
    page = (
        "The resort is taking on forty cleaners to fill guest relations positions this summer.\n\n"
        "After a year she moved to fleet planning roles.\n"
    )
    got = roles(read(tmp_path, page))
    assert "fleet-planning" in got
    assert not {r for r in got if r.startswith(("fill-", "guest-relation"))}


def test_a_leader_praised_by_a_word_whose_lemma_differs_names_no_post(tmp_path: Path) -> None:
    page = (
        "Act as a thought leader in defining good care on the ward.\n\n"
        "She reports to the senior team leaders on nights.\n"
    )
    got = roles(read(tmp_path, page))
    assert "senior-team-leader" in got
    assert "thought-leader" not in got


def test_a_one_word_title_before_a_word_for_a_firm_names_a_kind_of_business(tmp_path: Path) -> None:
    page = (
        "Dispatch Clerk\n\n"
        "- book collections with postal and courier services;\n"
        "- chase the plumber firms we subcontract to;\n"
        "- brief the courier on each run.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"dispatch-clerk", "courier"} <= got
    g = read(tmp_path, page.replace("- brief the courier on each run.\n", ""))
    assert not {"courier", "plumber"} & roles(g)


def test_a_chinese_title_before_a_word_for_a_strategy_names_no_post(tmp_path: Path) -> None:
    page = (
        "职位名称: 前厅经理\n"
        "岗位职责:\n"
        "- 制定并执行酒店整体客房运营战略,对入住率负责。\n"
        "- 带领前台接待员完成入住登记。\n"
    )
    got = roles(read(tmp_path, page))
    assert {"前厅经理", "前台接待员"} <= got
    assert not {r for r in got if r.endswith("运营")}


def test_a_chinese_title_of_digital_work_keeps_its_field(tmp_path: Path) -> None:
    page = "职位名称: 数字营销经理\n岗位职责:\n- 负责酒店线上客房的推广,带领两名营销专员。\n"
    got = roles(read(tmp_path, page))
    assert "数字营销经理" in got
    assert "营销经理" not in got


def test_a_heading_glued_to_the_article_after_it_is_no_part_of_the_title(tmp_path: Path) -> None:
    # a page flattened from HTML, a heading run into the next sentence's "A"
    page = "Hotel Jobs\n\nDuties and ResponsibilitiesA night porter keeps the lobby safe and the desk staffed.\n"
    got = roles(read(tmp_path, page))
    assert "night-porter" in got
    assert not {r for r in got if r.startswith("responsibilities")}


def test_a_word_in_small_letters_before_a_title_in_capitals_is_no_part_of_it(tmp_path: Path) -> None:
    page = (
        "Hotel careers\n\nCareer profile Night Shift Supervisor\n\nThe supervisor runs the hotel overnight.\n\n"
        "She went on to be our Training and Development Manager.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"night-shift-supervisor", "training-and-development-manager"} <= got
    assert not {r for r in got if r.startswith("profile")}
