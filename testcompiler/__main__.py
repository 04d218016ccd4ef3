import sys

from testcompiler.cli import main

sys.exit(main())
