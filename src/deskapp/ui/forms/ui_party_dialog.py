# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PartyDialog(object):
    def setupUi(self, PartyDialog):
        if not PartyDialog.objectName():
            PartyDialog.setObjectName(u"PartyDialog")
        PartyDialog.resize(520, 420)
        self.dialog_layout = QVBoxLayout(PartyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.leader_label = QLabel(PartyDialog)
        self.leader_label.setObjectName(u"leader_label")
        self.leader_label.setText(u"")
        self.leader_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.leader_label)

        self.members_label = QLabel(PartyDialog)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.members_label)

        self.members_edit = QPlainTextEdit(PartyDialog)
        self.members_edit.setObjectName(u"members_edit")
        self.members_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.members_edit)

        self.members_error = QLabel(PartyDialog)
        self.members_error.setObjectName(u"members_error")
        self.members_error.setText(u"")

        self.dialog_layout.addWidget(self.members_error)

        self.button_box = QDialogButtonBox(PartyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.members_label.setBuddy(self.members_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartyDialog)

        QMetaObject.connectSlotsByName(PartyDialog)
    # setupUi

    def retranslateUi(self, PartyDialog):
        PartyDialog.setWindowTitle(QCoreApplication.translate("PartyDialog", u"Check in a party", None))
        self.members_label.setText(QCoreApplication.translate("PartyDialog", u"&Other members, one per line: name, ID number, phone (ID and phone where required)", None))
        self.members_edit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"\u5c0f\u674e, 11010519491231002X, 13800138000\n"
"\u5c0f\u5f20", None))
    # retranslateUi

