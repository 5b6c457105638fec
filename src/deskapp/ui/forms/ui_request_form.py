# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_form.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RequestForm(object):
    def setupUi(self, RequestForm):
        if not RequestForm.objectName():
            RequestForm.setObjectName(u"RequestForm")
        RequestForm.resize(380, 720)
        self.request_form_layout = QVBoxLayout(RequestForm)
        self.request_form_layout.setObjectName(u"request_form_layout")
        self.request_form_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(RequestForm)
        self.title_label.setObjectName(u"title_label")

        self.request_form_layout.addWidget(self.title_label)

        self.from_call_label = QLabel(RequestForm)
        self.from_call_label.setObjectName(u"from_call_label")
        self.from_call_label.setText(u"")
        self.from_call_label.setWordWrap(True)

        self.request_form_layout.addWidget(self.from_call_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.received_label = QLabel(RequestForm)
        self.received_label.setObjectName(u"received_label")

        self.fields_layout.addWidget(self.received_label, 0, 0, 1, 1)

        self.received_edit = QDateTimeEdit(RequestForm)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.received_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.received_edit, 0, 1, 1, 1)

        self.received_at_error = QLabel(RequestForm)
        self.received_at_error.setObjectName(u"received_at_error")
        self.received_at_error.setText(u"")

        self.fields_layout.addWidget(self.received_at_error, 1, 1, 1, 1)

        self.channel_label = QLabel(RequestForm)
        self.channel_label.setObjectName(u"channel_label")

        self.fields_layout.addWidget(self.channel_label, 2, 0, 1, 1)

        self.channel_combo = QComboBox(RequestForm)
        self.channel_combo.setObjectName(u"channel_combo")

        self.fields_layout.addWidget(self.channel_combo, 2, 1, 1, 1)

        self.forwarded_label = QLabel(RequestForm)
        self.forwarded_label.setObjectName(u"forwarded_label")

        self.fields_layout.addWidget(self.forwarded_label, 3, 0, 1, 1)

        self.forwarded_edit = QLineEdit(RequestForm)
        self.forwarded_edit.setObjectName(u"forwarded_edit")
        self.forwarded_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.forwarded_edit, 3, 1, 1, 1)

        self.forwarded_from_error = QLabel(RequestForm)
        self.forwarded_from_error.setObjectName(u"forwarded_from_error")
        self.forwarded_from_error.setText(u"")

        self.fields_layout.addWidget(self.forwarded_from_error, 4, 1, 1, 1)

        self.complainant_label = QLabel(RequestForm)
        self.complainant_label.setObjectName(u"complainant_label")

        self.fields_layout.addWidget(self.complainant_label, 5, 0, 1, 1)

        self.complainant_edit = QLineEdit(RequestForm)
        self.complainant_edit.setObjectName(u"complainant_edit")
        self.complainant_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.complainant_edit, 5, 1, 1, 1)

        self.complainant_error = QLabel(RequestForm)
        self.complainant_error.setObjectName(u"complainant_error")
        self.complainant_error.setText(u"")

        self.fields_layout.addWidget(self.complainant_error, 6, 1, 1, 1)

        self.about_label = QLabel(RequestForm)
        self.about_label.setObjectName(u"about_label")

        self.fields_layout.addWidget(self.about_label, 7, 0, 1, 1)

        self.about_edit = QLineEdit(RequestForm)
        self.about_edit.setObjectName(u"about_edit")
        self.about_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.about_edit, 7, 1, 1, 1)

        self.about_label_error = QLabel(RequestForm)
        self.about_label_error.setObjectName(u"about_label_error")
        self.about_label_error.setText(u"")

        self.fields_layout.addWidget(self.about_label_error, 8, 1, 1, 1)

        self.phone_label = QLabel(RequestForm)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 9, 0, 1, 1)

        self.phone_edit = QLineEdit(RequestForm)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.fields_layout.addWidget(self.phone_edit, 9, 1, 1, 1)

        self.phone_error = QLabel(RequestForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_layout.addWidget(self.phone_error, 10, 1, 1, 1)

        self.content_label = QLabel(RequestForm)
        self.content_label.setObjectName(u"content_label")
        self.content_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.content_label, 11, 0, 1, 1)

        self.content_edit = QPlainTextEdit(RequestForm)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMinimumSize(QSize(0, 90))

        self.fields_layout.addWidget(self.content_edit, 11, 1, 1, 1)

        self.content_error = QLabel(RequestForm)
        self.content_error.setObjectName(u"content_error")
        self.content_error.setText(u"")

        self.fields_layout.addWidget(self.content_error, 12, 1, 1, 1)

        self.kind_label = QLabel(RequestForm)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.addWidget(self.kind_label, 13, 0, 1, 1)

        self.kind_combo = QComboBox(RequestForm)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.addWidget(self.kind_combo, 13, 1, 1, 1)

        self.nature_label = QLabel(RequestForm)
        self.nature_label.setObjectName(u"nature_label")

        self.fields_layout.addWidget(self.nature_label, 14, 0, 1, 1)

        self.nature_combo = QComboBox(RequestForm)
        self.nature_combo.setObjectName(u"nature_combo")

        self.fields_layout.addWidget(self.nature_combo, 14, 1, 1, 1)

        self.severity_label = QLabel(RequestForm)
        self.severity_label.setObjectName(u"severity_label")

        self.fields_layout.addWidget(self.severity_label, 15, 0, 1, 1)

        self.severity_combo = QComboBox(RequestForm)
        self.severity_combo.setObjectName(u"severity_combo")

        self.fields_layout.addWidget(self.severity_combo, 15, 1, 1, 1)

        self.grounds_label = QLabel(RequestForm)
        self.grounds_label.setObjectName(u"grounds_label")

        self.fields_layout.addWidget(self.grounds_label, 16, 0, 1, 1)

        self.grounds_combo = QComboBox(RequestForm)
        self.grounds_combo.setObjectName(u"grounds_combo")

        self.fields_layout.addWidget(self.grounds_combo, 16, 1, 1, 1)

        self.grounds_error = QLabel(RequestForm)
        self.grounds_error.setObjectName(u"grounds_error")
        self.grounds_error.setText(u"")

        self.fields_layout.addWidget(self.grounds_error, 17, 1, 1, 1)

        self.level_label = QLabel(RequestForm)
        self.level_label.setObjectName(u"level_label")

        self.fields_layout.addWidget(self.level_label, 18, 0, 1, 1)

        self.level_value = QLabel(RequestForm)
        self.level_value.setObjectName(u"level_value")
        self.level_value.setText(u"")

        self.fields_layout.addWidget(self.level_value, 18, 1, 1, 1)

        self.department_label = QLabel(RequestForm)
        self.department_label.setObjectName(u"department_label")

        self.fields_layout.addWidget(self.department_label, 19, 0, 1, 1)

        self.department_combo = QComboBox(RequestForm)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setEditable(True)

        self.fields_layout.addWidget(self.department_combo, 19, 1, 1, 1)

        self.department_label_error = QLabel(RequestForm)
        self.department_label_error.setObjectName(u"department_label_error")
        self.department_label_error.setText(u"")

        self.fields_layout.addWidget(self.department_label_error, 20, 1, 1, 1)

        self.owner_label = QLabel(RequestForm)
        self.owner_label.setObjectName(u"owner_label")

        self.fields_layout.addWidget(self.owner_label, 21, 0, 1, 1)

        self.owner_edit = QLineEdit(RequestForm)
        self.owner_edit.setObjectName(u"owner_edit")
        self.owner_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.owner_edit, 21, 1, 1, 1)

        self.owner_error = QLabel(RequestForm)
        self.owner_error.setObjectName(u"owner_error")
        self.owner_error.setText(u"")

        self.fields_layout.addWidget(self.owner_error, 22, 1, 1, 1)

        self.due_label = QLabel(RequestForm)
        self.due_label.setObjectName(u"due_label")

        self.fields_layout.addWidget(self.due_label, 23, 0, 1, 1)

        self.due_edit = QDateTimeEdit(RequestForm)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.due_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.due_edit, 23, 1, 1, 1)

        self.due_at_error = QLabel(RequestForm)
        self.due_at_error.setObjectName(u"due_at_error")
        self.due_at_error.setText(u"")

        self.fields_layout.addWidget(self.due_at_error, 24, 1, 1, 1)

        self.due_rule_label = QLabel(RequestForm)
        self.due_rule_label.setObjectName(u"due_rule_label")
        self.due_rule_label.setText(u"")
        self.due_rule_label.setWordWrap(True)

        self.fields_layout.addWidget(self.due_rule_label, 25, 1, 1, 1)


        self.request_form_layout.addLayout(self.fields_layout)

        self.form_error = QLabel(RequestForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.request_form_layout.addWidget(self.form_error)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(RequestForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.clear_button = QPushButton(RequestForm)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_layout.addWidget(self.clear_button)


        self.request_form_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.received_label.setBuddy(self.received_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.forwarded_label.setBuddy(self.forwarded_edit)
        self.complainant_label.setBuddy(self.complainant_edit)
        self.about_label.setBuddy(self.about_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.content_label.setBuddy(self.content_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.nature_label.setBuddy(self.nature_combo)
        self.severity_label.setBuddy(self.severity_combo)
        self.grounds_label.setBuddy(self.grounds_combo)
        self.department_label.setBuddy(self.department_combo)
        self.owner_label.setBuddy(self.owner_edit)
        self.due_label.setBuddy(self.due_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.forwarded_edit)
        QWidget.setTabOrder(self.forwarded_edit, self.complainant_edit)
        QWidget.setTabOrder(self.complainant_edit, self.about_edit)
        QWidget.setTabOrder(self.about_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.content_edit)
        QWidget.setTabOrder(self.content_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.nature_combo)
        QWidget.setTabOrder(self.nature_combo, self.severity_combo)
        QWidget.setTabOrder(self.severity_combo, self.grounds_combo)
        QWidget.setTabOrder(self.grounds_combo, self.department_combo)
        QWidget.setTabOrder(self.department_combo, self.owner_edit)
        QWidget.setTabOrder(self.owner_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.clear_button)

        self.retranslateUi(RequestForm)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(RequestForm)
    # setupUi

    def retranslateUi(self, RequestForm):
        self.title_label.setText(QCoreApplication.translate("RequestForm", u"Take a request", None))
        self.received_label.setText(QCoreApplication.translate("RequestForm", u"Rece&ived", None))
        self.channel_label.setText(QCoreApplication.translate("RequestForm", u"Cha&nnel", None))
        self.forwarded_label.setText(QCoreApplication.translate("RequestForm", u"Forwarded b&y", None))
        self.complainant_label.setText(QCoreApplication.translate("RequestForm", u"Co&mplainant", None))
        self.about_label.setText(QCoreApplication.translate("RequestForm", u"&Unit / company", None))
        self.phone_label.setText(QCoreApplication.translate("RequestForm", u"&Phone", None))
        self.content_label.setText(QCoreApplication.translate("RequestForm", u"What was s&aid", None))
        self.kind_label.setText(QCoreApplication.translate("RequestForm", u"&Kind", None))
        self.nature_label.setText(QCoreApplication.translate("RequestForm", u"Na&ture", None))
        self.severity_label.setText(QCoreApplication.translate("RequestForm", u"S&everity", None))
        self.grounds_label.setText(QCoreApplication.translate("RequestForm", u"&Grounds", None))
        self.level_label.setText(QCoreApplication.translate("RequestForm", u"Handled by", None))
        self.department_label.setText(QCoreApplication.translate("RequestForm", u"&Department", None))
        self.owner_label.setText(QCoreApplication.translate("RequestForm", u"&Owner", None))
        self.due_label.setText(QCoreApplication.translate("RequestForm", u"Dead&line", None))
        self.save_button.setText(QCoreApplication.translate("RequestForm", u"Regi&ster (Ctrl+Enter)", None))
        self.clear_button.setText(QCoreApplication.translate("RequestForm", u"Clear (Esc)", None))
        pass
    # retranslateUi

