import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { NoteText } from './NoteText';

describe('NoteText', () => {
  it('shows the English note to a reader of English, unmarked', () => {
    renderWithProviders(<NoteText note={{ note: 'Khoảng 20%.', noteEn: 'About 20%.' }} />, '/?lang=en');
    expect(screen.getByText('About 20%.')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText('(tiếng Việt)')).toBeNull();
  });

  it('falls back to the Vietnamese note, marked as such, where no English was written', () => {
    renderWithProviders(<NoteText note={{ note: 'Khoảng 20%.', noteEn: null }} />, '/?lang=en');
    expect(screen.getByText('Khoảng 20%.')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('(tiếng Việt)')).toBeVisible();
  });

  it('marks an English note shown to a reader of Vietnamese', () => {
    renderWithProviders(<NoteText note={{ note: null, noteEn: 'About 20%.' }} />);
    expect(screen.getByText('(in English)')).toBeVisible();
  });
});
