# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operators_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OperatorsDialog(object):
    def setupUi(self, OperatorsDialog):
        if not OperatorsDialog.objectName():
            OperatorsDialog.setObjectName(u"OperatorsDialog")
        OperatorsDialog.resize(760, 420)
        self.main_layout = QVBoxLayout(OperatorsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.operators_label = QLabel(OperatorsDialog)
        self.operators_label.setObjectName(u"operators_label")
        self.operators_label.setWordWrap(True)

        self.main_layout.addWidget(self.operators_label)

        self.table_layout = QHBoxLayout()
        self.table_layout.setObjectName(u"table_layout")
        self.operators_table = QTableView(OperatorsDialog)
        self.operators_table.setObjectName(u"operators_table")
        self.operators_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operators_table.setTabKeyNavigation(False)
        self.operators_table.setAlternatingRowColors(True)
        self.operators_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.operators_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.operators_table.setWordWrap(False)
        self.operators_table.horizontalHeader().setStretchLastSection(False)
        self.operators_table.verticalHeader().setVisible(False)

        self.table_layout.addWidget(self.operators_table)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(OperatorsDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_button)

        self.role_button = QPushButton(OperatorsDialog)
        self.role_button.setObjectName(u"role_button")
        self.role_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.role_button)

        self.active_button = QPushButton(OperatorsDialog)
        self.active_button.setObjectName(u"active_button")
        self.active_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.active_button)

        self.reset_button = QPushButton(OperatorsDialog)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.reset_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.table_layout.addLayout(self.buttons_layout)

        self.table_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.table_layout)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(OperatorsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(OperatorsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)

        self.bottom_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.operators_label.setBuddy(self.operators_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.operators_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.role_button)
        QWidget.setTabOrder(self.role_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.reset_button)

        self.retranslateUi(OperatorsDialog)

        QMetaObject.connectSlotsByName(OperatorsDialog)
    # setupUi

    def retranslateUi(self, OperatorsDialog):
        OperatorsDialog.setWindowTitle(QCoreApplication.translate("OperatorsDialog", u"Operators", None))
        self.operators_label.setText(QCoreApplication.translate("OperatorsDialog", u"&Operators who may log in at the counters of these records. Nobody is ever deleted: disable whoever has left, and their records keep their name.", None))
        self.add_button.setText(QCoreApplication.translate("OperatorsDialog", u"&Add\u2026", None))
        self.role_button.setText(QCoreApplication.translate("OperatorsDialog", u"Change &role\u2026", None))
        self.active_button.setText(QCoreApplication.translate("OperatorsDialog", u"&Disable", None))
        self.reset_button.setText(QCoreApplication.translate("OperatorsDialog", u"Reset &password\u2026", None))
    # retranslateUi

