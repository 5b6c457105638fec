# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revisit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RevisitDialog(object):
    def setupUi(self, RevisitDialog):
        if not RevisitDialog.objectName():
            RevisitDialog.setObjectName(u"RevisitDialog")
        RevisitDialog.resize(520, 620)
        self.dialog_layout = QVBoxLayout(RevisitDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RevisitDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setVerticalSpacing(3)
        self.how_label = QLabel(RevisitDialog)
        self.how_label.setObjectName(u"how_label")

        self.fields_layout.addWidget(self.how_label, 0, 0, 1, 1)

        self.how_combo = QComboBox(RevisitDialog)
        self.how_combo.setObjectName(u"how_combo")

        self.fields_layout.addWidget(self.how_combo, 0, 1, 1, 1)

        self.satisfaction_label = QLabel(RevisitDialog)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.fields_layout.addWidget(self.satisfaction_label, 1, 0, 1, 1)

        self.satisfaction_combo = QComboBox(RevisitDialog)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.fields_layout.addWidget(self.satisfaction_combo, 1, 1, 1, 1)

        self.satisfaction_error = QLabel(RevisitDialog)
        self.satisfaction_error.setObjectName(u"satisfaction_error")
        self.satisfaction_error.setText(u"")

        self.fields_layout.addWidget(self.satisfaction_error, 2, 1, 1, 1)

        self.revisited_by_label = QLabel(RevisitDialog)
        self.revisited_by_label.setObjectName(u"revisited_by_label")

        self.fields_layout.addWidget(self.revisited_by_label, 3, 0, 1, 1)

        self.revisited_by_edit = QLineEdit(RevisitDialog)
        self.revisited_by_edit.setObjectName(u"revisited_by_edit")
        self.revisited_by_edit.setMaxLength(100)

        self.fields_layout.addWidget(self.revisited_by_edit, 3, 1, 1, 1)

        self.revisited_by_error = QLabel(RevisitDialog)
        self.revisited_by_error.setObjectName(u"revisited_by_error")
        self.revisited_by_error.setText(u"")

        self.fields_layout.addWidget(self.revisited_by_error, 4, 1, 1, 1)

        self.effect_label = QLabel(RevisitDialog)
        self.effect_label.setObjectName(u"effect_label")
        self.effect_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.effect_label, 5, 0, 1, 1)

        self.effect_edit = QPlainTextEdit(RevisitDialog)
        self.effect_edit.setObjectName(u"effect_edit")
        self.effect_edit.setTabChangesFocus(True)
        self.effect_edit.setMinimumSize(QSize(0, 50))

        self.fields_layout.addWidget(self.effect_edit, 5, 1, 1, 1)

        self.effect_error = QLabel(RevisitDialog)
        self.effect_error.setObjectName(u"effect_error")
        self.effect_error.setText(u"")

        self.fields_layout.addWidget(self.effect_error, 6, 1, 1, 1)

        self.shortcomings_label = QLabel(RevisitDialog)
        self.shortcomings_label.setObjectName(u"shortcomings_label")
        self.shortcomings_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.shortcomings_label, 7, 0, 1, 1)

        self.shortcomings_edit = QPlainTextEdit(RevisitDialog)
        self.shortcomings_edit.setObjectName(u"shortcomings_edit")
        self.shortcomings_edit.setTabChangesFocus(True)
        self.shortcomings_edit.setMinimumSize(QSize(0, 50))

        self.fields_layout.addWidget(self.shortcomings_edit, 7, 1, 1, 1)

        self.shortcomings_error = QLabel(RevisitDialog)
        self.shortcomings_error.setObjectName(u"shortcomings_error")
        self.shortcomings_error.setText(u"")

        self.fields_layout.addWidget(self.shortcomings_error, 8, 1, 1, 1)

        self.suggestions_label = QLabel(RevisitDialog)
        self.suggestions_label.setObjectName(u"suggestions_label")
        self.suggestions_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.suggestions_label, 9, 0, 1, 1)

        self.suggestions_edit = QPlainTextEdit(RevisitDialog)
        self.suggestions_edit.setObjectName(u"suggestions_edit")
        self.suggestions_edit.setTabChangesFocus(True)
        self.suggestions_edit.setMinimumSize(QSize(0, 50))

        self.fields_layout.addWidget(self.suggestions_edit, 9, 1, 1, 1)

        self.suggestions_error = QLabel(RevisitDialog)
        self.suggestions_error.setObjectName(u"suggestions_error")
        self.suggestions_error.setText(u"")

        self.fields_layout.addWidget(self.suggestions_error, 10, 1, 1, 1)

        self.opinion_label = QLabel(RevisitDialog)
        self.opinion_label.setObjectName(u"opinion_label")
        self.opinion_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.opinion_label, 11, 0, 1, 1)

        self.opinion_edit = QPlainTextEdit(RevisitDialog)
        self.opinion_edit.setObjectName(u"opinion_edit")
        self.opinion_edit.setTabChangesFocus(True)
        self.opinion_edit.setMinimumSize(QSize(0, 40))

        self.fields_layout.addWidget(self.opinion_edit, 11, 1, 1, 1)

        self.final_opinion_error = QLabel(RevisitDialog)
        self.final_opinion_error.setObjectName(u"final_opinion_error")
        self.final_opinion_error.setText(u"")

        self.fields_layout.addWidget(self.final_opinion_error, 12, 1, 1, 1)

        self.sent_back_label = QLabel(RevisitDialog)
        self.sent_back_label.setObjectName(u"sent_back_label")
        self.sent_back_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fields_layout.addWidget(self.sent_back_label, 13, 0, 1, 1)

        self.sent_back_edit = QPlainTextEdit(RevisitDialog)
        self.sent_back_edit.setObjectName(u"sent_back_edit")
        self.sent_back_edit.setTabChangesFocus(True)
        self.sent_back_edit.setMinimumSize(QSize(0, 40))

        self.fields_layout.addWidget(self.sent_back_edit, 13, 1, 1, 1)

        self.sent_back_error = QLabel(RevisitDialog)
        self.sent_back_error.setObjectName(u"sent_back_error")
        self.sent_back_error.setText(u"")

        self.fields_layout.addWidget(self.sent_back_error, 14, 1, 1, 1)


        self.dialog_layout.addLayout(self.fields_layout)

        self.close_check = QCheckBox(RevisitDialog)
        self.close_check.setObjectName(u"close_check")

        self.dialog_layout.addWidget(self.close_check)

        self.print_check = QCheckBox(RevisitDialog)
        self.print_check.setObjectName(u"print_check")

        self.dialog_layout.addWidget(self.print_check)

        self.form_error = QLabel(RevisitDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(RevisitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.how_label.setBuddy(self.how_combo)
        self.satisfaction_label.setBuddy(self.satisfaction_combo)
        self.revisited_by_label.setBuddy(self.revisited_by_edit)
        self.effect_label.setBuddy(self.effect_edit)
        self.shortcomings_label.setBuddy(self.shortcomings_edit)
        self.suggestions_label.setBuddy(self.suggestions_edit)
        self.opinion_label.setBuddy(self.opinion_edit)
        self.sent_back_label.setBuddy(self.sent_back_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.how_combo, self.satisfaction_combo)
        QWidget.setTabOrder(self.satisfaction_combo, self.revisited_by_edit)
        QWidget.setTabOrder(self.revisited_by_edit, self.effect_edit)
        QWidget.setTabOrder(self.effect_edit, self.shortcomings_edit)
        QWidget.setTabOrder(self.shortcomings_edit, self.suggestions_edit)
        QWidget.setTabOrder(self.suggestions_edit, self.opinion_edit)
        QWidget.setTabOrder(self.opinion_edit, self.sent_back_edit)
        QWidget.setTabOrder(self.sent_back_edit, self.close_check)
        QWidget.setTabOrder(self.close_check, self.print_check)

        self.retranslateUi(RevisitDialog)

        QMetaObject.connectSlotsByName(RevisitDialog)
    # setupUi

    def retranslateUi(self, RevisitDialog):
        RevisitDialog.setWindowTitle(QCoreApplication.translate("RevisitDialog", u"Revisit", None))
        self.how_label.setText(QCoreApplication.translate("RevisitDialog", u"&How", None))
        self.satisfaction_label.setText(QCoreApplication.translate("RevisitDialog", u"&Satisfaction", None))
        self.revisited_by_label.setText(QCoreApplication.translate("RevisitDialog", u"Revisited &by", None))
        self.effect_label.setText(QCoreApplication.translate("RevisitDialog", u"&Effect of the service", None))
        self.shortcomings_label.setText(QCoreApplication.translate("RevisitDialog", u"Short&comings", None))
        self.suggestions_label.setText(QCoreApplication.translate("RevisitDialog", u"Su&ggestions", None))
        self.opinion_label.setText(QCoreApplication.translate("RevisitDialog", u"Final &opinion", None))
        self.sent_back_label.setText(QCoreApplication.translate("RevisitDialog", u"Sent bac&k to the department", None))
        self.close_check.setText(QCoreApplication.translate("RevisitDialog", u"C&lose the request (the customer is satisfied)", None))
        self.print_check.setText(QCoreApplication.translate("RevisitDialog", u"&Print the revisit record", None))
    # retranslateUi

