# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'counter_name_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CounterNameDialog(object):
    def setupUi(self, CounterNameDialog):
        if not CounterNameDialog.objectName():
            CounterNameDialog.setObjectName(u"CounterNameDialog")
        CounterNameDialog.resize(440, 220)
        self.main_layout = QVBoxLayout(CounterNameDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CounterNameDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.name_form_layout = QFormLayout()
        self.name_form_layout.setObjectName(u"name_form_layout")
        self.counter_name_label = QLabel(CounterNameDialog)
        self.counter_name_label.setObjectName(u"counter_name_label")

        self.name_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.counter_name_label)

        self.counter_name_edit = QLineEdit(CounterNameDialog)
        self.counter_name_edit.setObjectName(u"counter_name_edit")
        self.counter_name_edit.setMaxLength(50)

        self.name_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.counter_name_edit)

        self.counter_name_error_label = QLabel(CounterNameDialog)
        self.counter_name_error_label.setObjectName(u"counter_name_error_label")

        self.name_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.counter_name_error_label)


        self.main_layout.addLayout(self.name_form_layout)

        self.known_label = QLabel(CounterNameDialog)
        self.known_label.setObjectName(u"known_label")
        self.known_label.setWordWrap(True)

        self.main_layout.addWidget(self.known_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CounterNameDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.counter_name_label.setBuddy(self.counter_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CounterNameDialog)

        QMetaObject.connectSlotsByName(CounterNameDialog)
    # setupUi

    def retranslateUi(self, CounterNameDialog):
        CounterNameDialog.setWindowTitle(QCoreApplication.translate("CounterNameDialog", u"Name this counter", None))
        self.intro_label.setText(QCoreApplication.translate("CounterNameDialog", u"Several counters share these records. Every record saved here and every document printed here will name this counter.", None))
        self.counter_name_label.setText(QCoreApplication.translate("CounterNameDialog", u"Counter &name", None))
        self.counter_name_edit.setPlaceholderText(QCoreApplication.translate("CounterNameDialog", u"e.g. Lobby reception", None))
    # retranslateUi

