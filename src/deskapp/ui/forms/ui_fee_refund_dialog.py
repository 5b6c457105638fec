# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_refund_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FeeRefundDialog(object):
    def setupUi(self, FeeRefundDialog):
        if not FeeRefundDialog.objectName():
            FeeRefundDialog.setObjectName(u"FeeRefundDialog")
        FeeRefundDialog.resize(520, 460)
        self.dialog_layout = QVBoxLayout(FeeRefundDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.deposit_label = QLabel(FeeRefundDialog)
        self.deposit_label.setObjectName(u"deposit_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.deposit_label.sizePolicy().hasHeightForWidth())
        self.deposit_label.setSizePolicy(sizePolicy)
        self.deposit_label.setText(u"")
        self.deposit_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.deposit_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.receipt_number_label = QLabel(FeeRefundDialog)
        self.receipt_number_label.setObjectName(u"receipt_number_label")

        self.fields_layout.addWidget(self.receipt_number_label, 0, 0, 1, 1)

        self.receipt_number_edit = QLineEdit(FeeRefundDialog)
        self.receipt_number_edit.setObjectName(u"receipt_number_edit")
        self.receipt_number_edit.setMaxLength(40)

        self.fields_layout.addWidget(self.receipt_number_edit, 0, 1, 1, 1)

        self.receipt_number_error = QLabel(FeeRefundDialog)
        self.receipt_number_error.setObjectName(u"receipt_number_error")
        self.receipt_number_error.setText(u"")

        self.fields_layout.addWidget(self.receipt_number_error, 1, 1, 1, 1)

        self.deductions_label = QLabel(FeeRefundDialog)
        self.deductions_label.setObjectName(u"deductions_label")

        self.fields_layout.addWidget(self.deductions_label, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.deductions_table = QTableWidget(FeeRefundDialog)
        if (self.deductions_table.columnCount() < 2):
            self.deductions_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.deductions_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.deductions_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.deductions_table.setObjectName(u"deductions_table")
        self.deductions_table.setMinimumSize(QSize(0, 110))
        self.deductions_table.setTabKeyNavigation(False)
        self.deductions_table.setColumnCount(2)

        self.fields_layout.addWidget(self.deductions_table, 2, 1, 1, 1)

        self.deduction_buttons = QHBoxLayout()
        self.deduction_buttons.setObjectName(u"deduction_buttons")
        self.add_button = QPushButton(FeeRefundDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.deduction_buttons.addWidget(self.add_button)

        self.remove_button = QPushButton(FeeRefundDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.deduction_buttons.addWidget(self.remove_button)

        self.deduction_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deduction_buttons.addItem(self.deduction_spacer)


        self.fields_layout.addLayout(self.deduction_buttons, 3, 1, 1, 1)

        self.deductions_error = QLabel(FeeRefundDialog)
        self.deductions_error.setObjectName(u"deductions_error")
        self.deductions_error.setText(u"")

        self.fields_layout.addWidget(self.deductions_error, 4, 1, 1, 1)

        self.refund_label = QLabel(FeeRefundDialog)
        self.refund_label.setObjectName(u"refund_label")

        self.fields_layout.addWidget(self.refund_label, 5, 0, 1, 1)

        self.refund_value = QLabel(FeeRefundDialog)
        self.refund_value.setObjectName(u"refund_value")
        self.refund_value.setText(u"")

        self.fields_layout.addWidget(self.refund_value, 5, 1, 1, 1)

        self.refund_words = QLabel(FeeRefundDialog)
        self.refund_words.setObjectName(u"refund_words")
        self.refund_words.setText(u"")

        self.fields_layout.addWidget(self.refund_words, 6, 1, 1, 1)

        self.method_label = QLabel(FeeRefundDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields_layout.addWidget(self.method_label, 7, 0, 1, 1)

        self.method_combo = QComboBox(FeeRefundDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.fields_layout.addWidget(self.method_combo, 7, 1, 1, 1)

        self.method_error = QLabel(FeeRefundDialog)
        self.method_error.setObjectName(u"method_error")
        self.method_error.setText(u"")

        self.fields_layout.addWidget(self.method_error, 8, 1, 1, 1)

        self.received_by_label = QLabel(FeeRefundDialog)
        self.received_by_label.setObjectName(u"received_by_label")

        self.fields_layout.addWidget(self.received_by_label, 9, 0, 1, 1)

        self.received_by_edit = QLineEdit(FeeRefundDialog)
        self.received_by_edit.setObjectName(u"received_by_edit")
        self.received_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.received_by_edit, 9, 1, 1, 1)

        self.received_by_error = QLabel(FeeRefundDialog)
        self.received_by_error.setObjectName(u"received_by_error")
        self.received_by_error.setText(u"")

        self.fields_layout.addWidget(self.received_by_error, 10, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeRefundDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeRefundDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.receipt_number_label.setBuddy(self.receipt_number_edit)
        self.deductions_label.setBuddy(self.deductions_table)
        self.method_label.setBuddy(self.method_combo)
        self.received_by_label.setBuddy(self.received_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receipt_number_edit, self.deductions_table)
        QWidget.setTabOrder(self.deductions_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.received_by_edit)
        QWidget.setTabOrder(self.received_by_edit, self.button_box)

        self.retranslateUi(FeeRefundDialog)

        QMetaObject.connectSlotsByName(FeeRefundDialog)
    # setupUi

    def retranslateUi(self, FeeRefundDialog):
        FeeRefundDialog.setWindowTitle(QCoreApplication.translate("FeeRefundDialog", u"Refund a deposit", None))
        self.receipt_number_label.setText(QCoreApplication.translate("FeeRefundDialog", u"Deposit &receipt no.", None))
        self.deductions_label.setText(QCoreApplication.translate("FeeRefundDialog", u"&Deductions", None))
        ___qtablewidgetitem = self.deductions_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FeeRefundDialog", u"Reason", None))
        ___qtablewidgetitem1 = self.deductions_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FeeRefundDialog", u"Amount", None))
        self.add_button.setText(QCoreApplication.translate("FeeRefundDialog", u"&Add a deduction", None))
        self.remove_button.setText(QCoreApplication.translate("FeeRefundDialog", u"Remo&ve", None))
        self.refund_label.setText(QCoreApplication.translate("FeeRefundDialog", u"Refund amount", None))
        self.method_label.setText(QCoreApplication.translate("FeeRefundDialog", u"&Method", None))
        self.received_by_label.setText(QCoreApplication.translate("FeeRefundDialog", u"Received &by", None))
    # retranslateUi

