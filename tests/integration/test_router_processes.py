"""Router processes on the real broker: scale-out, kill -9, restart, SIGTERM. Figures are printed (pytest -s)."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from router.contracts import Reply, decode_as
from router.kafka import ensure_topics
from tests.harness import fresh_settings
from tests.integration.procs import RouterProcess

N, MERCHANTS, PARTITIONS = 20_000, 1_000, 12


@pytest.fixture
def procs() -> Iterator[list[RouterProcess]]:
    started: list[RouterProcess] = []
    yield started
    for p in started:
        p.ensure_stopped()


def _seq(request_id: str) -> int:
    return int(request_id.rsplit("-", 1)[1])


def first_occurrence_order(replies: list[Reply]) -> tuple[dict[str, list[int]], int]:
    """Per merchant, the sequence of first replies; and how many replies were duplicates."""
    seen: set[str] = set()
    firsts: defaultdict[str, list[int]] = defaultdict(list)
    dups = 0
    for r in replies:
        if r.request_id in seen:
            dups += 1
            continue
        seen.add(r.request_id)
        firsts[r.merchant].append(_seq(r.request_id))
    return firsts, dups


async def read_replies(bootstrap: str, topic: str, want_ids: set[str], timeout_s: float) -> list[Reply]:
    """Read the replies topic (partition order = handling order per merchant) until every id is answered."""
    deadline = time.monotonic() + timeout_s
    replies: list[Reply] = []
    while time.monotonic() < deadline:
        msgs = await kafkatools.read_topic(bootstrap, topic, 10**9, timeout_s=2.0)
        replies = [decode_as(m.value or b"", Reply) for m in sorted(msgs, key=lambda m: (m.partition, m.offset))]
        if want_ids <= {r.request_id for r in replies}:
            break
    return replies


async def wait_committed_to_end(bootstrap: str, group: str, topic: str, timeout_s: float = 30.0) -> dict[int, int]:
    ends = await kafkatools.end_offsets(bootstrap, topic)
    with anyio.fail_after(timeout_s):
        while True:
            committed = await kafkatools.committed_offsets(bootstrap, group, topic)
            if {p: committed.get(p, 0) for p in ends} == ends:
                return ends
            await anyio.sleep(0.5)


async def produce_paced(bootstrap: str, topic: str, items: list[tuple[bytes, bytes]], seconds: float) -> None:
    chunks = 20
    size = -(-len(items) // chunks)
    for i in range(chunks):
        await kafkatools.produce_all(bootstrap, topic, items[i * size : (i + 1) * size])
        await anyio.sleep(seconds / chunks)


async def test_two_instances_share_20k_requests_survive_kill9_and_resume(
    procs: list[RouterProcess], tmp_path: Path
) -> None:
    s = fresh_settings(topics={"partitions": PARTITIONS})
    t, bootstrap = s.topics, s.kafka.bootstrap
    await ensure_topics(s)
    reqs = list(sample.requests(N, MERCHANTS, seed=21))
    items = [sample.encoded(r) for r in reqs]
    a = RouterProcess(s, "a", tmp_path).start()
    b = RouterProcess(s, "b", tmp_path).start()
    procs += [a, b]

    started = time.monotonic()
    async with anyio.create_task_group() as tg:
        tg.start_soon(produce_paced, bootstrap, t.requests, items, 8.0)
        # Kill one instance once it has demonstrably been working.
        with anyio.fail_after(60):
            while len(await kafkatools.read_topic(bootstrap, t.replies, 4000, timeout_s=1.0)) < 4000:
                pass
        a.kill9()
        killed_at = time.monotonic() - started
    replies = await read_replies(bootstrap, t.replies, {r.id for r in reqs}, timeout_s=120)
    elapsed = time.monotonic() - started

    answered = {r.request_id for r in replies}
    lost = {r.id for r in reqs} - answered
    firsts, dups = first_occurrence_order(replies)
    print(
        f"\n[kill -9] {N} requests, {MERCHANTS} merchants, {PARTITIONS} partitions: answered {len(answered)}, "
        f"lost {len(lost)}, duplicate replies {dups}, killed at {killed_at:.1f}s, all answered after {elapsed:.1f}s"
    )
    assert not lost
    for merchant, seqs in firsts.items():
        assert seqs == sorted(seqs), f"{merchant} out of order"
    assert len(firsts) == MERCHANTS
    assert "assigned" in b.log()
    await wait_committed_to_end(bootstrap, s.kafka.group_id, t.requests)

    # Restart the killed instance: it rejoins and shares new traffic; nothing before the commit is redone.
    before = len(replies)
    a = RouterProcess(s, "a2", tmp_path).start()
    procs.append(a)
    more = list(sample.requests(2000, MERCHANTS, seed=22, first_seq=900_000))
    await produce_paced(bootstrap, t.requests, [sample.encoded(r) for r in more], 3.0)
    replies = await read_replies(bootstrap, t.replies, {r.id for r in more}, timeout_s=60)
    old_again = sum(1 for r in replies if _seq(r.request_id) < 900_000) - before
    print(f"[restart] 2000 more answered: {sum(1 for r in replies if _seq(r.request_id) >= 900_000)}; "
          f"old requests answered again after the restart: {old_again}")
    assert old_again == 0, "a restarted router redid work below the committed position"
    assert {r.id for r in more} <= {r.request_id for r in replies}
    assert a.terminate() == 0
    assert b.terminate() == 0
    await wait_committed_to_end(bootstrap, s.kafka.group_id, t.requests)


async def test_sigterm_drains_commits_and_exits_zero(procs: list[RouterProcess], tmp_path: Path) -> None:
    s = fresh_settings(topics={"partitions": 6})
    t, bootstrap = s.topics, s.kafka.bootstrap
    await ensure_topics(s)
    reqs = list(sample.requests(6000, 300, seed=23))
    p = RouterProcess(s, "r", tmp_path).start()
    procs.append(p)
    await kafkatools.produce_all(bootstrap, t.requests, [sample.encoded(r) for r in reqs])
    with anyio.fail_after(60):
        while len(await kafkatools.read_topic(bootstrap, t.replies, 500, timeout_s=1.0)) < 500:
            pass
    t0 = time.monotonic()
    code = p.terminate()
    print(f"\n[sigterm] exit code {code} after {time.monotonic() - t0:.2f}s")
    assert code == 0
    assert "drained and committed" in p.log()
    committed = await kafkatools.committed_offsets(bootstrap, s.kafka.group_id, t.requests)
    msgs = await kafkatools.read_topic(bootstrap, t.requests, len(reqs), timeout_s=10)
    below = {
        decode_as(m.value or b"", type(reqs[0])).id for m in msgs if m.offset < committed.get(m.partition, 0)
    }
    replies = await kafkatools.read_topic(bootstrap, t.replies, len(below), timeout_s=10)
    answered = {decode_as(m.value or b"", Reply).request_id for m in replies}
    assert below, "nothing was committed before the drain"
    assert below <= answered, "a committed request has no reply"

    # A fresh process resumes from the committed position and finishes the rest, redoing nothing committed.
    p2 = RouterProcess(s, "r2", tmp_path).start()
    procs.append(p2)
    replies2 = await read_replies(bootstrap, t.replies, {r.id for r in reqs}, timeout_s=60)
    counts = Counter(r.request_id for r in replies2)
    redone = [rid for rid in below if counts[rid] > 1]
    print(f"[resume] committed before stop {len(below)}, answered in all {len(counts)}, "
          f"committed ones redone {len(redone)}")
    assert not redone
    assert p2.terminate() == 0
