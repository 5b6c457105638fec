# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parcel_pickup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ParcelPickupDialog(object):
    def setupUi(self, ParcelPickupDialog):
        if not ParcelPickupDialog.objectName():
            ParcelPickupDialog.setObjectName(u"ParcelPickupDialog")
        ParcelPickupDialog.resize(560, 480)
        self.dialog_layout = QVBoxLayout(ParcelPickupDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.recipient_label = QLabel(ParcelPickupDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.fields_layout.addWidget(self.recipient_label, 0, 0, 1, 1)

        self.recipient_combo = QComboBox(ParcelPickupDialog)
        self.recipient_combo.setObjectName(u"recipient_combo")

        self.fields_layout.addWidget(self.recipient_combo, 0, 1, 1, 1)

        self.scan_label = QLabel(ParcelPickupDialog)
        self.scan_label.setObjectName(u"scan_label")

        self.fields_layout.addWidget(self.scan_label, 1, 0, 1, 1)

        self.scan_edit = QLineEdit(ParcelPickupDialog)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMaxLength(64)

        self.fields_layout.addWidget(self.scan_edit, 1, 1, 1, 1)

        self.scan_error = QLabel(ParcelPickupDialog)
        self.scan_error.setObjectName(u"scan_error")
        self.scan_error.setText(u"")

        self.fields_layout.addWidget(self.scan_error, 2, 1, 1, 1)

        self.parcels_label = QLabel(ParcelPickupDialog)
        self.parcels_label.setObjectName(u"parcels_label")

        self.fields_layout.addWidget(self.parcels_label, 3, 0, 1, 1)

        self.parcel_list = QListWidget(ParcelPickupDialog)
        self.parcel_list.setObjectName(u"parcel_list")
        self.parcel_list.setMinimumSize(QSize(0, 140))

        self.fields_layout.addWidget(self.parcel_list, 3, 1, 1, 1)

        self.parcel_ids_error = QLabel(ParcelPickupDialog)
        self.parcel_ids_error.setObjectName(u"parcel_ids_error")
        self.parcel_ids_error.setText(u"")

        self.fields_layout.addWidget(self.parcel_ids_error, 4, 1, 1, 1)

        self.collected_by_label = QLabel(ParcelPickupDialog)
        self.collected_by_label.setObjectName(u"collected_by_label")

        self.fields_layout.addWidget(self.collected_by_label, 5, 0, 1, 1)

        self.collected_by_edit = QLineEdit(ParcelPickupDialog)
        self.collected_by_edit.setObjectName(u"collected_by_edit")
        self.collected_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.collected_by_edit, 5, 1, 1, 1)

        self.collected_by_error = QLabel(ParcelPickupDialog)
        self.collected_by_error.setObjectName(u"collected_by_error")
        self.collected_by_error.setText(u"")

        self.fields_layout.addWidget(self.collected_by_error, 6, 1, 1, 1)

        self.on_behalf_check = QCheckBox(ParcelPickupDialog)
        self.on_behalf_check.setObjectName(u"on_behalf_check")

        self.fields_layout.addWidget(self.on_behalf_check, 7, 1, 1, 1)

        self.on_behalf_error = QLabel(ParcelPickupDialog)
        self.on_behalf_error.setObjectName(u"on_behalf_error")
        self.on_behalf_error.setText(u"")

        self.fields_layout.addWidget(self.on_behalf_error, 8, 1, 1, 1)

        self.id_label = QLabel(ParcelPickupDialog)
        self.id_label.setObjectName(u"id_label")

        self.fields_layout.addWidget(self.id_label, 9, 0, 1, 1)

        self.id_layout = QHBoxLayout()
        self.id_layout.setObjectName(u"id_layout")
        self.id_type_combo = QComboBox(ParcelPickupDialog)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.id_layout.addWidget(self.id_type_combo)

        self.id_number_edit = QLineEdit(ParcelPickupDialog)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(30)

        self.id_layout.addWidget(self.id_number_edit)


        self.fields_layout.addLayout(self.id_layout, 9, 1, 1, 1)

        self.id_number_error = QLabel(ParcelPickupDialog)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.fields_layout.addWidget(self.id_number_error, 10, 1, 1, 1)

        self.phone_label = QLabel(ParcelPickupDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 11, 0, 1, 1)

        self.phone_edit = QLineEdit(ParcelPickupDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.phone_edit, 11, 1, 1, 1)

        self.phone_error = QLabel(ParcelPickupDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_layout.addWidget(self.phone_error, 12, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.print_check = QCheckBox(ParcelPickupDialog)
        self.print_check.setObjectName(u"print_check")
        self.print_check.setChecked(True)

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(ParcelPickupDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(ParcelPickupDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(ParcelPickupDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient_combo)
        self.scan_label.setBuddy(self.scan_edit)
        self.parcels_label.setBuddy(self.parcel_list)
        self.collected_by_label.setBuddy(self.collected_by_edit)
        self.id_label.setBuddy(self.id_number_edit)
        self.phone_label.setBuddy(self.phone_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipient_combo, self.scan_edit)
        QWidget.setTabOrder(self.scan_edit, self.parcel_list)
        QWidget.setTabOrder(self.parcel_list, self.collected_by_edit)
        QWidget.setTabOrder(self.collected_by_edit, self.on_behalf_check)
        QWidget.setTabOrder(self.on_behalf_check, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ParcelPickupDialog)

        QMetaObject.connectSlotsByName(ParcelPickupDialog)
    # setupUi

    def retranslateUi(self, ParcelPickupDialog):
        ParcelPickupDialog.setWindowTitle(QCoreApplication.translate("ParcelPickupDialog", u"Hand parcels over", None))
        self.recipient_label.setText(QCoreApplication.translate("ParcelPickupDialog", u"F&or", None))
        self.scan_label.setText(QCoreApplication.translate("ParcelPickupDialog", u"&Waybill", None))
        self.parcels_label.setText(QCoreApplication.translate("ParcelPickupDialog", u"&Parcels", None))
        self.collected_by_label.setText(QCoreApplication.translate("ParcelPickupDialog", u"Collected &by", None))
        self.on_behalf_check.setText(QCoreApplication.translate("ParcelPickupDialog", u"Someone the recipient &authorised", None))
        self.id_label.setText(QCoreApplication.translate("ParcelPickupDialog", u"&ID", None))
        self.phone_label.setText(QCoreApplication.translate("ParcelPickupDialog", u"P&hone", None))
        self.print_check.setText(QCoreApplication.translate("ParcelPickupDialog", u"P&rint the pickup slip to sign", None))
        self.save_button.setText(QCoreApplication.translate("ParcelPickupDialog", u"Hand over (Ctrl+Enter)", None))
        self.cancel_button.setText(QCoreApplication.translate("ParcelPickupDialog", u"Cancel (Esc)", None))
    # retranslateUi

