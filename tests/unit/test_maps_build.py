"""packaging/make_maps.py: simplification that keeps shared borders shared, and the encoding
the service reads back."""

from __future__ import annotations

import math
from types import ModuleType

import pytest

from desktop_app.domain.maps import decode_ring
from tests.scripts import load_script


@pytest.fixture(scope="module")
def make_maps() -> ModuleType:
    return load_script("make_maps")


def _wiggle(n: int) -> list[tuple[float, float]]:
    """A border running north along longitude 1°, wiggling by up to ~0.1 km (under the
    tolerance) with one bump of ~5 km (over it)."""
    points = []
    for i in range(n + 1):
        lat = i / n
        bump = 0.05 if i == n // 2 else 0.0
        points.append((1.0 + 0.0008 * math.sin(i * 1.7) + bump, lat))
    return points


def test_make_maps_neighbours_keep_one_border(make_maps: ModuleType) -> None:
    # Given two counties side by side, west and east of one wiggly border, each ring running
    # its own way round (so each walks the border in the other direction)
    border = _wiggle(60)
    on_border = set(border)
    west = [(0.0, 1.0), (0.0, 0.0), *border]  # the border south → north
    east = [*reversed(border), (2.0, 0.0), (2.0, 1.0)]  # north → south
    east = east[17:] + east[:17]  # the ring starting in the middle of the border
    # (each ring simplified alone keeps other points of the border: a gap between them)
    alone = [make_maps.douglas_peucker([*r, r[0]], 0.25, 1.0) for r in (west, east)]
    assert {p for p in alone[0] if p in on_border} != {p for p in alone[1] if p in on_border}
    simplifier = make_maps.SharedSimplifier([west, east], 0.25, 1.0)
    # When each is simplified
    w = simplifier.simplify(west)
    e = simplifier.simplify(east)
    # Then the points both keep on the border are the same ones, and the bump survives
    shared_w = [p for p in w if p in on_border]
    shared_e = [p for p in e if p in on_border]
    assert sorted(shared_w) == sorted(shared_e)
    assert 3 <= len(shared_w) < len(border) // 4
    assert border[30] in shared_w  # the 5 km bump is over the tolerance


def test_make_maps_douglas_peucker_keeps_within_the_tolerance(make_maps: ModuleType) -> None:
    line = [(i / 100, 0.001 * math.sin(i)) for i in range(101)]  # ±0.11 km
    assert make_maps.douglas_peucker(line, 0.25, 1.0) == [line[0], line[-1]]
    kept = make_maps.douglas_peucker(line, 0.05, 1.0)
    assert len(kept) > 2 and kept[0] == line[0] and kept[-1] == line[-1]


def test_make_maps_encoding_reads_back(make_maps: ModuleType) -> None:
    ring = [(104.12346, 30.54321), (104.2, 30.5), (104.2, 30.5000001), (104.1, 30.6)]
    flat = make_maps.encode(ring)
    # 1/10,000 degree; the two points that quantise to one are one
    assert decode_ring(flat, make_maps.SCALE) == ((104.1235, 30.5432), (104.2, 30.5), (104.1, 30.6))
