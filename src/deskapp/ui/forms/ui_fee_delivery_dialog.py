# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_delivery_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FeeDeliveryDialog(object):
    def setupUi(self, FeeDeliveryDialog):
        if not FeeDeliveryDialog.objectName():
            FeeDeliveryDialog.setObjectName(u"FeeDeliveryDialog")
        FeeDeliveryDialog.resize(480, 320)
        self.dialog_layout = QVBoxLayout(FeeDeliveryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeDeliveryDialog)
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
        self.how_label = QLabel(FeeDeliveryDialog)
        self.how_label.setObjectName(u"how_label")

        self.fields_layout.addWidget(self.how_label, 0, 0, 1, 1)

        self.how_combo = QComboBox(FeeDeliveryDialog)
        self.how_combo.setObjectName(u"how_combo")

        self.fields_layout.addWidget(self.how_combo, 0, 1, 1, 1)

        self.how_error = QLabel(FeeDeliveryDialog)
        self.how_error.setObjectName(u"how_error")
        self.how_error.setText(u"")

        self.fields_layout.addWidget(self.how_error, 1, 1, 1, 1)

        self.waybill_label = QLabel(FeeDeliveryDialog)
        self.waybill_label.setObjectName(u"waybill_label")

        self.fields_layout.addWidget(self.waybill_label, 2, 0, 1, 1)

        self.waybill_edit = QLineEdit(FeeDeliveryDialog)
        self.waybill_edit.setObjectName(u"waybill_edit")
        self.waybill_edit.setMaxLength(64)

        self.fields_layout.addWidget(self.waybill_edit, 2, 1, 1, 1)

        self.waybill_error = QLabel(FeeDeliveryDialog)
        self.waybill_error.setObjectName(u"waybill_error")
        self.waybill_error.setText(u"")

        self.fields_layout.addWidget(self.waybill_error, 3, 1, 1, 1)

        self.signed_by_label = QLabel(FeeDeliveryDialog)
        self.signed_by_label.setObjectName(u"signed_by_label")

        self.fields_layout.addWidget(self.signed_by_label, 4, 0, 1, 1)

        self.signed_by_edit = QLineEdit(FeeDeliveryDialog)
        self.signed_by_edit.setObjectName(u"signed_by_edit")
        self.signed_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.signed_by_edit, 4, 1, 1, 1)

        self.signed_by_error = QLabel(FeeDeliveryDialog)
        self.signed_by_error.setObjectName(u"signed_by_error")
        self.signed_by_error.setText(u"")

        self.fields_layout.addWidget(self.signed_by_error, 5, 1, 1, 1)

        self.delivered_at_label = QLabel(FeeDeliveryDialog)
        self.delivered_at_label.setObjectName(u"delivered_at_label")

        self.fields_layout.addWidget(self.delivered_at_label, 6, 0, 1, 1)

        self.delivered_at_edit = QDateTimeEdit(FeeDeliveryDialog)
        self.delivered_at_edit.setObjectName(u"delivered_at_edit")
        self.delivered_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.delivered_at_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.delivered_at_edit, 6, 1, 1, 1)

        self.delivered_at_error = QLabel(FeeDeliveryDialog)
        self.delivered_at_error.setObjectName(u"delivered_at_error")
        self.delivered_at_error.setText(u"")

        self.fields_layout.addWidget(self.delivered_at_error, 7, 1, 1, 1)

        self.note_label = QLabel(FeeDeliveryDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 8, 0, 1, 1)

        self.note_edit = QLineEdit(FeeDeliveryDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 8, 1, 1, 1)

        self.note_error = QLabel(FeeDeliveryDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 9, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeDeliveryDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeDeliveryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.how_label.setBuddy(self.how_combo)
        self.waybill_label.setBuddy(self.waybill_edit)
        self.signed_by_label.setBuddy(self.signed_by_edit)
        self.delivered_at_label.setBuddy(self.delivered_at_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.how_combo, self.waybill_edit)
        QWidget.setTabOrder(self.waybill_edit, self.signed_by_edit)
        QWidget.setTabOrder(self.signed_by_edit, self.delivered_at_edit)
        QWidget.setTabOrder(self.delivered_at_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(FeeDeliveryDialog)

        QMetaObject.connectSlotsByName(FeeDeliveryDialog)
    # setupUi

    def retranslateUi(self, FeeDeliveryDialog):
        FeeDeliveryDialog.setWindowTitle(QCoreApplication.translate("FeeDeliveryDialog", u"Record a delivery", None))
        self.how_label.setText(QCoreApplication.translate("FeeDeliveryDialog", u"&How", None))
        self.waybill_label.setText(QCoreApplication.translate("FeeDeliveryDialog", u"&Waybill no.", None))
        self.signed_by_label.setText(QCoreApplication.translate("FeeDeliveryDialog", u"&Signed for by", None))
        self.delivered_at_label.setText(QCoreApplication.translate("FeeDeliveryDialog", u"Wh&en", None))
        self.note_label.setText(QCoreApplication.translate("FeeDeliveryDialog", u"&Note", None))
    # retranslateUi

