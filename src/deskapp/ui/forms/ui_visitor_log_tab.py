# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitor_log_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_VisitorLogTab(object):
    def setupUi(self, VisitorLogTab):
        if not VisitorLogTab.objectName():
            VisitorLogTab.setObjectName(u"VisitorLogTab")
        VisitorLogTab.resize(1260, 720)
        self.tab_layout = QHBoxLayout(VisitorLogTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter = QSplitter(VisitorLogTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.check_in_scroll = QScrollArea(self.main_splitter)
        self.check_in_scroll.setObjectName(u"check_in_scroll")
        self.check_in_scroll.setWidgetResizable(True)
        self.check_in_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.check_in_scroll.setMinimumSize(QSize(300, 0))
        self.left_panel = QWidget()
        self.left_panel.setObjectName(u"left_panel")
        self.left_layout = QVBoxLayout(self.left_panel)
        self.left_layout.setObjectName(u"left_layout")
        self.check_in_host = QWidget(self.left_panel)
        self.check_in_host.setObjectName(u"check_in_host")

        self.left_layout.addWidget(self.check_in_host)

        self.expected_host = QWidget(self.left_panel)
        self.expected_host.setObjectName(u"expected_host")

        self.left_layout.addWidget(self.expected_host)

        self.regulars_host = QWidget(self.left_panel)
        self.regulars_host.setObjectName(u"regulars_host")

        self.left_layout.addWidget(self.regulars_host)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)

        self.check_in_scroll.setWidget(self.left_panel)
        self.main_splitter.addWidget(self.check_in_scroll)
        self.log_panel = QWidget(self.main_splitter)
        self.log_panel.setObjectName(u"log_panel")
        self.log_layout = QVBoxLayout(self.log_panel)
        self.log_layout.setObjectName(u"log_layout")
        self.log_layout.setContentsMargins(0, 0, 0, 0)
        self.history_host = QWidget(self.log_panel)
        self.history_host.setObjectName(u"history_host")

        self.log_layout.addWidget(self.history_host)

        self.action_bar = QWidget(self.log_panel)
        self.action_bar.setObjectName(u"action_bar")
        self.action_bar_layout = QHBoxLayout(self.action_bar)
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.action_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.check_out_edit = QLineEdit(self.action_bar)
        self.check_out_edit.setObjectName(u"check_out_edit")
        self.check_out_edit.setMinimumSize(QSize(220, 0))
        self.check_out_edit.setMaximumSize(QSize(260, 16777215))

        self.action_bar_layout.addWidget(self.check_out_edit)

        self.check_out_button = QPushButton(self.action_bar)
        self.check_out_button.setObjectName(u"check_out_button")

        self.action_bar_layout.addWidget(self.check_out_button)

        self.host_response_button = QPushButton(self.action_bar)
        self.host_response_button.setObjectName(u"host_response_button")

        self.action_bar_layout.addWidget(self.host_response_button)

        self.print_pass_button = QPushButton(self.action_bar)
        self.print_pass_button.setObjectName(u"print_pass_button")

        self.action_bar_layout.addWidget(self.print_pass_button)

        self.exempt_button = QPushButton(self.action_bar)
        self.exempt_button.setObjectName(u"exempt_button")

        self.action_bar_layout.addWidget(self.exempt_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.log_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.log_panel)

        self.tab_layout.addWidget(self.main_splitter)

        QWidget.setTabOrder(self.check_out_edit, self.check_out_button)
        QWidget.setTabOrder(self.check_out_button, self.host_response_button)
        QWidget.setTabOrder(self.host_response_button, self.print_pass_button)
        QWidget.setTabOrder(self.print_pass_button, self.exempt_button)

        self.retranslateUi(VisitorLogTab)

        QMetaObject.connectSlotsByName(VisitorLogTab)
    # setupUi

    def retranslateUi(self, VisitorLogTab):
        self.check_out_edit.setPlaceholderText(QCoreApplication.translate("VisitorLogTab", u"Pass number (25 for today's -0025) or scan", None))
        self.check_out_button.setText(QCoreApplication.translate("VisitorLogTab", u"Check out (F4)", None))
        self.host_response_button.setText(QCoreApplication.translate("VisitorLogTab", u"Host response\u2026 (F6)", None))
        self.print_pass_button.setText(QCoreApplication.translate("VisitorLogTab", u"Print pass (Ctrl+P)", None))
        self.exempt_button.setText(QCoreApplication.translate("VisitorLogTab", u"Mark as re&gular", None))
        pass
    # retranslateUi

