"""The Textual app: screens and widgets that present the domain."""
