"""The Reports menu (导出与打印): export the province's Excel return, import returns, and the PDF reports.

Each action asks what it needs (a template, a folder, files), runs the service call off the GUI
thread behind a progress dialog, and says in the status bar what it did. The services come from
the window's bundle (services/bundle.py), which builds the Excel and PDF ones, and so imports
openpyxl and reportlab, when an action first uses them, never at start-up.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.domain.signatories import Signatories
from desktop_app.i18n import issue_message, translate
from desktop_app.paths import user_templates_dir
from desktop_app.services.progress import Progress
from desktop_app.ui.long_work import Outcome, run_with_progress
from desktop_app.ui.settings import UserSettings, load_settings, save_settings

if TYPE_CHECKING:
    from desktop_app.exporting.excel.mapping import Template
    from desktop_app.services.excel_returns import ExcelReturns, FolderImport, ImportOutcome
    from desktop_app.services.reports import ReportService
    from desktop_app.ui.main_window import Workspace


class ReportActions(QObject):
    """Actions of the 报表 menu for the region and period the window shows."""

    #: A sentence for the status bar, and whether it reports a refusal.
    message = Signal(str, bool)
    #: Values were imported: the window reloads what it shows.
    values_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        current: Callable[[], tuple[Region | None, Period]],
        parent: QWidget,
        *,
        language: str = "zh_CN",
        settings_store: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._current = current
        self._parent = parent
        self._language = language
        self._settings_store = settings_store
        self._reports_dir = tempfile.TemporaryDirectory(prefix="xianbao-reports-")

        def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            made = QAction(text, self)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda: slot())
            return made

        self.export_action = action(
            translate("ReportActions", "Export the province's Excel return…"),
            self.export_excel,
            "Ctrl+E",
        )
        self.import_action = action(
            translate("ReportActions", "Import Excel returns…"), self.import_files, "Ctrl+I"
        )
        self.import_folder_action = action(
            translate("ReportActions", "Import a folder of returns…"), self.import_folder
        )
        self.templates_action = action(
            translate("ReportActions", "Templates…"), self.edit_templates
        )
        self.imports_action = action(
            translate("ReportActions", "Imports and undoing one…"), self.show_imports
        )
        self.monthly_action = action(
            translate("ReportActions", "Monthly summary (PDF)…"), self.monthly_report, "Ctrl+P"
        )
        self.blank_action = action(
            translate("ReportActions", "Blank paper forms (PDF)…"), self.blank_forms
        )
        self.completeness_action = action(
            translate("ReportActions", "Who has submitted (PDF)…"), self.completeness
        )

    def actions(self) -> list[QAction | None]:
        """The menu's actions; None marks a separator."""
        return [
            self.export_action,
            self.import_action,
            self.import_folder_action,
            self.templates_action,
            self.imports_action,
            None,
            self.monthly_action,
            self.blank_action,
            self.completeness_action,
        ]

    # --- services, from the bundle ------------------------------------------------------------
    def _signatories(self, settings: UserSettings) -> Signatories:
        user = self._workspace.bundle.user
        return settings.signatories(user.name if user is not None else None)

    def _settings(self) -> UserSettings:
        return load_settings(self._settings_store)

    def excel(self) -> ExcelReturns:
        return self._workspace.bundle.excel

    def reports(self) -> ReportService:
        """The PDF reports, with the font the settings name now."""
        return self._workspace.bundle.reports_with_font(self._settings().report_font)

    def _refused(self, error: DomainError) -> None:
        QMessageBox.warning(self._parent, translate("App", "Xianbao"), issue_message(error.issue))

    def _run(self, label: str, work: Callable[[Progress], object]) -> Outcome[object]:
        outcome = run_with_progress(
            self._parent, label, work, cancel_text=translate("ReportActions", "Cancel")
        )
        if outcome.error is not None:
            self._refused(outcome.error)
        elif outcome.cancelled:
            self.message.emit(translate("ReportActions", "Stopped; nothing was written."), True)
        return outcome

    def _region_and_period(self) -> tuple[Region, Period] | None:
        region, period = self._current()
        if region is None:
            self.message.emit(translate("ReportActions", "Choose a region first."), True)
            return None
        return region, period

    # --- Excel -----------------------------------------------------------------------------------
    def export_excel(self) -> Path | None:
        chosen = self._region_and_period()
        if chosen is None:
            return None
        region, period = chosen
        try:
            fitting = self.excel().fitting_templates(region, period)
        except DomainError as exc:
            self._refused(exc)
            return None
        if not fitting:
            text = (
                translate(
                    "ReportActions",
                    "No template fits {region}, {period}. Add the province's workbook under Reports → Templates.",
                )
                .replace("{region}", region.name)
                .replace("{period}", period.label_zh)
            )
            refused = self.excel().refused_templates()
            if refused:  # perhaps the clerk's own: say so rather than leave them guessing
                text += " " + translate(
                    "ReportActions",
                    "{count} template files could not be loaded; Reports → Templates says why.",
                ).replace("{count}", str(len(refused)))
            self.message.emit(text, True)
            return None
        template = fitting[0]
        if len(fitting) > 1:
            labels = [self._template_label(t) for t in fitting]
            label, ok = QInputDialog.getItem(
                self._parent,
                translate("ReportActions", "Export"),
                translate("ReportActions", "Which return?"),
                labels,
                0,
                False,
            )
            if not ok:
                return None
            template = fitting[labels.index(label)]
        folder = self._export_folder()
        if folder is None:
            return None
        settings = self._settings()

        def work(progress: Progress) -> Path:
            return self.excel().export(
                template.id,
                region.code,
                period,
                folder,
                self._signatories(settings),
                None,
                progress,
            )

        outcome = self._run(translate("ReportActions", "Filling the province's workbook…"), work)
        if not isinstance(outcome.result, Path):
            return None
        self.message.emit(
            translate("ReportActions", "Exported {path}").replace("{path}", str(outcome.result)),
            False,
        )
        return outcome.result

    @staticmethod
    def _template_label(template: Template) -> str:
        mapping = template.mapping
        sample = translate("ReportActions", " (sample)") if mapping.sample else ""
        return f"{mapping.form_number} {mapping.title}{sample}"

    def _export_folder(self) -> Path | None:
        settings = self._settings()
        if settings.export_folder and Path(settings.export_folder).is_dir():
            return Path(settings.export_folder)
        chosen = QFileDialog.getExistingDirectory(
            self._parent,
            translate("ReportActions", "Where should exported returns go?"),
            str(Path.home()),
        )
        if not chosen:
            return None
        save_settings(replace(settings, export_folder=chosen), self._settings_store)
        return Path(chosen)

    def show_imports(self) -> None:
        """The imports taken, and undoing one whole (the window reloads after an undo)."""
        from desktop_app.ui.imports_dialog import ImportsDialog

        dialog = ImportsDialog(self._workspace.bundle.imports, self._parent)
        dialog.values_changed.connect(self.values_changed)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def import_files(self) -> int:
        files, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            translate("ReportActions", "Import Excel returns"),
            self._settings().export_folder or str(Path.home()),
            translate("ReportActions", "Excel workbooks (*.xlsx)"),
        )
        return self.import_paths([Path(f) for f in files])

    def import_folder(self) -> int:
        chosen = QFileDialog.getExistingDirectory(
            self._parent,
            translate("ReportActions", "Import every return in a folder"),
            str(Path.home()),
        )
        return self.import_paths([Path(chosen)]) if chosen else 0

    def import_paths(self, paths: list[Path]) -> int:
        """Preview every file, show what would change, and apply the files the clerk accepts."""
        if not paths:
            return 0

        def preview(progress: Progress) -> list[FolderImport]:
            return [self.excel().import_path(p, dry_run=True, progress=progress) for p in paths]

        outcome = self._run(translate("ReportActions", "Reading the returns…"), preview)
        if not isinstance(outcome.result, list):
            return 0
        from desktop_app.ui.import_preview import ImportPreviewDialog

        outcomes = [o for folder in outcome.result for o in folder.outcomes]
        dialog = ImportPreviewDialog(outcomes, self._parent, self._language)
        try:
            if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
                self.message.emit(
                    translate("ReportActions", "Import cancelled; nothing was written."), False
                )
                return 0
            accepted = dialog.applicable()
        finally:
            dialog.deleteLater()
        if accepted and not self._back_up_before_import():
            return 0

        def apply(progress: Progress) -> list[ImportOutcome]:
            return self.excel().apply_each(accepted, progress)

        # Not cancellable: files already stored stay stored, so a Cancel could not undo them.
        applied = run_with_progress(
            self._parent, translate("ReportActions", "Storing the imported values…"), apply
        )
        self.values_changed.emit()
        from desktop_app.services.excel_returns import concluded

        summary = concluded(outcome.result, applied.result or [])
        written = summary.written
        files = sum(1 for o in summary.outcomes if o.error is None and o.written)
        self.message.emit(
            translate("ReportActions", "Imported {values} from {files}.")
            .replace("{values}", self.tr("%n value(s)", "", written))
            .replace("{files}", self.tr("%n file(s)", "", files)),
            bool(summary.refused),
        )
        if summary.refused or summary.skipped or len(summary.outcomes) > 1:
            self._show_summary(summary)
        return written

    def _show_summary(self, summary: FolderImport) -> None:
        """Every file of the import: imported (values stored), refused (why), skipped (why)."""
        from desktop_app.import_summary import summary_lines

        lines = summary_lines(summary, dry_run=False)
        box = QMessageBox(
            QMessageBox.Icon.Warning if summary.refused else QMessageBox.Icon.Information,
            translate("ReportActions", "Import of returns"),
            lines[-1],
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setInformativeText("\n".join(lines[:-1]))
        try:
            box.exec()
        finally:
            box.deleteLater()

    def _back_up_before_import(self) -> bool:
        """A backup before the import writes; if it cannot be made, nothing is imported."""
        from desktop_app.services.backups import BackupKind, make_backup

        database = self._workspace.database_path
        if database is None:
            return True
        try:
            make_backup(database, BackupKind.BEFORE_IMPORT)
        except DomainError as exc:
            QMessageBox.warning(
                self._parent,
                translate("App", "Xianbao"),
                issue_message(exc.issue)
                + "\n"
                + translate("ReportActions", "Nothing was imported."),
            )
            return False
        return True

    def edit_templates(self) -> None:
        from desktop_app.ui.template_editor import open_template_editor

        home: Region | None = None
        if self._workspace.home_region:  # the editor opens on a template for this province, level
            try:
                home = self._workspace.regions.get(self._workspace.home_region)
            except DomainError:
                home = None
        open_template_editor(self.excel(), user_templates_dir(), self._parent, home)

    # --- PDF ---------------------------------------------------------------------------------------
    def _report(
        self, label: str, name: str, make: Callable[[ReportService, Path, Progress], object]
    ) -> Path | None:
        chosen = self._region_and_period()
        if chosen is None:
            return None
        region, period = chosen
        from desktop_app.services.reports import report_file_name

        target = Path(self._reports_dir.name) / report_file_name(
            name, region.name, period, self._language
        )
        service = self.reports()
        outcome = self._run(label, lambda progress: make(service, target, progress))
        if outcome.result is None:
            return None
        from desktop_app.ui.report_preview import preview_report

        preview_report(target, self._parent)
        return target

    def monthly_report(self) -> Path | None:
        chosen = self._region_and_period()
        if chosen is None:
            return None
        region, period = chosen
        month = period if period.kind is PeriodKind.MONTH else None
        if month is None:
            self.message.emit(
                translate("ReportActions", "The monthly summary is made for a month."), True
            )
            return None
        signatories = self._signatories(self._settings())
        if region.level in (RegionLevel.PROVINCE, RegionLevel.PREFECTURE):
            return self._report(
                translate("ReportActions", "Making the report…"),
                "summary",
                lambda s, path, p: s.city_report(region.code, month, path, signatories, p),
            )
        return self._report(
            translate("ReportActions", "Making the report…"),
            "summary",
            lambda s, path, p: s.monthly_summary(region.code, month, path, signatories, p),
        )

    def blank_forms(self) -> Path | None:
        chosen = self._region_and_period()
        if chosen is None:
            return None
        region, period = chosen
        return self._report(
            translate("ReportActions", "Making the forms…"),
            "forms",
            lambda s, path, p: s.blank_forms(region.code, period, path, p),
        )

    def completeness(self) -> Path | None:
        chosen = self._region_and_period()
        if chosen is None:
            return None
        region, period = chosen
        return self._report(
            translate("ReportActions", "Making the report…"),
            "completeness",
            lambda s, path, p: s.completeness(region.code, period, path, progress=p),
        )
