"""One export of the large sample in a process of its own, for the exports benchmark (issue 14).

`python -m tests.benchmarks.export_child DB KIND OUT [OPTIONS_JSON]` opens DB read-only, writes
the export as `endorse-desktop export` does, and prints how long the export took (`export_s=`,
the file opened to the PDF written) and the process's peak memory (`peak_rss_kb=`, VmHWM), then
`export done`.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from .bare_window import peak_rss_kb


def main(argv: list[str]) -> int:
    database, kind, output = argv[:3]
    options = json.loads(argv[3]) if len(argv) > 3 else {}
    from endorse_desktop.core.store import Store
    from endorse_desktop.exports.kinds import export_document

    started = time.perf_counter()
    with Store.open(Path(database), readonly=True) as store:
        export_document(store, kind, Path(output), **options)
    seconds = time.perf_counter() - started
    print(f"export_s={seconds:.4f}", flush=True)
    print(f"peak_rss_kb={peak_rss_kb()}", flush=True)
    print("export done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
