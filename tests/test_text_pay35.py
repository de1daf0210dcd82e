"""Salary figures (stop 35): sums a page names beside pay that are no one's pay; pay shared by a list of posts.

The wording here is our own (bakeries, a rail depot, a ski resort, a fruit farm, kitchens, a hotel), unlike any
page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_the_wage_the_law_sets_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Ohio\n\n"
        "Bakery assistants in Columbus earn about $14 an hour. The state minimum wage is $10.45 an hour, and the"
        " federal one is lower still.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bakery-assistant") == [(14.0, 14.0, "USD", "hour")]


def test_a_rise_of_the_living_wage_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Rail depot pay\n\n"
        "Cleaners at the depot are paid £12.60 an hour. Last spring the real living wage went up to £12.60"
        " outside London and to £13.85 in the capital.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "cleaner") == [(12.6, 12.6, "GBP", "hour")]


def test_pay_set_at_the_legal_floor_is_the_posts(tmp_path: Path) -> None:
    text = "Fruit farm jobs\n\nFruit pickers are paid the national minimum wage of £11.44 an hour.\n"
    g = read(tmp_path, text)
    assert pay(g, "fruit-picker") == [(11.44, 11.44, "GBP", "hour")]


def test_what_staff_pay_for_their_keep_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Winter jobs at a ski resort\n\n"
        "Lift operators are paid CHF 4,100 a month. Beds in the staff chalet are let for CHF 600 a month, and"
        " parking is offered at CHF 40 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "lift-operator") == [(4100.0, 4100.0, "CHF", "month")]


def test_a_room_given_with_the_pay_leaves_the_pay(tmp_path: Path) -> None:
    text = (
        "Gardener wanted\n\nWe need a head gardener for a country estate. Accommodation is provided and the pay is"
        " £520 per week.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "head-gardener") == [(520.0, 520.0, "GBP", "week")]


def test_a_figure_each_post_listed_with_its_article_was_paid(tmp_path: Path) -> None:
    text = (
        "Ten years in bakeries\n\n"
        "At the bakery I was a counter assistant, a cake decorator and then a shift baker, all on $13 an hour."
        " Now I run the place as the bakery manager.\n"
    )
    g = read(tmp_path, text)
    for post in ("counter-assistant", "cake-decorator", "shift-baker"):
        assert pay(g, post) == [(13.0, 13.0, "USD", "hour")]


def test_a_listed_post_the_page_does_not_know_leaves_the_list_whole(tmp_path: Path) -> None:
    text = (
        "My first kitchen\n\n"
        "In my first restaurant I worked as a kitchen porter, plongeur and commis chef, all for £8 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "kitchen-porter") == [(8.0, 8.0, "GBP", "hour")]
    assert pay(g, "commis-chef") == [(8.0, 8.0, "GBP", "hour")]


def test_a_post_before_a_verb_is_not_in_the_list(tmp_path: Path) -> None:
    text = "The housekeeping team\n\nThe head housekeeper trains room attendants, each paid £11 an hour.\n"
    g = read(tmp_path, text)
    assert pay(g, "room-attendant") == [(11.0, 11.0, "GBP", "hour")]
    assert pay(g, "head-housekeeper") == []


def test_a_thing_rented_or_bought_for_a_figure_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Taxi work in Leeds\n\n"
        "Taxi drivers with the firm take home about £600 a week. Cabs are rented out at £180 a week, and a card"
        " reader can be purchased for £60.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "taxi-driver") == [(600.0, 600.0, "GBP", "week")]


def test_sums_added_to_pay_or_paid_once_are_no_pay(tmp_path: Path) -> None:
    text = (
        "Track maintenance jobs\n\n"
        "Track technicians earn £38,000 a year, plus a London weighting of £5,200. Overtime is paid at £27 an hour,"
        " and new joiners receive a joining payment of £2,000 and a relocation package of up to £6,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "track-technician") == [(38000.0, 38000.0, "GBP", "year")]


def test_what_a_worker_pays_to_qualify_or_to_live_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Bus driving in Bristol\n\n"
        "Bus drivers in Bristol earn about £31,000 a year. The theory test is £37, and renting a room near the"
        " garage averages £650 a month. The depot runs a payroll of £9 million, and drivers repay their training"
        " once they earn over the threshold of £25,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bus-driver") == [(31000.0, 31000.0, "GBP", "year")]


def test_pay_above_a_threshold_for_something_else_is_pay(tmp_path: Path) -> None:
    text = "Depot pay\n\nMechanics earn above the threshold for higher tax contributions, around £52,000 a year.\n"
    g = read(tmp_path, text)
    assert pay(g, "mechanic") == [(52000.0, 52000.0, "GBP", "year")]


def test_a_sum_far_above_an_hours_pay_read_before_is_no_hours_pay(tmp_path: Path) -> None:
    text = (
        "Projectionist - city cinema\n\n"
        "Pay: £12.10 per hour\n"
        "You will be trained on our new digital projector (a £900 machine) in your first week.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "projectionist") == [(12.1, 12.1, "GBP", "hour")]


def test_a_small_figure_after_an_hours_pay_takes_its_hour(tmp_path: Path) -> None:
    text = "Usher - city cinema\n\nPay: £11.60 per hour\nShift leaders: £13.40\n"
    g = read(tmp_path, text)
    assert pay(g, "shift-leader") == [(13.4, 13.4, "GBP", "hour")]


def test_a_share_of_earners_written_with_a_percent_sign_states_a_percentile(tmp_path: Path) -> None:
    text = (
        "Plumber pay in Ohio\n\n"
        "Plumbers in Ohio earn a median of $58,000 a year. The lowest 10% earn less than $38,500, and the top 10%"
        " make more than $89,000.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "plumber")) == [
        (38500.0, 38500.0, "USD", "year"), (58000.0, 58000.0, "USD", "year"), (89000.0, 89000.0, "USD", "year")
    ]


def test_a_year_named_in_a_later_clause_leaves_a_small_figure_the_hour_before(tmp_path: Path) -> None:
    text = (
        "Pay at the riding school\n\n"
        "Grooms at the school earn £11.90 an hour. Riding instructors get £18.40, and the yard manager is paid"
        " an annual salary of £29,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "riding-instructor") == [(18.4, 18.4, "GBP", "hour")]
    assert pay(g, "yard-manager") == [(29000.0, 29000.0, "GBP", "year")]


def test_a_year_before_a_signed_figure_is_no_end_of_a_range(tmp_path: Path) -> None:
    text = (
        "Ferry crew pay\n\n"
        "Deckhands on the ferry are paid €2,100 a month until June 2025 and €2,250 a month after that.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "deckhand")) == [(2100.0, 2100.0, "EUR", "month"), (2250.0, 2250.0, "EUR", "month")]


def test_a_rise_to_a_figure_on_a_date_is_a_figure_of_its_own(tmp_path: Path) -> None:
    text = (
        "Pay for park rangers\n\n"
        "Seasonal park rangers will get $19.40 per hour, rising to $20.10 from March next year. Trainee rangers"
        " start on $38,000, rising to $44,000 after two years.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "seasonal-park-ranger")) == [(19.4, 19.4, "USD", "hour"), (20.1, 20.1, "USD", "hour")]
    assert pay(g, "trainee-ranger") == [(38000.0, 44000.0, "USD", "year")]


def test_an_hours_extra_a_budget_and_a_reward_after_a_figure_are_no_pay(tmp_path: Path) -> None:
    text = (
        "Night Baker\n\n"
        "Pay: $19.20/hr, plus a $1.50/hr night differential\n"
        "Every baker gets a $900 yearly tools budget and a $150 referral reward.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-baker") == [(19.2, 19.2, "USD", "hour")]


def test_pay_for_a_plural_of_a_post_no_title_names_is_that_posts(tmp_path: Path) -> None:
    text = (
        "Jobs at the bottling plant\n\n"
        "The basic pay for operatives is £2,150 a month. After six months, operatives who pass the line test move"
        " to £2,300.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "operative")) == [(2150.0, 2150.0, "GBP", "month"), (2300.0, 2300.0, "GBP", "month")]


def test_pay_for_customers_names_no_post(tmp_path: Path) -> None:
    text = "Who shops with us\n\nThe average income of customers is £32,000 a year.\n"
    g = read(tmp_path, text)
    assert not [n for n, d in g.nodes(data=True) if d.get("salaries")]


def test_the_pay_of_people_of_no_post_set_beside_a_posts_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Gardening jobs\n\n"
        "Gardeners make $17 an hour, compared with $24 an hour for all workers. Landscape architects earn $79,000"
        " a year, while the median American worker earns $61,000. Tree surgeons are paid $26 an hour, well above the"
        " average pay for a farm employee, which is $18.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "gardener") == [(17.0, 17.0, "USD", "hour")]
    assert pay(g, "landscape-architect") == [(79000.0, 79000.0, "USD", "year")]
    assert pay(g, "tree-surgeon") == [(26.0, 26.0, "USD", "hour")]


def test_a_day_rate_under_a_pay_label_without_its_sign_takes_the_pages_country(tmp_path: Path) -> None:
    text = (
        "Housekeeper - Cebu resort\n\n"
        "Salary: 590 per day, with free staff housing\n"
        "Six working days a week.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "housekeeper") == [(590.0, 590.0, "PHP", "day")]


def test_an_hours_pay_without_its_sign_on_a_page_naming_no_country_is_left(tmp_path: Path) -> None:
    text = "Dog walker wanted\n\nPay: 20/hour, cash\nMust love dogs.\n"
    g = read(tmp_path, text)
    assert not [n for n, d in g.nodes(data=True) if d.get("salaries")]


def test_the_cedi_sign_names_its_currency(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Tamale\n\n"
        "Bakers at the town's big bakeries earn GH₵1,300 to GH₵1,700 a month, and bakery supervisors about GH¢ 2,600.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "baker") == [(1300.0, 1700.0, "GHS", "month")]
    assert pay(g, "bakery-supervisor") == [(2600.0, 2600.0, "GHS", "month")]


def test_rupees_on_a_page_about_pakistan_or_nepal_are_theirs(tmp_path: Path) -> None:
    text = (
        "Hotel jobs in Karachi\n\n"
        "Room attendants at the city's hotels are paid Rs. 32,000 a month, and front office managers Rs. 110,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "room-attendant") == [(32000.0, 32000.0, "PKR", "month")]
    text = "Porters in Nepal\n\nA porter in Nepal earns about 40,000 rupees a month in the trekking season.\n"
    g = read(tmp_path, text)
    assert pay(g, "porter") == [(40000.0, 40000.0, "NPR", "month")]


def test_rupees_on_a_page_about_india_stay_indian(tmp_path: Path) -> None:
    text = "Hotel jobs in Jaipur, India\n\nRoom attendants in Jaipur are paid Rs. 14,000 a month.\n"
    g = read(tmp_path, text)
    assert pay(g, "room-attendant") == [(14000.0, 14000.0, "INR", "month")]


def test_a_chinese_list_of_pay_by_years_or_cities_after_a_word_of_pay(tmp_path: Path) -> None:
    text = (
        "面包师工资水平\n\n"
        "面包师平均月薪6100元，工作1-3年的为5200元，3年以上的为7300元。\n"
        "分城市看，广州面包师月薪6900元，南宁5400元。\n"
    )
    g = read(tmp_path, text)
    assert sorted(p[0] for p in pay(g, "面包师")) == [5200.0, 5400.0, 6100.0, 6900.0, 7300.0]


def test_a_chinese_price_or_deduction_after_pay_is_no_pay(tmp_path: Path) -> None:
    text = "西点师待遇\n\n西点师月薪5500元，宿舍每月扣200元，一个生日蛋糕售价2880元。\n"
    g = read(tmp_path, text)
    assert pay(g, "西点师") == [(5500.0, 5500.0, "CNY", "month")]


def test_pay_for_people_counted_by_where_they_live_names_no_post(tmp_path: Path) -> None:
    text = "Living costs in Hull\n\nThe usual pay for migrants is £1,900 a month, the council says.\n"
    g = read(tmp_path, text)
    assert not [n for n, d in g.nodes(data=True) if d.get("salaries")]


def test_a_figure_with_no_sign_on_a_page_about_london_is_in_pounds(tmp_path: Path) -> None:
    text = "Sommelier pay\n\nA head sommelier in London earns a salary of about 45,000 a year.\n"
    g = read(tmp_path, text)
    assert pay(g, "head-sommelier") == [(45000.0, 45000.0, "GBP", "year")]


def test_a_grade_they_move_to_pays_the_post_paid_just_before(tmp_path: Path) -> None:
    text = (
        "Ambulance careers\n\n"
        "Emergency care assistants are on Band 3, which pays £24,071 to £25,674. After a year of training they"
        " move to Band 4, which pays £26,530 to £29,114.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "emergency-care-assistant")) == [
        (24071.0, 25674.0, "GBP", "year"), (26530.0, 29114.0, "GBP", "year")
    ]


def test_a_pay_pages_figures_over_their_period_and_label_lines(tmp_path: Path) -> None:
    text = (
        "Cashier salaries in Portland, OR\n\n"
        "$18\n/hr\nTotal pay\n"
        "$16\n/hr\nBase pay\n"
        "$2\n/hr\nAdditional pay\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "cashier")) == [(16.0, 16.0, "USD", "hour"), (18.0, 18.0, "USD", "hour")]
    text = "Sous chef salaries in Austin, TX\n\n$62K\n/yr\nTotal pay\n$7K\n/yr\nAdditional pay\n"
    g = read(tmp_path, text)
    assert pay(g, "sous-chef") == [(62000.0, 62000.0, "USD", "year")]
