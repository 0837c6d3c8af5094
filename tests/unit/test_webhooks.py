"""Robot webhooks point only at their platforms' hosts (or hosts the operator lists), and never carry credentials."""

from __future__ import annotations

import pytest

from router.chat.webhooks import refusal
from router.config import load_settings
from router.errors import ConfigError

DEFAULT = load_settings(env={}).chat.webhook_hosts


@pytest.mark.parametrize("platform,url", [
    ("wecom", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1"),
    ("dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=t1"),
    ("dingtalk", "https://api.dingtalk.com/v1.0/robot/groupMessages/send"),
])
def test_the_platforms_own_robots_are_allowed(platform: str, url: str) -> None:
    assert refusal(platform, url, DEFAULT) is None


@pytest.mark.parametrize("platform,url,why", [
    ("wecom", "http://169.254.169.254/latest/meta-data/", "not among chat.webhook_hosts.wecom"),
    ("wecom", "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1", "plain http"),
    ("wecom", "https://oapi.dingtalk.com/robot/send?access_token=t1", "not among chat.webhook_hosts.wecom"),
    ("wecom", "https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send", "not among"),
    ("wecom", "https://user:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send", "credentials"),
    ("wecom", "ftp://qyapi.weixin.qq.com/x", "not an http(s) URL"),
    ("wecom", "https://[::1/x", "not a URL"),
    ("dingtalk", "http://10.0.0.7:8080/admin", "not among"),
])
def test_anything_else_is_refused_with_a_reason_that_does_not_show_the_key(platform: str, url: str, why: str) -> None:
    reason = refusal(platform, url, DEFAULT)
    assert reason is not None and why in reason and "k1" not in reason and "t1" not in reason


def test_a_group_with_a_webhook_elsewhere_is_refused_at_start_without_its_key() -> None:
    env = {"KEFU_CHAT__GROUPS": '{"g1": {"merchant": "m1", "platform": "wecom", '
                                '"webhook": "http://169.254.169.254/?key=secret-key"}}'}
    with pytest.raises(ConfigError, match=r"chat\.groups\.g1\.webhook: host 169\.254\.169\.254") as e:
        load_settings(env=env)
    assert "secret-key" not in str(e.value)
    load_settings(env={**env, "KEFU_CHAT__WEBHOOK_HOSTS": '{"wecom": ["169.254.169.254"]}'})  # the operator's own
