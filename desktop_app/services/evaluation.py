"""Use cases of 综合示范自评: a county's self-evaluation under a scored scheme.

The schemes are TOML files (resources/evaluation/*.toml, parsed by domain/evaluation.py). Per
county and scheme the clerk claims points for each sub-item with a note (evaluation_claim, with
who and when) and attaches evidence files (evaluation_evidence): kept whole in the database with
their size and SHA-256, so they travel with it and its backups. Every mutation is one transaction
and returns the new view of the evaluation (EvaluationView), which the dialog redraws from.
The self-evaluation form (自评表) is written as a PDF by exporting/pdf/evaluation.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.evaluation import (
    EvaluationSchemeError,
    Scheme,
    SubItem,
    check_points,
    missing_evidence,
    read_points,
    read_scheme_file,
)
from desktop_app.domain.issues import DomainError
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.users import Action
from desktop_app.files import write_file_atomically
from desktop_app.paths import resources_dir
from desktop_app.persistence.models import (
    EvaluationClaimRecord,
    EvaluationEvidenceRecord,
    RegionRecord,
)
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.progress import Progress
from desktop_app.services.store import with_stored_bureau
from desktop_app.services.users import Access

if TYPE_CHECKING:
    from desktop_app.exporting.pdf.fonts import RegisteredFont

#: The largest evidence file kept: the database travels by USB stick and e-mail.
EVIDENCE_LIMIT = 20 * 1024 * 1024
#: Characters of a note kept (a paragraph or two on the printed form).
NOTE_LIMIT = 2000


def schemes_folder() -> Path:
    return resources_dir() / "evaluation"


@dataclass(frozen=True)
class Claim:
    code: str  # the sub-item's code
    points: Decimal | None
    note: str
    at: datetime
    who: str


@dataclass(frozen=True)
class Evidence:
    id: int
    code: str  # the sub-item's code
    file_name: str
    size: int
    sha256: str
    at: datetime
    who: str


@dataclass(frozen=True)
class ItemTotal:
    code: str
    name: str
    max_points: Decimal
    claimed: Decimal  # the sub-items' claimed points added up (an unclaimed one counts 0)
    unclaimed: int  # sub-items without points


@dataclass(frozen=True)
class EvaluationView:
    """One county's self-evaluation under one scheme, read in one session."""

    region_code: str
    region_name: str
    scheme: Scheme
    claims: dict[str, Claim]  # by sub-item code
    evidence: dict[str, tuple[Evidence, ...]]  # by sub-item code, in the order attached
    items: tuple[ItemTotal, ...]
    total: Decimal
    missing_evidence: tuple[SubItem, ...]  # sub-items that ask for evidence and have none

    def claim(self, code: str) -> Claim | None:
        return self.claims.get(code)

    def files(self, code: str) -> tuple[Evidence, ...]:
        return self.evidence.get(code, ())

    @property
    def complete(self) -> bool:
        """Every sub-item claimed and every one that asks for evidence has some."""
        return not self.missing_evidence and all(i.unclaimed == 0 for i in self.items)


@dataclass(frozen=True)
class EvaluationPdf:
    path: Path
    pages: int


class EvaluationService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        who: Callable[[], str],
        *,
        folder: Path | None = None,
        font: Callable[[], RegisteredFont] | None = None,
        today: Callable[[], date] = date.today,
        access: Callable[[], Access] | None = None,
    ) -> None:
        """`who`: the person named on each change; `access`: what the person logged in may do
        (a region outside their limit is neither shown nor changed; everything by default); `folder`: where the schemes are (the shipped
        folder by default); `font`: the report font (the report service's, so the settings'
        choice counts), found on first use when None."""
        self._sessions = sessions
        self._who = who
        self._folder = folder or schemes_folder()
        self._font = font
        self._today = today
        self._access = access or Access.everything
        self._schemes: dict[Path, tuple[float, Scheme]] = {}

    # --- schemes -------------------------------------------------------------------------------
    def schemes(self) -> tuple[Scheme, ...]:
        """Every scheme in the folder, by file name; a damaged file is refused naming it."""
        found: list[Scheme] = []
        try:
            paths = sorted(self._folder.glob("*.toml"))
        except OSError:
            paths = []
        for path in paths:
            try:
                stamp = path.stat().st_mtime
                cached = self._schemes.get(path)
                if cached is None or cached[0] != stamp:
                    cached = (stamp, read_scheme_file(path))
                    self._schemes[path] = cached
            except (OSError, EvaluationSchemeError) as exc:
                raise DomainError.of(
                    "evaluation_scheme_invalid", file=path.name, detail=str(exc)
                ) from exc
            found.append(cached[1])
        keys = [s.key for s in found]
        for key in keys:
            if keys.count(key) > 1:
                raise DomainError.of("evaluation_scheme_twice", key=key)
        return tuple(found)

    def scheme(self, key: str) -> Scheme:
        for scheme in self.schemes():
            if scheme.key == key:
                return scheme
        raise DomainError.of("evaluation_scheme_unknown", key=key)

    # --- reading -------------------------------------------------------------------------------
    def view(self, region_code: str, scheme_key: str) -> EvaluationView:
        scheme = self.scheme(scheme_key)
        with self._sessions() as session:
            self._access().require_read(region_code, session)
            region = RegionRepository(session).require(region_code)
            return self._view(session, region, scheme)

    def _view(self, session: Session, region: RegionRecord, scheme: Scheme) -> EvaluationView:
        codes = {sub.code for sub in scheme.sub_items()}
        claims = {
            r.item: Claim(r.item, r.points, r.note or "", r.at, r.who)
            for r in session.scalars(
                select(EvaluationClaimRecord).where(
                    EvaluationClaimRecord.region_id == region.id,
                    EvaluationClaimRecord.scheme == scheme.key,
                )
            )
            if r.item in codes  # a line a newer scheme file dropped is not counted
        }
        evidence: dict[str, list[Evidence]] = {}
        rows = session.execute(
            select(
                EvaluationEvidenceRecord.id,
                EvaluationEvidenceRecord.item,
                EvaluationEvidenceRecord.file_name,
                EvaluationEvidenceRecord.size,
                EvaluationEvidenceRecord.sha256,
                EvaluationEvidenceRecord.at,
                EvaluationEvidenceRecord.who,
            )
            .where(
                EvaluationEvidenceRecord.region_id == region.id,
                EvaluationEvidenceRecord.scheme == scheme.key,
            )
            .order_by(EvaluationEvidenceRecord.id)
        )  # the files' bytes are not read for the view
        for row in rows:
            if row.item in codes:
                evidence.setdefault(row.item, []).append(Evidence(*row))
        items = []
        for item in scheme.items:
            points = [claims[s.code].points if s.code in claims else None for s in item.subs]
            items.append(
                ItemTotal(
                    item.code,
                    item.name,
                    item.max_points,
                    sum((p for p in points if p is not None), Decimal(0)),
                    sum(1 for p in points if p is None),
                )
            )
        return EvaluationView(
            region_code=region.code,
            region_name=region.name,
            scheme=scheme,
            claims=claims,
            evidence={code: tuple(files) for code, files in evidence.items()},
            items=tuple(items),
            total=sum((i.claimed for i in items), Decimal(0)),
            missing_evidence=missing_evidence(scheme, evidence),
        )

    # --- claims --------------------------------------------------------------------------------
    def set_claim(
        self,
        region_code: str,
        scheme_key: str,
        code: str,
        points: str | Decimal | None,
        note: str | None = None,
    ) -> EvaluationView:
        """The points claimed for a sub-item (typed text, full-width digits fine; blank = none)
        and its note; both empty removes the claim. Refused out of 0..max or off the step."""
        self._access().require(Action.KEY, region_code)
        scheme = self.scheme(scheme_key)
        scheme.sub_item(code)  # an unknown line is refused before anything else
        value = points if isinstance(points, Decimal) or points is None else read_points(points)
        if value is not None:
            check_points(scheme, code, value)
        text = (note or "").strip()
        if len(text) > NOTE_LIMIT:
            raise DomainError.of("evaluation_note_too_long", item=code, limit=NOTE_LIMIT)
        with self._sessions.begin() as session:
            region = RegionRepository(session).require(region_code)
            record = session.scalars(
                select(EvaluationClaimRecord).where(
                    EvaluationClaimRecord.region_id == region.id,
                    EvaluationClaimRecord.scheme == scheme.key,
                    EvaluationClaimRecord.item == code,
                )
            ).first()
            if value is None and not text:
                if record is not None:
                    session.delete(record)
            else:
                if record is None:
                    record = EvaluationClaimRecord(
                        region_id=region.id, scheme=scheme.key, item=code
                    )
                    session.add(record)
                record.points = value
                record.note = text or None
                record.at = datetime.now(UTC)
                record.who = self._who()
            session.flush()
            return self._view(session, region, scheme)

    # --- evidence ------------------------------------------------------------------------------
    def attach(self, region_code: str, scheme_key: str, code: str, path: Path) -> EvaluationView:
        """A file kept as evidence for a sub-item, with its size and SHA-256. Refused: an
        unreadable or empty file, one over EVIDENCE_LIMIT, the same file twice for the line."""
        self._access().require(Action.KEY, region_code)
        scheme = self.scheme(scheme_key)
        scheme.sub_item(code)
        path = Path(path)
        content = _read_bounded(path)
        digest = hashlib.sha256(content).hexdigest()
        with self._sessions.begin() as session:
            region = RegionRepository(session).require(region_code)
            same = session.scalars(
                select(EvaluationEvidenceRecord.file_name).where(
                    EvaluationEvidenceRecord.region_id == region.id,
                    EvaluationEvidenceRecord.scheme == scheme.key,
                    EvaluationEvidenceRecord.item == code,
                    EvaluationEvidenceRecord.sha256 == digest,
                )
            ).first()
            if same is not None:
                raise DomainError.of(
                    "evaluation_evidence_twice", file=path.name, kept=same, item=code
                )
            session.add(
                EvaluationEvidenceRecord(
                    region_id=region.id,
                    scheme=scheme.key,
                    item=code,
                    file_name=path.name[:255],
                    sha256=digest,
                    size=len(content),
                    content=content,
                    at=datetime.now(UTC),
                    who=self._who(),
                )
            )
            session.flush()
            return self._view(session, region, scheme)

    def save_copy(self, evidence_id: int, target: Path) -> Path:
        """The kept file written whole to `target`; a copy whose bytes no longer match the
        recorded SHA-256 is refused (nothing written)."""
        with self._sessions() as session:
            record = session.get(EvaluationEvidenceRecord, evidence_id)
            if record is None:
                raise DomainError.of("evaluation_evidence_gone")
            content, digest, name = record.content, record.sha256, record.file_name
        if hashlib.sha256(content).hexdigest() != digest:
            raise DomainError.of("evaluation_evidence_damaged", file=name)
        return write_file_atomically(Path(target), content)

    def remove(self, evidence_id: int) -> EvaluationView:
        with self._sessions.begin() as session:
            # where it belongs, without reading the file itself (up to 20 MB)
            found = session.execute(
                select(EvaluationEvidenceRecord.region_id, EvaluationEvidenceRecord.scheme).where(
                    EvaluationEvidenceRecord.id == evidence_id
                )
            ).first()
            if found is None:
                raise DomainError.of("evaluation_evidence_gone")
            region = session.get(RegionRecord, found.region_id)
            assert region is not None  # the foreign key keeps it
            self._access().require(Action.KEY, region.code, session)
            scheme = self.scheme(found.scheme)
            session.execute(
                delete(EvaluationEvidenceRecord).where(EvaluationEvidenceRecord.id == evidence_id)
            )
            return self._view(session, region, scheme)

    # --- the form ------------------------------------------------------------------------------
    def write_pdf(
        self,
        region_code: str,
        scheme_key: str,
        path: Path,
        signatories: Signatories | None = None,
        progress: Progress | None = None,
    ) -> EvaluationPdf:
        """综合示范县自评表 as a PDF at `path` (written whole, or not at all)."""
        from desktop_app.exporting.pdf.evaluation import (
            EvaluationForm,
            FormEvidence,
            FormLine,
            render_evaluation,
        )

        font = self._font() if self._font is not None else _found_font()

        def ask() -> None:
            if progress is not None and progress(1, 3) is False:
                raise DomainError.of("evaluation_pdf_cancelled")

        ask()
        view = self.view(region_code, scheme_key)
        with self._sessions() as session:
            people = with_stored_bureau(session, signatories, view.region_code)
        lines: list[FormLine] = []
        for item, total in zip(view.scheme.items, view.items, strict=True):
            lines.append(FormLine(item.code, item.name, item.max_points, total.claimed, "", True))
            for sub in item.subs:
                claim = view.claim(sub.code)
                lines.append(
                    FormLine(
                        sub.code,
                        sub.name,
                        sub.max_points,
                        claim.points if claim else None,
                        claim.note if claim else "",
                        False,
                    )
                )
        evidence = tuple(
            FormEvidence(sub.code, e.file_name, e.size, e.sha256)
            for sub in view.scheme.sub_items()
            for e in view.files(sub.code)
        )
        form = EvaluationForm(
            region_name=view.region_name,
            scheme_title=view.scheme.title,
            scheme_source=view.scheme.source,
            example=view.scheme.example,
            total_max=view.scheme.total,
            total=view.total,
            lines=tuple(lines),
            evidence=evidence,
            missing_evidence=tuple(s.code for s in view.missing_evidence),
            signatories=people,
            produced=self._today(),
        )
        pages = render_evaluation(form, Path(path), font, check=ask)
        if progress is not None:
            progress(3, 3)
        return EvaluationPdf(Path(path), pages)


def _found_font() -> RegisteredFont:
    from desktop_app.exporting.pdf.fonts import cjk_font

    return cjk_font(None)


def _read_bounded(path: Path) -> bytes:
    """A file's bytes, reading no more than the limit allows; refusals name the file."""
    try:
        with path.open("rb") as handle:
            content = handle.read(EVIDENCE_LIMIT + 1)
    except OSError as exc:  # missing, a folder, not allowed, a disk gone…
        raise DomainError.of(
            "evaluation_evidence_unreadable", file=path.name, detail=exc.strerror or str(exc)
        ) from exc
    if len(content) > EVIDENCE_LIMIT:
        raise DomainError.of(
            "evaluation_evidence_too_large", file=path.name, limit=EVIDENCE_LIMIT // (1024 * 1024)
        )
    if not content:
        raise DomainError.of("evaluation_evidence_empty", file=path.name)
    return content
