"""The bundle's entry point (packaging/dn-bodymap.spec): the same as ``dn-bodymap``, and the
database lock keeper's child process (records/lock_keeper.py), which a bundle cannot start
with ``python -c``."""

import sys

from dn_bodymap.records.lock_keeper import FROZEN_ARG, run_frozen_keeper

if sys.argv[1:2] == [FROZEN_ARG]:
    run_frozen_keeper(sys.argv)
    raise SystemExit(0)

from dn_bodymap.cli import main

raise SystemExit(main())
