"""Moves that pages we wrote ourselves (banks, hotels, pharmacies, warehouses, kitchens, hospitals, and two Chinese
pages on warehouses and design) state and an earlier reading missed or got wrong: unbulleted rungs under a
progression heading, a story's posts told with "was moved to" and "after a spell as", a sequence of posts told
with "then" and the time each is held, "before applying for", "are offered a B post", and Chinese "晋升B",
"再往上是B", "B都是从A干起来的".
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import extract, moves, read, roles


def test_unbulleted_rungs_under_a_progression_heading_are_a_ladder(tmp_path: Path) -> None:
    # the first rung is the page's own role: the list is its ladder, not the role's next steps
    text = (
        "Claims Handler: Career Path\n\n"
        "Typical progression\n"
        "Claims Handler (0-3 years)\n"
        "Senior Claims Handler (3-5 years)\n"
        "Claims Team Leader\n"
        "Claims Manager\n\n"
        "Handlers who like numbers sometimes move into underwriting instead.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("claims-handler", "senior-claims-handler"),
        ("senior-claims-handler", "claims-team-leader"),
        ("claims-team-leader", "claims-manager"),
    } <= set(found)
    assert ("claims-handler", "claims-manager") not in found
    assert (found["claims-handler", "senior-claims-handler"]["years_min"],
            found["claims-handler", "senior-claims-handler"]["years_max"]) == (0, 3)


def test_a_story_told_with_was_moved_to_and_after_a_spell_as(tmp_path: Path) -> None:
    text = (
        "I started at a seaside hotel in 2010 working nights. A year later I was moved to reservations supervisor,"
        " and in 2014 I took over as reservations manager. After a spell as revenue manager I was appointed"
        " hotel manager in 2019.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {
        ("reservations-supervisor", "reservations-manager"),
        ("reservations-manager", "revenue-manager"),
        ("revenue-manager", "hotel-manager"),
    } <= found


def test_a_bare_head_is_the_pages_role_not_its_senior_rank(tmp_path: Path) -> None:
    text = (
        "Dental Nurse\n\n"
        "Most nurses begin as a dental receptionist. After qualifying, a nurse can become a senior dental nurse."
        " Some nurses retrain as hygienists.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert ("dental-receptionist", "dental-nurse") in found
    assert ("dental-nurse", "hygienist") in found
    assert ("senior-dental-nurse", "hygienist") not in found


def test_a_joined_as_origin_with_a_time_ago(tmp_path: Path) -> None:
    text = (
        "Our depot manager joined as a van driver eight years ago.\n\n"
        "Most of our supervisors started as loaders, and our current transport planner started as a driver's mate.\n"
    )
    g = read(tmp_path, text)
    found = moves(g)
    assert ("van-driver", "depot-manager") in found
    assert found["van-driver", "depot-manager"].get("years_min") is None  # eight years ago is when, not how long
    assert ("loader", "supervisor") in found
    assert ("transport-planner", "supervisor") not in found  # the subject of a clause of its own
    assert "current-transport-planner" not in roles(g)


def test_posts_told_in_turn_with_then_and_their_times(tmp_path: Path) -> None:
    text = (
        "How long to reach pit boss? Roughly: croupier for two years, then senior croupier for 2-4 years, then"
        " inspector for another three years or so before pit boss.\n\n"
        "Expect a year as a kitchen porter, then two as a prep cook, then sous chef.\n"
    )
    found = moves(read(tmp_path, text))
    expected = {
        ("croupier", "senior-croupier"): (2, 2),
        ("senior-croupier", "inspector"): (2, 4),
        ("inspector", "pit-boss"): (3, 3),
        ("kitchen-porter", "prep-cook"): (1, 1),
    }
    for move, years in expected.items():
        assert move in found, move
        assert (found[move]["years_min"], found[move]["years_max"]) == years, move
    assert ("prep-cook", "sous-chef") in found


def test_a_then_sequence_needs_three_posts_or_a_time(tmp_path: Path) -> None:
    text = "Ward clerks, then ward managers, sign the rota each week.\n"
    assert not moves(read(tmp_path, text))


def test_before_applying_for_and_being_offered_a_post(tmp_path: Path) -> None:
    text = (
        "A staff nurse usually works for at least four years before applying for charge nurse.\n\n"
        "Packers who show initiative are often offered a line leader post within a year.\n\n"
        "We offer a supervisor training course to every packer.\n"
    )
    found = moves(read(tmp_path, text))
    assert (found["staff-nurse", "charge-nurse"]["years_min"], found["staff-nurse", "charge-nurse"]["years_max"]) == (
        4,
        4,
    )
    assert ("packer", "line-leader") in found
    assert ("packer", "supervisor") not in found


def test_chinese_moves_without_a_particle_and_origins(tmp_path: Path) -> None:
    text = (
        "门店岗位的晋升\n\n"
        "收银员干满一年后，可以晋升领班；领班经过两年左右的历练，可以晋升门店副店长，副店长再往上就是店长。\n"
        "不少区域经理都是从理货员干起来的。\n"
    )
    found = moves(read(tmp_path, text))
    years = {(a, b): (data.get("years_min"), data.get("years_max")) for (a, b), data in found.items()}
    assert any("收银员" in a and "领班" in b for a, b in found), found
    assert any("领班" in a and "副店长" in b and span == (2, 2) for (a, b), span in years.items()), years
    assert any("副店长" in a and b.endswith("店长") and "副" not in b for a, b in found), found
    assert any("理货员" in a and "区域经理" in b for a, b in found), found


def test_an_arrow_chain_opened_by_a_one_word_title_and_each_steps_exception(tmp_path: Path) -> None:
    text = (
        "In our legal team it goes Paralegal > Senior Paralegal > Associate > Senior Associate. Each move is about"
        " three years, apart from associate to senior associate, which took me 6.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("paralegal", "senior-paralegal") in found
    spans = {move: (data.get("years_min"), data.get("years_max")) for move, data in found.items()}
    assert spans["paralegal", "senior-paralegal"] == (3, 3)
    assert spans["senior-paralegal", "associate"] == (3, 3)
    assert spans["associate", "senior-associate"] == (6, 6)


def test_a_second_verb_of_the_same_subject_keeps_its_own_years(tmp_path: Path) -> None:
    text = (
        "Ana Silva joined as a clerk. She was promoted to underwriter in 2012 and became head underwriter four"
        " years later.\n"
    )
    found = moves(read(tmp_path, text))
    assert found["clerk", "underwriter"].get("years_min") is None
    head = found["underwriter", "head-underwriter"]
    assert (head["years_min"], head["years_max"]) == (4, 4)


def test_a_one_word_page_title_and_where_its_holders_start(tmp_path: Path) -> None:
    text = (
        "Physiotherapist\n\n"
        "Career path\n"
        "New graduates usually start as a rehabilitation assistant or a sports therapist. With experience,"
        " physiotherapists can become a senior physiotherapist, or specialise as an orthopaedic practitioner.\n"
    )
    g = read(tmp_path, text)
    found = set(moves(g))
    assert "physiotherapist" in roles(g)
    assert {
        ("rehabilitation-assistant", "physiotherapist"),
        ("sports-therapist", "physiotherapist"),
        ("physiotherapist", "senior-physiotherapist"),
    } <= found
    assert any(b == "orthopaedic-practitioner" for _, b in found)


def test_a_bare_head_in_a_move_is_the_title_named_before_with_it(tmp_path: Path) -> None:
    text = (
        "The usual route is: guest relations officer - guest relations supervisor - front office manager.\n"
        "It normally takes two years to be promoted from officer to guest relations supervisor.\n"
    )
    found = moves(read(tmp_path, text))
    move = ("guest-relations-officer", "guest-relations-supervisor")
    assert (found[move].get("years_min"), found[move].get("years_max")) == (2, 2)
    assert not {a for a, _ in found} & {"officer"}


def test_chinese_years_told_before_the_source_and_a_post_named_after_a_chain(tmp_path: Path) -> None:
    text = (
        "酒店前厅的发展\n\n"
        "前厅的成长路线一般为：接待员→前台领班→前厅主管。\n"
        "通常需要三到四年，才能从前台领班升到前厅主管。\n"
        "当了两年前厅经理之后，她跳槽到另一家酒店当了驻店经理。\n"
    )
    found = moves(read(tmp_path, text))
    years = {(a, b): (data.get("years_min"), data.get("years_max")) for (a, b), data in found.items()}
    assert years.get(("前台领班", "前厅主管")) == (3, 4), years
    assert years.get(("前厅经理", "驻店经理")) == (2, 2), years
    assert ("前厅主管", "驻店经理") not in found  # the chain above ended before the post named here


def test_a_chinese_list_divided_by_rank_is_a_ladder_and_one_of_kinds_is_not(tmp_path: Path) -> None:
    text = (
        "客服岗位的层级\n\n"
        "客服岗位依次分为：初级客服、中级客服、高级客服、客服主管、客服经理。\n"
        "仓储工作分为：拣货专员、库存专员、打包专员。\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {("初级客服", "中级客服"), ("高级客服", "客服主管"), ("客服主管", "客服经理")} <= found
    assert not {(a, b) for a, b in found if "拣货" in a or "库存" in a}


def test_years_per_step_an_alias_in_brackets_and_a_later_step_after_a_time(tmp_path: Path) -> None:
    text = (
        "Housekeeping path: Room Attendant → Floor Supervisor → Housekeeping Manager (usually about two years per"
        " step).\n\n"
        "Night porters can be promoted to Grade 2 (Hall Porter) after a year, and from there to head porter.\n\n"
        "Most stewards become a kitchen assistant after a couple of years, and later a commis chef.\n"
    )
    found = moves(read(tmp_path, text))
    spans = {move: (data.get("years_min"), data.get("years_max")) for move, data in found.items()}
    assert spans[("room-attendant", "floor-supervisor")] == (2, 2)
    assert spans[("floor-supervisor", "housekeeping-manager")] == (2, 2)
    assert any(b == "head-porter" and a != "night-porter" for a, b in found), found
    assert ("kitchen-assistant", "commis-chef") in found


def test_posts_people_used_to_hold_before_the_one_they_now_hold(tmp_path: Path) -> None:
    text = (
        "Half of the drivers I started with who used to be bus drivers or taxi drivers, some even shop managers,"
        " are now working as delivery drivers for the big parcel firms.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {("shop-manager", "delivery-driver")} <= found
    assert len({a for a, b in found if b == "delivery-driver"}) >= 2


def test_a_dash_chain_of_posts_named_by_their_service(tmp_path: Path) -> None:
    text = (
        "Growth path: in-store customer service - telephone customer service - customer service team leader -"
        " customer service manager.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {
        ("in-store-customer-service", "telephone-customer-service"),
        ("telephone-customer-service", "customer-service-team-leader"),
        ("customer-service-team-leader", "customer-service-manager"),
    } <= found


def test_a_move_from_a_list_of_posts(tmp_path: Path) -> None:
    text = (
        "Hospital staff may advance from ward clerk, porter, or healthcare assistant to ward manager.\n\n"
        "In a bank, a new hire may advance from teller or cashier to a desk in one of the branch's teams. In time,"
        " he or she may become an assistant branch manager.\n\n"
        "Sometimes becoming a bank manager takes many years. Most tellers become senior tellers first.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {("ward-clerk", "ward-manager"), ("porter", "ward-manager")} <= found
    assert ("healthcare-assistant", "ward-manager") in found
    assert {("teller", "assistant-branch-manager"), ("cashier", "assistant-branch-manager")} <= found
    assert ("bank-manager", "senior-teller") not in found  # becoming a bank manager is the sentence's topic


def test_a_hard_wrapped_story_with_titles_split_over_lines(tmp_path: Path) -> None:
    text = (
        "I started out in a hotel kitchen, washing pans on weekends while I was at\n"
        "college. When the college closed its catering course, I made the kitchen my\n"
        "full-time job, eventually earning a promotion to Catering Kitchen\n"
        "Supervisor. My first day in the job was a wedding for three hundred guests.\n"
        "I became an\n"
        "Executive Sous Chef three years later and cooking was my career.\n"
    )
    g = read(tmp_path, text)
    assert "catering-kitchen-supervisor" in roles(g)
    move = moves(g).get(("catering-kitchen-supervisor", "executive-sous-chef"))
    assert move is not None and (move["years_min"], move["years_max"]) == (3, 3)


def test_a_new_role_told_after_a_post_held_for_months(tmp_path: Path) -> None:
    text = (
        "For over eight months, I worked as the Deputy Head of Pharmacy, checking orders every morning.\n\n"
        "In May the Pharmacy Manager retired. The board met and agreed to confirm my new role as the Pharmacy"
        " Manager.\n\n"
        "She is the Chief Pharmacist of the trust.\n"
    )
    g = read(tmp_path, text)
    assert "deputy-head-of-pharmacy" in roles(g)
    found = moves(g)
    move = found.get(("deputy-head-of-pharmacy", "pharmacy-manager"))
    assert move is not None and (move["years_min"], move["years_max"]) == (0.67, 0.67)
    assert not {a for a, _ in found} & {"chief-pharmacist"}  # another person's post leads to no move of the story


def test_applicants_with_experience_as_other_posts(tmp_path: Path) -> None:
    text = (
        "Veterinary Nurse\n\n"
        "Practices can also consider applicants with experience working with animals, such as kennel assistants or"
        " dog groomers. Most new nurses were promoted in the last two years.\n"
    )
    found = moves(read(tmp_path, text))
    assert {("kennel-assistant", "veterinary-nurse"), ("dog-groomer", "veterinary-nurse")} <= set(found)


def test_a_ladder_of_initials_with_senior_ranks(tmp_path: Path) -> None:
    text = (
        "Audit careers\n\n"
        "On paper the route is short (AA > SAA > AM > SAM > AD), but each step is a big change.\n\n"
        "Audit Associate: learn the testing.\n\n"
        "Audit Manager: run the fieldwork.\n\n"
        "Audit Director: own the client.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {
        ("audit-associate", "senior-audit-associate"),
        ("senior-audit-associate", "audit-manager"),
        ("audit-manager", "senior-audit-manager"),
        ("senior-audit-manager", "audit-director"),
    } <= found


def test_levels_counted_then_named_one_a_line_and_a_first_roman_grade(tmp_path: Path) -> None:
    text = (
        "Lab careers\n\n"
        "Our testing lab has four levels.\n"
        "Lab Assistant - prepares samples and cleans equipment.\n"
        "Lab Technician - runs the daily tests.\n"
        "Senior Lab Technician - validates new methods.\n"
        "Lab Manager - owns the lab's budget and staff.\n\n"
        "Coding Clerk I\nCodes routine records.\n\nCoding Clerk II\nCodes complex records.\n"
    )
    g = read(tmp_path, text)
    found = set(moves(g))
    assert {
        ("lab-assistant", "lab-technician"),
        ("lab-technician", "senior-lab-technician"),
        ("senior-lab-technician", "lab-manager"),
    } <= found
    assert "coding-clerk-i" in roles(g)
    assert ("coding-clerk-i", "coding-clerk-ii") in found


def test_this_opening_a_sentence_of_a_job_ad_is_the_post(tmp_path: Path) -> None:
    text = (
        "Job ad: Assistant Housekeeper\n\n"
        "About the role\nYou will support the Executive Housekeeper in a busy city hotel.\n\n"
        "Career progression\nThis is a stepping stone to Head Housekeeper within 12-18 months.\n"
    )
    move = moves(read(tmp_path, text)).get(("assistant-housekeeper", "head-housekeeper"))
    assert move is not None and move.get("years_max") == 1.5


def test_a_post_one_step_below_another(tmp_path: Path) -> None:
    text = (
        "Ward Careers\n\n"
        "Last spring I was promoted to ward clerk. This is one step below ward administrator.\n\n"
        "A porter is one level below the portering supervisor.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert {("ward-clerk", "ward-administrator"), ("porter", "portering-supervisor")} <= found


def test_a_page_in_traditional_characters(tmp_path: Path) -> None:
    text = (
        "倉庫主管的職責\n\n"
        "職責:\n"
        "1、負責倉庫人員管理工作\n"
        "2、負責庫存盤點\n\n"
        "倉庫組長經過兩年的鍛煉，可以晉升為倉庫主管。\n"
    )
    g = read(tmp_path, text)
    assert "倉庫主管" in roles(g)
    assert ("倉庫組長", "倉庫主管") in moves(g)
    linked = {v for u, v, key in g.edges(keys=True) if key == "REQUIRES" and u == "倉庫主管"}
    assert linked, "the duties listed under the title are its requirements"


def test_a_word_for_a_post_opening_a_compound_names_no_post(tmp_path: Path) -> None:
    text = "Our figures come from the busy London job markets, where demand moved to quality control positions.\n"
    g = read(tmp_path, text)
    assert "busy-london" not in roles(g)
    assert "quality-control" in roles(g)


def test_a_tier_or_a_source_before_a_word_for_posts_names_no_post(tmp_path: Path) -> None:
    # "higher level jobs" are a tier of posts; "according to Outdoor Careers Jobs" names a source, not a move
    text = (
        "Park rangers who do well may be promoted to higher level jobs, and according to Outdoor Careers Jobs, "
        "many later move to visitor education roles.\n"
    )
    g = read(tmp_path, text)
    assert "visitor-education" in roles(g)
    assert not {"higher-level", "outdoor-career", "outdoor-careers"} & roles(g)


def test_a_table_of_titles_and_pay_alone_is_no_ladder(tmp_path: Path) -> None:
    pay_table = (
        "Bakery pay guide\n\n"
        "| Role | Hourly pay |\n|---|---|\n| Baker | $17 |\n| Head Baker | $21 |\n| Bakery Manager | $26 |\n"
    )
    assert not moves(extract(tmp_path, pay_table))
    ladder = pay_table.replace("Bakery pay guide", "Bakery career ladder and pay")
    assert {("baker", "head-baker"), ("head-baker", "bakery-manager")} <= set(moves(extract(tmp_path, ladder)))
