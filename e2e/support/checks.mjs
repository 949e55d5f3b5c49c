import assert from 'node:assert/strict';
import { accessibilityViolations } from './browser.mjs';

/**
 * Fails with the page and the violations when axe finds anything. Finite animations (rows moving,
 * places being revealed) end first: axe would measure a fading text's contrast halfway.
 */
export async function assertAccessible(page, where, options = {}) {
  await page.evaluate(() =>
    Promise.all(
      globalThis.document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  assert.deepEqual(await accessibilityViolations(page, options), [], `accessibility violations on ${where}`);
}

/** The page is as wide as the screen: nothing needs sideways scrolling. */
export async function assertFitsWidth(page, where = page.url()) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: globalThis.document.documentElement.scrollWidth,
    client: globalThis.document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${where} is ${scroll}px wide on a ${client}px screen`);
}

/** Waits until no loading message is left on the page (in either language). */
export async function settled(page) {
  await page.locator('[role="status"]:text-matches("^(Loading|Laddar)…$")').first().waitFor({ state: 'detached' });
}

/** Every page has exactly one h1, and a title of its own (`titles` maps title → where it was seen). */
export async function assertOwnTitle(page, where, titles) {
  const h1 = await page.locator('h1').count();
  assert.equal(h1, 1, `${where} has ${h1} h1 elements`);
  const title = await page.title();
  const seen = titles.get(title);
  assert.ok(seen === undefined || seen === where, `"${title}" is the title of both ${seen} and ${where}`);
  titles.set(title, where);
}

/** A wall-clock time in Stockholm as a datetime-local input takes it. */
export function stockholmInputValue(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Resolves once the page's socket has joined the event's rooms as a member: after that, a
 * message pushed to the event reaches the page. Call before the page opens.
 */
export function memberSubscription(page) {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload === 'string' && payload.includes('"member":true')) resolve();
      });
    });
  });
}
