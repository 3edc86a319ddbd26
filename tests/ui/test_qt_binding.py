"""The Qt binding keeps Python's reference counts: every call that returns None or True hands
back a reference of its own.

PySide6 6.12.0 on Python 3.11 did not (its wheels were built as if None and True were
immortal, which they are only from Python 3.12): each QLabel.setText, Signal.emit or empty
QModelIndex.data lost one reference, and once the lost ones outnumbered the rest, Python freed
None or True itself and aborted: on quitting after an edit ("Fatal Python error: none_dealloc",
issue 11), in the test suite ("bool_dealloc"), and in a long enough session. pyproject.toml keeps
that version out; this test fails on any binding that brings the fault back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


class _Emitter(QObject):
    happened = Signal()


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _give_back(obj: object, lost: int) -> None:
    """Put back references a faulty binding lost, so this process still ends cleanly after the
    failure is reported."""
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def test_qt_calls_returning_none_or_true_keep_their_references(qapp: QApplication) -> None:
    # Given a label, a model with an empty cell and a signal
    label = QLabel()
    model = QStandardItemModel(1, 1)
    empty = model.index(0, 0)
    emitter = _Emitter()
    before = _counts()
    # When each is used as the window uses them, CALLS times over
    for _ in range(CALLS):
        label.setText("x")  # returns None
        empty.data()  # an empty cell: None
        emitter.happened.emit()  # returns True
    after = _counts()
    lost = [b - a for b, a in zip(before, after, strict=True)]
    _give_back(None, lost[0])
    _give_back(True, lost[1])
    _give_back(False, lost[2])
    # Then no reference to None, True or False went missing (a few may be held meanwhile)
    assert max(lost) < CALLS // 100, (
        f"the Qt binding lost references over {CALLS} calls: None {lost[0]}, True {lost[1]}, "
        f"False {lost[2]}"
    )
