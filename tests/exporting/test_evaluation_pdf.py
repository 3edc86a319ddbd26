"""综合示范县自评表 as a PDF, built from a real SQLite file: its text extracted back (items, points,
the total, the evidence files with the start of their SHA-256), long notes across pages with the
header repeated, and every page rendered to PNG."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from pypdf import PdfReader

from desktop_app.domain.issues import DomainError
from desktop_app.domain.signatories import Signatories
from desktop_app.i18n import translate
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.store import Store, prepare

COUNTY = "511921"  # 通江县
SCHEME = "example_demonstration_county"
CLAIMS = {"1.1": "2", "1.2": "2.5", "2.2": "６", "3.2": "7.5", "4.1": "9.5"}
LONG_NOTE = "全县二十个乡镇均已建成服务站点，覆盖行政村比例逐月提高，台账齐全。" * 6


@pytest.fixture
def store_copy(prepared_db: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy(prepared_db, path)
    store = prepare(create_sqlite_engine(path), path)
    yield store
    store.close()


@pytest.fixture
def service(store_copy: Store) -> EvaluationService:
    return EvaluationService(store_copy.sessions, lambda: "王会计", today=lambda: date(2026, 3, 5))


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def rendered(path: Path, out: Path) -> list[Path]:
    """Every page as PNG at 80 dpi, as a person would look at it (pdfium, as the print preview
    draws it: no tool outside the project's own dependencies, so it runs everywhere)."""
    document = pdfium.PdfDocument(str(path))
    try:
        pngs = []
        for number in range(len(document)):
            page = document[number]
            image = page.render(scale=80 / 72).to_pil()
            darkest, _lightest = image.convert("L").getextrema()
            assert image.width > 400 and darkest < 128  # text drawn, not a blank page
            png = out / f"page-{number + 1}.png"
            image.save(png)
            pngs.append(png)
            page.close()
        return pngs
    finally:
        document.close()


def test_evaluation_pdf_lists_items_points_total_and_evidence(
    service: EvaluationService, tmp_path: Path
) -> None:
    # Given claims on five lines and two evidence files
    for code, points in CLAIMS.items():
        service.set_claim(COUNTY, SCHEME, code, points, "见附件" if code == "1.1" else "")
    minutes = tmp_path / "领导小组会议纪要.pdf"
    minutes.write_bytes("纪要".encode() * 4000)
    photo = tmp_path / "服务中心照片.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 10)
    service.attach(COUNTY, SCHEME, "1.1", minutes)
    service.attach(COUNTY, SCHEME, "2.2", photo)
    target = tmp_path / "自评表.pdf"
    people = Signatories(unit_head="李局长", preparer="王会计", phone="0827-7221234")

    result = service.write_pdf(COUNTY, SCHEME, target, people)

    text = "\n".join(pages_text(target))
    flat = text.replace("\n", "")
    assert result.pages == len(PdfReader(target).pages) >= 1
    assert translate("Reports", "Comprehensive demonstration county self-evaluation form") in flat
    assert "通江县" in text
    assert ("2026-3-5" in text) or ("2026年3月5日" in text)
    # The scheme, with its source and the example mark
    assert "电子商务进农村综合示范县自评（示例方案）" in flat
    assert "青海省电子商务进农村综合示范绩效评价指标体系" in flat
    # Items and sub-items by name, with their points
    for name in ("组织管理", "服务体系", "产销对接", "培训与成效", "建立信息员队伍和信息服务制度"):
        assert name in flat
    lines = [line.strip() for line in text.splitlines()]
    # The total: claimed points added up here, independently of the service
    total = sum(Decimal(p.replace("６", "6")) for p in CLAIMS.values())
    assert total == Decimal("27.5")
    total_at = lines.index(translate("Reports", "Total"))
    assert lines[total_at + 1 : total_at + 3] == ["100", "27.5"]
    assert "4.5" in lines and "9.5" in lines and "7.5" in lines  # 组织管理's sum, 4.1, 3.2
    # The evidence: names, sizes and the first 12 hex digits of each SHA-256
    assert "领导小组会议纪要.pdf" in flat and "服务中心照片.jpg" in flat
    for path in (minutes, photo):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest[:12] in text and digest[:13] not in text
    assert "李局长" in text and "0827-7221234" in text
    # Looked at: every page renders
    pngs = rendered(target, tmp_path)
    assert len(pngs) == result.pages
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_evaluation_pdf_long_notes_break_across_pages_with_the_header(
    service: EvaluationService, tmp_path: Path
) -> None:
    for sub in service.scheme(SCHEME).sub_items():
        service.set_claim(COUNTY, SCHEME, sub.code, "1", f"{sub.code}：{LONG_NOTE}")
    target = tmp_path / "long.pdf"

    result = service.write_pdf(COUNTY, SCHEME, target)

    assert result.pages >= 3
    header = translate("Reports", "Points claimed")
    texts = [t.replace("\n", "") for t in pages_text(target)]
    table_pages = [t for t in texts if "台账齐全" in t]  # the notes' text
    assert len(table_pages) >= 2
    assert all(header.replace(" ", "") in t.replace(" ", "") for t in table_pages)
    # Nothing claimed has evidence: the form says which lines still ask for some
    assert "1.1" in texts[-1] or "1.1" in texts[-2]
    assert len(rendered(target, tmp_path)) == result.pages


def test_evaluation_pdf_cancelled_writes_nothing(
    service: EvaluationService, tmp_path: Path
) -> None:
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(DomainError):
        service.write_pdf(COUNTY, SCHEME, target, progress=lambda done, total: False)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
