"""Teamdatabase openen: server, database, the person's own login and password, the team's shared media folder and
how the connection is secured (certificate files when the administrator gave them). Openen tries to sign in on a
worker thread, so a slow server never freezes the window; a refusal is said in the dialog, which stays open with
everything filled in. The address is remembered for next time (recent.py), the password only in the system
keyring and only when asked."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import team_connection
from kijkwijzer.services.context import Context
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.services.team_connection import DEFAULT_PORT, TeamAddress, describe
from kijkwijzer.workspace import Workspace

from ..i18n import current_lang
from ..workers import Workers
from . import recent

ERROR_STYLE = "color: #b42318;"


def _open(workspace: Workspace, cancelled: threading.Event) -> Context | None:
    """On the worker: sign in; a context nobody waits for any more is closed again at once."""
    ctx = open_context(workspace)
    if cancelled.is_set():
        ctx.store.dispose()
        return None
    return ctx


class TeamConnectDialog(QDialog):
    """Accepted once the team database is open: `opened` is then the context acting as the signed-in member."""

    def __init__(self, parent: QWidget | None = None, *, address: TeamAddress | None = None,
                 error: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("teamConnectDialog")
        self.setWindowTitle(self.tr("Teamdatabase openen"))
        self.opened: Context | None = None
        self._attempted: TeamAddress | None = None
        self.workers = Workers(self, threads=1)
        self._cancelled = threading.Event()
        self._busy = False
        self.recent = recent.load()
        self.keyring = team_connection.keyring_works()
        body = QVBoxLayout(self)
        intro = QLabel(self.tr("Open de gedeelde database van uw team. U meldt zich aan met uw eigen login: wat u "
                               "ziet en doet, volgt daaruit. De gegevens krijgt u van de beheerder."), self)
        intro.setWordWrap(True)
        body.addWidget(intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body.addLayout(self.form)
        self._fields()
        self.use_certificates = QCheckBox(self.tr("&Certificaatbestanden gebruiken (als de beheerder ze gaf)"), self)
        self.use_certificates.setObjectName("useCertificates")
        body.addWidget(self.use_certificates)
        self.certificates = QWidget(self)
        self.cert_form = QFormLayout(self.certificates)
        self.cert_form.setContentsMargins(18, 0, 0, 0)
        self.client_cert = self._file_row(self.tr("Uw certi&ficaat:"), "clientCert", self.tr("Uw certificaat kiezen"))
        self.client_key = self._file_row(self.tr("Uw sl&eutel:"), "clientKey", self.tr("Uw sleutel kiezen"))
        self.root_cert = self._file_row(self.tr("&Root-certificaat:"), "rootCert",
                                        self.tr("Root-certificaat van de server kiezen"))
        body.addWidget(self.certificates)
        self.use_certificates.toggled.connect(self._show_certificates)
        self.remember = QCheckBox(self.tr("Wachtwoord ont&houden in de sleutelbos van het systeem"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setToolTip(self.tr("Dan vult Kijkwijzer het wachtwoord op deze computer voortaan zelf in."))
        self.remember.setVisible(self.keyring)
        body.addWidget(self.remember)
        self.status = QLabel(self)
        self.status.setObjectName("teamConnectStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        body.addWidget(self.status)
        self.error = QLabel(self)
        self.error.setObjectName("teamConnectError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Openen"), self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("&Annuleren"), self)
        cancel.setObjectName("cancelButton")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        body.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.fill(address or (self.recent[0] if self.recent else None))
        self.show_error(error)
        self._first_empty().setFocus()

    # --- building ------------------------------------------------------------------------------------------
    def _fields(self) -> None:
        self.recent_box = QComboBox(self)
        self.recent_box.setObjectName("recentTeamDatabases")
        for address in self.recent:
            self.recent_box.addItem(describe(address), address)
        self.recent_box.activated.connect(lambda index: self.fill(self.recent_box.itemData(index)))
        if len(self.recent) > 1:
            self._row(self.tr("Eerder gebr&uikt:"), self.recent_box)
        else:
            self.recent_box.hide()
        self.host = self._line("host", self.tr("&Server:"), self.tr("bijvoorbeeld db.gemeente.nl"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(110)
        self._row(self.tr("&Poort:"), self.port)
        self.database = self._line("database", self.tr("&Database:"), self.tr("bijvoorbeeld kijkwijzer"))
        self.login = self._line("login", self.tr("&Login:"), self.tr("uw eigen login, niet die van een collega"))
        self.password = self._line("password", self.tr("&Wachtwoord:"),
                                   self.tr("leeg laten bij aanmelden met een certificaat"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.media = QLineEdit(self)
        self.media.setObjectName("mediaDir")
        self.media.setPlaceholderText(self.tr("de map die het team deelt"))
        browse = QPushButton(self.tr("&Bladeren…"), self)
        browse.setObjectName("browseMedia")
        browse.clicked.connect(self._choose_media)
        self._row(self.tr("Gedeelde &mediamap:"), self._with_button(self.media, browse), self.media)
        self.tls = QComboBox(self)
        self.tls.setObjectName("tls")
        for mode, label in (("prefer", self.tr("Beveiligd als de server dat kan (standaard)")),
                            ("require", self.tr("Altijd beveiligd")),
                            ("verify-full", self.tr("Altijd beveiligd, en de server gecontroleerd"))):
            self.tls.addItem(label, mode)
        self.tls.setToolTip(self.tr("Vraag de beheerder welke keuze past. Voor 'de server gecontroleerd' is het "
                                    "root-certificaat van de server nodig."))
        self._row(self.tr("Beveiligde &verbinding:"), self.tls)

    def _row(self, text: str, field: QWidget, buddy: QWidget | None = None,
             form: QFormLayout | None = None) -> None:
        caption = QLabel(text, self)
        caption.setBuddy(buddy or field)
        (form or self.form).addRow(caption, field)

    def _line(self, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self._row(text, edit)
        return edit

    def _with_button(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        return row

    def _file_row(self, text: str, name: str, title: str) -> QLineEdit:
        edit = QLineEdit(self.certificates)
        edit.setObjectName(name)
        browse = QPushButton(self.tr("Kiezen…"), self.certificates)
        browse.setObjectName(f"{name}Browse")
        browse.clicked.connect(lambda: self._choose_file(edit, title))
        self._row(text, self._with_button(edit, browse), edit, self.cert_form)
        return edit

    def _show_certificates(self, shown: bool) -> None:
        self.certificates.setVisible(shown)
        self.adjustSize()

    def _choose_media(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Gedeelde mediamap kiezen"),
                                                  self.media.text() or str(Path.home()))
        if folder:
            self.media.setText(folder)

    def _choose_file(self, edit: QLineEdit, title: str) -> None:
        kinds = self.tr("Certificaten (*.crt *.pem *.key *.cer);;Alle bestanden (*)")
        chosen, _filter = QFileDialog.getOpenFileName(self, title, edit.text() or str(Path.home()), kinds)
        if chosen:
            edit.setText(chosen)

    def _first_empty(self) -> QWidget:
        for edit in (self.host, self.database, self.login, self.password, self.media):
            if not edit.text():
                return edit
        return self.password

    # --- the address ---------------------------------------------------------------------------------------
    def fill(self, address: TeamAddress | None) -> None:
        """Put an address in the fields (and its remembered password, when the keyring has one)."""
        if address is None:
            self._show_certificates(False)
            return
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.login.setText(address.login)
        self.media.setText(str(address.media_dir))
        self.tls.setCurrentIndex(max(0, self.tls.findData(address.tls)))
        for edit, path in ((self.client_cert, address.client_cert), (self.client_key, address.client_key),
                           (self.root_cert, address.root_cert)):
            edit.setText(str(path) if path is not None else "")
        certificates = any(p is not None for p in (address.client_cert, address.client_key, address.root_cert))
        self.use_certificates.setChecked(certificates)
        self._show_certificates(certificates)
        kept = team_connection.remembered_password(address) if self.keyring else None
        self.password.setText(kept or "")
        self.remember.setChecked(kept is not None)

    def address(self) -> TeamAddress:
        """What the fields say (checked when opening: services/team_connection.check)."""
        files = self.use_certificates.isChecked()

        def path(edit: QLineEdit) -> Path | None:
            return Path(edit.text().strip()) if files and edit.text().strip() else None

        media = self.media.text().strip()
        return TeamAddress(host=self.host.text(), port=self.port.value(), database=self.database.text(),
                           login=self.login.text(), media_dir=Path(media) if media else Path(""),
                           tls=str(self.tls.currentData()), client_cert=path(self.client_cert),
                           client_key=path(self.client_key), root_cert=path(self.root_cert))

    # --- opening ---------------------------------------------------------------------------------------------
    def show_error(self, error: BaseException | str) -> None:
        if isinstance(error, KijkwijzerError):
            text = error.message(current_lang())
        elif isinstance(error, BaseException):
            text = self.tr("Openen is mislukt: {error}").format(error=error)
        else:
            text = error
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def busy(self) -> bool:
        return self._busy

    def attempt(self) -> None:
        """Openen: check the address, then sign in on the worker; the answer arrives in _opened / _refused."""
        if self._busy:
            return
        address = self.address()
        try:
            workspace = team_connection.workspace_for(address, self.password.text())
        except KijkwijzerError as error:
            self.show_error(error)
            return
        self._attempted = team_connection.check(address)
        self._set_busy(True)
        self.show_error("")
        self.status.setText(self.tr("Verbinden met {server}… (hooguit {seconds} seconden)").format(
            server=self._attempted.host, seconds=team_connection.CONNECT_TIMEOUT_S))
        self.workers.run(lambda: _open(workspace, self._cancelled), self._opened, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.status.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        for widget in (self.recent_box, self.host, self.port, self.database, self.login, self.password, self.media,
                       self.tls, self.use_certificates, self.certificates, self.remember):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _opened(self, ctx: object) -> None:
        if not isinstance(ctx, Context):
            return
        if self._cancelled.is_set():  # Annuleren while the server was still answering
            ctx.store.dispose()
            return
        self._set_busy(False)
        address = self._attempted
        assert address is not None
        recent.remember(address)
        if self.keyring and self.remember.isChecked():
            team_connection.remember_password(address, self.password.text())
        elif self.keyring:
            team_connection.forget_password(address)
        self.opened = ctx
        self.accept()

    def _refused(self, error: Exception) -> None:
        if self._cancelled.is_set():
            return
        self._set_busy(False)
        self.show_error(team_connection.explained(error, self._attempted) if self._attempted else error)
        self.password.setFocus()
        self.password.selectAll()

    def reject(self) -> None:
        if self._busy:
            self._cancelled.set()  # the worker closes what it still opens; the dialog does not wait for it
        super().reject()
