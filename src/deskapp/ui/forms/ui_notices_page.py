# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notices_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_NoticesPage(object):
    def setupUi(self, NoticesPage):
        if not NoticesPage.objectName():
            NoticesPage.setObjectName(u"NoticesPage")
        NoticesPage.resize(1260, 720)
        self.page_layout = QVBoxLayout(NoticesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter = QSplitter(NoticesPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.main_splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.history_host = QWidget(self.list_panel)
        self.history_host.setObjectName(u"history_host")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.history_host.sizePolicy().hasHeightForWidth())
        self.history_host.setSizePolicy(sizePolicy)

        self.list_layout.addWidget(self.history_host)

        self.action_bar = QWidget(self.list_panel)
        self.action_bar.setObjectName(u"action_bar")
        self.action_bar_layout = QHBoxLayout(self.action_bar)
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.action_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.action_bar)
        self.new_button.setObjectName(u"new_button")

        self.action_bar_layout.addWidget(self.new_button)

        self.print_button = QPushButton(self.action_bar)
        self.print_button.setObjectName(u"print_button")

        self.action_bar_layout.addWidget(self.print_button)

        self.withdraw_button = QPushButton(self.action_bar)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.action_bar_layout.addWidget(self.withdraw_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.list_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.list_panel)
        self.preview_browser = QTextBrowser(self.main_splitter)
        self.preview_browser.setObjectName(u"preview_browser")
        self.main_splitter.addWidget(self.preview_browser)

        self.page_layout.addWidget(self.main_splitter)

        QWidget.setTabOrder(self.new_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.preview_browser)

        self.retranslateUi(NoticesPage)

        QMetaObject.connectSlotsByName(NoticesPage)
    # setupUi

    def retranslateUi(self, NoticesPage):
        self.new_button.setText(QCoreApplication.translate("NoticesPage", u"New notice\u2026 (F5)", None))
        self.print_button.setText(QCoreApplication.translate("NoticesPage", u"Print (Ctrl+P)", None))
        self.withdraw_button.setText(QCoreApplication.translate("NoticesPage", u"Wi&thdraw\u2026", None))
        pass
    # retranslateUi

