import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ICON, readCourseIcon, svgProblem } from './course-icon';

function courseWith(icon?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icon-'));
  if (icon !== undefined) fs.writeFileSync(path.join(dir, 'icon.svg'), icon);
  return dir;
}

describe('the course icon', () => {
  it('is the course’s icon.svg when it has one, else the generator’s, which spells no course', () => {
    const own = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="9"/></svg>\n';
    expect(readCourseIcon(courseWith(own))).toEqual({ svg: own.trim(), problems: [] });
    expect(readCourseIcon(courseWith())).toEqual({ svg: DEFAULT_ICON, problems: [] });
    expect(svgProblem(DEFAULT_ICON)).toBeUndefined();
    expect(DEFAULT_ICON).not.toContain('<text');
  });

  it('takes an XML declaration and comments before the root', () => {
    expect(svgProblem('\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBeUndefined();
  });

  it('refuses what is not a usable SVG, naming the file and what to fix', () => {
    const cases: [string, RegExp][] = [
      ['', /start with an <svg>/],
      ['\x89PNG garbage', /start with an <svg>/],
      ['<html><svg></svg></html>', /start with an <svg>/],
      ['<svg viewBox="0 0 1 1"></svg>', /xmlns/],
      ['<svg xmlns="http://www.w3.org/2000/svg">', /end with <\/svg>/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /<script>/],
    ];
    for (const [text, message] of cases) {
      const { svg, problems } = readCourseIcon(courseWith(text));
      expect(svg, text).toBe(DEFAULT_ICON);
      expect(problems, text).toEqual([{ level: 'error', file: 'icon.svg', message: expect.stringMatching(message) }]);
    }
  });
});
