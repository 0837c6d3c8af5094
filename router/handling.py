"""Handling one record: decode it, run the handler within its time limit, and turn what it returns into output
records, or how it failed into a dead letter (undecodable, handler error, handler timeout).

The time limit is kept by one watchdog task for every running handler (``watch``): a handler past
``scheduler.handler_timeout_s`` is interrupted through the scheduler within a quarter of the limit more (at most
1 s), and its record becomes a ``handler_timeout`` dead letter. One task looking a few times per limit costs far
less than a timer armed and disarmed around every call.
Cancellation: a cancellation that is not the watchdog's (a rebalance, a stop) goes through ``outputs_for``.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import Sequence

import anyio

from router.config import Settings
from router.contracts import (
    Activity,
    DeadLetter,
    Escalation,
    Output,
    Reply,
    Ticket,
    decode_request,
    encode,
)
from router.deadletters import dead_letter
from router.errors import DecodeError
from router.jobs import UNSET, Job, OutRecord
from router.metrics import RouterMetrics
from router.registry import Handler, LanedHandler, Prioritised, Tenanted
from router.scheduler import KeyedScheduler, Lanes
from router.source import Record

log = logging.getLogger("kefu.router")


def output_topics(settings: Settings) -> dict[type, str]:
    """The topic each kind of a handler's output goes to."""
    t = settings.topics
    return {Reply: t.replies, Ticket: t.tickets, Escalation: t.human, DeadLetter: t.dlq, Activity: t.activity}


def _take_back_cancel() -> None:
    """Undo the watchdog's ``Task.cancel`` once it has been dealt with. A request left pending would make the
    worker's long-lived cancel scope treat a later cancellation of its own (``abandon``) as foreign and let it
    escape, ending the worker pool."""
    task = asyncio.current_task()
    assert task is not None
    task.uncancel()


class Handling:
    def __init__(self, settings: Settings, handler: Handler, metrics: RouterMetrics,
                 laned: LanedHandler | None) -> None:
        self.settings = settings
        self._handler = handler
        self.metrics = metrics
        self._laned = laned
        self._tenanted = laned if isinstance(laned, Tenanted) else None
        # (the scheduler's first line needs no lanes: asked of the handler, laned or not)
        self._prioritised = handler if isinstance(handler, Prioritised) else None
        self._running: set[Job] = set()  # jobs whose handler is running, for the watchdog
        self._topic_of = output_topics(settings)

    def lanes_of(self, job: Job) -> Lanes | None:
        """What the job's request may not share with a running request of its merchant, asked once (the request
        decoded here is kept for handling). Undecodable: nothing; it becomes a dead letter."""
        if job.lanes is UNSET:
            assert self._laned is not None
            try:
                job.request = job.request or decode_request(job.record.value)
                job.prepared = self._laned.prepare(job.request)
                job.lanes = job.prepared.lanes
            except DecodeError:
                job.lanes = frozenset()
            except Exception as e:  # a handler bug: run the request alone, its handling will report the error
                log.error("prepare failed on %s[%d]@%d: %s", job.record.topic, job.record.partition,
                          job.record.offset, type(e).__name__)
                job.lanes = None
        return job.lanes

    @property
    def tenanted(self) -> bool:
        """The handler names each request's outlet (``read_share``)."""
        return self._tenanted is not None

    def read_share(self, job: Job) -> str | None:
        """Whose share of the router the job takes (``Tenanted.outlet_of``), read as it is received: the request is
        decoded here and kept for its lanes and handling. Undecodable: nobody's (it becomes a dead letter)."""
        if self._tenanted is None or not self._tenanted.several:
            return None
        try:
            job.request = decode_request(job.record.value)
            job.share = self._tenanted.outlet_of(job.request)
        except DecodeError:
            return None
        except Exception as e:  # a handler bug: nobody's share; its handling will report the error
            log.error("outlet_of failed on %s[%d]@%d: %s", job.record.topic, job.record.partition,
                      job.record.offset, type(e).__name__)
        return job.share

    def read_first(self, job: Job) -> None:
        """Whether the job's sender goes first (``Prioritised.first``), read as it is received: the request is
        decoded here and kept. Undecodable, or while nobody goes first: not first."""
        if self._prioritised is None or not self._prioritised.prioritised:
            return
        try:
            job.request = job.request or decode_request(job.record.value)
            job.first = self._prioritised.first(job.request)
        except DecodeError:
            return
        except Exception as e:  # a handler bug: its turn as anyone's; its handling will report the error
            log.error("first failed on %s[%d]@%d: %s", job.record.topic, job.record.partition,
                      job.record.offset, type(e).__name__)

    @property
    def prioritised(self) -> bool:
        """The handler may name senders who go first (``read_first``)."""
        return self._prioritised is not None

    @staticmethod
    def first_of(job: Job) -> bool:
        """Whether the job goes first, as ``read_first`` found it."""
        return job.first

    @staticmethod
    def share_of(job: Job) -> str | None:
        """The job's share, as ``read_share`` found it."""
        return job.share

    async def outputs_for(self, job: Job) -> tuple[list[OutRecord], str]:
        rec = job.record
        try:
            request = job.request or decode_request(rec.value)
        except DecodeError as e:
            return [self.dead_letter(rec, e.reason, e.detail)], "dead_letter"
        prepared, job.request, job.prepared = job.prepared, None, None  # the job outlives its handling in the ack
        # callback: keep it small
        job.received = request.received_at.timestamp()
        self._running.add(job)
        try:
            outputs: Sequence[Output] = await (self._laned.handle(request, prepared) if self._laned is not None
                                               else self._handler.handle(request))
        except asyncio.CancelledError:
            if not job.timed_out:
                raise  # a rebalance or shutdown cancelled the worker: not ours to swallow
            _take_back_cancel()
            limit = self.settings.scheduler.handler_timeout_s
            return [self.dead_letter(rec, "handler_timeout", f"no result within {limit}s")], "dead_letter"
        except DecodeError as e:  # refused as it stands (router.outlets: a group speaking for another's merchant)
            return [self.dead_letter(rec, e.reason, e.detail)], "dead_letter"
        except Exception as e:  # a handler bug must not stop the merchant's later requests
            # The message may quote the merchant's text (personal data): log the type and where, never the message.
            where = traceback.extract_tb(e.__traceback__)[-1]
            log.error(
                "handler failed on %s[%d]@%d: %s at %s:%d",
                rec.topic, rec.partition, rec.offset, type(e).__name__, where.filename, where.lineno,
            )
            return [self.dead_letter(rec, "handler_error", f"{type(e).__name__}: {e}")], "dead_letter"
        finally:
            self._running.discard(job)
        if job.timed_out:  # the handler swallowed the watchdog's cancellation and finished anyway: keep its result
            _take_back_cancel()
        key = request.merchant.encode()
        return [(self._topic_of[type(o)], key, encode(o)) for o in outputs], "handled"

    def dead_letter(self, rec: Record, reason: str, detail: str) -> OutRecord:
        self.metrics.dead_letters.labels(reason).inc()
        letter = dead_letter(reason, detail, topic=rec.topic, partition=rec.partition, offset=rec.offset,
                             key=rec.key, value=rec.value)
        return (self.settings.topics.dlq, rec.key, encode(letter))

    async def watch(self, scheduler: KeyedScheduler[Job]) -> None:
        """Interrupt handlers that outlive ``scheduler.handler_timeout_s`` (runs until cancelled)."""
        limit = self.settings.scheduler.handler_timeout_s
        tick = min(1.0, limit / 4)
        while True:
            await anyio.sleep(tick)
            overdue = time.perf_counter() - limit
            for job in list(self._running):
                if job.started <= overdue and not job.timed_out:
                    job.timed_out = True
                    scheduler.interrupt(job)
