# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_KeyHandoverDialog(object):
    def setupUi(self, KeyHandoverDialog):
        if not KeyHandoverDialog.objectName():
            KeyHandoverDialog.setObjectName(u"KeyHandoverDialog")
        KeyHandoverDialog.resize(460, 320)
        self.dialog_layout = QVBoxLayout(KeyHandoverDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyHandoverDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.handover_form = QGridLayout()
        self.handover_form.setObjectName(u"handover_form")
        self.handover_form.setVerticalSpacing(3)
        self.owner_label = QLabel(KeyHandoverDialog)
        self.owner_label.setObjectName(u"owner_label")

        self.handover_form.addWidget(self.owner_label, 0, 0, 1, 1)

        self.owner_edit = QLineEdit(KeyHandoverDialog)
        self.owner_edit.setObjectName(u"owner_edit")
        self.owner_edit.setMaxLength(100)

        self.handover_form.addWidget(self.owner_edit, 0, 1, 1, 1)

        self.owner_name_error = QLabel(KeyHandoverDialog)
        self.owner_name_error.setObjectName(u"owner_name_error")
        self.owner_name_error.setText(u"")

        self.handover_form.addWidget(self.owner_name_error, 1, 1, 1, 1)

        self.phone_label = QLabel(KeyHandoverDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.handover_form.addWidget(self.phone_label, 2, 0, 1, 1)

        self.phone_edit = QLineEdit(KeyHandoverDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.handover_form.addWidget(self.phone_edit, 2, 1, 1, 1)

        self.phone_error = QLabel(KeyHandoverDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.handover_form.addWidget(self.phone_error, 3, 1, 1, 1)

        self.id_type_label = QLabel(KeyHandoverDialog)
        self.id_type_label.setObjectName(u"id_type_label")

        self.handover_form.addWidget(self.id_type_label, 4, 0, 1, 1)

        self.id_type_combo = QComboBox(KeyHandoverDialog)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.handover_form.addWidget(self.id_type_combo, 4, 1, 1, 1)

        self.id_type_error = QLabel(KeyHandoverDialog)
        self.id_type_error.setObjectName(u"id_type_error")
        self.id_type_error.setText(u"")

        self.handover_form.addWidget(self.id_type_error, 5, 1, 1, 1)

        self.id_number_label = QLabel(KeyHandoverDialog)
        self.id_number_label.setObjectName(u"id_number_label")

        self.handover_form.addWidget(self.id_number_label, 6, 0, 1, 1)

        self.id_number_edit = QLineEdit(KeyHandoverDialog)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(32)

        self.handover_form.addWidget(self.id_number_edit, 6, 1, 1, 1)

        self.id_number_error = QLabel(KeyHandoverDialog)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.handover_form.addWidget(self.id_number_error, 7, 1, 1, 1)

        self.note_label = QLabel(KeyHandoverDialog)
        self.note_label.setObjectName(u"note_label")

        self.handover_form.addWidget(self.note_label, 8, 0, 1, 1)

        self.note_edit = QLineEdit(KeyHandoverDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(1000)

        self.handover_form.addWidget(self.note_edit, 8, 1, 1, 1)

        self.note_error = QLabel(KeyHandoverDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.handover_form.addWidget(self.note_error, 9, 1, 1, 1)


        self.dialog_layout.addLayout(self.handover_form)

        self.print_check = QCheckBox(KeyHandoverDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(KeyHandoverDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeyHandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.owner_label.setBuddy(self.owner_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.id_type_label.setBuddy(self.id_type_combo)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.owner_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.print_check)

        self.retranslateUi(KeyHandoverDialog)

        QMetaObject.connectSlotsByName(KeyHandoverDialog)
    # setupUi

    def retranslateUi(self, KeyHandoverDialog):
        KeyHandoverDialog.setWindowTitle(QCoreApplication.translate("KeyHandoverDialog", u"Hand the keys over", None))
        self.owner_label.setText(QCoreApplication.translate("KeyHandoverDialog", u"&Owner", None))
        self.phone_label.setText(QCoreApplication.translate("KeyHandoverDialog", u"&Phone", None))
        self.id_type_label.setText(QCoreApplication.translate("KeyHandoverDialog", u"ID &document", None))
        self.id_number_label.setText(QCoreApplication.translate("KeyHandoverDialog", u"&ID number", None))
        self.note_label.setText(QCoreApplication.translate("KeyHandoverDialog", u"&Note", None))
        self.print_check.setText(QCoreApplication.translate("KeyHandoverDialog", u"Print the handover &slip", None))
    # retranslateUi

