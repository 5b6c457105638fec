# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 620)
        self.dialog_layout = QVBoxLayout(AuditDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dates_bar = QHBoxLayout()
        self.dates_bar.setObjectName(u"dates_bar")
        self.from_label = QLabel(AuditDialog)
        self.from_label.setObjectName(u"from_label")

        self.dates_bar.addWidget(self.from_label)

        self.from_date_edit = QDateEdit(AuditDialog)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)
        self.from_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.dates_bar.addWidget(self.from_date_edit)

        self.to_label = QLabel(AuditDialog)
        self.to_label.setObjectName(u"to_label")

        self.dates_bar.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(AuditDialog)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)
        self.to_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.dates_bar.addWidget(self.to_date_edit)

        self.search_label = QLabel(AuditDialog)
        self.search_label.setObjectName(u"search_label")

        self.dates_bar.addWidget(self.search_label)

        self.search_edit = QLineEdit(AuditDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.dates_bar.addWidget(self.search_edit)

        self.dates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_bar.addItem(self.dates_spacer)


        self.dialog_layout.addLayout(self.dates_bar)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setObjectName(u"filter_bar")
        self.actor_label = QLabel(AuditDialog)
        self.actor_label.setObjectName(u"actor_label")

        self.filter_bar.addWidget(self.actor_label)

        self.actor_combo = QComboBox(AuditDialog)
        self.actor_combo.setObjectName(u"actor_combo")
        self.actor_combo.setMinimumSize(QSize(140, 0))
        self.actor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_bar.addWidget(self.actor_combo)

        self.kind_label = QLabel(AuditDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.filter_bar.addWidget(self.kind_label)

        self.kind_combo = QComboBox(AuditDialog)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setMinimumSize(QSize(120, 0))
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_bar.addWidget(self.kind_combo)

        self.action_label = QLabel(AuditDialog)
        self.action_label.setObjectName(u"action_label")

        self.filter_bar.addWidget(self.action_label)

        self.action_combo = QComboBox(AuditDialog)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setMinimumSize(QSize(140, 0))
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_bar.addWidget(self.action_combo)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_bar.addItem(self.filter_spacer)


        self.dialog_layout.addLayout(self.filter_bar)

        self.entries_table = QTableView(AuditDialog)
        self.entries_table.setObjectName(u"entries_table")
        self.entries_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries_table.setSortingEnabled(True)
        self.entries_table.setAlternatingRowColors(True)
        self.entries_table.setWordWrap(False)

        self.dialog_layout.addWidget(self.entries_table)

        self.state_bar = QHBoxLayout()
        self.state_bar.setObjectName(u"state_bar")
        self.summary_label = QLabel(AuditDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.state_bar.addWidget(self.summary_label)

        self.state_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.state_bar.addItem(self.state_spacer)

        self.chain_label = QLabel(AuditDialog)
        self.chain_label.setObjectName(u"chain_label")
        self.chain_label.setText(u"")
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.state_bar.addWidget(self.chain_label)


        self.dialog_layout.addLayout(self.state_bar)

        self.button_bar = QHBoxLayout()
        self.button_bar.setObjectName(u"button_bar")
        self.export_button = QPushButton(AuditDialog)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.button_bar.addWidget(self.export_button)

        self.status_label = QLabel(AuditDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setText(u"")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.button_bar.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_bar.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_bar)

#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_date_edit)
        self.to_label.setBuddy(self.to_date_edit)
        self.search_label.setBuddy(self.search_edit)
        self.actor_label.setBuddy(self.actor_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.action_label.setBuddy(self.action_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.actor_combo)
        QWidget.setTabOrder(self.actor_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.action_combo)
        QWidget.setTabOrder(self.action_combo, self.entries_table)
        QWidget.setTabOrder(self.entries_table, self.export_button)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail", None))
        self.from_label.setText(QCoreApplication.translate("AuditDialog", u"&From", None))
        self.to_label.setText(QCoreApplication.translate("AuditDialog", u"&to", None))
        self.search_label.setText(QCoreApplication.translate("AuditDialog", u"&Words", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"a name, a counter, or a record's number", None))
        self.actor_label.setText(QCoreApplication.translate("AuditDialog", u"&Operator", None))
        self.kind_label.setText(QCoreApplication.translate("AuditDialog", u"Record &kind", None))
        self.action_label.setText(QCoreApplication.translate("AuditDialog", u"&Action", None))
        self.export_button.setText(QCoreApplication.translate("AuditDialog", u"&Export\u2026", None))
    # retranslateUi

