"""Where the program finds its shipped files and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Xianbao"
APP_AUTHOR = "Xianbao"


def install_root() -> Path:
    """The folder holding resources/ and db/: the source tree, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def migrations_dir() -> Path:
    return install_root() / "db"


def user_data_dir() -> Path:
    # Imported here: every start imports this module (for resources_dir) before its first
    # frame, which needs no user folder.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "xianbao.sqlite3"


def return_snapshot_file() -> Path:
    """The return the window last opened on, as displayed (ui/return_snapshot.py)."""
    return user_data_dir() / "last-return.json"


def user_templates_dir() -> Path:
    """The province templates a clerk adds; one with a shipped sample's id replaces it."""
    return user_data_dir() / "templates"
