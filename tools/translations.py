"""Keep the translations in step with the program.

    python tools/translations.py update   # data_strings.py from the assets, lupdate, lrelease
    python tools/translations.py check    # exit 1, naming each fault, if anything is out of step

``update`` (1) writes ``dn_bodymap/i18n/data_strings.py``, the texts of the assets a clinician
reads (muscle names, notes, landmarks, referral descriptions, cautions), so lupdate sees them;
(2) runs ``pyside6-lupdate`` over the package into each ``dn_bodymap_<lang>.ts`` (translations
already made are kept; a string no longer in the program is dropped); (3) compiles each .ts
into the .qm the program loads with ``pyside6-lrelease``. Translate in Qt Linguist
(``pyside6-linguist dn_bodymap/i18n/dn_bodymap_es.ts``), then run ``update`` again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dn_bodymap.i18n import catalogue  # noqa: E402


def update() -> None:
    catalogue.DATA_STRINGS.write_text(catalogue.data_strings_source(), encoding="utf-8")
    for language in catalogue.TRANSLATED:
        ts = catalogue.ts_path(language)
        catalogue.run_lupdate(ROOT, ts, language)
        catalogue.run_lrelease(ts, catalogue.qm_path(language))
        messages = catalogue.read_ts(ts)
        left = sum(1 for m in messages if not m.translation)
        print(f"{ts.relative_to(ROOT)}: {len(messages)} strings, {left} not translated")


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["check"]:
        faults = catalogue.faults(ROOT)
        for fault in faults:
            print(fault, file=sys.stderr)
        return 1 if faults else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
