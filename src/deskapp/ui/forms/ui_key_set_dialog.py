# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_set_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDateTimeEdit, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_KeySetDialog(object):
    def setupUi(self, KeySetDialog):
        if not KeySetDialog.objectName():
            KeySetDialog.setObjectName(u"KeySetDialog")
        KeySetDialog.resize(940, 660)
        self.dialog_layout = QVBoxLayout(KeySetDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeySetDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.set_group = QGroupBox(KeySetDialog)
        self.set_group.setObjectName(u"set_group")
        self.set_form = QGridLayout(self.set_group)
        self.set_form.setObjectName(u"set_form")
        self.set_form.setVerticalSpacing(3)
        self.tag_label = QLabel(self.set_group)
        self.tag_label.setObjectName(u"tag_label")

        self.set_form.addWidget(self.tag_label, 0, 0, 1, 1)

        self.tag_edit = QLineEdit(self.set_group)
        self.tag_edit.setObjectName(u"tag_edit")
        self.tag_edit.setMaxLength(16)

        self.set_form.addWidget(self.tag_edit, 0, 1, 1, 1)

        self.tag_error = QLabel(self.set_group)
        self.tag_error.setObjectName(u"tag_error")
        self.tag_error.setText(u"")

        self.set_form.addWidget(self.tag_error, 1, 1, 1, 1)

        self.unit_label = QLabel(self.set_group)
        self.unit_label.setObjectName(u"unit_label")

        self.set_form.addWidget(self.unit_label, 2, 0, 1, 1)

        self.unit_edit = QLineEdit(self.set_group)
        self.unit_edit.setObjectName(u"unit_edit")
        self.unit_edit.setMaxLength(200)

        self.set_form.addWidget(self.unit_edit, 2, 1, 1, 1)

        self.unit_label_error = QLabel(self.set_group)
        self.unit_label_error.setObjectName(u"unit_label_error")
        self.unit_label_error.setText(u"")

        self.set_form.addWidget(self.unit_label_error, 3, 1, 1, 1)

        self.kind_label = QLabel(self.set_group)
        self.kind_label.setObjectName(u"kind_label")

        self.set_form.addWidget(self.kind_label, 4, 0, 1, 1)

        self.kind_combo = QComboBox(self.set_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.set_form.addWidget(self.kind_combo, 4, 1, 1, 1)

        self.kind_error = QLabel(self.set_group)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")

        self.set_form.addWidget(self.kind_error, 5, 1, 1, 1)

        self.key_count_label = QLabel(self.set_group)
        self.key_count_label.setObjectName(u"key_count_label")

        self.set_form.addWidget(self.key_count_label, 6, 0, 1, 1)

        self.key_count_spin = QSpinBox(self.set_group)
        self.key_count_spin.setObjectName(u"key_count_spin")
        self.key_count_spin.setMinimum(1)
        self.key_count_spin.setMaximum(50)

        self.set_form.addWidget(self.key_count_spin, 6, 1, 1, 1)

        self.key_count_error = QLabel(self.set_group)
        self.key_count_error.setObjectName(u"key_count_error")
        self.key_count_error.setText(u"")

        self.set_form.addWidget(self.key_count_error, 7, 1, 1, 1)

        self.hook_label = QLabel(self.set_group)
        self.hook_label.setObjectName(u"hook_label")

        self.set_form.addWidget(self.hook_label, 8, 0, 1, 1)

        self.hook_edit = QLineEdit(self.set_group)
        self.hook_edit.setObjectName(u"hook_edit")
        self.hook_edit.setMaxLength(16)

        self.set_form.addWidget(self.hook_edit, 8, 1, 1, 1)

        self.hook_error = QLabel(self.set_group)
        self.hook_error.setObjectName(u"hook_error")
        self.hook_error.setText(u"")

        self.set_form.addWidget(self.hook_error, 9, 1, 1, 1)

        self.notes_label = QLabel(self.set_group)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.set_form.addWidget(self.notes_label, 10, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(self.set_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumSize(QSize(0, 44))
        self.notes_edit.setMaximumSize(QSize(16777215, 74))

        self.set_form.addWidget(self.notes_edit, 10, 1, 1, 1)

        self.notes_error = QLabel(self.set_group)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setText(u"")

        self.set_form.addWidget(self.notes_error, 11, 1, 1, 1)


        self.left_layout.addWidget(self.set_group)

        self.deposit_group = QGroupBox(KeySetDialog)
        self.deposit_group.setObjectName(u"deposit_group")
        self.deposit_layout = QVBoxLayout(self.deposit_group)
        self.deposit_layout.setObjectName(u"deposit_layout")
        self.new_deposit_check = QCheckBox(self.deposit_group)
        self.new_deposit_check.setObjectName(u"new_deposit_check")

        self.deposit_layout.addWidget(self.new_deposit_check)

        self.deposit_shown_label = QLabel(self.deposit_group)
        self.deposit_shown_label.setObjectName(u"deposit_shown_label")
        self.deposit_shown_label.setText(u"")
        self.deposit_shown_label.setWordWrap(True)

        self.deposit_layout.addWidget(self.deposit_shown_label)

        self.deposit_form = QGridLayout()
        self.deposit_form.setObjectName(u"deposit_form")
        self.deposit_form.setVerticalSpacing(3)
        self.owner_label = QLabel(self.deposit_group)
        self.owner_label.setObjectName(u"owner_label")

        self.deposit_form.addWidget(self.owner_label, 0, 0, 1, 1)

        self.owner_edit = QLineEdit(self.deposit_group)
        self.owner_edit.setObjectName(u"owner_edit")
        self.owner_edit.setMaxLength(100)

        self.deposit_form.addWidget(self.owner_edit, 0, 1, 1, 1)

        self.owner_name_error = QLabel(self.deposit_group)
        self.owner_name_error.setObjectName(u"owner_name_error")
        self.owner_name_error.setText(u"")

        self.deposit_form.addWidget(self.owner_name_error, 1, 1, 1, 1)

        self.owner_phone_label = QLabel(self.deposit_group)
        self.owner_phone_label.setObjectName(u"owner_phone_label")

        self.deposit_form.addWidget(self.owner_phone_label, 2, 0, 1, 1)

        self.owner_phone_edit = QLineEdit(self.deposit_group)
        self.owner_phone_edit.setObjectName(u"owner_phone_edit")
        self.owner_phone_edit.setMaxLength(32)

        self.deposit_form.addWidget(self.owner_phone_edit, 2, 1, 1, 1)

        self.owner_phone_error = QLabel(self.deposit_group)
        self.owner_phone_error.setObjectName(u"owner_phone_error")
        self.owner_phone_error.setText(u"")

        self.deposit_form.addWidget(self.owner_phone_error, 3, 1, 1, 1)

        self.signed_by_label = QLabel(self.deposit_group)
        self.signed_by_label.setObjectName(u"signed_by_label")

        self.deposit_form.addWidget(self.signed_by_label, 4, 0, 1, 1)

        self.signed_by_edit = QLineEdit(self.deposit_group)
        self.signed_by_edit.setObjectName(u"signed_by_edit")
        self.signed_by_edit.setMaxLength(100)

        self.deposit_form.addWidget(self.signed_by_edit, 4, 1, 1, 1)

        self.signed_by_error = QLabel(self.deposit_group)
        self.signed_by_error.setObjectName(u"signed_by_error")
        self.signed_by_error.setText(u"")

        self.deposit_form.addWidget(self.signed_by_error, 5, 1, 1, 1)

        self.deposited_label = QLabel(self.deposit_group)
        self.deposited_label.setObjectName(u"deposited_label")

        self.deposit_form.addWidget(self.deposited_label, 6, 0, 1, 1)

        self.deposited_edit = QDateTimeEdit(self.deposit_group)
        self.deposited_edit.setObjectName(u"deposited_edit")
        self.deposited_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.deposited_edit.setCalendarPopup(True)

        self.deposit_form.addWidget(self.deposited_edit, 6, 1, 1, 1)

        self.deposited_at_error = QLabel(self.deposit_group)
        self.deposited_at_error.setObjectName(u"deposited_at_error")
        self.deposited_at_error.setText(u"")

        self.deposit_form.addWidget(self.deposited_at_error, 7, 1, 1, 1)

        self.until_check = QCheckBox(self.deposit_group)
        self.until_check.setObjectName(u"until_check")

        self.deposit_form.addWidget(self.until_check, 8, 0, 1, 1)

        self.until_edit = QDateEdit(self.deposit_group)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.until_edit.setCalendarPopup(True)

        self.deposit_form.addWidget(self.until_edit, 8, 1, 1, 1)

        self.authorised_until_error = QLabel(self.deposit_group)
        self.authorised_until_error.setObjectName(u"authorised_until_error")
        self.authorised_until_error.setText(u"")

        self.deposit_form.addWidget(self.authorised_until_error, 9, 1, 1, 1)

        self.deposit_note_label = QLabel(self.deposit_group)
        self.deposit_note_label.setObjectName(u"deposit_note_label")

        self.deposit_form.addWidget(self.deposit_note_label, 10, 0, 1, 1)

        self.deposit_note_edit = QLineEdit(self.deposit_group)
        self.deposit_note_edit.setObjectName(u"deposit_note_edit")
        self.deposit_note_edit.setMaxLength(1000)

        self.deposit_form.addWidget(self.deposit_note_edit, 10, 1, 1, 1)

        self.deposit_note_error = QLabel(self.deposit_group)
        self.deposit_note_error.setObjectName(u"deposit_note_error")
        self.deposit_note_error.setText(u"")

        self.deposit_form.addWidget(self.deposit_note_error, 11, 1, 1, 1)


        self.deposit_layout.addLayout(self.deposit_form)


        self.left_layout.addWidget(self.deposit_group)


        self.columns_layout.addLayout(self.left_layout)

        self.people_group = QGroupBox(KeySetDialog)
        self.people_group.setObjectName(u"people_group")
        self.people_layout = QVBoxLayout(self.people_group)
        self.people_layout.setObjectName(u"people_layout")
        self.people_hint_label = QLabel(self.people_group)
        self.people_hint_label.setObjectName(u"people_hint_label")
        self.people_hint_label.setText(u"")
        self.people_hint_label.setWordWrap(True)

        self.people_layout.addWidget(self.people_hint_label)

        self.people_table = QTableWidget(self.people_group)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setMinimumSize(QSize(0, 120))

        self.people_layout.addWidget(self.people_table)

        self.people_error = QLabel(self.people_group)
        self.people_error.setObjectName(u"people_error")
        self.people_error.setText(u"")

        self.people_layout.addWidget(self.people_error)

        self.person_form = QGridLayout()
        self.person_form.setObjectName(u"person_form")
        self.person_form.setVerticalSpacing(3)
        self.person_name_label = QLabel(self.people_group)
        self.person_name_label.setObjectName(u"person_name_label")

        self.person_form.addWidget(self.person_name_label, 0, 0, 1, 1)

        self.person_name_edit = QLineEdit(self.people_group)
        self.person_name_edit.setObjectName(u"person_name_edit")
        self.person_name_edit.setMaxLength(100)

        self.person_form.addWidget(self.person_name_edit, 0, 1, 1, 1)

        self.person_name_error = QLabel(self.people_group)
        self.person_name_error.setObjectName(u"person_name_error")
        self.person_name_error.setText(u"")

        self.person_form.addWidget(self.person_name_error, 1, 1, 1, 1)

        self.relation_label = QLabel(self.people_group)
        self.relation_label.setObjectName(u"relation_label")

        self.person_form.addWidget(self.relation_label, 2, 0, 1, 1)

        self.relation_edit = QLineEdit(self.people_group)
        self.relation_edit.setObjectName(u"relation_edit")
        self.relation_edit.setMaxLength(50)

        self.person_form.addWidget(self.relation_edit, 2, 1, 1, 1)

        self.relation_error = QLabel(self.people_group)
        self.relation_error.setObjectName(u"relation_error")
        self.relation_error.setText(u"")

        self.person_form.addWidget(self.relation_error, 3, 1, 1, 1)

        self.person_phone_label = QLabel(self.people_group)
        self.person_phone_label.setObjectName(u"person_phone_label")

        self.person_form.addWidget(self.person_phone_label, 4, 0, 1, 1)

        self.person_phone_edit = QLineEdit(self.people_group)
        self.person_phone_edit.setObjectName(u"person_phone_edit")
        self.person_phone_edit.setMaxLength(32)

        self.person_form.addWidget(self.person_phone_edit, 4, 1, 1, 1)

        self.person_phone_error = QLabel(self.people_group)
        self.person_phone_error.setObjectName(u"person_phone_error")
        self.person_phone_error.setText(u"")

        self.person_form.addWidget(self.person_phone_error, 5, 1, 1, 1)

        self.id_type_label = QLabel(self.people_group)
        self.id_type_label.setObjectName(u"id_type_label")

        self.person_form.addWidget(self.id_type_label, 6, 0, 1, 1)

        self.id_type_combo = QComboBox(self.people_group)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.person_form.addWidget(self.id_type_combo, 6, 1, 1, 1)

        self.id_number_label = QLabel(self.people_group)
        self.id_number_label.setObjectName(u"id_number_label")

        self.person_form.addWidget(self.id_number_label, 7, 0, 1, 1)

        self.id_number_edit = QLineEdit(self.people_group)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(32)

        self.person_form.addWidget(self.id_number_edit, 7, 1, 1, 1)

        self.id_number_error = QLabel(self.people_group)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.person_form.addWidget(self.id_number_error, 8, 1, 1, 1)

        self.valid_check = QCheckBox(self.people_group)
        self.valid_check.setObjectName(u"valid_check")

        self.person_form.addWidget(self.valid_check, 9, 0, 1, 1)

        self.valid_until_edit = QDateEdit(self.people_group)
        self.valid_until_edit.setObjectName(u"valid_until_edit")
        self.valid_until_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.valid_until_edit.setCalendarPopup(True)

        self.person_form.addWidget(self.valid_until_edit, 9, 1, 1, 1)

        self.valid_until_error = QLabel(self.people_group)
        self.valid_until_error.setObjectName(u"valid_until_error")
        self.valid_until_error.setText(u"")

        self.person_form.addWidget(self.valid_until_error, 10, 1, 1, 1)


        self.people_layout.addLayout(self.person_form)

        self.person_buttons = QHBoxLayout()
        self.person_buttons.setObjectName(u"person_buttons")
        self.add_person_button = QPushButton(self.people_group)
        self.add_person_button.setObjectName(u"add_person_button")

        self.person_buttons.addWidget(self.add_person_button)

        self.remove_person_button = QPushButton(self.people_group)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.person_buttons.addWidget(self.remove_person_button)

        self.person_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.person_buttons.addItem(self.person_spacer)


        self.people_layout.addLayout(self.person_buttons)


        self.columns_layout.addWidget(self.people_group)


        self.dialog_layout.addLayout(self.columns_layout)

        self.form_error = QLabel(KeySetDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(KeySetDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.tag_label.setBuddy(self.tag_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.key_count_label.setBuddy(self.key_count_spin)
        self.hook_label.setBuddy(self.hook_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.owner_label.setBuddy(self.owner_edit)
        self.owner_phone_label.setBuddy(self.owner_phone_edit)
        self.signed_by_label.setBuddy(self.signed_by_edit)
        self.deposited_label.setBuddy(self.deposited_edit)
        self.deposit_note_label.setBuddy(self.deposit_note_edit)
        self.person_name_label.setBuddy(self.person_name_edit)
        self.relation_label.setBuddy(self.relation_edit)
        self.person_phone_label.setBuddy(self.person_phone_edit)
        self.id_type_label.setBuddy(self.id_type_combo)
        self.id_number_label.setBuddy(self.id_number_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tag_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.key_count_spin)
        QWidget.setTabOrder(self.key_count_spin, self.hook_edit)
        QWidget.setTabOrder(self.hook_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.new_deposit_check)
        QWidget.setTabOrder(self.new_deposit_check, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.owner_phone_edit)
        QWidget.setTabOrder(self.owner_phone_edit, self.signed_by_edit)
        QWidget.setTabOrder(self.signed_by_edit, self.deposited_edit)
        QWidget.setTabOrder(self.deposited_edit, self.until_check)
        QWidget.setTabOrder(self.until_check, self.until_edit)
        QWidget.setTabOrder(self.until_edit, self.deposit_note_edit)
        QWidget.setTabOrder(self.deposit_note_edit, self.people_table)
        QWidget.setTabOrder(self.people_table, self.person_name_edit)
        QWidget.setTabOrder(self.person_name_edit, self.relation_edit)
        QWidget.setTabOrder(self.relation_edit, self.person_phone_edit)
        QWidget.setTabOrder(self.person_phone_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.valid_check)
        QWidget.setTabOrder(self.valid_check, self.valid_until_edit)
        QWidget.setTabOrder(self.valid_until_edit, self.add_person_button)
        QWidget.setTabOrder(self.add_person_button, self.remove_person_button)

        self.retranslateUi(KeySetDialog)

        QMetaObject.connectSlotsByName(KeySetDialog)
    # setupUi

    def retranslateUi(self, KeySetDialog):
        KeySetDialog.setWindowTitle(QCoreApplication.translate("KeySetDialog", u"Key set", None))
        self.set_group.setTitle(QCoreApplication.translate("KeySetDialog", u"Key set", None))
        self.tag_label.setText(QCoreApplication.translate("KeySetDialog", u"&Tag", None))
        self.unit_label.setText(QCoreApplication.translate("KeySetDialog", u"&Unit or area", None))
        self.kind_label.setText(QCoreApplication.translate("KeySetDialog", u"&Kind", None))
        self.key_count_label.setText(QCoreApplication.translate("KeySetDialog", u"&Number of keys", None))
        self.hook_label.setText(QCoreApplication.translate("KeySetDialog", u"&Hook", None))
        self.notes_label.setText(QCoreApplication.translate("KeySetDialog", u"N&otes", None))
        self.deposit_group.setTitle(QCoreApplication.translate("KeySetDialog", u"Owner's deposit", None))
        self.new_deposit_check.setText(QCoreApplication.translate("KeySetDialog", u"Record a new deposit &slip", None))
        self.owner_label.setText(QCoreApplication.translate("KeySetDialog", u"Owne&r", None))
        self.owner_phone_label.setText(QCoreApplication.translate("KeySetDialog", u"Owner's &phone", None))
        self.signed_by_label.setText(QCoreApplication.translate("KeySetDialog", u"Si&gned by", None))
        self.deposited_label.setText(QCoreApplication.translate("KeySetDialog", u"Dat&e left", None))
        self.until_check.setText(QCoreApplication.translate("KeySetDialog", u"Authorised unti&l", None))
        self.deposit_note_label.setText(QCoreApplication.translate("KeySetDialog", u"&Deposit note", None))
        self.people_group.setTitle(QCoreApplication.translate("KeySetDialog", u"Who may borrow", None))
        self.person_name_label.setText(QCoreApplication.translate("KeySetDialog", u"Na&me", None))
        self.relation_label.setText(QCoreApplication.translate("KeySetDialog", u"Relation", None))
        self.person_phone_label.setText(QCoreApplication.translate("KeySetDialog", u"Phone", None))
        self.id_type_label.setText(QCoreApplication.translate("KeySetDialog", u"ID document", None))
        self.id_number_label.setText(QCoreApplication.translate("KeySetDialog", u"ID number", None))
        self.valid_check.setText(QCoreApplication.translate("KeySetDialog", u"Only until", None))
        self.add_person_button.setText(QCoreApplication.translate("KeySetDialog", u"&Add to the list", None))
        self.remove_person_button.setText(QCoreApplication.translate("KeySetDialog", u"Remo&ve", None))
    # retranslateUi

