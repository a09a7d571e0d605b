/**
 * Model names → encodings, from gpt-tokenizer's own model list (build time only: the widget
 * gets the list from /<lang>/widgets.json, so the client bundles none of this). Models whose encoding the
 * playground does not offer (p50k for the Codex era, o200k_harmony for gpt-oss) are left out.
 */
import { modelToEncodingMap } from 'gpt-tokenizer/mapping';
import * as models from 'gpt-tokenizer/models';
import { isEncodingName, type EncodingName } from './encodings';

/** gpt-tokenizer's encoding name for a model it knows, mapped onto ours (gpt2 is r50k_base). */
function encodingOf(model: string): EncodingName | undefined {
  const known = (modelToEncodingMap as Record<string, string | undefined>)[model];
  // gpt-tokenizer: a model it does not map uses the default encoding of new models, o200k_base.
  const name = known === 'gpt2' ? 'r50k_base' : (known ?? 'o200k_base');
  return isEncodingName(name) ? name : undefined;
}

let list: { model: string; encoding: EncodingName }[] | undefined;

/** Every model gpt-tokenizer lists whose encoding is one of ours, sorted by name. */
export function modelList(): { model: string; encoding: EncodingName }[] {
  if (!list) {
    const names = new Set([...Object.keys(models), ...Object.keys(modelToEncodingMap)]);
    list = [...names]
      .sort()
      .flatMap((model) => {
        const encoding = encodingOf(model);
        return encoding ? [{ model, encoding }] : [];
      });
  }
  return list;
}

/** The encoding of a model name (case-insensitive), or undefined for a name not in the list. */
export function encodingOfModel(model: string): EncodingName | undefined {
  const wanted = model.trim().toLowerCase();
  return modelList().find((m) => m.model === wanted)?.encoding;
}
