"""Checks of single values: each takes the value and where it came from (a field name or a
JSON path) and returns the value as stored, or raises RecordsError naming both.

The store and the JSON import share these, so a value refused by one is refused by the other
with the same words.
"""

from __future__ import annotations

import math
import re
import uuid as uuidlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from dn_bodymap.atlas.conventions import LAYERS, SIDES, VIEWS
from dn_bodymap.i18n import translate
from dn_bodymap.records import input_limits, pain_field, vocab
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import ScreeningAnswer

Check = Callable[[Any, str], Any]
_MUSCLE_ID = re.compile(r"^[a-z][a-z0-9_]{0,79}$")


def _fail(where: str, value: Any, problem: str) -> RecordsError:
    return RecordsError(f"{where}: {_show(value)} {problem}")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value: Any, where: str, what: str) -> float:
    # bool is an int in Python; a JSON `true` is never a measurement. An int past 2**53
    # is no measurement either (and one past 1e308 cannot even become a float).
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or (isinstance(value, int) and abs(value) > 2**53) or not math.isfinite(value)):
        raise _fail(where, value, f"is not {what}")
    return value


def text(value: Any, where: str) -> str:
    """Free text; None is the empty text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _fail(where, value, "is not text")
    if len(value) > vocab.MAX_TEXT:
        raise RecordsError(f"{where}: " + translate("records.validate", "text of {count} "
            "characters is too long (at most {most})").format(count=len(value),
                                                             most=vocab.MAX_TEXT))
    input_limits.check_text(value, where, one_line=False)
    return value


def name(value: Any, where: str) -> str:
    """Required one-line text (a person's name)."""
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, value, translate("records.validate", "is not a name (must be non-empty "
                                            "text)"))
    if len(value) > vocab.MAX_NAME or "\n" in value:
        raise _fail(where, value, translate("records.validate", "is not a name (one line, at most "
                                            "{count} characters)").format(count=vocab.MAX_NAME))
    input_limits.check_text(value, where, one_line=True)
    if not input_limits.visible(value):
        raise _fail(where, value, translate("records.validate", "is not a name (only invisible "
                                            "characters)"))
    return value.strip()


def optional_id(value: Any, where: str) -> str | None:
    """An optional identifier: None or non-blank text; blank means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or len(value) > 100 or "\n" in value:
        raise _fail(where, value, "is not an identifier (one line, at most 100 characters)")
    input_limits.check_text(value, where, one_line=True)
    if not input_limits.visible(value):
        raise _fail(where, value, "is not an identifier (only invisible characters)")
    return value.strip()


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, value, "is not true or false")
    return value


def choice(options: Iterable[str], what: str, optional: bool = False) -> Check:
    allowed = tuple(options)

    def check(value: Any, where: str) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or value not in allowed:
            none = " or null" if optional else ""
            raise _fail(where, value, f"is not {what} (one of {', '.join(allowed)}{none})")
        return value

    return check


sex = choice(vocab.SEXES, "a sex")
answer = choice(vocab.ANSWERS, "a screening answer")
standing_answer = choice(("yes", "no"), "a standing precaution's answer")
screening_item = choice(vocab.SCREENING_ITEMS, "a screening item")
kind = choice(vocab.KINDS, "a trigger point kind", optional=True)
technique = choice(vocab.TECHNIQUES, "a needling technique", optional=True)
tolerance = choice(vocab.TOLERANCES, "a tolerance", optional=True)
status = choice(vocab.STATUSES, "a session status")
view = choice(VIEWS, "a view")
side = choice(SIDES, "a side")
layer = choice(LAYERS, "a layer")


def nprs(value: Any, where: str) -> int | None:
    """Pain on the numeric rating scale: a whole number 0 to 10, or None (not asked)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise _fail(where, value, "is not an NPRS score (a whole number from 0 to 10)")
    return value


def depth_mm(value: Any, where: str) -> float | None:
    if value is None:
        return None
    v = _number(value, where, "a depth in mm")
    if v <= 0:
        raise _fail(where, value, "is not a depth in mm (must be > 0)")
    if v > vocab.MAX_NEEDLE_LENGTH_MM:
        raise _fail(where, value, f"is not a plausible depth in mm "
                                  f"(at most {vocab.MAX_NEEDLE_LENGTH_MM:g})")
    return float(v)


def needle_length_mm(value: Any, where: str) -> float | None:
    if value is None:
        return None
    v = _number(value, where, "a needle length in mm")
    if not 0 < v <= vocab.MAX_NEEDLE_LENGTH_MM:
        raise _fail(where, value, f"is not a needle length in mm (must be > 0 and at most "
                                  f"{vocab.MAX_NEEDLE_LENGTH_MM:g})")
    return float(v)


def gauge_mm(value: Any, where: str) -> float | None:
    if value is None:
        return None
    v = _number(value, where, "a needle diameter in mm")
    if not 0 < v <= vocab.MAX_GAUGE_MM:
        raise _fail(where, value, f"is not a needle diameter in mm (must be > 0 and at most "
                                  f"{vocab.MAX_GAUGE_MM:g}, e.g. 0.25)")
    return float(v)


def ltr_count(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if (isinstance(value, bool) or not isinstance(value, int)
            or not 0 <= value <= vocab.MAX_LTR_COUNT):
        raise _fail(where, value, f"is not a count of twitch responses (a whole number from 0 "
                                  f"to {vocab.MAX_LTR_COUNT})")
    return value


def time_in_tissue_s(value: Any, where: str) -> float | None:
    if value is None:
        return None
    v = _number(value, where, "a time in seconds")
    if not 0 <= v <= vocab.MAX_TIME_IN_TISSUE_S:
        raise _fail(where, value, f"is not a time in tissue in seconds (0 to "
                                  f"{vocab.MAX_TIME_IN_TISSUE_S:g})")
    return float(v)


def coordinate(value: Any, where: str) -> float:
    return float(_number(value, where, "a coordinate (a finite number)"))


def number_in_session(value: Any, where: str) -> int:
    if (isinstance(value, bool) or not isinstance(value, int)
            or not 1 <= value <= input_limits.MAX_POINT_NUMBER):
        raise _fail(where, value, f"is not a point number (a whole number from 1 to "
                                  f"{input_limits.MAX_POINT_NUMBER:,})")
    return value


def point_id(value: Any, where: str) -> int | None:
    """None, or the id of a trigger point (whether it exists is the store's question)."""
    if value is None:
        return None
    if not record_id(value):
        raise _fail(where, value, "is not a trigger point id (a whole number from 1)")
    return value


def record_id(value: Any) -> bool:
    """Whether ``value`` can be a database id (a whole number from 1 to 2**63 - 1)."""
    return (isinstance(value, int) and not isinstance(value, bool)
            and 1 <= value <= input_limits.MAX_ID)


def muscle_id(value: Any, where: str) -> str:
    """The form of a muscle id; whether the atlas knows it is checked against the atlas."""
    if not isinstance(value, str) or not _MUSCLE_ID.match(value):
        raise _fail(where, value, "is not a muscle id (snake_case, like 'upper_trapezius')")
    return value


def referral_site(value: Any, where: str) -> str | None:
    """A referral pattern id (a muscle's trigger-point site), or None for the nearest site."""
    if value is None:
        return None
    if not isinstance(value, str) or not _MUSCLE_ID.match(value):
        raise _fail(where, value, "is not a referral site id (snake_case, like "
                                  "'upper_trapezius_posterior')")
    return value


def signing_exceptions(value: Any, where: str) -> list[dict[str, str]]:
    """[{"item", "reason"}]: checklist items signed over, each with a non-empty reason."""
    if not isinstance(value, list | tuple):
        raise _fail(where, value, "is not a list of signing exceptions")
    out = []
    for i, entry in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(entry, dict) or set(entry) != {"item", "reason"}:
            raise RecordsError(f"{at}: needs exactly the fields item and reason")
        item, reason = entry["item"], entry["reason"]
        if not isinstance(item, str) or not _MUSCLE_ID.match(item):
            raise _fail(f"{at}.item", item, "is not a checklist item id")
        if not isinstance(reason, str) or not reason.strip():
            raise RecordsError(f"{at}.reason: signing over a warning needs a reason")
        out.append({"item": item, "reason": text(reason, f"{at}.reason").strip()})
    return out


def session_uuid(value: Any, where: str) -> str:
    try:
        parsed = uuidlib.UUID(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise _fail(where, value, "is not a UUID")
    return str(parsed)


def date_of_birth(value: Any, where: str) -> str | None:
    """None, a date, or an ISO date 'YYYY-MM-DD'; stored as the ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime) or not isinstance(value, date | str):
        raise _fail(where, value, "is not a date (YYYY-MM-DD)")
    if isinstance(value, str) and not input_limits.iso_date(value):
        raise _fail(where, value, "is not a date (YYYY-MM-DD)")
    try:
        day = value if isinstance(value, date) else date.fromisoformat(value)
    except ValueError:
        raise _fail(where, value, "is not a date (YYYY-MM-DD)") from None
    if not date(1880, 1, 1) <= day <= date.today():
        raise _fail(where, value, translate("records.validate", "is not a possible date of "
                                            "birth"))
    return day.isoformat()


def local_time(value: Any, where: str) -> str:
    """A clinical date and time as entered, with its UTC offset: a timezone-aware datetime, a
    naive datetime (taken as this computer's local time) or ISO 8601 text with an offset."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.astimezone()
    elif isinstance(value, str):
        try:
            if not input_limits.iso_moment(value):
                raise ValueError  # a week date or another form Python reads silently
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise _fail(where, value, "is not a date and time (ISO 8601, like "
                                      "2025-03-14T09:30:00+01:00)") from None
        if moment.tzinfo is None:
            raise _fail(where, value, "has no UTC offset (like +01:00 or Z)")
    else:
        raise _fail(where, value, "is not a date and time")
    if not input_limits.plausible(moment):
        raise _fail(where, value, translate("records.validate", "is not a plausible date and time "
                                            "(from 1900 to a year from now)"))
    return moment.isoformat()


def optional_time(value: Any, where: str) -> str | None:
    return None if value is None else local_time(value, where)


def adverse_events(value: Any, where: str) -> tuple[str, ...]:
    """A set of adverse-event codes, stored in the vocabulary's order without repeats."""
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise _fail(where, value, "is not a list of adverse events")
    codes = list(value)
    for i, code in enumerate(codes):
        choice(vocab.ADVERSE_EVENTS, "an adverse event")(code, f"{where}[{i}]")
    return tuple(c for c in vocab.ADVERSE_EVENTS if c in codes)


SCREENING_ANSWER_KEYS = ("answer", "note", "carried", "last_confirmed")


def screening_answer(value: Any, where: str) -> ScreeningAnswer:
    """One screening item: a ScreeningAnswer, an answer id, (answer, note) or
    {"answer": ..., "note": ...} (and, as stored, "carried" and "last_confirmed")."""
    if isinstance(value, ScreeningAnswer):
        value = asdict(value)
    elif isinstance(value, str):
        value = {"answer": value}
    elif isinstance(value, tuple) and len(value) == 2:
        value = {"answer": value[0], "note": value[1]}
    if not isinstance(value, Mapping):
        raise _fail(where, value, "is not a screening answer")
    extra = sorted(set(value) - set(SCREENING_ANSWER_KEYS))
    if extra:
        raise RecordsError(f"{where}.{extra[0]}: unknown field (a screening answer has "
                           "answer and note)")
    a = ScreeningAnswer(answer(value.get("answer", "not_asked"), f"{where}.answer"),
                        text(value.get("note", ""), f"{where}.note"),
                        boolean(value.get("carried", False), f"{where}.carried"),
                        optional_time(value.get("last_confirmed"), f"{where}.last_confirmed"))
    if a.carried and (a.answer == "not_asked" or a.last_confirmed is None):
        raise RecordsError(f"{where}.carried: only a yes or no answer with the time it was "
                           "last confirmed (last_confirmed) is carried")
    if not a.carried and a.last_confirmed is not None:
        raise RecordsError(f"{where}.last_confirmed: only a carried answer has one")
    return a


def screening(value: Any, where: str) -> dict[str, ScreeningAnswer]:
    """Some or all screening items, by item id."""
    if not isinstance(value, Mapping):
        raise _fail(where, value, "is not a mapping of screening items")
    out = {}
    for item, ans in value.items():
        if item not in vocab.SCREENING_ITEMS:
            raise RecordsError(f"{where}.{item}: unknown screening item (one of "
                               f"{', '.join(vocab.SCREENING_ITEMS)})")
        out[item] = screening_answer(ans, f"{where}.{item}")
    return out


# -- the fields of each record, and their checks -------------------------------------------

PATIENT_FIELDS: dict[str, Check] = {
    "name": name, "date_of_birth": date_of_birth, "clinic_id": optional_id, "sex": sex,
    "notes": text}
SESSION_FIELDS: dict[str, Check] = {
    "started_at": local_time, "clinician_name": name, "clinician_credentials": text,
    "chief_complaint": text, "pain_before": nprs, "pain_after": nprs,
    "screening": screening, "consent": boolean, "adverse_events": adverse_events,
    "adverse_other": text, "aftercare": text, "plan": text, "follow_up": text, "notes": text,
    "since_last_visit": text, "pain_drawing": pain_field.check,
}
POINT_FIELDS: dict[str, Check] = {
    "view": view, "x": coordinate, "y": coordinate, "muscle": muscle_id, "side": side,
    "layer": layer, "kind": kind, **{f: boolean for f in vocab.FINDINGS},
    "needled": boolean, "needle_length_mm": needle_length_mm, "needle_gauge_mm": gauge_mm,
    "depth_mm": depth_mm, "technique": technique, "ltr_count": ltr_count,
    "time_in_tissue_s": time_in_tissue_s, "tolerance": tolerance, "notes": text,
    "carried_from": point_id, "confirmed": boolean, "referral_site": referral_site,
    "adverse_events": adverse_events, "depth_confirmed": boolean,
}
# What carrying a point forward copies: where it is and what it is. Findings and needling
# are today's to record, so they start empty.
CARRIED_FIELDS: tuple[str, ...] = ("view", "x", "y", "muscle", "side", "layer", "kind",
                                   "referral_site")


def fields(checks: Mapping[str, Check], values: Mapping[str, Any], what: str,
           prefix: str = "") -> dict[str, Any]:
    """Check every value of ``values`` by its field's check; unknown fields are refused."""
    out = {}
    for key, value in values.items():
        if key not in checks:
            raise RecordsError(f"{prefix}{key}: unknown {what} field")
        out[key] = checks[key](value, prefix + key)
    return out


def point_consistency(values: Mapping[str, Any], prefix: str = "") -> None:
    """Checks across fields of one trigger point."""
    depth, length = values.get("depth_mm"), values.get("needle_length_mm")
    if depth is not None and length is not None and depth > length:
        raise RecordsError(f"{prefix}depth_mm: " + translate("records.validate", "{depth} mm is "
            "deeper than the needle is long ({length} mm)").format(depth=f"{depth:g}",
                                                                    length=f"{length:g}"))
    if values.get("depth_confirmed") and depth is None:
        raise RecordsError(f"{prefix}depth_confirmed: " + translate(
            "records.validate", "there is no depth (depth_mm) to confirm"))
