"""Deploying built sites to static hosts: which sites exist, at which URL, with which headers.

Engine-free: MkDocs runs as a subprocess, never as an import.
"""
