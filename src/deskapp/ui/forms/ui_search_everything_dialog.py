# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_everything_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SearchEverythingDialog(object):
    def setupUi(self, SearchEverythingDialog):
        if not SearchEverythingDialog.objectName():
            SearchEverythingDialog.setObjectName(u"SearchEverythingDialog")
        SearchEverythingDialog.resize(640, 460)
        self.dialog_layout = QVBoxLayout(SearchEverythingDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(SearchEverythingDialog)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(SearchEverythingDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMaxLength(200)
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)


        self.dialog_layout.addLayout(self.search_row)

        self.hint_label = QLabel(SearchEverythingDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.results_list = QListWidget(SearchEverythingDialog)
        self.results_list.setObjectName(u"results_list")
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.dialog_layout.addWidget(self.results_list)

        self.status_label = QLabel(SearchEverythingDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.dialog_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.results_list)

        self.retranslateUi(SearchEverythingDialog)

        QMetaObject.connectSlotsByName(SearchEverythingDialog)
    # setupUi

    def retranslateUi(self, SearchEverythingDialog):
        SearchEverythingDialog.setWindowTitle(QCoreApplication.translate("SearchEverythingDialog", u"Search everything", None))
        self.search_label.setText(QCoreApplication.translate("SearchEverythingDialog", u"&Find", None))
    # retranslateUi

