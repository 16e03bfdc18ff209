-- Generated from src/settings/options.ts by scripts/options-lua.ts (npm run build): do not edit.
-- What each setup() option accepts, so that setup() checks them at once, without the node host.
return {
  { name = "host", expected = "a URL string", kinds = { { type = "string" } } },
  { name = "model", expected = "a model name", kinds = { { type = "string" } } },
  { name = "preset", expected = "\"journal\", \"code\" or \"conventional\"", kinds = { { type = "enum", values = { "journal", "code", "conventional" } } } },
  { name = "prompt", expected = "a string", kinds = { { type = "string" } } },
  { name = "language", expected = "a language name", kinds = { { type = "string" } } },
  { name = "review", expected = "a boolean", kinds = { { type = "boolean" } } },
  { name = "timeout_ms", expected = "a positive integer", kinds = { { type = "positive_integer" } } },
  { name = "keep_alive", expected = "a duration string or seconds", kinds = { { type = "string" }, { type = "number" } } },
  { name = "num_ctx", expected = "a positive integer", kinds = { { type = "positive_integer" } } },
  { name = "push_stall_ms", expected = "a positive integer", kinds = { { type = "positive_integer" } } },
  { name = "num_predict", expected = "a positive integer", kinds = { { type = "positive_integer" } } },
}
