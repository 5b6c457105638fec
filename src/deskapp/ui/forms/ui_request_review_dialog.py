# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_review_dialog.ui'
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

class Ui_RequestReviewDialog(object):
    def setupUi(self, RequestReviewDialog):
        if not RequestReviewDialog.objectName():
            RequestReviewDialog.setObjectName(u"RequestReviewDialog")
        RequestReviewDialog.resize(980, 520)
        self.dialog_layout = QVBoxLayout(RequestReviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RequestReviewDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.review_table = QTableWidget(RequestReviewDialog)
        self.review_table.setObjectName(u"review_table")
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialog_layout.addWidget(self.review_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.news_button = QPushButton(RequestReviewDialog)
        self.news_button.setObjectName(u"news_button")

        self.buttons_layout.addWidget(self.news_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(RequestReviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.review_table, self.news_button)

        self.retranslateUi(RequestReviewDialog)

        QMetaObject.connectSlotsByName(RequestReviewDialog)
    # setupUi

    def retranslateUi(self, RequestReviewDialog):
        RequestReviewDialog.setWindowTitle(QCoreApplication.translate("RequestReviewDialog", u"Review before closing", None))
        self.news_button.setText(QCoreApplication.translate("RequestReviewDialog", u"&News given / progress\u2026 (Enter)", None))
    # retranslateUi

