"""Writing the files a clerk keeps (returns, reports, mappings): whole or not at all.

Every output file is written through `write_file_atomically`: the bytes go to a temporary file
beside the target, are flushed to the disk, and the temporary file is renamed over the target
(os.replace, atomic on one file system). A full disk, a file too large, a folder without write
permission or a file held open by another program leaves the target as it was (absent, or the
previous file) and no partial file behind, and is reported as a DomainError whose sentence says
what happened and what to do, never as an OSError with its English text.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from desktop_app.domain.issues import DomainError

#: errno values that mean "no room": the disk (or the quota) is full, or the file would exceed
#: the largest file the system allows (EFBIG, e.g. 4 GB on FAT32 USB sticks).
NO_ROOM = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code
)
#: errno values that mean "not allowed to write there": permissions, a read-only medium, or
#: (Windows) a file another program (Excel, a PDF viewer) keeps open.
NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY})
#: Windows' "the file is being used by another process" (ERROR_SHARING_VIOLATION, LOCK_VIOLATION).
_WINDOWS_IN_USE = frozenset({32, 33})


def file_write_error(path: Path, exc: OSError) -> DomainError:
    """The refusal for a file that could not be written, by what the system said."""
    if exc.errno in NO_ROOM:
        return DomainError.of("file_disk_full", path=str(path))
    if (
        exc.errno in NOT_ALLOWED
        or isinstance(exc, PermissionError)
        or getattr(exc, "winerror", None) in _WINDOWS_IN_USE
    ):
        return DomainError.of("file_not_writable", path=str(path))
    if isinstance(exc, (IsADirectoryError, NotADirectoryError, FileNotFoundError)):
        return DomainError.of("file_bad_place", path=str(path))
    return DomainError.of("file_write_failed", path=str(path), detail=exc.strerror or str(exc))


def _new_file_mode() -> int:
    """The mode a file created the ordinary way gets (0o666 less the umask): mkstemp's 0o600
    would hide an exported return from the colleagues who share the folder."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_file_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole, or leave `path` as it was and raise a DomainError.

    The folder must exist. The temporary file (".<name>.<random>.part" beside the target, the
    name cut to 32 characters) is removed on any failure, cancellation included."""
    path = Path(path)
    try:
        # A short prefix: a name that fits must not fail for its temporary twin's length.
        handle, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name[:32]}.", suffix=".part"
        )
    except OSError as exc:
        raise file_write_error(path, exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):  # a file system without modes (FAT) is no failure
            os.chmod(temp, _new_file_mode())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise file_write_error(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path
