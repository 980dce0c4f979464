from dn_bodymap.cli import main

raise SystemExit(main())
