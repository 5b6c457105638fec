# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_price_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FeePriceDialog(object):
    def setupUi(self, FeePriceDialog):
        if not FeePriceDialog.objectName():
            FeePriceDialog.setObjectName(u"FeePriceDialog")
        FeePriceDialog.resize(620, 440)
        self.dialog_layout = QVBoxLayout(FeePriceDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.item_label = QLabel(FeePriceDialog)
        self.item_label.setObjectName(u"item_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.item_label.sizePolicy().hasHeightForWidth())
        self.item_label.setSizePolicy(sizePolicy)
        self.item_label.setText(u"")
        self.item_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.item_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.price_label = QLabel(FeePriceDialog)
        self.price_label.setObjectName(u"price_label")

        self.fields_layout.addWidget(self.price_label, 0, 0, 1, 1)

        self.price_layout = QHBoxLayout()
        self.price_layout.setSpacing(8)
        self.price_layout.setObjectName(u"price_layout")
        self.price_edit = QLineEdit(FeePriceDialog)
        self.price_edit.setObjectName(u"price_edit")
        self.price_edit.setMaxLength(20)

        self.price_layout.addWidget(self.price_edit)

        self.per_label = QLabel(FeePriceDialog)
        self.per_label.setObjectName(u"per_label")
        self.per_label.setText(u"")

        self.price_layout.addWidget(self.per_label)

        self.price_layout.setStretch(0, 1)

        self.fields_layout.addLayout(self.price_layout, 0, 1, 1, 1)

        self.unit_price_error = QLabel(FeePriceDialog)
        self.unit_price_error.setObjectName(u"unit_price_error")
        self.unit_price_error.setText(u"")

        self.fields_layout.addWidget(self.unit_price_error, 1, 1, 1, 1)

        self.effective_from_label = QLabel(FeePriceDialog)
        self.effective_from_label.setObjectName(u"effective_from_label")

        self.fields_layout.addWidget(self.effective_from_label, 2, 0, 1, 1)

        self.effective_from_edit = QDateEdit(FeePriceDialog)
        self.effective_from_edit.setObjectName(u"effective_from_edit")
        self.effective_from_edit.setCalendarPopup(True)
        self.effective_from_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.fields_layout.addWidget(self.effective_from_edit, 2, 1, 1, 1)

        self.effective_from_error = QLabel(FeePriceDialog)
        self.effective_from_error.setObjectName(u"effective_from_error")
        self.effective_from_error.setText(u"")

        self.fields_layout.addWidget(self.effective_from_error, 3, 1, 1, 1)

        self.reason_label = QLabel(FeePriceDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 4, 0, 1, 1)

        self.reason_edit = QLineEdit(FeePriceDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.reason_edit, 4, 1, 1, 1)

        self.reason_error = QLabel(FeePriceDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 5, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.rule_label = QLabel(FeePriceDialog)
        self.rule_label.setObjectName(u"rule_label")
        sizePolicy.setHeightForWidth(self.rule_label.sizePolicy().hasHeightForWidth())
        self.rule_label.setSizePolicy(sizePolicy)
        self.rule_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.rule_label)

        self.history_label = QLabel(FeePriceDialog)
        self.history_label.setObjectName(u"history_label")

        self.dialog_layout.addWidget(self.history_label)

        self.history_table = QTableWidget(FeePriceDialog)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.history_table)

        self.form_error = QLabel(FeePriceDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeePriceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.price_label.setBuddy(self.price_edit)
        self.effective_from_label.setBuddy(self.effective_from_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.history_label.setBuddy(self.history_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.price_edit, self.effective_from_edit)
        QWidget.setTabOrder(self.effective_from_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.history_table)
        QWidget.setTabOrder(self.history_table, self.button_box)

        self.retranslateUi(FeePriceDialog)

        QMetaObject.connectSlotsByName(FeePriceDialog)
    # setupUi

    def retranslateUi(self, FeePriceDialog):
        FeePriceDialog.setWindowTitle(QCoreApplication.translate("FeePriceDialog", u"Change price", None))
        self.price_label.setText(QCoreApplication.translate("FeePriceDialog", u"New &price", None))
        self.effective_from_label.setText(QCoreApplication.translate("FeePriceDialog", u"&From", None))
        self.reason_label.setText(QCoreApplication.translate("FeePriceDialog", u"&Reason", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("FeePriceDialog", u"the approved standard it follows, e.g. \u7269\u4ef7\u5c40\u6279\u590d 2026-15\u53f7", None))
        self.rule_label.setText(QCoreApplication.translate("FeePriceDialog", u"Bills already made keep their price. A bill made later for an earlier month takes the price in force when that month began.", None))
        self.history_label.setText(QCoreApplication.translate("FeePriceDialog", u"Price &history", None))
    # retranslateUi

