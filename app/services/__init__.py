"""Qt-free application services (between the UI and the store/domain)."""
