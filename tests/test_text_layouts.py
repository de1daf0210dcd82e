"""Layouts and phrases of career pages that an earlier reading got wrong, found with pages we wrote ourselves
(hotels, kitchens, hospitals, banks): a job profile's "Reports to:" line, "Came from:" lists, arrow chains whose
rungs no title rule reads whole, and "the step above A is B".
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_reports_to_line_names_no_section_of_its_own(tmp_path: Path) -> None:
    text = (
        "Room Attendant\n\n"
        "Department: Housekeeping\n"
        "Reports to: Housekeeping Supervisor\n\n"
        "Next role(s): Senior Room Attendant, Housekeeping Supervisor\n\n"
        "Came from: Laundry Assistant, Kitchen Porter\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("room-attendant", "senior-room-attendant"),
        ("room-attendant", "housekeeping-supervisor"),
        ("laundry-assistant", "room-attendant"),
        ("kitchen-porter", "room-attendant"),
    } <= set(found)
    assert not {(a, b) for a, b in found if a == "housekeeping-supervisor"}


def test_an_arrow_chain_item_written_as_a_title_is_a_rung(tmp_path: Path) -> None:
    text = "Kitchen ladder: Kitchen Porter → Commis Chef → Chef de Partie → Sous Chef → Head Chef."
    g = read(tmp_path, text)
    assert "chef-de-partie" in roles(g)
    assert {("commis-chef", "chef-de-partie"), ("chef-de-partie", "sous-chef")} <= set(moves(g))
    # an item in lower case is no title: "→ more responsibility →"
    g = read(tmp_path, "Path: Porter → more responsibility → Head Porter → Portering Manager")
    assert "more-responsibility" not in roles(g)


def test_the_step_above_or_below_a_role(tmp_path: Path) -> None:
    g = read(tmp_path, "The role above a bank teller is usually head teller.")
    assert ("bank-teller", "head-teller") in moves(g)
    assert ("sous-chef", "head-chef") in moves(read(tmp_path, "The level below head chef is the sous chef."))


def test_moves_told_in_other_clause_shapes(tmp_path: Path) -> None:
    cases = {
        "We promoted two of our line cooks to sous chef.": ("line-cook", "sous-chef"),
        "Line cooks who show leadership are often made kitchen supervisors.": ("line-cook", "kitchen-supervisor"),
        "A junior accountant typically needs 2-4 years before stepping up to senior accountant.": (
            "junior-accountant",
            "senior-accountant",
        ),
        "Staff nurse to ward manager usually takes 5-7 years.": ("staff-nurse", "ward-manager"),
    }
    for text, move in cases.items():
        assert move in moves(read(tmp_path, text)), text
    g = read(tmp_path, "Staff nurse to ward manager usually takes 5-7 years.")
    edge = moves(g)["staff-nurse", "ward-manager"]
    assert (edge["years_min"], edge["years_max"]) == (5.0, 7.0)
    # "make" that names no post taken moves no one
    for text in ("Pickers make the most mistakes in December.", "Good cashiers make sure the tills balance."):
        assert not moves(read(tmp_path, text)), text


def test_a_named_route_of_a_role_starts_at_that_role(tmp_path: Path) -> None:
    cases = {
        "The career path for a buyer is senior buyer, then head of buying.": ("buyer", "senior-buyer"),
        "The development direction of a pharmacy assistant is pharmacy supervisor, then pharmacy manager.": (
            "pharmacy-assistant",
            "pharmacy-supervisor",
        ),
        "The upward channel for a porter is senior porter, and then porter supervisor.": ("porter", "senior-porter"),
    }
    for text, move in cases.items():
        assert move in moves(read(tmp_path, text)), text
    # a route of something else names no move: "the delivery route for a driver is ..."
    assert not moves(read(tmp_path, "The delivery route for a van driver is the ring road, then the depot."))


def test_a_from_to_headline_takes_the_years_its_sentence_gives(tmp_path: Path) -> None:
    g = read(tmp_path, "From teller to branch manager, it usually takes five to eight years.")
    edge = moves(g)["teller", "branch-manager"]
    assert (edge["years_min"], edge["years_max"]) == (5.0, 8.0)


def test_people_counted_before_a_one_word_title_are_that_post(tmp_path: Path) -> None:
    g = read(tmp_path, "The hotel promoted three receptionists to shift supervisor.")
    assert ("receptionist", "shift-supervisor") in moves(g)
    assert "picker" in roles(read(tmp_path, "We hired 12 pickers last week."))


def test_sections_of_a_job_description_that_name_next_and_earlier_posts(tmp_path: Path) -> None:
    text = (
        "Housekeeping Supervisor – Job Description\n\n"
        "Where this role can take you\n- Assistant Housekeeper\n- Executive Housekeeper\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("housekeeping-supervisor", "assistant-housekeeper"),
        ("housekeeping-supervisor", "executive-housekeeper"),
    } <= set(found)
    text = (
        "Pharmacy Technician\n\n"
        "Growth opportunities: Senior Pharmacy Technician, Pharmacy Supervisor.\n\n"
        "Typical background: Pharmacy Assistant or Dispensing Assistant with a level 3 diploma.\n"
    )
    found = moves(read(tmp_path, text))
    assert {
        ("pharmacy-technician", "senior-pharmacy-technician"),
        ("pharmacy-technician", "pharmacy-supervisor"),
        ("pharmacy-assistant", "pharmacy-technician"),
        ("dispensing-assistant", "pharmacy-technician"),
    } <= set(found)
    text = "Night Auditor\n\nFuture opportunities include Front Office Supervisor and, later, Front Office Manager.\n"
    found = moves(read(tmp_path, text))
    assert {
        ("night-auditor", "front-office-supervisor"),
        ("front-office-supervisor", "front-office-manager"),
    } <= set(found)


def test_the_page_titles_tail_without_its_rank_is_the_rung_above(tmp_path: Path) -> None:
    text = (
        "Junior Claims Handler\n\nCareer progression\n"
        "This role can lead to Claims Handler or Claims Team Leader positions.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("junior-claims-handler", "claims-handler") in found


def test_forum_answers_in_short_forms(tmp_path: Path) -> None:
    text = (
        "At my bank the ladder goes teller, senior teller, then personal banker, and after that assistant branch"
        " manager."
    )
    assert {
        ("teller", "senior-teller"),
        ("senior-teller", "personal-banker"),
        ("personal-banker", "assistant-branch-manager"),
    } <= set(moves(read(tmp_path, text)))
    cases = {
        "Started as a porter, now I'm the head porter. Took about 3 years.": ("porter", "head-porter"),
        "Our care assistants can apply to become senior care assistants after their diploma.": (
            "care-assistant",
            "senior-care-assistant",
        ),
        "Our store managers were all cashiers first.": ("cashier", "store-manager"),
    }
    for text, move in cases.items():
        assert move in moves(read(tmp_path, text)), text
    # a hope told of one person, and "first and foremost", are no moves
    for text in (
        "She applied to become an editor but was turned down.",
        "The supervisor was a cashier first and foremost.",
    ):
        assert not moves(read(tmp_path, text)), text


def test_the_letters_a_case_blind_pattern_reads_as_ascii_that_lower_case_does_not() -> None:
    """The fast paths that look for a pattern's words in the lower case first hand a text holding one of these
    letters to the pattern itself: they must be every letter re.I equates with an ASCII letter that str.lower does
    not turn into it."""
    import re
    from string import ascii_lowercase

    from careergraph.loaders.text_structure import CASELESS_KIN

    letter = re.compile("[a-z]", re.I)
    odd = {
        chr(c)
        for c in range(128, 0x110000)
        if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c)) and chr(c).lower() not in ascii_lowercase
    }
    assert odd == set(CASELESS_KIN)


def test_patterns_tried_only_where_their_words_start_find_what_a_search_finds() -> None:
    import re

    from careergraph.loaders.text_extract import _BEFORE_MONEY, _before_money, _finditer_at
    from careergraph.loaders.text_structure import _SECTIONS, section_of

    def searched(heading: str) -> str | None:  # each kind's stems, then a search with its pattern
        lowered = heading.lower()
        held = [(kind, pattern) for kind, pattern, stems in _SECTIONS if any(s in lowered for s in stems)]
        return next((kind for kind, pattern in held if pattern.search(heading)), None)

    for heading in ["Where they came from", "KEY RESPONSIBILITIES", "reſponsibilities and tasks", "Salary and skills",
                    "Our payroll team", "Next steps", "İnterns: skills", "Tasks ı"]:
        assert section_of(heading) == searched(heading), heading
    jobs = re.compile(r"\bjobs?\b", re.I)
    for text in ["Jobs, jobless job", "JOB ſjob jobs", "no such word", "ı jobs"]:
        assert [m.span() for m in _finditer_at(jobs, ("job",), text)] == [m.span() for m in jobs.finditer(text)]
    for text in ["pays between USD 3,000", "Up To\n", "about ſtarting at 9", "from eur  "]:
        for hi in range(len(text) + 1):
            lo = max(0, hi - 30)
            a, b = _BEFORE_MONEY.search(text, lo, hi), _before_money(text, text.lower(), lo, hi)
            assert a is not None and b is not None and (a.span(), a.groupdict()) == (b.span(), b.groupdict())


def test_gates_before_slow_patterns_never_skip_a_match() -> None:
    """A cheap test in front of a slow pattern (the words every match holds) may let a text through that the pattern
    then refuses, never the other way; and it does turn plain sentences away."""
    from careergraph.loaders.text_extract import (
        _ESSENTIAL,
        _ESSENTIAL_WORDS,
        _INTO_FIELD,
        _START_WITH,
        _may_hold,
        _may_start_with,
    )

    texts = [
        "Once you have worked as a sales assistant, you may progress into visual merchandising.",
        "THEY MOVED UP INTO VISUAL MERCHANDISING",
        "You can step ınto merchandising",  # a dotless i, which the case-blind pattern reads as i
        "Later they moved İNTO marketing.",
        "Most people start as a picker, then a packer.",
        "She began with the night shift and then a desk job.",
        "Attention to detail is essential for a buyer.",
        "Negotiation and costing skills are vital.",
        "PATIENCE IS A MUST-HAVE",
        "Photoshop would be an advantage.",
        "Soft ſkills are a real plus",  # a long s
        "These are core ſkills",  # no word of the gate, but a letter read as s
        "Excel is key",
        "The warehouse opens at six.",
        "Pay rises with each year of service.",
        "",
    ]
    checks = [
        (lambda t: _INTO_FIELD.search(t) is not None, lambda t: _may_hold(t, ("into",))),
        (lambda t: _START_WITH.search(t) is not None, _may_start_with),
        (lambda t: _ESSENTIAL.match(t) is not None, lambda t: _may_hold(t, _ESSENTIAL_WORDS)),
    ]
    matched = 0
    for matches, gate in checks:
        for text in texts:
            if matches(text):
                matched += 1
                assert gate(text), text
    assert matched >= 12
    assert checks[0][0]("You can step ınto merchandising") and checks[2][0]("These are core ſkills")
    for _, gate in checks:
        assert not gate("The warehouse opens at six.")
