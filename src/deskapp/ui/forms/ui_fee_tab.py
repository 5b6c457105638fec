# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FeeTab(object):
    def setupUi(self, FeeTab):
        if not FeeTab.objectName():
            FeeTab.setObjectName(u"FeeTab")
        FeeTab.resize(1260, 720)
        self.tab_layout = QVBoxLayout(FeeTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_banner = QLabel(FeeTab)
        self.attention_banner.setObjectName(u"attention_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attention_banner.sizePolicy().hasHeightForWidth())
        self.attention_banner.setSizePolicy(sizePolicy)
        self.attention_banner.setText(u"")
        self.attention_banner.setWordWrap(True)

        self.tab_layout.addWidget(self.attention_banner)

        self.unit_layout = QHBoxLayout()
        self.unit_layout.setObjectName(u"unit_layout")
        self.unit_label = QLabel(FeeTab)
        self.unit_label.setObjectName(u"unit_label")

        self.unit_layout.addWidget(self.unit_label)

        self.unit_edit = QLineEdit(FeeTab)
        self.unit_edit.setObjectName(u"unit_edit")
        self.unit_edit.setMaxLength(60)
        self.unit_edit.setMinimumSize(QSize(220, 0))

        self.unit_layout.addWidget(self.unit_edit)

        self.unit_hint = QLabel(FeeTab)
        self.unit_hint.setObjectName(u"unit_hint")
        self.unit_hint.setText(u"")
        self.unit_hint.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.unit_hint.sizePolicy().hasHeightForWidth())
        self.unit_hint.setSizePolicy(sizePolicy1)

        self.unit_layout.addWidget(self.unit_hint)


        self.tab_layout.addLayout(self.unit_layout)

        self.main_splitter = QSplitter(FeeTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.unit_panel = QWidget(self.main_splitter)
        self.unit_panel.setObjectName(u"unit_panel")
        self.unit_panel_layout = QVBoxLayout(self.unit_panel)
        self.unit_panel_layout.setObjectName(u"unit_panel_layout")
        self.unit_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.unit_title = QLabel(self.unit_panel)
        self.unit_title.setObjectName(u"unit_title")
        self.unit_title.setText(u"")
        self.unit_title.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.unit_title.sizePolicy().hasHeightForWidth())
        self.unit_title.setSizePolicy(sizePolicy)

        self.unit_panel_layout.addWidget(self.unit_title)

        self.charges_table = QTableWidget(self.unit_panel)
        self.charges_table.setObjectName(u"charges_table")
        self.charges_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.charges_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.charges_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.charges_table.sizePolicy().hasHeightForWidth())
        self.charges_table.setSizePolicy(sizePolicy2)

        self.unit_panel_layout.addWidget(self.charges_table)

        self.charges_total = QLabel(self.unit_panel)
        self.charges_total.setObjectName(u"charges_total")
        self.charges_total.setText(u"")
        self.charges_total.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.charges_total.sizePolicy().hasHeightForWidth())
        self.charges_total.setSizePolicy(sizePolicy)

        self.unit_panel_layout.addWidget(self.charges_total)

        self.main_splitter.addWidget(self.unit_panel)
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
        self.pay_button = QPushButton(self.action_bar)
        self.pay_button.setObjectName(u"pay_button")

        self.steps_layout.addWidget(self.pay_button)

        self.deposit_button = QPushButton(self.action_bar)
        self.deposit_button.setObjectName(u"deposit_button")

        self.steps_layout.addWidget(self.deposit_button)

        self.sale_button = QPushButton(self.action_bar)
        self.sale_button.setObjectName(u"sale_button")

        self.steps_layout.addWidget(self.sale_button)

        self.receipt_button = QPushButton(self.action_bar)
        self.receipt_button.setObjectName(u"receipt_button")

        self.steps_layout.addWidget(self.receipt_button)

        self.print_button = QPushButton(self.action_bar)
        self.print_button.setObjectName(u"print_button")

        self.steps_layout.addWidget(self.print_button)

        self.steps_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.steps_layout.addItem(self.steps_spacer)


        self.action_rows.addLayout(self.steps_layout)

        self.action_bar_layout = QHBoxLayout()
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.refund_button = QPushButton(self.action_bar)
        self.refund_button.setObjectName(u"refund_button")

        self.action_bar_layout.addWidget(self.refund_button)

        self.handover_button = QPushButton(self.action_bar)
        self.handover_button.setObjectName(u"handover_button")

        self.action_bar_layout.addWidget(self.handover_button)

        self.waive_button = QPushButton(self.action_bar)
        self.waive_button.setObjectName(u"waive_button")

        self.action_bar_layout.addWidget(self.waive_button)

        self.void_charge_button = QPushButton(self.action_bar)
        self.void_charge_button.setObjectName(u"void_charge_button")

        self.action_bar_layout.addWidget(self.void_charge_button)

        self.ledger_button = QPushButton(self.action_bar)
        self.ledger_button.setObjectName(u"ledger_button")

        self.action_bar_layout.addWidget(self.ledger_button)

        self.notice_button = QPushButton(self.action_bar)
        self.notice_button.setObjectName(u"notice_button")

        self.action_bar_layout.addWidget(self.notice_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.action_rows.addLayout(self.action_bar_layout)


        self.log_layout.addWidget(self.action_bar)

        self.main_splitter.addWidget(self.log_panel)

        self.tab_layout.addWidget(self.main_splitter)

        self.tab_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.unit_label.setBuddy(self.unit_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_edit, self.charges_table)
        QWidget.setTabOrder(self.charges_table, self.pay_button)
        QWidget.setTabOrder(self.pay_button, self.deposit_button)
        QWidget.setTabOrder(self.deposit_button, self.sale_button)
        QWidget.setTabOrder(self.sale_button, self.receipt_button)
        QWidget.setTabOrder(self.receipt_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.refund_button)
        QWidget.setTabOrder(self.refund_button, self.handover_button)
        QWidget.setTabOrder(self.handover_button, self.waive_button)
        QWidget.setTabOrder(self.waive_button, self.void_charge_button)
        QWidget.setTabOrder(self.void_charge_button, self.ledger_button)
        QWidget.setTabOrder(self.ledger_button, self.notice_button)

        self.retranslateUi(FeeTab)

        QMetaObject.connectSlotsByName(FeeTab)
    # setupUi

    def retranslateUi(self, FeeTab):
        self.unit_label.setText(QCoreApplication.translate("FeeTab", u"&Unit", None))
        self.pay_button.setText(QCoreApplication.translate("FeeTab", u"Take payment\u2026 (F5)", None))
        self.deposit_button.setText(QCoreApplication.translate("FeeTab", u"Deposit\u2026 (F7)", None))
        self.sale_button.setText(QCoreApplication.translate("FeeTab", u"Business services\u2026 (F8)", None))
        self.receipt_button.setText(QCoreApplication.translate("FeeTab", u"Receipt (Enter)", None))
        self.print_button.setText(QCoreApplication.translate("FeeTab", u"Reprint (Ctrl+P)", None))
        self.refund_button.setText(QCoreApplication.translate("FeeTab", u"Refun&d a deposit\u2026", None))
        self.handover_button.setText(QCoreApplication.translate("FeeTab", u"Hand over the da&y\u2026", None))
        self.waive_button.setText(QCoreApplication.translate("FeeTab", u"W&aive\u2026", None))
        self.void_charge_button.setText(QCoreApplication.translate("FeeTab", u"Void the &bill\u2026", None))
        self.ledger_button.setText(QCoreApplication.translate("FeeTab", u"&Ledger and dunning\u2026 (F9)", None))
        self.notice_button.setText(QCoreApplication.translate("FeeTab", u"Payment n&otice", None))
        pass
    # retranslateUi

