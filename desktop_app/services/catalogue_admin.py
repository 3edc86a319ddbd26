"""指标管理: the indicators a bureau adds, edits and removes in the program.

Built-in (内置) indicators come from the shipped catalogue file and follow it at every upgrade;
local (本地) ones are the bureau's, kept in the database (so they travel with it: backups, a copy
on a USB stick, a shared file) and never touched by a catalogue upgrade.

What may be done:

- add a local indicator: every field checked as the shipped file is checked (one set of checks,
  domain/local_indicators.py over domain/catalogue.py), its code neither taken nor shipped;
- edit a local indicator: every field; while it holds values its kind, decimals, flow/stock and
  unit stay (the stored figures were typed in them), and its code stays while anything refers to
  it by code (values, targets, explanations, history, a template's cell, another indicator);
- a built-in indicator is not edited here: the next catalogue upgrade would undo the edit;
- remove a local indicator: deleted when nothing refers to it; hidden (kept, with its history)
  when only its history of cleared values does; refused, saying how many values and where, while
  it holds values, targets or explanations, or a template maps it;
- remove a built-in one: refused while it holds values or targets; otherwise hidden from the
  returns, and kept hidden by later catalogue upgrades until it is shown again;
- another indicator that names it (其中 parent, at most, a ratio's parts) refuses a removal.

A later shipped catalogue that brings a code the bureau used takes the record over (the file is
the province's word; the values stay with the record): see reference_data.sync_catalogue.

Each change is noted (when, who, what) in the database's meta table under `indicator_log`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.indicators import Indicator, IndicatorGroup
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.local_indicators import (
    ORIGIN_LOCAL,
    ORIGIN_SHIPPED,
    IndicatorDraft,
    arrange,
    check_draft,
)
from desktop_app.domain.users import Action
from desktop_app.persistence.models import (
    AuditRecord,
    ExplanationRecord,
    IndicatorGroupRecord,
    IndicatorRecord,
    RegionRecord,
    TargetRecord,
    ValueRecord,
)
from desktop_app.persistence.repositories import get_meta, indicator_to_domain, set_meta
from desktop_app.services.users import Access

HIDDEN_KEY = "hidden_indicators"
LOG_KEY = "indicator_log"
#: Entries of the log kept (the oldest go first).
LOG_LENGTH = 500
#: Regions a refusal names (then "…").
NAMED_REGIONS = 3


class IndicatorRefused(DomainError):
    """A change was refused; `issues` says every reason (the first is the DomainError's)."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        super().__init__(issues[0])
        self.issues = tuple(issues)


@dataclass(frozen=True)
class IndicatorEntry:
    """One indicator as the list shows it."""

    indicator: Indicator
    local: bool
    #: Hidden by the bureau (a built-in one, or a local one that keeps its history).
    hidden: bool
    values: int
    #: The last change made in the program: when (UTC), who (None: never changed here).
    changed_at: datetime | None = None
    changed_by: str = ""


@dataclass(frozen=True)
class CatalogueListing:
    groups: tuple[IndicatorGroup, ...]
    #: Shown and hidden ones, in the order returns show them (hidden ones where they were).
    entries: tuple[IndicatorEntry, ...]
    #: The units the indicators use, for the form's choice.
    units: tuple[str, ...]

    def entry(self, code: str) -> IndicatorEntry | None:
        return next((e for e in self.entries if e.indicator.code == code), None)


@dataclass(frozen=True)
class CatalogueChange:
    """What a change did ("added", "edited", "removed", "hidden", "shown"), and the list after."""

    action: str
    code: str
    listing: CatalogueListing


@dataclass(frozen=True)
class Usage:
    """What refers to an indicator (by id or by code)."""

    values: int = 0
    regions: tuple[str, ...] = ()  # names of the regions holding them (at most NAMED_REGIONS)
    region_count: int = 0
    first_period: str = ""
    last_period: str = ""
    targets: int = 0
    explanations: int = 0
    history: int = 0
    templates: tuple[str, ...] = ()
    referenced_by: tuple[str, ...] = field(default_factory=tuple)


def hidden_codes(session: Session) -> set[str]:
    """The built-in codes the bureau hid (kept hidden by catalogue upgrades)."""
    text = get_meta(session, HIDDEN_KEY)
    return set(json.loads(text)) if text else set()


def place_local_indicators(session: Session) -> None:
    """Give every active indicator its place (domain/local_indicators.arrange); a catalogue
    upgrade and every change here call it."""
    records = list(session.scalars(select(IndicatorRecord).order_by(IndicatorRecord.id)))
    if not any(r.origin == ORIGIN_LOCAL for r in records):
        return
    groups = {g.id: g for g in session.scalars(select(IndicatorGroupRecord))}
    orders = arrange(
        [indicator_to_domain(r) for r in records],
        {r.code for r in records if r.origin == ORIGIN_LOCAL},
        {g.code: g.order for g in groups.values()},
    )
    for record in records:
        order = orders.get(record.code)
        if order is not None and record.order != order:
            record.order = order


class CatalogueAdmin:
    """The use cases of the 指标管理 dialog. `person`: who the log names (asked at each change);
    `mapped`: code → titles of the templates that map it (asked only when removing)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        person: Callable[[], str],
        mapped: Callable[[], Mapping[str, Sequence[str]]] | None = None,
        *,
        access: Access | None = None,
    ) -> None:
        self.sessions = sessions
        self.person = person
        self.mapped = mapped or (lambda: {})
        #: Only a role that manages indicators (管理员) changes the catalogue.
        self.access = access or Access.everything()

    # --- reading -----------------------------------------------------------------------------------
    def listing(self) -> CatalogueListing:
        with self.sessions() as session:
            return self._listing(session)

    def _listing(self, session: Session) -> CatalogueListing:
        hidden = hidden_codes(session)
        groups = list(
            session.scalars(select(IndicatorGroupRecord).order_by(IndicatorGroupRecord.order))
        )
        counts = dict(
            session.execute(
                select(ValueRecord.indicator_id, func.count()).group_by(ValueRecord.indicator_id)
            ).all()
        )
        records = session.scalars(
            select(IndicatorRecord)
            .join(IndicatorRecord.group)
            .order_by(IndicatorGroupRecord.order, IndicatorRecord.order, IndicatorRecord.id)
        )
        last = {e["code"]: e for e in _log(session)}  # the last entry per code
        entries = []
        for record in records:
            local = record.origin == ORIGIN_LOCAL
            hidden_here = not record.active and (local or record.code in hidden)
            if not record.active and not hidden_here:
                continue  # a shipped one the catalogue no longer lists
            noted = last.get(record.code)
            entries.append(
                IndicatorEntry(
                    indicator_to_domain(record),
                    local=local,
                    hidden=hidden_here,
                    values=int(counts.get(record.id, 0)),
                    changed_at=datetime.fromisoformat(noted["at"]) if noted else None,
                    changed_by=noted["who"] if noted else "",
                )
            )
        units = sorted({e.indicator.unit for e in entries})
        return CatalogueListing(
            groups=tuple(IndicatorGroup(g.code, g.name_zh, g.name_en, g.order) for g in groups),
            entries=tuple(entries),
            units=tuple(units),
        )

    def usage(self, code: str) -> Usage:
        with self.sessions() as session:
            return self._usage(session, self._record(session, code), with_templates=True)

    def history(self, code: str) -> list[dict[str, str]]:
        """The log's entries about one indicator, oldest first (at, who, action, fields)."""
        with self.sessions() as session:
            return [e for e in _log(session) if e.get("code") == code]

    # --- changing ----------------------------------------------------------------------------------
    def add(self, draft: IndicatorDraft) -> CatalogueChange:
        self.access.require(Action.MANAGE_INDICATORS)
        with self.sessions.begin() as session:
            known, shipped, groups = _known(session)
            indicator, issues = check_draft(draft, groups=groups, known=known, shipped=shipped)
            if indicator is None:
                raise IndicatorRefused(issues)
            record = IndicatorRecord(code=indicator.code, origin=ORIGIN_LOCAL, active=True)
            _write(record, indicator, groups[indicator.group])
            session.add(record)
            session.flush()
            place_local_indicators(session)
            self._note(session, "added", indicator.code)
            return CatalogueChange("added", indicator.code, self._listing(session))

    def edit(self, code: str, draft: IndicatorDraft) -> CatalogueChange:
        self.access.require(Action.MANAGE_INDICATORS)
        with self.sessions.begin() as session:
            record = self._record(session, code)
            if record.origin != ORIGIN_LOCAL:
                raise IndicatorRefused([Issue("indicator_shipped_fixed", params={"code": code})])
            known, shipped, groups = _known(session)
            indicator, issues = check_draft(
                draft, groups=groups, known=known, shipped=shipped, editing=code
            )
            if indicator is None:
                raise IndicatorRefused(issues)
            before = indicator_to_domain(record)
            usage = self._usage(session, record, with_templates=indicator.code != code)
            if usage.values:
                shape = [
                    name
                    for name in ("kind", "scale", "temporal", "unit", "numerator_code")
                    if getattr(before, name) != getattr(indicator, name)
                ]
                if shape:
                    raise IndicatorRefused(
                        [
                            Issue(
                                "indicator_shape_has_values",
                                params={"code": code, "count": usage.values, "field": shape[0]},
                            )
                        ]
                    )
            if indicator.code != code and _in_use(usage):
                raise IndicatorRefused(
                    [Issue("indicator_code_in_use", params={"code": code, "field": "code"})]
                )
            changed = [
                name
                for name in (
                    "code", "name_zh", "name_en", "group", "unit", "kind", "temporal", "scale",
                    "parent_code", "at_most_code", "numerator_code", "denominator_code", "minimum",
                    "maximum", "entry_basis", "required",
                )
                if getattr(before, name) != getattr(indicator, name)
            ]  # fmt: skip
            _write(record, indicator, groups[indicator.group])
            session.flush()
            place_local_indicators(session)
            self._note(session, "edited", indicator.code, changed)
            return CatalogueChange("edited", indicator.code, self._listing(session))

    def remove(self, code: str) -> CatalogueChange:
        """Delete a local indicator nothing refers to; hide one that keeps only its history, or
        a built-in one without values; refuse otherwise (see the module's docstring)."""
        self.access.require(Action.MANAGE_INDICATORS)
        with self.sessions.begin() as session:
            record = self._record(session, code)
            usage = self._usage(session, record, with_templates=True)
            issues = _removal_issues(code, usage)
            if issues:
                raise IndicatorRefused(issues)
            local = record.origin == ORIGIN_LOCAL
            if local and not usage.history:
                session.delete(record)
                action = "removed"
            else:
                record.active = False
                if not local:
                    set_meta(
                        session, HIDDEN_KEY, json.dumps(sorted(hidden_codes(session) | {code}))
                    )
                action = "hidden"
            session.flush()
            place_local_indicators(session)
            self._note(session, action, code)
            return CatalogueChange(action, code, self._listing(session))

    def show(self, code: str) -> CatalogueChange:
        """Show a hidden indicator in the returns again."""
        self.access.require(Action.MANAGE_INDICATORS)
        with self.sessions.begin() as session:
            record = self._record(session, code)
            hidden = hidden_codes(session)
            if record.active or (record.origin != ORIGIN_LOCAL and code not in hidden):
                raise IndicatorRefused([Issue("indicator_not_hidden", params={"code": code})])
            known, shipped, groups = _known(session)
            indicator = indicator_to_domain(record)
            _indicator, issues = check_draft(
                IndicatorDraft.of(indicator),
                groups=groups,
                known={**known, code: indicator},
                shipped=shipped - {code},
                editing=code,
            )
            # Only its references can have gone meanwhile (a parent hidden or removed).
            issues = [i for i in issues if i.code.startswith("catalogue_")]
            if issues:
                raise IndicatorRefused(issues)
            record.active = True
            if code in hidden:
                set_meta(session, HIDDEN_KEY, json.dumps(sorted(hidden - {code})))
            session.flush()
            place_local_indicators(session)
            self._note(session, "shown", code)
            return CatalogueChange("shown", code, self._listing(session))

    # --- helpers -----------------------------------------------------------------------------------
    def _record(self, session: Session, code: str) -> IndicatorRecord:
        record = session.scalars(
            select(IndicatorRecord).where(IndicatorRecord.code == code)
        ).first()
        if record is None:
            raise IndicatorRefused([Issue("unknown_indicator", params={"code": code})])
        return record

    def _usage(self, session: Session, record: IndicatorRecord, *, with_templates: bool) -> Usage:
        def count(table: type[ValueRecord | TargetRecord | ExplanationRecord | AuditRecord]) -> int:
            stmt = select(func.count()).select_from(table).where(table.indicator_id == record.id)
            return int(session.scalar(stmt) or 0)

        values = count(ValueRecord)
        names: list[str] = []
        region_count = 0
        first = last = ""
        if values:
            first, last = session.execute(
                select(func.min(ValueRecord.period), func.max(ValueRecord.period)).where(
                    ValueRecord.indicator_id == record.id
                )
            ).one()
            regions = (
                select(RegionRecord.name)
                .join(ValueRecord, ValueRecord.region_id == RegionRecord.id)
                .where(ValueRecord.indicator_id == record.id)
                .group_by(RegionRecord.id)
                .order_by(RegionRecord.code)
            )
            all_names = list(session.scalars(regions))
            region_count = len(all_names)
            names = all_names[:NAMED_REGIONS]
        code = record.code
        referring = session.scalars(
            select(IndicatorRecord.code)
            .where(IndicatorRecord.active.is_(True), IndicatorRecord.id != record.id)
            .where(
                (IndicatorRecord.parent_code == code)
                | (IndicatorRecord.at_most_code == code)
                | (IndicatorRecord.numerator_code == code)
                | (IndicatorRecord.denominator_code == code)
            )
            .order_by(IndicatorRecord.code)
        )
        return Usage(
            values=values,
            regions=tuple(names),
            region_count=region_count,
            first_period=first,
            last_period=last,
            targets=count(TargetRecord),
            explanations=count(ExplanationRecord),
            history=count(AuditRecord),
            templates=tuple(self.mapped().get(code, ())) if with_templates else (),
            referenced_by=tuple(referring),
        )

    def _note(self, session: Session, action: str, code: str, fields: Sequence[str] = ()) -> None:
        entry = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "who": self.person(),
            "action": action,
            "code": code,
        }
        if fields:
            entry["fields"] = ",".join(fields)
        log = [*_log(session), entry][-LOG_LENGTH:]
        set_meta(session, LOG_KEY, json.dumps(log, ensure_ascii=False))


def _log(session: Session) -> list[dict[str, str]]:
    text = get_meta(session, LOG_KEY)
    return list(json.loads(text)) if text else []


def _known(
    session: Session,
) -> tuple[dict[str, Indicator], set[str], dict[str, IndicatorGroupRecord]]:
    """Every indicator by code, the shipped codes, the groups by code."""
    records = list(session.scalars(select(IndicatorRecord)))
    known = {r.code: indicator_to_domain(r) for r in records}
    shipped = {r.code for r in records if r.origin == ORIGIN_SHIPPED}
    groups = {g.code: g for g in session.scalars(select(IndicatorGroupRecord))}
    return known, shipped, groups


def _write(record: IndicatorRecord, indicator: Indicator, group: IndicatorGroupRecord) -> None:
    record.code = indicator.code
    record.group = group
    record.name_zh = indicator.name_zh
    record.name_en = indicator.name_en
    record.unit = indicator.unit
    record.kind = indicator.kind.value
    record.temporal = indicator.temporal.value
    record.scale = indicator.scale
    record.parent_code = indicator.parent_code
    record.numerator_code = indicator.numerator_code
    record.denominator_code = indicator.denominator_code
    record.at_most_code = indicator.at_most_code
    record.minimum = None if indicator.minimum is None else str(indicator.minimum)
    record.maximum = None if indicator.maximum is None else str(indicator.maximum)
    record.entry_basis = indicator.entry_basis.value
    record.required = indicator.required
    if record.order is None:
        record.order = 0


def _in_use(usage: Usage) -> bool:
    return bool(
        usage.values
        or usage.targets
        or usage.explanations
        or usage.history
        or usage.templates
        or usage.referenced_by
    )


def _removal_issues(code: str, usage: Usage) -> list[Issue]:
    issues = []
    if usage.values:
        issues.append(
            Issue(
                "indicator_holds_values",
                params={
                    "code": code,
                    "count": usage.values,
                    "regions": "、".join(usage.regions)
                    + ("…" if usage.region_count > len(usage.regions) else ""),
                    "region_count": usage.region_count,
                    "first_period": usage.first_period,
                    "last_period": usage.last_period,
                },
            )
        )
    if usage.targets:
        issues.append(
            Issue("indicator_holds_targets", params={"code": code, "count": usage.targets})
        )
    if usage.explanations:
        issues.append(
            Issue(
                "indicator_holds_explanations", params={"code": code, "count": usage.explanations}
            )
        )
    if usage.templates:
        issues.append(
            Issue(
                "indicator_in_templates",
                params={"code": code, "templates": "、".join(usage.templates)},
            )
        )
    if usage.referenced_by:
        issues.append(
            Issue(
                "indicator_referenced",
                params={"code": code, "others": ", ".join(usage.referenced_by)},
            )
        )
    return issues
