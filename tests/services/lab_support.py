"""A case ready for the learning lab, made through the services: the professional's recording with two fragments,
the client's consent to record, analyse and share in a learning group, and a learning group with one member
("Lid Noord"); "Buiten Groep" is a learning-group reviewer outside it. Used by the learning-lab tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import av
import numpy as np

from kijkwijzer.media.decoding import opened, pts_of, video_stream
from kijkwijzer.media.source import MediaSource
from tests.support.cases import build_case

PURPOSES = ("recording", "analysis", "learning_group")


@dataclass
class LabCase:
    made: Any  # tests/support/cases.CaseWithConsent
    pro: Any  # the context acting as the case's professional
    member: Any  # ... as the group's member
    outsider: Any  # ... as a learning-group reviewer outside the group
    recording: Any
    shared: Any  # the fragment to share (1.0 - 3.0 s)
    other: Any  # a fragment that is not shared (4.0 - 5.0 s)
    group: Any


def make_lab_case(ctx, video, purposes=PURPOSES) -> LabCase:
    from kijkwijzer.services import fragments, lab_groups, recordings

    made = build_case(ctx, others=(("Lid Noord", "learning_group"), ("Buiten Groep", "learning_group")),
                      purposes=purposes)
    pro = made.as_pro
    recording = recordings.import_recording(pro, made.conversation.id, video)
    shared = fragments.from_span(pro, recording.id, 1000, 3000, "Formulier uitleggen")
    other = fragments.from_span(pro, recording.id, 4000, 5000, "Stilte")
    group = lab_groups.add_group(ctx, "Leergroep Noord")
    lab_groups.add_to_group(ctx, group.id, made.reviewers["Lid Noord"].id)
    return LabCase(made, pro, made.acting_as(made.reviewers["Lid Noord"]),
                   made.acting_as(made.reviewers["Buiten Groep"]), recording, shared, other, group)


def picture_at(source: MediaSource, ms: int | None = None) -> np.ndarray:
    """The frame shown at `ms` (None: the first frame) as a grey-scale array, decoded through the file object."""
    with opened(source) as container:
        stream = video_stream(container)
        assert stream is not None
        if ms is None:
            frame = next(container.decode(stream))
        else:
            target = pts_of(stream, ms)
            container.seek(target, stream=stream, backward=True)
            frame: av.VideoFrame | None = None
            for candidate in container.decode(stream):
                if candidate.pts is not None and candidate.pts > target:
                    break
                frame = candidate
            assert frame is not None
        return frame.to_ndarray(format="gray").astype(np.int16)


def plaintext(source: MediaSource) -> bytes:
    with source.open() as reader:
        return reader.read()
