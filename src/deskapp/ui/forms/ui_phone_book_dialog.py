# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phone_book_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PhoneBookDialog(object):
    def setupUi(self, PhoneBookDialog):
        if not PhoneBookDialog.objectName():
            PhoneBookDialog.setObjectName(u"PhoneBookDialog")
        PhoneBookDialog.resize(980, 560)
        self.main_layout = QVBoxLayout(PhoneBookDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.review_label = QLabel(PhoneBookDialog)
        self.review_label.setObjectName(u"review_label")
        self.review_label.setText(u"")
        self.review_label.setWordWrap(True)

        self.main_layout.addWidget(self.review_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.filter_edit = QLineEdit(PhoneBookDialog)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.filter_edit)

        self.entries_table = QTableWidget(PhoneBookDialog)
        self.entries_table.setObjectName(u"entries_table")
        self.entries_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries_table.setAlternatingRowColors(True)

        self.list_layout.addWidget(self.entries_table)


        self.body_layout.addLayout(self.list_layout)

        self.editor_layout = QVBoxLayout()
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_form = QGridLayout()
        self.editor_form.setObjectName(u"editor_form")
        self.name_label = QLabel(PhoneBookDialog)
        self.name_label.setObjectName(u"name_label")

        self.editor_form.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(PhoneBookDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.editor_form.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(PhoneBookDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.editor_form.addWidget(self.name_error, 1, 1, 1, 1)

        self.kind_label = QLabel(PhoneBookDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.editor_form.addWidget(self.kind_label, 2, 0, 1, 1)

        self.kind_combo = QComboBox(PhoneBookDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.editor_form.addWidget(self.kind_combo, 2, 1, 1, 1)

        self.kind_error = QLabel(PhoneBookDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")

        self.editor_form.addWidget(self.kind_error, 3, 1, 1, 1)

        self.organisation_label = QLabel(PhoneBookDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.editor_form.addWidget(self.organisation_label, 4, 0, 1, 1)

        self.organisation_edit = QLineEdit(PhoneBookDialog)
        self.organisation_edit.setObjectName(u"organisation_edit")
        self.organisation_edit.setMaxLength(200)

        self.editor_form.addWidget(self.organisation_edit, 4, 1, 1, 1)

        self.number_label = QLabel(PhoneBookDialog)
        self.number_label.setObjectName(u"number_label")

        self.editor_form.addWidget(self.number_label, 5, 0, 1, 1)

        self.number_edit = QLineEdit(PhoneBookDialog)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(32)

        self.editor_form.addWidget(self.number_edit, 5, 1, 1, 1)

        self.number_error = QLabel(PhoneBookDialog)
        self.number_error.setObjectName(u"number_error")
        self.number_error.setText(u"")

        self.editor_form.addWidget(self.number_error, 6, 1, 1, 1)

        self.extension_label = QLabel(PhoneBookDialog)
        self.extension_label.setObjectName(u"extension_label")

        self.editor_form.addWidget(self.extension_label, 7, 0, 1, 1)

        self.extension_edit = QLineEdit(PhoneBookDialog)
        self.extension_edit.setObjectName(u"extension_edit")
        self.extension_edit.setMaxLength(16)

        self.editor_form.addWidget(self.extension_edit, 7, 1, 1, 1)

        self.extension_error = QLabel(PhoneBookDialog)
        self.extension_error.setObjectName(u"extension_error")
        self.extension_error.setText(u"")

        self.editor_form.addWidget(self.extension_error, 8, 1, 1, 1)

        self.notes_label = QLabel(PhoneBookDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.editor_form.addWidget(self.notes_label, 9, 0, 1, 1)

        self.notes_edit = QLineEdit(PhoneBookDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaxLength(500)

        self.editor_form.addWidget(self.notes_edit, 9, 1, 1, 1)

        self.confidential_check = QCheckBox(PhoneBookDialog)
        self.confidential_check.setObjectName(u"confidential_check")

        self.editor_form.addWidget(self.confidential_check, 10, 1, 1, 1)

        self.active_check = QCheckBox(PhoneBookDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.editor_form.addWidget(self.active_check, 11, 1, 1, 1)


        self.editor_layout.addLayout(self.editor_form)

        self.editor_buttons = QHBoxLayout()
        self.editor_buttons.setObjectName(u"editor_buttons")
        self.save_button = QPushButton(PhoneBookDialog)
        self.save_button.setObjectName(u"save_button")

        self.editor_buttons.addWidget(self.save_button)

        self.new_button = QPushButton(PhoneBookDialog)
        self.new_button.setObjectName(u"new_button")

        self.editor_buttons.addWidget(self.new_button)


        self.editor_layout.addLayout(self.editor_buttons)

        self.editor_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editor_layout.addItem(self.editor_spacer)


        self.body_layout.addLayout(self.editor_layout)


        self.main_layout.addLayout(self.body_layout)

        self.bottom_buttons = QHBoxLayout()
        self.bottom_buttons.setObjectName(u"bottom_buttons")
        self.reviewed_button = QPushButton(PhoneBookDialog)
        self.reviewed_button.setObjectName(u"reviewed_button")

        self.bottom_buttons.addWidget(self.reviewed_button)

        self.print_button = QPushButton(PhoneBookDialog)
        self.print_button.setObjectName(u"print_button")

        self.bottom_buttons.addWidget(self.print_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_buttons.addItem(self.bottom_spacer)

        self.close_button = QPushButton(PhoneBookDialog)
        self.close_button.setObjectName(u"close_button")

        self.bottom_buttons.addWidget(self.close_button)


        self.main_layout.addLayout(self.bottom_buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.number_label.setBuddy(self.number_edit)
        self.extension_label.setBuddy(self.extension_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.entries_table)
        QWidget.setTabOrder(self.entries_table, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.number_edit)
        QWidget.setTabOrder(self.number_edit, self.extension_edit)
        QWidget.setTabOrder(self.extension_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.confidential_check)
        QWidget.setTabOrder(self.confidential_check, self.active_check)
        QWidget.setTabOrder(self.active_check, self.save_button)
        QWidget.setTabOrder(self.save_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.reviewed_button)
        QWidget.setTabOrder(self.reviewed_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.close_button)

        self.retranslateUi(PhoneBookDialog)

        QMetaObject.connectSlotsByName(PhoneBookDialog)
    # setupUi

    def retranslateUi(self, PhoneBookDialog):
        PhoneBookDialog.setWindowTitle(QCoreApplication.translate("PhoneBookDialog", u"Phone directory", None))
        self.name_label.setText(QCoreApplication.translate("PhoneBookDialog", u"&Name", None))
        self.kind_label.setText(QCoreApplication.translate("PhoneBookDialog", u"&Kind", None))
        self.organisation_label.setText(QCoreApplication.translate("PhoneBookDialog", u"&Organisation", None))
        self.number_label.setText(QCoreApplication.translate("PhoneBookDialog", u"N&umber", None))
        self.extension_label.setText(QCoreApplication.translate("PhoneBookDialog", u"E&xtension", None))
        self.notes_label.setText(QCoreApplication.translate("PhoneBookDialog", u"No&tes", None))
        self.confidential_check.setText(QCoreApplication.translate("PhoneBookDialog", u"Confidential (masked, left off paper)", None))
        self.active_check.setText(QCoreApplication.translate("PhoneBookDialog", u"In use (untick when the number is retired)", None))
        self.save_button.setText(QCoreApplication.translate("PhoneBookDialog", u"Save (Enter)", None))
        self.new_button.setText(QCoreApplication.translate("PhoneBookDialog", u"New (Ctrl+N)", None))
        self.reviewed_button.setText(QCoreApplication.translate("PhoneBookDialog", u"Checked to&day", None))
        self.print_button.setText(QCoreApplication.translate("PhoneBookDialog", u"&Print\u2026 (Ctrl+P)", None))
        self.close_button.setText(QCoreApplication.translate("PhoneBookDialog", u"Close (Esc)", None))
    # retranslateUi

