# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_log_tab.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_CallLogTab(object):
    def setupUi(self, CallLogTab):
        if not CallLogTab.objectName():
            CallLogTab.setObjectName(u"CallLogTab")
        CallLogTab.resize(1260, 720)
        self.tab_layout = QVBoxLayout(CallLogTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.review_banner = QLabel(CallLogTab)
        self.review_banner.setObjectName(u"review_banner")
        self.review_banner.setText(u"")
        self.review_banner.setWordWrap(True)

        self.tab_layout.addWidget(self.review_banner)

        self.main_splitter = QSplitter(CallLogTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.form_scroll = QScrollArea(self.main_splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setMinimumSize(QSize(300, 0))
        self.left_panel = QWidget()
        self.left_panel.setObjectName(u"left_panel")
        self.left_layout = QVBoxLayout(self.left_panel)
        self.left_layout.setObjectName(u"left_layout")
        self.form_host = QWidget(self.left_panel)
        self.form_host.setObjectName(u"form_host")

        self.left_layout.addWidget(self.form_host)

        self.lookup_label = QLabel(self.left_panel)
        self.lookup_label.setObjectName(u"lookup_label")

        self.left_layout.addWidget(self.lookup_label)

        self.lookup_edit = QLineEdit(self.left_panel)
        self.lookup_edit.setObjectName(u"lookup_edit")
        self.lookup_edit.setClearButtonEnabled(True)

        self.left_layout.addWidget(self.lookup_edit)

        self.lookup_list = QListWidget(self.left_panel)
        self.lookup_list.setObjectName(u"lookup_list")
        self.lookup_list.setMaximumSize(QSize(16777215, 150))

        self.left_layout.addWidget(self.lookup_list)

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
        self.action_bar_layout = QHBoxLayout(self.action_bar)
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.action_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.deliver_button = QPushButton(self.action_bar)
        self.deliver_button.setObjectName(u"deliver_button")

        self.action_bar_layout.addWidget(self.deliver_button)

        self.call_back_button = QPushButton(self.action_bar)
        self.call_back_button.setObjectName(u"call_back_button")

        self.action_bar_layout.addWidget(self.call_back_button)

        self.callback_done_button = QPushButton(self.action_bar)
        self.callback_done_button.setObjectName(u"callback_done_button")

        self.action_bar_layout.addWidget(self.callback_done_button)

        self.request_button = QPushButton(self.action_bar)
        self.request_button.setObjectName(u"request_button")

        self.action_bar_layout.addWidget(self.request_button)

        self.print_slip_button = QPushButton(self.action_bar)
        self.print_slip_button.setObjectName(u"print_slip_button")

        self.action_bar_layout.addWidget(self.print_slip_button)

        self.phone_book_button = QPushButton(self.action_bar)
        self.phone_book_button.setObjectName(u"phone_book_button")

        self.action_bar_layout.addWidget(self.phone_book_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.log_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.log_panel)

        self.tab_layout.addWidget(self.main_splitter)

#if QT_CONFIG(shortcut)
        self.lookup_label.setBuddy(self.lookup_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lookup_edit, self.lookup_list)
        QWidget.setTabOrder(self.lookup_list, self.deliver_button)
        QWidget.setTabOrder(self.deliver_button, self.call_back_button)
        QWidget.setTabOrder(self.call_back_button, self.callback_done_button)
        QWidget.setTabOrder(self.callback_done_button, self.request_button)
        QWidget.setTabOrder(self.request_button, self.print_slip_button)
        QWidget.setTabOrder(self.print_slip_button, self.phone_book_button)

        self.retranslateUi(CallLogTab)

        QMetaObject.connectSlotsByName(CallLogTab)
    # setupUi

    def retranslateUi(self, CallLogTab):
        self.lookup_label.setText(QCoreApplication.translate("CallLogTab", u"&Look up a number", None))
        self.deliver_button.setText(QCoreApplication.translate("CallLogTab", u"Message passed on\u2026 (F7)", None))
        self.call_back_button.setText(QCoreApplication.translate("CallLogTab", u"Call back now (F8)", None))
        self.callback_done_button.setText(QCoreApplication.translate("CallLogTab", u"Callback made\u2026", None))
        self.request_button.setText(QCoreApplication.translate("CallLogTab", u"Make it a request (Ctrl+R)", None))
        self.print_slip_button.setText(QCoreApplication.translate("CallLogTab", u"Print message slip (Ctrl+P)", None))
        self.phone_book_button.setText(QCoreApplication.translate("CallLogTab", u"Phone director&y\u2026", None))
        pass
    # retranslateUi

