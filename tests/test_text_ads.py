"""Job ads as users bring them: the title a board or a large employer writes, and the requirements under it.

Each ad here is written for the test, in trades other than e-commerce (a hospital, a bank, a haulier), so
that what is tested is the shape of the ad, not the words of any page the rules were written from.
"""

from __future__ import annotations

from typing import Any

import pytest

from careergraph.graph.schema import Label
from careergraph.loaders.text import default_vocabulary, extract_facts


@pytest.fixture(scope="module")
def read() -> Any:
    vocab = default_vocabulary()

    def read(text: str, disabled: tuple[str, ...] = ()) -> Any:
        return extract_facts(vocab, "ad.txt", text, disabled=disabled)

    return read


def roles(facts: Any) -> set[str]:
    return {k for k, n in facts.nodes.items() if n["label"] is Label.ROLE}


def needs(facts: Any, role: str) -> set[str]:
    return {skill for r, skill in facts.requires if r == role}


BANK_AD = """Careers at Northgate Bank
Senior Manager, Treasury Operations, EMEA - Liquidity Programme
London, United Kingdom
Job Title: Senior Manager, Treasury Operations, EMEA - Liquidity Programme
Key Responsibilities
- Reconcile daily cash positions across the group's nostro accounts.
- Approve high-value payment releases with the payments desk.
Requirements
- Strong knowledge of liquidity regulation.
- Fluent Spanish.
"""


def test_a_title_written_rank_first_is_one_title_with_its_written_form_as_alias(read: Any) -> None:
    facts = read(BANK_AD)
    role = "senior-manager-treasury-operations"
    assert role in roles(facts)
    assert not {"senior-manager", "treasury-operations", "manager"} & roles(facts)
    assert "Senior Manager, Treasury Operations, EMEA - Liquidity Programme" in facts.nodes[role]["aliases"]
    assert {"liquidity-regulation", "spanish"} <= needs(facts, role)
    assert any("reconciliation" in skill for skill in needs(facts, role))
    # without the rule the requirements go to a title cut short
    assert role not in roles(read(BANK_AD, disabled=("mentions.inverted-titles",)))


def test_a_function_that_is_itself_a_title_or_a_place_is_no_inverted_title(read: Any) -> None:
    facts = read("Open posts\nSupervisor, Charge Nurse\nWard Clerk, Leeds\n\nWe staff two wards.\n")
    assert "supervisor-charge-nurse" not in roles(facts)
    assert "ward-clerk-leeds" not in roles(facts)


HOSPITAL_AD = """About the job Night Shift Ward Porter Team Lead
Main duties
- Plan the rota for each night shift.
- Escort patients between wards and theatres safely.
Essential criteria
- Good physical stamina.
- A calm manner with patients and relatives.
"""


def test_a_job_board_label_before_a_long_title_gives_the_whole_title(read: Any) -> None:
    facts = read(HOSPITAL_AD)
    role = "night-shift-ward-porter-team-lead"
    assert role in roles(facts)
    assert "team-lead" not in roles(facts)
    assert "rota-planning" in needs(facts, role)
    off = read(HOSPITAL_AD, disabled=("structure.job-title",))
    assert role not in roles(off)


HAULIER_AD = """Position: Trailer Yard Shift Supervisor
Key Responsibilities
Allocate pickers to zones at the start of each shift.
Record trailer arrivals in the yard log.
Qualifications
Strong organisational skills.
Experience with warehouse management systems is an advantage.
"""


def test_lines_without_bullets_under_a_requirements_heading_are_its_items(read: Any) -> None:
    role = "trailer-yard-shift-supervisor"
    facts = read(HAULIER_AD)
    assert {"trailer-arrival-recording", "organisational-skills", "warehouse-management-systems"} <= needs(facts, role)
    off = read(HAULIER_AD, disabled=("structure.needs-lists",))
    assert "organisational-skills" not in needs(off, role)


def test_prose_a_paragraph_apart_ends_the_list(read: Any) -> None:
    facts = read(
        "Position: Dock Clerk\nKey Responsibilities\n- Check seals on arriving trailers.\n\n"
        "Our depot opened in 1998 and serves the whole region.\n"
    )
    assert not any("depot" in skill or "region" in skill for skill in needs(facts, "dock-clerk"))


CLINIC_AD = """Job Title: Ward Clerk
Skills & Qualifications
- 📝 Enhancement Note: Ward clerks here enjoy a varied day and a friendly team.
- Experience: Patient record systems.
- Proficiency in appointment booking.
Key certifications
None typically required
Typical employers
NHS trusts, private clinics
"""


def test_field_labels_give_their_value_and_asides_and_empty_values_name_nothing(read: Any) -> None:
    facts = read(CLINIC_AD)
    got = needs(facts, "ward-clerk")
    assert "patient-record-systems" in got and "appointment-booking" in got
    assert not {"enhancement-note", "experience", "nhs-trusts", "private-clinics", "typical-employers"} & got
    assert not any(skill.startswith("none") for skill in got)
    off = needs(read(CLINIC_AD, disabled=("structure.ad-fields",)), "ward-clerk")
    assert {"enhancement-note", "experience"} & off and {"nhs-trusts", "typical-employers"} & off


BRANCH_AD = """Job Title: Branch Cash Officer
Key Responsibilities
- Reconcile branch cash daily, ensuring variances are reported to head office.
- Coordinate vault deliveries by calling the carrier, updating the booking system, and chasing late vans.
- Maintain the key register, flagging missing keys to security.
"""


def test_an_items_purpose_and_means_are_no_duties_of_their_own(read: Any) -> None:
    got = needs(read(BRANCH_AD), "branch-cash-officer")
    assert any("reconcil" in skill for skill in got)
    assert any("vault-deliver" in skill for skill in got)
    assert any("key-register" in skill for skill in got)
    assert not any(word in skill for skill in got for word in ("variance", "missing"))
    # (stop 44: the duties after "by" are read beside the duty they are done for; before, none of them)
    assert any("carrier" in skill for skill in got) and any("booking-system" in skill for skill in got)


COLD_STORE_AD = """Position: Cold Store Shift Lead
Key Responsibilities
Allocate pickers to freezer aisles at the start of each shift.
Work with payroll to calculate driver overtime.
Support agents handle the phones.
"""


def test_a_verb_of_duty_before_a_title_is_no_part_of_it(read: Any) -> None:
    facts = read(COLD_STORE_AD)
    assert not {"allocate-picker", "calculate-driver"} & roles(facts)
    assert "support-agent" in roles(facts)  # a title followed by its verb keeps its first word
    assert "picker-allocation" in needs(facts, "cold-store-shift-lead")


PHARMACY_AD = """Position: Night Pharmacist
Working pattern: four nights on, then four nights off.
Source: regional staffing survey, 2024.
Check prescriptions for interactions before release.
"""


def test_a_labelled_line_is_no_duty_in_the_imperative(read: Any) -> None:
    got = needs(read(PHARMACY_AD), "night-pharmacist")
    assert "prescription-checking" in got
    assert not any("pattern" in skill or "survey" in skill for skill in got)


LENDER_AD = """Job Title: Mortgage Underwriter
Requirements
- Strong numeracy skills with attention to detail.
- Excellent communication and interpersonal skills to reassure nervous borrowers.
"""


def test_skills_with_a_second_quality_or_a_purpose_name_the_skills(read: Any) -> None:
    got = needs(read(LENDER_AD), "mortgage-underwriter")
    assert {"numeracy-skills", "attention-to-detail"} <= got
    assert "communication" in got and not any("borrower" in skill or "reassur" in skill for skill in got)
