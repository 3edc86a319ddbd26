"""The rules of the townships and villages a bureau keeps, without a database: codes as lists
write them, the first period a retirement would cut off, and a list planned row by row."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.regions import (
    KnownPlace,
    ListedPlace,
    PlanStatus,
    Region,
    RegionLevel,
    check_last_day,
    check_new_name,
    first_period_after,
    normalise_code,
    place_code,
    plan_place_list,
)

COUNTY = Region("511921", "通江县", RegionLevel.COUNTY, "511900")


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("511921101000", "511921101"),  # a township in the statistics office's 12 digits
        ("511921101", "511921101"),
        ("511921101201", "511921101201"),  # a village stays whole
        ("５１１９２１１０１０００", "511921101"),  # full-width digits
        (" 511921 101 000 ", "511921101"),  # spaces typed between the groups
        ("5119211010000", "5119211010000"),  # 13 digits: left for the length check
    ],
)
def test_places_codes_as_lists_write_them(written: str, kept: str) -> None:
    assert place_code(normalise_code(written)) == kept


@pytest.mark.parametrize(
    ("last_day", "codes", "first"),
    [
        (date(2016, 6, 30), ["2016-Q3", "2016-M06", "2016-M08"], "2016-Q3"),
        (date(2016, 6, 30), ["2016-M06", "2016-Q2", "2016-H1", "2016-Y"], None),
        (date(2016, 6, 15), ["2016-M06"], None),  # June began before its last day
        (date(2016, 12, 31), ["2017-M02", "2017-Y"], "2017-Y"),  # the year begins on 1 January
        (date(2016, 6, 30), ["not-a-period", "2016-M09"], "2016-M09"),
    ],
)
def test_places_first_period_after_a_last_day(
    last_day: date, codes: list[str], first: str | None
) -> None:
    assert first_period_after(last_day, codes) == first


def test_places_a_last_day_before_the_start_and_names_are_refused() -> None:
    with pytest.raises(DomainError) as caught:
        check_last_day("511921101", "民胜镇", date(2019, 12, 31), date(2020, 1, 1))
    assert caught.value.issue.code == "region_retire_before_start"
    check_last_day("511921101", "民胜镇", date(2020, 1, 1), date(2020, 1, 1))
    check_last_day("511921101", "民胜镇", date(1950, 1, 1), None)
    siblings = {"诺江镇": "511921100", "民胜镇": "511921101"}
    assert check_new_name("　民胜镇 ", "511921101", siblings) == "民胜镇"  # its own name
    for name, code in [("", "region_needs_name"), ("诺江镇", "region_name_taken")]:
        with pytest.raises(DomainError) as caught:
            check_new_name(name, "511921101", siblings)
        assert caught.value.issue.code == code


def test_places_plan_reads_rows_against_each_other_and_the_database() -> None:
    known = {
        "511921100": KnownPlace("511921100", "诺江镇", "511921", True, True),
        "511921105": KnownPlace("511921105", "旧乡", "511921", False, True, date(2015, 12, 31)),
        "511921106": KnownPlace("511921106", "城关镇", "511921", True, False),
    }
    rows = [
        ListedPlace(2, "511921101201", "光明村"),  # township later in the list
        ListedPlace(3, "511921101000", "民胜镇"),
        ListedPlace(4, "511921100201", "光明村"),  # the same name under another township
        ListedPlace(5, "511921101202", "光明村"),  # the same name under the same township
        ListedPlace(6, "511921105", "新乡"),  # a retired division's code
        ListedPlace(7, "511921106", "城关镇新"),  # a shipped one is not renamed
        ListedPlace(8, "511921100", "诺江镇"),
        ListedPlace(9, "", "无码村"),
    ]
    plan = plan_place_list(COUNTY, rows, known)
    by_row = {r.row: (r.status, r.issue.code if r.issue else None) for r in plan.rows}
    assert by_row == {
        2: (PlanStatus.NEW, None),
        3: (PlanStatus.NEW, None),
        4: (PlanStatus.NEW, None),
        5: (PlanStatus.REFUSED, "region_name_taken"),
        6: (PlanStatus.REFUSED, "place_list_code_retired"),
        7: (PlanStatus.REFUSED, "region_rename_reference"),
        8: (PlanStatus.UNCHANGED, None),
        9: (PlanStatus.REFUSED, "place_list_no_code"),
    }
    # Townships are written first whatever the order of the list
    assert [r.code for r in plan.changes] == ["511921101", "511921100201", "511921101201"]
