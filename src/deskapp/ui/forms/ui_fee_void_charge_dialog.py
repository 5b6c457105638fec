# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_void_charge_dialog.ui'
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

class Ui_FeeVoidChargeDialog(object):
    def setupUi(self, FeeVoidChargeDialog):
        if not FeeVoidChargeDialog.objectName():
            FeeVoidChargeDialog.setObjectName(u"FeeVoidChargeDialog")
        FeeVoidChargeDialog.resize(460, 260)
        self.dialog_layout = QVBoxLayout(FeeVoidChargeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.charge_label = QLabel(FeeVoidChargeDialog)
        self.charge_label.setObjectName(u"charge_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.charge_label.sizePolicy().hasHeightForWidth())
        self.charge_label.setSizePolicy(sizePolicy)
        self.charge_label.setText(u"")
        self.charge_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.charge_label)

        self.rule_label = QLabel(FeeVoidChargeDialog)
        self.rule_label.setObjectName(u"rule_label")
        sizePolicy.setHeightForWidth(self.rule_label.sizePolicy().hasHeightForWidth())
        self.rule_label.setSizePolicy(sizePolicy)
        self.rule_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.rule_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.reason_label = QLabel(FeeVoidChargeDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 0, 0, 1, 1)

        self.reason_edit = QLineEdit(FeeVoidChargeDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.reason_edit, 0, 1, 1, 1)

        self.reason_error = QLabel(FeeVoidChargeDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeVoidChargeDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeVoidChargeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(FeeVoidChargeDialog)

        QMetaObject.connectSlotsByName(FeeVoidChargeDialog)
    # setupUi

    def retranslateUi(self, FeeVoidChargeDialog):
        FeeVoidChargeDialog.setWindowTitle(QCoreApplication.translate("FeeVoidChargeDialog", u"Void a charge", None))
        self.rule_label.setText(QCoreApplication.translate("FeeVoidChargeDialog", u"For a charge made by mistake: it stays on record, struck out, and asks for nothing. The next bill run of its month makes it again as the items now say; to let a fee go, waive it instead. A supervisor must approve.", None))
        self.reason_label.setText(QCoreApplication.translate("FeeVoidChargeDialog", u"&Reason", None))
    # retranslateUi

