"""`xianbao --self-test`: does Xianbao work on this PC, and if not, what is missing?

An IT helper runs it on a new PC. In a temporary folder (removed afterwards; the user's database
and settings are never touched) it opens a new database, keys a few values of the demo county as
the window does, runs the return checks, exports a shipped Excel template and reads it back,
finds the Chinese font of the PDF reports, builds the monthly summary PDF, reads its text back,
and paints its first page for printing as the print preview does. Each step is timed and ends
passed or failed with a one-line reason; a step whose input another step failed to make is not
run. The exit code is 0 only when every step passed.

The font search is the reports' own (exporting/pdf/fonts.py), so `XIANBAO_FONT_DIRS=` (search
nowhere) shows what a PC without a Chinese font is told. The print step runs in a child process
(ui/print_check.py), started before the first step so that Qt loads meanwhile: a Qt that cannot
start ends that process, not the self-test. Only a SQLite file is tested, never a server.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from desktop_app import __version__
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, period_label, translate

if TYPE_CHECKING:
    from desktop_app.services.bundle import ServiceBundle
    from desktop_app.services.store import Store

#: The demo county, its bureau and the month keyed.
REGION = "511921"
BUREAU = "通江县商务局"
PERIOD = Period.month(2025, 3)
#: What is keyed, as a clerk types it: counts, one with its part (其中), and money keyed year to
#: date with its parts.
KEYED = (
    ("A01", "1"),
    ("A02", "2"),
    ("A04", "120"),
    ("A04.1", "35"),
    ("C01", "5678.90"),
    ("C02", "1234.56"),
    ("C02.1", "456.78"),
)
#: The part keyed larger than its whole for a moment, for the checks to find.
TOO_LARGE = ("A04.1", "150")
PART_EXCEEDS_WHOLE = "part_exceeds_whole"
#: The shipped template exported (a Sichuan county's monthly return) and the figure read back.
TEMPLATE_ID = "sc-county-monthly"
READ_BACK = "A04"
#: The figure looked for in the PDF's text (the report prints 1-N月累计 of the money flows).
PDF_FIGURE = "C02"
#: How long the print step's child process may take.
PRINT_TIMEOUT_S = 60
#: The flag of the print step's child process: `xianbao --self-test-print PDF OUTPUT`.
PRINT_FLAG = "--self-test-print"


class Outcome(Enum):
    PASSED = "passed"
    FAILED = "failed"
    INFO = "info"  # facts about the PC, never a failure
    NOT_RUN = "not_run"  # a step it needs failed


OUTCOME_TEXTS = {
    Outcome.PASSED: QT_TRANSLATE_NOOP("SelfTest", "passed"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("SelfTest", "FAILED"),
    Outcome.INFO: QT_TRANSLATE_NOOP("SelfTest", "info"),
    Outcome.NOT_RUN: QT_TRANSLATE_NOOP("SelfTest", "not run"),
}


class StepFailed(Exception):
    """A step's check found the PC lacking; the message is the reason, already in words."""


@dataclass(frozen=True)
class StepResult:
    key: str
    name: str
    outcome: Outcome
    seconds: float
    detail: str

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.PASSED, Outcome.INFO)


@dataclass
class SelfTestRun:
    """What the steps hand on to each other, in one temporary folder."""

    folder: Path
    language: str
    store: Store | None = None
    bundle: ServiceBundle | None = None
    pdf: Path | None = None
    printing: PrintProcess | None = None
    results: list[StepResult] = field(default_factory=list)

    def require_bundle(self) -> ServiceBundle:
        assert self.bundle is not None  # the step order guarantees it
        return self.bundle

    def close(self) -> None:
        if self.printing is not None:
            self.printing.stop()
            self.printing = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.bundle = None


# --- the steps ---------------------------------------------------------------------------------
def step_versions(run: SelfTestRun) -> str:
    """Which Xianbao, Python, Qt and SQLite this PC runs (never fails: a Qt that does not load
    is named here and fails the print step)."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    except Exception as exc:  # a broken Qt installation: say so, the print step fails
        qt = translate("SelfTest", "Qt cannot be loaded ({reason})").format(reason=_one_line(exc))
    return " · ".join(
        [
            f"Xianbao {__version__}",
            f"Python {platform.python_version()}",
            qt,
            f"SQLite {sqlite3.sqlite_version}",
            platform.platform(terse=True),
        ]
    )


def step_database(run: SelfTestRun) -> str:
    """A new SQLite database, migrated to the newest schema, with the shipped catalogue."""
    from desktop_app.persistence.migrate import current_revision, head_revision
    from desktop_app.services.bundle import build_bundle
    from desktop_app.services.store import open_sqlite_store

    path = run.folder / "xianbao.sqlite3"
    run.store = open_sqlite_store(path)
    revision, head = current_revision(run.store.engine), head_revision()
    if revision != head:
        raise StepFailed(
            translate("SelfTest", "The new database is at schema {revision}, not {head}.").format(
                revision=revision, head=head
            )
        )
    run.store.set_home_region(REGION, BUREAU)
    run.bundle = build_bundle(run.store, translate("SelfTest", "self-test"), language=run.language)
    return translate("SelfTest", "New database at schema {revision}").format(revision=revision)


def step_keying(run: SelfTestRun) -> str:
    """Key the values into the return screen, one cell at a time as the window saves them, and
    read them back."""
    from desktop_app.services.return_screen import keyed

    bundle = run.require_bundle()
    view = bundle.screen.view(REGION, PERIOD)
    for code, text in KEYED:
        change = bundle.screen.save_cell(view, code, text)
        if change.refusal is not None:
            raise StepFailed(issue_message(change.refusal))
        view = change.view
    view = bundle.screen.view(REGION, PERIOD)  # read afresh, not the one the saves built
    for code, text in KEYED:
        row = view.row(code)
        item = row.item if row is not None else None
        shown = keyed(item.indicator, item.figures) if item is not None else None
        if shown != Decimal(text):
            raise StepFailed(
                translate(
                    "SelfTest", "{code} was keyed as {keyed} but reads back as {shown}."
                ).format(code=code, keyed=text, shown=shown)
            )
    rows = sum(1 for row in view.rows if row.item is not None)
    return translate(
        "SelfTest",
        "{count} of the {rows} figures of {region}'s return for {period} keyed and read back",
    ).format(count=len(KEYED), rows=rows, region=_region_name(bundle), period=period_label(PERIOD))


def step_checks(run: SelfTestRun) -> str:
    """A part keyed larger than its whole is found by the checks, and the issue goes when the
    part is corrected."""
    bundle = run.require_bundle()
    code, text = TOO_LARGE
    view = bundle.screen.view(REGION, PERIOD)
    change = bundle.screen.save_cell(view, code, text)
    if change.refusal is not None:
        raise StepFailed(issue_message(change.refusal))
    if not _part_too_large(bundle.returns.check(REGION, PERIOD).issues, code):
        raise StepFailed(
            translate("SelfTest", "The checks did not find {part} larger than its whole.").format(
                part=code
            )
        )
    correct = dict(KEYED)[code]
    change = bundle.screen.save_cell(change.view, code, correct)
    if change.refusal is not None:
        raise StepFailed(issue_message(change.refusal))
    check = bundle.returns.check(REGION, PERIOD)
    if _part_too_large(check.issues, code):
        raise StepFailed(
            translate(
                "SelfTest", "The checks still find {part} too large after it was corrected."
            ).format(part=code)
        )
    return translate(
        "SelfTest",
        "{part} larger than its whole was found, and cleared once corrected "
        "({count} issues left: the indicators not keyed)",
    ).format(part=code, count=len(check.issues))


def step_excel(run: SelfTestRun) -> str:
    """Export a shipped template, open the file again with openpyxl and find a keyed value in
    the cell its mapping names."""
    import openpyxl

    from desktop_app.exporting.excel.mapping import resolve

    bundle = run.require_bundle()
    template = bundle.excel.template(TEMPLATE_ID)
    path = bundle.excel.export(TEMPLATE_ID, REGION, PERIOD, run.folder)
    sheet, address = next(
        (s.name, v.cell)
        for s in template.mapping.sheets
        for v in s.values
        if v.indicator == READ_BACK and v.measure.value == "current"
    )
    workbook = openpyxl.load_workbook(path)
    try:
        sheet, coordinate = resolve(workbook, sheet, address)
        found = workbook[sheet][coordinate].value
    finally:
        workbook.close()
    expected = Decimal(dict(KEYED)[READ_BACK])
    if found is None or Decimal(str(found)) != expected:
        raise StepFailed(
            translate("SelfTest", "{file}: {sheet}!{cell} holds {found}, not {expected}.").format(
                file=path.name, sheet=sheet, cell=coordinate, found=found, expected=expected
            )
        )
    return translate("SelfTest", "{file}: {sheet}!{cell} = {value}, as keyed").format(
        file=path.name, sheet=sheet, cell=coordinate, value=found
    )


def step_font(run: SelfTestRun) -> str:
    """The Chinese TrueType font the PDF reports embed, found as they find it."""
    bundle = run.require_bundle()
    try:
        font = bundle.reports.font()
    except DomainError as exc:
        raise StepFailed(issue_message(exc.issue)) from exc
    found = str(font.choice.path)
    if font.choice.bold_path is not None:
        found += translate("SelfTest", " (bold: {path})").format(path=font.choice.bold_path)
    return found


def step_pdf(run: SelfTestRun) -> str:
    """The monthly summary of the keyed month, as 报表 ▸ 月度汇总 builds it."""
    from desktop_app.services.reports import report_file_name

    bundle = run.require_bundle()
    name = report_file_name("summary", _region_name(bundle), PERIOD, run.language)
    result = bundle.reports.monthly_summary(REGION, PERIOD, run.folder / name)
    run.pdf = result.path
    size = result.path.stat().st_size
    return translate("SelfTest", "{file}: {pages} pages, {size} KB").format(
        file=result.path.name, pages=result.pages, size=max(1, round(size / 1024))
    )


def step_pdf_text(run: SelfTestRun) -> str:
    """The PDF's text read back with pdfium: the county's name and a keyed figure are there,
    so the Chinese was written as text with the font embedded, not as boxes."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from desktop_app.domain.figures import display_figure

    assert run.pdf is not None
    bundle = run.require_bundle()
    document = pdfium.PdfDocument(str(run.pdf))
    try:
        pages = []
        for page in document:
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
    finally:
        document.close()
    text = "\n".join(pages)
    scale = next(i.scale for i in bundle.excel.indicators() if i.code == PDF_FIGURE)
    wanted = [_region_name(bundle), display_figure(Decimal(dict(KEYED)[PDF_FIGURE]), scale)]
    missing = [w for w in wanted if w not in text]
    if missing:
        raise StepFailed(
            translate("SelfTest", "The PDF's text lacks {missing}.").format(
                missing=translate("Issues", ", ").join(missing)
            )
        )
    if b"/FontFile2" not in run.pdf.read_bytes():
        raise StepFailed(translate("SelfTest", "The PDF does not embed its TrueType font."))
    return translate("SelfTest", "{found} found in the text; the font is embedded").format(
        found=translate("Issues", ", ").join(wanted)
    )


def step_print(run: SelfTestRun) -> str:
    """Page 1 painted onto a printer as the print preview paints it (ui/print_check.py), in a
    child process so that a Qt that cannot start fails this step only."""
    assert run.pdf is not None
    if run.printing is None:
        run.printing = PrintProcess.start(run.folder, run.language)
    result = run.printing.paint(run.pdf)
    if not result.get("ok"):
        raise StepFailed(str(result.get("detail") or "—"))
    printer = str(result.get("printer") or "") or translate("SelfTest", "none")
    return translate(
        "SelfTest",
        "Page 1 painted at {dpi} dpi onto an A4 printer (Qt platform {platform}); "
        "default printer: {printer}",
    ).format(dpi=result.get("dpi"), platform=result.get("platform"), printer=printer)


class PrintProcess:
    """The print step's child process (ui/print_check.py), started before the first step so
    that Qt loads while the others run; it waits for the PDF's path on its stdin."""

    def __init__(self, process: subprocess.Popen[bytes], output: Path, log: BinaryIO) -> None:
        self.process = process
        self.output = output
        self.log = log

    @classmethod
    def start(cls, folder: Path, language: str) -> PrintProcess:
        output = folder / "print.pdf"
        command = [*own_command(), "--lang", language, PRINT_FLAG, "-", str(output)]
        # Qt's messages go to a file: a pipe nobody reads could fill and stop the child.
        log = (folder / "print.log").open("w+b")
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=_print_environment(),
            )
        except OSError:
            log.close()
            raise
        return cls(process, output, log)

    def paint(self, pdf: Path) -> dict[str, object]:
        """Hand over the PDF and wait for the result; StepFailed when Qt did not start."""
        from desktop_app.ui.print_check import result_path

        self._send((str(pdf) + "\n").encode("utf-8"))
        try:
            code = self.process.wait(PRINT_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            self.process.kill()
            self.process.wait()
            raise StepFailed(
                translate("SelfTest", "Qt did not finish painting within {seconds} s.").format(
                    seconds=PRINT_TIMEOUT_S
                )
            ) from exc
        result = _read_result(result_path(self.output))
        if result is None:
            self.log.seek(0)
            said = self.log.read().decode("utf-8", errors="replace")
            raise StepFailed(
                translate("SelfTest", "Qt could not start (exit code {code}): {reason}").format(
                    code=code, reason=qt_reason(said)
                )
            )
        return result

    def stop(self) -> None:
        """End the child (an empty stdin: nothing to paint) and close its log."""
        self._send(b"")
        try:
            self.process.wait(PRINT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def _send(self, data: bytes) -> None:
        stdin = self.process.stdin
        if stdin is None or stdin.closed:
            return
        try:
            stdin.write(data)
            stdin.close()
        except OSError:  # it has ended already (Qt could not start): its log says why
            pass


@dataclass(frozen=True)
class Step:
    key: str
    name: str  # the English source; shown translated
    run: Callable[[SelfTestRun], str]
    needs: tuple[str, ...] = ()
    info: bool = False


STEPS = (
    Step("versions", QT_TRANSLATE_NOOP("SelfTest", "Versions"), step_versions, info=True),
    Step("database", QT_TRANSLATE_NOOP("SelfTest", "Database"), step_database),
    Step("keying", QT_TRANSLATE_NOOP("SelfTest", "Keying values"), step_keying, ("database",)),
    Step("checks", QT_TRANSLATE_NOOP("SelfTest", "Return checks"), step_checks, ("keying",)),
    Step("excel", QT_TRANSLATE_NOOP("SelfTest", "Excel export"), step_excel, ("keying",)),
    Step("font", QT_TRANSLATE_NOOP("SelfTest", "Chinese font"), step_font, ("database",)),
    Step("pdf", QT_TRANSLATE_NOOP("SelfTest", "Monthly PDF"), step_pdf, ("keying", "font")),
    Step("pdf_text", QT_TRANSLATE_NOOP("SelfTest", "PDF text"), step_pdf_text, ("pdf",)),
    Step("print", QT_TRANSLATE_NOOP("SelfTest", "Print rendering"), step_print, ("pdf",)),
)


# --- running them ------------------------------------------------------------------------------
def run_step(step: Step, run: SelfTestRun) -> StepResult:
    """One step, timed; a failure of any kind becomes its one-line reason."""
    name = translate("SelfTest", step.name)
    failed = [r.name for r in run.results if r.key in step.needs and not r.ok]
    if failed:
        detail = translate("SelfTest", "needs: {steps}").format(
            steps=translate("Issues", ", ").join(failed)
        )
        return StepResult(step.key, name, Outcome.NOT_RUN, 0.0, detail)
    started = time.perf_counter()
    try:
        detail = step.run(run)
        outcome = Outcome.INFO if step.info else Outcome.PASSED
    except StepFailed as exc:
        detail, outcome = str(exc), Outcome.FAILED
    except DomainError as exc:
        detail, outcome = issue_message(exc.issue), Outcome.FAILED
    except Exception as exc:  # whatever broke, the table says what in one line
        detail, outcome = _one_line(exc), Outcome.FAILED
    return StepResult(step.key, name, outcome, time.perf_counter() - started, detail)


def remove_folder(folder: Path) -> StepResult:
    """The temporary folder removed, or the reason it could not be."""
    name = translate("SelfTest", "Temporary folder")
    started = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - started
    if folder.exists():
        detail = translate("SelfTest", "The temporary folder {path} could not be removed.")
        return StepResult("folder", name, Outcome.FAILED, seconds, detail.format(path=folder))
    detail = translate("SelfTest", "{path} removed").format(path=folder)
    return StepResult("folder", name, Outcome.PASSED, seconds, detail)


def self_test(language: str, out: TextIO, steps: tuple[Step, ...] = STEPS) -> list[StepResult]:
    """Run the steps in a new temporary folder, printing each row as it ends; the results."""
    started = time.perf_counter()
    names = [translate("SelfTest", s.name) for s in steps] + [
        translate("SelfTest", "Temporary folder")
    ]
    table = _Table(out, names)
    out.write(translate("SelfTest", "Xianbao self-test") + "\n\n")
    table.header()
    try:
        folder = Path(tempfile.mkdtemp(prefix="xianbao-self-test-"))
    except OSError as exc:
        detail = translate("SelfTest", "No temporary folder could be made in {path}: {reason}")
        result = StepResult(
            "folder",
            names[-1],
            Outcome.FAILED,
            time.perf_counter() - started,
            detail.format(path=tempfile.gettempdir(), reason=_one_line(exc)),
        )
        table.row(result)
        return [result]
    run = SelfTestRun(folder, language)
    try:
        if any(step.run is step_print for step in steps):
            # Qt loads in the child while the other steps run (its failure is the step's).
            with contextlib.suppress(OSError):
                run.printing = PrintProcess.start(folder, language)
        for step in steps:
            result = run_step(step, run)
            run.results.append(result)
            table.row(result)
    finally:
        run.close()
        result = remove_folder(folder)
        run.results.append(result)
        table.row(result)
    failed = [r for r in run.results if not r.ok]
    total = time.perf_counter() - started
    out.write("\n")
    if failed:
        out.write(
            translate(
                "SelfTest", "{failed} of {count} steps did not pass ({seconds:.1f} s): {names}."
            ).format(
                failed=len(failed),
                count=len(run.results),
                seconds=total,
                names=translate("Issues", ", ").join(r.name for r in failed),
            )
            + "\n"
        )
    else:
        out.write(
            translate("SelfTest", "All {count} steps passed ({seconds:.1f} s).").format(
                count=len(run.results), seconds=total
            )
            + "\n"
        )
    out.flush()
    return run.results


def run_self_test(language: str, out: TextIO) -> int:
    """`xianbao --self-test`: 0 when every step passed, 1 otherwise."""
    results = self_test(language, out)
    return 0 if all(r.ok for r in results) else 1


# --- helpers -----------------------------------------------------------------------------------
class _Table:
    """The rows printed as they come, aligned for Chinese (double-width) characters."""

    def __init__(self, out: TextIO, names: list[str]) -> None:
        from desktop_app.cli import display_width

        self.out = out
        self.width = display_width
        self.headers = [
            translate("SelfTest", "Step"),
            translate("SelfTest", "Result"),
            translate("SelfTest", "Time"),
            translate("SelfTest", "Detail"),
        ]
        outcomes = [translate("SelfTest", t) for t in OUTCOME_TEXTS.values()]
        self.widths = [
            max(display_width(t) for t in [self.headers[0], *names]),
            max(display_width(t) for t in [self.headers[1], *outcomes]),
            max(display_width(self.headers[2]), len("00.00 s")),
        ]

    def _line(self, cells: list[str]) -> str:
        padded = [
            " " * (w - self.width(c)) + c if i == 2 else c + " " * (w - self.width(c))
            for i, (c, w) in enumerate(zip(cells, self.widths, strict=False))
        ]
        return "  ".join([*padded, *cells[len(self.widths) :]]).rstrip()

    def header(self) -> None:
        self.out.write(self._line(self.headers) + "\n")
        rule = ["-" * w for w in self.widths] + ["-" * self.width(self.headers[3])]
        self.out.write("  ".join(rule) + "\n")

    def row(self, result: StepResult) -> None:
        seconds = f"{result.seconds:.2f} s"
        outcome = translate("SelfTest", OUTCOME_TEXTS[result.outcome])
        self.out.write(self._line([result.name, outcome, seconds, result.detail]) + "\n")
        self.out.flush()


def _one_line(exc: BaseException) -> str:
    from desktop_app.i18n import plain_detail

    lines = plain_detail(str(exc)).splitlines()
    text = lines[0].strip() if lines else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _region_name(bundle: ServiceBundle) -> str:
    return bundle.regions.get(REGION).name


def own_command() -> list[str]:
    """How to start this program again: the bundle's executable, or Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop_app"]


def _part_too_large(issues: Sequence[Issue], code: str) -> bool:
    return any(i.code == PART_EXCEEDS_WHOLE and i.params.get("indicator") == code for i in issues)


def _print_environment() -> dict[str, str]:
    """The child's environment: this one, offscreen on a Linux PC without a screen (the print
    path needs none; Qt would end the process looking for one)."""
    env = dict(os.environ)
    no_screen = not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and no_screen and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def qt_reason(stderr: str) -> str:
    """Why Qt did not start, in its own words on one line: its categorised messages (the
    platform plugin's: no display, a missing xcb-cursor library...), else its last line."""
    said = [line.strip() for line in stderr.splitlines() if line.strip()]
    categorised = [
        line.split(": ", 1)[1] for line in said if line.startswith("qt.") and ": " in line
    ]
    if categorised:
        return " / ".join(categorised)
    return said[-1] if said else "—"


def _read_result(path: Path) -> dict[str, object] | None:
    """The print step's result as its child process wrote it, None when it wrote none."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None
