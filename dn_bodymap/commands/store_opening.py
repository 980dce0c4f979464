"""Opening the records database a command names: shared by the record-keeping commands
(its own module so that integrity and server commands need not import the records ones)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dn_bodymap.records import Store, paths


def open_store(args: argparse.Namespace, *, create: bool = False, atlas: object = None) -> Store:
    """The database of ``--db``, else $DN_BODYMAP_DB, else the default file. Only commands
    that record something create a missing file (a mistyped path must not look empty)."""
    target = paths.resolve(getattr(args, "db", None))  # makes the default folder if need be
    store = Store.open(target, atlas=atlas, create=create)
    for warning in store.warnings:  # file modes repaired: one line each, then the work
        print(f"dn-bodymap: warning: {warning}", file=sys.stderr)
    return store


def session_record(args: argparse.Namespace, atlas: object = None) -> tuple[Any, ...]:
    """What a printout or an export of ``args.session_id`` needs: the session, its patient,
    the standing precautions and the integrity check (the map says whether it is intact)."""
    with open_store(args, atlas=atlas) as store:
        session = store.session(args.session_id)
        patient = store.patient(session.patient_id)
        return (session, patient, store.precautions(patient.id),
                store.verify_session(session.id))
