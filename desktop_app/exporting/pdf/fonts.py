"""Chinese fonts for PDF reports: find a TrueType-outline CJK font and register it with reportlab.

reportlab embeds TrueType (glyf) outlines as a subset; it cannot embed CFF outlines, which is what
OpenType/CFF fonts such as Noto Sans CJK (.otf, and their .ttc collections) carry. A report is
therefore refused, with a message that says which font to install, rather than printed with boxes
or with a font the printer may not have.

Order of the search: a font the user chose (settings, ``--font``); then well-known file names in
the system's font folders (Windows: Microsoft YaHei, SimSun, SimHei; Linux: WenQuanYi Micro Hei and
Zen Hei, AR PL UMing/UKai); then fontconfig's list of Chinese fonts (``fc-list :lang=zh file``).
The folders and the use of fontconfig can be injected (tests search nowhere), or named in the
environment: ``XIANBAO_FONT_DIRS`` lists the folders to search instead of the system's (separated
by ``os.pathsep``; empty: nowhere), and fontconfig is then not asked (``xianbao --self-test`` is
run so to show what a PC without a Chinese font is told).

A search's result is kept for the process while its file stays as it was (size and time): a
removed or replaced font is searched for again at the next report, a font installed meanwhile is
found at the next start.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from desktop_app.domain.issues import DomainError

#: Well-known Chinese TrueType fonts, best first, with the file of a real bold face if one exists.
KNOWN_FONTS: tuple[tuple[str, str | None], ...] = (
    ("msyh.ttc", "msyhbd.ttc"),  # 微软雅黑 Microsoft YaHei (Windows 8 and later)
    ("msyh.ttf", "msyhbd.ttf"),  # 微软雅黑 (Windows 7)
    ("simhei.ttf", None),  # 黑体 SimHei
    ("simsun.ttc", None),  # 宋体 SimSun
    ("wqy-microhei.ttc", None),  # 文泉驿微米黑 WenQuanYi Micro Hei
    ("wqy-zenhei.ttc", None),  # 文泉驿正黑 WenQuanYi Zen Hei
    ("uming.ttc", None),  # AR PL UMing
    ("ukai.ttc", None),  # AR PL UKai
)
#: Characters every report prints; a font without them would print boxes.
PROBE_TEXT = "县报电子商务月第页共计"

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")

#: Folders to search instead of the system's, separated by os.pathsep ("" = nowhere); when set,
#: fontconfig is not asked either.
FONT_DIRS_ENV = "XIANBAO_FONT_DIRS"


class Outlines(Enum):
    TRUETYPE = "truetype"  # glyf outlines: reportlab embeds these
    CFF = "cff"  # PostScript outlines (OpenType/CFF): reportlab cannot embed them
    UNKNOWN = "unknown"  # not a font file reportlab can read


@dataclass(frozen=True)
class FontChoice:
    """A usable font file: path, face within a collection, and an optional real bold face."""

    path: Path
    subfont_index: int = 0
    bold_path: Path | None = None


@dataclass(frozen=True)
class RegisteredFont:
    """The names under which a font is registered with reportlab."""

    name: str  # regular face
    bold: str  # a real bold face, or the regular one again
    choice: FontChoice


@dataclass
class FontSearch:
    """Where to look. `folders=None` means the platform's font folders."""

    folders: Sequence[Path] | None = None
    fontconfig: bool = True
    rejected: list[tuple[Path, str]] = field(default_factory=list)


def outlines_of(path: Path, subfont_index: int = 0) -> Outlines:
    """Read the sfnt header: TrueType (glyf) or CFF outlines. Never raises for a bad file."""
    try:
        with path.open("rb") as f:
            head = f.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= subfont_index < count:
                    return Outlines.UNKNOWN
                f.seek(12 + 4 * subfont_index)
                offset = struct.unpack(">I", f.read(4))[0]
                f.seek(offset)
                head = f.read(12)
            if len(head) < 12:
                return Outlines.UNKNOWN
            version = head[:4]
            tables = struct.unpack(">H", head[4:6])[0]
            f.seek(offset + 12)
            directory = f.read(16 * tables)
    except OSError:
        return Outlines.UNKNOWN
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    if version == b"OTTO" or b"CFF " in tags or b"CFF2" in tags:
        return Outlines.CFF
    if version in (b"\x00\x01\x00\x00", b"true") and b"glyf" in tags:
        return Outlines.TRUETYPE
    return Outlines.UNKNOWN


def default_font_folders() -> list[Path]:
    """The platform's font folders (system and the user's own)."""
    home = Path.home()
    if sys.platform.startswith("win"):
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return folders
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), home / "Library" / "Fonts", Path("/System/Library/Fonts")]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    ]


def font_folders_from_environment() -> list[Path] | None:
    """The folders XIANBAO_FONT_DIRS names ([] when it is set but empty), or None when unset."""
    value = os.environ.get(FONT_DIRS_ENV)
    if value is None:
        return None
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def _files_in(folders: Iterable[Path]) -> dict[str, Path]:
    """Font files under the folders by lower-case file name (the first one found wins)."""
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(FONT_SUFFIXES):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def _fontconfig_files() -> list[Path]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        done = subprocess.run(
            [fc_list, ":lang=zh", "file"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    paths = [Path(line.strip().rstrip(":")) for line in done.stdout.splitlines() if line.strip()]
    return sorted(set(paths), key=lambda p: (p.suffix.lower() != ".ttc", str(p)))


#: Whether a font file covers PROBE_TEXT, by (path, face, size, mtime): parsing a CJK font's
#: tables takes ~0.1 s, and every report asks again.
_coverage: dict[tuple[Path, int, int, int], bool] = {}


def _covers_chinese(choice: FontChoice) -> bool:
    try:
        stat = choice.path.stat()
    except OSError:
        return False
    key = (choice.path, choice.subfont_index, stat.st_size, stat.st_mtime_ns)
    if key not in _coverage:
        _coverage[key] = _read_coverage(choice)
    return _coverage[key]


def _read_coverage(choice: FontChoice) -> bool:
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        face = TTFontFile(str(choice.path), subfontIndex=choice.subfont_index)
    except Exception:  # reportlab raises TTFError and struct errors for unreadable files
        return False
    glyphs = face.charToGlyph
    return all(ord(ch) in glyphs for ch in PROBE_TEXT)


def _usable(path: Path, search: FontSearch, bold: Path | None = None) -> FontChoice | None:
    """A candidate if it has TrueType outlines and Chinese glyphs; else why not is recorded."""
    outlines = outlines_of(path)
    if outlines is Outlines.CFF:
        search.rejected.append((path, "cff"))
        return None
    if outlines is not Outlines.TRUETYPE:
        search.rejected.append((path, "unreadable"))
        return None
    if bold is not None and outlines_of(bold) is not Outlines.TRUETYPE:
        bold = None
    choice = FontChoice(path, 0, bold)
    if not _covers_chinese(choice):
        search.rejected.append((path, "no_chinese"))
        return None
    return choice


def find_cjk_font(chosen: Path | str | None = None, search: FontSearch | None = None) -> FontChoice:
    """The font for reports, or a DomainError that says what to install or choose.

    A chosen file that exists wins: if it cannot be used (CFF outlines, no Chinese glyphs) the
    error says so rather than silently printing with another font. A chosen file that no longer
    exists is passed over and the usual search runs.
    """
    search = search if search is not None else FontSearch()
    if chosen:
        path = Path(chosen).expanduser()
        if path.is_file():
            choice = _usable(path, search)
            if choice is not None:
                return choice
            reason = search.rejected[-1][1]
            code = {"cff": "pdf_font_cff", "no_chinese": "pdf_font_no_chinese"}.get(
                reason, "pdf_font_unreadable"
            )
            raise DomainError.of(code, path=str(path))
        search.rejected.append((path, "missing"))
    folders = list(search.folders) if search.folders is not None else None
    fontconfig = search.fontconfig
    if folders is None:
        folders = font_folders_from_environment()
        fontconfig = fontconfig and folders is None
    where = (tuple(default_font_folders() if folders is None else folders), fontconfig)
    found = _found.get(where)
    if found is not None and _file_state(found[0].path) == found[1]:
        return found[0]
    choice = _search(where[0], fontconfig, search)
    state = _file_state(choice.path)
    if state is not None:
        _found[where] = (choice, state)
    return choice


#: The font a search of the folders (and fontconfig) found, by where it searched, with its file's
#: size and time: walking a PC's font folders takes milliseconds (thousands of files on some), and
#: every report asks. It is searched again when that file is changed or gone; a better font
#: installed meanwhile is taken at the next start.
_found: dict[tuple[tuple[Path, ...], bool], tuple[FontChoice, tuple[int, int]]] = {}


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _search(folders: Sequence[Path], fontconfig: bool, search: FontSearch) -> FontChoice:
    files = _files_in(folders)
    for name, bold_name in KNOWN_FONTS:
        known = files.get(name)
        if known is None:
            continue
        bold = files.get(bold_name) if bold_name else None
        choice = _usable(known, search, bold)
        if choice is not None:
            return choice
    if fontconfig:
        for listed in _fontconfig_files():
            choice = _usable(listed, search)
            if choice is not None:
                return choice
    raise DomainError.of("pdf_font_missing")


_registered: dict[FontChoice, RegisteredFont] = {}


def _face_name(path: Path, index: int) -> str:
    digest = hashlib.sha1(f"{path.resolve()}#{index}".encode()).hexdigest()[:8]
    return f"XianbaoCJK-{digest}"


def register_font(choice: FontChoice) -> RegisteredFont:
    """Register the font (subset-embedded TTFont) and its family; idempotent."""
    known = _registered.get(choice)
    if known is not None:
        return known
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Each embedded subset holds 256 characters. reportlab keeps the first one's ASCII codes
    # for all of ASCII (readable bytes in the page streams), so a report of more than ~160
    # distinct Chinese characters (the monthly summary has ~180) embeds two subsets, each
    # parsed out of the font file; without that reservation up to ~250 characters take one
    # subset. Text extraction, search and copying read the subsets' ToUnicode maps as before.
    name = _face_name(choice.path, choice.subfont_index)
    pdfmetrics.registerFont(
        TTFont(name, str(choice.path), subfontIndex=choice.subfont_index, asciiReadable=0)
    )
    bold = name
    if choice.bold_path is not None:
        bold = _face_name(choice.bold_path, 0) + "-Bold"
        pdfmetrics.registerFont(TTFont(bold, str(choice.bold_path), asciiReadable=0))
    pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)
    # <b> in a paragraph of the bold face itself keeps that face.
    addMapping(bold, 0, 0, bold)
    addMapping(bold, 1, 0, bold)
    registered = RegisteredFont(name, bold, choice)
    _registered[choice] = registered
    return registered


def cjk_font(chosen: Path | str | None = None, search: FontSearch | None = None) -> RegisteredFont:
    """Find and register the report font in one step."""
    return register_font(find_cjk_font(chosen, search))
