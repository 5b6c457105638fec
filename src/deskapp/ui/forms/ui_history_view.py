# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_HistoryView(object):
    def setupUi(self, HistoryView):
        if not HistoryView.objectName():
            HistoryView.setObjectName(u"HistoryView")
        HistoryView.resize(900, 500)
        self.history_layout = QVBoxLayout(HistoryView)
        self.history_layout.setObjectName(u"history_layout")
        self.history_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setObjectName(u"filter_bar")
        self.search_edit = QLineEdit(HistoryView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(160, 0))

        self.filter_bar.addWidget(self.search_edit)

        self.from_label = QLabel(HistoryView)
        self.from_label.setObjectName(u"from_label")

        self.filter_bar.addWidget(self.from_label)

        self.from_date_edit = QDateEdit(HistoryView)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)
        self.from_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.filter_bar.addWidget(self.from_date_edit)

        self.to_label = QLabel(HistoryView)
        self.to_label.setObjectName(u"to_label")

        self.filter_bar.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(HistoryView)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)
        self.to_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.filter_bar.addWidget(self.to_date_edit)

        self.today_button = QPushButton(HistoryView)
        self.today_button.setObjectName(u"today_button")

        self.filter_bar.addWidget(self.today_button)

        self.all_dates_button = QPushButton(HistoryView)
        self.all_dates_button.setObjectName(u"all_dates_button")

        self.filter_bar.addWidget(self.all_dates_button)

        self.open_only_check = QCheckBox(HistoryView)
        self.open_only_check.setObjectName(u"open_only_check")
        self.open_only_check.setText(u"open only")

        self.filter_bar.addWidget(self.open_only_check)

        self.filter_label = QLabel(HistoryView)
        self.filter_label.setObjectName(u"filter_label")
        self.filter_label.setText(u"show")

        self.filter_bar.addWidget(self.filter_label)

        self.filter_combo = QComboBox(HistoryView)
        self.filter_combo.setObjectName(u"filter_combo")

        self.filter_bar.addWidget(self.filter_combo)

        self.desk_combo = QComboBox(HistoryView)
        self.desk_combo.setObjectName(u"desk_combo")

        self.filter_bar.addWidget(self.desk_combo)


        self.history_layout.addLayout(self.filter_bar)

        self.table = QTableView(HistoryView)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.history_layout.addWidget(self.table)

        self.summary_label = QLabel(HistoryView)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.history_layout.addWidget(self.summary_label)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.from_date_edit)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.today_button)
        QWidget.setTabOrder(self.today_button, self.all_dates_button)
        QWidget.setTabOrder(self.all_dates_button, self.open_only_check)
        QWidget.setTabOrder(self.open_only_check, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.table)

        self.retranslateUi(HistoryView)

        QMetaObject.connectSlotsByName(HistoryView)
    # setupUi

    def retranslateUi(self, HistoryView):
        self.from_label.setText(QCoreApplication.translate("HistoryView", u"From", None))
        self.to_label.setText(QCoreApplication.translate("HistoryView", u"to", None))
        self.today_button.setText(QCoreApplication.translate("HistoryView", u"Today", None))
        self.all_dates_button.setText(QCoreApplication.translate("HistoryView", u"All dates (&J)", None))
#if QT_CONFIG(tooltip)
        self.all_dates_button.setToolTip(QCoreApplication.translate("HistoryView", u"Search every day on record, not only the dates shown", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.desk_combo.setToolTip(QCoreApplication.translate("HistoryView", u"Several counters share these records: show every counter's, or only this one's", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

