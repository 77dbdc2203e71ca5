"""``python -m service.batch score INPUT --out OUTPUT ...``"""

import sys

from service.batch.cli import main

if __name__ == "__main__":
    sys.exit(main())
