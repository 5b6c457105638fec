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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(480, 340)
        self.main_layout = QVBoxLayout(WelcomeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(WelcomeDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(WelcomeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.real_radio = QRadioButton(WelcomeDialog)
        self.real_radio.setObjectName(u"real_radio")
        self.real_radio.setChecked(True)

        self.main_layout.addWidget(self.real_radio)

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

        self.demo_radio = QRadioButton(WelcomeDialog)
        self.demo_radio.setObjectName(u"demo_radio")

        self.main_layout.addWidget(self.demo_radio)

        self.demo_hint_label = QLabel(WelcomeDialog)
        self.demo_hint_label.setObjectName(u"demo_hint_label")
        self.demo_hint_label.setWordWrap(True)
        self.demo_hint_label.setIndent(24)

        self.main_layout.addWidget(self.demo_hint_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(WelcomeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.org_name_label.setBuddy(self.org_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.real_radio, self.org_name_edit)
        QWidget.setTabOrder(self.org_name_edit, self.demo_radio)

        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome", None))
        self.title_label.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to deskapp", None))
        self.intro_label.setText(QCoreApplication.translate("WelcomeDialog", u"deskapp keeps the reception counter's records, such as the visitor log and visitor passes, on this computer; it needs no internet.", None))
        self.real_radio.setText(QCoreApplication.translate("WelcomeDialog", u"&Start our counter's records", None))
        self.org_name_label.setText(QCoreApplication.translate("WelcomeDialog", u"Organisation &name", None))
        self.org_name_hint_label.setText(QCoreApplication.translate("WelcomeDialog", u"Printed at the top of every pass and document. You can change it later in Settings.", None))
        self.demo_radio.setText(QCoreApplication.translate("WelcomeDialog", u"&Try deskapp first on a practice file with made-up records", None))
        self.demo_hint_label.setText(QCoreApplication.translate("WelcomeDialog", u"The practice file is separate from the real one and marked \"Demo data\" in the window. Nothing made up ever reaches your counter's records.", None))
    # retranslateUi

