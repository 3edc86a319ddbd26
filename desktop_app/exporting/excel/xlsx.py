"""A bounded reader of the cells of an .xlsx file, for importing returns from outside.

openpyxl's read-only mode is not used to read a file from outside, for three reasons found by
test (issue 10): it feeds Python's expat (2.5 in the CPython builds we ship) 16 KiB at a time, and
expat before 2.6 re-scans an unfinished token from its start on every feed, so one 45 MB XML
comment costs some 2,800 rescans of up to 45 MB each (340 s; quadratic); it reads every shared
string and every sheet part whole whatever the mapping needs; and it lets ValueError, IndexError
and the like out for values Excel never writes (`<v>NaN</v>`, a shared-string index past the
table). Here:

- the archive is checked from its central directory before anything is inflated: member count,
  each part's and the total unpacked size, and the compression ratio (a zip bomb is refused before
  a byte of it is inflated, and zipfile never inflates more than a member declares);
- only the parts needed are read (the workbook, its relationships, the mapped sheets up to the
  mapped extent, the shared strings those cells refer to, the styles if a number may be a date),
  streamed through expat in chunks that grow while expat holds an unfinished token, and a token
  longer than MAX_TOKEN_BYTES is refused, so every part is parsed in time linear in its size
  (see stream_xml);
- a document type declaration (the door to entity expansion and external entities) is refused;
- every value is checked as it is read, and every failure becomes a DomainError whose sentence
  names the file and, where known, the sheet and the cell.

Values come back as openpyxl's read-only mode (data_only) would give them: int or float for
numbers, datetime for numbers in a date format, str for text and errors, bool for booleans;
cells holding a formula are known too, so one read tells an uncomputed formula from a blank.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any, Protocol
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel
from openpyxl.workbook.defined_name import DefinedName

from desktop_app.domain.issues import DomainError

#: Limits for a file to import. A county return is some 10-50 KB and a few hundred cells; a city's
#: table of a few hundred rows stays under a few MB unpacked.
MAX_MEMBERS = 1_000
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_PART_BYTES = 20 * 1024 * 1024
#: Unpacked size over packed size, for the whole archive and for any part above 1 MB.
MAX_COMPRESSION_RATIO = 200
#: The longest single XML token (a tag with its attributes, a comment, a processing instruction)
#: accepted. Excel's longest are a few KB.
MAX_TOKEN_BYTES = 1024 * 1024
#: Cells a sheet may declare (its `dimension`).
MAX_CELLS_PER_SHEET = 2_000_000
MAX_DEPTH = 64
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
_FIRST_FEED = 64 * 1024
#: pyexpat hands expat at most 1 MiB per call whatever it is given: a bigger chunk saves nothing.
_LAST_FEED = 1024 * 1024

_WORKBOOK = "xl/workbook.xml"
_CELL_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class _Stop(Exception):
    """Raised by a handler once it has read all it needs."""


def _refuse(code: str, **params: Any) -> DomainError:
    return DomainError.of(code, **params)


# --- the archive -------------------------------------------------------------------------------------
def check_archive(archive: zipfile.ZipFile, file: str) -> dict[str, zipfile.ZipInfo]:
    """The archive's members by name, after checking sizes from the central directory only."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse("import_too_many_parts", file=file, count=len(infos), limit=MAX_MEMBERS)
    total = sum(i.file_size for i in infos)
    biggest = max((i.file_size for i in infos), default=0)
    if total > MAX_UNCOMPRESSED_BYTES or biggest > MAX_PART_BYTES:
        raise _refuse("import_too_large", file=file, size=total // (1024 * 1024) or 1)
    # A part (or the whole) that unpacks to hundreds of times its packed size is made to exhaust
    # memory; small parts are left alone, where the ratio says nothing.
    packed = sum(i.compress_size for i in infos)
    for unpacked, size in [(total, packed), *((i.file_size, i.compress_size) for i in infos)]:
        if unpacked > 1024 * 1024 and unpacked > MAX_COMPRESSION_RATIO * size:
            raise _refuse(
                "import_packed_too_tightly",
                file=file,
                ratio=unpacked // max(size, 1),
                limit=MAX_COMPRESSION_RATIO,
            )
    members = {i.filename: i for i in infos}
    if _WORKBOOK not in members:
        raise _refuse("import_damaged", file=file)
    return members


def check_dimension(ref: str, file: str) -> None:
    """Refuse a sheet whose declared dimension (`<dimension ref="A1:XFD1048576">`) is beyond a
    return; a dimension that cannot be read is only a wrong hint, and is no reason to refuse."""
    if ":" not in ref:
        return
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref.upper())
    except (ValueError, TypeError):
        return
    cells = ((max_row or 1) - (min_row or 1) + 1) * ((max_col or 1) - (min_col or 1) + 1)
    if cells > MAX_CELLS_PER_SHEET:
        raise _refuse("import_too_large_sheet", file=file, cells=cells)


# --- streaming XML -------------------------------------------------------------------------------------
class Handlers:
    """What a part's reader does with the XML: element names and attributes by local name."""

    def start(self, name: str, attrs: dict[str, str]) -> None:
        return None

    def end(self, name: str) -> None:
        return None

    def text(self, data: str) -> None:
        return None


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _local(name: str) -> str:
    return name[name.rfind("}") + 1 :]


def stream_xml(
    source: Readable,
    handlers: Handlers,
    where: dict[str, Any],
    max_token: int = MAX_TOKEN_BYTES,
) -> None:
    """Parse the XML read from `source` into `handlers`, in bounded time and memory.

    Expat before 2.6 scans an unfinished token again from its start on every call, and pyexpat
    calls it with at most 1 MiB: a token of L bytes fed in chunks of c bytes costs L²/2c bytes
    scanned (openpyxl's 16 KiB chunks: a 45 MB comment scans 60 GB). Here chunks start at 64 KiB
    and double while expat reports nothing (it holds an unfinished token), up to 1 MiB, and start
    over once it reports again; and a token longer than `max_token` (1 MiB) is refused. So a
    token costs at most a few times its length, and a part is parsed in time linear in its size.

    Refuses a document type declaration, an oversized token and XML that is not well-formed,
    with the params `where` (file and part or sheet). A handler may raise _Stop to end early.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    events = [0]
    depth = [0]

    def on_start(name: str, attrs: dict[str, str]) -> None:
        events[0] += 1
        depth[0] += 1
        if depth[0] > MAX_DEPTH:
            raise _refuse("import_bad_xml", **where, line=parser.CurrentLineNumber)
        handlers.start(_local(name), {_local(k): v for k, v in attrs.items()})

    def on_end(name: str) -> None:
        events[0] += 1
        depth[0] -= 1
        handlers.end(_local(name))

    def on_text(data: str) -> None:
        events[0] += 1
        handlers.text(data)

    def on_other(*_args: object) -> None:
        events[0] += 1

    def on_doctype(*_args: object) -> None:
        raise _refuse("import_xml_doctype", **where)

    def on_external(*_args: object) -> int:
        raise _refuse("import_xml_doctype", **where)

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.CharacterDataHandler = on_text
    parser.CommentHandler = on_other
    parser.ProcessingInstructionHandler = on_other
    parser.StartCdataSectionHandler = on_other
    parser.EndCdataSectionHandler = on_other
    parser.XmlDeclHandler = on_other
    parser.StartDoctypeDeclHandler = on_doctype
    parser.EntityDeclHandler = on_doctype
    parser.ExternalEntityRefHandler = on_external
    size = _FIRST_FEED
    pending = 0  # bytes fed since expat last reported anything: an unfinished token
    try:
        while chunk := source.read(size):
            before = events[0]
            parser.Parse(chunk, False)
            if events[0] != before:
                pending, size = 0, _FIRST_FEED
                continue
            pending += len(chunk)
            if pending > max_token:
                raise _refuse(
                    "import_xml_token",
                    **where,
                    size=max(1, pending // (1024 * 1024)),
                    limit=max(1, max_token // (1024 * 1024)),
                )
            size = min(size * 2, _LAST_FEED)
        parser.Parse(b"", True)
    except _Stop:
        return
    except expat.ExpatError as exc:
        raise _refuse("import_bad_xml", **where, line=exc.lineno) from exc


# --- the workbook --------------------------------------------------------------------------------------
@dataclass
class SheetValues:
    """The cells of a sheet up to an extent: values by (row, column), and which hold a formula."""

    max_row: int
    max_col: int
    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    formulas: set[tuple[int, int]] = field(default_factory=set)


@dataclass(frozen=True)
class NamedCells:
    """A defined name: where it points, as openpyxl's DefinedName.destinations reads its text
    (nowhere, for text openpyxl's formula tokenizer cannot read)."""

    name: str
    destinations: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, name: str, text: str) -> NamedCells:
        try:
            found = tuple(DefinedName(name, attr_text=text.strip()).destinations)
        except Exception:  # the tokenizer's own errors, IndexError for empty text, …
            found = ()
        return cls(name, found)


@dataclass
class XlsxSheet:
    title: str
    part: str
    defined_names: dict[str, NamedCells] = field(default_factory=dict)


class XlsxBook:
    """An .xlsx file opened for reading its cells, within the limits above.

    Use as a context manager (it holds the zip open). `sheetnames`, `book[name].defined_names` and
    `defined_names` answer as openpyxl's do, so a mapping's addresses resolve the same way.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.name
        try:
            self._archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
            raise _refuse("import_damaged", file=self.file) from exc
        self.sheets: dict[str, XlsxSheet] = {}
        self.defined_names: dict[str, NamedCells] = {}
        self.date1904 = False
        self._strings: dict[int, str] = {}
        self._date_styles: set[int] | None = None
        self._cache: dict[str, SheetValues] = {}
        try:
            self._members = check_archive(self._archive, self.file)
            self._rels = self._relationships("xl/_rels/workbook.xml.rels")
            self._read_workbook()
        except BaseException:
            self._archive.close()
            raise
        self._strings_part = self._related("sharedStrings", "xl/sharedStrings.xml")
        self._styles_part = self._related("styles", "xl/styles.xml")

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    @property
    def sheetnames(self) -> list[str]:
        return list(self.sheets)

    def __getitem__(self, name: str) -> XlsxSheet:
        return self.sheets[name]

    # --- parts ------------------------------------------------------------------------------------
    def _parse(self, part: str, handlers: Handlers, where: dict[str, Any] | None = None) -> None:
        info = self._members.get(part)
        if info is None:
            raise _refuse("import_damaged", file=self.file)
        try:
            with self._archive.open(info) as member:
                stream_xml(member, handlers, where or {"file": self.file, "part": part})
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise _refuse("import_damaged", file=self.file) from exc

    def _read_workbook(self) -> None:
        found = _WorkbookPart()
        self._parse(_WORKBOOK, found)
        self.date1904 = found.date1904
        for title, rel in found.sheets:
            target = self._rels.get(rel, ("", ""))[1]
            self.sheets[title] = XlsxSheet(title, target)
        titles = list(self.sheets)
        for name, local, text in found.names:
            defined = NamedCells.of(name, text)
            if local is None:
                self.defined_names[name] = defined
            elif local.isdigit() and int(local) < len(titles):
                self.sheets[titles[int(local)]].defined_names[name] = defined

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, target part) of a .rels part (none if the part is missing)."""
        if part not in self._members:
            return {}
        found = _RelsPart(PurePosixPath(part).parent.parent)
        self._parse(part, found)
        return found.rels

    def _related(self, kind: str, default: str) -> str | None:
        for rel_type, target in self._rels.values():
            if rel_type.endswith("/" + kind) and target in self._members:
                return target
        return default if default in self._members else None

    # --- cells ------------------------------------------------------------------------------------
    def cells(self, sheet: str, max_row: int, max_col: int) -> SheetValues:
        """The sheet's cells in rows 1..max_row and columns 1..max_col (read once, then cached)."""
        cached = self._cache.get(sheet)
        if cached is not None and cached.max_row >= max_row and cached.max_col >= max_col:
            return cached
        if cached is not None:
            max_row, max_col = max(max_row, cached.max_row), max(max_col, cached.max_col)
        read = self._read_sheet(self.sheets[sheet], max_row, max_col)
        self._cache[sheet] = read
        return read

    def _read_sheet(self, sheet: XlsxSheet, max_row: int, max_col: int) -> SheetValues:
        reader = _SheetPart(self, sheet, max_row, max_col)
        if sheet.part not in self._members:
            raise _refuse("import_damaged", file=self.file)
        self._parse(sheet.part, reader, reader.where())
        strings = self._shared_strings({index for index, _ in reader.shared.values()})
        for at, (index, coordinate) in reader.shared.items():
            if index not in strings:
                raise _refuse(
                    "import_bad_shared_string",
                    file=self.file,
                    sheet=sheet.title,
                    cell=coordinate,
                    index=index,
                )
            reader.values[at] = strings[index]
        return SheetValues(max_row, max_col, reader.values, reader.formulas)

    def _shared_strings(self, needed: set[int]) -> dict[int, str]:
        """The shared strings of the given indexes that the table holds (read only up to them)."""
        missing = needed - self._strings.keys()
        if missing and self._strings_part is not None:
            self._parse(self._strings_part, _StringsPart(missing, self._strings))
        return self._strings

    def is_date_style(self, style: int) -> bool:
        """Whether the cell style `style` shows numbers as dates or times."""
        if self._date_styles is None:
            self._date_styles = set()
            if self._styles_part is not None:
                found = _StylesPart()
                self._parse(self._styles_part, found)
                self._date_styles = found.date_styles()
        return style in self._date_styles

    def epoch(self) -> datetime:
        return CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900


# --- the parts' readers ------------------------------------------------------------------------------
class _WorkbookPart(Handlers):
    def __init__(self) -> None:
        self.sheets: list[tuple[str, str]] = []  # (title, relationship id)
        self.names: list[tuple[str, str | None, str]] = []  # (name, localSheetId, text)
        self.date1904 = False
        self._text: list[str] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "sheet":
            self.sheets.append((attrs.get("name", ""), attrs.get("id", "")))
        elif name == "definedName":
            self._text = []
            self.names.append((attrs.get("name", ""), attrs.get("localSheetId"), ""))
        elif name == "workbookPr":
            self.date1904 = attrs.get("date1904", "0").lower() in ("1", "true")

    def end(self, name: str) -> None:
        if name == "definedName" and self._text is not None:
            title, local, _ = self.names[-1]
            self.names[-1] = (title, local, "".join(self._text))
            self._text = None

    def text(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


class _RelsPart(Handlers):
    def __init__(self, base: PurePosixPath) -> None:
        self.base = base
        self.rels: dict[str, tuple[str, str]] = {}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else _join(self.base, target)
            self.rels[attrs.get("Id", "")] = (attrs.get("Type", ""), path)


def _join(base: PurePosixPath, target: str) -> str:
    parts: list[str] = []
    for piece in (base / target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in (".", ""):
            parts.append(piece)
    return "/".join(parts)


class _StringsPart(Handlers):
    """The shared strings of some indexes, read up to the last of them (phonetic runs left out)."""

    def __init__(self, wanted: set[int], into: dict[int, str]) -> None:
        self.wanted, self.into, self.last = wanted, into, max(wanted)
        self.index = -1
        self.in_t = self.in_phonetic = 0
        self.parts: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "si":
            self.index += 1
            if self.index > self.last:
                raise _Stop
            self.parts = []
        elif name == "t":
            self.in_t += 1
        elif name == "rPh":
            self.in_phonetic += 1

    def end(self, name: str) -> None:
        if name == "t":
            self.in_t -= 1
        elif name == "rPh":
            self.in_phonetic -= 1
        elif name == "si" and self.index in self.wanted:
            self.into[self.index] = "".join(self.parts)

    def text(self, data: str) -> None:
        if self.in_t and not self.in_phonetic and self.index in self.wanted:
            self.parts.append(data)


class _StylesPart(Handlers):
    def __init__(self) -> None:
        self.formats: dict[int, str] = {}
        self.xfs: list[int] = []
        self.in_xfs = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "numFmt" and attrs.get("numFmtId", "").isdigit():
            self.formats[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
        elif name == "cellXfs":
            self.in_xfs = True
        elif name == "xf" and self.in_xfs:
            number = attrs.get("numFmtId", "0")
            self.xfs.append(int(number) if number.isdigit() and len(number) < 10 else 0)

    def end(self, name: str) -> None:
        if name == "cellXfs":
            raise _Stop

    def date_styles(self) -> set[int]:
        dates: set[int] = set()
        for style, number in enumerate(self.xfs):
            code = self.formats.get(number) or BUILTIN_FORMATS.get(number, "General")
            if is_date_format(code) or is_timedelta_format(code):
                dates.add(style)
        return dates


class _SheetPart(Handlers):
    """A sheet's cells within an extent; stops at the first row past it (rows come in order)."""

    def __init__(self, book: XlsxBook, sheet: XlsxSheet, max_row: int, max_col: int) -> None:
        self.book, self.sheet = book, sheet
        self.max_row, self.max_col = max_row, max_col
        self.values: dict[tuple[int, int], Any] = {}
        self.formulas: set[tuple[int, int]] = set()
        self.shared: dict[tuple[int, int], tuple[int, str]] = {}  # cell → (string index, ref)
        self.row = 0
        self.col = 0
        self.cell: tuple[int, int] | None = None  # the cell being read, when inside the extent
        self.kind = "n"
        self.style = 0
        self.collect: str | None = None  # "v" or "t" while inside one
        self.value: list[str] = []
        self.inline: list[str] = []
        self.has_value = False
        self.in_phonetic = 0

    def where(self) -> dict[str, Any]:
        return {"file": self.book.file, "part": self.sheet.title}

    def _bad_cell(self, ref: str, value: str) -> DomainError:
        shown = value if len(value) <= 40 else value[:40] + "…"
        return _refuse(
            "import_bad_cell", file=self.book.file, sheet=self.sheet.title, cell=ref, value=shown
        )

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "c":
            self._start_cell(attrs)
        elif self.cell is None:
            if name == "row":
                self._start_row(attrs)
            elif name == "dimension":
                check_dimension(attrs.get("ref", ""), self.book.file)
        elif name == "v":
            self.collect, self.has_value = "v", True
        elif name == "f":
            self.formulas.add(self.cell)
        elif name == "t" and not self.in_phonetic:
            self.collect = "t"
        elif name == "rPh":
            self.in_phonetic += 1

    def _start_row(self, attrs: dict[str, str]) -> None:
        number = attrs.get("r")
        if number is None:
            self.row += 1
        elif number.isdigit() and 0 < int(number) <= MAX_ROW:
            self.row = int(number)
        else:
            raise _refuse(
                "import_bad_row", file=self.book.file, sheet=self.sheet.title, row=number[:20]
            )
        if self.row > self.max_row:
            raise _Stop
        self.col = 0

    def _start_cell(self, attrs: dict[str, str]) -> None:
        ref = attrs.get("r")
        if ref is None:
            self.col += 1
            row = max(self.row, 1)
        else:
            match = _CELL_REF.fullmatch(ref)
            column = column_index_from_string(match.group(1).upper()) if match else 0
            row = int(match.group(2)) if match else 0
            if not (0 < column <= MAX_COLUMN and 0 < row <= MAX_ROW):
                raise self._bad_cell(ref[:20], ref[:40])
            self.col = column
        # rows come in order (a <row> past the extent ends the read); a cell is where its own
        # reference puts it, as openpyxl places it
        inside = row <= self.max_row and self.col <= self.max_col
        self.cell = (row, self.col) if inside else None
        self.kind = attrs.get("t", "n")
        style = attrs.get("s", "0")
        self.style = int(style) if style.isdigit() and len(style) < 10 else 0
        self.value, self.inline, self.has_value = [], [], False
        self.in_phonetic = 0

    def end(self, name: str) -> None:
        if name in ("v", "t"):
            self.collect = None
        elif name == "rPh":
            self.in_phonetic -= 1
        elif name == "c" and self.cell is not None:
            self._end_cell(self.cell)
            self.cell = None

    def text(self, data: str) -> None:
        if self.collect == "v":
            self.value.append(data)
        elif self.collect == "t" and self.kind == "inlineStr":
            self.inline.append(data)

    def _end_cell(self, at: tuple[int, int]) -> None:
        ref = f"{get_column_letter(at[1])}{at[0]}"
        kind = self.kind
        if kind == "inlineStr":
            self.values[at] = "".join(self.inline) if self.inline else None
            return
        text = "".join(self.value)
        if not text:  # openpyxl: an empty <v/> is no value
            return
        value: Any
        if kind == "n":
            value = self._number(ref, text)
            if self.book.is_date_style(self.style):
                try:
                    value = from_excel(value, self.book.epoch())
                except (OverflowError, ValueError, TypeError):
                    value = "#VALUE!"  # what openpyxl makes of a date out of range
        elif kind == "s":
            if not text.strip().isdigit() or len(text) > 9:
                raise self._bad_cell(ref, text)
            self.shared[at] = (int(text), ref)
            return
        elif kind in ("str", "e"):
            value = text
        elif kind == "b":
            if text.strip() not in ("0", "1"):
                raise self._bad_cell(ref, text)
            value = text.strip() == "1"
        elif kind == "d":
            try:
                value = datetime.fromisoformat(text.strip().rstrip("Z"))
            except ValueError as exc:
                raise self._bad_cell(ref, text) from exc
        else:
            raise self._bad_cell(ref, f't="{kind}"')
        self.values[at] = value

    def _number(self, ref: str, text: str) -> int | float:
        """A number as openpyxl casts it (int unless it has a point or an exponent), finite."""
        text = text.strip()
        if len(text) > 400 or not _NUMBER.fullmatch(text):
            raise self._bad_cell(ref, text)
        if "." in text or "e" in text or "E" in text:
            number = float(text)
            if number != number or number in (float("inf"), float("-inf")):
                raise self._bad_cell(ref, text)
            return number
        return int(text)
