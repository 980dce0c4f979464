"""Speed rows of tamper evidence: verifying a 5,000-session database, opening a 200 MB one
(no full check on the open path), and one edit with the chained audit trail.

The big databases are filled with plain SQL (the store would take minutes at one fsync per
edit) and then chained and sealed by the very functions the 0006 migration runs, so
``verify`` finds them intact.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine

from dn_bodymap.records import Clinician, Store, chain, content, guards
from tests.benchmarks.run import Row, _times_us

WHO = Clinician("Alex Rivera", "PT")
_AT = "2026-01-05T10:00:00.000000+00:00"
_SESSION = ("uuid, patient_id, started_at, clinician_name, clinician_credentials, "
            "atlas_data_version, chief_complaint, pain_before, pain_after, screening, consent, "
            "adverse_events, adverse_other, aftercare, plan, follow_up, notes, status, "
            "signed_at, signed_by, points_issued, created_at, updated_at")
_POINT = ("session_id, number, view, x, y, muscle, side, layer, kind, taut_band, "
          "spot_tenderness, familiar_pain, referred_pain, local_twitch, needled, "
          "needle_length_mm, needle_gauge_mm, depth_mm, technique, ltr_count, "
          "time_in_tissue_s, tolerance, notes, created_at, updated_at")
_AUDIT = "at, actor, action, entity, entity_id, session_id, field, old_value, new_value"


def fill(path: Path, sessions: int, points: int, note: str = "") -> None:
    """A database of ``sessions`` signed sessions of ``points`` points each (50 patients),
    each session and point with its audit rows, then chained and sealed."""
    Store.open(path).close()  # the schema, at the head
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO patients (name, date_of_birth, clinic_id, sex, notes, "
                         "created_at, updated_at) VALUES (?, '1980-01-01', ?, 'female', '', ?, "
                         "?)", [(f"Patient {i}", f"C-{i}", _AT, _AT) for i in range(50)])
        screening = json.dumps({"anticoagulants": {"answer": "no", "note": ""}})
        for s in range(1, sessions + 1):
            conn.execute(f"INSERT INTO sessions ({_SESSION}) VALUES (?, ?, "
                         "'2025-03-14T09:30:00+01:00', 'Alex Rivera', 'PT', 'bench', "
                         "'Neck pain for 6 weeks, worse after computer work.', 7, 4, ?, 1, "
                         "'[]', '', 'Heat.', 'Review in a week.', '', ?, 'draft', NULL, "
                         "NULL, ?, ?, ?)",
                         (str(uuid.uuid4()), 1 + s % 50, screening, note, points, _AT, _AT))
            conn.executemany(f"INSERT INTO trigger_points ({_POINT}) VALUES (?, ?, 'back', "
                             "260.4, 168.4, 'upper_trapezius', 'right', 'superficial', "
                             "'active', 1, 1, 0, 1, 0, 1, 30, 0.25, 12, 'pistoning', 2, 20, "
                             "'good', ?, ?, ?)",
                             [(s, n, note, _AT, _AT) for n in range(1, points + 1)])
            audit = [(_AT, "bench", "create", "session", s, s, None, None,
                      json.dumps({"chief_complaint": "Neck pain", "notes": note}))]
            audit += [(_AT, "bench", "create", "trigger_point", (s - 1) * points + n, s, None,
                       None, json.dumps({"number": n, "depth_mm": 12, "notes": note}))
                      for n in range(1, points + 1)]
            audit += [(_AT, "bench", "sign", "session", s, s, f, None, json.dumps(v))
                      for f, v in (("status", "signed"), ("signed_at", _AT),
                                   ("signed_by", "Alex Rivera, PT"))]
            conn.executemany(f"INSERT INTO audit ({_AUDIT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "?)", audit)
        conn.execute("UPDATE sessions SET status = 'signed', signed_at = ?, "
                     "signed_by = 'Alex Rivera, PT'", (_AT,))
    conn.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as db, guards.lifted(db, ("audit_no_update", "addenda_no_update",
                                                  "sessions_signed_no_update")):
        chain.chain_existing(db)
        content.seal_existing(db, "bench", _AT)
    engine.dispose()


def integrity_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "5000.sqlite"
        fill(db, 5_000, 10)
        with Store.open(db) as store:
            store.verify()  # warm the file cache
            times, cpu = [], []
            for _ in range(3):
                t0, c0 = time.perf_counter(), time.process_time()
                report = store.verify()
                times.append((time.perf_counter() - t0) * 1e6)
                cpu.append((time.process_time() - c0) * 1e6)
            assert report.ok, report.problems[:3]
        size = db.stat().st_size / 1e6
        big = Path(tmp) / "200mb.sqlite"
        fill(big, 6_000, 30, note="Palpated and needled; reproduced the usual pain. " * 4)
        big_mb = big.stat().st_size / 1e6
        Store.open(big).close()
        opens = _times_us(lambda: Store.open(big).close(), 10)
        return [
            Row("verify a 5,000-session database (full), best of 3", min(times), 2_000_000,
                f"{size:.0f} MB, {report.checked['audit rows']} audit rows, 50,000 points; "
                f"CPU {min(cpu) / 1e6:.2f} s"),
            Row("open a 200 MB database, median of 10", statistics.median(opens), 100_000,
                f"{big_mb:.0f} MB; guards checked, no full scan"),
        ]
