# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'monthly_requests_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MonthlyRequestsDialog(object):
    def setupUi(self, MonthlyRequestsDialog):
        if not MonthlyRequestsDialog.objectName():
            MonthlyRequestsDialog.setObjectName(u"MonthlyRequestsDialog")
        MonthlyRequestsDialog.resize(460, 220)
        self.dialog_layout = QVBoxLayout(MonthlyRequestsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(MonthlyRequestsDialog)
        self.intro_label.setObjectName(u"intro_label")

        self.dialog_layout.addWidget(self.intro_label)

        self.month_layout = QHBoxLayout()
        self.month_layout.setObjectName(u"month_layout")
        self.month_label = QLabel(MonthlyRequestsDialog)
        self.month_label.setObjectName(u"month_label")

        self.month_layout.addWidget(self.month_label)

        self.month_combo = QComboBox(MonthlyRequestsDialog)
        self.month_combo.setObjectName(u"month_combo")

        self.month_layout.addWidget(self.month_combo)


        self.dialog_layout.addLayout(self.month_layout)

        self.figures_label = QLabel(MonthlyRequestsDialog)
        self.figures_label.setObjectName(u"figures_label")
        self.figures_label.setText(u"")
        self.figures_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.figures_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(MonthlyRequestsDialog)
        self.print_button.setObjectName(u"print_button")

        self.buttons_layout.addWidget(self.print_button)

        self.workbook_button = QPushButton(MonthlyRequestsDialog)
        self.workbook_button.setObjectName(u"workbook_button")

        self.buttons_layout.addWidget(self.workbook_button)

        self.button_box = QDialogButtonBox(MonthlyRequestsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month_combo, self.print_button)
        QWidget.setTabOrder(self.print_button, self.workbook_button)

        self.retranslateUi(MonthlyRequestsDialog)

        QMetaObject.connectSlotsByName(MonthlyRequestsDialog)
    # setupUi

    def retranslateUi(self, MonthlyRequestsDialog):
        MonthlyRequestsDialog.setWindowTitle(QCoreApplication.translate("MonthlyRequestsDialog", u"Monthly summary", None))
        self.intro_label.setText(QCoreApplication.translate("MonthlyRequestsDialog", u"The month's requests with their counts, rates and a chart (\u6708\u5ea6\u6295\u8bc9\u4e00\u89c8\u8868).", None))
        self.month_label.setText(QCoreApplication.translate("MonthlyRequestsDialog", u"&Month", None))
        self.print_button.setText(QCoreApplication.translate("MonthlyRequestsDialog", u"&Print\u2026", None))
        self.workbook_button.setText(QCoreApplication.translate("MonthlyRequestsDialog", u"Save as &Excel\u2026", None))
    # retranslateUi

