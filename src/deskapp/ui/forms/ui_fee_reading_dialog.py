# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_reading_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FeeReadingDialog(object):
    def setupUi(self, FeeReadingDialog):
        if not FeeReadingDialog.objectName():
            FeeReadingDialog.setObjectName(u"FeeReadingDialog")
        FeeReadingDialog.resize(460, 330)
        FeeReadingDialog.setWindowTitle(u"")
        self.dialog_layout = QVBoxLayout(FeeReadingDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeReadingDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.kind_label = QLabel(FeeReadingDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(FeeReadingDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.kind_error = QLabel(FeeReadingDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")

        self.fields_layout.addWidget(self.kind_error, 1, 1, 1, 1)

        self.current_label = QLabel(FeeReadingDialog)
        self.current_label.setObjectName(u"current_label")

        self.fields_layout.addWidget(self.current_label, 2, 0, 1, 1)

        self.current_edit = QLineEdit(FeeReadingDialog)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setMaxLength(16)

        self.fields_layout.addWidget(self.current_edit, 2, 1, 1, 1)

        self.current_error = QLabel(FeeReadingDialog)
        self.current_error.setObjectName(u"current_error")
        self.current_error.setText(u"")

        self.fields_layout.addWidget(self.current_error, 3, 1, 1, 1)

        self.rollover_label = QLabel(FeeReadingDialog)
        self.rollover_label.setObjectName(u"rollover_label")

        self.fields_layout.addWidget(self.rollover_label, 4, 0, 1, 1)

        self.rollover_edit = QLineEdit(FeeReadingDialog)
        self.rollover_edit.setObjectName(u"rollover_edit")
        self.rollover_edit.setMaxLength(16)

        self.fields_layout.addWidget(self.rollover_edit, 4, 1, 1, 1)

        self.rollover_at_error = QLabel(FeeReadingDialog)
        self.rollover_at_error.setObjectName(u"rollover_at_error")
        self.rollover_at_error.setText(u"")

        self.fields_layout.addWidget(self.rollover_at_error, 5, 1, 1, 1)

        self.old_final_label = QLabel(FeeReadingDialog)
        self.old_final_label.setObjectName(u"old_final_label")

        self.fields_layout.addWidget(self.old_final_label, 6, 0, 1, 1)

        self.old_final_edit = QLineEdit(FeeReadingDialog)
        self.old_final_edit.setObjectName(u"old_final_edit")
        self.old_final_edit.setMaxLength(16)

        self.fields_layout.addWidget(self.old_final_edit, 6, 1, 1, 1)

        self.old_meter_final_error = QLabel(FeeReadingDialog)
        self.old_meter_final_error.setObjectName(u"old_meter_final_error")
        self.old_meter_final_error.setText(u"")

        self.fields_layout.addWidget(self.old_meter_final_error, 7, 1, 1, 1)

        self.reason_label = QLabel(FeeReadingDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.addWidget(self.reason_label, 8, 0, 1, 1)

        self.reason_edit = QLineEdit(FeeReadingDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.reason_edit, 8, 1, 1, 1)

        self.reason_error = QLabel(FeeReadingDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")

        self.fields_layout.addWidget(self.reason_error, 9, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.usage_label = QLabel(FeeReadingDialog)
        self.usage_label.setObjectName(u"usage_label")
        sizePolicy.setHeightForWidth(self.usage_label.sizePolicy().hasHeightForWidth())
        self.usage_label.setSizePolicy(sizePolicy)
        self.usage_label.setText(u"")
        self.usage_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.usage_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeReadingDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeReadingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.current_label.setBuddy(self.current_edit)
        self.rollover_label.setBuddy(self.rollover_edit)
        self.old_final_label.setBuddy(self.old_final_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.current_edit)
        QWidget.setTabOrder(self.current_edit, self.rollover_edit)
        QWidget.setTabOrder(self.rollover_edit, self.old_final_edit)
        QWidget.setTabOrder(self.old_final_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(FeeReadingDialog)

        QMetaObject.connectSlotsByName(FeeReadingDialog)
    # setupUi

    def retranslateUi(self, FeeReadingDialog):
        self.kind_label.setText(QCoreApplication.translate("FeeReadingDialog", u"&What happened", None))
        self.current_label.setText(QCoreApplication.translate("FeeReadingDialog", u"&Reading now", None))
        self.rollover_label.setText(QCoreApplication.translate("FeeReadingDialog", u"&Dial starts again after", None))
        self.old_final_label.setText(QCoreApplication.translate("FeeReadingDialog", u"&Old meter's last reading", None))
        self.reason_label.setText(QCoreApplication.translate("FeeReadingDialog", u"Re&ason", None))
        pass
    # retranslateUi

