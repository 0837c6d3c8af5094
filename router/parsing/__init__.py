"""Message understanding: merchant chat text → structured requests.

``IMPLEMENTATION`` says whether the mypyc-compiled parser or its Python source is in use (see ``native``).
"""

from router.parsing.native import select

IMPLEMENTATION = select()
