"""Process hardening at start, as KeePassXC does: no core dump (it would hold the key and decrypted records in a
plaintext file), and on Linux not dumpable, so other processes of the same user cannot read our memory through
ptrace or /proc/PID/mem. Costs well under a millisecond."""
from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4


def geen_geheugendumps() -> None:
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):   # Windows has no resource module (and no core files)
        pass
    if sys.platform.startswith("linux"):
        import ctypes
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
