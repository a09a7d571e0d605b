/** This course's tokenizer presets (content/widgets/tokenizer.yaml): a course test, not a generator test. */
import { describe, expect, it } from 'vitest';
import { encodingsFor } from './encodings';
import { loadEncoder } from './node-encoders';
import { courseDir } from '../course-dir';
import { readCourse } from '../course-model';
import { tokenizePane } from './tokenize';

describe('the course’s presets (content/widgets/tokenizer.yaml)', () => {
  const presets = readCourse(courseDir()).model!.tokenizerPresets;
  it('all tokenize, in the lecture’s numbers where it gave them', async () => {
    expect(Object.keys(presets).length).toBeGreaterThan(5);
    for (const [id, p] of Object.entries(presets)) {
      for (const e of encodingsFor(p.mode, p.encoding)) {
        const r = tokenizePane(await loadEncoder(e), p.text, p.mode === 'chat' ? 'chat' : 'text');
        expect(r.tokens, `${id} in ${e}`).toBeGreaterThan(0);
      }
    }
    const cl = await loadEncoder('cl100k_base');
    expect(cl.encode(presets['hello-world']!.text)).toEqual([15339, 1917]);
    expect(cl.encode(presets['helloworld']!.text)).toEqual([71, 96392]);
    expect(cl.encode(presets['two-spaces']!.text)).toEqual([15339, 220, 1917]);
    const chat = tokenizePane(await loadEncoder('o200k_base'), presets['chat']!.text, 'chat');
    expect(chat).toMatchObject({ tokens: 49, special: 12 }); // the lecture's conversation, 1:06:13
  });
});
