# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_write_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HandoverWriteDialog(object):
    def setupUi(self, HandoverWriteDialog):
        if not HandoverWriteDialog.objectName():
            HandoverWriteDialog.setObjectName(u"HandoverWriteDialog")
        HandoverWriteDialog.resize(760, 640)
        self.dialog_layout = QVBoxLayout(HandoverWriteDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.note_form = QGridLayout()
        self.note_form.setObjectName(u"note_form")
        self.note_form.setVerticalSpacing(3)
        self.shift_label = QLabel(HandoverWriteDialog)
        self.shift_label.setObjectName(u"shift_label")

        self.note_form.addWidget(self.shift_label, 0, 0, 1, 1)

        self.shift_edit = QLineEdit(HandoverWriteDialog)
        self.shift_edit.setObjectName(u"shift_edit")
        self.shift_edit.setMaxLength(32)

        self.note_form.addWidget(self.shift_edit, 0, 1, 1, 1)

        self.shift_error = QLabel(HandoverWriteDialog)
        self.shift_error.setObjectName(u"shift_error")
        self.shift_error.setText(u"")

        self.note_form.addWidget(self.shift_error, 1, 1, 1, 1)

        self.text_label = QLabel(HandoverWriteDialog)
        self.text_label.setObjectName(u"text_label")

        self.note_form.addWidget(self.text_label, 2, 0, 1, 1)

        self.text_edit = QPlainTextEdit(HandoverWriteDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.note_form.addWidget(self.text_edit, 2, 1, 1, 1)

        self.text_error = QLabel(HandoverWriteDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setText(u"")

        self.note_form.addWidget(self.text_error, 3, 1, 1, 1)


        self.dialog_layout.addLayout(self.note_form)

        self.offered_label = QLabel(HandoverWriteDialog)
        self.offered_label.setObjectName(u"offered_label")
        self.offered_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.offered_label)

        self.offered_list = QListWidget(HandoverWriteDialog)
        self.offered_list.setObjectName(u"offered_list")

        self.dialog_layout.addWidget(self.offered_list)

        self.item_row = QHBoxLayout()
        self.item_row.setObjectName(u"item_row")
        self.item_label = QLabel(HandoverWriteDialog)
        self.item_label.setObjectName(u"item_label")

        self.item_row.addWidget(self.item_label)

        self.item_edit = QLineEdit(HandoverWriteDialog)
        self.item_edit.setObjectName(u"item_edit")
        self.item_edit.setMaxLength(500)

        self.item_row.addWidget(self.item_edit)

        self.remove_item_button = QPushButton(HandoverWriteDialog)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.item_row.addWidget(self.remove_item_button)


        self.dialog_layout.addLayout(self.item_row)

        self.items_list = QListWidget(HandoverWriteDialog)
        self.items_list.setObjectName(u"items_list")

        self.dialog_layout.addWidget(self.items_list)

        self.items_error = QLabel(HandoverWriteDialog)
        self.items_error.setObjectName(u"items_error")
        self.items_error.setText(u"")

        self.dialog_layout.addWidget(self.items_error)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.print_check = QCheckBox(HandoverWriteDialog)
        self.print_check.setObjectName(u"print_check")

        self.bottom_row.addWidget(self.print_check)

        self.past_notes_button = QPushButton(HandoverWriteDialog)
        self.past_notes_button.setObjectName(u"past_notes_button")

        self.bottom_row.addWidget(self.past_notes_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_row.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(HandoverWriteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_row)

        self.form_error = QLabel(HandoverWriteDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

#if QT_CONFIG(shortcut)
        self.shift_label.setBuddy(self.shift_edit)
        self.text_label.setBuddy(self.text_edit)
        self.offered_label.setBuddy(self.offered_list)
        self.item_label.setBuddy(self.item_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.shift_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.offered_list)
        QWidget.setTabOrder(self.offered_list, self.item_edit)
        QWidget.setTabOrder(self.item_edit, self.remove_item_button)
        QWidget.setTabOrder(self.remove_item_button, self.items_list)
        QWidget.setTabOrder(self.items_list, self.print_check)
        QWidget.setTabOrder(self.print_check, self.past_notes_button)

        self.retranslateUi(HandoverWriteDialog)

        QMetaObject.connectSlotsByName(HandoverWriteDialog)
    # setupUi

    def retranslateUi(self, HandoverWriteDialog):
        HandoverWriteDialog.setWindowTitle(QCoreApplication.translate("HandoverWriteDialog", u"Hand over the shift", None))
        self.shift_label.setText(QCoreApplication.translate("HandoverWriteDialog", u"&Shift", None))
        self.text_label.setText(QCoreApplication.translate("HandoverWriteDialog", u"What the next shift should &know", None))
        self.offered_label.setText(QCoreApplication.translate("HandoverWriteDialog", u"Still &open, offered as items (untick what is not to be handed over)", None))
        self.item_label.setText(QCoreApplication.translate("HandoverWriteDialog", u"&Add an item", None))
        self.remove_item_button.setText(QCoreApplication.translate("HandoverWriteDialog", u"&Remove item", None))
        self.print_check.setText(QCoreApplication.translate("HandoverWriteDialog", u"&Print the record", None))
        self.past_notes_button.setText(QCoreApplication.translate("HandoverWriteDialog", u"Past &notes\u2026", None))
    # retranslateUi

