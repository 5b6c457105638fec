# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_step_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RequestStepDialog(object):
    def setupUi(self, RequestStepDialog):
        if not RequestStepDialog.objectName():
            RequestStepDialog.setObjectName(u"RequestStepDialog")
        RequestStepDialog.resize(460, 420)
        self.dialog_layout = QVBoxLayout(RequestStepDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RequestStepDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.department_label = QLabel(RequestStepDialog)
        self.department_label.setObjectName(u"department_label")

        self.fields_layout.addWidget(self.department_label, 0, 0, 1, 1)

        self.department_combo = QComboBox(RequestStepDialog)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setEditable(True)

        self.fields_layout.addWidget(self.department_combo, 0, 1, 1, 1)

        self.department_error = QLabel(RequestStepDialog)
        self.department_error.setObjectName(u"department_error")
        self.department_error.setText(u"")

        self.fields_layout.addWidget(self.department_error, 1, 1, 1, 1)

        self.handler_label = QLabel(RequestStepDialog)
        self.handler_label.setObjectName(u"handler_label")

        self.fields_layout.addWidget(self.handler_label, 2, 0, 1, 1)

        self.handler_edit = QLineEdit(RequestStepDialog)
        self.handler_edit.setObjectName(u"handler_edit")
        self.handler_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.handler_edit, 2, 1, 1, 1)

        self.handler_error = QLabel(RequestStepDialog)
        self.handler_error.setObjectName(u"handler_error")
        self.handler_error.setText(u"")

        self.fields_layout.addWidget(self.handler_error, 3, 1, 1, 1)

        self.text_label = QLabel(RequestStepDialog)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.text_label, 4, 0, 1, 1)

        self.text_edit = QPlainTextEdit(RequestStepDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(QSize(0, 90))

        self.fields_layout.addWidget(self.text_edit, 4, 1, 1, 1)

        self.text_error = QLabel(RequestStepDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setText(u"")

        self.fields_layout.addWidget(self.text_error, 5, 1, 1, 1)

        self.rectification_label = QLabel(RequestStepDialog)
        self.rectification_label.setObjectName(u"rectification_label")
        self.rectification_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.rectification_label, 6, 0, 1, 1)

        self.rectification_edit = QPlainTextEdit(RequestStepDialog)
        self.rectification_edit.setObjectName(u"rectification_edit")
        self.rectification_edit.setTabChangesFocus(True)
        self.rectification_edit.setMinimumSize(QSize(0, 70))

        self.fields_layout.addWidget(self.rectification_edit, 6, 1, 1, 1)

        self.rectification_error = QLabel(RequestStepDialog)
        self.rectification_error.setObjectName(u"rectification_error")
        self.rectification_error.setText(u"")

        self.fields_layout.addWidget(self.rectification_error, 7, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.form_error = QLabel(RequestStepDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(RequestStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.department_label.setBuddy(self.department_combo)
        self.handler_label.setBuddy(self.handler_edit)
        self.text_label.setBuddy(self.text_edit)
        self.rectification_label.setBuddy(self.rectification_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.department_combo, self.handler_edit)
        QWidget.setTabOrder(self.handler_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.rectification_edit)

        self.retranslateUi(RequestStepDialog)

        QMetaObject.connectSlotsByName(RequestStepDialog)
    # setupUi

    def retranslateUi(self, RequestStepDialog):
        RequestStepDialog.setWindowTitle(QCoreApplication.translate("RequestStepDialog", u"Request", None))
        self.department_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Department", None))
        self.handler_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Handler", None))
        self.text_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Note", None))
        self.rectification_label.setText(QCoreApplication.translate("RequestStepDialog", u"&Rectification planned", None))
    # retranslateUi

