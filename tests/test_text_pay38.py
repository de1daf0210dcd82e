"""Salary figures (stop 38): one holder of a post as the subject of a verb of pay ("The average welder makes X"),
sums that are no one's pay (a prize, a voucher, a target, a price per delivery), and Chinese figures that answer a
question about pay on their line ("工资大概多少呢?一线城市可能六七千。").

The wording here is our own (a boatyard, a museum, a tea shop), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles


def test_one_holder_of_a_post_is_paid_not_the_heading_role(tmp_path: Path) -> None:
    text = (
        "Boatyard jobs\n\n"
        "Boat painter\n\n"
        "Boat painters sand and paint hulls.\n\n"
        "The average rigger makes £31,000 a year.\n\n"
        "A typical sailmaker in Devon earns £29,500 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "rigger") == [(31000.0, 31000.0, "GBP", "year")]
    assert pay(g, "sailmaker") == [(29500.0, 29500.0, "GBP", "year")]
    assert pay(g, "boat-painter") == []


def test_one_holder_who_names_no_post_known_is_not_paid_the_page_role(tmp_path: Path) -> None:
    text = (
        "Boat painter\n\n"
        "Boat painters sand and paint hulls. Boat painters earn £26,000 a year.\n\n"
        "The average Briton earns £35,000 a year.\n\n"
        "A typical shipwright makes £33,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "boat-painter") == [(26000.0, 26000.0, "GBP", "year")]
    assert "briton" not in roles(g)


def test_a_prize_a_voucher_a_target_and_a_price_per_delivery_are_no_pay(tmp_path: Path) -> None:
    text = (
        "Florist\n\n"
        "Florists arrange flowers and serve customers. Florists earn £11.20 an hour.\n\n"
        "Last spring our florist won a prize worth £2,000.\n\n"
        "Each florist has a sales target of £6,000 a month.\n\n"
        "Customers pay £4.50 per delivery.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "florist") == [(11.2, 11.2, "GBP", "hour")]


def test_chinese_numerals_answering_a_question_about_pay(tmp_path: Path) -> None:
    text = (
        "茶艺师岗位介绍\n\n"
        "茶艺师负责泡茶和接待客人。\n\n"
        "茶艺师的收入怎么样?大城市一般五六千。小城市三四千。\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "茶艺师")) == [(3000.0, 4000.0, "CNY", "month"), (5000.0, 6000.0, "CNY", "month")]


def test_a_count_after_a_question_about_pay_is_no_pay(tmp_path: Path) -> None:
    text = (
        "茶艺师岗位介绍\n\n"
        "茶艺师负责泡茶和接待客人。\n\n"
        "茶艺师的收入怎么样?店里一天接待两千人。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "茶艺师") == []


def test_chinese_numerals_after_a_word_of_the_month(tmp_path: Path) -> None:
    text = (
        "面馆岗位\n\n"
        "面点厨师每月五千五左右。\n\n"
        "面馆服务员月入三千多。\n\n"
        "面馆服务员每月接待三千人。\n\n"
        "面馆每月房租两万。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "面点厨师") == [(5500.0, 5500.0, "CNY", "month")]
    assert pay(g, "面馆服务员") == [(3000.0, 3000.0, "CNY", "month")]


def test_figures_answering_a_question_about_pay(tmp_path: Path) -> None:
    text = (
        "茶艺师岗位介绍\n\n"
        "茶艺师负责泡茶和接待客人。\n\n"
        "茶艺师工资多少?一般4500左右,做得好能到7000。店里有3000多名会员。\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "茶艺师")) == [(4500.0, 4500.0, "CNY", "month"), (7000.0, 7000.0, "CNY", "month")]


def test_a_pay_title_names_the_page_role(tmp_path: Path) -> None:
    text = "Farrier Salary in the UK\n\nThe average salary is £29,000 a year. Apprentices start on £14,000.\n"
    g = read(tmp_path, text)
    assert "farrier" in roles(g)
    assert (29000.0, 29000.0, "GBP", "year") in pay(g, "farrier")


def test_a_pay_title_of_two_words_and_a_post_ending(tmp_path: Path) -> None:
    text = (
        "Hotel Fresher Salary. A fresher is a graduate in a first hotel job.\n\n"
        "The average salary is ₹2.2 lakhs per annum.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-fresher") == [(220000.0, 220000.0, "INR", "year")]


def test_a_pay_title_naming_no_post_gives_no_role(tmp_path: Path) -> None:
    for title in ("Public Sector Pay", "Average Salary in Ireland", "Better Pay", "Hospitality Salaries"):
        g = read(tmp_path, f"{title}\n\nThe average salary is €35,000 a year.\n")
        assert not roles(g), title


def test_a_pay_charts_ends_around_its_median(tmp_path: Path) -> None:
    text = (
        "Ferry Deckhand Salaries\n\n"
        "Average Base Pay\n\n"
        "$44,900 /yr\n"
        "Not including cash compensation\n"
        "$36K\n"
        "Median: $45K\n"
        "$58K\n"
        "See More Insights\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "ferry-deckhand")) == [
        (36000.0, 58000.0, "USD", "year"), (44900.0, 44900.0, "USD", "year"), (45000.0, 45000.0, "USD", "year")
    ]


def test_a_bonus_label_with_an_abbreviation_and_a_currency_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Sommelier Salary\n\n"
        "Avg. Base Salary (EUR)\n€39,800\n\n"
        "Avg. Bonus (EUR)\n€1,150\n\n"
        "Profit Sharing (EUR)\n€600\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "sommelier") == [(39800.0, 39800.0, "EUR", "year")]


def test_a_first_job_told_by_what_the_narrator_did_is_not_the_later_posts_pay(tmp_path: Path) -> None:
    text = (
        "How I became a workshop foreman\n\n"
        "My first job was sweeping floors at a garage, where I earned £6 an hour. I started out sorting bolts for"
        " £5 an hour. Ten years later I was made workshop foreman, and I now earn £41,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "workshop-foreman") == [(41000.0, 41000.0, "GBP", "year")]


def test_a_sum_in_millions_glued_to_its_figure_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Ticket office clerk\n\n"
        "Ticket office clerks are paid £12.10 per hour. The station handles 3 million passengers a week and made"
        " £52m profit.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "ticket-office-clerk") == [(12.1, 12.1, "GBP", "hour")]


def test_pay_that_went_from_one_figure_to_another_is_two_figures(tmp_path: Path) -> None:
    text = (
        "Lock keeper\n\n"
        "Lock keepers on the canal saw their pay rise this spring: it went from £24,300 to £25,900 a year.\n\n"
        "Relief lock keepers earn from £11 to £12.50 an hour.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "lock-keeper")) == [(24300.0, 24300.0, "GBP", "year"), (25900.0, 25900.0, "GBP", "year")]
    assert pay(g, "relief-lock-keeper") == [(11.0, 12.5, "GBP", "hour")]
