# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_administrator_dialog.ui'
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

class Ui_FirstAdministratorDialog(object):
    def setupUi(self, FirstAdministratorDialog):
        if not FirstAdministratorDialog.objectName():
            FirstAdministratorDialog.setObjectName(u"FirstAdministratorDialog")
        FirstAdministratorDialog.resize(460, 260)
        self.main_layout = QVBoxLayout(FirstAdministratorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(FirstAdministratorDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(FirstAdministratorDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(FirstAdministratorDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(50)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error_label = QLabel(FirstAdministratorDialog)
        self.name_error_label.setObjectName(u"name_error_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error_label)

        self.secret_label = QLabel(FirstAdministratorDialog)
        self.secret_label.setObjectName(u"secret_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_edit = QLineEdit(FirstAdministratorDialog)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setMaxLength(128)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secret_edit)

        self.secret_error_label = QLabel(FirstAdministratorDialog)
        self.secret_error_label.setObjectName(u"secret_error_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.secret_error_label)

        self.repeated_label = QLabel(FirstAdministratorDialog)
        self.repeated_label.setObjectName(u"repeated_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeated_label)

        self.repeated_edit = QLineEdit(FirstAdministratorDialog)
        self.repeated_edit.setObjectName(u"repeated_edit")
        self.repeated_edit.setMaxLength(128)
        self.repeated_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeated_edit)

        self.repeated_error_label = QLabel(FirstAdministratorDialog)
        self.repeated_error_label.setObjectName(u"repeated_error_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeated_error_label)


        self.main_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FirstAdministratorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.secret_label.setBuddy(self.secret_edit)
        self.repeated_label.setBuddy(self.repeated_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstAdministratorDialog)

        QMetaObject.connectSlotsByName(FirstAdministratorDialog)
    # setupUi

    def retranslateUi(self, FirstAdministratorDialog):
        FirstAdministratorDialog.setWindowTitle(QCoreApplication.translate("FirstAdministratorDialog", u"Set up the administrator", None))
        self.intro_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"Nobody can log in to these records yet. Set up the administrator: the person who adds the other operators and gives them their roles. Keep the password somewhere safe.", None))
        self.name_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("FirstAdministratorDialog", u"e.g. Zhang Wei", None))
        self.secret_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Password or PIN", None))
        self.repeated_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Repeat it", None))
    # retranslateUi

