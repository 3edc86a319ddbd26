"""The reference fingerprint: a counter the database keeps (migration 0010's triggers) of every
change to the catalogue and the regions, whoever writes them; a figure saved leaves it as it is.

A screen keeps the catalogue and regions it read while this fingerprint is unchanged, so a
change it misses would show stale names or miss a township: each kind of write below must
change it, on both back-ends, including one sent as plain SQL by another program."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import IndicatorGroupRecord, IndicatorRecord, RegionRecord
from desktop_app.persistence.repositories import reference_fingerprint
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

COUNTY = "511921"
TOWNSHIP = "511921001"
FEB = Period.month(2016, 2)


def fingerprint(store: Store) -> tuple[object, ...]:
    with store.sessions() as session:
        return reference_fingerprint(session)


def written(store: Store, write: Callable[[Session], object]) -> None:
    with store.sessions.begin() as session:
        write(session)


def rename_indicator(session: Session) -> None:
    record = session.scalars(select(IndicatorRecord).where(IndicatorRecord.code == "D02")).one()
    record.name_zh = "培训人次（含线上）"


def rename_group(session: Session) -> None:
    session.scalars(select(IndicatorGroupRecord).limit(1)).one().name_zh = "改名"


def rename_township(session: Session) -> None:
    record = session.scalars(select(RegionRecord).where(RegionRecord.code == TOWNSHIP)).one()
    record.name = "诺江街道"


def drop_township(session: Session) -> None:
    session.execute(text("DELETE FROM region WHERE code = :code"), {"code": TOWNSHIP})


def test_reference_version_every_change_of_catalogue_or_regions_changes_it(
    store: Store,
) -> None:
    regions = RegionQueries(store.sessions)
    seen = [fingerprint(store)]
    assert seen[0] != ()  # a database at head has the counter

    def changed(action: Callable[[], object]) -> bool:
        action()
        seen.append(fingerprint(store))
        return seen[-1] != seen[-2]

    assert changed(lambda: regions.add(TOWNSHIP, "诺江镇", COUNTY))
    assert changed(lambda: written(store, rename_township))
    assert changed(lambda: written(store, rename_indicator))
    assert changed(lambda: written(store, rename_group))
    assert changed(lambda: written(store, drop_township))
    # never back to a value it had: a screen that read at any earlier moment reads again
    assert len(set(seen)) == len(seen)


def test_reference_version_another_programs_plain_sql_changes_it(store: Store) -> None:
    before = fingerprint(store)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE indicator SET unit = unit WHERE code = 'D02'"))
    assert fingerprint(store) != before


def test_reference_version_a_saved_figure_leaves_it(store: Store) -> None:
    store.set_home_region(COUNTY)
    before = fingerprint(store)
    values = ValueService(store.sessions, "李四")
    values.set_text(COUNTY, "D01", FEB, "12")
    values.set_text(COUNTY, "D01", FEB, "")
    assert fingerprint(store) == before


def test_reference_version_missing_counter_keeps_nothing(store: Store) -> None:
    """A database whose counter row is gone (edited by hand) gives no fingerprint: a screen
    then reads its reference data every time instead of trusting a counter nobody keeps."""
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM meta WHERE key = 'reference_version'"))
    assert fingerprint(store) == ()
