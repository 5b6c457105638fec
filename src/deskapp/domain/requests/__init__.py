"""Requests the desk takes (客户诉求): complaints, repairs, inquiries and suggestions."""
