"""The frame-number reader the media tests and bench/bench_seek.py rely on: every number of a two-hour video
reads back, scaled pictures too, and a picture that is no coded frame reads as None (never as a wrong number)."""

from __future__ import annotations

import pytest
from PIL import Image

from kijkwijzer.media.framecode import BANDS, LEVELS, read_frame


def coded_picture(number: int, size: tuple[int, int] = (240, 120)) -> Image.Image:
    """The picture a player shows for `number`: limited-range luma levels expanded to 0..255 RGB."""
    bands = Image.new("L", (BANDS, 2))
    for band in range(BANDS):
        luma = 24 + 28 * (number // LEVELS**band % LEVELS)
        value = round((luma - 16) * 255 / 219)
        bands.putpixel((band, 0), value)
        bands.putpixel((band, 1), value)
    video = bands.resize((240, 120), Image.Resampling.NEAREST)  # as make_frame_coded_video scales it
    return video.resize(size, Image.Resampling.BILINEAR).convert("RGB")  # as a player fits it to its window


@pytest.mark.parametrize("number", [0, 1, 7, 8, 511, 512, 4095, 32_768, 179_999, LEVELS**BANDS - 1])
def test_every_number_of_two_hours_reads_back_at_any_size(number):
    for size in ((240, 120), (960, 480), (57, 9)):
        assert read_frame(coded_picture(number, size)) == number


def test_a_black_or_half_drawn_picture_reads_as_none():
    assert read_frame(Image.new("RGB", (240, 120))) is None
    half = coded_picture(4095)
    half.paste((128, 128, 128), (0, 0, 240, 61))  # the top half still holds another picture
    assert read_frame(half) is None
