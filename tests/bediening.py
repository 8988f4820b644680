"""Screens under test get what the main window gives them: the services of a store, behind the one change signal."""
from __future__ import annotations

import datetime as dt

from desktop_app.diensten import Diensten
from desktop_app.gui.bediening import Bediening


def bediening(store, vandaag: dt.date | None = None, formulieren=None) -> Bediening:
    return Bediening(Diensten(store, vandaag=vandaag, formulieren=formulieren))
