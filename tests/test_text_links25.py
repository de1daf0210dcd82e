"""Requirement links, stop 25: what a role does or needs, read from more page shapes (texts written here, in
other trades than the pages the rules were read from)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles

from careergraph.loaders.text_requirements import skill_names

# --- structure.duty-subject: a page opening with what its post does -----------------------------------

_LOCKSMITH = (
    "Locksmiths repair locks on doors and safes, and cut spare keys for customers.\n\n"
    "Tasks\n\n"
    "  • fitting new locks to doors and windows\n"
    "  • scheduling boiler services to follow up customer faults, order spare parts, and test the repaired boilers\n"
)


def test_a_page_opening_with_what_a_post_does_is_about_that_post(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _LOCKSMITH)).get("locksmith", set())
    assert "fitting new locks" in got and "boiler service scheduling" in got


def test_the_opening_duty_subject_can_be_switched_off(tmp_path: Path) -> None:
    # (structure.salient-subject too: the page's first line names the post and no other, which makes it the page's)
    off = frozenset({"structure.duty-subject", "structure.salient-subject"})
    got = needs(read(tmp_path, _LOCKSMITH, off)).get("locksmith", set())
    assert "new locks" not in got


def test_a_page_opening_with_a_post_and_a_noun_sets_no_subject(tmp_path: Path) -> None:
    text = "Locksmith training courses are listed below.\n\nTasks\n\n  • fitting new locks to doors\n"
    assert not needs(read(tmp_path, text))


# --- requirements.duty-names: a gerund's purpose goes on after its commas ------------------------------

_HEATING = (
    "Heating engineer\n\n"
    "Tasks\n\n"
    "  • scheduling boiler services to follow up customer faults, order spare parts, and test the repaired boilers\n"
    "  • visiting trade fairs, at home and abroad, to select and buy new boiler designs\n"
)


def test_the_verbs_after_a_gerunds_purpose_name_no_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HEATING))["heating-engineer"]
    assert "boiler service scheduling" in got
    assert not any("repaired boiler" in s for s in got)


def test_a_purpose_after_a_comma_is_still_read_as_before(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HEATING))["heating-engineer"]
    assert any("boiler design" in s for s in got)


# --- requirements.duty-names: the field of experience asked for -------------------------------------------


def test_experience_in_a_field_is_named_with_the_experience(tmp_path: Path) -> None:
    text = (
        "Carpenter\n\nRequirements\n\n"
        "  • At least two years of experience in joinery\n"
        "  • Experience with sash windows\n"
        "  • Experience in managing apprentices\n"
    )
    got = needs(read(tmp_path, text))["carpenter"]
    assert "joinery experience" in got and "joinery" not in got
    assert "sash windows" in got  # (experience with a thing names the thing)
    assert "apprentice management" in got  # (a duty keeps its own name)


# --- requirements.duty-examples: a duty whose object has examples after 'including' ---------------------

_GARDENS = (
    "Head gardener\n\n"
    "The head gardener looks after the estate.\n\n"
    "This role manages the grounds, including lawn care, hedge trimming and tree surgery.\n"
)


def test_a_duty_before_including_is_read_with_its_examples(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _GARDENS))["head-gardener"]
    assert "ground management" in got
    assert {"lawn care", "hedge trimming", "tree surgery"} <= got


def test_the_duty_before_including_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _GARDENS, frozenset({"requirements.duty-examples"})))["head-gardener"]
    assert "ground management" not in got and "lawn care" in got


# --- requirements.duty-names: 'help with' ----------------------------------------------------------------


def test_help_with_work_names_the_work(tmp_path: Path) -> None:
    text = (
        "Site managers\n\n"
        "Assistant site managers also monitor the scaffolds, and help with safety audits.\n"
        "Site managers help with the weekly toolbox talks.\n"
    )
    got = needs(read(tmp_path, text))
    assert {"scaffold monitoring", "safety audits"} <= got["assistant-site-manager"]
    assert not any("help" in s for s in got["assistant-site-manager"])
    assert "weekly toolbox talks" in got["site-manager"]


# --- requirements.opener-pronoun: 'they' later in a sentence that opened with a role --------------------

_RANGERS = (
    "Park rangers\n"
    "Park rangers look after the trails. Park rangers must be able to walk long distances in all weathers.\n"
    "- Head wardens often walk the trails alongside the volunteers of their team, but they are also responsible for"
    " planning work rotas and training volunteers. They may also be in charge of budgeting.\n"
)


def test_they_after_a_sentences_opening_role_is_that_role(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _RANGERS))
    assert {"work rota planning", "volunteer training", "budgeting"} <= got["head-warden"]
    assert not {"work rota planning", "budgeting"} & got["park-ranger"]


def test_the_opener_pronoun_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _RANGERS, frozenset({"requirements.opener-pronoun"})))
    assert "work rota planning" in got["park-ranger"]


# --- requirements.duty-names: gerunds in a row ------------------------------------------------------------


def test_each_gerund_with_an_object_after_a_gerund_duty_is_a_duty() -> None:
    got = [s.name for s in skill_names("handling returns, repairing grips, and ordering shuttlecocks")]
    assert got == ["Return handling", "Grip repair", "Ordering shuttlecocks"]
    assert [s.name for s in skill_names("doing paperwork")] == ["Paperwork"]
    assert [s.name for s in skill_names("repairing grips, during busy weeks")] == ["Grip repair"]


# --- zh.duties: a field and a word of activity among duties is the activity ------------------------------

_FLOWERS_ZH = "花店岗位\n\n店长:负责门店日常管理,包括活动策划、库存管理、内容编辑等。\n"


def test_a_field_and_a_word_of_activity_among_duties_is_a_duty(tmp_path: Path) -> None:
    g = read(tmp_path, _FLOWERS_ZH)
    assert {"活动策划", "库存管理", "内容编辑"} <= needs(g)["店长"]
    assert not {"活动策划", "内容编辑"} & roles(g)


def test_a_post_named_alone_in_an_item_is_still_no_duty(tmp_path: Path) -> None:
    g = read(tmp_path, "花店岗位\n\n店员:配合商品运营、客服。\n")
    assert "商品运营" not in needs(g).get("店员", set())


def test_work_with_each_department_is_a_duty_a_department_is_none(tmp_path: Path) -> None:
    g = read(tmp_path, "花店岗位\n\n店长:负责门店管理,协调各部门资源,对接采购部门。\n")
    got = needs(g)["店长"]
    assert "协调各部门资源" in got and not any(s.endswith("部门") for s in got)


# --- requirements.duty-names: the workplaces a duty is done in are no items ---------------------------------


def test_the_workplaces_after_in_name_no_duty(tmp_path: Path) -> None:
    text = (
        "Cooks\n\nTasks\n\n"
        "  • preparing hot meals for guests in hotels, restaurants, hospital kitchens and school canteens\n"
        "  • ordering fresh produce\n"
    )
    got = needs(read(tmp_path, text))["cook"]
    assert "hot meal preparation" in got and "ordering fresh produce" in got
    assert not {"hospital kitchens", "school canteens"} & got
