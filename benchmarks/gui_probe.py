"""Cold start of the desktop window, run as its own process by :mod:`benchmarks.startup_bench`.

Builds the real window exactly as :func:`frontdesk.app.run` does (services, translators, zoom, MainWindow,
show) and exits as soon as the search box is visible and focused and the guides are searchable: a real query
has come back with hits. Prints the milliseconds since interpreter start as JSON, with the phases, and exits 0;
exits 1 when the window is not usable within the time limit. Run it offscreen with a temporary home:

    QT_QPA_PLATFORM=offscreen FRONTDESK_HOME=$(mktemp -d) .venv/bin/python -m benchmarks.gui_probe
"""

from __future__ import annotations

import json
import sys
import time

STARTED_NS = time.perf_counter_ns()  # as early as the script can note it; the parent measures wall time too
TIME_LIMIT_MS = 30_000
QUERY = "bankid"


def _ms() -> float:
    return (time.perf_counter_ns() - STARTED_NS) / 1e6


def main() -> int:
    from PySide6.QtCore import QTimer

    from frontdesk.app import application, build_services
    from frontdesk.config import Config
    from frontdesk.ui.i18n import install_translators
    from frontdesk.ui.knowledge_worker import SearchOutcome
    from frontdesk.ui.main_window import MainWindow
    from frontdesk.ui.zoom import FontZoom

    phases = {"imports": _ms()}
    app = application()
    services = build_services(Config.from_env())
    language = str(services.settings.get("language"))
    translators = install_translators(app, language)
    zoom = FontZoom(app, float(services.settings.get("font_scale")),
                    lambda scale: services.settings.set("font_scale", scale))
    window = MainWindow(services, zoom, language)
    window.show()
    phases["window shown"] = _ms()
    state = {"usable": False}

    def answered(outcome: SearchOutcome) -> None:
        if outcome.hits and not state["usable"]:
            state["usable"] = True
            phases["searchable"] = _ms()
            app.quit()

    def check() -> None:
        box = window.search.box
        if box.isVisible() and box.hasFocus() and window.knowledge.snapshot.guides:
            phases.setdefault("box ready, guides loaded", _ms())
            window.knowledge.search(QUERY)  # the same path typing takes, minus the debounce
        else:
            QTimer.singleShot(1, check)

    window.knowledge.searched.connect(answered)
    QTimer.singleShot(0, check)
    QTimer.singleShot(TIME_LIMIT_MS, app.quit)
    app.exec()
    window.knowledge.shutdown()
    services.store.close()
    del translators
    print(json.dumps({"usable": state["usable"], "phases_ms": phases}))
    return 0 if state["usable"] else 1


if __name__ == "__main__":
    sys.exit(main())
