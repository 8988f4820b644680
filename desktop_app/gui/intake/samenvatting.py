"""The summary of the whole intake: what is still needed to close it (each a link to its domain), the open points,
per domain score/status/support, and the gearchiveerde antwoorden from older form versions."""
from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.intake import STATUS_LABELS, Intake

from ..domeinlabels import domein_tr

KLEUREN = {"leeg": ("#8a8a8a", "nog leeg"), "bezig": ("#c06a00", "bezig"), "vervolg": ("#1f5fbf", "vervolg nodig"),
           "compleet": ("#2e7d32", "compleet"), "fout": ("#b00020", "controleer")}


def _e(tekst) -> str:
    return html.escape(str(tekst or ""))


class SamenvattingWidget(QWidget):
    sig_ga_naar = Signal(str)          # section id
    sig_afsluiten = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        titel = QLabel(self.tr("Samenvatting en afronding"))
        lettertype = titel.font()
        lettertype.setPointSizeF(lettertype.pointSizeF() * 1.4)
        lettertype.setBold(True)
        titel.setFont(lettertype)
        lay.addWidget(titel)
        self.tekst = QTextBrowser()
        self.tekst.setOpenLinks(False)
        self.tekst.anchorClicked.connect(lambda url: self.sig_ga_naar.emit(url.toString().split(":", 1)[1]))
        lay.addWidget(self.tekst, 1)
        onder = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        onder.addWidget(self.status, 1)
        self.afsluiten = QPushButton(self.tr("Intake afsluiten"))
        self.afsluiten.clicked.connect(self.sig_afsluiten.emit)
        onder.addWidget(self.afsluiten)
        lay.addLayout(onder)

    def toon(self, intake: Intake, afgesloten_op: str | None = None) -> None:
        s = intake.samenvatting()
        delen = []
        if s.ontbrekend:
            delen.append(f"<h3>{_e(self.tr('Nog nodig om de intake af te sluiten'))} ({len(s.ontbrekend)})</h3><ul>")
            delen += [f'<li><a href="domein:{_e(o.sectie)}">{_e(o.tekst)}</a></li>' for o in s.ontbrekend]
            delen.append("</ul>")
        else:
            delen.append(f"<h3 style='color:#2e7d32'>{_e(self.tr('Alles wat nodig is, is ingevuld.'))}</h3>")
        andere = s.open_punten[len(s.ontbrekend):]
        if andere:
            delen.append(f"<h3>{_e(self.tr('Open punten'))}</h3><ul>" + "".join(f"<li>{_e(p)}</li>" for p in andere)
                         + "</ul>")
        delen.append(f"<h3>{_e(self.tr('Per levensdomein'))}</h3><table width='100%' cellspacing='0' cellpadding='4' "
                     "border='1' style='border-collapse:collapse'><tr><th>#</th><th>Domein</th><th>ZRM</th><th>Status</th>"
                     "<th>Ondersteuningsbehoefte</th><th>Voorstel PIP</th></tr>")
        for d in s.domeinen:
            kleur, _ = KLEUREN[d.voortgang.kleur]
            merk = " <b style='color:#7a1f1f'>(" + self.tr("bijzonder") + ")</b>" if d.sectie.bijzonder else ""
            delen.append(f"<tr><td>{d.sectie.nummer}</td><td><a href='domein:{_e(d.sectie.id)}'>"
                         f"{_e(d.sectie.tekst())}</a>{merk}</td><td align='center'>{_e(d.zrm or '–')}</td>"
                         f"<td style='color:{kleur}'>{_e(domein_tr(STATUS_LABELS.get(d.status, 'nog niet')))}</td>"
                         f"<td>{_e(d.ondersteuning)}</td><td>{_e(d.pip_voorstel)}</td></tr>")
        delen.append("</table>")
        if s.gearchiveerd:
            uitleg = self.tr("Antwoorden op vragen die in de huidige versie van het formulier niet meer bestaan of "
                             "niet meer passen. Ze gaan niet verloren.")
            delen.append(f"<h3>{_e(self.tr('Gearchiveerde antwoorden'))}</h3><p>{_e(uitleg)}</p><ul>")
            for a in s.gearchiveerd:
                delen.append(f"<li><b>{_e(a.get('label'))}</b>: {_e(a.get('weergave') or a.get('waarde'))} "
                             f"<i>(versie {_e(a.get('versie'))}, {_e(a.get('reden'))})</i></li>")
            delen.append("</ul>")
        self.tekst.setHtml("".join(delen))
        if afgesloten_op:
            self.status.setText(self.tr("Intake afgesloten op %1.").replace("%1", afgesloten_op))
        else:
            self.status.setText(self.tr("Nog %1 punt(en) open voor afsluiten.").replace("%1", str(len(s.ontbrekend)))
                                if s.ontbrekend else self.tr("De intake kan worden afgesloten."))
        self.afsluiten.setEnabled(not afgesloten_op)
