"""指标管理: the indicators of the database by group, built-in (内置) and local (本地), and a form
to add or edit a local one (基础资料 → 指标管理…).

Every change goes through the catalogue service (services/catalogue_admin.py) and answers with
the list as it is after it; a refusal is said in the form, which stays open with what was typed,
the field it is about chosen. `catalogue_changed` tells the window to read the return again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.indicators import (
    STORAGE_SCALE,
    Basis,
    Indicator,
    IndicatorGroup,
    Temporal,
    ValueKind,
    unit_label,
)
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.local_indicators import IndicatorDraft
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.services.catalogue_admin import (
    CatalogueAdmin,
    CatalogueChange,
    CatalogueListing,
    IndicatorEntry,
    IndicatorRefused,
)
from desktop_app.services.locks import as_local
from desktop_app.ui.table_model_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

KIND_NAMES = {
    ValueKind.COUNT: QT_TRANSLATE_NOOP("IndicatorForm", "Count (whole number)"),
    ValueKind.AMOUNT: QT_TRANSLATE_NOOP("IndicatorForm", "Amount (decimals)"),
    ValueKind.RATIO: QT_TRANSLATE_NOOP("IndicatorForm", "Rate (%)"),
}
TEMPORAL_NAMES = {
    Temporal.FLOW: QT_TRANSLATE_NOOP("IndicatorForm", "Flow (sums over months)"),
    Temporal.STOCK: QT_TRANSLATE_NOOP("IndicatorForm", "Stock (end of period)"),
}
_SHORT_TEMPORAL = {
    Temporal.FLOW: QT_TRANSLATE_NOOP("IndicatorTableModel", "flow"),
    Temporal.STOCK: QT_TRANSLATE_NOOP("IndicatorTableModel", "stock"),
}
_SHORT_KIND = {
    ValueKind.COUNT: QT_TRANSLATE_NOOP("IndicatorTableModel", "count"),
    ValueKind.AMOUNT: QT_TRANSLATE_NOOP("IndicatorTableModel", "amount"),
    ValueKind.RATIO: QT_TRANSLATE_NOOP("IndicatorTableModel", "rate"),
}
#: The units the form offers besides those in use.
COMMON_UNITS = ("个", "家", "人", "人次", "户", "期", "场", "万元", "亿元", "万件", "%")
_REFUSED_STYLE = "color: #a4161a;"


def _name(indicator: Indicator | IndicatorGroup, language: str) -> str:
    return indicator.name_en if language == "en" else indicator.name_zh


class IndicatorTableModel(HeaderedTableModel):
    """The indicators of the database by group: group, code, name, unit, kind, origin, values."""

    HEADERS = (
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Group"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Code"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Name"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Unit"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Kind"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Origin"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Values"),
    )
    COL_GROUP, COL_CODE, COL_NAME, COL_UNIT, COL_KIND, COL_ORIGIN, COL_VALUES = range(7)
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[IndicatorEntry] = []
        self._groups: dict[str, IndicatorGroup] = {}

    def set_rows(self, listing: CatalogueListing) -> None:
        self.beginResetModel()
        self._rows = list(listing.entries)
        self._groups = {g.code: g for g in listing.groups}
        self.endResetModel()

    def entry(self, row: int) -> IndicatorEntry:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((n for n, e in enumerate(self._rows) if e.indicator.code == code), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        ind = entry.indicator
        col = index.column()
        if role == self.CodeRole:
            return ind.code
        if role == Qt.ItemDataRole.ForegroundRole and entry.hidden:
            return QColor("#777777")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_VALUES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and entry.changed_at is not None:
            return (
                translate("IndicatorTableModel", "Last changed %1 by %2")
                .replace("%1", as_local(entry.changed_at).strftime("%Y-%m-%d %H:%M"))
                .replace("%2", entry.changed_by)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_GROUP:
            group = self._groups.get(ind.group)
            return _name(group, self.language) if group is not None else ind.group
        if col == self.COL_CODE:
            return ind.code
        if col == self.COL_NAME:
            return ("    " if ind.parent_code else "") + _name(ind, self.language)
        if col == self.COL_UNIT:
            return unit_label(ind.unit, self.language)
        if col == self.COL_KIND:
            kind = translate("IndicatorTableModel", _SHORT_KIND[ind.kind])
            temporal = translate("IndicatorTableModel", _SHORT_TEMPORAL[ind.temporal])
            return f"{kind} · {temporal}"
        if col == self.COL_ORIGIN:
            origin = (
                translate("IndicatorTableModel", "local")
                if entry.local
                else translate("IndicatorTableModel", "built-in")
            )
            if entry.hidden:
                origin += translate("IndicatorTableModel", " (hidden)")
            return origin
        if col == self.COL_VALUES:
            return str(entry.values)
        return None


class IndicatorForm(QDialog):
    """Add a local indicator, or edit one (`editing`): every field; a refusal is said here and
    the form stays open with what was typed."""

    def __init__(
        self,
        admin: CatalogueAdmin,
        listing: CatalogueListing,
        language: str = "zh_CN",
        editing: Indicator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.language = language
        self.editing = editing
        self.change: CatalogueChange | None = None
        self.setWindowTitle(
            self.tr("Edit indicator %1").replace("%1", editing.code)
            if editing is not None
            else self.tr("Add an indicator")
        )
        shown = [e.indicator for e in listing.entries if not e.hidden]
        self._by_code = {i.code: i for i in shown}

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. G01, or C02.3 for a 其中 item"))
        self.code.setMaxLength(32)
        self.name_zh = QLineEdit()
        self.name_zh.setPlaceholderText(self.tr("e.g. 直播电商销售额"))
        self.name_en = QLineEdit()
        self.name_en.setPlaceholderText(self.tr("optional, e.g. Live-stream sales"))
        self.group = QComboBox()
        for group in listing.groups:
            self.group.addItem(_name(group, language), group.code)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        for unit in dict.fromkeys([*listing.units, *COMMON_UNITS]):
            self.unit.addItem(unit)
        self.kind = QComboBox()
        for kind, text in KIND_NAMES.items():
            self.kind.addItem(translate("IndicatorForm", text), kind.value)
        self.temporal = QComboBox()
        for temporal, text in TEMPORAL_NAMES.items():
            self.temporal.addItem(translate("IndicatorForm", text), temporal.value)
        self.scale = QSpinBox()
        self.scale.setRange(0, STORAGE_SCALE)
        self.parent_code = QComboBox()
        self.at_most = QComboBox()
        self.numerator = QComboBox()
        self.denominator = QComboBox()
        for combo in (self.parent_code, self.at_most, self.numerator, self.denominator):
            combo.addItem(self.tr("(none)"), "")
            for ind in shown:
                if editing is None or ind.code != editing.code:
                    combo.addItem(f"{ind.code}  {_name(ind, language)}", ind.code)
        self.minimum = QLineEdit()
        self.maximum = QLineEdit()
        for edit in (self.minimum, self.maximum):
            edit.setPlaceholderText(self.tr("none"))
        self.ytd = QCheckBox(self.tr("Clerks key the year-to-date figure (1-N月累计)"))
        self.required = QCheckBox(self.tr("A return is incomplete without it"))
        self.required.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_REFUSED_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("Chinese &name:"), self.name_zh)
        form.addRow(self.tr("&English name:"), self.name_en)
        form.addRow(self.tr("Part of (其中):"), self.parent_code)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Flow or stock:"), self.temporal)
        form.addRow(self.tr("&Decimal places:"), self.scale)
        bounds = QHBoxLayout()
        bounds.addWidget(self.minimum)
        bounds.addWidget(QLabel(self.tr("to")))
        bounds.addWidget(self.maximum)
        form.addRow(self.tr("Allowed range:"), bounds)
        form.addRow(self.tr("Never more than:"), self.at_most)
        parts = QHBoxLayout()
        parts.addWidget(self.numerator, 1)
        parts.addWidget(QLabel("÷"))
        parts.addWidget(self.denominator, 1)
        form.addRow(self.tr("A rate computed as:"), parts)
        form.addRow("", self.ytd)
        form.addRow("", self.required)
        self._fields: dict[str, QWidget] = {
            "code": self.code,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "group": self.group,
            "unit": self.unit,
            "kind": self.kind,
            "temporal": self.temporal,
            "scale": self.scale,
            "parent_code": self.parent_code,
            "at_most_code": self.at_most,
            "numerator_code": self.numerator,
            "denominator_code": self.denominator,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "entry_basis": self.ytd,
        }
        buttons = self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        if editing is not None:
            self._fill(IndicatorDraft.of(editing))
        else:
            self.unit.setCurrentText("个")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.temporal.currentIndexChanged.connect(self._temporal_changed)
        self.parent_code.currentIndexChanged.connect(self._parent_changed)
        self._kind_changed()
        self._temporal_changed()
        self._parent_changed()
        self.code.setFocus()

    # --- the fields --------------------------------------------------------------------------------
    def _fill(self, draft: IndicatorDraft) -> None:
        self.code.setText(draft.code)
        self.name_zh.setText(draft.name_zh)
        self.name_en.setText(draft.name_en)
        self.group.setCurrentIndex(max(0, self.group.findData(draft.group)))
        self.unit.setCurrentText(draft.unit)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.temporal.setCurrentIndex(self.temporal.findData(draft.temporal.value))
        self.scale.setValue(draft.scale)
        self.parent_code.setCurrentIndex(max(0, self.parent_code.findData(draft.parent_code or "")))
        self.at_most.setCurrentIndex(max(0, self.at_most.findData(draft.at_most_code or "")))
        self.numerator.setCurrentIndex(max(0, self.numerator.findData(draft.numerator_code or "")))
        self.denominator.setCurrentIndex(
            max(0, self.denominator.findData(draft.denominator_code or ""))
        )
        self.minimum.setText(draft.minimum)
        self.maximum.setText(draft.maximum)
        self.ytd.setChecked(draft.entry_basis is Basis.YTD)
        self.required.setChecked(draft.required)

    def draft(self) -> IndicatorDraft:
        """What the form holds now."""
        return IndicatorDraft(
            code=self.code.text(),
            name_zh=self.name_zh.text(),
            name_en=self.name_en.text(),
            group=str(self.group.currentData() or ""),
            unit=self.unit.currentText(),
            kind=ValueKind(self.kind.currentData()),
            temporal=Temporal(self.temporal.currentData()),
            scale=self.scale.value(),
            parent_code=str(self.parent_code.currentData() or "") or None,
            at_most_code=str(self.at_most.currentData() or "") or None,
            numerator_code=str(self.numerator.currentData() or "") or None,
            denominator_code=str(self.denominator.currentData() or "") or None,
            minimum=self.minimum.text(),
            maximum=self.maximum.text(),
            entry_basis=Basis.YTD if self.ytd.isChecked() else Basis.OWN,
            required=self.required.isChecked(),
        )

    def _kind_changed(self) -> None:
        """A count keeps no decimals; an amount two (万元) unless said otherwise; a rate one."""
        kind = ValueKind(self.kind.currentData())
        if kind is ValueKind.RATIO and self.unit.currentText().strip() in ("", "个"):
            self.unit.setCurrentText("%")
        # Only a rate is computed from two indicators.
        for combo in (self.numerator, self.denominator):
            combo.setEnabled(kind is ValueKind.RATIO)
            if kind is not ValueKind.RATIO:
                combo.setCurrentIndex(0)
        self.scale.setEnabled(kind is not ValueKind.COUNT and not self._has_parent())
        if kind is ValueKind.COUNT:
            self.scale.setValue(0)
        elif self.scale.value() == 0:
            self.scale.setValue(2 if kind is ValueKind.AMOUNT else 1)

    def _temporal_changed(self) -> None:
        """Only a flow has a year-to-date figure."""
        flow = Temporal(self.temporal.currentData()) is Temporal.FLOW
        self.ytd.setEnabled(flow)
        if not flow:
            self.ytd.setChecked(False)

    def _has_parent(self) -> bool:
        return bool(self.parent_code.currentData())

    def _parent_changed(self) -> None:
        """A 其中 item takes its parent's group, unit, kind, decimals and flow/stock."""
        parent = self._by_code.get(str(self.parent_code.currentData() or ""))
        for widget in (self.group, self.unit, self.kind, self.temporal):
            widget.setEnabled(parent is None)
        if parent is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(parent.group)))
            self.unit.setCurrentText(parent.unit)
            self.kind.setCurrentIndex(self.kind.findData(parent.kind.value))
            self.temporal.setCurrentIndex(self.temporal.findData(parent.temporal.value))
            self.scale.setValue(parent.scale)
            self.ytd.setChecked(parent.entry_basis is Basis.YTD)
        self._kind_changed()
        self._temporal_changed()

    # --- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        """Add or edit through the service; on a refusal say every reason, choose the field of
        the first, and keep the form open with what was typed."""
        try:
            if self.editing is None:
                self.change = self.admin.add(self.draft())
            else:
                self.change = self.admin.edit(self.editing.code, self.draft())
        except IndicatorRefused as exc:
            self.show_refusal(exc.issues)
            return
        except DomainError as exc:
            self.show_refusal((exc.issue,))
            return
        self.accept()

    def show_refusal(self, issues: tuple[Issue, ...] | list[Issue]) -> None:
        self.message.setText("\n".join(dict.fromkeys(issue_message(i) for i in issues)))
        for issue in issues:
            widget = self._fields.get(str(issue.params.get("field", "")))
            if widget is not None and widget.isEnabled():
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                break


class IndicatorsDialog(QDialog):
    """The list of indicators with Add, Edit, Remove (or hide) and Show again."""

    #: An indicator was added, changed, removed, hidden or shown: returns read it again.
    catalogue_changed = Signal()

    def __init__(
        self, admin: CatalogueAdmin, language: str = "zh_CN", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.language = language
        self.setWindowTitle(self.tr("Indicators"))
        self.model = IndicatorTableModel(language, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        hint = QLabel(
            self.tr(
                "Built-in indicators come with Xianbao's catalogue and follow its updates; "
                "local ones are this database's own and travel with it. A built-in indicator "
                "without values can be hidden from the returns."
            )
        )
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.show_button = QPushButton(self.tr("&Show again"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.show_button.clicked.connect(lambda: self.show_selected())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.show_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self._set(admin.listing())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()
        self.resize(980, 600)

    def _set(self, listing: CatalogueListing, current: str | None = None) -> None:
        self.listing = listing
        self.model.set_rows(listing)
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        header.setSectionResizeMode(IndicatorTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._enable()

    def selected(self) -> IndicatorEntry | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _enable(self) -> None:
        entry = self.selected()
        self.edit_button.setEnabled(entry is not None and entry.local and not entry.hidden)
        self.remove_button.setEnabled(entry is not None and not entry.hidden)
        self.show_button.setEnabled(entry is not None and entry.hidden)

    def _say(self, text: str, refused: bool) -> None:
        self.message.setStyleSheet(_REFUSED_STYLE if refused else "")
        self.message.setText(text)

    def _changed(self, change: CatalogueChange) -> None:
        self._set(change.listing, change.code)
        texts = {
            "added": self.tr("Indicator %1 added."),
            "edited": self.tr("Indicator %1 saved."),
            "removed": self.tr("Indicator %1 removed."),
            "hidden": self.tr(
                "Indicator %1 hidden: returns no longer show it; its history is kept."
            ),
            "shown": self.tr("Indicator %1 is shown in returns again."),
        }
        self._say(texts[change.action].replace("%1", change.code), False)
        self.catalogue_changed.emit()

    # --- actions -----------------------------------------------------------------------------------
    def form(self, editing: Indicator | None = None) -> IndicatorForm:
        """The form for a new indicator (or for `editing`), not yet shown."""
        return IndicatorForm(self.admin, self.listing, self.language, editing, self)

    def add(self) -> CatalogueChange | None:
        return self._run_form(self.form())

    def edit_selected(self) -> CatalogueChange | None:
        entry = self.selected()
        if entry is None:
            return None
        if not entry.local:
            issue = Issue("indicator_shipped_fixed", params={"code": entry.indicator.code})
            self._say(issue_message(issue), True)
            return None
        return self._run_form(self.form(entry.indicator))

    def _run_form(self, form: IndicatorForm) -> CatalogueChange | None:
        try:
            form.exec()
            change = form.change
        finally:
            form.deleteLater()
        if change is not None:
            self._changed(change)
        return change

    def remove_selected(self, confirm: bool = True) -> CatalogueChange | None:
        """Remove the selected indicator (a built-in one, or a local one with history, is
        hidden); the clerk confirms first."""
        entry = self.selected()
        if entry is None:
            return None
        code = entry.indicator.code
        if confirm:
            question = (
                self.tr("Remove the local indicator %1 %2?")
                if entry.local
                else self.tr("Hide the built-in indicator %1 %2 from the returns?")
            )
            answer = QMessageBox.question(
                self,
                self.tr("Indicators"),
                question.replace("%1", code).replace("%2", _name(entry.indicator, self.language)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self._attempt(lambda: self.admin.remove(code))

    def show_selected(self) -> CatalogueChange | None:
        entry = self.selected()
        if entry is None:
            return None
        code = entry.indicator.code
        return self._attempt(lambda: self.admin.show(code))

    def _attempt(self, run: Callable[[], CatalogueChange]) -> CatalogueChange | None:
        try:
            change = run()
        except IndicatorRefused as exc:
            self._say("\n".join(dict.fromkeys(issue_message(i) for i in exc.issues)), True)
            return None
        except DomainError as exc:
            self._say(issue_message(exc.issue), True)
            return None
        self._changed(change)
        return change
