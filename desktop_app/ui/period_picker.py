"""The period picker in the main window's toolbar: month, quarter, half-year or year view, one
step back or forward, and a box where any period is typed (2025-03, 2025年3月, 2025Q1, 2025年上半年…)
and read by `Period.parse`.

The picker only says which period was chosen (`period_chosen`); the window loads it. A text that
is no period stays in the box, marked, and the reason is sent as a message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, period_label, translate

#: The views, in the order the kind box lists them.
KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)
KIND_LABELS = {
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("PeriodPicker", "Month"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("PeriodPicker", "Quarter"),
    PeriodKind.HALF_YEAR: QT_TRANSLATE_NOOP("PeriodPicker", "Half-year"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("PeriodPicker", "Year"),
}
STEP_LABELS = {
    PeriodKind.MONTH: (
        QT_TRANSLATE_NOOP("PeriodPicker", "Previous month"),
        QT_TRANSLATE_NOOP("PeriodPicker", "Next month"),
    ),
    PeriodKind.QUARTER: (
        QT_TRANSLATE_NOOP("PeriodPicker", "Previous quarter"),
        QT_TRANSLATE_NOOP("PeriodPicker", "Next quarter"),
    ),
    PeriodKind.HALF_YEAR: (
        QT_TRANSLATE_NOOP("PeriodPicker", "Previous half-year"),
        QT_TRANSLATE_NOOP("PeriodPicker", "Next half-year"),
    ),
    PeriodKind.YEAR: (
        QT_TRANSLATE_NOOP("PeriodPicker", "Previous year"),
        QT_TRANSLATE_NOOP("PeriodPicker", "Next year"),
    ),
}


def as_kind(period: Period, kind: PeriodKind) -> Period:
    """The period of `kind` that a clerk switching views from `period` means: the longer period
    that holds it (March → the first quarter, 2025), or the last shorter period within it (the
    first quarter → March; a year → December), whose 1-N月累计 covers the same months."""
    if kind.months >= period.kind.months:
        return Period(kind, period.year, (period.end_month - 1) // kind.months + 1)
    return Period(kind, period.year, period.end_month // kind.months)


class PeriodPicker(QWidget):
    """◀ [Month ▾] [2025年3月] ▶. Built with the window's frame, so it touches no Qt.* enum
    until used (the window's "Go to period" action, Ctrl+G, calls `focus_box`)."""

    #: The clerk chose a period (a Period).
    period_chosen = Signal(object)
    #: A sentence for the window's message line, and whether it reports a refusal.
    message = Signal(str, bool)
    #: The clerk is done with the box (a typed period chosen, or Esc): back to the figures.
    finished = Signal()

    def __init__(self, period: Period, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodPicker")
        self._period = period
        self._language = language

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("periodKind")
        for kind in KINDS:
            self.kind_box.addItem(translate("PeriodPicker", KIND_LABELS[kind]), kind.value)
        self.kind_box.activated.connect(self._kind_chosen)
        self.kind_box.setToolTip(
            translate("PeriodPicker", "Show a month, quarter, half-year or year")
        )
        self.edit = QLineEdit()
        self.edit.setObjectName("periodEdit")
        self._help = translate(
            "PeriodPicker",
            "Type a period and press Enter: 2025-03, 2025年3月, 2025Q1, 2025年上半年, 2025年 (Ctrl+G)",
        )
        widest = max(
            self.edit.fontMetrics().horizontalAdvance(text)
            for text in ("2025年第四季度", "2025年12月", "Sep 2025", "2025 Q4")
        )
        self.edit.setFixedWidth(widest + 28)
        self.edit.returnPressed.connect(self._typed)
        self.edit.installEventFilter(self)

        # As wide as its parts: the toolbar gives an expanding widget the whole row.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.edit)
        layout.addWidget(self.next_button)
        self._show()

    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        """Show `period` without announcing it (the window chose it)."""
        self._period = period
        self._show()

    def step(self, steps: int) -> None:
        self._choose(self._period.shift(steps))

    def focus_box(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    # --- reacting ---------------------------------------------------------------------------------
    def _kind_chosen(self, row: int) -> None:
        kind = KINDS[row]
        if kind is not self._period.kind:
            self._choose(as_kind(self._period, kind))

    def _typed(self) -> None:
        text = self.edit.text().strip()
        if not text or text == period_label(self._period, self._language):
            self._show()
            self.finished.emit()
            return
        try:
            period = Period.parse(text)
        except DomainError as exc:
            reason = issue_message(exc.issue)
            if exc.issue.code != "unknown_period":  # a month 13, a year 1066: name the text
                reason = (
                    translate("PeriodPicker", "“%1” is no period: %2")
                    .replace("%1", text)
                    .replace("%2", reason)
                )
            self._mark_refused(reason)
            self.message.emit(reason, True)
            return
        self._choose(period)
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit:
            return False
        # Leaving the box with a text that is no period: the period shown is written back.
        if event.type() == QEvent.Type.FocusOut and self.edit.property("refused"):
            self._show()
        # Esc gives up typing: the period shown is written back and the figures take the keys.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # Imported here: the Qt namespace's enums take ~25 ms to build, and the frame
            # (which imports this module) needs none of them.
            from PySide6.QtCore import Qt

            if event.key() != Qt.Key.Key_Escape:
                return False
            self._show()
            self.finished.emit()
            return True
        return False

    def _choose(self, period: Period) -> None:
        self._period = period
        self._show()
        self.period_chosen.emit(period)

    def _mark_refused(self, reason: str) -> None:
        self.edit.setProperty("refused", True)
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #a4161a; color: #a4161a; }")
        self.edit.setToolTip(reason)
        self.edit.selectAll()

    def _show(self) -> None:
        kind = self._period.kind
        self.kind_box.setCurrentIndex(KINDS.index(kind))
        self.edit.setProperty("refused", False)
        self.edit.setStyleSheet("")
        self.edit.setToolTip(self._help)
        self.edit.setText(period_label(self._period, self._language))
        back, forward = STEP_LABELS[kind]
        self.previous_button.setToolTip(translate("PeriodPicker", back) + " (Ctrl+PgUp)")
        self.next_button.setToolTip(translate("PeriodPicker", forward) + " (Ctrl+PgDown)")
