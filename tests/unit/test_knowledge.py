"""The knowledge base: which messages ask, how a question finds its entry (patterns first, then similarity), the
outlet's variables and validity windows, and configuration errors that say what to fix; measured on the labelled
merchant questions of tests/data/knowledge (written apart from the matcher, by writers who never read it)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from handlers.customer_service import ASKABLE
from router.areas.divisions import load
from router.errors import ConfigError
from router.knowledge.asking import asks
from router.knowledge.base import KnowledgeBase, KnowledgeEntry, KnowledgeSettings
from router.knowledge.matcher import folded
from router.knowledge.patterns import compile_pattern
from router.knowledge.words import is_word
from router.parsing.parser import parse

STARTER = Path(__file__).parents[2] / "deploy" / "knowledge" / "express-outlet.toml"
LABELLED = Path(__file__).parents[1] / "data" / "knowledge"


@pytest.mark.parametrize(("text", "asked"), [
    ("几点来收件", True), ("运费怎么算？", True), ("能寄液体吗", True), ("拦截收费不", True), ("收不收", True),
    ("按体积还是按重量", True), ("停发地区发一下", True), ("请问网点电话", True), ("春节停发吗", True),
    ("运费已经转过去了", False), ("明天放假不发货了哈", False), ("停发的那几单我先不发了", False),
    ("面单收到了谢谢", False), ("好的", False),
])
def test_a_message_asks_when_its_words_ask_not_when_it_names_a_topic(text: str, asked: bool) -> None:
    assert asks(text) is asked


def test_a_pattern_needs_every_group_none_of_the_forbidden_and_reads_variables() -> None:
    p = compile_pattern("{偏远地区}|偏远 + 运费|多少钱 + -国际", {"偏远地区": "新疆、西藏"}, folded, "t")
    assert p.hit(folded("发新疆邮费多少")) == 4  # (邮费 is read as 运费; 新疆 from the variable)
    assert p.hit(folded("发西藏多少钱")) == 5
    assert p.hit(folded("新疆能发吗")) == 0 and p.hit(folded("发国际新疆运费")) == 0
    assert compile_pattern("面单 + 没了 !", {}, folded, "t").statement
    with pytest.raises(ConfigError, match=r"names \{远\}"):
        compile_pattern("{远} + 运费", {}, folded, "kb.entries[x].patterns")
    with pytest.raises(ConfigError, match="forbids '寄', which messages are read as '发'"):
        compile_pattern("运费 + -寄", {}, folded, "t")  # (it would forbid every 发)
    with pytest.raises(ConfigError, match="empty group"):
        compile_pattern("运费 + -涨 + ", {}, folded, "t")


def kb(*entries: KnowledgeEntry, **variables: str) -> KnowledgeBase:
    return KnowledgeBase(KnowledgeSettings(entries=list(entries), vars=variables))


def test_an_answer_fills_the_outlets_variables_and_keeps_to_its_days() -> None:
    base = kb(KnowledgeEntry(id="pickup", question="几点揽收", answer="揽收时间：{揽收时间}", patterns=["揽收 + 几点"]),
              KnowledgeEntry(id="spring", question="春节停发吗", answer="除夕到初五停收", patterns=["春节 + 停|收"],
                             valid_from="2027-01-20", valid_until="2027-02-12"),
              **{"揽收时间": "每天 10 点、16 点"})
    answer = base.answer("老板 几点来收件啊")
    assert answer is not None and (answer.entry, answer.text) == ("pickup", "揽收时间：每天 10 点、16 点")
    assert base.answer("春节还收件吗", datetime(2027, 1, 25, tzinfo=UTC)) is not None
    assert base.answer("春节还收件吗", datetime(2026, 12, 6, tzinfo=UTC)) is None  # (not yet)
    assert base.answer("今天揽收的件都发走了") is None  # (asks nothing)


@pytest.mark.parametrize(("settings", "says"), [
    (KnowledgeSettings(entries=[KnowledgeEntry(id="a", question="q", answer="{价格}")]),
     r"\{价格\}, which \[vars\] does not define"),
    (KnowledgeSettings(entries=[KnowledgeEntry(id="a", question="q", answer="x")] * 2), "two entries have id 'a'"),
    (KnowledgeSettings(entries=[KnowledgeEntry(id="a", question=" ", answer="x")]), "question is empty"),
    (KnowledgeSettings(entries=[KnowledgeEntry(id="a", question="q", answer="x", valid_until="12/31")]),
     "YYYY-MM-DD"),
    (KnowledgeSettings(path="/nonexistent/kb.toml"), "no file"),
])
def test_a_knowledge_base_that_cannot_answer_says_what_to_fix(settings: KnowledgeSettings, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        KnowledgeBase(settings, "outlets.hz.knowledge")


def test_a_real_word_is_never_taken_for_a_misheard_one_and_a_sentence_keeps_its_question_mark() -> None:
    base = KnowledgeBase(KnowledgeSettings(path=str(STARTER)), places=load().locate, is_word=is_word)
    assert [(a.entry if (a := base.answer(t)) else None) for t in ("运飞咋算", "链接失效了怎么办", "你们还接单吗")] == \
        ["price", None, None]  # (运飞: 运费 misheard; 失效 and 接单 are words, no 时效 or 截单)
    long = "我这边今天有二十多单货要发的，麻烦看看哈。下午快递员还过来？"
    assert (a := base.answer(long)) is not None and a.entry == "pickup_time"
    assert (a := base.answer("運費怎麼算")) is not None and a.entry == "price"  # (traditional characters)


def test_a_city_is_read_as_its_province_for_a_pattern_that_names_provinces() -> None:
    entries = [KnowledgeEntry(id="remote", question="偏远运费", answer="12 元", patterns=["{偏远} + 运费|多少钱"]),
               KnowledgeEntry(id="price", question="运费", answer="4 元", patterns=["多少钱 + 发 + -{偏远}"])]
    settings = KnowledgeSettings(entries=entries, vars={"偏远": "新疆、西藏"})
    with_places = KnowledgeBase(settings, places=load().locate)
    answers = [with_places.answer(t) for t in ("发喀什多少钱", "寄拉萨多少钱", "发杭州多少钱")]
    assert [a.entry if a else None for a in answers] == ["remote", "remote", "price"]


def evaluate(path: Path) -> Counter[str]:
    """How the starter knowledge base answers the labelled messages of ``path``, as the service asks it (only a
    message the parser finds no waybill and no request in)."""
    base = KnowledgeBase(KnowledgeSettings(path=str(STARTER)), places=load().locate, is_word=is_word)
    out: Counter[str] = Counter()
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        parsed = parse(row["text"])
        asked = not parsed.requests and not parsed.waybills and parsed.reason in ASKABLE  # (as the service asks it)
        answer = base.answer(row["text"]) if asked else None
        if row["kind"] == "question":
            out["question"] += 1
            out["right" if answer and answer.entry == row["entry"] else "wrong" if answer else "unanswered"] += 1
        else:
            out["other"] += 1
            out["answered_other"] += answer is not None
    return out


def test_the_starter_knowledge_base_on_questions_its_patterns_were_not_written_from() -> None:
    """tests/data/knowledge/test.jsonl: written by one who read the entries' questions and answers only, and never
    used to write the starter's phrasings or patterns (only its totals are looked at). Floors below the issue's
    targets (95% right, ≤ 1% of the rest answered) guard what is reached; docs/knowledge.md has the figures."""
    got = evaluate(LABELLED / "test.jsonl")
    assert got["question"] >= 300 and got["other"] >= 150
    assert got["right"] / got["question"] >= 0.78
    assert got["wrong"] / got["question"] <= 0.01
    assert got["answered_other"] / got["other"] <= 0.025


@pytest.mark.parametrize("name", ["dev", "dev2", "dev3"])
def test_the_starter_knowledge_base_on_the_questions_it_was_written_from(name: str) -> None:
    """The sets its patterns were written and checked against (three writers apart from the matcher)."""
    got = evaluate(LABELLED / f"{name}.jsonl")
    assert got["question"] >= 200 and got["other"] >= 100
    assert got["right"] / got["question"] >= (0.94 if name != "dev3" else 0.86)
    assert got["wrong"] / got["question"] <= 0.005
    assert got["answered_other"] / got["other"] <= 0.025


def test_a_section_written_as_toml_reads_back_as_it_was_and_the_console_refuses_a_file_or_nonsense() -> None:
    import msgspec

    from router.config.toml_text import dumps
    from router.console.policy import read

    odd = KnowledgeSettings(entries=[KnowledgeEntry(id="a", question='问"引号\\斜杠\n换行', answer="x\x7fy\t")],
                            vars={"有 空格": "a\x7f", "plain": "b"})
    assert read("knowledge", dumps(msgspec.to_builtins(odd))) == odd
    with pytest.raises(ConfigError, match="不能引用文件"):
        read("knowledge", 'path = "/etc/shadow"')
    with pytest.raises(ConfigError, match=r"嵌套太深|格式不对"):
        read("rules", "x = " + "[" * 5000 + "]" * 5000)
    with pytest.raises(ConfigError, match="没有这一项"):
        read("secrets", "")
