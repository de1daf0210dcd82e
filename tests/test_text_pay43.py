"""Pay figures read by general rules (stop 43).

Each page here is written for the test, in trades other than e-commerce (a welding shop, a hospital, a hotel, a
warehouse), so that what is tested is the way the figure is written, not the words of any page the rules were
written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_taiwan_dollars_by_sign_and_by_code(tmp_path: Path) -> None:
    text = (
        "Logistics pay in Taiwan\n\n"
        "A logistics coordinator in Taipei earns NT$35,000 to NT$45,000 a month. A warehouse clerk earns"
        " TWD 31,000 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "logistics-coordinator") == [(35000.0, 45000.0, "TWD", "month")]
    assert pay(g, "warehouse-clerk") == [(31000.0, 31000.0, "TWD", "month")]
