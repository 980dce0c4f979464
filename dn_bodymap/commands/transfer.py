"""`import-json` of a whole patient's file (`export-json --patient` writes one) or of a
folder of files (records/patient_exchange.py): each file all or nothing, and a summary of
what was added, skipped as already present, or refused and why."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dn_bodymap.commands.common import print_json
from dn_bodymap.commands.store_opening import open_store
from dn_bodymap.records.errors import RecordsError


@dataclass
class Summary:
    added: list[str] = field(default_factory=list)  # "file: session 12, 13"
    skipped: list[str] = field(default_factory=list)  # "file: already present"
    refused: list[str] = field(default_factory=list)  # "file: why"

    def as_json(self) -> dict[str, list[str]]:
        return {"added": self.added, "skipped": self.skipped, "refused": self.refused}


def import_files(args: argparse.Namespace) -> int:
    """Import a whole patient's file, or every *.json file of a folder (in name order,
    sessions and whole patients alike); 1 if any was refused."""
    from dn_bodymap.atlas import Atlas

    source = Path(args.file)
    files = sorted(source.glob("*.json")) if source.is_dir() else [source]
    if source.is_dir() and not files:
        raise RecordsError(f"{source}: no .json files in this folder")
    atlas = Atlas.load()
    summary = Summary()
    with open_store(args, create=True, atlas=atlas) as store:
        for path in files:
            try:
                _import_one(store, atlas, path, args.patient, summary)
            except RecordsError as exc:
                if not source.is_dir():
                    raise  # one file: the message, as before
                summary.refused.append(f"{path.name}: {exc}")
    if args.json:
        print_json(summary.as_json())
    else:
        for heading, lines in (("added", summary.added), ("skipped", summary.skipped),
                               ("refused", summary.refused)):
            for line in lines:
                print(f"{heading}: {line}")
        if source.is_dir():
            print(f"{len(files)} files: {len(summary.added)} added, {len(summary.skipped)} "
                  f"skipped as already present, {len(summary.refused)} refused")
    return 1 if summary.refused else 0


def _import_one(store: Any, atlas: Any, path: Path, patient: int | None,
                summary: Summary) -> None:
    from dn_bodymap.records import exchange, importing, patient_exchange

    doc = exchange.load_file(path)
    if patient_exchange.is_patient_document(doc):
        parsed = patient_exchange.parse(doc, atlas)  # every session checked before writing
        done = patient_exchange.import_patient(store, parsed, patient_id=patient)
        if done.added:
            summary.added.append(f"{path.name}: patient {done.patient_id}, sessions "
                                 + ", ".join(map(str, done.added)))
        if done.skipped or not done.added:
            summary.skipped.append(f"{path.name}: patient {done.patient_id}, "
                                   f"{len(done.skipped)} sessions already present")
        return
    one = exchange.parse(doc, atlas)
    if store.session_id_for_uuid(one["session"]["uuid"]) is not None:
        summary.skipped.append(f"{path.name}: session {one['session']['uuid']} already present")
        return
    summary.added.append(f"{path.name}: session "
                         f"{importing.write(store, one, patient_id=patient)}")
