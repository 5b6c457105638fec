"""The requests workspace: complaints, repairs, inquiries and suggestions (客户诉求)."""
