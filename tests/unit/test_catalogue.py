"""The shipped catalogue parses, covers DOMAIN.md's indicators, and bad files are refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.catalogue import CatalogueError, parse_catalogue
from desktop_app.domain.indicators import Temporal, ValueKind
from desktop_app.paths import resources_dir


def shipped() -> bytes:
    return (resources_dir() / "catalogue" / "indicators.toml").read_bytes()


def test_catalogue_shipped_file_has_the_domain_indicators() -> None:
    catalogue = parse_catalogue(shipped())
    names = {i.name_zh for i in catalogue.indicators}
    for name in [
        "县级电子商务公共服务中心",
        "村级电子商务服务点",
        "其中：贫困村服务点",
        "行政村覆盖率",
        "智能投递终端",
        "电商村（淘宝村）",
        "网络零售额",
        "其中：农产品网络零售额",
        "快递业务量",
        "电子商务培训人次",
        "带动就业人数",
        "带动贫困户数",
        "贫困户增收",
        "规上工业企业电子商务应用率",
        "限额以上商贸流通企业电子商务应用率",
    ]:
        assert name in names
    by_code = catalogue.by_code()
    assert by_code["A04.1"].parent_code == "A04"
    assert by_code["A07"].is_computed
    assert by_code["C02"].temporal is Temporal.FLOW
    assert by_code["A08"].temporal is Temporal.STOCK
    assert by_code["C02"].kind is ValueKind.AMOUNT and by_code["C02"].scale == 2
    assert [g.code for g in catalogue.groups] == ["A", "B", "C", "D", "E", "F"]


def test_catalogue_digest_changes_with_the_file() -> None:
    data = shipped()
    assert parse_catalogue(data).digest != parse_catalogue(data + b"\n# edited\n").digest


BASE = b"""format = 1
[[group]]
code = "A"
name_zh = "X"
name_en = "X"
"""


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'[[indicator]]\ncode="X1"\ngroup="Z"\n', "unknown group"),
        (
            b'[[indicator]]\ncode="X1"\ngroup="A"\nname_zh="a"\nname_en="a"\nunit="\xe4\xb8\xaa"\n'
            b'kind="count"\ntemporal="stock"\nparent="NOPE"\n',
            "unknown indicator",
        ),
        (
            b'[[indicator]]\ncode="X1"\ngroup="A"\nname_zh="a"\nname_en="a"\nunit="%"\n'
            b'kind="count"\ntemporal="stock"\nscale=2\n',
            "scale 0",
        ),
        (
            b'[[indicator]]\ncode="X1"\ngroup="A"\nname_zh="a"\nname_en="a"\nunit="%"\n'
            b'kind="ratio"\ntemporal="stock"\nmax=100.0\n',
            "strings",
        ),
        (b"not toml at all = = =", "TOML"),
    ],
)
def test_catalogue_refuses_malformed_files(body: bytes, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(BASE + body)


def test_catalogue_bounds_are_exact_decimals() -> None:
    data = BASE + (
        b'[[indicator]]\ncode="X1"\ngroup="A"\nname_zh="a"\nname_en="a"\nunit="%"\n'
        b'kind="ratio"\ntemporal="stock"\nscale=1\nmax="120.5"\n'
    )
    assert parse_catalogue(data).indicators[0].maximum == Decimal("120.5")
