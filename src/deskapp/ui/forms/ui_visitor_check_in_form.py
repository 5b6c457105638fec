# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitor_check_in_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_CheckInForm(object):
    def setupUi(self, CheckInForm):
        if not CheckInForm.objectName():
            CheckInForm.setObjectName(u"CheckInForm")
        CheckInForm.resize(360, 640)
        self.check_in_layout = QVBoxLayout(CheckInForm)
        self.check_in_layout.setObjectName(u"check_in_layout")
        self.check_in_layout.setContentsMargins(0, 0, 0, 0)
        self.check_in_title = QLabel(CheckInForm)
        self.check_in_title.setObjectName(u"check_in_title")

        self.check_in_layout.addWidget(self.check_in_title)

        self.returning_label = QLabel(CheckInForm)
        self.returning_label.setObjectName(u"returning_label")
        self.returning_label.setText(u"")
        self.returning_label.setWordWrap(True)
        self.returning_label.setMinimumSize(QSize(0, 34))
        self.returning_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.check_in_layout.addWidget(self.returning_label)

        self.check_in_form = QGridLayout()
        self.check_in_form.setObjectName(u"check_in_form")
        self.check_in_form.setVerticalSpacing(3)
        self.name_label = QLabel(CheckInForm)
        self.name_label.setObjectName(u"name_label")

        self.check_in_form.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(CheckInForm)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.check_in_form.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(CheckInForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.check_in_form.addWidget(self.name_error, 1, 1, 1, 1)

        self.phone_label = QLabel(CheckInForm)
        self.phone_label.setObjectName(u"phone_label")

        self.check_in_form.addWidget(self.phone_label, 2, 0, 1, 1)

        self.phone_edit = QLineEdit(CheckInForm)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.check_in_form.addWidget(self.phone_edit, 2, 1, 1, 1)

        self.phone_error = QLabel(CheckInForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.check_in_form.addWidget(self.phone_error, 3, 1, 1, 1)

        self.id_type_label = QLabel(CheckInForm)
        self.id_type_label.setObjectName(u"id_type_label")

        self.check_in_form.addWidget(self.id_type_label, 4, 0, 1, 1)

        self.id_type_combo = QComboBox(CheckInForm)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.check_in_form.addWidget(self.id_type_combo, 4, 1, 1, 1)

        self.id_number_label = QLabel(CheckInForm)
        self.id_number_label.setObjectName(u"id_number_label")

        self.check_in_form.addWidget(self.id_number_label, 5, 0, 1, 1)

        self.id_number_edit = QLineEdit(CheckInForm)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(32)

        self.check_in_form.addWidget(self.id_number_edit, 5, 1, 1, 1)

        self.id_number_error = QLabel(CheckInForm)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.check_in_form.addWidget(self.id_number_error, 6, 1, 1, 1)

        self.company_label = QLabel(CheckInForm)
        self.company_label.setObjectName(u"company_label")

        self.check_in_form.addWidget(self.company_label, 7, 0, 1, 1)

        self.company_edit = QLineEdit(CheckInForm)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(200)

        self.check_in_form.addWidget(self.company_edit, 7, 1, 1, 1)

        self.party_size_label = QLabel(CheckInForm)
        self.party_size_label.setObjectName(u"party_size_label")

        self.check_in_form.addWidget(self.party_size_label, 8, 0, 1, 1)

        self.party_size_spin = QSpinBox(CheckInForm)
        self.party_size_spin.setObjectName(u"party_size_spin")
        self.party_size_spin.setMinimum(1)
        self.party_size_spin.setMaximum(50)

        self.check_in_form.addWidget(self.party_size_spin, 8, 1, 1, 1)

        self.party_size_error = QLabel(CheckInForm)
        self.party_size_error.setObjectName(u"party_size_error")
        self.party_size_error.setText(u"")

        self.check_in_form.addWidget(self.party_size_error, 9, 1, 1, 1)

        self.purpose_label = QLabel(CheckInForm)
        self.purpose_label.setObjectName(u"purpose_label")

        self.check_in_form.addWidget(self.purpose_label, 10, 0, 1, 1)

        self.purpose_combo = QComboBox(CheckInForm)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.check_in_form.addWidget(self.purpose_combo, 10, 1, 1, 1)

        self.host_label = QLabel(CheckInForm)
        self.host_label.setObjectName(u"host_label")

        self.check_in_form.addWidget(self.host_label, 11, 0, 1, 1)

        self.host_edit = QLineEdit(CheckInForm)
        self.host_edit.setObjectName(u"host_edit")

        self.check_in_form.addWidget(self.host_edit, 11, 1, 1, 1)

        self.host_error = QLabel(CheckInForm)
        self.host_error.setObjectName(u"host_error")
        self.host_error.setText(u"")

        self.check_in_form.addWidget(self.host_error, 12, 1, 1, 1)

        self.host_contact_label = QLabel(CheckInForm)
        self.host_contact_label.setObjectName(u"host_contact_label")
        self.host_contact_label.setText(u"")
        self.host_contact_label.setWordWrap(True)
        self.host_contact_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.check_in_form.addWidget(self.host_contact_label, 13, 1, 1, 1)

        self.temp_pass_label = QLabel(CheckInForm)
        self.temp_pass_label.setObjectName(u"temp_pass_label")

        self.check_in_form.addWidget(self.temp_pass_label, 14, 0, 1, 1)

        self.temp_pass_edit = QLineEdit(CheckInForm)
        self.temp_pass_edit.setObjectName(u"temp_pass_edit")

        self.check_in_form.addWidget(self.temp_pass_edit, 14, 1, 1, 1)

        self.temp_pass_no_error = QLabel(CheckInForm)
        self.temp_pass_no_error.setObjectName(u"temp_pass_no_error")
        self.temp_pass_no_error.setText(u"")

        self.check_in_form.addWidget(self.temp_pass_no_error, 15, 1, 1, 1)

        self.plate_label = QLabel(CheckInForm)
        self.plate_label.setObjectName(u"plate_label")

        self.check_in_form.addWidget(self.plate_label, 16, 0, 1, 1)

        self.plate_edit = QLineEdit(CheckInForm)
        self.plate_edit.setObjectName(u"plate_edit")
        self.plate_edit.setMaxLength(16)

        self.check_in_form.addWidget(self.plate_edit, 16, 1, 1, 1)

        self.items_label = QLabel(CheckInForm)
        self.items_label.setObjectName(u"items_label")

        self.check_in_form.addWidget(self.items_label, 17, 0, 1, 1)

        self.items_edit = QLineEdit(CheckInForm)
        self.items_edit.setObjectName(u"items_edit")

        self.check_in_form.addWidget(self.items_edit, 17, 1, 1, 1)

        self.note_label = QLabel(CheckInForm)
        self.note_label.setObjectName(u"note_label")

        self.check_in_form.addWidget(self.note_label, 18, 0, 1, 1)

        self.note_edit = QLineEdit(CheckInForm)
        self.note_edit.setObjectName(u"note_edit")

        self.check_in_form.addWidget(self.note_edit, 18, 1, 1, 1)

        self.time_in_label = QLabel(CheckInForm)
        self.time_in_label.setObjectName(u"time_in_label")

        self.check_in_form.addWidget(self.time_in_label, 19, 0, 1, 1)

        self.time_in_edit = QDateTimeEdit(CheckInForm)
        self.time_in_edit.setObjectName(u"time_in_edit")
        self.time_in_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.time_in_edit.setCalendarPopup(True)

        self.check_in_form.addWidget(self.time_in_edit, 19, 1, 1, 1)

        self.time_in_error = QLabel(CheckInForm)
        self.time_in_error.setObjectName(u"time_in_error")
        self.time_in_error.setText(u"")

        self.check_in_form.addWidget(self.time_in_error, 20, 1, 1, 1)

        self.time_in_warning = QLabel(CheckInForm)
        self.time_in_warning.setObjectName(u"time_in_warning")
        self.time_in_warning.setText(u"")
        self.time_in_warning.setWordWrap(True)

        self.check_in_form.addWidget(self.time_in_warning, 21, 1, 1, 1)


        self.check_in_layout.addLayout(self.check_in_form)

        self.more_buttons = QHBoxLayout()
        self.more_buttons.setObjectName(u"more_buttons")
        self.read_card_button = QPushButton(CheckInForm)
        self.read_card_button.setObjectName(u"read_card_button")

        self.more_buttons.addWidget(self.read_card_button)

        self.party_button = QPushButton(CheckInForm)
        self.party_button.setObjectName(u"party_button")

        self.more_buttons.addWidget(self.party_button)


        self.check_in_layout.addLayout(self.more_buttons)

        self.check_in_buttons = QHBoxLayout()
        self.check_in_buttons.setObjectName(u"check_in_buttons")
        self.check_in_button = QPushButton(CheckInForm)
        self.check_in_button.setObjectName(u"check_in_button")

        self.check_in_buttons.addWidget(self.check_in_button)

        self.clear_button = QPushButton(CheckInForm)
        self.clear_button.setObjectName(u"clear_button")

        self.check_in_buttons.addWidget(self.clear_button)


        self.check_in_layout.addLayout(self.check_in_buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.id_type_label.setBuddy(self.id_type_combo)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.company_label.setBuddy(self.company_edit)
        self.party_size_label.setBuddy(self.party_size_spin)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.host_label.setBuddy(self.host_edit)
        self.temp_pass_label.setBuddy(self.temp_pass_edit)
        self.plate_label.setBuddy(self.plate_edit)
        self.items_label.setBuddy(self.items_edit)
        self.note_label.setBuddy(self.note_edit)
        self.time_in_label.setBuddy(self.time_in_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.party_size_spin)
        QWidget.setTabOrder(self.party_size_spin, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.temp_pass_edit)
        QWidget.setTabOrder(self.temp_pass_edit, self.plate_edit)
        QWidget.setTabOrder(self.plate_edit, self.items_edit)
        QWidget.setTabOrder(self.items_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.time_in_edit)
        QWidget.setTabOrder(self.time_in_edit, self.check_in_button)
        QWidget.setTabOrder(self.check_in_button, self.clear_button)

        self.retranslateUi(CheckInForm)

        self.check_in_button.setDefault(True)


        QMetaObject.connectSlotsByName(CheckInForm)
    # setupUi

    def retranslateUi(self, CheckInForm):
        self.check_in_title.setText(QCoreApplication.translate("CheckInForm", u"Check in a visitor", None))
        self.name_label.setText(QCoreApplication.translate("CheckInForm", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("CheckInForm", u"&Phone", None))
        self.id_type_label.setText(QCoreApplication.translate("CheckInForm", u"ID t&ype", None))
        self.id_number_label.setText(QCoreApplication.translate("CheckInForm", u"&ID number", None))
        self.company_label.setText(QCoreApplication.translate("CheckInForm", u"C&ompany", None))
        self.party_size_label.setText(QCoreApplication.translate("CheckInForm", u"Peop&le", None))
        self.purpose_label.setText(QCoreApplication.translate("CheckInForm", u"P&urpose", None))
        self.host_label.setText(QCoreApplication.translate("CheckInForm", u"Ho&st", None))
        self.temp_pass_label.setText(QCoreApplication.translate("CheckInForm", u"&Temporary pass", None))
        self.plate_label.setText(QCoreApplication.translate("CheckInForm", u"Pl&ate", None))
        self.items_label.setText(QCoreApplication.translate("CheckInForm", u"Items carrie&d", None))
        self.note_label.setText(QCoreApplication.translate("CheckInForm", u"Not&e", None))
        self.time_in_label.setText(QCoreApplication.translate("CheckInForm", u"Ti&me in", None))
        self.read_card_button.setText(QCoreApplication.translate("CheckInForm", u"Read ID card (F8)", None))
#if QT_CONFIG(tooltip)
        self.read_card_button.setToolTip(QCoreApplication.translate("CheckInForm", u"Fills name, ID number and address from the card on the reader; hand the card back at once", None))
#endif // QT_CONFIG(tooltip)
        self.party_button.setText(QCoreApplication.translate("CheckInForm", u"Party\u2026 (Ctrl+G)", None))
#if QT_CONFIG(tooltip)
        self.party_button.setToolTip(QCoreApplication.translate("CheckInForm", u"Several people together (a crew, a team): a pass each", None))
#endif // QT_CONFIG(tooltip)
        self.check_in_button.setText(QCoreApplication.translate("CheckInForm", u"Check in (Enter)", None))
        self.clear_button.setText(QCoreApplication.translate("CheckInForm", u"Clear (Esc)", None))
        pass
    # retranslateUi

