"""Today (今日): the first tab — what needs attention now, and the day in pictures."""
