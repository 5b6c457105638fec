# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_sale_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FeeSaleDialog(object):
    def setupUi(self, FeeSaleDialog):
        if not FeeSaleDialog.objectName():
            FeeSaleDialog.setObjectName(u"FeeSaleDialog")
        FeeSaleDialog.resize(520, 440)
        self.dialog_layout = QVBoxLayout(FeeSaleDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeSaleDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.items_label = QLabel(FeeSaleDialog)
        self.items_label.setObjectName(u"items_label")

        self.dialog_layout.addWidget(self.items_label)

        self.items_table = QTableWidget(FeeSaleDialog)
        if (self.items_table.columnCount() < 4):
            self.items_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setMinimumSize(QSize(0, 140))
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setColumnCount(4)

        self.dialog_layout.addWidget(self.items_table)

        self.lines_error = QLabel(FeeSaleDialog)
        self.lines_error.setObjectName(u"lines_error")
        self.lines_error.setText(u"")

        self.dialog_layout.addWidget(self.lines_error)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.total_label = QLabel(FeeSaleDialog)
        self.total_label.setObjectName(u"total_label")

        self.fields_layout.addWidget(self.total_label, 0, 0, 1, 1)

        self.total_layout = QHBoxLayout()
        self.total_layout.setSpacing(12)
        self.total_layout.setObjectName(u"total_layout")
        self.total_value = QLabel(FeeSaleDialog)
        self.total_value.setObjectName(u"total_value")
        self.total_value.setText(u"")

        self.total_layout.addWidget(self.total_value)

        self.total_words = QLabel(FeeSaleDialog)
        self.total_words.setObjectName(u"total_words")
        self.total_words.setText(u"")

        self.total_layout.addWidget(self.total_words)

        self.total_layout.setStretch(1, 1)

        self.fields_layout.addLayout(self.total_layout, 0, 1, 1, 1)

        self.payer_label = QLabel(FeeSaleDialog)
        self.payer_label.setObjectName(u"payer_label")

        self.fields_layout.addWidget(self.payer_label, 1, 0, 1, 1)

        self.payer_edit = QLineEdit(FeeSaleDialog)
        self.payer_edit.setObjectName(u"payer_edit")
        self.payer_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.payer_edit, 1, 1, 1, 1)

        self.payer_error = QLabel(FeeSaleDialog)
        self.payer_error.setObjectName(u"payer_error")
        self.payer_error.setText(u"")

        self.fields_layout.addWidget(self.payer_error, 2, 1, 1, 1)

        self.method_label = QLabel(FeeSaleDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields_layout.addWidget(self.method_label, 3, 0, 1, 1)

        self.method_combo = QComboBox(FeeSaleDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.fields_layout.addWidget(self.method_combo, 3, 1, 1, 1)

        self.method_error = QLabel(FeeSaleDialog)
        self.method_error.setObjectName(u"method_error")
        self.method_error.setText(u"")

        self.fields_layout.addWidget(self.method_error, 4, 1, 1, 1)

        self.tendered_label = QLabel(FeeSaleDialog)
        self.tendered_label.setObjectName(u"tendered_label")

        self.fields_layout.addWidget(self.tendered_label, 5, 0, 1, 1)

        self.tendered_layout = QHBoxLayout()
        self.tendered_layout.setObjectName(u"tendered_layout")
        self.tendered_edit = QLineEdit(FeeSaleDialog)
        self.tendered_edit.setObjectName(u"tendered_edit")
        self.tendered_edit.setMaxLength(20)

        self.tendered_layout.addWidget(self.tendered_edit)

        self.change_label = QLabel(FeeSaleDialog)
        self.change_label.setObjectName(u"change_label")
        self.change_label.setText(u"")

        self.tendered_layout.addWidget(self.change_label)

        self.tendered_layout.setStretch(0, 1)
        self.tendered_layout.setStretch(1, 2)

        self.fields_layout.addLayout(self.tendered_layout, 5, 1, 1, 1)

        self.tendered_error = QLabel(FeeSaleDialog)
        self.tendered_error.setObjectName(u"tendered_error")
        self.tendered_error.setText(u"")

        self.fields_layout.addWidget(self.tendered_error, 6, 1, 1, 1)

        self.reference_label = QLabel(FeeSaleDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.fields_layout.addWidget(self.reference_label, 7, 0, 1, 1)

        self.reference_edit = QLineEdit(FeeSaleDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(64)

        self.fields_layout.addWidget(self.reference_edit, 7, 1, 1, 1)

        self.reference_error = QLabel(FeeSaleDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setText(u"")

        self.fields_layout.addWidget(self.reference_error, 8, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeSaleDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeSaleDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.items_label.setBuddy(self.items_table)
        self.payer_label.setBuddy(self.payer_edit)
        self.method_label.setBuddy(self.method_combo)
        self.tendered_label.setBuddy(self.tendered_edit)
        self.reference_label.setBuddy(self.reference_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.items_table, self.payer_edit)
        QWidget.setTabOrder(self.payer_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.tendered_edit)
        QWidget.setTabOrder(self.tendered_edit, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.button_box)

        self.retranslateUi(FeeSaleDialog)

        QMetaObject.connectSlotsByName(FeeSaleDialog)
    # setupUi

    def retranslateUi(self, FeeSaleDialog):
        FeeSaleDialog.setWindowTitle(QCoreApplication.translate("FeeSaleDialog", u"Business services", None))
        self.items_label.setText(QCoreApplication.translate("FeeSaleDialog", u"&Services", None))
        ___qtablewidgetitem = self.items_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FeeSaleDialog", u"Service", None))
        ___qtablewidgetitem1 = self.items_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FeeSaleDialog", u"Price", None))
        ___qtablewidgetitem2 = self.items_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FeeSaleDialog", u"How many", None))
        ___qtablewidgetitem3 = self.items_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FeeSaleDialog", u"Amount", None))
        self.total_label.setText(QCoreApplication.translate("FeeSaleDialog", u"Total", None))
        self.payer_label.setText(QCoreApplication.translate("FeeSaleDialog", u"&Payer", None))
        self.method_label.setText(QCoreApplication.translate("FeeSaleDialog", u"&Method", None))
        self.tendered_label.setText(QCoreApplication.translate("FeeSaleDialog", u"&Cash handed over", None))
        self.reference_label.setText(QCoreApplication.translate("FeeSaleDialog", u"Transaction &no.", None))
    # retranslateUi

