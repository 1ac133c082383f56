"""Veiledninger → «Ny lokal veiledning …» / «Rediger lokal veiledning …»: a supervisor writes a guide in a form.

Left, the form (ui/guide_form.py); right, a live preview (the window's own rendering, local facts filled in)
and the messages of ``frontdesk guides check`` on the text as it would be saved, by field, in the window's
language (knowledge/editor_texts.py words them for the form). «Lagre» stays off while there is an error. The
file goes into the local guides folder (knowledge/guide_draft.py): a new guide's id is made from its title and
fixed at the first save; a local copy of a national guide keeps its id and replaces it, which is asked first.
The write runs on the thread pool; the window then reloads the library, so the guide is searchable at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.draft_check import DraftContext, DraftReport, check_draft_text
from frontdesk.knowledge.guide_draft import (
    GuideDraft,
    SaveRefused,
    draft_text,
    plan_save,
    preview_guide,
    slugify,
    write_guide_file,
)
from frontdesk.knowledge.local_facts import LocalFactsStore
from frontdesk.knowledge.local_values import LocalValuesError
from frontdesk.knowledge.model import Guide, Severity
from frontdesk.knowledge.problem_texts import MISSING_KEY
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import ask_to_discard
from frontdesk.ui.guide_editor_parts import DraftPreview
from frontdesk.ui.guide_form import TAB_ABOUT, GuideForm
from frontdesk.ui.widgets import resize_within_screen

CHECK_DELAY_MS = 250  # the checks and the preview follow typing after this pause


@dataclass(frozen=True)
class EditorContext:
    registry: AgencyRegistry
    categories: Sequence[tuple[str, str]]  # (id, label) of the visit categories staff can log now
    category_ids: Collection[str]  # every known id, retired ones too: what the library checks against
    store: LocalFactsStore
    library: Callable[[], Mapping[str, Guide]]  # the window's guides as they are now
    tasks: BackgroundTasks
    today: date
    language: str
    centre_name: str
    kind_names: dict[str, str]

    @property
    def folder(self) -> Path:
        return self.store.path.parent  # lokalt.yaml lives in the local guides folder


class GuideEditorDialog(QDialog):
    saved = Signal(str)  # the guide's id, once its file is written

    def __init__(self, context: EditorContext, draft: GuideDraft, origin: Guide | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideEditor")
        self._context = context
        self._base = draft
        self._id = draft.id
        self._editing = origin.path if origin is not None and origin.is_local else None
        self._copy_of = origin if origin is not None and not origin.is_local else None
        self._replace_confirmed = False
        self._pending: tuple[Path, str, str] | None = None
        self.saving = False
        self.report: DraftReport | None = None
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Ny lokal veiledning") if origin is None else
                            self.tr("Lokal kopi av «%1»").replace("%1", origin.title) if self._copy_of else
                            self.tr("Rediger lokal veiledning «%1»").replace("%1", origin.title))
        resize_within_screen(self, 1360, 880)
        self.form = GuideForm(context.registry, context.categories, context.kind_names, context.today, self)
        self.form.load(draft)
        self.preview = DraftPreview(context.registry, context.language, self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Kontroll av veiledningen"))
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._go_to_field)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview, 3)
        column.addWidget(QLabel(self.tr("Kontroll (som «frontdesk guides check»): dobbeltklikk for å gå til feltet"),
                                right))
        column.addWidget(self.problems, 1)
        left = QWidget(self)
        form_column = QVBoxLayout(left)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addWidget(self.form, 1)
        form_column.addWidget(self.form.insert_row)
        self.form.textFocused.connect(self.preview.follow)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 660])
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        close = buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.form.changed.connect(self._timer.start)
        self.refresh()
        self._saved_text = draft_text(self.draft())  # closing without a change never asks

    # -- the draft, checked and previewed ---------------------------------------------------------------
    @property
    def fixed_id(self) -> bool:
        return self._editing is not None or self._copy_of is not None

    def draft(self) -> GuideDraft:
        return self.form.draft(self._base, self._id if self.fixed_id else slugify(self.form.title.text()))

    def _target(self, guide_id: str) -> Path:
        return self._editing or self._context.folder / f"{guide_id or 'ny-veiledning'}.md"

    def refresh(self) -> None:
        """Check the text as it would be saved; show the messages and the preview."""
        self._timer.stop()
        context, draft = self._context, self.draft()
        library = context.library()
        path = self._target(draft.id)
        self.report = check_draft_text(draft_text(draft), path, DraftContext(
            context.registry, library, context.store.centre_keys, context.today, context.category_ids))
        self._show_id(draft.id)
        self.form.set_fact_choices(draft.facts, context.store.centre_keys)
        self._show_problems(self.report, title_empty=not draft.title)
        guide = self.report.guide or preview_guide(draft, path)
        try:
            facts = context.store.facts({**library, guide.id: guide})
        except LocalValuesError:
            facts = None  # the window's status bar already says the file can't be read
        self.preview.show_draft(guide, library, facts, context.today, context.centre_name)
        self.save_button.setEnabled(not self.report.errors and not self.saving)

    def _show_id(self, guide_id: str) -> None:
        if self._copy_of is not None and self._editing is None:
            text = self.tr("Id: %1 – den samme som den nasjonale veiledningen. Når du lagrer, erstatter den lokale "
                           "kopien den nasjonale i vinduet.")
        elif self.fixed_id:
            text = self.tr("Id: %1 (endres aldri, så besøksloggen og andre veiledninger finner den)")
        else:
            text = self.tr("Id: %1 (lages av tittelen, og ligger fast fra første lagring)")
        self.form.id_label.setText(text.replace("%1", guide_id or "…"))

    def _show_problems(self, report: DraftReport, *, title_empty: bool) -> None:
        self.problems.clear()
        words = {Severity.ERROR: self.tr("Feil"), Severity.WARNING: self.tr("Advarsel"),
                 Severity.NOTICE: self.tr("Merk")}
        shown: set[str] = set()
        language = self._context.language
        for problem in report.problems:
            if problem.field == "id" and problem.code == MISSING_KEY.code and title_empty:
                continue  # the id is made from the title, whose own message says it
            label = self.form.fields.get(problem.field, (TAB_ABOUT, self.form.title, problem.field))[2]
            text = f"{words[problem.severity]} – {label}: {problem.message.get(language)}"
            if text not in shown:
                shown.add(text)
                item = QListWidgetItem(text, self.problems)
                item.setData(Qt.ItemDataRole.UserRole, problem.field)
                item.setToolTip(problem.check.get(language))
        if not shown:
            self.problems.addItem(self.tr("Ingen feil eller advarsler."))

    def _go_to_field(self, item: QListWidgetItem) -> None:
        self.form.go_to(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        self.refresh()  # the text as it is now, not as it was at the last pause
        if self.report is None or self.report.errors:
            return
        draft = self.draft()
        try:
            plan = plan_save(draft.id, self._context.folder, self._context.library(), self._editing)
        except SaveRefused as refused:
            self.status.setText(refused.message(self._context.language))
            return
        if plan.replaces is not None and not self._replace_confirmed:
            self.question = self._ask_replace(plan.replaces)
            return
        path, text = plan.path, draft_text(draft)
        self._pending = (path, text, draft.id)
        self.saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Lagrer …"))
        self._context.tasks.run(lambda: write_guide_file(path, text), self._written, self._failed)

    def _ask_replace(self, national: Guide) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "«%1» er en nasjonal veiledning med samme id. Lagrer du, erstatter din lokale veiledning den nasjonale "
            "på alle skranke-PC-er som bruker denne mappen, og oppdateringer av den nasjonale vises ikke så lenge "
            "din finnes.\n\nVil du erstatte den nasjonale veiledningen?").replace("%1", national.title),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("replaceNational")
        box.setTextFormat(Qt.TextFormat.PlainText)
        replace = box.addButton(self.tr("Erstatt den nasjonale veiledningen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # the safe choice on Enter
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._replace_answered(button is replace))
        box.open()
        return box

    def _replace_answered(self, replace: bool) -> None:
        self.question = None
        if replace:
            self._replace_confirmed = True
            self.save()
        else:
            self.status.setText(self.tr("Ikke lagret: den nasjonale veiledningen står som før."))

    def _written(self, _result: object) -> None:
        assert self._pending is not None
        path, text, guide_id = self._pending
        self.saving, self._pending = False, None
        self._editing, self._id, self._saved_text = path, guide_id, text  # the id is fixed from now on
        self.status.setText(self.tr("Lagret i %1. Veiledningen vises i vinduet og kan søkes opp.").replace(
            "%1", str(path)))
        self.refresh()
        self.saved.emit(guide_id)

    def _failed(self, error: BaseException) -> None:
        self.saving, self._pending = False, None
        if not isinstance(error, OSError):
            raise error  # a bug: the exception dialog logs it
        self.status.setText(self.tr("Veiledningen ble ikke lagret: %1").replace("%1", str(error)))
        self.refresh()

    @property
    def has_changes(self) -> bool:
        return draft_text(self.draft()) != self._saved_text

    def reject(self) -> None:
        """Closing with unsaved changes asks first."""
        if self.saving:
            return
        if not self.has_changes:
            super().reject()
            return
        self.question = ask_to_discard(self, self.windowTitle(), self.tr(
            "Veiledningen har endringer som ikke er lagret. Vil du forkaste dem?"), self._discard)

    def _discard(self) -> None:
        super().reject()
