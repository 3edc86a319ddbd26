"""The window's region tree (RegionQueries.tree): what it lists, and in how many statements.

The tree the window opens on lists the home county's province, the province's prefectures and
their counties, and the county's townships. It was read with one query per prefecture (48
statements for 四川省's 21 prefectures, ~75 ms of every start); it is now two, however large
the province: a change that makes it grow again fails here. What it lists is checked against
the old way of reading it, division by division, written out in the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.regions import Region
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from tests.sql_statements import statements

COUNTY = "511921"  # 通江县, 巴中市, 四川省
TOWNSHIP, VILLAGE, RETIRED = "511921101", "511921101201", "511921102"


@pytest.fixture
def regions(store: Store) -> RegionQueries:
    """The shipped regions, with two townships of 通江县 (one retired) and a village."""
    queries = RegionQueries(store.sessions)
    queries.add(TOWNSHIP, "诺江镇", COUNTY)
    queries.add(VILLAGE, "金山村", TOWNSHIP)
    queries.add(RETIRED, "民胜镇", COUNTY)
    queries.retire(RETIRED, date(2020, 12, 31))
    return queries


def division_by_division(queries: RegionQueries, home: str) -> list[Region]:
    """The reference: the home region's top ancestor, then each division's own, one query
    each (how the window read its tree before)."""
    province = queries.lineage(home)[-1]
    found = [province]
    for prefecture in queries.children(province.code):
        found += [prefecture, *queries.children(prefecture.code)]
    return found + queries.children(home)


def by_parent(regions: list[Region]) -> dict[str | None, list[Region]]:
    """Each parent's children in the order listed (the order the tree shows them in)."""
    grouped: dict[str | None, list[Region]] = {}
    for region in {r.code: r for r in regions}.values():
        grouped.setdefault(region.parent_code, []).append(region)
    return grouped


@pytest.mark.parametrize("home", [COUNTY, "511900", "510000", TOWNSHIP])
def test_region_tree_lists_what_division_by_division_reading_did(
    regions: RegionQueries, home: str
) -> None:
    # When the tree is read for a county, a prefecture, a province or a township
    tree = regions.tree(home)
    # Then it holds the same regions, each under the same parent and in the same order
    assert by_parent(tree) == by_parent(division_by_division(regions, home))
    assert len({r.code for r in tree}) == len(tree)  # each once


def test_region_tree_of_a_county_holds_its_province_and_townships(
    regions: RegionQueries,
) -> None:
    tree = {r.code: r for r in regions.tree(COUNTY)}

    # 四川省 with its 21 prefectures and their 183 counties (the shipped GB/T 2260 list)
    assert tree["510000"].parent_code is None
    levels = [r.level.value for r in tree.values()]
    assert (levels.count("prefecture"), levels.count("county")) == (21, 183)
    assert tree["511900"].parent_code == "510000" and tree[COUNTY].parent_code == "511900"
    # the county's current township, not the retired one nor the township's village
    assert tree[TOWNSHIP].parent_code == COUNTY and tree[TOWNSHIP].name == "诺江镇"
    assert RETIRED not in tree and VILLAGE not in tree
    # no other province's regions
    assert all(code.startswith("51") for code in tree)


def test_region_tree_without_a_home_region_lists_the_provinces(regions: RegionQueries) -> None:
    provinces = regions.tree(None)
    # the provinces the shipped lists hold (四川省 among them), at the top, by code
    assert "510000" in [r.code for r in provinces]
    assert all(r.level.value == "province" and r.parent_code is None for r in provinces)
    assert [r.code for r in provinces] == sorted(r.code for r in provinces)


def test_region_tree_in_two_statements_whatever_the_province(
    regions: RegionQueries, store: Store
) -> None:
    # When the tree of a county is read (四川省: 21 prefectures, 183 counties)
    sent = statements(store, lambda: regions.tree(COUNTY))
    # Then two statements read it: the home region, then the whole tree
    assert len(sent) == 2, sent
    # ... and as many for a province's prefecture as for the province itself
    assert len(statements(store, lambda: regions.tree("510000"))) == 2
