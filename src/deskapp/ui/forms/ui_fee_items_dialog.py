# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_items_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FeeItemsDialog(object):
    def setupUi(self, FeeItemsDialog):
        if not FeeItemsDialog.objectName():
            FeeItemsDialog.setObjectName(u"FeeItemsDialog")
        FeeItemsDialog.resize(860, 460)
        self.main_layout = QVBoxLayout(FeeItemsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.items_label = QLabel(FeeItemsDialog)
        self.items_label.setObjectName(u"items_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.items_label.sizePolicy().hasHeightForWidth())
        self.items_label.setSizePolicy(sizePolicy)
        self.items_label.setWordWrap(True)

        self.main_layout.addWidget(self.items_label)

        self.table_layout = QHBoxLayout()
        self.table_layout.setObjectName(u"table_layout")
        self.items_table = QTableWidget(FeeItemsDialog)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setWordWrap(False)
        self.items_table.horizontalHeader().setStretchLastSection(False)
        self.items_table.verticalHeader().setVisible(False)

        self.table_layout.addWidget(self.items_table)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(FeeItemsDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_button)

        self.price_button = QPushButton(FeeItemsDialog)
        self.price_button.setObjectName(u"price_button")
        self.price_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.price_button)

        self.retire_button = QPushButton(FeeItemsDialog)
        self.retire_button.setObjectName(u"retire_button")
        self.retire_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.retire_button)

        self.reactivate_button = QPushButton(FeeItemsDialog)
        self.reactivate_button.setObjectName(u"reactivate_button")
        self.reactivate_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.reactivate_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.print_button = QPushButton(FeeItemsDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)


        self.table_layout.addLayout(self.buttons_layout)

        self.table_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.table_layout)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(FeeItemsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(FeeItemsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)

        self.bottom_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.items_label.setBuddy(self.items_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.items_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.price_button)
        QWidget.setTabOrder(self.price_button, self.retire_button)
        QWidget.setTabOrder(self.retire_button, self.reactivate_button)
        QWidget.setTabOrder(self.reactivate_button, self.print_button)

        self.retranslateUi(FeeItemsDialog)

        QMetaObject.connectSlotsByName(FeeItemsDialog)
    # setupUi

    def retranslateUi(self, FeeItemsDialog):
        FeeItemsDialog.setWindowTitle(QCoreApplication.translate("FeeItemsDialog", u"Charge items and rates", None))
        self.items_label.setText(QCoreApplication.translate("FeeItemsDialog", u"Charge &items the counter bills, at their approved prices. A supervisor sets them up and changes them; an item no longer charged is retired, never deleted.", None))
        self.add_button.setText(QCoreApplication.translate("FeeItemsDialog", u"&Add\u2026", None))
        self.price_button.setText(QCoreApplication.translate("FeeItemsDialog", u"Change &price\u2026", None))
        self.retire_button.setText(QCoreApplication.translate("FeeItemsDialog", u"&Retire", None))
        self.reactivate_button.setText(QCoreApplication.translate("FeeItemsDialog", u"Charge a&gain", None))
        self.print_button.setText(QCoreApplication.translate("FeeItemsDialog", u"Print rate &schedule", None))
    # retranslateUi

