# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directory_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DirectoryDialog(object):
    def setupUi(self, DirectoryDialog):
        if not DirectoryDialog.objectName():
            DirectoryDialog.setObjectName(u"DirectoryDialog")
        DirectoryDialog.resize(1000, 640)
        DirectoryDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(DirectoryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(DirectoryDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.units_tab = QWidget()
        self.units_tab.setObjectName(u"units_tab")
        self.units_layout = QVBoxLayout(self.units_tab)
        self.units_layout.setObjectName(u"units_layout")
        self.units_toolbar_layout = QHBoxLayout()
        self.units_toolbar_layout.setObjectName(u"units_toolbar_layout")
        self.unit_filter_label = QLabel(self.units_tab)
        self.unit_filter_label.setObjectName(u"unit_filter_label")

        self.units_toolbar_layout.addWidget(self.unit_filter_label)

        self.unit_filter_edit = QLineEdit(self.units_tab)
        self.unit_filter_edit.setObjectName(u"unit_filter_edit")
        self.unit_filter_edit.setMinimumSize(QSize(260, 0))
        self.unit_filter_edit.setClearButtonEnabled(True)

        self.units_toolbar_layout.addWidget(self.unit_filter_edit)

        self.unit_count_label = QLabel(self.units_tab)
        self.unit_count_label.setObjectName(u"unit_count_label")

        self.units_toolbar_layout.addWidget(self.unit_count_label)

        self.units_toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.units_toolbar_layout.addItem(self.units_toolbar_spacer)

        self.import_button = QPushButton(self.units_tab)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setAutoDefault(False)

        self.units_toolbar_layout.addWidget(self.import_button)


        self.units_layout.addLayout(self.units_toolbar_layout)

        self.units_body_layout = QHBoxLayout()
        self.units_body_layout.setObjectName(u"units_body_layout")
        self.units_table = QTableView(self.units_tab)
        self.units_table.setObjectName(u"units_table")
        self.units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_table.setTabKeyNavigation(False)
        self.units_table.setAlternatingRowColors(True)
        self.units_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.units_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units_table.setWordWrap(False)
        self.units_table.horizontalHeader().setStretchLastSection(True)
        self.units_table.verticalHeader().setVisible(False)

        self.units_body_layout.addWidget(self.units_table)

        self.unit_editor_box = QGroupBox(self.units_tab)
        self.unit_editor_box.setObjectName(u"unit_editor_box")
        self.unit_editor_box.setMinimumSize(QSize(300, 0))
        self.unit_editor_box.setMaximumSize(QSize(360, 16777215))
        self.unit_editor_layout = QVBoxLayout(self.unit_editor_box)
        self.unit_editor_layout.setObjectName(u"unit_editor_layout")
        self.unit_form_layout = QFormLayout()
        self.unit_form_layout.setObjectName(u"unit_form_layout")
        self.unit_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_number_label = QLabel(self.unit_editor_box)
        self.unit_number_label.setObjectName(u"unit_number_label")

        self.unit_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_number_label)

        self.unit_number_edit = QLineEdit(self.unit_editor_box)
        self.unit_number_edit.setObjectName(u"unit_number_edit")
        self.unit_number_edit.setMaxLength(32)
        self.unit_number_edit.setPlaceholderText(u"1203")

        self.unit_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_number_edit)

        self.unit_number_error_label = QLabel(self.unit_editor_box)
        self.unit_number_error_label.setObjectName(u"unit_number_error_label")

        self.unit_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_number_error_label)

        self.unit_occupant_label = QLabel(self.unit_editor_box)
        self.unit_occupant_label.setObjectName(u"unit_occupant_label")

        self.unit_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_occupant_label)

        self.unit_occupant_edit = QLineEdit(self.unit_editor_box)
        self.unit_occupant_edit.setObjectName(u"unit_occupant_edit")
        self.unit_occupant_edit.setMaxLength(100)

        self.unit_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit_occupant_edit)

        self.unit_occupant_error_label = QLabel(self.unit_editor_box)
        self.unit_occupant_error_label.setObjectName(u"unit_occupant_error_label")

        self.unit_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_occupant_error_label)

        self.unit_company_label = QLabel(self.unit_editor_box)
        self.unit_company_label.setObjectName(u"unit_company_label")

        self.unit_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_company_label)

        self.unit_company_edit = QLineEdit(self.unit_editor_box)
        self.unit_company_edit.setObjectName(u"unit_company_edit")
        self.unit_company_edit.setMaxLength(200)

        self.unit_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_company_edit)

        self.unit_company_error_label = QLabel(self.unit_editor_box)
        self.unit_company_error_label.setObjectName(u"unit_company_error_label")

        self.unit_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit_company_error_label)

        self.unit_phones_label = QLabel(self.unit_editor_box)
        self.unit_phones_label.setObjectName(u"unit_phones_label")

        self.unit_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unit_phones_label)

        self.unit_phones_edit = QLineEdit(self.unit_editor_box)
        self.unit_phones_edit.setObjectName(u"unit_phones_edit")
        self.unit_phones_edit.setMaxLength(200)
        self.unit_phones_edit.setPlaceholderText(u"13800138000, 010-12345678")

        self.unit_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unit_phones_edit)

        self.unit_phones_error_label = QLabel(self.unit_editor_box)
        self.unit_phones_error_label.setObjectName(u"unit_phones_error_label")

        self.unit_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unit_phones_error_label)

        self.unit_area_label = QLabel(self.unit_editor_box)
        self.unit_area_label.setObjectName(u"unit_area_label")

        self.unit_form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unit_area_label)

        self.unit_area_edit = QLineEdit(self.unit_editor_box)
        self.unit_area_edit.setObjectName(u"unit_area_edit")
        self.unit_area_edit.setMaxLength(12)
        self.unit_area_edit.setPlaceholderText(u"89.35")

        self.unit_form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.unit_area_edit)

        self.unit_area_error_label = QLabel(self.unit_editor_box)
        self.unit_area_error_label.setObjectName(u"unit_area_error_label")

        self.unit_form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unit_area_error_label)

        self.unit_status_label = QLabel(self.unit_editor_box)
        self.unit_status_label.setObjectName(u"unit_status_label")

        self.unit_form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.unit_status_label)

        self.unit_occupied_check = QCheckBox(self.unit_editor_box)
        self.unit_occupied_check.setObjectName(u"unit_occupied_check")
        self.unit_occupied_check.setChecked(True)

        self.unit_form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.unit_occupied_check)

        self.unit_occupied_error_label = QLabel(self.unit_editor_box)
        self.unit_occupied_error_label.setObjectName(u"unit_occupied_error_label")

        self.unit_form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.unit_occupied_error_label)

        self.unit_notes_label = QLabel(self.unit_editor_box)
        self.unit_notes_label.setObjectName(u"unit_notes_label")

        self.unit_form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.unit_notes_label)

        self.unit_notes_edit = QLineEdit(self.unit_editor_box)
        self.unit_notes_edit.setObjectName(u"unit_notes_edit")

        self.unit_form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.unit_notes_edit)

        self.unit_notes_error_label = QLabel(self.unit_editor_box)
        self.unit_notes_error_label.setObjectName(u"unit_notes_error_label")

        self.unit_form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.unit_notes_error_label)


        self.unit_editor_layout.addLayout(self.unit_form_layout)

        self.unit_error_label = QLabel(self.unit_editor_box)
        self.unit_error_label.setObjectName(u"unit_error_label")

        self.unit_editor_layout.addWidget(self.unit_error_label)

        self.unit_buttons_layout = QHBoxLayout()
        self.unit_buttons_layout.setObjectName(u"unit_buttons_layout")
        self.save_unit_button = QPushButton(self.unit_editor_box)
        self.save_unit_button.setObjectName(u"save_unit_button")

        self.unit_buttons_layout.addWidget(self.save_unit_button)

        self.new_unit_button = QPushButton(self.unit_editor_box)
        self.new_unit_button.setObjectName(u"new_unit_button")

        self.unit_buttons_layout.addWidget(self.new_unit_button)


        self.unit_editor_layout.addLayout(self.unit_buttons_layout)

        self.unit_editor_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unit_editor_layout.addItem(self.unit_editor_spacer)


        self.units_body_layout.addWidget(self.unit_editor_box)

        self.units_body_layout.setStretch(0, 1)

        self.units_layout.addLayout(self.units_body_layout)

        self.tab_widget.addTab(self.units_tab, "")
        self.departments_tab = QWidget()
        self.departments_tab.setObjectName(u"departments_tab")
        self.departments_layout = QVBoxLayout(self.departments_tab)
        self.departments_layout.setObjectName(u"departments_layout")
        self.departments_toolbar_layout = QHBoxLayout()
        self.departments_toolbar_layout.setObjectName(u"departments_toolbar_layout")
        self.department_filter_label = QLabel(self.departments_tab)
        self.department_filter_label.setObjectName(u"department_filter_label")

        self.departments_toolbar_layout.addWidget(self.department_filter_label)

        self.department_filter_edit = QLineEdit(self.departments_tab)
        self.department_filter_edit.setObjectName(u"department_filter_edit")
        self.department_filter_edit.setMinimumSize(QSize(260, 0))
        self.department_filter_edit.setClearButtonEnabled(True)

        self.departments_toolbar_layout.addWidget(self.department_filter_edit)

        self.department_count_label = QLabel(self.departments_tab)
        self.department_count_label.setObjectName(u"department_count_label")

        self.departments_toolbar_layout.addWidget(self.department_count_label)

        self.departments_toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departments_toolbar_layout.addItem(self.departments_toolbar_spacer)


        self.departments_layout.addLayout(self.departments_toolbar_layout)

        self.departments_body_layout = QHBoxLayout()
        self.departments_body_layout.setObjectName(u"departments_body_layout")
        self.departments_table = QTableView(self.departments_tab)
        self.departments_table.setObjectName(u"departments_table")
        self.departments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.departments_table.setTabKeyNavigation(False)
        self.departments_table.setAlternatingRowColors(True)
        self.departments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departments_table.setWordWrap(False)
        self.departments_table.horizontalHeader().setStretchLastSection(True)
        self.departments_table.verticalHeader().setVisible(False)

        self.departments_body_layout.addWidget(self.departments_table)

        self.department_editor_box = QGroupBox(self.departments_tab)
        self.department_editor_box.setObjectName(u"department_editor_box")
        self.department_editor_box.setMinimumSize(QSize(300, 0))
        self.department_editor_box.setMaximumSize(QSize(360, 16777215))
        self.department_editor_layout = QVBoxLayout(self.department_editor_box)
        self.department_editor_layout.setObjectName(u"department_editor_layout")
        self.department_form_layout = QFormLayout()
        self.department_form_layout.setObjectName(u"department_form_layout")
        self.department_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.department_name_label = QLabel(self.department_editor_box)
        self.department_name_label.setObjectName(u"department_name_label")

        self.department_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.department_name_label)

        self.department_name_edit = QLineEdit(self.department_editor_box)
        self.department_name_edit.setObjectName(u"department_name_edit")
        self.department_name_edit.setMaxLength(100)

        self.department_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.department_name_edit)

        self.department_name_error_label = QLabel(self.department_editor_box)
        self.department_name_error_label.setObjectName(u"department_name_error_label")

        self.department_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department_name_error_label)

        self.department_phone_label = QLabel(self.department_editor_box)
        self.department_phone_label.setObjectName(u"department_phone_label")

        self.department_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.department_phone_label)

        self.department_phone_edit = QLineEdit(self.department_editor_box)
        self.department_phone_edit.setObjectName(u"department_phone_edit")
        self.department_phone_edit.setPlaceholderText(u"8001")

        self.department_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.department_phone_edit)

        self.department_phone_error_label = QLabel(self.department_editor_box)
        self.department_phone_error_label.setObjectName(u"department_phone_error_label")

        self.department_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.department_phone_error_label)

        self.department_kind_label = QLabel(self.department_editor_box)
        self.department_kind_label.setObjectName(u"department_kind_label")

        self.department_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.department_kind_label)

        self.department_kind_combo = QComboBox(self.department_editor_box)
        self.department_kind_combo.setObjectName(u"department_kind_combo")

        self.department_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.department_kind_combo)

        self.department_kind_error_label = QLabel(self.department_editor_box)
        self.department_kind_error_label.setObjectName(u"department_kind_error_label")

        self.department_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.department_kind_error_label)


        self.department_editor_layout.addLayout(self.department_form_layout)

        self.department_error_label = QLabel(self.department_editor_box)
        self.department_error_label.setObjectName(u"department_error_label")

        self.department_editor_layout.addWidget(self.department_error_label)

        self.department_buttons_layout = QHBoxLayout()
        self.department_buttons_layout.setObjectName(u"department_buttons_layout")
        self.save_department_button = QPushButton(self.department_editor_box)
        self.save_department_button.setObjectName(u"save_department_button")

        self.department_buttons_layout.addWidget(self.save_department_button)

        self.new_department_button = QPushButton(self.department_editor_box)
        self.new_department_button.setObjectName(u"new_department_button")

        self.department_buttons_layout.addWidget(self.new_department_button)


        self.department_editor_layout.addLayout(self.department_buttons_layout)

        self.department_editor_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.department_editor_layout.addItem(self.department_editor_spacer)


        self.departments_body_layout.addWidget(self.department_editor_box)

        self.departments_body_layout.setStretch(0, 1)

        self.departments_layout.addLayout(self.departments_body_layout)

        self.tab_widget.addTab(self.departments_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.button_box = QDialogButtonBox(DirectoryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.unit_filter_label.setBuddy(self.unit_filter_edit)
        self.unit_number_label.setBuddy(self.unit_number_edit)
        self.unit_occupant_label.setBuddy(self.unit_occupant_edit)
        self.unit_company_label.setBuddy(self.unit_company_edit)
        self.unit_phones_label.setBuddy(self.unit_phones_edit)
        self.unit_area_label.setBuddy(self.unit_area_edit)
        self.unit_notes_label.setBuddy(self.unit_notes_edit)
        self.department_filter_label.setBuddy(self.department_filter_edit)
        self.department_name_label.setBuddy(self.department_name_edit)
        self.department_phone_label.setBuddy(self.department_phone_edit)
        self.department_kind_label.setBuddy(self.department_kind_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.unit_filter_edit)
        QWidget.setTabOrder(self.unit_filter_edit, self.import_button)
        QWidget.setTabOrder(self.import_button, self.units_table)
        QWidget.setTabOrder(self.units_table, self.unit_number_edit)
        QWidget.setTabOrder(self.unit_number_edit, self.unit_occupant_edit)
        QWidget.setTabOrder(self.unit_occupant_edit, self.unit_company_edit)
        QWidget.setTabOrder(self.unit_company_edit, self.unit_phones_edit)
        QWidget.setTabOrder(self.unit_phones_edit, self.unit_area_edit)
        QWidget.setTabOrder(self.unit_area_edit, self.unit_occupied_check)
        QWidget.setTabOrder(self.unit_occupied_check, self.unit_notes_edit)
        QWidget.setTabOrder(self.unit_notes_edit, self.save_unit_button)
        QWidget.setTabOrder(self.save_unit_button, self.new_unit_button)
        QWidget.setTabOrder(self.new_unit_button, self.department_filter_edit)
        QWidget.setTabOrder(self.department_filter_edit, self.departments_table)
        QWidget.setTabOrder(self.departments_table, self.department_name_edit)
        QWidget.setTabOrder(self.department_name_edit, self.department_phone_edit)
        QWidget.setTabOrder(self.department_phone_edit, self.department_kind_combo)
        QWidget.setTabOrder(self.department_kind_combo, self.save_department_button)
        QWidget.setTabOrder(self.save_department_button, self.new_department_button)
        QWidget.setTabOrder(self.new_department_button, self.button_box)

        self.retranslateUi(DirectoryDialog)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DirectoryDialog)
    # setupUi

    def retranslateUi(self, DirectoryDialog):
        DirectoryDialog.setWindowTitle(QCoreApplication.translate("DirectoryDialog", u"Building directory", None))
        self.unit_filter_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Find:", None))
        self.unit_filter_edit.setPlaceholderText(QCoreApplication.translate("DirectoryDialog", u"Unit, name, company, phone or pinyin initials (zs)", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Add or update units from an .xlsx sheet with the columns \u623f\u53f7, \u4e1a\u4e3b, \u516c\u53f8, \u7535\u8bdd, \u5907\u6ce8, \u72b6\u6001", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("DirectoryDialog", u"&Import from Excel\u2026", None))
        self.unit_editor_box.setTitle(QCoreApplication.translate("DirectoryDialog", u"New unit", None))
        self.unit_number_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Unit number", None))
        self.unit_occupant_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Occupant", None))
        self.unit_company_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Company", None))
        self.unit_phones_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Phones", None))
#if QT_CONFIG(tooltip)
        self.unit_phones_edit.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Separate several numbers with commas", None))
#endif // QT_CONFIG(tooltip)
        self.unit_area_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Area (m\u00b2)", None))
#if QT_CONFIG(tooltip)
        self.unit_area_edit.setToolTip(QCoreApplication.translate("DirectoryDialog", u"The floor area fees per m\u00b2 are charged on; leave it empty if not known", None))
#endif // QT_CONFIG(tooltip)
        self.unit_status_label.setText(QCoreApplication.translate("DirectoryDialog", u"Status", None))
#if QT_CONFIG(tooltip)
        self.unit_occupied_check.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Units are never deleted: untick this to mark the unit vacant", None))
#endif // QT_CONFIG(tooltip)
        self.unit_occupied_check.setText(QCoreApplication.translate("DirectoryDialog", u"Occupi&ed", None))
        self.unit_notes_label.setText(QCoreApplication.translate("DirectoryDialog", u"No&tes", None))
#if QT_CONFIG(tooltip)
        self.save_unit_button.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Save this unit (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.save_unit_button.setText(QCoreApplication.translate("DirectoryDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.new_unit_button.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Clear the form to add another unit (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_unit_button.setText(QCoreApplication.translate("DirectoryDialog", u"&New", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.units_tab), QCoreApplication.translate("DirectoryDialog", u"Units", None))
        self.department_filter_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Find:", None))
        self.department_filter_edit.setPlaceholderText(QCoreApplication.translate("DirectoryDialog", u"Name, phone, kind or pinyin initials (ba)", None))
        self.department_editor_box.setTitle(QCoreApplication.translate("DirectoryDialog", u"New department", None))
        self.department_name_label.setText(QCoreApplication.translate("DirectoryDialog", u"N&ame", None))
        self.department_phone_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Phone / extension", None))
        self.department_kind_label.setText(QCoreApplication.translate("DirectoryDialog", u"&Kind", None))
#if QT_CONFIG(tooltip)
        self.save_department_button.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Save this department (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.save_department_button.setText(QCoreApplication.translate("DirectoryDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.new_department_button.setToolTip(QCoreApplication.translate("DirectoryDialog", u"Clear the form to add another department (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_department_button.setText(QCoreApplication.translate("DirectoryDialog", u"&New", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.departments_tab), QCoreApplication.translate("DirectoryDialog", u"Departments", None))
    # retranslateUi

