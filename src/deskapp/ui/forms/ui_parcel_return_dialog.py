# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parcel_return_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ParcelReturnDialog(object):
    def setupUi(self, ParcelReturnDialog):
        if not ParcelReturnDialog.objectName():
            ParcelReturnDialog.setObjectName(u"ParcelReturnDialog")
        ParcelReturnDialog.resize(460, 200)
        self.dialog_layout = QVBoxLayout(ParcelReturnDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.parcel_info = QLabel(ParcelReturnDialog)
        self.parcel_info.setObjectName(u"parcel_info")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.parcel_info.sizePolicy().hasHeightForWidth())
        self.parcel_info.setSizePolicy(sizePolicy)
        self.parcel_info.setText(u"")
        self.parcel_info.setWordWrap(True)

        self.dialog_layout.addWidget(self.parcel_info)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.reason_label = QLabel(ParcelReturnDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 0, 0, 1, 1)

        self.reason_combo = QComboBox(ParcelReturnDialog)
        self.reason_combo.setObjectName(u"reason_combo")
        self.reason_combo.setEditable(True)

        self.fields_layout.addWidget(self.reason_combo, 0, 1, 1, 1)

        self.reason_error = QLabel(ParcelReturnDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 1, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.form_error = QLabel(ParcelReturnDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(ParcelReturnDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(ParcelReturnDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_combo, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ParcelReturnDialog)

        QMetaObject.connectSlotsByName(ParcelReturnDialog)
    # setupUi

    def retranslateUi(self, ParcelReturnDialog):
        ParcelReturnDialog.setWindowTitle(QCoreApplication.translate("ParcelReturnDialog", u"Return to sender", None))
        self.reason_label.setText(QCoreApplication.translate("ParcelReturnDialog", u"&Reason", None))
        self.save_button.setText(QCoreApplication.translate("ParcelReturnDialog", u"Return to sender (Enter)", None))
        self.cancel_button.setText(QCoreApplication.translate("ParcelReturnDialog", u"Cancel (Esc)", None))
    # retranslateUi

