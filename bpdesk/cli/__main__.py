import sys

from bpdesk.cli import main

sys.exit(main())
