"""The session panel: the visit's fields (complaint, pain scores, screening, consent, adverse
events, aftercare, plan), signing, and the addenda of a signed session (read-only).

It shows a Session and reports edits as ``edited({field: value})``; it never writes itself.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.i18n import translate
from dn_bodymap.records import vocab
from dn_bodymap.records.model import ScreeningAnswer, Session
from dn_bodymap.records.sign_check import signed_over
from dn_bodymap.ui import theme
from dn_bodymap.ui.form_fields import CheckField, Field, NumberField, TextField, W, guard_wheel


class SessionPanel(QWidget):
    edited = Signal(dict)  # {field: new value}
    sign_requested = Signal()
    addendum_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.fields: dict[str, Field] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        self.title = QLabel(translate("ui.session_panel", "No session open"))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        layout.addWidget(self.title)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.integrity = QLabel()  # a signed session: intact, or what was altered
        self.integrity.setWordWrap(True)
        self.integrity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.integrity)
        # Above the body, which a signed session disables: addenda are how it changes.
        self.addenda = QGroupBox(translate("ui.session_panel", "Addenda"))
        self.addenda_list = QVBoxLayout(self.addenda)
        layout.addWidget(self.addenda)
        self.addendum_button = QPushButton(translate("ui.session_panel", "Add a&ddendum…"))
        self.addendum_button.setToolTip(translate("ui.session_panel",
                "A dated correction or addition, signed by you; the signed session itself stays "
                "as it was"))
        self.addendum_button.clicked.connect(self.addendum_requested)
        layout.addWidget(self.addendum_button)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.since = QGroupBox(translate("ui.session_panel", "Since the last visit"))
        since = QVBoxLayout(self.since)
        self.previous = QLabel()  # what the last visit recorded going wrong
        self.previous.setWordWrap(True)
        since.addWidget(self.previous)
        reply = self._add(TextField("since_last_visit", self._report, multiline=True))
        reply.setPlaceholderText(translate("ui.session_panel",
                "how it went since (bruise gone? soreness for how long?)"))
        reply.setMaximumHeight(60)
        since.addWidget(reply)
        body.addWidget(self.since)
        form = QFormLayout()
        form.addRow(translate("ui.session_panel",
                "Chief &complaint"), self._add(TextField("chief_complaint", self._report)))
        pain = QHBoxLayout()
        pain.addWidget(QLabel(translate("ui.session_panel", "before")))
        pain.addWidget(self._add(NumberField("pain_before", self._report, low=0, high=10)))
        pain.addWidget(QLabel(translate("ui.session_panel", "after")))
        pain.addWidget(self._add(NumberField("pain_after", self._report, low=0, high=10)))
        form.addRow(translate("ui.session_panel", "Pain (NPRS 0-10)"), pain)
        body.addLayout(form)

        screen = QGroupBox(translate("ui.session_panel", "Pre-needling screen"))
        grid = QGridLayout(screen)
        self.all_no = QPushButton(translate("ui.session_panel", "Screen: all &no"))
        self.all_no.setToolTip(translate("ui.session_panel",
                "Answer every item still 'Not asked' with No (a Yes is kept); Ctrl+Z undoes it"))
        self.all_no.clicked.connect(self.answer_rest_no)
        self.confirm_carried = QPushButton(translate("ui.session_panel", "Confirm carried answers"))
        self.confirm_carried.setToolTip(translate("ui.session_panel",
                "Answers shaded amber come from the patient's standing precautions: confirm them "
                "at this visit"))
        self.confirm_carried.clicked.connect(self.confirm_all_carried)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_no)
        buttons.addWidget(self.confirm_carried)
        buttons.addStretch(1)
        grid.addLayout(buttons, 0, 0, 1, 3)
        self.screening: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for row, item in enumerate(vocab.SCREENING_ITEMS, start=1):
            answer = QComboBox()
            for a in vocab.ANSWERS:
                answer.addItem(vocab.LABELS[a], a)
            note = QLineEdit()
            note.setPlaceholderText(translate("ui.session_panel", "note"))
            note.setMinimumWidth(60)
            answer.currentIndexChanged.connect(self._screening_changed)
            note.editingFinished.connect(self._screening_changed)
            label = QLabel(vocab.LABELS[item])
            label.setWordWrap(True)  # long items wrap, so the panel fits its dock
            grid.addWidget(label, row, 0)
            grid.addWidget(answer, row, 1)
            grid.addWidget(note, row, 2)
            self.screening[item] = (answer, note)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        body.addWidget(screen)
        body.addWidget(self._add(CheckField("consent", translate("ui.session_panel",
                "Informed consen&t obtained"),
                                            self._report)))

        events = QGroupBox(translate("ui.session_panel", "Adverse events after treatment"))
        egrid = QGridLayout(events)
        self.events: dict[str, QCheckBox] = {}
        for i, code in enumerate(vocab.ADVERSE_EVENTS):
            box = QCheckBox(vocab.LABELS.get(code, "Other"))
            box.toggled.connect(self._events_changed)
            egrid.addWidget(box, i // 2, i % 2)
            self.events[code] = box
        other = self._add(TextField("adverse_other", self._report))
        other.setPlaceholderText(translate("ui.session_panel", "other adverse event"))
        egrid.addWidget(other, len(vocab.ADVERSE_EVENTS) // 2 + 1, 0, 1, 2)
        body.addWidget(events)

        more = QFormLayout()
        for name, title in (("aftercare", translate("ui.session_panel", "Afte&rcare advice")),
                            ("plan", translate("ui.session_panel", "P&lan")),
                            ("follow_up", translate("ui.session_panel", "Follow-&up")),
                            ("notes", translate("ui.session_panel", "N&otes"))):
            more.addRow(title, self._add(TextField(name, self._report, multiline=True)))
        body.addLayout(more)
        self.sign_button = QPushButton(translate("ui.session_panel", "&Sign session…"))
        self.sign_button.setToolTip(translate("ui.session_panel",
                "Signing makes the session read-only; corrections after signing are addenda"))
        self.sign_button.clicked.connect(self.sign_requested)
        body.addWidget(self.sign_button)
        layout.addWidget(self.body)
        layout.addStretch(1)
        guard_wheel(self)
        self.show_session(None)

    def _add(self, field: Field[W]) -> W:
        self.fields[field.name] = field
        return field.widget

    def _report(self, name: str, value: Any) -> None:
        if self.session is not None and not self._loading:
            self.edited.emit({name: value})

    def _screening_changed(self, *_: Any) -> None:
        if self.session is None or self._loading:
            return
        self._emit_screening(self._answers_shown())

    def _answers_shown(self) -> dict[str, ScreeningAnswer]:
        """The form's answers; an item shown as the session holds it is passed back as held,
        so an answer carried from the standing precautions stays carried (to confirm) until
        that item itself is answered."""
        held = self.session.screening if self.session is not None else {}
        out = {}
        for item, (combo, note) in self.screening.items():
            shown = ScreeningAnswer(combo.currentData(), note.text())
            was = held.get(item, ScreeningAnswer())
            out[item] = was if (was.answer, was.note) == (shown.answer, shown.note) else shown
        return out

    def _emit_screening(self, answers: dict[str, ScreeningAnswer]) -> None:
        if self.session is not None and answers != dict(self.session.screening):
            self.edited.emit({"screening": answers})

    def answer_rest_no(self) -> None:
        """Every screening item not asked becomes "no", in one stored (and undoable) change;
        items answered yes or no, and every note, stay as they are."""
        if self.session is None or self._loading:
            return
        self._emit_screening({item: ScreeningAnswer("no", a.note) if a.answer == "not_asked"
                              else a for item, a in self._answers_shown().items()})

    def confirm_all_carried(self) -> None:
        """Every answer carried from the standing precautions, confirmed as it stands, in one
        stored (and undoable) change."""
        if self.session is None or self._loading:
            return
        self._emit_screening({item: replace(a, carried=False, last_confirmed=None) if a.carried
                              else a
                              for item, a in self._answers_shown().items()})

    def show_previous(self, text: str) -> None:
        """What the last visit recorded going wrong ("" when nothing), for "since last time"."""
        self.previous.setText(translate("ui.session_panel",
                "Last visit: {text}.").format(text=text) if text else "")
        shown = self.session is not None and bool(text or self.session.since_last_visit)
        self.since.setVisible(shown)

    def _events_changed(self, *_: Any) -> None:
        if self.session is None or self._loading:
            return
        chosen = tuple(code for code, box in self.events.items() if box.isChecked())
        if chosen != tuple(self.session.adverse_events):
            self.edited.emit({"adverse_events": chosen})

    def show_session(self, session: Session | None) -> None:
        self.session = session
        self.body.setVisible(session is not None)
        self._show_addenda(session)
        if session is None:
            self.title.setText(translate("ui.session_panel",
                    "No session open: choose a patient, then New session"))
            self.status.clear()
            return
        self.title.setText(translate("ui.session_panel",
                "Session of {date} — {clinician_name}").format(
                date=session.started_at[:16].replace('T', ' '),
                clinician_name=session.clinician_name))
        if session.signed:
            self.status.setText(translate("ui.session_panel",
                    "Signed by {signed_by} on {date}: read-only. Corrections go in an "
                    "addendum.").format(
                    signed_by=session.signed_by,
                    date=(session.signed_at or "")[:16].replace("T", " "))
                                + "".join(translate("ui.session_panel",
                                        "\nSigned without {item}").format(
                                        item=x) for x in signed_over(session)))
        else:
            self.status.setText(translate("ui.session_panel",
                    "Draft: every change is saved as you make it."))
        if session.signature_note:  # how a signature from elsewhere was judged on import
            self.status.setText(f"{self.status.text()}\n{session.signature_note}")
        self._loading = True
        try:
            for field in self.fields.values():
                field.set_value(getattr(session, field.name))
            for item, (combo, note) in self.screening.items():
                answer = session.screening.get(item, ScreeningAnswer())
                combo.setCurrentIndex(max(0, combo.findData(answer.answer)))
                note.setText(answer.note)
                theme.style(combo, "carried" if answer.carried else None)
                combo.setToolTip(
                    "" if not answer.carried else
                    translate("ui.session_panel", "Carried from {date}: confirm at this visit"
                              ).format(date=answer.last_confirmed) if answer.last_confirmed else
                    translate("ui.session_panel",
                              "Carried from an earlier visit: confirm at this visit"))
            carried = sum(a.carried for a in session.screening.values())
            self.confirm_carried.setText(translate("ui.session_panel",
                    "Confirm carried answers ({carried})").format(carried=carried))
            self.confirm_carried.setVisible(bool(carried))
            for code, box in self.events.items():
                box.setChecked(code in session.adverse_events)
            self.all_no.setEnabled(any(a.answer == "not_asked"
                                       for a in session.screening.values()))
        finally:
            self._loading = False
        self.body.setEnabled(not session.signed)
        self.sign_button.setVisible(not session.signed)

    def show_integrity(self, problems: list[str] | None) -> None:
        """Store.verify_session's answer for the session shown: [] intact, None unchecked."""
        failed = bool(problems)
        digest = self.session.content_hash if self.session is not None else None
        if problems is None:
            text = ""
        elif failed:
            text = (translate("ui.session_panel",
                    "INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap.\n")
                    + "\n".join(problems))
        else:
            text = translate("ui.session_panel", "Integrity verified") + (
                translate("ui.session_panel", " · content hash {hash}").format(hash=digest[:8])
                if digest else "")
        self.integrity.setText(text)
        theme.style(self.integrity, "failed" if failed else "ok")

    def _show_addenda(self, session: Session | None) -> None:
        while self.addenda_list.count():
            item = self.addenda_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        signed = session is not None and session.signed
        self.addendum_button.setVisible(signed)
        self.addenda.setVisible(session is not None and signed and bool(session.addenda))
        for a in session.addenda if session is not None else ():
            label = QLabel(f"<b>{escape(a.at[:16].replace('T', ' '))} UTC, "
                           f"{escape(a.author)}</b><br>{escape(a.text)}".replace("\n", "<br>"))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.addenda_list.addWidget(label)

    def addenda_shown(self) -> list[str]:
        """The addenda as the panel shows them, in plain text (for tests and checks)."""
        out = []
        for i in range(self.addenda_list.count()):
            item = self.addenda_list.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                doc = QTextDocumentFragment.fromHtml(widget.text())
                out.append(doc.toPlainText())
        return out
