"""One language mechanism: the catalogue desktop_app/i18n.py reads from the .ts files agrees with
what Qt's lrelease compiles from them, and the window's translator answers from that catalogue."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import i18n
from desktop_app.i18n import Catalogue, translate
from desktop_app.paths import resources_dir
from desktop_app.ui.language import install_translators
from tests.unit.test_i18n_catalogue import edge_cases

CATALOGUES = sorted((resources_dir() / "translations").glob("xianbao_*.ts"))


def lrelease(ts: Path, qm: Path) -> QTranslator:
    """The .ts compiled by Qt's own lrelease, loaded as Qt loads a .qm."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def questions(ts: Path) -> list[tuple[str, str, str | None, int]]:
    """Every (context, source, disambiguation, n) a program could ask of the catalogue: each
    message with its own comment, with none and with another; counts for numerus messages."""
    asked = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            counts = (-1, 0, 1, 2, 11) if message.get("numerus") == "yes" else (-1,)
            for comment in {message.findtext("comment"), None, "no such comment"}:
                asked += [(name, source, comment, n) for n in counts]
            asked.append((name, source + " (no such text)", None, -1))
    return asked


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_agrees_with_lrelease_for_every_message(
    qapp: QApplication, tmp_path: Path, ts: Path
) -> None:
    # Given the shipped .ts compiled by lrelease and read by i18n, every question gets one answer.
    compiled = lrelease(ts, tmp_path / "compiled.qm")
    catalogue = Catalogue.read(ts)
    asked = questions(ts)
    assert len(asked) > 2000  # 800-odd messages, each asked three ways and once mistyped
    differ = [
        (question, qt, ours)
        for question in asked
        if (qt := compiled.translate(*question))
        != (ours := catalogue.lookup(*_ours(question)) or "")
    ]
    assert differ == []


def test_catalogue_agrees_with_lrelease_on_edge_cases(qapp: QApplication, tmp_path: Path) -> None:
    # Obsolete, vanished, empty and unfinished entries, comments and plural forms, which the
    # shipped catalogues may not have today, in English and in Chinese (one plural form).
    for language in ("en", "zh_CN"):
        ts = edge_cases(tmp_path, language)
        compiled = lrelease(ts, tmp_path / f"edge_{language}.qm")
        catalogue = Catalogue.read(ts)
        for question in questions(ts):
            ours = catalogue.lookup(*_ours(question)) or ""
            assert compiled.translate(*question) == ours, (language, question)


def _ours(question: tuple[str, str, str | None, int]) -> tuple[str, str, str, int]:
    context, source, comment, n = question
    return context, source, comment or "", n


class _Labelled(QWidget):
    def words(self) -> str:
        return self.tr("Back up")


def test_widgets_and_services_read_one_catalogue(chinese: None) -> None:
    # Given the Chinese catalogue installed, Qt's translate (what self.tr() calls) and the
    # services' translate() give the same words for every message of the catalogue.
    catalogue = i18n.catalogue()
    assert catalogue is not None and catalogue.language == "zh_CN"
    for context, source, comment in catalogue.messages:
        assert QCoreApplication.translate(context, source, comment or None) == translate(
            context, source, comment or None
        )
    # A text of the catalogue changed in memory shows at once in both: one mechanism, not two.
    key = ("_Labelled", "Back up", "")
    catalogue.messages[key] = ("备份一下",)  # type: ignore[index]
    try:
        assert _Labelled().words() == "备份一下" == translate("_Labelled", "Back up")
    finally:
        del catalogue.messages[key]  # type: ignore[attr-defined]


def test_qt_texts_come_from_qtbase_and_fill_its_gaps_from_ours(chinese: None) -> None:
    assert QCoreApplication.translate("QFileDialog", "Open") == "打开"  # qtbase_zh_CN.qm
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："  # QT_GAPS
    assert QCoreApplication.translate("Nowhere", "no such text") == "no such text"
    install_translators("en")
    assert QCoreApplication.translate("App", "Xianbao") == "Xianbao"
    assert translate("App", "Xianbao") == "Xianbao"


def test_window_keeps_the_catalogue_in_its_cache_folder_for_the_next_start(tmp_path: Path) -> None:
    # Given a fresh program of the window's kind (its application named, its cache folder
    # here), when it installs its translators and translates, then the catalogue read from
    # the .ts is kept in its cache folder; the next such program reads it from there
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.ui.language import install_translators\n"
        "app = QApplication([])\n"
        "app.setApplicationName('Xianbao')\n"
        "install_translators('zh_CN')\n"
        "print(QApplication.translate('App', 'Xianbao'))\n"
        "print('xml.etree.ElementTree' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path)}

    def start() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert start() == ["县报", "True"]  # parsed from the .ts
    assert [p.name.startswith("xianbao_zh_CN-") for p in (tmp_path / "Xianbao").iterdir()] == [True]
    assert start() == ["县报", "False"]  # read from the kept copy: no XML parsed
