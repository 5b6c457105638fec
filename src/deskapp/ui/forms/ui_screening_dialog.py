# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ScreeningDialog(object):
    def setupUi(self, ScreeningDialog):
        if not ScreeningDialog.objectName():
            ScreeningDialog.setObjectName(u"ScreeningDialog")
        ScreeningDialog.resize(980, 700)
        self.dialog_layout = QVBoxLayout(ScreeningDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.tab_widget = QTabWidget(ScreeningDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.deny_tab = QWidget()
        self.deny_tab.setObjectName(u"deny_tab")
        self.deny_tab_layout = QVBoxLayout(self.deny_tab)
        self.deny_tab_layout.setObjectName(u"deny_tab_layout")
        self.deny_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.deny_tab, "")
        self.watch_tab = QWidget()
        self.watch_tab.setObjectName(u"watch_tab")
        self.watch_tab_layout = QVBoxLayout(self.watch_tab)
        self.watch_tab_layout.setObjectName(u"watch_tab_layout")
        self.watch_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.watch_tab, "")
        self.passes_tab = QWidget()
        self.passes_tab.setObjectName(u"passes_tab")
        self.passes_tab_layout = QVBoxLayout(self.passes_tab)
        self.passes_tab_layout.setObjectName(u"passes_tab_layout")
        self.passes_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.passes_tab, "")

        self.dialog_layout.addWidget(self.tab_widget)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(ScreeningDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ScreeningDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_layout)


        self.retranslateUi(ScreeningDialog)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ScreeningDialog)
    # setupUi

    def retranslateUi(self, ScreeningDialog):
        ScreeningDialog.setWindowTitle(QCoreApplication.translate("ScreeningDialog", u"Deny list, watch list and temporary passes", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.deny_tab), QCoreApplication.translate("ScreeningDialog", u"Deny list", None))
#if QT_CONFIG(tooltip)
        self.tab_widget.setTabToolTip(self.tab_widget.indexOf(self.deny_tab), QCoreApplication.translate("ScreeningDialog", u"People refused unless specially permitted (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.watch_tab), QCoreApplication.translate("ScreeningDialog", u"Police watch list", None))
#if QT_CONFIG(tooltip)
        self.tab_widget.setTabToolTip(self.tab_widget.indexOf(self.watch_tab), QCoreApplication.translate("ScreeningDialog", u"People from police watch notices (\u534f\u67e5\u901a\u62a5) (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.passes_tab), QCoreApplication.translate("ScreeningDialog", u"Temporary passes", None))
#if QT_CONFIG(tooltip)
        self.tab_widget.setTabToolTip(self.tab_widget.indexOf(self.passes_tab), QCoreApplication.translate("ScreeningDialog", u"Temporary passes (\u4e34\u65f6\u51fa\u5165\u8bc1) for contractors and decoration workers (Ctrl+3)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

