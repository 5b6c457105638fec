# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_deny_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DenyPage(object):
    def setupUi(self, DenyPage):
        if not DenyPage.objectName():
            DenyPage.setObjectName(u"DenyPage")
        DenyPage.resize(940, 560)
        self.page_layout = QVBoxLayout(DenyPage)
        self.page_layout.setObjectName(u"page_layout")
        self.table = QTableWidget(DenyPage)
        if (self.table.columnCount() < 7):
            self.table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.show_inactive_check = QCheckBox(DenyPage)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.actions_layout.addWidget(self.show_inactive_check)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.deactivate_button = QPushButton(DenyPage)
        self.deactivate_button.setObjectName(u"deactivate_button")
        self.deactivate_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.deactivate_button)


        self.page_layout.addLayout(self.actions_layout)

        self.add_group = QGroupBox(DenyPage)
        self.add_group.setObjectName(u"add_group")
        self.add_group_layout = QVBoxLayout(self.add_group)
        self.add_group_layout.setObjectName(u"add_group_layout")
        self.fields_layout = QHBoxLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(self.add_group)
        self.name_label.setObjectName(u"name_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.add_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)
        self.name_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error_label = QLabel(self.add_group)
        self.name_error_label.setObjectName(u"name_error_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.name_error_label.sizePolicy().hasHeightForWidth())
        self.name_error_label.setSizePolicy(sizePolicy)
        self.name_error_label.setText(u"")
        self.name_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.name_error_label.setWordWrap(True)

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error_label)

        self.id_number_label = QLabel(self.add_group)
        self.id_number_label.setObjectName(u"id_number_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number_edit = QLineEdit(self.add_group)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(20)
        self.id_number_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.id_number_edit)

        self.id_number_error_label = QLabel(self.add_group)
        self.id_number_error_label.setObjectName(u"id_number_error_label")
        sizePolicy.setHeightForWidth(self.id_number_error_label.sizePolicy().hasHeightForWidth())
        self.id_number_error_label.setSizePolicy(sizePolicy)
        self.id_number_error_label.setText(u"")
        self.id_number_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.id_number_error_label.setWordWrap(True)

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.id_number_error_label)

        self.phone_label = QLabel(self.add_group)
        self.phone_label.setObjectName(u"phone_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.add_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)
        self.phone_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error_label = QLabel(self.add_group)
        self.phone_error_label.setObjectName(u"phone_error_label")
        sizePolicy.setHeightForWidth(self.phone_error_label.sizePolicy().hasHeightForWidth())
        self.phone_error_label.setSizePolicy(sizePolicy)
        self.phone_error_label.setText(u"")
        self.phone_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.phone_error_label.setWordWrap(True)

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_error_label)


        self.fields_layout.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.company_label = QLabel(self.add_group)
        self.company_label.setObjectName(u"company_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company_edit = QLineEdit(self.add_group)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(100)
        self.company_edit.setClearButtonEnabled(True)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.company_edit)

        self.reason_label = QLabel(self.add_group)
        self.reason_label.setObjectName(u"reason_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(self.add_group)
        self.reason_combo.setObjectName(u"reason_combo")

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.note_label = QLabel(self.add_group)
        self.note_label.setObjectName(u"note_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(self.add_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)
        self.note_edit.setClearButtonEnabled(True)

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.fields_layout.addLayout(self.right_form)


        self.add_group_layout.addLayout(self.fields_layout)

        self.add_row_layout = QHBoxLayout()
        self.add_row_layout.setObjectName(u"add_row_layout")
        self.form_error_label = QLabel(self.add_group)
        self.form_error_label.setObjectName(u"form_error_label")
        sizePolicy.setHeightForWidth(self.form_error_label.sizePolicy().hasHeightForWidth())
        self.form_error_label.setSizePolicy(sizePolicy)
        self.form_error_label.setText(u"")
        self.form_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_error_label.setWordWrap(True)

        self.add_row_layout.addWidget(self.form_error_label)

        self.add_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_row_layout.addItem(self.add_spacer)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.add_row_layout.addWidget(self.add_button)


        self.add_group_layout.addLayout(self.add_row_layout)


        self.page_layout.addWidget(self.add_group)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.company_label.setBuddy(self.company_edit)
        self.reason_label.setBuddy(self.reason_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.show_inactive_check)
        QWidget.setTabOrder(self.show_inactive_check, self.deactivate_button)
        QWidget.setTabOrder(self.deactivate_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.reason_combo)
        QWidget.setTabOrder(self.reason_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.add_button)

        self.retranslateUi(DenyPage)

        QMetaObject.connectSlotsByName(DenyPage)
    # setupUi

    def retranslateUi(self, DenyPage):
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DenyPage", u"Name", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DenyPage", u"ID number", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DenyPage", u"Phone", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DenyPage", u"Company", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DenyPage", u"Reason", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DenyPage", u"Note", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DenyPage", u"Status", None))
        self.show_inactive_check.setText(QCoreApplication.translate("DenyPage", u"Show inactive too", None))
        self.deactivate_button.setText(QCoreApplication.translate("DenyPage", u"Deactivate", None))
#if QT_CONFIG(tooltip)
        self.deactivate_button.setToolTip(QCoreApplication.translate("DenyPage", u"Take the selected entry off the active list; it stays on record", None))
#endif // QT_CONFIG(tooltip)
        self.add_group.setTitle(QCoreApplication.translate("DenyPage", u"Add to the deny list", None))
        self.name_label.setText(QCoreApplication.translate("DenyPage", u"Name:", None))
        self.id_number_label.setText(QCoreApplication.translate("DenyPage", u"ID number:", None))
        self.id_number_edit.setPlaceholderText(QCoreApplication.translate("DenyPage", u"Optional", None))
        self.phone_label.setText(QCoreApplication.translate("DenyPage", u"Phone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("DenyPage", u"Optional", None))
        self.company_label.setText(QCoreApplication.translate("DenyPage", u"Company:", None))
        self.company_edit.setPlaceholderText(QCoreApplication.translate("DenyPage", u"Optional", None))
        self.reason_label.setText(QCoreApplication.translate("DenyPage", u"Reason:", None))
        self.note_label.setText(QCoreApplication.translate("DenyPage", u"Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("DenyPage", u"Optional", None))
        self.add_button.setText(QCoreApplication.translate("DenyPage", u"Add", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("DenyPage", u"Add this person to the deny list (Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

