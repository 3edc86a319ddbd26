"""Fonts for PDF reports: a TrueType Chinese font is found and embedded, CFF fonts are refused,
and without a usable font no report file is written, with a message that says what to install."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.exporting.pdf.fonts import (
    FontSearch,
    Outlines,
    cjk_font,
    find_cjk_font,
    outlines_of,
)
from desktop_app.i18n import issue_message
from desktop_app.services.reports import ReportService
from desktop_app.services.store import Store


def sfnt(version: bytes, tags: list[bytes]) -> bytes:
    """A font file's header and table directory (no table data): enough to tell the outlines."""
    head = version + struct.pack(">HHHH", len(tags), 16, 0, 0)
    return head + b"".join(tag + struct.pack(">III", 0, 0, 0) for tag in tags)


def cff_collection() -> bytes:
    """A .ttc whose first face has CFF outlines, as Noto Sans CJK's collections do."""
    face = sfnt(b"OTTO", [b"CFF ", b"cmap", b"head"])
    return b"ttcf" + struct.pack(">HHII", 1, 0, 1, 16) + face


def test_fonts_system_font_is_truetype_with_chinese() -> None:
    choice = find_cjk_font()  # the machine's own font: packaging/system-deps.sh installs one
    assert outlines_of(choice.path, choice.subfont_index) is Outlines.TRUETYPE
    registered = cjk_font()
    assert registered.choice == choice
    assert registered.bold  # bold maps to a face (a real one, or the same)


def test_fonts_outlines_tell_truetype_from_cff(tmp_path: Path) -> None:
    otf = tmp_path / "NotoSansCJK-Regular.otf"
    otf.write_bytes(sfnt(b"OTTO", [b"CFF ", b"cmap"]))
    ttc = tmp_path / "NotoSansCJK-Regular.ttc"
    ttc.write_bytes(cff_collection())
    ttf = tmp_path / "outline.ttf"
    ttf.write_bytes(sfnt(b"\x00\x01\x00\x00", [b"glyf", b"loca", b"cmap"]))
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font")
    assert outlines_of(otf) is Outlines.CFF
    assert outlines_of(ttc) is Outlines.CFF
    assert outlines_of(ttf) is Outlines.TRUETYPE
    assert outlines_of(junk) is Outlines.UNKNOWN
    assert outlines_of(tmp_path / "missing.ttf") is Outlines.UNKNOWN


def test_fonts_chosen_cff_font_is_refused_with_its_reason(tmp_path: Path, chinese: None) -> None:
    ttc = tmp_path / "NotoSansCJK-Regular.ttc"
    ttc.write_bytes(cff_collection())
    with pytest.raises(DomainError) as caught:
        find_cjk_font(ttc, FontSearch(folders=[], fontconfig=False))
    assert caught.value.issue.code == "pdf_font_cff"
    message = issue_message(caught.value.issue)
    assert str(ttc) in message and "CFF" in message and "msyh.ttc" in message


def test_fonts_cff_files_in_the_folders_are_passed_over(tmp_path: Path) -> None:
    # Given a font folder holding only a CFF collection under a well-known name
    (tmp_path / "wqy-microhei.ttc").write_bytes(cff_collection())
    search = FontSearch(folders=[tmp_path], fontconfig=False)
    # Then nothing is usable, and the reason is recorded
    with pytest.raises(DomainError) as caught:
        find_cjk_font(None, search)
    assert caught.value.issue.code == "pdf_font_missing"
    assert search.rejected == [(tmp_path / "wqy-microhei.ttc", "cff")]


def test_fonts_found_by_file_name_in_injected_folder(tmp_path: Path) -> None:
    system = find_cjk_font()
    folder = tmp_path / "fonts" / "sub"
    folder.mkdir(parents=True)
    copy = folder / system.path.name
    copy.write_bytes(system.path.read_bytes())
    found = find_cjk_font(None, FontSearch(folders=[tmp_path / "fonts"], fontconfig=False))
    assert found.path == copy


def test_fonts_chosen_font_without_chinese_is_refused(tmp_path: Path, chinese: None) -> None:
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.exists():
        pytest.skip("DejaVuSans.ttf is not installed here")
    with pytest.raises(DomainError) as caught:
        find_cjk_font(latin, FontSearch(folders=[], fontconfig=False))
    assert caught.value.issue.code == "pdf_font_no_chinese"
    assert "方框" in issue_message(caught.value.issue)


def test_fonts_missing_font_gives_message_and_no_file(
    store: Store, tmp_path: Path, chinese: None
) -> None:
    # Given a chosen font that does not exist and nowhere to search
    out = tmp_path / "reports" / "月报.pdf"
    service = ReportService(
        store.sessions,
        font_path=tmp_path / "gone.ttf",
        font_search=FontSearch(folders=[], fontconfig=False),
    )
    # When any report is asked for
    for make in (
        lambda: service.monthly_summary("511921", Period.month(2025, 3), out),
        lambda: service.blank_forms("511921", Period.month(2025, 3), out),
    ):
        with pytest.raises(DomainError) as caught:
            make()
        # Then the message says what to install, and no file (nor a temporary one) is left
        assert caught.value.issue.code == "pdf_font_missing"
        message = issue_message(caught.value.issue)
        assert "未找到中文 TrueType 字体" in message
        assert "fonts-wqy-microhei" in message and "微软雅黑" in message
        assert not out.exists()
        assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_fonts_environment_names_the_folders_and_an_empty_one_searches_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given XIANBAO_FONT_DIRS set but empty: the system's folders and fontconfig are not asked
    monkeypatch.setenv("XIANBAO_FONT_DIRS", "")
    with pytest.raises(DomainError) as caught:
        find_cjk_font()
    assert caught.value.issue.code == "pdf_font_missing"
    # Given it names a folder holding a copy of the system's Chinese font: that copy is found
    monkeypatch.delenv("XIANBAO_FONT_DIRS")
    system = find_cjk_font()
    copy = tmp_path / "fonts" / system.path.name
    copy.parent.mkdir()
    copy.write_bytes(system.path.read_bytes())
    monkeypatch.setenv("XIANBAO_FONT_DIRS", f"{tmp_path / 'nothing'}{os.pathsep}{copy.parent}")
    assert find_cjk_font().path == copy
    # An injected search still wins over the environment
    with pytest.raises(DomainError):
        find_cjk_font(None, FontSearch(folders=[tmp_path / "nothing"], fontconfig=False))


def test_fonts_found_font_is_kept_while_its_file_is_unchanged(tmp_path: Path) -> None:
    # Given a font folder holding the system's Chinese font as WenQuanYi Zen Hei
    system = find_cjk_font()
    folder = tmp_path / "fonts"
    folder.mkdir()
    zenhei = folder / "wqy-zenhei.ttc"
    zenhei.write_bytes(system.path.read_bytes())
    assert find_cjk_font(None, FontSearch(folders=[folder], fontconfig=False)).path == zenhei
    # When a font the search prefers (SimHei comes before it) is installed beside it
    simhei = folder / "simhei.ttf"
    simhei.write_bytes(system.path.read_bytes())
    # Then the font found stays while its file is as it was (the folder is not walked again)
    assert find_cjk_font(None, FontSearch(folders=[folder], fontconfig=False)).path == zenhei
    # And once that file is gone, the folder is searched again and the other one is found
    zenhei.unlink()
    assert find_cjk_font(None, FontSearch(folders=[folder], fontconfig=False)).path == simhei
    # And a file replaced (another size) is searched again too: gone, nothing is left
    simhei.write_bytes(b"not a font any more")
    with pytest.raises(DomainError) as caught:
        find_cjk_font(None, FontSearch(folders=[folder], fontconfig=False))
    assert caught.value.issue.code == "pdf_font_missing"
