# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_custody_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_KeyCustodyTab(object):
    def setupUi(self, KeyCustodyTab):
        if not KeyCustodyTab.objectName():
            KeyCustodyTab.setObjectName(u"KeyCustodyTab")
        KeyCustodyTab.resize(1260, 720)
        self.tab_layout = QVBoxLayout(KeyCustodyTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_banner = QLabel(KeyCustodyTab)
        self.attention_banner.setObjectName(u"attention_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attention_banner.sizePolicy().hasHeightForWidth())
        self.attention_banner.setSizePolicy(sizePolicy)
        self.attention_banner.setText(u"")
        self.attention_banner.setWordWrap(True)

        self.tab_layout.addWidget(self.attention_banner)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.tag_label = QLabel(KeyCustodyTab)
        self.tag_label.setObjectName(u"tag_label")

        self.scan_layout.addWidget(self.tag_label)

        self.tag_edit = QLineEdit(KeyCustodyTab)
        self.tag_edit.setObjectName(u"tag_edit")
        self.tag_edit.setMaxLength(40)
        self.tag_edit.setMinimumSize(QSize(220, 0))

        self.scan_layout.addWidget(self.tag_edit)

        self.tag_hint = QLabel(KeyCustodyTab)
        self.tag_hint.setObjectName(u"tag_hint")
        self.tag_hint.setText(u"")
        self.tag_hint.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.tag_hint.sizePolicy().hasHeightForWidth())
        self.tag_hint.setSizePolicy(sizePolicy1)

        self.scan_layout.addWidget(self.tag_hint)


        self.tab_layout.addLayout(self.scan_layout)

        self.main_splitter = QSplitter(KeyCustodyTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.board_panel = QWidget(self.main_splitter)
        self.board_panel.setObjectName(u"board_panel")
        self.board_layout = QVBoxLayout(self.board_panel)
        self.board_layout.setObjectName(u"board_layout")
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_title = QLabel(self.board_panel)
        self.board_title.setObjectName(u"board_title")
        self.board_title.setText(u"")

        self.board_layout.addWidget(self.board_title)

        self.board_host = QWidget(self.board_panel)
        self.board_host.setObjectName(u"board_host")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.board_host.sizePolicy().hasHeightForWidth())
        self.board_host.setSizePolicy(sizePolicy2)

        self.board_layout.addWidget(self.board_host)

        self.main_splitter.addWidget(self.board_panel)
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
        self.issue_button = QPushButton(self.action_bar)
        self.issue_button.setObjectName(u"issue_button")

        self.steps_layout.addWidget(self.issue_button)

        self.return_button = QPushButton(self.action_bar)
        self.return_button.setObjectName(u"return_button")

        self.steps_layout.addWidget(self.return_button)

        self.details_button = QPushButton(self.action_bar)
        self.details_button.setObjectName(u"details_button")

        self.steps_layout.addWidget(self.details_button)

        self.print_slip_button = QPushButton(self.action_bar)
        self.print_slip_button.setObjectName(u"print_slip_button")

        self.steps_layout.addWidget(self.print_slip_button)

        self.steps_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.steps_layout.addItem(self.steps_spacer)


        self.action_rows.addLayout(self.steps_layout)

        self.action_bar_layout = QHBoxLayout()
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.new_set_button = QPushButton(self.action_bar)
        self.new_set_button.setObjectName(u"new_set_button")

        self.action_bar_layout.addWidget(self.new_set_button)

        self.stocktake_button = QPushButton(self.action_bar)
        self.stocktake_button.setObjectName(u"stocktake_button")

        self.action_bar_layout.addWidget(self.stocktake_button)

        self.borrower_button = QPushButton(self.action_bar)
        self.borrower_button.setObjectName(u"borrower_button")

        self.action_bar_layout.addWidget(self.borrower_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.action_rows.addLayout(self.action_bar_layout)


        self.log_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.log_panel)

        self.tab_layout.addWidget(self.main_splitter)

        self.tab_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.tag_label.setBuddy(self.tag_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tag_edit, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.return_button)
        QWidget.setTabOrder(self.return_button, self.details_button)
        QWidget.setTabOrder(self.details_button, self.print_slip_button)
        QWidget.setTabOrder(self.print_slip_button, self.new_set_button)
        QWidget.setTabOrder(self.new_set_button, self.stocktake_button)
        QWidget.setTabOrder(self.stocktake_button, self.borrower_button)

        self.retranslateUi(KeyCustodyTab)

        QMetaObject.connectSlotsByName(KeyCustodyTab)
    # setupUi

    def retranslateUi(self, KeyCustodyTab):
        self.tag_label.setText(QCoreApplication.translate("KeyCustodyTab", u"&Tag or unit", None))
        self.issue_button.setText(QCoreApplication.translate("KeyCustodyTab", u"Issue keys\u2026 (F5)", None))
        self.return_button.setText(QCoreApplication.translate("KeyCustodyTab", u"Take back\u2026 (F6)", None))
        self.details_button.setText(QCoreApplication.translate("KeyCustodyTab", u"Key set (Enter)", None))
        self.print_slip_button.setText(QCoreApplication.translate("KeyCustodyTab", u"Print slip (Ctrl+P)", None))
        self.new_set_button.setText(QCoreApplication.translate("KeyCustodyTab", u"New key set\u2026 (Ctrl+N)", None))
        self.stocktake_button.setText(QCoreApplication.translate("KeyCustodyTab", u"Stoc&ktake\u2026", None))
        self.borrower_button.setText(QCoreApplication.translate("KeyCustodyTab", u"&Borrower's history\u2026", None))
        pass
    # retranslateUi

