"""The form of one register row: a widget per field by its kind, and the place it sits in.

Text, dates and numbers are typed in line edits and read on OK as the import reads a cell
(domain.registers.read_field): full-width digits, 2024年3月5日 and 2024.3.5 are fine, a blank
optional date stays blank (a QDateEdit could not be blank). A cell that cannot be read is named
beside its field; the service's refusal (a check of the row, a row changed meanwhile by another
clerk) is shown in the form, which stays open with what was typed.

A row another clerk changed since the form opened: the form names who and when and the fields
where their row and what was typed differ, and asks which stays. Take theirs (Enter) closes the
form, and the window shows their row; keep mine (Ctrl+Enter) saves what was typed over their
version of the row, so that a third change made meanwhile is refused and asked about again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.registers import (
    FieldError,
    FieldKind,
    FieldSpec,
    RegisterRow,
    RegisterSpec,
    display_value,
    read_field,
)
from desktop_app.i18n import issue_message, register_value_text, translate
from desktop_app.services.registers import RegisterPlace, RegisterService

_ERROR_STYLE = "color: #b00020;"


def place_label(place: RegisterPlace, names: dict[str, str]) -> str:
    """How the place list names a place: 诺江镇, 诺江镇 / 红旗村, or 通江县."""
    if place.level == "village" and place.parent_code in names:
        return f"{names[place.parent_code]} / {place.name}"
    return place.name


def row_title(row: RegisterRow) -> str:
    """How a message names a row: its name, or its naming choice's label (a designation)."""
    spec = row.spec
    return register_value_text(spec.field(spec.name_field), row.get(spec.name_field))


class RegisterForm(QDialog):
    """Add a row (`row` None) or edit one. `saved` holds the row as stored after OK."""

    def __init__(
        self,
        service: RegisterService,
        spec: RegisterSpec,
        places: Sequence[RegisterPlace],
        row: RegisterRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.spec = spec
        self.row = row
        self.saved: RegisterRow | None = None
        #: The service refused an OK (the row may have changed meanwhile).
        self.refused = False
        title = translate("Registers", spec.title)
        self.setWindowTitle(
            (self.tr("%1: edit a row") if row else self.tr("%1: add a row")).replace("%1", title)
        )
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.place_hint: QLabel | None = None
        self.place_box = self._place_box(places, row.region_code if row else None)
        self._add_row(form, "place", self.tr("Place"), True, self.place_box)
        if self.place_hint is not None:
            form.addRow("", self.place_hint)
        for fs in spec.fields:
            editor = self._editor(fs, row.get(fs.key) if row else None)
            self.editors[fs.key] = editor
            self._add_row(form, fs.key, translate("Registers", fs.label), fs.required, editor)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.note = QLabel(self.tr("Fields marked * are required."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The choice after another clerk changed the row since the form opened (hidden till then)
        self.theirs_button = QPushButton(self.tr("Take theirs (Enter)"))
        self.mine_button = QPushButton(self.tr("Keep mine (Ctrl+Enter)"))
        self.theirs_button.clicked.connect(self.take_theirs)
        self.mine_button.clicked.connect(self.keep_mine)
        for button in (self.mine_button, self.theirs_button):
            button.hide()
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._ctrl_enter)
        #: The version of the row as another clerk left it, while the choice is asked.
        self.theirs_version: int | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.body = body
        self.resize(560, 200)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the fields and the messages shown, within a 768-pixel screen."""
        wanted = self.body.sizeHint().height() + 100
        if not self.message.isHidden():
            wanted += self.message.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), min(680, wanted))

    # --- building --------------------------------------------------------------------------------
    def _add_row(
        self, form: QFormLayout, key: str, label: str, required: bool, editor: QWidget
    ) -> None:
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(_ERROR_STYLE)
        error.hide()
        self.errors[key] = error
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        heading = QLabel(f"{label} *" if required else label)
        heading.setBuddy(editor)
        form.addRow(heading, cell)

    def _place_box(self, places: Sequence[RegisterPlace], current: str | None) -> QComboBox:
        """The county's current places at the register's levels (and the row's own, even if
        retired since); typing filters the list by any part of the name or the code."""
        names = {p.code: p.name for p in places}
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for place in places:
            if place.level not in self.spec.levels:
                continue
            if not place.current and place.code != current:
                continue
            label = place_label(place, names)
            if not place.current:
                label = self.tr("%1 (retired)").replace("%1", label)
            box.addItem(label, place.code)
            box.setItemData(box.count() - 1, place.code, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        box.setCompleter(completer)
        at = box.findData(current) if current else -1
        box.setCurrentIndex(at)
        if at < 0:
            box.setEditText("")
        line = box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type part of a township's or village's name"))
        if box.count() == 0:  # e.g. e-commerce villages before any village is kept
            line_text = self.tr(
                "The county has no townships or villages in Xianbao yet: add them first "
                "(Data → Townships and villages)."
            )
            self.place_hint = QLabel(line_text)
            self.place_hint.setWordWrap(True)
            self.place_hint.setStyleSheet(_ERROR_STYLE)
        return box

    def _editor(self, fs: FieldSpec, value: Any) -> QWidget:
        if fs.kind is FieldKind.FLAG:
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        if fs.kind is FieldKind.CHOICE:
            combo = QComboBox()
            if not fs.required:
                combo.addItem("", None)
            for key, label in fs.choices:
                combo.addItem(translate("Registers", label), key)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else -1)
            return combo
        line = QLineEdit(display_value(value))
        if fs.kind is FieldKind.DATE:
            line.setPlaceholderText(self.tr("e.g. 2024-03-05"))
        elif fs.kind is FieldKind.YEAR:
            line.setPlaceholderText(self.tr("e.g. 2024"))
        elif fs.kind is FieldKind.DEGREES:
            line.setPlaceholderText(self.tr("decimal degrees, e.g. 107.2471"))
        if fs.kind in (FieldKind.INTEGER, FieldKind.AMOUNT, FieldKind.YEAR, FieldKind.DEGREES):
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return line

    # --- reading ---------------------------------------------------------------------------------
    def chosen_place(self) -> str | None:
        """The code of the place chosen or typed (a name as listed, or a code); None if none."""
        box = self.place_box
        text = box.currentText().strip()
        at = box.currentIndex()
        if at >= 0 and box.itemText(at) == text:
            return str(box.itemData(at))
        for index in range(box.count()):
            if text in (box.itemText(index), str(box.itemData(index))):
                return str(box.itemData(index))
        matches = [i for i in range(box.count()) if text and box.itemText(i).endswith(text)]
        if len(matches) == 1:  # a village typed without its township
            return str(box.itemData(matches[0]))
        return None

    def read_values(self) -> dict[str, Any] | None:
        """The fields as typed, read as the register keeps them; None (each bad field named
        beside it) when any cannot be read."""
        values: dict[str, Any] = {}
        bad = False
        for fs in self.spec.fields:
            editor = self.editors[fs.key]
            if isinstance(editor, QCheckBox):
                values[fs.key] = editor.isChecked()
                continue
            if isinstance(editor, QComboBox):
                data = editor.currentData()
                values[fs.key] = None if data is None else str(data)
                continue
            assert isinstance(editor, QLineEdit)
            try:
                values[fs.key] = read_field(fs, editor.text())
            except FieldError as exc:
                self._show_error(
                    fs.key, Issue(exc.code, params={"field": fs.key, "cell": editor.text()})
                )
                bad = True
        return None if bad else {k: v for k, v in values.items() if v is not None}

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.message.clear()
        self.message.hide()

    def _show_error(self, key: str, issue: Issue) -> None:
        label = self.errors.get(key)
        if label is None:
            return
        label.setText(issue_message(issue))
        label.show()

    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._fit_height()

    # --- saving ----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save through the service; on a refusal the form stays open with what was typed."""
        self._clear_errors()
        values = self.read_values()
        place = self.chosen_place()
        if place is None:
            self.errors["place"].setText(
                self.tr("Choose a place from the list (the county, a township or a village).")
            )
            self.errors["place"].show()
        if values is None or place is None:
            self._show_refusal(self.tr("Correct the fields marked in red, then press OK again."))
            return
        try:
            if self.row is None or self.row.id is None:
                self.saved = self.service.add(self.spec.key, place, values)
            else:
                self.saved = self.service.edit(self.row.id, self.row.version, place, values)
        except DomainError as exc:
            self.refused = True
            issue = exc.issue
            if issue.code == "register_row_changed_since" and self._ask_choice(
                issue, place, values
            ):
                return
            if "name" in issue.params:  # a designation named by its label, not its key
                typed = RegisterRow(self.spec.key, place, values)
                issue = replace(issue, params={**issue.params, "name": row_title(typed)})
            text = issue_message(issue)
            field = issue.params.get("field")
            if isinstance(field, str) and field in self.errors:
                self._show_error(field, issue)
            elif issue.code in ("register_place_level", "register_point_region_level"):
                self._show_error("place", issue)
            self._show_refusal(text)
            return
        super().accept()

    # --- keep mine / take theirs -----------------------------------------------------------------
    def _ask_choice(self, issue: Issue, place: str, values: dict[str, Any]) -> bool:
        """Show who changed the row since, where theirs and what was typed differ, and the two
        choices; False when the row cannot be read (removed meanwhile)."""
        assert self.row is not None and self.row.id is not None
        theirs = self.service.row(self.row.id)
        if theirs is None:
            return False
        self.theirs_version = int(issue.params.get("version", theirs.version))
        names = {
            self.place_box.itemData(i): self.place_box.itemText(i)
            for i in range(self.place_box.count())
        }
        lines = []
        if theirs.region_code != place:
            lines.append(
                self._difference(
                    self.tr("Place"),
                    str(names.get(theirs.region_code, theirs.region_code)),
                    str(names.get(place, place)),
                )
            )
        for fs in self.spec.fields:
            their_value, my_value = theirs.get(fs.key), values.get(fs.key)
            if fs.kind is FieldKind.FLAG:  # a flag never set is an unticked box
                their_value, my_value = bool(their_value), bool(my_value)
            old = register_value_text(fs, their_value)
            new = register_value_text(fs, my_value)
            if old != new:
                lines.append(self._difference(translate("Registers", fs.label), old, new))
        text = self.tr(
            "%1 changed “%2” after you opened it (at %3). Your changes were not saved. Which "
            "should stay?"
        )
        text = text.replace("%1", str(issue.params.get("who", "")))
        text = text.replace("%2", row_title(theirs)).replace("%3", str(issue.params.get("at", "")))
        if not lines:
            lines.append(self.tr("(What you typed is what they saved.)"))
        self._show_refusal("\n".join([text, *lines]))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.theirs_button.show()
        self.mine_button.show()
        self.theirs_button.setDefault(True)
        self.theirs_button.setFocus()
        return True

    def _difference(self, label: str, theirs: str, mine: str) -> str:
        return (
            self.tr("%1: theirs %2, yours %3")
            .replace("%1", label)
            .replace("%2", theirs or "—")
            .replace("%3", mine or "—")
        )

    def _ctrl_enter(self) -> None:
        if self.theirs_version is not None:
            self.keep_mine()

    def keep_mine(self) -> None:
        """Save what is typed over the row as the other clerk left it (its version): a third
        change made meanwhile is refused, and the choice asked again."""
        if self.theirs_version is None or self.row is None:
            return
        self.row = replace(self.row, version=self.theirs_version)
        self._end_choice()
        self.accept()

    def take_theirs(self) -> None:
        """Their row stays: the form closes, and the window shows the row as it is now."""
        self._end_choice()
        self.refused = True
        self.reject()

    def _end_choice(self) -> None:
        self.theirs_version = None
        self.theirs_button.hide()
        self.mine_button.hide()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.show()
        ok.setDefault(True)
