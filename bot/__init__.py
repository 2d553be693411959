"""partnerbot's front ends: the command line and the Slack app."""
