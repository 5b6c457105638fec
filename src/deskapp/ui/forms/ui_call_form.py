# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CallForm(object):
    def setupUi(self, CallForm):
        if not CallForm.objectName():
            CallForm.setObjectName(u"CallForm")
        CallForm.resize(360, 640)
        self.call_form_layout = QVBoxLayout(CallForm)
        self.call_form_layout.setObjectName(u"call_form_layout")
        self.call_form_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(CallForm)
        self.title_label.setObjectName(u"title_label")

        self.call_form_layout.addWidget(self.title_label)

        self.answering_label = QLabel(CallForm)
        self.answering_label.setObjectName(u"answering_label")
        self.answering_label.setText(u"")
        self.answering_label.setWordWrap(True)

        self.call_form_layout.addWidget(self.answering_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.caller_label = QLabel(CallForm)
        self.caller_label.setObjectName(u"caller_label")

        self.fields_layout.addWidget(self.caller_label, 0, 0, 1, 1)

        self.caller_edit = QLineEdit(CallForm)
        self.caller_edit.setObjectName(u"caller_edit")
        self.caller_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.caller_edit, 0, 1, 1, 1)

        self.caller_name_error = QLabel(CallForm)
        self.caller_name_error.setObjectName(u"caller_name_error")
        self.caller_name_error.setText(u"")

        self.fields_layout.addWidget(self.caller_name_error, 1, 1, 1, 1)

        self.phone_label = QLabel(CallForm)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 2, 0, 1, 1)

        self.phone_edit = QLineEdit(CallForm)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.fields_layout.addWidget(self.phone_edit, 2, 1, 1, 1)

        self.phone_error = QLabel(CallForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")

        self.fields_layout.addWidget(self.phone_error, 3, 1, 1, 1)

        self.about_label = QLabel(CallForm)
        self.about_label.setObjectName(u"about_label")

        self.fields_layout.addWidget(self.about_label, 4, 0, 1, 1)

        self.about_edit = QLineEdit(CallForm)
        self.about_edit.setObjectName(u"about_edit")
        self.about_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.about_edit, 4, 1, 1, 1)

        self.about_error = QLabel(CallForm)
        self.about_error.setObjectName(u"about_error")
        self.about_error.setText(u"")

        self.fields_layout.addWidget(self.about_error, 5, 1, 1, 1)

        self.category_label = QLabel(CallForm)
        self.category_label.setObjectName(u"category_label")

        self.fields_layout.addWidget(self.category_label, 6, 0, 1, 1)

        self.category_combo = QComboBox(CallForm)
        self.category_combo.setObjectName(u"category_combo")

        self.fields_layout.addWidget(self.category_combo, 6, 1, 1, 1)

        self.subject_label = QLabel(CallForm)
        self.subject_label.setObjectName(u"subject_label")

        self.fields_layout.addWidget(self.subject_label, 7, 0, 1, 1)

        self.subject_edit = QLineEdit(CallForm)
        self.subject_edit.setObjectName(u"subject_edit")
        self.subject_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.subject_edit, 7, 1, 1, 1)

        self.subject_error = QLabel(CallForm)
        self.subject_error.setObjectName(u"subject_error")
        self.subject_error.setText(u"")

        self.fields_layout.addWidget(self.subject_error, 8, 1, 1, 1)

        self.notes_label = QLabel(CallForm)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.addWidget(self.notes_label, 9, 0, 1, 1)

        self.notes_edit = QLineEdit(CallForm)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaxLength(2000)

        self.fields_layout.addWidget(self.notes_edit, 9, 1, 1, 1)

        self.notes_error = QLabel(CallForm)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setText(u"")

        self.fields_layout.addWidget(self.notes_error, 10, 1, 1, 1)

        self.transferred_label = QLabel(CallForm)
        self.transferred_label.setObjectName(u"transferred_label")

        self.fields_layout.addWidget(self.transferred_label, 11, 0, 1, 1)

        self.transferred_edit = QLineEdit(CallForm)
        self.transferred_edit.setObjectName(u"transferred_edit")
        self.transferred_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.transferred_edit, 11, 1, 1, 1)

        self.message_for_label = QLabel(CallForm)
        self.message_for_label.setObjectName(u"message_for_label")

        self.fields_layout.addWidget(self.message_for_label, 12, 0, 1, 1)

        self.message_for_edit = QLineEdit(CallForm)
        self.message_for_edit.setObjectName(u"message_for_edit")
        self.message_for_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.message_for_edit, 12, 1, 1, 1)

        self.message_for_error = QLabel(CallForm)
        self.message_for_error.setObjectName(u"message_for_error")
        self.message_for_error.setText(u"")

        self.fields_layout.addWidget(self.message_for_error, 13, 1, 1, 1)

        self.message_label = QLabel(CallForm)
        self.message_label.setObjectName(u"message_label")

        self.fields_layout.addWidget(self.message_label, 14, 0, 1, 1)

        self.message_edit = QLineEdit(CallForm)
        self.message_edit.setObjectName(u"message_edit")
        self.message_edit.setMaxLength(2000)

        self.fields_layout.addWidget(self.message_edit, 14, 1, 1, 1)

        self.message_error = QLabel(CallForm)
        self.message_error.setObjectName(u"message_error")
        self.message_error.setText(u"")

        self.fields_layout.addWidget(self.message_error, 15, 1, 1, 1)

        self.callback_check = QCheckBox(CallForm)
        self.callback_check.setObjectName(u"callback_check")

        self.fields_layout.addWidget(self.callback_check, 16, 0, 1, 1)

        self.callback_due_edit = QDateTimeEdit(CallForm)
        self.callback_due_edit.setObjectName(u"callback_due_edit")
        self.callback_due_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.callback_due_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.callback_due_edit, 16, 1, 1, 1)

        self.callback_due_error = QLabel(CallForm)
        self.callback_due_error.setObjectName(u"callback_due_error")
        self.callback_due_error.setText(u"")

        self.fields_layout.addWidget(self.callback_due_error, 17, 1, 1, 1)

        self.direction_label = QLabel(CallForm)
        self.direction_label.setObjectName(u"direction_label")

        self.fields_layout.addWidget(self.direction_label, 18, 0, 1, 1)

        self.direction_combo = QComboBox(CallForm)
        self.direction_combo.setObjectName(u"direction_combo")

        self.fields_layout.addWidget(self.direction_combo, 18, 1, 1, 1)

        self.started_label = QLabel(CallForm)
        self.started_label.setObjectName(u"started_label")

        self.fields_layout.addWidget(self.started_label, 19, 0, 1, 1)

        self.started_edit = QDateTimeEdit(CallForm)
        self.started_edit.setObjectName(u"started_edit")
        self.started_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.started_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.started_edit, 19, 1, 1, 1)

        self.started_at_error = QLabel(CallForm)
        self.started_at_error.setObjectName(u"started_at_error")
        self.started_at_error.setText(u"")

        self.fields_layout.addWidget(self.started_at_error, 20, 1, 1, 1)

        self.ended_label = QLabel(CallForm)
        self.ended_label.setObjectName(u"ended_label")

        self.fields_layout.addWidget(self.ended_label, 21, 0, 1, 1)

        self.ended_edit = QDateTimeEdit(CallForm)
        self.ended_edit.setObjectName(u"ended_edit")
        self.ended_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.ended_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.ended_edit, 21, 1, 1, 1)

        self.ended_at_error = QLabel(CallForm)
        self.ended_at_error.setObjectName(u"ended_at_error")
        self.ended_at_error.setText(u"")

        self.fields_layout.addWidget(self.ended_at_error, 22, 1, 1, 1)


        self.call_form_layout.addLayout(self.fields_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(CallForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.clear_button = QPushButton(CallForm)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_layout.addWidget(self.clear_button)


        self.call_form_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.caller_label.setBuddy(self.caller_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.about_label.setBuddy(self.about_edit)
        self.category_label.setBuddy(self.category_combo)
        self.subject_label.setBuddy(self.subject_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.transferred_label.setBuddy(self.transferred_edit)
        self.message_for_label.setBuddy(self.message_for_edit)
        self.message_label.setBuddy(self.message_edit)
        self.direction_label.setBuddy(self.direction_combo)
        self.started_label.setBuddy(self.started_edit)
        self.ended_label.setBuddy(self.ended_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caller_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.about_edit)
        QWidget.setTabOrder(self.about_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.subject_edit)
        QWidget.setTabOrder(self.subject_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.transferred_edit)
        QWidget.setTabOrder(self.transferred_edit, self.message_for_edit)
        QWidget.setTabOrder(self.message_for_edit, self.message_edit)
        QWidget.setTabOrder(self.message_edit, self.callback_check)
        QWidget.setTabOrder(self.callback_check, self.callback_due_edit)
        QWidget.setTabOrder(self.callback_due_edit, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.started_edit)
        QWidget.setTabOrder(self.started_edit, self.ended_edit)
        QWidget.setTabOrder(self.ended_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.clear_button)

        self.retranslateUi(CallForm)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(CallForm)
    # setupUi

    def retranslateUi(self, CallForm):
        self.title_label.setText(QCoreApplication.translate("CallForm", u"Log a call", None))
        self.caller_label.setText(QCoreApplication.translate("CallForm", u"Caller &name", None))
        self.phone_label.setText(QCoreApplication.translate("CallForm", u"&Phone", None))
        self.about_label.setText(QCoreApplication.translate("CallForm", u"&Unit / company", None))
        self.category_label.setText(QCoreApplication.translate("CallForm", u"Cate&gory", None))
        self.subject_label.setText(QCoreApplication.translate("CallForm", u"&Subject", None))
        self.notes_label.setText(QCoreApplication.translate("CallForm", u"N&otes", None))
        self.transferred_label.setText(QCoreApplication.translate("CallForm", u"&Transferred to", None))
        self.message_for_label.setText(QCoreApplication.translate("CallForm", u"&Message for", None))
        self.message_label.setText(QCoreApplication.translate("CallForm", u"Message te&xt", None))
        self.callback_check.setText(QCoreApplication.translate("CallForm", u"Call &back by", None))
        self.direction_label.setText(QCoreApplication.translate("CallForm", u"&Direction", None))
        self.started_label.setText(QCoreApplication.translate("CallForm", u"St&arted", None))
        self.ended_label.setText(QCoreApplication.translate("CallForm", u"&Ended", None))
        self.save_button.setText(QCoreApplication.translate("CallForm", u"Log call (Enter)", None))
        self.clear_button.setText(QCoreApplication.translate("CallForm", u"Clear (Esc)", None))
        pass
    # retranslateUi

