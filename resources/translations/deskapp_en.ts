<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DirectoryDialog</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="467"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="470"/>
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeHandoverDialog</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="106"/>
        <source>%n receipt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="110"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="113"/>
        <source>%n deposit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyBoard</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="95"/>
        <source>In · %n key(s)</source>
        <translation>
            <numerusform>In · %n key</numerusform>
            <numerusform>In · %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyRequestsDialog</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="92"/>
        <source>%n request(s) taken that month.</source>
        <translation>
            <numerusform>%n request taken that month.</numerusform>
            <numerusform>%n requests taken that month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorLogTab</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="215"/>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="216"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="215"/>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="217"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
