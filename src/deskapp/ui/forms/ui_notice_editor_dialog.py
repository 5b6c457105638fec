# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_editor_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NoticeEditorDialog(object):
    def setupUi(self, NoticeEditorDialog):
        if not NoticeEditorDialog.objectName():
            NoticeEditorDialog.setObjectName(u"NoticeEditorDialog")
        NoticeEditorDialog.resize(680, 720)
        self.dialog_layout = QVBoxLayout(NoticeEditorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.start_layout = QHBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.template_label = QLabel(NoticeEditorDialog)
        self.template_label.setObjectName(u"template_label")

        self.start_layout.addWidget(self.template_label)

        self.template_combo = QComboBox(NoticeEditorDialog)
        self.template_combo.setObjectName(u"template_combo")

        self.start_layout.addWidget(self.template_combo)

        self.language_label = QLabel(NoticeEditorDialog)
        self.language_label.setObjectName(u"language_label")

        self.start_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(NoticeEditorDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.start_layout.addWidget(self.language_combo)

        self.start_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.start_layout)

        self.blanks_box = QGroupBox(NoticeEditorDialog)
        self.blanks_box.setObjectName(u"blanks_box")
        self.blanks_layout = QGridLayout(self.blanks_box)
        self.blanks_layout.setObjectName(u"blanks_layout")
        self.blanks_layout.setVerticalSpacing(3)
        self.date_blank_label = QLabel(self.blanks_box)
        self.date_blank_label.setObjectName(u"date_blank_label")

        self.blanks_layout.addWidget(self.date_blank_label, 0, 0, 1, 1)

        self.date_blank_edit = QLineEdit(self.blanks_box)
        self.date_blank_edit.setObjectName(u"date_blank_edit")
        self.date_blank_edit.setMaxLength(60)

        self.blanks_layout.addWidget(self.date_blank_edit, 0, 1, 1, 1)

        self.time_blank_label = QLabel(self.blanks_box)
        self.time_blank_label.setObjectName(u"time_blank_label")

        self.blanks_layout.addWidget(self.time_blank_label, 0, 2, 1, 1)

        self.time_blank_edit = QLineEdit(self.blanks_box)
        self.time_blank_edit.setObjectName(u"time_blank_edit")
        self.time_blank_edit.setMaxLength(60)

        self.blanks_layout.addWidget(self.time_blank_edit, 0, 3, 1, 1)

        self.area_blank_label = QLabel(self.blanks_box)
        self.area_blank_label.setObjectName(u"area_blank_label")

        self.blanks_layout.addWidget(self.area_blank_label, 1, 0, 1, 1)

        self.area_blank_edit = QLineEdit(self.blanks_box)
        self.area_blank_edit.setObjectName(u"area_blank_edit")
        self.area_blank_edit.setMaxLength(60)

        self.blanks_layout.addWidget(self.area_blank_edit, 1, 1, 1, 1)

        self.holiday_blank_label = QLabel(self.blanks_box)
        self.holiday_blank_label.setObjectName(u"holiday_blank_label")

        self.blanks_layout.addWidget(self.holiday_blank_label, 1, 2, 1, 1)

        self.holiday_blank_edit = QLineEdit(self.blanks_box)
        self.holiday_blank_edit.setObjectName(u"holiday_blank_edit")
        self.holiday_blank_edit.setMaxLength(60)

        self.blanks_layout.addWidget(self.holiday_blank_edit, 1, 3, 1, 1)


        self.dialog_layout.addWidget(self.blanks_box)

        self.hint_label = QLabel(NoticeEditorDialog)
        self.hint_label.setObjectName(u"hint_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.title_label = QLabel(NoticeEditorDialog)
        self.title_label.setObjectName(u"title_label")

        self.fields_layout.addWidget(self.title_label, 0, 0, 1, 1)

        self.title_edit = QLineEdit(NoticeEditorDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.title_edit, 0, 1, 1, 1)

        self.title_error = QLabel(NoticeEditorDialog)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setText(u"")

        self.fields_layout.addWidget(self.title_error, 1, 1, 1, 1)

        self.body_label = QLabel(NoticeEditorDialog)
        self.body_label.setObjectName(u"body_label")

        self.fields_layout.addWidget(self.body_label, 2, 0, 1, 1)

        self.body_edit = QPlainTextEdit(NoticeEditorDialog)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumSize(QSize(0, 240))

        self.fields_layout.addWidget(self.body_edit, 2, 1, 1, 1)

        self.body_error = QLabel(NoticeEditorDialog)
        self.body_error.setObjectName(u"body_error")
        self.body_error.setText(u"")

        self.fields_layout.addWidget(self.body_error, 3, 1, 1, 1)

        self.dated_label = QLabel(NoticeEditorDialog)
        self.dated_label.setObjectName(u"dated_label")

        self.fields_layout.addWidget(self.dated_label, 4, 0, 1, 1)

        self.dated_edit = QDateEdit(NoticeEditorDialog)
        self.dated_edit.setObjectName(u"dated_edit")
        self.dated_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.dated_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.dated_edit, 4, 1, 1, 1)

        self.dated_error = QLabel(NoticeEditorDialog)
        self.dated_error.setObjectName(u"dated_error")
        self.dated_error.setText(u"")

        self.fields_layout.addWidget(self.dated_error, 5, 1, 1, 1)

        self.signed_label = QLabel(NoticeEditorDialog)
        self.signed_label.setObjectName(u"signed_label")

        self.fields_layout.addWidget(self.signed_label, 6, 0, 1, 1)

        self.signed_edit = QLineEdit(NoticeEditorDialog)
        self.signed_edit.setObjectName(u"signed_edit")
        self.signed_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.signed_edit, 6, 1, 1, 1)

        self.signed_error = QLabel(NoticeEditorDialog)
        self.signed_error.setObjectName(u"signed_error")
        self.signed_error.setText(u"")

        self.fields_layout.addWidget(self.signed_error, 7, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.print_check = QCheckBox(NoticeEditorDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(NoticeEditorDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(NoticeEditorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_combo)
        self.language_label.setBuddy(self.language_combo)
        self.date_blank_label.setBuddy(self.date_blank_edit)
        self.time_blank_label.setBuddy(self.time_blank_edit)
        self.area_blank_label.setBuddy(self.area_blank_edit)
        self.holiday_blank_label.setBuddy(self.holiday_blank_edit)
        self.title_label.setBuddy(self.title_edit)
        self.body_label.setBuddy(self.body_edit)
        self.dated_label.setBuddy(self.dated_edit)
        self.signed_label.setBuddy(self.signed_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.date_blank_edit)
        QWidget.setTabOrder(self.date_blank_edit, self.time_blank_edit)
        QWidget.setTabOrder(self.time_blank_edit, self.area_blank_edit)
        QWidget.setTabOrder(self.area_blank_edit, self.holiday_blank_edit)
        QWidget.setTabOrder(self.holiday_blank_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.body_edit)
        QWidget.setTabOrder(self.body_edit, self.dated_edit)
        QWidget.setTabOrder(self.dated_edit, self.signed_edit)
        QWidget.setTabOrder(self.signed_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(NoticeEditorDialog)

        QMetaObject.connectSlotsByName(NoticeEditorDialog)
    # setupUi

    def retranslateUi(self, NoticeEditorDialog):
        NoticeEditorDialog.setWindowTitle(QCoreApplication.translate("NoticeEditorDialog", u"New notice", None))
        self.template_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Template", None))
        self.language_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Language", None))
        self.blanks_box.setTitle(QCoreApplication.translate("NoticeEditorDialog", u"Fill in the template", None))
        self.date_blank_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Date", None))
        self.time_blank_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"T&ime", None))
        self.area_blank_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Area", None))
        self.holiday_blank_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Holiday", None))
        self.title_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"Titl&e", None))
        self.body_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Body", None))
        self.dated_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"Dated &on", None))
        self.signed_label.setText(QCoreApplication.translate("NoticeEditorDialog", u"Si&gned by", None))
        self.print_check.setText(QCoreApplication.translate("NoticeEditorDialog", u"&Print it once saved", None))
    # retranslateUi

