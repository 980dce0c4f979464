"""The benchmarks' data set of a clinic's years (tests/benchmarks/clinic_data.py), made
small: valid records, as the store would have written them, that ``verify`` passes, on both
backends."""

from __future__ import annotations

from pathlib import Path

from dn_bodymap.records import Store
from tests.benchmarks import clinic_data

SMALL = clinic_data.Size(patients=12, sessions_per_patient=3, points_per_session=6,
                         long_history=15, seed=7)


def test_the_generated_clinic_is_valid_and_verifies(db: Path | str, atlas) -> None:
    clinic_data.fill(db, SMALL)
    with Store.open(db, atlas=atlas) as store:
        report = store.verify()
        assert report.ok, report.problems[:5]
        patients = store.search_patients("", None)
        sessions = store.sessions()
        assert len(patients) == SMALL.patients
        assert len(store.history_rows(1)) == SMALL.long_history  # patient 1: the long one
        assert sum(s.status == "signed" for s in sessions) >= 0.8 * len(sessions)
        assert report.checked["signed sessions"] == sum(s.status == "signed"
                                                       for s in sessions)
        # points on the atlas, numbered from 1, as many as the session issued
        for summary in sessions[:10]:
            s = store.session(summary.id)
            assert [p.number for p in s.points] == list(range(1, s.points_issued + 1))
            for p in s.points:
                assert p.muscle in {r.muscle for r in atlas.muscles_at(p.view, p.x, p.y)}
        # the search terms were written with the patients
        someone = patients[5]
        assert someone in store.search_patients(someone.name.split()[-1], None)
        assert store.search_patients(someone.clinic_id) == [someone]
        # and the store goes on from there: the next ids and the chain follow
        new = store.add_patient("After Generation")
        assert new.id == SMALL.patients + 1
        assert store.verify().ok
