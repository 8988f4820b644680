"""Lock when the OS session locks or the machine suspends, where the OS tells us (logind / the freedesktop
screensaver over D-Bus on Linux). Where no bus answers, the idle timer is the only guard."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class SessionWatcher(QObject):
    sig_lock = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.verbonden: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        systeem, sessie = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        aanmeldingen = (
            (systeem, "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", "1voorSlaap(bool)"),
            (sessie, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", "1schermbeveiliging(bool)"),
            (systeem, "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock", "1sessieVergrendeld()"),
        )
        for bus, service, path, interface, naam, slot in aanmeldingen:
            if bus.isConnected() and bus.connect(service, path, interface, naam, self, slot):
                self.verbonden.append(f"{interface}.{naam}")

    @Slot(bool)
    def voorSlaap(self, start: bool) -> None:
        if start:
            self.sig_lock.emit()

    @Slot(bool)
    def schermbeveiliging(self, actief: bool) -> None:
        if actief:
            self.sig_lock.emit()

    @Slot()
    def sessieVergrendeld(self) -> None:
        self.sig_lock.emit()
