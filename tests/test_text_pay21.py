"""Salary figures on pages of the kinds users bring, read where an earlier reading went wrong: a range's multiplier
written once ("18-25 LPA"), minimums only ("£70,000+"), hourly rates written "/h", bonuses and a firm's money
that are no one's pay.

The wording here is our own (hotels, pharmacies, bakeries, airports, libraries), unlike the development sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import pay, read


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        (
            "Hotel careers in India\n\nA front office manager draws 9-14 LPA at a five-star property.",
            "front-office-manager",
            (900000.0, 1400000.0, "INR", "year"),
        ),
        (
            "Hotel careers in India\n\nA night auditor is offered ₹3.6 - 4.8 lakh per annum.",
            "night-auditor",
            (360000.0, 480000.0, "INR", "year"),
        ),
        (
            "Resort careers in India\n\nThe general manager of a large resort earns 1.2-1.8 crore a year.",
            "general-manager",
            (12000000.0, 18000000.0, "INR", "year"),
        ),
    ],
)
def test_a_ranges_multiplier_written_once_holds_for_both_figures(
    tmp_path: Path, text: str, role: str, figure: tuple
) -> None:
    assert pay(read(tmp_path, text), role) == [figure]


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        ("Airport jobs\n\nA duty manager at a hub airport is paid £58,000+ a year.", "duty-manager",
         (58000.0, 58000.0, "GBP", "year")),
        ("Airport jobs\n\nBaggage handlers with ten years of service make $24 an hour or more.", "baggage-handler",
         (24.0, 24.0, "USD", "hour")),
        ("Library jobs\n\nA senior archivist earns 9,500 yuan a month or above in Shanghai.", "senior-archivist",
         (9500.0, 9500.0, "CNY", "month")),
    ],
)
def test_a_plus_or_or_more_after_a_figure_is_the_figure_stated(
    tmp_path: Path, text: str, role: str, figure: tuple
) -> None:
    """One figure is written min = max, "X+" as much as "X" (salaries.stated-floor; without it, a minimum)."""
    assert pay(read(tmp_path, text), role) == [figure]
    low, _, currency, period = figure
    assert pay(read(tmp_path, text, frozenset({"salaries.stated-floor"})), role) == [(low, None, currency, period)]


def test_an_hourly_rate_written_with_a_bare_h(tmp_path: Path) -> None:
    text = "Pharmacy pay\n\nA dispensing assistant here gets $17.40/h, and a pharmacy cashier £11.90 p/h."
    g = read(tmp_path, text)
    assert pay(g, "dispensing-assistant") == [(17.4, 17.4, "USD", "hour")]
    assert pay(g, "pharmacy-cashier") == [(11.9, 11.9, "GBP", "hour")]


def test_a_sum_too_large_to_be_pay_is_none(tmp_path: Path) -> None:
    text = "Hotel groups\n\nA revenue analyst said the group paid its staff $2,400 million last year."
    assert not pay(read(tmp_path, text), "revenue-analyst")


def test_bonuses_allowances_and_a_firms_money_are_no_salary(tmp_path: Path) -> None:
    text = (
        "Night Porter - Harbour Hotel\n\n"
        "Salary: £25,300 per annum\n"
        "- Christmas bonus of up to £900\n"
        "- £450 annual uniform allowance\n"
        "- Meal and travel allowances: these reach 1,200 GBP over a season.\n\n"
        "The hotel's refurbishment budget is £2,500,000, and the night porter reports to the duty manager.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-porter") == [(25300.0, 25300.0, "GBP", "year")]
    off = read(tmp_path, text, frozenset({"salaries.not-pay"}))
    assert len(pay(off, "night-porter")) > 1
    # a word of pay nearer the figure than the bonus keeps it
    text = "Pharmacy jobs\n\nBonuses aside, a hospital pharmacist's basic salary is £41,000 a year."
    assert pay(read(tmp_path, text), "hospital-pharmacist") == [(41000.0, 41000.0, "GBP", "year")]


def test_the_national_average_beside_a_roles_pay_is_not_the_roles(tmp_path: Path) -> None:
    text = (
        "Librarian pay\n\nA chief librarian's median pay of $71,000 is well above the national average for all "
        "occupations ($48,000 in 2023)."
    )
    g = read(tmp_path, text)
    assert pay(g, "chief-librarian") == [(71000.0, 71000.0, "USD", "year")]


def test_bare_dollars_on_a_page_titled_for_a_dollar_country_are_that_countrys(tmp_path: Path) -> None:
    text = (
        "Hospitality pay across New Zealand\n\n"
        "| Post | Starting | Senior |\n"
        "| Hotel porter | $48,500 | $55,000 |\n\n"
        "A duty manager is usually paid $68,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "duty-manager") == [(68000.0, 68000.0, "NZD", "year")]
    assert (48500.0, 48500.0, "NZD", "year") in pay(g, "hotel-porter")
    off = read(tmp_path, text, frozenset({"salaries.dollar-country"}))
    assert pay(off, "duty-manager") == [(68000.0, 68000.0, "USD", "year")]
    # a page that names the United States keeps its bare dollars American
    g = read(tmp_path, text.replace("a year.", "a year, more than in the United States."))
    assert pay(g, "duty-manager") == [(68000.0, 68000.0, "USD", "year")]


def test_a_list_items_own_label_does_not_take_the_item_befores_role(tmp_path: Path) -> None:
    text = (
        "Pay by sector in Malaysia\n\n"
        "Wages differ from one trade to the next:\n"
        "- Hospitality: RM1,800 a month at the start; head chefs may reach RM6,000 monthly.\n"
        "- Banking: RM3,500-RM5,500 a month depending on the branch.\n"
    )
    assert pay(read(tmp_path, text), "head-chef") == [(6000.0, 6000.0, "MYR", "month")]


def test_pay_for_the_last_words_of_the_pages_titles_is_the_first_of_those_titles(tmp_path: Path) -> None:
    text = (
        "Hotel guest care in Chengdu\n\n"
        "A newcomer starts as phone customer service, then moves to front-desk customer service and finally VIP "
        "customer service.\n\n"
        "For someone with no background, the pay of customer service is normally 3,200 yuan. Once the trial months "
        "end, it climbs to roughly 3,900 yuan. VIP customer service can earn 6,500 yuan a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "phone-customer-service") == [(3200.0, 3200.0, "CNY", "month"), (3900.0, 3900.0, "CNY", "month")]
    assert pay(g, "vip-customer-service") == [(6500.0, 6500.0, "CNY", "month")]
    off = read(tmp_path, text, frozenset({"salaries.for-post"}))
    assert not pay(off, "phone-customer-service")


def test_a_range_whose_figures_each_carry_cents_and_a_period(tmp_path: Path) -> None:
    text = "Hospital Payroll Officer\nPay band: $61,250.00/yr - $70,400.50/yr\n\nThe payroll officer runs the wages.\n"
    assert pay(read(tmp_path, text), "hospital-payroll-officer") == [(61250.0, 70400.5, "USD", "year")]


def test_figures_without_a_currency_take_the_one_the_page_states_elsewhere(tmp_path: Path) -> None:
    text = (
        "How far can a hotel cook climb?\n\n"
        "1. Kitchen helper (first year): the wage is usually 3.5-4.5k a month.\n"
        "2. Wok cook (2-4 years): a salary of 6k-9k per month.\n"
        "3. Executive chef (8 years+): an annual salary of 250,000 yuan or more.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "kitchen-helper") == [(3500.0, 4500.0, "CNY", "month")]
    assert pay(g, "wok-cook") == [(6000.0, 9000.0, "CNY", "month")]
    # a page stating two currencies gives a bare figure neither
    g = read(tmp_path, text.replace("250,000 yuan", "250,000 yuan (about $35,000)"))
    assert not pay(g, "kitchen-helper")
    # a city of the country stands for it
    g = read(tmp_path, "Bakery jobs\n\nA pastry cook in Pune is paid 18-22k per month.\n")
    assert pay(g, "pastry-cook") == [(18000.0, 22000.0, "INR", "month")]


def test_a_year_said_before_does_not_make_a_small_figure_a_years_pay(tmp_path: Path) -> None:
    text = (
        "Hotel pay in Hangzhou\n\n"
        "A front office director has an annual salary of 280,000 yuan. "
        "In smaller towns, a hotel porter is paid about 3,800 RMB.\n"
    )
    assert pay(read(tmp_path, text), "hotel-porter") == [(3800.0, 3800.0, "CNY", "month")]


def test_a_rows_pay_is_its_whole_title_not_a_word_inside_it(tmp_path: Path) -> None:
    text = (
        "# Kitchen brigade pay\n\n"
        "| Job title | Average salary |\n|---|---|\n"
        "| Commis chef | £23,000 |\n| Chef de rang | £26,500 |\n| Head chef | £41,000 |\n"
    )
    g = read(tmp_path, text, name="doc.md")
    assert pay(g, "chef-de-rang") == [(26500.0, 26500.0, "GBP", "year")]


def test_just_over_a_figure_is_that_figure(tmp_path: Path) -> None:
    g = read(tmp_path, "Bank pay\n\nA mortgage adviser here earns just over £36,000, and a cashier over £22,000.")
    assert pay(g, "mortgage-adviser") == [(36000.0, 36000.0, "GBP", "year")]
    assert pay(g, "cashier") == [(22000.0, None, "GBP", "year")]


def test_a_narrators_pay_is_the_post_they_say_they_hold(tmp_path: Path) -> None:
    text = (
        "Six months at the airport\n\n"
        "The airline took me on last spring. They pay me every fortnight, and at $19.75 an hour it covers the rent. "
        "When I first arrived, I was paid $15.10 an hour.\n\n"
        "I'm a ramp agent, which means I load bags and push back planes. A crew chief checks my work, and a "
        "duty manager checks theirs.\n\n"
        "If I get the crew chief job, the paycheck would be $24 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "ramp-agent") == [(19.75, 19.75, "USD", "hour")]
    assert not pay(read(tmp_path, text, frozenset({"salaries.narrator"})), "ramp-agent")


def test_a_lakh_written_l(tmp_path: Path) -> None:
    text = (
        "Hospital jobs in India\n\n"
        "Ward supervisors make Rs 3.6-5 L per annum, and a hospital administrator draws ₹12L a year."
    )
    g = read(tmp_path, text)
    assert pay(g, "ward-supervisor") == [(360000.0, 500000.0, "INR", "year")]
    assert pay(g, "hospital-administrator") == [(1200000.0, 1200000.0, "INR", "year")]


def test_a_citys_average_is_no_roles_pay_and_top_earners_are_paid(tmp_path: Path) -> None:
    text = (
        "Chefs in Chengdu out-earn most workers\n\n"
        "Hotel chefs in Chengdu were paid 11,200 yuan a month last year, against the city's average of 6,100 "
        "yuan. Pastry cooks earned 7,900 yuan, and top chefs can make over 30,000 yuan a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-chef") == [(11200.0, 11200.0, "CNY", "month")]
    assert pay(g, "pastry-cook") == [(7900.0, 7900.0, "CNY", "month")]
    assert pay(g, "chef") == [(30000.0, None, "CNY", "month")]  # (the page's chefs: its title names them)


def test_a_shops_sales_and_capital_are_no_pay_but_a_base_salary_after_a_commission_is(tmp_path: Path) -> None:
    text = (
        "Running a bakery counter\n\n"
        "A bakery supervisor looks after a counter with monthly sales of 420,000 yuan; opening a counter of your "
        "own takes capital of some 80,000 yuan. A counter clerk who sells 90,000 yuan of cakes a month gets a "
        "commission of 900 yuan over a 3,900 yuan basic wage.\n"
    )
    g = read(tmp_path, text)
    assert not pay(g, "bakery-supervisor")
    assert pay(g, "counter-clerk") == [(3900.0, 3900.0, "CNY", "month")]
