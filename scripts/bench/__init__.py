"""`make bench`: build overhead, page weight and Lighthouse, measured against plain Material.

Run with ``PYTHONPATH=scripts python -m bench`` (the Makefile does this).
"""
