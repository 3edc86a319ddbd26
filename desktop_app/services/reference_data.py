"""Loading the shipped reference data (indicator catalogue, region lists) into a database.

Both loads are idempotent and keyed by a digest of the files, so a start-up with unchanged files
does no work, and an upgraded file is applied without touching stored values.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.catalogue import Catalogue, parse_catalogue
from desktop_app.domain.regions import Region, RegionLevel, check_region_code
from desktop_app.persistence.models import IndicatorGroupRecord, IndicatorRecord, RegionRecord
from desktop_app.persistence.repositories import RegionRepository, get_meta, set_meta

CATALOGUE_DIGEST_KEY = "catalogue_sha256"
REGIONS_DIGEST_KEY = "regions_sha256"


@dataclass(frozen=True)
class CatalogueSync:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    skipped: bool = False  # the file had not changed since the last load


def load_catalogue_file(path: Path) -> Catalogue:
    return parse_catalogue(path.read_bytes())


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
    for ind in catalogue.indicators:
        ind_record = existing.get(ind.code)
        if ind_record is None:
            ind_record = IndicatorRecord(code=ind.code, origin="catalogue")
            session.add(ind_record)
            result.added.append(ind.code)
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
            "order": ind.order,
            "required": ind.required,
            "active": True,
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
    set_meta(session, CATALOGUE_DIGEST_KEY, catalogue.digest)
    session.flush()
    return result


# --- regions ---------------------------------------------------------------------------------------
def read_region_csv(text: str) -> list[Region]:
    """Rows `code,name,level,parent_code` after `#` comment lines, as in resources/regions/."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    regions = []
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        regions.append(
            Region(
                code=row["code"].strip(),
                name=row["name"].strip(),
                level=RegionLevel(row["level"].strip()),
                parent_code=(row.get("parent_code") or "").strip() or None,
            )
        )
    return regions


def region_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.csv"))


def sync_reference_regions(session: Session, files: list[Path]) -> int:
    """Add the shipped divisions that the database lacks; returns how many were added.

    Existing regions keep their ids (values point at them); a renamed division is renamed.
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
    added = 0
    for blob in blobs:
        for region in read_region_csv(blob.decode("utf-8")):
            parent = by_code.get(region.parent_code) if region.parent_code else None
            if region.parent_code and parent is None:
                raise ValueError(
                    f"{region.code}: parent {region.parent_code} is not listed before it"
                )
            parent_domain = (
                Region(parent.code, parent.name, RegionLevel(parent.level)) if parent else None
            )
            check_region_code(region.code, region.level, parent_domain)
            record = by_code.get(region.code)
            if record is None:
                by_code[region.code] = repo.add(
                    region.code, region.name, region.level, parent, origin="reference"
                )
                added += 1
            elif record.name != region.name:
                record.name = region.name
    set_meta(session, REGIONS_DIGEST_KEY, digest)
    session.flush()
    return added
