# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_bill_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FeeBillRunDialog(object):
    def setupUi(self, FeeBillRunDialog):
        if not FeeBillRunDialog.objectName():
            FeeBillRunDialog.setObjectName(u"FeeBillRunDialog")
        FeeBillRunDialog.resize(560, 520)
        self.dialog_layout = QVBoxLayout(FeeBillRunDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeBillRunDialog)
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
        self.month_label = QLabel(FeeBillRunDialog)
        self.month_label.setObjectName(u"month_label")

        self.fields_layout.addWidget(self.month_label, 0, 0, 1, 1)

        self.month_edit = QDateEdit(FeeBillRunDialog)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")

        self.fields_layout.addWidget(self.month_edit, 0, 1, 1, 1)

        self.fields_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fields_layout.addItem(self.fields_spacer, 0, 2, 1, 1)

        self.period_error = QLabel(FeeBillRunDialog)
        self.period_error.setObjectName(u"period_error")
        self.period_error.setText(u"")

        self.fields_layout.addWidget(self.period_error, 1, 1, 1, 2)

        self.due_label = QLabel(FeeBillRunDialog)
        self.due_label.setObjectName(u"due_label")

        self.fields_layout.addWidget(self.due_label, 2, 0, 1, 1)

        self.due_edit = QDateEdit(FeeBillRunDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.fields_layout.addWidget(self.due_edit, 2, 1, 1, 1)

        self.due_on_error = QLabel(FeeBillRunDialog)
        self.due_on_error.setObjectName(u"due_on_error")
        self.due_on_error.setText(u"")

        self.fields_layout.addWidget(self.due_on_error, 3, 1, 1, 2)


        self.dialog_layout.addLayout(self.fields_layout)

        self.make_layout = QHBoxLayout()
        self.make_layout.setObjectName(u"make_layout")
        self.make_button = QPushButton(FeeBillRunDialog)
        self.make_button.setObjectName(u"make_button")

        self.make_layout.addWidget(self.make_button)

        self.result_label = QLabel(FeeBillRunDialog)
        self.result_label.setObjectName(u"result_label")
        sizePolicy.setHeightForWidth(self.result_label.sizePolicy().hasHeightForWidth())
        self.result_label.setSizePolicy(sizePolicy)
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)

        self.make_layout.addWidget(self.result_label)

        self.make_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.make_layout)

        self.no_area_label = QLabel(FeeBillRunDialog)
        self.no_area_label.setObjectName(u"no_area_label")
        sizePolicy.setHeightForWidth(self.no_area_label.sizePolicy().hasHeightForWidth())
        self.no_area_label.setSizePolicy(sizePolicy)
        self.no_area_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.no_area_label)

        self.no_area_list = QListWidget(FeeBillRunDialog)
        self.no_area_list.setObjectName(u"no_area_list")

        self.dialog_layout.addWidget(self.no_area_list)

        self.no_reading_label = QLabel(FeeBillRunDialog)
        self.no_reading_label.setObjectName(u"no_reading_label")
        sizePolicy.setHeightForWidth(self.no_reading_label.sizePolicy().hasHeightForWidth())
        self.no_reading_label.setSizePolicy(sizePolicy)
        self.no_reading_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.no_reading_label)

        self.no_reading_list = QListWidget(FeeBillRunDialog)
        self.no_reading_list.setObjectName(u"no_reading_list")

        self.dialog_layout.addWidget(self.no_reading_list)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FeeBillRunDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeBillRunDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
        self.due_label.setBuddy(self.due_edit)
        self.no_area_label.setBuddy(self.no_area_list)
        self.no_reading_label.setBuddy(self.no_reading_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.make_button)
        QWidget.setTabOrder(self.make_button, self.no_area_list)
        QWidget.setTabOrder(self.no_area_list, self.no_reading_list)

        self.retranslateUi(FeeBillRunDialog)

        self.make_button.setDefault(True)


        QMetaObject.connectSlotsByName(FeeBillRunDialog)
    # setupUi

    def retranslateUi(self, FeeBillRunDialog):
        FeeBillRunDialog.setWindowTitle(QCoreApplication.translate("FeeBillRunDialog", u"Make the month's bills", None))
        self.intro_label.setText(QCoreApplication.translate("FeeBillRunDialog", u"Bills every occupied unit for the month from the charge items still charged: per m\u00b2 by the unit's area, metered items by the month's reading, fixed amounts once; quarterly items in a quarter's first month, yearly ones in January. Nothing is billed twice: a second run makes only what is still missing.", None))
        self.month_label.setText(QCoreApplication.translate("FeeBillRunDialog", u"&Month", None))
        self.due_label.setText(QCoreApplication.translate("FeeBillRunDialog", u"&Due on", None))
        self.make_button.setText(QCoreApplication.translate("FeeBillRunDialog", u"Ma&ke bills", None))
        self.no_area_label.setText(QCoreApplication.translate("FeeBillRunDialog", u"Not billed, no &area on record (enter the unit's area in the directory, then make the bills again):", None))
        self.no_reading_label.setText(QCoreApplication.translate("FeeBillRunDialog", u"Not billed, no meter &reading for the month (enter the readings, then make the bills again):", None))
    # retranslateUi

