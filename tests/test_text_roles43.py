"""Role rules of stop 43/44 (what makes a span a title or not), on short pages of our own in other trades."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_chinese_post_glossed_in_english_brackets(tmp_path: Path) -> None:
    # a Chinese title with its English name in brackets, alone on its line, is a Chinese line: its post is read
    page = (
        "烘焙团队岗位分工\n\n1.\n\n面包师(Baker)\n\n职责\n\n:负责制作面包。\n\n2.\n\n"
        "裱花助理(Decorating Assistant)\n\n职责\n\n:协助面包师准备原料。\n\n3.\n\n"
        "美术指导(Art Director)\n\n职责\n\n:负责门店的视觉风格。\n\n4.\n\n后期处理师(Retouching Specialist)\n"
    )
    found = roles(read(tmp_path, page))
    assert {"面包师", "裱花助理", "美术指导", "后期处理师"} <= found
    assert "decorating-assistant" not in found and "specialist" not in found


def test_plural_verb_ends_a_head_of_field(tmp_path: Path) -> None:
    g = read(tmp_path, "The duties of a head of nursing depend on the size of the ward.\n")
    assert "head-of-nursing" in roles(g)
    assert "head-of-nursing-depend" not in roles(g)


def test_camel_case_field_joins_a_lead_title(tmp_path: Path) -> None:
    g = read(tmp_path, "Sam was Director of Retail Banking and eBanking for the group in Leeds.\n")
    assert "director-of-retail-banking-and-ebanking" in roles(g)


def test_name_before_head_of(tmp_path: Path) -> None:
    g = read(tmp_path, "Episode 12: Maria Gonzalez Head of Nursing at St Anne's\n\nMaria talks about her ward.\n")
    found = roles(g)
    assert "head-of-nursing" in found
    assert not any(r.startswith("maria") for r in found)


def test_title_before_a_tool_is_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, "We checked the figures with a free mortgage adviser tool online.\n")
    assert "mortgage-adviser" not in roles(g)
    g = read(tmp_path, "I was hired by a global executive search firm to find plant managers.\n")
    assert "global-executive" not in roles(g) and "executive" not in roles(g)


def test_giving_verb_opens_no_title(tmp_path: Path) -> None:
    g = read(tmp_path, "Want loyal staff? Pay Dental Nurses a fair wage.\n")
    found = roles(g)
    assert "dental-nurse" in found
    assert "pay-dental-nurse" not in found


def test_country_before_customer_service_is_where_it_is_held(tmp_path: Path) -> None:
    g = read(tmp_path, "UK customer service role salaries rose by 4% for hotel call centres this year.\n")
    assert "uk-customer-service" not in roles(g)
    assert "customer-service" in roles(g)


def test_country_before_a_title_is_where_it_is_held(tmp_path: Path) -> None:
    g = read(tmp_path, "Pay of UK Dental Nurses rose by 3% last year, and Australian Dental Nurses gained too.\n")
    found = roles(g)
    assert "dental-nurse" in found
    assert "uk-dental-nurse" not in found and "australian-dental-nurse" not in found
    g = read(tmp_path, "Our language school hires a Chinese Teacher for the Saturday class.\n")
    assert "chinese-teacher" in roles(g)


def test_praise_before_a_person_word_is_no_title(tmp_path: Path) -> None:
    g = read(tmp_path, "The farm shop wants a charismatic influencer and a pragmatic leader for its launch.\n")
    found = roles(g)
    assert "charismatic-influencer" not in found and "pragmatic-leader" not in found


def test_colleagues_named_partners_are_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, "The florist works with internal cross-functional partners and our production partners daily.\n")
    found = roles(g)
    assert not any(r.endswith("partner") for r in found)


def test_hyphenated_post_after_a_speakers_name(tmp_path: Path) -> None:
    g = read(tmp_path, "“Bread is back,” says Anna Reyes, co-founder of Crumbwell.\n")
    assert "co-founder" in roles(g)


def test_bulleted_item_labelled_by_a_post(tmp_path: Path) -> None:
    page = (
        "Roles at the Farm Stand\n\nChoose from these roles:\n\n"
        "  • Owner: You and anyone else who owns the stand.\n"
        "  • Assistant: A seasonal helper who assists with picking and packing.\n"
        "  • Designer: A grower who designs the stand and its signs.\n"
    )
    found = roles(read(tmp_path, page))
    assert {"owner", "assistant", "designer"} <= found
    # (a label in prose, no bullet, is not read so)
    assert "designer" not in roles(read(tmp_path, "Notes\n\nDesigner: we still need to pick one for the signs.\n"))


def test_chinese_activity_named_as_work_is_no_post(tmp_path: Path) -> None:
    # (a hotel's page: the work of planning events, of running members, of visual design; no such post)
    page = (
        "酒店市场部经理岗位要求\n\n一、要有活动策划的能力:熟悉婚宴流程。\n\n"
        "二、负责会员运营与社群管理。\n\n三、负责菜单、海报等视觉设计。\n\n四、关注客房设计趋势。\n"
    )
    found = roles(read(tmp_path, page))
    assert "市场部经理" in found or "酒店市场部经理" in found
    assert not {"活动策划", "会员运营", "视觉设计", "客房设计"} & found


def test_words_of_which_one_open_no_title(tmp_path: Path) -> None:
    found = roles(read(tmp_path, "While our actual head cook was away, I ran the grill with many different welders.\n"))
    assert "actual-head-cook" not in found and "different-welder" not in found
    found = roles(read(tmp_path, "I stand with all my fellow tree surgeons on this.\n"))
    assert "tree-surgeon" in found and "fellow-tree-surgeon" not in found
    found = roles(read(tmp_path, "Free Pool Cleaner Job Description Template\n\nUse it to hire fast.\n"))
    assert "free-pool-cleaner" not in found


def test_degree_after_a_rank_word_is_no_post(tmp_path: Path) -> None:
    found = roles(read(tmp_path, "Years later I turned my 20-year-old associate's degree into a job in forestry.\n"))
    assert not any(r.endswith("associate") for r in found)


def test_what_the_speaker_is_to_the_listener(tmp_path: Path) -> None:
    found = roles(read(tmp_path, "Welcome back to the show. I'm your host, Jamie, and today we talk about roses.\n"))
    assert "host" in found
    assert "host" not in roles(read(tmp_path, "Your host will greet you at the gate of the rose garden.\n"))


def test_act_as_a_part_is_no_post(tmp_path: Path) -> None:
    page = "Pool Attendant\n\nDuties:\n- Act as a trusted safety ambassador for the leisure centre.\n"
    assert "safety-ambassador" not in roles(read(tmp_path, page))
    assert "area-manager" in roles(read(tmp_path, "She was acting as an area manager at the leisure centre.\n"))
