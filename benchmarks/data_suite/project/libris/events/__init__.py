"""Programmes (story time, coding clubs, author talks) and room bookings."""
