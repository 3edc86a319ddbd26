"""First-run setup: which county this bureau reports for and who signs its returns, or a demo.

Keyboard first: every field has a mnemonic on its label, Tab walks the form top to bottom, Enter
accepts and Esc cancels. Typing the first character of a name in a region list jumps to it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.regions import Region
from desktop_app.services.demo import DEMO_COUNTY
from desktop_app.services.regions import RegionQueries
from desktop_app.ui.settings import UserSettings

DEFAULT_PROVINCE = "四川省"
#: The usual name of a county's commerce bureau, as returns print it (data, not interface text).
BUREAU_SUFFIX = "商务局"

CodeRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SetupResult:
    region_code: str
    settings: UserSettings
    demo: bool


def bureau_name_for(county_name: str) -> str:
    return f"{county_name}{BUREAU_SUFFIX}"


class SetupDialog(QDialog):
    def __init__(
        self,
        regions: RegionQueries,
        initial: UserSettings,
        parent: QWidget | None = None,
        *,
        region_code: str | None = None,
    ) -> None:
        """`region_code` preselects a county (when setup is run again); else 四川省 is shown."""
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._regions = regions
        self._initial = initial
        # The bureau name follows the county until the clerk types one of their own.
        self._bureau_typed = bool(initial.bureau_name.strip())
        self._own_bureau = initial.bureau_name
        self.setWindowTitle(self.tr("Set up Xianbao"))

        intro = QLabel(
            self.tr(
                "Choose the county your bureau reports for and the people who sign its "
                "returns. The names can be changed later."
            )
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)

        self.own_radio = QRadioButton(self.tr("Set up &my county"))
        self.own_radio.setObjectName("ownCountyRadio")
        self.demo_radio = QRadioButton(self.tr("Open a &demo county with two years of sample data"))
        self.demo_radio.setObjectName("demoRadio")
        self.own_radio.setChecked(True)

        self.province_combo = self._combo("provinceCombo", self.tr("Choose a province"))
        self.prefecture_combo = self._combo("prefectureCombo", self.tr("Choose a prefecture"))
        self.county_combo = self._combo("countyCombo", self.tr("Choose a county"))
        self.region_box = QGroupBox(self.tr("Your county"))
        self.region_box.setObjectName("regionBox")
        region_form = QFormLayout(self.region_box)
        region_form.addRow(
            self._label(self.tr("&Province:"), self.province_combo), self.province_combo
        )
        region_form.addRow(
            self._label(self.tr("P&refecture:"), self.prefecture_combo), self.prefecture_combo
        )
        region_form.addRow(self._label(self.tr("&County:"), self.county_combo), self.county_combo)

        self.bureau_edit = self._edit("bureauEdit", initial.bureau_name)
        self.unit_head_edit = self._edit("unitHeadEdit", initial.unit_head)
        self.statistics_head_edit = self._edit("statisticsHeadEdit", initial.statistics_head)
        self.preparer_edit = self._edit("preparerEdit", initial.preparer)
        self.phone_edit = self._edit("phoneEdit", initial.phone)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.people_box = QGroupBox(self.tr("Printed on every return"))
        self.people_box.setObjectName("peopleBox")
        people_form = QFormLayout(self.people_box)
        people_form.addRow(
            self._label(self.tr("&Bureau name:"), self.bureau_edit), self.bureau_edit
        )
        people_form.addRow(
            self._label(self.tr("Bureau &head:"), self.unit_head_edit), self.unit_head_edit
        )
        people_form.addRow(
            self._label(self.tr("&Statistics lead:"), self.statistics_head_edit),
            self.statistics_head_edit,
        )
        people_form.addRow(
            self._label(self.tr("Pr&eparer:"), self.preparer_edit), self.preparer_edit
        )
        people_form.addRow(self._label(self.tr("&Telephone:"), self.phone_edit), self.phone_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("setupButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Start"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.setMinimumWidth(460)
        layout.addWidget(intro)
        layout.addWidget(self.own_radio)
        layout.addWidget(self.demo_radio)
        layout.addWidget(self.region_box)
        layout.addWidget(self.people_box)
        layout.addWidget(self.buttons)

        chain: list[QWidget] = [
            self.own_radio,
            self.demo_radio,
            self.province_combo,
            self.prefecture_combo,
            self.county_combo,
            self.bureau_edit,
            self.unit_head_edit,
            self.statistics_head_edit,
            self.preparer_edit,
            self.phone_edit,
            self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.province_combo.currentIndexChanged.connect(self._province_changed)
        self.prefecture_combo.currentIndexChanged.connect(self._prefecture_changed)
        self.county_combo.currentIndexChanged.connect(self._county_changed)
        self.bureau_edit.textEdited.connect(self._bureau_edited)
        self.demo_radio.toggled.connect(self._mode_changed)

        self._fill(self.province_combo, regions.children(None))
        self._preselect(region_code)
        self._update_ok()
        self.province_combo.setFocus()

    # --- building blocks ---------------------------------------------------------------------
    def _combo(self, name: str, placeholder: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setPlaceholderText(placeholder)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(12)
        return combo

    def _edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setMinimumWidth(260)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- regions -----------------------------------------------------------------------------
    @staticmethod
    def _fill(combo: QComboBox, regions: list[Region]) -> None:
        combo.blockSignals(True)
        combo.clear()
        for region in regions:
            combo.addItem(region.name, region.code)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)

    @staticmethod
    def _code(combo: QComboBox) -> str | None:
        code = combo.currentData(CodeRole)
        return code if isinstance(code, str) else None

    @staticmethod
    def _select(combo: QComboBox, code: str) -> bool:
        index = combo.findData(code, CodeRole)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def _preselect(self, region_code: str | None) -> None:
        if region_code:
            lineage = [r.code for r in reversed(self._regions.lineage(region_code))]
            for combo, code in zip(
                (self.province_combo, self.prefecture_combo, self.county_combo),
                lineage,
                strict=False,
            ):
                if not self._select(combo, code):
                    break
            return
        index = self.province_combo.findText(DEFAULT_PROVINCE)
        self.province_combo.setCurrentIndex(max(index, 0) if self.province_combo.count() else -1)

    def _province_changed(self, _index: int) -> None:
        code = self._code(self.province_combo)
        self._fill(self.prefecture_combo, self._regions.children(code) if code else [])
        self._fill(self.county_combo, [])
        self._update_ok()

    def _prefecture_changed(self, _index: int) -> None:
        code = self._code(self.prefecture_combo)
        self._fill(self.county_combo, self._regions.children(code) if code else [])
        self._update_ok()

    def _county_changed(self, _index: int) -> None:
        if not self._bureau_typed and self.county_combo.currentIndex() >= 0:
            self.bureau_edit.setText(bureau_name_for(self.county_combo.currentText()))
        self._update_ok()

    def _bureau_edited(self, text: str) -> None:
        self._bureau_typed = bool(text.strip())

    def _mode_changed(self, _demo: bool) -> None:
        # The demo is always 通江县 with its own bureau name; the clerk's own comes back after.
        demo = self.is_demo()
        if demo:
            self._own_bureau = self.bureau_edit.text()
            self.bureau_edit.setText(self._demo_bureau())
        else:
            self.bureau_edit.setText(self._own_bureau)
        self.region_box.setEnabled(not demo)
        self.bureau_edit.setEnabled(not demo)
        self._update_ok()

    def _demo_bureau(self) -> str:
        return bureau_name_for(self._regions.get(DEMO_COUNTY).name)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.is_demo() or self.county_code() is not None)

    # --- result ------------------------------------------------------------------------------
    def is_demo(self) -> bool:
        return self.demo_radio.isChecked()

    def county_code(self) -> str | None:
        return self._code(self.county_combo)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return  # Enter before a county is chosen: stay, the empty list says what is missing
        super().accept()

    def setup_result(self) -> SetupResult:
        """What the clerk chose; meaningful once the dialog is accepted."""
        if self.is_demo():
            region_code = DEMO_COUNTY
            bureau = self._demo_bureau()
        else:
            county = self.county_code()
            if county is None:
                raise RuntimeError("setup_result() before a county was chosen")
            region_code = county
            bureau = self.bureau_edit.text().strip() or bureau_name_for(
                self.county_combo.currentText()
            )
        settings = replace(
            self._initial,
            bureau_name=bureau,
            unit_head=self.unit_head_edit.text().strip(),
            statistics_head=self.statistics_head_edit.text().strip(),
            preparer=self.preparer_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
        )
        return SetupResult(region_code, settings, self.is_demo())


def run_setup_dialog(
    regions: RegionQueries,
    initial: UserSettings,
    parent: QWidget | None = None,
    *,
    region_code: str | None = None,
) -> SetupResult | None:
    """Show the dialog modally; None when the clerk cancels."""
    dialog = SetupDialog(regions, initial, parent, region_code=region_code)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.setup_result()
    finally:
        dialog.deleteLater()
