# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FeeHandoverDialog(object):
    def setupUi(self, FeeHandoverDialog):
        if not FeeHandoverDialog.objectName():
            FeeHandoverDialog.setObjectName(u"FeeHandoverDialog")
        FeeHandoverDialog.resize(520, 500)
        self.dialog_layout = QVBoxLayout(FeeHandoverDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(FeeHandoverDialog)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)
        self.summary_label.setText(u"")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.intro_label = QLabel(FeeHandoverDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.float_label = QLabel(FeeHandoverDialog)
        self.float_label.setObjectName(u"float_label")

        self.fields_layout.addWidget(self.float_label, 0, 0, 1, 1)

        self.float_edit = QLineEdit(FeeHandoverDialog)
        self.float_edit.setObjectName(u"float_edit")
        self.float_edit.setMaxLength(20)

        self.fields_layout.addWidget(self.float_edit, 0, 1, 1, 1)

        self.float_error = QLabel(FeeHandoverDialog)
        self.float_error.setObjectName(u"float_error")
        self.float_error.setText(u"")

        self.fields_layout.addWidget(self.float_error, 1, 1, 1, 1)

        self.counted_label = QLabel(FeeHandoverDialog)
        self.counted_label.setObjectName(u"counted_label")

        self.fields_layout.addWidget(self.counted_label, 2, 0, 1, 1)

        self.counted_edit = QLineEdit(FeeHandoverDialog)
        self.counted_edit.setObjectName(u"counted_edit")
        self.counted_edit.setMaxLength(20)

        self.fields_layout.addWidget(self.counted_edit, 2, 1, 1, 1)

        self.counted_error = QLabel(FeeHandoverDialog)
        self.counted_error.setObjectName(u"counted_error")
        self.counted_error.setText(u"")

        self.fields_layout.addWidget(self.counted_error, 3, 1, 1, 1)

        self.expected_label = QLabel(FeeHandoverDialog)
        self.expected_label.setObjectName(u"expected_label")

        self.fields_layout.addWidget(self.expected_label, 4, 0, 1, 1)

        self.expected_value = QLabel(FeeHandoverDialog)
        self.expected_value.setObjectName(u"expected_value")
        self.expected_value.setText(u"")

        self.fields_layout.addWidget(self.expected_value, 4, 1, 1, 1)

        self.difference_label = QLabel(FeeHandoverDialog)
        self.difference_label.setObjectName(u"difference_label")

        self.fields_layout.addWidget(self.difference_label, 5, 0, 1, 1)

        self.difference_value = QLabel(FeeHandoverDialog)
        self.difference_value.setObjectName(u"difference_value")
        self.difference_value.setText(u"")

        self.fields_layout.addWidget(self.difference_value, 5, 1, 1, 1)

        self.received_by_label = QLabel(FeeHandoverDialog)
        self.received_by_label.setObjectName(u"received_by_label")

        self.fields_layout.addWidget(self.received_by_label, 6, 0, 1, 1)

        self.received_by_edit = QLineEdit(FeeHandoverDialog)
        self.received_by_edit.setObjectName(u"received_by_edit")
        self.received_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.received_by_edit, 6, 1, 1, 1)

        self.received_by_error = QLabel(FeeHandoverDialog)
        self.received_by_error.setObjectName(u"received_by_error")
        self.received_by_error.setText(u"")

        self.fields_layout.addWidget(self.received_by_error, 7, 1, 1, 1)

        self.note_label = QLabel(FeeHandoverDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.addWidget(self.note_label, 8, 0, 1, 1)

        self.note_edit = QLineEdit(FeeHandoverDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.fields_layout.addWidget(self.note_edit, 8, 1, 1, 1)

        self.note_error = QLabel(FeeHandoverDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")

        self.fields_layout.addWidget(self.note_error, 9, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeHandoverDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeHandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.float_label.setBuddy(self.float_edit)
        self.counted_label.setBuddy(self.counted_edit)
        self.received_by_label.setBuddy(self.received_by_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.float_edit, self.counted_edit)
        QWidget.setTabOrder(self.counted_edit, self.received_by_edit)
        QWidget.setTabOrder(self.received_by_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(FeeHandoverDialog)

        QMetaObject.connectSlotsByName(FeeHandoverDialog)
    # setupUi

    def retranslateUi(self, FeeHandoverDialog):
        FeeHandoverDialog.setWindowTitle(QCoreApplication.translate("FeeHandoverDialog", u"Hand over the day's takings", None))
        self.float_label.setText(QCoreApplication.translate("FeeHandoverDialog", u"&Float", None))
        self.counted_label.setText(QCoreApplication.translate("FeeHandoverDialog", u"&Counted cash", None))
        self.expected_label.setText(QCoreApplication.translate("FeeHandoverDialog", u"Expected cash", None))
        self.difference_label.setText(QCoreApplication.translate("FeeHandoverDialog", u"Difference", None))
        self.received_by_label.setText(QCoreApplication.translate("FeeHandoverDialog", u"Received &by", None))
        self.note_label.setText(QCoreApplication.translate("FeeHandoverDialog", u"&Note", None))
    # retranslateUi

