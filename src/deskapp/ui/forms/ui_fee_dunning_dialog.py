# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_dunning_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_FeeDunningDialog(object):
    def setupUi(self, FeeDunningDialog):
        if not FeeDunningDialog.objectName():
            FeeDunningDialog.setObjectName(u"FeeDunningDialog")
        FeeDunningDialog.resize(620, 660)
        self.dialog_layout = QVBoxLayout(FeeDunningDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FeeDunningDialog)
        self.intro_label.setObjectName(u"intro_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intro_label.sizePolicy().hasHeightForWidth())
        self.intro_label.setSizePolicy(sizePolicy)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.charges_table = QTableWidget(FeeDunningDialog)
        self.charges_table.setObjectName(u"charges_table")
        self.charges_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.charges_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.charges_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.dialog_layout.addWidget(self.charges_table)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.stage_label = QLabel(FeeDunningDialog)
        self.stage_label.setObjectName(u"stage_label")

        self.fields_layout.addWidget(self.stage_label, 0, 0, 1, 1)

        self.stage_combo = QComboBox(FeeDunningDialog)
        self.stage_combo.setObjectName(u"stage_combo")

        self.fields_layout.addWidget(self.stage_combo, 0, 1, 1, 1)

        self.stage_hint = QLabel(FeeDunningDialog)
        self.stage_hint.setObjectName(u"stage_hint")
        sizePolicy.setHeightForWidth(self.stage_hint.sizePolicy().hasHeightForWidth())
        self.stage_hint.setSizePolicy(sizePolicy)
        self.stage_hint.setText(u"")
        self.stage_hint.setWordWrap(True)

        self.fields_layout.addWidget(self.stage_hint, 1, 1, 1, 1)

        self.stage_error = QLabel(FeeDunningDialog)
        self.stage_error.setObjectName(u"stage_error")
        self.stage_error.setText(u"")

        self.fields_layout.addWidget(self.stage_error, 2, 1, 1, 1)

        self.pay_by_label = QLabel(FeeDunningDialog)
        self.pay_by_label.setObjectName(u"pay_by_label")

        self.fields_layout.addWidget(self.pay_by_label, 3, 0, 1, 1)

        self.pay_by_edit = QDateEdit(FeeDunningDialog)
        self.pay_by_edit.setObjectName(u"pay_by_edit")
        self.pay_by_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.pay_by_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.pay_by_edit, 3, 1, 1, 1)

        self.pay_by_error = QLabel(FeeDunningDialog)
        self.pay_by_error.setObjectName(u"pay_by_error")
        self.pay_by_error.setText(u"")

        self.fields_layout.addWidget(self.pay_by_error, 4, 1, 1, 1)

        self.fields_layout.setColumnStretch(1, 1)

        self.dialog_layout.addLayout(self.fields_layout)

        self.wording_heading = QLabel(FeeDunningDialog)
        self.wording_heading.setObjectName(u"wording_heading")

        self.dialog_layout.addWidget(self.wording_heading)

        self.wording_browser = QTextBrowser(FeeDunningDialog)
        self.wording_browser.setObjectName(u"wording_browser")
        self.wording_browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.dialog_layout.addWidget(self.wording_browser)

        self.print_check = QCheckBox(FeeDunningDialog)
        self.print_check.setObjectName(u"print_check")
        self.print_check.setChecked(True)

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(FeeDunningDialog)
        self.form_error.setObjectName(u"form_error")
        sizePolicy.setHeightForWidth(self.form_error.sizePolicy().hasHeightForWidth())
        self.form_error.setSizePolicy(sizePolicy)
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(FeeDunningDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(1, 2)
        self.dialog_layout.setStretch(4, 3)
#if QT_CONFIG(shortcut)
        self.stage_label.setBuddy(self.stage_combo)
        self.pay_by_label.setBuddy(self.pay_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stage_combo, self.pay_by_edit)
        QWidget.setTabOrder(self.pay_by_edit, self.print_check)
        QWidget.setTabOrder(self.print_check, self.button_box)

        self.retranslateUi(FeeDunningDialog)

        QMetaObject.connectSlotsByName(FeeDunningDialog)
    # setupUi

    def retranslateUi(self, FeeDunningDialog):
        FeeDunningDialog.setWindowTitle(QCoreApplication.translate("FeeDunningDialog", u"Issue a dunning notice", None))
        self.stage_label.setText(QCoreApplication.translate("FeeDunningDialog", u"&Stage", None))
        self.pay_by_label.setText(QCoreApplication.translate("FeeDunningDialog", u"&Pay by", None))
        self.wording_heading.setText(QCoreApplication.translate("FeeDunningDialog", u"What the notice says", None))
        self.print_check.setText(QCoreApplication.translate("FeeDunningDialog", u"Pr&int it now", None))
    # retranslateUi

