# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_deadlines_dialog.ui'
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
    QGridLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RequestDeadlinesDialog(object):
    def setupUi(self, RequestDeadlinesDialog):
        if not RequestDeadlinesDialog.objectName():
            RequestDeadlinesDialog.setObjectName(u"RequestDeadlinesDialog")
        RequestDeadlinesDialog.resize(820, 300)
        self.main_layout = QVBoxLayout(RequestDeadlinesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RequestDeadlinesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.rules_widget = QWidget(RequestDeadlinesDialog)
        self.rules_widget.setObjectName(u"rules_widget")
        self.rules_grid = QGridLayout(self.rules_widget)
        self.rules_grid.setObjectName(u"rules_grid")
        self.rules_grid.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.rules_widget)

        self.major_note_label = QLabel(RequestDeadlinesDialog)
        self.major_note_label.setObjectName(u"major_note_label")
        self.major_note_label.setWordWrap(True)

        self.main_layout.addWidget(self.major_note_label)

        self.general_error_label = QLabel(RequestDeadlinesDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(RequestDeadlinesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(RequestDeadlinesDialog)

        QMetaObject.connectSlotsByName(RequestDeadlinesDialog)
    # setupUi

    def retranslateUi(self, RequestDeadlinesDialog):
        RequestDeadlinesDialog.setWindowTitle(QCoreApplication.translate("RequestDeadlinesDialog", u"Deadlines of requests", None))
        self.intro_label.setText(QCoreApplication.translate("RequestDeadlinesDialog", u"How long a request may take from intake to its answer, by severity and kind. Working days skip weekends and holidays (see the working-day calendar); hours run round the clock.", None))
        self.major_note_label.setText(QCoreApplication.translate("RequestDeadlinesDialog", u"A major request's deadline is set anyway by the person who answers for it (the company head decides); the Major row is only a guide.", None))
    # retranslateUi

