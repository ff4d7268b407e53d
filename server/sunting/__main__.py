from sunting.cli import main

raise SystemExit(main())
