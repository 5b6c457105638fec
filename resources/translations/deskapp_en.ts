<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DirectoryDialog</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="456"/>
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="459"/>
        <source>%n department(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
