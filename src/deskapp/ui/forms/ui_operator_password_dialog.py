# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_password_dialog.ui'
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

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(420, 200)
        self.main_layout = QVBoxLayout(ResetPasswordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ResetPasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.secret_label = QLabel(ResetPasswordDialog)
        self.secret_label.setObjectName(u"secret_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_edit = QLineEdit(ResetPasswordDialog)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setMaxLength(128)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secret_edit)

        self.secret_error_label = QLabel(ResetPasswordDialog)
        self.secret_error_label.setObjectName(u"secret_error_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secret_error_label)

        self.repeated_label = QLabel(ResetPasswordDialog)
        self.repeated_label.setObjectName(u"repeated_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeated_label)

        self.repeated_edit = QLineEdit(ResetPasswordDialog)
        self.repeated_edit.setObjectName(u"repeated_edit")
        self.repeated_edit.setMaxLength(128)
        self.repeated_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeated_edit)

        self.repeated_error_label = QLabel(ResetPasswordDialog)
        self.repeated_error_label.setObjectName(u"repeated_error_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeated_error_label)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ResetPasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.secret_label.setBuddy(self.secret_edit)
        self.repeated_label.setBuddy(self.repeated_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.secret_edit, self.repeated_edit)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.secret_label.setText(QCoreApplication.translate("ResetPasswordDialog", u"&New password", None))
        self.repeated_label.setText(QCoreApplication.translate("ResetPasswordDialog", u"New password &again", None))
    # retranslateUi

