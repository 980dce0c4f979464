"""Speed rows of a clinic's ten years (issue 13), on the data set of clinic_data.py (5,000
patients, ~50,000 sessions, ~500,000 points, ~750,000 audit rows): opening the database,
the patient search, a 500-session history, the session list by pages and streamed. On the
SQLite file, and on PostgreSQL when DN_BODYMAP_TEST_PG names a server (a superuser's URL).

    python -m tests.benchmarks.scale       (alone; run.py includes it)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from dn_bodymap.records import Store
from tests.benchmarks import clinic_data
from tests.benchmarks.run import Row, _times_us

# Typed at the front desk: name parts (common and rare, first names and surnames, accents
# or not, two words), birth dates, clinic ids, and nothing found.
NAME_PARTS = ("smi", "garcia", "jo", "m", "maria", "ander", "o'b", "müll", "muller",
              "nguy", "jennifer wil", "van der", "zz")
# The CLI, then its peak memory: VmHWM, this program's own (getrusage's maxrss can count
# the memory of the parent it was forked from, before exec).
WRAPPED_CLI = """import sys
from dn_bodymap.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
sys.stderr.write(f"\\nmaxrss_kb={peak}\\n")
raise SystemExit(code)
"""


def scale_rows() -> list[Row]:
    out = _rows("SQLite", str(clinic_data.sqlite_file()))
    server = os.environ.get("DN_BODYMAP_TEST_PG")
    if server:
        out += _rows("PostgreSQL", clinic_data.postgresql_database(server))
    return out


def _each_us(queries: list[Callable[[], object]], repeat: int) -> list[float]:
    for q in queries:  # warm: the first read of an index's pages is the disk's, not ours
        q()
    return [t for q in queries for t in _times_us(q, repeat)]


def _rows(backend: str, target: str) -> list[Row]:
    Store.open(target).close()
    opens = _times_us(lambda: Store.open(target).close(), 20)
    with Store.open(target) as store:
        births = [p.date_of_birth for p in store.search_patients("", 4000)[::400]]
        ids = [f"MRN-{n:06d}" for n in range(1, 5000, 499)]
        names = _each_us([lambda q=q: store.search_patients(q) for q in NAME_PARTS], 10)
        dates = _each_us([lambda q=q: store.search_patients(q) for q in births], 10)
        clinic = _each_us([lambda q=q: store.search_patients(q) for q in ids], 10)
        assert len(store.history_rows(1)) == clinic_data.CLINIC.long_history  # patient 1
        history = _each_us([lambda: store.history_rows(1)], 30)
        # What choosing that patient reads in the window: the history, then the newest
        # session (the panel marks its line; nothing is read twice).
        chosen = _each_us([lambda: store.session(store.history_rows(1)[0].id)], 30)
        total = sum(1 for _ in store.each_session())
        page = _each_us([lambda: store.sessions(limit=100, offset=total - 1000)], 10)
        t0 = time.perf_counter()
        n = sum(1 for _ in store.each_session())
        streamed = (time.perf_counter() - t0) * 1e6
        everyone = _times_us(store.patients, 3)
        view = _history_view_us(store)
    cli_us, first_us, rss = _cli(target)
    b = backend
    return [
        Row(f"{b}: open the clinic's database, median of 20", statistics.median(opens),
            100_000, "no whole-file check"),
        Row(f"{b}: patient search, name part, median", statistics.median(names), 10_000,
            f"{len(NAME_PARTS)} queries x 10, max {max(names) / 1000:.1f} ms"),
        Row(f"{b}: patient search, birth date, median", statistics.median(dates), 10_000,
            f"max {max(dates) / 1000:.1f} ms"),
        Row(f"{b}: patient search, clinic id, median", statistics.median(clinic), 10_000,
            f"max {max(clinic) / 1000:.1f} ms"),
        Row(f"{b}: history of 500 sessions, median of 30", statistics.median(history),
            20_000, "Store.history_rows"),
        Row(f"{b}: the window's history view of those 500", statistics.median(view), 20_000,
            "read and shown (PatientPanel.reload_sessions)"),
        Row(f"{b}: choose that patient: history + newest session", statistics.median(chosen),
            40_000, "informal: what the window reads"),
        Row(f"{b}: a page of 100 sessions near the end", statistics.median(page), 50_000,
            f"informal; of {total:,}"),
        Row(f"{b}: every session listed, streamed", streamed, 2_800_000,
            f"informal; {n:,} sessions (was 2.8 s loaded whole)"),
        Row(f"{b}: sessions --json, whole CLI run", cli_us, 2_800_000,
            f"informal; first row after {first_us / 1000:.0f} ms, peak memory "
            f"{rss / 1024:.0f} MB"),
        Row(f"{b}: Store.patients(), all 5,000", statistics.median(everyone), 1e9,
            "reference: what the window no longer reads"),
    ]


def _history_view_us(store: Store) -> list[float]:
    """The patient panel (offscreen) showing patient 1's history, from a short one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dn_bodymap.ui.patient_panel import PatientPanel

    app = QApplication.instance() or QApplication([])
    panel = PatientPanel(store)
    panel.resize(400, 800)
    panel.show()
    out = []
    for i in range(20):
        panel.patient_id = 2
        panel.reload_sessions()
        app.processEvents()
        t0 = time.perf_counter_ns()
        panel.patient_id = 1
        panel.reload_sessions()
        app.processEvents()  # drawn
        if i >= 3:  # (warm)
            out.append((time.perf_counter_ns() - t0) / 1000)
    panel.close()
    return out


def _cli(target: str) -> tuple[float, float, int]:
    """``dn-bodymap sessions --json`` in a process of its own: the whole run, the time to
    its first row on stdout, and its peak memory (KB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WRAPPED_CLI, "--db", target, "sessions",
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(64)
    first = (time.perf_counter() - t0) * 1e6
    size = 64 + sum(len(chunk) for chunk in iter(lambda: proc.stdout.read(1 << 16), b""))
    err = proc.stderr.read().decode()
    proc.wait()
    whole = (time.perf_counter() - t0) * 1e6
    assert proc.returncode == 0 and size > 1_000_000, err
    return whole, first, int(err.rsplit("maxrss_kb=", 1)[1])


def main() -> int:
    for r in scale_rows():
        print(f"{r.name:56} {r.figure / 1000:10.2f} ms {r.goal / 1000:10.0f} ms  "
              f"{'ok' if r.ok else 'SLOW'}  {r.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
