import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { CheckInQr, checkInUrl } from './check-in-qr';

describe('CheckInQr', () => {
  it('links to the learner check-in page with the code filled in', () => {
    expect(checkInUrl('123456', 'https://bridge.example')).toBe(
      'https://bridge.example/my/training?checkin=123456',
    );
  });

  it('draws the code as a QR image with a text alternative', async () => {
    renderWithProviders(<CheckInQr code="654321" />);
    const image = await screen.findByRole('img', {
      name: 'QR-код для отметки на занятии, код 654321',
    });
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(image.getAttribute('src') ?? '')).toContain('<svg');
    expect(image.getAttribute('data-url')).toMatch(/\/my\/training\?checkin=654321$/);
  });
});
