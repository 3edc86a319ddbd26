"""Words for backups, shared by the command line and the window: kinds, sizes, what one holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.persistence.backup_files import BackupKind
    from desktop_app.services.backups import BackupInfo


def kind_label(kind: BackupKind | None) -> str:
    from desktop_app.i18n import translate
    from desktop_app.persistence.backup_files import BackupKind

    labels = {
        BackupKind.DAILY: translate("Backups", "daily"),
        BackupKind.BEFORE_IMPORT: translate("Backups", "before import"),
        BackupKind.BEFORE_UPGRADE: translate("Backups", "before upgrade"),
        BackupKind.BEFORE_RESTORE: translate("Backups", "before restore"),
        BackupKind.MANUAL: translate("Backups", "manual"),
        BackupKind.REPLACED: translate("Backups", "replaced"),
    }
    return labels[kind] if kind is not None else translate("Backups", "other file")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} KB"  # rounded up: a few bytes are 1 KB, not 0
    return f"{size / (1024 * 1024):.1f} MB"


def info_cells(info: BackupInfo, language: str) -> list[str]:
    """Date, kind, regions, last period, values, size: one backup as the list shows it."""
    if info.problem is not None:
        held = ["—", "—", "—"]
    else:
        period = info.last_period
        last = (period.label_en if language == "en" else period.label_zh) if period else "—"
        held = [str(info.regions), last, str(info.values)]
    return [
        info.made.strftime("%Y-%m-%d %H:%M"),
        kind_label(info.kind),
        *held,
        size_text(info.size),
    ]


def held_text(info: BackupInfo, language: str) -> str:
    """What a database or backup holds, in a sentence's words: 2 regions, last period …, 24
    values; or why it cannot be read."""
    from desktop_app.i18n import issue_message, translate

    if info.problem is not None:
        return issue_message(info.problem)
    period = info.last_period
    last = (period.label_en if language == "en" else period.label_zh) if period else "—"
    return translate(
        "Backups", "{regions} regions with values, last period {period}, {values} values"
    ).format(regions=info.regions, period=last, values=info.values)
