# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fee_import_preview_dialog.ui'
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
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FeeImportPreviewDialog(object):
    def setupUi(self, FeeImportPreviewDialog):
        if not FeeImportPreviewDialog.objectName():
            FeeImportPreviewDialog.setObjectName(u"FeeImportPreviewDialog")
        FeeImportPreviewDialog.resize(900, 520)
        self.main_layout = QVBoxLayout(FeeImportPreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(FeeImportPreviewDialog)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.refused_only_check = QCheckBox(FeeImportPreviewDialog)
        self.refused_only_check.setObjectName(u"refused_only_check")

        self.main_layout.addWidget(self.refused_only_check)

        self.lines_table = QTableWidget(FeeImportPreviewDialog)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setTabKeyNavigation(False)
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setWordWrap(False)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        self.lines_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.lines_table)

        self.note_label = QLabel(FeeImportPreviewDialog)
        self.note_label.setObjectName(u"note_label")
        sizePolicy.setHeightForWidth(self.note_label.sizePolicy().hasHeightForWidth())
        self.note_label.setSizePolicy(sizePolicy)
        self.note_label.setWordWrap(True)

        self.main_layout.addWidget(self.note_label)

        self.button_box = QDialogButtonBox(FeeImportPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.lines_table, self.refused_only_check)
        QWidget.setTabOrder(self.refused_only_check, self.button_box)

        self.retranslateUi(FeeImportPreviewDialog)

        QMetaObject.connectSlotsByName(FeeImportPreviewDialog)
    # setupUi

    def retranslateUi(self, FeeImportPreviewDialog):
        FeeImportPreviewDialog.setWindowTitle(QCoreApplication.translate("FeeImportPreviewDialog", u"Import meter readings: check first", None))
        self.refused_only_check.setText(QCoreApplication.translate("FeeImportPreviewDialog", u"Show only the &refused rows", None))
        self.note_label.setText(QCoreApplication.translate("FeeImportPreviewDialog", u"Nothing has been written yet. Import writes every good row at once (all or nothing); refused rows are left out: correct them in the sheet and import it again, or type them in the grid.", None))
    # retranslateUi

