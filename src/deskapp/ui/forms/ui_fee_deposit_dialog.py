# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_deposit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FeeDepositDialog(object):
    def setupUi(self, FeeDepositDialog):
        if not FeeDepositDialog.objectName():
            FeeDepositDialog.setObjectName(u"FeeDepositDialog")
        FeeDepositDialog.resize(480, 400)
        self.dialog_layout = QVBoxLayout(FeeDepositDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeDepositDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.kind_label = QLabel(FeeDepositDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(FeeDepositDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.kind_error = QLabel(FeeDepositDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")

        self.fields_layout.addWidget(self.kind_error, 1, 1, 1, 1)

        self.unit_label = QLabel(FeeDepositDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.fields_layout.addWidget(self.unit_label, 2, 0, 1, 1)

        self.unit_edit = QLineEdit(FeeDepositDialog)
        self.unit_edit.setObjectName(u"unit_edit")
        self.unit_edit.setMaxLength(120)

        self.fields_layout.addWidget(self.unit_edit, 2, 1, 1, 1)

        self.unit_error = QLabel(FeeDepositDialog)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setText(u"")

        self.fields_layout.addWidget(self.unit_error, 3, 1, 1, 1)

        self.payer_label = QLabel(FeeDepositDialog)
        self.payer_label.setObjectName(u"payer_label")

        self.fields_layout.addWidget(self.payer_label, 4, 0, 1, 1)

        self.payer_edit = QLineEdit(FeeDepositDialog)
        self.payer_edit.setObjectName(u"payer_edit")
        self.payer_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.payer_edit, 4, 1, 1, 1)

        self.payer_error = QLabel(FeeDepositDialog)
        self.payer_error.setObjectName(u"payer_error")
        self.payer_error.setText(u"")

        self.fields_layout.addWidget(self.payer_error, 5, 1, 1, 1)

        self.phone_label = QLabel(FeeDepositDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 6, 0, 1, 1)

        self.phone_edit = QLineEdit(FeeDepositDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.phone_edit, 6, 1, 1, 1)

        self.payer_phone_error = QLabel(FeeDepositDialog)
        self.payer_phone_error.setObjectName(u"payer_phone_error")
        self.payer_phone_error.setText(u"")

        self.fields_layout.addWidget(self.payer_phone_error, 7, 1, 1, 1)

        self.purpose_label = QLabel(FeeDepositDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.fields_layout.addWidget(self.purpose_label, 8, 0, 1, 1)

        self.purpose_edit = QLineEdit(FeeDepositDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.purpose_edit, 8, 1, 1, 1)

        self.purpose_error = QLabel(FeeDepositDialog)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setText(u"")

        self.fields_layout.addWidget(self.purpose_error, 9, 1, 1, 1)

        self.amount_label = QLabel(FeeDepositDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields_layout.addWidget(self.amount_label, 10, 0, 1, 1)

        self.amount_layout = QHBoxLayout()
        self.amount_layout.setObjectName(u"amount_layout")
        self.amount_edit = QLineEdit(FeeDepositDialog)
        self.amount_edit.setObjectName(u"amount_edit")
        self.amount_edit.setMaxLength(20)

        self.amount_layout.addWidget(self.amount_edit)

        self.amount_words = QLabel(FeeDepositDialog)
        self.amount_words.setObjectName(u"amount_words")
        self.amount_words.setText(u"")

        self.amount_layout.addWidget(self.amount_words)

        self.amount_layout.setStretch(0, 1)
        self.amount_layout.setStretch(1, 2)

        self.fields_layout.addLayout(self.amount_layout, 10, 1, 1, 1)

        self.amount_error = QLabel(FeeDepositDialog)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setText(u"")

        self.fields_layout.addWidget(self.amount_error, 11, 1, 1, 1)

        self.method_label = QLabel(FeeDepositDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields_layout.addWidget(self.method_label, 12, 0, 1, 1)

        self.method_combo = QComboBox(FeeDepositDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.fields_layout.addWidget(self.method_combo, 12, 1, 1, 1)

        self.method_error = QLabel(FeeDepositDialog)
        self.method_error.setObjectName(u"method_error")
        self.method_error.setText(u"")

        self.fields_layout.addWidget(self.method_error, 13, 1, 1, 1)

        self.tendered_label = QLabel(FeeDepositDialog)
        self.tendered_label.setObjectName(u"tendered_label")

        self.fields_layout.addWidget(self.tendered_label, 14, 0, 1, 1)

        self.tendered_layout = QHBoxLayout()
        self.tendered_layout.setObjectName(u"tendered_layout")
        self.tendered_edit = QLineEdit(FeeDepositDialog)
        self.tendered_edit.setObjectName(u"tendered_edit")
        self.tendered_edit.setMaxLength(20)

        self.tendered_layout.addWidget(self.tendered_edit)

        self.change_label = QLabel(FeeDepositDialog)
        self.change_label.setObjectName(u"change_label")
        self.change_label.setText(u"")

        self.tendered_layout.addWidget(self.change_label)

        self.tendered_layout.setStretch(0, 1)
        self.tendered_layout.setStretch(1, 2)

        self.fields_layout.addLayout(self.tendered_layout, 14, 1, 1, 1)

        self.tendered_error = QLabel(FeeDepositDialog)
        self.tendered_error.setObjectName(u"tendered_error")
        self.tendered_error.setText(u"")

        self.fields_layout.addWidget(self.tendered_error, 15, 1, 1, 1)

        self.reference_label = QLabel(FeeDepositDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.fields_layout.addWidget(self.reference_label, 16, 0, 1, 1)

        self.reference_edit = QLineEdit(FeeDepositDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(64)

        self.fields_layout.addWidget(self.reference_edit, 16, 1, 1, 1)

        self.reference_error = QLabel(FeeDepositDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setText(u"")

        self.fields_layout.addWidget(self.reference_error, 17, 1, 1, 1)

        self.form_serial_label = QLabel(FeeDepositDialog)
        self.form_serial_label.setObjectName(u"form_serial_label")

        self.fields_layout.addWidget(self.form_serial_label, 18, 0, 1, 1)

        self.form_serial_edit = QLineEdit(FeeDepositDialog)
        self.form_serial_edit.setObjectName(u"form_serial_edit")
        self.form_serial_edit.setMaxLength(32)

        self.fields_layout.addWidget(self.form_serial_edit, 18, 1, 1, 1)

        self.form_serial_error = QLabel(FeeDepositDialog)
        self.form_serial_error.setObjectName(u"form_serial_error")
        self.form_serial_error.setText(u"")

        self.fields_layout.addWidget(self.form_serial_error, 19, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeDepositDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeDepositDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.unit_label.setBuddy(self.unit_edit)
        self.payer_label.setBuddy(self.payer_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.method_label.setBuddy(self.method_combo)
        self.tendered_label.setBuddy(self.tendered_edit)
        self.reference_label.setBuddy(self.reference_edit)
        self.form_serial_label.setBuddy(self.form_serial_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.payer_edit)
        QWidget.setTabOrder(self.payer_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.tendered_edit)
        QWidget.setTabOrder(self.tendered_edit, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.form_serial_edit)
        QWidget.setTabOrder(self.form_serial_edit, self.button_box)

        self.retranslateUi(FeeDepositDialog)

        QMetaObject.connectSlotsByName(FeeDepositDialog)
    # setupUi

    def retranslateUi(self, FeeDepositDialog):
        FeeDepositDialog.setWindowTitle(QCoreApplication.translate("FeeDepositDialog", u"Take a deposit", None))
        self.kind_label.setText(QCoreApplication.translate("FeeDepositDialog", u"&Kind", None))
        self.unit_label.setText(QCoreApplication.translate("FeeDepositDialog", u"&Unit", None))
        self.payer_label.setText(QCoreApplication.translate("FeeDepositDialog", u"&Payer", None))
        self.phone_label.setText(QCoreApplication.translate("FeeDepositDialog", u"P&hone", None))
        self.purpose_label.setText(QCoreApplication.translate("FeeDepositDialog", u"Pu&rpose", None))
        self.amount_label.setText(QCoreApplication.translate("FeeDepositDialog", u"&Amount", None))
        self.method_label.setText(QCoreApplication.translate("FeeDepositDialog", u"&Method", None))
        self.tendered_label.setText(QCoreApplication.translate("FeeDepositDialog", u"&Cash handed over", None))
        self.reference_label.setText(QCoreApplication.translate("FeeDepositDialog", u"Transaction &no.", None))
        self.form_serial_label.setText(QCoreApplication.translate("FeeDepositDialog", u"Printed &form no.", None))
    # retranslateUi

