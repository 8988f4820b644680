"""The main window: first run → lock screen → workspace. Locking disposes the store (engine and key) and throws the
workspace away, so no personal data stays on screen or in widgets.

The workspace reaches the data only through the services (`self.bediening.d`); every write goes out in
`bediening.sig_gewijzigd`, and the caseload and the Gegevens tab reload from it, as every open view does."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from desktop_app.core.instellingen import Instellingen
from koers_protocol.namen import Soort

from .background import run_in_background, wait_for_background
from .bediening import Bediening
from .lock_screen import FirstRunScreen, InUseScreen, LockScreen
from .meldingen import melding
from .session_watch import SessionWatcher

AUTO_SYNC_MS = 5 * 60_000
INPUT_EVENTS = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel, QEvent.TouchBegin}


class _Activity(QObject):
    """Restarts the idle timer on any keyboard or mouse input anywhere in the app."""

    def __init__(self, timer: QTimer):
        super().__init__(timer)
        self.timer = timer

    def eventFilter(self, obj, event):
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    sig_locked = Signal()
    sig_unlocked = Signal()

    def __init__(self, store_dir: Path, *, idle_minutes: float | None = None, vandaag: dt.date | None = None,
                 instellingen: Instellingen | None = None, parent=None):
        super().__init__(parent)
        self.instellingen = instellingen or Instellingen()
        if idle_minutes is None:
            idle_minutes = self.instellingen.vergrendel_na_minuten
        self.store_dir = Path(store_dir)
        self.store = None
        self.bediening: Bediening | None = None
        self.workspace: QWidget | None = None
        self.startklas = self.sync_view = None
        self._vandaag = vandaag
        self.setWindowTitle("Koers")
        self.resize(1200, 760)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(idle_minutes * 60_000))
        self.idle.timeout.connect(self.lock)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().installEventFilter(_Activity(self.idle))
        self.session = SessionWatcher(self)
        self.session.sig_lock.connect(self.lock)

        self._menu()
        from desktop_app.store import instantie
        from desktop_app.store.errors import StoreInUse
        from desktop_app.store.layout import DB_FILE, KEY_FILE
        self._instantie = False
        try:     # one Koers per store, held from the lock screen on until this window closes
            self.store_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            instantie.neem(self.store_dir)
            self._instantie = True
        except (StoreInUse, OSError) as fout:
            scherm = InUseScreen(str(fout))
            self.stack.addWidget(scherm)
            self.stack.setCurrentWidget(scherm)
            return
        if (self.store_dir / KEY_FILE).exists() or (self.store_dir / DB_FILE).exists():
            self._toon_slot()
        else:
            eerste = FirstRunScreen(self.store_dir)
            eerste.sig_created.connect(self._open)
            self.stack.addWidget(eerste)
            self.stack.setCurrentWidget(eerste)
            eerste.setFocus()

    @property
    def vandaag(self) -> dt.date:
        return self._vandaag or dt.date.today()

    def _menu(self) -> None:
        bestand = self.menuBar().addMenu(self.tr("&Bestand"))
        self.actie_nieuw = QAction(self.tr("&Nieuwe inburgeraar…"), self, shortcut=QKeySequence.New,
                                   triggered=self.nieuwe_inburgeraar)
        self.actie_zoek = QAction(self.tr("&Zoeken"), self, shortcut=QKeySequence.Find, triggered=self._zoek)
        self.actie_slot = QAction(self.tr("&Vergrendelen"), self, shortcut=QKeySequence("Ctrl+L"), triggered=self.lock)
        self.actie_wachtwoord = QAction(self.tr("&Wachtwoord wijzigen…"), self, triggered=self.wijzig_wachtwoord)
        afsluiten = QAction(self.tr("&Afsluiten"), self, shortcut=QKeySequence.Quit, triggered=self.close)
        for actie in (self.actie_nieuw, self.actie_zoek, self.actie_slot, self.actie_wachtwoord):
            bestand.addAction(actie)
            actie.setEnabled(False)
        bestand.addSeparator()
        bestand.addAction(QAction(self.tr("&Instellingen…"), self, shortcut=QKeySequence("Ctrl+,"),
                                  triggered=self.toon_instellingen))
        bestand.addSeparator()
        bestand.addAction(afsluiten)
        hulp = self.menuBar().addMenu(self.tr("&Help"))
        hulp.addAction(QAction(self.tr("&Help bij dit scherm"), self, shortcut=QKeySequence.HelpContents,
                               triggered=self.toon_help))
        hulp.addAction(QAction(self.tr("&Over Koers"), self, triggered=self.toon_over))
        # EXTENSION POINT: menus — add menus/actions that need an open store to self._store_acties
        self._store_acties = [self.actie_nieuw, self.actie_zoek, self.actie_slot, self.actie_wachtwoord]

    # -- lock / unlock ---------------------------------------------------------------------------------------------
    def _toon_slot(self) -> None:
        slot = LockScreen(self.store_dir)
        slot.sig_unlocked.connect(self._open)
        self.stack.addWidget(slot)
        self.stack.setCurrentWidget(slot)
        slot.setFocus()

    def _open(self, store) -> None:
        from desktop_app.diensten import Diensten
        self.store = store
        self.bediening = Bediening(Diensten(store, vandaag=self._vandaag, instellingen=self.instellingen), self)
        self.bediening.sig_gewijzigd.connect(self._gewijzigd)
        for w in [self.stack.widget(i) for i in range(self.stack.count())]:
            self.stack.removeWidget(w)
            w.deleteLater()
        self.workspace = self._bouw_workspace()
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        for actie in self._store_acties:
            actie.setEnabled(True)
        d = self.bediening.d
        self.actie_nieuw.setEnabled(d.rol.werkt_met_dossiers)
        from .domeinlabels import domein_tr
        self.statusBar().showMessage(self.tr("Ingelogd als %1 (%2)").replace("%1", d.gebruiker)
                                     .replace("%2", domein_tr(d.rol)))
        self.idle.start()
        run_in_background(lambda _: store.dagelijkse_backup(), on_failure=lambda fout: self.statusBar().showMessage(
            self.tr("Geen dagelijkse back-up gemaakt: %1").replace("%1", str(fout))))
        QTimer.singleShot(0, self._hervat_concepten)
        self.sig_unlocked.emit()

    def _bewaar_alles(self) -> None:
        """Views that delay their autosave (the scoring grid 600 ms, text fields until a typing pause) write what is
        pending now, before the store closes."""
        if self.workspace is None:
            return
        if self.startklas is not None:
            self.startklas.bewaar()
        if self.caseload is not None:
            for i in range(self.detail.count()):
                bewaar_nu = getattr(self.detail.widget(i), "bewaar_nu", None)
                if bewaar_nu:
                    bewaar_nu()

    def _sluit_vensters(self) -> None:
        """Every other window and dialog closes on lock: they may show personal data. A half-finished edit of an
        inburgeraar is saved when it is valid, else kept as an encrypted draft and offered again after unlock."""
        from PySide6.QtWidgets import QApplication, QDialog
        from desktop_app.store.errors import StoreError
        from .inburgeraar_dialog import InburgeraarDialog
        for venster in QApplication.topLevelWidgets():
            if venster is self or not venster.isVisible():
                continue
            if isinstance(venster, InburgeraarDialog) and self.bediening is not None:
                ib, fouten = venster.lees()
                inburgeraars = self.bediening.d.inburgeraars
                try:
                    if fouten:
                        inburgeraars.bewaar_concept(venster.concept_sleutel or f"inburgeraar:{ib.id}",
                                                    venster.origineel.id if venster.origineel else None,
                                                    venster.teksten())
                    else:
                        self.bediening.schrijf(lambda d: d.inburgeraars.bewaar(ib))
                        if venster.concept_sleutel:
                            inburgeraars.verwijder_concept(venster.concept_sleutel)
                except StoreError:
                    pass     # the disk is full or the store is gone: nothing more can be kept; the dialog closes
            if isinstance(venster, QDialog):
                venster.done(QDialog.Rejected)
            else:
                venster.close()

    def lock(self) -> None:
        if self.store is None:
            return
        self._bewaar_alles()
        self._sluit_vensters()
        self.idle.stop()
        for actie in self._store_acties:
            actie.setEnabled(False)
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.bediening.sluit()
        self.store.close()
        self.store = self.bediening = None
        self.statusBar().clearMessage()
        self._toon_slot()
        self.sig_locked.emit()

    def closeEvent(self, event) -> None:
        self._bewaar_alles()
        wait_for_background()
        if self.store is not None:
            self.bediening.sluit()
            self.store.close()
            self.store = self.bediening = None
        if self._instantie:
            from desktop_app.store import instantie
            instantie.laat_los(self.store_dir)
            self._instantie = False
        super().closeEvent(event)

    # -- workspace -------------------------------------------------------------------------------------------------
    def _bouw_workspace(self) -> QWidget:
        self._fabrieken: dict[QWidget, object] = {}
        self.modules = QTabWidget()
        self.modules.currentChanged.connect(lambda i: self._bouw_tab(self.modules, i))
        self.modules.setAccessibleName(self.tr("Onderdelen"))
        self.caseload = None
        if self.bediening.d.rol.werkt_met_dossiers:
            from .caseload import CaseloadView
            self.caseload = CaseloadView()
            self.caseload.sig_selected.connect(self.toon_inburgeraar)
            self.detail = QTabWidget()
            self.detail.setAccessibleName(self.tr("Inburgeraar"))
            self.detail.currentChanged.connect(lambda i: self._bouw_tab(self.detail, i))
            self._toon_niemand()
            splitter = QSplitter(Qt.Horizontal)
            splitter.addWidget(self.caseload)
            splitter.addWidget(self.detail)
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 3)
            self.modules.addTab(splitter, self.tr("&Caseload"))
            self.herlaad_caseload()
        self._modules(self.modules)
        if self.modules.count() == 0:
            self.modules.addTab(self._leeg(self.tr("Geen onderdelen beschikbaar voor deze rol.")), "Koers")
        return self.modules

    def _modules(self, modules: QTabWidget) -> None:
        """Whole-screen modules besides the caseload (the only ones on a docent's installation). Each is built when
        first shown, so unlocking does not wait for screens nobody opened yet."""
        # EXTENSION POINT: modules — add a factory with self._lazy_tab(modules, factory, title)
        self.startklas = self.sync_view = None

        def startklas():
            from .observatie import StartklasView
            self.startklas = StartklasView(self.bediening)
            return self.startklas

        def synchronisatie():
            from .sync_view import SyncView
            self.sync_view = SyncView(self.bediening)
            return self.sync_view

        self._lazy_tab(modules, startklas, self.tr("&Startklas"))
        self._lazy_tab(modules, synchronisatie, self.tr("S&ynchroniseren"))
        self._sync_tab = modules.count() - 1
        if modules.count() and self.caseload is None:
            self._bouw_tab(modules, 0)
        # Once enrolled, sync by itself every few minutes: a consultant back from the AZC should not have to remember
        # it, and a round without network simply fails and is tried again at the next tick. The timer belongs to the
        # workspace, so locking stops it.
        self._synchroniseert = False
        self.auto_sync = QTimer(modules)
        self.auto_sync.setInterval(AUTO_SYNC_MS)
        self.auto_sync.timeout.connect(self._synchroniseer_vanzelf)
        self.auto_sync.start()

    def _synchroniseer_vanzelf(self) -> None:
        """A round on the background worker, like any other background work; the sync screen, built or not, hears
        of it through the change signal (and shows the outcome when it is open)."""
        if self.bediening is None or self._synchroniseert or not self.bediening.d.sync.is_aangemeld():
            return
        self._synchroniseert = True

        def klaar(_=None) -> None:
            self._synchroniseert = False

        self.bediening.op_achtergrond(lambda d, voortgang: d.sync.synchroniseer(voortgang), gelukt=klaar,
                                      mislukt=klaar)

    def _lazy_tab(self, tabs: QTabWidget, factory, titel: str) -> None:
        plek = QWidget()
        self._fabrieken[plek] = factory
        tabs.addTab(plek, titel)

    def _bouw_tab(self, tabs: QTabWidget, index: int, toon: bool = True) -> None:
        plek = tabs.widget(index)
        factory = self._fabrieken.pop(plek, None)
        if factory is None:
            return
        titel, huidig = tabs.tabText(index), tabs.currentIndex()
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, factory(), titel)
        tabs.setCurrentIndex(index if toon else huidig)
        tabs.blockSignals(False)
        plek.deleteLater()

    def _client_tabs(self, tabs: QTabWidget, inburgeraar_id: str) -> None:
        """Tabs for one inburgeraar after "Gegevens", each built when first shown: clicking through the caseload
        would otherwise build all of them for every person (about 0.3 s a click)."""
        # EXTENSION POINT: client tabs — add a factory with self._lazy_tab(tabs, factory, title)
        def intake():
            from .intake_view import IntakeView
            return IntakeView(self.bediening, inburgeraar_id)

        def pip():
            from .pip_view import PipView
            return PipView(self.bediening, inburgeraar_id)

        def afdrukken():
            from .print_view import PrintView
            return PrintView(self.bediening, inburgeraar_id)

        self._lazy_tab(tabs, intake, self.tr("Brede &intake"))
        self._lazy_tab(tabs, pip, self.tr("&PIP"))
        self._lazy_tab(tabs, afdrukken, self.tr("Af&drukken"))

    @staticmethod
    def _leeg(tekst: str) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        label = QLabel(tekst)
        label.setAlignment(Qt.AlignCenter)
        label.setWordWrap(True)
        lay.addWidget(label)
        return w

    def _gewijzigd(self, wijzigingen, _bron) -> None:
        """A write anywhere (a tab, a dialog, a sync round): the caseload rows and badges and the Gegevens tab of
        the person on view show the data as it now is."""
        if self.caseload is None:
            return
        if wijzigingen.raakt(Soort.INBURGERAAR):
            self.herlaad_caseload()
        huidig = self.huidige_inburgeraar
        if huidig and wijzigingen.raakt_inburgeraar(huidig) and wijzigingen.raakt(Soort.INBURGERAAR,
                                                                                  Soort.CONTACTPERSOON):
            self._toon_gegevens(huidig)

    def herlaad_caseload(self) -> None:
        from desktop_app.config import gemeentedoelen
        self.caseload.zet(self.bediening.d.inburgeraars.alle(), self.vandaag,
                          self.instellingen.voortgang_interval_maanden, gemeentedoelen(self.instellingen))

    def _gegevens(self, inburgeraar_id: str):
        from desktop_app.config import gemeentedoelen
        from .client_detail import ClientDetail
        inburgeraars = self.bediening.d.inburgeraars
        ib = inburgeraars.lees(inburgeraar_id)
        if ib is None:
            return None
        detail = ClientDetail(ib, inburgeraars.contacten(ib.id), self.vandaag,
                              interval_voortgang_maanden=self.instellingen.voortgang_interval_maanden,
                              doelen=gemeentedoelen(self.instellingen))
        detail.sig_edit.connect(lambda: self.bewerk_inburgeraar(ib.id))
        return detail

    def _toon_gegevens(self, inburgeraar_id: str) -> None:
        """The Gegevens tab anew, in place; the other tabs of this person stay as they are. A person no longer on
        this device (a sync round forgot them: access moved) leaves the screen altogether."""
        detail = self._gegevens(inburgeraar_id)
        if detail is None:
            self._toon_niemand()
            return
        huidig = self.detail.currentIndex()
        self.detail.blockSignals(True)
        oud = self.detail.widget(0)
        self.detail.removeTab(0)
        oud.deleteLater()
        self.detail.insertTab(0, detail, self.tr("&Gegevens"))
        self.detail.setCurrentIndex(huidig)
        self.detail.blockSignals(False)

    def toon_inburgeraar(self, inburgeraar_id: str) -> None:
        detail = self._gegevens(inburgeraar_id)
        if detail is None:
            return
        huidig = self.detail.currentIndex()
        self.detail.blockSignals(True)
        self._sluit_tabs()
        self.detail.addTab(detail, self.tr("&Gegevens"))
        self._client_tabs(self.detail, inburgeraar_id)
        self.detail.setCurrentIndex(max(0, min(huidig, self.detail.count() - 1)))
        self.detail.blockSignals(False)
        self._bouw_tab(self.detail, self.detail.currentIndex())   # the tab the consultant was looking at
        self.huidige_inburgeraar = inburgeraar_id

    def _toon_niemand(self) -> None:
        self.detail.blockSignals(True)   # no tab of the person leaving is built while the tabs go
        self._sluit_tabs()
        self.detail.addTab(self._leeg(self.tr("Kies links een inburgeraar, of maak er een met Ctrl+N.")),
                           self.tr("Gegevens"))
        self.detail.blockSignals(False)
        self.huidige_inburgeraar = None

    def _sluit_tabs(self) -> None:
        while self.detail.count():
            w = self.detail.widget(0)
            self.detail.removeTab(0)
            self._fabrieken.pop(w, None)
            w.deleteLater()

    # -- actions ---------------------------------------------------------------------------------------------------
    def toon_instellingen(self) -> None:
        from desktop_app.config import save_settings
        from .settings_dialog import SettingsDialog
        dialoog = SettingsDialog(self.instellingen, self)
        if dialoog.exec():
            save_settings(dialoog.resultaat)
            self.instellingen = dialoog.resultaat
            if self.bediening is not None:
                self.bediening.d.instellingen = self.instellingen
            self.idle.setInterval(int(self.instellingen.vergrendel_na_minuten * 60_000))
            if self.caseload is not None:
                self.herlaad_caseload()

    def toon_help(self) -> None:
        from PySide6.QtWidgets import QApplication
        from .help import HelpDialog, help_key
        focus = QApplication.focusWidget()
        HelpDialog(help_key(focus if focus and self.isAncestorOf(focus) else self.stack.currentWidget()), self).exec()

    def toon_over(self) -> None:
        from .help import AboutDialog
        AboutDialog(self).exec()

    def _zoek(self) -> None:
        if self.caseload is not None:
            self.modules.setCurrentIndex(0)
            self.caseload.zoekveld.setFocus()
            self.caseload.zoekveld.selectAll()

    def nieuwe_inburgeraar(self) -> None:
        self._bewerk(None)

    def bewerk_inburgeraar(self, inburgeraar_id: str) -> None:
        self._bewerk(self.bediening.d.inburgeraars.lees(inburgeraar_id))

    def wijzig_wachtwoord(self) -> None:
        from .wachtwoord_dialog import WachtwoordDialog
        self._bewaar_alles()
        wait_for_background()        # the store is re-keyed on this thread; nothing may use it meanwhile
        if WachtwoordDialog(self.store, self).exec():
            self.statusBar().showMessage(self.tr("Wachtwoord gewijzigd; het oude wachtwoord opent niets meer."))

    def _hervat_concepten(self) -> None:
        """Drafts kept when Koers locked during an edit: offered one by one, in the dialog they came from."""
        while self.bediening is not None:
            concepten = self.bediening.d.inburgeraars.concepten()
            if not concepten:
                return
            sleutel, origineel, teksten = concepten[0]
            if not self._bewerk(origineel, (sleutel, teksten)):
                return

    def _bewerk(self, ib, concept: tuple[str, dict] | None = None) -> bool:
        """Edit (or add) an inburgeraar; `concept` is a draft to take up. False when it could not be finished
        (locked meanwhile, or not saved)."""
        from desktop_app.core.validation import Ongeldig
        from desktop_app.store.errors import StoreError
        from .inburgeraar_dialog import InburgeraarDialog
        dialoog = InburgeraarDialog(ib, self.vandaag, self)
        if concept:
            dialoog.concept_sleutel = concept[0]
            dialoog.zet_concept(concept[1])
        opgeslagen = dialoog.exec()
        if self.bediening is None:        # locked meanwhile: the edit was saved or kept as a draft then
            return False
        inburgeraars = self.bediening.d.inburgeraars
        if not opgeslagen:
            if concept:
                inburgeraars.verwijder_concept(concept[0])
            return True
        nieuw = dialoog.resultaat
        try:
            self.bediening.schrijf(lambda d: d.inburgeraars.bewaar(nieuw))
            if concept:
                inburgeraars.verwijder_concept(concept[0])
        except (StoreError, Ongeldig) as fout:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), melding(fout))
            return False
        self.caseload.kies(nieuw.id)      # the caseload has reloaded from the change; this shows the person
        self.toon_inburgeraar(nieuw.id)
        return True
