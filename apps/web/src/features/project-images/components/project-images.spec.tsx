import type { SubmissionImageDto } from '@hackboard/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { ProjectImages } from './project-images';

const image = (n: number): SubmissionImageDto => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  alt: `Screenshot ${n} of the map`,
  width: 1600,
  height: 900,
  position: n - 1,
  sources: [
    { type: 'image/avif', srcset: `/a${n}-320.avif 320w` },
    { type: 'image/webp', srcset: `/a${n}-320.webp 320w` },
    { type: 'image/jpeg', srcset: `/a${n}-320.jpg 320w` },
  ],
  src: `/a${n}-1280.jpg`,
  thumbnail: `/a${n}-320.jpg`,
});

describe('project images', () => {
  it('shows lazy responsive thumbnails that open a lightbox moved with the arrow keys', async () => {
    const submissionId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
    const { calls } = renderApp(
      [{ path: '/', element: <ProjectImages eventSlug="spring-hack" submissionId={submissionId} title="Our map" /> }],
      () => Response.json({ items: [image(1), image(2)] }),
    );
    const first = await screen.findByRole('button', { name: 'Open image 1: Screenshot 1 of the map' });
    expect(calls[0]?.url).toBe(`/api/events/spring-hack/submissions/${submissionId}/images`);
    const thumbnails = document.querySelectorAll('img');
    expect([...thumbnails].map((img) => img.getAttribute('loading'))).toEqual(['lazy', 'lazy']);
    expect(document.querySelectorAll('source[type="image/avif"]')).toHaveLength(2);

    fireEvent.click(first);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(screen.getByRole('heading', { hidden: true, name: 'Our map: image 1 of 2' })).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { hidden: true, name: 'Our map: image 2 of 2' })).toBeTruthy();
    expect(dialog.querySelector('figcaption')?.textContent).toBe('Screenshot 2 of the map');
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { hidden: true, name: 'Our map: image 2 of 2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { hidden: true, name: 'Previous image' }));
    expect(screen.getByRole('heading', { hidden: true, name: 'Our map: image 1 of 2' })).toBeTruthy();
  });
});
