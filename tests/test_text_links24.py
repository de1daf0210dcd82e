"""Requirement links, stop 24: what a role does or needs, read from more page shapes (texts written here, in
other trades than the pages the rules were read from)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import extract, named, needs, read, roles

# --- structure.hyphens: a hyphen typed as another character ------------------------------------

_NB = "\u2011"  # a non-breaking hyphen, as some pages type it inside a word
_DRONE = (
    f"Drone jobs\n\n"
    f"1. Drone{_NB}survey pilot\n\n"
    f"A drone{_NB}survey pilot is the one responsible for the flight plan of each site.\n\n"
    f"In broad terms, drone{_NB}survey pilots take care of:\n\n"
    f"  • Checking the weather: they read the forecast before each flight.\n"
    f"  • Logging flight hours: they keep a record for the insurer.\n"
)


def test_a_non_breaking_hyphen_inside_a_title_is_read_as_a_hyphen(tmp_path: Path) -> None:
    g = read(tmp_path, _DRONE)
    assert "drone-survey-pilot" in roles(g)
    assert named(needs(g).get("drone-survey-pilot", set()), "flight plan")


def test_quotes_keep_the_characters_the_page_typed(tmp_path: Path) -> None:
    g = read(tmp_path, _DRONE)
    quotes = [e["quote"] for e in g.nodes["drone-survey-pilot"]["evidence"]]
    assert quotes and all(_NB in q for q in quotes if "rone" in q)
    assert all(q in _DRONE for q in quotes)


def test_the_hyphens_can_be_switched_off(tmp_path: Path) -> None:
    g = read(tmp_path, _DRONE, frozenset({"structure.hyphens"}))
    assert "drone-survey-pilot" not in roles(g)


# --- zh.duties: examples' openers, a closing word for 'work', 'A和B' sharing a head, slashed posts ----------

_KITCHEN_ZH = (
    "餐厅岗位介绍\n\n"
    "厨师长:负责后厨日常管理工作,包括菜单设计、食材采购、成本控制等。\n"
    "楼面主管/领班:负责楼面服务,如排班安排或客诉处理,需具备沟通和协调能力。\n"
)


def _zh_needs(tmp_path: Path, disabled: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    return needs(read(tmp_path, _KITCHEN_ZH, disabled))


def test_the_word_opening_examples_is_no_part_of_the_first_one(tmp_path: Path) -> None:
    got = _zh_needs(tmp_path)
    assert "菜单设计" in got["厨师长"] and "包括菜单设计" not in got["厨师长"]
    assert "排班安排" in got["领班"] and "如排班安排" not in got["领班"]


def test_a_closing_word_for_work_is_dropped(tmp_path: Path) -> None:
    got = _zh_needs(tmp_path)["厨师长"]
    assert "后厨日常管理" in got and "后厨日常管理工作" not in got


def test_a_bare_word_before_and_shares_the_head_after_it(tmp_path: Path) -> None:
    got = _zh_needs(tmp_path)["领班"]
    assert "沟通和协调能力" in got and "沟通" not in got


def test_posts_joined_by_a_slash_share_the_duties_after_them(tmp_path: Path) -> None:
    got = _zh_needs(tmp_path)
    assert "客诉处理" in got.get("楼面主管", set()) and "客诉处理" in got["领班"]


def test_the_chinese_duties_can_be_switched_off(tmp_path: Path) -> None:
    assert not _zh_needs(tmp_path, frozenset({"zh.duties"}))


# --- requirements.duty-names: an item that is a comma list of qualities ---------------------------

_LIFEGUARD = (
    "# Pool Lifeguard\n\n"
    "## Skills you need\n\n"
    "- Vigilance, stamina and composure\n"
    "- Clear, firm and friendly poolside announcements\n"
)


def test_an_item_listing_three_qualities_names_each(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _LIFEGUARD))["pool-lifeguard"]
    assert {"vigilance", "stamina", "composure"} <= got


def test_adjectives_sharing_a_head_are_no_list_of_skills(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _LIFEGUARD))["pool-lifeguard"]
    assert not {"clear", "firm"} & got


def test_the_series_reading_goes_with_the_duty_names(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _LIFEGUARD, disabled=("requirements.duty-names",)))["pool-lifeguard"]
    assert "composure" not in got


# --- structure.needs-lists: a sentence naming requirements, ending in a colon, and no role ---------------

_BAKER = (
    "# Becoming a Head Baker\n\n"
    "Head bakers run the ovens of a busy high-street bakery.\n\n"
    "Although every bakery hires differently, most owners check for these qualifications in applicants:\n\n"
    "  • Food hygiene certificate\n"
    "  • Experience shaping sourdough and laminating pastry\n"
)


def test_a_colon_sentence_naming_requirements_announces_the_page_role_list(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _BAKER)).get("head-baker", set())
    assert named(got, "food hygiene") and named(got, "sourdough")


def test_a_colon_sentence_naming_other_things_announces_none(tmp_path: Path) -> None:
    text = _BAKER.replace("check for these qualifications in applicants:", "sell these loaves in the morning:")
    got = needs(extract(tmp_path, text)).get("head-baker", set())
    assert not named(got, "food hygiene")


# --- structure.needs-lists: 'X read like this:' / 'as follows:' announces the list under it ---------------

_FERRY = (
    "A day on the water\n\n"
    "Most Ferry Deckhand adverts read like this:\n\n"
    "Mooring the vessel at each pier\n"
    "Checking the life jackets before each crossing\n"
    "Guiding cars onto the car deck\n"
)


def test_a_line_saying_the_role_reads_like_this_announces_its_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _FERRY)).get("ferry-deckhand", set())
    assert named(got, "moor") and named(got, "life jacket")


def test_as_follows_announces_them_too(tmp_path: Path) -> None:
    text = _FERRY.replace("Most Ferry Deckhand adverts read like this:", "A Ferry Deckhand's work is as follows:")
    got = needs(read(tmp_path, text)).get("ferry-deckhand", set())
    assert named(got, "life jacket")


# --- requirements.duty-names: verbs in a series share their object -------------------------------

_YARD = (
    "# Yard Foreman\n\n"
    "## Duties\n\n"
    "- Recruiting, inducting, rostering and appraising yard hands\n"
    "- Sweeping, clearing and gritting the loading bays in winter\n"
)


def test_each_verb_of_a_series_names_the_object_it_shares(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _YARD))["yard-foreman"]
    assert named(got, "yard hand recruitment") and named(got, "yard hand appraisal")


def test_the_commas_of_a_verb_series_part_no_items(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _YARD))["yard-foreman"]
    assert not {"recruiting", "inducting", "sweeping", "clearing"} & got


def test_two_verbs_without_a_comma_are_named_by_the_last(tmp_path: Path) -> None:
    text = _YARD.replace("Recruiting, inducting, rostering and appraising", "Recruiting and appraising")
    got = needs(extract(tmp_path, text))["yard-foreman"]
    assert named(got, "yard hand appraisal") and not named(got, "yard hand recruitment")


# --- zh.subject / zh.duties: a job specification's fact sheet run into one line --------------------------

_STORE_ZH = (
    "仓库岗位说明书\n\n"
    "职位名称 仓管员 所属部门 物流部 直接上级 仓库主管 晋升方向 物流经理 "
    "岗位目的 负责入库登记、库存盘点、门店视觉形象等。\n"
)


def test_a_fact_sheet_post_owns_the_duties_not_its_superior_or_next_post(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _STORE_ZH))
    assert {"入库登记", "库存盘点"} <= got.get("仓管员", set())
    assert not got.get("物流经理") and not got.get("仓库主管")


def test_a_visual_image_is_work_not_a_look_asked_of_the_applicant(tmp_path: Path) -> None:
    assert "门店视觉形象" in needs(read(tmp_path, _STORE_ZH)).get("仓管员", set())


# --- requirements.subject: 'This role ...', 'The post holder ...' is the post talked about ------------------

_PORTER = (
    "# Night Porter\n\n"
    "Night porters look after a hotel between midnight and dawn.\n\n"
    "This role also inspects the fire alarms and cleans the lobby.\n\n"
    "The post holder prepares breakfast trays.\n"
)


def test_this_role_is_the_post_the_page_is_about(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PORTER))["night-porter"]
    assert named(got, "fire alarm") and named(got, "lobby")


def test_the_post_holder_is_too(tmp_path: Path) -> None:
    assert named(needs(extract(tmp_path, _PORTER))["night-porter"], "breakfast tray")


def test_the_post_words_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PORTER, disabled=("requirements.subject",)))["night-porter"]
    assert not named(got, "fire alarm")


# --- requirements.subject: 'They' after a sentence that opened with a role is that role ---------------
# --- mentions.titles: 'a help or support desk technician' is one title, lower case too -----------------

_CASINO = (
    "# Casino jobs\n\n"
    "A pit boss supervises the croupiers on a casino floor. They settle disputes and inspect the chip counts.\n\n"
    "A help or support desk technician repairs laptops for the staff.\n"
)


def test_they_is_the_role_that_opened_the_sentence_before(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _CASINO))
    assert named(got["pit-boss"], "chip count") and not named(got.get("croupier", set()), "chip count")


def test_a_verb_of_work_joined_by_or_to_a_modifier_makes_one_title_in_lower_case(tmp_path: Path) -> None:
    g = extract(tmp_path, _CASINO)
    assert "help-or-support-desk-technician" in roles(g)


# --- requirements.duty-names: a word of how often before a noun; a gerund with its object after 'and' --------

_CLERK = (
    "# Stock Clerk\n\n"
    "Stock clerks keep a warehouse stocked.\n\n"
    "The job blends rota planning with daily fault-finding on the conveyor belts.\n\n"
    "## Duties\n\n"
    "- Labelling crates and defrosting the walk-in freezer\n"
)


def test_a_word_of_how_often_before_a_noun_is_kept_in_the_name(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _CLERK))["stock-clerk"]
    assert "daily fault-finding" in got and "rota planning" in got


def test_a_gerund_before_a_determiner_after_and_is_a_duty_of_its_own(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _CLERK))["stock-clerk"]
    assert named(got, "crate") and named(got, "walk-in freezer") and not named(got, "crates and")


# --- requirements.duty-names: adjectives in a series before one noun are one thing ------------------------

_FLORIST = (
    "# Florist\n\n"
    "## Duties\n\n"
    "- Keeping a clean, tidy and welcoming shop counter\n"
    "- Maintaining a safe, organised, and hygienic cold room\n"
)


def test_adjectives_before_one_noun_name_one_thing(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _FLORIST))["florist"]
    assert "clean, tidy and welcoming shop counter" in got
    assert named(got, "safe, organised, and hygienic cold room")


def test_no_adjective_of_the_series_is_a_skill_alone(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _FLORIST))["florist"]
    assert not {"clean", "safe maintenance", "tidy and welcoming shop counter"} & got


_DEPOT_ZH = "一、仓库主管\n任职要求:\n- 具备仓储管理经验;\n- 良好的沟通和组织能力;\n"


def test_experience_asked_for_keeps_its_word_for_experience(tmp_path: Path) -> None:
    assert "仓储管理经验" in needs(read(tmp_path, _DEPOT_ZH)).get("仓库主管", set())


def test_a_bare_word_after_a_modifier_shares_the_head_after_and(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _DEPOT_ZH)).get("仓库主管", set())
    assert "沟通和组织能力" in got and "沟通" not in got


_BAR_ZH = (
    "三、酒吧主管\n职责\n- 酒水盘点与验收;\n- 整理吧台和器具;\n- 检查酒水库存,优化出品流程。\n"
    "胜任要素\n- 熟悉调酒方法和工具;\n"
)


def test_two_activities_joined_by_and_are_two_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _BAR_ZH)).get("酒吧主管", set())
    assert {"酒水盘点", "验收"} <= got


def test_a_shared_head_after_and_keeps_the_pair_whole(tmp_path: Path) -> None:
    assert "调酒方法和工具" in needs(read(tmp_path, _BAR_ZH)).get("酒吧主管", set())


def test_an_item_ending_in_a_word_for_a_process_is_still_read_as_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _BAR_ZH)).get("酒吧主管", set())
    assert "优化出品流程" in got and "检查酒水库存" in got


# --- requirements.subject: 'X is a Y responsible for ...' is X's; 'Their role ...' the post opening the sentence before

_PURSER = (
    "# Careers at sea\n\n"
    "A ship purser is a senior officer responsible for the crew payroll and the passenger accounts. "
    "Their role combines bookkeeping, customs paperwork and cabin allocation.\n"
)


def test_what_a_role_is_said_to_be_is_not_whose_duties_follow(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PURSER))
    assert named(got["ship-purser"], "crew payroll") and not got.get("senior-officer")


def test_their_role_is_the_post_the_sentence_before_opened_with(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PURSER))["ship-purser"]
    assert {"bookkeeping", "customs paperwork", "cabin allocation"} <= got


# --- structure.level-blocks: the lines under 'Level N: A or B (years)' are both posts' ---------------------

_HOTEL = (
    "Hotel ladder\n"
    "Level 1: Porter (0-2 years)\n"
    "Carry bags, greet guests.\n"
    "Level 2: Supervisor or Manager (2-4 years)\n"
    "Train new porters.\n"
    "Level 3: Director or VP (8+ years)\n"
    "Own the hotel budget, set strategy.\n"
)


def test_the_lines_under_a_level_are_its_posts_not_the_level_before(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOTEL))
    assert named(got["director"], "hotel budget") and not named(got["porter"], "hotel budget")


def test_posts_offered_as_alternatives_share_the_lines(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOTEL))
    assert named(got["supervisor"], "new porter") and named(got["manager"], "new porter")
    assert named(got["vp"], "strategy")


def test_the_level_posts_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOTEL, frozenset({"structure.level-blocks"})))
    assert not named(got.get("vp", set()), "strategy")


# --- structure.needs-lists: a sentence naming a role that ends in a colon, under a requirements heading ----------

_HERD = (
    "Farm jobs\n\n"
    "Herd Work Responsibilities\n"
    "While tasks differ from farm to farm, the main duties of a dairy herdsman usually include:\n"
    "- Milking: Run the morning and evening milking of the herd.\n"
    "- Calving: Watch over cows due to calve and assist with difficult births.\n"
)


def test_a_colon_sentence_naming_a_role_under_a_heading_opens_that_role_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HERD)).get("dairy-herdsman", set())
    assert "milking" in got and "calving" in got


# --- requirements.duty-names: a participle with its own object after the object opens a clause about it ------

_KITCHEN_STAFF = (
    "# Head Chef\n\n"
    "## Duties\n\n"
    "- Recruiting, training and scheduling cooks preparing the evening menu\n"
    "- Analysing customer buying habits and seasonal demand\n"
)


def test_a_participle_clause_after_the_object_is_no_part_of_its_name(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _KITCHEN_STAFF))["head-chef"]
    assert {"cook recruitment", "cook training", "cook scheduling"} <= got


def test_a_gerund_inside_a_name_stays(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _KITCHEN_STAFF))["head-chef"]
    assert named(got, "customer buying habit")


# --- zh.duties: a Latin name inside a Chinese item counts as one word; a count of things is no skill ---------

_SHOP_ZH = "一、网店客服\n职责\n- 负责订单处理,需熟练掌握Shopify Admin后台操作,平均回复20-30个咨询。\n"


def test_a_latin_name_inside_an_item_counts_as_one_word(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _SHOP_ZH)).get("网店客服", set())
    assert "shopify admin后台操作" in got and not any(name.startswith("需") for name in got)


def test_a_count_of_things_is_no_skill(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _SHOP_ZH)).get("网店客服", set())
    assert not any("个" in name for name in got)
