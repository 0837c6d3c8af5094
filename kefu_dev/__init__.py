"""Development tools: what runs kefu-router without the real world, and judges it. Not in the wheel that
``pip install kefu-router`` deploys, nor in the production image (deploy/Dockerfile's ``dev`` target has them).

- ``carrier_sim`` and ``world``: a carrier head office over HTTP, with its parcels, answers and result callbacks;
- ``chat_sim``: the WeCom and DingTalk robot webhooks, pacing and all;
- ``sample``: merchants and their messages, for tests, benchmarks and the demo;
- ``demo``: an outlet's evening replayed end to end (``make demo``);
- ``evaluate``: the parser against the labelled corpora (tests/data); ``compile_parser``: the parser built with
  mypyc (``make native``, and the Docker image's build stage);
- ``kafka_tools``: producing and reading whole topics, for the demo, the tests and the benchmarks.
Run them with ``python -m kefu_dev <command>`` from the source tree.
"""
