/** Where a course keeps the presets of its widgets, relative to its folder (read by content-checks.ts). */
export const SAMPLING_PRESETS_FILE = 'widgets/sampling.yaml';
export const TOKENIZER_PRESETS_FILE = 'widgets/tokenizer.yaml';
