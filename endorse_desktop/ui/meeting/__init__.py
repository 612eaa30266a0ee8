"""meeting"""
