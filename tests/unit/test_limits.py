from router.carrier.limits import CircuitBreaker, TokenBucket
from tests.clock import FakeClock


def test_bucket_allows_a_burst_then_the_rate() -> None:
    clock = FakeClock()
    b = TokenBucket(rate=10, burst=3, clock=clock)
    assert [b.try_acquire() for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = b.try_acquire()
    assert 0.09 < wait <= 0.1
    clock.now += 0.1
    assert b.try_acquire() == 0.0
    clock.now += 10  # idle time refills only up to the burst
    assert [b.try_acquire() for _ in range(4)][:3] == [0.0, 0.0, 0.0]


def test_bucket_hold_honours_retry_after_for_every_caller() -> None:
    clock = FakeClock()
    b = TokenBucket(rate=100, burst=10, clock=clock)
    b.hold(2.0)
    assert b.try_acquire() == 2.0
    clock.now += 1.5
    assert abs(b.try_acquire() - 0.5) < 1e-9
    clock.now += 0.6
    assert b.try_acquire() == 0.0


def test_breaker_opens_after_consecutive_failures_and_probes_once() -> None:
    clock = FakeClock()
    states: list[str] = []
    br = CircuitBreaker(threshold=3, cooldown_s=5, clock=clock, on_change=states.append)
    br.failure()
    br.failure()
    br.success()  # not consecutive: resets
    br.failure()
    br.failure()
    assert not br.is_open
    br.failure()
    assert br.is_open and not br.allow()
    clock.now += 5
    assert br.allow()  # the probe
    assert not br.allow()  # only one
    br.failure()  # probe failed: open again for a full cooldown
    assert br.state == "open" and not br.allow()
    clock.now += 5
    assert br.allow()
    br.success()
    assert br.state == "closed" and br.allow()
    assert states == ["open", "half_open", "open", "half_open", "closed"]
    assert br.openings == 2


def test_breaker_release_lets_another_caller_probe() -> None:
    clock = FakeClock()
    br = CircuitBreaker(threshold=1, cooldown_s=1, clock=clock)
    br.failure()
    clock.now += 1
    assert br.allow()
    br.release()
    assert br.allow()


def test_an_open_breaker_stops_rejecting_after_the_cooldown_even_with_nothing_queued() -> None:
    # The router pauses intake while a breaker rejects; with nothing queued no call would ever probe, so the
    # gate must open by itself once the cool-down is over and let work in to make the probe.
    clock = FakeClock()
    br = CircuitBreaker(threshold=1, cooldown_s=5, clock=clock)
    br.failure()
    assert br.rejecting
    clock.now += 4.9
    assert br.rejecting
    clock.now += 0.2
    assert not br.rejecting and br.is_open  # still open until a probe succeeds
    assert br.allow()
    br.success()
    assert not br.rejecting and not br.is_open
