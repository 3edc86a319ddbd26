"""Add a township or village under the region shown (添加乡镇/村), as `xianbao add-region` does.

The code begins with the parent's own code (the first 6 digits of a county for a township's 9,
the township's 9 for a village's 12), so the dialog starts the code field with it. A refusal (a
code that does not fit, one already taken, no name) is said in the dialog, which stays open with
what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.i18n import issue_message
from desktop_app.services.regions import RegionQueries

#: The code a region added under a parent of this level has: its level's name and length.
CHILD_CODE = {RegionLevel.COUNTY: 9, RegionLevel.TOWNSHIP: 12}


class AddRegionDialog(QDialog):
    def __init__(
        self, regions: RegionQueries, parent_region: Region, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.regions = regions
        self.parent_region = parent_region
        self.added: Region | None = None
        township = parent_region.level is RegionLevel.COUNTY
        self.setWindowTitle(self.tr("Add a township") if township else self.tr("Add a village"))
        length = CHILD_CODE.get(parent_region.level, 12)
        prefix = parent_region.code[: length - 3]
        self.code = QLineEdit(prefix)
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{length}}}"), self)
        )
        self.code.setMaxLength(length)
        self.code.setPlaceholderText(prefix + "0" * 3)
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            self.tr("e.g. 诺水河镇") if township else self.tr("e.g. 光明村")
        )
        hint = QLabel(
            (
                self.tr("A township's code has 9 digits and begins with the county's %1.")
                if township
                else self.tr("A village's code has 12 digits and begins with the township's %1.")
            ).replace("%1", prefix)
        )
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a;")
        form = QFormLayout()
        form.addRow(self.tr("Under:"), QLabel(f"{parent_region.name} ({parent_region.code})"))
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.code.setFocus()
        self.code.end(False)

    def add(self) -> None:
        """Add the region; on a refusal say why and keep the dialog open with what was typed."""
        try:
            self.added = self.regions.add(
                self.code.text(), self.name.text(), self.parent_region.code
            )
        except DomainError as exc:
            self.message.setText(issue_message(exc.issue))
            return
        self.accept()
