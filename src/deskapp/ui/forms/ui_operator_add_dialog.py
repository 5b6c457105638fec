# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_add_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AddOperatorDialog(object):
    def setupUi(self, AddOperatorDialog):
        if not AddOperatorDialog.objectName():
            AddOperatorDialog.setObjectName(u"AddOperatorDialog")
        AddOperatorDialog.resize(420, 240)
        self.main_layout = QVBoxLayout(AddOperatorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(AddOperatorDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(AddOperatorDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(50)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error_label = QLabel(AddOperatorDialog)
        self.name_error_label.setObjectName(u"name_error_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error_label)

        self.role_label = QLabel(AddOperatorDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(AddOperatorDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.role_error_label = QLabel(AddOperatorDialog)
        self.role_error_label.setObjectName(u"role_error_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_error_label)

        self.secret_label = QLabel(AddOperatorDialog)
        self.secret_label.setObjectName(u"secret_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_edit = QLineEdit(AddOperatorDialog)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setMaxLength(128)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.secret_edit)

        self.secret_error_label = QLabel(AddOperatorDialog)
        self.secret_error_label.setObjectName(u"secret_error_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secret_error_label)

        self.repeated_label = QLabel(AddOperatorDialog)
        self.repeated_label.setObjectName(u"repeated_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeated_label)

        self.repeated_edit = QLineEdit(AddOperatorDialog)
        self.repeated_edit.setObjectName(u"repeated_edit")
        self.repeated_edit.setMaxLength(128)
        self.repeated_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.repeated_edit)

        self.repeated_error_label = QLabel(AddOperatorDialog)
        self.repeated_error_label.setObjectName(u"repeated_error_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.repeated_error_label)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AddOperatorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.secret_label.setBuddy(self.secret_edit)
        self.repeated_label.setBuddy(self.repeated_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.secret_edit)
        QWidget.setTabOrder(self.secret_edit, self.repeated_edit)

        self.retranslateUi(AddOperatorDialog)

        QMetaObject.connectSlotsByName(AddOperatorDialog)
    # setupUi

    def retranslateUi(self, AddOperatorDialog):
        AddOperatorDialog.setWindowTitle(QCoreApplication.translate("AddOperatorDialog", u"Add an operator", None))
        self.name_label.setText(QCoreApplication.translate("AddOperatorDialog", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("AddOperatorDialog", u"as it is signed on every record", None))
        self.role_label.setText(QCoreApplication.translate("AddOperatorDialog", u"&Role", None))
        self.secret_label.setText(QCoreApplication.translate("AddOperatorDialog", u"&Password", None))
        self.repeated_label.setText(QCoreApplication.translate("AddOperatorDialog", u"Password &again", None))
    # retranslateUi

