"""The Qt user interface. The only package (with carelink.app) that imports PySide6."""
