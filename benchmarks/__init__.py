"""Scripts that print figures, run from the project folder as `python -m benchmarks.<name>`.

None of them is a test: timings depend on the machine. README.md in this folder lists every script and
what it prints.
"""
