# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'host_response_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_HostResponseDialog(object):
    def setupUi(self, HostResponseDialog):
        if not HostResponseDialog.objectName():
            HostResponseDialog.setObjectName(u"HostResponseDialog")
        HostResponseDialog.resize(440, 300)
        self.dialog_layout = QVBoxLayout(HostResponseDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.visit_label = QLabel(HostResponseDialog)
        self.visit_label.setObjectName(u"visit_label")
        self.visit_label.setText(u"")
        self.visit_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.visit_label)

        self.contact_label = QLabel(HostResponseDialog)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setText(u"")
        self.contact_label.setWordWrap(True)
        self.contact_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.contact_label)

        self.received_radio = QRadioButton(HostResponseDialog)
        self.received_radio.setObjectName(u"received_radio")
        self.received_radio.setChecked(True)

        self.dialog_layout.addWidget(self.received_radio)

        self.declined_radio = QRadioButton(HostResponseDialog)
        self.declined_radio.setObjectName(u"declined_radio")

        self.dialog_layout.addWidget(self.declined_radio)

        self.declined_form = QFormLayout()
        self.declined_form.setObjectName(u"declined_form")
        self.message_label = QLabel(HostResponseDialog)
        self.message_label.setObjectName(u"message_label")

        self.declined_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.message_label)

        self.message_edit = QLineEdit(HostResponseDialog)
        self.message_edit.setObjectName(u"message_edit")

        self.declined_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.message_edit)

        self.message_error = QLabel(HostResponseDialog)
        self.message_error.setObjectName(u"message_error")
        self.message_error.setText(u"")

        self.declined_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.message_error)

        self.appointment_check = QCheckBox(HostResponseDialog)
        self.appointment_check.setObjectName(u"appointment_check")

        self.declined_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appointment_check)

        self.appointment_edit = QDateTimeEdit(HostResponseDialog)
        self.appointment_edit.setObjectName(u"appointment_edit")
        self.appointment_edit.setEnabled(False)
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.declined_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appointment_edit)

        self.appointment_error = QLabel(HostResponseDialog)
        self.appointment_error.setObjectName(u"appointment_error")
        self.appointment_error.setText(u"")

        self.declined_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.appointment_error)


        self.dialog_layout.addLayout(self.declined_form)

        self.button_box = QDialogButtonBox(HostResponseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.message_label.setBuddy(self.message_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_radio, self.declined_radio)
        QWidget.setTabOrder(self.declined_radio, self.message_edit)
        QWidget.setTabOrder(self.message_edit, self.appointment_check)
        QWidget.setTabOrder(self.appointment_check, self.appointment_edit)

        self.retranslateUi(HostResponseDialog)

        QMetaObject.connectSlotsByName(HostResponseDialog)
    # setupUi

    def retranslateUi(self, HostResponseDialog):
        HostResponseDialog.setWindowTitle(QCoreApplication.translate("HostResponseDialog", u"Host response", None))
        self.received_radio.setText(QCoreApplication.translate("HostResponseDialog", u"&Received \u2014 let the visitor in", None))
        self.declined_radio.setText(QCoreApplication.translate("HostResponseDialog", u"&Declined \u2014 record a message or a new time", None))
        self.message_label.setText(QCoreApplication.translate("HostResponseDialog", u"&Message for the host", None))
        self.appointment_check.setText(QCoreApplication.translate("HostResponseDialog", u"New &appointment", None))
    # retranslateUi

