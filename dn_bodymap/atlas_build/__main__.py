"""Regenerate the bundled atlas assets: ``python -m dn_bodymap.atlas_build [ASSETS_DIR]``."""

from __future__ import annotations

import sys
from pathlib import Path

from dn_bodymap.atlas_build.build import build_all, with_digest


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "assets"
    for rel, text in with_digest(build_all()).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))  # exactly the bytes the digest was taken of
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
