"""Moves that pages of the development sets state and an earlier reading missed, tested on short texts of our own in
other trades: a page with no heading whose "The position ..." means the post named last with a word for a post, and
a noun of movement after its article ("a step before becoming B") that is no verb of the clause.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_the_position_on_a_page_with_no_subject_is_the_post_named_last(tmp_path: Path) -> None:
    text = (
        "In a large print shop, there is more to do than a press operator role suggests. A busy shop may need"
        " someone above its press operators, which creates the Print Room Supervisor position.\n\n"
        "Read on\n\n"
        "The position is a step before becoming a Production Director, a post with a seat on the board.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("print-room-supervisor", "production-director") in got
    assert ("press-operator", "production-director") not in got


def test_the_role_opening_a_sentence_on_a_page_about_a_role(tmp_path: Path) -> None:
    text = (
        "Head Gardener\n\n"
        "A head gardener looks after the grounds of a large estate.\n\n"
        "The role is often the last step before becoming an estate manager.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("head-gardener", "estate-manager") in got


def test_no_post_named_with_a_post_word_leaves_the_move_unread(tmp_path: Path) -> None:
    text = (
        "Print shops are busy places and press operators work long shifts.\n\n"
        "The position is a step before becoming a Production Director.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("press-operator", "production-director") not in got


def test_this_could_include_adds_posts_to_the_move_before(tmp_path: Path) -> None:
    text = (
        "Careers in a veterinary practice\n\n"
        "After serving as a head nurse, you can move up to positions like clinic manager or practice manager."
        " The choice is wide! This could include positions like regional director, or even a post in teaching.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("head-nurse", "clinic-manager") in got
    assert ("head-nurse", "regional-director") in got


def test_this_includes_far_from_a_move_adds_nothing(tmp_path: Path) -> None:
    text = (
        "Careers in a veterinary practice\n\n"
        "After serving as a head nurse, you can move up to clinic manager. Nurses handle animals daily. The work is"
        " hard. Pay is fair. Hours are long.\n\n"
        "This could include roles like kennel assistant.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("head-nurse", "clinic-manager") in got
    assert ("head-nurse", "kennel-assistant") not in got


def test_the_readers_post_starts_the_readers_move(tmp_path: Path) -> None:
    text = (
        "Stuck on the bottom rung of a bakery?\n\n"
        "You've been working early shifts for a chain bakery as a counter assistant. It pays the rent.\n\n"
        "Most chains promote from within. They'll move you up to shift baker, then to head baker.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("counter-assistant", "shift-baker") in got
    assert ("shift-baker", "head-baker") in got


def test_if_you_are_currently_a_post_then_a_move(tmp_path: Path) -> None:
    text = (
        "Becoming a head of catering\n\n"
        "If you're currently a catering supervisor, you're on the path to becoming a catering manager.\n"
    )
    assert ("catering-supervisor", "catering-manager") in moves(read(tmp_path, text))


def test_a_post_the_reader_may_hold_later_is_none_held_now(tmp_path: Path) -> None:
    text = (
        "Becoming a head of catering\n\n"
        "One day you could be a catering supervisor. If you're keen, you can become a catering manager.\n"
    )
    assert ("catering-supervisor", "catering-manager") not in moves(read(tmp_path, text))


def test_a_chinese_transfer_to_posts_named_by_their_fields(tmp_path: Path) -> None:
    text = (
        "仓库文员的职业发展\n\n"
        "仓库文员主要负责出入库单据录入。\n\n"
        "- 转岗机会:不少企业允许仓库文员转岗至采购、物流、质检等岗位。\n"
    )
    got = moves(read(tmp_path, text))
    assert {("仓库文员", "采购"), ("仓库文员", "物流"), ("仓库文员", "质检")} <= set(got)
    assert all(not v.endswith("等") for _, v in got)


def test_a_chinese_fact_sheet_names_where_the_post_leads(tmp_path: Path) -> None:
    text = (
        "收银员岗位说明书\n\n"
        "一.收银员岗位说明书 职位名称 收银员 所属部门 前台部 直接上级 前台主管 晋升方向 值班经理 轮转岗位 理货"
        " 岗位目的 负责门店收银与找零。\n"
    )
    got = moves(read(tmp_path, text))
    assert ("收银员", "值班经理") in got
    assert ("收银员", "理货") in got
    assert ("收银员", "前台主管") not in got


def test_a_table_whose_columns_are_levels(tmp_path: Path) -> None:
    text = (
        "Compare kitchen levels\n\n"
        "| vs | K2 Standard | K1 Entry | K3 Senior |\n"
        "|---|---|---|---|\n"
        "| Level | K2 · Line Cook | K1 · Kitchen Porter | K3 · Sous Chef |\n"
        "| Typical years | 1–3 | 0–1 | 3–6 |\n"
        "| Scope | A station | Washing up | The whole line |\n"
    )
    got = moves(read(tmp_path, text))
    assert ("kitchen-porter", "line-cook") in got
    assert ("line-cook", "sous-chef") in got
    assert ("kitchen-porter", "sous-chef") not in got
    first = got[("kitchen-porter", "line-cook")]
    assert (first.get("years_min"), first.get("years_max")) == (0, 1)


def test_a_row_of_titles_without_level_codes_is_no_ladder(tmp_path: Path) -> None:
    text = (
        "Kitchen jobs compared\n\n"
        "| vs | A | B | C |\n"
        "|---|---|---|---|\n"
        "| Role | Line Cook | Kitchen Porter | Sous Chef |\n"
        "| Typical years | 1–3 | 0–1 | 3–6 |\n"
    )
    got = moves(read(tmp_path, text))
    assert ("kitchen-porter", "line-cook") not in got
    assert ("line-cook", "kitchen-porter") not in got


def test_a_time_phrase_between_the_verb_and_its_particle(tmp_path: Path) -> None:
    text = (
        "My years at the garage\n\n"
        "I started as a apprentice mechanic. I was promoted two weeks ago to workshop foreman.\n\n"
        "Dana began as a apprentice mechanic too. She was promoted after three years to service manager.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("apprentice-mechanic", "workshop-foreman") in got
    assert got[("apprentice-mechanic", "workshop-foreman")].get("years_max") is None  # (when, not how long)
    assert ("apprentice-mechanic", "service-manager") in got


def test_a_bare_post_after_a_time_phrase_is_a_post(tmp_path: Path) -> None:
    text = "My years at the garage\n\nI started as a apprentice mechanic. I was promoted last year to foreman.\n"
    got = moves(read(tmp_path, text))
    assert ("apprentice-mechanic", "foreman") in got


def test_a_rank_word_level_on_a_page_about_a_titled_post_is_that_post(tmp_path: Path) -> None:
    text = (
        "Becoming a laundry supervisor\n\n"
        "After a good year as a laundry attendant you may be promoted to a supervisory level, depending on your"
        " results.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("laundry-attendant", "laundry-supervisor") in got
    assert ("laundry-attendant", "supervisor") not in got


def test_a_post_that_opens_and_is_got_is_the_next_post(tmp_path: Path) -> None:
    text = (
        "From the parts counter to the front desk\n\n"
        "Priya gets her first job as a parts clerk and she loves it. She learns fast. A service advisor position"
        " opens up and she applies. The boss likes her work, and she gets the position.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("parts-clerk", "service-advisor") in got


def test_a_post_that_opens_and_is_not_got_is_no_move(tmp_path: Path) -> None:
    text = (
        "From the parts counter to the front desk\n\n"
        "Priya gets her first job as a parts clerk and she loves it. A service advisor position opens up and she"
        " applies. Sadly she never got the position.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("parts-clerk", "service-advisor") not in got


def test_what_made_someone_good_at_a_post_is_no_move(tmp_path: Path) -> None:
    text = (
        "A clerk's story\n\n"
        "She started as a filing clerk. The same care that made her a brilliant filing clerk may not make her a"
        " good office manager.\n"
    )
    got = moves(read(tmp_path, text))
    assert not any(v.endswith("filing-clerk") and u != v for u, v in got if u == "filing-clerk")
    assert ("filing-clerk", "brilliant-filing-clerk") not in got


def test_a_span_of_a_ladder_read_before_gives_each_rung_its_years(tmp_path: Path) -> None:
    text = (
        "Retail buying careers\n\n"
        "The usual ladder: Buying Administrator → Assistant Buyer → Junior Buyer → Buyer → Head of Buying.\n\n"
        "Job progression from buying administrator to buyer is fairly brisk, with people spending up to two years in"
        " each role.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("buying-administrator", "buyer") not in got
    assert got[("assistant-buyer", "junior-buyer")].get("years_max") == 2
    assert got[("buyer", "head-of-buying")].get("years_max") is None


def test_a_direct_move_past_no_ladder_is_kept(tmp_path: Path) -> None:
    text = (
        "Retail buying careers\n\n"
        "Job progression from buying administrator to buyer is fairly brisk, with people spending up to two years in"
        " each role.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("buying-administrator", "buyer") in got


def test_above_the_grade_of_posts_ranks_the_main_clause_posts_over_them(tmp_path: Path) -> None:
    text = (
        "Hotel pay in Leeds\n\n"
        "Above the grade of room attendant or night porter, most large hotels employ a floor supervisor."
        " Pay is modest.\n\n"
        "Below head chef, a busy kitchen keeps a sous chef.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("room-attendant", "floor-supervisor") in got
    assert ("night-porter", "floor-supervisor") in got
    assert ("sous-chef", "head-chef") in got


def test_above_in_the_middle_of_a_sentence_is_no_grade(tmp_path: Path) -> None:
    text = "Hotel pay in Leeds\n\nA room attendant earns above the minimum, and a floor supervisor earns more.\n"
    got = moves(read(tmp_path, text))
    assert ("room-attendant", "floor-supervisor") not in got


def test_experience_as_one_post_or_being_another_on_a_posts_page(tmp_path: Path) -> None:
    text = (
        "Sous Chef\n\n"
        "Sous chefs run the kitchen when the head chef is away.\n\n"
        "- To reach this post, candidates must have experience working as a sous chef or be an"
        " established line cook.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("line-cook", "sous-chef") in got


def test_being_a_post_without_or_after_experience_is_no_move(tmp_path: Path) -> None:
    text = (
        "Sous Chef\n\n"
        "Sous chefs run the kitchen when the head chef is away.\n\n"
        "- Candidates with experience will be a good fit; the head chef will be a mentor.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("head-chef", "sous-chef") not in got


def test_a_chinese_leap_from_one_post_to_another(tmp_path: Path) -> None:
    text = "仓库岗位介绍\n\n仓库主管负责整个仓库的排班。勤奋的人可在2年内完成从理货员到仓库主管的跨越。\n"
    got = moves(read(tmp_path, text))
    assert ("理货员", "仓库主管") in got
    assert (got[("理货员", "仓库主管")].get("years_min"), got[("理货员", "仓库主管")].get("years_max")) == (0, 2)


def test_a_chinese_from_to_without_a_word_of_moving_is_no_move(tmp_path: Path) -> None:
    text = "仓库岗位介绍\n\n从理货员到仓库主管都要参加安全培训。\n"
    assert ("理货员", "仓库主管") not in moves(read(tmp_path, text))
