"""Named entities: extraction (jieba + rules on a Simplified copy), linking, caching."""
