import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { promoteToAdmin } from '../support/accounts.mjs';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import {
  assertAccessible,
  assertFitsWidth,
  assertOwnTitle,
  memberSubscription,
  settled,
  stockholmInputValue,
} from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

const PASSWORD = 'correct horse battery staple';
const HOUR = 3_600_000;

describe('an event from invitation to published results', () => {
  let platform;
  let browser;
  const slug = 'winter-data-hack';
  const eventName = 'Winter Data Hack';
  const organizer = { name: 'Olof Organizer', email: 'olof@example.se' };
  const agency = { name: 'Nora Norrtälje', email: 'nora@norrtalje.example.se' };
  const alice = { name: 'Alice Andersson', email: 'alice@example.se' };
  const bosse = { name: 'Bosse Berg', email: 'bosse@example.se' };
  const juror = { name: 'Jenny Jurist', email: 'jenny@example.se' };
  const challengeTitle = 'Cleaner beaches';
  const datasetTitle = 'Beach water quality';
  const titles = new Map();

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_PARTICIPANT_PORT ?? 3102) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function newPage(locale) {
    const context = await browser.newContext({ locale });
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.url });
    return context.newPage();
  }

  async function register(page, person, labels) {
    await page.getByLabel(labels.name, { exact: true }).fill(person.name);
    await page.getByLabel(labels.email).fill(person.email);
    await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: labels.submit }).click();
  }
  const english = { name: 'Name', email: 'Email address', password: 'Password', submit: 'Create account' };
  const swedish = { name: 'Namn', email: 'E-postadress', password: 'Lösenord', submit: 'Skapa konto' };

  /**
   * Checks a page once it has settled: one h1, a title no other page has (`key` names the page
   * when it is visited in several states), no axe violations.
   */
  async function visited(page, where, key = where) {
    await settled(page);
    await assertOwnTitle(page, key, titles);
    await assertAccessible(page, where);
  }

  it('takes a challenge owner, a team of two and a juror from their links to a published winner', async (t) => {
    const org = await newPage('en-GB');
    const consoleUrl = `${platform.url}/events/${slug}/organize`;
    const consoleTab = (name) =>
      org.getByRole('navigation', { name: 'Organizer console' }).getByRole('link', { name, exact: true });

    await t.test(
      'an organizer opens a public event for registration and hacking, with a deadline hours ahead',
      async () => {
        await org.goto(`${platform.url}/register`);
        await register(org, organizer, english);
        await org.getByRole('heading', { level: 1, name: 'My events' }).waitFor();
        promoteToAdmin(platform, organizer.email);
        await org.goto(`${platform.url}/events/new`);
        await org.getByLabel('Name', { exact: true }).fill(eventName);
        await org.getByRole('button', { name: 'Create event' }).click();
        await org.waitForURL(consoleUrl);
        await org.getByLabel('Public', { exact: true }).check();
        await org.getByRole('button', { name: 'Save settings' }).click();
        await org.getByRole('status').getByText('The settings have been saved.').waitFor();

        await consoleTab('Phase').click();
        for (const phase of ['Registration open', 'Hacking']) {
          await org.getByRole('button', { name: 'Move to next phase' }).click();
          await org
            .getByRole('dialog')
            .getByRole('button', { name: `Move to “${phase}”` })
            .click();
          await org.getByRole('status').getByText(`The event is now in the phase “${phase}”.`).waitFor();
        }

        await consoleTab('Settings').click();
        await org.getByLabel('Submission deadline').fill(stockholmInputValue(Date.now() + 3 * HOUR));
        await org.getByLabel('Require a challenge owner’s data set').check();
        await org.getByRole('button', { name: 'Save settings' }).click();
        await org.getByRole('status').getByText('The settings have been saved.').waitFor();
      },
    );

    let invitationLink;
    await t.test(
      'invites a challenge owner, registering their organization in place, and copies the link',
      async () => {
        await consoleTab('Invitations').click();
        await org.getByRole('heading', { level: 2, name: 'Invitations' }).waitFor();
        await visited(org, 'console invitations');
        await org.getByLabel('Email address').fill(agency.email);
        assert.equal(await org.getByLabel('Challenge owner').isChecked(), true);

        // Inviting without an organization is refused next to the field.
        await org.getByRole('button', { name: 'Create invitation' }).click();
        await org
          .getByRole('alert')
          .getByRole('link', { name: /^Organization:/ })
          .waitFor();

        await org.getByRole('button', { name: 'Register a new organization' }).click();
        await org.getByLabel('Name of the organization').fill('Norrtälje kommun');
        await org.getByLabel('Kind').selectOption('municipality');
        await org.getByLabel('Website').fill('https://www.norrtalje.se');
        await assertAccessible(org, 'invitations with a new organization');
        await org.getByRole('button', { name: 'Register organization' }).click();
        await org.getByRole('status').getByText('Norrtälje kommun has been registered and chosen.').waitFor();
        assert.match(await org.locator('#invitation-organizationId option:checked').innerText(), /^Norrtälje kommun/);

        await org.getByRole('button', { name: 'Create invitation' }).click();
        const created = org.getByRole('heading', { name: `Invitation for ${agency.email}` });
        await created.waitFor();
        invitationLink = await org.getByLabel('Invitation link').inputValue();
        assert.match(invitationLink, new RegExp(`^${platform.url}/invitations/[\\w-]+$`));
        await org.getByRole('button', { name: 'Copy link' }).click();
        await org.getByRole('status').getByText('The invitation link has been copied.').waitFor();
        assert.equal(await org.evaluate(() => globalThis.navigator.clipboard.readText()), invitationLink);
        await org.getByRole('cell', { name: 'Waiting' }).waitFor();
        await assertAccessible(org, 'console invitations with the new link');
        await screenshot(org, 'organizer-invitation-en-GB');
      },
    );

    const agencyPage = await newPage('sv-SE');
    await t.test(
      'the challenge owner registers from the link in Swedish, accepts and posts a challenge with a data set',
      async () => {
        await agencyPage.goto(invitationLink);
        await agencyPage.getByRole('heading', { level: 1, name: `Du är inbjuden till ${eventName}` }).waitFor();
        await agencyPage
          .getByText('Arrangörerna bjuder in dig att delta som Utmaningsägare för Norrtälje kommun.')
          .waitFor();
        await visited(agencyPage, 'invitation (visitor, sv)');
        await agencyPage.getByRole('link', { name: 'Skapa ett konto' }).click();
        await agencyPage.getByRole('heading', { level: 1, name: 'Skapa ett konto' }).waitFor();
        await register(agencyPage, agency, swedish);

        await agencyPage.waitForURL(invitationLink);
        await agencyPage.getByText(`Du är inloggad som ${agency.name} (${agency.email}).`).waitFor();
        await agencyPage.getByRole('button', { name: 'Tacka ja' }).click();
        await agencyPage.getByRole('heading', { name: 'Välkommen!' }).waitFor();
        await assertAccessible(agencyPage, 'invitation accepted (sv)');
        await agencyPage.getByRole('link', { name: 'Gå till våra utmaningar' }).click();

        await agencyPage.getByRole('heading', { level: 1, name: 'Våra utmaningar' }).waitFor();
        await agencyPage.getByText('Ni har inte publicerat någon utmaning än.').waitFor();
        await visited(agencyPage, 'our challenges (sv)', 'our challenges');
        await agencyPage.getByRole('link', { name: 'Ny utmaning' }).click();
        await agencyPage.getByRole('heading', { level: 1, name: 'Ny utmaning' }).waitFor();
        await visited(agencyPage, 'new challenge (sv)');

        await agencyPage.locator('#challenge-title').fill(challengeTitle);
        await agencyPage
          .locator('#challenge-description')
          .fill('Help Norrtälje keep its **beaches** clean.\n\n- Predict algal bloom\n- Tell swimmers in time');
        await agencyPage
          .getByRole('region', { name: 'Förhandsvisning av beskrivningen' })
          .locator('strong', { hasText: 'beaches' })
          .waitFor();
        await agencyPage.locator('#challenge-prizes').fill('SEK 10,000 and a summer pilot.');
        await agencyPage.locator('#challenge-contactName').fill(agency.name);
        await agencyPage.locator('#challenge-contactEmail').fill(agency.email);
        await agencyPage.locator('#challenge-datasets-0-title').fill(datasetTitle);
        await agencyPage.locator('#challenge-datasets-0-url').fill('https://www.norrtalje.se/oppna-data/badvatten');
        await agencyPage.locator('#challenge-datasets-0-format').fill('CSV');
        await agencyPage.locator('#challenge-datasets-0-licence').fill('CC0 1.0');

        // A second row, moved up and then removed with the keyboard's focus kept in the list.
        await agencyPage.getByRole('button', { name: 'Lägg till en datamängd' }).click();
        assert.equal(
          await agencyPage.evaluate(() => globalThis.document.activeElement?.id),
          'challenge-datasets-1-title',
        );
        await agencyPage.locator('#challenge-datasets-1-title').fill('Temporary');
        await agencyPage.getByRole('button', { name: 'Flytta upp (Datamängd 2: Temporary)' }).click();
        await agencyPage.getByRole('status').getByText('Datamängd 2: Temporary flyttades till plats 1.').waitFor();
        assert.equal(await agencyPage.locator('#challenge-datasets-0-title').inputValue(), 'Temporary');
        await assertAccessible(agencyPage, 'challenge editor with two data sets (sv)');
        await agencyPage.getByRole('button', { name: 'Ta bort (Datamängd 1: Temporary)' }).click();
        assert.equal(await agencyPage.locator('#challenge-datasets-0-title').inputValue(), datasetTitle);
        await screenshot(agencyPage, 'agency-challenge-editor-sv-SE');

        await agencyPage.getByRole('button', { name: 'Publicera utmaningen' }).click();
        await agencyPage.getByRole('heading', { level: 1, name: 'Våra utmaningar' }).waitFor();
        await agencyPage.getByText(`Utmaningen ”${challengeTitle}” har publicerats.`).waitFor();
        await agencyPage.getByRole('rowheader', { name: challengeTitle }).waitFor();
        await assertAccessible(agencyPage, 'our challenges with one (sv)');
      },
    );

    const alicePage = await newPage('en-GB');
    let joinLink;
    await t.test(
      'a participant registers from the event page, joins, starts a team and copies its invite link',
      async () => {
        await alicePage.goto(`${platform.url}/events/${slug}`);
        await alicePage.getByRole('heading', { level: 1, name: eventName }).waitFor();
        await alicePage.getByRole('heading', { level: 2, name: 'Challenges' }).waitFor();
        const card = alicePage.getByRole('listitem').filter({ hasText: challengeTitle });
        await card.getByText('Norrtälje kommun').waitFor();
        await card.getByText('Municipality').waitFor();
        await card.getByText('1 open data set').waitFor();
        await alicePage.getByRole('region', { name: '1 data set' }).getByText('CC0 1.0').waitFor();
        await visited(alicePage, 'event page (visitor)', 'event');
        await screenshot(alicePage, 'event-challenges-en-GB');

        await card.getByRole('link', { name: challengeTitle }).click();
        await alicePage.getByRole('heading', { level: 1, name: challengeTitle }).waitFor();
        // The data set's own link (the page also links to what was built on it).
        const dataset = alicePage.locator('.dataset-title').getByRole('link', { name: new RegExp(`^${datasetTitle}`) });
        assert.equal(await dataset.getAttribute('rel'), 'noopener noreferrer');
        assert.equal(await dataset.getAttribute('href'), 'https://www.norrtalje.se/oppna-data/badvatten');
        await alicePage.locator('.prose strong', { hasText: 'beaches' }).waitFor();
        await visited(alicePage, 'challenge page');

        await alicePage.getByRole('link', { name: eventName }).first().click();
        await alicePage
          .getByRole('region', { name: 'Take part' })
          .getByRole('link', { name: 'create an account' })
          .click();
        await register(alicePage, alice, english);
        await alicePage.waitForURL(`${platform.url}/events/${slug}`);
        await alicePage.getByRole('button', { name: 'Join as participant' }).click();
        await alicePage.getByRole('link', { name: 'Find or start a team' }).click();

        await alicePage.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
        await alicePage.getByText(/^\d+ hours?( and \d+ minutes?)? left to submit$/).waitFor();
        await visited(alicePage, 'my team (no team yet)', 'team');
        await alicePage.getByLabel('Team name').fill('Data Divers');
        await alicePage.getByRole('button', { name: 'Create team' }).click();
        await alicePage
          .getByRole('status')
          .getByText('You have created the team Data Divers. Invite your teammates with the link below.')
          .waitFor();
        await alicePage.waitForFunction(() => globalThis.document.activeElement?.id === 'team-heading');
        await alicePage
          .getByRole('listitem')
          .filter({ hasText: `${alice.name} (you)` })
          .getByText('Captain')
          .waitFor();
        joinLink = await alicePage.getByLabel('Invite link').inputValue();
        assert.match(joinLink, new RegExp(`^${platform.url}/events/${slug}/join/[2-9A-Z]{12}$`));
        await alicePage.getByRole('button', { name: 'Copy invite link' }).click();
        await alicePage.getByRole('status').getByText('The invite link has been copied.').waitFor();
        assert.equal(await alicePage.evaluate(() => globalThis.navigator.clipboard.readText()), joinLink);
        await assertAccessible(alicePage, 'my team (captain)');
      },
    );

    const bossePage = await newPage('sv-SE');
    await t.test('a second participant follows the invite link in Swedish, registers, and joins the team', async () => {
      await bossePage.goto(joinLink);
      await bossePage.getByRole('heading', { level: 1, name: 'Gå med i ett team' }).waitFor();
      await bossePage.getByRole('heading', { level: 2, name: 'Du är inbjuden till ett team' }).waitFor();
      await visited(bossePage, 'join link (visitor, sv)');
      await bossePage.getByRole('link', { name: 'Skapa ett konto' }).click();
      await register(bossePage, bosse, swedish);

      await bossePage.waitForURL(joinLink);
      await bossePage.getByRole('button', { name: 'Gå med som deltagare' }).click();
      const code = bossePage.getByLabel('Inbjudningskod');
      await code.waitFor();
      assert.equal((await code.inputValue()).replace(/-/g, ''), joinLink.split('/').pop());
      await assertAccessible(bossePage, 'join link with the code filled in (sv)');
      await bossePage.getByRole('button', { name: 'Gå med i teamet' }).click();

      await bossePage.waitForURL(`${platform.url}/events/${slug}/team`);
      await bossePage.getByRole('status').getByText('Du har gått med i teamet Data Divers.').waitFor();
      await bossePage
        .getByRole('listitem')
        .filter({ hasText: `${bosse.name} (du)` })
        .waitFor();
      await bossePage.getByText('2 av 5 medlemmar').waitFor();
      await visited(bossePage, 'my team (member, sv)', 'team');

      await alicePage.reload();
      await alicePage.getByRole('listitem').filter({ hasText: bosse.name }).waitFor();
    });

    let editorUrl;
    await t.test('the captain starts a submission, and a teammate opens it too', async () => {
      await alicePage
        .getByLabel('Challenge', { exact: true })
        .selectOption({ label: `${challengeTitle} (Norrtälje kommun)` });
      await alicePage.getByLabel('Project title').fill('Badkollen');
      await alicePage.getByRole('button', { name: 'Start submission' }).click();
      await alicePage.getByRole('heading', { level: 1, name: 'Badkollen' }).waitFor();
      editorUrl = alicePage.url();
      await alicePage.getByText('Your submission has been started as a draft.').waitFor();
      await visited(alicePage, 'submission editor', 'editor');

      await bossePage.reload();
      await bossePage.getByRole('link', { name: 'Badkollen' }).click();
      await bossePage.getByRole('heading', { level: 1, name: 'Badkollen' }).waitFor();
      // Bosse starts typing before Alice saves.
      await bossePage.getByLabel('Titel', { exact: true }).fill('Badkollen (Bosses version)');
      await bossePage.getByText('Inte sparat än: Titel.').waitFor();
    });

    await t.test(
      'the captain writes the project with a live preview, using the catalogue data set, and saves',
      async () => {
        await alicePage.getByLabel('Summary').fill('Tells swimmers which beaches are clean today.');
        await alicePage
          .getByLabel(/^Description/)
          .fill('Badkollen reads the **water quality** samples every morning.\n\n1. Fetch\n2. Predict\n3. Warn');
        await alicePage
          .getByRole('region', { name: 'Preview of the description' })
          .locator('strong', { hasText: 'water quality' })
          .waitFor();
        await alicePage.getByLabel('Source code').fill('https://example.org/data-divers/badkollen');
        await alicePage.getByRole('checkbox', { name: datasetTitle }).check();

        const preview = alicePage.locator('.project-preview');
        await preview.getByRole('heading', { level: 3, name: 'Badkollen' }).waitFor();
        await preview.getByText('Tells swimmers which beaches are clean today.').waitFor();
        await preview.locator('strong', { hasText: 'water quality' }).waitFor();
        await preview.getByRole('link', { name: /^Source code/ }).waitFor();
        await preview.getByText('From the catalogue').waitFor();
        await assertAccessible(alicePage, 'submission editor with a preview');
        await screenshot(alicePage, 'submission-editor-en-GB');

        await alicePage.getByRole('button', { name: 'Save draft' }).click();
        await alicePage.getByRole('status').getByText('Saved. This is version 2.').waitFor();
        await alicePage.getByText('Everything is saved.').waitFor();
      },
    );

    await t.test('the teammate’s save on the older version is refused and they are offered the newer one', async () => {
      await bossePage.getByRole('button', { name: 'Spara utkast' }).click();
      const conflict = bossePage.getByRole('alert').filter({ hasText: 'Någon annan sparade först' });
      await conflict.waitFor();
      await conflict.getByText(`${alice.name} sparade version 2`).waitFor();
      await conflict.getByText('Du ändrade: Titel.').waitFor();
      assert.equal(await bossePage.getByRole('button', { name: 'Spara utkast' }).isDisabled(), true);
      assert.equal(await bossePage.getByLabel('Titel', { exact: true }).inputValue(), 'Badkollen (Bosses version)');
      await assertAccessible(bossePage, 'submission editor with a conflict (sv)');
      await screenshot(bossePage, 'submission-conflict-sv-SE');

      await conflict.getByRole('button', { name: 'Hämta version 2' }).click();
      await bossePage.getByRole('status').getByText('Formuläret visar nu version 2.').waitFor();
      assert.equal(await bossePage.getByLabel('Titel', { exact: true }).inputValue(), 'Badkollen');
      assert.equal(
        await bossePage.getByLabel('Sammanfattning').inputValue(),
        'Tells swimmers which beaches are clean today.',
      );
      assert.equal(await bossePage.getByRole('alert').count(), 0);
    });

    await t.test('the captain submits, and the revision history shows each submitted version', async () => {
      await alicePage.getByRole('button', { name: 'Submit project' }).click();
      await alicePage
        .getByRole('status')
        .getByText('Your project has been submitted. You can still change it until the deadline.')
        .waitFor();
      await alicePage.getByText('Submitted', { exact: true }).first().waitFor();
      const history = alicePage.getByRole('region', { name: 'Revision history' });
      await history.getByText('Version 3').waitFor();
      await history.getByText('Submitted.').waitFor();
      // Her draft save came within minutes of starting it, so it folded into the first revision.
      await history.getByText('Version 2').waitFor();
      await history.getByText('Started as “Badkollen”.').waitFor();
      assert.equal(await history.getByText(/^Changed:/).count(), 0);
      await assertAccessible(alicePage, 'submitted project');
    });

    await t.test('an announcement reaches the participant’s open event page without a reload', async () => {
      const subscribed = memberSubscription(alicePage);
      await alicePage.goto(`${platform.url}/events/${slug}`);
      await alicePage.getByRole('heading', { level: 2, name: 'Announcements' }).waitFor();
      await alicePage.getByText('No announcements yet.', { exact: false }).waitFor();
      await subscribed;
      await visited(alicePage, 'event page (participant)', 'event');

      await org.goto(`${consoleUrl}/announcements`);
      await org.getByRole('heading', { level: 2, name: 'Announcements' }).waitFor();
      await visited(org, 'console announcements');
      await org
        .getByLabel('Announcement', { exact: true })
        .fill('Lunch is served in the atrium.\nPresentations start at 15:00.');
      await org.getByRole('button', { name: 'Post announcement' }).click();
      await org
        .getByRole('status')
        .getByText('The announcement has been posted to every member of the event.')
        .waitFor();

      const list = alicePage.locator('.announcement-list');
      await list.getByText('Lunch is served in the atrium.', { exact: false }).waitFor();
      await list.getByText('New', { exact: true }).waitFor();
      const live = alicePage.locator('[aria-live="polite"]');
      assert.equal(await live.count(), 1);
      assert.match(await live.textContent(), /^New announcement, .+: Lunch is served in the atrium\./);
      await assertAccessible(alicePage, 'event page with a live announcement');
      await screenshot(alicePage, 'event-announcement-en-GB');
    });

    await t.test('the organizer sees the teams and submissions in the console', async () => {
      await consoleTab('Teams').click();
      await org.getByRole('rowheader', { name: 'Data Divers' }).waitFor();
      await org.getByRole('cell', { name: new RegExp(`${alice.name}.*Captain.*${bosse.name}`) }).waitFor();
      await visited(org, 'console teams');
      await consoleTab('Submissions').click();
      await org.getByRole('rowheader', { name: /^Badkollen/ }).waitFor();
      await org.getByLabel('Status').selectOption('draft');
      await org.getByText('No submission matches the filters.').waitFor();
      await org.getByLabel('Status').selectOption('submitted');
      await org.getByRole('rowheader', { name: /^Badkollen/ }).waitFor();
      await visited(org, 'console submissions');
      await consoleTab('Challenges').click();
      await org.getByRole('rowheader', { name: challengeTitle }).waitFor();
      await visited(org, 'console challenges');
    });

    await t.test('the challenge owner sees the submission to their challenge', async () => {
      await agencyPage.reload();
      await agencyPage.getByRole('heading', { level: 2, name: 'Bidrag till våra utmaningar' }).waitFor();
      await agencyPage.getByRole('rowheader', { name: /^Badkollen/ }).waitFor();
      await agencyPage.getByRole('cell', { name: 'Data Divers' }).waitFor();
      await agencyPage.getByRole('cell', { name: 'Inlämnat' }).waitFor();
      await assertAccessible(agencyPage, 'our challenges with a submission (sv)');
      await screenshot(agencyPage, 'agency-submissions-sv-SE');
    });

    await t.test('at the deadline the submission locks and the project appears in the public gallery', async () => {
      await consoleTab('Phase').click();
      await org.getByRole('button', { name: 'Move to next phase' }).click();
      await org.getByRole('dialog').getByRole('button', { name: 'Move to “Judging”' }).click();
      await org.getByRole('status').getByText('The event is now in the phase “Judging”.').waitFor();

      await alicePage.goto(editorUrl);
      await alicePage.getByRole('heading', { level: 2, name: 'Submissions are locked' }).waitFor();
      await alicePage.getByText('This is the submitted version the jury sees.').waitFor();
      assert.equal(await alicePage.getByRole('button', { name: 'Save changes' }).count(), 0);
      await alicePage
        .getByRole('region', { name: 'Badkollen' })
        .locator('strong', { hasText: 'water quality' })
        .waitFor();
      await visited(alicePage, 'locked submission', 'editor');
      await screenshot(alicePage, 'submission-locked-en-GB');

      const visitor = await newPage('en-GB');
      await visitor.goto(`${platform.url}/events/${slug}`);
      await visitor.getByRole('link', { name: 'Open the project gallery' }).click();
      await visitor.getByRole('heading', { level: 1, name: 'Project gallery' }).waitFor();
      await visitor.getByText('1 project', { exact: true }).waitFor();
      const project = visitor.getByRole('article', { name: 'Badkollen' });
      await project.getByText('By Data Divers').waitFor();
      await project.getByText('Description, images and data sets').click();
      await project.locator('strong', { hasText: 'water quality' }).waitFor();
      await project.getByRole('link', { name: new RegExp(`^${datasetTitle}`) }).waitFor();
      await visited(visitor, 'gallery');
      await screenshot(visitor, 'gallery-en-GB');
      await visitor.context().close();
    });

    const jurorPage = await newPage('sv-SE');
    await t.test('the organizer invites a juror, who registers in Swedish and opens an empty queue', async () => {
      await consoleTab('Invitations').click();
      await org.getByRole('heading', { level: 2, name: 'Invitations' }).waitFor();
      await settled(org);
      await org.getByLabel('Email address').fill(juror.email);
      await org.getByLabel('Jury member').check();
      await org.getByRole('button', { name: 'Create invitation' }).click();
      await org.getByRole('heading', { name: `Invitation for ${juror.email}` }).waitFor();
      const link = await org.getByLabel('Invitation link').inputValue();

      await jurorPage.goto(link);
      await jurorPage.getByRole('link', { name: 'Skapa ett konto' }).click();
      await register(jurorPage, juror, swedish);
      await jurorPage.waitForURL(link);
      await jurorPage.getByRole('button', { name: 'Tacka ja' }).click();
      await jurorPage.getByRole('link', { name: 'Öppna ditt juryarbete' }).click();
      await jurorPage.getByRole('heading', { level: 1, name: 'Ditt juryarbete' }).waitFor();
      await visited(jurorPage, 'jury queue without assignments (sv)', 'jury queue');
    });

    await t.test('the organizer sets a weighted rubric, creates the heat and puts the juror on its panel', async () => {
      await consoleTab('Criteria').click();
      await org.getByText('The event’s rubric has no criteria yet. Add the first one below.').waitFor();
      await visited(org, 'console criteria');
      for (const [name, weight] of [
        ['Impact', '2'],
        ['Use of open data', '1'],
      ]) {
        await org.getByLabel('Name', { exact: true }).fill(name);
        await org.getByLabel('Weight', { exact: true }).fill(weight);
        await org.getByRole('button', { name: 'Add criterion' }).click();
        await org.getByText(`“${name}” has been added.`).waitFor();
      }
      await org.getByRole('rowheader', { name: /^Use of open data/ }).waitFor();

      await consoleTab('Rounds').click();
      await org.getByRole('button', { name: 'Create heats' }).click();
      await org.getByText(`1 heat was created: ${challengeTitle}.`).waitFor();
      await org.getByLabel('Round', { exact: true }).selectOption({ label: challengeTitle });
      await org
        .getByRole('group', { name: `Jurors of ${challengeTitle}` })
        .getByLabel(juror.name)
        .check();
      await org.getByRole('button', { name: 'Save panel' }).click();
      await org.getByText(`The panel of “${challengeTitle}” has 1 juror.`).waitFor();
      await visited(org, 'console rounds');
    });

    await t.test('auto-assigns from a preview, and makes the leaderboard live for everyone', async () => {
      await org.getByRole('link', { name: 'Assign jurors' }).click();
      await org.getByRole('heading', { level: 2, name: 'Jury assignment' }).waitFor();
      await settled(org);
      await org.getByRole('spinbutton', { name: 'Reviews per submission' }).fill('1');
      await org.getByRole('button', { name: 'Preview the plan' }).click();
      const plan = org.getByRole('region', { name: 'Proposed plan' });
      await plan.getByText(/^The plan adds 1 assignment so that every entry gets 1 review/).waitFor();
      await visited(org, 'console assignment preview', 'console assignments');
      await screenshot(org, 'organizer-assignment-preview-en-GB');
      await plan.getByRole('button', { name: 'Apply the plan (1 assignment)' }).click();
      await org.getByText('The plan was applied: 1 assignment was added.').waitFor();

      await consoleTab('Results').click();
      await org.getByRole('group', { name: 'Leaderboard' }).getByLabel('Live for everyone').check();
      await org.getByRole('button', { name: 'Save visibility' }).click();
      await org.getByText('The leaderboard is now: Live for everyone.').waitFor();
      await visited(org, 'console results');
    });

    const watcher = await newPage('en-GB');
    await t.test('a visitor opens the leaderboard, with the project not scored yet', async () => {
      await watcher.goto(`${platform.url}/events/${slug}/results`);
      const table = watcher.getByRole('table', { name: 'Overall leaderboard' });
      await table
        .getByRole('row', { name: /Badkollen/ })
        .getByText('No score yet')
        .waitFor();
      await visited(watcher, 'results (live, not scored)', 'results');
      // Marks this page load: a reload would lose it.
      await watcher.evaluate(() => {
        globalThis.hackboardPageLoad = 'before the score';
      });
    });

    await t.test('the juror scores the project from the keyboard alone', async () => {
      await jurorPage.reload();
      const round = jurorPage.getByRole('region', { name: challengeTitle, exact: true });
      await round.getByText('0 av 1 bedömda').waitFor();
      await round.getByRole('link', { name: 'Badkollen' }).focus();
      await jurorPage.keyboard.press('Enter');
      await jurorPage.getByRole('heading', { level: 1, name: 'Badkollen' }).waitFor();
      await visited(jurorPage, 'scoring form (sv)');
      const focusedCriterion = () =>
        jurorPage.evaluate(
          () => globalThis.document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
        );
      for (let tabs = 0; (await focusedCriterion()) !== 'Impact'; tabs++) {
        assert.ok(tabs < 20, 'Tab never reached the first criterion');
        await jurorPage.keyboard.press('Tab');
      }
      await jurorPage.keyboard.press('8');
      await jurorPage.keyboard.press('Tab');
      assert.equal(await focusedCriterion(), 'Use of open data');
      await jurorPage.keyboard.press('6');
      await jurorPage.keyboard.press('Tab');
      await jurorPage.keyboard.type('Useful every summer morning.');
      await screenshot(jurorPage, 'jury-scoring-sv-SE');
      await jurorPage.keyboard.press('Control+Enter');
      await jurorPage.getByText(`Alla projekt som du har tilldelats i ”${challengeTitle}” är bedömda. Tack!`).waitFor();
      await jurorPage.getByRole('region', { name: challengeTitle, exact: true }).getByText('1 av 1 bedömda').waitFor();
    });

    await t.test('the open leaderboard shows the weighted score without a reload', async () => {
      const row = watcher.getByRole('table', { name: 'Overall leaderboard' }).getByRole('row', { name: /Badkollen/ });
      // (2 × 8 + 1 × 6) / 3
      await row.getByText('7.33').waitFor();
      assert.equal(await watcher.evaluate(() => globalThis.hackboardPageLoad), 'before the score');
      await assertAccessible(watcher, 'results after a live update');
      await screenshot(watcher, 'results-live-en-GB');
    });

    await t.test('the organizer closes judging and publishes; the public results show the winner', async () => {
      await consoleTab('Phase').click();
      await org.getByRole('button', { name: 'Move to next phase' }).click();
      await org.getByRole('dialog').getByRole('button', { name: 'Move to “Judging closed”' }).click();
      await org.getByRole('status').getByText('The event is now in the phase “Judging closed”.').waitFor();

      await consoleTab('Results').click();
      await org.getByRole('button', { name: 'Publish the results' }).click();
      const confirm = org.getByRole('dialog', { name: `Publish the results of ${eventName}?` });
      await confirm.getByText('Publishing is permanent', { exact: false }).waitFor();
      await assertAccessible(org, 'publish confirmation');
      await confirm.getByRole('button', { name: 'Publish permanently' }).click();
      await org.getByText('The results are published.').waitFor();

      const visitor = await newPage('sv-SE');
      await visitor.goto(`${platform.url}/events/${slug}/results`);
      const winners = visitor.getByRole('region', { name: 'Vinnare' });
      await winners.getByText('Badkollen').waitFor();
      await winners.getByText('Data Divers').waitFor();
      await visited(visitor, 'published results (sv)', 'results');
      await screenshot(visitor, 'results-published-sv-SE');
      await visitor.context().close();
    });

    await t.test('the participant pages work on a phone-sized screen', async () => {
      await bossePage.setViewportSize({ width: 375, height: 812 });
      for (const [path, heading] of [
        [`/events/${slug}/team`, 'Mitt team'],
        [editorUrl.replace(platform.url, ''), 'Badkollen'],
        [`/events/${slug}`, eventName],
        [`/events/${slug}/gallery`, 'Projektgalleri'],
      ]) {
        await bossePage.goto(`${platform.url}${path}`);
        await bossePage.getByRole('heading', { level: 1, name: heading }).waitFor();
        await settled(bossePage);
        await assertFitsWidth(bossePage, `${path} at 375 px`);
        await assertAccessible(bossePage, `${path} at 375 px (sv)`);
      }
      await bossePage.goto(`${platform.url}/events/${slug}/team`);
      await bossePage.getByRole('heading', { level: 2, name: 'Data Divers', exact: true }).waitFor();
      await screenshot(bossePage, 'team-375-sv-SE');
    });

    for (const page of [org, agencyPage, alicePage, bossePage, jurorPage, watcher]) await page.context().close();
  });
});
