# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'found_claim_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FoundClaimDialog(object):
    def setupUi(self, FoundClaimDialog):
        if not FoundClaimDialog.objectName():
            FoundClaimDialog.setObjectName(u"FoundClaimDialog")
        FoundClaimDialog.resize(520, 430)
        self.dialog_layout = QVBoxLayout(FoundClaimDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.item_label = QLabel(FoundClaimDialog)
        self.item_label.setObjectName(u"item_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.item_label.sizePolicy().hasHeightForWidth())
        self.item_label.setSizePolicy(sizePolicy)
        self.item_label.setText(u"")
        self.item_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.item_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.claimant_name_label = QLabel(FoundClaimDialog)
        self.claimant_name_label.setObjectName(u"claimant_name_label")

        self.fields_layout.addWidget(self.claimant_name_label, 0, 0, 1, 1)

        self.claimant_name_edit = QLineEdit(FoundClaimDialog)
        self.claimant_name_edit.setObjectName(u"claimant_name_edit")
        self.claimant_name_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.claimant_name_edit, 0, 1, 1, 1)

        self.claimant_name_error = QLabel(FoundClaimDialog)
        self.claimant_name_error.setObjectName(u"claimant_name_error")
        self.claimant_name_error.setText(u"")

        self.fields_layout.addWidget(self.claimant_name_error, 1, 1, 1, 1)

        self.id_number_label = QLabel(FoundClaimDialog)
        self.id_number_label.setObjectName(u"id_number_label")

        self.fields_layout.addWidget(self.id_number_label, 2, 0, 1, 1)

        self.id_layout = QHBoxLayout()
        self.id_layout.setObjectName(u"id_layout")
        self.id_type_combo = QComboBox(FoundClaimDialog)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.id_layout.addWidget(self.id_type_combo)

        self.id_number_edit = QLineEdit(FoundClaimDialog)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(30)

        self.id_layout.addWidget(self.id_number_edit)

        self.id_layout.setStretch(1, 1)

        self.fields_layout.addLayout(self.id_layout, 2, 1, 1, 1)

        self.id_number_error = QLabel(FoundClaimDialog)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.fields_layout.addWidget(self.id_number_error, 3, 1, 1, 1)

        self.phone_label = QLabel(FoundClaimDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 4, 0, 1, 1)

        self.phone_edit = QLineEdit(FoundClaimDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.fields_layout.addWidget(self.phone_edit, 4, 1, 1, 1)

        self.phone_error = QLabel(FoundClaimDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_layout.addWidget(self.phone_error, 5, 1, 1, 1)

        self.claim_description_label = QLabel(FoundClaimDialog)
        self.claim_description_label.setObjectName(u"claim_description_label")

        self.fields_layout.addWidget(self.claim_description_label, 6, 0, 1, 1)

        self.claim_description_edit = QPlainTextEdit(FoundClaimDialog)
        self.claim_description_edit.setObjectName(u"claim_description_edit")
        self.claim_description_edit.setTabChangesFocus(True)
        self.claim_description_edit.setMaximumSize(QSize(16777215, 90))

        self.fields_layout.addWidget(self.claim_description_edit, 6, 1, 1, 1)

        self.claim_description_error = QLabel(FoundClaimDialog)
        self.claim_description_error.setObjectName(u"claim_description_error")
        self.claim_description_error.setText(u"")

        self.fields_layout.addWidget(self.claim_description_error, 7, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.reveal_check = QCheckBox(FoundClaimDialog)
        self.reveal_check.setObjectName(u"reveal_check")

        self.dialog_layout.addWidget(self.reveal_check)

        self.recorded_label = QLabel(FoundClaimDialog)
        self.recorded_label.setObjectName(u"recorded_label")
        sizePolicy.setHeightForWidth(self.recorded_label.sizePolicy().hasHeightForWidth())
        self.recorded_label.setSizePolicy(sizePolicy)
        self.recorded_label.setText(u"")
        self.recorded_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.recorded_label)

        self.print_check = QCheckBox(FoundClaimDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FoundClaimDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FoundClaimDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.claimant_name_label.setBuddy(self.claimant_name_edit)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.claim_description_label.setBuddy(self.claim_description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.claimant_name_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.claim_description_edit)
        QWidget.setTabOrder(self.claim_description_edit, self.reveal_check)
        QWidget.setTabOrder(self.reveal_check, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(FoundClaimDialog)

        QMetaObject.connectSlotsByName(FoundClaimDialog)
    # setupUi

    def retranslateUi(self, FoundClaimDialog):
        FoundClaimDialog.setWindowTitle(QCoreApplication.translate("FoundClaimDialog", u"Claim a found item", None))
        self.claimant_name_label.setText(QCoreApplication.translate("FoundClaimDialog", u"&Name", None))
        self.id_number_label.setText(QCoreApplication.translate("FoundClaimDialog", u"&ID", None))
        self.phone_label.setText(QCoreApplication.translate("FoundClaimDialog", u"&Phone", None))
        self.claim_description_label.setText(QCoreApplication.translate("FoundClaimDialog", u"&How they describe it", None))
        self.reveal_check.setText(QCoreApplication.translate("FoundClaimDialog", u"&Show what was recorded (once they have described it)", None))
        self.print_check.setText(QCoreApplication.translate("FoundClaimDialog", u"Print the &claim slip", None))
    # retranslateUi

