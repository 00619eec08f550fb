"""Runs in the bundle before the workbench or the command line starts (a PyInstaller runtime hook): point
python-vlc at the libvlc and plugins inside the bundle, put the bundle's programs (ffmpeg, ffprobe, espeak-ng)
first on PATH, and tell espeak-ng where its data is. Nothing of the machine's VLC or Python is used."""

import os
import sys
from pathlib import Path

_inside = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
# libvlccore finds its plugins by itself beside it: in vlc/plugins on Linux, in plugins\ on Windows.
_libvlc = _inside / ("libvlc.dll" if sys.platform == "win32" else "libvlc.so.5")
if _libvlc.is_file():
    os.environ["PYTHON_VLC_LIB_PATH"] = str(_libvlc)
_programs = _inside / "bin"
if _programs.is_dir():
    os.environ["PATH"] = os.pathsep.join(p for p in (str(_programs), os.environ.get("PATH", "")) if p)
_speech = _inside / "share"
if (_speech / "espeak-ng-data").is_dir():
    os.environ["ESPEAK_DATA_PATH"] = str(_speech)
