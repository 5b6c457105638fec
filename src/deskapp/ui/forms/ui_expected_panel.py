# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expected_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ExpectedPanel(object):
    def setupUi(self, ExpectedPanel):
        if not ExpectedPanel.objectName():
            ExpectedPanel.setObjectName(u"ExpectedPanel")
        ExpectedPanel.resize(360, 220)
        self.expected_layout = QVBoxLayout(ExpectedPanel)
        self.expected_layout.setSpacing(3)
        self.expected_layout.setObjectName(u"expected_layout")
        self.expected_layout.setContentsMargins(0, 0, 0, 0)
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.expected_title = QLabel(ExpectedPanel)
        self.expected_title.setObjectName(u"expected_title")

        self.title_row.addWidget(self.expected_title)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_spacer)

        self.add_button = QPushButton(ExpectedPanel)
        self.add_button.setObjectName(u"add_button")

        self.title_row.addWidget(self.add_button)


        self.expected_layout.addLayout(self.title_row)

        self.expected_list = QTreeWidget(ExpectedPanel)
        self.expected_list.setObjectName(u"expected_list")
        self.expected_list.setMaximumSize(QSize(16777215, 150))
        self.expected_list.setRootIsDecorated(False)
        self.expected_list.setUniformRowHeights(True)
        self.expected_list.setAllColumnsShowFocus(True)
        self.expected_list.setItemsExpandable(False)
        self.expected_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.expected_layout.addWidget(self.expected_list)

        self.summary_label = QLabel(ExpectedPanel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.expected_layout.addWidget(self.summary_label)

#if QT_CONFIG(shortcut)
        self.expected_title.setBuddy(self.expected_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.expected_list, self.add_button)

        self.retranslateUi(ExpectedPanel)

        QMetaObject.connectSlotsByName(ExpectedPanel)
    # setupUi

    def retranslateUi(self, ExpectedPanel):
        self.expected_title.setText(QCoreApplication.translate("ExpectedPanel", u"E&xpected today", None))
        self.add_button.setText(QCoreApplication.translate("ExpectedPanel", u"&Book a visitor\u2026", None))
        ___qtreewidgetitem = self.expected_list.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ExpectedPanel", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ExpectedPanel", u"People", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ExpectedPanel", u"Host", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ExpectedPanel", u"Name", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ExpectedPanel", u"Time", None))
        pass
    # retranslateUi

