import type { PictureDto } from '@hackboard/contracts';
import exifr from 'exifr';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { PictureEntity } from '../src/pictures/picture.entity.js';
import { type TestUser, createEvent, grantRole, makeAdmin, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = '2026-05-20T10:00:00Z';

const GPS = {
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '59/1 19/1 2700/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '18/1 3/1 5400/100',
  },
  IFD0: { Make: 'Hackboard test camera', Artist: 'Alva Andersson' },
};

function picture(format: 'png' | 'jpeg' | 'webp', width = 1000, height = 400): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).withExif(GPS);
  return format === 'png' ? base.png().toBuffer() : format === 'jpeg' ? base.jpeg().toBuffer() : base.webp().toBuffer();
}

describe.each(drivers())('banners, logos and avatars on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);

  async function world() {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const member = await registerUser(t, 'Member');
    const outsider = await registerUser(t, 'Outsider');
    for (const user of [member, outsider]) await user.agent.post(`/api/events/${event.id}/join`).expect(200);
    const team = await member.agent
      .post(`/api/events/${event.id}/teams`)
      .send({ name: `Team ${randomBytes(3).toString('hex')}` })
      .expect(201);
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: `Kommun ${randomBytes(3).toString('hex')}`, kind: 'municipality', website: null });
    const agency = await registerUser(t, 'Agency');
    await grantRole(t, event.id, agency, 'agency', organization.id);
    return {
      organizer,
      member,
      outsider,
      agency,
      banner: `/api/events/${event.id}/banner`,
      avatar: `/api/events/${event.id}/teams/${team.body.id}/avatar`,
      logo: `/api/organizations/${organization.id}/logo`,
      organizationId: organization.id,
      teamId: team.body.id as string,
      eventId: event.id,
    };
  }

  const put = (user: TestUser, path: string, data: Buffer, filename: string, alt = 'Bikes by the river') =>
    user.agent.put(path).field('alt', alt).attach('file', data, { filename });

  async function expectClean(user: TestUser, image: PictureDto) {
    const urls = image.sources.flatMap((source) => source.srcset.split(', ').map((entry) => entry.split(' ')[0]!));
    expect(image.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp', 'image/jpeg']);
    expect(urls.length).toBe(3 * new Set(urls.map((url) => url.split('-').at(-1)!.split('.')[0])).size);
    for (const url of urls) {
      // Anyone may fetch them: they stand next to public names, and are cached as content-named files.
      const file = await user.agent.get(url).buffer(true).expect(200);
      expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await sharp(file.body as Buffer).metadata()).exif).toBeUndefined();
      expect((file.body as Buffer).toString('latin1')).not.toContain('Alva Andersson');
      if (url.includes('.jpg')) expect(await exifr.parse(file.body as Buffer, true)).toBeUndefined();
    }
  }

  it('organizers upload the banner: re-encoded without EXIF, shown to anyone, replaced by the next one', async () => {
    const w = await world();
    expect((await w.outsider.agent.get(w.banner).expect(200)).body).toEqual({ picture: null });
    const first = await put(w.organizer, w.banner, await picture('jpeg'), 'banner.jpg').expect(200);
    expect(first.body).toMatchObject({ kind: 'event-banner', alt: 'Bikes by the river', width: 1000, height: 400 });
    await expectClean(w.outsider, first.body);
    const second = await put(w.organizer, w.banner, await picture('png', 2000, 500), 'b.png', 'Stadshuset').expect(200);
    expect(second.body.width).toBe(2000);
    expect((await w.outsider.agent.get(w.banner).expect(200)).body).toEqual({ picture: second.body });
    expect(await db().getRepository(PictureEntity).countBy({ kind: 'event-banner', ownerId: w.eventId })).toBe(1);
    // Participants may not change it.
    await put(w.member, w.banner, await picture('png'), 'b.png').expect(403);
  });

  it("a team's members upload its avatar; others in the event are refused", async () => {
    const w = await world();
    const answer = await put(w.member, w.avatar, await picture('webp', 512, 512), 'us.webp', 'Vårt lag').expect(200);
    expect(answer.body).toMatchObject({ kind: 'team-avatar', alt: 'Vårt lag', width: 512 });
    await expectClean(w.outsider, answer.body);
    const refused = await put(w.outsider, w.avatar, await picture('png'), 'x.png').expect(403);
    expect(refused.body.code).toBe('NOT_YOUR_TEAM');
    await put(w.organizer, w.avatar, await picture('png'), 'x.png').expect(403);
    expect((await w.outsider.agent.get(w.avatar).expect(200)).body).toEqual({ picture: answer.body });
  });

  it("the organization's agency members and admins upload its logo; other signed-in people are refused", async () => {
    const w = await world();
    const answer = await put(w.agency, w.logo, await picture('png', 300, 300), 'logo.png', 'Kommunens logotyp').expect(
      200,
    );
    expect(answer.body).toMatchObject({ kind: 'organization-logo', width: 300 });
    await expectClean(w.member, answer.body);
    await put(w.organizer, w.logo, await picture('png'), 'x.png').expect(403);
    await put(w.member, w.logo, await picture('png'), 'x.png').expect(403);
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    await put(admin, w.logo, await picture('jpeg'), 'x.jpg').expect(200);
  });

  it('refuses other types by content, damaged files and missing alt text, storing nothing', async () => {
    const w = await world();
    const elf = Buffer.concat([Buffer.from('7f454c46020101', 'hex'), randomBytes(2000)]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const jpeg = await picture('jpeg');
    for (const [user, path] of [
      [w.organizer, w.banner],
      [w.member, w.avatar],
      [w.agency, w.logo],
    ] as const) {
      expect((await put(user, path, elf, 'cat.png').expect(415)).body.code).toBe('UNSUPPORTED_TYPE');
      expect((await put(user, path, svg, 'logo.svg').expect(415)).body.code).toBe('UNSUPPORTED_TYPE');
      const cut = jpeg.subarray(0, Math.floor(jpeg.length / 2));
      expect((await put(user, path, cut, 'cut.jpg').expect(422)).body.code).toBe('UNREADABLE_IMAGE');
      await put(user, path, jpeg, 'a.jpg', '  ').expect(400);
      await user.agent.put(path).field('alt', 'Nothing attached').expect(400);
    }
    const owners = [w.eventId, w.teamId, w.organizationId].map((ownerId) => ({ ownerId }));
    expect(await db().getRepository(PictureEntity).countBy(owners)).toBe(0);
  });

  it('a team of another event and an unknown organization are not found', async () => {
    const w = await world();
    const other = await createEvent(t, w.organizer);
    await w.outsider.agent.get(`/api/events/${other.id}/teams/${w.teamId}/avatar`).expect(404);
    await w.outsider.agent.get(`/api/organizations/00000000-0000-4000-8000-000000000000/logo`).expect(404);
    await w.outsider.agent
      .get(`/api/pictures/00000000-0000-4000-8000-000000000000/file?name=${'a'.repeat(32)}-320.jpg`)
      .expect(404);
  });
});
