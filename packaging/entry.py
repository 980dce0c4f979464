"""The bundle's entry point (packaging/dn-bodymap.spec): the same as ``dn-bodymap``."""

from dn_bodymap.cli import main

raise SystemExit(main())
