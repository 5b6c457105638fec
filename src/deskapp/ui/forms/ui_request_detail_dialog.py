# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_detail_dialog.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_RequestDetailDialog(object):
    def setupUi(self, RequestDetailDialog):
        if not RequestDetailDialog.objectName():
            RequestDetailDialog.setObjectName(u"RequestDetailDialog")
        RequestDetailDialog.resize(760, 640)
        self.dialog_layout = QVBoxLayout(RequestDetailDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.details_browser = QTextBrowser(RequestDetailDialog)
        self.details_browser.setObjectName(u"details_browser")
        self.details_browser.setMinimumSize(QSize(0, 200))

        self.dialog_layout.addWidget(self.details_browser)

        self.events_label = QLabel(RequestDetailDialog)
        self.events_label.setObjectName(u"events_label")

        self.dialog_layout.addWidget(self.events_label)

        self.events_table = QTableWidget(RequestDetailDialog)
        self.events_table.setObjectName(u"events_table")
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialog_layout.addWidget(self.events_table)

        self.attachments_label = QLabel(RequestDetailDialog)
        self.attachments_label.setObjectName(u"attachments_label")

        self.dialog_layout.addWidget(self.attachments_label)

        self.attachments_list = QListWidget(RequestDetailDialog)
        self.attachments_list.setObjectName(u"attachments_list")
        self.attachments_list.setMaximumSize(QSize(16777215, 90))

        self.dialog_layout.addWidget(self.attachments_list)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.attach_button = QPushButton(RequestDetailDialog)
        self.attach_button.setObjectName(u"attach_button")

        self.buttons_layout.addWidget(self.attach_button)

        self.open_button = QPushButton(RequestDetailDialog)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.print_form_button = QPushButton(RequestDetailDialog)
        self.print_form_button.setObjectName(u"print_form_button")

        self.buttons_layout.addWidget(self.print_form_button)

        self.print_revisit_button = QPushButton(RequestDetailDialog)
        self.print_revisit_button.setObjectName(u"print_revisit_button")

        self.buttons_layout.addWidget(self.print_revisit_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(RequestDetailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.details_browser, self.events_table)
        QWidget.setTabOrder(self.events_table, self.attachments_list)
        QWidget.setTabOrder(self.attachments_list, self.attach_button)
        QWidget.setTabOrder(self.attach_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.print_form_button)
        QWidget.setTabOrder(self.print_form_button, self.print_revisit_button)

        self.retranslateUi(RequestDetailDialog)

        QMetaObject.connectSlotsByName(RequestDetailDialog)
    # setupUi

    def retranslateUi(self, RequestDetailDialog):
        RequestDetailDialog.setWindowTitle(QCoreApplication.translate("RequestDetailDialog", u"Request", None))
        self.events_label.setText(QCoreApplication.translate("RequestDetailDialog", u"&History", None))
        self.attachments_label.setText(QCoreApplication.translate("RequestDetailDialog", u"Attach&ments", None))
        self.attach_button.setText(QCoreApplication.translate("RequestDetailDialog", u"&Attach a file\u2026", None))
        self.open_button.setText(QCoreApplication.translate("RequestDetailDialog", u"&Open the file", None))
        self.print_form_button.setText(QCoreApplication.translate("RequestDetailDialog", u"Print &form", None))
        self.print_revisit_button.setText(QCoreApplication.translate("RequestDetailDialog", u"Print revisit &record", None))
    # retranslateUi

