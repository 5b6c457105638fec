# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_readings_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FeeReadingsDialog(object):
    def setupUi(self, FeeReadingsDialog):
        if not FeeReadingsDialog.objectName():
            FeeReadingsDialog.setObjectName(u"FeeReadingsDialog")
        FeeReadingsDialog.resize(900, 600)
        self.main_layout = QVBoxLayout(FeeReadingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.choice_layout = QHBoxLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.item_label = QLabel(FeeReadingsDialog)
        self.item_label.setObjectName(u"item_label")

        self.choice_layout.addWidget(self.item_label)

        self.item_combo = QComboBox(FeeReadingsDialog)
        self.item_combo.setObjectName(u"item_combo")
        self.item_combo.setMinimumSize(QSize(140, 0))

        self.choice_layout.addWidget(self.item_combo)

        self.price_label = QLabel(FeeReadingsDialog)
        self.price_label.setObjectName(u"price_label")
        self.price_label.setText(u"")

        self.choice_layout.addWidget(self.price_label)

        self.choice_gap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choice_layout.addItem(self.choice_gap)

        self.month_label = QLabel(FeeReadingsDialog)
        self.month_label.setObjectName(u"month_label")

        self.choice_layout.addWidget(self.month_label)

        self.month_edit = QDateEdit(FeeReadingsDialog)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")

        self.choice_layout.addWidget(self.month_edit)

        self.read_on_label = QLabel(FeeReadingsDialog)
        self.read_on_label.setObjectName(u"read_on_label")

        self.choice_layout.addWidget(self.read_on_label)

        self.read_on_edit = QDateEdit(FeeReadingsDialog)
        self.read_on_edit.setObjectName(u"read_on_edit")
        self.read_on_edit.setCalendarPopup(True)
        self.read_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.choice_layout.addWidget(self.read_on_edit)

        self.choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_layout.addItem(self.choice_spacer)


        self.main_layout.addLayout(self.choice_layout)

        self.hint_label = QLabel(FeeReadingsDialog)
        self.hint_label.setObjectName(u"hint_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.readings_table = QTableWidget(FeeReadingsDialog)
        self.readings_table.setObjectName(u"readings_table")
        self.readings_table.setTabKeyNavigation(False)
        self.readings_table.setAlternatingRowColors(True)
        self.readings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.readings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.readings_table.setWordWrap(False)
        self.readings_table.horizontalHeader().setStretchLastSection(True)
        self.readings_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.readings_table)

        self.row_message_label = QLabel(FeeReadingsDialog)
        self.row_message_label.setObjectName(u"row_message_label")
        sizePolicy.setHeightForWidth(self.row_message_label.sizePolicy().hasHeightForWidth())
        self.row_message_label.setSizePolicy(sizePolicy)
        self.row_message_label.setText(u"")
        self.row_message_label.setWordWrap(True)

        self.main_layout.addWidget(self.row_message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.mark_button = QPushButton(FeeReadingsDialog)
        self.mark_button.setObjectName(u"mark_button")
        self.mark_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.mark_button)

        self.correct_button = QPushButton(FeeReadingsDialog)
        self.correct_button.setObjectName(u"correct_button")
        self.correct_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.correct_button)

        self.import_button = QPushButton(FeeReadingsDialog)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.import_button)

        self.summary_label = QLabel(FeeReadingsDialog)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy1)
        self.summary_label.setText(u"")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.summary_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.summary_label)

        self.button_box = QDialogButtonBox(FeeReadingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.item_label.setBuddy(self.item_combo)
        self.month_label.setBuddy(self.month_edit)
        self.read_on_label.setBuddy(self.read_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.item_combo, self.month_edit)
        QWidget.setTabOrder(self.month_edit, self.read_on_edit)
        QWidget.setTabOrder(self.read_on_edit, self.readings_table)
        QWidget.setTabOrder(self.readings_table, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.import_button)

        self.retranslateUi(FeeReadingsDialog)

        QMetaObject.connectSlotsByName(FeeReadingsDialog)
    # setupUi

    def retranslateUi(self, FeeReadingsDialog):
        FeeReadingsDialog.setWindowTitle(QCoreApplication.translate("FeeReadingsDialog", u"Meter readings", None))
        self.item_label.setText(QCoreApplication.translate("FeeReadingsDialog", u"&Meter", None))
        self.month_label.setText(QCoreApplication.translate("FeeReadingsDialog", u"Mon&th", None))
        self.read_on_label.setText(QCoreApplication.translate("FeeReadingsDialog", u"Read o&n", None))
        self.hint_label.setText(QCoreApplication.translate("FeeReadingsDialog", u"Type each unit's current reading and press Enter: it is saved and the next unit is ready. A reading lower than the last is refused unless the meter rolled over or was changed. A saved reading is corrected, never overwritten.", None))
        self.mark_button.setText(QCoreApplication.translate("FeeReadingsDialog", u"Rollover or meter c&hange\u2026", None))
        self.correct_button.setText(QCoreApplication.translate("FeeReadingsDialog", u"&Correct\u2026", None))
        self.import_button.setText(QCoreApplication.translate("FeeReadingsDialog", u"&Import from a sheet\u2026", None))
    # retranslateUi

