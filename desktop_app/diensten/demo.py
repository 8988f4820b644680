"""`koers demo`: fictional people at every step of the klantreis, each written the way the app writes it (through
these same services), so a newcomer can try every module. The people and their answers are core.demo's."""
from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import random

from desktop_app.core import demo
from desktop_app.core.intake import GESPREKKEN
from desktop_app.core.model import ContactRol
from desktop_app.core.termijnen import Status
from koers_protocol.sync import DOCENT_INBURGERAAR_VELDEN

from .startklas import instrumenten


def vul(d, aantal: int) -> list[str]:
    """Add `aantal` fictional people (a docent's installation: cursisten only); returns the summary lines."""
    return _docent(d, aantal) if not d.rol.werkt_met_dossiers else _consultant(d, aantal)


def _consultant(d, aantal: int) -> list[str]:
    vandaag = d.vandaag
    al = d.store.count("inburgeraar")
    mensen = demo.demo_mensen(aantal, vandaag, seed=al, eerste=al)
    contacten = collections.Counter()
    with d.store.transaction() as conn:   # one transaction: a thousand people in seconds, not minutes
        for mens in mensen:
            ib = mens.inburgeraar
            d.store.put(ib.ENTITY, ib.id, ib.to_fields(), conn=conn, reason="demo")
            for contact in demo.demo_contacten(ib):
                d.store.put(contact.ENTITY, contact.id, contact.to_fields(), conn=conn, reason="demo")
                contacten[contact.rol] += 1
    for mens in mensen:
        if mens.intake:
            _vul_intake(d, mens)
    cursisten = [m.inburgeraar for m in mensen if m.startklas]
    startklas = _startklas(d, cursisten, demo.DOCENT) if cursisten else "geen startklas"
    pips = collections.Counter()
    for mens in mensen:
        if mens.fase in (demo.PIP_CONCEPT, demo.TERMIJN):
            pip = d.pip.ontwerp(mens.inburgeraar.id)
            pip = dataclasses.replace(pip, **demo.demo_pip_aanpassingen(mens, pip.leerroute))
            d.store.save(pip, reason="demo")
            if mens.fase == demo.TERMIJN:
                d.pip.vaststellen(pip.inburgeraar_id, mens.inburgeraar.pip_dagtekening)
            pips[d.pip.lees(pip.inburgeraar_id).status] += 1
    fasen = collections.Counter(m.fase for m in mensen)
    intakes = collections.Counter(m.intake for m in mensen if m.intake)
    status = collections.Counter(demo.caseload_status(m.inburgeraar, vandaag) for m in mensen)
    rollen = [f"{contacten[rol]} {rol.label if rol.label.isupper() else rol.label.lower()}" for rol in ContactRol
              if contacten[rol]]
    return [f"{len(mensen)} fictieve inburgeraars toegevoegd aan {d.store.directory}:",
            f"  brede intake: {intakes[demo.GESTART]} gestart, {intakes[demo.HALF]} half, {intakes[demo.COMPLEET]} "
            f"compleet; {fasen[demo.GEKOPPELD]} nog niet begonnen",
            f"  PIP: {pips['concept']} concept, {pips['vastgesteld']} vastgesteld",
            "  contactpersonen: " + ", ".join(rollen),
            f"  {startklas}",
            f"  termijnen vandaag: {status[Status.OPEN]} open, {status[Status.BINNENKORT]} binnenkort, "
            f"{status[Status.TE_LAAT]} te laat"]


def _vul_intake(d, mens) -> None:
    """Answer by answer through the form engine (so every value passes its validation), then saved at once: one
    transaction per intake instead of one per answer."""
    intake = d.intake.laad(mens.inburgeraar.id)
    for pad, waarde in demo.demo_antwoorden(mens, d.vandaag):
        if intake.definitie.vraag(pad).type == "herhaling":
            for rij in waarde:
                index = intake.voeg_rij_toe(pad)
                for vraag, antwoord in rij.items():
                    intake.zet_rij(pad, index, vraag, antwoord)
        else:
            intake.zet(pad, waarde)
    d.intake.bewaar_alles(intake, reden="demo")
    if mens.fase == demo.TERMIJN:      # the PIP is vastgesteld: the intake was closed after its last conversation
        laatste = max(r["datum"] for r in intake.rijen(GESPREKKEN))
        d.intake.sluit_af(intake, op=dt.date.fromisoformat(laatste))


def _docent(d, aantal: int) -> list[str]:
    """What a docent's installation holds: the cursisten's names and dates of birth, the group, its observations and
    final scores. Nothing of the intake or the PIP."""
    al = d.store.count("inburgeraar")
    cursisten = demo.demo_inburgeraars(min(aantal, demo.STARTKLAS_MAX), d.vandaag, seed=al, eerste=al)
    with d.store.transaction() as conn:
        for ib in cursisten:
            velden = {k: v for k, v in ib.to_fields().items() if k in DOCENT_INBURGERAAR_VELDEN}
            d.store.put(ib.ENTITY, ib.id, velden, conn=conn, reason="demo")
    return [f"{len(cursisten)} fictieve cursisten toegevoegd aan {d.store.directory} (alleen naam en geboortedatum).",
            f"  {_startklas(d, cursisten, d.gebruiker)}"]


def _startklas(d, cursisten, docent: str) -> str:
    """A group with seven weeks of observations and the docent's final scores; on a consultant's installation also
    the trajectadvies (derived by the startklas service), with the written argument where it differs from the
    leerbaarheidstoets."""
    sk = d.startklas
    instrument = instrumenten()["koers-tovii-stijl"]
    groep, plaatsingen, momenten = demo.demo_startklas(cursisten, docent, d.vandaag, instrument, seed=len(cursisten))
    sk.bewaar_groep(groep)
    for plaatsing in plaatsingen:
        sk.plaats(plaatsing)
    for moment, observaties in momenten:
        sk.bewaar_moment(moment, observaties)
    rng = random.Random(groep.naam)
    for plaatsing in plaatsingen:
        ib_id = plaatsing.inburgeraar_id
        sk.bewaar_eindscore(groep, ib_id, demo.demo_eindscore(sk.eindscore(groep, ib_id).voorstel, instrument, rng))
        if d.rol.werkt_met_dossiers:
            advies = sk.advies(groep, ib_id)
            if advies.wijkt_af_van_toets:
                sk.bewaar_argumentatie(groep, ib_id, demo.argumentatie(advies.route, advies.toets))
    advies = " en trajectadvies" if d.rol.werkt_met_dossiers else ""
    return (f"startklas '{groep.naam}': {len(plaatsingen)} cursisten, {len(momenten)} observatiemomenten, "
            f"eindscores{advies}")
