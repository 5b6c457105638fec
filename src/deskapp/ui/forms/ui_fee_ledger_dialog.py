# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_ledger_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FeeLedgerDialog(object):
    def setupUi(self, FeeLedgerDialog):
        if not FeeLedgerDialog.objectName():
            FeeLedgerDialog.setObjectName(u"FeeLedgerDialog")
        FeeLedgerDialog.resize(980, 660)
        self.dialog_layout = QVBoxLayout(FeeLedgerDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.unit_title = QLabel(FeeLedgerDialog)
        self.unit_title.setObjectName(u"unit_title")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unit_title.sizePolicy().hasHeightForWidth())
        self.unit_title.setSizePolicy(sizePolicy)
        self.unit_title.setText(u"")
        self.unit_title.setWordWrap(True)

        self.dialog_layout.addWidget(self.unit_title)

        self.figures_layout = QHBoxLayout()
        self.figures_layout.setObjectName(u"figures_layout")
        self.totals_group = QGroupBox(FeeLedgerDialog)
        self.totals_group.setObjectName(u"totals_group")
        self.totals_grid = QGridLayout(self.totals_group)
        self.totals_grid.setObjectName(u"totals_grid")
        self.totals_grid.setHorizontalSpacing(18)
        self.billed_heading = QLabel(self.totals_group)
        self.billed_heading.setObjectName(u"billed_heading")

        self.totals_grid.addWidget(self.billed_heading, 0, 0, 1, 1)

        self.paid_heading = QLabel(self.totals_group)
        self.paid_heading.setObjectName(u"paid_heading")

        self.totals_grid.addWidget(self.paid_heading, 0, 1, 1, 1)

        self.waived_heading = QLabel(self.totals_group)
        self.waived_heading.setObjectName(u"waived_heading")

        self.totals_grid.addWidget(self.waived_heading, 0, 2, 1, 1)

        self.owed_heading = QLabel(self.totals_group)
        self.owed_heading.setObjectName(u"owed_heading")

        self.totals_grid.addWidget(self.owed_heading, 0, 3, 1, 1)

        self.credit_heading = QLabel(self.totals_group)
        self.credit_heading.setObjectName(u"credit_heading")

        self.totals_grid.addWidget(self.credit_heading, 0, 4, 1, 1)

        self.net_heading = QLabel(self.totals_group)
        self.net_heading.setObjectName(u"net_heading")

        self.totals_grid.addWidget(self.net_heading, 0, 5, 1, 1)

        self.billed_value = QLabel(self.totals_group)
        self.billed_value.setObjectName(u"billed_value")
        self.billed_value.setText(u"")

        self.totals_grid.addWidget(self.billed_value, 1, 0, 1, 1)

        self.paid_value = QLabel(self.totals_group)
        self.paid_value.setObjectName(u"paid_value")
        self.paid_value.setText(u"")

        self.totals_grid.addWidget(self.paid_value, 1, 1, 1, 1)

        self.waived_value = QLabel(self.totals_group)
        self.waived_value.setObjectName(u"waived_value")
        self.waived_value.setText(u"")

        self.totals_grid.addWidget(self.waived_value, 1, 2, 1, 1)

        self.owed_value = QLabel(self.totals_group)
        self.owed_value.setObjectName(u"owed_value")
        self.owed_value.setText(u"")

        self.totals_grid.addWidget(self.owed_value, 1, 3, 1, 1)

        self.credit_value = QLabel(self.totals_group)
        self.credit_value.setObjectName(u"credit_value")
        self.credit_value.setText(u"")

        self.totals_grid.addWidget(self.credit_value, 1, 4, 1, 1)

        self.net_value = QLabel(self.totals_group)
        self.net_value.setObjectName(u"net_value")
        self.net_value.setText(u"")

        self.totals_grid.addWidget(self.net_value, 1, 5, 1, 1)


        self.figures_layout.addWidget(self.totals_group)

        self.ageing_group = QGroupBox(FeeLedgerDialog)
        self.ageing_group.setObjectName(u"ageing_group")
        self.ageing_group.setTitle(u"")
        self.ageing_grid = QGridLayout(self.ageing_group)
        self.ageing_grid.setObjectName(u"ageing_grid")
        self.ageing_grid.setHorizontalSpacing(18)
        self.age0_heading = QLabel(self.ageing_group)
        self.age0_heading.setObjectName(u"age0_heading")
        self.age0_heading.setText(u"")

        self.ageing_grid.addWidget(self.age0_heading, 0, 0, 1, 1)

        self.age1_heading = QLabel(self.ageing_group)
        self.age1_heading.setObjectName(u"age1_heading")
        self.age1_heading.setText(u"")

        self.ageing_grid.addWidget(self.age1_heading, 0, 1, 1, 1)

        self.age2_heading = QLabel(self.ageing_group)
        self.age2_heading.setObjectName(u"age2_heading")
        self.age2_heading.setText(u"")

        self.ageing_grid.addWidget(self.age2_heading, 0, 2, 1, 1)

        self.age3_heading = QLabel(self.ageing_group)
        self.age3_heading.setObjectName(u"age3_heading")
        self.age3_heading.setText(u"")

        self.ageing_grid.addWidget(self.age3_heading, 0, 3, 1, 1)

        self.due_soon_heading = QLabel(self.ageing_group)
        self.due_soon_heading.setObjectName(u"due_soon_heading")

        self.ageing_grid.addWidget(self.due_soon_heading, 0, 4, 1, 1)

        self.age0_value = QLabel(self.ageing_group)
        self.age0_value.setObjectName(u"age0_value")
        self.age0_value.setText(u"")

        self.ageing_grid.addWidget(self.age0_value, 1, 0, 1, 1)

        self.age1_value = QLabel(self.ageing_group)
        self.age1_value.setObjectName(u"age1_value")
        self.age1_value.setText(u"")

        self.ageing_grid.addWidget(self.age1_value, 1, 1, 1, 1)

        self.age2_value = QLabel(self.ageing_group)
        self.age2_value.setObjectName(u"age2_value")
        self.age2_value.setText(u"")

        self.ageing_grid.addWidget(self.age2_value, 1, 2, 1, 1)

        self.age3_value = QLabel(self.ageing_group)
        self.age3_value.setObjectName(u"age3_value")
        self.age3_value.setText(u"")

        self.ageing_grid.addWidget(self.age3_value, 1, 3, 1, 1)

        self.due_soon_value = QLabel(self.ageing_group)
        self.due_soon_value.setObjectName(u"due_soon_value")
        self.due_soon_value.setText(u"")

        self.ageing_grid.addWidget(self.due_soon_value, 1, 4, 1, 1)


        self.figures_layout.addWidget(self.ageing_group)

        self.figures_layout.setStretch(0, 6)
        self.figures_layout.setStretch(1, 5)

        self.dialog_layout.addLayout(self.figures_layout)

        self.pages = QTabWidget(FeeLedgerDialog)
        self.pages.setObjectName(u"pages")
        self.charges_page = QWidget()
        self.charges_page.setObjectName(u"charges_page")
        self.charges_layout = QVBoxLayout(self.charges_page)
        self.charges_layout.setObjectName(u"charges_layout")
        self.charges_table = QTableWidget(self.charges_page)
        self.charges_table.setObjectName(u"charges_table")
        self.charges_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.charges_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.charges_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.charges_layout.addWidget(self.charges_table)

        self.pages.addTab(self.charges_page, "")
        self.receipts_page = QWidget()
        self.receipts_page.setObjectName(u"receipts_page")
        self.receipts_layout = QVBoxLayout(self.receipts_page)
        self.receipts_layout.setObjectName(u"receipts_layout")
        self.receipts_heading = QLabel(self.receipts_page)
        self.receipts_heading.setObjectName(u"receipts_heading")

        self.receipts_layout.addWidget(self.receipts_heading)

        self.receipts_table = QTableWidget(self.receipts_page)
        self.receipts_table.setObjectName(u"receipts_table")
        self.receipts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receipts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.receipts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.receipts_layout.addWidget(self.receipts_table)

        self.waivers_heading = QLabel(self.receipts_page)
        self.waivers_heading.setObjectName(u"waivers_heading")

        self.receipts_layout.addWidget(self.waivers_heading)

        self.waivers_table = QTableWidget(self.receipts_page)
        self.waivers_table.setObjectName(u"waivers_table")
        self.waivers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waivers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waivers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.receipts_layout.addWidget(self.waivers_table)

        self.receipts_layout.setStretch(1, 3)
        self.receipts_layout.setStretch(3, 2)
        self.pages.addTab(self.receipts_page, "")
        self.contacts_page = QWidget()
        self.contacts_page.setObjectName(u"contacts_page")
        self.contacts_layout = QVBoxLayout(self.contacts_page)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_table = QTableWidget(self.contacts_page)
        self.contacts_table.setObjectName(u"contacts_table")
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.contacts_layout.addWidget(self.contacts_table)

        self.contacts_buttons = QHBoxLayout()
        self.contacts_buttons.setObjectName(u"contacts_buttons")
        self.contact_button = QPushButton(self.contacts_page)
        self.contact_button.setObjectName(u"contact_button")
        self.contact_button.setAutoDefault(False)

        self.contacts_buttons.addWidget(self.contact_button)

        self.contacts_hint = QLabel(self.contacts_page)
        self.contacts_hint.setObjectName(u"contacts_hint")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.contacts_hint.sizePolicy().hasHeightForWidth())
        self.contacts_hint.setSizePolicy(sizePolicy1)
        self.contacts_hint.setText(u"")
        self.contacts_hint.setWordWrap(True)

        self.contacts_buttons.addWidget(self.contacts_hint)


        self.contacts_layout.addLayout(self.contacts_buttons)

        self.pages.addTab(self.contacts_page, "")
        self.dunning_page = QWidget()
        self.dunning_page.setObjectName(u"dunning_page")
        self.dunning_layout = QVBoxLayout(self.dunning_page)
        self.dunning_layout.setObjectName(u"dunning_layout")
        self.notices_table = QTableWidget(self.dunning_page)
        self.notices_table.setObjectName(u"notices_table")
        self.notices_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notices_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notices_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dunning_layout.addWidget(self.notices_table)

        self.dunning_buttons = QHBoxLayout()
        self.dunning_buttons.setObjectName(u"dunning_buttons")
        self.issue_button = QPushButton(self.dunning_page)
        self.issue_button.setObjectName(u"issue_button")
        self.issue_button.setAutoDefault(False)

        self.dunning_buttons.addWidget(self.issue_button)

        self.delivery_button = QPushButton(self.dunning_page)
        self.delivery_button.setObjectName(u"delivery_button")
        self.delivery_button.setAutoDefault(False)

        self.dunning_buttons.addWidget(self.delivery_button)

        self.reprint_button = QPushButton(self.dunning_page)
        self.reprint_button.setObjectName(u"reprint_button")
        self.reprint_button.setAutoDefault(False)

        self.dunning_buttons.addWidget(self.reprint_button)

        self.dunning_hint = QLabel(self.dunning_page)
        self.dunning_hint.setObjectName(u"dunning_hint")
        sizePolicy1.setHeightForWidth(self.dunning_hint.sizePolicy().hasHeightForWidth())
        self.dunning_hint.setSizePolicy(sizePolicy1)
        self.dunning_hint.setText(u"")
        self.dunning_hint.setWordWrap(True)

        self.dunning_buttons.addWidget(self.dunning_hint)


        self.dunning_layout.addLayout(self.dunning_buttons)

        self.pages.addTab(self.dunning_page, "")

        self.dialog_layout.addWidget(self.pages)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.payment_notice_button = QPushButton(FeeLedgerDialog)
        self.payment_notice_button.setObjectName(u"payment_notice_button")
        self.payment_notice_button.setAutoDefault(False)

        self.bottom_layout.addWidget(self.payment_notice_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FeeLedgerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)

        QWidget.setTabOrder(self.pages, self.charges_table)
        QWidget.setTabOrder(self.charges_table, self.receipts_table)
        QWidget.setTabOrder(self.receipts_table, self.waivers_table)
        QWidget.setTabOrder(self.waivers_table, self.contacts_table)
        QWidget.setTabOrder(self.contacts_table, self.contact_button)
        QWidget.setTabOrder(self.contact_button, self.notices_table)
        QWidget.setTabOrder(self.notices_table, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.delivery_button)
        QWidget.setTabOrder(self.delivery_button, self.reprint_button)
        QWidget.setTabOrder(self.reprint_button, self.payment_notice_button)
        QWidget.setTabOrder(self.payment_notice_button, self.button_box)

        self.retranslateUi(FeeLedgerDialog)

        QMetaObject.connectSlotsByName(FeeLedgerDialog)
    # setupUi

    def retranslateUi(self, FeeLedgerDialog):
        FeeLedgerDialog.setWindowTitle(QCoreApplication.translate("FeeLedgerDialog", u"Unit ledger", None))
        self.totals_group.setTitle(QCoreApplication.translate("FeeLedgerDialog", u"Totals", None))
        self.billed_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Billed", None))
        self.paid_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Paid", None))
        self.waived_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Waived", None))
        self.owed_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Owed", None))
        self.credit_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Credit held", None))
        self.net_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Owed after credit", None))
        self.due_soon_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Not yet due", None))
        self.pages.setTabText(self.pages.indexOf(self.charges_page), QCoreApplication.translate("FeeLedgerDialog", u"C&harges", None))
        self.receipts_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Receipts", None))
        self.waivers_heading.setText(QCoreApplication.translate("FeeLedgerDialog", u"Waivers", None))
        self.pages.setTabText(self.pages.indexOf(self.receipts_page), QCoreApplication.translate("FeeLedgerDialog", u"&Receipts and waivers", None))
        self.contact_button.setText(QCoreApplication.translate("FeeLedgerDialog", u"&Add contact\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.contacts_page), QCoreApplication.translate("FeeLedgerDialog", u"C&ontacts", None))
        self.issue_button.setText(QCoreApplication.translate("FeeLedgerDialog", u"&Issue notice\u2026", None))
        self.delivery_button.setText(QCoreApplication.translate("FeeLedgerDialog", u"Record de&livery\u2026", None))
        self.reprint_button.setText(QCoreApplication.translate("FeeLedgerDialog", u"Print the &notice", None))
        self.pages.setTabText(self.pages.indexOf(self.dunning_page), QCoreApplication.translate("FeeLedgerDialog", u"&Dunning", None))
        self.payment_notice_button.setText(QCoreApplication.translate("FeeLedgerDialog", u"&Payment notice", None))
    # retranslateUi

