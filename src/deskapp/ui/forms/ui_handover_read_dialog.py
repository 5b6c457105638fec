# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_read_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_HandoverReadDialog(object):
    def setupUi(self, HandoverReadDialog):
        if not HandoverReadDialog.objectName():
            HandoverReadDialog.setObjectName(u"HandoverReadDialog")
        HandoverReadDialog.resize(720, 540)
        self.dialog_layout = QVBoxLayout(HandoverReadDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(HandoverReadDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.notes_view = QTextBrowser(HandoverReadDialog)
        self.notes_view.setObjectName(u"notes_view")

        self.dialog_layout.addWidget(self.notes_view)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.later_button = QPushButton(HandoverReadDialog)
        self.later_button.setObjectName(u"later_button")

        self.buttons_row.addWidget(self.later_button)

        self.read_button = QPushButton(HandoverReadDialog)
        self.read_button.setObjectName(u"read_button")

        self.buttons_row.addWidget(self.read_button)


        self.dialog_layout.addLayout(self.buttons_row)

        QWidget.setTabOrder(self.notes_view, self.read_button)
        QWidget.setTabOrder(self.read_button, self.later_button)

        self.retranslateUi(HandoverReadDialog)

        QMetaObject.connectSlotsByName(HandoverReadDialog)
    # setupUi

    def retranslateUi(self, HandoverReadDialog):
        HandoverReadDialog.setWindowTitle(QCoreApplication.translate("HandoverReadDialog", u"Read the handover first", None))
        self.later_button.setText(QCoreApplication.translate("HandoverReadDialog", u"&Later", None))
        self.read_button.setText(QCoreApplication.translate("HandoverReadDialog", u"I have &read it", None))
    # retranslateUi

