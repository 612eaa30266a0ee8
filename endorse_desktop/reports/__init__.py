"""PDF documents drawn with ReportLab. Plain Python: nothing here may import Qt."""
