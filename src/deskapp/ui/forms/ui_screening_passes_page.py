# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_passes_page.ui'
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
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PassesPage(object):
    def setupUi(self, PassesPage):
        if not PassesPage.objectName():
            PassesPage.setObjectName(u"PassesPage")
        PassesPage.resize(940, 560)
        self.page_layout = QVBoxLayout(PassesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.table = QTableWidget(PassesPage)
        if (self.table.columnCount() < 9):
            self.table.setColumnCount(9)
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
        __qtablewidgetitem7 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(8, __qtablewidgetitem8)
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
        self.show_ended_check = QCheckBox(PassesPage)
        self.show_ended_check.setObjectName(u"show_ended_check")

        self.actions_layout.addWidget(self.show_ended_check)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.print_button = QPushButton(PassesPage)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.print_button)

        self.deposit_returned_button = QPushButton(PassesPage)
        self.deposit_returned_button.setObjectName(u"deposit_returned_button")
        self.deposit_returned_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.deposit_returned_button)

        self.revoke_button = QPushButton(PassesPage)
        self.revoke_button.setObjectName(u"revoke_button")
        self.revoke_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.revoke_button)


        self.page_layout.addLayout(self.actions_layout)

        self.issue_group = QGroupBox(PassesPage)
        self.issue_group.setObjectName(u"issue_group")
        self.issue_group_layout = QVBoxLayout(self.issue_group)
        self.issue_group_layout.setObjectName(u"issue_group_layout")
        self.fields_layout = QHBoxLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.holder_label = QLabel(self.issue_group)
        self.holder_label.setObjectName(u"holder_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.holder_label)

        self.holder_edit = QLineEdit(self.issue_group)
        self.holder_edit.setObjectName(u"holder_edit")
        self.holder_edit.setMaxLength(100)
        self.holder_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.holder_edit)

        self.holder_error_label = QLabel(self.issue_group)
        self.holder_error_label.setObjectName(u"holder_error_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.holder_error_label.sizePolicy().hasHeightForWidth())
        self.holder_error_label.setSizePolicy(sizePolicy)
        self.holder_error_label.setText(u"")
        self.holder_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.holder_error_label.setWordWrap(True)

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holder_error_label)

        self.id_type_label = QLabel(self.issue_group)
        self.id_type_label.setObjectName(u"id_type_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.id_type_label)

        self.id_type_combo = QComboBox(self.issue_group)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.id_type_combo)

        self.id_number_label = QLabel(self.issue_group)
        self.id_number_label.setObjectName(u"id_number_label")

        self.left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number_edit = QLineEdit(self.issue_group)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(20)
        self.id_number_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.id_number_edit)

        self.id_number_error_label = QLabel(self.issue_group)
        self.id_number_error_label.setObjectName(u"id_number_error_label")
        sizePolicy.setHeightForWidth(self.id_number_error_label.sizePolicy().hasHeightForWidth())
        self.id_number_error_label.setSizePolicy(sizePolicy)
        self.id_number_error_label.setText(u"")
        self.id_number_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.id_number_error_label.setWordWrap(True)

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.id_number_error_label)

        self.phone_label = QLabel(self.issue_group)
        self.phone_label.setObjectName(u"phone_label")

        self.left_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.issue_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)
        self.phone_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error_label = QLabel(self.issue_group)
        self.phone_error_label.setObjectName(u"phone_error_label")
        sizePolicy.setHeightForWidth(self.phone_error_label.sizePolicy().hasHeightForWidth())
        self.phone_error_label.setSizePolicy(sizePolicy)
        self.phone_error_label.setText(u"")
        self.phone_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.phone_error_label.setWordWrap(True)

        self.left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_error_label)

        self.company_label = QLabel(self.issue_group)
        self.company_label.setObjectName(u"company_label")

        self.left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company_edit = QLineEdit(self.issue_group)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(100)
        self.company_edit.setClearButtonEnabled(True)

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.company_edit)


        self.fields_layout.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.host_label = QLabel(self.issue_group)
        self.host_label.setObjectName(u"host_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(self.issue_group)
        self.host_edit.setObjectName(u"host_edit")
        self.host_edit.setMaxLength(100)
        self.host_edit.setClearButtonEnabled(True)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.host_error_label = QLabel(self.issue_group)
        self.host_error_label.setObjectName(u"host_error_label")
        sizePolicy.setHeightForWidth(self.host_error_label.sizePolicy().hasHeightForWidth())
        self.host_error_label.setSizePolicy(sizePolicy)
        self.host_error_label.setText(u"")
        self.host_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.host_error_label.setWordWrap(True)

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host_error_label)

        self.work_label = QLabel(self.issue_group)
        self.work_label.setObjectName(u"work_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.work_label)

        self.work_edit = QLineEdit(self.issue_group)
        self.work_edit.setObjectName(u"work_edit")
        self.work_edit.setMaxLength(200)
        self.work_edit.setClearButtonEnabled(True)

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.work_edit)

        self.work_error_label = QLabel(self.issue_group)
        self.work_error_label.setObjectName(u"work_error_label")
        sizePolicy.setHeightForWidth(self.work_error_label.sizePolicy().hasHeightForWidth())
        self.work_error_label.setSizePolicy(sizePolicy)
        self.work_error_label.setText(u"")
        self.work_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.work_error_label.setWordWrap(True)

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.work_error_label)

        self.valid_from_label = QLabel(self.issue_group)
        self.valid_from_label.setObjectName(u"valid_from_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valid_from_label)

        self.valid_from_date_edit = QDateEdit(self.issue_group)
        self.valid_from_date_edit.setObjectName(u"valid_from_date_edit")
        self.valid_from_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.valid_from_date_edit.setCalendarPopup(True)

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valid_from_date_edit)

        self.valid_to_label = QLabel(self.issue_group)
        self.valid_to_label.setObjectName(u"valid_to_label")

        self.right_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.valid_to_label)

        self.valid_to_date_edit = QDateEdit(self.issue_group)
        self.valid_to_date_edit.setObjectName(u"valid_to_date_edit")
        self.valid_to_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.valid_to_date_edit.setCalendarPopup(True)

        self.right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.valid_to_date_edit)

        self.valid_to_error_label = QLabel(self.issue_group)
        self.valid_to_error_label.setObjectName(u"valid_to_error_label")
        sizePolicy.setHeightForWidth(self.valid_to_error_label.sizePolicy().hasHeightForWidth())
        self.valid_to_error_label.setSizePolicy(sizePolicy)
        self.valid_to_error_label.setText(u"")
        self.valid_to_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.valid_to_error_label.setWordWrap(True)

        self.right_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.valid_to_error_label)

        self.deposit_label = QLabel(self.issue_group)
        self.deposit_label.setObjectName(u"deposit_label")

        self.right_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.deposit_label)

        self.deposit_edit = QLineEdit(self.issue_group)
        self.deposit_edit.setObjectName(u"deposit_edit")
        self.deposit_edit.setMaxLength(20)
        self.deposit_edit.setClearButtonEnabled(True)

        self.right_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deposit_edit)

        self.deposit_error_label = QLabel(self.issue_group)
        self.deposit_error_label.setObjectName(u"deposit_error_label")
        sizePolicy.setHeightForWidth(self.deposit_error_label.sizePolicy().hasHeightForWidth())
        self.deposit_error_label.setSizePolicy(sizePolicy)
        self.deposit_error_label.setText(u"")
        self.deposit_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.deposit_error_label.setWordWrap(True)

        self.right_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.deposit_error_label)


        self.fields_layout.addLayout(self.right_form)


        self.issue_group_layout.addLayout(self.fields_layout)

        self.issue_row_layout = QHBoxLayout()
        self.issue_row_layout.setObjectName(u"issue_row_layout")
        self.form_error_label = QLabel(self.issue_group)
        self.form_error_label.setObjectName(u"form_error_label")
        sizePolicy.setHeightForWidth(self.form_error_label.sizePolicy().hasHeightForWidth())
        self.form_error_label.setSizePolicy(sizePolicy)
        self.form_error_label.setText(u"")
        self.form_error_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_error_label.setWordWrap(True)

        self.issue_row_layout.addWidget(self.form_error_label)

        self.issue_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issue_row_layout.addItem(self.issue_spacer)

        self.issue_button = QPushButton(self.issue_group)
        self.issue_button.setObjectName(u"issue_button")
        self.issue_button.setAutoDefault(False)

        self.issue_row_layout.addWidget(self.issue_button)


        self.issue_group_layout.addLayout(self.issue_row_layout)


        self.page_layout.addWidget(self.issue_group)

        self.page_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.holder_label.setBuddy(self.holder_edit)
        self.id_type_label.setBuddy(self.id_type_combo)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.company_label.setBuddy(self.company_edit)
        self.host_label.setBuddy(self.host_edit)
        self.work_label.setBuddy(self.work_edit)
        self.valid_from_label.setBuddy(self.valid_from_date_edit)
        self.valid_to_label.setBuddy(self.valid_to_date_edit)
        self.deposit_label.setBuddy(self.deposit_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.show_ended_check)
        QWidget.setTabOrder(self.show_ended_check, self.print_button)
        QWidget.setTabOrder(self.print_button, self.deposit_returned_button)
        QWidget.setTabOrder(self.deposit_returned_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.holder_edit)
        QWidget.setTabOrder(self.holder_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.work_edit)
        QWidget.setTabOrder(self.work_edit, self.valid_from_date_edit)
        QWidget.setTabOrder(self.valid_from_date_edit, self.valid_to_date_edit)
        QWidget.setTabOrder(self.valid_to_date_edit, self.deposit_edit)
        QWidget.setTabOrder(self.deposit_edit, self.issue_button)

        self.retranslateUi(PassesPage)

        QMetaObject.connectSlotsByName(PassesPage)
    # setupUi

    def retranslateUi(self, PassesPage):
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PassesPage", u"Pass no.", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PassesPage", u"Holder", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PassesPage", u"ID number", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PassesPage", u"Host", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PassesPage", u"Valid from \u2013 to", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PassesPage", u"Status", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PassesPage", u"Deposit", None))
        ___qtablewidgetitem7 = self.table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("PassesPage", u"Company", None))
        ___qtablewidgetitem8 = self.table.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("PassesPage", u"Work", None))
        self.show_ended_check.setText(QCoreApplication.translate("PassesPage", u"Show expired and revoked too", None))
        self.print_button.setText(QCoreApplication.translate("PassesPage", u"&Print card\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("PassesPage", u"Print the selected pass as a card to wear (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.deposit_returned_button.setText(QCoreApplication.translate("PassesPage", u"&Deposit returned\u2026", None))
#if QT_CONFIG(tooltip)
        self.deposit_returned_button.setToolTip(QCoreApplication.translate("PassesPage", u"The card came back and its deposit was given back: record it", None))
#endif // QT_CONFIG(tooltip)
        self.revoke_button.setText(QCoreApplication.translate("PassesPage", u"Revoke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revoke_button.setToolTip(QCoreApplication.translate("PassesPage", u"Revoke the selected pass early, with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.issue_group.setTitle(QCoreApplication.translate("PassesPage", u"Issue a temporary pass", None))
        self.holder_label.setText(QCoreApplication.translate("PassesPage", u"Holder:", None))
        self.id_type_label.setText(QCoreApplication.translate("PassesPage", u"ID type:", None))
        self.id_number_label.setText(QCoreApplication.translate("PassesPage", u"ID number:", None))
        self.phone_label.setText(QCoreApplication.translate("PassesPage", u"Phone:", None))
        self.company_label.setText(QCoreApplication.translate("PassesPage", u"Company:", None))
        self.host_label.setText(QCoreApplication.translate("PassesPage", u"Host:", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("PassesPage", u"Unit or department: type text or pinyin initials", None))
        self.work_label.setText(QCoreApplication.translate("PassesPage", u"Work:", None))
        self.work_edit.setPlaceholderText(QCoreApplication.translate("PassesPage", u"e.g. decoration, air-conditioning repair", None))
        self.valid_from_label.setText(QCoreApplication.translate("PassesPage", u"Valid from:", None))
        self.valid_to_label.setText(QCoreApplication.translate("PassesPage", u"Valid to:", None))
        self.deposit_label.setText(QCoreApplication.translate("PassesPage", u"Card deposit (\u00a5):", None))
        self.deposit_edit.setPlaceholderText(QCoreApplication.translate("PassesPage", u"e.g. 50; leave empty when none is taken", None))
#if QT_CONFIG(tooltip)
        self.deposit_edit.setToolTip(QCoreApplication.translate("PassesPage", u"A refundable deposit for the card, in yuan (never the ID card itself)", None))
#endif // QT_CONFIG(tooltip)
        self.issue_button.setText(QCoreApplication.translate("PassesPage", u"Issue pass", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("PassesPage", u"Issue the pass (Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

