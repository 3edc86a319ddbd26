"""Which backups to keep: the newest of each of the last days, weeks and months that have one.

Like restic's `forget --keep-daily 7 --keep-weekly 8 --keep-monthly 12`: each rule looks at the
most recent N calendar days (ISO weeks, months) that have at least one backup and keeps the newest
backup of each; and, like `--keep-within 1d`, every backup made in the last day is kept (so the
copy made before this morning's import survives this afternoon's). A backup is kept when any rule
keeps it. Pure arithmetic on time stamps.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 8
    monthly: int = 12
    within: timedelta = timedelta(days=1)


def _day(made: datetime) -> Hashable:
    return made.date()


def _week(made: datetime) -> Hashable:
    iso = made.isocalendar()
    return (iso.year, iso.week)


def _month(made: datetime) -> Hashable:
    return (made.year, made.month)


def backups_to_keep(
    made: Sequence[datetime], now: datetime, retention: Retention = Retention()
) -> set[int]:
    """The indexes (into `made`) of the backups the retention keeps at `now`. Backups made at
    the same moment are told apart by their index: the later index counts as the newer."""
    newest_first = sorted(range(len(made)), key=lambda i: (made[i], i), reverse=True)
    keep = {i for i in newest_first if now - made[i] < retention.within}
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, retention.daily),
        (_week, retention.weekly),
        (_month, retention.monthly),
    ]
    for bucket_of, count in rules:
        seen: set[Hashable] = set()
        for index in newest_first:
            if len(seen) >= count:
                break
            bucket = bucket_of(made[index])
            if bucket not in seen:
                seen.add(bucket)
                keep.add(index)
    return keep
