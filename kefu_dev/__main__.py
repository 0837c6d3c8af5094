import sys

from kefu_dev.cli import main

sys.exit(main())
