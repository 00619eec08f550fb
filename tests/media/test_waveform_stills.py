"""Waveform peaks (speech vs silence, cache) and stills (size, rotation, refusals) from real media."""

from __future__ import annotations

import pytest
from PIL import Image

from kijkwijzer.errors import BadInput
from kijkwijzer.media.framecode import frame_number
from kijkwijzer.media.stills import extract_still
from kijkwijzer.media.vault import sha256_of
from kijkwijzer.media.waveform import compute_waveform, load_or_compute


def test_speech_and_silence_are_distinguishable(audio_only):
    wave = compute_waveform(audio_only.path, buckets_per_second=50)
    line = audio_only.lines[0]
    assert (wave.buckets_per_second, wave.bucket_ms) == (50, 20)
    assert abs(len(wave) - 300) <= 2 and abs(wave.duration_ms - 6000) <= 40
    speech = [wave.peak_at(ms) for ms in range(line.start_ms, line.end_ms, 20)]
    silence = [wave.peak_at(ms) for ms in range(line.end_ms + 300, 5900, 20)]
    lead = [wave.peak_at(ms) for ms in range(0, line.start_ms - 100, 20)]
    assert max(speech) > 0.2 and sum(p > 0.05 for p in speech) > len(speech) / 2
    assert max(silence + lead) < 0.01
    assert all(0.0 <= p <= 1.0 for p in wave.peaks)


def test_conversation_pauses_fall_between_the_reported_lines(conversation):
    """The line timings synth reports are where the sound really is."""
    wave = compute_waveform(conversation.path)
    for before, after in zip(conversation.lines, conversation.lines[1:]):
        gap = [wave.peak_at(ms) for ms in range(before.end_ms + 60, after.start_ms - 60, 20)]
        assert gap and max(gap) < 0.01
        assert max(wave.peak_at(ms) for ms in range(after.start_ms, after.end_ms, 20)) > 0.2


def test_no_audio_gives_an_empty_waveform(media_files):
    assert len(compute_waveform(media_files["silent_video"])) == 0


def test_cache_is_written_once_and_reused(tmp_path, audio_only):
    cache = tmp_path / "cache"
    first = load_or_compute(audio_only.path, cache)
    digest = sha256_of(audio_only.path)
    files = list(cache.iterdir())
    assert [f.name for f in files] == [f"{digest}.50.wave"]
    assert files[0].stat().st_size < 400  # one byte per bucket plus a header
    stamp = files[0].stat().st_mtime_ns
    again = load_or_compute(audio_only.path, cache, sha256=digest)
    assert files[0].stat().st_mtime_ns == stamp
    assert len(again) == len(first)
    assert max(abs(a - b) for a, b in zip(first.peaks, again.peaks)) <= 1 / 255 + 1e-6
    assert all(b > 0 for a, b in zip(first.peaks, again.peaks) if a > 0)  # sound never rounds to silence


def test_damaged_cache_is_recomputed(tmp_path, audio_only):
    digest = sha256_of(audio_only.path)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"{digest}.50.wave").write_bytes(b"KWWF rommel")
    assert len(load_or_compute(audio_only.path, cache, sha256=digest)) == len(
        compute_waveform(audio_only.path)
    )


@pytest.mark.parametrize(("suffix", "width"), [(".jpg", 640), (".png", 160)])
def test_still_has_the_asked_width(tmp_path, media_files, suffix, width):
    target = extract_still(media_files["video"], 2000, tmp_path / f"still{suffix}", width=width)
    with Image.open(target) as image:
        assert image.size == (width, width * 180 // 320)
        assert image.format == ("JPEG" if suffix == ".jpg" else "PNG")


def test_still_is_the_frame_at_the_time(tmp_path, media_files):
    for ms in (0, 1000, 2960, 4040):
        still = extract_still(media_files["frame_coded"], ms, tmp_path / f"f{ms}.png", width=240)
        assert frame_number(still) == ms // 40


def test_still_of_a_phone_recording_is_upright(tmp_path, media_files):
    with Image.open(extract_still(media_files["rotated"], 500, tmp_path / "staand.jpg", width=180)) as image:
        assert image.size == (180, 320)


@pytest.mark.parametrize(
    ("kind", "ms", "name"),
    [
        ("video", 60_000, "s.jpg"),
        ("video", 1000, "s.gif"),
        ("audio_only", 1000, "s.jpg"),
        ("missing", 0, "s.jpg"),
    ],
)
def test_still_refusals(tmp_path, media_files, kind, ms, name):
    source = media_files.get(kind, tmp_path / "weg.mp4")
    with pytest.raises(BadInput):
        extract_still(source, ms, tmp_path / name)
    assert list(tmp_path.iterdir()) == []
