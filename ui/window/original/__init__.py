"""original"""
