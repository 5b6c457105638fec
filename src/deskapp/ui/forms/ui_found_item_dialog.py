# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'found_item_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FoundItemDialog(object):
    def setupUi(self, FoundItemDialog):
        if not FoundItemDialog.objectName():
            FoundItemDialog.setObjectName(u"FoundItemDialog")
        FoundItemDialog.resize(520, 560)
        self.dialog_layout = QVBoxLayout(FoundItemDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FoundItemDialog)
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
        self.description_label = QLabel(FoundItemDialog)
        self.description_label.setObjectName(u"description_label")

        self.fields_layout.addWidget(self.description_label, 0, 0, 1, 1)

        self.description_edit = QLineEdit(FoundItemDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.description_edit, 0, 1, 1, 1)

        self.description_error = QLabel(FoundItemDialog)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setText(u"")

        self.fields_layout.addWidget(self.description_error, 1, 1, 1, 1)

        self.category_label = QLabel(FoundItemDialog)
        self.category_label.setObjectName(u"category_label")

        self.fields_layout.addWidget(self.category_label, 2, 0, 1, 1)

        self.category_combo = QComboBox(FoundItemDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.fields_layout.addWidget(self.category_combo, 2, 1, 1, 1)

        self.category_error = QLabel(FoundItemDialog)
        self.category_error.setObjectName(u"category_error")
        self.category_error.setText(u"")

        self.fields_layout.addWidget(self.category_error, 3, 1, 1, 1)

        self.contents_label = QLabel(FoundItemDialog)
        self.contents_label.setObjectName(u"contents_label")

        self.fields_layout.addWidget(self.contents_label, 4, 0, 1, 1)

        self.contents_edit = QPlainTextEdit(FoundItemDialog)
        self.contents_edit.setObjectName(u"contents_edit")
        self.contents_edit.setTabChangesFocus(True)
        self.contents_edit.setMaximumSize(QSize(16777215, 90))

        self.fields_layout.addWidget(self.contents_edit, 4, 1, 1, 1)

        self.contents_error = QLabel(FoundItemDialog)
        self.contents_error.setObjectName(u"contents_error")
        self.contents_error.setText(u"")

        self.fields_layout.addWidget(self.contents_error, 5, 1, 1, 1)

        self.found_where_label = QLabel(FoundItemDialog)
        self.found_where_label.setObjectName(u"found_where_label")

        self.fields_layout.addWidget(self.found_where_label, 6, 0, 1, 1)

        self.found_where_edit = QLineEdit(FoundItemDialog)
        self.found_where_edit.setObjectName(u"found_where_edit")
        self.found_where_edit.setMaxLength(200)

        self.fields_layout.addWidget(self.found_where_edit, 6, 1, 1, 1)

        self.found_where_error = QLabel(FoundItemDialog)
        self.found_where_error.setObjectName(u"found_where_error")
        self.found_where_error.setText(u"")

        self.fields_layout.addWidget(self.found_where_error, 7, 1, 1, 1)

        self.found_at_label = QLabel(FoundItemDialog)
        self.found_at_label.setObjectName(u"found_at_label")

        self.fields_layout.addWidget(self.found_at_label, 8, 0, 1, 1)

        self.found_at_edit = QDateTimeEdit(FoundItemDialog)
        self.found_at_edit.setObjectName(u"found_at_edit")
        self.found_at_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.found_at_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.found_at_edit, 8, 1, 1, 1)

        self.found_at_error = QLabel(FoundItemDialog)
        self.found_at_error.setObjectName(u"found_at_error")
        self.found_at_error.setText(u"")

        self.fields_layout.addWidget(self.found_at_error, 9, 1, 1, 1)

        self.found_by_label = QLabel(FoundItemDialog)
        self.found_by_label.setObjectName(u"found_by_label")

        self.fields_layout.addWidget(self.found_by_label, 10, 0, 1, 1)

        self.found_by_edit = QLineEdit(FoundItemDialog)
        self.found_by_edit.setObjectName(u"found_by_edit")
        self.found_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.found_by_edit, 10, 1, 1, 1)

        self.found_by_error = QLabel(FoundItemDialog)
        self.found_by_error.setObjectName(u"found_by_error")
        self.found_by_error.setText(u"")

        self.fields_layout.addWidget(self.found_by_error, 11, 1, 1, 1)

        self.kept_where_label = QLabel(FoundItemDialog)
        self.kept_where_label.setObjectName(u"kept_where_label")

        self.fields_layout.addWidget(self.kept_where_label, 12, 0, 1, 1)

        self.kept_where_edit = QLineEdit(FoundItemDialog)
        self.kept_where_edit.setObjectName(u"kept_where_edit")
        self.kept_where_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.kept_where_edit, 12, 1, 1, 1)

        self.kept_where_error = QLabel(FoundItemDialog)
        self.kept_where_error.setObjectName(u"kept_where_error")
        self.kept_where_error.setText(u"")

        self.fields_layout.addWidget(self.kept_where_error, 13, 1, 1, 1)

        self.recorded_by_label = QLabel(FoundItemDialog)
        self.recorded_by_label.setObjectName(u"recorded_by_label")

        self.fields_layout.addWidget(self.recorded_by_label, 14, 0, 1, 1)

        self.recorded_by_edit = QLineEdit(FoundItemDialog)
        self.recorded_by_edit.setObjectName(u"recorded_by_edit")
        self.recorded_by_edit.setMaxLength(50)

        self.fields_layout.addWidget(self.recorded_by_edit, 14, 1, 1, 1)

        self.recorded_by_error = QLabel(FoundItemDialog)
        self.recorded_by_error.setObjectName(u"recorded_by_error")
        self.recorded_by_error.setText(u"")

        self.fields_layout.addWidget(self.recorded_by_error, 15, 1, 1, 1)

        self.witnessed_by_label = QLabel(FoundItemDialog)
        self.witnessed_by_label.setObjectName(u"witnessed_by_label")

        self.fields_layout.addWidget(self.witnessed_by_label, 16, 0, 1, 1)

        self.witnessed_by_combo = QComboBox(FoundItemDialog)
        self.witnessed_by_combo.setObjectName(u"witnessed_by_combo")
        self.witnessed_by_combo.setEditable(True)

        self.fields_layout.addWidget(self.witnessed_by_combo, 16, 1, 1, 1)

        self.witnessed_by_error = QLabel(FoundItemDialog)
        self.witnessed_by_error.setObjectName(u"witnessed_by_error")
        self.witnessed_by_error.setText(u"")

        self.fields_layout.addWidget(self.witnessed_by_error, 17, 1, 1, 1)

        self.photo_layout = QHBoxLayout()
        self.photo_layout.setObjectName(u"photo_layout")
        self.photo_button = QPushButton(FoundItemDialog)
        self.photo_button.setObjectName(u"photo_button")

        self.photo_layout.addWidget(self.photo_button)

        self.remove_photo_button = QPushButton(FoundItemDialog)
        self.remove_photo_button.setObjectName(u"remove_photo_button")

        self.photo_layout.addWidget(self.remove_photo_button)

        self.photo_preview = QLabel(FoundItemDialog)
        self.photo_preview.setObjectName(u"photo_preview")
        self.photo_preview.setText(u"")
        self.photo_preview.setMinimumSize(QSize(0, 64))

        self.photo_layout.addWidget(self.photo_preview)

        self.photo_layout.setStretch(2, 1)

        self.fields_layout.addLayout(self.photo_layout, 18, 1, 1, 1)

        self.photo_error = QLabel(FoundItemDialog)
        self.photo_error.setObjectName(u"photo_error")
        self.photo_error.setText(u"")

        self.fields_layout.addWidget(self.photo_error, 19, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.print_check = QCheckBox(FoundItemDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FoundItemDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FoundItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.description_label.setBuddy(self.description_edit)
        self.category_label.setBuddy(self.category_combo)
        self.contents_label.setBuddy(self.contents_edit)
        self.found_where_label.setBuddy(self.found_where_edit)
        self.found_at_label.setBuddy(self.found_at_edit)
        self.found_by_label.setBuddy(self.found_by_edit)
        self.kept_where_label.setBuddy(self.kept_where_edit)
        self.recorded_by_label.setBuddy(self.recorded_by_edit)
        self.witnessed_by_label.setBuddy(self.witnessed_by_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.description_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.contents_edit)
        QWidget.setTabOrder(self.contents_edit, self.found_where_edit)
        QWidget.setTabOrder(self.found_where_edit, self.found_at_edit)
        QWidget.setTabOrder(self.found_at_edit, self.found_by_edit)
        QWidget.setTabOrder(self.found_by_edit, self.kept_where_edit)
        QWidget.setTabOrder(self.kept_where_edit, self.recorded_by_edit)
        QWidget.setTabOrder(self.recorded_by_edit, self.witnessed_by_combo)
        QWidget.setTabOrder(self.witnessed_by_combo, self.photo_button)
        QWidget.setTabOrder(self.photo_button, self.remove_photo_button)
        QWidget.setTabOrder(self.remove_photo_button, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(FoundItemDialog)

        QMetaObject.connectSlotsByName(FoundItemDialog)
    # setupUi

    def retranslateUi(self, FoundItemDialog):
        FoundItemDialog.setWindowTitle(QCoreApplication.translate("FoundItemDialog", u"Record a found item", None))
        self.description_label.setText(QCoreApplication.translate("FoundItemDialog", u"&What was found", None))
        self.category_label.setText(QCoreApplication.translate("FoundItemDialog", u"C&ategory", None))
        self.contents_label.setText(QCoreApplication.translate("FoundItemDialog", u"What it &holds", None))
        self.found_where_label.setText(QCoreApplication.translate("FoundItemDialog", u"Where &found", None))
        self.found_at_label.setText(QCoreApplication.translate("FoundItemDialog", u"Whe&n found", None))
        self.found_by_label.setText(QCoreApplication.translate("FoundItemDialog", u"&Brought in by", None))
        self.kept_where_label.setText(QCoreApplication.translate("FoundItemDialog", u"&Kept at", None))
        self.recorded_by_label.setText(QCoreApplication.translate("FoundItemDialog", u"&Recorded by", None))
        self.witnessed_by_label.setText(QCoreApplication.translate("FoundItemDialog", u"Second &staff member", None))
        self.photo_button.setText(QCoreApplication.translate("FoundItemDialog", u"Choose a &photo\u2026", None))
        self.remove_photo_button.setText(QCoreApplication.translate("FoundItemDialog", u"Re&move the photo", None))
        self.print_check.setText(QCoreApplication.translate("FoundItemDialog", u"Print the n&otice for posting", None))
    # retranslateUi

