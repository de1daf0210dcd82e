"""Years of a move in a career story, on pages we wrote ourselves (a rail depot, a garden centre, a bakery): a time
told after the move's target of how long that post was then held is not the move's ("I became a porter and stayed
one for the last eight years"); the move keeps the time told of the post before it.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def _years(move: dict) -> tuple[float | None, float | None]:
    return move.get("years_min"), move.get("years_max")


def test_the_target_held_since_is_no_time_of_the_move(tmp_path: Path) -> None:
    text = (
        "I was a track inspector at the depot for 4 years. I became a signaller and stayed that way for the last"
        " 9 years.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["track-inspector", "signaller"]) == (4.0, 4.0)


def test_a_relative_clause_of_the_target_held_since(tmp_path: Path) -> None:
    text = (
        "I worked as a garden centre assistant for two years. Then I became a plant buyer, which I have been for"
        " the past six years.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["garden-centre-assistant", "plant-buyer"]) == (2.0, 2.0)


def test_a_time_before_the_target_stays_the_moves(tmp_path: Path) -> None:
    text = "After 3 years as a bakery assistant I became a shift baker and have stayed in that post for 5 years.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["bakery-assistant", "shift-baker"]) == (3.0, 3.0)


def test_after_a_time_the_persons_own_verb_as_is_the_later_post(tmp_path: Path) -> None:
    # ("after another three years I took over as C": no post held before; the three years are the time before C)
    text = (
        "I worked as a kitchen porter for two years. I was then promoted to commis chef, and after another three"
        " years I took over as sous chef.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["kitchen-porter", "commis-chef"]) == (2.0, 2.0)
    assert _years(found["commis-chef", "sous-chef"]) == (3.0, 3.0)
    assert ("kitchen-porter", "sous-chef") not in found


def test_a_rungs_time_spent_as_the_post_before_is_the_move_into_it(tmp_path: Path) -> None:
    text = (
        "Bakery career path\n\nJunior Baker: the entry post.\nBaker: 18 months as a junior baker.\n"
        "Head Baker: typically 3-4 years as a baker.\nBakery Manager\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["junior-baker", "baker"]) == (1.5, 1.5)
    assert _years(found["baker", "head-baker"]) == (3.0, 4.0)
    assert _years(found["head-baker", "bakery-manager"]) == (None, None)


def test_a_first_name_alone_holds_a_post_for_a_time(tmp_path: Path) -> None:
    text = "Aled was a kennel assistant for two years. He then became a dog groomer.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["kennel-assistant", "dog-groomer"]) == (2.0, 2.0)


def test_a_first_and_last_name_hold_a_post_for_a_time(tmp_path: Path) -> None:
    text = "Aled Rhys was a kennel assistant for two years. He then became a dog groomer.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["kennel-assistant", "dog-groomer"]) == (2.0, 2.0)


def test_a_move_in_the_ordinal_year_of_a_post(tmp_path: Path) -> None:
    text = (
        "I joined the library as a library assistant. In my third year there I was made senior library assistant,"
        " and the year after that I moved to the archive as an archivist.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["library-assistant", "senior-library-assistant"]) == (2.0, 3.0)
    assert _years(found["senior-library-assistant", "archivist"]) == (1.0, 1.0)


def test_within_the_next_year_is_at_most_a_year(tmp_path: Path) -> None:
    found = moves(read(tmp_path, "Lifeguards can become pool supervisors within the next year.\n"))
    assert _years(found["lifeguard", "pool-supervisor"]) == (None, 1.0)


def test_it_took_the_person_years_to_become_a_post(tmp_path: Path) -> None:
    text = (
        "I joined the vineyard as a grape picker. It took me four years to become a cellar hand, and I have now"
        " been winemaker for two years.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["grape-picker", "cellar-hand"]) == (4.0, 4.0)
    assert ("grape-picker", "winemaker") not in found


def test_a_post_started_a_time_ago_up_to_the_post_held_now(tmp_path: Path) -> None:
    text = "Joe Barros joined the bank as a bank teller nine years ago. Today he is the branch manager.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["bank-teller", "branch-manager"]) == (9.0, 9.0)


def test_the_post_held_now_told_first(tmp_path: Path) -> None:
    text = "I'm now the head gardener. I started as an apprentice gardener eleven years ago.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["apprentice-gardener", "head-gardener"]) == (11.0, 11.0)


def test_a_time_ago_is_not_the_time_of_a_move_told_in_the_past(tmp_path: Path) -> None:
    text = "I started as a bank teller nine years ago. I became a loan officer.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["bank-teller", "loan-officer"]) == (None, None)


def test_time_spent_as_the_source_then_a_move(tmp_path: Path) -> None:
    text = (
        "Expect at least a year as an assistant stage manager, then promotion to stage manager.\n\n"
        "Plan on 18 months as a lighting technician, then a step up to lighting designer.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["assistant-stage-manager", "stage-manager"]) == (1.0, 1.0)
    assert _years(found["lighting-technician", "lighting-designer"]) == (1.5, 1.5)


def test_a_named_persons_post_held_now_told_first(tmp_path: Path) -> None:
    text = (
        "Career spotlight\n\nNadia Okafor is the head librarian of our city branch. She joined the library as a"
        " library assistant in 2011, became a senior library assistant two years later, and took over the branch"
        " in 2020.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("head-librarian", "library-assistant") not in found
    assert _years(found["library-assistant", "senior-library-assistant"]) == (2.0, 2.0)
    assert ("senior-library-assistant", "head-librarian") in found


def test_a_post_that_names_the_person_to_another_is_no_source(tmp_path: Path) -> None:
    text = (
        "My first job was as a bakery assistant. Six months in, the head baker made me a trainee baker. I stayed a"
        " trainee baker for three years.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("head-baker", "trainee-baker") not in found
    assert _years(found["bakery-assistant", "trainee-baker"]) == (0.5, 0.5)


def test_a_role_that_promotes_the_person_is_not_the_one_who_moves(tmp_path: Path) -> None:
    text = "I was a lifeguard for two years. Then my pool manager promoted me to pool supervisor.\n"
    found = moves(read(tmp_path, text))
    assert ("pool-manager", "pool-supervisor") not in found
    assert _years(found["lifeguard", "pool-supervisor"]) == (2.0, 2.0)


def test_a_spell_in_another_post_apart_from_the_post_always_held(tmp_path: Path) -> None:
    text = (
        "I met a lot of senior nurses on the ward. Apart from a four-year stint as a ward clerk, I've always been a"
        " nurse.\n\nExcept for two years as a sous chef, she has always worked as a pastry chef.\n"
    )
    found = moves(read(tmp_path, text))
    assert _years(found["ward-clerk", "nurse"]) == (4.0, 4.0)
    assert ("nurse", "ward-clerk") in found
    assert _years(found["sous-chef", "pastry-chef"]) == (2.0, 2.0)
    assert ("pastry-chef", "sous-chef") in found
