"""Titles in varied shapes from trades other than e-commerce, written by us: a check that the title rules are general
(stop 26 of issue 12). Each page names one title the reading must find: spelled-out initials in brackets, "Head of X"
and "Director of X", British spelling, plural forms, closed compounds, titles in headings, table cells, lists and
ladders, bare heads named as what someone is, and Chinese titles."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import read, roles

_CASES = [
    ("Plant jobs\n\nShe works as a Computer Numerical Control (CNC) Machinist in Ohio.", "cnc-machinist"),
    ("Plant jobs\n\nWe hire a Heating, Ventilation and Air Conditioning (HVAC) Technician.", "hvac-technician"),
    ("Job title: Registered Nurse (RN)\n\nYou will care for patients.", "registered-nurse"),
    ("School news\n\nHe was appointed Head of Pastoral Care at the school last year.", "head-of-pastoral-care"),
    ("Hospital careers\n\nThe Director of Nursing reports to the hospital board.", "director-of-nursing"),
    ("Bank careers\n\nOur Chief Financial Officer signs off each budget.", "chief-financial-officer"),
    ("Vacancy: Health and Safety Officer\n\nThe post covers three sites.", "health-and-safety-officer"),
    ("My story\n\nAfter two years I became a locksmith in Leeds.", "locksmith"),
    ("My story\n\nI started out as a dishwasher and later became a line cook.", "line-cook"),
    ("Building trades\n\nMost plumbers begin as apprentices before they qualify.", "plumber"),
    ("Building trades\n\nRoofers and bricklayers are in short supply.", "bricklayer"),
    ("Building trades\n\nElectricians earn more than the labourers on most sites.", "labourer"),
    ("Survey jobs\n\nThe role of Quantity Surveyor suits people who like numbers.", "quantity-surveyor"),
    ("## Veterinary Nurse\n\nA veterinary nurse supports the vet in surgery.", "veterinary-nurse"),
    ("Site pay\n\n| Post | Pay |\n|---|---|\n| Site Foreman | £40,000 |\n| Groundworker | £28,000 |\n", "groundworker"),
    ("Hotel jobs\n\nPositions open: housekeeper, porter, concierge.", "concierge"),
    ("Hotel jobs\n\nShe spent five years as a night porter before becoming head concierge.", "night-porter"),
    ("School news\n\nThe Assistant Director of Studies plans the timetable.", "assistant-director-of-studies"),
    ("Bank careers\n\nHe is now Vice President of Engineering at a bank.", "vice-president-of-engineering"),
    ("Site life\n\nI was promoted to foreman after three years on site.", "foreman"),
    ("Farm life\n\nHe worked as a farmhand and then as a herdsman.", "farmhand"),
    ("Market life\n\nAt sixteen I became a fishmonger at the quay.", "fishmonger"),
    ("Depot life\n\nAfter six years as the supervisor I still enjoy the work.", "supervisor"),
    ("University jobs\n\nShe is a Senior Lecturer in Law at the university.", "senior-lecturer"),
    ("Clinic jobs\n\nWe need a Customer Experience (CX) Lead for the clinic.", "cx-lead"),
    ("Post office\n\nI was a postman for ten years before I became a driving instructor.", "driving-instructor"),
    ("School news\n\nThe school counsellor listens to pupils.", "school-counsellor"),
    ("酒店岗位\n\n前台接待员负责入住登记。", "前台接待员"),
    ("工厂岗位\n\n车间主任管理生产。", "车间主任"),
    ("医院招聘\n\n招聘岗位：护理岗、药剂师、收费员。", "药剂师"),
    ("餐厅的晋升路线：服务员→领班→主管→店长。", "领班"),
    ("Kitchen ladder\n\nCommis Chef -> Chef de Partie -> Sous Chef -> Head Chef", "chef-de-partie"),
    ("Hotel jobs\n\nFront Office Managers oversee the reception team.", "front-office-manager"),
    ("Shop jobs\n\nThe Sr. Buyer approves each order.", "senior-buyer"),
    ("Police jobs\n\nShe rose from Police Constable to Detective Sergeant in six years.", "detective-sergeant"),
    ("Kitchen jobs\n\nPosts: Kitchen Porter, Commis Chef, Chef de Cuisine, Pastry Chef.", "chef-de-cuisine"),
    ("Kitchen jobs\n\nThe 2nd Chef runs the pass on Sundays.", "2nd-chef"),
    ("Hotel jobs\n\nWe want a Receptionist/Administrator for the lobby.", "administrator"),
    ("Depot jobs\n\nThe depot employs two drivers and a storekeeper.", "storekeeper"),
    ("Estate jobs\n\nThe estate hires vineyard workers every autumn.", "vineyard-worker"),
    ("School posts\n\nHeads of Year meet weekly with the head teacher.", "head-of-year"),
    ("Farm jobs\n\nWe are recruiting two Tractor Drivers and a Dairy Herd Manager.", "dairy-herd-manager"),
    ("Dental jobs\n\n- Dental Nurse\n- Practice Manager\n- Orthodontic Therapist\n", "orthodontic-therapist"),
]


@pytest.mark.parametrize(("page", "title"), _CASES, ids=[title for _, title in _CASES])
def test_a_title_of_another_trade_is_read(tmp_path: Path, page: str, title: str) -> None:
    assert title in roles(read(tmp_path, page))
