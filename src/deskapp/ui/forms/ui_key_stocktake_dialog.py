# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_stocktake_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_KeyStocktakeDialog(object):
    def setupUi(self, KeyStocktakeDialog):
        if not KeyStocktakeDialog.objectName():
            KeyStocktakeDialog.setObjectName(u"KeyStocktakeDialog")
        KeyStocktakeDialog.resize(980, 640)
        self.dialog_layout = QVBoxLayout(KeyStocktakeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyStocktakeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.found_layout = QVBoxLayout()
        self.found_layout.setObjectName(u"found_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_label = QLabel(KeyStocktakeDialog)
        self.scan_label.setObjectName(u"scan_label")

        self.scan_layout.addWidget(self.scan_label)

        self.scan_edit = QLineEdit(KeyStocktakeDialog)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMaxLength(64)

        self.scan_layout.addWidget(self.scan_edit)

        self.add_tag_button = QPushButton(KeyStocktakeDialog)
        self.add_tag_button.setObjectName(u"add_tag_button")

        self.scan_layout.addWidget(self.add_tag_button)


        self.found_layout.addLayout(self.scan_layout)

        self.scan_error = QLabel(KeyStocktakeDialog)
        self.scan_error.setObjectName(u"scan_error")
        self.scan_error.setText(u"")

        self.found_layout.addWidget(self.scan_error)

        self.register_label = QLabel(KeyStocktakeDialog)
        self.register_label.setObjectName(u"register_label")

        self.found_layout.addWidget(self.register_label)

        self.register_table = QTableWidget(KeyStocktakeDialog)
        self.register_table.setObjectName(u"register_table")
        self.register_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.found_layout.addWidget(self.register_table)

        self.other_tags_label = QLabel(KeyStocktakeDialog)
        self.other_tags_label.setObjectName(u"other_tags_label")

        self.found_layout.addWidget(self.other_tags_label)

        self.other_tags_list = QListWidget(KeyStocktakeDialog)
        self.other_tags_list.setObjectName(u"other_tags_list")
        self.other_tags_list.setMaximumSize(QSize(16777215, 70))

        self.found_layout.addWidget(self.other_tags_list)

        self.found_buttons = QHBoxLayout()
        self.found_buttons.setObjectName(u"found_buttons")
        self.untick_button = QPushButton(KeyStocktakeDialog)
        self.untick_button.setObjectName(u"untick_button")

        self.found_buttons.addWidget(self.untick_button)

        self.found_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.found_buttons.addItem(self.found_spacer)


        self.found_layout.addLayout(self.found_buttons)


        self.columns_layout.addLayout(self.found_layout)

        self.findings_layout = QVBoxLayout()
        self.findings_layout.setObjectName(u"findings_layout")
        self.counts_label = QLabel(KeyStocktakeDialog)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setText(u"")
        self.counts_label.setWordWrap(True)

        self.findings_layout.addWidget(self.counts_label)

        self.missing_label = QLabel(KeyStocktakeDialog)
        self.missing_label.setObjectName(u"missing_label")

        self.findings_layout.addWidget(self.missing_label)

        self.missing_list = QListWidget(KeyStocktakeDialog)
        self.missing_list.setObjectName(u"missing_list")

        self.findings_layout.addWidget(self.missing_list)

        self.misplaced_label = QLabel(KeyStocktakeDialog)
        self.misplaced_label.setObjectName(u"misplaced_label")

        self.findings_layout.addWidget(self.misplaced_label)

        self.misplaced_list = QListWidget(KeyStocktakeDialog)
        self.misplaced_list.setObjectName(u"misplaced_list")

        self.findings_layout.addWidget(self.misplaced_list)

        self.flagged_label = QLabel(KeyStocktakeDialog)
        self.flagged_label.setObjectName(u"flagged_label")
        self.flagged_label.setText(u"")
        self.flagged_label.setWordWrap(True)

        self.findings_layout.addWidget(self.flagged_label)


        self.columns_layout.addLayout(self.findings_layout)


        self.dialog_layout.addLayout(self.columns_layout)

        self.note_form = QGridLayout()
        self.note_form.setObjectName(u"note_form")
        self.note_form.setVerticalSpacing(3)
        self.note_label = QLabel(KeyStocktakeDialog)
        self.note_label.setObjectName(u"note_label")

        self.note_form.addWidget(self.note_label, 0, 0, 1, 1)

        self.note_edit = QLineEdit(KeyStocktakeDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(1000)

        self.note_form.addWidget(self.note_edit, 0, 1, 1, 1)

        self.note_error = QLabel(KeyStocktakeDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.note_form.addWidget(self.note_error, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.note_form)

        self.form_error = QLabel(KeyStocktakeDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_register_button = QPushButton(KeyStocktakeDialog)
        self.print_register_button.setObjectName(u"print_register_button")

        self.buttons_layout.addWidget(self.print_register_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.record_button = QPushButton(KeyStocktakeDialog)
        self.record_button.setObjectName(u"record_button")

        self.buttons_layout.addWidget(self.record_button)

        self.button_box = QDialogButtonBox(KeyStocktakeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.scan_label.setBuddy(self.scan_edit)
        self.register_label.setBuddy(self.register_table)
        self.other_tags_label.setBuddy(self.other_tags_list)
        self.missing_label.setBuddy(self.missing_list)
        self.misplaced_label.setBuddy(self.misplaced_list)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.add_tag_button)
        QWidget.setTabOrder(self.add_tag_button, self.register_table)
        QWidget.setTabOrder(self.register_table, self.other_tags_list)
        QWidget.setTabOrder(self.other_tags_list, self.untick_button)
        QWidget.setTabOrder(self.untick_button, self.missing_list)
        QWidget.setTabOrder(self.missing_list, self.misplaced_list)
        QWidget.setTabOrder(self.misplaced_list, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.print_register_button)
        QWidget.setTabOrder(self.print_register_button, self.record_button)

        self.retranslateUi(KeyStocktakeDialog)

        QMetaObject.connectSlotsByName(KeyStocktakeDialog)
    # setupUi

    def retranslateUi(self, KeyStocktakeDialog):
        KeyStocktakeDialog.setWindowTitle(QCoreApplication.translate("KeyStocktakeDialog", u"Stocktake of the key cabinet", None))
        self.scan_label.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Scan or type a tag", None))
        self.add_tag_button.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Add", None))
        self.register_label.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&The register by hook: tick what is on its hook", None))
        self.other_tags_label.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Other tags found", None))
        self.untick_button.setText(QCoreApplication.translate("KeyStocktakeDialog", u"Ta&ke back", None))
        self.missing_label.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Missing", None))
        self.misplaced_label.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Where it should not be", None))
        self.note_label.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Note", None))
        self.print_register_button.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Print the register", None))
        self.record_button.setText(QCoreApplication.translate("KeyStocktakeDialog", u"&Record", None))
    # retranslateUi

