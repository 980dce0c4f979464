"""The main window. For now: the body canvas and a status bar that names the muscle under
the cursor; the patient list, inspector and session panel come with the records."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from dn_bodymap import __version__
from dn_bodymap.atlas import Atlas, Region
from dn_bodymap.ui.body_canvas import BodyCanvas


def describe(atlas: Atlas, regions: list[Region]) -> str:
    """'Upper trapezius (right, superficial); beneath: Supraspinatus (intermediate)'."""
    if not regions:
        return ""
    top, *deeper = regions
    text = f"{atlas.muscle(top.muscle).name} ({top.side}, {top.layer})"
    if deeper:
        text += "; beneath: " + ", ".join(
            f"{atlas.muscle(r.muscle).name} ({r.layer})" for r in deeper)
    return text


class MainWindow(QMainWindow):
    def __init__(self, atlas: Atlas) -> None:
        super().__init__()
        self.atlas = atlas
        self.setWindowTitle(f"dn-bodymap {__version__}")
        self.canvas = BodyCanvas(atlas, self)
        self.setCentralWidget(self.canvas)
        self.hover_label = QLabel()
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().addPermanentWidget(QLabel(f"Atlas {atlas.data_version}"))
        for item in self.canvas.items_by_view.values():
            item.hovered.connect(self._on_hover)
        self.resize(1100, 900)

    def _on_hover(self, view: str, x: float, y: float, regions: list[Region]) -> None:
        text = describe(self.atlas, regions)
        self.hover_label.setText(text)
        self.canvas.setToolTip(text)
