# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parcel_intake_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ParcelIntakeDialog(object):
    def setupUi(self, ParcelIntakeDialog):
        if not ParcelIntakeDialog.objectName():
            ParcelIntakeDialog.setObjectName(u"ParcelIntakeDialog")
        ParcelIntakeDialog.resize(500, 430)
        self.dialog_layout = QVBoxLayout(ParcelIntakeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ParcelIntakeDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.recipient_label = QLabel(ParcelIntakeDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.fields_layout.addWidget(self.recipient_label, 0, 0, 1, 1)

        self.recipient_edit = QLineEdit(ParcelIntakeDialog)
        self.recipient_edit.setObjectName(u"recipient_edit")
        self.recipient_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.recipient_edit, 0, 1, 1, 1)

        self.recipient_error = QLabel(ParcelIntakeDialog)
        self.recipient_error.setObjectName(u"recipient_error")
        self.recipient_error.setText(u"")

        self.fields_layout.addWidget(self.recipient_error, 1, 1, 1, 1)

        self.contact_label = QLabel(ParcelIntakeDialog)
        self.contact_label.setObjectName(u"contact_label")
        sizePolicy.setHeightForWidth(self.contact_label.sizePolicy().hasHeightForWidth())
        self.contact_label.setSizePolicy(sizePolicy)
        self.contact_label.setText(u"")
        self.contact_label.setWordWrap(True)

        self.fields_layout.addWidget(self.contact_label, 2, 1, 1, 1)

        self.name_label = QLabel(ParcelIntakeDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.addWidget(self.name_label, 3, 0, 1, 1)

        self.name_edit = QLineEdit(ParcelIntakeDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.name_edit, 3, 1, 1, 1)

        self.recipient_name_error = QLabel(ParcelIntakeDialog)
        self.recipient_name_error.setObjectName(u"recipient_name_error")
        self.recipient_name_error.setText(u"")

        self.fields_layout.addWidget(self.recipient_name_error, 4, 1, 1, 1)

        self.phone_label = QLabel(ParcelIntakeDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 5, 0, 1, 1)

        self.phone_edit = QLineEdit(ParcelIntakeDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.phone_edit, 5, 1, 1, 1)

        self.recipient_phone_error = QLabel(ParcelIntakeDialog)
        self.recipient_phone_error.setObjectName(u"recipient_phone_error")
        self.recipient_phone_error.setText(u"")

        self.fields_layout.addWidget(self.recipient_phone_error, 6, 1, 1, 1)

        self.waybill_label = QLabel(ParcelIntakeDialog)
        self.waybill_label.setObjectName(u"waybill_label")

        self.fields_layout.addWidget(self.waybill_label, 7, 0, 1, 1)

        self.waybill_edit = QLineEdit(ParcelIntakeDialog)
        self.waybill_edit.setObjectName(u"waybill_edit")
        self.waybill_edit.setMaxLength(64)

        self.fields_layout.addWidget(self.waybill_edit, 7, 1, 1, 1)

        self.waybill_error = QLabel(ParcelIntakeDialog)
        self.waybill_error.setObjectName(u"waybill_error")
        self.waybill_error.setText(u"")

        self.fields_layout.addWidget(self.waybill_error, 8, 1, 1, 1)

        self.carrier_label = QLabel(ParcelIntakeDialog)
        self.carrier_label.setObjectName(u"carrier_label")

        self.fields_layout.addWidget(self.carrier_label, 9, 0, 1, 1)

        self.carrier_layout = QHBoxLayout()
        self.carrier_layout.setObjectName(u"carrier_layout")
        self.carrier_combo = QComboBox(ParcelIntakeDialog)
        self.carrier_combo.setObjectName(u"carrier_combo")

        self.carrier_layout.addWidget(self.carrier_combo)

        self.carrier_other_edit = QLineEdit(ParcelIntakeDialog)
        self.carrier_other_edit.setObjectName(u"carrier_other_edit")
        self.carrier_other_edit.setMaxLength(50)

        self.carrier_layout.addWidget(self.carrier_other_edit)


        self.fields_layout.addLayout(self.carrier_layout, 9, 1, 1, 1)

        self.carrier_error = QLabel(ParcelIntakeDialog)
        self.carrier_error.setObjectName(u"carrier_error")
        self.carrier_error.setText(u"")

        self.fields_layout.addWidget(self.carrier_error, 10, 1, 1, 1)

        self.kind_label = QLabel(ParcelIntakeDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.addWidget(self.kind_label, 11, 0, 1, 1)

        self.kind_combo = QComboBox(ParcelIntakeDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.addWidget(self.kind_combo, 11, 1, 1, 1)

        self.kind_error = QLabel(ParcelIntakeDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")

        self.fields_layout.addWidget(self.kind_error, 12, 1, 1, 1)

        self.shelf_label = QLabel(ParcelIntakeDialog)
        self.shelf_label.setObjectName(u"shelf_label")

        self.fields_layout.addWidget(self.shelf_label, 13, 0, 1, 1)

        self.shelf_edit = QLineEdit(ParcelIntakeDialog)
        self.shelf_edit.setObjectName(u"shelf_edit")
        self.shelf_edit.setMaxLength(16)

        self.fields_layout.addWidget(self.shelf_edit, 13, 1, 1, 1)

        self.shelf_error = QLabel(ParcelIntakeDialog)
        self.shelf_error.setObjectName(u"shelf_error")
        self.shelf_error.setText(u"")

        self.fields_layout.addWidget(self.shelf_error, 14, 1, 1, 1)

        self.damage_layout = QHBoxLayout()
        self.damage_layout.setObjectName(u"damage_layout")
        self.damaged_check = QCheckBox(ParcelIntakeDialog)
        self.damaged_check.setObjectName(u"damaged_check")

        self.damage_layout.addWidget(self.damaged_check)

        self.damage_edit = QLineEdit(ParcelIntakeDialog)
        self.damage_edit.setObjectName(u"damage_edit")
        self.damage_edit.setMaxLength(200)

        self.damage_layout.addWidget(self.damage_edit)


        self.fields_layout.addLayout(self.damage_layout, 15, 1, 1, 1)

        self.damage_error = QLabel(ParcelIntakeDialog)
        self.damage_error.setObjectName(u"damage_error")
        self.damage_error.setText(u"")

        self.fields_layout.addWidget(self.damage_error, 16, 1, 1, 1)

        self.note_label = QLabel(ParcelIntakeDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 17, 0, 1, 1)

        self.note_edit = QLineEdit(ParcelIntakeDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 17, 1, 1, 1)

        self.note_error = QLabel(ParcelIntakeDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 18, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.saved_label = QLabel(ParcelIntakeDialog)
        self.saved_label.setObjectName(u"saved_label")
        sizePolicy.setHeightForWidth(self.saved_label.sizePolicy().hasHeightForWidth())
        self.saved_label.setSizePolicy(sizePolicy)
        self.saved_label.setText(u"")
        self.saved_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.saved_label)

        self.print_check = QCheckBox(ParcelIntakeDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(ParcelIntakeDialog)
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

        self.save_button = QPushButton(ParcelIntakeDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.done_button = QPushButton(ParcelIntakeDialog)
        self.done_button.setObjectName(u"done_button")
        self.done_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.done_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.waybill_label.setBuddy(self.waybill_edit)
        self.carrier_label.setBuddy(self.carrier_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.shelf_label.setBuddy(self.shelf_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipient_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.waybill_edit)
        QWidget.setTabOrder(self.waybill_edit, self.carrier_combo)
        QWidget.setTabOrder(self.carrier_combo, self.carrier_other_edit)
        QWidget.setTabOrder(self.carrier_other_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.shelf_edit)
        QWidget.setTabOrder(self.shelf_edit, self.damaged_check)
        QWidget.setTabOrder(self.damaged_check, self.damage_edit)
        QWidget.setTabOrder(self.damage_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.save_button)
        QWidget.setTabOrder(self.save_button, self.done_button)

        self.retranslateUi(ParcelIntakeDialog)

        QMetaObject.connectSlotsByName(ParcelIntakeDialog)
    # setupUi

    def retranslateUi(self, ParcelIntakeDialog):
        ParcelIntakeDialog.setWindowTitle(QCoreApplication.translate("ParcelIntakeDialog", u"Sign for parcels", None))
        self.recipient_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"F&or (unit, company)", None))
        self.name_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"P&hone", None))
        self.waybill_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"&Waybill", None))
        self.carrier_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"&Carrier", None))
        self.kind_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"&Kind", None))
        self.shelf_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"&Shelf", None))
        self.damaged_check.setText(QCoreApplication.translate("ParcelIntakeDialog", u"&Damaged packaging", None))
        self.note_label.setText(QCoreApplication.translate("ParcelIntakeDialog", u"No&te", None))
        self.print_check.setText(QCoreApplication.translate("ParcelIntakeDialog", u"P&rint the pickup notice when done", None))
        self.save_button.setText(QCoreApplication.translate("ParcelIntakeDialog", u"Save (Enter)", None))
        self.done_button.setText(QCoreApplication.translate("ParcelIntakeDialog", u"Done (Esc)", None))
    # retranslateUi

