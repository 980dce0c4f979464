"""Reviewing a patient's earlier sessions: the history list, matching points across two
sessions (new, persisting, resolved) and the series of a progress chart. No Qt here: the
views in dn_bodymap.ui draw what these functions return, and tests call them directly.
"""

from dn_bodymap.review.history import HistoryRow, history, previous_session
from dn_bodymap.review.matching import MATCH_DISTANCE, Match, match_points, tally
from dn_bodymap.review.progress import MuscleSide, PainPoint, active_counts, pain_series

__all__ = ["MATCH_DISTANCE", "HistoryRow", "Match", "MuscleSide", "PainPoint", "active_counts",
           "history", "match_points", "pain_series", "previous_session", "tally"]
