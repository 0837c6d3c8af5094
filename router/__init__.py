"""kefu-router: merchant requests from Kafka, handled in order per merchant and concurrently across merchants."""

__version__ = "0.1.0"
