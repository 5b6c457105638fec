# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_role_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OperatorRoleDialog(object):
    def setupUi(self, OperatorRoleDialog):
        if not OperatorRoleDialog.objectName():
            OperatorRoleDialog.setObjectName(u"OperatorRoleDialog")
        OperatorRoleDialog.resize(380, 140)
        self.main_layout = QVBoxLayout(OperatorRoleDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.role_label = QLabel(OperatorRoleDialog)
        self.role_label.setObjectName(u"role_label")
        self.role_label.setText(u"")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(OperatorRoleDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.role_error_label = QLabel(OperatorRoleDialog)
        self.role_error_label.setObjectName(u"role_error_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_error_label)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(OperatorRoleDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OperatorRoleDialog)

        QMetaObject.connectSlotsByName(OperatorRoleDialog)
    # setupUi

    def retranslateUi(self, OperatorRoleDialog):
        OperatorRoleDialog.setWindowTitle(QCoreApplication.translate("OperatorRoleDialog", u"Change role", None))
    # retranslateUi

