"""The history table's model: a patient's sessions as lines, drawn on demand (a view asks
only for the lines it shows), so a 500-session history costs its query, not 2,500 cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dn_bodymap.i18n import QT_TRANSLATE_NOOP, translate, translate_data
from dn_bodymap.records.model import HistoryRow
from dn_bodymap.records.vocab import LABELS
from dn_bodymap.report.document import pain_change

HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("ui.history_model", "Date"),
    QT_TRANSLATE_NOOP("ui.history_model", "Clinician"),
    QT_TRANSLATE_NOOP("ui.history_model", "Active / latent"),
    QT_TRANSLATE_NOOP("ui.history_model", "Pain"),
    QT_TRANSLATE_NOOP("ui.history_model", "Status"))
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def history_cells(row: HistoryRow) -> tuple[str, ...]:
    pain = pain_change(row.pain_before, row.pain_after)
    counts = f"{row.active} / {row.latent}" + (translate("ui.history_model",
            " (+{unconfirmed} to re-check)").format(unconfirmed=row.unconfirmed)
                                               if row.unconfirmed else "")
    addenda = (translate("ui.history_model", ", 1 addendum") if row.addenda == 1 else
               translate("ui.history_model", ", {n} addenda").format(n=row.addenda))
    status = LABELS.get(row.status, row.status).lower() + (addenda if row.addenda else "")
    return (row.date[:16].replace("T", " "), row.clinician, counts, pain, status)


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[HistoryRow] = []
        self._cells: dict[int, tuple[str, ...]] = {}  # by line, made when first shown

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows, self._cells = rows, {}
        self.endResetModel()

    def set_row(self, i: int, row: HistoryRow) -> None:
        """One line changed (the open session's), redrawn alone."""
        self.rows[i] = row
        self._cells.pop(i, None)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(HISTORY_COLUMNS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HISTORY_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for a dozen roles per cell when sizing and drawing: the others, at once.
        if role == _DISPLAY:
            i = index.row()
            if i not in self._cells:
                self._cells[i] = history_cells(self.rows[i])
            return self._cells[i][index.column()]
        if role == _TIP and self.rows[index.row()].addenda:
            # The status (with its addenda) on every cell: the column may be scrolled away.
            return history_cells(self.rows[index.row()])[-1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate_data("ui.history_model", HISTORY_COLUMNS[section])
        return None
