import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { preloadCountrySearch } from '../src';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'centered',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Gate',
          ['Playground', 'Steps', 'Phone validation', 'Status codes', 'Failures', 'Layout'],
          'Headless',
        ],
      },
    },
  },
  tags: ['autodocs'],
  // The country search is a lazy chunk; loaded up front, play functions
  // meet them on first render, as a viewer on a warm page would.
  async beforeAll() {
    await preloadCountrySearch();
  },
};

export default preview;
