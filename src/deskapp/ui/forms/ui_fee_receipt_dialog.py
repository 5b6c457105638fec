# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_receipt_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_FeeReceiptDialog(object):
    def setupUi(self, FeeReceiptDialog):
        if not FeeReceiptDialog.objectName():
            FeeReceiptDialog.setObjectName(u"FeeReceiptDialog")
        FeeReceiptDialog.resize(560, 440)
        self.dialog_layout = QVBoxLayout(FeeReceiptDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.receipt_view = QTextBrowser(FeeReceiptDialog)
        self.receipt_view.setObjectName(u"receipt_view")
        self.receipt_view.setMinimumSize(QSize(0, 320))
        self.receipt_view.setOpenLinks(False)

        self.dialog_layout.addWidget(self.receipt_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(FeeReceiptDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.void_button = QPushButton(FeeReceiptDialog)
        self.void_button.setObjectName(u"void_button")
        self.void_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.void_button)

        self.invoice_button = QPushButton(FeeReceiptDialog)
        self.invoice_button.setObjectName(u"invoice_button")
        self.invoice_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.invoice_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(FeeReceiptDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.receipt_view, self.print_button)
        QWidget.setTabOrder(self.print_button, self.void_button)
        QWidget.setTabOrder(self.void_button, self.invoice_button)
        QWidget.setTabOrder(self.invoice_button, self.button_box)

        self.retranslateUi(FeeReceiptDialog)

        QMetaObject.connectSlotsByName(FeeReceiptDialog)
    # setupUi

    def retranslateUi(self, FeeReceiptDialog):
        FeeReceiptDialog.setWindowTitle(QCoreApplication.translate("FeeReceiptDialog", u"Receipt", None))
        self.print_button.setText(QCoreApplication.translate("FeeReceiptDialog", u"&Reprint", None))
        self.void_button.setText(QCoreApplication.translate("FeeReceiptDialog", u"&Void\u2026", None))
        self.invoice_button.setText(QCoreApplication.translate("FeeReceiptDialog", u"&Invoice\u2026", None))
    # retranslateUi

