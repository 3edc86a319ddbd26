"""综合示范自评 on a real SQLite file: claims, evidence files with their SHA-256, the totals."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.persistence.models import EvaluationClaimRecord, EvaluationEvidenceRecord
from desktop_app.services.evaluation import EVIDENCE_LIMIT, EvaluationService
from desktop_app.services.store import Store

COUNTY = "511921"  # 通江县
SCHEME = "example_demonstration_county"


@pytest.fixture
def service(store: Store) -> EvaluationService:
    return EvaluationService(store.sessions, lambda: "王会计")


def test_evaluation_claims_add_up_per_item_and_in_total(service: EvaluationService) -> None:
    # Given points typed as clerks type them (full-width digits too) on lines of two items
    service.set_claim(COUNTY, SCHEME, "1.1", "２", "领导小组已成立")
    service.set_claim(COUNTY, SCHEME, "1.2", "2.5")
    view = service.set_claim(COUNTY, SCHEME, "4.1", Decimal("9.5"), "覆盖28.6%")
    # Then each item adds its own lines, the total all of them (reference sums written here)
    by_item = {t.code: t.claimed for t in view.items}
    assert by_item == {"1": Decimal("4.5"), "2": 0, "3": 0, "4": Decimal("9.5")}
    assert view.total == Decimal("2") + Decimal("2.5") + Decimal("9.5")
    claim = view.claim("1.1")
    assert claim is not None and claim.note == "领导小组已成立" and claim.who == "王会计"
    assert [t.unclaimed for t in view.items] == [3, 4, 4, 2]
    # When a claim is cleared (no points, no note) it is gone, and the total follows
    view = service.set_claim(COUNTY, SCHEME, "4.1", "", "")
    assert view.claim("4.1") is None and view.total == Decimal("4.5")
    # A second service over the same file reads what was kept
    again = EvaluationService(service._sessions, lambda: "x").view(COUNTY, SCHEME)
    assert again.total == Decimal("4.5")


@pytest.mark.parametrize(
    ("typed", "issue"),
    [
        ("3.5", "evaluation_points_out_of_range"),
        ("-1", "evaluation_points_out_of_range"),
        ("1.2", "evaluation_points_off_step"),
        ("两分", "evaluation_points_not_number"),
    ],
)
def test_evaluation_bad_points_are_refused_and_nothing_is_kept(
    service: EvaluationService, store: Store, typed: str, issue: str
) -> None:
    service.set_claim(COUNTY, SCHEME, "1.2", "1", "first")
    with pytest.raises(DomainError) as refused:
        service.set_claim(COUNTY, SCHEME, "1.2", typed, "second")
    assert refused.value.issue.code == issue
    claim = service.view(COUNTY, SCHEME).claim("1.2")
    assert claim is not None and claim.points == 1 and claim.note == "first"


def test_evaluation_evidence_kept_with_its_hash_and_saved_back(
    service: EvaluationService, store: Store, tmp_path: Path
) -> None:
    content = "会议纪要 2025年3月".encode() * 500 + bytes(range(256))
    source = tmp_path / "领导小组会议纪要.pdf"
    source.write_bytes(content)
    view = service.attach(COUNTY, SCHEME, "1.1", source)
    (kept,) = view.files("1.1")
    assert kept.sha256 == hashlib.sha256(content).hexdigest()
    assert kept.size == len(content) and kept.file_name == "领导小组会议纪要.pdf"
    assert kept.who == "王会计"
    assert "1.1" not in {s.code for s in view.missing_evidence}
    # A copy saved out is the same bytes
    copy = service.save_copy(kept.id, tmp_path / "copy.pdf")
    assert copy.read_bytes() == content
    # Removed, the line asks for evidence again
    view = service.remove(kept.id)
    assert view.files("1.1") == () and "1.1" in {s.code for s in view.missing_evidence}
    with pytest.raises(DomainError) as gone:
        service.save_copy(kept.id, tmp_path / "again.pdf")
    assert gone.value.issue.code == "evaluation_evidence_gone"
    assert not (tmp_path / "again.pdf").exists()


def test_evaluation_same_file_twice_is_refused(
    service: EvaluationService, store: Store, tmp_path: Path
) -> None:
    first = tmp_path / "a.jpg"
    first.write_bytes(b"\xff\xd8photo of the service centre")
    renamed = tmp_path / "b.jpg"
    renamed.write_bytes(first.read_bytes())
    service.attach(COUNTY, SCHEME, "2.2", first)
    with pytest.raises(DomainError) as refused:
        service.attach(COUNTY, SCHEME, "2.2", renamed)  # the same bytes under another name
    assert refused.value.issue.code == "evaluation_evidence_twice"
    assert refused.value.issue.params["kept"] == "a.jpg"
    # Another line may hold the same file
    view = service.attach(COUNTY, SCHEME, "2.3", renamed)
    assert len(view.files("2.2")) == len(view.files("2.3")) == 1


def test_evaluation_too_large_empty_or_unreadable_files_are_refused(
    service: EvaluationService, store: Store, tmp_path: Path
) -> None:
    big = tmp_path / "scan.tif"
    with big.open("wb") as handle:
        handle.truncate(EVIDENCE_LIMIT + 1)
    empty = tmp_path / "empty.doc"
    empty.write_bytes(b"")
    cases = [
        (big, "evaluation_evidence_too_large"),
        (empty, "evaluation_evidence_empty"),
        (tmp_path / "missing.pdf", "evaluation_evidence_unreadable"),
        (tmp_path, "evaluation_evidence_unreadable"),
    ]
    for path, issue in cases:
        with pytest.raises(DomainError) as refused:
            service.attach(COUNTY, SCHEME, "1.1", path)
        assert refused.value.issue.code == issue
    assert refused.value.issue.params["file"] == tmp_path.name
    with store.sessions() as session:
        count = session.scalar(select(func.count()).select_from(EvaluationEvidenceRecord))
    assert count == 0
    # The refusal says the limit in megabytes
    from desktop_app.i18n import issue_message

    with pytest.raises(DomainError) as refused:
        service.attach(COUNTY, SCHEME, "1.1", big)
    assert "20 MB" in issue_message(refused.value.issue)


def test_evaluation_exactly_the_limit_is_kept(
    service: EvaluationService, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "scan.tif"
    with path.open("wb") as handle:
        handle.truncate(EVIDENCE_LIMIT)
    view = service.attach(COUNTY, SCHEME, "4.3", path)
    assert view.files("4.3")[0].sha256 == hashlib.sha256(bytes(EVIDENCE_LIMIT)).hexdigest()


def test_evaluation_damaged_scheme_file_is_named(store: Store, tmp_path: Path) -> None:
    (tmp_path / "省方案.toml").write_text('format = 1\nkey = "x"\ntotal = "', encoding="utf-8")
    service = EvaluationService(store.sessions, lambda: "x", folder=tmp_path)
    with pytest.raises(DomainError) as refused:
        service.schemes()
    assert refused.value.issue.code == "evaluation_scheme_invalid"
    assert refused.value.issue.params["file"] == "省方案.toml"


def test_evaluation_unknown_line_is_refused(service: EvaluationService, store: Store) -> None:
    with pytest.raises(DomainError) as refused:
        service.set_claim(COUNTY, SCHEME, "9.9", "1")
    assert refused.value.issue.code == "evaluation_unknown_item"
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(EvaluationClaimRecord)) == 0
