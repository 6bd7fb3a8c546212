"""CareLink: keeps older adults in touch with their family and their carer."""

__version__ = "0.1.0"
APP_NAME = "CareLink"
