"""The user's settings: typed, with defaults, stored as plain text through QSettings."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from desktop_app.ui.settings import UserSettings, load_settings, save_settings, settings_store


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_settings_round_trip_through_an_ini_file(tmp_path: Path) -> None:
    # Given settings with Chinese names, as a county bureau would type them
    chosen = UserSettings(
        language="en",
        bureau_name="通江县商务局",
        unit_head="王建国",
        statistics_head="李芳",
        preparer="张三",
        phone="0827-7222345",
        database_path=str(tmp_path / "县报.sqlite3"),
    )
    # When they are saved and read back by a fresh QSettings on the same file
    save_settings(chosen, ini(tmp_path / "xianbao.ini"))
    loaded = load_settings(ini(tmp_path / "xianbao.ini"))
    # Then nothing is lost
    assert loaded == chosen


def test_settings_are_plain_text_not_pickles(tmp_path: Path) -> None:
    save_settings(UserSettings(preparer="Zhang San"), ini(tmp_path / "xianbao.ini"))
    text = (tmp_path / "xianbao.ini").read_text(encoding="utf-8")
    assert "[user]" in text
    assert "preparer=Zhang San" in text
    assert "@Variant" not in text and "@ByteArray" not in text


def test_missing_settings_fall_back_to_the_defaults(tmp_path: Path) -> None:
    loaded = load_settings(ini(tmp_path / "absent.ini"))
    assert loaded == UserSettings()
    assert loaded.language == "zh_CN"
    assert loaded.database_path == ""


def test_an_unknown_language_in_the_file_falls_back_to_chinese(tmp_path: Path) -> None:
    path = tmp_path / "xianbao.ini"
    path.write_text("[user]\nlanguage=fr\nbureau_name=  南江县商务局  \n", encoding="utf-8")
    loaded = load_settings(ini(path))
    assert loaded.language == "zh_CN"
    assert loaded.bureau_name == "南江县商务局"


def test_user_settings_refuse_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        UserSettings(language="fr")


def test_the_default_store_belongs_to_xianbao() -> None:
    qs = settings_store()
    assert (qs.organizationName(), qs.applicationName()) == ("Xianbao", "Xianbao")
