"""A clinic's ten years as a records database, for the scale benchmarks (tests/benchmarks/
scale.py): 5,000 patients, ~50,000 sessions, ~500,000 trigger points, and their audit rows.

The records are what the store itself writes, in the order it writes them: each patient
created at its first visit; each session created as a draft, its points charted, then (most
sessions) signed, with the content hash of records/content.py and the audit rows of every
step, chained by records/chain.py, so ``dn-bodymap verify`` passes on the result. One
patient, the first, has a 500-session history. Names, birth dates and clinic ids are
realistic; the points lie on the atlas (at its classic trigger-point sites).

Rows are bulk-written a chunk of sessions at a time (sqlite3's executemany, PostgreSQL's
COPY), not through the store (which would take hours at one fsync per edit). The SQLite file
is cached under the temporary folder, keyed by the size, this generator's version and the
schema head, so reruns start at once; a PostgreSQL database is kept on the server, likewise
keyed, until the server goes.

    python -m tests.benchmarks.clinic_data [--patients N] [--postgresql URL]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store, chain, content, database, files, paths, rows, search
from dn_bodymap.records.model import Session, TriggerPoint

VERSION = 2  # of this generator: a change to what it writes must change the cache key
_FIRST = date(2016, 1, 4)
_DAYS = 3650
_CLINICIANS = (("Alex Rivera", "PT, DPT"), ("Sam Okafor", "PT"), ("Priya Nair", "PT, OCS"),
               ("Jonas Berg", "DC"))
_FIRST_NAMES = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa "
    "Anthony Betty Mark Margaret Donald Sandra Steven Ashley Paul Kimberly Andrew Emily "
    "Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Dorothy Timothy Melissa "
    "Ronald Deborah Jason Stephanie Edward Rebecca Jeffrey Sharon Ryan Laura Jacob Cynthia "
    "Gary Kathleen Nicholas Amy Eric Angela Jonathan Shirley Stephen Anna Larry Brenda "
    "Justin Pamela Scott Emma Brandon Nicole Benjamin Helen Samuel Samantha Gregory Katherine "
    "Alexander Christine Frank Debra Patrick Rachel Raymond Carolyn Jack Janet Dennis "
    "Catherine Jerry Maria Tyler Heather Aaron Diane José Ruth Adam Julie Nathan Olivia "
    "Henry Joyce Zoë Amélie Søren Zoltán Łucja Ngozi Hiroshi Aiko Mei Wei Fatima Omar Aisha "
    "Mohammed Priya Arjun Ingrid Lars Siobhán Niamh Chiara Matteo Lucía Mateo").split()
_LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
    "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
    "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
    "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
    "Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
    "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster "
    "Jiménez O'Brien McCarthy Müller Schäfer Østergaard Nowak Kowalski Novák Yamamoto "
    "Tanaka Chen Wang Okonkwo Adeyemi Haddad Khan Singh Sharma Andersson Johansson "
    "Van der Berg De Luca Dubois Lefèvre Silva Santos Papadopoulos Ó Súilleabháin").split()
_COMPLAINTS = ("Neck pain for 6 weeks, worse after computer work.",
               "Low back pain since lifting a box; stiff in the mornings.",
               "Right shoulder pain reaching overhead.", "Tension headaches, 3 a week.",
               "Left heel pain on the first steps in the morning.",
               "Buttock pain into the thigh when sitting long.", "Lateral elbow pain gripping.",
               "Jaw pain and clicking when chewing.")
_PLANS = ("Review in a week; home stretches.", "Twice weekly for 3 weeks, then review.",
          "Continue; add strengthening next visit.", "Discharge if pain stays below 3.")


@dataclass(frozen=True)
class Size:
    patients: int = 5_000
    sessions_per_patient: int = 10  # on average (1 to 19)
    points_per_session: int = 10  # on average (5 to 15)
    long_history: int = 500  # sessions of patient 1
    seed: int = 20260413

    def key(self) -> str:
        """Names the cached data set: its size, this generator and the schema it was made
        with (the migrations' text: a new index makes a new file)."""
        schema = hashlib.sha256(b"".join(
            p.read_bytes() for p in sorted((database.MIGRATIONS_DIR / "versions").glob(
                "*.py")))).hexdigest()[:8]
        return (f"p{self.patients}-s{self.sessions_per_patient}-t{self.points_per_session}-"
                f"h{self.long_history}-r{self.seed}-g{VERSION}-{database.HEAD}-{schema}")


CLINIC = Size()


@dataclass
class _Visit:
    patient: int  # the patient's place in the drawn list, until given an id
    started: datetime
    signed: bool


def _offset(day: date) -> timezone:
    """Central European time, roughly (summer time April to October)."""
    return timezone(timedelta(hours=2 if 4 <= day.month <= 10 else 1))


def _visits(size: Size, rng: random.Random) -> list[_Visit]:
    """Every session of every patient, in the order they happened."""
    out = []
    for p in range(size.patients):
        n = size.long_history if p == 0 else rng.randint(
            1, max(1, 2 * size.sessions_per_patient - 1))
        gap = max(1, min(60, _DAYS // (n + 1)))
        # Patient 1 (the long history) comes first, every week for ten years.
        day = _FIRST + timedelta(days=0 if p == 0 else rng.randrange(max(1, _DAYS - n * gap)))
        draft_last = rng.random() < 0.05  # some patients' latest session is still a draft
        for i in range(n):
            local = datetime(day.year, day.month, day.day, 8 if p == 0 else rng.randint(9, 17),
                             rng.choice((0, 30)), tzinfo=_offset(day))
            out.append(_Visit(p, local, not (draft_last and i == n - 1)))
            day += timedelta(days=rng.randint(max(1, gap // 2), gap))
    out.sort(key=lambda v: (v.started, v.patient))
    return out


def _sites(atlas: Atlas, rng: random.Random) -> list[tuple[str, float, float, str, str, str]]:
    """Places on the atlas a point may be charted: near the classic trigger-point sites,
    mapped to the superficial muscle there."""
    out = []
    for pattern in atlas.referrals.patterns:
        for s in pattern.sites:
            for _ in range(3):
                x, y = round(s.x + rng.uniform(-3, 3), 2), round(s.y + rng.uniform(-3, 3), 2)
                found = atlas.muscles_at(s.view, x, y)
                if found:
                    m = found[0]
                    out.append((s.view, x, y, m.muscle, m.side, m.layer))
    return out


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _point(rng: random.Random, site: tuple, number: int) -> dict[str, Any]:
    """A charted point's values, as ``points.new_values`` completes them."""
    view, x, y, muscle, side, layer = site
    needled = rng.random() < 0.8
    length = rng.choice((30.0, 40.0, 50.0, 60.0)) if needled else None
    return {**rows.POINT_DEFAULTS, "view": view, "x": x, "y": y, "muscle": muscle,
            "side": side, "layer": layer, "kind": rng.choice(("active", "active", "latent")),
            "taut_band": True, "spot_tenderness": True, "familiar_pain": rng.random() < 0.6,
            "referred_pain": rng.random() < 0.5, "local_twitch": rng.random() < 0.4,
            "needled": needled, "needle_length_mm": length,
            "needle_gauge_mm": rng.choice((0.25, 0.30)) if needled else None,
            "depth_mm": float(rng.randint(8, int(length) - 5)) if length else None,
            "technique": rng.choice(("pistoning", "pistoning", "static")) if needled else None,
            "ltr_count": rng.randint(0, 6) if needled else None,
            "time_in_tissue_s": float(rng.choice((10, 20, 30, 60))) if needled else None,
            "tolerance": rng.choice(("good", "good", "fair")) if needled else None,
            "notes": "" if rng.random() < 0.9 else "Reproduced the usual pain.",
            "adverse_events": [], "number": number}


@dataclass
class Chunk:
    """The rows of some sessions, in each table's column order (_COLUMNS)."""
    patients: list[tuple]
    terms: list[tuple]  # the patients' search terms (records/search.py)
    sessions: list[tuple]
    points: list[tuple]
    signed: list[tuple]  # (status, signed_at, signed_by, content_hash, signed_context, id)
    audit: list[tuple]


_SESSION_FIELDS = [f.name for f in fields(Session)
                   if f.name not in ("id", "points", "addenda", "created_at", "updated_at")]
_COLUMNS = {
    "patients": ("id", "name", "date_of_birth", "clinic_id", "sex", "notes", "created_at",
                 "updated_at", "version"),
    "sessions": ("id", "uuid", "patient_id", "started_at", "clinician_name",
                 "clinician_credentials", "atlas_data_version", "chief_complaint",
                 "pain_before", "pain_after", "screening", "consent", "adverse_events",
                 "adverse_other", "aftercare", "plan", "follow_up", "notes", "status",
                 "points_issued", "signing_exceptions", "since_last_visit", "signature_note",
                 "created_at", "updated_at", "version"),
    "trigger_points": ("id", "session_id", *[f.name for f in fields(TriggerPoint)
                                              if f.name not in ("id", "session_id")],
                       "created_at", "updated_at"),
    "audit": chain.AUDIT_COLUMNS,
}
_TERMS = ("term", "patient_id")


def generate(size: Size, start: dict[str, int], head: str, atlas_version: str,
             chunk_sessions: int = 2_000) -> Iterator[Chunk]:
    """The data set, a chunk of sessions at a time. ``start``: the last id in each table
    before it (a new database: 0); ``head``: the audit chain's head."""
    rng = random.Random(size.seed)
    sites = _sites(Atlas.load(), rng)
    visits = _visits(size, rng)
    people = []
    for _ in range(size.patients):
        born = date(1935, 1, 1) + timedelta(days=rng.randrange(26_000))  # 1935 to 2006
        name = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
        people.append((name, born.isoformat(), rng.choice(("female", "male"))))
    ids = dict(start)
    patient_id: dict[int, int] = {}
    screening = rows.merged_screening({}, {})
    for at in range(0, len(visits), chunk_sessions):
        chunk = Chunk([], [], [], [], [], [])
        audit_rows: list[dict[str, Any]] = []
        for v in visits[at:at + chunk_sessions]:
            created = v.started - timedelta(minutes=5)
            if v.patient not in patient_id:
                ids["patients"] += 1
                pid = patient_id[v.patient] = ids["patients"]
                name, born, sex = people[v.patient]
                values = {"name": name, "date_of_birth": born, "clinic_id": f"MRN-{pid:06d}",
                          "sex": sex, "notes": ""}
                chunk.patients.append((pid, name, born, values["clinic_id"], sex, "",
                                       _utc(created), _utc(created), 1))
                chunk.terms += [(t, pid) for t in sorted(search.terms(name, born,
                                                                      values["clinic_id"]))]
                audit_rows.append(_audit(created, "reception", "create", "patient", pid, None,
                                         None, None, values))
            pid = patient_id[v.patient]
            ids["sessions"] += 1
            sid = ids["sessions"]
            who, credentials = _CLINICIANS[sid % len(_CLINICIANS)]
            before = rng.randint(3, 9)
            session = {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "patient_id": pid, "started_at": v.started.isoformat(),
                "clinician_name": who, "clinician_credentials": credentials,
                "atlas_data_version": atlas_version,
                "chief_complaint": rng.choice(_COMPLAINTS), "pain_before": before,
                "pain_after": max(0, before - rng.randint(0, 4)), "screening": screening,
                "consent": True, "adverse_events": [], "adverse_other": "",
                "aftercare": "Heat, gentle stretches; soreness may last a day or two.",
                "plan": rng.choice(_PLANS), "follow_up": "", "notes": "", "status": "draft",
                "signed_at": None, "signed_by": None, "points_issued": 0,
                "signing_exceptions": [], "since_last_visit": "", "signed_account_id": None,
                "content_hash": None, "signature_note": "", "version": 1,
                "pain_drawing": None}
            at_utc = _utc(v.started)
            audit_rows.append(_audit(v.started, who, "create", "session", sid, sid, None, None,
                                     {k: session[k] for k in _SESSION_FIELDS}))
            n = rng.randint(max(1, size.points_per_session - 5), size.points_per_session + 5)
            points = []
            for number in range(1, n + 1):
                ids["trigger_points"] += 1
                p = _point(rng, rng.choice(sites), number)
                p["id"], p["session_id"] = ids["trigger_points"], sid
                charted = v.started + timedelta(minutes=number)
                p["created_at"] = p["updated_at"] = _utc(charted)
                points.append(p)
                chunk.points.append(tuple(_value(p[c]) for c in _COLUMNS["trigger_points"]))
                audit_rows.append(_audit(charted, who, "create", "trigger_point", p["id"], sid,
                                         None, None, {"number": number, **{
                                             k: p[k] for k in rows.POINT_DEFAULTS},
                                             **{k: p[k] for k in ("view", "x", "y", "muscle",
                                                                  "side", "layer")}}))
            session.update(id=sid, points_issued=n, created_at=at_utc,
                           updated_at=_utc(v.started + timedelta(minutes=n)))
            chunk.sessions.append(tuple(_value(session[c]) for c in _COLUMNS["sessions"]))
            if v.signed:
                signed = v.started + timedelta(minutes=45)
                changes = {"status": "signed", "signed_at": _utc(signed),
                           "signed_by": f"{who}, {credentials}"}
                name, born, _ = people[v.patient]
                context = {"form": content.FORM, "sealed": "signing", "patient": {
                    "name": name, "date_of_birth": born, "clinic_id": f"MRN-{pid:06d}"},
                    "precautions": []}
                digest = content.stored_hash({**session, **changes},
                                             [content.point_row(p) for p in points], context)
                changes["content_hash"] = digest
                for key, new in changes.items():
                    audit_rows.append(_audit(signed, who, "sign", "session", sid, sid, key,
                                             "draft" if key == "status" else None, new))
                chunk.signed.append((*changes.values(), _encode(context), _utc(signed), sid))
        for r in chain.chained_audit(audit_rows, head):
            ids["audit"] += 1
            chunk.audit.append((ids["audit"], *(r[c] for c in chain.AUDIT_COLUMNS[1:])))
            head = r["row_hash"]
        yield chunk


def _value(v: Any) -> Any:
    return json.dumps(v) if isinstance(v, dict | list) else v


def _audit(moment: datetime, actor: str, action: str, entity: str, entity_id: int,
           session_id: int | None, fld: str | None, old: Any, new: Any) -> dict[str, Any]:
    """An audit row's values as ``audit.record`` makes them (no old value of a creation)."""
    return {"at": _utc(moment), "actor": actor, "action": action, "entity": entity,
            "entity_id": entity_id, "session_id": session_id, "field": fld,
            "old_value": None if action == "create" else _encode(old),
            "new_value": _encode(new)}


# -- writing -------------------------------------------------------------------------------

_SIGN = ("UPDATE sessions SET status = ?, signed_at = ?, signed_by = ?, content_hash = ?, "
         "signed_context = ?, updated_at = ?, version = 2 WHERE id = ?")


def _insert(table: str) -> str:
    cols = _TERMS if table == "patient_terms" else _COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _starts(conn: Any) -> tuple[dict[str, int], str]:
    """The last id of each table and the audit chain's head, in a database just made."""
    start = {t: conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one()
             for t in _COLUMNS}
    return start, chain.head(conn, "audit")


def fill(target: str | Path, size: Size = CLINIC) -> None:
    """Write the data set into a new database at ``target`` (a file or a URL)."""
    Store.open(target).close()  # the schema, at the head
    engine = create_engine(paths.to_url(target)[0])
    try:
        with engine.connect() as conn:
            start, head = _starts(conn)
        atlas_version = Atlas.load().data_version
        chunks = generate(size, start, head, atlas_version)
        if engine.dialect.name == "sqlite":
            _fill_sqlite(Path(str(engine.url.database)), chunks)
        else:
            _fill_postgresql(engine, chunks)
    finally:
        engine.dispose()


def _fill_sqlite(path: Path, chunks: Iterator[Chunk]) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = OFF")  # a file made for measuring: no fsyncs
        for c in chunks:
            with conn:
                conn.executemany(_insert("patients"), c.patients)
                conn.executemany(_insert("patient_terms"), c.terms)
                conn.executemany(_insert("sessions"), c.sessions)
                conn.executemany(_insert("trigger_points"), c.points)
                conn.executemany(_SIGN, c.signed)
                conn.executemany(_insert("audit"), c.audit)
    finally:
        conn.close()


def _fill_postgresql(engine: Any, chunks: Iterator[Chunk]) -> None:
    raw = engine.raw_connection()
    try:
        pg = raw.driver_connection
        with pg.cursor() as cur:
            cur.execute("CREATE TEMP TABLE signing (status text, signed_at text, "
                        "signed_by text, content_hash text, signed_context json, "
                        "updated_at text, id integer)")
            for c in chunks:
                _copy(cur, "patients", _COLUMNS["patients"], c.patients)
                _copy(cur, "patient_terms", _TERMS, c.terms)
                for table, found in (("sessions", c.sessions), ("trigger_points", c.points)):
                    _copy(cur, table, _COLUMNS[table], found)
                _copy(cur, "signing", ("status", "signed_at", "signed_by", "content_hash",
                                       "signed_context", "updated_at", "id"), c.signed)
                cur.execute("UPDATE sessions s SET status = g.status, signed_at = g.signed_at, "
                            "signed_by = g.signed_by, content_hash = g.content_hash, "
                            "signed_context = g.signed_context, updated_at = g.updated_at, "
                            "version = 2 FROM signing g WHERE s.id = g.id")
                cur.execute("TRUNCATE signing")
                _copy(cur, "audit", _COLUMNS["audit"], c.audit)
                pg.commit()
            for table in _COLUMNS:  # the ids were given here: the sequences follow
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))")
        pg.commit()
        pg.autocommit = True  # (VACUUM runs outside a transaction)
        with pg.cursor() as cur:
            cur.execute("VACUUM ANALYZE")  # as autovacuum would have, over ten years
    finally:
        raw.close()


def _copy(cur: Any, table: str, columns: Sequence[str], found: list[tuple]) -> None:
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for r in found:
            copy.write_row(r)


# -- cached ------------------------------------------------------------------------------

def cache_folder() -> Path:
    return Path(os.environ.get("DN_BODYMAP_BENCH_CACHE")
                or Path(tempfile.gettempdir()) / "dn-bodymap-bench")


def sqlite_file(size: Size = CLINIC) -> Path:
    """The data set as an SQLite file, made once and kept (benchmarks only read it)."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"clinic-{size.key()}.sqlite"
    if not path.exists():
        made = folder / f".making-{os.getpid()}-{path.name}"
        for leftover in files.database_files(made):
            leftover.unlink(missing_ok=True)
        fill(made, size)
        made.rename(path)
        for leftover in files.database_files(made)[1:]:
            leftover.unlink(missing_ok=True)
    return path


def postgresql_database(server: str, size: Size = CLINIC) -> str:
    """The data set in a database on the server at ``server`` (a superuser's URL), made once
    per server and kept; returns its URL."""
    name = "dn_bench_" + size.key().replace("-", "_").lower()
    admin = create_engine(paths.to_url(server)[0], isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            have = {r[0] for r in conn.execute(text("SELECT datname FROM pg_database"))}
            if name in have:
                return make_url(server).set(database=name).render_as_string(
                    hide_password=False)
            making = f"{name}_making"
            conn.execute(text(f'DROP DATABASE IF EXISTS "{making}"'))
            conn.execute(text(f'CREATE DATABASE "{making}"'))
        fill(make_url(server).set(database=making).render_as_string(hide_password=False),
             size)
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{making}" RENAME TO "{name}"'))
    finally:
        admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=CLINIC.patients)
    parser.add_argument("--postgresql", metavar="SERVER_URL",
                        help="also make it on this server (a superuser's URL)")
    args = parser.parse_args(argv)
    size = Size(patients=args.patients)
    t0 = time.perf_counter()
    path = sqlite_file(size)
    print(f"{path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s")
    if args.postgresql:
        t0 = time.perf_counter()
        print(f"{postgresql_database(args.postgresql, size)} in "
              f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
