# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_log_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_RequestLogTab(object):
    def setupUi(self, RequestLogTab):
        if not RequestLogTab.objectName():
            RequestLogTab.setObjectName(u"RequestLogTab")
        RequestLogTab.resize(1260, 720)
        self.tab_layout = QVBoxLayout(RequestLogTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_banner = QLabel(RequestLogTab)
        self.attention_banner.setObjectName(u"attention_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attention_banner.sizePolicy().hasHeightForWidth())
        self.attention_banner.setSizePolicy(sizePolicy)
        self.attention_banner.setText(u"")
        self.attention_banner.setWordWrap(True)

        self.tab_layout.addWidget(self.attention_banner)

        self.main_splitter = QSplitter(RequestLogTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.form_scroll = QScrollArea(self.main_splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setMinimumSize(QSize(320, 0))
        self.left_panel = QWidget()
        self.left_panel.setObjectName(u"left_panel")
        self.left_layout = QVBoxLayout(self.left_panel)
        self.left_layout.setObjectName(u"left_layout")
        self.form_host = QWidget(self.left_panel)
        self.form_host.setObjectName(u"form_host")

        self.left_layout.addWidget(self.form_host)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)

        self.form_scroll.setWidget(self.left_panel)
        self.main_splitter.addWidget(self.form_scroll)
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
        self.action_rows = QVBoxLayout(self.action_bar)
        self.action_rows.setObjectName(u"action_rows")
        self.action_rows.setContentsMargins(0, 0, 0, 0)
        self.steps_layout = QHBoxLayout()
        self.steps_layout.setObjectName(u"steps_layout")
        self.dispatch_button = QPushButton(self.action_bar)
        self.dispatch_button.setObjectName(u"dispatch_button")

        self.steps_layout.addWidget(self.dispatch_button)

        self.progress_button = QPushButton(self.action_bar)
        self.progress_button.setObjectName(u"progress_button")

        self.steps_layout.addWidget(self.progress_button)

        self.resolve_button = QPushButton(self.action_bar)
        self.resolve_button.setObjectName(u"resolve_button")

        self.steps_layout.addWidget(self.resolve_button)

        self.pause_button = QPushButton(self.action_bar)
        self.pause_button.setObjectName(u"pause_button")

        self.steps_layout.addWidget(self.pause_button)

        self.revisit_button = QPushButton(self.action_bar)
        self.revisit_button.setObjectName(u"revisit_button")

        self.steps_layout.addWidget(self.revisit_button)

        self.close_button = QPushButton(self.action_bar)
        self.close_button.setObjectName(u"close_button")

        self.steps_layout.addWidget(self.close_button)

        self.steps_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.steps_layout.addItem(self.steps_spacer)


        self.action_rows.addLayout(self.steps_layout)

        self.action_bar_layout = QHBoxLayout()
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.details_button = QPushButton(self.action_bar)
        self.details_button.setObjectName(u"details_button")

        self.action_bar_layout.addWidget(self.details_button)

        self.severity_button = QPushButton(self.action_bar)
        self.severity_button.setObjectName(u"severity_button")

        self.action_bar_layout.addWidget(self.severity_button)

        self.print_form_button = QPushButton(self.action_bar)
        self.print_form_button.setObjectName(u"print_form_button")

        self.action_bar_layout.addWidget(self.print_form_button)

        self.review_button = QPushButton(self.action_bar)
        self.review_button.setObjectName(u"review_button")

        self.action_bar_layout.addWidget(self.review_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.action_rows.addLayout(self.action_bar_layout)


        self.log_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.log_panel)

        self.tab_layout.addWidget(self.main_splitter)

        QWidget.setTabOrder(self.dispatch_button, self.progress_button)
        QWidget.setTabOrder(self.progress_button, self.resolve_button)
        QWidget.setTabOrder(self.resolve_button, self.pause_button)
        QWidget.setTabOrder(self.pause_button, self.revisit_button)
        QWidget.setTabOrder(self.revisit_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.details_button)
        QWidget.setTabOrder(self.details_button, self.severity_button)
        QWidget.setTabOrder(self.severity_button, self.print_form_button)
        QWidget.setTabOrder(self.print_form_button, self.review_button)

        self.retranslateUi(RequestLogTab)

        QMetaObject.connectSlotsByName(RequestLogTab)
    # setupUi

    def retranslateUi(self, RequestLogTab):
        self.dispatch_button.setText(QCoreApplication.translate("RequestLogTab", u"Dispatch\u2026 (F5)", None))
        self.progress_button.setText(QCoreApplication.translate("RequestLogTab", u"Progress\u2026 (F6)", None))
        self.resolve_button.setText(QCoreApplication.translate("RequestLogTab", u"Resolved\u2026 (F7)", None))
        self.pause_button.setText(QCoreApplication.translate("RequestLogTab", u"Waiting on customer (F8)", None))
        self.revisit_button.setText(QCoreApplication.translate("RequestLogTab", u"Revisit\u2026 (F9)", None))
        self.close_button.setText(QCoreApplication.translate("RequestLogTab", u"Close\u2026", None))
        self.details_button.setText(QCoreApplication.translate("RequestLogTab", u"Details (Enter)", None))
        self.severity_button.setText(QCoreApplication.translate("RequestLogTab", u"Change severity\u2026 (F4)", None))
        self.print_form_button.setText(QCoreApplication.translate("RequestLogTab", u"Print form (Ctrl+P)", None))
        self.review_button.setText(QCoreApplication.translate("RequestLogTab", u"Review &before closing\u2026", None))
        pass
    # retranslateUi

