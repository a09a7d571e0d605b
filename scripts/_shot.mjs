import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
const [,, url, out, action] = process.argv;
const b = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const p = await b.newPage({ viewport: { width: Number(process.env.W || 900), height: 900 }, colorScheme: process.env.DARK ? 'dark' : 'light' });
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
if (process.env.PRINT) await p.emulateMedia({ media: 'print' });
await p.goto(url);
const w = p.locator('[data-widget=sampling]').nth(Number(process.env.NTH || 0));
if (action) { await eval(action); }
await w.screenshot({ path: out });
await b.close();
