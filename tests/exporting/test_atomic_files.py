"""Output files are written whole or not at all (desktop_app/files.py), on real file systems:
a full one (a small tmpfs, where the kernel answers ENOSPC), a folder that may not be written,
a folder that is not there."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.files import write_file_atomically
from desktop_app.i18n import issue_message


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_file_is_replaced_whole_and_readable_by_others_as_usual(tmp_path: Path) -> None:
    target = tmp_path / "川商电统1表.xlsx"
    target.write_bytes(b"old")
    assert write_file_atomically(target, b"new" * 1000) == target
    assert target.read_bytes() == b"new" * 1000
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0o600
    assert leftovers(tmp_path) == []


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder` (root only): a disk that really fills up."""
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}); EFBIG is tested")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="mounting needs root")
def test_a_full_disk_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    with small_disk(tmp_path / "usb", "64k") as usb:
        target = usb / "月报.pdf"
        target.write_bytes(b"last month's report")
        with pytest.raises(DomainError) as refused:
            write_file_atomically(target, b"%PDF" + b"x" * 200_000)
        assert refused.value.issue.code == "file_disk_full"
        assert issue_message(refused.value.issue).startswith(
            f"{target} was not written: the disk is full"
        )
        assert target.read_bytes() == b"last month's report"
        assert leftovers(usb) == []


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """A folder this process may not write in: its mode, or (root) its immutable attribute."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("root without chattr: no folder here refuses writes")
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"root and chattr +i refused ({done.stderr.strip()}): no folder refuses writes")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_a_folder_that_may_not_be_written_is_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "return.xlsx"
    with unwritable(folder), pytest.raises(DomainError) as refused:
        write_file_atomically(target, b"data")
    assert refused.value.issue.code == "file_not_writable"
    assert "you may not write in that folder" in issue_message(refused.value.issue)
    assert list(folder.iterdir()) == []


def test_a_folder_that_is_not_there_is_a_sentence(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "return.xlsx"
    with pytest.raises(DomainError) as refused:
        write_file_atomically(target, b"data")
    assert refused.value.issue.code == "file_bad_place"
    assert not target.parent.exists()


def test_a_long_name_that_fits_is_written(tmp_path: Path) -> None:
    # 255 bytes is the usual limit of a name; the temporary file's must not be longer than it.
    target = tmp_path / ("农" * 80 + ".xlsx")  # 245 bytes in UTF-8
    assert write_file_atomically(target, b"data").read_bytes() == b"data"
    assert leftovers(tmp_path) == []
