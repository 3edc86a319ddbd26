"""xianbao templates --check PATH: every problem of one mapping file, one per line, then exit."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.paths import resources_dir
from tests.e2e.test_cli import county, run

__all__ = ["county"]

MAPPING = resources_dir() / "templates" / "sc_county_monthly_样表.toml"


def test_check_lists_every_problem_of_a_mapping_with_typos(county: Path, tmp_path: Path) -> None:
    # Given the clerk's copy of a mapping with three typos
    shutil.copyfile(MAPPING.with_suffix(".xlsx"), tmp_path / MAPPING.with_suffix(".xlsx").name)
    text = MAPPING.read_text(encoding="utf-8").replace("form_number =", "form_numbre =", 1)
    text = text.replace(
        'indicator = "C02", measure = "cumulative"', 'indicator = "C02", measure = "ytd"'
    )
    text = text.replace('{ cell = "D22",', '{ cel = "D22",')
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    # When it is checked
    done = run(county, "templates", "--check", str(path), lang="en")
    # Then the command fails and names each problem on its own numbered line
    assert done.returncode == 2, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "mine.toml: 5 problems.", done.stdout
    numbered = [line for line in lines[1:] if line.startswith("  ")]
    assert len(numbered) == 5
    joined = "\n".join(numbered)
    assert "form_numbre" in joined and "“form_number”" in joined and "“ytd”" in joined
    assert "“sheet[1].values[30].cel”" in joined and "“sheet[1].values[30].cell”" in joined
    assert "Traceback" not in done.stdout + done.stderr


def test_check_of_a_good_mapping_says_so(county: Path) -> None:
    done = run(county, "templates", "--check", str(MAPPING))
    assert done.returncode == 0, done.stderr
    assert MAPPING.name in done.stdout and done.stdout.count("\n") == 1


def test_check_lists_every_bad_key_of_a_region_table(county: Path, tmp_path: Path) -> None:
    # Given the city summary's mapping with four bad keys in its region table
    city = resources_dir() / "templates" / "sc_city_summary_样表.toml"
    shutil.copyfile(city.with_suffix(".xlsx"), tmp_path / city.with_suffix(".xlsx").name)
    text = city.read_text(encoding="utf-8")
    for good, bad in (
        ("first_row = 10", 'first_row = "10"'),
        ('key_column = "B"', 'key_column = ""'),
        ('match = "order"', 'match = "orders"'),
        ("total_row = 40", "total_row = -1"),
    ):
        assert good in text
        text = text.replace(good, bad, 1)
    path = tmp_path / "city.toml"
    path.write_text(text, encoding="utf-8")
    # When it is checked
    done = run(county, "templates", "--check", str(path), lang="en")
    # Then all four are listed, each naming its key
    assert done.returncode == 2, done.stderr
    assert done.stdout.splitlines()[0] == "city.toml: 4 problems.", done.stdout
    for key in ("first_row", "key_column", "match", "total_row"):
        assert f"“sheet[1].table.{key}”" in done.stdout, done.stdout
