"""The user's settings: one typed declaration with defaults, stored with QSettings.

Only the person's own choices live here (language, the bureau and the people who sign its returns,
where the database is). Reference data (regions, indicators) and the home county live in the
database. Values are stored as plain strings, never pickled, so the file (or registry key) can be
read and fixed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from desktop_app.domain.signatories import Signatories
from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES

ORGANISATION = "Xianbao"
APPLICATION = "Xianbao"
#: The group under which every field is kept ("user/bureau_name", …).
GROUP = "user"


@dataclass(frozen=True)
class UserSettings:
    language: str = DEFAULT_LANGUAGE  # "zh_CN" or "en"
    bureau_name: str = ""  # 填报单位
    unit_head: str = ""  # 单位负责人
    statistics_head: str = ""  # 统计负责人
    preparer: str = ""  # 填表人
    phone: str = ""  # 联系电话
    # A file's path or a server's address (postgresql://USER@HOST/DB, never with its password);
    # "" = the default file in the user's data folder.
    database_path: str = ""
    report_font: str = ""  # a Chinese TrueType font file for PDF reports; "" = found on the machine
    export_folder: str = ""  # where exported returns go; "" = asked the first time
    list_folder: str = ""  # where the last register list (台账名单) was imported from

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r}; one of {LANGUAGES}")

    def person(self) -> str | None:
        """Who the audit trail and the return's lock name for this user's changes: the 填表人,
        or None (then the services fall back to the operating system's login)."""
        return self.preparer or None

    def signatories(self, logged_in: str | None = None) -> Signatories:
        """The bureau and people printed on reports and filled into a return's footer. The
        填表人 is the person logged in, when there is one (a server, a file with accounts): the
        one the audit names, not whoever set up this computer's settings."""
        return Signatories(
            bureau_name=self.bureau_name,
            unit_head=self.unit_head,
            statistics_head=self.statistics_head,
            preparer=logged_in or self.preparer,
            phone=self.phone,
        )


def settings_store() -> QSettings:
    """The user's own settings (registry on Windows, an INI-like file elsewhere)."""
    return QSettings(ORGANISATION, APPLICATION)


def load_settings(qs: QSettings | None = None) -> UserSettings:
    """The stored settings; a missing or unusable value falls back to its default."""
    qs = qs if qs is not None else settings_store()
    defaults = UserSettings()
    values: dict[str, str] = {}
    qs.beginGroup(GROUP)
    try:
        for f in fields(UserSettings):
            default = getattr(defaults, f.name)
            raw = qs.value(f.name, default)
            values[f.name] = raw.strip() if isinstance(raw, str) else default
    finally:
        qs.endGroup()
    if values["language"] not in LANGUAGES:
        values["language"] = defaults.language
    return UserSettings(**values)


def save_settings(settings: UserSettings, qs: QSettings | None = None) -> None:
    """Store every field as text and flush it to disk."""
    qs = qs if qs is not None else settings_store()
    qs.beginGroup(GROUP)
    try:
        for f in fields(UserSettings):
            qs.setValue(f.name, str(getattr(settings, f.name)).strip())
    finally:
        qs.endGroup()
    qs.sync()
