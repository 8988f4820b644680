"""Journey 1: a brede intake from the consultant's laptop at the AZC to the back office and onto paper.

The consultant fills a complete intake through the form engine (every domain, repeat groups, long Arabic and Tigrinya
text), drafts the concept PIP in the PIP screen and writes a 6,000-character agreement, then syncs. The consultant's
second laptop pulls everything identical; the docent's laptop gets only the name and date of birth of the placed
cursist; `koers-central export` holds the intake, linked to the person; the welkomstpakket (Arabic) and the PIP print
from the second laptop with those values."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from desktop_app.cli import main as koers
from desktop_app.core.observatie import Plaatsing, StartklasGroep
from desktop_app.diensten import Diensten
from desktop_app.gui.pip_view import PipView
from koers_protocol.sync import DOCENT_INBURGERAAR_VELDEN
from synchelp import records
from tests.bediening import bediening
from tests.realistisch import ARABISCH, TIGRINYA, vul_brede_intake

from .conftest import pdffonts, pdftekst, synchroniseer
from .mensen import contacten, inburgeraar

pytestmark = pytest.mark.gui
KM, DOCENT = "K. de Vries", "J. Bakker"
VANDAAG = dt.date.today()
# A PIP agreement as long as real ones get: 6,000 characters, Dutch with the person's own words in two scripts.
AFSPRAAK = ("Afspraken over taal, werk en gezin, met de eigen woorden van de inburgeraar erbij. "
            + " ".join(f"Afspraak {i}: {ARABISCH if i % 2 else TIGRINYA}" for i in range(1, 40)))[:6000].rstrip()
assert len(AFSPRAAK) >= 5990
BIDI_TEKENS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _woorden(tekst: str) -> str:
    """The words of a text, without the direction marks the PDF's logical text carries around RTL runs."""
    return " ".join(tekst.translate(BIDI_TEKENS).split())


def _ontbrekend(afspraak: str, pdf: str) -> Counter:
    """Words of the agreement the PDF lacks, counted (a word twice in the text must be printed twice). Compared as
    bags of words: where scripts of both directions share a line, pdftotext's order and its spaces around punctuation
    are unreliable, while the printed page is right (looked at)."""
    return Counter(re.findall(r"\w+", afspraak)) - Counter(re.findall(r"\w+", pdf))


def test_intake_van_azc_naar_backoffice_en_papier(server, make_store, qtbot, tmp_path, wachtwoordbestand, capsys):
    laptop = make_store("laptop")
    tweede = make_store("tweede-laptop")
    docent = make_store("docent", user=DOCENT, role="docent")
    for store, user, rol in ((laptop, KM, "consultant"), (tweede, KM, "consultant"), (docent, DOCENT, "docent")):
        server.enroll(store, user, rol)

    # -- at the AZC, offline: the person, the contacts, the whole intake ------------------------------------------
    mensen = [inburgeraar(i, VANDAAG) for i in range(4)]
    mensen[3] = dataclasses.replace(mensen[3], ontheffing=VANDAAG - dt.timedelta(days=10),
                                    ontheffing_omvang="gedeeltelijk", ontheffing_grond="medisch",
                                    ontheffing_onderdelen="lezen en schrijven")
    for ib in mensen:
        laptop.save(ib)
        for c in contacten(ib):
            laptop.save(c)
    ib = mensen[0]
    intake = vul_brede_intake(laptop, ib.id, VANDAAG)
    op_laptop = Diensten(laptop, vandaag=VANDAAG)
    assert not intake.ontbrekend()
    assert op_laptop.intake.sluit_af(intake)
    assert op_laptop.intake.afgesloten_op(ib.id) == VANDAAG.isoformat()
    voortgang = [intake.voortgang(s.id) for s in intake.definitie.domeinen]
    assert len(voortgang) == 14 and all(v.status and v.beantwoord == v.totaal for v in voortgang)
    assert ("intake_bijzonder", ib.id) in records(laptop)       # the health domains live apart

    # -- the concept PIP, drafted and edited in the PIP screen ------------------------------------------------------
    pip = PipView(bediening(laptop, VANDAAG), ib.id)
    qtbot.addWidget(pip)
    pip.resize(1280, 800)
    pip.show()
    assert pip.stel_op(bevestigd=True)
    pip.velden["toelichting"].widget.setPlainText(AFSPRAAK)
    pip.bewaar_nu()
    assert laptop.get("pip", ib.id)["toelichting"] == AFSPRAAK
    leerroute = laptop.get("pip", ib.id)["leerroute"]
    assert leerroute                                             # from the leerbaarheidstoets in the intake

    # -- placed in the startklas of the docent ---------------------------------------------------------------------
    groep = StartklasGroep(naam="Startklas Amersfoort", docenten=[DOCENT], startdatum=VANDAAG,
                           lesdagen=["dinsdag"])
    op_laptop.startklas.bewaar_groep(groep)
    op_laptop.startklas.plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=VANDAAG))

    # -- back with a network: sync; nothing is refused, nothing stays behind ---------------------------------------
    verslag = synchroniseer(laptop)
    assert verslag.geweigerd == 0 and verslag.conflicts == 0
    assert synchroniseer(laptop).pushed == 0

    # -- the consultant's second laptop: everything identical -------------------------------------------------------
    synchroniseer(tweede)
    assert records(tweede) == records(laptop)
    op_tweede = Diensten(tweede, vandaag=VANDAAG).intake.laad(ib.id)
    assert op_tweede.antwoorden == op_laptop.intake.laad(ib.id).antwoorden
    assert not op_tweede.ontbrekend()

    # -- the docent's laptop: the placed cursist's name and date of birth, nothing else -----------------------------
    synchroniseer(docent)
    bij_docent = records(docent)
    assert {k for k in bij_docent if k[0] == "inburgeraar"} == {("inburgeraar", ib.id)}
    assert set(bij_docent[("inburgeraar", ib.id)]) <= set(DOCENT_INBURGERAAR_VELDEN)
    assert not any(k[0] in ("intake", "intake_bijzonder", "pip", "contactpersoon") for k in bij_docent)

    # -- the back office: the intake with its dotted field names, linked to the person ------------------------------
    export = subprocess.run([sys.executable, "-m", "central.cli", "export", "--db", server.db_url, "--format", "json"],
                            capture_output=True, text=True, check=True).stdout
    gemeente = json.loads(export)["Utrecht"]
    intakes = {r["id"]: r["velden"] for r in gemeente["intake"]}
    assert intakes[ib.id] == laptop.get("intake", ib.id)
    assert intakes[ib.id]["warme_overdracht.locatie"] and intakes[ib.id]["inburgeraar_id"] == ib.id
    persoon = {r["id"]: r["velden"] for r in gemeente["inburgeraar"]}[ib.id]
    assert (persoon["bsn"], persoon["naam_eigen_schrift"]) == (ib.bsn, ib.naam_eigen_schrift)
    assert "adres" not in persoon and "intake_bijzonder" not in gemeente
    # an ontheffing goes along with its date and scope; its ground and parts can tell of health, like intake_bijzonder
    ontheven = {r["id"]: r["velden"] for r in gemeente["inburgeraar"]}[mensen[3].id]
    assert (ontheven["ontheffing"], ontheven["ontheffing_omvang"]) == (mensen[3].ontheffing.isoformat(), "gedeeltelijk")
    assert "ontheffing_grond" not in ontheven and "ontheffing_onderdelen" not in ontheven
    export = subprocess.run([sys.executable, "-m", "central.cli", "export", "--db", server.db_url, "--format", "json",
                             "--met-bijzondere-gegevens"], capture_output=True, text=True, check=True).stdout
    met = json.loads(export)["Utrecht"]
    ontheven = {r["id"]: r["velden"] for r in met["inburgeraar"]}[mensen[3].id]
    assert (ontheven["ontheffing_grond"], ontheven["ontheffing_onderdelen"]) == ("medisch", "lezen en schrijven")
    assert met["intake_bijzonder"]
    assert {r["id"]: r["velden"] for r in gemeente["pip"]}[ib.id]["toelichting"] == AFSPRAAK

    # -- on paper, from the second laptop ---------------------------------------------------------------------------
    tweede.close()   # the second laptop is its own Koers: the CLI opens its store as the app would
    welkom, plan = tmp_path / "welkomstpakket.pdf", tmp_path / "pip.pdf"
    for args in (["print", "welkomstpakket", "--client", ib.id, "--lang", "ar", "--out", str(welkom)],
                 ["print", "pip", "--client", ib.id, "--out", str(plan)]):
        assert koers([*args, "--store", str(tmp_path / "tweede-laptop"),
                      "--passphrase-file", str(wachtwoordbestand)]) == 0, capsys.readouterr().err
    tekst = _woorden(pdftekst(welkom))
    assert ib.naam_eigen_schrift in tekst and ib.voornamen in tekst
    assert "Karin de Vries-van den Berg" in tekst and "VluchtelingenWerk Midden-Nederland" in tekst
    assert "NotoNaskhArabic" in pdffonts(welkom)
    assert all(regel.split()[-4] == "yes" for regel in pdffonts(welkom).splitlines()[2:])   # every font embedded
    tekst = _woorden(pdftekst(plan))
    assert ib.voornamen in tekst and ib.achternaam in tekst
    assert _ontbrekend(AFSPRAAK, pdftekst(plan)) == Counter()    # all 6,000 characters, none dropped
