"""The carrier gateway: one interface to the carriers' head-office APIs, adapters per carrier, and a simulator."""
