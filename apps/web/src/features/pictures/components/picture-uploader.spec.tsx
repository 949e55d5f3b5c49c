import type { PictureDto } from '@hackboard/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { picturePaths } from '../api/pictures';
import { Picture } from './picture';
import { PictureUploader } from './picture-uploader';

const teamId = '6d1f0c2a-8b3e-4f5a-9c7d-2e1f0a9b8c7d';

const avatar: PictureDto = {
  id: '7e2a1b3c-4d5e-4f6a-8b9c-0d1e2f3a4b5c',
  kind: 'team-avatar',
  alt: 'Our team in front of the map',
  width: 640,
  height: 640,
  sources: [
    { type: 'image/avif', srcset: '/p-320.avif 320w, /p-640.avif 640w' },
    { type: 'image/webp', srcset: '/p-320.webp 320w, /p-640.webp 640w' },
    { type: 'image/jpeg', srcset: '/p-320.jpg 320w, /p-640.jpg 640w' },
  ],
  src: '/p-640.jpg',
  thumbnail: '/p-320.jpg',
};

describe('team pictures', () => {
  it('asks for alt text before sending, then replaces the picture shown beside the team name', async () => {
    let stored: PictureDto | null = null;
    const path = picturePaths.avatar('spring-hack', teamId);
    const { calls } = renderApp(
      [
        {
          path: '/',
          element: (
            <>
              <Picture path={path} sizes="4rem" className="team-avatar" />
              <PictureUploader kind="avatar" path={path} />
            </>
          ),
        },
      ],
      ({ method }) => {
        if (method !== 'PUT') return Response.json({ picture: stored });
        stored = avatar;
        return Response.json(avatar);
      },
    );
    const section = await screen.findByRole('region', { name: 'Team picture' });
    expect(calls[0]?.url).toBe(`/api/events/spring-hack/teams/${teamId}/avatar`);
    expect(screen.queryByRole('img')).toBeNull();

    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'us.jpg', { type: 'image/jpeg' });
    fireEvent.change(within(section).getByLabelText('Image'), { target: { files: [file] } });
    fireEvent.click(within(section).getByRole('button', { name: 'Upload team picture' }));
    expect(await within(section).findByRole('alert')).toBeTruthy();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    fireEvent.change(within(section).getByLabelText('Alt text'), { target: { value: avatar.alt } });
    fireEvent.click(within(section).getByRole('button', { name: 'Upload team picture' }));
    expect(await within(section).findByText('The team picture is uploaded.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').map((call) => call.url)).toEqual([
      `/api/events/spring-hack/teams/${teamId}/avatar`,
    ]);
    // Both the badge and the uploader's preview now show it, as a responsive picture with its alt text.
    const shown = await screen.findAllByRole('img', { name: avatar.alt });
    expect(shown).toHaveLength(2);
    expect(document.querySelectorAll('source[type="image/avif"]')).toHaveLength(2);
  });
});
