"""Salary figures (stop 36): currencies of countries the rules were not written from; sums a post's pay is set
beside that are no one's pay.

The wording here is our own (a bakery, a rail depot, a hotel, a dive shop, a print works), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_lei_a_month_net_are_romanian_pay(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Cluj\n\n"
        "A bakery assistant in Cluj takes home 2,600 lei net per month. Some figures are quoted in euros too"
        " (about 520 EUR). A master baker who runs the ovens can make 7,500 RON net.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bakery-assistant") == [(2600.0, 2600.0, "RON", "month")]
    assert pay(g, "master-baker") == [(7500.0, 7500.0, "RON", "month")]


def test_zloty_and_koruna_written_after_the_figure(tmp_path: Path) -> None:
    text = (
        "Rail depot pay in central Europe\n\n"
        "Cleaners at the depot near Gdansk are paid 5,100 zł gross a month.\n\n"
        "In Brno a depot fitter earns 41,000 Kč a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "cleaner") == [(5100.0, 5100.0, "PLN", "month")]
    assert pay(g, "depot-fitter") == [(41000.0, 41000.0, "CZK", "month")]


def test_reais_and_baht_by_sign_and_word(tmp_path: Path) -> None:
    text = (
        "Hotel and dive shop pay\n\n"
        "A hotel concierge in Recife is paid R$ 2.400 a month.\n\n"
        "On Koh Tao a dive instructor earns 35,000 baht a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-concierge") == [(2400.0, 2400.0, "BRL", "month")]
    assert pay(g, "dive-instructor") == [(35000.0, 35000.0, "THB", "month")]


def test_the_lira_code_only_in_capitals(tmp_path: Path) -> None:
    text = (
        "Print works jobs\n\n"
        "A press operator in Izmir is paid 31,000 TRY a month.\n\n"
        "A print finisher in Leeds is paid £24,500 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "press-operator") == [(31000.0, 31000.0, "TRY", "month")]
    assert pay(g, "print-finisher") == [(24500.0, 24500.0, "GBP", "year")]


def test_the_legal_floor_a_post_is_paid_above_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Hotel kitchen jobs in Leeds\n\n"
        "Kitchen porters at the hotel earn £12.90 an hour, well above the living wage of £12.60. A sous chef"
        " earns about £15.40 an hour, against a national minimum wage of £11.44.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "kitchen-porter") == [(12.9, 12.9, "GBP", "hour")]
    assert pay(g, "sous-chef") == [(15.4, 15.4, "GBP", "hour")]


def test_a_post_paid_the_legal_floor_keeps_it(tmp_path: Path) -> None:
    text = "Bakery jobs\n\nBakery porters in Hull are paid the national living wage of £12.21 an hour.\n"
    g = read(tmp_path, text)
    assert pay(g, "bakery-porter") == [(12.21, 12.21, "GBP", "hour")]


def test_a_posts_compensation_named_by_its_possessive(tmp_path: Path) -> None:
    text = (
        "Rail depot staff survey\n\n"
        "Most of those asked work on night shifts.\n"
        "  • Managers’ compensation mostly fell in the £48,000-£55,000 range.\n"
        "  • Directors’ remuneration averaged £96,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "manager") == [(48000.0, 55000.0, "GBP", "year")]
    assert pay(g, "director") == [(96000.0, 96000.0, "GBP", "year")]


def test_a_currency_code_is_a_word_of_its_own(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Leeds\n\n"
        "A bakery assistant earns £21,500 a year. A head baker makes 29,000 a year.\n\n"
        "The bakery bought a cast iron 4,000 litre proving cabinet; each sous chef earns a salary of £31,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "head-baker") == [(29000.0, 29000.0, "GBP", "year")]
    assert all(currency == "GBP" for _, _, currency, _ in pay(g, "sous-chef"))


def test_a_title_before_a_noun_of_pay_names_the_post_paid(tmp_path: Path) -> None:
    text = (
        "Florist salary in Ireland\n\n"
        "The average florist salary in Ireland is €29,400 per year. A typical butcher wage in Dublin is €15.80 an"
        " hour.\n\n"
        "The average annual salary in Ireland is higher.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "florist") == [(29400.0, 29400.0, "EUR", "year")]
    assert pay(g, "butcher") == [(15.8, 15.8, "EUR", "hour")]


def test_an_average_a_posts_pay_is_set_beside_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Ski resort jobs\n\n"
        "Lift attendants at the resort earn about £21,000 a year, well below the average Welsh salary of £31,500."
        " A resort manager earns around £48,000, above the median regional wage of £29,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "lift-attendant") == [(21000.0, 21000.0, "GBP", "year")]
    assert pay(g, "resort-manager") == [(48000.0, 48000.0, "GBP", "year")]


def test_a_places_income_per_head_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Print works jobs in Pune\n\n"
        "A press operator in Pune is paid Rs 21,000 a month. The district's per capita income is around"
        " Rs 2,80,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "press-operator") == [(21000.0, 21000.0, "INR", "month")]
