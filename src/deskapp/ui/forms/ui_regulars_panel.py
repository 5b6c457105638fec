# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'regulars_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RegularsPanel(object):
    def setupUi(self, RegularsPanel):
        if not RegularsPanel.objectName():
            RegularsPanel.setObjectName(u"RegularsPanel")
        RegularsPanel.resize(360, 200)
        self.regulars_layout = QVBoxLayout(RegularsPanel)
        self.regulars_layout.setObjectName(u"regulars_layout")
        self.regulars_layout.setContentsMargins(0, 0, 0, 0)
        self.regulars_title = QLabel(RegularsPanel)
        self.regulars_title.setObjectName(u"regulars_title")

        self.regulars_layout.addWidget(self.regulars_title)

        self.regulars_list = QListWidget(RegularsPanel)
        self.regulars_list.setObjectName(u"regulars_list")
        self.regulars_list.setMaximumSize(QSize(16777215, 120))

        self.regulars_layout.addWidget(self.regulars_list)

        self.quick_check_in_button = QPushButton(RegularsPanel)
        self.quick_check_in_button.setObjectName(u"quick_check_in_button")

        self.regulars_layout.addWidget(self.quick_check_in_button)

        QWidget.setTabOrder(self.regulars_list, self.quick_check_in_button)

        self.retranslateUi(RegularsPanel)

        QMetaObject.connectSlotsByName(RegularsPanel)
    # setupUi

    def retranslateUi(self, RegularsPanel):
        self.regulars_title.setText(QCoreApplication.translate("RegularsPanel", u"Regulars exempt from registration", None))
        self.quick_check_in_button.setText(QCoreApplication.translate("RegularsPanel", u"&Quick check-in of the selected regular (F9)", None))
        pass
    # retranslateUi

