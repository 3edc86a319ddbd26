"""The last resort: an error nothing else handled becomes a sentence, and its traceback a log entry.

The command line and the window call `explain_unexpected` for any exception that reached them
unhandled. A SQLite or SQLAlchemy error (the store or its disk said no) and an OSError (a file or
a disk said no) are explained by what they are (persistence/errors.py, files.py); anything else
is an unexpected problem. Either way the traceback is appended to the log file in the user data
folder (`log_file()`), which the sentence names, so that the support desk can read it while the
clerk reads no traceback.

Nothing here imports SQLAlchemy or the services before an error happens: the window's first
frame must not wait for them.
"""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
import sys
from pathlib import Path

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.paths import user_data_dir

LOGGER_NAME = "xianbao"


def log_file() -> Path:
    """Where tracebacks are kept: logs/xianbao.log in the user data folder."""
    return user_data_dir() / "logs" / "xianbao.log"


def log_exception(exc: BaseException, context: str) -> Path | None:
    """Append the traceback to the log file; the file, or None if it cannot be written (a full
    disk is a reason to be here, and must not make things worse)."""
    path = log_file()
    logger = logging.getLogger(LOGGER_NAME)
    handler: logging.Handler | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
        logger.error("%s", context, exc_info=(type(exc), exc, exc.__traceback__))
        handler.flush()
        return path if path.exists() else None
    except OSError:
        return None
    finally:
        if handler is not None:
            logger.removeHandler(handler)
            handler.close()


def _storage_issue(exc: BaseException, database: Path | None) -> Issue | None:
    """The sentence for an error of the store, if `exc` is one (imports SQLAlchemy only if it
    is already loaded: an error cannot come from it otherwise)."""
    if isinstance(exc, sqlite3.Error) or "sqlalchemy" in sys.modules:
        from desktop_app.persistence.errors import storage_issue

        return storage_issue(exc, database)
    return None


def _os_issue(exc: OSError) -> Issue:
    from desktop_app.files import NO_ROOM, NOT_ALLOWED

    # A write or a flush names no file; an open, a rename or a folder does.
    where = {"path": str(exc.filename)} if exc.filename is not None else None
    detail = exc.strerror or type(exc).__name__
    if exc.errno in NO_ROOM:
        return Issue("disk_full", params=where) if where else Issue("disk_full_somewhere")
    if exc.errno in NOT_ALLOWED or isinstance(exc, PermissionError):
        return Issue("file_not_allowed", params=where) if where else Issue("not_allowed_somewhere")
    if where:
        return Issue("file_system_error", params={**where, "detail": detail})
    return Issue("system_error", params={"detail": detail})


def explain_unexpected(
    exc: BaseException, database: Path | None, context: str = "unhandled"
) -> tuple[Issue, bool]:
    """The issue to show for an exception nothing else handled, and whether it is a refusal the
    clerk can act on (True) or an unexpected problem (False). The traceback goes to the log."""
    if isinstance(exc, DomainError):
        return exc.issue, True
    log = log_exception(exc, f"{context}: database {database}")
    where = str(log) if log is not None else ""
    issue = _storage_issue(exc, database)
    if issue is None and isinstance(exc, OSError):
        issue = _os_issue(exc)
    if issue is not None:
        return Issue(issue.code, issue.severity, {**issue.params, "log": where}), True
    return Issue("unexpected_error", params={"kind": type(exc).__name__, "log": where}), False


def unexpected_text(issue: Issue) -> str:
    """The sentence of a last-resort issue, with where its details were logged."""
    from desktop_app.i18n import issue_message, translate

    text = issue_message(issue)
    log = issue.params.get("log")
    if log:
        text += "\n" + translate("LastResort", "The details were written to {log}.").format(log=log)
    return text
