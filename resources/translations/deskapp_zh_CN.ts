<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/deskapp/ui/app.py" line="53"/>
        <source>deskapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="78"/>
        <source>%1 is not a deskapp data file (not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="92"/>
        <location filename="../../src/deskapp/db/schema.py" line="98"/>
        <source>The data file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="140"/>
        <source>%1 was written by a newer version of deskapp (schema %2). Install the newer deskapp to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayWorkbook</name>
    <message>
        <location filename="../../src/deskapp/exports.py" line="32"/>
        <source>Front desk, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="16"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="17"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="18"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="19"/>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="20"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="21"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="22"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="23"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="24"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="25"/>
        <source>Host response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="26"/>
        <source>Message / new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="27"/>
        <source>Time in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="28"/>
        <source>Time out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="29"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="30"/>
        <source>Items carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="31"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="32"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="46"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="52"/>
        <source>Regular (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="54"/>
        <source>Admitted despite the deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="56"/>
        <source>Temporary pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenyReason</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="31"/>
        <source>Sales / promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="32"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="33"/>
        <source>No contact and no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="34"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentKind</name>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="35"/>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="36"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="37"/>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="38"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="39"/>
        <source>Leasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="40"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="193"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="193"/>
        <source>Phone / extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="193"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="107"/>
        <source>Enter the unit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="109"/>
        <source>Use at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="111"/>
        <location filename="../../src/deskapp/domain/directory.py" line="127"/>
        <source>Use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="125"/>
        <source>Enter the department&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="160"/>
        <source>This unit number is already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="185"/>
        <source>This department is already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="344"/>
        <source>Import units from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="346"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="483"/>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="614"/>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="499"/>
        <source>The sheet “%1” in “%2” has a header row but no units below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="555"/>
        <location filename="../../forms/directory_dialog.ui" line="95"/>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="556"/>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="584"/>
        <source>This unit is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="610"/>
        <source>The sheet has no column for: %1.

Units already in the directory will have these fields emptied (a missing 状态 column marks every unit occupied). Import anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="654"/>
        <location filename="../../forms/directory_dialog.ui" line="323"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="655"/>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="680"/>
        <source>This department is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="707"/>
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="710"/>
        <source>%n department(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="714"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="9"/>
        <source>Building directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="18"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="26"/>
        <location filename="../../forms/directory_dialog.ui" line="265"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="37"/>
        <source>Unit, name, company, phone or pinyin initials (zs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="56"/>
        <source>Add or update units from an .xlsx sheet with the columns 房号, 业主, 公司, 电话, 备注, 状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="59"/>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="106"/>
        <source>&amp;Unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="125"/>
        <source>&amp;Occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="141"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="157"/>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="165"/>
        <source>Separate several numbers with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="179"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="186"/>
        <source>Units are never deleted: untick this to mark the unit vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="189"/>
        <source>Occupi&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="200"/>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="221"/>
        <source>Save this unit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="224"/>
        <location filename="../../forms/directory_dialog.ui" line="392"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="231"/>
        <source>Clear the form to add another unit (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="234"/>
        <location filename="../../forms/directory_dialog.ui" line="402"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="257"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="276"/>
        <source>Name, phone, kind or pinyin initials (ba)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="334"/>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="350"/>
        <source>&amp;Phone / extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="368"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="389"/>
        <source>Save this department (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="399"/>
        <source>Clear the form to add another department (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="150"/>
        <source>{field} has {chars}, which the printer font lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="172"/>
        <source>{field} has {chars}, which the printer font lacks; printed as {placeholder} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="365"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="369"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="374"/>
        <source>Tel. {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="379"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="386"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="465"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="520"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="575"/>
        <source>Printed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="576"/>
        <location filename="../../src/deskapp/output/document.py" line="579"/>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="578"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="36"/>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostResponse</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="89"/>
        <source>Not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="90"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="91"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostResponseDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/host_response_dialog.py" line="29"/>
        <source>%1 (%2 people) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="6"/>
        <source>Host response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="12"/>
        <source>&amp;Received — let the visitor in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="15"/>
        <source>&amp;Declined — record a message or a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="19"/>
        <source>&amp;Message for the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="22"/>
        <source>New &amp;appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="53"/>
        <source>A resident ID number has 18 characters: 17 digits and a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="57"/>
        <source>The birth date inside this ID number does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="59"/>
        <source>The birth date inside this ID number is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="61"/>
        <source>The check digit does not match: a character was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="73"/>
        <source>Use 5 to 20 letters or digits for this document number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="23"/>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="24"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="25"/>
        <source>HK/Macao/Taiwan permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="213"/>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="230"/>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="245"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="256"/>
        <source>%1: %2 unit(s) added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="263"/>
        <source>%1 row(s) were not imported. Correct them in the sheet and import it again (rows already imported are updated, not doubled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="267"/>
        <source>Every row was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="92"/>
        <source>&amp;1 Visitor log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="104"/>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="149"/>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="157"/>
        <source>Printed %1 page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="166"/>
        <location filename="../../src/deskapp/ui/main_window.py" line="202"/>
        <source>Export day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="167"/>
        <source>Day to export (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="174"/>
        <source>Write the day as YYYY-MM-DD, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="180"/>
        <source>Export day to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="181"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="203"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="205"/>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="207"/>
        <source>The export failed; no file was written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="215"/>
        <source>Back up data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="216"/>
        <source>deskapp data file (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="222"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="222"/>
        <source>Copying the data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="224"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="285"/>
        <source>Ctrl+1…5  switch workspace
Ctrl+N  new entry
Ctrl+F  search
Ctrl+P  print the selected record
Ctrl+E  export a day to Excel
Ctrl+D  directory

Visitor log:
Enter  check in · Esc  clear the form
F4  check out · F6  host response · F9  quick check-in of a regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="289"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="296"/>
        <source>deskapp %1 — the front desk of %2.
Data file: %3
Printed with WenQuanYi Micro Hei (Apache-2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="299"/>
        <source>About deskapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>deskapp — front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="33"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="39"/>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="47"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="52"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65"/>
        <source>&amp;Export day to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="69"/>
        <source>&amp;Back up data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="80"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="84"/>
        <source>&amp;Print selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="88"/>
        <source>&amp;Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92"/>
        <source>Deny &amp;and watch lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>&amp;Temporary passes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="98"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114"/>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>&amp;About deskapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="25"/>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <location filename="../../src/deskapp/domain/phone.py" line="36"/>
        <source>A mobile number has 11 digits and starts with 13-19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/phone.py" line="37"/>
        <source>Enter a mobile number (11 digits) or a landline such as 010-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="257"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="283"/>
        <source>Cannot open the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="293"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="297"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="299"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="318"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="320"/>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="323"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="325"/>
        <source>Save a copy of the PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="328"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="329"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="355"/>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="401"/>
        <source>Cannot save the PDF to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="432"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="441"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="441"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="70"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="71"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="72"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="73"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="74"/>
        <source>Maintenance / decoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="75"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="204"/>
        <source>Enter a name, ID number or phone to match by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="249"/>
        <source>Enter the ID number, or both name and phone, so a visitor can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="256"/>
        <source>Enter the notice this comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="258"/>
        <source>This date has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="221"/>
        <source>Revoke pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="222"/>
        <source>Why is pass %1 (%2) revoked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="281"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="281"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="308"/>
        <source>%1 added to the deny list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="315"/>
        <source>Take %1 off the deny list?
The entry stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="321"/>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="388"/>
        <source>This entry is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="324"/>
        <source>%1 is no longer on the deny list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="340"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="341"/>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="409"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="341"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="342"/>
        <location filename="../../forms/screening_dialog.ui" line="627"/>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="374"/>
        <source>%1 added to the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="381"/>
        <source>Withdraw the watch entry for %1?
It stops matching visitors but stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="391"/>
        <source>Watch entry for %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="408"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="408"/>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="409"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="440"/>
        <source>Choose the host from the list (type a few letters and pick one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="453"/>
        <source>This pass would already have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="477"/>
        <source>Pass %1 issued to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="495"/>
        <source>This pass is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/screening_dialog.py" line="498"/>
        <source>Pass %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="9"/>
        <source>Deny list, watch list and temporary passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="19"/>
        <source>Deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="22"/>
        <source>People refused unless specially permitted (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="50"/>
        <location filename="../../forms/screening_dialog.ui" line="374"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="55"/>
        <location filename="../../forms/screening_dialog.ui" line="379"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="60"/>
        <location filename="../../forms/screening_dialog.ui" line="384"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="65"/>
        <location filename="../../forms/screening_dialog.ui" line="735"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="70"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="75"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="80"/>
        <location filename="../../forms/screening_dialog.ui" line="404"/>
        <location filename="../../forms/screening_dialog.ui" line="755"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="90"/>
        <source>Show inactive too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="107"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="110"/>
        <source>Take the selected entry off the active list; it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="122"/>
        <source>Add to the deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="135"/>
        <location filename="../../forms/screening_dialog.ui" line="459"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="165"/>
        <location filename="../../forms/screening_dialog.ui" line="479"/>
        <location filename="../../forms/screening_dialog.ui" line="854"/>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="175"/>
        <location filename="../../forms/screening_dialog.ui" line="208"/>
        <location filename="../../forms/screening_dialog.ui" line="248"/>
        <location filename="../../forms/screening_dialog.ui" line="285"/>
        <location filename="../../forms/screening_dialog.ui" line="519"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="198"/>
        <location filename="../../forms/screening_dialog.ui" line="509"/>
        <location filename="../../forms/screening_dialog.ui" line="884"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="238"/>
        <location filename="../../forms/screening_dialog.ui" line="914"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="261"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="275"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="324"/>
        <location filename="../../forms/screening_dialog.ui" line="675"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="327"/>
        <source>Add this person to the deny list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="343"/>
        <source>Police watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="346"/>
        <source>People from police watch notices (协查通报) (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="389"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="394"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="399"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="414"/>
        <source>Show withdrawn and expired too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="431"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="434"/>
        <source>The notice was withdrawn: stop matching this entry (it stays on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="446"/>
        <source>Add from a watch notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="549"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="559"/>
        <source>Appearance, vehicle, what to do on a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="572"/>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="582"/>
        <source>Issuing police station and notice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="605"/>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="678"/>
        <source>Add this person to the watch list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="694"/>
        <source>Temporary passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="697"/>
        <source>Temporary passes (临时出入证) for contractors and decoration workers (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="725"/>
        <source>Pass no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="730"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="740"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="745"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="750"/>
        <source>Valid from – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="765"/>
        <source>Show expired and revoked too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="782"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="785"/>
        <source>Revoke the selected pass early, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="797"/>
        <source>Issue a temporary pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="810"/>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="840"/>
        <source>ID type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="941"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="951"/>
        <source>Unit or department: type text or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="974"/>
        <source>Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="984"/>
        <source>e.g. decoration, air-conditioning repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="997"/>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="1017"/>
        <source>Valid to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="1073"/>
        <source>Issue pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="1076"/>
        <source>Issue the pass (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="56"/>
        <source>Enter the organisation&apos;s name; it heads every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="58"/>
        <source>Use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="60"/>
        <source>Choose Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="62"/>
        <source>Choose an hour from 0 to 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="69"/>
        <source>A document kind has a paper it cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="100"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="106"/>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="118"/>
        <source>Paper for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="9"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="15"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="21"/>
        <source>Printed at the top of every pass and document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="45"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="56"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="67"/>
        <source>Counter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="75"/>
        <source>e.g. Lobby reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="85"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="91"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="108"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="114"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="131"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="137"/>
        <source>Highlight visitors still on site after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="173"/>
        <source>The file “%1” was not found.</source>
        <extracomment>The header row is looked for in this many rows from the top of the sheet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="178"/>
        <source>The file “%1” cannot be opened. Close it in other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="190"/>
        <source>The workbook “%1” has no sheet named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="236"/>
        <source>“%1” cannot be read as an Excel workbook (.xlsx). Open it in Excel or WPS, save it as “Excel Workbook (*.xlsx)” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="246"/>
        <source>Sheet “%1” has no header row: none of its first %2 rows names the column %3. Expected headers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/deskapp/ui/tasks.py" line="427"/>
        <source>Cancel</source>
        <extracomment>Minimum seconds between two progress signals from a worker, so a task reporting every row cannot flood the GUI thread&apos;s event queue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tasks.py" line="478"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempPass</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="87"/>
        <source>Pass %1 has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="89"/>
        <source>Pass %1 is valid only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="92"/>
        <source>Pass %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="305"/>
        <source>Enter the holder&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="311"/>
        <source>The pass must end on or after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="313"/>
        <source>A temporary pass lasts at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="336"/>
        <source>Say why the pass is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="166"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="167"/>
        <source>Occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="168"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="169"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="171"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="176"/>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="176"/>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="159"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="159"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="159"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="160"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="160"/>
        <source>Time in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="161"/>
        <source>Time out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="161"/>
        <source>Host response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="162"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="162"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="163"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="163"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="164"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="211"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="229"/>
        <source>new time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="238"/>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="240"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="242"/>
        <source>Message for the host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/visit_table_model.py" line="244"/>
        <source>Admitted despite the deny list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorLog</name>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="134"/>
        <source>Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="137"/>
        <source>Enter the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="139"/>
        <source>Use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="145"/>
        <source>Enter 1 to 50 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="147"/>
        <source>Choose whom the visitor came to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="151"/>
        <source>The time in cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="153"/>
        <source>The pass must be valid after the time in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="193"/>
        <source>No temporary pass has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="323"/>
        <source>Write a message for the host or a new appointment time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="326"/>
        <source>The new appointment must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="347"/>
        <source>%1 already left at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="366"/>
        <source>No visit has pass number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors.py" line="379"/>
        <source>This visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorLogTab</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="182"/>
        <source>Select a visit to print its pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="276"/>
        <source>Notice: %1
Valid until: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="280"/>
        <source>Check-in paused (reference %1).

Please ask the visitor to take a seat and wait a moment, calmly, without giving a reason. Inform the property manager and the security manager now. The event has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="284"/>
        <source>Check-in paused; reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="291"/>
        <source>This visitor matches the deny list (%1). Visitors on it are refused unless specially permitted.

To let them in anyway, enter who permitted it and why. Cancel turns them away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="296"/>
        <source>Turned away: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="312"/>
        <source>Checked in %1, pass %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="339"/>
        <source>Returning visitor: %1, %2 visits before. Details filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="342"/>
        <source>Regular (exempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="390"/>
        <source>%1 is now a regular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="391"/>
        <source>%1 is no longer a regular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="444"/>
        <source>%1 visits, %2 people shown · %3 visits (%4 people) on site now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="466"/>
        <source>Select a visit or type its pass number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visitor_log.py" line="479"/>
        <source>Checked out %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="22"/>
        <source>Check in a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="30"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="33"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="36"/>
        <source>ID t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="38"/>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="41"/>
        <source>C&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="43"/>
        <source>Peop&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="46"/>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="48"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="51"/>
        <source>&amp;Temporary pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="54"/>
        <source>Pla&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="56"/>
        <source>Ite&amp;ms carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="58"/>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="60"/>
        <source>Time i&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="67"/>
        <source>Check &amp;in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="68"/>
        <source>Clear (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="72"/>
        <source>Regulars exempt from registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="78"/>
        <source>&amp;Quick check-in of the selected regular (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="90"/>
        <source>Search name, phone, company, host, plate, pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="91"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="93"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="95"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="96"/>
        <source>On site only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="113"/>
        <source>Pass number or scan to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="114"/>
        <source>Check &amp;out (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="115"/>
        <source>Host &amp;response… (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="116"/>
        <source>&amp;Print pass (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="117"/>
        <source>Mark as &amp;regular</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorPass</name>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="38"/>
        <source>Party size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="41"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="43"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="45"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="46"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="47"/>
        <source>Time in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="51"/>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="53"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="55"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="64"/>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="77"/>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="78"/>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="79"/>
        <source>Pass number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="109"/>
        <source>Host signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="111"/>
        <source>Please return this pass at the counter when you leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="136"/>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/welcome_dialog.py" line="36"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="9"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="15"/>
        <source>Welcome to deskapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="22"/>
        <source>deskapp keeps the reception counter&apos;s records, such as the visitor log and visitor passes, on this computer; it needs no internet. First, tell it whose counter this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="32"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="48"/>
        <source>Printed at the top of every pass and document. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="58"/>
        <source>Load demo data so I can try things out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../src/deskapp/output/workbook.py" line="133"/>
        <source>The export was cancelled.</source>
        <extracomment>Rows between two progress reports / cancellation checks. Rows per sheet (after the header) measured to size the columns; write-only mode needs the widths before the first row is appended, so only a leading sample can be looked at. Widest auto-fitted column, in Excel character units; longer text is still complete in the cell. Narrowest auto-fitted column. Excel&apos;s limit on the characters in one cell. Excel&apos;s limit on a sheet name&apos;s length.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/workbook.py" line="236"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
