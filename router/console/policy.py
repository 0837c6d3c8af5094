"""The owner's page of the outlet's own ways (``/rules``): its knowledge base, stop-ship areas and workflow rules,
each shown as the TOML of its section (docs/knowledge.md, docs/rules.md) and written back as the routers will read
it: a section they would refuse is not written, and the page says why (with what was written kept in the form).
The knowledge base's entries have a form each as well (a question, its other phrasings one a line, the answer:
``entry_written``), for an owner who does not write TOML. Running routers take a change within
``network.reload_s``."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from html import escape
from typing import Final

import msgspec

from router.areas.stop_ship import StopShipSettings
from router.config.sections import OutletSettings
from router.config.toml_text import dumps
from router.errors import ConfigError
from router.knowledge.base import MAX_ANSWER, KnowledgeEntry, KnowledgeSettings
from router.privacy import mask_phones
from router.rules.model import RuleSettings

Section = KnowledgeSettings | StopShipSettings | RuleSettings
SECTIONS: Final[dict[str, tuple[str, type[Section], str]]] = {
    "knowledge": ("知识库", KnowledgeSettings,
                  "[vars] 里是网点自己的数字（揽收时间、价格…），答案里写 {变量名}；每条 [[entries]]：id、question、"
                  "similar（相似问法）、patterns（如 \"揽收|来收 + 几点|什么时候\"）、answer"),
    "stop_ship": ("停发区域", StopShipSettings,
                  "每条 [[areas]]：area（从省写起，如 \"浙江省杭州市西湖区\"）、reason（给商户看的原因）、start/until"
                  "（YYYY-MM-DD）、carriers（如 [\"zto\"]，不写为全部快递）"),
    "rules": ("流程规则", RuleSettings,
              "每条 [[rules]]：name、mode（auto 自动 / confirm 先问商户 / record 转人工）、intents、merchants、tiers、"
              "carriers、hours（如 \"22:00-08:00\"）、days（workday / weekend / holiday）；holidays、workdays 为日期"),
}
MAX_TEXT: Final = 200_000  # characters of one section's text
MAX_QUESTION: Final = 200  # characters of an entry's question, and of each other phrasing
MAX_ID: Final = 200  # characters of an entry's id as a form sends it back
MAX_SIMILAR: Final = 50  # other phrasings of one entry


@dataclass(frozen=True, slots=True)
class EntryForm:
    """An entry of the knowledge base as its form sends it: ``action`` "save" (a new entry when ``id`` is empty) or
    "delete"; ``was``: the entry as the page showed it (``shown``), so that a form left open while the entry was
    changed, deleted or replaced by another of the same id changes nothing."""

    action: str
    id: str
    question: str
    similar: str  # one phrasing a line
    answer: str
    was: str = ""


def shown(entry: KnowledgeEntry) -> str:
    """A digest of ``entry`` as a page shows it, sent back with its form."""
    return hashlib.sha256(msgspec.json.encode(entry)).hexdigest()[:16]


def entry_written(knowledge: KnowledgeSettings, form: EntryForm) -> KnowledgeSettings:
    """``knowledge`` with the entry of ``form`` saved or deleted (its patterns, dates and state kept when saved);
    ConfigError saying what to fix."""
    entries = list(knowledge.entries)
    at = next((k for k, e in enumerate(entries) if e.id == form.id), None) if form.id else None
    if form.id and (at is None or shown(entries[at]) != form.was):
        raise ConfigError("这一条已被修改或删除，请刷新页面后再改")
    if form.action == "delete":
        if at is None:
            raise ConfigError("没有这一条，请刷新页面")
        del entries[at]
        return msgspec.structs.replace(knowledge, entries=entries)
    if form.action != "save":
        raise ConfigError("不认识的操作")
    question, similar, answer = _fields(form)
    if at is None:  # (a number no entry has; a stale form of a deleted one is refused by its digest)
        used, n = {e.id for e in entries}, len(entries) + 1
        while f"entry-{n}" in used:
            n += 1
        entries.append(KnowledgeEntry(id=f"entry-{n}", question=question, similar=similar, answer=answer))
    else:
        entries[at] = msgspec.structs.replace(entries[at], question=question, similar=similar, answer=answer)
    return msgspec.structs.replace(knowledge, entries=entries)


def _fields(form: EntryForm) -> tuple[str, list[str], str]:
    """The entry's question, other phrasings and answer, tidied; ConfigError saying what to fix."""
    question, answer = " ".join(form.question.split()), form.answer.strip()
    similar = [" ".join(line.split()) for line in form.similar.splitlines() if line.strip()]
    if not question or not answer:
        raise ConfigError("问题和答案都要填")
    if len(question) > MAX_QUESTION or any(len(x) > MAX_QUESTION for x in similar):
        raise ConfigError(f"问题和每个相似问法最多 {MAX_QUESTION} 个字")
    if len(answer) > MAX_ANSWER:
        raise ConfigError(f"答案最多 {MAX_ANSWER:,} 个字")
    if len(similar) > MAX_SIMILAR:
        raise ConfigError(f"相似问法最多 {MAX_SIMILAR} 条")
    return question, similar, answer


@dataclass(frozen=True, slots=True)
class PolicyView:
    outlet: str
    outlets: list[str]  # an admin's choice of outlet; empty for an owner
    texts: dict[str, str]  # section → its TOML
    editable: bool
    reload_s: float
    said: str = ""
    error: str = ""
    section: str = ""  # the section the error (or the note) is about
    note: str = ""  # what the owner is asked to do with the section as drafted
    entries: tuple[KnowledgeEntry, ...] = ()  # the knowledge base's, each with a form of its own
    entry_draft: EntryForm | None = None  # an entry's form as sent and refused, to be mended


def texts_of(outlet: OutletSettings | None) -> dict[str, str]:
    """Each section of ``outlet`` as TOML (empty for an outlet without it)."""
    if outlet is None:
        return dict.fromkeys(SECTIONS, "")
    out = {}
    for name, (_, kind, _) in SECTIONS.items():
        default = msgspec.to_builtins(kind())
        written = msgspec.to_builtins(getattr(outlet, name))
        out[name] = dumps({k: v for k, v in written.items() if v != default.get(k)})  # (what the owner wrote)
    return out


def read(section: str, text: str) -> Section:
    """The section written in ``text``; ConfigError saying what is wrong."""
    if section not in SECTIONS:
        raise ConfigError("没有这一项")
    if len(text) > MAX_TEXT:
        raise ConfigError(f"内容太长（最多 {MAX_TEXT:,} 个字）")
    label, kind, _ = SECTIONS[section]
    try:
        read_back = msgspec.convert(tomllib.loads(text), kind)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{label}的格式不对（TOML）：{e}") from None
    except msgspec.ValidationError as e:
        raise ConfigError(f"{label}里有写错的地方：{e}") from None
    except RecursionError:
        raise ConfigError(f"{label}嵌套太深") from None
    if isinstance(read_back, KnowledgeSettings) and read_back.path:
        raise ConfigError("知识库不能引用文件（path）：把条目和变量直接写在这里")
    return read_back


def page(v: PolicyView, csrf: str) -> str:
    """The page's body."""
    pick = ""
    if v.outlets:
        options = "".join(f'<option value="{escape(o)}"{" selected" if o == v.outlet else ""}>{escape(o)}</option>'
                          for o in v.outlets)
        pick = (f'<form method="get" action="/rules" class="card">网点 <select name="outlet">{options}</select> '
                "<button>切换</button></form>")
    notice = (f'<p class="ok">{escape(v.said)}，{v.reload_s:g} 秒内在各路由生效</p>' if v.said else "")
    if v.note:
        notice += f'<p class="ok">{escape(v.note)}（<a href="#{escape(v.section)}">去检查</a>）</p>'
    if v.error:  # (at the top as well: the section may be further down the page)
        label = SECTIONS[v.section][0] if v.section in SECTIONS else ""
        notice += f'<p class="error">{escape(label)}{escape(v.error)}（<a href="#{escape(v.section)}">去修改</a>）</p>'

    forms = []
    for name, (label, _, hint) in SECTIONS.items():
        error = (f'<p class="error">{escape(v.error)}</p>' if v.error and v.section == name else "")
        disabled = "" if v.editable else " disabled"
        entries = _entry_forms(v, csrf) if name == "knowledge" else ""
        whole = ('<h3 style="margin-top:16px">整段编辑（变量 [vars]、匹配词 patterns）</h3>' if entries else "")
        forms.append(
            f'<div class="card" id="{name}"><h2>{label}</h2>{error}{entries}{whole}<p class="hint">{escape(hint)}</p>'
            f'<form method="post" action="/rules"><input type="hidden" name="csrf" value="{escape(csrf)}">'
            f'<input type="hidden" name="outlet" value="{escape(v.outlet)}">'
            f'<input type="hidden" name="section" value="{name}">'
            f'<textarea name="text" rows="14" style="width:100%;font-family:monospace"{disabled}>'
            f"{escape(v.texts.get(name, ''))}</textarea>"
            f"<button{disabled}>保存{label}</button></form></div>")
    readonly = ("" if v.editable else '<p class="hint">本网点的设置在配置文件里：设置 network.store 后可在这里编辑</p>')
    return f"<h1>网点规则 {escape(v.outlet)}</h1>{pick}{notice}{readonly}" + "".join(forms)


def _entry_forms(v: PolicyView, csrf: str) -> str:
    """A form for each entry of the knowledge base and one for a new entry (none when the page is read only)."""
    if not v.editable:
        return ""
    hidden = (f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
              f'<input type="hidden" name="outlet" value="{escape(v.outlet)}">')

    def form(e: KnowledgeEntry | None) -> str:
        eid = e.id if e is not None else ""
        d = v.entry_draft if v.entry_draft is not None and v.entry_draft.id == eid else None
        question = d.question if d else e.question if e else ""
        similar = d.similar if d else "\n".join(e.similar) if e else ""
        answer = d.answer if d else e.answer if e else ""
        remove = ('<button name="action" value="delete" class="danger" '
                  'onclick="return confirm(\'删除这一条？\')">删除</button>' if e is not None else "")
        return (f'<form method="post" action="/rules/entry" class="entry" data-entry="{escape(eid)}">{hidden}'
                f'<input type="hidden" name="id" value="{escape(eid)}">'
                f'<input type="hidden" name="was" value="{shown(e) if e is not None else ""}">'
                f'<label>问题<input type="text" name="question" maxlength="{MAX_QUESTION}" '
                f'value="{escape(question)}" style="width:100%"></label>'
                f'<label>相似问法（一行一个）<textarea name="similar" rows="3" style="width:100%">'
                f'{escape(similar)}</textarea></label>'
                f'<label>答案（可写 {{变量名}}）<textarea name="answer" rows="3" maxlength="{MAX_ANSWER}" '
                f'style="width:100%">{escape(answer)}</textarea></label>'
                f'<button name="action" value="save" class="primary">{"保存这一条" if e else "添加"}</button>'
                f"{remove}</form>")

    def opened(eid: str) -> str:  # (the one being mended stays open)
        return " open" if v.entry_draft is not None and v.entry_draft.id == eid else ""

    listed = "".join(f"<details{opened(e.id)}><summary>{escape(e.question)}"
                     f'{"" if e.enabled else "（已停用）"}</summary>{form(e)}</details>' for e in v.entries)
    new_open = " open" if not v.entries or opened("") else ""
    return (f'<h3>问答条目（{len(v.entries)}）</h3>{listed}'
            f'<details{new_open}><summary>添加一条</summary>{form(None)}</details>')


def learned(handle: str, question: str, answer: str) -> str:
    """A knowledge entry of the merchant's ``question`` and a person's ``answer``, as TOML to append to the
    knowledge section for the owner to review (phones masked; its id the task's handle). Matched by similarity
    alone until the owner gives it patterns."""
    entry = KnowledgeEntry(id=f"staff-{handle.lower()}", question=mask_phones(" ".join(question.split()))[:200],
                           answer=mask_phones(answer))
    return "\n" + dumps({"entries": [msgspec.to_builtins(entry)]})
