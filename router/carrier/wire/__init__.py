"""The carriers' real open-platform protocols: envelopes, signatures, business codes and pushes (issue 27)."""
