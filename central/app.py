"""The central sync server (FastAPI). Every request is authorised here from the device token; nothing the client says
about itself is trusted. Refusals are a precise 4xx with a Dutch `detail` and a stable `code`, never a 500. Every
request body is bounded while it is read. The server keeps no state of its own between requests (all of it is in the
database), so several instances can serve one database behind a reverse proxy."""
from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import uuid

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic.json_schema import models_json_schema
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from koers_protocol.foutmelding import veilige_beschrijving
from koers_protocol.sync import (CHUNK_SIZE, CLOCK_HEADER, MAX_BIJLAGE, MAX_BODY_BYTES, MAX_CLOCK_SKEW, MAX_NUMBER,
                                 MAX_PAGE, MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION, BijlageStatus,
                                 EnrollRequest, EnrollResponse, Gehouden, Opgehaald, Ophalen, Problem,
                                 ProtocolInfo, PullResponse, PushRequest, PushResponse, Resolve, Vergeten)

from . import bijlagen, sync
from .db import digest, make_engine, migrate, normalise_code, now
from .schema import aanmelding, aanmeldpoging, apparaat, conflict, gebruiker, gemeente
from .sync import Device, Refused, beschrijf

log = logging.getLogger("koers.central")
REFUSALS = {status: {"model": Problem} for status in (400, 401, 403, 404, 409, 413, 422, 426, 429)}
MAX_POGINGEN = 10                         # failed enrolments per client address ...
POGINGVENSTER = dt.timedelta(minutes=15)  # ... within this window; then 429 until the window has passed
ONBEREIKBAAR = ("De database van de server is even niet bereikbaar. Er is niets verwerkt; probeer het over een paar "
                "minuten opnieuw. Blijft het zo, meld het dan de beheerder.")
_DEEL = re.compile(r"^/v1/bijlagen/[^/]+/delen/[^/]+$")   # a chunk of an attachment: bounded to CHUNK_SIZE


def create_app(db: str | Engine) -> FastAPI:
    engine = make_engine(db) if isinstance(db, str) else db
    migrate(engine)
    app = FastAPI(title="Koers centrale server", version="1", description=__doc__)
    app.state.engine = engine
    app.add_middleware(BegrensdeInhoud)

    def openapi() -> dict:
        """The push body is read by the server itself (see `push`); its schema is still the protocol's PushRequest."""
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            _, defs = models_json_schema([(PushRequest, "validation")], ref_template="#/components/schemas/{model}")
            schema["components"]["schemas"].update(defs["$defs"])
            app.openapi_schema = schema
        return app.openapi_schema
    app.openapi = openapi

    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused):
        return JSONResponse({"detail": exc.detail, "code": exc.code}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        return JSONResponse({"detail": describe_validation(exc), "code": "ongeldig_verzoek"}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_fout(request: Request, exc: HTTPException):
        """What the framework refuses itself (an unknown address, a body too large or unreadable), in Dutch."""
        detail, code = nederlands(request, exc.status_code)
        return JSONResponse({"detail": detail, "code": code}, status_code=exc.status_code, headers=exc.headers)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method == "POST" and request.headers.get("content-length") is None:
            return JSONResponse({"detail": "Het verzoek mist de lengte (Content-Length); er is niets verwerkt.",
                                 "code": "lengte_ontbreekt"}, status_code=411)
        if request.url.path.startswith("/v1/") and request.url.path != "/v1/protocol":
            problem = check_protocol(request.headers.get(PROTOCOL_HEADER)) or check_clock(
                request.headers.get(CLOCK_HEADER))
            if problem:
                return problem
        try:
            return await call_next(request)
        except (OperationalError, InterfaceError) as fout:
            # The database is away (restarted, unreachable, busy): nothing was done; the client tries again later.
            log.warning("database onbereikbaar bij %s: %s", request.url.path, veilige_beschrijving(fout))
            return JSONResponse({"detail": ONBEREIKBAAR, "code": "database_onbereikbaar"}, status_code=503,
                                headers={"Retry-After": "5"})
        except Exception as fout:  # a bug must still answer with a message, and never log personal data
            return _serverfout(request, fout)

    def device(authorization: str | None = Header(default=None)) -> Device:
        if not authorization or not authorization.startswith("Bearer "):
            raise Refused(401, "geen_token", "Dit apparaat is niet aangemeld. Meld het aan met de code die u van de "
                                             "beheerder kreeg.")
        with engine.begin() as conn:
            row = conn.execute(select(apparaat.c.id, apparaat.c.ingetrokken, gebruiker.c.naam, gebruiker.c.rol,
                                      gemeente.c.id.label("gid"), gemeente.c.naam.label("gnaam"))
                               .join(gebruiker, gebruiker.c.id == apparaat.c.gebruiker_id)
                               .join(gemeente, gemeente.c.id == gebruiker.c.gemeente_id)
                               .where(apparaat.c.token_hash == digest(authorization[7:].strip()))).first()
        if row is None:
            raise Refused(401, "onbekend_token", "De server kent dit apparaat niet (meer). Meld het opnieuw aan met "
                                                 "een nieuwe code van de beheerder; uw gegevens op dit apparaat "
                                                 "blijven bewaard.")
        if row.ingetrokken:
            raise Refused(401, "apparaat_ingetrokken",
                          "De beheerder heeft de toegang van dit apparaat ingetrokken. Synchroniseren kan niet meer; "
                          "uw gegevens op dit apparaat blijven bewaard. Neem contact op met de beheerder.")
        return Device(id=row.id, user=row.naam, role=row.rol, gemeente_id=row.gid, gemeente=row.gnaam)

    @app.get("/health")
    def health() -> JSONResponse:
        """For a load balancer or monitoring: the process answers, and the database is reachable (else 503)."""
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return JSONResponse({"status": "database onbereikbaar", "detail": ONBEREIKBAAR,
                                 "code": "database_onbereikbaar"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "bereikbaar"})

    @app.get("/v1/protocol", response_model=ProtocolInfo)
    def protocol() -> ProtocolInfo:
        """Which protocol versions this server speaks, and its clock."""
        return ProtocolInfo(min=MIN_PROTOCOL_VERSION, max=PROTOCOL_VERSION, server_time=dt.datetime.now(dt.timezone.utc))

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=REFUSALS)
    def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
        """Exchange a one-time code for a device token (only its hash is stored). A retry of the same request (the
        same code and token) gets the same device again. Failed attempts are limited per client address."""
        client = request.client.host if request.client else "onbekend"
        grens = (dt.datetime.now(dt.timezone.utc) - POGINGVENSTER).isoformat(timespec="microseconds")
        with engine.begin() as conn:
            mislukt = conn.execute(select(func.count()).select_from(aanmeldpoging).where(
                aanmeldpoging.c.client == client, aanmeldpoging.c.at > grens)).scalar()
        if mislukt >= MAX_POGINGEN:
            raise Refused(429, "te_veel_pogingen", f"Te veel mislukte aanmeldpogingen vanaf dit adres. Wacht "
                                                   f"{POGINGVENSTER.seconds // 60} minuten en probeer het dan opnieuw "
                                                   f"met de code van de beheerder.")
        try:
            return _meld_aan(body)
        except Refused as fout:
            if fout.code in ("code_ongeldig", "code_verlopen"):
                with engine.begin() as conn:
                    conn.execute(delete(aanmeldpoging).where(aanmeldpoging.c.at <= grens))
                    conn.execute(insert(aanmeldpoging).values(client=client, at=now()))
            raise

    def _meld_aan(body: EnrollRequest) -> EnrollResponse:
        token = body.token or secrets.token_hex(32)
        with engine.begin() as conn:
            row = conn.execute(select(aanmelding.c.code_hash, aanmelding.c.verloopt, aanmelding.c.gebruikt,
                                      aanmelding.c.apparaat_id, gebruiker.c.id, gebruiker.c.naam, gebruiker.c.rol,
                                      gemeente.c.naam.label("gnaam"))
                               .join(gebruiker, gebruiker.c.id == aanmelding.c.gebruiker_id)
                               .join(gemeente, gemeente.c.id == gebruiker.c.gemeente_id)
                               .where(aanmelding.c.code_hash == digest(normalise_code(body.code)))
                               .with_for_update(of=aanmelding)).first()
            eerder = row is not None and row.gebruikt and body.token and conn.execute(
                select(apparaat.c.id).where(apparaat.c.id == row.apparaat_id,
                                            apparaat.c.token_hash == digest(body.token))).scalar()
            if eerder:   # the answer to this very request was lost on its way: the same device again
                return EnrollResponse(device_id=eerder, token=token, user=row.naam, role=row.rol, gemeente=row.gnaam)
            if row is None or row.gebruikt:
                raise Refused(403, "code_ongeldig", "Deze aanmeldcode is onbekend of al gebruikt. Controleer de code, "
                                                    "of vraag de beheerder om een nieuwe.")
            if dt.datetime.fromisoformat(row.verloopt) < dt.datetime.now(dt.timezone.utc):
                raise Refused(403, "code_verlopen", "Deze aanmeldcode is verlopen. Vraag de beheerder om een nieuwe.")
            if conn.execute(select(apparaat.c.id).where(apparaat.c.token_hash == digest(token))).first():
                raise Refused(409, "token_bezet", "Dit apparaat koos een token dat al in gebruik is. Meld het "
                                                  "opnieuw aan: Koers kiest dan een ander.")
            device_id = str(uuid.uuid4())
            conn.execute(insert(apparaat).values(id=device_id, gebruiker_id=row.id, naam=body.device_name,
                                                 token_hash=digest(token), aangemeld=now(), last_seq=body.start_seq))
            conn.execute(update(aanmelding).where(aanmelding.c.code_hash == row.code_hash)
                         .values(gebruikt=now(), apparaat_id=device_id))
        return EnrollResponse(device_id=device_id, token=token, user=row.naam, role=row.rol, gemeente=row.gnaam)

    @app.post("/v1/push", response_model=PushResponse, responses=REFUSALS, openapi_extra={"requestBody": {
        "required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}}}})
    async def push(request: Request, who: Device = Depends(device)) -> PushResponse:
        """Apply a batch of changes from the outbox (a PushRequest), in one transaction. A batch that cannot be read
        as a whole is refused whole (4xx, nothing applied); a change the server cannot accept, or that this device may
        not (or no longer) write, is answered by itself with status "geweigerd" and a reason, and the rest of the
        batch is applied. The body is read here, not by FastAPI, so that one bad change cannot refuse its batch."""
        body = await request.body()
        protocol = int(request.headers[PROTOCOL_HEADER])  # the guard has checked it

        def verwerk() -> PushResponse:  # in a worker thread: a deeply nested body parses on a fresh stack
            changes = sync.lees_portie(body)
            with engine.begin() as conn:
                return sync.push(conn, who, changes, protocol)
        return await run_in_threadpool(verwerk)

    @app.get("/v1/pull", response_model=PullResponse, responses=REFUSALS)
    def pull(request: Request, after: int = Query(0, ge=0, le=MAX_NUMBER),
             limit: int = Query(500, ge=1, le=MAX_PAGE), who: Device = Depends(device)) -> PullResponse:
        """The records this device may see that changed after the cursor, oldest first, one page; and where access
        stands for it (`toegang`: when that moved, the device asks POST /v1/vergeten)."""
        with engine.begin() as conn:
            antwoord = sync.pull(conn, who, after, limit)
        if int(request.headers[PROTOCOL_HEADER]) < 4:   # the guard has checked it; older clients refuse new fields
            return JSONResponse(antwoord.model_dump(mode="json", exclude={"toegang"}))
        return antwoord

    @app.post("/v1/vergeten", response_model=Vergeten, responses=REFUSALS)
    def vergeten(body: Gehouden, who: Device = Depends(device)) -> Vergeten:
        """Of the records this device holds (kind and id, at most one page), those the server would not give it now:
        the device forgets them. A record the server does not have and one that is not this device's get the same
        answer."""
        with engine.begin() as conn:
            return sync.vergeten(conn, who, body.records)

    @app.post("/v1/ophalen", response_model=Opgehaald, responses=REFUSALS)
    def ophalen(body: Ophalen, who: Device = Depends(device)) -> Opgehaald:
        """Records again, as this device may have them now: after the server refused a change to them, the device
        takes the server's copy (or drops the record when the server has none for it), so both hold the same."""
        with engine.begin() as conn:
            return sync.ophalen(conn, who, body.records)

    @app.post("/v1/conflicts/{conflict_id}/resolve", responses=REFUSALS)
    def resolve(body: Resolve, conflict_id: int = Path(ge=1, le=2**31 - 1),
                who: Device = Depends(device)) -> dict:
        """Record how the person resolved a conflict (the value itself travels as an ordinary change). Only the user
        whose edit met the conflict may: to anyone else it does not exist."""
        eigen = (select(apparaat.c.id).join(gebruiker, gebruiker.c.id == apparaat.c.gebruiker_id)
                 .where(gebruiker.c.gemeente_id == who.gemeente_id, gebruiker.c.naam == who.user))
        with engine.begin() as conn:
            n = conn.execute(update(conflict).where(conflict.c.id == conflict_id,
                                                    conflict.c.gemeente_id == who.gemeente_id,
                                                    conflict.c.apparaat_id.in_(eigen))
                             .values(opgelost=now(), keuze=body.keuze)).rowcount
        if not n:
            raise Refused(404, "onbekend_conflict", f"Conflict {conflict_id} bestaat niet, of is niet van "
                                                    f"{who.user}.")
        return {"id": conflict_id, "keuze": body.keuze}

    sha_pad = Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the attachment's bytes, lowercase hex")
    deel_pad = Path(ge=0, le=MAX_BIJLAGE // CHUNK_SIZE)

    @app.get("/v1/bijlagen/{sha}", response_model=BijlageStatus, responses=REFUSALS)
    def bijlage_status(sha: str = sha_pad, who: Device = Depends(device)) -> BijlageStatus:
        """Which chunks of an attachment the server holds (to resume an upload); 404 when this device may not know
        of it."""
        with engine.begin() as conn:
            return bijlagen.status(conn, who, sha)

    @app.put("/v1/bijlagen/{sha}/delen/{n}", response_model=BijlageStatus, responses=REFUSALS)
    async def bijlage_deel(request: Request, sha: str = sha_pad, n: int = deel_pad,
                           grootte: int = Query(ge=0, le=MAX_NUMBER), who: Device = Depends(device)) -> BijlageStatus:
        """One chunk (raw bytes, application/octet-stream, at most one chunk's size) of an attachment of `grootte`
        bytes."""
        data = await request.body()

        def bewaar():
            with engine.begin() as conn:
                return bijlagen.put_chunk(conn, who, sha, n, grootte, data)
        return await run_in_threadpool(bewaar)

    @app.post("/v1/bijlagen/{sha}/klaar", response_model=BijlageStatus, responses=REFUSALS)
    def bijlage_klaar(sha: str = sha_pad, who: Device = Depends(device)) -> BijlageStatus:
        """All chunks sent: the server checks the hash and only then makes the attachment available."""
        with engine.begin() as conn:
            result = bijlagen.finish(conn, who, sha)
        if isinstance(result, Refused):
            raise result
        return result

    @app.get("/v1/bijlagen/{sha}/delen/{n}", responses={200: {"content": {"application/octet-stream": {}}},
                                                        **REFUSALS})
    def bijlage_lees(sha: str = sha_pad, n: int = deel_pad, who: Device = Depends(device)) -> Response:
        """One chunk of an attachment that a record visible to this device refers to."""
        with engine.begin() as conn:
            return Response(bijlagen.read_chunk(conn, who, sha, n), media_type="application/octet-stream")

    @app.get("/v1/me", responses=REFUSALS)
    def me(who: Device = Depends(device)) -> dict:
        return {"device_id": who.id, "user": who.user, "role": who.role, "gemeente": who.gemeente}

    return app


class TeGroot(HTTPException):
    def __init__(self):
        super().__init__(413)


class BegrensdeInhoud:
    """Every request body is bounded while it is read (also one sent without a length, in chunks): a chunk of an
    attachment to CHUNK_SIZE, anything else to MAX_BODY_BYTES. Past the bound the server stops reading and answers
    413; a stated length past it is answered before anything is read."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        grens = CHUNK_SIZE if scope["method"] == "PUT" and _DEEL.match(scope["path"]) else MAX_BODY_BYTES
        lengte = dict(scope["headers"]).get(b"content-length", b"0")
        if not lengte.isdigit() or int(lengte) > grens:
            detail, code = nederlands(Request(scope), 413)
            return await JSONResponse({"detail": detail, "code": code}, status_code=413)(scope, receive, send)
        gelezen = 0

        async def begrensd():
            nonlocal gelezen
            bericht = await receive()
            gelezen += len(bericht.get("body", b""))
            if gelezen > grens:
                raise TeGroot()
            return bericht
        await self.app(scope, begrensd, send)


def _serverfout(request: Request, fout: Exception) -> JSONResponse:
    log.error("onverwachte fout bij %s: %s", request.url.path, veilige_beschrijving(fout))
    return JSONResponse({"detail": "Er ging op de server iets mis; er is niets half verwerkt. Probeer het later "
                                   "opnieuw of meld het de beheerder.", "code": "serverfout"}, status_code=500)


def nederlands(request: Request, status: int) -> tuple[str, str]:
    """A refusal by the framework itself, in Dutch with a code."""
    if status == 413:
        deel = request.url.path.startswith("/v1/bijlagen/")
        grens = f"{CHUNK_SIZE // 1024} kB per deel van een bijlage" if deel else f"{MAX_BODY_BYTES // 1024 // 1024} MB"
        return f"Het verzoek is te groot (hoogstens {grens}). Er is niets verwerkt; stuur kleinere porties.", "te_groot"
    if status == 404:
        return (f"De server kent het adres {request.url.path} niet. Controleer de server-URL, of werk Koers bij.",
                "onbekend_adres")
    if status == 405:
        return f"{request.method} kan niet op {request.url.path}.", "methode_niet_toegestaan"
    if status == 400:
        return ("Ongeldig verzoek: de inhoud is niet te lezen (geen geldige JSON of UTF-8). Er is niets verwerkt.",
                "ongeldig_verzoek")
    return f"De server weigerde het verzoek (HTTP {status}). Er is niets verwerkt.", "geweigerd"


def check_protocol(value: str | None) -> JSONResponse | None:
    try:
        version = int(value) if value is not None else None
    except ValueError:
        version = -1
    if version is None or version < MIN_PROTOCOL_VERSION:
        return JSONResponse({"detail": f"Deze versie van Koers is te oud voor de server (protocol {value or 'onbekend'}, "
                                       f"de server vraagt minstens {MIN_PROTOCOL_VERSION}). Installeer de nieuwste "
                                       f"versie van Koers; uw gegevens blijven bewaard.", "code": "client_te_oud"},
                            status_code=426)
    if version > PROTOCOL_VERSION:
        return JSONResponse({"detail": f"De server is ouder dan deze Koers (protocol {version}, de server kent tot en "
                                       f"met {PROTOCOL_VERSION}). Vraag de beheerder de server bij te werken.",
                             "code": "server_te_oud"}, status_code=400)
    return None


def check_clock(value: str | None) -> JSONResponse | None:
    if value is None:
        return None
    try:
        klok = dt.datetime.fromisoformat(value)
        if klok.tzinfo is None:
            raise ValueError
    except ValueError:
        return JSONResponse({"detail": f"De kop {CLOCK_HEADER} moet een tijd met tijdzone zijn (ISO 8601).",
                             "code": "ongeldig_verzoek"}, status_code=400)
    verschil = klok - dt.datetime.now(dt.timezone.utc)
    if abs(verschil) > MAX_CLOCK_SKEW:
        uren = abs(verschil).total_seconds() / 3600
        richting = "voor" if verschil.total_seconds() > 0 else "achter"
        return JSONResponse({"detail": f"De klok van dit apparaat loopt {uren:.1f} uur {richting}. Zet datum en tijd "
                                       f"goed (automatisch instellen) en synchroniseer opnieuw; er is niets verwerkt.",
                             "code": "klok_afwijking"}, status_code=400)
    return None


def describe_validation(exc: RequestValidationError) -> str:
    return "Ongeldig verzoek: " + beschrijf(exc.errors()) + ". Er is niets verwerkt."
