# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_notes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HandoverNotesDialog(object):
    def setupUi(self, HandoverNotesDialog):
        if not HandoverNotesDialog.objectName():
            HandoverNotesDialog.setObjectName(u"HandoverNotesDialog")
        HandoverNotesDialog.resize(980, 660)
        self.dialog_layout = QVBoxLayout(HandoverNotesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(HandoverNotesDialog)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(HandoverNotesDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMaxLength(200)

        self.search_row.addWidget(self.search_edit)

        self.more_button = QPushButton(HandoverNotesDialog)
        self.more_button.setObjectName(u"more_button")

        self.search_row.addWidget(self.more_button)


        self.dialog_layout.addLayout(self.search_row)

        self.search_error = QLabel(HandoverNotesDialog)
        self.search_error.setObjectName(u"search_error")
        self.search_error.setText(u"")

        self.dialog_layout.addWidget(self.search_error)

        self.notes_table = QTableWidget(HandoverNotesDialog)
        self.notes_table.setObjectName(u"notes_table")
        self.notes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.notes_table)

        self.note_label = QLabel(HandoverNotesDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.note_view = QPlainTextEdit(HandoverNotesDialog)
        self.note_view.setObjectName(u"note_view")
        self.note_view.setReadOnly(True)
        self.note_view.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.note_view)

        self.items_label = QLabel(HandoverNotesDialog)
        self.items_label.setObjectName(u"items_label")

        self.dialog_layout.addWidget(self.items_label)

        self.items_table = QTableWidget(HandoverNotesDialog)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.items_table)

        self.sign_row = QHBoxLayout()
        self.sign_row.setObjectName(u"sign_row")
        self.done_note_label = QLabel(HandoverNotesDialog)
        self.done_note_label.setObjectName(u"done_note_label")

        self.sign_row.addWidget(self.done_note_label)

        self.done_note_edit = QLineEdit(HandoverNotesDialog)
        self.done_note_edit.setObjectName(u"done_note_edit")
        self.done_note_edit.setMaxLength(200)

        self.sign_row.addWidget(self.done_note_edit)

        self.sign_off_button = QPushButton(HandoverNotesDialog)
        self.sign_off_button.setObjectName(u"sign_off_button")

        self.sign_row.addWidget(self.sign_off_button)

        self.open_record_button = QPushButton(HandoverNotesDialog)
        self.open_record_button.setObjectName(u"open_record_button")

        self.sign_row.addWidget(self.open_record_button)

        self.print_button = QPushButton(HandoverNotesDialog)
        self.print_button.setObjectName(u"print_button")

        self.sign_row.addWidget(self.print_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sign_row.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(HandoverNotesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.sign_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.sign_row)

        self.form_error = QLabel(HandoverNotesDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.items_label.setBuddy(self.items_table)
        self.done_note_label.setBuddy(self.done_note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.more_button)
        QWidget.setTabOrder(self.more_button, self.notes_table)
        QWidget.setTabOrder(self.notes_table, self.note_view)
        QWidget.setTabOrder(self.note_view, self.items_table)
        QWidget.setTabOrder(self.items_table, self.done_note_edit)
        QWidget.setTabOrder(self.done_note_edit, self.sign_off_button)
        QWidget.setTabOrder(self.sign_off_button, self.open_record_button)
        QWidget.setTabOrder(self.open_record_button, self.print_button)

        self.retranslateUi(HandoverNotesDialog)

        QMetaObject.connectSlotsByName(HandoverNotesDialog)
    # setupUi

    def retranslateUi(self, HandoverNotesDialog):
        HandoverNotesDialog.setWindowTitle(QCoreApplication.translate("HandoverNotesDialog", u"Handover notes", None))
        self.search_label.setText(QCoreApplication.translate("HandoverNotesDialog", u"&Find", None))
        self.more_button.setText(QCoreApplication.translate("HandoverNotesDialog", u"&More", None))
        self.items_label.setText(QCoreApplication.translate("HandoverNotesDialog", u"&Items", None))
        self.done_note_label.setText(QCoreApplication.translate("HandoverNotesDialog", u"Sign-off no&te", None))
        self.sign_off_button.setText(QCoreApplication.translate("HandoverNotesDialog", u"&Sign off (F6)", None))
        self.open_record_button.setText(QCoreApplication.translate("HandoverNotesDialog", u"Open the &record", None))
        self.print_button.setText(QCoreApplication.translate("HandoverNotesDialog", u"&Print", None))
    # retranslateUi

