/**
 * The lecture's moments as presets of <Sampling preset="…" />. An illustrative preset carries a
 * hand-made next-token distribution (the numbers are invented to show the idea and are labelled
 * so in the widget); every preset also gives the toy model a prompt to continue. A preset
 * without `illustrative` starts from the toy model's own distribution after its prompt.
 */
import type { Locale } from '../../i18n';

export interface Candidate {
  token: string;
  /** Relative weight; the widget normalises the candidates to sum to 1. */
  p: number;
}

export interface Illustration {
  /** The text the distribution follows. */
  context: string;
  candidates: Candidate[];
}

export interface Preset {
  illustrative?: Record<Locale, Illustration>;
  /** What to look for, one or two sentences. */
  note: Record<Locale, string>;
  /** Where the toy model starts writing. */
  prompt: Record<Locale, string>;
  temperature?: number;
  topK?: number;
  topP?: number;
}

const same = (s: string): Record<Locale, string> => ({ zh: s, en: s });

export const presets = {
  'two-plus-two': {
    illustrative: {
      zh: {
        context: 'What is 2+2',
        candidates: [
          { token: '?', p: 0.31 }, { token: '?\n', p: 0.21 }, { token: '?\n\n', p: 0.12 }, { token: ' and', p: 0.08 },
          { token: ' =', p: 0.07 }, { token: ' in', p: 0.06 }, { token: 'x', p: 0.05 }, { token: '+', p: 0.04 },
          { token: ' (', p: 0.03 }, { token: ' 4', p: 0.03 },
        ],
      },
      en: {
        context: 'What is 2+2',
        candidates: [
          { token: '?', p: 0.31 }, { token: '?\n', p: 0.21 }, { token: '?\n\n', p: 0.12 }, { token: ' and', p: 0.08 },
          { token: ' =', p: 0.07 }, { token: ' in', p: 0.06 }, { token: 'x', p: 0.05 }, { token: '+', p: 0.04 },
          { token: ' (', p: 0.03 }, { token: ' 4', p: 0.03 },
        ],
      },
    },
    note: {
      zh: '对基座模型来说，这只是某篇文档的开头：问号、换行这类续写的可能性远大于直接给出“ 4”。多抽几次，每次的开头都可能不同，后面的整段续写也就跟着分岔。',
      en: 'To a base model this is just the start of some document: a question mark or a line break is far likelier than the answer " 4". Sample a few times: each draw can start differently, and the whole continuation branches from there.',
    },
    prompt: same('What is 2+2'),
  },
  election: {
    illustrative: {
      zh: {
        context: '2024 年美国总统大选的获胜者是',
        candidates: [
          { token: '唐纳德', p: 0.22 }, { token: '卡玛拉', p: 0.18 }, { token: '乔', p: 0.14 }, { token: '共和党', p: 0.09 },
          { token: '特朗普', p: 0.08 }, { token: '前总统', p: 0.08 }, { token: '民主党', p: 0.07 }, { token: '现任', p: 0.06 },
          { token: '拜登', p: 0.04 }, { token: '尚未', p: 0.04 },
        ],
      },
      en: {
        context: 'The winner of the 2024 US presidential election was',
        candidates: [
          { token: ' Donald', p: 0.24 }, { token: ' Kamala', p: 0.19 }, { token: ' Joe', p: 0.15 }, { token: ' Republican', p: 0.09 },
          { token: ' former', p: 0.08 }, { token: ' Democrat', p: 0.07 }, { token: ' President', p: 0.06 }, { token: ' incumbent', p: 0.04 },
          { token: ' Ron', p: 0.04 }, { token: ' not', p: 0.04 },
        ],
      },
    },
    note: {
      zh: '训练数据截止在大选之前，模型从没见过结果，却不会说“不知道”：它把概率分给几个听上去都合理的名字。每抽一次，就走进一个不同的“平行宇宙”。',
      en: 'The training data ends before the election, so the model has never seen the result, yet it does not say "I don\'t know": it spreads probability over names that all sound plausible. Every draw opens a different "parallel universe".',
    },
    prompt: { zh: '2024 年美国总统大选', en: 'The 2024 US presidential election' },
  },
  'orson-kovats': {
    illustrative: {
      zh: {
        context: '谁是 Orson Kovats？\nOrson Kovats 是一位',
        candidates: [
          { token: '匈牙利', p: 0.14 }, { token: '英国', p: 0.12 }, { token: '加拿大', p: 0.11 }, { token: '前', p: 0.11 },
          { token: '虚构', p: 0.09 }, { token: '退休', p: 0.08 }, { token: '德国', p: 0.08 }, { token: '职业', p: 0.08 },
          { token: '作家', p: 0.07 }, { token: '音乐', p: 0.06 }, { token: '瑞士', p: 0.06 },
        ],
      },
      en: {
        context: 'Who is Orson Kovats?\nOrson Kovats is a',
        candidates: [
          { token: ' Hungarian', p: 0.14 }, { token: ' British', p: 0.12 }, { token: ' Canadian', p: 0.11 }, { token: ' former', p: 0.11 },
          { token: ' fictional', p: 0.09 }, { token: ' retired', p: 0.08 }, { token: ' German', p: 0.08 }, { token: ' professional', p: 0.08 },
          { token: ' writer', p: 0.07 }, { token: ' musician', p: 0.06 }, { token: ' Swiss', p: 0.06 },
        ],
      },
    },
    note: {
      zh: '名字陌生，没有哪个续写占上风，分布很平（熵高），每次抽样都编出不同的身份。对照一个名人：几乎所有概率都压在同一个词元上，抽多少次都一样。',
      en: 'For an unknown name no continuation dominates: the distribution is flat (high entropy), and each draw invents a different identity. Compare a famous person: nearly all the probability sits on one token, so the draws agree.',
    },
    prompt: { zh: 'Orson Kovats 是', en: 'Orson Kovats is' },
  },
  'tom-cruise': {
    illustrative: {
      zh: {
        context: '谁是汤姆·克鲁斯？\n汤姆·克鲁斯是一位',
        candidates: [
          { token: '美国', p: 0.91 }, { token: '著名', p: 0.05 }, { token: '好莱坞', p: 0.02 }, { token: '演员', p: 0.01 }, { token: '享誉', p: 0.01 },
        ],
      },
      en: {
        context: 'Who is Tom Cruise?\nTom Cruise is an',
        candidates: [
          { token: ' American', p: 0.91 }, { token: ' actor', p: 0.04 }, { token: ' award', p: 0.02 }, { token: ' iconic', p: 0.01 },
          { token: ' Academy', p: 0.01 }, { token: ' internationally', p: 0.01 },
        ],
      },
    },
    note: {
      zh: '一个训练数据里出现过无数次的名字：几乎所有概率都在同一个词元上，怎么抽都差不多。',
      en: 'A name the training data mentions countless times: nearly all the probability is on one token, so the draws hardly differ.',
    },
    prompt: { zh: '汤姆·克鲁斯是', en: 'Tom Cruise is' },
  },
  'nine-eleven': {
    illustrative: {
      zh: {
        context: '9.11 和 9.9 哪个大？\n答：',
        candidates: [
          { token: '9.9', p: 0.46 }, { token: '9.11', p: 0.4 }, { token: '这', p: 0.05 }, { token: '两', p: 0.04 },
          { token: '比较', p: 0.03 }, { token: '它', p: 0.02 },
        ],
      },
      en: {
        context: 'Which is bigger, 9.11 or 9.9?\nAnswer:',
        candidates: [
          { token: ' 9.9', p: 0.46 }, { token: ' 9.11', p: 0.4 }, { token: ' The', p: 0.06 }, { token: ' Both', p: 0.03 },
          { token: ' It', p: 0.03 }, { token: ' They', p: 0.02 },
        ],
      },
    },
    note: {
      zh: '对错两个答案几乎势均力敌：同一个模型，这次抽到对的，下次就可能抽到错的。温度调到 0，它永远给出略占上风的那个。',
      en: 'The right and the wrong answer are nearly tied: the same model is right on one draw and wrong on the next. At temperature 0 it always gives whichever has the slight edge.',
    },
    prompt: { zh: '9.11 和 9.9', en: '9.11 and 9.9' },
  },
  'pelican-joke': {
    illustrative: {
      zh: {
        context: '用户：写一个关于鹈鹕的笑话\n助手：',
        candidates: [
          { token: '为什么', p: 0.3 }, { token: '有', p: 0.18 }, { token: '一只', p: 0.16 }, { token: '好', p: 0.12 },
          { token: '鹈鹕', p: 0.09 }, { token: '问', p: 0.06 }, { token: '当然', p: 0.05 }, { token: '你', p: 0.04 },
        ],
      },
      en: {
        context: 'User: Write a joke about pelicans\nAssistant:',
        candidates: [
          { token: ' Why', p: 0.38 }, { token: ' What', p: 0.17 }, { token: ' A', p: 0.12 }, { token: ' Sure', p: 0.1 },
          { token: ' How', p: 0.07 }, { token: ' Here', p: 0.06 }, { token: ' Pel', p: 0.04 }, { token: ' I', p: 0.03 }, { token: ' Did', p: 0.03 },
        ],
      },
    },
    note: {
      zh: '抽样 5 次：每次的第一个词元就可能不同，后面长成的笑话也各不一样。人要排序的，正是这样几份不同的回答。',
      en: 'Sample five times: even the first token can differ, and each grows into a different joke. Different attempts like these are what people put in order.',
    },
    prompt: { zh: '鹈鹕', en: 'Pelicans' },
  },
  'cat-sat': {
    illustrative: {
      zh: {
        context: 'The cat sat on the',
        candidates: [
          { token: ' mat', p: 0.34 }, { token: ' floor', p: 0.17 }, { token: ' bed', p: 0.11 }, { token: ' couch', p: 0.09 },
          { token: ' windows', p: 0.06 }, { token: ' edge', p: 0.05 }, { token: ' roof', p: 0.04 }, { token: ' table', p: 0.04 },
          { token: ' keyboard', p: 0.03 }, { token: ' other', p: 0.02 }, { token: ' sofa', p: 0.05 },
        ],
      },
      en: {
        context: 'The cat sat on the',
        candidates: [
          { token: ' mat', p: 0.34 }, { token: ' floor', p: 0.17 }, { token: ' bed', p: 0.11 }, { token: ' couch', p: 0.09 },
          { token: ' windows', p: 0.06 }, { token: ' edge', p: 0.05 }, { token: ' roof', p: 0.04 }, { token: ' table', p: 0.04 },
          { token: ' keyboard', p: 0.03 }, { token: ' other', p: 0.02 }, { token: ' sofa', p: 0.05 },
        ],
      },
    },
    note: {
      zh: '模型给词表里每个词元都算出一个概率，生成时按这个分布抽一个接到末尾。拖动温度：接近 0 时几乎总是抽到概率最高的“ mat”，调高后冷门的选项也有机会；top-k 和 top-p 会直接把尾部截掉。',
      en: 'The model gives every token in the vocabulary a probability, and generation draws one from this distribution and appends it. Move the temperature: near 0 the top choice " mat" almost always wins, higher up the rare options get their chance; top-k and top-p cut the tail off altogether.',
    },
    prompt: { zh: '模型', en: 'The model' },
  },
  toy: {
    note: {
      zh: '同一个开头，每一步都可能抽到不同的词元；只要有一步不同，后面的续写就走上另一条路。',
      en: 'From the same start, every step may draw a different token; once one step differs, the rest of the text takes another path.',
    },
    prompt: { zh: '模型', en: 'The model' },
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof presets;

export function isPresetName(name: unknown): name is PresetName {
  return typeof name === 'string' && Object.hasOwn(presets, name);
}
