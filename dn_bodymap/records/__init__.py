"""Patient records: patients, sessions, trigger points, signing, addenda, audit trail, and the
store that keeps them (SQLite by default). No Qt here.

```python
from dn_bodymap.records import Clinician, Store, paths

me = Clinician("J. Roe", "PT, DPT")
store = Store.open(paths.resolve(None), atlas=Atlas.load(), actor=me.name)
patient = store.add_patient("Ann Example", sex="female")
session = store.new_session(patient.id, me, pain_before=6)
point = store.add_point(session.id, "back", 292, 230)  # middle_trapezius, from the atlas
store.update_point(point.id, depth_mm=18, needled=True)
store.sign_session(session.id, me)  # read-only from now on; corrections are addenda
follow = store.new_session(patient.id, me, carry_forward_from=session.id)  # to re-check
store.confirm_point(follow.points[0].id)  # or delete_point; signing waits for every one
store.confirm_screening(follow.id)  # the screen answers carried from standing precautions
```
"""

from typing import TYPE_CHECKING

from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import (
    Addendum,
    AuditEntry,
    Clinician,
    HistoryRow,
    Patient,
    Precaution,
    ScreeningAnswer,
    Session,
    SessionSummary,
    TriggerPoint,
)

if TYPE_CHECKING:  # loaded on first use by __getattr__ below
    from dn_bodymap.records.store import Store


def __getattr__(name: str) -> object:
    # The store pulls in SQLAlchemy; importing the model alone (the window does, before the
    # records are opened) stays light.
    if name == "Store":
        from dn_bodymap.records.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Addendum", "AuditEntry", "Clinician", "HistoryRow", "Patient", "Precaution",
           "RecordsError", "ScreeningAnswer", "Session", "SessionSummary", "Store", "TriggerPoint"]
