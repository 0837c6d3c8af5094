"""Settings from a TOML file and the environment, validated once at start.

Precedence, lowest first: built-in defaults, the TOML file (``--config`` or ``KEFU_CONFIG``), environment
variables ``KEFU_<SECTION>__<KEY>`` (for example ``KEFU_SCHEDULER__MAX_INFLIGHT=256``), and finally
``KAFKA_BOOTSTRAP`` which overrides ``kafka.bootstrap`` so tests and the demo can target any cluster.

The sections and their Structs are in ``router.config.sections`` (which gathers ``pipeline_sections`` and
``service_sections``); reading them in ``router.config.loading``, the environment's variables in
``router.config.environment`` and the checks across sections in ``router.config.checks``. Every setting is listed
in docs/configuration.md.
"""

from router.config.loading import ENV_PREFIX, RENAMED, as_env, chat_groups, child_env, isolated, load_settings
from router.config.sections import (
    QUIET_FETCH_WAIT_MS,
    BackpressureSettings,
    CallbackSettings,
    CarrierSettings,
    ChatGroup,
    ChatPlatform,
    ChatSettings,
    CommitSettings,
    ConfirmSettings,
    DirectorySettings,
    KafkaSettings,
    LimitSettings,
    MetricsSettings,
    NonNegativeFloat,
    Positive,
    PositiveFloat,
    SchedulerSettings,
    Settings,
    ShutdownSettings,
    StaffGroup,
    StaffMember,
    TicketSettings,
    TopicName,
    TopicSettings,
)

__all__ = [
    "ENV_PREFIX",
    "QUIET_FETCH_WAIT_MS",
    "RENAMED",
    "BackpressureSettings",
    "CallbackSettings",
    "CarrierSettings",
    "ChatGroup",
    "ChatPlatform",
    "ChatSettings",
    "CommitSettings",
    "ConfirmSettings",
    "DirectorySettings",
    "KafkaSettings",
    "LimitSettings",
    "MetricsSettings",
    "NonNegativeFloat",
    "Positive",
    "PositiveFloat",
    "SchedulerSettings",
    "Settings",
    "ShutdownSettings",
    "StaffGroup",
    "StaffMember",
    "TicketSettings",
    "TopicName",
    "TopicSettings",
    "as_env",
    "chat_groups",
    "child_env",
    "isolated",
    "load_settings",
]
