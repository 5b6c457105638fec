# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_pay_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FeePayDialog(object):
    def setupUi(self, FeePayDialog):
        if not FeePayDialog.objectName():
            FeePayDialog.setObjectName(u"FeePayDialog")
        FeePayDialog.resize(480, 440)
        self.dialog_layout = QVBoxLayout(FeePayDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.unit_summary = QLabel(FeePayDialog)
        self.unit_summary.setObjectName(u"unit_summary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unit_summary.sizePolicy().hasHeightForWidth())
        self.unit_summary.setSizePolicy(sizePolicy)
        self.unit_summary.setText(u"")
        self.unit_summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.unit_summary)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.amount_label = QLabel(FeePayDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields_layout.addWidget(self.amount_label, 0, 0, 1, 1)

        self.amount_edit = QLineEdit(FeePayDialog)
        self.amount_edit.setObjectName(u"amount_edit")
        self.amount_edit.setMaxLength(20)

        self.fields_layout.addWidget(self.amount_edit, 0, 1, 1, 1)

        self.amount_error = QLabel(FeePayDialog)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setText(u"")

        self.fields_layout.addWidget(self.amount_error, 1, 1, 1, 1)

        self.method_label = QLabel(FeePayDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields_layout.addWidget(self.method_label, 2, 0, 1, 1)

        self.method_combo = QComboBox(FeePayDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.fields_layout.addWidget(self.method_combo, 2, 1, 1, 1)

        self.method_error = QLabel(FeePayDialog)
        self.method_error.setObjectName(u"method_error")
        self.method_error.setText(u"")

        self.fields_layout.addWidget(self.method_error, 3, 1, 1, 1)

        self.tendered_label = QLabel(FeePayDialog)
        self.tendered_label.setObjectName(u"tendered_label")

        self.fields_layout.addWidget(self.tendered_label, 4, 0, 1, 1)

        self.tendered_edit = QLineEdit(FeePayDialog)
        self.tendered_edit.setObjectName(u"tendered_edit")
        self.tendered_edit.setMaxLength(20)

        self.fields_layout.addWidget(self.tendered_edit, 4, 1, 1, 1)

        self.tendered_error = QLabel(FeePayDialog)
        self.tendered_error.setObjectName(u"tendered_error")
        self.tendered_error.setText(u"")

        self.fields_layout.addWidget(self.tendered_error, 5, 1, 1, 1)

        self.change_label = QLabel(FeePayDialog)
        self.change_label.setObjectName(u"change_label")

        self.fields_layout.addWidget(self.change_label, 6, 0, 1, 1)

        self.change_value = QLabel(FeePayDialog)
        self.change_value.setObjectName(u"change_value")
        self.change_value.setText(u"")

        self.fields_layout.addWidget(self.change_value, 6, 1, 1, 1)

        self.second_method_label = QLabel(FeePayDialog)
        self.second_method_label.setObjectName(u"second_method_label")

        self.fields_layout.addWidget(self.second_method_label, 7, 0, 1, 1)

        self.second_layout = QHBoxLayout()
        self.second_layout.setObjectName(u"second_layout")
        self.second_method_combo = QComboBox(FeePayDialog)
        self.second_method_combo.setObjectName(u"second_method_combo")

        self.second_layout.addWidget(self.second_method_combo)

        self.second_amount_edit = QLineEdit(FeePayDialog)
        self.second_amount_edit.setObjectName(u"second_amount_edit")
        self.second_amount_edit.setMaxLength(20)

        self.second_layout.addWidget(self.second_amount_edit)

        self.second_layout.setStretch(1, 1)

        self.fields_layout.addLayout(self.second_layout, 7, 1, 1, 1)

        self.second_error = QLabel(FeePayDialog)
        self.second_error.setObjectName(u"second_error")
        self.second_error.setText(u"")

        self.fields_layout.addWidget(self.second_error, 8, 1, 1, 1)

        self.reference_label = QLabel(FeePayDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.fields_layout.addWidget(self.reference_label, 9, 0, 1, 1)

        self.reference_edit = QLineEdit(FeePayDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(64)

        self.fields_layout.addWidget(self.reference_edit, 9, 1, 1, 1)

        self.reference_error = QLabel(FeePayDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setText(u"")

        self.fields_layout.addWidget(self.reference_error, 10, 1, 1, 1)

        self.payer_label = QLabel(FeePayDialog)
        self.payer_label.setObjectName(u"payer_label")

        self.fields_layout.addWidget(self.payer_label, 11, 0, 1, 1)

        self.payer_edit = QLineEdit(FeePayDialog)
        self.payer_edit.setObjectName(u"payer_edit")
        self.payer_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.payer_edit, 11, 1, 1, 1)

        self.payer_error = QLabel(FeePayDialog)
        self.payer_error.setObjectName(u"payer_error")
        self.payer_error.setText(u"")

        self.fields_layout.addWidget(self.payer_error, 12, 1, 1, 1)

        self.serial_label = QLabel(FeePayDialog)
        self.serial_label.setObjectName(u"serial_label")

        self.fields_layout.addWidget(self.serial_label, 13, 0, 1, 1)

        self.serial_edit = QLineEdit(FeePayDialog)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(32)

        self.fields_layout.addWidget(self.serial_edit, 13, 1, 1, 1)

        self.form_serial_error = QLabel(FeePayDialog)
        self.form_serial_error.setObjectName(u"form_serial_error")
        self.form_serial_error.setText(u"")

        self.fields_layout.addWidget(self.form_serial_error, 14, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.credit_check = QCheckBox(FeePayDialog)
        self.credit_check.setObjectName(u"credit_check")
        self.credit_check.setChecked(True)

        self.dialog_layout.addWidget(self.credit_check)

        self.allocation_label = QLabel(FeePayDialog)
        self.allocation_label.setObjectName(u"allocation_label")
        sizePolicy.setHeightForWidth(self.allocation_label.sizePolicy().hasHeightForWidth())
        self.allocation_label.setSizePolicy(sizePolicy)
        self.allocation_label.setText(u"")
        self.allocation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.allocation_label)

        self.print_check = QCheckBox(FeePayDialog)
        self.print_check.setObjectName(u"print_check")
        self.print_check.setChecked(True)

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(FeePayDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FeePayDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount_edit)
        self.method_label.setBuddy(self.method_combo)
        self.tendered_label.setBuddy(self.tendered_edit)
        self.second_method_label.setBuddy(self.second_method_combo)
        self.reference_label.setBuddy(self.reference_edit)
        self.payer_label.setBuddy(self.payer_edit)
        self.serial_label.setBuddy(self.serial_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.tendered_edit)
        QWidget.setTabOrder(self.tendered_edit, self.second_method_combo)
        QWidget.setTabOrder(self.second_method_combo, self.second_amount_edit)
        QWidget.setTabOrder(self.second_amount_edit, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.payer_edit)
        QWidget.setTabOrder(self.payer_edit, self.serial_edit)
        QWidget.setTabOrder(self.serial_edit, self.credit_check)
        QWidget.setTabOrder(self.credit_check, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(FeePayDialog)

        QMetaObject.connectSlotsByName(FeePayDialog)
    # setupUi

    def retranslateUi(self, FeePayDialog):
        FeePayDialog.setWindowTitle(QCoreApplication.translate("FeePayDialog", u"Take payment", None))
        self.amount_label.setText(QCoreApplication.translate("FeePayDialog", u"&Amount paid", None))
        self.method_label.setText(QCoreApplication.translate("FeePayDialog", u"&Method", None))
        self.tendered_label.setText(QCoreApplication.translate("FeePayDialog", u"Cash &tendered", None))
        self.change_label.setText(QCoreApplication.translate("FeePayDialog", u"Change", None))
        self.second_method_label.setText(QCoreApplication.translate("FeePayDialog", u"&Second method", None))
        self.reference_label.setText(QCoreApplication.translate("FeePayDialog", u"Transaction &no.", None))
        self.payer_label.setText(QCoreApplication.translate("FeePayDialog", u"&Payer", None))
        self.serial_label.setText(QCoreApplication.translate("FeePayDialog", u"Form se&rial", None))
        self.credit_check.setText(QCoreApplication.translate("FeePayDialog", u"Use the unit's &credit first", None))
        self.print_check.setText(QCoreApplication.translate("FeePayDialog", u"Pr&int the receipt", None))
    # retranslateUi

