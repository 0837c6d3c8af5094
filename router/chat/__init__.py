"""The chat gateway: group messages from WeCom, DingTalk and a plain JSON API become merchant requests on Kafka
(``ingress``); replies on Kafka go back to the groups through their robots, coalesced and paced (``egress``).
``wecom`` and ``dingtalk`` hold each platform's wire format and signatures (``kefu_dev.chat_sim`` stands in for
both platforms' robot webhooks in tests and the demo)."""
