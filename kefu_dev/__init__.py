"""Development tools: what runs kefu-router without the real world, and judges it. Not in the wheel that
``pip install kefu-router`` deploys, nor in the production image (deploy/Dockerfile's ``dev`` target has them).

- ``carrier_sim`` and ``world``: a carrier head office over HTTP, with its parcels, answers and result callbacks;
- ``chat_sink``: the WeCom and DingTalk robot webhooks, pacing and all;
- ``sample``: merchants and their messages, for tests, benchmarks and the demo;
- ``demo``: an outlet's evening replayed end to end (``make demo``);
- ``evaluate``: the parser against the labelled corpora (tests/data).
Run them with ``python -m kefu_dev <command>`` from the source tree.
"""
