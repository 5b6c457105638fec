# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parcel_notify_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ParcelNotifyDialog(object):
    def setupUi(self, ParcelNotifyDialog):
        if not ParcelNotifyDialog.objectName():
            ParcelNotifyDialog.setObjectName(u"ParcelNotifyDialog")
        ParcelNotifyDialog.resize(520, 420)
        self.dialog_layout = QVBoxLayout(ParcelNotifyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.recipient_info = QLabel(ParcelNotifyDialog)
        self.recipient_info.setObjectName(u"recipient_info")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.recipient_info.sizePolicy().hasHeightForWidth())
        self.recipient_info.setSizePolicy(sizePolicy)
        self.recipient_info.setText(u"")
        self.recipient_info.setWordWrap(True)

        self.dialog_layout.addWidget(self.recipient_info)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.parcels_label = QLabel(ParcelNotifyDialog)
        self.parcels_label.setObjectName(u"parcels_label")

        self.fields_layout.addWidget(self.parcels_label, 0, 0, 1, 1)

        self.parcel_list = QListWidget(ParcelNotifyDialog)
        self.parcel_list.setObjectName(u"parcel_list")
        self.parcel_list.setMinimumSize(QSize(0, 110))

        self.fields_layout.addWidget(self.parcel_list, 0, 1, 1, 1)

        self.parcel_ids_error = QLabel(ParcelNotifyDialog)
        self.parcel_ids_error.setObjectName(u"parcel_ids_error")
        self.parcel_ids_error.setText(u"")

        self.fields_layout.addWidget(self.parcel_ids_error, 1, 1, 1, 1)

        self.print_check = QCheckBox(ParcelNotifyDialog)
        self.print_check.setObjectName(u"print_check")
        self.print_check.setChecked(True)

        self.fields_layout.addWidget(self.print_check, 2, 1, 1, 1)

        self.call_check = QCheckBox(ParcelNotifyDialog)
        self.call_check.setObjectName(u"call_check")

        self.fields_layout.addWidget(self.call_check, 3, 1, 1, 1)

        self.phone_label = QLabel(ParcelNotifyDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 4, 0, 1, 1)

        self.phone_edit = QLineEdit(ParcelNotifyDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.phone_edit, 4, 1, 1, 1)

        self.phone_error = QLabel(ParcelNotifyDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_layout.addWidget(self.phone_error, 5, 1, 1, 1)

        self.called_label = QLabel(ParcelNotifyDialog)
        self.called_label.setObjectName(u"called_label")

        self.fields_layout.addWidget(self.called_label, 6, 0, 1, 1)

        self.called_edit = QLineEdit(ParcelNotifyDialog)
        self.called_edit.setObjectName(u"called_edit")
        self.called_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.called_edit, 6, 1, 1, 1)

        self.called_error = QLabel(ParcelNotifyDialog)
        self.called_error.setObjectName(u"called_error")
        self.called_error.setText(u"")

        self.fields_layout.addWidget(self.called_error, 7, 1, 1, 1)

        self.notes_label = QLabel(ParcelNotifyDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.addWidget(self.notes_label, 8, 0, 1, 1)

        self.notes_edit = QLineEdit(ParcelNotifyDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.notes_edit, 8, 1, 1, 1)

        self.notes_error = QLabel(ParcelNotifyDialog)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setText(u"")

        self.fields_layout.addWidget(self.notes_error, 9, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.form_error = QLabel(ParcelNotifyDialog)
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

        self.save_button = QPushButton(ParcelNotifyDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(ParcelNotifyDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.parcels_label.setBuddy(self.parcel_list)
        self.phone_label.setBuddy(self.phone_edit)
        self.called_label.setBuddy(self.called_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.parcel_list, self.print_check)
        QWidget.setTabOrder(self.print_check, self.call_check)
        QWidget.setTabOrder(self.call_check, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.called_edit)
        QWidget.setTabOrder(self.called_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ParcelNotifyDialog)

        QMetaObject.connectSlotsByName(ParcelNotifyDialog)
    # setupUi

    def retranslateUi(self, ParcelNotifyDialog):
        ParcelNotifyDialog.setWindowTitle(QCoreApplication.translate("ParcelNotifyDialog", u"Tell the recipient", None))
        self.parcels_label.setText(QCoreApplication.translate("ParcelNotifyDialog", u"&Parcels", None))
        self.print_check.setText(QCoreApplication.translate("ParcelNotifyDialog", u"P&rint the pickup notice", None))
        self.call_check.setText(QCoreApplication.translate("ParcelNotifyDialog", u"&Log the call that told them", None))
        self.phone_label.setText(QCoreApplication.translate("ParcelNotifyDialog", u"P&hone rung", None))
        self.called_label.setText(QCoreApplication.translate("ParcelNotifyDialog", u"&Answered by", None))
        self.notes_label.setText(QCoreApplication.translate("ParcelNotifyDialog", u"No&tes", None))
        self.save_button.setText(QCoreApplication.translate("ParcelNotifyDialog", u"Record (Ctrl+Enter)", None))
        self.cancel_button.setText(QCoreApplication.translate("ParcelNotifyDialog", u"Cancel (Esc)", None))
    # retranslateUi

