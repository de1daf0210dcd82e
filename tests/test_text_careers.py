"""Pages of the kinds users bring that an earlier reading missed: pay whose currency sign was lost in a conversion,
ladders told by headings, forum answers about tiers, and career paths told as a story of "most people".

The wording here is our own (hospitals, kitchens, hotels, banks, libraries), unlike the development sets.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, pay, read, roles

from careergraph.graph.schema import Label
from careergraph.loaders.text import load_documents


def test_a_question_mark_glued_to_a_figure_is_a_lost_currency_sign(tmp_path: Path) -> None:
    text = (
        "Staff nurse pay in India\n\n"
        "A staff nurse in a private hospital takes home about ?3,20,000 a year. "
        "Ward managers are paid ?4,80,000 - ?6,00,000 per year."
    )
    g = read(tmp_path, text)
    assert pay(g, "staff-nurse") == [(320000.0, 320000.0, "INR", "year")]
    assert pay(g, "ward-manager") == [(480000.0, 600000.0, "INR", "year")]
    off = read(tmp_path, text, frozenset({"salaries.lost-sign"}))
    assert not pay(off, "staff-nurse")


def test_a_figure_without_a_sign_takes_the_currency_of_the_country_named(tmp_path: Path) -> None:
    text = (
        "Kitchen salaries in the Philippines (monthly)\n\n"
        "Line Cook: 16,000 - 22,000\n"
        "Sous Chef salary: \ufffd35,000 to \ufffd48,000 a month\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "sous-chef") == [(35000.0, 48000.0, "PHP", "month")]
    # digits grouped the Indian way are rupees even where no country is named
    g = read(tmp_path, "Head cashier\n\nThe head cashier's salary is 4,50,000 per year.")
    assert pay(g, "head-cashier") == [(450000.0, 450000.0, "INR", "year")]
    # and a number in a page naming no country and no currency is no figure of pay
    g = read(tmp_path, "Head cashier\n\nThe head cashier's salary band is 450,000 points on our scale.")
    assert not pay(g, "head-cashier")


def test_rupiah_and_signs_read_with_the_wrong_encoding(tmp_path: Path) -> None:
    g = read(tmp_path, "Bank teller (Surabaya)\nSalary: Rp 4.500.000 - Rp 6.000.000 per month\n")
    assert pay(g, "bank-teller") == [(4500000.0, 6000000.0, "IDR", "month")]
    g = read(tmp_path, "Library assistant pay\n\nA library assistant earns â‚¹2,40,000 a year.")
    assert pay(g, "library-assistant") == [(240000.0, 240000.0, "INR", "year")]


KITCHEN_PATH = (
    "Kitchen career path\n\n"
    "Most head chefs begin as a kitchen porter or commis chef, washing pans and prepping vegetables. "
    "After three or four years, many step up to line cook or pastry cook, and from there to sous chef. "
    "Experienced chefs can go on to become head chef or an executive chef."
)


def test_a_path_told_of_most_people_goes_on_from_where_they_began(tmp_path: Path) -> None:
    got = moves(read(tmp_path, KITCHEN_PATH))
    for start in ("kitchen-porter", "commis-chef"):
        for middle in ("line-cook", "pastry-cook"):
            assert got[start, middle]["years_min"] == 3 and got[start, middle]["years_max"] == 4
    # "... and from there to sous chef": from both posts the verb reached
    assert ("line-cook", "sous-chef") in got and ("pastry-cook", "sous-chef") in got
    assert ("sous-chef", "executive-chef") in got  # "experienced chefs": the chef the career reached
    assert ("head-chef", "line-cook") not in got  # the holders started lower: the career is not at head chef
    off = moves(read(tmp_path, KITCHEN_PATH, frozenset({"transitions.origins"})))
    assert ("kitchen-porter", "line-cook") not in off


def test_a_title_head_alone_as_subject_is_the_post_the_career_reached(tmp_path: Path) -> None:
    text = (
        "Housekeeping career path\n\n"
        "Room attendants can be promoted to floor supervisor. "
        "Experienced supervisors can go on to become executive housekeeper or rooms division manager."
    )
    got = moves(read(tmp_path, text))
    assert ("floor-supervisor", "executive-housekeeper") in got
    assert ("floor-supervisor", "rooms-division-manager") in got
    # on a page about one post, with no career told before, the head stands for the page's role
    text = (
        "Front office manager\n\n"
        "The front office manager runs the reception team and the night audit. "
        "Experienced managers can go on to become rooms division manager or general manager."
    )
    assert ("front-office-manager", "rooms-division-manager") in moves(read(tmp_path, text))
    off = moves(read(tmp_path, text, frozenset({"transitions.head-subject"})))
    assert ("front-office-manager", "rooms-division-manager") not in off


BANK_LADDER = (
    "Branch Banking Career Ladder\n\n"
    "Every branch grows its own people. These are the rungs most of our staff climb.\n\n"
    "Service Officer I\n"
    "Serves walk-in customers at the counter and balances the cash drawer.\n\n"
    "Service Officer II\n"
    "Handles business deposits and trains new tellers.\n\n"
    "Senior Personal Banker\n"
    "Opens accounts, arranges loans and looks after a book of clients.\n\n"
    "Branch Operations Manager\n"
    "Runs the branch day to day and signs off audits.\n"
)


def test_headings_that_are_titles_on_a_ladder_page_are_its_rungs(tmp_path: Path) -> None:
    got = moves(read(tmp_path, BANK_LADDER))
    assert set(got) >= {
        ("service-officer-i", "service-officer-ii"),
        ("service-officer-ii", "senior-personal-banker"),
        ("senior-personal-banker", "branch-operations-manager"),
    }
    assert not moves(read(tmp_path, BANK_LADDER, frozenset({"structure.heading-ladder", "structure.numbered-ranks"})))
    # a page about several posts that is no ladder, or one stating its own moves, reads no rungs from its headings
    profiles = BANK_LADDER.replace("Branch Banking Career Ladder", "Branch Banking Jobs")
    assert ("service-officer-ii", "senior-personal-banker") not in moves(read(tmp_path, profiles))
    stated = BANK_LADDER.replace(  # (the page states the move itself)
        "Every branch grows", "A senior personal banker can become a branch operations manager.")
    assert ("service-officer-ii", "senior-personal-banker") not in moves(read(tmp_path, stated))


def test_ranges_with_the_code_twice_small_signed_monthly_pay_and_crores(tmp_path: Path) -> None:
    text = (
        "Hotel jobs in Manila\n\n"
        "A front desk agent typically starts at PHP 17,000 to PHP 21,000 per month ($300-$370) per month.\n\n"
        "Hospital pay in India\n\n"
        "Chief medical officers are paid Rs.60 lakh to Rs.1.2 crore annually."
    )
    g = read(tmp_path, text)
    assert (17000.0, 21000.0, "PHP", "month") in pay(g, "front-desk-agent")
    assert (300.0, 370.0, "USD", "month") in pay(g, "front-desk-agent")
    assert pay(g, "chief-medical-officer") == [(6_000_000.0, 12_000_000.0, "INR", "year")]


def test_differences_and_numbers_in_addresses_are_no_pay(tmp_path: Path) -> None:
    text = (
        "source: https://example.org/jobs/pharmacy-technician-4500-detail\n"
        "Pharmacy technician\n\n"
        "A pharmacy technician in India earns a salary of 3,00,000 a year, about Rs 40,000 less than a dispenser."
    )
    assert pay(read(tmp_path, text), "pharmacy-technician") == [(300000.0, 300000.0, "INR", "year")]


SOMMELIER_PAY = (
    "Thinking about a sommelier for your restaurant? Here is what a sommelier costs in the UK.\n"
    "We compared three surveys of sommelier salaries.\n"
    "A sommelier also needs a generous tasting budget, and the sommelier often leads the tastings.\n"
    "Pay differs a lot between cities. Surveys also disagree on bonuses.\n"
    "The average salary is £34K per year, ranging from £26K to £45K.\n"
)


def test_figures_naming_no_role_are_the_pay_of_the_role_the_page_is_about(tmp_path: Path) -> None:
    g = read(tmp_path, SOMMELIER_PAY)
    assert (26000.0, 45000.0, "GBP", "year") in pay(g, "sommelier")
    assert not pay(read(tmp_path, SOMMELIER_PAY, frozenset({"salaries.page-topic"})), "sommelier")
    # on a page naming several posts as often, such a figure is no one's
    mixed = SOMMELIER_PAY + "".join(f"A head waiter {duty}.\n" for duty in ("seats guests", "runs the floor",
                                                                          "checks bills", "trains staff", "opens up"))
    assert (26000.0, 45000.0, "GBP", "year") not in pay(read(tmp_path, mixed), "sommelier")


def test_a_numbered_title_alone_heads_the_lines_under_it(tmp_path: Path) -> None:
    text = (
        "Top jobs in a hospital kitchen\n\n"
        "1. Head Chef\n\n"
        "A Head Chef plans menus and runs the kitchen brigade. This senior post pays well.\n\n"
        "The average salary of this kitchen role ranges between $52,000 and $70,000 per year.\n\n"
        "2. Kitchen Porter\n\n"
        "A Kitchen Porter keeps the kitchen clean and supports the cooks in every service.\n\n"
        "The average salary of this kitchen role is about $28,000 per year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "kitchen-porter") == [(28000.0, 28000.0, "USD", "year")]
    assert pay(g, "head-chef") == [(52000.0, 70000.0, "USD", "year")]
    off = read(tmp_path, text, frozenset({"structure.numbered-titles"}))
    assert (28000.0, 28000.0, "USD", "year") not in pay(off, "kitchen-porter")


def test_headings_with_rising_level_codes_are_a_ladder(tmp_path: Path) -> None:
    text = (
        "Trainee Pharmacy Assistant (L1)\n"
        "- Counts and labels stock under supervision.\n"
        "- Learns the dispensing software.\n"
        "Pharmacy Assistant (L2)\n"
        "- Serves customers at the counter without help.\n"
        "Lead Pharmacy Assistant (L3)\n"
        "- Plans the rota and checks controlled drugs.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("trainee-pharmacy-assistant", "pharmacy-assistant") in got
    assert ("pharmacy-assistant", "lead-pharmacy-assistant") in got
    # codes that fall tell no ladder in this order
    falling = text.replace("(L1)", "(L3)").replace("Lead Pharmacy Assistant (L3)", "Lead Pharmacy Assistant (L1)")
    assert ("trainee-pharmacy-assistant", "pharmacy-assistant") not in moves(read(tmp_path, falling))


def test_they_after_a_sentence_opened_by_a_role_stands_for_it(tmp_path: Path) -> None:
    text = (
        "The night shift supervisor runs the depot after dark, working with a duty manager. "
        "They typically are former forklift drivers who know the yard well."
    )
    got = moves(read(tmp_path, text))
    assert ("forklift-driver", "night-shift-supervisor") in got
    assert ("forklift-driver", "duty-manager") not in got


def test_a_first_line_asking_about_a_role_makes_it_the_pages_subject(tmp_path: Path) -> None:
    text = (
        "What does a practice manager do?\n"
        "A practice manager runs the business side of a clinic. In bigger groups the focus is on budgets. "
        "This role often evolves into regional operations manager positions.\n"
    )
    assert ("practice-manager", "regional-operations-manager") in moves(read(tmp_path, text))


def test_a_rank_and_its_number_name_a_post_where_a_move_is_told(tmp_path: Path) -> None:
    text = (
        "Moving up the nursing bands\n\n"
        "Moving from a Band 5 position to a Band 6 position takes a postgraduate module. "
        "Staff on Band 6 can apply for Band 7 after two years."
    )
    g = read(tmp_path, text)
    assert ("band-5", "band-6") in moves(g)
    assert not {"band-5", "band-6"} & roles(read(tmp_path, text, frozenset({"mentions.rank-posts"})))
    # a rank word with a number where no move is told names no post
    assert "grade-2" not in roles(read(tmp_path, "Grade 2 steel is used for the racks."))


def test_a_forum_answer_with_level_codes_and_an_abbreviation_spelled_out(tmp_path: Path) -> None:
    text = (
        "Re: how do promotions work at the depot?\n\n"
        "You come in as a T1 loader. After about a year I became an SL (shift lead), still paid by the hour. "
        "Two years later I was promoted to depot manager. Most SLs I know never left."
    )
    g = read(tmp_path, text)
    got = moves(g)
    assert got["loader", "shift-lead"]["years_min"] == 1  # (the level code labels the post: no part of its name)
    assert got["shift-lead", "depot-manager"]["years_min"] == 2
    assert "sl" not in roles(g)  # the abbreviation the answer spelled out is a name of the shift lead
    assert ("depot-manager", "shift-lead") not in got  # (a move told first is not read back from the last post)


def test_holders_drawn_from_posts_such_as_and_the_page_role_after_them(tmp_path: Path) -> None:
    text = (
        "Head Housekeeper Job Description\n\n"
        "Career path\n"
        "Head housekeepers usually come from roles such as floor supervisor or linen room supervisor. "
        "With experience, they can progress to executive housekeeper."
    )
    got = moves(read(tmp_path, text))
    assert {("floor-supervisor", "head-housekeeper"), ("linen-room-supervisor", "head-housekeeper")} <= set(got)
    assert ("head-housekeeper", "executive-housekeeper") in got
    assert ("floor-supervisor", "executive-housekeeper") not in got  # "they": the holders, not where they came from


def test_a_story_with_coordinated_verbs_and_tenures_told_around_the_post(tmp_path: Path) -> None:
    text = (
        "How I got here\n\n"
        "For five years I was a sous chef at a seaside hotel. "
        "Then I switched to catering and became an events manager. "
        "Today I am a general manager for a restaurant group."
    )
    got = moves(read(tmp_path, text))
    assert got["sous-chef", "events-manager"]["years_min"] == 5
    assert ("events-manager", "general-manager") in got
    assert ("sous-chef", "general-manager") not in got
    text = "I was a sous chef at a seaside hotel for five years. Last spring I joined a bistro as a head chef."
    assert moves(read(tmp_path, text))["sous-chef", "head-chef"]["years_max"] == 5


def test_a_chain_after_a_verb_written_with_to_and_numbered_rungs_in_arrows(tmp_path: Path) -> None:
    text = "A new graduate starts as a porter and can move up to become a supervisor to duty manager to hotel manager."
    got = moves(read(tmp_path, text))
    assert {("porter", "supervisor"), ("supervisor", "duty-manager"), ("duty-manager", "hotel-manager")} <= set(got)
    assert ("porter", "hotel-manager") not in got
    got = moves(read(tmp_path, "Nurses level up from RN 1 --> RN 2 --> Charge Nurse."))
    assert {("rn-1", "rn-2"), ("rn-2", "charge-nurse")} <= set(got)
    got = moves(read(tmp_path, "Our ladder: Baker 1 → Baker 2 → Head Baker."))
    assert {("baker-1", "baker-2"), ("baker-2", "head-baker")} <= set(got)


def test_rung_lines_with_a_level_code_and_an_abbreviated_title(tmp_path: Path) -> None:
    text = (
        "Our levels\n\n"
        "- Associate (T1): 0-1 years of experience (often a new graduate). Handles small clients.\n"
        "- RM: (T2): 2-4 years of experience. Handles a blend of clients.\n"
        "- Senior RM (T3): 4-6 years of experience. Mentors the others.\n"
    )
    got = moves(read(tmp_path, text))
    assert got["associate", "rm"]["years_max"] == 1
    assert got["rm", "senior-rm"]["years_min"] == 2


def test_a_tier_of_posts_is_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, "Branch managers are also promoted to senior leadership positions in the bank.")
    assert not {r for r in roles(g) if "leadership" in r}


def test_a_from_to_headline_names_a_move(tmp_path: Path) -> None:
    got = moves(read(tmp_path, "From Dishwasher to Manager\n\nMy first job lasted two weeks.\n"))
    assert ("dishwasher", "manager") in got
    assert not moves(read(tmp_path, "From the start to the finish\n\nMy first job lasted two weeks.\n"))
    text = "From Dishwasher to Manager\n\nMy first job lasted two weeks.\n"
    assert not moves(read(tmp_path, text, frozenset({"transitions.headline"})))


def test_a_post_held_now_comes_after_one_trained_for_first(tmp_path: Path) -> None:
    text = (
        "I spent four years studying to become a civil engineer and even worked at a big firm for a while. "
        "It was not for me.\n\n"
        "Now, I work for an agency as the content team lead, managing writers for our clients."
    )
    got = moves(read(tmp_path, text))
    assert ("civil-engineer", "content-team-lead") in got
    assert ("content-team-lead", "civil-engineer") not in got


def test_level_codes_label_posts_without_naming_them(tmp_path: Path) -> None:
    text = (
        "I worked at the chain for six years. I started as a L4 “Store Clerk” (aka Sales Associate) in Grocery, "
        "and ended as an L6 Sr. Buying Manager in the head office."
    )
    g = read(tmp_path, text)
    assert ("store-clerk", "senior-buying-manager") in moves(g)
    assert "aka-sales-associate" not in roles(g)


def test_a_hierarchy_listed_from_the_top_down(tmp_path: Path) -> None:
    text = (
        "Careers in a hotel\n\n"
        "The usual hierarchy is as follows:\n"
        "- General manager\n"
        "- Manager – Rooms\n"
        "- Dy.Manager – Rooms\n"
        "- Supervisors\n"
        "- Receptionists\n"
        "\n"
        "Some hotels add more steps.\n"
    )
    got = moves(read(tmp_path, text))
    assert {
        ("receptionist", "supervisor"),
        ("supervisor", "dy-manager-rooms"),
        ("dy-manager-rooms", "manager-rooms"),
        ("manager-rooms", "general-manager"),
    } <= set(got)
    assert ("general-manager", "manager-rooms") not in got
    # listed from the bottom up, the same list reads the same ladder
    rising = text.replace(
        "- General manager\n- Manager – Rooms\n- Dy.Manager – Rooms\n- Supervisors\n- Receptionists\n",
        "- Receptionists\n- Supervisors\n- Dy.Manager – Rooms\n- Manager – Rooms\n- General manager\n",
    )
    assert ("receptionist", "supervisor") in moves(read(tmp_path, rising))


def test_a_role_keeps_its_moves_when_another_document_read_its_name_as_a_skill(tmp_path: Path) -> None:
    first = tmp_path / "a_first_week.txt"
    first.write_text(
        "Junior copywriter\n\nThe junior copywriter must be able to write headlines. In the first week of office, "
        "I understood only 20% of what my manager, originally from Leeds, asked me.\n",
        encoding="utf-8",
    )
    second = tmp_path / "b_story.txt"
    second.write_text("From Dishwasher to Manager\n\nMy first job lasted two weeks.\n", encoding="utf-8")
    for order in ([first, second], [second, first]):
        g = load_documents(order, kb=False).graph
        assert g.nodes["manager"]["label"] == Label.ROLE.value
        assert ("dishwasher", "manager") in moves(g)


def test_headings_giving_one_title_at_words_of_rank(tmp_path: Path) -> None:
    text = (
        "Types of Pastry Chef Jobs\n\n"
        "Senior Pastry Chef\n"
        "Runs the pastry section and writes the dessert menu with the head chef.\n\n"
        "Junior Pastry Chef\n"
        "Prepares doughs and creams under supervision.\n\n"
        "Pastry Chef\n"
        "Makes the desserts for every service.\n\n"
        "Chocolatier\n"
        "Makes the chocolates sold in the shop.\n"
    )
    got = moves(read(tmp_path, text))
    assert {("junior-pastry-chef", "pastry-chef"), ("pastry-chef", "senior-pastry-chef")} <= set(got)
    assert not any("chocolatier" in pair for pair in got)
    assert not moves(read(tmp_path, text, frozenset({"structure.rank-words"})))


def test_a_contract_as_a_first_post_and_a_post_already_reached(tmp_path: Path) -> None:
    text = (
        "My story\n\n"
        "That same afternoon I was sent the contract as Junior Sous Chef. The first months were hard.\n\n"
        "By the next winter I was already a Senior Sous Chef."
    )
    assert ("junior-sous-chef", "senior-sous-chef") in moves(read(tmp_path, text))


def test_an_abbreviation_in_the_plural_and_the_next_jump(tmp_path: Path) -> None:
    text = (
        "Re: how do ranks work on the ward?\n\n"
        "After a year you can apply to be a Senior Care Assistant (SCA). "
        "From SCA the next jump is Ward Manager, but few make it. Some SCAs move sideways into Practice Educator."
    )
    got = moves(read(tmp_path, text))
    assert ("senior-care-assistant", "ward-manager") in got
    assert ("senior-care-assistant", "practice-educator") in got
    assert "sca" not in roles(read(tmp_path, text))
