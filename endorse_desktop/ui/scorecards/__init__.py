"""scorecards"""
