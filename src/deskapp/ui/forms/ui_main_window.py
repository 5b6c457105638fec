# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.export_day_action = QAction(MainWindow)
        self.export_day_action.setObjectName(u"export_day_action")
#if QT_CONFIG(shortcut)
        self.export_day_action.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.backup_action = QAction(MainWindow)
        self.backup_action.setObjectName(u"backup_action")
        self.restore_action = QAction(MainWindow)
        self.restore_action.setObjectName(u"restore_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.new_entry_action = QAction(MainWindow)
        self.new_entry_action.setObjectName(u"new_entry_action")
#if QT_CONFIG(shortcut)
        self.new_entry_action.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.find_action = QAction(MainWindow)
        self.find_action.setObjectName(u"find_action")
#if QT_CONFIG(shortcut)
        self.find_action.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.print_action = QAction(MainWindow)
        self.print_action.setObjectName(u"print_action")
#if QT_CONFIG(shortcut)
        self.print_action.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.directory_action = QAction(MainWindow)
        self.directory_action.setObjectName(u"directory_action")
#if QT_CONFIG(shortcut)
        self.directory_action.setShortcut(u"Ctrl+D")
#endif // QT_CONFIG(shortcut)
        self.settings_action = QAction(MainWindow)
        self.settings_action.setObjectName(u"settings_action")
#if QT_CONFIG(shortcut)
        self.settings_action.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.chinese_action = QAction(MainWindow)
        self.chinese_action.setObjectName(u"chinese_action")
        self.chinese_action.setCheckable(True)
        self.chinese_action.setText(u"\u7b80\u4f53\u4e2d\u6587")
        self.english_action = QAction(MainWindow)
        self.english_action.setObjectName(u"english_action")
        self.english_action.setCheckable(True)
        self.english_action.setText(u"English")
        self.shortcuts_action = QAction(MainWindow)
        self.shortcuts_action.setObjectName(u"shortcuts_action")
#if QT_CONFIG(shortcut)
        self.shortcuts_action.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.open_data_folder_action = QAction(MainWindow)
        self.open_data_folder_action.setObjectName(u"open_data_folder_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 0)
        self.workspace_tabs = QTabWidget(self.central_widget)
        self.workspace_tabs.setObjectName(u"workspace_tabs")
        self.workspace_tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.workspace_tabs)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.record_menu = QMenu(self.menu_bar)
        self.record_menu.setObjectName(u"record_menu")
        self.counter_menu = QMenu(self.menu_bar)
        self.counter_menu.setObjectName(u"counter_menu")
        self.view_menu = QMenu(self.menu_bar)
        self.view_menu.setObjectName(u"view_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.record_menu.menuAction())
        self.menu_bar.addAction(self.counter_menu.menuAction())
        self.menu_bar.addAction(self.view_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.export_day_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.record_menu.addAction(self.new_entry_action)
        self.record_menu.addAction(self.find_action)
        self.record_menu.addAction(self.print_action)
        self.counter_menu.addAction(self.directory_action)
        self.counter_menu.addSeparator()
        self.counter_menu.addAction(self.settings_action)
        self.view_menu.addAction(self.chinese_action)
        self.view_menu.addAction(self.english_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.open_data_folder_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"deskapp \u2014 front desk", None))
        self.export_day_action.setText(QCoreApplication.translate("MainWindow", u"&Export day to Excel\u2026", None))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", u"&Back up data file\u2026", None))
        self.restore_action.setText(QCoreApplication.translate("MainWindow", u"&Restore from a backup\u2026", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.new_entry_action.setText(QCoreApplication.translate("MainWindow", u"&New entry", None))
        self.find_action.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
        self.print_action.setText(QCoreApplication.translate("MainWindow", u"&Print selected\u2026", None))
        self.directory_action.setText(QCoreApplication.translate("MainWindow", u"&Directory\u2026", None))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.open_data_folder_action.setText(QCoreApplication.translate("MainWindow", u"Open &data folder", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About deskapp", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.record_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Record", None))
        self.counter_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Counter", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

