# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ApprovalDialog(object):
    def setupUi(self, ApprovalDialog):
        if not ApprovalDialog.objectName():
            ApprovalDialog.setObjectName(u"ApprovalDialog")
        ApprovalDialog.resize(440, 220)
        self.main_layout = QVBoxLayout(ApprovalDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ApprovalDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(ApprovalDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ApprovalDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(50)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.secret_label = QLabel(ApprovalDialog)
        self.secret_label.setObjectName(u"secret_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_edit = QLineEdit(ApprovalDialog)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setMaxLength(128)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secret_edit)

        self.error_label = QLabel(ApprovalDialog)
        self.error_label.setObjectName(u"error_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.error_label)


        self.main_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ApprovalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.secret_label.setBuddy(self.secret_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalDialog)

        QMetaObject.connectSlotsByName(ApprovalDialog)
    # setupUi

    def retranslateUi(self, ApprovalDialog):
        ApprovalDialog.setWindowTitle(QCoreApplication.translate("ApprovalDialog", u"Supervisor's approval", None))
        self.intro_label.setText(QCoreApplication.translate("ApprovalDialog", u"A supervisor must approve this.", None))
        self.name_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Supervisor", None))
        self.secret_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Password or PIN", None))
    # retranslateUi

