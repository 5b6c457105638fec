# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parcels_page.ui'
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

class Ui_ParcelsPage(object):
    def setupUi(self, ParcelsPage):
        if not ParcelsPage.objectName():
            ParcelsPage.setObjectName(u"ParcelsPage")
        ParcelsPage.resize(1260, 720)
        self.page_layout = QVBoxLayout(ParcelsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_label = QLabel(ParcelsPage)
        self.scan_label.setObjectName(u"scan_label")

        self.scan_layout.addWidget(self.scan_label)

        self.scan_edit = QLineEdit(ParcelsPage)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMaxLength(64)
        self.scan_edit.setMinimumSize(QSize(240, 0))

        self.scan_layout.addWidget(self.scan_edit)

        self.scan_hint = QLabel(ParcelsPage)
        self.scan_hint.setObjectName(u"scan_hint")
        self.scan_hint.setText(u"")
        self.scan_hint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scan_hint.sizePolicy().hasHeightForWidth())
        self.scan_hint.setSizePolicy(sizePolicy)

        self.scan_layout.addWidget(self.scan_hint)


        self.page_layout.addLayout(self.scan_layout)

        self.attention_banner = QLabel(ParcelsPage)
        self.attention_banner.setObjectName(u"attention_banner")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.attention_banner.sizePolicy().hasHeightForWidth())
        self.attention_banner.setSizePolicy(sizePolicy1)
        self.attention_banner.setText(u"")
        self.attention_banner.setWordWrap(True)

        self.page_layout.addWidget(self.attention_banner)

        self.history_host = QWidget(ParcelsPage)
        self.history_host.setObjectName(u"history_host")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.history_host.sizePolicy().hasHeightForWidth())
        self.history_host.setSizePolicy(sizePolicy2)

        self.page_layout.addWidget(self.history_host)

        self.action_bar = QWidget(ParcelsPage)
        self.action_bar.setObjectName(u"action_bar")
        self.action_rows = QVBoxLayout(self.action_bar)
        self.action_rows.setObjectName(u"action_rows")
        self.action_rows.setContentsMargins(0, 0, 0, 0)
        self.steps_layout = QHBoxLayout()
        self.steps_layout.setObjectName(u"steps_layout")
        self.intake_button = QPushButton(self.action_bar)
        self.intake_button.setObjectName(u"intake_button")

        self.steps_layout.addWidget(self.intake_button)

        self.pickup_button = QPushButton(self.action_bar)
        self.pickup_button.setObjectName(u"pickup_button")

        self.steps_layout.addWidget(self.pickup_button)

        self.notify_button = QPushButton(self.action_bar)
        self.notify_button.setObjectName(u"notify_button")

        self.steps_layout.addWidget(self.notify_button)

        self.return_button = QPushButton(self.action_bar)
        self.return_button.setObjectName(u"return_button")

        self.steps_layout.addWidget(self.return_button)

        self.waiting_button = QPushButton(self.action_bar)
        self.waiting_button.setObjectName(u"waiting_button")

        self.steps_layout.addWidget(self.waiting_button)

        self.steps_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.steps_layout.addItem(self.steps_spacer)


        self.action_rows.addLayout(self.steps_layout)

        self.action_bar_layout = QHBoxLayout()
        self.action_bar_layout.setObjectName(u"action_bar_layout")
        self.print_notice_button = QPushButton(self.action_bar)
        self.print_notice_button.setObjectName(u"print_notice_button")

        self.action_bar_layout.addWidget(self.print_notice_button)

        self.floor_lists_button = QPushButton(self.action_bar)
        self.floor_lists_button.setObjectName(u"floor_lists_button")

        self.action_bar_layout.addWidget(self.floor_lists_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_bar_layout.addItem(self.action_spacer)


        self.action_rows.addLayout(self.action_bar_layout)


        self.page_layout.addWidget(self.action_bar)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.scan_label.setBuddy(self.scan_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.intake_button)
        QWidget.setTabOrder(self.intake_button, self.pickup_button)
        QWidget.setTabOrder(self.pickup_button, self.notify_button)
        QWidget.setTabOrder(self.notify_button, self.return_button)
        QWidget.setTabOrder(self.return_button, self.waiting_button)
        QWidget.setTabOrder(self.waiting_button, self.print_notice_button)
        QWidget.setTabOrder(self.print_notice_button, self.floor_lists_button)

        self.retranslateUi(ParcelsPage)

        QMetaObject.connectSlotsByName(ParcelsPage)
    # setupUi

    def retranslateUi(self, ParcelsPage):
        self.scan_label.setText(QCoreApplication.translate("ParcelsPage", u"Waybill or &unit", None))
        self.intake_button.setText(QCoreApplication.translate("ParcelsPage", u"Sign for\u2026 (F5)", None))
        self.pickup_button.setText(QCoreApplication.translate("ParcelsPage", u"Hand over\u2026 (F6)", None))
        self.notify_button.setText(QCoreApplication.translate("ParcelsPage", u"Tell the recipient\u2026 (F7)", None))
        self.return_button.setText(QCoreApplication.translate("ParcelsPage", u"Return to sender\u2026 (F8)", None))
        self.waiting_button.setText(QCoreApplication.translate("ParcelsPage", u"Waiting over 3 days (F9)", None))
        self.print_notice_button.setText(QCoreApplication.translate("ParcelsPage", u"Print pickup notice (Ctrl+P)", None))
        self.floor_lists_button.setText(QCoreApplication.translate("ParcelsPage", u"Print the floor &lists", None))
        pass
    # retranslateUi

