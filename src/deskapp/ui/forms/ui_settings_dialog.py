# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(540, 520)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.groups_scroll_area = QScrollArea(SettingsDialog)
        self.groups_scroll_area.setObjectName(u"groups_scroll_area")
        self.groups_scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.groups_scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups_scroll_area.setWidgetResizable(True)
        self.groups_widget = QWidget()
        self.groups_widget.setObjectName(u"groups_widget")
        self.groups_layout = QVBoxLayout(self.groups_widget)
        self.groups_layout.setObjectName(u"groups_layout")
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.org_group_box = QGroupBox(self.groups_widget)
        self.org_group_box.setObjectName(u"org_group_box")
        self.org_form_layout = QFormLayout(self.org_group_box)
        self.org_form_layout.setObjectName(u"org_form_layout")
        self.org_hint_label = QLabel(self.org_group_box)
        self.org_hint_label.setObjectName(u"org_hint_label")
        self.org_hint_label.setWordWrap(True)

        self.org_form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.org_hint_label)

        self.org_name_label = QLabel(self.org_group_box)
        self.org_name_label.setObjectName(u"org_name_label")

        self.org_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.org_name_label)

        self.org_name_edit = QLineEdit(self.org_group_box)
        self.org_name_edit.setObjectName(u"org_name_edit")
        self.org_name_edit.setMaxLength(100)

        self.org_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.org_name_edit)

        self.org_name_error_label = QLabel(self.org_group_box)
        self.org_name_error_label.setObjectName(u"org_name_error_label")

        self.org_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.org_name_error_label)

        self.org_address_label = QLabel(self.org_group_box)
        self.org_address_label.setObjectName(u"org_address_label")

        self.org_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.org_address_label)

        self.org_address_edit = QLineEdit(self.org_group_box)
        self.org_address_edit.setObjectName(u"org_address_edit")

        self.org_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.org_address_edit)

        self.org_phone_label = QLabel(self.org_group_box)
        self.org_phone_label.setObjectName(u"org_phone_label")

        self.org_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.org_phone_label)

        self.org_phone_edit = QLineEdit(self.org_group_box)
        self.org_phone_edit.setObjectName(u"org_phone_edit")

        self.org_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.org_phone_edit)

        self.print_confidential_check = QCheckBox(self.org_group_box)
        self.print_confidential_check.setObjectName(u"print_confidential_check")

        self.org_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.print_confidential_check)


        self.groups_layout.addWidget(self.org_group_box)

        self.privacy_group_box = QGroupBox(self.groups_widget)
        self.privacy_group_box.setObjectName(u"privacy_group_box")
        self.privacy_form_layout = QFormLayout(self.privacy_group_box)
        self.privacy_form_layout.setObjectName(u"privacy_form_layout")
        self.collect_id_check = QCheckBox(self.privacy_group_box)
        self.collect_id_check.setObjectName(u"collect_id_check")

        self.privacy_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.collect_id_check)

        self.retention_label = QLabel(self.privacy_group_box)
        self.retention_label.setObjectName(u"retention_label")

        self.privacy_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.retention_label)

        self.retention_spin_box = QSpinBox(self.privacy_group_box)
        self.retention_spin_box.setObjectName(u"retention_spin_box")
        self.retention_spin_box.setMinimum(1)
        self.retention_spin_box.setMaximum(3650)
        self.retention_spin_box.setValue(90)

        self.privacy_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.retention_spin_box)

        self.retention_error_label = QLabel(self.privacy_group_box)
        self.retention_error_label.setObjectName(u"retention_error_label")

        self.privacy_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.retention_error_label)

        self.purge_automatically_check = QCheckBox(self.privacy_group_box)
        self.purge_automatically_check.setObjectName(u"purge_automatically_check")

        self.privacy_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purge_automatically_check)

        self.privacy_contact_label = QLabel(self.privacy_group_box)
        self.privacy_contact_label.setObjectName(u"privacy_contact_label")

        self.privacy_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.privacy_contact_label)

        self.privacy_contact_edit = QLineEdit(self.privacy_group_box)
        self.privacy_contact_edit.setObjectName(u"privacy_contact_edit")
        self.privacy_contact_edit.setMaxLength(100)

        self.privacy_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.privacy_contact_edit)


        self.groups_layout.addWidget(self.privacy_group_box)

        self.counter_group_box = QGroupBox(self.groups_widget)
        self.counter_group_box.setObjectName(u"counter_group_box")
        self.counter_form_layout = QFormLayout(self.counter_group_box)
        self.counter_form_layout.setObjectName(u"counter_form_layout")
        self.counter_name_label = QLabel(self.counter_group_box)
        self.counter_name_label.setObjectName(u"counter_name_label")

        self.counter_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.counter_name_label)

        self.counter_name_edit = QLineEdit(self.counter_group_box)
        self.counter_name_edit.setObjectName(u"counter_name_edit")
        self.counter_name_edit.setMaxLength(50)

        self.counter_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.counter_name_edit)

        self.counter_name_error_label = QLabel(self.counter_group_box)
        self.counter_name_error_label.setObjectName(u"counter_name_error_label")

        self.counter_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.counter_name_error_label)

        self.language_label = QLabel(self.counter_group_box)
        self.language_label.setObjectName(u"language_label")

        self.counter_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.counter_group_box)
        self.language_combo.setObjectName(u"language_combo")

        self.counter_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_error_label = QLabel(self.counter_group_box)
        self.language_error_label.setObjectName(u"language_error_label")

        self.counter_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language_error_label)

        self.printer_label = QLabel(self.counter_group_box)
        self.printer_label.setObjectName(u"printer_label")

        self.counter_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.printer_label)

        self.printer_combo = QComboBox(self.counter_group_box)
        self.printer_combo.setObjectName(u"printer_combo")

        self.counter_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.printer_combo)

        self.papers_error_label = QLabel(self.counter_group_box)
        self.papers_error_label.setObjectName(u"papers_error_label")

        self.counter_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.papers_error_label)

        self.day_folder_label = QLabel(self.counter_group_box)
        self.day_folder_label.setObjectName(u"day_folder_label")

        self.counter_form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.day_folder_label)

        self.day_folder_layout = QHBoxLayout()
        self.day_folder_layout.setObjectName(u"day_folder_layout")
        self.day_folder_edit = QLineEdit(self.counter_group_box)
        self.day_folder_edit.setObjectName(u"day_folder_edit")
        self.day_folder_edit.setMaxLength(400)

        self.day_folder_layout.addWidget(self.day_folder_edit)

        self.day_folder_button = QPushButton(self.counter_group_box)
        self.day_folder_button.setObjectName(u"day_folder_button")
        self.day_folder_button.setAutoDefault(False)

        self.day_folder_layout.addWidget(self.day_folder_button)


        self.counter_form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.day_folder_layout)

        self.day_folder_error_label = QLabel(self.counter_group_box)
        self.day_folder_error_label.setObjectName(u"day_folder_error_label")

        self.counter_form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.day_folder_error_label)


        self.groups_layout.addWidget(self.counter_group_box)

        self.visitors_group_box = QGroupBox(self.groups_widget)
        self.visitors_group_box.setObjectName(u"visitors_group_box")
        self.visitors_form_layout = QFormLayout(self.visitors_group_box)
        self.visitors_form_layout.setObjectName(u"visitors_form_layout")
        self.late_hour_label = QLabel(self.visitors_group_box)
        self.late_hour_label.setObjectName(u"late_hour_label")

        self.visitors_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.late_hour_label)

        self.late_hour_combo = QComboBox(self.visitors_group_box)
        self.late_hour_combo.setObjectName(u"late_hour_combo")

        self.visitors_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.late_hour_combo)

        self.late_hour_error_label = QLabel(self.visitors_group_box)
        self.late_hour_error_label.setObjectName(u"late_hour_error_label")

        self.visitors_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.late_hour_error_label)


        self.groups_layout.addWidget(self.visitors_group_box)

        self.groups_scroll_area.setWidget(self.groups_widget)

        self.main_layout.addWidget(self.groups_scroll_area)

        self.general_error_label = QLabel(SettingsDialog)
        self.general_error_label.setObjectName(u"general_error_label")

        self.main_layout.addWidget(self.general_error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.org_name_label.setBuddy(self.org_name_edit)
        self.org_address_label.setBuddy(self.org_address_edit)
        self.org_phone_label.setBuddy(self.org_phone_edit)
        self.retention_label.setBuddy(self.retention_spin_box)
        self.privacy_contact_label.setBuddy(self.privacy_contact_edit)
        self.counter_name_label.setBuddy(self.counter_name_edit)
        self.language_label.setBuddy(self.language_combo)
        self.printer_label.setBuddy(self.printer_combo)
        self.day_folder_label.setBuddy(self.day_folder_edit)
        self.late_hour_label.setBuddy(self.late_hour_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.org_name_edit, self.org_address_edit)
        QWidget.setTabOrder(self.org_address_edit, self.org_phone_edit)
        QWidget.setTabOrder(self.org_phone_edit, self.print_confidential_check)
        QWidget.setTabOrder(self.print_confidential_check, self.collect_id_check)
        QWidget.setTabOrder(self.collect_id_check, self.retention_spin_box)
        QWidget.setTabOrder(self.retention_spin_box, self.purge_automatically_check)
        QWidget.setTabOrder(self.purge_automatically_check, self.privacy_contact_edit)
        QWidget.setTabOrder(self.privacy_contact_edit, self.counter_name_edit)
        QWidget.setTabOrder(self.counter_name_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.printer_combo)
        QWidget.setTabOrder(self.printer_combo, self.day_folder_edit)
        QWidget.setTabOrder(self.day_folder_edit, self.day_folder_button)
        QWidget.setTabOrder(self.day_folder_button, self.late_hour_combo)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.org_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Organisation (every counter)", None))
        self.org_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"Printed at the top of every pass and document, at every counter.", None))
        self.org_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Name", None))
        self.org_address_label.setText(QCoreApplication.translate("SettingsDialog", u"Address", None))
        self.org_phone_label.setText(QCoreApplication.translate("SettingsDialog", u"Phone", None))
        self.print_confidential_check.setText(QCoreApplication.translate("SettingsDialog", u"Print confidential numbers in the phone directory", None))
        self.privacy_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Visitors' personal data (every counter)", None))
        self.collect_id_check.setText(QCoreApplication.translate("SettingsDialog", u"Ask visitors for an ID number", None))
        self.retention_label.setText(QCoreApplication.translate("SettingsDialog", u"Keep it for", None))
        self.retention_spin_box.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.purge_automatically_check.setText(QCoreApplication.translate("SettingsDialog", u"Remove older personal data by itself, once a day", None))
        self.privacy_contact_label.setText(QCoreApplication.translate("SettingsDialog", u"Visitors ask about their data", None))
        self.privacy_contact_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Service centre, 0755-86001234", None))
        self.counter_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"This counter (kept on this PC)", None))
        self.counter_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Counter name", None))
        self.counter_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Lobby reception", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"Interface language", None))
        self.printer_label.setText(QCoreApplication.translate("SettingsDialog", u"Printer", None))
#if QT_CONFIG(tooltip)
        self.printer_combo.setToolTip(QCoreApplication.translate("SettingsDialog", u"With a printer chosen, Ctrl+P prints on it at once; Ctrl+Shift+P shows the preview first.", None))
#endif // QT_CONFIG(tooltip)
        self.day_folder_label.setText(QCoreApplication.translate("SettingsDialog", u"Day's workbooks", None))
        self.day_folder_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"The folder closing the day writes to", None))
#if QT_CONFIG(tooltip)
        self.day_folder_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Closing the day (Ctrl+Shift+E) writes the day's workbook and a backup here.", None))
#endif // QT_CONFIG(tooltip)
        self.day_folder_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.visitors_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Visitors", None))
        self.late_hour_label.setText(QCoreApplication.translate("SettingsDialog", u"Highlight visitors still on site after", None))
#if QT_CONFIG(tooltip)
        self.late_hour_combo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Type the hour (e.g. 18) or choose it from the list", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

