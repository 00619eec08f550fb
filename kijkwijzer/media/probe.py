"""What is in a media file (ffprobe), and whether it is usable at all before anything is stored.

`probe()` is the gate in front of the vault: it names the file and the reason in Dutch and English
when a recording cannot be used (missing, empty, not media, text or a still image or subtitles that
ffmpeg can open too, no sound or picture, truncated, unsupported codec). `read_info()` is the cheap part without the decode checks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from kijkwijzer.errors import BadInput, KijkwijzerError

PROBE_TIMEOUT_S = 60
# r_frame_rate and avg_frame_rate of constant-rate files differ by rounding only (30 vs 29.97 is 0.1 %).
VFR_TOLERANCE = 0.01
_TAIL_CHECK_S = 3.0


@dataclass(frozen=True)
class MediaInfo:
    """Stream facts the rest of the program needs; times in integer milliseconds."""

    container: str
    duration_ms: int
    has_video: bool
    has_audio: bool
    width: int = 0
    height: int = 0
    rotation: int = 0
    """Clockwise degrees (0, 90, 180, 270) a player turns the picture to show it upright."""
    fps: float = 0.0
    variable_frame_rate: bool = False
    video_codec: str | None = None
    audio_codec: str | None = None

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height as shown, after rotation (phone recordings are stored sideways)."""
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height

    @property
    def frame_ms(self) -> float:
        """Duration of one frame; 40 ms (25 fps) when unknown, e.g. for audio."""
        return 1000.0 / self.fps if self.fps > 0 else 40.0


def _reject(path: Path, reason_nl: str, reason_en: str) -> BadInput:
    return BadInput(
        f"{path.name} kan niet worden gebruikt: {reason_nl}",
        f"{path.name} cannot be used: {reason_en}",
    )


def tool(name: str) -> str:
    """Full path of an external program (ffmpeg, ffprobe, espeak-ng) or an error the user can act on."""
    found = shutil.which(name)
    if not found:
        raise KijkwijzerError(
            f"Het programma '{name}' is niet gevonden; installeer het (bijv. het pakket ffmpeg).",
            f"The program '{name}' was not found; please install it (e.g. the ffmpeg package).",
        )
    return found


def _ratio(text: str | None) -> float:
    try:
        value = Fraction(text or "0")
    except (ValueError, ZeroDivisionError):
        return 0.0
    return float(value) if value > 0 else 0.0


def _rotation(stream: dict[str, Any]) -> int:
    """Display matrix rotation is counter-clockwise in ffprobe; the old `rotate` tag is clockwise."""
    for side in stream.get("side_data_list") or []:
        if "rotation" in side:
            return round(-float(side["rotation"]) / 90.0) * 90 % 360
    tag = (stream.get("tags") or {}).get("rotate")
    if tag is not None:
        try:
            return round(float(tag) / 90.0) * 90 % 360
        except ValueError:
            return 0
    return 0


def _duration_ms(data: dict[str, Any], streams: list[dict[str, Any]]) -> int:
    candidates = [(data.get("format") or {}).get("duration")] + [s.get("duration") for s in streams]
    values = []
    for value in candidates:
        try:
            values.append(float(str(value)))
        except ValueError:  # "N/A" or missing (None)
            continue
    return round(max(values) * 1000) if values else 0


def _check_file(path: Path) -> None:
    if not path.is_file():
        if path.exists():  # a folder, or a FIFO that would make ffprobe wait for ever
            raise _reject(path, "het is geen gewoon bestand (maar een map, pijp of apparaat).",
                          "it is not a regular file (but a folder, pipe or device).")
        raise _reject(path, "het bestand bestaat niet.", "the file does not exist.")
    if path.stat().st_size == 0:
        raise _reject(path, "het bestand is leeg (0 bytes).", "the file is empty (0 bytes).")


def read_info(path: Path) -> MediaInfo:
    """ffprobe only: fast, no decoding. Raises BadInput when ffprobe cannot make sense of the file."""
    return _info(_ffprobe(Path(path)))


def _ffprobe(path: Path) -> dict[str, Any]:
    _check_file(path)
    cmd = [
        tool("ffprobe"),
        "-v",
        "error",
        "-print_format",
        "json",
        "-show_format",
        "-show_streams",
        str(path),
    ]
    result = subprocess.run(cmd, check=False, capture_output=True, timeout=PROBE_TIMEOUT_S)
    if result.returncode != 0:
        raise _reject(
            path,
            "dit is geen (leesbaar) video- of audiobestand, of het is beschadigd.",
            "this is not a (readable) video or audio file, or it is damaged.",
        )
    return json.loads(result.stdout or b"{}")


def _info(data: dict[str, Any]) -> MediaInfo:
    streams = data.get("streams") or []
    video = [
        s
        for s in streams
        if s.get("codec_type") == "video" and not (s.get("disposition") or {}).get("attached_pic")
    ]
    audio = [s for s in streams if s.get("codec_type") == "audio"]
    v = video[0] if video else {}
    a = audio[0] if audio else {}
    avg, real = _ratio(v.get("avg_frame_rate")), _ratio(v.get("r_frame_rate"))
    fps = avg or real
    vfr = bool(avg and real and abs(real - avg) / real > VFR_TOLERANCE)
    return MediaInfo(
        container=str((data.get("format") or {}).get("format_name", "")),
        duration_ms=_duration_ms(data, video + audio),
        has_video=bool(video),
        has_audio=bool(audio),
        width=int(v.get("width") or 0),
        height=int(v.get("height") or 0),
        rotation=_rotation(v) if video else 0,
        fps=round(fps, 3),
        variable_frame_rate=vfr,
        video_codec=v.get("codec_name") if video else None,
        audio_codec=a.get("codec_name") if audio else None,
    )


def _decode_errors(path: Path, duration_ms: int) -> str:
    """Decode the first 2 s and the last seconds (one ffmpeg, two inputs) with -xerror; returns
    ffmpeg's complaint, empty when both decode. Only the exit status counts: real phone recordings
    log harmless decoder errors now and then."""
    cmd = [tool("ffmpeg"), "-nostdin", "-v", "error", "-xerror"]
    tail_start = duration_ms / 1000.0 - _TAIL_CHECK_S
    if tail_start <= 2.0:  # short file: decode all of it
        cmd += ["-i", str(path), "-map", "0:v?", "-map", "0:a?"]
    else:
        cmd += ["-t", "2", "-i", str(path), "-ss", f"{tail_start:.3f}", "-t", f"{_TAIL_CHECK_S + 1:.3f}"]
        cmd += ["-i", str(path), "-map", "0:v?", "-map", "0:a?", "-map", "1:v?", "-map", "1:a?"]
    result = subprocess.run(
        cmd + ["-f", "null", "-"], check=False, capture_output=True, timeout=PROBE_TIMEOUT_S
    )
    if result.returncode == 0:
        return ""
    return result.stderr.decode("utf-8", "replace").strip() or f"exit status {result.returncode}"


# What ffmpeg happily opens as "video" but is not a recording: text shown as a picture (a .txt is read by
# the tty demuxer as 640x400 ANSI art), and still images (a one-frame video in an image container).
_TEXT_FORMATS = frozenset({"tty", "bin", "xbin", "adf", "idf"})
_TEXT_CODECS = frozenset({"ansi", "bintext", "xbin", "idf"})
_IMAGE_CODECS = frozenset({"png", "apng", "mjpeg", "jpegls", "jpeg2000", "bmp", "gif", "tiff", "webp", "ppm", "pgm",
                           "pgmyuv", "pbm", "pam", "targa", "sgi", "qoi", "dds", "exr", "hdr", "pcx", "pictor",
                           "sunrast", "xbm", "xpm", "xwd", "jpegxl", "psd", "svg"})
_SUBTITLE_FORMATS = frozenset({"srt", "webvtt", "ass", "ssa", "subviewer", "subviewer1", "microdvd", "mpl2", "sami",
                               "jacosub", "pjs", "realtext", "stl", "vplayer", "lrc", "scc", "aqtitle"})


def _one_picture(stream: dict[str, Any], data: dict[str, Any]) -> bool:
    """An image codec with one frame (or, where the container does not count frames, hardly any duration)."""
    if stream.get("codec_name") not in _IMAGE_CODECS:
        return False
    try:
        return int(stream.get("nb_frames") or "") <= 1
    except ValueError:
        pass
    return _duration_ms(data, [stream]) < 500


def _not_a_recording(path: Path, data: dict[str, Any]) -> BadInput | None:
    """Text, still images and subtitle files ffmpeg can open: refused, saying what the file is."""
    formats = set(str((data.get("format") or {}).get("format_name", "")).split(","))
    streams = data.get("streams") or []
    kinds = {s.get("codec_type") for s in streams}
    video = [s for s in streams if s.get("codec_type") == "video"
             and not (s.get("disposition") or {}).get("attached_pic")]
    if formats & _TEXT_FORMATS or any(s.get("codec_name") in _TEXT_CODECS for s in video):
        return _reject(path, "dit is een tekstbestand, geen video- of audiobestand.",
                       "this is a text file, not a video or audio file.")
    if "audio" not in kinds and video:
        image_container = "image2" in formats or any(f.endswith("_pipe") for f in formats)
        single = all(_one_picture(s, data) for s in video)
        if image_container or single:
            return _reject(path, "dit is een foto of afbeelding, geen opname.",
                           "this is a still image, not a recording.")
    if formats & _SUBTITLE_FORMATS:  # (subtitles alone inside a media container: "neither video nor audio")
        return _reject(path, "dit is een ondertitel- of transcriptbestand, geen opname.",
                       "this is a subtitle or transcript file, not a recording.")
    return None


def probe(path: Path) -> MediaInfo:
    """Full check: ffprobe, then decode the first 2 s and the last seconds (catches truncated files)."""
    path = Path(path)
    data = _ffprobe(path)
    refused = _not_a_recording(path, data)
    if refused is not None:
        raise refused
    info = _info(data)
    if not (info.has_video or info.has_audio):
        raise _reject(path, "er zit geen beeld en geen geluid in.", "it contains neither video nor audio.")
    for codec in (info.video_codec, info.audio_codec):
        if codec is not None and codec in ("", "none", "unknown"):
            raise _reject(
                path,
                "het beeld- of geluidsformaat (codec) wordt niet ondersteund.",
                "the video or audio format (codec) is not supported.",
            )
    if info.duration_ms <= 0:
        raise _reject(
            path,
            "de duur is niet te lezen; het bestand is waarschijnlijk onvolledig.",
            "the duration cannot be read; the file is probably incomplete.",
        )
    problems = _decode_errors(path, info.duration_ms)
    if problems:
        if "decoder" in problems.lower() and "not found" in problems.lower():
            raise _reject(
                path,
                "het beeld- of geluidsformaat (codec) wordt niet ondersteund.",
                "the video or audio format (codec) is not supported.",
            )
        raise _reject(
            path,
            "het bestand is beschadigd of onvolledig (afbreken bij het kopiëren?).",
            "the file is damaged or incomplete (was the copy interrupted?).",
        )
    return info
