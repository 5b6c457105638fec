# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_void_dialog.ui'
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

class Ui_FeeVoidDialog(object):
    def setupUi(self, FeeVoidDialog):
        if not FeeVoidDialog.objectName():
            FeeVoidDialog.setObjectName(u"FeeVoidDialog")
        FeeVoidDialog.resize(460, 240)
        self.dialog_layout = QVBoxLayout(FeeVoidDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.receipt_label = QLabel(FeeVoidDialog)
        self.receipt_label.setObjectName(u"receipt_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receipt_label.sizePolicy().hasHeightForWidth())
        self.receipt_label.setSizePolicy(sizePolicy)
        self.receipt_label.setText(u"")
        self.receipt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.receipt_label)

        self.warning_label = QLabel(FeeVoidDialog)
        self.warning_label.setObjectName(u"warning_label")
        sizePolicy.setHeightForWidth(self.warning_label.sizePolicy().hasHeightForWidth())
        self.warning_label.setSizePolicy(sizePolicy)
        self.warning_label.setText(u"")
        self.warning_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.warning_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.reason_label = QLabel(FeeVoidDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 0, 0, 1, 1)

        self.reason_edit = QLineEdit(FeeVoidDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.reason_edit, 0, 1, 1, 1)

        self.reason_error = QLabel(FeeVoidDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeVoidDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeVoidDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(FeeVoidDialog)

        QMetaObject.connectSlotsByName(FeeVoidDialog)
    # setupUi

    def retranslateUi(self, FeeVoidDialog):
        FeeVoidDialog.setWindowTitle(QCoreApplication.translate("FeeVoidDialog", u"Void a receipt", None))
        self.reason_label.setText(QCoreApplication.translate("FeeVoidDialog", u"&Reason", None))
    # retranslateUi

