"""The screenshot set in docs/screenshots is the one packaging/screenshot.py makes, and the
README's pictures are in it.

The script itself needs Xvfb and a minute, so it is run by hand (see its docstring); this reads
its list of screens without importing it (it imports Qt)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "screenshots"


def script_constant(name: str) -> tuple[str, ...]:
    tree = ast.parse((ROOT / "packaging" / "screenshot.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError(f"packaging/screenshot.py has no {name}")


def test_docs_screenshots_are_the_scripts_set_and_nothing_stale() -> None:
    screens, languages = script_constant("SCREENS"), script_constant("LANGUAGES")
    assert len(set(screens)) == len(screens)
    expected = {f"{screen}_{language}.png" for screen in screens for language in languages}
    assert {path.name for path in FOLDER.glob("*.png")} == expected


def test_readme_pictures_are_in_the_set() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((docs/screenshots/[^)]+)\)", readme)
    assert pictures, "the README shows no screenshot"
    for picture in pictures:
        assert (ROOT / picture).is_file(), picture
