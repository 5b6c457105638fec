# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_passes_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReleasePassesPage(object):
    def setupUi(self, ReleasePassesPage):
        if not ReleasePassesPage.objectName():
            ReleasePassesPage.setObjectName(u"ReleasePassesPage")
        ReleasePassesPage.resize(1260, 720)
        self.page_layout = QVBoxLayout(ReleasePassesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_banner = QLabel(ReleasePassesPage)
        self.attention_banner.setObjectName(u"attention_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attention_banner.sizePolicy().hasHeightForWidth())
        self.attention_banner.setSizePolicy(sizePolicy)
        self.attention_banner.setText(u"")
        self.attention_banner.setWordWrap(True)

        self.page_layout.addWidget(self.attention_banner)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.number_label = QLabel(ReleasePassesPage)
        self.number_label.setObjectName(u"number_label")

        self.scan_layout.addWidget(self.number_label)

        self.number_edit = QLineEdit(ReleasePassesPage)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(40)
        self.number_edit.setMinimumSize(QSize(200, 0))

        self.scan_layout.addWidget(self.number_edit)

        self.number_hint = QLabel(ReleasePassesPage)
        self.number_hint.setObjectName(u"number_hint")
        self.number_hint.setText(u"")
        self.number_hint.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.number_hint.sizePolicy().hasHeightForWidth())
        self.number_hint.setSizePolicy(sizePolicy1)

        self.scan_layout.addWidget(self.number_hint)


        self.page_layout.addLayout(self.scan_layout)

        self.history_host = QWidget(ReleasePassesPage)
        self.history_host.setObjectName(u"history_host")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.history_host.sizePolicy().hasHeightForWidth())
        self.history_host.setSizePolicy(sizePolicy2)

        self.page_layout.addWidget(self.history_host)

        self.action_bar = QWidget(ReleasePassesPage)
        self.action_bar.setObjectName(u"action_bar")
        self.action_bar_layout = QHBoxLayout(self.action_bar)
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.action_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.action_bar)
        self.new_button.setObjectName(u"new_button")

        self.action_bar_layout.addWidget(self.new_button)

        self.check_off_button = QPushButton(self.action_bar)
        self.check_off_button.setObjectName(u"check_off_button")

        self.action_bar_layout.addWidget(self.check_off_button)

        self.print_button = QPushButton(self.action_bar)
        self.print_button.setObjectName(u"print_button")

        self.action_bar_layout.addWidget(self.print_button)

        self.void_button = QPushButton(self.action_bar)
        self.void_button.setObjectName(u"void_button")

        self.action_bar_layout.addWidget(self.void_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.page_layout.addWidget(self.action_bar)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.check_off_button)
        QWidget.setTabOrder(self.check_off_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.void_button)

        self.retranslateUi(ReleasePassesPage)

        QMetaObject.connectSlotsByName(ReleasePassesPage)
    # setupUi

    def retranslateUi(self, ReleasePassesPage):
        self.number_label.setText(QCoreApplication.translate("ReleasePassesPage", u"Guard's copy &no.", None))
        self.new_button.setText(QCoreApplication.translate("ReleasePassesPage", u"New pass\u2026 (F5)", None))
        self.check_off_button.setText(QCoreApplication.translate("ReleasePassesPage", u"Guard's copy back (F6)", None))
        self.print_button.setText(QCoreApplication.translate("ReleasePassesPage", u"Print pass (Ctrl+P)", None))
        self.void_button.setText(QCoreApplication.translate("ReleasePassesPage", u"Vo&id pass\u2026", None))
        pass
    # retranslateUi

