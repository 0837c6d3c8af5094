"""The outlet console: a web app for the staff and the owner (``kefu-router console``, docs/staff.md)."""
