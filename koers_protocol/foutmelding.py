"""What may be written about an unexpected error: its kind and where it happened, never its text — exception texts
can carry personal data (a name in a ValueError, SQLAlchemy's statement parameters)."""
from __future__ import annotations


def veilige_beschrijving(fout: BaseException) -> str:
    tb = fout.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    plek = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else "onbekende plek"
    return f"{type(fout).__name__} in {plek}"
