"""The carrier layer: one interface to the carriers' head-office APIs, adapters per carrier (the simulator is a
development tool: ``kefu_dev.carrier_sim``)."""
