"""`python -m endorse_desktop.i18n update`: refresh every .ts and .qm and say what is left."""

from __future__ import annotations

import sys

from endorse_desktop.i18n.tools import main

sys.exit(main())
