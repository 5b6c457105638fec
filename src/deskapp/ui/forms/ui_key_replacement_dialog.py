# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_replacement_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_KeyReplacementDialog(object):
    def setupUi(self, KeyReplacementDialog):
        if not KeyReplacementDialog.objectName():
            KeyReplacementDialog.setObjectName(u"KeyReplacementDialog")
        KeyReplacementDialog.resize(460, 250)
        self.dialog_layout = QVBoxLayout(KeyReplacementDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyReplacementDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.lock_changed_check = QCheckBox(KeyReplacementDialog)
        self.lock_changed_check.setObjectName(u"lock_changed_check")

        self.dialog_layout.addWidget(self.lock_changed_check)

        self.replacement_form = QGridLayout()
        self.replacement_form.setObjectName(u"replacement_form")
        self.replacement_form.setVerticalSpacing(3)
        self.keys_new_label = QLabel(KeyReplacementDialog)
        self.keys_new_label.setObjectName(u"keys_new_label")

        self.replacement_form.addWidget(self.keys_new_label, 0, 0, 1, 1)

        self.keys_new_spin = QSpinBox(KeyReplacementDialog)
        self.keys_new_spin.setObjectName(u"keys_new_spin")
        self.keys_new_spin.setMinimum(1)
        self.keys_new_spin.setMaximum(50)

        self.replacement_form.addWidget(self.keys_new_spin, 0, 1, 1, 1)

        self.keys_new_error = QLabel(KeyReplacementDialog)
        self.keys_new_error.setObjectName(u"keys_new_error")
        self.keys_new_error.setText(u"")

        self.replacement_form.addWidget(self.keys_new_error, 1, 1, 1, 1)

        self.note_label = QLabel(KeyReplacementDialog)
        self.note_label.setObjectName(u"note_label")

        self.replacement_form.addWidget(self.note_label, 2, 0, 1, 1)

        self.note_edit = QLineEdit(KeyReplacementDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(1000)

        self.replacement_form.addWidget(self.note_edit, 2, 1, 1, 1)

        self.note_error = QLabel(KeyReplacementDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.replacement_form.addWidget(self.note_error, 3, 1, 1, 1)


        self.dialog_layout.addLayout(self.replacement_form)

        self.result_label = QLabel(KeyReplacementDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.result_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(KeyReplacementDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeyReplacementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.keys_new_label.setBuddy(self.keys_new_spin)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lock_changed_check, self.keys_new_spin)
        QWidget.setTabOrder(self.keys_new_spin, self.note_edit)

        self.retranslateUi(KeyReplacementDialog)

        QMetaObject.connectSlotsByName(KeyReplacementDialog)
    # setupUi

    def retranslateUi(self, KeyReplacementDialog):
        KeyReplacementDialog.setWindowTitle(QCoreApplication.translate("KeyReplacementDialog", u"New keys", None))
        self.lock_changed_check.setText(QCoreApplication.translate("KeyReplacementDialog", u"The &lock was changed", None))
        self.keys_new_label.setText(QCoreApplication.translate("KeyReplacementDialog", u"&New keys", None))
        self.note_label.setText(QCoreApplication.translate("KeyReplacementDialog", u"N&ote", None))
    # retranslateUi

