"""Use case: copy one Xianbao database's data into another (`xianbao copy`): a county's SQLite
file into the city bureau's server, or a county's part of the server back out into a file.

- **Natural keys, never ids.** The two databases number their rows differently. Regions are
  matched by code and the day they are valid from (a succeeded record and its successor share no
  key), indicators by code, a value by (region, indicator, period), a return by (region, period),
  a register row by (register, region, the fields that identify it), an audit entry by when, who,
  where and what it changed (so copying twice adds nothing the second time), and so on for every
  table: `KINDS` below, one entry each. Rows whose key appears several times on one side (two
  register rows of one name in a village) are matched in order, the first with the first.
- **Nothing is overwritten.** A row the target has under the same key with different content (a
  value with another figure, a return submitted in one and reopened in the other, an indicator
  defined differently) is a conflict: the whole copy is refused and nothing is kept, naming the
  first conflicts. Equal content counts as "already there". Conflicts too: a cell the source
  cleared, or a register row it removed, that the target still has; a new figure, explanation
  or register row that would change a return the target has submitted (its region's or one
  above it), as doing it there would be refused. Nothing is deleted.
- **All or nothing.** The target is written in one write session (one transaction, the server's
  write lock held throughout); a conflict, a cancel or a failure rolls it all back. A dry run
  reads the target in a read session and writes nothing.
- **Bounded memory.** The source is read in one snapshot and streamed in batches of about
  `BATCH` rows; each batch looks up only its own keys in the target. What is held whole is
  small: the regions, the indicators, and the register rows' id pairs.
- **Not copied:** the staff accounts and their log (`NOT_COPIED`), which belong to one
  installation, and the meta keys other than the home region and the bureau name (the shipped
  lists' fingerprints, column layouts, the catalogue administrator's log and hidden list).

Tables are handled by name: tests/persistence/test_copy_between_backends.py fails when a table is
added to the models and is in neither `COPIED_TABLES` nor `NOT_COPIED`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Row,
    Select,
    Table,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.orm import Session

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.registers import REGISTERS, RegisterRow, values_from_json
from desktop_app.domain.values import format_number
from desktop_app.persistence.backup_files import connect_read_only, copy_database
from desktop_app.persistence.engine import LockWait, create_sqlite_engine
from desktop_app.persistence.migrate import (
    head_revision,
    refuse_foreign_or_newer,
    stored_revision,
    upgrade_to_head,
)
from desktop_app.persistence.models import (
    AuditRecord,
    DerivedSourceRecord,
    EvaluationClaimRecord,
    EvaluationEvidenceRecord,
    ExplanationRecord,
    IndicatorGroupRecord,
    IndicatorRecord,
    MetaRecord,
    RegionRecord,
    RegisterAuditRecord,
    RegisterEntryRecord,
    ReturnEventRecord,
    ReturnRecord,
    StandardCandidateRecord,
    TargetRecord,
    ValueRecord,
)
from desktop_app.persistence.repositories import get_meta, set_meta
from desktop_app.services.store import BUREAU_NAME_KEY, HOME_REGION_KEY, Store, prepare

#: Rows read from the source, and looked up in the target, at a time.
BATCH = 1000
#: Evidence files at a time (each may be megabytes).
EVIDENCE_BATCH = 20
#: Conflicts named in the refusal; the counts say how many there are in all.
FIRST_CONFLICTS = 20

#: Tables that are not copied, and why.
NOT_COPIED: dict[str, str] = {
    "app_user": "staff accounts belong to one installation: the target's administrator makes them",
    "user_event": "the log of the staff accounts, which are not copied",
}

#: The meta keys that are data: copied when the target has none.
META_KEYS = (HOME_REGION_KEY, BUREAU_NAME_KEY)

#: The indicator's columns that define what its figures mean: a difference refuses the copy.
INDICATOR_DEFINITION = (
    "unit",
    "kind",
    "temporal",
    "scale",
    "parent_code",
    "numerator_code",
    "denominator_code",
    "at_most_code",
    "minimum",
    "maximum",
    "entry_basis",
    "derived",
)

#: (kind, rows done, rows in all) → False to stop (the copy is then rolled back).
CopyProgress = Callable[[str, int, int], bool]


@dataclass
class KindCount:
    new: int = 0
    same: int = 0  # already there, equal
    conflicting: int = 0


@dataclass(frozen=True)
class Upgraded:
    """An end of the copy that was upgraded for this version first."""

    where: str
    revision: str
    backup: Path | None  # the copy kept of a SQLite file as it was
    planned: bool = False  # a dry run: a copy of the file was upgraded, the file was not


@dataclass
class CopyReport:
    source: str
    target: str
    region: str | None
    dry_run: bool
    #: kind → counts, in the order the kinds are copied (`KIND_ORDER`).
    counts: dict[str, KindCount] = field(default_factory=dict)
    #: The first conflicts (FIRST_CONFLICTS at most), issues with codes copy_*_differs.
    conflicts: list[Issue] = field(default_factory=list)
    #: Settings the target keeps because it has its own (copy_setting_kept).
    notes: list[Issue] = field(default_factory=list)
    upgraded: list[Upgraded] = field(default_factory=list)
    written: bool = False
    cancelled: bool = False
    not_copied: tuple[str, ...] = tuple(NOT_COPIED)

    @property
    def conflicting(self) -> int:
        return sum(count.conflicting for count in self.counts.values())

    @property
    def new(self) -> int:
        return sum(count.new for count in self.counts.values())


class _Stop(Exception):
    """Ends the target's transaction without keeping anything."""


# --- the kinds of rows ---------------------------------------------------------------------------
def _table(record: type[Any]) -> Table:
    table = record.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class Kind:
    """How one table's rows are copied.

    The source is read ordered by `group` (then id); a batch ends only between groups, so the
    rows sharing a key are in one batch, and the target is asked for its rows whose `group`
    columns take the batch's values. `key` names a row in the target's terms; `content`, when
    given, must be equal for a row under the same key to count as already there.

    Group columns are part of the key and never NULL (a NULL would match nothing in the
    target). A batch holds `batch` rows or one group, whichever is more: the history entries
    of one Excel import share one time, but not one (time, region, period)."""

    name: str
    table: Table
    group: tuple[str, ...]
    key: tuple[str, ...]
    content: tuple[str, ...] = ()
    batch: int = BATCH
    #: Columns not read while matching (an evidence file's bytes): read for new rows only.
    deferred: tuple[str, ...] = ()


REGISTER_ENTRIES = Kind(
    "register_entries",
    _table(RegisterEntryRecord),
    group=("region_id", "register", "name"),
    key=("register", "region_id", "name", "_identity"),
    content=("data",),
)
VALUES = Kind(
    "values",
    _table(ValueRecord),
    group=("region_id", "period"),
    key=("region_id", "indicator_id", "period"),
    content=("state", "amount", "basis"),
)
EXPLANATIONS = Kind(
    "explanations",
    _table(ExplanationRecord),
    group=("region_id", "period"),
    key=("region_id", "period", "indicator_id", "issue_code"),
    content=("text",),
)
REGISTER_AUDIT = Kind(
    "register_audit",
    _table(RegisterAuditRecord),
    group=("at", "register"),
    key=("at", "who", "register", "action", "old_region", "new_region", "old_data", "new_data"),
)
STANDARD_CANDIDATES = Kind(
    "standard_candidates",
    _table(StandardCandidateRecord),
    group=("region_id", "standard", "name"),
    key=("region_id", "standard", "name"),
    content=("status", "facts", "recognised_on", "reviewed_on"),
)

#: Every table copied row by row, in the order copied (register rows before what names them).
#: Regions, indicator groups, indicators and meta keys are handled before, by themselves.
KINDS: tuple[Kind, ...] = (
    REGISTER_ENTRIES,
    VALUES,
    Kind(
        "audit",
        _table(AuditRecord),
        group=("at", "region_id", "period"),
        key=("at", "who", "region_id", "indicator_id", "period", "old_text", "new_text"),
    ),
    Kind(
        "returns",
        _table(ReturnRecord),
        group=("region_id",),
        key=("region_id", "period"),
        content=("status",),
    ),
    Kind(
        "return_events",
        _table(ReturnEventRecord),
        group=("at", "region_id", "period"),
        key=("at", "who", "region_id", "period", "action"),
    ),
    EXPLANATIONS,
    Kind(
        "targets",
        _table(TargetRecord),
        group=("region_id", "year"),
        key=("region_id", "indicator_id", "year"),
        content=("amount", "kind"),
    ),
    Kind(
        "derived_sources",
        _table(DerivedSourceRecord),
        group=("region_id", "year"),
        key=("region_id", "indicator_id", "year"),
    ),
    REGISTER_AUDIT,
    STANDARD_CANDIDATES,
    Kind(
        "evaluation_claims",
        _table(EvaluationClaimRecord),
        group=("region_id", "scheme"),
        key=("region_id", "scheme", "item"),
        content=("points", "note"),
    ),
    Kind(
        "evaluation_evidence",
        _table(EvaluationEvidenceRecord),
        group=("region_id", "scheme", "item"),
        key=("region_id", "scheme", "item", "file_name", "sha256"),
        batch=EVIDENCE_BATCH,
        deferred=("content",),
    ),
)

#: The kinds in the summary's order.
KIND_ORDER: tuple[str, ...] = (
    "regions",
    "indicator_groups",
    "indicators",
    *(kind.name for kind in KINDS),
    "settings",
)

#: Every table the copy handles.
COPIED_TABLES = frozenset(
    {
        _table(RegionRecord).name,
        _table(IndicatorGroupRecord).name,
        _table(IndicatorRecord).name,
        _table(MetaRecord).name,
        *(kind.table.name for kind in KINDS),
    }
)


# --- opening both ends ---------------------------------------------------------------------------
def open_end(
    where: str,
    *,
    must_exist: bool,
    lock_wait: LockWait | None = None,
    scratch: Path | None = None,
) -> tuple[Store, Upgraded | None]:
    """Open a database as services/store.open_store does (a postgresql:// URL or a SQLite
    file), upgrading it to head first, and say whether it was upgraded (and where the copy of
    the file as it was is kept). A source file that does not exist is refused, not made.

    With `scratch` (a dry run's folder), a SQLite file that would be made or upgraded is left
    as it is: a copy of it in `scratch` is opened instead."""
    from desktop_app.persistence.server import create_server_engine, is_server_url, shown_url

    path: Path | None = None
    shown = where
    planned = False
    if is_server_url(where):
        engine: Engine = create_server_engine(where)
        shown = shown_url(where)
    else:
        path = Path(where)
        if must_exist and not path.exists():
            raise DomainError.of("database_missing", path=str(path))
        refuse_foreign_or_newer(path)
        if scratch is not None and _file_revision(path) != head_revision():
            planned = True
            stand_in = scratch / f"{len(list(scratch.iterdir()))}.sqlite3"
            if path.exists():
                copy_database(path, stand_in)
            path = stand_in
        engine = create_sqlite_engine(path)
    try:
        before = stored_revision(engine)
        backup = upgrade_to_head(engine)
        store = prepare(engine, path, lock_wait=lock_wait)
    except BaseException:
        engine.dispose()
        raise
    upgraded = None
    if before is not None and before != head_revision():
        upgraded = Upgraded(shown, before, None if planned else backup, planned)
    return store, upgraded


def _file_revision(path: Path) -> str | None:
    """The schema revision a SQLite file holds (None: no file, or no Xianbao tables yet),
    read without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    db = connect_read_only(path)
    try:
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    return None if row is None else str(row[0])


def copy_between(
    source: str,
    target: str,
    *,
    region: str | None = None,
    dry_run: bool = False,
    progress: CopyProgress | None = None,
    lock_wait: LockWait | None = None,
    admit: Callable[[Store, str], None] | None = None,
) -> CopyReport:
    """Open both ends (a SQLite path or a postgresql:// URL each), copy, close them. A dry
    run writes no data: a file that would be made or upgraded is planned on a copy of it (a
    server from an older Xianbao is upgraded, as the first start of this version would).
    `admit(store, "source" | "target")`, called on each end once it is open and before
    anything is read, refuses (DomainError) a person who may not copy from or into it."""
    from desktop_app.persistence.server import shown_url

    if _same_database(source, target):
        raise DomainError.of("copy_same_database", where=shown_url(source))
    with contextlib.ExitStack() as stack:
        scratch = None
        if dry_run:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="xianbao-")))
        from_store, from_upgraded = open_end(source, must_exist=True, scratch=scratch)
        stack.callback(from_store.close)
        if admit is not None:
            admit(from_store, "source")
        to_store, to_upgraded = open_end(
            target, must_exist=False, lock_wait=lock_wait, scratch=scratch
        )
        stack.callback(to_store.close)
        if admit is not None:
            admit(to_store, "target")
        report = copy_stores(
            from_store, to_store, region=region, dry_run=dry_run, progress=progress
        )
    report.source, report.target = shown_url(source), shown_url(target)
    report.upgraded = [u for u in (from_upgraded, to_upgraded) if u is not None]
    return report


def _same_database(source: str, target: str) -> bool:
    from desktop_app.persistence.server import is_server_url, shown_url

    if is_server_url(source) or is_server_url(target):
        return shown_url(source) == shown_url(target)
    return Path(source).resolve() == Path(target).resolve()


# --- the copy ------------------------------------------------------------------------------------
def copy_stores(
    source: Store,
    target: Store,
    *,
    region: str | None = None,
    dry_run: bool = False,
    progress: CopyProgress | None = None,
) -> CopyReport:
    """Copy `source`'s data (only `region` and what lies under it, when given) into `target`.

    Refused as a whole when a row differs (report.conflicts), nothing written; a dry run counts
    the same and writes nothing."""
    report = CopyReport(source.where, target.where, region, dry_run)
    report.counts = {name: KindCount() for name in KIND_ORDER}
    with source.sessions() as reading:
        try:
            if dry_run:
                with target.sessions() as looking:
                    _Copy(reading, looking, report, region, progress, write=False).run()
            else:
                with target.sessions.begin() as writing:
                    _Copy(reading, writing, report, region, progress, write=True).run()
                    if report.conflicts:
                        raise _Stop
                report.written = True
        except _Stop:
            pass
    return report


def _utc(value: Any) -> Any:
    """Stored times are UTC: SQLite gives them back without a zone, PostgreSQL in its own."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def _figure(state: str, amount: Decimal | None, scale: int) -> str:
    if state == "na" or amount is None:
        return "无"
    return format_number(amount, scale, grouping=False)


@dataclass
class _Region:
    id: int
    code: str
    name: str
    level: str
    parent_id: int | None
    path: str
    valid_from: date
    valid_to: date | None
    successor_id: int | None
    origin: str

    @property
    def key(self) -> tuple[str, date]:
        return (self.code, self.valid_from)


def _regions(session: Session) -> dict[int, _Region]:
    t = _table(RegionRecord)
    rows = session.execute(
        select(
            t.c.id,
            t.c.code,
            t.c.name,
            t.c.level,
            t.c.parent_id,
            t.c.path,
            t.c.valid_from,
            t.c.valid_to,
            t.c.successor_id,
            t.c.origin,
        )
    )
    return {row.id: _Region(**row._asdict()) for row in rows}


class _Copy:
    """One copy: the source's read session, the target's session, the id maps between them."""

    def __init__(
        self,
        source: Session,
        target: Session,
        report: CopyReport,
        region: str | None,
        progress: CopyProgress | None,
        *,
        write: bool,
    ) -> None:
        self.source = source
        self.target = target
        self.report = report
        self.region_code = region
        self.progress = progress
        self.write = write
        self.placeholder = 0  # ids for rows a dry run (or a refused copy) does not insert
        self.source_regions: dict[int, _Region] = {}
        self.region_map: dict[int, int] = {}
        self.indicator_map: dict[int, int] = {}
        self.indicator_code: dict[int, str] = {}
        self.indicator_scale: dict[int, int] = {}
        self.entry_map: dict[int, int] = {}  # source register row → target register row
        self.region_back: dict[int, int] = {}  # target region → source region
        self.indicator_back: dict[int, int] = {}
        self.removed_map: dict[int, int] = {}  # a removed row's history: its new entry_id
        self.next_removed = 0
        self.scope_paths: list[str] | None = None  # None: everything

    # --- helpers ------------------------------------------------------------------------------
    @property
    def inserting(self) -> bool:
        """Rows are inserted while writing and no conflict has been found yet."""
        return self.write and not self.report.conflicts

    def _placeholder(self) -> int:
        self.placeholder -= 1
        return self.placeholder

    def _conflict(self, kind: str, issue: Issue | Callable[[], Issue]) -> None:
        self.report.counts[kind].conflicting += 1
        if len(self.report.conflicts) < FIRST_CONFLICTS:
            self.report.conflicts.append(issue if isinstance(issue, Issue) else issue())

    def _tell(self, kind: str, done: int, total: int) -> None:
        if self.progress is not None and not self.progress(kind, done, total):
            self.report.cancelled = True
            raise _Stop

    def _in_scope(self, column: ColumnElement[int]) -> ColumnElement[bool] | None:
        if self.scope_paths is None:
            return None
        region = _table(RegionRecord)
        return column.in_(
            select(region.c.id).where(
                or_(*(region.c.path.startswith(path, autoescape=True) for path in self.scope_paths))
            )
        )

    def _region_words(self, target_region_id: int) -> dict[str, str]:
        found = self.source_regions[self.region_back[target_region_id]]
        return {"region": found.name, "code": found.code}

    # --- the steps ------------------------------------------------------------------------------
    def run(self) -> None:
        self._copy_regions()
        self._copy_indicators()
        lowest = self.target.scalar(select(func.min(_table(RegisterAuditRecord).c.entry_id)))
        self.next_removed = min(0, lowest or 0)
        self.region_back = {t: s for s, t in self.region_map.items()}
        self.indicator_back = {t: s for s, t in self.indicator_map.items()}
        for kind in KINDS:
            self._copy_kind(kind)
            if kind is VALUES:
                self._check_cleared()
        self._copy_meta()

    def _check_cleared(self) -> None:
        """A cell the source cleared (its history has entries, the cell no value) that the
        target holds a figure for is a conflict: copying its history would leave a figure its
        own history says is gone, and removing it would overwrite the target."""
        value = _table(ValueRecord)
        audit = _table(AuditRecord)
        cells = (
            select(audit.c.region_id, audit.c.indicator_id, audit.c.period)
            .where(
                ~select(value.c.id)
                .where(
                    value.c.region_id == audit.c.region_id,
                    value.c.indicator_id == audit.c.indicator_id,
                    value.c.period == audit.c.period,
                )
                .exists()
            )
            .distinct()
            .order_by(audit.c.region_id, audit.c.period, audit.c.indicator_id)
        )
        scope = self._in_scope(audit.c.region_id)
        if scope is not None:
            cells = cells.where(scope)
        rows = self.source.execute(cells.execution_options(yield_per=BATCH))
        for batch in rows.partitions():
            wanted = {
                (self.region_map[r.region_id], self.indicator_map[r.indicator_id], r.period)
                for r in batch
            }
            region_ids = sorted({cell[0] for cell in wanted if cell[0] > 0})
            if not region_ids:
                continue
            found = self.target.execute(
                select(value.c.region_id, value.c.indicator_id, value.c.period, value.c.state)
                .add_columns(value.c.amount)
                .where(
                    value.c.region_id.in_(region_ids),
                    value.c.period.in_(sorted({cell[2] for cell in wanted})),
                )
            )
            for there in found:
                cell = (there.region_id, there.indicator_id, there.period)
                if cell in wanted:
                    self._conflict("values", partial(self._cleared, there))

    def _cleared(self, there: Any) -> Issue:
        source_id = self.indicator_back[there.indicator_id]
        return Issue(
            "copy_value_cleared",
            params={
                **self._region_words(there.region_id),
                "indicator": self.indicator_code[source_id],
                "period": there.period,
                "target": _figure(there.state, there.amount, self.indicator_scale[source_id]),
            },
        )

    def _copy_regions(self) -> None:
        counts = self.report.counts["regions"]
        self.source_regions = _regions(self.source)
        target_regions = _regions(self.target)
        target_by_key = {r.key: r for r in target_regions.values()}
        if self.region_code is None:
            wanted = set(self.source_regions)
        else:
            roots = [r for r in self.source_regions.values() if r.code == self.region_code]
            if not roots:
                raise DomainError.of("unknown_region", code=self.region_code)
            self.scope_paths = [r.path for r in roots]
            wanted = {
                r.id
                for r in self.source_regions.values()
                if any(r.path.startswith(path) for path in self.scope_paths)
            }
            # The places they hang from and the divisions that took over from them come too
            # (as regions only), so that every copied region has its parent and successor.
            pending = list(wanted)
            while pending:
                found = self.source_regions[pending.pop()]
                for other in (found.parent_id, found.successor_id):
                    if other is not None and other not in wanted:
                        wanted.add(other)
                        pending.append(other)
        ordered = sorted(
            (self.source_regions[i] for i in wanted), key=lambda r: (r.path.count("/"), r.id)
        )
        created: list[_Region] = []
        table = _table(RegionRecord)
        for region in ordered:
            there = target_by_key.get(region.key)
            if there is not None:
                self.region_map[region.id] = there.id
                differs = self._region_difference(region, there, target_regions)
                if differs is None:
                    counts.same += 1
                else:
                    self._conflict("regions", differs)
                continue
            counts.new += 1
            parent = self.region_map.get(region.parent_id) if region.parent_id else None
            if not self.inserting or (parent is not None and parent < 0):
                self.region_map[region.id] = self._placeholder()
                continue
            new_id = self.target.execute(
                insert(table).returning(table.c.id),
                {
                    "code": region.code,
                    "name": region.name,
                    "level": region.level,
                    "parent_id": parent,
                    "path": "",
                    "valid_from": region.valid_from,
                    "valid_to": region.valid_to,
                    "origin": region.origin,
                },
            ).scalar_one()
            parent_path = target_regions[parent].path if parent is not None else "/"
            path = f"{parent_path}{new_id}/"
            self.target.execute(table.update().where(table.c.id == new_id).values(path=path))
            target_regions[new_id] = _Region(
                new_id,
                region.code,
                region.name,
                region.level,
                parent,
                path,
                region.valid_from,
                region.valid_to,
                None,
                region.origin,
            )
            self.region_map[region.id] = new_id
            created.append(region)
        for region in created:
            if region.successor_id is not None:
                successor = self.region_map.get(region.successor_id)
                if successor is not None and successor > 0:
                    self.target.execute(
                        table.update()
                        .where(table.c.id == self.region_map[region.id])
                        .values(successor_id=successor)
                    )
        self._tell("regions", len(ordered), len(ordered))

    def _region_difference(
        self, region: _Region, there: _Region, target_regions: dict[int, _Region]
    ) -> Issue | None:
        def code_of(regions: dict[int, _Region], region_id: int | None) -> str:
            return "—" if region_id is None else regions[region_id].code

        def day(value: date | None) -> str:
            return "—" if value is None else value.isoformat()

        pairs = {
            "name": (region.name, there.name),
            "level": (region.level, there.level),
            "valid_to": (day(region.valid_to), day(there.valid_to)),
            "parent": (
                code_of(self.source_regions, region.parent_id),
                code_of(target_regions, there.parent_id),
            ),
            "successor": (
                code_of(self.source_regions, region.successor_id),
                code_of(target_regions, there.successor_id),
            ),
        }
        for what, (mine, theirs) in pairs.items():
            if mine != theirs:
                return Issue(
                    "copy_region_differs",
                    params={
                        "code": region.code,
                        "name": region.name,
                        "what": what,
                        "source": mine,
                        "target": theirs,
                    },
                )
        return None

    def _copy_indicators(self) -> None:
        groups = _table(IndicatorGroupRecord)
        indicators = _table(IndicatorRecord)
        group_counts = self.report.counts["indicator_groups"]
        target_groups = {row.code: row.id for row in self.target.execute(select(groups))}
        group_map: dict[int, int] = {}
        for row in self.source.execute(select(groups).order_by(groups.c.id)):
            if row.code in target_groups:
                group_map[row.id] = target_groups[row.code]
                group_counts.same += 1
                continue
            group_counts.new += 1
            if self.inserting:
                values = {c: v for c, v in row._mapping.items() if c != "id"}
                group_map[row.id] = self.target.execute(
                    insert(groups).returning(groups.c.id), values
                ).scalar_one()
            else:
                group_map[row.id] = self._placeholder()
        counts = self.report.counts["indicators"]
        target_indicators = {row.code: row for row in self.target.execute(select(indicators))}
        for row in self.source.execute(select(indicators).order_by(indicators.c.id)):
            self.indicator_code[row.id] = row.code
            self.indicator_scale[row.id] = row.scale
            there = target_indicators.get(row.code)
            if there is not None:
                self.indicator_map[row.id] = there.id
                for column in INDICATOR_DEFINITION:
                    mine, theirs = getattr(row, column), getattr(there, column)
                    if mine != theirs:
                        self._conflict(
                            "indicators",
                            Issue(
                                "copy_indicator_differs",
                                params={
                                    "indicator": row.code,
                                    "what": column,
                                    "source": "—" if mine is None else str(mine),
                                    "target": "—" if theirs is None else str(theirs),
                                },
                            ),
                        )
                        break
                else:
                    counts.same += 1
                continue
            counts.new += 1
            if self.inserting:
                values = {c: v for c, v in row._mapping.items() if c != "id"}
                values["group_id"] = group_map[row.group_id]
                self.indicator_map[row.id] = self.target.execute(
                    insert(indicators).returning(indicators.c.id), values
                ).scalar_one()
            else:
                self.indicator_map[row.id] = self._placeholder()

    def _copy_meta(self) -> None:
        counts = self.report.counts["settings"]
        home = get_meta(self.source, HOME_REGION_KEY)
        if self.scope_paths is not None and home is not None:
            in_scope = any(
                r.code == home and any(r.path.startswith(p) for p in self.scope_paths)
                for r in self.source_regions.values()
            )
            if not in_scope:
                return  # another county's database: its home region is not the one copied
        their_home = get_meta(self.target, HOME_REGION_KEY)
        for key in META_KEYS:
            mine = get_meta(self.source, key)
            if mine is None:
                continue
            theirs = get_meta(self.target, key)
            if key == BUREAU_NAME_KEY and their_home is not None and their_home != home:
                theirs = theirs or ""  # the bureau of another home region: not this one's
            if theirs is None:
                counts.new += 1
                if self.inserting:
                    set_meta(self.target, key, mine)
            elif theirs == mine:
                counts.same += 1
            else:
                counts.same += 1
                if theirs:
                    self.report.notes.append(
                        Issue(
                            "copy_setting_kept",
                            params={"setting": key, "source": mine, "target": theirs},
                        )
                    )

    # --- rows of a kind -------------------------------------------------------------------------
    def _source_rows(self, kind: Kind) -> tuple[Select[Any], Select[Any]]:
        table = kind.table
        columns = [c for c in table.c if c.name not in kind.deferred]
        stmt = select(*columns)
        count = select(func.count()).select_from(table)
        condition: ColumnElement[bool] | None
        if kind is REGISTER_AUDIT:
            condition = self._register_audit_scope()
        else:
            condition = self._in_scope(table.c.region_id)
        if condition is not None:
            stmt, count = stmt.where(condition), count.where(condition)
        order = [table.c[name] for name in kind.group] + [table.c.id]
        return stmt.order_by(*order), count

    def _register_audit_scope(self) -> ColumnElement[bool] | None:
        """A region's register history: its rows', and that of rows removed there."""
        if self.scope_paths is None:
            return None
        audit = _table(RegisterAuditRecord)
        entries = _table(RegisterEntryRecord)
        region = _table(RegionRecord)
        in_scope = self._in_scope(entries.c.region_id)
        assert in_scope is not None
        codes = select(region.c.code).where(
            or_(*(region.c.path.startswith(path, autoescape=True) for path in self.scope_paths))
        )
        return or_(
            audit.c.entry_id.in_(select(entries.c.id).where(in_scope)),
            audit.c.entry_id.not_in(select(entries.c.id))
            & (audit.c.old_region.in_(codes) | audit.c.new_region.in_(codes)),
        )

    def _copy_kind(self, kind: Kind) -> None:
        stmt, count = self._source_rows(kind)
        total = int(self.source.scalar(count) or 0)
        done = 0
        self._tell(kind.name, 0, total)
        for batch in _batches(
            self.source.execute(stmt.execution_options(yield_per=kind.batch)), kind
        ):
            self._copy_batch(kind, batch)
            done += len(batch)
            self._tell(kind.name, done, total)

    def _translated(self, kind: Kind, row: Row[Any]) -> dict[str, Any]:
        """A source row in the target's terms: its ids mapped, its times in UTC."""
        values = {name: _utc(value) for name, value in row._mapping.items() if name != "id"}
        if "region_id" in values:
            values["region_id"] = self.region_map[values["region_id"]]
        if "indicator_id" in values:
            values["indicator_id"] = self.indicator_map[values["indicator_id"]]
        if kind is REGISTER_AUDIT:
            values["entry_id"] = self._audited_entry(values["entry_id"])
        elif kind is STANDARD_CANDIDATES and values["entry_id"] is not None:
            # The register row it was taken from, when that row came along.
            values["entry_id"] = self.entry_map.get(values["entry_id"])
        return values

    def _audited_entry(self, entry_id: int) -> int:
        """The register row an entry of the history belongs to, in the target. A removed row's
        history gets an id no row can take (ids count up from 1), the same for all its entries
        and unlike any the target's removed rows have."""
        if entry_id in self.entry_map:
            return self.entry_map[entry_id]
        if entry_id not in self.removed_map:
            self.next_removed -= 1
            self.removed_map[entry_id] = self.next_removed
        return self.removed_map[entry_id]

    def _key(self, kind: Kind, values: dict[str, Any]) -> tuple[Any, ...]:
        parts: list[Any] = []
        for name in kind.key:
            if name == "_identity":
                spec = REGISTERS.get(values["register"])
                data = json.loads(values["data"]) if spec is not None else {}
                identity = spec.identity if spec is not None else ()
                parts.append(tuple(json.dumps(data.get(f), sort_keys=True) for f in identity))
            else:
                parts.append(values[name])
        return tuple(parts)

    def _target_rows(self, kind: Kind, batch: Sequence[dict[str, Any]]) -> list[Row[Any]]:
        table = kind.table
        columns = [c for c in table.c if c.name not in kind.deferred]
        conditions = []
        for name in kind.group:
            wanted = {values[name] for values in batch}
            if name in ("region_id", "indicator_id"):
                wanted = {value for value in wanted if value > 0}  # placeholders are not there
                if not wanted:
                    return []
            conditions.append(table.c[name].in_(sorted(wanted, key=repr)))
        stmt = select(*columns).where(*conditions).order_by(table.c.id)
        return list(self.target.execute(stmt))

    def _copy_batch(self, kind: Kind, rows: Sequence[Row[Any]]) -> None:
        counts = self.report.counts[kind.name]
        batch = [self._translated(kind, row) for row in rows]
        there: dict[tuple[Any, ...], tuple[int, dict[str, Any]]] = {}
        seen: dict[tuple[Any, ...], int] = {}
        for row in self._target_rows(kind, batch):
            values = {name: _utc(value) for name, value in row._mapping.items() if name != "id"}
            key = self._key(kind, values)
            rank = seen.get(key, 0)
            seen[key] = rank + 1
            there[(*key, rank)] = (row.id, values)
        seen.clear()
        new: list[tuple[Row[Any], dict[str, Any]]] = []
        for row, values in zip(rows, batch, strict=True):
            key = self._key(kind, values)
            rank = seen.get(key, 0)
            seen[key] = rank + 1
            match = there.get((*key, rank))
            if match is None:
                new.append((row, values))
                continue
            target_id, theirs = match
            if kind is REGISTER_ENTRIES:
                self.entry_map[row.id] = target_id
            if any(values[c] != theirs[c] for c in kind.content):
                self._conflict(kind.name, partial(self._difference, kind, values, theirs))
            else:
                counts.same += 1
        if kind in (VALUES, EXPLANATIONS) and new:
            new = self._unlocked(kind, new)
        elif kind is REGISTER_ENTRIES and new:
            new = self._unlocked_rows(new)
        elif kind is REGISTER_AUDIT and new:
            self._check_removed(new)
        counts.new += len(new)
        if new:
            self._insert(kind, new)

    def _unlocked(
        self, kind: Kind, new: Sequence[tuple[Row[Any], dict[str, Any]]]
    ) -> list[tuple[Row[Any], dict[str, Any]]]:
        """The new values (or explanations) that change no return the target has submitted
        (of the row's region or one above it, for its period); each of the others is a
        conflict, as a figure keyed (or explained) into a submitted return would be refused."""
        chains = {row.region_id: self._target_chain(row.region_id) for row, _values in new}
        ids = {i for chain in chains.values() for i in chain if i > 0}
        if not ids:
            return list(new)
        table = _table(ReturnRecord)
        periods = {values["period"] for _row, values in new}
        locks = {
            (lock.region_id, lock.period): lock
            for lock in self.target.execute(
                select(table.c.region_id, table.c.period, table.c.changed_at, table.c.changed_by)
                .where(table.c.region_id.in_(sorted(ids)), table.c.period.in_(sorted(periods)))
                .where(table.c.status == "submitted")
            )
        }
        kept = []
        for row, values in new:
            period = values["period"]
            lock = next(
                (locks[(i, period)] for i in chains[row.region_id] if (i, period) in locks), None
            )
            if lock is None:
                kept.append((row, values))
                continue
            self._conflict(kind.name, partial(self._locked, kind, values, lock))
        return kept

    def _unlocked_rows(
        self, new: Sequence[tuple[Row[Any], dict[str, Any]]]
    ) -> list[tuple[Row[Any], dict[str, Any]]]:
        """The new register rows that change no figure of a return the target has submitted;
        each of the others is a conflict, checked as adding the row there would be (the
        register service's own check: the row's place or one above it, a period the row
        counts in, a year the target counts from the register there). A region the target
        lacks (a dry run's, or after a conflict) has no submitted return; one above it might,
        and is not asked."""
        # The service's check itself, not a copy of it: its rule is that service's to keep.
        from desktop_app.services.registers import _refuse_if_submitted

        kept = []
        for row, values in new:
            spec = REGISTERS.get(values["register"])
            if spec is None or values["region_id"] < 0:
                kept.append((row, values))
                continue
            place = self.target.get(RegionRecord, values["region_id"])
            assert place is not None
            added = RegisterRow(spec.key, place.code, values_from_json(spec, values["data"]))
            try:
                _refuse_if_submitted(self.target, None, (added, place))
            except DomainError as refusal:
                self._conflict(REGISTER_ENTRIES.name, refusal.issue)
                continue
            kept.append((row, values))
        return kept

    def _check_removed(self, new: Sequence[tuple[Row[Any], dict[str, Any]]]) -> None:
        """A register row the source removed (a removal new to the target's history) that the
        target still has is a conflict, as a cleared cell is: its history would say it is gone."""
        entries = _table(RegisterEntryRecord)
        region = _table(RegionRecord)
        for _row, values in new:
            spec = REGISTERS.get(values["register"])
            if values["action"] != "remove" or spec is None or not values["old_region"]:
                continue
            removed = json.loads(values["old_data"] or "{}")
            named = removed.get(spec.name_field)
            name = ("" if named is None else str(named))[:200]  # as the row's name is kept
            there = self.target.execute(
                select(entries.c.data)
                .join(region, region.c.id == entries.c.region_id)
                .where(
                    entries.c.register == spec.key,
                    region.c.code == values["old_region"],
                    entries.c.name == name,
                )
            )
            wanted = [removed.get(f) for f in spec.identity]
            if any([json.loads(d).get(f) for f in spec.identity] == wanted for (d,) in there):
                self._conflict(
                    REGISTER_AUDIT.name,
                    Issue(
                        "copy_register_row_removed",
                        params={
                            "region": self._name_of_code(values["old_region"]),
                            "code": values["old_region"],
                            "register": spec.key,
                            "name": name,
                        },
                    ),
                )

    def _name_of_code(self, code: str) -> str:
        names = [r.name for r in self.source_regions.values() if r.code == code]
        return names[-1] if names else code

    def _target_chain(self, source_region_id: int) -> list[int]:
        """The target's ids of a source region and the regions above it."""
        path = self.source_regions[source_region_id].path
        return [self.region_map[int(part)] for part in path.strip("/").split("/")]

    def _locked(self, kind: Kind, values: dict[str, Any], lock: Any) -> Issue:
        source_id = self.indicator_back[values["indicator_id"]]
        locked = self._region_words(lock.region_id)
        return Issue(
            "copy_value_locked" if kind is VALUES else "copy_explanation_locked",
            params={
                **self._region_words(values["region_id"]),
                "indicator": self.indicator_code[source_id],
                "period": values["period"],
                "locked": locked["region"],
                "who": lock.changed_by,
                "since": _utc(lock.changed_at).astimezone().strftime("%Y-%m-%d %H:%M"),
            },
        )

    def _insert(self, kind: Kind, new: Sequence[tuple[Row[Any], dict[str, Any]]]) -> None:
        if not self.inserting:
            if kind is REGISTER_ENTRIES:
                for row, _values in new:
                    self.entry_map[row.id] = self._placeholder()
            return
        table = kind.table
        if kind.deferred:
            ids = [row.id for row, _values in new]
            extra = {
                found.id: found
                for found in self.source.execute(
                    select(table.c.id, *(table.c[name] for name in kind.deferred)).where(
                        table.c.id.in_(ids)
                    )
                )
            }
            for row, values in new:
                for name in kind.deferred:
                    values[name] = getattr(extra[row.id], name)
        rows = [values for _row, values in new]
        if kind is REGISTER_ENTRIES:
            created = self.target.scalars(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
            ).all()
            for (row, _values), new_id in zip(new, created, strict=True):
                self.entry_map[row.id] = new_id
        else:
            self.target.execute(insert(table), rows)

    def _difference(self, kind: Kind, mine: dict[str, Any], theirs: dict[str, Any]) -> Issue:
        where = self._region_words(mine["region_id"])
        indicator = mine.get("indicator_id")
        code = ""
        scale = 0
        if indicator is not None:
            source_id = self.indicator_back[indicator]
            code, scale = self.indicator_code[source_id], self.indicator_scale[source_id]
        if kind.name == "values":
            if mine["state"] == theirs["state"] and mine["amount"] == theirs["amount"]:
                return Issue(
                    "copy_value_basis_differs",
                    params={**where, "indicator": code, "period": mine["period"]},
                )
            return Issue(
                "copy_value_differs",
                params={
                    **where,
                    "indicator": code,
                    "period": mine["period"],
                    "source": _figure(mine["state"], mine["amount"], scale),
                    "target": _figure(theirs["state"], theirs["amount"], scale),
                },
            )
        if kind.name == "returns":
            return Issue(
                "copy_return_differs",
                params={
                    **where,
                    "period": mine["period"],
                    "source": mine["status"],
                    "target": theirs["status"],
                },
            )
        if kind.name == "explanations":
            return Issue(
                "copy_explanation_differs",
                params={**where, "indicator": code, "period": mine["period"]},
            )
        if kind.name == "targets":
            return Issue(
                "copy_target_differs",
                params={
                    **where,
                    "indicator": code,
                    "year": mine["year"],
                    "source": format_number(mine["amount"], scale, grouping=False),
                    "target": format_number(theirs["amount"], scale, grouping=False),
                },
            )
        if kind is REGISTER_ENTRIES:
            return Issue(
                "copy_register_row_differs",
                params={**where, "register": mine["register"], "name": mine["name"]},
            )
        if kind is STANDARD_CANDIDATES:
            return Issue("copy_candidate_differs", params={**where, "name": mine["name"]})
        return Issue(
            "copy_claim_differs", params={**where, "scheme": mine["scheme"], "item": mine["item"]}
        )


def _batches(rows: Iterable[Row[Any]], kind: Kind) -> Iterator[list[Row[Any]]]:
    """The rows in batches of about `kind.batch`, each ending between two groups."""
    batch: list[Row[Any]] = []
    last: tuple[Any, ...] | None = None
    for row in rows:
        group = tuple(getattr(row, name) for name in kind.group)
        if len(batch) >= kind.batch and group != last:
            yield batch
            batch = []
        batch.append(row)
        last = group
    if batch:
        yield batch
