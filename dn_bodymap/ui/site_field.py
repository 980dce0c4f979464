"""The referral site of a point in a muscle with several classic sites: which site its zones
are drawn from (the nearest, or the one the clinician chose), and the choice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from dn_bodymap import i18n
from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.referral_sites import site_name, site_of, sites_of
from dn_bodymap.i18n import translate, translate_data
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.ui import theme


class SiteField(QGroupBox):
    """Shown only for a muscle with more than one site. Reports ``("referral_site", id)``,
    None for the nearest site."""

    def __init__(self, atlas: Atlas, report: Callable[[str, Any], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.site_field", "Referral site"), parent)
        self.atlas = atlas
        self._report = report
        self.combo = QComboBox()
        self.combo.setToolTip(translate("ui.site_field",
                "Which of the muscle's trigger-point sites this point is: its referral zones are "
                "drawn from that site's pattern"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)  # the list itself opens wide enough
        self.combo.activated.connect(self._activated)  # the user's choice, not loading
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.style(self.note, "muted")
        box = QVBoxLayout(self)
        box.addWidget(self.combo)
        box.addWidget(self.note)
        self.hide()

    def show_point(self, point: TriggerPoint | None) -> None:
        sites = sites_of(self.atlas, point.muscle, point.side) \
            if point is not None and point.muscle in self.atlas.muscles else []
        match = site_of(self.atlas, point) if len(sites) > 1 and point is not None else None
        self.setVisible(match is not None)
        if match is None or point is None:
            return
        self.combo.clear()
        nearest = site_of(self.atlas, replace(point, referral_site=None))
        short = site_name(nearest.pattern.id).split(" — ")[0] if nearest else ""
        nearest_text = translate("ui.site_field", "Nearest site")
        self.combo.addItem(f"{nearest_text} ({short.lower()})" if short else nearest_text, None)
        for pattern in sites:
            self.combo.addItem(site_name(pattern.id), pattern.id)
        self.combo.setCurrentIndex(self.combo.findData(point.referral_site)
                                   if match.chosen else 0)
        if match.chosen:
            how = translate("ui.site_field", "Chosen by you.")
        elif match.close_call:
            how = (translate("ui.site_field",
                    "Matched to the nearest site, but another is almost as near: choose the one "
                    "you palpated."))
        else:
            how = translate("ui.site_field", "Matched to the nearest site.")
        self.note.setText(translate("ui.site_field",
                "{how} Refers: {description}").format(
                how=how,
                description=translate_data(i18n.PATTERN, match.pattern.description)))

    def _activated(self, index: int) -> None:
        self._report("referral_site", self.combo.itemData(index))
