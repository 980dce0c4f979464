"""Who is at the window: the sign-in when the records have clinician accounts, and the lock
after a while without use, which hides every patient's data until a password is given.

Without accounts none of this shows: the window opens as it always did. Locked, the window
shows the lock screen instead of the body views, hides the docks (patients, sessions, the
points and panels) and toolbars, disables every action but Quit (no shortcut prints a map
behind the lock), names no patient in its title, cancels the dialog open over it (nothing
in one is stored before it is accepted) and hides the comparison and progress windows
until unlocked. Another account may unlock: the window then works as that clinician.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap import settings as app_settings
from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Account
from dn_bodymap.records.store import Store
from dn_bodymap.ui import theme
from dn_bodymap.ui.qt_present import present

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

CHECK_MS = 5000  # how often the idle time is compared with the limit
_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


def locked_title() -> str:
    """The locked window's title (built when shown: a constant would stay English)."""
    return translate("ui.guard", "dn-bodymap — locked")


class SignInForm(QWidget):
    """An account (chosen from the list) and its password; ``submitted`` on Enter."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.account = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submitted)
        self.problem = QLabel()
        theme.style(self.problem, "problem")
        self.problem.hide()
        form.addRow(translate("ui.guard", "&Account"), self.account)
        form.addRow(translate("ui.guard", "&Password"), self.password)
        form.addRow(self.problem)

    def reload(self, accounts: list[Account], preferred: str) -> None:
        self.account.clear()
        for a in accounts:
            if not a.disabled:
                self.account.addItem(a.clinician.signature, a.name)
        found = [i for i in range(self.account.count())
                 if str(self.account.itemData(i)).casefold() == preferred.casefold()]
        self.account.setCurrentIndex(found[0] if found else 0)
        self.problem.hide()
        self.password.clear()
        self.password.setFocus()

    def check(self, store: Store) -> Account | None:
        """The account if the password is its own; else None, the refusal shown."""
        try:
            account = store.check_password(self.account.currentData() or "",
                                           self.password.text())
        except RecordsError as exc:
            self.problem.setText(translate("ui.guard", "Not signed in: {exc}.").format(exc=exc))
            self.problem.show()
            self.password.clear()
            self.password.setFocus()
            return None
        self.password.clear()
        self.problem.hide()
        return account


class SignInDialog(QDialog):
    """At start, over the locked window: sign in, or Quit."""

    def __init__(self, store: Store, preferred: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.guard", "Sign in — dn-bodymap"))
        self.store = store
        self.account: Account | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ui.guard",
                "These records are kept under clinician accounts. Sign in to open them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = SignInForm()
        self.form.reload(store.accounts(), preferred)
        self.form.submitted.connect(self.accept)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(translate("ui.guard",
                "&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ui.guard", "&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def accept(self) -> None:
        self.account = self.form.check(self.store)
        if self.account is not None:
            super().accept()


class LockScreen(QWidget):
    """What the locked window shows: no patient, only who may unlock it."""

    unlocked = Signal(object)  # the Account whose password was given

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(460)  # wrapped text needs a width to know its height
        inner = QVBoxLayout(box)
        title = QLabel(translate("ui.guard", "<h2>dn-bodymap is locked</h2>"))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.form = SignInForm()
        self.form.submitted.connect(self._unlock)
        self.button = QPushButton(translate("ui.guard", "&Unlock"))
        self.button.clicked.connect(self._unlock)
        for widget in (title, self.why, self.form, self.button):
            inner.addWidget(widget)
        row = QHBoxLayout()  # centred by stretches: an aligned item would get no height for
        row.addStretch(1)  # its wrapped text, and its fields would be squeezed
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, preferred: str, why: str) -> None:
        self.why.setText(why)
        self.form.reload(self.store.accounts(), preferred)

    def _unlock(self) -> None:
        account = self.form.check(self.store)
        if account is not None:
            self.unlocked.emit(account)


class Guard(QObject):
    """The window's sign-in and idle lock. ``stack`` is the window's central widget: the
    charting ``content`` or the lock screen. A test stands in for passing time with
    ``clock`` (seconds) and ``check_idle()``."""

    def __init__(self, window: MainWindow, content: QWidget) -> None:
        super().__init__(window)
        self.w = window
        self.account: Account | None = None
        self.clock: Callable[[], float] = time.monotonic
        self.last_input = self.clock()
        self.minutes = app_settings.idle_lock_minutes(window.settings)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.screen = LockScreen(window.store)
        self.stack.addWidget(self.screen)
        self.screen.unlocked.connect(self.unlock)
        self.dialog: SignInDialog | None = None
        self._title = ""
        self._shown: list[QWidget] = []  # docks, toolbars and windows hidden by the lock
        self._disabled: list[QAction] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        window.windowTitleChanged.connect(self._keep_title)

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.screen

    def sign_in(self) -> bool:
        """The modal sign-in over the locked window; False when the user chose Quit."""
        self.lock()
        self.dialog = SignInDialog(self.w.store, app_settings.last_account(self.w.settings),
                                   self.w)
        if not self.dialog.exec() or self.dialog.account is None:
            return False
        self.unlock(self.dialog.account)
        return True

    def signed_in(self, account: Account) -> None:
        """``account`` works at the window from now on (its profile, its signature)."""
        self.account = account
        app_settings.save_last_account(self.w.settings, account.name)
        self.set_minutes(self.minutes)

    def set_minutes(self, minutes: int) -> None:
        """The idle time before locking (0: never); watched only while signed in."""
        self.minutes = minutes
        self.last_input = self.clock()
        app = present(QApplication.instance())  # a window exists: so does the application
        if self.account is not None and minutes > 0:
            app.installEventFilter(self)
            self.timer.start()
        else:
            app.removeEventFilter(self)
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = self.clock()
        return False

    def check_idle(self) -> bool:
        """Lock when nobody has used the program for the set time; True if it locked."""
        if self.account is None or self.minutes <= 0 or self.locked:
            return False
        if self.clock() - self.last_input < self.minutes * 60:
            return False
        self.lock(translate("ui.guard",
                "Locked after {minutes} minutes without use. Patient records are hidden until "
                "the password is given again.").format(minutes=self.minutes))
        return True

    def lock(self, why: str | None = None) -> None:
        if self.locked:
            return
        if why is None:  # here, not as the default: a default is made once, at import
            why = translate("ui.guard", "Sign in to see patient records.")
        w = self.w
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # text being typed is stored first (fields store on leaving)
        w.editor.close_chooser()
        for top in QApplication.topLevelWidgets():
            if top is w or not top.isVisible() or not _owned_by(top, w):
                continue
            if not isinstance(top, QDialog):
                top.close()  # a menu, a drop-down list, a tooltip
            elif top.isModal():
                top.reject()  # nothing in it was stored yet; it is not reopened
            else:  # the comparison or progress window: back when unlocked
                top.hide()
                self._shown.append(top)
        bars = (w.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                + w.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly))
        for bar in bars:
            if not bar.isHidden():  # (before the window is shown, none is visible yet)
                bar.hide()
                self._shown.append(bar)
        self._disabled = [a for a in w.actions() if a.isEnabled() and a is not w.act["quit"]]
        for action in self._disabled:
            action.setEnabled(False)
        self._title = w.windowTitle()
        self.stack.setCurrentWidget(self.screen)
        w.setWindowTitle(locked_title())
        w.statusBar().clearMessage()
        w.hover_label.clear()
        preferred = self.account.name if self.account else app_settings.last_account(
            w.settings)
        self.screen.prepare(preferred, why)

    def unlock(self, account: Account) -> None:
        """Show the records again, to ``account`` (whose password was just given)."""
        other = self.account is not None and account.id != self.account.id
        self.signed_in(account)
        self.stack.setCurrentIndex(0)
        for widget in self._shown:
            widget.show()
        for action in self._disabled:
            action.setEnabled(True)
        self._shown, self._disabled = [], []
        self.w.setWindowTitle(self._title)
        if other:
            self.w.statusBar().showMessage(
                translate("ui.guard",
                        "Signed in as {signature}.").format(
                        signature=account.clinician.signature), 8000)

    def _keep_title(self, title: str) -> None:
        if self.locked and title != locked_title():  # a patient's name, set behind the lock
            self._title = title
            self.w.setWindowTitle(locked_title())


def _owned_by(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
