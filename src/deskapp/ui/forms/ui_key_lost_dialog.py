# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_lost_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_KeyLostDialog(object):
    def setupUi(self, KeyLostDialog):
        if not KeyLostDialog.objectName():
            KeyLostDialog.setObjectName(u"KeyLostDialog")
        KeyLostDialog.resize(460, 360)
        self.dialog_layout = QVBoxLayout(KeyLostDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyLostDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.lost_form = QGridLayout()
        self.lost_form.setObjectName(u"lost_form")
        self.lost_form.setVerticalSpacing(3)
        self.reported_by_label = QLabel(KeyLostDialog)
        self.reported_by_label.setObjectName(u"reported_by_label")

        self.lost_form.addWidget(self.reported_by_label, 0, 0, 1, 1)

        self.reported_by_edit = QLineEdit(KeyLostDialog)
        self.reported_by_edit.setObjectName(u"reported_by_edit")
        self.reported_by_edit.setMaxLength(100)

        self.lost_form.addWidget(self.reported_by_edit, 0, 1, 1, 1)

        self.reported_by_error = QLabel(KeyLostDialog)
        self.reported_by_error.setObjectName(u"reported_by_error")
        self.reported_by_error.setText(u"")

        self.lost_form.addWidget(self.reported_by_error, 1, 1, 1, 1)

        self.reported_at_label = QLabel(KeyLostDialog)
        self.reported_at_label.setObjectName(u"reported_at_label")

        self.lost_form.addWidget(self.reported_at_label, 2, 0, 1, 1)

        self.reported_at_edit = QDateTimeEdit(KeyLostDialog)
        self.reported_at_edit.setObjectName(u"reported_at_edit")
        self.reported_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.reported_at_edit.setCalendarPopup(True)

        self.lost_form.addWidget(self.reported_at_edit, 2, 1, 1, 1)

        self.reported_at_error = QLabel(KeyLostDialog)
        self.reported_at_error.setObjectName(u"reported_at_error")
        self.reported_at_error.setText(u"")

        self.lost_form.addWidget(self.reported_at_error, 3, 1, 1, 1)

        self.keys_lost_label = QLabel(KeyLostDialog)
        self.keys_lost_label.setObjectName(u"keys_lost_label")

        self.lost_form.addWidget(self.keys_lost_label, 4, 0, 1, 1)

        self.keys_lost_spin = QSpinBox(KeyLostDialog)
        self.keys_lost_spin.setObjectName(u"keys_lost_spin")
        self.keys_lost_spin.setMinimum(1)
        self.keys_lost_spin.setMaximum(50)

        self.lost_form.addWidget(self.keys_lost_spin, 4, 1, 1, 1)

        self.keys_lost_error = QLabel(KeyLostDialog)
        self.keys_lost_error.setObjectName(u"keys_lost_error")
        self.keys_lost_error.setText(u"")

        self.lost_form.addWidget(self.keys_lost_error, 5, 1, 1, 1)

        self.circumstances_label = QLabel(KeyLostDialog)
        self.circumstances_label.setObjectName(u"circumstances_label")
        self.circumstances_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.lost_form.addWidget(self.circumstances_label, 6, 0, 1, 1)

        self.circumstances_edit = QPlainTextEdit(KeyLostDialog)
        self.circumstances_edit.setObjectName(u"circumstances_edit")
        self.circumstances_edit.setTabChangesFocus(True)
        self.circumstances_edit.setMinimumSize(QSize(0, 70))
        self.circumstances_edit.setMaximumSize(QSize(16777215, 100))

        self.lost_form.addWidget(self.circumstances_edit, 6, 1, 1, 1)

        self.circumstances_error = QLabel(KeyLostDialog)
        self.circumstances_error.setObjectName(u"circumstances_error")
        self.circumstances_error.setText(u"")

        self.lost_form.addWidget(self.circumstances_error, 7, 1, 1, 1)


        self.dialog_layout.addLayout(self.lost_form)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(KeyLostDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeyLostDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reported_by_label.setBuddy(self.reported_by_edit)
        self.reported_at_label.setBuddy(self.reported_at_edit)
        self.keys_lost_label.setBuddy(self.keys_lost_spin)
        self.circumstances_label.setBuddy(self.circumstances_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reported_by_edit, self.reported_at_edit)
        QWidget.setTabOrder(self.reported_at_edit, self.keys_lost_spin)
        QWidget.setTabOrder(self.keys_lost_spin, self.circumstances_edit)

        self.retranslateUi(KeyLostDialog)

        QMetaObject.connectSlotsByName(KeyLostDialog)
    # setupUi

    def retranslateUi(self, KeyLostDialog):
        KeyLostDialog.setWindowTitle(QCoreApplication.translate("KeyLostDialog", u"Keys lost", None))
        self.reported_by_label.setText(QCoreApplication.translate("KeyLostDialog", u"&Reported by", None))
        self.reported_at_label.setText(QCoreApplication.translate("KeyLostDialog", u"&When", None))
        self.keys_lost_label.setText(QCoreApplication.translate("KeyLostDialog", u"&Keys lost", None))
        self.circumstances_label.setText(QCoreApplication.translate("KeyLostDialog", u"&Circumstances", None))
    # retranslateUi

