/**
 * Every page, from a phone held upright (390 px) to a wide desktop (1,920 px): nothing
 * scrolls sideways, and no button or label has its text cut off. The routes are read
 * from the exported site (`out/`), so a new page is covered as soon as it is built.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const OUT = join(process.cwd(), 'out');
/** Pages that only exist to say "not found". */
const SKIPPED = /^(404|_not-found)(\/|\.html$)/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('_next') ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** "/learn/cap/" for out/learn/cap/index.html; "/examples/slides.html" as it is. */
export function routes(): string[] {
  return (
    htmlFiles(OUT)
      .map((file) => relative(OUT, file).split(sep).join('/'))
      .filter((file) => !SKIPPED.test(file))
      // A former address is a page that only moves on to its concept's new one.
      .filter((file) => !readFileSync(join(OUT, file), 'utf8').includes('http-equiv="refresh"'))
      .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
      .sort()
  );
}

/** Sandboxes are also checked with a run under way, when counters, logs and tables are full. */
function visits(): string[] {
  return routes().flatMap((route) =>
    route.startsWith('/play/') ? [route, `${route}?seed=3&t=8s`] : [route],
  );
}

const SIZES = [
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

interface Problems {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  readonly wide: string[];
  readonly cut: string[];
  readonly spilled: string[];
}

/** What overflows: the page itself, elements wider than the window, clipped controls. */
async function problems(page: Page): Promise<Problems> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ');
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      return `<${el.tagName.toLowerCase()}${cls ? ` .${cls}` : ''}> "${name.slice(0, 50)}"`;
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const innerWidth = window.innerWidth;
    // The widest elements that stick out past the right edge, innermost first.
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => visible(el) && el.getBoundingClientRect().right > innerWidth + 1)
      .filter(
        (el) => ![...el.children].some((c) => c.getBoundingClientRect().right > innerWidth + 1),
      )
      .slice(0, 8)
      .map((el) => `${describe(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
    const controls = document.querySelectorAll('button, label, summary, [role="tab"], a.button');
    const cut = [...controls]
      .filter((el) => visible(el) && !el.closest('[aria-hidden="true"], .visually-hidden'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
    // Boxes whose content spills out sideways (a box that scrolls or clips on purpose,
    // such as a table's, is fine). Inside a page's margin this does not scroll the page,
    // but it runs over the widget's border or off a phone's screen.
    const spilled = [
      ...document.body.querySelectorAll('div, section, figure, ul, ol, dl, form, fieldset, p'),
    ]
      .filter((el) => visible(el) && !el.closest('[aria-hidden="true"], .visually-hidden, svg'))
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1;
      })
      .filter(
        (el) =>
          ![...el.children].some(
            (c) => c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflowX === 'visible',
          ),
      )
      .slice(0, 8)
      .map((el) => `${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
    return {
      spilled,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      wide,
      cut,
    };
  });
}

for (const size of SIZES) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });
    for (const route of visits()) {
      test(`${route} fits without sideways scroll`, async ({ page }) => {
        await page.goto(route);
        await page.waitForLoadState('networkidle');
        // Let widgets lay out after hydration.
        await page.waitForTimeout(300);
        const found = await problems(page);
        expect(
          found.scrollWidth,
          `${route} scrolls sideways; sticking out: ${found.wide.join('; ')}`,
        ).toBeLessThanOrEqual(found.innerWidth);
        expect(found.cut, `${route}: controls with their text cut off`).toEqual([]);
        expect(found.spilled, `${route}: boxes whose content spills out sideways`).toEqual([]);
      });
    }
  });
}
