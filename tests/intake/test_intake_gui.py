"""The intake and concept-PIP screens, driven as a person would: keyboard, Arabic and Tigrinya text, autosave, undo."""
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.core.intake import ENTITY, ENTITY_BIJZONDER
from desktop_app.core.model import Inburgeraar
from desktop_app.core.pip import ConceptPIP
from desktop_app.forms.register import INTAKE_MAP, laad_map
from desktop_app.gui.intake_view import SAMENVATTING, IntakeView
from desktop_app.gui.pip_view import PipView
from tests.bediening import bediening

pytestmark = pytest.mark.gui
VANDAAG = dt.date(2026, 11, 22)
ARABISCH = "أمل تريد أن تصبح ممرضة"
TIGRINYA = "ሰናይት ትግርኛ ትዛረብ"


def typ(widget, tekst: str) -> None:
    """Non-ASCII via QKeyEvents (qtbot.keyClicks aborts on it)."""
    for teken in tekst:
        for soort in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(soort, Qt.Key_unknown, Qt.NoModifier, teken))


@pytest.fixture
def persoon(store):
    ib = Inburgeraar(voornamen="Amal", achternaam="Haddad", naam_eigen_schrift="أمل حداد",
                     geboortedatum=dt.date(1990, 5, 1), koppeling=dt.date(2026, 9, 1))
    store.save(ib)
    return ib


@pytest.fixture
def view(qtbot, store, persoon):
    v = IntakeView(bediening(store, VANDAAG, laad_map()), persoon.id)
    qtbot.addWidget(v)
    v.resize(1100, 750)
    v.show()
    qtbot.waitExposed(v)
    return v


def editor(view, pad):
    view.ga_naar(pad.split(".")[0])
    return view.formulier(pad.split(".")[0]).rijen[pad].editor


def test_fill_a_domain_by_keyboard_with_arabic_and_tigrinya(qtbot, view, store, persoon):
    veld = editor(view, "taalniveau.moedertaal").veld
    veld.setFocus()
    typ(veld, ARABISCH)
    assert veld.text() == ARABISCH
    assert veld.alignment() & Qt.AlignRight                  # a right-to-left answer is right-aligned
    qtbot.keyClick(veld, Qt.Key_Tab)                          # leaving the field saves it
    assert store.get(ENTITY, persoon.id)["taalniveau.moedertaal"] == ARABISCH
    lang = editor(view, "motivatie.doelen").veld
    lang.setFocus()
    typ(lang, TIGRINYA)
    qtbot.waitUntil(lambda: (store.get(ENTITY, persoon.id) or {}).get("motivatie.doelen") == TIGRINYA, timeout=3000)
    # a choice by keyboard only: focus the combo box and pick with the arrow keys
    combo = editor(view, "taalniveau.niveau_nederlands").veld
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down)
    qtbot.keyClick(combo, Qt.Key_Down)
    assert store.get(ENTITY, persoon.id)["taalniveau.niveau_nederlands"] == "a1"
    # what was typed reads back the same in a new view (text in any script survives the store)
    weer = IntakeView(bediening(store, VANDAAG, laad_map()), persoon.id)
    qtbot.addWidget(weer)
    assert editor(weer, "taalniveau.moedertaal").veld.text() == ARABISCH
    assert editor(weer, "motivatie.doelen").veld.toPlainText() == TIGRINYA
    assert unicodedata.is_normalized("NFC", store.get(ENTITY, persoon.id)["motivatie.doelen"])


def test_keyboard_shortcuts_move_between_domains_and_open_questions(qtbot, view):
    view.ga_naar("leerbaarheid")
    qtbot.keyClick(view.navigator, Qt.Key_PageDown, Qt.ControlModifier)
    assert view.huidige_sectie == "opleiding"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_PageUp, Qt.ControlModifier)
    assert view.huidige_sectie == "leerbaarheid"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F8)   # next required question without an answer
    assert view.huidige_sectie == "opleiding"
    assert QApplication.focusWidget() is view.formulier("opleiding").rijen["opleiding.totaal_jaren"].editor.veld
    # Tab goes through the questions in the order they are shown
    form = view.formulier("leerbaarheid")
    view.ga_naar("leerbaarheid")
    volgorde = form.focus_widgets()
    volgorde[0].setFocus()
    for verwacht in volgorde[1:4]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is verwacht


def test_inline_validation_gives_the_reason_and_keeps_what_was_typed(qtbot, view, store, persoon):
    huishouden = editor(view, "gezinssituatie.huishouden")
    huishouden.veld.setCurrentIndex(huishouden.veld.findData("partner"))
    rij = view.formulier("gezinssituatie").rijen["gezinssituatie.partner_v_nummer"]
    assert rij.isVisibleTo(view)                              # relevant now that there is a partner
    rij.editor.veld.setFocus()
    qtbot.keyClicks(rij.editor.veld, "12345")
    qtbot.keyClick(rij.editor.veld, Qt.Key_Tab)
    assert rij.melding.isVisibleTo(view) and "heeft 10 cijfers, dit zijn er 5" in rij.melding.text()
    assert rij.editor.veld.text() == "12345"
    assert "gezinssituatie.partner_v_nummer" not in store.get(ENTITY, persoon.id)
    rij.editor.veld.setText("1234567890")
    rij.editor.leg_vast()
    assert not rij.melding.isVisibleTo(view)
    assert store.get(ENTITY, persoon.id)["gezinssituatie.partner_v_nummer"] == "1234567890"
    # a child's birth date in the future is refused with the reason
    huishouden.veld.setCurrentIndex(huishouden.veld.findData("partner_kinderen"))
    groep = view.formulier("gezinssituatie").rijen["gezinssituatie.kinderen"]
    qtbot.mouseClick(groep.toevoegen, Qt.LeftButton)
    datum = groep.rijen[0]["geboortedatum"]
    datum.editor.veld.setText("01-01-2030")
    datum.editor.leg_vast()
    assert "Een geboortedatum kan niet in de toekomst liggen" in datum.melding.text()
    datum.editor.veld.setText("01-03-2024")
    datum.editor.leg_vast()
    assert groep.rijen[0]["vve"].isVisibleTo(view)            # vve asked for a two-year-old
    assert store.get(ENTITY, persoon.id)["gezinssituatie.kinderen"][0]["geboortedatum"] == "2024-03-01"


def test_undo_puts_back_the_previous_answer_and_saves_it(qtbot, view, store, persoon):
    uitkomst = editor(view, "leerbaarheid.toets_uitkomst").veld
    uitkomst.setCurrentIndex(uitkomst.findData("b1_haalbaar"))
    uitkomst.setCurrentIndex(uitkomst.findData("vrijgesteld"))
    assert store.get(ENTITY, persoon.id)["leerbaarheid.toets_uitkomst"] == "vrijgesteld"
    uitkomst.setFocus()
    qtbot.keyClick(uitkomst, Qt.Key_Z, Qt.ControlModifier)
    assert store.get(ENTITY, persoon.id)["leerbaarheid.toets_uitkomst"] == "b1_haalbaar"
    assert uitkomst.currentData() == "b1_haalbaar"
    qtbot.mouseClick(view.knop_ongedaan, Qt.LeftButton)
    assert store.get(ENTITY, persoon.id)["leerbaarheid.toets_uitkomst"] is None
    assert not view.knop_ongedaan.isEnabled()
    nieuw = [r["new"] for r in store.audit_trail(ENTITY, persoon.id) if r["field"] == "leerbaarheid.toets_uitkomst"]
    assert nieuw == ["b1_haalbaar", "vrijgesteld", "b1_haalbaar", None]


def test_health_domains_carry_the_marker_and_are_stored_apart(qtbot, view, store, persoon):
    for sectie in ("fysieke_gezondheid", "mentale_gezondheid"):
        view.ga_naar(sectie)
        form = view.formulier(sectie)
        assert form.bijzonder is not None and form.bijzonder.isVisibleTo(view)
        assert form.bijzonder.text() == "Bijzondere persoonsgegevens"
    view.ga_naar("motivatie")
    assert view.formulier("motivatie").bijzonder is None
    assert "bijzonder" in view.navigator.item(13).text()
    vakje = editor(view, "mentale_gezondheid.signalen").vakjes["slaap"]
    qtbot.mouseClick(vakje, Qt.LeftButton)
    assert store.get(ENTITY_BIJZONDER, persoon.id)["mentale_gezondheid.signalen"] == ["slaap"]
    assert store.get(ENTITY, persoon.id) is None


def test_summary_lists_what_is_missing_and_closing_waits_for_it(qtbot, view, store, persoon):
    view.ga_naar(SAMENVATTING)
    tekst = view.samenvatting.tekst.toPlainText()
    ontbrekend = view.intake.ontbrekend()
    assert f"Nog nodig om de intake af te sluiten ({len(ontbrekend)})" in tekst
    assert all(o.tekst in tekst for o in ontbrekend)
    assert "1. Leerbaarheid: Uitkomst leerbaarheidstoets is niet ingevuld" in tekst
    assert not view.afsluiten()
    assert "afgesloten_op" not in (store.get(ENTITY, persoon.id) or {})
    from tests.intake.test_intake_core import vul_alles_in
    vul_alles_in(view.intake)
    view.intakes.bewaar_alles(view.intake)
    assert view.afsluiten()
    assert store.get(ENTITY, persoon.id)["afgesloten_op"] == VANDAAG.isoformat()
    assert "Intake afgesloten op" in view.samenvatting.status.text()


def test_older_intake_shows_what_changed(qtbot, store, persoon):
    store.put(ENTITY, persoon.id, {"inburgeraar_id": persoon.id, "form_id": "brede_intake", "form_version": 1,
                                   "praktische_competenties.handvaardigheid": "goed"})
    v = IntakeView(bediening(store, VANDAAG, laad_map()), persoon.id)
    qtbot.addWidget(v)
    assert not v.migratiebalk.isHidden() and "Omgezet van versie 1 naar versie 2" in v.migratie.text()
    assert "'Praktische competenties: Handvaardigheid' is vervallen" in v.migratie.text()
    v.ga_naar(SAMENVATTING)
    assert "Gearchiveerde antwoorden" in v.samenvatting.tekst.toPlainText()
    assert "Praktische competenties: Handvaardigheid: Goed" in v.samenvatting.tekst.toPlainText()
    qtbot.mouseClick(v.knop_gelezen, Qt.LeftButton)
    assert v.migratiebalk.isHidden()
    weer = IntakeView(bediening(store, VANDAAG, laad_map()), persoon.id)
    qtbot.addWidget(weer)
    assert weer.migratiebalk.isHidden() and len(weer.intake.gearchiveerd) == 1   # the archive stays


def test_a_broken_form_file_does_not_stop_the_view(qtbot, tmp_path, store, persoon):
    for p in INTAKE_MAP.glob("*.json"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "brede_intake.v3.json").write_text('{\n  "formulier": "brede_intake",\n  "versie": 3,\n  '
                                                  '"secties": [}\n', encoding="utf-8")
    v = IntakeView(bediening(store, VANDAAG, laad_map(tmp_path)), persoon.id)
    qtbot.addWidget(v)
    assert "brede_intake.v3.json, regel 4" in v.banner.text()
    assert v.intake.definitie.versie == 2 and v.navigator.count() == 17


def test_pip_view_drafts_the_chosen_leerroute_and_refuses_a_pip_before_koppeling(qtbot, store, persoon):
    store.put("trajectadvies", persoon.id, {"inburgeraar_id": persoon.id, "route": "z_route", "route_label": "Z-route",
                                            "totaal": 40, "voorlopig": False, "redenen": [],
                                            "instrument": "TOVII-stijl",
                                            "override_route": "b1_route", "override_reden": "leert snel",
                                            "argumentatie": "Startklas: B1 haalbaar."})
    store.put(ENTITY, persoon.id, {"inburgeraar_id": persoon.id, "form_id": "brede_intake", "form_version": 2,
                                   "leerbaarheid.toets_uitkomst": "b1_niet_haalbaar"})
    p = PipView(bediening(store, VANDAAG, laad_map()), persoon.id)
    qtbot.addWidget(p)
    assert store.get(ConceptPIP.ENTITY, persoon.id) is None and p.scroll.isHidden()
    assert p.stel_op()
    opgeslagen = store.load(ConceptPIP, persoon.id)
    assert opgeslagen.leerroute == "b1_route" and p.velden["leerroute"].widget.currentText() == "B1-route"
    assert "Startklas: B1 haalbaar." in p.velden["afwijking_argumentatie"].widget.toPlainText()
    # edit: switch route by keyboard; saved and audited
    combo = p.velden["leerroute"].widget
    combo.setCurrentIndex(combo.findData("b1_snel"))
    assert store.get("pip", persoon.id)["leerroute"] == "b1_snel"
    assert any(r["field"] == "leerroute" and r["new"] == "b1_snel" for r in store.audit_trail("pip", persoon.id))
    # ontzorgen shorter than 6 months is refused
    p.velden["ontzorgen"].widget.setChecked(True)
    assert store.get("pip", persoon.id)["ontzorgen"] is True
    p.velden["ontzorgen_maanden"].widget.setValue(3)
    assert "ten minste 6 maanden" in p.meldingen["ontzorgen_maanden"].text()
    assert store.get("pip", persoon.id)["ontzorgen_maanden"] == 6
    # vaststellen: a beschikking dated before the koppeling is refused, with the reason
    assert not p.vaststellen(dt.date(2026, 8, 1))
    assert "ligt voor de koppeling aan de gemeente" in p.algemeen.text()
    assert store.get("pip", persoon.id)["status"] == "concept" and store.get("pip", persoon.id)["dagtekening"] is None
    assert store.load(Inburgeraar, persoon.id).pip_dagtekening is None
    assert p.vaststellen(dt.date(2026, 11, 15))
    assert store.get("pip", persoon.id)["dagtekening"] == "2026-11-15"
    assert store.load(Inburgeraar, persoon.id).pip_dagtekening == dt.date(2026, 11, 15)
    assert store.get("pip", persoon.id)["periode_start"] == "2026-11-16"
    assert "16-11-2026 – 15-11-2029" in p.periode.text()
    assert "VASTGESTELD · versie 1" in p.status.text() and not p.velden["leerroute"].widget.isEnabled()
    # the beschikking's text stays readable (not greyed out) but cannot be typed into
    argumentatie = p.velden["afwijking_argumentatie"].widget
    assert argumentatie.isEnabled() and argumentatie.isReadOnly()
    argumentatie.setFocus()
    qtbot.keyClicks(argumentatie, "extra")
    assert "extra" not in store.get("pip", persoon.id)["afwijking_argumentatie"]


KIND = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from desktop_app.store.store import Store
    from desktop_app.gui.intake_view import IntakeView
    from tests.bediening import bediening
    app = QApplication([])
    store = Store.open({store_dir!r}, {wachtwoord!r})
    view = IntakeView(bediening(store), {ib_id!r})
    view.show()
    view.ga_naar("motivatie")
    veld = view.formulier("motivatie").rijen["motivatie.doelen"].editor.veld
    veld.setFocus()
    for teken in {tekst!r}:
        for soort in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(veld, QKeyEvent(soort, Qt.Key_unknown, Qt.NoModifier, teken))
    view.sig_opgeslagen.connect(lambda pad: print("OPGESLAGEN", pad, flush=True))
    app.exec()   # runs until killed; the debounce timer autosaves
""")


def test_autosave_survives_a_killed_process(store, store_dir, persoon):
    from tests.conftest import PASSPHRASE
    tekst = "أريد أن أعمل في التمريض"
    code = KIND.format(root=str(Path(__file__).resolve().parents[2]), store_dir=str(store_dir),
                       wachtwoord=PASSPHRASE, ib_id=persoon.id, tekst=tekst)
    store.close()                  # one Koers per store: the child is the one that has it open
    kind = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        regel = kind.stdout.readline()
        assert regel.startswith("OPGESLAGEN motivatie.doelen"), kind.stderr.read() if not regel else regel
        os.kill(kind.pid, signal.SIGKILL)                  # no clean shutdown, no close()
        kind.wait(timeout=10)
    finally:
        if kind.poll() is None:
            kind.kill()
    assert kind.returncode == -signal.SIGKILL
    from desktop_app.store.store import Store
    weer = Store.open(store_dir, PASSPHRASE)
    try:
        assert weer.get(ENTITY, persoon.id)["motivatie.doelen"] == tekst
        assert json.dumps(weer.get(ENTITY, persoon.id), ensure_ascii=False).count(tekst) == 1
    finally:
        weer.close()


def test_text_still_being_typed_is_saved_when_the_view_is_hidden(qtbot, view, store, persoon):
    veld = editor(view, "taalniveau.moedertaal").veld
    veld.setFocus()
    typ(veld, "ትግርኛ")
    assert store.get(ENTITY, persoon.id) is None        # the typing pause has not passed yet
    view.hide()                                          # e.g. the lock screen comes up
    assert store.get(ENTITY, persoon.id)["taalniveau.moedertaal"] == "ትግርኛ"


def test_docent_installation_shows_no_intake_and_no_pip(qtbot, docent_store):
    ib = Inburgeraar(voornamen="Omar")
    docent_store.save(ib)
    v = IntakeView(bediening(docent_store, formulieren=laad_map()), ib.id)
    p = PipView(bediening(docent_store), ib.id)
    qtbot.addWidget(v)
    qtbot.addWidget(p)
    assert v.intake is None and not hasattr(v, "navigator")
    assert "niet op een docent-installatie" in p.algemeen.text()
    v.hide()                                              # nothing to save, nothing breaks


def test_pip_text_still_being_typed_is_saved_before_locking(qtbot, store, persoon):
    p = PipView(bediening(store, VANDAAG, laad_map()), persoon.id)
    qtbot.addWidget(p)
    p.stel_op()
    veld = p.velden["toelichting"].widget
    veld.setFocus()
    typ(veld, "ملاحظة")
    assert store.get("pip", persoon.id)["toelichting"] == ""
    p.bewaar_nu()                                          # what the main window calls before it locks
    assert store.get("pip", persoon.id)["toelichting"] == "ملاحظة"
