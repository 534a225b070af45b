"""Huisbezoek: offline-first home-visit app for Dutch municipal klantmanagers."""

__version__ = "0.1.0"
APP_NAME = "Huisbezoek"
APP_ID = "huisbezoek"
