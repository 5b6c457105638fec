# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'borrower_history_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BorrowerHistoryDialog(object):
    def setupUi(self, BorrowerHistoryDialog):
        if not BorrowerHistoryDialog.objectName():
            BorrowerHistoryDialog.setObjectName(u"BorrowerHistoryDialog")
        BorrowerHistoryDialog.resize(1020, 460)
        self.dialog_layout = QVBoxLayout(BorrowerHistoryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(BorrowerHistoryDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.loans_table = QTableWidget(BorrowerHistoryDialog)
        self.loans_table.setObjectName(u"loans_table")
        self.loans_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.loans_table)

        self.counts_label = QLabel(BorrowerHistoryDialog)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setText(u"")

        self.dialog_layout.addWidget(self.counts_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_slip_button = QPushButton(BorrowerHistoryDialog)
        self.print_slip_button.setObjectName(u"print_slip_button")

        self.buttons_layout.addWidget(self.print_slip_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(BorrowerHistoryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.loans_table, self.print_slip_button)

        self.retranslateUi(BorrowerHistoryDialog)

        QMetaObject.connectSlotsByName(BorrowerHistoryDialog)
    # setupUi

    def retranslateUi(self, BorrowerHistoryDialog):
        BorrowerHistoryDialog.setWindowTitle(QCoreApplication.translate("BorrowerHistoryDialog", u"Borrower's loans", None))
        self.print_slip_button.setText(QCoreApplication.translate("BorrowerHistoryDialog", u"&Print the slip", None))
    # retranslateUi

