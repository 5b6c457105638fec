# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_return_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_KeyReturnDialog(object):
    def setupUi(self, KeyReturnDialog):
        if not KeyReturnDialog.objectName():
            KeyReturnDialog.setObjectName(u"KeyReturnDialog")
        KeyReturnDialog.resize(440, 360)
        self.dialog_layout = QVBoxLayout(KeyReturnDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.loan_label = QLabel(KeyReturnDialog)
        self.loan_label.setObjectName(u"loan_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.loan_label.sizePolicy().hasHeightForWidth())
        self.loan_label.setSizePolicy(sizePolicy)
        self.loan_label.setText(u"")
        self.loan_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.loan_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.tag_label = QLabel(KeyReturnDialog)
        self.tag_label.setObjectName(u"tag_label")

        self.fields_layout.addWidget(self.tag_label, 0, 0, 1, 1)

        self.tag_edit = QLineEdit(KeyReturnDialog)
        self.tag_edit.setObjectName(u"tag_edit")
        self.tag_edit.setMaxLength(40)

        self.fields_layout.addWidget(self.tag_edit, 0, 1, 1, 1)

        self.tag_error = QLabel(KeyReturnDialog)
        self.tag_error.setObjectName(u"tag_error")
        self.tag_error.setText(u"")

        self.fields_layout.addWidget(self.tag_error, 1, 1, 1, 1)

        self.keys_back_label = QLabel(KeyReturnDialog)
        self.keys_back_label.setObjectName(u"keys_back_label")

        self.fields_layout.addWidget(self.keys_back_label, 2, 0, 1, 1)

        self.keys_back_spin = QSpinBox(KeyReturnDialog)
        self.keys_back_spin.setObjectName(u"keys_back_spin")
        self.keys_back_spin.setMinimum(0)
        self.keys_back_spin.setMaximum(50)

        self.fields_layout.addWidget(self.keys_back_spin, 2, 1, 1, 1)

        self.keys_back_error = QLabel(KeyReturnDialog)
        self.keys_back_error.setObjectName(u"keys_back_error")
        self.keys_back_error.setText(u"")

        self.fields_layout.addWidget(self.keys_back_error, 3, 1, 1, 1)

        self.returned_by_label = QLabel(KeyReturnDialog)
        self.returned_by_label.setObjectName(u"returned_by_label")

        self.fields_layout.addWidget(self.returned_by_label, 4, 0, 1, 1)

        self.returned_by_edit = QLineEdit(KeyReturnDialog)
        self.returned_by_edit.setObjectName(u"returned_by_edit")
        self.returned_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.returned_by_edit, 4, 1, 1, 1)

        self.returned_by_error = QLabel(KeyReturnDialog)
        self.returned_by_error.setObjectName(u"returned_by_error")
        self.returned_by_error.setText(u"")

        self.fields_layout.addWidget(self.returned_by_error, 5, 1, 1, 1)

        self.condition_label = QLabel(KeyReturnDialog)
        self.condition_label.setObjectName(u"condition_label")

        self.fields_layout.addWidget(self.condition_label, 6, 0, 1, 1)

        self.condition_edit = QLineEdit(KeyReturnDialog)
        self.condition_edit.setObjectName(u"condition_edit")
        self.condition_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.condition_edit, 6, 1, 1, 1)

        self.condition_note_error = QLabel(KeyReturnDialog)
        self.condition_note_error.setObjectName(u"condition_note_error")
        self.condition_note_error.setText(u"")

        self.fields_layout.addWidget(self.condition_note_error, 7, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.partial_label = QLabel(KeyReturnDialog)
        self.partial_label.setObjectName(u"partial_label")
        sizePolicy.setHeightForWidth(self.partial_label.sizePolicy().hasHeightForWidth())
        self.partial_label.setSizePolicy(sizePolicy)
        self.partial_label.setText(u"")
        self.partial_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.partial_label)

        self.print_check = QCheckBox(KeyReturnDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(KeyReturnDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeyReturnDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.tag_label.setBuddy(self.tag_edit)
        self.keys_back_label.setBuddy(self.keys_back_spin)
        self.returned_by_label.setBuddy(self.returned_by_edit)
        self.condition_label.setBuddy(self.condition_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tag_edit, self.keys_back_spin)
        QWidget.setTabOrder(self.keys_back_spin, self.returned_by_edit)
        QWidget.setTabOrder(self.returned_by_edit, self.condition_edit)
        QWidget.setTabOrder(self.condition_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(KeyReturnDialog)

        QMetaObject.connectSlotsByName(KeyReturnDialog)
    # setupUi

    def retranslateUi(self, KeyReturnDialog):
        KeyReturnDialog.setWindowTitle(QCoreApplication.translate("KeyReturnDialog", u"Take keys back", None))
        self.tag_label.setText(QCoreApplication.translate("KeyReturnDialog", u"&Tag", None))
        self.keys_back_label.setText(QCoreApplication.translate("KeyReturnDialog", u"&Keys back", None))
        self.returned_by_label.setText(QCoreApplication.translate("KeyReturnDialog", u"&Brought by", None))
        self.condition_label.setText(QCoreApplication.translate("KeyReturnDialog", u"&Condition", None))
        self.print_check.setText(QCoreApplication.translate("KeyReturnDialog", u"&Print the return on the slip", None))
    # retranslateUi

