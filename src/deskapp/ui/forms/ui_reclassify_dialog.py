# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reclassify_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReclassifyDialog(object):
    def setupUi(self, ReclassifyDialog):
        if not ReclassifyDialog.objectName():
            ReclassifyDialog.setObjectName(u"ReclassifyDialog")
        ReclassifyDialog.resize(460, 420)
        self.dialog_layout = QVBoxLayout(ReclassifyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReclassifyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.severity_label = QLabel(ReclassifyDialog)
        self.severity_label.setObjectName(u"severity_label")

        self.fields_layout.addWidget(self.severity_label, 0, 0, 1, 1)

        self.severity_combo = QComboBox(ReclassifyDialog)
        self.severity_combo.setObjectName(u"severity_combo")

        self.fields_layout.addWidget(self.severity_combo, 0, 1, 1, 1)

        self.severity_error = QLabel(ReclassifyDialog)
        self.severity_error.setObjectName(u"severity_error")
        self.severity_error.setText(u"")

        self.fields_layout.addWidget(self.severity_error, 1, 1, 1, 1)

        self.grounds_label = QLabel(ReclassifyDialog)
        self.grounds_label.setObjectName(u"grounds_label")

        self.fields_layout.addWidget(self.grounds_label, 2, 0, 1, 1)

        self.grounds_combo = QComboBox(ReclassifyDialog)
        self.grounds_combo.setObjectName(u"grounds_combo")

        self.fields_layout.addWidget(self.grounds_combo, 2, 1, 1, 1)

        self.grounds_error = QLabel(ReclassifyDialog)
        self.grounds_error.setObjectName(u"grounds_error")
        self.grounds_error.setText(u"")

        self.fields_layout.addWidget(self.grounds_error, 3, 1, 1, 1)

        self.level_label = QLabel(ReclassifyDialog)
        self.level_label.setObjectName(u"level_label")

        self.fields_layout.addWidget(self.level_label, 4, 0, 1, 1)

        self.level_value = QLabel(ReclassifyDialog)
        self.level_value.setObjectName(u"level_value")
        self.level_value.setText(u"")

        self.fields_layout.addWidget(self.level_value, 4, 1, 1, 1)

        self.owner_label = QLabel(ReclassifyDialog)
        self.owner_label.setObjectName(u"owner_label")

        self.fields_layout.addWidget(self.owner_label, 5, 0, 1, 1)

        self.owner_edit = QLineEdit(ReclassifyDialog)
        self.owner_edit.setObjectName(u"owner_edit")
        self.owner_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.owner_edit, 5, 1, 1, 1)

        self.owner_error = QLabel(ReclassifyDialog)
        self.owner_error.setObjectName(u"owner_error")
        self.owner_error.setText(u"")

        self.fields_layout.addWidget(self.owner_error, 6, 1, 1, 1)

        self.due_label = QLabel(ReclassifyDialog)
        self.due_label.setObjectName(u"due_label")

        self.fields_layout.addWidget(self.due_label, 7, 0, 1, 1)

        self.due_edit = QDateTimeEdit(ReclassifyDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.due_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.due_edit, 7, 1, 1, 1)

        self.due_at_error = QLabel(ReclassifyDialog)
        self.due_at_error.setObjectName(u"due_at_error")
        self.due_at_error.setText(u"")

        self.fields_layout.addWidget(self.due_at_error, 8, 1, 1, 1)

        self.reason_label = QLabel(ReclassifyDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 9, 0, 1, 1)

        self.reason_edit = QLineEdit(ReclassifyDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.reason_edit, 9, 1, 1, 1)

        self.reason_error = QLabel(ReclassifyDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 10, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.form_error = QLabel(ReclassifyDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ReclassifyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.severity_label.setBuddy(self.severity_combo)
        self.grounds_label.setBuddy(self.grounds_combo)
        self.owner_label.setBuddy(self.owner_edit)
        self.due_label.setBuddy(self.due_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.severity_combo, self.grounds_combo)
        QWidget.setTabOrder(self.grounds_combo, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.reason_edit)

        self.retranslateUi(ReclassifyDialog)

        QMetaObject.connectSlotsByName(ReclassifyDialog)
    # setupUi

    def retranslateUi(self, ReclassifyDialog):
        ReclassifyDialog.setWindowTitle(QCoreApplication.translate("ReclassifyDialog", u"Change severity", None))
        self.severity_label.setText(QCoreApplication.translate("ReclassifyDialog", u"S&everity", None))
        self.grounds_label.setText(QCoreApplication.translate("ReclassifyDialog", u"&Grounds", None))
        self.level_label.setText(QCoreApplication.translate("ReclassifyDialog", u"Handled by", None))
        self.owner_label.setText(QCoreApplication.translate("ReclassifyDialog", u"&Owner", None))
        self.due_label.setText(QCoreApplication.translate("ReclassifyDialog", u"Dead&line", None))
        self.reason_label.setText(QCoreApplication.translate("ReclassifyDialog", u"&Why", None))
    # retranslateUi

