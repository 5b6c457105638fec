# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'found_police_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FoundPoliceDialog(object):
    def setupUi(self, FoundPoliceDialog):
        if not FoundPoliceDialog.objectName():
            FoundPoliceDialog.setObjectName(u"FoundPoliceDialog")
        FoundPoliceDialog.resize(480, 260)
        self.dialog_layout = QVBoxLayout(FoundPoliceDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.item_label = QLabel(FoundPoliceDialog)
        self.item_label.setObjectName(u"item_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.item_label.sizePolicy().hasHeightForWidth())
        self.item_label.setSizePolicy(sizePolicy)
        self.item_label.setText(u"")
        self.item_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.item_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.station_label = QLabel(FoundPoliceDialog)
        self.station_label.setObjectName(u"station_label")

        self.fields_layout.addWidget(self.station_label, 0, 0, 1, 1)

        self.station_edit = QLineEdit(FoundPoliceDialog)
        self.station_edit.setObjectName(u"station_edit")
        self.station_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.station_edit, 0, 1, 1, 1)

        self.station_error = QLabel(FoundPoliceDialog)
        self.station_error.setObjectName(u"station_error")
        self.station_error.setText(u"")

        self.fields_layout.addWidget(self.station_error, 1, 1, 1, 1)

        self.officer_label = QLabel(FoundPoliceDialog)
        self.officer_label.setObjectName(u"officer_label")

        self.fields_layout.addWidget(self.officer_label, 2, 0, 1, 1)

        self.officer_edit = QLineEdit(FoundPoliceDialog)
        self.officer_edit.setObjectName(u"officer_edit")
        self.officer_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.officer_edit, 2, 1, 1, 1)

        self.officer_error = QLabel(FoundPoliceDialog)
        self.officer_error.setObjectName(u"officer_error")
        self.officer_error.setText(u"")

        self.fields_layout.addWidget(self.officer_error, 3, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.print_check = QCheckBox(FoundPoliceDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.form_error = QLabel(FoundPoliceDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FoundPoliceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.station_label.setBuddy(self.station_edit)
        self.officer_label.setBuddy(self.officer_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.station_edit, self.officer_edit)
        QWidget.setTabOrder(self.officer_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(FoundPoliceDialog)

        QMetaObject.connectSlotsByName(FoundPoliceDialog)
    # setupUi

    def retranslateUi(self, FoundPoliceDialog):
        FoundPoliceDialog.setWindowTitle(QCoreApplication.translate("FoundPoliceDialog", u"Hand a found item to the police", None))
        self.station_label.setText(QCoreApplication.translate("FoundPoliceDialog", u"Police &station", None))
        self.officer_label.setText(QCoreApplication.translate("FoundPoliceDialog", u"Receiving &officer", None))
        self.print_check.setText(QCoreApplication.translate("FoundPoliceDialog", u"Print the &record", None))
    # retranslateUi

