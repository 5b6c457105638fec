# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_detail_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_KeyDetailDialog(object):
    def setupUi(self, KeyDetailDialog):
        if not KeyDetailDialog.objectName():
            KeyDetailDialog.setObjectName(u"KeyDetailDialog")
        KeyDetailDialog.resize(900, 680)
        self.dialog_layout = QVBoxLayout(KeyDetailDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.details_browser = QTextBrowser(KeyDetailDialog)
        self.details_browser.setObjectName(u"details_browser")
        self.details_browser.setMinimumSize(QSize(0, 200))

        self.top_layout.addWidget(self.details_browser)

        self.deposit_browser = QTextBrowser(KeyDetailDialog)
        self.deposit_browser.setObjectName(u"deposit_browser")
        self.deposit_browser.setMinimumSize(QSize(0, 200))

        self.top_layout.addWidget(self.deposit_browser)


        self.dialog_layout.addLayout(self.top_layout)

        self.pages = QTabWidget(KeyDetailDialog)
        self.pages.setObjectName(u"pages")
        self.history_page = QWidget()
        self.history_page.setObjectName(u"history_page")
        self.history_layout = QVBoxLayout(self.history_page)
        self.history_layout.setObjectName(u"history_layout")
        self.events_table = QTableWidget(self.history_page)
        self.events_table.setObjectName(u"events_table")
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.history_layout.addWidget(self.events_table)

        self.pages.addTab(self.history_page, "")
        self.loans_page = QWidget()
        self.loans_page.setObjectName(u"loans_page")
        self.loans_layout = QVBoxLayout(self.loans_page)
        self.loans_layout.setObjectName(u"loans_layout")
        self.loans_table = QTableWidget(self.loans_page)
        self.loans_table.setObjectName(u"loans_table")
        self.loans_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.loans_layout.addWidget(self.loans_table)

        self.loans_buttons = QHBoxLayout()
        self.loans_buttons.setObjectName(u"loans_buttons")
        self.borrower_button = QPushButton(self.loans_page)
        self.borrower_button.setObjectName(u"borrower_button")

        self.loans_buttons.addWidget(self.borrower_button)

        self.loans_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loans_buttons.addItem(self.loans_spacer)


        self.loans_layout.addLayout(self.loans_buttons)

        self.pages.addTab(self.loans_page, "")

        self.dialog_layout.addWidget(self.pages)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.edit_button = QPushButton(KeyDetailDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.handover_button = QPushButton(KeyDetailDialog)
        self.handover_button.setObjectName(u"handover_button")

        self.actions_layout.addWidget(self.handover_button)

        self.lost_button = QPushButton(KeyDetailDialog)
        self.lost_button.setObjectName(u"lost_button")

        self.actions_layout.addWidget(self.lost_button)

        self.replace_button = QPushButton(KeyDetailDialog)
        self.replace_button.setObjectName(u"replace_button")

        self.actions_layout.addWidget(self.replace_button)

        self.retire_button = QPushButton(KeyDetailDialog)
        self.retire_button.setObjectName(u"retire_button")

        self.actions_layout.addWidget(self.retire_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.dialog_layout.addLayout(self.actions_layout)

        self.print_layout = QHBoxLayout()
        self.print_layout.setObjectName(u"print_layout")
        self.print_label_button = QPushButton(KeyDetailDialog)
        self.print_label_button.setObjectName(u"print_label_button")

        self.print_layout.addWidget(self.print_label_button)

        self.print_deposit_button = QPushButton(KeyDetailDialog)
        self.print_deposit_button.setObjectName(u"print_deposit_button")

        self.print_layout.addWidget(self.print_deposit_button)

        self.print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_layout.addItem(self.print_spacer)

        self.button_box = QDialogButtonBox(KeyDetailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.print_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.print_layout)

        QWidget.setTabOrder(self.details_browser, self.deposit_browser)
        QWidget.setTabOrder(self.deposit_browser, self.pages)
        QWidget.setTabOrder(self.pages, self.events_table)
        QWidget.setTabOrder(self.events_table, self.loans_table)
        QWidget.setTabOrder(self.loans_table, self.borrower_button)
        QWidget.setTabOrder(self.borrower_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.handover_button)
        QWidget.setTabOrder(self.handover_button, self.lost_button)
        QWidget.setTabOrder(self.lost_button, self.replace_button)
        QWidget.setTabOrder(self.replace_button, self.retire_button)
        QWidget.setTabOrder(self.retire_button, self.print_label_button)
        QWidget.setTabOrder(self.print_label_button, self.print_deposit_button)

        self.retranslateUi(KeyDetailDialog)

        QMetaObject.connectSlotsByName(KeyDetailDialog)
    # setupUi

    def retranslateUi(self, KeyDetailDialog):
        KeyDetailDialog.setWindowTitle(QCoreApplication.translate("KeyDetailDialog", u"Key set", None))
        self.pages.setTabText(self.pages.indexOf(self.history_page), QCoreApplication.translate("KeyDetailDialog", u"&History", None))
        self.borrower_button.setText(QCoreApplication.translate("KeyDetailDialog", u"&Borrower's loans\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.loans_page), QCoreApplication.translate("KeyDetailDialog", u"&Loans", None))
        self.edit_button.setText(QCoreApplication.translate("KeyDetailDialog", u"&Edit\u2026", None))
        self.handover_button.setText(QCoreApplication.translate("KeyDetailDialog", u"Hand &over\u2026", None))
        self.lost_button.setText(QCoreApplication.translate("KeyDetailDialog", u"Report lo&st\u2026", None))
        self.replace_button.setText(QCoreApplication.translate("KeyDetailDialog", u"New &keys\u2026", None))
        self.retire_button.setText(QCoreApplication.translate("KeyDetailDialog", u"Re&tire\u2026", None))
        self.print_label_button.setText(QCoreApplication.translate("KeyDetailDialog", u"Print l&abel", None))
        self.print_deposit_button.setText(QCoreApplication.translate("KeyDetailDialog", u"Print &deposit slip", None))
    # retranslateUi

