"""The call log 电话记录: calls, messages for someone, callbacks, and the phone directory."""
