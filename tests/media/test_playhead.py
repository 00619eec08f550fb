"""The playhead clock on its own, with a hand-driven clock: no VLC, no sleeping."""

from __future__ import annotations

from kijkwijzer.media.playhead import MAX_AHEAD_MS, SEEK_GUARD_S, Playhead


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000.0


def make(duration: int = 60_000) -> tuple[Playhead, Clock]:
    clock = Clock()
    head = Playhead(clock)
    head.reset(duration)
    return head, clock


def test_interpolates_between_coarse_reports_at_the_rate():
    head, clock = make()
    head.start()
    clock.advance(100)
    assert head.position() == 100
    head.report(90)  # a late report: hold still rather than go back
    clock.advance(5)
    assert head.position() == 100
    clock.advance(20)
    assert head.position() == 115
    head.set_rate(2.0)
    clock.advance(100)
    assert head.position() == 315


def test_never_runs_far_ahead_of_the_last_report_or_past_the_end():
    head, clock = make(duration=2000)
    head.start()
    clock.advance(MAX_AHEAD_MS + 500)
    assert head.position() == MAX_AHEAD_MS
    head.report(1800)
    clock.advance(900)
    assert head.position() == 2000


def test_stop_freezes_and_jump_ignores_stale_reports():
    head, clock = make()
    head.start()
    clock.advance(400)
    assert head.stop() == 400
    clock.advance(1000)
    assert head.position() == 400 and not head.running
    head.report(5000)  # reports while stopped do not move it
    assert head.position() == 400
    head.jump(10_000)
    head.start()
    head.report(450)  # from before the seek
    clock.advance(100)
    assert head.position() == 10_100
    clock.advance(SEEK_GUARD_S * 1000)
    assert head.position() == 10_600
    head.report(10_500)
    assert head.position() == 10_600  # held until the estimate catches up with what was shown
    clock.advance(200)
    assert head.position() == 10_700


def test_finish_parks_at_the_end():
    head, _clock = make(duration=6000)
    head.start()
    head.finish()
    assert head.position() == 6000 and not head.running
