"""Several rooms on one database at once, on both backends: no write lost, conflicts refused
cleanly, a room killed mid-transaction leaves nothing half written and blocks nobody."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store
from tests.records_helpers import CLINICIAN, raw

ROOT = Path(__file__).resolve().parents[1]
ROOMS, POINTS = 5, 8


def _worker(*args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.records_workers",
                             *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_five_rooms_charting_one_patient_at_once_lose_nothing(db: Path | str,
                                                              atlas: Atlas) -> None:
    with Store.open(db, atlas=atlas, actor="front desk") as store:
        patient = store.add_patient("Shared Patient")
        sid = store.new_session(patient.id, CLINICIAN).id
    rooms = [_worker("chart", db, sid, POINTS, f"room {r}") for r in range(ROOMS)]
    results = []
    for proc in rooms:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["errors"] for r in results] == [[]] * ROOMS  # only clean conflicts, if any
    numbers = sorted(n for r in results for n in r["points"])
    assert numbers == list(range(1, ROOMS * POINTS + 1))  # every point, each number once
    with Store.open(db, atlas=atlas) as store:
        session = store.session(sid)
        assert len(session.points) == ROOMS * POINTS
        saved = sum(r["saved"] for r in results)
        # every saved plan change raised the version once; refused ones raised nothing
        plan_changes = [e for e in store.audit_trail() if e.field == "plan"]
        assert len(plan_changes) == saved and saved >= 1
        assert saved + sum(r["conflicts"] for r in results) == ROOMS * POINTS
        report = store.verify()
        assert report.ok, report.problems


def test_a_room_killed_mid_transaction_leaves_nothing_and_blocks_nobody(
        db: Path | str, atlas: Atlas) -> None:
    Store.open(db).close()
    proc = _worker("hang", db)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "inside"  # the write is half done
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with Store.open(db, atlas=atlas, actor="next room") as store:
        store.add_patient("Written After")  # the killed room's lock is gone
        assert [p.name for p in store.patients()] == ["Written After"]
        assert store.verify().ok
    assert raw(db, "SELECT count(*) FROM audit WHERE actor = 'killed room'") == [(0,)]
