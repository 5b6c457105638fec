# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expected_visitor_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ExpectedVisitorDialog(object):
    def setupUi(self, ExpectedVisitorDialog):
        if not ExpectedVisitorDialog.objectName():
            ExpectedVisitorDialog.setObjectName(u"ExpectedVisitorDialog")
        ExpectedVisitorDialog.resize(400, 300)
        self.dialog_layout = QVBoxLayout(ExpectedVisitorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.hint_label = QLabel(ExpectedVisitorDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.expected_form = QGridLayout()
        self.expected_form.setObjectName(u"expected_form")
        self.expected_form.setVerticalSpacing(3)
        self.name_label = QLabel(ExpectedVisitorDialog)
        self.name_label.setObjectName(u"name_label")

        self.expected_form.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(ExpectedVisitorDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.expected_form.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(ExpectedVisitorDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.expected_form.addWidget(self.name_error, 1, 1, 1, 1)

        self.phone_label = QLabel(ExpectedVisitorDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.expected_form.addWidget(self.phone_label, 2, 0, 1, 1)

        self.phone_edit = QLineEdit(ExpectedVisitorDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.expected_form.addWidget(self.phone_edit, 2, 1, 1, 1)

        self.phone_error = QLabel(ExpectedVisitorDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.expected_form.addWidget(self.phone_error, 3, 1, 1, 1)

        self.company_label = QLabel(ExpectedVisitorDialog)
        self.company_label.setObjectName(u"company_label")

        self.expected_form.addWidget(self.company_label, 4, 0, 1, 1)

        self.company_edit = QLineEdit(ExpectedVisitorDialog)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(200)

        self.expected_form.addWidget(self.company_edit, 4, 1, 1, 1)

        self.company_error = QLabel(ExpectedVisitorDialog)
        self.company_error.setObjectName(u"company_error")
        self.company_error.setText(u"")

        self.expected_form.addWidget(self.company_error, 5, 1, 1, 1)

        self.party_size_label = QLabel(ExpectedVisitorDialog)
        self.party_size_label.setObjectName(u"party_size_label")

        self.expected_form.addWidget(self.party_size_label, 6, 0, 1, 1)

        self.party_size_spin = QSpinBox(ExpectedVisitorDialog)
        self.party_size_spin.setObjectName(u"party_size_spin")
        self.party_size_spin.setMinimum(1)
        self.party_size_spin.setMaximum(50)

        self.expected_form.addWidget(self.party_size_spin, 6, 1, 1, 1)

        self.party_size_error = QLabel(ExpectedVisitorDialog)
        self.party_size_error.setObjectName(u"party_size_error")
        self.party_size_error.setText(u"")

        self.expected_form.addWidget(self.party_size_error, 7, 1, 1, 1)

        self.purpose_label = QLabel(ExpectedVisitorDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.expected_form.addWidget(self.purpose_label, 8, 0, 1, 1)

        self.purpose_combo = QComboBox(ExpectedVisitorDialog)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.expected_form.addWidget(self.purpose_combo, 8, 1, 1, 1)

        self.host_label = QLabel(ExpectedVisitorDialog)
        self.host_label.setObjectName(u"host_label")

        self.expected_form.addWidget(self.host_label, 9, 0, 1, 1)

        self.host_edit = QLineEdit(ExpectedVisitorDialog)
        self.host_edit.setObjectName(u"host_edit")
        self.host_edit.setMaxLength(200)

        self.expected_form.addWidget(self.host_edit, 9, 1, 1, 1)

        self.host_error = QLabel(ExpectedVisitorDialog)
        self.host_error.setObjectName(u"host_error")
        self.host_error.setText(u"")

        self.expected_form.addWidget(self.host_error, 10, 1, 1, 1)

        self.expected_at_label = QLabel(ExpectedVisitorDialog)
        self.expected_at_label.setObjectName(u"expected_at_label")

        self.expected_form.addWidget(self.expected_at_label, 11, 0, 1, 1)

        self.expected_at_edit = QDateTimeEdit(ExpectedVisitorDialog)
        self.expected_at_edit.setObjectName(u"expected_at_edit")
        self.expected_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.expected_at_edit.setCalendarPopup(True)

        self.expected_form.addWidget(self.expected_at_edit, 11, 1, 1, 1)

        self.expected_at_error = QLabel(ExpectedVisitorDialog)
        self.expected_at_error.setObjectName(u"expected_at_error")
        self.expected_at_error.setText(u"")

        self.expected_form.addWidget(self.expected_at_error, 12, 1, 1, 1)

        self.note_label = QLabel(ExpectedVisitorDialog)
        self.note_label.setObjectName(u"note_label")

        self.expected_form.addWidget(self.note_label, 13, 0, 1, 1)

        self.note_edit = QLineEdit(ExpectedVisitorDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.expected_form.addWidget(self.note_edit, 13, 1, 1, 1)

        self.note_error = QLabel(ExpectedVisitorDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.expected_form.addWidget(self.note_error, 14, 1, 1, 1)


        self.dialog_layout.addLayout(self.expected_form)

        self.other_error = QLabel(ExpectedVisitorDialog)
        self.other_error.setObjectName(u"other_error")
        self.other_error.setText(u"")

        self.dialog_layout.addWidget(self.other_error)

        self.button_box = QDialogButtonBox(ExpectedVisitorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.company_label.setBuddy(self.company_edit)
        self.party_size_label.setBuddy(self.party_size_spin)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.host_label.setBuddy(self.host_edit)
        self.expected_at_label.setBuddy(self.expected_at_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.party_size_spin)
        QWidget.setTabOrder(self.party_size_spin, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.expected_at_edit)
        QWidget.setTabOrder(self.expected_at_edit, self.note_edit)

        self.retranslateUi(ExpectedVisitorDialog)

        QMetaObject.connectSlotsByName(ExpectedVisitorDialog)
    # setupUi

    def retranslateUi(self, ExpectedVisitorDialog):
        ExpectedVisitorDialog.setWindowTitle(QCoreApplication.translate("ExpectedVisitorDialog", u"Expected visitor", None))
        self.hint_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"Someone a host has announced: on arrival, Enter on their line fills in the check-in.", None))
        self.name_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"&Phone", None))
        self.company_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"C&ompany", None))
        self.party_size_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"Peop&le", None))
        self.purpose_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"P&urpose", None))
        self.host_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"Ho&st", None))
        self.expected_at_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"Expected &at", None))
        self.note_label.setText(QCoreApplication.translate("ExpectedVisitorDialog", u"Not&e", None))
    # retranslateUi

