"""structure.salient-subject: the role a page names far more than any other is its subject when no line of its own
(a heading, a definition, a job ad's title) said so.

The wording, roles and trades here are our own (boarding kennels, a bakery, a boatyard); the tests of what is read fail
on the code before the rule (those of what is not - a ladder, a story - guard it).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

_RULE = "structure.salient-subject"

# a first line that names the post but is a sentence, not a heading; duty lines in the imperative under it
_KENNEL_AD = (
    "Kennel assistant wanted at Hillside Boarding Kennels, full time from March, apply by email to the office.\n\n"
    "Walk the dogs three times a day along the river path.\n"
    "Disinfect the kennel runs every morning.\n"
    "Prepare feeds to each owner's written instructions.\n"
    "Keep the arrivals register up to date.\n"
)


def test_the_role_a_first_line_names_is_the_subject_of_the_duty_lines_under_it(tmp_path: Path) -> None:
    g = read(tmp_path, _KENNEL_AD)
    got = {skill for role, skill in links(g) if role == "kennel-assistant"}
    assert len(got) >= 3, got
    assert any("feed" in skill for skill in got), got
    assert any("register" in skill for skill in got), got
    assert rules_of(g, "kennel-assistant") == {_RULE}


def test_switched_off_the_duty_lines_have_no_role(tmp_path: Path) -> None:
    assert not links(read(tmp_path, _KENNEL_AD, frozenset({_RULE})))


def test_a_role_named_far_more_than_any_other_is_the_subject(tmp_path: Path) -> None:
    text = (
        "Working on the yard\n\n"
        "A season at Kestrel Boatyard starts in February. Our boat painter works mostly under cover, and a good boat"
        " painter can finish a hull in a week. The foreman checks each job before launch. Each boat painter has a bay"
        " of their own.\n\n"
        "What the job involves\n"
        "- Sand and fill hulls before the first coat\n"
        "- Mask waterlines with tape\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "boat-painter"}
    assert any("waterline" in skill for skill in got), got
    # (the foreman's own duty, "checks each job", is his; the list under the heading is not)
    assert not any(role == "foreman" and ("waterline" in skill or "hull" in skill) for role, skill in links(g))
    assert not {role for role, _ in links(read(tmp_path, text, frozenset({_RULE})))} & {"boat-painter"}


def test_a_ladder_naming_four_roles_alike_gets_no_subject(tmp_path: Path) -> None:
    text = (
        "Bakery careers at Millstone\n\n"
        "Most people join as a trainee baker. A trainee baker learns the ovens in about a year.\n"
        "The next step is baker. A baker runs a shift's dough on their own.\n"
        "After that comes shift supervisor; a shift supervisor plans the night's bake.\n"
        "At the top is the bakery manager, and the bakery manager owns the budget.\n\n"
        "Weigh flour for the first mix.\n"
        "Clean the proving cabinets.\n"
    )
    g = read(tmp_path, text)
    rules = {e["rule"] for _, _, data in g.edges(data=True) for e in data["evidence"]}
    assert _RULE not in rules
    assert not any("flour" in skill or "cabinet" in skill for _, skill in links(g)), links(g)


def test_a_story_told_by_its_narrator_gets_no_subject(tmp_path: Path) -> None:
    text = (
        "How I learned the trade\n\n"
        "I was a kennel assistant for two years before anything else. Being a kennel assistant taught me patience,"
        " and I still tell every new kennel assistant the same thing.\n\n"
        "Walk the dogs before breakfast.\n"
        "Check the water bowls twice.\n"
    )
    g = read(tmp_path, text)
    assert not any(role == "kennel-assistant" for role, _ in links(g)), links(g)


# --- what a page's role now reaches: lines that announce a list, and a duty done again ----------------------------


def test_a_line_announcing_the_kinds_of_skill_under_a_heading_is_no_item_and_names_none(tmp_path: Path) -> None:
    text = (
        "# Boat Painter\n\n"
        "Key Skills for Yard Work\n"
        "To do well on the yard, applicants must bring a blend of practical and people skills:\n"
        "- Colour matching\n"
        "- Spray gun handling\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "boat-painter"}
    assert got == {"colour-matching", "spray-gun-handling"}, got


def test_doing_again_what_was_named_before_names_no_skill(tmp_path: Path) -> None:
    text = (
        "# Boat Painter\n\n"
        "Our boat painter preps hulls and masks waterlines.\n\n"
        "The pressure starts when they realise that in April, when the boats go back in, they must do all of this"
        " across all four of your Kestrel Marine yards.\n"
    )
    assert not any("yard" in skill for _, skill in links(read(tmp_path, text)))


# --- a page's other names for its post, and a first line asking how to reach one -----------------------------------

# the heading names the post in a word no title list knows; the line of other names lists titles that are known
_TREE_PAGE = (
    "Canopy worker, Te kaimahi rakau\n"
    "Also known as\n"
    "- arborist, tree surgeon, climbing arborist, utility arborist\n"
    "Canopy workers look after trees in parks, streets and gardens.\n\n"
    "Duties\n"
    "- prune branches away from power lines\n"
    "- fell damaged trees safely\n"
    "- grind out old stumps\n"
)


def test_the_titles_a_page_lists_as_other_names_for_its_post_count_as_one_role(tmp_path: Path) -> None:
    g = read(tmp_path, _TREE_PAGE)
    got = {skill for _, skill in links(g)}
    assert len(got) >= 2, got
    assert any("damaged-trees" in skill for skill in got), got
    # the role the list is read for is one of the other names, the first
    assert {role for role, _ in links(g)} == {"arborist"}, links(g)


def test_titles_named_once_each_with_no_line_of_other_names_give_no_subject(tmp_path: Path) -> None:
    text = _TREE_PAGE.replace("Also known as", "Working beside")
    assert not links(read(tmp_path, text)), links(read(tmp_path, text))


_HOW_TO_PAGE = (
    "How to move from veterinary nurse to practice manager?\n"
    "Moving from veterinary nurse to practice manager rewards years on the clinic floor and a steady hand with"
    " people. A head nurse or a clinical coordinator post often comes between the two.\n"
    "### Build the Skills You Need\n"
    "- **Rota planning**: Plan the cover for nights and weekends.\n"
    "- **Stock control**: Order drugs and consumables before they run short.\n"
    "- **Budgeting**: Read the clinic's monthly accounts.\n"
)


def test_a_first_line_asking_how_to_reach_a_post_makes_that_post_the_subject(tmp_path: Path) -> None:
    g = read(tmp_path, _HOW_TO_PAGE)
    got = {skill for role, skill in links(g) if role == "practice-manager"}
    assert any("stock" in skill for skill in got), links(g)
    assert any("budget" in skill for skill in got), links(g)
    assert not any(role == "veterinary-nurse" and "budget" in skill for role, skill in links(g)), links(g)


def test_a_how_to_title_told_by_a_narrator_stays_a_story(tmp_path: Path) -> None:
    text = _HOW_TO_PAGE.replace(
        "Moving from veterinary nurse", "I was a veterinary nurse for six years before I moved up. Moving from nurse"
    )
    g = read(tmp_path, text)
    assert not any(role == "practice-manager" and "budget" in skill for role, skill in links(g)), links(g)


def test_a_quiz_the_reader_is_told_to_do_names_no_skill(tmp_path: Path) -> None:
    text = (
        "# Tree Surgeon\n\n"
        "Duties\n"
        "- fell damaged trees safely\n\n"
        "Do the aptitude quiz to find out whether the work suits you.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "tree-surgeon"}
    assert any("damaged-trees" in skill for skill in got), got
    assert not any("quiz" in skill for skill in got), got


def test_study_or_training_the_reader_must_do_for_the_job_names_no_skill(tmp_path: Path) -> None:
    text = (
        "# Tree Surgeon\n\n"
        "Duties\n"
        "- fell damaged trees safely\n\n"
        "You usually need a chainsaw ticket to do the study or training for this job.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "tree-surgeon"}
    assert any("damaged-trees" in skill for skill in got), got
    assert not got & {"study", "training"}, got
