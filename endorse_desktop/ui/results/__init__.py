"""The Results & Track Record tab: how races came out, officials in office, the group's record."""
