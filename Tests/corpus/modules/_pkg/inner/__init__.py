deep_value = "deep"
