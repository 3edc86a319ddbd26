"""Every problem of one template file at once: what `xianbao templates --check` and the editor list.

Loading a mapping stops at its first problem (a template either loads or is refused with one
sentence). A clerk fixing a hand-written file wants them all: the file's keys and entries each
read on their own (mapping.mapping_problems), then, when it loads, its workbook beside it and every
mapped cell checked against that workbook (mapping.validate_mapping).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.exporting.excel.mapping import (
    load_template,
    mapping_problems,
    read_mapping_data,
    validate_mapping,
)


def check_template_file(path: Path, indicator_codes: Collection[str] | None = None) -> list[Issue]:
    """Every problem of the mapping file at `path` and of its workbook; [] when it is good."""
    try:
        data = read_mapping_data(path)  # size, encoding and TOML syntax: one problem stops here
    except DomainError as exc:
        return [exc.issue]
    problems = mapping_problems(data, path.name)
    if problems:
        return problems
    try:
        template = load_template(path)  # the workbook: present, an ordinary file, beside it
    except DomainError as exc:
        return [exc.issue]
    from desktop_app.exporting.excel.read import screen_file

    try:
        import openpyxl

        screen_file(template.workbook_path)
        workbook = openpyxl.load_workbook(template.workbook_path)
    except DomainError as exc:
        return [exc.issue]
    except Exception:  # openpyxl raises anything from KeyError to lxml errors
        return [Issue("import_damaged", params={"file": template.mapping.workbook})]
    return [p.issue for p in validate_mapping(template.mapping, workbook, indicator_codes)]
