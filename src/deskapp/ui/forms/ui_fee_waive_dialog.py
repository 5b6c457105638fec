# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_waive_dialog.ui'
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

class Ui_FeeWaiveDialog(object):
    def setupUi(self, FeeWaiveDialog):
        if not FeeWaiveDialog.objectName():
            FeeWaiveDialog.setObjectName(u"FeeWaiveDialog")
        FeeWaiveDialog.resize(460, 300)
        self.dialog_layout = QVBoxLayout(FeeWaiveDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.charge_label = QLabel(FeeWaiveDialog)
        self.charge_label.setObjectName(u"charge_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.charge_label.sizePolicy().hasHeightForWidth())
        self.charge_label.setSizePolicy(sizePolicy)
        self.charge_label.setText(u"")
        self.charge_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.charge_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.amount_label = QLabel(FeeWaiveDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields_layout.addWidget(self.amount_label, 0, 0, 1, 1)

        self.amount_edit = QLineEdit(FeeWaiveDialog)
        self.amount_edit.setObjectName(u"amount_edit")
        self.amount_edit.setMaxLength(20)

        self.fields_layout.addWidget(self.amount_edit, 0, 1, 1, 1)

        self.amount_fen_error = QLabel(FeeWaiveDialog)
        self.amount_fen_error.setObjectName(u"amount_fen_error")
        self.amount_fen_error.setText(u"")

        self.fields_layout.addWidget(self.amount_fen_error, 1, 1, 1, 1)

        self.reason_label = QLabel(FeeWaiveDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 2, 0, 1, 1)

        self.reason_edit = QLineEdit(FeeWaiveDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.reason_edit, 2, 1, 1, 1)

        self.reason_error = QLabel(FeeWaiveDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 3, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.rule_label = QLabel(FeeWaiveDialog)
        self.rule_label.setObjectName(u"rule_label")
        sizePolicy.setHeightForWidth(self.rule_label.sizePolicy().hasHeightForWidth())
        self.rule_label.setSizePolicy(sizePolicy)
        self.rule_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.rule_label)

        self.history_label = QLabel(FeeWaiveDialog)
        self.history_label.setObjectName(u"history_label")
        sizePolicy.setHeightForWidth(self.history_label.sizePolicy().hasHeightForWidth())
        self.history_label.setSizePolicy(sizePolicy)
        self.history_label.setText(u"")
        self.history_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.history_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeWaiveDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeWaiveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(FeeWaiveDialog)

        QMetaObject.connectSlotsByName(FeeWaiveDialog)
    # setupUi

    def retranslateUi(self, FeeWaiveDialog):
        FeeWaiveDialog.setWindowTitle(QCoreApplication.translate("FeeWaiveDialog", u"Waive a fee", None))
        self.amount_label.setText(QCoreApplication.translate("FeeWaiveDialog", u"&Amount waived", None))
        self.reason_label.setText(QCoreApplication.translate("FeeWaiveDialog", u"&Reason", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("FeeWaiveDialog", u"e.g. the lift was out of order for two weeks", None))
        self.rule_label.setText(QCoreApplication.translate("FeeWaiveDialog", u"A waiver needs a supervisor's approval and a reason; both are kept with the charge.", None))
    # retranslateUi

