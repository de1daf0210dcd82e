"""Review of stop 42: the examples before 等 that name a kind of platform are dropped, not a duty listed before them
(our own wording: a florist's shop)."""

from __future__ import annotations

from text_helpers import zh_needs


def test_a_duty_listed_before_the_examples_of_a_platform_stays_a_duty() -> None:
    needs = zh_needs("花店店员\n岗位职责：负责鲜花上架、美团、饿了么等平台的店铺运营\n")
    assert needs == {"花店店员": {"鲜花上架", "店铺运营"}}, needs
