# "30 de noviembre de 2026", as Django's Spanish formats write it; kept here so both languages' page
# dates are set in one place.
DATE_FORMAT = r"j \d\e F \d\e Y"
