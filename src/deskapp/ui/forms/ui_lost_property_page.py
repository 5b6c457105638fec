# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lost_property_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_LostPropertyPage(object):
    def setupUi(self, LostPropertyPage):
        if not LostPropertyPage.objectName():
            LostPropertyPage.setObjectName(u"LostPropertyPage")
        LostPropertyPage.resize(1260, 720)
        self.page_layout = QVBoxLayout(LostPropertyPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_banner = QLabel(LostPropertyPage)
        self.attention_banner.setObjectName(u"attention_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attention_banner.sizePolicy().hasHeightForWidth())
        self.attention_banner.setSizePolicy(sizePolicy)
        self.attention_banner.setText(u"")
        self.attention_banner.setWordWrap(True)

        self.page_layout.addWidget(self.attention_banner)

        self.main_splitter = QSplitter(LostPropertyPage)
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
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.history_host.sizePolicy().hasHeightForWidth())
        self.history_host.setSizePolicy(sizePolicy1)

        self.list_layout.addWidget(self.history_host)

        self.action_bar = QWidget(self.list_panel)
        self.action_bar.setObjectName(u"action_bar")
        self.action_bar_layout = QHBoxLayout(self.action_bar)
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.action_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.record_button = QPushButton(self.action_bar)
        self.record_button.setObjectName(u"record_button")

        self.action_bar_layout.addWidget(self.record_button)

        self.claim_button = QPushButton(self.action_bar)
        self.claim_button.setObjectName(u"claim_button")

        self.action_bar_layout.addWidget(self.claim_button)

        self.police_button = QPushButton(self.action_bar)
        self.police_button.setObjectName(u"police_button")

        self.action_bar_layout.addWidget(self.police_button)

        self.notice_button = QPushButton(self.action_bar)
        self.notice_button.setObjectName(u"notice_button")

        self.action_bar_layout.addWidget(self.notice_button)

        self.slip_button = QPushButton(self.action_bar)
        self.slip_button.setObjectName(u"slip_button")

        self.action_bar_layout.addWidget(self.slip_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.list_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.list_panel)
        self.detail_panel = QWidget(self.main_splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.detail_panel)
        self.detail_title.setObjectName(u"detail_title")
        self.detail_title.setText(u"")
        self.detail_title.setWordWrap(True)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.detail_title.sizePolicy().hasHeightForWidth())
        self.detail_title.setSizePolicy(sizePolicy2)

        self.detail_layout.addWidget(self.detail_title)

        self.photo_label = QLabel(self.detail_panel)
        self.photo_label.setObjectName(u"photo_label")
        self.photo_label.setMinimumSize(QSize(0, 0))
        self.photo_label.setMaximumSize(QSize(16777215, 260))
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setText(u"")

        self.detail_layout.addWidget(self.photo_label)

        self.detail_browser = QTextBrowser(self.detail_panel)
        self.detail_browser.setObjectName(u"detail_browser")
        sizePolicy1.setHeightForWidth(self.detail_browser.sizePolicy().hasHeightForWidth())
        self.detail_browser.setSizePolicy(sizePolicy1)

        self.detail_layout.addWidget(self.detail_browser)

        self.main_splitter.addWidget(self.detail_panel)

        self.page_layout.addWidget(self.main_splitter)

        self.page_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.record_button, self.claim_button)
        QWidget.setTabOrder(self.claim_button, self.police_button)
        QWidget.setTabOrder(self.police_button, self.notice_button)
        QWidget.setTabOrder(self.notice_button, self.slip_button)
        QWidget.setTabOrder(self.slip_button, self.detail_browser)

        self.retranslateUi(LostPropertyPage)

        QMetaObject.connectSlotsByName(LostPropertyPage)
    # setupUi

    def retranslateUi(self, LostPropertyPage):
        self.record_button.setText(QCoreApplication.translate("LostPropertyPage", u"Record a found item\u2026 (F5)", None))
        self.claim_button.setText(QCoreApplication.translate("LostPropertyPage", u"Claim\u2026 (F6)", None))
        self.police_button.setText(QCoreApplication.translate("LostPropertyPage", u"Hand to the police\u2026 (F7)", None))
        self.notice_button.setText(QCoreApplication.translate("LostPropertyPage", u"Print the notice (Ctrl+P)", None))
        self.slip_button.setText(QCoreApplication.translate("LostPropertyPage", u"Print the &slip", None))
        pass
    # retranslateUi

