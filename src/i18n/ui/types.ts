/**
 * Every string the site's own interface shows. Each language file implements this interface in
 * full, so a string missing in either language fails `astro check`.
 * Course text (titles, chapters, terms) is not here: it comes from the content folder.
 */
export interface UIStrings {
  /** The language's own name, for the language switch. */
  languageName: string;
  skipToContent: string;
  home: string;
  glossary: string;
  mainNav: string;
  /** Label of the theme switch and its three choices. */
  theme: string;
  themeLight: string;
  themeDark: string;
  themeSystem: string;
  /** "Read in English" / "阅读中文版". */
  switchLanguage: string;
  chapterLabel: (n: number) => string;
  partLabel: (n: number) => string;
  chapters: string;
  /** "Watch this part of the video from 7:47". */
  watchSegment: (start: string) => string;
  videoSegment: string;
  minutes: (n: number) => string;
  contents: string;
  summary: string;
  questionsTitle: string;
  questionsIntro: string;
  furtherReading: string;
  readingKind: Record<'paper' | 'tool' | 'article' | 'video' | 'code' | 'dataset' | 'course' | 'site', string>;
  keyPoints: string;
  selfCheck: string;
  /** The label of a <Beyond> aside: what the notes add beyond the lecture. */
  beyondLecture: string;
  /** "Source:" before a <Beyond>'s link. */
  beyondSource: string;
  /** "as of February 2025" from "2025-02" or "2025-02-05". */
  asOf: (date: string) => string;
  showAnswer: string;
  previous: string;
  next: string;
  pager: string;
  termsInChapter: string;
  otherLanguageTitle: string;
  notFoundTitle: string;
  notFoundText: string;
  /** The 404 page: where to go from here. */
  notFoundHelp: string;
  videoBy: (speaker: string) => string;
  watchVideo: string;
  homeIntro: string;
  startReading: string;
  glossaryIntro: string;
  usedIn: string;
  seeAlso: string;
  alsoWritten: string;
  avoided: string;
  introducedAt: string;
  sameEntryOther: string;
  glossaryFilter: string;
  /** "{n} terms found": {n} is replaced by the count. */
  glossaryFilterCount: string;
  glossaryLetters: string;
  termSheets: string;
  termSheet: string;
  definition: string;
  termCardLabel: string;
  readingMode: string;
  modeZh: string;
  modeEn: string;
  modeBilingual: string;
  readingTime: (minutes: number) => string;
  markDone: string;
  markedDone: string;
  continueReading: string;
  progressTitle: string;
  progressPart: (done: number, total: number) => string;
  exportProgress: string;
  importProgress: string;
  resetProgress: string;
  resetConfirm: string;
  importFailed: string;
  importDone: string;
  progressNote: string;
  playHere: string;
  backToTop: string;
  allChapters: string;
  sectionVideo: string;
  chapterNavigation: string;
  /** Search: the header control, the dialog and the search page. */
  search: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** Keyboard hint in the dialog. */
  searchKeys: string;
  searchClose: string;
  /** "{n} results": {n} is replaced by the count. */
  searchCount: string;
  /** "1 result", for a count of one. */
  searchCountOne: string;
  searchNone: string;
  searchLoading: string;
  searchFailed: string;
  searchSeeAll: string;
  searchIntro: string;
  searchNeedsJs: string;
  /** "Video 12:21": {t} is replaced by the time. */
  searchVideoAt: string;
  /** Label for an excerpt quoted from the other language's page. */
  searchOtherText: string;
  searchTermCard: string;
  /** Handouts: the nav item and the page listing the PDFs. */
  handouts: string;
  handoutsIntro: string;
  handoutsPrintTip: string;
  /** The link on each chapter page to its PDF. */
  handoutPdf: string;
  booklet: string;
  bookletIntro: string;
  /** "4 pages". */
  handoutPages: (n: number) => string;
  /** Shown where a PDF's size or page count is unknown (a build run with HANDOUTS=0). */
  handoutNotBuilt: string;
  /** The handouts page of a build without PDFs (HANDOUTS=0). */
  handoutsNotBuiltNote: string;
  handoutFile: string;
  handoutPrintPage: string;
  backToChapter: string;
  /** "Scan to watch from 7:47". */
  scanToWatch: (start: string) => string;
  aboutVideo: string;
  answerKey: string;
  /** Printed under the self-check questions: where the answers are. */
  answersAtEnd: string;
  tableOfContents: string;
  readOnline: string;
  /** Graded self-check questions (<Choice>, <Numeric>, <Order>). */
  qCorrect: string;
  qIncorrect: string;
  qCheck: string;
  qChooseAll: string;
  qYourAnswer: string;
  qMoveUp: string;
  qMoveDown: string;
  /** Announced after a move; {n} and {total} are filled in by the script. */
  qMoved: string;
  qOrderHint: string;
  qRightOption: string;
  qWrongOption: string;
  qAnswerIs: string;
  qCorrectOrder: string;
  /** Under a self-check once answered: {right} and {total} filled in by the script. */
  qScore: string;
  /** On the home page next to a chapter. */
  homeScore: (right: number, total: number) => string;
  /** The flashcards page. */
  flashcards: string;
  flashcardsIntro: string;
  flashcardsLink: string;
  fcDirection: string;
  fcZhEn: string;
  fcEnZh: string;
  fcTermDef: string;
  fcPart: string;
  fcAllParts: string;
  /** {n} filled in by the script. */
  fcDue: string;
  fcShow: string;
  fcAgain: string;
  fcHard: string;
  fcGood: string;
  fcEasy: string;
  fcNothingDue: string;
  fcKeys: string;
  fcNoJs: string;
  fcDownloads: string;
  fcAnki: string;
  fcTsv: string;
  fcDecksNote: string;
  fcStateNote: string;
  fcCard: string;
  fcIntroducedIn: string;
  /** The decks' field names: the Chinese name, the English name. */
  fcFieldZh: string;
  fcFieldEn: string;
}
