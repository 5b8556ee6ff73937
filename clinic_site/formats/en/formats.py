# The month spelled out, as on a US letter: "November 30, 2026" (Django's own is "Nov. 30, 2026").
DATE_FORMAT = "F j, Y"
