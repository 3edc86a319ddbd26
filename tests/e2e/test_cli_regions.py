"""Regions across time from the command line: old codes in their years, statistical units."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import run


def test_cli_set_under_an_old_code_in_its_time_and_refused_after(db_path: Path) -> None:
    stored = run(db_path, "set", "513425", "C02", "2019-03", "100")
    assert stored.returncode == 0, stored.stderr
    assert "513425" in stored.stdout
    refused = run(db_path, "set", "513425", "C02", "2022-03", "100", lang="en")
    assert refused.returncode == 2
    assert "会理市 (513402)" in refused.stderr
    assert "Mar 2022" in refused.stderr  # the period in the language of the message
    assert "年" not in refused.stderr.replace("会理", "")


def test_cli_add_region_takes_a_statistical_unit_and_regions_all_lists_former_ones(
    db_path: Path,
) -> None:
    added = run(db_path, "add-region", "632857", "大柴旦行委", "--parent", "632800")
    assert added.returncode == 0, added.stderr
    assert "632857" in added.stdout
    listed = run(db_path, "regions", "--under", "632800", "--all", lang="en")
    assert listed.returncode == 0, listed.stderr
    current, former = listed.stdout.split("Former divisions: 2")
    assert "632857  大柴旦行委" in current and "632803  茫崖市" in current
    assert "632859" not in current
    assert "632859  茫崖行政委员会  2018-12-31  632803" in former
