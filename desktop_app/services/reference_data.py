"""Loading the shipped reference data (indicator catalogue, region lists) into a database.

Both loads are idempotent and keyed by a digest of the files, so a start-up with unchanged files
does no work, and an upgraded file is applied without touching stored values.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.catalogue import Catalogue, catalogue_digest, parse_catalogue
from desktop_app.domain.local_indicators import ORDER_STEP, ORIGIN_LOCAL, ORIGIN_SHIPPED
from desktop_app.domain.regions import (
    ORIGIN_REFERENCE,
    ORIGIN_STATISTICAL,
    Region,
    RegionLevel,
    check_region_code,
)
from desktop_app.persistence.models import IndicatorGroupRecord, IndicatorRecord, RegionRecord
from desktop_app.persistence.repositories import RegionRepository, get_meta, set_meta
from desktop_app.services.catalogue_admin import hidden_codes, place_local_indicators

CATALOGUE_DIGEST_KEY = "catalogue_sha256"
REGIONS_DIGEST_KEY = "regions_sha256"


@dataclass(frozen=True)
class CatalogueSync:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    #: Codes a bureau had used for its own indicators that the file now ships: the shipped
    #: definition takes the record over, with its values (services/catalogue_admin.py).
    adopted: list[str] = field(default_factory=list)
    skipped: bool = False  # the file had not changed since the last load


def sync_catalogue_file(session: Session, path: Path) -> CatalogueSync:
    """sync_catalogue with the catalogue file at `path`, parsed only when it is not the file
    loaded last (every open of a database asks)."""
    data = path.read_bytes()
    if get_meta(session, CATALOGUE_DIGEST_KEY) == catalogue_digest(data):
        return CatalogueSync(skipped=True)
    return sync_catalogue(session, parse_catalogue(data))


def sync_catalogue(session: Session, catalogue: Catalogue) -> CatalogueSync:
    """Bring the catalogue rows in line with the file; values are never touched."""
    if get_meta(session, CATALOGUE_DIGEST_KEY) == catalogue.digest:
        return CatalogueSync(skipped=True)
    groups = {g.code: g for g in session.scalars(select(IndicatorGroupRecord))}
    for group in catalogue.groups:
        record = groups.get(group.code)
        if record is None:
            record = IndicatorGroupRecord(code=group.code)
            session.add(record)
            groups[group.code] = record
        record.name_zh, record.name_en, record.order = group.name_zh, group.name_en, group.order
    existing = {r.code: r for r in session.scalars(select(IndicatorRecord))}
    result = CatalogueSync()
    hidden = hidden_codes(session)  # built-in ones the bureau hid stay hidden
    for ind in catalogue.indicators:
        ind_record = existing.get(ind.code)
        if ind_record is None:
            ind_record = IndicatorRecord(code=ind.code, origin="catalogue")
            session.add(ind_record)
            result.added.append(ind.code)
        elif ind_record.origin == ORIGIN_LOCAL:
            ind_record.origin = ORIGIN_SHIPPED
            result.adopted.append(ind.code)
        fields = {
            "group": groups[ind.group],
            "name_zh": ind.name_zh,
            "name_en": ind.name_en,
            "unit": ind.unit,
            "kind": ind.kind.value,
            "temporal": ind.temporal.value,
            "scale": ind.scale,
            "parent_code": ind.parent_code,
            "numerator_code": ind.numerator_code,
            "denominator_code": ind.denominator_code,
            "at_most_code": ind.at_most_code,
            "minimum": None if ind.minimum is None else str(ind.minimum),
            "maximum": None if ind.maximum is None else str(ind.maximum),
            "entry_basis": ind.entry_basis.value,
            "order": ind.order * ORDER_STEP,  # room for local indicators between them
            "required": ind.required,
            "active": ind.code not in hidden,
            "derived": None if ind.derived is None else ind.derived.to_json(),
        }
        changed = any(getattr(ind_record, name, None) != value for name, value in fields.items())
        for name, value in fields.items():
            setattr(ind_record, name, value)
        if changed and ind.code not in result.added:
            result.updated.append(ind.code)
    shipped = {ind.code for ind in catalogue.indicators}
    for code, old in existing.items():
        if old.origin == "catalogue" and code not in shipped and old.active:
            old.active = False  # kept, with its values, but no longer shown in returns
            result.deactivated.append(code)
    place_local_indicators(session)
    set_meta(session, CATALOGUE_DIGEST_KEY, catalogue.digest)
    session.flush()
    return result


# --- regions ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegionChange:
    """One division that ended, from a change list (resources/regions/changes/)."""

    old_code: str
    old_name: str
    old_parent: str
    new_code: str
    new_name: str
    began: date  # the first day under the new code
    ended: date  # the last day under the old code
    new_division: bool  # the successor's code was created by this change
    origin: str
    source: str


def _data_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def is_change_list(text: str) -> bool:
    lines = _data_lines(text)
    return bool(lines) and lines[0].startswith("old_code,")


def read_region_csv(text: str) -> list[Region]:
    """Rows `code,name,level,parent_code` after `#` comment lines, as in resources/regions/."""
    regions = []
    for row in csv.DictReader(io.StringIO("\n".join(_data_lines(text)))):
        regions.append(
            Region(
                code=row["code"].strip(),
                name=row["name"].strip(),
                level=RegionLevel(row["level"].strip()),
                parent_code=(row.get("parent_code") or "").strip() or None,
            )
        )
    return regions


def _change_days(text: str) -> tuple[date, date]:
    """`2021` → the whole year accepts both codes; `2021-05-19` → the old code ends the day before."""
    if len(text) == 4 and text.isdigit():
        return date(int(text), 1, 1), date(int(text), 12, 31)
    day = date.fromisoformat(text)
    return day, day - timedelta(days=1)


def read_region_changes(text: str) -> list[RegionChange]:
    """Rows `old_code,old_name,old_parent,new_code,new_name,changed,new_division,origin,source`."""
    changes = []
    for row in csv.DictReader(io.StringIO("\n".join(_data_lines(text)))):
        began, ended = _change_days(row["changed"].strip())
        origin = row["origin"].strip()
        if origin not in (ORIGIN_REFERENCE, ORIGIN_STATISTICAL):
            raise ValueError(
                f"{row['old_code']}: origin {origin!r} is neither reference nor statistical"
            )
        flag = row["new_division"].strip()
        if flag not in ("yes", "no"):
            raise ValueError(f"{row['old_code']}: new_division must be yes or no, not {flag!r}")
        if not row["source"].strip():
            raise ValueError(f"{row['old_code']}: a change needs its source")
        changes.append(
            RegionChange(
                old_code=row["old_code"].strip(),
                old_name=row["old_name"].strip(),
                old_parent=row["old_parent"].strip(),
                new_code=row["new_code"].strip(),
                new_name=row["new_name"].strip(),
                began=began,
                ended=ended,
                new_division=flag == "yes",
                origin=origin,
                source=row["source"].strip(),
            )
        )
    return changes


def region_files(folder: Path) -> list[Path]:
    """The shipped division lists (folder/*.csv), then the change lists (folder/changes/*.csv)."""
    return sorted(folder.glob("*.csv")) + sorted((folder / "changes").glob("*.csv"))


def sync_reference_regions(session: Session, files: list[Path]) -> int:
    """Add the shipped divisions that the database lacks, then the changes; returns how many
    region records were added.

    Existing regions keep their ids (values point at them); a renamed division is renamed. A
    division that ended keeps its record, under the parent it had then, with the day it ended
    and a link to its successor; the successor begins on the day of the change.
    """
    blobs = [f.read_bytes() for f in files]
    digest = hashlib.sha256(b"\0".join(blobs)).hexdigest()
    if get_meta(session, REGIONS_DIGEST_KEY) == digest:
        return 0
    repo = RegionRepository(session)
    by_code = {
        r.code: r
        for r in session.scalars(select(RegionRecord).where(RegionRecord.valid_to.is_(None)))
    }
    texts = [blob.decode("utf-8") for blob in blobs]
    added = 0
    for text in texts:
        if is_change_list(text):
            continue
        for region in read_region_csv(text):
            parent = by_code.get(region.parent_code) if region.parent_code else None
            if region.parent_code and parent is None:
                raise ValueError(
                    f"{region.code}: parent {region.parent_code} is not listed before it"
                )
            check_region_code(region.code, region.level, _domain(parent))
            record = by_code.get(region.code)
            if record is None:
                by_code[region.code] = repo.add(
                    region.code, region.name, region.level, parent, origin=ORIGIN_REFERENCE
                )
                added += 1
            elif record.name != region.name:
                record.name = region.name
    for text in texts:
        if is_change_list(text):
            for change in read_region_changes(text):
                added += _apply_change(session, repo, change, by_code)
    set_meta(session, REGIONS_DIGEST_KEY, digest)
    session.flush()
    return added


def _domain(record: RegionRecord | None) -> Region | None:
    return Region(record.code, record.name, RegionLevel(record.level)) if record else None


def _apply_change(
    session: Session, repo: RegionRepository, change: RegionChange, by_code: dict[str, RegionRecord]
) -> int:
    """Record one ended division with its successor; 1 if its record was added, else 0."""
    new = by_code.get(change.new_code)
    if new is None or new.name != change.new_name:
        raise ValueError(
            f"{change.old_code}: successor {change.new_code} {change.new_name} is not a current region"
        )
    parent = by_code.get(change.old_parent) or repo.current(change.old_parent, on=change.ended)
    if parent is None:
        raise ValueError(f"{change.old_code}: parent {change.old_parent} is not a region")
    level = RegionLevel(new.level)
    check_region_code(change.old_code, level, _domain(parent))
    old = session.scalars(
        select(RegionRecord).where(
            RegionRecord.code == change.old_code, RegionRecord.successor_id == new.id
        )
    ).first()
    added = 0
    if old is None:
        old = by_code.get(change.old_code)
        if old is not None and old.parent_id != parent.id:
            raise ValueError(
                f"{change.old_code}: a current region {old.name} under another parent has this code"
            )
    if old is None:
        old = repo.add(change.old_code, change.old_name, level, parent, origin=change.origin)
        added = 1
    # A unit staff added under the old code (a 行政委员会, say) keeps its id, values and origin.
    if by_code.get(change.old_code) is old:
        del by_code[change.old_code]
    old.name = change.old_name
    old.valid_to = change.ended
    old.successor = new
    if change.new_division and new.valid_from != change.began:
        new.valid_from = change.began
    return added
