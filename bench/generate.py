"""Generate a province-scale Xianbao database for benchmarks.

Every current county-level region of a province (Sichuan, 510000: 183 of them) gets a monthly value
for every active, keyed (not computed) catalogue indicator over a span of years: about
183 × 31 × 120 ≈ 680,000 rows for ten years. The values are plausible and valid:

* counts are non-negative integers, amounts have at most the indicator's scale in decimals;
* an indicator never exceeds its parent (其中) or its ``at_most`` indicator, nor a ratio's
  numerator its denominator;
* flows follow a seasonal pattern (618, 双11) with yearly growth, keyed with the indicator's entry
  basis (a ``ytd`` indicator stores a non-decreasing 1-N月累计 series that restarts each January);
* stocks grow month by month (a few, like online shops, wobble a little).

Rows go in with one bulk SQLAlchemy Core insert in a single transaction, not through the per-cell
ValueService (that would be ~680k audited transactions). A fixed seed makes the file reproducible.

    python -m bench.generate OUT.sqlite3 [--years 10] [--counties N] [--seed 20160301] [--force]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from desktop_app.domain.indicators import Basis, Temporal, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import RegionRecord, ScaledDecimal, ValueRecord
from desktop_app.persistence.repositories import IndicatorRepository, IndicatorRow, RegionRepository
from desktop_app.services.store import Store, open_sqlite_store

PROVINCE = "510000"  # 四川省
END_YEAR = 2025
SEED = 20160301
USER = "bench"
BATCH = 50_000
#: The columns county_rows fills, in the order COPY sends them.
VALUE_COLUMNS = (
    "region_id",
    "indicator_id",
    "period",
    "state",
    "amount",
    "basis",
    "source",
    "updated_at",
    "updated_by",
)

# Online sales peak in June (618) and November (双11) and sag around the Spring Festival.
SEASON = (0.80, 0.62, 0.86, 0.88, 0.92, 1.12, 0.90, 0.91, 0.96, 1.02, 1.48, 1.23)
# Training and hiring stop for the Spring Festival and the summer holidays.
SEASON_FLAT = (0.6, 0.4, 1.1, 1.2, 1.2, 1.1, 0.8, 0.8, 1.1, 1.2, 1.2, 1.1)


@dataclass(frozen=True)
class Profile:
    """How one indicator behaves for a county of median size.

    stock: ``first`` and ``last`` are ranges of the level in the first and last month.
    flow: ``first`` is a range of the yearly total in the first year, ``growth`` of yearly growth.
    bounded (a part of a parent, a ratio's numerator): ``first`` and ``last`` are ranges of the
    share of the bound instead.
    """

    first: tuple[float, float]
    last: tuple[float, float] = (0.0, 0.0)
    growth: tuple[float, float] = (0.0, 0.0)
    elasticity: float = 1.0  # how strongly the level follows the county's size
    volatile: bool = False  # a stock that may dip a little from month to month
    seasonal: bool = True  # a flow following SEASON rather than SEASON_FLAT
    driver: str | None = None  # a flow that is a multiple (range `first`) of another one's months


# Levels guided by Sichuan's published totals (e.g. ~5,000亿元 online retail a year around 2020,
# i.e. a few 10^5 万元 per county) and the 2016 demonstration-county work plans.
PROFILES: dict[str, Profile] = {
    # 服务体系 (stocks)
    "A01": Profile(first=(0, 0.6), last=(1, 1.4), elasticity=0.0),
    "A02": Profile(first=(0, 0.6), last=(1, 2.4), elasticity=0.2),
    "A03": Profile(first=(2, 8), last=(12, 30), elasticity=0.3),
    "A04": Profile(first=(20, 80), last=(150, 320), elasticity=0.3),
    "A04.1": Profile(first=(0.05, 0.25), last=(0.25, 0.5)),
    "A05": Profile(first=(0.15, 0.4), last=(0.8, 1.0)),
    "A06": Profile(first=(120, 420), last=(1.0, 1.0), elasticity=0.2),  # last: multiple of first
    "A08": Profile(first=(0, 20), last=(60, 400), elasticity=0.8),
    "A09": Profile(first=(0.55, 0.8), last=(0.97, 1.0)),
    # 主体与载体 (stocks)
    "B01": Profile(first=(0, 0.6), last=(0, 6), elasticity=0.9),
    "B02": Profile(first=(0, 0.4), last=(0, 2.4), elasticity=0.5),
    "B03": Profile(first=(20, 90), last=(120, 420), elasticity=0.9, volatile=True),
    "B04": Profile(first=(300, 1500), last=(2500, 9000), elasticity=1.0, volatile=True),
    "B05": Profile(first=(0, 1.2), last=(1, 3.4), elasticity=0.4),
    "B06": Profile(first=(0, 2), last=(0, 14), elasticity=1.2),
    "B07": Profile(first=(1, 6), last=(8, 30), elasticity=0.5),
    # 交易 (flows, 万元 / 万件 a year)
    "C01": Profile(first=(60_000, 260_000), growth=(0.06, 0.28), elasticity=1.1),
    "C02": Profile(first=(0.22, 0.45)),
    "C02.1": Profile(first=(0.12, 0.40)),
    "C02.2": Profile(first=(0.10, 0.60)),
    "C03": Profile(first=(80, 600), growth=(0.10, 0.35), elasticity=1.1),
    # 培训与就业 (flows, a year)
    "D01": Profile(first=(8, 30), growth=(-0.05, 0.12), elasticity=0.2, seasonal=False),
    "D02": Profile(first=(25, 70), driver="D01"),  # people per session
    "D02.1": Profile(first=(0.15, 0.5)),
    "D03": Profile(first=(150, 900), growth=(0.0, 0.15), elasticity=0.8, seasonal=False),
    # 电商扶贫
    "E01": Profile(first=(200, 1200), last=(1500, 6000), elasticity=0.3),
    "E02": Profile(first=(80, 600), growth=(0.0, 0.2), elasticity=0.4),
    # 企业应用 (stocks)
    "F01": Profile(first=(20, 120), last=(1.05, 1.5), elasticity=1.0),  # last: multiple of first
    "F01.1": Profile(first=(0.1, 0.35), last=(0.45, 0.85)),
    "F03": Profile(first=(15, 90), last=(1.1, 1.6), elasticity=1.0),  # last: multiple of first
    "F03.1": Profile(first=(0.1, 0.3), last=(0.4, 0.75)),
}
#: Stocks whose `last` is a multiple of their first level (they hardly move).
RELATIVE_LAST = frozenset({"A06", "F01", "F03"})
#: Bounds beyond the catalogue's parents, `at_most` and ratio parts: online retail ≤ all
#: e-commerce transactions.
EXTRA_BOUNDS = {"C02": "C01"}
GENERIC_STOCK = Profile(first=(5, 50), last=(50, 200), elasticity=0.5)
GENERIC_FLOW = Profile(first=(100, 1000), growth=(0.0, 0.2), elasticity=0.5)
GENERIC_SHARE = Profile(first=(0.1, 0.5), last=(0.3, 0.8))


@dataclass(frozen=True)
class Target:
    """An indicator the generator fills in."""

    id: int
    code: str
    kind: ValueKind
    temporal: Temporal
    scale: int
    basis: Basis
    bound: str | None  # the indicator this one may never exceed
    bound_scale: int = 0

    @property
    def profile(self) -> Profile:
        if self.code in PROFILES:
            return PROFILES[self.code]
        return GENERIC_SHARE if self.bound else GENERIC_STOCK if self.is_stock else GENERIC_FLOW

    @property
    def is_stock(self) -> bool:
        return self.temporal is Temporal.STOCK


@dataclass(frozen=True)
class GenerateResult:
    path: Path | None  # None: a database on a server
    rows: int
    regions: int
    indicators: int
    months: int
    seconds: float


def _targets(rows: Sequence[IndicatorRow]) -> list[Target]:
    """Keyed indicators, each after the one that bounds it."""
    indicators = [row.indicator for row in rows]
    keyed = {i.code for i in indicators if not i.is_computed}
    bounds: dict[str, str] = {}
    for ind in indicators:
        if ind.is_computed:
            assert ind.numerator_code is not None and ind.denominator_code is not None
            bounds.setdefault(ind.numerator_code, ind.denominator_code)
        elif ind.parent_code is not None:
            bounds[ind.code] = ind.parent_code
        elif ind.at_most_code is not None:
            bounds[ind.code] = ind.at_most_code
    for code, bound in EXTRA_BOUNDS.items():
        bounds.setdefault(code, bound)
    by_code = {row.indicator.code: row for row in rows}
    ordered: list[Target] = []
    placed: set[str] = set()

    def place(code: str) -> None:
        if code in placed:
            return
        bound = bounds.get(code)
        if bound not in keyed:
            bound = None
        for first in (bound, PROFILES[code].driver if code in PROFILES else None):
            if first is not None and first in keyed:
                place(first)
        row = by_code[code]
        ind = row.indicator
        bound_scale = by_code[bound].indicator.scale if bound else 0
        ordered.append(
            Target(
                row.id,
                ind.code,
                ind.kind,
                ind.temporal,
                ind.scale,
                ind.entry_basis,
                bound,
                bound_scale,
            )
        )
        placed.add(code)

    for ind in indicators:
        if not ind.is_computed:
            place(ind.code)
    return ordered


def _uniform(rng: random.Random, bounds: tuple[float, float]) -> float:
    return rng.uniform(*bounds)


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth's method for small means, a rounded normal for large ones)."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _progress(rng: random.Random, months: int) -> list[float]:
    """A non-decreasing path from 0 (first month) to 1 (last month) with uneven steps."""
    steps = [rng.expovariate(1.0) * rng.choice((0.2, 1.0, 1.0, 3.0)) for _ in range(months - 1)]
    total = sum(steps) or 1.0
    path, done = [0.0], 0.0
    for step in steps:
        done += step
        path.append(min(1.0, done / total))
    return path


class CountyGenerator:
    """Monthly series, as integers of 10^-scale units, for one county."""

    def __init__(self, rng: random.Random, years: list[int]) -> None:
        self.rng = rng
        self.years = years
        self.months = len(years) * 12
        self.size = min(8.0, max(0.12, rng.lognormvariate(0.0, 0.75)))

    def series(self, target: Target, done: dict[str, list[int]]) -> list[int]:
        bound = None
        if target.bound:  # in this indicator's units (10^-scale)
            shift = target.scale - target.bound_scale
            bound = [b * 10**shift if shift >= 0 else b // 10**-shift for b in done[target.bound]]
        if target.is_stock:
            return self._stock(target, bound)
        driver = target.profile.driver
        if driver is not None and driver in done:
            return self._driven(target, done[driver])
        return self._flow(target, bound)

    def _driven(self, target: Target, driver: list[int]) -> list[int]:
        rng, profile, unit = self.rng, target.profile, 10**target.scale
        mean = _uniform(rng, profile.first)
        return [
            sum(max(1, round(rng.gauss(mean, mean / 4))) for _ in range(d)) * unit for d in driver
        ]

    def _stock(self, target: Target, bound: list[int] | None) -> list[int]:
        rng, profile, unit = self.rng, target.profile, 10**target.scale
        path = _progress(rng, self.months)
        if bound is not None:
            start, end = _uniform(rng, profile.first), _uniform(rng, profile.last)
            end = min(1.0, max(start, end))
            return [
                math.floor(b * (start + (end - start) * p))
                for b, p in zip(bound, path, strict=True)
            ]
        level = self.size**profile.elasticity
        start = _uniform(rng, profile.first) * level
        if target.code in RELATIVE_LAST:
            end = start * _uniform(rng, profile.last)
        else:
            end = max(start, _uniform(rng, profile.last) * level)
        values = []
        for p in path:
            value = start + (end - start) * p
            if target.profile.volatile:
                value *= 1 + rng.gauss(0.0, 0.01)
            values.append(max(0, round(value * unit)))
        return values

    def _flow(self, target: Target, bound: list[int] | None) -> list[int]:
        rng, profile, unit = self.rng, target.profile, 10**target.scale
        if bound is not None:
            share = _uniform(rng, profile.first)
            return [math.floor(b * min(1.0, share * rng.lognormvariate(0.0, 0.08))) for b in bound]
        season = SEASON if profile.seasonal else SEASON_FLAT
        weight = sum(season)
        yearly = _uniform(rng, profile.first) * self.size**profile.elasticity
        values: list[int] = []
        for _year in self.years:
            for month in range(12):
                mean = yearly * season[month] / weight
                if target.kind is ValueKind.COUNT:
                    values.append(_poisson(rng, mean))
                else:
                    values.append(max(0, round(mean * rng.lognormvariate(0.0, 0.12) * unit)))
            yearly *= 1 + _uniform(rng, profile.growth)
        return values


def _year_to_date(own: list[int]) -> list[int]:
    """1-N月累计 from monthly own figures: restarts each January, never falls within a year."""
    result, running = [], 0
    for i, value in enumerate(own):
        running = value if i % 12 == 0 else running + value
        result.append(running)
    return result


def _keyed_at(period: Period, rng: random.Random) -> datetime:
    """When a clerk keyed a month: in the first fortnight of the month after."""
    after = period.next()
    start = datetime(after.year, after.start_month, 1, 9, tzinfo=UTC)
    return start + timedelta(days=rng.randrange(14), minutes=rng.randrange(600))


def county_rows(
    rng: random.Random,
    region_id: int,
    targets: list[Target],
    periods: list[Period],
    stamps: list[datetime],
) -> Iterator[dict[str, Any]]:
    """The value rows of one county, ordered by indicator id and period (the unique key)."""
    years = sorted({p.year for p in periods})
    county = CountyGenerator(rng, years)
    own: dict[str, list[int]] = {}
    for target in targets:
        own[target.code] = county.series(target, own)
    for target in sorted(targets, key=lambda t: t.id):
        series = own[target.code]
        if target.basis is Basis.YTD:
            series = _year_to_date(series)
        scale = -target.scale
        basis = target.basis.value
        for period, stamp, units in zip(periods, stamps, series, strict=True):
            yield {
                "region_id": region_id,
                "indicator_id": target.id,
                "period": period.code,
                "state": "value",
                "amount": Decimal(units).scaleb(scale),
                "basis": basis,
                "source": "imported",
                "updated_at": stamp,
                "updated_by": USER,
            }


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(connection: Connection, rows: Iterator[dict[str, Any]]) -> int:
    if connection.dialect.name == "postgresql":
        return _copy(connection, rows)
    written = 0
    statement = insert(ValueRecord)  # a Core executemany: ScaledDecimal still binds the Decimals
    for batch in _batches(rows, BATCH):
        connection.execute(statement, batch)
        written += len(batch)
    return written


def _copy(connection: Connection, rows: Iterator[dict[str, Any]]) -> int:
    """PostgreSQL: the rows through COPY (an executemany of 680k rows takes minutes there), each
    amount bound by the column's own ScaledDecimal, which checks its scale as the insert does."""
    columns = list(VALUE_COLUMNS)
    amount = ValueRecord.__table__.c.amount.type
    assert isinstance(amount, ScaledDecimal)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    written = 0
    with cursor.copy(f"COPY value ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            row["amount"] = amount.process_bind_param(row["amount"], connection.dialect)
            copy.write_row([row[c] for c in columns])
            written += 1
    cursor.close()
    return written


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def generate(
    path: Path,
    *,
    years: int = 10,
    counties: int | None = None,
    end_year: int = END_YEAR,
    province: str = PROVINCE,
    seed: int = SEED,
) -> GenerateResult:
    """Create `path` (which must not hold values yet) and fill it. Returns what was written."""
    started = time.perf_counter()
    store = open_sqlite_store(path)
    try:
        result = fill(
            store,
            years=years,
            counties=counties,
            end_year=end_year,
            province=province,
            seed=seed,
        )
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return replace(result, path=path, seconds=time.perf_counter() - started)


def fill(
    store: Store,
    *,
    years: int = 10,
    counties: int | None = None,
    end_year: int = END_YEAR,
    province: str = PROVINCE,
    seed: int = SEED,
) -> GenerateResult:
    """Fill an opened store (a SQLite file or a database on a PostgreSQL server) that holds no
    values yet: the same seed writes the same figures on either."""
    started = time.perf_counter()
    with store.sessions() as session:
        if session.scalar(select(func.count()).select_from(ValueRecord)):
            raise SystemExit(f"{store.where} already holds values; use --force to start afresh")
        root = RegionRepository(session).require(province)
        stmt = (
            select(RegionRecord.id)
            .where(
                RegionRecord.level == "county",
                RegionRecord.valid_to.is_(None),
                RegionRecord.path.startswith(root.path, autoescape=True),
            )
            .order_by(RegionRecord.code)
        )
        region_ids = list(session.scalars(stmt))[:counties]
        targets = _targets(IndicatorRepository(session).active())
    rng = random.Random(seed)
    periods = [
        Period.month(year, month)
        for year in range(end_year - years + 1, end_year + 1)
        for month in range(1, 13)
    ]
    stamps = [_keyed_at(p, rng) for p in periods]

    def rows() -> Iterator[dict[str, Any]]:
        for region_id in region_ids:
            yield from county_rows(rng, region_id, targets, periods, stamps)

    with store.engine.begin() as connection:
        written = _insert(connection, rows())
    return GenerateResult(
        path=store.path,
        rows=written,
        regions=len(region_ids),
        indicators=len(targets),
        months=len(periods),
        seconds=time.perf_counter() - started,
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("out", type=Path, help="the SQLite file to create")
    parser.add_argument("--years", type=int, default=10, help="years of months (default 10)")
    parser.add_argument("--end-year", type=int, default=END_YEAR, help="last year (default 2025)")
    parser.add_argument("--counties", type=int, default=None, help="only the first N counties")
    parser.add_argument("--province", default=PROVINCE, help="province code (default 510000)")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    if args.years < 1 or (args.counties is not None and args.counties < 1):
        parser.error("--years and --counties must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not args.force:
            print(f"{out} exists; use --force to replace it", file=sys.stderr)
            return 2
        remove_database(out)
    result = generate(
        out,
        years=args.years,
        counties=args.counties,
        end_year=args.end_year,
        province=args.province,
        seed=args.seed,
    )
    print(
        f"wrote {result.rows:,} rows ({result.regions} regions × {result.indicators} indicators"
        f" × {result.months} months) to {result.path} in {result.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
