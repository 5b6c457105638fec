# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_contact_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FeeContactDialog(object):
    def setupUi(self, FeeContactDialog):
        if not FeeContactDialog.objectName():
            FeeContactDialog.setObjectName(u"FeeContactDialog")
        FeeContactDialog.resize(480, 300)
        self.dialog_layout = QVBoxLayout(FeeContactDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeContactDialog)
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
        self.kind_label = QLabel(FeeContactDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(FeeContactDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.kind_error = QLabel(FeeContactDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")

        self.fields_layout.addWidget(self.kind_error, 1, 1, 1, 1)

        self.note_label = QLabel(FeeContactDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 2, 0, 1, 1)

        self.note_edit = QLineEdit(FeeContactDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 2, 1, 1, 1)

        self.note_error = QLabel(FeeContactDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 3, 1, 1, 1)

        self.promise_check = QCheckBox(FeeContactDialog)
        self.promise_check.setObjectName(u"promise_check")

        self.fields_layout.addWidget(self.promise_check, 4, 0, 1, 1)

        self.promised_edit = QDateEdit(FeeContactDialog)
        self.promised_edit.setObjectName(u"promised_edit")
        self.promised_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.promised_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.promised_edit, 4, 1, 1, 1)

        self.promised_on_error = QLabel(FeeContactDialog)
        self.promised_on_error.setObjectName(u"promised_on_error")
        self.promised_on_error.setText(u"")

        self.fields_layout.addWidget(self.promised_on_error, 5, 1, 1, 1)

        self.at_label = QLabel(FeeContactDialog)
        self.at_label.setObjectName(u"at_label")

        self.fields_layout.addWidget(self.at_label, 6, 0, 1, 1)

        self.at_edit = QDateTimeEdit(FeeContactDialog)
        self.at_edit.setObjectName(u"at_edit")
        self.at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.at_edit, 6, 1, 1, 1)

        self.at_error = QLabel(FeeContactDialog)
        self.at_error.setObjectName(u"at_error")
        self.at_error.setText(u"")

        self.fields_layout.addWidget(self.at_error, 7, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeContactDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.note_label.setBuddy(self.note_edit)
        self.at_label.setBuddy(self.at_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.promise_check)
        QWidget.setTabOrder(self.promise_check, self.promised_edit)
        QWidget.setTabOrder(self.promised_edit, self.at_edit)
        QWidget.setTabOrder(self.at_edit, self.button_box)

        self.retranslateUi(FeeContactDialog)

        QMetaObject.connectSlotsByName(FeeContactDialog)
    # setupUi

    def retranslateUi(self, FeeContactDialog):
        FeeContactDialog.setWindowTitle(QCoreApplication.translate("FeeContactDialog", u"Log a contact about fees", None))
        self.kind_label.setText(QCoreApplication.translate("FeeContactDialog", u"&Kind", None))
        self.note_label.setText(QCoreApplication.translate("FeeContactDialog", u"&What was said", None))
        self.promise_check.setText(QCoreApplication.translate("FeeContactDialog", u"&Promised to pay by", None))
        self.at_label.setText(QCoreApplication.translate("FeeContactDialog", u"Wh&en", None))
    # retranslateUi

