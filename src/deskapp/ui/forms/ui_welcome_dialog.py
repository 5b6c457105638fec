# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(460, 300)
        self.main_layout = QVBoxLayout(WelcomeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(WelcomeDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(WelcomeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.org_form_layout = QFormLayout()
        self.org_form_layout.setObjectName(u"org_form_layout")
        self.org_name_label = QLabel(WelcomeDialog)
        self.org_name_label.setObjectName(u"org_name_label")

        self.org_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.org_name_label)

        self.org_name_edit = QLineEdit(WelcomeDialog)
        self.org_name_edit.setObjectName(u"org_name_edit")
        self.org_name_edit.setMaxLength(100)

        self.org_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.org_name_edit)

        self.org_name_error_label = QLabel(WelcomeDialog)
        self.org_name_error_label.setObjectName(u"org_name_error_label")

        self.org_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.org_name_error_label)

        self.org_name_hint_label = QLabel(WelcomeDialog)
        self.org_name_hint_label.setObjectName(u"org_name_hint_label")
        self.org_name_hint_label.setWordWrap(True)

        self.org_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.org_name_hint_label)


        self.main_layout.addLayout(self.org_form_layout)

        self.demo_check_box = QCheckBox(WelcomeDialog)
        self.demo_check_box.setObjectName(u"demo_check_box")
        self.demo_check_box.setChecked(True)

        self.main_layout.addWidget(self.demo_check_box)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(WelcomeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.org_name_label.setBuddy(self.org_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.org_name_edit, self.demo_check_box)

        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome", None))
        self.title_label.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to deskapp", None))
        self.intro_label.setText(QCoreApplication.translate("WelcomeDialog", u"deskapp keeps the reception counter's records, such as the visitor log and visitor passes, on this computer; it needs no internet. First, tell it whose counter this is.", None))
        self.org_name_label.setText(QCoreApplication.translate("WelcomeDialog", u"Organisation name", None))
        self.org_name_hint_label.setText(QCoreApplication.translate("WelcomeDialog", u"Printed at the top of every pass and document. You can change it later in Settings.", None))
        self.demo_check_box.setText(QCoreApplication.translate("WelcomeDialog", u"Load demo data so I can try things out", None))
    # retranslateUi

