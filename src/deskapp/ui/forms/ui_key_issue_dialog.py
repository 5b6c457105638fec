# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_issue_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_KeyIssueDialog(object):
    def setupUi(self, KeyIssueDialog):
        if not KeyIssueDialog.objectName():
            KeyIssueDialog.setObjectName(u"KeyIssueDialog")
        KeyIssueDialog.resize(480, 640)
        self.dialog_layout = QVBoxLayout(KeyIssueDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.key_label = QLabel(KeyIssueDialog)
        self.key_label.setObjectName(u"key_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.key_label.sizePolicy().hasHeightForWidth())
        self.key_label.setSizePolicy(sizePolicy)
        self.key_label.setText(u"")
        self.key_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.key_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.listed_label = QLabel(KeyIssueDialog)
        self.listed_label.setObjectName(u"listed_label")

        self.fields_layout.addWidget(self.listed_label, 0, 0, 1, 1)

        self.listed_combo = QComboBox(KeyIssueDialog)
        self.listed_combo.setObjectName(u"listed_combo")

        self.fields_layout.addWidget(self.listed_combo, 0, 1, 1, 1)

        self.borrower_name_label = QLabel(KeyIssueDialog)
        self.borrower_name_label.setObjectName(u"borrower_name_label")

        self.fields_layout.addWidget(self.borrower_name_label, 1, 0, 1, 1)

        self.borrower_name_edit = QLineEdit(KeyIssueDialog)
        self.borrower_name_edit.setObjectName(u"borrower_name_edit")
        self.borrower_name_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.borrower_name_edit, 1, 1, 1, 1)

        self.borrower_name_error = QLabel(KeyIssueDialog)
        self.borrower_name_error.setObjectName(u"borrower_name_error")
        self.borrower_name_error.setText(u"")

        self.fields_layout.addWidget(self.borrower_name_error, 2, 1, 1, 1)

        self.phone_label = QLabel(KeyIssueDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 3, 0, 1, 1)

        self.phone_edit = QLineEdit(KeyIssueDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.phone_edit, 3, 1, 1, 1)

        self.phone_error = QLabel(KeyIssueDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_layout.addWidget(self.phone_error, 4, 1, 1, 1)

        self.id_number_label = QLabel(KeyIssueDialog)
        self.id_number_label.setObjectName(u"id_number_label")

        self.fields_layout.addWidget(self.id_number_label, 5, 0, 1, 1)

        self.id_layout = QHBoxLayout()
        self.id_layout.setObjectName(u"id_layout")
        self.id_type_combo = QComboBox(KeyIssueDialog)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.id_layout.addWidget(self.id_type_combo)

        self.id_number_edit = QLineEdit(KeyIssueDialog)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(30)

        self.id_layout.addWidget(self.id_number_edit)

        self.id_layout.setStretch(1, 1)

        self.fields_layout.addLayout(self.id_layout, 5, 1, 1, 1)

        self.id_number_error = QLabel(KeyIssueDialog)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.fields_layout.addWidget(self.id_number_error, 6, 1, 1, 1)

        self.company_label = QLabel(KeyIssueDialog)
        self.company_label.setObjectName(u"company_label")

        self.fields_layout.addWidget(self.company_label, 7, 0, 1, 1)

        self.company_edit = QLineEdit(KeyIssueDialog)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.company_edit, 7, 1, 1, 1)

        self.company_error = QLabel(KeyIssueDialog)
        self.company_error.setObjectName(u"company_error")
        self.company_error.setText(u"")

        self.fields_layout.addWidget(self.company_error, 8, 1, 1, 1)

        self.staff_check = QCheckBox(KeyIssueDialog)
        self.staff_check.setObjectName(u"staff_check")

        self.fields_layout.addWidget(self.staff_check, 9, 1, 1, 1)

        self.staff_error = QLabel(KeyIssueDialog)
        self.staff_error.setObjectName(u"staff_error")
        self.staff_error.setText(u"")

        self.fields_layout.addWidget(self.staff_error, 10, 1, 1, 1)

        self.purpose_label = QLabel(KeyIssueDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.fields_layout.addWidget(self.purpose_label, 11, 0, 1, 1)

        self.purpose_combo = QComboBox(KeyIssueDialog)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.fields_layout.addWidget(self.purpose_combo, 11, 1, 1, 1)

        self.purpose_error = QLabel(KeyIssueDialog)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setText(u"")

        self.fields_layout.addWidget(self.purpose_error, 12, 1, 1, 1)

        self.purpose_note_label = QLabel(KeyIssueDialog)
        self.purpose_note_label.setObjectName(u"purpose_note_label")

        self.fields_layout.addWidget(self.purpose_note_label, 13, 0, 1, 1)

        self.purpose_note_edit = QLineEdit(KeyIssueDialog)
        self.purpose_note_edit.setObjectName(u"purpose_note_edit")
        self.purpose_note_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.purpose_note_edit, 13, 1, 1, 1)

        self.purpose_note_error = QLabel(KeyIssueDialog)
        self.purpose_note_error.setObjectName(u"purpose_note_error")
        self.purpose_note_error.setText(u"")

        self.fields_layout.addWidget(self.purpose_note_error, 14, 1, 1, 1)

        self.authorised_by_label = QLabel(KeyIssueDialog)
        self.authorised_by_label.setObjectName(u"authorised_by_label")

        self.fields_layout.addWidget(self.authorised_by_label, 15, 0, 1, 1)

        self.authorised_by_edit = QLineEdit(KeyIssueDialog)
        self.authorised_by_edit.setObjectName(u"authorised_by_edit")
        self.authorised_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.authorised_by_edit, 15, 1, 1, 1)

        self.authorised_by_error = QLabel(KeyIssueDialog)
        self.authorised_by_error.setObjectName(u"authorised_by_error")
        self.authorised_by_error.setText(u"")

        self.fields_layout.addWidget(self.authorised_by_error, 16, 1, 1, 1)

        self.expected_back_label = QLabel(KeyIssueDialog)
        self.expected_back_label.setObjectName(u"expected_back_label")

        self.fields_layout.addWidget(self.expected_back_label, 17, 0, 1, 1)

        self.expected_back_edit = QDateTimeEdit(KeyIssueDialog)
        self.expected_back_edit.setObjectName(u"expected_back_edit")
        self.expected_back_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.expected_back_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.expected_back_edit, 17, 1, 1, 1)

        self.expected_back_error = QLabel(KeyIssueDialog)
        self.expected_back_error.setObjectName(u"expected_back_error")
        self.expected_back_error.setText(u"")

        self.fields_layout.addWidget(self.expected_back_error, 18, 1, 1, 1)

        self.keys_out_label = QLabel(KeyIssueDialog)
        self.keys_out_label.setObjectName(u"keys_out_label")

        self.fields_layout.addWidget(self.keys_out_label, 19, 0, 1, 1)

        self.keys_out_spin = QSpinBox(KeyIssueDialog)
        self.keys_out_spin.setObjectName(u"keys_out_spin")
        self.keys_out_spin.setMinimum(1)
        self.keys_out_spin.setMaximum(50)

        self.fields_layout.addWidget(self.keys_out_spin, 19, 1, 1, 1)

        self.keys_out_error = QLabel(KeyIssueDialog)
        self.keys_out_error.setObjectName(u"keys_out_error")
        self.keys_out_error.setText(u"")

        self.fields_layout.addWidget(self.keys_out_error, 20, 1, 1, 1)

        self.note_label = QLabel(KeyIssueDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 21, 0, 1, 1)

        self.note_edit = QLineEdit(KeyIssueDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 21, 1, 1, 1)

        self.note_error = QLabel(KeyIssueDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 22, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.consent_box = QGroupBox(KeyIssueDialog)
        self.consent_box.setObjectName(u"consent_box")
        self.consent_box_layout = QVBoxLayout(self.consent_box)
        self.consent_box_layout.setObjectName(u"consent_box_layout")
        self.consent_intro = QLabel(self.consent_box)
        self.consent_intro.setObjectName(u"consent_intro")
        sizePolicy.setHeightForWidth(self.consent_intro.sizePolicy().hasHeightForWidth())
        self.consent_intro.setSizePolicy(sizePolicy)
        self.consent_intro.setText(u"")
        self.consent_intro.setWordWrap(True)

        self.consent_box_layout.addWidget(self.consent_intro)

        self.consent_layout = QGridLayout()
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_layout.setVerticalSpacing(3)
        self.consent_by_label = QLabel(self.consent_box)
        self.consent_by_label.setObjectName(u"consent_by_label")

        self.consent_layout.addWidget(self.consent_by_label, 0, 0, 1, 1)

        self.consent_by_edit = QLineEdit(self.consent_box)
        self.consent_by_edit.setObjectName(u"consent_by_edit")
        self.consent_by_edit.setMaxLength(100)

        self.consent_layout.addWidget(self.consent_by_edit, 0, 1, 1, 1)

        self.consent_by_error = QLabel(self.consent_box)
        self.consent_by_error.setObjectName(u"consent_by_error")
        self.consent_by_error.setText(u"")

        self.consent_layout.addWidget(self.consent_by_error, 1, 1, 1, 1)

        self.consent_how_label = QLabel(self.consent_box)
        self.consent_how_label.setObjectName(u"consent_how_label")

        self.consent_layout.addWidget(self.consent_how_label, 2, 0, 1, 1)

        self.consent_how_combo = QComboBox(self.consent_box)
        self.consent_how_combo.setObjectName(u"consent_how_combo")

        self.consent_layout.addWidget(self.consent_how_combo, 2, 1, 1, 1)

        self.consent_how_error = QLabel(self.consent_box)
        self.consent_how_error.setObjectName(u"consent_how_error")
        self.consent_how_error.setText(u"")

        self.consent_layout.addWidget(self.consent_how_error, 3, 1, 1, 1)

        self.consent_at_label = QLabel(self.consent_box)
        self.consent_at_label.setObjectName(u"consent_at_label")

        self.consent_layout.addWidget(self.consent_at_label, 4, 0, 1, 1)

        self.consent_at_edit = QDateTimeEdit(self.consent_box)
        self.consent_at_edit.setObjectName(u"consent_at_edit")
        self.consent_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.consent_at_edit.setCalendarPopup(True)

        self.consent_layout.addWidget(self.consent_at_edit, 4, 1, 1, 1)

        self.consent_at_error = QLabel(self.consent_box)
        self.consent_at_error.setObjectName(u"consent_at_error")
        self.consent_at_error.setText(u"")

        self.consent_layout.addWidget(self.consent_at_error, 5, 1, 1, 1)


        self.consent_box_layout.addLayout(self.consent_layout)


        self.dialog_layout.addWidget(self.consent_box)

        self.print_check = QCheckBox(KeyIssueDialog)
        self.print_check.setObjectName(u"print_check")
        self.print_check.setChecked(True)

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(KeyIssueDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeyIssueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.listed_label.setBuddy(self.listed_combo)
        self.borrower_name_label.setBuddy(self.borrower_name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.company_label.setBuddy(self.company_edit)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.purpose_note_label.setBuddy(self.purpose_note_edit)
        self.authorised_by_label.setBuddy(self.authorised_by_edit)
        self.expected_back_label.setBuddy(self.expected_back_edit)
        self.keys_out_label.setBuddy(self.keys_out_spin)
        self.note_label.setBuddy(self.note_edit)
        self.consent_by_label.setBuddy(self.consent_by_edit)
        self.consent_how_label.setBuddy(self.consent_how_combo)
        self.consent_at_label.setBuddy(self.consent_at_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.listed_combo, self.borrower_name_edit)
        QWidget.setTabOrder(self.borrower_name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.staff_check)
        QWidget.setTabOrder(self.staff_check, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.purpose_note_edit)
        QWidget.setTabOrder(self.purpose_note_edit, self.authorised_by_edit)
        QWidget.setTabOrder(self.authorised_by_edit, self.expected_back_edit)
        QWidget.setTabOrder(self.expected_back_edit, self.keys_out_spin)
        QWidget.setTabOrder(self.keys_out_spin, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.consent_by_edit)
        QWidget.setTabOrder(self.consent_by_edit, self.consent_how_combo)
        QWidget.setTabOrder(self.consent_how_combo, self.consent_at_edit)
        QWidget.setTabOrder(self.consent_at_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(KeyIssueDialog)

        QMetaObject.connectSlotsByName(KeyIssueDialog)
    # setupUi

    def retranslateUi(self, KeyIssueDialog):
        KeyIssueDialog.setWindowTitle(QCoreApplication.translate("KeyIssueDialog", u"Issue keys", None))
        self.listed_label.setText(QCoreApplication.translate("KeyIssueDialog", u"On the owner's &list", None))
        self.borrower_name_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&Phone", None))
        self.id_number_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&ID", None))
        self.company_label.setText(QCoreApplication.translate("KeyIssueDialog", u"C&ompany", None))
        self.staff_check.setText(QCoreApplication.translate("KeyIssueDialog", u"Our own &staff (no ID needed)", None))
        self.purpose_label.setText(QCoreApplication.translate("KeyIssueDialog", u"P&urpose", None))
        self.purpose_note_label.setText(QCoreApplication.translate("KeyIssueDialog", u"What &for", None))
        self.authorised_by_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&Authorised by", None))
        self.expected_back_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&Expected back", None))
        self.keys_out_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&Keys", None))
        self.note_label.setText(QCoreApplication.translate("KeyIssueDialog", u"No&te", None))
        self.consent_box.setTitle(QCoreApplication.translate("KeyIssueDialog", u"The owner's consent", None))
        self.consent_by_label.setText(QCoreApplication.translate("KeyIssueDialog", u"&Confirmed by", None))
        self.consent_how_label.setText(QCoreApplication.translate("KeyIssueDialog", u"Ho&w", None))
        self.consent_at_label.setText(QCoreApplication.translate("KeyIssueDialog", u"W&hen", None))
        self.print_check.setText(QCoreApplication.translate("KeyIssueDialog", u"P&rint the borrowing slip", None))
    # retranslateUi

