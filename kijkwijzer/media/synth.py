"""Real test and demo media made with ffmpeg and espeak-ng, so the repository never holds large binaries.

Every generator is deterministic (same arguments, same tools: same bytes) and writes to a temporary
file next to the target before renaming it, so a half-written file never carries the final name.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
import wave
from array import array
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.demo_script import CLIENT, PROFESSIONAL, demo_script
from kijkwijzer.media.probe import read_info, tool

__all__ = [
    "CLIENT",
    "PROFESSIONAL",
    "SpokenLine",
    "SynthResult",
    "demo_script",
    "make_audio_only",
    "make_conversation",
    "make_corrupt",
    "make_long_video",
    "make_no_streams",
    "make_test_video",
    "make_unknown_codec",
    "make_zero_byte",
]

# Two Dutch voices a listener (and a talk/listen analysis) can tell apart.
VOICES = {
    PROFESSIONAL: ("nl+m3", 38, 150),  # voice, pitch 0-99, words per minute
    CLIENT: ("nl+f3", 62, 138),
}
LABELS = {PROFESSIONAL: "Professional", CLIENT: "Cliënt"}
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
_SILENCE_THRESHOLD = 150  # s16 amplitude; espeak pads its output with digital silence
_X264 = ["-c:v", "libx264", "-pix_fmt", "yuv420p"]
_BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]


@dataclass(frozen=True)
class SpokenLine:
    speaker: str
    text: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class SynthResult:
    path: Path
    lines: list[SpokenLine]


def _ffmpeg(*args: str) -> list[str]:
    return [tool("ffmpeg"), "-nostdin", "-v", "error", "-y", *args]


def _run(cmd: Sequence[str], stdin: bytes | None = None) -> None:
    result = subprocess.run(list(cmd), check=False, input=stdin, capture_output=True, timeout=600)
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip()[-400:]
        raise KijkwijzerError(
            f"Maken van testmedia mislukt ({Path(cmd[0]).name}): {detail}",
            f"Generating test media failed ({Path(cmd[0]).name}): {detail}",
        )


@contextmanager
def _atomic(target: Path) -> Iterator[Path]:
    """A temporary path with the target's suffix (ffmpeg picks the format from it), renamed on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.partial{target.suffix}")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def font_path() -> str:
    """A TrueType font for drawtext; fonts-dejavu-core on Debian."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("fc-match")
    if found:
        out = subprocess.run(
            [found, "-f", "%{file}", "DejaVu Sans"], check=False, capture_output=True, text=True
        )
        if out.returncode == 0 and Path(out.stdout.strip()).is_file():
            return out.stdout.strip()
    raise KijkwijzerError(
        "Geen lettertype gevonden voor testvideo's; installeer fonts-dejavu-core.",
        "No font found for test videos; install fonts-dejavu-core.",
    )


def _filter_path(path: Path | str) -> str:
    """Escape a file name for use as a filter option value inside a filtergraph."""
    return str(path).replace("\\", "/").replace(":", "\\\\:").replace("'", "\\\\\\'")


# --- small fixtures -------------------------------------------------------------------------------


def make_test_video(
    target: Path,
    seconds: float = 6,
    with_audio: bool = True,
    rotate: int | None = None,
    vfr: bool = False,
    size: str = "320x180",
    fps: int = 25,
) -> Path:
    """testsrc2 picture (+ 440 Hz tone); `rotate` = clockwise display rotation like a phone records."""
    video = f"testsrc2=size={size}:rate={fps}:duration={seconds}"
    if vfr:  # full rate for the first half, a third of the frames after that
        video += f",select='lt(t\\,{seconds / 2})+not(mod(n\\,3))'"
    cmd = _ffmpeg("-f", "lavfi", "-i", video)
    if with_audio:
        cmd += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=44100:duration={seconds}"]
    cmd += _X264 + ["-preset", "ultrafast", "-g", str(fps), "-threads", "1"]
    cmd += ["-fps_mode", "vfr"] if vfr else []
    cmd += ["-c:a", "aac", "-b:a", "64k"] if with_audio else []
    cmd += _BITEXACT + ["-movflags", "+faststart"]
    target = Path(target)
    with _atomic(target) as tmp:
        _run(cmd + [str(tmp)])
        if rotate:
            _rotate_in_place(tmp, rotate % 360)
    return target


def make_long_video(target: Path, seconds: float = 7200, piece_s: float = 600, size: str = "320x180") -> Path:
    """A long recording (the benchmarks' two hours) in bounded time: one `make_test_video` piece, repeated
    by stream copy (the concat demuxer keeps the timestamps running), index at the front like a phone file."""
    target = Path(target)
    pieces = max(1, round(seconds / piece_s))
    with tempfile.TemporaryDirectory(dir=target.parent if target.parent.is_dir() else None) as work:
        piece = make_test_video(Path(work) / "stuk.mp4", seconds=piece_s, size=size)
        listing = Path(work) / "stukken.txt"
        listing.write_text("".join(f"file '{piece.name}'\n" for _ in range(pieces)), encoding="utf-8")
        with _atomic(target) as tmp:
            _run(_ffmpeg("-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy", "-movflags", "+faststart",
                         *_BITEXACT, str(tmp)))
    return target


def _rotate_in_place(path: Path, clockwise: int) -> None:
    """Set display rotation without re-encoding. ffmpeg versions disagree on the option and the sign,
    so try the candidates and keep the first one that ffprobe reads back as asked."""
    out = path.with_name(f"{path.stem}.rot{path.suffix}")
    head = _ffmpeg()
    tail = ["-map", "0", "-c", "copy", "-movflags", "+faststart", str(out)]
    candidates = [
        head + ["-display_rotation:v:0", str((360 - clockwise) % 360), "-i", str(path)] + tail,
        head + ["-i", str(path), "-metadata:s:v:0", f"rotate={clockwise}"] + tail,
        head + ["-i", str(path), "-metadata:s:v:0", f"rotate={(360 - clockwise) % 360}"] + tail,
    ]
    try:
        for cmd in candidates:
            if subprocess.run(cmd, check=False, capture_output=True, timeout=60).returncode != 0:
                continue
            if read_info(out).rotation == clockwise:
                os.replace(out, path)
                return
    finally:
        out.unlink(missing_ok=True)
    raise KijkwijzerError(
        "Deze ffmpeg-versie kan geen rotatie in een video zetten.",
        "This ffmpeg version cannot set a rotation in a video.",
    )


def make_audio_only(
    target: Path, seconds: float = 6, text: str = "Goedemorgen. Fijn dat u er bent.", lead_ms: int = 1000
) -> SynthResult:
    """Dutch speech after `lead_ms` of silence, padded with silence to `seconds` (.m4a, .wav, ...)."""
    target = Path(target)
    with tempfile.TemporaryDirectory() as work:
        wav = Path(work) / "speech.wav"
        lines = _speak_to_wav([(PROFESSIONAL, text)], wav, Path(work), lead_ms=lead_ms, tail_ms=0)
        cmd = _ffmpeg("-i", str(wav), "-af", "apad")
        cmd += ["-t", f"{seconds:.3f}", "-ac", "1"]
        cmd += ["-c:a", "pcm_s16le"] if target.suffix.lower() == ".wav" else ["-c:a", "aac", "-b:a", "64k"]
        with _atomic(target) as tmp:
            _run(cmd + _BITEXACT + [str(tmp)])
    return SynthResult(target, lines)


def make_corrupt(target: Path, kind: str = "truncated") -> Path:
    """A broken file with a media extension.

    truncated: a fast-start MP4 cut in half (ffprobe still reads the header, decoding the end fails);
    no_index: a normal MP4 cut in half (index at the end is gone); random: noise bytes.
    """
    target = Path(target)
    with _atomic(target) as tmp:
        if kind == "random":
            tmp.write_bytes(random.Random(20240601).randbytes(256 * 1024))
        elif kind in ("truncated", "no_index"):
            whole = tmp.with_name(tmp.name + ".whole.mp4")
            try:
                make_test_video(whole, seconds=6)
                data = whole.read_bytes()
                if kind == "no_index":  # move the index to the end, like a camera that was cut off
                    _run(_ffmpeg("-i", str(whole), "-c", "copy", *_BITEXACT, str(tmp)))
                    data = tmp.read_bytes()
                tmp.write_bytes(data[: len(data) // 2])
            finally:
                whole.unlink(missing_ok=True)
        else:
            raise BadInput(f"Onbekende soort beschadiging: {kind}", f"Unknown kind of corruption: {kind}")
    return target


def make_zero_byte(target: Path) -> Path:
    target = Path(target)
    with _atomic(target) as tmp:
        tmp.write_bytes(b"")
    return target


def make_unknown_codec(target: Path) -> Path:
    """A Matroska file whose video codec id no decoder knows (.mkv)."""
    target = Path(target)
    with _atomic(target) as tmp:
        source = "testsrc2=size=160x90:rate=25:duration=2"
        _run(_ffmpeg("-f", "lavfi", "-i", source, *_X264, "-preset", "ultrafast", *_BITEXACT, str(tmp)))
        data = tmp.read_bytes()
        tmp.write_bytes(data.replace(b"V_MPEG4/ISO/AVC", b"V_KIJKWIJZER/00", 1))
    return target


def make_no_streams(target: Path) -> Path:
    """A valid Matroska file with only a subtitle track: no picture, no sound (.mkv)."""
    target = Path(target)
    with tempfile.TemporaryDirectory() as work, _atomic(target) as tmp:
        srt = Path(work) / "ondertitel.srt"
        srt.write_text("1\n00:00:00,000 --> 00:00:02,000\nAlleen tekst\n", encoding="utf-8")
        _run(_ffmpeg("-i", str(srt), *_BITEXACT, str(tmp)))
    return target


def make_still_image(target: Path) -> Path:
    """One picture (.png, .jpg, ...: the format follows the suffix), which ffmpeg opens as a one-frame video."""
    target = Path(target)
    with _atomic(target) as tmp:
        _run(_ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25", "-frames:v", "1", str(tmp)))
    return target


# --- speech and the conversation video ------------------------------------------------------------


def _espeak(speaker: str, text: str, wav: Path) -> None:
    voice, pitch, speed = VOICES[speaker]
    cmd = [tool("espeak-ng"), "-v", voice, "-p", str(pitch), "-s", str(speed), "-b", "1", "-w", str(wav)]
    _run(cmd + ["--stdin"], stdin=text.encode("utf-8"))


def _trimmed_samples(wav: Path) -> tuple[array[int], int]:
    with wave.open(str(wav), "rb") as reader:
        rate = reader.getframerate()
        samples = array("h", reader.readframes(reader.getnframes()))
    loud = [i for i in range(len(samples)) if abs(samples[i]) > _SILENCE_THRESHOLD]
    return (samples[loud[0] : loud[-1] + 1] if loud else array("h")), rate


def _speak_to_wav(
    script: Sequence[tuple[str, str]],
    wav: Path,
    work: Path,
    lead_ms: int = 800,
    tail_ms: int = 1000,
    turn_pause_ms: int = 700,
    same_pause_ms: int = 350,
) -> list[SpokenLine]:
    """Speak every line, trim espeak's own silence, join with pauses; timings come from sample counts."""
    for speaker, _text in script:
        if speaker not in VOICES:
            raise BadInput(f"Onbekende spreker: {speaker!r}", f"Unknown speaker: {speaker!r}")
    parts = [work / f"line{i:03d}.wav" for i in range(len(script))]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda job: _espeak(job[0][0], job[0][1], job[1]), zip(script, parts)))
    out = array("h")
    rate = 22050
    lines: list[SpokenLine] = []
    previous: str | None = None
    for (speaker, text), part in zip(script, parts):
        samples, rate = _trimmed_samples(part)
        pause = lead_ms if previous is None else (same_pause_ms if speaker == previous else turn_pause_ms)
        out.extend(array("h", bytes(2 * (rate * pause // 1000))))
        start = len(out)
        out.extend(samples)
        lines.append(SpokenLine(speaker, text, start * 1000 // rate, len(out) * 1000 // rate))
        previous = speaker
    out.extend(array("h", bytes(2 * (rate * tail_ms // 1000))))
    with wave.open(str(wav), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(out.tobytes())
    return lines


def _enable(lines: list[SpokenLine], speaker: str) -> str:
    spans = [
        f"between(t,{ln.start_ms / 1000:.3f},{ln.end_ms / 1000:.3f})" for ln in lines if ln.speaker == speaker
    ]
    return "+".join(spans) or "0"


_FIGURES = ((PROFESSIONAL, 110, "0x4F8FBF"), (CLIENT, 370, "0xD9935B"))


def _draw_background(target: Path, work: Path, picture_text: str) -> None:
    """The still part of the picture, drawn once: calm background, two labelled figures, a title."""
    font = _filter_path(font_path())
    steps = []
    for key, text, x, y, size in [("title", picture_text, None, 24, 22)] + [
        (speaker, LABELS[speaker], left, 315, 20) for speaker, left, _ in _FIGURES
    ]:
        textfile = work / f"text_{key}.txt"
        textfile.write_text(text, encoding="utf-8")
        across = "(w-text_w)/2" if x is None else f"{x}+(160-text_w)/2"
        steps.append(
            f"drawtext=fontfile={font}:textfile={_filter_path(textfile)}:expansion=none:"
            f"fontsize={size}:fontcolor=white:x={across}:y={y}"
        )
    for _speaker, x, colour in _FIGURES:
        steps.append(f"drawbox=x={x}:y=150:w=160:h=150:color={colour}:t=fill")  # body
        steps.append(f"drawbox=x={x + 50}:y=88:w=60:h=60:color={colour}:t=fill")  # head
    source = "color=c=0x22343F:size=640x360:rate=25:duration=0.04"
    _run(_ffmpeg("-f", "lavfi", "-i", source, "-vf", ",".join(steps), "-frames:v", "1", str(target)))


def _moving_filter(lines: list[SpokenLine]) -> str:
    """What changes per frame: a frame around whoever speaks, and a running clock."""
    steps = []
    for speaker, x, _colour in _FIGURES:
        spans = "+".join(
            f"between(t,{ln.start_ms / 1000:.3f},{ln.end_ms / 1000:.3f})"
            for ln in lines
            if ln.speaker == speaker
        )
        steps.append(f"drawbox=x={x - 8}:y=80:w=176:h=228:color=white@0.9:t=4:enable='{spans or 0}'")
    font = _filter_path(font_path())
    steps.append(
        f"drawtext=fontfile={font}:text='%{{pts\\:hms}}':fontsize=18:fontcolor=white@0.85:"
        "x=w-text_w-14:y=h-text_h-12"
    )
    return ",".join(steps)


def make_conversation(
    target: Path, script: Sequence[tuple[str, str]], picture_text: str = "Kijkwijzer oefengesprek"
) -> SynthResult:
    """A Dutch conversation as an H.264/AAC MP4, 640x360, 25 fps, with the real timing of every line."""
    target = Path(target)
    if not script:
        raise BadInput("Het gesprek heeft geen regels.", "The conversation has no lines.")
    with tempfile.TemporaryDirectory() as tmpdir:
        work = Path(tmpdir)
        wav, still = work / "gesprek.wav", work / "achtergrond.png"
        lines = _speak_to_wav(script, wav, work)
        with wave.open(str(wav), "rb") as reader:
            seconds = f"{reader.getnframes() / reader.getframerate():.3f}"
        _draw_background(still, work, picture_text)
        cmd = _ffmpeg("-framerate", "25", "-i", str(still), "-i", str(wav))  # still decoded once, looped
        cmd += ["-vf", "format=yuv420p,loop=loop=-1:size=1:start=0," + _moving_filter(lines)]
        cmd += ["-map", "0:v", "-map", "1:a", "-t", seconds]
        cmd += _X264 + ["-preset", "ultrafast", "-tune", "stillimage", "-crf", "30", "-g", "50"]
        cmd += ["-c:a", "aac", "-b:a", "64k", "-movflags", "+faststart"]
        with _atomic(target) as tmp:
            _run(cmd + _BITEXACT + [str(tmp)])
    return SynthResult(target, lines)
