"""The Reading lists pane: pick a list, see its practices in order, reorder them (drag, or
Ctrl+Up/Ctrl+Down), remove them (Delete), open one (Enter), write the trainer's comment on each,
and make, rename, delete, import and export lists. It works through the core's ReadingLists; the
window gives it the user data, the catalogue and two callables (what the reader shows, the
interface language) at construction."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import CatalogueError, NotFound
from ..core.reading_list_files import SUFFIX, export_list, import_list
from .reading_list_model import ListItemsModel, item_rows
from .reading_list_view import ReadingListView

COMMENT_PAUSE_MS = 600


class ReadingListsPane(QWidget):
    """One reading list at a time, chosen in a box above its items."""

    open_requested = Signal(str)  # a practice id
    lists_changed = Signal()  # a list was made, renamed, deleted or filled (menus follow)
    pack_requested = Signal(int)  # a list id: print or save its workshop pack

    def __init__(self, userdata, catalogue, current_practice, language_of, parent=None):
        super().__init__(parent)
        self.userdata, self.catalogue = userdata, catalogue
        self._current_practice = current_practice  # () -> practice id shown in the reader, or None
        self._language_of = language_of  # () -> the interface language
        self._comment_for = None  # (list id, practice id) whose comment the editor holds
        self._build()
        self.retranslate()
        self.reload()

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.list_label = QLabel(self)
        self.list_box = QComboBox(self)
        # a long list name must not widen the dock and squeeze the results beside it
        self.list_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.list_box.setMinimumContentsLength(16)
        self.list_label.setBuddy(self.list_box)
        self.new_button, self.rename_button, self.delete_button = (QPushButton(self) for _ in range(3))
        self.model = ListItemsModel(self)
        self.items_view = ReadingListView(self)
        self.items_view.setModel(self.model)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.add_button, self.remove_button, self.up_button, self.down_button = (QPushButton(self) for _ in range(4))
        self.comment_label = QLabel(self)
        self.comment_label.setWordWrap(True)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment_edit)
        self.import_button, self.export_button, self.pack_button = (QPushButton(self) for _ in range(3))
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(COMMENT_PAUSE_MS)

        top = QHBoxLayout()
        top.addWidget(self.list_label)
        top.addWidget(self.list_box, 1)
        # Two to a row: in Spanish or French three labels side by side are wider than the pane
        # can be beside the rest of the window at 1024 px.
        list_buttons = QGridLayout()
        for index, button in enumerate((self.new_button, self.rename_button, self.delete_button)):
            list_buttons.addWidget(button, index // 2, index % 2)
        item_buttons = QGridLayout()
        item_buttons.addWidget(self.add_button, 0, 0, 1, 2)
        item_buttons.addWidget(self.remove_button, 0, 2)
        item_buttons.addWidget(self.up_button, 1, 0)
        item_buttons.addWidget(self.down_button, 1, 1)
        share = QGridLayout()
        for index, button in enumerate((self.import_button, self.export_button, self.pack_button)):
            share.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(list_buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.items_view, 3)
        layout.addLayout(item_buttons)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_edit, 1)
        layout.addLayout(share)

        self.list_box.currentIndexChanged.connect(lambda _i: self._show_list())
        self.new_button.clicked.connect(lambda: self.new_list())
        self.rename_button.clicked.connect(lambda: self.rename_list())
        self.delete_button.clicked.connect(lambda: self.delete_list())
        self.add_button.clicked.connect(lambda: self.add_open_practice())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.pack_button.clicked.connect(lambda: self._request_pack())
        self.items_view.activated.connect(self._open_index)
        self.items_view.selectionModel().currentChanged.connect(lambda *_: self._show_comment())
        self.model.move_requested.connect(self._store_move)
        self.model.modelReset.connect(self.update_buttons)
        self.comment_edit.textChanged.connect(self._comment_timer.start)
        self._comment_timer.timeout.connect(self.save_comment)
        self.items_view.move_requested.connect(self.move_selected)
        self.items_view.remove_requested.connect(self.remove_selected)

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&List:"))
        self.list_box.setAccessibleName(self.tr("Reading list"))
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Make a new reading list"))
        self.rename_button.setText(self.tr("Rena&me…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this reading list (the practices stay in the catalogue)"))
        self.items_view.setAccessibleName(self.tr("Practices in this list"))
        self.items_view.setToolTip(self.tr("Enter opens a practice; drag or Ctrl+Up/Ctrl+Down reorders; "
                                           "Delete removes it from the list"))
        self.empty_label.setText(self.tr("No reading list yet. Make one with New…, then add the practice "
                                         "open in the reader."))
        self.add_button.setText(self.tr("&Add the open practice"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.comment_label.setText(self.tr("Trainer’s &comment on this practice (saved automatically):"))
        self.comment_edit.setAccessibleName(self.tr("Trainer’s comment"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Add a reading list from a .pclist file"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save this list as a .pclist file to share"))
        self.pack_button.setText(self.tr("Workshop &pack…"))
        self.pack_button.setToolTip(self.tr("Print or save as PDF a pack of this list's practices"))

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self._show_list()  # titles follow the interface language
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------

    @property
    def current_list_id(self) -> int | None:
        return self.list_box.currentData()

    def reload(self, select_id: int | None = None) -> None:
        """Fill the list box again (keeping the chosen list, or choosing `select_id`)."""
        self.save_comment()
        wanted = select_id if select_id is not None else self.current_list_id
        self.list_box.blockSignals(True)
        self.list_box.clear()
        for reading_list in self.userdata.lists.all():
            self.list_box.addItem(reading_list.name, reading_list.id)
        self.list_box.setCurrentIndex(max(0, self.list_box.findData(wanted)))
        self.list_box.blockSignals(False)
        self._show_list()

    def set_catalogue(self, catalogue) -> None:
        """Show the lists against another catalogue (after an update or a rollback)."""
        self.catalogue = catalogue
        self._show_list()

    def _show_list(self, keep: str | None = None) -> None:
        self.save_comment()
        keep = keep or self.selected_practice()
        list_id = self.current_list_id
        try:
            items = self.userdata.lists.get(list_id).items if list_id is not None else ()
        except NotFound:
            items = ()
        self.model.set_rows(item_rows(items, self.catalogue, self._language_of()))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.items_view.setCurrentIndex(self.model.index(row))
        self._show_comment()
        self.update_buttons()

    def selected_practice(self) -> str | None:
        index = self.items_view.currentIndex()
        return index.data(ListItemsModel.IdRole) if index.isValid() else None

    def _show_comment(self) -> None:
        self.save_comment()
        practice_id, list_id = self.selected_practice(), self.current_list_id
        self._comment_for = (list_id, practice_id) if practice_id and list_id is not None else None
        self.comment_edit.blockSignals(True)
        self.comment_edit.setPlainText(self.items_view.currentIndex().data(ListItemsModel.CommentRole) or "")
        self.comment_edit.blockSignals(False)
        self.comment_edit.document().setModified(False)
        self.comment_edit.setEnabled(self._comment_for is not None)

    def update_buttons(self) -> None:
        """Enable what applies to the chosen list and item, and to the page the reader shows."""
        has_list = self.current_list_id is not None
        has_item = self.items_view.currentIndex().isValid()
        self.empty_label.setVisible(not has_list)
        for widget in (self.rename_button, self.delete_button, self.export_button, self.list_box):
            widget.setEnabled(has_list)
        self.pack_button.setEnabled(has_list and self.model.rowCount() > 0)
        self.add_button.setEnabled(has_list and self.open_practice_id() is not None)
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(has_item)

    def open_practice_id(self) -> str | None:
        """The practice the reader shows (None for guidance or a removed practice)."""
        return self._current_practice()

    # -- items -------------------------------------------------------------------------------

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ListItemsModel.IdRole))

    def add_practice(self, practice_id: str, list_id: int | None = None) -> bool:
        """Append a practice to a list (the chosen one by default); False when already there."""
        list_id = self.current_list_id if list_id is None else list_id
        if list_id is None:
            return False
        try:
            title = self.catalogue.practice(practice_id).title
            added = self.userdata.lists.add(list_id, practice_id, title, self.catalogue.catalogue_version)
        except CatalogueError as error:
            self._warn(str(error))
            return False
        if list_id == self.current_list_id:
            self._show_list(keep=practice_id)
        self.lists_changed.emit()
        return added

    def add_open_practice(self) -> bool:
        practice_id = self.open_practice_id()
        return bool(practice_id) and self.add_practice(practice_id)

    def remove_selected(self) -> None:
        practice_id, list_id = self.selected_practice(), self.current_list_id
        if not practice_id or list_id is None:
            return
        row = self.items_view.currentIndex().row()
        if self.model.row_at(row).comment and not self._confirm(
                self.tr("Remove from the list"),
                self.tr("Remove this practice and your comment on it from the list?")):
            return
        self._comment_for = None  # its comment goes with it
        self.userdata.lists.remove(list_id, practice_id)
        following = self.model.row_at(row + 1) or self.model.row_at(row - 1)
        self._show_list(keep=following.practice_id if following else None)
        self.items_view.setFocus()
        self.lists_changed.emit()

    def move_selected(self, step: int) -> None:
        """Move the selected practice one place up (-1) or down (+1), keeping it selected."""
        row = self.items_view.currentIndex().row()
        if row < 0 or not 0 <= row + step < self.model.rowCount():
            return
        self.save_comment()
        self.model.moveRow(self.items_view.rootIndex(), row, self.items_view.rootIndex(),
                           row + step + (1 if step > 0 else 0))

    def _store_move(self, practice_id: str, position: int) -> None:
        try:
            self.userdata.lists.move(self.current_list_id, practice_id, position)
        except CatalogueError as error:
            self._warn(str(error))
        self._show_list(keep=practice_id)

    def save_comment(self) -> None:
        """Write the comment being typed (also on leaving the item or closing the window)."""
        self._comment_timer.stop()
        if self._comment_for is None or not self.comment_edit.document().isModified():
            return
        self.comment_edit.document().setModified(False)
        list_id, practice_id = self._comment_for
        try:
            self.userdata.lists.set_comment(list_id, practice_id, self.comment_edit.toPlainText())
        except CatalogueError as error:
            self._warn(str(error))
            return
        self.model.set_comment(practice_id, self.comment_edit.toPlainText().strip())

    # -- lists -------------------------------------------------------------------------------

    def new_list(self, name: str | None = None) -> int | None:
        """Make a list (asking its name when not given) and choose it; returns its id."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New reading list"), self.tr("Name of the list:"))
            if not ok:
                return None
        try:
            made = self.userdata.lists.create(name)
        except CatalogueError as error:
            if self._language_of() == "en":
                self._warn(str(error))
            else:  # the core's sentence is English: here it is the detail under the user's language
                self._warn(self.tr("This file cannot be imported as a reading list; nothing was changed."),
                           str(error))
            return None
        self.reload(select_id=made.id)
        self.lists_changed.emit()
        return made.id

    def rename_list(self, name: str | None = None) -> None:
        list_id = self.current_list_id
        if list_id is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename the reading list"), self.tr("New name:"),
                                            text=self.list_box.currentText())
            if not ok:
                return
        try:
            self.userdata.lists.rename(list_id, name)
        except CatalogueError as error:
            self._warn(str(error))
            return
        self.reload(select_id=list_id)
        self.lists_changed.emit()

    def delete_list(self) -> None:
        list_id = self.current_list_id
        if list_id is None or not self._confirm(
                self.tr("Delete the reading list"),
                self.tr("Delete the list “%1” and its comments? The practices stay in the catalogue, and "
                        "your bookmarks and notes are kept.").replace("%1", self.list_box.currentText())):
            return
        self._comment_for = None
        self.userdata.lists.delete(list_id)
        self.reload()
        self.lists_changed.emit()

    def import_file(self, path: str | None = None) -> int | None:
        """Add the list in a .pclist file (never replacing one); returns its id."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a reading list"), "",
                                                  self.tr("Reading lists (*.pclist)"))
            if not path:
                return None
        try:
            made = import_list(self.userdata.lists, path)
        except CatalogueError as error:
            if self._language_of() == "en":
                self._warn(str(error))
            else:  # the core's sentence is English: here it is the detail under the user's language
                self._warn(self.tr("This file cannot be imported as a reading list; nothing was changed."),
                           str(error))
            return None
        self.reload(select_id=made.id)
        self.lists_changed.emit()
        return made.id

    def export_file(self, path: str | None = None) -> str | None:
        """Save the chosen list as a .pclist file; returns the path written."""
        list_id = self.current_list_id
        if list_id is None:
            return None
        self.save_comment()
        reading_list = self.userdata.lists.get(list_id)
        if path is None:
            suggested = "".join(c if c.isalnum() or c in " -_" else "-" for c in reading_list.name).strip() + SUFFIX
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the reading list"), suggested,
                                                  self.tr("Reading lists (*.pclist)"))
            if not path:
                return None
        try:
            written = export_list(reading_list, path, self.catalogue.meta.get("catalogue_id", ""),
                                  self.catalogue.catalogue_version, set(self.catalogue.practice_titles()))
        except CatalogueError as error:
            self._warn(str(error))
            return None
        return str(written)

    def _request_pack(self) -> None:
        self.save_comment()
        if self.current_list_id is not None:
            self.pack_requested.emit(self.current_list_id)

    # -- asking ------------------------------------------------------------------------------

    def _warn(self, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Reading lists"), message, QMessageBox.Ok, self)
        box.setDetailedText(details)
        box.exec()

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.Yes
