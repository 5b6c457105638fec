# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'working_calendar_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_WorkingCalendarDialog(object):
    def setupUi(self, WorkingCalendarDialog):
        if not WorkingCalendarDialog.objectName():
            WorkingCalendarDialog.setObjectName(u"WorkingCalendarDialog")
        WorkingCalendarDialog.resize(760, 600)
        self.main_layout = QVBoxLayout(WorkingCalendarDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.year_label = QLabel(WorkingCalendarDialog)
        self.year_label.setObjectName(u"year_label")

        self.year_layout.addWidget(self.year_label)

        self.year_spin = QSpinBox(WorkingCalendarDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2099)
        self.year_spin.setValue(2026)

        self.year_layout.addWidget(self.year_spin)

        self.year_hint_label = QLabel(WorkingCalendarDialog)
        self.year_hint_label.setObjectName(u"year_hint_label")

        self.year_layout.addWidget(self.year_hint_label)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)


        self.main_layout.addLayout(self.year_layout)

        self.official_label = QLabel(WorkingCalendarDialog)
        self.official_label.setObjectName(u"official_label")
        self.official_label.setText(u"")
        self.official_label.setWordWrap(True)

        self.main_layout.addWidget(self.official_label)

        self.days_table = QTableWidget(WorkingCalendarDialog)
        self.days_table.setObjectName(u"days_table")
        self.days_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.days_table)

        self.mark_group = QGroupBox(WorkingCalendarDialog)
        self.mark_group.setObjectName(u"mark_group")
        self.mark_layout = QGridLayout(self.mark_group)
        self.mark_layout.setObjectName(u"mark_layout")
        self.date_label = QLabel(self.mark_group)
        self.date_label.setObjectName(u"date_label")

        self.mark_layout.addWidget(self.date_label, 0, 0, 1, 1)

        self.date_edit = QDateEdit(self.mark_group)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd ddd")

        self.mark_layout.addWidget(self.date_edit, 0, 1, 1, 1)

        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.holiday_radio = QRadioButton(self.mark_group)
        self.holiday_radio.setObjectName(u"holiday_radio")
        self.holiday_radio.setChecked(True)

        self.kind_layout.addWidget(self.holiday_radio)

        self.working_radio = QRadioButton(self.mark_group)
        self.working_radio.setObjectName(u"working_radio")

        self.kind_layout.addWidget(self.working_radio)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)


        self.mark_layout.addLayout(self.kind_layout, 0, 2, 1, 1)

        self.date_error = QLabel(self.mark_group)
        self.date_error.setObjectName(u"date_error")
        self.date_error.setText(u"")

        self.mark_layout.addWidget(self.date_error, 1, 1, 1, 2)

        self.name_label = QLabel(self.mark_group)
        self.name_label.setObjectName(u"name_label")

        self.mark_layout.addWidget(self.name_label, 2, 0, 1, 1)

        self.name_edit = QLineEdit(self.mark_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(50)

        self.mark_layout.addWidget(self.name_edit, 2, 1, 1, 2)

        self.name_error = QLabel(self.mark_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.mark_layout.addWidget(self.name_error, 3, 1, 1, 2)

        self.mark_buttons = QHBoxLayout()
        self.mark_buttons.setObjectName(u"mark_buttons")
        self.mark_button = QPushButton(self.mark_group)
        self.mark_button.setObjectName(u"mark_button")
        self.mark_button.setAutoDefault(False)

        self.mark_buttons.addWidget(self.mark_button)

        self.unmark_button = QPushButton(self.mark_group)
        self.unmark_button.setObjectName(u"unmark_button")
        self.unmark_button.setAutoDefault(False)

        self.mark_buttons.addWidget(self.unmark_button)

        self.mark_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mark_buttons.addItem(self.mark_spacer)


        self.mark_layout.addLayout(self.mark_buttons, 4, 1, 1, 2)


        self.main_layout.addWidget(self.mark_group)

        self.status_label = QLabel(WorkingCalendarDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.general_error_label = QLabel(WorkingCalendarDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.bottom_buttons = QHBoxLayout()
        self.bottom_buttons.setObjectName(u"bottom_buttons")
        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_buttons.addItem(self.bottom_spacer)

        self.close_button = QPushButton(WorkingCalendarDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.bottom_buttons.addWidget(self.close_button)


        self.main_layout.addLayout(self.bottom_buttons)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.date_label.setBuddy(self.date_edit)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_spin, self.days_table)
        QWidget.setTabOrder(self.days_table, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.holiday_radio)
        QWidget.setTabOrder(self.holiday_radio, self.working_radio)
        QWidget.setTabOrder(self.working_radio, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.unmark_button)
        QWidget.setTabOrder(self.unmark_button, self.close_button)

        self.retranslateUi(WorkingCalendarDialog)

        QMetaObject.connectSlotsByName(WorkingCalendarDialog)
    # setupUi

    def retranslateUi(self, WorkingCalendarDialog):
        WorkingCalendarDialog.setWindowTitle(QCoreApplication.translate("WorkingCalendarDialog", u"Working days and holidays", None))
        self.year_label.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Year", None))
        self.year_hint_label.setText(QCoreApplication.translate("WorkingCalendarDialog", u"\u2191 next year \u00b7 \u2193 the year before", None))
        self.mark_group.setTitle(QCoreApplication.translate("WorkingCalendarDialog", u"Set a day here (it wins over the official calendar)", None))
        self.date_label.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Date", None))
        self.holiday_radio.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Holiday (no work)", None))
        self.working_radio.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Working day (worked in exchange)", None))
        self.name_label.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Name", None))
        self.mark_button.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Mark (Enter)", None))
        self.unmark_button.setText(QCoreApplication.translate("WorkingCalendarDialog", u"&Take back: official calendar again (Delete)", None))
        self.close_button.setText(QCoreApplication.translate("WorkingCalendarDialog", u"Close (Esc)", None))
    # retranslateUi

