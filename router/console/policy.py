"""The owner's page of the outlet's own ways (``/rules``): its knowledge base, stop-ship areas and workflow rules,
each shown as the TOML of its section (docs/knowledge.md, docs/rules.md) and written back as the routers will read
it: a section they would refuse is not written, and the page says why (with what was written kept in the form).
Running routers take a change within ``network.reload_s``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from html import escape
from typing import Final

import msgspec

from router.areas.stop_ship import StopShipSettings
from router.config.sections import OutletSettings
from router.config.toml_text import dumps
from router.errors import ConfigError
from router.knowledge.base import KnowledgeEntry, KnowledgeSettings
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
        forms.append(
            f'<div class="card" id="{name}"><h2>{label}</h2><p class="hint">{escape(hint)}</p>{error}'
            f'<form method="post" action="/rules"><input type="hidden" name="csrf" value="{escape(csrf)}">'
            f'<input type="hidden" name="outlet" value="{escape(v.outlet)}">'
            f'<input type="hidden" name="section" value="{name}">'
            f'<textarea name="text" rows="14" style="width:100%;font-family:monospace"{disabled}>'
            f"{escape(v.texts.get(name, ''))}</textarea>"
            f"<button{disabled}>保存{label}</button></form></div>")
    readonly = ("" if v.editable else '<p class="hint">本网点的设置在配置文件里：设置 network.store 后可在这里编辑</p>')
    return f"<h1>网点规则 {escape(v.outlet)}</h1>{pick}{notice}{readonly}" + "".join(forms)


def learned(handle: str, question: str, answer: str) -> str:
    """A knowledge entry of the merchant's ``question`` and a person's ``answer``, as TOML to append to the
    knowledge section for the owner to review (phones masked; its id the task's handle). Matched by similarity
    alone until the owner gives it patterns."""
    entry = KnowledgeEntry(id=f"staff-{handle.lower()}", question=mask_phones(" ".join(question.split()))[:200],
                           answer=mask_phones(answer))
    return "\n" + dumps({"entries": [msgspec.to_builtins(entry)]})
