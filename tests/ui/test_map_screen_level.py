"""The window draws a province from the boundaries' screen level (issue 16's bench.map): fewer
points to build and paint, the fine rings left to the PDF and the hit test."""

from __future__ import annotations

from desktop_app.domain.maps import MapShapes
from desktop_app.services.maps import Boundaries
from desktop_app.ui.map_canvas import _path


def test_map_canvas_paths_follow_the_screen_level() -> None:
    outlines = Boundaries().province("51")
    counties = [(c, c, r) for c, r in outlines.rings.items() if c.startswith("5119")]
    fine = MapShapes.build("511900", counties, outlines.version, outlines.labels)
    coarse = MapShapes.build("511900", counties, outlines.version, outlines.labels, outlines.screen)
    for a, b in zip(fine.counties, coarse.counties, strict=True):
        # one element a point, and one more where a ring is closed
        points_a = sum(len(r) for r in a.rings if len(r) >= 3)
        points_b = sum(len(r) for r in b.screen_rings if len(r) >= 3)
        assert points_a <= _path(a).elementCount() <= points_a + len(a.rings)
        assert points_b <= _path(b).elementCount() <= points_b + len(b.screen_rings)
        assert points_b < points_a
