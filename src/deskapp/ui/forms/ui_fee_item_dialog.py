# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FeeItemDialog(object):
    def setupUi(self, FeeItemDialog):
        if not FeeItemDialog.objectName():
            FeeItemDialog.setObjectName(u"FeeItemDialog")
        FeeItemDialog.resize(480, 380)
        self.dialog_layout = QVBoxLayout(FeeItemDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeItemDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.name_label = QLabel(FeeItemDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(FeeItemDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(FeeItemDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.fields_layout.addWidget(self.name_error, 1, 1, 1, 1)

        self.category_label = QLabel(FeeItemDialog)
        self.category_label.setObjectName(u"category_label")

        self.fields_layout.addWidget(self.category_label, 2, 0, 1, 1)

        self.category_combo = QComboBox(FeeItemDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.fields_layout.addWidget(self.category_combo, 2, 1, 1, 1)

        self.category_error = QLabel(FeeItemDialog)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setText(u"")

        self.fields_layout.addWidget(self.category_error, 3, 1, 1, 1)

        self.pricing_label = QLabel(FeeItemDialog)
        self.pricing_label.setObjectName(u"pricing_label")

        self.fields_layout.addWidget(self.pricing_label, 4, 0, 1, 1)

        self.pricing_combo = QComboBox(FeeItemDialog)
        self.pricing_combo.setObjectName(u"pricing_combo")

        self.fields_layout.addWidget(self.pricing_combo, 4, 1, 1, 1)

        self.pricing_error = QLabel(FeeItemDialog)
        self.pricing_error.setObjectName(u"pricing_error")
        self.pricing_error.setText(u"")

        self.fields_layout.addWidget(self.pricing_error, 5, 1, 1, 1)

        self.price_label = QLabel(FeeItemDialog)
        self.price_label.setObjectName(u"price_label")

        self.fields_layout.addWidget(self.price_label, 6, 0, 1, 1)

        self.price_layout = QHBoxLayout()
        self.price_layout.setSpacing(8)
        self.price_layout.setObjectName(u"price_layout")
        self.price_edit = QLineEdit(FeeItemDialog)
        self.price_edit.setObjectName(u"price_edit")
        self.price_edit.setMaxLength(20)
        self.price_edit.setPlaceholderText(u"2.35")

        self.price_layout.addWidget(self.price_edit)

        self.per_label = QLabel(FeeItemDialog)
        self.per_label.setObjectName(u"per_label")
        self.per_label.setText(u"")

        self.price_layout.addWidget(self.per_label)

        self.price_layout.setStretch(0, 1)

        self.fields_layout.addLayout(self.price_layout, 6, 1, 1, 1)

        self.unit_price_error = QLabel(FeeItemDialog)
        self.unit_price_error.setObjectName(u"unit_price_error")
        self.unit_price_error.setText(u"")

        self.fields_layout.addWidget(self.unit_price_error, 7, 1, 1, 1)

        self.cycle_label = QLabel(FeeItemDialog)
        self.cycle_label.setObjectName(u"cycle_label")

        self.fields_layout.addWidget(self.cycle_label, 8, 0, 1, 1)

        self.cycle_combo = QComboBox(FeeItemDialog)
        self.cycle_combo.setObjectName(u"cycle_combo")

        self.fields_layout.addWidget(self.cycle_combo, 8, 1, 1, 1)

        self.cycle_error = QLabel(FeeItemDialog)
        self.cycle_error.setObjectName(u"cycle_error")
        self.cycle_error.setText(u"")

        self.fields_layout.addWidget(self.cycle_error, 9, 1, 1, 1)

        self.effective_from_label = QLabel(FeeItemDialog)
        self.effective_from_label.setObjectName(u"effective_from_label")

        self.fields_layout.addWidget(self.effective_from_label, 10, 0, 1, 1)

        self.effective_from_edit = QDateEdit(FeeItemDialog)
        self.effective_from_edit.setObjectName(u"effective_from_edit")
        self.effective_from_edit.setCalendarPopup(True)
        self.effective_from_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.fields_layout.addWidget(self.effective_from_edit, 10, 1, 1, 1)

        self.effective_from_error = QLabel(FeeItemDialog)
        self.effective_from_error.setObjectName(u"effective_from_error")
        self.effective_from_error.setText(u"")

        self.fields_layout.addWidget(self.effective_from_error, 11, 1, 1, 1)

        self.note_label = QLabel(FeeItemDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 12, 0, 1, 1)

        self.note_edit = QLineEdit(FeeItemDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 12, 1, 1, 1)

        self.note_error = QLabel(FeeItemDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 13, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeItemDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.category_label.setBuddy(self.category_combo)
        self.pricing_label.setBuddy(self.pricing_combo)
        self.price_label.setBuddy(self.price_edit)
        self.cycle_label.setBuddy(self.cycle_combo)
        self.effective_from_label.setBuddy(self.effective_from_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.pricing_combo)
        QWidget.setTabOrder(self.pricing_combo, self.price_edit)
        QWidget.setTabOrder(self.price_edit, self.cycle_combo)
        QWidget.setTabOrder(self.cycle_combo, self.effective_from_edit)
        QWidget.setTabOrder(self.effective_from_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(FeeItemDialog)

        QMetaObject.connectSlotsByName(FeeItemDialog)
    # setupUi

    def retranslateUi(self, FeeItemDialog):
        FeeItemDialog.setWindowTitle(QCoreApplication.translate("FeeItemDialog", u"New charge item", None))
        self.intro_label.setText(QCoreApplication.translate("FeeItemDialog", u"A charge item with its approved price. The counter charges only the items set up here, at their prices.", None))
        self.name_label.setText(QCoreApplication.translate("FeeItemDialog", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("FeeItemDialog", u"as printed on bills and receipts, e.g. \u7269\u4e1a\u7ba1\u7406\u8d39", None))
        self.category_label.setText(QCoreApplication.translate("FeeItemDialog", u"&Category", None))
        self.pricing_label.setText(QCoreApplication.translate("FeeItemDialog", u"&Priced", None))
        self.price_label.setText(QCoreApplication.translate("FeeItemDialog", u"&Unit price", None))
        self.cycle_label.setText(QCoreApplication.translate("FeeItemDialog", u"&Billed", None))
        self.effective_from_label.setText(QCoreApplication.translate("FeeItemDialog", u"Price &from", None))
        self.note_label.setText(QCoreApplication.translate("FeeItemDialog", u"N&ote", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("FeeItemDialog", u"the approved standard it follows, shown on the rate schedule", None))
    # retranslateUi

