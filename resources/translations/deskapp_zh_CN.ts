<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="116"/>
        <source>The administrator exists already.</source>
        <translation>管理员账号已存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="142"/>
        <source>%1 may not approve this (%2).</source>
        <translation>%1 无权批准这项操作（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="145"/>
        <source>Another supervisor must approve: not the operator on duty.</source>
        <translation>须由另一位主管批准，当班操作员不能自己批准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="157"/>
        <location filename="../../src/deskapp/domain/accounts.py" line="170"/>
        <source>Wrong name or password.</source>
        <translation>姓名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="160"/>
        <source>Too many wrong passwords: try again in %1 seconds.</source>
        <translation>密码错误次数太多：请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="164"/>
        <source>This operator is disabled. Ask the administrator.</source>
        <translation>这个操作员已停用。请找管理员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="169"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="234"/>
        <location filename="../../src/deskapp/domain/accounts.py" line="241"/>
        <source>An operator of that name exists already.</source>
        <translation>已经有同名的操作员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="262"/>
        <source>You cannot change your own role: another administrator can.</source>
        <translation>不能更改自己的角色：请另一位管理员更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="283"/>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="323"/>
        <source>Nobody is logged in.</source>
        <translation>当前没有人登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="342"/>
        <source>There is no operator number %1.</source>
        <translation>没有编号为 %1 的操作员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="357"/>
        <source>Someone must stay administrator: make another one first.</source>
        <translation>必须保留至少一位管理员：请先把另一位操作员设为管理员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="365"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>请填写操作员姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="367"/>
        <source>Use at least %1 characters (a PIN: %1 digits).</source>
        <translation>至少 %1 个字符（PIN 码至少 %1 位数字）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="372"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="58"/>
        <source>work at the counter</source>
        <translation>在前台办理业务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="59"/>
        <source>take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="60"/>
        <source>waive fees</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="61"/>
        <source>refund a deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="62"/>
        <source>let goods out for a unit with arrears</source>
        <translation>为欠费单元放行物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="64"/>
        <source>void a record</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="65"/>
        <source>correct a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="66"/>
        <source>change the deny list or the watch list</source>
        <translation>修改拒访名单或协查名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="68"/>
        <source>show a full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="69"/>
        <source>purge old personal data</source>
        <translation>清除过期的个人信息</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="70"/>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="71"/>
        <source>change rates</source>
        <translation>修改收费标准</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="72"/>
        <source>change the settings of every counter</source>
        <translation>修改所有前台共用的设置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="74"/>
        <source>view the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="75"/>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="76"/>
        <source>set the deadlines of requests</source>
        <translation>设置诉求处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="77"/>
        <source>change the holiday calendar</source>
        <translation>修改节假日日历</translation>
    </message>
</context>
<context>
    <name>AddOperatorDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="145"/>
        <location filename="../../forms/operator_add_dialog.ui" line="23"/>
        <source>as it is signed on every record</source>
        <translation>将作为每条记录上的签名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="147"/>
        <source>at least %1 characters, or a PIN of %1 digits</source>
        <translation>至少 %1 个字符，或 %1 位数字</translation>
    </message>
    <message>
        <location filename="../../forms/operator_add_dialog.ui" line="9"/>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location filename="../../forms/operator_add_dialog.ui" line="16"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/operator_add_dialog.ui" line="31"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/operator_add_dialog.ui" line="43"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/operator_add_dialog.ui" line="58"/>
        <source>Password &amp;again</source>
        <translation>确认密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AlertKind</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="69"/>
        <source>Watch list</source>
        <translation>协查名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="70"/>
        <source>Deny list</source>
        <translation>拒访名单</translation>
    </message>
</context>
<context>
    <name>AlertLogDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="29"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="29"/>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="29"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="30"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="30"/>
        <source>Notice / reason</source>
        <translation>通报/原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="30"/>
        <source>Entry matched</source>
        <translation>命中条目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="31"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/alert_log_dialog.py" line="32"/>
        <source>Permission given</source>
        <translation>放行批准说明</translation>
    </message>
    <message>
        <location filename="../../forms/alert_log_dialog.ui" line="6"/>
        <source>Alert log</source>
        <translation>预警记录</translation>
    </message>
    <message>
        <location filename="../../forms/alert_log_dialog.ui" line="10"/>
        <source>Every deny-list and watch-list match at check-in, and what was done. For the manager&apos;s review; ID numbers are masked.</source>
        <translation>登记时与拒访名单、协查名单相符的每一条记录及处理情况，供经理查阅；证件号码已作脱敏处理。</translation>
    </message>
</context>
<context>
    <name>AlertOutcome</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="84"/>
        <source>Check-in paused; manager and security to be told</source>
        <translation>暂停登记，须通知经理和安保</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="86"/>
        <source>Let in with permission</source>
        <translation>经批准放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="87"/>
        <source>Turned away</source>
        <translation>谢绝来访</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/deskapp/ui/app.py" line="69"/>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/access/approval.py" line="57"/>
        <source>An administrator must approve this: %1.
The record will name you both.</source>
        <translation>此操作需管理员批准：%1。
记录将同时写明您和管理员的姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/approval.py" line="59"/>
        <source>A supervisor must approve this: %1.
The record will name you both.</source>
        <translation>此操作需主管批准：%1。
记录将同时写明您和主管的姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/approval.py" line="64"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/approval.py" line="66"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/approval_dialog.ui" line="9"/>
        <source>Supervisor&apos;s approval</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <location filename="../../forms/approval_dialog.ui" line="15"/>
        <source>A supervisor must approve this.</source>
        <translation>此操作需主管批准。</translation>
    </message>
    <message>
        <location filename="../../forms/approval_dialog.ui" line="24"/>
        <source>&amp;Supervisor</source>
        <translation>主管(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/approval_dialog.ui" line="35"/>
        <source>&amp;Password or PIN</source>
        <translation>密码或 PIN(&amp;P)</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="112"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="113"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="114"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="115"/>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="116"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="117"/>
        <source>full ID number shown</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="118"/>
        <source>personal data purged</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="119"/>
        <source>personal data purged (daily)</source>
        <translation>清除个人信息（每日）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="120"/>
        <source>backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="121"/>
        <source>logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="122"/>
        <source>log-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="123"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="124"/>
        <source>approval refused</source>
        <translation>批准被拒</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="125"/>
        <source>password checked</source>
        <translation>核对密码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="126"/>
        <source>password check refused</source>
        <translation>核对密码未通过</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="127"/>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="128"/>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="64"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="66"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="68"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="70"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="72"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="74"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="76"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="78"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="129"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="130"/>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="131"/>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="223"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="224"/>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="227"/>
        <source>Approved by: %1</source>
        <translation>批准人：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="229"/>
        <source>Counter: %1</source>
        <translation>前台：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="230"/>
        <source>Action: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="231"/>
        <source>Record: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="235"/>
        <source>No changes are recorded with this entry.</source>
        <translation>此条目未记录变更内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="236"/>
        <source>Audit trail entry %1</source>
        <translation>审计记录第 %1 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="281"/>
        <source>The entries could not be read: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="288"/>
        <source>Entries: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="290"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="297"/>
        <source>Checking the chain of the audit trail…</source>
        <translation>正在校验审计记录链…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="310"/>
        <source>The audit trail could not be checked: %1</source>
        <translation>无法校验审计记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="328"/>
        <source>Export the audit trail to Excel</source>
        <translation>导出审计记录到 Excel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="330"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="354"/>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="355"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="356"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="358"/>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="368"/>
        <source>The file cannot be replaced: it is probably open in Excel. Close it and export again.</source>
        <translation>无法替换该文件，可能正在 Excel 中打开。请关闭后重新导出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="376"/>
        <source>The export failed; no file was written.
%1</source>
        <translation>导出失败，未写入任何文件。
%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_dialog.py" line="388"/>
        <location filename="../../forms/audit_dialog.ui" line="6"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="10"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="12"/>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="14"/>
        <source>&amp;Words</source>
        <translation>关键字(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="18"/>
        <source>a name, a counter, or a record&apos;s number</source>
        <translation>姓名、前台或记录编号</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="27"/>
        <source>&amp;Operator</source>
        <translation>操作员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="29"/>
        <source>Record &amp;kind</source>
        <translation>记录类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="31"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="55"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="136"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="137"/>
        <source>unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="138"/>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="139"/>
        <source>visitor on file</source>
        <translation>访客档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="140"/>
        <source>temporary pass</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="141"/>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="142"/>
        <source>expected visitor</source>
        <translation>预约访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="143"/>
        <source>deny list entry</source>
        <translation>拒访名单条目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="144"/>
        <source>watch list entry</source>
        <translation>协查名单条目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="145"/>
        <source>alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="146"/>
        <source>host response</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="147"/>
        <source>visit event</source>
        <translation>签离记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="148"/>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="149"/>
        <source>message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="150"/>
        <source>phone book entry</source>
        <translation>电话联系一览表条目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="151"/>
        <source>phone book review</source>
        <translation>电话联系一览表核对</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="152"/>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="153"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="154"/>
        <source>key set</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="155"/>
        <source>owner&apos;s key deposit</source>
        <translation>业主钥匙留存</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="156"/>
        <source>authorised key borrower</source>
        <translation>钥匙授权借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="157"/>
        <source>key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="158"/>
        <source>key return</source>
        <translation>钥匙归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="159"/>
        <source>key handover</source>
        <translation>钥匙交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="160"/>
        <source>lost key report</source>
        <translation>钥匙遗失登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="161"/>
        <source>key replacement</source>
        <translation>钥匙补配</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="162"/>
        <source>key step</source>
        <translation>钥匙记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="163"/>
        <source>key stocktake</source>
        <translation>钥匙盘点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="164"/>
        <source>key stocktake finding</source>
        <translation>钥匙盘点差异</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="300"/>
        <source>Audit trail: sound (%1 entries).</source>
        <translation>审计记录：完好（共 %1 条）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="303"/>
        <source>Audit trail: broken at entry %1, changed after it was written.</source>
        <translation>审计记录：第 %1 条已损坏，写入后被改动过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="305"/>
        <source>Audit trail: broken at entry %1, which was removed.</source>
        <translation>审计记录：第 %1 条已损坏，该条已被删除。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="307"/>
        <source>Audit trail: broken at entry %1, slipped in or following a changed entry.</source>
        <translation>审计记录：第 %1 条已损坏，是后来插入的，或前一条被改动过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="310"/>
        <source>Audit trail: broken at entry %1: it and the entries after it were removed.</source>
        <translation>审计记录：第 %1 条已损坏，该条及其后各条已被删除。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/audit_trail.py" line="313"/>
        <source>Audit trail: broken at entry %1: rewritten since this PC last checked it.</source>
        <translation>审计记录：第 %1 条已损坏，在本机上次检查后被改写过。</translation>
    </message>
</context>
<context>
    <name>AuditWorkbook</name>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="43"/>
        <source>Entry no.</source>
        <translation>条目序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="44"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="46"/>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="57"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="47"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="48"/>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="63"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="49"/>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="59"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="50"/>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="61"/>
        <source>Record kind</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="51"/>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="52"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="61"/>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="67"/>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="49"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="68"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="72"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="73"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="76"/>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="78"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="79"/>
        <source>none (every entry of these dates)</source>
        <translation>无（这些日期的全部条目）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="80"/>
        <source>Chain</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/audit_workbook.py" line="82"/>
        <source>Written</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="64"/>
        <source>without a name</source>
        <translation>未署名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/audit_export.py" line="66"/>
        <source>Words</source>
        <translation>关键字</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/deskapp/backups.py" line="177"/>
        <location filename="../../src/deskapp/backups.py" line="202"/>
        <source>%1 cannot be restored: %2</source>
        <translation>无法用 %1 恢复：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/backups.py" line="205"/>
        <source>%1 is not a deskapp data file; nothing was restored.</source>
        <translation>%1 不是 deskapp 数据文件，未做任何恢复。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/bootstrap.py" line="211"/>
        <source>The records are on a database server: its backups are made on the server, not at the counter. Ask whoever runs the server.</source>
        <translation>记录保存在数据库服务器上：备份在服务器上做，不在前台电脑上做。请找管理服务器的人。</translation>
    </message>
</context>
<context>
    <name>BorrowerHistoryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="51"/>
        <source>Loans of %1</source>
        <translation>%1 的借用记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="64"/>
        <source>Slip</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="64"/>
        <source>Keys of</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="64"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="64"/>
        <source>Out</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="65"/>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="65"/>
        <source>Back</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="65"/>
        <source>Keys</source>
        <translation>钥匙数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="66"/>
        <source>On whose authority</source>
        <translation>借用依据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="66"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="73"/>
        <source>overdue</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="74"/>
        <source>still out</source>
        <translation>未还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="78"/>
        <source>%1 out, %2 back</source>
        <translation>借出 %1 把，已还 %2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="88"/>
        <source>Loans: %1 · still out: %2 · overdue: %3</source>
        <translation>借用 %1 次 · 未还 %2 次 · 逾期 %3 次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="91"/>
        <source>Every loan under this name or phone, newest first.</source>
        <translation>该姓名或电话名下的全部借用记录，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/borrower_history_dialog.py" line="94"/>
        <source>No loans under this name or phone.</source>
        <translation>该姓名或电话名下没有借用记录。</translation>
    </message>
    <message>
        <location filename="../../forms/borrower_history_dialog.ui" line="14"/>
        <source>Borrower&apos;s loans</source>
        <translation>借用人借用记录</translation>
    </message>
    <message>
        <location filename="../../forms/borrower_history_dialog.ui" line="52"/>
        <source>&amp;Print the slip</source>
        <translation>补打借用单(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CallCategory</name>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="39"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="40"/>
        <source>Repair request</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="41"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="42"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="43"/>
        <source>Message for someone</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="44"/>
        <source>Delivery / parcel</source>
        <translation>快递/送货</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="45"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="25"/>
        <source>For %1: not yet passed on</source>
        <translation>给 %1：未转达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="27"/>
        <source>Passed on to %1</source>
        <translation>已转达 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="33"/>
        <source>Called back %1</source>
        <translation>已于 %1 回电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="36"/>
        <source>Overdue since %1</source>
        <translation>已超时（时限 %1）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="37"/>
        <source>By %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="41"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="43"/>
        <source>In/out</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="45"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="47"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="49"/>
        <source>Unit / company</source>
        <translation>房号/单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="51"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="53"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="55"/>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="57"/>
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="59"/>
        <source>Transferred to</source>
        <translation>转接给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="61"/>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="63"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="84"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="86"/>
        <source>Message for %1: %2</source>
        <translation>给 %1 的留言：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/columns.py" line="89"/>
        <source>Callback: %1</source>
        <translation>回电：%1</translation>
    </message>
</context>
<context>
    <name>CallDirection</name>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="21"/>
        <source>Incoming</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="22"/>
        <source>Outgoing</source>
        <translation>去电</translation>
    </message>
</context>
<context>
    <name>CallFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="72"/>
        <source>All calls</source>
        <translation>全部电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="73"/>
        <source>Messages not passed on</source>
        <translation>未转达的留言</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="74"/>
        <source>Callbacks to make</source>
        <translation>待回电</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/call_form.py" line="152"/>
        <source>Calling back %1 about “%2”. Write how it went as the subject; Enter saves.</source>
        <translation>正在给 %1 回电（事由：“%2”）。请在“事由”中写明结果，按 Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="11"/>
        <source>Log a call</source>
        <translation>电话登记</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="16"/>
        <source>Caller &amp;name</source>
        <translation>来电人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="19"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="22"/>
        <source>&amp;Unit / company</source>
        <translation>房号/单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="25"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="27"/>
        <source>&amp;Subject</source>
        <translation>事由(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="30"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="33"/>
        <source>&amp;Transferred to</source>
        <translation>转接给(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="35"/>
        <source>&amp;Message for</source>
        <translation>留言给(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="38"/>
        <source>Message te&amp;xt</source>
        <translation>留言内容(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="41"/>
        <source>Call &amp;back by</source>
        <translation>回电时限(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="44"/>
        <source>&amp;Direction</source>
        <translation>来电/去电(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="46"/>
        <source>St&amp;arted</source>
        <translation>开始时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="49"/>
        <source>&amp;Ended</source>
        <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="56"/>
        <source>Log call (Enter)</source>
        <translation>保存登记（Enter）</translation>
    </message>
    <message>
        <location filename="../../forms/call_form.ui" line="57"/>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="82"/>
        <source>Say in a few words what the call was about.</source>
        <translation>请简单写明来电事由。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="88"/>
        <source>The call cannot start in the future.</source>
        <translation>通话开始时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="91"/>
        <source>The call cannot end before it started.</source>
        <translation>结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="95"/>
        <source>The callback must be due after the call.</source>
        <translation>回电时限应在来电之后。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="98"/>
        <source>Say whom the message is for.</source>
        <translation>请写明留言给谁。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="100"/>
        <location filename="../../src/deskapp/domain/calls/log.py" line="102"/>
        <source>Write the message down.</source>
        <translation>请写下留言内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="162"/>
        <location filename="../../src/deskapp/domain/calls/log.py" line="265"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="166"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="204"/>
        <source>There is no call number %1.</source>
        <translation>没有编号为 %1 的电话记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="195"/>
        <location filename="../../src/deskapp/domain/calls/log.py" line="258"/>
        <location filename="../../src/deskapp/usecases/documents/calls.py" line="31"/>
        <source>There is no message number %1.</source>
        <translation>没有编号为 %1 的留言。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="198"/>
        <source>This message was already passed on at %1.</source>
        <translation>这条留言已于 %1 转达。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="214"/>
        <source>Say how the callback went.</source>
        <translation>请写明回电结果。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="220"/>
        <source>No callback was promised on this call.</source>
        <translation>这通电话没有约定回电。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/log.py" line="222"/>
        <source>This callback was already made at %1.</source>
        <translation>已于 %1 回过电。</translation>
    </message>
</context>
<context>
    <name>CallLogTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="99"/>
        <source>Search caller, phone, unit, subject…</source>
        <translation>搜索来电人、电话、房号、事由…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="100"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="101"/>
        <source>Name, number or pinyin initials</source>
        <translation>姓名、号码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="102"/>
        <source>New call (F2)</source>
        <translation>登记电话（F2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="131"/>
        <source>This call has no message to print.</source>
        <translation>这通电话没有留言可打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="147"/>
        <source>F2  a new call, from any tab · Tab  next field · Enter  save · Esc  clear
F7  message passed on · F8  call back now · Ctrl+R  make it a request · Ctrl+P  print the message slip</source>
        <translation>F2  新来电（任何页签均可） · Tab  下一项 · Enter  保存 · Esc  清空
F7  留言已转达 · F8  马上回电 · Ctrl+R  转为客户诉求 · Ctrl+P  打印留言条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="157"/>
        <source>Calls shown: %1 · messages waiting: %2 · callbacks to make: %3, overdue: %4</source>
        <translation>显示电话 %1 条 · 待转达留言 %2 条 · 待回电 %3 条，已超时 %4 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="172"/>
        <source>Call logged: %1 %2.</source>
        <translation>已登记电话：%1 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="200"/>
        <source>This call has no message waiting.</source>
        <translation>这通电话没有待转达的留言。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="213"/>
        <source>No callback is waiting on this call.</source>
        <translation>这通电话没有待回电。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="262"/>
        <source>Transferred to %1.</source>
        <translation>已转接给 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="271"/>
        <source>The phone directory has never been checked: open Phone directory…</source>
        <translation>电话联系一览表从未核对过：请打开“电话联系一览表”核对。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="273"/>
        <source>The phone directory was last checked on %1, over a month ago: open Phone directory… and check it.</source>
        <translation>电话联系一览表上次核对是 %1，已超过一个月：请打开“电话联系一览表”核对。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="292"/>
        <source>&amp;Phone directory…</source>
        <translation>电话联系一览表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="23"/>
        <source>&amp;Look up a number</source>
        <translation>查号码(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="36"/>
        <source>Message passed on… (F7)</source>
        <translation>留言已转达…（F7）</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="37"/>
        <source>Call back now (F8)</source>
        <translation>立即回电（F8）</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="38"/>
        <source>Callback made…</source>
        <translation>已回电…</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="39"/>
        <source>Make it a request (Ctrl+R)</source>
        <translation>转为诉求 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="40"/>
        <source>Print message slip (Ctrl+P)</source>
        <translation>打印留言条（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../forms/call_log_tab.ui" line="41"/>
        <source>Phone director&amp;y…</source>
        <translation>电话联系一览表(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>CallbackDoneDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="91"/>
        <source>Callback made</source>
        <translation>已回电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="92"/>
        <source>%1 (%2) about “%3”</source>
        <translation>%1（%2），事由“%3”</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="98"/>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="91"/>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="92"/>
        <source>China Post / EMS</source>
        <translation>中国邮政/EMS</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="93"/>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="94"/>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="95"/>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="96"/>
        <source>Yunda Express</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="97"/>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="98"/>
        <source>J&amp;T Express</source>
        <translation>极兔速递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="99"/>
        <source>Deppon</source>
        <translation>德邦快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="100"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CashHandover</name>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="32"/>
        <source>Daily takings handover</source>
        <translation>日收入情况交接表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="41"/>
        <source>%1 over</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="43"/>
        <source>%1 short</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="67"/>
        <source>Float at the start of the day</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="69"/>
        <source>Cash received (change given back)</source>
        <translation>现金收入（已扣找零）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="71"/>
        <source>Cash paid out (deposit refunds)</source>
        <translation>现金支出（退押金）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="73"/>
        <source>Cash expected in the drawer</source>
        <translation>应存现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="75"/>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="77"/>
        <source>Difference (counted less expected)</source>
        <translation>差额（实点减应存）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="87"/>
        <source>Cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="88"/>
        <source>Handed over %1</source>
        <translation>已于 %1 交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="90"/>
        <source>Not handed over yet</source>
        <translation>尚未交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="91"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="92"/>
        <location filename="../../src/deskapp/output/cash_handover.py" line="107"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="93"/>
        <source>Numbers</source>
        <translation>起止号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="94"/>
        <source>Issued</source>
        <translation>开具张数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="95"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="96"/>
        <source>Voided</source>
        <translation>作废号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="97"/>
        <source>Deposits (money held, not income)</source>
        <translation>押金（代收代管，不计收入）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="98"/>
        <source>Taken</source>
        <translation>收取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="99"/>
        <location filename="../../src/deskapp/output/cash_handover.py" line="102"/>
        <source>%1 (%2)</source>
        <translation>%1（%2 笔）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="101"/>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="106"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="108"/>
        <location filename="../../src/deskapp/output/cash_handover.py" line="115"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="110"/>
        <source>Total received</source>
        <translation>收款合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="111"/>
        <source>of which deposits held</source>
        <translation>其中：押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="113"/>
        <source>of which fee income</source>
        <translation>其中：收费收入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="114"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="127"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="129"/>
        <source>Received by: %1 (signature)</source>
        <translation>接收人：%1（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="131"/>
        <source>Received by (signature)</source>
        <translation>接收人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/cash_handover.py" line="133"/>
        <source>Handed over by: %1 (signature)</source>
        <translation>交款人：%1（签字）</translation>
    </message>
</context>
<context>
    <name>CashiersStep</name>
    <message>
        <location filename="../../src/deskapp/ui/close_day_cashiers.py" line="71"/>
        <source>Each cashier who took money today hands over the takings: count the cash in the drawer; the daily takings handover sheet is printed.</source>
        <translation>今日收过款的收银员逐一交接：清点钱箱现金，并打印日收入情况交接表。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_cashiers.py" line="74"/>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_cashiers.py" line="75"/>
        <source>not yet handed over</source>
        <translation>尚未交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_cashiers.py" line="76"/>
        <source>%1: %2 taken, %3</source>
        <translation>%1：收款 %2，%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_cashiers.py" line="79"/>
        <source>Count and &amp;hand over…</source>
        <translation>点钞交接(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/password_dialog.py" line="49"/>
        <source>Type your current password, then the new one twice. From now on you log in with the new one.</source>
        <translation>输入当前密码，再输两次新密码。以后用新密码登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/password_dialog.py" line="52"/>
        <source>at least %1 characters, or a PIN of %1 digits</source>
        <translation>至少 %1 个字符，或 %1 位数字</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/password_dialog.py" line="89"/>
        <source>Log in first: only an operator who logged in has a password to change.</source>
        <translation>请先登录：登录的操作员才能修改自己的密码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/password_dialog.py" line="99"/>
        <source>Your password is changed. Use the new one from your next log-in.</source>
        <translation>密码已修改。下次登录请用新密码。</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="9"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="22"/>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="37"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="52"/>
        <source>New password &amp;again</source>
        <translation>确认新密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_form.py" line="38"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_form.py" line="39"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_form.py" line="207"/>
        <source>Back-dated: %1 before now. Enter asks once more.</source>
        <translation>补登：比现在早%1。按回车时会再确认一次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_form.py" line="311"/>
        <source>The time in is %1 before now. Check in with that earlier time?</source>
        <translation>来访时间比现在早%1。按这个较早的时间登记吗？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="79"/>
        <source>On file: %1</source>
        <translation>档案记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="83"/>
        <source>Returning visitor %1 (visits so far: %2); details filled in.</source>
        <translation>老访客 %1（累计来访 %2 次），已自动填入资料。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="87"/>
        <source>Regular (exempt).</source>
        <translation>常客（免登记）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="89"/>
        <source>Still on site with pass %1: check that visit out first.</source>
        <translation>仍在场（访客单号 %1）：请先为该次来访办理签离。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="108"/>
        <source>On pass: %1</source>
        <translation>出入证记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="123"/>
        <source>Reading the ID card…</source>
        <translation>正在读取身份证…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="144"/>
        <source>From the card: %1</source>
        <translation>读卡所得：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="146"/>
        <source>ID card read; hand it back to the visitor now.</source>
        <translation>身份证已读取，请立即交还访客。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="148"/>
        <source>This ID card expired on %1.</source>
        <translation>此身份证已于 %1 过期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="159"/>
        <source>Replace %1, typed in the form, with %2 who was expected?</source>
        <translation>表单中正在登记 %1，要换成预约的 %2 吗？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_filling.py" line="173"/>
        <source>Expected at %1; details filled in.</source>
        <translation>预约 %1 来访，已自动填入资料。</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="12"/>
        <source>Check in a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="20"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="23"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="26"/>
        <source>ID t&amp;ype</source>
        <translation>证件类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="28"/>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="31"/>
        <source>C&amp;ompany</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="33"/>
        <source>Peop&amp;le</source>
        <translation>人数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="36"/>
        <source>P&amp;urpose</source>
        <translation>来访事由(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="38"/>
        <source>Ho&amp;st</source>
        <translation>被访人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="47"/>
        <source>Items carrie&amp;d</source>
        <translation>携带物品(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="42"/>
        <source>&amp;Temporary pass</source>
        <translation>临时出入证(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="45"/>
        <source>Pl&amp;ate</source>
        <translation>车牌号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="49"/>
        <source>Not&amp;e</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="51"/>
        <source>Ti&amp;me in</source>
        <translation>来访时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="59"/>
        <source>Read ID card (F8)</source>
        <translation>读身份证（F8）</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="59"/>
        <source>Fills name, ID number and address from the card on the reader; hand the card back at once</source>
        <translation>从读卡器上的身份证读入姓名、证件号码和住址；读完立即交还证件</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="65"/>
        <source>Check in (Enter)</source>
        <translation>登记（Enter）</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="60"/>
        <source>Party… (Ctrl+G)</source>
        <translation>多人同行…（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="60"/>
        <source>Several people together (a crew, a team): a pass each</source>
        <translation>几个人一起来（送货、施工队等）：每人一张访客单</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_check_in_form.ui" line="66"/>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
</context>
<context>
    <name>CheckInQuestions</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="63"/>
        <source>Turned away: %1</source>
        <translation>已谢绝来访：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="68"/>
        <source>Check them in again anyway? (Usually: check out the open visit first.)</source>
        <translation>仍要再次登记吗？（通常应先为上一次来访办理签离。）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="82"/>
        <source>Notice: %1
Valid until: %2
%3
%4</source>
        <translation>通报：%1
有效期至：%2
%3
%4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="97"/>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="100"/>
        <source>This visitor matches the deny list:
%1

Visitors on it are refused unless specially permitted. To let them in anyway, enter who permitted it and why. Cancel turns them away.</source>
        <translation>该访客与拒访名单相符：
%1

名单上的人员除特别批准外一律谢绝来访。如仍要放行，请填写批准人及理由；按“取消”则谢绝来访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="86"/>
        <source>Check-in paused (reference %1).

Please ask the visitor to take a seat and wait a moment, calmly, without giving a reason. Inform the property manager and the security manager now. The event has been recorded.</source>
        <translation>登记已暂停（编号 %1）。

请镇定地招呼访客稍坐等候，不必说明原因，并立即通知物业经理和安保经理。此事已记录在案。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="91"/>
        <source>Check-in paused; reference %1.</source>
        <translation>登记已暂停，编号 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_in_questions.py" line="109"/>
        <source>Enter who permitted it and why, or press Cancel.</source>
        <translation>请填写批准人及原因，或点击“取消”。</translation>
    </message>
</context>
<context>
    <name>CloseDay</name>
    <message>
        <location filename="../../src/deskapp/usecases/close_day.py" line="73"/>
        <source>Choose the folder for the day&apos;s workbooks first.</source>
        <translation>请先选择日结报表的保存文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/close_day.py" line="92"/>
        <source>Writing the day&apos;s workbook…</source>
        <translation>正在生成当日报表…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/close_day.py" line="103"/>
        <source>Taking the backup…</source>
        <translation>正在备份数据…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/close_day.py" line="112"/>
        <source>Recording the day as closed…</source>
        <translation>正在登记日结…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/close_day.py" line="114"/>
        <source>The day is closed.</source>
        <translation>日结完成。</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="108"/>
        <source>%1 was closed at %2 by %3.
The day&apos;s workbook: %4</source>
        <translation>%1 已于 %2 由 %3 日结。
当日报表：%4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="193"/>
        <source>Close the day — %1</source>
        <translation>日结 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="195"/>
        <source>These are still open. Tick each group to confirm it stays open overnight (Space ticks); Enter goes on once every group is ticked.</source>
        <translation>以下事项尚未完成。请逐项勾选，确认留待次日处理（空格键勾选）；全部勾选后按回车继续。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="197"/>
        <source>Note for the closing (optional)</source>
        <translation>日结备注（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="199"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="211"/>
        <source>%1 and %2 more</source>
        <translation>%1，另有 %2 项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="212"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="219"/>
        <source>Nothing is left open. Enter goes on.</source>
        <translation>没有未完成事项，按回车继续。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="227"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="229"/>
        <source>Close the &amp;day</source>
        <translation>日结(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="231"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="254"/>
        <source>Tick each group to confirm it first.</source>
        <translation>请先逐项勾选确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="280"/>
        <source>Folder for the day&apos;s workbooks</source>
        <translation>日结报表保存文件夹</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="301"/>
        <source>Choose the folder for the day&apos;s workbooks to close the day.</source>
        <translation>请选择日结报表的保存文件夹后再日结。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="309"/>
        <source>Closing the day…</source>
        <translation>正在日结…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="327"/>
        <source>none here: the records are on a database server, whose backups are made on the server.</source>
        <translation>本机不备份：数据在数据库服务器上，由服务器负责备份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="330"/>
        <source>&lt;p&gt;&lt;b&gt;%1 is closed.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The day&apos;s workbook: %2&lt;/p&gt;&lt;p&gt;The backup: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 已日结。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;当日报表：%2&lt;/p&gt;&lt;p&gt;数据备份：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="342"/>
        <source>The day could not be closed: %1</source>
        <translation>日结未完成：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="350"/>
        <source>Cancelled: the day is still open.</source>
        <translation>已取消：今日尚未日结。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/close_day_dialog.py" line="371"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="32"/>
        <source>Customer complaint handling form</source>
        <translation>客户投诉处理表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="37"/>
        <source>Internal form: it holds the customer&apos;s phone number. Return it to customer service when done.</source>
        <translation>内部表单，含客户联系电话，请勿外传；处理完毕后交回客服中心。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="45"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="57"/>
        <location filename="../../src/deskapp/output/complaint_form.py" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="66"/>
        <source>waiting on the customer: %1</source>
        <translation>等待客户：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="69"/>
        <source>reopened %1 times</source>
        <translation>已重新处理 %1 次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="70"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="77"/>
        <source>Rectification: %1</source>
        <translation>整改措施：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="89"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="91"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="102"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="103"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="104"/>
        <source>Channel</source>
        <translation>受理方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="105"/>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="106"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="107"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="108"/>
        <source>Unit / company</source>
        <translation>单元/单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="109"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="110"/>
        <source>Kind</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="111"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="112"/>
        <source>Severity</source>
        <translation>投诉等级</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="113"/>
        <source>Handled by</source>
        <translation>处理级别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="114"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="115"/>
        <source>(major requests only)</source>
        <translation>（仅重大投诉填写）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="117"/>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="118"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="119"/>
        <source>Dispatched</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="120"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="121"/>
        <source>Resolved</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="122"/>
        <source>Process and result</source>
        <translation>处理过程及结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="124"/>
        <source>Progress notes</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="125"/>
        <source>State</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="126"/>
        <source>Revisit due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="128"/>
        <source>Customer&apos;s final opinion</source>
        <translation>客户最终意见</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="133"/>
        <source>Handler (signature)</source>
        <translation>处理人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="134"/>
        <source>Head of department (signature)</source>
        <translation>部门负责人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/complaint_form.py" line="135"/>
        <source>Customer service (signature)</source>
        <translation>客服中心（签字）</translation>
    </message>
</context>
<context>
    <name>ConsentHow</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="84"/>
        <source>By phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="85"/>
        <source>In person</source>
        <translation>本人到场确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="86"/>
        <source>In writing</source>
        <translation>书面授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="87"/>
        <source>By text or WeChat message</source>
        <translation>短信或微信确认</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="124"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="125"/>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="126"/>
        <source>Notice</source>
        <translation>书面通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="127"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CounterAccess</name>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="117"/>
        <source>%1 took over the counter from %2.</source>
        <translation>%1 已接替 %2 值班。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="165"/>
        <source>Checking the audit trail</source>
        <translation>正在校验审计记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="182"/>
        <source>%1

Someone changed the records outside deskapp, or restored an old copy. Find out who and when before going on; Counter, Audit trail shows the entries around it.</source>
        <translation>%1

有人在 deskapp 之外改动了记录，或恢复了旧的副本。请先查明是谁、在何时改动；“前台 → 审计记录”可查看前后的条目。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="187"/>
        <source>The audit trail needs a supervisor&apos;s look: please tell one.</source>
        <translation>审计记录需要主管查看，请通知主管。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="195"/>
        <source>This data file is read-only.</source>
        <translation>此数据文件为只读。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="199"/>
        <source>Remove the names, ID numbers, phones and plates of visitors from before %1 (older than %2 days)?

Counts and times stay. This cannot be undone.</source>
        <translation>清除 %1 之前（超过 %2 天）访客的姓名、证件号码、电话和车牌号？

人数和时间会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="212"/>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="213"/>
        <source>Removing old personal data…</source>
        <translation>正在清除过期的个人信息…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="215"/>
        <source>Nothing was purged.
%1</source>
        <translation>未清除任何信息。
%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="223"/>
        <source>Personal data from before %1 is removed: %2 visits, %3 alerts, %4 temporary passes, %5 visitors on file, %6 list entries, %7 expected visitors, %8 key loans and handovers, %9 payers&apos; phones on receipts and deposits.</source>
        <translation>%1 之前的个人信息已清除：来访 %2 条，预警 %3 条，临时出入证 %4 张，访客档案 %5 份，名单条目 %6 条，预约 %7 条，钥匙借用及交接 %8 条，收据和押金上的交款人电话 %9 个。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="229"/>
        <source>%1 records of parcels collected, goods let out and lost property handed over lose their ID numbers and phones.</source>
        <translation>另有 %1 条快递领取、物品放行和失物认领记录的证件号码和电话已清除。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/counter_access.py" line="257"/>
        <source>Daily purge</source>
        <translation>每日清除</translation>
    </message>
</context>
<context>
    <name>CounterNameDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/counter_name_dialog.py" line="37"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/counter_name_dialog.py" line="38"/>
        <source>Counters already using these records: %1.</source>
        <translation>已在使用这套记录的前台：%1。</translation>
    </message>
    <message>
        <location filename="../../forms/counter_name_dialog.ui" line="9"/>
        <source>Name this counter</source>
        <translation>设置前台名称</translation>
    </message>
    <message>
        <location filename="../../forms/counter_name_dialog.ui" line="15"/>
        <source>Several counters share these records. Every record saved here and every document printed here will name this counter.</source>
        <translation>这套记录由几个前台共用。在这里保存的每条记录、打印的每份单据都会写上本前台的名称。</translation>
    </message>
    <message>
        <location filename="../../forms/counter_name_dialog.ui" line="25"/>
        <source>Counter &amp;name</source>
        <translation>前台名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_name_dialog.ui" line="34"/>
        <source>e.g. Lobby reception</source>
        <translation>例如：一楼大堂前台</translation>
    </message>
</context>
<context>
    <name>DataFileActions</name>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="57"/>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="89"/>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="111"/>
        <source>Export day</source>
        <translation>导出日报表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="58"/>
        <source>Day to export (YYYY-MM-DD):</source>
        <translation>导出日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="65"/>
        <source>Write the day as YYYY-MM-DD, e.g. %1.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="71"/>
        <source>Export day to Excel</source>
        <translation>导出日报表到 Excel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="72"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="86"/>
        <source>Several counters share these records. Export the day of every counter, or only this counter&apos;s?</source>
        <translation>这套记录由几个前台共用。导出所有前台当天的记录，还是只导出本前台的？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="87"/>
        <source>Every counter</source>
        <translation>所有前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="88"/>
        <source>Only %1</source>
        <translation>只导出 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="88"/>
        <source>this counter</source>
        <translation>本前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="112"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="113"/>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="119"/>
        <source>The file cannot be replaced: it is probably open in Excel. Close it and export again.</source>
        <translation>无法覆盖该文件：它可能正在 Excel 中打开。请关闭后重新导出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="121"/>
        <source>The export failed; no file was written.
%1</source>
        <translation>导出失败，未写入任何文件。
%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="139"/>
        <source>Open the records at %1 now? The records here stay where they are.</source>
        <translation>现在打开 %1 上的记录吗？当前的记录原样保留，不会移动。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="156"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="157"/>
        <source>Filling the counter with two weeks of example records…</source>
        <translation>正在填入两周的示例记录…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="178"/>
        <source>Back up data file</source>
        <translation>备份数据文件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="179"/>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="197"/>
        <source>deskapp data file (*.sqlite)</source>
        <translation>deskapp 数据文件 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="187"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="187"/>
        <source>Copying the data file…</source>
        <translation>正在复制数据文件…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="188"/>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="190"/>
        <source>The backup failed; no file was written.
%1</source>
        <translation>备份失败，未写入任何文件。
%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="196"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="207"/>
        <source>This data file is read-only: nothing can be restored into it.</source>
        <translation>这个数据文件是只读的，无法恢复到其中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="213"/>
        <source>Replace every record in %1 with the backup %2?

The records as they are now are kept in the backups folder first.</source>
        <translation>用备份 %2 替换 %1 中的全部记录吗？

现有记录会先保存在备份文件夹里。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="226"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="226"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="229"/>
        <source>Nothing was restored.
%1</source>
        <translation>未做任何恢复。
%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="234"/>
        <source>The backup is restored. The records as they were before are kept in %1.</source>
        <translation>备份已恢复。恢复前的记录保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="243"/>
        <source>Checking data file</source>
        <translation>正在检查数据文件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="260"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="271"/>
        <source>Looking for a sound backup</source>
        <translation>正在查找完好的备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="276"/>
        <source>%1

Keep working only if you must, and make a backup now (File → Back up). There is no sound backup in %2.</source>
        <translation>%1

除非必要请不要继续操作，并立即备份（文件 → 备份数据文件）。%2 中没有完好的备份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/data_file_actions.py" line="281"/>
        <source>%1

The newest sound backup is from %2. Restore it now? The damaged records are kept beside it.</source>
        <translation>%1

最近一份完好的备份是 %2 的。现在恢复吗？损坏的记录会另行保存。</translation>
    </message>
</context>
<context>
    <name>DataLocationDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="68"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="69"/>
        <source>deskapp data file (*.sqlite)</source>
        <translation>deskapp 数据文件 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="94"/>
        <source>Asking the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="103"/>
        <source>A server address starts with postgresql://.</source>
        <translation>服务器地址以 postgresql:// 开头。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="105"/>
        <source>That is a server address: choose “On a database server”.</source>
        <translation>这是服务器地址：请选择“在数据库服务器上”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="111"/>
        <source>Connected. The database is empty: deskapp sets it up when this counter opens it.</source>
        <translation>已连通。数据库是空的：本前台打开它时，deskapp 会自动建好。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="113"/>
        <source>Connected. The database holds deskapp&apos;s records.</source>
        <translation>已连通。数据库里是 deskapp 的记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="114"/>
        <source>Connected. The records were saved by an older deskapp and are brought up to date when this counter opens them.</source>
        <translation>已连通。记录是旧版 deskapp 保存的，本前台打开时会自动升级。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="117"/>
        <source>Connected, but a newer deskapp set this database up: install the newer deskapp on this PC first.</source>
        <translation>已连通，但这个数据库是新版 deskapp 建立的：请先在这台电脑上安装新版 deskapp。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="119"/>
        <source>Connected, but the database holds another program&apos;s tables: ask for a database of deskapp&apos;s own.</source>
        <translation>已连通，但数据库里是别的程序的表：请另要一个 deskapp 专用的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="124"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="126"/>
        <source> Counters using it: %1.</source>
        <translation>正在使用的前台：%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="133"/>
        <source>The server could not be reached; the details are in the log.</source>
        <translation>连不上服务器，详细情况已记入日志。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="155"/>
        <source>deskapp was started with --db: the choice made here applies when it is started without it.</source>
        <translation>deskapp 是用 --db 启动的：这里的选择要在不带 --db 启动时才生效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/data_location_dialog.py" line="158"/>
        <source>DESKAPP_DB is set on this PC: the choice made here applies once it is removed.</source>
        <translation>这台电脑设置了 DESKAPP_DB：去掉它之后，这里的选择才生效。</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="9"/>
        <source>Where the records are</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="15"/>
        <source>One counter keeps its records in a file on this PC. Several counters share one set of records in a PostgreSQL database on a server.</source>
        <translation>只有一个前台时，记录保存在这台电脑的一个文件里；几个前台共用一套记录时，记录保存在服务器上的 PostgreSQL 数据库里。</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="23"/>
        <source>In a &amp;file on this PC (one counter)</source>
        <translation>保存在这台电脑的文件里（一个前台）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="37"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="47"/>
        <source>On a database &amp;server (several counters)</source>
        <translation>在数据库服务器上（几个前台共用）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="66"/>
        <source>&amp;Test the connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/data_location_dialog.ui" line="87"/>
        <source>Whoever runs the server gives you this address. The server makes the backups.</source>
        <translation>这个地址由管理服务器的人提供。备份由服务器负责。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/deskapp/db/sqlite_file.py" line="59"/>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="140"/>
        <source>%1 is a folder, not a data file. Choose a file such as %2.</source>
        <translation>%1 是一个文件夹，不是数据文件。请选择一个文件，例如 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="145"/>
        <source>The folder %1 does not exist. Check the path of the data file.</source>
        <translation>文件夹 %1 不存在。请检查数据文件的路径。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="151"/>
        <source>The folder %1 cannot be created: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="155"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="158"/>
        <source>deskapp is not allowed to read %1.</source>
        <translation>deskapp 没有读取 %1 的权限。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="162"/>
        <source>deskapp is not allowed to create a data file in %1.</source>
        <translation>deskapp 没有在 %1 中新建数据文件的权限。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="168"/>
        <source>%1 belongs to another program: it holds tables that are not deskapp&apos;s. deskapp did not change it; choose another file.</source>
        <translation>%1 属于其他程序：其中有不属于 deskapp 的数据表。deskapp 没有改动它，请另选一个文件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="174"/>
        <source>%1 was written by a newer version of deskapp (schema %2). Install the newer deskapp to open it; the file was not changed.</source>
        <translation>%1 由更新版本的 deskapp 写入（数据结构版本 %2）。请安装新版 deskapp 后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="218"/>
        <source>%1 is empty and deskapp is not allowed to write it.</source>
        <translation>%1 是空文件，而 deskapp 没有写入它的权限。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/schema.py" line="221"/>
        <source>%1 must be upgraded by this deskapp before it can be used, but it is read-only. Allow writing to the file and its folder, then start again.</source>
        <translation>%1 需要先由本版 deskapp 升级才能使用，但它是只读的。请允许写入该文件及其所在文件夹，然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="41"/>
        <source>The data file is busy: another deskapp or a backup program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>数据文件正忙：另一个 deskapp 或备份程序正在写入。本次没有保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="50"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="51"/>
        <source>The data file%1 is read-only, so nothing can be saved. You can still look, search, print and export. Ask whoever looks after this PC to allow writing to the file and its folder.</source>
        <translation>数据文件%1是只读的，无法保存任何内容。仍可查看、搜索、打印和导出。请联系这台电脑的管理人员，允许写入该文件及其所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="61"/>
        <source>The disk that holds the data file is full. Nothing was saved; free some space and try again.</source>
        <translation>存放数据文件的磁盘已满。本次没有保存任何内容，请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="71"/>
        <source>The data file cannot be reached: its disk or network drive may be gone. Nothing was saved; check the drive and start deskapp again.</source>
        <translation>无法访问数据文件：所在的磁盘或网络驱动器可能已断开。本次没有保存任何内容，请检查驱动器后重新启动 deskapp。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="78"/>
        <source>The database server does not answer: it may be switched off, or the network is down. Nothing was saved; try again in a moment.</source>
        <translation>数据库服务器没有响应：可能已关机，或网络断了。本次没有保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="85"/>
        <source>The data file %1 is damaged.</source>
        <translation>数据文件 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="87"/>
        <source>SQLite found: %1</source>
        <translation>SQLite 检查结果：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="93"/>
        <source>%1 is not a deskapp data file (not a SQLite database). It was not changed.</source>
        <translation>%1 不是 deskapp 数据文件（不是 SQLite 数据库），没有对它做任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="134"/>
        <source>The database server refused the user name or password in the server address. Ask whoever runs the server for the right ones.</source>
        <translation>数据库服务器不接受服务器地址里的用户名或密码。请向管理服务器的人要正确的用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="138"/>
        <source>The database server has no database of the name in the server address. Ask whoever runs the server to create it.</source>
        <translation>数据库服务器上没有服务器地址里写的那个数据库。请找管理服务器的人建好它。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/server.py" line="34"/>
        <source>deskapp cannot reach %1: PostgreSQL support is not installed. Install it with: pip install deskapp[postgres]</source>
        <translation>deskapp 连不上 %1：没有安装 PostgreSQL 支持。请用以下命令安装：pip install deskapp[postgres]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/server.py" line="100"/>
        <source>The database %1 holds tables that are not deskapp&apos;s. deskapp did not change it; ask for a database of its own.</source>
        <translation>数据库 %1 里有不属于 deskapp 的表。deskapp 没有改动它；请另要一个专用的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/server.py" line="104"/>
        <source>The database %1 was set up by a newer version of deskapp (schema %2). Install the newer deskapp on this counter.</source>
        <translation>数据库 %1 是由更新版本的 deskapp 建立的（数据结构版本 %2）。请在这台前台电脑上安装新版 deskapp。</translation>
    </message>
</context>
<context>
    <name>DayClosing</name>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/lock.py" line="29"/>
        <source>%1 was closed at %2 by %3: that day&apos;s receipts can no longer change.</source>
        <translation>%1 已于 %2 由 %3 日结，当日收据不能再更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/lock.py" line="32"/>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="181"/>
        <source>the counter</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/open_items.py" line="37"/>
        <source>Visitors still on site</source>
        <translation>访客尚未离开</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/open_items.py" line="38"/>
        <source>Keys not returned</source>
        <translation>钥匙未归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/open_items.py" line="39"/>
        <source>Messages not yet passed on</source>
        <translation>留言未转达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/open_items.py" line="40"/>
        <source>Requests due or overdue</source>
        <translation>投诉报修到期或超期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/open_items.py" line="41"/>
        <source>Parcels waiting to be collected</source>
        <translation>快件待领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/open_items.py" line="42"/>
        <source>Cashiers not yet handed over</source>
        <translation>收银员尚未交款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="154"/>
        <source>%1 was closed at another counter just now.</source>
        <translation>%1 刚刚已在另一服务台日结。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="165"/>
        <source>Choose a day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="171"/>
        <source>A day is closed at its end, not before it begins.</source>
        <translation>日结只能在当天或之后进行，不能提前日结。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="178"/>
        <source>%1 was closed already, at %2 by %3.</source>
        <translation>%1 已于 %2 由 %3 日结。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="190"/>
        <source>Confirm each group that is still open.</source>
        <translation>请逐项确认未完成事项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/day_closing/service.py" line="194"/>
        <source>Still open and not confirmed: %1.</source>
        <translation>以下未完成事项尚未确认：%1。</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="22"/>
        <source>Front desk, %1</source>
        <translation>前台 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="24"/>
        <source>As it stood at %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="26"/>
        <source>Closed at %1 by %2; as it stood at %3</source>
        <translation>%2 于 %1 日结；截至 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="30"/>
        <source>Every counter&apos;s records of the day.</source>
        <translation>含各服务台当日记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="31"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="32"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="33"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="34"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="36"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="41"/>
        <source>Visits</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="42"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="43"/>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="44"/>
        <source>Requests received</source>
        <translation>投诉报修受理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="45"/>
        <source>Requests closed</source>
        <translation>投诉报修结案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="46"/>
        <source>Keys lent</source>
        <translation>钥匙借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="47"/>
        <source>Keys returned</source>
        <translation>钥匙归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="48"/>
        <source>Receipts issued</source>
        <translation>开具收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="49"/>
        <source>%1 voided</source>
        <translation>作废 %1 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="52"/>
        <source>Takings: %1</source>
        <translation>收款：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="54"/>
        <source>Takings, total</source>
        <translation>收款合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="55"/>
        <source>Receipts not voided</source>
        <translation>不含作废收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="56"/>
        <source>Deposits refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="57"/>
        <source>Parcels received</source>
        <translation>快件签收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="58"/>
        <source>Parcel collections</source>
        <translation>快件领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="59"/>
        <source>Release passes issued</source>
        <translation>开具放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="66"/>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_summary_sheet.py" line="68"/>
        <source>Open: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>DayWorkbook</name>
    <message>
        <location filename="../../src/deskapp/usecases/day_export.py" line="78"/>
        <source>Front desk, %1</source>
        <translation>前台日报表 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/day_export.py" line="80"/>
        <source>%1, counter %2</source>
        <translation>%1，前台：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/day_export.py" line="81"/>
        <source>without a name</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="16"/>
        <source>Late entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="21"/>
        <source>Late</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="29"/>
        <source>Pass</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="31"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="32"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="33"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="34"/>
        <location filename="../../src/deskapp/output/day_workbook.py" line="89"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="35"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="36"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="37"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="38"/>
        <source>Host response</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="39"/>
        <source>Message / new time</source>
        <translation>留言/改约时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="40"/>
        <source>Time in</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="41"/>
        <source>Time out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="42"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="43"/>
        <source>Items carried</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="44"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="45"/>
        <source>Remarks</source>
        <translation>特别说明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="46"/>
        <source>Checked in by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="47"/>
        <location filename="../../src/deskapp/output/day_workbook.py" line="101"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="64"/>
        <source>Visitors</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="70"/>
        <source>Regular (exempt)</source>
        <translation>常客（免登记）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="72"/>
        <source>Admitted despite the deny list</source>
        <translation>拒访名单人员，经特许放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="74"/>
        <source>Temporary pass</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="76"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="85"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="86"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="87"/>
        <source>In/out</source>
        <translation>来电/去电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="88"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="90"/>
        <source>Unit / company</source>
        <translation>房号/单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="91"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="92"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="93"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="94"/>
        <source>Transferred to</source>
        <translation>转接给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="95"/>
        <source>Message for</source>
        <translation>留言给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="96"/>
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="97"/>
        <source>Message passed on</source>
        <translation>转达情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="98"/>
        <source>Callback by</source>
        <translation>回电时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="99"/>
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="100"/>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="110"/>
        <source>to %1, %2, %3</source>
        <translation>已转达 %1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="113"/>
        <source>Not yet</source>
        <translation>未转达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="116"/>
        <source>Made %1: %2</source>
        <translation>已于 %1 回电：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="118"/>
        <source>Not yet made</source>
        <translation>未回电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/day_workbook.py" line="125"/>
        <source>Calls</source>
        <translation>电话记录</translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/deadlines.py" line="39"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/deadlines.py" line="40"/>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/deadlines.py" line="159"/>
        <source>Give a whole number from 1 to %1.</source>
        <translation>请填 1 到 %1 之间的整数。</translation>
    </message>
</context>
<context>
    <name>DeadlineUnit</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="204"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="205"/>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
</context>
<context>
    <name>DeliverMessageDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="52"/>
        <source>Message passed on</source>
        <translation>留言已转达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="53"/>
        <source>For %1: %2</source>
        <translation>给 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="58"/>
        <source>Passed on &amp;to</source>
        <translation>转达给(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/small_dialogs.py" line="62"/>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
</context>
<context>
    <name>DeliveredHow</name>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="58"/>
        <source>By phone</source>
        <translation>电话转达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="59"/>
        <source>In person</source>
        <translation>当面转达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/records.py" line="60"/>
        <source>Written note</source>
        <translation>留便条</translation>
    </message>
</context>
<context>
    <name>DeliveryHow</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="109"/>
        <source>By hand, signed for</source>
        <translation>当面送达签收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="110"/>
        <source>By courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="111"/>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/deskapp/usecases/demo.py" line="156"/>
        <source>This data file holds real records, and demo data would mix with them. Try deskapp on a file of its own instead.</source>
        <translation>这个数据文件里有真实记录，演示数据会和它们混在一起。请另用一个单独的文件试用 deskapp。</translation>
    </message>
</context>
<context>
    <name>DemoOperators</name>
    <message>
        <location filename="../../src/deskapp/usecases/demos/accounts.py" line="36"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/demos/accounts.py" line="38"/>
        <source>Practice operators: %1. The PIN of each is %2.</source>
        <translation>练习用操作员：%1。PIN 均为 %2。</translation>
    </message>
</context>
<context>
    <name>DenyPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/deny_page.py" line="68"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/deny_page.py" line="68"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/deny_page.py" line="95"/>
        <source>%1 added to the deny list.</source>
        <translation>已将 %1 加入拒访名单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/deny_page.py" line="103"/>
        <source>Take %1 off the deny list?
The entry stays on record.</source>
        <translation>将 %1 移出拒访名单？
该记录仍会保留。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/deny_page.py" line="111"/>
        <source>This entry is no longer in the list.</source>
        <translation>该记录已不在名单中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/deny_page.py" line="114"/>
        <source>%1 is no longer on the deny list.</source>
        <translation>%1 已移出拒访名单。</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="39"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="49"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="54"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="74"/>
        <source>Show inactive too</source>
        <translation>同时显示已停用</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="91"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="94"/>
        <source>Take the selected entry off the active list; it stays on record</source>
        <translation>将所选记录移出有效名单，记录仍会保留</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="106"/>
        <source>Add to the deny list</source>
        <translation>加入拒访名单</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="119"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="158"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="168"/>
        <location filename="../../forms/screening_deny_page.ui" line="210"/>
        <location filename="../../forms/screening_deny_page.ui" line="259"/>
        <location filename="../../forms/screening_deny_page.ui" line="296"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="200"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="249"/>
        <source>Company:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="272"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="286"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="344"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../forms/screening_deny_page.ui" line="347"/>
        <source>Add this person to the deny list (Enter)</source>
        <translation>将此人加入拒访名单（Enter）</translation>
    </message>
</context>
<context>
    <name>DenyReason</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="53"/>
        <source>Sales / promotion</source>
        <translation>推销/直销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="54"/>
        <source>Advertising</source>
        <translation>派发广告</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="55"/>
        <source>No contact and no ID</source>
        <translation>无联系人且无证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="56"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DepartmentKind</name>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="45"/>
        <source>Engineering</source>
        <translation>工程</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="46"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="47"/>
        <source>Cleaning</source>
        <translation>保洁</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="48"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="49"/>
        <source>Leasing</source>
        <translation>招商</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="50"/>
        <source>Management</source>
        <translation>管理处</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="165"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="165"/>
        <source>Phone / extension</source>
        <translation>电话/分机</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="165"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>DepositKind</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="135"/>
        <source>Construction deposit</source>
        <translation>施工保证金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="136"/>
        <source>Decoration pass deposit</source>
        <translation>装修出入证押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="137"/>
        <source>Key or access card deposit</source>
        <translation>钥匙/门禁卡押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="138"/>
        <source>Other deposit</source>
        <translation>其他押金</translation>
    </message>
</context>
<context>
    <name>DepositRefund</name>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="32"/>
        <source>Deposit refund slip</source>
        <translation>退押金单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="40"/>
        <source>Refund No.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="41"/>
        <source>Refunded on</source>
        <translation>退款时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="43"/>
        <source>Receipt No.</source>
        <translation>原收据号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="44"/>
        <source>Taken on</source>
        <translation>收取时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="46"/>
        <source>Kind</source>
        <translation>押金类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="47"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="48"/>
        <source>Paid by</source>
        <translation>交款单位（人）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="49"/>
        <source>Amount held</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="51"/>
        <source>Held for</source>
        <translation>押金事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="55"/>
        <source>Deduction and reason</source>
        <translation>扣款事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="56"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="59"/>
        <source>Total deducted</source>
        <translation>扣款合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="62"/>
        <source>Refunded (in capitals)</source>
        <translation>退款金额（大写）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="66"/>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="74"/>
        <source>Refunded by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="67"/>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="73"/>
        <source>Cashier</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="72"/>
        <source>In figures</source>
        <translation>小写</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="77"/>
        <source>Received by: %1 (signature)</source>
        <translation>领款人：%1（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="79"/>
        <source>Received by (signature)</source>
        <translation>领款人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="80"/>
        <source>Approved by: %1 (signature)</source>
        <translation>审批人：%1（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="82"/>
        <source>Approved by (signature)</source>
        <translation>审批人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/deposit_refund.py" line="87"/>
        <source>A deposit is refunded only against its receipt, which the counter keeps with this slip.</source>
        <translation>押金须凭原收据退还，原收据由服务中心收回，与本单一并存档。</translation>
    </message>
</context>
<context>
    <name>DepositState</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="151"/>
        <source>Held</source>
        <translation>在押</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="152"/>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="153"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>DeskServicePages</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="352"/>
        <source>Lost property</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="209"/>
        <source>Notices</source>
        <translation>物业通知</translation>
    </message>
</context>
<context>
    <name>DeskServices</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="300"/>
        <source>Release passes</source>
        <translation>放行条</translation>
    </message>
</context>
<context>
    <name>DeskServicesPages</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="398"/>
        <source>Mail and parcels</source>
        <translation>快递信件</translation>
    </message>
</context>
<context>
    <name>DeskServicesTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/tab.py" line="118"/>
        <source>Ctrl+PgDown / Ctrl+PgUp  the next / previous page</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp  下一页 / 上一页</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="112"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="113"/>
        <source>No phone in the directory</source>
        <translation>名录中没有电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="115"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="157"/>
        <source>Enter the unit number.</source>
        <translation>请输入房号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="177"/>
        <source>Give the area in m², from 0 to %1, e.g. 89.35.</source>
        <translation>请以平方米填写面积，0 至 %1，如 89.35。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="205"/>
        <source>Enter the department&apos;s name.</source>
        <translation>请输入部门名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="230"/>
        <source>This unit is no longer in the directory.</source>
        <translation>该房号已不在名录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="240"/>
        <source>This unit number is already in the directory.</source>
        <translation>该房号已在名录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="245"/>
        <location filename="../../src/deskapp/domain/directory.py" line="272"/>
        <location filename="../../src/deskapp/domain/visitors/hosts.py" line="29"/>
        <source>This entry is no longer in the directory.</source>
        <translation>该条目已不在名录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="267"/>
        <source>This department is already in the directory.</source>
        <translation>该部门已在名录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="326"/>
        <source>Several directory entries match; choose one from the list.</source>
        <translation>名录中有多个条目相符，请从列表中选择一个。</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="119"/>
        <source>Import units from Excel</source>
        <translation>从 Excel 导入房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="121"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="258"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="260"/>
        <source>%1 is deskapp&apos;s own data file, not a spreadsheet.</source>
        <translation>%1 是 deskapp 自己的数据文件，不是表格。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="278"/>
        <source>The sheet “%1” in “%2” has a header row but no units below it.</source>
        <translation>“%2”中的工作表“%1”只有表头，下面没有房号数据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="332"/>
        <location filename="../../forms/directory_dialog.ui" line="95"/>
        <source>New unit</source>
        <translation>新增房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="333"/>
        <source>Unit %1</source>
        <translation>房号 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="362"/>
        <source>This unit is no longer in the directory.</source>
        <translation>该房号已不在名录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="414"/>
        <location filename="../../forms/directory_dialog.ui" line="345"/>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="415"/>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="440"/>
        <source>This department is no longer in the directory.</source>
        <translation>该部门已不在名录中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="467"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 个房号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="470"/>
        <source>%n department(s)</source>
        <translation>
            <numerusform>共 %n 个部门</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/directory_dialog.py" line="474"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="9"/>
        <source>Building directory</source>
        <translation>房号与部门名录</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="18"/>
        <source>Units</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="26"/>
        <location filename="../../forms/directory_dialog.ui" line="287"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="37"/>
        <source>Unit, name, company, phone or pinyin initials (zs)</source>
        <translation>房号、姓名、公司、电话或拼音首字母（如 zs）</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="56"/>
        <source>Add or update units from an .xlsx sheet with the columns 房号, 业主, 公司, 电话, 备注, 状态</source>
        <translation>从 .xlsx 表格新增或更新房号，表格列为：房号、业主、公司、电话、备注、状态</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="59"/>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="106"/>
        <source>&amp;Unit number</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="125"/>
        <source>&amp;Occupant</source>
        <translation>住户/联系人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="141"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="157"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="165"/>
        <source>Separate several numbers with commas</source>
        <translation>多个号码请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="179"/>
        <source>&amp;Area (m²)</source>
        <translation>计费面积(m²)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="187"/>
        <source>The floor area fees per m² are charged on; leave it empty if not known</source>
        <translation>按面积计收费用所依据的面积；不清楚可留空</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="201"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="208"/>
        <source>Units are never deleted: untick this to mark the unit vacant</source>
        <translation>房号不会被删除：取消勾选即标记为空置</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="211"/>
        <source>Occupi&amp;ed</source>
        <translation>已入住(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="222"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="243"/>
        <source>Save this unit (Enter)</source>
        <translation>保存此房号（Enter）</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="246"/>
        <location filename="../../forms/directory_dialog.ui" line="414"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="253"/>
        <source>Clear the form to add another unit (Ctrl+N)</source>
        <translation>清空表单，新增房号（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="256"/>
        <location filename="../../forms/directory_dialog.ui" line="424"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="279"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="298"/>
        <source>Name, phone, kind or pinyin initials (ba)</source>
        <translation>名称、电话、类别或拼音首字母（如 gcb）</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="356"/>
        <source>N&amp;ame</source>
        <translation>名称(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="372"/>
        <source>&amp;Phone / extension</source>
        <translation>电话/分机(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="390"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="411"/>
        <source>Save this department (Enter)</source>
        <translation>保存此部门（Enter）</translation>
    </message>
    <message>
        <location filename="../../forms/directory_dialog.ui" line="421"/>
        <source>Clear the form to add another department (Ctrl+N)</source>
        <translation>清空表单，新增部门（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="176"/>
        <source>{field} has {chars}, which the printer font lacks.</source>
        <translation>{field}中含有打印字体缺少的字符：{chars}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="198"/>
        <source>{field} has {chars}, which the printer font lacks; printed as {placeholder} instead.</source>
        <translation>{field}中含有打印字体缺少的字符：{chars}，已改印为 {placeholder}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="256"/>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="435"/>
        <location filename="../../src/deskapp/output/release_pass.py" line="132"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="439"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="444"/>
        <source>Tel. {phone}</source>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="449"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="456"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="535"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="559"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="650"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="736"/>
        <source>Printed {time} by {operator}</source>
        <translation>打印时间：{time}，操作员：{operator}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="738"/>
        <source>Printed {time}</source>
        <translation>打印时间：{time}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="741"/>
        <location filename="../../src/deskapp/output/document.py" line="743"/>
        <location filename="../../src/deskapp/output/document.py" line="744"/>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/document.py" line="742"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../src/deskapp/usecases/documents/visitors.py" line="55"/>
        <source>Visitor pass</source>
        <translation>访客单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/calls.py" line="45"/>
        <source>Telephone message slip</source>
        <translation>电话留言条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/calls.py" line="77"/>
        <source>Phone directory</source>
        <translation>电话联系一览表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/privacy.py" line="33"/>
        <source>Privacy notice for visitors</source>
        <translation>访客个人信息告知书</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/on_site.py" line="34"/>
        <source>Visitors on site now</source>
        <translation>在场访客名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/temp_passes.py" line="41"/>
        <source>Temporary pass card</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/requests.py" line="47"/>
        <source>Complaint handling form</source>
        <translation>客户投诉处理表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/requests.py" line="81"/>
        <source>Revisit record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/requests.py" line="104"/>
        <source>Monthly complaints list</source>
        <translation>月度投诉一览表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="51"/>
        <source>Key label</source>
        <translation>钥匙牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="99"/>
        <source>Key borrowing slip</source>
        <translation>钥匙借用单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="133"/>
        <source>Key register (stocktake)</source>
        <translation>钥匙登记表（盘点用）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="177"/>
        <source>Key handover slip</source>
        <translation>钥匙交接单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="219"/>
        <source>Key deposit slip</source>
        <translation>钥匙留存单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="48"/>
        <source>Receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="116"/>
        <source>Payment notice</source>
        <translation>缴费通知单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="154"/>
        <source>Dunning notice</source>
        <translation>催缴通知书</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="187"/>
        <source>Rate schedule</source>
        <translation>收费标准公示</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="232"/>
        <source>Daily takings handover</source>
        <translation>日收入情况交接表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="276"/>
        <source>Deposit refund slip</source>
        <translation>退押金单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/lost_property.py" line="62"/>
        <source>Lost property notice</source>
        <translation>失物招领启事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/lost_property.py" line="73"/>
        <source>Lost property claim slip</source>
        <translation>失物认领单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/lost_property.py" line="84"/>
        <source>Lost property handed to the police</source>
        <translation>失物移交公安机关登记单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/notices.py" line="35"/>
        <source>Notice</source>
        <translation>物业通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/release_passes.py" line="61"/>
        <source>Goods release pass</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/parcels.py" line="54"/>
        <source>Parcel pickup notice</source>
        <translation>取件通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/parcels.py" line="83"/>
        <source>Parcel pickup slip</source>
        <translation>取件签收单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/handover.py" line="36"/>
        <source>Shift handover record</source>
        <translation>交接班记录</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="66"/>
        <source>The printer %1 is not connected: choose another in the preview.</source>
        <translation>打印机 %1 未连接，请在打印预览中另选打印机。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="78"/>
        <source>Printed %1 page(s).</source>
        <translation>已打印 %1 页。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="93"/>
        <source>The record is saved, but its document could not be printed: %1
Select it and press Ctrl+P to try again.</source>
        <translation>记录已保存，但单据未能打印：%1
选中该记录后按 Ctrl+P 重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="105"/>
        <source>Could not print on %1: %2
The preview is open: print from there, or save a PDF.</source>
        <translation>未能在 %1 上打印：%2
已打开打印预览，可在预览中重新打印，或另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="111"/>
        <source>Printed %1 on %2, marked as a copy.</source>
        <translation>已在 %2 上打印%1（标注为副本）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="112"/>
        <source>Printed %1 on %2.</source>
        <translation>已在 %2 上打印%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="120"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/printing.py" line="129"/>
        <source>Saved %1 as %2.</source>
        <translation>%1 已另存为 %2。</translation>
    </message>
</context>
<context>
    <name>DunningNotice</name>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="43"/>
        <source>Dunning notice</source>
        <translation>催缴通知书</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="94"/>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="161"/>
        <source>Notice No.</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="95"/>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="162"/>
        <source>Stage</source>
        <translation>催缴阶段</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="96"/>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="163"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="97"/>
        <source>To</source>
        <translation>致</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="99"/>
        <source>Occupant</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="100"/>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="103"/>
        <source>Issued on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="105"/>
        <source>Pay by</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="106"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="107"/>
        <source>To %1 of unit %2:</source>
        <translation>尊敬的 %2 %1：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="109"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="110"/>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="111"/>
        <source>Due on</source>
        <translation>缴费期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="112"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="113"/>
        <source>Still owed</source>
        <translation>尚欠金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="114"/>
        <source>Total owed</source>
        <translation>欠费合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="128"/>
        <source>Total owed (in capitals)</source>
        <translation>欠费合计（大写）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="130"/>
        <source>Please pay by %1.</source>
        <translation>请于 %1 前缴清。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="140"/>
        <source>Cut here: delivery receipt</source>
        <translation>沿此线剪下：送达回执</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="164"/>
        <source>Amount owed</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="166"/>
        <source>Relation to the unit</source>
        <translation>与业户关系</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="168"/>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="173"/>
        <source>Delivery receipt</source>
        <translation>送达回执</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="172"/>
        <source>I have received the notice above.</source>
        <translation>本人已收到上述催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="176"/>
        <source>Received by (signature)</source>
        <translation>签收人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/dunning_notice.py" line="177"/>
        <source>Delivered by (signature)</source>
        <translation>送达人（签字）</translation>
    </message>
</context>
<context>
    <name>DunningStage</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="72"/>
        <source>First notice</source>
        <translation>第一次催缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="73"/>
        <source>Second notice</source>
        <translation>第二次催缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="74"/>
        <source>Final notice</source>
        <translation>最后催缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="78"/>
        <source>Payment Reminder</source>
        <translation>催缴通知书</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="79"/>
        <source>Second Payment Notice</source>
        <translation>催缴通知书（第二次）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="80"/>
        <source>Final Payment Notice</source>
        <translation>催缴通知书（最后一次）</translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="91"/>
        <source>&amp;Cancel this visit…</source>
        <translation>取消此预约(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="93"/>
        <source>Enter: check the visitor in · Insert: book another · Delete: cancel</source>
        <translation>回车：到访登记 · Insert：新增预约 · Delete：取消预约</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="147"/>
        <source>Pass %1</source>
        <translation>已到 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="171"/>
        <source>%1 people · %2</source>
        <translation>%1 人 · %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="177"/>
        <source>New appointment after a declined visit.</source>
        <translation>上次来访被拒后另约的时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="179"/>
        <source>Arrived at %1, pass %2.</source>
        <translation>%1 到访，访客单号 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="183"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="185"/>
        <source>Booked by %1</source>
        <translation>登记人：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="191"/>
        <source>No one expected today.</source>
        <translation>今日暂无预约。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="193"/>
        <source>%1 expected · %2 arrived · %3 not come</source>
        <translation>预约 %1 位 · 已到 %2 · 未到 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="217"/>
        <source>%1 has arrived already (pass %2).</source>
        <translation>%1 已到访（访客单号 %2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="220"/>
        <source>The visit of %1 was cancelled: %2</source>
        <translation>%1 的预约已取消：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="239"/>
        <source>%1 is expected at %2 to see %3.</source>
        <translation>已登记预约：%1 将于 %2 来访 %3。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="274"/>
        <source>The visit of %1 is cancelled.</source>
        <translation>%1 的预约已取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="280"/>
        <source>Why is the visit of %1 at %2 cancelled?</source>
        <translation>%1（%2）的预约为什么取消？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/expected_panel.py" line="284"/>
        <source>Cancel an expected visit</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="14"/>
        <source>E&amp;xpected today</source>
        <translation>今日预约(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="16"/>
        <source>&amp;Book a visitor…</source>
        <translation>预约登记(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="27"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="29"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="30"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../forms/expected_panel.ui" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ExpectedState</name>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="55"/>
        <source>Expected</source>
        <translation>待到</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="56"/>
        <source>Arrived</source>
        <translation>已到</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="57"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="58"/>
        <source>Not come</source>
        <translation>未到</translation>
    </message>
</context>
<context>
    <name>ExpectedVisitorDialog</name>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="6"/>
        <source>Expected visitor</source>
        <translation>预约来访</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="9"/>
        <source>Someone a host has announced: on arrival, Enter on their line fills in the check-in.</source>
        <translation>被访人提前通知的访客：到访时在其预约行上按回车，即可自动填好来访登记。</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="14"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="17"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="20"/>
        <source>C&amp;ompany</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="23"/>
        <source>Peop&amp;le</source>
        <translation>人数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="26"/>
        <source>P&amp;urpose</source>
        <translation>来访事由(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="28"/>
        <source>Ho&amp;st</source>
        <translation>被访人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="31"/>
        <source>Expected &amp;at</source>
        <translation>预约时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/expected_visitor_dialog.ui" line="34"/>
        <source>Not&amp;e</source>
        <translation>备注(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExpectedVisitors</name>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="163"/>
        <source>%1 has arrived already (pass %2).</source>
        <translation>%1 已到访（访客单号 %2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="166"/>
        <source>The visit of %1 was cancelled: %2</source>
        <translation>%1 的预约已取消：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="202"/>
        <source>Enter when the visitor is expected.</source>
        <translation>请填写预约来访时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="205"/>
        <source>That time has passed.</source>
        <translation>该时间已过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="208"/>
        <source>Visitors are expected at most %1 days ahead.</source>
        <translation>最多只能预约 %1 天以内的来访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="248"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="402"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="415"/>
        <source>There is no expected visitor %1.</source>
        <translation>没有编号为 %1 的预约访客。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="348"/>
        <source>Say why the visit is cancelled.</source>
        <translation>请填写取消预约的原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="378"/>
        <source>A new appointment was made.</source>
        <translation>已另约时间。</translation>
    </message>
</context>
<context>
    <name>FeeBillRunDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="120"/>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="6"/>
        <source>Make the month&apos;s bills</source>
        <translation>生成本月账单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="121"/>
        <source>Billing %1… (one step: once started, the run finishes)</source>
        <translation>正在生成 %1 的账单…（一次完成：开始后不能中途停止）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="165"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: made %2 charge(s) for &lt;b&gt;%3&lt;/b&gt;, due %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：已生成 %2 笔费用，共 &lt;b&gt;%3&lt;/b&gt;，缴费截止日 %4。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no new charge to make.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：没有需要新生成的费用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="170"/>
        <source>Billed before, not made again: %1.</source>
        <translation>此前已出账、未重复生成：%1 笔。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="173"/>
        <source>Not billed: %1 (listed below).</source>
        <translation>未能出账：%1 笔（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/bill_run_dialog.py" line="177"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="8"/>
        <source>Bills every occupied unit for the month from the charge items still charged: per m² by the unit&apos;s area, metered items by the month&apos;s reading, fixed amounts once; quarterly items in a quarter&apos;s first month, yearly ones in January. Nothing is billed twice: a second run makes only what is still missing.</source>
        <translation>按在用的收费项目为所有已入住房间生成当月账单：按面积计费的按房屋面积，抄表计费的按当月读数，定额的每期一次；按季收取的在每季首月出账，按年收取的在一月出账。不会重复出账：再次生成只补出尚未出账的费用。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="11"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="15"/>
        <source>&amp;Due on</source>
        <translation>缴费截止日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="22"/>
        <source>Ma&amp;ke bills</source>
        <translation>生成账单(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="26"/>
        <source>Not billed, no &amp;area on record (enter the unit&apos;s area in the directory, then make the bills again):</source>
        <translation>未出账——未登记面积(&amp;A)（请在房间资料中录入面积后，再次生成账单）：</translation>
    </message>
    <message>
        <location filename="../../forms/fee_bill_run_dialog.ui" line="28"/>
        <source>Not billed, no meter &amp;reading for the month (enter the readings, then make the bills again):</source>
        <translation>未出账——本月未抄表(&amp;R)（录入读数后，再次生成账单）：</translation>
    </message>
</context>
<context>
    <name>FeeCategory</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="28"/>
        <source>Management fee</source>
        <translation>物业管理费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="29"/>
        <source>Water</source>
        <translation>水费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="30"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="31"/>
        <source>Shared utilities</source>
        <translation>公摊水电费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="32"/>
        <source>Repairs</source>
        <translation>维修费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="33"/>
        <source>Parking</source>
        <translation>车位费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="34"/>
        <source>Business services</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="35"/>
        <source>Prepaid electricity</source>
        <translation>购电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="36"/>
        <source>Deposit</source>
        <translation>押金/保证金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="37"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FeeCharge</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/fee_texts.py" line="61"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · due %4&lt;br&gt;Amount %5 · paid %6 · waived %7 · &lt;b&gt;owed %8&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · 缴费截止 %4&lt;br&gt;应收 %5 · 已收 %6 · 已减免 %7 · &lt;b&gt;欠费 %8&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FeeCollection</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/base.py" line="46"/>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="255"/>
        <source>There is no unit number %1.</source>
        <translation>没有编号为 %1 的单元。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/base.py" line="54"/>
        <source>There is no charge item number %1.</source>
        <translation>没有编号为 %1 的收费项目。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="95"/>
        <source>Enter the deposit&apos;s amount.</source>
        <translation>请输入押金金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="97"/>
        <source>The money taken (%1) is not the deposit&apos;s amount (%2).</source>
        <translation>收取的金额（%1）与押金金额（%2）不符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="133"/>
        <source>Enter who receives the money back.</source>
        <translation>请输入领取退款的人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="137"/>
        <source>Choose one way to pay back.</source>
        <translation>请选择一种退款方式。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="176"/>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="226"/>
        <source>There is no deposit number %1.</source>
        <translation>没有编号为 %1 的押金。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="181"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="131"/>
        <source>This is not the number on the deposit&apos;s receipt: a deposit is refunded only against its own receipt.</source>
        <translation>收据号不符：押金只能凭该笔押金本身的收据退还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="185"/>
        <source>The deposit on receipt %1 is %2: nothing is held.</source>
        <translation>收据 %1 的押金%2，没有在押金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="190"/>
        <source>The deductions (%1) are more than the deposit (%2).</source>
        <translation>扣款（%1）超过了押金（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="198"/>
        <source>List at most %1 deductions.</source>
        <translation>扣款最多列 %1 项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="207"/>
        <source>Say what each deduction is for.</source>
        <translation>请写明每项扣款的原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/deposits.py" line="210"/>
        <source>Give each deduction an amount.</source>
        <translation>请填写每项扣款的金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/handover.py" line="72"/>
        <source>Enter the amount counted.</source>
        <translation>请输入清点的金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/handover.py" line="75"/>
        <source>Enter who receives the money.</source>
        <translation>请输入接收款项的人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/handover.py" line="82"/>
        <source>A day is handed over on the day or after.</source>
        <translation>只能交接当天或以前的收入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/handover.py" line="111"/>
        <source>%1&apos;s takings of %2 were handed over already.</source>
        <translation>%1 在 %2 的收入已经交接过了。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="144"/>
        <source>Choose each charge once.</source>
        <translation>每笔费用只能选一次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="159"/>
        <source>Enter the amount paid.</source>
        <translation>请输入实收金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="162"/>
        <source>The charges chosen are paid already.</source>
        <translation>所选费用已经缴清。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="207"/>
        <source>Add from 1 to %1 items.</source>
        <translation>请添加 1 到 %1 项服务。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="211"/>
        <source>Enter how many, from 1 to 1000.</source>
        <translation>请输入数量，1 到 1000。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="222"/>
        <source>%1 is not sold over the counter.</source>
        <translation>%1 不在前台收取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/payments.py" line="229"/>
        <source>The services come to %1: take exactly that.</source>
        <translation>服务费合计 %1，请按此金额收取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="76"/>
        <source>Say how the money is paid.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="87"/>
        <source>Give each way of paying once, with its own amount.</source>
        <translation>每种付款方式只填一次，并填写各自的金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="91"/>
        <source>Enter an amount from ¥0.00 to %1.</source>
        <translation>请输入 ¥0.00 到 %1 之间的金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="101"/>
        <source>Enter the cash handed over.</source>
        <translation>请输入客户交来的现金。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="106"/>
        <source>Cash handed over only goes with a cash payment.</source>
        <translation>只有现金付款才填写实收现金。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="109"/>
        <source>The cash handed over is less than the %1 paid in cash.</source>
        <translation>交来的现金少于应付现金 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="120"/>
        <source>Enter who is paying.</source>
        <translation>请输入交款人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="132"/>
        <source>%1&apos;s takings of %2 were handed over at %3: that day&apos;s receipts can no longer change.</source>
        <translation>%1 在 %2 的收入已于 %3 交接，当天的收据不能再更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="135"/>
        <source>The cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="177"/>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="266"/>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="297"/>
        <source>There is no receipt number %1.</source>
        <translation>没有编号为 %1 的收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="191"/>
        <source>No receipt has number %1.</source>
        <translation>没有号码为 %1 的收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="242"/>
        <source>Say why the receipt is void.</source>
        <translation>请写明作废原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="269"/>
        <source>Receipt %1 is void already.</source>
        <translation>收据 %1 已经作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="290"/>
        <source>Enter the invoice (发票) number.</source>
        <translation>请输入发票号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="300"/>
        <source>Receipt %1 is void: it cannot be invoiced.</source>
        <translation>收据 %1 已作废，不能换开发票。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="304"/>
        <source>Receipt %1 was exchanged for invoice %2 already.</source>
        <translation>收据 %1 已经换开发票 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="329"/>
        <source>The %1 of credit receipt %2 kept has been spent since: void the receipt that spent it first.</source>
        <translation>收据 %2 转入的预存款 %1 已被使用，请先作废使用这笔预存款的收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipts.py" line="344"/>
        <source>The deposit on receipt %1 was refunded: it cannot be voided.</source>
        <translation>收据 %1 的押金已退还，不能作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="62"/>
        <source>Give a number from %1 to %2, with at most two decimals.</source>
        <translation>请填写 %1 至 %2 之间的数，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="77"/>
        <source>This charge is too large: check the quantity and the price.</source>
        <translation>该笔费用金额过大，请核对数量和单价。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="90"/>
        <source>There is no charge number %1.</source>
        <translation>没有编号为 %1 的费用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="276"/>
        <source>The period cannot end before it begins.</source>
        <translation>计费期的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="292"/>
        <source>Choose an item charged when asked for; bills charge the others, deposits are taken on their own receipt.</source>
        <translation>请选择“按需收取”的项目；周期性项目由出账生成，押金另开收据收取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="297"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="313"/>
        <source>This unit is already charged %1 for %2. To change it, void that charge first; or charge it for another day.</source>
        <translation>该单元 %2 已计收“%1”。如需更改，请先作废原费用；或改为其他日期计收。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing_records.py" line="48"/>
        <source>No area on record</source>
        <translation>未登记面积</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing_records.py" line="49"/>
        <source>No reading</source>
        <translation>未抄表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/meters.py" line="59"/>
        <source>Lower than the previous reading (%1). If the meter rolled over or was changed, mark the reading so.</source>
        <translation>低于上期读数（%1）。如属翻表或换表，请选择相应类型。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/meters.py" line="67"/>
        <source>The reading is not lower than the previous one: the meter did not roll over.</source>
        <translation>本期读数不低于上期读数，不属于翻表。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/meters.py" line="71"/>
        <source>The dial starts again above the previous reading (%1).</source>
        <translation>满量程（归零值）应大于上期读数（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/meters.py" line="76"/>
        <source>Enter the old meter&apos;s last reading.</source>
        <translation>请填写旧表止数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/meters.py" line="79"/>
        <source>The old meter&apos;s last reading cannot be lower than its previous reading (%1).</source>
        <translation>旧表止数不能低于上期读数（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/periods.py" line="35"/>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>请按“年-月”填写月份，如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="45"/>
        <source>Give a price from 0 to %1 yuan.</source>
        <translation>单价应在 0 至 %1 元之间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="99"/>
        <source>Name the charge item.</source>
        <translation>请填写收费项目名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="109"/>
        <source>A deposit is a fixed amount.</source>
        <translation>押金按固定金额收取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="112"/>
        <source>A deposit is taken when asked for, not billed by period.</source>
        <translation>押金随时收取，不按周期出账。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="115"/>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="207"/>
        <source>Give the approved price (only a deposit may be 0: its amount is set when it is taken).</source>
        <translation>请填写批准的单价（只有押金可以为 0：金额在收取时确定）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="119"/>
        <source>Pages are charged when asked for, not billed by period.</source>
        <translation>按页收费的项目随用随收，不按周期出账。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="122"/>
        <source>Meters are read and billed every month.</source>
        <translation>抄表项目每月抄表、每月出账。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="137"/>
        <source>Enter a new price on the day it takes effect, not before.</source>
        <translation>新单价请在生效当日（或之后）录入，不能提前录入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="193"/>
        <source>Say why the price changes (the approved standard).</source>
        <translation>请注明调价原因（依据的批准收费标准）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="203"/>
        <source>%1 is no longer charged: bring it back first.</source>
        <translation>“%1”已停用，请先恢复启用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="212"/>
        <source>The price in force began on %1: a new one begins on that day or later.</source>
        <translation>现行单价自 %1 起执行，新单价的生效日期不能早于该日。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rates.py" line="302"/>
        <source>There is a charge item named %1 already.</source>
        <translation>已有名为“%1”的收费项目。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="78"/>
        <source>A meter is entered once it is read: this day is ahead.</source>
        <translation>抄表日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="86"/>
        <source>Give a whole number from 1 to %1.</source>
        <translation>请填写 1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="112"/>
        <source>That unit is not in the directory.</source>
        <translation>通讯录中没有该单元。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="116"/>
        <source>Choose a metered item that is still charged.</source>
        <translation>请选择在用的抄表收费项目。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="132"/>
        <source>This is the meter&apos;s first reading: enter the previous reading too (where the meter started).</source>
        <translation>这是该表的首次抄表，请同时填写上期读数（表的起始读数）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="138"/>
        <source>The usage is too large to be right: check the readings and the multiplier.</source>
        <translation>用量过大，请核对读数和倍率。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="191"/>
        <source>Say why the reading is corrected.</source>
        <translation>请注明更正读数的原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="201"/>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="264"/>
        <source>There is no meter reading number %1.</source>
        <translation>没有编号为 %1 的抄表记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="205"/>
        <source>This reading was corrected already: correct the latest one.</source>
        <translation>该读数已被更正过，请更正最新的读数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="246"/>
        <source>A correction is for the same unit, meter and month as the reading.</source>
        <translation>更正只能针对原读数的同一单元、同一表计、同一月份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="339"/>
        <source>%1 of unit %2 is read for %3 already: correct that reading instead.</source>
        <translation>单元 %2 的“%1”%3 已抄表，如有错误请更正该读数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="92"/>
        <source>Another counter entered readings of this sheet meanwhile; nothing was imported. Check the sheet again.</source>
        <translation>导入期间其他窗口录入了表中的读数，本次未导入任何数据。请重新检查表格。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="113"/>
        <source>This meter and month are in the sheet twice.</source>
        <translation>表中同一表计、同一月份出现了两次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="150"/>
        <source>Unit %1 is not in the directory.</source>
        <translation>通讯录中没有单元 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="151"/>
        <source>The unit is missing.</source>
        <translation>未填写房号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="156"/>
        <source>No metered item still charged is named “%1”.</source>
        <translation>没有名为“%1”的在用抄表项目。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="161"/>
        <source>“%1” is not a kind of reading: leave it empty, or write rollover (翻表) or meter_change (换表).</source>
        <translation>“%1”不是抄表类型：正常抄表请留空，翻表填“翻表”，换表填“换表”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="191"/>
        <source>Give the day the meter was read, as YYYY-MM-DD.</source>
        <translation>请按“年-月-日”填写抄表日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="193"/>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="197"/>
        <source>“%1” is not a day: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期，请按“年-月-日”填写。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/readings_import.py" line="206"/>
        <source>The multiplier “%1” is not a whole number.</source>
        <translation>倍率“%1”不是整数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="41"/>
        <source>This charge is voided already.</source>
        <translation>该费用已作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="43"/>
        <source>%1 has been paid on this charge: void its receipts first.</source>
        <translation>该费用已收款 %1，请先作废相应收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="77"/>
        <source>Say why the fee is waived.</source>
        <translation>请注明减免原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="99"/>
        <source>This charge is voided.</source>
        <translation>该费用已作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="102"/>
        <source>Nothing is owed on this charge.</source>
        <translation>该费用已无欠款。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="104"/>
        <source>At most what is still owed: %1.</source>
        <translation>减免金额不能超过欠款 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="123"/>
        <source>Say why the charge is voided.</source>
        <translation>请注明作废原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/waivers.py" line="155"/>
        <source>Give an amount above 0.</source>
        <translation>金额应大于 0。</translation>
    </message>
</context>
<context>
    <name>FeeColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="27"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="29"/>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="36"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="38"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="40"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="74"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="42"/>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="43"/>
        <source>For</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="45"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="47"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="67"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="50"/>
        <source>Cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="66"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="66"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="67"/>
        <source>Due</source>
        <translation>缴费期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="68"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="68"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="75"/>
        <source>Owed</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="69"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="74"/>
        <source>Occupant</source>
        <translation>业主/住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="75"/>
        <source>Up to 30 days</source>
        <translation>30天内</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="76"/>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="76"/>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="77"/>
        <source>Over 90 days</source>
        <translation>90天以上</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/columns.py" line="77"/>
        <source>Credit</source>
        <translation>预存</translation>
    </message>
</context>
<context>
    <name>FeeContact</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/contacts.py" line="39"/>
        <source>Choose the unit.</source>
        <translation>请选择房号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/contacts.py" line="43"/>
        <source>Write the note.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/contacts.py" line="49"/>
        <source>A promise to pay is at most a year ahead (until %1): check the year.</source>
        <translation>承诺缴费日期最晚只能到一年后（%1），请检查年份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/contacts.py" line="55"/>
        <source>This time is in the future.</source>
        <translation>该时间晚于现在。</translation>
    </message>
</context>
<context>
    <name>FeeContactDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/contact_dialog.py" line="62"/>
        <source>Contact about fees — %1</source>
        <translation>催费记录 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/contact_dialog.py" line="64"/>
        <source>Write down each call, visit or notice about the unit&apos;s fees, and any day they promised to pay by: the log is the evidence if it comes to a claim, and it cannot be changed afterwards.</source>
        <translation>每次电话、上门或书面催费，以及对方承诺的缴费日期，都请如实登记：日后如需依法追缴，这些记录就是证据，保存后不能修改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/contact_dialog.py" line="67"/>
        <source>e.g. will pay at the end of the month</source>
        <translation>如：答应月底前缴清</translation>
    </message>
    <message>
        <location filename="../../forms/fee_contact_dialog.ui" line="6"/>
        <source>Log a contact about fees</source>
        <translation>登记催费记录</translation>
    </message>
    <message>
        <location filename="../../forms/fee_contact_dialog.ui" line="11"/>
        <source>&amp;Kind</source>
        <translation>方式(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_contact_dialog.ui" line="14"/>
        <source>&amp;What was said</source>
        <translation>沟通内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_contact_dialog.ui" line="17"/>
        <source>&amp;Promised to pay by</source>
        <translation>承诺缴费日期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_contact_dialog.ui" line="20"/>
        <source>Wh&amp;en</source>
        <translation>时间(&amp;E)</translation>
    </message>
</context>
<context>
    <name>FeeCycle</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="79"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="80"/>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="81"/>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="82"/>
        <source>When charged</source>
        <translation>按次</translation>
    </message>
</context>
<context>
    <name>FeeDeliveryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="59"/>
        <source>Delivery of notice %1</source>
        <translation>送达登记 — 通知书 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="60"/>
        <source>Issued %1, to pay by %2</source>
        <translation>%1 开具，缴费截止日 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="62"/>
        <source>Delivered before: %1</source>
        <translation>此前已送达：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="67"/>
        <source>The number on the courier&apos;s slip</source>
        <translation>快递面单上的运单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="68"/>
        <source>Who took the notice and signed</source>
        <translation>接收通知书并签字的人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="83"/>
        <location filename="../../forms/fee_delivery_dialog.ui" line="14"/>
        <source>&amp;Waybill no.</source>
        <translation>快递单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/delivery_dialog.py" line="84"/>
        <source>&amp;Tracking no.</source>
        <translation>挂号信单号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_delivery_dialog.ui" line="6"/>
        <source>Record a delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location filename="../../forms/fee_delivery_dialog.ui" line="11"/>
        <source>&amp;How</source>
        <translation>送达方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_delivery_dialog.ui" line="17"/>
        <source>&amp;Signed for by</source>
        <translation>签收人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_delivery_dialog.ui" line="20"/>
        <source>Wh&amp;en</source>
        <translation>送达时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_delivery_dialog.ui" line="23"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FeeDepositDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="85"/>
        <location filename="../../forms/fee_deposit_dialog.ui" line="6"/>
        <source>Take a deposit</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="87"/>
        <source>A deposit is money held, not income: it is given back only against the receipt printed now, less any deductions a supervisor signs off.</source>
        <translation>押金是代为保管的款项，不是收入：退还时须凭现在打印的这张收据，如有扣款须经主管签字确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="89"/>
        <source>Optional: a unit number or name</source>
        <translation>选填：房号或业户姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="90"/>
        <source>e.g. renovation of 1203, 2 access cards</source>
        <translation>如：1203 装修、门禁卡 2 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="91"/>
        <source>Yuan, e.g. 2000</source>
        <translation>单位：元，如 2000</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="92"/>
        <source>Only with pre-numbered receipt forms</source>
        <translation>使用预印编号收据时填写</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="94"/>
        <source>Take the deposit</source>
        <translation>确认收取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/deposit_dialog.py" line="151"/>
        <source>Choose a unit from the list, or leave it empty.</source>
        <translation>请从列表中选择房号，或留空。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="11"/>
        <source>&amp;Kind</source>
        <translation>押金类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="14"/>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="17"/>
        <source>&amp;Payer</source>
        <translation>交款人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="20"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="23"/>
        <source>Pu&amp;rpose</source>
        <translation>用途(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="26"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="29"/>
        <source>&amp;Method</source>
        <translation>付款方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="32"/>
        <source>&amp;Cash handed over</source>
        <translation>实收现金(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="35"/>
        <source>Transaction &amp;no.</source>
        <translation>交易单号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_deposit_dialog.ui" line="38"/>
        <source>Printed &amp;form no.</source>
        <translation>预印收据号(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FeeDocuments</name>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="83"/>
        <source>There is no unit number %1.</source>
        <translation>没有编号为 %1 的房号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="91"/>
        <source>No unit has bills to pay.</source>
        <translation>目前没有待缴费的房号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="95"/>
        <source>Unit %1 has no bills to pay.</source>
        <translation>%1 没有待缴费用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="135"/>
        <source>There is no dunning notice number %1.</source>
        <translation>没有编号为 %1 的催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="212"/>
        <source>Give the day as YYYY-MM-DD, not %1.</source>
        <translation>请按 YYYY-MM-DD 输入日期，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="218"/>
        <source>No money was taken on %1.</source>
        <translation>%1 没有收款记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="250"/>
        <source>There is no deposit number %1.</source>
        <translation>没有编号为 %1 的押金。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/fees.py" line="254"/>
        <source>The deposit on receipt %1 was voided: it was never held, so there is nothing to refund.</source>
        <translation>收据 %1 的押金已作废，未曾实收，无需退还。</translation>
    </message>
</context>
<context>
    <name>FeeDunning</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="100"/>
        <source>Give a day to pay by after today.</source>
        <translation>缴费期限须晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="103"/>
        <source>Give a day to pay by within %1 days.</source>
        <translation>缴费期限须在 %1 天以内。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="113"/>
        <source>Unit %1 owes nothing past its due date: there is nothing to send a dunning notice about.</source>
        <translation>%1 没有逾期未缴的费用，无需发催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="132"/>
        <source>Choose the notice delivered.</source>
        <translation>请选择送达的催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="137"/>
        <source>Enter the courier&apos;s waybill number: it is the evidence the notice was sent.</source>
        <translation>请填写快递单号，这是通知书已寄出的凭证。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="141"/>
        <source>Enter the name of who signed for the notice.</source>
        <translation>请填写签收人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="146"/>
        <source>This time is in the future.</source>
        <translation>该时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="167"/>
        <source>The notice was issued after this time.</source>
        <translation>通知书开出时间晚于该时间，请检查送达时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning.py" line="208"/>
        <source>There is no dunning notice number %1.</source>
        <translation>没有编号为 %1 的催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="22"/>
        <source>According to our records, the fees of your unit listed in this notice are past their due date and still unpaid.</source>
        <translation>经核对，贵户本通知所列费用已超过缴费期限，至今尚未缴纳。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="24"/>
        <source>This may simply have been overlooked. Please pay the amount stated in this notice at the service counter of the management office by the date it gives.</source>
        <translation>这可能是您一时疏忽。请于本通知所列期限前，到物业服务中心前台缴纳本通知所列款项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="27"/>
        <source>If you have already paid, please disregard this notice. If you have any question about the amounts, the service counter will be glad to help.</source>
        <translation>如您已缴纳，请忽略本通知。如对费用有疑问，欢迎向物业服务中心前台咨询。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="30"/>
        <source>Thank you for your understanding and support.</source>
        <translation>感谢您的理解与支持！</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="34"/>
        <source>We reminded you earlier, but the fees of your unit listed in this notice remain unpaid.</source>
        <translation>我们此前已提醒您缴费，但贵户本通知所列费用至今仍未缴纳。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="36"/>
        <source>Paying the fees on time is an obligation under the property service contract, and it keeps the services every owner of the building shares running.</source>
        <translation>按时缴纳物业服务费用是物业服务合同约定的义务，也关系到全体业主共享的各项服务能否正常运转。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="39"/>
        <source>Please pay the amount stated in this notice by the date it gives. If you disagree with the amount or have difficulty paying, please come to the management office or call us before that date, so that we can talk it over and agree on a way forward.</source>
        <translation>请于本通知所列期限前缴清所欠费用。如对费用有异议或缴纳确有困难，请在该期限前到物业服务中心面谈或来电，以便协商解决。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="43"/>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="56"/>
        <source>If you have paid in the meantime, please disregard this notice.</source>
        <translation>如您在此期间已经缴纳，请忽略本通知。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="47"/>
        <source>Despite our earlier notices, the fees of your unit listed in this notice remain unpaid.</source>
        <translation>经我方多次催缴，贵户本通知所列费用至今仍未缴纳。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="49"/>
        <source>This is our final written request. Please pay the amount stated in this notice in full by the date it gives, or contact the management office before then to agree on how it will be paid.</source>
        <translation>现特此作最后一次书面催告：请于本通知所列期限前全额缴清所欠费用，或在此之前与物业服务中心联系，协商确定缴费安排。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/dunning_wording.py" line="52"/>
        <source>If the fees remain unpaid after that date, the management may pursue them through legal means in accordance with the Civil Code and the property service contract, including a lawyer&apos;s letter, a lawsuit or arbitration.</source>
        <translation>逾期仍未缴纳的，我方可依据《中华人民共和国民法典》及物业服务合同的约定，通过发送律师函、提起诉讼或申请仲裁等法律途径追缴。</translation>
    </message>
</context>
<context>
    <name>FeeDunningDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="72"/>
        <source>Dunning notice — %1</source>
        <translation>催缴通知书 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="74"/>
        <source>Issue the notice</source>
        <translation>开具通知书</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="77"/>
        <source>The notice names what is past due today: %1, the oldest due %2. Charges not yet due are left out.</source>
        <translation>通知书列明截至今天已逾期的欠费：%1，最早一笔 %2 到期。未到期的费用不计入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="88"/>
        <source>Suggested: %1 — no notice has been sent yet.</source>
        <translation>建议：%1——此前尚未发过催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="91"/>
        <source>Suggested: %1 — what notice %2 asked for has been paid since.</source>
        <translation>建议：%1——通知书 %2 所催缴的费用此后已缴清。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="93"/>
        <source>Suggested: %1 — notice %2 (%3, issued %4) is still unpaid.</source>
        <translation>建议：%1——%4 开具的通知书 %2（%3）所列费用仍未缴纳。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="104"/>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="104"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="104"/>
        <source>Due</source>
        <translation>缴费期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="104"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/dunning_dialog.py" line="105"/>
        <source>Owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../forms/fee_dunning_dialog.ui" line="6"/>
        <source>Issue a dunning notice</source>
        <translation>开具催缴通知书</translation>
    </message>
    <message>
        <location filename="../../forms/fee_dunning_dialog.ui" line="12"/>
        <source>&amp;Stage</source>
        <translation>催缴阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_dunning_dialog.ui" line="16"/>
        <source>&amp;Pay by</source>
        <translation>缴费截止日(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_dunning_dialog.ui" line="21"/>
        <source>What the notice says</source>
        <translation>通知书内容</translation>
    </message>
    <message>
        <location filename="../../forms/fee_dunning_dialog.ui" line="23"/>
        <source>Pr&amp;int it now</source>
        <translation>立即打印(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FeeHandoverDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="70"/>
        <source>Hand over the takings — %1</source>
        <translation>收款交接 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="75"/>
        <source>Handed over at %1 to %2: the day is locked.</source>
        <translation>已于 %1 交接给 %2，当日账已锁定。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="77"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="80"/>
        <source>Count the cash in the drawer, float included, and hand it over. Once handed over, the day is locked: its receipts can no longer be voided, and no more are issued under your name today.</source>
        <translation>请清点钱箱现金（含备用金）后交接。交接后当日账即锁定：当日收据不能再作废，今天也不能再以您的名义开收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="84"/>
        <source>Hand over</source>
        <translation>确认交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="85"/>
        <source>Yuan kept in the drawer for change</source>
        <translation>留作找零的备用金（元）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="86"/>
        <source>Yuan counted, float included</source>
        <translation>清点出的现金（元），含备用金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="95"/>
        <source>Cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="97"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 张（%2 – %3）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="100"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="102"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="101"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="102"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="106"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n 张收据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="107"/>
        <source>Total received</source>
        <translation>收款合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="108"/>
        <source>Deposits taken</source>
        <translation>收取押金</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="110"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="113"/>
        <source>%n deposit(s)</source>
        <translation>
            <numerusform>%n 笔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="111"/>
        <source>Deposits refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="114"/>
        <source>Cash in</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="115"/>
        <source>Cash out</source>
        <translation>现金支出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="144"/>
        <source>%1 short</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="146"/>
        <source>%1 over</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="148"/>
        <source>Balanced</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="175"/>
        <source>Hand over %1 in cash to %2? The day is locked after this: its receipts can no longer be voided, and no more are issued under your name today.</source>
        <translation>将现金 %1 交给 %2？交接后当日账即锁定：当日收据不能再作废，今天也不能再以您的名义开收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/handover_dialog.py" line="178"/>
        <source>Hand over the takings</source>
        <translation>收款交接</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="6"/>
        <source>Hand over the day&apos;s takings</source>
        <translation>日收入交接</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="12"/>
        <source>&amp;Float</source>
        <translation>备用金(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="15"/>
        <source>&amp;Counted cash</source>
        <translation>实点现金(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="18"/>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="20"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="22"/>
        <source>Received &amp;by</source>
        <translation>接收人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_handover_dialog.ui" line="25"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FeeImportPreviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 row(s) checked.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：已检查 %2 行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="55"/>
        <source>Would import &lt;b&gt;%1&lt;/b&gt; reading(s), %2 at today&apos;s prices.</source>
        <translation>可导入 &lt;b&gt;%1&lt;/b&gt; 条读数，按现行单价合计 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="56"/>
        <source>Not one row can be imported.</source>
        <translation>没有可以导入的行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="59"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Refused: &lt;b&gt;%1&lt;/b&gt; row(s), each with the reason.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;不予导入：&lt;b&gt;%1&lt;/b&gt; 行，原因见各行。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="63"/>
        <source>&amp;Import %1 reading(s)</source>
        <translation>导入 %1 条读数(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="76"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="76"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="76"/>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="76"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="77"/>
        <source>Previous</source>
        <translation>上期读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="77"/>
        <source>Current</source>
        <translation>本期读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="77"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="78"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="78"/>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="89"/>
        <source>New reading</source>
        <translation>新增读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/import_preview_dialog.py" line="89"/>
        <source>Refused: %1</source>
        <translation>不予导入：%1</translation>
    </message>
    <message>
        <location filename="../../forms/fee_import_preview_dialog.ui" line="6"/>
        <source>Import meter readings: check first</source>
        <translation>导入抄表读数：先核对</translation>
    </message>
    <message>
        <location filename="../../forms/fee_import_preview_dialog.ui" line="9"/>
        <source>Show only the &amp;refused rows</source>
        <translation>只看不予导入的行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_import_preview_dialog.ui" line="21"/>
        <source>Nothing has been written yet. Import writes every good row at once (all or nothing); refused rows are left out: correct them in the sheet and import it again, or type them in the grid.</source>
        <translation>目前尚未写入任何数据。点“导入”会一次写入所有合格的行（要么全部成功，要么一条不写）；不予导入的行不会写入：请在表格中改正后重新导入，或在抄表录入表中手工录入。</translation>
    </message>
</context>
<context>
    <name>FeeInvoiceDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/invoice_dialog.py" line="42"/>
        <source>Invoice for receipt %1</source>
        <translation>收据 %1 换开发票</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/invoice_dialog.py" line="45"/>
        <source>Type the number of the invoice (发票) finance issued for this receipt. It is recorded with your name and the time, and the receipt cannot be invoiced again.</source>
        <translation>请输入财务为此收据开具的发票号码。系统会记下您的姓名和时间，此收据不能再次换开发票。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_invoice_dialog.ui" line="6"/>
        <source>Exchanged for an invoice</source>
        <translation>换开发票</translation>
    </message>
    <message>
        <location filename="../../forms/fee_invoice_dialog.ui" line="12"/>
        <source>&amp;Invoice no.</source>
        <translation>发票号码(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/item_dialog.py" line="109"/>
        <source>There is a charge item named %1 already (retired items keep their names).</source>
        <translation>已有名为 %1 的收费项目（停收的项目仍占用该名称）。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="6"/>
        <source>New charge item</source>
        <translation>新增收费项目</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="8"/>
        <source>A charge item with its approved price. The counter charges only the items set up here, at their prices.</source>
        <translation>收费项目及其核定单价。前台只能按这里设定的项目和单价收费。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="12"/>
        <source>as printed on bills and receipts, e.g. 物业管理费</source>
        <translation>打印在账单和收据上的名称，如：物业管理费</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="14"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="17"/>
        <source>&amp;Priced</source>
        <translation>计费方式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="20"/>
        <source>&amp;Unit price</source>
        <translation>单价(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="23"/>
        <source>&amp;Billed</source>
        <translation>计费周期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="26"/>
        <source>Price &amp;from</source>
        <translation>单价起始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="29"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_item_dialog.ui" line="30"/>
        <source>the approved standard it follows, shown on the rate schedule</source>
        <translation>收费依据，将显示在收费标准公示上</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="77"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="77"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="77"/>
        <source>Priced</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="78"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="78"/>
        <source>Billed</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="78"/>
        <source>Price since</source>
        <translation>单价起始日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="87"/>
        <source>Charged</source>
        <translation>在收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="87"/>
        <source>Retired</source>
        <translation>已停收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="132"/>
        <source>%1 added at %2.</source>
        <translation>已新增 %1，单价 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="144"/>
        <source>%1 now %2 from %3.</source>
        <translation>%1 自 %3 起单价调整为 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="156"/>
        <source>Stop charging %1? Bill runs leave it out from now on; the bills made with it stay as they are. It can be charged again later.</source>
        <translation>确定停收 %1 吗？此后生成账单时不再包含该项目；已出的账单保持不变。以后可以恢复收取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="158"/>
        <source>Retire a charge item</source>
        <translation>停收收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="182"/>
        <source>%1 is charged again at %2.</source>
        <translation>%1 已恢复收取，单价 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/items_dialog.py" line="183"/>
        <source>%1 is retired: bill runs leave it out.</source>
        <translation>%1 已停收：生成账单时不再包含该项目。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="6"/>
        <source>Charge items and rates</source>
        <translation>收费项目与收费标准</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="8"/>
        <source>Charge &amp;items the counter bills, at their approved prices. A supervisor sets them up and changes them; an item no longer charged is retired, never deleted.</source>
        <translation>前台按核定单价收取的收费项目(&amp;I)。由主管设定和调整；不再收取的项目只做停收，不会删除。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="25"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="26"/>
        <source>Change &amp;price…</source>
        <translation>调价(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="27"/>
        <source>&amp;Retire</source>
        <translation>停收(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="28"/>
        <source>Charge a&amp;gain</source>
        <translation>恢复收取(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_items_dialog.ui" line="30"/>
        <source>Print rate &amp;schedule</source>
        <translation>打印收费标准(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FeeLedger</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="54"/>
        <source>Up to 30 days</source>
        <translation>30天以内</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="55"/>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="56"/>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_records.py" line="57"/>
        <source>Over 90 days</source>
        <translation>90天以上</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_rows.py" line="129"/>
        <source>Paid up</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_rows.py" line="130"/>
        <source>Due soon</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/ledger_rows.py" line="131"/>
        <source>In arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/overview.py" line="135"/>
        <source>Show from 1 to %1 units a page.</source>
        <translation>每页显示 1 至 %1 个房号。</translation>
    </message>
</context>
<context>
    <name>FeeLedgerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="34"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="34"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="35"/>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="35"/>
        <source>Due</source>
        <translation>缴费期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="36"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="36"/>
        <location filename="../../forms/fee_ledger_dialog.ui" line="16"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="37"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="88"/>
        <location filename="../../forms/fee_ledger_dialog.ui" line="17"/>
        <source>Waived</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="37"/>
        <location filename="../../forms/fee_ledger_dialog.ui" line="18"/>
        <source>Owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="38"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="55"/>
        <source>%1 (voided)</source>
        <translation>%1（已作废）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="67"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="67"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="124"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="68"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="69"/>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="69"/>
        <source>Cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="70"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="76"/>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="78"/>
        <source>Invoiced: %1</source>
        <translation>已开发票：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="88"/>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="89"/>
        <source>Reason</source>
        <translation>减免事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="90"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="90"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="102"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="102"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="103"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="104"/>
        <source>Promised to pay by</source>
        <translation>承诺缴费日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="105"/>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="123"/>
        <source>Notice</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="123"/>
        <source>Stage</source>
        <translation>催缴阶段</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="125"/>
        <source>Arrears named</source>
        <translation>所列欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="126"/>
        <source>Pay by</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="126"/>
        <source>Delivered</source>
        <translation>送达情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_cells.py" line="141"/>
        <source>Not delivered yet</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="104"/>
        <source>Insert</source>
        <translation>Insert 键</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="106"/>
        <source>Insert logs a call, visit or notice from any page. Promises gone by while the unit still owes are shown in red.</source>
        <translation>在任一页按 Insert 键即可登记电话、上门或书面催费。已过承诺日期仍未缴清的以红色显示。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="108"/>
        <source>Enter on a notice records how it was delivered.</source>
        <translation>在通知书上按回车键登记送达情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="139"/>
        <source>Ledger — %1</source>
        <translation>收费台账 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="141"/>
        <source>nobody on record</source>
        <translation>未登记业户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="142"/>
        <source>overdue since %1</source>
        <translation>自 %1 起欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="143"/>
        <source>nothing overdue</source>
        <translation>无逾期欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="147"/>
        <source>As of %1 · %2</source>
        <translation>截至 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="156"/>
        <source>Overdue %1, by days past due</source>
        <translation>逾期欠费 %1（按逾期天数）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="212"/>
        <source>Receipts (%1)</source>
        <translation>收据（%1 张）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="213"/>
        <source>Waivers (%1)</source>
        <translation>减免（%1 笔）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="225"/>
        <source>The day has gone by and the unit still owes.</source>
        <translation>已过承诺日期，仍有欠费。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/ledger_dialog.py" line="255"/>
        <source>Nothing is past its due date: there is nothing to send a notice about.</source>
        <translation>没有逾期费用，无需发催缴通知书。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="6"/>
        <source>Unit ledger</source>
        <translation>收费台账</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="13"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="15"/>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="19"/>
        <source>Credit held</source>
        <translation>预存款余额</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="20"/>
        <source>Owed after credit</source>
        <translation>扣除预存款后欠费</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="38"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="52"/>
        <source>C&amp;harges</source>
        <translation>费用明细(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="58"/>
        <source>&amp;Receipts and waivers</source>
        <translation>收据与减免(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="60"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="62"/>
        <source>Waivers</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="67"/>
        <source>C&amp;ontacts</source>
        <translation>催费记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="72"/>
        <source>&amp;Add contact…</source>
        <translation>登记催费(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="79"/>
        <source>&amp;Dunning</source>
        <translation>催缴通知(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="84"/>
        <source>&amp;Issue notice…</source>
        <translation>开具通知书(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="85"/>
        <source>Record de&amp;livery…</source>
        <translation>登记送达(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="86"/>
        <source>Print the &amp;notice</source>
        <translation>打印通知书(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_ledger_dialog.ui" line="96"/>
        <source>&amp;Payment notice</source>
        <translation>缴费通知单(&amp;P)</translation>
    </message>
</context>
<context>
    <name>FeePaper</name>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="61"/>
        <location filename="../../src/deskapp/output/fee_parts.py" line="63"/>
        <source>%1 / %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="68"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="69"/>
        <source>quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="70"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="77"/>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="90"/>
        <source>Stamp</source>
        <translation>收讫章</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="188"/>
        <source>Total (in capitals)</source>
        <translation>合计（大写）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_parts.py" line="189"/>
        <source>In figures</source>
        <translation>小写</translation>
    </message>
</context>
<context>
    <name>FeePayDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="81"/>
        <location filename="../../forms/fee_pay_dialog.ui" line="6"/>
        <source>Take payment</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="87"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="95"/>
        <source>%1 charge(s), %2 owed, the oldest due %3</source>
        <translation>%1 笔费用，欠缴 %2，最早到期 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="99"/>
        <source>Nothing is owed: money paid now is kept as credit.</source>
        <translation>没有欠费：现在交的钱转为预存款。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="101"/>
        <source>Credit held: %1</source>
        <translation>预存余额：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="162"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="164"/>
        <source>This pays:</source>
        <translation>本次缴纳：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="164"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="166"/>
        <source>Credit spent: %1</source>
        <translation>使用预存款：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="168"/>
        <source>Kept as credit: %1</source>
        <translation>转为预存款：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="170"/>
        <source>Still owed afterwards: %1</source>
        <translation>缴后仍欠：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/pay_dialog.py" line="195"/>
        <source>The second part cannot be more than the amount paid.</source>
        <translation>第二种方式的金额不能超过实收金额。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="11"/>
        <source>&amp;Amount paid</source>
        <translation>实收金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="14"/>
        <source>&amp;Method</source>
        <translation>付款方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="17"/>
        <source>Cash &amp;tendered</source>
        <translation>收到现金(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="20"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="22"/>
        <source>&amp;Second method</source>
        <translation>另一方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="25"/>
        <source>Transaction &amp;no.</source>
        <translation>交易单号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="28"/>
        <source>&amp;Payer</source>
        <translation>交款人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="31"/>
        <source>Form se&amp;rial</source>
        <translation>三联单号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="36"/>
        <source>Use the unit&apos;s &amp;credit first</source>
        <translation>先用预存款抵扣(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_pay_dialog.ui" line="38"/>
        <source>Pr&amp;int the receipt</source>
        <translation>打印收据(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FeePayment</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/money_fields.py" line="73"/>
        <source>The transfer&apos;s or the payment code&apos;s number</source>
        <translation>转账或扫码支付的交易单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/money_fields.py" line="89"/>
        <source>Left empty: the exact amount, no change</source>
        <translation>留空即按应收金额收取，不找零</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/money_fields.py" line="97"/>
        <source>Change: %1</source>
        <translation>找零：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/money_fields.py" line="101"/>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
</context>
<context>
    <name>FeePriceDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="61"/>
        <source>Change the price of %1</source>
        <translation>调整 %1 的单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="63"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Price now: &lt;b&gt;%4&lt;/b&gt;, since %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;现行单价：&lt;b&gt;%4&lt;/b&gt;，自 %5 起</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="72"/>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="72"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="72"/>
        <source>Reason</source>
        <translation>调价依据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="73"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="73"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="73"/>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/price_dialog.py" line="80"/>
        <source>(first price)</source>
        <translation>（初始单价）</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="6"/>
        <source>Change price</source>
        <translation>调价</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="11"/>
        <source>New &amp;price</source>
        <translation>新单价(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="14"/>
        <source>&amp;From</source>
        <translation>起始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="17"/>
        <source>&amp;Reason</source>
        <translation>调价依据(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="18"/>
        <source>the approved standard it follows, e.g. 物价局批复 2026-15号</source>
        <translation>核定的收费依据，如：物价局批复 2026-15号</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="22"/>
        <source>Bills already made keep their price. A bill made later for an earlier month takes the price in force when that month began.</source>
        <translation>已出的账单单价不变。之后补出以前月份的账单时，按该月月初执行的单价计费。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_price_dialog.ui" line="23"/>
        <source>Price &amp;history</source>
        <translation>单价历史(&amp;H)</translation>
    </message>
</context>
<context>
    <name>FeePricing</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="52"/>
        <source>Per m² of the unit</source>
        <translation>按建筑面积（每平方米）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="53"/>
        <source>Per metered unit</source>
        <translation>按表计用量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="54"/>
        <source>Per page</source>
        <translation>按页</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="55"/>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="61"/>
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="62"/>
        <source>unit</source>
        <translation>度/吨</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="63"/>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="64"/>
        <source>bill</source>
        <translation>次</translation>
    </message>
</context>
<context>
    <name>FeeRates</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/fee_texts.py" line="22"/>
        <source>¥%1 / %2</source>
        <translation>¥%1/%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/fee_texts.py" line="28"/>
        <source>yuan / %1</source>
        <translation>元/%1</translation>
    </message>
</context>
<context>
    <name>FeeReadingDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/reading_dialog.py" line="115"/>
        <source>&amp;New meter&apos;s reading</source>
        <translation>新表读数(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/reading_dialog.py" line="116"/>
        <location filename="../../forms/fee_reading_dialog.ui" line="14"/>
        <source>&amp;Reading now</source>
        <translation>本期读数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/reading_dialog.py" line="158"/>
        <source>Last reading: %1 · multiplier %2</source>
        <translation>上期读数：%1 · 倍率 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/reading_dialog.py" line="163"/>
        <source>%1&lt;br&gt;Usage &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; at the current price</source>
        <translation>%1&lt;br&gt;用量 &lt;b&gt;%2&lt;/b&gt; · 按现行单价 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/fee_reading_dialog.ui" line="11"/>
        <source>&amp;What happened</source>
        <translation>情况(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_reading_dialog.ui" line="17"/>
        <source>&amp;Dial starts again after</source>
        <translation>表盘满量程(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_reading_dialog.ui" line="20"/>
        <source>&amp;Old meter&apos;s last reading</source>
        <translation>旧表止数(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_reading_dialog.ui" line="23"/>
        <source>Re&amp;ason</source>
        <translation>原因(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FeeReadingsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="125"/>
        <source>No metered item is charged: set one up under Charge items first.</source>
        <translation>没有在收的抄表计费项目：请先在“收费项目”中设定。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="150"/>
        <source>Read: %1 of %2 · usage %3 · %4 at the current price</source>
        <translation>已抄 %1/%2 户 · 用量 %3 · 按现行单价 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="158"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="204"/>
        <source>Type the reading, or leave the unit for later.</source>
        <translation>请输入读数，或先跳过这一户。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="248"/>
        <source>This reading is saved: correct it instead.</source>
        <translation>该读数已保存：如有错误请更正。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="252"/>
        <source>Type the last reading first (where the meter started).</source>
        <translation>请先输入上期读数（表的起始读数）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="262"/>
        <source>%1: rollover or meter change</source>
        <translation>%1：翻表或换表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="263"/>
        <source>A reading lower than the last is taken when the dial passed its end and started again, or when a new meter was fitted.</source>
        <translation>只有表盘走满归零重新计数（翻表），或换了新表时，才能录入比上期低的读数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="281"/>
        <source>Nothing is saved for this unit yet: type the reading.</source>
        <translation>这一户还没有保存读数：请直接输入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="295"/>
        <source>This reading is billed: its charge is voided and the corrected reading billed at once, with the reason. A supervisor must approve.</source>
        <translation>该读数已出账：更正时原费用将作废，并按更正后的读数立即重新出账，同时记录原因。需主管批准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="297"/>
        <source>The reading stays on record, marked as corrected by the new one.</source>
        <translation>原读数仍保留在记录中，并标注为已被新读数更正。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="299"/>
        <source>Correct the reading of %1</source>
        <translation>更正 %1 的读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="311"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="336"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="347"/>
        <source>Import meter readings</source>
        <translation>导入抄表读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="312"/>
        <source>Sheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="329"/>
        <source>Check the sheet</source>
        <translation>核对表格</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="330"/>
        <source>Checking %1…</source>
        <translation>正在核对 %1…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="335"/>
        <source>%1 has no readings below its header row.</source>
        <translation>%1 的表头下没有读数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="348"/>
        <source>Importing %1 (all rows at once)…</source>
        <translation>正在导入 %1（所有行一次写入）…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="354"/>
        <source>Imported %1 reading(s), %2 at the current prices.</source>
        <translation>已导入 %1 条读数，按现行单价合计 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_dialog.py" line="357"/>
        <source>%1 row(s) left out.</source>
        <translation>%1 行未导入。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="6"/>
        <source>Meter readings</source>
        <translation>抄表录入</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="10"/>
        <source>&amp;Meter</source>
        <translation>表计(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="14"/>
        <source>Mon&amp;th</source>
        <translation>月份(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="16"/>
        <source>Read o&amp;n</source>
        <translation>抄表日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="21"/>
        <source>Type each unit&apos;s current reading and press Enter: it is saved and the next unit is ready. A reading lower than the last is refused unless the meter rolled over or was changed. A saved reading is corrected, never overwritten.</source>
        <translation>逐户输入本期读数后按回车：即保存并跳到下一户。读数低于上期的不予保存，除非是翻表或换表。已保存的读数只能更正，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="36"/>
        <source>Rollover or meter c&amp;hange…</source>
        <translation>翻表或换表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="37"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_readings_dialog.ui" line="38"/>
        <source>&amp;Import from a sheet…</source>
        <translation>从表格导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>FeeReadingsGrid</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="117"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="118"/>
        <source>Last reading</source>
        <translation>上期读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="119"/>
        <source>Reading now</source>
        <translation>本期读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="120"/>
        <source>Multiplier</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="121"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="121"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="122"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="167"/>
        <source>First reading: type where the meter started too</source>
        <translation>首次抄表：请同时填写起始读数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="177"/>
        <source>Billed</source>
        <translation>已出账</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/readings_grid.py" line="178"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>FeeReceiptDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_detail_dialog.py" line="54"/>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <location filename="../../forms/fee_receipt_dialog.ui" line="6"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../forms/fee_receipt_dialog.ui" line="10"/>
        <source>&amp;Reprint</source>
        <translation>补打(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_receipt_dialog.ui" line="10"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_receipt_dialog.ui" line="10"/>
        <source>&amp;Invoice…</source>
        <translation>换开发票(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>FeeReceiptText</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="24"/>
        <source>Kept as the unit&apos;s credit</source>
        <translation>转为该户预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="26"/>
        <source>Deposit held</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="43"/>
        <source>Receipt %1 · %2 · %3 · cashier %4</source>
        <translation>收据 %1 · %2 · %3 · 收款员 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="50"/>
        <source>and %1 more</source>
        <translation>等，另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="52"/>
        <source>For: %1</source>
        <translation>收费项目：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="61"/>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="65"/>
        <source>VOID since %1: %2 (voided by %3, approved by %4)</source>
        <translation>已于 %1 作废：%2（作废人 %3，批准人 %4）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="71"/>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="72"/>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="73"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="74"/>
        <source>Printed form no.</source>
        <translation>预印收据号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="75"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="82"/>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="83"/>
        <source>%1, change %2</source>
        <translation>%1，找零 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="86"/>
        <source>Credit used</source>
        <translation>使用预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="89"/>
        <source>Kept as credit</source>
        <translation>转为预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="91"/>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="92"/>
        <source>Stamp</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="94"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="95"/>
        <source>%1 · %2 by %3</source>
        <translation>%1 · %2 · 经办人 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="98"/>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="99"/>
        <source>Handed over: the day is locked</source>
        <translation>已交接，当日账已锁定</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="113"/>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="113"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="114"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/receipt_text.py" line="122"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>FeeRefundDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="86"/>
        <source>This deposit is %1: nothing is held to give back.</source>
        <translation>该押金状态为“%1”，没有可退的款项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="96"/>
        <source>Refund deposit — receipt %1</source>
        <translation>退押金 — 收据 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="97"/>
        <source>Receipt %1 · %2 · paid by %3</source>
        <translation>收据 %1 · %2 · 交款人 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="100"/>
        <source>Taken %1 · %2 · held %3</source>
        <translation>收取于 %1 · %2 · 押金 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="105"/>
        <source>Scan or type the number on the receipt the payer brings</source>
        <translation>扫描或输入交款人带来的收据上的编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="106"/>
        <location filename="../../forms/fee_refund_dialog.ui" line="15"/>
        <source>Reason</source>
        <translation>扣款事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="106"/>
        <location filename="../../forms/fee_refund_dialog.ui" line="15"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="107"/>
        <source>&amp;Add (Insert)</source>
        <translation>添加(Insert)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="108"/>
        <source>Remo&amp;ve (Delete)</source>
        <translation>删除(Delete)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="109"/>
        <source>Refund</source>
        <translation>确认退款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="127"/>
        <source>Scan or type the number on the deposit&apos;s receipt: a deposit is refunded only against it.</source>
        <translation>请扫描或输入押金收据上的编号：押金只凭这张收据退还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="198"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="210"/>
        <source>The deductions (%1) are more than the deposit (%2).</source>
        <translation>扣款合计（%1）超过了押金金额（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/refund_dialog.py" line="226"/>
        <source>(%1 held − %2 deducted)</source>
        <translation>（押金 %1 − 扣款 %2）</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="6"/>
        <source>Refund a deposit</source>
        <translation>退押金</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="11"/>
        <source>Deposit &amp;receipt no.</source>
        <translation>押金收据号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="14"/>
        <source>&amp;Deductions</source>
        <translation>扣款明细(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="16"/>
        <source>&amp;Add a deduction</source>
        <translation>添加扣款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="16"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="18"/>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="21"/>
        <source>&amp;Method</source>
        <translation>退款方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_refund_dialog.ui" line="24"/>
        <source>Received &amp;by</source>
        <translation>领款人(&amp;B)</translation>
    </message>
</context>
<context>
    <name>FeeSaleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="72"/>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="117"/>
        <location filename="../../forms/fee_sale_dialog.ui" line="6"/>
        <source>Business services</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="119"/>
        <source>Type how many of each (pages, or times); the prices are the posted rates.</source>
        <translation>输入各项的数量（页数或次数），单价按公示的收费标准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="121"/>
        <source>No business services are set up: a supervisor adds them (priced per page or fixed, charged when asked for) under Fees › Charge items.</source>
        <translation>尚未设置特约服务项目：请主管在“收费 › 收费项目”中添加（按页或固定计价、按次收取）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="124"/>
        <location filename="../../forms/fee_sale_dialog.ui" line="10"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="124"/>
        <location filename="../../forms/fee_sale_dialog.ui" line="10"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="124"/>
        <location filename="../../forms/fee_sale_dialog.ui" line="10"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="124"/>
        <location filename="../../forms/fee_sale_dialog.ui" line="10"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="125"/>
        <source>Take payment</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/sale_dialog.py" line="181"/>
        <source>Type how many of at least one service.</source>
        <translation>请至少输入一项服务的数量。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_sale_dialog.ui" line="9"/>
        <source>&amp;Services</source>
        <translation>服务项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_sale_dialog.ui" line="14"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../forms/fee_sale_dialog.ui" line="16"/>
        <source>&amp;Payer</source>
        <translation>交款人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_sale_dialog.ui" line="19"/>
        <source>&amp;Method</source>
        <translation>付款方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_sale_dialog.ui" line="22"/>
        <source>&amp;Cash handed over</source>
        <translation>实收现金(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_sale_dialog.ui" line="25"/>
        <source>Transaction &amp;no.</source>
        <translation>交易单号(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FeeSheet</name>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="33"/>
        <source>credit kept %1</source>
        <translation>转入预存款 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="39"/>
        <source>credit used %1</source>
        <translation>抵扣预存款 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="42"/>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="129"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="49"/>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="94"/>
        <source>Receipt No.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="50"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="51"/>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="97"/>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="162"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="52"/>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="98"/>
        <source>Payer</source>
        <translation>交款单位（人）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="53"/>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="96"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="54"/>
        <source>Items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="55"/>
        <source>Paid by</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="56"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="57"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="58"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="59"/>
        <source>Invoice</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="60"/>
        <source>Form serial</source>
        <translation>票据号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="61"/>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="62"/>
        <source>Counter</source>
        <translation>收款点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="64"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="72"/>
        <source>Total of %1 receipts (voided ones not counted)</source>
        <translation>合计 %1 张收据（不含作废）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="77"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="93"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="95"/>
        <source>Taken at</source>
        <translation>收取时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="99"/>
        <source>Held for</source>
        <translation>押金事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="100"/>
        <source>Amount held</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="101"/>
        <source>Refund No.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="102"/>
        <source>Refunded at</source>
        <translation>退款时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="103"/>
        <source>Deducted</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="104"/>
        <source>Deductions</source>
        <translation>扣款明细</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="105"/>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="106"/>
        <source>Refunded by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="107"/>
        <source>Received by</source>
        <translation>领款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="108"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="116"/>
        <source>Taken and refunded today</source>
        <translation>当日收取并退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="118"/>
        <source>Refunded today</source>
        <translation>当日退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="120"/>
        <source>Taken today, voided</source>
        <translation>当日收取，已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="121"/>
        <source>Taken today</source>
        <translation>当日收取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="130"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="140"/>
        <source>Held at closing</source>
        <translation>日终在押</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="143"/>
        <source>Total held at closing: %1 deposits</source>
        <translation>日终在押合计：%1 笔</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="147"/>
        <source>Deposits taken or refunded on %1, then every deposit still held at %2</source>
        <translation>%1 收取或退还的押金，及截至 %2 仍在押的全部押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="150"/>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="163"/>
        <source>Occupant</source>
        <translation>业户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="164"/>
        <source>Oldest due</source>
        <translation>最早欠费期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="165"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="167"/>
        <source>In arrears</source>
        <translation>欠费合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="168"/>
        <source>Not yet due</source>
        <translation>未到期应缴</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="169"/>
        <source>Credit</source>
        <translation>预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="170"/>
        <source>Last paid</source>
        <translation>最近缴费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="171"/>
        <source>Last contact</source>
        <translation>最近催缴联系</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="172"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="173"/>
        <source>Promised to pay by</source>
        <translation>承诺缴费日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="174"/>
        <source>Dunning notice</source>
        <translation>催缴通知书</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="175"/>
        <source>Notice issued</source>
        <translation>通知书发出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="189"/>
        <source>Total: %1 units in arrears</source>
        <translation>合计：欠费 %1 户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="194"/>
        <source>Units owing past their due dates as of %1, the oldest debt first; amounts as recorded at %2</source>
        <translation>截至 %1 已逾期欠费的房号，按欠费时间由早到晚排列；金额以 %2 的记录为准</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/fee_sheets.py" line="197"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
</context>
<context>
    <name>FeeTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="113"/>
        <source>Receipt number, unit or payer…</source>
        <translation>收据号、单元或交款人…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="114"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="116"/>
        <source>Type the unit (or scan the payment notice) and press Enter: what it owes shows and the payment opens. Choose rows to pay only those.</source>
        <translation>输入单元号（或扫描缴费通知单）后按回车：显示欠费并打开收费窗口。选中几行则只收这几笔。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="119"/>
        <source>Fees: &amp;hand over the day…</source>
        <translation>收费：交接当日收入(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="120"/>
        <source>Fees: print the &amp;payment notices of every unit owing</source>
        <translation>收费：打印所有欠费单元的缴费通知单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="121"/>
        <source>Fees: charge &amp;items and rates…</source>
        <translation>收费：收费项目与标准(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="122"/>
        <source>Fees: make the month&apos;s &amp;bills…</source>
        <translation>收费：生成本月账单(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="123"/>
        <source>Fees: &amp;meter readings…</source>
        <translation>收费：抄表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="155"/>
        <source>Unit + Enter  what it owes, and the payment · Ctrl+F  the unit box
F5  take payment · F7  deposit · F8  business services · F9  the unit&apos;s ledger and dunning · Enter  the receipt · Ctrl+P  print the receipt again</source>
        <translation>单元号+回车  查看欠费并收费 · Ctrl+F  单元输入框
F5  收费 · F7  收押金 · F8  特约服务 · F9  单元台账与催缴 · 回车  查看收据 · Ctrl+P  补打收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="182"/>
        <source>No unit matches %1.</source>
        <translation>找不到单元 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="231"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="233"/>
        <source>Owed: &lt;b&gt;%1&lt;/b&gt; · of it overdue: %2 · credit held: %3</source>
        <translation>欠缴：&lt;b&gt;%1&lt;/b&gt; · 其中逾期：%2 · 预存余额：%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="259"/>
        <source>Units that owe (Enter on a unit to take its payment)</source>
        <translation>欠费单元（选中单元按回车即可收费）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="262"/>
        <source>Owed by every unit: %1 · overdue: %2, in %3 unit(s)</source>
        <translation>全部欠缴：%1 · 逾期：%2，共 %3 个单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="283"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab_actions.py" line="166"/>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab_actions.py" line="234"/>
        <source>Type the unit first.</source>
        <translation>请先输入单元号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="294"/>
        <source>Receipt %1: %2 received.</source>
        <translation>收据 %1：已收 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab_actions.py" line="110"/>
        <source>Receipt %1 is void; what it paid is owed again.</source>
        <translation>收据 %1 已作废，所缴费用恢复为欠缴。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab_actions.py" line="138"/>
        <source>Choose the deposit&apos;s receipt in the list (show Deposits, or search its number), then refund it.</source>
        <translation>请先在列表中选中押金收据（显示“押金”，或搜索收据号），再办理退款。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab_actions.py" line="183"/>
        <source>Choose one of the unit&apos;s charges first.</source>
        <translation>请先选中该单元的一笔费用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="307"/>
        <source>Shown: %1 receipts · %2 received · %3 voided</source>
        <translation>显示：%1 张收据 · 实收 %2 · 作废 %3 张</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="13"/>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="43"/>
        <source>Take payment… (F5)</source>
        <translation>收费… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="44"/>
        <source>Deposit… (F7)</source>
        <translation>收押金… (F7)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="45"/>
        <source>Business services… (F8)</source>
        <translation>特约服务… (F8)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="46"/>
        <source>Receipt (Enter)</source>
        <translation>查看收据 (回车)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="47"/>
        <source>Reprint (Ctrl+P)</source>
        <translation>补打 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="51"/>
        <source>Refun&amp;d a deposit…</source>
        <translation>退押金(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="52"/>
        <source>Hand over the da&amp;y…</source>
        <translation>交接当日收入(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="53"/>
        <source>W&amp;aive…</source>
        <translation>减免(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="54"/>
        <source>Void the &amp;bill…</source>
        <translation>作废账单(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="55"/>
        <source>&amp;Ledger and dunning… (F9)</source>
        <translation>台账与催缴(&amp;L)… (F9)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_tab.ui" line="56"/>
        <source>Payment n&amp;otice</source>
        <translation>缴费通知单(&amp;O)</translation>
    </message>
</context>
<context>
    <name>FeeVoidChargeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_charge_dialog.py" line="53"/>
        <source>&amp;Void charge</source>
        <translation>作废此费用(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_charge_dialog.py" line="64"/>
        <source>This charge is voided already.</source>
        <translation>该费用已作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_charge_dialog.py" line="66"/>
        <source>%1 has been paid on this charge: void its receipts first (the receipt&apos;s detail), then void the charge.</source>
        <translation>该费用已收款 %1：请先作废相关收据（在收据详情中），再作废该费用。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_void_charge_dialog.ui" line="6"/>
        <source>Void a charge</source>
        <translation>作废费用</translation>
    </message>
    <message>
        <location filename="../../forms/fee_void_charge_dialog.ui" line="9"/>
        <source>For a charge made by mistake: it stays on record, struck out, and asks for nothing. The next bill run of its month makes it again as the items now say; to let a fee go, waive it instead. A supervisor must approve.</source>
        <translation>用于误出的费用：作废后仍保留在记录中并划掉，不再计入欠费。该月再次生成账单时会按现行收费项目重新出账；如要免收，请改用减免。需主管批准。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_void_charge_dialog.ui" line="12"/>
        <source>&amp;Reason</source>
        <translation>作废原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FeeVoidDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_dialog.py" line="44"/>
        <source>Void receipt %1</source>
        <translation>作废收据 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_dialog.py" line="47"/>
        <source>The receipt stays on record and prints as void; its number is not used again. What it paid is owed again, and a deposit it took was never held. Take the paper receipt back and keep it with the stub.</source>
        <translation>收据仍保留在记录中，打印时标明“作废”，其编号不再使用。它所缴的费用恢复为欠费，它所收的押金视为未收。请收回纸质收据，与存根一并保存。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_dialog.py" line="50"/>
        <source>e.g. wrong amount typed, paid twice</source>
        <translation>如：金额输错、重复收款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/void_dialog.py" line="51"/>
        <source>Void</source>
        <translation>确认作废</translation>
    </message>
    <message>
        <location filename="../../forms/fee_void_dialog.ui" line="6"/>
        <source>Void a receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <location filename="../../forms/fee_void_dialog.ui" line="12"/>
        <source>&amp;Reason</source>
        <translation>作废原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FeeWaiveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/waive_dialog.py" line="52"/>
        <source>&amp;Waive</source>
        <translation>减免(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/waive_dialog.py" line="59"/>
        <source>Waived before:</source>
        <translation>此前已减免：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/waive_dialog.py" line="60"/>
        <source>%1 on %2: %3 (approved by %4)</source>
        <translation>%2 减免 %1：%3（批准人：%4）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/waive_dialog.py" line="67"/>
        <source>Nothing is owed on this charge.</source>
        <translation>该费用没有欠款。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/waive_dialog.py" line="79"/>
        <source>At most what is still owed: %1.</source>
        <translation>最多只能减免尚欠的 %1。</translation>
    </message>
    <message>
        <location filename="../../forms/fee_waive_dialog.ui" line="6"/>
        <source>Waive a fee</source>
        <translation>费用减免</translation>
    </message>
    <message>
        <location filename="../../forms/fee_waive_dialog.ui" line="11"/>
        <source>&amp;Amount waived</source>
        <translation>减免金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_waive_dialog.ui" line="14"/>
        <source>&amp;Reason</source>
        <translation>减免原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fee_waive_dialog.ui" line="15"/>
        <source>e.g. the lift was out of order for two weeks</source>
        <translation>如：电梯停运两周</translation>
    </message>
    <message>
        <location filename="../../forms/fee_waive_dialog.ui" line="19"/>
        <source>A waiver needs a supervisor&apos;s approval and a reason; both are kept with the charge.</source>
        <translation>减免须经主管批准并写明原因，两者都随该费用一并留存。</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="57"/>
        <source>Enter the unit price in yuan, e.g. 2.35 or 0.5883.</source>
        <translation>请输入单价（元），如 2.35 或 0.5883。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="75"/>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="83"/>
        <source>Use at most four decimal places in a unit price.</source>
        <translation>单价最多保留四位小数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="86"/>
        <source>The unit price can be at most %1 yuan.</source>
        <translation>单价最多为 %1 元。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="101"/>
        <source>Enter the quantity, e.g. 89.35 or 120.5.</source>
        <translation>请输入数量，如 89.35 或 120.5。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="118"/>
        <source>The quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="126"/>
        <source>Use at most two decimal places in a quantity.</source>
        <translation>数量最多保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/rounding.py" line="129"/>
        <source>The quantity can be at most %1.</source>
        <translation>数量最多为 %1。</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../forms/first_administrator_dialog.ui" line="9"/>
        <source>Set up the administrator</source>
        <translation>设置管理员</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator_dialog.ui" line="15"/>
        <source>Nobody can log in to these records yet. Set up the administrator: the person who adds the other operators and gives them their roles. Keep the password somewhere safe.</source>
        <translation>目前还没有人能登录这些记录。请先设置管理员：由管理员添加其他操作员并分配角色。请妥善保管密码。</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator_dialog.ui" line="24"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator_dialog.ui" line="31"/>
        <source>e.g. Zhang Wei</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator_dialog.ui" line="39"/>
        <source>&amp;Password or PIN</source>
        <translation>密码或 PIN(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/first_administrator_dialog.ui" line="54"/>
        <source>&amp;Repeat it</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FormGrid</name>
    <message>
        <location filename="../../src/deskapp/output/form_grid.py" line="221"/>
        <source>Date:       /       /</source>
        <translation>日期：          年      月      日</translation>
    </message>
</context>
<context>
    <name>FoundCategory</name>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="33"/>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="34"/>
        <source>Documents and cards</source>
        <translation>证件/卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="35"/>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="36"/>
        <source>Phone or electronics</source>
        <translation>手机/电子产品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="38"/>
        <source>Bag or clothing</source>
        <translation>包/衣物</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="39"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FoundClaimDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="60"/>
        <source>Claim %1</source>
        <translation>认领 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="62"/>
        <source>%1
Ask the claimant to describe the item and what it holds before showing it, and write it down; check their ID document and hand it back.</source>
        <translation>%1
先请认领人说出物品的样子和里面有什么，记录下来后再出示物品；核对其身份证件后当场归还证件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="67"/>
        <source>In their words: what it looks like, what is inside, any marks</source>
        <translation>按认领人原话记录：外观、内有物品、特征记号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="76"/>
        <source>Recorded when found: %1</source>
        <translation>拾获时登记：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="77"/>
        <source>nothing noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="6"/>
        <source>Claim a found item</source>
        <translation>失物认领</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>认领人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="14"/>
        <source>&amp;ID</source>
        <translation>证件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="17"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="20"/>
        <source>&amp;How they describe it</source>
        <translation>认领人描述(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="25"/>
        <source>&amp;Show what was recorded (once they have described it)</source>
        <translation>显示登记时记录的内容(&amp;S)（认领人描述之后再看）</translation>
    </message>
    <message>
        <location filename="../../forms/found_claim_dialog.ui" line="27"/>
        <source>Print the &amp;claim slip</source>
        <translation>打印认领单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FoundColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="52"/>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="54"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="56"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="58"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="60"/>
        <source>Where found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="64"/>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="66"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="68"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>FoundDayEvent</name>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="212"/>
        <source>Found</source>
        <translation>拾获登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="213"/>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="214"/>
        <source>Handed to the police</source>
        <translation>移交公安</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="215"/>
        <source>Still kept</source>
        <translation>仍在保管</translation>
    </message>
</context>
<context>
    <name>FoundFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="68"/>
        <source>Still kept</source>
        <translation>保管中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="69"/>
        <source>Due for the police</source>
        <translation>应移交公安</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="70"/>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="71"/>
        <source>Handed to the police</source>
        <translation>已移交公安</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="72"/>
        <source>All found items</source>
        <translation>全部失物</translation>
    </message>
</context>
<context>
    <name>FoundItemDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="116"/>
        <source>Two staff check the item together. Write what it is as the notice will post it (“black backpack”), and under “What it holds” what is in it and how it can be told apart: that is never posted, and the owner must name it.</source>
        <translation>失物须由两人共同清点登记。“拾获物品”按招领启事张贴的写法填写（如“黑色双肩包”）；“内有物品”写明里面的东西和可辨认的特征，这部分不张贴，由失主认领时说出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="119"/>
        <source>e.g. black backpack, silver phone</source>
        <translation>如：黑色双肩包、银色手机</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="121"/>
        <source>e.g. a laptop, ¥200 in cash, an ID card in the name of …</source>
        <translation>如：笔记本电脑一台、现金 200 元、××的身份证一张……</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="122"/>
        <source>e.g. lift lobby, 3rd floor</source>
        <translation>如：三楼电梯厅</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="123"/>
        <source>e.g. the desk&apos;s safe, shelf 2</source>
        <translation>如：前台保险柜 2 号格</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="125"/>
        <source>Who checks it with you</source>
        <translation>与您一同清点的同事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="132"/>
        <source>A photo of the item</source>
        <translation>物品照片</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="133"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="156"/>
        <source>Photo chosen (%1 KB)</source>
        <translation>已选照片（%1 KB）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_item_dialog.py" line="158"/>
        <source>No photo (optional)</source>
        <translation>无照片（可不拍）</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="6"/>
        <source>Record a found item</source>
        <translation>失物登记</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="11"/>
        <source>&amp;What was found</source>
        <translation>拾获物品(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="14"/>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="17"/>
        <source>What it &amp;holds</source>
        <translation>内有物品(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="20"/>
        <source>Where &amp;found</source>
        <translation>拾获地点(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="23"/>
        <source>Whe&amp;n found</source>
        <translation>拾获时间(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="26"/>
        <source>&amp;Brought in by</source>
        <translation>送交人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="29"/>
        <source>&amp;Kept at</source>
        <translation>存放位置(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="32"/>
        <source>&amp;Recorded by</source>
        <translation>登记人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="35"/>
        <source>Second &amp;staff member</source>
        <translation>第二位经手人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="38"/>
        <source>Choose a &amp;photo…</source>
        <translation>选择照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="38"/>
        <source>Re&amp;move the photo</source>
        <translation>去掉照片(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/found_item_dialog.ui" line="42"/>
        <source>Print the n&amp;otice for posting</source>
        <translation>打印招领启事用于张贴(&amp;O)</translation>
    </message>
</context>
<context>
    <name>FoundItemText</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="16"/>
        <source>%1 · %2 (%3) · found %4 at %5</source>
        <translation>%1 · %2（%3）· %4 拾获于 %5</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="24"/>
        <source>Claimed by %1</source>
        <translation>已由 %1 认领</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="26"/>
        <source>Handed to %1</source>
        <translation>已移交 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="28"/>
        <source>Due for the police</source>
        <translation>应移交公安</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="29"/>
        <source>Kept until %1</source>
        <translation>保管至 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="40"/>
        <source>%1 by %2</source>
        <translation>%1，经手人 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="43"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="44"/>
        <source>What was found</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="45"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="47"/>
        <source>What it holds</source>
        <translation>内有物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="48"/>
        <source>Found</source>
        <translation>拾获</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="49"/>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="50"/>
        <source>Brought in by</source>
        <translation>送交人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="51"/>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="52"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="53"/>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="54"/>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="55"/>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="57"/>
        <source>As they described it</source>
        <translation>认领人描述</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="58"/>
        <source>Police station</source>
        <translation>接收派出所</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="59"/>
        <source>Received by</source>
        <translation>接收民警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_text.py" line="60"/>
        <source>Handed over</source>
        <translation>交付</translation>
    </message>
</context>
<context>
    <name>FoundPoliceDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="120"/>
        <source>Hand %1 to the police</source>
        <translation>%1 移交公安</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="122"/>
        <source>%1
Unclaimed past the period: it goes to the police with what it holds. The officer signs the record.</source>
        <translation>%1
超过保管期限无人认领，连同内有物品一并移交公安机关，由接收民警在登记单上签字。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="124"/>
        <source>e.g. the local police station</source>
        <translation>如：辖区派出所</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/found_handover_dialogs.py" line="125"/>
        <source>Name (and badge number)</source>
        <translation>姓名（及警号）</translation>
    </message>
    <message>
        <location filename="../../forms/found_police_dialog.ui" line="6"/>
        <source>Hand a found item to the police</source>
        <translation>失物移交公安</translation>
    </message>
    <message>
        <location filename="../../forms/found_police_dialog.ui" line="11"/>
        <source>Police &amp;station</source>
        <translation>接收派出所(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/found_police_dialog.ui" line="14"/>
        <source>Receiving &amp;officer</source>
        <translation>接收民警(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/found_police_dialog.ui" line="19"/>
        <source>Print the &amp;record</source>
        <translation>打印移交登记单(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FoundState</name>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="52"/>
        <source>Kept</source>
        <translation>保管中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="53"/>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_records.py" line="54"/>
        <source>Handed to the police</source>
        <translation>已移交公安</translation>
    </message>
</context>
<context>
    <name>HandlerLevel</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="77"/>
        <source>Customer-service assistant</source>
        <translation>客服助理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="78"/>
        <source>Customer-service supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="79"/>
        <source>Customer-service manager</source>
        <translation>客服经理</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="109"/>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="110"/>
        <source>expected visitor</source>
        <translation>预约访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="111"/>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="112"/>
        <source>request</source>
        <translation>报事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="113"/>
        <source>key set</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="114"/>
        <source>key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="115"/>
        <source>unit&apos;s fees</source>
        <translation>单元费用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="116"/>
        <source>receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="117"/>
        <source>deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="118"/>
        <source>parcel</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="119"/>
        <source>release pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="120"/>
        <source>found item</source>
        <translation>拾遗物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="121"/>
        <source>notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/records.py" line="122"/>
        <source>handover note</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="109"/>
        <source>Write what the next shift should know, or add an item.</source>
        <translation>请填写需要下一班知道的情况，或添加交接事项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="116"/>
        <source>The items must be a list.</source>
        <translation>交接事项须逐条列出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="119"/>
        <source>A note can have at most %1 items.</source>
        <translation>一条交接记录最多 %1 个事项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="126"/>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="146"/>
        <source>The record it links to is not known.</source>
        <translation>所关联的记录无法识别。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="175"/>
        <source>Keys overdue: %1 %2, borrowed by %3, due back %4</source>
        <translation>钥匙逾期未还：%1 %2，借用人 %3，应还 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="177"/>
        <source>Keys out: %1 %2, borrowed by %3, due back %4</source>
        <translation>钥匙借出：%1 %2，借用人 %3，应还 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="186"/>
        <source>Message not yet passed on, for %1: %2</source>
        <translation>留言未转达（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="190"/>
        <source>Parcel %1 for %2 not collected (shelf %3)</source>
        <translation>快递 %1 未取，收件人 %2（货架 %3）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="247"/>
        <source>%1 acknowledged this note already, at %2.</source>
        <translation>%1 已于 %2 确认过这条交接记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="252"/>
        <source>You wrote this note: the next shift acknowledges it.</source>
        <translation>这条交接记录是您写的，应由接班人员确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="271"/>
        <source>There is no handover item %1.</source>
        <translation>没有编号为 %1 的交接事项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="274"/>
        <source>%1 signed this item off already, at %2.</source>
        <translation>%1 已于 %2 签销过这一事项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/handover/service.py" line="340"/>
        <location filename="../../src/deskapp/usecases/documents/handover.py" line="23"/>
        <source>There is no handover note %1.</source>
        <translation>没有编号为 %1 的交接记录。</translation>
    </message>
</context>
<context>
    <name>HandoverNote</name>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="35"/>
        <source>Shift handover record</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="40"/>
        <source>Written at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="41"/>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="43"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="45"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="47"/>
        <source>Read by</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="48"/>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="51"/>
        <source>To know</source>
        <translation>交接内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="59"/>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="73"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="73"/>
        <source>To follow up</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="74"/>
        <source>Signed off</source>
        <translation>签销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="100"/>
        <source>Handed over (signature)</source>
        <translation>交班人（签名）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_note.py" line="101"/>
        <source>Taken over (signature)</source>
        <translation>接班人（签名）</translation>
    </message>
</context>
<context>
    <name>HandoverNotesDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="62"/>
        <source>Words in the note or its items, a name, a shift</source>
        <translation>交接内容或事项中的字词、姓名、班次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="77"/>
        <source>Written</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="77"/>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="77"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="78"/>
        <source>Read by</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="78"/>
        <source>Open items</source>
        <translation>未办事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="78"/>
        <source>Note</source>
        <translation>交接内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="81"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="81"/>
        <source>To follow up</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="81"/>
        <source>Links to</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="82"/>
        <source>Signed off</source>
        <translation>签销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="120"/>
        <source>not yet read</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/notes_dialog.py" line="148"/>
        <source>No notes found.</source>
        <translation>没有找到交接记录。</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="14"/>
        <source>Handover notes</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="22"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="39"/>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="88"/>
        <source>&amp;Items</source>
        <translation>交接事项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="113"/>
        <source>Sign-off no&amp;te</source>
        <translation>签销备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="130"/>
        <source>&amp;Sign off (F6)</source>
        <translation>签销(&amp;S) (F6)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="137"/>
        <source>Open the &amp;record</source>
        <translation>打开记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_notes_dialog.ui" line="144"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HandoverReadDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/handover/read_dialog.py" line="35"/>
        <source>%1, handover notes left for you: %2. Read them before you start; the items are signed off in the past notes (Ctrl+Shift+H) as they are done.</source>
        <translation>%1，上一班给您留了 %2 条交接记录，请先阅读再开始工作；各事项办完后在交接班记录中签销（Ctrl+Shift+H）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/read_dialog.py" line="37"/>
        <source>Welcome</source>
        <translation>您好</translation>
    </message>
    <message>
        <location filename="../../forms/handover_read_dialog.ui" line="14"/>
        <source>Read the handover first</source>
        <translation>请先查看交接班记录</translation>
    </message>
    <message>
        <location filename="../../forms/handover_read_dialog.ui" line="42"/>
        <source>&amp;Later</source>
        <translation>稍后再看(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_read_dialog.ui" line="49"/>
        <source>I have &amp;read it</source>
        <translation>我已阅读(&amp;R)</translation>
    </message>
</context>
<context>
    <name>HandoverSheet</name>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="17"/>
        <source>Written at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="18"/>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="19"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="20"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="21"/>
        <source>Note</source>
        <translation>交接内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="22"/>
        <source>Read by</source>
        <translation>接班确认人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="23"/>
        <source>Read at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="24"/>
        <source>Item</source>
        <translation>事项序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="25"/>
        <source>To follow up</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="26"/>
        <source>Links to</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="27"/>
        <source>Signed off by</source>
        <translation>签销人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="28"/>
        <source>Signed off at</source>
        <translation>签销时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="29"/>
        <source>Sign-off note</source>
        <translation>签销备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="44"/>
        <source>Shift handover notes written on %1 (%2), as they stand now</source>
        <translation>%1 的交接班记录（%2 条），按当前办理情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/handover_sheet.py" line="47"/>
        <source>Handover notes</source>
        <translation>交接班记录</translation>
    </message>
</context>
<context>
    <name>HandoverTexts</name>
    <message>
        <location filename="../../src/deskapp/ui/handover/texts.py" line="37"/>
        <source>counter %1</source>
        <translation>前台 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/texts.py" line="41"/>
        <source>read by %1 at %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/texts.py" line="44"/>
        <source>not yet read</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/texts.py" line="63"/>
        <source>done: %1</source>
        <translation>已办：%1</translation>
    </message>
</context>
<context>
    <name>HandoverWriteDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/handover/write_dialog.py" line="54"/>
        <source>e.g. morning, afternoon, night</source>
        <translation>如：早班、中班、夜班</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/write_dialog.py" line="55"/>
        <source>Type an item and press Enter</source>
        <translation>输入事项后按回车</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/write_dialog.py" line="75"/>
        <source>Nothing is open: no keys out, no messages waiting, no parcels on the shelf.</source>
        <translation>没有未完成的事项：无借出钥匙、无待转留言、无待取快递。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/write_dialog.py" line="162"/>
        <source>This data file is read-only.</source>
        <translation>此数据文件为只读。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/handover/write_dialog.py" line="173"/>
        <source>Handover note saved with %1 items to follow up.</source>
        <translation>交接记录已保存，待跟进事项 %1 项。</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="14"/>
        <source>Hand over the shift</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="25"/>
        <source>&amp;Shift</source>
        <translation>班次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="49"/>
        <source>What the next shift should &amp;know</source>
        <translation>交接内容(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="75"/>
        <source>Still &amp;open, offered as items (untick what is not to be handed over)</source>
        <translation>未完成事项(&amp;O)，已自动列入（不需交接的请取消勾选）</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="93"/>
        <source>&amp;Add an item</source>
        <translation>添加事项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="110"/>
        <source>&amp;Remove item</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="131"/>
        <source>&amp;Print the record</source>
        <translation>打印交接记录(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/handover_write_dialog.ui" line="138"/>
        <source>Past &amp;notes…</source>
        <translation>历史交接记录(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="251"/>
        <source>Every counter</source>
        <translation>所有前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="252"/>
        <source>This counter: %1</source>
        <translation>本前台：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="252"/>
        <source>no name</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="359"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="364"/>
        <source>Searched all dates</source>
        <translation>已查全部日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="369"/>
        <source>Searched %1 only (All dates: Alt+J)</source>
        <translation>只查了 %1（查全部日期：Alt+J）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="370"/>
        <source>Searched %1 to %2 (All dates: Alt+J)</source>
        <translation>查了 %1 至 %2（查全部日期：Alt+J）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/history_view.py" line="375"/>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <location filename="../../forms/history_view.ui" line="16"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/history_view.ui" line="18"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/history_view.ui" line="20"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../forms/history_view.ui" line="21"/>
        <source>All dates (&amp;J)</source>
        <translation>全部日期(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../forms/history_view.ui" line="21"/>
        <source>Search every day on record, not only the dates shown</source>
        <translation>在全部记录中查找，不限于所选日期</translation>
    </message>
    <message>
        <location filename="../../forms/history_view.ui" line="25"/>
        <source>Several counters share these records: show every counter&apos;s, or only this one&apos;s</source>
        <translation>这套记录由几个前台共用：显示所有前台的，或只显示本前台的</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="56"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="57"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="58"/>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="59"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="60"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="61"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="62"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/calendar.py" line="66"/>
        <source>Worked in exchange: %1</source>
        <translation>调休上班：%1</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/host_completer.py" line="60"/>
        <source>department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>HostResponse</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="80"/>
        <source>Not yet asked</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="81"/>
        <source>Received</source>
        <translation>同意接待</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="82"/>
        <source>Declined</source>
        <translation>拒绝接待</translation>
    </message>
</context>
<context>
    <name>HostResponseDialog</name>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="6"/>
        <source>Host response</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="15"/>
        <source>&amp;Received — let the visitor in</source>
        <translation>同意接待，放行访客(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="18"/>
        <source>&amp;Declined — record a message or a new time</source>
        <translation>拒绝接待，记录留言或改约时间(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="22"/>
        <source>&amp;Message for the host</source>
        <translation>给被访人的留言(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/host_response_dialog.ui" line="25"/>
        <source>New &amp;appointment</source>
        <translation>改约时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/host_response_dialog.py" line="31"/>
        <source>%1 (party of %2) to see %3</source>
        <translation>%1（共 %2 人）拜访 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/host_response_dialog.py" line="35"/>
        <source>The host is not in the directory: no phone on file.</source>
        <translation>被访人不在名录中，没有登记电话。</translation>
    </message>
</context>
<context>
    <name>IdCard</name>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="50"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="51"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="106"/>
        <source>No ID-card reader answers. Check that it is plugged in, or type the details from the card.</source>
        <translation>身份证阅读器没有响应。请检查是否已连接好，或按证件手工录入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="109"/>
        <source>No card on the reader. Place the ID card flat on the reader and read it again.</source>
        <translation>阅读器上没有证件。请把身份证平放在阅读器上，再读一次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="112"/>
        <source>The card could not be read. Place it on the reader again, or type the details from the card.</source>
        <translation>证件读不出来。请重新放到阅读器上，或按证件手工录入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="152"/>
        <source>The card was not read correctly (%1). Place it on the reader again.</source>
        <translation>证件没有读对（%1）。请重新放到阅读器上再读。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="171"/>
        <source>no name</source>
        <translation>没有读到姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="173"/>
        <source>the birth date differs from the ID number&apos;s</source>
        <translation>出生日期与身份证号码不符</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="175"/>
        <source>the sex differs from the ID number&apos;s</source>
        <translation>性别与身份证号码不符</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="177"/>
        <source>the card&apos;s validity ends before it starts</source>
        <translation>有效期限的截止日期早于起始日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="253"/>
        <source>No ID-card reader named %1 is installed.</source>
        <translation>没有安装名为 %1 的身份证阅读器。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/devices/id_card.py" line="276"/>
        <source>The driver of the ID-card reader %1 could not be started. Reinstall it, or type the details from the card.</source>
        <translation>身份证阅读器 %1 的驱动无法启动。请重新安装驱动，或按证件手工录入。</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="63"/>
        <source>A residence permit number of a Hong Kong, Macao or Taiwan resident starts with 81, 82 or 83.</source>
        <translation>港澳台居民居住证号码以 81、82 或 83 开头。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="69"/>
        <source>The first two digits are not a province code: a digit was probably mistyped.</source>
        <translation>前两位不是有效的省份代码，可能有数字输错了。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="84"/>
        <source>A resident ID number has 18 characters: 17 digits and a digit or X.</source>
        <translation>居民身份证号码为 18 位：前 17 位是数字，最后一位是数字或 X。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="91"/>
        <source>The birth date inside this ID number does not exist.</source>
        <translation>该证件号码中的出生日期不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="93"/>
        <source>The birth date inside this ID number is not plausible.</source>
        <translation>该证件号码中的出生日期不合理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="95"/>
        <source>The check digit does not match: a character was probably mistyped.</source>
        <translation>校验位不符，可能有字符输错。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="112"/>
        <source>Use 5 to 20 letters or digits for this document number.</source>
        <translation>该证件号码应为 5 至 20 位字母或数字。</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="25"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="26"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="27"/>
        <source>HK/Macao/Taiwan permit</source>
        <translation>港澳台通行证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_report_dialog.py" line="43"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_report_dialog.py" line="60"/>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_report_dialog.py" line="75"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_report_dialog.py" line="85"/>
        <source>%1: %2 unit(s) added, %3 updated.</source>
        <translation>%1：新增 %2 个房号，更新 %3 个。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_report_dialog.py" line="89"/>
        <source>%1 row(s) were not imported. Correct them in the sheet and import it again (rows already imported are updated, not doubled):</source>
        <translation>有 %1 行未导入。请在表格中改正后重新导入（已导入的行只会更新，不会重复）：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_report_dialog.py" line="93"/>
        <source>Every row was imported.</source>
        <translation>所有行均已导入。</translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="33"/>
        <source>Enter text in this field.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="38"/>
        <source>Use at most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="43"/>
        <source>Use the digits 0–9 only.</source>
        <translation>只能输入数字 0–9。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="78"/>
        <source>Choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="387"/>
        <location filename="../../src/deskapp/domain/calls/log.py" line="105"/>
        <location filename="../../src/deskapp/domain/checks.py" line="88"/>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="241"/>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="283"/>
        <location filename="../../src/deskapp/domain/fees/billing.py" line="285"/>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="72"/>
        <location filename="../../src/deskapp/domain/fees/readings.py" line="74"/>
        <location filename="../../src/deskapp/domain/keys/register.py" line="59"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="141"/>
        <location filename="../../src/deskapp/domain/settings.py" line="116"/>
        <source>Choose from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="106"/>
        <source>Choose a date from %1 to %2.</source>
        <translation>请选择 %1 至 %2 之间的日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="113"/>
        <source>Enter a valid date.</source>
        <translation>请输入有效的日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/checks.py" line="132"/>
        <source>Enter a valid date and time.</source>
        <translation>请输入有效的日期和时间。</translation>
    </message>
</context>
<context>
    <name>KeyBoard</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="81"/>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="83"/>
        <source>Back, %1 still with %2</source>
        <translation>已归还，%2处还有%1把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="85"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="88"/>
        <source>due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="87"/>
        <source>Overdue: %1</source>
        <translation>超时未还：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="90"/>
        <source>Out: %1</source>
        <translation>借出：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="91"/>
        <source>since %1</source>
        <translation>%1 借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="93"/>
        <source>In, %1 of %2 keys lost</source>
        <translation>在柜，%2 把中丢失 %1 把</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="95"/>
        <source>In · %n key(s)</source>
        <translation>
            <numerusform>在柜 · %n 把</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="100"/>
        <source>%1 · hook %2 · %3</source>
        <translation>%1 · 挂钩 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/board.py" line="104"/>
        <source>Slip %1 · %2 · expected back %3</source>
        <translation>借用单 %1 · %2 · 预计归还 %3</translation>
    </message>
</context>
<context>
    <name>KeyColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="24"/>
        <source>Back %1</source>
        <translation>%1 已归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="26"/>
        <source>%1 of %2 keys still out</source>
        <translation>%2 把中 %1 把未还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="29"/>
        <source>Overdue</source>
        <translation>超时未还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="30"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="36"/>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="38"/>
        <source>Slip</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="40"/>
        <source>Tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="41"/>
        <source>Unit / area</source>
        <translation>单元/区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="43"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="45"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="47"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="49"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="51"/>
        <source>Keys</source>
        <translation>把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="53"/>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="56"/>
        <source>Where</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="58"/>
        <source>Issued by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="60"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="82"/>
        <source>Owner&apos;s consent confirmed by %1 (%2)</source>
        <translation>业主同意，由 %1 确认（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/columns.py" line="85"/>
        <source>Authorised by %1</source>
        <translation>批准人：%1</translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="61"/>
        <source>There is no key set number %1.</source>
        <translation>没有编号为 %1 的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="74"/>
        <source>No key set has tag %1.</source>
        <translation>没有牌号为 %1 的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="94"/>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="248"/>
        <source>Key set %1 is %2: it is no longer in the desk&apos;s care.</source>
        <translation>钥匙 %1 %2，已不由前台保管。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="106"/>
        <source>This time is in the future.</source>
        <translation>该时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="125"/>
        <source>Enter a phone number to reach them about the keys.</source>
        <translation>请填写联系电话，以便催还钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="139"/>
        <source>Check the borrower&apos;s ID document and enter its number.</source>
        <translation>请核验借用人证件并填写证件号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/base.py" line="149"/>
        <source>Give a whole number of keys from 1 to %1.</source>
        <translation>请填写钥匙把数（1 到 %1 的整数）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="63"/>
        <source>Set %1 is not entrusted by an owner: change its kind first.</source>
        <translation>钥匙 %1 不是业主托管钥匙，请先修改钥匙类别。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="88"/>
        <source>Set %1 has no owner&apos;s deposit: only an owner&apos;s list says who may borrow entrusted keys.</source>
        <translation>钥匙 %1 没有业主留存记录：托管钥匙的借用人只能由业主授权名单确定。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="95"/>
        <source>%1 is on the owner&apos;s list already.</source>
        <translation>%1 已在业主授权名单中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="112"/>
        <source>Say why (the owner&apos;s instruction, the tenancy ended …).</source>
        <translation>请说明原因（业主通知、租约到期等）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="119"/>
        <source>That person is not on any owner&apos;s list.</source>
        <translation>此人不在任何业主的授权名单中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="122"/>
        <source>%1 was taken off the list already.</source>
        <translation>%1 已从授权名单中撤销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="184"/>
        <source>Enter who left the keys.</source>
        <translation>请填写留存钥匙的人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="188"/>
        <source>Enter the owner who leaves the keys.</source>
        <translation>请填写留存钥匙的业主姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="195"/>
        <source>The authorisation must end after the keys were left.</source>
        <translation>授权截止日期须晚于钥匙留存日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="200"/>
        <source>List at most %1 people.</source>
        <translation>授权名单最多 %1 人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="210"/>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="214"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/deposits.py" line="221"/>
        <source>This date has passed.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/errors.py" line="31"/>
        <source>The keys of %1 are the owner&apos;s, and this borrower is not on the owner&apos;s list: record the owner&apos;s consent (who confirmed it, how, when), or refuse.</source>
        <translation>%1 的钥匙为业主托管，借用人不在业主授权名单中：请登记业主同意（确认人、确认方式、时间），否则不予借出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/history.py" line="123"/>
        <source>Give the borrower&apos;s name, phone or ID number.</source>
        <translation>请填写借用人姓名、电话或证件号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="56"/>
        <source>Enter the owner who takes the keys.</source>
        <translation>请填写领取钥匙的业主姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="66"/>
        <source>Every key of set %1 is lost: nothing is left to hand over.</source>
        <translation>钥匙 %1 已全部遗失，没有可交接的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="73"/>
        <source>Entrusted keys go back to the owner who left them (%1).</source>
        <translation>托管钥匙只能交还给留存钥匙的业主（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="100"/>
        <source>Enter who reported the loss.</source>
        <translation>请填写报失人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="112"/>
        <source>Every key of set %1 is reported lost already.</source>
        <translation>钥匙 %1 已全部登记遗失。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="121"/>
        <source>At most %1 keys of set %2 can be lost here.</source>
        <translation>钥匙 %2 此处最多只能登记遗失 %1 把。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="163"/>
        <source>No key of set %1 is lost: there is nothing to replace (a new lock is recorded as such).</source>
        <translation>钥匙 %1 没有遗失，无需补配（如已换锁，请按换锁登记）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="169"/>
        <source>A set holds at most %1 keys.</source>
        <translation>一套钥匙最多 %1 把。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="195"/>
        <source>There is no key handover number %1.</source>
        <translation>没有编号为 %1 的钥匙交接记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/incidents.py" line="226"/>
        <location filename="../../src/deskapp/domain/keys/register.py" line="173"/>
        <source>Keys of set %1 are still out: take them back or report them lost first.</source>
        <translation>钥匙 %1 仍有借出未还，请先收回或登记遗失。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="74"/>
        <source>Choose the keys: scan or type their tag.</source>
        <translation>请选择钥匙：扫描或输入钥匙牌号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="77"/>
        <source>Enter the borrower&apos;s name.</source>
        <translation>请填写借用人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="83"/>
        <source>Say which department the staff member works in.</source>
        <translation>请填写员工所在部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="89"/>
        <source>Say what the keys are for.</source>
        <translation>请说明借用事由。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="126"/>
        <source>Only %1 keys of set %2 are in the cabinet.</source>
        <translation>钥匙 %2 柜内只有 %1 把。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="172"/>
        <source>Scan or type the tag on the keys.</source>
        <translation>请扫描或输入钥匙牌号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="189"/>
        <source>Every key of slip %1 is back already.</source>
        <translation>借用单 %1 的钥匙已全部归还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="226"/>
        <source>There is no borrowing slip %1.</source>
        <translation>没有借用单 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="252"/>
        <source>Every key of set %1 is lost: record the replacement first.</source>
        <translation>钥匙 %1 已全部遗失，请先登记补配。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="257"/>
        <source>Set %1 is out: %2 has had it since %3 (slip %4).</source>
        <translation>钥匙 %1 已借出：%2 自 %3 借用（借用单 %4）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="265"/>
        <source>Keys of set %1 are still with %2 (slip %3): take them back or report them lost first.</source>
        <translation>钥匙 %1 仍有部分在 %2 处（借用单 %3），请先收回或登记遗失。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="275"/>
        <source>Say who authorised the loan (leasing, the engineering manager …).</source>
        <translation>请填写批准借用的人或部门（招商部、工程部经理等）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="294"/>
        <source>Say when the keys will be back.</source>
        <translation>请填写预计归还时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="300"/>
        <source>The keys must be due back later than now.</source>
        <translation>预计归还时间须晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="303"/>
        <source>Keys go out for at most %1 days.</source>
        <translation>钥匙借用最长 %1 天。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="312"/>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="316"/>
        <source>Enter who confirmed the owner&apos;s consent.</source>
        <translation>请填写确认同意的人（业主或其代表）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="320"/>
        <source>A consent this old is not for this loan: ask the owner again.</source>
        <translation>该同意时间过久，不能用于本次借用，请重新联系业主确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="340"/>
        <source>Key set %1 is %2: none of its keys are out.</source>
        <translation>钥匙 %1 %2，没有借出未还的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="346"/>
        <source>Only %1 keys of slip %2 are still out.</source>
        <translation>借用单 %2 只有 %1 把钥匙未还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/loans.py" line="375"/>
        <source>There is no key loan number %1.</source>
        <translation>没有编号为 %1 的钥匙借用记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="48"/>
        <source>A tag has up to 16 letters, digits or dashes, such as K0012.</source>
        <translation>钥匙牌号最多 16 位字母、数字或短横线，例如 K0012。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="61"/>
        <source>Say which unit or area the keys open.</source>
        <translation>请填写钥匙对应的房号或区域。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="84"/>
        <location filename="../../src/deskapp/domain/keys/register.py" line="295"/>
        <source>Entrusted keys are registered with the owner&apos;s deposit: who left them and who may borrow them.</source>
        <translation>业主托管钥匙须同时登记业主留存信息：由谁留存、谁可以借用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="88"/>
        <location filename="../../src/deskapp/domain/keys/register.py" line="299"/>
        <source>Only keys an owner entrusts come with a deposit.</source>
        <translation>只有业主托管的钥匙才登记业主留存。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="165"/>
        <source>Say why the keys are retired.</source>
        <translation>请说明钥匙停用的原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="177"/>
        <source>Set %1 is the owner&apos;s: hand it back to the owner instead of retiring it.</source>
        <translation>钥匙 %1 属于业主，请交还业主，不能停用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="240"/>
        <source>That unit is not in the directory any more.</source>
        <translation>该房号已不在通讯录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="262"/>
        <source>Tag %1 is on the keys of %2 already.</source>
        <translation>牌号 %1 已用于 %2 的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="269"/>
        <source>Hook %1 holds the keys of %2 (tag %3) already.</source>
        <translation>挂钩位 %1 已挂有 %2 的钥匙（牌号 %3）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="279"/>
        <source>Another counter saved this tag or hook a moment ago; look again and save once more.</source>
        <translation>其他柜台刚刚使用了这个钥匙牌号或挂钩位，请核对后重新保存。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="289"/>
        <source>Entrusted keys stay the owner&apos;s: they leave the desk only when handed back.</source>
        <translation>托管钥匙属于业主，只能通过交还业主的方式离开前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="304"/>
        <source>The number of keys changes only while every key is in the cabinet; lost keys are replaced instead.</source>
        <translation>只有钥匙全部在柜时才能修改把数；遗失的钥匙请登记补配。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="314"/>
        <source>tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="315"/>
        <source>unit</source>
        <translation>房号/区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="316"/>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="317"/>
        <source>keys</source>
        <translation>把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/register.py" line="318"/>
        <source>hook</source>
        <translation>挂钩位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/stocktake.py" line="93"/>
        <source>There is no stocktake number %1.</source>
        <translation>没有编号为 %1 的盘点记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/stocktake.py" line="135"/>
        <location filename="../../src/deskapp/domain/keys/stocktake.py" line="140"/>
        <source>Give the tags found, one by one.</source>
        <translation>请逐个填写盘点到的钥匙牌号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/stocktake.py" line="146"/>
        <source>A stocktake takes at most %1 tags.</source>
        <translation>一次盘点最多 %1 个钥匙牌。</translation>
    </message>
</context>
<context>
    <name>KeyCustodyTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="110"/>
        <source>Search borrower, tag, unit, slip number…</source>
        <translation>搜索借用人、牌号、单元、借用单号…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="111"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="113"/>
        <source>Scan the tag, or type it and press Enter: keys in the cabinet are issued, keys that are out are taken back. Typing a unit narrows the cabinet.</source>
        <translation>扫描钥匙牌，或输入牌号后按回车：在柜的钥匙即借出，已借出的钥匙即归还。输入单元号可筛选钥匙柜。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="116"/>
        <source>Keys: &amp;stocktake…</source>
        <translation>钥匙：盘点(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="117"/>
        <source>Keys: print the key &amp;register</source>
        <translation>钥匙：打印钥匙登记表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="118"/>
        <source>Keys: &amp;new key set…</source>
        <translation>钥匙：新增钥匙(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="155"/>
        <source>Scan a tag  issue or take back its keys · Ctrl+F  the tag box · ↑↓←→  choose a hook on the board
F5  issue keys · F6  take keys back · Enter  the key set · Ctrl+P  print the borrowing slip · Ctrl+N  new key set</source>
        <translation>扫描钥匙牌  借出或归还 · Ctrl+F  牌号输入框 · ↑↓←→  在钥匙柜中选挂钩
F5  借出钥匙 · F6  归还钥匙 · Enter  钥匙详情 · Ctrl+P  打印借用单 · Ctrl+N  新增钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="170"/>
        <source>Shown: %1 · keys out: %2 · overdue: %3 · partly back: %4</source>
        <translation>显示 %1 条 · 借出未还 %2 · 超时 %3 · 部分归还 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="185"/>
        <source>Cabinet: %1 sets · %2 in · %3 out · %4 overdue</source>
        <translation>钥匙柜：共 %1 套 · 在柜 %2 · 借出 %3 · 超时 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="190"/>
        <source>%1 key set(s) overdue: %2. %3 set(s) flagged (keys still out after a partial return, or lost).</source>
        <translation>%1 套钥匙超时未还：%2。%3 套有待处理（部分归还后仍有钥匙未还，或已丢失）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="237"/>
        <source>Choose the keys first: scan the tag, or pick the hook on the board.</source>
        <translation>请先选钥匙：扫描钥匙牌，或在钥匙柜中选挂钩。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="252"/>
        <source>None of the keys of %1 are out.</source>
        <translation>%1 的钥匙都没有借出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="282"/>
        <source>No key set has “%1”.</source>
        <translation>没有与“%1”相符的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="317"/>
        <source>The keys of %1 are out with %2 since %3 (slip %4): F6 takes them back.</source>
        <translation>%1 的钥匙已于 %3 借给 %2（借用单 %4）：按 F6 办理归还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="322"/>
        <source>The keys of %1 are reported lost.</source>
        <translation>%1 的钥匙已报失。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="324"/>
        <source>The keys of %1 cannot be issued: %2.</source>
        <translation>%1 的钥匙不能借出：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="340"/>
        <source>Slip %1: %2 key(s) of %3 to %4, expected back %5.</source>
        <translation>借用单 %1：%3 钥匙 %2 把借给 %4，预计 %5 归还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="368"/>
        <source>Slip %1: keys of %2 partly back, %3 still out with %4.</source>
        <translation>借用单 %1：%2 钥匙部分归还，%4 处还有 %3 把。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="371"/>
        <source>Slip %1: every key of %2 is back.</source>
        <translation>借用单 %1：%2 的钥匙已全部归还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="417"/>
        <source>Key set %1 (%2) registered on hook %3.</source>
        <translation>钥匙 %1（%2）已登记，挂在 %3。</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="13"/>
        <source>&amp;Tag or unit</source>
        <translation>牌号或单元(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="37"/>
        <source>Issue keys… (F5)</source>
        <translation>借出钥匙… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="38"/>
        <source>Take back… (F6)</source>
        <translation>归还钥匙… (F6)</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="39"/>
        <source>Key set (Enter)</source>
        <translation>钥匙详情 (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="40"/>
        <source>Print slip (Ctrl+P)</source>
        <translation>打印借用单 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="44"/>
        <source>New key set… (Ctrl+N)</source>
        <translation>新增钥匙… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="45"/>
        <source>Stoc&amp;ktake…</source>
        <translation>盘点(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_custody_tab.ui" line="46"/>
        <source>&amp;Borrower&apos;s history…</source>
        <translation>借用人记录(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>KeyDetailDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="90"/>
        <source>Key set %1 — %2</source>
        <translation>钥匙 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="107"/>
        <source>%1; keys still out: %2</source>
        <translation>%1；尚未归还：%2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="109"/>
        <source>%1; keys lost, not yet replaced: %2</source>
        <translation>%1；遗失未补配：%2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="111"/>
        <source>Tag</source>
        <translation>标签号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="112"/>
        <source>Unit or area</source>
        <translation>房号或区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="113"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="114"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="115"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="170"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="189"/>
        <source>Keys</source>
        <translation>钥匙数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="115"/>
        <source>%1 in the set, %2 on the hook</source>
        <translation>共 %1 把，在柜 %2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="117"/>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="118"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="119"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="123"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="127"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="129"/>
        <source>keys: %1</source>
        <translation>%1 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="136"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="146"/>
        <source>Owner&apos;s deposit</source>
        <translation>业主钥匙留存</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="136"/>
        <source>None on record</source>
        <translation>没有留存记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="138"/>
        <source>until withdrawn</source>
        <translation>至业主撤销为止</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="140"/>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="141"/>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="142"/>
        <source>Left</source>
        <translation>留存时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="142"/>
        <source>%1, keys: %2</source>
        <translation>%1，共 %2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="144"/>
        <source>The list may borrow</source>
        <translation>授权借用期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="145"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="152"/>
        <source>%1 — withdrawn %2: %3</source>
        <translation>%1 — 已于 %2 撤销：%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="155"/>
        <source>%1 — until %2</source>
        <translation>%1 — 有效期至 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="157"/>
        <source>Nobody is on the list</source>
        <translation>名单上没有人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="158"/>
        <source>Who may borrow</source>
        <translation>授权借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="170"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="170"/>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="170"/>
        <source>By</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="171"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="178"/>
        <source>%1 out, %2 back</source>
        <translation>借出 %1 把，已还 %2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="180"/>
        <source>%1, %2 lost</source>
        <translation>%1，遗失 %2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="185"/>
        <source>still out</source>
        <translation>未还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="188"/>
        <source>Slip</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="188"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="188"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="188"/>
        <source>Out</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="189"/>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="189"/>
        <source>Back</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="190"/>
        <source>On whose authority</source>
        <translation>借用依据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="262"/>
        <source>Retire key set %1</source>
        <translation>停用钥匙 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_detail_dialog.py" line="263"/>
        <source>%1 (%2) leaves the board and frees hook %3; its history stays. Why (the lock was changed, the area is gone …)?</source>
        <translation>%1（%2）将从钥匙柜中撤下，腾出挂钩 %3，历史记录保留。请注明停用原因（如已换锁、区域已取消等）：</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="14"/>
        <source>Key set</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="45"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="65"/>
        <source>&amp;Loans</source>
        <translation>借用记录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="86"/>
        <source>&amp;Borrower&apos;s loans…</source>
        <translation>借用人记录(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="108"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="115"/>
        <source>Hand &amp;over…</source>
        <translation>交接(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="122"/>
        <source>Report lo&amp;st…</source>
        <translation>登记遗失(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="129"/>
        <source>New &amp;keys…</source>
        <translation>补配钥匙(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="136"/>
        <source>Re&amp;tire…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="154"/>
        <source>Print l&amp;abel</source>
        <translation>打印标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/key_detail_dialog.ui" line="161"/>
        <source>Print &amp;deposit slip</source>
        <translation>打印留存单(&amp;D)</translation>
    </message>
</context>
<context>
    <name>KeyDialogs</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/dialog_base.py" line="26"/>
        <source>keys: %1</source>
        <translation>%1 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/dialog_base.py" line="28"/>
        <source>hook %1</source>
        <translation>挂钩 %1</translation>
    </message>
</context>
<context>
    <name>KeyDocuments</name>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="162"/>
        <source>Key set %1 was not handed over.</source>
        <translation>钥匙 %1 没有交接记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/keys.py" line="203"/>
        <source>Key set %1 has no owner&apos;s deposit: only entrusted keys have a deposit slip.</source>
        <translation>钥匙 %1 没有业主留存记录：只有业主托管的钥匙才有留存单。</translation>
    </message>
</context>
<context>
    <name>KeyEvent</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="124"/>
        <source>Registered</source>
        <translation>登记入柜</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="125"/>
        <source>Details changed</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="126"/>
        <source>Left by the owner</source>
        <translation>业主留存</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="127"/>
        <source>Borrower authorised</source>
        <translation>新增授权借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="128"/>
        <source>Authorisation withdrawn</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="129"/>
        <source>Issued</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="130"/>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="131"/>
        <source>Partly returned</source>
        <translation>部分归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="132"/>
        <source>Handed over</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="133"/>
        <source>Reported lost</source>
        <translation>报失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="134"/>
        <source>Replaced</source>
        <translation>补配</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="135"/>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>KeyFinding</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="156"/>
        <source>Missing from the cabinet</source>
        <translation>柜内缺失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="157"/>
        <source>In the cabinet, but recorded as out</source>
        <translation>在柜，但记录为借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="159"/>
        <source>In the cabinet, but recorded as handed over, lost or retired</source>
        <translation>在柜，但记录为已交接、遗失或停用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="162"/>
        <source>Tag not in the register</source>
        <translation>牌号未登记</translation>
    </message>
</context>
<context>
    <name>KeyHandoverDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="116"/>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="118"/>
        <source>Hand over key set %1</source>
        <translation>钥匙交接 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="121"/>
        <source>%1
The owner takes the set for good: its keys (%2) leave the cabinet and the desk&apos;s care, and the owner signs the handover slip.</source>
        <translation>%1
业主将整套钥匙（共 %2 把）取回，钥匙离柜，前台不再保管，业主须在钥匙交接单上签字。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="125"/>
        <source>Entrusted keys go back only to the owner who left them (%1) or who signed for them (%2).</source>
        <translation>托管钥匙只能交还留存钥匙的业主（%1）或留存单签字人（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="137"/>
        <source>Hand key set %1 (%2) over to %3 for good? It leaves the desk&apos;s care and cannot be issued again.</source>
        <translation>确定将钥匙 %1（%2）交接给 %3 吗？交接后前台不再保管，也不能再借出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="139"/>
        <source>Key handover</source>
        <translation>钥匙交接</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="14"/>
        <source>Hand the keys over</source>
        <translation>钥匙交接</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="35"/>
        <source>&amp;Owner</source>
        <translation>业主(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="59"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="83"/>
        <source>ID &amp;document</source>
        <translation>证件类型(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="103"/>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="127"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/key_handover_dialog.ui" line="153"/>
        <source>Print the handover &amp;slip</source>
        <translation>打印钥匙交接单(&amp;S)</translation>
    </message>
</context>
<context>
    <name>KeyIssueDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="98"/>
        <source>Issue keys — %1</source>
        <translation>借出钥匙 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="99"/>
        <source>%1 · %2 · %3 · hook %4 · %5 keys in the cabinet</source>
        <translation>%1 · %2 · %3 · 挂钩 %4 · 柜内 %5 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="108"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="134"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="134"/>
        <location filename="../../forms/key_issue_dialog.ui" line="22"/>
        <source>C&amp;ompany</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="139"/>
        <location filename="../../forms/key_issue_dialog.ui" line="30"/>
        <source>What &amp;for</source>
        <translation>具体事由(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="140"/>
        <source>What &amp;for (optional)</source>
        <translation>具体事由(&amp;F)（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="195"/>
        <source>Call the owner, %1, on %2.</source>
        <translation>请致电业主%1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="197"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/issue_dialog.py" line="199"/>
        <source>%1 is not on the owner&apos;s list (on it: %2). %3 Record who confirmed the owner&apos;s consent, how and when — or cancel and refuse the keys.</source>
        <translation>%1 不在业主授权名单上（名单：%2）。%3 请记录业主同意由谁确认、以何方式、何时确认——否则取消，不予借出。</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="6"/>
        <source>Issue keys</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="11"/>
        <source>On the owner&apos;s &amp;list</source>
        <translation>业主授权名单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>借用人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="16"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="19"/>
        <source>&amp;ID</source>
        <translation>证件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="25"/>
        <source>Our own &amp;staff (no ID needed)</source>
        <translation>本公司员工(&amp;S)（无需证件）</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="27"/>
        <source>P&amp;urpose</source>
        <translation>用途(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="33"/>
        <source>&amp;Authorised by</source>
        <translation>批准人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="36"/>
        <source>&amp;Expected back</source>
        <translation>预计归还(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="39"/>
        <source>&amp;Keys</source>
        <translation>把数(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="42"/>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="47"/>
        <source>The owner&apos;s consent</source>
        <translation>业主同意</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="52"/>
        <source>&amp;Confirmed by</source>
        <translation>确认人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="55"/>
        <source>Ho&amp;w</source>
        <translation>方式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="58"/>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/key_issue_dialog.ui" line="65"/>
        <source>P&amp;rint the borrowing slip</source>
        <translation>打印钥匙借用单(&amp;R)</translation>
    </message>
</context>
<context>
    <name>KeyKind</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="26"/>
        <source>Vacant unit</source>
        <translation>空置单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="27"/>
        <source>Entrusted by the owner</source>
        <translation>业主托管</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="28"/>
        <source>Not yet moved in</source>
        <translation>未入伙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="29"/>
        <source>Common area or plant room</source>
        <translation>公共区域/机房</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="30"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>KeyLabel</name>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="59"/>
        <source>Hook %1</source>
        <translation>挂钩位 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="60"/>
        <source>Keys: %1</source>
        <translation>钥匙 %1 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="64"/>
        <source>Found? Please return to %1</source>
        <translation>拾到请交还：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="65"/>
        <source>Found? Please return to the property front desk</source>
        <translation>拾到请交还物业服务中心前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="78"/>
        <location filename="../../src/deskapp/output/key_label.py" line="144"/>
        <source>Key label</source>
        <translation>钥匙牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="80"/>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_label.py" line="165"/>
        <source>Cut along the dashed line and put the label in the key tag&apos;s holder.</source>
        <translation>请沿虚线剪下，放入钥匙牌套内。</translation>
    </message>
</context>
<context>
    <name>KeyLostDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="197"/>
        <source>Keys lost — %1</source>
        <translation>钥匙遗失 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="200"/>
        <source>Out with %1 since %2 (slip %3), keys still out: %4. The loss is the borrower&apos;s; the loan is settled once no key is left out.</source>
        <translation>%2 起由 %1 借出（借用单 %3），尚未归还 %4 把。遗失由借用人负责；钥匙全部归还或登记遗失后，该次借用即结清。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="205"/>
        <source>Keys on the hook: %1. The loss is of keys missing from the cabinet.</source>
        <translation>在柜钥匙：%1 把。登记的是从钥匙柜中不见的钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="210"/>
        <source>The set stays flagged until new keys are recorded.</source>
        <translation>补配钥匙登记之前，这套钥匙一直标为待处理。</translation>
    </message>
    <message>
        <location filename="../../forms/key_lost_dialog.ui" line="14"/>
        <source>Keys lost</source>
        <translation>钥匙遗失</translation>
    </message>
    <message>
        <location filename="../../forms/key_lost_dialog.ui" line="35"/>
        <source>&amp;Reported by</source>
        <translation>报失人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/key_lost_dialog.ui" line="59"/>
        <source>&amp;When</source>
        <translation>报失时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/key_lost_dialog.ui" line="86"/>
        <source>&amp;Keys lost</source>
        <translation>遗失把数(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/key_lost_dialog.ui" line="113"/>
        <source>&amp;Circumstances</source>
        <translation>遗失经过(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeyOwnerSlips</name>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="29"/>
        <source>Key handover slip</source>
        <translation>钥匙交接单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="34"/>
        <source>Key deposit slip</source>
        <translation>钥匙留存单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="40"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="49"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="59"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="126"/>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="60"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="127"/>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="61"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="128"/>
        <source>Unit / area</source>
        <translation>房号/区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="62"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="129"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="63"/>
        <source>Keys handed over</source>
        <translation>交接把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="65"/>
        <source>Received by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="66"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="132"/>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="67"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="133"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="142"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="68"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="70"/>
        <source>Handed over at</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="71"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="138"/>
        <source>Desk</source>
        <translation>经办前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="73"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="140"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="77"/>
        <source>The owner has counted the %1 keys above in front of the desk and received them complete. From now on the management keeps no key of set %2.</source>
        <translation>业主已当面点清并领取上述钥匙共 %1 把，数量无误。自即日起，管理处不再保管钥匙 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="82"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="168"/>
        <source>Owner (signature)</source>
        <translation>业主（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="83"/>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="169"/>
        <source>Desk (signature)</source>
        <translation>前台经办人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="107"/>
        <source>Until withdrawn</source>
        <translation>长期（至业主撤销）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="130"/>
        <source>Keys left</source>
        <translation>留存把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="131"/>
        <source>Left by</source>
        <translation>留存人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="134"/>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="135"/>
        <source>Left at</source>
        <translation>留存时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="136"/>
        <source>Borrowing allowed until</source>
        <translation>授权借用截止</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="141"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="141"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="142"/>
        <source>Relation</source>
        <translation>与业主关系</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="143"/>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="148"/>
        <source>People the owner allows to borrow the keys</source>
        <translation>业主授权借用人名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="156"/>
        <source>Nobody: the keys are lent only with the owner&apos;s consent, asked each time.</source>
        <translation>无：每次借用均须经业主本人同意后方可借出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_owner_slips.py" line="161"/>
        <source>The owner leaves the keys above in the management&apos;s safekeeping. They are lent only to the people listed, until the date given, each of whom shows ID and signs a borrowing slip; anyone else only with the owner&apos;s consent, confirmed each time. The owner tells the desk at once of any change to the list.</source>
        <translation>业主将上述钥匙交由管理处代为保管。钥匙只借给名单内人员，且在截止日期前有效，借用时须出示证件并签写借用单；名单外人员须每次经业主确认同意后方可借用。名单如有变动，业主应及时通知前台。</translation>
    </message>
</context>
<context>
    <name>KeyReasonDialog</name>
    <message>
        <location filename="../../forms/key_reason_dialog.ui" line="14"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/key_reason_dialog.ui" line="35"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>KeyRegister</name>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="50"/>
        <source>Key register</source>
        <translation>钥匙登记表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="55"/>
        <source>Internal list: it names borrowers. Keep it with the key cabinet and shred it after the stocktake.</source>
        <translation>内部资料：含借用人姓名。请与钥匙柜一同保管，盘点后粉碎。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="60"/>
        <source>Found</source>
        <translation>在位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="60"/>
        <source>Hook</source>
        <translation>挂钩位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="61"/>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="61"/>
        <source>Unit / area</source>
        <translation>房号/区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="62"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="62"/>
        <source>Keys here / in set</source>
        <translation>在柜/总把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="63"/>
        <source>Recorded as</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="63"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="71"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="78"/>
        <source>OVERDUE since %1</source>
        <translation>已逾期（应于 %1 归还）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="79"/>
        <source>due back %1</source>
        <translation>应于 %1 归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="80"/>
        <source>%1, slip %2, out %3, %4</source>
        <translation>%1，借用单 %2，%3 借出，%4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="89"/>
        <source>Out: %1</source>
        <translation>借出：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="91"/>
        <source>Lost: every key</source>
        <translation>全部遗失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="95"/>
        <source>%1 still out: %2</source>
        <translation>尚有 %1 把未还：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="98"/>
        <source>%1 lost, not yet replaced</source>
        <translation>遗失 %1 把，尚未补配</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="100"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="111"/>
        <source>%1 sets: %2 in the cabinet, %3 out, %4 lost; loans overdue: %5</source>
        <translation>共 %1 套：在柜 %2 套，借出 %3 套，遗失 %4 套；逾期未还 %5 笔</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="165"/>
        <source>As the register stands at %1</source>
        <translation>登记状态截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="175"/>
        <source>The register holds no keys.</source>
        <translation>登记表中没有钥匙。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="178"/>
        <source>Sets found: ________ of %1      Missing: ________      Out of place: ________</source>
        <translation>实点：________ 套（应有 %1 套）      缺失：________ 套      错位：________ 套</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="185"/>
        <source>Counted by (signature)</source>
        <translation>盘点人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_register.py" line="186"/>
        <source>Checked by (signature)</source>
        <translation>复核人（签字）</translation>
    </message>
</context>
<context>
    <name>KeyReplacementDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="268"/>
        <source>New keys — %1</source>
        <translation>补配钥匙 — %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="270"/>
        <source>%1
Keys lost: %2 of %3. Copies cut for the lost keys join the ones left; with a new lock only the new keys count, and the old ones open nothing.</source>
        <translation>%1
共 %3 把，遗失 %2 把。补配的钥匙与剩余钥匙合为一套；如已换锁，则只计新钥匙，旧钥匙作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/incident_dialogs.py" line="289"/>
        <source>Keys in the set afterwards: %1.</source>
        <translation>补配后共 %1 把。</translation>
    </message>
    <message>
        <location filename="../../forms/key_replacement_dialog.ui" line="14"/>
        <source>New keys</source>
        <translation>补配钥匙</translation>
    </message>
    <message>
        <location filename="../../forms/key_replacement_dialog.ui" line="30"/>
        <source>The &amp;lock was changed</source>
        <translation>已换锁(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/key_replacement_dialog.ui" line="42"/>
        <source>&amp;New keys</source>
        <translation>新钥匙把数(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/key_replacement_dialog.ui" line="69"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>KeyReturnDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/return_dialog.py" line="52"/>
        <location filename="../../forms/key_return_dialog.ui" line="6"/>
        <source>Take keys back</source>
        <translation>归还钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/return_dialog.py" line="59"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/return_dialog.py" line="122"/>
        <source>Scan or type the tag on the keys.</source>
        <translation>请扫描或输入钥匙牌号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/return_dialog.py" line="68"/>
        <source>Slip %1 · %2 · %3
Out with %4 since %5, expected back %6 · %7 of %8 keys out</source>
        <translation>借用单 %1 · %2 · %3
%5 借给 %4，预计 %6 归还 · 借出 %8 把，未还 %7 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/return_dialog.py" line="93"/>
        <source>None of the keys of %1 are out.</source>
        <translation>%1 的钥匙都没有借出。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/return_dialog.py" line="108"/>
        <source>A partial return: %1 key(s) stay out with %2, and the set stays flagged until they are back.</source>
        <translation>部分归还：%2 处还有 %1 把，全部归还前该钥匙标记为待处理。</translation>
    </message>
    <message>
        <location filename="../../forms/key_return_dialog.ui" line="11"/>
        <source>&amp;Tag</source>
        <translation>牌号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/key_return_dialog.ui" line="14"/>
        <source>&amp;Keys back</source>
        <translation>归还把数(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/key_return_dialog.ui" line="17"/>
        <source>&amp;Brought by</source>
        <translation>交还人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/key_return_dialog.ui" line="20"/>
        <source>&amp;Condition</source>
        <translation>钥匙状况(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/key_return_dialog.ui" line="26"/>
        <source>&amp;Print the return on the slip</source>
        <translation>在借用单上打印归还记录(&amp;P)</translation>
    </message>
</context>
<context>
    <name>KeySetDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="101"/>
        <source>Empty: the next free number</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="102"/>
        <source>A unit number, or an area (B2 plant room)</source>
        <translation>房号，或区域（如 B2 水泵房）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="103"/>
        <source>Empty: the owner</source>
        <translation>留空则为业主本人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="105"/>
        <source>Register a key set</source>
        <translation>登记钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="107"/>
        <source>The keys go on their hook in the cabinet. Scan or type the tag of their label, or leave it empty for the next free number; print the label from the key set&apos;s page.</source>
        <translation>钥匙挂在钥匙柜的挂钩上。扫描或输入钥匙标签号，留空则自动编号；标签可在钥匙详情页打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="111"/>
        <source>Key set %1</source>
        <translation>钥匙 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="153"/>
        <source>the list may borrow until %1</source>
        <translation>名单上的人可借用至 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="154"/>
        <source>the list may borrow until withdrawn</source>
        <translation>名单上的人可借用至业主撤销为止</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/key_set_dialog.py" line="155"/>
        <source>On record: left by %1 (%2) on %3, signed by %4; %5. Tick to record a new slip (the owner renews it).</source>
        <translation>现有留存：%1（%2）于 %3 留存，签字人 %4；%5。业主续签时请勾选，登记新的留存单。</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="14"/>
        <location filename="../../forms/key_set_dialog.ui" line="34"/>
        <source>Key set</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="43"/>
        <source>&amp;Tag</source>
        <translation>标签号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="67"/>
        <source>&amp;Unit or area</source>
        <translation>房号或区域(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="91"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="111"/>
        <source>&amp;Number of keys</source>
        <translation>钥匙把数(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="138"/>
        <source>&amp;Hook</source>
        <translation>挂钩(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="162"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="204"/>
        <source>Owner&apos;s deposit</source>
        <translation>业主钥匙留存</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="210"/>
        <source>Record a new deposit &amp;slip</source>
        <translation>登记新的留存单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="232"/>
        <source>Owne&amp;r</source>
        <translation>业主(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="256"/>
        <source>Owner&apos;s &amp;phone</source>
        <translation>业主电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="280"/>
        <source>Si&amp;gned by</source>
        <translation>签字人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="304"/>
        <source>Dat&amp;e left</source>
        <translation>留存时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="331"/>
        <source>Authorised unti&amp;l</source>
        <translation>授权期限至(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="355"/>
        <source>&amp;Deposit note</source>
        <translation>留存备注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="386"/>
        <source>Who may borrow</source>
        <translation>授权借用人</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="433"/>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="457"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="481"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="505"/>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="518"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="542"/>
        <source>Only until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="570"/>
        <source>&amp;Add to the list</source>
        <translation>加入名单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/key_set_dialog.ui" line="577"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>KeySheet</name>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="19"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="20"/>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="21"/>
        <location filename="../../src/deskapp/output/key_sheets.py" line="44"/>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="22"/>
        <location filename="../../src/deskapp/output/key_sheets.py" line="45"/>
        <source>Unit / area</source>
        <translation>房号/区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="23"/>
        <source>Keys</source>
        <translation>把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="24"/>
        <location filename="../../src/deskapp/output/key_sheets.py" line="43"/>
        <source>Slip</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="25"/>
        <location filename="../../src/deskapp/output/key_sheets.py" line="46"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="26"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="27"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="28"/>
        <location filename="../../src/deskapp/output/key_sheets.py" line="58"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="36"/>
        <source>Key movements</source>
        <translation>钥匙进出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="42"/>
        <location filename="../../src/deskapp/output/key_sheets.py" line="60"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="47"/>
        <source>Company / department</source>
        <translation>单位/部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="48"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="49"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="50"/>
        <source>Purpose</source>
        <translation>借用事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="51"/>
        <source>Out at</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="52"/>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="53"/>
        <source>Keys out</source>
        <translation>借出把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="54"/>
        <source>Still out</source>
        <translation>未还把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="55"/>
        <source>Authorised by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="56"/>
        <source>Basis</source>
        <translation>借用依据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="57"/>
        <source>Issued by</source>
        <translation>借出经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="64"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="72"/>
        <source>Keys still out at %1; overdue ones first</source>
        <translation>截至 %1 仍未归还的钥匙（逾期的排在前面）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_sheets.py" line="74"/>
        <source>Keys out at closing</source>
        <translation>下班时未还钥匙</translation>
    </message>
</context>
<context>
    <name>KeySlip</name>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="45"/>
        <source>Key borrowing slip</source>
        <translation>钥匙借用单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="51"/>
        <source>Management staff: no ID needed</source>
        <translation>管理处员工，免登证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="62"/>
        <source>%1 (the set has %2)</source>
        <translation>%1（整套 %2 把）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="68"/>
        <location filename="../../src/deskapp/output/key_slip.py" line="78"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="76"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="98"/>
        <source>%1 of %2 keys back; %3 still out</source>
        <translation>已还 %1 把（共 %2 把），尚有 %3 把未还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="101"/>
        <source>Not yet returned</source>
        <translation>未归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="103"/>
        <source>Every key back %1</source>
        <translation>%1 已全部归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="106"/>
        <source>Closed %1: %2 of %3 keys back</source>
        <translation>%1 已结清：共 %3 把，已还 %2 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="109"/>
        <source>Closed %1</source>
        <translation>%1 已结清</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="111"/>
        <source>%1 reported lost</source>
        <translation>遗失 %1 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="112"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="123"/>
        <source>Keys lost: %1</source>
        <translation>遗失 %1 把</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="125"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="136"/>
        <location filename="../../src/deskapp/output/key_slip.py" line="185"/>
        <source>Slip number</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="137"/>
        <source>Out at</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="138"/>
        <location filename="../../src/deskapp/output/key_slip.py" line="186"/>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="139"/>
        <location filename="../../src/deskapp/output/key_slip.py" line="187"/>
        <source>Unit / area</source>
        <translation>房号/区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="140"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="141"/>
        <location filename="../../src/deskapp/output/key_slip.py" line="188"/>
        <source>Keys out</source>
        <translation>借出把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="142"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="143"/>
        <source>Company / department</source>
        <translation>单位/部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="144"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="145"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="146"/>
        <source>Purpose</source>
        <translation>借用事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="147"/>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="148"/>
        <source>Authorised by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="149"/>
        <source>Basis</source>
        <translation>借用依据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="151"/>
        <source>Owner&apos;s consent</source>
        <translation>业主同意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="153"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="154"/>
        <source>Issued by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="155"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="162"/>
        <source>I have received the keys above. I will use them only for the purpose stated, will not copy them or lend them to anyone, and will return them by the time expected; keys lost or damaged are mine to answer for.</source>
        <translation>本人已领取上述钥匙，保证仅用于所填事由，不私自配制、不转借他人，并按预计时间归还；如有遗失或损坏，由本人负责。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="166"/>
        <source>Declaration</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="168"/>
        <source>Borrower (signature)</source>
        <translation>借用人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="169"/>
        <location filename="../../src/deskapp/output/key_slip.py" line="206"/>
        <source>Desk (signature)</source>
        <translation>前台经办人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="171"/>
        <source>Cut here: return stub</source>
        <translation>沿此线剪开：以下为归还回执</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="189"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="190"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="191"/>
        <source>Returned at</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="191"/>
        <source>Keys back</source>
        <translation>归还把数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="192"/>
        <source>Condition</source>
        <translation>钥匙状况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="192"/>
        <source>Brought by</source>
        <translation>交还人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="193"/>
        <source>Taken by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="198"/>
        <source>Return stub</source>
        <translation>归还回执</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/key_slip.py" line="205"/>
        <source>Returned by (signature)</source>
        <translation>交还人（签字）</translation>
    </message>
</context>
<context>
    <name>KeyState</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="44"/>
        <source>In the cabinet</source>
        <translation>在柜</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="45"/>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="46"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="47"/>
        <source>Lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="48"/>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>KeyStocktakeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="90"/>
        <source>Scan each key tag found in the cabinet (or type it and press Enter), or tick the sets found on the register (Space ticks and moves down). What is missing and what should not be there shows as you go; Record saves the stocktake.</source>
        <translation>逐一扫描柜内钥匙的标签（或输入标签号后按回车），也可以在清单上勾选在柜的钥匙（空格键勾选并移到下一行）。缺少的和不应在柜的钥匙会随时列出；点“保存盘点”保存本次盘点。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="95"/>
        <source>Found</source>
        <translation>在柜</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="95"/>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="95"/>
        <source>Tag</source>
        <translation>标签号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="95"/>
        <source>Unit or area</source>
        <translation>房号或区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="96"/>
        <source>By the register</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="124"/>
        <source>Out with %1 since %2</source>
        <translation>%2 起由 %1 借出</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="128"/>
        <source>%1, short of keys</source>
        <translation>%1，钥匙不全</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="146"/>
        <source>&amp;Missing: %1</source>
        <translation>缺少(&amp;M)：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="147"/>
        <source>&amp;Where it should not be: %1</source>
        <translation>不应在柜(&amp;W)：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="150"/>
        <source>Found on their hooks: %1 of %2 sets the register has in the cabinet.</source>
        <translation>按登记应在柜 %2 套，已清点到 %1 套。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="153"/>
        <source>Short of keys, count them: %1</source>
        <translation>钥匙不全，请清点把数：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="166"/>
        <source>%1 (slip %2, %3)</source>
        <translation>%1（借用单 %2，%3）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="189"/>
        <source>%1 is not a key tag (letters, digits and dashes, such as K0012).</source>
        <translation>%1 不是钥匙标签号（由字母、数字和横线组成，如 K0012）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="193"/>
        <source>%1 is counted already.</source>
        <translation>%1 已盘点过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="286"/>
        <source>No key is counted as found: record a stocktake of an empty cabinet?</source>
        <translation>一把钥匙都没有清点到，确定按钥匙柜为空保存盘点吗？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="287"/>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="305"/>
        <source>Stocktake</source>
        <translation>钥匙盘点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/stocktake_dialog.py" line="304"/>
        <source>Leave without recording? The tags counted (%1) are not kept.</source>
        <translation>不保存就退出吗？已清点的 %1 个标签不会保留。</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="14"/>
        <source>Stocktake of the key cabinet</source>
        <translation>钥匙柜盘点</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="36"/>
        <source>&amp;Scan or type a tag</source>
        <translation>扫描或输入标签号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="53"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="69"/>
        <source>&amp;The register by hook: tick what is on its hook</source>
        <translation>按挂钩排列的钥匙清单，在挂钩上的请打勾(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="92"/>
        <source>&amp;Other tags found</source>
        <translation>其他标签(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="114"/>
        <source>Ta&amp;ke back</source>
        <translation>撤回(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="144"/>
        <source>&amp;Missing</source>
        <translation>缺少(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="157"/>
        <source>&amp;Where it should not be</source>
        <translation>不应在柜(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="189"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="224"/>
        <source>&amp;Print the register</source>
        <translation>打印钥匙清单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/key_stocktake_dialog.ui" line="238"/>
        <source>&amp;Record</source>
        <translation>保存盘点(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LateEntry</name>
    <message>
        <location filename="../../src/deskapp/ui/framework/late_entries.py" line="38"/>
        <source>%1 · late</source>
        <translation>%1 · 补录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/late_entries.py" line="48"/>
        <source>Entered at %1, after %2 was closed at %3.</source>
        <translation>%1 补录（%2 已于 %3 日结）。</translation>
    </message>
</context>
<context>
    <name>LoanBasis</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="100"/>
        <source>Authorised by the management</source>
        <translation>管理处批准</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="101"/>
        <source>On the owner&apos;s list</source>
        <translation>业主授权名单内</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="102"/>
        <source>With the owner&apos;s consent</source>
        <translation>业主同意</translation>
    </message>
</context>
<context>
    <name>LoanFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="174"/>
        <source>All loans</source>
        <translation>全部借用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="175"/>
        <source>Keys still out</source>
        <translation>未还钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="176"/>
        <source>Overdue</source>
        <translation>逾期未还</translation>
    </message>
</context>
<context>
    <name>LoanPurpose</name>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="67"/>
        <source>Viewing</source>
        <translation>看房</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="68"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="69"/>
        <source>Cleaning</source>
        <translation>保洁</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="70"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/keys/records.py" line="71"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <location filename="../../src/deskapp/location.py" line="35"/>
        <source>Choose a file or enter a server address.</source>
        <translation>请选择一个文件，或填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/location.py" line="41"/>
        <source>The port after the colon must be a number.</source>
        <translation>冒号后面的端口必须是数字。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/location.py" line="43"/>
        <source>Write the server&apos;s name after the two slashes, e.g. postgresql://deskapp@server/deskapp.</source>
        <translation>请在两个斜杠后面写上服务器名称，例如 postgresql://deskapp@server/deskapp。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/location.py" line="46"/>
        <source>End the address with the database&apos;s name, e.g. postgresql://deskapp@server/deskapp.</source>
        <translation>地址最后要写上数据库名称，例如 postgresql://deskapp@server/deskapp。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/location.py" line="50"/>
        <source>deskapp works with PostgreSQL servers: the address starts with postgresql://.</source>
        <translation>deskapp 使用 PostgreSQL 服务器：地址以 postgresql:// 开头。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/location.py" line="54"/>
        <source>That is a folder. Name a file in it, e.g. deskapp.sqlite.</source>
        <translation>这是一个文件夹。请写上其中的文件名，例如 deskapp.sqlite。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/location.py" line="56"/>
        <source>There is no folder %1.</source>
        <translation>没有文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/access/login.py" line="59"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/login.py" line="61"/>
        <source>&amp;Quit deskapp</source>
        <translation>退出 deskapp(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/login.py" line="65"/>
        <source>Counter locked</source>
        <translation>前台已锁定</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/access/login.py" line="67"/>
        <source>Locked by %1. Type the password to go on, or log in with your own name to take over the counter. What was being typed is kept.</source>
        <translation>由 %1 锁定。输入密码继续，或用您自己的姓名登录以接班。正在填写的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="9"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="15"/>
        <source>Who is at the counter?</source>
        <translation>谁在前台值班？</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="24"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="35"/>
        <source>&amp;Password or PIN</source>
        <translation>密码或 PIN(&amp;P)</translation>
    </message>
</context>
<context>
    <name>LostProperty</name>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="70"/>
        <source>Choose a photo (an empty file shows nothing).</source>
        <translation>请选择照片（空文件没有内容）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="74"/>
        <source>Choose a picture: a JPEG, PNG, GIF, BMP or WebP file.</source>
        <translation>请选择图片文件：JPEG、PNG、GIF、BMP 或 WebP。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="80"/>
        <source>Choose a photo of up to %1 MB.</source>
        <translation>请选择不超过 %1 MB 的照片。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="96"/>
        <source>That file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="115"/>
        <source>Say what was found (as the notice will post it).</source>
        <translation>请填写拾获的物品（按招领启事张贴的写法）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="120"/>
        <source>Say where it was found.</source>
        <translation>请填写拾获地点。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="127"/>
        <source>Give the name of the staff member recording it.</source>
        <translation>请填写登记人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="130"/>
        <source>A second staff member checks the item with you: give their name.</source>
        <translation>失物须由另一位同事一同清点，请填写其姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="133"/>
        <source>The second name must be someone else: two staff check a found item together.</source>
        <translation>第二位经手人须是另一位同事：失物由两人共同清点。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="173"/>
        <source>This time is in the future.</source>
        <translation>该时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="197"/>
        <source>No found item is numbered %1.</source>
        <translation>没有编号为 %1 的失物。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="218"/>
        <source>Enter the claimant&apos;s name.</source>
        <translation>请填写认领人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="224"/>
        <source>Check the claimant&apos;s ID document and enter its number.</source>
        <translation>请核对认领人的身份证件并录入证件号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="232"/>
        <source>Enter a phone number to reach the claimant.</source>
        <translation>请填写认领人的联系电话。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="238"/>
        <source>Write down how the claimant described the item and what it holds, before showing it to them.</source>
        <translation>请先记录认领人对物品及内有物品的描述，再出示物品。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="282"/>
        <source>Name the police station that takes the item.</source>
        <translation>请填写接收的派出所。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="284"/>
        <source>Name the officer who receives it.</source>
        <translation>请填写接收民警姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property.py" line="293"/>
        <source>%1 is kept for its owner until %2: it goes to the police only if nobody has claimed it by then.</source>
        <translation>%1 为失主保管至 %2，到期仍无人认领才移交公安机关。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_base.py" line="93"/>
        <source>There is no found item number %1.</source>
        <translation>没有第 %1 号失物记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_base.py" line="100"/>
        <source>%1 was already claimed by %2: it is no longer at the desk.</source>
        <translation>%1 已由 %2 认领，物品已不在前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/lost_property_base.py" line="104"/>
        <source>%1 was already handed to the police (%2): it is no longer at the desk.</source>
        <translation>%1 已移交公安（%2），物品已不在前台。</translation>
    </message>
</context>
<context>
    <name>LostPropertyDocuments</name>
    <message>
        <location filename="../../src/deskapp/usecases/documents/lost_property.py" line="64"/>
        <source>%1 is %2: there is nothing to post any more.</source>
        <translation>%1 目前%2：无需再张贴招领启事。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/lost_property.py" line="75"/>
        <source>%1 is %2: a claim slip is printed once its owner has claimed it.</source>
        <translation>%1 目前%2：失主认领后才能打印认领单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/lost_property.py" line="86"/>
        <source>%1 is %2: this record is printed once it is handed to the police.</source>
        <translation>%1 目前%2：移交公安后才能打印移交登记单。</translation>
    </message>
</context>
<context>
    <name>LostPropertyPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="134"/>
        <source>Number or what was found…</source>
        <translation>编号或物品名称…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="135"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="137"/>
        <source>Lost property: record a found item…</source>
        <translation>失物招领：失物登记…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="138"/>
        <source>Lost property: the items due for the police</source>
        <translation>失物招领：应移交公安的失物</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="166"/>
        <source>F5  record a found item · F6  the owner claims it · F7  hand it to the police · Ctrl+P  print the notice for posting · Enter  claim the item chosen</source>
        <translation>F5  失物登记 · F6  失主认领 · F7  移交公安 · Ctrl+P  打印招领启事 · Enter  认领所选失物</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="179"/>
        <source>Shown: %1 · kept at the desk: %2 · due for the police: %3</source>
        <translation>显示 %1 件 · 前台保管中 %2 件 · 应移交公安 %3 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="195"/>
        <source>Choose an item in the list to see it here.</source>
        <translation>在列表中选择一件失物，在此查看详情。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="226"/>
        <source>%1 item(s) kept over %2 days without an owner: %3. Hand them to the police (F7).</source>
        <translation>%1 件失物保管超过 %2 天无人认领：%3。请移交公安（F7）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="246"/>
        <source>%1 is no longer at the desk: %2.</source>
        <translation>%1 已不在前台：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="269"/>
        <source>%1 recorded: %2, checked by %3 and %4.</source>
        <translation>%1 已登记：%2，由 %3、%4 共同清点。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="292"/>
        <source>%1 handed to its owner, %2.</source>
        <translation>%1 已交还失主 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="310"/>
        <source>%1 is kept for its owner until %2; only then, unclaimed, does it go to the police.</source>
        <translation>%1 为失主保管至 %2，到期仍无人认领才移交公安。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="321"/>
        <source>%1 handed to the police (%2, %3).</source>
        <translation>%1 已移交公安（%2，%3）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/lost_property_page.py" line="343"/>
        <source>%1 is still at the desk: its slip prints when its owner claims it (F6) or it goes to the police (F7).</source>
        <translation>%1 仍在前台保管：失主认领（F6）或移交公安（F7）后才能打印单据。</translation>
    </message>
    <message>
        <location filename="../../forms/lost_property_page.ui" line="25"/>
        <source>Record a found item… (F5)</source>
        <translation>失物登记… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/lost_property_page.ui" line="26"/>
        <source>Claim… (F6)</source>
        <translation>认领… (F6)</translation>
    </message>
    <message>
        <location filename="../../forms/lost_property_page.ui" line="27"/>
        <source>Hand to the police… (F7)</source>
        <translation>移交公安… (F7)</translation>
    </message>
    <message>
        <location filename="../../forms/lost_property_page.ui" line="28"/>
        <source>Print the notice (Ctrl+P)</source>
        <translation>打印招领启事 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/lost_property_page.ui" line="29"/>
        <source>Print the &amp;slip</source>
        <translation>打印单据(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LostPropertyPapers</name>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="30"/>
        <source>Lost property notice</source>
        <translation>失物招领启事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="35"/>
        <source>Lost property claim slip</source>
        <translation>失物认领单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="40"/>
        <source>Lost property handed to the police</source>
        <translation>失物移交公安机关登记单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="58"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="72"/>
        <source>Tel. %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="83"/>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="86"/>
        <source>On %1 the following was found at %2 and is kept at the reception desk:</source>
        <translation>%1，在%2拾获以下物品，现存放于前台：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="92"/>
        <source>Its owner is asked to come to the reception desk of %1 with their own ID document, and to describe the item and what it holds. Once the description matches, the item is handed over against a signature.</source>
        <translation>请失主携带本人有效身份证件到%1前台认领，并说明物品的特征及内有物品，核对无误后签字领回。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="97"/>
        <source>To protect the owner, this notice does not say what the item holds or how it can be told apart: only its owner can describe that.</source>
        <translation>为保护失主权益，本启事不列明物品内有物品及可辨认特征，须由失主本人说明。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="101"/>
        <source>It is kept for its owner until %1. Unclaimed by then, it is handed to the police.</source>
        <translation>本物品保管至 %1，逾期无人认领将移交公安机关。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="106"/>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="136"/>
        <source>The item</source>
        <translation>物品情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="137"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="138"/>
        <source>Found at</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="140"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="141"/>
        <source>What it holds</source>
        <translation>内有物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="143"/>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="144"/>
        <source>Brought in by</source>
        <translation>送交人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="145"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="146"/>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="148"/>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="162"/>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="163"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="164"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="165"/>
        <source>ID document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="166"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="168"/>
        <source>As the claimant described it</source>
        <translation>认领人描述</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="170"/>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="214"/>
        <source>Handed over at</source>
        <translation>交付时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="171"/>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="215"/>
        <source>Handed over by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="176"/>
        <source>The claimant described the item and what it holds before seeing it, showed their ID document, and has checked and received the item complete.</source>
        <translation>认领人已在出示物品前说明物品特征及内有物品，并出示本人身份证件；物品经认领人当面核对，完好领回。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="181"/>
        <source>Claimant (signature)</source>
        <translation>认领人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="182"/>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="226"/>
        <source>Handed over by (signature)</source>
        <translation>经手人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="211"/>
        <source>Handed to the police</source>
        <translation>移交公安机关</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="212"/>
        <source>Police station</source>
        <translation>接收派出所</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="213"/>
        <source>Received by</source>
        <translation>接收民警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="219"/>
        <source>Kept at the desk from %1, unclaimed, and handed to the police with what it holds as listed above.</source>
        <translation>本物品自 %1 起由前台保管，无人认领，现连同上列内有物品一并移交公安机关。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_papers.py" line="224"/>
        <source>Received by the officer (signature)</source>
        <translation>接收民警（签字）</translation>
    </message>
</context>
<context>
    <name>LostPropertySheet</name>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="17"/>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="18"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="19"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="20"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="21"/>
        <source>What it holds</source>
        <translation>内有物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="22"/>
        <source>Found at</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="23"/>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="24"/>
        <source>Brought in by</source>
        <translation>送交人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="25"/>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="26"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="27"/>
        <source>Second staff member</source>
        <translation>第二经手人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="28"/>
        <source>Handed over at</source>
        <translation>交付时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="29"/>
        <source>Handed over by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="30"/>
        <source>Claimant</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="31"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="32"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="33"/>
        <source>Police station and officer</source>
        <translation>接收派出所及民警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="34"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/lost_property_sheet.py" line="52"/>
        <source>Lost property</source>
        <translation>失物招领</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="195"/>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="232"/>
        <source>Demo data: made-up records for practice</source>
        <translation>演示数据：供练习用的虚构记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="234"/>
        <source>Read-only: nothing can be saved</source>
        <translation>只读：无法保存</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="194"/>
        <source>Records on the server %1</source>
        <translation>记录在服务器 %1 上</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="271"/>
        <source>That record cannot be opened here.</source>
        <translation>这条记录在这里打不开。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="397"/>
        <source>Ctrl+0…%1  switch workspace
Ctrl+N  new entry
Ctrl+F  search, then ↓ to the list
Ctrl+P  print the record worked on
Ctrl+Shift+P  print preview
Ctrl+K  search everything
Ctrl+E  export a day to Excel
Ctrl+Shift+E  close the day
Ctrl+Shift+H  hand over the shift
Ctrl+D  directory
Ctrl+L  lock the counter, or change operator</source>
        <translation>Ctrl+0…%1  切换工作区
Ctrl+N  新建记录
Ctrl+F  搜索，再按 ↓ 进入列表
Ctrl+P  打印当前记录
Ctrl+Shift+P  打印预览
Ctrl+K  全局搜索
Ctrl+E  导出某天到 Excel
Ctrl+Shift+E  日结
Ctrl+Shift+H  交接班
Ctrl+D  房号与部门名录
Ctrl+L  锁定前台或交接班</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="407"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="414"/>
        <source>deskapp %1 — the front desk of %2.
Data file: %3
Printed with WenQuanYi Micro Hei (Apache-2.0).</source>
        <translation>deskapp %1 — %2前台。
数据文件：%3
打印字体：文泉驿微米黑（Apache-2.0）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="417"/>
        <source>About deskapp</source>
        <translation>关于 deskapp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>deskapp — front desk</source>
        <translation>deskapp — 前台</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="49"/>
        <source>&amp;Counter</source>
        <translation>前台(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="60"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="78"/>
        <source>&amp;Export day to Excel…</source>
        <translation>导出日报表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82"/>
        <source>&amp;Close the day…</source>
        <translation>日结(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86"/>
        <source>&amp;Hand over the shift…</source>
        <translation>交接班(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="90"/>
        <source>Search &amp;everything…</source>
        <translation>全局搜索(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="94"/>
        <source>&amp;Back up data file…</source>
        <translation>备份数据文件(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100"/>
        <source>Where the records &amp;are…</source>
        <translation>数据位置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="103"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107"/>
        <source>&amp;New entry</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115"/>
        <source>&amp;Print selected</source>
        <translation>打印所选记录(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123"/>
        <source>&amp;Directory…</source>
        <translation>房号与部门名录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="139"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="143"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="146"/>
        <source>&amp;About deskapp</source>
        <translation>关于 deskapp(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="149"/>
        <source>&amp;Lock or change operator</source>
        <translation>锁定或交接班(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="156"/>
        <source>&amp;Operators…</source>
        <translation>操作员(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="159"/>
        <source>A&amp;udit trail…</source>
        <translation>审计记录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="162"/>
        <source>Print the privacy &amp;notice</source>
        <translation>打印个人信息告知书(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="165"/>
        <source>&amp;Purge old personal data…</source>
        <translation>清除过期个人信息(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>MatchField</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="102"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="103"/>
        <source>Name and phone</source>
        <translation>姓名和电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="104"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="105"/>
        <source>Name only</source>
        <translation>仅姓名</translation>
    </message>
</context>
<context>
    <name>MessageSlip</name>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="24"/>
        <source>For</source>
        <translation>留言给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="27"/>
        <source>From</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="29"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="30"/>
        <source>Called at</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="31"/>
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="33"/>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="35"/>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="44"/>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="46"/>
        <source>Please sign and return to the counter</source>
        <translation>请签收后交回前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/message_slip.py" line="59"/>
        <source>Telephone message</source>
        <translation>电话留言条</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="20"/>
        <location filename="../../src/deskapp/ui/messages.py" line="26"/>
        <location filename="../../src/deskapp/ui/messages.py" line="34"/>
        <location filename="../../src/deskapp/ui/messages.py" line="37"/>
        <location filename="../../src/deskapp/ui/messages.py" line="48"/>
        <location filename="../../src/deskapp/ui/messages.py" line="62"/>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="63"/>
        <source>Something went wrong. Nothing was saved half-way; the details are in the log file.</source>
        <translation>程序出错了。本次操作没有保存，不会留下保存一半的数据；详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="104"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="116"/>
        <source>Deny list</source>
        <translation>拒访名单</translation>
    </message>
</context>
<context>
    <name>MeterReading</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing_records.py" line="35"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing_records.py" line="36"/>
        <source>Meter rolled over</source>
        <translation>翻表（表盘归零）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/billing_records.py" line="37"/>
        <source>Meter changed</source>
        <translation>换表</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../src/deskapp/domain/money.py" line="60"/>
        <source>Enter the amount in yuan, e.g. 50 or 50.00.</source>
        <translation>请输入金额（元），如 50 或 50.00。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/money.py" line="79"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/money.py" line="87"/>
        <source>Use at most two decimal places (fen).</source>
        <translation>金额最多保留两位小数（精确到分）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/money.py" line="88"/>
        <source>The amount can be at most %1.</source>
        <translation>金额最多为 %1。</translation>
    </message>
</context>
<context>
    <name>MonthSummary</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/summary.py" line="96"/>
        <source>Not yet dispatched</source>
        <translation>未派单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_chart.py" line="45"/>
        <source>Other departments</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_chart.py" line="66"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_chart.py" line="121"/>
        <source>Requests by department and severity</source>
        <translation>各部门诉求数量（按等级）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/requests_month.py" line="58"/>
        <source>Type the month as year-month, e.g. %1 (not %2).</source>
        <translation>请按“年-月”输入月份，如 %1（不是 %2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/requests_month.py" line="109"/>
        <source>Monthly complaints %1</source>
        <translation>月度投诉一览表 %1</translation>
    </message>
</context>
<context>
    <name>MonthlyComplaints</name>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="13"/>
        <source>— (none this month; target %1)</source>
        <translation>—（本月无此类诉求；目标 %1）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="15"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="16"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="17"/>
        <source>%1 / %2 = %3 (target %4, %5)</source>
        <translation>%1 / %2 = %3（目标 %4，%5）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="25"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="30"/>
        <source>%1 working days (over %2 resolved)</source>
        <translation>%1 个工作日（按已完成的 %2 件计）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="33"/>
        <source>— (none resolved yet)</source>
        <translation>—（尚无已完成的诉求）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="35"/>
        <source>Requests taken</source>
        <translation>受理总数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="36"/>
        <source>Valid-complaint handling rate</source>
        <translation>有效投诉处理率</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="38"/>
        <source>Revisit rate (complaints and repairs)</source>
        <translation>回访率（投诉及报修）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="40"/>
        <source>Average time to resolve</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/month_figures.py" line="41"/>
        <source>Still being handled</source>
        <translation>仍在处理中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="55"/>
        <location filename="../../src/deskapp/output/request_sheets.py" line="74"/>
        <source>Monthly complaints list</source>
        <translation>月度投诉一览表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="60"/>
        <source>For internal use: it names customers. Phones are masked; the handling forms hold them.</source>
        <translation>内部资料，含客户姓名，请妥善保管；电话已隐去部分号码，完整号码见投诉处理表。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="66"/>
        <source>%1 · %2 requests taken · as they stand at %3</source>
        <translation>%1 · 共受理 %2 件 · 统计截至 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="72"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="73"/>
        <source>Taken</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="74"/>
        <source>Complainant / unit</source>
        <translation>投诉人/单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="75"/>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="76"/>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="180"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="77"/>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="176"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="78"/>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="184"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="79"/>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="80"/>
        <source>Resolved</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="81"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="82"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="83"/>
        <source>Rectification plan</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="95"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="173"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="175"/>
        <source>Requests</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="187"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="203"/>
        <source>The month in figures</source>
        <translation>本月汇总</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/monthly_complaints.py" line="225"/>
        <source>No request was taken this month.</source>
        <translation>本月未受理任何诉求。</translation>
    </message>
</context>
<context>
    <name>MonthlyRequestsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="90"/>
        <source>%1
Valid complaints handled: %2 (target %3) · revisited: %4 (target %5) · average %6 working days to resolve.</source>
        <translation>%1
有效投诉处理率 %2（目标 %3）· 回访率 %4（目标 %5）· 平均 %6 个工作日处理完毕。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="92"/>
        <source>%n request(s) taken that month.</source>
        <translation>
            <numerusform>当月共受理 %n 件诉求。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="108"/>
        <source>Save the monthly summary</source>
        <translation>保存月度汇总</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="121"/>
        <source>The file cannot be replaced: it is probably open in Excel. Close it and save again.</source>
        <translation>文件无法替换，可能正在 Excel 中打开。请关闭后再保存。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="126"/>
        <source>The workbook could not be saved; no file was written.
%1</source>
        <translation>工作簿没能保存，没有写入任何文件。
%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="130"/>
        <location filename="../../forms/monthly_requests_dialog.ui" line="6"/>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="131"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/monthly_dialog.py" line="133"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../forms/monthly_requests_dialog.ui" line="8"/>
        <source>The month&apos;s requests with their counts, rates and a chart (月度投诉一览表).</source>
        <translation>当月全部诉求，含分类统计、处理率、回访率和图表（月度投诉一览表）。</translation>
    </message>
    <message>
        <location filename="../../forms/monthly_requests_dialog.ui" line="11"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/monthly_requests_dialog.ui" line="18"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/monthly_requests_dialog.ui" line="19"/>
        <source>Save as &amp;Excel…</source>
        <translation>存为 Excel(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>NoticeColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="32"/>
        <source>Dated</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="34"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="38"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="41"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="42"/>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="43"/>
        <source>Drafted by</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="45"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>NoticeEditorDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notice_editor_dialog.py" line="86"/>
        <source>What you type in the boxes goes into the notice&apos;s blanks; edit the text below as needed. The notice prints in the language chosen for it.</source>
        <translation>上面各栏填写的内容会自动填入通知的空白处；下方正文可按需修改。通知按所选语言打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notice_editor_dialog.py" line="88"/>
        <source>e.g. 25 November (Wednesday)</source>
        <translation>如：11月25日（星期三）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notice_editor_dialog.py" line="89"/>
        <source>e.g. 9:00 to 17:00</source>
        <translation>如：9:00至17:00</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notice_editor_dialog.py" line="90"/>
        <source>e.g. Tower A, floors 10–15</source>
        <translation>如：A座10至15层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notice_editor_dialog.py" line="91"/>
        <source>e.g. National Day</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notice_editor_dialog.py" line="125"/>
        <source>Replace the text you edited with the template?</source>
        <translation>用模板替换您已修改的内容吗？</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="6"/>
        <source>New notice</source>
        <translation>新建通知</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="9"/>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="11"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="14"/>
        <source>Fill in the template</source>
        <translation>填写模板空白处</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="16"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="18"/>
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="20"/>
        <source>&amp;Area</source>
        <translation>区域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="22"/>
        <source>&amp;Holiday</source>
        <translation>节日(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="29"/>
        <source>Titl&amp;e</source>
        <translation>标题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="32"/>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="35"/>
        <source>Dated &amp;on</source>
        <translation>落款日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="38"/>
        <source>Si&amp;gned by</source>
        <translation>落款单位(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_editor_dialog.ui" line="43"/>
        <source>&amp;Print it once saved</source>
        <translation>保存后打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>NoticeFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="49"/>
        <source>In force</source>
        <translation>有效通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="50"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="51"/>
        <source>All notices</source>
        <translation>全部通知</translation>
    </message>
</context>
<context>
    <name>NoticeLanguage</name>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="26"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="27"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>NoticeTemplate</name>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="58"/>
        <source>Blank notice</source>
        <translation>空白通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="59"/>
        <source>Water interruption</source>
        <translation>停水</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="60"/>
        <source>Power interruption</source>
        <translation>停电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="61"/>
        <source>Lift maintenance</source>
        <translation>电梯维保</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="62"/>
        <source>Fire drill</source>
        <translation>消防演练</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notice_templates.py" line="63"/>
        <source>Holiday hours</source>
        <translation>节假日服务时间</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="145"/>
        <source>Write what the notice says.</source>
        <translation>请填写通知正文。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="180"/>
        <source>Give the notice a title.</source>
        <translation>请填写通知标题。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="184"/>
        <source>Fill in %1 (a blank of the template) first.</source>
        <translation>请先填写 %1（模板中的空白处）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="192"/>
        <source>Sign the notice: the organisation&apos;s name or the office issuing it.</source>
        <translation>请填写落款：物业公司名称或发文部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="231"/>
        <source>Say why the notice is withdrawn (e.g. the work was put off).</source>
        <translation>请说明撤回原因（如：施工改期）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="237"/>
        <source>Notice %1 was withdrawn already (%2).</source>
        <translation>通知 %1 已撤回（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="268"/>
        <source>No notice is numbered %1.</source>
        <translation>没有编号为 %1 的通知。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/notices.py" line="277"/>
        <source>There is no notice number %1.</source>
        <translation>没有第 %1 号通知。</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="54"/>
        <source>Withdrawn %1 by %2: %3</source>
        <translation>%1 由 %2 撤回：%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="108"/>
        <source>Number, title or a word of the notice…</source>
        <translation>编号、标题或通知中的文字…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="109"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="111"/>
        <source>Notices: new notice…</source>
        <translation>物业通知：新建通知…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="116"/>
        <source>F5  new notice (from a template) · Ctrl+P or Enter  print the notice chosen · Ctrl+Enter  save the notice being drafted</source>
        <translation>F5  新建通知（可选模板）· Ctrl+P 或 Enter  打印所选通知 · Ctrl+Enter  保存正在起草的通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="128"/>
        <source>Shown: %1 · in force: %2</source>
        <translation>显示 %1 份 · 有效 %2 份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="136"/>
        <source>Choose a notice in the list to read it here; F5 drafts a new one from a template.</source>
        <translation>在列表中选择一份通知在此查看；按 F5 可用模板新建通知。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="165"/>
        <source>Notice %1 saved: %2.</source>
        <translation>通知 %1 已保存：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="191"/>
        <source>Withdraw notice %1</source>
        <translation>撤回通知 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="192"/>
        <source>“%1” stays in the archive, marked withdrawn. Why is it taken down? Take the posted copies down too.</source>
        <translation>“%1”仍保留在存档中，标记为已撤回。请说明撤回原因，并把已张贴的通知一并撤下。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/notices_page.py" line="201"/>
        <source>Notice %1 withdrawn.</source>
        <translation>通知 %1 已撤回。</translation>
    </message>
    <message>
        <location filename="../../forms/notices_page.ui" line="24"/>
        <source>New notice… (F5)</source>
        <translation>新建通知… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/notices_page.ui" line="25"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/notices_page.ui" line="26"/>
        <source>Wi&amp;thdraw…</source>
        <translation>撤回(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>OnSiteList</name>
    <message>
        <location filename="../../src/deskapp/domain/visitors/on_site.py" line="87"/>
        <source>Basement %1</source>
        <translation>地下%1层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/on_site.py" line="88"/>
        <source>Floor %1</source>
        <translation>%1层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/on_site.py" line="90"/>
        <source>Other units</source>
        <translation>其他单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/on_site.py" line="91"/>
        <source>Management departments</source>
        <translation>物业各部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/on_site.py" line="92"/>
        <source>Hosts not in the directory</source>
        <translation>未登记在册的被访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="42"/>
        <source>Visitors on site now</source>
        <translation>现在在场的访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="47"/>
        <source>This list holds personal data: give it only to the person in charge of the roll call and destroy it after use.</source>
        <translation>本名单含个人信息，仅交现场清点负责人使用，用后即销毁。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="52"/>
        <source>Here</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="52"/>
        <source>Pass no.</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="53"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="53"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="54"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="54"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="55"/>
        <source>Time in</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="55"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="85"/>
        <source>%1 — visits: %2, people: %3</source>
        <translation>%1 — 来访 %2 批，共 %3 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="147"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="148"/>
        <source>On site: %1 visits, %2 people</source>
        <translation>现在在场：%1 批访客，共 %2 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/on_site_list.py" line="158"/>
        <source>Nobody is on site.</source>
        <translation>现在没有在场的访客。</translation>
    </message>
</context>
<context>
    <name>OperatorRoleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="187"/>
        <source>&amp;Role of %1</source>
        <translation>%1 的角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/operator_role_dialog.ui" line="9"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="80"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="80"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="83"/>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="101"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="101"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="101"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="101"/>
        <source>Last log-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="102"/>
        <source>Wrong passwords</source>
        <translation>密码错误次数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="104"/>
        <source>Wrong passwords in a row since the last log-in. From the third one the operator waits a little before trying again; resetting the password ends the wait.</source>
        <translation>上次登录以来连续输错密码的次数。从第三次起要等一会儿才能再试；重置密码即可解除等待。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="120"/>
        <source>Disabled: cannot log in. Enable to let them log in again.</source>
        <translation>已停用：不能登录。重新启用后可再登录。</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <location filename="../../src/deskapp/domain/operators.py" line="32"/>
        <source>A supervisor must approve this: %1.</source>
        <translation>这项操作需要主管批准：%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/operators.py" line="41"/>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="286"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="288"/>
        <source>A new operator (Ctrl+N)</source>
        <translation>添加操作员（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="289"/>
        <source>Receptionist, cashier, supervisor or administrator</source>
        <translation>前台接待、收银员、主管或管理员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="291"/>
        <source>For an operator who forgot their password</source>
        <translation>操作员忘记密码时使用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="354"/>
        <source>%1 added as %2: they can log in now.</source>
        <translation>已添加 %1（%2），现在可以登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="366"/>
        <source>%1 is now %2.</source>
        <translation>%1 的角色已改为%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="374"/>
        <source>Disable %1? They can no longer log in; the records they saved keep their name. You can enable them again later.</source>
        <translation>停用 %1？停用后不能再登录，其登记的记录仍保留其姓名。以后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="385"/>
        <source>%1 is enabled: they can log in again.</source>
        <translation>%1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="386"/>
        <source>%1 is disabled: they can no longer log in.</source>
        <translation>%1 已停用，不能再登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="397"/>
        <source>New password set for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="410"/>
        <location filename="../../forms/operators_dialog.ui" line="57"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="410"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="412"/>
        <source>The operator can no longer log in; nothing is deleted</source>
        <translation>该操作员不能再登录；不删除任何内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="413"/>
        <source>The operator can log in again</source>
        <translation>该操作员可以重新登录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="422"/>
        <source>Only an administrator may add operators, change their roles or passwords, or disable them. You are logged in as %1 (%2): ask the administrator.</source>
        <translation>只有管理员才能添加操作员、更改其角色或密码、停用操作员。您以 %1（%2）登录：请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../forms/operators_dialog.ui" line="9"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../forms/operators_dialog.ui" line="15"/>
        <source>&amp;Operators who may log in at the counters of these records. Nobody is ever deleted: disable whoever has left, and their records keep their name.</source>
        <translation>可以在这些记录的前台登录的操作员(&amp;O)。操作员从不删除：离职的请停用，他们登记的记录仍保留其姓名。</translation>
    </message>
    <message>
        <location filename="../../forms/operators_dialog.ui" line="45"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/operators_dialog.ui" line="51"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/operators_dialog.ui" line="63"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>OwnerListEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="103"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="103"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="103"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="103"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="104"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="104"/>
        <source>On the list</source>
        <translation>名单状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="107"/>
        <source>Only the people on this list may borrow the owner&apos;s keys. Adding or withdrawing someone is saved at once, signed by you; withdrawn people stay on the list, greyed.</source>
        <translation>只有名单上的人可以借用业主的钥匙。添加或撤销授权即时保存，记您的名字；已撤销的人员仍留在名单上，以灰色显示。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="110"/>
        <source>&amp;Withdraw…</source>
        <translation>撤销授权(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="113"/>
        <source>Only the people on this list may borrow the owner&apos;s keys (anyone else needs the owner&apos;s consent each time). They are saved with the deposit.</source>
        <translation>只有名单上的人可以借用业主的钥匙（其他人每次借用都须经业主同意）。名单随留存单一起保存。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="115"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="131"/>
        <source>Saved with the deposit</source>
        <translation>随留存单保存</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="147"/>
        <source>Withdrawn %1: %2</source>
        <translation>%1 撤销：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="151"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="152"/>
        <source>May borrow</source>
        <translation>可借用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="157"/>
        <source>Added %1 by %2</source>
        <translation>%1 由 %2 添加</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="187"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="220"/>
        <source>Withdraw from the owner&apos;s list</source>
        <translation>撤销借用授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="221"/>
        <source>%1 may no longer borrow these keys. Why (the owner&apos;s instruction, the tenancy ended …)? The entry stays on the list, marked withdrawn.</source>
        <translation>%1 将不能再借用这套钥匙。请注明原因（如业主通知、租约到期等）。该人员仍保留在名单上，标为已撤销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/owner_list.py" line="259"/>
        <source>%1: %2 (Enter on the row to correct it)</source>
        <translation>%1：%2（在该行按回车可修改）</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <location filename="../../src/deskapp/domain/paging.py" line="42"/>
        <source>Search with at most %1 words.</source>
        <translation>搜索最多输入 %1 个词。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/paging.py" line="45"/>
        <source>A search word can have at most %1 characters.</source>
        <translation>每个搜索词最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="29"/>
        <source>80 mm roll</source>
        <translation>80 毫米热敏纸卷</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="31"/>
        <source>60 × 40 mm label</source>
        <translation>60 × 40 mm 标签</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="33"/>
        <source>241 × 93 mm pre-printed form</source>
        <translation>241 × 93 mm 三联收据（套打）</translation>
    </message>
</context>
<context>
    <name>ParcelColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="24"/>
        <source>Collected %1 by %2</source>
        <translation>%1 由 %2 领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="27"/>
        <source>Returned %1: %2</source>
        <translation>%1 已退回：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="36"/>
        <source>Reminded %1</source>
        <translation>%1 已再次提醒</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="43"/>
        <source>Received</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="45"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="47"/>
        <source>For</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="49"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="51"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="53"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="55"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="57"/>
        <source>Waited</source>
        <translation>存放</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="60"/>
        <source>Told</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="62"/>
        <source>Where</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="64"/>
        <source>Damage</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="66"/>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="68"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="103"/>
        <source>shelf %1</source>
        <translation>货架 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="104"/>
        <source>received %1 (%2)</source>
        <translation>%1 到达（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_columns.py" line="108"/>
        <source>damaged: %1</source>
        <translation>破损：%1</translation>
    </message>
</context>
<context>
    <name>ParcelFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="165"/>
        <source>Waiting</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="166"/>
        <source>Waiting over 3 days</source>
        <translation>超过3天未取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="167"/>
        <source>Waiting over 14 days</source>
        <translation>超过14天未取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="168"/>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="169"/>
        <source>Returned to sender</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="170"/>
        <source>All received</source>
        <translation>全部签收记录</translation>
    </message>
</context>
<context>
    <name>ParcelIntakeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_intake_dialog.py" line="99"/>
        <source>Scan each waybill: Enter saves it and the next can be scanned for the same recipient. Esc when done.</source>
        <translation>逐件扫描运单：按 Enter 保存后可继续为同一收件方扫描下一件，全部完成按 Esc。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_intake_dialog.py" line="101"/>
        <source>Carrier&apos;s name</source>
        <translation>快递公司名称</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_intake_dialog.py" line="102"/>
        <source>What: torn, wet, crushed, opened …</source>
        <translation>破损情况：破裂、受潮、压扁、已拆封……</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_intake_dialog.py" line="214"/>
        <source>Nothing signed for yet.</source>
        <translation>尚未签收。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_intake_dialog.py" line="219"/>
        <source>Signed for (%1): %2</source>
        <translation>已签收（%1 件）：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_intake_dialog.py" line="221"/>
        <source>and %1 before</source>
        <translation>以及此前 %1 件</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="6"/>
        <source>Sign for parcels</source>
        <translation>快件签收登记</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="11"/>
        <source>F&amp;or (unit, company)</source>
        <translation>收件方(房号、公司)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="15"/>
        <source>&amp;Name</source>
        <translation>收件人姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="18"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="21"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="24"/>
        <source>&amp;Carrier</source>
        <translation>快递公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="27"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="30"/>
        <source>&amp;Shelf</source>
        <translation>货架(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="33"/>
        <source>&amp;Damaged packaging</source>
        <translation>外包装破损(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="35"/>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="41"/>
        <source>P&amp;rint the pickup notice when done</source>
        <translation>完成后打印取件通知(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="43"/>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_intake_dialog.ui" line="43"/>
        <source>Done (Esc)</source>
        <translation>完成 (Esc)</translation>
    </message>
</context>
<context>
    <name>ParcelKind</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="50"/>
        <source>Parcel</source>
        <translation>快递包裹</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="51"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="52"/>
        <source>Registered mail</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="53"/>
        <source>Newspaper / magazine</source>
        <translation>报刊</translation>
    </message>
</context>
<context>
    <name>ParcelLog</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/base.py" line="37"/>
        <source>Waybill %1 is already on the shelf as %2 for %3 (received %4): scanned twice?</source>
        <translation>运单 %1 已在架上，编号 %2，收件方 %3（%4 签收）：是否重复扫描？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/base.py" line="92"/>
        <location filename="../../src/deskapp/domain/services/parcels/base.py" line="128"/>
        <source>There is no parcel number %1.</source>
        <translation>没有编号为 %1 的快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/base.py" line="103"/>
        <source>%1 (%2) was collected at %3 by %4.</source>
        <translation>%1（%2）已于 %3 由 %4 领取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/base.py" line="108"/>
        <source>%1 (%2) was returned to its sender at %3: %4.</source>
        <translation>%1（%2）已于 %3 退回寄件方：%4。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/base.py" line="137"/>
        <source>There is no parcel %1.</source>
        <translation>没有快件 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="58"/>
        <source>Enter the number rung.</source>
        <translation>请填写拨打的号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="88"/>
        <source>One call tells one recipient: choose the parcels of one recipient.</source>
        <translation>一次电话只通知一位收件人：请只勾选同一收件方的快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="94"/>
        <source>There is no phone number for %1: enter the number rung.</source>
        <translation>%1 没有登记电话：请填写拨打的号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="99"/>
        <source>Parcels waiting for you: %1</source>
        <translation>您有快递待取：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="113"/>
        <source>Tick the parcels being collected.</source>
        <translation>请勾选要领取的快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="118"/>
        <source>Enter the name of whoever collects them.</source>
        <translation>请填写领取人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="128"/>
        <source>Someone collecting for the recipient shows an ID: check it and enter its number.</source>
        <translation>代领人须出示本人证件：请核对证件并填写证件号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="154"/>
        <source>Registered mail is handed over against an ID: check it and enter its number.</source>
        <translation>挂号信须凭证件领取：请核对证件并填写证件号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="186"/>
        <source>Say why it goes back to its sender.</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="209"/>
        <source>Tick the parcels first.</source>
        <translation>请先勾选快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/handover.py" line="212"/>
        <source>Choose at most %1 parcels at a time.</source>
        <translation>一次最多选择 %1 件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="55"/>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="77"/>
        <source>Say whom it is for: a unit, a company or a name.</source>
        <translation>请填写收件方：房号、公司或姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="80"/>
        <source>They are not in the directory: give a phone number to tell them.</source>
        <translation>收件方不在住户名录中：请填写联系电话以便通知。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="91"/>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="103"/>
        <source>Scan or type the waybill number.</source>
        <translation>请扫描或输入运单号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="99"/>
        <source>A waybill number has 4 to 40 letters, digits or dashes: scan it again.</source>
        <translation>运单号应为4到40位字母、数字或短横线：请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="109"/>
        <source>Type the carrier&apos;s name.</source>
        <translation>请填写快递公司名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="112"/>
        <source>Choose the carrier.</source>
        <translation>请选择快递公司。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="119"/>
        <source>Say what is damaged: torn, wet, crushed, opened …</source>
        <translation>请注明破损情况：破裂、受潮、压扁、已拆封……</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="148"/>
        <source>Sign for 1 to %1 items at a time.</source>
        <translation>每次签收1到%1件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/intake.py" line="222"/>
        <source>This department is no longer in the directory.</source>
        <translation>该部门已不在名录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/lists.py" line="173"/>
        <location filename="../../src/deskapp/usecases/documents/parcels.py" line="69"/>
        <source>There is no pickup number %1.</source>
        <translation>没有编号为 %1 的领取记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/lists.py" line="193"/>
        <source>Nothing is waiting for %1.</source>
        <translation>%1 没有待取的快件。</translation>
    </message>
</context>
<context>
    <name>ParcelNotice</name>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="46"/>
        <source>Parcel pickup notice</source>
        <translation>取件通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="51"/>
        <source>Parcels waiting at the front desk</source>
        <translation>前台待取快件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="55"/>
        <source>Please collect them at the front desk with your ID. Someone collecting for you brings their own ID.</source>
        <translation>请凭本人证件到前台领取；委托他人代领的，代领人请出示本人证件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="71"/>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="149"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="72"/>
        <source>Carrier / waybill</source>
        <translation>快递公司/运单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="73"/>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="151"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="74"/>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="152"/>
        <source>Received</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="75"/>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="154"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="80"/>
        <source>For</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="81"/>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="153"/>
        <source>Waiting</source>
        <translation>已存放</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="82"/>
        <source>%1 item(s) since %2</source>
        <translation>共 %1 件，最早 %2 到达</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="93"/>
        <source>Some have waited more than 3 days: please collect them soon.</source>
        <translation>部分快件已超过3天未取，请尽快领取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="95"/>
        <source>Some have waited more than 3 days (shaded): please collect them soon.</source>
        <translation>部分快件已超过3天未取（底色标出），请尽快领取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="102"/>
        <source>Show this at the desk: the scan brings up all your parcels.</source>
        <translation>领取时请出示此条码，扫码即可调出您的全部快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="139"/>
        <source>Floor %1</source>
        <translation>%1 楼</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="140"/>
        <source>Other recipients</source>
        <translation>其他收件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="148"/>
        <source>Unit / recipient</source>
        <translation>房号/收件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="150"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="157"/>
        <source>As at %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="169"/>
        <source>Nothing is waiting at the front desk.</source>
        <translation>前台暂无待取快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_notice.py" line="177"/>
        <source>Shaded: waiting more than 3 days.</source>
        <translation>底色标出的为已超过3天未取。</translation>
    </message>
</context>
<context>
    <name>ParcelNotifyDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_notify_dialog.py" line="68"/>
        <source>For %1: %2 item(s) waiting.</source>
        <translation>收件方 %1：%2 件待取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_notify_dialog.py" line="73"/>
        <source>Last told %1: this is a reminder.</source>
        <translation>已于 %1 通知过，本次为再次提醒。</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="6"/>
        <source>Tell the recipient</source>
        <translation>通知收件人</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="11"/>
        <source>&amp;Parcels</source>
        <translation>快件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="14"/>
        <source>P&amp;rint the pickup notice</source>
        <translation>打印取件通知(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="15"/>
        <source>&amp;Log the call that told them</source>
        <translation>记入通话记录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="16"/>
        <source>P&amp;hone rung</source>
        <translation>拨打号码(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="19"/>
        <source>&amp;Answered by</source>
        <translation>接听人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="22"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="28"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>登记 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_notify_dialog.ui" line="28"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>ParcelPapers</name>
    <message>
        <location filename="../../src/deskapp/output/parcel_parts.py" line="45"/>
        <source>&lt;1 day</source>
        <translation>不足1天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_parts.py" line="46"/>
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_parts.py" line="57"/>
        <source>Damaged: %1</source>
        <translation>破损：%1</translation>
    </message>
</context>
<context>
    <name>ParcelPickup</name>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="25"/>
        <source>Parcel pickup slip</source>
        <translation>取件签收单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="36"/>
        <source>%1 (for the recipient)</source>
        <translation>%1（代领）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="52"/>
        <source>Pickup</source>
        <translation>领取单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="53"/>
        <source>Collected at</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="54"/>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="55"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="57"/>
        <source>Handed over by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="61"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="62"/>
        <source>For</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="63"/>
        <source>Carrier / waybill</source>
        <translation>快递公司/运单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="64"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="65"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="67"/>
        <source>%1 item(s) handed over</source>
        <translation>共领取 %1 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="75"/>
        <source>I have received the items above; damage noted at intake is listed with them.</source>
        <translation>以上物品本人已领取；签收时登记的破损情况已一并注明。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="84"/>
        <source>Collected by (signature)</source>
        <translation>领取人（签名）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_pickup.py" line="85"/>
        <source>Desk (signature)</source>
        <translation>前台经办（签名）</translation>
    </message>
</context>
<context>
    <name>ParcelPickupDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_pickup_dialog.py" line="73"/>
        <source>Scan another of theirs to tick it</source>
        <translation>扫描该收件方的其他快件即可勾选</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_pickup_dialog.py" line="89"/>
        <source>%1 · %2 waiting since %3</source>
        <translation>%1 · %2 件待取，最早 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_pickup_dialog.py" line="109"/>
        <source>Nothing of theirs is waiting now.</source>
        <translation>该收件方目前没有待取快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_pickup_dialog.py" line="119"/>
        <source>No parcel waiting has “%1”.</source>
        <translation>没有运单号为“%1”的待取快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_pickup_dialog.py" line="122"/>
        <source>%1 is for %2: hand it over separately.</source>
        <translation>%1 的收件方是 %2，请另行办理领取。</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="6"/>
        <source>Hand parcels over</source>
        <translation>快件领取</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="10"/>
        <source>F&amp;or</source>
        <translation>收件方(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="12"/>
        <source>&amp;Waybill</source>
        <translation>运单号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="15"/>
        <source>&amp;Parcels</source>
        <translation>快件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="18"/>
        <source>Collected &amp;by</source>
        <translation>领取人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="21"/>
        <source>Someone the recipient &amp;authorised</source>
        <translation>收件人委托代领(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="23"/>
        <source>&amp;ID</source>
        <translation>证件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="26"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="31"/>
        <source>P&amp;rint the pickup slip to sign</source>
        <translation>打印取件签收单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="33"/>
        <source>Hand over (Ctrl+Enter)</source>
        <translation>确认领取 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_pickup_dialog.ui" line="33"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>ParcelReturnDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_return_dialog.py" line="49"/>
        <source>Refused by the recipient</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_return_dialog.py" line="49"/>
        <source>No such recipient in the building</source>
        <translation>查无此收件人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_return_dialog.py" line="50"/>
        <source>Not collected in time</source>
        <translation>超期未取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_return_dialog.py" line="50"/>
        <source>Damaged: the recipient refused it</source>
        <translation>破损，收件人拒收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcel_return_dialog.py" line="51"/>
        <source>Sent back at the carrier&apos;s request</source>
        <translation>快递公司要求退回</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_return_dialog.ui" line="6"/>
        <source>Return to sender</source>
        <translation>退回寄件方</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_return_dialog.ui" line="11"/>
        <source>&amp;Reason</source>
        <translation>退回原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_return_dialog.ui" line="17"/>
        <source>Return to sender (Enter)</source>
        <translation>确认退回 (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/parcel_return_dialog.ui" line="17"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>ParcelRows</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/rows.py" line="112"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/rows.py" line="113"/>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>ParcelSheet</name>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="20"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="21"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="22"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="23"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="24"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="25"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="26"/>
        <source>For</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="27"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="28"/>
        <source>Condition</source>
        <translation>破损情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="29"/>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="36"/>
        <source>Received</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="30"/>
        <source>Days waited</source>
        <translation>存放天数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="31"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="32"/>
        <source>Collected by / reason</source>
        <translation>领取人/退回原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="33"/>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="34"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="37"/>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="38"/>
        <source>Returned to sender</source>
        <translation>退回寄件方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="39"/>
        <source>Waiting at closing</source>
        <translation>下班时待取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="59"/>
        <source>Received %1 · collected %2 · returned %3 · waiting at %4: %5</source>
        <translation>签收 %1 · 领取 %2 · 退回 %3 · 截至 %4 待取：%5</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/parcel_sheet.py" line="63"/>
        <source>Parcels</source>
        <translation>快件</translation>
    </message>
</context>
<context>
    <name>ParcelState</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="70"/>
        <source>Waiting</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="71"/>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="72"/>
        <source>Returned to sender</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="106"/>
        <source>Search waybill, number, recipient, phone…</source>
        <translation>搜索运单号、编号、收件方、电话…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="107"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="109"/>
        <source>Scan a waybill anywhere on this page, or type it and press Enter: a parcel waiting is handed over, a new one is signed for. A unit typed hands over its parcels.</source>
        <translation>在本页任意位置扫描运单，或输入运单号后按 Enter：已在架上的办理领取，新到的办理签收。输入房号可办理该户领取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="113"/>
        <source>Parcels: waiting over 3 days</source>
        <translation>快件：超过3天未取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="114"/>
        <source>Parcels: print the floor lists</source>
        <translation>快件：打印各楼层待取清单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="132"/>
        <source>%1 went back to its sender: there is nothing to collect.</source>
        <translation>%1 已退回寄件方，无可领取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="148"/>
        <source>Scan a waybill  hand over or sign for · Alt+U  the waybill box · Ctrl+F  search
F5  sign for · F6  hand over · F7  tell the recipient · F8  return to sender · F9  waiting over 3 days · Ctrl+P  print the pickup notice</source>
        <translation>扫描运单  领取或签收 · Alt+U  运单号输入框 · Ctrl+F  搜索
F5  签收登记 · F6  领取 · F7  通知收件人 · F8  退回 · F9  超过3天未取 · Ctrl+P  打印取件通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="163"/>
        <source>Shown: %1 · on the shelf: %2 · over 3 days: %3 · over 14 days: %4</source>
        <translation>显示 %1 · 在架 %2 · 超3天 %3 · 超14天 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="173"/>
        <source>%1 item(s) waiting over 3 days, %2 of them over 14 days: remind the recipients, or send back what will not be collected (F9 lists them).</source>
        <translation>%1 件超过3天未取，其中 %2 件超过14天：请提醒收件人，无人领取的可办理退回（按 F9 查看清单）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="179"/>
        <source>%1 item(s) waiting over 3 days: remind the recipients (F9 lists them, F7 tells).</source>
        <translation>%1 件超过3天未取：请提醒收件人（F9 查看清单，F7 通知）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="223"/>
        <source>Nothing is waiting for %1.</source>
        <translation>%1 没有待取的快件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="244"/>
        <source>%1 was collected %2 by %3.</source>
        <translation>%1 已于 %2 由 %3 领取。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="247"/>
        <source>%1 went back to its sender %2: %3.</source>
        <translation>%1 已于 %2 退回寄件方：%3。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="251"/>
        <source>There is no parcel %1.</source>
        <translation>没有快件 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="281"/>
        <source>Signed for %1 item(s) for %2: %3.</source>
        <translation>已为 %2 签收 %1 件：%3。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="298"/>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="334"/>
        <source>%1 is no longer on the shelf.</source>
        <translation>%1 已不在架上。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="313"/>
        <source>Handed over to %1: %2.</source>
        <translation>已交 %1 领取：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="348"/>
        <source>Told %1 (the call is in the call log): %2.</source>
        <translation>已通知 %1（已记入通话记录）：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="350"/>
        <source>Told %1: %2.</source>
        <translation>已通知 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/parcels_page.py" line="374"/>
        <source>%1 goes back to its sender: %2.</source>
        <translation>%1 退回寄件方：%2。</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="12"/>
        <source>Waybill or &amp;unit</source>
        <translation>运单号或房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="24"/>
        <source>Sign for… (F5)</source>
        <translation>签收登记… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="25"/>
        <source>Hand over… (F6)</source>
        <translation>领取… (F6)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="26"/>
        <source>Tell the recipient… (F7)</source>
        <translation>通知收件人… (F7)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="27"/>
        <source>Return to sender… (F8)</source>
        <translation>退回… (F8)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="28"/>
        <source>Waiting over 3 days (F9)</source>
        <translation>超过3天未取 (F9)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="32"/>
        <source>Print pickup notice (Ctrl+P)</source>
        <translation>打印取件通知 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/parcels_page.ui" line="33"/>
        <source>Print the floor &amp;lists</source>
        <translation>打印各楼层待取清单(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/party_dialog.py" line="63"/>
        <source>%1 leads the party: the host, company, purpose and plate in the form are the party&apos;s. Each member gets a pass of their own. Ctrl+Enter checks them all in.</source>
        <translation>%1 为带队人：表单中的被访人、单位、来访事由和车牌号适用于全体同行人员。每人各发一张访客单。按 Ctrl+Enter 全部登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/party_dialog.py" line="68"/>
        <source>Check in the party</source>
        <translation>全部登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/party_dialog.py" line="91"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/party_dialog.py" line="100"/>
        <source>Type at least one more member.</source>
        <translation>请至少再填写一名同行人员。</translation>
    </message>
    <message>
        <location filename="../../forms/party_dialog.ui" line="6"/>
        <source>Check in a party</source>
        <translation>多人同行登记</translation>
    </message>
    <message>
        <location filename="../../forms/party_dialog.ui" line="12"/>
        <source>&amp;Other members, one per line: name, ID number, phone (ID and phone where required)</source>
        <translation>其他同行人员，每行一人：姓名、证件号码、电话（需要时填写证件和电话）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/party_dialog.ui" line="15"/>
        <source>小李, 11010519491231002X, 13800138000
小张</source>
        <translation>小李, 11010519491231002X, 13800138000
小张</translation>
    </message>
</context>
<context>
    <name>PassColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="24"/>
        <source>Copy back %1</source>
        <translation>%1 已交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="39"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="41"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="43"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="45"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="47"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="49"/>
        <source>Carrier</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="51"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="53"/>
        <source>Authorised by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="55"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="57"/>
        <source>Guard&apos;s copy</source>
        <translation>门岗联</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="60"/>
        <source>Issued by</source>
        <translation>开具人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="62"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="83"/>
        <source>Authorised by %1 (%2)</source>
        <translation>授权人：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="88"/>
        <source>Owed %1 past due; approved by %2</source>
        <translation>逾期欠费 %1；批准人：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_columns.py" line="91"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>PassFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="125"/>
        <source>Today&apos;s passes</source>
        <translation>今日放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="126"/>
        <source>Guard&apos;s copy not back</source>
        <translation>门岗联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="127"/>
        <source>All passes</source>
        <translation>全部放行条</translation>
    </message>
</context>
<context>
    <name>PassesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="139"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="139"/>
        <source>Not yet valid</source>
        <translation>未生效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="140"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="140"/>
        <source>Revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="164"/>
        <source>Returned %1 by %2</source>
        <translation>%1 由 %2 退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="173"/>
        <source>%1 returned</source>
        <translation>%1 已退</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="174"/>
        <source>%1 held</source>
        <translation>%1 未退</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="179"/>
        <source>Revoke pass</source>
        <translation>注销出入证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="180"/>
        <source>Why is pass %1 (%2) revoked?</source>
        <translation>注销出入证 %1（%2）的原因：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="211"/>
        <source>Pass %1 issued to %2; Ctrl+P prints its card.</source>
        <translation>已向 %2 发放出入证 %1，按 Ctrl+P 打印证卡。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="214"/>
        <source>Pass %1 issued to %2.</source>
        <translation>已向 %2 发放出入证 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="235"/>
        <source>Record that the %1 deposit of pass %2 (%3) was given back?</source>
        <translation>确认登记出入证 %2（%3）的押金 %1 已退还？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="236"/>
        <source>This is recorded once and cannot be undone.</source>
        <translation>押金退还只登记一次，登记后无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="238"/>
        <source>Deposit returned</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="251"/>
        <source>Deposit %1 of pass %2 returned.</source>
        <translation>出入证 %2 的押金 %1 已退还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="269"/>
        <source>This pass is no longer in the list.</source>
        <translation>该出入证已不在列表中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/passes_page.py" line="272"/>
        <source>Pass %1 revoked.</source>
        <translation>出入证 %1 已注销。</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="34"/>
        <source>Pass no.</source>
        <translation>出入证号</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="39"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="69"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="49"/>
        <source>Host</source>
        <translation>施工房号/部门</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="74"/>
        <source>Work</source>
        <translation>施工内容</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="54"/>
        <source>Valid from – to</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="44"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="64"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="84"/>
        <source>Show expired and revoked too</source>
        <translation>同时显示已过期和已注销</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="101"/>
        <source>&amp;Print card…</source>
        <translation>打印出入证(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="104"/>
        <source>Print the selected pass as a card to wear (Ctrl+P)</source>
        <translation>将选中的出入证打印成可佩戴的证卡（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="114"/>
        <source>&amp;Deposit returned…</source>
        <translation>退还押金(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="117"/>
        <source>The card came back and its deposit was given back: record it</source>
        <translation>出入证已交回、押金已退还时，在此登记</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="127"/>
        <source>Revoke…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="130"/>
        <source>Revoke the selected pass early, with a reason</source>
        <translation>提前注销所选出入证（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="142"/>
        <source>Issue a temporary pass</source>
        <translation>发放临时出入证</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="155"/>
        <source>Holder:</source>
        <translation>持证人：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="194"/>
        <source>ID type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="208"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="247"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="286"/>
        <source>Company:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="313"/>
        <source>Host:</source>
        <translation>施工房号/部门：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="323"/>
        <source>Unit or department: type text or pinyin initials</source>
        <translation>房号或部门：输入文字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="355"/>
        <source>Work:</source>
        <translation>施工内容：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="365"/>
        <source>e.g. decoration, air-conditioning repair</source>
        <translation>如：装修、空调维修</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="397"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="417"/>
        <source>Valid to:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="456"/>
        <source>Card deposit (¥):</source>
        <translation>出入证押金（元）：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="466"/>
        <source>e.g. 50; leave empty when none is taken</source>
        <translation>如 50；未收押金请留空</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="469"/>
        <source>A refundable deposit for the card, in yuan (never the ID card itself)</source>
        <translation>出入证的可退押金，单位为元（不得扣押身份证件）</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="536"/>
        <source>Issue pass</source>
        <translation>发证</translation>
    </message>
    <message>
        <location filename="../../forms/screening_passes_page.ui" line="539"/>
        <source>Issue the pass (Enter)</source>
        <translation>发放出入证（Enter）</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <location filename="../../src/deskapp/paths.py" line="80"/>
        <source>%1 is deskapp&apos;s own data file. Choose another file.</source>
        <translation>%1 是 deskapp 自己的数据文件，请另选一个文件。</translation>
    </message>
</context>
<context>
    <name>PayMethod</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="104"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="105"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="106"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="107"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="108"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="109"/>
        <source>Mixed</source>
        <translation>组合支付</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="116"/>
        <source>Cash received</source>
        <translation>现金收讫</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="117"/>
        <source>Received through bank</source>
        <translation>银行收讫</translation>
    </message>
</context>
<context>
    <name>PaymentNotice</name>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="39"/>
        <source>Payment notice</source>
        <translation>缴费通知单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="66"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="76"/>
        <source>%1
%2 days overdue</source>
        <translation>%1
已逾期 %2 天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="82"/>
        <source>the property service centre</source>
        <translation>物业服务中心</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="83"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="85"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="87"/>
        <source>Where to pay: at %1.</source>
        <translation>缴费地点：%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="88"/>
        <source>How to pay: %1. Every payment is given a receipt.</source>
        <translation>缴费方式：%1。每笔缴费均开具收据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="92"/>
        <source>Questions about this notice: call %1.</source>
        <translation>如对本通知有疑问，请致电 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="95"/>
        <source>If you have paid already, please disregard this notice, and thank you.</source>
        <translation>如您已缴费，请勿理会本通知，谢谢！</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="107"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="108"/>
        <source>Payer</source>
        <translation>业户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="110"/>
        <source>Notice date</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="111"/>
        <source>Pay by</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="113"/>
        <source>To the occupant of %1: the fees below are due. Please pay them by %2. Thank you for your support of our work.</source>
        <translation>尊敬的 %1 业户：您好！您以下费用已到缴费期，请于 %2 前缴清。感谢您对我们工作的支持！</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="118"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="120"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="121"/>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="122"/>
        <source>Quantity × unit price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="123"/>
        <source>Due on</source>
        <translation>缴费期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="124"/>
        <source>Amount</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="125"/>
        <source>Still owed</source>
        <translation>尚欠金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="128"/>
        <source>Total owed</source>
        <translation>应缴合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="132"/>
        <source>Total owed (in capitals)</source>
        <translation>应缴合计（大写）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="134"/>
        <source>How to pay</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="139"/>
        <source>Bring this notice to the counter: it is scanned to find your unit.</source>
        <translation>缴费时请携带本通知单，前台扫码即可调出您的房号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/payment_notice.py" line="181"/>
        <source>%1 units</source>
        <translation>%1 户</translation>
    </message>
</context>
<context>
    <name>PhoneBook</name>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="44"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="45"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="46"/>
        <source>Outside service</source>
        <translation>外部单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="47"/>
        <source>Occupant</source>
        <translation>住户/单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="96"/>
        <source>Occupants&apos; numbers are kept in the directory of units.</source>
        <translation>住户/单位的电话请在“房号与部门名录”中维护。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="100"/>
        <source>Enter a number or an extension.</source>
        <translation>请填写号码或分机号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="104"/>
        <source>Enter whose number this is.</source>
        <translation>请填写这是谁的号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/calls/phone_book.py" line="123"/>
        <source>There is no entry number %1.</source>
        <translation>没有编号为 %1 的条目。</translation>
    </message>
</context>
<context>
    <name>PhoneBookDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="57"/>
        <source>Type a name, a number or pinyin initials…</source>
        <translation>输入姓名、号码或拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="84"/>
        <source>This list has never been checked. Ring round and press “Checked today”.</source>
        <translation>这份一览表从未核对过。请逐一核实后按“今日已核对”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="87"/>
        <source>Last checked on %1.</source>
        <translation>上次核对：%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="89"/>
        <source>Over a month ago: please check it again.</source>
        <translation>已超过一个月，请重新核对。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="97"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="97"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="98"/>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="98"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="99"/>
        <source>Ext.</source>
        <translation>分机</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/phone_book_dialog.py" line="102"/>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="6"/>
        <source>Phone directory</source>
        <translation>电话联系一览表</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="28"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="31"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="34"/>
        <source>&amp;Organisation</source>
        <translation>所属单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="36"/>
        <source>N&amp;umber</source>
        <translation>号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="39"/>
        <source>E&amp;xtension</source>
        <translation>分机(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="42"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="44"/>
        <source>Confidential (masked, left off paper)</source>
        <translation>保密（屏幕上隐藏，不打印）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="45"/>
        <source>In use (untick when the number is retired)</source>
        <translation>使用中（号码停用时取消勾选）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="50"/>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="51"/>
        <source>New (Ctrl+N)</source>
        <translation>新建（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="61"/>
        <source>Checked to&amp;day</source>
        <translation>今日已核对(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="62"/>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>打印(&amp;P)…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_book_dialog.ui" line="64"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <location filename="../../src/deskapp/domain/phone.py" line="53"/>
        <source>A mobile number has 11 digits and starts with 13-19.</source>
        <translation>手机号码为 11 位数字，以 13-19 开头。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/phone.py" line="54"/>
        <source>Enter a mobile number (11 digits) or a landline such as 010-12345678.</source>
        <translation>请输入手机号码（11 位）或固定电话，如 010-12345678。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/phone.py" line="69"/>
        <source>%1 ext. %2</source>
        <translation>%1 转 %2</translation>
    </message>
</context>
<context>
    <name>PhoneDirectory</name>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="26"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="27"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="28"/>
        <source>Outside services</source>
        <translation>外部单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="41"/>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="42"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="42"/>
        <source>Ext.</source>
        <translation>分机</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="73"/>
        <source>Checked on %1.</source>
        <translation>核对日期：%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="74"/>
        <source>Not yet checked.</source>
        <translation>尚未核对。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/phone_directory.py" line="85"/>
        <source>Phone directory</source>
        <translation>电话联系一览表</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../src/deskapp/ui/print_job.py" line="92"/>
        <source>It went out, but could not be kept in the archive and the print log: %1</source>
        <translation>单据已打印或保存，但未能存入存档和打印记录：%1</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="76"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="53"/>
        <location filename="../../src/deskapp/ui/print_preview.py" line="114"/>
        <source>Cannot open the document %1.</source>
        <translation>无法打开文档 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="115"/>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="210"/>
        <source>Cannot render page %1.</source>
        <translation>无法显示第 %1 页。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="150"/>
        <source>Cannot print a document into its own file %1.</source>
        <translation>不能把文档打印到它自身的文件 %1 中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="156"/>
        <source>There is no page to print.</source>
        <translation>没有可打印的页面。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="167"/>
        <source>Cannot start printing on %1.</source>
        <translation>无法在 %1 上开始打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pdf_printing.py" line="175"/>
        <source>The printer refused a new page.</source>
        <translation>打印机无法开始新的一页。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="124"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="128"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="130"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="149"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="151"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="154"/>
        <location filename="../../src/deskapp/ui/print_preview.py" line="286"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="156"/>
        <source>Save a copy of the PDF (Ctrl+S)</source>
        <translation>保存 PDF 副本（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="160"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="186"/>
        <source>Pages: %1</source>
        <translation>页数：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="188"/>
        <source>printed before: prints as a copy</source>
        <translation>已打印过，本次打印为副本</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="369"/>
        <source>No printer is installed on this computer.</source>
        <translation>这台电脑没有安装打印机。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="371"/>
        <source>Save the document as a PDF instead, to print it elsewhere?</source>
        <translation>是否先另存为 PDF，到别的电脑上打印？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_job.py" line="131"/>
        <source>%1 is deskapp&apos;s own data file. Choose another file.</source>
        <translation>%1 是 deskapp 自己的数据文件，请另选一个文件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_job.py" line="139"/>
        <source>Cannot save the PDF to %1: %2</source>
        <translation>无法将 PDF 保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_preview.py" line="270"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_job.py" line="113"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/print_job.py" line="114"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/deskapp/usecases/printing.py" line="123"/>
        <source>There is no document kind %1 (known: %2).</source>
        <translation>没有 %1 这种单据（可用：%2）。</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="287"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="287"/>
        <source>mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="288"/>
        <source>company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="289"/>
        <source>whom you visit and why</source>
        <translation>被访人和来访事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="290"/>
        <source>time in and time out</source>
        <translation>来访和离开时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="291"/>
        <source>number of people</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="292"/>
        <source>car plate and items carried, when you give them</source>
        <translation>车牌号和携带物品（如您提供）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="294"/>
        <source>type and number of your ID document</source>
        <translation>证件类型和证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/privacy.py" line="295"/>
        <source>the address on your ID card, when a card reader reads it</source>
        <translation>使用读卡器时读取的身份证住址</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="24"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="25"/>
        <source>%1 days from your visit. After that your name, phone, ID number and car plate are removed from the records and from their backups; only when you came and whom you visited remain, without your name, for the building&apos;s counts.</source>
        <translation>自来访之日起保存 %1 天。期满后，您的姓名、电话、证件号码和车牌号将从登记记录及其备份中删除；仅保留来访时间和被访人（不含您的姓名），用于来访统计。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="31"/>
        <source>Who collects it</source>
        <translation>收集单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="31"/>
        <source>%1, which manages this building, at this reception counter.</source>
        <translation>由负责管理本物业的%1在本前台收集。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="34"/>
        <source>Why</source>
        <translation>收集目的</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="34"/>
        <source>To let visitors in safely, tell your host you have arrived, and know who is in the building in an emergency.</source>
        <translation>为安全地放行访客、通知被访人您已到达，并在紧急情况下掌握楼内人员情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="37"/>
        <source>What we record</source>
        <translation>登记内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="38"/>
        <source>How long we keep it</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="39"/>
        <source>Who sees it</source>
        <translation>查阅范围</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="39"/>
        <source>The reception staff on duty. Screens and printed passes show ID numbers masked; a full number is shown only to a supervisor, and every such view is logged. We give it to no one else unless the law requires it (for example a police investigation).</source>
        <translation>仅限当班前台人员。屏幕和打印的访客单上证件号码均作脱敏显示；完整号码只向主管显示，每次查看都会记录。除法律要求（如公安机关调查）外，不向任何其他人提供。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="46"/>
        <source>Your ID card</source>
        <translation>您的身份证件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="46"/>
        <source>We read the number and hand the card back at once; we never keep an ID card as a pledge.</source>
        <translation>登记号码后当场归还证件，绝不扣押证件作抵押。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="49"/>
        <source>Your rights</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="49"/>
        <source>You may ask to see, correct or delete what we recorded about you, or ask how it is used: %1.</source>
        <translation>您可以查阅、更正或要求删除我们登记的您的信息，或询问其用途，请联系：%1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="57"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/privacy_notice.py" line="77"/>
        <source>Privacy notice for visitors</source>
        <translation>访客个人信息告知书</translation>
    </message>
</context>
<context>
    <name>PropertyNotice</name>
    <message>
        <location filename="../../src/deskapp/output/property_notice.py" line="40"/>
        <source>WITHDRAWN — no longer in force</source>
        <translation>已撤回 — 本通知不再有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/property_notice.py" line="41"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/property_notice.py" line="59"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/property_notice.py" line="63"/>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="61"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="62"/>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="63"/>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="64"/>
        <source>Meeting</source>
        <translation>参加会议</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="65"/>
        <source>Maintenance / decoration</source>
        <translation>维修/装修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/records.py" line="66"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RateSchedule</name>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="28"/>
        <source>Fee rates</source>
        <translation>收费标准公示</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="54"/>
        <source>These are the approved rates. The service counter charges by them alone and may not set rates of its own.</source>
        <translation>以上为经核准的收费标准。服务中心严格按此标准收费，不得自定标准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="56"/>
        <source>Every payment is given a receipt stating the items and periods paid; deposits are money held and refunded against their receipt.</source>
        <translation>每笔缴费均开具收据，注明收费项目及所属期间；押金属代收代管款项，凭原收据退还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="61"/>
        <source>Questions about the rates: call %1.</source>
        <translation>对收费标准如有疑问，请致电 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="71"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="72"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="73"/>
        <source>Priced by</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="74"/>
        <source>Unit price</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="75"/>
        <source>Since</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="76"/>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="79"/>
        <source>In force on %1</source>
        <translation>%1 起执行中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/rate_schedule.py" line="86"/>
        <source>No charge items are set up.</source>
        <translation>尚未设置收费项目。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="55"/>
        <source>Receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="64"/>
        <source>Kept as credit for the next bills</source>
        <translation>转入预存款（抵以后账单）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="66"/>
        <location filename="../../src/deskapp/output/receipt.py" line="92"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="74"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="79"/>
        <source>Credit used (paid before)</source>
        <translation>抵扣预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="88"/>
        <location filename="../../src/deskapp/output/receipt.py" line="94"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="96"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="105"/>
        <source>Tendered %1, change %2</source>
        <translation>实收现金 %1，找零 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="113"/>
        <source>%1 by %2</source>
        <translation>%1，%2经办</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="116"/>
        <source>%1, approved by %2</source>
        <translation>%1，%2批准</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="118"/>
        <source>%1; reason: %2</source>
        <translation>%1；原因：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="127"/>
        <source>Exchanged for invoice (发票) No. %1</source>
        <translation>已换开发票，发票号码 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="129"/>
        <source>Exchanged for invoice (发票) No. %1 on %2 by %3</source>
        <translation>已于 %2 换开发票，发票号码 %1，经办人 %3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="152"/>
        <source>Money held, not a fee: keep this receipt, the deposit is refunded only against it.</source>
        <translation>此款为押金，不属于收费。请妥善保管本收据，退押金时凭本收据办理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="161"/>
        <location filename="../../src/deskapp/output/receipt.py" line="168"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="162"/>
        <location filename="../../src/deskapp/output/receipt.py" line="169"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="163"/>
        <location filename="../../src/deskapp/output/receipt.py" line="170"/>
        <source>Received from</source>
        <translation>交款单位（人）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="165"/>
        <location filename="../../src/deskapp/output/receipt.py" line="171"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="176"/>
        <location filename="../../src/deskapp/output/receipt.py" line="210"/>
        <source>Total received</source>
        <translation>实收合计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="181"/>
        <location filename="../../src/deskapp/output/receipt.py" line="187"/>
        <location filename="../../src/deskapp/output/receipt.py" line="203"/>
        <source>Item and period</source>
        <translation>收费项目及所属期间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="182"/>
        <source>Quantity × unit price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="183"/>
        <location filename="../../src/deskapp/output/receipt.py" line="188"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="227"/>
        <source>Paid by</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="229"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="231"/>
        <source>Credit kept</source>
        <translation>预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="232"/>
        <source>%1, used by the unit&apos;s next bills</source>
        <translation>%1，用于抵扣本户以后的账单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="235"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="237"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="239"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="247"/>
        <source>Cashier: %1</source>
        <translation>收款人：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="248"/>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="250"/>
        <source>Counter: %1</source>
        <translation>收款点：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt.py" line="251"/>
        <source>Counter</source>
        <translation>收款点</translation>
    </message>
</context>
<context>
    <name>ReceiptFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipt_list.py" line="33"/>
        <source>All receipts</source>
        <translation>全部收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipt_list.py" line="34"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipt_list.py" line="35"/>
        <source>Not yet invoiced</source>
        <translation>未换发票</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/receipt_list.py" line="36"/>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="124"/>
        <source>Kept as credit</source>
        <translation>转入预存款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="133"/>
        <source>%1 more items</source>
        <translation>其余 %1 项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="142"/>
        <source>Form %1 · %2</source>
        <translation>票号 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="197"/>
        <source>Receipt number</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="199"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="200"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="287"/>
        <source>Received from</source>
        <translation>交款单位（人）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="201"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="288"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="202"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="289"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="209"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="293"/>
        <source>Amount in capitals</source>
        <translation>合计人民币（大写）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="213"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="295"/>
        <source>Paid by</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="216"/>
        <source>Voided %1</source>
        <translation>作废：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="218"/>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="219"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="220"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="296"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="222"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="298"/>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="223"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="299"/>
        <source>Counter</source>
        <translation>收款点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="229"/>
        <location filename="../../src/deskapp/output/receipt_form.py" line="297"/>
        <source>Stamp</source>
        <translation>收款单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="280"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="290"/>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="291"/>
        <source>Qty × price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/receipt_form.py" line="292"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ReceiptKind</name>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="165"/>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="166"/>
        <source>Business services</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/fees/records.py" line="167"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/reclassify_dialog.py" line="69"/>
        <source>Change severity — %1</source>
        <translation>调整级别——%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/reclassify_dialog.py" line="70"/>
        <source>%1 · %2 · now %3
%4</source>
        <translation>%1 · %2 · 现为“%3”
%4</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="6"/>
        <source>Change severity</source>
        <translation>调整级别</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="12"/>
        <source>S&amp;everity</source>
        <translation>级别(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="15"/>
        <source>&amp;Grounds</source>
        <translation>定级依据(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="18"/>
        <source>Handled by</source>
        <translation>处理层级</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="20"/>
        <source>&amp;Owner</source>
        <translation>责任人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="23"/>
        <source>Dead&amp;line</source>
        <translation>处理时限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/reclassify_dialog.ui" line="26"/>
        <source>&amp;Why</source>
        <translation>调整原因(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RegularsPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/regulars_panel.py" line="72"/>
        <source>Choose the regular with ↑/↓, then press F9 again.</source>
        <translation>用 ↑/↓ 选择常客，再按一次 F9。</translation>
    </message>
    <message>
        <location filename="../../forms/regulars_panel.ui" line="12"/>
        <source>Regulars exempt from registration</source>
        <translation>常客（免登记）</translation>
    </message>
    <message>
        <location filename="../../forms/regulars_panel.ui" line="18"/>
        <source>&amp;Quick check-in of the selected regular (F9)</source>
        <translation>常客快速登记(&amp;Q)（F9）</translation>
    </message>
</context>
<context>
    <name>ReleasePass</name>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="68"/>
        <source>By phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="69"/>
        <source>In person</source>
        <translation>本人到场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="70"/>
        <source>In writing</source>
        <translation>书面授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_records.py" line="71"/>
        <source>By message</source>
        <translation>短信/微信确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_rows.py" line="104"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_rows.py" line="114"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_rows.py" line="116"/>
        <source>Guard&apos;s copy back</source>
        <translation>门岗联已交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_rows.py" line="118"/>
        <source>Copy missing</source>
        <translation>门岗联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_pass_rows.py" line="119"/>
        <source>Valid today</source>
        <translation>今日有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="62"/>
        <source>%1 owes %2 in fees past due: a supervisor must approve letting its goods out.</source>
        <translation>%1 有逾期欠费 %2：须经主管批准方可放行物品。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="117"/>
        <source>Enter the name of the person taking the goods out.</source>
        <translation>请填写搬运物品人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="125"/>
        <source>Check the carrier&apos;s ID document and enter its number (the card is handed back at once).</source>
        <translation>请查验搬运人证件并填写证件号码（证件当场交还）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="138"/>
        <source>Say who gave the owner&apos;s or the company&apos;s consent.</source>
        <translation>请填写同意放行的业主或公司联系人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="220"/>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="312"/>
        <source>No release pass has number %1.</source>
        <translation>没有编号为 %1 的放行条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="232"/>
        <source>Pass %1 was voided (%2): its copy lets nothing out and is not checked off.</source>
        <translation>放行条 %1 已作废（%2）：该联不能放行，不予核销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="236"/>
        <source>The guard&apos;s copy of pass %1 was checked off already, %2 by %3.</source>
        <translation>放行条 %1 的门岗联已于 %2 由 %3 核销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="263"/>
        <source>Say why the pass is voided.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="277"/>
        <source>Pass %1 is voided already.</source>
        <translation>放行条 %1 已作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="280"/>
        <source>The guard&apos;s copy of pass %1 is back: the goods went out on it, so it stays as it is.</source>
        <translation>放行条 %1 的门岗联已交回，物品已凭此放行，不能作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="323"/>
        <source>Scan the QR code on the guard&apos;s copy, or type its number.</source>
        <translation>请扫描门岗联上的二维码，或输入放行条编号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="332"/>
        <source>There is no release pass number %1.</source>
        <translation>没有第 %1 号放行条记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="345"/>
        <source>Choose the unit the goods leave from.</source>
        <translation>请选择物品搬出的单元。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="356"/>
        <source>List the goods, one line each.</source>
        <translation>请逐行填写放行物品。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="366"/>
        <source>Say what the goods are.</source>
        <translation>请填写物品名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="369"/>
        <source>Give a quantity from 1 to %1.</source>
        <translation>数量请填 1 至 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="372"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="378"/>
        <source>List at least one line of goods going out.</source>
        <translation>请至少填写一行放行物品。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/release_passes.py" line="381"/>
        <source>A pass lists at most %1 lines of goods: write a second pass for the rest.</source>
        <translation>一张放行条最多填 %1 行物品，其余请另开一张。</translation>
    </message>
</context>
<context>
    <name>ReleasePassDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="136"/>
        <location filename="../../forms/release_pass_dialog.ui" line="6"/>
        <source>New goods release pass</source>
        <translation>开具物品放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="138"/>
        <source>Goods leave the building only with the owner&apos;s or the company&apos;s consent, and the unit&apos;s fees settled: a unit owing fees past due needs a supervisor&apos;s approval. The pass is valid today only; the guard&apos;s copy comes back here.</source>
        <translation>物品搬出须经业主或公司同意，且单元费用已结清；有逾期欠费的单元须经主管批准。放行条仅限当日有效，门岗联须交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="141"/>
        <source>Unit number or name</source>
        <translation>单元号或名称</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="143"/>
        <source>The owner, or the company&apos;s contact, who gave consent</source>
        <translation>同意放行的业主或公司联系人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="145"/>
        <source>Optional: the number called, what the note or message says</source>
        <translation>选填：所拨电话、授权书或消息内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="146"/>
        <source>Optional: e.g. 粤B12345</source>
        <translation>选填：如 粤B12345</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="148"/>
        <location filename="../../forms/release_pass_dialog.ui" line="23"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="148"/>
        <location filename="../../forms/release_pass_dialog.ui" line="23"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="148"/>
        <location filename="../../forms/release_pass_dialog.ui" line="23"/>
        <source>Counted in</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="152"/>
        <source>Issue the pass</source>
        <translation>开具放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="180"/>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="320"/>
        <source>Choose the unit from the list.</source>
        <translation>请从列表中选择单元。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="199"/>
        <source>Owes %1 in fees past due (the oldest due %2). A supervisor approves the pass when it is saved.</source>
        <translation>有逾期欠费 %1（最早一笔应于 %2 缴清），保存时须主管当场批准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="202"/>
        <source>Owes %1 in fees past due (the oldest due %2). You approve the pass yourself, as a supervisor.</source>
        <translation>有逾期欠费 %1（最早一笔应于 %2 缴清），您是主管，由您本人批准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="208"/>
        <source>No fees past due (%1 not yet due).</source>
        <translation>无逾期欠费（另有 %1 未到期）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="210"/>
        <source>No fees past due.</source>
        <translation>无逾期欠费。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="231"/>
        <source>A pass lists at most %1 lines of goods: write a second pass for the rest.</source>
        <translation>一张放行条最多填 %1 行物品，其余请另开一张。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="322"/>
        <source>Choose the unit the goods leave from.</source>
        <translation>请选择物品搬出的单元。</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="11"/>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="18"/>
        <source>&amp;Goods going out</source>
        <translation>放行物品(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="20"/>
        <source>Add line (Ins)</source>
        <translation>加一行 (Ins)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="21"/>
        <source>Remove line (Del)</source>
        <translation>删除此行 (Del)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="27"/>
        <source>Carrier&apos;s &amp;name</source>
        <translation>搬运人姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="30"/>
        <source>&amp;ID</source>
        <translation>证件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="33"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="36"/>
        <source>Pla&amp;te</source>
        <translation>车牌(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="39"/>
        <source>&amp;Authorised by</source>
        <translation>授权人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="42"/>
        <source>Ho&amp;w</source>
        <translation>确认方式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="45"/>
        <source>&amp;Details</source>
        <translation>确认情况(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="48"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_dialog.ui" line="53"/>
        <source>P&amp;rint the pass (tenant&apos;s and guard&apos;s copy)</source>
        <translation>打印放行条（业户联和门岗联）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReleasePassPaper</name>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="52"/>
        <source>Goods release pass</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="57"/>
        <source>Tenant&apos;s copy</source>
        <translation>业户联</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="58"/>
        <source>Guard&apos;s copy</source>
        <translation>门岗联</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="63"/>
        <source>Valid on %1 only</source>
        <translation>仅限 %1 当日有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="93"/>
        <source>%1 past due when issued; let out with the approval of %2</source>
        <translation>开具时逾期欠费 %1，经 %2 批准放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="96"/>
        <source>%1 past due when issued</source>
        <translation>开具时逾期欠费 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="109"/>
        <source>GUARD&apos;S COPY BACK %1</source>
        <translation>门岗联已于 %1 交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="112"/>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="114"/>
        <source>VALID ON %1 ONLY</source>
        <translation>仅限 %1 当日有效，已过期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="118"/>
        <source>NOT VALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="129"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="161"/>
        <source>Pass number</source>
        <translation>放行条编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="174"/>
        <location filename="../../src/deskapp/output/release_pass.py" line="203"/>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="178"/>
        <source>Issued %1</source>
        <translation>开具：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="180"/>
        <location filename="../../src/deskapp/output/release_pass.py" line="197"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="181"/>
        <location filename="../../src/deskapp/output/release_pass.py" line="199"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="200"/>
        <source>Carrier</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="201"/>
        <source>Authorised by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="205"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="207"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="214"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="214"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="215"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="248"/>
        <source>Guard (signature)</source>
        <translation>门岗（签名）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="249"/>
        <source>Time out</source>
        <translation>放行时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="250"/>
        <source>Carrier (signature)</source>
        <translation>搬运人（签名）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="251"/>
        <source>Desk (signature)</source>
        <translation>前台（签名）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="252"/>
        <source>Guard: check the goods and the carrier against this copy, keep it, and return it to the desk.</source>
        <translation>门岗：请按此联核对物品和搬运人，留存此联并交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="255"/>
        <source>Show this pass at the gate with the goods. The carrier&apos;s ID card was handed back at once.</source>
        <translation>出门时请连同物品向门岗出示本条。搬运人证件已当场交还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass.py" line="282"/>
        <source>Cut here: the guard&apos;s copy below</source>
        <translation>沿此线剪开，下为门岗联</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/release_passes.py" line="26"/>
        <source>Pass %1 was voided (%2): it has no paper to print.</source>
        <translation>放行条 %1 已作废（%2），不能打印。</translation>
    </message>
</context>
<context>
    <name>ReleasePassSheet</name>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="20"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="22"/>
        <source>Guard&apos;s copy back</source>
        <translation>门岗联已交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="24"/>
        <source>Copy missing</source>
        <translation>门岗联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="25"/>
        <source>Not yet back</source>
        <translation>尚未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="34"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="35"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="36"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="37"/>
        <source>Copy back</source>
        <translation>交回时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="38"/>
        <source>Checked off by</source>
        <translation>核销人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="39"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="40"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="41"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="42"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="43"/>
        <source>Carrier</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="44"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="45"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="46"/>
        <source>Authorised by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="47"/>
        <source>How</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="48"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="49"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="50"/>
        <source>Issued by</source>
        <translation>开具人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="51"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="67"/>
        <source>Earlier days, copy still missing at the close</source>
        <translation>往日放行条，当日下班时门岗联仍未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="73"/>
        <source>Passes issued on %1; below them, passes of earlier days whose guard&apos;s copy was still missing at the close (%2)</source>
        <translation>%1 开具的放行条；其下为往日开具、当日下班时门岗联仍未交回的放行条（%2 张）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/release_pass_sheet.py" line="78"/>
        <source>Release passes</source>
        <translation>放行条</translation>
    </message>
</context>
<context>
    <name>ReleasePassVoidDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="392"/>
        <source>Void release pass %1</source>
        <translation>作废放行条 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="393"/>
        <source>%1 · %2 · %3 · carried by %4</source>
        <translation>%1 · %2 · %3 · 搬运人 %4</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="396"/>
        <source>The pass stays on record, struck out; it lets nothing out and its number is not used again. Take back both copies if they were handed out.</source>
        <translation>放行条保留在记录中并划掉，不能再放行任何物品，编号也不再使用。如已发出，请收回两联。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="398"/>
        <source>e.g. wrong unit, the owner withdrew</source>
        <translation>如：单元填错、业主撤回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/release_pass_dialog.py" line="399"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_void_dialog.ui" line="6"/>
        <source>Void release pass</source>
        <translation>作废放行条</translation>
    </message>
    <message>
        <location filename="../../forms/release_pass_void_dialog.ui" line="12"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReleasePassesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="105"/>
        <source>Pass number, unit, plate or carrier…</source>
        <translation>放行条编号、单元、车牌或搬运人…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="106"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="108"/>
        <source>Scan the QR code on the guard&apos;s copy, or type its number and press Enter: the copy is checked off. Typing a unit, plate or name searches the list.</source>
        <translation>扫描门岗联上的二维码，或输入编号后按回车，即核销门岗联。输入单元、车牌或姓名则在列表中查找。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="111"/>
        <source>Release passes: guard&apos;s copies not back</source>
        <translation>放行条：门岗联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="137"/>
        <source>Pass %1 was voided (%2): it has no paper to print.</source>
        <translation>放行条 %1 已作废（%2），不能打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="159"/>
        <source>Scan a guard&apos;s copy  check it off · the number box + Enter  the same by hand
F5 / Ctrl+N  new pass · F6  the chosen pass&apos;s copy back · Ctrl+P  print the pass · Ins / Del  a line of goods in the pass</source>
        <translation>扫描门岗联  核销 · 编号框 + 回车  手工核销
F5 / Ctrl+N  开放行条 · F6  所选放行条门岗联交回 · Ctrl+P  打印放行条 · Ins / Del  增删一行物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="173"/>
        <source>Shown: %1 · guard&apos;s copies not back: %2 · past their day: %3</source>
        <translation>显示：%1 · 门岗联未交回：%2 · 已过期：%3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="197"/>
        <source>%1 pass(es) past their day with the guard&apos;s copy still missing: %2. Ask the gate for the copies (Counter menu: guard&apos;s copies not back).</source>
        <translation>%1 张放行条已过当日，门岗联仍未交回：%2。请向门岗催交（前台菜单：门岗联未交回）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="212"/>
        <source>Pass %1 for %2: %3, valid today only; let out despite arrears with the approval of %4.</source>
        <translation>放行条 %1（%2）：%3，仅限今日有效；虽有欠费，经 %4 批准放行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="216"/>
        <source>Pass %1 for %2: %3, valid today only.</source>
        <translation>放行条 %1（%2）：%3，仅限今日有效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="260"/>
        <source>Scan the guard&apos;s copy, or type its number and press Enter.</source>
        <translation>请扫描门岗联，或输入编号后按回车。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="274"/>
        <source>Pass %1 (%2): the guard&apos;s copy is back and checked off.</source>
        <translation>放行条 %1（%2）：门岗联已交回并核销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/passes_page.py" line="292"/>
        <source>Pass %1 voided: %2.</source>
        <translation>放行条 %1 已作废：%2。</translation>
    </message>
    <message>
        <location filename="../../forms/release_passes_page.ui" line="13"/>
        <source>Guard&apos;s copy &amp;no.</source>
        <translation>门岗联编号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/release_passes_page.ui" line="23"/>
        <source>New pass… (F5)</source>
        <translation>开放行条… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/release_passes_page.ui" line="24"/>
        <source>Guard&apos;s copy back (F6)</source>
        <translation>门岗联交回 (F6)</translation>
    </message>
    <message>
        <location filename="../../forms/release_passes_page.ui" line="25"/>
        <source>Print pass (Ctrl+P)</source>
        <translation>打印放行条 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/release_passes_page.ui" line="26"/>
        <source>Vo&amp;id pass…</source>
        <translation>作废放行条…(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="139"/>
        <source>Over 3 days: remind</source>
        <translation>超3天：需提醒</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/services/parcels/records.py" line="140"/>
        <source>Over 14 days: act</source>
        <translation>超14天：需处理</translation>
    </message>
</context>
<context>
    <name>RequestChannel</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="23"/>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="24"/>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="25"/>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="26"/>
        <source>Forwarded by a department</source>
        <translation>其他部门转来</translation>
    </message>
</context>
<context>
    <name>RequestColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="23"/>
        <source>%1, waiting on the customer</source>
        <translation>%1，等待客户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="25"/>
        <source>%1, revisit by %2</source>
        <translation>%1，%2 前回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="28"/>
        <source>%1 (reopened %2×)</source>
        <translation>%1（重新处理 %2 次）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="37"/>
        <source>Overdue since %1</source>
        <translation>已超时（应于 %1）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="44"/>
        <source>Taken</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="46"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="48"/>
        <source>From</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="50"/>
        <source>Unit / company</source>
        <translation>房号 / 公司</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="52"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="54"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="57"/>
        <source>What was said</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="59"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="61"/>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="64"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="66"/>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="91"/>
        <source>Grounds: %1</source>
        <translation>定级依据：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="93"/>
        <source>Waiting for: %1</source>
        <translation>等待：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/columns.py" line="95"/>
        <source>Result: %1</source>
        <translation>处理结果：%1</translation>
    </message>
</context>
<context>
    <name>RequestDeadlinesDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/deadlines_dialog.py" line="84"/>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/deadlines_dialog.py" line="85"/>
        <source>&amp;Important</source>
        <translation>重要(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/deadlines_dialog.py" line="86"/>
        <source>&amp;Major</source>
        <translation>重大(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/request_deadlines_dialog.ui" line="6"/>
        <source>Deadlines of requests</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../forms/request_deadlines_dialog.ui" line="8"/>
        <source>How long a request may take from intake to its answer, by severity and kind. Working days skip weekends and holidays (see the working-day calendar); hours run round the clock.</source>
        <translation>各类诉求从受理到答复的处理时限，按等级和类别分别设定。“工作日”不计周末和节假日（见工作日日历），“小时”按自然时间连续计算。</translation>
    </message>
    <message>
        <location filename="../../forms/request_deadlines_dialog.ui" line="17"/>
        <source>A major request&apos;s deadline is set anyway by the person who answers for it (the company head decides); the Major row is only a guide.</source>
        <translation>重大诉求的处理时限由公司负责人与责任人另行确定，“重大”一行仅供参考。</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="85"/>
        <source>Request %1</source>
        <translation>诉求 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="89"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="89"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="89"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="89"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="92"/>
        <source> (approved by %1)</source>
        <translation>（%1 批准）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="114"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="115"/>
        <source>Taken</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="116"/>
        <source> from %1</source>
        <translation>，由%1转来</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="117"/>
        <source> (call %1)</source>
        <translation>（来电 %1）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="118"/>
        <source>From</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="120"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="121"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="123"/>
        <source>handled by the %1</source>
        <translation>由%1处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="124"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="125"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="127"/>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="128"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="129"/>
        <source>, waiting for: %1</source>
        <translation>，等待：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="130"/>
        <source>, reopened %1×</source>
        <translation>，重新处理 %1 次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="131"/>
        <source>What was said</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="132"/>
        <source>Process and result</source>
        <translation>处理过程及结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="133"/>
        <source>Rectification planned</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="134"/>
        <source>Customer&apos;s final opinion</source>
        <translation>客户最终意见</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="145"/>
        <source>Attach photos or a scanned letter</source>
        <translation>添加照片或来信扫描件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="146"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.heic);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.heic);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/detail_dialog.py" line="178"/>
        <source>No program on this PC opens %1.</source>
        <translation>这台电脑上没有能打开 %1 的程序。</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="6"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="9"/>
        <source>&amp;History</source>
        <translation>处理记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="11"/>
        <source>Attach&amp;ments</source>
        <translation>附件(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="15"/>
        <source>&amp;Attach a file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="16"/>
        <source>&amp;Open the file</source>
        <translation>打开附件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="17"/>
        <source>Print &amp;form</source>
        <translation>打印处理表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/request_detail_dialog.ui" line="18"/>
        <source>Print revisit &amp;record</source>
        <translation>打印回访记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RequestEvent</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="227"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="228"/>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="229"/>
        <source>Progress</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="230"/>
        <source>Waiting on the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="231"/>
        <source>Resumed</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="232"/>
        <source>Resolved</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="233"/>
        <source>Revisited</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="234"/>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="235"/>
        <source>Became major</source>
        <translation>升为重大投诉</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="236"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="237"/>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="238"/>
        <source>Severity changed</source>
        <translation>调整级别</translation>
    </message>
</context>
<context>
    <name>RequestFilter</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="252"/>
        <source>All requests</source>
        <translation>全部诉求</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="253"/>
        <source>Still open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="254"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="255"/>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/request_form.py" line="198"/>
        <source>From call %1: check the kind and severity, choose the department; Ctrl+Enter registers it.</source>
        <translation>来自来电 %1：请核对类别和级别，选择责任部门；按 Ctrl+Enter 登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/request_form.py" line="45"/>
        <source>(choose why)</source>
        <translation>（请选择定级依据）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/request_form.py" line="242"/>
        <source>A major request: the company head sets the owner and the deadline (the rule suggests %1).</source>
        <translation>重大投诉：由公司负责人确定责任人和处理时限（规定参考：%1）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/request_form.py" line="245"/>
        <source>By the rule: %1.</source>
        <translation>按规定：%1。</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="11"/>
        <source>Take a request</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="15"/>
        <source>Rece&amp;ived</source>
        <translation>受理时间(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="18"/>
        <source>Cha&amp;nnel</source>
        <translation>渠道(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="20"/>
        <source>Forwarded b&amp;y</source>
        <translation>转来部门(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="23"/>
        <source>Co&amp;mplainant</source>
        <translation>投诉人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="26"/>
        <source>&amp;Unit / company</source>
        <translation>房号 / 公司(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="29"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="32"/>
        <source>What was s&amp;aid</source>
        <translation>诉求内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="35"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="37"/>
        <source>Na&amp;ture</source>
        <translation>性质(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="39"/>
        <source>S&amp;everity</source>
        <translation>级别(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="41"/>
        <source>&amp;Grounds</source>
        <translation>定级依据(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="44"/>
        <source>Handled by</source>
        <translation>处理层级</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="46"/>
        <source>&amp;Department</source>
        <translation>责任部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="49"/>
        <source>&amp;Owner</source>
        <translation>责任人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="52"/>
        <source>Dead&amp;line</source>
        <translation>处理时限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="61"/>
        <source>Regi&amp;ster (Ctrl+Enter)</source>
        <translation>登记(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="62"/>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
</context>
<context>
    <name>RequestGrounds</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="128"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="129"/>
        <source>Consistency (service not to standard)</source>
        <translation>一致性（服务不规范）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="131"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="132"/>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="133"/>
        <source>Unresolved for over a month</source>
        <translation>超过一个月未解决</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="134"/>
        <source>Contracted service not delivered</source>
        <translation>约定服务多次未兑现</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="136"/>
        <source>Emergency (burglary, vehicle lost, flooding, fire)</source>
        <translation>突发事件（被盗、车辆丢失、水浸、火灾）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="138"/>
        <source>Unauthorised charging</source>
        <translation>乱收费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="139"/>
        <source>Serious loss or injury</source>
        <translation>重大损失或人身伤害</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="40"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="41"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="42"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="43"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="60"/>
        <source>Choose the department that handles it.</source>
        <translation>请选择责任部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="70"/>
        <source>That department is not in the directory any more.</source>
        <translation>名录里已没有这个部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="91"/>
        <source>Write what was done or said.</source>
        <translation>请写明做了什么或跟客户说了什么。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="112"/>
        <source>Say what the request is waiting for.</source>
        <translation>请写明在等客户什么。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="119"/>
        <source>This request is already waiting on the customer.</source>
        <translation>这件诉求已经在等待客户。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="131"/>
        <source>This request is not waiting.</source>
        <translation>这件诉求没有在等待。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="145"/>
        <source>Write how it was handled and what came of it.</source>
        <translation>请写明处理过程和结果。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="178"/>
        <source>Write what the customer is unhappy with; it goes back to the department.</source>
        <translation>请写明客户哪里不满意，会退回责任部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="219"/>
        <source>A complaint or repair is revisited before it is closed (F9).</source>
        <translation>投诉和报修要先回访才能结案（F9）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="244"/>
        <source>Say why the severity changes.</source>
        <translation>请写明调整级别的原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/bench/requests_data.py" line="282"/>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="303"/>
        <source>A valid complaint still unresolved 30 days after it was taken is a major complaint: the manager handles it now.</source>
        <translation>有效投诉受理 30 天仍未解决，已升为重大投诉，改由客服经理处理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="322"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="251"/>
        <source>There is no request number %1.</source>
        <translation>没有编号为 %1 的诉求。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="340"/>
        <source>Waited %1 h %2 min; the deadline moved on as much.</source>
        <translation>等待了 %1 小时 %2 分钟，处理时限相应顺延。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="352"/>
        <source>Request %1 is %2: that cannot be done now.</source>
        <translation>诉求 %1 目前为“%2”，现在不能这样操作。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="108"/>
        <source>Write down what the customer says, in their words.</source>
        <translation>请照客户的原话记下诉求内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="111"/>
        <source>Ask for a name, or the unit or company.</source>
        <translation>请问清姓名，或房号、公司。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="114"/>
        <source>Say which department forwarded it.</source>
        <translation>请写明是哪个部门转来的。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="247"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="118"/>
        <source>Say why it is %1.</source>
        <translation>请选择定为“%1”的依据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="125"/>
        <source>The request cannot be taken in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="275"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="129"/>
        <source>The deadline must come after the request was taken.</source>
        <translation>处理时限要晚于受理时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="251"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="133"/>
        <source>A major request needs the person who answers for it (the company head sets owner and deadline).</source>
        <translation>重大投诉必须有责任人（由公司负责人确定责任人和时限）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/handling.py" line="255"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="137"/>
        <source>A major request needs its deadline.</source>
        <translation>重大投诉必须定好处理时限。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="170"/>
        <location filename="../../src/deskapp/domain/requests/log.py" line="208"/>
        <source>This call is already request %1.</source>
        <translation>这个来电已转为诉求 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="285"/>
        <location filename="../../src/deskapp/usecases/documents/requests.py" line="65"/>
        <source>There is no revisit number %1.</source>
        <translation>没有编号为 %1 的回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="419"/>
        <source>That file cannot be read.</source>
        <translation>这个文件读不出来。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="422"/>
        <source>Attach a file of up to 20 MB (an empty one tells nothing).</source>
        <translation>请添加 20 MB 以内的文件（空文件没有内容）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="463"/>
        <source>There is no such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/log.py" line="471"/>
        <source>The attached file %1 is missing or was changed outside deskapp.</source>
        <translation>附件 %1 不见了，或在 deskapp 之外被改动过。</translation>
    </message>
</context>
<context>
    <name>RequestLogTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="124"/>
        <source>Search name, phone, unit, number…</source>
        <translation>搜索姓名、电话、房号、编号…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="125"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="127"/>
        <source>Requests: &amp;review before closing…</source>
        <translation>诉求：下班前核查(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="128"/>
        <source>Requests: &amp;monthly summary…</source>
        <translation>诉求：月度汇总(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="129"/>
        <source>Requests: &amp;deadlines…</source>
        <translation>诉求：处理时限(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="130"/>
        <source>&amp;Working-day calendar…</source>
        <translation>工作日日历(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="159"/>
        <source>Tab  next field · Enter or Ctrl+Enter  register · Esc  clear
F4  change severity · F5  dispatch · F6  progress · F7  resolved · F8  waiting on the customer / resumed · F9  revisit · Enter on a request  details · Ctrl+P  print the handling form</source>
        <translation>Tab  下一项 · Enter 或 Ctrl+Enter  登记 · Esc  清空
F4  调整级别 · F5  派单 · F6  跟进 · F7  处理完毕 · F8  等待客户 / 继续处理 · F9  回访 · 在诉求上按 Enter  查看详情 · Ctrl+P  打印处理表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="176"/>
        <source>Shown: %1 · still open: %2 · overdue: %3 · revisits due: %4</source>
        <translation>显示 %1 件 · 未结案 %2 件 · 超时 %3 件 · 待回访 %4 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="190"/>
        <source>%1 requests overdue, %2 revisits due: Review before closing (Alt+B) lists them.</source>
        <translation>%1 件诉求已超时，%2 件待回访：点“下班前核查”（Alt+B）查看。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="209"/>
        <source>%1 complaint(s) unresolved for 30 days became major: %2.</source>
        <translation>%1 件投诉 30 天未解决，已升为重大投诉：%2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="230"/>
        <source>Customer answered (F8)</source>
        <translation>客户已回复 (F8)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="232"/>
        <location filename="../../forms/request_log_tab.ui" line="39"/>
        <source>Waiting on customer (F8)</source>
        <translation>等待客户 (F8)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="235"/>
        <source>Request %1 registered: %2, due %3.</source>
        <translation>诉求 %1 已登记：%2，时限 %3。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="280"/>
        <source>Request %1 sent to %2 — Ctrl+P prints its handling form.</source>
        <translation>诉求 %1 已派给%2——按 Ctrl+P 打印处理表。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="298"/>
        <source>Request %1 goes on; now due %2.</source>
        <translation>诉求 %1 继续处理，时限顺延至 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="326"/>
        <source>Only a resolved request is revisited.</source>
        <translation>处理完毕的诉求才能回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="336"/>
        <source>Request %1 revisited and closed.</source>
        <translation>诉求 %1 已回访并结案。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="338"/>
        <source>Request %1 reopened: back to %2 (reopened %3×).</source>
        <translation>诉求 %1 重新处理：退回%2（第 %3 次）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="341"/>
        <source>Request %1 revisited.</source>
        <translation>诉求 %1 已回访。</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="36"/>
        <source>Dispatch… (F5)</source>
        <translation>派单… (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="37"/>
        <source>Progress… (F6)</source>
        <translation>跟进… (F6)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="38"/>
        <source>Resolved… (F7)</source>
        <translation>处理完毕… (F7)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="40"/>
        <source>Revisit… (F9)</source>
        <translation>回访… (F9)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="41"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="45"/>
        <source>Details (Enter)</source>
        <translation>详情 (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="46"/>
        <source>Change severity… (F4)</source>
        <translation>调整级别… (F4)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="47"/>
        <source>Print form (Ctrl+P)</source>
        <translation>打印处理表 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/request_log_tab.ui" line="48"/>
        <source>Review &amp;before closing…</source>
        <translation>下班前核查(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>RequestNature</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="62"/>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="63"/>
        <source>Communicative: seeking help</source>
        <translation>沟通性：求助型</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="64"/>
        <source>Communicative: inquiry</source>
        <translation>沟通性：咨询型</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="65"/>
        <source>Communicative: venting</source>
        <translation>沟通性：发泄型</translation>
    </message>
</context>
<context>
    <name>RequestReviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="56"/>
        <source>%1 requests are not yet resolved, %2 of them overdue. Call each customer with the news and write it down (Enter); chase the department for the late ones.</source>
        <translation>还有 %1 件诉求未处理完，其中 %2 件已超时。请逐一给客户回电告知进展并记下（Enter）；超时的请催办责任部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="60"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="60"/>
        <source>Taken</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="60"/>
        <source>From</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="60"/>
        <source>What was said</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="61"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="61"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="61"/>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="62"/>
        <source>Last progress</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/review_dialog.py" line="69"/>
        <source>, waiting: %1</source>
        <translation>，等待：%1</translation>
    </message>
    <message>
        <location filename="../../forms/request_review_dialog.ui" line="6"/>
        <source>Review before closing</source>
        <translation>下班前核查</translation>
    </message>
    <message>
        <location filename="../../forms/request_review_dialog.ui" line="12"/>
        <source>&amp;News given / progress… (Enter)</source>
        <translation>已告知进展 / 跟进(&amp;N)… (Enter)</translation>
    </message>
</context>
<context>
    <name>RequestSeverity</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="91"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="92"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="93"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>RequestSheet</name>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="20"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="21"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="22"/>
        <source>Channel</source>
        <translation>受理方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="23"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="24"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="25"/>
        <source>Unit / company</source>
        <translation>单元/单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="26"/>
        <location filename="../../src/deskapp/output/request_sheets.py" line="108"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="27"/>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="28"/>
        <location filename="../../src/deskapp/output/request_sheets.py" line="105"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="29"/>
        <source>Grounds</source>
        <translation>定级依据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="30"/>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="31"/>
        <location filename="../../src/deskapp/output/request_sheets.py" line="110"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="32"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="33"/>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="34"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="36"/>
        <source>Resolved</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="37"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="38"/>
        <source>Rectification plan</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="39"/>
        <source>Revisit due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="40"/>
        <source>Final opinion</source>
        <translation>客户最终意见</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="41"/>
        <source>Reopened</source>
        <translation>重新处理次数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="42"/>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="43"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="50"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="63"/>
        <location filename="../../src/deskapp/output/request_sheets.py" line="67"/>
        <source>Requests</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="75"/>
        <location filename="../../src/deskapp/output/request_sheets.py" line="87"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="76"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="77"/>
        <source>List</source>
        <translation>一览表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="85"/>
        <source>Summary of %1</source>
        <translation>%1 汇总</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="88"/>
        <source>As they stand at</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="91"/>
        <source>Counted by</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="92"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="93"/>
        <source>Number of requests</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="94"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="102"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="102"/>
        <source>Requests taken</source>
        <translation>受理总数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/request_sheets.py" line="114"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>RequestState</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="155"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="156"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="157"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="158"/>
        <source>Resolved</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="159"/>
        <source>Revisited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="160"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="96"/>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="97"/>
        <source>Send the handling form to the department that handles it; print it with Ctrl+P.</source>
        <translation>把处理表派给责任部门；按 Ctrl+P 打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="99"/>
        <source>Progress</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="100"/>
        <source>What was done, or the news the customer was given. Naming the handler puts a dispatched request in progress.</source>
        <translation>记下做了什么，或告诉了客户什么进展。填了处理人，已派单的诉求就转为处理中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="101"/>
        <location filename="../../forms/request_step_dialog.ui" line="18"/>
        <source>&amp;Note</source>
        <translation>跟进情况(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="102"/>
        <source>Waiting on the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="103"/>
        <source>The deadline stands still until the customer answers (F8 again).</source>
        <translation>客户回复之前处理时限暂停（再按 F8 继续）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="104"/>
        <source>&amp;Waiting for</source>
        <translation>等待事项(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="105"/>
        <source>Resolved</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="106"/>
        <source>How the department handled it and what came of it; the revisit falls due in 3 days.</source>
        <translation>记下责任部门的处理过程和结果；3 天内要回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="107"/>
        <source>&amp;Process and result</source>
        <translation>处理过程及结果(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="108"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="109"/>
        <source>Close an answered inquiry or suggestion, with the customer&apos;s final opinion.</source>
        <translation>已答复的咨询或建议可以结案，记下客户最终意见。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/step_dialog.py" line="110"/>
        <source>Customer&apos;s final &amp;opinion</source>
        <translation>客户最终意见(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/request_step_dialog.ui" line="6"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../forms/request_step_dialog.ui" line="12"/>
        <source>&amp;Department</source>
        <translation>责任部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/request_step_dialog.ui" line="15"/>
        <source>&amp;Handler</source>
        <translation>处理人(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/request_step_dialog.ui" line="21"/>
        <source>&amp;Rectification planned</source>
        <translation>整改措施(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="224"/>
        <source>A new password for %1, who forgot theirs. Tell it to them in person; they can change it afterwards under Change my password.</source>
        <translation>为忘记密码的 %1 设置新密码。请当面告知；之后本人可在“修改我的密码”中更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/operators_dialog.py" line="227"/>
        <source>at least %1 characters, or a PIN of %1 digits</source>
        <translation>至少 %1 个字符，或 %1 位数字</translation>
    </message>
    <message>
        <location filename="../../forms/operator_password_dialog.ui" line="9"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../forms/operator_password_dialog.ui" line="22"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/operator_password_dialog.ui" line="37"/>
        <source>New password &amp;again</source>
        <translation>确认新密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/revisit_dialog.py" line="75"/>
        <source>Revisit — %1</source>
        <translation>回访——%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/revisit_dialog.py" line="77"/>
        <source>%1 · %2 · %3
Result: %4
A %5 request is revisited by the %6.</source>
        <translation>%1 · %2 · %3
处理结果：%4
“%5”级诉求由%6回访。</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="6"/>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="12"/>
        <source>&amp;How</source>
        <translation>回访方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="14"/>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="17"/>
        <source>Revisited &amp;by</source>
        <translation>回访人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="20"/>
        <source>&amp;Effect of the service</source>
        <translation>服务效果(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="23"/>
        <source>Short&amp;comings</source>
        <translation>存在不足(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="26"/>
        <source>Su&amp;ggestions</source>
        <translation>意见建议(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="29"/>
        <source>Final &amp;opinion</source>
        <translation>客户最终意见(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="32"/>
        <source>Sent bac&amp;k to the department</source>
        <translation>反馈给责任部门(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="37"/>
        <source>C&amp;lose the request (the customer is satisfied)</source>
        <translation>结案(&amp;L)（客户满意）</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="38"/>
        <source>&amp;Print the revisit record</source>
        <translation>打印回访记录(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RevisitHow</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="192"/>
        <source>By phone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="193"/>
        <source>In person</source>
        <translation>上门回访</translation>
    </message>
</context>
<context>
    <name>RevisitRecord</name>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="48"/>
        <source>Telephone revisit record</source>
        <translation>电话回访记录表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="49"/>
        <source>Revisit record</source>
        <translation>回访记录单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="65"/>
        <source>Revisited by (signature)</source>
        <translation>回访人（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="67"/>
        <source>Customer (signature)</source>
        <translation>客户（签字）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="84"/>
        <source>The request</source>
        <translation>诉求情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="85"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="86"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="87"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="88"/>
        <source>Unit / company</source>
        <translation>单元/单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="89"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="90"/>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="91"/>
        <source>About</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="92"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="93"/>
        <source>The revisit</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="94"/>
        <source>Revisited</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="95"/>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="96"/>
        <source>Revisited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="97"/>
        <source>Level</source>
        <translation>回访级别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="98"/>
        <source>Effect of the service</source>
        <translation>服务效果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="99"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="101"/>
        <source>Shortcomings</source>
        <translation>不足之处</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="102"/>
        <source>Suggestions</source>
        <translation>客户建议</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="103"/>
        <source>Customer&apos;s final opinion</source>
        <translation>客户最终意见</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/revisit_record.py" line="105"/>
        <source>Sent back to the department</source>
        <translation>反馈责任部门的问题</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="27"/>
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="28"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="29"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="30"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="178"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="179"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="180"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests/records.py" line="181"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="195"/>
        <source>%1 (entry %2)</source>
        <translation>%1（第 %2 条）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="198"/>
        <source>%1: matched by %2</source>
        <translation>%1：按%2相符</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="205"/>
        <source>This person matches a watch notice.</source>
        <translation>此人与协查通报相符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="214"/>
        <source>This person is on the deny list.</source>
        <translation>此人在拒访名单中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="347"/>
        <source>Enter a name, ID number or phone to match by.</source>
        <translation>请至少填写姓名、证件号码或电话中的一项，用于比对。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="373"/>
        <location filename="../../src/deskapp/domain/screening.py" line="436"/>
        <source>This entry is no longer on record.</source>
        <translation>该条记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="404"/>
        <source>Enter the ID number, or both name and phone, so a visitor can match.</source>
        <translation>请填写证件号码，或同时填写姓名和电话，以便与访客比对。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="412"/>
        <source>Enter the notice this comes from.</source>
        <translation>请填写所依据的协查通报。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/screening.py" line="415"/>
        <source>This date has already passed.</source>
        <translation>该日期已过。</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="9"/>
        <source>Deny list, watch list and temporary passes</source>
        <translation>拒访名单、协查名单与临时出入证</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="19"/>
        <source>Deny list</source>
        <translation>拒访名单</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="22"/>
        <source>People refused unless specially permitted (Ctrl+1)</source>
        <translation>未经特许一律谢绝来访的人员（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="41"/>
        <source>Police watch list</source>
        <translation>协查名单</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="44"/>
        <source>People from police watch notices (协查通报) (Ctrl+2)</source>
        <translation>协查通报所列人员（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="63"/>
        <source>Temporary passes</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="66"/>
        <source>Temporary passes (临时出入证) for contractors and decoration workers (Ctrl+3)</source>
        <translation>为施工及装修人员发放的临时出入证（Ctrl+3）</translation>
    </message>
</context>
<context>
    <name>SearchEverythingDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="65"/>
        <source>A name or its pinyin initials, a phone, a unit, a plate, or a pass, receipt, request, parcel or key tag number. ↓ to the results, Enter opens, Esc closes.</source>
        <translation>可输入姓名或拼音首字母、电话、房号、车牌，或通行证、收据、诉求、快递、钥匙牌号。按 ↓ 进入结果，回车打开，Esc 关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="90"/>
        <source>The search could not be run; try again.</source>
        <translation>搜索未能完成，请重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="111"/>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="113"/>
        <source>%1 found.</source>
        <translation>找到 %1 条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="114"/>
        <source>(not every list was searched in time)</source>
        <translation>（时间不够，部分台账未查）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="138"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="139"/>
        <source>Expected visitor</source>
        <translation>预约访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="140"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="141"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="142"/>
        <source>Key set</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="143"/>
        <source>Key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="144"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="145"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="146"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="147"/>
        <source>Parcel</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="148"/>
        <source>Release pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="149"/>
        <source>Found item</source>
        <translation>拾遗物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="150"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/search_everything.py" line="151"/>
        <source>Handover note</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../forms/search_everything_dialog.ui" line="14"/>
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <location filename="../../forms/search_everything_dialog.ui" line="22"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="105"/>
        <source>Enter the organisation&apos;s name; it heads every document.</source>
        <translation>请填写单位名称，它将印在每份单据的抬头。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="108"/>
        <source>Use at most 100 characters.</source>
        <translation>最多 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="119"/>
        <source>Choose Chinese or English.</source>
        <translation>请选择中文或英文。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="121"/>
        <source>Choose an hour from 0 to 23.</source>
        <translation>请选择 0 至 23 之间的整点。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="124"/>
        <source>Keep personal data from %1 to %2 days.</source>
        <translation>个人信息保存期限须在 %1 到 %2 天之间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="141"/>
        <source>A document kind has a paper it cannot use.</source>
        <translation>有单据类型设置了无法使用的纸张。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="156"/>
        <location filename="../../src/deskapp/domain/settings.py" line="250"/>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="158"/>
        <source>Choose the folder with its full path.</source>
        <translation>请选择文件夹（须为完整路径）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/settings.py" line="226"/>
        <source>Enter the counter&apos;s name, e.g. Lobby reception.</source>
        <translation>请填写前台名称，例如：一楼大堂前台。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="112"/>
        <source>Folder for the day&apos;s workbooks</source>
        <translation>日结报表保存文件夹</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="157"/>
        <source>None: preview each print</source>
        <translation>不指定（每次先打印预览）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="163"/>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Paper for %1</source>
        <translation>%1用纸</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="9"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="40"/>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="56"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="67"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="88"/>
        <source>Visitors&apos; personal data (every counter)</source>
        <translation>访客个人信息（所有前台共用）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="94"/>
        <source>Ask visitors for an ID number</source>
        <translation>登记访客证件号码</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="101"/>
        <source>Keep it for</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="109"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="122"/>
        <source>Remove older personal data by itself, once a day</source>
        <translation>每天自动清除超过期限的个人信息</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="129"/>
        <source>Visitors ask about their data</source>
        <translation>个人信息咨询联系方式</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="138"/>
        <source>e.g. Service centre, 0755-86001234</source>
        <translation>例如：物业服务中心，0755-86001234</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="148"/>
        <source>This counter (kept on this PC)</source>
        <translation>本前台（保存在这台电脑上）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="154"/>
        <source>Counter name</source>
        <translation>前台名称</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="163"/>
        <source>e.g. Lobby reception</source>
        <translation>如：大堂前台</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="173"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="187"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="195"/>
        <source>With a printer chosen, Ctrl+P prints on it at once; Ctrl+Shift+P shows the preview first.</source>
        <translation>选定打印机后，按 Ctrl+P 直接在该打印机上打印；按 Ctrl+Shift+P 先打印预览。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="205"/>
        <source>Day&apos;s workbooks</source>
        <translation>日结报表保存位置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="216"/>
        <source>The folder closing the day writes to</source>
        <translation>日结时报表保存的文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="219"/>
        <source>Closing the day (Ctrl+Shift+E) writes the day&apos;s workbook and a backup here.</source>
        <translation>日结（Ctrl+Shift+E）时，当日报表和数据备份保存在此文件夹。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="226"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="255"/>
        <source>Type the hour (e.g. 18) or choose it from the list</source>
        <translation>直接输入钟点（如 18）或从列表中选择</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="78"/>
        <source>Print confidential numbers in the phone directory</source>
        <translation>打印电话联系一览表时包括保密号码</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="26"/>
        <source>Organisation (every counter)</source>
        <translation>本单位（所有前台共用）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="32"/>
        <source>Printed at the top of every pass and document, at every counter.</source>
        <translation>印在各前台打印的每张访客单和单据顶部。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="242"/>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="248"/>
        <source>Highlight visitors still on site after</source>
        <translation>超过此时间仍在场的访客高亮显示</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="119"/>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="223"/>
        <source>The file “%1” was not found.</source>
        <extracomment>The header row is looked for in this many rows from the top of the sheet.</extracomment>
        <translation>找不到文件“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="124"/>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="228"/>
        <source>The file “%1” cannot be opened. Close it in other programs and try again.</source>
        <translation>无法打开文件“%1”。请在其他程序中关闭该文件后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="240"/>
        <source>The workbook “%1” has no sheet named “%2”.</source>
        <translation>工作簿“%1”中没有名为“%2”的工作表。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="285"/>
        <source>“%1” cannot be read as an Excel workbook (.xlsx). Open it in Excel or WPS, save it as “Excel Workbook (*.xlsx)” and try again.</source>
        <translation>无法将“%1”作为 Excel 工作簿（.xlsx）读取。请用 Excel 或 WPS 打开，另存为“Excel 工作簿(*.xlsx)”后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/xlsx_rows.py" line="295"/>
        <source>Sheet “%1” has no header row: none of its first %2 rows names the column %3. Expected headers: %4.</source>
        <translation>工作表“%1”没有表头行：前 %2 行中没有任何一行含有列名 %3。应有的表头：%4。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/deskapp/ui/tasks.py" line="427"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tasks.py" line="478"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TempPass</name>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="87"/>
        <source>Pass %1 has been revoked.</source>
        <translation>出入证 %1 已注销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="89"/>
        <source>Pass %1 is valid only from %2.</source>
        <translation>出入证 %1 自 %2 起才生效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="92"/>
        <source>Pass %1 expired on %2.</source>
        <translation>出入证 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="181"/>
        <source>Enter the holder&apos;s name.</source>
        <translation>请输入持证人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="185"/>
        <source>Enter the holder&apos;s ID number (the card is handed back at once).</source>
        <translation>请输入持证人的证件号码（证件核对后当场归还）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="191"/>
        <source>Say what work will be done.</source>
        <translation>请填写施工内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="194"/>
        <source>The pass must end on or after its first day.</source>
        <translation>截止日期不得早于起始日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="197"/>
        <source>This pass would already have expired.</source>
        <translation>该出入证的有效期已过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="199"/>
        <source>A temporary pass lasts at most a year.</source>
        <translation>临时出入证有效期最长一年。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="232"/>
        <source>Choose the unit or department the work is for.</source>
        <translation>请选择施工所在的房号或部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="237"/>
        <source>Choose a unit or department from the directory.</source>
        <translation>请从名录中选择房号或部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="247"/>
        <source>Say why the pass is revoked.</source>
        <translation>请填写注销原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="272"/>
        <source>No deposit was taken for pass %1.</source>
        <translation>出入证 %1 未收取押金。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="275"/>
        <source>The deposit of pass %1 was already returned on %2.</source>
        <translation>出入证 %1 的押金已于 %2 退还。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="151"/>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="253"/>
        <location filename="../../src/deskapp/domain/temp_passes.py" line="270"/>
        <source>This pass is no longer on record.</source>
        <translation>该出入证记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/temp_passes.py" line="27"/>
        <source>There is no temporary pass %1.</source>
        <translation>没有编号为 %1 的临时出入证。</translation>
    </message>
</context>
<context>
    <name>TempPassCard</name>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="39"/>
        <source>%1, returned %2</source>
        <translation>%1，已于 %2 退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="41"/>
        <source>%1, refunded when the card is returned</source>
        <translation>%1，交回出入证时退还</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="50"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="51"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="54"/>
        <source>Company</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="56"/>
        <source>Host / unit</source>
        <translation>所在房号/部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="57"/>
        <source>Work</source>
        <translation>施工内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="58"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="61"/>
        <source>Card deposit</source>
        <translation>出入证押金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="65"/>
        <source>Issued</source>
        <translation>发证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="73"/>
        <source>REVOKED: NOT VALID</source>
        <translation>已注销，本证无效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="78"/>
        <source>Pass number</source>
        <translation>出入证号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="82"/>
        <source>Issuing desk signature</source>
        <translation>发证前台签字</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="85"/>
        <source>The ID card was checked and handed back at once; it is never kept as a pledge.</source>
        <translation>身份证件已当场核验并交还本人，本处不扣押任何身份证件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="88"/>
        <source>Wear this card where it can be seen; return it at the counter when work ends.</source>
        <translation>施工期间请将本证佩戴于明显位置，完工后交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/temp_pass_card.py" line="115"/>
        <source>Temporary pass</source>
        <translation>临时出入证</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="61"/>
        <source>Requests due today</source>
        <translation>今日到期诉求</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="63"/>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="109"/>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="144"/>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="84"/>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="86"/>
        <source>%1 late</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="107"/>
        <source>Keys out</source>
        <translation>借出未还钥匙</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="136"/>
        <source>Parcels not collected</source>
        <translation>待领快递</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="138"/>
        <source>%1 waiting over 3 days</source>
        <translation>%1 件超过 3 天未领</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="160"/>
        <source>Release passes not back</source>
        <translation>放行条未回收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="163"/>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="116"/>
        <source>%1 from earlier days</source>
        <translation>往日遗留 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="185"/>
        <source>%1 (%2)</source>
        <translation>%1（%2 笔）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="188"/>
        <source>Today&apos;s takings</source>
        <translation>今日收款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="190"/>
        <source>Receipts: %1</source>
        <translation>收据 %1 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/back_office.py" line="191"/>
        <source>No money taken yet today</source>
        <translation>今天还没有收款</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="52"/>
        <source>%1 (party of %2)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="58"/>
        <source>Visitors on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="60"/>
        <source>%1 over their time</source>
        <translation>%1 位超时未离</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="89"/>
        <source>Expected, not yet arrived</source>
        <translation>预约未到</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="91"/>
        <source>%1 past their time</source>
        <translation>%1 位已过预约时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="109"/>
        <source>For %1: %2</source>
        <translation>转告%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="114"/>
        <source>Messages to pass on</source>
        <translation>待转达留言</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="142"/>
        <source>Callbacks due today</source>
        <translation>今日待回电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="159"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/today/front_desk.py" line="165"/>
        <source>Unread handover notes</source>
        <translation>未读交接班记录</translation>
    </message>
</context>
<context>
    <name>TodayCharts</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="27"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="27"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="28"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="28"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="29"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="29"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="30"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="39"/>
        <source>Visitors per hour today</source>
        <translation>今日每小时访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="40"/>
        <source>No visitors yet today</source>
        <translation>今天还没有访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="41"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="43"/>
        <source>Usual %1 (mean of the last %2)</source>
        <translation>平常%1（近 %2 周平均）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="54"/>
        <source>Requests per week by severity</source>
        <translation>每周诉求（按级别）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="55"/>
        <source>No requests in these weeks</source>
        <translation>近几周没有诉求</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="63"/>
        <source>Takings per day, %1 (yuan)</source>
        <translation>%1 每日收款（元）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/charts.py" line="65"/>
        <source>No takings this month yet</source>
        <translation>本月还没有收款</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="124"/>
        <source>Today&apos;s counts could not be read; F5 tries again.</source>
        <translation>今日数据未能读取，按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="130"/>
        <source>Nothing waiting</source>
        <translation>暂无待办</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="143"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="147"/>
        <source>Today, %1 %2</source>
        <translation>今日 %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="149"/>
        <source>As of %1 (F5 reads again)</source>
        <translation>%1 更新（按 F5 刷新）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="219"/>
        <source>Arrow keys, Tab: move between the items
Enter: open the item (its record, or its workspace)
F5: read the counts again now
Ctrl+1 …: the workspaces (Ctrl+1 the visitor log)</source>
        <translation>方向键、Tab：在各项之间移动
Enter：打开该项（记录或所在工作区）
F5：立即刷新数字
Ctrl+1 …：各工作区（Ctrl+1 访客登记）</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="138"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="139"/>
        <source>Occupant</source>
        <translation>住户/联系人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="140"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="141"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="142"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="143"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="148"/>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/directory_models.py" line="148"/>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="40"/>
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="46"/>
        <source>new time %1</source>
        <translation>改约 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="54"/>
        <source>Pass</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="56"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="59"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="61"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="62"/>
        <source>Time in</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="64"/>
        <source>Time out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="66"/>
        <source>Host response</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="68"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="71"/>
        <source>Items, note</source>
        <translation>携带物品、备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="73"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="75"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="77"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="79"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="81"/>
        <source>Checked in by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="83"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="109"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="111"/>
        <source>Corrected (%1 fields): F7 shows what it said before</source>
        <translation>已更正（%1 项）：按 F7 查看更正前的内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="114"/>
        <source>Items: %1</source>
        <translation>携带物品：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="116"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="118"/>
        <source>Message for the host: %1</source>
        <translation>给被访人的留言：%1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/columns.py" line="120"/>
        <source>Admitted despite the deny list</source>
        <translation>拒访名单人员，经特许放行</translation>
    </message>
</context>
<context>
    <name>VisitCorrectionActions</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="70"/>
        <source>&amp;Correct this visit… (F7)</source>
        <translation>更正此条来访…（F7）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="71"/>
        <source>&amp;Void this visit…</source>
        <translation>作废此来访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="72"/>
        <source>Show the full &amp;ID number…</source>
        <translation>查看完整证件号码(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="81"/>
        <source>Pass %1 is voided: check the visitor in again instead.</source>
        <translation>访客单 %1 已作废：请重新为访客登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="94"/>
        <source>Pass %1 corrected; what it said before is kept in its history.</source>
        <translation>访客单 %1 已更正，原内容保留在更正记录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="104"/>
        <source>Pass %1 is voided already.</source>
        <translation>访客单 %1 已作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="126"/>
        <source>Pass %1 (%2) is voided. It stays on record, struck out.</source>
        <translation>访客单 %1（%2）已作废，记录保留并划线显示。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="132"/>
        <source>Why is pass %1 (%2) voided? The visit stays on record, struck out, and leaves the counts.</source>
        <translation>请填写访客单 %1（%2）的作废原因。该来访记录仍会保留（划线显示），但不再计入统计。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="136"/>
        <source>Void a visit</source>
        <translation>作废来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="146"/>
        <source>No ID number was taken for %1.</source>
        <translation>%1 未登记证件号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="158"/>
        <source>ID number of %1 (pass %2):
%3

This look is recorded in the audit trail.</source>
        <translation>%1（访客单 %2）的证件号码：
%3

本次查看已记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/corrections.py" line="159"/>
        <source>Full ID number</source>
        <translation>完整证件号码</translation>
    </message>
</context>
<context>
    <name>VisitCorrectionDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="51"/>
        <source>Pass %1, checked in %2 by %3. Change what is wrong and say why; what it said before stays in the history below.</source>
        <translation>访客单 %1，%2 由 %3 登记。请改正有误的内容并写明原因；原内容会保留在下面的更正记录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="56"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="75"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="75"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="75"/>
        <source>Before</source>
        <translation>原内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="75"/>
        <source>After</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="76"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="76"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/correction_dialog.py" line="84"/>
        <source>%1, approved by %2</source>
        <translation>%1（%2 批准）</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="6"/>
        <source>Correct a visit</source>
        <translation>更正来访记录</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="16"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="19"/>
        <source>C&amp;ompany</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="21"/>
        <source>Peop&amp;le</source>
        <translation>人数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="23"/>
        <source>P&amp;urpose</source>
        <translation>来访事由(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="25"/>
        <source>Ho&amp;st</source>
        <translation>被访人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="28"/>
        <source>Pl&amp;ate</source>
        <translation>车牌号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="30"/>
        <source>Items carrie&amp;d</source>
        <translation>携带物品(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="32"/>
        <source>Not&amp;e</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="34"/>
        <source>&amp;Why corrected</source>
        <translation>更正原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="35"/>
        <source>e.g. name misspelt, wrong host</source>
        <translation>如：姓名写错、被访人记错</translation>
    </message>
    <message>
        <location filename="../../forms/visit_correction_dialog.ui" line="40"/>
        <source>&amp;History of this visit</source>
        <translation>更正记录(&amp;H)</translation>
    </message>
</context>
<context>
    <name>VisitField</name>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="50"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="51"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="52"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="53"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="54"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="55"/>
        <source>Items carried</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="56"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VisitorLog</name>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="47"/>
        <source>%1 is already on site since %2 (pass %3).</source>
        <translation>%1 自 %2 起仍在场（访客单号 %3）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="108"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="188"/>
        <location filename="../../src/deskapp/domain/visitors/groups.py" line="56"/>
        <source>Enter the visitor&apos;s name.</source>
        <translation>请输入访客姓名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="110"/>
        <source>Use at most 100 characters.</source>
        <translation>最多 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="117"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="194"/>
        <source>Enter 1 to 50 people.</source>
        <translation>人数应为 1 至 50。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="129"/>
        <source>This counter does not take ID numbers (see Settings, Visitors&apos; personal data).</source>
        <translation>本前台不登记证件号码（见“设置 → 访客个人信息”）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="210"/>
        <source>%1 is still on site.</source>
        <translation>%1 仍在场。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="213"/>
        <source>%1 left at %2: too long ago to undo. Check them in again.</source>
        <translation>%1 已于 %2 签离，时间太久，无法撤销，请重新登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="103"/>
        <source>Say why the visit is corrected.</source>
        <translation>请写明更正原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="106"/>
        <source>%1 cannot be corrected here.</source>
        <translation>%1 不能在这里更正。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="185"/>
        <source>Pass %1 is voided: check the visitor in again instead.</source>
        <translation>访客单 %1 已作废：请重新为访客登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="192"/>
        <source>Nothing was changed: the visit already says that.</source>
        <translation>没有改动：记录内容本来就是这样。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="238"/>
        <source>Say why the visit is voided.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="247"/>
        <source>Pass %1 is voided already.</source>
        <translation>访客单 %1 已经作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/corrections.py" line="278"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="392"/>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="290"/>
        <source>There is no visit number %1.</source>
        <translation>没有编号为 %1 的来访记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="85"/>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="119"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="184"/>
        <location filename="../../src/deskapp/domain/visitors/expected.py" line="196"/>
        <source>Choose whom the visitor came to see.</source>
        <translation>请选择被访人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="95"/>
        <source>This expected visitor is no longer on record.</source>
        <translation>该预约访客已不在记录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="126"/>
        <source>Use at most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="135"/>
        <source>The time in cannot be in the future.</source>
        <translation>来访时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="139"/>
        <source>The pass must be valid after the time in.</source>
        <translation>访客单有效期须晚于来访时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="259"/>
        <source>No temporary pass has this number.</source>
        <translation>没有此编号的临时出入证。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="266"/>
        <source>Pass %1 was issued to %2, not to this visitor.</source>
        <translation>临时出入证 %1 的持证人是 %2，不是这位访客。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/check_in.py" line="93"/>
        <location filename="../../src/deskapp/domain/visitors/profiles.py" line="116"/>
        <location filename="../../src/deskapp/domain/visitors/profiles.py" line="144"/>
        <source>This visitor is no longer on record.</source>
        <translation>该访客记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="46"/>
        <source>Pass number %1 fits %2 visits: choose which.</source>
        <translation>访客单号 %1 对应 %2 条来访记录，请选择其中一条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="96"/>
        <source>Write a message for the host or a new appointment time.</source>
        <translation>请填写给被访人的留言或改约时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="99"/>
        <source>The new appointment must be in the future.</source>
        <translation>改约时间须晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="136"/>
        <source>The host received the visitor after all.</source>
        <translation>被访人最终同意接待，原预约取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="105"/>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="184"/>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="207"/>
        <source>Pass %1 was voided: %2</source>
        <translation>访客单 %1 已作废：%2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="152"/>
        <source>%1 was checked in again since (pass %2): record the answer on that visit.</source>
        <translation>%1 之后已重新登记（访客单 %2）：请在那次来访上记录答复。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="187"/>
        <source>%1 already left at %2.</source>
        <translation>%1 已于 %2 签离。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="260"/>
        <source>No visit has pass number %1.</source>
        <translation>没有访客单号为 %1 的来访记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/log.py" line="274"/>
        <source>No visit today or on site has pass number %1.</source>
        <translation>今天的来访和在场访客中都没有访客单号 %1。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visitors/groups.py" line="48"/>
        <source>A party has 2 to %1 members; check one visitor in alone.</source>
        <translation>同行登记需 2 至 %1 人；一个人请单独登记。</translation>
    </message>
</context>
<context>
    <name>VisitorLogTab</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="237"/>
        <source>Checked in %1, pass %2.</source>
        <translation>已登记 %1，访客单号 %2。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="172"/>
        <source>Deny &amp;and watch lists…</source>
        <translation>拒访与协查名单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="140"/>
        <source>On site only</source>
        <translation>只看在场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="173"/>
        <source>&amp;Temporary passes…</source>
        <translation>临时出入证(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="174"/>
        <source>Alert &amp;log…</source>
        <translation>预警记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="175"/>
        <source>Print who is &amp;on site (evacuation list)</source>
        <translation>打印在场人员名单（疏散用）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="194"/>
        <source>Enter  check in · Esc  clear the form · a scanned pass checks out
F3  pass number field (&quot;25&quot; is today&apos;s V…-0025) · F4  check out · F6  host response · Ctrl+P  print the pass
F8  read the ID card · F9  quick check-in of a regular · Alt+Z  undo a check-out · F12  print who is on site (evacuation)
F7  correct the visit · Menu key in the list  void a visit, show a full ID number</source>
        <translation>回车  登记 · Esc  清空表单 · 扫访客单即签离
F3  访客单号输入框（“25”即今天的 V…-0025） · F4  签离 · F6  被访人答复 · Ctrl+P  打印访客单
F8  读身份证 · F9  常客快速登记 · Alt+Z  撤销签离 · F12  打印在场人员名单（疏散用）
F7  更正来访 · 在列表中按菜单键  作废来访、查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="214"/>
        <source>Shown: %1, %2 · On site now: %3, %4</source>
        <translation>显示：%1，%2 · 现在在场：%3，%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="215"/>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="216"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 条来访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="215"/>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="217"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="61"/>
        <source>The party has already left.</source>
        <translation>这一行人已经签离了。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="76"/>
        <source>Checked out the party of %1 (%2 people).</source>
        <translation>%1 一行已签离（共 %2 人）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="79"/>
        <source>Checked out %1 (%2)</source>
        <translation>%1 已签离（%2）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="93"/>
        <source>%1 came with a party; %2 more of it still on site.</source>
        <translation>%1 是同行来访，同行中还有 %2 人在场。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="96"/>
        <source>The whole party (%1 people)</source>
        <translation>全部同行人员（%1 人）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="97"/>
        <source>Only %1</source>
        <translation>只签离 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="98"/>
        <source>Check out</source>
        <translation>签离</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="112"/>
        <source>%1  %2, in at %3</source>
        <translation>%1  %2，%3 来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="116"/>
        <source>Which pass?</source>
        <translation>是哪一张访客单？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/check_out.py" line="126"/>
        <source>%1 is on site again (%2).</source>
        <translation>%1 重新记为在场（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="286"/>
        <source>%1 is now a regular.</source>
        <translation>已将 %1 设为常客。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="287"/>
        <source>%1 is no longer a regular.</source>
        <translation>已取消 %1 的常客资格。</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="36"/>
        <source>Pass number (25 for today&apos;s -0025) or scan</source>
        <translation>访客单号（今天的 -0025 输 25）或扫码</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="37"/>
        <source>Check out (F4)</source>
        <translation>签离（F4）</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="38"/>
        <source>Host response… (F6)</source>
        <translation>被访人答复…（F6）</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="39"/>
        <source>Print pass (Ctrl+P)</source>
        <translation>打印访客单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../forms/visitor_log_tab.ui" line="40"/>
        <source>Mark as re&amp;gular</source>
        <translation>设为常客(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="139"/>
        <source>Search name, phone, company, host, plate, pass…</source>
        <translation>搜索姓名、电话、单位、被访人、车牌号、访客单号…</translation>
    </message>
</context>
<context>
    <name>VisitorPass</name>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="37"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="40"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="42"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="44"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="45"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="46"/>
        <source>Time in</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="50"/>
        <source>Same day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="52"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="54"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="57"/>
        <source>Items carried</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="59"/>
        <source>Time out</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="80"/>
        <source>DECLINED</source>
        <translation>被访人未同意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="82"/>
        <source>CHECKED OUT %1</source>
        <translation>已离场 %1</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="85"/>
        <source>NOT VALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="97"/>
        <source>Pass number</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="101"/>
        <source>Host signature</source>
        <translation>被访人签字</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="103"/>
        <source>Please return this pass at the counter when you leave</source>
        <translation>离开时请将此单交回前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="105"/>
        <source>Your ID card was handed back at once; the counter never keeps it.</source>
        <translation>您的身份证已当场交还，前台不留存任何证件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/visitor_pass.py" line="137"/>
        <source>Visitor pass</source>
        <translation>访客单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/visitors.py" line="24"/>
        <source>Visit %1 was voided (%2): it has no pass to print.</source>
        <translation>访客记录 %1 已作废（%2），不能打印访客单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/usecases/documents/visitors.py" line="27"/>
        <source>Visit %1 was voided: it has no pass to print.</source>
        <translation>访客记录 %1 已作废，不能打印访客单。</translation>
    </message>
</context>
<context>
    <name>WatchPage</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="80"/>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="81"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="81"/>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="82"/>
        <location filename="../../forms/screening_watch_page.ui" line="314"/>
        <source>No end date</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="113"/>
        <source>%1 added to the watch list.</source>
        <translation>已将 %1 加入协查名单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="121"/>
        <source>Withdraw the watch entry for %1?
It stops matching visitors but stays on record.</source>
        <translation>撤销 %1 的协查记录？
撤销后不再与访客比对，但记录仍会保留。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="130"/>
        <source>This entry is no longer in the list.</source>
        <translation>该记录已不在名单中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/screening/watch_page.py" line="133"/>
        <source>Watch entry for %1 withdrawn.</source>
        <translation>已撤销 %1 的协查记录。</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="39"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="49"/>
        <source>Description</source>
        <translation>特征描述</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="54"/>
        <source>Source</source>
        <translation>通报来源</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="59"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="74"/>
        <source>Show withdrawn and expired too</source>
        <translation>同时显示已撤销和已过期</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="91"/>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="94"/>
        <source>The notice was withdrawn: stop matching this entry (it stays on record)</source>
        <translation>通报已撤销：停止比对此记录（记录仍会保留）</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="106"/>
        <source>Add from a watch notice</source>
        <translation>按协查通报添加</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="119"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="139"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="178"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="188"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="227"/>
        <source>Description:</source>
        <translation>特征描述：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="237"/>
        <source>Appearance, vehicle, what to do on a match</source>
        <translation>外貌、车辆，比对一致时的处置方式</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="250"/>
        <source>Notice:</source>
        <translation>通报：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="260"/>
        <source>Issuing police station and notice number</source>
        <translation>发文派出所及通报编号</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="292"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="380"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../forms/screening_watch_page.ui" line="383"/>
        <source>Add this person to the watch list (Enter)</source>
        <translation>将此人加入协查名单（Enter）</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/welcome_dialog.py" line="43"/>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="9"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="15"/>
        <source>Welcome to deskapp</source>
        <translation>欢迎使用 deskapp</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="22"/>
        <source>deskapp keeps the reception counter&apos;s records, such as the visitor log and visitor passes, on this computer; it needs no internet.</source>
        <translation>deskapp 把前台的各项记录（如访客登记和访客单）保存在这台电脑上，无需联网。</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="30"/>
        <source>&amp;Start our counter&apos;s records</source>
        <translation>正式使用，记录本前台的业务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="40"/>
        <source>Organisation &amp;name</source>
        <translation>单位名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="66"/>
        <source>&amp;Try deskapp first on a practice file with made-up records</source>
        <translation>先用虚构记录的练习文件试用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="73"/>
        <source>The practice file is separate from the real one and marked &quot;Demo data&quot; in the window. Nothing made up ever reaches your counter&apos;s records.</source>
        <translation>练习文件与正式文件分开存放，窗口中会标明“演示数据”。虚构的内容绝不会进入本前台的真实记录。</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="56"/>
        <source>Printed at the top of every pass and document. You can change it later in Settings.</source>
        <translation>印在每张访客单和每份单据的顶部，以后可在“设置”中修改。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../src/deskapp/output/workbook.py" line="142"/>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/output/workbook.py" line="238"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>WorkingCalendarDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="73"/>
        <source>e.g. National Day, or Power cut: closed</source>
        <translation>如：国庆节、停电放假</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="110"/>
        <source>Day</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="110"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="111"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="117"/>
        <source>Worked in exchange</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="117"/>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="118"/>
        <source>Set here</source>
        <translation>本处设定</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="118"/>
        <source>Official</source>
        <translation>国家安排</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="145"/>
        <source>The official holidays of %1 are built in, from the State Council&apos;s notice. A day set here wins over them.</source>
        <translation>已内置国务院办公厅公布的 %1 年节假日安排；本处设定的日期优先。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="150"/>
        <source>No official holidays are known for %1 — enter them from the State Council&apos;s notice; until then Monday–Friday count as working days.</source>
        <translation>尚无 %1 年的国家节假日安排——请按国务院办公厅的通知逐日录入；录入前按周一至周五上班计算。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="209"/>
        <source>%1 is now a working day here. The form moved on to the next day: Enter marks it the same way.</source>
        <translation>%1 已设为上班。日期已跳到下一天，按回车照样设定。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="211"/>
        <source>%1 is now a holiday here. The form moved on to the next day: Enter marks it the same way.</source>
        <translation>%1 已设为放假。日期已跳到下一天，按回车照样设定。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="226"/>
        <source>%1 is not set here; the official calendar counts.</source>
        <translation>%1 未在本处设定，按国家安排计算。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/calendar_dialog.py" line="237"/>
        <source>%1 follows the official calendar again.</source>
        <translation>%1 已恢复按国家安排计算。</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="6"/>
        <source>Working days and holidays</source>
        <translation>工作日与节假日</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="10"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="12"/>
        <source>↑ next year · ↓ the year before</source>
        <translation>↑ 下一年 · ↓ 上一年</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="27"/>
        <source>Set a day here (it wins over the official calendar)</source>
        <translation>在本处设定某天（优先于国家安排）</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="29"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="33"/>
        <source>&amp;Holiday (no work)</source>
        <translation>放假(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="34"/>
        <source>&amp;Working day (worked in exchange)</source>
        <translation>上班（调休）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="39"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="44"/>
        <source>&amp;Mark (Enter)</source>
        <translation>设定(&amp;M)（Enter）</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="45"/>
        <source>&amp;Take back: official calendar again (Delete)</source>
        <translation>撤销设定，恢复国家安排(&amp;T)（Delete）</translation>
    </message>
    <message>
        <location filename="../../forms/working_calendar_dialog.ui" line="57"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/deskapp/ui/framework/workspace.py" line="223"/>
        <source>Choose the record in the list first (Ctrl+F, then ↓ from the search box).</source>
        <translation>请先在列表中选中记录（Ctrl+F，再在搜索框按 ↓）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/workspace.py" line="229"/>
        <source>Undo: %1 (Alt+Z)</source>
        <translation>撤销：%1（Alt+Z）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/framework/workspace.py" line="232"/>
        <source>%1 — Alt+Z undoes it.</source>
        <translation>%1——按 Alt+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/visitors/tab.py" line="316"/>
        <source>Visitor log</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/calls/tab.py" line="298"/>
        <source>Call log</source>
        <translation>电话记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/requests/tab.py" line="425"/>
        <source>Complaints and requests</source>
        <translation>投诉报修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/keys/tab.py" line="452"/>
        <source>Key custody</source>
        <translation>钥匙管理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/fees/tab.py" line="313"/>
        <source>Fee collection</source>
        <translation>收费管理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/services/tab.py" line="131"/>
        <source>Desk services</source>
        <translation>前台服务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/workspaces/today/tab.py" line="227"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
</TS>
