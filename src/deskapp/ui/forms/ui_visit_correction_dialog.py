# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_correction_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VisitCorrectionDialog(object):
    def setupUi(self, VisitCorrectionDialog):
        if not VisitCorrectionDialog.objectName():
            VisitCorrectionDialog.setObjectName(u"VisitCorrectionDialog")
        VisitCorrectionDialog.resize(560, 560)
        self.dialog_layout = QVBoxLayout(VisitCorrectionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.visit_label = QLabel(VisitCorrectionDialog)
        self.visit_label.setObjectName(u"visit_label")
        self.visit_label.setText(u"")
        self.visit_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.visit_label)

        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.name_label = QLabel(VisitCorrectionDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(VisitCorrectionDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(VisitCorrectionDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.phone_label = QLabel(VisitCorrectionDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(VisitCorrectionDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(VisitCorrectionDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.company_label = QLabel(VisitCorrectionDialog)
        self.company_label.setObjectName(u"company_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company_edit = QLineEdit(VisitCorrectionDialog)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(200)

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.company_edit)

        self.party_size_label = QLabel(VisitCorrectionDialog)
        self.party_size_label.setObjectName(u"party_size_label")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.party_size_label)

        self.party_size_spin = QSpinBox(VisitCorrectionDialog)
        self.party_size_spin.setObjectName(u"party_size_spin")
        self.party_size_spin.setMinimum(1)
        self.party_size_spin.setMaximum(50)

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.party_size_spin)

        self.purpose_label = QLabel(VisitCorrectionDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_combo = QComboBox(VisitCorrectionDialog)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.host_label = QLabel(VisitCorrectionDialog)
        self.host_label.setObjectName(u"host_label")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(VisitCorrectionDialog)
        self.host_edit.setObjectName(u"host_edit")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.host_error = QLabel(VisitCorrectionDialog)
        self.host_error.setObjectName(u"host_error")
        self.host_error.setText(u"")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.host_error)

        self.plate_label = QLabel(VisitCorrectionDialog)
        self.plate_label.setObjectName(u"plate_label")

        self.fields_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.plate_label)

        self.plate_edit = QLineEdit(VisitCorrectionDialog)
        self.plate_edit.setObjectName(u"plate_edit")
        self.plate_edit.setMaxLength(16)

        self.fields_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.plate_edit)

        self.items_label = QLabel(VisitCorrectionDialog)
        self.items_label.setObjectName(u"items_label")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.items_label)

        self.items_edit = QLineEdit(VisitCorrectionDialog)
        self.items_edit.setObjectName(u"items_edit")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.items_edit)

        self.note_label = QLabel(VisitCorrectionDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(VisitCorrectionDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.fields_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.reason_label = QLabel(VisitCorrectionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(VisitCorrectionDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(VisitCorrectionDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.dialog_layout.addLayout(self.fields_form)

        self.history_title = QLabel(VisitCorrectionDialog)
        self.history_title.setObjectName(u"history_title")

        self.dialog_layout.addWidget(self.history_title)

        self.history_table = QTableWidget(VisitCorrectionDialog)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setMinimumSize(QSize(0, 110))

        self.dialog_layout.addWidget(self.history_table)

        self.general_error = QLabel(VisitCorrectionDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")

        self.dialog_layout.addWidget(self.general_error)

        self.button_box = QDialogButtonBox(VisitCorrectionDialog)
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
        self.plate_label.setBuddy(self.plate_edit)
        self.items_label.setBuddy(self.items_edit)
        self.note_label.setBuddy(self.note_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.history_title.setBuddy(self.history_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.party_size_spin)
        QWidget.setTabOrder(self.party_size_spin, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.plate_edit)
        QWidget.setTabOrder(self.plate_edit, self.items_edit)
        QWidget.setTabOrder(self.items_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.history_table)

        self.retranslateUi(VisitCorrectionDialog)

        QMetaObject.connectSlotsByName(VisitCorrectionDialog)
    # setupUi

    def retranslateUi(self, VisitCorrectionDialog):
        VisitCorrectionDialog.setWindowTitle(QCoreApplication.translate("VisitCorrectionDialog", u"Correct a visit", None))
        self.name_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"&Phone", None))
        self.company_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"C&ompany", None))
        self.party_size_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"Peop&le", None))
        self.purpose_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"P&urpose", None))
        self.host_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"Ho&st", None))
        self.plate_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"Pl&ate", None))
        self.items_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"Items carrie&d", None))
        self.note_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"Not&e", None))
        self.reason_label.setText(QCoreApplication.translate("VisitCorrectionDialog", u"&Why corrected", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("VisitCorrectionDialog", u"e.g. name misspelt, wrong host", None))
        self.history_title.setText(QCoreApplication.translate("VisitCorrectionDialog", u"&History of this visit", None))
    # retranslateUi

