"""The central sync server (FastAPI). Every request is authorised here from the device token; nothing the client says
about itself is trusted. Refusals are a precise 4xx with a Dutch `detail` and a stable `code`, never a 500."""
from __future__ import annotations

import datetime as dt
import logging
import uuid

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic.json_schema import models_json_schema
from starlette.concurrency import run_in_threadpool
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from koers_protocol.foutmelding import veilige_beschrijving
from koers_protocol.sync import (CHUNK_SIZE, CLOCK_HEADER, MAX_BIJLAGE, MAX_BODY_BYTES, MAX_CLOCK_SKEW,
                                       MAX_NUMBER, MAX_PAGE, MIN_PROTOCOL_VERSION, BijlageStatus,
                                       PROTOCOL_HEADER, PROTOCOL_VERSION, EnrollRequest, EnrollResponse, Problem,
                                       ProtocolInfo, PullResponse, PushRequest, PushResponse, Resolve)

from . import bijlagen, sync
from .db import digest, make_engine, migrate, normalise_code, now
from .schema import aanmelding, apparaat, conflict, gebruiker, gemeente
from .sync import Device, Refused, beschrijf

log = logging.getLogger("koers.central")
REFUSALS = {status: {"model": Problem} for status in (400, 401, 403, 404, 409, 413, 422, 426)}


def create_app(db: str | Engine) -> FastAPI:
    engine = make_engine(db) if isinstance(db, str) else db
    migrate(engine)
    app = FastAPI(title="Koers centrale server", version="1", description=__doc__)
    app.state.engine = engine

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

    @app.middleware("http")
    async def guard(request: Request, call_next):
        size = request.headers.get("content-length")
        if request.method == "POST" and size is None:
            return JSONResponse({"detail": "Het verzoek mist de lengte (Content-Length); er is niets verwerkt.",
                                 "code": "lengte_ontbreekt"}, status_code=411)
        if size and (not size.isdigit() or int(size) > MAX_BODY_BYTES):
            return JSONResponse({"detail": f"Het verzoek is te groot (meer dan {MAX_BODY_BYTES // 1024 // 1024} MB). "
                                           f"Er is niets verwerkt; stuur kleinere porties.", "code": "te_groot"},
                                status_code=413)
        if request.url.path.startswith("/v1/") and request.url.path != "/v1/protocol":
            problem = check_protocol(request.headers.get(PROTOCOL_HEADER)) or check_clock(
                request.headers.get(CLOCK_HEADER))
            if problem:
                return problem
        try:
            return await call_next(request)
        except Exception as fout:  # a bug must still answer with a message, and never log personal data
            log.error("onverwachte fout bij %s: %s", request.url.path, veilige_beschrijving(fout))
            return JSONResponse({"detail": "Er ging op de server iets mis; er is niets half verwerkt. Probeer het "
                                           "later opnieuw of meld het de beheerder.", "code": "serverfout"},
                                status_code=500)

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

    @app.get("/v1/protocol", response_model=ProtocolInfo)
    def protocol() -> ProtocolInfo:
        """Which protocol versions this server speaks, and its clock."""
        return ProtocolInfo(min=MIN_PROTOCOL_VERSION, max=PROTOCOL_VERSION, server_time=dt.datetime.now(dt.timezone.utc))

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=REFUSALS)
    def enroll(body: EnrollRequest) -> EnrollResponse:
        """Exchange a one-time code for a device token (only its hash is stored)."""
        token = uuid.uuid4().hex + uuid.uuid4().hex
        with engine.begin() as conn:
            row = conn.execute(select(aanmelding.c.code_hash, aanmelding.c.verloopt, aanmelding.c.gebruikt,
                                      gebruiker.c.id, gebruiker.c.naam, gebruiker.c.rol,
                                      gemeente.c.naam.label("gnaam"))
                               .join(gebruiker, gebruiker.c.id == aanmelding.c.gebruiker_id)
                               .join(gemeente, gemeente.c.id == gebruiker.c.gemeente_id)
                               .where(aanmelding.c.code_hash == digest(normalise_code(body.code)))
                               .with_for_update(of=aanmelding)).first()
            if row is None or row.gebruikt:
                raise Refused(403, "code_ongeldig", "Deze aanmeldcode is onbekend of al gebruikt. Controleer de code, "
                                                    "of vraag de beheerder om een nieuwe.")
            if dt.datetime.fromisoformat(row.verloopt) < dt.datetime.now(dt.timezone.utc):
                raise Refused(403, "code_verlopen", "Deze aanmeldcode is verlopen. Vraag de beheerder om een nieuwe.")
            device_id = str(uuid.uuid4())
            conn.execute(update(aanmelding).where(aanmelding.c.code_hash == row.code_hash).values(gebruikt=now()))
            conn.execute(insert(apparaat).values(id=device_id, gebruiker_id=row.id, naam=body.device_name,
                                                 token_hash=digest(token), aangemeld=now(), last_seq=body.start_seq))
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
    def pull(after: int = Query(0, ge=0, le=MAX_NUMBER), limit: int = Query(500, ge=1, le=MAX_PAGE),
             who: Device = Depends(device)) -> PullResponse:
        """The records this device may see that changed after the cursor, oldest first, one page."""
        with engine.begin() as conn:
            records, cursor, more = sync.pull(conn, who, after, limit)
        return PullResponse(records=records, cursor=cursor, more=more)

    @app.post("/v1/conflicts/{conflict_id}/resolve", responses=REFUSALS)
    def resolve(body: Resolve, conflict_id: int = Path(ge=1, le=2**31 - 1),
                who: Device = Depends(device)) -> dict:
        """Record how the person resolved a conflict (the value itself travels as an ordinary change)."""
        with engine.begin() as conn:
            n = conn.execute(update(conflict).where(conflict.c.id == conflict_id,
                                                    conflict.c.gemeente_id == who.gemeente_id)
                             .values(opgelost=now(), keuze=body.keuze)).rowcount
        if not n:
            raise Refused(404, "onbekend_conflict", f"Conflict {conflict_id} bestaat niet bij {who.gemeente}.")
        return {"id": conflict_id, "keuze": body.keuze}

    sha_pad = Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the attachment's bytes, lowercase hex")
    deel_pad = Path(ge=0, le=MAX_BIJLAGE // CHUNK_SIZE)

    @app.get("/v1/bijlagen/{sha}", response_model=BijlageStatus, responses=REFUSALS)
    def bijlage_status(sha: str = sha_pad, who: Device = Depends(device)) -> BijlageStatus:
        """Which chunks of an attachment the server holds (to resume an upload)."""
        with engine.begin() as conn:
            return bijlagen.status(conn, who, sha)

    @app.put("/v1/bijlagen/{sha}/delen/{n}", response_model=BijlageStatus, responses=REFUSALS)
    async def bijlage_deel(request: Request, sha: str = sha_pad, n: int = deel_pad,
                           grootte: int = Query(ge=0, le=MAX_NUMBER), who: Device = Depends(device)) -> BijlageStatus:
        """One chunk (raw bytes, application/octet-stream) of an attachment of `grootte` bytes."""
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
