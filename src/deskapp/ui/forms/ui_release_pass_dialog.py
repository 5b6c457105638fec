# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_pass_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReleasePassDialog(object):
    def setupUi(self, ReleasePassDialog):
        if not ReleasePassDialog.objectName():
            ReleasePassDialog.setObjectName(u"ReleasePassDialog")
        ReleasePassDialog.resize(560, 700)
        self.dialog_layout = QVBoxLayout(ReleasePassDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ReleasePassDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.unit_layout = QGridLayout()
        self.unit_layout.setObjectName(u"unit_layout")
        self.unit_layout.setVerticalSpacing(3)
        self.unit_label = QLabel(ReleasePassDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.unit_layout.addWidget(self.unit_label, 0, 0, 1, 1)

        self.unit_edit = QLineEdit(ReleasePassDialog)
        self.unit_edit.setObjectName(u"unit_edit")
        self.unit_edit.setMaxLength(200)

        self.unit_layout.addWidget(self.unit_edit, 0, 1, 1, 1)

        self.unit_error = QLabel(ReleasePassDialog)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setText(u"")

        self.unit_layout.addWidget(self.unit_error, 1, 1, 1, 1)

        self.arrears_label = QLabel(ReleasePassDialog)
        self.arrears_label.setObjectName(u"arrears_label")
        self.arrears_label.setText(u"")
        self.arrears_label.setWordWrap(True)

        self.unit_layout.addWidget(self.arrears_label, 2, 1, 1, 1)


        self.dialog_layout.addLayout(self.unit_layout)

        self.goods_head_layout = QHBoxLayout()
        self.goods_head_layout.setObjectName(u"goods_head_layout")
        self.goods_label = QLabel(ReleasePassDialog)
        self.goods_label.setObjectName(u"goods_label")

        self.goods_head_layout.addWidget(self.goods_label)

        self.goods_head_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goods_head_layout.addItem(self.goods_head_spacer)

        self.add_line_button = QPushButton(ReleasePassDialog)
        self.add_line_button.setObjectName(u"add_line_button")
        self.add_line_button.setAutoDefault(False)

        self.goods_head_layout.addWidget(self.add_line_button)

        self.remove_line_button = QPushButton(ReleasePassDialog)
        self.remove_line_button.setObjectName(u"remove_line_button")
        self.remove_line_button.setAutoDefault(False)

        self.goods_head_layout.addWidget(self.remove_line_button)


        self.dialog_layout.addLayout(self.goods_head_layout)

        self.goods_table = QTableWidget(ReleasePassDialog)
        if (self.goods_table.columnCount() < 3):
            self.goods_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.goods_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.goods_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.goods_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.goods_table.setObjectName(u"goods_table")
        self.goods_table.setMinimumSize(QSize(0, 130))
        self.goods_table.setTabKeyNavigation(True)
        self.goods_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goods_table.setColumnCount(3)

        self.dialog_layout.addWidget(self.goods_table)

        self.goods_error = QLabel(ReleasePassDialog)
        self.goods_error.setObjectName(u"goods_error")
        self.goods_error.setText(u"")

        self.dialog_layout.addWidget(self.goods_error)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.carrier_name_label = QLabel(ReleasePassDialog)
        self.carrier_name_label.setObjectName(u"carrier_name_label")

        self.fields_layout.addWidget(self.carrier_name_label, 0, 0, 1, 1)

        self.carrier_name_edit = QLineEdit(ReleasePassDialog)
        self.carrier_name_edit.setObjectName(u"carrier_name_edit")
        self.carrier_name_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.carrier_name_edit, 0, 1, 1, 1)

        self.carrier_name_error = QLabel(ReleasePassDialog)
        self.carrier_name_error.setObjectName(u"carrier_name_error")
        self.carrier_name_error.setText(u"")

        self.fields_layout.addWidget(self.carrier_name_error, 1, 1, 1, 1)

        self.carrier_id_label = QLabel(ReleasePassDialog)
        self.carrier_id_label.setObjectName(u"carrier_id_label")

        self.fields_layout.addWidget(self.carrier_id_label, 2, 0, 1, 1)

        self.id_layout = QHBoxLayout()
        self.id_layout.setObjectName(u"id_layout")
        self.carrier_id_type_combo = QComboBox(ReleasePassDialog)
        self.carrier_id_type_combo.setObjectName(u"carrier_id_type_combo")

        self.id_layout.addWidget(self.carrier_id_type_combo)

        self.carrier_id_edit = QLineEdit(ReleasePassDialog)
        self.carrier_id_edit.setObjectName(u"carrier_id_edit")
        self.carrier_id_edit.setMaxLength(30)

        self.id_layout.addWidget(self.carrier_id_edit)

        self.id_layout.setStretch(1, 1)

        self.fields_layout.addLayout(self.id_layout, 2, 1, 1, 1)

        self.carrier_id_error = QLabel(ReleasePassDialog)
        self.carrier_id_error.setObjectName(u"carrier_id_error")
        self.carrier_id_error.setText(u"")

        self.fields_layout.addWidget(self.carrier_id_error, 3, 1, 1, 1)

        self.carrier_phone_label = QLabel(ReleasePassDialog)
        self.carrier_phone_label.setObjectName(u"carrier_phone_label")

        self.fields_layout.addWidget(self.carrier_phone_label, 4, 0, 1, 1)

        self.carrier_phone_edit = QLineEdit(ReleasePassDialog)
        self.carrier_phone_edit.setObjectName(u"carrier_phone_edit")
        self.carrier_phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.carrier_phone_edit, 4, 1, 1, 1)

        self.carrier_phone_error = QLabel(ReleasePassDialog)
        self.carrier_phone_error.setObjectName(u"carrier_phone_error")
        self.carrier_phone_error.setText(u"")

        self.fields_layout.addWidget(self.carrier_phone_error, 5, 1, 1, 1)

        self.plate_label = QLabel(ReleasePassDialog)
        self.plate_label.setObjectName(u"plate_label")

        self.fields_layout.addWidget(self.plate_label, 6, 0, 1, 1)

        self.plate_edit = QLineEdit(ReleasePassDialog)
        self.plate_edit.setObjectName(u"plate_edit")
        self.plate_edit.setMaxLength(20)

        self.fields_layout.addWidget(self.plate_edit, 6, 1, 1, 1)

        self.plate_error = QLabel(ReleasePassDialog)
        self.plate_error.setObjectName(u"plate_error")
        self.plate_error.setText(u"")

        self.fields_layout.addWidget(self.plate_error, 7, 1, 1, 1)

        self.authorised_by_label = QLabel(ReleasePassDialog)
        self.authorised_by_label.setObjectName(u"authorised_by_label")

        self.fields_layout.addWidget(self.authorised_by_label, 8, 0, 1, 1)

        self.authorised_by_edit = QLineEdit(ReleasePassDialog)
        self.authorised_by_edit.setObjectName(u"authorised_by_edit")
        self.authorised_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.authorised_by_edit, 8, 1, 1, 1)

        self.authorised_by_error = QLabel(ReleasePassDialog)
        self.authorised_by_error.setObjectName(u"authorised_by_error")
        self.authorised_by_error.setText(u"")

        self.fields_layout.addWidget(self.authorised_by_error, 9, 1, 1, 1)

        self.how_label = QLabel(ReleasePassDialog)
        self.how_label.setObjectName(u"how_label")

        self.fields_layout.addWidget(self.how_label, 10, 0, 1, 1)

        self.how_combo = QComboBox(ReleasePassDialog)
        self.how_combo.setObjectName(u"how_combo")

        self.fields_layout.addWidget(self.how_combo, 10, 1, 1, 1)

        self.how_error = QLabel(ReleasePassDialog)
        self.how_error.setObjectName(u"how_error")
        self.how_error.setText(u"")

        self.fields_layout.addWidget(self.how_error, 11, 1, 1, 1)

        self.authorisation_note_label = QLabel(ReleasePassDialog)
        self.authorisation_note_label.setObjectName(u"authorisation_note_label")

        self.fields_layout.addWidget(self.authorisation_note_label, 12, 0, 1, 1)

        self.authorisation_note_edit = QLineEdit(ReleasePassDialog)
        self.authorisation_note_edit.setObjectName(u"authorisation_note_edit")
        self.authorisation_note_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.authorisation_note_edit, 12, 1, 1, 1)

        self.authorisation_note_error = QLabel(ReleasePassDialog)
        self.authorisation_note_error.setObjectName(u"authorisation_note_error")
        self.authorisation_note_error.setText(u"")

        self.fields_layout.addWidget(self.authorisation_note_error, 13, 1, 1, 1)

        self.note_label = QLabel(ReleasePassDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 14, 0, 1, 1)

        self.note_edit = QLineEdit(ReleasePassDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 14, 1, 1, 1)

        self.note_error = QLabel(ReleasePassDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 15, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.print_check = QCheckBox(ReleasePassDialog)
        self.print_check.setObjectName(u"print_check")
        self.print_check.setChecked(True)

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(ReleasePassDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(ReleasePassDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.unit_label.setBuddy(self.unit_edit)
        self.goods_label.setBuddy(self.goods_table)
        self.carrier_name_label.setBuddy(self.carrier_name_edit)
        self.carrier_id_label.setBuddy(self.carrier_id_edit)
        self.carrier_phone_label.setBuddy(self.carrier_phone_edit)
        self.plate_label.setBuddy(self.plate_edit)
        self.authorised_by_label.setBuddy(self.authorised_by_edit)
        self.how_label.setBuddy(self.how_combo)
        self.authorisation_note_label.setBuddy(self.authorisation_note_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_edit, self.goods_table)
        QWidget.setTabOrder(self.goods_table, self.add_line_button)
        QWidget.setTabOrder(self.add_line_button, self.remove_line_button)
        QWidget.setTabOrder(self.remove_line_button, self.carrier_name_edit)
        QWidget.setTabOrder(self.carrier_name_edit, self.carrier_id_type_combo)
        QWidget.setTabOrder(self.carrier_id_type_combo, self.carrier_id_edit)
        QWidget.setTabOrder(self.carrier_id_edit, self.carrier_phone_edit)
        QWidget.setTabOrder(self.carrier_phone_edit, self.plate_edit)
        QWidget.setTabOrder(self.plate_edit, self.authorised_by_edit)
        QWidget.setTabOrder(self.authorised_by_edit, self.how_combo)
        QWidget.setTabOrder(self.how_combo, self.authorisation_note_edit)
        QWidget.setTabOrder(self.authorisation_note_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(ReleasePassDialog)

        QMetaObject.connectSlotsByName(ReleasePassDialog)
    # setupUi

    def retranslateUi(self, ReleasePassDialog):
        ReleasePassDialog.setWindowTitle(QCoreApplication.translate("ReleasePassDialog", u"New goods release pass", None))
        self.unit_label.setText(QCoreApplication.translate("ReleasePassDialog", u"&Unit", None))
        self.goods_label.setText(QCoreApplication.translate("ReleasePassDialog", u"&Goods going out", None))
        self.add_line_button.setText(QCoreApplication.translate("ReleasePassDialog", u"Add line (Ins)", None))
        self.remove_line_button.setText(QCoreApplication.translate("ReleasePassDialog", u"Remove line (Del)", None))
        ___qtablewidgetitem = self.goods_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReleasePassDialog", u"Goods", None))
        ___qtablewidgetitem1 = self.goods_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReleasePassDialog", u"Quantity", None))
        ___qtablewidgetitem2 = self.goods_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReleasePassDialog", u"Counted in", None))
        self.carrier_name_label.setText(QCoreApplication.translate("ReleasePassDialog", u"Carrier's &name", None))
        self.carrier_id_label.setText(QCoreApplication.translate("ReleasePassDialog", u"&ID", None))
        self.carrier_phone_label.setText(QCoreApplication.translate("ReleasePassDialog", u"&Phone", None))
        self.plate_label.setText(QCoreApplication.translate("ReleasePassDialog", u"Pla&te", None))
        self.authorised_by_label.setText(QCoreApplication.translate("ReleasePassDialog", u"&Authorised by", None))
        self.how_label.setText(QCoreApplication.translate("ReleasePassDialog", u"Ho&w", None))
        self.authorisation_note_label.setText(QCoreApplication.translate("ReleasePassDialog", u"&Details", None))
        self.note_label.setText(QCoreApplication.translate("ReleasePassDialog", u"N&ote", None))
        self.print_check.setText(QCoreApplication.translate("ReleasePassDialog", u"P&rint the pass (tenant's and guard's copy)", None))
    # retranslateUi

