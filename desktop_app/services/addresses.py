"""Where a database is, as the window and the settings speak of it: a SQLite file's path or a
PostgreSQL server's address (postgresql://USER@HOST:5432/DATABASE).

The window may not import the persistence layer; these few functions are its way to the
server's URL rules (persistence/server.py). A server's password is never kept in the settings
nor shown: the settings keep the address without it, and libpq finds it in its password file
(pgpass) or $PGPASSWORD.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import ArgumentError

from desktop_app.persistence.server import is_server_url, shown_url, without_password

#: "scheme://user:password@" at the start of an address, the password to drop.
_USER_PASSWORD = re.compile(r"^([A-Za-z0-9+]+://[^:@/]*):[^@/]*@")


def is_server_address(text: str) -> bool:
    """True for a server's address (postgresql://…, postgresql+psycopg://…, postgres://…)."""
    return is_server_url(text.strip())


def address_to_keep(text: str) -> str:
    """What the settings keep of `text`: a server's address without its password, a file's
    path as typed (both stripped of surrounding blanks)."""
    text = text.strip()
    if not is_server_address(text):
        return text
    try:
        return without_password(text)
    except (ArgumentError, ValueError):  # an address SQLAlchemy cannot read (refused later)
        return _USER_PASSWORD.sub(r"\1@", text)


def has_password(text: str) -> bool:
    """Whether a server's address carries a password (which the settings will not keep)."""
    text = text.strip()
    return is_server_address(text) and address_to_keep(text) != text


def shown_address(text: str) -> str:
    """The address as a person may read it (without a password); a file's path as it is."""
    kept = address_to_keep(text)
    return shown_url(kept) if is_server_address(kept) else kept
