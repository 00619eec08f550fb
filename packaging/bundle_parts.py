"""What the Linux bundle carries besides Python and the packages PyInstaller finds by itself: libvlc and the
VLC plugins the player needs, the ffmpeg/ffprobe/espeak-ng programs the product still runs, espeak-ng's Dutch
data, the method content and resources; and what it leaves out of PySide6 (Qt modules, plugins and
translations the workbench does not use). Used by packaging/kijkwijzer.spec; see docs/packaging.md."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBDIR = Path("/usr/lib/x86_64-linux-gnu")
VLC_PLUGINS = LIBDIR / "vlc" / "plugins"
ESPEAK_DATA = LIBDIR / "espeak-ng-data"

# VLC plugin folders the workbench never uses: VLC's own interfaces and remote controls, Lua scripts,
# network discovery, writing/streaming out (VLC transcodes nothing here), stored passwords, album art and
# tags, VA-API/VDPAU hardware decoding (software decoding is enough for interview recordings, and those drivers
# belong to the machine), archive reading.
VLC_SKIPPED_FOLDERS = frozenset({"gui", "control", "lua", "services_discovery", "stream_out", "access_output",
                                 "mux", "keystore", "meta_engine", "vaapi", "vdpau", "stream_extractor"})
# Single plugins (file name without lib..._plugin.so) left out: discs, capture cards and network protocols (the
# workbench opens files and its own sealed stream only), encoders, teletext/ARIB/Kate subtitles, Wayland,
# framebuffer and text-art outputs, module music, Chromecast, add-ons and fingerprinting.
VLC_SKIPPED_PLUGINS = frozenset({
    "access_alsa", "access_mms", "access_mtp", "access_realrtsp", "cdda", "dc1394", "dtv", "dv1394", "dvb",
    "dvdnav", "dvdread", "ftp", "http", "https", "libbluray", "linsys_hdsdi", "linsys_sdi", "nfs", "pulsesrc",
    "rist", "rtp", "satip", "sdp", "sftp", "shm", "tcp", "timecode", "udp", "v4l2", "vcd", "vdr",
    "aribsub", "kate", "libass", "sdl_image", "shine", "svgdec", "twolame", "vaapi_drm", "vaapi", "x26410b",
    "x264", "x265", "zvbi", "demux_chromecast", "sid", "mod", "addonsfsstorage", "addonsvorepository",
    "audioscrobbler", "fingerprinter", "gnutls", "vod_rtsp", "export", "remoteosd", "rss", "mosaic",
    "aa", "caca", "fb", "flaschen", "egl_wl", "wl_shell", "wl_shm", "xdg_shell", "glconv_vaapi_drm",
    "glconv_vaapi_wl", "glconv_vaapi_x11", "glconv_vdpau", "sd_journal",
})

# PySide6: the workbench imports QtCore, QtGui, QtWidgets and QtCharts (grep "PySide6.Qt" kijkwijzer).
QT_EXCLUDES = ["PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
               "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtWebEngineCore",
               "PySide6.QtWebEngineWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.Qt3DCore",
               "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtDesigner", "PySide6.QtHelp",
               "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
               "PySide6.QtSerialPort", "PySide6.QtWebSockets", "PySide6.QtDataVisualization",
               "PySide6.QtGraphs", "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech", "PySide6.QtNfc",
               "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtHttpServer",
               "PySide6.QtUiTools", "PySide6.QtConcurrent", "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets"]
# What else PyInstaller would follow from the packages' optional imports; none is used by the product.
PY_EXCLUDES = ["tkinter", "matplotlib", "IPython", "pytest", "_pytest", "hypothesis", "mypy", "ruff",
               "importlinter", "grimp", "PyInstaller", "setuptools", "pip", "pandas", "pyarrow", "torch",
               "docutils", "sphinx", "pygments", "rich"]
# The Qt plugins the window needs (file name without lib....so), by folder; a folder not named here is left out
# (eglfs/VNC/framebuffer screens, printing, networking, multimedia, SQL drivers, ...). X11 (xcb) and Wayland are the
# desktops, offscreen and minimal for servers and tests; the XDG portal for the desktop's file dialogs; compose
# and ibus for typing accents; the SVG icon; the image formats the stills and icons use (PNG is built in). Left out
# on purpose: the GTK3 theme (it would bring a private copy of GTK, at odds with the desktop's own) and the
# virtual keyboard (it needs Qt Quick and QML).
QT_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg", "qjpeg", "qgif", "qico"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server", "dmabuf-server",
                                            "drm-egl-server"},
    "wayland-shell-integration": {"xdg-shell", "wl-shell-plugin", "qt-shell"},
}
QT_TRANSLATION_LANGUAGES = ("nl", "en")  # the two languages of the workbench


def vlc_binaries() -> list[tuple[str, str]]:
    """libvlc, libvlccore beside it (VLC finds its plugins in `vlc/plugins` next to libvlccore) and the
    plugins the player needs."""
    found = [(str(LIBDIR / "libvlc.so.5"), "."), (str(LIBDIR / "libvlccore.so.9"), ".")]
    for plugin in sorted(VLC_PLUGINS.glob("*/*.so")):
        folder = plugin.parent.name
        name = plugin.name.removeprefix("lib").removesuffix("_plugin.so")
        if folder in VLC_SKIPPED_FOLDERS or name in VLC_SKIPPED_PLUGINS:
            continue
        found.append((str(plugin), f"vlc/plugins/{folder}"))
    return found


def tool_binaries() -> list[tuple[str, str]]:
    """ffprobe/ffmpeg (media/probe.py checks every imported recording with them) and ffmpeg/espeak-ng for the
    demo (media/synth.py); their libraries are collected by PyInstaller's dependency analysis."""
    found = []
    for name in ("ffmpeg", "ffprobe", "espeak-ng"):
        path = shutil.which(name)
        if path is None:
            raise SystemExit(f"{name} is niet geïnstalleerd / is not installed (make system)")
        found.append((path, "bin"))
    return found


def espeak_data() -> list[tuple[str, str]]:
    """espeak-ng's phoneme data, voices and language definitions, and of the dictionaries only Dutch."""
    found = []
    for path in sorted(ESPEAK_DATA.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(ESPEAK_DATA)
        if path.name.endswith("_dict") and path.name != "nl_dict":
            continue
        found.append((str(path), str(Path("share/espeak-ng-data") / relative.parent)))
    return found


def product_data() -> list[tuple[str, str]]:
    """content/ and resources/ at the top of the bundle: the code finds them two folders above its package
    modules (content/loader.py, ui/i18n.py, services/demo.py), which in the bundle is `_internal/`.
    Translation sources (.ts) and the pending translations are for developers only."""
    found = []
    for folder in ("content", "resources"):
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT)
            if not path.is_file() or path.suffix == ".ts" or "pending" in relative.parts:
                continue
            found.append((str(path), str(relative.parent)))
    return found


def package_data() -> list[tuple[str, str]]:
    """The package data pyproject names: Alembic's migrations (read as files, so as .py source) and the PDF
    fonts, at the place beside the modules where the code looks for them."""
    found = []
    for folder, suffixes in (("kijkwijzer/store/migrations", {".py", ".sql", ".mako", ".ini"}),
                             ("kijkwijzer/formats/fonts", {".ttf", ".txt"})):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in suffixes and "__pycache__" not in path.parts:
                found.append((str(path), str(path.parent.relative_to(ROOT))))
    return found


def keep_qt(dest: str) -> bool:
    """Whether a file PySide6's hooks collected is needed (dest: its path inside the bundle)."""
    parts = Path(dest).parts
    if parts[:3] == ("PySide6", "Qt", "plugins") and len(parts) > 3:
        name = parts[-1].removeprefix("lib").removesuffix(".so")
        return name in QT_PLUGINS.get(parts[3], set())
    if parts[:3] == ("PySide6", "Qt", "translations"):
        stem = Path(dest).stem
        return stem.startswith("qtbase_") and stem.rsplit("_", 1)[-1] in QT_TRANSLATION_LANGUAGES
    return True
