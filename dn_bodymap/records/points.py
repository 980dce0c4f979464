"""Charting, changing and removing trigger points: the writes behind ``Store.add_point``,
``update_point`` and ``delete_point``, each inside the store's write transaction ``db`` and
audited there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.i18n import translate
from dn_bodymap.records import atlas_checks, audit, carry, input_limits, rows, validate, versions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.records.schema import TriggerPointRow


def new_values(atlas: Any, details: dict[str, Any]) -> dict[str, Any]:
    """A new point's values, checked, mapped through the atlas (if any) and completed with
    the defaults, before any database work."""
    values = validate.fields(validate.POINT_FIELDS, details, "trigger point")
    if atlas is not None:
        values = atlas_checks.on_atlas(atlas, values)
    for key in ("muscle", "side", "layer"):
        if values.get(key) is None:
            raise RecordsError(f"{key}: required (or open the store with an atlas to map "
                               "the point)")
    values = {**rows.POINT_DEFAULTS, **values}
    values["adverse_events"] = list(values["adverse_events"])  # as stored (JSON)
    validate.point_consistency(values)
    if atlas is not None:
        atlas_checks.site_on_atlas(atlas, values)
    return values


def add(db: DbSession, session_id: int, values: dict[str, Any], number: int | None,
        who: str) -> TriggerPoint:
    s = rows.draft(db, session_id)
    at = audit.now_utc()
    if db.execute(select(func.count()).where(TriggerPointRow.session_id == session_id)
                  ).scalar_one() >= input_limits.MAX_POINTS or (
            number is None and s.points_issued >= input_limits.MAX_POINT_NUMBER):
        raise RecordsError(translate("records.points", "session {session} holds as many "
                                     "points as a session may ({count}, numbered up to "
                                     "{number})").format(
            session=session_id, count=f"{input_limits.MAX_POINTS:,}",
            number=f"{input_limits.MAX_POINT_NUMBER:,}"))
    if number is None:
        s.points_issued += 1  # never reused, so a printed "point 3" keeps its meaning
        number = s.points_issued
        if values["carried_from"] is not None:  # (a restored one may outlive it)
            carry.check_source(db, s, values["carried_from"])
    else:
        rows.restorable(db, s, validate.number_in_session(number, "number"))
    s.updated_at = at
    row = TriggerPointRow(session_id=session_id, number=number, **values, created_at=at,
                          updated_at=at)
    db.add(row)
    db.flush()
    audit.record(db, at=at, actor=who, action="create", entity="trigger_point",
                 entity_id=row.id, session_id=session_id, new={"number": row.number, **values})
    return rows.to_point(row)


def update(db: DbSession, atlas: Any, point_id: int, values: dict[str, Any],
           who: str, expected_version: int | None = None) -> TriggerPoint:
    row = rows.get(db, TriggerPointRow, point_id, "trigger point")
    s = rows.draft(db, row.session_id)
    versions.check(db, row, "trigger_point", expected_version)
    if values.get("carried_from") not in (None, row.carried_from):
        carry.check_source(db, s, values["carried_from"])
    values = rows.with_implied_point_changes(row, values)
    merged = {**rows.values_of(row, TriggerPoint), **values}
    validate.point_consistency(merged)
    if atlas is not None:
        atlas_checks.changed_point(atlas, merged, values)
    rows.apply_changes(db, row, "trigger_point", row.session_id, values, who)
    return rows.to_point(row)


def delete(db: DbSession, point_id: int, who: str,
           expected_version: int | None = None) -> None:
    row = rows.get(db, TriggerPointRow, point_id, "trigger point")
    rows.draft(db, row.session_id)
    versions.check(db, row, "trigger_point", expected_version)
    audit.record(db, at=audit.now_utc(), actor=who, action="delete", entity="trigger_point",
                 entity_id=row.id, session_id=row.session_id,
                 old={"number": row.number, **rows.values_of(row, TriggerPoint)})
    db.delete(row)
