"""Pledges: submission, moderation and progress (built on the registry and the objectives)."""
