# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_location_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DataLocationDialog(object):
    def setupUi(self, DataLocationDialog):
        if not DataLocationDialog.objectName():
            DataLocationDialog.setObjectName(u"DataLocationDialog")
        DataLocationDialog.resize(560, 400)
        self.main_layout = QVBoxLayout(DataLocationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DataLocationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.file_radio = QRadioButton(DataLocationDialog)
        self.file_radio.setObjectName(u"file_radio")
        self.file_radio.setChecked(True)

        self.main_layout.addWidget(self.file_radio)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_row.setContentsMargins(24, -1, -1, -1)
        self.file_edit = QLineEdit(DataLocationDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_row.addWidget(self.file_edit)

        self.choose_button = QPushButton(DataLocationDialog)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.file_row.addWidget(self.choose_button)


        self.main_layout.addLayout(self.file_row)

        self.server_radio = QRadioButton(DataLocationDialog)
        self.server_radio.setObjectName(u"server_radio")

        self.main_layout.addWidget(self.server_radio)

        self.server_box = QVBoxLayout()
        self.server_box.setObjectName(u"server_box")
        self.server_box.setContentsMargins(24, -1, -1, -1)
        self.url_edit = QLineEdit(DataLocationDialog)
        self.url_edit.setObjectName(u"url_edit")
        self.url_edit.setPlaceholderText(u"postgresql://deskapp:password@server/deskapp")

        self.server_box.addWidget(self.url_edit)

        self.test_row = QHBoxLayout()
        self.test_row.setObjectName(u"test_row")
        self.test_button = QPushButton(DataLocationDialog)
        self.test_button.setObjectName(u"test_button")
        self.test_button.setAutoDefault(False)

        self.test_row.addWidget(self.test_button)

        self.test_result_label = QLabel(DataLocationDialog)
        self.test_result_label.setObjectName(u"test_result_label")
        self.test_result_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.test_result_label.sizePolicy().hasHeightForWidth())
        self.test_result_label.setSizePolicy(sizePolicy)

        self.test_row.addWidget(self.test_result_label)


        self.server_box.addLayout(self.test_row)

        self.server_hint_label = QLabel(DataLocationDialog)
        self.server_hint_label.setObjectName(u"server_hint_label")
        self.server_hint_label.setWordWrap(True)

        self.server_box.addWidget(self.server_hint_label)


        self.main_layout.addLayout(self.server_box)

        self.location_error_label = QLabel(DataLocationDialog)
        self.location_error_label.setObjectName(u"location_error_label")

        self.main_layout.addWidget(self.location_error_label)

        self.fixed_label = QLabel(DataLocationDialog)
        self.fixed_label.setObjectName(u"fixed_label")
        self.fixed_label.setWordWrap(True)

        self.main_layout.addWidget(self.fixed_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(DataLocationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.file_radio, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.server_radio)
        QWidget.setTabOrder(self.server_radio, self.url_edit)
        QWidget.setTabOrder(self.url_edit, self.test_button)

        self.retranslateUi(DataLocationDialog)

        QMetaObject.connectSlotsByName(DataLocationDialog)
    # setupUi

    def retranslateUi(self, DataLocationDialog):
        DataLocationDialog.setWindowTitle(QCoreApplication.translate("DataLocationDialog", u"Where the records are", None))
        self.intro_label.setText(QCoreApplication.translate("DataLocationDialog", u"One counter keeps its records in a file on this PC. Several counters share one set of records in a PostgreSQL database on a server.", None))
        self.file_radio.setText(QCoreApplication.translate("DataLocationDialog", u"In a &file on this PC (one counter)", None))
        self.choose_button.setText(QCoreApplication.translate("DataLocationDialog", u"&Choose\u2026", None))
        self.server_radio.setText(QCoreApplication.translate("DataLocationDialog", u"On a database &server (several counters)", None))
        self.test_button.setText(QCoreApplication.translate("DataLocationDialog", u"&Test the connection", None))
        self.server_hint_label.setText(QCoreApplication.translate("DataLocationDialog", u"Whoever runs the server gives you this address. The server makes the backups.", None))
    # retranslateUi

