"""Item pipelines, in order: validate → dedup within the run → store + per-language feeds."""

from kznews.pipelines.dedup import InRunDedupPipeline
from kznews.pipelines.export import ExportPipeline
from kznews.pipelines.validate import ValidationPipeline

__all__ = ["ExportPipeline", "InRunDedupPipeline", "ValidationPipeline"]
