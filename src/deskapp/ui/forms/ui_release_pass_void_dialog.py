# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_pass_void_dialog.ui'
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

class Ui_ReleasePassVoidDialog(object):
    def setupUi(self, ReleasePassVoidDialog):
        if not ReleasePassVoidDialog.objectName():
            ReleasePassVoidDialog.setObjectName(u"ReleasePassVoidDialog")
        ReleasePassVoidDialog.resize(460, 170)
        self.dialog_layout = QVBoxLayout(ReleasePassVoidDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.pass_label = QLabel(ReleasePassVoidDialog)
        self.pass_label.setObjectName(u"pass_label")
        self.pass_label.setText(u"")
        self.pass_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.pass_label)

        self.warning_label = QLabel(ReleasePassVoidDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setText(u"")
        self.warning_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.warning_label)

        self.reason_layout = QGridLayout()
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_layout.setVerticalSpacing(3)
        self.reason_label = QLabel(ReleasePassVoidDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_layout.addWidget(self.reason_label, 0, 0, 1, 1)

        self.reason_edit = QLineEdit(ReleasePassVoidDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.reason_layout.addWidget(self.reason_edit, 0, 1, 1, 1)

        self.reason_error = QLabel(ReleasePassVoidDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.reason_layout.addWidget(self.reason_error, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.reason_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(ReleasePassVoidDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ReleasePassVoidDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(ReleasePassVoidDialog)

        QMetaObject.connectSlotsByName(ReleasePassVoidDialog)
    # setupUi

    def retranslateUi(self, ReleasePassVoidDialog):
        ReleasePassVoidDialog.setWindowTitle(QCoreApplication.translate("ReleasePassVoidDialog", u"Void release pass", None))
        self.reason_label.setText(QCoreApplication.translate("ReleasePassVoidDialog", u"&Reason", None))
    # retranslateUi

