# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitor_log_tab.ui'
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
    QDateEdit, QDateTimeEdit, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_VisitorLogTab(object):
    def setupUi(self, VisitorLogTab):
        if not VisitorLogTab.objectName():
            VisitorLogTab.setObjectName(u"VisitorLogTab")
        VisitorLogTab.resize(1260, 720)
        self.tab_layout = QHBoxLayout(VisitorLogTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.tab_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter = QSplitter(VisitorLogTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.check_in_scroll = QScrollArea(self.main_splitter)
        self.check_in_scroll.setObjectName(u"check_in_scroll")
        self.check_in_scroll.setWidgetResizable(True)
        self.check_in_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.check_in_scroll.setMinimumSize(QSize(340, 0))
        self.check_in_panel = QWidget()
        self.check_in_panel.setObjectName(u"check_in_panel")
        self.check_in_layout = QVBoxLayout(self.check_in_panel)
        self.check_in_layout.setObjectName(u"check_in_layout")
        self.check_in_title = QLabel(self.check_in_panel)
        self.check_in_title.setObjectName(u"check_in_title")

        self.check_in_layout.addWidget(self.check_in_title)

        self.returning_label = QLabel(self.check_in_panel)
        self.returning_label.setObjectName(u"returning_label")
        self.returning_label.setText(u"")
        self.returning_label.setWordWrap(True)
        self.returning_label.setMinimumSize(QSize(0, 34))
        self.returning_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.check_in_layout.addWidget(self.returning_label)

        self.check_in_form = QGridLayout()
        self.check_in_form.setObjectName(u"check_in_form")
        self.check_in_form.setVerticalSpacing(3)
        self.name_label = QLabel(self.check_in_panel)
        self.name_label.setObjectName(u"name_label")

        self.check_in_form.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.check_in_panel)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.check_in_form.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error = QLabel(self.check_in_panel)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")

        self.check_in_form.addWidget(self.name_error, 1, 1, 1, 1)

        self.phone_label = QLabel(self.check_in_panel)
        self.phone_label.setObjectName(u"phone_label")

        self.check_in_form.addWidget(self.phone_label, 2, 0, 1, 1)

        self.phone_edit = QLineEdit(self.check_in_panel)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.check_in_form.addWidget(self.phone_edit, 2, 1, 1, 1)

        self.phone_error = QLabel(self.check_in_panel)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.check_in_form.addWidget(self.phone_error, 3, 1, 1, 1)

        self.id_type_label = QLabel(self.check_in_panel)
        self.id_type_label.setObjectName(u"id_type_label")

        self.check_in_form.addWidget(self.id_type_label, 4, 0, 1, 1)

        self.id_type_combo = QComboBox(self.check_in_panel)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.check_in_form.addWidget(self.id_type_combo, 4, 1, 1, 1)

        self.id_number_label = QLabel(self.check_in_panel)
        self.id_number_label.setObjectName(u"id_number_label")

        self.check_in_form.addWidget(self.id_number_label, 5, 0, 1, 1)

        self.id_number_edit = QLineEdit(self.check_in_panel)
        self.id_number_edit.setObjectName(u"id_number_edit")
        self.id_number_edit.setMaxLength(32)

        self.check_in_form.addWidget(self.id_number_edit, 5, 1, 1, 1)

        self.id_number_error = QLabel(self.check_in_panel)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")

        self.check_in_form.addWidget(self.id_number_error, 6, 1, 1, 1)

        self.company_label = QLabel(self.check_in_panel)
        self.company_label.setObjectName(u"company_label")

        self.check_in_form.addWidget(self.company_label, 7, 0, 1, 1)

        self.company_edit = QLineEdit(self.check_in_panel)
        self.company_edit.setObjectName(u"company_edit")
        self.company_edit.setMaxLength(200)

        self.check_in_form.addWidget(self.company_edit, 7, 1, 1, 1)

        self.party_size_label = QLabel(self.check_in_panel)
        self.party_size_label.setObjectName(u"party_size_label")

        self.check_in_form.addWidget(self.party_size_label, 8, 0, 1, 1)

        self.party_size_spin = QSpinBox(self.check_in_panel)
        self.party_size_spin.setObjectName(u"party_size_spin")
        self.party_size_spin.setMinimum(1)
        self.party_size_spin.setMaximum(50)

        self.check_in_form.addWidget(self.party_size_spin, 8, 1, 1, 1)

        self.party_size_error = QLabel(self.check_in_panel)
        self.party_size_error.setObjectName(u"party_size_error")
        self.party_size_error.setText(u"")

        self.check_in_form.addWidget(self.party_size_error, 9, 1, 1, 1)

        self.purpose_label = QLabel(self.check_in_panel)
        self.purpose_label.setObjectName(u"purpose_label")

        self.check_in_form.addWidget(self.purpose_label, 10, 0, 1, 1)

        self.purpose_combo = QComboBox(self.check_in_panel)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.check_in_form.addWidget(self.purpose_combo, 10, 1, 1, 1)

        self.host_label = QLabel(self.check_in_panel)
        self.host_label.setObjectName(u"host_label")

        self.check_in_form.addWidget(self.host_label, 11, 0, 1, 1)

        self.host_edit = QLineEdit(self.check_in_panel)
        self.host_edit.setObjectName(u"host_edit")

        self.check_in_form.addWidget(self.host_edit, 11, 1, 1, 1)

        self.host_error = QLabel(self.check_in_panel)
        self.host_error.setObjectName(u"host_error")
        self.host_error.setText(u"")

        self.check_in_form.addWidget(self.host_error, 12, 1, 1, 1)

        self.temp_pass_label = QLabel(self.check_in_panel)
        self.temp_pass_label.setObjectName(u"temp_pass_label")

        self.check_in_form.addWidget(self.temp_pass_label, 13, 0, 1, 1)

        self.temp_pass_edit = QLineEdit(self.check_in_panel)
        self.temp_pass_edit.setObjectName(u"temp_pass_edit")

        self.check_in_form.addWidget(self.temp_pass_edit, 13, 1, 1, 1)

        self.temp_pass_no_error = QLabel(self.check_in_panel)
        self.temp_pass_no_error.setObjectName(u"temp_pass_no_error")
        self.temp_pass_no_error.setText(u"")

        self.check_in_form.addWidget(self.temp_pass_no_error, 14, 1, 1, 1)

        self.plate_label = QLabel(self.check_in_panel)
        self.plate_label.setObjectName(u"plate_label")

        self.check_in_form.addWidget(self.plate_label, 15, 0, 1, 1)

        self.plate_edit = QLineEdit(self.check_in_panel)
        self.plate_edit.setObjectName(u"plate_edit")
        self.plate_edit.setMaxLength(16)

        self.check_in_form.addWidget(self.plate_edit, 15, 1, 1, 1)

        self.items_label = QLabel(self.check_in_panel)
        self.items_label.setObjectName(u"items_label")

        self.check_in_form.addWidget(self.items_label, 16, 0, 1, 1)

        self.items_edit = QLineEdit(self.check_in_panel)
        self.items_edit.setObjectName(u"items_edit")

        self.check_in_form.addWidget(self.items_edit, 16, 1, 1, 1)

        self.note_label = QLabel(self.check_in_panel)
        self.note_label.setObjectName(u"note_label")

        self.check_in_form.addWidget(self.note_label, 17, 0, 1, 1)

        self.note_edit = QLineEdit(self.check_in_panel)
        self.note_edit.setObjectName(u"note_edit")

        self.check_in_form.addWidget(self.note_edit, 17, 1, 1, 1)

        self.time_in_label = QLabel(self.check_in_panel)
        self.time_in_label.setObjectName(u"time_in_label")

        self.check_in_form.addWidget(self.time_in_label, 18, 0, 1, 1)

        self.time_in_edit = QDateTimeEdit(self.check_in_panel)
        self.time_in_edit.setObjectName(u"time_in_edit")
        self.time_in_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.time_in_edit.setCalendarPopup(True)

        self.check_in_form.addWidget(self.time_in_edit, 18, 1, 1, 1)

        self.time_in_error = QLabel(self.check_in_panel)
        self.time_in_error.setObjectName(u"time_in_error")
        self.time_in_error.setText(u"")

        self.check_in_form.addWidget(self.time_in_error, 19, 1, 1, 1)


        self.check_in_layout.addLayout(self.check_in_form)

        self.check_in_buttons = QHBoxLayout()
        self.check_in_buttons.setObjectName(u"check_in_buttons")
        self.check_in_button = QPushButton(self.check_in_panel)
        self.check_in_button.setObjectName(u"check_in_button")

        self.check_in_buttons.addWidget(self.check_in_button)

        self.clear_button = QPushButton(self.check_in_panel)
        self.clear_button.setObjectName(u"clear_button")

        self.check_in_buttons.addWidget(self.clear_button)


        self.check_in_layout.addLayout(self.check_in_buttons)

        self.regulars_title = QLabel(self.check_in_panel)
        self.regulars_title.setObjectName(u"regulars_title")

        self.check_in_layout.addWidget(self.regulars_title)

        self.regulars_list = QListWidget(self.check_in_panel)
        self.regulars_list.setObjectName(u"regulars_list")
        self.regulars_list.setMaximumSize(QSize(16777215, 120))

        self.check_in_layout.addWidget(self.regulars_list)

        self.quick_check_in_button = QPushButton(self.check_in_panel)
        self.quick_check_in_button.setObjectName(u"quick_check_in_button")

        self.check_in_layout.addWidget(self.quick_check_in_button)

        self.check_in_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.check_in_layout.addItem(self.check_in_spacer)

        self.check_in_scroll.setWidget(self.check_in_panel)
        self.main_splitter.addWidget(self.check_in_scroll)
        self.log_panel = QWidget(self.main_splitter)
        self.log_panel.setObjectName(u"log_panel")
        self.log_layout = QVBoxLayout(self.log_panel)
        self.log_layout.setObjectName(u"log_layout")
        self.log_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setObjectName(u"filter_bar")
        self.search_edit = QLineEdit(self.log_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_bar.addWidget(self.search_edit)

        self.from_label = QLabel(self.log_panel)
        self.from_label.setObjectName(u"from_label")

        self.filter_bar.addWidget(self.from_label)

        self.from_date_edit = QDateEdit(self.log_panel)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)
        self.from_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.filter_bar.addWidget(self.from_date_edit)

        self.to_label = QLabel(self.log_panel)
        self.to_label.setObjectName(u"to_label")

        self.filter_bar.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(self.log_panel)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)
        self.to_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.filter_bar.addWidget(self.to_date_edit)

        self.today_button = QPushButton(self.log_panel)
        self.today_button.setObjectName(u"today_button")

        self.filter_bar.addWidget(self.today_button)

        self.on_site_check = QCheckBox(self.log_panel)
        self.on_site_check.setObjectName(u"on_site_check")

        self.filter_bar.addWidget(self.on_site_check)


        self.log_layout.addLayout(self.filter_bar)

        self.visits_table = QTableView(self.log_panel)
        self.visits_table.setObjectName(u"visits_table")
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits_table.setSortingEnabled(True)
        self.visits_table.setAlternatingRowColors(True)
        self.visits_table.setWordWrap(False)

        self.log_layout.addWidget(self.visits_table)

        self.summary_label = QLabel(self.log_panel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.log_layout.addWidget(self.summary_label)

        self.action_bar = QHBoxLayout()
        self.action_bar.setObjectName(u"action_bar")
        self.check_out_edit = QLineEdit(self.log_panel)
        self.check_out_edit.setObjectName(u"check_out_edit")
        self.check_out_edit.setMinimumSize(QSize(220, 0))
        self.check_out_edit.setMaximumSize(QSize(260, 16777215))

        self.action_bar.addWidget(self.check_out_edit)

        self.check_out_button = QPushButton(self.log_panel)
        self.check_out_button.setObjectName(u"check_out_button")

        self.action_bar.addWidget(self.check_out_button)

        self.host_response_button = QPushButton(self.log_panel)
        self.host_response_button.setObjectName(u"host_response_button")

        self.action_bar.addWidget(self.host_response_button)

        self.print_pass_button = QPushButton(self.log_panel)
        self.print_pass_button.setObjectName(u"print_pass_button")

        self.action_bar.addWidget(self.print_pass_button)

        self.exempt_button = QPushButton(self.log_panel)
        self.exempt_button.setObjectName(u"exempt_button")

        self.action_bar.addWidget(self.exempt_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar.addItem(self.action_spacer)


        self.log_layout.addLayout(self.action_bar)

        self.main_splitter.addWidget(self.log_panel)

        self.tab_layout.addWidget(self.main_splitter)

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
        QWidget.setTabOrder(self.clear_button, self.regulars_list)
        QWidget.setTabOrder(self.regulars_list, self.quick_check_in_button)
        QWidget.setTabOrder(self.quick_check_in_button, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.from_date_edit)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.today_button)
        QWidget.setTabOrder(self.today_button, self.on_site_check)
        QWidget.setTabOrder(self.on_site_check, self.visits_table)
        QWidget.setTabOrder(self.visits_table, self.check_out_edit)
        QWidget.setTabOrder(self.check_out_edit, self.check_out_button)
        QWidget.setTabOrder(self.check_out_button, self.host_response_button)
        QWidget.setTabOrder(self.host_response_button, self.print_pass_button)
        QWidget.setTabOrder(self.print_pass_button, self.exempt_button)

        self.retranslateUi(VisitorLogTab)

        self.check_in_button.setDefault(True)


        QMetaObject.connectSlotsByName(VisitorLogTab)
    # setupUi

    def retranslateUi(self, VisitorLogTab):
        self.check_in_title.setText(QCoreApplication.translate("VisitorLogTab", u"Check in a visitor", None))
        self.name_label.setText(QCoreApplication.translate("VisitorLogTab", u"&Name", None))
        self.phone_label.setText(QCoreApplication.translate("VisitorLogTab", u"&Phone", None))
        self.id_type_label.setText(QCoreApplication.translate("VisitorLogTab", u"ID t&ype", None))
        self.id_number_label.setText(QCoreApplication.translate("VisitorLogTab", u"&ID number", None))
        self.company_label.setText(QCoreApplication.translate("VisitorLogTab", u"C&ompany", None))
        self.party_size_label.setText(QCoreApplication.translate("VisitorLogTab", u"Peop&le", None))
        self.purpose_label.setText(QCoreApplication.translate("VisitorLogTab", u"P&urpose", None))
        self.host_label.setText(QCoreApplication.translate("VisitorLogTab", u"&Host", None))
        self.temp_pass_label.setText(QCoreApplication.translate("VisitorLogTab", u"&Temporary pass", None))
        self.plate_label.setText(QCoreApplication.translate("VisitorLogTab", u"Pl&ate", None))
        self.items_label.setText(QCoreApplication.translate("VisitorLogTab", u"Items &carried", None))
        self.note_label.setText(QCoreApplication.translate("VisitorLogTab", u"Not&e", None))
        self.time_in_label.setText(QCoreApplication.translate("VisitorLogTab", u"Ti&me in", None))
        self.check_in_button.setText(QCoreApplication.translate("VisitorLogTab", u"Check in (Enter)", None))
        self.clear_button.setText(QCoreApplication.translate("VisitorLogTab", u"Clear (Esc)", None))
        self.regulars_title.setText(QCoreApplication.translate("VisitorLogTab", u"Regulars exempt from registration", None))
        self.quick_check_in_button.setText(QCoreApplication.translate("VisitorLogTab", u"&Quick check-in of the selected regular (F9)", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("VisitorLogTab", u"Search name, phone, company, host, plate, pass\u2026", None))
        self.from_label.setText(QCoreApplication.translate("VisitorLogTab", u"From", None))
        self.to_label.setText(QCoreApplication.translate("VisitorLogTab", u"to", None))
        self.today_button.setText(QCoreApplication.translate("VisitorLogTab", u"Today", None))
        self.on_site_check.setText(QCoreApplication.translate("VisitorLogTab", u"On &site only", None))
        self.check_out_edit.setPlaceholderText(QCoreApplication.translate("VisitorLogTab", u"Pass number or scan to check out", None))
        self.check_out_button.setText(QCoreApplication.translate("VisitorLogTab", u"Check out (F4)", None))
        self.host_response_button.setText(QCoreApplication.translate("VisitorLogTab", u"Host &response\u2026 (F6)", None))
        self.print_pass_button.setText(QCoreApplication.translate("VisitorLogTab", u"Print pass (Ctrl+P)", None))
        self.exempt_button.setText(QCoreApplication.translate("VisitorLogTab", u"Mark as re&gular", None))
        pass
    # retranslateUi

