"""Currencies English pages state by their codes beyond the ones read before: Kenya's shilling ('KES 40,000',
'KSh 55,000'), Pakistan's rupee, Ghana's cedi, the Saudi riyal, the Swiss franc ... (salaries.figure)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["currency"], s["period"]) for s in facts.salaries]


def test_kenyan_shillings_by_code_and_by_sign() -> None:
    text = "Hotel receptionists earn KES 35,000 to KES 48,000 a month. A head chef earns Ksh60,000 per month."
    assert _pay(text) == [
        ("hotel-receptionist", 35000.0, 48000.0, "KES", "month"),
        ("head-chef", 60000.0, 60000.0, "KES", "month"),
    ]


def test_codes_written_after_the_figure() -> None:
    assert _pay("A lorry driver earns 4,800 SAR per month.") == [("lorry-driver", 4800.0, 4800.0, "SAR", "month")]
    assert _pay("A bank clerk earns PKR 70,000 monthly.") == [("bank-clerk", 70000.0, 70000.0, "PKR", "month")]


def test_a_shilling_month_is_no_year() -> None:
    assert _pay("A security guard in Nairobi earns KES 30,000.") == [
        ("security-guard", 30000.0, 30000.0, "KES", "month")
    ]
