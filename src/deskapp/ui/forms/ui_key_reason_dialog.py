# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_reason_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_KeyReasonDialog(object):
    def setupUi(self, KeyReasonDialog):
        if not KeyReasonDialog.objectName():
            KeyReasonDialog.setObjectName(u"KeyReasonDialog")
        KeyReasonDialog.resize(440, 150)
        self.dialog_layout = QVBoxLayout(KeyReasonDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyReasonDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.reason_form = QGridLayout()
        self.reason_form.setObjectName(u"reason_form")
        self.reason_form.setVerticalSpacing(3)
        self.reason_label = QLabel(KeyReasonDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_form.addWidget(self.reason_label, 0, 0, 1, 1)

        self.reason_edit = QLineEdit(KeyReasonDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.reason_form.addWidget(self.reason_edit, 0, 1, 1, 1)

        self.reason_error = QLabel(KeyReasonDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.reason_form.addWidget(self.reason_error, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.reason_form)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(KeyReasonDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeyReasonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyReasonDialog)

        QMetaObject.connectSlotsByName(KeyReasonDialog)
    # setupUi

    def retranslateUi(self, KeyReasonDialog):
        KeyReasonDialog.setWindowTitle(QCoreApplication.translate("KeyReasonDialog", u"Reason", None))
        self.reason_label.setText(QCoreApplication.translate("KeyReasonDialog", u"&Reason", None))
    # retranslateUi

