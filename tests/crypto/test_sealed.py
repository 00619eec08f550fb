"""The sealed-file format: what goes in comes out at any offset, and any change to the file is caught."""

from __future__ import annotations

import hashlib
import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kijkwijzer.crypto.sealed import (
    CHUNK,
    HEADER_SIZE,
    TAG,
    SealBroken,
    SealedReader,
    is_sealed,
    new_key,
    open_bytes,
    read_sealed,
    seal_bytes,
    seal_file_in_place,
)

KEY = new_key()
SIZES = st.sampled_from([0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7])


@settings(max_examples=30, deadline=None)
@given(size=SIZES, reads=st.lists(st.tuples(st.integers(0, 4 * CHUNK), st.integers(0, 2 * CHUNK)), max_size=8))
def test_any_read_at_any_offset_gives_the_plaintext(size, reads):
    plain = os.urandom(size)
    reader = SealedReader(io.BytesIO(seal_bytes(KEY, plain)), KEY)
    assert reader.size == size
    for offset, length in reads:
        reader.seek(offset)
        assert reader.read(length) == plain[offset : offset + length]
    reader.seek(-min(size, 10), io.SEEK_END)
    assert reader.read() == plain[size - min(size, 10) :]


@settings(max_examples=40, deadline=None)
@given(size=SIZES.filter(lambda n: n > 0), where=st.floats(0, 1, exclude_max=True))
def test_one_flipped_bit_anywhere_is_refused(size, where):
    sealed = bytearray(seal_bytes(KEY, os.urandom(size)))
    sealed[int(where * len(sealed))] ^= 0x01
    with pytest.raises(SealBroken):
        open_bytes(KEY, bytes(sealed))


@pytest.mark.parametrize("chunks", [1, 2])
def test_a_file_cut_off_at_a_chunk_boundary_is_refused(chunks):
    sealed = seal_bytes(KEY, os.urandom(3 * CHUNK))
    with pytest.raises(SealBroken):
        open_bytes(KEY, sealed[: HEADER_SIZE + chunks * (CHUNK + TAG)])


def test_chunks_cannot_be_moved_between_files_or_keys():
    first, second = seal_bytes(KEY, os.urandom(2 * CHUNK)), seal_bytes(KEY, os.urandom(2 * CHUNK))
    spliced = first[: HEADER_SIZE + CHUNK + TAG] + second[HEADER_SIZE + CHUNK + TAG :]
    with pytest.raises(SealBroken):
        open_bytes(KEY, spliced)
    with pytest.raises(SealBroken):
        open_bytes(new_key(), first)


def test_sealing_hides_the_plaintext_and_repeats_never_look_alike():
    plain = b"Jozefien Quackenbosch " * 10_000
    one, two = seal_bytes(KEY, plain), seal_bytes(KEY, plain)
    assert b"Jozefien" not in one and one[HEADER_SIZE:] != two[HEADER_SIZE:]


def test_a_plain_file_is_sealed_in_place_once_and_reads_back(tmp_path):
    plain = os.urandom(CHUNK * 5 + 123)
    target = tmp_path / "opname.mp4"
    target.write_bytes(plain)
    assert not is_sealed(target)
    assert seal_file_in_place(target, KEY, hashlib.sha256(plain).hexdigest()) is True
    assert is_sealed(target) and plain[:4096] not in target.read_bytes()
    assert seal_file_in_place(target, KEY) is False  # a second run (a resumed upgrade) leaves it alone
    assert read_sealed(target, KEY) == plain
    assert sorted(p.name for p in tmp_path.iterdir()) == ["opname.mp4"]


def test_sealing_in_place_refuses_a_file_that_is_not_what_the_database_says(tmp_path):
    target = tmp_path / "opname.mp4"
    target.write_bytes(b"not the recording")
    with pytest.raises(SealBroken):
        seal_file_in_place(target, KEY, "0" * 64)
    assert target.read_bytes() == b"not the recording"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["opname.mp4"]
