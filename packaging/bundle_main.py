"""The bundle's program: ``post-editor`` as the console script runs it (``editor.cli:main``).

A frozen program is its own Python: the background work's "spawn" worker
processes start the bundle's executable again, and ``freeze_support`` turns
those starts into workers instead of a second editor.
"""

import multiprocessing
import sys

from editor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
