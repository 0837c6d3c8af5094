"""Apache Kafka through aiokafka: the only package of the product that imports it (beside it, only the development
tools' ``kefu_dev.kafka_tools`` and the benchmarks' raw-client systems do).

- ``consumer``: a consumer-group member behind ``router.source.Source``, used by the router (requests), the chat
  egress (replies) and the ticket follower (tickets, carrier events, people's answers, activity);
- ``producer``: the one idempotent producer behind ``router.source.Sink``, for every output;
- ``admin``: the router's topics and the broker's readiness;
- ``errors``: aiokafka's errors mapped to router.errors (``map_errors``), so none escapes this package.
"""

from router.kafka.admin import delete_topics, ensure_topics, topic_names, wait_for_broker
from router.kafka.consumer import KafkaSource
from router.kafka.producer import MAX_REQUEST_SIZE, KafkaSink, KeyPartitions

KAFKA_CLIENT_LOGGER = "aiokafka"  # the Kafka client's loggers, for whoever sets log levels

__all__ = ["KAFKA_CLIENT_LOGGER", "MAX_REQUEST_SIZE", "KafkaSink", "KafkaSource", "KeyPartitions",
           "delete_topics", "ensure_topics", "topic_names", "wait_for_broker"]
