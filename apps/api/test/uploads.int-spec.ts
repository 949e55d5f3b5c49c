import type { EventDto, SubmissionImageDto } from '@hackboard/contracts';
import exifr from 'exifr';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { SubmissionImageEntity } from '../src/uploads/submission-image.entity.js';
import { type TestUser, createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = '2026-05-20T10:00:00Z';
const AFTER_DEADLINE = '2026-05-22T10:00:00Z';

/** GPS of Stockholm's city hall, written into the test pictures' EXIF. */
const GPS = {
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '59/1 19/1 2700/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '18/1 3/1 5400/100',
  },
  IFD0: { Make: 'Hackboard test camera', Artist: 'Alva Andersson' },
};

async function picture(format: 'png' | 'jpeg' | 'webp', width = 1600, height = 900): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } }).withExif(GPS);
  return format === 'png' ? base.png().toBuffer() : format === 'jpeg' ? base.jpeg().toBuffer() : base.webp().toBuffer();
}

describe.each(drivers())('image uploads on %s', (driver) => {
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
    await member.agent
      .post(`/api/events/${event.id}/teams`)
      .send({ name: `Team ${randomBytes(3).toString('hex')}` })
      .expect(201);
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: `Kommun ${randomBytes(3).toString('hex')}`, kind: 'municipality', website: null });
    const challenge = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId: event.id, organizationId: organization.id, title: 'Maps' });
    const submission = await member.agent
      .post(`/api/events/${event.id}/submissions`)
      .send({ challengeId: challenge.id, title: 'Our map' })
      .expect(201);
    const path = `/api/events/${event.id}/submissions/${submission.body.id}/images`;
    return { organizer, event, member, outsider, submission: submission.body as { id: string; version: number }, path };
  }

  const upload = (user: TestUser, path: string, data: Buffer, filename: string, alt = 'A map of safe routes') =>
    user.agent.post(path).field('alt', alt).attach('file', data, { filename });

  const stored = (submissionId: string) => db().getRepository(SubmissionImageEntity).countBy({ submissionId });

  it.each(['png', 'jpeg', 'webp'] as const)(
    'accepts a real %s, re-encoded in three sizes as AVIF, WebP and JPEG with its EXIF and GPS gone',
    async (format) => {
      const { member, path } = await world();
      const original = await picture(format);
      // The upload does carry the place: its EXIF block (a TIFF, after an `Exif\0\0` mark in JPEG and WebP) says where.
      const exif = (await sharp(original).metadata()).exif!;
      const tiff = exif.toString('latin1', 0, 4) === 'Exif' ? exif.subarray(6) : exif;
      expect(await exifr.gps(tiff)).toMatchObject({ latitude: expect.closeTo(59.3242, 3) });
      const answer = await upload(member, path, original, `photo.${format === 'jpeg' ? 'jpg' : format}`).expect(201);
      const image: SubmissionImageDto = answer.body;
      expect(image).toMatchObject({ alt: 'A map of safe routes', width: 1600, height: 900, position: 0 });
      expect(image.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp', 'image/jpeg']);

      const urls = image.sources.flatMap((source) => source.srcset.split(', ').map((entry) => entry.split(' ')[0]!));
      expect(urls).toHaveLength(9);
      for (const url of urls) {
        const file = await member.agent.get(url).buffer(true).expect(200);
        expect(file.headers['cache-control']).toBe('private, max-age=31536000, immutable');
        const meta = await sharp(file.body as Buffer).metadata();
        expect(meta.exif).toBeUndefined();
        expect([320, 640, 1280]).toContain(meta.width);
        // Nothing of the camera, the person or the place is left in the bytes.
        const bytes = (file.body as Buffer).toString('latin1');
        expect(bytes).not.toContain('Alva Andersson');
        expect(bytes).not.toContain('Hackboard test camera');
        if (url.includes('.jpg')) expect(await exifr.parse(file.body as Buffer, true)).toBeUndefined();
      }
      const listed = await member.agent.get(path).expect(200);
      expect(listed.body.items).toEqual([image]);
    },
  );

  it.each([
    ['a renamed executable', Buffer.concat([Buffer.from('7f454c46020101', 'hex'), randomBytes(4000)]), 'cat.png', 415],
    [
      'an SVG with a script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'),
      'logo.svg',
      415,
    ],
  ])('refuses %s by its content, storing nothing', async (_, data, filename, status) => {
    const { member, path, submission } = await world();
    const answer = await upload(member, path, data as Buffer, filename as string).expect(status as number);
    expect(answer.body).toMatchObject({ code: 'UNSUPPORTED_TYPE', fields: { file: expect.any(String) } });
    expect(await stored(submission.id)).toBe(0);
  });

  it('refuses a decompression bomb, a truncated image, a 50 MB file and a missing alt text', async () => {
    const { member, path, submission } = await world();
    const before = readdirSync(t.config.uploadsDir, { withFileTypes: true }).length;
    const bomb = await sharp({ create: { width: 12000, height: 12000, channels: 3, background: { r: 0, g: 0, b: 0 } } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect((await upload(member, path, bomb, 'bomb.png').expect(422)).body.code).toBe('IMAGE_TOO_LARGE');

    const whole = await picture('jpeg');
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    expect((await upload(member, path, truncated, 'half.jpg').expect(422)).body.code).toBe('UNREADABLE_IMAGE');

    const huge = Buffer.concat([await picture('png', 64, 64), Buffer.alloc(50 * 1024 * 1024)]);
    await upload(member, path, huge, 'huge.png').expect(413);

    const noAlt = await upload(member, path, whole, 'photo.jpg', '   ').expect(400);
    expect(noAlt.body.fields).toEqual({ alt: expect.stringContaining('is required') });
    expect(await stored(submission.id)).toBe(0);
    expect(readdirSync(t.config.uploadsDir, { withFileTypes: true }).length).toBe(before);
  });

  it('holds a project to eight images and its team', async () => {
    const { member, outsider, organizer, path, submission } = await world();
    const small = await picture('png', 200, 100);
    for (let i = 0; i < 8; i += 1) await upload(member, path, small, `${i}.png`, `Screenshot ${i + 1}`).expect(201);
    expect((await upload(member, path, small, '9.png').expect(409)).body.code).toBe('TOO_MANY_IMAGES');
    // A small picture is never enlarged: one width only.
    const [first] = (await member.agent.get(path).expect(200)).body.items as SubmissionImageDto[];
    expect(first!.sources[0]!.srcset).toMatch(/-200\.avif 200w$/);

    // A draft's images: the team and the organizers only; to anyone else the project is not there.
    await upload(outsider, path, small, 'x.png').expect(404);
    await outsider.agent.get(path).expect(404);
    await request(t.http).get(path).expect(404);
    await request(t.http).get(first!.src).expect(404);
    await organizer.agent.get(first!.src).expect(200);
    await member.agent.delete(`${path}/${first!.id}`).expect(204);
    expect(await stored(submission.id)).toBe(7);
  });

  it('serves a submitted project to anyone after the deadline, from a second instance sharing the storage', async () => {
    const { event, member, path, submission } = await world();
    const image: SubmissionImageDto = (await upload(member, path, await picture('jpeg'), 'a.jpg').expect(201)).body;
    await member.agent
      .post(`/api/events/${(event as EventDto).id}/submissions/${submission.id}/submit`)
      .send({ version: submission.version })
      .expect(200);
    t.clock.set(AFTER_DEADLINE);
    const mine = await request(t.http).get(image.src).buffer(true).expect(200);
    expect(mine.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const database = t.config.database;
    const second = await startTestApp(
      driver,
      database.driver === 'postgres'
        ? { DATABASE_URL: database.url, UPLOADS_DIR: t.config.uploadsDir }
        : { DATA_DIR: t.config.dataDir },
    );
    try {
      second.clock.set(AFTER_DEADLINE);
      const theirs = await request(second.http).get(image.src).buffer(true).expect(200);
      expect(Buffer.compare(theirs.body as Buffer, mine.body as Buffer)).toBe(0);
      const other: SubmissionImageDto = await (async () => {
        second.clock.set(HACKING);
        const agent = request.agent(second.http);
        const login = await agent.post('/api/auth/login').send({ email: member.email, password: member.password });
        expect(login.status).toBe(200);
        return (
          await agent
            .post(path)
            .field('alt', 'Second')
            .attach('file', await picture('png', 300, 200), 'b.png')
        ).body;
      })();
      // Submitted projects stay editable until the deadline; the first instance serves what the second stored.
      expect((await member.agent.get(other.src).buffer(true).expect(200)).body.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
