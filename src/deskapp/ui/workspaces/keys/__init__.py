"""Key custody (钥匙管理): the cabinet board, issue and return, the register and its dialogs."""
