# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_invoice_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FeeInvoiceDialog(object):
    def setupUi(self, FeeInvoiceDialog):
        if not FeeInvoiceDialog.objectName():
            FeeInvoiceDialog.setObjectName(u"FeeInvoiceDialog")
        FeeInvoiceDialog.resize(440, 200)
        self.dialog_layout = QVBoxLayout(FeeInvoiceDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.receipt_label = QLabel(FeeInvoiceDialog)
        self.receipt_label.setObjectName(u"receipt_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receipt_label.sizePolicy().hasHeightForWidth())
        self.receipt_label.setSizePolicy(sizePolicy)
        self.receipt_label.setText(u"")
        self.receipt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.receipt_label)

        self.intro_label = QLabel(FeeInvoiceDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.invoice_label = QLabel(FeeInvoiceDialog)
        self.invoice_label.setObjectName(u"invoice_label")

        self.fields_layout.addWidget(self.invoice_label, 0, 0, 1, 1)

        self.invoice_edit = QLineEdit(FeeInvoiceDialog)
        self.invoice_edit.setObjectName(u"invoice_edit")
        self.invoice_edit.setMaxLength(32)

        self.fields_layout.addWidget(self.invoice_edit, 0, 1, 1, 1)

        self.invoice_no_error = QLabel(FeeInvoiceDialog)
        self.invoice_no_error.setObjectName(u"invoice_no_error")
        self.invoice_no_error.setText(u"")

        self.fields_layout.addWidget(self.invoice_no_error, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeInvoiceDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeInvoiceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.invoice_label.setBuddy(self.invoice_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.invoice_edit, self.button_box)

        self.retranslateUi(FeeInvoiceDialog)

        QMetaObject.connectSlotsByName(FeeInvoiceDialog)
    # setupUi

    def retranslateUi(self, FeeInvoiceDialog):
        FeeInvoiceDialog.setWindowTitle(QCoreApplication.translate("FeeInvoiceDialog", u"Exchanged for an invoice", None))
        self.invoice_label.setText(QCoreApplication.translate("FeeInvoiceDialog", u"&Invoice no.", None))
    # retranslateUi

