"""Message understanding: merchant chat text → structured requests (issue 4; in progress)."""
