# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_dialog.ui'
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
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ScreeningDialog(object):
    def setupUi(self, ScreeningDialog):
        if not ScreeningDialog.objectName():
            ScreeningDialog.setObjectName(u"ScreeningDialog")
        ScreeningDialog.resize(980, 700)
        self.dialog_layout = QVBoxLayout(ScreeningDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.tab_widget = QTabWidget(ScreeningDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.deny_tab = QWidget()
        self.deny_tab.setObjectName(u"deny_tab")
        self.deny_tab_layout = QVBoxLayout(self.deny_tab)
        self.deny_tab_layout.setObjectName(u"deny_tab_layout")
        self.deny_table = QTableWidget(self.deny_tab)
        if (self.deny_table.columnCount() < 7):
            self.deny_table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.deny_table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.deny_table.setObjectName(u"deny_table")
        self.deny_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deny_table.setAlternatingRowColors(True)
        self.deny_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deny_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deny_table.setWordWrap(False)
        self.deny_table.horizontalHeader().setStretchLastSection(True)
        self.deny_table.verticalHeader().setVisible(False)

        self.deny_tab_layout.addWidget(self.deny_table)

        self.deny_actions_layout = QHBoxLayout()
        self.deny_actions_layout.setObjectName(u"deny_actions_layout")
        self.deny_show_inactive_check = QCheckBox(self.deny_tab)
        self.deny_show_inactive_check.setObjectName(u"deny_show_inactive_check")

        self.deny_actions_layout.addWidget(self.deny_show_inactive_check)

        self.deny_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deny_actions_layout.addItem(self.deny_actions_spacer)

        self.deactivate_button = QPushButton(self.deny_tab)
        self.deactivate_button.setObjectName(u"deactivate_button")
        self.deactivate_button.setAutoDefault(False)

        self.deny_actions_layout.addWidget(self.deactivate_button)


        self.deny_tab_layout.addLayout(self.deny_actions_layout)

        self.deny_add_group = QGroupBox(self.deny_tab)
        self.deny_add_group.setObjectName(u"deny_add_group")
        self.deny_add_group_layout = QVBoxLayout(self.deny_add_group)
        self.deny_add_group_layout.setObjectName(u"deny_add_group_layout")
        self.deny_fields_layout = QHBoxLayout()
        self.deny_fields_layout.setObjectName(u"deny_fields_layout")
        self.deny_left_form = QFormLayout()
        self.deny_left_form.setObjectName(u"deny_left_form")
        self.deny_left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.deny_name_label = QLabel(self.deny_add_group)
        self.deny_name_label.setObjectName(u"deny_name_label")

        self.deny_left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deny_name_label)

        self.deny_name_edit = QLineEdit(self.deny_add_group)
        self.deny_name_edit.setObjectName(u"deny_name_edit")
        self.deny_name_edit.setMaxLength(100)
        self.deny_name_edit.setClearButtonEnabled(True)

        self.deny_left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deny_name_edit)

        self.deny_name_error_label = QLabel(self.deny_add_group)
        self.deny_name_error_label.setObjectName(u"deny_name_error_label")
        self.deny_name_error_label.setText(u"")
        self.deny_name_error_label.setWordWrap(True)

        self.deny_left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deny_name_error_label)

        self.deny_id_number_label = QLabel(self.deny_add_group)
        self.deny_id_number_label.setObjectName(u"deny_id_number_label")

        self.deny_left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deny_id_number_label)

        self.deny_id_number_edit = QLineEdit(self.deny_add_group)
        self.deny_id_number_edit.setObjectName(u"deny_id_number_edit")
        self.deny_id_number_edit.setMaxLength(20)
        self.deny_id_number_edit.setClearButtonEnabled(True)

        self.deny_left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deny_id_number_edit)

        self.deny_id_number_error_label = QLabel(self.deny_add_group)
        self.deny_id_number_error_label.setObjectName(u"deny_id_number_error_label")
        self.deny_id_number_error_label.setText(u"")
        self.deny_id_number_error_label.setWordWrap(True)

        self.deny_left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deny_id_number_error_label)

        self.deny_phone_label = QLabel(self.deny_add_group)
        self.deny_phone_label.setObjectName(u"deny_phone_label")

        self.deny_left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deny_phone_label)

        self.deny_phone_edit = QLineEdit(self.deny_add_group)
        self.deny_phone_edit.setObjectName(u"deny_phone_edit")
        self.deny_phone_edit.setMaxLength(30)
        self.deny_phone_edit.setClearButtonEnabled(True)

        self.deny_left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deny_phone_edit)

        self.deny_phone_error_label = QLabel(self.deny_add_group)
        self.deny_phone_error_label.setObjectName(u"deny_phone_error_label")
        self.deny_phone_error_label.setText(u"")
        self.deny_phone_error_label.setWordWrap(True)

        self.deny_left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deny_phone_error_label)


        self.deny_fields_layout.addLayout(self.deny_left_form)

        self.deny_right_form = QFormLayout()
        self.deny_right_form.setObjectName(u"deny_right_form")
        self.deny_right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.deny_company_label = QLabel(self.deny_add_group)
        self.deny_company_label.setObjectName(u"deny_company_label")

        self.deny_right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deny_company_label)

        self.deny_company_edit = QLineEdit(self.deny_add_group)
        self.deny_company_edit.setObjectName(u"deny_company_edit")
        self.deny_company_edit.setMaxLength(100)
        self.deny_company_edit.setClearButtonEnabled(True)

        self.deny_right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deny_company_edit)

        self.deny_reason_label = QLabel(self.deny_add_group)
        self.deny_reason_label.setObjectName(u"deny_reason_label")

        self.deny_right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deny_reason_label)

        self.deny_reason_combo = QComboBox(self.deny_add_group)
        self.deny_reason_combo.setObjectName(u"deny_reason_combo")

        self.deny_right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deny_reason_combo)

        self.deny_note_label = QLabel(self.deny_add_group)
        self.deny_note_label.setObjectName(u"deny_note_label")

        self.deny_right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deny_note_label)

        self.deny_note_edit = QLineEdit(self.deny_add_group)
        self.deny_note_edit.setObjectName(u"deny_note_edit")
        self.deny_note_edit.setMaxLength(200)
        self.deny_note_edit.setClearButtonEnabled(True)

        self.deny_right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deny_note_edit)


        self.deny_fields_layout.addLayout(self.deny_right_form)


        self.deny_add_group_layout.addLayout(self.deny_fields_layout)

        self.deny_add_row_layout = QHBoxLayout()
        self.deny_add_row_layout.setObjectName(u"deny_add_row_layout")
        self.deny_form_error_label = QLabel(self.deny_add_group)
        self.deny_form_error_label.setObjectName(u"deny_form_error_label")
        self.deny_form_error_label.setText(u"")
        self.deny_form_error_label.setWordWrap(True)

        self.deny_add_row_layout.addWidget(self.deny_form_error_label)

        self.deny_add_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deny_add_row_layout.addItem(self.deny_add_spacer)

        self.deny_add_button = QPushButton(self.deny_add_group)
        self.deny_add_button.setObjectName(u"deny_add_button")
        self.deny_add_button.setAutoDefault(False)

        self.deny_add_row_layout.addWidget(self.deny_add_button)


        self.deny_add_group_layout.addLayout(self.deny_add_row_layout)


        self.deny_tab_layout.addWidget(self.deny_add_group)

        self.tab_widget.addTab(self.deny_tab, "")
        self.watch_tab = QWidget()
        self.watch_tab.setObjectName(u"watch_tab")
        self.watch_tab_layout = QVBoxLayout(self.watch_tab)
        self.watch_tab_layout.setObjectName(u"watch_tab_layout")
        self.watch_table = QTableWidget(self.watch_tab)
        if (self.watch_table.columnCount() < 7):
            self.watch_table.setColumnCount(7)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(5, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.watch_table.setHorizontalHeaderItem(6, __qtablewidgetitem13)
        self.watch_table.setObjectName(u"watch_table")
        self.watch_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.watch_table.setAlternatingRowColors(True)
        self.watch_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.watch_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.watch_table.setWordWrap(False)
        self.watch_table.horizontalHeader().setStretchLastSection(True)
        self.watch_table.verticalHeader().setVisible(False)

        self.watch_tab_layout.addWidget(self.watch_table)

        self.watch_actions_layout = QHBoxLayout()
        self.watch_actions_layout.setObjectName(u"watch_actions_layout")
        self.watch_show_inactive_check = QCheckBox(self.watch_tab)
        self.watch_show_inactive_check.setObjectName(u"watch_show_inactive_check")

        self.watch_actions_layout.addWidget(self.watch_show_inactive_check)

        self.watch_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.watch_actions_layout.addItem(self.watch_actions_spacer)

        self.withdraw_button = QPushButton(self.watch_tab)
        self.withdraw_button.setObjectName(u"withdraw_button")
        self.withdraw_button.setAutoDefault(False)

        self.watch_actions_layout.addWidget(self.withdraw_button)


        self.watch_tab_layout.addLayout(self.watch_actions_layout)

        self.watch_add_group = QGroupBox(self.watch_tab)
        self.watch_add_group.setObjectName(u"watch_add_group")
        self.watch_add_group_layout = QVBoxLayout(self.watch_add_group)
        self.watch_add_group_layout.setObjectName(u"watch_add_group_layout")
        self.watch_fields_layout = QHBoxLayout()
        self.watch_fields_layout.setObjectName(u"watch_fields_layout")
        self.watch_left_form = QFormLayout()
        self.watch_left_form.setObjectName(u"watch_left_form")
        self.watch_left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.watch_name_label = QLabel(self.watch_add_group)
        self.watch_name_label.setObjectName(u"watch_name_label")

        self.watch_left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.watch_name_label)

        self.watch_name_edit = QLineEdit(self.watch_add_group)
        self.watch_name_edit.setObjectName(u"watch_name_edit")
        self.watch_name_edit.setMaxLength(100)
        self.watch_name_edit.setClearButtonEnabled(True)

        self.watch_left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.watch_name_edit)

        self.watch_id_number_label = QLabel(self.watch_add_group)
        self.watch_id_number_label.setObjectName(u"watch_id_number_label")

        self.watch_left_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.watch_id_number_label)

        self.watch_id_number_edit = QLineEdit(self.watch_add_group)
        self.watch_id_number_edit.setObjectName(u"watch_id_number_edit")
        self.watch_id_number_edit.setMaxLength(20)
        self.watch_id_number_edit.setClearButtonEnabled(True)

        self.watch_left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.watch_id_number_edit)

        self.watch_id_number_error_label = QLabel(self.watch_add_group)
        self.watch_id_number_error_label.setObjectName(u"watch_id_number_error_label")
        self.watch_id_number_error_label.setText(u"")
        self.watch_id_number_error_label.setWordWrap(True)

        self.watch_left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.watch_id_number_error_label)

        self.watch_phone_label = QLabel(self.watch_add_group)
        self.watch_phone_label.setObjectName(u"watch_phone_label")

        self.watch_left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.watch_phone_label)

        self.watch_phone_edit = QLineEdit(self.watch_add_group)
        self.watch_phone_edit.setObjectName(u"watch_phone_edit")
        self.watch_phone_edit.setMaxLength(30)
        self.watch_phone_edit.setClearButtonEnabled(True)

        self.watch_left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.watch_phone_edit)

        self.watch_phone_error_label = QLabel(self.watch_add_group)
        self.watch_phone_error_label.setObjectName(u"watch_phone_error_label")
        self.watch_phone_error_label.setText(u"")
        self.watch_phone_error_label.setWordWrap(True)

        self.watch_left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.watch_phone_error_label)


        self.watch_fields_layout.addLayout(self.watch_left_form)

        self.watch_right_form = QFormLayout()
        self.watch_right_form.setObjectName(u"watch_right_form")
        self.watch_right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.watch_description_label = QLabel(self.watch_add_group)
        self.watch_description_label.setObjectName(u"watch_description_label")

        self.watch_right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.watch_description_label)

        self.watch_description_edit = QLineEdit(self.watch_add_group)
        self.watch_description_edit.setObjectName(u"watch_description_edit")
        self.watch_description_edit.setMaxLength(300)
        self.watch_description_edit.setClearButtonEnabled(True)

        self.watch_right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.watch_description_edit)

        self.watch_source_label = QLabel(self.watch_add_group)
        self.watch_source_label.setObjectName(u"watch_source_label")

        self.watch_right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.watch_source_label)

        self.watch_source_edit = QLineEdit(self.watch_add_group)
        self.watch_source_edit.setObjectName(u"watch_source_edit")
        self.watch_source_edit.setMaxLength(200)
        self.watch_source_edit.setClearButtonEnabled(True)

        self.watch_right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.watch_source_edit)

        self.watch_source_error_label = QLabel(self.watch_add_group)
        self.watch_source_error_label.setObjectName(u"watch_source_error_label")
        self.watch_source_error_label.setText(u"")
        self.watch_source_error_label.setWordWrap(True)

        self.watch_right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.watch_source_error_label)

        self.watch_valid_until_label = QLabel(self.watch_add_group)
        self.watch_valid_until_label.setObjectName(u"watch_valid_until_label")

        self.watch_right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.watch_valid_until_label)

        self.watch_valid_until_layout = QHBoxLayout()
        self.watch_valid_until_layout.setObjectName(u"watch_valid_until_layout")
        self.watch_valid_until_date_edit = QDateEdit(self.watch_add_group)
        self.watch_valid_until_date_edit.setObjectName(u"watch_valid_until_date_edit")
        self.watch_valid_until_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.watch_valid_until_date_edit.setCalendarPopup(True)

        self.watch_valid_until_layout.addWidget(self.watch_valid_until_date_edit)

        self.watch_no_end_check = QCheckBox(self.watch_add_group)
        self.watch_no_end_check.setObjectName(u"watch_no_end_check")
        self.watch_no_end_check.setChecked(True)

        self.watch_valid_until_layout.addWidget(self.watch_no_end_check)


        self.watch_right_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.watch_valid_until_layout)

        self.watch_valid_until_error_label = QLabel(self.watch_add_group)
        self.watch_valid_until_error_label.setObjectName(u"watch_valid_until_error_label")
        self.watch_valid_until_error_label.setText(u"")
        self.watch_valid_until_error_label.setWordWrap(True)

        self.watch_right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.watch_valid_until_error_label)


        self.watch_fields_layout.addLayout(self.watch_right_form)


        self.watch_add_group_layout.addLayout(self.watch_fields_layout)

        self.watch_add_row_layout = QHBoxLayout()
        self.watch_add_row_layout.setObjectName(u"watch_add_row_layout")
        self.watch_form_error_label = QLabel(self.watch_add_group)
        self.watch_form_error_label.setObjectName(u"watch_form_error_label")
        self.watch_form_error_label.setText(u"")
        self.watch_form_error_label.setWordWrap(True)

        self.watch_add_row_layout.addWidget(self.watch_form_error_label)

        self.watch_add_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.watch_add_row_layout.addItem(self.watch_add_spacer)

        self.watch_add_button = QPushButton(self.watch_add_group)
        self.watch_add_button.setObjectName(u"watch_add_button")
        self.watch_add_button.setAutoDefault(False)

        self.watch_add_row_layout.addWidget(self.watch_add_button)


        self.watch_add_group_layout.addLayout(self.watch_add_row_layout)


        self.watch_tab_layout.addWidget(self.watch_add_group)

        self.tab_widget.addTab(self.watch_tab, "")
        self.passes_tab = QWidget()
        self.passes_tab.setObjectName(u"passes_tab")
        self.passes_tab_layout = QVBoxLayout(self.passes_tab)
        self.passes_tab_layout.setObjectName(u"passes_tab_layout")
        self.passes_table = QTableWidget(self.passes_tab)
        if (self.passes_table.columnCount() < 7):
            self.passes_table.setColumnCount(7)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(0, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(1, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(2, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(3, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(4, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(5, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.passes_table.setHorizontalHeaderItem(6, __qtablewidgetitem20)
        self.passes_table.setObjectName(u"passes_table")
        self.passes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.passes_table.setAlternatingRowColors(True)
        self.passes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.passes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.passes_table.setWordWrap(False)
        self.passes_table.horizontalHeader().setStretchLastSection(True)
        self.passes_table.verticalHeader().setVisible(False)

        self.passes_tab_layout.addWidget(self.passes_table)

        self.passes_actions_layout = QHBoxLayout()
        self.passes_actions_layout.setObjectName(u"passes_actions_layout")
        self.passes_show_ended_check = QCheckBox(self.passes_tab)
        self.passes_show_ended_check.setObjectName(u"passes_show_ended_check")

        self.passes_actions_layout.addWidget(self.passes_show_ended_check)

        self.passes_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passes_actions_layout.addItem(self.passes_actions_spacer)

        self.revoke_button = QPushButton(self.passes_tab)
        self.revoke_button.setObjectName(u"revoke_button")
        self.revoke_button.setAutoDefault(False)

        self.passes_actions_layout.addWidget(self.revoke_button)


        self.passes_tab_layout.addLayout(self.passes_actions_layout)

        self.issue_group = QGroupBox(self.passes_tab)
        self.issue_group.setObjectName(u"issue_group")
        self.issue_group_layout = QVBoxLayout(self.issue_group)
        self.issue_group_layout.setObjectName(u"issue_group_layout")
        self.pass_fields_layout = QHBoxLayout()
        self.pass_fields_layout.setObjectName(u"pass_fields_layout")
        self.pass_left_form = QFormLayout()
        self.pass_left_form.setObjectName(u"pass_left_form")
        self.pass_left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.pass_holder_label = QLabel(self.issue_group)
        self.pass_holder_label.setObjectName(u"pass_holder_label")

        self.pass_left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pass_holder_label)

        self.pass_holder_edit = QLineEdit(self.issue_group)
        self.pass_holder_edit.setObjectName(u"pass_holder_edit")
        self.pass_holder_edit.setMaxLength(100)
        self.pass_holder_edit.setClearButtonEnabled(True)

        self.pass_left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pass_holder_edit)

        self.pass_holder_error_label = QLabel(self.issue_group)
        self.pass_holder_error_label.setObjectName(u"pass_holder_error_label")
        self.pass_holder_error_label.setText(u"")
        self.pass_holder_error_label.setWordWrap(True)

        self.pass_left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pass_holder_error_label)

        self.pass_id_type_label = QLabel(self.issue_group)
        self.pass_id_type_label.setObjectName(u"pass_id_type_label")

        self.pass_left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pass_id_type_label)

        self.pass_id_type_combo = QComboBox(self.issue_group)
        self.pass_id_type_combo.setObjectName(u"pass_id_type_combo")

        self.pass_left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pass_id_type_combo)

        self.pass_id_number_label = QLabel(self.issue_group)
        self.pass_id_number_label.setObjectName(u"pass_id_number_label")

        self.pass_left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pass_id_number_label)

        self.pass_id_number_edit = QLineEdit(self.issue_group)
        self.pass_id_number_edit.setObjectName(u"pass_id_number_edit")
        self.pass_id_number_edit.setMaxLength(20)
        self.pass_id_number_edit.setClearButtonEnabled(True)

        self.pass_left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pass_id_number_edit)

        self.pass_id_number_error_label = QLabel(self.issue_group)
        self.pass_id_number_error_label.setObjectName(u"pass_id_number_error_label")
        self.pass_id_number_error_label.setText(u"")
        self.pass_id_number_error_label.setWordWrap(True)

        self.pass_left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pass_id_number_error_label)

        self.pass_phone_label = QLabel(self.issue_group)
        self.pass_phone_label.setObjectName(u"pass_phone_label")

        self.pass_left_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pass_phone_label)

        self.pass_phone_edit = QLineEdit(self.issue_group)
        self.pass_phone_edit.setObjectName(u"pass_phone_edit")
        self.pass_phone_edit.setMaxLength(30)
        self.pass_phone_edit.setClearButtonEnabled(True)

        self.pass_left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pass_phone_edit)

        self.pass_phone_error_label = QLabel(self.issue_group)
        self.pass_phone_error_label.setObjectName(u"pass_phone_error_label")
        self.pass_phone_error_label.setText(u"")
        self.pass_phone_error_label.setWordWrap(True)

        self.pass_left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pass_phone_error_label)

        self.pass_company_label = QLabel(self.issue_group)
        self.pass_company_label.setObjectName(u"pass_company_label")

        self.pass_left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pass_company_label)

        self.pass_company_edit = QLineEdit(self.issue_group)
        self.pass_company_edit.setObjectName(u"pass_company_edit")
        self.pass_company_edit.setMaxLength(100)
        self.pass_company_edit.setClearButtonEnabled(True)

        self.pass_left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pass_company_edit)


        self.pass_fields_layout.addLayout(self.pass_left_form)

        self.pass_right_form = QFormLayout()
        self.pass_right_form.setObjectName(u"pass_right_form")
        self.pass_right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.pass_host_label = QLabel(self.issue_group)
        self.pass_host_label.setObjectName(u"pass_host_label")

        self.pass_right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pass_host_label)

        self.pass_host_edit = QLineEdit(self.issue_group)
        self.pass_host_edit.setObjectName(u"pass_host_edit")
        self.pass_host_edit.setMaxLength(100)
        self.pass_host_edit.setClearButtonEnabled(True)

        self.pass_right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pass_host_edit)

        self.pass_host_error_label = QLabel(self.issue_group)
        self.pass_host_error_label.setObjectName(u"pass_host_error_label")
        self.pass_host_error_label.setText(u"")
        self.pass_host_error_label.setWordWrap(True)

        self.pass_right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pass_host_error_label)

        self.pass_work_label = QLabel(self.issue_group)
        self.pass_work_label.setObjectName(u"pass_work_label")

        self.pass_right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pass_work_label)

        self.pass_work_edit = QLineEdit(self.issue_group)
        self.pass_work_edit.setObjectName(u"pass_work_edit")
        self.pass_work_edit.setMaxLength(200)
        self.pass_work_edit.setClearButtonEnabled(True)

        self.pass_right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pass_work_edit)

        self.pass_valid_from_label = QLabel(self.issue_group)
        self.pass_valid_from_label.setObjectName(u"pass_valid_from_label")

        self.pass_right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pass_valid_from_label)

        self.pass_valid_from_date_edit = QDateEdit(self.issue_group)
        self.pass_valid_from_date_edit.setObjectName(u"pass_valid_from_date_edit")
        self.pass_valid_from_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.pass_valid_from_date_edit.setCalendarPopup(True)

        self.pass_right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pass_valid_from_date_edit)

        self.pass_valid_to_label = QLabel(self.issue_group)
        self.pass_valid_to_label.setObjectName(u"pass_valid_to_label")

        self.pass_right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pass_valid_to_label)

        self.pass_valid_to_date_edit = QDateEdit(self.issue_group)
        self.pass_valid_to_date_edit.setObjectName(u"pass_valid_to_date_edit")
        self.pass_valid_to_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.pass_valid_to_date_edit.setCalendarPopup(True)

        self.pass_right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pass_valid_to_date_edit)

        self.pass_valid_to_error_label = QLabel(self.issue_group)
        self.pass_valid_to_error_label.setObjectName(u"pass_valid_to_error_label")
        self.pass_valid_to_error_label.setText(u"")
        self.pass_valid_to_error_label.setWordWrap(True)

        self.pass_right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pass_valid_to_error_label)


        self.pass_fields_layout.addLayout(self.pass_right_form)


        self.issue_group_layout.addLayout(self.pass_fields_layout)

        self.pass_issue_row_layout = QHBoxLayout()
        self.pass_issue_row_layout.setObjectName(u"pass_issue_row_layout")
        self.pass_form_error_label = QLabel(self.issue_group)
        self.pass_form_error_label.setObjectName(u"pass_form_error_label")
        self.pass_form_error_label.setText(u"")
        self.pass_form_error_label.setWordWrap(True)

        self.pass_issue_row_layout.addWidget(self.pass_form_error_label)

        self.pass_issue_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pass_issue_row_layout.addItem(self.pass_issue_spacer)

        self.issue_button = QPushButton(self.issue_group)
        self.issue_button.setObjectName(u"issue_button")
        self.issue_button.setAutoDefault(False)

        self.pass_issue_row_layout.addWidget(self.issue_button)


        self.issue_group_layout.addLayout(self.pass_issue_row_layout)


        self.passes_tab_layout.addWidget(self.issue_group)

        self.tab_widget.addTab(self.passes_tab, "")

        self.dialog_layout.addWidget(self.tab_widget)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(ScreeningDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ScreeningDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.deny_name_label.setBuddy(self.deny_name_edit)
        self.deny_id_number_label.setBuddy(self.deny_id_number_edit)
        self.deny_phone_label.setBuddy(self.deny_phone_edit)
        self.deny_company_label.setBuddy(self.deny_company_edit)
        self.deny_reason_label.setBuddy(self.deny_reason_combo)
        self.deny_note_label.setBuddy(self.deny_note_edit)
        self.watch_name_label.setBuddy(self.watch_name_edit)
        self.watch_id_number_label.setBuddy(self.watch_id_number_edit)
        self.watch_phone_label.setBuddy(self.watch_phone_edit)
        self.watch_description_label.setBuddy(self.watch_description_edit)
        self.watch_source_label.setBuddy(self.watch_source_edit)
        self.watch_valid_until_label.setBuddy(self.watch_valid_until_date_edit)
        self.pass_holder_label.setBuddy(self.pass_holder_edit)
        self.pass_id_type_label.setBuddy(self.pass_id_type_combo)
        self.pass_id_number_label.setBuddy(self.pass_id_number_edit)
        self.pass_phone_label.setBuddy(self.pass_phone_edit)
        self.pass_company_label.setBuddy(self.pass_company_edit)
        self.pass_host_label.setBuddy(self.pass_host_edit)
        self.pass_work_label.setBuddy(self.pass_work_edit)
        self.pass_valid_from_label.setBuddy(self.pass_valid_from_date_edit)
        self.pass_valid_to_label.setBuddy(self.pass_valid_to_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.deny_table)
        QWidget.setTabOrder(self.deny_table, self.deny_show_inactive_check)
        QWidget.setTabOrder(self.deny_show_inactive_check, self.deactivate_button)
        QWidget.setTabOrder(self.deactivate_button, self.deny_name_edit)
        QWidget.setTabOrder(self.deny_name_edit, self.deny_id_number_edit)
        QWidget.setTabOrder(self.deny_id_number_edit, self.deny_phone_edit)
        QWidget.setTabOrder(self.deny_phone_edit, self.deny_company_edit)
        QWidget.setTabOrder(self.deny_company_edit, self.deny_reason_combo)
        QWidget.setTabOrder(self.deny_reason_combo, self.deny_note_edit)
        QWidget.setTabOrder(self.deny_note_edit, self.deny_add_button)
        QWidget.setTabOrder(self.deny_add_button, self.watch_table)
        QWidget.setTabOrder(self.watch_table, self.watch_show_inactive_check)
        QWidget.setTabOrder(self.watch_show_inactive_check, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.watch_name_edit)
        QWidget.setTabOrder(self.watch_name_edit, self.watch_id_number_edit)
        QWidget.setTabOrder(self.watch_id_number_edit, self.watch_phone_edit)
        QWidget.setTabOrder(self.watch_phone_edit, self.watch_description_edit)
        QWidget.setTabOrder(self.watch_description_edit, self.watch_source_edit)
        QWidget.setTabOrder(self.watch_source_edit, self.watch_valid_until_date_edit)
        QWidget.setTabOrder(self.watch_valid_until_date_edit, self.watch_no_end_check)
        QWidget.setTabOrder(self.watch_no_end_check, self.watch_add_button)
        QWidget.setTabOrder(self.watch_add_button, self.passes_table)
        QWidget.setTabOrder(self.passes_table, self.passes_show_ended_check)
        QWidget.setTabOrder(self.passes_show_ended_check, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.pass_holder_edit)
        QWidget.setTabOrder(self.pass_holder_edit, self.pass_id_type_combo)
        QWidget.setTabOrder(self.pass_id_type_combo, self.pass_id_number_edit)
        QWidget.setTabOrder(self.pass_id_number_edit, self.pass_phone_edit)
        QWidget.setTabOrder(self.pass_phone_edit, self.pass_company_edit)
        QWidget.setTabOrder(self.pass_company_edit, self.pass_host_edit)
        QWidget.setTabOrder(self.pass_host_edit, self.pass_work_edit)
        QWidget.setTabOrder(self.pass_work_edit, self.pass_valid_from_date_edit)
        QWidget.setTabOrder(self.pass_valid_from_date_edit, self.pass_valid_to_date_edit)
        QWidget.setTabOrder(self.pass_valid_to_date_edit, self.issue_button)

        self.retranslateUi(ScreeningDialog)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ScreeningDialog)
    # setupUi

    def retranslateUi(self, ScreeningDialog):
        ScreeningDialog.setWindowTitle(QCoreApplication.translate("ScreeningDialog", u"Deny list, watch list and temporary passes", None))
        ___qtablewidgetitem = self.deny_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ScreeningDialog", u"Name", None))
        ___qtablewidgetitem1 = self.deny_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ScreeningDialog", u"ID number", None))
        ___qtablewidgetitem2 = self.deny_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ScreeningDialog", u"Phone", None))
        ___qtablewidgetitem3 = self.deny_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ScreeningDialog", u"Company", None))
        ___qtablewidgetitem4 = self.deny_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ScreeningDialog", u"Reason", None))
        ___qtablewidgetitem5 = self.deny_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ScreeningDialog", u"Note", None))
        ___qtablewidgetitem6 = self.deny_table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ScreeningDialog", u"Status", None))
        self.deny_show_inactive_check.setText(QCoreApplication.translate("ScreeningDialog", u"Show inactive too", None))
        self.deactivate_button.setText(QCoreApplication.translate("ScreeningDialog", u"Deactivate", None))
#if QT_CONFIG(tooltip)
        self.deactivate_button.setToolTip(QCoreApplication.translate("ScreeningDialog", u"Take the selected entry off the active list; it stays on record", None))
#endif // QT_CONFIG(tooltip)
        self.deny_add_group.setTitle(QCoreApplication.translate("ScreeningDialog", u"Add to the deny list", None))
        self.deny_name_label.setText(QCoreApplication.translate("ScreeningDialog", u"Name:", None))
        self.deny_id_number_label.setText(QCoreApplication.translate("ScreeningDialog", u"ID number:", None))
        self.deny_id_number_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Optional", None))
        self.deny_phone_label.setText(QCoreApplication.translate("ScreeningDialog", u"Phone:", None))
        self.deny_phone_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Optional", None))
        self.deny_company_label.setText(QCoreApplication.translate("ScreeningDialog", u"Company:", None))
        self.deny_company_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Optional", None))
        self.deny_reason_label.setText(QCoreApplication.translate("ScreeningDialog", u"Reason:", None))
        self.deny_note_label.setText(QCoreApplication.translate("ScreeningDialog", u"Note:", None))
        self.deny_note_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Optional", None))
        self.deny_add_button.setText(QCoreApplication.translate("ScreeningDialog", u"Add", None))
#if QT_CONFIG(tooltip)
        self.deny_add_button.setToolTip(QCoreApplication.translate("ScreeningDialog", u"Add this person to the deny list (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.deny_tab), QCoreApplication.translate("ScreeningDialog", u"Deny list", None))
#if QT_CONFIG(tooltip)
        self.tab_widget.setTabToolTip(self.tab_widget.indexOf(self.deny_tab), QCoreApplication.translate("ScreeningDialog", u"People refused unless specially permitted (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem7 = self.watch_table.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ScreeningDialog", u"Name", None))
        ___qtablewidgetitem8 = self.watch_table.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ScreeningDialog", u"ID number", None))
        ___qtablewidgetitem9 = self.watch_table.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ScreeningDialog", u"Phone", None))
        ___qtablewidgetitem10 = self.watch_table.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ScreeningDialog", u"Description", None))
        ___qtablewidgetitem11 = self.watch_table.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ScreeningDialog", u"Source", None))
        ___qtablewidgetitem12 = self.watch_table.horizontalHeaderItem(5)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ScreeningDialog", u"Valid until", None))
        ___qtablewidgetitem13 = self.watch_table.horizontalHeaderItem(6)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ScreeningDialog", u"Status", None))
        self.watch_show_inactive_check.setText(QCoreApplication.translate("ScreeningDialog", u"Show withdrawn and expired too", None))
        self.withdraw_button.setText(QCoreApplication.translate("ScreeningDialog", u"Withdraw", None))
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(QCoreApplication.translate("ScreeningDialog", u"The notice was withdrawn: stop matching this entry (it stays on record)", None))
#endif // QT_CONFIG(tooltip)
        self.watch_add_group.setTitle(QCoreApplication.translate("ScreeningDialog", u"Add from a watch notice", None))
        self.watch_name_label.setText(QCoreApplication.translate("ScreeningDialog", u"Name:", None))
        self.watch_id_number_label.setText(QCoreApplication.translate("ScreeningDialog", u"ID number:", None))
        self.watch_phone_label.setText(QCoreApplication.translate("ScreeningDialog", u"Phone:", None))
        self.watch_phone_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Optional", None))
        self.watch_description_label.setText(QCoreApplication.translate("ScreeningDialog", u"Description:", None))
        self.watch_description_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Appearance, vehicle, what to do on a match", None))
        self.watch_source_label.setText(QCoreApplication.translate("ScreeningDialog", u"Notice:", None))
        self.watch_source_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Issuing police station and notice number", None))
        self.watch_valid_until_label.setText(QCoreApplication.translate("ScreeningDialog", u"Valid until:", None))
        self.watch_no_end_check.setText(QCoreApplication.translate("ScreeningDialog", u"No end date", None))
        self.watch_add_button.setText(QCoreApplication.translate("ScreeningDialog", u"Add", None))
#if QT_CONFIG(tooltip)
        self.watch_add_button.setToolTip(QCoreApplication.translate("ScreeningDialog", u"Add this person to the watch list (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.watch_tab), QCoreApplication.translate("ScreeningDialog", u"Police watch list", None))
#if QT_CONFIG(tooltip)
        self.tab_widget.setTabToolTip(self.tab_widget.indexOf(self.watch_tab), QCoreApplication.translate("ScreeningDialog", u"People from police watch notices (\u534f\u67e5\u901a\u62a5) (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem14 = self.passes_table.horizontalHeaderItem(0)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ScreeningDialog", u"Pass no.", None))
        ___qtablewidgetitem15 = self.passes_table.horizontalHeaderItem(1)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ScreeningDialog", u"Holder", None))
        ___qtablewidgetitem16 = self.passes_table.horizontalHeaderItem(2)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("ScreeningDialog", u"Company", None))
        ___qtablewidgetitem17 = self.passes_table.horizontalHeaderItem(3)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("ScreeningDialog", u"Host", None))
        ___qtablewidgetitem18 = self.passes_table.horizontalHeaderItem(4)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("ScreeningDialog", u"Work", None))
        ___qtablewidgetitem19 = self.passes_table.horizontalHeaderItem(5)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("ScreeningDialog", u"Valid from \u2013 to", None))
        ___qtablewidgetitem20 = self.passes_table.horizontalHeaderItem(6)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("ScreeningDialog", u"Status", None))
        self.passes_show_ended_check.setText(QCoreApplication.translate("ScreeningDialog", u"Show expired and revoked too", None))
        self.revoke_button.setText(QCoreApplication.translate("ScreeningDialog", u"Revoke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revoke_button.setToolTip(QCoreApplication.translate("ScreeningDialog", u"Revoke the selected pass early, with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.issue_group.setTitle(QCoreApplication.translate("ScreeningDialog", u"Issue a temporary pass", None))
        self.pass_holder_label.setText(QCoreApplication.translate("ScreeningDialog", u"Holder:", None))
        self.pass_id_type_label.setText(QCoreApplication.translate("ScreeningDialog", u"ID type:", None))
        self.pass_id_number_label.setText(QCoreApplication.translate("ScreeningDialog", u"ID number:", None))
        self.pass_phone_label.setText(QCoreApplication.translate("ScreeningDialog", u"Phone:", None))
        self.pass_company_label.setText(QCoreApplication.translate("ScreeningDialog", u"Company:", None))
        self.pass_host_label.setText(QCoreApplication.translate("ScreeningDialog", u"Host:", None))
        self.pass_host_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"Unit or department: type text or pinyin initials", None))
        self.pass_work_label.setText(QCoreApplication.translate("ScreeningDialog", u"Work:", None))
        self.pass_work_edit.setPlaceholderText(QCoreApplication.translate("ScreeningDialog", u"e.g. decoration, air-conditioning repair", None))
        self.pass_valid_from_label.setText(QCoreApplication.translate("ScreeningDialog", u"Valid from:", None))
        self.pass_valid_to_label.setText(QCoreApplication.translate("ScreeningDialog", u"Valid to:", None))
        self.issue_button.setText(QCoreApplication.translate("ScreeningDialog", u"Issue pass", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("ScreeningDialog", u"Issue the pass (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.passes_tab), QCoreApplication.translate("ScreeningDialog", u"Temporary passes", None))
#if QT_CONFIG(tooltip)
        self.tab_widget.setTabToolTip(self.tab_widget.indexOf(self.passes_tab), QCoreApplication.translate("ScreeningDialog", u"Temporary passes (\u4e34\u65f6\u51fa\u5165\u8bc1) for contractors and decoration workers (Ctrl+3)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

