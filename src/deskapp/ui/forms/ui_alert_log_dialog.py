# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'alert_log_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AlertLogDialog(object):
    def setupUi(self, AlertLogDialog):
        if not AlertLogDialog.objectName():
            AlertLogDialog.setObjectName(u"AlertLogDialog")
        AlertLogDialog.resize(960, 520)
        self.dialog_layout = QVBoxLayout(AlertLogDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AlertLogDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.alerts_table = QTableWidget(AlertLogDialog)
        self.alerts_table.setObjectName(u"alerts_table")
        self.alerts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alerts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alerts_table.setAlternatingRowColors(True)
        self.alerts_table.setWordWrap(False)

        self.dialog_layout.addWidget(self.alerts_table)

        self.button_box = QDialogButtonBox(AlertLogDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(AlertLogDialog)

        QMetaObject.connectSlotsByName(AlertLogDialog)
    # setupUi

    def retranslateUi(self, AlertLogDialog):
        AlertLogDialog.setWindowTitle(QCoreApplication.translate("AlertLogDialog", u"Alert log", None))
        self.intro_label.setText(QCoreApplication.translate("AlertLogDialog", u"Every deny-list and watch-list match at check-in, and what was done. For the manager's review; ID numbers are masked.", None))
    # retranslateUi

